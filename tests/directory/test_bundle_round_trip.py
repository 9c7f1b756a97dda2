"""Every bundle the builder can produce is accepted by the coordinator's merge (shared folder)
and by the coordination server, and every shared document reads back as it was written.

A withheld count used to be dropped from the written bundle and then required on read, so a
CSO with 1-4 referrals in a month (most CSOs, most months) published a bundle that the merge
and the server rejected as "invalid": its people vanished from the network's figures.

The property test drives :func:`directory.bundle.assemble_bundle` (the builder without the
database reads) with generated aggregates: CSOs with few referrals, withheld cells, no
services, every optional service field empty or filled. ``SAPHAN_ROUND_TRIP_EXAMPLES`` sets
how many bundles it tries (a longer run on demand).
"""

from __future__ import annotations

import datetime as dt
import itertools
import json
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path

import jsonschema
import pytest
from fastapi.testclient import TestClient
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from db.counting import FINE_BANDS, ReachCell
from db.outcomes import OutcomeFigure
from db.services import LIMITS, SERVICE_CATEGORIES, SERVICE_LANGUAGES, ServiceInfo, ServiceStatus
from db.types import PopulationGroup, Sex
from directory import cube, signing
from directory import folder as shared
from directory import network as net
from directory.bundle import (
    Bundle,
    CsoFigures,
    CsoProfileOut,
    ReferralCount,
    assemble_bundle,
    sign_bundle,
    verify_bundle,
)
from directory.merge import Figure, merge
from directory.server.app import create_app
from directory.server.config import Settings
from directory.server.storage import COORDINATOR, CSO, Storage
from directory.validation import check_bundle, check_network_document

EXAMPLES = int(os.environ.get("SAPHAN_ROUND_TRIP_EXAMPLES", "30"))
SCHEMA = jsonschema.Draft202012Validator(
    json.loads(
        (
            Path(__file__).parents[2] / "directory" / "schemas" / "saphan.bundle-1.schema.json"
        ).read_text(encoding="utf-8")
    )
)
COORDINATOR_KEY = bytes(range(32))
CSO_CODE = "BEAM"
CSO_KEY = b"BEAM".ljust(32, b"k")
THRESHOLDS = (2, 3, 5, 10)
SPAN = net.ReportingPeriod(start="2025-11", end="2026-03")
MONTHS = SPAN.months()
# Local programmes: the network's pilot programmes, plus one the network does not report on.
LOCAL_CODES = (*(code for code, _, _ in net.PILOT_PROGRAMMES), "own_extra")
PROGRAMME_IDS = {pid: code for pid, code in enumerate(LOCAL_CODES, start=1)}


def _network(k: int) -> net.Network:
    network = net.create_network(
        f"net_k{k}",
        f"Network with k={k}",
        COORDINATOR_KEY,
        start=SPAN.start,
        end=SPAN.end,
        threshold=k,
    )
    public = bytes.fromhex(signing.public_key_hex(CSO_KEY))
    return net.add_member(
        network,
        COORDINATOR_KEY,
        code=CSO_CODE,
        name="BEAM Education Foundation",
        public_key=public,
        fingerprint=signing.key_fingerprint(public),
    )


NETWORKS = {k: _network(k) for k in THRESHOLDS}
PROFILE = CsoProfileOut(
    code=CSO_CODE, name="BEAM Education Foundation", public_key=signing.public_key_hex(CSO_KEY)
)


# --- strategies ---------------------------------------------------------------------------

LEAF = st.tuples(
    st.sampled_from(list(Sex)),
    st.sampled_from(FINE_BANDS),
    st.sampled_from(list(PopulationGroup)),
    st.booleans(),
)
# Mostly small counts, so that cells are withheld (and complementary ones with them).
SMALL = st.one_of(st.integers(1, 4), st.integers(1, 40))


def _optional_text(limit: int) -> st.SearchStrategy[str]:
    return st.one_of(
        st.just(""),
        st.text(min_size=1, max_size=20).map(str.strip),
        st.text(min_size=limit, max_size=limit).map(lambda s: s[:limit].strip()),
    )


