"""Session plans: from a template to a printed Word document, driven as a facilitator would."""

from __future__ import annotations

from pathlib import Path

import pytest
from docx import Document
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QInputDialog

from db import plans, projects
from db.plans import PlanLanguage
from db.projects import ProjectInput, ProjectStatus
from db.store import Store
from desktop.main_window import MainWindow
from desktop.plans.editor import PlanEditor
from desktop.plans.steps_model import TITLE
from desktop.plans.templates_dialog import TemplateLibraryDialog
from desktop.projects.page import ProjectsPage
from tests.desktop.activity_helpers import show_page
from tests.desktop.conftest import activate, click_in_next_modal

LEFT = Qt.MouseButton.LeftButton
CTRL = Qt.KeyboardModifier.ControlModifier


def a_project(store: Store, title: str = "Women's voices in public services") -> int:
    return projects.create_project(
        store,
        ProjectInput(
            title=title,
            community="Women's group, Mae Pa",
            facilitators="Daw Khin Myo, Naw Paw Htoo",
            status=ProjectStatus.ACTIVE,
        ),
    ).id


def open_projects(qtbot, window: MainWindow) -> ProjectsPage:
    page = show_page(qtbot, window, "projects")
    assert isinstance(page, ProjectsPage)
    return page


def open_library(qtbot, page: ProjectsPage) -> TemplateLibraryDialog:
    qtbot.mouseClick(page.plans_tab.template_button, LEFT)
    library = page.plans_tab.current_library
    assert library is not None
    qtbot.waitExposed(library)
    return library


def use_template(
    qtbot, page: ProjectsPage, search: str, language: PlanLanguage | None = None
) -> PlanEditor:
    library = open_library(qtbot, page)
    if language is not None:
        library.language_filter.setCurrentIndex(library.language_filter.findData(language.value))
    qtbot.keyClicks(library.search, search)
    assert library.current_template_id() is not None  # the first match is highlighted
    qtbot.mouseClick(library.use_button, LEFT)
    qtbot.waitUntil(lambda: page.plans_tab.current_editor is not None, timeout=2000)
    editor = page.plans_tab.current_editor
    assert editor is not None
    qtbot.waitExposed(editor)
    return editor


def click_step(qtbot, editor: PlanEditor, row: int) -> None:
    rect = editor.table.visualRect(editor.steps.index(row, TITLE))
    qtbot.mouseClick(editor.table.viewport(), LEFT, pos=rect.center())
    assert editor.current_row() == row


def retype(qtbot, widget, text: str) -> None:
    widget.setFocus()
    qtbot.keyClick(widget, Qt.Key.Key_A, CTRL)
    qtbot.keyClicks(widget, text)


def step_titles(editor: PlanEditor) -> list[str]:
    return [editor.steps.index(r, TITLE).data() for r in range(editor.steps.rowCount())]


def docx_text(path: Path) -> str:
    doc = Document(str(path))
    parts = [p.text for p in doc.paragraphs]
    for table in doc.tables:
        for row in table.rows:
            parts.extend(cell.text for cell in row.cells)
    return "\n".join(parts)


def test_plan_from_template_edit_reorder_save_and_export_to_word(
    qtbot, main_window: MainWindow, store: Store, tmp_path: Path, monkeypatch
) -> None:
    project_id = a_project(store)
    page = open_projects(qtbot, main_window)
    assert page.selected() is not None
    assert page.selected().id == project_id

    editor = use_template(qtbot, page, "Stress", PlanLanguage.ENGLISH)
    assert editor.heading.text() == "Session plan: Stress and coping"
    assert editor.session_number.value() == 1  # the project's first plan
    assert editor.total_label.text() == "Total time: 120 minutes of the 120 planned."
    assert not editor.over_warning.isVisible()
    assert "Stress and coping" in page.plans_tab.plan_titles()

    # Step 3 "What stress does to us" (20 min): a new title and 35 minutes, typed.
    click_step(qtbot, editor, 2)
    assert editor.step_detail.title.text() == "What stress does to us"
    retype(qtbot, editor.step_detail.title, "Body map: where I feel stress")
    retype(qtbot, editor.step_detail.minutes, "35")
    assert editor.steps.index(2, TITLE).data() == "Body map: where I feel stress"
    assert editor.steps.index(3, 0).data() == "1:00"  # 15 + 10 + 35 minutes before step 4
    assert editor.total_label.text() == "Total time: 135 minutes."
    assert editor.over_warning.isVisible()
    assert editor.over_warning.text().startswith(
        "The steps take 135 minutes, 15 more than the 120 planned."
    )
    assert editor.windowTitle().endswith("*")  # unsaved

    # Ctrl+Down moves the edited step one place later.
    editor.table.setFocus()
    qtbot.keyClick(editor.table, Qt.Key.Key_Down, CTRL)
    titles = step_titles(editor)
    assert titles[2] == "Calming skills: slow breathing and grounding"
    assert titles[3] == "Body map: where I feel stress"
    assert editor.current_row() == 3
    assert editor.step_detail.heading.text() == "Step 4"
    assert editor.steps.index(3, 0).data() == "0:50"  # now after the 25-minute step

    # A shorter planned duration would make it worse; a longer one fixes the warning.
    retype(qtbot, editor.duration, "135")
    assert not editor.over_warning.isVisible()
    retype(qtbot, editor.duration, "120")
    assert editor.over_warning.isVisible()

    qtbot.mouseClick(editor.save_button, LEFT)
    assert not editor.is_dirty()
    stored = plans.get_plan(store, editor.plan.id)
    assert [s.title for s in stored.steps][3] == "Body map: where I feel stress"
    assert stored.steps[3].minutes == 35
    assert plans.over_time(stored) == 15

    out = tmp_path / "session 1.docx"
    asked: list[str] = []

    def save_name(_parent, _caption, suggested, _filter):
        asked.append(suggested)
        return str(out), "Word document (*.docx)"

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_name)
    qtbot.mouseClick(editor.export_button, LEFT)
    qtbot.waitUntil(lambda: editor.word.last_path == out, timeout=10000)
    assert Path(asked[0]).name == "Session 1 - Stress and coping.docx"
    assert out.exists()
    text = docx_text(out)
    assert "Body map: where I feel stress" in text
    assert "Women's voices in public services" in text  # the project, in the header

    # Escape with nothing unsaved closes the editor without a question.
    qtbot.keyClick(editor, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not editor.isVisible(), timeout=2000)
    assert page.plans_tab.table.rowCount() == 1
    assert page.tabs.tabText(0) == "Session plans (1)"


