"""Master key handling: generation, wrapping per user and under the recovery passphrase.

The database is encrypted with a random 256-bit master key. The key is never stored in the
clear: the key file next to the database holds it once per user, wrapped with AES-256-GCM under
a key derived from that user's password with argon2id, and once under the recovery passphrase.
The key file holds user names (staff, not the people served) and ciphertext only.
"""

from __future__ import annotations

import base64
import json
import secrets
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from db import atomic
from db.errors import (
    DatabaseNotFound,
    KeyFileCorrupt,
    KeyFileMissing,
    StorageProblem,
    WrongCredentials,
)
from db.file_modes import PRIVATE_FILE

KEY_BYTES = 32
KEYFILE_FORMAT = "saphan.keys/1"
RECOVERY_SLOT = "@recovery"
# A key file holds a few hundred bytes per staff account; anything far larger is not one.
MAX_KEYFILE_BYTES = 1024 * 1024


@dataclass(frozen=True)
class KdfParams:
    """argon2id parameters; stored with each wrapped key so they can be raised later."""

    time_cost: int = 3
    memory_kib: int = 65536
    parallelism: int = 2


# What a key file may ask for. The parameters are read from the file before any password is
# checked, so they bound the time and memory one sign-in may cost: Saphan writes t=3, 64 MiB,
# p=2; the ranges leave room to raise time threefold and memory sixteenfold, and the work bound
# (passes x memory, ten times today's) keeps the worst case to about ten seconds on a slow
# laptop and 1 GiB. The lower bounds only keep
# argon2 valid (and admit the test suite's cheap parameters): they are no security bound,
# because a slot's parameters cannot be lowered without knowing its password.
KDF_TIME_COST = range(1, 11)
KDF_MEMORY_KIB = range(1024, 1024 * 1024 + 1)  # 1 MiB .. 1 GiB
KDF_PARALLELISM = range(1, 17)
KDF_MAX_WORK_KIB = 2 * 1024 * 1024  # time_cost * memory_kib: e.g. 2 passes over 1 GiB


def kdf_params_sane(params: KdfParams) -> bool:
    """True when ``params`` are within the ranges above (and argon2's 8 KiB per lane)."""
    return (
        params.time_cost in KDF_TIME_COST
        and params.memory_kib in KDF_MEMORY_KIB
        and params.parallelism in KDF_PARALLELISM
        and params.memory_kib >= 8 * params.parallelism
        and params.time_cost * params.memory_kib <= KDF_MAX_WORK_KIB
    )


# Tests lower this to keep the suite fast; real key files always record what they used.
DEFAULT_KDF = KdfParams()


def new_master_key() -> bytes:
    """A fresh random 256-bit key."""
    return secrets.token_bytes(KEY_BYTES)


def hash_secret_raw(
    secret: bytes, salt: bytes, *, time_cost: int, memory_cost: int, parallelism: int, hash_len: int
) -> bytes:
    """argon2id (argon2-cffi's ``hash_secret_raw``), imported when a key is first derived (on
    the sign-in's worker thread), not when the sign-in window reads the key file."""
    from argon2.low_level import Type
    from argon2.low_level import hash_secret_raw as argon2_raw

    return argon2_raw(
        secret,
        salt,
        time_cost=time_cost,
        memory_cost=memory_cost,
        parallelism=parallelism,
        hash_len=hash_len,
        type=Type.ID,
    )


