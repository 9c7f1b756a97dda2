"""The registry's search through the trigram index (db.search_index): the same people as the
scan it replaces, ranked (the code exactly, then a word that starts with the query, then
anywhere), and the index kept in step by every write of a person.

The oracle is the search as it was before the index: every word of the query, in the search
text's normal form (phone numbers as their digits), found by ``search_text LIKE '%word%'``.
``SAPHAN_SEARCH_EXAMPLES`` sets how many random examples the oracle test tries (default 25).
"""

from __future__ import annotations

import os
import random
import shutil
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import Connection, Engine, text

from db import beneficiaries, housekeeping, keys, migrate, search_index
from db.beneficiaries import count_people, escape_like, find_people, normalise_for_search
from db.engine import make_engine
from db.myanmar_text import zawgyi_to_unicode
from db.store import Store
from db.types import PersonQuery
from db.validation import phone_digits
from tests.conftest import CSO
from tests.db.people import person

EXAMPLES = int(os.environ.get("SAPHAN_SEARCH_EXAMPLES", "25"))

LATIN = ["Kyaw", "Zaw", "Aung", "Min", "Hnin", "Ei", "Win", "Myint", "Su", "Thida", "Ma", "U"]
BURMESE = ["ကျော်", "ဇော်", "အောင်", "မင်း", "နှင်း", "ဝင်း", "မြင့်", "စု", "သီတာ", "ဒေါ်"]
# Names as a Zawgyi keyboard typed them, converted as the import and the form convert them.
ZAWGYI = [zawgyi_to_unicode(z) for z in ("ေက်ာ္", "ျမင့္", "ေအာင္", "ႏွင္း", "သီတာ", "ေဇာ္")]
THAI = ["สมชาย", "สมศรี", "มาลี", "ประเสริฐ", "นาง", "แสง"]
ODD = ["%", "_", '"', "\\", "-", "'"]


def _oracle(store: Store, query: str) -> set[int]:
    """The search as it was before the index: a LIKE scan per word of the query."""
    clauses, params = [], []
    for token in normalise_for_search(query).split():
        clauses.append("search_text LIKE ? ESCAPE '\\'")
        params.append(f"%{escape_like(_needle(token))}%")
    where = " AND ".join(["deleted_at IS NULL", *clauses])
    raw = store.engine.raw_connection()
    try:
        rows = raw.cursor().execute(f"SELECT id FROM beneficiaries WHERE {where}", params)
        return {int(r[0]) for r in rows.fetchall()}
    finally:
        raw.close()


def _search_texts(store: Store) -> dict[int, tuple[str, str]]:
    with store.engine.connect() as c:
        rows = c.execute(text("SELECT id, code, search_text FROM beneficiaries"))
        return {int(pid): (code, st_) for pid, code, st_ in rows}


def _needle(token: str) -> str:
    digits = phone_digits(token)
    phone = token[:1].isdigit() and len(digits) == len(token.replace("-", ""))
    return digits if digits and phone else token


def _tier(code: str, search_text: str, query: str) -> int:
    wanted = " ".join(_needle(t) for t in normalise_for_search(query).split())
    if code.lower() == wanted:
        return 0
    return 1 if f" {wanted}" in f" {search_text}" else 2


def _found(store: Store, query: str) -> list[int]:
    return [r.id for r in find_people(store, PersonQuery(text=query), limit=100_000)]


words = st.sampled_from(LATIN + BURMESE + ZAWGYI + THAI)
junk = st.text(
    alphabet=st.sampled_from(
        [*"abkmyzကခငစညတနပမယရလဝသ\u103b\u103c\u1031\u103a\u102d\u200bกขคงสมนา0123456789", *ODD]
    ),
    min_size=1,
    max_size=6,
)


@st.composite
def names(draw: st.DrawFn) -> tuple[str, str, str]:
    latin = " ".join(draw(st.lists(st.sampled_from(LATIN), min_size=1, max_size=3)))
    if draw(st.booleans()):
        latin += " " + draw(junk).strip()
    script = "".join(draw(st.lists(words | junk, min_size=0, max_size=3)))
    phone = ""
    if draw(st.booleans()):
        digits = "".join(draw(st.lists(st.sampled_from("0123456789"), min_size=7, max_size=7)))
        phone = draw(st.sampled_from(["09", "08"])) + digits
        phone = phone[:3] + draw(st.sampled_from(["", "-", " "])) + phone[3:]
    return latin.strip() or "Ma", script.strip(), phone


