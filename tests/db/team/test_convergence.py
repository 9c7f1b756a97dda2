"""Invariants 1-4 of team sync (../shared/TEAM-SYNC.md), as a Hypothesis state machine.

3 to 5 replicas of one CSO register people, edit them, take attendance, refer, erase, change
settings, add staff accounts and programmes whose names collide with another laptop's, and edit
the steps of one session plan on several laptops at once; each device sends segments now and
then, and devices pull in random orders, some of them missing for a while (partitions),
segments delivered twice. At the end everyone syncs:
every replica holds the same records (a canonical dump of every synced table), no code was
given twice, erased people are gone everywhere and stay gone, attendance lists united, and every
pair of concurrent edits of one field is on every replica's conflicts list. No sync ever stops:
every device applies every segment. Of two rows given one user name or programme code, one keeps
it and the other is renamed the same way everywhere, listed as a conflict on every replica; the
plan's steps read the same, in the same order, on every replica.

Budget: SAPHAN_TEAM_EXAMPLES (default 6) examples of up to 30 steps.
"""

from __future__ import annotations

import datetime as dt
import os
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, initialize, invariant, rule
from sqlalchemy import select, text

from db import activities, housekeeping
from db import settings as config
from db.activities import ActivityType, SessionInput
from db.beneficiaries import get_person, register_person, update_person
from db.errors import RecordNotFound, ValidationFailed
from db.models import Programme, User
from db.plans import StepInput, StepKind, create_plan, get_plan, reorder, update_plan
from db.team import conflicts
from db.team.unique import is_renamed
from tests.db.people import person
from tests.db.team.replicas import Device, canonical_dump, make_team, new_cso
from tests.plans.conftest import plan_input

EXAMPLES = int(os.environ.get("SAPHAN_TEAM_EXAMPLES", "6"))
DAY = dt.date(2025, 3, 3)


