"""The bundle builder: reads one CSO's database (aggregates only) and assembles the
``saphan.bundle/1`` document (its form is :mod:`directory.bundle_schema`, re-exported here).

Suppression (threshold ``k`` from the network file), per programme: all monthly cubes and the
cumulative cube form one system (the cube subtotals plus the month/cumulative links of
:mod:`directory.cube`) solved by :func:`directory.suppression.suppress`. Referrals form a 2-D
table months x programmes whose row totals are the month totals and whose column totals are
the cumulative per programme (referrals, unlike unique people, add up over months). Sessions
held and project counts are counts of events, not of people, and are shared as they are.

Everything a bundle shows is read inside one read transaction (:meth:`db.store.Store.snapshot`),
so its counts agree with each other even while the app keeps writing.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from db import counting
from db.programmes import list_programmes
from db.services import ServiceInfo, list_own_services
from db.sharing import last_bundle_revision, next_bundle_revision, participatory_projects
from db.store import Store
from directory import cube
from directory.bundle_schema import (
    ALL_PROGRAMMES,
    BUNDLE_SCHEMA,
    CUMULATIVE,
    OTHER_PROGRAMME,
    Bundle,
    CsoProfileOut,
    MonthReach,
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


def _leaf(cell: counting.ReachCell) -> tuple[str, str, str, str]:
    return (
        cell.sex.value,
        cell.age_band,
        cell.population_group.value,
        "with_disability" if cell.disability else "without_disability",
    )


def suppress_programme(
    months: dict[str, list[int]], cumulative: list[int], k: int
) -> tuple[dict[str, list[int | None]], list[int | None]]:
    """Suppress one programme's monthly cubes and its cumulative cube together."""
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
    shown = publish(values, suppress(values, equations, k, marginal=marginal))
    return (
        {name: shown[off : off + size] for name, off in zip(names, offsets, strict=True)},
        shown[cum_offset:],
    )


@dataclass(frozen=True)
class CsoFigures:
    """What the builder reads from a CSO's database for the covered period: aggregates only
    (as :mod:`db.counting` gives them, keyed by local programme id), no person's data."""

    programme_codes: Mapping[int, str]  # local programme id -> programme code
    reach: Sequence[counting.ReachCell]  # monthly cells and the cumulative ones
    sessions: Mapping[tuple[int, str], int]  # (programme id, month) -> sessions held
    referrals: Mapping[tuple[int | None, str], int]  # (programme id or None, month) -> made
    participatory_projects: int = 0


def covered_period(network: Network, today: dt.date) -> ReportingPeriod:
    """The part of the network's reporting period a bundle made ``today`` covers."""
    span = network.reporting_period
    until = min(span.end, today.strftime("%Y-%m"))
    if until < span.start:
        until = span.start
    return ReportingPeriod(start=span.start, end=until)


def read_figures(store: Store, covered: ReportingPeriod) -> CsoFigures:
    """The aggregates a bundle for ``covered`` shows (call inside :meth:`Store.snapshot`)."""
    start, end = covered.first_day, covered.last_day
    return CsoFigures(
        programme_codes={p.id: p.code for p in list_programmes(store, include_inactive=True)},
        reach=[
            *counting.people_reached(store, start, end, monthly=True, shared=True),
            *counting.people_reached(store, start, end, shared=True),
        ],
        sessions=counting.sessions_held(store, start, end, monthly=True),
        referrals=counting.referrals_made(store, start, end, monthly=True, shared=True),
        participatory_projects=participatory_projects(store, start, end),
    )


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
        figures = read_figures(store, covered)
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
    ``publisher`` is left out of the document when None (as earlier versions wrote it)."""
    k = network.suppression_threshold
    code_of = dict(figures.programme_codes)
    local = {code: pid for pid, code in code_of.items()}
    network_codes = [p.code for p in network.programmes]

    leaves: dict[tuple[int, str], dict[tuple[str, str, str, str], int]] = defaultdict(dict)
    for c in figures.reach:
        leaves[(c.programme_id, c.period)][_leaf(c)] = c.people

    programmes: list[ProgrammeFigures] = []
    for code in network_codes:
        pid = local.get(code)
        if pid is None:
            continue
        months = {
            period: cube.from_leaves(cells)
            for (p, period), cells in leaves.items()
            if p == pid and period != counting.CUMULATIVE
        }
        cumulative = cube.from_leaves(leaves.get((pid, counting.CUMULATIVE), {}))
        shown_months, shown_cumulative = suppress_programme(months, cumulative, k)
        held = {period: n for (p, period), n in figures.sessions.items() if p == pid}
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

    bundle = Bundle(
        schema=BUNDLE_SCHEMA,
        network_id=network.network_id,
        revision=revision,
        created_at=utc_timestamp(),
        app_version=app_version(),
        period=covered,
        suppression_threshold=k,
        cso=cso,
        services=[_shared_service(s) for s in services],
        programmes=programmes,
        referrals=_referrals(figures.referrals, code_of, network_codes, covered.months(), k),
        participatory_projects=figures.participatory_projects,
    )
    if publisher is None:
        return bundle
    # Set only when given, so a bundle without one is written as earlier versions wrote it.
    return bundle.model_copy(update={"publisher": publisher})


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
) -> list[ReferralCount]:
    cols = [*network_codes, OTHER_PROGRAMME]
    grid = [[0] * len(cols) for _ in months]
    row_of = {m: r for r, m in enumerate(months)}
    for (pid, period), n in made.items():
        code = code_of.get(pid) if pid is not None else None
        col = cols.index(code) if code in network_codes else len(cols) - 1
        if period in row_of:
            grid[row_of[period]][col] += n
    if not months:
        return []
    table = Table(len(months), len(cols))
    values = table.values(grid)
    shown = publish(values, suppress(values, table.equations(), k, marginal=table.marginal))
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
    return out


__all__ = [
    "ALL_PROGRAMMES",
    "BUNDLE_SCHEMA",
    "CUMULATIVE",
    "OTHER_PROGRAMME",
    "Bundle",
    "CsoFigures",
    "CsoProfileOut",
    "MonthReach",
    "PeriodCount",
    "ProgrammeFigures",
    "Publisher",
    "ReferralCount",
    "SharedService",
    "app_version",
    "assemble_bundle",
    "build_bundle",
    "bundle_json_schema",
    "covered_period",
    "read_figures",
    "sign_bundle",
    "suppress_programme",
    "verify_bundle",
]
