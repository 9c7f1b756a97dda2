"""Settings kept inside the encrypted database: every key named and typed, in one place.

Each setting is declared here once, as a :class:`Key`: the name it is stored under, its type,
its default, and how its value is written as text and read back. Callers never spell a key
name: ``settings.get(store, settings.LAST_BACKUP_AT)`` returns a ``datetime | None``.
Keys made per user, per spreadsheet layout or per server come from a :class:`Family`
(``settings.USER_CALENDAR.key(user_id)``).

The stored names and texts are those older versions wrote (a database keeps its settings across
updates): never rename a key or change how a value is written; add a new key instead. A value
that cannot be read (damaged, or written by a newer version) reads as the key's default.

Who may write:

- :func:`put`: a CSO-wide setting, admin only (``Permission.SETTINGS``), audited;
- :func:`remember`: a working value any signed-in user keeps while doing their work (how an
  imported spreadsheet's columns map, the time of the last backup); not audited;
- :func:`keep`: :func:`put` for those who may, else :func:`remember` (the network's state,
  which a coordinator account, without ``SETTINGS``, keeps too);
- :func:`get_in` and :func:`put_in`: inside the caller's transaction (no permission check, no
  audit: the caller does both).

Nothing about any person is ever kept in a setting.
"""

from __future__ import annotations

import copy
import datetime as dt
import json
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Generic, TypeVar

from sqlalchemy import select
from sqlalchemy.engine import Connection
from sqlalchemy.orm import Session as OrmSession

from db.errors import ValidationFailed
from db.models import Setting
from db.permissions import Permission
from db.store import Store

T = TypeVar("T")

# What a damaged or foreign value raises while it is parsed; it then reads as the default.
_UNREADABLE = (ValueError, TypeError, KeyError, AttributeError)


@dataclass(frozen=True)
class Key(Generic[T]):
    """One setting: its stored ``name``, its ``default`` (when it was never set or cannot be
    read), and how a value is read from (``parse``) and written as (``format``) text."""

    name: str
    default: T
    parse: Callable[[str], T]
    format: Callable[[T], str]

    def read(self, text: str | None) -> T:
        """The value of a stored text (None: no row)."""
        if text is None:
            return copy.copy(self.default)
        try:
            return self.parse(text)
        except _UNREADABLE:
            return copy.copy(self.default)


@dataclass(frozen=True)
class Family(Generic[T]):
    """Keys made from a ``pattern`` (``str.format`` with the parts), e.g. one per user."""

    pattern: str
    default: T
    parse: Callable[[str], T]
    format: Callable[[T], str]

    def key(self, *parts: object) -> Key[T]:
        return Key(self.pattern.format(*parts), self.default, self.parse, self.format)

    @property
    def prefix(self) -> str:
        """The fixed start of every name of the family."""
        return self.pattern.split("{", 1)[0]


@dataclass(frozen=True)
class Value(Generic[T]):
    """A key and a value for it: what a transaction keeping several settings at once is given
    (see :mod:`db.sharing`)."""

    key: Key[T]
    value: T

    def text(self) -> str:
        """The value as it is stored."""
        return self.key.format(self.value)


# --- how values are written as text ----------------------------------------------------------


def _text(value: str) -> str:
    return value


def _optional_text(text: str) -> str | None:
    return text or None


def _optional_text_format(value: str | None) -> str:
    return value or ""


def _minutes(text: str) -> int:
    return max(0, int(text))


def _json_object(text: str) -> dict[str, Any] | None:
    data = json.loads(text)
    if not isinstance(data, dict):
        raise ValueError("not a JSON object")
    return data


def _json_list(text: str) -> list[Any] | None:
    data = json.loads(text)
    if not isinstance(data, list):
        raise ValueError("not a JSON list")
    return data


def _json(value: object) -> str:
    return json.dumps(value)


def _json_unicode(value: object) -> str:
    return "" if value is None else json.dumps(value, ensure_ascii=False)


def _moment(text: str) -> dt.datetime | None:
    return dt.datetime.fromisoformat(text) if text else None


def _moment_format(value: dt.datetime | None) -> str:
    return value.isoformat() if value is not None else ""


def _path(text: str) -> Path | None:
    return Path(text) if text else None


def _path_format(value: Path | None) -> str:
    return str(value) if value is not None else ""


def _revisions(text: str) -> dict[str, int]:
    data = json.loads(text)
    if not isinstance(data, dict):
        raise ValueError("not a JSON object")
    return {k: v for k, v in data.items() if isinstance(v, int)}


