"""Every performance goal of Saphan in one run, one table and one JSON file.

    .venv/bin/python -m tests.benchmarks.run_all [--quick] [--out FILE.json]

Each case is measured against a baseline timed in the same run on the same machine (so that
the ratio means something on a busy or slow machine), plus an absolute time:

- cold start: process start to "main window shown" on an existing CSO database, signing in
  with the password (two argon2id derivations included), against a bare PySide6 QMainWindow;
  median of 5 processes; also, for information, the demo (``saphan --demo`` with
  ``SAPHAN_SMOKE_EXIT_MS``), which first creates and fills a whole demo CSO;
- registry first page and one search keystroke at 50,000 people, against the same SQL by hand
  (bench_registry);
- counting a year at 1,000,000 attendance rows, against hand-written SQL (bench_counting);
- building the network bundle on that database (absolute, and per programme-month);
- merging 25 bundles, against only json-loading them (bench_merge);
- Word export of a 12-step session plan, against saving an empty python-docx document;
- peak memory (maximum resident set) of this whole run and of the demo process.

``--quick`` uses small sizes: a smoke run of the suite in well under a minute. Exit code 1
when a goal is missed.
"""

from __future__ import annotations

import argparse
import datetime as dt
import io
import json
import os
import platform
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import asdict, dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SHOWN = "saphan: main window shown"  # desktop.app.WINDOW_SHOWN (not imported: no Qt here)

BARE_QT = f"""
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication(sys.argv)
window = QMainWindow()
window.resize(1200, 800)
window.show()
QTimer.singleShot(0, lambda: print({SHOWN!r}, flush=True))
QTimer.singleShot(50, app.quit)
sys.exit(app.exec())
"""

# The app as a CSO starts it every morning: an existing encrypted database, the user's
# password (two argon2id derivations), the main window with its first page.
SIGNED_IN = f"""
import os, sys
from pathlib import Path
from PySide6.QtCore import QTimer
from db import setup
from desktop.app import make_application
from desktop.main_window import MainWindow
app = make_application(sys.argv)
store = setup.open_database(Path(sys.argv[1]), "admin", os.environ["SAPHAN_PASSWORD"])
window = MainWindow(store)
window.show()
QTimer.singleShot(0, lambda: print({SHOWN!r}, flush=True))
QTimer.singleShot(50, app.quit)
code = app.exec()
store.close()
sys.exit(code)
"""
BENCH_PASSWORD = "benchmark-start-password"


@dataclass
class Row:
    case: str
    measured: str
    baseline: str
    ratio: float | None
    goal: str
    ok: bool
    detail: dict[str, object]


def _ms(seconds: float) -> str:
    return f"{seconds * 1000:.1f} ms" if seconds < 10 else f"{seconds:.1f} s"


# --- Cold start --------------------------------------------------------------------------------


