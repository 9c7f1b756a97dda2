"""Outcome figures shared with the network: the bundle's optional ``outcomes`` section under
the same suppression, the network file's optional outcome targets, and the merge."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import jsonschema
import pytest

from db.activities import ActivityType, SessionInput, log_session
from db.assessments import record_assessment
from db.beneficiaries import register_person
from db.outcomes import OutcomeFigure
from db.programmes import list_programmes
from db.store import Store
from directory import folder, signing
from directory import network as net
from directory.bundle import (
    Bundle,
    CsoFigures,
    CsoProfileOut,
    OutcomeCount,
    assemble_bundle,
    build_bundle,
    sign_bundle,
)
from directory.errors import BundleInvalid, NetworkInvalid
from directory.merge import Figure, merge
from directory.sharing import keys
from directory.validation import check_bundle
from tests.db.people import person
from tests.directory.conftest import COORDINATOR_KEY, TODAY, member_network

SCHEMA = jsonschema.Draft202012Validator(
    json.loads(
        (Path(__file__).parents[2] / "directory" / "schemas" / "saphan.bundle-1.schema.json")
        .read_text(encoding="utf-8")
    )
)  # fmt: skip
CODES = {1: "mhpss", 2: "thai_language", 3: "own_extra"}


def _assembled(outcomes: list[OutcomeFigure], k: int = 5) -> Bundle:
    network = net.create_network("maesot", "Mae Sot", COORDINATOR_KEY, threshold=k)
    key = bytes(32)
    return assemble_bundle(
        network,
        net.ReportingPeriod(start="2025-01", end="2025-06"),
        cso=CsoProfileOut(code="BEAM", name="BEAM", public_key=signing.public_key_hex(key)),
        services=[],
        figures=CsoFigures(
            programme_codes=CODES, reach=[], sessions={}, referrals={}, outcomes=outcomes
        ),
        revision=1,
    )


def _shown(bundle: Bundle) -> dict[tuple[str, str], tuple[int | None, int | None, int | None]]:
    return {
        (o.programme, o.instrument): (o.with_pre_post, o.improved, o.not_improved)
        for o in bundle.outcomes or ()
    }


def test_outcome_cells_below_the_threshold_are_withheld_with_a_complement() -> None:
    bundle = _assembled(
        [
            OutcomeFigure(1, "who5", 12, 3, 10.0, True),  # 3 improved: withheld, and 9 with it
            OutcomeFigure(1, "phq9", 20, 14, 5.0, False),  # nothing small
            OutcomeFigure(2, "who5", 4, 4, 10.0, True),  # 4 people: the total too
            OutcomeFigure(2, "phq9", 9, 9, 5.0, False),  # 0 not improved is shown as 0
            OutcomeFigure(3, "who5", 50, 20, 10.0, True),  # not a network programme
        ]
    )
    assert _shown(bundle) == {
        ("mhpss", "phq9"): (20, 14, 6),
        ("mhpss", "who5"): (12, None, None),
        ("thai_language", "phq9"): (9, 9, 0),
        ("thai_language", "who5"): (None, None, 0),
    }
    assert [o.mid for o in bundle.outcomes or ()] == [5, 10, 5, 10]
    assert not [v for v in bundle.published_people_counts() if 0 < v < 5]
    SCHEMA.validate(bundle.document())
    assert Bundle.model_validate(bundle.document()) == bundle


def test_a_bundle_without_outcomes_has_no_section() -> None:
    document = _assembled([]).document()
    assert "outcomes" not in document
    SCHEMA.validate(document)


def _outcome_doc(**changes: object) -> dict[str, object]:
    base: dict[str, object] = {
        "programme": "mhpss",
        "instrument": "who5",
        "mid": 10,
        "with_pre_post": 12,
        "improved": 7,
        "not_improved": 5,
    }
    return base | changes


def test_the_schema_refuses_outcomes_that_do_not_add_up_or_repeat() -> None:
    OutcomeCount.model_validate(_outcome_doc(improved=None, not_improved=None))
    OutcomeCount.model_validate(_outcome_doc(mid=2.5))
    for bad in (_outcome_doc(not_improved=6), _outcome_doc(mid=0), _outcome_doc(mid="10")):
        with pytest.raises(ValueError, match="validation error"):
            OutcomeCount.model_validate(bad)
    document = _assembled([OutcomeFigure(1, "who5", 12, 7, 10.0, True)]).document()
    document["outcomes"] = [*document["outcomes"], *document["outcomes"]]  # type: ignore[list-item]
    with pytest.raises(ValueError, match="duplicate outcome figure"):
        Bundle.model_validate(document)


@pytest.fixture
def with_outcomes(store: Store) -> Store:
    """Six people in MHPSS with a WHO-5 pre and post: four improved by 10 or more."""
    mhpss = list_programmes(store)[0].id
    day = dt.date(2025, 3, 1)
    for n, (pre, post) in enumerate([(8, 12), (8, 11), (5, 9), (10, 20), (12, 10), (6, 7)]):
        pid = register_person(store, person(f"P{n}", consent_data_use=True)).id
        s = log_session(
            store, SessionInput(ActivityType.COUNSELLING, mhpss, day, attendee_ids=[pid])
        ).id
        for phase, raw, when in (("pre", pre, day), ("post", post, day + dt.timedelta(days=40))):
            answers = {f"q{i}": min(5, max(0, raw - 5 * (i - 1))) for i in range(1, 6)}
            record_assessment(store, pid, "who5", answers, phase=phase, date=when, session_id=s)
    return store


def test_a_built_bundle_carries_outcomes_validated_like_every_figure(
    with_outcomes: Store, tmp_path: Path
) -> None:
    store = with_outcomes
    network = member_network(store)
    bundle = sign_bundle(
        build_bundle(store, network, today=TODAY), keys.ensure_cso_signing_key(store)
    )
    assert _shown(bundle) == {("mhpss", "who5"): (6, None, None)}  # 4 and 2: both withheld
    document = json.loads(folder.encode(bundle.document()))
    SCHEMA.validate(document)
    assert check_bundle(document, network, store.cso.code) == bundle
    # A forged bundle that publishes a small outcome cell is refused (folder and server
    # check bundles with the same code).
    forged = document | {"outcomes": [_outcome_doc(with_pre_post=6, improved=4, not_improved=2)]}
    forged.pop("signature")
    forged["signature"] = signing.sign(forged, keys.ensure_cso_signing_key(store))
    with pytest.raises(BundleInvalid) as caught:
        check_bundle(forged, network, store.cso.code)
    assert caught.value.reason == "small_cell"


def test_outcome_targets_are_written_only_when_set() -> None:
    old = net.create_network("maesot", "Mae Sot", COORDINATOR_KEY)
    assert "outcome_targets" not in old.document()
    # A file signed before outcome targets existed reads back as written and verifies.
    again = net.parse_network(json.loads(json.dumps(old.document())))
    assert again.document() == old.document()
    assert net.verify_network(again, old.coordinator_key)
    assert again.outcome_target("mhpss", "who5") is None

    with_target = net.set_outcome_target(old, COORDINATOR_KEY, "mhpss", "who5", 300)
    assert with_target.document()["outcome_targets"] == [
        {"programme": "mhpss", "instrument": "who5", "improved": 300}
    ]
    read = net.parse_network(json.loads(json.dumps(with_target.document())))
    assert net.verify_network(read, old.coordinator_key)
    assert read.outcome_target("mhpss", "who5") == 300
    assert read.revision == old.revision + 1

    removed = net.set_outcome_target(read, COORDINATOR_KEY, "mhpss", "who5", None)
    assert "outcome_targets" not in removed.document()
    assert net.verify_network(removed, old.coordinator_key)
    with pytest.raises(NetworkInvalid):
        net.parse_network(
            with_target.document()
            | {"outcome_targets": [with_target.document()["outcome_targets"][0]] * 2}
        )


def test_merged_outcomes_count_withheld_parts_against_the_target() -> None:
    network = net.set_outcome_target(
        net.create_network("maesot", "Mae Sot", COORDINATOR_KEY), COORDINATOR_KEY,
        "mhpss", "who5", 40,
    )  # fmt: skip
    network = net.set_outcome_target(network, COORDINATOR_KEY, "youth", "phq9", 10)
    bundles = []
    for n, (code, figures) in enumerate(
        [
            ("BEAM", [OutcomeFigure(1, "who5", 12, 3, 10.0, True)]),
            ("KAQ", [OutcomeFigure(1, "who5", 30, 21, 10.0, True)]),
        ]
    ):
        key = bytes([n + 1]) * 32
        public = bytes.fromhex(signing.public_key_hex(key))
        network = net.add_member(
            network, COORDINATOR_KEY, code=code, name=code, public_key=public,
            fingerprint=signing.key_fingerprint(public),
        )  # fmt: skip
        built = assemble_bundle(
            network,
            net.ReportingPeriod(start="2025-01", end="2025-06"),
            cso=CsoProfileOut(code=code, name=code, public_key=public.hex()),
            services=[],
            figures=CsoFigures(
                programme_codes=CODES, reach=[], sessions={}, referrals={}, outcomes=figures
            ),
            revision=1,
        )
        bundles.append(built)
    report = merge(bundles, network)
    by_key = {(o.programme, o.instrument): o for o in report.outcomes}
    who5 = by_key[("mhpss", "who5")]
    assert who5.with_pre_post == Figure(42)
    assert who5.improved == Figure(21, 1)  # BEAM's 3 is withheld: at least 21, never 21 + 0
    assert who5.not_improved == Figure(9, 1)
    assert (who5.target, who5.mids, who5.name) == (40, (10,), "Psychosocial support (MHPSS)")
    assert who5.percent == pytest.approx(52.5)
    # A target nobody has a figure for yet is listed with nothing published.
    youth = by_key[("youth", "phq9")]
    assert (youth.target, youth.improved, youth.with_pre_post) == (10, Figure(0), Figure(0))
