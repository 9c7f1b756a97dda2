"""Long work (backup, restore) off the GUI thread, with a delayed progress dialog.

``run_task(parent, label, work, on_done, on_error)`` runs ``work()`` on the thread pool; the
result or the error comes back on the GUI thread. The window keeps painting meanwhile."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, Signal, Slot
from PySide6.QtWidgets import QProgressDialog, QWidget

from db.errors import SaphanError
from desktop.crash import hook as crash_hook

PROGRESS_DELAY_MS = 400

# Tasks still running: keeps their Python objects alive until their result has been delivered.
_running: set[Task] = set()


class Task(QObject):
    """One piece of work. Lives in the GUI thread; only ``work`` runs in the pool."""

    finished = Signal(object)  # the result
    failed = Signal(object)  # a SaphanError (anything else becomes a generic SaphanError)

    def __init__(
        self,
        work: Callable[[], Any],
        on_done: Callable[[Any], None],
        on_error: Callable[[SaphanError], None],
        progress: QProgressDialog | None,
    ) -> None:
        super().__init__()
        self._work = work
        self._on_done = on_done
        self._on_error = on_error
        self.progress = progress
        self.done = False
        self.finished.connect(self._deliver_result, Qt.ConnectionType.QueuedConnection)
        self.failed.connect(self._deliver_error, Qt.ConnectionType.QueuedConnection)

    def run_in_pool(self) -> None:
        """Called on a pool thread."""
        try:
            result = self._work()
        except SaphanError as exc:
            self.failed.emit(exc)
        except Exception as exc:  # never a traceback in front of the user
            crash_hook.record_exception(exc, where="background task")  # a report, no dialog
            self.failed.emit(SaphanError())  # its message may hold anything: never shown
        else:
            self.finished.emit(result)

    def _close(self) -> None:
        self.done = True
        if self.progress is not None:
            self.progress.reset()
            self.progress.deleteLater()
            self.progress = None
        _running.discard(self)

    @Slot(object)
    def _deliver_result(self, result: object) -> None:
        self._close()
        self._on_done(result)

    @Slot(object)
    def _deliver_error(self, error: SaphanError) -> None:
        self._close()
        self._on_error(error)


class _Runnable(QRunnable):
    def __init__(self, task: Task) -> None:
        super().__init__()
        self._task = task

    def run(self) -> None:
        self._task.run_in_pool()


def run_task(
    parent: QWidget | None,
    label: str,
    work: Callable[[], Any],
    on_done: Callable[[Any], None],
    on_error: Callable[[SaphanError], None],
) -> Task:
    """Run ``work`` off the GUI thread. A progress dialog saying ``label`` appears if the work
    takes longer than a moment; it blocks the window (not the painting) until the work ends."""
    progress = QProgressDialog(label, "", 0, 0, parent)
    progress.setCancelButton(None)  # SQLite's backup and a file copy cannot stop half-way safely
    progress.setWindowModality(Qt.WindowModality.WindowModal)
    progress.setMinimumDuration(PROGRESS_DELAY_MS)
    progress.setAutoClose(False)
    progress.setAutoReset(False)
    progress.setValue(0)
    task = Task(work, on_done, on_error, progress)
    _running.add(task)
    QThreadPool.globalInstance().start(_Runnable(task))
    return task


def run_in_background(
    work: Callable[[], Any],
    on_done: Callable[[Any], None],
    on_error: Callable[[SaphanError], None],
) -> Task:
    """Like :func:`run_task`, without the modal progress dialog: for work the window shows its
    own busy indicator for (e.g. the dashboard's counts) and the user may keep working meanwhile."""
    task = Task(work, on_done, on_error, None)
    _running.add(task)
    QThreadPool.globalInstance().start(_Runnable(task))
    return task
