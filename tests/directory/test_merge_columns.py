"""The merge's people figures against a plain oracle: per position of every cube, the sum of the
published counts and how many CSOs withheld one (a withheld count is never added, never 0).

The merge adds up whole columns at once (directory.merge); the oracle below walks every cell.
Random cubes (withheld, 0, counts up to the bound), CSOs that publish different programmes and
months, copies of one CSO (the highest revision counts) and bundles of strangers.
"""

from __future__ import annotations

import random

import pytest

from directory import cube
from directory.bundle_schema import CUMULATIVE, Bundle, MonthReach, ProgrammeFigures
from directory.merge import merge
from directory.network import Network
from tests.fuzz.seeds import make_bundle, make_network

CODES = ("BEAM", "KAQ", "MTC", "SAW", "YPN", "DARE")
MONTHS = ("2021-01", "2021-02", "2021-03", "2021-04")


def _count(rng: random.Random) -> int | None:
    roll = rng.random()
    if roll < 0.4:
        return None
    if roll < 0.55:
        return 0
    if roll < 0.97:
        return rng.randint(5, 400)
    return rng.choice([rng.randint(401, 10_000_000), 10_000_000])


def _cube(rng: random.Random) -> list[int | None]:
    shape = rng.random()
    if shape < 0.05:
        return [None] * cube.CUBE_SIZE  # everything withheld
    if shape < 0.1:
        return [0] * cube.CUBE_SIZE  # nobody
    return [_count(rng) for _ in range(cube.CUBE_SIZE)]


def _bundle(rng: random.Random, code: str, revision: int) -> Bundle:
    base = make_bundle(code, programmes=1, months=len(MONTHS), referrals=False)
    programmes = [
        ProgrammeFigures(
            programme=p,
            months=[
                MonthReach(period=m, people=_cube(rng))
                for m in MONTHS
                if rng.random() < 0.8  # a month the CSO did not publish adds nothing
            ],
            cumulative=_cube(rng),
            sessions_held=[],
        )
        for p in ("p00", "p01", "p02")
        if rng.random() < 0.8
    ]
    return base.model_copy(update={"programmes": programmes, "revision": revision})


def _oracle(
    bundles: list[Bundle], network: Network
) -> dict[tuple[str, str], tuple[list[int], list[int]]]:
    latest: dict[str, Bundle] = {}
    for b in bundles:  # the highest revision of each member; the first given of equal ones
        if b.network_id != network.network_id or network.member(b.cso.code) is None:
            continue
        if b.cso.code not in latest or b.revision > latest[b.cso.code].revision:
            latest[b.cso.code] = b
    out: dict[tuple[str, str], tuple[list[int], list[int]]] = {}
    for b in latest.values():
        for p in b.programmes:
            cubes = [(m.period, m.people) for m in p.months] + [(CUMULATIVE, p.cumulative)]
            for period, people in cubes:
                known, withheld = out.setdefault(
                    (p.programme, period), ([0] * cube.CUBE_SIZE, [0] * cube.CUBE_SIZE)
                )
                for i, value in enumerate(people):
                    if value is None:
                        withheld[i] += 1
                    else:
                        known[i] += value
    return out


@pytest.mark.parametrize("seed", range(12))
def test_the_merged_cubes_are_the_cell_by_cell_sums(seed: int) -> None:
    rng = random.Random(seed)
    network = make_network(CODES)
    bundles = []
    for code in rng.sample(CODES, rng.randint(1, len(CODES))):
        for _copy in range(rng.choice([1, 1, 1, 2, 3])):  # copies: the highest revision counts
            bundles.append(_bundle(rng, code, rng.randint(1, 3)))
    if rng.random() < 0.3:
        bundles.append(_bundle(rng, "ZZZ", 9))  # not a member: left out
    rng.shuffle(bundles)

    report = merge(bundles, network)

    expected = _oracle(bundles, network)
    assert set(report.people) == set(expected)
    for key, (known, withheld) in expected.items():
        got = report.people[key]
        assert list(got.known) == known, key
        assert list(got.withheld) == withheld, key
        assert all(type(v) is int for v in [*got.known, *got.withheld])
        total = got[cube.TOTAL_INDEX]
        assert (total.known, total.withheld) == (known[-1], withheld[-1])


def test_a_position_withheld_by_every_csos_stays_withheld_not_zero() -> None:
    network = make_network(CODES[:3])
    bundles = []
    for code in CODES[:3]:
        base = make_bundle(code, programmes=1, months=1, referrals=False)
        people = [None] * cube.CUBE_SIZE
        figures = base.programmes[0].model_copy(
            update={"months": [MonthReach(period=MONTHS[0], people=people)], "cumulative": people}
        )
        bundles.append(base.model_copy(update={"programmes": [figures]}))
    cells = merge(bundles, network).people[("p00", MONTHS[0])]
    assert set(cells.known) == {0}
    assert set(cells.withheld) == {3}
    assert not cells[0].exact
    assert str(cells[cube.TOTAL_INDEX]) == "≥0"
