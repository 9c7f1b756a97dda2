"""A writer killed with SIGKILL in the middle of bulk writes leaves a consistent database."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from sqlalchemy import text

from db import setup
from db.store import Store
from tests.conftest import ADMIN_PASSWORD
from tests.db.crash_writer import BATCH

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="SIGKILL is POSIX only")
@pytest.mark.parametrize("kill_after_batches", [3, 17])
def test_killed_writer_loses_no_committed_batch_and_leaves_no_partial_one(
    store: Store, db_path: Path, kill_after_batches: int
) -> None:
    key = store.master_key.hex()
    store.close()
    env = {**os.environ, "SAPHAN_TEST_KEY": key, "PYTHONPATH": str(ROOT)}
    writer = subprocess.Popen(
        [sys.executable, "-m", "tests.db.crash_writer", str(db_path)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
        cwd=ROOT,
    )
    assert writer.stdout is not None
    committed = -1
    deadline = time.monotonic() + 60
    while committed < kill_after_batches and time.monotonic() < deadline:
        line = writer.stdout.readline()
        if not line:
            pytest.fail("writer stopped early: " + (writer.stderr.read() if writer.stderr else ""))
        committed = int(line)
    # Kill it while it is inside the next batch's transaction.
    time.sleep(0.005)
    writer.send_signal(signal.SIGKILL)
    writer.wait(10)
    assert writer.returncode == -signal.SIGKILL

    reopened = setup.open_database(db_path, "admin", ADMIN_PASSWORD)
    try:
        with reopened.engine.connect() as conn:
            people = conn.execute(
                text("SELECT count(*) FROM beneficiaries WHERE code LIKE 'CRASH-%'")
            ).scalar_one()
            batches = conn.execute(
                text("SELECT count(*) FROM audit_events WHERE action = 'bulk_create'")
            ).scalar_one()
            per_batch = conn.execute(
                text(
                    "SELECT substr(code, 7, 5) AS b, count(*) FROM beneficiaries "
                    "WHERE code LIKE 'CRASH-%' GROUP BY b HAVING count(*) != :n"
                ),
                {"n": BATCH},
            ).fetchall()
            integrity = conn.execute(text("PRAGMA integrity_check")).scalar_one()
    finally:
        reopened.close()
    assert integrity == "ok"
    assert per_batch == []  # no half batch
    assert people == batches * BATCH  # each batch's audit event committed with its rows
    assert batches >= committed + 1  # every batch reported as committed is there
