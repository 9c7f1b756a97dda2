"""Fixtures of the coordination-server tests: a network of synthetic CSOs (keys only, no CSO
database), signed synthetic bundles, and a server on SQLite and, when
SAPHAN_TEST_POSTGRES_URL is set (CI sets it), on PostgreSQL."""

from __future__ import annotations

import os
import secrets
import socket
import subprocess
import sys
import time
import uuid
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import httpx
import pytest
from fastapi.testclient import TestClient
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from directory import cube, signing
from directory import network as net
from directory.bundle import (
    BUNDLE_SCHEMA,
    Bundle,
    CsoProfileOut,
    MonthReach,
    PeriodCount,
    ProgrammeFigures,
    SharedService,
    sign_bundle,
)
from directory.folder import encode
from directory.server.app import create_app
from directory.server.config import Settings
from directory.server.storage import COORDINATOR, CSO, Storage
from directory.signing import key_fingerprint

PG_ENV = "SAPHAN_TEST_POSTGRES_URL"
COORDINATOR_KEY = bytes(range(32))
NETWORK_ID = "maesot"
ROOT = Path(__file__).resolve().parents[2]


def private_key(code: str) -> bytes:
    """A fixed Ed25519 key per CSO code (32 bytes from its name)."""
    return code.encode("ascii").ljust(32, b"k")[:32]


def make_network(
    codes: list[str], network_id: str = NETWORK_ID, key: bytes = COORDINATOR_KEY
) -> net.Network:
    network = net.create_network(network_id, f"{network_id} CSO network", key)
    for code in codes:
        pub = bytes.fromhex(signing.public_key_hex(private_key(code)))
        network = net.add_member(
            network,
            key,
            code=code,
            name=f"{code} foundation",
            public_key=pub,
            fingerprint=key_fingerprint(pub),
        )
    return network


def make_bundle(
    code: str,
    revision: int,
    network_id: str = NETWORK_ID,
    *,
    people: int = 12,
    key: bytes | None = None,
) -> Bundle:
    """A small signed bundle: one programme, one month, one service."""
    reach = [0] * cube.CUBE_SIZE
    reach[cube.TOTAL_INDEX] = people
    key = key or private_key(code)
    bundle = Bundle(
        schema=BUNDLE_SCHEMA,
        network_id=network_id,
        revision=revision,
        created_at=net.utc_timestamp(),
        app_version="0.1.0",
        period=net.ReportingPeriod(start="2024-12", end="2025-01"),
        suppression_threshold=5,
        cso=CsoProfileOut(
            code=code,
            name=f"{code} foundation",
            public_key=signing.public_key_hex(private_key(code)),
        ),
        services=[
            SharedService(
                id=str(uuid.uuid5(uuid.NAMESPACE_URL, f"saphan:{code}")),
                name=f"Counselling at {code}",
                category="mhpss",
                languages=["my", "th"],
                status="active",
                updated_at="2025-01-05T09:00:00Z",
            )
        ],
        programmes=[
            ProgrammeFigures(
                programme="mhpss",
                months=[MonthReach(period="2024-12", people=reach)],
                cumulative=reach,
                sessions_held=[PeriodCount(period="cumulative", count=3)],
            )
        ],
        referrals=[],
        participatory_projects=1,
    )
    if key != private_key(code):  # a forgery: signed by some other key
        return bundle.model_copy(update={"signature": signing.sign(bundle.document(), key)})
    return sign_bundle(bundle, key)


def published_by(bundle: Bundle, device: str, team_state: dict[str, int]) -> Bundle:
    """The bundle with a publisher block (which laptop of the CSO, from which team state),
    signed again by its CSO's key."""
    document = bundle.document()
    document.pop("signature", None)
    document["publisher"] = {"device": device, "team_state": team_state}
    return sign_bundle(Bundle.model_validate(document), private_key(bundle.cso.code))


def body(bundle: Bundle) -> bytes:
    return encode(bundle.document())


# --- databases ------------------------------------------------------------------------------


def _pg_url() -> str | None:
    return os.environ.get(PG_ENV) or None


