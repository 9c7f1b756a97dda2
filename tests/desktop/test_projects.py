"""The Projects page: projects, their participants and sessions, and who may see it."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt

from db import projects
from db.activities import ActivityType, SessionInput
from db.store import Store
from db.types import Role
from desktop.main_window import MainWindow
from desktop.projects.page import ProjectsPage
from desktop.projects.project_dialog import ProjectDialog
from desktop.widgets.date_field import format_date
from tests.desktop.activity_helpers import add_by_keyboard, as_role, person, programme_id, show_page
from tests.desktop.conftest import click_in_next_modal
from tests.desktop.test_plans import a_project

LEFT = Qt.MouseButton.LeftButton


def open_projects(qtbot, window: MainWindow) -> ProjectsPage:
    page = show_page(qtbot, window, "projects")
    assert isinstance(page, ProjectsPage)
    return page


def open_dialog(qtbot, page: ProjectsPage, button) -> ProjectDialog:
    qtbot.mouseClick(button, LEFT)
    dialog = page.current_dialog
    assert dialog is not None
    qtbot.waitExposed(dialog)
    return dialog


def test_new_project_validates_as_you_type_then_is_listed(
    qtbot, main_window: MainWindow, store: Store
) -> None:
    page = open_projects(qtbot, main_window)
    assert page.list_stack.currentWidget() is page.empty_label
    assert page.empty_label.button.text() == "Start the first project"
    dialog = open_dialog(qtbot, page, page.new_button)
    assert not dialog.ok_button.isEnabled()
    title_message = dialog.fields["title"].message
    assert not title_message.isVisible()  # nothing typed yet: no red text
    qtbot.keyClicks(dialog.title, "X")
    qtbot.keyClick(dialog.title, Qt.Key.Key_Backspace)
    assert title_message.isVisible()
    assert title_message.text() == "Enter a title."
    qtbot.keyClicks(dialog.title, "Women's voices in public services")
    assert not title_message.isVisible()
    qtbot.keyClicks(dialog.community, "Women's group, Mae Pa")
    qtbot.keyClicks(dialog.start_date.edit, "01/03/2026")
    qtbot.keyClicks(dialog.end_date.edit, "01/02/2026")
    end_message = dialog.fields["end_date"].message
    assert end_message.text() == "The end date cannot be before the start date."
    assert not dialog.ok_button.isEnabled()
    dialog.end_date.edit.clear()
    qtbot.keyClicks(dialog.end_date.edit, "31/08/2026")
    assert not end_message.isVisible()
    dialog.status.setCurrentIndex(dialog.status.findData("active"))
    qtbot.mouseClick(dialog.ok_button, LEFT)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=2000)

    assert page.list_stack.currentWidget() is page.table
    texts = [page.model.index(0, c).data() for c in range(page.model.columnCount())]
    assert texts[:4] == [
        "Women's voices in public services",
        "Women's group, Mae Pa",
        "Active",
        "01/03/2026 – 31/08/2026",
    ]
    assert texts[4:] == ["0", "0", "0"]
    assert page.project_title.text() == "Women's voices in public services"
    assert page.count_label.text() == "1 project"


def test_edit_project(qtbot, main_window: MainWindow, store: Store) -> None:
    a_project(store)
    page = open_projects(qtbot, main_window)
    dialog = open_dialog(qtbot, page, page.edit_button)
    assert dialog.title.text() == "Women's voices in public services"
    dialog.status.setCurrentIndex(dialog.status.findData("completed"))
    qtbot.mouseClick(dialog.ok_button, LEFT)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=2000)
    assert page.model.index(0, 2).data() == "Completed"


def test_project_dialog_enter_is_ok_once_valid(qtbot, main_window: MainWindow) -> None:
    page = open_projects(qtbot, main_window)
    dialog = open_dialog(qtbot, page, page.new_button)
    title_message = dialog.fields["title"].message
    qtbot.keyClick(dialog.title, Qt.Key.Key_Return)  # nothing typed: not saved, but said why
    assert dialog.isVisible()
    assert title_message.text() == "Enter a title."
    assert dialog.footer.text() == "Correct the fields marked in red to save."
    qtbot.keyClicks(dialog.title, "Youth radio")
    assert dialog.ok_button.isEnabled()
    assert dialog.footer.text() == ""
    qtbot.keyClicks(dialog.community, "Youth group, Mae Sot")  # Enter from any line: OK
    with qtbot.waitSignal(dialog.accepted, timeout=2000):
        qtbot.keyClick(dialog.community, Qt.Key.Key_Return)
    assert [p.title for p in projects.list_projects(main_window.store)] == ["Youth radio"]


def test_a_refused_project_save_shows_in_the_dialog_and_keeps_the_input(
    qtbot, main_window: MainWindow, store: Store
) -> None:
    project_id = a_project(store)
    page = open_projects(qtbot, main_window)
    dialog = open_dialog(qtbot, page, page.edit_button)
    projects.delete_project(store, project_id)  # someone else, meanwhile
    dialog.goals.setPlainText("More young women speak on the radio")
    qtbot.mouseClick(dialog.ok_button, LEFT)
    assert dialog.isVisible()
    assert dialog.error.isVisible()
    assert "no longer exists" in dialog.error.text()
    assert dialog.goals.toPlainText() == "More young women speak on the radio"
    dialog.done(0)


def test_participants_are_added_with_the_picker_and_removed(
    qtbot, main_window: MainWindow, store: Store
) -> None:
    project_id = a_project(store)
    hnin = person(store, "Ma Hnin Ei", script="မနှင်းအိ")
    person(store, "Naw Paw Htoo")
    page = open_projects(qtbot, main_window)
    page.tabs.setCurrentWidget(page.participants_tab)
    picker = page.participants_tab.picker
    add_by_keyboard(qtbot, picker, "Hnin")
    add_by_keyboard(qtbot, picker, "Naw")
    assert picker.attendee_title.text() == "Participants: 2"
    assert {p.name_latin for p in projects.list_participants(store, project_id)} == {
        "Ma Hnin Ei",
        "Naw Paw Htoo",
    }
    assert page.tabs.tabText(1) == "Participants (2)"
    assert page.model.index(0, 4).data() == "2"

    picker.attendee_list.setFocus()
    picker.attendee_list.setCurrentRow(1)
    qtbot.keyClick(picker.attendee_list, Qt.Key.Key_Delete)
    assert [p.id for p in projects.list_participants(store, project_id)] == [hnin.id]
    assert page.tabs.tabText(1) == "Participants (1)"


def test_linked_sessions_show_attendance(qtbot, main_window: MainWindow, store: Store) -> None:
    from db import activities

    project_id = a_project(store)
    hnin = person(store, "Ma Hnin Ei")
    naw = person(store, "Naw Paw Htoo")
    visitor = person(store, "Ma Thida")
    projects.add_participants(store, project_id, [hnin.id, naw.id])
    day = dt.date.today() - dt.timedelta(days=7)
    activities.log_session(
        store,
        SessionInput(
            ActivityType.PROJECT_SESSION,
            programme_id(store, "participatory"),
            day,
            120,
            "Mae Pa",
            "Stress and coping",
            project_id=project_id,
            attendee_ids=[hnin.id, visitor.id],
        ),
    )
    page = open_projects(qtbot, main_window)
    table = page.sessions_tab.table
    assert table.rowCount() == 1
    texts = [table.item(0, c).text() for c in range(table.columnCount())]
    assert texts == [format_date(day), "Stress and coping", "Mae Pa", "120", "2", "1", "1"]
    assert page.tabs.tabText(2) == "Sessions and attendance (1)"


def test_delete_project_asks_first(qtbot, main_window: MainWindow, store: Store) -> None:
    a_project(store)
    page = open_projects(qtbot, main_window)
    seen: list[str] = []
    click_in_next_modal("Cancel", seen)
    qtbot.mouseClick(page.delete_button, LEFT)
    assert "Women's voices" in seen[0]
    assert page.model.rowCount() == 1
    click_in_next_modal("Delete")
    qtbot.mouseClick(page.delete_button, LEFT)
    assert page.model.rowCount() == 0
    assert page.list_stack.currentWidget() is page.empty_label


def test_coordinator_does_not_see_projects(qtbot, store: Store) -> None:
    window = MainWindow(as_role(store, Role.COORDINATOR))
    qtbot.addWidget(window)
    assert "projects" not in window.pages
    facilitator = MainWindow(as_role(store, Role.FACILITATOR))
    qtbot.addWidget(facilitator)
    assert "projects" in facilitator.pages


def test_empty_projects_page_starts_the_first_project(qtbot, main_window: MainWindow) -> None:
    page = open_projects(qtbot, main_window)
    assert page.empty_state.button.isVisible()
    dialog = open_dialog(qtbot, page, page.empty_state.button)
    assert isinstance(dialog, ProjectDialog)
    dialog.reject()
