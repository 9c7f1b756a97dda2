"""Small-cell suppression: which counts may be shared, and which must be withheld.

The model is deliberately general: a list of non-negative integer *values* (cells, subtotals,
totals, cumulative figures) and a list of *equations* that a reader of the published figures
knows to hold between them, each of the form ``sum(parts) == whole``. A 2-D table is the
special case "each row's cells sum to the row total, each column's to the column total, the
row totals to the grand total"; a hierarchical cube and the link between a month and the
cumulative figure are further equations (see :mod:`directory.cube`).

Rules (the one rule of Saphan, for counts):

1. *Primary suppression*: every value in ``1 .. k-1`` is withheld. Zeros are shared as 0.
2. *Complementary suppression*: no equation may contain exactly one withheld value, or the
   reader recovers it by subtraction. When one does, the smallest non-zero published value of
   that equation is withheld as well (cells before totals, so the totals people need survive
   more often), and this repeats until nothing changes.
3. *No recovery by combining equations*: a withheld value can also be pinned down by a
   combination of several equations (e.g. a cell that bridges two otherwise protected
   rectangles). After rule 2 is stable, the linear system of all equations is solved for the
   withheld values; any value the system determines gets one more complementary value in one
   of its equations, and rules 2-3 repeat. The loop ends because the withheld set only grows
   and a system in which every non-zero value is withheld determines nothing.

What this does not promise: it protects exact values. A reader can still bound a withheld value
(it is at least 1 and at most the smallest published total containing it).
"""

from __future__ import annotations

from collections import defaultdict, deque
from collections.abc import Callable, Collection, Mapping, Sequence
from dataclasses import dataclass, field

DEFAULT_THRESHOLD = 5


@dataclass(frozen=True)
class Equation:
    """``sum(values[p] for p in parts) == values[whole]``, known to every reader."""

    parts: tuple[int, ...]
    whole: int
    # False for a relation a reader may *assume* but that need not hold exactly (e.g. a month
    # and the cumulative figure, see :mod:`directory.cube`): protected all the same.
    exact: bool = True
    # The parts, then the whole (made once: suppression reads them over and over).
    variables: tuple[int, ...] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "variables", (*self.parts, self.whole))


def primary(values: Sequence[int], k: int) -> set[int]:
    """Indices of the values in ``1 .. k-1``."""
    return {i for i, v in enumerate(values) if 0 < v < k}


def suppress(
    values: Sequence[int],
    equations: Sequence[Equation],
    k: int = DEFAULT_THRESHOLD,
    *,
    marginal: Collection[int] = (),
    forced: Collection[int] = (),
    fixed: Collection[int] = (),
) -> frozenset[int]:
    """Indices of the values to withhold (primary and complementary) so that no withheld value
    can be recovered from the published ones through ``equations``.

    ``marginal`` marks totals and subtotals: among equally small candidates for complementary
    suppression, cells are chosen before them. ``forced``: values withheld from the start
    (e.g. those a closed month withheld when it was published); ``fixed``: values never chosen
    as complementary (those a closed month published). Together they keep what was published
    once as it was, and protect what it withheld with the values not published yet.
    """
    if k < 1:
        raise ValueError("threshold must be at least 1")
    for v in values:
        if isinstance(v, bool) or not isinstance(v, int) or v < 0:
            raise ValueError("values must be non-negative integers")
    _check_consistent(values, equations)
    marginal_set = frozenset(marginal)
    forced_set = frozenset(i for i in forced if values[i] > 0)  # a 0 is never withheld
    # A fixed value stays published even when it is small for ``k`` now (the threshold of a
    # later network file may be higher): it is out already.
    fixed_set = frozenset(fixed)
    if forced_set & fixed_set:
        raise ValueError("a value cannot be both forced and fixed")
    if fixed_set:
        fixed_set |= _known_from(values, equations, fixed_set, k) - forced_set
    # An equation of zeros holds no withheld value, now or later (only non-zero values are
    # ever withheld): leaving it out changes nothing and makes sparse cubes fast.
    # (an exact equation holds, so its parts are all 0 when its whole is)
    at = values.__getitem__
    equations = [
        eq for eq in equations if at(eq.whole) or (not eq.exact and any(map(at, eq.parts)))
    ]
    # Independent parts (e.g. months not linked to the cumulative cube) are solved apart.
    result: set[int] = set()
    linked: set[int] = set()
    for group in _independent(len(values), equations):
        sub = [equations[n] for n in group]
        result |= _suppress_connected(values, sub, k, marginal_set, forced_set, fixed_set)
        for eq in sub:
            linked.update(eq.variables)
    result |= {i for i in (primary(values, k) - fixed_set) | forced_set if i not in linked}
    return frozenset(result)


