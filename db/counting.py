"""Counting people reached: unique people, disaggregated, for any period and programme.

Definitions (the ones the network reports on):
- A person is *reached* by a programme in a period when they attended at least one of its
  (not deleted) sessions on a date inside the period. Each person counts once per programme
  and period, however often they came.
- Monthly uniques and cumulative uniques are different numbers: never add months up. Progress
  toward a target uses the unique count over the whole programme period (``cumulative``).
- Age is the age on the date of the person's first attendance in that period (and programme),
  so a child who turns 18 between two sessions counts once, as a child.
- Disability follows the Washington Group short set (recorded on the person).
- People whose record was deleted do not count.
- Shared figures (``shared=True``: bundles, the server, network exports) honour consent to
  data use: an attendance or referral on day d of person p counts iff p's data-use consent on d
  is given. That is the latest data-use event (db.consent) effective on or before d; before
  p's first event, that first day's (a grant covers data already held, a first refusal
  excludes everything). Someone with no data-use event at all follows their
  ``consent_data_use``. Internal figures (``shared=False``) count everyone.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import text

from db.permissions import Permission
from db.store import Store
from db.types import PopulationGroup, Sex

FINE_BANDS = ("0-4", "5-11", "12-17", "18-59", "60+")
COARSE_OF = {"0-4": "0-17", "5-11": "0-17", "12-17": "0-17", "18-59": "18-59", "60+": "60+"}
CUMULATIVE = "cumulative"


@dataclass(frozen=True)
class ReachCell:
    """People reached in one programme, period and disaggregation cell."""

    programme_id: int
    period: str  # "YYYY-MM", or "cumulative" for the whole requested range
    sex: Sex
    age_band: str  # one of FINE_BANDS
    population_group: PopulationGroup
    disability: bool
    people: int

    @property
    def coarse_age_band(self) -> str:
        return COARSE_OF[self.age_band]


# Age in whole years at the first attendance, from ISO date strings, then the fine band.
_AGE = (
    "(CAST(substr(f.first_date, 1, 4) AS INTEGER) - CAST(substr(b.birth_date, 1, 4) AS INTEGER)"
    " - (substr(f.first_date, 6, 5) < substr(b.birth_date, 6, 5)))"
)
_BAND = (
    f"CASE WHEN {_AGE} < 5 THEN '0-4' WHEN {_AGE} < 12 THEN '5-11' "
    f"WHEN {_AGE} < 18 THEN '12-17' WHEN {_AGE} < 60 THEN '18-59' ELSE '60+' END"
)


# The spans of days on which a person is left out of shared figures: [lo, hi) with ISO dates
# ('' and '9999-12-31' for open ends); ``withdrawn`` when the span starts with a withdrawal
# (not with the person's first word on data use). Of several events on one day, the one
# recorded last decides.
_LEFT_OUT_CTES = """
    du_day AS (
        SELECT beneficiary_id AS pid, effective, granted,
               row_number() OVER (PARTITION BY beneficiary_id, effective
                                  ORDER BY recorded_at DESC, id DESC) AS k
        FROM consent_events WHERE scope = 'data_use'
    ),
    du AS (
        SELECT pid, effective, granted,
               lead(effective) OVER (PARTITION BY pid ORDER BY effective) AS next_day,
               min(effective) OVER (PARTITION BY pid) AS first_day
        FROM du_day WHERE k = 1
    ),
    left_out AS MATERIALIZED (
        SELECT pid, CASE WHEN effective = first_day THEN '' ELSE effective END AS lo,
               coalesce(next_day, '9999-12-31') AS hi, effective <> first_day AS withdrawn
        FROM du WHERE NOT granted
        UNION ALL
        SELECT b.id, '', '9999-12-31', 0 FROM beneficiaries b
        WHERE NOT b.consent_data_use AND NOT EXISTS (
            SELECT 1 FROM consent_events e WHERE e.beneficiary_id = b.id AND e.scope = 'data_use'
        )
    ),
    left_out_always AS MATERIALIZED (
        SELECT pid FROM left_out WHERE lo = '' AND hi = '9999-12-31'
    ),
    left_out_some_days AS MATERIALIZED (
        SELECT pid FROM left_out WHERE NOT (lo = '' AND hi = '9999-12-31')
    )
