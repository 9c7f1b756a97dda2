"""Every hostile upload is refused with the right status, and nothing is stored; failed
authentication is limited per client address (X-Forwarded-For believed from a trusted proxy
only)."""

from __future__ import annotations

import secrets
from collections.abc import Iterator

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient
from httpx import Response

from directory.server.app import create_app
from directory.server.config import ConfigError, Settings
from directory.server.guards import FailureLimiter
from tests.server.conftest import Env, body, make_bundle

URL = "/v1/networks/maesot/bundles/BEAM"


@pytest.fixture
def guarded(env: Env) -> Iterator[Env]:
    """The env; after the test, nothing more than before is stored."""
    before = env.storage.counts()
    yield env
    assert env.storage.counts() == before
    assert env.storage.bundle_revision("maesot", "BEAM") is None


def _put(env: Env, data: bytes, token: str | None, url: str = URL) -> tuple[int, dict[str, object]]:
    headers = {"Authorization": f"Bearer {token}"} if token is not None else {}
    r = env.client.put(url, content=data, headers=headers)
    return r.status_code, r.json()


def test_no_token(guarded: Env) -> None:
    status, err = _put(guarded, body(make_bundle("BEAM", 1)), None)
    assert (status, err["error"]) == (401, "no_token")


def test_wrong_token(guarded: Env) -> None:
    status, err = _put(guarded, body(make_bundle("BEAM", 1)), "sph_" + "x" * 43)
    assert (status, err["error"]) == (401, "bad_token")


def test_another_csos_token(guarded: Env) -> None:
    status, err = _put(guarded, body(make_bundle("BEAM", 1)), guarded.tokens["KAQ"])
    assert (status, err["error"]) == (403, "wrong_cso")


def test_coordinator_token_cannot_publish_a_bundle(guarded: Env) -> None:
    status, _ = _put(guarded, body(make_bundle("BEAM", 1)), guarded.coordinator_token)
    assert status == 403


def test_revoked_token(guarded: Env) -> None:
    assert guarded.storage.revoke_tokens("maesot", cso_code="BEAM") == 1
    status, err = _put(guarded, body(make_bundle("BEAM", 1)), guarded.tokens["BEAM"])
    assert (status, err["error"]) == (403, "token_revoked")


def test_forged_signature(guarded: Env) -> None:
    forged = make_bundle("BEAM", 1, key=bytes(32))
    status, err = _put(guarded, body(forged), guarded.tokens["BEAM"])
    assert (status, err["reason"]) == (422, "bad_signature")


def test_bundle_of_another_cso_under_own_token(guarded: Env) -> None:
    # KAQ's valid bundle sent to BEAM's address with BEAM's token.
    status, err = _put(guarded, body(make_bundle("KAQ", 1)), guarded.tokens["BEAM"])
    assert (status, err["reason"]) == (422, "filename_mismatch")


def test_tampered_counts(guarded: Env) -> None:
    doc = make_bundle("BEAM", 1).document()
    doc["participatory_projects"] = 7
    import json

    status, err = _put(guarded, json.dumps(doc).encode(), guarded.tokens["BEAM"])
    assert (status, err["reason"]) == (422, "bad_signature")


def test_small_cell(guarded: Env) -> None:
    status, err = _put(guarded, body(make_bundle("BEAM", 1, people=3)), guarded.tokens["BEAM"])
    assert (status, err["reason"]) == (422, "small_cell")


def test_oversized_body(guarded: Env) -> None:
    data = b'{"pad": "' + b"x" * (5 * 1024 * 1024) + b'"}'
    status, err = _put(guarded, data, guarded.tokens["BEAM"])
    assert (status, err["error"]) == (413, "too_large")


def test_oversized_streamed_body_without_length(guarded: Env) -> None:
    def chunks() -> Iterator[bytes]:
        for _ in range(7):
            yield b" " * (1024 * 1024)

    r = guarded.client.put(
        URL, content=chunks(), headers={"Authorization": f"Bearer {guarded.tokens['BEAM']}"}
    )
    assert r.status_code == 413


