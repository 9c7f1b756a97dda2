"""What the coordinator's command-line merge (``saphan merge``) remembers between runs.

The app keeps the same memory inside the coordinator's encrypted database (see
``directory.sharing.state``); the command line merges a shared folder without any database, so
it keeps a small JSON file instead, written atomically. It holds nothing about any person:

- per network: the coordinator's public key, trusted on first use (a network file signed by
  another key is refused afterwards), the highest network-file revision merged (an older one
  is a replay), and the highest bundle revision merged per CSO (an older bundle is a replay
  and is rejected as ``stale_revision`` by :func:`directory.folder.read_bundles`), and what
  was kept of each CSO's last accepted bundle (its publisher block: an opaque device id and
  team state, :class:`directory.merge.LastPublisher`), so a newer bundle from another of the
  CSO's laptops that does not agree with it is noticed;
- per shared folder (its resolved path): the network it holds, so a ``network.json`` swapped
  for another network's is noticed.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from directory.errors import DirectoryError
from directory.folder import encode, read_limited, write_atomically
from directory.merge import LastPublisher

MERGE_STATE_SCHEMA = "saphan.merge-state/1"
_MAX_STATE_BYTES = 4 * 1024 * 1024
_KEY = re.compile(r"^[0-9a-f]{64}$")


class MergeStateDamaged(DirectoryError):
    """The merge state file cannot be read as one (``reason`` = ``state_damaged``)."""

    def __init__(self, path: Path) -> None:
        super().__init__("state_damaged")
        self.path = path


@dataclass
class NetworkMemory:
    """What was trusted and merged for one network."""

    coordinator_key: str
    network_revision: int = 0
    seen: dict[str, int] = field(default_factory=dict)  # CSO code -> highest bundle revision
    # CSO code -> what was kept of its last accepted bundle
    publishers: dict[str, LastPublisher] = field(default_factory=dict)


@dataclass
class MergeState:
    networks: dict[str, NetworkMemory] = field(default_factory=dict)
    folders: dict[str, str] = field(default_factory=dict)  # resolved folder -> network id

    def document(self) -> dict[str, Any]:
        return {
            "schema": MERGE_STATE_SCHEMA,
            "networks": {
                network_id: {
                    "coordinator_key": m.coordinator_key,
                    "network_revision": m.network_revision,
                    "seen": dict(sorted(m.seen.items())),
                    "publishers": {
                        code: kept.document() for code, kept in sorted(m.publishers.items())
                    },
                }
                for network_id, m in sorted(self.networks.items())
            },
            "folders": dict(sorted(self.folders.items())),
        }


def folder_id(folder: Path) -> str:
    """How a shared folder is named in the state: its resolved absolute path."""
    return str(Path(folder).resolve())


def load_merge_state(path: Path) -> MergeState:
    """The state kept at ``path`` (empty when there is no file yet). Raises
    :class:`MergeStateDamaged` when the file is there but not a merge state: it is never
    silently replaced, since that would forget the trusted key."""
    path = Path(path)
    if not path.exists() and not path.is_symlink():
        return MergeState()
    try:
        return _parse(json.loads(read_limited(path, _MAX_STATE_BYTES).decode("utf-8")))
    except (DirectoryError, ValueError, KeyError, RecursionError):
        raise MergeStateDamaged(path) from None


def save_merge_state(path: Path, state: MergeState) -> None:
    """Write the state atomically (a crash leaves the old file or the new one)."""
    write_atomically(Path(path), encode(state.document()))


def _revision(value: Any) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= 2**53:
        raise ValueError("not a revision")
    return value


def _object(value: Any) -> dict[str, Any]:
    if not isinstance(value, dict):
        raise ValueError("not an object")
    return value


def _text(value: Any) -> str:
    if not isinstance(value, str):
        raise ValueError("not a string")
    return value


def _parse(document: Any) -> MergeState:
    if _object(document).get("schema") != MERGE_STATE_SCHEMA:
        raise ValueError("not a merge state")
    networks: dict[str, NetworkMemory] = {}
    for network_id, value in _object(document["networks"]).items():
        memory = _object(value)
        key = _text(memory["coordinator_key"])
        if not _KEY.fullmatch(key):
            raise ValueError("not a key")
        networks[network_id] = NetworkMemory(
            coordinator_key=key,
            network_revision=_revision(memory.get("network_revision", 0)),
            seen={code: _revision(rev) for code, rev in _object(memory["seen"]).items()},
            publishers={  # absent in a state written by an earlier version
                code: LastPublisher.parse(kept)
                for code, kept in _object(memory.get("publishers", {})).items()
            },
        )
    folders = {k: _text(v) for k, v in _object(document.get("folders", {})).items()}
    return MergeState(networks, folders)


__all__ = [
    "MERGE_STATE_SCHEMA",
    "MergeState",
    "MergeStateDamaged",
    "NetworkMemory",
    "folder_id",
    "load_merge_state",
    "save_merge_state",
]
