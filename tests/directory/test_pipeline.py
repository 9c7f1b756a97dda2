"""The sharing pipeline: one publish path for every transport (the shared folder and the
coordination server give byte-identical bundles from the same database), counts read from one
snapshot, two write transactions per publish, a revision taken meanwhile built over, Cancel
before anything is written, and the coordination server fenced off the store."""

from __future__ import annotations

import ast
import datetime as dt
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import event

from db import settings, setup, sharing
from db.demo import fill_demo_data
from db.services import SERVICE_CATEGORIES as STORE_CATEGORIES
from db.services import SERVICE_LANGUAGES as STORE_LANGUAGES
from db.store import Store
from directory import bundle as builder
from directory import folder, server_client
from directory import network as net
from directory.bundle_schema import SERVICE_CATEGORIES, SERVICE_LANGUAGES
from directory.documents import encode
from directory.errors import FolderUnreachable
from directory.server.app import create_app
from directory.server.config import Settings
from directory.server.storage import CSO, Storage
from directory.sharing import memory, pipeline
from tests.directory.conftest import TODAY

BASE = "http://testserver"
FIXED = "2026-06-15T08:00:00Z"
FIXED_MOMENT = dt.datetime(2026, 6, 15, 8, 0, tzinfo=dt.UTC)
# The first revision reserved at FIXED: whole minutes since the epoch, times 64, device 0.
FIXED_REVISION = int(FIXED_MOMENT.timestamp()) // 60 * 64
ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def filled(store: Store, network: net.Network) -> Store:
    fill_demo_data(store, 40, seed=3, today=TODAY)
    return store


@pytest.fixture
def server(network: net.Network, tmp_path: Path) -> Iterator[tuple[TestClient, Storage, str]]:
    storage = Storage(f"sqlite:///{tmp_path / 'server.db'}")
    storage.upgrade()
    storage.create_network(
        "maesot", network.coordinator_key, network.revision, encode(network.document())
    )
    _, token = storage.issue_token("maesot", CSO, "BEAM")
    with TestClient(create_app(Settings(rate_per_second=1000, burst=1000), storage)) as client:
        yield client, storage, token
    storage.dispose()


@pytest.fixture
def fixed_clock(monkeypatch: pytest.MonkeyPatch) -> None:
    real = builder.utc_timestamp

    def stamp(now: Any = None) -> str:
        return FIXED if now is None else real(now)

    monkeypatch.setattr(builder, "utc_timestamp", stamp)
    monkeypatch.setattr(sharing, "utc_now", lambda: FIXED_MOMENT)


