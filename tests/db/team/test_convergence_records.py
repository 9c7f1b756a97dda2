"""The team state machine (test_convergence.Team) with the other kinds of record as well:
services, referrals and their status, projects and who takes part, sessions deleted. Every
replica must still end identical, with nothing about an erased person left anywhere.

Budget: SAPHAN_TEAM_EXAMPLES (default 6) examples of up to 30 steps.
"""

from __future__ import annotations

from hypothesis import strategies as st
from hypothesis.stateful import rule
from sqlalchemy import text

from db import activities
from db.beneficiaries import register_person
from db.errors import RecordNotFound, ValidationFailed
from db.projects import ProjectInput, add_participants, create_project, remove_participants
from db.referrals import ReferralInput, ReferralStatus, refer_person, set_referral_status
from db.services import ServiceInput, delete_service, save_service
from tests.db.people import person
from tests.db.team.replicas import Device
from tests.db.team.test_convergence import Team


def _ids(d: Device, sql: str) -> list[int]:
    with d.store.engine.connect() as c:
        return [int(i) for i in c.execute(text(sql)).scalars()]


class TeamRecords(Team):
    def _pick(self, i: int) -> Device:
        return self.devices[i % len(self.devices)]

    @rule(i=st.integers(0, 4))
    def register_consenting(self, i: int) -> None:
        register_person(self._pick(i).store, person("Nang Seng", consent_referral=True))

    @rule(i=st.integers(0, 4), name=st.sampled_from(["Counselling", "Legal aid"]))
    def add_service(self, i: int, name: str) -> None:
        save_service(self._pick(i).store, ServiceInput(name=name, category="mhpss"))

    @rule(i=st.integers(0, 4), k=st.integers(0, 20))
    def remove_service(self, i: int, k: int) -> None:
        d = self._pick(i)
        services = _ids(d, "SELECT id FROM services WHERE own = 1 ORDER BY id")
        if services:
            delete_service(d.store, services[k % len(services)])

    @rule(i=st.integers(0, 4), k=st.integers(0, 50), s=st.integers(0, 20))
    def refer(self, i: int, k: int, s: int) -> None:
        d = self._pick(i)
        people = _ids(d, "SELECT id FROM beneficiaries WHERE consent_referral = 1 ORDER BY id")
        services = _ids(d, "SELECT id FROM services ORDER BY id")
        if not people or not services:
            return
        refer_person(
            d.store,
            ReferralInput(
                person_id=people[k % len(people)],
                service_id=services[s % len(services)],
                reason="support",
                consent_confirmed=True,
            ),
        )

    @rule(i=st.integers(0, 4), k=st.integers(0, 50), status=st.sampled_from(list(ReferralStatus)))
    def referral_status(self, i: int, k: int, status: ReferralStatus) -> None:
        d = self._pick(i)
        referrals = _ids(d, "SELECT id FROM referrals ORDER BY id")
        if referrals:
            set_referral_status(d.store, referrals[k % len(referrals)], status)

    @rule(i=st.integers(0, 4), picks=st.lists(st.integers(0, 50), max_size=3), add=st.booleans())
    def project_people(self, i: int, picks: list[int], add: bool) -> None:
        d = self._pick(i)
        projects = _ids(d, "SELECT id FROM projects WHERE deleted_at IS NULL ORDER BY id")
        if not projects:
            create_project(d.store, ProjectInput(title="Women's group"))
            return
        people = _ids(d, "SELECT id FROM beneficiaries ORDER BY id")
        chosen = sorted({people[p % len(people)] for p in picks}) if people else []
        try:
            if add:
                add_participants(d.store, projects[0], chosen)
            else:
                remove_participants(d.store, projects[0], chosen)
        except (ValidationFailed, RecordNotFound):
            return

    @rule(i=st.integers(0, 4), k=st.integers(0, 20))
    def delete_a_session(self, i: int, k: int) -> None:
        d = self._pick(i)
        sessions = _ids(d, "SELECT id FROM sessions WHERE deleted_at IS NULL ORDER BY id")
        if sessions:
            activities.delete_session(d.store, sessions[k % len(sessions)])


TeamRecords.TestCase.settings = Team.TestCase.settings


class TestTeamRecordsConverge(TeamRecords.TestCase):  # type: ignore[name-defined,misc]
    pass
