"""Checks of untrusted shared documents, the same for every transport (shared folder, server).

A bundle or network file that arrives from elsewhere is size-limited, depth-checked before it
is parsed, schema-validated, signature-checked against the key the network file registers (for
a bundle) or the coordinator's pinned key (for a network file), and checked for small cells.
Failures raise :class:`~directory.errors.BundleInvalid` / :class:`~directory.errors.NetworkInvalid`
with the stable reason codes listed in :mod:`directory.folder`.
"""

from __future__ import annotations

import functools
import operator
import re
import typing
from collections.abc import Iterable, Iterator
from typing import Any

from pydantic import BaseModel, ValidationError

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
# The same, but for the colon too (one stands outside strings for each member of an object).
_NOT_STRUCTURE_OR_COLON = bytes(b for b in range(256) if b not in b'"[]{}:')


def structure(data: bytes) -> bytes:
    """The brackets and braces of a JSON text that stand outside its strings, in order.

    Linear in the length of the text whatever it holds (a flood of escaped quotes, of quotes,
    of brackets): a few passes of bytes methods, no regular expression that could backtrack and
    no Python loop per byte. Exact for JSON and for any cut-off JSON; for other text it is only
    an approximation, and the parser refuses that text anyway.
    """
    return _outside_strings(data, _NOT_STRUCTURE)


def _outside_strings(data: bytes, dropped: bytes) -> bytes:
    """The bytes of ``data`` that stand outside its strings, but for those in ``dropped``
    (which must hold every byte but the quote and those wanted)."""
    # An escape is a backslash and the byte after it: drop escaped backslashes, then escaped
    # quotes (one pass each pairs a run of backslashes from its left, as a parser reads it).
    # Every quote left opens or closes a string.
    if b"\\" in data:  # (a bundle Saphan wrote seldom holds one: two passes saved)
        data = data.replace(b"\\\\", b"").replace(b'\\"', b"")
    text = data.translate(None, dropped)
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
    bundle = _fast_bundle(data, network, code)
    if bundle is not None:
        return bundle
    return read_bundle_bytes(data, network, code, limit=len(data))[0]  # the caller's limit


def _fast_bundle(data: bytes, network: Network, code: str | None) -> Bundle | None:
    """The bundle of ``data`` when it passes every check of :func:`read_bundle_bytes` by a
    quicker way, else None (the caller then runs those checks, which say what is wrong).

    A coordinator reads large bundles: each holds thousands of cubes of 336 counts. Here the
    bytes are parsed and validated in one pass by pydantic's JSON reader (in Rust; the bounds
    of every count included) instead of parsed by the strict reader and then validated. The
    counts in arrays (the cubes, the 5W rows) are looked for small cells in the bytes
    (:func:`_no_small_number_in_arrays`) rather than by a second walk over each of them; the
    few counts of people that stand in objects are checked one by one.

    It is only taken for text that the strict reader reads the same way: nesting and size
    within the limits (checked on the bytes first, as before), no ``\\u`` escape (the two
    readers differ on lone surrogates), an object first, and no member named twice in any
    object: pydantic keeps the last of two, so the members of the validated bundle (the fields
    set, and the keys of its one mapping) are counted and must be as many as the colons outside
    strings, one per member the text holds. The signature must verify over the bytes as they
    are (a bundle Saphan wrote).
    """
    # (A search for one byte is much quicker than one for two, and a backslash is rare.)
    if not data.startswith(b"{") or (b"\\" in data and b"\\u" in data):
        return None
    shape = _outside_strings(data, _NOT_STRUCTURE_OR_COLON)
    brackets = shape.replace(b":", b"")
    if not _shape_depth_within(brackets, MAX_DEPTH):
        return None
    if brackets.count(b"[") + brackets.count(b"{") > MAX_CONTAINERS:
        return None
    if len(shape) - len(brackets) > MAX_FAST_MEMBERS:
        return None  # pydantic would report each unknown member of a flood of them
    try:
        bundle = Bundle.model_validate_json(data)
    except ValidationError:
        return None
    if _members(bundle) != len(shape) - len(brackets):
        return None
    k = network.suppression_threshold
    if bundle.suppression_threshold < k or not _no_small_cells(data, bundle, k):
        return None
    try:
        member = _check_member(bundle, network, code)
    except BundleInvalid:
        return None
    return bundle if _verify_in_place(data, member.public_key) else None


# Object members in a bundle read the quick way: one of 20 programmes over five years, with
# outcomes, holds under 10,000 (only 5W rows and referral flows, rare, could make more).
MAX_FAST_MEMBERS = 50_000


def _no_small_cells(data: bytes, bundle: Bundle, k: int) -> bool:
    """True when no count of people ``bundle`` (read from ``data``) publishes is in 1..k-1."""
    if _no_small_number_in_arrays(data, k):
        counts = _people_counts_in_objects(bundle)
    else:  # perhaps a small cell, or a string that looks like one: every count, one by one
        counts = _people_count_lists(bundle)
    return _small_cells(k).isdisjoint(set[int | None]().union(*counts))


# What stands around a number in an array ("[", ",", "]") or in an object (":"), and digits.
_NOT_AROUND_NUMBERS = bytes(b for b in range(256) if b not in b"[],:0123456789")


