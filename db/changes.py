"""What a committed write changed, told to whoever shows it (in the spirit of Anki's OpChanges).

Every ``Store.write()`` transaction records the kinds of thing it wrote and, after a successful
COMMIT, publishes one :class:`Changes` to the subscribers of that store's :class:`ChangeBus`. A
rollback publishes nothing. Nobody has to remember to report a change:

- rows written by an ORM flush are classified row by row (``after_flush``): a person whose
  consent changed is ``people`` and ``consent``; a setting under ``network/`` is ``network``;
- every other statement the transaction sends to SQLite (Core ``insert``/``update``/``delete``
  through the session or straight on its connection, ``text()``, driver SQL) is classified by
  the table it names (``before_cursor_execute``); one that cannot be read counts as everything.

No Qt here: the desktop turns publications into a signal delivered on the GUI thread.
"""

from __future__ import annotations

import logging
import re
import threading
import weakref
from collections.abc import Callable, Collection, Iterable, Mapping
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from sqlalchemy import Engine, event, inspect
from sqlalchemy.orm import Session, sessionmaker

from db.models import Beneficiary, CsoProfile, Setting

log = logging.getLogger(__name__)


class Change(StrEnum):
    """A kind of thing a page may show."""

    PEOPLE = "people"  # people registered, edited, closed, deleted, restored, erased
    CONSENT = "consent"  # the consent recorded for a person (always also PEOPLE)
    SESSIONS = "sessions"
    ATTENDANCE = "attendance"
    ASSESSMENTS = "assessments"
    REFERRALS = "referrals"
    PLANS = "plans"  # session plans and their steps, templates included
    PROJECTS = "projects"  # participatory projects and who takes part in them
    PROGRAMMES = "programmes"
    INSTRUMENTS = "instruments"
    SERVICES = "services"
    USERS = "users"
    SETTINGS = "settings"
    NETWORK = "network"  # the network joined, shared folder, server, publish state, signing keys
    CSO = "cso"  # the organisation's own profile
    AUDIT = "audit"
    TEAM = "team"  # this laptop's team: devices, sync state, conflicts
    CASES = "cases"  # cases, their owners, shares and plans (db.cases)
    WORKLIST = "worklist"  # what a user did with a worklist item (done, snoozed, dismissed)
    CUSTOM_FIELDS = "custom_fields"  # the fields the admin added to people and sessions


EVERYTHING: frozenset[Change] = frozenset(Change)

# Every table of db/models.py and every kind a write to it may carry (tests check that no table
# is missing). A statement that is not an ORM flush is reported with all of its table's kinds.
TABLE_KINDS: Mapping[str, frozenset[Change]] = {
    "beneficiaries": frozenset({Change.PEOPLE, Change.CONSENT}),
    # the rectification history of a person (db.rectification)
    "person_changes": frozenset({Change.PEOPLE}),
    "consent_events": frozenset({Change.PEOPLE, Change.CONSENT}),
    "sessions": frozenset({Change.SESSIONS}),
    "attendance": frozenset({Change.ATTENDANCE}),
    # a group session's note per participant (db.participant_notes)
    "participant_notes": frozenset({Change.SESSIONS}),
    "assessments": frozenset({Change.ASSESSMENTS}),
    "referrals": frozenset({Change.REFERRALS}),
    # referrals other CSOs made to this one, by their codes (db.referrals_received)
    "received_referrals": frozenset({Change.REFERRALS}),
    "session_plans": frozenset({Change.PLANS}),
    "plan_steps": frozenset({Change.PLANS}),
    "projects": frozenset({Change.PROJECTS}),
    "project_participants": frozenset({Change.PROJECTS}),
    "programmes": frozenset({Change.PROGRAMMES}),
    # the kinds of session (db.activity_types): how sessions are named, like programmes
    "activity_types": frozenset({Change.PROGRAMMES}),
    "instruments": frozenset({Change.INSTRUMENTS}),
    "services": frozenset({Change.SERVICES}),
    "users": frozenset({Change.USERS}),
    "settings": frozenset({Change.SETTINGS, Change.NETWORK}),
    "cso_profile": frozenset({Change.CSO, Change.NETWORK}),
    "audit_events": frozenset({Change.AUDIT}),
    "worklist_marks": frozenset({Change.WORKLIST}),
    "team_local": frozenset({Change.TEAM}),
    "team_keys": frozenset({Change.TEAM}),
    "team_roster": frozenset({Change.TEAM}),
    "team_rows": frozenset({Change.TEAM}),
    "team_fields": frozenset({Change.TEAM}),
    "team_peers": frozenset({Change.TEAM}),
    "team_conflicts": frozenset({Change.TEAM}),
    "team_history": frozenset({Change.TEAM}),
    "team_ids": frozenset({Change.TEAM}),
    # the admin's custom fields (db.custom_fields); their values belong to a person or session
    "custom_fields": frozenset({Change.CUSTOM_FIELDS}),
    "custom_values": frozenset({Change.PEOPLE, Change.SESSIONS}),
    "cases": frozenset({Change.CASES}),
    "case_shares": frozenset({Change.CASES}),
    "case_goals": frozenset({Change.CASES}),
    "case_actions": frozenset({Change.CASES}),
    # closed months (db.closing): what the share page shows
    "month_closures": frozenset({Change.NETWORK}),
    "closed_months": frozenset({Change.NETWORK}),
    "reach_ledger": frozenset({Change.NETWORK}),
    # which people the ledger counts: like attendance (erasing a person deletes them too)
    "reach_marks": frozenset({Change.ATTENDANCE}),
    # who was reached when (db.reach): kept from attendance, sessions, people and consent
    "reach_months": frozenset({Change.ATTENDANCE}),
    # the same counted per cell (db.reach): kept from reach_months
    "reach_cells": frozenset({Change.ATTENDANCE}),
}

