"""The coordinator's merge: the network's figures from the CSOs' latest valid bundles.

- Network totals are sums of what the CSOs published. A withheld value is never guessed: it
  is carried as "withheld", so a total with withheld parts is a range "at least N"
  (:class:`Figure`).
- Progress toward a target adds up the CSOs' cumulative unique counts. A person served by two
  CSOs counts twice (the network cannot tell; each CSO counts only its own people). Reports
  say so.
- Completeness: a CSO has reported a month when its latest bundle covers that month.
- Two laptops of one CSO: when two bundles of a CSO were published by two of its laptops from
  team states neither of which includes the other (:func:`directory.bundle_schema.diverged`),
  their figures may not agree. The higher revision still counts, and the report says so
  (:class:`Divergence`): two such bundles in one merge (two copies in a folder), or the newest
  bundle and the one accepted before it (``history``: what the coordinator keeps of each CSO's
  last accepted bundle, :class:`LastPublisher`).
- Outcome figures: per network programme and instrument, the CSOs' published counts added
  up (withheld parts counted, never guessed, as for reach), beside the network file's outcome
  target of people improved (:class:`OutcomeProgress`).
- 5W: each CSO's 5W rows (who: the CSO; what: network programme and activity type; where:
  the network's area; when: the month; for whom: the population group) as it published them,
  withheld cells withheld (:class:`FiveWRow`); nothing is added up across CSOs.
- Referrals between members (:class:`FlowFigures`): per referring CSO, receiving CSO and
  service category, the referrals made (from the referring CSO's bundle), the codes received
  and how many were served (from the receiving CSO's bundle); completion is served / made.
  Each side is suppressed on its own; a withheld part makes the figure a range, and
  completion is given only when both figures are exact.
- Corrections: a CSO that reopened a month it had closed says so in its bundle; the report
  lists each (CSO, month) (:class:`CorrectionNote`) for the coordinator to see.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, overload

from directory import cube
from directory.bundle_schema import (
    ALL_PROGRAMMES,
    CUMULATIVE,
    MADE,
    Bundle,
    Publisher,
    SharedService,
    diverged,
)
from directory.network import PARTICIPATORY_PROJECTS, PEOPLE_REACHED, Network


@dataclass(frozen=True)
class Figure:
    """A network figure: the sum of published values, plus how many parts were withheld
    (then the true figure is *at least* ``known``)."""

    known: int
    withheld: int = 0

    @property
    def exact(self) -> bool:
        return self.withheld == 0

    def __str__(self) -> str:
        return str(self.known) if self.exact else f"≥{self.known}"

    def __add__(self, other: Figure) -> Figure:
        return Figure(self.known + other.known, self.withheld + other.withheld)


ZERO = Figure(0)


class CubeFigures(Sequence[Figure]):
    """The network's figures for one cube (one per position, see :mod:`directory.cube`)."""

    __slots__ = ("known", "withheld")

    def __init__(self, known: list[int], withheld: list[int]) -> None:
        self.known = known
        self.withheld = withheld

    def __len__(self) -> int:
        return len(self.known)

    @overload
    def __getitem__(self, i: int) -> Figure: ...
    @overload
    def __getitem__(self, i: slice) -> list[Figure]: ...
    def __getitem__(self, i: int | slice) -> Figure | list[Figure]:
        if isinstance(i, slice):
            return [Figure(k, w) for k, w in zip(self.known[i], self.withheld[i], strict=True)]
        return Figure(self.known[i], self.withheld[i])


@dataclass(frozen=True)
class Progress:
    programme: str
    name: str
    indicator: str
    target: int | None
    reached: Figure

    @property
    def percent(self) -> float | None:
        """Share of the target reached by the published figures (a lower bound)."""
        if not self.target:
            return None
        return 100.0 * self.reached.known / self.target


@dataclass(frozen=True)
class OutcomeProgress:
    """The network's outcome figure for a programme and instrument: people with a pre and a
    post score, how many improved by at least the MID (``mids``: the MIDs the CSOs published,
    normally one) and how many did not, against the network file's target of people
    improved (None: no target)."""

    programme: str
    name: str
    instrument: str
    with_pre_post: Figure
    improved: Figure
    not_improved: Figure
    target: int | None
    mids: tuple[int | float, ...] = ()

    @property
    def percent(self) -> float | None:
        """Share of the target the published figures reach (a lower bound)."""
        if not self.target:
            return None
        return 100.0 * self.improved.known / self.target