def _revisions_format(value: dict[str, int]) -> str:
    return json.dumps(value, sort_keys=True)


def _objects(text: str) -> dict[str, dict[str, Any]]:
    data = json.loads(text)
    if not isinstance(data, dict):
        raise ValueError("not a JSON object")
    return {k: v for k, v in data.items() if isinstance(v, dict)}


def _objects_format(value: dict[str, dict[str, Any]]) -> str:
    return json.dumps(value, sort_keys=True)


def _names(text: str) -> frozenset[str]:
    data = json.loads(text)
    if not isinstance(data, list):
        raise ValueError("not a JSON list")
    return frozenset(str(name) for name in data)


def _names_format(value: frozenset[str]) -> str:
    return json.dumps(sorted(value))


def _labels(text: str) -> dict[str, str]:
    data = json.loads(text)
    if not isinstance(data, dict):
        raise ValueError("not a JSON object")
    return {str(k): v for k, v in data.items() if isinstance(v, str)}


def _labels_format(value: dict[str, str]) -> str:
    return json.dumps(value, ensure_ascii=False, sort_keys=True)


def _hex(text: str) -> bytes | None:
    return bytes.fromhex(text) if text else None


def _hex_format(value: bytes | None) -> str:
    return value.hex() if value is not None else ""


def _mapping(text: str) -> dict[int, str] | None:
    return {int(k): str(v) for k, v in json.loads(text).items()}


def _mapping_format(value: dict[int, str] | None) -> str:
    return json.dumps({str(i): f for i, f in sorted((value or {}).items())})


# --- the CSO's settings ----------------------------------------------------------------------

DEFAULT_AUTO_LOCK_MINUTES = 10
MAX_AUTO_LOCK_MINUTES = 240

# Minutes of inactivity before the window locks (0 = never).
AUTO_LOCK_MINUTES = Key("auto_lock_minutes", DEFAULT_AUTO_LOCK_MINUTES, _minutes, str)
# When the last backup was made (UTC; shown in Settings, drives the weekly reminder).
LAST_BACKUP_AT = Key("last_backup_at", None, _moment, _moment_format)
# The shipped plan templates already added once (so a deleted one is not added again).
PLAN_TEMPLATES_SEEDED = Key("plan_templates_seeded", frozenset[str](), _names, _names_format)
# The CSO's own service lines for cases, beside the built-in ones (db.cases): code -> name.
CASE_SERVICE_LINES = Key("case_service_lines", dict[str, str](), _labels, _labels_format)
# The CSO's own consent scopes, beside the built-in ones (db.consent): code -> name.
CONSENT_SCOPES = Key("own_consent_scopes", dict[str, str](), _labels, _labels_format)
# The network area where the CSO's sessions usually happen (its code; "" for none): Log a
# session starts with it. CSO-wide, shared by a team's laptops (migration 0016 makes the
# capture triggers that name it).
DEFAULT_AREA = Key("default_area", "", _text, _text)


# The highest record number of a person erased on this laptop (outside a team, where a laptop's
# record numbers come from its own range and never come back): a person registered later gets a
# number above it, so the audit trail of an erased person is never read as a new person's.
ERASED_THROUGH_ID = Key("people/erased_through_id", 0, int, str)

MAX_RETENTION_YEARS = 30


def _retention_years(text: str) -> int:
    years = int(text)
    if not 0 <= years <= MAX_RETENTION_YEARS:
        raise ValueError(text)
    return years


# The retention rule (db.retention): people whose cases are all closed are due for erasure
# this many years after the last closure; 0 = no rule (the default). CSO-wide.
RETENTION_YEARS = Key("retention_years", 0, _retention_years, str)


def _days(text: str) -> int:
    days = int(text)
    if not 1 <= days <= MAX_REFERRAL_FEEDBACK_DAYS:
        raise ValueError(text)
    return days


DEFAULT_REFERRAL_FEEDBACK_DAYS = 14
MAX_REFERRAL_FEEDBACK_DAYS = 365
# Days after a referral still "sent" before the worklist asks its maker for feedback. Kept on
# each laptop (not in TEAM_SYNCED: a team database's capture triggers name the synced keys, so
# adding one needs a migration that makes them again).
REFERRAL_FEEDBACK_DAYS = Key(
    "worklist/referral_feedback_days", DEFAULT_REFERRAL_FEEDBACK_DAYS, _days, str
)

# --- the shared network (see directory.sharing.memory) ---------------------------------------

