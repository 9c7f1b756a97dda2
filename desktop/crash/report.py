"""A crash report that can leave the laptop: what broke and where, never whose record.

The report names the exception's type and lists its traceback's frames (file, line, function,
source line), for the exception and for the ones it was raised from. It leaves out:

- exception messages: ``ValueError("… Aung Aung …")`` or a database error quoting a row would
  carry a person's name into the report;
- local variables (Python's ``capture_locals``) and notes, for the same reason;
- the folders above Saphan's own code, which hold the Windows account name: files are shown
  relative to Saphan, to ``site-packages`` or to Python, else by name only.

Saphan's own typed errors (:class:`db.errors.SaphanError`) carry codes for the UI, but their
message is not always a code (``DatabaseNotFound`` holds a path, ``KeyringUnavailable`` and a
failed background task another exception's text), so their message is dropped as well. What is
kept is the code *attributes* the UI words (``reason``, ``permission``, ``status``,
``problems``), and only when each value has the shape of a code (``disk_full``, ``503``):
those are set from constants in Saphan's code, never from what a person typed.

Only the standard library is used: no Qt, no database.
"""

from __future__ import annotations

import datetime as dt
import platform
import re
import sys
import traceback
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from types import TracebackType

# Saphan's folder: desktop/crash/report.py -> the folder that holds db/, directory/, desktop/.
SAPHAN_ROOT = Path(__file__).resolve().parents[2]
REPORT_PREFIX = "saphan-crash-"
REPORT_SUFFIX = ".txt"
KEEP_REPORTS = 30  # older reports are deleted when a new one is written
MAX_CHAIN = 10  # "raised from" links followed at most

_CODE = re.compile(r"^[a-z][a-z0-9_]{0,47}$")
_CODE_ATTRIBUTES = ("reason", "permission", "status", "problems")
PRIVACY_NOTE = (
    "This report holds no exception messages, no variable values and no person data: only "
    "the type of each error and the lines of Saphan's code it went through."
)


@dataclass(frozen=True)
class CrashReport:
    """One unexpected error, as shown and written: ``text`` is safe to share."""

    text: str
    type_name: str
    path: Path | None  # the report file, None when it could not be written
    fatal: bool = False  # the error unwound the whole program: Saphan ends after showing it


def app_version() -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("saphan")
    except PackageNotFoundError:
        return "0+unknown"


def type_name(exc_type: type[BaseException]) -> str:
    """``ValueError``, or ``module.Name`` for a type outside the builtins."""
    module = str(getattr(exc_type, "__module__", "") or "")
    name = str(getattr(exc_type, "__qualname__", None) or getattr(exc_type, "__name__", "?"))
    return name if module == "builtins" else f"{module}.{name}"


def safe_path(filename: str) -> str:
    """A source file's path without the folders that name the user (the Windows account)."""
    if not filename or filename.startswith("<"):  # <string>, <frozen importlib._bootstrap>
        return filename
    path = Path(filename)
    for root, shown_as in _roots():
        try:
            relative = path.resolve().relative_to(root)
        except (ValueError, OSError, RuntimeError):
            continue
        return f"{shown_as}{relative.as_posix()}"
    parts = path.parts
    for marker in ("site-packages", "dist-packages"):
        if marker in parts:
            last = len(parts) - 1 - parts[::-1].index(marker)
            return "/".join(parts[last + 1 :])
    return path.name


def _roots() -> list[tuple[Path, str]]:
    roots = [(SAPHAN_ROOT, "")]
    bundle = getattr(sys, "_MEIPASS", None)  # the PyInstaller bundle's folder
    if isinstance(bundle, str):
        roots.append((Path(bundle).resolve(), ""))
    for prefix in {sys.prefix, sys.base_prefix, sys.exec_prefix}:
        roots.append((Path(prefix).resolve(), "<python>/"))
    return roots


def _frames(tb: TracebackType | None) -> list[str]:
    lines = []
    # lookup_lines reads the source lines from Saphan's files; locals are never captured.
    for frame in traceback.extract_tb(tb):
        lines.append(f'  File "{safe_path(frame.filename)}", line {frame.lineno}, in {frame.name}')
        source = (frame.line or "").strip()
        if source:
            lines.append(f"    {source}")
    return lines


def codes(exc: BaseException) -> list[str]:
    """The code attributes of a typed error (``reason: disk_full``): only code-shaped values."""
    from db.errors import SaphanError  # no Qt, and the store is loaded anyway when this runs

    if not isinstance(exc, SaphanError):
        return []
    found = []
    for attribute in _CODE_ATTRIBUTES:
        value = getattr(exc, attribute, None)
        if isinstance(value, bool) or value is None:
            continue
        if isinstance(value, int) or (isinstance(value, str) and _CODE.match(value)):
            found.append(f"{attribute}: {value}")
        elif isinstance(value, Mapping):
            pairs = [
                f"{k}={v}"
                for k, v in value.items()
                if isinstance(k, str) and isinstance(v, str) and _CODE.match(k) and _CODE.match(v)
            ]
            if pairs:
                found.append(f"{attribute}: {', '.join(sorted(pairs))}")
    return found


