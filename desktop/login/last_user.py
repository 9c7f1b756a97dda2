"""The last user name that signed in on this Windows account (never a password or key), and
the interface language last used on it (for the sign-in dialog, before anyone is known)."""

from __future__ import annotations

import hashlib
from pathlib import Path

from PySide6.QtCore import QSettings


def _key(db_path: Path) -> str:
    # One entry per database, without writing the path itself into the settings.
    digest = hashlib.sha256(str(db_path.resolve()).encode()).hexdigest()[:16]
    return f"sign_in/{digest}/last_username"


def last_username(db_path: Path) -> str:
    value = QSettings().value(_key(db_path), "")
    return value if isinstance(value, str) else ""


def set_last_username(db_path: Path, username: str) -> None:
    settings = QSettings()
    settings.setValue(_key(db_path), username.strip().lower())
    settings.sync()


_LANGUAGE_KEY = "interface/language"


def last_language() -> str:
    value = QSettings().value(_LANGUAGE_KEY, "")
    return value if isinstance(value, str) else ""


def set_last_language(code: str) -> None:
    settings = QSettings()
    settings.setValue(_LANGUAGE_KEY, code)
    settings.sync()
