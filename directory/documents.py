"""How shared documents are written and read back: compact sorted JSON, and untrusted files
read with a size limit. Used by the shared folder, the coordination server and its client
alike (no database here)."""

from __future__ import annotations

import json
import stat
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from directory.errors import BundleInvalid
from directory.validation import MAX_FILE_BYTES, parse_json

# The merged service directory the coordinator signs (``directory.json``, or the server's).
DIRECTORY_SCHEMA = "saphan.directory/1"


def encode(document: Mapping[str, Any]) -> bytes:
    """How shared documents are written: compact UTF-8 JSON with sorted keys."""
    return json.dumps(
        document, sort_keys=True, ensure_ascii=False, separators=(",", ":"), allow_nan=False
    ).encode("utf-8")


def read_limited(path: Path, limit: int = MAX_FILE_BYTES) -> bytes:
    """The bytes of an untrusted file: a regular file of at most ``limit`` bytes. Raises
    :class:`BundleInvalid` with a reason code."""
    try:
        st = path.lstat()
    except OSError:
        raise BundleInvalid("unreadable") from None
    if not stat.S_ISREG(st.st_mode):
        raise BundleInvalid("not_a_file")
    if st.st_size > limit:
        raise BundleInvalid("too_large")
    try:
        with open(path, "rb") as f:
            # Its size and a byte: a file that grew meanwhile is read on, up to the limit and a
            # byte. (Asking for the limit at once made a 5 MB buffer, then a copy, per file.)
            data = f.read(st.st_size + 1)
            if len(data) > st.st_size:
                data += f.read(limit + 1 - len(data))
    except OSError:
        raise BundleInvalid("unreadable") from None
    if len(data) > limit:
        raise BundleInvalid("too_large")
    return data


def read_json_file(path: Path, limit: int = MAX_FILE_BYTES) -> Any:
    """Parse an untrusted JSON file (nesting checked before parsing); raises
    :class:`BundleInvalid` with a reason code."""
    return parse_json(read_limited(path, limit), limit)


__all__ = ["DIRECTORY_SCHEMA", "encode", "read_json_file", "read_limited"]
