"""Custom fields in the app: the admin adds a choice field with Burmese labels in Settings; a
caseworker working in Burmese registers a person and fills it in (the Burmese label shows);
the value is saved and shown when the record is opened again. Sessions get their fields in the
log-a-session dialog; a required one is asked for as the form's other fields are."""

from __future__ import annotations

import dataclasses
import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QComboBox, QLabel, QWidget

from db import beneficiaries, custom_fields
from db.activities import ActivityType
from db.custom_fields import Choice, Entity, FieldInput, Kind
from db.store import Store
from db.types import Role, UserInfo
from desktop import i18n
from desktop.beneficiaries.person_form import PersonForm
from desktop.custom_fields.admin import CustomFieldsBox, FieldDialog
from desktop.main_window import MainWindow
from desktop.sessions.attendance_picker import Attendee
from desktop.sessions.log_dialog import LogSessionDialog
from desktop.settings_page.page import SettingsPage
from tests.db.people import person
from tests.desktop.conftest import type_text
from tests.desktop.test_beneficiaries import fill_person

LEFT = Qt.MouseButton.LeftButton
HOUSING_MY = "နေထိုင်မှုပုံစံ"
RENTED_MY = "အခန်းငှား"
SHOTS = os.environ.get("SAPHAN_SHOTS", "")  # a folder: save screenshots there to look at


@pytest.fixture
def english() -> Iterator[None]:
    yield
    i18n.set_language("en")


def shot(widget: QWidget, name: str) -> None:
    if SHOTS:
        QApplication.processEvents()
        widget.grab().save(str(Path(SHOTS) / f"{name}.png"))


def fields_box(qtbot, window: MainWindow) -> CustomFieldsBox:
    window.show_page("settings")
    page = window.pages["settings"]
    assert isinstance(page, SettingsPage)
    assert page.fields_box is not None
    qtbot.waitExposed(page)
    return page.fields_box


def test_admin_adds_a_choice_field_and_a_caseworker_fills_it_in_burmese(
    qtbot, main_window: MainWindow, store: Store, english: None
) -> None:
    main_window.resize(1366, 768)
    box = fields_box(qtbot, main_window)
    qtbot.mouseClick(box.add_button, LEFT)
    dialog = box.dialog
    assert isinstance(dialog, FieldDialog)
    qtbot.waitExposed(dialog)
    assert not dialog.ok_button.isEnabled()  # nothing typed yet
    qtbot.keyClicks(dialog.labels["en"], "Housing")
    assert dialog.code.text() == "housing"  # made from the English name
    type_text(qtbot, dialog.labels["my"], HOUSING_MY)
    dialog.kind.setCurrentIndex(dialog.kind.findData(Kind.CHOICE.value))
    # A choice field without answers cannot be saved; the dialog says why as soon as it shows.
    assert not dialog.ok_button.isEnabled()
    qtbot.mouseClick(dialog.add_choice_button, LEFT)
    assert dialog.choices_message.isVisible()  # the new answer has no English label yet
    for row, (en, my) in enumerate((("Rented room", RENTED_MY), ("With employer", ""))):
        if row:
            qtbot.mouseClick(dialog.add_choice_button, LEFT)
        dialog.choices.item(row, 0).setText(en)
        dialog.choices.item(row, 1).setText(my)
    dialog.required.setChecked(True)
    assert dialog.ok_button.isEnabled()
    assert not dialog.choices_message.isVisible()
    dialog.resize(640, 600)
    shot(dialog, "field-dialog")
    qtbot.mouseClick(dialog.ok_button, LEFT)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    (field,) = custom_fields.list_fields(store, Entity.PERSON)
    assert field.labels == {"en": "Housing", "my": HOUSING_MY}
    assert [c.label("my") for c in field.choices] == [RENTED_MY, "With employer"]
    assert field.required
    assert box.table.item(0, 0).text() == "Housing"
    shot(main_window, "settings-fields")
    shot(box, "settings-fields-box")

    # A caseworker working in Burmese registers a person and fills the field in.
    i18n.set_language("my")
    caseworker = dataclasses.replace(
        store, user=UserInfo(store.user.id, "mya", "Ma Mya", Role.CASEWORKER, "my")
    )
    form = PersonForm(caseworker, None, main_window)
    qtbot.addWidget(form)
    form.resize(1000, 700)
    form.show()
    qtbot.waitExposed(form)
    fill_person(qtbot, form)
    assert form.details_tab is not None
    labels = [w.text() for w in form.details_tab.findChildren(QLabel)]
    assert f"{HOUSING_MY} *" in labels  # the Burmese label, marked required
    assert not form.ok_button.isEnabled()  # the required field is still empty
    form.tabs.setCurrentIndex(3)
    combo = form.details_tab.editors["housing"]
    assert isinstance(combo, QComboBox)
    assert combo.itemText(1) == RENTED_MY
    assert combo.itemText(2) == "With employer"  # no Burmese: the English label
    combo.setCurrentIndex(1)
    assert form.ok_button.isEnabled()
    shot(form, "person-form-my")
    qtbot.mouseClick(form.ok_button, LEFT)
    qtbot.waitUntil(lambda: not form.isVisible())
    saved = form.saved_person
    assert saved is not None
    assert saved.custom == {"housing": "rented_room"}  # the value made from English

    # Opened again, the value shows.
    again = PersonForm(caseworker, beneficiaries.get_person(caseworker, saved.id), main_window)
    qtbot.addWidget(again)
    assert again.details_tab is not None
    shown = again.details_tab.editors["housing"]
    assert isinstance(shown, QComboBox)
    assert shown.currentText() == RENTED_MY
    assert not again.is_dirty()


