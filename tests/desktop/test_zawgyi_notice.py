"""Names typed or pasted in Zawgyi: the person form offers the Unicode spelling inline."""

from __future__ import annotations

from PySide6.QtCore import Qt

from desktop.beneficiaries.page import BeneficiariesPage
from desktop.main_window import MainWindow
from tests.desktop.conftest import click_in_next_modal, type_text

ZAWGYI = "ေက်ာ္ေဇာ"
UNICODE = "ကျော်ဇော"


def _close(form) -> None:
    if form.is_dirty():
        click_in_next_modal("Discard")
    form.reject()


def _open_form(qtbot, main_window: MainWindow):
    page = main_window.pages["beneficiaries"]
    assert isinstance(page, BeneficiariesPage)
    qtbot.mouseClick(page.register_button, Qt.MouseButton.LeftButton)
    form = page.current_form
    qtbot.waitExposed(form)
    return form


def test_zawgyi_typed_in_the_name_is_converted_on_request(qtbot, main_window) -> None:
    form = _open_form(qtbot, main_window)
    tab = form.person_tab
    notice = tab.zawgyi["name_script"]
    tab.name_script.setFocus()
    type_text(qtbot, tab.name_script, ZAWGYI)
    qtbot.waitUntil(notice.isVisible, timeout=3000)
    assert UNICODE in notice.preview.text()
    assert "Zawgyi" in notice.question.text()
    qtbot.mouseClick(notice.convert_button, Qt.MouseButton.LeftButton)
    assert tab.name_script.text() == UNICODE
    assert not notice.isVisible()
    assert form.is_dirty()
    _close(form)


def test_keep_as_typed_leaves_the_text_and_does_not_ask_again(qtbot, main_window) -> None:
    form = _open_form(qtbot, main_window)
    tab = form.person_tab
    notice = tab.zawgyi["name_script"]
    tab.name_script.setText(ZAWGYI)  # pasted
    tab.name_script.editingFinished.emit()
    assert notice.isVisible()
    qtbot.mouseClick(notice.keep_button, Qt.MouseButton.LeftButton)
    assert tab.name_script.text() == ZAWGYI
    assert not notice.isVisible()
    notice.check()
    assert not notice.isVisible()
    _close(form)


def test_unicode_and_latin_names_raise_no_notice(qtbot, main_window) -> None:
    form = _open_form(qtbot, main_window)
    tab = form.person_tab
    for editor, text, key in (
        (tab.name_script, UNICODE, "name_script"),
        (tab.name_latin, "Kyaw Zaw", "name_latin"),
    ):
        editor.setText(text)
        tab.zawgyi[key].check()
        assert not tab.zawgyi[key].isVisible()
    _close(form)


def test_zawgyi_notes_are_offered_too(qtbot, main_window) -> None:
    form = _open_form(qtbot, main_window)
    tab = form.person_tab
    tab.notes.setPlainText("ေမာင္ေမာင္ ဖုန္းဆက္ရန္ ညေန")
    notice = tab.zawgyi["notes"]
    qtbot.waitUntil(notice.isVisible, timeout=3000)
    qtbot.mouseClick(notice.convert_button, Qt.MouseButton.LeftButton)
    assert tab.notes.toPlainText().startswith("မောင်မောင်")
    _close(form)
