"""Referrals between member CSOs as a bundle section (``referral_flows``), suppressed.

A CSO publishes, over the reporting period and per other member and service category:

- **made**: the referrals it made to that member's services of the category (a 2-D table,
  members x categories, suppressed with its row, column and grand totals, which a reader may
  know or work out);
- **received**: the referral codes from that member it recorded for its services of the
  category, and how many of them were served. Three tables of the same shape are protected
  together: received, served, and received minus served (the people *not* served, which a
  reader works out from the two published ones), with every table's margins and, for every
  cell and margin, ``served + not served = received``. So neither a small number served nor a
  small number not served can be read or worked out.

Rows with nothing in them are left out (a reader takes them as 0, which they are). Everything
here is counts; no code, date or person.
"""

from __future__ import annotations

from collections.abc import Mapping

from directory.bundle_schema import MADE, RECEIVED, SERVICE_CATEGORIES, ReferralFlow
from directory.suppression import Equation, Table, suppress, suppress_table

Pair = tuple[str, str]  # (other member's code, service category)


def _axes(keys: list[Pair]) -> tuple[list[str], list[str]]:
    csos = sorted({c for c, _ in keys})
    order = {c: i for i, c in enumerate(SERVICE_CATEGORIES)}
    categories = sorted({g for _, g in keys}, key=lambda g: order.get(g, len(order)))
    return csos, categories


def suppressed_flows(
    made: Mapping[Pair, int], received: Mapping[Pair, tuple[int, int]], k: int
) -> list[ReferralFlow]:
    """The published rows: ``made`` (member, category) -> referrals made; ``received``
    (member, category) -> (codes recorded, served). Values below ``k`` and what would give
    them away are withheld (``None``)."""
    out = _made(made, k) + _received(received, k)
    return sorted(out, key=lambda f: (f.direction, f.cso, f.category))


def _made(made: Mapping[Pair, int], k: int) -> list[ReferralFlow]:
    keys = [key for key, n in made.items() if n > 0]
    if not keys:
        return []
    csos, categories = _axes(keys)
    cells = [[made.get((c, g), 0) for g in categories] for c in csos]
    shown = suppress_table(cells, k).cells
    return [
        ReferralFlow(direction=MADE, cso=c, category=g, count=shown[r][col])
        for r, c in enumerate(csos)
        for col, g in enumerate(categories)
        if cells[r][col] > 0
    ]


def _received(received: Mapping[Pair, tuple[int, int]], k: int) -> list[ReferralFlow]:
    keys = [key for key, (n, _) in received.items() if n > 0]
    if not keys:
        return []
    for n, done in received.values():
        if not 0 <= done <= n:
            raise ValueError("served must be between 0 and received")
    csos, categories = _axes(keys)
    table = Table(len(csos), len(categories))
    got = [[received.get((c, g), (0, 0))[0] for g in categories] for c in csos]
    served = [[received.get((c, g), (0, 0))[1] for g in categories] for c in csos]
    rest = [
        [got[r][col] - served[r][col] for col in range(len(categories))] for r in range(len(csos))
    ]
    size = table.size
    values = table.values(got) + table.values(served) + table.values(rest)
    equations: list[Equation] = []
    for block in range(3):
        base = block * size
        equations += [
            Equation(tuple(base + p for p in e.parts), base + e.whole) for e in table.equations()
        ]
    equations += [Equation((size + i, 2 * size + i), i) for i in range(size)]
    marginal = [block * size + i for block in range(3) for i in table.marginal]
    hidden = suppress(values, equations, k, marginal=marginal)

    def shown(i: int) -> int | None:
        return None if i in hidden else values[i]

    return [
        ReferralFlow(
            direction=RECEIVED,
            cso=c,
            category=g,
            count=shown(table.cell(r, col)),
            served=shown(size + table.cell(r, col)),
        )
        for r, c in enumerate(csos)
        for col, g in enumerate(categories)
        if got[r][col] > 0
    ]


__all__ = ["suppressed_flows"]
