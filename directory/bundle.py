"""The bundle builder: reads one CSO's database (aggregates only) and assembles the
``saphan.bundle/1`` document (its form is :mod:`directory.bundle_schema`, re-exported here).

Suppression (threshold ``k`` from the network file), per programme: all monthly cubes and the
cumulative cube form one system (the cube subtotals plus the month/cumulative links of
:mod:`directory.cube`) solved by :func:`directory.suppression.suppress`. Referrals form a 2-D
table months x programmes whose row totals are the month totals and whose column totals are
the cumulative per programme (referrals, unlike unique people, add up over months). Outcome figures
(:mod:`db.outcomes`) are per network programme and instrument with a MID a small table
(improved, not improved, and their total: people with a pre and a post score), suppressed on
its own. Sessions
held and project counts are counts of events, not of people, and are shared as they are.

Everything a bundle shows is read inside one read transaction (:meth:`db.store.Store.snapshot`),
so its counts agree with each other even while the app keeps writing.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from db import closing, counting, outcomes
from db.programmes import list_programmes, network_map
from db.services import ServiceInfo, list_own_services
from db.sharing import last_bundle_revision, next_bundle_revision, participatory_projects
from db.store import Store
from directory import cube
from directory.bundle_schema import (
    ALL_PROGRAMMES,
    BUNDLE_SCHEMA,
    CUMULATIVE,
    MAX_CORRECTIONS,
    OTHER_PROGRAMME,
    Bundle,
    Correction,
    CsoProfileOut,
    MonthReach,
    OutcomeCount,
    PeriodCount,
    ProgrammeFigures,
    Publisher,
    ReferralCount,
    SharedService,
    app_version,
    bundle_json_schema,
    sign_bundle,
    verify_bundle,
)
from directory.network import Network, ReportingPeriod, utc_timestamp
from directory.sharing import keys
from directory.suppression import Equation, Table, publish, suppress

# One outcome figure as a table: improved + not improved = with a pre and a post score.
_IMPROVED, _NOT_IMPROVED, _WITH_PRE_POST = range(3)
_OUTCOME_EQUATIONS = (Equation((_IMPROVED, _NOT_IMPROVED), _WITH_PRE_POST),)


def _leaf(cell: counting.ReachCell) -> tuple[str, str, str, str]:
    return (
        cell.sex.value,
        cell.age_band,
        cell.population_group.value,
        "with_disability" if cell.disability else "without_disability",
    )


def suppress_programme(
    months: dict[str, list[int]],
    cumulative: list[int],
    k: int,
    *,
    closed: Mapping[str, Sequence[int | None]] | None = None,
) -> tuple[dict[str, list[int | None]], list[int | None]]:
    """Suppress one programme's monthly cubes and its cumulative cube together. ``closed``:
    the cubes of closed months as they were published (their raw cubes are in ``months``);
    they are shown exactly so, and what they withheld stays protected."""
    closed = closed or {}
    names = sorted(months)
    size = cube.CUBE_SIZE
    values = [v for name in names for v in months[name]] + cumulative
    offsets = [n * size for n in range(len(names))]
    cum_offset = len(names) * size
    equations: list[Equation] = []
    for off in [*offsets, cum_offset]:
        equations += cube.cube_equations(off)
    equations += cube.link_equations([months[n] for n in names], cum_offset, offsets)
    marginal = {off + i for off in [*offsets, cum_offset] for i in cube.MARGINAL}
    forced: set[int] = set()
    fixed: set[int] = set()
    for name, off in zip(names, offsets, strict=True):
        for i, v in enumerate(closed.get(name, ())):
            (forced if v is None else fixed).add(off + i)
    hidden = suppress(values, equations, k, marginal=marginal, forced=forced, fixed=fixed)
    shown = publish(values, hidden)
    out = {name: shown[off : off + size] for name, off in zip(names, offsets, strict=True)}
    out.update({name: list(closed[name]) for name in names if name in closed})
    return out, shown[cum_offset:]


@dataclass(frozen=True)
class CsoFigures:
    """What the builder reads from a CSO's database for the covered period: aggregates only
    (as :mod:`db.counting` gives them, keyed by local programme id), no person's data."""

    # local programme id -> the network programme code it counts in (db.programmes: its own
    # code unless the admin mapped it elsewhere; "" when it stays at home)
    programme_codes: Mapping[int, str]
    reach: Sequence[counting.ReachCell]  # monthly cells and the cumulative ones
    sessions: Mapping[tuple[int, str], int]  # (programme id, month) -> sessions held
    referrals: Mapping[tuple[int | None, str], int]  # (programme id or None, month) -> made
    participatory_projects: int = 0
    # Closed months (db.closing): each closed month of the period -> its figures as frozen at
    # closing (see :func:`directory.closing.freeze`); ``reach``, ``sessions`` and ``referrals``
    # then hold the open months only, and the cumulative cells the reach ledger's plus the
    # live ones. ``closed_through`` None: nothing closed (as before closing existed).
    frozen: Mapping[str, Mapping[str, Any]] = field(default_factory=dict)
    closed_through: str | None = None
    corrections: Sequence[tuple[str, str]] = ()  # (month reopened, UTC timestamp)
    # Outcome figures of the covered period (shared: data-use consent on the post's date).
    outcomes: Sequence[outcomes.OutcomeFigure] = ()