def _time_to_shown(cmd: list[str]) -> tuple[float, int]:
    """Seconds from process start to the "shown" line, and the process's peak RSS in KiB."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "SAPHAN_SMOKE_EXIT_MS": "50"}
    start = time.perf_counter()
    proc = subprocess.Popen(
        cmd, cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True
    )
    assert proc.stdout is not None
    shown = None
    for line in proc.stdout:
        if shown is None and line.strip() == SHOWN:
            shown = time.perf_counter() - start
    _, status, usage = os.wait4(proc.pid, 0)
    proc.returncode = os.waitstatus_to_exitcode(status)
    if shown is None or proc.returncode != 0:
        raise RuntimeError(f"{cmd}: no window shown (exit code {proc.returncode})")
    return shown, int(usage.ru_maxrss)


def signed_in_start(runs: int) -> Row:
    """Process start to the main window on an existing database, signed in with a password."""
    folder = Path(tempfile.mkdtemp(prefix="bench-start-"))
    db_path = folder / "saphan.db"
    env = {**os.environ, "SAPHAN_PASSWORD": BENCH_PASSWORD}
    subprocess.run(
        [
            sys.executable,
            "-m",
            "desktop",
            "demo-data",
            "--db",
            str(db_path),
            "--user",
            "admin",
            "--beneficiaries",
            "800",
        ],
        cwd=ROOT,
        env=env,
        check=True,
        stdout=subprocess.DEVNULL,
    )
    os.environ["SAPHAN_PASSWORD"] = BENCH_PASSWORD
    bare, app = [], []
    try:
        for _ in range(runs):
            bare.append(_time_to_shown([sys.executable, "-c", BARE_QT])[0])
            app.append(_time_to_shown([sys.executable, "-c", SIGNED_IN, str(db_path)])[0])
    finally:
        os.environ.pop("SAPHAN_PASSWORD", None)
        shutil.rmtree(folder, ignore_errors=True)
    b, a = statistics.median(bare), statistics.median(app)
    return Row(
        "cold start to main window (sign-in with password)",
        _ms(a),
        f"{_ms(b)} bare QMainWindow",
        round(a / b, 2),
        "< 1.5 s",
        a < 1.5,
        {"app_s": app, "bare_s": bare, "median_app_s": a, "median_bare_s": b},
    )


def cold_start(runs: int) -> tuple[Row, int]:
    bare, demo, rss = [], [], []
    for _ in range(runs):  # alternately, so that both see the same machine load
        bare.append(_time_to_shown([sys.executable, "-c", BARE_QT])[0])
        seconds, kib = _time_to_shown([sys.executable, "-m", "desktop", "--demo"])
        demo.append(seconds)
        rss.append(kib)
    b, d = statistics.median(bare), statistics.median(demo)
    ratio = d / b
    row = Row(
        "cold start of the demo (creates and fills a CSO first)",
        _ms(d),
        f"{_ms(b)} bare QMainWindow",
        round(ratio, 2),
        "information",
        True,
        {"demo_s": demo, "bare_s": bare, "median_demo_s": d, "median_bare_s": b},
    )
    return row, max(rss)


# --- Database benchmarks -----------------------------------------------------------------------


def registry(people: int, runs: int) -> list[Row]:
    from tests.benchmarks import bench_registry

    results, _ = bench_registry.run(people, runs)
    wanted = {"first page", "search 'kyaw'", "search phone '081-2'"}
    return [
        Row(
            f"registry {r.case}, {people:,} people",
            f"{r.facade_ms:.1f} ms",
            f"{r.raw_ms:.1f} ms raw SQL",
            r.ratio,
            "<= 1.5x, < 100 ms",
            r.ok,
            asdict(r),
        )
        for r in results
        if r.case in wanted
    ]


def counting_and_bundle(people: int, attendance: int, runs: int) -> list[Row]:
    from directory import network as net
    from directory import signing
    from directory.bundle import build_bundle
    from directory.sharing import keys
    from tests.benchmarks import bench_counting

    with tempfile.TemporaryDirectory(prefix="saphan-run-all-") as folder:
        store, rows = bench_counting.fill_store(Path(folder), people, attendance)
        try:
            counted = bench_counting.measure(store, runs)
            key = bytes(range(32))
            network = net.create_network("bench", "Benchmark network", key)
            pub = keys.cso_public_key(store)
            network = net.add_member(
                network, key, code=store.cso.code, name=store.cso.name, public_key=pub,
                fingerprint=signing.key_fingerprint(pub),
            )  # fmt: skip
            today = dt.date(2026, 10, 31)
            times = []
            for _ in range(max(1, runs)):
                start = time.perf_counter()
                bundle = build_bundle(store, network, today=today)
                times.append(time.perf_counter() - start)
        finally:
            store.close()
    built = statistics.median(times)
    cells = sum(len(p.months) for p in bundle.programmes)
    return [
        Row(
            f"count a year, {rows:,} attendance rows",
            f"{counted['facade_ms']:.0f} ms",
            f"{counted['raw_sql_ms']:.0f} ms raw SQL",
            counted["ratio"],
            "<= 1.5x, < 1 s",
            counted["ratio"] <= bench_counting.RATIO_GOAL
            and counted["facade_ms"] < bench_counting.MS_GOAL,
            counted,
        ),
        Row(
            f"build bundle, {len(bundle.programmes)} programmes x "
            f"{cells // max(1, len(bundle.programmes))} months",
            _ms(built),
            f"{built / cells * 1000:.1f} ms per programme-month",
            None,
            "< 10 s",
            built < 10,
            {"seconds": built, "programme_months": cells, "runs": times},
        ),
    ]


def merging(csos: int, months: int, runs: int) -> Row:
    from tests.benchmarks import bench_merge

    t = bench_merge.run(csos, months, runs)
    ratio = t["both"] / t["load"]
    return Row(
        f"merge {csos} bundles x {months} months",
        _ms(t["both"]),
        f"{_ms(t['load'])} json.load",
        round(ratio, 2),
        "<= 3x, < 1 s",
        ratio <= bench_merge.GOAL_RATIO and t["both"] < 1.0,
        dict(t),
    )


# --- Word export -------------------------------------------------------------------------------


def twelve_step_plan():
    from db.plans import PlanInfo, PlanLanguage, StepInfo, StepKind

    kinds = list(StepKind)
    steps = tuple(
        StepInfo(
            position=n,
            kind=kinds[n % len(kinds)],
            title=f"Step {n + 1}: ပူးပေါင်းဆောင်ရွက်ခြင်း",
            minutes=10,
            instructions=tuple(
                f"Instruction {i + 1} for the facilitator, in plain words." for i in range(4)
            ),
            questions=("What did we learn?", "ဘာတွေ သင်ယူခဲ့ကြလဲ။"),
        )
        for n in range(12)
    )
    now = dt.datetime(2025, 6, 1, 9, 0)
    return PlanInfo(
        id=1,
        is_template=False,
        title="Planning community action",
        language=PlanLanguage.ENGLISH,
        session_number=1,
        planned_date=dt.date(2025, 6, 3),
        duration_minutes=120,
        objectives=("Agree on one action", "Share the work"),
        key_messages=("Everyone's voice counts",),
        materials=("Flip chart", "Markers"),
        preparation=("Print the attendance sheet",),
        safety_notes="Nobody has to share anything personal.",
        facilitator_notes="",
        project_id=None,
        steps=steps,
        created_at=now,
        updated_at=now,
    )


def word_export(runs: int) -> Row:
    from docx import Document

    from desktop.plans.docx_export import export_plan

    plan = twelve_step_plan()
    with tempfile.TemporaryDirectory() as folder:
        out = Path(folder) / "plan.docx"
        export_plan(plan, out)  # warm-up: python-docx's template and lxml
        Document().save(io.BytesIO())
        export, empty = [], []
        for _ in range(runs):
            start = time.perf_counter()
            export_plan(plan, out, cso_name="Benchmark CSO", project_title="Bench")
            export.append(time.perf_counter() - start)
            start = time.perf_counter()
            Document().save(io.BytesIO())
            empty.append(time.perf_counter() - start)
    e, b = statistics.median(export), statistics.median(empty)
    return Row(
        "Word export, 12-step plan",
        _ms(e),
        f"{_ms(b)} empty document",
        round(e / b, 2),
        "< 1 s",
        e < 1.0,
        {"export_s": export, "empty_s": empty},
    )


# --- The table ---------------------------------------------------------------------------------


def table(rows: list[Row]) -> str:
    head = ("case", "measured", "baseline", "ratio", "goal", "ok?")
    cells = [
        (r.case, r.measured, r.baseline, "" if r.ratio is None else f"{r.ratio:.2f}x", r.goal,
         "ok" if r.ok else "MISSED")
        for r in rows
    ]  # fmt: skip
    widths = [max(len(head[i]), *(len(c[i]) for c in cells)) for i in range(len(head))]
    lines = ["| " + " | ".join(h.ljust(w) for h, w in zip(head, widths, strict=True)) + " |"]
    lines.append("|" + "|".join("-" * (w + 2) for w in widths) + "|")
    for c in cells:
        lines.append("| " + " | ".join(x.ljust(w) for x, w in zip(c, widths, strict=True)) + " |")
    return "\n".join(lines)


def machine() -> dict[str, object]:
    cpu = platform.processor()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    return {
        "cpu": cpu,
        "cpus": os.cpu_count(),
        "python": platform.python_version(),
        "system": platform.platform(),
        "load_average": os.getloadavg() if hasattr(os, "getloadavg") else None,
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--quick", action="store_true", help="small sizes: a smoke run")
    parser.add_argument(
        "--out", type=Path, default=Path(tempfile.gettempdir()) / "saphan-benchmarks.json"
    )
    args = parser.parse_args(argv)
    if args.quick:
        sizes = {"starts": 2, "people": 2_000, "attendance": 20_000, "csos": 5, "months": 6}
        runs = 3
    else:
        sizes = {"starts": 5, "people": 50_000, "attendance": 1_000_000, "csos": 25, "months": 24}
        runs = 5
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

    started = time.perf_counter()
    rows: list[Row] = []
    rows.append(signed_in_start(sizes["starts"]))
    start_row, demo_kib = cold_start(sizes["starts"])
    rows.append(start_row)
    print(f"cold start done ({time.perf_counter() - started:.0f} s)", flush=True)
    rows += registry(sizes["people"], max(runs, 10))
    print(f"registry done ({time.perf_counter() - started:.0f} s)", flush=True)
    rows += counting_and_bundle(sizes["people"], sizes["attendance"], runs)
    print(f"counting and bundle done ({time.perf_counter() - started:.0f} s)", flush=True)
    rows.append(merging(sizes["csos"], sizes["months"], runs))
    rows.append(word_export(runs))
    self_kib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    rows.append(
        Row(
            "peak memory (max RSS)",
            f"{demo_kib / 1024:.0f} MB demo app",
            f"{self_kib / 1024:.0f} MB this whole run",
            None,
            "demo < 400 MB",
            demo_kib < 400 * 1024,
            {"demo_kib": demo_kib, "run_kib": self_kib},
        )
    )

    print()
    print(table(rows))
    total = time.perf_counter() - started
    print(f"\n{'quick' if args.quick else 'full'} run in {total:.0f} s; wrote {args.out}")
    report = {
        "quick": args.quick,
        "sizes": sizes,
        "seconds": round(total, 1),
        "machine": machine(),
        "rows": [asdict(r) for r in rows],
    }
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(report, indent=2, default=str), encoding="utf-8")
    return 0 if all(r.ok for r in rows) else 1


if __name__ == "__main__":
    sys.exit(main())
