"""Checks of untrusted shared documents, the same for every transport (shared folder, server).

A bundle or network file that arrives from elsewhere is size-limited, depth-checked before it
is parsed, schema-validated, signature-checked against the key the network file registers (for
a bundle) or the coordinator's pinned key (for a network file), and checked for small cells.
Failures raise :class:`~directory.errors.BundleInvalid` / :class:`~directory.errors.NetworkInvalid`
with the stable reason codes listed in :mod:`directory.folder`.
"""

from __future__ import annotations

import re
from typing import Any

from pydantic import ValidationError

from directory import signing, strict_json
from directory.bundle_schema import BUNDLE_SCHEMA, Bundle
from directory.errors import BundleInvalid, NetworkInvalid
from directory.network import Member, Network, parse_network, verify_network

MAX_FILE_BYTES = 5 * 1024 * 1024
MAX_DEPTH = 16
# Arrays and objects in one file. The largest real one, a bundle of 20 programmes over five
# years with every disaggregated cell, holds under 200,000; a 5 MB flood of empty arrays holds
# 1.7 million, which takes the parser seconds to build before any check could refuse it.
MAX_CONTAINERS = 500_000

# Everything but the bytes that give a JSON text its structure (for bytes.translate).
_NOT_STRUCTURE = bytes(b for b in range(256) if b not in b'"[]{}')
_BRACES_AS_BRACKETS = bytes.maketrans(b"{}", b"[]")


def structure(data: bytes) -> bytes:
    """The brackets and braces of a JSON text that stand outside its strings, in order.

    Linear in the length of the text whatever it holds (a flood of escaped quotes, of quotes,
    of brackets): a few passes of bytes methods, no regular expression that could backtrack and
    no Python loop per byte. Exact for JSON and for any cut-off JSON; for other text it is only
    an approximation, and the parser refuses that text anyway.
    """
    # An escape is a backslash and the byte after it: drop escaped backslashes, then escaped
    # quotes (one pass each pairs a run of backslashes from its left, as a parser reads it).
    # Every quote left opens or closes a string.
    text = data.replace(b"\\\\", b"").replace(b'\\"', b"").translate(None, _NOT_STRUCTURE)
    # Two quotes in a row have nothing structural between them, and dropping them keeps every
    # other byte inside or outside a string as it was; after this pass no two quotes touch.
    text = text.replace(b'""', b"")
    return b"".join(text.split(b'"')[::2])


def depth_within(data: bytes, limit: int = MAX_DEPTH) -> bool:
    """True when the JSON text nests arrays/objects at most ``limit`` deep (checked before
    parsing, so a hostile file cannot exhaust the parser's recursion). Linear time.

    Each round deletes every innermost pair ``[]`` (braces count as brackets), so a closed
    structure nested ``d`` deep is gone after ``d`` rounds; a cut-off text is closed first.
    """
    return _shape_depth_within(structure(data), limit)


def _shape_depth_within(shape: bytes, limit: int) -> bool:
    """:func:`depth_within` of a text whose :func:`structure` is ``shape``."""
    brackets = shape.translate(_BRACES_AS_BRACKETS)
    missing = brackets.count(b"[") - brackets.count(b"]")
    brackets = b"[" * -missing + brackets + b"]" * missing
    too_deep = b"[" * (limit + 1)
    for _ in range(limit):
        if too_deep in brackets:  # opened deeper than the limit (a quick way out)
            return False
        shorter = brackets.replace(b"[]", b"")
        if len(shorter) == len(brackets):
            break
        brackets = shorter
    # Left: nothing (nested at most ``limit`` deep), a pair nested deeper, or only "]...[",
    # a closing bracket before its opening one, which no parser reads as JSON.
    return b"[]" not in brackets


def parse_json(data: bytes, limit: int = MAX_FILE_BYTES) -> Any:
    """Parse untrusted JSON bytes (size and nesting checked before parsing); raises
    :class:`BundleInvalid` with ``too_large``, ``too_deep``, ``duplicate_key`` (an object names
    a member twice: readers disagree on which one counts) or ``unparsable``."""
    if len(data) > limit:
        raise BundleInvalid("too_large")
    shape = structure(data)  # once, for both checks
    if not _shape_depth_within(shape, MAX_DEPTH):
        raise BundleInvalid("too_deep")
    if shape.count(b"[") + shape.count(b"{") > MAX_CONTAINERS:
        raise BundleInvalid("too_large")
    return _loads(data)


def _loads(data: bytes) -> Any:
    try:
        return strict_json.loads(data)
    except strict_json.DuplicateKey:
        raise BundleInvalid("duplicate_key") from None
    except ValueError:  # also UnicodeDecodeError and JsonRefused
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
    """Like :func:`check_bundle`, from the bytes of a file (its size checked by the caller).

    Nesting is checked before parsing (``too_deep``), and the bytes are parsed by the same
    strict reader as every shared document (``duplicate_key``, ``unparsable``), which keeps
    memory near the size of the file: pydantic's own JSON parser builds its whole tree first and
    took a gigabyte for 5 MB of zeros in one cube. Fast path: a bundle written by Saphan is its
    canonical JSON with the signature member in place, so the signed bytes are the file minus
    that member; anything else (e.g. re-indented by a person) is encoded canonically again to
    verify.
    """
    return read_bundle_bytes(data, network, code, limit=len(data))[0]  # the caller's limit


def read_bundle_bytes(
    data: bytes, network: Network, code: str | None = None, limit: int = MAX_FILE_BYTES
) -> tuple[Bundle, Any]:
    """:func:`check_bundle_bytes` with the size check, returning the parsed document too (the
    server stores it canonically), so the bytes are parsed once."""
    document = parse_json(data, limit)
    bundle = parse_bundle(document)
    member = _check_member(bundle, network, code)
    if not _verify_in_place(data, member.public_key) and not signing.verify(
        document, member.public_key
    ):
        raise BundleInvalid("bad_signature")
    _check_counts(bundle, network)
    return bundle, document


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
    "read_bundle_bytes",
    "structure",
]
