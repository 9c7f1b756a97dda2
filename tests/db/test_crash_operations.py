"""Every long operation, killed with SIGKILL just before each rename it makes and at random
moments, leaves all or nothing: the database opens with all or nothing of the operation, no
file at a target path is half-written, no earlier data is lost, and running the operation
again succeeds and leaves no temp file behind.

The operations run as ``saphan`` commands in children forked from one helper process
(tests/db/crash_runner.py), each on a fresh copy of one template: a CSO database whose last
writes are still in its write-ahead log (as after a power cut), a backup, a shared network
folder, an import list and an earlier, complete version of every export at its target.

The default run kills each operation before every one of its renames and at
``SAPHAN_CRASH_KILLS`` (default 2) random moments; raise it for a longer run, and set
``SAPHAN_CRASH_SEED`` to vary or repeat the random moments.
"""

from __future__ import annotations

import csv
import datetime as dt
import hashlib
import json
import os
import random
import shutil
import signal
import time
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import docx
import openpyxl
import pytest
from sqlalchemy import text

from db import backup, keys, setup
from db.beneficiaries import register_person
from db.demo import fill_demo_data
from db.errors import DatabaseNotFound
from db.plans import list_plans
from db.services import ServiceInput, save_service
from desktop import cli
from directory import folder as shared
from tests.conftest import ADMIN_PASSWORD
from tests.db.crash_client import Runner, crash_runner  # noqa: F401 (the runner fixture)
from tests.db.people import person
from tests.directory.conftest import member_network

pytestmark = [
    pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="SIGKILL is POSIX only"),
    pytest.mark.slow,
]

RANDOM_KILLS = int(os.environ.get("SAPHAN_CRASH_KILLS", "2"))
SEED = int(os.environ.get("SAPHAN_CRASH_SEED", "14"))
FAST_KDF = keys.KdfParams(time_cost=1, memory_kib=1024, parallelism=1)
TODAY = dt.date(2026, 6, 15)
BEFORE_BACKUP = 30  # people in the backup
CURRENT = 35  # people in the database now (the last five only in its write-ahead log)
IMPORTED = 20


@dataclass(frozen=True)
class Template:
    root: Path
    plan_id: int
    coordinator_key: str


def _people(db: Path, password: str = ADMIN_PASSWORD) -> int:
    """How many people the database holds, after checking it opens and is intact."""
    store = setup.open_database(db, "admin", password)
    try:
        with store.engine.connect() as conn:
            assert conn.execute(text("PRAGMA integrity_check")).scalar_one() == "ok"
            return int(conn.execute(text("SELECT count(*) FROM beneficiaries")).scalar_one())
    finally:
        store.close()


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Template:
    root = tmp_path_factory.mktemp("crash-template")
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(keys, "DEFAULT_KDF", FAST_KDF)
        mp.setenv(cli.PASSWORD_ENV, ADMIN_PASSWORD)
        db = root / "cso" / "saphan.db"
        store = setup.create_cso_database(
            db,
            cso_code="BEAM",
            cso_name="BEAM Education Foundation",
            admin_username="admin",
            admin_full_name="Admin",
            admin_password=ADMIN_PASSWORD,
        ).store
        fill_demo_data(store, BEFORE_BACKUP, seed=1, today=TODAY)
        save_service(store, ServiceInput(name="Counselling", category="mhpss", languages=["my"]))
        plan_id = next(p.id for p in list_plans(store, templates=True) if p.language == "my")
        network = member_network(store)
        for folder in ("usb", "usb2", "out"):
            (root / folder).mkdir()
        backup.backup_database(store, root / "usb" / "before.saphan-backup")
        store.close()
        shared.write_network(root / "shared", network)
        rows = [
            f"Crash Import {i:02d},{'F' if i % 2 else 'M'},19{70 + i}-0{1 + i % 9}-1{i % 10}"
            for i in range(IMPORTED)
        ]
        (root / "people.csv").write_text("Name,Sex,DOB\n" + "\n".join(rows) + "\n")
        (root / "map.json").write_text(
            json.dumps(
                {
                    "Name": "name_latin",
                    "Sex": "sex",
                    "DOB": "birth_date",
                    "consent_date": "2025-12-01",
                    "consent_scopes": ["services"],
                    "population_group": "new_arrival",
                    "skip_duplicates": True,
                }
            )
        )
        tpl = Template(root, plan_id, network.coordinator_key)
        # An earlier, complete version of every export at its target: a killed export must
        # leave that one or the new one.
        for op in EXPORTS:
            assert cli.main(op.argv(tpl, root)) == 0, op.name

        # The last writes stay in the write-ahead log, as when the laptop lost power: the
        # template is a copy of the files taken while the database is open.
        store = setup.open_database(db, "admin", ADMIN_PASSWORD)
        for i in range(CURRENT - BEFORE_BACKUP):
            register_person(store, person(f"Ma Later {i}"))
        image = root / "image"
        image.mkdir()
        for suffix in ("", "-wal", ".keys"):
            src = db.with_name(db.name + suffix)
            if src.exists():
                shutil.copy2(src, image / src.name)
        store.close()
        shutil.rmtree(db.parent)
        image.rename(db.parent)
        assert (db.parent / "saphan.db-wal").stat().st_size > 0
        check = root.parent / f"{root.name}-check"
        shutil.copytree(db.parent, check)  # opening it would write the log into the database
        assert _people(check / db.name) == CURRENT
        shutil.rmtree(check)
    return tpl


