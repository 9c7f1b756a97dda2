"""Invariant 5 of team sync (../shared/TEAM-SYNC.md): ``saphan sync`` killed with SIGKILL at
any moment leaves no partial apply, and the next sync converges.

Two laptops of one team. For the receiving side, laptop A has written four segments (50 people
registered and their attendance taken in each) of which laptop B has applied nothing yet; for
the sending side, B has applied them and A has changed more since (50 more people, and the
attendance of everyone at one more session). The commands run as ``saphan sync`` in children
forked from one helper process (tests/db/crash_runner.py), each on a fresh copy of the
template, and are killed:

- B while it receives: just before it notes the first and the last segment as applied (the
  segment's records are written by then, in the same transaction), and at random moments
  spread over the sync. B must then open intact, hold exactly the records of a whole number
  of A's segments (compared with B's records after applying each prefix of them in turn, made
  once), with ``team_peers.applied_seq`` naming that number; then the next sync converges.
- A while it sends: just before each rename it makes, just after its segment is in the folder
  (before the database notes it sent), and at random moments. Every segment file of A in the
  folder must then be complete and valid, every segment the database counts as sent must be
  in the folder (else its changes would never be sent), and the next sync of A sends what is
  left, after which B converges.

``SAPHAN_CRASH_KILLS`` (default 4) sets the random kills per test (raise it for a longer run);
``SAPHAN_CRASH_SEED`` varies or repeats the random moments.
"""

from __future__ import annotations

import datetime as dt
import os
import random
import shutil
import signal
from dataclasses import dataclass
from pathlib import Path
from typing import Any, cast

import keyring
import pytest
from sqlalchemy import text

from db import activities, keys, setup
from db.activities import ActivityType, SessionInput
from db.beneficiaries import register_person
from db.store import Store
from db.team import enrol, local, replica
from db.team.folder import TeamFolder
from db.team.sync import SyncResult, sync
from db.team.tables import synced_tables
from desktop import cli
from tests.conftest import ADMIN_PASSWORD, MemoryKeyring
from tests.db.crash_client import Runner, crash_runner  # noqa: F401 (the runner fixture)
from tests.db.people import person
from tests.db.team.replicas import canonical_dump

pytestmark = [
    pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="SIGKILL is POSIX only"),
    pytest.mark.slow,
]

RANDOM_KILLS = int(os.environ.get("SAPHAN_CRASH_KILLS", "4"))
SEED = int(os.environ.get("SAPHAN_CRASH_SEED", "16"))
FAST_KDF = keys.KdfParams(time_cost=1, memory_kib=1024, parallelism=1)
DAY = dt.date(2026, 3, 3)
SEGMENTS = 4  # A's segments waiting for B
PER_SEGMENT = 50  # people registered (and attending a session) in each
UNSENT = 50  # people registered on A after its last sync

Dump = dict[str, list[tuple[object, ...]]]


@dataclass(frozen=True)
class Template:
    receive: Path  # a/saphan.db, b/saphan.db and Team/: B has applied none of A's segments
    send: Path  # the same once B applied them all, and A has changed more since its last sync
    a_device: str
    base: int  # A's segments that B's snapshot covered when it joined
    last: int  # A's last segment in the folder
    records: dict[int, Dump]  # B's records once it applied A's segments up to n, base..last
    people: dict[int, int]  # how many people B holds then


def _a(case: Path) -> Path:
    return case / "a" / "saphan.db"


def _b(case: Path) -> Path:
    return case / "b" / "saphan.db"


def _team(case: Path) -> TeamFolder:
    # Always named: each database remembers the folder of the template it was copied from.
    return TeamFolder(case / "Team")


def _open(db: Path) -> Store:
    """The database, opened as the app does, after checking it is intact."""
    store = setup.open_database(db, "admin", ADMIN_PASSWORD)
    with store.engine.connect() as c:
        assert c.execute(text("PRAGMA integrity_check")).scalar_one() == "ok"
        assert list(c.execute(text("PRAGMA foreign_key_check"))) == []
    return store


def _people(store: Store) -> int:
    with store.engine.connect() as c:
        return int(c.execute(text("SELECT count(*) FROM beneficiaries")).scalar_one())


def _device(store: Store) -> str:
    with store.engine.connect() as c:
        ident = replica.identity(c)
    assert ident is not None
    return ident.device_id


def _applied(store: Store, device: str) -> int:
    with store.engine.connect() as c:
        return replica.applied(c).get(device, 0)


def _records(store: Store) -> Dump:
    """The canonical dump without the audit events this laptop wrote itself (each opening of
    it adds a login): what it holds of the other laptop's records."""
    dump = canonical_dump(store)
    audit = synced_tables()["audit_events"]
    at = [c.name for c in audit.columns].index("id")
    with store.engine.connect() as c:
        low, high = c.execute(text("SELECT id_lo, id_hi FROM team_local WHERE id = 1")).one()
    dump["audit_events"] = [r for r in dump["audit_events"] if not low <= cast(int, r[at]) < high]
    return dump


