"""Coordinator merge speed: 25 bundles of 24 months with full disaggregations.

    .venv/bin/python -m tests.benchmarks.bench_merge [--csos 25] [--months 24] [--runs 5]

Writes 25 signed bundles (7 programmes x 24 months x the full 336-value cube, plus the
cumulative cube, suppressed as a CSO would) into a shared folder, then times:

- ``json.load`` of the same files alone (the floor: reading and parsing),
- ``read_bundles`` (size and depth checks, schema validation, signature checks),
- ``merge`` of the accepted bundles,
- read + merge together (what the coordinator waits for).

Goal: read + merge <= 3x the bare json.load, and well under 1 s.
"""

from __future__ import annotations

import argparse
import json
import random
import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from directory import cube, folder, merge
from directory import network as net
from directory.bundle import (
    BUNDLE_SCHEMA,
    Bundle,
    CsoProfileOut,
    MonthReach,
    PeriodCount,
    ProgrammeFigures,
    sign_bundle,
    suppress_programme,
)
from directory.signing import key_fingerprint, public_key_hex

GOAL_RATIO = 3.0
_LEAVES = [
    (s, a, g, d)
    for s in cube.SEXES[:3]
    for a in ("0-4", "5-11", "12-17", "18-59", "60+")
    for g in cube.POPULATION_GROUPS[:3]
    for d in cube.DISABILITY[:2]
]


def _cube(rng: random.Random, people: int) -> list[int]:
    leaves: dict[tuple[str, str, str, str], int] = {}
    for _ in range(people):
        key = rng.choice(_LEAVES)
        leaves[key] = leaves.get(key, 0) + 1
    return cube.from_leaves(leaves)


def make_folder(root: Path, csos: int, months: int) -> net.Network:
    coordinator = bytes(range(32))
    network = net.create_network("bench", "Benchmark network", coordinator)
    span = network.reporting_period.months()[:months]
    keys = {f"C{n:02d}": bytes([n + 1]) * 32 for n in range(csos)}
    for code, key in keys.items():
        pub = bytes.fromhex(public_key_hex(key))
        network = net.add_member(
            network, coordinator, code=code, name=code, public_key=pub,
            fingerprint=key_fingerprint(pub),
        )  # fmt: skip
    period = net.ReportingPeriod(start=span[0], end=span[-1])
    # A few distinct sets of figures, shared out among the CSOs (suppressing 175 dense
    # programmes would make the set-up, not the merge, the slow part).
    figure_sets = []
    for n in range(3):
        rng = random.Random(n)
        programmes = []
        for p in network.programmes:
            monthly = {m: _cube(rng, rng.randint(20, 200)) for m in span}
            cumulative = [sum(v) for v in zip(*monthly.values(), strict=True)]
            shown, shown_cum = suppress_programme(monthly, cumulative, 5)
            programmes.append(
                ProgrammeFigures(
                    programme=p.code,
                    months=[MonthReach(period=m, people=shown[m]) for m in span],
                    cumulative=shown_cum,
                    sessions_held=[PeriodCount(period=m, count=rng.randint(0, 30)) for m in span],
                )
            )
        figure_sets.append(programmes)
    for n, (code, key) in enumerate(keys.items()):
        programmes = figure_sets[n % len(figure_sets)]
        bundle = Bundle(
            schema=BUNDLE_SCHEMA,
            network_id=network.network_id,
            revision=1,
            created_at=net.utc_timestamp(),
            app_version="bench",
            period=period,
            suppression_threshold=5,
            cso=CsoProfileOut(code=code, name=code, public_key=public_key_hex(key)),
            services=[],
            programmes=programmes,
            referrals=[],
            participatory_projects=1,
        )
        folder.write_bundle(root, sign_bundle(bundle, key))
    return network


def _time(fn: Callable[[], object], runs: int) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--csos", type=int, default=25)
    parser.add_argument("--months", type=int, default=24)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    print(f"writing {args.csos} bundles x {args.months} months ...", flush=True)
    t = run(args.csos, args.months, args.runs)
    t_load, t_read, t_merge, t_both = t["load"], t["read"], t["merge"], t["both"]
    rows = [
        ("json.load only", t_load),
        ("read_bundles (validate + verify)", t_read),
        ("merge (parsed bundles)", t_merge),
        ("read + merge", t_both),
    ]
    print(f"\n{t['files']} files, {t['bytes'] / 1e6:.1f} MB, median of {args.runs} runs")
    print(f"{'step':36} {'ms':>8} {'x load':>8}")
    for name, seconds in rows:
        print(f"{name:36} {seconds * 1000:8.1f} {seconds / t_load:8.2f}")
    ratio = t_both / t_load
    verdict = "OK" if ratio <= GOAL_RATIO and t_both < 1.0 else "ABOVE GOAL"
    print(f"\nread + merge = {ratio:.2f}x json.load (goal <= {GOAL_RATIO}x, < 1 s): {verdict}")


def run(csos: int, months: int, runs: int) -> dict[str, float]:
    """Median seconds of json.load alone, read_bundles, merge and read + merge."""
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        network = make_folder(root, csos, months)
        files = sorted((root / folder.BUNDLES_DIR).glob("*.json"))
        size = sum(f.stat().st_size for f in files)

        def load() -> None:
            for f in files:
                with open(f, "rb") as fh:
                    json.load(fh)

        result = folder.read_bundles(root, network)
        assert not result.rejected, result.rejected
        return {
            "files": len(files),
            "bytes": size,
            "load": _time(load, runs),
            "read": _time(lambda: folder.read_bundles(root, network), runs),
            "merge": _time(lambda: merge.merge(result.accepted, network), runs),
            "both": _time(
                lambda: merge.merge(folder.read_bundles(root, network).accepted, network), runs
            ),
        }


if __name__ == "__main__":
    main()
