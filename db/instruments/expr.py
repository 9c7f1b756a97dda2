"""A safe reader and evaluator of the XPath subset instrument definitions use (no ``eval``).

The language (a subset of XLSForm/ODK XPath)::

    ${name}                 an item's value after reverse scoring, or an earlier score
    12, 2.5                 numbers
    + - * div mod           arithmetic (mod keeps the sign of the dividend, as XPath does)
    ( )                     grouping
    = != < <= > >=          comparisons
    and or not(x)           logic
    if(c, a, b)             a when c is true, else b
    sum(a, b, ...)          the sum, an unanswered value counting as 0
    coalesce(a, b)          a unless it is unanswered, else b
    round(x, n)             x rounded half away from zero to n decimals (n may be left out)

An unanswered item is null. Arithmetic with null gives null (except inside ``sum`` and
``coalesce``); a comparison with null is false; division by zero gives null. True and false
count as 1 and 0 in arithmetic. Precedence, loosest first: ``or``, ``and``, ``= !=``,
``< <= > >=``, ``+ -``, ``* div mod``, unary ``-``.

Every problem is an :class:`db.errors.ExpressionError`; nothing else is raised for any text.
"""

from __future__ import annotations

import math
import re
from collections.abc import Mapping
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation
from typing import NoReturn

from db.errors import ExpressionError

Value = float | bool | None

MAX_LENGTH = 4000
MAX_DEPTH = 60  # nested brackets, calls and signs
MAX_TREE_DEPTH = 200  # operators in a chain (``${a} + ${b} + ...``)
NAME = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")
_NUMBER = re.compile(r"\d+(?:\.\d*)?|\.\d+")
_REF = re.compile(r"\$\{([A-Za-z_][A-Za-z0-9_]*)\}")
_OPERATORS = ("!=", "<=", ">=", "=", "<", ">", "+", "-", "*", "(", ")", ",")
_WORD_OPERATORS = frozenset({"div", "mod", "and", "or"})
# name -> (fewest, most) arguments (None: any number)
FUNCTIONS: dict[str, tuple[int, int | None]] = {
    "if": (3, 3),
    "sum": (1, None),
    "coalesce": (2, None),
    "round": (1, 2),
    "not": (1, 1),
}


# --- the tree ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class Num:
    value: float


@dataclass(frozen=True)
class Ref:
    name: str
    position: int


@dataclass(frozen=True)
class Unary:
    op: str
    operand: Node


@dataclass(frozen=True)
class Binary:
    op: str
    left: Node
    right: Node


@dataclass(frozen=True)
class Call:
    name: str
    args: tuple[Node, ...]


Node = Num | Ref | Unary | Binary | Call


@dataclass(frozen=True)
class Token:
    kind: str  # "num", "ref", "word", "op", "end"
    text: str
    position: int


# --- reading -----------------------------------------------------------------------------------


def tokenize(text: str) -> list[Token]:
    if not isinstance(text, str):
        raise ExpressionError("not_text", 0)
    if len(text) > MAX_LENGTH:
        raise ExpressionError("too_long", MAX_LENGTH)
    tokens: list[Token] = []
    i = 0
    while i < len(text):
        c = text[i]
        if c in " \t\r\n":
            i += 1
            continue
        if c == "$":
            m = _REF.match(text, i)
            if m is None:
                raise ExpressionError("bad_reference", i, text[i : i + 20])
            tokens.append(Token("ref", m.group(1), i))
            i = m.end()
            continue
        m = _NUMBER.match(text, i)
        if m is not None:
            tokens.append(Token("num", m.group(0), i))
            i = m.end()
            continue
        m = NAME.match(text, i)
        if m is not None:
            tokens.append(Token("word", m.group(0), i))
            i = m.end()
            continue
        for op in _OPERATORS:
            if text.startswith(op, i):
                tokens.append(Token("op", op, i))
                i += len(op)
                break
        else:
            raise ExpressionError("unexpected_character", i, c)
    tokens.append(Token("end", "", len(text)))
    return tokens


class _Parser:
    def __init__(self, text: str) -> None:
        self.tokens = tokenize(text)
        self.i = 0
        self.depth = 0

    @property
    def token(self) -> Token:
        return self.tokens[self.i]

    def take(self) -> Token:
        token = self.tokens[self.i]
        self.i += 1
        return token

    def is_op(self, *ops: str) -> bool:
        t = self.token
        return (t.kind == "op" and t.text in ops) or (
            t.kind == "word" and t.text in _WORD_OPERATORS and t.text in ops
        )

    def expect(self, op: str) -> None:
        if not self.is_op(op):
            self.fail()
        self.take()

    def fail(self) -> NoReturn:
        t = self.token
        if t.kind == "end":
            raise ExpressionError("unexpected_end", t.position)
        raise ExpressionError("unexpected_token", t.position, t.text)

    def parse(self) -> Node:
        node = self.binary(0)
        if self.token.kind != "end":
            self.fail()
        return node

    _LEVELS: tuple[tuple[str, ...], ...] = (
        ("or",),
        ("and",),
        ("=", "!="),
        ("<", "<=", ">", ">="),
        ("+", "-"),
        ("*", "div", "mod"),
    )

    def binary(self, level: int) -> Node:
        if level == len(self._LEVELS):
            return self.unary()
        node = self.binary(level + 1)
        while self.is_op(*self._LEVELS[level]):
            op = self.take().text
            node = Binary(op, node, self.binary(level + 1))
        return node

    def unary(self) -> Node:
        if self.is_op("-"):
            self.take()
            self.enter()
            node = Unary("-", self.unary())
            self.depth -= 1
            return node
        return self.primary()

    def enter(self) -> None:
        self.depth += 1
        if self.depth > MAX_DEPTH:
            raise ExpressionError("too_deep", self.token.position)

    def primary(self) -> Node:
        t = self.token
        if t.kind == "num":
            self.take()
            return Num(float(t.text))
        if t.kind == "ref":
            self.take()
            return Ref(t.text, t.position)
        if self.is_op("("):
            self.take()
            self.enter()
            node = self.binary(0)
            self.depth -= 1
            self.expect(")")
            return node
        if t.kind == "word" and t.text not in _WORD_OPERATORS:
            self.take()
            if t.text not in FUNCTIONS:
                raise ExpressionError("unknown_function", t.position, t.text)
            self.expect("(")
            self.enter()
            args: list[Node] = []
            if not self.is_op(")"):
                args.append(self.binary(0))
                while self.is_op(","):
                    self.take()
                    args.append(self.binary(0))
            self.depth -= 1
            self.expect(")")
            fewest, most = FUNCTIONS[t.text]
            if len(args) < fewest or (most is not None and len(args) > most):
                raise ExpressionError("wrong_arguments", t.position, t.text)
            return Call(t.text, tuple(args))
        self.fail()


