"""The coordinator's quick read of a bundle (directory.validation._fast_bundle).

A bundle Saphan wrote is parsed and validated in one pass by pydantic's JSON reader, its cubes'
counts checked by hand with the small cells; anything the quick read does not accept goes
through the strict reader, which says what is wrong. So the quick read must never accept what
the strict one refuses, even in a bundle signed by the member's own key: each file below is
signed over its bytes as they are, and must be refused for the same reason as before.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from directory import strict_json, validation
from directory.bundle_schema import Bundle
from directory.errors import BundleInvalid
from directory.validation import check_bundle_bytes, read_bundle_bytes
from tests.fuzz.seeds import bundle_bytes, make_bundle, make_network, private_key


def _signed(body: bytes, code: str = "BEAM") -> bytes:
    """``body`` (a bundle's JSON without its signature) signed as it is, the signature member
    put last, as a CSO that writes its own files could."""
    signature = Ed25519PrivateKey.from_private_bytes(private_key(code)).sign(body).hex()
    return body[:-1] + b',"signature":"' + signature.encode() + b'"}'


def _body(bundle: Bundle) -> bytes:
    data = bundle_bytes(bundle.model_copy(update={"signature": None}))
    return data.replace(b',"signature":null', b"")


def test_a_bundle_saphan_wrote_is_read_without_the_strict_reader(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    bundle = make_bundle(programmes=3, months=4)
    data = bundle_bytes(bundle)

    def refused(*args: object, **kwargs: object) -> object:
        raise AssertionError("read twice: by the strict reader and by pydantic")

    monkeypatch.setattr(strict_json, "loads", refused)
    monkeypatch.setattr(Bundle, "model_validate", refused)
    assert check_bundle_bytes(data, make_network(), "BEAM") == bundle


def test_a_bundle_signed_as_it_is_written_is_read_the_quick_way() -> None:
    bundle = make_bundle(programmes=2, months=3)
    data = _signed(_body(bundle))
    quick = validation._fast_bundle(data, make_network(), "BEAM")
    assert quick is not None
    assert quick.model_copy(update={"signature": None}) == bundle.model_copy(
        update={"signature": None}
    )


def _cube_count(value: bytes) -> Callable[[bytes], bytes]:
    """The first count of the first cube, replaced by ``value``."""
    return lambda body: body.replace(b'"people":[null,', b'"people":[' + value + b",", 1)


HOSTILE: dict[str, tuple[Callable[[bytes], bytes], str]] = {
    "a member twice, at the top": (lambda b: b"{" + b'"revision":9,' + b[1:], "duplicate_key"),
    "a month's people twice": (
        lambda b: b.replace(b'"people":[', b'"people":[1],"people":[', 1),
        "duplicate_key",
    ),
    "a month's period twice": (
        lambda b: b.replace(b'"period":"2021-01"', b'"period":"2021-02","period":"2021-01"', 1),
        "duplicate_key",
    ),
    "a negative count in a cube": (_cube_count(b"-7"), "invalid"),
    "a count above the bound in a cube": (_cube_count(b"10000001"), "invalid"),
    "a small cell in a cube": (_cube_count(b"2"), "small_cell"),
    "true in a cube": (_cube_count(b"true"), "invalid"),
    "a fraction in a cube": (_cube_count(b"7.0"), "invalid"),
    "a string in a cube": (_cube_count(b'"7"'), "invalid"),
    "a cube one count longer": (
        lambda b: b.replace(b'"people":[null,', b'"people":[null,0,', 1),
        "invalid",
    ),
    "an unknown member in a month": (
        lambda b: b.replace(b'"people":[', b'"peoples":0,"people":[', 1),
        "invalid",
    ),
    "NaN as a count": (
        lambda b: b.replace(b'"participatory_projects":1', b'"participatory_projects":NaN', 1),
        "unparsable",
    ),
    "a lone surrogate in a name": (
        lambda b: b.replace(b'"name":"BEAM', b'"name":"\\ud800BEAM', 1),
        None,
    ),
}


@pytest.mark.parametrize("case", HOSTILE, ids=list(HOSTILE))
def test_a_signed_hostile_bundle_is_refused_as_the_strict_reader_refuses_it(case: str) -> None:
    change, reason = HOSTILE[case]
    body = _body(make_bundle(programmes=2, months=3))
    changed = change(body)
    assert changed != body
    data = _signed(changed)
    network = make_network()
    strict = _strict_reason(data)
    if reason is not None:
        assert strict == reason
        with pytest.raises(BundleInvalid) as refused:
            check_bundle_bytes(data, network, "BEAM")
        assert refused.value.reason == strict
    elif strict is not None:  # the strict reader refuses it: the quick read too, alike
        with pytest.raises(BundleInvalid, match=strict):
            check_bundle_bytes(data, network, "BEAM")
    else:
        expected = read_bundle_bytes(data, network, "BEAM")[0]
        assert check_bundle_bytes(data, network, "BEAM") == expected


def _strict_reason(data: bytes) -> str | None:
    """Why the strict reader (no quick read) refuses ``data``, or None."""
    try:
        read_bundle_bytes(data, make_network(), "BEAM")
    except BundleInvalid as exc:
        return exc.reason
    return None


def test_the_quick_validator_relaxes_only_the_cubes() -> None:
    """Every other count keeps pydantic's bounds; the cubes are checked by hand."""
    bundle = make_bundle(programmes=1, months=1)
    bad = _body(bundle).replace(b'"participatory_projects":1', b'"participatory_projects":-1')
    with pytest.raises(BundleInvalid, match="invalid"):
        check_bundle_bytes(_signed(bad), make_network(), "BEAM")
