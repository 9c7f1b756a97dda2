"""The coordinator's quick read of a bundle (directory.validation._fast_bundle).

A bundle Saphan wrote is parsed and validated in one pass by pydantic's JSON reader, its cubes'
counts checked by hand with the small cells; anything the quick read does not accept goes
through the strict reader, which says what is wrong. So the quick read must never accept what
the strict one refuses, even in a bundle signed by the member's own key: each file below is
signed over its bytes as they are, and must be refused for the same reason as before.
"""

from __future__ import annotations

import json
import random
from collections.abc import Callable

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from directory import cube, signing, strict_json, validation
from directory import network as net
from directory.bundle_schema import (
    ActivityName,
    ActivityReach,
    Bundle,
    FiveW,
    OutcomeCount,
    ReferralFlow,
)
from directory.errors import BundleInvalid
from directory.network import Network
from directory.validation import check_bundle_bytes, read_bundle_bytes
from tests.fuzz.seeds import (
    COORDINATOR_KEY,
    NETWORK_ID,
    bundle_bytes,
    make_bundle,
    make_network,
    private_key,
)


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


def _strict_reason(data: bytes, network: Network | None = None) -> str | None:
    """Why the strict reader (no quick read) refuses ``data``, or None."""
    try:
        read_bundle_bytes(data, network or make_network(), "BEAM")
    except BundleInvalid as exc:
        return exc.reason
    return None


def test_every_count_keeps_its_bounds_on_the_quick_read() -> None:
    """pydantic checks the bounds of every count as it reads, those of the cubes included: a
    negative count, in a cube or elsewhere, is refused as invalid."""
    bundle = make_bundle(programmes=1, months=1)
    body = _body(bundle)
    bad = body.replace(b'"participatory_projects":1', b'"participatory_projects":-1')
    cells = json.loads(body)["programmes"][0]["months"][0]["people"]
    first = next(i for i, cell in enumerate(cells) if cell == 0)
    negative = [*cells[:first], -7, *cells[first + 1 :]]
    in_a_cube = body.replace(
        json.dumps(cells, separators=(",", ":")).encode(),
        json.dumps(negative, separators=(",", ":")).encode(),
        1,
    )
    assert in_a_cube != body
    for data in (bad, in_a_cube):
        with pytest.raises(BundleInvalid, match="invalid"):
            check_bundle_bytes(_signed(data), make_network(), "BEAM")


# --- small cells: wherever a count of people is, at any threshold, as the strict reader finds them


def _network(k: int) -> Network:
    network = net.create_network(
        NETWORK_ID, "Mae Sot", COORDINATOR_KEY, start="2021-01", end="2026-12", threshold=k
    )
    for code in ("BEAM", "KAQ"):
        pub = bytes.fromhex(signing.public_key_hex(private_key(code)))
        network = net.add_member(
            network, COORDINATOR_KEY, code=code, name=code, public_key=pub,
            fingerprint=signing.key_fingerprint(pub),
        )  # fmt: skip
    return network