def test_a_required_field_left_empty_is_shown_on_its_tab(
    qtbot, main_window: MainWindow, store: Store
) -> None:
    custom_fields.add_field(
        store, FieldInput(Entity.PERSON, "children", Kind.NUMBER, {"en": "Children"})
    )
    form = PersonForm(store, None, main_window)
    qtbot.addWidget(form)
    form.show()
    fill_person(qtbot, form)
    assert form.details_tab is not None
    editor = form.details_tab.editors["children"]
    form.tabs.setCurrentIndex(3)
    qtbot.keyClicks(editor, "two")
    message = form.details_tab.rows["custom.children"].message
    assert message.isVisible()
    assert "number" in message.text()
    assert not form.ok_button.isEnabled()
    assert not form.tabs.tabIcon(3).isNull()  # the tab is marked
    editor.clear()
    qtbot.keyClicks(editor, "2")
    assert form.ok_button.isEnabled()
    qtbot.mouseClick(form.ok_button, LEFT)
    qtbot.waitUntil(lambda: not form.isVisible())
    assert form.saved_person is not None
    assert form.saved_person.custom == {"children": 2}


def test_a_session_field_is_asked_in_the_log_dialog(
    qtbot, main_window: MainWindow, store: Store
) -> None:
    custom_fields.add_field(
        store,
        FieldInput(
            Entity.SESSION,
            "venue_type",
            Kind.CHOICE,
            {"en": "Venue"},
            (Choice("centre", {"en": "Our centre"}), Choice("temple", {"en": "Temple"})),
            required=True,
        ),
    )
    hnin = beneficiaries.register_person(store, person())
    dialog = LogSessionDialog(store, main_window)
    qtbot.addWidget(dialog)
    dialog.resize(1366, 700)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.set_activity_type(ActivityType.AWARENESS)
    dialog.group_picker.add(Attendee.of(hnin))
    combo = dialog.custom.editors["venue_type"]
    assert isinstance(combo, QComboBox)
    assert not dialog.ok_button.isEnabled()  # the required venue is not chosen yet
    combo.setCurrentIndex(combo.findData("temple"))
    assert dialog.ok_button.isEnabled()
    shot(dialog, "log-session")
    qtbot.mouseClick(dialog.ok_button, LEFT)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert dialog.record is not None
    assert dialog.record.custom == {"venue_type": "temple"}
    # Recording attendance later shows the value, fixed.
    later = LogSessionDialog(store, main_window, existing=dialog.record)
    qtbot.addWidget(later)
    shown = later.custom.editors["venue_type"]
    assert isinstance(shown, QComboBox)
    assert shown.currentText() == "Temple"
    assert not shown.isEnabled()