def covered_period(network: Network, today: dt.date) -> ReportingPeriod:
    """The part of the network's reporting period a bundle made ``today`` covers."""
    span = network.reporting_period
    until = min(span.end, today.strftime("%Y-%m"))
    if until < span.start:
        until = span.start
    return ReportingPeriod(start=span.start, end=until)


def closed_part(
    store: Store, network_id: str, covered: ReportingPeriod
) -> tuple[str | None, dict[str, dict[str, Any]]]:
    """The month the bundle's figures are closed through, and the frozen figures of the
    closed months: every month from the period's start up to what the CSO closed, as frozen
    for this network and period (None, {}: nothing closed)."""
    through = closing.closed_through(store)
    if through is None or through < covered.start:
        return None, {}
    kept = closing.frozen(store, network_id, covered.start)
    effective: str | None = None
    for month in closing.months_between(covered.start, min(through, covered.end)):
        if month not in kept:
            break
        effective = month
    if effective is None:
        return None, {}
    return effective, {m: f for m, f in kept.items() if m <= effective}


def read_figures(
    store: Store, covered: ReportingPeriod, network_id: str | None = None
) -> CsoFigures:
    """The aggregates a bundle for ``covered`` shows (call inside :meth:`Store.snapshot`):
    for ``network_id``'s months the CSO closed, their frozen figures and the reach ledger."""
    start, end = covered.first_day, covered.last_day
    codes = {p.id: p.maps_to for p in list_programmes(store, include_inactive=True)}
    projects = participatory_projects(store, start, end)
    through, frozen = closed_part(store, network_id, covered) if network_id else (None, {})
    # Outcomes are figures of the whole period so far; closing months does not freeze them.
    shared_outcomes = outcomes.outcome_figures(store, start, end, shared=True)
    if through is None:
        return CsoFigures(
            programme_codes=codes,
            # One counting pass for every programme, months and the whole period together.
            reach=counting.people_reached_monthly_and_overall(store, start, end, shared=True),
            sessions=counting.sessions_held(store, start, end, monthly=True),
            referrals=counting.referrals_made(store, start, end, monthly=True, shared=True),
            participatory_projects=projects,
            corrections=_corrections(store),
            outcomes=shared_outcomes,
        )
    live = closing.last_day(through) + dt.timedelta(days=1)
    return CsoFigures(
        programme_codes=codes,
        reach=[
            *counting.people_reached(store, live, end, monthly=True, shared=True),
            *closing.ledger(store, network_id or "", covered.start, through),
            *counting.people_reached_unmarked(store, live, end, period_start=covered.start),
        ],
        sessions=counting.sessions_held(store, live, end, monthly=True),
        referrals=counting.referrals_made(store, live, end, monthly=True, shared=True),
        participatory_projects=projects,
        frozen=frozen,
        closed_through=through,
        corrections=_corrections(store),
        outcomes=shared_outcomes,
    )


def _corrections(store: Store) -> list[tuple[str, str]]:
    return [
        (month, utc_timestamp(at.replace(tzinfo=dt.UTC)))
        for month, at in closing.corrections(store)
    ]