def test_malformed_json(guarded: Env) -> None:
    status, err = _put(guarded, b'{"schema": "saphan.bundle/1", ', guarded.tokens["BEAM"])
    assert (status, err["reason"]) == (422, "unparsable")


def test_not_utf8(guarded: Env) -> None:
    status, err = _put(guarded, b"\xff\xfe{}", guarded.tokens["BEAM"])
    assert (status, err["reason"]) == (422, "unparsable")


def test_deep_json(guarded: Env) -> None:
    status, err = _put(guarded, b"[" * 100_000 + b"]" * 100_000, guarded.tokens["BEAM"])
    assert (status, err["reason"]) == (422, "too_deep")


def test_not_a_bundle(guarded: Env) -> None:
    status, err = _put(guarded, b'{"schema": "saphan.bundle/1"}', guarded.tokens["BEAM"])
    assert (status, err["reason"]) == (422, "invalid")


@pytest.mark.parametrize(
    "path",
    [
        "/v1/networks/maesot/bundles/beam",
        "/v1/networks/maesot/bundles/BEAM.json",
        "/v1/networks/maesot/bundles/..%2FBEAM",
        "/v1/networks/maesot/bundles/%2e%2e",
        "/v1/networks/maesot/bundles/BE%00AM",
        "/v1/networks/maesot/bundles/BEAM%20",
        "/v1/networks/maesot/bundles/BEAM/../KAQ",
        "/v1/networks/MAESOT/bundles/BEAM",
        "/v1/networks/..%2Fmaesot/bundles/BEAM",
        "/v1/networks/maesot%00/bundles/BEAM",
    ],
)
def test_path_tricks(guarded: Env, path: str) -> None:
    r = guarded.client.put(
        path,
        content=body(make_bundle("BEAM", 1)),
        headers={"Authorization": f"Bearer {guarded.tokens['BEAM']}"},
    )
    assert r.status_code in (400, 403, 404), (path, r.status_code)
    assert "error" in r.json()


def test_network_file_needs_the_coordinator(guarded: Env) -> None:
    from directory import network as net
    from tests.server.conftest import COORDINATOR_KEY

    newer = net.remove_member(guarded.network, COORDINATOR_KEY, "KAQ")
    from directory.folder import encode

    for token in (guarded.tokens["BEAM"], None, "sph_nope"):
        status, _ = _put(guarded, encode(newer.document()), token, "/v1/networks/maesot/network")
        assert status in (401, 403)
    assert guarded.storage.network_file("maesot").revision == guarded.network.revision  # type: ignore[union-attr]


# --- failed authentication, per client address ---------------------------------------------


def _limited_app(env: Env, **settings: object) -> FastAPI:
    """The API with 3 failed authentications allowed per address and minute."""
    return create_app(
        Settings(rate_per_second=1000.0, burst=1000, auth_failures=3, **settings),
        env.storage,
    )


def _get(client: TestClient, token: str | None, **headers: str) -> Response:
    if token is not None:
        headers["Authorization"] = f"Bearer {token}"
    return client.get("/v1/networks/maesot/network", headers=headers)


def test_unknown_tokens_are_rate_limited_per_address(env: Env) -> None:
    app = _limited_app(env)
    attacker = TestClient(app, client=("192.0.2.7", 40000))
    other = TestClient(app, client=("198.51.100.3", 40000))
    wrong = ["sph_" + secrets.token_urlsafe(32) for _ in range(3)]
    assert [_get(attacker, t).status_code for t in wrong] == [401, 401, 401]
    # The address is now refused, whatever it sends: an unknown token, none, a valid one.
    for token in ("sph_" + secrets.token_urlsafe(32), None, env.tokens["BEAM"]):
        r = _get(attacker, token)
        assert (r.status_code, r.json()["error"]) == (429, "too_many_failures")
        assert 1 <= int(r.headers["Retry-After"]) <= 60
    # Another client is not affected: it authenticates, and its own failures count for it.
    assert _get(other, env.tokens["BEAM"]).status_code == 200
    assert _get(other, "sph_nope").status_code == 401


