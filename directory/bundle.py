"""The bundle (``saphan.bundle/1``): what one CSO shares with the network, and nothing more.

A bundle holds the CSO's profile (code, name, public key), its own services, and aggregate
counts per network programme (by programme *code*): people reached per month and over the
whole reporting period as disaggregation cubes (layout in :mod:`directory.cube`), sessions
held, referrals made, and the number of participatory projects. It carries a revision that only
grows, its creation time, the app version, and an Ed25519 signature by the CSO's key over the
canonical JSON of everything else (:mod:`directory.signing`).

Counts: a number is published, or ``null`` when it is withheld (suppressed). A month missing
from a programme's list had nobody; a missing referral figure is 0. A withheld ``count`` is
written as ``null``; a figure whose ``count`` member is absent (as earlier versions wrote it)
is read as withheld too.

Round trip: :meth:`Bundle.document` writes exactly the members that were set (by the builder,
or by the document read), so ``Bundle.model_validate(doc).document() == doc`` for every valid
document, and a signature checked over the re-encoded bundle is the one checked over the file.

Suppression (threshold ``k`` from the network file), per programme: all monthly cubes and the
cumulative cube form one system (the cube subtotals plus the month/cumulative links of
:mod:`directory.cube`) solved by :func:`directory.suppression.suppress`. Referrals form a 2-D
table months x programmes whose row totals are the month totals and whose column totals are
the cumulative per programme (referrals, unlike unique people, add up over months). Sessions
held and project counts are counts of events, not of people, and are shared as they are.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from importlib import metadata
from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field, StringConstraints, model_validator

from db import counting
from db.programmes import list_programmes
from db.services import SERVICE_CATEGORIES, SERVICE_LANGUAGES, ServiceInfo, list_own_services
from db.sharing import (
    cso_public_key,
    ensure_cso_signing_key,
    last_bundle_revision,
    participatory_projects,
)
from db.store import Store
from directory import cube, signing
from directory.network import (
    Code,
    CsoCode,
    KeyHex,
    Month,
    Name,
    Network,
    ReportingPeriod,
    SignatureHex,
    Timestamp,
    utc_timestamp,
)
from directory.suppression import Equation, Table, publish, suppress

BUNDLE_SCHEMA: Literal["saphan.bundle/1"] = "saphan.bundle/1"
CUMULATIVE = "cumulative"
ALL_PROGRAMMES = "all"
OTHER_PROGRAMME = "other"  # referrals not linked to a network programme

Count = Annotated[int, Field(ge=0, le=10_000_000)]
MaybeCount = Annotated[
    Count | None, Field(description="A count, or null when withheld by small-cell suppression.")
]
Cube = Annotated[
    list[MaybeCount],
    Field(
        min_length=cube.CUBE_SIZE,
        max_length=cube.CUBE_SIZE,
        description="People reached per sex x age band x population group x disability, with "
        "totals, in the order of directory.cube; null = withheld.",
    ),
]
Text = Annotated[str, StringConstraints(max_length=2000)]
ShortText = Annotated[str, StringConstraints(max_length=200)]
Uuid = Annotated[
    str,
    StringConstraints(pattern=r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$"),
]


class Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", strict=True, frozen=True)


class CsoProfileOut(Strict):
    code: CsoCode
    name: Name
    public_key: KeyHex


class SharedService(Strict):
    id: Uuid
    name: Name
    category: Literal[SERVICE_CATEGORIES]  # type: ignore[valid-type]
    description: Text = ""
    languages: Annotated[list[Literal[SERVICE_LANGUAGES]], Field(max_length=6)] = []  # type: ignore[valid-type]
    eligibility: Annotated[str, StringConstraints(max_length=1000)] = ""
    hours: ShortText = ""
    area: ShortText = ""
    contact: ShortText = ""
    how_to_refer: Annotated[str, StringConstraints(max_length=1000)] = ""
    cost: Annotated[str, StringConstraints(max_length=100)] = ""
    status: Literal["active", "inactive", "defunct", "temporarily closed"]
    updated_at: Timestamp


class MonthReach(Strict):
    period: Month
    people: Cube


class PeriodCount(Strict):
    period: Month | Literal["cumulative"]
    # Absent = withheld: earlier versions left a withheld count out of the document.
    count: MaybeCount = None


class ProgrammeFigures(Strict):
    programme: Code
    months: Annotated[list[MonthReach], Field(max_length=240)]
    cumulative: Cube
    sessions_held: Annotated[list[PeriodCount], Field(max_length=241)]


class ReferralCount(Strict):
    programme: Code
    period: Month | Literal["cumulative"]
    # Absent = withheld: earlier versions left a withheld count out of the document.
    count: MaybeCount = None


class Bundle(Strict):
    """One CSO's shared document. ``signature`` covers everything else."""

    schema_: Literal["saphan.bundle/1"] = Field(alias="schema")
    network_id: Code
    revision: Annotated[int, Field(ge=1, le=2**53)]
    created_at: Timestamp
    app_version: Annotated[str, StringConstraints(pattern=r"^[0-9A-Za-z.+-]{1,40}$")]
    period: ReportingPeriod
    suppression_threshold: Annotated[int, Field(ge=2, le=100)]
    cso: CsoProfileOut
    services: Annotated[list[SharedService], Field(max_length=200)]
    programmes: Annotated[list[ProgrammeFigures], Field(max_length=50)]
    referrals: Annotated[list[ReferralCount], Field(max_length=20_000)]
    participatory_projects: Count
    signature: SignatureHex | None = None

    model_config = ConfigDict(extra="forbid", strict=True, frozen=True, populate_by_name=True)

    @model_validator(mode="after")
    def _consistent(self) -> Bundle:
        codes = [p.programme for p in self.programmes]
        if len(set(codes)) != len(codes):
            raise ValueError("duplicate programme")
        for p in self.programmes:
            months = [m.period for m in p.months]
            if len(set(months)) != len(months):
                raise ValueError("duplicate month")
            if any(not self.period.start <= m <= self.period.end for m in months):
                raise ValueError("month outside the bundle's period")
        return self

    def document(self) -> dict[str, Any]:
        """The JSON document (what is written and signed): every member that was set, so a
        withheld count is written as ``null`` (not dropped, which made the bundle invalid),
        an unsigned bundle has no ``signature``, and a bundle read from a document gives back
        exactly that document (its signature still verifies)."""
        return self.model_dump(mode="json", by_alias=True, exclude_unset=True)

    def programme(self, code: str) -> ProgrammeFigures | None:
        return next((p for p in self.programmes if p.programme == code), None)

    def published_people_counts(self) -> list[int]:
        """Every distinct published count of people (for the "no small cell" checks)."""
        seen: set[int | None] = set()
        for p in self.programmes:
            for m in p.months:
                seen.update(m.people)
            seen.update(p.cumulative)
        seen.update(r.count for r in self.referrals)
        return sorted(v for v in seen if v is not None)


