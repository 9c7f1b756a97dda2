"""Per-participant notes of a group session, beside the group note: a table of the
participants, each with a note field. Who may read and write them is db.participant_notes'
rule; a participant whose note the user may not write shows a locked, empty cell."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from db import access, activities, participant_notes
from db.activities import SessionRecord
from db.errors import SaphanError
from db.permissions import Permission
from db.store import Store
from db.types import Role
from desktop.errors import describe
from desktop.style import set_role
from desktop.widgets.field import FieldMessage

ROW_HEIGHT = 30


def may_write_notes(store: Store) -> bool:
    """Whether this user writes participants' notes at all (a facilitator at their own
    sessions; others with the MHPSS notes permission)."""
    return store.user.role is Role.FACILITATOR or store.can(Permission.MHPSS_NOTES)


def writable(store: Store, person_id: int, ran_it: bool) -> bool:
    """Whether the user may write this participant's note (db.participant_notes)."""
    if ran_it and store.user.role is Role.FACILITATOR:
        return True
    return store.can(Permission.MHPSS_NOTES) and (
        access.access_to(store, person_id) is access.Access.FULL
    )


class ParticipantNotesTable(QTableWidget):
    """One row per participant: who (read only) and their note (editable when allowed)."""

    def __init__(self, store: Store, ran_it: bool, parent: QWidget | None = None) -> None:
        super().__init__(0, 2, parent)
        self._store = store
        self._ran_it = ran_it
        self._typed: dict[int, str] = {}
        self._allowed: dict[int, bool] = {}
        self.setHorizontalHeaderLabels([self.tr("Participant"), self.tr("Note")])
        self.verticalHeader().hide()
        self.verticalHeader().setDefaultSectionSize(ROW_HEIGHT)
        self.setWordWrap(False)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(
            QAbstractItemView.EditTrigger.AllEditTriggers
            & ~QAbstractItemView.EditTrigger.CurrentChanged
        )
        header = self.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self.itemChanged.connect(self._changed)

    def set_people(self, people: list[tuple[int, str]]) -> None:
        """The participants (id, label), keeping what was typed for those still there."""
        self.blockSignals(True)
        self.setRowCount(len(people))
        for row, (pid, label) in enumerate(people):
            if pid not in self._allowed:
                self._allowed[pid] = writable(self._store, pid, self._ran_it)
            who = QTableWidgetItem(label)
            who.setFlags(Qt.ItemFlag.ItemIsEnabled)
            who.setData(Qt.ItemDataRole.UserRole, pid)
            self.setItem(row, 0, who)
            if self._allowed[pid]:
                note = QTableWidgetItem(self._typed.get(pid, ""))
                note.setFlags(
                    Qt.ItemFlag.ItemIsEnabled
                    | Qt.ItemFlag.ItemIsEditable
                    | Qt.ItemFlag.ItemIsSelectable
                )
                note.setToolTip(self.tr("What this participant said or needs (confidential)"))
            else:
                note = QTableWidgetItem(self.tr("Not yours to write: not in your cases"))
                note.setFlags(Qt.ItemFlag.NoItemFlags)
            self.setItem(row, 1, note)
        self.blockSignals(False)

    def set_notes(self, notes: dict[int, str]) -> None:
        self._typed.update(notes)
        self.set_people(self.people())

    def people(self) -> list[tuple[int, str]]:
        out = []
        for row in range(self.rowCount()):
            item = self.item(row, 0)
            if item is not None:
                out.append((int(item.data(Qt.ItemDataRole.UserRole)), item.text()))
        return out

    def _changed(self, item: QTableWidgetItem) -> None:
        if item.column() != 1:
            return
        who = self.item(item.row(), 0)
        if who is not None:
            self._typed[int(who.data(Qt.ItemDataRole.UserRole))] = item.text()

    def notes(self) -> dict[int, str]:
        """The notes typed for the participants still on the list."""
        present = {pid for pid, _ in self.people()}
        return {
            pid: text
            for pid, text in self._typed.items()
            if pid in present and self._allowed.get(pid)
        }

    def set_note(self, person_id: int, text: str) -> None:
        """Type a note (as the user would)."""
        for row, (pid, _label) in enumerate(self.people()):
            item = self.item(row, 1)
            if pid == person_id and item is not None and self._allowed.get(pid):
                item.setText(text)


class ParticipantNotesDialog(QDialog):
    """The participants' notes of a logged group session: what the user may read, and a
    field to write for those they may write for."""

    def __init__(self, store: Store, record: SessionRecord, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._store = store
        self._record = record
        self.setWindowTitle(self.tr("Participants' notes"))
        self.setMinimumSize(720, 440)
        ran_it = record.facilitator_id == store.user.id
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 14)
        title = QLabel(self.tr("Participants' notes"), self)
        set_role(title, "pageTitle")
        layout.addWidget(title)
        hint = QLabel(
            self.tr(
                "Confidential: each note is read only by the caseworkers who see that person's "
                "whole record. A facilitator reads back only the notes they wrote."
            ),
            self,
        )
        hint.setWordWrap(True)
        set_role(hint, "muted")
        layout.addWidget(hint)
        self.table = ParticipantNotesTable(store, ran_it, self)
        layout.addWidget(self.table, 1)
        self.error = FieldMessage(self)
        layout.addWidget(self.error)
        buttons = QDialogButtonBox(self)
        self.save_button = QPushButton(self.tr("Save notes"), self)
        set_role(self.save_button, "primary")
        buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.AcceptRole)
        cancel = buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        cancel.setText(self.tr("Cancel"))
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self._before: dict[int, str] = {}
        try:
            people = [
                (p.id, f"{p.code}  {p.name_latin or p.name_script}")
                for p in activities.attendee_names(store, record.id)
            ]
            self.table.set_people(people)
            self._before = participant_notes.participant_notes(store, record.id)
            self.table.set_notes(self._before)
        except SaphanError as exc:
            self.error.show_message(describe(exc))
            self.save_button.setEnabled(False)

    def save(self) -> None:
        try:
            for pid, text in sorted(self.table.notes().items()):
                if text.strip() != self._before.get(pid, ""):
                    participant_notes.set_participant_note(self._store, self._record.id, pid, text)
                    self._before[pid] = text.strip()
        except SaphanError as exc:
            self.error.show_message(describe(exc))
            return
        self.accept()
