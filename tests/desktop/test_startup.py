"""Start-up: the sign-in window paints before anything heavy is loaded, and unlocking the
database (argon2id, then opening it and the migrations) runs off the GUI thread while the
window says it is busy and keeps painting."""

from __future__ import annotations

import os
import subprocess
import sys
import threading
from pathlib import Path

from PySide6.QtCore import QTimer

from db import setup
from db.store import Store
from desktop import app as app_module
from tests.conftest import ADMIN_PASSWORD
from tests.desktop.test_login import LEFT, open_login, wait_unlocked

ROOT = Path(__file__).resolve().parents[2]

# What the sign-in window must not wait for.
HEAVY = (
    "sqlalchemy",
    "alembic",
    "db.migrate",
    "db.store",
    "db.setup",
    "pyqtgraph",
    "docx",
    "desktop.main_window",
    "desktop.errors",
)

_CHILD = """
import sys
from desktop.login import dialog

shown = dialog.LoginDialog.showEvent


def show_event(self, event):
    shown(self, event)
    loaded = sorted(m for m in {heavy!r} if m in sys.modules)
    print("LOADED:" + ",".join(loaded), flush=True)


dialog.LoginDialog.showEvent = show_event
from desktop.cli import main

sys.exit(main(["--db", sys.argv[1]]))
"""


def test_the_sign_in_window_paints_before_sqlalchemy_pyqtgraph_docx_and_migrations(
    store: Store, db_path: Path, tmp_path: Path
) -> None:
    """The real entry point (``saphan --db PATH``), in a fresh process."""
    store.close()
    home = tmp_path / "home"
    home.mkdir()
    env = {
        **os.environ,
        "PYTHONPATH": str(ROOT),
        "QT_QPA_PLATFORM": "offscreen",
        "HOME": str(home),  # no remembered user from elsewhere (QSettings)
        "XDG_CONFIG_HOME": str(home / ".config"),
        app_module.SMOKE_SIGN_IN_ENV: "1",
    }
    done = subprocess.run(
        [sys.executable, "-c", _CHILD.format(heavy=HEAVY), str(db_path)],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        cwd=ROOT,
    )
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    assert app_module.SIGN_IN_SHOWN in lines, done.stdout + done.stderr
    [loaded] = [line for line in lines if line.startswith("LOADED:")]
    assert loaded == "LOADED:"


def test_the_unlock_runs_off_the_gui_thread_and_the_window_stays_responsive(
    qtbot, store: Store, db_path: Path, monkeypatch
) -> None:
    real = setup.open_database
    gate = threading.Event()
    threads: list[threading.Thread] = []

    def slow(*args: object) -> Store:
        threads.append(threading.current_thread())
        gate.wait(20)  # as long as the test wants the key derivation to take
        return real(*args)  # type: ignore[arg-type]

    monkeypatch.setattr(setup, "open_database", slow)
    dialog = open_login(qtbot, db_path)
    dialog.username.clear()
    qtbot.keyClicks(dialog.username, "admin")
    qtbot.keyClicks(dialog.password, ADMIN_PASSWORD)
    qtbot.mouseClick(dialog.sign_in, LEFT)
    try:
        qtbot.waitUntil(lambda: bool(threads))
        # Busy: it says so, and the fields wait for the answer.
        assert dialog.busy.isVisible()
        assert not dialog.sign_in.isEnabled()
        assert not dialog.password.isEnabled()
        # ... and the event loop runs meanwhile: timers fire, the window paints.
        ticks: list[int] = []
        timer = QTimer()
        timer.timeout.connect(lambda: ticks.append(1))
        timer.start(5)
        qtbot.waitUntil(lambda: len(ticks) >= 5)
        timer.stop()
        dialog.grab().save(str(db_path.parent / "signing-in.png"))
        qtbot.mouseClick(dialog.sign_in, LEFT)  # a second click starts nothing more
        assert dialog.store is None
    finally:
        gate.set()
    wait_unlocked(qtbot, dialog)
    assert threads[0] is not threading.main_thread()
    assert len(threads) == 1
    assert dialog.store is not None
    assert dialog.result() == dialog.DialogCode.Accepted
    assert not dialog.busy.isVisible()
    dialog.store.close()
