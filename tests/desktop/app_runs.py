"""Running the whole app (``desktop.app.run_app``) inside the test process, as a person starts
it, after the windows earlier tests left behind are gone.

The test process is long-lived: closed windows of earlier tests may still exist, waiting for a
deferred delete. The first ``run_app`` styles the application, which re-polishes every widget
there is; a leftover whose Python side is half gone then crashes the worker (seen under
pytest-xdist). A real start has no such leftovers, so the tests start from none either."""

from __future__ import annotations

import gc
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import QApplication
from shiboken6 import isValid

from desktop import app as app_module


def drop_leftover_windows() -> None:
    """Close and delete every parentless window still there, now."""
    for widget in QApplication.topLevelWidgets():
        if isValid(widget) and widget.parent() is None:
            widget.close()
            widget.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    QApplication.processEvents()
    gc.collect()


def run_app(db_path: Path, **kwargs: Any) -> int:
    """``desktop.app.run_app`` from a clean slate (see the module's docstring)."""
    drop_leftover_windows()
    return app_module.run_app(db_path, **kwargs)
