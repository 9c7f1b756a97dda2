"""The fuzz tests' side of :mod:`tests.fuzz.worker`: send an input, wait with a time limit,
check the outcome against the budget."""

from __future__ import annotations

import os
import select
import signal
import subprocess
import sys
import time
from pathlib import Path
from typing import IO, Any

from tests.fuzz.worker import Outcome, _receive, send

ROOT = Path(__file__).resolve().parents[2]

CPU_SECONDS = 2.0  # per input
MEMORY_BYTES = 200 * 1024 * 1024  # per input, above what the worker held before it
WALL_SECONDS = 15.0  # a reader still busy after this (CPU or not) is hung


class Hung(AssertionError):
    pass


class Worker:
    """One worker process, set up in ``folder``; started again after a hang or a crash."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.proc: subprocess.Popen[bytes] | None = None
        self.seeds: dict[str, list[bytes]] = {}
        self.runs = 0

    def start(self) -> None:
        env = {**os.environ, "PYTHONPATH": str(ROOT), "MALLOC_ARENA_MAX": "2"}
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "tests.fuzz.worker"],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            cwd=ROOT,
            env=env,
        )
        folder = self.folder / f"run{self.runs}"
        self.runs += 1
        folder.mkdir(parents=True)
        self.seeds = self._ask(("setup", str(folder)), timeout=120.0)

    def stop(self) -> None:
        proc, self.proc = self.proc, None
        if proc is None:
            return
        if proc.poll() is None:
            if proc.stdin is not None:
                proc.stdin.close()
            try:
                proc.wait(10)
            except subprocess.TimeoutExpired:
                proc.send_signal(signal.SIGKILL)
                proc.wait(10)

    def _kill(self) -> None:
        proc, self.proc = self.proc, None
        if proc is not None and proc.poll() is None:
            proc.kill()
            proc.wait(10)

    def _ask(self, request: tuple[str, Any], timeout: float) -> Any:
        assert self.proc is not None
        stdin: IO[bytes] = self.proc.stdin  # type: ignore[assignment]
        stdout: IO[bytes] = self.proc.stdout  # type: ignore[assignment]
        try:
            send(stdin, request)
        except BrokenPipeError:
            self._kill()
            raise Hung("the worker died before reading the input") from None
        ready, _, _ = select.select([stdout], [], [], timeout)
        if not ready:
            self._kill()
            raise Hung(f"{request[0]}: no answer after {timeout:.0f} s (killed)")
        answer = _receive(stdout)
        if answer is None:
            code = self.proc.wait(10)
            self.proc = None
            raise Hung(f"{request[0]}: the worker died (exit {code})")
        return answer

    def run(self, reader: str, data: bytes) -> Outcome:
        if self.proc is None:
            self.start()
        start = time.monotonic()
        try:
            answer = self._ask((reader, data), WALL_SECONDS)
        except Hung as exc:
            raise Hung(f"{exc} after {time.monotonic() - start:.1f} s") from None
        return Outcome(**answer)


def check(outcome: Outcome, what: str) -> None:
    """The reader ended as documented, within the time and memory budget."""
    assert outcome.kind != "untyped", f"{what}: ended in\n{outcome.detail}"
    assert outcome.cpu_seconds <= CPU_SECONDS, (
        f"{what}: {outcome.cpu_seconds:.2f} s of CPU time ({outcome.kind} {outcome.detail})"
    )
    if outcome.memory_bytes is not None:
        assert outcome.memory_bytes <= MEMORY_BYTES, (
            f"{what}: {outcome.memory_bytes / 2**20:.0f} MB more memory "
            f"({outcome.kind} {outcome.detail})"
        )
