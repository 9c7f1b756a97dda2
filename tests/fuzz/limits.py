"""CPU-time limits for tests of hostile input: a block that computes too long is interrupted,
so a test of a quadratic reader fails in seconds instead of hanging the run.

The limit is on the process's CPU time, not the wall clock, so a machine shared with other
work does not make a test fail (and a test still fails fast on a reader that spins).
"""

from __future__ import annotations

import signal
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager


class TookTooLong(AssertionError):
    pass


@contextmanager
def cpu_limit(seconds: float) -> Iterator[None]:
    """Fail when the block uses more than ``seconds`` of CPU time. Interrupts it with SIGPROF
    where there is one (POSIX, main thread: Python code and regular expressions see the
    signal); elsewhere the time is only checked when the block ends."""
    interrupt = (
        hasattr(signal, "setitimer") and threading.current_thread() is threading.main_thread()
    )
    start = time.process_time()

    def expire(signum: int, frame: object) -> None:
        raise TookTooLong(f"still computing after {seconds} s of CPU time")

    if interrupt:
        previous = signal.signal(signal.SIGPROF, expire)
        signal.setitimer(signal.ITIMER_PROF, seconds)
    try:
        yield
    finally:
        if interrupt:
            signal.setitimer(signal.ITIMER_PROF, 0)
            signal.signal(signal.SIGPROF, previous)
    used = time.process_time() - start
    if used > seconds:
        raise TookTooLong(f"took {used:.2f} s of CPU time, more than {seconds} s")
