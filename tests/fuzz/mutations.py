"""Hypothesis strategies that turn valid documents into hostile ones.

Structured: byte flips, truncation, duplicated or deleted slices, inserted JSON tokens and
floods (escaped quotes, quotes, brackets); JSON tree edits (a member deleted, named twice, a
value replaced by a huge string, a huge number, a deep nest, a wrong type), optionally signed
again with the right key so the edit reaches the checks behind the signature; zip edits (a
part changed as its kind allows, removed, named twice, compressed otherwise, marked encrypted,
a part that unpacks a thousandfold). Every strategy yields a :class:`Case`, whose ``repr``
names the recipe instead of printing megabytes.
"""

from __future__ import annotations

import csv
import hashlib
import io
import json
import warnings
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from hypothesis import strategies as st

from directory import signing

MAX_SIZE = 6 * 1024 * 1024  # a little over the 5 MB the shared readers accept
SIZES = (1, 16, 17, 100, 10_000, 300_000, 2_500_000)
TOKENS = (
    b'"',
    b"\\",
    b'\\"',
    b"[",
    b"]",
    b"{",
    b"}",
    b":",
    b",",
    b" ",
    b"\n",
    b"null",
    b"true",
    b"-1",
    b"1e999",
    b"NaN",
    b"Infinity",
    b'"\\u0000"',
    b'"\\ud800"',
    b"\x00",
    b"\xff",
    b"\xc3",
    b"\xef\xbb\xbf",
    b'"signature":"' + b"0" * 128 + b'"',
    b'"revision":',
    b"9" * 5000,
)
FLOODS = (b'\\"', b'"', b"\\", b"[", b"]", b"[]", b"{", b'"[', b'{"a":', b"\\\\", b",")


@dataclass(frozen=True)
class Case:
    data: bytes
    recipe: str

    def __repr__(self) -> str:
        digest = hashlib.sha256(self.data).hexdigest()[:12]
        return f"<{self.recipe}: {len(self.data)} bytes, sha256 {digest}…>"


# --- bytes ------------------------------------------------------------------------------------


