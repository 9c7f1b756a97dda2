"""Faults: the server killed mid-upload and restarted, a client gone mid-body, the database
unavailable (503 with a clear message) and back."""

from __future__ import annotations

import contextlib
import json
import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from sqlalchemy.engine import make_url

from directory import server_client as sc
from directory.server.app import create_app
from directory.server.config import Settings
from directory.server.storage import Storage
from directory.validation import check_bundle
from tests.server.conftest import (
    ServerProcess,
    body,
    free_port,
    make_bundle,
    make_network,
    setup_network,
)


@pytest.fixture
def served(database_url: str) -> Iterator[tuple[ServerProcess, Storage, dict[str, str]]]:
    storage = Storage(database_url)
    storage.upgrade()
    _, tokens = setup_network(storage, make_network(["BEAM", "KAQ"]))
    server = ServerProcess(database_url)
    server.start()
    yield server, storage, tokens
    server.stop()
    storage.dispose()


@pytest.mark.slow
def test_server_killed_mid_upload_and_restarted(
    served: tuple[ServerProcess, Storage, dict[str, str]],
) -> None:
    server, storage, tokens = served
    results: list[sc.PublishResult] = []
    errors: list[BaseException] = []
    last = 60

    def upload() -> None:
        try:
            for revision in range(1, last + 1):
                bundle = make_bundle("BEAM", revision)
                results.append(
                    sc.publish_to_server(
                        bundle, server.url, "maesot", tokens["BEAM"], attempts=40, backoff=0.05
                    )
                )
                time.sleep(0.01)
        except BaseException as exc:
            errors.append(exc)

    worker = threading.Thread(target=upload)
    worker.start()
    for _ in range(3):
        time.sleep(0.25)
        server.kill()  # SIGKILL, whatever it was doing
        time.sleep(0.3)
        server.start()
    worker.join(120)
    assert not errors, errors
    assert [r.revision for r in results] == list(range(1, last + 1))
    assert storage.bundle_revision("maesot", "BEAM") == last
    [(code, document)] = storage.latest_bundles("maesot")
    check_bundle(json.loads(document), make_network(["BEAM", "KAQ"]), code)
    if storage.url.startswith("sqlite"):
        with storage.engine.connect() as conn:
            assert conn.exec_driver_sql("PRAGMA integrity_check").scalar() == "ok"


def test_client_gone_mid_body_stores_nothing(
    served: tuple[ServerProcess, Storage, dict[str, str]],
) -> None:
    server, storage, tokens = served
    data = body(make_bundle("KAQ", 1))
    head = (
        f"PUT /v1/networks/maesot/bundles/KAQ HTTP/1.1\r\nHost: 127.0.0.1\r\n"
        f"Authorization: Bearer {tokens['KAQ']}\r\nContent-Type: application/json\r\n"
        f"Content-Length: {len(data)}\r\n\r\n"
    ).encode()
    with socket.create_connection(("127.0.0.1", server.port)) as s:
        s.sendall(head + data[: len(data) // 2])
    time.sleep(0.3)
    assert storage.counts()["bundles"] == 0
    result = sc.publish_to_server(make_bundle("KAQ", 1), server.url, "maesot", tokens["KAQ"])
    assert result.stored


def test_database_on_a_closed_port_is_503() -> None:
    url = f"postgresql+psycopg://postgres@127.0.0.1:{free_port()}/postgres"
    with TestClient(create_app(Settings(database_url=url))) as client:
        r = client.get("/v1/health")
        assert r.status_code == 503
        assert r.json()["error"] == "database_unavailable"
        assert "unavailable" in r.json()["message"]
        r = client.put(
            "/v1/networks/maesot/bundles/BEAM",
            content=b"{}",
            headers={"Authorization": "Bearer sph_x"},
        )
        assert r.status_code == 503


def test_sqlite_database_missing_then_back(tmp_path: Path) -> None:
    folder = tmp_path / "gone"
    url = f"sqlite:///{folder / 'server.db'}"
    storage = Storage(url)
    with TestClient(create_app(Settings(database_url=url), storage)) as client:
        assert client.get("/v1/health").status_code == 503
        folder.mkdir()
        storage.upgrade()
        assert client.get("/v1/health").status_code == 200
    storage.dispose()


class Relay:
    """A TCP relay to PostgreSQL that can be cut (the database "goes away") and restored."""

    def __init__(self, target: tuple[str, int]) -> None:
        self.target = target
        self.port = free_port()
        self.listener: socket.socket | None = None
        self.conns: list[socket.socket] = []

    def up(self) -> None:
        self.listener = socket.create_server(("127.0.0.1", self.port))
        threading.Thread(target=self._accept, args=(self.listener,), daemon=True).start()

    def down(self) -> None:
        if self.listener is not None:
            with contextlib.suppress(OSError):  # wakes the accepting thread (Linux)
                self.listener.shutdown(socket.SHUT_RDWR)
            self.listener.close()
            self.listener = None
        for c in self.conns:
            with contextlib.suppress(OSError):
                c.shutdown(socket.SHUT_RDWR)
            c.close()
        self.conns.clear()

    def _accept(self, listener: socket.socket) -> None:
        while True:
            try:
                client, _ = listener.accept()
            except OSError:
                return
            upstream = socket.create_connection(self.target)
            self.conns += [client, upstream]
            for a, b in ((client, upstream), (upstream, client)):
                threading.Thread(target=self._pipe, args=(a, b), daemon=True).start()

    @staticmethod
    def _pipe(src: socket.socket, dst: socket.socket) -> None:
        with contextlib.suppress(OSError):
            while data := src.recv(65536):
                dst.sendall(data)
        with contextlib.suppress(OSError):
            dst.shutdown(socket.SHUT_WR)


def test_postgresql_goes_away_and_comes_back(database_url: str) -> None:
    real = make_url(database_url)
    if not real.drivername.startswith("postgresql"):
        pytest.skip("PostgreSQL only")
    relay = Relay((real.host or "127.0.0.1", real.port or 5432))
    relay.up()
    url = real.set(host="127.0.0.1", port=relay.port).render_as_string(hide_password=False)
    storage = Storage(url)
    try:
        storage.upgrade()
        _, tokens = setup_network(storage, make_network(["BEAM"]))
        headers = {"Authorization": f"Bearer {tokens['BEAM']}"}
        put = "/v1/networks/maesot/bundles/BEAM"
        with TestClient(create_app(Settings(database_url=url), storage)) as client:
            assert (
                client.put(put, content=body(make_bundle("BEAM", 1)), headers=headers).status_code
                == 201
            )
            relay.down()
            r = client.get("/v1/health")
            assert r.status_code == 503
            assert r.json()["error"] == "database_unavailable"
            r = client.put(put, content=body(make_bundle("BEAM", 2)), headers=headers)
            assert r.status_code == 503
            relay.up()
            assert client.get("/v1/health").status_code == 200
            r = client.put(put, content=body(make_bundle("BEAM", 2)), headers=headers)
            assert r.status_code == 201
        assert storage.bundle_revision("maesot", "BEAM") == 2
    finally:
        relay.down()
        storage.dispose()
