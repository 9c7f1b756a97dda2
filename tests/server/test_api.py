"""The API v1 on SQLite and PostgreSQL: publish, idempotent retries, revision guard, network
file updates, merged directory and report, several networks on one server."""

from __future__ import annotations

import json

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext

from directory import network as net
from directory import signing
from directory.folder import encode
from directory.server.storage import CSO, metadata
from directory.validation import check_bundle
from tests.server.conftest import (
    COORDINATOR_KEY,
    Env,
    make_bundle,
    make_network,
    private_key,
    setup_network,
)


def test_health(env: Env) -> None:
    r = env.client.get("/v1/health")
    assert r.status_code == 200
    assert r.json()["database"] == "ok"


def test_schema_matches_the_migrations(env: Env) -> None:
    with env.storage.engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn), metadata)
    assert diff == []


def test_publish_retry_and_revision_guard(env: Env) -> None:
    b1 = make_bundle("BEAM", 1)
    r = env.put_bundle(b1)
    assert r.status_code == 201, r.text
    assert r.json() == {"stored": True, "revision": 1, "sha256": r.json()["sha256"]}
    # A retry of the same upload: nothing changes.
    again = env.put_bundle(b1)
    assert again.status_code == 200
    assert again.json()["stored"] is False
    # Same revision, other content: refused.
    r = env.put_bundle(make_bundle("BEAM", 1, people=20))
    assert r.status_code == 409
    assert r.json()["error"] == "stale_revision"
    assert r.json()["stored_revision"] == 1
    assert env.put_bundle(make_bundle("BEAM", 3)).status_code == 201
    r = env.put_bundle(make_bundle("BEAM", 2))
    assert r.status_code == 409
    assert "not newer" in r.json()["message"]
    assert env.storage.bundle_revision("maesot", "BEAM") == 3
    assert env.storage.counts()["bundles"] == 1


def test_stored_bundle_is_the_signed_document(env: Env) -> None:
    bundle = make_bundle("KAQ", 5)
    assert env.put_bundle(bundle).status_code == 201
    [(code, document)] = env.storage.latest_bundles("maesot")
    assert code == "KAQ"
    assert check_bundle(json.loads(document), env.network, "KAQ") == bundle


def test_network_file_get_and_update(env: Env) -> None:
    r = env.client.get("/v1/networks/maesot/network", headers=env.auth(env.tokens["BEAM"]))
    assert r.status_code == 200
    assert signing.verify(r.json(), env.network.coordinator_key)
    assert r.json()["revision"] == env.network.revision

    newer = net.remove_member(env.network, COORDINATOR_KEY, "MTC")
    url = "/v1/networks/maesot/network"
    data = encode(newer.document())
    r = env.client.put(url, content=data, headers=env.auth(env.tokens["BEAM"]))
    assert r.status_code == 403
    assert r.json()["error"] == "wrong_role"
    r = env.client.put(url, content=data, headers=env.auth(env.coordinator_token))
    assert r.status_code == 201, r.text
    assert env.client.put(url, content=data, headers=env.auth(env.coordinator_token)).json() == {
        **r.json(),
        "stored": False,
    }
    # Signed by another key than the pinned coordinator key.
    other_key = bytes(range(1, 33))
    forged = net.create_network("maesot", "Forged", other_key)
    forged = forged.model_copy(update={"revision": 99})
    forged = net.sign_network(forged, other_key)
    r = env.client.put(
        url, content=encode(forged.document()), headers=env.auth(env.coordinator_token)
    )
    assert r.status_code == 422
    assert r.json()["reason"] == "bad_signature"
    # Older revision.
    r = env.client.put(
        url, content=encode(env.network.document()), headers=env.auth(env.coordinator_token)
    )
    assert r.status_code == 409
    assert env.storage.counts()["network_files"] == 2
    # The removed member can no longer publish.
    r = env.put_bundle(make_bundle("MTC", 1))
    assert r.status_code == 422
    assert r.json()["reason"] == "unknown_member"


