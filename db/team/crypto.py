"""Keys and sealed files of team sync: nothing here touches a database or a folder.

- Each device has an Ed25519 key pair (signing) and an X25519 key pair (key agreement): a
  :class:`DeviceKeys`, kept in the device's own encrypted database. Its :func:`fingerprint` is
  16 Crockford-base32 characters in groups of four, short enough to read aloud.
- The team key of an epoch (32 random bytes) travels wrapped to each device's X25519 key
  (:func:`wrap_to_device`: an ephemeral X25519 exchange, HKDF-SHA256, AES-256-GCM bound to the
  team, the epoch and the device) and to the team's recovery key, whose private half is kept
  only under the recovery passphrase (argon2id, :func:`db.keys.wrap_key`).
- A segment or snapshot is a *sealed file* (:func:`seal`, :func:`open_sealed`)::

      MAGIC "SPHN1" | header length u32 (big-endian) | header JSON | nonce 12 |
      AES-256-GCM(zlib(payload), associated data = header JSON) | Ed25519 signature 64

  The header (canonical JSON) holds the format, kind, team id, epoch id, device id, segment
  number and the ciphertext's length (so a file cut short is told apart from a forged one);
  the signature covers every byte before it. Nothing in the header is about a person.

Every refusal is a :class:`~db.errors.TeamFileRefused` with a reason code.
"""

from __future__ import annotations

import hashlib
import json
import re
import secrets
import struct
import zlib
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any, Protocol

from cryptography.exceptions import InvalidSignature, InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF
from cryptography.hazmat.primitives.serialization import (
    Encoding,
    NoEncryption,
    PrivateFormat,
    PublicFormat,
)

from db import keys
from db.errors import KeyFileCorrupt, TeamFileRefused

KEY_BYTES = 32
NONCE_BYTES = 12
TAG_BYTES = 16
SIGNATURE_BYTES = 64

MAGIC = b"SPHN1"
SEALED_FORMAT = "saphan.sealed/1"
KINDS = ("segment", "snapshot")
MAX_HEADER_BYTES = 4096
# What one sealed file may unpack to: far above a CSO's whole database, far below a
# decompression bomb's aim.
MAX_PAYLOAD_BYTES = 4 * 1024 * 1024 * 1024
_PREFIX = struct.Struct(">I")

# Crockford's base32: no I, L, O or U, so nothing read aloud or written by hand is ambiguous.
CROCKFORD = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
_CONFUSABLE = str.maketrans({"O": "0", "I": "1", "L": "1"})

_ID = re.compile(r"[0-9a-f]{32}")
_WRAP_INFO = b"saphan.team.wrap/1"


# --- identities and canonical JSON --------------------------------------------------------------


def new_id() -> str:
    """A fresh team, device or invitation id: 16 random bytes as 32 lowercase hex digits."""
    return secrets.token_hex(16)


def is_id(value: object) -> bool:
    """True for an id as :func:`new_id` makes them (also keeps ids safe in file names)."""
    return isinstance(value, str) and _ID.fullmatch(value) is not None


def canonical_json(document: Any) -> bytes:
    """The one encoding that is signed and bound: keys sorted, no spaces, ASCII only."""
    return json.dumps(
        document, sort_keys=True, separators=(",", ":"), ensure_ascii=True, allow_nan=False
    ).encode("ascii")


def crockford(value: int, chars: int) -> str:
    """``value`` as ``chars`` Crockford-base32 characters (5 bits each, most significant
    first)."""
    return "".join(CROCKFORD[(value >> (5 * i)) & 31] for i in reversed(range(chars)))


def crockford_normalise(text: str) -> str:
    """What a person typed, as :func:`crockford` writes it: capitals, no dashes or spaces,
    O read as 0 and I or L as 1. Characters outside the alphabet stay (and then match
    nothing)."""
    return "".join(ch for ch in text.upper() if ch not in "- \t").translate(_CONFUSABLE)


def grouped(text: str, size: int = 4) -> str:
    """``ABCDEFGH`` -> ``ABCD-EFGH``."""
    return "-".join(text[i : i + size] for i in range(0, len(text), size))


