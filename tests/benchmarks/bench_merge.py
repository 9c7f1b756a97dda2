"""Coordinator merge speed: CSOs' bundles of 24 months with full disaggregations.

Writes the bundles (7 programmes x 24 months x the full 336-value cube, plus the cumulative
cube, suppressed as a CSO would) into a shared folder, then times reading and merging them:

- cold: the first read of the folder (every file parsed, validated and its signature checked),
  then the merge; floor: ``json.loads`` of the same bytes;
- again: the coordinator reading the same folder again (unchanged files are not validated
  again, :func:`directory.folder.read_bundles`), then the merge.

25 bundles at 1x, 100 at 4x, 400 at 16x.
"""

from __future__ import annotations

import json
import random
import tempfile
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
from tests.benchmarks.rows import Goal, Measure, measure

CSOS_PER_SCALE = 25
MONTHS = 24
FIGURE = "merge 24 months, first read"
GOALS = [Goal(FIGURE, scale=1, max_ratio=2.0)]
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


# The suppressed figure sets, made once per run (suppression is the slow part of the set-up).
_FIGURE_SETS: dict[tuple[str, ...], list[list[ProgrammeFigures]]] = {}


def make_folder(root: Path, csos: int, months: int) -> net.Network:
    coordinator = bytes(range(32))
    network = net.create_network("bench", "Benchmark network", coordinator)
    span = network.reporting_period.months()[:months]
    keys = {f"C{n:02d}": (n + 1).to_bytes(2, "big") * 16 for n in range(csos)}
    for code, key in keys.items():
        pub = bytes.fromhex(public_key_hex(key))
        network = net.add_member(
            network, coordinator, code=code, name=code, public_key=pub,
            fingerprint=key_fingerprint(pub),
        )  # fmt: skip
    period = net.ReportingPeriod(start=span[0], end=span[-1])
    # A few distinct sets of figures, shared out among the CSOs (suppressing 175 dense
    # programmes would make the set-up, not the merge, the slow part).
    figure_sets = _FIGURE_SETS.setdefault(tuple(span), [])
    for n in range(len(figure_sets), 3):
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
            programmes=figure_sets[n % len(figure_sets)],
            referrals=[],
            participatory_projects=1,
        )
        folder.write_bundle(root, sign_bundle(bundle, key))
    return network


def bench(scale: int, runs: int, keep: Path | None = None) -> list[Measure]:
    csos = CSOS_PER_SCALE * scale
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        network = make_folder(root, csos, MONTHS)
        files = sorted((root / folder.BUNDLES_DIR).glob("*.json"))
        size = f"{csos} bundles, {sum(f.stat().st_size for f in files) / 1e6:.1f} MB"

        def load() -> None:
            for f in files:
                json.loads(f.read_bytes())

        def cold() -> object:
            folder._VALIDATED.clear()
            return merge.merge(folder.read_bundles(root, network).accepted, network)

        def again() -> object:
            return merge.merge(folder.read_bundles(root, network).accepted, network)

        result = folder.read_bundles(root, network)
        assert not result.rejected, result.rejected
        floor = "json.loads of the same bytes"
        return [
            measure(FIGURE, scale, size, cold, runs, floor=floor, floor_fn=load),
            measure("merge 24 months, the folder read again", scale, size, again, runs,
                    floor=floor, floor_fn=load),
            measure("merge 24 months: the merge alone (parsed bundles)", scale, size,
                    lambda: merge.merge(result.accepted, network), runs),
        ]  # fmt: skip
