"""Programmes and activity types in the app: the admin adds an activity type with a Burmese
name in Settings (checked as they type); a facilitator working in Burmese logs a session of it
and sees the Burmese name in the dialog and the sessions list. The admin maps a programme to
one of the network's."""

from __future__ import annotations

import dataclasses
import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget

from db import activity_types, beneficiaries, programmes
from db.store import Store
from db.types import Role, UserInfo
from desktop import i18n
from desktop.main_window import MainWindow
from desktop.sessions.attendance_picker import Attendee
from desktop.sessions.log_dialog import LogSessionDialog
from desktop.sessions.sessions_model import COLUMNS
from desktop.settings_page.page import SettingsPage
from desktop.settings_page.programmes import ActivityTypeDialog, ProgrammeDialog
from tests.db.people import person
from tests.desktop.conftest import type_text

LEFT = Qt.MouseButton.LeftButton
ART_MY = "အနုပညာ အုပ်စု"
SHOTS = os.environ.get("SAPHAN_SHOTS", "")  # a folder: save screenshots there to look at


@pytest.fixture
def english() -> Iterator[None]:
    yield
    i18n.set_language("en")


def shot(widget: QWidget, name: str) -> None:
    if SHOTS:
        QApplication.processEvents()
        widget.grab().save(str(Path(SHOTS) / f"{name}.png"))


def settings_page(qtbot, window: MainWindow) -> SettingsPage:
    window.resize(1366, 768)
    window.show_page("settings")
    page = window.pages["settings"]
    assert isinstance(page, SettingsPage)
    qtbot.waitExposed(page)
    return page


def test_admin_adds_a_type_in_burmese_and_a_facilitator_logs_a_session_of_it(
    qtbot, main_window: MainWindow, store: Store, english: None
) -> None:
    page = settings_page(qtbot, main_window)
    box = page.types_box
    assert box is not None
    qtbot.mouseClick(box.add_button, LEFT)
    dialog = box.dialog
    assert isinstance(dialog, ActivityTypeDialog)
    qtbot.waitExposed(dialog)
    assert not dialog.ok_button.isEnabled()  # nothing typed yet
    qtbot.keyClicks(dialog.labels["en"], "Youth")
    assert dialog.code.text() == "youth"
    assert not dialog.ok_button.isEnabled()  # a built-in type has that code: said at once
    assert dialog.problems() == {"code": "code_taken"}
    qtbot.keyClicks(dialog.labels["en"], " art group")
    assert dialog.code.text() == "youth_art_group"
    type_text(qtbot, dialog.labels["my"], ART_MY)
    youth = next(p for p in programmes.list_programmes(store) if p.code == "youth")
    dialog.programme.setCurrentIndex(dialog.programme.findData("youth"))
    assert dialog.ok_button.isEnabled()
    shot(dialog, "activity-type-dialog")
    qtbot.mouseClick(dialog.ok_button, LEFT)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    added = activity_types.get_activity_type(store, "youth_art_group")
    assert added.labels == {"en": "Youth art group", "my": ART_MY}
    assert not added.individual
    assert added.programme_code == "youth"
    assert "Youth art group" in [box.table.item(r, 0).text() for r in range(box.table.rowCount())]
    shot(box, "settings-types-box")
    assert page.programmes_box is not None
    shot(page.programmes_box, "settings-programmes-box")

    # A facilitator working in Burmese logs a session of it.
    hnin = beneficiaries.register_person(store, person())
    i18n.set_language("my")
    facilitator = dataclasses.replace(
        store, user=UserInfo(store.user.id, "aung", "Ko Aung", Role.FACILITATOR, "my")
    )
    log = LogSessionDialog(facilitator, main_window)
    qtbot.addWidget(log)
    log.resize(1366, 700)
    log.show()
    qtbot.waitExposed(log)
    log.set_activity_type("youth_art_group")
    assert ART_MY in log.activity_type.currentText()
    assert log.programme.currentData() == youth.id  # the type's usual programme
    log.group_picker.add(Attendee.of(hnin))
    assert log.ok_button.isEnabled()
    shot(log, "log-session-my")
    qtbot.mouseClick(log.ok_button, LEFT)
    qtbot.waitUntil(lambda: not log.isVisible())
    record = log.record
    assert record is not None
    assert record.activity_type == "youth_art_group"
    assert record.kind == "group"
    activity = COLUMNS[1]
    assert activity.text(record) == ART_MY  # the sessions list, in Burmese
    i18n.set_language("th")
    assert activity.text(record) == "Youth art group"  # no Thai name: the English one


def test_admin_maps_a_programme_and_is_told_when_the_network_programme_is_taken(
    qtbot, main_window: MainWindow, store: Store
) -> None:
    page = settings_page(qtbot, main_window)
    box = page.programmes_box
    assert box is not None
    qtbot.mouseClick(box.add_button, LEFT)
    dialog = box.dialog
    assert isinstance(dialog, ProgrammeDialog)
    qtbot.waitExposed(dialog)
    qtbot.keyClicks(dialog.labels["en"], "Counselling")
    dialog.network_code.addItem("mhpss", "mhpss")  # as a network file would list it
    dialog.network_code.setCurrentIndex(dialog.network_code.findData("mhpss"))
    assert not dialog.ok_button.isEnabled()  # the CSO's own "mhpss" counts there already
    shot(dialog, "programme-dialog")
    dialog.network_code.setCurrentIndex(dialog.network_code.findData(""))
    assert dialog.ok_button.isEnabled()
    qtbot.mouseClick(dialog.ok_button, LEFT)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    added = next(p for p in programmes.list_programmes(store) if p.code == "counselling")
    assert added.maps_to == ""
    box.select_code("counselling")
    qtbot.mouseClick(box.active_button, LEFT)
    assert "counselling" not in {p.code for p in programmes.list_programmes(store)}
