"""One worker process for the whole fuzz run (see tests/fuzz/worker.py)."""

from __future__ import annotations

import sys
from collections.abc import Iterator

import pytest

from tests.fuzz.harness import Worker


@pytest.fixture(scope="session")
def worker(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Worker]:
    if sys.platform == "win32":
        pytest.skip("the fuzz worker needs POSIX pipes and select()")
    w = Worker(tmp_path_factory.mktemp("fuzz"))
    w.start()
    yield w
    w.stop()
