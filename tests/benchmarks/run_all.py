"""Every benchmark of Saphan in one run: one table, and a JSON file for comparing runs.

    python3 installers/dev.py bench [--scales 1,4,16] [--runs 3] [--only NAME] [--quick]
    .venv/bin/python -m tests.benchmarks.run_all ...        (the same, without the installer)

Each ``tests/benchmarks/bench_*.py`` with a ``bench(scale, runs, keep)`` function is run at each
scale asked for (the row format: tests/benchmarks/README.md). Each figure is the median of
``--runs`` timings (3), against its floor timed alternately in the same run. The table has one
line per figure: its time at each scale, the ratio to its floor and its goal at the goal's
scale, pass/miss, and how the cost grows from the smallest scale to the largest (the exponent
b of time ~ size^b; above 1.15 is worse than linear, a miss). Also, at 1x only: start-up (a
process to the main window, against a bare PySide6 window), the Word export of a 12-step plan,
and the demo's peak memory; at every scale, the peak memory of the app signed in on the
synthetic database with its registry page loaded (``--only memory``: that alone).

``--quick``: tiny sizes (a smoke run of the suite). ``--data DIR`` keeps the synthetic CSO
databases between runs (16x takes long to make). Exit code 1 when a goal is missed.
"""

from __future__ import annotations

import argparse
import datetime as dt
import importlib
import inspect
import io
import json
import math
import os
import platform
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import asdict
from pathlib import Path
from types import ModuleType

from tests.benchmarks import rows as row_format
from tests.benchmarks.rows import Goal, Measure

ROOT = Path(__file__).resolve().parents[2]
HERE = Path(__file__).resolve().parent
SHOWN = "saphan: main window shown"  # desktop.app.WINDOW_SHOWN (not imported: no Qt here)
WORSE_THAN_LINEAR = 1.15


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

# Peak memory as a CSO works: the app signed in on the synthetic database of a scale, the
# main window with the registry's first page of people loaded (an admin starts there).
REGISTRY_OPEN = f"""
import os, resource, sys
from pathlib import Path
from PySide6.QtCore import QTimer
from db import setup
from desktop.app import make_application
from desktop.main_window import MainWindow
app = make_application(sys.argv)
store = setup.open_database(Path(sys.argv[1]), "admin", os.environ["SAPHAN_PASSWORD"])
window = MainWindow(store)
window.resize(1366, 768)
window.show()
window.show_page("beneficiaries")
page = window.pages["beneficiaries"]
ticks = 0
def loaded():
    global ticks
    ticks += 1
    rows = page.model.rowCount()
    if rows or ticks > 300:
        print(f"registry rows {{rows}}", flush=True)
        QTimer.singleShot(200, peak)  # what painting the page takes, too
        return
    QTimer.singleShot(50, loaded)
def peak_kib():
    # This process's own peak (VmHWM). Not ru_maxrss: Linux carries the parent's peak at
    # fork over the exec, so every row read the benchmark runner's own 800 MB.
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1])
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
def peak():
    # The peak so far, open (closing runs PRAGMA optimize, which reads much of the database).
    print(f"peak kib {{peak_kib()}}", flush=True)
    print({SHOWN!r}, flush=True)
    app.quit()
QTimer.singleShot(0, loaded)
code = app.exec()
store.close()
sys.exit(code)
"""
MEMORY_FIGURE = "peak memory, the registry open (signed in)"


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


def signed_in_start(runs: int) -> Measure:
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
    return Measure(
        "cold start to main window (sign-in with password)", 1, "800 people",
        round(a * 1000, 1), "a bare PySide6 window", round(b * 1000, 1),
        [round(x * 1000, 1) for x in app], [round(x * 1000, 1) for x in bare],
    )  # fmt: skip


def cold_start(runs: int) -> tuple[Measure, int]:
    bare, demo, rss = [], [], []
    for _ in range(runs):  # alternately, so that both see the same machine load
        bare.append(_time_to_shown([sys.executable, "-c", BARE_QT])[0])
        seconds, kib = _time_to_shown([sys.executable, "-m", "desktop", "--demo"])
        demo.append(seconds)
        rss.append(kib)
    b, d = statistics.median(bare), statistics.median(demo)
    row = Measure(
        "cold start of the demo (creates and fills a CSO first)", 1, "demo CSO",
        round(d * 1000, 1), "a bare PySide6 window", round(b * 1000, 1),
        [round(x * 1000, 1) for x in demo], [round(x * 1000, 1) for x in bare],
    )  # fmt: skip
    return row, max(rss)


# --- Peak memory ----------------------------------------------------------------------------


