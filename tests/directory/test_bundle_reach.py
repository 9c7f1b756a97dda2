"""The bundle is byte for byte what it was before the reach table (issue 22): built from the
same data with counting read from the reach table (db/reach.py) and with the counting queries
as they were (tests/db/counting_oracle.py), open months only and with months closed."""

from __future__ import annotations

import pytest
from sqlalchemy import text

from db.demo import fill_demo_data
from db.store import Store
from directory import bundle as bundle_module
from directory import network as net
from directory.bundle import build_bundle, sign_bundle
from directory.closing import close_through
from directory.documents import encode
from directory.sharing import keys
from tests.db import counting_oracle
from tests.directory.conftest import TODAY


def _bytes(store: Store, network: net.Network) -> bytes:
    built = build_bundle(store, network, today=TODAY, revision=7)
    return encode(sign_bundle(built, keys.ensure_cso_signing_key(store)).document())


def _before_and_now(
    store: Store, network: net.Network, monkeypatch: pytest.MonkeyPatch
) -> tuple[bytes, bytes]:
    monkeypatch.setattr("directory.bundle.utc_timestamp", lambda *a: "2026-06-15T00:00:00Z")
    now = _bytes(store, network)
    with monkeypatch.context() as m:
        m.setattr(bundle_module, "counting", counting_oracle)
        before = _bytes(store, network)
    return before, now


def test_the_bundle_is_the_same_bytes_as_before(
    store: Store, network: net.Network, monkeypatch: pytest.MonkeyPatch
) -> None:
    fill_demo_data(store, 300, seed=5, today=TODAY)
    before, now = _before_and_now(store, network, monkeypatch)
    assert b'"people"' in now
    assert now == before
    # Counting really read the reach table: emptied, the bundle's people are gone.
    with store.write() as session:
        session.execute(text("DELETE FROM reach_months"))
    assert _bytes(store, network) != now


def test_with_closed_months_too(
    store: Store, network: net.Network, monkeypatch: pytest.MonkeyPatch
) -> None:
    fill_demo_data(store, 300, seed=6, today=TODAY)
    start = network.reporting_period.start
    close_through(store, start, network=network, today=TODAY)
    before, now = _before_and_now(store, network, monkeypatch)
    assert b'"closed_through"' in now
    assert now == before
