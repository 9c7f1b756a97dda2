"""PySide6 6.12.0 on Python 3.11 drops a reference to None on every C++ call returning void;
after a few thousand calls the app aborts ("none_dealloc: deallocating None"). pyproject.toml
keeps such a version out; this test fails if one comes back."""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QLabel


def test_qt_calls_do_not_leak_references_to_none(qtbot) -> None:
    label = QLabel()
    qtbot.addWidget(label)
    label.setText("warm-up")
    before = sys.getrefcount(None)
    for i in range(500):
        label.setText(str(i))
        label.setVisible(False)
    after = sys.getrefcount(None)
    # Python 3.12+ makes None immortal (its count is constant anyway); on 3.11 a leak shows.
    assert after >= before - 50, f"None lost {before - after} references in 1,000 Qt calls"
