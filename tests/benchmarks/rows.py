"""The row format the benchmark runner reads (see tests/benchmarks/README.md).

A benchmark module ``tests/benchmarks/bench_*.py`` defines ``bench(scale, runs) -> list[Measure]``
and, optionally, ``GOALS: list[Goal]``; :mod:`tests.benchmarks.run_all` collects them.
"""

from __future__ import annotations

import gc
import statistics
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

SCALES = (1, 4, 16)
PEOPLE_PER_SCALE = 12_500
ATTENDANCE_PER_SCALE = 312_500


@dataclass(frozen=True)
class Measure:
    """One figure at one scale: the median of ``runs_ms``, against its floor's median."""

    figure: str
    scale: int
    size: str
    ms: float
    floor: str = ""
    floor_ms: float | None = None
    runs_ms: list[float] = field(default_factory=list)
    floor_runs_ms: list[float] = field(default_factory=list)
    detail: dict[str, Any] = field(default_factory=dict)
    # What ``ms`` (and ``floor_ms``) count: milliseconds, or "MB" for peak memory.
    unit: str = "ms"

    @property
    def ratio(self) -> float | None:
        if self.floor_ms is None or self.floor_ms <= 0:
            return None
        return self.ms / self.floor_ms


@dataclass(frozen=True)
class Goal:
    """The goal of ``figure``, stated at ``scale``: under ``max_ms`` and/or at most
    ``max_ratio`` times its floor."""

    figure: str
    scale: int
    max_ms: float | None = None
    max_ratio: float | None = None
    unit: str = "ms"  # of max_ms: "MB" for peak memory

    @property
    def text(self) -> str:
        parts = []
        if self.max_ms is not None and self.unit != "ms":
            parts.append(f"< {self.max_ms:g} {self.unit}")
        elif self.max_ms is not None:
            parts.append(
                f"< {self.max_ms:g} ms" if self.max_ms < 10_000 else f"< {self.max_ms / 1000:g} s"
            )
        if self.max_ratio is not None:
            parts.append(f"<= {self.max_ratio:g}x floor")
        return ", ".join(parts) + f" at {self.scale}x"

    def met(self, m: Measure) -> bool:
        if self.max_ms is not None and m.ms >= self.max_ms:
            return False
        if self.max_ratio is not None:
            ratio = m.ratio
            if ratio is None or ratio > self.max_ratio:
                return False
        return True


def median(values: list[float]) -> float:
    return statistics.median(values)


def time_pair(
    fn: Callable[[], object], floor_fn: Callable[[], object] | None, runs: int
) -> tuple[list[float], list[float]]:
    """Milliseconds of ``runs`` calls of ``fn`` and of ``floor_fn``, alternately (so that both
    see the same machine load), after one warm-up call of each, garbage collection paused."""
    fn()
    if floor_fn is not None:
        floor_fn()
    out: tuple[list[float], list[float]] = ([], [])
    gc.collect()
    gc.disable()
    try:
        for _ in range(runs):
            for f, times in ((fn, out[0]), (floor_fn, out[1])):
                if f is None:
                    continue
                start = time.perf_counter()
                f()
                times.append((time.perf_counter() - start) * 1000)
    finally:
        gc.enable()
    return out


def measure(
    figure: str,
    scale: int,
    size: str,
    fn: Callable[[], object],
    runs: int,
    *,
    floor: str = "",
    floor_fn: Callable[[], object] | None = None,
    detail: dict[str, Any] | None = None,
) -> Measure:
    """Time ``fn`` (and its floor) and make the row."""
    times, floor_times = time_pair(fn, floor_fn, runs)
    return Measure(
        figure=figure,
        scale=scale,
        size=size,
        ms=round(median(times), 2),
        floor=floor,
        floor_ms=round(median(floor_times), 2) if floor_times else None,
        runs_ms=[round(t, 2) for t in times],
        floor_runs_ms=[round(t, 2) for t in floor_times],
        detail=detail or {},
    )
