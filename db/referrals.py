"""Referrals of a person to another organisation's service, with their consent."""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass
from enum import StrEnum

from sqlalchemy import select
from sqlalchemy.orm import Session

from db import access, referral_codes
from db.errors import ConsentWithdrawn, RecordNotFound, ValidationFailed
from db.models import Beneficiary as B
from db.models import Referral, Service
from db.permissions import Permission
from db.referral_codes import CSO_CODE_RE
from db.store import Store
from db.text_safety import xml_safe
from db.validation import clean_text, text_problems


class ReferralStatus(StrEnum):
    SENT = "sent"
    ACCEPTED = "accepted"
    COMPLETED = "completed"
    DECLINED = "declined"


class Urgency(StrEnum):
    NORMAL = "normal"
    URGENT = "urgent"
    EMERGENCY = "emergency"


@dataclass(frozen=True)
class PartnerService:
    id: int
    organisation: str
    name: str
    category: str
    contact: str
    how_to_refer: str
    own: bool
    cso_code: str = ""  # the network member that gives it (a service from the directory)


@dataclass
class ReferralInput:
    person_id: int
    service_id: int
    reason: str
    urgency: Urgency = Urgency.NORMAL
    consent_confirmed: bool = False
    programme_id: int | None = None
    follow_up_date: dt.date | None = None
    date: dt.date | None = None


@dataclass(frozen=True)
class ReferralRecord:
    id: int
    person_id: int
    service_id: int | None
    service_name: str
    organisation: str
    date: dt.date
    reason: str
    urgency: Urgency
    status: ReferralStatus
    follow_up_date: dt.date | None
    code: str = ""  # the code on the slip (db.referral_codes)
    # What the receiving CSO last said (db.referral_feedback): received, served, not_served
    # or could_not_contact, as of ``feedback_on``; None until feedback arrives.
    feedback_state: str | None = None
    feedback_on: dt.date | None = None
    to_cso: str = ""  # the network member that receives it ("" if not from the directory)
    category: str = ""  # the service's category (db.services.SERVICE_CATEGORIES)


def add_partner_service(
    store: Store,
    organisation: str,
    name: str,
    *,
    category: str = "",
    contact: str = "",
    how_to_refer: str = "",
    cso_code: str = "",
) -> PartnerService:
    """A partner's service on the CSO's own list: typed in, or taken from the network's
    directory (``cso_code``: the network member that gives it)."""
    store.require(Permission.REFERRALS)
    if not organisation.strip() or not name.strip():
        raise ValidationFailed({"name": "required"})
    if cso_code and not CSO_CODE_RE.fullmatch(cso_code):
        raise ValidationFailed({"cso_code": "cso_code_format"})
    problems = text_problems(
        {
            "organisation": organisation,
            "name": name,
            "category": category,
            "contact": contact,
            "how_to_refer": how_to_refer,
        }
    )
    if problems:
        raise ValidationFailed(problems)
    with store.write() as session:
        row = Service(
            uuid=str(uuid.uuid4()),
            own=False,
            organisation=clean_text(organisation).strip(),
            name=clean_text(name).strip(),
            category=clean_text(category).strip(),
            contact=clean_text(contact).strip(),
            how_to_refer=clean_text(how_to_refer, multiline=True).strip(),
            cso_code=cso_code,
        )
        session.add(row)
        session.flush()
        store.audit(session, "create", "service", row.id)
        return _service(row)


def set_partner_cso(store: Store, service_id: int, cso_code: str) -> None:
    """Say which network member gives a partner's service (one saved before the directory
    said so)."""
    store.require(Permission.REFERRALS)
    if not CSO_CODE_RE.fullmatch(cso_code):
        raise ValidationFailed({"cso_code": "cso_code_format"})
    with store.write() as session:
        row = session.get(Service, service_id)
        if row is None or row.own:
            raise RecordNotFound(str(service_id))
        if row.cso_code != cso_code:
            row.cso_code = cso_code
            store.audit(session, "edit", "service", service_id, f"network member: {cso_code}")


def _service(s: Service) -> PartnerService:
    return PartnerService(
        s.id, s.organisation, s.name, s.category, s.contact, s.how_to_refer, s.own, s.cso_code
    )


def list_services(store: Store) -> list[PartnerService]:
    store.require(Permission.REFERRALS)
    with store.read() as session:
        rows = session.scalars(
            select(Service)
            .where(Service.status == "active")
            .order_by(Service.organisation, Service.name)
        )
        return [_service(s) for s in rows]


