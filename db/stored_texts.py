"""Every short text stored in a database: what the CSO entered or its data came with (names of
people, programmes, projects, plans, places, instruments' wording). The fit check
(desktop/gallery.py) leaves these out when it looks for English left in a translated screen:
data is shown as written."""

from __future__ import annotations

from sqlalchemy import String, Text, select

from db.models import Base
from db.store import Store

MAX_LENGTH = 300


def stored_texts(store: Store, rows_per_table: int = 3000) -> tuple[str, ...]:
    """The distinct texts of 4 to MAX_LENGTH characters in every table's text columns, the
    longest first (so a longer one is taken out of a sentence before a part of it)."""
    found: set[str] = set()
    with store.read() as session:
        for table in Base.metadata.sorted_tables:
            columns = [c for c in table.columns if isinstance(c.type, String | Text)]
            if not columns:
                continue
            for row in session.execute(select(*columns).limit(rows_per_table)):
                for value in row:
                    if isinstance(value, str) and 3 < len(value) <= MAX_LENGTH:
                        found.add(value)
    return tuple(sorted(found, key=lambda text: (-len(text), text)))
