"""The Settings page: the CSO's auto-lock, service lines, retention rule with the people due for
erasure, instruments (imported from XLSForm) and backups (admins), and each user's own account,
language and calendar."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from db import backup, remember, settings, users
from db.backup import BackupInfo
from db.changes import Change
from db.errors import KeyringUnavailable, SaphanError
from db.permissions import Permission
from db.store import Store
from desktop import dates, i18n
from desktop.changes import ChangeWatch
from desktop.custom_fields.admin import CustomFieldsBox
from desktop.errors import describe
from desktop.labels import local_time_text
from desktop.login.last_user import set_last_language
from desktop.settings_page.backups import BackupFlows
from desktop.settings_page.consent_scopes import ConsentScopesBox
from desktop.settings_page.default_area import DefaultAreaBox
from desktop.settings_page.instruments import InstrumentsBox
from desktop.settings_page.programmes import ActivityTypesBox, ProgrammesBox
from desktop.settings_page.retention import RetentionBox
from desktop.settings_page.service_lines import ServiceLinesBox
from desktop.style import set_role
from desktop.users.own_password import ChangeOwnPasswordDialog
from desktop.widgets import dialogs

SAVE_DELAY_MS = 600


def _muted(text: str, parent: QWidget) -> QLabel:
    label = QLabel(text, parent)
    label.setWordWrap(True)
    set_role(label, "muted")
    return label


class SettingsPage(QWidget):
    status_message = Signal(str)
    auto_lock_changed = Signal(int)  # minutes, 0 = never
    backed_up = Signal(object)  # BackupInfo
    restored = Signal(object)  # RestoredBackup: the store is closed, sign in again
    calendar_changed = Signal(str)  # dates.GREGORIAN or dates.BUDDHIST

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._store = store
        self.flows = BackupFlows(store, self)
        self.flows.backed_up.connect(self._backed_up)
        self.flows.restored.connect(self.restored)
        self.password_dialog: ChangeOwnPasswordDialog | None = None

        title = QLabel(self.tr("Settings"), self)
        set_role(title, "pageTitle")
        body = QWidget(self)
        column = QVBoxLayout(body)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(14)
        column.addWidget(self._account_box(body))
        # Backup second: in sight without scrolling on a 1366×768 laptop (it was below the
        # fold, under the lists the admin rarely changes).
        self.backup_box = self._backup_box(body) if store.can(Permission.BACKUP) else None
        if self.backup_box is not None:
            column.addWidget(self.backup_box)
            # The last backup's date is a setting: shown as it is, whoever made the backup.
            self.watch = ChangeWatch(self, store, {Change.SETTINGS}, self._show_last_backup)
        column.addWidget(self._language_box(body))
        self.lock_box = self._lock_box(body) if store.can(Permission.SETTINGS) else None
        if self.lock_box is not None:
            column.addWidget(self.lock_box)
        self.lines_box: ServiceLinesBox | None = None
        if store.can(Permission.SETTINGS):
            self.lines_box = ServiceLinesBox(store, body)
            self.lines_box.status_message.connect(self.status_message)
            column.addWidget(self.lines_box)
        self.scopes_box: ConsentScopesBox | None = None
        if store.can(Permission.SETTINGS):
            self.scopes_box = ConsentScopesBox(store, body)
            self.scopes_box.status_message.connect(self.status_message)
            column.addWidget(self.scopes_box)
        self.programmes_box: ProgrammesBox | None = None
        self.types_box: ActivityTypesBox | None = None
        if store.can(Permission.SETTINGS):
            self.programmes_box = ProgrammesBox(store, body)
            self.programmes_box.status_message.connect(self.status_message)
            column.addWidget(self.programmes_box)
            self.types_box = ActivityTypesBox(store, body)
            self.types_box.status_message.connect(self.status_message)
            column.addWidget(self.types_box)
        self.area_box: DefaultAreaBox | None = None
        if store.can(Permission.SETTINGS):
            self.area_box = DefaultAreaBox(store, body)
            self.area_box.status_message.connect(self.status_message)
            column.addWidget(self.area_box)
        self.fields_box: CustomFieldsBox | None = None
        if store.can(Permission.SETTINGS):
            self.fields_box = CustomFieldsBox(store, body)
            self.fields_box.status_message.connect(self.status_message)
            column.addWidget(self.fields_box)
        self.retention_box: RetentionBox | None = None
        if store.can(Permission.SETTINGS):
            self.retention_box = RetentionBox(store, body)
            self.retention_box.status_message.connect(self.status_message)
            column.addWidget(self.retention_box)
        self.instruments_box: InstrumentsBox | None = None
        if store.can(Permission.SETTINGS):
            self.instruments_box = InstrumentsBox(store, body)
            self.instruments_box.status_message.connect(self.status_message)
            column.addWidget(self.instruments_box)
        column.addStretch(1)
        body.setMaximumWidth(760)

        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(body)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 12)
        layout.setSpacing(12)
        layout.addWidget(title)
        layout.addWidget(scroll, 1)

    # --- my account (everyone) ------------------------------------------------------------

    def _account_box(self, parent: QWidget) -> QGroupBox:
        box = QGroupBox(self.tr("My account"), parent)
        user = self._store.user
        who = QLabel(
            self.tr("Signed in as {name} ({username}).").format(
                name=user.full_name, username=user.username
            ),
            box,
        )
        self.remember_box = QCheckBox(self.tr("Remember me on this Windows account"), box)
        self.remember_box.setChecked(remember.is_remembered(self._store.path, user.username))
        self.remember_box.toggled.connect(self._remember_toggled)
        self.remember_message = QLabel(box)
        self.remember_message.setWordWrap(True)
        set_role(self.remember_message, "fieldError")
        self.remember_message.hide()
        hint = _muted(
            self.tr(
                "Saphan then opens without asking for your password when you are signed in to "
                "this Windows account. Use it only if nobody else uses your Windows account. "
                "The screen still locks when you are away."
            ),
            box,
        )
        self.change_password_button = QPushButton(self.tr("Change my password…"), box)
        self.change_password_button.clicked.connect(self.change_my_password)
        row = QHBoxLayout()
        row.addWidget(self.change_password_button)
        row.addStretch(1)
        layout = QVBoxLayout(box)
        layout.addWidget(who)
        layout.addSpacing(4)
        layout.addWidget(self.remember_box)
        layout.addWidget(hint)
        layout.addWidget(self.remember_message)
        layout.addSpacing(4)
        layout.addLayout(row)
        return box

    def _remember_toggled(self, on: bool) -> None:
        self.remember_message.hide()
        user = self._store.user
        if not on:
            remember.forget_me(self._store.path, user.username)
            self.status_message.emit(self.tr("Saphan will ask for your password again."))
            return
        try:
            if not remember.keyring_available():
                raise KeyringUnavailable("no keyring")
            remember.remember_me(self._store)
        except KeyringUnavailable as exc:
            self._refuse_remember(describe(exc))
            return
        except SaphanError as exc:
            remember.forget_me(self._store.path, user.username)
            self._refuse_remember(describe(exc))
            return
        self.status_message.emit(self.tr("Saphan will remember you on this Windows account."))

    def _refuse_remember(self, text: str) -> None:
        self.remember_box.blockSignals(True)
        self.remember_box.setChecked(False)
        self.remember_box.blockSignals(False)
        self.remember_message.setText(text)
        self.remember_message.show()

    def change_my_password(self) -> None:
        dialog = ChangeOwnPasswordDialog(self._store, self)
        self.password_dialog = dialog
        dialog.accepted.connect(
            lambda: self.status_message.emit(self.tr("Your password was changed."))
        )
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    # --- language and calendar (everyone, each for themselves) -------------------------------

    def _language_box(self, parent: QWidget) -> QGroupBox:
        box = QGroupBox(self.tr("Language and dates"), parent)
        self.language_combo = QComboBox(box)
        for code, name in i18n.available():
            self.language_combo.addItem(name, code)
        self.language_combo.setCurrentIndex(
            max(0, self.language_combo.findData(i18n.current_language()))
        )
        self.language_combo.currentIndexChanged.connect(self._language_chosen)
        self.buddhist_box = QCheckBox(
            self.tr("Show years in the Thai Buddhist era (2026 is shown as 2569)"), box
        )
        self.buddhist_box.setChecked(dates.calendar() == dates.BUDDHIST)
        self.buddhist_box.toggled.connect(self._calendar_toggled)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.tr("Language of Saphan"), self.language_combo)
        layout = QVBoxLayout(box)
        layout.addLayout(form)
        layout.addWidget(self.buddhist_box)
        layout.addWidget(
            _muted(
                self.tr(
                    "Only for you: each staff member chooses their own language. Word documents "
                    "are written in this language too, except session plans (in the plan's "
                    "language) and referral slips (in the person's language)."
                ),
                box,
            )
        )
        return box

    def _language_chosen(self) -> None:
        code = str(self.language_combo.currentData())
        try:
            users.set_language(self._store, code)
        except SaphanError as exc:
            dialogs.show_error(self, self.tr("Not saved"), exc)
            return
        # The main window rebuilds its pages, this one included, in the new language.
        set_last_language(i18n.set_language(code))

    def _calendar_toggled(self, on: bool) -> None:
        calendar = dates.BUDDHIST if on else dates.GREGORIAN
        try:
            settings.set_user_calendar(self._store, calendar)
        except SaphanError as exc:
            dialogs.show_error(self, self.tr("Not saved"), exc)
            return
        dates.set_calendar(calendar)
        self.calendar_changed.emit(calendar)
        self.status_message.emit(self.tr("Dates will be shown with the new year."))

    # --- auto-lock (admins) ---------------------------------------------------------------

    def _lock_box(self, parent: QWidget) -> QGroupBox:
        box = QGroupBox(self.tr("Screen lock"), parent)
        self.auto_lock = QSpinBox(box)
        self.auto_lock.setRange(0, 240)
        self.auto_lock.setSuffix(self.tr(" minutes"))
        self.auto_lock.setSpecialValueText(self.tr("Never"))
        self.auto_lock.setFixedWidth(150)
        self.auto_lock.setValue(settings.auto_lock_minutes(self._store))
        self._save_timer = QTimer(self)
        self._save_timer.setSingleShot(True)
        self._save_timer.setInterval(SAVE_DELAY_MS)
        self._save_timer.timeout.connect(self.save_auto_lock)
        self.auto_lock.valueChanged.connect(self._save_timer.start)
        self.auto_lock.editingFinished.connect(self.save_auto_lock)
        form = QFormLayout()
        form.addRow(self.tr("Lock the screen after"), self.auto_lock)
        layout = QVBoxLayout(box)
        layout.addLayout(form)
        layout.addWidget(
            _muted(
                self.tr(
                    "For everyone in the organisation, on this laptop: after this many minutes "
                    "without use, Saphan hides all records until the password is typed again. "
                    "Ctrl+L locks at once."
                ),
                box,
            )
        )
        return box

    def save_auto_lock(self) -> None:
        self._save_timer.stop()
        minutes = self.auto_lock.value()
        if minutes == settings.auto_lock_minutes(self._store):
            return
        try:
            settings.set_auto_lock_minutes(self._store, minutes)
        except SaphanError as exc:
            dialogs.show_error(self, self.tr("Not saved"), exc)
            return
        self.auto_lock_changed.emit(minutes)
        self.status_message.emit(self.tr("Screen lock setting saved."))

    # --- backups (admins) -----------------------------------------------------------------

    def _backup_box(self, parent: QWidget) -> QGroupBox:
        box = QGroupBox(self.tr("Backup"), parent)
        self.last_backup_label = QLabel(box)
        self.last_backup_label.setWordWrap(True)
        self.backup_button = QPushButton(self.tr("Back up now…"), box)
        set_role(self.backup_button, "primary")
        self.restore_button = QPushButton(self.tr("Restore from backup…"), box)
        self.backup_button.clicked.connect(self.flows.back_up_now)
        self.restore_button.clicked.connect(self.flows.restore)
        row = QHBoxLayout()
        row.addWidget(self.backup_button)
        row.addWidget(self.restore_button)
        row.addStretch(1)
        layout = QVBoxLayout(box)
        layout.addWidget(self.last_backup_label)
        layout.addWidget(
            _muted(
                self.tr(
                    "A laptop can be lost, stolen or broken. Back up at least once a week to a "
                    "USB stick that is kept somewhere else. The backup is encrypted."
                ),
                box,
            )
        )
        layout.addLayout(row, 0)
        layout.setAlignment(row, Qt.AlignmentFlag.AlignLeft)
        self._show_last_backup()
        return box

    def _show_last_backup(self) -> None:
        try:
            last = backup.last_backup_at(self._store)
        except SaphanError:
            last = None
        if last is None:
            self.last_backup_label.setText(self.tr("There is no backup yet."))
        else:
            self.last_backup_label.setText(
                self.tr("Last backup: {time}").format(time=local_time_text(last))
            )

    def _backed_up(self, info: BackupInfo) -> None:
        self._show_last_backup()
        self.backed_up.emit(info)
        self.status_message.emit(self.tr("Backup saved: {file}").format(file=info.path.name))
