"""How big a team folder grows over a year of daily use, with and without compaction.

    .venv/bin/python -m tests.benchmarks.bench_team_folder [--days 365] [--laptops 3]

Each day every laptop registers a few people, edits a few, logs a group session with its
attendance, and syncs (as the app does). Once with compaction as shipped (a laptop removes its
segments every member has applied and its newest snapshot covers; a snapshot every
``SNAPSHOT_EVERY`` segments), once with compaction switched off. Reports the folder's size and
file count, and the database's size for comparison.
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import tempfile
from pathlib import Path

from db import activities, keys, setup
from db.activities import ActivityType, SessionInput
from db.beneficiaries import register_person, update_person
from db.store import Store
from db.team import enrol
from db.team import sync as team_sync
from db.types import PersonInput, PopulationGroup, Sex

PASSWORD = "bench-password-2026"


def _person(rng: random.Random, n: int) -> PersonInput:
    return PersonInput(
        name_latin=f"Person {n}",
        sex=rng.choice([Sex.FEMALE, Sex.MALE]),
        population_group=PopulationGroup.NEW_ARRIVAL,
        consent_date=dt.date(2025, 1, 1),
        birth_year=1990,
        phone=f"08{rng.randrange(10**8):08d}",
    )


def _team(root: Path, laptops: int) -> list[Store]:
    first = setup.create_cso_database(
        root / "l0" / "saphan.db",
        cso_code="YR",
        cso_name="A year",
        admin_username="admin",
        admin_full_name="Admin",
        admin_password=PASSWORD,
    ).store
    enrol.create_team(
        first, root / "Team", device_name="L0", recovery_passphrase=keys.new_recovery_passphrase()
    )
    stores = [first]
    for n in range(1, laptops):
        invitation = enrol.invite_device(first, name=f"L{n}")
        request = enrol.JoinRequest(
            root / f"l{n}" / "saphan.db",
            root / "Team",
            invitation.data,
            invitation.code,
            "admin",
            PASSWORD,
        )
        stores.append(enrol.join_team(request).store)
    return stores


def _day(rng: random.Random, store: Store, day: dt.date, counter: list[int]) -> None:
    new = []
    for _ in range(3):
        counter[0] += 1
        new.append(register_person(store, _person(rng, counter[0])).id)
    for pid in new[:2]:
        update_person(store, pid, _person(rng, pid))
    activities.log_session(
        store,
        SessionInput(ActivityType.MHPSS_GROUP, programme_id=1, date=day, attendee_ids=new),
        today=day,
    )


def _size(folder: Path) -> tuple[int, int]:
    files = [p for p in folder.rglob("*") if p.is_file()]
    return sum(p.stat().st_size for p in files), len(files)


def run(days: int, laptops: int, compaction: bool) -> tuple[int, int, int]:
    root = Path(tempfile.mkdtemp(prefix="bench-folder-"))
    saved = team_sync.compact
    if not compaction:
        team_sync.compact = lambda *_a, **_k: None  # type: ignore[assignment]
    try:
        stores = _team(root, laptops)
        rng = random.Random(7)
        counter = [0]
        start = dt.date(2025, 1, 1)
        for d in range(days):
            day = start + dt.timedelta(days=d)
            for store in stores:
                _day(rng, store, day, counter)
                team_sync.sync(store)
        size, count = _size(root / "Team")
        db_size = (root / "l0" / "saphan.db").stat().st_size
        for store in stores:
            store.close()
        return size, count, db_size
    finally:
        team_sync.compact = saved


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--days", type=int, default=365)
    parser.add_argument("--laptops", type=int, default=3)
    args = parser.parse_args()
    for compaction in (True, False):
        size, count, db_size = run(args.days, args.laptops, compaction)
        label = "with compaction" if compaction else "without compaction"
        print(
            f"{args.days} days, {args.laptops} laptops, {label}: team folder {size / 1e6:.1f} MB "
            f"in {count} files (one laptop's database: {db_size / 1e6:.1f} MB)",
            flush=True,
        )


if __name__ == "__main__":
    main()
