"""The exception hook: every unexpected error leaves a crash report and is shown, never a raw
traceback (and never silence, as under ``pythonw.exe`` on Windows).

:func:`install` is the first thing ``saphan`` does (before logging, paths, the database and
Qt). It routes ``sys.excepthook`` (errors that reach the top, and errors in Qt slots and
overridden Qt methods, which PySide6 passes to ``sys.excepthook``, on whichever thread ran
them) and ``threading.excepthook`` (Python threads) to :func:`handle`, which

1. writes a crash report to the log folder (:mod:`desktop.crash.report`: no person data); the
   same bug repeated in a burst writes one file;
2. logs one line naming the error's type and the report;
3. hands the report to the presenter: one line on stderr by default; the crash dialog once a
   QApplication exists (:func:`desktop.crash.dialog.attach`).

The hook never raises: when anything in it fails it falls back to one line on stderr (when
there is a stderr). A hook installed before it (a debugger, pytest-qt's exception capture) is
still called afterwards, except Python's default one, which would print the message.
"""

from __future__ import annotations

import logging
import sys
import threading
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from types import TracebackType
from typing import Any

from desktop.crash import logs
from desktop.crash.report import CrashReport, build_report, signature, type_name, write_report

log = logging.getLogger(logs.CRASH_LOGGER)
log.addHandler(logging.NullHandler())  # before logging is set up: nothing, not Python's stderr

Presenter = Callable[[CrashReport], None]
ExceptHook = Callable[[type[BaseException], BaseException, TracebackType | None], Any]
ThreadHook = Callable[[Any], Any]


class _State:
    def __init__(self) -> None:
        self.previous_hook: ExceptHook | None = None
        self.previous_thread_hook: ThreadHook | None = None
        self.presenter: Presenter | None = None
        self.context: dict[str, str] = {}
        self.written: dict[object, Path | None] = {}  # signature -> report file
        self.lock = threading.Lock()
        self.busy = threading.local()  # the hook is running on this thread


_state = _State()


def install() -> None:
    """Route unexpected errors to :func:`handle`. Installing twice changes nothing."""
    if sys.excepthook is not _excepthook:
        _state.previous_hook = sys.excepthook
        sys.excepthook = _excepthook
    if threading.excepthook is not _thread_excepthook:
        _state.previous_thread_hook = threading.excepthook
        threading.excepthook = _thread_excepthook


def installed() -> bool:
    return sys.excepthook is _excepthook


def uninstall() -> None:
    """Put back the hooks found by :func:`install`, drop the presenter and the context, and
    remove the log handlers (tests)."""
    if sys.excepthook is _excepthook:
        sys.excepthook = _state.previous_hook or sys.__excepthook__
    if threading.excepthook is _thread_excepthook:
        threading.excepthook = _state.previous_thread_hook or threading.__excepthook__
    _state.previous_hook = None
    _state.previous_thread_hook = None
    _state.presenter = None
    _state.context.clear()
    _state.written.clear()
    logs.unconfigure()


def set_presenter(presenter: Presenter | None) -> None:
    """Who shows a report: None for the one line on stderr."""
    _state.presenter = presenter


def set_context(key: str, value: str | None) -> None:
    """A safe fact for the reports (e.g. ``database file: saphan.db``); None removes it."""
    if value is None:
        _state.context.pop(key, None)
    else:
        _state.context[key] = value


def _excepthook(
    exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None
) -> None:
    handle(exc_type, exc, tb)
    _chain(_state.previous_hook, sys.__excepthook__, exc_type, exc, tb)


def _thread_excepthook(args: Any) -> None:
    exc_type = getattr(args, "exc_type", None)
    if exc_type is None or issubclass(exc_type, SystemExit):
        return  # Python's own hook ignores a thread ending with SystemExit too
    thread = getattr(args, "thread", None)
    handle(exc_type, args.exc_value, args.exc_traceback, thread=getattr(thread, "name", ""))
    previous = _state.previous_thread_hook
    if previous is not None and previous is not threading.__excepthook__:
        try:
            previous(args)
        except BaseException:
            _stderr("saphan: the previous thread exception hook failed")


