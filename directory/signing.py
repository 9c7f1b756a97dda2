"""Ed25519 keys, fingerprints, canonical JSON and signatures for shared documents (bundles,
network files). No database here: a CSO's database keeps its private key's bytes only
(:mod:`db.sharing`); :mod:`directory.sharing.keys` makes them on first use.

The signature covers the canonical JSON of the whole document except its ``signature`` field:
keys sorted, no spaces, UTF-8 (not ASCII-escaped). Keys travel as lowercase hex.

Fingerprints are what people compare over the phone when the coordinator registers a CSO:
four groups of four characters from the base32 of the SHA-256 of the raw public key.
"""

from __future__ import annotations

import base64
import hashlib
import json
from collections.abc import Mapping
from typing import Any

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from cryptography.hazmat.primitives.serialization import (
    Encoding,
    NoEncryption,
    PrivateFormat,
    PublicFormat,
)

SIGNATURE_FIELD = "signature"


def canonical_json(document: Mapping[str, Any]) -> bytes:
    """The bytes that are signed: everything except the signature, canonically encoded."""
    body = {k: v for k, v in document.items() if k != SIGNATURE_FIELD}
    return json.dumps(
        body, sort_keys=True, separators=(",", ":"), ensure_ascii=False, allow_nan=False
    ).encode("utf-8")


def new_private_key() -> bytes:
    """A new Ed25519 private key (32 raw bytes)."""
    return Ed25519PrivateKey.generate().private_bytes(
        Encoding.Raw, PrivateFormat.Raw, NoEncryption()
    )


def public_key(private_key: bytes) -> bytes:
    """The raw Ed25519 public key (32 bytes) of a private key."""
    return (
        Ed25519PrivateKey.from_private_bytes(private_key)
        .public_key()
        .public_bytes(Encoding.Raw, PublicFormat.Raw)
    )


def public_key_hex(private_key: bytes) -> str:
    return public_key(private_key).hex()


def key_fingerprint(public_key: bytes) -> str:
    """A short fingerprint to read out over the phone, e.g. ``"K3QF-7ZMA-PL2X-4EWN"``."""
    if len(public_key) != 32:
        raise ValueError("an Ed25519 public key has 32 bytes")
    text = base64.b32encode(hashlib.sha256(public_key).digest()).decode("ascii")
    return "-".join(text[i : i + 4] for i in range(0, 16, 4))


def key_fingerprint_hex(public_key_hex_: str) -> str:
    """The fingerprint of a public key given as hex (as network files carry it)."""
    return key_fingerprint(bytes.fromhex(public_key_hex_))


def sign(document: Mapping[str, Any], private_key: bytes) -> str:
    """Hex Ed25519 signature of the document's canonical JSON."""
    return Ed25519PrivateKey.from_private_bytes(private_key).sign(canonical_json(document)).hex()


def verify(document: Mapping[str, Any], public_key_hex_: str) -> bool:
    """True when ``document["signature"]`` is a valid signature by that public key."""
    signature = document.get(SIGNATURE_FIELD)
    if not isinstance(signature, str):
        return False
    try:
        key = Ed25519PublicKey.from_public_bytes(bytes.fromhex(public_key_hex_))
        key.verify(bytes.fromhex(signature), canonical_json(document))
    except (ValueError, InvalidSignature):
        return False
    return True


def verify_bytes(body: bytes, signature_hex: str, public_key_hex_: str) -> bool:
    """True when ``signature_hex`` signs exactly these bytes."""
    try:
        key = Ed25519PublicKey.from_public_bytes(bytes.fromhex(public_key_hex_))
        key.verify(bytes.fromhex(signature_hex), body)
    except (ValueError, InvalidSignature):
        return False
    return True
