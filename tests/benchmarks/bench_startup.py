"""Cold start to the sign-in window, against a bare PySide6 window, each in a fresh process.

    .venv/bin/python -m tests.benchmarks.bench_startup [--runs 3]

The figure: ``saphan --db PATH`` (``python -m desktop``) on an existing CSO database, from
starting the process to the sign-in window painted (the app prints
``desktop.app.SIGN_IN_SHOWN`` then, when ``SAPHAN_SMOKE_SIGN_IN`` is set, and quits). The floor:
a process that imports PySide6 and paints one empty window, the least any Qt app pays. Both
run alternately, offscreen, with a private home folder (no remembered user). Start-up does not
depend on how many people the database holds: it is measured once, at scale 1.
Row format: tests/benchmarks/README.md.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from tests.benchmarks.rows import Goal, Measure, measure

ROOT = Path(__file__).resolve().parents[2]
FIGURE = "cold start to the sign-in window"
GOALS = [Goal(FIGURE, scale=1, max_ratio=3)]
SHOWN = "saphan: sign-in window shown"  # desktop.app.SIGN_IN_SHOWN (not imported: Qt)

_BARE = (
    "from PySide6.QtWidgets import QApplication, QWidget\n"
    "app = QApplication([])\n"
    "w = QWidget()\n"
    "w.resize(420, 260)\n"
    "w.show()\n"
    "w.repaint()\n"
    "print('shown', flush=True)\n"
)


def _until(args: list[str], env: dict[str, str], line: str) -> None:
    """Start the process and return once it printed ``line`` (the clock stops there)."""
    with subprocess.Popen(
        args, env=env, cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True
    ) as process:
        assert process.stdout is not None
        for out in process.stdout:
            if out.rstrip("\n") == line:
                break
        else:
            raise RuntimeError(f"{args[1:3]} ended without printing {line!r}")
        process.stdout.close()
        process.wait(timeout=60)


def _database(folder: Path) -> Path:
    """A CSO database made as setup makes it (in a child process: this one stays free of it)."""
    path = folder / "cso" / "saphan.db"
    code = (
        "import sys; from pathlib import Path; from db import setup\n"
        "setup.create_cso_database(Path(sys.argv[1]), cso_code='BENCH', cso_name='Bench CSO', "
        "admin_username='admin', admin_full_name='Bench admin', "
        "admin_password='benchmark-password').store.close()\n"
    )
    subprocess.run([sys.executable, "-c", code, str(path)], check=True, cwd=ROOT, env=_env(folder))
    return path


def _env(folder: Path) -> dict[str, str]:
    home = folder / "home"
    home.mkdir(exist_ok=True)
    runtime = folder / "runtime"
    runtime.mkdir(mode=0o700, exist_ok=True)
    return {
        **os.environ,
        "PYTHONPATH": str(ROOT),
        "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen"),
        "HOME": str(home),
        "XDG_CONFIG_HOME": str(home / ".config"),
        "XDG_RUNTIME_DIR": str(runtime),
        "SAPHAN_LOG_DIR": str(folder / "logs"),
        "SAPHAN_SMOKE_SIGN_IN": "1",
    }


def bench(scale: int, runs: int) -> list[Measure]:
    if scale != 1:
        return []
    with tempfile.TemporaryDirectory(prefix="saphan-bench-startup-") as name:
        folder = Path(name)
        db_path = _database(folder)
        env = _env(folder)
        app = [sys.executable, "-m", "desktop", "--db", str(db_path)]
        bare = [sys.executable, "-c", _BARE]
        return [
            measure(
                FIGURE, scale, "an empty CSO database",
                lambda: _until(app, env, SHOWN), runs,
                floor="a bare PySide6 window, in a fresh process",
                floor_fn=lambda: _until(bare, env, "shown"),
            )
        ]  # fmt: skip


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args(argv)
    start = time.perf_counter()
    for m in bench(1, args.runs):
        ratio = m.ratio or 0.0
        verdict = "pass" if GOALS[0].met(m) else "MISS"
        print(
            f"{m.figure}: {m.ms:.0f} ms, floor {m.floor_ms:.0f} ms ({m.floor}), {ratio:.2f}x, "
            f"goal {GOALS[0].text}: {verdict}; runs {m.runs_ms} / {m.floor_runs_ms}"
        )
    print(f"({time.perf_counter() - start:.0f} s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
