"""What the coordination server keeps: network files, the latest bundle per CSO, and tokens.

Nothing else. The server never sees a CSO's database; a bundle holds only a CSO's profile, its
services and suppressed aggregate counts, already checked (schema, signature, small cells)
before it reaches this module.

SQLite by default (WAL, writes serialised in-process and with ``BEGIN IMMEDIATE``), PostgreSQL
through a ``postgresql+psycopg://`` URL. The schema is created by Alembic
(:mod:`directory.server.migrations`), never by ``create_all``.

Tokens: 32 random bytes (URL-safe base64, prefixed ``sph_``), shown once; only their SHA-256
is stored (a high-entropy random token needs no slow hash, and the server checks one per
request).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import secrets
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

from alembic import command
from alembic.config import Config
from sqlalchemy import (
    BigInteger,
    Column,
    Connection,
    DateTime,
    Engine,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    UniqueConstraint,
    create_engine,
    event,
    func,
    insert,
    select,
    text,
    update,
)
from sqlalchemy.exc import IntegrityError
from sqlalchemy.pool import ConnectionPoolEntry

MIGRATIONS = Path(__file__).with_name("migrations")
DEFAULT_DATABASE_URL = "sqlite:///saphan-server.db"
TOKEN_PREFIX = "sph_"
IMMEDIATE = "saphan_sqlite_immediate"

Role = Literal["cso", "coordinator"]
COORDINATOR: Role = "coordinator"
CSO: Role = "cso"

metadata = MetaData()

networks = Table(
    "networks",
    metadata,
    Column("network_id", String(40), primary_key=True),
    Column("coordinator_key", String(64), nullable=False),
    Column("created_at", DateTime(timezone=True), nullable=False),
)

network_files = Table(
    "network_files",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("network_id", String(40), ForeignKey("networks.network_id"), nullable=False, index=True),
    Column("revision", Integer, nullable=False),
    Column("sha256", String(64), nullable=False),
    Column("document", Text, nullable=False),
    Column("received_at", DateTime(timezone=True), nullable=False),
    UniqueConstraint("network_id", "revision", name="uq_network_files_revision"),
)

bundles = Table(
    "bundles",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("network_id", String(40), ForeignKey("networks.network_id"), nullable=False),
    Column("cso_code", String(12), nullable=False),
    Column("revision", BigInteger, nullable=False),
    Column("sha256", String(64), nullable=False),
    Column("document", Text, nullable=False),
    Column("received_at", DateTime(timezone=True), nullable=False),
    # The bundle's publisher block (JSON; which laptop of the CSO published it, from which
    # team state: opaque ids and counts), and those of the bundle it replaced, so the merged
    # report can say when two laptops of a CSO published figures that do not agree.
    Column("publisher", Text, nullable=True),
    Column("previous_revision", BigInteger, nullable=True),
    Column("previous_publisher", Text, nullable=True),
    # The latest valid bundle per CSO (older revisions are replaced, never kept).
    UniqueConstraint("network_id", "cso_code", name="uq_bundles_cso"),
    UniqueConstraint("network_id", "cso_code", "revision", name="uq_bundles_revision"),
)

# Sealed referral feedback (:mod:`directory.feedback`): the latest envelope per network,
# sending CSO and receiving CSO. Ciphertext only; the server cannot open it.
feedback = Table(
    "feedback",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("network_id", String(40), ForeignKey("networks.network_id"), nullable=False),
    Column("sender", String(12), nullable=False),
    Column("recipient", String(12), nullable=False),
    Column("issued_at", String(20), nullable=False),
    Column("sha256", String(64), nullable=False),
    Column("envelope", Text, nullable=False),
    Column("received_at", DateTime(timezone=True), nullable=False),
    UniqueConstraint("network_id", "sender", "recipient", name="uq_feedback_pair"),
    Index("ix_feedback_recipient", "network_id", "recipient"),
)

tokens = Table(
    "tokens",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("network_id", String(40), ForeignKey("networks.network_id"), nullable=False),
    Column("role", String(12), nullable=False),
    Column("cso_code", String(12), nullable=True),
    Column("token_hash", String(64), nullable=False, unique=True),
    Column("label", String(200), nullable=False, default=""),
    Column("created_at", DateTime(timezone=True), nullable=False),
    Column("revoked_at", DateTime(timezone=True), nullable=True),
)


class StorageConflict(Exception):
    """A write that the stored state refuses. ``reason`` is a stable code."""

    def __init__(self, reason: str, stored_revision: int | None = None) -> None:
        super().__init__(reason)
        self.reason = reason
        self.stored_revision = stored_revision


@dataclass(frozen=True)
class TokenInfo:
    id: int
    network_id: str
    role: Role
    cso_code: str | None
    label: str
    created_at: dt.datetime
    revoked_at: dt.datetime | None

    @property
    def revoked(self) -> bool:
        return self.revoked_at is not None


@dataclass(frozen=True)
class StoredDocument:
    revision: int
    sha256: str
    document: str
    received_at: dt.datetime


@dataclass(frozen=True)
class StoredBundle:
    """A CSO's latest bundle, with the revision and publisher block (JSON text, None when it
    had none) of the bundle it replaced (None: the first one stored)."""

    cso_code: str
    document: str
    previous_revision: int | None
    previous_publisher: str | None


@dataclass(frozen=True)
class StoreOutcome:
    """``created`` is False when the same revision with the same content was already there
    (a client retry): nothing changed."""

    created: bool
    revision: int
    sha256: str


def now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


def sha256_hex(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def hash_token(token: str) -> str:
    return sha256_hex(token.encode("utf-8"))


def new_token() -> str:
    return TOKEN_PREFIX + secrets.token_urlsafe(32)


def is_sqlite(url: str) -> bool:
    return url.startswith("sqlite")


def make_engine(url: str) -> Engine:
    """An engine for the server database (SQLite in WAL mode, or PostgreSQL)."""
    if is_sqlite(url):
        engine = create_engine(url, connect_args={"timeout": 30, "check_same_thread": False})

        @event.listens_for(engine, "connect")
        def _on_connect(dbapi_conn: Any, _record: ConnectionPoolEntry) -> None:
            dbapi_conn.isolation_level = None  # transactions are begun below
            cur = dbapi_conn.cursor()
            cur.execute("PRAGMA journal_mode=WAL")
            cur.execute("PRAGMA synchronous=NORMAL")
            cur.execute("PRAGMA foreign_keys=ON")
            cur.execute("PRAGMA busy_timeout=30000")
            cur.close()

        @event.listens_for(engine, "begin")
        def _on_begin(conn: Connection) -> None:
            # A write takes SQLite's write lock up front (no deadlock when two transactions
            # that read first both start writing); a read does not block anyone.
            immediate = conn.get_execution_options().get(IMMEDIATE, False)
            conn.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")

        return engine
    return create_engine(
        url,
        pool_pre_ping=True,  # a restarted PostgreSQL is found again without a server restart
        pool_size=10,
        max_overflow=20,
        pool_timeout=10,
        connect_args={"connect_timeout": 3},
    )


def alembic_config(url: str) -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    cfg.set_main_option("sqlalchemy.url", url.replace("%", "%%"))
    return cfg


class Storage:
    """The server database. All writes are single transactions."""

    def __init__(self, url: str) -> None:
        self.url = url
        self.engine = make_engine(url)
        # SQLite allows one writer; queueing here is cheaper than SQLite's busy-wait.
        self._write_lock = threading.Lock() if is_sqlite(url) else None

    def dispose(self) -> None:
        self.engine.dispose()

    # --- schema ---------------------------------------------------------------------------

    def upgrade(self) -> None:
        """Create or bring the schema to the newest version (Alembic ``upgrade head``)."""
        cfg = alembic_config(self.url)
        with self.engine.begin() as conn:
            cfg.attributes["connection"] = conn
            command.upgrade(cfg, "head")

    def ping(self) -> None:
        """Raises a SQLAlchemy error when the database cannot be reached."""
        with self.engine.connect() as conn:
            conn.execute(text("SELECT 1"))
            conn.rollback()

    @contextmanager
    def _write(self) -> Iterator[Connection]:
        if self._write_lock is None:
            with self.engine.begin() as conn:
                yield conn
            return
        with (
            self._write_lock,
            self.engine.connect().execution_options(**{IMMEDIATE: True}) as conn,
            conn.begin(),
        ):
            yield conn

    # --- networks -------------------------------------------------------------------------

    def create_network(
        self, network_id: str, coordinator_key: str, revision: int, document: bytes
    ) -> None:
        """Register a network with its first (coordinator-signed) network file; the
        coordinator's key is pinned from now on."""
        with self._write() as conn:
            exists = conn.execute(
                select(networks.c.network_id).where(networks.c.network_id == network_id)
            ).first()
            if exists is not None:
                raise StorageConflict("network_exists")
            stamp = now()
            conn.execute(
                insert(networks).values(
                    network_id=network_id, coordinator_key=coordinator_key, created_at=stamp
                )
            )
            conn.execute(
                insert(network_files).values(
                    network_id=network_id,
                    revision=revision,
                    sha256=sha256_hex(document),
                    document=document.decode("utf-8"),
                    received_at=stamp,
                )
            )

    def coordinator_key(self, network_id: str) -> str | None:
        """The pinned coordinator key, or None for an unknown network."""
        with self.engine.connect() as conn:
            row = conn.execute(
                select(networks.c.coordinator_key).where(networks.c.network_id == network_id)
            ).first()
        return None if row is None else str(row[0])

    def list_networks(self) -> list[str]:
        with self.engine.connect() as conn:
            rows = conn.execute(select(networks.c.network_id).order_by(networks.c.network_id))
            return [str(r[0]) for r in rows]

    def network_file(self, network_id: str) -> StoredDocument | None:
        """The newest network file of a network."""
        with self.engine.connect() as conn:
            row = conn.execute(
                select(
                    network_files.c.revision,
                    network_files.c.sha256,
                    network_files.c.document,
                    network_files.c.received_at,
                )
                .where(network_files.c.network_id == network_id)
                .order_by(network_files.c.revision.desc())
                .limit(1)
            ).first()
        return None if row is None else StoredDocument(*row)

    def put_network_file(self, network_id: str, revision: int, document: bytes) -> StoreOutcome:
        """Store a newer network file (checked by the caller). Same revision and content:
        nothing changes; an older or different same-revision file: :class:`StorageConflict`."""
        digest = sha256_hex(document)
        with self._write() as conn:
            latest = conn.execute(
                select(network_files.c.revision, network_files.c.sha256)
                .where(network_files.c.network_id == network_id)
                .order_by(network_files.c.revision.desc())
                .limit(1)
            ).first()
            if latest is not None:
                stored, stored_sha = int(latest[0]), str(latest[1])
                if revision == stored and digest == stored_sha:
                    return StoreOutcome(False, revision, digest)
                if revision <= stored:
                    raise StorageConflict("stale_revision", stored)
            try:
                conn.execute(
                    insert(network_files).values(
                        network_id=network_id,
                        revision=revision,
                        sha256=digest,
                        document=document.decode("utf-8"),
                        received_at=now(),
                    )
                )
            except IntegrityError:  # a concurrent upload of the same revision
                raise StorageConflict("stale_revision", revision) from None
        return StoreOutcome(True, revision, digest)

    # --- bundles --------------------------------------------------------------------------

    def put_bundle(
        self,
        network_id: str,
        cso_code: str,
        revision: int,
        document: bytes,
        publisher: str | None = None,
    ) -> StoreOutcome:
        """Store a CSO's bundle (checked by the caller) if its revision is higher than the
        stored one, in one transaction; the replaced bundle's revision and ``publisher`` block
        (JSON text) are kept beside it. The same revision with the same content again is a
        retry: nothing changes. Anything else raises :class:`StorageConflict`."""
        digest = sha256_hex(document)
        values = {
            "revision": revision,
            "sha256": digest,
            "document": document.decode("utf-8"),
            "received_at": now(),
            "publisher": publisher,
        }
        for _ in range(3):  # a lost race against a concurrent first upload is retried
            try:
                with self._write() as conn:
                    # Compare-and-set: only a higher revision replaces the stored one (whose
                    # revision and publisher, read before the update, are kept beside it).
                    changed = conn.execute(
                        update(bundles)
                        .where(
                            bundles.c.network_id == network_id,
                            bundles.c.cso_code == cso_code,
                            bundles.c.revision < revision,
                        )
                        .values(
                            previous_revision=bundles.c.revision,
                            previous_publisher=bundles.c.publisher,
                            **values,
                        )
                    ).rowcount
                    if changed:
                        return StoreOutcome(True, revision, digest)
                    row = conn.execute(
                        select(bundles.c.revision, bundles.c.sha256).where(
                            bundles.c.network_id == network_id, bundles.c.cso_code == cso_code
                        )
                    ).first()
                    if row is None:
                        conn.execute(
                            insert(bundles).values(
                                network_id=network_id, cso_code=cso_code, **values
                            )
                        )
                        return StoreOutcome(True, revision, digest)
                    stored, stored_sha = int(row[0]), str(row[1])
                    if stored == revision and stored_sha == digest:
                        return StoreOutcome(False, revision, digest)
                    raise StorageConflict("stale_revision", stored)
            except IntegrityError:
                continue
        raise StorageConflict("busy")

    def latest_bundles(self, network_id: str) -> list[tuple[str, str]]:
        """(CSO code, bundle JSON) of every CSO's latest bundle in the network."""
        with self.engine.connect() as conn:
            rows = conn.execute(
                select(bundles.c.cso_code, bundles.c.document)
                .where(bundles.c.network_id == network_id)
                .order_by(bundles.c.cso_code)
            )
            return [(str(r[0]), str(r[1])) for r in rows]

    def latest_bundles_with_history(self, network_id: str) -> list[StoredBundle]:
        """Every CSO's latest bundle in the network with what was kept of the one before."""
        with self.engine.connect() as conn:
            rows = conn.execute(
                select(
                    bundles.c.cso_code,
                    bundles.c.document,
                    bundles.c.previous_revision,
                    bundles.c.previous_publisher,
                )
                .where(bundles.c.network_id == network_id)
                .order_by(bundles.c.cso_code)
            )
            return [
                StoredBundle(str(r[0]), str(r[1]), None if r[2] is None else int(r[2]), r[3])
                for r in rows
            ]

    def bundle_revision(self, network_id: str, cso_code: str) -> int | None:
        with self.engine.connect() as conn:
            row = conn.execute(
                select(bundles.c.revision).where(
                    bundles.c.network_id == network_id, bundles.c.cso_code == cso_code
                )
            ).first()
        return None if row is None else int(row[0])

    # --- sealed feedback -------------------------------------------------------------------

    def put_feedback(
        self, network_id: str, sender: str, envelopes: list[tuple[str, str, bytes]]
    ) -> int:
        """Keep the sender's envelopes (recipient, issued_at, canonical JSON; checked by the
        caller), each replacing the stored one of the same pair unless that one is newer (or
        the same), in one transaction. Returns how many were stored or replaced."""
        stored = 0
        with self._write() as conn:
            for recipient, issued_at, document in envelopes:
                key = (
                    feedback.c.network_id == network_id,
                    feedback.c.sender == sender,
                    feedback.c.recipient == recipient,
                )
                row = conn.execute(
                    select(feedback.c.issued_at, feedback.c.sha256).where(*key)
                ).first()
                values = {
                    "issued_at": issued_at,
                    "sha256": sha256_hex(document),
                    "envelope": document.decode("utf-8"),
                    "received_at": now(),
                }
                if row is None:
                    conn.execute(
                        insert(feedback).values(
                            network_id=network_id, sender=sender, recipient=recipient, **values
                        )
                    )
                elif str(row[0]) < issued_at or (
                    # The same second, other content: the sender published again.
                    str(row[0]) == issued_at and str(row[1]) != values["sha256"]
                ):
                    conn.execute(update(feedback).where(*key).values(**values))
                else:
                    continue
                stored += 1
        return stored

    def feedback_for(self, network_id: str, recipient: str) -> list[str]:
        """The envelopes (JSON text) addressed to ``recipient``, by sender."""
        with self.engine.connect() as conn:
            rows = conn.execute(
                select(feedback.c.envelope)
                .where(feedback.c.network_id == network_id, feedback.c.recipient == recipient)
                .order_by(feedback.c.sender)
            )
            return [str(r[0]) for r in rows]

    # --- tokens ---------------------------------------------------------------------------

    def issue_token(
        self, network_id: str, role: Role, cso_code: str | None = None, label: str = ""
    ) -> tuple[TokenInfo, str]:
        """A new token; returns its record and the token itself (shown once, never stored)."""
        if (role == CSO) != (cso_code is not None):
            raise ValueError("a CSO token names its CSO; a coordinator token names none")
        token = new_token()
        stamp = now()
        with self._write() as conn:
            if (
                conn.execute(
                    select(networks.c.network_id).where(networks.c.network_id == network_id)
                ).first()
                is None
            ):
                raise StorageConflict("unknown_network")
            token_id = conn.execute(
                insert(tokens)
                .values(
                    network_id=network_id,
                    role=role,
                    cso_code=cso_code,
                    token_hash=hash_token(token),
                    label=label,
                    created_at=stamp,
                )
                .returning(tokens.c.id)
            ).scalar_one()
        return TokenInfo(int(token_id), network_id, role, cso_code, label, stamp, None), token

    def find_token(self, token: str) -> TokenInfo | None:
        """The token's record (revoked ones too, so the caller can say so), or None."""
        with self.engine.connect() as conn:
            row = conn.execute(
                select(*_TOKEN_COLUMNS).where(tokens.c.token_hash == hash_token(token))
            ).first()
        return None if row is None else _token_info(row)

    def list_tokens(self, network_id: str | None = None) -> list[TokenInfo]:
        stmt = select(*_TOKEN_COLUMNS).order_by(tokens.c.network_id, tokens.c.id)
        if network_id is not None:
            stmt = stmt.where(tokens.c.network_id == network_id)
        with self.engine.connect() as conn:
            return [_token_info(r) for r in conn.execute(stmt)]

    def revoke_tokens(
        self,
        network_id: str,
        *,
        cso_code: str | None = None,
        coordinator: bool = False,
        token_id: int | None = None,
    ) -> int:
        """Revoke the network's live tokens that match; returns how many."""
        conditions = [tokens.c.network_id == network_id, tokens.c.revoked_at.is_(None)]
        if token_id is not None:
            conditions.append(tokens.c.id == token_id)
        elif coordinator:
            conditions.append(tokens.c.role == COORDINATOR)
        elif cso_code is not None:
            conditions.append(tokens.c.cso_code == cso_code)
        else:
            raise ValueError("say which tokens to revoke")
        with self._write() as conn:
            return int(
                conn.execute(update(tokens).where(*conditions).values(revoked_at=now())).rowcount
            )

    def counts(self) -> dict[str, int]:
        """Rows per table (for tests and the operator)."""
        with self.engine.connect() as conn:
            return {
                t.name: int(conn.execute(select(func.count()).select_from(t)).scalar_one())
                for t in (networks, network_files, bundles, tokens, feedback)
            }


_TOKEN_COLUMNS = (
    tokens.c.id,
    tokens.c.network_id,
    tokens.c.role,
    tokens.c.cso_code,
    tokens.c.label,
    tokens.c.created_at,
    tokens.c.revoked_at,
)


def _token_info(row: Any) -> TokenInfo:
    return TokenInfo(
        id=int(row.id),
        network_id=str(row.network_id),
        role=COORDINATOR if row.role == COORDINATOR else CSO,
        cso_code=row.cso_code,
        label=str(row.label or ""),
        created_at=row.created_at,
        revoked_at=row.revoked_at,
    )


__all__ = [
    "DEFAULT_DATABASE_URL",
    "Storage",
    "StorageConflict",
    "StoreOutcome",
    "StoredBundle",
    "StoredDocument",
    "TokenInfo",
    "hash_token",
    "metadata",
]
