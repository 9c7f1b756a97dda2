"""The disaggregation cube of a bundle: how "people reached" is laid out for sharing.

Every table of people reached (one programme, one month or the cumulative period) is a cube of
four dimensions, each with its totals, stored as one flat list of ``CUBE_SIZE`` counts:

======================  ===========================================================
dimension               categories (in order; the last one is the total)
======================  ===========================================================
sex                     female, male, other, all
age band                0-4, 5-11, 12-17, 0-17, 18-59, 60+, all
population group        new_arrival, long_term_migrant, host_community, all
disability              with_disability, without_disability, all
======================  ===========================================================

``index = ((sex * 7 + age) * 4 + group) * 3 + disability``. "0-17" is the subtotal of the
three child bands, "all" of 0-17, 18-59 and 60+. So every HXL column a donor asks for (female
children, men 18-59, people with a disability, host community, ...) is one value of the cube,
and the programme's total for the month is ``[all, all, all, all]`` (the last value).

The readers of a bundle know every subtotal equation of the cube (:func:`cube_equations`), so
suppression runs on the whole cube at once: no withheld value can be recovered from any
published total or subtotal.

Months and the cumulative cube: people reached are unique counts, so the cumulative cube is
not the sum of the months (someone who came in March and in May counts once). The only exact
relation a reader can use is: when exactly one month has anyone at a position of the cube (all
other months publish 0 there), the cumulative value at that position *equals* that month's
(nearly always: a person who changed age band between months is placed by their first
attendance, so it can be smaller).
:func:`link_equations` adds those equalities, so a value withheld in the month is withheld in
the cumulative cube too (and the other way round), and complementary suppression follows.
"""

from __future__ import annotations

import functools
import itertools
from collections.abc import Iterable, Mapping, Sequence

from directory.suppression import Equation

ALL = "all"
SEXES = ("female", "male", "other", ALL)
AGE_BANDS = ("0-4", "5-11", "12-17", "0-17", "18-59", "60+", ALL)
POPULATION_GROUPS = ("new_arrival", "long_term_migrant", "host_community", ALL)
DISABILITY = ("with_disability", "without_disability", ALL)
DIMENSIONS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("sex", SEXES),
    ("age_band", AGE_BANDS),
    ("population_group", POPULATION_GROUPS),
    ("disability", DISABILITY),
)
SHAPE = tuple(len(cats) for _, cats in DIMENSIONS)
CUBE_SIZE = SHAPE[0] * SHAPE[1] * SHAPE[2] * SHAPE[3]
TOTAL_INDEX = CUBE_SIZE - 1

# Each dimension's hierarchy: (parent, children) as category positions.
_HIERARCHY: tuple[tuple[tuple[int, tuple[int, ...]], ...], ...] = (
    ((3, (0, 1, 2)),),
    ((3, (0, 1, 2)), (6, (3, 4, 5))),
    ((3, (0, 1, 2)),),
    ((2, (0, 1)),),
)
# Leaves: categories that are not a total of others.
_LEAVES: tuple[tuple[int, ...], ...] = ((0, 1, 2), (0, 1, 2, 4, 5), (0, 1, 2), (0, 1))
# What each category covers, as leaf positions.
_COVERS: tuple[dict[int, tuple[int, ...]], ...] = (
    {0: (0,), 1: (1,), 2: (2,), 3: (0, 1, 2)},
    {0: (0,), 1: (1,), 2: (2,), 3: (0, 1, 2), 4: (4,), 5: (5,), 6: (0, 1, 2, 4, 5)},
    {0: (0,), 1: (1,), 2: (2,), 3: (0, 1, 2)},
    {0: (0,), 1: (1,), 2: (0, 1)},
)


def index(sex: str, age_band: str, population_group: str, disability: str) -> int:
    """Position of a combination of categories (``"all"`` for a total) in the flat cube."""
    s = SEXES.index(sex)
    a = AGE_BANDS.index(age_band)
    g = POPULATION_GROUPS.index(population_group)
    d = DISABILITY.index(disability)
    return _flat((s, a, g, d))


def _flat(pos: Sequence[int]) -> int:
    return ((pos[0] * SHAPE[1] + pos[1]) * SHAPE[2] + pos[2]) * SHAPE[3] + pos[3]


