"""What the dashboard shows, counted in one go (no Qt: this runs on a worker thread).

People reached are unique people (see ``db.counting``): progress toward a target uses the
unique count over the whole period, never a sum of months."""

from __future__ import annotations

import datetime as dt
import threading
from dataclasses import dataclass, field

from db import counting, programmes
from db.store import Store
from db.types import Programme
from desktop.labels import programme_label

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


def load_dashboard(store: Store, start: dt.date, end: dt.date) -> DashboardData:
    """Count everything the dashboard shows for ``start``..``end`` (inclusive)."""
    programme_list = programmes.list_programmes(store)
    cumulative = counting.people_reached(store, start, end)
    reached = counting.totals_by(cumulative, "programme_id")
    progress = [
        Progress(p.id, programme_label(p), p.target_people, reached.get((p.id,), 0))
        for p in programme_list
    ]
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
        worker_thread=threading.get_ident(),
    )
