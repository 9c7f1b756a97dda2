"""Referral feedback between CSOs, the database side (the sealing and the transport are
:mod:`directory.feedback` and the sharing pipeline).

- **What this CSO says** (:func:`states_to_publish`): for each referral code it recorded
  (:mod:`db.referrals_received`) from another member of the network, the code's state and its
  date, nothing else; grouped by the referring CSO. A code linked to a person registered here
  who has withdrawn consent to referral, or whose record was closed for good, is not said any
  more (the referring CSO keeps the last state it had).
- **What this CSO hears** (:func:`apply_feedback`): states of codes of the referrals it made,
  each from the CSO that sent it. A state replaces the one held only when it is newer (the
  newest state date wins, then the later envelope, then a fixed rank; see
  :func:`directory.feedback.newer` — the rule is restated here by value so this layer does not
  import the network layer): feedback arriving twice, late or out of order ends in the same
  state. The referral's status follows (received -> accepted, served -> completed, not served
  -> declined; could not contact -> sent, open again, so the follow-up is on the worklist). Not
  applied: an unknown code, a code of another CSO, feedback from a CSO other than the one the
  referral went to (when the directory says which), and any feedback once the person has
  withdrawn consent to referral (or was erased).

Both run under the permission to share with the network (:data:`Permission.NETWORK`): they
are part of publish and pull, not of casework.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.models import Beneficiary, ReceivedReferral, Referral, Service
from db.permissions import Permission
from db.referrals import ReferralStatus
from db.store import Store

STATES = ("received", "served", "not_served", "could_not_contact")
_RANK = {state: i for i, state in enumerate(STATES)}
# The referral's status that a state of the receiving CSO means: the newest state alone
# decides it, so the status too is the same whatever order the feedback arrived in.
STATUS_OF = {
    "received": ReferralStatus.ACCEPTED,
    "served": ReferralStatus.COMPLETED,
    "not_served": ReferralStatus.DECLINED,
    "could_not_contact": ReferralStatus.SENT,
}


@dataclass(frozen=True)
class Heard:
    """One code's state as the receiving CSO ``sender`` said it in an envelope issued at
    ``issued_at`` (UTC, ``YYYY-MM-DDTHH:MM:SSZ``)."""

    sender: str
    issued_at: str
    code: str
    state: str
    state_on: dt.date


@dataclass(frozen=True)
class Applied:
    """What :func:`apply_feedback` did: referrals updated, states already known or older,
    and states not applied (unknown code, wrong sender, consent withdrawn)."""

    updated: int = 0
    unchanged: int = 0
    refused: int = 0


def order_key(state: str, state_on: dt.date, issued_at: str) -> tuple[str, str, int]:
    """The order of states of one code (the same as :func:`directory.feedback.order_key`)."""
    return (state_on.isoformat(), issued_at, _RANK.get(state, -1))


def states_to_publish(
    store: Store, members: Iterable[str]
) -> dict[str, list[tuple[str, str, dt.date]]]:
    """Referring CSO code -> [(code, state, state date)] of the codes recorded from it, for
    the members of the network (``members``, this CSO left out). A member whose every code is
    withheld still gets an empty list, so what it had is replaced."""
    store.require(Permission.NETWORK)
    wanted = set(members) - {store.cso.code}
    out: dict[str, list[tuple[str, str, dt.date]]] = {}
    with store.read() as session:
        rows = session.execute(
            select(
                ReceivedReferral.code,
                ReceivedReferral.from_cso,
                ReceivedReferral.state,
                ReceivedReferral.state_on,
                Beneficiary.consent_referral,
                Beneficiary.deleted_at,
                ReceivedReferral.person_id,
            )
            .outerjoin(Beneficiary, Beneficiary.id == ReceivedReferral.person_id)
            .order_by(ReceivedReferral.from_cso, ReceivedReferral.code)
        ).all()
    for code, from_cso, state, state_on, consent, deleted_at, person_id in rows:
        if from_cso not in wanted:
            continue
        held = out.setdefault(from_cso, [])
        if person_id is not None and (not consent or deleted_at is not None):
            continue  # the person withdrew consent to referral: say nothing more
        held.append((code, state, state_on))
    return out


def apply_feedback(store: Store, heard: Iterable[Heard]) -> Applied:
    """Apply what receiving CSOs said about this CSO's referrals, in one transaction (see
    the module for what is applied and what is not). Idempotent."""
    store.require(Permission.NETWORK)
    prefix = f"{store.cso.code}-"
    # The newest per code first: then arrival order within this batch cannot matter either.
    best: dict[str, Heard] = {}
    for h in heard:
        if h.state not in _RANK:
            continue
        held = best.get(h.code)
        if held is None or _key(h) > _key(held):
            best[h.code] = h
    updated = unchanged = refused = 0
    if not best:
        return Applied()  # nothing heard: nothing written
    with store.write() as session:
        for code, h in sorted(best.items()):
            row = (
                session.scalars(select(Referral).where(Referral.code == code)).first()
                if code.startswith(prefix)
                else None
            )
            if row is None or not _may_apply(session, row, h):
                refused += 1
                continue
            if row.feedback_state is not None and row.feedback_on is not None:
                current = order_key(row.feedback_state, row.feedback_on, row.feedback_at or "")
                if _key(h) <= current:
                    unchanged += 1
                    continue
            row.feedback_state = h.state
            row.feedback_on = h.state_on
            row.feedback_from = h.sender
            row.feedback_at = h.issued_at
            row.status = STATUS_OF[h.state].value
            store.audit(session, "feedback", "referral", row.id, h.state)
            updated += 1
    return Applied(updated, unchanged, refused)


def _key(h: Heard) -> tuple[str, str, int]:
    return order_key(h.state, h.state_on, h.issued_at)


def _may_apply(session: Session, row: Referral, h: Heard) -> bool:
    person = session.get(Beneficiary, row.beneficiary_id)
    if person is None or person.deleted_at is not None or not person.consent_referral:
        return False  # consent to referral withdrawn: no further feedback
    if row.feedback_from is not None and row.feedback_from != h.sender:
        return False  # another CSO already answered for this referral
    service = session.get(Service, row.service_id) if row.service_id is not None else None
    to_cso = service.cso_code if service is not None else ""
    return not to_cso or to_cso == h.sender


__all__ = [
    "STATES",
    "STATUS_OF",
    "Applied",
    "Heard",
    "apply_feedback",
    "order_key",
    "states_to_publish",
]