def build_bundle(
    store: Store,
    network: Network,
    *,
    today: dt.date | None = None,
    revision: int | None = None,
    floor: int = 1,
    public_key: bytes | None = None,
    device_no: int = 0,
    publisher: Publisher | None = None,
) -> Bundle:
    """The CSO's bundle for ``network``, suppressed with the network's threshold, unsigned.

    Everything it shows is read in one read transaction. ``revision`` defaults to the next
    one of this laptop's series (``device_no``, 0..63, see
    :func:`db.sharing.next_bundle_revision`) after the last claimed, and at least ``floor``
    (a preview does not claim it; publishing does). ``public_key`` is the CSO's (read from
    the database when not given). ``publisher``: which laptop publishes and from which team
    state (left out of the bundle when None). Only the network's programmes are shared; a
    CSO's own extra programmes stay at home.
    """
    covered = covered_period(network, today or dt.date.today())
    with store.snapshot():
        key = public_key if public_key is not None else keys.cso_public_key(store)
        figures = read_figures(store, covered, network.network_id)
        services = list_own_services(store)
        if revision is None:
            revision = next_bundle_revision(last_bundle_revision(store), device_no, floor=floor)
    return assemble_bundle(
        network,
        covered,
        cso=CsoProfileOut(code=store.cso.code, name=store.cso.name, public_key=key.hex()),
        services=services,
        figures=figures,
        revision=revision,
        publisher=publisher,
    )


@dataclass(frozen=True)
class _Computed:
    """What a bundle shows, before it is laid out, with the raw counts behind it."""

    programmes: list[ProgrammeFigures]
    raw_months: dict[str, dict[str, list[int]]]  # programme code -> month -> raw cube
    sessions: dict[str, dict[str, int]]  # programme code -> month -> sessions held
    referral_columns: list[str]
    referral_rows: dict[str, tuple[list[int], list[int | None]]]  # month -> raw, shown
    referrals: list[ReferralCount]


def _compute(network: Network, covered: ReportingPeriod, figures: CsoFigures) -> _Computed:
    k = network.suppression_threshold
    code_of = dict(figures.programme_codes)
    network_codes = [p.code for p in network.programmes]
    # One local programme per network programme (db.programmes): people are counted once per
    # local programme, so two feeding one network programme would count some people twice.
    mapped = network_map(code_of, network_codes)
    local = {code: pid for pid, code in mapped.items()}
    frozen = figures.frozen

    leaves: dict[tuple[int, str], dict[tuple[str, str, str, str], int]] = defaultdict(dict)
    for c in figures.reach:
        if c.period in frozen:
            continue  # a closed month shows what it showed when it closed
        cells = leaves[(c.programme_id, c.period)]
        cells[_leaf(c)] = cells.get(_leaf(c), 0) + c.people  # the ledger's cells and live ones

    programmes: list[ProgrammeFigures] = []
    raw_months: dict[str, dict[str, list[int]]] = {}
    sessions: dict[str, dict[str, int]] = {}
    for code in network_codes:
        pid = local.get(code)
        months = {
            period: cube.from_leaves(cells)
            for (p, period), cells in leaves.items()
            if pid is not None and p == pid and period != counting.CUMULATIVE
        }
        held = {
            period: n
            for (p, period), n in figures.sessions.items()
            if pid is not None and p == pid and period not in frozen
        }
        closed: dict[str, list[int | None]] = {}
        for month, kept in frozen.items():
            part = kept.get("programmes", {}).get(code)
            if part is None:
                continue
            if any(part["raw"]):
                months[month] = list(part["raw"])
                closed[month] = list(part["shown"])
            if part.get("sessions"):
                held[month] = int(part["sessions"])
        if pid is None and not closed and not held:
            continue
        cumulative = cube.from_leaves(
            leaves.get((pid, counting.CUMULATIVE), {}) if pid is not None else {}
        )
        shown_months, shown_cumulative = suppress_programme(months, cumulative, k, closed=closed)
        raw_months[code] = months
        sessions[code] = held
        if not months and not held:
            continue
        programmes.append(
            ProgrammeFigures(
                programme=code,
                months=[MonthReach(period=m, people=shown_months[m]) for m in sorted(months)],
                cumulative=shown_cumulative,
                sessions_held=[PeriodCount(period=m, count=held[m]) for m in sorted(held)]
                + [PeriodCount(period=CUMULATIVE, count=sum(held.values()))],
            )
        )
    columns = [*network_codes, OTHER_PROGRAMME]
    rows, referrals = _referrals(
        figures.referrals, code_of, network_codes, covered.months(), k, frozen
    )
    return _Computed(programmes, raw_months, sessions, columns, rows, referrals)