def test_escape_with_unsaved_changes_asks_to_discard(
    qtbot, main_window: MainWindow, store: Store
) -> None:
    a_project(store)
    page = open_projects(qtbot, main_window)
    editor = use_template(qtbot, page, "Safety", PlanLanguage.ENGLISH)
    qtbot.keyClicks(editor.title, " (Ward 2)")
    seen: list[str] = []
    click_in_next_modal("Keep editing", seen)
    qtbot.keyClick(editor, Qt.Key.Key_Escape)
    assert "Discard changes?" in seen[0] or "not saved" in seen[0]
    assert editor.isVisible()
    click_in_next_modal("Discard changes")
    qtbot.keyClick(editor, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not editor.isVisible(), timeout=2000)
    assert "(Ward 2)" not in page.plans_tab.plan_titles()[0]


def test_add_remove_with_undo_and_move_buttons(qtbot, store: Store) -> None:
    template = plans.list_plans(store, templates=True, language=PlanLanguage.ENGLISH)[0]
    editor = PlanEditor(store, plans.get_plan(store, template.id))
    qtbot.addWidget(editor)
    editor.show()
    count = editor.steps.rowCount()
    click_step(qtbot, editor, 0)
    qtbot.mouseClick(editor.add_step_button, LEFT)
    assert editor.steps.rowCount() == count + 1
    assert editor.current_row() == 1
    assert not editor.save_button.isEnabled()  # the new step has no title yet
    assert editor.footer.text() == "Step 2 needs a title."
    qtbot.keyClicks(editor.step_detail.title, "Song")
    assert editor.save_button.isEnabled()

    qtbot.mouseClick(editor.remove_step_button, LEFT)
    assert editor.steps.rowCount() == count
    assert editor.notice.isVisible()
    assert "Song" in editor.notice.label.text()
    qtbot.mouseClick(editor.notice.action_button, LEFT)  # Undo
    assert editor.steps.rowCount() == count + 1
    assert step_titles(editor)[1] == "Song"

    qtbot.mouseClick(editor.up_button, LEFT)
    assert step_titles(editor)[0] == "Song"
    assert not editor.up_button.isEnabled()
    qtbot.mouseClick(editor.down_button, LEFT)
    assert step_titles(editor)[1] == "Song"
    editor.done(0)


def test_steps_move_by_drag_and_drop(qtbot, store: Store) -> None:
    template = plans.list_plans(store, templates=True, language=PlanLanguage.ENGLISH)[0]
    editor = PlanEditor(store, plans.get_plan(store, template.id))
    qtbot.addWidget(editor)
    first, second, third = step_titles(editor)[:3]
    model = editor.steps
    mime = model.mimeData([model.index(0, TITLE)])
    # Dropped between the third and the fourth step.
    model.dropMimeData(mime, Qt.DropAction.MoveAction, 3, 0, QModelIndex())
    assert step_titles(editor)[:3] == [second, third, first]
    assert editor.current_row() == 2
    editor.done(0)


