"""What the dashboard shows, counted in one go (no Qt: this runs on a worker thread).

People reached are unique people (see ``db.counting``): progress toward a target uses the
unique count over the whole period, never a sum of months.

The target of a programme is the CSO's own (``db.programmes``), unless the network file this
CSO accepted last gives it a share of the network's target for that programme (the
coordinator's ``saphan network targets --cso``): then the share is the CSO's target, and the
network's whole target is shown beside it."""

from __future__ import annotations

import datetime as dt
import threading
from dataclasses import dataclass, field

from db import counting, outcomes, programmes
from db.outcomes import OutcomeFigure
from db.store import Store
from db.types import Programme
from desktop.labels import programme_label
from directory.sharing import memory

# The pilot programme period starts in December 2024.
PROGRAMME_START = dt.date(2024, 12, 1)
ALL_PROGRAMMES = counting.ANY_PROGRAMME
SEXES = ("female", "male", "other")


@dataclass(frozen=True)
class Progress:
    programme_id: int
    name: str
    target: int | None
    reached: int  # unique people over the whole period
    # True: ``target`` is this CSO's share of the network's target (``network_target``).
    share: bool = False
    network_target: int | None = None

    @property
    def percent(self) -> float | None:
        if not self.target:
            return None
        return 100.0 * self.reached / self.target


@dataclass(frozen=True)
class DashboardData:
    start: dt.date
    end: dt.date
    months: list[str]  # "YYYY-MM", oldest first
    programmes: list[Programme]
    progress: list[Progress]
    # programme id -> month -> unique people that month
    monthly: dict[int, dict[str, int]]
    # programme id (ALL_PROGRAMMES for everyone once) -> (sex, fine age band) -> people
    breakdown: dict[int, dict[tuple[str, str], int]]
    any_programme: int  # unique people reached by any programme in the period
    sessions: int
    referrals: int
    # People counted here who are left out of the shared figures (no consent to data use,
    # or withdrawn): {"never": n, "withdrawn": m}.
    not_shared: dict[str, int] = field(default_factory=dict)
    # Per programme and instrument with a MID: people with a pre and a post score whose post
    # is in the period, and how many improved by at least the MID (db.outcomes).
    outcomes: list[OutcomeFigure] = field(default_factory=list)
    # programme id -> name, closed programmes too (an outcome may be in one)
    programme_names: dict[int, str] = field(default_factory=dict)
    worker_thread: int = field(default=0, compare=False)


def months_between(start: dt.date, end: dt.date) -> list[str]:
    months = []
    year, month = start.year, start.month
    while (year, month) <= (end.year, end.month):
        months.append(f"{year:04d}-{month:02d}")
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return months


def month_end(year: int, month: int) -> dt.date:
    first_next = dt.date(year + 1, 1, 1) if month == 12 else dt.date(year, month + 1, 1)
    return first_next - dt.timedelta(days=1)


def network_shares(store: Store) -> tuple[dict[str, int], dict[str, int | None]]:
    """This CSO's shares of the network's people-reached targets, programme code -> share, and
    the network's targets of those programmes, from the network file it accepted last
    (empty when it has none or the file gives it no share)."""
    network = memory.stored_network(store)
    if network is None or network.member(store.cso.code) is None:
        return {}, {}
    shares = network.shares(store.cso.code)
    return shares, {code: network.target(code) for code in shares}


def _progress(
    p: Programme, reached: int, shares: dict[str, int], whole: dict[str, int | None]
) -> Progress:
    code = p.maps_to  # the network programme its people count in ("" or None: at home)
    if code and code in shares:
        return Progress(p.id, programme_label(p), shares[code], reached, True, whole.get(code))
    return Progress(p.id, programme_label(p), p.target_people, reached)


def load_dashboard(store: Store, start: dt.date, end: dt.date) -> DashboardData:
    """Count everything the dashboard shows for ``start``..``end`` (inclusive)."""
    programme_list = programmes.list_programmes(store)
    cumulative = counting.people_reached(store, start, end)
    reached = counting.totals_by(cumulative, "programme_id")
    shares, whole = network_shares(store)
    progress = [_progress(p, reached.get((p.id,), 0), shares, whole) for p in programme_list]
    monthly: dict[int, dict[str, int]] = {}
    for (programme_id, month), people in counting.totals_by(
        counting.people_reached(store, start, end, monthly=True), "programme_id", "period"
    ).items():
        monthly.setdefault(int(programme_id), {})[str(month)] = people  # type: ignore[call-overload]

    breakdown: dict[int, dict[tuple[str, str], int]] = {}
    everyone = counting.people_reached_any_programme_cells(store, start, end)
    for cells in (cumulative, everyone):
        for (programme_id, sex, band), people in counting.totals_by(
            cells, "programme_id", "sex", "age_band"
        ).items():
            key = (str(sex), str(band))
            breakdown.setdefault(int(programme_id), {})[key] = people  # type: ignore[call-overload]

    sessions = sum(counting.sessions_held(store, start, end).values())
    referrals = sum(counting.referrals_made(store, start, end).values())
    return DashboardData(
        start=start,
        end=end,
        months=months_between(start, end),
        programmes=programme_list,
        progress=progress,
        monthly=monthly,
        breakdown=breakdown,
        any_programme=counting.total(everyone),
        sessions=sessions,
        referrals=referrals,
        not_shared=counting.left_out(store, start, end),
        outcomes=outcomes.outcome_figures(store, start, end),
        programme_names={
            p.id: p.name for p in programmes.list_programmes(store, include_inactive=True)
        },
        worker_thread=threading.get_ident(),
    )