@st.composite
def queries(draw: st.DrawFn, stored: list[str]) -> str:
    kind = draw(st.integers(0, 4))
    if kind == 0 and stored:  # a piece of what is stored, 1 to 8 characters
        source = draw(st.sampled_from(stored))
        start = draw(st.integers(0, max(len(source) - 1, 0)))
        piece = source[start : start + draw(st.integers(1, 8))]
        return piece.upper() if draw(st.booleans()) else piece
    if kind == 1:
        return draw(words)
    if kind == 2:
        return draw(junk)
    if kind == 3:  # two words
        return f"{draw(words | junk)} {draw(words | junk)}"
    return draw(st.sampled_from(["", " ", "09", "-000", "a", "ကျ", "สม", "%", '"x"y"']))


@settings(
    max_examples=EXAMPLES,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(data=st.data())
def test_the_index_finds_the_same_people_as_the_scan_best_matches_first(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory, data: st.DataObject
) -> None:
    # A fresh database for each example (a copy of the one setup made for the suite).
    made, master_key, admin = request.getfixturevalue("_new_database")
    db_path = tmp_path_factory.mktemp("search") / "saphan.db"
    for name in (made.name, keys.KeyFile.path_for(made).name):
        shutil.copy2(made.with_name(name), db_path.with_name(name))
    engine = make_engine(db_path, master_key)
    store = Store(path=db_path, engine=engine, cso=CSO, user=admin, master_key=master_key)
    try:
        _same_as_the_scan(store, data)
    finally:
        store.close()


def _same_as_the_scan(store: Store, data: st.DataObject) -> None:
    new = data.draw(st.lists(names(), min_size=1, max_size=6), label="people")
    beneficiaries.register_people(
        store, [person(latin, name_script=script, phone=phone) for latin, script, phone in new]
    )
    texts = _search_texts(store)
    if data.draw(st.booleans(), label="edit someone"):  # an edit changes what is found
        pid = data.draw(st.sampled_from(sorted(texts)))
        latin, script, phone = data.draw(names(), label="new name")
        old = beneficiaries.get_person(store, pid)
        changed = person(latin, name_script=script, phone=phone, consent_date=old.consent_date)
        beneficiaries.update_person(store, pid, changed)
        texts = _search_texts(store)
    if data.draw(st.booleans(), label="delete someone"):  # the deleted are found by no one
        beneficiaries.delete_person(store, data.draw(st.sampled_from(sorted(texts))))
    stored = [s for _code, s in texts.values()] + [latin for latin, _s, _p in new]
    for _ in range(8):
        query = data.draw(queries(stored), label="query")
        found = _found(store, query)
        assert set(found) == _oracle(store, query), query
        assert beneficiaries.count_people(store, PersonQuery(text=query)) == len(found)
        if query.strip():
            ranked = sorted(found, key=lambda pid: (_tier(*texts[pid], query), texts[pid][0]))
            assert found == ranked, query


def test_the_exact_code_comes_first_then_a_word_that_starts_with_it(store: Store) -> None:
    for name in ("Nyi Nyi", "Ko Aungkyaw", "Kyaw Min", "Aung Kyaw", "Mya Mya"):
        beneficiaries.register_person(store, person(name))
    # BEAM-000001 .. 000005; "0000010" is in no code.
    names = {r.id: r.name_latin for r in find_people(store, PersonQuery(), limit=100)}
    found = [names[pid] for pid in _found(store, "kyaw")]
    # a word starting with it (in code order), then inside a word
    assert found == ["Kyaw Min", "Aung Kyaw", "Ko Aungkyaw"]
    assert [names[pid] for pid in _found(store, "beam-000003")] == ["Kyaw Min"]
    codes = [r.code for r in find_people(store, PersonQuery(text="00000"), limit=100)]
    assert codes == sorted(codes)
    # "BEAM-000004": exactly that code first, though "beam" starts every code
    assert _found(store, "BEAM-000004")[0] == next(k for k, v in names.items() if v == "Aung Kyaw")


def _plan(store: Store, query: str) -> str:
    stmt = beneficiaries._page_statement(
        PersonQuery(text=query), 0, 100, beneficiaries.access.scope_of(store)
    )
    compiled = stmt.compile(store.engine, compile_kwargs={"literal_binds": True})
    with store.engine.connect() as c:
        rows = c.exec_driver_sql(f"EXPLAIN QUERY PLAN {compiled}").all()
    return " | ".join(str(r[-1]) for r in rows)


def test_three_characters_or_more_use_the_index_fewer_the_scan(store: Store) -> None:
    beneficiaries.register_person(store, person("Kyaw Min", name_script="ကျော်မင်း"))
    assert search_index.TABLE in _plan(store, "kya")
    assert search_index.TABLE in _plan(store, "ကျော်")
    assert search_index.TABLE not in _plan(store, "ky")
    assert _found(store, "ky") == _found(store, "kya") == _found(store, "ကျ")


def test_every_write_of_a_person_keeps_the_index_in_step(store: Store) -> None:
    first = beneficiaries.register_person(store, person("Kyaw Min", phone="0812345678"))
    beneficiaries.register_people(store, [person("Hnin Ei"), person("Su Su")])
    assert _found(store, "min") == [first.id]
    changed = person("Zaw Win", phone="0812345678", consent_date=first.consent_date)
    beneficiaries.update_person(store, first.id, changed)
    assert _found(store, "min") == []
    assert _found(store, "zaw win") == [first.id]
    assert _found(store, "081-234") == [first.id]
    beneficiaries.delete_person(store, first.id)
    assert _found(store, "zaw") == []
    beneficiaries.restore_person(store, first.id)
    assert _found(store, "zaw") == [first.id]
    with store.engine.connect() as c:
        assert search_index.in_step(c)


def test_an_erased_name_leaves_nothing_in_the_index(store: Store) -> None:
    """secure-delete: the erased person's trigrams are gone from the index's own pages, not
    merely marked deleted until a later merge."""
    keep = beneficiaries.register_person(store, person("Ma Hla"))
    gone = beneficiaries.register_person(store, person("Ma Hla", name_script="ǭǭǭǭ"))
    trigram = "ǭǭǭ".encode()

    def index_bytes() -> bytes:
        with store.engine.connect() as c:
            blobs = c.exec_driver_sql(f"SELECT block FROM {search_index.TABLE}_data").scalars()
            return b"".join(b for b in blobs if b)

    assert trigram in index_bytes()
    housekeeping.erase_person(store, gone.id, "asked to be forgotten")
    assert trigram not in index_bytes()
    assert _found(store, "ma hla") == [keep.id]
    with store.engine.connect() as c:
        assert search_index.in_step(c)


def test_the_index_is_rebuilt_the_same_after_a_bulk_fill(store: Store) -> None:
    for name in ("Kyaw Min", "Hnin Ei", "ကျော်မင်း"):
        beneficiaries.register_person(store, person(name))
    with store.engine.begin() as c:
        c.exec_driver_sql(
            f"INSERT INTO {search_index.TABLE} ({search_index.TABLE}) VALUES ('delete-all')"
        )
        assert not search_index.in_step(c)
        search_index.rebuild(c)
        assert search_index.in_step(c)
    assert len(_found(store, "min")) == len(_found(store, "မင်း")) == 1


def _old_people(engine: Engine, count: int, deleted: frozenset[int] = frozenset()) -> None:
    """People written by plain SQL into a database of an older revision (``deleted``: these
    were deleted)."""
    rng = random.Random(3)
    with engine.begin() as c:
        for i in range(1, count + 1):
            name = " ".join(rng.sample(LATIN + BURMESE + THAI, 2))
            c.execute(
                text(
                    "INSERT INTO beneficiaries (id, code, name_latin, name_script, sex, "
                    "birth_date, birth_date_estimated, nationality, population_group, "
                    "documentation, phone, area, language, consent_date, consent_services, "
                    "consent_referral, consent_data_use, status, closed_reason, notes, "
                    "search_text, has_disability, created_at, updated_at, deleted_at) VALUES "
                    "(:id, :code, :name, '', 'female', '1990-07-01', 1, 'myanmar', "
                    "'new_arrival', 'none', '', '', '', '2025-01-01', 1, 0, 0, 'active', '', "
                    "'', :st, 0, '2025-01-01', '2025-01-01', :deleted)"
                ),
                {
                    "id": i,
                    "code": f"OLD-{i:06d}",
                    "name": name,
                    "st": normalise_for_search(f"OLD-{i:06d} {name}"),
                    "deleted": "2025-06-01 00:00:00" if i in deleted else None,
                },
            )


def _indexed(c: Connection, needle: str) -> list[int]:
    """The row numbers the index itself finds for ``needle`` (no other condition)."""
    return sorted(
        c.execute(
            text(f"SELECT rowid FROM {search_index.TABLE} WHERE {search_index.TABLE} MATCH :q"),
            {"q": search_index.match_expression([needle])},
        ).scalars()
    )


def test_migration_0019_indexes_the_people_of_an_existing_database(tmp_path: Path) -> None:
    engine = make_engine(tmp_path / "old.db", keys.new_master_key())
    migrate.upgrade(engine, target="0015")
    _old_people(engine, 39)
    migrate.upgrade(engine)
    with engine.connect() as c:
        assert search_index.in_step(c)
        assert _indexed(c, "old-00001") == list(range(10, 20))
    with engine.begin() as c:
        cfg = migrate.alembic_config()
        cfg.attributes["connection"] = c
        from alembic import command

        command.downgrade(cfg, "0015")
    with engine.connect() as c:
        left = c.exec_driver_sql(
            "SELECT name FROM sqlite_master WHERE name LIKE 'people_search%'"
        ).all()
        assert left == []
    engine.dispose()


def test_migration_0023_keeps_only_the_living_people_in_the_index(tmp_path: Path) -> None:
    """An existing database's index (0019: everyone) is made again over the living people;
    going back down restores the index of everyone."""
    from alembic import command

    engine = make_engine(tmp_path / "old.db", keys.new_master_key())
    migrate.upgrade(engine, target="0022")
    _old_people(engine, 19, deleted=frozenset({12, 15}))
    with engine.connect() as c:
        assert _indexed(c, "old-00001") == list(range(10, 20))  # deleted ones too, before
    migrate.upgrade(engine)
    with engine.connect() as c:
        assert search_index.in_step(c)
        assert _indexed(c, "old-00001") == [10, 11, 13, 14, 16, 17, 18, 19]
        views = c.exec_driver_sql("SELECT name FROM sqlite_master WHERE type = 'view'").all()
        assert views == [(search_index.VIEW,)]
    with engine.begin() as c:
        cfg = migrate.alembic_config()
        cfg.attributes["connection"] = c
        command.downgrade(cfg, "0022")
    with engine.connect() as c:
        assert search_index.in_step(c)
        assert _indexed(c, "old-00001") == list(range(10, 20))
        views = c.exec_driver_sql("SELECT name FROM sqlite_master WHERE type = 'view'").all()
        assert views == []
    engine.dispose()


def test_a_deleted_person_leaves_the_index_and_comes_back_when_restored(store: Store) -> None:
    """The index holds the living people only: the search and its count need not ask who was
    deleted (db.search_index)."""
    kyaw = beneficiaries.register_person(store, person("Kyaw Min", phone="0812345678"))
    other = beneficiaries.register_person(store, person("Kyaw Soe"))
    beneficiaries.delete_person(store, kyaw.id)
    with store.engine.connect() as c:
        assert _indexed(c, "kyaw") == [other.id]
        assert _indexed(c, "0812345") == []
        assert search_index.in_step(c)
    assert _found(store, "kyaw") == [other.id]
    assert count_people(store, PersonQuery(text="kyaw")) == 1
    beneficiaries.restore_person(store, kyaw.id)
    with store.engine.connect() as c:
        assert _indexed(c, "kyaw") == sorted([kyaw.id, other.id])
        assert search_index.in_step(c)
    assert count_people(store, PersonQuery(text="kyaw min")) == 1
    # An edit of someone deleted (a team's change applied by plain SQL) leaves them out.
    beneficiaries.delete_person(store, kyaw.id)
    with store.engine.begin() as c:
        c.exec_driver_sql(
            "UPDATE beneficiaries SET search_text = 'x kyaw zaw' WHERE id = ?", (kyaw.id,)
        )
    with store.engine.connect() as c:
        assert _indexed(c, "kyaw") == [other.id]
        assert search_index.in_step(c)


def test_the_index_triggers_exist_at_head(store: Store) -> None:
    """A later migration that rebuilds the beneficiaries table (a batch alter) drops its
    triggers: it must create the index's again."""
    with store.engine.connect() as c:
        names = set(
            c.exec_driver_sql(
                "SELECT name FROM sqlite_master WHERE type = 'trigger' "
                "AND tbl_name = 'beneficiaries'"
            ).scalars()
        )
    assert set(search_index.TRIGGERS) <= names


def test_match_expression_quotes_each_needle() -> None:
    assert search_index.match_expression(['a"b c', "xyz"]) == '"a""b c" "xyz"'
    with pytest.raises(ValueError, match="three characters"):
        search_index.match_expression(["ab"])


def test_a_laptop_joining_a_team_and_syncing_finds_the_same_people(
    store: Store, tmp_path: Path
) -> None:
    """A snapshot goes in with the triggers set aside (then the index is rebuilt); later
    changes are applied by plain SQL, through the triggers."""
    from db.team import enrol
    from db.team.sync import sync
    from tests.conftest import ADMIN_PASSWORD

    kyaw = beneficiaries.register_person(store, person("Kyaw Min", name_script="ကျော်မင်း"))
    beneficiaries.register_person(store, person("Hnin Ei"))
    folder = tmp_path / "Team"
    enrol.create_team(
        store, folder, device_name="Office", recovery_passphrase=keys.new_recovery_passphrase()
    )
    invitation = enrol.invite_device(store, name="Field laptop")
    joined = enrol.join_team(
        enrol.JoinRequest(
            tmp_path / "b" / "saphan.db",
            folder,
            invitation.data,
            invitation.code,
            store.user.username,
            ADMIN_PASSWORD,
        )
    ).store
    try:
        assert _found(joined, "ကျော်") == [kyaw.id]
        changed = person("Zaw Win", name_script="ဇော်ဝင်း", consent_date=kyaw.consent_date)
        beneficiaries.update_person(store, kyaw.id, changed)
        sync(store)
        sync(joined)
        assert _found(joined, "ကျော်") == []
        assert _found(joined, "ဇော်ဝင်း") == [kyaw.id]
        with joined.engine.connect() as c:
            assert search_index.in_step(c)
    finally:
        joined.close()


def test_the_order_never_tells_what_a_withheld_phone_number_starts_with(store: Store) -> None:
    """Digits match a BASIC row by its code only; they rank it by its code only too."""
    import dataclasses
    import datetime as dt

    from db import activities, programmes, users
    from db.activities import ActivityType, SessionInput
    from db.types import Role, UserInfo

    first = beneficiaries.register_person(store, person("Ma Hla", phone="0812345678"))
    second = beneficiaries.register_person(store, person("Ko Tun", phone="0000123456"))
    fac = users.create_user(store, "fac", "Fac", Role.FACILITATOR, "a long enough password")
    activities.log_session(
        store,
        SessionInput(
            ActivityType.MHPSS_GROUP,
            programmes.list_programmes(store)[0].id,
            dt.date(2025, 3, 3),
            facilitator_id=fac.id,
            attendee_ids=[first.id, second.id],
        ),
    )
    facilitator = dataclasses.replace(
        store, user=UserInfo(fac.id, "fac", "Fac", Role.FACILITATOR, "en"), broken_glass=set()
    )
    # "0000" is in both codes (BEAM-000001, BEAM-000002) and starts Ko Tun's phone number.
    assert _found(store, "0000") == [second.id, first.id]  # the admin sees the phone
    assert _found(facilitator, "0000") == [first.id, second.id]  # code order only
