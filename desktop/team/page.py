"""The Team page: this CSO's laptops, their sync, and the conflicts to settle.

Not in a team yet, it explains what a team is and (for the admin) offers to create one. In a
team, it shows this laptop and the team folder, every laptop of the team, what waits to be
sent, the last sync, and the "Sync conflicts" list. What reads the team folder (which may be a
slow network drive) and every sync run in the background.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from db import keys
from db.changes import Change
from db.errors import SaphanError, StorageProblem
from db.permissions import Permission
from db.store import Store
from db.team import conflicts, enrol
from db.team.conflicts import ConflictInfo
from db.team.status import DeviceStatus, TeamStatus, team_status, team_summary
from desktop.changes import ChangeWatch
from desktop.errors import describe
from desktop.i18n import QT_TRANSLATE_NOOP
from desktop.labels import local_time_text
from desktop.style import MUTED, set_role
from desktop.tasks import Task, run_in_background, run_task
from desktop.team.auto_sync import AutoSync, SyncOutcome
from desktop.team.dialogs import (
    CreateTeamDialog,
    InviteDialog,
    PairingCodeDialog,
    TeamPassphraseDialog,
)
from desktop.widgets import dialogs
from desktop.widgets.list_page import EmptyState, setup_list_table
from desktop.widgets.table_model import Column, Index, RowsModel

CONTEXT = "TeamPage"

translate = QCoreApplication.translate


def _t(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


RECORD_KINDS = {
    "beneficiaries": QT_TRANSLATE_NOOP("TeamPage", "Person"),
    "sessions": QT_TRANSLATE_NOOP("TeamPage", "Session"),
    "attendance": QT_TRANSLATE_NOOP("TeamPage", "Attendance"),
    "assessments": QT_TRANSLATE_NOOP("TeamPage", "Assessment"),
    "referrals": QT_TRANSLATE_NOOP("TeamPage", "Referral"),
    "projects": QT_TRANSLATE_NOOP("TeamPage", "Project"),
    "project_participants": QT_TRANSLATE_NOOP("TeamPage", "Project"),
    "session_plans": QT_TRANSLATE_NOOP("TeamPage", "Session plan"),
    "plan_steps": QT_TRANSLATE_NOOP("TeamPage", "Session plan"),
    "services": QT_TRANSLATE_NOOP("TeamPage", "Service"),
    "users": QT_TRANSLATE_NOOP("TeamPage", "Staff account"),
    "settings": QT_TRANSLATE_NOOP("TeamPage", "Setting"),
    "cso_profile": QT_TRANSLATE_NOOP("TeamPage", "Organisation"),
    "programmes": QT_TRANSLATE_NOOP("TeamPage", "Programme"),
    "instruments": QT_TRANSLATE_NOOP("TeamPage", "Instrument"),
}

FIELDS = {
    "name_latin": QT_TRANSLATE_NOOP("TeamPage", "Name (Latin letters)"),
    "name_script": QT_TRANSLATE_NOOP("TeamPage", "Name (own script)"),
    "phone": QT_TRANSLATE_NOOP("TeamPage", "Phone"),
    "area": QT_TRANSLATE_NOOP("TeamPage", "Area"),
    "notes": QT_TRANSLATE_NOOP("TeamPage", "Notes"),
    "status": QT_TRANSLATE_NOOP("TeamPage", "Status"),
    "birth_date": QT_TRANSLATE_NOOP("TeamPage", "Date of birth"),
    "sex": QT_TRANSLATE_NOOP("TeamPage", "Sex"),
    "topic": QT_TRANSLATE_NOOP("TeamPage", "Topic"),
    "location": QT_TRANSLATE_NOOP("TeamPage", "Location"),
    "date": QT_TRANSLATE_NOOP("TeamPage", "Date"),
    "title": QT_TRANSLATE_NOOP("TeamPage", "Title"),
    "name": QT_TRANSLATE_NOOP("TeamPage", "Name"),
    "reason": QT_TRANSLATE_NOOP("TeamPage", "Reason"),
}


def kind_label(kind: str) -> str:
    source = RECORD_KINDS.get(kind)
    return _t(source) if source else kind


def field_label(field: str) -> str:
    source = FIELDS.get(field)
    return _t(source) if source else field.replace("_", " ")


def value_text(info: ConflictInfo, value: object) -> str:
    if info.hidden:
        return translate("TeamPage", "(not shown)")
    if value is None or value == "":
        return translate("TeamPage", "(empty)")
    return str(value)


def _when(at: object) -> str:
    return local_time_text(at) if at is not None else "—"  # type: ignore[arg-type]


class DevicesModel(RowsModel[DeviceStatus]):
    tooltips = False
    columns = (
        Column(lambda: translate("TeamPage", "Laptop"), lambda d: d.name),
        Column(lambda: translate("TeamPage", "Fingerprint"), lambda d: d.fingerprint),
        Column(lambda: translate("TeamPage", "Last seen"), lambda d: _device_seen(d)),
        Column(
            lambda: translate("TeamPage", "Changes applied"),
            lambda d: _device_applied(d),
            align_right=True,
        ),
        Column(lambda: translate("TeamPage", "State"), lambda d: _device_state(d)),
    )

    def row_id(self, row: DeviceStatus) -> object:
        return row.device_id

    def extra_data(self, row: DeviceStatus, index: Index, role: int) -> object:
        if role == Qt.ItemDataRole.ForegroundRole and row.removed:
            return QColor(MUTED)
        return None


def _device_seen(d: DeviceStatus) -> str:
    if d.this_device:
        return translate("TeamPage", "This laptop")
    return _when(d.last_seen_at) if d.last_seen_at else translate("TeamPage", "Not yet")


def _device_applied(d: DeviceStatus) -> str:
    if d.this_device:
        return str(d.in_folder)
    return translate("TeamPage", "{applied} of {written}").format(
        applied=d.applied, written=d.in_folder
    )


def _device_state(d: DeviceStatus) -> str:
    if d.removed:
        return translate("TeamPage", "Removed")
    if d.this_device:
        return translate("TeamPage", "This laptop")
    if d.applied < d.in_folder:
        return translate("TeamPage", "Changes to apply")
    return translate("TeamPage", "Up to date")


class ConflictsModel(RowsModel[ConflictInfo]):
    columns = (
        Column(
            lambda: translate("TeamPage", "Record"), lambda c: f"{kind_label(c.kind)} {c.record}"
        ),
        Column(lambda: translate("TeamPage", "Field"), lambda c: field_label(c.field)),
        Column(lambda: translate("TeamPage", "Value kept"), lambda c: value_text(c, c.kept)),
        Column(lambda: translate("TeamPage", "Other value"), lambda c: value_text(c, c.other)),
        Column(lambda: translate("TeamPage", "Found"), lambda c: _when(c.found_at)),
    )


@dataclass(frozen=True)
class _Loaded:
    status: TeamStatus | None
    conflicts: list[ConflictInfo]


class TeamPage(QWidget):
    """The Team page. ``team_sync``: the main window's controller (one of its own else)."""

    status_message = Signal(str)
    loaded = Signal()  # after each (background) load: tests wait for it

    def __init__(
        self, store: Store, parent: QWidget | None = None, team_sync: AutoSync | None = None
    ) -> None:
        super().__init__(parent)
        self.store = store
        found = team_sync or getattr(parent, "team_sync", None)
        self.team_sync: AutoSync = (
            found if isinstance(found, AutoSync) else AutoSync(store, self, automatic=False)
        )
        self.status: TeamStatus | None = None
        self.current_dialog: QDialog | None = None
        self._task: Task | None = None
        self._loading = False
        self._reload = False
        self.is_admin = store.can(Permission.USERS_MANAGE)

        self.title = QLabel(self.tr("Team"), self)
        set_role(self.title, "pageTitle")
        self.sync_button = QPushButton(self.tr("Sync now"), self)
        set_role(self.sync_button, "primary")
        self.invite_button = QPushButton(self.tr("Invite a laptop…"), self)
        self.remove_button = QPushButton(self.tr("Remove laptop…"), self)
        header = QHBoxLayout()
        header.addWidget(self.title)
        header.addStretch(1)
        for button in (self.remove_button, self.invite_button, self.sync_button):
            header.addWidget(button)
        self.invite_button.setVisible(self.is_admin)
        self.remove_button.setVisible(self.is_admin)

        self.stack = QStackedWidget(self)
        self.no_team = EmptyState(self)
        self.team_view = self._build_team_view()
        self.stack.addWidget(self.no_team)
        self.stack.addWidget(self.team_view)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 12)
        layout.setSpacing(10)
        layout.addLayout(header)
        layout.addWidget(self.stack, 1)

        self.sync_button.clicked.connect(self.sync_now)
        self.invite_button.clicked.connect(self.invite)
        self.remove_button.clicked.connect(self.remove_selected)
        self.no_team.next_step.connect(self.create_team)
        self.keep_button.clicked.connect(self.keep_selected)
        self.other_button.clicked.connect(self.take_other_selected)
        self.devices.selectionModel().selectionChanged.connect(self._update_buttons)
        self.conflicts.selectionModel().selectionChanged.connect(self._update_buttons)
        self.team_sync.started.connect(self._sync_started)
        self.team_sync.finished.connect(self._sync_finished)
        self.team_sync.failed.connect(self._sync_failed)
        self.watch = ChangeWatch(self, store, {Change.TEAM}, self.refresh)
        self.refresh()

    # --- building -------------------------------------------------------------------------

    def _build_team_view(self) -> QWidget:
        view = QWidget(self)
        self.this_laptop = QLabel(view)
        self.folder_label = QLabel(view)
        self.folder_label.setWordWrap(True)
        self.last_sync = QLabel(view)
        self.waiting = QLabel(view)
        for label in (self.this_laptop, self.folder_label):
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        form = QFormLayout()
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(self.tr("This laptop"), self.this_laptop)
        form.addRow(self.tr("Team folder"), self.folder_label)
        form.addRow(self.tr("Last sync"), self.last_sync)
        form.addRow(self.tr("Changes waiting to be sent"), self.waiting)

        self.progress = QProgressBar(view)
        self.progress.setRange(0, 0)
        self.progress.setMaximumWidth(220)
        self.progress.hide()
        self.sync_state = QLabel(view)
        self.sync_state.setWordWrap(True)
        progress_row = QHBoxLayout()
        progress_row.addWidget(self.progress)
        progress_row.addWidget(self.sync_state, 1)

        devices_title = QLabel(self.tr("Laptops of the team"), view)
        set_role(devices_title, "sectionTitle")
        self.devices_model = DevicesModel(self)
        self.devices = QTableView(view)
        self.devices.setModel(self.devices_model)
        setup_list_table(self.devices)
        self.devices.horizontalHeader().setStretchLastSection(True)
        for column, width in ((0, 260), (1, 210), (2, 180), (3, 170)):
            self.devices.setColumnWidth(column, width)

        conflicts_title = QLabel(self.tr("Sync conflicts"), view)
        set_role(conflicts_title, "sectionTitle")
        self.conflicts_explain = QLabel(
            self.tr(
                "Two laptops changed the same thing before they synced. Every laptop now holds "
                "the value kept; keep it, or use the other value instead."
            ),
            view,
        )
        self.conflicts_explain.setWordWrap(True)
        set_role(self.conflicts_explain, "muted")
        self.conflicts_model = ConflictsModel(self)
        self.conflicts = QTableView(view)
        self.conflicts.setModel(self.conflicts_model)
        setup_list_table(self.conflicts)
        cheader = self.conflicts.horizontalHeader()
        for column in (2, 3):
            cheader.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        for column, width in ((0, 200), (1, 160), (4, 150)):
            self.conflicts.setColumnWidth(column, width)
        self.no_conflicts = QLabel(self.tr("No sync conflicts."), view)
        set_role(self.no_conflicts, "muted")
        self.keep_button = QPushButton(self.tr("Keep"), view)
        self.other_button = QPushButton(self.tr("Use the other value"), view)
        conflict_buttons = QHBoxLayout()
        conflict_buttons.addWidget(self.no_conflicts)
        conflict_buttons.addStretch(1)
        conflict_buttons.addWidget(self.keep_button)
        conflict_buttons.addWidget(self.other_button)

        layout = QVBoxLayout(view)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        layout.addLayout(form)
        layout.addLayout(progress_row)
        layout.addWidget(devices_title)
        layout.addWidget(self.devices, 3)
        layout.addWidget(conflicts_title)
        layout.addWidget(self.conflicts_explain)
        layout.addWidget(self.conflicts, 2)
        layout.addLayout(conflict_buttons)
        return view

    # --- loading --------------------------------------------------------------------------

    def refresh(self) -> None:
        """Load what the page shows: the team folder is read in the background."""
        self.watch.mark_fresh()
        try:
            summary = team_summary(self.store)
        except SaphanError as exc:
            self.sync_state.setText(describe(exc))
            return
        if summary is None:
            self._show_no_team()
            self.loaded.emit()
            return
        self.stack.setCurrentWidget(self.team_view)
        self.this_laptop.setText(summary.device_name)
        self.folder_label.setText(summary.folder)
        self.last_sync.setText(
            _when(summary.last_sync_at) if summary.last_sync_at else self.tr("Not synced yet")
        )
        self.waiting.setText(str(summary.changes_waiting))
        self._load_conflicts()
        if self._loading:
            # What the running load reads may be older than what is asked for now: read again
            # when it is done, so the page never settles on a status from before this call.
            self._reload = True
            return
        self._start_load()

    def _start_load(self) -> None:
        self._loading = True
        self._reload = False
        store = self.store
        self._task = run_in_background(
            lambda: _Loaded(team_status(store), []), self._loaded, self._load_failed
        )

    def _load_conflicts(self) -> None:
        selected = self.selected_conflict()
        try:
            self.conflicts_model.set_rows(conflicts.list_conflicts(self.store))
        except SaphanError as exc:
            self.sync_state.setText(describe(exc))
            return
        if selected is not None:
            row = self.conflicts_model.row_of(selected.id)
            if row is not None:
                self.conflicts.selectRow(row)
        self.no_conflicts.setVisible(self.conflicts_model.rowCount() == 0)
        self._update_buttons()

    def _loaded(self, loaded: _Loaded) -> None:
        if self._reload:
            self._start_load()
            return
        self._loading = False
        self.show_status(loaded.status)
        self.loaded.emit()

    def _load_failed(self, error: SaphanError) -> None:
        if self._reload:
            self._start_load()
            return
        self._loading = False
        self.sync_state.setText(describe(error))
        self.loaded.emit()

    def show_status(self, status: TeamStatus | None) -> None:
        if status is None:
            self._show_no_team()
            return
        self.status = status
        self.stack.setCurrentWidget(self.team_view)
        self.this_laptop.setText(
            self.tr("{name} · fingerprint {fingerprint}").format(
                name=status.device_name, fingerprint=status.fingerprint
            )
        )
        folder = status.folder
        self.folder_label.setText(
            folder
            if status.folder_reachable
            else self.tr("{folder} (not reachable now)").format(folder=folder)
        )
        self.last_sync.setText(
            _when(status.last_sync_at) if status.last_sync_at else self.tr("Not synced yet")
        )
        self.waiting.setText(str(status.changes_waiting))
        selected = self.selected_device()
        self.devices_model.set_rows(status.devices)
        if selected is not None:
            row = self.devices_model.row_of(selected.device_id)
            if row is not None:
                self.devices.selectRow(row)
        self._update_buttons()

    def _show_no_team(self) -> None:
        self.status = None
        self.stack.setCurrentWidget(self.no_team)
        for button in (self.sync_button, self.invite_button, self.remove_button):
            button.hide()
        text = self.tr(
            "This laptop is not part of a team yet.\n\nWhen your CSO works on several laptops, "
            "make them a team: they then keep the same records, synced through a team folder "
            "(an office network drive, a synced cloud folder or a USB stick). Everything in "
            "the folder is encrypted."
        )
        if self.is_admin:
            self.no_team.show_message(text, self.tr("Create a team…"))
        else:
            self.no_team.show_message(
                text + "\n\n" + self.tr("Ask your CSO's admin to create the team.")
            )

    def _update_buttons(self) -> None:
        in_team = self.stack.currentWidget() is self.team_view
        self.sync_button.setVisible(in_team)
        self.invite_button.setVisible(in_team and self.is_admin)
        self.remove_button.setVisible(in_team and self.is_admin)
        self.sync_button.setEnabled(not self.team_sync.running)
        device = self.selected_device()
        self.remove_button.setEnabled(
            device is not None and not device.this_device and not device.removed
        )
        chosen = self.selected_conflict()
        self.keep_button.setEnabled(chosen is not None)
        self.other_button.setEnabled(chosen is not None and not chosen.hidden)

    def selected_device(self) -> DeviceStatus | None:
        rows = self.devices.selectionModel().selectedRows()
        return self.devices_model.row_at(rows[0].row()) if rows else None

    def selected_conflict(self) -> ConflictInfo | None:
        rows = self.conflicts.selectionModel().selectedRows()
        return self.conflicts_model.row_at(rows[0].row()) if rows else None

    # --- sync -----------------------------------------------------------------------------

    def sync_now(self) -> None:
        if not self.team_sync.sync("manual"):
            self.status_message.emit(self.tr("A sync is running already."))

    def _sync_started(self, _reason: str) -> None:
        self.progress.show()
        self.sync_state.setText(self.tr("Syncing with the team folder…"))
        self.sync_button.setEnabled(False)

    def _sync_finished(self, outcome: SyncOutcome) -> None:
        self.progress.hide()
        self.sync_button.setEnabled(True)
        result = outcome.result
        if result is None:
            self.sync_state.setText(
                self.tr(
                    "The team folder cannot be reached. Connect the drive or the USB stick, "
                    "then sync again. Changes made here wait on this laptop."
                )
            )
        else:
            text = self.tr("Changes sent: {sent}. Changes received: {received}.").format(
                sent=result.sent, received=result.received
            )
            if result.conflicts:
                text += " " + self.tr("{count} new sync conflicts: see below.").format(
                    count=result.conflicts
                )
            if result.waiting_for:
                text += " " + self.tr("Waiting for changes from {names}.").format(
                    names=", ".join(result.waiting_for)
                )
            if result.refused:
                text += " " + self.tr(
                    "{count} files in the team folder were refused; nothing in them was used."
                ).format(count=len(result.refused))
            self.sync_state.setText(text)
        if outcome.status is not None:
            self.show_status(outcome.status)
        self._load_conflicts()
        self.refresh()

    def _sync_failed(self, error: SaphanError) -> None:
        self.progress.hide()
        self.sync_button.setEnabled(True)
        self.sync_state.setText(self.tr("Sync failed: {reason}").format(reason=describe(error)))

    # --- conflicts ------------------------------------------------------------------------

    def keep_selected(self) -> None:
        chosen = self.selected_conflict()
        if chosen is None:
            return
        try:
            conflicts.keep(self.store, chosen.id)
        except SaphanError as exc:
            dialogs.show_error(self, self.tr("Could not settle the conflict"), exc)
            return
        self._load_conflicts()
        self.status_message.emit(
            self.tr("Kept the value of {record}.").format(record=chosen.record)
        )

    def take_other_selected(self) -> None:
        chosen = self.selected_conflict()
        if chosen is None:
            return
        try:
            conflicts.take_other(self.store, chosen.id)
        except SaphanError as exc:
            dialogs.show_error(self, self.tr("Could not settle the conflict"), exc)
            return
        self._load_conflicts()
        self.status_message.emit(
            self.tr("{record} now holds the other value; it goes to every laptop.").format(
                record=chosen.record
            )
        )

    # --- create, invite, remove -----------------------------------------------------------

    def _open(self, dialog: QDialog) -> None:
        self.current_dialog = dialog
        dialog.finished.connect(dialog.deleteLater)
        dialog.finished.connect(lambda _r: self._closed(dialog))
        dialog.open()

    def _closed(self, dialog: QDialog) -> None:
        if self.current_dialog is dialog:
            self.current_dialog = None

    def create_team(self) -> None:
        if not self.is_admin:
            return
        dialog = CreateTeamDialog(self)
        dialog.accepted.connect(lambda: self._create(dialog))
        self._open(dialog)

    def _create(self, dialog: CreateTeamDialog) -> None:
        folder = dialog.folder.path()
        invitation = dialog.invitation.path()
        device = dialog.device_name.text().strip()
        laptop = dialog.invite_name.text().strip() or self.tr("Laptop 2")
        assert folder is not None
        assert invitation is not None
        store = self.store

        def work() -> tuple[str, enrol.Invitation]:
            passphrase = keys.new_recovery_passphrase()
            enrol.create_team(store, folder, device_name=device, recovery_passphrase=passphrase)
            made = enrol.invite_device(store, name=laptop)
            _write_invitation(invitation, made.data)
            return passphrase, made

        def done(made: tuple[str, enrol.Invitation]) -> None:
            passphrase, inv = made
            self.refresh()
            self.status_message.emit(self.tr("The team is created."))
            shown = TeamPassphraseDialog(passphrase, self)
            shown.finished.connect(
                lambda _r: self._open(PairingCodeDialog(inv.code, invitation, laptop, self))
            )
            self._open(shown)

        self._task = run_task(
            self, self.tr("Creating the team…"), work, done, self._failed(self.tr("Not created"))
        )

    def invite(self) -> None:
        if not self.is_admin:
            return
        dialog = InviteDialog(self)
        dialog.accepted.connect(lambda: self._invite(dialog))
        self._open(dialog)

    def _invite(self, dialog: InviteDialog) -> None:
        laptop = dialog.name.text().strip()
        invitation = dialog.invitation.path()
        assert invitation is not None
        store = self.store

        def work() -> enrol.Invitation:
            made = enrol.invite_device(store, name=laptop)
            _write_invitation(invitation, made.data)
            return made

        def done(made: enrol.Invitation) -> None:
            self._open(PairingCodeDialog(made.code, invitation, laptop, self))

        self._task = run_task(
            self,
            self.tr("Writing the invitation…"),
            work,
            done,
            self._failed(self.tr("No invitation")),
        )

    def remove_selected(self) -> None:
        device = self.selected_device()
        if device is None or device.this_device or device.removed or not self.is_admin:
            return
        if not dialogs.ask(
            self,
            self.tr("Remove laptop?"),
            self.tr(
                "Remove “{name}” ({fingerprint}) from the team?\n\nDo this when the laptop is "
                "lost, stolen or no longer used by the CSO. It will not be able to read anything "
                "written from now on, and whatever it writes will be refused. This cannot be "
                "undone: to use it again, invite it as a new laptop."
            ).format(name=device.name, fingerprint=device.fingerprint),
            self.tr("Remove “{name}”").format(name=device.name),
            self.tr("Keep it"),
        ):
            return
        store = self.store
        wanted = device.device_id

        def done(name: str) -> None:
            self.refresh()
            self.status_message.emit(self.tr("Removed “{name}” from the team.").format(name=name))

        self._task = run_task(
            self,
            self.tr("Removing the laptop…"),
            lambda: enrol.remove_device(store, wanted),
            done,
            self._failed(self.tr("Not removed")),
        )

    def _failed(self, title: str):  # type: ignore[no-untyped-def]
        def show(error: SaphanError) -> None:
            dialogs.show_error(self, title, error)

        return show


def _write_invitation(path: Path, data: bytes) -> None:
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
    except OSError as exc:
        raise StorageProblem("cannot_write") from exc