CONSENT_COLUMNS = frozenset(
    {
        "consent_date",
        "consent_services",
        "consent_referral",
        "consent_data_use",
        "consent_recorded_by",
    }
)
# Settings that hold the CSO's place in the network rather than a preference.


@dataclass(frozen=True)
class Changes:
    """One committed transaction's kinds. ``serial`` counts the bus's publications: a page that
    loaded when the bus stood at ``n`` has seen every change with a serial up to ``n``."""

    kinds: frozenset[Change]
    serial: int

    def touches(self, kinds: Iterable[Change]) -> bool:
        return not self.kinds.isdisjoint(kinds)

    def __contains__(self, kind: object) -> bool:
        return kind in self.kinds


Listener = Callable[[Changes], None]


class ChangeBus:
    """The subscribers of one store. Publishing is thread-safe; a listener is called on the
    thread that committed, so a GUI must hand the news over to its own thread."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._listeners: list[Listener] = []
        self._serial = 0

    @property
    def serial(self) -> int:
        """The serial of the last publication (0: none yet)."""
        return self._serial

    def subscribe(self, listener: Listener) -> Callable[[], None]:
        """Call ``listener`` after every commit that changed something; returns the function
        that stops it."""
        with self._lock:
            self._listeners.append(listener)

        def unsubscribe() -> None:
            with self._lock:
                if listener in self._listeners:
                    self._listeners.remove(listener)

        return unsubscribe

    def publish(self, kinds: Iterable[Change]) -> Changes | None:
        """Tell every subscriber that ``kinds`` changed (nothing is sent for no kinds). The data
        is already committed: a failing listener is logged, never raised to the writer."""
        kinds = frozenset(kinds)
        if not kinds:
            return None
        with self._lock:
            self._serial += 1
            changes = Changes(kinds, self._serial)
            listeners = list(self._listeners)
        for listener in listeners:
            try:
                listener(changes)
            except Exception:
                log.exception("a change listener failed")
        return changes


# --- classifying what a transaction wrote -------------------------------------------------

_KEY = "saphan_change_tracker"
_READS = frozenset({"SELECT", "BEGIN", "COMMIT", "ROLLBACK", "SAVEPOINT", "RELEASE", "PRAGMA"})
_FIRST_WORD = re.compile(r"\s*([A-Za-z]+)")
# Setting a trigger aside and back, and a connection's own scratch table (db.reach.set_aside),
# change no record.
_NO_RECORD_DDL = re.compile(r"\s*(?:(?:CREATE|DROP)\s+TRIGGER|CREATE\s+TEMP)\b", re.IGNORECASE)
_SCRATCH_TABLES = frozenset({"reach_people"})
_DML_TABLE = re.compile(
    r"""\s*(?:INSERT|REPLACE|UPDATE|DELETE)\b(?:\s+OR\s+\w+)?(?:\s+INTO|\s+FROM)?\s+["`\[]?(\w+)""",
    re.IGNORECASE,
)


def statement_kinds(sql: str) -> frozenset[Change]:
    """The kinds a SQL statement may change: none for a read, its table's kinds for a write,
    everything for a statement that cannot be read (a CTE, DDL)."""
    first = _FIRST_WORD.match(sql)
    if (first is not None and first.group(1).upper() in _READS) or _NO_RECORD_DDL.match(sql):
        return frozenset()
    table = _DML_TABLE.match(sql)
    if table is None:
        return EVERYTHING
    if table.group(1).lower() in _SCRATCH_TABLES:
        return frozenset()
    return TABLE_KINDS.get(table.group(1).lower(), EVERYTHING)


