"""The Sessions page and the Log session dialog, driven with the keyboard as staff use them."""

from __future__ import annotations

import datetime as dt
import zipfile
from pathlib import Path

import pytest
from docx import Document
from PySide6.QtCore import Qt
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog

from db import activities, beneficiaries
from db.activities import ActivityType
from db.store import Store
from db.types import Role
from desktop.main_window import MainWindow
from desktop.sessions.log_dialog import LogSessionDialog
from desktop.sessions.page import SessionsPage
from desktop.widgets.date_field import format_date
from tests.desktop.activity_helpers import add_by_keyboard, as_role, log, person, show_page

LEFT = Qt.MouseButton.LeftButton


@pytest.fixture(autouse=True)
def _fresh_session_defaults(monkeypatch) -> None:
    # The dialog remembers the last kind of session logged in this run of the app.
    monkeypatch.setattr(LogSessionDialog, "last_type", ActivityType.MHPSS_GROUP)


def open_log_dialog(qtbot, page: SessionsPage) -> LogSessionDialog:
    qtbot.mouseClick(page.log_button, LEFT)
    dialog = page.current_dialog
    assert dialog is not None
    qtbot.waitExposed(dialog)
    return dialog


def test_log_a_group_session_with_the_keyboard_only_picker(
    qtbot, main_window: MainWindow, store: Store
) -> None:
    person(store, "Ma Hnin Ei", script="မနှင်းအိ")
    person(store, "Ko Aung Min")
    person(store, "Ma Hnin Wai")
    person(store, "Naw Paw Htoo")
    page = show_page(qtbot, main_window, "sessions")
    assert isinstance(page, SessionsPage)
    assert "No sessions logged yet" in page.empty_label.text()

    dialog = open_log_dialog(qtbot, page)
    dialog.set_activity_type(ActivityType.THAI_CLASS)
    assert dialog.programme.currentText() == "Thai language"  # follows the kind of session
    assert dialog.date.date() == dt.date.today()
    qtbot.keyClicks(dialog.topic, "Thai lesson 4: at the market")
    picker = dialog.group_picker
    assert dialog.pickers.currentWidget() is picker
    assert not dialog.ok_button.isEnabled()  # nobody came yet

    add_by_keyboard(qtbot, picker, "Aung")
    assert picker.search.text() == ""  # cleared: the next name can be typed at once
    assert picker.attendee_title.text() == "Attendees: 1"
    # "Hnin" finds two people: Down picks the second one.
    qtbot.keyClicks(picker.search, "Hnin")
    qtbot.waitUntil(lambda: picker.results.count() == 2, timeout=2000)
    qtbot.keyClick(picker.search, Qt.Key.Key_Down)
    second = picker.results.currentItem().text()
    qtbot.keyClick(picker.search, Qt.Key.Key_Return)
    added = picker.attendees()[-1]
    assert added.code in second
    add_by_keyboard(qtbot, picker, "Naw")
    assert picker.attendee_title.text() == "Attendees: 3"
    # Backspace in the attendee list removes the highlighted person.
    picker.attendee_list.setFocus()
    picker.attendee_list.setCurrentRow(2)
    qtbot.keyClick(picker.attendee_list, Qt.Key.Key_Backspace)
    assert picker.attendee_title.text() == "Attendees: 2"
    assert "Naw Paw Htoo" not in [a.name_latin for a in picker.attendees()]

    assert dialog.ok_button.isEnabled()
    qtbot.mouseClick(dialog.ok_button, LEFT)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=2000)

    assert page.stack.currentWidget() is page.table
    model = page.model
    assert model.rowCount() == 1
    texts = [model.index(0, c).data() for c in range(model.columnCount())]
    assert texts[0] == format_date(dt.date.today())
    assert texts[1] == "Thai class"
    assert texts[2] == "Thai language"
    assert texts[3] == "Thai lesson 4: at the market"
    assert texts[5] == store.user.full_name
    assert texts[6] == "2"
    assert page.count_label.text() == "1 session"


def test_enter_in_the_search_box_never_saves_the_dialog(qtbot, store: Store) -> None:
    person(store, "Ko Aung Min")
    dialog = LogSessionDialog(store)
    qtbot.addWidget(dialog)
    dialog.show()
    picker = dialog.group_picker
    picker.search.setFocus()
    qtbot.keyClick(picker.search, Qt.Key.Key_Return)  # empty search: nothing happens
    assert dialog.isVisible()
    add_by_keyboard(qtbot, picker, "Aung")
    assert dialog.isVisible()
    assert dialog.record is None
    # Someone already on the list is not offered again.
    qtbot.keyClicks(picker.search, "Aung")
    picker.run_search()
    assert picker.results.count() == 0
    assert "No one found" in picker.results_hint.text()
    dialog.done(0)  # close without the "discard?" question