def _sync(store: Store, case: Path) -> SyncResult:
    result = sync(store, _team(case))
    assert result.refused == [], result
    assert result.waiting_for == [], result
    return result


def _converge(a: Store, b: Store, case: Path) -> None:
    """Both laptops sync until each has the other's changes: every table alike."""
    _sync(a, case)
    _sync(b, case)
    _sync(a, case)
    assert canonical_dump(a) == canonical_dump(b)


def _take_attendance(store: Store, people: list[int]) -> None:
    activities.log_session(
        store,
        SessionInput(ActivityType.MHPSS_GROUP, programme_id=1, date=DAY, attendee_ids=people),
        today=DAY,
    )


def _references(
    root: Path, send: Path, a_device: str, base: int, last: int
) -> tuple[dict[int, Dump], dict[int, int]]:
    """B's records after applying A's segments up to each n in turn: B syncs with a copy of
    the folder that holds A's segments only up to n. That copy, B having applied them all, is
    left at ``send``."""
    shutil.copytree(root, send)
    mine = send / "Team" / "devices" / a_device
    held = send / "held"
    held.mkdir()
    for seg in mine.glob("*.seg"):
        if int(seg.stem) > base:
            seg.rename(held / seg.name)
    b = _open(_b(send))
    try:
        assert _applied(b, a_device) == base
        records = {base: _records(b)}
        people = {base: _people(b)}
        for n in range(base + 1, last + 1):
            (held / f"{n:09d}.seg").rename(mine / f"{n:09d}.seg")
            _sync(b, send)
            assert _applied(b, a_device) == n
            records[n] = _records(b)
            people[n] = _people(b)
    finally:
        b.close()
    held.rmdir()
    assert list(people.values()) == [people[base] + PER_SEGMENT * k for k in range(len(people))]
    return records, people


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Template:
    root = tmp_path_factory.mktemp("team-crash")
    previous = keyring.get_keyring()
    keyring.set_keyring(MemoryKeyring())
    try:
        with pytest.MonkeyPatch.context() as mp:
            mp.setattr(keys, "DEFAULT_KDF", FAST_KDF)
            a = setup.create_cso_database(
                _a(root),
                cso_code="BEAM",
                cso_name="BEAM Education Foundation",
                admin_username="admin",
                admin_full_name="Admin",
                admin_password=ADMIN_PASSWORD,
            ).store
            try:
                register_person(a, person("Naw Paw"))
                enrol.create_team(
                    a,
                    root / "Team",
                    device_name="Office laptop",
                    recovery_passphrase=keys.new_recovery_passphrase(),
                )
                invitation = enrol.invite_device(a, name="Field laptop")
                joined = enrol.join_team(
                    enrol.JoinRequest(
                        _b(root),
                        root / "Team",
                        invitation.data,
                        invitation.code,
                        "admin",
                        ADMIN_PASSWORD,
                    )
                )
                a_device = _device(a)
                base = _applied(joined.store, a_device)
                joined.store.close()
                for k in range(SEGMENTS):
                    ids = [
                        register_person(a, person(f"Ma Segment{k} {i:02d}")).id
                        for i in range(PER_SEGMENT)
                    ]
                    _take_attendance(a, ids)
                    assert _sync(a, root).sent > 0
                last = max(_team(root).segments(a_device))
                assert last == base + SEGMENTS
            finally:
                a.close()
            send = root.parent / f"{root.name}-send"
            records, people = _references(root, send, a_device, base, last)
            # Changes A has not sent yet: more people, and everyone attending once more.
            a = _open(_a(send))
            try:
                for i in range(UNSENT):
                    register_person(a, person(f"Ko Unsent {i:02d}"))
                with a.engine.connect() as c:
                    everyone = c.execute(text("SELECT id FROM beneficiaries")).scalars().all()
                _take_attendance(a, [int(i) for i in everyone])
            finally:
                a.close()
    finally:
        keyring.set_keyring(previous)
    return Template(root, send, a_device, base, last, records, people)


def _run(runner: Runner, db: Path, case: Path, **kill: Any) -> dict[str, Any]:
    log = case / "child.log"
    answer = runner.run(
        argv=["sync", "--db", str(db), "--user", "admin", "--folder", str(case / "Team")],
        env={cli.PASSWORD_ENV: ADMIN_PASSWORD},
        log=str(log),
        **kill,
    )
    if not answer["killed"]:
        assert answer["code"] == 0, log.read_text()
    return answer


