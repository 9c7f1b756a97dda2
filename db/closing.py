"""Closed months: a CSO's shared figures of a month, frozen as they were published.

Closing is a prefix: the CSO is "closed through YYYY-MM" (every month of the network's
reporting period up to that one). Each close and reopen is an entry of ``month_closures``; the
latest entry says what is closed now. Reopening month M (admin only, with a reason, audited)
closes through the month before M: M and every later month are open again, and the bundle
marks M as a correction the coordinator sees.

For each month it closes, a close keeps (``closed_months``) the month's figures as the bundle
built at closing showed them (the sharing layer works them out, :mod:`directory.closing`), and
counts in the anonymous reach ledger (``reach_ledger``) the people each programme first reached
in the month, per disaggregation cell, with no link to any person. ``reach_marks`` says which
(person, programme) pairs the ledger counts, so the live count leaves them out; a mark goes when
its person is erased (:func:`db.housekeeping.erase_person`) while the ledger keeps the count:
cumulative unique counts stay as reported.

Everything here is aggregates, or marks that stay on this laptop (and the team's laptops).
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from sqlalchemy import delete, func, select, text
from sqlalchemy.orm import Session

from db import counting
from db.changes import Change
from db.errors import ClosingRefused, ValidationFailed
from db.models import ClosedMonth, MonthClosure, ReachLedgerCell, ReachMark, User
from db.permissions import Permission
from db.store import Store
from db.types import PopulationGroup, Sex

CLOSE, REOPEN = "close", "reopen"
MONTH_RE = re.compile(r"^20[0-9]{2}-(0[1-9]|1[0-2])$")


def next_month(month: str) -> str:
    y, m = int(month[:4]), int(month[5:])
    return f"{y + 1:04d}-01" if m == 12 else f"{y:04d}-{m + 1:02d}"


def previous_month(month: str) -> str:
    y, m = int(month[:4]), int(month[5:])
    return f"{y - 1:04d}-12" if m == 1 else f"{y:04d}-{m - 1:02d}"


def first_day(month: str) -> dt.date:
    return dt.date(int(month[:4]), int(month[5:]), 1)


def last_day(month: str) -> dt.date:
    return first_day(next_month(month)) - dt.timedelta(days=1)


def months_between(first: str, last: str) -> list[str]:
    """``first`` .. ``last`` inclusive (empty when ``last`` is before ``first``)."""
    out: list[str] = []
    month = first
    while month <= last:
        out.append(month)
        month = next_month(month)
    return out


def check_month(month: str, field: str = "month") -> str:
    """``month`` when it is written YYYY-MM, else :class:`ValidationFailed`."""
    if not isinstance(month, str) or not MONTH_RE.match(month):
        raise ValidationFailed({field: "format"})
    return month


@dataclass(frozen=True)
class Closure:
    """One close or reopen (``through``: what is closed after it)."""

    id: int
    through: str
    action: str  # CLOSE or REOPEN
    automatic: bool
    reason: str
    username: str  # "" when the user is unknown
    at: dt.datetime

    @property
    def reopened(self) -> str | None:
        """The month a reopen reopened (None for a close)."""
        return next_month(self.through) if self.action == REOPEN else None


def history(store: Store) -> list[Closure]:
    """Every close and reopen, oldest first."""
    store.require(Permission.AGGREGATES_VIEW)
    with store.read() as session:
        return [
            Closure(c.id, c.through, c.action, c.automatic, c.reason, name or "", c.at)
            for c, name in session.execute(
                select(MonthClosure, User.username)
                .outerjoin(User, User.id == MonthClosure.user_id)
                .order_by(MonthClosure.at, MonthClosure.id)
            ).all()
        ]


def _latest_in(session: Session) -> str | None:
    row = session.execute(
        select(MonthClosure.through).order_by(MonthClosure.at.desc(), MonthClosure.id.desc())
    ).first()
    return None if row is None else str(row[0])


def closed_through(store: Store) -> str | None:
    """The month the CSO is closed through (None: nothing was ever closed)."""
    store.require(Permission.AGGREGATES_VIEW)
    with store.read() as session:
        return _latest_in(session)


def corrections(store: Store) -> list[tuple[str, dt.datetime]]:
    """(month reopened, when) of every reopen, oldest first."""
    return [(c.reopened, c.at) for c in history(store) if c.reopened is not None]


def _winners(session: Session, network_id: str, period_start: str) -> dict[str, int]:
    """Per closed month, the closure whose frozen figures count: the lowest (two laptops of
    a team that closed one month meanwhile each keep their row; every laptop picks the same)."""
    rows = session.execute(
        select(ClosedMonth.month, func.min(ClosedMonth.closure_id))
        .where(ClosedMonth.network_id == network_id, ClosedMonth.period_start == period_start)
        .group_by(ClosedMonth.month)
    ).all()
    return {str(m): int(c) for m, c in rows}


def frozen(store: Store, network_id: str, period_start: str) -> dict[str, dict[str, Any]]:
    """The frozen figures of each closed month of the network's reporting period starting
    ``period_start`` (month -> the figures kept at closing)."""
    store.require(Permission.AGGREGATES_VIEW)
    with store.read() as session:
        winners = _winners(session, network_id, period_start)
        rows = session.execute(
            select(ClosedMonth.month, ClosedMonth.closure_id, ClosedMonth.figures).where(
                ClosedMonth.network_id == network_id, ClosedMonth.period_start == period_start
            )
        ).all()
    out: dict[str, dict[str, Any]] = {}
    for month, closure, figures in rows:
        if winners.get(month) == closure:
            out[month] = json.loads(figures)
    return out


def ledger(
    store: Store, network_id: str, period_start: str, through: str
) -> list[counting.ReachCell]:
    """The reach ledger of the period starting ``period_start``, months up to ``through``, as
    cells of the ``cumulative`` period (the same cell of several months added up)."""
    store.require(Permission.AGGREGATES_VIEW)
    with store.read() as session:
        winners = _winners(session, network_id, period_start)
        rows = session.execute(
            select(ReachLedgerCell).where(
                ReachLedgerCell.period_start == period_start,
                ReachLedgerCell.first_month <= through,
            )
        ).scalars()
        sums: Counter[tuple[int, str, str, str, bool]] = Counter()
        for r in rows:
            if winners.get(r.first_month) != r.closure_id:
                continue
            key = (r.programme_id, r.sex, r.age_band, r.population_group, r.disability)
            sums[key] += r.people
    return [
        counting.ReachCell(
            programme_id=pid,
            period=counting.CUMULATIVE,
            sex=Sex(sex),
            age_band=band,
            population_group=PopulationGroup(group),
            disability=dis,
            people=n,
        )
        for (pid, sex, band, group, dis), n in sorted(sums.items())
        if n > 0
    ]


def close(
    store: Store,
    through: str,
    months: Mapping[str, dict[str, Any]],
    *,
    network_id: str,
    period_start: str,
    expected: str | None,
    automatic: bool = False,
) -> None:
    """Close through ``through``, freezing ``months`` (each month newly closed -> its figures,
    as :mod:`directory.closing` works them out), and count in the reach ledger the people each
    programme first reached in those months, in one transaction. ``expected``: the month the
    figures were worked out against as closed through (another close or reopen meanwhile:
    :class:`ClosingRefused` ``changed``). A close by hand needs the admin's ``SETTINGS``; an
    automatic one (publishing, when the network file says so) the ``NETWORK`` permission."""
    store.require(Permission.NETWORK if automatic else Permission.SETTINGS)
    check_month(through, "through")
    with store.write() as session:
        if _latest_in(session) != expected:
            raise ClosingRefused("changed")
        entry = MonthClosure(
            through=through,
            action=CLOSE,
            automatic=automatic,
            reason="",
            user_id=store.user.id,
        )
        session.add(entry)
        session.flush()
        for month in sorted(months):
            session.add(
                ClosedMonth(
                    closure_id=entry.id,
                    month=month,
                    network_id=network_id,
                    period_start=period_start,
                    figures=json.dumps(months[month], sort_keys=True, separators=(",", ":")),
                )
            )
        if months:
            _count_first_reached(session, entry.id, period_start, min(months), max(months))
        store.audit(
            session, "close_months", "months", None, through + (" auto" if automatic else "")
        )
        store.note_change(Change.NETWORK)


def _count_first_reached(
    session: Session, closure_id: int, period_start: str, first: str, last: str
) -> None:
    """Ledger cells and marks for the pairs not in the ledger yet with attendance in the
    months ``first`` .. ``last`` (their first month: that of their first attendance there)."""
    params = {
        "start": first_day(first).isoformat(),
        "end": last_day(last).isoformat(),
        "period_start": period_start,
    }
    cells: Counter[tuple[int, str, str, str, str, bool]] = Counter()
    marks: list[ReachMark] = []
    for pid, person, first_date, sex, band, group, dis in session.execute(
        text(counting.first_reached_sql()), params
    ):
        month = str(first_date)[:7]
        cells[(int(pid), month, str(sex), str(band), str(group), bool(dis))] += 1
        marks.append(
            ReachMark(
                closure_id=closure_id,
                period_start=period_start,
                programme_id=int(pid),
                beneficiary_id=int(person),
                first_month=month,
            )
        )
    session.add_all(
        ReachLedgerCell(
            closure_id=closure_id,
            period_start=period_start,
            programme_id=pid,
            first_month=month,
            sex=sex,
            age_band=band,
            population_group=group,
            disability=dis,
            people=n,
        )
        for (pid, month, sex, band, group, dis), n in sorted(cells.items())
    )
    session.add_all(marks)


def reopen(store: Store, month: str, reason: str) -> str | None:
    """Reopen ``month`` (and every later month): closed through the month before it from now
    on, its frozen figures and ledger counts dropped. Admin only, with a reason; audited.
    Returns what is closed through now."""
    store.require(Permission.SETTINGS)
    check_month(month)
    reason = reason.strip()
    if not reason:
        raise ValidationFailed({"reason": "required"})
    through = previous_month(month)
    with store.write() as session:
        current = _latest_in(session)
        if current is None or month > current:
            raise ClosingRefused("not_closed")
        session.add(
            MonthClosure(
                through=through,
                action=REOPEN,
                automatic=False,
                reason=reason,
                user_id=store.user.id,
            )
        )
        session.execute(delete(ClosedMonth).where(ClosedMonth.month >= month))
        session.execute(delete(ReachLedgerCell).where(ReachLedgerCell.first_month >= month))
        session.execute(delete(ReachMark).where(ReachMark.first_month >= month))
        store.audit(session, "reopen_month", "months", None, month)
        store.note_change(Change.NETWORK)
    return through
