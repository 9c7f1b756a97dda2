"""Permanent erasure of a person, for when a record must not exist at all any more."""

from __future__ import annotations

from sqlalchemy import delete, select, text
from sqlalchemy.orm import Session

from db import settings
from db.cases import erase_cases_in
from db.custom_fields import Entity, erase_values_in
from db.errors import RecordNotFound, ValidationFailed
from db.models import (
    Assessment,
    Attendance,
    ConsentEvent,
    ParticipantNote,
    PersonChange,
    ProjectParticipant,
    ReachMark,
    ReachMonth,
    ReceivedReferral,
    Referral,
)
from db.models import Beneficiary as B
from db.permissions import Permission
from db.store import Store
from db.validation import CONTROL_CHARACTER, clean_text, text_problems

MAX_REASON = 500


def check_reason(reason: str) -> str:
    """The reason for an erasure, cleaned: required, one paragraph of text. It is written to the
    audit trail as typed (never with a name the store adds)."""
    cleaned = clean_text(reason).strip()
    if not cleaned:
        raise ValidationFailed({"reason": "required"})
    if text_problems({"reason": cleaned}):
        raise ValidationFailed({"reason": CONTROL_CHARACTER})
    if len(cleaned) > MAX_REASON:
        raise ValidationFailed({"reason": "too_long"})
    return cleaned


def erase_person(store: Store, person_id: int, reason: str = "") -> None:
    """Remove a person and everything recorded about them, then rebuild the file so no trace
    is left in free pages or the write-ahead log. Admin only; the audit trail keeps the fact
    (record number, who, when, and the ``reason`` as typed) but never the content.

    Sessions the person attended stay (they happened, with other people), minus this person.
    """
    store.require(Permission.PEOPLE_DELETE)
    cleaned = check_reason(reason) if reason.strip() else ""
    with store.write() as session:
        erase_in(session, store, person_id, cleaned)
    compact(store)


def erase_in(session: Session, store: Store, person_id: int, reason: str) -> None:
    """One person's erasure inside the caller's transaction (the caller checked the permission
    and the reason, and compacts the file after the commit)."""
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
    # A referral another CSO made to this one, linked to the person: it goes with them (its
    # code stops getting feedback; the referring CSO keeps the state it had).
    session.execute(delete(ReceivedReferral).where(ReceivedReferral.person_id == person_id))
    session.execute(
        delete(ProjectParticipant).where(ProjectParticipant.beneficiary_id == person_id)
    )
    session.execute(delete(PersonChange).where(PersonChange.beneficiary_id == person_id))
    session.execute(delete(ConsentEvent).where(ConsentEvent.beneficiary_id == person_id))
    # Custom field values name their record without a foreign key (db.custom_fields).
    erase_values_in(session, Entity.PERSON, person_id)
    # The reach ledger keeps counting them in the closed months (db.closing): only the link to
    # the person goes.
    session.execute(delete(ReachMark).where(ReachMark.beneficiary_id == person_id))
    session.execute(delete(ReachMonth).where(ReachMonth.beneficiary_id == person_id))
    session.execute(delete(B).where(B.id == person_id))
    if team:
        session.execute(text("UPDATE team_local SET erasing = 0 WHERE id = 1"))
        _forget_team_history(session, person_id)
    else:
        # SQLite would give the highest record number again to the next person registered.
        through = settings.get_in(session, settings.ERASED_THROUGH_ID)
        settings.put_in(session, settings.ERASED_THROUGH_ID, max(through, person_id))
    store.audit(session, "erase", "person", person_id, f"reason: {reason}" if reason else "")


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


def erase_by_code(store: Store, code: str, reason: str) -> int:
    """Erase the person with the readable ``code`` (e.g. BEAM-000123), giving a ``reason``
    (required); returns their record number. Admin only."""
    store.require(Permission.PEOPLE_DELETE)
    cleaned = check_reason(reason)
    with store.read() as session:
        person_id = session.execute(select(B.id).where(B.code == code.strip())).scalar()
    if person_id is None:
        raise RecordNotFound(code)
    erase_person(store, person_id, cleaned)
    return int(person_id)
