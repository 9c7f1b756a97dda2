"""Typed errors of the sharing layer; the UI translates their ``reason`` codes."""

from __future__ import annotations

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
