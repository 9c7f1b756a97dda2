"""Canonical JSON and Ed25519 signatures for shared documents (bundles, network files).

The signature covers the canonical JSON of the whole document except its ``signature`` field:
keys sorted, no spaces, UTF-8 (not ASCII-escaped). Keys travel as lowercase hex.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

SIGNATURE_FIELD = "signature"


def canonical_json(document: Mapping[str, Any]) -> bytes:
    """The bytes that are signed: everything except the signature, canonically encoded."""
    body = {k: v for k, v in document.items() if k != SIGNATURE_FIELD}
    return json.dumps(
        body, sort_keys=True, separators=(",", ":"), ensure_ascii=False, allow_nan=False
    ).encode("utf-8")


def public_key_hex(private_key: bytes) -> str:
    return (
        Ed25519PrivateKey.from_private_bytes(private_key)
        .public_key()
        .public_bytes(Encoding.Raw, PublicFormat.Raw)
        .hex()
    )


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
