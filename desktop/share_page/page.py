"""The Share page: join the network, choose how to share (a shared folder or the coordination
server), see exactly what would leave this laptop, publish it, pull the network's file and
directory, and close months as reported (:mod:`desktop.share_page.closed_months`).

Who: CSO admins (``Permission.SETTINGS``; they also hold ``NETWORK``, which signing needs).
Publishing speaks for the whole CSO, like its profile and backups, so it sits with the people
who manage those. Building the preview and publishing run off the GUI thread.

Publishing and pulling go through the sharing pipeline (:mod:`directory.sharing.pipeline`),
the same for the folder and the server, off the GUI thread with a progress dialog and Cancel
(cancelling a publish before it writes anything leaves everything as it was).

Offline first: the network file last accepted is kept in the database, so the preview works
without the folder; when the folder is not reachable, publishing says so and nothing is lost.
When the server cannot be reached, the signed bundle waits in the outbox (inside the encrypted
database) and "Send waiting counts" (or the next publish) sends it. The server token is kept
only in the OS keyring, never in a file or a setting.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QButtonGroup,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from db import counting
from db.changes import Change
from db.errors import KeyringUnavailable, SaphanError
from db.store import Store
from desktop.changes import ChangeWatch
from desktop.errors import describe
from desktop.share_page.closed_months import ClosedMonthsBox
from desktop.share_page.preview import BundlePreview
from desktop.style import set_role
from desktop.tasks import Step, Task, run_cancellable, run_in_background, run_task
from desktop.widgets import dialogs
from directory import server_client as client
from directory.bundle import Bundle, build_bundle, covered_period
from directory.network import Network
from directory.sharing import keys, pipeline, state
from directory.signing import key_fingerprint

PULLED = "pulled"  # the pull's last step: Cancel there drops what was read (nothing kept yet)

# What a bundle is built from: counts of people, sessions and referrals by programme, the
# participatory projects, the CSO's own services, its keys and the next revision.
PREVIEWED = frozenset(
    {
        Change.PEOPLE,
        Change.SESSIONS,
        Change.ATTENDANCE,
        Change.REFERRALS,
        Change.PROGRAMMES,
        Change.PROJECTS,
        Change.SERVICES,
        Change.NETWORK,
        Change.CSO,
    }
)


class SharePage(QWidget):
    status_message = Signal(str)
    published = Signal(object)  # the Bundle written (or sent to the server)
    publish_recorded = Signal()  # a publish ended, well or not: state.last_publish changed
    preview_ready = Signal()

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._store = store
        # The preview is counted when the page is shown, then whenever what it shares changed.
        self.watch = ChangeWatch(self, store, PREVIEWED, self.refresh_preview, stale=True)
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

        top = QHBoxLayout()
        top.addWidget(self._build_join(), 4)
        top.addWidget(self._build_where(), 4)
        right = QVBoxLayout()
        right.addWidget(self._build_publish(), 1)
        self.closed_box = ClosedMonthsBox(store, self)
        self.closed_box.status_message.connect(self.status_message)
        self.closed_box.changed.connect(self.refresh_preview)
        right.addWidget(self.closed_box)
        top.addLayout(right, 3)

        leaves = QLabel(self.tr("What leaves this laptop"), self)
        font = leaves.font()
        font.setPointSizeF(font.pointSizeF() + 2)
        font.setBold(True)
        leaves.setFont(font)
        self.preview = BundlePreview(self)
        self.preview.next_step.connect(self.import_network_file)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 12)
        layout.setSpacing(8)
        layout.addWidget(title)
        layout.addWidget(intro)
        layout.addLayout(top)
        layout.addWidget(leaves)
        layout.addWidget(self.preview, 1)

        try:
            self.fingerprint.setText(key_fingerprint(keys.cso_public_key(store)))
        except SaphanError as exc:
            self.fingerprint.setText(describe(exc))
        self._show_state()

    def _build_join(self) -> QGroupBox:
        """Joining: the fingerprint is read out over the phone to the coordinator."""
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
        return join

    def _build_where(self) -> QGroupBox:
        """How to share: the shared folder or the coordination server."""
        where = QGroupBox(self.tr("How to share"), self)
        self.folder_choice = QRadioButton(self.tr("Shared folder"), where)
        self.server_choice = QRadioButton(self.tr("Coordination server"), where)
        self.how = QButtonGroup(self)
        self.how.addButton(self.folder_choice)
        self.how.addButton(self.server_choice)
        self.how_stack = QStackedWidget(where)
        self.how_stack.addWidget(self._build_folder_box())
        self.how_stack.addWidget(self._build_server_box())

        self.pull_button = QPushButton(self.tr("Pull"), where)
        self.pull_button.clicked.connect(self.pull)
        choices = QHBoxLayout()
        choices.addWidget(self.folder_choice)
        choices.addWidget(self.server_choice)
        choices.addStretch(1)
        where_layout = QVBoxLayout(where)
        where_layout.addLayout(choices)
        where_layout.addWidget(self.how_stack)
        where_layout.addWidget(self.pull_button, 0, Qt.AlignmentFlag.AlignLeft)
        where_layout.addStretch(1)

        chosen = state.transport(self._store)
        (self.server_choice if chosen == state.SERVER else self.folder_choice).setChecked(True)
        self.how_stack.setCurrentIndex(1 if chosen == state.SERVER else 0)
        self.server_choice.toggled.connect(self._transport_changed)
        for edit in (self.url_edit, self.network_edit):
            edit.textChanged.connect(self._address_typed)
            edit.editingFinished.connect(self._save_address)
        self.token_edit.returnPressed.connect(self._keep_token)
        return where

    def _build_folder_box(self) -> QWidget:
        folder_box = QWidget(self.how_stack)
        self.folder_label = QLabel(folder_box)
        self.folder_label.setWordWrap(True)
        self.folder_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.choose_button = QPushButton(self.tr("Choose folder…"), folder_box)
        self.choose_button.clicked.connect(self.choose_folder)
        folder_layout = QVBoxLayout(folder_box)
        folder_layout.setContentsMargins(0, 0, 0, 0)
        folder_layout.addWidget(self.folder_label)
        folder_layout.addWidget(self.choose_button, 0, Qt.AlignmentFlag.AlignLeft)
        folder_layout.addStretch(1)
        return folder_box

    def _build_server_box(self) -> QWidget:
        server_box = QWidget(self.how_stack)
        url, network_id = state.server_address(self._store)
        self.url_edit = QLineEdit(url, server_box)
        self.network_edit = QLineEdit(network_id, server_box)
        self.token_edit = QLineEdit(server_box)
        self.token_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.token_edit.setPlaceholderText(self.tr("Enter the token…"))
        self.token_label = QLabel(server_box)
        self.token_label.setWordWrap(True)
        set_role(self.token_label, "muted")
        self.address_label = QLabel(server_box)
        self.address_label.setWordWrap(True)
        set_role(self.address_label, "muted")
        server_layout = QFormLayout(server_box)
        server_layout.setContentsMargins(0, 0, 0, 0)
        server_layout.addRow(self.tr("Server address"), self.url_edit)
        server_layout.addRow(self.tr("Network code"), self.network_edit)
        server_layout.addRow(self.tr("Token"), self.token_edit)
        server_layout.addRow(self.token_label)
        server_layout.addRow(self.address_label)
        return server_box

    def _build_publish(self) -> QGroupBox:
        send = QGroupBox(self.tr("Publish"), self)
        self.publish_button = QPushButton(self.tr("Publish now"), send)
        set_role(self.publish_button, "primary")
        self.publish_button.clicked.connect(self.publish)
        self.send_button = QPushButton(self.tr("Send waiting counts"), send)
        self.send_button.clicked.connect(self.send_waiting)
        self.send_button.hide()
        self.result_label = QLabel(send)
        self.result_label.setWordWrap(True)
        self.last_label = QLabel(send)
        self.last_label.setWordWrap(True)
        set_role(self.last_label, "muted")
        send_layout = QVBoxLayout(send)
        send_layout.addWidget(self.publish_button, 0, Qt.AlignmentFlag.AlignLeft)
        send_layout.addWidget(self.send_button, 0, Qt.AlignmentFlag.AlignLeft)
        send_layout.addWidget(self.result_label)
        send_layout.addWidget(self.last_label)
        send_layout.addStretch(1)
        return send

    # --- state -----------------------------------------------------------------------------

    def folder(self) -> Path | None:
        return state.shared_folder(self._store)

    def uses_server(self) -> bool:
        return self.server_choice.isChecked()

    def server(self) -> tuple[str, str]:
        """The server address and network code as typed (trimmed)."""
        return self.url_edit.text().strip().rstrip("/"), self.network_edit.text().strip()

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
        self._address_typed()
        self._show_server_state()
        self._show_last()
        self.closed_box.show_state(self.network)

    def _show_last(self) -> None:
        last = state.last_publish(self._store)
        at = "" if last is None else last.at.replace("T", " ").rstrip("Z")
        if last is None:
            self.last_label.setText(self.tr("Nothing published yet."))
        elif last.ok:
            self.last_label.setText(
                self.tr("Last published: revision {revision} at {at} (UTC).").format(
                    revision=last.revision, at=at
                )
            )
        elif last.transport != state.SERVER:
            self.last_label.setText(
                self.tr("Last attempt at {at} (UTC) failed: the folder was not reachable.").format(
                    at=at
                )
            )
        elif last.problem == "unreachable":
            self.last_label.setText(
                self.tr("Last attempt at {at} (UTC): the server could not be reached.").format(
                    at=at
                )
            )
        else:
            self.last_label.setText(
                self.tr("Last attempt at {at} (UTC) failed: the server refused it.").format(at=at)
            )

    def _address_typed(self) -> None:
        """Enable what can be done with what is chosen and typed now (no database work)."""
        server = self.uses_server()
        url, network_id = self.server()
        problem = state.server_address_problem(url, network_id)
        if not server:
            ready = self.folder() is not None
            self.pull_button.setEnabled(ready)
            self.publish_button.setEnabled(self.network is not None and ready)
            self.pull_button.setToolTip(
                self.tr("Read the network file and the service directory from the folder")
            )
            return
        self.pull_button.setEnabled(not problem)
        self.publish_button.setEnabled(not problem)
        self.pull_button.setToolTip(
            self.tr("Read the network file and the service directory from the server")
        )
        if problem:
            self.address_label.setText(
                self.tr(
                    "Enter the server address (starting with https://) and the network code "
                    "the coordinator gave you."
                )
            )
        elif state.plain_http(url):
            self.address_label.setText(
                self.tr(
                    "This address is not encrypted (http://). Use https:// unless the server "
                    "is on this computer."
                )
            )
        else:
            self.address_label.setText("")
        self.address_label.setVisible(bool(self.address_label.text()))

    def _show_server_state(self) -> None:
        """The token and the outbox (the server choice only)."""
        url, network_id = self.server()
        waiting = None
        if self.uses_server() and not state.server_address_problem(url, network_id):
            waiting = state.waiting_revision(self._store, url, network_id)
            self._show_token_state(url, network_id)
        self.send_button.setVisible(waiting is not None)
        self.send_button.setEnabled(waiting is not None)
        if waiting is not None:
            self.send_button.setToolTip(
                self.tr("Revision {revision} is waiting to be sent to the server.").format(
                    revision=waiting
                )
            )

    def _show_token_state(self, url: str, network_id: str) -> None:
        try:
            client.load_token(url, network_id, self._store.cso.code)
        except KeyringUnavailable:
            self.token_label.setText(self._no_keyring_message())
        except client.ServerError:
            self.token_label.setText(
                self.tr("No token kept yet: enter the one the coordinator gave you.")
            )
        else:
            self.token_label.setText(
                self.tr("The token is kept in this computer's password store.")
            )

    def _no_keyring_message(self) -> str:
        return self.tr(
            "This computer has no secure password store, so Saphan cannot keep the server token."
        )

    def _transport_changed(self, server: bool) -> None:
        state.set_transport(self._store, state.SERVER if server else state.FOLDER)
        self.how_stack.setCurrentIndex(1 if server else 0)
        self.result_label.setText("")
        self._show_state()

    def _save_address(self) -> None:
        url, network_id = self.server()
        if (url, network_id) != state.server_address(self._store):
            state.set_server_address(self._store, url, network_id)
            self._show_server_state()

    def _keep_token(self) -> str | None:
        """The token typed, kept in the OS keyring (and the field emptied) when there is one.
        Without a keyring it is not kept: it is used for this time only. None: none typed."""
        token = self.token_edit.text().strip()
        url, network_id = self.server()
        if not token or state.server_address_problem(url, network_id):
            return token or None
        self._save_address()
        try:
            client.save_token(url, network_id, self._store.cso.code, token)
        except KeyringUnavailable:
            self.token_label.setText(self._no_keyring_message())
            return token
        self.token_edit.clear()
        self.token_label.setText(self.tr("The token is kept in this computer's password store."))
        return token

    # --- preview ---------------------------------------------------------------------------

    def refresh_preview(self) -> None:
        self.watch.mark_fresh()
        network = self.network
        if network is None:
            self.bundle = None
            self.preview.show_nothing(
                self.tr(
                    "You have not joined a network yet: once you have, this shows exactly "
                    "what would be shared with it."
                ),
                self.tr("Import the network file…"),
            )
            self.preview_ready.emit()
            return
        store = self._store
        self.preview.summary.setText(self.tr("Counting…"))
        self.task = run_in_background(
            lambda: _preview_of(store, network),
            self._show_preview,
            self._preview_failed,
        )

    def _show_preview(self, preview: tuple[Bundle, dict[str, int]]) -> None:
        if not isValid(self) or self.network is None:
            return
        bundle, left_out = preview
        self.bundle = bundle
        self.preview.show_bundle(bundle, self.network)
        self.preview.show_left_out(left_out["never"], left_out["withdrawn"])
        self.preview_ready.emit()

    def _preview_failed(self, error: SaphanError) -> None:
        if isValid(self):
            self.preview.show_nothing(describe(error))
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
            dialogs.show_error(self, self.tr("Network file"), describe(exc))
            return
        self._accept(network)

    def _accept(self, network: Network, keep: Callable[[], None] | None = None) -> bool:
        """Trust on first use; ask when the coordinator's key has changed. ``keep`` keeps
        the network file (and what came with it); by default the file alone."""
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
        if keep is None:
            state.accept_network(self._store, network)
        else:
            keep()
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

    def _transport(self) -> Callable[[], pipeline.Transport] | None:
        """How to reach the folder or the server chosen now (made in the worker: reading the
        server token from the keyring may wait), or None when the address is not usable."""
        store = self._store
        if not self.uses_server():
            folder = self.folder()
            return lambda: state.folder_transport(store, folder)
        ready = self._server_ready()
        if ready is None:
            return None
        url, network_id, token = ready
        return lambda: state.server_transport(store, url, network_id, token)

    def pull(self) -> None:
        """Read the network file and the directory off the GUI thread; the coordinator key
        is then trusted (asking when it changed) and what was read kept."""
        transport = self._transport()
        if transport is None:
            return
        store = self._store

        def work(step: Step) -> tuple[pipeline.Transport, pipeline.Pulled]:
            carrier = transport()
            pulled = pipeline.pull(store, carrier, step)
            step(PULLED)
            return carrier, pulled

        self.pull_button.setEnabled(False)
        self.result_label.setText(self.tr("Pulling…"))
        self.task = run_cancellable(
            self,
            self.tr("Pulling from the server…") if self.uses_server() else self.tr("Pulling…"),
            work,
            self._pulled,
            self._pull_failed,
            self._pull_cancelled,
            self._pull_step_text,
            steps=(*pipeline.PULL_STEPS, PULLED),
        )

    def _pull_step_text(self, step: str) -> str:
        if step == pipeline.READ_NETWORK:
            return self.tr("Reading the network file…")
        if step == pipeline.READ_DIRECTORY:
            return self.tr("Reading the service directory…")
        if step == pipeline.READ_FEEDBACK:
            return self.tr("Reading feedback on your referrals…")
        return self.tr("Checking what was read…")

    def _pulled(self, result: tuple[pipeline.Transport, pipeline.Pulled]) -> None:
        if not isValid(self):
            return
        transport, pulled = result
        updated: list[int] = []

        def keep() -> None:
            updated.append(pipeline.keep_pulled(self._store, transport, pulled).updated)

        if not self._accept(pulled.network, keep):
            self.result_label.setText("")
            self._show_state()
            return
        text = self.tr(
            "Pulled network file revision {revision}; {count} services in the directory."
        ).format(revision=pulled.network.revision, count=len(pulled.services or []))
        if sum(updated):
            text += " " + self.tr(
                "Feedback from receiving CSOs updated {count} of your referrals."
            ).format(count=sum(updated))
        self.result_label.setText(text)

    def _pull_failed(self, error: SaphanError) -> None:
        if isValid(self):
            self.result_label.setText(self._server_error_message(error))
            self._show_state()

    def _pull_cancelled(self) -> None:
        if isValid(self):
            self.result_label.setText(self.tr("Cancelled: nothing was pulled or changed."))
            self._show_state()

    # --- publish ---------------------------------------------------------------------------

    def publish(self) -> None:
        """Publish through the pipeline, off the GUI thread, with progress and Cancel."""
        store, folder, network = self._store, self.folder(), self.network
        work: Callable[[Step], pipeline.Published]
        if self.uses_server():
            ready = self._server_ready()
            if ready is None:
                return
            url, network_id, token = ready
            label = self.tr("Publishing to the server…")

            def work(step: Step) -> pipeline.Published:
                return state.publish_server(store, url, network_id, token, step=step)
        else:
            if network is None:
                return
            known = network
            label = self.tr("Publishing to the shared folder…")

            def work(step: Step) -> pipeline.Published:
                return state.publish(store, known, folder, step=step)

        self.publish_button.setEnabled(False)
        self.send_button.setEnabled(False)
        self.result_label.setText(self.tr("Publishing…"))
        self.task = run_cancellable(
            self,
            label,
            work,
            self._published,
            self._publish_failed,
            self._publish_cancelled,
            self._step_text,
            steps=pipeline.PUBLISH_STEPS,
        )

    def _step_text(self, step: str) -> str:
        if step == pipeline.NETWORK:
            return self.tr("Checking the network file…")
        if step == pipeline.COUNT:
            return self.tr("Counting…")
        return self.tr("Publishing…")

    def _published(self, published: pipeline.Published) -> None:
        if not isValid(self):
            return
        network, bundle = published.network, published.bundle
        self.network = network
        if published.newly_trusted:
            self.status_message.emit(
                self.tr("Joined {name}. Coordinator key {fingerprint} is now trusted.").format(
                    name=network.name,
                    fingerprint=state.key_fingerprint_hex(network.coordinator_key),
                )
            )
        if published.queued:
            text = self._unreachable_message()
        elif published.kind == state.SERVER:
            text = self.tr("Published revision {revision} to the server.").format(
                revision=bundle.revision
            )
        else:
            text = self.tr("Published revision {revision} to {folder}.").format(
                revision=bundle.revision, folder=self.folder()
            )
        self.result_label.setText(text)
        self.status_message.emit(text)
        self._show_state()
        self.bundle = bundle
        self.preview.show_bundle(bundle, network)
        if not published.queued:
            self.published.emit(bundle)
        self.publish_recorded.emit()

    def _publish_failed(self, error: SaphanError) -> None:
        if not isValid(self):
            return
        if isinstance(error, client.ServerUnreachable):
            self.result_label.setText(self._unreachable_message())
        else:
            self.result_label.setText(self._server_error_message(error))
        self._show_state()
        self.publish_recorded.emit()

    def _publish_cancelled(self) -> None:
        if isValid(self):
            self.result_label.setText(self.tr("Cancelled: nothing was published."))
            self._show_state()

    # --- the coordination server -----------------------------------------------------------

    def _server_ready(self) -> tuple[str, str, str | None] | None:
        """URL, network code and the token typed (None: the one kept), or None when the
        address is not usable yet."""
        url, network_id = self.server()
        if state.server_address_problem(url, network_id):
            self._address_typed()
            return None
        self._save_address()
        return url, network_id, self._keep_token()

    def send_waiting(self) -> None:
        ready = self._server_ready()
        if ready is None:
            return
        url, network_id, token = ready
        store = self._store
        self.publish_button.setEnabled(False)
        self.send_button.setEnabled(False)
        self.result_label.setText(self.tr("Publishing…"))
        self.task = run_task(
            self,
            self.tr("Sending the waiting counts…"),
            lambda: state.send_waiting(store, url, network_id, token),
            self._sent_waiting,
            self._server_failed,
        )

    def _sent_waiting(self, result: client.PublishResult | None) -> None:
        if not isValid(self):
            return
        if result is None:
            text = self.tr("Nothing is waiting to be sent.")
        else:
            text = self.tr("Published revision {revision} to the server.").format(
                revision=result.revision
            )
        self.result_label.setText(text)
        self.status_message.emit(text)
        self._show_state()
        self.publish_recorded.emit()

    def _server_failed(self, error: SaphanError) -> None:
        if not isValid(self):
            return
        if isinstance(error, client.ServerUnreachable):
            text = self._unreachable_message()
        else:
            text = self._server_error_message(error)
        self.result_label.setText(text)
        self._show_state()
        self.publish_recorded.emit()

    def _unreachable_message(self) -> str:
        return self.tr(
            "The server cannot be reached. The counts will be sent when you publish again; "
            "nothing is lost."
        )

    def _server_error_message(self, error: SaphanError) -> str:
        if isinstance(error, KeyringUnavailable):  # here it is the server token that is not kept
            return self._no_keyring_message()
        return describe(error)


def _preview_of(store: Store, network: Network) -> tuple[Bundle, dict[str, int]]:
    """The bundle a publish would write, and who its figures leave out for want of consent
    to data use (in the period it covers)."""
    bundle = build_bundle(store, network)
    covered = covered_period(network, dt.date.today())
    return bundle, counting.left_out(store, covered.first_day, covered.last_day)