# --- the operations ------------------------------------------------------------------------


def _db(case: Path) -> Path:
    return case / "cso" / "saphan.db"


def _hidden(folder: Path) -> list[str]:
    """Saphan's temp, staging, journal and lock files are all hidden (a leading dot)."""
    if not folder.is_dir():
        return []
    return sorted(p.name for p in folder.iterdir() if p.name.startswith("."))


@dataclass(frozen=True)
class Operation:
    name: str
    argv: Callable[[Template, Path], list[str]]
    # After a kill (and after the re-run: ``rerun`` True). The database has been opened, so
    # anything interrupted has been completed or undone.
    check: Callable[[Template, Path, bool], None]
    # Folders the operation writes to: no temp file may stay there after the re-run.
    folders: tuple[str, ...] = ("cso",)


def _user(case: Path) -> list[str]:
    return ["--db", str(_db(case)), "--user", "admin"]


def _check_import(_t: Template, case: Path, rerun: bool) -> None:
    # One transaction: all twenty or none; the re-run skips those already there.
    assert _people(_db(case)) in ({CURRENT + IMPORTED} if rerun else {CURRENT, CURRENT + IMPORTED})


def _complete_backup(path: Path) -> None:
    manifest = backup.read_backup_manifest(path)
    with zipfile.ZipFile(path) as zf:
        assert zf.testzip() is None
        digest = hashlib.sha256(zf.read("saphan.db")).hexdigest()
    assert digest == manifest["db_sha256"]


def _check_backup(_t: Template, case: Path, rerun: bool) -> None:
    assert _people(_db(case)) == CURRENT
    made = sorted((case / "usb2").glob("*.saphan-backup"))
    assert len(made) >= (1 if rerun else 0)
    for path in made:
        _complete_backup(path)


def _kept_copies(case: Path) -> list[Path]:
    return [
        p
        for p in sorted((case / "cso").glob("saphan.db.before-restore-*"))
        if not p.name.endswith(("-wal", "-shm", ".keys"))
    ]


def _check_restore(_t: Template, case: Path, rerun: bool) -> None:
    now = _people(_db(case))
    assert now in ({BEFORE_BACKUP} if rerun else {BEFORE_BACKUP, CURRENT})
    kept = {p.name: _people(p) for p in _kept_copies(case)}  # every kept copy opens
    if now == BEFORE_BACKUP:  # restored: the database it replaced, log and all, is kept
        assert CURRENT in kept.values(), kept
    else:
        assert kept == {}


def _check_publish(t: Template, case: Path, rerun: bool) -> None:
    assert _people(_db(case)) == CURRENT
    read = shared.read_bundles(case / "shared", shared.read_network(case / "shared"))
    assert read.rejected == []  # no torn bundle
    assert [b.cso.code for b in read.accepted] in ([["BEAM"]] if rerun else [[], ["BEAM"]])
    if not rerun:
        # Other computers' temp files in a shared folder are left alone for a while: make
        # this one old enough to be cleared by the re-run.
        for p in (case / "shared" / "bundles").glob(".*"):
            os.utime(p, (time.time() - 3600, time.time() - 3600))


def _check_setup(_t: Template, case: Path, rerun: bool) -> None:
    db = case / "new" / "saphan.db"
    try:
        # Opening first completes or undoes a setup that was interrupted, as every start does.
        people = _people(db)
    except DatabaseNotFound:
        assert not rerun
        # Nothing half-made at the path, nothing left beside it.
        assert not db.exists()
        assert not keys.KeyFile.path_for(db).exists()
        assert _hidden(db.parent) == []
    else:
        assert people in ({5, 10} if rerun else {0, 5})


def _check_xlsx(path: Path) -> None:
    rows = openpyxl.load_workbook(path).active.max_row  # type: ignore[union-attr]
    assert rows in (BEFORE_BACKUP + 1, CURRENT + 1)


def _check_csv(path: Path) -> None:
    data = path.read_bytes()
    assert data.endswith(b"\n")
    assert len(list(csv.reader(data.decode("utf-8-sig").splitlines()))) > 1


def _check_docx(path: Path) -> None:
    assert docx.Document(str(path)).paragraphs


def _check_json(path: Path) -> None:
    assert json.loads(path.read_text(encoding="utf-8"))["cso"]


