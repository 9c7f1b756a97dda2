"""The coordinator's merge: the network's figures from the CSOs' latest valid bundles.

- Network totals are sums of what the CSOs published. A withheld value is never guessed: it
  is carried as "withheld", so a total with withheld parts is a range "at least N"
  (:class:`Figure`).
- Progress toward a target adds up the CSOs' cumulative unique counts. A person served by two
  CSOs counts twice (the network cannot tell; each CSO counts only its own people). Reports
  say so.
- Completeness: a CSO has reported a month when its latest bundle covers that month.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import overload

from directory import cube
from directory.bundle_schema import ALL_PROGRAMMES, CUMULATIVE, Bundle, SharedService
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
class DirectoryEntry:
    cso_code: str
    cso_name: str
    service: SharedService


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

    def total(self, programme: str, period: str) -> Figure:
        """People reached by the network in a programme and month (or cumulative)."""
        cells = self.people.get((programme, period))
        return cells[cube.TOTAL_INDEX] if cells else ZERO


def _latest(bundles: Iterable[Bundle], network: Network) -> dict[str, Bundle]:
    latest: dict[str, Bundle] = {}
    for b in bundles:
        if b.network_id != network.network_id or network.member(b.cso.code) is None:
            continue
        if b.cso.code not in latest or b.revision > latest[b.cso.code].revision:
            latest[b.cso.code] = b
    return latest


def merge(bundles: Iterable[Bundle], network: Network) -> NetworkReport:
    """Merge already validated bundles (from :func:`directory.folder.read_bundles` or the
    server) into the network's report."""
    latest = _latest(bundles, network)
    months = network.reporting_period.months()
    # Withheld parts are counted, never guessed.
    stacks: dict[tuple[str, str], list[list[int | None]]] = {}
    sessions: dict[tuple[str, str], int] = {}
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
                if s.count is not None:
                    key = (p.programme, s.period)
                    sessions[key] = sessions.get(key, 0) + s.count
        for r in b.referrals:
            key = (r.programme, r.period)
            part = Figure(0, 1) if r.count is None else Figure(r.count)
            referrals[key] = referrals.get(key, ZERO) + part
    people: dict[tuple[str, str], CubeFigures] = {}
    for key, cubes in stacks.items():
        columns = list(zip(*cubes, strict=True))
        people[key] = CubeFigures(
            [sum(filter(None, col)) for col in columns],  # None (withheld) is never added
            [col.count(None) for col in columns],
        )

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

    completeness = {
        m.code: {
            month: m.code in latest
            and latest[m.code].period.start <= month <= latest[m.code].period.end
            for month in months
        }
        for m in network.members
    }
    directory = [
        DirectoryEntry(b.cso.code, b.cso.name, s)
        for code in sorted(latest)
        for b in [latest[code]]
        for s in b.services
    ]
    return NetworkReport(
        network_id=network.network_id,
        months=months,
        bundles=latest,
        people=people,
        sessions=sessions,
        referrals=referrals,
        participatory_projects=projects,
        progress=progress,
        completeness=completeness,
        directory=directory,
    )


__all__ = [
    "ALL_PROGRAMMES",
    "CubeFigures",
    "DirectoryEntry",
    "Figure",
    "NetworkReport",
    "Progress",
    "merge",
]
