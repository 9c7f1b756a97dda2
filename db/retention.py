"""The retention rule: people whose cases closed long ago are due for erasure.

The CSO's admin sets a number of years (db.settings.RETENTION_YEARS; 0, the default, means no
rule). A person is *due for erasure* when they have at least one case, every case of theirs is
closed, the last closure is more than that many years before today, and nothing happened with
them since then either: no session attended (of a session not deleted), no referral and no
assessment dated within those years. (The clock runs from the later of the last closure and
the last activity: someone still coming to group sessions after their case closed is not due
until that many years after the last one.) Nobody is erased by the rule itself: the admin
looks at the list and approves the people to erase (:func:`erase_due`), each erased as
db.housekeeping does it.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from sqlalchemy import and_, case, exists, func, or_, select
from sqlalchemy.orm import Session

from db import housekeeping, settings
from db.models import Assessment, Attendance, Beneficiary, Case, Referral
from db.models import Session as ActivitySession
from db.permissions import Permission
from db.store import Store


@dataclass(frozen=True)
class DueForErasure:
    """A person the retention rule makes due: their last case closed on ``closed_on``, for
    ``reason`` (a db.cases.CloseReason code, "" when none was given)."""

    person_id: int
    code: str
    name_latin: str
    name_script: str
    closed_on: dt.date
    reason: str


def years_before(day: dt.date, years: int) -> dt.date:
    try:
        return day.replace(year=day.year - years)
    except ValueError:  # 29 February
        return day.replace(year=day.year - years, day=28)


def _due(session: Session, years: int, today: dt.date) -> list[DueForErasure]:
    if years <= 0:
        return []
    cutoff = years_before(today, years)
    open_or_undated = or_(Case.status != "closed", Case.closed_on.is_(None))
    last = (
        select(
            Case.beneficiary_id.label("person"),
            func.max(Case.closed_on).label("closed_on"),
        )
        .group_by(Case.beneficiary_id)
        # every case closed, with its date
        .having(func.sum(case((open_or_undated, 1), else_=0)) == 0)
        .subquery()
    )
    person = last.c.person
    closed = last.c.closed_on
    attended = (
        exists()
        .where(Attendance.beneficiary_id == person)
        .where(Attendance.session_id == ActivitySession.id)
        .where(ActivitySession.deleted_at.is_(None))
        .where(ActivitySession.date >= cutoff)
    )
    referred = exists().where(and_(Referral.beneficiary_id == person, Referral.date >= cutoff))
    assessed = exists().where(and_(Assessment.beneficiary_id == person, Assessment.date >= cutoff))
    reason = (
        select(Case.closed_reason)
        .where(Case.beneficiary_id == person, Case.closed_on == closed)
        .order_by(Case.id.desc())
        .limit(1)
        .scalar_subquery()
    )
    stmt = (
        select(
            Beneficiary.id,
            Beneficiary.code,
            Beneficiary.name_latin,
            Beneficiary.name_script,
            closed,
            reason,
        )
        .join(last, person == Beneficiary.id)
        .where(closed < cutoff, ~attended, ~referred, ~assessed)
        .order_by(closed, Beneficiary.code)
    )
    return [
        DueForErasure(int(pid), code, latin, script, closed_on, why or "")
        for pid, code, latin, script, closed_on, why in session.execute(stmt)
    ]


def due_for_erasure(store: Store, today: dt.date | None = None) -> list[DueForErasure]:
    """The people the retention rule makes due for erasure on ``today``, the longest closed
    first (admin only; empty while the CSO has no rule)."""
    store.require(Permission.PEOPLE_DELETE)
    with store.read() as session:
        years = settings.get_in(session, settings.RETENTION_YEARS)
        return _due(session, years, today or dt.date.today())


def erase_due(
    store: Store,
    person_ids: Iterable[int],
    reason: str,
    today: dt.date | None = None,
    progress: Callable[[int], None] | None = None,
) -> list[int]:
    """Erase the people the admin approved from the due list, in one transaction, then rebuild
    the file once (db.housekeeping.compact). Someone no longer due (a new session since the list
    was shown, the rule changed) is left alone. ``progress(n)`` after each person. Returns the
    record numbers erased. Admin only; each erasure is audited with ``reason``."""
    store.require(Permission.PEOPLE_DELETE)
    cleaned = housekeeping.check_reason(reason)
    wanted = set(person_ids)
    erased: list[int] = []
    with store.write() as session:
        years = settings.get_in(session, settings.RETENTION_YEARS)
        due = [d.person_id for d in _due(session, years, today or dt.date.today())]
        for person_id in due:
            if person_id not in wanted:
                continue
            housekeeping.erase_in(session, store, person_id, cleaned)
            erased.append(person_id)
            if progress is not None:
                progress(len(erased))
    if erased:
        housekeeping.compact(store)
    return erased


__all__ = ["DueForErasure", "due_for_erasure", "erase_due", "years_before"]