def test_enter_saves_the_session_once_someone_came_and_a_refusal_shows_in_the_dialog(
    qtbot, store: Store
) -> None:
    aung = person(store, "Ko Aung Min")
    dialog = LogSessionDialog(store)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.attendance_message.isHidden()  # a fresh form: no red text
    qtbot.keyClicks(dialog.topic, "Managing stress")
    qtbot.keyClick(dialog.topic, Qt.Key.Key_Return)  # nobody came yet: not saved, said why
    assert dialog.isVisible()
    assert dialog.attendance_message.text() == "Add at least one person who came."
    add_by_keyboard(qtbot, dialog.group_picker, "Aung")
    assert dialog.attendance_message.isHidden()
    assert dialog.footer.text() == "Ready to save: 1 attendee(s)."

    # Ko Aung Min is deleted meanwhile: the store refuses, the dialog says why, keeps it all.
    beneficiaries.delete_person(store, aung.id)
    qtbot.keyClick(dialog.topic, Qt.Key.Key_Return)
    assert dialog.isVisible()
    assert "Someone on the list was deleted meanwhile" in dialog.error.text()
    assert dialog.topic.text() == "Managing stress"
    assert activities.list_sessions(store) == []
    beneficiaries.restore_person(store, aung.id)
    with qtbot.waitSignal(dialog.accepted, timeout=2000):
        qtbot.keyClick(dialog.topic, Qt.Key.Key_Return)
    assert dialog.record is not None
    assert dialog.record.attendees == 1


def test_individual_session_takes_one_person(qtbot, store: Store) -> None:
    person(store, "Ma Hnin Ei")
    person(store, "Ko Aung Min")
    dialog = LogSessionDialog(store)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.set_activity_type(ActivityType.COUNSELLING)
    assert dialog.programme.currentText() == "Psychosocial support (MHPSS)"
    picker = dialog.person_picker
    assert dialog.pickers.currentWidget() is picker
    add_by_keyboard(qtbot, picker, "Hnin")
    add_by_keyboard(qtbot, picker, "Aung")  # replaces: an individual session is one person
    assert [a.name_latin for a in picker.attendees()] == ["Ko Aung Min"]
    assert dialog.mhpss_notes is not None  # the admin may write MHPSS notes
    dialog.mhpss_notes.setPlainText("Sleeping better; follow up in two weeks.")
    qtbot.mouseClick(dialog.ok_button, LEFT)
    assert dialog.record is not None
    assert dialog.record.attendees == 1
    assert dialog.record.kind == "individual"
    assert dialog.record.mhpss_notes == "Sleeping better; follow up in two weeks."


def test_validation_messages_show_as_you_type(qtbot, store: Store) -> None:
    dialog = LogSessionDialog(store)
    qtbot.addWidget(dialog)
    dialog.show()
    message = dialog.fields["date"].message
    dialog.date.edit.clear()
    qtbot.keyClicks(dialog.date.edit, format_date(dt.date.today() + dt.timedelta(days=3)))
    assert message.isVisible()
    assert message.text() == "The date cannot be in the future."
    assert not dialog.ok_button.isEnabled()
    dialog.date.edit.clear()
    qtbot.keyClicks(dialog.date.edit, "31/02/2025")
    assert "day/month/year" in message.text()
    dialog.date.set_date(dt.date.today())
    assert not message.isVisible()
    assert dialog.footer.text() == "Add the people who came to save."


def test_facilitator_sees_no_mhpss_notes_field(qtbot, store: Store) -> None:
    facilitator = as_role(store, Role.FACILITATOR)
    dialog = LogSessionDialog(facilitator)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.mhpss_notes is None
    labels = [w.text() for w in dialog.findChildren(type(dialog.footer))]
    assert not any("MHPSS notes" in text for text in labels)
    caseworker = LogSessionDialog(as_role(store, Role.CASEWORKER))
    qtbot.addWidget(caseworker)
    assert caseworker.mhpss_notes is not None


def test_register_a_new_person_from_the_picker(qtbot, store: Store) -> None:
    dialog = LogSessionDialog(store)
    qtbot.addWidget(dialog)
    dialog.show()
    picker = dialog.group_picker
    qtbot.keyClicks(picker.search, "Ma Thida")
    picker.run_search()
    assert "No one found" in picker.results_hint.text()
    qtbot.mouseClick(picker.register_button, LEFT)
    form = picker.person_form
    assert form is not None
    qtbot.waitExposed(form)
    tab = form.person_tab
    assert tab.name_latin.text() == "Ma Thida"  # what was searched for
    female = next(b for b in tab.sex_buttons.buttons() if b.property("value") == "female")
    qtbot.mouseClick(female, LEFT)
    qtbot.keyClicks(tab.birth_date.edit, "02/02/2001")
    tab.population_group.setCurrentIndex(tab.population_group.findData("host_community"))
    qtbot.mouseClick(form.ok_button, LEFT)
    qtbot.waitUntil(lambda: picker.attendees() != [], timeout=3000)
    assert picker.attendees()[0].name_latin == "Ma Thida"
    assert picker.attendee_title.text() == "Attendees: 1"
    dialog.done(0)


