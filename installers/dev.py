#!/usr/bin/env python3
"""Prepare Saphan's virtual environment and run it: the README's two commands.

    python3 installers/dev.py demo     # open the app on a throw-away demo CSO
    python3 installers/dev.py test     # lint, layer contracts, type checks and the test suite
                                       # (on every core: SAPHAN_TEST_WORKERS=0 for one process)
    python3 installers/dev.py bench    # the benchmarks: one table, a JSON file (not in test)
    python3 installers/dev.py new-language ksw "ကညီ"   # a catalogue for a new language
    python3 installers/dev.py screenshots [FOLDER] [--readme]
        # every page and the main dialogs in en/my/th on a 1366×768 screen at 100 % and 125 %,
        # as PNGs in FOLDER (default build/screenshots), with what does not fit listed;
        # --readme also renews the README's screenshot (resources/screenshots/registry.png)

Each creates ``.venv`` next to the project on first use and reinstalls only when
pyproject.toml has changed. Needs nothing but Python 3.11 or newer.
"""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
VENV = ROOT / ".venv"
STAMP = VENV / ".saphan-installed"


def venv_python() -> Path:
    if os.name == "nt":
        return VENV / "Scripts" / "python.exe"
    return VENV / "bin" / "python"


def ensure_environment() -> Path:
    if sys.version_info < (3, 11):  # noqa: UP036 -- this script may be run by an older Python
        sys.exit("Saphan needs Python 3.11 or newer (this is {}.{}).".format(*sys.version_info[:2]))
    py = venv_python()
    if not py.exists():
        print("Creating the virtual environment in .venv ...", flush=True)
        venv.EnvBuilder(with_pip=True, clear=True).create(VENV)
    wanted = hashlib.sha256((ROOT / "pyproject.toml").read_bytes()).hexdigest()
    if not STAMP.exists() or STAMP.read_text().strip() != wanted:
        print(
            "Installing Saphan and its dependencies (first run takes a few minutes) ...", flush=True
        )
        quiet = ["--quiet", "--disable-pip-version-check"]
        subprocess.run([str(py), "-m", "pip", "install", *quiet, "--upgrade", "pip"], check=True)
        subprocess.run(
            [str(py), "-m", "pip", "install", *quiet, "--editable", f"{ROOT}[test]"], check=True
        )
        STAMP.write_text(wanted)
    return py


def run(cmd: list[str]) -> int:
    print("$", " ".join(Path(c).name if i == 0 else c for i, c in enumerate(cmd)), flush=True)
    return subprocess.run(cmd, cwd=ROOT).returncode


def parallel(args: list[str]) -> list[str]:
    """pytest-xdist options: one worker per CPU core (at most 4), tests handed out as workers
    free up, so the long ones (load, team convergence) run beside the rest. None when the
    caller chose (``-n``, ``-p no:xdist``) or there is one core. SAPHAN_TEST_WORKERS=N sets
    the number (0: no workers, one process as before)."""
    if any(a == "-n" or a.startswith(("-n", "--numprocesses")) or "xdist" in a for a in args):
        return []
    wanted = os.environ.get("SAPHAN_TEST_WORKERS", "").strip()
    workers = int(wanted) if wanted.isdigit() else min(os.cpu_count() or 1, 4)
    if workers < 2:
        return []
    return ["-n", str(workers), "--dist", "worksteal"]


def screenshots(py: str, args: list[str]) -> int:
    """The gallery (desktop/gallery.py) at 100 % and 125 %; the README's picture with --readme."""
    readme = "--readme" in args
    folders = [a for a in args if not a.startswith("--")]
    out = Path(folders[0]) if folders else ROOT / "build" / "screenshots"
    codes = [
        run([py, "-m", "desktop.gallery", "--out", str(out), "--scale", scale, "en", "my", "th"])
        for scale in ("1", "1.25")
    ]
    if readme:
        import shutil

        shutil.copyfile(
            out / "100" / "en-page-beneficiaries.png", ROOT / "resources/screenshots/registry.png"
        )
        print("README screenshot: resources/screenshots/registry.png")
    print(f"screenshots in {out}")
    return max(codes)


def main(argv: list[str]) -> int:
    if not argv or argv[0] not in {"demo", "test", "check", "new-language", "screenshots", "bench"}:
        print(__doc__)
        return 2
    py = str(ensure_environment())
    what, rest = argv[0], argv[1:]
    if what == "demo":
        return run([py, "-m", "desktop", "--demo", *rest])
    if what == "new-language":  # see docs/translating.md
        return run([py, str(ROOT / "installers" / "i18n.py"), "new-language", *rest])
    if what == "screenshots":
        return screenshots(py, rest)
    if what == "bench":  # tests/benchmarks/README.md: --scales 1,4,16, --quick, --out FILE
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        return run([py, "-m", "tests.benchmarks.run_all", *rest])
    checks = [
        [py, "-m", "ruff", "check", "."],
        [py, "-m", "ruff", "format", "--check", "."],
        [str(Path(py).parent / ("lint-imports.exe" if os.name == "nt" else "lint-imports"))],
        [py, "-m", "mypy"],
    ]
    failed = [c for c in checks if run(c) != 0]
    if what == "check":
        return 1 if failed else 0
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    has_xdist = subprocess.run([py, "-c", "import xdist"], capture_output=True).returncode == 0
    code = run([py, "-m", "pytest", *(parallel(rest) if has_xdist else []), *rest])
    if failed:
        print(f"{len(failed)} check(s) failed before the tests ran; see above.", flush=True)
        return 1
    return code


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
