"""db.consent: registration needs consent to services, a withdrawal of it is recorded (never
refused) and restricts the record: no new attendance or referrals; erasing on request is the
admin's; the history says who recorded what, when and how."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from db import beneficiaries, consent, programmes, users
from db.activities import ActivityType, SessionInput, log_session, set_attendance
from db.errors import ConsentWithdrawn, PermissionDenied, RecordNotFound, ValidationFailed
from db.models import Referral, Service
from db.referrals import ReferralInput, refer_person
from db.store import Store
from db.types import Role, UserInfo
from tests.conftest import ADMIN_PASSWORD
from tests.db.people import person


def _caseworker(store: Store) -> Store:
    account = users.create_user(store, "mya", "Ma Mya", Role.CASEWORKER, ADMIN_PASSWORD)
    return dataclasses.replace(
        store, user=UserInfo(account.id, "mya", "Ma Mya", Role.CASEWORKER, "en")
    )


def test_registration_needs_consent_to_services(store: Store) -> None:
    with pytest.raises(ValidationFailed) as refused:
        beneficiaries.register_person(store, person(consent_services=False))
    assert refused.value.problems["consent_services"] == "consent_required"


def test_an_edit_may_withdraw_consent_to_services_and_it_is_recorded(store: Store) -> None:
    p = beneficiaries.register_person(store, person(consent_referral=True))
    edited = dataclasses.replace(p.as_input(), consent_services=False)
    beneficiaries.update_person(store, p.id, edited, today=dt.date(2026, 1, 5))
    assert consent.is_restricted(store, p.id)
    services = [e for e in consent.history(store, p.id) if e.scope == consent.SERVICES]
    assert [(e.granted, e.effective) for e in services] == [
        (True, dt.date(2025, 3, 1)),
        (False, dt.date(2026, 1, 5)),
    ]


def test_a_restricted_person_gets_no_new_sessions_or_referrals(store: Store) -> None:
    p = beneficiaries.register_person(store, person(consent_referral=True)).id
    other = beneficiaries.register_person(store, person("Naw Paw")).id
    mhpss = next(x for x in programmes.list_programmes(store) if x.code == "mhpss")
    day = dt.date(2025, 5, 1)
    held = log_session(
        store, SessionInput(ActivityType.AWARENESS, mhpss.id, day, attendee_ids=[p])
    ).id
    consent.withdraw(store, p, consent.SERVICES, dt.date(2025, 6, 1), consent.SIGNED_FORM)
    with pytest.raises(ConsentWithdrawn):
        log_session(store, SessionInput(ActivityType.AWARENESS, mhpss.id, day, attendee_ids=[p]))
    set_attendance(store, held, [p, other])  # already there: stays; others may join
    with store.write() as session:
        service = Service(uuid="u-1", organisation="Clinic", name="Clinic", category="health")
        session.add(service)
        session.flush()
        service_id = service.id
    with pytest.raises(ConsentWithdrawn):
        refer_person(store, ReferralInput(p, service_id, "needs care", consent_confirmed=True))
    with store.read() as session:
        assert session.query(Referral).count() == 0
    consent.grant(store, p, consent.SERVICES, dt.date(2025, 7, 1), consent.VERBAL, "came back")
    assert not consent.is_restricted(store, p)
    refer_person(store, ReferralInput(p, service_id, "needs care", consent_confirmed=True))


def test_erasing_on_request_is_for_the_admin(store: Store) -> None:
    p = beneficiaries.register_person(store, person()).id
    caseworker = _caseworker(store)
    with pytest.raises(PermissionDenied):
        consent.withdraw(
            caseworker, p, consent.SERVICES, dt.date.today(), consent.VERBAL, erase=True
        )
    assert consent.history(store, p)  # nothing written
    consent.withdraw(store, p, consent.SERVICES, dt.date.today(), consent.VERBAL, erase=True)
    with pytest.raises(RecordNotFound):
        consent.is_restricted(store, p)


def test_scopes_methods_and_dates_are_checked(store: Store) -> None:
    p = beneficiaries.register_person(store, person()).id
    tomorrow = dt.date.today() + dt.timedelta(days=1)
    with pytest.raises(ValidationFailed) as refused:
        consent.grant(store, p, "marketing", tomorrow, "by_pigeon")
    assert refused.value.problems == {
        "scope": "unknown_scope",
        "method": "unknown_method",
        "effective": "in_future",
    }
    own = consent.add_scope(store, "Photos in the newsletter")
    consent.grant(store, p, own.code, dt.date(2025, 4, 1), consent.SIGNED_FORM, "form 12")
    newest = consent.history(store, p)[-1]
    assert (newest.scope, newest.granted, newest.method, newest.note, newest.recorded_by) == (
        own.code, True, "signed_form", "form 12", store.user.full_name,
    )  # fmt: skip