def test_directory_and_aggregates(env: Env) -> None:
    for code in ("BEAM", "KAQ"):
        assert env.put_bundle(make_bundle(code, 2)).status_code == 201
    r = env.client.get("/v1/networks/maesot/directory", headers=env.auth(env.tokens["MTC"]))
    assert r.status_code == 200
    services = r.json()["services"]
    assert sorted(s["name"] for s in services) == ["Counselling at BEAM", "Counselling at KAQ"]

    r = env.client.get("/v1/networks/maesot/aggregates", headers=env.auth(env.tokens["BEAM"]))
    assert r.status_code == 403
    r = env.client.get("/v1/networks/maesot/aggregates", headers=env.auth(env.coordinator_token))
    assert r.status_code == 200
    report = r.json()
    assert report["bundles"] == {"BEAM": 2, "KAQ": 2}
    mhpss = next(p for p in report["progress"] if p["programme"] == "mhpss")
    assert mhpss["reached"] == 24
    assert mhpss["target"] == 1000
    assert report["aggregates"]["hxl"][0] == "#org+code"
    assert report["completeness"]["MTC"]["2024-12"] is False


def test_several_networks_on_one_server(env: Env) -> None:
    maesai = make_network(["BEAM", "SAI"], network_id="maesai")
    coordinator, tokens = setup_network(env.storage, maesai)
    # A CSO in both networks publishes to each with that network's token only.
    assert env.put_bundle(make_bundle("BEAM", 1, "maesai"), tokens["BEAM"]).status_code == 201
    r = env.put_bundle(make_bundle("BEAM", 2, "maesai"), env.tokens["BEAM"])
    assert (r.status_code, r.json()["error"]) == (404, "unknown_network")
    r = env.client.get("/v1/networks/maesai/aggregates", headers=env.auth(env.coordinator_token))
    assert r.status_code == 404
    r = env.client.get("/v1/networks/maesai/aggregates", headers=env.auth(coordinator))
    assert r.json()["bundles"] == {"BEAM": 1}
    r = env.client.get("/v1/networks/maesot/aggregates", headers=env.auth(env.coordinator_token))
    assert r.json()["bundles"] == {}
    # A bundle for one network is refused by the other.
    r = env.put_bundle(make_bundle("BEAM", 5, "maesai"), env.tokens["BEAM"], cso="BEAM")
    assert r.status_code == 404
    assert env.storage.bundle_revision("maesai", "BEAM") == 1


def test_unknown_network_is_404(env: Env) -> None:
    r = env.client.get("/v1/networks/ranong/network", headers=env.auth(env.tokens["BEAM"]))
    assert r.status_code == 404
    assert r.json()["error"] == "unknown_network"


@pytest.mark.parametrize(
    ("method", "what"),
    [
        ("GET", "network"),
        ("PUT", "network"),
        ("GET", "directory"),
        ("GET", "aggregates"),
        ("PUT", "bundles/BEAM"),
    ],
)
def test_a_token_does_not_tell_which_other_networks_exist(env: Env, method: str, what: str) -> None:
    # "maesai" exists (another coordinator's network); "ranong" does not. A valid token of
    # maesot gets the very same answer for both, whatever the request and the token's role.
    setup_network(env.storage, make_network(["BEAM"], network_id="maesai"))
    for token in (env.tokens["BEAM"], env.coordinator_token):
        answers = []
        for network in ("maesai", "ranong"):
            r = env.client.request(
                method,
                f"/v1/networks/{network}/{what}",
                content=b"{}" if method == "PUT" else None,
                headers=env.auth(token),
            )
            body = r.json()
            body["message"] = body["message"].replace(network, "N")
            answers.append((r.status_code, body, r.headers.get("content-length")))
        assert answers[0] == answers[1]
        assert answers[0][0] == 404


def test_rate_limit(env: Env) -> None:
    from fastapi.testclient import TestClient

    from directory.server.app import create_app
    from directory.server.config import Settings

    app = create_app(Settings(rate_per_second=0.001, burst=3), env.storage)
    with TestClient(app) as client:
        headers = env.auth(env.tokens["BEAM"])
        codes = [
            client.get("/v1/networks/maesot/network", headers=headers).status_code for _ in range(5)
        ]
    assert codes == [200, 200, 200, 429, 429]


def test_openapi_documents_v1(env: Env) -> None:
    paths = env.client.get("/openapi.json").json()["paths"]
    assert "/v1/networks/{network}/bundles/{cso}" in paths
    assert "/v1/health" in paths


def test_tokens_are_stored_hashed(env: Env) -> None:
    _, token = env.storage.issue_token("maesot", CSO, "BEAM", "laptop 2")
    with env.storage.engine.connect() as conn:
        dump = json.dumps([list(map(str, r)) for r in conn.exec_driver_sql("SELECT * FROM tokens")])
    assert token not in dump
    assert private_key("BEAM").hex() not in dump
