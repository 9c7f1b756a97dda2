"""Request bodies that Python's JSON reader would read one way and other readers another (a
member named twice), or that took the old nesting check minutes, are refused at once."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from directory import network as net
from directory.folder import encode
from tests.fuzz.limits import cpu_limit
from tests.server.conftest import COORDINATOR_KEY, Env, body, make_bundle

URL = "/v1/networks/maesot/bundles/BEAM"
NETWORK_URL = "/v1/networks/maesot/network"


@pytest.fixture
def guarded(env: Env) -> Iterator[Env]:
    """The env; after the test, nothing more than before is stored."""
    before = env.storage.counts()
    yield env
    assert env.storage.counts() == before


def _put(env: Env, url: str, data: bytes, token: str) -> tuple[int, dict[str, object]]:
    r = env.client.put(url, content=data, headers=env.auth(token))
    return r.status_code, r.json()


def _with_member_first(data: bytes, member: bytes) -> bytes:
    return b"{" + member + b"," + data[1:]


def test_a_bundle_naming_a_member_twice_is_refused(guarded: Env) -> None:
    data = _with_member_first(body(make_bundle("BEAM", 1)), b'"participatory_projects":999')
    status, err = _put(guarded, URL, data, guarded.tokens["BEAM"])
    assert (status, err["reason"]) == (422, "duplicate_key")
    assert "twice" in str(err["message"])


def test_a_network_file_naming_a_member_twice_is_refused(guarded: Env) -> None:
    newer = net.remove_member(guarded.network, COORDINATOR_KEY, "KAQ")
    data = _with_member_first(encode(newer.document()), b'"members":[]')
    status, err = _put(guarded, NETWORK_URL, data, guarded.coordinator_token)
    assert (status, err["reason"]) == (422, "duplicate_key")
    assert guarded.storage.network_file("maesot").revision == guarded.network.revision  # type: ignore[union-attr]


def test_an_escaped_quote_flood_is_refused_at_once(guarded: Env) -> None:
    data = b'{"schema":"' + b'\\"' * 20_000  # 40 KB: some 10 s with the old check
    with cpu_limit(3.0):
        status, err = _put(guarded, URL, data, guarded.tokens["BEAM"])
    assert (status, err["reason"]) == (422, "unparsable")