def fingerprint(sign_pub: bytes, kx_pub: bytes) -> str:
    """A device's fingerprint: the first 10 bytes of SHA-256(sign pub || kx pub) as 16
    Crockford-base32 characters in groups of four (``K7QX-M3PA-9RTW-2DHF``)."""
    digest = hashlib.sha256(sign_pub + kx_pub).digest()[:10]
    return grouped(crockford(int.from_bytes(digest, "big"), 16))


# --- keys ---------------------------------------------------------------------------------------


class Signer(Protocol):
    """Anything that signs with an Ed25519 private key (a device, an invitation's key)."""

    def sign(self, data: bytes | bytearray | memoryview) -> bytes: ...


def _raw_private(key: Ed25519PrivateKey | X25519PrivateKey) -> bytes:
    return key.private_bytes(Encoding.Raw, PrivateFormat.Raw, NoEncryption())


def _raw_public(key: Ed25519PublicKey | X25519PublicKey) -> bytes:
    return key.public_bytes(Encoding.Raw, PublicFormat.Raw)


def verify(sign_pub: bytes, signature: bytes, data: bytes | bytearray | memoryview) -> bool:
    """True if ``signature`` is ``sign_pub``'s Ed25519 signature of ``data``."""
    try:
        Ed25519PublicKey.from_public_bytes(sign_pub).verify(signature, data)
    except (InvalidSignature, ValueError):
        return False
    return True


@dataclass(frozen=True)
class DevicePublic:
    """The public half of a device's keys, as the roster announces it."""

    sign_pub: bytes
    kx_pub: bytes

    @property
    def fingerprint(self) -> str:
        return fingerprint(self.sign_pub, self.kx_pub)


@dataclass(frozen=True, repr=False)
class SigningKey:
    """A lone Ed25519 private key (an invitation's key)."""

    private: bytes

    @classmethod
    def generate(cls) -> SigningKey:
        return cls(_raw_private(Ed25519PrivateKey.generate()))

    @property
    def public(self) -> bytes:
        return _raw_public(Ed25519PrivateKey.from_private_bytes(self.private).public_key())

    def sign(self, data: bytes | bytearray | memoryview) -> bytes:
        return Ed25519PrivateKey.from_private_bytes(self.private).sign(data)

    def __repr__(self) -> str:
        return "SigningKey(<private>)"


@dataclass(frozen=True, repr=False)
class DeviceKeys:
    """A device's private keys: Ed25519 (signing) and X25519 (key agreement), 32 bytes each.
    Kept in the device's encrypted database (:meth:`to_bytes`), never in the team folder."""

    sign_private: bytes
    kx_private: bytes

    @classmethod
    def generate(cls) -> DeviceKeys:
        return cls(
            _raw_private(Ed25519PrivateKey.generate()), _raw_private(X25519PrivateKey.generate())
        )

    def public(self) -> DevicePublic:
        return DevicePublic(
            _raw_public(Ed25519PrivateKey.from_private_bytes(self.sign_private).public_key()),
            _raw_public(X25519PrivateKey.from_private_bytes(self.kx_private).public_key()),
        )

    def sign(self, data: bytes | bytearray | memoryview) -> bytes:
        return Ed25519PrivateKey.from_private_bytes(self.sign_private).sign(data)

    def to_bytes(self) -> bytes:
        """64 bytes to keep in the device's database."""
        return self.sign_private + self.kx_private

    @classmethod
    def from_bytes(cls, data: bytes) -> DeviceKeys:
        if len(data) != 2 * KEY_BYTES:
            raise ValueError("device keys are 64 bytes")
        keys_ = cls(bytes(data[:KEY_BYTES]), bytes(data[KEY_BYTES:]))
        keys_.public()  # refuses what is no key
        return keys_

    def __repr__(self) -> str:
        return "DeviceKeys(<private>)"


def new_team_key() -> bytes:
    """A fresh team key for one epoch."""
    return secrets.token_bytes(KEY_BYTES)


# --- sealed files -------------------------------------------------------------------------------