@dataclass(frozen=True)
class DirectoryEntry:
    cso_code: str
    cso_name: str
    service: SharedService


@dataclass(frozen=True)
class LastPublisher:
    """What the coordinator keeps, between merges, of a CSO's last accepted bundle: its
    revision, its publisher block (None: the bundle had none), and the revision of an earlier
    or simultaneous bundle of the CSO it does not agree with (None: none), so the warning stays
    until the CSO publishes again. Nothing about any person."""

    revision: int
    publisher: Publisher | None = None
    diverged_from: int | None = None

    def document(self) -> dict[str, Any]:
        return {
            "revision": self.revision,
            "publisher": None if self.publisher is None else self.publisher.model_dump(),
            "diverged_from": self.diverged_from,
        }

    @classmethod
    def parse(cls, value: Any) -> LastPublisher:
        """Read :meth:`document` back; ``ValueError`` when it is not one."""
        if not isinstance(value, dict) or set(value) != {"revision", "publisher", "diverged_from"}:
            raise ValueError("not a publisher memory")
        revision, other, block = value["revision"], value["diverged_from"], value["publisher"]
        if not _is_revision(revision) or not (other is None or _is_revision(other)):
            raise ValueError("not a revision")
        publisher = None if block is None else Publisher.model_validate(block)
        return cls(revision, publisher, other)


def _is_revision(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool) and 0 <= value <= 2**53


@dataclass(frozen=True)
class Divergence:
    """Two bundles of one CSO published by two of its laptops whose figures may not agree:
    ``revision`` (the higher) is the one whose figures count, ``other_revision`` the one it
    does not agree with. ``cso_name`` is the network file's name for the CSO."""

    cso_code: str
    cso_name: str
    revision: int
    other_revision: int


@dataclass(frozen=True)
class CorrectionNote:
    """A CSO reopened a month it had closed: its figures for ``month`` in this merge correct
    what it published for that month before (``reopened_at``: when, UTC)."""

    cso_code: str
    cso_name: str
    month: str
    reopened_at: str


@dataclass(frozen=True)
class FiveWRow:
    """One row of a CSO's 5W figures: people reached per population group and in all, as
    :data:`directory.bundle_schema.FIVE_W_GROUPS` (None: withheld)."""

    cso_code: str
    cso_name: str
    programme: str
    activity: str
    activity_name: str
    area: str | None  # a network area's code; None: not known
    period: str
    people: tuple[int | None, ...]


@dataclass(frozen=True)
class FlowFigures:
    """Referrals from ``from_cso`` to ``to_cso``'s services of ``category`` (``to_cso`` and
    ``from_cso`` are ``""`` in a total over all pairs)."""

    from_cso: str
    to_cso: str
    category: str
    made: Figure
    received: Figure
    served: Figure

    @property
    def completion(self) -> float | None:
        """Served / made, when both are exact and something was made (None: unknown)."""
        if not (self.made.exact and self.served.exact) or self.made.known == 0:
            return None
        return self.served.known / self.made.known

    def __add__(self, other: FlowFigures) -> FlowFigures:
        return FlowFigures(
            "",
            "",
            self.category if self.category == other.category else "",
            self.made + other.made,
            self.received + other.received,
            self.served + other.served,
        )


