"""Untrusted JSON of the shared folder: checked in linear time, and read one way only.

A 300 KB network.json (or a CSO's own bundle slot) made of escaped quotes kept ``saphan merge``
and ``saphan publish`` busy for minutes: the nesting pre-check stripped strings with a regular
expression that retried from every quote. And Python's JSON reader keeps the last of two
members with the same name while others keep the first, so a file with a duplicate member
could show the coordinator one figure and another reader another: such files are refused.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from hypothesis import given, settings
from hypothesis import strategies as st

from directory import folder, signing
from directory.errors import BundleInvalid, NetworkInvalid
from directory.merge import merge
from directory.validation import (
    MAX_FILE_BYTES,
    check_bundle,
    check_bundle_bytes,
    depth_within,
    parse_json,
)
from tests.fuzz.limits import cpu_limit
from tests.fuzz.seeds import (
    COORDINATOR_KEY,
    bundle_bytes,
    large_bundle,
    make_bundle,
    make_network,
    private_key,
)

ESCAPED_QUOTES_300K = b'{"name":"' + b'\\"' * 150_000


def test_an_escaped_quote_network_file_is_refused_at_once(tmp_path: Path) -> None:
    (tmp_path / folder.NETWORK_FILE).write_bytes(ESCAPED_QUOTES_300K)
    with cpu_limit(2.0), pytest.raises(NetworkInvalid, match="unparsable"):
        folder.read_network(tmp_path)


def test_an_escaped_quote_bundle_slot_does_not_hold_up_publishing(tmp_path: Path) -> None:
    """``saphan publish`` reads the revision in the CSO's own slot of the folder first."""
    path = folder.bundle_path(tmp_path, "BEAM")
    path.parent.mkdir()
    path.write_bytes(ESCAPED_QUOTES_300K)
    with cpu_limit(2.0):
        assert folder._revision_in_folder(tmp_path, "BEAM") == 0


