"""Network setup, for the coordinator: create the network with this database's network signing
key, register members (public key + the fingerprint read out by the CSO), edit targets and the
threshold, and write ``network.json`` to the shared folder. Each operation is the one the
``saphan network`` commands run (:mod:`directory.sharing.coordinator`)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from db.errors import SaphanError
from db.store import Store
from desktop.errors import describe
from desktop.style import set_role
from desktop.widgets import dialogs
from desktop.widgets.form_dialog import FormDialog
from desktop.widgets.text_table import TextTable
from directory.errors import NetworkInvalid
from directory.network import PARTICIPATORY_PROJECTS, PEOPLE_REACHED, Network
from directory.sharing import coordinator, state


class MemberDialog(FormDialog):
    """Add a member: its code, name, public key, and the fingerprint it read out."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Add member"), self.tr("Add"), parent)
        self.setMinimumWidth(560)
        self.ok = self.ok_button
        self.code = QLineEdit(self)
        self.code.setPlaceholderText(self.tr("e.g. BEAM"))
        self.name = QLineEdit(self)
        self.public_key = QLineEdit(self)
        self.public_key.setPlaceholderText(self.tr("64 hexadecimal characters"))
        self.fingerprint = QLineEdit(self)
        self.fingerprint.setPlaceholderText("XXXX-XXXX-XXXX-XXXX")
        self.message = self.error
        self.add_field(
            self.tr("CSO code"),
            self.code,
            lambda: self._required(self.code, self.tr("Enter the member's CSO code.")),
        )
        self.add_field(
            self.tr("Name"),
            self.name,
            lambda: self._required(self.name, self.tr("Enter the member's name.")),
        )
        self.add_field(self.tr("Public key"), self.public_key, self._key_problem)
        self.add_field(
            self.tr("Fingerprint (as read out)"),
            self.fingerprint,
            lambda: self._required(
                self.fingerprint, self.tr("Enter the fingerprint the member read out.")
            ),
        )
        self.validate()

    def _required(self, edit: QLineEdit, message: str) -> str:
        return "" if edit.text().strip() else message

    def _key_problem(self) -> str:
        if self.key_bytes() is None:
            return self.tr("The public key must be 64 hexadecimal characters.")
        return ""

    def key_bytes(self) -> bytes | None:
        try:
            key = bytes.fromhex(self.public_key.text().strip())
        except ValueError:
            return None
        return key if len(key) == 32 else None