def fresh_database_url(kind: str, tmp_path: Path) -> Iterator[str]:
    """A new empty database: a SQLite file, or a throwaway PostgreSQL database."""
    if kind == "sqlite":
        yield f"sqlite:///{tmp_path / 'server.db'}"
        return
    base = _pg_url()
    if base is None:
        pytest.skip(f"{PG_ENV} is not set")
    name = f"saphan_test_{secrets.token_hex(6)}"
    admin = create_engine(base, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    try:
        yield make_url(base).set(database=name).render_as_string(hide_password=False)
    finally:
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


@pytest.fixture(params=["sqlite", "postgresql"])
def database_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    yield from fresh_database_url(request.param, tmp_path)


@dataclass
class Env:
    """A server with one network (members CSO codes ``codes``) and tokens for everyone."""

    storage: Storage
    client: TestClient
    network: net.Network
    coordinator_token: str
    tokens: dict[str, str] = field(default_factory=dict)

    def auth(self, token: str) -> dict[str, str]:
        return {"Authorization": f"Bearer {token}"}

    def put_bundle(
        self, bundle: Bundle, token: str | None = None, cso: str | None = None
    ) -> httpx.Response:
        code = cso or bundle.cso.code
        return self.client.put(
            f"/v1/networks/{bundle.network_id}/bundles/{code}",
            content=body(bundle),
            headers=self.auth(token or self.tokens[bundle.cso.code]),
        )


CODES = ["BEAM", "KAQ", "MTC"]


def setup_network(storage: Storage, network: net.Network) -> tuple[str, dict[str, str]]:
    storage.create_network(
        network.network_id, network.coordinator_key, network.revision, encode(network.document())
    )
    _, coordinator = storage.issue_token(network.network_id, COORDINATOR, label="coordinator")
    tokens = {
        m.code: storage.issue_token(network.network_id, CSO, m.code)[1] for m in network.members
    }
    return coordinator, tokens


@pytest.fixture
def env(database_url: str) -> Iterator[Env]:
    storage = Storage(database_url)
    storage.upgrade()
    network = make_network(CODES)
    coordinator, tokens = setup_network(storage, network)
    settings = Settings(database_url=database_url, rate_per_second=1000.0, burst=1000)
    with TestClient(create_app(settings, storage)) as client:
        yield Env(storage, client, network, coordinator, tokens)
    storage.dispose()


# --- a real server ----------------------------------------------------------------------------


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


class ServerProcess:
    """``saphan-server serve`` in a subprocess on 127.0.0.1 and a random port."""

    def __init__(
        self, database_url: str, port: int | None = None, log: Path | None = None, **env: str
    ) -> None:
        self.database_url = database_url
        self.port = port or free_port()
        self.log = log  # the server's stderr (its log) goes here when given
        self.url = f"http://127.0.0.1:{self.port}"
        self.env = {
            **os.environ,
            "SAPHAN_SERVER_DATABASE_URL": database_url,
            "SAPHAN_SERVER_RATE": "10000",
            "SAPHAN_SERVER_BURST": "10000",
            **env,
        }
        self.proc: subprocess.Popen[bytes] | None = None

    def start(self, timeout: float = 20.0) -> None:
        err = self.log.open("ab") if self.log is not None else None
        try:
            self.proc = subprocess.Popen(
                [sys.executable, "-m", "directory.server.cli", "serve", "--port", str(self.port)],
                cwd=ROOT,
                env=self.env,
                stdout=subprocess.DEVNULL,
                stderr=subprocess.DEVNULL if err is None else err,
            )
        finally:
            if err is not None:
                err.close()  # the server has its own copy
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                raise RuntimeError("the server exited at start")
            try:
                if httpx.get(f"{self.url}/v1/health", timeout=1.0).status_code == 200:
                    return
            except httpx.TransportError:
                pass
            time.sleep(0.05)
        raise RuntimeError("the server did not start")

    def kill(self) -> None:
        if self.proc is not None and self.proc.poll() is None:
            self.proc.kill()
            self.proc.wait(10)

    def stop(self) -> None:
        if self.proc is not None and self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(10)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait(10)
