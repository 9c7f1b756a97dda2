"""Referrals between members in the bundle: suppressed like every other count, merged into
made / received / served per CSO pair and category, with completion."""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from pydantic import ValidationError

from directory.bundle_schema import ReferralFlow
from directory.merge import Figure, merge
from directory.referral_flows import suppressed_flows
from tests.server.conftest import make_bundle, make_network, private_key

K = 5


def _published(flows: list[ReferralFlow]) -> list[int]:
    return [v for f in flows for v in (f.count, f.served) if v is not None]


def test_large_flows_are_published_exactly() -> None:
    flows = suppressed_flows(
        {("KAQ", "legal_aid"): 12, ("MTC", "mhpss"): 7},
        {("KAQ", "legal_aid"): (12, 6), ("MTC", "health_referral"): (20, 15)},
        K,
    )
    made = {(f.cso, f.category): f.count for f in flows if f.direction == "made"}
    got = {(f.cso, f.category): (f.count, f.served) for f in flows if f.direction == "received"}
    assert made == {("KAQ", "legal_aid"): 12, ("MTC", "mhpss"): 7}
    assert got == {("KAQ", "legal_aid"): (12, 6), ("MTC", "health_referral"): (20, 15)}


def test_a_small_flow_and_a_small_number_not_served_are_withheld() -> None:
    flows = suppressed_flows({("KAQ", "legal_aid"): 3}, {("KAQ", "legal_aid"): (10, 8)}, K)
    assert all(v >= K for v in _published(flows))
    made, got = flows
    assert made.count is None
    # 10 received and 8 served would say that 2 people were not served.
    assert got.count is None or got.served is None


def test_nothing_is_published_for_no_referrals() -> None:
    assert suppressed_flows({("KAQ", "mhpss"): 0}, {}, K) == []


CELL = st.tuples(st.integers(0, 12), st.integers(0, 12)).map(lambda t: (max(t), min(t)))
PAIRS = st.dictionaries(
    st.tuples(st.sampled_from(["AAA", "BBB", "CCC"]), st.sampled_from(["mhpss", "legal_aid"])),
    CELL,
    max_size=6,
)


@settings(max_examples=60, deadline=None)
@given(PAIRS, st.dictionaries(st.tuples(st.just("AAA"), st.just("mhpss")), st.integers(0, 9)))
def test_no_small_count_can_be_read_or_worked_out(
    received: dict[tuple[str, str], tuple[int, int]], made: dict[tuple[str, str], int]
) -> None:
    flows = suppressed_flows(made, received, K)
    assert all(v == 0 or v >= K for v in _published(flows))
    for f in flows:
        if f.direction == "received" and f.count is not None and f.served is not None:
            assert f.count - f.served == 0 or f.count - f.served >= K
    # One row per member, category and direction.
    for direction in ("made", "received"):
        rows = [f for f in flows if f.direction == direction]
        assert len({(f.cso, f.category) for f in rows}) == len(rows)


def test_the_schema_keeps_served_for_received_rows_and_below_received() -> None:
    with pytest.raises(ValidationError):
        ReferralFlow(direction="made", cso="KAQ", category="mhpss", count=6, served=5)
    with pytest.raises(ValidationError):
        ReferralFlow(direction="received", cso="KAQ", category="mhpss", count=6, served=7)
    with pytest.raises(ValidationError):
        ReferralFlow(direction="received", cso="KAQ", category="mhpss", count=6)


def _with_flows(code: str, flows: list[ReferralFlow], revision: int = 1) -> Any:
    from directory.bundle_schema import Bundle, sign_bundle

    document = make_bundle(code, revision).document()
    document.pop("signature")
    document["referral_flows"] = [f.model_dump(mode="json", exclude_unset=True) for f in flows]
    return sign_bundle(Bundle.model_validate(document), private_key(code))


def test_the_merge_puts_both_sides_together_and_gives_completion() -> None:
    network = make_network(["BEAM", "KAQ", "MTC"])
    beam = _with_flows("BEAM", suppressed_flows({("KAQ", "legal_aid"): 12}, {}, K))
    kaq = _with_flows("KAQ", suppressed_flows({}, {("BEAM", "legal_aid"): (11, 6)}, K))
    mtc = _with_flows("MTC", suppressed_flows({("KAQ", "legal_aid"): 2}, {}, K))
    report = merge([beam, kaq, mtc], network)
    flows = {(f.from_cso, f.to_cso, f.category): f for f in report.referral_flows}
    pair = flows[("BEAM", "KAQ", "legal_aid")]
    assert (pair.made, pair.received, pair.served) == (Figure(12), Figure(11), Figure(6))
    assert pair.completion == pytest.approx(0.5)
    withheld = flows[("MTC", "KAQ", "legal_aid")]
    assert withheld.made == Figure(0, 1)
    assert withheld.completion is None
    (legal,) = report.flows_by_category()
    assert legal.made == Figure(12, 1)
    assert legal.completion is None  # a withheld part: not exact
    assert report.flows_total().served == Figure(6)


def test_a_bundle_carrying_a_small_flow_is_refused_by_the_reader() -> None:
    from directory.errors import BundleInvalid
    from directory.validation import check_bundle

    network = make_network(["BEAM", "KAQ"])
    small = ReferralFlow(direction="made", cso="KAQ", category="mhpss", count=2)
    with pytest.raises(BundleInvalid) as err:
        check_bundle(_with_flows("BEAM", [small]).document(), network, "BEAM")
    assert err.value.reason == "small_cell"


def test_the_exports_carry_the_flows_with_completion(tmp_path: Any) -> None:
    from openpyxl import load_workbook

    from directory import exports
    from directory.tables import flows_table

    network = make_network(["BEAM", "KAQ"])
    beam = _with_flows("BEAM", suppressed_flows({("KAQ", "legal_aid"): 12}, {}, K))
    kaq = _with_flows("KAQ", suppressed_flows({}, {("BEAM", "legal_aid"): (11, 6)}, K))
    report = merge([beam, kaq], network)
    headers, tags, rows = flows_table(report)
    assert tags[0].startswith("#org")
    assert ["BEAM", "KAQ", "legal_aid", 12, 11, 6, 50.0, "", ""] in rows
    assert ["NETWORK", "NETWORK", "all", 12, 11, 6, 50.0, "", ""] in rows
    exports.referral_flows_csv(report, tmp_path / "flows.csv")
    assert "BEAM,KAQ,legal_aid,12,11,6,50.0" in (tmp_path / "flows.csv").read_text("utf-8-sig")
    exports.aggregates_xlsx(report, tmp_path / "report.xlsx")
    sheet = load_workbook(tmp_path / "report.xlsx")["Referrals between CSOs"]
    assert [c.value for c in sheet[1]] == headers
    exports.donor_summary_docx(report, network, tmp_path / "donor.docx")