def bundle_json_schema() -> dict[str, Any]:
    """The JSON Schema of ``saphan.bundle/1`` (committed as directory/schemas/...)."""
    schema = Bundle.model_json_schema(by_alias=True, mode="validation")
    schema["$id"] = "https://saphan.example/schemas/saphan.bundle-1.schema.json"
    schema["title"] = "saphan.bundle/1"
    return schema


def app_version() -> str:
    try:
        return metadata.version("saphan")
    except metadata.PackageNotFoundError:
        return "0.0.0"


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


def build_bundle(
    store: Store,
    network: Network,
    *,
    today: dt.date | None = None,
    revision: int | None = None,
) -> Bundle:
    """The CSO's bundle for ``network``, suppressed with the network's threshold, unsigned.

    ``revision`` defaults to the next one (a preview does not reserve it; publishing does).
    Only the network's programmes are shared; a CSO's own extra programmes stay at home.
    """
    covered = covered_period(network, today or dt.date.today())
    start, end = covered.first_day, covered.last_day
    figures = CsoFigures(
        programme_codes={p.id: p.code for p in list_programmes(store, include_inactive=True)},
        reach=[
            *counting.people_reached(store, start, end, monthly=True),
            *counting.people_reached(store, start, end),
        ],
        sessions=counting.sessions_held(store, start, end, monthly=True),
        referrals=counting.referrals_made(store, start, end, monthly=True),
        participatory_projects=participatory_projects(store, start, end),
    )
    return assemble_bundle(
        network,
        covered,
        cso=CsoProfileOut(
            code=store.cso.code, name=store.cso.name, public_key=cso_public_key(store).hex()
        ),
        services=list_own_services(store),
        figures=figures,
        revision=revision if revision is not None else last_bundle_revision(store) + 1,
    )


def assemble_bundle(
    network: Network,
    covered: ReportingPeriod,
    *,
    cso: CsoProfileOut,
    services: Sequence[ServiceInfo],
    figures: CsoFigures,
    revision: int,
) -> Bundle:
    """The bundle from what :func:`build_bundle` read: suppression and layout, no database."""
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

    shared = [
        SharedService(
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
        for s in services
    ]
    return Bundle(
        schema=BUNDLE_SCHEMA,
        network_id=network.network_id,
        revision=revision,
        created_at=utc_timestamp(),
        app_version=app_version(),
        period=covered,
        suppression_threshold=k,
        cso=cso,
        services=shared,
        programmes=programmes,
        referrals=_referrals(figures.referrals, code_of, network_codes, covered.months(), k),
        participatory_projects=figures.participatory_projects,
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


def sign_bundle(bundle: Bundle, private_key: bytes) -> Bundle:
    """The bundle with its Ed25519 signature (the key must match ``bundle.cso.public_key``)."""
    if signing.public_key_hex(private_key) != bundle.cso.public_key:
        raise ValueError("the signing key is not the bundle's key")
    return bundle.model_copy(update={"signature": signing.sign(bundle.document(), private_key)})


def verify_bundle(bundle: Bundle, public_key_hex: str) -> bool:
    """True when the bundle is signed by ``public_key_hex``."""
    return signing.verify(bundle.document(), public_key_hex)


def build_signed_bundle(
    store: Store, network: Network, *, revision: int, today: dt.date | None = None
) -> Bundle:
    """Build and sign with the CSO's key (kept in its encrypted database)."""
    bundle = build_bundle(store, network, today=today, revision=revision)
    return sign_bundle(bundle, ensure_cso_signing_key(store))
