"""Each role sees exactly the pages and actions it is allowed, in the main window."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QLineEdit

from db import beneficiaries
from db.permissions import role_allows
from db.store import Store
from db.types import Role
from desktop.beneficiaries.limited_view import LimitedPersonDialog
from desktop.beneficiaries.page import BeneficiariesPage
from desktop.main_window import PAGES, MainWindow
from desktop.settings_page.page import SettingsPage
from tests.desktop.protection_helpers import a_person, as_role


def window_for(qtbot, store: Store, role: Role) -> MainWindow:
    window = MainWindow(as_role(store, role) if role is not Role.ADMIN else store)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def navigation_titles(window: MainWindow) -> list[str]:
    return [window.navigation.item(i).text() for i in range(window.navigation.count())]


@pytest.mark.parametrize("role", list(Role))
def test_pages_shown_are_exactly_those_the_role_allows(qtbot, store: Store, role: Role) -> None:
    window = window_for(qtbot, store, role)
    expected = [
        spec.key for spec in PAGES if spec.permission is None or role_allows(role, spec.permission)
    ]
    assert list(window.pages) == expected
    assert len(navigation_titles(window)) == len(expected)
    # Every user can change their own password and lock the screen.
    assert window.change_password_action.isEnabled()
    assert window.lock_action.isEnabled()


def test_admin_sees_staff_audit_settings_and_every_action(qtbot, store: Store) -> None:
    beneficiaries.register_person(store, a_person())
    window = window_for(qtbot, store, Role.ADMIN)
    assert {"beneficiaries", "users", "audit", "settings"} <= set(window.pages)
    assert {"Staff accounts", "Audit trail", "Settings"} <= set(navigation_titles(window))
    page = window.pages["beneficiaries"]
    assert isinstance(page, BeneficiariesPage)
    page.select_row(0)
    assert page.delete_button.isVisible()
    assert page.delete_button.isEnabled()
    actions = page.case_actions
    assert actions.actions() == [actions.close_action, actions.reopen_action, actions.erase_action]
    assert actions.erase_action.isEnabled()
    settings_page = window.pages["settings"]
    assert isinstance(settings_page, SettingsPage)
    assert settings_page.lock_box is not None
    assert settings_page.backup_box is not None


def test_caseworker_edits_but_has_no_staff_audit_delete_or_erase(qtbot, store: Store) -> None:
    beneficiaries.register_person(store, a_person())
    window = window_for(qtbot, store, Role.CASEWORKER)
    assert "users" not in window.pages
    assert "audit" not in window.pages
    assert "Staff accounts" not in navigation_titles(window)
    page = window.pages["beneficiaries"]
    assert isinstance(page, BeneficiariesPage)
    page.select_row(0)
    assert not page.delete_button.isVisible()
    assert not page.delete_action.isEnabled()
    actions = page.case_actions
    assert actions.actions() == [actions.close_action, actions.reopen_action]
    assert not actions.erase_action.isVisible()
    assert actions.close_action.isEnabled()
    page.open_selected()
    form = page.current_form
    assert form is not None
    assert not form.read_only
    assert form.ok_button.isVisible()
    form.reject()
    settings_page = window.pages["settings"]
    assert isinstance(settings_page, SettingsPage)
    assert settings_page.lock_box is None
    assert settings_page.backup_box is None
    assert settings_page.remember_box.isVisibleTo(settings_page)
    assert not window.notice.isVisible()  # the backup reminder is for admins


def test_facilitator_cannot_edit_close_or_erase(qtbot, store: Store) -> None:
    beneficiaries.register_person(store, a_person())
    window = window_for(qtbot, store, Role.FACILITATOR)
    assert {"users", "audit"}.isdisjoint(window.pages)
    assert window.current_page_key() == "worklist"  # "My day" comes first
    window.show_page("beneficiaries")
    page = window.pages["beneficiaries"]
    assert isinstance(page, BeneficiariesPage)
    page.select_row(0)
    assert page.case_actions.actions() == []
    assert not page.more_button.isVisible()
    assert not page.delete_button.isVisible()
    assert page.register_button.isVisible()
    page.open_selected()
    # need to know: a facilitator gets the part of the record that is theirs to see, with
    # nothing to edit (never the record form)
    assert page.current_form is None
    view = page.limited_view
    assert isinstance(view, LimitedPersonDialog)
    assert view.break_button is None
    assert not [b for b in view.findChildren(QLineEdit) if not b.isReadOnly()]
    view.reject()


def test_coordinator_sees_no_person_level_page(qtbot, store: Store) -> None:
    window = window_for(qtbot, store, Role.COORDINATOR)
    assert {"beneficiaries", "users", "audit"}.isdisjoint(window.pages)
    assert "Beneficiaries" not in navigation_titles(window)
    assert "settings" in window.pages  # their own password and "remember me"