@st.composite
def byte_mutation(draw: st.DrawFn, seed: bytes, what: str = "bytes") -> Case:
    data = bytearray(seed)
    steps = []
    for _ in range(draw(st.integers(1, 3))):
        op = draw(st.sampled_from(("flip", "truncate", "duplicate", "delete", "insert", "flood")))
        at = draw(st.integers(0, len(data)))
        if op == "flip" and data:
            at = min(at, len(data) - 1)
            data[at] = draw(st.integers(0, 255))
        elif op == "truncate":
            del data[at:]
        elif op == "duplicate":
            chunk = data[at : at + draw(st.sampled_from((1, 7, 64, 4096, 1_000_000)))]
            to = draw(st.integers(0, len(data)))
            data[to:to] = chunk * draw(st.sampled_from((1, 2, 100)))
        elif op == "delete":
            del data[at : at + draw(st.sampled_from((1, 7, 64, 4096)))]
        elif op == "insert":
            data[at:at] = draw(st.sampled_from(TOKENS))
        else:
            unit = draw(st.sampled_from(FLOODS))
            data[at:at] = unit * (draw(st.sampled_from(SIZES)) // len(unit) + 1)
        del data[MAX_SIZE:]
        steps.append(f"{op}@{at}")
    return Case(bytes(data), f"{what} {', '.join(steps)}")


# --- JSON trees -------------------------------------------------------------------------------


class Pairs(list[tuple[str, Any]]):
    """An object that may name a member twice (json.dumps cannot write one)."""


class Raw(str):
    """JSON text written as it is (a nest too deep for the encoders to recurse into)."""


def encode(value: Any) -> bytes:
    def walk(v: Any) -> str:
        if isinstance(v, Raw):
            return str(v)
        if isinstance(v, Pairs):
            return "{" + ",".join(f"{json.dumps(k)}:{walk(x)}" for k, x in v) + "}"
        if isinstance(v, dict):
            return "{" + ",".join(f"{json.dumps(k)}:{walk(x)}" for k, x in v.items()) + "}"
        if isinstance(v, list):
            return "[" + ",".join(walk(x) for x in v) + "]"
        return json.dumps(v, ensure_ascii=False)

    return walk(value).encode("utf-8", "surrogatepass")


def _nest(depth: int) -> Raw:
    return Raw("[" * depth + "1" + "]" * depth)


_hostile_values = st.one_of(
    st.none(),
    st.booleans(),
    st.sampled_from([0, -1, 1, 2, 4, 2**31, 2**32 - 1, 2**53 + 1, 10**6, 10**30, -(10**30)]),
    st.floats(allow_nan=False),
    st.text(max_size=12),
    st.sampled_from(["2025-13", "cumulative", "all", "BEAM", "beam", "\u0000", "\ud800"]),
    st.sampled_from(SIZES).map(lambda n: "x" * n),
    st.sampled_from(SIZES).map(lambda n: '"' * n),  # written as a flood of escaped quotes
    st.sampled_from(SIZES).map(lambda n: "\\" * n),
    st.sampled_from((16, 17, 200, 3000)).map(_nest),
    st.just([]),
    st.just({}),
    st.lists(st.integers(-2, 10**7), max_size=400),
)


def _positions(value: Any, out: list[tuple[Any, Any]]) -> list[tuple[Any, Any]]:
    """Every (container, key) in the tree."""
    if isinstance(value, dict):
        for k, v in value.items():
            out.append((value, k))
            _positions(v, out)
    elif isinstance(value, list):
        for i, v in enumerate(value):
            out.append((value, i))
            _positions(v, out)
    return out


@st.composite
def tree_mutation(draw: st.DrawFn, seed: bytes, key: bytes | None = None) -> Case:
    """Edit the parsed document; sign it again with ``key`` (when given and drawn so)."""
    doc = json.loads(seed)
    steps = []
    for _ in range(draw(st.integers(1, 3))):
        positions = _positions(doc, [])
        if not positions:
            break
        container, k = draw(st.sampled_from(positions))
        op = draw(st.sampled_from(("delete", "replace", "replace", "wrap")))
        if op == "delete":
            del container[k]
        elif op == "replace":
            container[k] = draw(_hostile_values)
        else:
            container[k] = [container[k]]
        steps.append(f"{op} {k!r}")
    if key is not None and isinstance(doc, dict) and draw(st.booleans()):
        try:
            doc["signature"] = signing.sign(doc, key)
            steps.append("signed again")
        except (ValueError, TypeError, RecursionError):
            pass
    duplicates = [
        (c, k) for c, k in _positions(doc, []) if isinstance(c, dict) and not isinstance(k, int)
    ]
    if duplicates and draw(st.integers(0, 3)) == 0:
        container, k = draw(st.sampled_from(duplicates))
        value = draw(st.one_of(st.just(container[k]), _hostile_values))
        first = draw(st.booleans())
        pairs = Pairs(container.items())
        pairs.insert(0 if first else len(pairs), (k, value))
        _replace(doc, container, pairs)
        if doc is container:
            doc = pairs
        steps.append(f"named {k!r} twice")
    try:
        data = encode(doc)
    except RecursionError:
        data = seed
    return Case(data[:MAX_SIZE], f"tree {', '.join(steps)}")


def _replace(tree: Any, old: Any, new: Any) -> None:
    for container, k in _positions(tree, []):
        if container[k] is old:
            container[k] = new
            return


def json_mutation(seed: bytes, key: bytes | None = None) -> st.SearchStrategy[Case]:
    return st.one_of(byte_mutation(seed), tree_mutation(seed, key), _wrapped(seed))


@st.composite
def _wrapped(draw: st.DrawFn, seed: bytes) -> Case:
    depth = draw(st.sampled_from((16, 17, 1000, 100_000)))
    unit = draw(st.sampled_from(((b"[", b"]"), (b'{"a":', b"}"))))
    data = unit[0] * depth + seed + unit[1] * draw(st.sampled_from((0, depth)))
    return Case(data[:MAX_SIZE], f"nested {depth} deep in {unit[0]!r}")


# --- zip files (backups, workbooks) -----------------------------------------------------------

Member = tuple[zipfile.ZipInfo, bytes]


def _members(seed: bytes) -> list[Member]:
    with zipfile.ZipFile(io.BytesIO(seed)) as zf:
        return [(info, zf.read(info)) for info in zf.infolist()]


def _write(members: list[Member]) -> bytes:
    out = io.BytesIO()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # "Duplicate name"
        with zipfile.ZipFile(out, "w") as zf:
            for info, data in members:
                zf.writestr(info, data)
    return out.getvalue()


def _copy(info: zipfile.ZipInfo, **changes: Any) -> zipfile.ZipInfo:
    new = zipfile.ZipInfo(changes.pop("filename", info.filename), info.date_time)
    new.compress_type = changes.pop("compress_type", info.compress_type)
    new.flag_bits = changes.pop("flag_bits", 0)
    return new


def _bomb_member(name: str, size: int) -> Member:
    """A part of ``size`` zero bytes, deflated (about a thousandfold)."""
    info = zipfile.ZipInfo(name)
    info.compress_type = zipfile.ZIP_DEFLATED
    return info, b"\0" * size


@st.composite
def zip_mutation(
    draw: st.DrawFn,
    seed: bytes,
    parts: dict[str, Callable[[bytes], st.SearchStrategy[Case]]],
    fix: Callable[[list[Member]], list[Member]] | None = None,
) -> Case:
    """Edit one part (with ``parts[name]``, else bytewise), or the zip itself. ``fix`` may
    make the parts agree again (e.g. a backup's checksum), so edits reach further checks."""
    members = _members(seed)
    op = draw(
        st.sampled_from(
            ("part", "part", "part", "remove", "compress", "twice", "encrypted", "bomb", "bytes")
        )
    )
    if op == "bytes":
        return draw(byte_mutation(seed, "zip bytes"))
    i = draw(st.integers(0, len(members) - 1))
    info, data = members[i]
    what = f"{op} {info.filename}"
    if op == "part":
        strategy = parts.get(info.filename, byte_mutation)
        case = draw(strategy(data))
        members[i] = (_copy(info), case.data)
        what += f" ({case.recipe})"
        if fix is not None and draw(st.booleans()):
            members = fix(members)
            what += ", made to agree"
    elif op == "remove":
        del members[i]
    elif op == "compress":
        kind = draw(st.sampled_from((zipfile.ZIP_DEFLATED, zipfile.ZIP_BZIP2, zipfile.ZIP_LZMA)))
        members[i] = (_copy(info, compress_type=kind), data)
    elif op == "twice":
        other = draw(byte_mutation(data))
        members.insert(draw(st.integers(0, len(members))), (_copy(info), other.data))
    elif op == "encrypted":
        members[i] = (_copy(info, flag_bits=0x1), data)
    else:
        size = draw(st.sampled_from((2, 20))) * 1024 * 1024
        members[i] = _bomb_member(info.filename, size)
        what += f" unpacking to {size >> 20} MB"
    return Case(_write(members), f"zip {what}")


def backup_sha_fix(members: list[Member]) -> list[Member]:
    """Make a backup's manifest name the checksum of its database part again."""
    data = dict((info.filename, d) for info, d in members)
    if "saphan.db" not in data or "manifest.json" not in data:
        return members
    try:
        manifest = json.loads(data["manifest.json"])
        manifest["db_sha256"] = hashlib.sha256(data["saphan.db"]).hexdigest()
    except (ValueError, TypeError, KeyError, RecursionError):
        return members
    text = json.dumps(manifest).encode()
    return [(info, text if info.filename == "manifest.json" else d) for info, d in members]


# --- XML parts of a workbook --------------------------------------------------------------------

XML_INSERTS = (
    b'<mergeCells count="1"><mergeCell ref="A1:XFD1048576"/></mergeCells>',
    b'<mergeCell ref="A1:Z10000"/>',
    b'<c r="XFD1048576"><v>1</v></c>',
    b'<c r="A99999999999"><v>1</v></c>',
    b'<c r="B2" t="s"><v>99999</v></c>',
    b'<c r="B2" t="inlineStr"><is><t>' + b"x" * 100_000 + b"</t></is></c>",
    b'<hyperlinks><hyperlink ref="A1:XFD1048576"/></hyperlinks>',
    b'<!DOCTYPE x [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">'
    b'<!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;"><!ENTITY d "&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;">'
    b'<!ENTITY e "&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;"><!ENTITY f "&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;">'
    b'<!ENTITY g "&f;&f;&f;&f;&f;&f;&f;&f;&f;&f;"><!ENTITY h "&g;&g;&g;&g;&g;&g;&g;&g;&g;&g;">]>',
    b"<row/>" * 10_000,
    b'<c r="A1">' * 10_000,
)


@st.composite
def _xml_insert(draw: st.DrawFn, seed: bytes) -> Case:
    text = draw(st.sampled_from(XML_INSERTS))
    marks = [i for i in range(len(seed)) if seed[i : i + 1] == b"<"] or [0]
    at = draw(st.sampled_from(marks))
    return Case(seed[:at] + text + seed[at:], f"xml insert {text[:40]!r}@{at}")


def xml_mutation(seed: bytes) -> st.SearchStrategy[Case]:
    return st.one_of(byte_mutation(seed, "xml"), _xml_insert(seed))


# --- CSV ----------------------------------------------------------------------------------------

_CSV_CHARS = st.sampled_from(list(",;\t|\"'\n\r x1-/\u1000\u1031\u103b\u0e01\u0e32\x00\ufeff"))


@st.composite
def generated_csv(draw: st.DrawFn) -> Case:
    rows = draw(
        st.lists(
            st.lists(st.text(_CSV_CHARS, max_size=10), min_size=1, max_size=8),
            min_size=1,
            max_size=12,
        )
    )
    delimiter = draw(st.sampled_from(",;\t|"))
    quoting = draw(st.sampled_from((csv.QUOTE_MINIMAL, csv.QUOTE_ALL, csv.QUOTE_NONNUMERIC)))
    out = io.StringIO()
    csv.writer(out, delimiter=delimiter, quoting=quoting).writerows(rows)
    encoding = draw(st.sampled_from(("utf-8", "utf-8-sig", "utf-16", "utf-16-le", "cp874")))
    return Case(out.getvalue().encode(encoding, "replace"), f"csv {encoding} {delimiter!r}")


@st.composite
def hostile_csv(draw: st.DrawFn) -> Case:
    n = draw(st.sampled_from((1_000, 50_000, 300_000)))
    kind = draw(
        st.sampled_from(("wide", "long cell", "sniff", "quotes", "lines", "nul", "cr", "zawgyi"))
    )
    head = "Name,Sex,Date of birth\r\n"
    body = {
        "wide": "Ma Hla,F,1990" + "," * n,
        "long cell": "Ma Hla," + "x" * n + ",1990",
        "sniff": "Ma Hla,F," + " 'x" * (n // 3),
        "quotes": '"' * n,
        "lines": "Ma Hla,F,1990\r\n" * (n // 10),
        "nul": "Ma\x00Hla,F,1990\r\n" * 10,
        "cr": "Ma Hla,F,1990\r" * (n // 10),
        "zawgyi": "\u1031" * min(n, 130_000) + ",F,1990",
    }[kind]
    return Case((head + body).encode("utf-8"), f"csv {kind} {n}")


def csv_mutation(seed: bytes) -> st.SearchStrategy[Case]:
    return st.one_of(byte_mutation(seed, "csv"), generated_csv(), hostile_csv())
