"""The Share page: join the network, choose the shared folder, see exactly what would leave
this laptop, publish it, pull the network's file and directory.

Who: CSO admins (``Permission.SETTINGS``; they also hold ``NETWORK``, which signing needs).
Publishing speaks for the whole CSO, like its profile and backups, so it sits with the people
who manage those. Building the preview and publishing run off the GUI thread.

Offline first: the network file last accepted is kept in the database, so the preview works
without the folder; when the folder is not reachable, publishing says so and nothing is lost.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont, QShowEvent
from PySide6.QtWidgets import (
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from db.errors import SaphanError
from db.sharing import cso_public_key, key_fingerprint
from db.store import Store
from desktop import network_state as state
from desktop.network_labels import folder_unreachable_message, network_error_message
from desktop.share_page.preview import BundlePreview
from desktop.style import set_role
from desktop.tasks import Task, run_in_background, run_task
from desktop.widgets import dialogs
from directory.bundle import Bundle, build_bundle
from directory.network import Network


class SharePage(QWidget):
    status_message = Signal(str)
    published = Signal(object)  # the Bundle written
    preview_ready = Signal()

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._store = store
        self.network: Network | None = state.stored_network(store)
        self.bundle: Bundle | None = None
        self.task: Task | None = None

        title = QLabel(self.tr("Share with the network"), self)
        set_role(title, "pageTitle")
        intro = QLabel(
            self.tr(
                "Only your services and counts too large to identify anyone are shared. "
                "Below is exactly what would leave this laptop."
            ),
            self,
        )
        intro.setWordWrap(True)
        set_role(intro, "muted")

        # Joining: the fingerprint is read out over the phone to the coordinator.
        join = QGroupBox(self.tr("Join the network"), self)
        self.fingerprint = QLabel(self)
        mono = QFont("monospace")
        mono.setStyleHint(QFont.StyleHint.Monospace)
        mono.setPointSizeF(self.font().pointSizeF() + 3)
        mono.setBold(True)
        self.fingerprint.setFont(mono)
        self.fingerprint.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        how = QLabel(
            self.tr("Read this key fingerprint to the coordinator (by phone or in person)."),
            join,
        )
        how.setWordWrap(True)
        set_role(how, "muted")
        self.network_label = QLabel(join)
        self.network_label.setWordWrap(True)
        self.import_button = QPushButton(self.tr("Import network file…"), join)
        self.import_button.clicked.connect(self.import_network_file)
        join_layout = QVBoxLayout(join)
        join_layout.addWidget(how)
        join_layout.addWidget(self.fingerprint)
        join_layout.addWidget(self.network_label)
        join_layout.addWidget(self.import_button, 0, Qt.AlignmentFlag.AlignLeft)
        join_layout.addStretch(1)

        # The shared folder.
        where = QGroupBox(self.tr("Shared folder"), self)
        self.folder_label = QLabel(where)
        self.folder_label.setWordWrap(True)
        self.folder_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.choose_button = QPushButton(self.tr("Choose folder…"), where)
        self.choose_button.clicked.connect(self.choose_folder)
        self.pull_button = QPushButton(self.tr("Pull"), where)
        self.pull_button.setToolTip(
            self.tr("Read the network file and the service directory from the folder")
        )
        self.pull_button.clicked.connect(self.pull)
        where_buttons = QHBoxLayout()
        where_buttons.addWidget(self.choose_button)
        where_buttons.addWidget(self.pull_button)
        where_buttons.addStretch(1)
        where_layout = QVBoxLayout(where)
        where_layout.addWidget(self.folder_label)
        where_layout.addLayout(where_buttons)
        where_layout.addStretch(1)

        # Publishing.
        send = QGroupBox(self.tr("Publish"), self)
        self.publish_button = QPushButton(self.tr("Publish now"), send)
        set_role(self.publish_button, "primary")
        self.publish_button.clicked.connect(self.publish)
        self.result_label = QLabel(send)
        self.result_label.setWordWrap(True)
        self.last_label = QLabel(send)
        self.last_label.setWordWrap(True)
        set_role(self.last_label, "muted")
        send_layout = QVBoxLayout(send)
        send_layout.addWidget(self.publish_button, 0, Qt.AlignmentFlag.AlignLeft)
        send_layout.addWidget(self.result_label)
        send_layout.addWidget(self.last_label)
        send_layout.addStretch(1)

        top = QHBoxLayout()
        top.addWidget(join, 4)
        top.addWidget(where, 4)
        top.addWidget(send, 3)

        leaves = QLabel(self.tr("What leaves this laptop"), self)
        font = leaves.font()
        font.setPointSizeF(font.pointSizeF() + 2)
        font.setBold(True)
        leaves.setFont(font)
        self.preview = BundlePreview(self)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 12)
        layout.setSpacing(8)
        layout.addWidget(title)
        layout.addWidget(intro)
        layout.addLayout(top)
        layout.addWidget(leaves)
        layout.addWidget(self.preview, 1)

        try:
            self.fingerprint.setText(key_fingerprint(cso_public_key(store)))
        except SaphanError as exc:
            self.fingerprint.setText(network_error_message(exc))
        self._show_state()

    # --- state -----------------------------------------------------------------------------

    def folder(self) -> Path | None:
        return state.shared_folder(self._store)

    def _show_state(self) -> None:
        folder = self.folder()
        if folder is None:
            self.folder_label.setText(self.tr("No shared folder chosen yet."))
        elif folder.is_dir():
            self.folder_label.setText(str(folder))
        else:
            self.folder_label.setText(self.tr("{folder} (not reachable now)").format(folder=folder))
        if self.network is None:
            self.network_label.setText(
                self.tr(
                    "Not joined yet: choose the shared folder and pull, or import the "
                    "network file the coordinator sent you."
                )
            )
        else:
            member = self.network.member(self._store.cso.code)
            self.network_label.setText(
                self.tr("Network: {name} (revision {revision}). {member}").format(
                    name=self.network.name,
                    revision=self.network.revision,
                    member=self.tr("This CSO is a member.")
                    if member is not None
                    else self.tr("This CSO is not registered yet."),
                )
            )
        self.pull_button.setEnabled(folder is not None)
        self.publish_button.setEnabled(self.network is not None and folder is not None)
        last = state.last_publish(self._store)
        if last is None:
            self.last_label.setText(self.tr("Nothing published yet."))
        elif last.ok:
            self.last_label.setText(
                self.tr("Last published: revision {revision} at {at} (UTC).").format(
                    revision=last.revision, at=last.at.replace("T", " ").rstrip("Z")
                )
            )
        else:
            self.last_label.setText(
                self.tr("Last attempt at {at} (UTC) failed: the folder was not reachable.").format(
                    at=last.at.replace("T", " ").rstrip("Z")
                )
            )

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.refresh_preview()

    # --- preview ---------------------------------------------------------------------------

    def refresh_preview(self) -> None:
        network = self.network
        if network is None:
            self.bundle = None
            self.preview.show_nothing(
                self.tr("Join a network to see what would be shared with it.")
            )
            self.preview_ready.emit()
            return
        store = self._store
        self.preview.summary.setText(self.tr("Counting…"))
        self.task = run_in_background(
            lambda: build_bundle(store, network),
            self._show_preview,
            self._preview_failed,
        )

    def _show_preview(self, bundle: Bundle) -> None:
        if not isValid(self) or self.network is None:
            return
        self.bundle = bundle
        self.preview.show_bundle(bundle, self.network)
        self.preview_ready.emit()

    def _preview_failed(self, error: SaphanError) -> None:
        if isValid(self):
            self.preview.show_nothing(network_error_message(error))
            self.preview_ready.emit()

    # --- folder and network file -----------------------------------------------------------

    def choose_folder(self) -> None:
        start = str(self.folder() or Path.home())
        chosen = QFileDialog.getExistingDirectory(self, self.tr("Choose the shared folder"), start)
        if chosen:
            self.use_folder(Path(chosen))

    def use_folder(self, path: Path) -> None:
        state.set_shared_folder(self._store, path)
        self._show_state()
        self.pull()

    def import_network_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Import the network file"),
            str(Path.home()),
            self.tr("Network file (*.json)"),
        )
        if path:
            self.import_network(Path(path))

    def import_network(self, path: Path) -> None:
        try:
            network = state.load_network_file(path)
        except SaphanError as exc:
            dialogs.show_error(self, self.tr("Network file"), network_error_message(exc))
            return
        self._accept(network)

    def _accept(self, network: Network) -> bool:
        """Trust on first use; ask when the coordinator's key has changed."""
        trust = state.trust_state(self._store, network)
        fingerprint = state.key_fingerprint_hex(network.coordinator_key)
        if trust == "changed" and not dialogs.ask(
            self,
            self.tr("The coordinator's key has changed"),
            self.tr(
                "This network file is signed by a different coordinator key ({fingerprint}) "
                "than the one this laptop trusted before. Accept it only if the coordinator "
                "told you the key changed (check the fingerprint with them by phone)."
            ).format(fingerprint=fingerprint),
            self.tr("Trust the new key"),
            self.tr("Keep the old key"),
        ):
            return False
        state.accept_network(self._store, network)
        self.network = network
        if trust == "new":
            self.status_message.emit(
                self.tr("Joined {name}. Coordinator key {fingerprint} is now trusted.").format(
                    name=network.name, fingerprint=fingerprint
                )
            )
        self._show_state()
        self.refresh_preview()
        return True

    def pull(self) -> None:
        folder = self.folder()
        try:
            folder = state.require_folder(folder)
        except state.FolderUnreachable:
            self.result_label.setText(folder_unreachable_message())
            return
        try:
            network = state.load_network_file(folder / "network.json")
        except SaphanError as exc:
            self.result_label.setText(network_error_message(exc))
            return
        if not self._accept(network):
            return
        try:
            _, services = state.pull(self._store, folder)
        except SaphanError as exc:
            self.result_label.setText(network_error_message(exc))
            return
        self.result_label.setText(
            self.tr(
                "Pulled network file revision {revision}; {count} services in the directory."
            ).format(revision=network.revision, count=len(services or []))
        )

    # --- publish ---------------------------------------------------------------------------

    def publish(self) -> None:
        network, folder, store = self.network, self.folder(), self._store
        if network is None:
            return
        self.publish_button.setEnabled(False)
        self.result_label.setText(self.tr("Publishing…"))
        self.task = run_task(
            self,
            self.tr("Publishing to the shared folder…"),
            lambda: state.publish(store, network, folder),
            self._published,
            self._publish_failed,
        )

    def _published(self, bundle: Bundle) -> None:
        if not isValid(self):
            return
        text = self.tr("Published revision {revision} to {folder}.").format(
            revision=bundle.revision, folder=self.folder()
        )
        self.result_label.setText(text)
        self.status_message.emit(text)
        self._show_state()
        if self.network is not None:
            self.bundle = bundle
            self.preview.show_bundle(bundle, self.network)
        self.published.emit(bundle)

    def _publish_failed(self, error: SaphanError) -> None:
        if not isValid(self):
            return
        self.result_label.setText(network_error_message(error))
        self._show_state()
