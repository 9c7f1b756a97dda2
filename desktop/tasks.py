"""Long work (backup, restore, publish, pull, merge) off the GUI thread, with a delayed
progress dialog.

``run_task(parent, label, work, on_done, on_error)`` runs ``work()`` on the thread pool; the
result or the error comes back on the GUI thread. The window keeps painting meanwhile.
``run_cancellable`` adds a Cancel button: the work reports its steps (shown in the dialog)
and stops at the next one once the user cancelled."""

from __future__ import annotations

import gc
import threading
import time
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QLocale,
    QObject,
    QRunnable,
    Qt,
    QThreadPool,
    QTimer,
    Signal,
    Slot,
)
from PySide6.QtWidgets import QProgressDialog, QWidget
from shiboken6 import isValid

from db.errors import SaphanError
from desktop.crash import hook as crash_hook

PROGRESS_DELAY_MS = 400
PROGRESS_MIN_WIDTH = 420

# Tasks still running: keeps their Python objects alive until their result has been delivered.
_running: set[Task] = set()

Step = Callable[[str], None]


class Cancelled(Exception):
    """Raised by a cancellable task's step once the user pressed Cancel: the work stops at
    that point, which it chose because nothing is changed there."""


class Task(QObject):
    """One piece of work. Lives in the GUI thread; only ``work`` runs in the pool."""

    finished = Signal(object)  # the result
    failed = Signal(object)  # a SaphanError (anything else becomes a generic SaphanError)
    stepped = Signal(str)  # a step the work reached (run_cancellable)
    cancelled = Signal()  # the work stopped at a step after the user cancelled
    advanced = Signal(object, object)  # bytes done, bytes in all (run_with_progress)

    def __init__(
        self,
        work: Callable[[], Any] | None,
        on_done: Callable[[Any], None],
        on_error: Callable[[SaphanError], None],
        progress: QProgressDialog | None,
        stepped_work: Callable[[Step], Any] | None = None,
    ) -> None:
        super().__init__()
        self._work = work
        self._stepped_work = stepped_work  # run_cancellable's: it is handed ``self.step``
        self._on_done = on_done
        self._on_error = on_error
        self.progress = progress
        self.done = False
        self.on_cancelled: Callable[[], None] | None = None
        self.describe: Callable[[str], str] | None = None
        self.steps: tuple[str, ...] = ()  # run_cancellable's steps in order: "Step 2 of 4"
        self.label = ""
        self.count_text: Callable[[int], str] | None = None  # default: a size in bytes
        self.note = ""  # a line under the progress, e.g. "do not unplug the USB stick"
        self._started = time.monotonic()
        self._shown_at = 0.0
        self._cancel = threading.Event()
        self.stepped.connect(self._show_step, Qt.ConnectionType.QueuedConnection)
        self.finished.connect(self._deliver_result, Qt.ConnectionType.QueuedConnection)
        self.failed.connect(self._deliver_error, Qt.ConnectionType.QueuedConnection)
        self.cancelled.connect(self._deliver_cancelled, Qt.ConnectionType.QueuedConnection)
        self.advanced.connect(self._show_progress, Qt.ConnectionType.QueuedConnection)

    def cancel(self) -> None:
        """Ask the work to stop at its next step (run_cancellable)."""
        self._cancel.set()

    def step(self, name: str) -> None:
        """Called by the work, on the pool thread: report ``name``, or stop if cancelled."""
        if self._cancel.is_set():
            raise Cancelled
        self.stepped.emit(name)

    def advance(self, done: int, total: int) -> None:
        """Called by the work, on the pool thread: ``done`` of ``total`` bytes, or stop if
        cancelled (run_with_progress). At most a few updates a second reach the dialog."""
        if self._cancel.is_set():
            raise Cancelled
        now = time.monotonic()
        if done >= total or now - self._shown_at >= 0.2:
            self._shown_at = now
            self.advanced.emit(done, total)

    def progress_text(self, done: int, total: int, elapsed: float) -> str:
        """The label, then "12.5 MB of 40.0 MB · about 1 min left", then the note."""
        count = self.count_text or data_size_text
        line = QCoreApplication.translate("Tasks", "{done} of {total}").format(
            done=count(done), total=count(total)
        )
        if 0 < done < total and elapsed >= 1.0:
            left = elapsed * (total - done) / done
            line += " · " + time_left_text(left)
        return "\n".join(part for part in (self.label, line, self.note) if part)

    def run_in_pool(self) -> None:
        """Called on a pool thread."""
        try:
            if self._stepped_work is not None:
                result = self._stepped_work(self.step)
            else:
                assert self._work is not None
                result = self._work()
        except Cancelled:
            self.cancelled.emit()
        except SaphanError as exc:
            self.failed.emit(exc)
        except Exception as exc:  # never a traceback in front of the user
            crash_hook.record_exception(exc, where="background task")  # a report, no dialog
            self.failed.emit(SaphanError())  # its message may hold anything: never shown
        else:
            self.finished.emit(result)

    def _close(self) -> None:
        self.done = True
        # (Its window may have gone meanwhile, taking the dialog with it.)
        if self.progress is not None and isValid(self.progress):
            self.progress.reset()
            self.progress.deleteLater()
        self.progress = None
        # (It stays in _running until its pool thread has let go of it: see _Runnable.)
        # Let go of the page's callbacks: a page keeps its last task, and a cycle between
        # the two would leave this QObject to the cycle collector, which may run on a pool
        # thread and destroy it there.
        self._work = self._stepped_work = None
        self._on_done, self._on_error = _ignore, _ignore
        self.on_cancelled = self.describe = None

    @Slot(object)
    def _deliver_result(self, result: object) -> None:
        on_done = self._on_done
        self._close()
        on_done(result)

    @Slot(object)
    def _deliver_error(self, error: SaphanError) -> None:
        on_error = self._on_error
        self._close()
        on_error(error)

    def step_text(self, name: str) -> str:
        """What the dialog says at step ``name``: what is being done, then "Step 2 of 4"
        when the steps are known."""
        lines = [self.describe(name) if self.describe is not None else self.label]
        if name in self.steps:
            lines.append(
                QCoreApplication.translate("Tasks", "Step {n} of {total}").format(
                    n=QLocale().toString(self.steps.index(name) + 1),
                    total=QLocale().toString(len(self.steps)),
                )
            )
        return "\n".join(line for line in lines if line)

    @Slot(str)
    def _show_step(self, name: str) -> None:
        progress = self.progress
        if progress is None or self.done or not isValid(progress):
            return
        if self.describe is not None or self.steps:
            progress.setLabelText(self.step_text(name))
        if name in self.steps:
            progress.setRange(0, len(self.steps))
            # (A modal progress dialog's setValue runs the event loop: the task may end in it.)
            progress.setValue(self.steps.index(name))

    @Slot(object, object)
    def _show_progress(self, done: int, total: int) -> None:
        progress = self.progress
        if progress is None or total <= 0 or self.done or not isValid(progress):
            return
        progress.setLabelText(self.progress_text(done, total, time.monotonic() - self._started))
        progress.setRange(0, 1000)
        # (A modal progress dialog's setValue runs the event loop: the task may end in it.)
        progress.setValue(min(1000, done * 1000 // total))

    @Slot()
    def _deliver_cancelled(self) -> None:
        on_cancelled = self.on_cancelled
        self._close()
        if on_cancelled is not None:
            on_cancelled()


def _ignore(_: object) -> None:
    return None


class _Releaser(QObject):
    """Lets go of finished tasks on the GUI thread.

    A Task is a QObject: if a pool thread dropped the last reference to one, it would be
    destroyed on that thread, and Qt objects destroyed off their own thread crash the app
    (seen when one page started a new task before the previous one was done). So the pool
    thread hands its reference over through this queued signal, and the task leaves
    ``_running`` here, on the GUI thread, once both its result is delivered and its thread
    is done with it."""

    release = Signal(object)

    def __init__(self) -> None:
        super().__init__()
        self.release.connect(self._release, Qt.ConnectionType.QueuedConnection)

    @Slot(object)
    def _release(self, task: Task) -> None:
        _running.discard(task)


_releaser: _Releaser | None = None


def _start(task: Task) -> None:
    """Keep ``task`` alive and run it on the pool (called on the GUI thread)."""
    global _releaser
    if _releaser is None:
        _releaser = _Releaser()  # created on the GUI thread, so its slot runs there
    _running.add(task)
    QThreadPool.globalInstance().start(_Runnable(task, _releaser))


class _Runnable(QRunnable):
    def __init__(self, task: Task, releaser: _Releaser) -> None:
        super().__init__()
        self._task: Task | None = task
        self._releaser = releaser

    def run(self) -> None:
        task, self._task = self._task, None
        if task is None:
            return
        try:
            task.run_in_pool()
        finally:
            self._releaser.release.emit(task)  # the GUI thread lets go of it
            del task


def run_task(
    parent: QWidget | None,
    label: str,
    work: Callable[[], Any],
    on_done: Callable[[Any], None],
    on_error: Callable[[SaphanError], None],
) -> Task:
    """Run ``work`` off the GUI thread. A progress dialog saying ``label`` appears if the work
    takes longer than a moment; it blocks the window (not the painting) until the work ends."""
    progress = _progress_dialog(parent, label)
    progress.setCancelButton(None)  # SQLite's backup and a file copy cannot stop half-way safely
    task = Task(work, on_done, on_error, progress)
    _start(task)
    return task


def run_cancellable(
    parent: QWidget | None,
    label: str,
    work: Callable[[Step], Any],
    on_done: Callable[[Any], None],
    on_error: Callable[[SaphanError], None],
    on_cancelled: Callable[[], None],
    describe: Callable[[str], str] | None = None,
    steps: Sequence[str] = (),
) -> Task:
    """Like :func:`run_task`, with a Cancel button. ``work(step)`` calls ``step(name)`` at the
    points where it may stop safely: the dialog then says ``describe(name)``, and once the user
    has cancelled, ``step`` raises :class:`Cancelled` and ``on_cancelled`` runs instead of
    ``on_done``. Past its last step the work finishes (and ``on_done`` runs) even if
    cancelled. ``steps``: the names the work goes through, in order, when it knows them (the
    time a step takes cannot be known): the dialog then shows "Step 2 of 4" and a bar."""
    progress = _progress_dialog(parent, label)
    progress.setCancelButtonText(QCoreApplication.translate("Tasks", "Cancel"))
    task = Task(None, on_done, on_error, progress, stepped_work=work)
    task.on_cancelled, task.describe, task.label = on_cancelled, describe, label
    task.steps = tuple(steps)
    if task.steps:
        progress.setRange(0, len(task.steps))
        progress.setLabelText(task.step_text(task.steps[0]))
    progress.canceled.connect(task.cancel)
    _start(task)
    return task


Advance = Callable[[int, int], None]


def run_with_progress(
    parent: QWidget | None,
    label: str,
    work: Callable[[Advance], Any],
    on_done: Callable[[Any], None],
    on_error: Callable[[SaphanError], None],
    on_cancelled: Callable[[], None],
    note: str = "",
    count_text: Callable[[int], str] | None = None,
) -> Task:
    """Like :func:`run_cancellable` for work measured in bytes: ``work(advance)`` calls
    ``advance(done, total)`` as it goes; the dialog shows a bar, the sizes, the time left and
    ``note``, and has a Cancel button (``count_text`` words a count that is no size). Once
    the user cancelled, ``advance`` raises :class:`Cancelled` (the work must then leave
    nothing half-written) and ``on_cancelled`` runs instead of ``on_done``."""
    progress = _progress_dialog(parent, label)
    progress.setCancelButtonText(QCoreApplication.translate("Tasks", "Cancel"))
    if note:
        progress.setLabelText(f"{label}\n{note}")
    task = Task(None, on_done, on_error, progress, stepped_work=lambda _step: work(task.advance))
    task.on_cancelled, task.label, task.note = on_cancelled, label, note
    task.count_text = count_text
    progress.canceled.connect(task.cancel)
    _start(task)
    return task


def data_size_text(n: int) -> str:
    return QLocale().formattedDataSize(n, 1, QLocale.DataSizeFormat.DataSizeTraditionalFormat)


def time_left_text(seconds: float) -> str:
    """ "about 40 s left", "about 3 min left" (rounded up)."""
    if seconds < 60:
        return QCoreApplication.translate("Tasks", "about {n} s left").format(
            n=QLocale().toString(max(1, int(seconds + 0.999)))
        )
    return QCoreApplication.translate("Tasks", "about {n} min left").format(
        n=QLocale().toString(int(seconds / 60 + 0.999))
    )


def _progress_dialog(parent: QWidget | None, label: str) -> QProgressDialog:
    progress = QProgressDialog(label, "", 0, 0, parent)
    progress.setMinimumWidth(PROGRESS_MIN_WIDTH)  # the bar reads as a bar, not a button
    progress.setWindowModality(Qt.WindowModality.WindowModal)
    progress.setMinimumDuration(PROGRESS_DELAY_MS)
    progress.setAutoClose(False)
    progress.setAutoReset(False)
    progress.setValue(0)
    return progress


def run_in_background(
    work: Callable[[], Any],
    on_done: Callable[[Any], None],
    on_error: Callable[[SaphanError], None],
) -> Task:
    """Like :func:`run_task`, without the modal progress dialog: for work the window shows its
    own busy indicator for (e.g. the dashboard's counts) and the user may keep working meanwhile."""
    task = Task(work, on_done, on_error, None)
    _start(task)
    return task


class MainThreadCollector(QObject):
    """Python's cycle collector, run only on the GUI thread.

    Left to itself, the collector runs on whichever thread happens to allocate when its
    thresholds are crossed: often a pool thread busy counting. A cycle holding a closed
    window or dialog would then be destroyed there, and Qt widgets destroyed off the GUI
    thread crash the app. So automatic collection is turned off while the app runs, and this
    object collects on the GUI thread when the generation counts say it is due (the same
    thresholds Python uses), checked a few times a second."""

    def __init__(self, parent: QObject, interval_ms: int = 500) -> None:
        super().__init__(parent)
        self._thresholds = gc.get_threshold()
        gc.disable()
        self._timer = QTimer(self)
        self._timer.timeout.connect(self.collect_if_due)
        self._timer.start(interval_ms)

    @Slot()
    def collect_if_due(self) -> None:
        counts = gc.get_count()
        if counts[0] > self._thresholds[0]:
            generation = 2 if counts[2] > self._thresholds[2] else 1 if counts[1] > 0 else 0
            gc.collect(generation)

    def stop(self) -> None:
        """Give collection back to Python (tests, the end of the app)."""
        self._timer.stop()
        gc.enable()


def collect_garbage_on_gui_thread(app: QObject) -> MainThreadCollector:
    """Install :class:`MainThreadCollector` once for ``app``; returns it."""
    existing = app.findChild(MainThreadCollector)
    if isinstance(existing, MainThreadCollector):
        return existing
    collector = MainThreadCollector(app)
    app.destroyed.connect(lambda *_: gc.enable())
    return collector
