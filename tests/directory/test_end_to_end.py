"""End to end: 25 CSOs, each in its own process with its own encrypted database, publish into
one shared folder at the same time while the coordinator merges again and again. Every merge
sees only complete files, and the final merge equals what the 25 databases give directly."""

from __future__ import annotations

import datetime as dt
import multiprocessing as mp
import time
from pathlib import Path
from typing import Any

from db import keys, setup
from db.demo import fill_demo_data
from db.sharing import last_bundle_revision
from directory import folder, merge, signing
from directory import network as net
from directory.bundle import build_bundle
from directory.sharing import keys as sharing_keys
from tests.directory.conftest import COORDINATOR_KEY, TODAY

CSOS = [f"C{n:02d}" for n in range(1, 26)]
PUBLISHES = 2
PASSWORD = "mae-sot-2026"


def _db(root: Path, code: str) -> Path:
    return root / "csos" / code / "saphan.db"


def _cso_process(root: Path, code: str, keys_out: Any, go: Any) -> None:
    # A fresh process: cheap key derivation must be set here too.
    keys.DEFAULT_KDF = keys.KdfParams(time_cost=1, memory_kib=1024, parallelism=1)
    store = setup.create_cso_database(
        _db(root, code),
        cso_code=code,
        cso_name=f"CSO {code}",
        admin_username="admin",
        admin_full_name="Admin",
        admin_password=PASSWORD,
    ).store
    try:
        keys_out.put((code, sharing_keys.cso_public_key(store).hex()))
        go.wait(60)
        network = folder.read_network(root / "shared", net.signing.public_key_hex(COORDINATOR_KEY))
        seed = int(code[1:])
        for n in range(PUBLISHES):
            fill_demo_data(store, 6 + seed % 7, seed=seed * 10 + n, today=TODAY)
            folder.publish_bundle(store, network, root / "shared", today=TODAY)
    finally:
        store.close()


def test_25_csos_publish_while_the_coordinator_merges(tmp_path: Path) -> None:
    ctx = mp.get_context("fork")
    keys_q = ctx.Queue()
    go = ctx.Event()
    procs = [
        ctx.Process(target=_cso_process, args=(tmp_path, code, keys_q, go), daemon=True)
        for code in CSOS
    ]
    for p in procs:
        p.start()
    network = net.create_network("maesot", "Mae Sot", COORDINATOR_KEY, threshold=3)
    for _ in CSOS:
        code, key = keys_q.get(timeout=120)
        pub = bytes.fromhex(key)
        network = net.add_member(
            network,
            COORDINATOR_KEY,
            code=code,
            name=f"CSO {code}",
            public_key=pub,
            fingerprint=signing.key_fingerprint(pub),
        )
    folder.write_network(tmp_path / "shared", network)
    go.set()

    seen: dict[str, int] = {}
    merges = 0
    deadline = time.monotonic() + 120
    while any(p.is_alive() for p in procs) and time.monotonic() < deadline:
        result = folder.read_bundles(tmp_path / "shared", network, seen)
        assert result.rejected == [], result.rejected  # never a torn or partial file
        assert all(result.seen[c] >= seen.get(c, 0) for c in seen)
        seen = result.seen
        merge.merge(result.accepted, network)
        merges += 1
        time.sleep(0.2)  # leave the two CPUs of a CI runner to the CSOs
    for p in procs:
        p.join(30)
        assert p.exitcode == 0
    final = folder.read_bundles(tmp_path / "shared", network, seen)
    assert final.rejected == []
    assert sorted(b.cso.code for b in final.accepted) == CSOS
    report = merge.merge(final.accepted, network)
    assert merges >= 1

    # The same figures straight from the 25 databases, with the same suppression.
    expected: dict[tuple[str, str], list[int]] = {}
    withheld: dict[tuple[str, str], list[int]] = {}
    for code in CSOS:
        store = setup.open_database(_db(tmp_path, code), "admin", PASSWORD)
        try:
            direct = build_bundle(store, network, today=TODAY)
            last = last_bundle_revision(store)
        finally:
            store.close()
        published = next(b for b in final.accepted if b.cso.code == code)
        assert published.revision == last  # the last of its publishes
        assert direct.programmes == published.programmes
        assert direct.referrals == published.referrals
        for p in direct.programmes:
            for period, people in [(m.period, m.people) for m in p.months] + [
                ("cumulative", p.cumulative)
            ]:
                known = expected.setdefault((p.programme, period), [0] * len(people))
                hidden = withheld.setdefault((p.programme, period), [0] * len(people))
                for i, v in enumerate(people):
                    if v is None:
                        hidden[i] += 1
                    else:
                        known[i] += v
    assert set(report.people) == set(expected)
    for key, figures in report.people.items():
        assert [f.known for f in figures] == expected[key]
        assert [f.withheld for f in figures] == withheld[key]
    assert all(
        all(months[m] for m in ("2025-01", "2026-06")) for months in report.completeness.values()
    )
    assert dt.date(2026, 6, 15) == TODAY