def test_missing_and_revoked_tokens_count_as_failures(env: Env) -> None:
    client = TestClient(_limited_app(env), client=("192.0.2.8", 40000))
    env.storage.revoke_tokens("maesot", cso_code="KAQ")
    codes = [_get(client, t).status_code for t in (None, env.tokens["KAQ"], "sph_x", "sph_y")]
    assert codes == [401, 403, 401, 429]


def test_successful_authentication_is_not_counted(env: Env) -> None:
    client = TestClient(_limited_app(env), client=("192.0.2.9", 40000))
    codes = [_get(client, env.tokens["BEAM"]).status_code for _ in range(10)]
    assert codes == [200] * 10


def test_forwarded_for_is_ignored_by_default(env: Env) -> None:
    # Without --behind-proxy, X-Forwarded-For is the client's to write: it must not let an
    # attacker pose as a new address on every attempt.
    client = TestClient(_limited_app(env), client=("127.0.0.1", 40000))
    codes = [
        _get(client, "sph_nope", **{"X-Forwarded-For": f"203.0.113.{i}"}).status_code
        for i in range(5)
    ]
    assert codes == [401, 401, 401, 429, 429]


def test_forwarded_for_is_believed_from_the_trusted_proxy_only(env: Env) -> None:
    app = _limited_app(env, behind_proxy=True, trusted_proxies="10.0.0.1")
    proxy = TestClient(app, client=("10.0.0.1", 40000))
    stranger = TestClient(app, client=("10.0.0.9", 40000))

    def xff(value: str) -> dict[str, str]:
        return {"X-Forwarded-For": value}

    # Through the proxy, each client is the address the proxy saw (the rightmost one that is
    # not the proxy's: what a client wrote itself further left does not count).
    for _ in range(3):
        assert _get(proxy, "sph_nope", **xff("198.51.100.1")).status_code == 401
    assert _get(proxy, "sph_nope", **xff("198.51.100.1")).status_code == 429
    assert _get(proxy, "sph_nope", **xff("203.0.113.5, 198.51.100.1")).status_code == 429
    assert _get(proxy, env.tokens["BEAM"], **xff("198.51.100.2")).status_code == 200
    # A peer that is not the trusted proxy cannot choose its address by the header.
    codes = [
        _get(stranger, "sph_nope", **xff(f"198.51.100.{i}")).status_code for i in range(10, 15)
    ]
    assert codes == [401, 401, 401, 429, 429]


def test_trusted_proxies_must_be_addresses() -> None:
    with pytest.raises(ConfigError, match="not an address"):
        Settings(behind_proxy=True, trusted_proxies="proxy.local").check_serving()
    assert len(Settings(trusted_proxies="127.0.0.1, 172.30.47.0/24").trusted_proxy_networks) == 2


def test_per_token_limit_also_covers_requests_for_other_networks(env: Env) -> None:
    # Probing network codes with a valid token is no way around the per-token limit.
    app = create_app(Settings(rate_per_second=0.001, burst=3), env.storage)
    client = TestClient(app)
    headers = {"Authorization": f"Bearer {env.tokens['BEAM']}"}
    codes = [
        client.get(f"/v1/networks/n{i}/network", headers=headers).status_code for i in range(5)
    ]
    assert codes == [404, 404, 404, 429, 429]
    assert "Retry-After" in client.get("/v1/networks/maesot/network", headers=headers).headers


def test_failure_limiter_forgets_addresses_within_its_bound() -> None:
    limiter = FailureLimiter(failures=2, window=60.0, max_clients=100)
    for i in range(1000):
        limiter.failed(f"10.1.{i // 256}.{i % 256}")
    assert len(limiter._buckets) <= 100
    limiter.failed("192.0.2.1")
    limiter.failed("192.0.2.1")
    assert 0 < limiter.blocked("192.0.2.1") <= 30.0
    assert limiter.blocked("192.0.2.2") == 0.0
