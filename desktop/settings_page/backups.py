"""Back up now / Restore from backup: the two flows of the Settings page's Backup box."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QLocale, QObject, Signal
from PySide6.QtWidgets import QFileDialog, QWidget

from db import backup
from db.backup import BackupInfo, BackupRefused, RestoredBackup
from db.errors import SaphanError
from db.store import Store
from desktop.labels import local_time_text
from desktop.settings_page.restore_dialog import RestoreDialog, backup_date_text
from desktop.tasks import Task, run_with_progress
from desktop.widgets import dialogs


class BackupFlows(QObject):
    """``backed_up(info)`` after a backup; ``restored(result)`` after a restore, when the
    store has been closed and the user must sign in again."""

    backed_up = Signal(object)
    restored = Signal(object)
    backup_cancelled = Signal()

    def __init__(self, store: Store, parent_widget: QWidget) -> None:
        super().__init__(parent_widget)
        self._store = store
        self._widget = parent_widget
        self.task: Task | None = None
        self.restore_dialog: RestoreDialog | None = None

    # --- backing up -----------------------------------------------------------------------

    def back_up_now(self) -> None:
        # Starts in the Backups folder beside the database (under the user's own profile),
        # never wherever the app happened to be started from.
        folder = QFileDialog.getExistingDirectory(
            self._widget,
            self.tr("Choose where to save the backup (for example a USB stick)"),
            str(backup.prepare_default_backup_folder(self._store.path)),
        )
        if not folder:
            return
        out = Path(folder) / backup.default_backup_name(self._store.cso.code)
        store = self._store
        self.task = run_with_progress(
            self._widget,
            self.tr("Making a backup…"),
            lambda advance: backup.backup_database(store, out, advance),
            self._backed_up,
            self._backup_failed,
            self._backup_cancelled,
            note=self.usb_warning(),
        )

    def usb_warning(self) -> str:
        return self.tr("Do not unplug the USB stick until the backup is finished.")

    def _backup_cancelled(self) -> None:
        self.task = None
        self.backup_cancelled.emit()
        dialogs.inform(
            self._widget,
            self.tr("No backup was made"),
            self.tr(
                "The backup was cancelled and nothing was saved. The USB stick can be "
                "removed safely now; make a backup soon."
            ),
        )

    def _backed_up(self, info: BackupInfo) -> None:
        self.task = None
        self.backed_up.emit(info)
        dialogs.inform(
            self._widget,
            self.tr("Backup saved"),
            self.tr(
                "The backup was saved as {file} ({size}) in {folder}.\n\n"
                "Keep the USB stick somewhere safe, away from this laptop. The backup is "
                "encrypted: it opens only with a staff password or the recovery passphrase."
            ).format(
                file=info.path.name,
                size=QLocale().formattedDataSize(
                    info.size_bytes, 1, QLocale.DataSizeFormat.DataSizeTraditionalFormat
                ),
                folder=str(info.path.parent),
            ),
        )

    def _backup_failed(self, error: SaphanError) -> None:
        self.task = None
        dialogs.show_error(self._widget, self.tr("No backup was made"), error)

    # --- restoring ------------------------------------------------------------------------

    def restore(self) -> None:
        chosen, _filter = QFileDialog.getOpenFileName(
            self._widget,
            self.tr("Choose the backup to restore"),
            "",
            self.tr("Saphan backups (*{suffix});;All files (*)").format(
                suffix=backup.BACKUP_SUFFIX
            ),
        )
        if not chosen:
            return
        path = Path(chosen)
        try:
            manifest = backup.read_backup_manifest(path)
        except BackupRefused as exc:
            dialogs.show_error(self._widget, self.tr("Not restored"), exc)
            return
        dialog = RestoreDialog(
            manifest, path.name, self._store.cso.code, self._store.user.username, self._widget
        )
        self.restore_dialog = dialog
        dialog.accepted.connect(lambda: self._confirm_restore(path, manifest, dialog))
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    def _confirm_restore(self, path: Path, manifest: dict[str, str], dialog: RestoreDialog) -> None:
        self.restore_dialog = None
        credentials = dialog.credentials()
        confirmed = dialogs.ask(
            self._widget,
            self.tr("Replace the data on this laptop?"),
            self.tr(
                "This replaces the data on this laptop with the backup from {date}. "
                "The current data is kept beside it as a safety copy.\n\n"
                "Everything entered after {date} will not be in Saphan any more."
            ).format(date=backup_date_text(manifest)),
            self.tr("Replace the data"),
            self.tr("Cancel"),
        )
        if not confirmed:
            return
        store = self._store
        # The database file is about to be replaced: no connection may stay open on it.
        # (A refused restore changes nothing; the store simply reconnects when used again.)
        store.close()
        self.task = run_with_progress(
            self._widget,
            self.tr("Checking and restoring the backup…"),
            lambda advance: backup.restore_backup(
                path, store.path, progress=advance, **credentials
            ),
            self._restored,
            self._restore_failed,
            self._restore_cancelled,
            note=self.tr("Do not unplug the USB stick until the restore is finished."),
        )

    def _restore_cancelled(self) -> None:
        self.task = None
        dialogs.inform(
            self._widget,
            self.tr("Not restored"),
            self.tr(
                "The restore was cancelled. The data on this laptop is as it was, and "
                "nothing was left behind. The USB stick can be removed safely now."
            ),
        )

    def _restored(self, result: RestoredBackup) -> None:
        self.task = None
        dialogs.inform(
            self._widget,
            self.tr("Backup restored"),
            self.tr(
                "The backup from {date} was restored. Sign in again to continue.\n\n"
                "The data that was on this laptop before is kept as {safety}."
            ).format(
                date=local_time_text(result.created_at),
                safety=str(result.safety_copy) if result.safety_copy else "—",
            ),
        )
        self.restored.emit(result)

    def _restore_failed(self, error: SaphanError) -> None:
        self.task = None
        dialogs.show_error(self._widget, self.tr("Not restored"), error)
