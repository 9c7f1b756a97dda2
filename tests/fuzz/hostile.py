"""Hand-made hostile inputs per reader (next to the generated ones): the attacks found by
probing, and the classic ones for each format."""

from __future__ import annotations

import functools
import gzip
import hashlib
import io
import json
import struct
import zipfile
from collections.abc import Callable

from tests.fuzz.mutations import Pairs, encode

MB = 1024 * 1024
LIMIT = 5 * MB  # directory.validation.MAX_FILE_BYTES

Seeds = dict[str, list[bytes]]
Make = Callable[[Seeds], bytes]


def _first_member_twice(data: bytes, member: bytes) -> bytes:
    return b"{" + member + b"," + data[1:]


def _json_inputs(kind: str) -> dict[str, Make]:
    return {
        "escaped quotes, 300 KB": lambda s: b'{"name":"' + b'\\"' * 150_000,
        "escaped quotes, 5 MB": lambda s: b'"' + b'\\"' * (LIMIT // 2 - 1),
        "quotes, 5 MB": lambda s: b'"' * LIMIT,
        "backslashes, 5 MB": lambda s: b'"' + b"\\" * (LIMIT - 1),
        "nested 100,000 deep": lambda s: b"[" * 100_000 + b"]" * 100_000,
        "objects nested 100,000 deep": lambda s: b'{"a":' * 100_000 + b"}" * 100_000,
        "open brackets, 5 MB": lambda s: b"[" * LIMIT,
        "empty arrays, 5 MB": lambda s: b"[" + b"[]," * (LIMIT // 3 - 2) + b"[]]",
        "one more byte than the limit": lambda s: b" " * (LIMIT + 1),
        "a member named twice": lambda s: _first_member_twice(s[kind][0], b'"revision":1'),
        "800,000 members": lambda s: b"{" + b'"a":1,' * 800_000 + b'"b":1}',
        "a number of a million digits": lambda s: b'{"revision":' + b"9" * 1_000_000 + b"}",
        "NaN": lambda s: b'{"revision":NaN}',
        "not UTF-8": lambda s: s[kind][0].replace(b'"', b'"\xff', 1),
        "a lone surrogate": lambda s: s[kind][0].replace(b'":"', b'":"\\ud800', 1),
        "a byte-order mark": lambda s: b"\xef\xbb\xbf" + s[kind][0],
        "UTF-16": lambda s: s[kind][0].decode("utf-8").encode("utf-16"),
        "a string of 4.9 MB": lambda s: s[kind][0].replace(
            b'":"', b'":"' + b"x" * (LIMIT - len(s[kind][0]) - 100), 1
        ),
        "the signature member twice": lambda s: _first_member_twice(
            s[kind][0], b'"signature":"' + b"0" * 128 + b'"'
        ),
    }


# --- zip files ----------------------------------------------------------------------------------


def _members(seed: bytes) -> dict[str, bytes]:
    with zipfile.ZipFile(io.BytesIO(seed)) as zf:
        return {info.filename: zf.read(info) for info in zf.infolist()}


def _zip(parts: dict[str, bytes], compress: int = zipfile.ZIP_STORED) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", compress) as zf:
        for name, data in parts.items():
            zf.writestr(name, data)
    return out.getvalue()


def _zip_with_zeros(parts: dict[str, bytes], name: str, size: int) -> bytes:
    """``parts`` and a part ``name`` of ``size`` zero bytes, deflated (written in pieces)."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as zf:
        for n, data in parts.items():
            if n != name:
                zf.writestr(n, data)
        info = zipfile.ZipInfo(name)
        info.compress_type = zipfile.ZIP_DEFLATED
        with zf.open(info, "w") as part:
            chunk = b"\0" * MB
            for _ in range(size // MB):
                part.write(chunk)
    return out.getvalue()


@functools.cache
def _zeros_sha256(size: int) -> str:
    digest = hashlib.sha256()
    chunk = b"\0" * MB
    for _ in range(size // MB):
        digest.update(chunk)
    return digest.hexdigest()


def _set_method(data: bytes, name: bytes, method: int) -> bytes:
    """The zip with the compression method of part ``name`` changed in its local header and
    its central directory entry (the data left as it is)."""
    out = bytearray(data)
    for signature, offset, name_at in ((b"PK\x03\x04", 8, 30), (b"PK\x01\x02", 10, 46)):
        at = out.find(signature)
        while at >= 0:
            if out[at + name_at : at + name_at + len(name)] == name:
                struct.pack_into("<H", out, at + offset, method)
            at = out.find(signature, at + 4)
    return bytes(out)


def _manifest(seeds: Seeds, **changes: object) -> dict[str, bytes]:
    parts = _members(seeds["backup"][0])
    manifest = json.loads(parts["manifest.json"])
    manifest.update(changes)
    for k, v in list(manifest.items()):
        if v is None:
            del manifest[k]
    parts["manifest.json"] = json.dumps(manifest).encode()
    return parts


def _key_file(seeds: Seeds, **params: object) -> bytes:
    doc = json.loads(seeds["key_file"][0])
    for slot in doc["slots"].values():
        slot.update(params)
    return json.dumps(doc).encode()


def _backup_with_key_file(**params: object) -> Make:
    def make(seeds: Seeds) -> bytes:
        parts = _members(seeds["backup"][0])
        parts["saphan.db.keys"] = _key_file(seeds, **params)
        return _zip(parts)

    return make


BOMB = 250 * MB


def _database_bomb(seeds: Seeds) -> bytes:
    """The database part unpacks to 250 MB (its checksum right), from a file of 250 KB."""
    parts = _manifest(seeds, db_sha256=_zeros_sha256(BOMB))
    return _zip_with_zeros(parts, "saphan.db", BOMB)


BACKUP: dict[str, Make] = {
    "the database part unpacks to 250 MB": _database_bomb,
    "the manifest unpacks to 250 MB": lambda s: _zip_with_zeros(
        _members(s["backup"][0]), "manifest.json", BOMB
    ),
    "the key file part unpacks to 250 MB": lambda s: _zip_with_zeros(
        _members(s["backup"][0]), "saphan.db.keys", BOMB
    ),
    "20,000 parts": lambda s: _zip(
        {**_members(s["backup"][0]), **{f"x{i}": b"" for i in range(20_000)}}
    ),
    "the manifest encrypted": lambda s: _set_flag(s["backup"][0], b"manifest.json", 0x1),
    "the manifest deflated garbage": lambda s: _set_method(s["backup"][0], b"manifest.json", 8),
    "the manifest in an unknown compression": lambda s: _set_method(
        s["backup"][0], b"manifest.json", 99
    ),
    "a manifest member named twice": lambda s: _zip(
        {
            **_members(s["backup"][0]),
            "manifest.json": encode(
                Pairs(
                    [
                        ("format", "other"),
                        *json.loads(_members(s["backup"][0])["manifest.json"]).items(),
                    ]
                )
            ),
        }
    ),
    "a manifest without created_at": lambda s: _zip(_manifest(s, created_at=None)),
    "a manifest with a bad created_at": lambda s: _zip(_manifest(s, created_at="yesterday")),
    "a manifest that is a list": lambda s: _zip(
        {**_members(s["backup"][0]), "manifest.json": b"[]"}
    ),
    "a manifest nested 100,000 deep": lambda s: _zip(
        {**_members(s["backup"][0]), "manifest.json": b"[" * 100_000}
    ),
    "a key file with time cost 0": _backup_with_key_file(t=0),
    "a key file with memory 2^32-1 KiB": _backup_with_key_file(m=2**32 - 1),
    "a key file with parallelism 0": _backup_with_key_file(p=0),
    "a key file with time cost 10^6": _backup_with_key_file(t=10**6),
    "a truncated zip": lambda s: s["backup"][0][: len(s["backup"][0]) // 2],
    "not a zip": lambda s: b"PK\x03\x04" + b"\0" * 100,
}


def _set_flag(data: bytes, name: bytes, flag: int) -> bytes:
    out = bytearray(data)
    for signature, offset, name_at in ((b"PK\x03\x04", 6, 30), (b"PK\x01\x02", 8, 46)):
        at = out.find(signature)
        while at >= 0:
            if out[at + name_at : at + name_at + len(name)] == name:
                (bits,) = struct.unpack_from("<H", out, at + offset)
                struct.pack_into("<H", out, at + offset, bits | flag)
            at = out.find(signature, at + 4)
    return bytes(out)


KEY_FILE: dict[str, Make] = {
    "time cost 0": lambda s: _key_file(s, t=0),
    "time cost -1": lambda s: _key_file(s, t=-1),
    "time cost 10^6": lambda s: _key_file(s, t=10**6),
    "memory 0": lambda s: _key_file(s, m=0),
    "memory 2^32-1 KiB": lambda s: _key_file(s, m=2**32 - 1),
    "memory 2^40 KiB": lambda s: _key_file(s, m=2**40),
    "parallelism 0": lambda s: _key_file(s, p=0),
    "parallelism 2^24": lambda s: _key_file(s, p=2**24),
    "parameters as text": lambda s: _key_file(s, t="3", m="1024", p="1"),
    "parameters as fractions": lambda s: _key_file(s, t=1.5),
    "parameters as true": lambda s: _key_file(s, t=True, p=True),
    "a salt that is not base64": lambda s: _key_file(s, salt="***"),
    "an empty salt": lambda s: _key_file(s, salt=""),
    "an empty nonce": lambda s: _key_file(s, nonce=""),
    "a nonce of a megabyte": lambda s: _key_file(s, nonce="A" * (4 * MB // 3)),
    "slots that are a list": lambda s: s["key_file"][0].replace(b'"slots": {', b'"slots": [{', 1),
    "a member named twice": lambda s: b'{"cso_code":"KAQ",' + s["key_file"][0].lstrip()[1:],
    "nested 100,000 deep": lambda s: b"[" * 100_000,
    "not UTF-8": lambda s: s["key_file"][0].replace(b'"', b'"\xff', 1),
}


# --- lists to import ----------------------------------------------------------------------------


def _csv(body: str) -> bytes:
    return ("Name,Sex,Date of birth\r\n" + body).encode("utf-8")


CSV: dict[str, Make] = {
    "a row of 50,000 empty cells and 3,000 rows": lambda s: _csv(
        "Ma Hla,F,1990" + "," * 50_000 + "\r\n" + "Ko Aung,M,1985\r\n" * 3_000
    ),
    "a cell of 200,000 characters": lambda s: _csv("Ma Hla," + "x" * 200_000 + ",1990"),
    "a line that chokes csv.Sniffer": lambda s: _csv("Ma Hla,F," + " 'x" * 40_000),
    "5,000 columns": lambda s: _csv(",".join(["x"] * 5_000)),
    "a quote that never closes": lambda s: _csv('"' + "Ma Hla,F,1990\r\n" * 5_000),
    "10 MB of commas": lambda s: _csv("," * (10 * MB)),
    "NUL bytes": lambda s: _csv("Ma\x00Hla,F,1990\r\n" * 10),
    "only carriage returns": lambda s: _csv("Ma Hla,F,1990\r" * 10_000),
    "130,000 vowel signs E": lambda s: _csv("\u1031" * 130_000 + ",F,1990"),
    "UTF-16 without a byte-order mark": lambda s: (
        s["csv"][0].decode("utf-8-sig").encode("utf-16-le")
    ),
    "UTF-16 cut in half a character": lambda s: ("\ufeffName,Sex\r\n").encode("utf-16-le")[:-1],
    "bytes of no encoding": lambda s: bytes(range(256)) * 100,
}


def _workbook_parts(seeds: Seeds) -> dict[str, bytes]:
    return _members(seeds["xlsx"][0])


SHEET = "xl/worksheets/sheet1.xml"


def _sheet_edit(change: Callable[[bytes], bytes]) -> Make:
    def make(seeds: Seeds) -> bytes:
        parts = _workbook_parts(seeds)
        parts[SHEET] = change(parts[SHEET])
        return _zip(parts, zipfile.ZIP_DEFLATED)

    return make


def _before(tag: bytes, text: bytes) -> Callable[[bytes], bytes]:
    return lambda xml: xml.replace(tag, text + tag, 1)


LAUGHS = (
    b'<?xml version="1.0"?><!DOCTYPE worksheet [<!ENTITY a "aaaaaaaaaa">'
    + b"".join(
        b"<!ENTITY " + bytes([c]) + b' "' + (b"&" + bytes([c - 1]) + b";") * 10 + b'">'
        for c in range(ord("b"), ord("k"))
    )
    + b"]>"
)

XLSX: dict[str, Make] = {
    "a merged range over the whole sheet": _sheet_edit(
        lambda xml: xml.replace(b'ref="A1:H1"', b'ref="A1:XFD1048576"')
    ),
    "a hyperlinked range over the whole sheet": _sheet_edit(
        lambda xml: xml.replace(b' ref="B3"', b' ref="A1:XFD1048576"')
    ),
    "a cell in the far corner": _sheet_edit(
        _before(b"</sheetData>", b'<row r="1048576"><c r="XFD1048576"><v>1</v></c></row>')
    ),
    "a cell beyond the last row": _sheet_edit(
        _before(b"</sheetData>", b'<row r="99999999"><c r="A99999999"><v>1</v></c></row>')
    ),
    "10,000 merged ranges and 1,000 hyperlinks": _sheet_edit(
        lambda xml: xml.replace(
            b'<mergeCell ref="A1:H1"/>',
            b"".join(b'<mergeCell ref="J%d:K%d"/>' % (i, i) for i in range(1, 10_001)),
        ).replace(
            b"</hyperlinks>",
            b"".join(b'<hyperlink ref="L%d"/>' % i for i in range(1, 1_001)) + b"</hyperlinks>",
        )
    ),
    "billion laughs": _sheet_edit(
        lambda xml: LAUGHS + xml.split(b"?>", 1)[-1].replace(b"<v>", b"<v>&j;", 1)
    ),
    "a shared string that does not exist": _sheet_edit(
        lambda xml: xml.replace(b't="s"><v>', b't="s"><v>999', 1)
    ),
    "an inline string of 5 MB": _sheet_edit(
        _before(
            b"</sheetData>",
            b'<row r="9"><c r="A9" t="inlineStr"><is><t>' + b"x" * LIMIT + b"</t></is></c></row>",
        )
    ),
    "a sheet cut in half": _sheet_edit(lambda xml: xml[: len(xml) // 2]),
    "shared strings unpack to 250 MB": lambda s: _zip_with_zeros(
        _workbook_parts(s), "xl/sharedStrings.xml", BOMB
    ),
    "a 1 MB part that unpacks a thousandfold": lambda s: _zip_with_zeros(
        _workbook_parts(s), "xl/worksheets/sheet1.xml", 20 * MB
    ),
    "the workbook part encrypted": lambda s: _set_flag(s["xlsx"][0], b"xl/workbook.xml", 0x1),
    "the workbook part in an unknown compression": lambda s: _set_method(
        s["xlsx"][0], b"xl/workbook.xml", 99
    ),
    "a zip directory of 60,000 parts": lambda s: _zip(
        {**_workbook_parts(s), **{f"x/{i}": b"" for i in range(60_000)}}
    ),
    "not a zip": lambda s: b"PK\x05\x06" + b"\0" * 18,
}


@functools.cache
def _gzip_zeros(size: int) -> bytes:
    out = io.BytesIO()
    with gzip.GzipFile(fileobj=out, mode="wb") as f:
        chunk = b"\0" * MB
        for _ in range(size // MB):
            f.write(chunk)
    return out.getvalue()


SERVER_ANSWERS: dict[str, Make] = {
    "a gzip answer that unpacks to 250 MB": lambda s: _gzip_zeros(BOMB),
    "an answer of 70 MB": lambda s: b" " * (70 * MB),
    "services that are not a list": lambda s: b'{"services":5}',
    "services that are not objects": lambda s: b'{"services":[1,"x",null]}',
    "a retry_after of 1e308": lambda s: b'{"retry_after":1e308}',
    "a retry_after of -5": lambda s: b'{"retry_after":-5}',
    "a retry_after that is text": lambda s: b'{"retry_after":"soon"}',
    "a stored_revision that is text": lambda s: b'{"stored_revision":"9","reason":"x"}',
}


HOSTILE: dict[str, dict[str, Make]] = {
    "bundle": _json_inputs("bundle"),
    "bundle_parsed": _json_inputs("bundle"),
    "bundle_folder": _json_inputs("bundle"),
    "bundle_slot": _json_inputs("bundle"),
    "network": _json_inputs("network"),
    "directory": _json_inputs("directory"),
    "server_bundle": _json_inputs("bundle"),
    "server_network": _json_inputs("network"),
    "server_pull": {**_json_inputs("network"), **SERVER_ANSWERS},
    "server_directory": {**_json_inputs("directory"), **SERVER_ANSWERS},
    "server_refusal": {**_json_inputs("network"), **SERVER_ANSWERS},
    "server_busy": {**_json_inputs("network"), **SERVER_ANSWERS},
    "backup": BACKUP,
    "key_file": KEY_FILE,
    "csv": CSV,
    "xlsx": XLSX,
}
