"""Shared fixtures: offscreen Qt, fast key derivation, an in-memory keyring, a fresh
encrypted database per test."""

from __future__ import annotations

import os
import shutil
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
if "XDG_RUNTIME_DIR" not in os.environ:
    _runtime = tempfile.mkdtemp(prefix="xdg-")
    os.chmod(_runtime, 0o700)
    os.environ["XDG_RUNTIME_DIR"] = _runtime
# Crash reports and the log file of the app run in-process (cli.main) stay out of the real
# user's log folder.
os.environ["SAPHAN_LOG_DIR"] = tempfile.mkdtemp(prefix="saphan-logs-")

import keyring
import pytest
from keyring.backend import KeyringBackend

from db import keys, setup
from db.engine import make_engine
from db.file_modes import make_private_folder
from db.store import Store
from db.types import CsoInfo, UserInfo
from desktop.crash import hook as crash_hook

ADMIN_PASSWORD = "mae-sot-2026"


class MemoryKeyring(KeyringBackend):
    """A keyring that lives only in this process: no test touches a real desktop keyring."""

    priority = 1  # type: ignore[assignment]  # keyring declares a classproperty here

    def __init__(self) -> None:
        super().__init__()
        self.secrets: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.secrets.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.secrets[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self.secrets.pop((service, username), None)


@pytest.fixture(autouse=True)
def memory_keyring() -> Iterator[MemoryKeyring]:
    previous = keyring.get_keyring()
    ring = MemoryKeyring()
    keyring.set_keyring(ring)
    yield ring
    keyring.set_keyring(previous)


@pytest.fixture(autouse=True)
def crash_hook_uninstalled() -> Iterator[None]:
    """``saphan``'s entry point installs the crash hook and log handlers for the process: a
    test that runs it in-process must not leave them to the next test."""
    yield
    crash_hook.uninstall()


FAST_KDF = keys.KdfParams(time_cost=1, memory_kib=1024, parallelism=1)


@pytest.fixture(autouse=True)
def fast_kdf(monkeypatch: pytest.MonkeyPatch) -> None:
    """argon2id at production cost takes ~0.1 s per call; tests use cheap parameters.
    The parameters are stored with each wrapped key, so the code path is the same."""
    monkeypatch.setattr(keys, "DEFAULT_KDF", FAST_KDF)


@pytest.fixture(autouse=True)
def merge_state(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """``saphan merge`` remembers trusted keys and revisions in a state file: one per test
    (also for subprocesses), never the user's own."""
    path = tmp_path / "merge-state.json"
    monkeypatch.setenv("SAPHAN_MERGE_STATE", str(path))
    return path


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "cso" / "saphan.db"


CSO = CsoInfo("BEAM", "BEAM Education Foundation")


@pytest.fixture(scope="session")
def _new_database(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, bytes, UserInfo]:
    """One new CSO database made by setup (as the app makes it), copied for each test that
    wants one: setup runs every migration and seeds the plan templates (~0.5 s a time)."""
    path = tmp_path_factory.mktemp("new-database") / "cso" / "saphan.db"
    previous, keys.DEFAULT_KDF = keys.DEFAULT_KDF, FAST_KDF
    try:
        result = setup.create_cso_database(
            path,
            cso_code=CSO.code,
            cso_name=CSO.name,
            admin_username="admin",
            admin_full_name="Daw Khin Myo",
            admin_password=ADMIN_PASSWORD,
        )
    finally:
        keys.DEFAULT_KDF = previous
    made = result.store
    made.close()  # checkpoints the write-ahead log into the file
    return path, made.master_key, made.user


@pytest.fixture
def store(db_path: Path, _new_database: tuple[Path, bytes, UserInfo]) -> Iterator[Store]:
    """A fresh encrypted CSO database, signed in as its first admin (a copy of one setup made:
    the same files, the same master key in each test)."""
    made, master_key, admin = _new_database
    make_private_folder(db_path.parent)
    for name in (made.name, keys.KeyFile.path_for(made).name):
        shutil.copy2(made.with_name(name), db_path.with_name(name))
    result = Store(
        path=db_path,
        engine=make_engine(db_path, master_key),
        cso=CSO,
        user=admin,
        master_key=master_key,
    )
    yield result
    _wait_for_background_work()
    result.close()


def _wait_for_background_work() -> None:
    """Let the app's background tasks (counts a page started on a change it was told of) end
    before their database is closed under them (only where Qt is loaded)."""
    qt = sys.modules.get("PySide6.QtCore")
    if qt is not None:
        qt.QThreadPool.globalInstance().waitForDone(30000)