def labels(i: int) -> tuple[str, str, str, str]:
    """The categories of a flat position (the inverse of :func:`index`)."""
    d = i % SHAPE[3]
    i //= SHAPE[3]
    g = i % SHAPE[2]
    i //= SHAPE[2]
    a = i % SHAPE[1]
    s = i // SHAPE[1]
    return SEXES[s], AGE_BANDS[a], POPULATION_GROUPS[g], DISABILITY[d]


def is_marginal(i: int) -> bool:
    """True for a total or subtotal (any dimension at a non-leaf category)."""
    sex, age, group, dis = labels(i)
    return ALL in (sex, group, dis, age) or age == "0-17"


MARGINAL = frozenset(i for i in range(CUBE_SIZE) if is_marginal(i))


def _leaf_cover() -> tuple[tuple[int, ...], ...]:
    cover = []
    for pos in itertools.product(*(range(n) for n in SHAPE)):
        covered = itertools.product(*(_COVERS[dim][pos[dim]] for dim in range(4)))
        cover.append(tuple(_flat(c) for c in covered))
    return tuple(cover)


# For every position of the cube, the leaf positions it adds up (computed once).
_COVER = _leaf_cover()
_LEAF_POSITIONS = frozenset(
    _flat(c) for c in itertools.product(*(_LEAVES[dim] for dim in range(4)))
)


def _covered_by() -> dict[int, tuple[int, ...]]:
    positions: dict[int, list[int]] = {leaf: [] for leaf in _LEAF_POSITIONS}
    for position, cover in enumerate(_COVER):
        for leaf in cover:
            positions[leaf].append(position)
    return {leaf: tuple(p) for leaf, p in positions.items()}


# For every leaf position, the positions of the cube that add it up (computed once).
_COVERED_BY = _covered_by()


def from_leaves(leaves: Mapping[tuple[str, str, str, str], int]) -> list[int]:
    """The full cube (with every total) from counts per leaf (sex, fine age band, group,
    disability), e.g. ``("female", "5-11", "host_community", "with_disability")``."""
    leaf: dict[int, int] = {}
    for (s, a, g, d), n in leaves.items():
        i = index(s, a, g, d)
        if i not in _LEAF_POSITIONS:
            raise ValueError(f"not a leaf category: {labels(i)}")
        if n < 0:
            raise ValueError("counts must not be negative")
        leaf[i] = n
    cube = [0] * CUBE_SIZE
    # Each leaf's count goes to every position covering it: the same sums as adding up each
    # position's leaves, without visiting the leaves nobody is in.
    for i, n in leaf.items():
        if n:
            for position in _COVERED_BY[i]:
                cube[position] += n
    return cube


def _template() -> tuple[tuple[tuple[int, ...], int], ...]:
    eqs: list[tuple[tuple[int, ...], int]] = []
    for dim in range(4):
        others = [range(SHAPE[d]) for d in range(4) if d != dim]
        for parent, children in _HIERARCHY[dim]:
            for rest in itertools.product(*others):

                def at(cat: int, rest: tuple[int, ...] = rest, dim: int = dim) -> int:
                    pos = list(rest)
                    pos.insert(dim, cat)
                    return _flat(pos)

                eqs.append((tuple(at(c) for c in children), at(parent)))
    return tuple(eqs)


_EQUATIONS = _template()


def cube_equations(offset: int = 0) -> list[Equation]:
    """Every subtotal equation of one cube whose values start at ``offset``."""
    return list(_cube_equations(offset))


@functools.lru_cache(maxsize=256)
def _cube_equations(offset: int) -> tuple[Equation, ...]:
    # Equations are immutable: a bundle's programmes share their cubes' offsets.
    return tuple(
        Equation(tuple(offset + p for p in parts), offset + whole) for parts, whole in _EQUATIONS
    )


def link_equations(
    months: Sequence[Sequence[int]], cumulative_offset: int, month_offsets: Sequence[int]
) -> Iterable[Equation]:
    """Equalities between a month and the cumulative cube, where only that month has anyone
    (see the module docstring). ``months`` are the true monthly cubes."""
    for i in range(CUBE_SIZE):
        active = [m for m, cube in enumerate(months) if cube[i] > 0]
        if len(active) == 1:
            yield Equation((month_offsets[active[0]] + i,), cumulative_offset + i, exact=False)
