"""``saphan months close|reopen|show`` through the real entry point, with one-line failures."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from db import users
from db.activities import ActivityType, SessionInput, log_session
from db.beneficiaries import register_person
from db.programmes import list_programmes
from db.store import Store
from db.types import Role
from desktop import cli
from directory.sharing import memory
from tests.conftest import ADMIN_PASSWORD
from tests.db.people import person
from tests.directory.conftest import member_network
from tests.test_cli import one_line_failure, run


@pytest.fixture(autouse=True)
def password(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(cli.PASSWORD_ENV, ADMIN_PASSWORD)


def _months(capsys: pytest.CaptureFixture[str], db: Path, *argv: str, user: str = "admin"):
    action, *rest = argv
    return run(capsys, "months", action, "--db", str(db), "--user", user, *rest)


@pytest.fixture
def member(store: Store, db_path: Path) -> Path:
    """A CSO in a network, with one session in January 2025, and a caseworker "mya"."""
    memory.accept_network(store, member_network(store, threshold=2))
    mhpss = next(p.id for p in list_programmes(store) if p.code == "mhpss")
    ids = [register_person(store, person(f"P {n}")).id for n in range(3)]
    log_session(
        store, SessionInput(ActivityType.AWARENESS, mhpss, dt.date(2025, 1, 9), attendee_ids=ids)
    )
    users.create_user(store, "mya", "Ma Mya Sandar", Role.CASEWORKER, ADMIN_PASSWORD)
    store.close()
    return db_path


def test_close_reopen_and_show(capsys: pytest.CaptureFixture[str], member: Path) -> None:
    code, out, err = _months(capsys, member, "show")
    assert (code, out.strip(), err) == (0, "no month is closed", "")
    code, out, err = _months(capsys, member, "close", "--through", "2025-03")
    assert (code, out, err) == (0, "closed through 2025-03\n", "")
    code, out, _ = _months(
        capsys, member, "reopen", "--month", "2025-02", "--reason", "a session in the wrong month"
    )
    assert code == 0
    assert out.strip() == "reopened 2025-02; closed through 2025-01"
    code, out, _ = _months(capsys, member, "show")
    lines = out.strip().splitlines()
    assert lines[0] == "closed through 2025-01"
    assert "closed through 2025-03" in lines[1]
    assert "reopened 2025-02" in lines[2]
    assert "a session in the wrong month" in lines[2]


@pytest.mark.parametrize(
    ("argv", "user", "message"),
    [
        (("close", "--through", "2025-3"), "admin", "months are written YYYY-MM"),
        (("close", "--through", "2023-01"), "admin", "not in the network's reporting period"),
        (("close", "--through", "2025-03"), "mya", "your role does not allow this"),
        (("reopen", "--month", "2025-01", "--reason", "x"), "mya", "your role does not allow"),
        (("reopen", "--month", "2025-01", "--reason", " "), "admin", "give a reason"),
        (("reopen", "--month", "2025-01", "--reason", "x"), "admin", "that month is not closed"),
    ],
)
def test_failures_are_one_line(
    capsys: pytest.CaptureFixture[str], member: Path, argv: tuple[str, ...], user: str, message: str
) -> None:
    code, out, err = _months(capsys, member, *argv, user=user)
    assert code == cli.EXIT_FAILED
    assert out == ""
    assert message in one_line_failure(err)


def test_closing_outside_a_network_says_so(
    capsys: pytest.CaptureFixture[str], store: Store, db_path: Path
) -> None:
    store.close()
    code, _, err = _months(capsys, db_path, "close", "--through", "2025-03")
    assert code == cli.EXIT_FAILED
    assert "not in a network yet" in one_line_failure(err)


def test_a_month_twice(capsys: pytest.CaptureFixture[str], member: Path) -> None:
    assert _months(capsys, member, "close", "--through", "2025-03")[0] == 0
    code, _, err = _months(capsys, member, "close", "--through", "2025-02")
    assert code == cli.EXIT_FAILED
    assert "closed already" in one_line_failure(err)
