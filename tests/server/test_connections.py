"""Hostile and careless connections against a real ``saphan-server serve`` on 127.0.0.1, over
raw sockets: clients that leave mid-upload (no traceback in the log), and clients that send
their body one byte at a time (cut off at the body deadline with 408, connection closed)."""

from __future__ import annotations

import contextlib
import selectors
import socket
import struct
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from directory import server_client as sc
from directory.server.storage import Storage
from tests.server.conftest import ServerProcess, body, make_bundle, make_network, setup_network

BODY_TIMEOUT = 1.0  # seconds; the default is 15


@dataclass
class Served:
    server: ServerProcess
    storage: Storage
    tokens: dict[str, str]
    log: Path

    def log_text(self) -> str:
        return self.log.read_text(encoding="utf-8", errors="replace")


@pytest.fixture(scope="module")
def served(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Served]:
    folder = tmp_path_factory.mktemp("connections")
    url = f"sqlite:///{folder / 'server.db'}"
    storage = Storage(url)
    storage.upgrade()
    _, tokens = setup_network(storage, make_network(["BEAM", "KAQ"]))
    log = folder / "server.log"
    server = ServerProcess(
        url,
        log=log,
        SAPHAN_SERVER_BODY_TIMEOUT=str(BODY_TIMEOUT),
        SAPHAN_SERVER_AUTH_FAILURES="1000",  # the failure limit is tested elsewhere
    )
    server.start()
    yield Served(server, storage, tokens, log)
    server.stop()
    storage.dispose()


def _head(token: str, length: int, cso: str = "KAQ") -> bytes:
    return (
        f"PUT /v1/networks/maesot/bundles/{cso} HTTP/1.1\r\nHost: 127.0.0.1\r\n"
        f"Authorization: Bearer {token}\r\nContent-Type: application/json\r\n"
        f"Content-Length: {length}\r\n\r\n"
    ).encode()


def test_clients_gone_mid_upload_leave_no_traceback(served: Served) -> None:
    data = body(make_bundle("KAQ", 1))
    for i in range(6):
        s = socket.create_connection(("127.0.0.1", served.server.port))
        s.sendall(_head(served.tokens["KAQ"], len(data)) + data[: len(data) // 2])
        time.sleep(0.1)  # the server has read the head and waits for the rest
        if i % 2:  # half of them reset the connection instead of closing it
            s.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
        s.close()
    time.sleep(0.5)
    log = served.log_text()
    assert "Traceback" not in log
    assert "ClientDisconnect" not in log
    assert "Exception in ASGI application" not in log
    # At most one short line per client that left.
    assert log.count("left during PUT") <= 6
    assert served.storage.bundle_revision("maesot", "KAQ") is None
    result = sc.publish_to_server(
        make_bundle("KAQ", 1), served.server.url, "maesot", served.tokens["KAQ"]
    )
    assert result.stored


def test_slow_bodies_are_cut_off_at_the_deadline(served: Served) -> None:
    # 20 clients send a body one byte at a time: 14 with a valid token (the server reads the
    # body, and answers 408 at the deadline) and 6 with an unknown token (answered 401 before
    # the body; the connection must not stay open for the rest of it).
    clients: dict[socket.socket, bytearray] = {}
    selector = selectors.DefaultSelector()
    for i in range(20):
        token = served.tokens["BEAM"] if i < 14 else f"sph_unknown{i}"
        s = socket.create_connection(("127.0.0.1", served.server.port))
        s.sendall(_head(token, 4000, cso="BEAM"))
        s.setblocking(False)
        clients[s] = bytearray()
        selector.register(s, selectors.EVENT_READ)
    started = time.monotonic()
    closed: dict[socket.socket, float] = {}
    next_byte = started
    while len(closed) < len(clients) and time.monotonic() - started < 6 * BODY_TIMEOUT:
        if time.monotonic() >= next_byte:
            for s in clients:
                if s not in closed:
                    with contextlib.suppress(OSError):  # closed: the read below sees it
                        s.send(b" ")
            next_byte += 0.2
        for key, _ in selector.select(timeout=0.05):
            s = key.fileobj
            assert isinstance(s, socket.socket)
            try:
                chunk = s.recv(65536)
            except (ConnectionResetError, BlockingIOError):
                chunk = b""
            if chunk:
                clients[s] += chunk
            else:
                closed[s] = time.monotonic() - started
                selector.unregister(s)
    for s in clients:
        s.close()
    selector.close()
    assert len(closed) == 20, f"{20 - len(closed)} slow clients still connected"
    answers = [bytes(clients[s]).split(b"\r\n", 1)[0] for s in clients]
    assert answers.count(b"HTTP/1.1 408 Request Timeout") == 14, answers
    assert answers.count(b"HTTP/1.1 401 Unauthorized") == 6, answers
    assert max(closed.values()) < 5 * BODY_TIMEOUT  # (without the deadline: 800 s)
    assert served.storage.bundle_revision("maesot", "BEAM") is None
    assert "Traceback" not in served.log_text()


def test_a_body_in_time_is_taken(served: Served) -> None:
    # Sent in pieces, but complete well before the deadline.
    data = body(make_bundle("BEAM", 3))
    with socket.create_connection(("127.0.0.1", served.server.port)) as s:
        s.sendall(_head(served.tokens["BEAM"], len(data), cso="BEAM"))
        for i in range(0, len(data), len(data) // 4 + 1):
            s.sendall(data[i : i + len(data) // 4 + 1])
            time.sleep(0.05)
        s.settimeout(5)
        answer = s.recv(65536)
    assert answer.startswith(b"HTTP/1.1 201"), answer[:200]
    assert served.storage.bundle_revision("maesot", "BEAM") == 3
