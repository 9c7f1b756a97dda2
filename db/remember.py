""" "Remember me on this Windows account": the unwrapped key cached in the OS keyring.

Only the OS keyring (Windows Credential Manager, macOS Keychain, Secret Service) is used.
Where none exists this says so with :class:`KeyringUnavailable`; it never falls back to a file.
"""

from __future__ import annotations

import contextlib
from pathlib import Path
from types import ModuleType
from typing import TYPE_CHECKING

from db.errors import KeyringUnavailable, SaphanError

if TYPE_CHECKING:
    from db.store import Store

SERVICE = "Saphan"


def _keyring() -> tuple[ModuleType, type[Exception]]:
    """``keyring`` and its errors' base class, imported when first used: looking up its
    backends takes a noticeable part of a second, which the sign-in window must not wait for
    when nobody could be remembered yet."""
    import keyring
    from keyring.errors import KeyringError  # also NoKeyringError, PasswordDeleteError

    return keyring, KeyringError


def _account(db_path: Path, username: str) -> str:
    return f"{db_path.resolve()}|{username.strip().lower()}"


def keyring_available() -> bool:
    keyring, KeyringError = _keyring()
    try:
        backend = keyring.get_keyring()
    except KeyringError:
        return False
    return getattr(backend, "priority", 0) > 0 and "fail" not in type(backend).__module__


def remember_me(store: Store) -> None:
    """Cache this user's unwrapped key in the OS keyring."""
    keyring, KeyringError = _keyring()
    try:
        keyring.set_password(
            SERVICE, _account(store.path, store.user.username), store.master_key.hex()
        )
    except KeyringError as exc:
        raise KeyringUnavailable(str(exc)) from exc
    with store.write() as session:
        store.audit(session, "remember_me", "user", store.user.id)


def forget_me(db_path: Path, username: str) -> None:
    keyring, KeyringError = _keyring()
    with contextlib.suppress(KeyringError):
        keyring.delete_password(SERVICE, _account(db_path, username))


def is_remembered(db_path: Path, username: str) -> bool:
    keyring, KeyringError = _keyring()
    try:
        return keyring.get_password(SERVICE, _account(db_path, username)) is not None
    except KeyringError:
        return False


def open_remembered(db_path: Path, username: str) -> Store | None:
    """Open without a password if this user asked to be remembered; None otherwise (or when
    the cached key no longer opens the database, in which case it is forgotten)."""
    keyring, KeyringError = _keyring()
    try:
        hex_key = keyring.get_password(SERVICE, _account(db_path, username))
    except KeyringError:
        return None
    if not hex_key:
        return None
    try:
        from db.setup import open_with_key  # SQLAlchemy and the migrations: only now

        return open_with_key(db_path, bytes.fromhex(hex_key), username.strip().lower())
    except (SaphanError, ValueError):
        forget_me(db_path, username)
        return None