@dataclass
class NetworkReport:
    network_id: str
    months: list[str]
    bundles: dict[str, Bundle]
    # (programme, month or "cumulative") -> one Figure per cube position (see directory.cube)
    people: dict[tuple[str, str], CubeFigures]
    sessions: dict[tuple[str, str], int]
    referrals: dict[tuple[str, str], Figure]
    participatory_projects: int
    progress: list[Progress]
    # CSO code -> month -> reported
    completeness: dict[str, dict[str, bool]]
    directory: list[DirectoryEntry] = field(default_factory=list)
    # CSOs whose laptops published bundles that do not agree (one entry per CSO, by code)
    divergences: list[Divergence] = field(default_factory=list)
    # What to keep of each CSO's last accepted bundle for the next merge (``history``)
    publishers: dict[str, LastPublisher] = field(default_factory=dict)
    # Months CSOs reopened after closing them (one note per CSO and month, the latest reopen)
    corrections: list[CorrectionNote] = field(default_factory=list)
    # CSO code -> the month its figures are closed (frozen as published) through
    closed_through: dict[str, str] = field(default_factory=dict)
    # (programme, month or "cumulative") -> how many CSOs withheld their count of sessions
    # there (``sessions`` then holds only the published part: a lower bound)
    sessions_withheld: dict[tuple[str, str], int] = field(default_factory=dict)
    # The network's suppression threshold k: a withheld value was fewer than k
    threshold: int = 5
    # Outcome figures per network programme and instrument (with a figure or a target)
    outcomes: list[OutcomeProgress] = field(default_factory=list)
    # The CSOs' 5W rows (CSO, programme, activity, area, month order)
    five_w: list[FiveWRow] = field(default_factory=list)
    # Referrals between members per (referring CSO, receiving CSO, category)
    referral_flows: list[FlowFigures] = field(default_factory=list)

    def flows_by_category(self) -> list[FlowFigures]:
        """The referral flows added up per service category (CSO codes empty)."""
        sums: dict[str, FlowFigures] = {}
        for f in self.referral_flows:
            empty = FlowFigures("", "", f.category, ZERO, ZERO, ZERO)
            sums[f.category] = sums.get(f.category, empty) + f
        return [sums[c] for c in sorted(sums)]

    def flows_total(self) -> FlowFigures:
        """All referrals between members (completion over the whole network)."""
        total = FlowFigures("", "", "", ZERO, ZERO, ZERO)
        for f in self.referral_flows:
            total = total + f
        return FlowFigures("", "", "", total.made, total.received, total.served)

    def total(self, programme: str, period: str) -> Figure:
        """People reached by the network in a programme and month (or cumulative)."""
        cells = self.people.get((programme, period))
        return cells[cube.TOTAL_INDEX] if cells else ZERO


def _by_cso(bundles: Iterable[Bundle], network: Network) -> dict[str, list[Bundle]]:
    """The members' bundles per CSO code, the one that counts (the highest revision; the first
    given of equal ones) first."""
    found: dict[str, list[Bundle]] = {}
    for b in bundles:
        if b.network_id != network.network_id or network.member(b.cso.code) is None:
            continue
        found.setdefault(b.cso.code, []).append(b)
    for candidates in found.values():
        best = max(range(len(candidates)), key=lambda i: (candidates[i].revision, -i))
        candidates.insert(0, candidates.pop(best))
    return found


def _publishers(
    found: Mapping[str, list[Bundle]], history: Mapping[str, LastPublisher], network: Network
) -> tuple[list[Divergence], dict[str, LastPublisher]]:
    """Which CSOs' laptops published bundles that do not agree, and what to keep for the next
    merge (the CSOs without a bundle this time keep what was kept)."""
    kept = dict(history)
    divergences: list[Divergence] = []
    for code in sorted(found):
        best, *others = found[code]
        other = next(
            (
                o.revision
                for o in sorted(others, key=lambda o: -o.revision)
                if diverged(best.publisher, o.publisher)
            ),
            None,
        )
        before = history.get(code)
        if other is None and before is not None:
            if before.revision == best.revision:
                other = before.diverged_from  # the same bundle: the same verdict
            elif diverged(best.publisher, before.publisher):
                other = before.revision
        kept[code] = LastPublisher(best.revision, best.publisher, other)
        member = network.member(code)
        if other is not None and member is not None:
            divergences.append(Divergence(code, member.name, best.revision, other))
    return divergences, kept


def _progress(
    network: Network, people: Mapping[tuple[str, str], CubeFigures], projects: int
) -> list[Progress]:
    """Progress toward the network's targets: cumulative people reached per programme, and
    participatory projects where the programme has such a target."""
    progress: list[Progress] = []
    for prog in network.programmes:
        target = network.target(prog.code, PEOPLE_REACHED)
        cells = people.get((prog.code, CUMULATIVE))
        reached = cells[cube.TOTAL_INDEX] if cells else ZERO
        progress.append(Progress(prog.code, prog.name, PEOPLE_REACHED, target, reached))
        projects_target = network.target(prog.code, PARTICIPATORY_PROJECTS)
        if projects_target is not None:
            progress.append(
                Progress(
                    prog.code, prog.name, PARTICIPATORY_PROJECTS, projects_target, Figure(projects)
                )
            )
    return progress


