"""Each CSO's share of the network's targets, in the signed network file: set, kept through a
round trip of the file, dropped with the member, and absent (so the signed form is unchanged)
when none is set - a network file written before shares existed still validates."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from directory import folder as shared
from directory import network as net
from directory import signing
from directory.bundle_schema import Bundle
from directory.errors import NetworkInvalid
from directory.signing import key_fingerprint
from directory.validation import check_network_document

KEY = bytes(range(32))
BEFORE_SHARES = Path(__file__).parent / "data" / "network-before-shares.json"


def members(*codes: str) -> net.Network:
    network = net.create_network("maesot", "Mae Sot CSO network", KEY)
    for code in codes:
        pub = signing.public_key(code.encode().ljust(32, b"k"))
        network = net.add_member(
            network, KEY, code=code, name=code, public_key=pub, fingerprint=key_fingerprint(pub)
        )
    return network


def test_shares_round_trip_through_the_signed_file(tmp_path: Path) -> None:
    network = members("BEAM", "KAQ")
    network = net.set_targets(network, KEY, {"mhpss": 600, "youth": 80}, cso="BEAM")
    network = net.set_targets(network, KEY, {"mhpss": 400}, cso="KAQ")
    network = net.set_targets(network, KEY, {"mhpss": 1200})
    shared.write_network(tmp_path, network)

    read = shared.read_network(tmp_path, network.coordinator_key)  # signature checked
    assert read == network
    assert read.target("mhpss") == 1200
    assert read.shares("BEAM") == {"mhpss": 600, "youth": 80}
    assert read.cso_target("KAQ", "mhpss") == 400
    assert read.cso_target("KAQ", "youth") is None

    # A share changed after signing is caught.
    document = json.loads((tmp_path / "network.json").read_text(encoding="utf-8"))
    document["cso_targets"][0]["value"] += 1
    with pytest.raises(NetworkInvalid):
        check_network_document(document, network.coordinator_key)


def test_without_shares_the_file_is_as_before() -> None:
    network = members("BEAM")
    assert "cso_targets" not in network.document()
    with_share = net.set_targets(network, KEY, {"mhpss": 5}, cso="BEAM")
    assert with_share.document()["cso_targets"] == [
        {"cso": "BEAM", "programme": "mhpss", "indicator": "people_reached", "value": 5}
    ]
    cleared = net.set_targets(with_share, KEY, {"mhpss": None}, cso="BEAM")
    assert "cso_targets" not in cleared.document()
    assert net.verify_network(cleared)
    # Removing the only member with a share leaves no empty list behind either.
    removed = net.remove_member(with_share, KEY, "BEAM")
    assert "cso_targets" not in removed.document()
    assert removed.members == []


def test_a_network_file_written_before_shares_still_validates() -> None:
    """Written and signed by the code before per-CSO targets (kept as a file)."""
    document = json.loads(BEFORE_SHARES.read_text(encoding="utf-8"))
    network = check_network_document(document, signing.public_key_hex(KEY))
    assert network.cso_targets is None
    assert network.shares("BEAM") == {}
    assert network.document() == document
    # Changed by this version, it keeps its form apart from the revision.
    revised = net.set_targets(network, KEY, {"mhpss": 900})
    assert set(revised.document()) == set(document)


def test_shares_only_for_members_and_programmes_of_the_network() -> None:
    network = members("BEAM")
    with pytest.raises(NetworkInvalid) as unknown:
        net.set_targets(network, KEY, {"cooking": 5}, cso="BEAM")
    assert unknown.value.reason == "unknown_programme"
    with pytest.raises(NetworkInvalid) as stranger:
        net.set_targets(network, KEY, {"mhpss": 5}, cso="KAQ")
    assert stranger.value.reason == "not_a_member"
    with pytest.raises(NetworkInvalid) as too_big:
        net.set_targets(network, KEY, {"mhpss": net.MAX_TARGET + 1}, cso="BEAM")
    assert too_big.value.reason == "bad_target"
    # A document naming a share for a CSO that is not a member is not a network file.
    document = net.set_targets(network, KEY, {"mhpss": 5}, cso="BEAM").document()
    document["cso_targets"][0]["cso"] = "KAQ"
    with pytest.raises(NetworkInvalid):
        net.parse_network(document)


# --- who is behind (directory.targets) --------------------------------------------------------


def _network_with_shares(shares: dict[str, int]) -> net.Network:
    from tests.server.conftest import COORDINATOR_KEY, make_network

    network = make_network(list(shares))
    for code, share in shares.items():
        network = net.set_targets(network, COORDINATOR_KEY, {"mhpss": share}, cso=code)
    return net.set_targets(network, COORDINATOR_KEY, {"mhpss": 1000})


def _withheld(bundle: Bundle) -> Bundle:
    from directory import cube

    programme = bundle.programmes[0]
    cumulative = list(programme.cumulative)
    cumulative[cube.TOTAL_INDEX] = None
    return bundle.model_copy(
        update={"programmes": [programme.model_copy(update={"cumulative": cumulative})]}
    )


def test_behind_is_pro_rata_for_the_months_that_have_ended() -> None:
    import datetime as dt

    from directory.merge import merge
    from directory.targets import elapsed_months, share_progress
    from tests.server.conftest import make_bundle

    network = _network_with_shares({"BEAM": 23, "KAQ": 23, "SAW": 6, "MTC": 10, "WIN": 23})
    today = dt.date(2025, 12, 15)  # December not over: 12 of the 23 months have ended
    assert elapsed_months(network.reporting_period, today) == (12, 23)
    bundles = [
        make_bundle("BEAM", 1, people=12),  # expected 23 * 12/23 = 12: on track
        make_bundle("KAQ", 1, people=11),  # one short: behind
        _withheld(make_bundle("SAW", 1)),  # at most 4 (k = 5) of an expected 3.1: on track
        _withheld(make_bundle("WIN", 1)),  # at most 4 of an expected 12: behind
    ]  # MTC has not published: behind
    rows = {r.cso_code: r for r in share_progress(merge(bundles, network), network, today)}
    assert {code: r.behind for code, r in rows.items()} == {
        "BEAM": False,
        "KAQ": True,
        "SAW": False,
        "MTC": True,
        "WIN": True,
    }
    assert rows["BEAM"].expected == pytest.approx(12.0)
    assert rows["BEAM"].percent == pytest.approx(100 * 12 / 23)
    assert rows["SAW"].reached is None
    assert rows["MTC"].published is False
    assert rows["KAQ"].network_target == 1000

    # Before the period's first month is over nothing is expected; after its end, all.
    early = share_progress(merge(bundles, network), network, dt.date(2024, 12, 31))
    assert not any(r.behind for r in early)
    late = {
        r.cso_code: r for r in share_progress(merge(bundles, network), network, dt.date(2027, 1, 1))
    }
    assert late["BEAM"].expected == 23
    assert late["BEAM"].behind


def test_members_without_a_share_are_not_listed() -> None:
    import datetime as dt

    from directory.merge import merge
    from directory.targets import share_progress
    from tests.server.conftest import COORDINATOR_KEY, make_bundle, make_network

    network = make_network(["BEAM", "KAQ"])
    network = net.set_targets(network, COORDINATOR_KEY, {"youth": 40}, cso="KAQ")
    rows = share_progress(merge([make_bundle("BEAM", 1)], network), network, dt.date(2026, 1, 1))
    assert [(r.cso_code, r.programme, r.reached) for r in rows] == [("KAQ", "youth", 0)]


def test_the_app_sets_every_share_and_the_outcome_targets_in_one_revision() -> None:
    """What the coordinator's table saves: all members' shares at once (one revision, shares
    of other indicators kept) and the whole list of outcome targets (one left out is gone)."""
    network = members("BEAM", "KAQ")
    network = net.set_targets(
        network, KEY, {"participatory": 2}, cso="KAQ", indicator=net.PARTICIPATORY_PROJECTS
    )
    network = net.set_outcome_target(network, KEY, "youth", "phq9", 10)
    before = network.revision
    network = net.set_shares(
        network, KEY, {"BEAM": {"mhpss": 600, "youth": None}, "KAQ": {"mhpss": 1200}}
    )
    assert network.revision == before + 1
    assert network.shares("BEAM") == {"mhpss": 600}
    assert network.shares("KAQ") == {"mhpss": 1200}  # more than the network's 1000: allowed
    assert network.cso_target("KAQ", "participatory", net.PARTICIPATORY_PROJECTS) == 2
    network = net.set_outcome_targets(network, KEY, {("mhpss", "who5"): 40}, replace=True)
    assert network.revision == before + 2
    assert [(t.programme, t.instrument, t.improved) for t in network.outcome_targets or ()] == [
        ("mhpss", "who5", 40)
    ]
    assert net.verify_network(net.parse_network(json.loads(json.dumps(network.document()))))
    kept = net.set_outcome_targets(network, KEY, {("youth", "phq9"): 5})
    assert kept.outcome_target("mhpss", "who5") == 40
    assert "outcome_targets" not in net.set_outcome_targets(kept, KEY, {}, replace=True).document()

    for shares, reason in (
        ({"NOPE": {"mhpss": 1}}, "not_a_member"),
        ({"BEAM": {"nope": 1}}, "unknown_programme"),
        ({"BEAM": {"mhpss": net.MAX_TARGET + 1}}, "bad_target"),
    ):
        with pytest.raises(NetworkInvalid) as caught:
            net.set_shares(network, KEY, shares)
        assert caught.value.reason == reason
    for outcomes, reason in (
        ({("nope", "who5"): 1}, "unknown_programme"),
        ({("mhpss", "WHO 5"): 1}, "bad_instrument"),
        ({("mhpss", "who5"): -1}, "bad_target"),
    ):
        with pytest.raises(NetworkInvalid) as caught:
            net.set_outcome_targets(network, KEY, outcomes)
        assert caught.value.reason == reason
