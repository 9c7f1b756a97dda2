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
from dataclasses import dataclass, field, replace
from typing import Any

from db import activity_types, closing, counting, outcomes
from db.programmes import list_programmes, network_map
from db.services import ServiceInfo, list_own_services
from db.sharing import last_bundle_revision, next_bundle_revision, participatory_projects
from db.store import Store
from directory import cube
from directory.bundle_schema import (
    ALL_PROGRAMMES,
    BUNDLE_SCHEMA,
    CUMULATIVE,
    FIVE_W_GROUPS,
    MAX_CORRECTIONS,
    OTHER_PROGRAMME,
    SERVICE_CATEGORIES,
    ActivityName,
    ActivityReach,
    Bundle,
    Correction,
    CsoProfileOut,
    FiveW,
    MonthReach,
    OutcomeCount,
    PeriodCount,
    ProgrammeFigures,
    Publisher,
    ReferralCount,
    ReferralFlow,
    SharedService,
    app_version,
    bundle_json_schema,
    sign_bundle,
    verify_bundle,
)
from directory.network import Network, ReportingPeriod, utc_timestamp
from directory.referral_flows import suppressed_flows
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
    shown_months, shown_cumulative, _ = suppress_programme_5w(months, cumulative, k, closed=closed)
    return shown_months, shown_cumulative


# Where a cube's population-group margins are: [all sexes, all ages, group, all disability].
_GROUP_MARGINS = tuple(
    cube.index(cube.ALL, cube.ALL, group, cube.ALL) for group in cube.POPULATION_GROUPS
)


def five_w_equations(
    rows: Sequence[int], cube_offset: int | None, size: int = len(FIVE_W_GROUPS)
) -> list[Equation]:
    """What a reader knows of one month's 5W rows (each at an offset in ``rows``, laid out as
    :data:`FIVE_W_GROUPS`): each row's groups add up to its total (exact), and the rows of
    the month add up to the month cube's population-group margins at ``cube_offset`` (when the
    month has a cube): a person counts in every activity type and area they came to, so this
    holds exactly only when everyone came to one; a reader may assume it, so it is protected
    all the same (not exact)."""
    last = size - 1
    equations = [Equation(tuple(r + g for g in range(last)), r + last) for r in rows]
    if cube_offset is not None and rows:
        for g, margin in enumerate(_GROUP_MARGINS):
            equations.append(
                Equation(tuple(r + g for r in rows), cube_offset + margin, exact=False)
            )
    return equations


def suppress_programme_5w(
    months: dict[str, list[int]],
    cumulative: list[int],
    k: int,
    *,
    closed: Mapping[str, Sequence[int | None]] | None = None,
    activity_rows: Mapping[str, Sequence[Sequence[int]]] | None = None,
    closed_rows: Mapping[str, Sequence[Sequence[int | None]]] | None = None,
) -> tuple[dict[str, list[int | None]], list[int | None], dict[str, list[list[int | None]]]]:
    """:func:`suppress_programme` with the programme's 5W rows (month -> rows, each laid out
    as :data:`FIVE_W_GROUPS`) in the same system (:func:`five_w_equations`), so no 5W cell
    can be worked out from the cubes or the other way round. Also returns the rows as
    shown."""
    closed = closed or {}
    activity_rows = activity_rows or {}
    closed_rows = closed_rows or {}
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
    offset_of = dict(zip(names, offsets, strict=True))
    row_offsets: dict[str, list[int]] = {}
    width = len(FIVE_W_GROUPS)
    for month in sorted(activity_rows):
        at = row_offsets.setdefault(month, [])
        for row in activity_rows[month]:
            at.append(len(values))
            values += list(row)
            marginal.add(len(values) - 1)  # the row's total
        equations += five_w_equations(at, offset_of.get(month), width)
    forced: set[int] = set()
    fixed: set[int] = set()
    for name, off in zip(names, offsets, strict=True):
        for i, v in enumerate(closed.get(name, ())):
            (forced if v is None else fixed).add(off + i)
    was: dict[int, int | None] = {}  # the 5W cells of closed months, as published
    for month, at in row_offsets.items():
        for r, published in zip(at, closed_rows.get(month, ()), strict=False):
            for i, v in enumerate(published):
                was[r + i] = v
                (forced if v is None else fixed).add(r + i)
    hidden = suppress(values, equations, k, marginal=marginal, forced=forced, fixed=fixed)
    shown = publish(values, hidden)
    for i, v in was.items():
        shown[i] = v
    out = {name: shown[off : off + size] for name, off in zip(names, offsets, strict=True)}
    out.update({name: list(closed[name]) for name in names if name in closed})
    rows_shown = {month: [shown[r : r + width] for r in at] for month, at in row_offsets.items()}
    return out, shown[cum_offset : cum_offset + size], rows_shown


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
    # The 5W cells of the covered period (read only for a network that lists areas) and the
    # English names of the activity types (code -> name).
    activity_areas: Sequence[counting.ActivityAreaCell] = ()
    activity_names: Mapping[str, str] = field(default_factory=dict)
    # Referrals between CSOs over the covered period (db.counting.referral_flows_made and
    # _received): (other CSO's code, service category) -> made; -> (recorded, served).
    flows_made: Mapping[tuple[str, str], int] = field(default_factory=dict)
    flows_received: Mapping[tuple[str, str], tuple[int, int]] = field(default_factory=dict)


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
    store: Store, covered: ReportingPeriod, network_id: str | None = None, *, five_w: bool = False
) -> CsoFigures:
    """The aggregates a bundle for ``covered`` shows (call inside :meth:`Store.snapshot`):
    for ``network_id``'s months the CSO closed, their frozen figures and the reach ledger;
    with ``five_w`` (a network that lists areas) the 5W cells too."""
    figures = _read_figures(store, covered, network_id)
    if not five_w:
        return figures
    names = {
        t.code: t.label("en")
        for t in activity_types.list_activity_types(store, include_inactive=True)
    }
    cells = counting.people_reached_by_activity_area(
        store, covered.first_day, covered.last_day, shared=True
    )
    return replace(figures, activity_areas=cells, activity_names=names)


