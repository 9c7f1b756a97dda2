"""``saphan erase --db PATH --user NAME --code CODE --reason TEXT`` through the real entry point
(in-process and as a process): the admin erases a person by code; an unknown code, a missing
reason or a non-admin get one line and a non-zero exit, and nothing is erased."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from db import audit, beneficiaries, setup, users
from db.store import Store
from db.types import PersonQuery, Role
from desktop import cli
from tests.conftest import ADMIN_PASSWORD
from tests.db.people import person
from tests.test_cli import ROOT, one_line_failure, run


@pytest.fixture(autouse=True)
def password(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(cli.PASSWORD_ENV, ADMIN_PASSWORD)


@pytest.fixture
def filled(store: Store, db_path: Path) -> tuple[Path, str, str]:
    """Two people and a caseworker "mya"; the store is closed after. Returns the database and
    the two people's codes."""
    first = beneficiaries.register_person(store, person("Ma Canary One"))
    second = beneficiaries.register_person(store, person("Ma Canary Two"))
    users.create_user(store, "mya", "Ma Mya Sandar", Role.CASEWORKER, ADMIN_PASSWORD)
    store.close()
    return db_path, first.code, second.code


def _codes(db_path: Path) -> list[str]:
    store = setup.open_database(db_path, "admin", ADMIN_PASSWORD)
    try:
        return [r.code for r in beneficiaries.find_people(store, PersonQuery())]
    finally:
        store.close()


def test_the_admin_erases_a_person_by_code(
    capsys: pytest.CaptureFixture[str], filled: tuple[Path, str, str]
) -> None:
    db_path, first, second = filled
    argv = ["erase", "--db", str(db_path), "--user", "admin", "--code", first]
    code, out, err = run(capsys, *argv, "--reason", "asked for erasure on 3 May")
    assert (code, out, err) == (0, f"erased {first}\n", "")
    assert _codes(db_path) == [second]
    store = setup.open_database(db_path, "admin", ADMIN_PASSWORD)
    try:
        events = audit.list_audit_events(store, audit.AuditFilter(action="erase"))
    finally:
        store.close()
    assert [e.detail for e in events] == ["reason: asked for erasure on 3 May"]
    assert events[0].entity_id is not None
    # Erased already: the code is unknown now.
    code, out, err = run(capsys, *argv, "--reason", "again")
    assert (code, out) == (2, "")
    assert one_line_failure(err) == f"saphan: no person has the code {first}"


def test_unknown_code_missing_reason_and_non_admin_fail_in_one_line(
    capsys: pytest.CaptureFixture[str], filled: tuple[Path, str, str]
) -> None:
    db_path, first, second = filled
    base = ["erase", "--db", str(db_path), "--code"]
    code, out, err = run(capsys, *base, "BEAM-999999", "--user", "admin", "--reason", "x")
    assert (code, out) == (2, "")
    assert one_line_failure(err) == "saphan: no person has the code BEAM-999999"
    code, out, err = run(capsys, *base, first, "--user", "admin", "--reason", "   ")
    assert (code, out) == (2, "")
    assert one_line_failure(err) == "saphan: give a reason for the erasure (--reason TEXT)"
    code, out, err = run(capsys, *base, first, "--user", "mya", "--reason", "asked")
    assert (code, out) == (2, "")
    assert one_line_failure(err) == "saphan: your role does not allow this (people.delete)"
    code, _out, err = run(capsys, *base, first, "--user", "admin")
    assert code == 2
    assert "--reason" in err
    assert _codes(db_path) == [first, second]  # nothing erased


def test_as_a_process(filled: tuple[Path, str, str]) -> None:
    db_path, first, second = filled
    env = {"PATH": "/usr/bin:/bin", cli.PASSWORD_ENV: ADMIN_PASSWORD, "PYTHONPATH": str(ROOT)}
    env["SAPHAN_LOG_DIR"] = os.environ["SAPHAN_LOG_DIR"]
    argv = ["erase", "--db", str(db_path), "--user", "admin", "--reason", "asked"]
    done = subprocess.run(
        [sys.executable, "-m", "desktop", *argv, "--code", second],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert (done.returncode, done.stdout, done.stderr) == (0, f"erased {second}\n", "")
    done = subprocess.run(
        [sys.executable, "-m", "desktop", *argv, "--code", "NOPE-1"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 2
    assert one_line_failure(done.stderr) == "saphan: no person has the code NOPE-1"
    assert _codes(db_path) == [first]
