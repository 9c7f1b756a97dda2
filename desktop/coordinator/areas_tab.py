"""The network's areas, for the coordinator: where the CSOs' activities happen (the "where" of
the 5W report).

A row per area: its code (what a session names; fixed once saved, since sessions already name
it), its name, its official P-code where it has one, and the area it lies in. Checked as the
coordinator types; Save signs one new revision with
:func:`directory.sharing.coordinator.set_areas` and writes it to the shared folder — what
``saphan network areas`` runs. "Undo changes" shows the saved areas again."""

from __future__ import annotations

import re

from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from db.store import Store
from desktop.coordinator.revision import RevisionEditor
from desktop.style import set_role
from directory.network import MAX_AREAS, Area, Network
from directory.sharing import coordinator

AREA_CODE_RE = re.compile(r"^[a-z][a-z0-9_]{0,39}$")  # directory.network's Code
P_CODE_RE = re.compile(r"^[A-Z]{2}([0-9]{2}){1,6}$")  # directory.network's AdminCode
NAME_MAX = 200
CODE, NAME, P_CODE, PARENT, REMOVE = range(5)


class AreaRow:
    """The widgets of one row; ``saved`` is the code it had in the network (None: new)."""

    def __init__(self, table: QTableWidget, saved: str | None) -> None:
        self.saved = saved
        self.code = QLineEdit(table)
        self.name = QLineEdit(table)
        self.p_code = QLineEdit(table)
        self.parent = QComboBox(table)
        self.remove = QPushButton(table)
        self.name.setMaxLength(NAME_MAX)
        self.p_code.setMaxLength(14)
        for edit in (self.code, self.name, self.p_code):
            edit.setFrame(False)

    def parent_code(self) -> str | None:
        data = self.parent.currentData()
        return data if isinstance(data, str) and data else None

    def area(self) -> Area:
        p_code = self.p_code.text().strip().upper()
        return Area(
            code=self.code.text().strip(),
            name=self.name.text().strip(),
            admin_code=p_code or None,
            parent=self.parent_code(),
        )


