"""The worklist ("My day") on a big CSO: the facade against the same SQL written by hand.

    .venv/bin/python -m tests.benchmarks.bench_worklist [--people 50000] [--cases 20000]
        [--caseworkers 100] [--runs 20] [--out FILE.json]

Fills a fresh encrypted database with bulk inserts: ``--people`` people (each with two WHO-5
scores), ``--cases`` open cases shared out among ``--caseworkers`` caseworkers (next contacts
from a month back to two months ahead), two case-plan actions per case, a referral for every
third person, group sessions (a few without attendance), projects with session plans, and a
few hundred worklist marks: a Monday of a caseload of 200 (most follow-ups ahead, most
actions done, most second WHO-5 scores better than the first, most consents in date). Then
times one caseworker's worklist through
``db.worklist.worklist`` and as hand-written SQL on the raw sqlcipher3 connection of the same
database (the same indexes; the rows are only fetched, as the facade's queries fetch them),
checks both find the same items, and reports the ratio. Goals: ratio <= 1.5, < 100 ms.
"""

from __future__ import annotations

import argparse
import dataclasses
import datetime as dt
import gc
import json
import platform
import random
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from sqlalchemy import func, insert, select

from db import keys, setup, worklist
from db.models import (
    Assessment,
    Attendance,
    Beneficiary,
    Case,
    CaseAction,
    Programme,
    Project,
    Referral,
    Session,
    SessionPlan,
    User,
    WorklistMark,
)
from db.store import Store
from db.types import Role, UserInfo

RATIO_GOAL = 1.5
MS_GOAL = 100.0
TODAY = dt.date(2026, 12, 7)
CHUNK = 5000

# Written by hand, independently of db/worklist.py, as one query per kind on the same schema.
RAW_SQL: dict[str, str] = {
    "follow_up": """
SELECT c.id, c.next_contact, c.service_line, b.id, b.code FROM cases c
JOIN beneficiaries b ON b.id = c.beneficiary_id
WHERE c.owner_id = :user AND c.status = 'open' AND c.next_contact <= :horizon
  AND b.deleted_at IS NULL""",
    "case_action": """
SELECT a.id, a.due_date, a.text, c.id, c.service_line, b.id, b.code FROM case_actions a
JOIN cases c ON c.id = a.case_id JOIN beneficiaries b ON b.id = c.beneficiary_id
WHERE a.responsible_id = :user AND a.due_date <= :horizon AND a.done_on IS NULL
  AND c.status != 'closed' AND b.deleted_at IS NULL""",
    "review_wellbeing": """
WITH ranked AS (
  SELECT id, beneficiary_id AS person_id, date, raw_score AS raw,
         row_number() OVER (PARTITION BY beneficiary_id ORDER BY date DESC, id DESC) AS n
  FROM assessments WHERE instrument = 'who5' AND beneficiary_id IN (
    SELECT beneficiary_id FROM cases WHERE owner_id = :user AND status = 'open'))
SELECT l.id, l.date, l.raw, p.raw, b.id, b.code FROM ranked l
JOIN beneficiaries b ON b.id = l.person_id
LEFT JOIN ranked p ON p.person_id = l.person_id AND p.n = 2
WHERE l.n = 1 AND b.deleted_at IS NULL AND (l.raw < 13 OR (p.raw - l.raw) * 4 >= 10)""",
    "referral_feedback": """
SELECT r.id, r.date, r.service_name, s.name, b.id, b.code FROM referrals r
JOIN beneficiaries b ON b.id = r.beneficiary_id LEFT JOIN services s ON s.id = r.service_id
WHERE r.referred_by = :user AND r.status = 'sent' AND r.date <= :sent_before
  AND b.deleted_at IS NULL""",
    "consent_renewal": """
SELECT b.id, b.code, b.consent_date FROM beneficiaries b
WHERE b.id IN (SELECT beneficiary_id FROM cases WHERE owner_id = :user AND status = 'open')
  AND b.consent_date <= :consent_before AND b.deleted_at IS NULL""",
    "attendance_missing": """
SELECT s.id, s.date, s.topic, s.project_id FROM sessions s
WHERE s.facilitator_id = :user AND s.kind = 'group' AND s.date <= :today
  AND s.date >= :sixty_days_ago AND s.deleted_at IS NULL
  AND NOT EXISTS (SELECT 1 FROM attendance a WHERE a.session_id = s.id)""",
    "project_session": """
SELECT p.id, p.planned_date, p.title, p.session_number, j.id, j.title FROM session_plans p
JOIN projects j ON j.id = p.project_id
WHERE p.is_template = 0 AND p.deleted_at IS NULL AND p.planned_date >= :today
  AND p.planned_date <= :horizon AND j.deleted_at IS NULL
  AND (EXISTS (SELECT 1 FROM sessions s WHERE s.project_id = j.id AND s.facilitator_id = :user
               AND s.deleted_at IS NULL)
       OR instr(lower(j.facilitators), :name) > 0)""",
}
MARKS_SQL = "SELECT item_key, state, until FROM worklist_marks WHERE user_id = ? ORDER BY id"
RECORD = {
    "follow_up": "case",
    "case_action": "action",
    "review_wellbeing": "assessment",
    "referral_feedback": "referral",
    "consent_renewal": "person",
    "attendance_missing": "session",
    "project_session": "plan",
}


