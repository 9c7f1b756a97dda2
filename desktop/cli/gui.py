"""The app itself: ``saphan`` and ``saphan --db PATH`` open it. ``desktop.app`` (and so Qt) is
imported only then: the headless commands never load Qt."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from desktop.cli.common import CliFailure


def load_app() -> tuple[Any, Any]:
    """``desktop.app``'s entry points, imported only now: headless commands never load Qt."""
    try:
        from desktop.app import default_db_path, run_app
    except ImportError as exc:  # e.g. Qt's system libraries are missing
        raise CliFailure(f"cannot start the app: {exc}") from exc
    return run_app, default_db_path


def run_gui(db_path: Path | None) -> int:
    """The app on ``db_path``, else on this Windows account's CSO database."""
    run_app, default_db_path = load_app()
    return int(run_app(db_path or default_db_path()))
