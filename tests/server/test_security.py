"""Every hostile upload is refused with the right status, and nothing is stored."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

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
