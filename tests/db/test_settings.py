"""Typed settings: every key declared once in db/settings.py, read and written with its type,
and stored exactly as earlier versions stored it (an older database keeps its settings)."""

from __future__ import annotations

import ast
import dataclasses
import datetime as dt
import json
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import text

from db import backup, importing, settings, sharing
from db.import_sheets import Sheet
from db.settings import Key
from db.store import Store

ROOT = Path(__file__).resolve().parents[2]
SOURCES = [ROOT / "db", ROOT / "directory", ROOT / "desktop"]
SETTINGS_MODULE = ROOT / "db" / "settings.py"
CHANGES_MODULE = ROOT / "db" / "changes.py"
# The app's own preferences outside the database (the last user name, the language of the
# sign-in dialog) live in QSettings, behind this one module.
QSETTINGS_MODULE = ROOT / "desktop" / "login" / "last_user.py"

FOLDER = "/media/usb/saphan-share"
COORDINATOR_KEY = "ab" * 32
PUBLISHED = {
    "at": "2026-03-01T08:30:00Z",
    "folder": FOLDER,
    "revision": 3,
    "problem": "",
    "transport": "folder",
    "waiting": None,
}
DIRECTORY = [{"id": "s1", "name": "ကလေးစောင့်ရှောက်ရေး", "status": "active"}]
OUTBOX = {"url": "https://share.example.org", "network": "maesot", "bundle": {"revision": 4}}


def _rows(store: Store) -> list[tuple[str, str, Key[Any], object]]:
    """(the name and the text the earlier code wrote, the typed key, the value it reads as)."""
    user_id = store.user.id
    return [
        ("auto_lock_minutes", "25", settings.AUTO_LOCK_MINUTES, 25),
        (
            "last_backup_at",
            "2026-03-01T08:30:00.123456",
            settings.LAST_BACKUP_AT,
            dt.datetime(2026, 3, 1, 8, 30, 0, 123456),
        ),
        ("network/last_publish", json.dumps(PUBLISHED), settings.LAST_PUBLISH, PUBLISHED),
        ("network/shared_folder", FOLDER, settings.SHARED_FOLDER, Path(FOLDER)),
        ("network/coordinator_key", COORDINATOR_KEY, settings.TRUSTED_KEY, COORDINATOR_KEY),
        (
            "network/document",
            json.dumps({"network_id": "maesot", "revision": 2}),
            settings.NETWORK_DOCUMENT,
            {"network_id": "maesot", "revision": 2},
        ),
        ("network/transport", "server", settings.TRANSPORT, "server"),
        ("network/server_url", "https://share.example.org", settings.SERVER_URL, OUTBOX["url"]),
        ("network/server_network", "maesot", settings.SERVER_NETWORK, "maesot"),
        (
            "network/server_directory",
            json.dumps(DIRECTORY, ensure_ascii=False),
            settings.SERVER_DIRECTORY,
            DIRECTORY,
        ),
        ("network/directory", json.dumps(DIRECTORY), settings.CACHED_DIRECTORY, DIRECTORY),
        (
            "coordinator/network",
            json.dumps({"network_id": "maesot"}),
            settings.COORDINATOR_NETWORK,
            {"network_id": "maesot"},
        ),
        (
            "coordinator/seen",
            json.dumps({"BEAM": 4, "KAQ": 2}, sort_keys=True),
            settings.SEEN,
            {"BEAM": 4, "KAQ": 2},
        ),
        ("network_signing_key", "11" * 32, settings.NETWORK_SIGNING_KEY, b"\x11" * 32),
        ("bundle_revision", "39", settings.BUNDLE_REVISION, 39),
        (
            "plan_templates_seeded",
            json.dumps(["breathing.en", "breathing.my"]),
            settings.PLAN_TEMPLATES_SEEDED,
            frozenset({"breathing.en", "breathing.my"}),
        ),
        (f"user/{user_id}/calendar", "buddhist", settings.USER_CALENDAR.key(user_id), "buddhist"),
        (
            "import_mapping:0123456789abcdef0123",
            json.dumps({"0": "name", "2": "sex"}),
            settings.IMPORT_MAPPING.key("0123456789abcdef0123"),
            {0: "name", 2: "sex"},
        ),
        (
            "server_outbox:0123456789abcdef01234567",
            json.dumps(OUTBOX, ensure_ascii=False),
            settings.SERVER_OUTBOX.key("0123456789abcdef01234567"),
            OUTBOX,
        ),
    ]