# When and what the CSO last published (written by the Share page, shown in the status bar).
LAST_PUBLISH = Key("network/last_publish", None, _json_object, _json)
# The shared folder chosen on this laptop.
SHARED_FOLDER = Key("network/shared_folder", None, _path, _path_format)
# The coordinator's public key (hex), trusted on first use.
TRUSTED_KEY = Key("network/coordinator_key", None, _optional_text, _optional_text_format)
# The last network file accepted (so the preview works offline).
NETWORK_DOCUMENT = Key("network/document", None, _json_object, _json)
# How this CSO shares: "folder" (the default) or "server".
TRANSPORT = Key("network/transport", "folder", _text, _text)
# The coordination server and network code (the server token is never here: OS keyring only).
SERVER_URL = Key("network/server_url", "", _text, _text)
SERVER_NETWORK = Key("network/server_network", "", _text, _text)
# The service directory last pulled from the server (HSDS services).
SERVER_DIRECTORY = Key("network/server_directory", None, _json_list, _json_unicode)
# The service directory last read from the shared folder (the Directory page's listings).
CACHED_DIRECTORY = Key("network/directory", None, _json_list, _json)
# The coordinator's own network file (signed).
COORDINATOR_NETWORK = Key("coordinator/network", None, _json_object, _json)
# The highest bundle revision the coordinator accepted per CSO.
SEEN = Key("coordinator/seen", dict[str, int](), _revisions, _revisions_format)
# What the coordinator kept of each CSO's last accepted bundle: its revision, its publisher
# block (an opaque device id and team state) and whether it disagreed with the one before
# (directory.merge.LastPublisher). Nothing about any person.
PUBLISHERS = Key("coordinator/publishers", dict[str, dict[str, Any]](), _objects, _objects_format)
# The coordinator's Ed25519 private key for the network file (32 raw bytes).
NETWORK_SIGNING_KEY = Key("network_signing_key", None, _hex, _hex_format)
# The last bundle revision this CSO reserved (revisions only grow).
BUNDLE_REVISION = Key("bundle_revision", 0, int, str)
# The signed bundle waiting for the coordination server, per server and network (a digest of
# both; see directory.server_client). Emptied once sent.
SERVER_OUTBOX = Family("server_outbox:{}", None, _json_object, _json_unicode)

# The settings every laptop of a CSO's team shares (db.team); any other stays on its laptop.
TEAM_SYNCED: frozenset[str] = frozenset(
    key.name
    for key in (
        AUTO_LOCK_MINUTES,
        PLAN_TEMPLATES_SEEDED,
        CASE_SERVICE_LINES,
        RETENTION_YEARS,
        CONSENT_SCOPES,
        DEFAULT_AREA,
        TRUSTED_KEY,
        NETWORK_DOCUMENT,
        TRANSPORT,
        SERVER_URL,
        SERVER_NETWORK,
    )
)

# --- each user's own choices (not audited: they change nothing about the records) -----------

GREGORIAN = "gregorian"
BUDDHIST = "buddhist"  # Thai Buddhist era: the year + 543
CALENDARS = (GREGORIAN, BUDDHIST)


def _calendar(text: str) -> str:
    if text not in CALENDARS:
        raise ValueError(text)
    return text


# The calendar a user reads years in, per user id.
USER_CALENDAR = Family("user/{}/calendar", GREGORIAN, _calendar, _text)
# How the columns of a spreadsheet map to fields, per header layout (see db.importing).
IMPORT_MAPPING = Family("import_mapping:{}", None, _mapping, _mapping_format)


# The settings about the CSO's place in the network: a change to one of them is a network
# change on the change bus (db.changes), which the network pages follow; any other is a
# settings change.
_NETWORK_SETTINGS: tuple[Key[Any] | Family[Any], ...] = (
    LAST_PUBLISH,
    SHARED_FOLDER,
    TRUSTED_KEY,
    NETWORK_DOCUMENT,
    TRANSPORT,
    SERVER_URL,
    SERVER_NETWORK,
    SERVER_DIRECTORY,
    CACHED_DIRECTORY,
    COORDINATOR_NETWORK,
    SEEN,
    PUBLISHERS,
    NETWORK_SIGNING_KEY,
    BUNDLE_REVISION,
    SERVER_OUTBOX,
)


def is_network_setting(name: str) -> bool:
    """Whether the setting stored under ``name`` is one of the network's."""
    return any(
        d.name == name if isinstance(d, Key) else name.startswith(d.prefix)
        for d in _NETWORK_SETTINGS
    )