@st.composite
def services(draw: st.DrawFn) -> ServiceInfo:
    # A name is never empty (the service form requires one), at most 200 characters.
    name = draw(
        st.one_of(st.text(max_size=30), st.text(min_size=199, max_size=199)).map(
            lambda s: ("S" + s).strip()
        )
    )
    return ServiceInfo(
        id=draw(st.integers(1, 10_000)),
        uuid=str(draw(st.uuids(version=4))),
        name=name,
        category=draw(st.sampled_from(SERVICE_CATEGORIES)),
        description=draw(_optional_text(LIMITS["description"])),
        languages=tuple(draw(st.lists(st.sampled_from(SERVICE_LANGUAGES), unique=True))),
        eligibility=draw(_optional_text(LIMITS["eligibility"])),
        hours=draw(_optional_text(LIMITS["hours"])),
        area=draw(_optional_text(LIMITS["area"])),
        contact=draw(_optional_text(LIMITS["contact"])),
        how_to_refer=draw(_optional_text(LIMITS["how_to_refer"])),
        cost=draw(_optional_text(LIMITS["cost"])),
        status=draw(st.sampled_from(list(ServiceStatus))),
        updated_at=draw(st.datetimes(dt.datetime(2020, 1, 1), dt.datetime(2030, 12, 31))),
    )


@st.composite
def figures(draw: st.DrawFn) -> tuple[net.ReportingPeriod, CsoFigures]:
    """What a CSO's database can hold for a covered period: people reached per month and
    cell (the cumulative cell between the busiest month and the sum of months), sessions
    and referrals per programme and month, projects."""
    end = draw(st.sampled_from(MONTHS))
    covered = net.ReportingPeriod(start=SPAN.start, end=end)
    months = covered.months()
    reach: list[ReachCell] = []
    for pid in draw(st.lists(st.sampled_from(sorted(PROGRAMME_IDS)), unique=True, max_size=3)):
        per_leaf: dict[tuple[Sex, str, PopulationGroup, bool], list[int]] = {}
        active = draw(st.lists(st.sampled_from(months), unique=True, min_size=1, max_size=3))
        for month in active:
            cells = draw(st.dictionaries(LEAF, SMALL, min_size=1, max_size=4))
            for (sex, band, group, disability), people in cells.items():
                reach.append(ReachCell(pid, month, sex, band, group, disability, people))
                per_leaf.setdefault((sex, band, group, disability), []).append(people)
        for (sex, band, group, disability), counts in per_leaf.items():
            people = draw(st.integers(max(counts), sum(counts)))
            reach.append(ReachCell(pid, "cumulative", sex, band, group, disability, people))
    programme_or_none = st.one_of(st.none(), st.sampled_from(sorted(PROGRAMME_IDS)))
    return covered, CsoFigures(
        programme_codes=PROGRAMME_IDS,
        reach=reach,
        sessions=draw(
            st.dictionaries(
                st.tuples(st.sampled_from(sorted(PROGRAMME_IDS)), st.sampled_from(months)),
                st.integers(1, 30),
                max_size=4,
            )
        ),
        referrals=draw(
            st.dictionaries(
                st.tuples(programme_or_none, st.sampled_from(months)), SMALL, max_size=6
            )
        ),
        participatory_projects=draw(st.integers(0, 12)),
        outcomes=draw(outcome_figures()),
    )


@st.composite
def outcome_figures(draw: st.DrawFn) -> list[OutcomeFigure]:
    """Outcome figures (db.outcomes) per programme and instrument: mostly small."""
    keys = draw(
        st.lists(
            st.tuples(st.sampled_from(sorted(PROGRAMME_IDS)), st.sampled_from(["who5", "phq9"])),
            unique=True,
            max_size=4,
        )
    )
    out = []
    for pid, code in keys:
        both = draw(SMALL)
        out.append(
            OutcomeFigure(pid, code, both, draw(st.integers(0, both)), draw(MIDS), code == "who5")
        )
    return out


MIDS = st.sampled_from([10.0, 5.0, 2.5])


# --- the coordination server, once per test -------------------------------------------------


