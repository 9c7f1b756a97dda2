"""Typed errors of the sharing layer; the UI translates their ``reason`` codes."""

from __future__ import annotations

from pathlib import Path

from db.errors import SaphanError


class DirectoryError(SaphanError):
    """Something about shared data went wrong. ``reason`` is a stable code."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


class NetworkInvalid(DirectoryError):
    """The network file is missing, unreadable, badly formed or not signed by the coordinator."""


class BundleInvalid(DirectoryError):
    """A bundle failed validation (see the reason codes in :mod:`directory.folder`)."""


class NotAMember(DirectoryError):
    """This CSO is not (or not with this key) a member of the network."""


class FolderUnreachable(SaphanError):
    """The shared folder is not there (a USB stick out, a network drive offline)."""

    def __init__(self, path: Path) -> None:
        super().__init__(str(path))
        self.path = path


class StaleRevision(DirectoryError):
    """The destination keeps a newer revision of this CSO's bundle than any this database
    could claim (publishing again above it did not help)."""

    def __init__(self) -> None:
        super().__init__("stale_revision")