def setting_kind(key: str) -> Change:
    """Network for a setting about the CSO's place in the network, else settings (which
    setting is which is declared with the settings themselves, in :mod:`db.settings`)."""
    from db import settings  # it imports the store, which imports this module

    return Change.NETWORK if settings.is_network_setting(key) else Change.SETTINGS


def row_kinds(row: object, columns: Collection[str] | None) -> frozenset[Change]:
    """The kinds of an ORM row written with ``columns`` changed (None: added or deleted)."""
    if isinstance(row, Beneficiary):
        if columns is None or not CONSENT_COLUMNS.isdisjoint(columns):
            return frozenset({Change.PEOPLE, Change.CONSENT})
        return frozenset({Change.PEOPLE})
    if isinstance(row, Setting):
        return frozenset({setting_kind(row.key)})
    if isinstance(row, CsoProfile):
        if columns is None:
            return TABLE_KINDS["cso_profile"]
        kinds = {Change.NETWORK} if "signing_key" in columns else set()
        if set(columns) - {"signing_key"}:
            kinds.add(Change.CSO)
        return frozenset(kinds)
    table = getattr(row, "__tablename__", "")
    return TABLE_KINDS.get(table, EVERYTHING)


def _changed_columns(row: object) -> set[str]:
    state = inspect(row)
    return {
        attr.columns[0].name
        for attr in state.mapper.column_attrs
        if state.attrs[attr.key].history.has_changes()
    }


class ChangeTracker:
    """The kinds one write transaction touched; attached to its session and connection."""

    def __init__(self) -> None:
        self.kinds: set[Change] = set()
        self.flushing = False
        self._session: Session | None = None
        self._connection_info: dict[Any, Any] | None = None

    def attach(self, session: Session) -> None:
        self._session = session
        session.info[_KEY] = self
        # The pooled connection's own dict: still reachable (to detach) once the session closed.
        info = session.connection().info
        info[_KEY] = self
        self._connection_info = info

    def detach(self) -> None:
        if self._connection_info is not None:
            self._connection_info.pop(_KEY, None)
            self._connection_info = None
        if self._session is not None:
            self._session.info.pop(_KEY, None)
            self._session = None

    def note(self, kinds: Iterable[Change]) -> None:
        self.kinds.update(kinds)


def _tracker(holder: Any) -> ChangeTracker | None:
    tracker = holder.info.get(_KEY)
    return tracker if isinstance(tracker, ChangeTracker) else None


def _before_flush(session: Session, _context: Any, _instances: Any) -> None:
    tracker = _tracker(session)
    if tracker is not None:
        tracker.flushing = True  # its statements are classified row by row after it


def _after_flush(session: Session, _context: Any) -> None:
    tracker = _tracker(session)
    if tracker is None:
        return
    tracker.flushing = False
    for row in (*session.new, *session.deleted):
        tracker.note(row_kinds(row, None))
    for row in session.dirty:
        columns = _changed_columns(row)
        if columns:  # set to the value it had: nothing was written
            tracker.note(row_kinds(row, columns))


def _after_soft_rollback(session: Session, _previous: Any) -> None:
    tracker = _tracker(session)
    if tracker is not None:
        tracker.flushing = False  # a flush that failed inside a savepoint ends here


def _before_cursor_execute(
    conn: Any, _cursor: Any, statement: str, _params: Any, _context: Any, _many: bool
) -> None:
    tracker = _tracker(conn)
    if tracker is not None and not tracker.flushing:
        tracker.note(statement_kinds(statement))


# What is watched already. Not ``event.contains``: SQLAlchemy keys its registry by ``id()``, and
# a sessionmaker's generated class outlives it until the cyclic collector runs, so a new factory
# (or engine) at a freed one's address looked "watched" and was never watched at all.
_WATCHED: weakref.WeakSet[Any] = weakref.WeakSet()


def watch_engine(engine: Engine) -> None:
    """Classify every statement a tracked transaction sends through ``engine`` (idempotent)."""
    if engine not in _WATCHED:
        event.listen(engine, "before_cursor_execute", _before_cursor_execute)
        _WATCHED.add(engine)


def watch_sessions(factory: sessionmaker[Session]) -> None:
    """Classify the rows that sessions from ``factory`` flush while tracked."""
    if factory in _WATCHED:
        return
    for name, listener in (
        ("before_flush", _before_flush),
        ("after_flush", _after_flush),
        ("after_soft_rollback", _after_soft_rollback),
    ):
        event.listen(factory, name, listener)
    _WATCHED.add(factory)


__all__ = [
    "EVERYTHING",
    "TABLE_KINDS",
    "Change",
    "ChangeBus",
    "ChangeTracker",
    "Changes",
    "Listener",
    "row_kinds",
    "statement_kinds",
    "watch_engine",
    "watch_sessions",
]
