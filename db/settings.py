"""CSO-wide settings kept inside the encrypted database."""

from __future__ import annotations

from db.models import Setting
from db.permissions import Permission
from db.store import Store

AUTO_LOCK_MINUTES = "auto_lock_minutes"
LAST_BACKUP_AT = "last_backup_at"
# When and what the CSO last published to the network (JSON; written by the Share page, shown
# in the status bar).
LAST_PUBLISH = "network/last_publish"
DEFAULT_AUTO_LOCK_MINUTES = 10


def get_setting(store: Store, key: str, default: str = "") -> str:
    with store.read() as session:
        row = session.get(Setting, key)
        return row.value if row is not None else default


def put_setting(store: Store, key: str, value: str, *, audited: bool = True) -> None:
    """Change a setting (admin only for the CSO-wide ones)."""
    store.require(Permission.SETTINGS)
    _put(store, key, value, audited=audited)


def remember_setting(store: Store, key: str, value: str) -> None:
    """Keep a working preference any signed-in user may set while doing their work (e.g. how
    an imported spreadsheet's columns map to fields). Not a CSO-wide setting: not audited."""
    _put(store, key, value, audited=False)


def _put(store: Store, key: str, value: str, *, audited: bool) -> None:
    with store.write() as session:
        row = session.get(Setting, key)
        if row is None:
            session.add(Setting(key=key, value=value))
        else:
            row.value = value
        if audited:
            store.audit(session, "setting", "setting", None, key)


def auto_lock_minutes(store: Store) -> int:
    """Minutes of inactivity before the window locks (0 = never)."""
    try:
        return max(0, int(get_setting(store, AUTO_LOCK_MINUTES, str(DEFAULT_AUTO_LOCK_MINUTES))))
    except ValueError:
        return DEFAULT_AUTO_LOCK_MINUTES


def set_auto_lock_minutes(store: Store, minutes: int) -> None:
    put_setting(store, AUTO_LOCK_MINUTES, str(max(0, min(minutes, 240))))


# Each user's own choices (not audited: they change nothing about the records).
GREGORIAN = "gregorian"
BUDDHIST = "buddhist"  # Thai Buddhist era: the year + 543
CALENDARS = (GREGORIAN, BUDDHIST)


def _user_key(store: Store, name: str) -> str:
    return f"user/{store.user.id}/{name}"


def user_calendar(store: Store) -> str:
    """The calendar the signed-in user reads years in: "gregorian" (default) or "buddhist"."""
    value = get_setting(store, _user_key(store, "calendar"), GREGORIAN)
    return value if value in CALENDARS else GREGORIAN


def set_user_calendar(store: Store, calendar: str) -> None:
    """Remember the signed-in user's calendar (any role may choose their own)."""
    if calendar not in CALENDARS:
        raise ValueError(calendar)
    _put(store, _user_key(store, "calendar"), calendar, audited=False)
