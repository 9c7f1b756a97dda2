"""The bundle: schema, round trip, signatures, and the network file."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from pydantic import ValidationError

from db.demo import fill_demo_data
from db.store import Store
from directory import cube
from directory import network as net
from directory.bundle import Bundle, build_bundle, bundle_json_schema, sign_bundle, verify_bundle
from directory.errors import NetworkInvalid
from directory.sharing import keys
from directory.signing import key_fingerprint
from tests.directory.conftest import COORDINATOR_KEY, TODAY

SCHEMA_FILE = Path(__file__).parents[2] / "directory" / "schemas" / "saphan.bundle-1.schema.json"


def test_committed_schema_is_the_generated_one() -> None:
    committed = json.loads(SCHEMA_FILE.read_text(encoding="utf-8"))
    assert committed == bundle_json_schema(), (
        "regenerate directory/schemas/saphan.bundle-1.schema.json from directory.bundle"
    )


@pytest.fixture
def signed(store: Store, network: net.Network) -> Bundle:
    fill_demo_data(store, 120, seed=3, today=TODAY)
    bundle = build_bundle(store, network, today=TODAY)
    return sign_bundle(bundle, keys.ensure_cso_signing_key(store))


def test_round_trip_and_signature(signed: Bundle) -> None:
    import jsonschema

    document = json.loads(json.dumps(signed.document()))
    jsonschema.validate(document, json.loads(SCHEMA_FILE.read_text(encoding="utf-8")))
    again = Bundle.model_validate(document)
    assert again == signed
    assert verify_bundle(again, signed.cso.public_key)
    assert signed.programmes, "demo data reaches people"
    assert all(len(m.people) == cube.CUBE_SIZE for p in signed.programmes for m in p.months)


def test_forged_bundles_fail_verification(signed: Bundle) -> None:
    # Any change to the content breaks the signature.
    p = signed.programmes[0]
    bumped = [None if v is None else v + 1 for v in p.cumulative]
    forged = signed.model_copy(
        update={"programmes": [p.model_copy(update={"cumulative": bumped}), *signed.programmes[1:]]}
    )
    assert not verify_bundle(forged, signed.cso.public_key)
    # Signed by another key: not valid for this CSO's key.
    other = bytes(31) + b"\x01"
    resigned = signed.model_copy(
        update={
            "cso": signed.cso.model_copy(update={"public_key": net.signing.public_key_hex(other)})
        }
    )
    resigned = sign_bundle(resigned, other)
    assert not verify_bundle(resigned, signed.cso.public_key)


def test_schema_is_strict(signed: Bundle) -> None:
    document = signed.document()
    for change in (
        {"extra": 1},
        {"revision": -1},
        {"revision": "7"},
        {"participatory_projects": 1.5},
        {"schema": "saphan.bundle/2"},
        {"cso": {**document["cso"], "code": "../x"}},
    ):
        with pytest.raises(ValidationError):
            Bundle.model_validate({**document, **change})
    programme = dict(document["programmes"][0])
    programme["cumulative"] = [-1] * cube.CUBE_SIZE
    with pytest.raises(ValidationError):
        Bundle.model_validate({**document, "programmes": [programme]})


def test_network_signature_and_members(store: Store) -> None:
    network = net.create_network("maesot", "Mae Sot", COORDINATOR_KEY)
    assert net.verify_network(network)
    assert network.target("mhpss") == 1000
    assert network.target("participatory", net.PARTICIPATORY_PROJECTS) == 5
    assert network.reporting_period.months()[0] == "2024-12"
    assert network.reporting_period.months()[-1] == "2026-10"
    pub = keys.cso_public_key(store)
    with pytest.raises(NetworkInvalid):
        net.add_member(
            network,
            COORDINATOR_KEY,
            code="BEAM",
            name="BEAM",
            public_key=pub,
            fingerprint="AAAA-AAAA-AAAA-AAAA",
        )
    joined = net.add_member(
        network,
        COORDINATOR_KEY,
        code="BEAM",
        name="BEAM",
        public_key=pub,
        fingerprint=key_fingerprint(pub).lower(),
    )
    assert joined.revision == 2
    assert joined.member("BEAM") is not None
    assert net.verify_network(joined, network.coordinator_key)
    # Another coordinator key cannot pass as this network's.
    assert not net.verify_network(joined, "00" * 32)
    tampered = joined.model_copy(update={"suppression_threshold": 2})
    assert not net.verify_network(tampered)


def test_signing_key_is_generated_once(store: Store) -> None:
    first = keys.ensure_cso_signing_key(store)
    assert keys.ensure_cso_signing_key(store) == first
    fp = key_fingerprint(keys.cso_public_key(store))
    assert len(fp) == 19
    assert fp.count("-") == 3
    assert keys.ensure_network_signing_key(store) == keys.ensure_network_signing_key(store)
