"""The admin's "Import instrument…" in Settings: a malformed XLSForm opens a dialog that lists
each problem with its sheet and row (in the user's language) and imports nothing; a good one
is imported and listed. Caseworkers have no such box (and the facade refuses them anyway)."""

from __future__ import annotations

import dataclasses
import string
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from db.instruments import xlsform
from db.instruments.problems import FormProblem
from db.instruments.store import list_instruments
from db.store import Store
from db.types import Role, UserInfo
from desktop import i18n
from desktop.errors import FORM_PROBLEMS, form_problem
from desktop.settings_page import instruments as instruments_box
from desktop.settings_page.form_problems import FormProblemsDialog
from desktop.settings_page.page import SettingsPage
from tests.db.xlsforms import cell, good_form, write_form
from tests.desktop.i18n_helpers import MYANMAR, THAI, untranslated

SCREEN = (1366, 768)


@pytest.fixture(autouse=True)
def back_to_english() -> Iterator[None]:
    yield
    i18n.set_language("en")
    QApplication.processEvents()


def _page(qtbot, store: Store) -> SettingsPage:
    page = SettingsPage(store)
    qtbot.addWidget(page)
    page.resize(*SCREEN)
    page.show()
    qtbot.waitExposed(page)
    return page


def _bad_form(tmp_path: Path) -> Path:
    form = good_form()
    cell(form, "survey", 4, "type", "select_one freq5")
    cell(form, "choices", 3, "name", "sometimes")
    cell(form, "saphan_bands", 3, "from", 5)
    return write_form(tmp_path / "wellbeing.xlsx", form)


def _fields(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name}


def test_every_problem_code_has_a_sentence_with_the_same_values() -> None:
    assert set(FORM_PROBLEMS) == set(xlsform.MESSAGES)
    for code, english in xlsform.MESSAGES.items():
        assert _fields(FORM_PROBLEMS[code].source) == _fields(english), code
        values = {name: f"<{name}>" for name in _fields(english)}
        problem = FormProblem("survey", 2, code, english.format(**values), values)
        assert all(v in form_problem(problem) for v in values.values())
    unknown = FormProblem("survey", 2, "something_new", "something new happened")
    assert form_problem(unknown) == "something new happened"


def test_a_malformed_form_lists_its_problems_by_row_and_imports_nothing(
    qtbot, store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    page = _page(qtbot, store)
    box = page.instruments_box
    assert box is not None
    before = list_instruments(store)
    rows_before = box.table.rowCount()
    monkeypatch.setattr(box, "choose_file", lambda: _bad_form(tmp_path))
    box.import_button.click()

    dialog = box.problems_dialog
    assert isinstance(dialog, FormProblemsDialog)
    qtbot.waitExposed(dialog)
    shown = [
        tuple(dialog.table.item(r, c).text() for c in range(3))
        for r in range(dialog.table.rowCount())
    ]
    assert shown == [
        ("survey", "4", "The choice list 'freq5' does not exist."),
        ("choices", "3", "The choice value 'sometimes' is not a whole number."),
        ("saphan_bands", "3", "There is a gap between this band and the band on row 2."),
    ]
    dialog.grab().save(str(tmp_path / "f-problems-en.png"))
    dialog.close()
    assert list_instruments(store) == before
    assert box.table.rowCount() == rows_before


def test_a_good_form_is_imported_and_listed(
    qtbot, store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    page = _page(qtbot, store)
    box = page.instruments_box
    assert box is not None
    told: list[str] = []
    monkeypatch.setattr(box, "choose_file", lambda: write_form(tmp_path / "w.xlsx", good_form()))
    monkeypatch.setattr(
        instruments_box.dialogs, "inform", lambda _parent, _title, text: told.append(text)
    )
    box.import_button.click()
    assert told == ["Imported Wellbeing check: version 2, 6 questions."]
    listed = [
        tuple(box.table.item(r, c).text() for c in range(4)) for r in range(box.table.rowCount())
    ]
    assert ("Wellbeing check", "wellbeing_check", "2", "6") in listed
    box.import_button.click()
    assert told[-1] == "Wellbeing check is already imported as version 2; nothing was changed."


def test_no_import_for_a_caseworker(qtbot, store: Store) -> None:
    mya = dataclasses.replace(
        store, user=UserInfo(store.user.id, "mya", "Ma Mya", Role.CASEWORKER, "en")
    )
    page = _page(qtbot, mya)
    assert page.instruments_box is None


@pytest.mark.parametrize(("code", "script"), [("my", MYANMAR), ("th", THAI)])
def test_the_box_and_the_problems_in_burmese_and_thai(
    qtbot, store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, code: str, script
) -> None:
    i18n.set_language(code)
    page = _page(qtbot, store)
    box = page.instruments_box
    assert box is not None
    box.grab().save(str(tmp_path / f"f-instruments-{code}.png"))
    monkeypatch.setattr(box, "choose_file", lambda: _bad_form(tmp_path))
    box.import_button.click()
    dialog = box.problems_dialog
    assert dialog is not None
    qtbot.waitExposed(dialog)
    dialog.grab().save(str(tmp_path / f"f-problems-{code}.png"))
    # The form's own words (sheet names, 'freq5') stay as written.
    data = ["survey", "choices", "saphan_bands", "wellbeing.xlsx", "freq5", "sometimes"]
    assert untranslated(dialog, script, data) == []
    assert untranslated(box, script, ["wellbeing_check", "WHO-5"]) == []
    for r in range(dialog.table.rowCount()):
        assert script.search(dialog.table.item(r, 2).text())
