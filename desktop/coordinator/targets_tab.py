"""Each CSO's share of the network's targets, and the outcome targets, for the coordinator.

A table CSO × programme of spin boxes (people reached), checked as the coordinator types:
shares that add up to more than the network's target get a warning (the coordinator may ask
more of the CSOs together than of the network; saving is not blocked). Below it the outcome
targets: programme, instrument, people improved. Save makes one new revision with
:func:`directory.sharing.coordinator.set_targets` and writes it with
:func:`directory.sharing.coordinator.write_to_folder` — what ``saphan network targets`` runs."""

from __future__ import annotations

import contextlib

from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSizePolicy,
    QSpinBox,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from db.errors import SaphanError
from db.instruments.store import LIBRARY
from db.store import Store
from desktop.coordinator.revision import RevisionEditor
from desktop.style import set_role
from directory.network import INSTRUMENT_CODE_RE, MAX_TARGET, PEOPLE_REACHED, Network
from directory.sharing import coordinator

NO_SHARE = -1  # the spin box's lowest value, shown as "–": no share set
WARN = "#b3261e"


def _spin(parent: QWidget, low: int) -> QSpinBox:
    spin = QSpinBox(parent)
    spin.setRange(low, MAX_TARGET)
    spin.setGroupSeparatorShown(True)
    spin.setButtonSymbols(QAbstractSpinBox.ButtonSymbols.NoButtons)
    spin.setAlignment(Qt.AlignmentFlag.AlignRight)
    spin.setFrame(False)
    return spin


def known_instruments(store: Store, network: Network | None) -> list[str]:
    """Instrument codes to offer: the shipped scales, this database's own, and those the
    network has targets for."""
    from db.instruments.store import list_instruments

    codes = {p.stem for p in LIBRARY.glob("*.json")}
    # A coordinator without access to assessments: the shipped ones.
    with contextlib.suppress(SaphanError):
        codes |= {i.code for i in list_instruments(store)}
    if network is not None:
        codes |= {t.instrument for t in network.outcome_targets or ()}
    return sorted(codes)