class NetworkSetup(QWidget):
    changed = Signal(object)  # the Network, after every change
    status_message = Signal(str)

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._store = store
        self.network: Network | None = coordinator.current(store)
        self.dialog: MemberDialog | None = None

        self.create_box = QGroupBox(self.tr("Create the network"), self)
        self.network_id = QLineEdit("maesot", self.create_box)
        self.network_name = QLineEdit(self.tr("Mae Sot CSO network"), self.create_box)
        self.create_button = QPushButton(self.tr("Create network"), self.create_box)
        set_role(self.create_button, "primary")
        self.create_button.clicked.connect(self.create_new_network)
        create_form = QFormLayout(self.create_box)
        create_form.addRow(self.tr("Network code"), self.network_id)
        create_form.addRow(self.tr("Name"), self.network_name)
        create_form.addRow("", self.create_button)

        self.about = QLabel(self)
        self.about.setWordWrap(True)
        self.about.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        members_box = QGroupBox(self.tr("Members"), self)
        self.members = TextTable(members_box)
        self.add_button = QPushButton(self.tr("Add member…"), members_box)
        self.add_button.clicked.connect(self.open_add_member)
        self.remove_button = QPushButton(self.tr("Remove member"), members_box)
        self.remove_button.clicked.connect(self.remove_selected)
        member_buttons = QHBoxLayout()
        member_buttons.addWidget(self.add_button)
        member_buttons.addWidget(self.remove_button)
        member_buttons.addStretch(1)
        members_layout = QVBoxLayout(members_box)
        members_layout.addWidget(self.members, 1)
        members_layout.addLayout(member_buttons)

        targets_box = QGroupBox(self.tr("Targets"), self)
        self.targets = QTableWidget(targets_box)
        self.targets.verticalHeader().hide()
        self.projects_target = QSpinBox(targets_box)
        self.projects_target.setRange(0, 10_000)
        self.threshold = QSpinBox(targets_box)
        self.threshold.setRange(2, 100)
        self.save_targets_button = QPushButton(self.tr("Save targets"), targets_box)
        self.save_targets_button.clicked.connect(self.save_targets)
        targets_form = QFormLayout()
        targets_form.addRow(self.tr("Participatory projects target"), self.projects_target)
        targets_form.addRow(self.tr("Withhold counts below"), self.threshold)
        targets_layout = QVBoxLayout(targets_box)
        targets_layout.addWidget(self.targets, 1)
        targets_layout.addLayout(targets_form)
        targets_layout.addWidget(self.save_targets_button, 0, Qt.AlignmentFlag.AlignRight)

        self.write_button = QPushButton(self.tr("Write network file to the folder"), self)
        set_role(self.write_button, "primary")
        self.write_button.clicked.connect(lambda: self.write_to_folder())
        self.result = QLabel(self)
        self.result.setWordWrap(True)

        self.boxes = QWidget(self)
        boxes = QHBoxLayout(self.boxes)
        boxes.setContentsMargins(0, 0, 0, 0)
        boxes.addWidget(members_box, 3)
        boxes.addWidget(targets_box, 2)
        bottom = QHBoxLayout()
        bottom.addWidget(self.write_button)
        bottom.addWidget(self.result, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addWidget(self.create_box)
        layout.addWidget(self.about)
        layout.addWidget(self.boxes, 1)
        layout.addLayout(bottom)
        self._show()

    # --- showing ---------------------------------------------------------------------------

    def _show(self) -> None:
        network = self.network
        self.create_box.setVisible(network is None)
        self.boxes.setVisible(network is not None)
        self.write_button.setEnabled(network is not None)
        if network is None:
            self.about.setText(
                self.tr(
                    "No network yet. Create it: this database then holds the network's "
                    "signing key (it is backed up with the database)."
                )
            )
            return
        self.about.setText(
            self.tr(
                "{name} ({code}), revision {revision}. Coordinator key fingerprint: "
                "{fingerprint} — CSOs check it when they join."
            ).format(
                name=network.name,
                code=network.network_id,
                revision=network.revision,
                fingerprint=state.key_fingerprint_hex(network.coordinator_key),
            )
        )
        self.members.show_rows(
            [self.tr("Code"), self.tr("Name"), self.tr("Fingerprint")],
            [[m.code, m.name, m.fingerprint] for m in network.members],
        )
        self.targets.clear()
        self.targets.setColumnCount(2)
        self.targets.setHorizontalHeaderLabels([self.tr("Programme"), self.tr("People target")])
        self.targets.setRowCount(len(network.programmes))
        for r, p in enumerate(network.programmes):
            name = QTableWidgetItem(p.name)
            name.setFlags(name.flags() & ~Qt.ItemFlag.ItemIsEditable)
            name.setData(Qt.ItemDataRole.UserRole, p.code)
            self.targets.setItem(r, 0, name)
            target = network.target(p.code, PEOPLE_REACHED)
            value = QTableWidgetItem("" if target is None else str(target))
            value.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.targets.setItem(r, 1, value)
        self.targets.resizeColumnsToContents()
        self.targets.horizontalHeader().setStretchLastSection(True)
        projects = next((t for t in network.targets if t.indicator == PARTICIPATORY_PROJECTS), None)
        self.projects_target.setValue(projects.value if projects else 0)
        self.threshold.setValue(network.suppression_threshold)

    def show_network(self, network: Network) -> None:
        """Show ``network``, changed elsewhere (the shares and outcome targets tab)."""
        self.network = network
        self._show()

    def _set(self, network: Network, message: str) -> None:
        """Show ``network``, which the operation kept in the database."""
        self.network = network
        self._show()
        self.result.setText(message)
        self.changed.emit(network)

    # --- actions ---------------------------------------------------------------------------

    def create_new_network(self) -> None:  # not ``create``: that is QWidget's own method
        try:
            network = coordinator.create(
                self._store, self.network_id.text().strip(), self.network_name.text().strip()
            )
        except SaphanError as exc:
            dialogs.show_error(self, self.tr("Create the network"), describe(exc))
            return
        self._set(network, self.tr("Network created. Add the member CSOs next."))

    def open_add_member(self) -> None:
        self.dialog = MemberDialog(self)
        self.dialog.accepted.connect(self._member_entered)
        self.dialog.open()

    def _member_entered(self) -> None:
        dialog = self.dialog
        assert dialog is not None
        assert self.network is not None
        key = dialog.key_bytes()
        if key is None:
            dialogs.show_error(
                self,
                self.tr("Add member"),
                self.tr("The public key must be 64 hexadecimal characters."),
            )
            return
        self.add(
            dialog.code.text().strip().upper(),
            dialog.name.text().strip(),
            key,
            dialog.fingerprint.text(),
        )

    def add(self, code: str, name: str, public_key: bytes, fingerprint: str) -> bool:
        assert self.network is not None
        try:
            network = coordinator.add_member(
                self._store, code=code, name=name, public_key=public_key, fingerprint=fingerprint
            )
        except SaphanError as exc:
            dialogs.show_error(self, self.tr("Add member"), describe(exc))
            return False
        self._set(
            network,
            self.tr(
                "{code} added. Write the network file to the folder so they can publish."
            ).format(code=code),
        )
        return True

    def remove_selected(self) -> None:
        rows = {i.row() for i in self.members.selectedIndexes()}
        if self.network is None or len(rows) != 1:
            return
        code = self.network.members[rows.pop()].code
        if not dialogs.ask(
            self,
            self.tr("Remove member"),
            self.tr("Remove {code} from the network?").format(code=code),
            self.tr("Remove"),
            self.tr("Keep"),
        ):
            return
        try:
            network = coordinator.remove_member(self._store, code)
        except SaphanError as exc:
            dialogs.show_error(self, self.tr("Remove member"), describe(exc))
            return
        self._set(network, self.tr("{code} removed.").format(code=code))

    def save_targets(self) -> None:
        if self.network is None:
            return
        values: dict[str, int | None] = {}
        for r in range(self.targets.rowCount()):
            code_item, target_item = self.targets.item(r, 0), self.targets.item(r, 1)
            assert code_item is not None  # every row is made with its code cell
            code = code_item.data(Qt.ItemDataRole.UserRole)
            text = (target_item.text() if target_item else "").strip()
            values[code] = None
            if text:
                try:
                    values[code] = int(text.replace(",", ""))
                except ValueError:
                    dialogs.show_error(
                        self, self.tr("Targets"), self.tr("Targets are whole numbers.")
                    )
                    return
        try:
            network = coordinator.set_targets(
                self._store,
                values,
                threshold=self.threshold.value(),
                projects=self.projects_target.value(),
            )
        except SaphanError as exc:
            dialogs.show_error(self, self.tr("Targets"), describe(exc))
            return
        self._set(network, self.tr("Targets saved."))

    def write_to_folder(self, folder: Path | None = None) -> bool:
        if self.network is None:
            return False
        try:
            target = coordinator.write_to_folder(
                self.network, folder or state.shared_folder(self._store)
            )
        except NetworkInvalid as exc:  # another network's file there, or a newer one
            self.result.setText(describe(exc))
            return False
        except (SaphanError, OSError):
            self.result.setText(
                self.tr(
                    "The shared folder is not reachable. The network is "
                    "kept here; write it when the folder is connected."
                )
            )
            return False
        self.result.setText(
            self.tr("Wrote network file revision {revision} to {folder}.").format(
                revision=self.network.revision, folder=target
            )
        )
        return True
