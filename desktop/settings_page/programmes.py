"""Settings' programmes and activity types (admins): the lists, and the dialogs that add or
change one (names in English, Burmese and Thai; a programme's network programme, an activity
type's kind and usual programme). Deactivated, never deleted: sessions keep theirs."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from db import activity_types, programmes
from db.activity_types import ActivityTypeInfo, ActivityTypeInput
from db.changes import Change
from db.custom_fields import slug
from db.errors import SaphanError
from db.programmes import ProgrammeInput
from db.store import Store
from db.types import Programme
from desktop import i18n
from desktop.changes import ChangeWatch
from desktop.labels import problem_message, programme_label
from desktop.style import set_role
from desktop.widgets import dialogs
from desktop.widgets.form_dialog import FormDialog
from directory.network import Network
from directory.sharing.memory import stored_network

translate = QCoreApplication.translate

AUTOMATIC = "\x00automatic"  # the combo's data for "the network programme of its own code"


def definition_problem(key: str, code: str) -> str:
    """A sentence for a problem with a programme or an activity type (the admin's dialogs)."""
    words = {
        ("code", "required"): translate("Programmes", "Enter a short code."),
        ("code", activity_types.BAD_CODE): translate(
            "Programmes",
            "Use 2 to 40 small letters, digits or underscores, starting with a letter "
            "(e.g. home_visit).",
        ),
        ("code", activity_types.CODE_TAKEN): translate(
            "Programmes", "This code is taken already. Choose another one."
        ),
        ("labels.en", "required"): translate(
            "Programmes", "Enter the name in English (Burmese and Thai are optional)."
        ),
        ("name", "required"): translate(
            "Programmes", "Enter the name in English (Burmese and Thai are optional)."
        ),
        ("network_code", programmes.NETWORK_TAKEN): translate(
            "Programmes",
            "Another of your programmes counts in this network programme. People are counted "
            "once per programme, so each network programme takes one of yours: map the other "
            "one elsewhere first.",
        ),
        ("network_code", activity_types.BAD_CODE): translate(
            "Programmes", "This is not a network programme's code."
        ),
        ("individual", activity_types.LOCKED): translate(
            "Programmes",
            "Sessions were logged as this kind, or it is one of Saphan's own types: it "
            "cannot change.",
        ),
        ("programme_code", activity_types.UNKNOWN_PROGRAMME): translate(
            "Programmes", "This programme no longer exists. Choose another one."
        ),
    }
    return words.get((key, code)) or problem_message(key.split(".")[0], code)


def _network(store: Store) -> Network | None:
    try:
        return stored_network(store)
    except SaphanError:
        return None


class _LabelsDialog(FormDialog):
    """A dialog with the name in three languages and a code made from the English name."""

    saved = Signal(object)

    def _add_names(self, english: str, example: str) -> None:
        self.labels: dict[str, QLineEdit] = {}
        names = {
            "en": english,
            "my": translate("Programmes", "Name in Burmese"),
            "th": translate("Programmes", "Name in Thai"),
        }
        for language, label in names.items():
            edit = QLineEdit(self)
            edit.setMaxLength(220)
            self.labels[language] = edit
            key = (
                "name" if language == "en" and self._english_key == "name" else f"labels.{language}"
            )
            self.add_field(label, edit, self.problem_check(key))
        self.labels["en"].setPlaceholderText(example)
        self.labels["en"].textChanged.connect(self._suggest_code)

    _english_key = "labels.en"

    def _add_code(self, code: str | None) -> None:
        self._code_edited = code is not None
        self.code = QLineEdit(self)
        self.code.setMaxLength(40)
        self.code.setReadOnly(code is not None)
        self.code.setText(code or "")
        self.code.setToolTip(
            translate("Programmes", "How Saphan names it in files. It cannot change later.")
        )
        self.code.textEdited.connect(self._code_typed)
        self.add_field(translate("Programmes", "Code *"), self.code, self.problem_check("code"))

    def _suggest_code(self, text: str) -> None:
        if not self._code_edited:
            self.code.setText(slug(text))

    def _code_typed(self, _text: str) -> None:
        self._code_edited = True

    def _names(self) -> dict[str, str]:
        return {language: edit.text() for language, edit in self.labels.items()}

    def problem_text(self, key: str, code: str) -> str:
        return definition_problem(key, code)


class ProgrammeDialog(_LabelsDialog):
    """Add a programme, or change one (``programme``). Emits ``saved(Programme)``."""

    _english_key = "name"

    def __init__(
        self,
        store: Store,
        programme: Programme | None = None,
        parent: QWidget | None = None,
        network: Network | None = None,
    ) -> None:
        super().__init__(
            translate("Programmes", "Add a programme")
            if programme is None
            else translate("Programmes", "Change a programme"),
            translate("Programmes", "Add programme")
            if programme is None
            else translate("Programmes", "Save changes"),
            parent,
        )
        self._store = store
        self._programme = programme
        self.setMinimumWidth(640)
        self._add_names(
            translate("Programmes", "Name in English *"), translate("Programmes", "e.g. Legal aid")
        )
        self._add_code(programme.code if programme else None)
        self.network_code = QComboBox(self)
        self.network_code.addItem(
            translate("Programmes", "The network programme with the same code"), AUTOMATIC
        )
        known = network.programmes if network is not None else []
        for p in known:
            self.network_code.addItem(f"{p.name} ({p.code})", p.code)
        self.network_code.addItem(
            translate("Programmes", "None: it stays with our organisation"), ""
        )
        current = programme.network_code if programme is not None else None
        if current and self.network_code.findData(current) < 0:
            self.network_code.addItem(current, current)  # a programme the network dropped
        self.network_code.setCurrentIndex(
            self.network_code.findData(AUTOMATIC if current is None else current)
        )
        self.network_code.setToolTip(
            translate(
                "Programmes",
                "The network's programme this programme's people are counted in when you "
                "share figures. Figures of a programme that counts in none stay with you.",
            )
        )
        self.add_field(
            translate("Programmes", "Network programme"),
            self.network_code,
            self.problem_check("network_code"),
        )
        if network is None:
            note = QLabel(
                translate(
                    "Programmes",
                    "No network file yet: the network's programmes show once you join.",
                ),
                self,
            )
            note.setWordWrap(True)
            set_role(note, "muted")
            self.add_field("", note)
        if programme is not None:
            self.labels["en"].setText(programme.name)
            for language in ("my", "th"):
                self.labels[language].setText(programme.labels.get(language, ""))
        self.validate()
        self.labels["en"].setFocus()

    def spec(self) -> ProgrammeInput:
        names = self._names()
        data = self.network_code.currentData()
        return ProgrammeInput(
            code=self.code.text().strip(),
            name=names["en"],
            labels={"my": names["my"], "th": names["th"]},
            network_code=None if data == AUTOMATIC else str(data or ""),
            target_people=self._programme.target_people if self._programme else None,
        )

    def problems(self) -> dict[str, str]:
        pid = self._programme.id if self._programme else None
        return programmes.problems_of(self._store, self.spec(), pid)

    def save(self) -> bool:
        if self._programme is None:
            saved = programmes.add_programme(self._store, self.spec())
        else:
            saved = programmes.update_programme(self._store, self._programme.id, self.spec())
        self.saved.emit(saved)
        return True


class ActivityTypeDialog(_LabelsDialog):
    """Add an activity type, or change one (``kind``). Emits ``saved(ActivityTypeInfo)``."""

    def __init__(
        self, store: Store, kind: ActivityTypeInfo | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(
            translate("Programmes", "Add an activity type")
            if kind is None
            else translate("Programmes", "Change an activity type"),
            translate("Programmes", "Add activity type")
            if kind is None
            else translate("Programmes", "Save changes"),
            parent,
        )
        self._store = store
        self._kind = kind
        self.setMinimumWidth(640)
        self._add_names(
            translate("Programmes", "Name in English *"), translate("Programmes", "e.g. Home visit")
        )
        self._add_code(kind.code if kind else None)
        self.individual = QComboBox(self)
        self.individual.addItem(translate("Programmes", "A group (a list of who came)"), False)
        self.individual.addItem(translate("Programmes", "Individual (one person)"), True)
        self.add_field(
            translate("Programmes", "Sessions are"),
            self.individual,
            self.problem_check("individual"),
        )
        self.programme = QComboBox(self)
        self.programme.addItem(translate("Programmes", "None"), None)
        for p in programmes.list_programmes(store):
            self.programme.addItem(programme_label(p), p.code)
        self.programme.setToolTip(
            translate(
                "Programmes",
                "The programme a new session of this type is logged under, unless changed.",
            )
        )
        self.add_field(
            translate("Programmes", "Usual programme"),
            self.programme,
            self.problem_check("programme_code"),
        )
        if kind is not None:
            for language, edit in self.labels.items():
                edit.setText(kind.labels.get(language, ""))
            self.individual.setCurrentIndex(1 if kind.individual else 0)
            index = self.programme.findData(kind.programme_code)
            self.programme.setCurrentIndex(max(index, 0))
        self.validate()
        self.labels["en"].setFocus()

    def spec(self) -> ActivityTypeInput:
        programme = self.programme.currentData()
        return ActivityTypeInput(
            code=self.code.text().strip(),
            labels=self._names(),
            individual=bool(self.individual.currentData()),
            programme_code=str(programme) if programme else None,
        )

    def problems(self) -> dict[str, str]:
        return activity_types.problems_of(
            self._store, self.spec(), self._kind.id if self._kind else None
        )

    def save(self) -> bool:
        if self._kind is None:
            saved = activity_types.add_activity_type(self._store, self.spec())
        else:
            saved = activity_types.update_activity_type(self._store, self._kind.id, self.spec())
        self.saved.emit(saved)
        return True


class _ListBox(QGroupBox):
    """A list with Add…, Edit… and Deactivate/Reactivate. Emits ``status_message``."""

    status_message = Signal(str)

    def __init__(
        self, store: Store, title: str, headers: Sequence[str], explain: str, parent: QWidget | None
    ) -> None:
        super().__init__(parent)
        self.setTitle(title)
        self._store = store
        self._rows: list[Any] = []
        self.dialog: FormDialog | None = None
        self.table = QTableWidget(0, len(headers), self)
        self.table.setHorizontalHeaderLabels(list(headers))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in range(1, len(headers)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setMinimumHeight(150)
        self.table.setMaximumHeight(240)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.table.doubleClicked.connect(lambda *_a: self.edit())
        self.add_button = QPushButton(translate("Programmes", "Add…"), self)
        self.add_button.clicked.connect(self.add)
        self.edit_button = QPushButton(translate("Programmes", "Edit…"), self)
        self.edit_button.clicked.connect(self.edit)
        self.active_button = QPushButton(translate("Programmes", "Deactivate"), self)
        self.active_button.clicked.connect(self.toggle_active)
        buttons = QHBoxLayout()
        for button in (self.add_button, self.edit_button, self.active_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        note = QLabel(explain, self)
        note.setWordWrap(True)
        set_role(note, "muted")
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addLayout(buttons)
        layout.addWidget(note)
        self.watch = ChangeWatch(self, store, {Change.PROGRAMMES}, self.reload)

    # what each list fills in
    def rows(self) -> list[Any]:
        raise NotImplementedError

    def cells(self, row: Any) -> tuple[str, ...]:
        raise NotImplementedError

    def dialog_for(self, row: Any | None) -> FormDialog:
        raise NotImplementedError

    def set_active(self, row: Any, active: bool) -> None:
        raise NotImplementedError

    def name(self, row: Any) -> str:
        raise NotImplementedError

    def reload(self) -> None:
        selected = self.selected()
        self._rows = self.rows()
        self.table.setRowCount(len(self._rows))
        for r, row in enumerate(self._rows):
            for column, text in enumerate(self.cells(row)):
                item = QTableWidgetItem(text)
                if column == 0:
                    item.setToolTip(row.code)
                self.table.setItem(r, column, item)
            if selected is not None and row.id == selected.id:
                self.table.selectRow(r)
        self._update_buttons()

    def selected(self) -> Any | None:
        rows = {index.row() for index in self.table.selectedIndexes()}
        if len(rows) != 1:
            return None
        r = rows.pop()
        return self._rows[r] if 0 <= r < len(self._rows) else None

    def select_code(self, code: str) -> None:
        for r, row in enumerate(self._rows):
            if row.code == code:
                self.table.selectRow(r)

    def _update_buttons(self) -> None:
        row = self.selected()
        self.edit_button.setEnabled(row is not None)
        self.active_button.setEnabled(row is not None)
        self.active_button.setText(
            translate("Programmes", "Reactivate")
            if row is not None and not row.active
            else translate("Programmes", "Deactivate")
        )

    def _open(self, row: Any | None) -> None:
        self.dialog = self.dialog_for(row)
        self.dialog.saved.connect(self._saved)  # type: ignore[attr-defined]
        self.dialog.open()

    def add(self) -> None:
        self._open(None)

    def edit(self) -> None:
        row = self.selected()
        if row is not None:
            self._open(row)

    def _saved(self, row: Any) -> None:
        self.reload()
        self.select_code(row.code)
        self.status_message.emit(
            translate("Programmes", "Saved {name}.").format(name=self.name(row))
        )

    def toggle_active(self) -> None:
        row = self.selected()
        if row is None:
            return
        try:
            self.set_active(row, not row.active)
        except SaphanError as exc:
            dialogs.show_error(self, translate("Programmes", "Not changed"), exc)
            return
        self.reload()
        news = (
            translate("Programmes", "{name} shows on the forms again.")
            if not row.active
            else translate("Programmes", "Deactivated {name}: sessions logged with it keep it.")
        )
        self.status_message.emit(news.format(name=self.name(row)))


def _state(active: bool) -> str:
    if active:
        return translate("Programmes", "Active")
    return translate("Programmes", "Deactivated")


class ProgrammesBox(_ListBox):
    """Settings' list of the organisation's programmes."""

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(
            store,
            translate("Programmes", "Programmes"),
            [
                translate("Programmes", "Programme"),
                translate("Programmes", "Network programme"),
                translate("Programmes", "State"),
            ],
            translate(
                "Programmes",
                "Your organisation's programmes. Sessions are logged under one; when you share "
                "figures, each programme's people are counted in the network programme it maps "
                "to (by default the one with the same code). A programme that maps to none "
                "stays with you.",
            ),
            parent,
        )
        self.reload()

    def rows(self) -> list[Programme]:
        return programmes.list_programmes(self._store, include_inactive=True)

    def cells(self, row: Programme) -> tuple[str, ...]:
        network = _network(self._store)
        names = {p.code: p.name for p in network.programmes} if network else {}
        target = row.maps_to
        if not target or (network is not None and target not in names):
            counts = translate("Programmes", "None (stays with you)")
        else:
            counts = names.get(target, target)
        return (programme_label(row), counts, _state(row.active))

    def dialog_for(self, row: Programme | None) -> FormDialog:
        return ProgrammeDialog(self._store, row, self, network=_network(self._store))

    def set_active(self, row: Programme, active: bool) -> None:
        programmes.set_active(self._store, row.id, active)

    def name(self, row: Programme) -> str:
        return programme_label(row)


class ActivityTypesBox(_ListBox):
    """Settings' list of the kinds of session."""

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(
            store,
            translate("Programmes", "Activity types"),
            [
                translate("Programmes", "Activity type"),
                translate("Programmes", "Sessions are"),
                translate("Programmes", "Usual programme"),
                translate("Programmes", "State"),
            ],
            translate(
                "Programmes",
                "The kinds of session staff log. An individual one is with one person; a "
                "group one has a list of who came. Saphan's own types can be renamed, not "
                "changed in kind.",
            ),
            parent,
        )
        self.reload()

    def rows(self) -> list[ActivityTypeInfo]:
        return activity_types.list_activity_types(self._store, include_inactive=True)

    def cells(self, row: ActivityTypeInfo) -> tuple[str, ...]:
        named = {p.code: programme_label(p) for p in self._programmes()}
        kind = (
            translate("Programmes", "Individual")
            if row.individual
            else translate("Programmes", "Group")
        )
        usual = named.get(row.programme_code or "", "")
        return (row.label(i18n.current_language()), kind, usual, _state(row.active))

    def _programmes(self) -> list[Programme]:
        return programmes.list_programmes(self._store, include_inactive=True)

    def dialog_for(self, row: ActivityTypeInfo | None) -> FormDialog:
        return ActivityTypeDialog(self._store, row, self)

    def set_active(self, row: ActivityTypeInfo, active: bool) -> None:
        activity_types.set_active(self._store, row.id, active)

    def name(self, row: ActivityTypeInfo) -> str:
        return row.label(i18n.current_language())


__all__: list[str] = [
    "ActivityTypeDialog",
    "ActivityTypesBox",
    "ProgrammeDialog",
    "ProgrammesBox",
    "definition_problem",
]