def parse(text: str) -> Node:
    """The tree of an expression; :class:`ExpressionError` when it cannot be read."""
    try:
        node = _Parser(text).parse()
    except RecursionError:  # pragma: no cover - MAX_DEPTH keeps well below the limit
        raise ExpressionError("too_deep", 0) from None
    if _depth(node) > MAX_TREE_DEPTH:
        raise ExpressionError("too_deep", 0)
    return node


def _children(n: Node) -> tuple[Node, ...]:
    if isinstance(n, Unary):
        return (n.operand,)
    if isinstance(n, Binary):
        return (n.left, n.right)
    if isinstance(n, Call):
        return n.args
    return ()


def _depth(node: Node) -> int:
    """How deep the tree is (without recursion: evaluating recurses, so it is bounded)."""
    deepest = 0
    stack = [(node, 1)]
    while stack:
        n, d = stack.pop()
        deepest = max(deepest, d)
        stack.extend((c, d + 1) for c in _children(n))
    return deepest


def references(node: Node) -> list[Ref]:
    """Every ``${name}`` in the expression, in the order written."""
    found: list[Ref] = []
    stack: list[Node] = [node]
    while stack:
        n = stack.pop()
        if isinstance(n, Ref):
            found.append(n)
        stack.extend(reversed(_children(n)))
    return found


# --- evaluating --------------------------------------------------------------------------------


def _number(v: Value) -> float | None:
    if v is None:
        return None
    return float(v)


def truthy(v: Value) -> bool:
    """A condition's answer: null and 0 are false."""
    return v is not None and bool(v) and not (isinstance(v, float) and math.isnan(v))


def _finite(x: float) -> float | None:
    return x if math.isfinite(x) else None


def _round(x: float, digits: int) -> float | None:
    try:
        q = Decimal(1).scaleb(-digits)
        return float(Decimal(repr(x)).quantize(q, rounding=ROUND_HALF_UP))
    except (InvalidOperation, ValueError, OverflowError):
        return None


def evaluate(node: Node, env: Mapping[str, Value]) -> Value:
    """The expression's value with ``env`` giving each name's value. A name missing from
    ``env`` is null (the definition's validation makes sure every name is known)."""
    if isinstance(node, Num):
        return node.value
    if isinstance(node, Ref):
        return env.get(node.name)
    if isinstance(node, Unary):
        v = _number(evaluate(node.operand, env))
        return None if v is None else -v
    if isinstance(node, Binary):
        return _binary(node, env)
    return _call(node, env)


def _binary(node: Binary, env: Mapping[str, Value]) -> Value:
    op = node.op
    if op == "and":
        return truthy(evaluate(node.left, env)) and truthy(evaluate(node.right, env))
    if op == "or":
        return truthy(evaluate(node.left, env)) or truthy(evaluate(node.right, env))
    a = _number(evaluate(node.left, env))
    b = _number(evaluate(node.right, env))
    if op in ("=", "!=", "<", "<=", ">", ">="):
        if a is None or b is None:
            return False
        return {
            "=": a == b,
            "!=": a != b,
            "<": a < b,
            "<=": a <= b,
            ">": a > b,
            ">=": a >= b,
        }[op]
    if a is None or b is None:
        return None
    try:
        if op == "+":
            return _finite(a + b)
        if op == "-":
            return _finite(a - b)
        if op == "*":
            return _finite(a * b)
        if op == "div":
            return None if b == 0 else _finite(a / b)
        # mod
        return None if b == 0 else _finite(math.fmod(a, b))
    except OverflowError:
        return None


def _call(node: Call, env: Mapping[str, Value]) -> Value:
    name = node.name
    if name == "if":
        cond, yes, no = node.args
        return evaluate(yes, env) if truthy(evaluate(cond, env)) else evaluate(no, env)
    if name == "not":
        return not truthy(evaluate(node.args[0], env))
    if name == "coalesce":
        for arg in node.args:
            v = evaluate(arg, env)
            if v is not None:
                return _number(v)
        return None
    if name == "sum":
        total = 0.0
        for arg in node.args:
            v = _number(evaluate(arg, env))
            if v is not None:
                total += v
        return _finite(total)
    # round
    x = _number(evaluate(node.args[0], env))
    digits = _number(evaluate(node.args[1], env)) if len(node.args) > 1 else 0.0
    if x is None or digits is None or not -12 <= digits <= 12:
        return None
    return _round(x, int(digits))


def compute(text: str, env: Mapping[str, Value]) -> Value:
    """Read and evaluate ``text`` in one step."""
    return evaluate(parse(text), env)
