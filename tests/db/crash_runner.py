"""Run as one separate process by test_crash_operations: runs ``saphan`` commands in forked
children and kills them with SIGKILL, either just before their Nth rename or after a delay.

Starting Python and importing Saphan costs about a second; forking this process, which has
imported everything once, costs milliseconds, so the crash suite can afford many kill points.
This process stays single-threaded, so forking it is safe.

Protocol: one JSON request per line on stdin, one JSON answer per line on stdout.
Request: ``{"argv": [...], "env": {...}, "log": PATH, "kill_at_rename": N | null,
"kill_at_call": ["module:function", N] | null, "kill_after": SECONDS | null}``. Answer:
``{"killed": bool, "code": EXIT_CODE | null, "seconds": ELAPSED}``.
"""

from __future__ import annotations

import importlib
import json
import os
import signal
import sys
import time
import traceback
from typing import Any

# Everything the commands use, imported before forking (and the cheap key derivation of the
# tests, so a setup in a child is quick).
import alembic.command  # noqa: F401
import docx  # noqa: F401
import keyring
import openpyxl  # noqa: F401

import db.backup
import db.demo
import db.importing
import db.records_export
import db.team.enrol
import db.team.sync  # noqa: F401
import desktop.cli.activity_report
import desktop.cli.team
import desktop.plans.docx_export  # noqa: F401
import directory.bundle
import directory.folder
import directory.sharing.state  # noqa: F401
from db import keys
from desktop import cli
from tests.conftest import MemoryKeyring

keys.DEFAULT_KDF = keys.KdfParams(time_cost=1, memory_kib=1024, parallelism=1)
keyring.set_keyring(MemoryKeyring())

_real_replace = os.replace
_real_rename = os.rename


def _die_before_rename(n: int) -> None:
    """Every rename in the child (``os.replace``, ``os.rename``, and so ``Path.replace`` and
    ``shutil.move``) counts; the Nth kills the process before it happens."""
    count = 0

    def counting(real: Any) -> Any:
        def rename(*args: Any, **kwargs: Any) -> None:
            nonlocal count
            count += 1
            if count == n:
                os.kill(os.getpid(), signal.SIGKILL)
            real(*args, **kwargs)

        return rename

    os.replace = counting(_real_replace)
    os.rename = counting(_real_rename)


def _die_at_call(target: str, n: int) -> None:
    """The Nth call of ``target`` ("module:function", or "module:Class.method") kills the
    process before it runs: a precise moment inside an operation, e.g. just before a segment
    is noted as applied."""
    module_name, _, qualname = target.partition(":")
    owner: Any = importlib.import_module(module_name)
    *path, name = qualname.split(".")
    for part in path:
        owner = getattr(owner, part)
    real = getattr(owner, name)
    count = 0

    def call(*args: Any, **kwargs: Any) -> Any:
        nonlocal count
        count += 1
        if count == n:
            os.kill(os.getpid(), signal.SIGKILL)
        return real(*args, **kwargs)

    setattr(owner, name, call)


def _child(request: dict[str, Any]) -> int:
    fd = os.open(request["log"], os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    os.dup2(fd, 1)
    os.dup2(fd, 2)
    os.environ.update(request.get("env") or {})
    if request.get("kill_at_rename"):
        _die_before_rename(int(request["kill_at_rename"]))
    if request.get("kill_at_call"):
        target, n = request["kill_at_call"]
        _die_at_call(str(target), int(n))
    try:
        return cli.main(list(request["argv"]))
    except BaseException:
        traceback.print_exc()
        return 99


def run(request: dict[str, Any]) -> dict[str, Any]:
    started = time.monotonic()
    pid = os.fork()
    if pid == 0:
        code = 99
        try:
            code = _child(request)
        finally:
            sys.stdout.flush()
            sys.stderr.flush()
            os._exit(code)
    kill_after = request.get("kill_after")
    deadline = started + (float(kill_after) if kill_after is not None else 120.0)
    while True:
        done, status = os.waitpid(pid, os.WNOHANG)
        if done:
            break
        if time.monotonic() >= deadline:
            os.kill(pid, signal.SIGKILL)
            _, status = os.waitpid(pid, 0)
            break
        time.sleep(0.001)
    seconds = time.monotonic() - started
    if os.WIFSIGNALED(status):
        return {"killed": os.WTERMSIG(status) == signal.SIGKILL, "code": None, "seconds": seconds}
    return {"killed": False, "code": os.WEXITSTATUS(status), "seconds": seconds}


def main() -> None:
    print(json.dumps({"ready": True}), flush=True)
    for line in sys.stdin:
        if line.strip():
            print(json.dumps(run(json.loads(line))), flush=True)


if __name__ == "__main__":
    main()
