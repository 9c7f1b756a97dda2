"""Reading JSON that comes from outside: one reading only.

Python's :func:`json.loads` keeps the last of two members with the same name and accepts
``NaN`` and ``Infinity``; other readers (pydantic, a spreadsheet tool, a person's eyes) may take
the first, so one file could say two things. Files Saphan reads from outside (shared
documents, the server's bodies, backup manifests, key files) are refused instead when they hold
a duplicate member name, a non-standard constant or nesting deep enough to exhaust the parser.
"""

from __future__ import annotations

import json
from typing import Any


class JsonRefused(ValueError):
    """Not JSON that Saphan reads (a :class:`ValueError`, like :func:`json.loads`' own)."""


class DuplicateKey(JsonRefused):
    """An object names the same member twice."""


def _object(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    result = dict(pairs)
    if len(result) != len(pairs):
        raise DuplicateKey("an object names the same member twice")
    return result


def _constant(name: str) -> Any:
    raise JsonRefused(f"{name} is not JSON")


def loads(data: bytes | str) -> Any:
    """Parse JSON text (bytes are UTF-8). Raises :class:`JsonRefused` (a duplicate member,
    ``NaN``/``Infinity``, nesting too deep), :class:`UnicodeDecodeError` or another
    :class:`ValueError`; nothing else."""
    text = data.decode("utf-8") if isinstance(data, bytes | bytearray) else data
    try:
        return json.loads(text, object_pairs_hook=_object, parse_constant=_constant)
    except RecursionError:
        raise JsonRefused("nested too deeply") from None


__all__ = ["DuplicateKey", "JsonRefused", "loads"]