def test_print_roster_writes_a_word_file_with_the_attendees(
    qtbot, main_window: MainWindow, store: Store, tmp_path: Path, monkeypatch
) -> None:
    hnin = person(store, "Ma Hnin Ei", script="မနှင်းအိ")
    somchai = person(store, "Somchai Jaidee", script="สมชาย ใจดี")
    log(store, ActivityType.SAFE_SPACE, "safe_space", dt.date.today(), [hnin.id, somchai.id])
    page = show_page(qtbot, main_window, "sessions")
    page.table.selectRow(0)
    assert page.roster_button.isEnabled()
    out = tmp_path / "roster.docx"
    opened: list[str] = []
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), ""))
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url.toLocalFile()))
    qtbot.mouseClick(page.roster_button, LEFT)
    assert opened == [str(out)]

    document = Document(str(out))
    text = "\n".join(p.text for p in document.paragraphs)
    assert "Attendance roster" in text
    assert "Women's safe-space meeting" in text
    table = document.tables[0]
    rows = [[c.text for c in row.cells] for row in table.rows]
    assert rows[0] == ["No.", "Code", "Name", "Name in Myanmar/Thai script", "Signature"]
    assert rows[1][1:4] == [hnin.code, "Ma Hnin Ei", "မနှင်းအိ"]
    assert rows[2][1:4] == [somchai.code, "Somchai Jaidee", "สมชาย ใจดี"]
    assert all(row[1] == "" for row in rows[3:])  # empty rows for walk-ins to sign
    assert len(rows) > 3
    xml = zipfile.ZipFile(out).read("word/document.xml").decode()
    assert 'w:cs="Myanmar Text"' in xml
    assert 'w:cs="Leelawadee UI"' in xml
    assert 'w:bidi="my-MM"' in xml
    assert 'w:bidi="th-TH"' in xml
    assert "<w:szCs " in xml


def test_roster_only_for_group_sessions_and_filters(
    qtbot, main_window: MainWindow, store: Store
) -> None:
    hnin = person(store, "Ma Hnin Ei")
    log(store, ActivityType.COUNSELLING, "mhpss", dt.date(2025, 3, 3), [hnin.id])
    log(store, ActivityType.THAI_CLASS, "thai_language", dt.date.today(), [hnin.id])
    page = show_page(qtbot, main_window, "sessions")
    assert page.model.rowCount() == 2
    assert page.model.index(0, 1).data() == "Thai class"  # newest first
    page.table.selectRow(1)
    assert not page.roster_button.isEnabled()
    page.period_filter.setCurrentIndex(page.period_filter.findData("this_month"))
    assert page.model.rowCount() == 1
    page.programme_filter.setCurrentIndex(page.programme_filter.findText("Youth engagement"))
    assert page.model.rowCount() == 0
    assert page.empty_label.text() == "No sessions match these filters."


@pytest.mark.parametrize("confirm", [True, False])
def test_delete_a_session_after_asking(
    qtbot, main_window: MainWindow, store: Store, answer_next, confirm: bool
) -> None:
    hnin = person(store, "Ma Hnin Ei")
    log(store, ActivityType.YOUTH, "youth", dt.date.today(), [hnin.id])
    page = show_page(qtbot, main_window, "sessions")
    page.table.selectRow(0)
    seen: list[str] = []
    answer_next("Delete" if confirm else "Cancel", seen)
    qtbot.mouseClick(page.delete_button, LEFT)
    assert "Youth activity" in seen[0]
    assert page.model.rowCount() == (0 if confirm else 1)
    assert len(activities.list_sessions(store)) == (0 if confirm else 1)


def test_group_session_can_belong_to_a_project(qtbot, store: Store) -> None:
    from db import projects

    project = projects.create_project(
        store, projects.ProjectInput("Women's voices in Mae Pa", community="Mae Pa group")
    )
    person(store, "Ma Thandar")
    dialog = LogSessionDialog(store)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.set_activity_type(ActivityType.PROJECT_SESSION)
    assert dialog.project.itemText(0) == "No project"
    dialog.project.setCurrentIndex(dialog.project.findData(project.id))
    add_by_keyboard(qtbot, dialog.group_picker, "Thandar")
    qtbot.mouseClick(dialog.ok_button, LEFT)
    assert dialog.record is not None
    assert dialog.record.project_id == project.id
    (linked,) = projects.project_sessions(store, project.id)
    assert linked.attendees == 1


def test_without_projects_there_is_no_project_choice(qtbot, store: Store) -> None:
    dialog = LogSessionDialog(store)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert not dialog.project.isVisible()
    assert dialog.session_input() is None or dialog.session_input().project_id is None


def test_empty_sessions_page_offers_to_log_the_first(qtbot, main_window: MainWindow) -> None:
    page = show_page(qtbot, main_window, "sessions")
    assert isinstance(page, SessionsPage)
    empty = page.empty_state
    assert page.stack.currentWidget() is empty
    assert empty.button.isVisible()
    assert empty.button.text() == "Log the first session"
    qtbot.mouseClick(empty.button, LEFT)
    dialog = page.current_dialog
    assert isinstance(dialog, LogSessionDialog)
    dialog.reject()
