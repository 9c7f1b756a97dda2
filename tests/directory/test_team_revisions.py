"""A CSO is a team of laptops: bundles may say which laptop published them and from which team
state (the optional, signed publisher block; older bundles without it stay valid), and bundle
revisions are team-wide (``n * 64 + device_no``), so two laptops never publish under one
revision and revisions still only grow, from whatever an older database stored."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import jsonschema
import pytest
from pydantic import ValidationError

from db import settings, sharing
from db.store import Store
from directory import folder
from directory.bundle_schema import Bundle, Publisher, diverged, verify_bundle
from directory.documents import encode
from directory.sharing import pipeline
from tests.directory.conftest import TODAY, member_network
from tests.server.conftest import make_bundle, published_by

SCHEMA_FILE = Path(__file__).parents[2] / "directory" / "schemas" / "saphan.bundle-1.schema.json"
NOW = dt.datetime(2026, 6, 15, 8, 0, 30, tzinfo=dt.UTC)
MINUTES = int(NOW.timestamp()) // 60

# Two laptops of a CSO (opaque random device ids) and the team states they publish from.
A, B = "a1" * 8, "b2" * 16
ONLY_A = {A: 7}  # laptop A has not seen laptop B's changes ...
ONLY_B = {A: 3, B: 5}  # ... and laptop B has not seen A's latest ones: they diverge
BOTH = {A: 7, B: 5}  # after a sync: includes both

# --- the publisher block in the schema ----------------------------------------------------------


def _schema() -> dict[str, object]:
    loaded: dict[str, object] = json.loads(SCHEMA_FILE.read_text(encoding="utf-8"))
    return loaded


@pytest.mark.parametrize("team_state", [None, ONLY_B, {}])
def test_a_bundle_round_trips_with_and_without_a_publisher(
    team_state: dict[str, int] | None,
) -> None:
    plain = make_bundle("BEAM", 64)
    bundle = plain if team_state is None else published_by(plain, B, team_state)
    document = json.loads(encode(bundle.document()))
    assert ("publisher" in document) == (team_state is not None)  # older bundles: left out
    jsonschema.validate(document, _schema())
    again = Bundle.model_validate(document)
    assert again == bundle
    assert again.document() == document
    assert verify_bundle(again, bundle.cso.public_key)
    if team_state is not None:
        assert document["publisher"] == {"device": B, "team_state": team_state}
        # The block is signed with the rest: changed, the signature fails.
        forged = dict(document, publisher={"device": B, "team_state": BOTH})
        assert not verify_bundle(Bundle.model_validate(forged), bundle.cso.public_key)


@pytest.mark.parametrize(
    "block",
    [
        {"device": "A1" * 8, "team_state": {}},  # not lower-case hex
        {"device": "a1" * 4, "team_state": {}},  # too short
        {"device": "a1" * 33, "team_state": {}},  # too long
        {"device": "Daw Khin Myo", "team_state": {}},  # a name is no device id
        {"device": A, "team_state": {"laptop": 1}},
        {"device": A, "team_state": {A: -1}},
        {"device": A, "team_state": {A: "7"}},
        {"device": A, "team_state": {A: True}},
        {"device": A, "team_state": {A: 2**53 + 1}},
        {"device": A, "team_state": {f"{n:032x}": 1 for n in range(257)}},  # too many
        {"device": A, "team_state": [A, 1]},
        {"device": A},
        {"device": A, "team_state": {}, "user": "admin"},
    ],
)
def test_the_publisher_block_is_strict(block: dict[str, object]) -> None:
    document = make_bundle("BEAM", 64).document()
    document["publisher"] = block
    with pytest.raises(ValidationError):
        Bundle.model_validate(document)
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(document, _schema())


def test_when_two_team_states_diverge() -> None:
    a = Publisher(device=A, team_state=ONLY_A)
    b = Publisher(device=B, team_state=ONLY_B)
    both = Publisher(device=B, team_state=BOTH)
    assert diverged(a, b)
    assert diverged(b, a)
    assert not diverged(a, both)  # ``both`` saw everything ``a`` did
    assert not diverged(both, a)
    assert not diverged(a, Publisher(device=A, team_state={A: 1}))  # one laptop, twice
    assert not diverged(a, None)  # an older app says nothing
    assert not diverged(None, b)


# --- team-wide revisions ------------------------------------------------------------------------


def test_laptops_publishing_in_the_same_minute_never_share_a_revision() -> None:
    revisions = [sharing.next_bundle_revision(0, d, now=NOW) for d in range(4)]
    assert revisions == [MINUTES * 64 + d for d in range(4)]
    assert all(r <= 2**53 for r in revisions)
    # Each laptop's next one in the same minute is still its own, and higher.
    again = [sharing.next_bundle_revision(r, d, now=NOW) for d, r in enumerate(revisions)]
    assert again == [(MINUTES + 1) * 64 + d for d in range(4)]
    assert len(set(revisions + again)) == 8
    # Above what the destination holds (another laptop's revision), still in its own series.
    assert sharing.next_bundle_revision(0, 2, floor=revisions[3] + 1, now=NOW) == again[2]
    # The bound of the bundle schema holds for centuries.
    far = dt.datetime(2400, 1, 1, tzinfo=dt.UTC)
    assert sharing.next_bundle_revision(0, 63, now=far) < 2**53
    assert sharing.next_bundle_revision(2**53 - 10, now=NOW) == 2**53  # the last one
    for wrong in (-1, 64, True):
        with pytest.raises(ValueError, match="device_no"):
            sharing.next_bundle_revision(0, wrong, now=NOW)
    with pytest.raises(ValueError, match="no bundle revision left"):
        sharing.next_bundle_revision(2**53 - 10, 1, now=NOW)


def test_four_laptops_publish_in_the_same_minute_under_four_revisions(
    store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sharing, "utc_now", lambda: NOW)
    network = member_network(store)
    published = []
    for device_no in range(4):
        # Each laptop starts from the same state (its own database, its own slot of a folder).
        settings.remember(store, settings.BUNDLE_REVISION, 0)
        target = tmp_path / f"folder-{device_no}"
        target.mkdir()
        result = pipeline.publish(
            store, folder.FolderTransport(target), network, today=TODAY, device_no=device_no
        )
        published.append(result.bundle.revision)
        assert sharing.last_bundle_revision(store) == result.bundle.revision
        assert "publisher" not in result.bundle.document()  # none given: none written
    assert published == [MINUTES * 64 + d for d in range(4)]

    # The team-sync engine passes this laptop's publisher block: it is signed into the bundle.
    block = Publisher(device=B, team_state=BOTH)
    one = folder.FolderTransport(tmp_path / "folder-1")
    result = pipeline.publish(store, one, network, today=TODAY, device_no=1, publisher=block)
    assert result.bundle.publisher == block
    assert result.bundle.revision == (MINUTES + 1) * 64 + 1
    written = json.loads(folder.bundle_path(tmp_path / "folder-1", "BEAM").read_bytes())
    assert written["publisher"] == {"device": B, "team_state": BOTH}

    # A device number outside 0..63 is refused before anything is written.
    before = sharing.last_bundle_revision(store)
    with pytest.raises(ValueError, match="device_no"):
        pipeline.publish(
            store, folder.FolderTransport(tmp_path / "folder-0"), network, device_no=64
        )
    assert sharing.last_bundle_revision(store) == before


def test_an_older_databases_revision_keeps_working(
    store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sharing, "utc_now", lambda: NOW)
    # An earlier version counted 1, 2, 3...: the next one jumps to the clock's.
    settings.remember(store, settings.BUNDLE_REVISION, 39)
    assert sharing.claim_bundle_revision(store) == MINUTES * 64
    # One stored above minutes * 64 (a clock that was ahead, another scheme): still grows.
    big = MINUTES * 64 * 3 + 17
    settings.remember(store, settings.BUNDLE_REVISION, big)
    claimed = sharing.claim_bundle_revision(store, device_no=2)
    assert claimed == (big // 64 + 1) * 64 + 2
    assert claimed > big
    assert sharing.claim_bundle_revision(store, claimed) is None  # never reused
    assert sharing.claim_bundle_revision(store, claimed - 1) is None  # never down
    assert sharing.last_bundle_revision(store) == claimed