def _derive(secret: str, salt: bytes, params: KdfParams) -> bytes:
    return hash_secret_raw(
        secret.encode("utf-8"),
        salt,
        time_cost=params.time_cost,
        memory_cost=params.memory_kib,
        parallelism=params.parallelism,
        hash_len=KEY_BYTES,
    )


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(value: object, sizes: range) -> bytes:
    """Decode one base64 field whose decoded length must be in ``sizes``."""
    if not isinstance(value, str) or len(value) > 4 * (sizes.stop // 3 + 1):
        raise KeyFileCorrupt("bad base64 field")
    try:
        data = base64.b64decode(value.encode("ascii"), validate=True)
    except ValueError:  # binascii.Error and UnicodeEncodeError are ValueErrors
        raise KeyFileCorrupt("bad base64 field") from None
    if len(data) not in sizes:
        raise KeyFileCorrupt("field of the wrong length")
    return data


def _int(value: object) -> int:
    # JSON true/false are ints to Python, and "3" or 3.0 are not what Saphan writes.
    if type(value) is not int:
        raise KeyFileCorrupt("not a whole number")
    return value


SALT_BYTES = 16
NONCE_BYTES = 12  # AES-GCM's standard nonce
WRAPPED_BYTES = KEY_BYTES + 16  # the key and GCM's tag


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
    def from_json(cls, data: object) -> WrappedKey:
        """One slot as read from a key file; anything Saphan would not write, or parameters
        outside the sane ranges, raise :class:`KeyFileCorrupt` (never derive with them)."""
        if not isinstance(data, dict):
            raise KeyFileCorrupt("slot is not an object")
        if data.get("kdf") != "argon2id":
            raise KeyFileCorrupt("unknown key derivation")
        try:
            params = KdfParams(_int(data["t"]), _int(data["m"]), _int(data["p"]))
            salt, nonce, ct = data["salt"], data["nonce"], data["ct"]
        except KeyError as exc:
            raise KeyFileCorrupt(f"slot without {exc}") from None
        if not kdf_params_sane(params):
            raise KeyFileCorrupt("key derivation parameters out of range")
        return cls(
            salt=_unb64(salt, range(SALT_BYTES, 65)),
            nonce=_unb64(nonce, range(NONCE_BYTES, NONCE_BYTES + 1)),
            ciphertext=_unb64(ct, range(WRAPPED_BYTES, WRAPPED_BYTES + 1)),
            params=params,
        )


def wrap_key(
    master_key: bytes, secret: str, *, label: str, params: KdfParams | None = None
) -> WrappedKey:
    """Encrypt ``master_key`` under ``secret``. ``label`` is bound as associated data."""
    params = params or DEFAULT_KDF
    salt = secrets.token_bytes(16)
    nonce = secrets.token_bytes(12)
    kek = _derive(secret, salt, params)
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    ct = AESGCM(kek).encrypt(nonce, master_key, label.encode("utf-8"))
    return WrappedKey(salt, nonce, ct, params)


def unwrap_key(wrapped: WrappedKey, secret: str, *, label: str) -> bytes:
    """Decrypt a wrapped key; a wrong secret raises :class:`WrongCredentials`."""
    kek = _derive(secret, wrapped.salt, wrapped.params)
    from cryptography.exceptions import InvalidTag
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

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
        """Read and check a key file. A missing one raises :class:`FileNotFoundError`; one
        that Saphan did not write as it is raises :class:`KeyFileCorrupt`."""
        try:
            with open(path, "rb") as fh:
                data = fh.read(MAX_KEYFILE_BYTES + 1)
        except FileNotFoundError:
            raise
        except (IsADirectoryError, NotADirectoryError) as exc:
            raise KeyFileCorrupt("not a file") from exc
        except OSError as exc:  # no permission, a vanished drive
            raise StorageProblem("cannot_open") from exc
        return cls.from_bytes(data, path)

    @classmethod
    def from_bytes(cls, data: bytes, path: Path) -> KeyFile:
        """Parse a key file's bytes (e.g. from a backup); :class:`KeyFileCorrupt` unless it has
        exactly the shape Saphan writes, with sane key-derivation parameters."""
        if len(data) > MAX_KEYFILE_BYTES:
            raise KeyFileCorrupt("key file too large")
        doc = strict_json(data)
        if not isinstance(doc, dict) or doc.get("format") != KEYFILE_FORMAT:
            raise KeyFileCorrupt("unknown key file format")
        cso_code, slots = doc.get("cso_code"), doc.get("slots")
        if not isinstance(cso_code, str) or not 0 < len(cso_code) <= 64:
            raise KeyFileCorrupt("bad CSO code")
        if not isinstance(slots, dict):
            raise KeyFileCorrupt("no slots")
        return cls(
            path=path,
            cso_code=cso_code,
            slots={str(name): WrappedKey.from_json(w) for name, w in slots.items()},
        )

    def save(self) -> None:
        """Write atomically: temp file, fsync, rename, so a crash never leaves half a key file."""
        data = {
            "format": KEYFILE_FORMAT,
            "cso_code": self.cso_code,
            "slots": {name: w.to_json() for name, w in sorted(self.slots.items())},
        }
        write_atomically(self.path, json.dumps(data, indent=1).encode("utf-8"), private=True)

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


def strict_json(data: bytes) -> Any:
    """JSON as Saphan writes it: UTF-8, no duplicate keys, no NaN, not nested absurdly deep."""

    def no_duplicates(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
        obj = dict(pairs)
        if len(obj) != len(pairs):
            raise KeyFileCorrupt("duplicate key")
        return obj

    def no_constants(name: str) -> Any:
        raise KeyFileCorrupt(f"{name} is not a number Saphan writes")

    try:
        return json.loads(
            data.decode("utf-8"), object_pairs_hook=no_duplicates, parse_constant=no_constants
        )
    except (ValueError, RecursionError) as exc:  # also UnicodeDecodeError, too-long integers
        raise KeyFileCorrupt("not a key file") from exc


def write_atomically(path: Path, data: bytes, *, private: bool = False) -> None:
    """Write ``data`` to ``path`` via a temp file in the same folder, fsync and rename (see
    :mod:`db.atomic`, which also clears what an earlier, killed write left behind).
    ``private``: the file (and its temp file) readable by this account only (POSIX 0600)."""
    atomic.write_atomically(path, data, mode=PRIVATE_FILE if private else 0o666)


def check_database(path: Path) -> None:
    """:class:`DatabaseNotFound` when there is no database at ``path``, :class:`KeyFileMissing`
    when the database is there without its key file. (Here rather than in db.setup, so that the
    sign-in window can say it before SQLAlchemy is loaded.)"""
    if not path.exists():
        raise DatabaseNotFound(str(path))
    key_file = KeyFile.path_for(path)
    if not key_file.exists():
        raise KeyFileMissing(str(path), str(key_file))


def load_keyfile(path: Path) -> KeyFile:
    check_database(path)
    key_file = KeyFile.path_for(path)
    try:
        return KeyFile.load(key_file)
    except FileNotFoundError:
        raise KeyFileMissing(str(path), str(key_file)) from None


def database_exists(path: Path) -> bool:
    return path.exists() and KeyFile.path_for(path).exists()
