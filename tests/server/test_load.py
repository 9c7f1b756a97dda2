"""Load, on loopback only: 25 CSO clients x 200 uploads each, concurrently, against a uvicorn
subprocess. No upload is lost or duplicated; every final revision is the highest sent.

The full run is the default (about 5,000 uploads). SAPHAN_LOAD_UPLOADS and SAPHAN_LOAD_CSOS
make it smaller (or larger), e.g. ``SAPHAN_LOAD_UPLOADS=1000 pytest tests/server/test_load.py``.
"""

from __future__ import annotations

import os
import statistics
import threading
import time
from collections.abc import Iterator

import httpx
import pytest

from directory import server_client as sc
from directory.bundle import Bundle
from directory.server.storage import Storage
from tests.server.conftest import ServerProcess, make_bundle, make_network, setup_network

CSOS = int(os.environ.get("SAPHAN_LOAD_CSOS", "25"))
UPLOADS = int(os.environ.get("SAPHAN_LOAD_UPLOADS", "200"))
CODES = [f"CSO{i:02d}" for i in range(CSOS)]


@pytest.fixture
def loaded(database_url: str) -> Iterator[tuple[ServerProcess, Storage, dict[str, str]]]:
    storage = Storage(database_url)
    storage.upgrade()
    _, tokens = setup_network(storage, make_network(CODES))
    server = ServerProcess(database_url)
    server.start()
    yield server, storage, tokens
    server.stop()
    storage.dispose()


@pytest.mark.slow
def test_25_csos_200_uploads_each(
    loaded: tuple[ServerProcess, Storage, dict[str, str]],
) -> None:
    server, storage, tokens = loaded
    # Signed before the clock starts: the test measures the server, not the signing.
    bundles: dict[str, list[Bundle]] = {
        code: [make_bundle(code, r) for r in range(1, UPLOADS + 1)] for code in CODES
    }
    latencies: list[float] = []
    outcomes: dict[str, list[int]] = {code: [] for code in CODES}
    errors: list[BaseException] = []
    lock = threading.Lock()

    def cso(code: str) -> None:
        mine: list[float] = []
        try:
            with httpx.Client(timeout=30) as http:
                for bundle in bundles[code]:
                    start = time.perf_counter()
                    result = sc.publish_to_server(
                        bundle, server.url, "maesot", tokens[code], client=http, backoff=0.05
                    )
                    mine.append(time.perf_counter() - start)
                    outcomes[code].append(result.revision if result.stored else -result.revision)
        except BaseException as exc:
            errors.append(exc)
        with lock:
            latencies.extend(mine)

    started = time.perf_counter()
    threads = [threading.Thread(target=cso, args=(code,)) for code in CODES]
    for t in threads:
        t.start()
    for t in threads:
        t.join(300)
    elapsed = time.perf_counter() - started
    assert not errors, errors[:3]
    for code in CODES:
        # Every upload stored exactly once, in order (no retry ever found its own upload).
        assert outcomes[code] == list(range(1, UPLOADS + 1)), code
        assert storage.bundle_revision("maesot", code) == UPLOADS
    assert storage.counts()["bundles"] == CSOS
    p95 = statistics.quantiles(latencies, n=20)[-1]
    total = len(latencies)
    print(
        f"\nload ({storage.engine.dialect.name}): {total} uploads by {CSOS} CSOs in "
        f"{elapsed:.1f} s ({total / elapsed:.0f}/s); latency median "
        f"{statistics.median(latencies) * 1000:.1f} ms, p95 {p95 * 1000:.1f} ms, "
        f"max {max(latencies) * 1000:.1f} ms"
    )
