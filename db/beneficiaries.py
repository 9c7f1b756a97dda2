"""The beneficiary registry: register, find, edit and delete the people a CSO serves."""

from __future__ import annotations

import dataclasses
import datetime as dt
import difflib
import functools
import unicodedata
from collections.abc import Callable, Sequence
from typing import Any, TypeVar

from sqlalchemy import (
    ColumnElement,
    Select,
    and_,
    case,
    exists,
    func,
    literal,
    literal_column,
    or_,
    select,
    table,
)
from sqlalchemy.engine import Dialect
from sqlalchemy.orm import Session as OrmSession

from db import access, consent, custom_fields, rectification, search_index, settings
from db.access import Access, Scope
from db.custom_fields import Entity
from db.errors import RecordNotFound, ValidationFailed
from db.models import Attendance, CsoProfile, User, utcnow
from db.models import Beneficiary as B
from db.models import Session as ActivitySession
from db.myanmar_text import normalise_myanmar
from db.permissions import Permission
from db.store import Store
from db.team import ids
from db.types import (
    WG_A_LOT,
    WG_DOMAINS,
    AgeBand,
    CaseStatus,
    Documentation,
    Nationality,
    Person,
    PersonInput,
    PersonQuery,
    PersonRow,
    PersonSort,
    PopulationGroup,
    PossibleDuplicate,
    Role,
    Sex,
)
from db.validation import (
    CONTROL_CHARACTER,
    clean_text,
    effective_birth_date,
    phone_digits,
    text_problems,
    validate_person,
)

_ROW_COLUMNS = (
    B.id,
    B.code,
    B.name_latin,
    B.name_script,
    B.sex,
    B.birth_date,
    B.birth_date_estimated,
    B.population_group,
    B.phone,
    B.area,
    B.status,
    B.has_disability,
)

_SORT_COLUMNS: dict[PersonSort, Any] = {
    PersonSort.CODE: B.code,
    PersonSort.NAME_LATIN: B.name_latin,
    PersonSort.NAME_SCRIPT: B.name_script,
    PersonSort.SEX: B.sex,
    # Older people have earlier birth dates: sorting by age ascending is birth date descending.
    PersonSort.AGE: B.birth_date,
    PersonSort.POPULATION_GROUP: B.population_group,
    PersonSort.PHONE: B.phone,
    PersonSort.AREA: B.area,
    PersonSort.STATUS: B.status,
}


def normalise_for_search(text: str) -> str:
    """Lower-case, Unicode NFC, Burmese in one spelling (``normalise_myanmar``), single spaces:
    how both stored text and queries are compared. Migration 0003 recomputes the stored text
    with it; a change here needs such a migration too."""
    return " ".join(normalise_myanmar(text).casefold().split())


def search_text_for(code: str, name_latin: str, name_script: str, phone: str) -> str:
    parts = [code, name_latin, name_script, phone_digits(phone)]
    return normalise_for_search(" ".join(p for p in parts if p))


def has_disability(answers: dict[str, int]) -> bool:
    """Washington Group short set: "a lot of difficulty" or "cannot do at all" in any domain."""
    return any(answer >= WG_A_LOT for answer in answers.values())


# Plain dict look-ups: calling the enum classes costs more than the query for a page of rows.
_SEXES = {m.value: m for m in Sex}
_GROUPS = {m.value: m for m in PopulationGroup}
_STATUSES = {m.value: m for m in CaseStatus}


def _row(r: Any) -> PersonRow:
    """A registry row from a result row of ``_ROW_COLUMNS`` (by position, for speed)."""
    (pid, code, latin, script, sex, born, estimated, group, phone, area, status, disabled) = r
    return PersonRow(
        pid,
        code,
        latin,
        script,
        _SEXES[sex],
        born,
        estimated,
        _GROUPS[group],
        phone,
        area,
        _STATUSES[status],
        disabled,
    )


_PLACEHOLDER_SEX = Sex.OTHER
_PLACEHOLDER_GROUP = PopulationGroup.NEW_ARRIVAL