@dataclass(frozen=True)
class Header:
    """What a sealed file says about itself, in the clear (and bound to its content)."""

    kind: str
    team_id: str
    epoch_id: str
    device_id: str
    seq: int
    size: int  # the ciphertext's length, with GCM's tag

    def to_bytes(self) -> bytes:
        return canonical_json(
            {
                "format": SEALED_FORMAT,
                "kind": self.kind,
                "team_id": self.team_id,
                "epoch": self.epoch_id,
                "device_id": self.device_id,
                "seq": self.seq,
                "size": self.size,
            }
        )


_HEADER_FIELDS = {"format", "kind", "team_id", "epoch", "device_id", "seq", "size"}


def _parse_header(raw: bytes | memoryview) -> Header:
    try:
        doc = json.loads(bytes(raw).decode("ascii"))
    except (ValueError, RecursionError):
        raise TeamFileRefused("torn") from None
    if not isinstance(doc, dict) or set(doc) != _HEADER_FIELDS:
        raise TeamFileRefused("bad_format")
    if doc["format"] != SEALED_FORMAT or doc["kind"] not in KINDS:
        raise TeamFileRefused("bad_format")
    team_id, epoch_id, device_id = doc["team_id"], doc["epoch"], doc["device_id"]
    seq, size = doc["seq"], doc["size"]
    if not (is_id(team_id) and is_id(device_id) and isinstance(epoch_id, str)):
        raise TeamFileRefused("bad_format")
    if type(seq) is not int or type(size) is not int or seq < 0 or size < TAG_BYTES:
        raise TeamFileRefused("bad_format")
    return Header(doc["kind"], team_id, epoch_id, device_id, seq, size)


def _split(data: bytes | bytearray | memoryview) -> tuple[Header, int]:
    """The header of a sealed file and where its nonce starts; checks the file's shape only."""
    view = memoryview(data)
    if len(view) < len(MAGIC) + _PREFIX.size:
        raise TeamFileRefused("torn")
    if view[: len(MAGIC)] != MAGIC:
        raise TeamFileRefused("bad_format")
    (header_len,) = _PREFIX.unpack_from(view, len(MAGIC))
    start = len(MAGIC) + _PREFIX.size
    if header_len > MAX_HEADER_BYTES:
        raise TeamFileRefused("bad_format")
    if len(view) < start + header_len:
        raise TeamFileRefused("torn")
    header = _parse_header(view[start : start + header_len])
    body = start + header_len
    if len(view) != body + NONCE_BYTES + header.size + SIGNATURE_BYTES:
        raise TeamFileRefused("torn")
    return header, body


def read_header(data: bytes | bytearray | memoryview) -> Header:
    """The header of a sealed file, NOT verified: only to decide what to do with it."""
    return _split(data)[0]


def seal(
    kind: str,
    payload: bytes | bytearray | memoryview,
    *,
    team_id: str,
    epoch_id: str,
    device_id: str,
    seq: int,
    team_key: bytes,
    signer: Signer,
    level: int = 6,
) -> bytes:
    """``payload`` as a sealed file: compressed (zlib ``level``), encrypted under the epoch's
    team key with the header as associated data, and signed by the device."""
    if kind not in KINDS or not (is_id(team_id) and is_id(device_id)) or seq < 0:
        raise ValueError("not a sealed file Saphan writes")
    compressed = zlib.compress(payload, level)
    size = len(compressed) + TAG_BYTES
    header = Header(kind, team_id, epoch_id, device_id, seq, size).to_bytes()
    nonce = secrets.token_bytes(NONCE_BYTES)
    ciphertext = AESGCM(team_key).encrypt(nonce, compressed, header)
    del compressed
    out = bytearray(MAGIC)
    out += _PREFIX.pack(len(header))
    out += header
    out += nonce
    out += ciphertext
    del ciphertext
    out += signer.sign(out)
    return bytes(out)