def declared() -> Iterator[Key[Any] | Family[Any]]:
    """Every key and family declared here."""
    for value in globals().values():
        if isinstance(value, Key | Family):
            yield value


# --- reading and writing ---------------------------------------------------------------------


def get(store: Store, key: Key[T]) -> T:
    with store.read() as session:
        return get_in(session, key)


def put(store: Store, key: Key[T], value: T) -> None:
    """Change a CSO-wide setting (admin only; audited)."""
    store.require(Permission.SETTINGS)
    with store.write() as session:
        put_in(session, key, value)
        store.audit(session, "setting", "setting", None, key.name)


def remember(store: Store, key: Key[T], value: T) -> None:
    """Keep a working value any signed-in user may set while doing their work. Not a CSO-wide
    setting: not audited."""
    with store.write() as session:
        put_in(session, key, value)


def keep(store: Store, key: Key[T], value: T) -> None:
    """:func:`put` when the signed-in user manages settings, else :func:`remember`."""
    if store.can(Permission.SETTINGS):
        put(store, key, value)
    else:
        remember(store, key, value)


def get_in(session: OrmSession, key: Key[T]) -> T:
    row = session.get(Setting, key.name)
    return key.read(row.value if row is not None else None)


def get_on(connection: Connection, key: Key[T]) -> T:
    """:func:`get_in` on a connection, without the ORM's lookup (for reads that run often,
    like the worklist's)."""
    text = connection.execute(select(Setting.value).where(Setting.key == key.name)).scalar()
    return key.read(text)


def put_in(session: OrmSession, key: Key[T], value: T) -> None:
    text = key.format(value)
    row = session.get(Setting, key.name)
    if row is None:
        session.add(Setting(key=key.name, value=text))
    else:
        row.value = text


def stored_text(store: Store, key: Key[Any]) -> str | None:
    """The text stored for ``key`` as it is (None: never set). For checks that nothing
    secret was written into a setting."""
    with store.read() as session:
        row = session.get(Setting, key.name)
        return row.value if row is not None else None


# --- named helpers ---------------------------------------------------------------------------


def auto_lock_minutes(store: Store) -> int:
    """Minutes of inactivity before the window locks (0 = never)."""
    return get(store, AUTO_LOCK_MINUTES)


def set_auto_lock_minutes(store: Store, minutes: int) -> None:
    put(store, AUTO_LOCK_MINUTES, max(0, min(minutes, MAX_AUTO_LOCK_MINUTES)))


def referral_feedback_days(store: Store) -> int:
    """Days after a referral still "sent" before its maker is asked to follow it up."""
    return get(store, REFERRAL_FEEDBACK_DAYS)


def set_referral_feedback_days(store: Store, days: int) -> None:
    """Change it for the whole CSO (admin only; audited)."""
    put(store, REFERRAL_FEEDBACK_DAYS, max(1, min(days, MAX_REFERRAL_FEEDBACK_DAYS)))


def retention_years(store: Store) -> int:
    """Years after the last case closure before a person is due for erasure (0: no rule)."""
    return get(store, RETENTION_YEARS)


def set_retention_years(store: Store, years: int) -> None:
    """Set the retention rule for the whole CSO (admin only; audited). 0 turns it off;
    otherwise 1 to MAX_RETENTION_YEARS."""
    if not 0 <= years <= MAX_RETENTION_YEARS:
        raise ValidationFailed({"retention_years": "out_of_range"})
    put(store, RETENTION_YEARS, years)


def default_area(store: Store) -> str | None:
    """The area Log a session starts with (a network area's code; None: none)."""
    return get(store, DEFAULT_AREA) or None


def set_default_area(store: Store, code: str | None) -> None:
    """Set it for the whole CSO (admin only; audited). None: no default."""
    if code is not None and not re.fullmatch(r"[a-z][a-z0-9_]{0,39}", code):
        raise ValidationFailed({"default_area": "unknown_area"})
    put(store, DEFAULT_AREA, code or "")


def user_calendar(store: Store) -> str:
    """The calendar the signed-in user reads years in: "gregorian" (default) or "buddhist"."""
    return get(store, USER_CALENDAR.key(store.user.id))


def set_user_calendar(store: Store, calendar: str) -> None:
    """Remember the signed-in user's calendar (any role may choose their own)."""
    if calendar not in CALENDARS:
        raise ValueError(calendar)
    remember(store, USER_CALENDAR.key(store.user.id), calendar)
