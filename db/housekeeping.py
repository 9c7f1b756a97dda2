"""Permanent erasure of a person, for when a record must not exist at all any more."""

from __future__ import annotations

from sqlalchemy import delete, text
from sqlalchemy.orm import Session

from db.cases import erase_cases_in
from db.errors import RecordNotFound
from db.models import (
    Assessment,
    Attendance,
    ParticipantNote,
    ProjectParticipant,
    ReachMark,
    Referral,
)
from db.models import Beneficiary as B
from db.permissions import Permission
from db.store import Store


def erase_person(store: Store, person_id: int) -> None:
    """Remove a person and everything recorded about them, then rebuild the file so no trace
    is left in free pages or the write-ahead log. Admin only; the audit trail keeps the fact
    (record number, who, when) but never the content.

    Sessions the person attended stay (they happened, with other people), minus this person.
    """
    store.require(Permission.PEOPLE_DELETE)
    with store.write() as session:
        if session.get(B, person_id) is None:
            raise RecordNotFound(str(person_id))
        # On a team's laptop the deletions below are recorded as erasures (db.team.capture):
        # final on every device, never brought back by an older change.
        team = session.execute(text("SELECT 1 FROM team_local")).first() is not None
        if team:
            session.execute(text("UPDATE team_local SET erasing = 1 WHERE id = 1"))
        session.execute(delete(Attendance).where(Attendance.beneficiary_id == person_id))
        session.execute(delete(ParticipantNote).where(ParticipantNote.beneficiary_id == person_id))
        erase_cases_in(session, person_id)
        session.execute(delete(Assessment).where(Assessment.beneficiary_id == person_id))
        session.execute(delete(Referral).where(Referral.beneficiary_id == person_id))
        session.execute(
            delete(ProjectParticipant).where(ProjectParticipant.beneficiary_id == person_id)
        )
        # The reach ledger keeps counting them in the closed months (db.closing): only the
        # link to the person goes.
        session.execute(delete(ReachMark).where(ReachMark.beneficiary_id == person_id))
        session.execute(delete(B).where(B.id == person_id))
        if team:
            session.execute(text("UPDATE team_local SET erasing = 0 WHERE id = 1"))
            _forget_team_history(session, person_id)
        store.audit(session, "erase", "person", person_id)
    compact(store)


def _forget_team_history(session: Session, person_id: int) -> None:
    """Values of the person's record that lost a sync conflict, and the conflicts, go too."""
    for name in ("team_history", "team_conflicts"):
        session.execute(
            text(f"DELETE FROM {name} WHERE tbl = 'beneficiaries' AND pk = :pk"),
            {"pk": str(person_id)},
        )


def compact(store: Store) -> None:
    """VACUUM and truncate the write-ahead log (outside any transaction)."""
    with store.engine.connect() as conn:
        raw = conn.connection.driver_connection
        assert raw is not None
        raw.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        raw.execute("VACUUM")
        raw.execute("PRAGMA wal_checkpoint(TRUNCATE)")