def open_sealed(
    data: bytes | bytearray | memoryview,
    *,
    expect_team_id: str,
    epoch_keys: Mapping[str, bytes],
    sign_pub_of: Callable[[str], bytes | None],
    expect_kind: str | None = None,
    expect_device_id: str | None = None,
    expect_seq: int | None = None,
) -> tuple[Header, bytes]:
    """Check and open a sealed file: its header and its payload.

    ``sign_pub_of(device_id)`` gives the signing key of a device whose file may be accepted, or
    None (an unknown device, or one whose file must be refused). ``expect_*``: what the file's
    name says it is. Refusals, in the order checked: ``torn``, ``bad_format``, ``other_team``,
    ``seq_mismatch`` (name and header disagree), ``unknown_device``, ``bad_signature``,
    ``no_key_for_epoch``, ``tampered`` (decryption failed)."""
    view = memoryview(data)
    header, body = _split(view)
    if header.team_id != expect_team_id:
        raise TeamFileRefused("other_team")
    if (
        (expect_kind is not None and header.kind != expect_kind)
        or (expect_device_id is not None and header.device_id != expect_device_id)
        or (expect_seq is not None and header.seq != expect_seq)
    ):
        raise TeamFileRefused("seq_mismatch")
    sign_pub = sign_pub_of(header.device_id)
    if sign_pub is None:
        raise TeamFileRefused("unknown_device")
    signed = view[: len(view) - SIGNATURE_BYTES]
    if not verify(sign_pub, bytes(view[len(view) - SIGNATURE_BYTES :]), signed):
        raise TeamFileRefused("bad_signature")
    team_key = epoch_keys.get(header.epoch_id)
    if team_key is None:
        raise TeamFileRefused("no_key_for_epoch")
    header_bytes = bytes(view[len(MAGIC) + _PREFIX.size : body])
    nonce = bytes(view[body : body + NONCE_BYTES])
    try:
        compressed = AESGCM(team_key).decrypt(
            nonce, view[body + NONCE_BYTES : len(view) - SIGNATURE_BYTES], header_bytes
        )
    except (InvalidTag, ValueError):
        raise TeamFileRefused("tampered") from None
    return header, _decompress(compressed)


def _decompress(compressed: bytes) -> bytes:
    unpacker = zlib.decompressobj()
    try:
        payload = unpacker.decompress(compressed, MAX_PAYLOAD_BYTES)
    except zlib.error:
        raise TeamFileRefused("torn") from None
    if unpacker.unconsumed_tail or not unpacker.eof:
        raise TeamFileRefused("torn")
    return payload


# --- team keys wrapped to a device --------------------------------------------------------------


def _wrap_aad(team_id: str, device_id: str, epoch_id: str) -> bytes:
    return canonical_json(
        {"use": "team-key", "team_id": team_id, "device_id": device_id, "epoch": epoch_id}
    )


def _wrap_kek(shared: bytes, eph_pub: bytes, kx_pub: bytes) -> bytes:
    return HKDF(
        algorithm=hashes.SHA256(), length=KEY_BYTES, salt=None, info=_WRAP_INFO + eph_pub + kx_pub
    ).derive(shared)


def wrap_to_device(
    team_key: bytes, kx_pub: bytes, *, team_id: str, device_id: str, epoch_id: str
) -> dict[str, str]:
    """``team_key`` for the holder of ``kx_pub``'s private key only: a fresh X25519 key pair,
    HKDF-SHA256 of the shared secret, AES-256-GCM bound to team, device and epoch."""
    eph = X25519PrivateKey.generate()
    eph_pub = _raw_public(eph.public_key())
    shared = eph.exchange(X25519PublicKey.from_public_bytes(kx_pub))
    nonce = secrets.token_bytes(NONCE_BYTES)
    ct = AESGCM(_wrap_kek(shared, eph_pub, kx_pub)).encrypt(
        nonce, team_key, _wrap_aad(team_id, device_id, epoch_id)
    )
    return {"eph": eph_pub.hex(), "nonce": nonce.hex(), "ct": ct.hex()}


def _hex_field(wrapped: Mapping[str, Any], name: str, size: int) -> bytes:
    value = wrapped.get(name)
    if not isinstance(value, str) or len(value) != 2 * size:
        raise TeamFileRefused("bad_format")
    try:
        return bytes.fromhex(value)
    except ValueError:
        raise TeamFileRefused("bad_format") from None