def _write_raw(store: Store, name: str, value: str) -> None:
    """A row as the earlier code wrote it, straight into the table."""
    with store.write() as session:
        session.execute(
            text("INSERT OR REPLACE INTO settings (key, value) VALUES (:key, :value)"),
            {"key": name, "value": value},
        )


def _read_raw(store: Store, name: str) -> str | None:
    with store.read() as session:
        return session.execute(
            text("SELECT value FROM settings WHERE key = :key"), {"key": name}
        ).scalar_one_or_none()


def test_settings_written_by_the_earlier_code_read_back_typed(
    store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    rows = _rows(store)
    for name, stored, _, _ in rows:
        _write_raw(store, name, stored)
    for name, _, key, value in rows:
        assert key.name == name
        assert settings.get(store, key) == value, name
    # ... also through the functions that use them.
    assert settings.auto_lock_minutes(store) == 25
    assert settings.user_calendar(store) == settings.BUDDHIST
    assert backup.last_backup_at(store) == dt.datetime(2026, 3, 1, 8, 30, 0, 123456)
    assert sharing.last_bundle_revision(store) == 39
    # The next revision of the team-wide series (minutes since the epoch * 64, device 0).
    now = dt.datetime(2026, 6, 15, 8, 0, tzinfo=dt.UTC)
    monkeypatch.setattr(sharing, "utc_now", lambda: now)
    revision = int(now.timestamp()) // 60 * 64
    assert sharing.claim_bundle_revision(store) == revision
    assert _read_raw(store, "bundle_revision") == str(revision)


def test_typed_values_are_stored_as_the_earlier_code_stored_them(store: Store) -> None:
    for name, stored, key, value in _rows(store):
        settings.put(store, key, value)
        assert _read_raw(store, name) == stored, name


def test_the_import_mapping_is_found_under_its_earlier_name(store: Store) -> None:
    sheet = Sheet("Sheet1", ("Name", "Age", "Sex"), (("Daw Khin Myo", "34", "F"),), (2,), 1)
    name = "import_mapping:" + importing.header_fingerprint(sheet.header)
    _write_raw(store, name, json.dumps({"0": "name", "2": "sex"}))
    assert importing.remembered_mapping(store, sheet) == {0: "name", 2: "sex"}
    importing.remember_mapping(store, sheet, {0: "name", 2: "sex", 1: "age"})
    assert _read_raw(store, name) == json.dumps({"0": "name", "1": "age", "2": "sex"})


def test_a_value_that_cannot_be_read_reads_as_the_default(store: Store) -> None:
    for key, damaged in [
        (settings.AUTO_LOCK_MINUTES, "ten"),
        (settings.LAST_BACKUP_AT, "yesterday"),
        (settings.LAST_PUBLISH, "[1, 2]"),
        (settings.SEEN, "{not json"),
        (settings.BUNDLE_REVISION, ""),
        (settings.USER_CALENDAR.key(store.user.id), "lunar"),
    ]:
        _write_raw(store, key.name, damaged)
        assert settings.get(store, key) == key.default, key.name
    assert settings.get(store, settings.SEEN) is not settings.SEEN.default  # a fresh {} each time


def test_cso_wide_settings_need_the_settings_permission_and_are_audited(store: Store) -> None:
    from db.errors import PermissionDenied
    from db.types import Role, UserInfo

    user = UserInfo(store.user.id, "other", "Naw Paw Htoo", Role.COORDINATOR, "en")
    coordinator = dataclasses.replace(store, user=user)
    with pytest.raises(PermissionDenied):
        settings.put(coordinator, settings.AUTO_LOCK_MINUTES, 5)
    settings.keep(coordinator, settings.SERVER_URL, "https://share.example.org")  # unaudited
    assert settings.get(store, settings.SERVER_URL) == "https://share.example.org"
    settings.keep(store, settings.AUTO_LOCK_MINUTES, 5)
    with store.read() as session:
        details = session.execute(
            text("SELECT detail FROM audit_events WHERE action = 'setting'")
        ).scalars()
        assert list(details) == ["auto_lock_minutes"]


# --- no key spelled out anywhere else ---------------------------------------------------------


def _python_files() -> list[Path]:
    return sorted(
        p for folder in SOURCES for p in folder.rglob("*.py") if "migrations" not in p.parts
    )


def _docstrings(tree: ast.AST) -> set[int]:
    found = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Module | ast.ClassDef | ast.FunctionDef | ast.AsyncFunctionDef):
            body = node.body
            if body and isinstance(body[0], ast.Expr) and isinstance(body[0].value, ast.Constant):
                found.add(id(body[0].value))
    return found