def _export_check(
    name: str, parse: Callable[[Path], None]
) -> Callable[[Template, Path, bool], None]:
    def check(_t: Template, case: Path, _rerun: bool) -> None:
        assert _people(_db(case)) == CURRENT
        parse(case / "out" / name)  # the earlier file or the new one, never half of one

    return check


EXPORTS = (
    Operation(
        "export-records",
        lambda _t, c: ["export-records", *_user(c), "--out", str(c / "out" / "people.xlsx")],
        _export_check("people.xlsx", _check_xlsx),
        ("cso", "out"),
    ),
    Operation(
        "report",
        lambda _t, c: [
            "report",
            *_user(c),
            "--from",
            "2025-01",
            "--to",
            "2026-06",
            "--out",
            str(c / "out" / "report.csv"),
        ],
        _export_check("report.csv", _check_csv),
        ("cso", "out"),
    ),
    Operation(
        "export-plan",
        lambda t, c: [
            "export-plan",
            *_user(c),
            "--plan",
            str(t.plan_id),
            "--out",
            str(c / "out" / "plan.docx"),
        ],
        _export_check("plan.docx", _check_docx),
        ("cso", "out"),
    ),
    Operation(
        "bundle",
        lambda _t, c: [
            "bundle",
            *_user(c),
            "--network",
            str(c / "shared" / "network.json"),
            "--out",
            str(c / "out" / "bundle.json"),
        ],
        _export_check("bundle.json", _check_json),
        ("cso", "out"),
    ),
)

OPERATIONS = (
    Operation(
        "import",
        lambda _t, c: [
            "import",
            *_user(c),
            "--file",
            str(c / "people.csv"),
            "--mapping",
            str(c / "map.json"),
        ],
        _check_import,
    ),
    Operation(
        "backup",
        lambda _t, c: ["backup", *_user(c), "--out", str(c / "usb2")],
        _check_backup,
        ("cso", "usb2"),
    ),
    Operation(
        "restore",
        lambda _t, c: [
            "restore",
            "--backup",
            str(c / "usb" / "before.saphan-backup"),
            "--db",
            str(_db(c)),
        ],
        _check_restore,
    ),
    Operation(
        "publish",
        lambda _t, c: ["publish", *_user(c), "--folder", str(c / "shared")],
        _check_publish,
        ("cso", "shared/bundles"),
    ),
    Operation(
        "setup",
        lambda _t, c: [
            "demo-data",
            "--db",
            str(c / "new" / "saphan.db"),
            "--user",
            "admin",
            "--beneficiaries",
            "5",
            "--no-activity",
        ],
        _check_setup,
        ("new",),
    ),
    *EXPORTS,
)


# --- the crash suite -----------------------------------------------------------------------


def _kill_and_rerun(
    runner: Runner,
    template: Template,
    op: Operation,
    case: Path,
    *,
    kill_at_rename: int | None = None,
    kill_after: float | None = None,
) -> dict[str, Any]:
    shutil.copytree(template.root, case)
    log = case / "child.log"
    answer = runner.run(
        argv=op.argv(template, case),
        env={cli.PASSWORD_ENV: ADMIN_PASSWORD},
        log=str(log),
        kill_at_rename=kill_at_rename,
        kill_after=kill_after,
    )
    where = f"{op.name}, killed at rename {kill_at_rename} / after {kill_after} s (seed {SEED})"
    if not answer["killed"]:
        assert answer["code"] == 0, f"{where}: {log.read_text()}"
    op.check(template, case, False)
    assert cli.main(op.argv(template, case)) == 0, where  # a re-run succeeds
    op.check(template, case, True)
    for folder in op.folders:
        assert _hidden(case / folder) == [], f"{where}: left behind in {folder}"
    shutil.rmtree(case)
    return answer


@pytest.mark.parametrize("op", OPERATIONS, ids=lambda op: op.name)
def test_killed_operation_leaves_all_or_nothing_and_runs_again(
    runner: Runner,
    template: Template,
    op: Operation,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.setenv(cli.PASSWORD_ENV, ADMIN_PASSWORD)
    # Just before each rename the operation makes, until one run makes them all.
    renames = 0
    for n in range(1, 40):
        answer = _kill_and_rerun(runner, template, op, tmp_path / f"rename-{n}", kill_at_rename=n)
        if not answer["killed"]:
            break
        renames = n
    else:
        pytest.fail(f"{op.name} was still renaming after 40 renames")
    full_run = answer["seconds"]
    # And at random moments of a run.
    rng = random.Random(f"{SEED}-{op.name}")
    for k in range(RANDOM_KILLS):
        _kill_and_rerun(
            runner, template, op, tmp_path / f"random-{k}", kill_after=rng.uniform(0, full_run)
        )
    capsys.readouterr()
    print(f"{op.name}: killed before each of {renames} renames and {RANDOM_KILLS} random times")