def peak_memory(scale: int, keep: Path | None) -> Measure:
    """The peak resident memory (ru_maxrss) of the app signed in on the database of ``scale``
    (made first if needed, :mod:`tests.benchmarks.data`), its registry page loaded and painted;
    ``detail`` also keeps the peak with the store's closing (``PRAGMA optimize``)."""
    from tests.benchmarks import data

    data.cso_store(scale, keep)
    people, _rows = data.sizes(scale)
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "SAPHAN_PASSWORD": data.PASSWORD}
    proc = subprocess.Popen(
        [sys.executable, "-c", REGISTRY_OPEN, str(data.database_path(scale))],
        cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True,
    )  # fmt: skip
    assert proc.stdout is not None
    out = proc.stdout.read()
    _, status, usage = os.wait4(proc.pid, 0)
    if os.waitstatus_to_exitcode(status) != 0 or SHOWN not in out:
        raise RuntimeError(f"the app on the {scale}x database did not start (exit {status})")
    said = {
        " ".join(line.split()[:-1]): int(line.split()[-1])
        for line in out.splitlines()
        if line.startswith(("registry rows ", "peak kib "))
    }
    mb = round(said["peak kib"] / 1024, 1)  # ru_maxrss is in KiB on Linux
    return Measure(
        MEMORY_FIGURE, scale, f"{people:,} people", mb, runs_ms=[mb],
        detail={
            "registry_rows": said.get("registry rows", 0),
            "ru_maxrss_kib_open": said["peak kib"],
            # (ru_maxrss of the child: at least the runner's own peak at fork, see above)
            "ru_maxrss_kib_with_closing": usage.ru_maxrss,
        },
        unit="MB",
    )  # fmt: skip


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


def word_export(runs: int) -> Measure:
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
    return Measure(
        "Word export, 12-step plan", 1, "12 steps", round(e * 1000, 1),
        "saving an empty python-docx document", round(b * 1000, 1),
        [round(x * 1000, 1) for x in export], [round(x * 1000, 1) for x in empty],
    )  # fmt: skip


# --- The suite ----------------------------------------------------------------------------------

EXTRA_GOALS = [
    Goal("cold start to main window (sign-in with password)", scale=1, max_ms=1500),
    Goal("Word export, 12-step plan", scale=1, max_ms=1000),
    Goal(MEMORY_FIGURE, scale=4, max_ms=250, unit="MB"),
]


def modules(only: str | None) -> list[ModuleType]:
    """Every bench_*.py with a ``bench`` function (``only``: those whose name contains one of
    its comma-separated words, e.g. "counting,bundle")."""
    words = [w.strip() for w in (only or "").split(",") if w.strip()]
    found = []
    for path in sorted(HERE.glob("bench_*.py")):
        if words and not any(w in path.stem for w in words):
            continue
        module = importlib.import_module(f"tests.benchmarks.{path.stem}")
        if callable(getattr(module, "bench", None)):
            found.append(module)
    return found


def growth(by_scale: dict[int, Measure]) -> float | None:
    """b in time ~ size^b from the smallest to the largest scale (None: one scale)."""
    scales = sorted(by_scale)
    if len(scales) < 2:
        return None
    lo, hi = by_scale[scales[0]], by_scale[scales[-1]]
    if lo.ms <= 0 or hi.ms <= 0:
        return None
    return math.log(hi.ms / lo.ms) / math.log(scales[-1] / scales[0])


def _fmt_ms(ms: float | None, unit: str = "ms") -> str:
    if ms is None:
        return ""
    if unit != "ms":
        return f"{ms:.0f} {unit}"
    return f"{ms:.1f} ms" if ms < 10_000 else f"{ms / 1000:.1f} s"


def verdicts(
    measures: list[Measure], goals: list[Goal], scales: list[int]
) -> list[dict[str, object]]:
    """One line per figure (in the order first measured)."""
    figures: dict[str, dict[int, Measure]] = {}
    for m in measures:
        figures.setdefault(m.figure, {})[m.scale] = m
    goal_of = {g.figure: g for g in goals}
    lines = []
    for figure, by_scale in figures.items():
        goal = goal_of.get(figure)
        at = by_scale.get(goal.scale) if goal else None
        shown = at or by_scale[max(by_scale)]
        b = growth(by_scale)
        linear = b is None or b <= WORSE_THAN_LINEAR
        if goal is None:
            verdict = "info"
        elif at is None:
            verdict = f"not run at {goal.scale}x"
        else:
            verdict = "pass" if goal.met(at) else "MISS"
        if not linear:
            verdict += ", WORSE THAN LINEAR"
        lines.append(
            {
                "figure": figure,
                "floor": shown.floor,
                "times": {s: by_scale[s].ms for s in scales if s in by_scale},
                "floor_ms": shown.floor_ms,
                "ratio": shown.ratio,
                "ratio_at": shown.scale,
                "goal": goal.text if goal else "",
                "verdict": verdict,
                "growth": b,
                "ok": (goal is None or (at is not None and goal.met(at))) and linear,
                "unit": shown.unit,
            }
        )
    return lines