def _known_from(
    values: Sequence[int], equations: Sequence[Equation], fixed: frozenset[int], k: int
) -> set[int]:
    """The values a reader works out from the fixed ones (and zeros) alone, through equations
    with one other value: withholding one of them protects nothing, so they are never chosen
    as complementary either."""
    known = set(fixed) | {i for i, v in enumerate(values) if v == 0}
    derived: set[int] = set()
    changed = True
    while changed:
        changed = False
        for eq in equations:
            unknown = [v for v in eq.variables if v not in known]
            if len(unknown) == 1 and not 0 < values[unknown[0]] < k:
                known.add(unknown[0])
                derived.add(unknown[0])
                changed = True
    return derived


def _independent(size: int, equations: Sequence[Equation]) -> list[list[int]]:
    """Equations grouped by connected component of the variables they share."""
    parent = list(range(size))

    def find(u: int) -> int:
        while parent[u] != u:
            parent[u] = parent[parent[u]]
            u = parent[u]
        return u

    for eq in equations:
        root = find(eq.whole)
        for p in eq.parts:
            # find(p), written out: this loop runs for every value of every equation
            while parent[p] != p:
                parent[p] = parent[parent[p]]
                p = parent[p]
            if p != root:
                parent[p] = root
    groups: dict[int, list[int]] = defaultdict(list)
    for n, eq in enumerate(equations):
        w = eq.whole
        groups[w if parent[w] == w else find(w)].append(n)
    return list(groups.values())


def _suppress_connected(
    values: Sequence[int],
    equations: Sequence[Equation],
    k: int,
    marginal_set: frozenset[int],
    forced: frozenset[int] = frozenset(),
    fixed: frozenset[int] = frozenset(),
) -> set[int]:
    by_variable: dict[int, list[int]] = defaultdict(list)
    for n, eq in enumerate(equations):
        for v in eq.variables:
            by_variable[v].append(n)

    withheld = {v for v in by_variable if (0 < values[v] < k and v not in fixed) or v in forced}
    cache: dict[frozenset[int], set[int]] = {}

    def rank(i: int) -> tuple[bool, int, int]:
        return (i in marginal_set, values[i], i)

    def withhold(i: int, queue: deque[int]) -> None:
        withheld.add(i)
        queue.extend(by_variable[i])

    queue: deque[int] = deque(range(len(equations)))
    while True:
        # Rule 2: no equation with exactly one withheld value.
        while queue:
            eq = equations[queue.popleft()]
            if len(withheld.intersection(eq.variables)) != 1:
                continue
            candidates = [
                v for v in eq.variables if v not in withheld and values[v] > 0 and v not in fixed
            ]
            # Never empty for an exact equation: the hidden value is > 0, so another value of
            # the equation is too. An inexact one may publish 0 against it: a reader who
            # assumes the equality would be wrong, so there is nothing to protect.
            if candidates:
                withhold(min(candidates, key=rank), queue)
        # Rule 3: nothing determined by combining equations.
        determined = linearly_determined(equations, withheld, cache=cache)
        if not determined:
            return withheld
        added: set[int] = set()
        for d in sorted(determined):
            best = _nearest_candidate(d, values, equations, by_variable, withheld, rank, fixed)
            if best is not None:
                added.add(best)
        if not added:
            # Nothing near a determined value may be withheld (the rest is fixed): withhold
            # the smallest value that may be, anywhere in this part, until none is left.
            rest = [
                v
                for eq in equations
                for v in eq.variables
                if v not in withheld and values[v] > 0 and v not in fixed
            ]
            if not rest or not fixed:
                return withheld  # everything non-zero is withheld (or fixed)
            added.add(min(rest, key=rank))
        for a in added:
            withhold(a, queue)


