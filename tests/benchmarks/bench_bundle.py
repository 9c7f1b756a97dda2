"""Building the network bundle of a big CSO, and its parts.

Figure: :func:`directory.bundle.build_bundle` (one read transaction: the reach counted once for
all programmes, monthly and whole period, by summing the reach cells of db/reach.py; referrals,
sessions, outcomes; then suppression and layout). Floor: the counting it needs, done once
(``people_reached_monthly_and_overall``, shared). The suppression and layout step
(:func:`directory.bundle.assemble_bundle` on figures already read; nearly all of it is
suppression) is measured on its own, and so is reading the figures. The suppression step does
not grow with the CSO's size (its cubes are programmes x months x categories), so at 4x it is
most of the build.
"""

from __future__ import annotations

from pathlib import Path

from db import counting
from db.store import Store
from directory import network as net
from directory import signing
from directory.bundle import (
    Bundle,
    CsoFigures,
    CsoProfileOut,
    assemble_bundle,
    build_bundle,
    covered_period,
    read_figures,
)
from directory.sharing import keys
from tests.benchmarks import data
from tests.benchmarks.rows import Goal, Measure, measure

FIGURE = "build the bundle"
GOALS = [Goal(FIGURE, scale=4, max_ms=1000)]


def network_of(store: Store) -> net.Network:
    key = bytes(range(32))
    network = net.create_network("bench", "Benchmark network", key)
    pub = keys.cso_public_key(store)
    return net.add_member(
        network, key, code=store.cso.code, name=store.cso.name, public_key=pub,
        fingerprint=signing.key_fingerprint(pub),
    )  # fmt: skip


def bench(scale: int, runs: int, keep: Path | None = None) -> list[Measure]:
    store = data.cso_store(scale, keep)
    people, rows = data.sizes(scale)
    size = f"{people:,} people, {rows:,} attendance rows"
    network = network_of(store)
    covered = covered_period(network, data.TODAY)
    pub = keys.cso_public_key(store)
    cso = CsoProfileOut(code=store.cso.code, name=store.cso.name, public_key=pub.hex())

    def build() -> Bundle:
        return build_bundle(store, network, today=data.TODAY, public_key=pub, revision=1)

    def counted_once() -> object:
        return counting.people_reached_monthly_and_overall(
            store, covered.first_day, covered.last_day, shared=True
        )

    def read() -> CsoFigures:
        with store.snapshot():
            return read_figures(store, covered, network.network_id)

    figures = read()

    def suppress() -> object:
        return assemble_bundle(
            network,
            covered,
            cso=cso,
            services=[],
            figures=figures,
            revision=1,
        )

    bundle = build()
    cells = sum(len(p.months) for p in bundle.programmes)
    return [
        measure(FIGURE, scale, size, build, runs, floor="the counting it needs, done once",
                floor_fn=counted_once, detail={"programme_months": cells}),
        measure("bundle: reading the figures", scale, size, read, runs),
        measure("bundle: suppression and layout", scale, size, suppress, runs),
    ]  # fmt: skip