def _limited_row(r: Any, withheld: frozenset[str]) -> PersonRow:
    """A row of ``_ROW_COLUMNS`` plus the "seen in full" flag: BASIC rows lose what
    ``withheld`` names (db.access), whatever the query returned."""
    *columns, full = r
    if full:
        return _row(columns)
    (pid, code, latin, script, sex, born, _estimated, _group, _phone, _area, status, _d) = columns
    hide_sex = "sex" in withheld
    hide_year = "birth_year" in withheld
    return PersonRow(
        pid,
        code,
        latin,
        script,
        _PLACEHOLDER_SEX if hide_sex else _SEXES[sex],
        dt.date(1900 if hide_year else born.year, 1, 1),
        True,
        _PLACEHOLDER_GROUP,
        "",
        "",
        CaseStatus.ACTIVE if "status" in withheld else _STATUSES[status],
        False,
        withheld | {"population_group", "phone", "area", "has_disability"},
    )


def _birth_range(band: AgeBand, today: dt.date) -> ColumnElement[bool]:
    """People whose age on ``today`` falls in the band, as a range on birth date."""
    low, high = band.years
    latest_birth = _years_before(today, low)  # at least ``low`` years old
    conditions = [B.birth_date <= latest_birth]
    if high is not None:
        # younger than high + 1: born after the date high + 1 years ago
        conditions.append(B.birth_date > _years_before(today, high + 1))
    return and_(*conditions)


def _years_before(day: dt.date, years: int) -> dt.date:
    try:
        return day.replace(year=day.year - years)
    except ValueError:  # 29 February
        return day.replace(year=day.year - years, day=28)


_S = TypeVar("_S", bound=Select[*tuple[Any, ...]])


