"""Writing a revision the coordinator just saved (targets, areas) to the shared folder, and the
sentence that says how it went."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from db.errors import SaphanError
from db.store import Store
from desktop.errors import describe
from directory.errors import NetworkInvalid
from directory.network import Network
from directory.sharing import coordinator, state


def _tr(text: str) -> str:
    return QCoreApplication.translate("NetworkRevision", text)


def write_revision(store: Store, network: Network) -> str:
    """Write ``network`` (saved already) to the shared folder; the sentence to show. Never
    raises for a folder that is missing or holds another network's file: the revision is kept
    in the database either way."""
    try:
        folder = coordinator.write_to_folder(network, state.shared_folder(store))
    except NetworkInvalid as exc:  # another network's file there, or a newer one
        return _tr("Saved as revision {revision}, not written: {why}").format(
            revision=network.revision, why=describe(exc)
        )
    except (SaphanError, OSError):
        return _tr(
            "Saved as revision {revision}. The shared folder is not reachable: write "
            "the network file from Network setup when it is connected."
        ).format(revision=network.revision)
    return _tr("Saved and wrote network file revision {revision} to {folder}.").format(
        revision=network.revision, folder=folder
    )