def _chain(previous: ExceptHook | None, default: object, *args: Any) -> None:
    """Call the hook that was there before, unless it is Python's default (it would print the
    exception's message)."""
    if previous is None or previous is default:
        return
    try:
        previous(*args)
    except BaseException:
        _stderr("saphan: the previous exception hook failed")


def handle(
    exc_type: type[BaseException],
    exc: BaseException | None,
    tb: TracebackType | None,
    thread: str = "",
) -> CrashReport | None:
    """Report an unexpected error and show it. Never raises."""
    try:
        if issubclass(exc_type, KeyboardInterrupt):
            _stderr("saphan: interrupted")
            return None
        if getattr(_state.busy, "on", False):  # the hook itself failed inside a slot it ran
            _stderr(f"saphan: unexpected error ({type_name(exc_type)}) while reporting one")
            return None
        _state.busy.on = True
        try:
            report = record(exc_type, exc, tb, thread=thread or threading.current_thread().name)
            if reached_the_top(tb):
                report = replace(report, fatal=True)
            _present(report)
            return report
        finally:
            _state.busy.on = False
    except BaseException:
        _stderr("saphan: unexpected error, and the crash report could not be written")
        return None


def reached_the_top(tb: TracebackType | None) -> bool:
    """True when the error unwound the whole program (start-up or shutdown), so Saphan ends
    once it is reported: its traceback starts in the main script's module code. An error in a
    Qt slot or an overridden Qt method starts in that function instead, called by Qt, and the
    app goes on."""
    if tb is None or threading.current_thread() is not threading.main_thread():
        return False
    frame = tb.tb_frame
    return frame.f_code.co_name == "<module>" and frame.f_globals.get("__name__") == "__main__"


def record(
    exc_type: type[BaseException],
    exc: BaseException | None,
    tb: TracebackType | None,
    thread: str = "",
    where: str = "",
) -> CrashReport:
    """Write the report file (once per distinct bug) and log one line; show nothing. For
    errors already answered on screen (a background task's failure message)."""
    context = dict(_state.context)
    if where:
        context["where"] = where
    text = build_report(exc_type, exc, tb, thread=thread, context=context)
    key = signature(exc_type, tb)
    with _state.lock:
        seen = key in _state.written
        path = _state.written.get(key)
        if not seen:
            try:
                path = write_report(text, logs.log_folder())
            except OSError:
                path = None
            _state.written[key] = path
    name = type_name(exc_type)
    if seen:
        log.error("unexpected %s again (same place)", name)
    else:
        log.error("unexpected %s; crash report: %s", name, path.name if path else "not written")
    return CrashReport(text=text, type_name=name, path=path)


def record_exception(exc: BaseException, where: str = "") -> CrashReport | None:
    """:func:`record` for a caught exception. Never raises."""
    try:
        return record(type(exc), exc, exc.__traceback__, where=where)
    except BaseException:
        _stderr("saphan: a crash report could not be written")
        return None


def _present(report: CrashReport) -> None:
    presenter = _state.presenter
    if presenter is not None:
        try:
            presenter(report)
            return
        except BaseException:
            pass  # the one line below instead
    print_one_line(report)


def one_line(report: CrashReport) -> str:
    if report.path is None:
        return f"saphan: unexpected error ({report.type_name}); no crash report could be written"
    return (
        f"saphan: unexpected error ({report.type_name}); crash report (no personal data): "
        f"{report.path}"
    )


def print_one_line(report: CrashReport) -> None:
    """The presenter without a window: one line on stderr."""
    _stderr(one_line(report))


def _stderr(line: str) -> None:
    stream = sys.stderr or sys.__stderr__  # None under pythonw.exe
    if stream is None:
        return
    try:
        stream.write(line + "\n")
        stream.flush()
    except BaseException:
        pass
