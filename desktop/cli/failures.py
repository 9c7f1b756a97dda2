"""One line for each expected failure of a ``saphan`` command, in English for the terminal.

Typed errors are worded by :mod:`desktop.errors`, the one table the app's sentences come from
too; their sentences never hold names or other person data, only codes of fields and paths.
"""

from __future__ import annotations

import argparse


def failure_message(exc: BaseException, args: argparse.Namespace | None = None) -> str | None:
    """One sentence for an expected failure, or None for a bug (which keeps its traceback).

    Typed errors of the store and the network are worded by :mod:`desktop.errors` (the table
    the app's sentences come from); their sentences never hold names or other person data, only
    codes of fields and paths.
    """
    from desktop import errors

    db_path = getattr(args, "db", None) or getattr(args, "gui_db", None)
    text = errors.terminal_text(exc, db_path)
    if text is not None:
        return text
    if isinstance(exc, PermissionError):
        return f"no permission to use {exc.filename or 'that file'}"
    if isinstance(exc, FileNotFoundError):
        return f"not found: {exc.filename or 'a file'}"
    if isinstance(exc, OSError):
        reason = exc.strerror or type(exc).__name__
        return f"{reason}: {exc.filename}" if exc.filename else reason
    return None