def table(lines: list[dict[str, object]], scales: list[int]) -> str:
    head = ("figure", "floor", *(f"{s}x" for s in scales), "floor ms", "ratio", "goal",
            "pass/miss", "growth")  # fmt: skip
    cells = []
    for line in lines:
        times = line["times"]
        assert isinstance(times, dict)
        ratio = line["ratio"]
        b = line["growth"]
        cells.append(
            (
                str(line["figure"]),
                str(line["floor"]),
                *(_fmt_ms(times.get(s), str(line["unit"])) for s in scales),
                _fmt_ms(line["floor_ms"], str(line["unit"])),  # type: ignore[arg-type]
                "" if ratio is None else f"{ratio:.2f}x at {line['ratio_at']}x",
                str(line["goal"]),
                str(line["verdict"]),
                "" if b is None else f"size^{b:.2f}",
            )
        )
    widths = [max(len(head[i]), *(len(c[i]) for c in cells)) for i in range(len(head))]
    out = ["| " + " | ".join(h.ljust(w) for h, w in zip(head, widths, strict=True)) + " |"]
    out.append("|" + "|".join("-" * (w + 2) for w in widths) + "|")
    for c in cells:
        out.append("| " + " | ".join(x.ljust(w) for x, w in zip(c, widths, strict=True)) + " |")
    return "\n".join(out)


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
    parser.add_argument("--scales", default="1,4", help="comma-separated, of 1, 4, 16")
    parser.add_argument("--runs", type=int, default=3, help="timings per figure (median)")
    parser.add_argument(
        "--only", help="only the bench_*.py files whose name contains this (or one of a,b)"
    )
    parser.add_argument("--quick", action="store_true", help="tiny sizes: a smoke run")
    parser.add_argument("--no-start", action="store_true", help="leave out start-up and Word")
    parser.add_argument("--data", type=Path, help="keep the synthetic databases in this folder")
    parser.add_argument(
        "--out", type=Path, default=Path(tempfile.gettempdir()) / "saphan-benchmarks.json"
    )
    args = parser.parse_args(argv)
    scales = sorted({int(s) for s in args.scales.split(",") if s.strip()})
    if args.only and not modules(args.only) and "memory" not in args.only.split(","):
        print(f"no benchmark matches --only {args.only!r}", file=sys.stderr)
        return 2
    if args.quick:
        row_format.PEOPLE_PER_SCALE, row_format.ATTENDANCE_PER_SCALE = 500, 5_000
        from tests.benchmarks import bench_merge, data

        data.PEOPLE_PER_SCALE, data.ATTENDANCE_PER_SCALE = 500, 5_000
        bench_merge.CSOS_PER_SCALE = 2
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    started = time.perf_counter()
    load_before = machine()["load_average"]
    measures: list[Measure] = []
    goals: list[Goal] = list(EXTRA_GOALS)
    from tests.benchmarks import data

    try:
        for module in modules(args.only):
            goals += list(getattr(module, "GOALS", []))
            for scale in scales:
                name = module.__name__.rsplit(".", 1)[1]
                print(f"{name} at {scale}x ...", flush=True)
                # (a benchmark that keeps no database takes no ``keep``)
                takes_keep = len(inspect.signature(module.bench).parameters) >= 3
                extra = (args.data,) if takes_keep else ()
                measures += module.bench(scale, args.runs, *extra)
        if not args.no_start and (not args.only or "memory" in args.only.split(",")):
            for scale in scales:
                print(f"peak memory at {scale}x ...", flush=True)
                measures.append(peak_memory(scale, args.data))
    finally:
        data.close_all()
    rss_kib = 0
    if not args.no_start and not args.only:
        measures.append(signed_in_start(max(args.runs, 3)))
        start_row, rss_kib = cold_start(max(args.runs, 3))
        measures.append(start_row)
        measures.append(word_export(max(args.runs, 3)))
    lines = verdicts(measures, goals, scales)
    print()
    print(table(lines, scales))
    self_kib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    # (the demo's ru_maxrss includes this runner's own peak when it forked: see peak_kib)
    print(f"\npeak memory of this runner: {self_kib / 1024:.0f} MB")
    total = time.perf_counter() - started
    load = machine()["load_average"]
    print(f"\n{len(measures)} measures in {total:.0f} s; load average before {load_before}, "
          f"after {load}; wrote {args.out}")  # fmt: skip
    report = {
        "when": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
        "quick": args.quick,
        "scales": scales,
        "runs": args.runs,
        "seconds": round(total, 1),
        "machine": machine(),
        "load_average_before": load_before,
        "peak_memory_kib": {"demo": rss_kib, "run": self_kib},
        "figures": lines,
        "measures": [asdict(m) for m in measures],
    }
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(report, indent=2, default=str), encoding="utf-8")
    return 0 if all(line["ok"] for line in lines) else 1


if __name__ == "__main__":
    sys.exit(main())