def _rows(session: Any, model: type, rows: list[dict[str, Any]]) -> None:
    for start in range(0, len(rows), CHUNK):
        session.execute(insert(model), rows[start : start + CHUNK])


def fill(store: Store, people: int, cases: int, caseworkers: int, seed: int) -> list[int]:
    """Bulk rows as the app would hold them; returns the caseworkers' user ids."""
    rng = random.Random(seed)
    day = dt.timedelta(days=1)
    with store.write() as session:
        programme = session.scalar(select(func.min(Programme.id)))
        users = [
            {
                "username": f"cw{n}",
                "full_name": f"Caseworker {n}",
                "role": "caseworker",
                "password_hash": "-",
            }
            for n in range(caseworkers)
        ]
        _rows(session, User, users)
        ids = list(
            session.scalars(select(User.id).where(User.username.like("cw%")).order_by(User.id))
        )
        _rows(
            session,
            Beneficiary,
            [
                {
                    "id": n,
                    "code": f"BENCH-{n:06d}",
                    "name_latin": f"Person {n}",
                    "sex": "female" if n % 2 else "male",
                    "birth_date": dt.date(1960 + n % 50, 1 + n % 12, 1 + n % 28),
                    "population_group": "new_arrival",
                    "consent_date": TODAY - rng.randrange(0, 400) * day,
                    "created_by": rng.choice(ids),
                }
                for n in range(1, people + 1)
            ],
        )
        case_people = rng.sample(range(1, people + 1), cases)
        _rows(
            session,
            Case,
            [
                {
                    "id": n,
                    "beneficiary_id": pid,
                    "service_line": "mhpss" if n % 3 else "protection",
                    "owner_id": ids[n % len(ids)],
                    "status": "open",
                    "opened_on": TODAY - rng.randrange(30, 700) * day,
                    "next_contact": TODAY + rng.randrange(-5, 60) * day,
                }
                for n, pid in enumerate(case_people, start=1)
            ],
        )
        _rows(
            session,
            CaseAction,
            [
                {
                    "case_id": 1 + n // 2,
                    "text": f"Action {n}",
                    "due_date": TODAY + rng.randrange(-10, 120) * day,
                    "responsible_id": ids[(1 + n // 2) % len(ids)],
                    "done_on": TODAY if n % 5 < 3 else None,
                }
                for n in range(cases * 2)
            ],
        )
        _rows(
            session,
            Assessment,
            [
                {
                    "beneficiary_id": 1 + n // 2,
                    "instrument": "who5",
                    "phase": "pre" if n % 2 == 0 else "post",
                    "date": TODAY - (400 - 200 * (n % 2) + rng.randrange(100)) * day,
                    "answers": "[3, 3, 3, 3, 3]",
                    # Low at the first, mostly better at the second.
                    "raw_score": rng.randrange(6, 20) if n % 2 == 0 else rng.randrange(11, 26),
                }
                for n in range(people * 2)
            ],
        )
        _rows(
            session,
            Referral,
            [
                {
                    "beneficiary_id": pid,
                    "service_name": "Clinic",
                    "date": TODAY - rng.randrange(0, 120) * day,
                    "status": rng.choice(("sent", "accepted", "completed")),
                    "referred_by": rng.choice(ids),
                }
                for pid in range(1, people + 1, 3)
            ],
        )
        projects = [{"id": n, "title": f"Project {n}", "facilitators": ""} for n in range(1, 51)]
        _rows(session, Project, projects)
        sessions = [
            {
                "id": n,
                "kind": "group",
                "activity_type": "mhpss_group",
                "programme_id": programme,
                "project_id": 1 + n % 50,
                "date": TODAY - rng.randrange(0, 700) * day,
                "facilitator_id": rng.choice(ids),
                "topic": f"Topic {n}",
            }
            for n in range(1, 20_001)
        ]
        _rows(session, Session, sessions)
        _rows(
            session,
            Attendance,
            [
                {"session_id": s["id"], "beneficiary_id": pid}
                for s in sessions
                if s["id"] % 40  # one group session in 40 has no attendance yet
                for pid in rng.sample(range(1, people + 1), 10)
            ],
        )
        _rows(
            session,
            SessionPlan,
            [
                {
                    "project_id": 1 + n % 50,
                    "title": f"Plan {n}",
                    "session_number": n // 50 + 1,
                    "planned_date": TODAY + rng.randrange(-100, 100) * day,
                }
                for n in range(2000)
            ],
        )
    return ids


def median_ms(fn: Callable[[], object], runs: int) -> float:
    times = []
    gc.collect()
    for _ in range(runs):
        t = time.perf_counter()
        fn()
        times.append((time.perf_counter() - t) * 1000)
    return statistics.median(times)


def measure(store: Store, user_id: int, runs: int) -> dict[str, Any]:
    user = UserInfo(user_id, "cw", f"Caseworker {user_id}", Role.CASEWORKER, "en")
    mine = dataclasses.replace(store, user=user)
    first = worklist.worklist(mine, TODAY)
    # Some marks of this user, on items they have and on old ones.
    with store.write() as session:
        marks = [
            {"user_id": user_id, "item_key": i.key, "state": "done", "at": dt.datetime(2026, 12, 1)}
            for i in first[::10]
        ] + [
            {
                "user_id": user_id,
                "item_key": f"follow_up:case:{n}:2025-01-01",
                "state": "done",
                "at": dt.datetime(2025, 1, 1),
            }
            for n in range(300)
        ]
        _rows(session, WorklistMark, marks)

    def facade() -> list[str]:
        return sorted(i.key for i in worklist.worklist(mine, TODAY))

    day = dt.timedelta(days=1)
    params = {
        "user": user_id,
        "today": TODAY.isoformat(),
        "horizon": (TODAY + 7 * day).isoformat(),
        "sent_before": (TODAY - 14 * day).isoformat(),
        "consent_before": (worklist.add_months(TODAY + 14 * day, -12) + day).isoformat(),
        "sixty_days_ago": (TODAY - 60 * day).isoformat(),
        "name": user.full_name.lower(),
    }
    raw_conn = store.engine.raw_connection()
    cursor = raw_conn.cursor()

    def raw() -> list[str]:
        found: list[tuple[str, int, str]] = []
        for kind, sql in RAW_SQL.items():
            for row in cursor.execute(sql, params).fetchall():
                if kind == "consent_renewal":
                    due = worklist.consent_due(dt.date.fromisoformat(row[2])).isoformat()
                    if due > (TODAY + 14 * day).isoformat():
                        continue
                elif kind == "referral_feedback":
                    due = (dt.date.fromisoformat(row[1]) + 14 * day).isoformat()
                else:
                    due = row[1]
                found.append((kind, row[0], due))
        keys = [f"{kind}:{RECORD[kind]}:{rid}:{due}" for kind, rid, due in found]
        hidden = {r[0] for r in cursor.execute(MARKS_SQL, (user_id,)).fetchall()}
        return sorted(k for k in keys if k not in hidden)

    assert facade() == raw(), "the facade and the hand-written SQL disagree"
    facade_ms = median_ms(facade, runs)
    raw_ms = median_ms(raw, runs)
    items = len(facade())
    raw_conn.close()
    with store.read() as session:
        people = session.scalar(select(func.count()).select_from(Beneficiary))
        open_cases = session.scalar(select(func.count()).where(Case.status == "open"))
    return {
        "machine": f"{platform.machine()} {platform.processor() or ''}".strip(),
        "python": sys.version.split()[0],
        "people": people,
        "open_cases": open_cases,
        "items": items,
        "facade_ms": round(facade_ms, 1),
        "raw_sql_ms": round(raw_ms, 1),
        "ratio": round(facade_ms / raw_ms, 2),
    }


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--people", type=int, default=50_000)
    ap.add_argument("--cases", type=int, default=20_000)
    ap.add_argument("--caseworkers", type=int, default=100)
    ap.add_argument("--runs", type=int, default=20)
    ap.add_argument("--out", type=Path, default=Path(tempfile.gettempdir()) / "worklist.json")
    args = ap.parse_args(argv)

    keys.DEFAULT_KDF = keys.KdfParams(1, 1024, 1)
    folder = Path(tempfile.mkdtemp(prefix="bench-worklist-"))
    store = setup.create_cso_database(
        folder / "saphan.db",
        cso_code="BENCH",
        cso_name="Bench",
        admin_username="admin",
        admin_full_name="Admin",
        admin_password="benchmark-password",
    ).store
    t = time.perf_counter()
    ids = fill(store, args.people, args.cases, args.caseworkers, seed=1)
    print(
        f"filled {args.people:,} people and {args.cases:,} open cases "
        f"in {time.perf_counter() - t:.0f} s",
        flush=True,
    )
    with store.write() as session:
        session.connection().exec_driver_sql("ANALYZE")
    result = measure(store, ids[0], args.runs)
    store.close()
    print(f"{'case':<40} {'items':>6} {'facade ms':>10} {'raw SQL ms':>11} {'ratio':>6}")
    print(
        f"{'one caseworker worklist':<40} {result['items']:>6} {result['facade_ms']:>10.1f} "
        f"{result['raw_sql_ms']:>11.1f} {result['ratio']:>6.2f}"
    )
    ok = result["ratio"] <= RATIO_GOAL and result["facade_ms"] < MS_GOAL
    print("goals (ratio <= 1.5, < 100 ms):", "met" if ok else "NOT met")
    args.out.write_text(json.dumps(result, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
