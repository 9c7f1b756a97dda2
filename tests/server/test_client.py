"""The client: publish with retries, the outbox for offline publishes, tokens in the keyring
only, and ``saphan-server`` commands."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import httpx
import keyring
import pytest
from fastapi.testclient import TestClient
from keyring.backends.fail import Keyring as FailKeyring

from db.errors import KeyringUnavailable
from db.store import Store
from directory import server_client as sc
from directory.folder import encode
from directory.server import cli as server_cli
from directory.server.app import create_app
from directory.server.config import Settings
from directory.server.storage import CSO, Storage
from tests.directory.conftest import COORDINATOR_KEY, TODAY, member_network
from tests.server.conftest import Env, make_bundle

BASE = "http://testserver"


def relay(client: TestClient, fail: int = 0, method: str = "PUT", status: int = 0) -> httpx.Client:
    """An httpx client to the test app whose first ``fail`` ``method`` requests fail (a
    connection error, or ``status`` when given)."""
    calls = {"failed": 0}

    def handler(request: httpx.Request) -> httpx.Response:
        if request.method == method and calls["failed"] < fail:
            calls["failed"] += 1
            if status:
                return httpx.Response(status, json={"error": "down", "message": "down"})
            raise httpx.ConnectError("connection refused", request=request)
        r = client.request(
            request.method, str(request.url), content=request.content, headers=request.headers
        )
        return httpx.Response(r.status_code, content=r.content, headers=r.headers)

    return httpx.Client(transport=httpx.MockTransport(handler))


def test_publish_retries_on_connection_errors_and_5xx(env: Env) -> None:
    bundle = make_bundle("BEAM", 1)
    with relay(env.client, fail=2) as http:
        result = sc.publish_to_server(
            bundle, BASE, "maesot", env.tokens["BEAM"], client=http, backoff=0
        )
    assert result == sc.PublishResult(1, stored=True)
    with relay(env.client, fail=3, status=503) as http:
        result = sc.publish_to_server(
            bundle, BASE, "maesot", env.tokens["BEAM"], client=http, backoff=0
        )
    assert result.stored is False  # the retry of a stored bundle: nothing duplicated
    assert env.storage.counts()["bundles"] == 1


def test_retries_are_bounded(env: Env) -> None:
    with relay(env.client, fail=99) as http, pytest.raises(sc.ServerUnreachable):
        sc.publish_to_server(
            make_bundle("BEAM", 1), BASE, "maesot", env.tokens["BEAM"], client=http, backoff=0
        )
    assert env.storage.counts()["bundles"] == 0


def test_refusals_are_typed(env: Env) -> None:
    with pytest.raises(sc.ServerError) as refused:
        sc.publish_to_server(make_bundle("BEAM", 1), BASE, "maesot", "sph_nope", client=env.client)
    assert (refused.value.status, refused.value.reason) == (401, "bad_token")
    sc.publish_to_server(
        make_bundle("BEAM", 4), BASE, "maesot", env.tokens["BEAM"], client=env.client
    )
    with pytest.raises(sc.ServerError) as stale:
        sc.publish_to_server(
            make_bundle("BEAM", 2), BASE, "maesot", env.tokens["BEAM"], client=env.client
        )
    assert (stale.value.reason, stale.value.stored_revision) == ("stale_revision", 4)


def test_pull_network_and_directory(env: Env) -> None:
    token = env.tokens["KAQ"]
    assert (
        sc.pull_network(BASE, "maesot", token, env.network.coordinator_key, client=env.client)
        == env.network
    )
    with pytest.raises(Exception, match="bad_signature"):
        sc.pull_network(BASE, "maesot", token, "ab" * 32, client=env.client)
    sc.publish_to_server(make_bundle("KAQ", 1), BASE, "maesot", token, client=env.client)
    services = sc.pull_directory(BASE, "maesot", token, client=env.client)
    assert [s["name"] for s in services] == ["Counselling at KAQ"]


def test_tokens_only_in_the_keyring() -> None:
    sc.save_token(BASE, "maesot", "BEAM", "sph_secret")
    assert sc.load_token(BASE + "/", "maesot", "BEAM") == "sph_secret"
    sc.forget_token(BASE, "maesot", "BEAM")
    with pytest.raises(sc.ServerError, match="no server token"):
        sc.load_token(BASE, "maesot", "BEAM")
    keyring.set_keyring(FailKeyring())
    with pytest.raises(KeyringUnavailable):
        sc.save_token(BASE, "maesot", "BEAM", "sph_secret")
    with pytest.raises(KeyringUnavailable):
        sc.load_token(BASE, "maesot", "BEAM")


@pytest.fixture
def cso_server(store: Store, database_url: str) -> Iterator[tuple[TestClient, Storage, str]]:
    """A server whose network has the test CSO (a real encrypted CSO database) as member."""
    from db.demo import fill_demo_data

    fill_demo_data(store, 40, seed=3, today=TODAY)
    network = member_network(store)
    storage = Storage(database_url)
    storage.upgrade()
    storage.create_network(
        "maesot", network.coordinator_key, network.revision, encode(network.document())
    )
    _, token = storage.issue_token("maesot", CSO, "BEAM")
    with TestClient(create_app(Settings(rate_per_second=1000, burst=1000), storage)) as client:
        yield client, storage, token
    storage.dispose()


def test_publish_via_server_and_the_outbox(
    store: Store, cso_server: tuple[TestClient, Storage, str]
) -> None:
    client, storage, token = cso_server
    sc.save_token(BASE, "maesot", "BEAM", token)
    key = member_network(store).coordinator_key
    bundle, result = sc.publish_via_server(
        store, BASE, "maesot", trusted_coordinator_key=key, client=client, today=TODAY
    )
    assert result.stored
    assert not result.queued
    assert storage.bundle_revision("maesot", "BEAM") == bundle.revision
    assert sc.pending_bundle(store, BASE, "maesot") is None

    # Offline: the network file comes, the upload does not; the bundle waits.
    with relay(client, fail=99) as offline:
        queued, result = sc.publish_via_server(
            store, BASE, "maesot", client=offline, today=TODAY, attempts=2
        )
    assert result.queued
    assert sc.pending_bundle(store, BASE, "maesot") == queued
    assert storage.bundle_revision("maesot", "BEAM") == bundle.revision
    # Back online: the outbox goes.
    sent = sc.send_outbox(store, BASE, "maesot", token, client=client)
    assert sent is not None
    assert sent.revision == queued.revision
    assert storage.bundle_revision("maesot", "BEAM") == queued.revision
    assert sc.pending_bundle(store, BASE, "maesot") is None
    assert sc.send_outbox(store, BASE, "maesot", token, client=client) is None


def test_publish_after_restoring_an_old_backup(
    store: Store, cso_server: tuple[TestClient, Storage, str]
) -> None:
    client, storage, token = cso_server
    # The server holds a newer revision (published before this database was restored).
    from db import settings

    sc.publish_via_server(store, BASE, "maesot", token=token, client=client, today=TODAY)
    settings.remember(store, settings.BUNDLE_REVISION, 39)
    first = storage.bundle_revision("maesot", "BEAM")
    assert first is not None
    # ... a revision far above the clock's (another laptop's, of device 5), kept by the server.
    held = first + 64 * 1000 + 5
    with storage.engine.begin() as conn:
        conn.exec_driver_sql(f"UPDATE bundles SET revision = {held}")
    bundle, result = sc.publish_via_server(
        store, BASE, "maesot", token=token, client=client, today=TODAY
    )
    assert result.stored
    assert bundle.revision == (held // 64 + 1) * 64  # the next of this laptop's series (device 0)


def test_server_cli(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    url = f"sqlite:///{tmp_path / 'cli.db'}"
    network = member_network(key=COORDINATOR_KEY)
    path = tmp_path / "network.json"
    path.write_bytes(encode(network.document()))
    assert server_cli.main(["--database-url", url, "init"]) == 0
    assert (
        server_cli.main(
            [
                "--database-url",
                url,
                "create-network",
                "--network",
                "maesot",
                "--network-file",
                str(path),
            ]
        )
        == 0
    )
    assert (
        server_cli.main(
            [
                "--database-url",
                url,
                "create-network",
                "--network",
                "maesot",
                "--network-file",
                str(path),
            ]
        )
        == 2
    )
    capsys.readouterr()
    assert (
        server_cli.main(
            ["--database-url", url, "issue-token", "--network", "maesot", "--cso", "BEAM"]
        )
        == 0
    )
    token = capsys.readouterr().out.splitlines()[-1]
    assert token.startswith("sph_")
    assert (
        server_cli.main(
            ["--database-url", url, "issue-token", "--network", "maesot", "--coordinator"]
        )
        == 0
    )
    assert server_cli.main(["--database-url", url, "list-tokens"]) == 0
    listing = capsys.readouterr().out
    assert "BEAM" in listing
    assert token not in listing
    assert (
        server_cli.main(
            ["--database-url", url, "revoke-token", "--network", "maesot", "--cso", "BEAM"]
        )
        == 0
    )
    storage = Storage(url)
    info = storage.find_token(token)
    assert info is not None
    assert info.revoked
    storage.dispose()
    # A forged network file is refused.
    doc = network.document()
    doc["name"] = "Forged"
    path.write_bytes(encode(doc))
    assert (
        server_cli.main(
            [
                "--database-url",
                url,
                "create-network",
                "--network",
                "other",
                "--network-file",
                str(path),
            ]
        )
        == 2
    )


def test_serving_off_loopback_needs_tls(capsys: pytest.CaptureFixture[str]) -> None:
    assert server_cli.main(["--database-url", "sqlite://", "serve", "--bind", "0.0.0.0"]) == 2
    assert "without TLS" in capsys.readouterr().err


@pytest.mark.slow
def test_saphan_publish_server_command(
    store: Store,
    db_path: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    from db import sharing
    from desktop.cli import main
    from tests.conftest import ADMIN_PASSWORD

    # Revisions are counted by the clock (minutes since the epoch * 64 + device): hold it still.
    moment = dt.datetime(2026, 6, 15, 8, 0, tzinfo=dt.UTC)
    monkeypatch.setattr(sharing, "utc_now", lambda: moment)
    first = int(moment.timestamp()) // 60 * 64
    from tests.server.conftest import ServerProcess

    url = f"sqlite:///{tmp_path / 'srv.db'}"
    storage = Storage(url)
    storage.upgrade()
    network = member_network(store)
    storage.create_network("maesot", network.coordinator_key, 1, encode(network.document()))
    _, token = storage.issue_token("maesot", CSO, "BEAM")
    server = ServerProcess(url)
    server.start()
    monkeypatch.setenv("SAPHAN_PASSWORD", ADMIN_PASSWORD)
    monkeypatch.setenv("SAPHAN_SERVER_TOKEN", token)
    common = [
        "--db",
        str(db_path),
        "--user",
        "admin",
        "--server",
        server.url,
        "--network",
        "maesot",
    ]
    try:
        assert main(["server-token", *common]) == 0
        assert main(["publish", *common]) == 0
        assert f"Published revision {first}" in capsys.readouterr().out
        server.kill()
        assert main(["publish", *common]) == 0
        assert "waits in the outbox" in capsys.readouterr().out
        server.start()
        assert main(["publish", *common]) == 0
        out = capsys.readouterr().out
        assert f"Sent revision {first + 64}, which was waiting" in out
        assert f"Published revision {first + 128}" in out
        assert storage.bundle_revision("maesot", "BEAM") == first + 128
        assert main(["publish", "--db", str(db_path), "--user", "admin"]) == 2
        assert "either --folder" in capsys.readouterr().err
    finally:
        server.stop()
        storage.dispose()
