"""The Share page's "Closed months": the admin closes through a month and reopens one with a
reason; the page says what is closed, and the preview is counted again."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from db import closing
from db.activities import ActivityType, SessionInput, log_session
from db.beneficiaries import register_person
from db.programmes import list_programmes
from db.store import Store
from desktop.share_page import closed_months
from desktop.widgets import dialogs
from directory.sharing import memory
from tests.db.people import person
from tests.desktop.test_share_pipeline import share_page
from tests.directory.conftest import member_network


def _answer(monkeypatch: pytest.MonkeyPatch, month: str, reason: str = "") -> None:
    def exec_(dialog: closed_months.MonthDialog) -> int:
        dialog.month_box.setCurrentIndex(dialog.month_box.findData(month))
        dialog.reason_edit.setText(reason)
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(closed_months.MonthDialog, "exec", exec_)
    monkeypatch.setattr(dialogs, "ask", lambda *a, **k: True)


def test_close_and_reopen_from_the_share_page(
    qtbot, store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    memory.accept_network(store, member_network(store, threshold=2))
    mhpss = next(p.id for p in list_programmes(store) if p.code == "mhpss")
    ids = [register_person(store, person(f"P {n}")).id for n in range(3)]
    log_session(
        store, SessionInput(ActivityType.AWARENESS, mhpss, dt.date(2025, 1, 9), attendee_ids=ids)
    )
    window, page = share_page(qtbot, store)
    box = page.closed_box
    assert box.state_label.text() == "No month is closed yet."
    assert box.close_button.isEnabled()
    assert not box.reopen_button.isEnabled()

    _answer(monkeypatch, "2025-03")
    qtbot.mouseClick(box.close_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: closing.closed_through(store) == "2025-03", timeout=15000)
    qtbot.waitUntil(lambda: "March 2025" in box.state_label.text(), timeout=5000)
    assert box.reopen_button.isEnabled()
    window.resize(1366, 768)
    qtbot.waitUntil(lambda: page.bundle is not None, timeout=15000)
    window.grab().save("/tmp/b-share-closed.png")

    _answer(monkeypatch, "2025-02", "a session in the wrong month")
    qtbot.mouseClick(box.reopen_button, Qt.MouseButton.LeftButton)
    assert closing.closed_through(store) == "2025-01"
    assert "January 2025" in box.state_label.text()
    qtbot.waitUntil(lambda: page.bundle is not None and page.bundle.corrections, timeout=15000)
