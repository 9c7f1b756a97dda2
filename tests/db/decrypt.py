"""Decrypt SQLCipher 4 pages directly, to look inside free pages and the WAL.

Grepping the raw (encrypted) file proves only that encryption is on. To prove that erased
content is really gone, these helpers decrypt every page of the file with the master key, free
pages included, so a test can look for leftovers SQLite itself would never show.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

PAGE_SIZE = 4096
RESERVE = 16 + 64  # IV + HMAC-SHA512 at the end of each page (SQLCipher 4 defaults)
SALT = 16
WAL_HEADER = 32
WAL_FRAME_HEADER = 24


def _decrypt_page(page: bytes, key: bytes, first: bool) -> bytes:
    start = SALT if first else 0
    body = page[start : PAGE_SIZE - RESERVE]
    iv = page[PAGE_SIZE - RESERVE : PAGE_SIZE - RESERVE + 16]
    decryptor = Cipher(algorithms.AES(key), modes.CBC(iv)).decryptor()
    return decryptor.update(body) + decryptor.finalize()


def decrypted_pages(path: Path, key: bytes) -> Iterator[bytes]:
    """Every page of a database file, decrypted (including free and unused pages)."""
    data = path.read_bytes()
    for n in range(len(data) // PAGE_SIZE):
        yield _decrypt_page(data[n * PAGE_SIZE : (n + 1) * PAGE_SIZE], key, first=n == 0)


def decrypted_wal_frames(path: Path, key: bytes) -> Iterator[bytes]:
    """Every frame of a write-ahead log, decrypted."""
    if not path.exists():
        return
    data = path.read_bytes()
    frame = WAL_FRAME_HEADER + PAGE_SIZE
    offset = WAL_HEADER
    while offset + frame <= len(data):
        page_no = int.from_bytes(data[offset : offset + 4], "big")
        page = data[offset + WAL_FRAME_HEADER : offset + frame]
        yield _decrypt_page(page, key, first=page_no == 1)
        offset += frame


def plaintext_of(db_path: Path, key: bytes) -> bytes:
    """All decrypted bytes of the database and its WAL, for searching."""
    wal = db_path.with_name(db_path.name + "-wal")
    return b"".join([*decrypted_pages(db_path, key), *decrypted_wal_frames(wal, key)])