class Server:
    def __init__(self, root: Path) -> None:
        self.storage_url = f"sqlite:///{root / 'server.db'}"
        self.storage = Storage(self.storage_url)
        self.storage.upgrade()
        self.tokens: dict[str, tuple[str, str]] = {}
        for network in NETWORKS.values():
            self.storage.create_network(
                network.network_id,
                network.coordinator_key,
                network.revision,
                shared.encode(network.document()),
            )
            _, coordinator = self.storage.issue_token(
                network.network_id, COORDINATOR, label="coordinator"
            )
            _, cso = self.storage.issue_token(network.network_id, CSO, CSO_CODE)
            self.tokens[network.network_id] = (coordinator, cso)
        app = create_app(
            Settings(database_url=self.storage_url, rate_per_second=1000.0, burst=1000),
            self.storage,
        )
        self.client = TestClient(app)

    def put(self, bundle: Bundle) -> int:
        _, token = self.tokens[bundle.network_id]
        response = self.client.put(
            f"/v1/networks/{bundle.network_id}/bundles/{bundle.cso.code}",
            content=shared.encode(bundle.document()),
            headers={"Authorization": f"Bearer {token}"},
        )
        return response.status_code

    def aggregates(self, network_id: str) -> dict[str, object]:
        coordinator, _ = self.tokens[network_id]
        response = self.client.get(
            f"/v1/networks/{network_id}/aggregates",
            headers={"Authorization": f"Bearer {coordinator}"},
        )
        assert response.status_code == 200, response.text
        data: dict[str, object] = response.json()
        return data


@pytest.fixture(scope="module")
def server() -> Iterator[Server]:
    with tempfile.TemporaryDirectory(prefix="saphan-round-trip-") as root:
        s = Server(Path(root))
        with s.client:
            yield s
        s.storage.dispose()


REVISIONS = itertools.count(1)


def _referral_figures(bundle: Bundle) -> dict[tuple[str, str], Figure]:
    return {
        (r.programme, r.period): Figure(0, 1) if r.count is None else Figure(r.count)
        for r in bundle.referrals
    }