def frozen_figures(
    network: Network, covered: ReportingPeriod, figures: CsoFigures, months: Sequence[str]
) -> dict[str, dict[str, Any]]:
    """What closing ``months`` freezes of each (the figures a bundle built now from
    ``figures`` shows for it): per network programme the raw cube of people reached (for the
    suppression equations of later bundles), the cube as shown, and the sessions held; and the
    month's row of referrals, raw and shown. Aggregates only."""
    computed = _compute(network, covered, figures)
    shown_of = {
        p.programme: {m.period: list(m.people) for m in p.months} for p in computed.programmes
    }
    out: dict[str, dict[str, Any]] = {}
    for month in months:
        programmes: dict[str, Any] = {}
        for code, raw in computed.raw_months.items():
            cube_raw = raw.get(month)
            held = computed.sessions.get(code, {}).get(month, 0)
            if cube_raw is None and not held:
                continue
            programmes[code] = {
                "raw": cube_raw or [0] * cube.CUBE_SIZE,
                "shown": shown_of.get(code, {}).get(month) or [0] * cube.CUBE_SIZE,
                "sessions": held,
            }
        raw_row, shown_row = computed.referral_rows.get(month, ([], []))
        names = [*computed.referral_columns, ALL_PROGRAMMES]
        out[month] = {
            "programmes": programmes,
            "referrals": {
                "raw": dict(zip(names, raw_row, strict=True)) if raw_row else {},
                "shown": dict(zip(names, shown_row, strict=True)) if shown_row else {},
            },
        }
    return out


def assemble_bundle(
    network: Network,
    covered: ReportingPeriod,
    *,
    cso: CsoProfileOut,
    services: Sequence[ServiceInfo],
    figures: CsoFigures,
    revision: int,
    publisher: Publisher | None = None,
) -> Bundle:
    """The bundle from what :func:`build_bundle` read: suppression and layout, no database.
    ``publisher`` is left out of the document when None (as earlier versions wrote it); so
    are ``closed_through`` and ``corrections`` when nothing was closed or reopened."""
    computed = _compute(network, covered, figures)
    bundle = Bundle(
        schema=BUNDLE_SCHEMA,
        network_id=network.network_id,
        revision=revision,
        created_at=utc_timestamp(),
        app_version=app_version(),
        period=covered,
        suppression_threshold=network.suppression_threshold,
        cso=cso,
        services=[_shared_service(s) for s in services],
        programmes=computed.programmes,
        referrals=computed.referrals,
        participatory_projects=figures.participatory_projects,
    )
    # Each set only when there is something to say, so a bundle without it is written as
    # earlier versions wrote it.
    extra: dict[str, Any] = {}
    if figures.closed_through is not None:
        extra["closed_through"] = figures.closed_through
    reopened = [
        Correction(month=m, reopened_at=at)
        for m, at in figures.corrections
        if covered.start <= m <= covered.end
    ]
    if reopened:
        extra["corrections"] = reopened[-MAX_CORRECTIONS:]
    if publisher is not None:
        extra["publisher"] = publisher
    shared_outcomes = outcome_counts(network, figures)
    if shared_outcomes:
        extra["outcomes"] = shared_outcomes
    return bundle.model_copy(update=extra) if extra else bundle


def outcome_counts(network: Network, figures: CsoFigures) -> list[OutcomeCount]:
    """The outcome figures a bundle shows: per network programme (a CSO's own extra
    programmes stay at home) and instrument with a MID, each a small table suppressed with
    the network's threshold. Nobody with a pre and a post score: no figure (missing is 0)."""
    k = network.suppression_threshold
    code_of = dict(figures.programme_codes)
    order = {p.code: n for n, p in enumerate(network.programmes)}
    out: list[OutcomeCount] = []
    for f in sorted(
        figures.outcomes,
        key=lambda f: (order.get(code_of.get(f.programme_id, ""), 99), f.instrument),
    ):
        code = code_of.get(f.programme_id)
        if code not in order or f.with_pre_post == 0 or f.mid <= 0:
            continue
        values = [0, 0, 0]
        values[_IMPROVED], values[_NOT_IMPROVED] = f.improved, f.not_improved
        values[_WITH_PRE_POST] = f.with_pre_post
        hidden = suppress(values, _OUTCOME_EQUATIONS, k, marginal={_WITH_PRE_POST})
        shown = publish(values, hidden)
        out.append(
            OutcomeCount(
                programme=code,
                instrument=f.instrument,
                mid=int(f.mid) if float(f.mid).is_integer() else f.mid,
                with_pre_post=shown[_WITH_PRE_POST],
                improved=shown[_IMPROVED],
                not_improved=shown[_NOT_IMPROVED],
            )
        )
    return out


