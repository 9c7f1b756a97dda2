"""The "Person" tab of the person form: names, sex, birth, status and contact."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QRadioButton,
    QSizePolicy,
    QSpinBox,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from db.types import Documentation, Nationality, PersonInput, PopulationGroup, Sex
from desktop.fonts import script_font
from desktop.labels import (
    MAE_SOT_AREAS,
    PERSON_LANGUAGES,
    area_label,
    documentation_label,
    language_label,
    nationality_label,
    population_group_label,
    sex_label,
)
from desktop.style import set_role
from desktop.widgets.date_field import DateField
from desktop.widgets.field import Field
from desktop.widgets.zawgyi_notice import ZawgyiNotice, attach_zawgyi_notice

MAX_AGE = 110


def _combo(items: list[tuple[str, str]], parent: QWidget) -> QComboBox:
    combo = QComboBox(parent)
    for text, value in items:
        combo.addItem(text, value)
    return combo


def _select(combo: QComboBox, value: str) -> None:
    combo.setCurrentIndex(combo.findData(value))


class PersonTab(QWidget):
    """Emits ``edited(field)`` whenever the user changes a field (field = problem key)."""

    edited = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._this_year = dt.date.today().year
        self.fields: dict[str, Field] = {}

        self.name_latin = QLineEdit(self)
        self.name_latin.setPlaceholderText(self.tr("e.g. Ma Hnin Ei"))
        self.name_script = QLineEdit(self)
        self.name_script.setPlaceholderText(self.tr("e.g. မနှင်းအိ or สมศรี ใจดี"))
        self.name_script.setFont(script_font(self.name_script.font()))

        sex_row = self._build_sex()
        birth_box = self._build_birth()
        self._build_details()
        self._build_layout(sex_row, birth_box)
        self._build_zawgyi_notices()

        self._connect()
        self._update_birth_mode()

    def _build_sex(self) -> QHBoxLayout:
        """One radio button per sex, in a row."""
        self.sex_buttons = QButtonGroup(self)
        sex_row = QHBoxLayout()
        sex_row.setContentsMargins(0, 0, 0, 0)
        for sex in Sex:
            button = QRadioButton(sex_label(sex), self)
            button.setProperty("value", sex.value)
            self.sex_buttons.addButton(button)
            sex_row.addWidget(button)
        sex_row.addStretch(1)
        return sex_row

    def _build_birth(self) -> QGridLayout:
        """A date of birth, or a birth year or age when it is estimated."""
        self.birth_date = DateField(self)
        self.estimated = QCheckBox(self.tr("Age or birth year is estimated"), self)
        self.birth_year = QSpinBox(self)
        self.birth_year.setRange(self._this_year - MAX_AGE - 1, self._this_year)
        self.birth_year.setSpecialValueText(" ")  # the minimum means "not entered"
        self.birth_year.setValue(self.birth_year.minimum())
        self.age = QSpinBox(self)
        self.age.setRange(-1, MAX_AGE + 1)
        self.age.setSpecialValueText(" ")
        self.age.setValue(-1)
        self.age.setSuffix(self.tr(" years"))
        year_row = QWidget(self)
        year_layout = QHBoxLayout(year_row)
        year_layout.setContentsMargins(0, 0, 0, 0)
        year_layout.addWidget(QLabel(self.tr("Birth year"), year_row))
        year_layout.addWidget(self.birth_year)
        year_layout.addWidget(QLabel(self.tr("or age"), year_row))
        year_layout.addWidget(self.age)
        year_layout.addStretch(1)
        self.birth_stack = QStackedWidget(self)
        self.birth_stack.addWidget(self.birth_date)
        self.birth_stack.addWidget(year_row)
        self.birth_stack.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self.birth_hint = QLabel(self)
        set_role(self.birth_hint, "muted")
        birth_box = QGridLayout()
        birth_box.setContentsMargins(0, 0, 0, 0)
        birth_box.addWidget(self.birth_stack, 0, 0)
        birth_box.addWidget(self.birth_hint, 0, 1)
        birth_box.addWidget(self.estimated, 1, 0, 1, 2)
        birth_box.setColumnStretch(1, 1)
        return birth_box

    def _build_details(self) -> None:
        """Nationality, population group, documents, phone, area, language and notes."""
        self.nationality = _combo([(nationality_label(n), n.value) for n in Nationality], self)
        self.population_group = _combo(
            [(population_group_label(g), g.value) for g in PopulationGroup], self
        )
        self.population_group.setPlaceholderText(self.tr("Choose…"))
        self.population_group.setCurrentIndex(-1)
        self.documentation = _combo(
            [(documentation_label(d), d.value) for d in Documentation], self
        )
        self.phone = QLineEdit(self)
        self.phone.setPlaceholderText(self.tr("e.g. 081 234 5678 or 09 4512 3456"))
        self.area = QComboBox(self)
        self.area.setEditable(True)
        self.area.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        for area in MAE_SOT_AREAS:
            self.area.addItem(area_label(area), area)
        self.area.setCurrentIndex(-1)
        area_edit = self.area.lineEdit()
        assert area_edit is not None  # an editable combo box always has its line edit
        area_edit.setPlaceholderText(self.tr("Choose or type a place"))
        self.language = _combo([(language_label(c), c) for c in PERSON_LANGUAGES], self)
        self.notes = QPlainTextEdit(self)
        self.notes.setPlaceholderText(
            self.tr("Practical notes only (e.g. best time to call). No health or case details.")
        )
        self.notes.setTabChangesFocus(True)
        self.notes.setMinimumHeight(64)

    def _build_layout(self, sex_row: QHBoxLayout, birth_box: QGridLayout) -> None:
        """Two columns of fields, the notes across both under them."""
        left = QFormLayout()
        right = QFormLayout()
        for form in (left, right):
            form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
            form.setVerticalSpacing(8)
            form.setHorizontalSpacing(12)
        self._row(left, "name_latin", self.tr("Name (Latin letters)"), self.name_latin)
        self._row(left, "name_script", self.tr("Name (Myanmar/Thai script)"), self.name_script)
        self._row(left, "sex", self.tr("Sex *"), sex_row)
        self._row(left, "birth", self.tr("Date of birth *"), birth_box)
        self._row(left, "nationality", self.tr("Nationality"), self.nationality)
        self._row(right, "population_group", self.tr("Population group *"), self.population_group)
        self._row(right, "documentation", self.tr("Documentation"), self.documentation)
        self._row(right, "phone", self.tr("Phone"), self.phone)
        self._row(right, "area", self.tr("Area"), self.area)
        self._row(right, "language", self.tr("Preferred language"), self.language)
        grid = QGridLayout(self)
        grid.setContentsMargins(16, 16, 16, 16)
        grid.setHorizontalSpacing(28)
        grid.addLayout(left, 0, 0)
        grid.addLayout(right, 0, 1)
        notes_label = QLabel(self.tr("Notes"), self)
        notes_label.setBuddy(self.notes)
        grid.addWidget(notes_label, 1, 0, 1, 2)
        self.fields["notes"] = Field(self.notes, self)
        grid.addWidget(self.fields["notes"], 2, 0, 1, 2)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        grid.setRowStretch(2, 1)
        grid.setVerticalSpacing(6)

    def _build_zawgyi_notices(self) -> None:
        """Names and notes typed or pasted in Zawgyi: offer the Unicode spelling."""
        self.zawgyi: dict[str, ZawgyiNotice] = {}
        for key, editor in (
            ("name_latin", self.name_latin),
            ("name_script", self.name_script),
            ("notes", self.notes),
        ):
            layout = self.fields[key].layout()
            assert isinstance(layout, QVBoxLayout)
            notice = attach_zawgyi_notice(editor, layout)
            notice.converted.connect(lambda k=key: self.edited.emit(k))
            self.zawgyi[key] = notice

    def _row(self, form: QFormLayout, key: str, label: str, editor: Any) -> None:
        field = Field(editor, self)
        self.fields[key] = field
        form.addRow(label, field)

    def _connect(self) -> None:
        self.name_latin.textEdited.connect(lambda: self.edited.emit("name_latin"))
        self.name_script.textEdited.connect(lambda: self.edited.emit("name_script"))
        self.sex_buttons.buttonClicked.connect(lambda _b: self.edited.emit("sex"))
        self.birth_date.changed.connect(self._birth_edited)
        self.estimated.toggled.connect(self._estimated_toggled)
        self.birth_year.valueChanged.connect(self._year_changed)
        self.age.valueChanged.connect(self._age_changed)
        self.nationality.currentIndexChanged.connect(lambda: self.edited.emit("nationality"))
        self.population_group.currentIndexChanged.connect(
            lambda: self.edited.emit("population_group")
        )
        self.documentation.currentIndexChanged.connect(lambda: self.edited.emit("documentation"))
        self.phone.textEdited.connect(lambda: self.edited.emit("phone"))
        self.area.currentTextChanged.connect(lambda: self.edited.emit("area"))
        self.language.currentIndexChanged.connect(lambda: self.edited.emit("language"))
        self.notes.textChanged.connect(lambda: self.edited.emit("notes"))

    # --- birth: exact date or estimated year ----------------------------------------------

    def _estimated_toggled(self) -> None:
        self._update_birth_mode()
        self.edited.emit("birth")

    def _update_birth_mode(self) -> None:
        self.birth_stack.setCurrentIndex(1 if self.estimated.isChecked() else 0)
        self._update_birth_hint()

    def _birth_edited(self) -> None:
        self._update_birth_hint()
        self.edited.emit("birth")

    def _year_changed(self, year: int) -> None:
        self.age.blockSignals(True)
        self.age.setValue(-1 if year == self.birth_year.minimum() else self._this_year - year)
        self.age.blockSignals(False)
        self._update_birth_hint()
        self.edited.emit("birth")

    def _age_changed(self, age: int) -> None:
        self.birth_year.blockSignals(True)
        if age < 0:
            self.birth_year.setValue(self.birth_year.minimum())
        else:
            self.birth_year.setValue(max(self._this_year - age, self.birth_year.minimum() + 1))
        self.birth_year.blockSignals(False)
        self._update_birth_hint()
        self.edited.emit("birth")

    def _update_birth_hint(self) -> None:
        text = ""
        if not self.estimated.isChecked():
            born = self.birth_date.date()
            if born is not None and born <= dt.date.today():
                today = dt.date.today()
                years = today.year - born.year - ((today.month, today.day) < (born.month, born.day))
                text = self.tr("{n} years old").format(n=years)
        self.birth_hint.setText(text)

    # --- values ---------------------------------------------------------------------------

    def values(self) -> dict[str, Any]:
        """The fields as PersonInput keywords; sex and population group may be None."""
        checked = self.sex_buttons.checkedButton()
        group = self.population_group.currentData()
        estimated = self.estimated.isChecked()
        year = self.birth_year.value()
        area_text = self.area.currentText().strip()
        index = self.area.findText(area_text)
        area = self.area.itemData(index) if index >= 0 else area_text
        return {
            "name_latin": self.name_latin.text(),
            "name_script": self.name_script.text(),
            "sex": Sex(checked.property("value")) if checked else None,
            "birth_date": None if estimated else self.birth_date.date(),
            "birth_year": year if estimated and year != self.birth_year.minimum() else None,
            "nationality": Nationality(self.nationality.currentData()),
            "population_group": PopulationGroup(group) if group else None,
            "documentation": Documentation(self.documentation.currentData()),
            "phone": self.phone.text(),
            "area": area,
            "language": self.language.currentData(),
            "notes": self.notes.toPlainText(),
        }

    def ui_problems(self) -> dict[str, str]:
        """Problems the store cannot see because the input cannot even be built."""
        problems: dict[str, str] = {}
        values = self.values()
        if values["sex"] is None:
            problems["sex"] = "required"
        if values["population_group"] is None:
            problems["population_group"] = "required"
        if not self.estimated.isChecked() and not self.birth_date.is_valid():
            problems["birth"] = "date_format"
        return problems

    def set_values(self, person: PersonInput) -> None:
        self.name_latin.setText(person.name_latin)
        self.name_script.setText(person.name_script)
        for button in self.sex_buttons.buttons():
            button.setChecked(button.property("value") == person.sex.value)
        estimated = person.birth_date is None and person.birth_year is not None
        self.estimated.setChecked(estimated)
        self.birth_date.set_date(person.birth_date)
        if person.birth_year is not None:
            self.birth_year.setValue(person.birth_year)
        _select(self.nationality, person.nationality.value)
        _select(self.population_group, person.population_group.value)
        _select(self.documentation, person.documentation.value)
        self.phone.setText(person.phone)
        index = self.area.findData(person.area)
        if index >= 0:
            self.area.setCurrentIndex(index)
        else:
            self.area.setEditText(person.area)
        _select(self.language, person.language)
        self.notes.setPlainText(person.notes)
        self._update_birth_mode()

    def set_read_only(self, read_only: bool) -> None:
        for widget in (self.name_latin, self.name_script, self.phone):
            widget.setReadOnly(read_only)
        self.notes.setReadOnly(read_only)
        for control in (
            self.birth_stack,
            self.estimated,
            self.nationality,
            self.population_group,
            self.documentation,
            self.area,
            self.language,
            *self.sex_buttons.buttons(),
        ):
            control.setEnabled(not read_only)