def escape_like(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def _needles(text: str) -> list[tuple[str, bool]]:
    """What a search looks for: each word of ``text`` in the normal form of the search text,
    and whether it is a phone number (then its digits)."""
    out = []
    for token in normalise_for_search(text).split():
        digits = phone_digits(token)
        # "081-234" matches the stored digits "081234"; "-00001" (part of a code) is no phone
        # number, and matched as typed
        phone = token[:1].isdigit() and len(digits) == len(token.replace("-", ""))
        out.append((digits if digits and phone else token, phone))
    return out


def _index_match(expression: str) -> Select[tuple[Any]]:
    """The record numbers of the people the search index finds for an FTS5 ``expression``."""
    fts = table(search_index.TABLE)
    return (
        select(literal_column("rowid"))
        .select_from(fts)
        .where(literal_column(search_index.TABLE).op("MATCH")(expression))
    )


def _rank(query: PersonQuery, scope: Scope) -> ColumnElement[int] | None:
    """How well a person matches the search, best first: 0 the code exactly, 1 a word (of the
    code, names or phone) that starts with it, 2 anywhere inside. None without a search.
    For someone seen in BASIC, digits rank by the code only: the order must not tell what
    their withheld phone number starts with."""
    needles = _needles(query.text)
    if not needles:
        return None
    wanted = " ".join(needle for needle, _phone in needles)
    # The code exactly, in any case: NOCASE folds the same letters as lower() (ASCII only),
    # without making a lower-cased copy of every code found (a third of the ranking's cost).
    exact = B.code.collate("NOCASE") == wanted
    # A word of the search text starts with it: it follows a space, or the text starts with it
    # (the code, written first). The search text and the query are both in the normal form,
    # lower-cased, so this is what ``' ' || search_text LIKE '% wanted%'`` said, without
    # building a string and matching a pattern for each person found; a word inside is the
    # commoner case (names), so it is asked first.
    prefix: ColumnElement[bool] = or_(
        func.instr(B.search_text, " " + wanted) > 0,
        func.substr(B.search_text, 1, len(wanted)) == wanted,
    )
    if not _everyone(scope) and any(ch.isdigit() for ch in wanted):
        code_prefix = func.lower(B.code).like(f"{escape_like(wanted)}%", escape="\\")
        prefix = or_(and_(access.full_clause(scope), prefix), code_prefix)
    return case((exact, 0), (prefix, 1), else_=2)


def _everyone(scope: Scope | None) -> bool:
    return scope is None or scope.role in (Role.ADMIN, Role.SUPERVISOR)


def _filtered(query: PersonQuery, stmt: _S, scope: Scope | None = None) -> _S:
    """The search and filters, for the people ``scope`` may see (None: everyone in full).
    A filter or search on what a BASIC row withholds matches only people seen in full, so
    neither reveals it (a phone number finds nobody else)."""
    needles = _needles(query.text)
    if not any(search_index.usable(needle) for needle, _phone in needles):
        # (The search index holds the living people only, db.search_index: what it finds needs
        # no asking. Asking would also lead SQLite to start from the index on deleted_at, all
        # living people, each looked up in the index's answer: ~20x slower at 50,000.)
        stmt = stmt.where(B.deleted_at.is_(None))
    everyone = _everyone(scope)
    full: ColumnElement[bool] = literal(True)
    withheld: frozenset[str] = frozenset()
    if scope is not None and not everyone:
        stmt = stmt.where(access.visible_clause(scope))
        full = access.full_clause(scope)
        withheld = access.withheld_for(scope) | {"population_group", "age"}

    def only_full(condition: ColumnElement[bool], field: str) -> ColumnElement[bool]:
        return and_(condition, full) if field in withheld else condition

    indexed: list[str] = []
    for needle, phone in needles:
        # Three characters or more: the trigram index (db.search_index) finds the same people
        # as the scan, all needles in one query; fewer: the scan, as the index has no trigram.
        if search_index.usable(needle):
            indexed.append(needle)
        else:
            stmt = stmt.where(B.search_text.like(f"%{escape_like(needle)}%", escape="\\"))
        if phone and not everyone:
            # digits match a phone number only of people seen in full; a code for everyone
            stmt = stmt.where(or_(full, B.code.like(f"%{escape_like(needle)}%", escape="\\")))
    if indexed:
        stmt = stmt.where(B.id.in_(_index_match(search_index.match_expression(indexed))))
    if query.sex is not None:
        stmt = stmt.where(only_full(B.sex == query.sex.value, "sex"))
    if query.population_group is not None:
        group = B.population_group == query.population_group.value
        stmt = stmt.where(only_full(group, "population_group"))
    if query.status is not None:
        stmt = stmt.where(only_full(B.status == query.status.value, "status"))
    if query.age_band is not None:
        band = _birth_range(query.age_band, query.today or dt.date.today())
        stmt = stmt.where(only_full(band, "age"))
    if query.programme_id is not None:
        attended = (
            exists()
            .where(Attendance.beneficiary_id == B.id)
            .where(Attendance.session_id == ActivitySession.id)
            .where(ActivitySession.programme_id == query.programme_id)
            .where(ActivitySession.deleted_at.is_(None))
        )
        if not everyone and scope is not None:
            # attendance of someone seen in BASIC shows only at sessions the user ran
            attended = attended.where(or_(full, ActivitySession.facilitator_id == scope.user_id))
        stmt = stmt.where(attended)
    return stmt


def _sort_column(sort: PersonSort, scope: Scope) -> Any:
    """The ORDER BY of a column: by what the user sees of it, so the order reveals nothing
    a BASIC row withholds."""
    column = _SORT_COLUMNS[sort]
    if _everyone(scope):
        return column
    withheld = access.withheld_for(scope)
    full = access.full_clause(scope)
    if sort in (PersonSort.PHONE, PersonSort.AREA, PersonSort.POPULATION_GROUP):
        return case((full, column), else_=literal(""))
    if sort is PersonSort.AGE:
        if "birth_year" in withheld:
            return case((full, column), else_=literal(""))
        return case((full, column), else_=func.strftime("%Y-01-01", column))
    if sort.value in withheld:
        return case((full, column), else_=literal(""))
    return column


# Statements are immutable, so the registry's repeated queries (every scroll and keystroke)
# are built once: building one costs about as much as running it on a first page.
@functools.lru_cache(maxsize=256)
def _page_statement(
    query: PersonQuery, offset: int, limit: int, scope: Scope
) -> Select[*tuple[Any, ...]]:
    column = _sort_column(query.sort, scope)
    descending = query.descending != (query.sort is PersonSort.AGE)
    order = [column.desc() if descending else column.asc()]
    rank = _rank(query, scope)
    if rank is not None:
        order.insert(0, rank.asc())
    if query.sort is not PersonSort.CODE:
        order.append(B.code.asc())
    full = literal(True) if _everyone(scope) else access.full_clause(scope)
    stmt = select(*_ROW_COLUMNS, full.label("full"))
    # The page's bounds are written into the SQL (ints, never the user's text): SQLite sorts
    # a search's matches for LIMIT 100 faster when it knows the bound as it prepares the
    # statement (about 7 % of a keystroke's query, tests/benchmarks/bench_search.py).
    first: ColumnElement[int] = literal_column(str(int(offset)))
    count: ColumnElement[int] = literal_column(str(int(limit)))
    return _filtered(query, stmt, scope).order_by(*order).offset(first).limit(count)


@functools.lru_cache(maxsize=256)
def _count_statement(query: PersonQuery, scope: Scope) -> Select[*tuple[Any, ...]]:
    counted = _index_count(query, scope)
    if counted is not None:
        return counted
    return _filtered(query, select(func.count()).select_from(B), scope)


def _index_count(query: PersonQuery, scope: Scope) -> Select[*tuple[Any, ...]] | None:
    """For a user who sees everyone in full, a search the index answers alone and no filter:
    the index's own count of what it finds (the living people only, db.search_index), without
    reading a person's row. None otherwise."""
    unfiltered = dataclasses.replace(
        query, text="", sort=PersonSort.CODE, descending=False, today=None
    )
    needles = _needles(query.text)
    if not _everyone(scope) or unfiltered != PersonQuery() or not needles:
        return None
    if not all(search_index.usable(needle) for needle, _phone in needles):
        return None
    expression = search_index.match_expression(needle for needle, _phone in needles)
    return (
        select(func.count())
        .select_from(table(search_index.TABLE))
        .where(literal_column(search_index.TABLE).op("MATCH")(expression))
    )


def _with_today(query: PersonQuery) -> PersonQuery:
    # Resolve "today" before caching, so a cached age filter never outlives its day.
    if query.age_band is None or query.today is not None:
        return query
    return dataclasses.replace(query, today=dt.date.today())


def find_people(
    store: Store, query: PersonQuery, offset: int = 0, limit: int = 100
) -> list[PersonRow]:
    """One page of the registry, searched, filtered and sorted in SQL: the people the user
    may see (db.access), people seen in BASIC without what it withholds."""
    store.require(Permission.PEOPLE_VIEW)
    scope = access.scope_of(store)
    stmt = _page_statement(_with_today(query), offset, limit, scope)
    withheld = access.withheld_for(scope)
    return [_driver_row(r, withheld) for r in _rows(store, stmt)]


def count_people(store: Store, query: PersonQuery) -> int:
    """How many people match the search and filters."""
    store.require(Permission.PEOPLE_VIEW)
    stmt = _count_statement(_with_today(query), access.scope_of(store))
    return int(_rows(store, stmt)[0][0])


# The registry's queries (every keystroke and scroll) run on the driver's own cursor, as SQL
# compiled once per statement with its values: SQLAlchemy's execution of a cached statement
# (its cache key, result metadata and row processing) cost five times the query itself, a
# search of 50,000 people through the trigram index (tests/benchmarks/bench_search.py).
@functools.lru_cache(maxsize=512)
def _driver_sql(
    stmt: Select[*tuple[Any, ...]], dialect: Dialect
) -> tuple[str, tuple[Any, ...]] | None:
    """The SQL of ``stmt`` for the driver, and its values as the driver takes them (None when
    a value SQLAlchemy converts is in a list that compiling expands: left to SQLAlchemy)."""
    compiled = stmt.compile(dialect=dialect, compile_kwargs={"render_postcompile": True})
    values = compiled.construct_params()
    processors = compiled._bind_processors
    names = compiled.positiontup
    assert names is not None  # SQLite's paramstyle is positional
    if not set(processors) <= set(names):
        return None

    def driver_value(name: str) -> Any:
        processor = processors.get(name)
        if processor is None:
            return values[name]
        assert callable(processor)  # (a sequence only for tuples of values: none here)
        return processor(values[name])

    return str(compiled), tuple(driver_value(name) for name in names)


def _rows(store: Store, stmt: Select[*tuple[Any, ...]]) -> Sequence[Any]:
    """The rows of ``stmt``, run on the driver's connection (:meth:`Store.driver_read`)."""
    compiled = _driver_sql(stmt, store.engine.dialect)
    if compiled is None:
        with store.read() as session:
            return session.connection().execute(stmt).all()
    sql, values = compiled
    with store.driver_read() as driver:
        return list(driver.execute(sql, values).fetchall())


def _driver_row(r: Any, withheld: frozenset[str]) -> PersonRow:
    """:func:`_limited_row` of a driver's row (its date and booleans as the driver gives them:
    text and integers)."""
    (pid, code, latin, script, sex, born, estimated, group, phone, area, status, disabled, full) = r
    if born.__class__ is not dt.date:  # (a date already when SQLAlchemy ran the query)
        born = _FROM_ISO(born)
    if not full:
        return _limited_row(
            (pid, code, latin, script, sex, born, bool(estimated), group, phone, area, status,
             bool(disabled), full),
            withheld,
        )  # fmt: skip
    # A frozen dataclass's __init__ costs more than the query; its fields are set as one dict
    # (tests/db/test_registry_driver.py checks the rows equal those built by PersonRow()).
    row = _NEW_ROW(PersonRow)
    _SET(row, "__dict__", {
        "id": pid, "code": code, "name_latin": latin, "name_script": script,
        "sex": _SEXES[sex], "birth_date": born, "birth_date_estimated": bool(estimated),
        "population_group": _GROUPS[group], "phone": phone, "area": area,
        "status": _STATUSES[status], "has_disability": bool(disabled),
        "withheld": _NOTHING_WITHHELD, "custom": {},
    })  # fmt: skip
    return row


_NEW_ROW = object.__new__
_SET = object.__setattr__
_FROM_ISO = dt.date.fromisoformat
_NOTHING_WITHHELD: frozenset[str] = frozenset()


def _apply(b: B, person: PersonInput) -> None:
    born = effective_birth_date(person)
    assert born is not None
    b.name_latin = clean_text(person.name_latin).strip()
    b.name_script = unicodedata.normalize("NFC", clean_text(person.name_script).strip())
    b.sex = person.sex.value
    b.birth_date = born
    b.birth_date_estimated = person.birth_date is None
    b.nationality = person.nationality.value
    b.population_group = person.population_group.value
    b.documentation = person.documentation.value
    for domain in WG_DOMAINS:
        setattr(b, f"wg_{domain}", person.washington_group.get(domain))
    b.has_disability = has_disability(person.washington_group)
    b.phone = clean_text(person.phone).strip()
    b.area = clean_text(person.area).strip()
    b.language = person.language
    b.consent_date = person.consent_date
    b.consent_services = person.consent_services
    b.consent_referral = person.consent_referral
    b.consent_data_use = person.consent_data_use
    b.notes = clean_text(person.notes, multiline=True).strip()
    b.search_text = search_text_for(b.code, b.name_latin, b.name_script, b.phone)


def _consents(person: PersonInput) -> dict[str, bool]:
    return {
        consent.SERVICES: person.consent_services,
        consent.REFERRAL: person.consent_referral,
        consent.DATA_USE: person.consent_data_use,
    }


def _first_consent(store: Store, session: OrmSession, b: B, person: PersonInput) -> None:
    """The consent history starts with what the person said at registration: one event per
    built-in scope, given or not, effective on the consent date."""
    for scope, granted in _consents(person).items():
        consent.write_event(
            store, session, b, scope, granted, person.consent_date, person.consent_method,
            first=True,
        )  # fmt: skip


def _number_after_erased(session: OrmSession, b: B) -> None:
    """Outside a team, give ``b`` a record number above every erased one (SQLite would give the
    highest number again once its person was erased: the audit trail of who looked at the
    erased person would then read as the new person's)."""
    if ids.next_id_range(session.connection()) is not None:
        return  # a team's laptop gives numbers from its own counter, which never goes back
    through = settings.get_in(session, settings.ERASED_THROUGH_ID)
    if through and through >= (session.scalar(select(func.max(B.id))) or 0):
        b.id = through + 1


def _next_code(session: OrmSession, profile: CsoProfile) -> str:
    """The next readable code: CSO-000123, or on a team's other laptops their own series."""
    code = ids.next_person_code(session.connection(), profile.code)
    if code is None:
        code = f"{profile.code}-{profile.next_person_number:06d}"
        profile.next_person_number += 1
    return code


def register_person(store: Store, person: PersonInput, today: dt.date | None = None) -> Person:
    """Register a person with consent; gives them the next readable code (e.g. BEAM-000123)."""
    store.require(Permission.PEOPLE_REGISTER)
    problems = validate_person(person, today)
    custom, custom_problems = custom_fields.validate(
        store, Entity.PERSON, person.custom, require_all=True, today=today
    )
    problems |= custom_problems
    if problems:
        raise ValidationFailed(problems)
    with store.write() as session:
        profile = session.get(CsoProfile, 1)
        assert profile is not None
        code = _next_code(session, profile)
        b = B(code=code, created_by=store.user.id, consent_recorded_by=store.user.id)
        _apply(b, person)
        _number_after_erased(session, b)
        session.add(b)
        session.flush()
        _first_consent(store, session, b, person)
        custom_fields.write_values(session, Entity.PERSON, b.id, custom)
        store.audit(session, "create", "person", b.id)
        new_id = b.id
    return _get(store, new_id)


def register_people(
    store: Store,
    people: Sequence[PersonInput],
    today: dt.date | None = None,
    detail: str = "",
    progress: Callable[[int], None] | None = None,
) -> list[str]:
    """Register many people (an import) in ONE transaction: all of them or, on any error,
    none. Each gets the next code, as :func:`register_person` gives it; the audit trail gets
    a "create" per person and one "import" event with the count (and ``detail``), never
    names. ``progress(n)`` is called after each person. Returns the codes, in order."""
    store.require(Permission.PEOPLE_REGISTER)
    fields = custom_fields.list_fields(store, Entity.PERSON, include_inactive=True)
    customs: list[dict[int, str]] = []
    for person in people:
        problems = validate_person(person, today)
        # An import gives the custom fields it has columns for (db.importing).
        custom, custom_problems = custom_fields.check_values(
            fields, person.custom or {}, require_all=False, today=today
        )
        problems |= custom_problems
        if problems:
            raise ValidationFailed(problems)
        customs.append(custom)
    with store.write() as session:
        profile = session.get(CsoProfile, 1)
        assert profile is not None
        added: list[B] = []
        for done, person in enumerate(people, 1):
            code = _next_code(session, profile)
            b = B(code=code, created_by=store.user.id, consent_recorded_by=store.user.id)
            _apply(b, person)
            if not added:
                _number_after_erased(session, b)  # the others follow it
            session.add(b)
            added.append(b)
            if progress is not None:
                progress(done)
        session.flush()
        for b, person, custom in zip(added, people, customs, strict=True):
            _first_consent(store, session, b, person)
            custom_fields.write_values(session, Entity.PERSON, b.id, custom)
        for b in added:
            store.audit(session, "create", "person", b.id, "import")
        store.audit(session, "import", "people", None, f"count={len(added)}{detail}")
        return [b.code for b in added]


def update_person(
    store: Store, person_id: int, person: PersonInput, today: dt.date | None = None
) -> Person:
    """Change a person's record. A consent that changes is recorded in the consent history
    (db.consent) as a grant or withdrawal effective ``today``; consent to services may be
    withdrawn here too (the record is then restricted)."""
    store.require(Permission.PEOPLE_EDIT)
    problems = validate_person(person, today, registering=False)
    custom, custom_problems = custom_fields.validate(
        store, Entity.PERSON, person.custom, require_all=False, today=today
    )
    problems |= custom_problems
    if problems:
        raise ValidationFailed(problems)
    access.require_full(store, person_id)
    with store.write() as session:
        b = session.get(B, person_id)
        if b is None or b.deleted_at is not None:
            raise RecordNotFound(str(person_id))
        consents = {
            scope: bool(getattr(b, f"consent_{scope}")) for scope in consent.BUILT_IN_SCOPES
        }
        consent_changed = b.consent_date != person.consent_date or consents != _consents(person)
        before = rectification.snapshot(b)
        _apply(b, person)
        for scope, granted in _consents(person).items():
            if granted != consents[scope]:
                consent.write_event(
                    store, session, b, scope, granted, today or dt.date.today(),
                    person.consent_method,
                )  # fmt: skip
        if consent_changed:
            b.consent_recorded_by = store.user.id
        b.updated_at = utcnow()
        # The rectification history: one row per changed field, old and new value.
        rectification.record_changes(session, store, b, before)
        changed = custom_fields.write_values(session, Entity.PERSON, b.id, custom)
        if changed:
            fields = custom_fields.fields_in(session, Entity.PERSON, include_inactive=True)
            codes = {f.id: f.code for f in fields}
            rectification.record_custom_changes(session, store, b.id, changed, codes)
        store.audit(session, "edit", "person", b.id, "consent changed" if consent_changed else "")
    return _get(store, person_id)


def get_person(store: Store, person_id: int) -> Person:
    """A person's record, as much of it as the user may see (db.access): in full, or in BASIC
    with the withheld fields emptied and named in ``Person.withheld``. Someone the user may
    not see at all raises :class:`AccessDenied`. Opening a record is written to the audit
    trail."""
    store.require(Permission.PEOPLE_VIEW)
    level = access.require_visible(store, person_id)
    person = _get(store, person_id)
    if level is Access.BASIC:
        person = _limited(person, access.withheld_for(access.scope_of(store)))
    with store.write() as session:
        store.audit(session, "view", "person", person_id, "" if level is Access.FULL else "basic")
    return person


def _limited(person: Person, withheld: frozenset[str]) -> Person:
    """The person with what ``withheld`` names emptied (placeholders for the enums)."""
    epoch = dt.date(1900, 1, 1)
    return dataclasses.replace(
        person,
        sex=_PLACEHOLDER_SEX if "sex" in withheld else person.sex,
        birth_date=dt.date(1900 if "birth_year" in withheld else person.birth_date.year, 1, 1),
        birth_date_estimated=True,
        nationality=Nationality.OTHER,
        population_group=_PLACEHOLDER_GROUP,
        documentation=Documentation.OTHER,
        washington_group={},
        has_disability=False,
        phone="",
        area="",
        language="",
        consent_date=epoch,
        consent_services=False,
        consent_referral=False,
        consent_data_use=False,
        consent_recorded_by="",
        status=CaseStatus.ACTIVE if "status" in withheld else person.status,
        closed_reason="",
        notes="",
        created_at=dt.datetime(1900, 1, 1),
        updated_at=dt.datetime(1900, 1, 1),
        withheld=withheld,
        custom={},
    )


def _get(store: Store, person_id: int) -> Person:
    with store.read() as session:
        b = session.get(B, person_id)
        if b is None or b.deleted_at is not None:
            raise RecordNotFound(str(person_id))
        recorder = session.get(User, b.consent_recorded_by) if b.consent_recorded_by else None
        wg = {d: v for d in WG_DOMAINS if (v := getattr(b, f"wg_{d}")) is not None}
        custom = custom_fields.typed_values(session, Entity.PERSON, [b.id]).get(b.id, {})
        return Person(
            id=b.id,
            code=b.code,
            name_latin=b.name_latin,
            name_script=b.name_script,
            sex=Sex(b.sex),
            birth_date=b.birth_date,
            birth_date_estimated=b.birth_date_estimated,
            nationality=Nationality(b.nationality),
            population_group=PopulationGroup(b.population_group),
            documentation=Documentation(b.documentation),
            washington_group=wg,
            has_disability=b.has_disability,
            phone=b.phone,
            area=b.area,
            language=b.language,
            consent_date=b.consent_date,
            consent_services=b.consent_services,
            consent_referral=b.consent_referral,
            consent_data_use=b.consent_data_use,
            consent_recorded_by=recorder.full_name if recorder else "",
            status=CaseStatus(b.status),
            closed_reason=b.closed_reason,
            notes=b.notes,
            created_at=b.created_at,
            updated_at=b.updated_at,
            custom=custom,
        )


def delete_person(store: Store, person_id: int) -> None:
    """Soft delete: the record disappears from the registry but stays for the audit trail
    (permanent erasure is a separate, admin-only step)."""
    store.require(Permission.PEOPLE_DELETE)
    with store.write() as session:
        b = session.get(B, person_id)
        if b is None or b.deleted_at is not None:
            raise RecordNotFound(str(person_id))
        b.deleted_at = utcnow()
        store.audit(session, "delete", "person", person_id)


def restore_person(store: Store, person_id: int) -> None:
    """Undo a soft delete."""
    store.require(Permission.PEOPLE_DELETE)
    with store.write() as session:
        b = session.get(B, person_id)
        if b is None or b.deleted_at is None:
            raise RecordNotFound(str(person_id))
        b.deleted_at = None
        store.audit(session, "restore", "person", person_id)


def _name_key(name: str) -> str:
    # "Ma Hnin Ei" and "Hnin Ei, Ma" compare the same; honorifics stay (they carry sex/age).
    return " ".join(sorted(normalise_for_search(name.replace(",", " ")).split()))


def name_key(name: str) -> str:
    """How Latin names are compared when looking for duplicates (word order ignored)."""
    return _name_key(name)


SIMILARITY_THRESHOLD = 0.85


def find_possible_duplicates(
    store: Store, person: PersonInput, exclude_id: int | None = None
) -> list[PossibleDuplicate]:
    """People with the same or a similar name born within a year of this person."""
    store.require(Permission.PEOPLE_VIEW)
    born = effective_birth_date(person)
    if born is None:
        return []
    latin = _name_key(person.name_latin)
    script = normalise_for_search(person.name_script)
    if not latin and not script:
        return []
    # Only people the user may see; those seen in BASIC as BASIC rows (db.access).
    scope = access.scope_of(store)
    full = literal(True) if _everyone(scope) else access.full_clause(scope)
    stmt = _filtered(PersonQuery(), select(*_ROW_COLUMNS, full.label("full")), scope).where(
        B.birth_date >= dt.date(born.year - 1, 1, 1), B.birth_date <= dt.date(born.year + 1, 12, 31)
    )
    withheld = access.withheld_for(scope)
    if exclude_id is not None:
        stmt = stmt.where(B.id != exclude_id)
    found: list[PossibleDuplicate] = []
    with store.read() as session:
        for r in session.execute(stmt.order_by(B.code)):
            reason = ""
            other_latin = _name_key(r.name_latin)
            if script and normalise_for_search(r.name_script) == script:
                reason = "same_script_name"
            elif latin and other_latin == latin:
                reason = "same_name"
            elif (
                latin
                and other_latin
                and (
                    difflib.SequenceMatcher(None, latin, other_latin).ratio()
                    >= SIMILARITY_THRESHOLD
                )
            ):
                reason = "similar_name"
            if reason:
                found.append(PossibleDuplicate(_limited_row(r, withheld), reason))
    return found[:20]


def close_case(store: Store, person_id: int, reason: str) -> None:
    store.require(Permission.PEOPLE_EDIT)
    if not reason.strip():
        raise ValidationFailed({"closed_reason": "required"})
    if text_problems({"closed_reason": reason}):
        raise ValidationFailed({"closed_reason": CONTROL_CHARACTER})
    access.require_full(store, person_id)
    with store.write() as session:
        b = session.get(B, person_id)
        if b is None or b.deleted_at is not None:
            raise RecordNotFound(str(person_id))
        before = rectification.snapshot(b)
        b.status = CaseStatus.CLOSED.value
        b.closed_reason = clean_text(reason, multiline=True).strip()
        b.updated_at = utcnow()
        rectification.record_changes(session, store, b, before)
        store.audit(session, "close_case", "person", person_id)


def reopen_case(store: Store, person_id: int) -> None:
    store.require(Permission.PEOPLE_EDIT)
    access.require_full(store, person_id)
    with store.write() as session:
        b = session.get(B, person_id)
        if b is None or b.deleted_at is not None:
            raise RecordNotFound(str(person_id))
        before = rectification.snapshot(b)
        b.status = CaseStatus.ACTIVE.value
        b.closed_reason = ""
        b.updated_at = utcnow()
        rectification.record_changes(session, store, b, before)
        store.audit(session, "reopen_case", "person", person_id)


def person_id_by_code(store: Store, code: str) -> int | None:
    """The id of the live person with this code (exactly as written, any case), or None; only
    someone the user may see."""
    store.require(Permission.PEOPLE_VIEW)
    with store.read() as session:
        found = session.scalar(
            select(B.id).where(func.upper(B.code) == code.strip().upper(), B.deleted_at.is_(None))
        )
    if found is None:
        return None
    access.require_visible(store, int(found))
    return int(found)


__all__ = [
    "close_case",
    "count_people",
    "delete_person",
    "find_people",
    "find_possible_duplicates",
    "get_person",
    "has_disability",
    "person_id_by_code",
    "register_people",
    "register_person",
    "reopen_case",
    "restore_person",
    "update_person",
]
