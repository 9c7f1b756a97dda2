"""The admin's side of issue 18's erasure items: the "Due for erasure" list in Settings (tick
one, confirm, it disappears and the person is gone) and the person form's "Changes" tab (the
rectification history, admin only)."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QScrollArea

from db import audit, beneficiaries, settings
from db.errors import RecordNotFound
from db.models import Beneficiary, Case
from db.store import Store
from db.types import Role, UserInfo
from desktop.beneficiaries.person_form import PersonForm
from desktop.main_window import MainWindow
from desktop.settings_page.page import SettingsPage
from desktop.settings_page.retention import CODE, EraseDueDialog
from tests.db.people import person
from tests.desktop.protection_helpers import LEFT


def _closed_long_ago(store: Store, names: list[str]) -> list[int]:
    """People whose only case closed eight years ago."""
    ids: list[int] = []
    closed = dt.date.today() - dt.timedelta(days=8 * 366)
    with store.write() as session:
        for n, name in enumerate(names, start=1):
            b = Beneficiary(
                code=f"OLD-{n:06d}",
                name_latin=name,
                sex="female",
                birth_date=dt.date(1980, 7, 1),
                population_group="long_term_migrant",
                consent_date=closed - dt.timedelta(days=400),
            )
            session.add(b)
            session.flush()
            session.add(
                Case(
                    beneficiary_id=b.id,
                    status="closed",
                    opened_on=closed - dt.timedelta(days=300),
                    closed_on=closed,
                    closed_reason="moved_away",
                )
            )
            ids.append(b.id)
    return ids


def _settings(qtbot, window: MainWindow) -> SettingsPage:
    window.show_page("settings")
    page = window.pages["settings"]
    assert isinstance(page, SettingsPage)
    qtbot.waitExposed(page)
    return page


def test_approving_one_person_in_the_due_list_erases_them(
    qtbot, main_window: MainWindow, store: Store
) -> None:
    first, second = _closed_long_ago(store, ["Ma Old One", "Ko Old Two"])
    page = _settings(qtbot, main_window)
    box = page.retention_box
    assert box is not None
    assert box.table is not None
    assert box.due_title.text() == "Due for erasure: no rule set"
    assert not box.table.isVisible()

    box.years.setValue(5)
    box.save_years()
    assert settings.retention_years(store) == 5
    qtbot.waitUntil(lambda: box.table is not None and box.table.rowCount() == 2)
    assert box.due_title.text() == "Due for erasure: 2 people"
    assert box.table.item(0, 3).text() == "Moved away"
    assert not box.erase_button.isEnabled()  # nothing ticked yet
    main_window.resize(1366, 768)
    scroll = page.findChild(QScrollArea)
    assert scroll is not None
    QApplication.processEvents()
    scroll.ensureWidgetVisible(box.erase_button)
    main_window.grab().save("/tmp/d-settings-retention.png")

    row = next(n for n in range(2) if box.table.item(n, CODE).text() == "OLD-000001")
    box.table.item(row, CODE).setCheckState(Qt.CheckState.Checked)
    assert box.erase_button.isEnabled()
    qtbot.mouseClick(box.erase_button, LEFT)
    dialog = box.dialog
    assert isinstance(dialog, EraseDueDialog)
    qtbot.waitExposed(dialog)
    dialog.grab().save("/tmp/d-erase-due-dialog.png")
    assert not dialog.ok_button.isEnabled()
    qtbot.keyClicks(dialog.typed, "2")  # the wrong number
    assert not dialog.ok_button.isEnabled()
    dialog.typed.clear()
    qtbot.keyClicks(dialog.typed, "1")
    assert dialog.ok_button.isEnabled()
    qtbot.mouseClick(dialog.ok_button, LEFT)

    qtbot.waitUntil(lambda: box.task is None and box.table.rowCount() == 1)
    assert box.table.item(0, CODE).text() == "OLD-000002"
    assert box.message.text() == "Erased 1 people permanently."
    assert box.due_title.text() == "Due for erasure: 1 people"
    with pytest.raises(RecordNotFound):
        beneficiaries.get_person(store, first)
    beneficiaries.get_person(store, second)
    erased = audit.list_audit_events(store, audit.AuditFilter(action="erase"))
    assert [(e.entity_id, e.detail) for e in erased] == [
        (first, "reason: Retention rule: cases closed more than 5 years ago")
    ]


def test_only_admins_see_the_retention_box(qtbot, store: Store) -> None:
    supervisor = dataclasses.replace(
        store, user=UserInfo(store.user.id, "sup", "Sup", Role.SUPERVISOR, "en")
    )
    window = MainWindow(supervisor)
    qtbot.addWidget(window)
    window.show()
    page = _settings(qtbot, window)
    assert page.retention_box is None


def test_the_changes_tab_shows_old_and_new_values_to_the_admin(
    qtbot, main_window: MainWindow, store: Store
) -> None:
    pid = beneficiaries.register_person(store, person("Ma Before", phone="081 234 5678")).id
    beneficiaries.update_person(store, pid, person("Ma After", phone="089 765 4321"))
    form = PersonForm(store, beneficiaries.get_person(store, pid), main_window)
    qtbot.addWidget(form)
    assert form.changes_tab is not None
    form.resize(1000, 620)
    form.show()
    form.tabs.setCurrentWidget(form.changes_tab)
    qtbot.waitUntil(lambda: form.changes_tab is not None and form.changes_tab.loaded)
    table = form.changes_tab.table
    rows = {
        table.item(r, 1).text(): (table.item(r, 2).text(), table.item(r, 3).text())
        for r in range(table.rowCount())
    }
    assert rows["Name (Latin letters)"] == ("Ma Before", "Ma After")
    assert rows["Phone"] == ("081 234 5678", "089 765 4321")
    assert {table.item(r, 4).text() for r in range(table.rowCount())} == {store.user.full_name}
    form.grab().save("/tmp/d-changes-tab.png")
    form.reject()
    QApplication.processEvents()

    caseworker = dataclasses.replace(
        store, user=UserInfo(store.user.id, "cw", "Cw", Role.SUPERVISOR, "en")
    )
    other = PersonForm(caseworker, beneficiaries.get_person(caseworker, pid), main_window)
    qtbot.addWidget(other)
    assert other.changes_tab is None