class Team(RuleBasedStateMachine):
    def __init__(self) -> None:
        super().__init__()
        self.tmp = Path(tempfile.mkdtemp(prefix="team-"))
        self.devices: list[Device] = []
        self.erased: set[int] = set()
        # (person id, field) -> [(device index, value, segment it goes out in, what it had seen)]
        self.edits: dict[tuple[int, str], list[tuple[int, str, int, dict[str, int]]]] = {}
        self.attended: dict[int, set[int]] = {}  # session id -> everyone ever marked present
        self.removed: dict[int, set[int]] = {}
        self.created: dict[tuple[str, int], str] = {}  # (table, row id) -> name or code given
        self.plan_id = 0

    @initialize(count=st.integers(3, 5))
    def make(self, count: int) -> None:
        first = new_cso(self.tmp / "first" / "saphan.db", "MSW", "Mae Sot Women")
        register_person(first, person("Naw Paw"))
        self.plan_id = create_plan(first, plan_input()).id
        self.devices = make_team(first, count, self.tmp)

    def teardown(self) -> None:
        try:
            if self.devices:
                self.final_sync_check()
        finally:
            for d in self.devices:
                d.store.close()

    def _people(self, d: Device) -> list[int]:
        with d.store.engine.connect() as c:
            return [
                int(i)
                for i in c.execute(text("SELECT id FROM beneficiaries ORDER BY id")).scalars()
            ]

    def _seen(self, d: Device) -> dict[str, int]:
        return d.applied() | {d.device_id: len(d.segments)}

    @rule(i=st.integers(0, 4), name=st.sampled_from(["Ma Hla", "Ko Tun", "Daw Mya", "Saw Eh"]))
    def register(self, i: int, name: str) -> None:
        d = self.devices[i % len(self.devices)]
        register_person(d.store, person(name))

    @rule(
        i=st.integers(0, 4),
        k=st.integers(0, 50),
        value=st.sampled_from(["0812345671", "0812345672", "0812345673"]),
    )
    def edit_phone(self, i: int, k: int, value: str) -> None:
        d = self.devices[i % len(self.devices)]
        people = self._people(d)
        if not people:
            return
        pid = people[k % len(people)]
        before = get_person(d.store, pid)
        if before.phone == value:
            return
        changed = person(before.name_latin, phone=value)
        update_person(d.store, pid, changed)
        idx = self.devices.index(d)
        self.edits.setdefault((pid, "phone"), []).append(
            (idx, value, len(d.segments) + 1, self._seen(d))
        )

    @rule(i=st.integers(0, 4), picks=st.lists(st.integers(0, 50), max_size=4), s=st.integers(0, 9))
    def attendance(self, i: int, picks: list[int], s: int) -> None:
        d = self.devices[i % len(self.devices)]
        people = self._people(d)
        with d.store.engine.connect() as c:
            sessions = [
                int(x) for x in c.execute(text("SELECT id FROM sessions ORDER BY id")).scalars()
            ]
        chosen = sorted({people[p % len(people)] for p in picks}) if people else []
        if not sessions or s % 3 == 0:
            record = activities.log_session(
                d.store,
                SessionInput(
                    ActivityType.MHPSS_GROUP, programme_id=1, date=DAY, attendee_ids=chosen
                ),
                today=DAY,
            )
            self.attended.setdefault(record.id, set()).update(chosen)
            return
        sid = sessions[s % len(sessions)]
        before = set(activities.attendee_ids(d.store, sid))
        wanted = sorted(before | set(chosen[:2])) if s % 2 else sorted(before - set(chosen[:1]))
        try:
            activities.set_attendance(d.store, sid, wanted)
        except (ValidationFailed, RecordNotFound):
            return
        self.attended.setdefault(sid, set()).update(wanted)
        self.removed.setdefault(sid, set()).update(before - set(wanted))

    @rule(i=st.integers(0, 4), k=st.integers(0, 50))
    def erase(self, i: int, k: int) -> None:
        d = self.devices[i % len(self.devices)]
        people = self._people(d)
        if len(people) < 2:
            return
        pid = people[k % len(people)]
        housekeeping.erase_person(d.store, pid)
        self.erased.add(pid)

    @rule(i=st.integers(0, 4), minutes=st.sampled_from([5, 15, 30]))
    def setting(self, i: int, minutes: int) -> None:
        d = self.devices[i % len(self.devices)]
        config.put(d.store, config.AUTO_LOCK_MINUTES, minutes)

    @rule(i=st.integers(0, 4), name=st.sampled_from(["mya", "tun"]))
    def add_user(self, i: int, name: str) -> None:
        """Two laptops may each add a staff account of one user name between syncs."""
        d = self.devices[i % len(self.devices)]
        with d.store.write() as s:
            if s.scalar(select(User.id).where(User.username == name)) is not None:
                return  # taken here: the app says so
            user = User(
                username=name, full_name=name.title(), role="facilitator", password_hash="-"
            )
            s.add(user)
            s.flush()
            self.created[("users", user.id)] = name

    @rule(i=st.integers(0, 4), code=st.sampled_from(["WASH", "LIVELIHOOD"]))
    def add_programme(self, i: int, code: str) -> None:
        d = self.devices[i % len(self.devices)]
        with d.store.write() as s:
            if s.scalar(select(Programme.id).where(Programme.code == code)) is not None:
                return
            programme = Programme(code=code, name=f"{code} {len(self.created)}")
            s.add(programme)
            s.flush()
            self.created[("programmes", programme.id)] = code

    @rule(
        i=st.integers(0, 4),
        how=st.sampled_from(["title", "minutes", "add", "drop", "move"]),
        k=st.integers(0, 9),
    )
    def edit_plan_steps(self, i: int, how: str, k: int) -> None:
        """The plan editor saves the whole list of steps (db.plans.update_plan)."""
        idx = i % len(self.devices)
        d = self.devices[idx]
        plan = get_plan(d.store, self.plan_id).to_input()
        steps = plan.steps
        if how == "title" and steps:
            steps[k % len(steps)].title = f"Step {k} from laptop {idx}"
        elif how == "minutes" and steps:
            steps[k % len(steps)].minutes = 5 + k
        elif how == "add":
            steps.append(StepInput(StepKind.ACTIVITY, f"Added {k} on laptop {idx}", 10))
        elif how == "drop" and steps:
            steps.pop(k % len(steps))
        elif how == "move" and len(steps) > 1:
            plan.steps = reorder(steps, k % len(steps), 0)
        else:
            return
        try:
            update_plan(d.store, self.plan_id, plan)
        except ValidationFailed:
            return  # e.g. more steps than a plan may have, after merging two laptops' steps

    @rule(i=st.integers(0, 4))
    def send(self, i: int) -> None:
        self.devices[i % len(self.devices)].send()

    @rule(i=st.integers(0, 4), j=st.integers(0, 4))
    def pull_from_one(self, i: int, j: int) -> None:
        """A partition: device i sees only device j's segments for now."""
        a, b = self.devices[i % len(self.devices)], self.devices[j % len(self.devices)]
        if a is not b:
            a.pull([b])

    @rule(i=st.integers(0, 4), j=st.integers(0, 4))
    def duplicate(self, i: int, j: int) -> None:
        """A segment delivered again (a cloud folder's second copy) changes nothing."""
        a, b = self.devices[i % len(self.devices)], self.devices[j % len(self.devices)]
        seq = a.applied().get(b.device_id, 0)
        if a is b or seq == 0:
            return
        before = canonical_dump(a.store)
        a.receive(b, seq)
        assert canonical_dump(a.store) == before

    @invariant()
    def codes_never_collide(self) -> None:
        codes: dict[str, object] = {}
        for d in self.devices:
            with d.store.engine.connect() as c:
                for pid, code in c.execute(text("SELECT id, code FROM beneficiaries")):
                    assert codes.setdefault(code, pid) == pid, f"code {code} given twice"

    @invariant()
    def erased_stay_gone(self) -> None:
        for d in self.devices:
            with d.store.engine.connect() as c:
                for pid in self.erased:
                    gone = c.execute(
                        text("SELECT state FROM team_rows WHERE tbl='beneficiaries' AND pk=:p"),
                        {"p": str(pid)},
                    ).scalar()
                    here = c.execute(
                        text("SELECT 1 FROM beneficiaries WHERE id=:p"), {"p": pid}
                    ).first()
                    if gone == "erased":
                        assert here is None, f"erased person {pid} is back"

    def final_sync_check(self) -> None:
        for _ in range(3):
            for d in self.devices:
                d.send()
            for d in self.devices:
                d.pull(self.devices)
        dumps = [canonical_dump(d.store) for d in self.devices]
        for other in dumps[1:]:
            for table in dumps[0]:
                assert other[table] == dumps[0][table], f"replicas differ in {table}"
        people = {row[0] for row in dumps[0]["beneficiaries"]}
        assert not people & self.erased
        attendance = {(s, b) for s, b in dumps[0]["attendance"]}
        for sid, present in self.attended.items():
            for pid in present - self.removed.get(sid, set()) - self.erased:
                if (sid, pid) not in attendance and any(r[0] == sid for r in dumps[0]["sessions"]):
                    raise AssertionError(f"attendance of {pid} at session {sid} was lost")
        self._conflicts_listed()
        self._every_segment_applied()
        self._plan_reads_alike()
        self._collisions_renamed_and_listed(dumps[0])

    def _every_segment_applied(self) -> None:
        for d in self.devices:
            done = d.applied()
            for other in self.devices:
                if other is not d:
                    assert done.get(other.device_id, 0) == len(other.segments), "a sync stopped"

    def _plan_reads_alike(self) -> None:
        plans = [get_plan(d.store, self.plan_id) for d in self.devices]
        for plan in plans[1:]:
            assert plan.steps == plans[0].steps, "the plan's steps differ between laptops"

    def _collisions_renamed_and_listed(self, dump: dict[str, list[tuple[object, ...]]]) -> None:
        """Every name given is kept, or renamed after a collision and listed on every laptop
        with the name it had."""
        column = {"users": 1, "programmes": 1}
        held = {
            (table, int(str(row[0]))): row[column[table]] for table in column for row in dump[table]
        }
        listed = [
            {(c.kind, c.field, c.kept, c.other) for c in conflicts.list_conflicts(d.store)}
            for d in self.devices
        ]
        col = {"users": "username", "programmes": "code"}
        for (table, row_id), given in self.created.items():
            now = held[(table, row_id)]
            if now == given:
                continue
            assert is_renamed(table, str(row_id), col[table], now), (table, row_id, now)
            assert str(now).startswith(f"{given}-")
            for n, found in enumerate(listed):
                assert (table, col[table], now, given) in found, (
                    f"{table} {row_id} renamed {given} -> {now} but not listed on device {n}"
                )

    def _conflicts_listed(self) -> None:
        listed = []
        for d in self.devices:
            with d.store.engine.connect() as c:
                listed.append(
                    {
                        (int(pk), col)
                        for pk, col in c.execute(
                            text("SELECT pk, col FROM team_conflicts WHERE tbl='beneficiaries'")
                        )
                    }
                )
        for (pid, col), edits in self.edits.items():
            if pid in self.erased:
                continue
            for a in edits:
                for b in edits:
                    if a[0] >= b[0] or a[1] == b[1]:
                        continue
                    a_saw_b = a[3].get(self.devices[b[0]].device_id, 0) >= b[2]
                    b_saw_a = b[3].get(self.devices[a[0]].device_id, 0) >= a[2]
                    if (
                        not a_saw_b
                        and not b_saw_a
                        and self._last_of_its_segment(a, edits)
                        and self._last_of_its_segment(b, edits)
                    ):
                        for n, found in enumerate(listed):
                            assert (pid, col) in found, (
                                f"concurrent edits of {col} of {pid} not listed on device {n}"
                            )

    @staticmethod
    def _last_of_its_segment(edit: tuple[int, str, int, dict[str, int]], edits: list) -> bool:  # type: ignore[type-arg]
        """Only the last value a device wrote before sending goes out (earlier ones never left)."""
        later = [e for e in edits if e[0] == edit[0] and e[2] == edit[2]]
        return later[-1] is edit


Team.TestCase.settings = settings(
    max_examples=EXAMPLES,
    stateful_step_count=30,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much],
)


class TestTeamConverges(Team.TestCase):  # type: ignore[name-defined,misc]
    pass