def _nearest_candidate(
    start: int,
    values: Sequence[int],
    equations: Sequence[Equation],
    by_variable: Mapping[int, list[int]],
    withheld: set[int],
    rank: Callable[[int], tuple[bool, int, int]],
    fixed: frozenset[int] = frozenset(),
) -> int | None:
    """The best published non-zero value sharing an equation with ``start``, or failing that
    with the withheld values around it (breadth first)."""
    seen_vars = {start}
    frontier = [start]
    seen_eqs: set[int] = set()
    while frontier:
        candidates: set[int] = set()
        next_frontier: list[int] = []
        for u in frontier:
            for n in by_variable.get(u, ()):
                if n in seen_eqs:
                    continue
                seen_eqs.add(n)
                for v in equations[n].variables:
                    if v in seen_vars:
                        continue
                    seen_vars.add(v)
                    if v in withheld:
                        next_frontier.append(v)
                    elif values[v] > 0 and v not in fixed:
                        candidates.add(v)
        if candidates:
            return min(candidates, key=rank)
        frontier = next_frontier
    return None


def _check_consistent(values: Sequence[int], equations: Sequence[Equation]) -> None:
    at = values.__getitem__
    for eq in equations:
        if eq.exact and sum(map(at, eq.parts)) != at(eq.whole):
            raise ValueError(f"inconsistent equation: {eq}")


def linearly_determined(
    equations: Sequence[Equation],
    withheld: Collection[int],
    *,
    cache: dict[frozenset[int], set[int]] | None = None,
) -> set[int]:
    """The withheld values that the equations pin down, given every other value.

    A withheld value ``u`` is determined exactly when every solution of the homogeneous
    system (the equations restricted to withheld values) has 0 at ``u``, i.e. when the unit
    vector of ``u`` lies in the row space of that system. Solved per connected component by
    exact sparse elimination (modulo a large prime). ``cache`` keeps the answer
    per component (it depends only on the component's withheld values) between calls.
    """
    hidden = set(withheld)
    if not hidden:
        return set()
    rows: list[tuple[int, ...]] = []
    signs: list[tuple[int, ...]] = []
    for eq in equations:
        if hidden.isdisjoint(eq.variables):
            continue
        vars_ = [p for p in eq.parts if p in hidden]
        sg = [1] * len(vars_)
        if eq.whole in hidden:
            vars_.append(eq.whole)
            sg.append(-1)
        if vars_:
            rows.append(tuple(vars_))
            signs.append(tuple(sg))
    # Connected components of withheld values linked by equations (union-find).
    parent: dict[int, int] = {u: u for u in hidden}

    def find(u: int) -> int:
        while parent[u] != u:
            parent[u] = parent[parent[u]]
            u = parent[u]
        return u

    for r in rows:
        root = find(r[0])
        for u in r[1:]:
            other = find(u)
            if other != root:
                parent[other] = root
    members: dict[int, list[int]] = defaultdict(list)
    for u in hidden:
        members[find(u)].append(u)
    component_rows: dict[int, list[int]] = defaultdict(list)
    for n, r in enumerate(rows):
        component_rows[find(r[0])].append(n)

    determined: set[int] = set()
    for root, cols in members.items():
        eq_ids = component_rows.get(root, [])
        if not eq_ids:
            continue  # in no equation at all: nothing to solve for
        key = frozenset(cols)
        if cache is not None and key in cache:
            determined |= cache[key]
            continue
        found = _determined_in(cols, [rows[n] for n in eq_ids], [signs[n] for n in eq_ids])
        if cache is not None:
            cache[key] = found
        determined |= found
    return determined


_PRIME = (1 << 61) - 1  # exact arithmetic modulo a large prime: no rounding, no BLAS


