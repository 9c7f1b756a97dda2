"""Referrals other CSOs made to this one: recorded by the code on the slip when the person
arrives, then their outcome (received, served, not served with a reason, could not contact).

A code is refused (:class:`~db.errors.ReferralCodeInvalid`) when it is mistyped (its check
character, db.referral_codes), when it is this CSO's own (made here, not received) and when it
was recorded already (a replay). The person may be registered here with their consent and
linked, or not: the code alone is what the referring CSO's feedback needs (db.referral_feedback
publishes each code's state and date, never the person). Everything is audited with the code,
which says nothing about the person.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from enum import StrEnum

from sqlalchemy import select

from db import access, referral_codes
from db.errors import RecordNotFound, ReferralCodeInvalid, ValidationFailed
from db.models import Beneficiary as B
from db.models import ReceivedReferral, Service, utcnow
from db.permissions import Permission
from db.store import Store
from db.validation import clean_text, text_problems

MAX_REASON = 500


class ReceivedState(StrEnum):
    RECEIVED = "received"
    SERVED = "served"
    NOT_SERVED = "not_served"  # with a reason
    COULD_NOT_CONTACT = "could_not_contact"


@dataclass(frozen=True)
class ReceivedRecord:
    id: int
    code: str
    from_cso: str
    service_id: int | None
    service_name: str
    person_id: int | None  # the person, when the user sees them in full
    person_code: str  # their readable code (e.g. BEAM-000123), when the user sees them in full
    linked: bool  # a person is linked (whether or not this user may see them)
    received_on: dt.date
    state: ReceivedState
    reason: str
    state_on: dt.date


def check_code(store: Store, text: str) -> referral_codes.ReferralCode:
    """The code typed, if it may be recorded here: raises ReferralCodeInvalid (``empty``,
    ``format``, ``check``, ``own_cso``, ``already_recorded``). For checking as the user types."""
    store.require(Permission.REFERRALS)
    code = referral_codes.parse(text)
    if code.cso == store.cso.code:
        raise ReferralCodeInvalid("own_cso")
    with store.read() as session:
        if session.scalar(select(ReceivedReferral.id).where(ReceivedReferral.code == code.code)):
            raise ReferralCodeInvalid("already_recorded")
    return code


def record_code(
    store: Store,
    text: str,
    *,
    service_id: int | None = None,
    person_id: int | None = None,
    received_on: dt.date | None = None,
) -> ReceivedRecord:
    """Record the code of a referral that arrived (state ``received``). ``service_id``: this
    CSO's service the person was referred to; ``person_id``: the person, if registered here."""
    code = check_code(store, text)
    day = received_on or dt.date.today()
    if day > dt.date.today():
        raise ValidationFailed({"received_on": "in_future"})
    if person_id is not None:
        access.require_full(store, person_id)
    with store.write() as session:
        if service_id is not None and session.get(Service, service_id) is None:
            raise ValidationFailed({"service_id": "required"})
        if session.scalar(select(ReceivedReferral.id).where(ReceivedReferral.code == code.code)):
            raise ReferralCodeInvalid("already_recorded")  # recorded meanwhile on this laptop
        row = ReceivedReferral(
            code=code.code,
            from_cso=code.cso,
            service_id=service_id,
            person_id=person_id,
            received_on=day,
            state=ReceivedState.RECEIVED.value,
            reason="",
            state_on=day,
            recorded_by=store.user.id,
        )
        session.add(row)
        session.flush()
        store.audit(session, "receive", "received_referral", row.id, f"code: {code.code}")
        new_id = row.id
    return get_received(store, new_id)


def set_outcome(
    store: Store,
    received_id: int,
    state: ReceivedState,
    *,
    reason: str = "",
    on: dt.date | None = None,
) -> ReceivedRecord:
    """The outcome of a received referral, on ``on`` (today). ``not_served`` needs a reason."""
    store.require(Permission.REFERRALS)
    state = ReceivedState(state)
    cleaned = clean_text(reason, multiline=True).strip()
    problems = text_problems({"reason": cleaned})
    if state is ReceivedState.NOT_SERVED and not cleaned and not problems:
        problems["reason"] = "required"
    if len(cleaned) > MAX_REASON:
        problems["reason"] = "too_long"
    day = on or dt.date.today()
    if day > dt.date.today():
        problems["state_on"] = "in_future"
    with store.write() as session:
        row = session.get(ReceivedReferral, received_id)
        if row is None:
            raise RecordNotFound(str(received_id))
        if day < row.received_on:
            problems["state_on"] = "before_received"
        if problems:
            raise ValidationFailed(problems)
        row.state = state.value
        row.reason = cleaned if state is ReceivedState.NOT_SERVED else ""
        row.state_on = day
        row.updated_at = utcnow()
        store.audit(session, "status", "received_referral", received_id, state.value)
    return get_received(store, received_id)


def link_person(store: Store, received_id: int, person_id: int | None) -> ReceivedRecord:
    """Link the person (registered here, with their consent) to a received referral, or unlink
    them (None)."""
    store.require(Permission.REFERRALS)
    if person_id is not None:
        access.require_full(store, person_id)
    with store.write() as session:
        row = session.get(ReceivedReferral, received_id)
        if row is None:
            raise RecordNotFound(str(received_id))
        row.person_id = person_id
        row.updated_at = utcnow()
        store.audit(session, "edit", "received_referral", received_id, "person link")
    return get_received(store, received_id)


def get_received(store: Store, received_id: int) -> ReceivedRecord:
    store.require(Permission.REFERRALS)
    found = _received(store, received_id)
    if not found:
        raise RecordNotFound(str(received_id))
    return found[0]


def list_received(store: Store) -> list[ReceivedRecord]:
    """Every received referral, newest first. The person's number is given only for people the
    user sees in full."""
    store.require(Permission.REFERRALS)
    return _received(store)


def _received(store: Store, received_id: int | None = None) -> list[ReceivedRecord]:
    stmt = select(ReceivedReferral, Service.name, B.id, B.code).outerjoin(
        Service, Service.id == ReceivedReferral.service_id
    )
    # The person's number only when the user sees them in full (need to know).
    stmt = stmt.outerjoin(
        B,
        (B.id == ReceivedReferral.person_id) & access.full_people(store),
    )
    if received_id is not None:
        stmt = stmt.where(ReceivedReferral.id == received_id)
    stmt = stmt.order_by(ReceivedReferral.received_on.desc(), ReceivedReferral.id.desc())
    with store.read() as session:
        return [
            ReceivedRecord(
                id=r.id,
                code=r.code,
                from_cso=r.from_cso,
                service_id=r.service_id,
                service_name=service_name or "",
                person_id=person_id,
                person_code=person_code or "",
                linked=r.person_id is not None,
                received_on=r.received_on,
                state=ReceivedState(r.state),
                reason=r.reason,
                state_on=r.state_on,
            )
            for r, service_name, person_id, person_code in session.execute(stmt)
        ]