def check_wrapped(wrapped: object) -> None:
    """Refuse (``bad_format``) what :func:`wrap_to_device` does not write."""
    if not isinstance(wrapped, dict) or set(wrapped) != {"eph", "nonce", "ct"}:
        raise TeamFileRefused("bad_format")
    _hex_field(wrapped, "eph", KEY_BYTES)
    _hex_field(wrapped, "nonce", NONCE_BYTES)
    _hex_field(wrapped, "ct", KEY_BYTES + TAG_BYTES)


def unwrap_for_device(
    wrapped: Mapping[str, Any], kx_private: bytes, *, team_id: str, device_id: str, epoch_id: str
) -> bytes:
    """The team key in ``wrapped``; ``tampered`` if it is not for this key, team, device and
    epoch, ``bad_format`` if it is not a wrapped key at all."""
    check_wrapped(wrapped)
    eph_pub = _hex_field(wrapped, "eph", KEY_BYTES)
    private = X25519PrivateKey.from_private_bytes(kx_private)
    kx_pub = _raw_public(private.public_key())
    try:
        shared = private.exchange(X25519PublicKey.from_public_bytes(eph_pub))
        return AESGCM(_wrap_kek(shared, eph_pub, kx_pub)).decrypt(
            _hex_field(wrapped, "nonce", NONCE_BYTES),
            _hex_field(wrapped, "ct", KEY_BYTES + TAG_BYTES),
            _wrap_aad(team_id, device_id, epoch_id),
        )
    except (InvalidTag, ValueError):  # ValueError: an all-zero shared secret
        raise TeamFileRefused("tampered") from None


# --- the recovery key ---------------------------------------------------------------------------

RECOVERY_DEVICE = "recovery"
_RECOVERY_LABEL = "saphan.team.recovery/"


def new_recovery_key(
    passphrase: str, *, team_id: str, params: keys.KdfParams | None = None
) -> tuple[bytes, dict[str, Any]]:
    """The team's recovery key pair: its X25519 public key (every epoch's key is wrapped to it
    too) and its private key wrapped under the recovery passphrase (argon2id, through
    :func:`db.keys.wrap_key`; ``params`` default to :data:`db.keys.DEFAULT_KDF`)."""
    private = X25519PrivateKey.generate()
    wrapped = keys.wrap_key(
        _raw_private(private),
        keys.normalise_recovery_passphrase(passphrase),
        label=_RECOVERY_LABEL + team_id,
        params=params or keys.DEFAULT_KDF,
    )
    return _raw_public(private.public_key()), wrapped.to_json()


def check_recovery_wrapped(wrapped: object) -> keys.WrappedKey:
    """The recovery key's wrapping as read from the roster (``bad_format`` if it is not)."""
    try:
        return keys.WrappedKey.from_json(wrapped)
    except KeyFileCorrupt:
        raise TeamFileRefused("bad_format") from None


def unlock_recovery_key(wrapped: object, passphrase: str, *, team_id: str) -> bytes:
    """The recovery private key (X25519, for :func:`unwrap_for_device` with ``device_id`` =
    :data:`RECOVERY_DEVICE`). A wrong passphrase raises :class:`~db.errors.WrongCredentials`."""
    slot = check_recovery_wrapped(wrapped)
    return keys.unwrap_key(
        slot, keys.normalise_recovery_passphrase(passphrase), label=_RECOVERY_LABEL + team_id
    )


__all__ = [
    "CROCKFORD",
    "KINDS",
    "RECOVERY_DEVICE",
    "DeviceKeys",
    "DevicePublic",
    "Header",
    "Signer",
    "SigningKey",
    "canonical_json",
    "check_recovery_wrapped",
    "check_wrapped",
    "crockford",
    "crockford_normalise",
    "fingerprint",
    "grouped",
    "is_id",
    "new_id",
    "new_recovery_key",
    "new_team_key",
    "open_sealed",
    "read_header",
    "seal",
    "unlock_recovery_key",
    "unwrap_for_device",
    "verify",
    "wrap_to_device",
]