"""


def _shared_filter(person: str, day: str) -> str:
    """SQL: the row of ``person`` on ``day`` is not left out of shared figures. Most people
    left out are left out on every day (a lookup in a small list); the spans of days are
    checked only for the few who changed their mind."""
    return (
        f" AND {person} NOT IN left_out_always AND ({person} NOT IN left_out_some_days "
        f"OR NOT EXISTS (SELECT 1 FROM left_out x WHERE x.pid = {person} "
        f"AND {day} >= x.lo AND {day} < x.hi))"
    )


def _with(shared: bool, *ctes: str) -> str:
    """A WITH clause of ``ctes``, after the left-out spans when ``shared`` ("" for none)."""
    parts = ([_LEFT_OUT_CTES] if shared else []) + list(ctes)
    return "WITH " + ",".join(parts) if parts else ""


def shared_sql(query: str, person: str, day: str) -> str:
    """``query`` (a SELECT whose WHERE clause ends where the filter goes) preceded by the
    left-out spans and followed by the shared-figure filter of ``person`` on ``day``: the rows
    that count in shared figures (for other aggregates such as :mod:`db.outcomes`)."""
    return f"{_with(True)} {query} {_shared_filter(person, day)}"


def _first_seen(monthly: bool, programme_filter: str, shared: bool = False) -> str:
    """Each person's first attendance date per programme and period.

    Attendance rows carry their session's programme, month and date (kept by triggers), and
    the index ix_attendance_reach is in (programme, month, person, date) order: the monthly
    grouping streams through it without sorting a million rows. The join to sessions only
    leaves out deleted sessions."""
    period = "a.month" if monthly else f"'{CUMULATIVE}'"
    consent = _shared_filter("a.beneficiary_id", "a.date") if shared else ""
    return f"""
        SELECT a.programme_id AS programme_id, {period} AS period,
               a.beneficiary_id AS pid, min(a.date) AS first_date
        FROM attendance a JOIN sessions s ON s.id = a.session_id
        WHERE s.deleted_at IS NULL AND a.date >= :start AND a.date <= :end {programme_filter}
              {consent}
        GROUP BY a.programme_id, {period}, a.beneficiary_id
    """


def _disaggregate(source: str) -> str:
    # CROSS JOIN fixes the join order: look people up by primary key from the (smaller) list
    # of first attendances, rather than building a temporary index over it (3x slower).
    return f"""
        SELECT f.programme_id, f.period, b.sex, {_BAND} AS band, b.population_group,
               b.has_disability, count(*) AS people
        FROM {source} AS f CROSS JOIN beneficiaries b ON b.id = f.pid
        WHERE b.deleted_at IS NULL
        GROUP BY f.programme_id, f.period, b.sex, band, b.population_group, b.has_disability
    """


def _reach_sql(monthly: bool, one_programme: bool, shared: bool = False) -> str:
    programme_filter = "AND a.programme_id = :programme_id" if one_programme else ""
    first = _first_seen(monthly, programme_filter, shared)
    return f"{_with(shared, f'f AS ({first})')} {_disaggregate('f')}"


def _both_sql(one_programme: bool, shared: bool = False) -> str:
    # The whole-period first attendance is the earliest of the monthly ones, so one pass over
    # the attendance serves both figures.
    programme_filter = "AND a.programme_id = :programme_id" if one_programme else ""
    monthly = f"m AS MATERIALIZED ({_first_seen(True, programme_filter, shared)})"
    whole = f"""w AS (SELECT programme_id, '{CUMULATIVE}' AS period, pid,
                             min(first_date) AS first_date
                      FROM m GROUP BY programme_id, pid)"""
    return f"""
        {_with(shared, monthly, whole)}
        {_disaggregate("m")}
        UNION ALL
        {_disaggregate("w")}
    """


def _cells(store: Store, sql: str, params: dict[str, object]) -> list[ReachCell]:
    with store.read() as session:
        return [
            ReachCell(
                programme_id=int(r[0]),
                period=str(r[1]),
                sex=Sex(r[2]),
                age_band=str(r[3]),
                population_group=PopulationGroup(r[4]),
                disability=bool(r[5]),
                people=int(r[6]),
            )
            for r in session.execute(text(sql), params)
        ]


def _params(start: dt.date, end: dt.date, programme_id: int | None) -> dict[str, object]:
    params: dict[str, object] = {"start": start.isoformat(), "end": end.isoformat()}
    if programme_id is not None:
        params["programme_id"] = programme_id
    return params


# --- reading the reach table (db/reach.py) -------------------------------------------------------

# Counting reads the reach table when the period is whole months (as bundles, dashboards and
# reports ask); another period is counted from the attendance (the queries above). Tests turn
# this off to compare the two.
USE_REACH = True


def whole_months(start: dt.date, end: dt.date) -> tuple[str, str] | None:
    """("YYYY-MM", "YYYY-MM") when ``start`` .. ``end`` is whole calendar months, else None."""
    if start.day != 1 or start > end or (end + dt.timedelta(days=1)).day != 1:
        return None
    return start.strftime("%Y-%m"), end.strftime("%Y-%m")


def _reach_where(one_programme: bool, shared: bool) -> str:
    where = "r.month >= :m0 AND r.month <= :m1"
    if one_programme:
        where += " AND r.programme_id = :programme_id"
    if shared:
        where += " AND r.shared_date IS NOT NULL"
    return where


def _reach_columns(shared: bool) -> tuple[str, str]:
    return ("r.shared_date", "r.shared_band") if shared else ("r.first_date", "r.band")


def _reach_earliest(where: str, shared: bool, by: str) -> str:
    """Each ``by`` group's earliest row (SQLite takes the bare columns of a query with one
    min() from the row that has it): the age band at the first attendance of the period."""
    day, band = _reach_columns(shared)
    return f"""
        SELECT r.programme_id AS programme_id, r.month AS month, min({day}) AS day,
               {band} AS band, r.sex AS sex, r.population_group AS population_group,
               r.disability AS disability
        FROM reach_months r WHERE {where} GROUP BY {by}
    """


def _reach_overall(where: str, shared: bool, programme: str = "e.programme_id") -> str:
    per_programme = programme == "e.programme_id"
    by = "r.programme_id, r.beneficiary_id" if per_programme else "r.beneficiary_id"
    group = "e.programme_id, " if per_programme else ""
    return f"""
        SELECT {programme}, '{CUMULATIVE}', e.sex, e.band, e.population_group, e.disability,
               count(*)
        FROM ({_reach_earliest(where, shared, by)}) AS e
        GROUP BY {group}e.sex, e.band, e.population_group, e.disability
    """


# Per programme, the monthly and whole-period figures sum the reach table's cells (db.reach,
# ``reach_cells``): a month's people are its cells; the period's are the cells of its months
# whose person's previous month in the programme came before the period (their first month of
# the period, with its age band). The figures across programmes and the ones leaving out the
# reach ledger's people read the reach table's rows.


def _cells_where(one_programme: bool, shared: bool) -> str:
    where = f"c.shared = {int(shared)} AND c.month >= :m0 AND c.month <= :m1"
    if one_programme:
        where += " AND c.programme_id = :programme_id"
    return where


def _cells_sql(where: str) -> str:
    """Per programme, month and cell (in the reach cells' key order, so SQLite groups them
    as it reads them): the month's people, and those of them whose first month of the period
    (from ``:m0``) it is."""
    return f"""
        SELECT c.programme_id, c.month, c.sex, c.band, c.population_group, c.disability,
               sum(c.people), sum(CASE WHEN c.prev_month < :m0 THEN c.people ELSE 0 END)
        FROM reach_cells c WHERE {where}
        GROUP BY c.month, c.programme_id, c.sex, c.band, c.population_group, c.disability
    """


def _from_cells(
    store: Store, where: str, params: dict[str, object], *, monthly: bool, overall: bool
) -> list[ReachCell]:
    """The monthly and/or whole-period cells of the reach cells ``where`` selects."""
    out: list[ReachCell] = []
    whole: dict[tuple[int, str, str, str, bool], int] = defaultdict(int)
    with store.read() as session:
        rows = session.execute(text(_cells_sql(where)), params).all()
    for programme, month, sex, band, group, disability, people, first in rows:
        if monthly:
            out.append(
                ReachCell(
                    int(programme), str(month), _SEX[sex], str(band), _GROUP[group],
                    bool(disability), int(people),
                )
            )  # fmt: skip
        if overall and first:
            whole[(int(programme), sex, str(band), group, bool(disability))] += int(first)
    out += [
        ReachCell(p, CUMULATIVE, _SEX[sex], band, _GROUP[group], disability, people)
        for (p, sex, band, group, disability), people in whole.items()
    ]
    return out


_SEX = {s.value: s for s in Sex}
_GROUP = {g.value: g for g in PopulationGroup}


def _reach_params(
    months: tuple[str, str], programme_id: int | None, **extra: object
) -> dict[str, object]:
    params: dict[str, object] = {"m0": months[0], "m1": months[1], **extra}
    if programme_id is not None:
        params["programme_id"] = programme_id
    return params


def people_reached(
    store: Store,
    start: dt.date,
    end: dt.date,
    *,
    programme_id: int | None = None,
    monthly: bool = False,
    shared: bool = False,
) -> list[ReachCell]:
    """Unique people reached between ``start`` and ``end`` (inclusive), per programme and
    disaggregation cell; per calendar month when ``monthly``. Cells with nobody are omitted.
    ``shared``: the figures that leave the CSO, honouring consent to data use."""
    store.require(Permission.AGGREGATES_VIEW)
    months = whole_months(start, end) if USE_REACH else None
    if months is not None:
        where = _cells_where(programme_id is not None, shared)
        params = _reach_params(months, programme_id)
        return _from_cells(store, where, params, monthly=monthly, overall=not monthly)
    sql = _reach_sql(monthly, programme_id is not None, shared)
    return _cells(store, sql, _params(start, end, programme_id))


def people_reached_monthly_and_overall(
    store: Store,
    start: dt.date,
    end: dt.date,
    *,
    programme_id: int | None = None,
    shared: bool = False,
) -> list[ReachCell]:
    """Both at once, in one pass: the monthly cells ("YYYY-MM") and the whole-period cells
    ("cumulative"). Same numbers as two calls of :func:`people_reached`, about twice as fast."""
    store.require(Permission.AGGREGATES_VIEW)
    months = whole_months(start, end) if USE_REACH else None
    if months is not None:
        where = _cells_where(programme_id is not None, shared)
        params = _reach_params(months, programme_id)
        return _from_cells(store, where, params, monthly=True, overall=True)
    sql = _both_sql(programme_id is not None, shared)
    return _cells(store, sql, _params(start, end, programme_id))


def total(cells: Iterable[ReachCell]) -> int:
    """The sum over cells of ONE programme and ONE period (a unique count)."""
    return sum(c.people for c in cells)


def totals_by(cells: Iterable[ReachCell], *keys: str) -> dict[tuple[object, ...], int]:
    """Sum cells by attributes, e.g. ``totals_by(cells, "programme_id", "period")``."""
    out: dict[tuple[object, ...], int] = defaultdict(int)
    for c in cells:
        out[tuple(getattr(c, k) for k in keys)] += c.people
    return dict(out)


ANY_PROGRAMME = 0  # programme_id of cells counted across all programmes


def people_reached_any_programme_cells(
    store: Store, start: dt.date, end: dt.date, *, monthly: bool = False, shared: bool = False
) -> list[ReachCell]:
    """Like :func:`people_reached`, but each person counts once across ALL programmes
    (``programme_id`` is :data:`ANY_PROGRAMME`); age at their first attendance in the period."""
    store.require(Permission.AGGREGATES_VIEW)
    months = whole_months(start, end) if USE_REACH else None
    if months is not None:
        where = _reach_where(False, shared)
        if monthly:
            reach_sql = f"""
                SELECT {ANY_PROGRAMME}, e.month, e.sex, e.band, e.population_group,
                       e.disability, count(*)
                FROM ({_reach_earliest(where, shared, "r.month, r.beneficiary_id")}) AS e
                GROUP BY e.month, e.sex, e.band, e.population_group, e.disability
            """
        else:
            reach_sql = _reach_overall(where, shared, programme=str(ANY_PROGRAMME))
        return _cells(store, reach_sql, _reach_params(months, None))
    period = "substr(s.date, 1, 7)" if monthly else f"'{CUMULATIVE}'"
    consent = _shared_filter("a.beneficiary_id", "s.date") if shared else ""
    first = f"""f AS (
            SELECT {period} AS period, a.beneficiary_id AS pid, min(s.date) AS first_date
            FROM attendance a JOIN sessions s ON s.id = a.session_id
            WHERE s.deleted_at IS NULL AND s.date >= :start AND s.date <= :end {consent}
            GROUP BY period, a.beneficiary_id
        )"""
    sql = text(
        f"""
        {_with(shared, first)}
        SELECT f.period, b.sex, {_BAND} AS band, b.population_group, b.has_disability,
               count(*) AS people
        FROM f JOIN beneficiaries b ON b.id = f.pid
        WHERE b.deleted_at IS NULL
        GROUP BY f.period, b.sex, band, b.population_group, b.has_disability
        """
    )
    params = {"start": start.isoformat(), "end": end.isoformat()}
    with store.read() as session:
        return [
            ReachCell(
                programme_id=ANY_PROGRAMME,
                period=str(r[0]),
                sex=Sex(r[1]),
                age_band=str(r[2]),
                population_group=PopulationGroup(r[3]),
                disability=bool(r[4]),
                people=int(r[5]),
            )
            for r in session.execute(sql, params)
        ]


def people_reached_any_programme(
    store: Store, start: dt.date, end: dt.date, *, shared: bool = False
) -> int:
    """Unique people reached by any programme in the period (each person once)."""
    store.require(Permission.AGGREGATES_VIEW)
    months = whole_months(start, end) if USE_REACH else None
    if months is not None:
        where = _reach_where(False, shared)
        sql_r = f"SELECT count(DISTINCT r.beneficiary_id) FROM reach_months r WHERE {where}"
        with store.read() as session:
            return int(session.execute(text(sql_r), _reach_params(months, None)).scalar_one())
    consent = _shared_filter("a.beneficiary_id", "s.date") if shared else ""
    sql = text(
        f"""
        {_with(shared)}
        SELECT count(DISTINCT a.beneficiary_id)
        FROM attendance a JOIN sessions s ON s.id = a.session_id
        JOIN beneficiaries b ON b.id = a.beneficiary_id
        WHERE s.deleted_at IS NULL AND b.deleted_at IS NULL
              AND s.date >= :start AND s.date <= :end {consent}
        """
    )
    with store.read() as session:
        return int(
            session.execute(sql, {"start": start.isoformat(), "end": end.isoformat()}).scalar_one()
        )


@dataclass(frozen=True)
class ActivityAreaCell:
    """People reached in one programme and month by one activity type in one area, of one
    population group (the "what", "where", "when" and "for whom" of a 5W report)."""

    programme_id: int
    period: str  # "YYYY-MM"
    activity_type: str  # its code (db.activity_types)
    area: str | None  # a network area's code; None: not known
    population_group: PopulationGroup
    people: int


def people_reached_by_activity_area(
    store: Store, start: dt.date, end: dt.date, *, shared: bool = True
) -> list[ActivityAreaCell]:
    """Unique people reached per programme, month, activity type, area and population group
    between ``start`` and ``end``. A person counts once in each (activity type, area) they
    attended in the month, so the cells of a month add up to at least the month's unique
    count (exactly that when everyone came to one kind of activity in one area). Cells with
    nobody are omitted. ``shared``: honouring consent to data use, as every shared figure."""
    store.require(Permission.AGGREGATES_VIEW)
    consent = _shared_filter("a.beneficiary_id", "a.date") if shared else ""
    sql = text(
        f"""
        {_with(shared)}
        SELECT a.programme_id, a.month, s.activity_type, s.area, b.population_group,
               count(DISTINCT a.beneficiary_id)
        FROM attendance a JOIN sessions s ON s.id = a.session_id
        JOIN beneficiaries b ON b.id = a.beneficiary_id
        WHERE s.deleted_at IS NULL AND b.deleted_at IS NULL
              AND a.date >= :start AND a.date <= :end {consent}
        GROUP BY a.programme_id, a.month, s.activity_type, s.area, b.population_group
        """
    )
    with store.read() as session:
        rows = session.execute(sql, {"start": start.isoformat(), "end": end.isoformat()})
        return [
            ActivityAreaCell(
                programme_id=int(p),
                period=str(m),
                activity_type=str(t),
                area=None if area is None else str(area),
                population_group=PopulationGroup(g),
                people=int(n),
            )
            for p, m, t, area, g, n in rows
        ]


def sessions_sql(monthly: bool) -> str:
    """SQL (params ``start``, ``end``) of the sessions held per (programme, period)."""
    period = "substr(date, 1, 7)" if monthly else f"'{CUMULATIVE}'"
    # Counted per programme and day first, in the order of the sessions' index (which holds
    # deleted_at too: the rows are not read), then the few days summed per period.
    return (
        f"SELECT programme_id, {period} AS period, sum(n) FROM ("
        "SELECT programme_id, date, count(*) AS n FROM sessions "
        "WHERE deleted_at IS NULL AND date >= :start AND date <= :end "
        "GROUP BY programme_id, date) GROUP BY programme_id, period"
    )


def sessions_held(
    store: Store, start: dt.date, end: dt.date, *, monthly: bool = False
) -> dict[tuple[int, str], int]:
    """Number of sessions per (programme, period)."""
    store.require(Permission.AGGREGATES_VIEW)
    sql = text(sessions_sql(monthly))
    with store.read() as session:
        rows = session.execute(sql, {"start": start.isoformat(), "end": end.isoformat()})
        return {(int(p), str(m)): int(n) for p, m, n in rows}


def referrals_made(
    store: Store, start: dt.date, end: dt.date, *, monthly: bool = False, shared: bool = False
) -> dict[tuple[int | None, str], int]:
    """Number of referrals made per (programme or None, period)."""
    store.require(Permission.AGGREGATES_VIEW)
    period = "substr(r.date, 1, 7)" if monthly else f"'{CUMULATIVE}'"
    consent = _shared_filter("r.beneficiary_id", "r.date") if shared else ""
    sql = text(
        f"{_with(shared)} "
        f"SELECT r.programme_id, {period} AS period, count(*) FROM referrals r "
        "JOIN beneficiaries b ON b.id = r.beneficiary_id "
        f"WHERE b.deleted_at IS NULL AND r.date >= :start AND r.date <= :end {consent} "
        "GROUP BY r.programme_id, period"
    )
    with store.read() as session:
        rows = session.execute(sql, {"start": start.isoformat(), "end": end.isoformat()})
        return {(None if p is None else int(p), str(m)): int(n) for p, m, n in rows}


def referral_flows_made(
    store: Store, start: dt.date, end: dt.date, *, shared: bool = False
) -> dict[tuple[str, str], int]:
    """Referrals made to another CSO's service (one from the network's directory, whose
    ``cso_code`` is known), per (that CSO's code, service category). Aggregates only."""
    store.require(Permission.AGGREGATES_VIEW)
    consent = _shared_filter("r.beneficiary_id", "r.date") if shared else ""
    sql = text(
        f"{_with(shared)} "
        "SELECT s.cso_code, s.category, count(*) FROM referrals r "
        "JOIN beneficiaries b ON b.id = r.beneficiary_id "
        "JOIN services s ON s.id = r.service_id "
        "WHERE b.deleted_at IS NULL AND s.cso_code != '' "
        f"AND r.date >= :start AND r.date <= :end {consent} "
        "GROUP BY s.cso_code, s.category"
    )
    with store.read() as session:
        rows = session.execute(sql, {"start": start.isoformat(), "end": end.isoformat()})
        return {(str(c), str(g)): int(n) for c, g, n in rows}


def referral_flows_received(
    store: Store, start: dt.date, end: dt.date
) -> dict[tuple[str, str], tuple[int, int]]:
    """Referral codes other CSOs gave that this CSO recorded in the period, per (referring
    CSO's code, category of the service they came for): (recorded, served). A code linked
    to a person registered here counts only while that person's record is kept and their
    consent to data use is given. Aggregates only."""
    store.require(Permission.AGGREGATES_VIEW)
    sql = text(
        "SELECT rr.from_cso, coalesce(s.category, ''), count(*), "
        "coalesce(sum(rr.state = 'served'), 0) FROM received_referrals rr "
        "LEFT JOIN services s ON s.id = rr.service_id "
        "LEFT JOIN beneficiaries b ON b.id = rr.person_id "
        "WHERE rr.received_on >= :start AND rr.received_on <= :end "
        "AND (rr.person_id IS NULL OR (b.deleted_at IS NULL AND b.consent_data_use)) "
        "GROUP BY rr.from_cso, coalesce(s.category, '')"
    )
    with store.read() as session:
        rows = session.execute(sql, {"start": start.isoformat(), "end": end.isoformat()})
        return {(str(c), str(g)): (int(n), int(d)) for c, g, n, d in rows}


def left_out(store: Store, start: dt.date, end: dt.date) -> dict[str, int]:
    """People who attended in the period but are left out of the shared figures on at least
    one of those days: ``never`` (no consent to data use) and ``withdrawn`` (withdrew it).
    Each person once: as ``withdrawn`` when a withdrawal left out any of their days."""
    store.require(Permission.AGGREGATES_VIEW)
    sql = text(
        f"""
        {_with(True)}
        SELECT coalesce(sum(w = 0), 0), coalesce(sum(w = 1), 0) FROM (
            SELECT a.beneficiary_id, max(x.withdrawn) AS w
            FROM attendance a JOIN sessions s ON s.id = a.session_id
            JOIN beneficiaries b ON b.id = a.beneficiary_id
            JOIN left_out x ON x.pid = a.beneficiary_id AND a.date >= x.lo AND a.date < x.hi
            WHERE s.deleted_at IS NULL AND b.deleted_at IS NULL
                  AND a.date >= :start AND a.date <= :end
            GROUP BY a.beneficiary_id
        )
        """
    )
    with store.read() as session:
        never, withdrawn = session.execute(
            sql, {"start": start.isoformat(), "end": end.isoformat()}
        ).one()
    return {"never": int(never), "withdrawn": int(withdrawn)}


# --- closed months (db/closing.py): the reach ledger and the live count beside it ----------------

# A (person, programme) pair the reach ledger of the reporting period starting :period_start
# counts already (a closed month first reached them).
_MARKED = (
    "AND NOT EXISTS (SELECT 1 FROM reach_marks r WHERE r.period_start = :period_start "
    "AND r.programme_id = a.programme_id AND r.beneficiary_id = a.beneficiary_id)"
)


def people_reached_unmarked(
    store: Store, start: dt.date, end: dt.date, *, period_start: str, shared: bool = True
) -> list[ReachCell]:
    """Unique people reached between ``start`` and ``end`` per programme (cells of the
    ``cumulative`` period), leaving out the pairs the reach ledger of the reporting period
    starting ``period_start`` counts already. Age at the first attendance between the dates.
    ``shared``: only the days the person's data-use consent covers (as every shared figure)."""
    store.require(Permission.AGGREGATES_VIEW)
    months = whole_months(start, end) if USE_REACH else None
    if months is not None:
        where = _reach_where(False, shared) + (
            " AND NOT EXISTS (SELECT 1 FROM reach_marks k WHERE k.period_start = :period_start "
            "AND k.programme_id = r.programme_id AND k.beneficiary_id = r.beneficiary_id)"
        )
        return _cells(
            store,
            _reach_overall(where, shared),
            _reach_params(months, None, period_start=period_start),
        )
    first = _first_seen(False, _MARKED, shared)
    sql = f"{_with(shared, f'f AS ({first})')} {_disaggregate('f')}"
    params = _params(start, end, None) | {"period_start": period_start}
    return _cells(store, sql, params)


def first_reached_sql(shared: bool = True) -> str:
    """SQL (params ``start``, ``end``, ``period_start``) of the pairs not in the reach ledger
    yet, with attendance between the dates: programme id, person id, first date there, and the
    person's cell (sex, fine age band at that date, population group, disability). For
    :mod:`db.closing`, which marks them inside its own write transaction. ``shared``: only
    the days the person's data-use consent covers."""
    first = _first_seen(False, _MARKED, shared)
    return f"""
        {_with(shared, f"f AS ({first})")}
        SELECT f.programme_id, f.pid, f.first_date, b.sex, {_BAND} AS band,
               b.population_group, b.has_disability
        FROM f CROSS JOIN beneficiaries b ON b.id = f.pid
        WHERE b.deleted_at IS NULL
    """
