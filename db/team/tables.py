"""Which tables and columns a team syncs, and how a row's key is written as text.

Every table of the CSO's records syncs, except this laptop's own bookkeeping. A few columns
are this laptop's alone or derived from others, and are never sent: the copies of a session's
programme and date on attendance (kept by database triggers), the search text of a person
(rebuilt from the synced names and phone when they arrive), the counter of first-device codes,
and when a user last signed in here. Of the settings, only the CSO-wide ones sync.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache

from sqlalchemy import Column, Table

from db.models import Base

LOCAL_COLUMNS: Mapping[str, frozenset[str]] = {
    "attendance": frozenset({"programme_id", "month", "date"}),
    "beneficiaries": frozenset({"search_text"}),
    "cso_profile": frozenset({"next_person_number"}),
    "users": frozenset({"last_login_at"}),
}

# Columns of this laptop's own that a snapshot carries all the same, so that a laptop joining
# a big CSO need not work them out again for every row (they follow from the synced ones).
SNAPSHOT_EXTRA: Mapping[str, tuple[str, ...]] = {"beneficiaries": ("search_text",)}

# Changes to these columns always come with another change (an edit stamps updated_at): two
# devices editing different fields of one record is no conflict.
NOT_CONFLICTS = frozenset({"updated_at"})

# Apply order: a row's parents before it (foreign keys are checked at commit all the same).
ORDER = (
    "cso_profile",
    "users",
    "settings",
    "programmes",
    "activity_types",
    "instruments",
    "services",
    "beneficiaries",
    "consent_events",
    "projects",
    "project_participants",
    "sessions",
    "attendance",
    "assessments",
    "referrals",
    "received_referrals",
    "cases",
    "case_shares",
    "case_goals",
    "case_actions",
    "participant_notes",
    "worklist_marks",
    "person_changes",
    "custom_fields",
    "custom_values",
    "session_plans",
    "plan_steps",
    "month_closures",
    "closed_months",
    "reach_ledger",
    "reach_marks",
    "audit_events",
)


@dataclass(frozen=True)
class SyncedTable:
    name: str
    table: Table
    keys: tuple[Column[object], ...]
    columns: tuple[Column[object], ...]  # every synced column, the key columns first

    @property
    def integer_id(self) -> bool:
        """True when rows are keyed by one integer ``id`` this device allocates."""
        return len(self.keys) == 1 and self.keys[0].name == "id" and self.name != "cso_profile"

    @property
    def value_columns(self) -> tuple[Column[object], ...]:
        return tuple(c for c in self.columns if not c.primary_key)

    def key_sql(self, alias: str) -> str:
        """The row's key as text, in SQL (``alias`` is NEW, OLD or a table alias)."""
        parts = [f"CAST({alias}.{c.name} AS TEXT)" for c in self.keys]
        return " || '|' || ".join(parts)

    def join_sql(self, alias: str, key: str) -> str:
        """SQL matching row ``alias`` to the text key ``key`` (uses the primary key index)."""
        if len(self.keys) == 1:
            column = self.keys[0]
            if self.name == "settings":
                return f"{alias}.{column.name} = {key}"
            return f"{alias}.{column.name} = CAST({key} AS INTEGER)"
        first, second = self.keys
        bar = f"instr({key}, '|')"
        return (
            f"{alias}.{first.name} = CAST(substr({key}, 1, {bar} - 1) AS INTEGER) AND "
            f"{alias}.{second.name} = CAST(substr({key}, {bar} + 1) AS INTEGER)"
        )

    def key_values(self, key: str) -> dict[str, object]:
        """The key columns' values of the text key ``key``."""
        if self.name == "settings":
            return {"key": key}
        parts = key.split("|")
        if len(parts) != len(self.keys):
            raise ValueError(key)
        return {c.name: int(p) for c, p in zip(self.keys, parts, strict=True)}


@cache
def synced_tables() -> Mapping[str, SyncedTable]:
    """Every synced table, in apply order."""
    found: dict[str, SyncedTable] = {}
    for name in ORDER:
        table = Base.metadata.tables[name]
        local = LOCAL_COLUMNS.get(name, frozenset())
        keys = tuple(c for c in table.columns if c.primary_key)
        others = tuple(c for c in table.columns if not c.primary_key and c.name not in local)
        found[name] = SyncedTable(name, table, keys, keys + others)
    return found
