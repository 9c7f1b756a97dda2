"""Retention (admins): the CSO's rule "erase closed cases N years after closure", and the list of
people the rule makes due for erasure, erased only once the admin approves them here."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from db import housekeeping, retention, settings
from db.cases import CloseReason
from db.changes import Change
from db.errors import SaphanError
from db.permissions import Permission
from db.retention import DueForErasure
from db.store import Store
from desktop.beneficiaries.case_words import close_reason_label
from desktop.changes import ChangeWatch
from desktop.errors import describe
from desktop.style import set_role
from desktop.tasks import Step, Task, run_cancellable
from desktop.widgets import dialogs
from desktop.widgets.date_field import format_date
from desktop.widgets.field import FieldMessage

SAVE_DELAY_MS = 600
CODE, NAME, CLOSED, REASON = range(4)


def _muted(text: str, parent: QWidget) -> QLabel:
    label = QLabel(text, parent)
    label.setWordWrap(True)
    set_role(label, "muted")
    return label


class EraseDueDialog(QDialog):
    """Confirms the erasure of the people ticked in the due list: the number of people must be
    typed, and a reason (kept in the audit trail) given."""

    def __init__(self, count: int, years: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.count = count
        self.setWindowTitle(self.tr("Erase {count} people permanently?").format(count=count))
        self.setMinimumWidth(500)
        text = QLabel(
            self.tr(
                "<p>Everything recorded about these {count} people is erased from this laptop, "
                "and from your team's other laptops at their next sync. <b>It cannot be "
                "undone.</b></p><p>Backups made before today still contain them.</p>"
            ).format(count=count),
            self,
        )
        text.setWordWrap(True)
        self.reason = QLineEdit(self)
        self.reason.setMaxLength(housekeeping.MAX_REASON)
        self.reason.setText(
            self.tr("Retention rule: cases closed more than {years} years ago").format(years=years)
        )
        self.reason.textChanged.connect(self._check)
        self.typed = QLineEdit(self)
        self.typed.setPlaceholderText(str(count))
        self.typed.textChanged.connect(self._check)
        self.error = FieldMessage(self)
        self.buttons = QDialogButtonBox(self)
        self.ok_button = QPushButton(self.tr("Erase permanently"), self)
        self.ok_button.setStyleSheet("QPushButton { color: #b3261e; font-weight: 600; }")
        self.buttons.addButton(self.ok_button, QDialogButtonBox.ButtonRole.AcceptRole)
        cancel = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        cancel.setText(self.tr("Cancel"))
        cancel.setDefault(True)
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 14)
        layout.addWidget(text)
        layout.addWidget(QLabel(self.tr("Reason, kept in the audit trail (write no name):"), self))
        layout.addWidget(self.reason)
        layout.addWidget(
            QLabel(self.tr("To confirm, type the number of people ({count}):").format(count=count))
        )
        layout.addWidget(self.typed)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self._check()
        self.typed.setFocus()

    def confirmed(self) -> bool:
        return self.typed.text().strip() == str(self.count) and bool(self.reason.text().strip())

    def _check(self) -> None:
        self.ok_button.setEnabled(self.confirmed())

    def submit(self) -> None:
        if not self.confirmed():
            return
        try:
            housekeeping.check_reason(self.reason.text())
        except SaphanError as exc:
            self.error.show_message(describe(exc))
            return
        self.accept()


class RetentionBox(QGroupBox):
    """Emits ``status_message`` after the rule was saved or people were erased."""

    status_message = Signal(str)

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Retention and erasure"))
        self._store = store
        self.task: Task | None = None
        self.dialog: EraseDueDialog | None = None
        self.due: list[DueForErasure] = []
        self.years = QSpinBox(self)
        self.years.setRange(0, settings.MAX_RETENTION_YEARS)
        self.years.setSpecialValueText(self.tr("Never (no rule)"))
        self.years.setSuffix(self.tr(" years after closure"))
        self.years.setFixedWidth(260)
        self.years.setValue(settings.retention_years(store))
        self._save_timer = QTimer(self)
        self._save_timer.setSingleShot(True)
        self._save_timer.setInterval(SAVE_DELAY_MS)
        self._save_timer.timeout.connect(self.save_years)
        self.years.valueChanged.connect(self._save_timer.start)
        self.years.editingFinished.connect(self.save_years)
        form = QFormLayout()
        form.addRow(self.tr("Erase closed cases"), self.years)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(
            _muted(
                self.tr(
                    "For the whole organisation. A person whose cases are all closed, with no "
                    "session, referral or assessment since, is listed below this many years "
                    "after the last closure. Nobody is erased until an admin approves it."
                ),
                self,
            )
        )
        self.table: QTableWidget | None = None
        if store.can(Permission.PEOPLE_DELETE):
            self._build_due_list(layout)
            self.watch = ChangeWatch(
                self,
                store,
                {Change.PEOPLE, Change.CASES, Change.SETTINGS, Change.ATTENDANCE},
                self.reload,
            )
            self.reload()

    # --- the rule -------------------------------------------------------------------------

    def save_years(self) -> None:
        self._save_timer.stop()
        years = self.years.value()
        if years == settings.retention_years(self._store):
            return
        try:
            settings.set_retention_years(self._store, years)
        except SaphanError as exc:
            dialogs.show_error(self, self.tr("Not saved"), exc)
            return
        self.status_message.emit(self.tr("Retention rule saved."))
        if self.table is not None:
            self.reload()

    # --- the due list ---------------------------------------------------------------------

    def _build_due_list(self, layout: QVBoxLayout) -> None:
        self.due_title = QLabel(self)
        set_role(self.due_title, "sectionTitle")
        table = QTableWidget(0, 4, self)
        table.setHorizontalHeaderLabels(
            [self.tr("Code"), self.tr("Name"), self.tr("Last case closed"), self.tr("Reason")]
        )
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        table.setAlternatingRowColors(True)
        table.setShowGrid(False)
        table.setWordWrap(False)
        table.verticalHeader().hide()
        header = table.horizontalHeader()
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        table.setMinimumHeight(150)
        table.setMaximumHeight(260)
        table.itemChanged.connect(lambda _item: self._update_buttons())
        self.table = table
        self.select_all_button = QPushButton(self.tr("Select all"), self)
        self.select_all_button.clicked.connect(self.select_all)
        self.erase_button = QPushButton(self.tr("Erase selected…"), self)
        self.erase_button.clicked.connect(self.erase_selected)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(self.select_all_button)
        row.addWidget(self.erase_button)
        row.addWidget(self.message, 1)
        layout.addSpacing(6)
        layout.addWidget(self.due_title)
        layout.addWidget(table)
        layout.addLayout(row)

    def reload(self) -> None:
        if self.table is None:
            return
        try:
            self.due = retention.due_for_erasure(self._store)
        except SaphanError as exc:
            self.due = []
            self.message.setText(describe(exc))
        years = settings.retention_years(self._store)
        if years == 0:
            self.due_title.setText(self.tr("Due for erasure: no rule set"))
        else:
            self.due_title.setText(
                self.tr("Due for erasure: {count} people").format(count=len(self.due))
            )
        table = self.table
        table.blockSignals(True)
        table.setRowCount(len(self.due))
        for n, person in enumerate(self.due):
            code = QTableWidgetItem(person.code)
            code.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
            code.setCheckState(Qt.CheckState.Unchecked)
            code.setData(Qt.ItemDataRole.UserRole, person.person_id)
            names = " · ".join(x for x in (person.name_latin, person.name_script) if x)
            table.setItem(n, CODE, code)
            table.setItem(n, NAME, QTableWidgetItem(names))
            table.setItem(n, CLOSED, QTableWidgetItem(format_date(person.closed_on)))
            table.setItem(n, REASON, QTableWidgetItem(self._reason(person.reason)))
        table.blockSignals(False)
        table.setVisible(bool(self.due))
        self.select_all_button.setVisible(bool(self.due))
        self.erase_button.setVisible(bool(self.due))
        self._update_buttons()

    def _reason(self, code: str) -> str:
        try:
            return close_reason_label(CloseReason(code))
        except ValueError:
            return code

    def checked_ids(self) -> list[int]:
        if self.table is None:
            return []
        found: list[int] = []
        for n in range(self.table.rowCount()):
            item = self.table.item(n, CODE)
            if item is not None and item.checkState() == Qt.CheckState.Checked:
                found.append(int(item.data(Qt.ItemDataRole.UserRole)))
        return found

    def select_all(self) -> None:
        if self.table is None:
            return
        every = len(self.checked_ids()) < self.table.rowCount()
        state = Qt.CheckState.Checked if every else Qt.CheckState.Unchecked
        for n in range(self.table.rowCount()):
            item = self.table.item(n, CODE)
            if item is not None:
                item.setCheckState(state)

    def _update_buttons(self) -> None:
        self.erase_button.setEnabled(bool(self.checked_ids()) and self.task is None)

    def erase_selected(self) -> None:
        ids = self.checked_ids()
        if not ids or self.task is not None:
            return
        dialog = EraseDueDialog(len(ids), settings.retention_years(self._store), self)
        self.dialog = dialog
        dialog.accepted.connect(lambda: self._erase(ids, dialog.reason.text()))
        dialog.finished.connect(dialog.deleteLater)
        dialog.finished.connect(self._dialog_closed)
        dialog.open()

    def _dialog_closed(self) -> None:
        self.dialog = None

    def _erase(self, ids: list[int], reason: str) -> None:
        store = self._store
        total = len(ids)
        self.message.clear()

        def work(step: Step) -> list[int]:
            return retention.erase_due(store, ids, reason, progress=lambda n: step(str(n)))

        self.task = run_cancellable(
            self,
            self.tr("Erasing {count} people…").format(count=total),
            work,
            lambda erased: self._erased(erased, total),
            self._failed,
            self._cancelled,
            lambda done: self.tr("Erasing: {done} of {count}…").format(done=done, count=total),
        )
        self._update_buttons()

    def _erased(self, erased: list[int], asked: int) -> None:
        self.task = None
        self.reload()
        if len(erased) == asked:
            text = self.tr("Erased {count} people permanently.").format(count=len(erased))
        else:
            text = self.tr(
                "Erased {count} of {asked} people permanently; the others are no longer due."
            ).format(count=len(erased), asked=asked)
        self.message.setText(text)
        self.status_message.emit(text)

    def _failed(self, error: SaphanError) -> None:
        self.task = None
        self._update_buttons()
        dialogs.show_error(self, self.tr("Nobody was erased"), error)

    def _cancelled(self) -> None:
        self.task = None
        self._update_buttons()
        text = self.tr("Cancelled: nobody was erased.")
        self.message.setText(text)
        self.status_message.emit(text)
