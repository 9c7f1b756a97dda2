"""``saphan instruments import|list`` through the real entry point: a good form is imported
(code, version, items), a bad one prints each problem on its own line, exits 2 and changes
nothing; the list as lines and as JSON."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from db import users
from db.store import Store
from db.types import Role
from desktop import cli
from tests.conftest import ADMIN_PASSWORD
from tests.db.xlsforms import cell, good_form, write_form
from tests.test_cli import ROOT, one_line_failure, run


@pytest.fixture(autouse=True)
def password(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(cli.PASSWORD_ENV, ADMIN_PASSWORD)


@pytest.fixture
def db(store: Store, db_path: Path) -> Path:
    """The CSO database with a caseworker "mya" besides the admin; closed for the command."""
    users.create_user(store, "mya", "Ma Mya Sandar", Role.CASEWORKER, ADMIN_PASSWORD)
    return db_path


def _list_json(capsys: pytest.CaptureFixture[str], db: Path) -> list[dict[str, object]]:
    code, out, err = run(
        capsys, "instruments", "list", "--db", str(db), "--user", "admin", "--json"
    )
    assert (code, err) == (0, "")
    rows: list[dict[str, object]] = json.loads(out)
    return rows


def test_import_a_good_form_then_list_it(
    capsys: pytest.CaptureFixture[str], db: Path, tmp_path: Path
) -> None:
    form = write_form(tmp_path / "wellbeing.xlsx", good_form())
    argv = ["instruments", "import", "--db", str(db), "--user", "admin", "--file", str(form)]
    code, out, err = run(capsys, *argv)
    assert (code, err) == (0, "")
    assert out == "imported: wellbeing_check version 2, 6 items\n"
    code, out, err = run(capsys, *argv)
    assert (code, out) == (0, "already there, unchanged: wellbeing_check version 2, 6 items\n")

    rows = _list_json(capsys, db)
    assert {
        "code": "wellbeing_check",
        "version": 2,
        "name": "Wellbeing check",
        "items": 6,
        "source": "Written for Saphan's tests",
    } in rows
    code, out, err = run(capsys, "instruments", "list", "--db", str(db), "--user", "mya")
    assert (code, err) == (0, "")
    line = next(x for x in out.splitlines() if x.startswith("wellbeing_check"))
    assert line.split() == [
        "wellbeing_check",
        "v2",
        "6",
        "items",
        "Wellbeing",
        "check",
        "(Written",
        "for",
        "Saphan's",
        "tests)",
    ]


def test_import_a_bad_form_prints_each_problem_and_changes_nothing(
    capsys: pytest.CaptureFixture[str], db: Path, tmp_path: Path
) -> None:
    before = _list_json(capsys, db)
    form = good_form()
    cell(form, "survey", 4, "type", "select_one freq5")
    cell(form, "choices", 3, "name", "sometimes")
    path = write_form(tmp_path / "bad.xlsx", form)
    code, out, err = run(
        capsys, "instruments", "import", "--db", str(db), "--user", "admin", "--file", str(path)
    )
    assert (code, out) == (2, "")
    assert "Traceback" not in err
    assert err.splitlines() == [
        "saphan: bad.xlsx was not imported (nothing changed):",
        "survey row 4: the choice list 'freq5' does not exist",
        "choices row 3: the choice value 'sometimes' is not a whole number",
    ]
    assert _list_json(capsys, db) == before


def test_only_an_admin_imports(
    capsys: pytest.CaptureFixture[str], db: Path, tmp_path: Path
) -> None:
    path = write_form(tmp_path / "wellbeing.xlsx", good_form())
    code, out, err = run(
        capsys, "instruments", "import", "--db", str(db), "--user", "mya", "--file", str(path)
    )
    assert (code, out) == (2, "")
    assert one_line_failure(err) == "saphan: your role does not allow this (settings)"


def test_a_missing_file_is_one_line(
    capsys: pytest.CaptureFixture[str], db: Path, tmp_path: Path
) -> None:
    code, _out, err = run(
        capsys,
        "instruments",
        "import",
        "--db",
        str(db),
        "--user",
        "admin",
        "--file",
        str(tmp_path / "none.xlsx"),
    )
    assert code == 2
    assert "none.xlsx" in one_line_failure(err)


def test_as_a_process(db: Path, tmp_path: Path) -> None:
    """The command as a process (python -m desktop), not only cli.main in this one."""
    path = write_form(tmp_path / "wellbeing.xlsx", good_form())
    env = {**os.environ, cli.PASSWORD_ENV: ADMIN_PASSWORD, "PYTHONPATH": str(ROOT)}
    done = subprocess.run(
        [sys.executable, "-m", "desktop", "instruments", "import", "--db", str(db), "--user",
         "admin", "--file", str(path)],
        capture_output=True,
        text=True,
        env=env,
        cwd=ROOT,
        timeout=120,
        check=False,
    )  # fmt: skip
    assert (done.returncode, done.stderr) == (0, "")
    assert done.stdout.startswith("imported: wellbeing_check version 2")


def test_list_shows_the_shipped_who5_to_a_caseworker(
    capsys: pytest.CaptureFixture[str], db: Path
) -> None:
    code, out, err = run(capsys, "instruments", "list", "--db", str(db), "--user", "mya", "--json")
    assert (code, err) == (0, "")
    rows = json.loads(out)
    assert all(set(r) == {"code", "version", "name", "items", "source"} for r in rows)
    assert ("who5", 5) in {(r["code"], r["items"]) for r in rows}
