"""Team sync: joining a big CSO's team, and an incremental sync of 1,000 changes.

    .venv/bin/python -m tests.benchmarks.bench_team_sync [--people 50000] [--attendance 1000000]

Fills a fresh encrypted database (demo data topped up to ``--attendance`` attendance rows),
makes it device 0 of a team (writing the first snapshot), then times:

- joining from that team folder (opening the invitation, reading and applying the snapshot,
  building the new encrypted database and its key file), as a ratio to copying the database
  file (goal: under 60 s);
- one laptop editing 1,000 fields and syncing (sealing and writing one segment), and the other
  applying it (goal: under 2 s), as a ratio to the same 1,000 updates written without sync.
The argon2id cost is the product's (t=3, 64 MiB): a join derives keys a few times.
"""

from __future__ import annotations

import argparse
import shutil
import tempfile
import time
from pathlib import Path

from sqlalchemy import text

from db import keys, setup
from db.demo import fill_demo_data
from db.store import Store
from db.team import enrol
from db.team.sync import sync

PASSWORD = "bench-password-2026"
JOIN_GOAL_S = 60.0
SYNC_GOAL_S = 2.0


def _big_cso(root: Path, people: int, attendance: int) -> Store:
    store = setup.create_cso_database(
        root / "a" / "saphan.db",
        cso_code="BIG",
        cso_name="Big CSO",
        admin_username="admin",
        admin_full_name="Admin",
        admin_password=PASSWORD,
    ).store
    fill_demo_data(store, people, seed=1)
    with store.write() as session:
        c = session.connection()
        have = int(c.execute(text("SELECT count(*) FROM attendance")).scalar_one())
        sessions = [
            int(s) for s in c.execute(text("SELECT id, programme_id FROM sessions")).scalars()
        ]
        persons = [int(p) for p in c.execute(text("SELECT id FROM beneficiaries")).scalars()]
        rows = []
        i = 0
        while have + len(rows) < attendance:
            rows.append((sessions[i % len(sessions)], persons[(i * 7919) % len(persons)]))
            i += 1
        if rows:
            c.exec_driver_sql(
                "INSERT OR IGNORE INTO attendance (session_id, beneficiary_id) VALUES (?, ?)", rows
            )
    return store


def _edit(store: Store, n: int, tag: str) -> None:
    with store.write() as session:
        ids = (
            session.execute(text("SELECT id FROM beneficiaries LIMIT :n"), {"n": n}).scalars().all()
        )
        for pid in ids:
            session.execute(
                text("UPDATE beneficiaries SET area = :a WHERE id = :p"),
                {"a": f"{tag}{pid % 7}", "p": pid},
            )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--people", type=int, default=50_000)
    parser.add_argument("--attendance", type=int, default=1_000_000)
    parser.add_argument("--changes", type=int, default=1_000)
    args = parser.parse_args()
    root = Path(tempfile.mkdtemp(prefix="bench-team-"))
    print(f"filling {args.people} people, {args.attendance} attendance rows ...", flush=True)
    a = _big_cso(root, args.people, args.attendance)
    t0 = time.perf_counter()
    enrol.create_team(
        a, root / "Team", device_name="Office", recovery_passphrase=keys.new_recovery_passphrase()
    )
    t_create = time.perf_counter() - t0
    invitation = enrol.invite_device(a, name="Field")
    t0 = time.perf_counter()
    shutil.copyfile(a.path, root / "copy.db")
    t_copy = time.perf_counter() - t0
    t0 = time.perf_counter()
    joined = enrol.join_team(
        enrol.JoinRequest(
            root / "b" / "saphan.db",
            root / "Team",
            invitation.data,
            invitation.code,
            "admin",
            PASSWORD,
        )
    )
    t_join = time.perf_counter() - t0
    b = joined.store
    t0 = time.perf_counter()
    _edit(a, args.changes, "x")
    t_write = time.perf_counter() - t0
    t0 = time.perf_counter()
    sent = sync(a)
    received = sync(b)
    t_sync = time.perf_counter() - t0
    size = (root / "a" / "saphan.db").stat().st_size / 1e6
    print(f"database {size:.0f} MB; team created (first snapshot) in {t_create:.1f} s")
    join_verdict = "met" if t_join < JOIN_GOAL_S else "MISSED"
    sync_verdict = "met" if t_sync < SYNC_GOAL_S else "MISSED"
    print(
        f"join: {t_join:.1f} s = {t_join / t_copy:.0f}x copying the file ({t_copy:.2f} s); "
        f"goal < {JOIN_GOAL_S:.0f} s: {join_verdict}"
    )
    print(
        f"sync of {sent.sent} changes (send + receive): {t_sync:.2f} s = "
        f"{t_sync / t_write:.1f}x writing them ({t_write:.2f} s); goal < {SYNC_GOAL_S:.0f} s: "
        f"{sync_verdict}; received {received.received}"
    )
    a.close()
    b.close()


if __name__ == "__main__":
    main()
