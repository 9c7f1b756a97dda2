"""``saphan worklist --db PATH --user NAME [--json]``: the user's items as lines or JSON, through
the real entry point (in-process and as a process), with one-line failures."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import subprocess
from pathlib import Path

import pytest

from db import users
from db.models import Beneficiary, Case, CaseAction, Referral
from db.store import Store
from db.types import Role, UserInfo
from desktop import cli
from tests.conftest import ADMIN_PASSWORD
from tests.test_cli import PYTHON, ROOT, one_line_failure, run

TODAY = dt.date.today()


@pytest.fixture(autouse=True)
def password(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(cli.PASSWORD_ENV, ADMIN_PASSWORD)


@pytest.fixture
def filled(store: Store, db_path: Path) -> Path:
    """A caseworker "mya" with an overdue follow-up, an action due today and a referral
    waiting for feedback; the admin has nothing due. The store is closed after."""
    account = users.create_user(store, "mya", "Ma Mya Sandar", Role.CASEWORKER, ADMIN_PASSWORD)
    mya = dataclasses.replace(
        store, user=UserInfo(account.id, "mya", "Ma Mya Sandar", Role.CASEWORKER, "en")
    )
    with mya.write() as session:
        people = [
            Beneficiary(
                code=f"BEAM-00000{n}",
                name_latin=f"Canary Name {n}",
                sex="female",
                birth_date=dt.date(1990, 7, 1),
                population_group="new_arrival",
                consent_date=TODAY - dt.timedelta(days=30),
            )
            for n in (1, 2)
        ]
        session.add_all(people)
        session.flush()
        case = Case(
            beneficiary_id=people[0].id,
            owner_id=account.id,
            opened_on=TODAY - dt.timedelta(days=40),
            next_contact=TODAY - dt.timedelta(days=2),
        )
        session.add(case)
        session.flush()
        session.add(
            CaseAction(
                case_id=case.id, text="Call the clinic", due_date=TODAY, responsible_id=account.id
            )
        )
        session.add(
            Referral(
                beneficiary_id=people[1].id,
                service_name="Mae Tao Clinic",
                date=TODAY - dt.timedelta(days=20),
                referred_by=account.id,
            )
        )
    return db_path


def test_lines_one_per_item_earliest_first(
    capsys: pytest.CaptureFixture[str], filled: Path
) -> None:
    code, out, err = run(capsys, "worklist", "--db", str(filled), "--user", "mya")
    assert (code, err) == (0, "")
    lines = out.splitlines()
    assert len(lines) == 3, out
    overdue = (TODAY - dt.timedelta(days=6)).isoformat()
    assert lines[0].split()[:4] == [overdue, "overdue", "referral_feedback", "BEAM-000002"]
    assert lines[0].endswith(
        "Ask for feedback on the referral to Mae Tao Clinic made on "
        f"{(TODAY - dt.timedelta(days=20)).isoformat()}"
    )
    follow = (TODAY - dt.timedelta(days=2)).isoformat()
    assert lines[1].split()[:4] == [follow, "overdue", "follow_up", "BEAM-000001"]
    assert "Follow up: next contact in the Psychosocial support (MHPSS) case" in lines[1]
    assert lines[2].split()[:4] == [TODAY.isoformat(), "today", "case_action", "BEAM-000001"]
    assert lines[2].endswith("Case plan action: Call the clinic")
    assert "Canary" not in out  # codes, never names


def test_json_list(capsys: pytest.CaptureFixture[str], filled: Path) -> None:
    code, out, err = run(capsys, "worklist", "--db", str(filled), "--user", "mya", "--json")
    assert (code, err) == (0, "")
    items = json.loads(out)
    assert [(i["kind"], i["person_code"], i["overdue"]) for i in items] == [
        ("referral_feedback", "BEAM-000002", True),
        ("follow_up", "BEAM-000001", True),
        ("case_action", "BEAM-000001", False),
    ]
    for item in items:
        assert dt.date.fromisoformat(item["due"]).isoformat() == item["due"]
        assert item["key"].startswith(item["kind"] + ":")
        assert item["key"].endswith(":" + item["due"])
        assert item["what"]
    # Nothing due: an empty list, and a line saying so.
    code, out, _ = run(capsys, "worklist", "--db", str(filled), "--user", "admin", "--json")
    assert (code, json.loads(out)) == (0, [])
    code, out, _ = run(capsys, "worklist", "--db", str(filled), "--user", "admin")
    assert (code, out) == (0, "Nothing is due for admin.\n")


def test_failures_are_one_line(
    capsys: pytest.CaptureFixture[str], filled: Path, tmp_path: Path, monkeypatch
) -> None:
    code, out, err = run(capsys, "worklist", "--db", str(tmp_path / "none.db"), "--user", "mya")
    assert code == 2
    assert out == ""
    one_line_failure(err)
    monkeypatch.setenv(cli.PASSWORD_ENV, "wrong password")
    code, out, err = run(capsys, "worklist", "--db", str(filled), "--user", "mya")
    assert (code, out) == (2, "")
    assert one_line_failure(err) == "saphan: the user name or password is wrong"
    code, _, err = run(capsys, "worklist", "--db", str(filled))
    assert code == 2
    assert "--user" in err


@pytest.mark.skipif(not PYTHON.exists(), reason="needs the project's .venv")
def test_as_a_process_without_qt(filled: Path) -> None:
    script = (
        "import sys; from desktop.cli import main; "
        f"code = main(['worklist', '--db', {str(filled)!r}, '--user', 'mya', '--json']); "
        "assert code == 0, code; "
        "qt = [m for m in sys.modules if m.startswith(('PySide6', 'shiboken6'))]; "
        "assert not qt, qt"
    )
    done = subprocess.run(
        [str(PYTHON), "-c", script],
        cwd=ROOT,
        env={"PATH": "/usr/bin:/bin", cli.PASSWORD_ENV: ADMIN_PASSWORD, "PYTHONPATH": str(ROOT)},
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert [i["kind"] for i in json.loads(done.stdout)] == [
        "referral_feedback",
        "follow_up",
        "case_action",
    ]
    process = subprocess.run(
        [str(PYTHON), "-m", "desktop", "worklist", "--db", str(filled), "--user", "mya"],
        cwd=ROOT,
        env={"PATH": "/usr/bin:/bin", cli.PASSWORD_ENV: ADMIN_PASSWORD, "PYTHONPATH": str(ROOT)},
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert process.returncode == 0, process.stderr
    assert len(process.stdout.splitlines()) == 3
