"""The Beneficiaries page, driven the way a caseworker uses it."""

from __future__ import annotations

import dataclasses
import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QLineEdit

from db import beneficiaries
from db.store import Store
from db.types import PersonInput, PopulationGroup, Role, Sex, UserInfo
from desktop.beneficiaries.limited_view import LimitedPersonDialog
from desktop.beneficiaries.page import BeneficiariesPage
from desktop.beneficiaries.person_form import PersonForm
from desktop.main_window import MainWindow
from tests.desktop.conftest import activate, click_in_next_modal, type_text

LEFT = Qt.MouseButton.LeftButton


def page_of(window: MainWindow) -> BeneficiariesPage:
    page = window.pages["beneficiaries"]
    assert isinstance(page, BeneficiariesPage)
    return page


def open_register_form(qtbot, page: BeneficiariesPage) -> PersonForm:
    qtbot.mouseClick(page.register_button, LEFT)
    form = page.current_form
    assert form is not None
    qtbot.waitExposed(form)
    return form


def fill_person(
    qtbot,
    form: PersonForm,
    *,
    name: str = "Ma Hnin Ei",
    script: str = "မနှင်းအိ",
    birth: str = "12/03/1991",
    phone: str = "081 234 5678",
) -> None:
    tab = form.person_tab
    qtbot.keyClicks(tab.name_latin, name)
    type_text(qtbot, tab.name_script, script)
    female = next(b for b in tab.sex_buttons.buttons() if b.property("value") == "female")
    qtbot.mouseClick(female, LEFT)
    qtbot.keyClicks(tab.birth_date.edit, birth)
    tab.population_group.setCurrentIndex(
        tab.population_group.findData(PopulationGroup.NEW_ARRIVAL.value)
    )
    qtbot.keyClicks(tab.phone, phone)


def register_through_ui(qtbot, page: BeneficiariesPage, **fields: str) -> str:
    form = open_register_form(qtbot, page)
    fill_person(qtbot, form, **fields)
    assert form.ok_button.isEnabled()
    qtbot.mouseClick(form.ok_button, LEFT)
    qtbot.waitUntil(lambda: not form.isVisible())
    selected = page.selected_row()
    assert selected is not None
    return selected.code


def search_for(qtbot, page: BeneficiariesPage, text: str) -> None:
    page.search.clear()
    type_text(qtbot, page.search, text)
    qtbot.waitUntil(lambda: page.model.query.text == text)


def visible_codes(page: BeneficiariesPage) -> list[str]:
    model = page.model
    return [model.index(r, 0).data() for r in range(model.rowCount())]


def test_empty_registry_says_so(main_window: MainWindow) -> None:
    page = page_of(main_window)
    assert page.count_label.text() == "0 people"
    assert page.stack.currentWidget() is page.empty_label
    assert "No one is registered yet" in page.empty_label.text()


def test_register_find_edit_delete_and_undo(qtbot, main_window: MainWindow) -> None:
    page = page_of(main_window)
    code = register_through_ui(qtbot, page)
    assert code == "BEAM-000001"
    assert main_window.statusBar().currentMessage() == "Registered BEAM-000001"
    assert page.count_label.text() == "1 person"
    row = page.model.index(0, 1).data()
    assert row == "Ma Hnin Ei"
    assert page.model.index(0, 2).data() == "မနှင်းအိ"

    # Found by Latin name, Myanmar script and phone digits; not found by something else.
    for text in ("hnin", "နှင်း", "0812345678", "234-5678"):
        search_for(qtbot, page, text)
        assert visible_codes(page) == [code], text
    search_for(qtbot, page, "Somsri")
    assert visible_codes(page) == []
    assert page.stack.currentWidget() is page.empty_label
    assert "No one matches" in page.empty_label.text()
    search_for(qtbot, page, "")

    # Edit: open with Enter on the selected row, change the area, save.
    page.select_row(0)
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    form = page.current_form
    assert form is not None
    qtbot.waitExposed(form)
    assert form.person_tab.name_script.text() == "မနှင်းအိ"
    form.person_tab.area.lineEdit().selectAll()
    qtbot.keyClicks(form.person_tab.area.lineEdit(), "Mae Pa")
    qtbot.mouseClick(form.ok_button, LEFT)
    qtbot.waitUntil(lambda: not form.isVisible())
    assert page.model.index(0, 6).data() == "Mae Pa"
    assert main_window.statusBar().currentMessage() == "Saved BEAM-000001"

    # Delete with the Del key; the question names the code; answer "Delete".
    asked: list[str] = []
    activate(qtbot, main_window)
    page.select_row(0)
    page.table.setFocus()
    click_in_next_modal("Delete", asked)
    qtbot.keyClick(page.table, Qt.Key.Key_Delete)
    assert "BEAM-000001" in asked[0]
    assert visible_codes(page) == []
    assert page.notice.isVisible()
    assert page.notice.label.text() == "Deleted BEAM-000001."

    # Undo brings the person back.
    qtbot.mouseClick(page.notice.action_button, LEFT)
    assert visible_codes(page) == ["BEAM-000001"]
    assert page.selected_row() is not None
    assert not page.notice.isVisible()