def _audit_arguments(tree: ast.AST) -> set[int]:
    """Strings given to ``store.audit(...)``: audit codes, which may share a word with a key."""
    found = set()
    for node in ast.walk(tree):
        if (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Attribute)
            and node.func.attr == "audit"
        ):
            found.update(id(arg) for arg in node.args)
    return found


def test_every_key_is_declared_once() -> None:
    declared = list(settings.declared())
    names = [d.name if isinstance(d, Key) else d.pattern for d in declared]
    assert len(names) == len(set(names))
    prefixes = [d.prefix for d in declared if isinstance(d, settings.Family)]
    assert all(prefixes), "a family's pattern starts with a fixed prefix"
    for d in declared:
        if isinstance(d, Key):
            assert not any(d.name.startswith(p) for p in prefixes), d.name
            assert d.read(d.format(d.default)) == d.default, d.name


def _spelled_out(where: str, source: str, tree: ast.AST | None = None) -> list[str]:
    """What in one module names a setting other than through db/settings.py."""
    declared = list(settings.declared())
    names = {d.name for d in declared if isinstance(d, Key)}
    prefixes = tuple(d.prefix for d in declared if isinstance(d, settings.Family))
    tree = tree or ast.parse(source)
    skip = _docstrings(tree) | _audit_arguments(tree)
    problems = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Constant) and isinstance(node.value, str):
            if id(node) not in skip and (
                node.value in names or (node.value and node.value.startswith(prefixes))
            ):
                problems.append(f"{where}:{node.lineno}: setting key {node.value!r}")
        elif isinstance(node, ast.ImportFrom) and node.module == "db.models":
            if any(alias.name == "Setting" for alias in node.names):
                problems.append(f"{where}:{node.lineno}: imports the Setting row")
        elif isinstance(node, ast.ImportFrom) and node.module == "db.settings":
            private = [a.name for a in node.names if a.name.startswith("_")]
            if private:
                problems.append(f"{where}:{node.lineno}: imports {private}")
        elif isinstance(node, ast.Attribute) and node.attr in ("Setting", "QSettings"):
            problems.append(f"{where}:{node.lineno}: uses {node.attr}")
        elif isinstance(node, ast.Name) and node.id == "QSettings":
            problems.append(f"{where}:{node.lineno}: uses QSettings")
    return problems


def test_no_setting_key_is_spelled_out_outside_db_settings() -> None:
    """Setting names live only in db/settings.py: elsewhere a key is ``settings.NAME``, never a
    string, and nothing else touches the settings table (the ORM row) or QSettings."""
    problems = []
    for path in _python_files():
        if path in (SETTINGS_MODULE, QSETTINGS_MODULE):
            continue
        found = _spelled_out(str(path.relative_to(ROOT)), path.read_text(encoding="utf-8"))
        if path == CHANGES_MODULE:
            # The change bus tells a settings row from others to classify a write; it never
            # reads or writes a setting itself.
            found = [p for p in found if not p.endswith("imports the Setting row")]
        problems += found
    assert not problems, "\n".join(problems)


def test_the_source_check_finds_what_the_earlier_code_did() -> None:
    """The scan is not blind: each way the earlier code named a setting is caught."""
    earlier = """
from db.models import Setting
from db.settings import _put, get_setting
SHARED_FOLDER = "network/shared_folder"
text = get_setting(store, "last_backup_at")
_put(store, f"user/{store.user.id}/calendar", "buddhist", audited=False)
key = "server_outbox:" + digest
row = session.get(Setting, "bundle_revision")
value = QSettings().value("interface/language", "")
store.audit(session, "bundle_revision", "cso", 1, "40")
"""
    found = sorted(_spelled_out("earlier.py", earlier))
    assert found == [
        "earlier.py:2: imports the Setting row",
        "earlier.py:3: imports ['_put']",
        "earlier.py:4: setting key 'network/shared_folder'",
        "earlier.py:5: setting key 'last_backup_at'",
        "earlier.py:6: setting key 'user/'",
        "earlier.py:7: setting key 'server_outbox:'",
        "earlier.py:8: setting key 'bundle_revision'",
        "earlier.py:9: uses QSettings",
    ]
