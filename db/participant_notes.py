"""Per-participant notes of group sessions: what one participant said or needs, written
beside the group note.

Who reads them: the same rule as the MHPSS notes of an individual session, the MHPSS notes
permission and FULL access to that person (db.access). Nobody else, with one exception below.

Who writes them:
- a caseworker, supervisor or admin who may read that person's notes (MHPSS notes permission
  and FULL access), for a person who attended the group session;
- the facilitator who ran the group session, for a participant of it: they may write a note
  where there is none and read back and change only the notes they wrote themselves at that
  session. A note someone else wrote is never shown to them and they cannot overwrite it.
  (The strictest rule that still lets the person who heard it write it down: a facilitator
  never reads what a counsellor wrote.)

Text is cleaned like every other note; an empty text clears the note. Writing is audited
(``participant_note``, entity ``session``, the person's id in ``detail``), never the text.
"""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session as OrmSession

from db import access
from db.errors import AccessDenied, RecordNotFound, ValidationFailed
from db.models import Attendance, ParticipantNote, utcnow
from db.models import Beneficiary as B
from db.models import Session as S
from db.permissions import Permission
from db.store import Store
from db.types import Role
from db.validation import CONTROL_CHARACTER, clean_text, text_problems

NOTE_MAX = 5000


def _group_session(session: OrmSession, session_id: int) -> S:
    row = session.get(S, session_id)
    if row is None or row.deleted_at is not None or row.kind != "group":
        raise RecordNotFound(str(session_id))
    return row


def _ran_it(store: Store, row: S) -> bool:
    return store.user.role is Role.FACILITATOR and row.facilitator_id == store.user.id


def _may_read(store: Store, row: S, note: ParticipantNote) -> bool:
    if access.may_read_mhpss(store, note.beneficiary_id):
        return True
    return _ran_it(store, row) and note.written_by == store.user.id


def participant_notes(store: Store, session_id: int) -> dict[int, str]:
    """The notes of a group session's participants the user may read (person id -> text)."""
    store.require(Permission.SESSIONS_LOG)
    with store.read() as session:
        row = _group_session(session, session_id)
        if store.user.role is Role.FACILITATOR and not _ran_it(store, row):
            raise RecordNotFound(str(session_id))
        notes = list(
            session.scalars(
                select(ParticipantNote)
                .join(B, B.id == ParticipantNote.beneficiary_id)
                .where(ParticipantNote.session_id == session_id, B.deleted_at.is_(None))
            )
        )
        return {n.beneficiary_id: n.note for n in notes if n.note and _may_read(store, row, n)}


def get_participant_note(store: Store, session_id: int, person_id: int) -> str:
    """One participant's note; :class:`AccessDenied` if the user may not read it."""
    store.require(Permission.SESSIONS_LOG)
    with store.read() as session:
        row = _group_session(session, session_id)
        note = session.get(ParticipantNote, (session_id, person_id))
        if note is None or not note.note:
            if access.may_read_mhpss(store, person_id) or _ran_it(store, row):
                return ""
            raise AccessDenied(person_id)
        if not _may_read(store, row, note):
            raise AccessDenied(person_id)
        return note.note


def clean_note(text: str) -> str:
    """A note as stored: :class:`ValidationFailed` for a control character or too long."""
    if text_problems({"note": text}):
        raise ValidationFailed({"participant_notes": CONTROL_CHARACTER})
    cleaned = clean_text(text, multiline=True).strip()
    if len(cleaned) > NOTE_MAX:
        raise ValidationFailed({"participant_notes": "too_long"})
    return cleaned


def check_may_write(store: Store, ran_it: bool, person_id: int) -> None:
    """Before a write: who did not run the session (as its facilitator) needs the MHPSS notes
    permission and FULL access to the person."""
    if not ran_it:
        store.require(Permission.MHPSS_NOTES)
        access.require_full(store, person_id)


def write_note(
    store: Store, session: OrmSession, session_id: int, person_id: int, text: str, ran_it: bool
) -> None:
    """Store one note in the current transaction (checks done by the caller)."""
    note = session.get(ParticipantNote, (session_id, person_id))
    if ran_it and note is not None and note.note and note.written_by != store.user.id:
        raise AccessDenied(person_id)  # a note someone else wrote: not theirs to change
    if note is None:
        if not text:
            return
        note = ParticipantNote(session_id=session_id, beneficiary_id=person_id)
        session.add(note)
    note.note = text
    note.written_by = store.user.id
    note.updated_at = utcnow()
    store.audit(session, "participant_note", "session", session_id, f"person={person_id}")


def set_participant_note(store: Store, session_id: int, person_id: int, text: str) -> None:
    """Write (or with an empty text, clear) one participant's note of a group session."""
    store.require(Permission.SESSIONS_LOG)
    cleaned = clean_note(text)
    with store.read() as session:
        row = _group_session(session, session_id)
        ran_it = _ran_it(store, row)
        if store.user.role is Role.FACILITATOR and not ran_it:
            raise RecordNotFound(str(session_id))
        attended = session.get(Attendance, (session_id, person_id))
        person = session.get(B, person_id)
        if attended is None or person is None or person.deleted_at is not None:
            raise ValidationFailed({"participant_notes": "not_a_participant"})
    check_may_write(store, ran_it, person_id)
    with store.write() as session:
        write_note(store, session, session_id, person_id, cleaned, ran_it)


__all__ = [
    "NOTE_MAX",
    "check_may_write",
    "clean_note",
    "get_participant_note",
    "participant_notes",
    "set_participant_note",
    "write_note",
]