def _spread(seed: str, full_run: float) -> list[float]:
    """RANDOM_KILLS moments, one at random in each equal part of a run."""
    rng = random.Random(seed)
    return [full_run * (k + rng.random()) / RANDOM_KILLS for k in range(RANDOM_KILLS)]


# --- laptop B killed while it receives -------------------------------------------------------


def _kill_receiving(
    runner: Runner, template: Template, case: Path, **kill: Any
) -> tuple[dict[str, Any], int]:
    """B's sync killed as ``kill`` says; returns the answer and how many of A's segments B
    held afterwards."""
    shutil.copytree(template.receive, case)
    answer = _run(runner, _b(case), case, **kill)
    where = f"B killed {kill} (seed {SEED})"
    b = _open(_b(case))
    try:
        applied = _applied(b, template.a_device)
        assert template.base <= applied <= template.last, where
        # Whole segments or nothing of one: exactly B's records after ``applied`` of them.
        assert _people(b) == template.people[applied], where
        assert _records(b) == template.records[applied], where
        # The next sync goes on from there.
        _sync(b, case)
        assert _applied(b, template.a_device) == template.last, where
        assert _records(b) == template.records[template.last], where
        a = _open(_a(case))
        try:
            _converge(a, b, case)
        finally:
            a.close()
    finally:
        b.close()
    shutil.rmtree(case)
    return answer, applied


def test_receiving_laptop_killed_holds_whole_segments_and_converges(
    runner: Runner, template: Template, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    answer, applied = _kill_receiving(runner, template, tmp_path / "whole")
    assert not answer["killed"]
    assert applied == template.last
    full_run = answer["seconds"]
    outcomes = []
    # Just before the first and the last segment is noted as applied: its records are written
    # in the transaction by then; none of them may stay.
    for n in (1, template.last - template.base):
        _, applied = _kill_receiving(
            runner,
            template,
            tmp_path / f"note-{n}",
            kill_at_call=["db.team.replica:applied_upto", n],
        )
        assert applied == template.base + n - 1
        outcomes.append(applied - template.base)
    for k, moment in enumerate(_spread(f"{SEED}-receive", full_run)):
        _, applied = _kill_receiving(runner, template, tmp_path / f"random-{k}", kill_after=moment)
        outcomes.append(applied - template.base)
    capsys.readouterr()
    print(f"B killed {len(outcomes)} times in a {full_run:.2f} s sync, segments held: {outcomes}")


# --- laptop A killed while it sends ----------------------------------------------------------


def _kill_sending(runner: Runner, template: Template, case: Path, **kill: Any) -> dict[str, Any]:
    shutil.copytree(template.send, case)
    answer = _run(runner, _a(case), case, **kill)
    where = f"A killed {kill} (seed {SEED})"
    folder = _team(case)
    a = _open(_a(case))
    try:
        written = folder.segments(template.a_device)
        assert written[-1] in (template.last, template.last + 1), where
        with a.engine.connect() as c:
            me = local.load(c)
            noted = int(c.execute(text("SELECT next_segment FROM team_local")).scalar_one()) - 1
            waiting = replica.outgoing(c)[0].size
        assert me is not None
        roster = me.roster(folder)
        me.refresh_keys(roster)
        # Every segment file is complete and valid (a temp file may stay: its name is hidden).
        for seq in written:
            folder.open_segment(template.a_device, seq, roster=roster, epoch_keys=me.epoch_keys)
        # What the database counts as sent is in the folder; anything else is still waiting.
        assert noted <= written[-1], where
        assert noted == template.last + 1 or waiting > 0, where
        _sync(a, case)  # the next sync sends what is left
        b = _open(_b(case))
        try:
            _sync(b, case)
            assert _people(b) == template.people[template.last] + UNSENT, where
            _converge(a, b, case)
        finally:
            b.close()
    finally:
        a.close()
    shutil.rmtree(case)
    return answer


def test_sending_laptop_killed_leaves_whole_segments_and_the_next_sync_sends(
    runner: Runner, template: Template, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # Just before each rename the sync makes, until one run makes them all.
    renames = 0
    for n in range(1, 20):
        answer = _kill_sending(runner, template, tmp_path / f"rename-{n}", kill_at_rename=n)
        if not answer["killed"]:
            break
        renames = n
    else:
        pytest.fail("the sync was still renaming after 20 renames")
    assert renames >= 1  # the segment itself
    full_run = answer["seconds"]
    # The segment is in the folder, the database does not know yet.
    answer = _kill_sending(
        runner, template, tmp_path / "written", kill_at_call=["db.team.replica:mark_sent", 1]
    )
    assert answer["killed"]
    for k, moment in enumerate(_spread(f"{SEED}-send", full_run)):
        _kill_sending(runner, template, tmp_path / f"random-{k}", kill_after=moment)
    capsys.readouterr()
    print(f"A killed before each of {renames} renames, after writing, and {RANDOM_KILLS} times")