def test_cancelled_delete_keeps_the_person(qtbot, main_window: MainWindow) -> None:
    page = page_of(main_window)
    register_through_ui(qtbot, page)
    click_in_next_modal("Cancel")
    qtbot.mouseClick(page.delete_button, LEFT)
    assert visible_codes(page) == ["BEAM-000001"]


def test_validation_messages_as_you_type(qtbot, main_window: MainWindow) -> None:
    page = page_of(main_window)
    form = open_register_form(qtbot, page)
    assert not form.ok_button.isEnabled()
    fill_person(qtbot, form)
    assert form.ok_button.isEnabled()

    future = dt.date.today() + dt.timedelta(days=40)
    form.person_tab.birth_date.edit.clear()
    qtbot.keyClicks(form.person_tab.birth_date.edit, future.strftime("%d/%m/%Y"))
    message = form.person_tab.fields["birth"].message
    assert message.isVisible()
    assert message.text() == "The date of birth cannot be in the future."
    assert not form.ok_button.isEnabled()

    form.person_tab.birth_date.edit.clear()
    qtbot.keyClicks(form.person_tab.birth_date.edit, "12/03/1991")
    assert not message.isVisible()

    form.person_tab.phone.clear()
    qtbot.keyClicks(form.person_tab.phone, "12ab")
    phone_message = form.person_tab.fields["phone"].message
    assert phone_message.isVisible()
    assert "phone number" in phone_message.text()
    assert not form.ok_button.isEnabled()

    # Enter does not save an invalid form.
    qtbot.keyClick(form.person_tab.name_latin, Qt.Key.Key_Return)
    assert form.isVisible()
    assert page.model.total == 0

    # Consent to services is required.
    form.person_tab.phone.clear()
    qtbot.keyClicks(form.person_tab.phone, "09 4512 3456")
    assert form.ok_button.isEnabled()
    form.tabs.setCurrentIndex(2)
    services = form.consent_tab.services
    qtbot.mouseClick(services, LEFT, pos=QPoint(8, services.height() // 2))
    assert not form.consent_tab.services.isChecked()
    assert form.consent_tab.fields["consent_services"].message.isVisible()
    assert not form.ok_button.isEnabled()
    qtbot.mouseClick(services, LEFT, pos=QPoint(8, services.height() // 2))

    # Enter saves a valid form.
    qtbot.keyClick(form.person_tab.name_latin, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not form.isVisible())
    assert page.model.total == 1


def test_estimated_age_shows_with_a_tilde(qtbot, main_window: MainWindow) -> None:
    page = page_of(main_window)
    form = open_register_form(qtbot, page)
    fill_person(qtbot, form, birth="")
    estimated = form.person_tab.estimated
    qtbot.mouseClick(estimated, LEFT, pos=QPoint(8, estimated.height() // 2))
    form.person_tab.age.setFocus()
    qtbot.keyClicks(form.person_tab.age, "34")
    assert form.person_tab.birth_year.value() == dt.date.today().year - 34
    qtbot.mouseClick(form.ok_button, LEFT)
    qtbot.waitUntil(lambda: not form.isVisible())
    age = page.model.index(0, 4).data()
    assert age in ("~33", "~34")


def test_escape_asks_before_discarding(qtbot, main_window: MainWindow) -> None:
    page = page_of(main_window)
    form = open_register_form(qtbot, page)
    qtbot.keyClicks(form.person_tab.name_latin, "Half typed")
    click_in_next_modal("Keep editing")
    qtbot.keyClick(form.person_tab.name_latin, Qt.Key.Key_Escape)
    assert form.isVisible()
    click_in_next_modal("Discard")
    qtbot.keyClick(form.person_tab.name_latin, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not form.isVisible())
    assert page.model.total == 0


def test_duplicate_warning(qtbot, main_window: MainWindow) -> None:
    page = page_of(main_window)
    register_through_ui(qtbot, page, name="Maung Kyaw Zaw", script="မောင်ကျော်ဇော")
    form = open_register_form(qtbot, page)
    fill_person(qtbot, form, name="Maung Kyaw Zaw", script="", birth="01/01/1991", phone="")
    qtbot.mouseClick(form.ok_button, LEFT)
    dialog = form._duplicate_dialog
    assert dialog is not None
    qtbot.waitExposed(dialog)
    assert dialog.table.item(0, 0).text() == "BEAM-000001"
    assert dialog.table.item(0, 4).text() == "1991"
    assert "Same name" in dialog.table.item(0, 5).text()
    # "Go back" keeps the form open and saves nothing.
    qtbot.mouseClick(dialog.go_back, LEFT)
    assert form.isVisible()
    assert page.model.total == 1
    # "Save anyway" registers the second person.
    qtbot.mouseClick(form.ok_button, LEFT)
    dialog = form._duplicate_dialog
    qtbot.waitExposed(dialog)
    qtbot.mouseClick(dialog.save_anyway, LEFT)
    qtbot.waitUntil(lambda: not form.isVisible())
    assert page.model.total == 2
    assert main_window.statusBar().currentMessage() == "Registered BEAM-000002"


def test_a_refused_save_shows_in_the_form_and_keeps_what_was_typed(
    qtbot, main_window: MainWindow
) -> None:
    store = main_window.store
    aye = beneficiaries.register_person(store, _person("Aye Aye", 1990))
    page = page_of(main_window)
    page.refresh()
    page.select_row(0)
    page.open_selected()
    form = page.current_form
    assert form is not None
    qtbot.waitExposed(form)
    beneficiaries.delete_person(store, aye.id)  # by someone else, meanwhile
    phone = form.person_tab.phone
    phone.setFocus()
    qtbot.keyClicks(phone, "081 234 5678")
    assert form.error.isHidden()
    qtbot.keyClick(phone, Qt.Key.Key_Return)
    # Not a message box: the form says it, under the tabs, and keeps what was typed.
    assert form.isVisible()
    assert form.error.isVisible()
    assert "no longer exists" in form.error.text()
    assert phone.text() == "081 234 5678"
    qtbot.keyClicks(phone, "9")  # typing on clears the old news
    assert form.error.isHidden()
    form.done(0)


def test_sort_by_header_is_a_new_query(qtbot, main_window: MainWindow) -> None:
    store = main_window.store
    for name, year in (("Aye Aye", 1990), ("Zaw Min", 2001), ("Moe Moe", 1975)):
        beneficiaries.register_person(store, _person(name, year))
    page = page_of(main_window)
    page.refresh()
    header = page.table.horizontalHeader()
    qtbot.mouseClick(header.viewport(), LEFT, pos=_section_centre(header, 1))
    names = [page.model.index(r, 1).data() for r in range(3)]
    assert names == ["Aye Aye", "Moe Moe", "Zaw Min"]
    assert page.model.query.sort.value == "name_latin"
    qtbot.mouseClick(header.viewport(), LEFT, pos=_section_centre(header, 1))
    names = [page.model.index(r, 1).data() for r in range(3)]
    assert names == ["Zaw Min", "Moe Moe", "Aye Aye"]


def test_large_registry_is_fetched_in_pages(qtbot, main_window: MainWindow) -> None:
    store = main_window.store
    for i in range(230):
        beneficiaries.register_person(store, _person(f"Person {i:03d}", 1980 + i % 30))
    page = page_of(main_window)
    page.refresh()
    assert page.model.total == 230
    assert page.model.rowCount() == 200
    assert page.count_label.text() == "230 people"
    page.table.scrollToBottom()
    qtbot.waitUntil(lambda: page.model.rowCount() == 230)


def test_filters(qtbot, main_window: MainWindow) -> None:
    store = main_window.store
    beneficiaries.register_person(store, _person("Old Man", 1950, Sex.MALE))
    beneficiaries.register_person(store, _person("Young Girl", dt.date.today().year - 8))
    page = page_of(main_window)
    page.refresh()
    bar = page.filters
    bar.sex.setCurrentIndex(bar.sex.findData("male"))
    assert [page.model.index(r, 1).data() for r in range(page.model.rowCount())] == ["Old Man"]
    assert bar.clear_button.isVisible()
    bar.sex.setCurrentIndex(0)
    bar.age_band.setCurrentIndex(bar.age_band.findData("5-11"))
    assert [page.model.index(r, 1).data() for r in range(page.model.rowCount())] == ["Young Girl"]
    qtbot.mouseClick(bar.clear_button, LEFT)
    assert page.model.rowCount() == 2


def test_facilitator_cannot_delete_or_edit(qtbot, store: Store) -> None:
    beneficiaries.register_person(store, _person("Naw Paw", 1988))
    facilitator = as_role(store, Role.FACILITATOR, "Naw Paw Htoo")
    window = MainWindow(facilitator)
    qtbot.addWidget(window)
    window.show()
    window.show_page("beneficiaries")  # their first page is the worklist ("My day")
    page = page_of(window)
    page.select_row(0)
    assert not page.delete_action.isEnabled()
    assert not page.delete_button.isVisible()
    assert page.register_button.isVisible()  # facilitators register participants
    assert "Facilitator" in window.user_label.text()
    page.open_selected()
    # need to know: a facilitator gets the part of the record that is theirs to see, with
    # nothing to edit (never the record form)
    assert page.current_form is None
    view = page.limited_view
    assert isinstance(view, LimitedPersonDialog)
    assert view.break_button is None
    assert not [b for b in view.findChildren(QLineEdit) if not b.isReadOnly()]


def test_coordinator_sees_no_person_pages(qtbot, store: Store) -> None:
    coordinator = as_role(store, Role.COORDINATOR, "U Tin Maung")
    window = MainWindow(coordinator)
    qtbot.addWidget(window)
    # Their own account settings (password, remember me) and counts: no page about people.
    assert not {"beneficiaries", "users", "audit"} & set(window.pages)
    assert "settings" in window.pages


def test_registered_name_is_not_in_the_database_file(
    qtbot, main_window: MainWindow, db_path: Path
) -> None:
    page = page_of(main_window)
    register_through_ui(qtbot, page, name="CANARYNAME Zaw", phone="0899999999")
    QApplication.processEvents()
    raw = b""
    for path in (db_path, db_path.with_name(db_path.name + "-wal")):
        if path.exists():
            raw += path.read_bytes()
    assert raw
    assert b"CANARYNAME" not in raw
    assert "မနှင်းအိ".encode() not in raw
    assert b"0899999999" not in raw


def as_role(store: Store, role: Role, full_name: str) -> Store:
    """The same open database, signed in as a user with another role."""
    user = UserInfo(store.user.id, "other", full_name, role, "en")
    return dataclasses.replace(store, user=user)


def _person(name: str, year: int, sex: Sex = Sex.FEMALE) -> PersonInput:
    return PersonInput(
        name_latin=name,
        sex=sex,
        population_group=PopulationGroup.HOST_COMMUNITY,
        consent_date=dt.date.today(),
        birth_date=dt.date(year, 5, 17),
    )


def _section_centre(header, section: int):
    x = header.sectionViewportPosition(section) + header.sectionSize(section) // 2
    return QPoint(x, header.height() // 2)


@pytest.fixture(autouse=True)
def _no_real_message_boxes(monkeypatch: pytest.MonkeyPatch) -> None:
    """An unexpected error box would block the test run: fail instead."""
    from desktop.widgets import dialogs

    def fail(_parent, title, error):
        raise AssertionError(f"unexpected error dialog {title!r}: {error}")

    monkeypatch.setattr(dialogs, "show_error", fail)


def test_keyboard_ctrl_n_registers_and_down_goes_to_table(qtbot, main_window: MainWindow) -> None:
    beneficiaries.register_person(main_window.store, _person("Aye Aye", 1990))
    page = page_of(main_window)
    page.refresh()
    page.search.setFocus()
    qtbot.keyClick(page.search, Qt.Key.Key_Down)
    assert page.table.hasFocus()
    assert page.selected_row() is not None
    qtbot.keyClick(page.table, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    form = page.current_form
    assert form is not None
    assert form.windowTitle() == "Register a person"
    assert not form.ok_button.isEnabled()
    form.reject()  # nothing typed: closes without asking


def test_about_shows_the_version(qtbot, main_window: MainWindow) -> None:
    seen: list[str] = []
    click_in_next_modal("OK", seen)
    main_window.about_action.trigger()
    assert "Saphan" in seen[0]
