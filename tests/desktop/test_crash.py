"""The crash dialog: an error raised inside a slot of the real window shows "Saphan hit a
problem; your data is safe", Copy report copies a report without the canary name, and the
window keeps working. One dialog for a burst of errors, also from worker threads."""

from __future__ import annotations

import sys
import threading
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QRunnable, Qt, QThreadPool, QTimer
from PySide6.QtWidgets import QApplication, QPushButton

from desktop import i18n
from desktop.crash import dialog as crash_dialog
from desktop.crash import hook, logs, report
from desktop.crash.dialog import CrashDialog
from desktop.main_window import MainWindow
from desktop.tasks import run_in_background
from tests.desktop.i18n_helpers import MYANMAR, THAI

# pytest-qt fails a test on any error that reaches sys.excepthook; these tests raise errors on
# purpose for the crash hook to handle, so pytest-qt's capture is off here (and the hook is
# installed and uninstalled by the fixture below).
pytestmark = pytest.mark.qt_no_exception_capture

CANARY = "Saw Canary Paw"
HEADING = "Saphan hit a problem; your data is safe."
LEFT = Qt.MouseButton.LeftButton


def assert_no_canary(text: str) -> None:
    assert "Canary" not in text, text
    assert "canary" not in text, text


def check_the_waiting_list(people: list[str]) -> None:
    first = people[0]  # a local holding the name
    raise ValueError(f"{first} is on the list twice")