def _with_counts(k: int, **places: int | None) -> Bundle:
    """A bundle of threshold ``k`` with every kind of count of people, each ``k`` unless given:
    a month's cube, the cumulative cube, a 5W row, a referral count, an outcome figure (of 2k
    people) and a received referral flow (2k received)."""
    base = make_bundle(programmes=2, months=3)
    cells: list[int | None] = [k, 0, None, 10 * k + 1] * (cube.CUBE_SIZE // 4)
    month, cumulative = list(cells), list(cells)
    month[7], cumulative[cube.TOTAL_INDEX] = places.get("month", k), places.get("cumulative", k)
    figures = [
        p.model_copy(
            update={
                "months": [
                    m.model_copy(update={"people": month if (n, i) == (1, 1) else cells})
                    for i, m in enumerate(p.months)
                ],
                "cumulative": cumulative if n == 1 else cells,
            }
        )
        for n, p in enumerate(base.programmes)
    ]
    referrals = [r.model_copy(update={"count": k}) for r in base.referrals]
    referrals[2] = referrals[2].model_copy(update={"count": places.get("referral", k)})
    improved = places.get("outcome", k)
    served = places.get("flow", k)
    return base.model_copy(
        update={
            "suppression_threshold": k,
            "programmes": figures,
            "referrals": referrals,
            "five_w": FiveW(
                activity_types=[ActivityName(code="counselling", name="Counselling")],
                rows=[
                    ActivityReach(
                        programme="p01",
                        activity="counselling",
                        area=None,
                        period="2021-02",
                        people=[None, 0, places.get("five_w", k), None],
                    ),
                ],
            ),
            "outcomes": [
                OutcomeCount(
                    programme="p01",
                    instrument="who5",
                    mid=10,
                    with_pre_post=2 * k,
                    improved=improved,
                    not_improved=None if improved is None else 2 * k - improved,
                ),
            ],
            "referral_flows": [
                ReferralFlow(
                    direction="received", cso="KAQ", category="mhpss", count=2 * k, served=served
                )
            ],
        }
    )


def _document(bundle: Bundle) -> dict[str, object]:
    """The bundle's document without its signature."""
    document = bundle.document()
    del document["signature"]
    return document


PLACES = ("month", "cumulative", "five_w", "referral", "outcome", "flow")


@pytest.mark.parametrize("k", [2, 3, 5, 10, 11, 20])
@pytest.mark.parametrize("place", PLACES)
def test_a_small_count_anywhere_is_refused_at_any_threshold(place: str, k: int) -> None:
    network = _network(k)
    for value in (1, k - 1, k, 0):
        data = _signed(_body(_with_counts(k, **{place: value})))
        small = 0 < value < k
        assert _strict_reason(data, network) == ("small_cell" if small else None), value
        if small:
            with pytest.raises(BundleInvalid, match="small_cell"):
                check_bundle_bytes(data, network, "BEAM")
        else:
            expected = read_bundle_bytes(data, network, "BEAM")[0]
            assert check_bundle_bytes(data, network, "BEAM") == expected


@pytest.mark.parametrize("indent", [None, 1, "\t"])
@pytest.mark.parametrize("place", ["month", "cumulative", "five_w"])
def test_a_small_count_in_a_reindented_bundle_signed_as_it_is_is_refused(
    place: str, indent: int | str | None
) -> None:
    """Space, tabs and new lines around the counts of an array hide no small count."""
    network = _network(5)
    for value in (1, 4, 5):
        body = json.dumps(
            _document(_with_counts(5, **{place: value})),
            indent=indent,
            separators=(" , ", " : "),
            sort_keys=True,
        ).encode()
        data = _signed(body.replace(b"\n", b"\r\n"))
        assert b" , " in data
        assert indent is None or b"\r\n" in data
        if value < 5:
            with pytest.raises(BundleInvalid, match="small_cell"):
                check_bundle_bytes(data, network, "BEAM")
        else:
            assert (
                check_bundle_bytes(data, network, "BEAM")
                == read_bundle_bytes(data, network, "BEAM")[0]
            )


def test_small_numbers_in_the_text_of_a_service_do_not_refuse_a_bundle() -> None:
    """Names and descriptions may hold anything ("1,2,3", "[4]"): the bundle is still read
    the quick way, and accepted as the strict reader accepts it."""
    network = _network(5)
    bundle = _with_counts(5)
    service = bundle.services[0].model_copy(
        update={"description": 'Days [1,2,3] and [4], rooms 3,4 "[1]"', "hours": "1, 2"}
    )
    data = _signed(_body(bundle.model_copy(update={"services": [service]})))
    assert validation._fast_bundle(data, network, "BEAM") is not None
    assert check_bundle_bytes(data, network, "BEAM") == read_bundle_bytes(data, network, "BEAM")[0]


def test_the_quick_read_finds_small_cells_without_walking_every_count_of_the_cubes(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Each count of a cube was made into a Python object already: a second walk over them all
    to look for small cells cost the coordinator's first read of a folder about as much as
    the merge itself. The counts in arrays are looked for in the bytes instead."""
    network = _network(5)
    data = _signed(_body(_with_counts(5)))

    def walked(bundle: Bundle) -> list[object]:
        raise AssertionError("every count of the cubes walked")

    monkeypatch.setattr(validation, "_people_count_lists", walked)
    assert validation._fast_bundle(data, network, "BEAM") is not None
    monkeypatch.undo()  # a small cell in the bytes: the counts are walked, and it is refused
    with pytest.raises(BundleInvalid, match="small_cell"):
        check_bundle_bytes(_signed(_body(_with_counts(5, month=3))), network, "BEAM")


def _random_bundle(rng: random.Random, k: int) -> bytes:
    """Half of them with one small count in a random cube."""

    def cells() -> list[int | None]:
        return [
            None if roll < 0.4 else 0 if roll < 0.6 else rng.randint(k, 10_000_000)
            for roll in (rng.random() for _ in range(cube.CUBE_SIZE))
        ]

    base = _with_counts(k)
    cubes = [[cells() for _ in p.months] + [cells()] for p in base.programmes]
    if rng.random() < 0.5:
        rng.choice(rng.choice(cubes))[rng.randrange(cube.CUBE_SIZE)] = rng.randint(1, k - 1)
    programmes = [
        p.model_copy(
            update={
                "months": [
                    m.model_copy(update={"people": people})
                    for m, people in zip(p.months, made, strict=False)
                ],
                "cumulative": made[-1],
            }
        )
        for p, made in zip(base.programmes, cubes, strict=True)
    ]
    bundle = base.model_copy(update={"programmes": programmes})
    if rng.random() < 0.5:
        return _signed(_body(bundle))
    indent = rng.choice([1, 2])
    return _signed(json.dumps(_document(bundle), indent=indent, sort_keys=True).encode())


@pytest.mark.parametrize("seed", range(20))
def test_random_cubes_are_read_as_the_strict_reader_reads_them(seed: int) -> None:
    rng = random.Random(seed)
    k = rng.choice([2, 3, 5, 5, 5, 10, 11])
    network = _network(k)
    data = _random_bundle(rng, k)
    strict = _strict_reason(data, network)
    if strict is None:
        assert (
            check_bundle_bytes(data, network, "BEAM") == read_bundle_bytes(data, network, "BEAM")[0]
        )
    else:
        with pytest.raises(BundleInvalid) as refused:
            check_bundle_bytes(data, network, "BEAM")
        assert refused.value.reason == strict
