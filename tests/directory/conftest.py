"""Fixtures of the shared-network tests: a coordinator key, a network with the test CSO."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from db.store import Store
from directory import network as net
from directory import signing
from directory.sharing import keys

TODAY = dt.date(2026, 6, 15)
COORDINATOR_KEY = bytes(range(32))


def member_network(*stores: Store, threshold: int = 5, key: bytes = COORDINATOR_KEY) -> net.Network:
    network = net.create_network("maesot", "Mae Sot CSO network", key, threshold=threshold)
    for s in stores:
        pub = keys.cso_public_key(s)
        network = net.add_member(
            network,
            key,
            code=s.cso.code,
            name=s.cso.name,
            public_key=pub,
            fingerprint=signing.key_fingerprint(pub),
        )
    return network


@pytest.fixture
def network(store: Store) -> net.Network:
    return member_network(store)


@pytest.fixture
def shared(tmp_path: Path) -> Path:
    path = tmp_path / "shared"
    path.mkdir()
    return path