def _read_figures(
    store: Store, covered: ReportingPeriod, network_id: str | None = None
) -> CsoFigures:
    start, end = covered.first_day, covered.last_day
    codes = {p.id: p.maps_to for p in list_programmes(store, include_inactive=True)}
    projects = participatory_projects(store, start, end)
    through, frozen = closed_part(store, network_id, covered) if network_id else (None, {})
    # Outcomes are figures of the whole period so far; closing months does not freeze them.
    shared_outcomes = outcomes.outcome_figures(store, start, end, shared=True)
    # Referrals between CSOs too: figures of the whole period so far.
    made = counting.referral_flows_made(store, start, end, shared=True)
    received = counting.referral_flows_received(store, start, end)
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
            flows_made=made,
            flows_received=received,
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
        flows_made=made,
        flows_received=received,
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
        figures = read_figures(store, covered, network.network_id, five_w=bool(network.areas))
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
    five_w: list[ActivityReach] = field(default_factory=list)
    # programme code -> month -> (activity type, area) -> raw 5W row
    raw_five_w: dict[str, dict[str, dict[tuple[str, str | None], list[int]]]] = field(
        default_factory=dict
    )


_FiveWKey = tuple[str, str | None]  # activity type, area


def _five_w_rows(
    cells: Sequence[counting.ActivityAreaCell], pid: int | None, covered: ReportingPeriod
) -> dict[str, dict[_FiveWKey, list[int]]]:
    """One programme's 5W cells as rows: month -> (activity type, area) -> the counts laid
    out as FIVE_W_GROUPS (groups, then their total), in a fixed order."""
    out: dict[str, dict[_FiveWKey, list[int]]] = {}
    last = len(FIVE_W_GROUPS) - 1
    for c in cells:
        if pid is None or c.programme_id != pid or not covered.start <= c.period <= covered.end:
            continue
        row = out.setdefault(c.period, {}).setdefault(
            (c.activity_type, c.area), [0] * len(FIVE_W_GROUPS)
        )
        row[FIVE_W_GROUPS.index(c.population_group.value)] += c.people
        row[last] += c.people
    return {
        month: dict(sorted(rows.items(), key=lambda kv: (kv[0][0], kv[0][1] or "")))
        for month, rows in sorted(out.items())
    }


