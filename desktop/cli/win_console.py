"""Output of the windowed ``Saphan.exe``: on Windows the bundled app has no console, so Python
starts with ``sys.stdout`` (and ``sys.stderr``) set to None and ``Saphan.exe --version`` would
print nothing. This gives them back: the handle the caller redirected (a script, the installer's
smoke test), else the console of the command prompt the app was started from."""

from __future__ import annotations

import contextlib
import io
import sys
from typing import Any, TextIO

STD_OUTPUT_HANDLE = -11
STD_ERROR_HANDLE = -12
ATTACH_PARENT_PROCESS = -1
_INVALID = (0, -1, None)


def _windows_api() -> tuple[Any, Any]:  # pragma: no cover - Windows only
    import ctypes
    import msvcrt

    return ctypes.windll.kernel32, msvcrt  # type: ignore[attr-defined]


def _stream_for(handle_id: int, kernel32: Any, msvcrt: Any) -> TextIO | None:
    handle = kernel32.GetStdHandle(handle_id)
    if handle in _INVALID:
        return None
    try:
        fd = msvcrt.open_osfhandle(handle, 0)
        return io.TextIOWrapper(
            open(fd, "wb", buffering=0, closefd=False), "utf-8", line_buffering=True
        )
    except OSError:
        return None


def reattach_std_streams(platform: str = sys.platform, api: tuple[Any, Any] | None = None) -> bool:
    """On Windows, when ``sys.stdout``/``sys.stderr`` are None, point them at the redirected
    handles or the parent's console. True when something was reattached."""
    if not platform.startswith("win") or (sys.stdout is not None and sys.stderr is not None):
        return False
    with contextlib.suppress(Exception):
        kernel32, msvcrt = api if api is not None else _windows_api()
        out = _stream_for(STD_OUTPUT_HANDLE, kernel32, msvcrt)
        err = _stream_for(STD_ERROR_HANDLE, kernel32, msvcrt)
        if out is None and err is None and kernel32.AttachConsole(ATTACH_PARENT_PROCESS):
            out = open("CONOUT$", "w", encoding="utf-8")  # noqa: SIM115
            err = out
        changed = False
        if sys.stdout is None and out is not None:
            sys.stdout, changed = out, True
        if sys.stderr is None and err is not None:
            sys.stderr, changed = err, True
        return changed
    return False