def _figure(count: int | None) -> Figure:
    return Figure(0, 1) if count is None else Figure(count)


def _outcomes(latest: Mapping[str, Bundle], network: Network) -> list[OutcomeProgress]:
    """The CSOs' outcome figures added up per network programme and instrument, with the
    outcome targets (a target nobody has published a figure for yet shows too, at 0)."""
    sums: dict[tuple[str, str], tuple[Figure, Figure, Figure]] = {}
    mids: dict[tuple[str, str], set[int | float]] = {}
    for code in sorted(latest):
        for o in latest[code].outcomes or ():
            key = (o.programme, o.instrument)
            both, up, down = sums.get(key, (ZERO, ZERO, ZERO))
            sums[key] = (
                both + _figure(o.with_pre_post),
                up + _figure(o.improved),
                down + _figure(o.not_improved),
            )
            mids.setdefault(key, set()).add(o.mid)
    for t in network.outcome_targets or ():
        sums.setdefault((t.programme, t.instrument), (ZERO, ZERO, ZERO))
    names = {p.code: p.name for p in network.programmes}
    order = {p.code: n for n, p in enumerate(network.programmes)}
    return [
        OutcomeProgress(
            programme=programme,
            name=names.get(programme, programme),
            instrument=instrument,
            with_pre_post=both,
            improved=up,
            not_improved=down,
            target=network.outcome_target(programme, instrument),
            mids=tuple(sorted(mids.get((programme, instrument), ()))),
        )
        for (programme, instrument), (both, up, down) in sorted(
            sums.items(), key=lambda item: (order.get(item[0][0], 99), item[0])
        )
    ]


def _flows(latest: Mapping[str, Bundle], network: Network) -> list[FlowFigures]:
    """Both sides of every referral flow between members: made from the referring CSO's
    bundle, received and served from the receiving CSO's (a side not published: 0)."""
    made: dict[tuple[str, str, str], Figure] = {}
    received: dict[tuple[str, str, str], tuple[Figure, Figure]] = {}
    for code in sorted(latest):
        for f in latest[code].referral_flows or ():
            if network.member(f.cso) is None:
                continue  # a member since removed: not the network's any more
            if f.direction == MADE:
                made[(code, f.cso, f.category)] = _figure(f.count)
            else:
                received[(f.cso, code, f.category)] = (_figure(f.count), _figure(f.served))
    return [
        FlowFigures(a, b, g, made.get((a, b, g), ZERO), *received.get((a, b, g), (ZERO, ZERO)))
        for (a, b, g) in sorted(set(made) | set(received))
    ]


def _corrections(latest: Mapping[str, Bundle], network: Network) -> list[CorrectionNote]:
    """One note per CSO and month it reopened after closing (the latest reopen)."""
    notes: list[CorrectionNote] = []
    for code in sorted(latest):
        member = network.member(code)
        name = member.name if member is not None else latest[code].cso.name
        last: dict[str, str] = {}
        for c in latest[code].corrections or []:
            last[c.month] = max(last.get(c.month, ""), c.reopened_at)
        notes += [CorrectionNote(code, name, m, at) for m, at in sorted(last.items())]
    return notes


def _completeness(
    latest: Mapping[str, Bundle], network: Network, months: list[str]
) -> dict[str, dict[str, bool]]:
    """Per member and month: whether its newest bundle covers that month."""
    return {
        m.code: {
            month: m.code in latest
            and latest[m.code].period.start <= month <= latest[m.code].period.end
            for month in months
        }
        for m in network.members
    }


def _directory(latest: Mapping[str, Bundle]) -> list[DirectoryEntry]:
    return [
        DirectoryEntry(b.cso.code, b.cso.name, s)
        for code in sorted(latest)
        for b in [latest[code]]
        for s in b.services
    ]


