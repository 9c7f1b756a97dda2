"""Sealed referral feedback: only the referring CSO opens it, nobody forges or redirects it,
and the order of states is the same whatever order they arrive in."""

from __future__ import annotations

import base64
import datetime as dt
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from directory import feedback as fb
from directory import network as net
from directory import signing
from directory.documents import encode

COORDINATOR = bytes(range(32))
KEYS = {code: bytes([i + 1]) * 32 for i, code in enumerate(("AAA", "BBB", "CCC"))}
D = dt.date


def _network() -> net.Network:
    network = net.create_network("maesot", "Mae Sot", COORDINATOR)
    for code, key in KEYS.items():
        pub = signing.public_key(key)
        network = net.add_member(
            network,
            COORDINATOR,
            code=code,
            name=code,
            public_key=pub,
            fingerprint=signing.key_fingerprint(pub),
        )
    return network


NETWORK = _network()
STATES = [
    fb.CodeState("AAA-7KQ2-M", "served", D(2026, 5, 2)),
    fb.CodeState("AAA-3XPD-T", "could_not_contact", D(2026, 5, 3)),
]


def _seal(states: list[fb.CodeState] = STATES, **kw: Any) -> dict[str, Any]:
    args: dict[str, Any] = {
        "network": NETWORK,
        "sender": "BBB",
        "recipient": "AAA",
        "sender_private_key": KEYS["BBB"],
        "issued_at": "2026-05-04T10:00:00Z",
    }
    args.update(kw)
    return fb.seal(states, **args)


def _open(envelope: Any, who: str = "AAA", key: bytes | None = None) -> fb.Opened:
    return fb.open_envelope(
        envelope, network=NETWORK, recipient=who, recipient_private_key=key or KEYS[who]
    )


def test_the_referring_cso_opens_what_the_receiving_cso_sealed() -> None:
    opened = _open(_seal())
    assert opened.sender == "BBB"
    assert sorted(opened.states) == sorted(STATES)


def test_nothing_but_ciphertext_and_the_pair_is_in_the_clear() -> None:
    text = encode(_seal()).decode()
    for state in STATES:
        assert state.code not in text
        assert state.state not in text
    assert "2026-05-02" not in text


def test_the_size_tells_only_a_padded_count() -> None:
    one = _seal(STATES[:1])
    two = _seal(STATES)
    assert len(one["sealed"]) == len(two["sealed"])


@pytest.mark.parametrize("who", ["CCC", "coordinator"])
def test_a_third_cso_and_the_coordinator_cannot_open_it(who: str) -> None:
    envelope = _seal()
    key = COORDINATOR if who == "coordinator" else KEYS[who]
    # Addressed to AAA: opening it as AAA with another key fails in the box itself.
    with pytest.raises(fb.FeedbackRefused) as err:
        _open(envelope, "AAA", key)
    assert err.value.reason == "cannot_open"
    # And directly with libsodium, bypassing every check of ours.
    from nacl.exceptions import CryptoError
    from nacl.public import PrivateKey, SealedBox

    box = SealedBox(PrivateKey(fb.opening_private_key(key)))
    with pytest.raises(CryptoError):
        box.decrypt(base64.b64decode(envelope["sealed"]))


def test_an_envelope_for_another_cso_is_not_for_us() -> None:
    with pytest.raises(fb.FeedbackRefused) as err:
        _open(_seal(), "CCC")
    assert err.value.reason == "not_for_us"


def test_a_sealed_box_without_the_senders_signature_is_refused() -> None:
    # Anyone can seal to AAA's public key: a forged "served" signed by nobody.
    forged = _seal()
    forged["signature"] = "00" * 64
    with pytest.raises(fb.FeedbackRefused) as err:
        _open(forged)
    assert err.value.reason == "bad_signature"


def test_a_third_cso_cannot_pass_off_anothers_box_as_its_own() -> None:
    stolen = _seal()
    stolen["from"] = "CCC"
    stolen["signature"] = signing.sign(stolen, KEYS["CCC"])
    with pytest.raises(fb.FeedbackRefused) as err:
        _open(stolen)
    assert err.value.reason == "mismatch"


def test_a_third_cso_cannot_forge_feedback_in_anothers_name() -> None:
    # CCC seals and signs with its own key but says it is BBB.
    forged = _seal(sender_private_key=KEYS["CCC"])
    with pytest.raises(fb.FeedbackRefused) as err:
        _open(forged)
    assert err.value.reason == "bad_signature"


def test_a_changed_time_or_redirected_envelope_is_refused() -> None:
    moved = _seal()
    moved["issued_at"] = "2027-01-01T00:00:00Z"
    with pytest.raises(fb.FeedbackRefused):
        _open(moved)


@pytest.mark.parametrize(
    "bad",
    [
        None,
        [],
        {"schema": "saphan.feedback/1"},
        {**{"schema": "x"}, "sealed": ""},
    ],
)
def test_malformed_envelopes_are_refused(bad: Any) -> None:
    with pytest.raises(fb.FeedbackRefused):
        _open(bad)


def test_an_unknown_sender_or_recipient_is_refused() -> None:
    with pytest.raises(fb.FeedbackRefused) as err:
        _seal(recipient="ZZZ")
    assert err.value.reason == "unknown_member"


def test_a_code_that_could_carry_a_name_cannot_be_sealed() -> None:
    with pytest.raises(fb.FeedbackRefused):
        _seal([fb.CodeState("Daw Aye Aye", "served", D(2026, 5, 1))])


def test_open_all_opens_ours_and_skips_the_rest() -> None:
    ours = _seal()
    theirs = _seal(recipient="CCC")
    bad = dict(ours, signature="00" * 64)
    opened, refused = fb.open_all(
        fb.envelopes_of(fb.feedback_document([ours, theirs, bad])),
        network=NETWORK,
        recipient="AAA",
        recipient_private_key=KEYS["AAA"],
    )
    assert [o.sender for o in opened] == ["BBB"]
    assert refused == ["bad_signature"]


# --- order: the newest state date wins, whatever the arrival order ----------------------------

STATE = st.sampled_from(fb.STATES)
DAY = st.dates(min_value=D(2026, 1, 1), max_value=D(2026, 1, 10))
ISSUED = st.sampled_from(["2026-01-10T00:00:00Z", "2026-01-11T00:00:00Z"])
EVENT = st.tuples(STATE, DAY, ISSUED)


def _apply(events: list[tuple[str, D, str]]) -> tuple[str, str, int] | None:
    held: tuple[str, str, int] | None = None
    for state, day, issued in events:
        key = fb.order_key(state, day, issued)
        if fb.newer(held, key):
            held = key
    return held


@settings(max_examples=200, deadline=None)
@given(st.lists(EVENT, min_size=1, max_size=8), st.randoms(use_true_random=False))
def test_duplicates_late_and_reordered_arrivals_end_in_the_same_state(
    events: list[tuple[str, D, str]], rnd: Any
) -> None:
    expected = max(fb.order_key(*e) for e in events)
    shuffled = events + events[: rnd.randint(0, len(events))]  # some arrive twice
    rnd.shuffle(shuffled)
    assert _apply(shuffled) == expected == _apply(events)
    latest_day = max(day for _, day, _ in events)
    assert expected[0] == latest_day.isoformat()
