"""The shared bases of desktop/widgets: the paged table model, the list page, the form dialog."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QWidget,
)

from db.errors import ValidationFailed
from desktop.widgets.date_field import DateField
from desktop.widgets.form_dialog import FormDialog
from desktop.widgets.table_model import CallSource, Column, PagedModel, RowsModel


class _Row:
    def __init__(self, n: int) -> None:
        self.id = n
        self.name = f"row {n}"


class _Paged(PagedModel[_Row]):
    page_size = 10
    columns = (
        Column(lambda: "Name", lambda r: r.name),
        Column(lambda: "Number", lambda r: str(r.id), align_right=True),
    )

    def __init__(self, count: int, counted: bool = True) -> None:
        super().__init__()
        self.count = count
        self.counted = counted
        self.pages: list[tuple[int, int]] = []

    def source(self) -> CallSource[_Row]:
        def page(offset: int, limit: int) -> list[_Row]:
            self.pages.append((offset, limit))
            return [_Row(n) for n in range(offset, min(offset + limit, self.count))]

        return CallSource(page, (lambda: self.count) if self.counted else None)


def test_paged_model_loads_a_page_at_a_time(qtbot: object) -> None:
    for counted in (True, False):
        model = _Paged(25, counted)
        totals: list[int] = []
        model.total_changed.connect(totals.append)
        model.reload()
        assert model.rowCount() == 10
        assert model.pages == [(0, 10)]
        assert model.canFetchMore()
        model.fetchMore()
        model.fetchMore()
        assert model.rowCount() == 25
        assert not model.canFetchMore()
        assert model.pages == [(0, 10), (10, 10), (20, 10)]
        assert totals == [25 if counted else 10]


def test_paged_model_finds_a_row_further_down_and_stops_when_rows_vanish(qtbot: object) -> None:
    model = _Paged(45)
    model.reload()
    assert model.find_row(33) == 33
    assert model.rowCount() == 40
    model.count = 40  # someone deleted the last rows meanwhile
    model.fetchMore()
    assert not model.canFetchMore()
    assert model.total == 40


def test_rows_model_plumbing(qtbot: object) -> None:
    model = _Paged(3)
    model.reload()
    horizontal = Qt.Orientation.Horizontal
    assert [model.headerData(c, horizontal) for c in range(model.columnCount())] == [
        "Name",
        "Number",
    ]
    index = model.index(2, 1)
    assert index.data() == "2"
    assert index.data(Qt.ItemDataRole.ToolTipRole) == "2"
    assert index.data(Qt.ItemDataRole.UserRole) == 2
    right = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    assert index.data(Qt.ItemDataRole.TextAlignmentRole) == right
    assert model.row_at(1) is not None
    assert model.row_at(7) is None
    assert model.row_of(2) == 2
    assert model.row_of(99) is None


def test_rows_model_holds_rows_in_memory(qtbot: object) -> None:
    class Plain(RowsModel[_Row]):
        columns = (Column(lambda: "Name", lambda r: r.name),)

    model = Plain()
    model.set_rows([_Row(5), _Row(6)])
    assert model.rowCount() == 2
    assert model.index(1, 0).data() == "row 6"
    assert not model.canFetchMore(model.index(0, 0).parent())


# --- the form dialog --------------------------------------------------------------------------


def _form(qtbot: Any) -> tuple[FormDialog, QLineEdit, list[str]]:
    saved: list[str] = []

    class Dialog(FormDialog):
        def __init__(self) -> None:
            super().__init__("Code", "Save code")
            self.code = QLineEdit(self)
            self.code_field = self.add_field("Code", self.code, self.problem)
            self.validate()

        def problem(self) -> str:
            text = self.code.text()
            if not text:
                return "Required."
            return "" if text.isdigit() else "Digits only."

        def save(self) -> bool:
            saved.append(self.code.text())
            return True

    dialog = Dialog()
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.code.setFocus()
    return dialog, dialog.code, saved


def test_form_dialog_checks_as_you_type_and_shows_the_error_under_the_field(qtbot: Any) -> None:
    dialog, code, saved = _form(qtbot)
    message = dialog.code_field.message
    assert not dialog.ok_button.isEnabled()
    assert message.isHidden()  # no red text on a fresh form
    qtbot.keyClicks(code, "12a")
    assert not dialog.ok_button.isEnabled()
    assert message.isVisible()
    assert message.text() == "Digits only."
    assert message.property("role") == "fieldError"
    # The message is right under its field, not somewhere at the bottom of the dialog.
    field_bottom = code.mapTo(dialog, code.rect().bottomLeft()).y()
    message_top = message.mapTo(dialog, message.rect().topLeft()).y()
    assert 0 <= message_top - field_bottom < 12
    qtbot.keyClick(code, Qt.Key.Key_Return)  # Enter does nothing while the form is invalid
    assert dialog.isVisible()
    assert saved == []
    qtbot.keyClick(code, Qt.Key.Key_Backspace)
    assert dialog.ok_button.isEnabled()
    assert message.isHidden()
    with qtbot.waitSignal(dialog.accepted):
        qtbot.keyClick(code, Qt.Key.Key_Return)
    assert saved == ["12"]
    assert dialog.result() == QDialog.DialogCode.Accepted


def test_form_dialog_escape_cancels(qtbot: Any) -> None:
    dialog, code, saved = _form(qtbot)
    qtbot.keyClicks(code, "7")
    with qtbot.waitSignal(dialog.rejected):
        qtbot.keyClick(code, Qt.Key.Key_Escape)
    assert saved == []
    assert dialog.result() == QDialog.DialogCode.Rejected


def test_form_dialog_keeps_what_was_typed_when_the_save_fails(qtbot: Any) -> None:
    dialog, code, _saved = _form(qtbot)

    def refuse() -> bool:
        raise ValidationFailed({"code": "taken"})

    dialog.save = refuse  # type: ignore[method-assign]
    qtbot.keyClicks(code, "42")
    qtbot.keyClick(code, Qt.Key.Key_Return)
    assert dialog.isVisible()
    assert code.text() == "42"
    assert dialog.error.isVisible()
    assert dialog.error.text()


class _Keyed(FormDialog):
    """A form validated as a whole: {field key: problem code}, worded by the dialog."""

    def __init__(self) -> None:
        super().__init__("Keyed", "Save")
        self.saved: list[str] = []
        self.name = QLineEdit(self)
        self.day = DateField(self)
        self.agree = QCheckBox("Agreed", self)
        self.more = QPushButton("More…", self)
        self.more.setAutoDefault(False)
        self.pressed: list[str] = []
        self.more.clicked.connect(lambda: self.pressed.append("more"))
        self.name_field = self.add_field("Name", self.name, self.problem_check("name"))
        self.day_field = self.add_field("Day", self.day, self.problem_check("day"))
        self.form.addRow("", self.agree)
        self.form.addRow("", self.more)
        self.watch(self.agree.toggled)
        self.validate()

    def problems(self) -> dict[str, str]:
        problems = {}
        if not self.name.text():
            problems["name"] = "required"
        if not self.day.is_valid():
            problems["day"] = "date_format"
        if not self.agree.isChecked():
            problems["agree"] = "required"  # no field of its own: OK stays disabled
        return problems

    def problem_text(self, key: str, code: str) -> str:
        return f"{key} is {code}"

    def save(self) -> bool:
        self.saved.append(self.name.text())
        return True


def _keyed(qtbot: Any) -> _Keyed:
    dialog = _Keyed()
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def test_form_dialog_checks_keyed_problems_as_you_type(qtbot: Any) -> None:
    dialog = _keyed(qtbot)
    assert not dialog.ok_button.isEnabled()
    assert dialog.name_field.message.isHidden()
    qtbot.keyClicks(dialog.name, "A")
    qtbot.keyClick(dialog.name, Qt.Key.Key_Backspace)
    assert dialog.name_field.message.text() == "name is required"
    qtbot.keyClicks(dialog.day.edit, "31/02")  # a composite editor touches by its `changed`
    assert dialog.day_field.message.text() == "day is date_format"
    dialog.day.edit.clear()
    qtbot.keyClicks(dialog.name, "Aye")
    assert not dialog.ok_button.isEnabled()  # a problem without a field counts too
    dialog.agree.setChecked(True)
    assert dialog.ok_button.isEnabled()
    assert dialog.day_field.message.isHidden()


def test_form_dialog_touch_shows_a_message_without_an_edit(qtbot: Any) -> None:
    dialog = _keyed(qtbot)
    dialog.touch(dialog.name_field)
    assert dialog.name_field.message.text() == "name is required"
    assert dialog.day_field.message.isHidden()
    dialog.touch_all()
    dialog.day.edit.setText("x")
    assert dialog.day_field.message.text() == "day is date_format"


def test_form_dialog_words_a_refused_save_as_its_fields(qtbot: Any) -> None:
    dialog = _keyed(qtbot)

    def refuse() -> bool:
        raise ValidationFailed({"name": "taken"})

    dialog.save = refuse  # type: ignore[method-assign]
    qtbot.keyClicks(dialog.name, "Aye")
    dialog.agree.setChecked(True)
    qtbot.keyClick(dialog.name, Qt.Key.Key_Return)
    assert dialog.isVisible()
    assert dialog.name.text() == "Aye"
    assert "name is taken" in dialog.error.text()


def test_form_dialog_enter_on_a_check_box_is_ok_and_on_a_button_presses_it(qtbot: Any) -> None:
    dialog = _keyed(qtbot)
    qtbot.keyClicks(dialog.name, "Aye")
    dialog.agree.setChecked(True)
    dialog.more.setFocus()
    qtbot.keyClick(dialog.more, Qt.Key.Key_Return)
    assert dialog.pressed == ["more"]
    assert dialog.isVisible()
    dialog.agree.setFocus()
    with qtbot.waitSignal(dialog.accepted):
        qtbot.keyClick(dialog.agree, Qt.Key.Key_Return)
    assert dialog.agree.isChecked()  # not toggled by Enter
    assert dialog.saved == ["Aye"]


def test_form_dialog_rows_keep_their_height_in_a_taller_dialog(qtbot: Any) -> None:
    dialog = FormDialog("Notes", "Save")
    qtbot.addWidget(dialog)
    notes = QPlainTextEdit(dialog)
    notes.setMaximumHeight(60)
    field = dialog.add_field("Notes", notes, lambda: "Required.")
    dialog.touch_all()
    dialog.resize(500, 600)
    dialog.show()
    qtbot.waitExposed(dialog)
    # The message stays right under its editor; the slack goes under the form.
    assert field.height() < notes.height() + field.message.sizeHint().height() + 12
    buttons_top = dialog.ok_button.mapTo(dialog, dialog.ok_button.rect().topLeft()).y()
    assert buttons_top > 600 - 80


def test_form_dialog_parts_around_the_form(qtbot: Any) -> None:
    dialog = _Keyed()
    qtbot.addWidget(dialog)
    title, beside, section = QLabel("Title", dialog), QLabel("Beside", dialog), QLabel("Under")
    notice = QLabel("Notice", dialog)
    dialog.add_above(title)
    dialog.add_above(notice)
    dialog.add_beside(beside, stretch=2)
    dialog.add_section(section, stretch=1)
    dialog.footer.setText("Two things missing.")
    dialog.resize(700, 400)
    dialog.show()
    qtbot.waitExposed(dialog)

    def top(w: QWidget) -> int:
        return w.mapTo(dialog, w.rect().topLeft()).y()

    def left(w: QWidget) -> int:
        return w.mapTo(dialog, w.rect().topLeft()).x()

    assert top(title) < top(notice) < top(dialog.name) < top(section) < top(dialog.ok_button)
    assert left(beside) > left(dialog.name) + dialog.name.width() - 1
    assert beside.width() > dialog.name.width()  # it takes the larger share
    # The footer is to the left of the buttons (whose order is the platform's), on their line.
    assert left(dialog.footer) + dialog.footer.width() <= left(dialog.cancel_button)
    assert left(dialog.footer) + dialog.footer.width() <= left(dialog.ok_button)
    assert abs(top(dialog.footer) - top(dialog.ok_button)) < dialog.ok_button.height()


# --- the list page ----------------------------------------------------------------------------


def test_empty_registry_offers_the_next_step(qtbot: Any, main_window: Any, tmp_path: Any) -> None:
    from desktop.beneficiaries.page import BeneficiariesPage
    from desktop.beneficiaries.person_form import PersonForm

    page = main_window.findChild(BeneficiariesPage)
    main_window.resize(1100, 700)
    main_window.show()
    page.show()
    qtbot.waitExposed(page)
    empty = page.empty_state
    assert page.stack.currentWidget() is empty
    assert empty.text() == "No one is registered yet."
    assert empty.button.isVisible()
    assert empty.button.text() == "Register the first person"
    # Nothing is cut off: the button is as wide as its text needs.
    assert empty.button.width() >= empty.button.sizeHint().width()
    page.grab().save(str(tmp_path / "empty_registry.png"))
    qtbot.mouseClick(empty.button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: isinstance(page.current_form, PersonForm))
    page.current_form.reject()