def _shared_service(s: ServiceInfo) -> SharedService:
    """One of the CSO's own services as the network sees it."""
    return SharedService(
        id=s.uuid,
        name=s.name,
        category=s.category,
        description=s.description,
        languages=list(s.languages),
        eligibility=s.eligibility,
        hours=s.hours,
        area=s.area,
        contact=s.contact,
        how_to_refer=s.how_to_refer,
        cost=s.cost,
        status=s.status.value,
        updated_at=utc_timestamp(s.updated_at.replace(tzinfo=dt.UTC)),
    )


def _referrals(
    made: Mapping[tuple[int | None, str], int],
    code_of: Mapping[int, str],
    network_codes: list[str],
    months: list[str],
    k: int,
    frozen: Mapping[str, Mapping[str, Any]] | None = None,
) -> tuple[dict[str, tuple[list[int], list[int | None]]], list[ReferralCount]]:
    """The referrals table (months x programmes, with totals), suppressed: each month's row
    (raw and shown: its cells, then its total) and the published figures. Rows of ``frozen``
    months are theirs as they were published."""
    frozen = frozen or {}
    cols = [*network_codes, OTHER_PROGRAMME]
    grid = [[0] * len(cols) for _ in months]
    row_of = {m: r for r, m in enumerate(months)}
    for (pid, period), n in made.items():
        code = code_of.get(pid) if pid is not None else None
        col = cols.index(code) if code in network_codes else len(cols) - 1
        if period in row_of and period not in frozen:
            grid[row_of[period]][col] += n
    if not months:
        return {}, []
    table = Table(len(months), len(cols))
    closed: dict[int, int | None] = {}  # index -> the value it was published as
    for month, kept in frozen.items():
        r = row_of.get(month)
        part = kept.get("referrals", {})
        raw, was = part.get("raw", {}), part.get("shown", {})
        if r is None:
            continue
        for code, n in raw.items():
            if code in cols:
                grid[r][cols.index(code)] = int(n)
            elif code != ALL_PROGRAMMES:
                grid[r][len(cols) - 1] += int(n)  # a programme the network dropped since
        if set(raw) - {ALL_PROGRAMMES} <= set(cols):
            for c, code in enumerate(cols):
                if raw.get(code):
                    closed[table.cell(r, c)] = was.get(code)
            if raw.get(ALL_PROGRAMMES):
                closed[table.row_total(r)] = was.get(ALL_PROGRAMMES)
    values = table.values(grid)
    forced = {i for i, v in closed.items() if v is None}
    fixed = {i for i, v in closed.items() if v is not None}
    hidden = suppress(
        values, table.equations(), k, marginal=table.marginal, forced=forced, fixed=fixed
    )
    shown = publish(values, hidden)
    for i, v in closed.items():
        shown[i] = v
    rows = {
        month: (
            [values[table.cell(r, c)] for c in range(len(cols))] + [values[table.row_total(r)]],
            [shown[table.cell(r, c)] for c in range(len(cols))] + [shown[table.row_total(r)]],
        )
        for month, r in row_of.items()
    }
    out: list[ReferralCount] = []

    def add(programme: str, period: str, index: int) -> None:
        if values[index] != 0:  # zeros are left out: a missing figure is 0
            out.append(ReferralCount(programme=programme, period=period, count=shown[index]))

    for r, month in enumerate(months):
        for c, code in enumerate(cols):
            add(code, month, table.cell(r, c))
        add(ALL_PROGRAMMES, month, table.row_total(r))
    for c, code in enumerate(cols):
        add(code, CUMULATIVE, table.col_total(c))
    add(ALL_PROGRAMMES, CUMULATIVE, table.grand_total)
    return rows, out


__all__ = [
    "ALL_PROGRAMMES",
    "BUNDLE_SCHEMA",
    "CUMULATIVE",
    "OTHER_PROGRAMME",
    "Bundle",
    "Correction",
    "CsoFigures",
    "CsoProfileOut",
    "MonthReach",
    "OutcomeCount",
    "PeriodCount",
    "ProgrammeFigures",
    "Publisher",
    "ReferralCount",
    "SharedService",
    "app_version",
    "assemble_bundle",
    "build_bundle",
    "bundle_json_schema",
    "closed_part",
    "covered_period",
    "frozen_figures",
    "outcome_counts",
    "read_figures",
    "sign_bundle",
    "suppress_programme",
    "verify_bundle",
]