@functools.cache
def _digit_classes(k: int) -> bytes:
    """A table for bytes.translate: the digits 1 to k-1 become "s", the others "d", and the
    brackets of arrays commas (one search then finds a small count first, last or alone)."""
    table = bytearray(range(256))
    for digit in range(10):
        table[ord("0") + digit] = ord("s") if 0 < digit < k else ord("d")
    table[ord("[")] = table[ord("]")] = ord(",")
    return bytes(table)


def _no_small_number_in_arrays(data: bytes, k: int) -> bool:
    """True when no number in an array of ``data`` is in 1..k-1; False when one may be (or
    when ``k`` > 10: then the counts are checked one by one).

    ``data`` must be JSON text that pydantic read as a :class:`Bundle`, whose numbers in arrays
    are all counts, read in strict mode: a JSON integer, with no sign, fraction, exponent or
    leading zero. So a count from 1 to 9 is one digit, with "[" or "," before it and "," or
    "]" after it, and only whitespace between. Once every byte but digits and "[],:" is
    dropped and the brackets are made commas, the digit stands right between two commas; a
    number in an object stands after ":" instead. A string holding such text (a description
    "rooms 1,2,3") only sends the bundle to the one-by-one check.
    """
    if k > 10:
        return False
    return b",s," not in data.translate(_digit_classes(k), _NOT_AROUND_NUMBERS)


def _members(value: object) -> int:
    """How many object members the JSON text of ``value`` (a validated model) had: a model's
    fields set, a mapping's keys, and theirs."""
    if isinstance(value, BaseModel):
        fields = value.__pydantic_fields_set__
        if type(value) in _FLAT_MODELS:
            return len(fields)
        return len(fields) + sum(_members(getattr(value, name)) for name in fields)
    if isinstance(value, list):
        # Lists hold models, or else only numbers, strings and nulls (no member to count).
        if not value or not isinstance(value[0], BaseModel | dict | list):
            return 0
        if type(value[0]) in _FLAT_MODELS:  # the many months: one call, not one each
            return sum(map(len, map(_FIELDS_SET, value)))
        return sum(map(_members, value))
    if isinstance(value, dict):
        return len(value) + sum(map(_members, value.values()))
    return 0


_FIELDS_SET = operator.attrgetter("__pydantic_fields_set__")


def _holds_members(annotation: Any) -> bool:
    """Whether a field of this type can hold an object (a model or a mapping)."""
    if isinstance(annotation, type) and issubclass(annotation, BaseModel | dict):
        return True
    if typing.get_origin(annotation) is dict:
        return True
    return any(_holds_members(a) for a in typing.get_args(annotation))


def _flat_models() -> frozenset[type[BaseModel]]:
    """The models of a bundle whose fields hold no object (only numbers, strings, lists of
    them): their members are their fields set."""
    seen: set[type[BaseModel]] = set()
    flat: set[type[BaseModel]] = set()

    def visit(model: type[BaseModel]) -> None:
        if model in seen:
            return
        seen.add(model)
        if not any(_holds_members(f.annotation) for f in model.model_fields.values()):
            flat.add(model)
        for f in model.model_fields.values():
            for inner in _models_in(f.annotation):
                visit(inner)

    visit(Bundle)
    return frozenset(flat)


def _models_in(annotation: Any) -> Iterator[type[BaseModel]]:
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        yield annotation
    for a in typing.get_args(annotation):
        yield from _models_in(a)


_FLAT_MODELS = _flat_models()


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
_SIGNATURE_NAME = b'"signature":"'


def _verify_in_place(data: bytes, public_key_hex: str) -> bool:
    """Whether the signature member of ``data`` verifies over the bytes without it.

    ``data`` is the text of a validated bundle, with no member named twice (both callers check
    that first): only its top level has a member named "signature", and a JSON string cannot
    hold this pattern unescaped, so the one match is that member. It stands near the end of a
    bundle Saphan wrote (sorted keys), so it is looked for from the end.
    """
    start = data.rfind(_SIGNATURE_NAME)
    if start < 0:
        return False
    matches = list(_SIGNATURE_MEMBER.finditer(data, start))
    if len(matches) != 1 or matches[0].start() != start:
        return False
    start, end = matches[0].span()
    if data[end : end + 1] == b",":
        end += 1
    elif data[start - 1 : start] == b",":
        start -= 1
    view = memoryview(data)
    body = b"".join((view[:start], view[end:]))  # (one copy of a large file, not three)
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


def _small_cells(k: int) -> frozenset[int]:
    return frozenset(range(1, k))


def _people_count_lists(bundle: Bundle) -> list[Iterable[int | None]]:
    """Every published count of people (:meth:`Bundle.published_people_counts`), as lists
    with repeats and nulls (the checks of the counts need no more)."""
    lists: list[Iterable[int | None]] = []
    for p in bundle.programmes:
        lists += [m.people for m in p.months]
        lists.append(p.cumulative)
    lists += [row.people for row in bundle.five_w.rows] if bundle.five_w is not None else []
    return lists + _people_counts_in_objects(bundle)


def _people_counts_in_objects(bundle: Bundle) -> list[Iterable[int | None]]:
    """The published counts of people that are not in an array: referrals, outcomes, flows."""
    lists: list[Iterable[int | None]] = [[r.count for r in bundle.referrals]]
    for o in bundle.outcomes or ():
        lists.append((o.with_pre_post, o.improved, o.not_improved))
    for f in bundle.referral_flows or ():
        lists.append((f.count, f.served))
    return lists


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