def test_save_as_template_appears_in_the_library(
    qtbot, main_window: MainWindow, store: Store, monkeypatch
) -> None:
    a_project(store)
    page = open_projects(qtbot, main_window)
    editor = use_template(qtbot, page, "Stress", PlanLanguage.ENGLISH)
    monkeypatch.setattr(
        QInputDialog, "getText", lambda *_a, **_k: ("Stress and coping — Mae Pa version", True)
    )
    qtbot.mouseClick(editor.template_button, LEFT)
    assert "Mae Pa version" in editor.notice.label.text()
    editor.done(0)

    library = open_library(qtbot, page)
    qtbot.keyClicks(library.search, "Mae Pa")
    assert library.select_template("Stress and coping — Mae Pa version")
    assert "Mae Pa version" in library.preview.toPlainText()
    assert "By the end of the session participants will" in library.preview.toPlainText()
    library.done(0)


def test_burmese_template_opens_with_burmese_text(
    qtbot, main_window: MainWindow, store: Store
) -> None:
    a_project(store)
    page = open_projects(qtbot, main_window)
    library = open_library(qtbot, page)
    library.language_filter.setCurrentIndex(library.language_filter.findData("my"))
    assert library.tree.topLevelItemCount() == 1
    assert library.select_template("စိတ်ဖိစီးမှု")
    assert "ကြိုဆိုခြင်း" in library.preview.toPlainText()
    qtbot.mouseClick(library.use_button, LEFT)
    qtbot.waitUntil(lambda: page.plans_tab.current_editor is not None, timeout=2000)
    editor = page.plans_tab.current_editor
    assert editor.language.currentData() == "my"
    assert editor.title.text().startswith("စိတ်ဖိစီးမှု")
    assert step_titles(editor)[0].startswith("ကြိုဆိုခြင်း")
    assert editor.step_detail.title.text().startswith("ကြိုဆိုခြင်း")
    # Tall enough rows for Burmese (about two Latin lines).
    assert editor.table.rowHeight(0) >= editor.table.fontMetrics().height() * 2
    editor.done(0)


def test_blank_plan_needs_a_title_then_is_listed(
    qtbot, main_window: MainWindow, store: Store
) -> None:
    a_project(store)
    page = open_projects(qtbot, main_window)
    qtbot.mouseClick(page.plans_tab.new_button, LEFT)
    editor = page.plans_tab.current_editor
    assert editor is not None
    assert editor.plan is None
    assert not editor.save_button.isEnabled()
    qtbot.keyClicks(editor.title, "Our rights at the hospital")
    assert editor.save_button.isEnabled()
    activate(qtbot, editor)
    qtbot.keyClick(editor.title, Qt.Key.Key_S, CTRL)
    assert editor.plan is not None
    assert page.plans_tab.plan_titles() == ["Our rights at the hospital"]
    editor.done(0)


def test_duplicate_delete_and_export_the_project(
    qtbot, main_window: MainWindow, store: Store, tmp_path: Path, monkeypatch
) -> None:
    project_id = a_project(store)
    template = plans.list_plans(store, templates=True, language=PlanLanguage.ENGLISH)[0]
    plans.new_plan_from_template(store, template.id, project_id, 1, None)
    page = open_projects(qtbot, main_window)
    tab = page.plans_tab
    tab.table.selectRow(0)
    qtbot.mouseClick(tab.duplicate_button, LEFT)
    assert tab.table.rowCount() == 2
    assert tab.table.item(1, 0).text() == "2"
    assert page.tabs.tabText(0) == "Session plans (2)"

    out = tmp_path / "project.docx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_a: (str(out), ""))
    qtbot.mouseClick(tab.export_button, LEFT)
    qtbot.waitUntil(lambda: tab.word.last_path == out, timeout=10000)
    assert docx_text(out).count(template.title) >= 2

    tab.table.selectRow(1)
    seen: list[str] = []
    click_in_next_modal("Delete", seen)
    qtbot.mouseClick(tab.delete_button, LEFT)
    assert "session 2" in seen[0]
    assert tab.table.rowCount() == 1


@pytest.mark.skipif(__import__("sys").platform == "win32", reason="prints directly on Windows")
def test_print_opens_the_document_elsewhere_and_says_so(qtbot, store: Store, monkeypatch) -> None:
    template = plans.list_plans(store, templates=True, language=PlanLanguage.ENGLISH)[0]
    editor = PlanEditor(store, plans.get_plan(store, template.id))
    qtbot.addWidget(editor)
    editor.show()
    opened: list[str] = []
    monkeypatch.setattr(
        QDesktopServices, "openUrl", lambda url: opened.append(url.toLocalFile()) or True
    )
    seen: list[str] = []
    click_in_next_modal("OK", seen)
    qtbot.mouseClick(editor.print_button, LEFT)
    qtbot.waitUntil(lambda: bool(opened), timeout=10000)
    assert opened[0].endswith(".docx")
    assert Path(opened[0]).exists()
    qtbot.waitUntil(lambda: bool(seen), timeout=5000)
    assert "Print it from there" in seen[0]
    editor.done(0)
