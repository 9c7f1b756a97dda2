"""The merged service directory reads back as it was shared: every service a CSO can describe,
with each optional field empty or filled, appears in the Directory page's listing as written
(from the shared folder's signed directory.json, and from the copy kept for offline use)."""

from __future__ import annotations

import json
import tempfile
from dataclasses import asdict
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from db.services import ServiceInfo
from desktop.directory_page.page import Listing, _from_hsds
from directory import folder as shared
from directory.bundle import CsoFigures, assemble_bundle, sign_bundle
from directory.merge import merge
from tests.directory.test_bundle_round_trip import (
    COORDINATOR_KEY,
    CSO_KEY,
    NETWORKS,
    PROFILE,
    SPAN,
    services,
)

NOTHING = CsoFigures(programme_codes={}, reach=[], sessions={}, referrals={})


@settings(max_examples=20, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(offered=st.lists(services(), max_size=4, unique_by=lambda s: s.uuid))
def test_every_shared_service_reads_back_into_the_directory(offered: list[ServiceInfo]) -> None:
    network = NETWORKS[5]
    bundle = sign_bundle(
        assemble_bundle(network, SPAN, cso=PROFILE, services=offered, figures=NOTHING, revision=1),
        CSO_KEY,
    )
    with tempfile.TemporaryDirectory(prefix="saphan-directory-") as root:
        folder = Path(root)
        shared.write_directory(folder, merge([bundle], network), network, COORDINATOR_KEY)
        listed = [_from_hsds(s) for s in shared.read_directory(folder, network)]
    expected = [
        Listing(
            organisation=PROFILE.name,
            name=s.name,
            category=s.category,
            description=s.description,
            languages=s.languages,
            eligibility=s.eligibility,
            hours=s.hours,
            area=s.area,
            contact=s.contact,
            how_to_refer=s.how_to_refer,
            cost=s.cost,
            status=s.status.value,
            own=False,
            cso_code=PROFILE.code,  # the member that gives it (a referral's receiving CSO)
        )
        for s in offered
    ]
    assert listed == expected
    # The copy kept for offline use (the Directory page's cache) reads back the same.
    cached = json.loads(json.dumps([asdict(s) for s in listed]))
    assert [Listing(**{**c, "languages": tuple(c["languages"])}) for c in cached] == listed