@settings(
    max_examples=EXAMPLES,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
@given(
    k=st.sampled_from(THRESHOLDS),
    generated=figures(),
    offered=st.lists(services(), max_size=3, unique_by=lambda s: s.uuid),
)
def test_every_built_bundle_is_accepted_by_the_merge_and_the_server(
    server: Server,
    k: int,
    generated: tuple[net.ReportingPeriod, CsoFigures],
    offered: list[ServiceInfo],
) -> None:
    covered, counts = generated
    network = NETWORKS[k]
    bundle = sign_bundle(
        assemble_bundle(
            network,
            covered,
            cso=PROFILE,
            services=offered,
            figures=counts,
            revision=next(REVISIONS),
        ),
        CSO_KEY,
    )

    # The written document is the bundle, exactly: read back equal, verified. (The committed
    # JSON Schema is pydantic's, see test_bundle; the slow jsonschema check runs below.)
    document = json.loads(shared.encode(bundle.document()))
    again = Bundle.model_validate(document)
    assert again == bundle
    assert again.document() == document
    assert verify_bundle(again, PROFILE.public_key)
    assert check_bundle(document, network, CSO_CODE) == bundle

    # The coordinator's shared folder: accepted, and the merge counts this CSO.
    with tempfile.TemporaryDirectory(prefix="saphan-folder-") as root:
        folder = Path(root)
        shared.write_network(folder, network)
        shared.write_bundle(folder, bundle)
        read = shared.read_bundles(folder, network)
        assert read.rejected == []
        assert read.accepted == [bundle]
        report = merge(read.accepted, network)
        assert report.bundles == {CSO_CODE: bundle}
        assert report.referrals == _referral_figures(bundle)
        for p in bundle.programmes:
            total = report.total(p.programme, "cumulative")
            shown = p.cumulative[cube.TOTAL_INDEX]
            assert total == (Figure(0, 1) if shown is None else Figure(shown))
        # Outcome figures: only network programmes', none small, merged as published.
        network_codes = {p.code for p in network.programmes}
        published = bundle.outcomes or []
        assert {o.programme for o in published} <= network_codes
        assert len(published) == sum(
            1 for f in counts.outcomes if PROGRAMME_IDS[f.programme_id] in network_codes
        )
        assert not [
            v
            for o in published
            for v in (o.with_pre_post, o.improved, o.not_improved)
            if v and v < k
        ]
        merged = {(o.programme, o.instrument): o for o in report.outcomes}
        for o in published:
            figure = merged[(o.programme, o.instrument)].improved
            assert figure == (Figure(0, 1) if o.improved is None else Figure(o.improved))

        # The merged directory (HSDS) reads back with every service the bundle shares.
        shared.write_directory(folder, report, network, COORDINATOR_KEY)
        listed = shared.read_directory(folder, network)
        assert [s["id"] for s in listed] == [s.id for s in bundle.services]
        for hsds, service in zip(listed, bundle.services, strict=True):
            assert hsds["name"] == service.name
            assert hsds["description"] == service.description
            assert hsds["fees_description"] == service.cost
            assert [lang["code"] for lang in hsds["languages"]] == service.languages

    # The coordination server: stored, and counted in its merged report.
    assert server.put(bundle) == 201
    report_json = server.aggregates(network.network_id)
    assert report_json["rejected"] == []
    assert report_json["bundles"] == {CSO_CODE: bundle.revision}


def _withheld_referral_bundle(store_k: int = 5) -> Bundle:
    """A CSO with 3 referrals in one month: the month's figure is withheld."""
    network = NETWORKS[store_k]
    covered = net.ReportingPeriod(start=SPAN.start, end=SPAN.start)
    counts = CsoFigures(
        programme_codes=PROGRAMME_IDS, reach=[], sessions={}, referrals={(1, SPAN.start): 3}
    )
    bundle = assemble_bundle(
        network, covered, cso=PROFILE, services=[], figures=counts, revision=next(REVISIONS)
    )
    assert any(r.count is None for r in bundle.referrals)
    return sign_bundle(bundle, CSO_KEY)


def test_a_withheld_count_is_written_as_null() -> None:
    bundle = _withheld_referral_bundle()
    document = json.loads(shared.encode(bundle.document()))
    assert all("count" in r for r in document["referrals"])
    assert None in [r["count"] for r in document["referrals"]]
    assert "signature" in document
    SCHEMA.validate(document)
    unsigned = bundle.model_copy(update={"signature": None}).document()
    assert unsigned["referrals"] == document["referrals"]


def test_a_bundle_from_an_earlier_version_without_withheld_counts_is_read(
    server: Server, tmp_path: Path
) -> None:
    """Earlier versions left a withheld ``count`` out (and signed the document so): read as
    withheld, in the folder and on the server, and its signature still verifies."""
    built = _withheld_referral_bundle()
    document = built.model_dump(mode="json", by_alias=True, exclude_none=True)
    document.pop("signature")
    assert any("count" not in r for r in document["referrals"])
    document["signature"] = signing.sign(document, CSO_KEY)
    SCHEMA.validate(document)
    network = NETWORKS[5]

    bundle = check_bundle(document, network, CSO_CODE)
    assert [r.count for r in bundle.referrals] == [r.count for r in built.referrals]
    assert bundle.document() == document  # read back as written: the signature holds
    assert verify_bundle(bundle, PROFILE.public_key)

    (tmp_path / "bundles").mkdir()
    (tmp_path / "bundles" / f"{CSO_CODE}.json").write_bytes(shared.encode(document))
    read = shared.read_bundles(tmp_path, network)
    assert (read.rejected, [b.cso.code for b in read.accepted]) == ([], [CSO_CODE])
    assert merge(read.accepted, network).referrals == _referral_figures(built)
    assert server.put(bundle) == 201


def test_referral_count_without_a_count_is_withheld() -> None:
    figure = ReferralCount.model_validate({"programme": "mhpss", "period": "2025-11"})
    assert figure.count is None


def test_a_network_file_without_its_optional_threshold_verifies() -> None:
    """The network document reads back as written: a coordinator's file that leaves out
    ``suppression_threshold`` (default 5) is not taken for a forgery."""
    document = NETWORKS[5].document()
    document.pop("signature")
    document.pop("suppression_threshold")
    document["signature"] = signing.sign(document, COORDINATOR_KEY)
    network = check_network_document(document, NETWORKS[5].coordinator_key)
    assert network.suppression_threshold == 5
    assert network.document() == document
    assert net.verify_network(network, NETWORKS[5].coordinator_key)