def _determined_in(
    cols: Sequence[int], rows: Sequence[tuple[int, ...]], signs: Sequence[tuple[int, ...]]
) -> set[int]:
    """Sparse Gauss-Jordan elimination of the rows (variables x coefficients); a variable is
    determined when its reduced pivot row has no other entry."""
    p = _PRIME
    basis: dict[int, dict[int, int]] = {}  # pivot column -> fully reduced row (pivot = 1)
    holders: dict[int, set[int]] = defaultdict(set)  # column -> pivots whose row holds it
    for vars_, sg in zip(rows, signs, strict=True):
        row: dict[int, int] = {}
        for u, c in zip(vars_, sg, strict=True):
            row[u] = (row.get(u, 0) + c) % p
        for c in [c for c in row if c in basis]:
            f = row.pop(c, 0)
            if f:
                for col, val in basis[c].items():
                    if col != c:
                        row[col] = (row.get(col, 0) - f * val) % p
        row = {c: v for c, v in row.items() if v}
        if not row:
            continue
        pivot = min(row)
        lead = row[pivot]
        # (coefficients are mostly 1 and -1, their own inverses)
        inv = lead if lead == 1 or lead == p - 1 else pow(lead, p - 2, p)
        row = {c: v * inv % p for c, v in row.items()}
        # Keep every other basis row free of the new pivot column.
        for other in list(holders.get(pivot, ())):
            orow = basis[other]
            f = orow.pop(pivot)
            # Only the columns of the new row change in ``other``'s row (never ``other``
            # itself: the new row holds no pivot column); their holders follow.
            for col, val in row.items():
                if col != pivot:
                    new = (orow.get(col, 0) - f * val) % p
                    if new:
                        if col not in orow:
                            holders[col].add(other)
                        orow[col] = new
                    elif col in orow:
                        del orow[col]
                        holders[col].discard(other)
        holders.pop(pivot, None)
        basis[pivot] = row
        for col in row:
            if col != pivot:
                holders[col].add(pivot)
    return {c for c, r in basis.items() if len(r) == 1}


@dataclass(frozen=True)
class Table:
    """A 2-D table with its margins, laid out as one value list for :func:`suppress`.

    Index layout: cells row by row (``r * cols + c``), then the row totals, the column totals,
    then the grand total.
    """

    rows: int
    cols: int

    def cell(self, r: int, c: int) -> int:
        return r * self.cols + c

    def row_total(self, r: int) -> int:
        return self.rows * self.cols + r

    def col_total(self, c: int) -> int:
        return self.rows * self.cols + self.rows + c

    @property
    def grand_total(self) -> int:
        return self.rows * self.cols + self.rows + self.cols

    @property
    def size(self) -> int:
        return self.grand_total + 1

    @property
    def marginal(self) -> range:
        return range(self.rows * self.cols, self.size)

    def equations(self) -> list[Equation]:
        eqs = [
            Equation(tuple(self.cell(r, c) for c in range(self.cols)), self.row_total(r))
            for r in range(self.rows)
        ]
        eqs += [
            Equation(tuple(self.cell(r, c) for r in range(self.rows)), self.col_total(c))
            for c in range(self.cols)
        ]
        eqs.append(Equation(tuple(self.row_total(r) for r in range(self.rows)), self.grand_total))
        eqs.append(Equation(tuple(self.col_total(c) for c in range(self.cols)), self.grand_total))
        return eqs

    def values(self, cells: Sequence[Sequence[int]]) -> list[int]:
        if len(cells) != self.rows or any(len(row) != self.cols for row in cells):
            raise ValueError("table shape does not match")
        flat = [v for row in cells for v in row]
        flat += [sum(row) for row in cells]
        flat += [sum(cells[r][c] for r in range(self.rows)) for c in range(self.cols)]
        flat.append(sum(flat[: self.rows * self.cols]))
        return flat


@dataclass(frozen=True)
class SuppressedTable:
    """A 2-D table as published: ``None`` where a value is withheld."""

    cells: list[list[int | None]]
    row_totals: list[int | None]
    col_totals: list[int | None]
    grand_total: int | None


def suppress_table(cells: Sequence[Sequence[int]], k: int = DEFAULT_THRESHOLD) -> SuppressedTable:
    """Suppress a 2-D table of counts with its row, column and grand totals."""
    rows = len(cells)
    cols = len(cells[0]) if rows else 0
    table = Table(rows, cols)
    values = table.values(cells)
    hidden = suppress(values, table.equations(), k, marginal=table.marginal)
    shown: list[int | None] = [None if i in hidden else v for i, v in enumerate(values)]
    return SuppressedTable(
        cells=[[shown[table.cell(r, c)] for c in range(cols)] for r in range(rows)],
        row_totals=[shown[table.row_total(r)] for r in range(rows)],
        col_totals=[shown[table.col_total(c)] for c in range(cols)],
        grand_total=shown[table.grand_total],
    )


def publish(values: Sequence[int], withheld: Collection[int]) -> list[int | None]:
    """The published form: withheld values replaced by ``None``."""
    hidden = set(withheld)
    return [None if i in hidden else v for i, v in enumerate(values)]
