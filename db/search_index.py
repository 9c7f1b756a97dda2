"""The registry's search index: an FTS5 table of trigrams over each person's search text.

Burmese and Thai are written without spaces between words, so words cannot be the unit of a
search: the index holds every three characters of ``beneficiaries.search_text`` (the code, the
names in one Burmese spelling, the phone digits, lower-cased: db.beneficiaries). A query of
three or more characters then finds exactly the people whose search text contains it, as the
``LIKE '%...%'`` scan did, without reading every row. Shorter queries have no trigram and keep
the scan (db.beneficiaries).

The index holds the living people only: its content is the view ``people_searchable``
(the search text of the people not deleted), so what it finds is who a search may show, with
no deleted person to ask about or take off its count. It keeps no copy of the text (only the
trigrams and row numbers are its own) and is kept in step by triggers on ``beneficiaries``, in
the transaction that writes the person, whoever writes it: the registry, an import, a delete
or restore, an erasure, or a team's changes applied by plain SQL. Its ``secure-delete``
option removes a person's trigrams from the index at once (not merely marked deleted until a
later merge), so an erasure leaves nothing of the name in it. Migration 0019 created it and
its triggers; 0023 made it again over the living people. A bulk fill that sets the triggers
aside (a team's snapshot, db.team.apply) calls :func:`rebuild` afterwards.

The index is this laptop's own: it is no synced table (db.team.tables) and has no team capture
triggers.
"""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import Connection
from sqlalchemy.exc import DatabaseError

TABLE = "people_search"
VIEW = "people_searchable"  # the living people's search text, which the index holds
# The FTS5 table and the shadow tables SQLite keeps its data in.
SHADOW_SUFFIXES = ("_data", "_idx", "_config", "_docsize")
TRIGGERS = (f"{TABLE}_insert", f"{TABLE}_update", f"{TABLE}_delete")
MIN_CHARACTERS = 3  # a trigram index finds nothing shorter


def is_index_table(name: str) -> bool:
    """Whether ``name`` is the index or one of its shadow tables (none is a model's table)."""
    return name == TABLE or any(name == TABLE + s for s in SHADOW_SUFFIXES)


def usable(needle: str) -> bool:
    """Whether the index can answer a search for ``needle`` (three characters or more)."""
    return len(needle) >= MIN_CHARACTERS


def match_expression(needles: Iterable[str]) -> str:
    """An FTS5 query for rows containing every needle (each of at least three characters) as
    typed: each is one quoted phrase, so no character of it is query syntax."""
    phrases = []
    for needle in needles:
        if not usable(needle):
            raise ValueError("a trigram index cannot search for fewer than three characters")
        phrases.append('"' + needle.replace('"', '""') + '"')
    return " ".join(phrases)


def rebuild(connection: Connection) -> None:
    """Fill the index again from every living person's search text (after a bulk fill that
    set the triggers aside)."""
    connection.exec_driver_sql(f"INSERT INTO {TABLE} ({TABLE}) VALUES ('rebuild')")


def in_step(connection: Connection) -> bool:
    """Whether the index holds exactly every living person's search text (FTS5's integrity
    check against the view it indexes). For tests and checks: it reads everything."""
    try:
        connection.exec_driver_sql(
            f"INSERT INTO {TABLE} ({TABLE}, rank) VALUES ('integrity-check', 1)"
        )
    except DatabaseError:
        return False
    return True