class AreasEditor(RevisionEditor):
    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(store, parent)
        self.rows: list[AreaRow] = []

        self.intro = QLabel(
            self.tr(
                "Where the CSOs' activities happen, for the 5W report: each CSO picks one of "
                "these areas when it logs a session. Give the official P-code where the place "
                "has one. Save signs a new revision of the network file and writes it to the "
                "shared folder."
            ),
            self,
        )
        self.intro.setWordWrap(True)
        set_role(self.intro, "muted")

        self.table = QTableWidget(0, 5, self)
        self.table.verticalHeader().hide()
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.verticalHeader().setDefaultSectionSize(30)
        # Takes the room there is, but asks for little: the page scrolls to its preferred
        # height (wrapped labels), and a long table must not push Save below the screen.
        self.table.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Ignored)
        self.table.setMinimumHeight(150)
        self.empty = QLabel(self.tr("No areas yet. Add the first place where activities happen."))
        set_role(self.empty, "muted")
        self.problems = QLabel(self)
        self.problems.setWordWrap(True)
        set_role(self.problems, "fieldError")
        self.problems.hide()

        self.add_button = QPushButton(self.tr("Add area"), self)
        self.add_button.clicked.connect(lambda: self.add_row())
        self.undo_button = QPushButton(self.tr("Undo changes"), self)
        self.undo_button.setToolTip(self.tr("Show the saved areas again"))
        self.undo_button.clicked.connect(lambda: self.show_network(self.network))

        edit_row = QHBoxLayout()
        edit_row.addWidget(self.add_button)
        edit_row.addWidget(self.empty)
        edit_row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addWidget(self.intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.problems)
        layout.addLayout(edit_row)
        layout.addLayout(self.save_row(self.undo_button))
        self.show_network(coordinator.current(store))

    # --- showing -------------------------------------------------------------------------------

    def show_network(self, network: Network | None) -> None:
        """Show the areas of ``network`` (unsaved edits are dropped)."""
        self.network = network
        self.rows = []
        self.table.setRowCount(0)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Code"), self.tr("Name"), self.tr("P-code"), self.tr("Inside"), ""]
        )
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(NAME, QHeaderView.ResizeMode.Stretch)
        for column, width in ((CODE, 150), (P_CODE, 120), (PARENT, 180)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            self.table.setColumnWidth(column, width)
        self.table.setEnabled(network is not None)
        self.add_button.setEnabled(network is not None)
        self.result.setText(
            "" if network is not None else self.tr("Create the network first (Network setup).")
        )
        set_role(self.result, "")
        for area in (network.areas or ()) if network is not None else ():
            self.add_row(area, check=False)
        self.check()

    def add_row(self, area: Area | None = None, *, check: bool = True) -> AreaRow:
        """A row for ``area`` (a saved one: its code is fixed), or an empty new row with the
        cursor in its code."""
        r = self.table.rowCount()
        self.table.insertRow(r)
        row = AreaRow(self.table, area.code if area is not None else None)
        row.code.setPlaceholderText(self.tr("e.g. mae_pa"))
        row.name.setPlaceholderText(self.tr("e.g. Mae Pa"))
        row.p_code.setPlaceholderText(self.tr("e.g. TH630607"))
        row.remove.setText(self.tr("Remove"))
        if area is not None:
            row.code.setText(area.code)
            row.code.setReadOnly(True)
            row.code.setToolTip(self.tr("A saved area keeps its code: sessions name it."))
            row.name.setText(area.name)
            row.p_code.setText(area.admin_code or "")
        row.remove.clicked.connect(lambda: self.remove_row(row))
        for edit in (row.code, row.name, row.p_code):
            edit.textEdited.connect(lambda _t: self.check())
        row.parent.currentIndexChanged.connect(lambda _i: self.check())
        for column, widget in enumerate((row.code, row.name, row.p_code, row.parent, row.remove)):
            self.table.setCellWidget(r, column, widget)
        width = max(self.table.columnWidth(REMOVE), row.remove.sizeHint().width())
        self.table.setColumnWidth(REMOVE, width)
        self.rows.append(row)
        self._fill_parents(row, area.parent if area is not None else None)
        if check:
            self.check()
            row.code.setFocus()
        return row

    def remove_row(self, row: AreaRow) -> None:
        """Take the row out (nothing is saved until Save; Undo changes brings it back)."""
        r = self.rows.index(row)
        self.rows.pop(r)
        self.table.removeRow(r)
        self.check()

    def _fill_parents(self, row: AreaRow, chosen: str | None) -> None:
        """The areas ``row`` may lie in: every other row's code, and none."""
        codes = [c for other in self.rows if other is not row and (c := other.code.text().strip())]
        if chosen and chosen not in codes:
            codes.append(chosen)
        row.parent.blockSignals(True)
        row.parent.clear()
        row.parent.addItem("—", "")
        for code in codes:
            row.parent.addItem(code, code)
        row.parent.setCurrentIndex(max(0, row.parent.findData(chosen or "")))
        row.parent.blockSignals(False)

    # --- checking as the coordinator types --------------------------------------------------------

    def row_problems(self, row: AreaRow, seen: set[str]) -> list[str]:
        code, name = row.code.text().strip(), row.name.text().strip()
        p_code = row.p_code.text().strip().upper()
        problems = []
        if not AREA_CODE_RE.fullmatch(code):
            problems.append(
                self.tr(
                    "“{code}” is not an area code: small letters, digits and _, starting with "
                    "a letter (e.g. mae_pa)."
                ).format(code=code)
                if code
                else self.tr("Give each area a code.")
            )
        elif code in seen:
            problems.append(self.tr("Two areas have the code {code}: keep one.").format(code=code))
        if not name:
            problems.append(self.tr("Give each area a name."))
        if p_code and not P_CODE_RE.fullmatch(p_code):
            problems.append(
                self.tr(
                    "“{p_code}” is not a P-code: two capital letters and pairs of digits "
                    "(e.g. TH630607)."
                ).format(p_code=row.p_code.text().strip())
            )
        if row.parent_code() == code and code:
            problems.append(self.tr("{code} cannot lie inside itself.").format(code=code))
        return problems

    def problem_list(self) -> list[str]:
        """What must be fixed before saving, one sentence each."""
        problems: list[str] = []
        seen: set[str] = set()
        for row in self.rows:
            problems += self.row_problems(row, seen)
            seen.add(row.code.text().strip())
        if len(self.rows) > MAX_AREAS:
            problems.append(self.tr("A network has at most {n} areas.").format(n=MAX_AREAS))
        return list(dict.fromkeys(problems))

    def check(self) -> bool:
        """Refresh the parent choices, show the problems; True when the areas can be saved."""
        for row in self.rows:
            self._fill_parents(row, row.parent_code())
        problems = self.problem_list()
        self.problems.setText("\n".join(problems))
        self.problems.setVisible(bool(problems))
        self.empty.setVisible(self.network is not None and not self.rows)
        ok = self.network is not None and not problems
        self.save_button.setEnabled(ok)
        return ok

    # --- saving ------------------------------------------------------------------------------

    def changes(self) -> dict[str, Area | None]:
        """Code -> the area as typed, and code -> None for each saved area taken out."""
        typed: dict[str, Area | None] = {row.code.text().strip(): row.area() for row in self.rows}
        saved = {a.code for a in (self.network.areas or ())} if self.network else set()
        typed.update({code: None for code in saved - typed.keys()})
        return typed

    def save(self) -> bool:
        """Keep one new revision with the areas as typed, signed, and write it to the shared
        folder. False when nothing was saved."""
        if not self.check():
            return False
        return self.keep(lambda: coordinator.set_areas(self._store, self.changes()))
