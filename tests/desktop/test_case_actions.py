"""Closing, reopening and permanently erasing a case from the registry."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QLabel

from db import audit, beneficiaries
from db.audit import AuditFilter
from db.errors import RecordNotFound
from desktop.beneficiaries.case_actions import CloseCaseDialog, EraseDialog
from desktop.beneficiaries.page import BeneficiariesPage
from desktop.main_window import MainWindow
from tests.desktop.protection_helpers import LEFT, a_person, visible_error_texts


def registry_with_one(main_window: MainWindow, name: str = "Ma Case") -> BeneficiariesPage:
    beneficiaries.register_person(main_window.store, a_person(name))
    page = main_window.pages["beneficiaries"]
    assert isinstance(page, BeneficiariesPage)
    page.refresh()
    page.select_row(0)
    return page


def status_shown(page: BeneficiariesPage) -> str:
    return page.model.index(0, page.model.columnCount() - 1).data()


def test_closing_a_case_needs_a_reason_and_it_can_be_reopened(
    qtbot, main_window: MainWindow
) -> None:
    page = registry_with_one(main_window)
    actions = page.case_actions
    assert actions.close_action.isEnabled()
    assert not actions.reopen_action.isEnabled()
    assert actions.close_action in page.more_button.menu().actions()

    actions.close_action.trigger()
    dialog = actions.dialog
    assert isinstance(dialog, CloseCaseDialog)
    qtbot.waitExposed(dialog)
    assert not dialog.ok_button.isEnabled()
    dialog.reason.setPlainText("   ")
    assert not dialog.ok_button.isEnabled()
    dialog.submit()  # e.g. Enter pressed anyway
    assert visible_error_texts(dialog) == ["Say why the case is closed."]
    assert dialog.isVisible()

    dialog.reason.clear()
    qtbot.keyClicks(dialog.reason, "Moved to Bangkok")
    assert dialog.ok_button.isEnabled()
    qtbot.mouseClick(dialog.ok_button, LEFT)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert status_shown(page) == "Closed"
    assert main_window.statusBar().currentMessage().startswith("Closed the case BEAM-")
    person = beneficiaries.get_person(main_window.store, page.selected_row().id)
    assert person.closed_reason == "Moved to Bangkok"

    assert not actions.close_action.isEnabled()
    assert actions.reopen_action.isEnabled()
    actions.reopen_action.trigger()
    assert status_shown(page) == "Active"


def test_erase_needs_the_typed_code_and_removes_the_row(qtbot, main_window: MainWindow) -> None:
    page = registry_with_one(main_window, "Ma To Erase")
    row = page.selected_row()
    assert row is not None
    page.case_actions.erase_action.trigger()
    dialog = page.case_actions.dialog
    assert isinstance(dialog, EraseDialog)
    qtbot.waitExposed(dialog)
    assert "cannot be undone" in " ".join(label.text() for label in dialog.findChildren(QLabel))
    assert not dialog.ok_button.isEnabled()
    qtbot.keyClicks(dialog.code, "BEAM-000002")  # a different person's code
    assert not dialog.ok_button.isEnabled()
    dialog.code.clear()
    qtbot.keyClicks(dialog.code, row.code.lower())
    assert dialog.ok_button.isEnabled()
    qtbot.mouseClick(dialog.ok_button, LEFT)
    qtbot.waitUntil(lambda: not dialog.isVisible())

    assert page.model.rowCount() == 0
    assert page.count_label.text() == "0 people"
    with pytest.raises(RecordNotFound):
        beneficiaries.get_person(main_window.store, row.id)
    erased = audit.list_audit_events(main_window.store, AuditFilter(action="erase"))
    assert [e.entity_id for e in erased] == [row.id]


def test_cancelling_the_erase_keeps_the_person(qtbot, main_window: MainWindow) -> None:
    page = registry_with_one(main_window, "Ma Kept")
    page.case_actions.erase_action.trigger()
    dialog = page.case_actions.dialog
    assert isinstance(dialog, EraseDialog)
    dialog.reject()
    assert page.model.rowCount() == 1