def refer_person(store: Store, referral: ReferralInput) -> ReferralRecord:
    """Refer a person. Needs their consent to referral on record AND confirmed for this one."""
    store.require(Permission.REFERRALS)
    problems = text_problems({"reason": referral.reason})
    if not referral.reason.strip():
        problems["reason"] = "required"
    if not referral.consent_confirmed:
        problems["consent_confirmed"] = "consent_required"
    date = referral.date or dt.date.today()
    if referral.follow_up_date is not None and referral.follow_up_date < date:
        problems["follow_up_date"] = "before_referral"
    access.require_full(store, referral.person_id)
    with store.write() as session:
        person = session.get(B, referral.person_id)
        if person is None or person.deleted_at is not None:
            raise RecordNotFound(str(referral.person_id))
        if not person.consent_services:
            raise ConsentWithdrawn(person.id)  # a restricted record: no new referrals
        if not person.consent_referral:
            problems["consent_referral"] = "consent_required"
        service = session.get(Service, referral.service_id)
        if service is None:
            problems["service_id"] = "required"
        if problems:
            raise ValidationFailed(problems)
        assert service is not None
        row = Referral(
            beneficiary_id=referral.person_id,
            service_id=service.id,
            # A copy of the service's name; one stored by an older version may hold a
            # control character, which must not stop the referral.
            service_name=clean_text(xml_safe(service.name)),
            programme_id=referral.programme_id,
            date=date,
            reason=clean_text(referral.reason, multiline=True).strip(),
            urgency=referral.urgency.value,
            consent_confirmed=True,
            follow_up_date=referral.follow_up_date,
            referred_by=store.user.id,
            code=_free_code(session, store.cso.code),
        )
        session.add(row)
        session.flush()
        store.audit(session, "create", "referral", row.id)
        new_id = row.id
    return get_referral(store, new_id)


def _free_code(session: Session, cso_code: str) -> str:
    """A new referral code no referral here has (a repeat is all but impossible; still)."""
    while True:
        code = referral_codes.new_code(cso_code)
        if session.scalar(select(Referral.id).where(Referral.code == code)) is None:
            return code


def get_referral(store: Store, referral_id: int) -> ReferralRecord:
    """One referral (e.g. for its slip): only of someone the user sees in full."""
    store.require(Permission.REFERRALS)
    found = _referrals(store, referral_id=referral_id)
    if not found:
        raise RecordNotFound(str(referral_id))
    access.require_full(store, found[0].person_id)
    return found[0]


def person_referrals(store: Store, person_id: int) -> list[ReferralRecord]:
    """A person's referrals: only of someone the user sees in full."""
    store.require(Permission.REFERRALS)
    access.require_full(store, person_id)
    return _referrals(store, person_id=person_id)


def _referrals(
    store: Store, *, referral_id: int | None = None, person_id: int | None = None
) -> list[ReferralRecord]:
    stmt = (
        select(Referral, Service.organisation, Service.cso_code, Service.category)
        .outerjoin(Service, Service.id == Referral.service_id)
        .join(B, B.id == Referral.beneficiary_id)
        .where(access.full_people(store))
    )
    if referral_id is not None:
        stmt = stmt.where(Referral.id == referral_id)
    if person_id is not None:
        stmt = stmt.where(Referral.beneficiary_id == person_id)
    stmt = stmt.order_by(Referral.date.desc(), Referral.id.desc())
    with store.read() as session:
        return [
            ReferralRecord(
                id=r.id,
                person_id=r.beneficiary_id,
                service_id=r.service_id,
                service_name=r.service_name,
                organisation=org or "",
                date=r.date,
                reason=r.reason,
                urgency=Urgency(r.urgency),
                status=ReferralStatus(r.status),
                follow_up_date=r.follow_up_date,
                code=r.code or "",
                feedback_state=r.feedback_state,
                feedback_on=r.feedback_on,
                to_cso=to_cso or "",
                category=category or "",
            )
            for r, org, to_cso, category in session.execute(stmt)
        ]


def set_referral_status(store: Store, referral_id: int, status: ReferralStatus) -> None:
    store.require(Permission.REFERRALS)
    with store.read() as session:
        found = session.get(Referral, referral_id)
        if found is None:
            raise RecordNotFound(str(referral_id))
        access.require_full(store, found.beneficiary_id)
    with store.write() as session:
        row = session.get(Referral, referral_id)
        if row is None:
            raise RecordNotFound(str(referral_id))
        row.status = status.value
        store.audit(session, "status", "referral", referral_id, status.value)


def due_follow_ups(store: Store, today: dt.date | None = None) -> list[ReferralRecord]:
    """Open referrals whose follow-up date has come."""
    store.require(Permission.REFERRALS)
    today = today or dt.date.today()
    return [
        r
        for r in _referrals(store)
        if r.follow_up_date is not None
        and r.follow_up_date <= today
        and r.status in (ReferralStatus.SENT, ReferralStatus.ACCEPTED)
    ]