class TargetsEditor(RevisionEditor):
    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(store, parent)
        self.spins: dict[tuple[str, str], QSpinBox] = {}  # (CSO, programme) -> its share
        self.together_column = 1
        self.outcome_rows: list[tuple[QComboBox, QComboBox, QSpinBox]] = []
        self.instruments: list[str] = []

        self.intro = QLabel(
            self.tr(
                "What the network expects of each CSO, and the outcome targets. Save signs a "
                "new revision of the network file and writes it to the shared folder; each "
                "CSO's dashboard then shows its own target."
            ),
            self,
        )
        self.intro.setWordWrap(True)
        set_role(self.intro, "muted")

        shares_box = self._build_shares_box()
        outcomes_box = self._build_outcomes_box()
        self.split = QSplitter(Qt.Orientation.Vertical, self)
        self.split.addWidget(shares_box)
        self.split.addWidget(outcomes_box)
        self.split.setStretchFactor(0, 3)
        self.split.setStretchFactor(1, 2)
        self.split.setSizes([340, 220])
        self.split.setChildrenCollapsible(False)
        # As the areas table: all the room there is, a small preferred height (the page
        # scrolls to its preferred height; the tables scroll inside instead).
        self.split.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Ignored)
        self.split.setMinimumHeight(280)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addWidget(self.intro)
        layout.addWidget(self.split, 1)
        layout.addLayout(self.save_row())
        self.show_network(coordinator.current(store))

    def _build_shares_box(self) -> QGroupBox:
        """The CSO × programme table of shares, its note and its warning."""
        shares_box = QGroupBox(self.tr("Each CSO's share of the people targets"), self)
        self.shares = QTableWidget(shares_box)
        self.shares.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.shares.horizontalHeader().setDefaultAlignment(
            Qt.AlignmentFlag.AlignCenter | Qt.AlignmentFlag.AlignVCenter
        )
        shares_note = QLabel(
            self.tr("“–”: no share (the CSO's dashboard shows the network's target)."),
            shares_box,
        )
        set_role(shares_note, "muted")
        shares_note.setWordWrap(True)
        self.shares_warning = QLabel(shares_box)
        self.shares_warning.setWordWrap(True)
        set_role(self.shares_warning, "warning")
        self.shares_warning.hide()
        shares_layout = QVBoxLayout(shares_box)
        shares_layout.addWidget(self.shares, 1)
        shares_layout.addWidget(shares_note)
        shares_layout.addWidget(self.shares_warning)
        return shares_box

    def _build_outcomes_box(self) -> QGroupBox:
        """The outcome targets: a row each, the Add button, the problems to fix."""
        outcomes_box = QGroupBox(self.tr("Outcome targets (people improved)"), self)
        self.outcomes = QTableWidget(outcomes_box)
        self.outcomes.setColumnCount(4)
        self.outcomes.verticalHeader().hide()
        self.outcomes.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.add_outcome_button = QPushButton(self.tr("Add outcome target"), outcomes_box)
        self.add_outcome_button.clicked.connect(lambda: self.add_outcome_row())
        outcomes_note = QLabel(
            self.tr(
                "People of the programme whose score improves by at least the instrument's "
                "minimal important difference between a pre and a post assessment."
            ),
            outcomes_box,
        )
        outcomes_note.setWordWrap(True)
        set_role(outcomes_note, "muted")
        self.outcomes_error = QLabel(outcomes_box)
        self.outcomes_error.setWordWrap(True)
        set_role(self.outcomes_error, "fieldError")
        self.outcomes_error.hide()
        outcome_buttons = QHBoxLayout()
        outcome_buttons.addWidget(self.add_outcome_button, 0, Qt.AlignmentFlag.AlignTop)
        outcome_buttons.addSpacing(12)
        outcome_buttons.addWidget(outcomes_note, 1)
        outcomes_layout = QVBoxLayout(outcomes_box)
        outcomes_layout.addWidget(self.outcomes, 1)
        outcomes_layout.addWidget(self.outcomes_error)
        outcomes_layout.addLayout(outcome_buttons)
        return outcomes_box

    # --- showing ---------------------------------------------------------------------------

    def show_network(self, network: Network | None) -> None:
        """Show the shares and outcome targets of ``network`` (unsaved edits are dropped)."""
        self.network = network
        self.split.setEnabled(network is not None)
        self.result.setText(
            "" if network is not None else self.tr("Create the network first (Network setup).")
        )
        self._fill_shares()
        self._fill_outcomes()
        self.check()

    def _fill_shares(self) -> None:
        """One row per programme: the network's target, each member's share (a spin box per
        CSO, in columns headed by its code), and the shares added up."""
        network = self.network
        self.spins = {}
        self.shares.clear()
        if network is None:
            self.shares.setRowCount(0)
            self.shares.setColumnCount(0)
            return
        programmes, members = network.programmes, network.members
        self.together_column = len(members) + 1
        self.shares.setRowCount(len(programmes))
        self.shares.setColumnCount(len(members) + 2)
        self.shares.setHorizontalHeaderLabels(
            [self.tr("Network target")] + [m.code for m in members] + [self.tr("Together")]
        )
        for c, m in enumerate(members, start=1):
            heading = self.shares.horizontalHeaderItem(c)
            assert heading is not None  # set just above
            heading.setToolTip(m.name)
        self.shares.setVerticalHeaderLabels([p.name for p in programmes])
        bold = QFont(self.font())
        bold.setBold(True)
        locale = QLocale()
        for r, p in enumerate(programmes):
            for c in (0, self.together_column):
                item = QTableWidgetItem()
                item.setFlags(Qt.ItemFlag.ItemIsEnabled)
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.shares.setItem(r, c, item)
            target = network.target(p.code, PEOPLE_REACHED)
            target_item = self.shares.item(r, 0)
            assert target_item is not None
            target_item.setText("–" if target is None else locale.toString(target))
            target_item.setFont(bold)
            for c, m in enumerate(members, start=1):
                spin = _spin(self.shares, NO_SHARE)
                spin.setSpecialValueText("–")
                share = network.cso_target(m.code, p.code, PEOPLE_REACHED)
                spin.setValue(NO_SHARE if share is None else share)
                spin.setToolTip(
                    self.tr("{cso}'s share of {programme} (“–”: none)").format(
                        cso=m.name, programme=p.name
                    )
                )
                spin.valueChanged.connect(lambda _v: self.check())
                self.shares.setCellWidget(r, c, spin)
                self.spins[(m.code, p.code)] = spin
        header = self.shares.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for c in range(self.shares.columnCount()):
            self.shares.setColumnWidth(c, 110)
        self.shares.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.shares.verticalHeader().setDefaultSectionSize(28)

    def _fill_outcomes(self) -> None:
        self.outcome_rows = []
        self.outcomes.setRowCount(0)
        self.outcomes.setHorizontalHeaderLabels(
            [self.tr("Programme"), self.tr("Instrument"), self.tr("Improved"), ""]
        )
        header = self.outcomes.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for c, width in ((1, 160), (2, 110), (3, 90)):
            header.setSectionResizeMode(c, QHeaderView.ResizeMode.Interactive)
            self.outcomes.setColumnWidth(c, width)
        self.outcomes.verticalHeader().setDefaultSectionSize(30)
        if self.network is None:
            return
        self.instruments = known_instruments(self._store, self.network)
        for t in self.network.outcome_targets or ():
            self.add_outcome_row(t.programme, t.instrument, t.improved)

    def add_outcome_row(
        self, programme: str | None = None, instrument: str = "", improved: int = 0
    ) -> tuple[QComboBox, QComboBox, QSpinBox]:
        """A row of the outcome targets: the programme, the instrument code (one of the known
        ones, or typed), people improved."""
        network = self.network
        assert network is not None
        r = self.outcomes.rowCount()
        self.outcomes.insertRow(r)
        pick = QComboBox(self.outcomes)
        for p in network.programmes:
            pick.addItem(p.name, p.code)
        pick.setCurrentIndex(max(0, pick.findData(programme)))
        code = QComboBox(self.outcomes)
        code.setEditable(True)
        code.addItems(self.instruments)
        code.setCurrentText(instrument)
        value = _spin(self.outcomes, 0)
        value.setValue(improved)
        remove = QPushButton(self.tr("Remove"), self.outcomes)
        row = (pick, code, value)
        remove.clicked.connect(lambda: self.remove_outcome_row(row))
        pick.currentIndexChanged.connect(lambda _i: self.check())
        code.currentTextChanged.connect(lambda _t: self.check())
        width = max(self.outcomes.columnWidth(3), remove.sizeHint().width())
        self.outcomes.setColumnWidth(3, width)
        for c, widget in enumerate((pick, code, value, remove)):
            self.outcomes.setCellWidget(r, c, widget)
        self.outcome_rows.append(row)
        self.check()
        return row

    def remove_outcome_row(self, row: tuple[QComboBox, QComboBox, QSpinBox]) -> None:
        r = self.outcome_rows.index(row)
        self.outcome_rows.pop(r)
        self.outcomes.removeRow(r)
        self.check()

    # --- checking as the coordinator types ----------------------------------------------------

    def shares_entered(self) -> dict[str, dict[str, int | None]]:
        """CSO code -> programme code -> share (None: none), as typed."""
        entered: dict[str, dict[str, int | None]] = {}
        for (cso, programme), spin in self.spins.items():
            value = spin.value()
            entered.setdefault(cso, {})[programme] = None if value == NO_SHARE else value
        return entered

    def outcomes_entered(self) -> dict[tuple[str, str], int | None]:
        """(programme, instrument) -> people improved, as typed (a later row of the same
        pair wins; :meth:`check` refuses that before a save)."""
        return {
            (pick.currentData(), code.currentText().strip().lower()): value.value()
            for pick, code, value in self.outcome_rows
        }

    def over_target(self) -> list[tuple[str, int, int]]:
        """(programme name, shares together, network target) where the shares add up to more
        than the network's target; shows the sums."""
        network = self.network
        if network is None:
            return []
        over = []
        locale = QLocale()
        for r, p in enumerate(network.programmes):
            values = [
                v
                for m in network.members
                if (v := self.spins[(m.code, p.code)].value()) != NO_SHARE
            ]
            together = sum(values)
            item = self.shares.item(r, self.together_column)
            assert item is not None
            item.setText(locale.toString(together) if values else "")
            target = network.target(p.code, PEOPLE_REACHED)
            above = target is not None and together > target
            item.setForeground(QBrush(QColor(WARN if above else "#1d2a33")))
            font = item.font()
            font.setBold(above)
            item.setFont(font)
            item.setToolTip(self.tr("More than the network's target") if above else "")
            if above:
                assert target is not None
                over.append((p.name, together, target))
        return over

    def outcome_problems(self) -> list[str]:
        """What must be fixed before saving the outcome targets."""
        problems, seen = [], set()
        for pick, code, _value in self.outcome_rows:
            instrument = code.currentText().strip().lower()
            if not INSTRUMENT_CODE_RE.fullmatch(instrument):
                problems.append(
                    self.tr(
                        "“{code}” is not an instrument code: small letters, digits and _, "
                        "starting with a letter (e.g. who5)."
                    ).format(code=code.currentText().strip())
                    if instrument
                    else self.tr("Choose or type the instrument of each outcome target.")
                )
            key = (pick.currentData(), instrument)
            if instrument and key in seen:
                problems.append(
                    self.tr("{programme} has two targets for {code}: keep one.").format(
                        programme=pick.currentText(), code=instrument
                    )
                )
            seen.add(key)
        return problems

    def check(self) -> bool:
        """Show the warnings and problems; True when the targets can be saved."""
        over = self.over_target()
        self.shares_warning.setText(
            "\n".join(
                self.tr(
                    "The shares of {programme} add up to {together}, more than the network's "
                    "target of {target}. You can still save."
                ).format(
                    programme=name,
                    together=QLocale().toString(together),
                    target=QLocale().toString(target),
                )
                for name, together, target in over
            )
        )
        self.shares_warning.setVisible(bool(over))
        problems = self.outcome_problems()
        self.outcomes_error.setText("\n".join(dict.fromkeys(problems)))
        self.outcomes_error.setVisible(bool(problems))
        ok = self.network is not None and not problems
        self.save_button.setEnabled(ok)
        return ok

    # --- saving ------------------------------------------------------------------------------

    def save(self) -> bool:
        """Keep one new revision with the shares and outcome targets as typed, signed, and
        write it to the shared folder. False when nothing was saved."""
        if not self.check():
            return False
        return self.keep(
            lambda: coordinator.set_targets(
                self._store,
                {},
                shares=self.shares_entered(),
                outcomes=self.outcomes_entered(),
                all_outcomes=True,
            )
        )
