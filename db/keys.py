"""Master key handling: generation, wrapping per user and under the recovery passphrase.

The database is encrypted with a random 256-bit master key. The key is never stored in the
clear: the key file next to the database holds it once per user, wrapped with AES-256-GCM under
a key derived from that user's password with argon2id, and once under the recovery passphrase.
The key file holds user names (staff, not the people served) and ciphertext only.
"""

from __future__ import annotations

import base64
import json
import os
import secrets
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from argon2.low_level import Type, hash_secret_raw
from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from db import strict_json
from db.errors import KeyFileCorrupt, WrongCredentials

KEY_BYTES = 32
KEYFILE_FORMAT = "saphan.keys/1"
RECOVERY_SLOT = "@recovery"


@dataclass(frozen=True)
class KdfParams:
    """argon2id parameters; stored with each wrapped key so they can be raised later."""

    time_cost: int = 3
    memory_kib: int = 65536
    parallelism: int = 2


# Tests lower this to keep the suite fast; real key files always record what they used.
DEFAULT_KDF = KdfParams()


def new_master_key() -> bytes:
    """A fresh random 256-bit key."""
    return secrets.token_bytes(KEY_BYTES)


def _derive(secret: str, salt: bytes, params: KdfParams) -> bytes:
    return hash_secret_raw(
        secret.encode("utf-8"),
        salt,
        time_cost=params.time_cost,
        memory_cost=params.memory_kib,
        parallelism=params.parallelism,
        hash_len=KEY_BYTES,
        type=Type.ID,
    )


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: str) -> bytes:
    return base64.b64decode(text.encode("ascii"), validate=True)


@dataclass
class WrappedKey:
    salt: bytes
    nonce: bytes
    ciphertext: bytes
    params: KdfParams

    def to_json(self) -> dict[str, Any]:
        return {
            "kdf": "argon2id",
            "t": self.params.time_cost,
            "m": self.params.memory_kib,
            "p": self.params.parallelism,
            "salt": _b64(self.salt),
            "nonce": _b64(self.nonce),
            "ct": _b64(self.ciphertext),
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> WrappedKey:
        if data.get("kdf") != "argon2id":
            raise KeyFileCorrupt("unknown key derivation")
        return cls(
            salt=_unb64(data["salt"]),
            nonce=_unb64(data["nonce"]),
            ciphertext=_unb64(data["ct"]),
            params=KdfParams(int(data["t"]), int(data["m"]), int(data["p"])),
        )


def wrap_key(
    master_key: bytes, secret: str, *, label: str, params: KdfParams | None = None
) -> WrappedKey:
    """Encrypt ``master_key`` under ``secret``. ``label`` is bound as associated data."""
    params = params or DEFAULT_KDF
    salt = secrets.token_bytes(16)
    nonce = secrets.token_bytes(12)
    kek = _derive(secret, salt, params)
    ct = AESGCM(kek).encrypt(nonce, master_key, label.encode("utf-8"))
    return WrappedKey(salt, nonce, ct, params)


def unwrap_key(wrapped: WrappedKey, secret: str, *, label: str) -> bytes:
    """Decrypt a wrapped key; a wrong secret raises :class:`WrongCredentials`."""
    kek = _derive(secret, wrapped.salt, wrapped.params)
    try:
        key = AESGCM(kek).decrypt(wrapped.nonce, wrapped.ciphertext, label.encode("utf-8"))
    except InvalidTag:
        raise WrongCredentials() from None
    if len(key) != KEY_BYTES:
        raise KeyFileCorrupt("wrong key length")
    return key


# Recovery passphrases use characters that cannot be mistaken for each other when written by
# hand and typed back later (no I/1, O/0).
_RECOVERY_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"


def new_recovery_passphrase() -> str:
    """A passphrase to write down at setup: 8 groups of 4 unambiguous characters (160 bits)."""
    groups = ["".join(secrets.choice(_RECOVERY_ALPHABET) for _ in range(4)) for _ in range(8)]
    return "-".join(groups)


def normalise_recovery_passphrase(text: str) -> str:
    """Accept the passphrase however it was typed back: case, spaces and dashes don't matter."""
    cleaned = "".join(ch for ch in text.upper() if ch.isalnum())
    return "-".join(cleaned[i : i + 4] for i in range(0, len(cleaned), 4))


@dataclass
class KeyFile:
    """The key file next to the database: one wrapped copy of the master key per slot."""

    path: Path
    cso_code: str
    slots: dict[str, WrappedKey] = field(default_factory=dict)

    @staticmethod
    def path_for(db_path: Path) -> Path:
        return db_path.with_name(db_path.name + ".keys")

    @classmethod
    def load(cls, path: Path) -> KeyFile:
        try:
            data = strict_json.loads(path.read_bytes())
            if data.get("format") != KEYFILE_FORMAT:
                raise KeyFileCorrupt("unknown key file format")
            slots = {name: WrappedKey.from_json(w) for name, w in data["slots"].items()}
            return cls(path=path, cso_code=str(data["cso_code"]), slots=slots)
        except FileNotFoundError:
            raise
        except (ValueError, KeyError, TypeError, AttributeError) as exc:
            raise KeyFileCorrupt(str(exc)) from exc

    def save(self) -> None:
        """Write atomically: temp file, fsync, rename, so a crash never leaves half a key file."""
        data = {
            "format": KEYFILE_FORMAT,
            "cso_code": self.cso_code,
            "slots": {name: w.to_json() for name, w in sorted(self.slots.items())},
        }
        write_atomically(self.path, json.dumps(data, indent=1).encode("utf-8"))

    @staticmethod
    def user_slot(username: str) -> str:
        return "user:" + username.casefold()

    def set_user(self, master_key: bytes, username: str, password: str) -> None:
        slot = self.user_slot(username)
        self.slots[slot] = wrap_key(master_key, password, label=slot)

    def remove_user(self, username: str) -> None:
        self.slots.pop(self.user_slot(username), None)

    def unlock_user(self, username: str, password: str) -> bytes:
        slot = self.user_slot(username)
        wrapped = self.slots.get(slot)
        if wrapped is None:
            # Spend the same effort as a real attempt so timing does not reveal user names.
            _derive(password, b"\0" * 16, DEFAULT_KDF)
            raise WrongCredentials()
        return unwrap_key(wrapped, password, label=slot)

    def set_recovery(self, master_key: bytes, passphrase: str) -> None:
        norm = normalise_recovery_passphrase(passphrase)
        self.slots[RECOVERY_SLOT] = wrap_key(master_key, norm, label=RECOVERY_SLOT)

    def unlock_recovery(self, passphrase: str) -> bytes:
        wrapped = self.slots.get(RECOVERY_SLOT)
        if wrapped is None:
            raise WrongCredentials()
        return unwrap_key(wrapped, normalise_recovery_passphrase(passphrase), label=RECOVERY_SLOT)


def write_atomically(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` via a temp file in the same folder, fsync and rename."""
    tmp = path.with_name(f".{path.name}.{secrets.token_hex(4)}.tmp")
    try:
        with open(tmp, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    finally:
        if tmp.exists():
            tmp.unlink()
    if hasattr(os, "O_DIRECTORY"):
        fd = os.open(path.parent, os.O_DIRECTORY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)