def _five_w(latest: Mapping[str, Bundle], network: Network) -> list[FiveWRow]:
    """The members' 5W rows as published, in a fixed order."""
    out: list[FiveWRow] = []
    for code in sorted(latest):
        b = latest[code]
        if b.five_w is None:
            continue
        member = network.member(code)
        name = member.name if member is not None else b.cso.name
        names = {a.code: a.name for a in b.five_w.activity_types}
        out += [
            FiveWRow(
                code,
                name,
                r.programme,
                r.activity,
                names.get(r.activity, r.activity),
                r.area,
                r.period,
                tuple(r.people),
            )
            for r in b.five_w.rows
        ]
    order = {p.code: n for n, p in enumerate(network.programmes)}
    out.sort(
        key=lambda r: (r.cso_code, order.get(r.programme, 99), r.activity, r.area or "", r.period)
    )
    return out


_NONES = itertools.repeat(None)


def _columns(cubes: list[list[int | None]]) -> CubeFigures:
    """The network's figures of one cube: per position, the sum of the counts and how many
    were withheld (None is never added). Each column is added up whole by C code (``filter``
    drops None, and the 0s, which add nothing), with no Python step per count or column."""
    columns = list(zip(*cubes, strict=True))
    known: list[int] = list(map(sum, map(filter, _NONES, columns)))
    return CubeFigures(known, list(map(tuple.count, columns, _NONES)))


def merge(
    bundles: Iterable[Bundle],
    network: Network,
    *,
    history: Mapping[str, LastPublisher] | None = None,
) -> NetworkReport:
    """Merge already validated bundles (from :func:`directory.folder.read_bundles` or the
    server) into the network's report. ``bundles`` may hold several of one CSO (copies in a
    folder): the highest revision counts. ``history``: what was kept of each CSO's last
    accepted bundle (the report's ``publishers`` of the previous merge), to notice a newest
    bundle that does not agree with the one before it."""
    found = _by_cso(bundles, network)
    latest = {code: candidates[0] for code, candidates in found.items()}
    divergences, publishers = _publishers(found, history or {}, network)
    months = network.reporting_period.months()
    # Withheld parts are counted, never guessed.
    stacks: dict[tuple[str, str], list[list[int | None]]] = {}
    sessions: dict[tuple[str, str], int] = {}
    sessions_withheld: dict[tuple[str, str], int] = {}
    referrals: dict[tuple[str, str], Figure] = {}
    projects = 0
    for code in sorted(latest):
        b = latest[code]
        projects += b.participatory_projects
        for p in b.programmes:
            for m in p.months:
                stacks.setdefault((p.programme, m.period), []).append(m.people)
            stacks.setdefault((p.programme, CUMULATIVE), []).append(p.cumulative)
            for s in p.sessions_held:
                key = (p.programme, s.period)
                if s.count is not None:
                    sessions[key] = sessions.get(key, 0) + s.count
                else:
                    sessions_withheld[key] = sessions_withheld.get(key, 0) + 1
        for r in b.referrals:
            key = (r.programme, r.period)
            part = Figure(0, 1) if r.count is None else Figure(r.count)
            referrals[key] = referrals.get(key, ZERO) + part
    people = {key: _columns(cubes) for key, cubes in stacks.items()}

    return NetworkReport(
        network_id=network.network_id,
        months=months,
        bundles=latest,
        people=people,
        sessions=sessions,
        referrals=referrals,
        participatory_projects=projects,
        progress=_progress(network, people, projects),
        completeness=_completeness(latest, network, months),
        directory=_directory(latest),
        divergences=divergences,
        publishers=publishers,
        corrections=_corrections(latest, network),
        closed_through={
            code: b.closed_through for code, b in latest.items() if b.closed_through is not None
        },
        sessions_withheld=sessions_withheld,
        threshold=network.suppression_threshold,
        outcomes=_outcomes(latest, network),
        five_w=_five_w(latest, network),
        referral_flows=_flows(latest, network),
    )


__all__ = [
    "ALL_PROGRAMMES",
    "CorrectionNote",
    "CubeFigures",
    "DirectoryEntry",
    "Divergence",
    "Figure",
    "FiveWRow",
    "FlowFigures",
    "LastPublisher",
    "NetworkReport",
    "OutcomeProgress",
    "Progress",
    "merge",
]