def _chain(exc: BaseException) -> list[tuple[BaseException, str]]:
    """The exception and those it was raised from, oldest first, as Python prints them."""
    links: list[tuple[BaseException, str]] = []
    seen: set[int] = set()
    current: BaseException | None = exc
    joint = ""
    while current is not None and id(current) not in seen and len(links) < MAX_CHAIN:
        seen.add(id(current))
        links.append((current, joint))
        if current.__cause__ is not None:
            joint = "The above exception was the direct cause of the following exception:"
            current = current.__cause__
        elif current.__context__ is not None and not current.__suppress_context__:
            joint = "During handling of the above exception, another exception occurred:"
            current = current.__context__
        else:
            current = None
    # Oldest first; each joint is printed after its exception, before the one raised from it.
    links.reverse()
    return links


def exception_lines(
    exc_type: type[BaseException], exc: BaseException | None, tb: TracebackType | None
) -> list[str]:
    """The traceback as Python prints it, minus every message: types and frames only."""
    if exc is None:
        return ["Traceback (most recent call last):", *_frames(tb), type_name(exc_type)]
    lines: list[str] = []
    for link, joint in _chain(exc):
        link_tb = tb if link is exc else link.__traceback__
        if link_tb is not None:
            lines.append("Traceback (most recent call last):")
            lines.extend(_frames(link_tb))
        lines.append(type_name(type(link)))
        lines.extend(f"  {code}" for code in codes(link))
        if isinstance(link, BaseExceptionGroup):
            lines.append(
                "  contains: " + ", ".join(type_name(type(e)) for e in link.exceptions[:20])
            )
        if joint:
            lines.extend(["", joint, ""])
    return lines


def _qt_versions() -> str:
    core = sys.modules.get("PySide6.QtCore")
    if core is None:
        return "not loaded"
    pyside = sys.modules.get("PySide6")
    return f"PySide6 {getattr(pyside, '__version__', '?')}, Qt {core.qVersion()}"


def build_report(
    exc_type: type[BaseException],
    exc: BaseException | None,
    tb: TracebackType | None,
    *,
    thread: str = "",
    context: Mapping[str, str] | None = None,
    when: dt.datetime | None = None,
) -> str:
    """The report's text. ``context``: a few safe facts the app adds (e.g. the database file's
    name, never its folder)."""
    now = when or dt.datetime.now().astimezone()
    bundle = " (installed bundle)" if getattr(sys, "frozen", False) else ""
    head = [
        "Saphan crash report",
        f"time: {now.isoformat(timespec='seconds')}",
        f"app: saphan {app_version()}{bundle}",
        f"os: {platform.platform()}",
        f"python: {platform.python_version()} ({platform.python_implementation()})",
        f"qt: {_qt_versions()}",
    ]
    if thread:
        head.append(f"thread: {thread}")
    head.extend(f"{key}: {value}" for key, value in sorted((context or {}).items()))
    body = exception_lines(exc_type, exc, tb)
    return "\n".join([*head, "", *body, "", PRIVACY_NOTE, ""])


def signature(
    exc_type: type[BaseException], tb: TracebackType | None
) -> tuple[str, tuple[tuple[str, int | None, str], ...]]:
    """The same bug raised again (a paint event failing on every repaint) has the same one."""
    frames = tuple((f.filename, f.lineno, f.name) for f in traceback.extract_tb(tb))
    return type_name(exc_type), frames


def write_report(text: str, folder: Path, when: dt.datetime | None = None) -> Path:
    """Write ``text`` as a new report file in ``folder`` and delete the oldest beyond
    :data:`KEEP_REPORTS`. Raises OSError when the folder cannot be written."""
    folder.mkdir(parents=True, exist_ok=True)
    stamp = (when or dt.datetime.now()).strftime("%Y%m%d-%H%M%S-%f")
    for attempt in range(100):
        suffix = f"-{attempt}" if attempt else ""
        path = folder / f"{REPORT_PREFIX}{stamp}{suffix}{REPORT_SUFFIX}"
        try:
            with path.open("x", encoding="utf-8", newline="\n") as file:
                file.write(text)
        except FileExistsError:
            continue
        _prune(folder, keep=path)
        return path
    raise FileExistsError(folder)


def reports_in(folder: Path) -> list[Path]:
    """The crash reports in ``folder``, oldest first."""
    if not folder.is_dir():
        return []
    return sorted(folder.glob(f"{REPORT_PREFIX}*{REPORT_SUFFIX}"))


def _prune(folder: Path, keep: Path) -> None:
    others = [p for p in reports_in(folder) if p != keep]
    for path in others[: max(len(others) + 1 - KEEP_REPORTS, 0)]:
        path.unlink(missing_ok=True)
