"""Saphan's log: a small rotating file in the user's log folder, and the console as before.

The log folder is ``platformdirs.user_log_path("Saphan")`` (on Windows
``%LOCALAPPDATA%\\Saphan\\Logs``), or the folder named by ``SAPHAN_LOG_DIR``. Crash reports are
written there too. The file is opened only when something is logged, so a command that logs
nothing leaves nothing behind.

No person data goes in: Saphan's code never logs names or records (only counts, codes and
file names), and tracebacks are written by :class:`SafeFormatter`, which keeps the exception's
type and frames and drops its message, like a crash report.
"""

from __future__ import annotations

import logging
import logging.handlers
import os
import sys
from pathlib import Path
from typing import Any

from desktop.crash.report import exception_lines

APP_NAME = "Saphan"  # the same folder name as desktop/app.py's data folder
LOG_DIR_ENV = "SAPHAN_LOG_DIR"
LOG_FILE = "saphan.log"
MAX_BYTES = 512 * 1024
BACKUPS = 3
FILE_FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"
CONSOLE_FORMAT = "saphan: %(levelname)s: %(message)s"
# The crash hook's own log lines go to the file only: on the console it says it in one line.
CRASH_LOGGER = "saphan.crash"

_ours: list[logging.Handler] = []


def log_folder() -> Path:
    """Where the log file and the crash reports go (created when first written)."""
    override = os.environ.get(LOG_DIR_ENV)
    if override:
        return Path(override)
    import platformdirs

    return platformdirs.user_log_path(APP_NAME, appauthor=False)


class SafeFormatter(logging.Formatter):
    """A formatter whose tracebacks hold types and frames, never messages or values.

    ``logging.Formatter`` caches a record's formatted traceback on the record
    (``record.exc_text``) for the next handler: this one neither reads nor writes that cache,
    so another handler's full traceback never reaches this one's file."""

    def format(self, record: logging.LogRecord) -> str:
        saved = record.exc_info, record.exc_text, record.stack_info
        record.exc_info, record.exc_text, record.stack_info = None, None, None
        try:
            text = super().format(record)
        finally:
            record.exc_info, record.exc_text, record.stack_info = saved
        exc_info = saved[0]
        if exc_info and exc_info[0] is not None:
            text += "\n" + "\n".join(exception_lines(exc_info[0], exc_info[1], exc_info[2]))
        return text


class _LogFile(logging.handlers.RotatingFileHandler):
    """Creates the log folder when the file is first opened, not at start-up."""

    def _open(self) -> Any:
        Path(self.baseFilename).parent.mkdir(parents=True, exist_ok=True)
        return super()._open()

    def handleError(self, record: logging.LogRecord) -> None:
        # A full disk or a read-only profile must not print a traceback of the logging
        # machinery (with the record's message) to the console: the entry is just lost.
        pass


def configure(level: int = logging.WARNING) -> None:
    """Log to the log file, and to the console when nothing else does (as
    ``logging.basicConfig`` did). Calling it again changes nothing."""
    if _ours:
        return
    root = logging.getLogger()
    if not root.handlers:  # nobody set logging up (a test's capture would have)
        root.setLevel(level)
        if sys.stderr is not None:  # pythonw.exe has no console
            console = logging.StreamHandler()
            console.setFormatter(SafeFormatter(CONSOLE_FORMAT))
            console.addFilter(lambda record: not record.name.startswith(CRASH_LOGGER))
            _add(root, console)
    log_file = _LogFile(
        log_folder() / LOG_FILE,
        maxBytes=MAX_BYTES,
        backupCount=BACKUPS,
        encoding="utf-8",
        delay=True,
    )
    log_file.setFormatter(SafeFormatter(FILE_FORMAT))
    _add(root, log_file)


def _add(root: logging.Logger, handler: logging.Handler) -> None:
    root.addHandler(handler)
    _ours.append(handler)


def unconfigure() -> None:
    """Remove what :func:`configure` added (tests)."""
    root = logging.getLogger()
    while _ours:
        handler = _ours.pop()
        root.removeHandler(handler)
        handler.close()
