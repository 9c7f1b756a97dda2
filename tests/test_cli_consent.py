"""``saphan consent --db PATH --user NAME --code CODE --withdraw|--grant SCOPE [--date D]``
through the real entry point (in-process and as a process): one line saying what was recorded,
the history and current state in the database, one-line failures with a non-zero exit."""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
from pathlib import Path

import pytest

from db import consent
from db.beneficiaries import get_person, register_person
from db.store import Store
from desktop import cli
from tests.conftest import ADMIN_PASSWORD
from tests.db.people import person
from tests.test_cli import ROOT, one_line_failure, run


@pytest.fixture(autouse=True)
def password(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(cli.PASSWORD_ENV, ADMIN_PASSWORD)


@pytest.fixture
def registered(store: Store) -> tuple[Store, int, str]:
    p = register_person(store, person("Canary Consent", consent_data_use=True))
    return store, p.id, p.code


def test_withdraw_then_grant(
    capsys: pytest.CaptureFixture[str], registered: tuple[Store, int, str], db_path: Path
) -> None:
    store, pid, code = registered
    args = ("consent", "--db", str(db_path), "--user", "admin", "--code", code)
    status, out, err = run(capsys, *args, "--withdraw", "data_use", "--date", "2025-06-01")
    assert (status, err) == (0, "")
    assert out == (
        f"Recorded: consent to data_use withdrawn for {code}, effective 2025-06-01 "
        "(verbal, by admin).\n"
    )
    assert not get_person(store, pid).consent_data_use
    status, out, err = run(
        capsys, *args, "--grant", "data_use", "--date", "2025-08-01", "--method", "signed_form"
    )
    assert (status, err) == (0, "")
    assert out.startswith(f"Recorded: consent to data_use granted for {code}, effective 2025-08-01")
    assert get_person(store, pid).consent_data_use
    data_use = [e for e in consent.history(store, pid) if e.scope == "data_use"]
    assert [(e.granted, e.effective, e.method) for e in data_use] == [
        (True, dt.date(2025, 3, 1), "verbal"),  # at registration
        (False, dt.date(2025, 6, 1), "verbal"),
        (True, dt.date(2025, 8, 1), "signed_form"),
    ]
    assert {e.recorded_by for e in data_use} == {store.user.full_name}


def test_withdrawing_services_restricts_the_record(
    capsys: pytest.CaptureFixture[str], registered: tuple[Store, int, str], db_path: Path
) -> None:
    store, pid, code = registered
    status, out, _err = run(
        capsys, "consent", "--db", str(db_path), "--user", "admin", "--code", code.lower(),
        "--withdraw", "services",
    )  # fmt: skip
    assert status == 0
    assert "restricted" in out
    assert consent.is_restricted(store, pid)


@pytest.mark.parametrize(
    ("extra", "expected"),
    [
        (["--code", "NOPE-000999", "--grant", "data_use"], "no person with the code 'NOPE-000999'"),
        (["--withdraw", "marketing"], "unknown consent scope 'marketing'"),
        (["--withdraw", "data_use", "--date", "1.6.2025"], "is not a date"),
    ],
)
def test_one_line_failures(
    capsys: pytest.CaptureFixture[str],
    registered: tuple[Store, int, str],
    db_path: Path,
    extra: list[str],
    expected: str,
) -> None:
    _store, _pid, code = registered
    argv = ["consent", "--db", str(db_path), "--user", "admin", "--code", code, *extra]
    if extra[0] == "--code":
        argv = ["consent", "--db", str(db_path), "--user", "admin", *extra]
    status, out, err = run(capsys, *argv)
    assert status == cli.EXIT_FAILED
    assert out == ""
    assert expected in one_line_failure(err)


def test_wrong_password(
    capsys: pytest.CaptureFixture[str],
    registered: tuple[Store, int, str],
    db_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    store, pid, code = registered
    monkeypatch.setenv(cli.PASSWORD_ENV, "not-the-password")
    status, _out, err = run(
        capsys, "consent", "--db", str(db_path), "--user", "admin", "--code", code,
        "--withdraw", "data_use",
    )  # fmt: skip
    assert status == cli.EXIT_FAILED
    assert "password is wrong" in one_line_failure(err)
    assert get_person(store, pid).consent_data_use  # nothing recorded


def test_as_a_process(registered: tuple[Store, int, str], db_path: Path) -> None:
    store, pid, code = registered
    done = subprocess.run(
        [sys.executable, "-m", "desktop", "consent", "--db", str(db_path), "--user", "admin",
         "--code", code, "--withdraw", "referral", "--date", "2025-05-05"],
        cwd=ROOT,
        env={"PATH": "/usr/bin:/bin", cli.PASSWORD_ENV: ADMIN_PASSWORD, "PYTHONPATH": str(ROOT)},
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith(f"Recorded: consent to referral withdrawn for {code}")
    assert not get_person(store, pid).consent_referral