def test_folder_and_server_publish_the_same_bytes_through_one_pipeline(
    filled: Store,
    network: net.Network,
    shared: Path,
    server: tuple[TestClient, Storage, str],
    fixed_clock: None,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    client, storage, token = server
    ran: list[str] = []
    real_publish = pipeline.publish

    def spy(store: Store, transport: pipeline.Transport, *a: Any, **k: Any) -> Any:
        ran.append(transport.kind)
        return real_publish(store, transport, *a, **k)

    monkeypatch.setattr(pipeline, "publish", spy)

    by_folder = folder.publish_bundle(filled, network, shared, today=TODAY)
    settings.remember(filled, settings.BUNDLE_REVISION, 0)  # the same revision again
    by_server, result = server_client.publish_via_server(
        filled, BASE, "maesot", token=token, client=client, today=TODAY, network=network
    )

    assert ran == [memory.FOLDER, memory.SERVER]
    assert result.stored
    assert (by_folder.revision, by_server.revision) == (FIXED_REVISION, FIXED_REVISION)
    written = folder.bundle_path(shared, "BEAM").read_bytes()
    [(code, stored)] = storage.latest_bundles("maesot")
    assert code == "BEAM"
    assert written == stored.encode("utf-8") == encode(by_server.document())
    assert by_folder == by_server


def _count(store: Store, what: str) -> list[int]:
    seen = [0]

    def tick(*_: Any) -> None:
        seen[0] += 1

    event.listen(store.engine, what, tick)
    return seen


def test_a_bundle_reads_its_counts_in_one_read_transaction(
    filled: Store, network: net.Network
) -> None:
    from directory.sharing import keys

    keys.ensure_cso_signing_key(filled)  # made once, before
    begun = _count(filled, "begin")
    builder.build_bundle(filled, network, today=TODAY)
    assert begun[0] == 1


def test_one_publish_writes_twice(
    filled: Store,
    network: net.Network,
    shared: Path,
    server: tuple[TestClient, Storage, str],
) -> None:
    client, _, token = server
    commits = _count(filled, "commit")
    folder.publish_bundle(filled, network, shared, today=TODAY)
    assert commits[0] == 2  # claim the revision; remember how it went
    memory.accept_network(filled, network)  # pulled earlier
    commits[0] = 0
    published = pipeline.publish(
        filled,
        server_client.ServerTransport(BASE, "maesot", token, client),
        today=TODAY,
    )
    assert not published.queued
    assert commits[0] == 2  # claim + outbox; remember + empty the outbox
    assert server_client.pending_bundle(filled, BASE, "maesot") is None


def test_a_revision_claimed_meanwhile_is_built_over(
    filled: Store,
    network: net.Network,
    shared: Path,
    monkeypatch: pytest.MonkeyPatch,
    fixed_clock: None,
) -> None:
    real_build = pipeline.build_bundle
    calls: list[int] = []

    def build(store: Store, *a: Any, **k: Any) -> Any:
        bundle = real_build(store, *a, **k)
        calls.append(bundle.revision)
        if len(calls) == 1:  # another publish (the command line, say) claims it first
            assert sharing.claim_bundle_revision(store, bundle.revision)
        return bundle

    monkeypatch.setattr(pipeline, "build_bundle", build)
    published = pipeline.publish(filled, folder.FolderTransport(shared), network, today=TODAY)
    # Within the same minute, the next revision of this laptop's series (device 0).
    assert calls == [FIXED_REVISION, FIXED_REVISION + 64]
    assert published.bundle.revision == FIXED_REVISION + 64
    written = json.loads(folder.bundle_path(shared, "BEAM").read_bytes())
    assert written["revision"] == FIXED_REVISION + 64


class Stop(Exception):
    pass


@pytest.mark.parametrize("at", [pipeline.NETWORK, pipeline.COUNT, pipeline.SEND])
def test_cancel_before_anything_is_written(
    filled: Store, network: net.Network, shared: Path, at: str
) -> None:
    def step(name: str) -> None:
        if name == at:
            raise Stop

    commits = _count(filled, "commit")
    with pytest.raises(Stop):
        pipeline.publish(filled, folder.FolderTransport(shared), network, step=step)
    assert commits[0] == 0
    assert sharing.last_bundle_revision(filled) == 0
    assert not (shared / "bundles").exists()
    assert settings.get(filled, settings.LAST_PUBLISH) is None


def test_an_unreachable_folder_is_remembered_and_claims_nothing(
    filled: Store, network: net.Network, tmp_path: Path
) -> None:
    gone = tmp_path / "usb-stick"
    with pytest.raises(FolderUnreachable):
        pipeline.publish(filled, folder.FolderTransport(gone), network)
    assert sharing.last_bundle_revision(filled) == 0
    last = memory.last_publish(filled)
    assert last is not None
    assert (last.ok, last.problem, last.folder) == (False, "folder", str(gone))


def test_pull_reads_without_keeping_then_keeps_in_one_write(
    filled: Store, network: net.Network, shared: Path
) -> None:
    folder.write_network(shared, network)
    transport = folder.FolderTransport(shared)
    commits = _count(filled, "commit")
    pulled = pipeline.pull(filled, transport)
    assert (pulled.network, pulled.services, pulled.trust) == (network, None, "new")
    assert commits[0] == 0
    assert memory.stored_network(filled) is None
    pipeline.keep_pulled(filled, transport, pulled)
    assert commits[0] == 1
    assert memory.stored_network(filled) == network
    pipeline.keep_pulled(filled, transport, pulled)
    assert commits[0] == 1  # nothing new: nothing written


# --- the fence between the coordination server and the store ------------------------------


def test_the_server_and_the_store_agree_on_codes_and_vocabulary() -> None:
    """The CSO code pattern and the service vocabulary live in the store (which checks a
    CSO's own data) and in the shared schema (which the server checks with); the same."""
    assert net.CSO_CODE_RE.pattern == setup.CSO_CODE_RE.pattern
    assert SERVICE_CATEGORIES == STORE_CATEGORIES
    assert SERVICE_LANGUAGES == STORE_LANGUAGES


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(a.name for a in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
    return names


def test_the_store_keeps_key_bytes_only() -> None:
    """Ed25519 (making keys, public keys, fingerprints) is the sharing layer's; db/sharing.py
    only keeps the bytes."""
    imported = _imports(ROOT / "db" / "sharing.py")
    assert not [m for m in imported if m.startswith("cryptography")], imported


def test_the_one_store_module_the_server_reaches_imports_nothing() -> None:
    """The fence's one exception (pyproject.toml): db.errors, the typed errors' base class,
    which imports nothing itself."""
    assert _imports(ROOT / "db" / "errors.py") <= {"__future__"}