def _closed_five_w(
    live: dict[str, dict[_FiveWKey, list[int]]],
    frozen: Mapping[str, Mapping[str, Any]],
    code: str,
) -> tuple[dict[str, dict[_FiveWKey, list[int]]], dict[str, list[list[int | None]]]]:
    """A programme's 5W rows with those of closed months as they were frozen (raw, for the
    equations), and the closed months' rows as published. A month closed without 5W rows
    (before its network listed areas) keeps its live rows: nothing of them was published."""
    rows = dict(live)
    shown: dict[str, list[list[int | None]]] = {}
    for month, kept in frozen.items():
        part = kept.get("programmes", {}).get(code) or {}
        if "five_w" not in part:
            continue
        raw, was = part["five_w"]["raw"], part["five_w"]["shown"]
        rows[month] = {(str(a), area): [int(v) for v in row] for a, area, row in raw}
        shown[month] = [list(row) for _, _, row in was]
    return dict(sorted(rows.items())), shown


def _suppress(
    code: str,
    months: dict[str, list[int]],
    cumulative: list[int],
    k: int,
    closed: Mapping[str, Sequence[int | None]],
    activity: Mapping[str, Mapping[_FiveWKey, list[int]]],
    closed_rows: Mapping[str, Sequence[Sequence[int | None]]],
) -> tuple[dict[str, list[int | None]], list[int | None], list[ActivityReach]]:
    """One network programme's cubes and 5W rows, suppressed together (the rows as shown);
    ``closed_rows``: the 5W rows of closed months as published (in ``activity``'s order)."""
    shown_months, shown_cumulative, shown_rows = suppress_programme_5w(
        months,
        cumulative,
        k,
        closed=closed,
        activity_rows={m: list(by_key.values()) for m, by_key in activity.items()},
        closed_rows=closed_rows,
    )
    rows = [
        ActivityReach(programme=code, activity=what, area=where, period=month, people=people)
        for month, by_key in activity.items()
        for (what, where), people in zip(by_key, shown_rows[month], strict=True)
    ]
    return shown_months, shown_cumulative, rows


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
    five_w: list[ActivityReach] = []
    raw_five_w: dict[str, dict[str, dict[_FiveWKey, list[int]]]] = {}
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
        activity, closed_rows = _closed_five_w(
            _five_w_rows(figures.activity_areas, pid, covered), frozen, code
        )
        shown_months, shown_cumulative, rows_shown = _suppress(
            code, months, cumulative, k, closed, activity, closed_rows
        )
        five_w += rows_shown
        raw_five_w[code] = activity
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
    return _Computed(programmes, raw_months, sessions, columns, rows, referrals, five_w, raw_five_w)


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
            rows = computed.raw_five_w.get(code, {}).get(month)
            if rows:  # the 5W rows, frozen too (a network that lists areas)
                published = {
                    (r.activity, r.area): list(r.people)
                    for r in computed.five_w
                    if r.programme == code and r.period == month
                }
                programmes[code]["five_w"] = {
                    "raw": [[a, area, row] for (a, area), row in rows.items()],
                    "shown": [[a, area, published[(a, area)]] for (a, area) in rows],
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
    if network.areas:
        used = sorted({r.activity for r in computed.five_w})
        extra["five_w"] = FiveW(
            activity_types=[
                ActivityName(code=c, name=figures.activity_names.get(c) or c) for c in used
            ],
            rows=computed.five_w,
        )
    flows = flow_counts(network, cso.code, figures)
    if flows:
        extra["referral_flows"] = flows
    return bundle.model_copy(update=extra) if extra else bundle


def flow_counts(network: Network, own: str, figures: CsoFigures) -> list[ReferralFlow]:
    """Referrals between this CSO (``own``) and the other members, suppressed with the
    network's threshold (:mod:`directory.referral_flows`). A category outside the network's
    vocabulary counts as ``other``; a CSO that is not a member is left out."""
    members = {m.code for m in network.members} - {own}

    def category(code: str) -> str:
        return code if code in SERVICE_CATEGORIES else "other"

    made: dict[tuple[str, str], int] = {}
    for (cso, cat), n in figures.flows_made.items():
        if cso in members:
            key = (cso, category(cat))
            made[key] = made.get(key, 0) + n
    received: dict[tuple[str, str], tuple[int, int]] = {}
    for (cso, cat), (n, served) in figures.flows_received.items():
        if cso in members:
            key = (cso, category(cat))
            was = received.get(key, (0, 0))
            received[key] = (was[0] + n, was[1] + served)
    return suppressed_flows(made, received, network.suppression_threshold)


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
    "five_w_equations",
    "frozen_figures",
    "outcome_counts",
    "read_figures",
    "sign_bundle",
    "suppress_programme",
    "suppress_programme_5w",
    "verify_bundle",
]