FLOODS = {
    "escaped quotes": b'"' + b'\\"' * (MAX_FILE_BYTES // 2 - 1),
    "escaped quotes, no opening quote": b'\\"' * (MAX_FILE_BYTES // 2),
    "quotes": b'"' * MAX_FILE_BYTES,
    "backslashes in a string": b'"' + b"\\" * (MAX_FILE_BYTES - 1),
    "quote bracket": b'"[' * (MAX_FILE_BYTES // 2),
    "deep arrays": b"[" * (MAX_FILE_BYTES // 2) + b"]" * (MAX_FILE_BYTES // 2),
    "colons": b'{"a":' * (MAX_FILE_BYTES // 5),
}


@pytest.mark.parametrize("flood", FLOODS, ids=list(FLOODS))
def test_a_5_mb_hostile_document_is_refused_within_a_second(flood: str) -> None:
    data = FLOODS[flood]
    assert len(data) <= MAX_FILE_BYTES
    with cpu_limit(2.0), pytest.raises(BundleInvalid) as refused:
        parse_json(data)
    assert refused.value.reason in ("unparsable", "too_deep")
    with cpu_limit(2.0), pytest.raises(BundleInvalid):
        check_bundle_bytes(data, make_network(), "BEAM")


def test_a_large_legitimate_bundle_stays_fast() -> None:
    bundle = large_bundle()
    data = bundle_bytes(bundle)
    assert 3_000_000 < len(data) <= MAX_FILE_BYTES
    network = make_network()
    with cpu_limit(2.0):  # what the server does with an upload
        parse_json(data)
        assert check_bundle_bytes(data, network, "BEAM") == bundle
    with cpu_limit(2.0):  # a bundle that is not byte for byte as Saphan writes it
        assert check_bundle(json.loads(data), network, "BEAM") == bundle


def _reference_depth_within(data: bytes, limit: int) -> bool:
    """Byte by byte, as a parser reads it (slow, but plainly right)."""
    depth, in_string, escaped = 0, False, False
    for b in data:
        if in_string:
            if escaped:
                escaped = False
            elif b == 0x5C:
                escaped = True
            elif b == 0x22:
                in_string = False
        elif b == 0x22:
            in_string = True
        elif b in b"[{":
            depth += 1
            if depth > limit:
                return False
        elif b in b"]}":
            depth -= 1
    return True


def _reference_structure(data: bytes) -> bytes:
    out, in_string, escaped = bytearray(), False, False
    for b in data:
        if in_string:
            if escaped:
                escaped = False
            elif b == 0x5C:
                escaped = True
            elif b == 0x22:
                in_string = False
        elif b == 0x22:
            in_string = True
        elif b in b"[]{}":
            out.append(b)
    return bytes(out)


_tricky_text = st.text(alphabet='ab"\\[]{}:,\u1000\n/', max_size=8)
_json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | _tricky_text,
    lambda children: (
        st.lists(children, max_size=4) | st.dictionaries(_tricky_text, children, max_size=4)
    ),
    max_leaves=25,
)


@settings(max_examples=300, deadline=None)
@given(value=_json_values, ascii_only=st.booleans(), indent=st.none() | st.just(1), cut=st.data())
def test_the_linear_checks_agree_with_a_byte_by_byte_reading(
    value: object, ascii_only: bool, indent: int | None, cut: st.DataObject
) -> None:
    """On any JSON document and any cut-off piece of one (a torn file)."""
    from directory.validation import structure

    data = json.dumps(value, ensure_ascii=ascii_only, indent=indent).encode("utf-8")
    data = data[: cut.draw(st.integers(0, len(data)))]
    for limit in (0, 1, 2, 3, 16):
        assert depth_within(data, limit) == _reference_depth_within(data, limit)
    assert structure(data) == _reference_structure(data)


# --- duplicate members ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        b'{"a":1,"a":2}',
        b'{"a":1,"b":{"c":1,"c":1}}',
        b'[{"x":[{"k":"v","k":"v"}]}]',
        b'{"a":1, "a" : 1}',
        b'{"\\u0061":1,"a":2}',  # the same name, escaped
    ],
)
def test_json_with_a_duplicate_member_is_refused(text: bytes) -> None:
    with pytest.raises(BundleInvalid, match="duplicate_key"):
        parse_json(text)


def test_nan_is_not_json() -> None:
    with pytest.raises(BundleInvalid, match="unparsable"):
        parse_json(b'{"a":NaN}')


def _with_member_first(data: bytes, member: bytes) -> bytes:
    assert data.startswith(b"{")
    return b"{" + member + b"," + data[1:]


def test_a_bundle_with_a_second_member_of_the_same_name_is_refused(tmp_path: Path) -> None:
    """The signature covers what Python's reader keeps (the last member); a reader that keeps
    the first would see 999 projects."""
    network = make_network()
    data = _with_member_first(bundle_bytes(make_bundle()), b'"participatory_projects":999')
    with pytest.raises(BundleInvalid, match="duplicate_key"):
        check_bundle_bytes(data, network, "BEAM")
    with pytest.raises(BundleInvalid, match="duplicate_key"):
        parse_json(data)
    path = folder.bundle_path(tmp_path, "BEAM")
    path.parent.mkdir()
    path.write_bytes(data)
    result = folder.read_bundles(tmp_path, network)
    assert [(r.filename, r.reason) for r in result.rejected] == [("BEAM.json", "duplicate_key")]
    assert result.accepted == []


def test_a_bundle_signed_with_a_duplicate_member_is_refused() -> None:
    """A CSO (or whoever has its key) signing bytes that hold a member twice: the signature
    verifies over the bytes, and pydantic's parser would quietly keep the last member."""
    bundle = make_bundle()
    body = signing.canonical_json(bundle.document())
    body = _with_member_first(body, b'"participatory_projects":999')
    signature = Ed25519PrivateKey.from_private_bytes(private_key("BEAM")).sign(body).hex()
    data = body[:-1] + b',"signature":"' + signature.encode() + b'"}'
    assert signing.verify_bytes(body, signature, bundle.cso.public_key)
    with pytest.raises(BundleInvalid, match="duplicate_key"):
        check_bundle_bytes(data, make_network(), "BEAM")


def test_a_network_file_with_a_duplicate_member_is_refused(tmp_path: Path) -> None:
    network = make_network()
    folder.write_network(tmp_path, network)
    path = tmp_path / folder.NETWORK_FILE
    assert folder.read_network(tmp_path) == network
    path.write_bytes(_with_member_first(path.read_bytes(), b'"suppression_threshold":2'))
    with pytest.raises(NetworkInvalid, match="duplicate_key"):
        folder.read_network(tmp_path)


def test_a_directory_file_with_a_duplicate_member_is_refused(tmp_path: Path) -> None:
    network = make_network()
    report = merge([make_bundle()], network)
    folder.write_directory(tmp_path, report, network, COORDINATOR_KEY)
    assert len(folder.read_directory(tmp_path, network)) == 1
    path = tmp_path / folder.DIRECTORY_FILE
    path.write_bytes(_with_member_first(path.read_bytes(), b'"services":[]'))
    with pytest.raises(NetworkInvalid, match="duplicate_key"):
        folder.read_directory(tmp_path, network)


@pytest.mark.parametrize(("size", "limit", "read"), [(100, 50, None), (40, 50, 40), (51, 50, None)])
def test_a_file_that_grew_after_its_size_was_taken_is_read_whole_or_refused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, size: int, limit: int, read: int | None
) -> None:
    """``read_limited`` reads the size it found and a byte; a file that grew since (a sync
    client writing it) is read on up to the limit, and refused above it."""
    from directory.documents import read_limited

    path = tmp_path / "grown.json"
    path.write_bytes(b"x" * size)
    real = Path.lstat

    def smaller(self: Path) -> object:
        st = real(self)
        fields = list(st)
        fields[6] = 10  # st_size, when the file was smaller
        return type(st)(fields)

    monkeypatch.setattr(Path, "lstat", smaller)
    if read is None:
        with pytest.raises(BundleInvalid, match="too_large"):
            read_limited(path, limit)
    else:
        assert read_limited(path, limit) == b"x" * read