@pytest.fixture
def crash_hook(qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """The hook as ``saphan`` installs it: hook, log file, then the dialog once Qt is up."""
    folder = tmp_path / "logs"
    monkeypatch.setenv(logs.LOG_DIR_ENV, str(folder))
    # pytest's own thread hook would warn about the errors raised here on purpose.
    monkeypatch.setattr(threading, "excepthook", threading.__excepthook__)
    hook.install()
    logs.configure()
    crash_dialog.attach()
    yield folder
    dialog = crash_dialog.current_dialog()
    if dialog is not None:
        dialog.reject()
    hook.uninstall()
    i18n.set_language("en")


def shown_dialog(qtbot) -> CrashDialog:
    def visible() -> bool:
        dialog = crash_dialog.current_dialog()
        return dialog is not None and dialog.isVisible()

    qtbot.waitUntil(visible, timeout=5000)
    dialog = crash_dialog.current_dialog()
    assert dialog is not None
    return dialog


def crash_dialogs() -> list[CrashDialog]:
    return [
        w for w in QApplication.topLevelWidgets() if isinstance(w, CrashDialog) and w.isVisible()
    ]


def file_texts(folder: Path) -> str:
    return "\n".join(p.read_text(encoding="utf-8") for p in sorted(folder.iterdir()))


def test_an_error_in_a_button_slot_shows_the_crash_dialog(
    qtbot, main_window: MainWindow, crash_hook: Path
) -> None:
    button = QPushButton("Check the waiting list", main_window)
    button.clicked.connect(lambda: check_the_waiting_list([CANARY]))
    button.show()
    qtbot.mouseClick(button, LEFT)

    dialog = shown_dialog(qtbot)
    assert dialog.heading.text() == HEADING
    assert "carry on" in dialog.advice.text()  # the app keeps running
    assert dialog.isModal()

    QApplication.clipboard().clear()
    qtbot.mouseClick(dialog.copy_button, LEFT)
    copied = QApplication.clipboard().text()
    assert "ValueError" in copied
    assert "in check_the_waiting_list" in copied
    assert_no_canary(copied)
    assert "copied" in dialog.status.text()

    qtbot.mouseClick(dialog.close_button, LEFT)
    qtbot.waitUntil(lambda: crash_dialog.current_dialog() is None, timeout=3000)
    assert not crash_dialogs()
    # The window is still there and still answers.
    assert main_window.isVisible()
    other = next(key for key in main_window.pages if key != main_window.current_page_key())
    main_window.show_page(other)
    assert main_window.current_page_key() == other
    written = report.reports_in(crash_hook)
    assert len(written) == 1
    assert "in check_the_waiting_list" in written[0].read_text(encoding="utf-8")
    assert_no_canary(file_texts(crash_hook))  # the report and the log file


def test_a_burst_of_errors_shows_one_dialog_that_counts_them(
    qtbot, main_window: MainWindow, crash_hook: Path
) -> None:
    for _ in range(3):
        QTimer.singleShot(0, lambda: check_the_waiting_list([CANARY]))
    QTimer.singleShot(0, lambda: {}[CANARY])  # another bug: a KeyError
    dialog = shown_dialog(qtbot)
    qtbot.waitUntil(lambda: len(dialog.reports) == 4, timeout=3000)
    assert len(crash_dialogs()) == 1
    assert dialog.more.isVisible()
    assert dialog.more.text() == "Problems after this one: 3."
    assert len(report.reports_in(crash_hook)) == 2  # one file per distinct bug
    text = dialog.report_text()
    assert "KeyError" in text
    assert_no_canary(text)


class _FailingWork(QRunnable):
    def run(self) -> None:
        check_the_waiting_list([CANARY])


def test_errors_on_worker_threads_are_shown_in_the_window_thread(
    qtbot, main_window: MainWindow, crash_hook: Path
) -> None:
    QThreadPool.globalInstance().start(_FailingWork())  # PySide6 -> sys.excepthook, pool thread
    dialog = shown_dialog(qtbot)
    assert dialog.thread() is QApplication.instance().thread()  # type: ignore[union-attr]
    worker = threading.Thread(target=check_the_waiting_list, args=([CANARY],), name="importer")
    worker.start()  # threading.excepthook
    worker.join()
    qtbot.waitUntil(lambda: len(dialog.reports) == 2, timeout=3000)
    assert len(crash_dialogs()) == 1
    assert "thread: importer" in dialog.report_text()
    assert_no_canary(dialog.report_text() + file_texts(crash_hook))


def test_a_failed_background_task_leaves_a_report_but_no_second_message(
    qtbot, crash_hook: Path
) -> None:
    errors: list[object] = []

    task = run_in_background(lambda: check_the_waiting_list([CANARY]), print, errors.append)
    qtbot.waitUntil(lambda: task.done, timeout=5000)
    assert len(errors) == 1  # the caller words the failure
    assert crash_dialog.current_dialog() is None
    (path,) = report.reports_in(crash_hook)
    text = path.read_text(encoding="utf-8")
    assert "where: background task" in text
    assert "in check_the_waiting_list" in text
    assert_no_canary(file_texts(crash_hook))


@pytest.mark.parametrize(("code", "script"), [("my", MYANMAR), ("th", THAI)])
def test_the_dialog_speaks_the_users_language(
    qtbot, crash_hook: Path, code: str, script: object
) -> None:
    assert i18n.set_language(code) == code
    QTimer.singleShot(0, lambda: check_the_waiting_list([CANARY]))
    dialog = shown_dialog(qtbot)
    for text in (
        dialog.windowTitle(),
        dialog.heading.text(),
        dialog.advice.text(),
        dialog.copy_button.text(),
        dialog.folder_button.text(),
    ):
        assert script.search(text), text  # type: ignore[attr-defined]


def test_open_log_folder_shows_the_folder(
    qtbot, crash_hook: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    opened: list[str] = []

    def fake_open(folder: str) -> bool:
        opened.append(folder)
        return False  # e.g. no file manager: the dialog then says where the folder is

    monkeypatch.setattr(crash_dialog, "open_folder", fake_open)
    QTimer.singleShot(0, lambda: check_the_waiting_list([CANARY]))
    dialog = shown_dialog(qtbot)
    qtbot.mouseClick(dialog.folder_button, LEFT)
    assert opened == [str(crash_hook)]
    assert str(crash_hook) in dialog.status.text()


def test_an_error_that_ended_the_program_waits_for_the_user(
    qtbot, crash_hook: Path, answer_next: Callable[..., None]
) -> None:
    """An error that unwound the whole program (start-up, shutdown) reaches the hook from the
    main script's module code: no event loop is left, so the dialog runs until it is closed
    and says that Saphan has to close."""
    main_script = "try:\n    fail([person])\nexcept ValueError as exc:\n    caught.append(exc)\n"
    caught: list[BaseException] = []
    namespace = {"__name__": "__main__", "fail": check_the_waiting_list, "caught": caught}
    exec(compile(main_script, "saphan_main.py", "exec"), {**namespace, "person": CANARY})
    (exc,) = caught
    seen: list[str] = []
    answer_next("Close", seen)
    sys.excepthook(type(exc), exc, exc.__traceback__)  # as Python does at the very end
    assert seen, "no dialog was shown"
    assert HEADING in seen[0]
    assert "has to close" in seen[0]
    assert crash_dialog.current_dialog() is None
    assert_no_canary(seen[0] + file_texts(crash_hook))
