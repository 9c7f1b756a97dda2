"""Writing a revision the coordinator just saved (targets, areas) to the shared folder, and the
sentence that says how it went."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from db.errors import SaphanError
from db.store import Store
from desktop.errors import describe
from desktop.style import set_role
from directory.errors import NetworkInvalid
from directory.network import Network
from directory.sharing import coordinator, state


def write_revision(store: Store, network: Network) -> str:
    """Write ``network`` (saved already) to the shared folder; the sentence to show. Never
    raises for a folder that is missing or holds another network's file: the revision is kept
    in the database either way."""
    try:
        folder = coordinator.write_to_folder(network, state.shared_folder(store))
    except NetworkInvalid as exc:  # another network's file there, or a newer one
        return QCoreApplication.translate(
            "NetworkRevision", "Saved as revision {revision}, not written: {why}"
        ).format(revision=network.revision, why=describe(exc))
    except (SaphanError, OSError):
        return QCoreApplication.translate(
            "NetworkRevision",
            "Saved as revision {revision}. The shared folder is not reachable: write "
            "the network file from Network setup when it is connected.",
        ).format(revision=network.revision)
    return QCoreApplication.translate(
        "NetworkRevision", "Saved and wrote network file revision {revision} to {folder}."
    ).format(revision=network.revision, folder=folder)


class RevisionEditor(QWidget):
    """A coordinator's tab that edits part of the network file: the Save button and the line
    that says how it went; :meth:`keep` makes, shows and writes the new revision."""

    changed = Signal(object)  # the Network, after a save

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._store = store
        self.network: Network | None = None
        self.save_button = QPushButton(
            QCoreApplication.translate("NetworkRevision", "Save and write the network file"),
            self,
        )
        set_role(self.save_button, "primary")
        self.save_button.clicked.connect(lambda: self.save())
        self.result = QLabel(self)
        self.result.setWordWrap(True)

    def save_row(self, *before: QWidget) -> QHBoxLayout:
        """The result line, then ``before`` (e.g. an Undo button) and Save."""
        row = QHBoxLayout()
        row.addWidget(self.result, 1)
        for widget in (*before, self.save_button):
            row.addWidget(widget)
        return row

    def show_network(self, network: Network | None) -> None:
        raise NotImplementedError

    def save(self) -> bool:
        raise NotImplementedError

    def keep(self, revise: Callable[[], Network]) -> bool:
        """Make the new revision with ``revise``, show it, tell the other tabs and write it to
        the shared folder. False (the reason shown) when the store refused it."""
        try:
            network = revise()
        except SaphanError as exc:
            self.result.setText(describe(exc))
            set_role(self.result, "fieldError")
            return False
        self.show_network(network)
        self.changed.emit(network)
        set_role(self.result, "")
        self.result.setText(write_revision(self._store, network))
        return True
