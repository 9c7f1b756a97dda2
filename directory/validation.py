"""Checks of untrusted shared documents, the same for every transport (shared folder, server).

A bundle or network file that arrives from elsewhere is size-limited, depth-checked before it
is parsed, schema-validated, signature-checked against the key the network file registers (for
a bundle) or the coordinator's pinned key (for a network file), and checked for small cells.
Failures raise :class:`~directory.errors.BundleInvalid` / :class:`~directory.errors.NetworkInvalid`
with the stable reason codes listed in :mod:`directory.folder`.
"""

from __future__ import annotations

import json
import re
from typing import Any

from pydantic import ValidationError

from directory import signing
from directory.bundle_schema import BUNDLE_SCHEMA, Bundle
from directory.errors import BundleInvalid, NetworkInvalid
from directory.network import Member, Network, parse_network, verify_network

MAX_FILE_BYTES = 5 * 1024 * 1024
MAX_DEPTH = 16

_STRING = re.compile(rb'"(?:[^"\\]|\\.)*"', re.DOTALL)
_NOT_BRACKETS = bytes(b for b in range(256) if b not in b"[]{}")


def depth_within(data: bytes, limit: int = MAX_DEPTH) -> bool:
    """True when the JSON text nests arrays/objects at most ``limit`` deep (checked before
    parsing, so a hostile file cannot exhaust the parser's recursion)."""
    brackets = _STRING.sub(b"", data).translate(None, _NOT_BRACKETS)
    depth = 0
    for b in brackets:
        if b in (0x5B, 0x7B):  # [ {
            depth += 1
            if depth > limit:
                return False
        else:
            depth -= 1
    return True


def parse_json(data: bytes, limit: int = MAX_FILE_BYTES) -> Any:
    """Parse untrusted JSON bytes (size and nesting checked before parsing); raises
    :class:`BundleInvalid` with ``too_large``, ``too_deep`` or ``unparsable``."""
    if len(data) > limit:
        raise BundleInvalid("too_large")
    if not depth_within(data):
        raise BundleInvalid("too_deep")
    try:
        return json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, ValueError, RecursionError):
        raise BundleInvalid("unparsable") from None


def check_network_document(document: Any, trusted_coordinator_key: str | None = None) -> Network:
    """Validate a network file document (parsed JSON): schema, and signature by the
    coordinator (``trusted_coordinator_key`` when pinned). Raises :class:`NetworkInvalid`."""
    network = parse_network(document)
    if not verify_network(network, trusted_coordinator_key) or not signing.verify(
        document, network.coordinator_key
    ):
        raise NetworkInvalid("bad_signature")
    return network


def parse_bundle(document: Any) -> Bundle:
    if not isinstance(document, dict):
        raise BundleInvalid("invalid")
    if document.get("schema") != BUNDLE_SCHEMA:
        raise BundleInvalid("unknown_schema")
    try:
        return Bundle.model_validate(document)
    except ValidationError:
        raise BundleInvalid("invalid") from None


def check_bundle(document: Any, network: Network, code: str | None = None) -> Bundle:
    """Validate one bundle document (parsed JSON) against the network, for any transport.
    ``code`` is the CSO the transport says it comes from (e.g. its file name)."""
    bundle = parse_bundle(document)
    member = _check_member(bundle, network, code)
    # Verify over the document as parsed, so nothing unsigned can ride along.
    if not signing.verify(document, member.public_key):
        raise BundleInvalid("bad_signature")
    _check_counts(bundle, network)
    return bundle


def check_bundle_bytes(data: bytes, network: Network, code: str | None = None) -> Bundle:
    """Like :func:`check_bundle`, from the bytes of a file (size and depth already checked).

    Fast path: a bundle written by Saphan is its canonical JSON with the signature member in
    place, so the signed bytes are the file minus that member; the schema is checked straight
    from the bytes by pydantic's parser, which stops at a fixed nesting depth while parsing
    (reported as ``too_deep``). Anything else (e.g. re-indented by a person) takes the slow
    path: parse, re-encode canonically, verify.
    """
    try:
        bundle = Bundle.model_validate_json(data)
    except ValidationError as exc:
        errors = exc.errors()
        if any("recursion limit" in e["msg"] for e in errors if e["type"] == "json_invalid"):
            raise BundleInvalid("too_deep") from None
        if any(e["type"] == "json_invalid" for e in errors):
            raise BundleInvalid("unparsable") from None
        if any(e["loc"][:1] == ("schema",) for e in errors):
            raise BundleInvalid("unknown_schema") from None
        raise BundleInvalid("invalid") from None
    member = _check_member(bundle, network, code)
    if not _verify_in_place(data, member.public_key):
        try:
            document = json.loads(data)
        except (ValueError, RecursionError):
            raise BundleInvalid("unparsable") from None
        if not signing.verify(document, member.public_key):
            raise BundleInvalid("bad_signature")
    _check_counts(bundle, network)
    return bundle


_SIGNATURE_MEMBER = re.compile(rb'"signature":"([0-9a-f]{128})"')


def _verify_in_place(data: bytes, public_key_hex: str) -> bool:
    # A JSON string cannot hold this pattern unescaped, so a single match is the member.
    matches = list(_SIGNATURE_MEMBER.finditer(data))
    if len(matches) != 1:
        return False
    start, end = matches[0].span()
    if data[end : end + 1] == b",":
        body = data[:start] + data[end + 1 :]
    elif data[start - 1 : start] == b",":
        body = data[: start - 1] + data[end:]
    else:
        body = data[:start] + data[end:]
    return signing.verify_bytes(body, matches[0].group(1).decode("ascii"), public_key_hex)


def _check_member(bundle: Bundle, network: Network, code: str | None) -> Member:
    if bundle.network_id != network.network_id:
        raise BundleInvalid("other_network")
    if code is not None and bundle.cso.code != code:
        raise BundleInvalid("filename_mismatch")
    member = network.member(bundle.cso.code)
    if member is None:
        raise BundleInvalid("unknown_member")
    if bundle.cso.public_key != member.public_key:
        raise BundleInvalid("wrong_key")
    return member


def _check_counts(bundle: Bundle, network: Network) -> None:
    k = network.suppression_threshold
    if bundle.suppression_threshold < k:
        raise BundleInvalid("threshold_too_low")
    if any(0 < v < k for v in bundle.published_people_counts()):
        raise BundleInvalid("small_cell")


__all__ = [
    "MAX_DEPTH",
    "MAX_FILE_BYTES",
    "check_bundle",
    "check_bundle_bytes",
    "check_network_document",
    "depth_within",
    "parse_bundle",
    "parse_json",
]
