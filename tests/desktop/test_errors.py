"""One mapper from typed errors to sentences (desktop/errors.py): every reason code raised
anywhere has its own sentence, in the app (translated) and in the saphan command; no sentence
ever shows a raw code or an exception's message; no page keeps a mapper of its own."""

from __future__ import annotations

import ast
import importlib
import inspect
import pkgutil
import re
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

import db
import directory
from db.errors import (
    CaseAlreadyOpen,
    ExpressionError,
    KeyFileMissing,
    PermissionDenied,
    ReferralCodeInvalid,
    SaphanError,
    StorageProblem,
    ValidationFailed,
)
from db.instruments.problems import InstrumentInvalid, Problem
from db.programmes import MappingConflict
from desktop import errors, i18n
from desktop.errors import SENTENCES, describe, sentence, terminal_text
from directory.errors import (
    BundleInvalid,
    FolderUnreachable,
    NetworkInvalid,
    NotAMember,
    StaleRevision,
)
from directory.merge_state import MergeStateDamaged
from directory.server_client import ServerError, ServerUnreachable
from tests.desktop.i18n_helpers import MYANMAR, THAI

ROOT = Path(__file__).resolve().parents[2]
MAPPER = ROOT / "desktop" / "errors.py"
CANARY = "Daw Khin Myo 1990-05-17"
GENERIC_APP = sentence(SaphanError())
GENERIC_TERMINAL = terminal_text(SaphanError())


def _typed_errors() -> list[type[SaphanError]]:
    """Every error class of db/, directory/ and desktop/ that derives from SaphanError."""
    for package in (db, directory):
        for module in pkgutil.walk_packages(package.__path__, package.__name__ + "."):
            if ".migrations" not in module.name:
                importlib.import_module(module.name)
    found: list[type[SaphanError]] = []
    pending = [SaphanError]
    while pending:
        cls = pending.pop()
        found.append(cls)
        pending += cls.__subclasses__()
    return sorted(set(found), key=lambda c: c.__qualname__)


def _sample(cls: type[SaphanError], message: str = "x") -> SaphanError:
    """An instance of ``cls``; ``message`` where its constructor takes free text."""
    samples: dict[type[SaphanError], Callable[[], SaphanError]] = {
        KeyFileMissing: lambda: KeyFileMissing("/data/saphan.db", "/data/saphan.db.keys"),
        PermissionDenied: lambda: PermissionDenied("settings"),
        CaseAlreadyOpen: lambda: CaseAlreadyOpen(7, "mhpss"),
        ValidationFailed: lambda: ValidationFailed({"name": "required"}),
        FolderUnreachable: lambda: FolderUnreachable(Path("/media/usb/share")),
        MergeStateDamaged: lambda: MergeStateDamaged(Path("/home/c/merge.json")),
        ServerUnreachable: lambda: ServerUnreachable(message),
        StaleRevision: StaleRevision,  # its reason is its own; it carries no text
        ExpressionError: lambda: ExpressionError(message, 3, message),
        MappingConflict: lambda: MappingConflict(message, [1, 2]),
        InstrumentInvalid: lambda: InstrumentInvalid([Problem(message, message, message)]),
    }
    if cls in samples:
        return samples[cls]()
    return cls(message)


def _reason_classes() -> dict[str, type[SaphanError]]:
    return {
        cls.__name__: cls
        for cls in _typed_errors()
        if "reason" in inspect.signature(cls.__init__).parameters
    }


def _raised_codes() -> Iterator[tuple[type[SaphanError], str, str]]:
    """(error class, reason code, where) for every literal reason code in db/, directory/ and
    desktop/: ``StorageProblem("disk_full")``, ``Rejected(name, "bad_filename")`` (a bundle
    that failed a check), ``super().__init__("state_damaged")`` inside an error class."""
    reasons = _reason_classes()
    typed = {cls.__name__: cls for cls in _typed_errors()}
    for folder in ("db", "directory", "desktop"):
        for path in sorted((ROOT / folder).rglob("*.py")):
            tree = ast.parse(path.read_text(encoding="utf-8"))
            where = str(path.relative_to(ROOT))
            for node in ast.walk(tree):
                if isinstance(node, ast.ClassDef) and node.name in typed:
                    for call in ast.walk(node):
                        if (
                            isinstance(call, ast.Call)
                            and isinstance(call.func, ast.Attribute)
                            and call.func.attr == "__init__"
                            and call.args
                            and isinstance(call.args[0], ast.Constant)
                            and isinstance(call.args[0].value, str)
                        ):
                            yield typed[node.name], call.args[0].value, where
                if not isinstance(node, ast.Call):
                    continue
                name = getattr(node.func, "id", None) or getattr(node.func, "attr", None)
                args = node.args
                if name == "Rejected" and len(args) == 2:
                    name, args = "BundleInvalid", args[1:]
                code = args[0].value if args and isinstance(args[0], ast.Constant) else None
                if name in reasons and isinstance(code, str):
                    yield reasons[name], code, where


def _own_entry(exc: SaphanError, code: str, channel: str) -> bool:
    """An entry for this code (or, for a code the class gives itself, the class's own)."""
    classes = [c for c in type(exc).__mro__ if issubclass(c, SaphanError)]
    keys = [(c, code) for c in classes] + [(type(exc), None)]
    return any(getattr(SENTENCES.get(key), channel, None) for key in keys)


RAISED = sorted(set(_raised_codes()), key=lambda r: (r[0].__name__, r[1], r[2]))


def test_the_scan_finds_the_codes_raised() -> None:
    """The scan is not blind: codes raised in each way are found."""
    found = {(cls.__name__, code) for cls, code, _ in RAISED}
    assert {
        ("StorageProblem", "disk_full"),  # return StorageProblem("disk_full") in db/engine.py
        ("BackupRefused", "key_file_present"),
        ("ImportFileProblem", "no_header"),
        ("BundleInvalid", "small_cell"),
        ("BundleInvalid", "stale_revision"),  # Rejected(name, "stale_revision")
        ("NetworkInvalid", "wrong_coordinator_key"),
        ("ServerError", "no_token"),
        ("MergeStateDamaged", "state_damaged"),  # super().__init__("state_damaged")
        ("StorageProblem", "no_folder"),  # raised in desktop/reports.py
    } <= found
    assert len(found) > 40


@pytest.mark.parametrize(("cls", "code", "where"), RAISED, ids=lambda v: getattr(v, "__name__", v))
def test_every_reason_code_raised_has_its_own_sentence(
    cls: type[SaphanError], code: str, where: str
) -> None:
    exc = _sample(cls, code) if cls is not MergeStateDamaged else _sample(cls)
    assert _own_entry(exc, code, "app"), (
        f"{where}: no sentence in the app for {cls.__name__} {code}"
    )
    assert _own_entry(exc, code, "terminal"), f"{where}: no terminal sentence for {code}"
    for text in (sentence(exc), terminal_text(exc)):
        assert text not in (GENERIC_APP, GENERIC_TERMINAL)
        assert code not in text, text


@pytest.mark.parametrize("cls", _typed_errors(), ids=lambda c: c.__name__)
def test_every_typed_error_has_a_sentence_of_its_own(cls: type[SaphanError]) -> None:
    if cls in (SaphanError, ValidationFailed):
        return  # the generic sentence itself; each field's problem (desktop.labels)
    own = [
        key
        for key in SENTENCES
        if key[1] is None and key[0] in cls.__mro__ and key[0] is not SaphanError
    ]
    assert own, f"{cls.__name__} has only the generic sentence"


@pytest.mark.parametrize("cls", _typed_errors(), ids=lambda c: c.__name__)
def test_no_sentence_shows_the_message_of_an_error(cls: type[SaphanError]) -> None:
    """Whatever an error carries (a file name that is a person's name, an OS message) is never
    shown; nor is an unknown code."""
    exc = _sample(cls, f"[Errno 28] No space left on device: '/home/u/{CANARY}.xlsx'")
    for text in (describe(exc), sentence(exc), terminal_text(exc)):
        assert CANARY not in text
        assert "Errno" not in text
    unknown = _sample(cls, "some_new_code")
    for text in (sentence(unknown), terminal_text(unknown)):
        assert "some_new_code" not in text


def test_a_server_refusal_is_worded_by_its_code_or_its_status() -> None:
    assert sentence(ServerError("no_token")) == (
        "Enter the server token the coordinator gave you first."
    )
    assert sentence(ServerError("bad_token", 401, "This token is not known.")).startswith(
        "The server did not accept the token."
    )
    assert sentence(ServerError("unknown_network", 404, "No network.")).startswith(
        "The server does not know this network code."
    )
    refused = ServerError("bad_signature", 422, "The signature does not verify.")
    assert sentence(refused) == "The server refused: The signature does not verify."
    assert terminal_text(refused) == "the server refused: The signature does not verify."
    assert sentence(ServerUnreachable()).startswith("The server cannot be reached now.")


def test_sentences_name_paths_and_the_reason_picks_the_sentence() -> None:
    assert terminal_text(FolderUnreachable(Path("/media/usb"))) == (
        "the shared folder /media/usb is not reachable; nothing was changed"
    )
    missing = KeyFileMissing("/data/saphan.db", "/data/saphan.db.keys")
    assert "saphan.db.keys is missing" in sentence(missing)
    assert "--db /data/saphan.db" in terminal_text(missing)
    assert terminal_text(SaphanError(), "/x/saphan.db") == "cannot do that"
    # The network's own words for a network file, a bundle's otherwise.
    assert sentence(NetworkInvalid("bad_signature")).startswith("The network file is not signed")
    assert sentence(BundleInvalid("bad_signature")).startswith("The signature does not match")
    assert sentence(NetworkInvalid("too_large")) == "The file is too large to be a bundle."
    assert sentence(NotAMember("BEAM")).startswith("This CSO is not a member of the network yet")
    assert sentence(StorageProblem("No space left on device")) == sentence(
        StorageProblem("cannot_write")
    )


@pytest.mark.parametrize(("code", "script"), [("my", MYANMAR), ("th", THAI)])
def test_the_app_shows_the_sentence_in_the_users_language(qapp, code: str, script) -> None:
    try:
        i18n.set_language(code)
        for exc in (
            StorageProblem("disk_full"),
            ServerError("no_token"),
            BundleInvalid("small_cell"),
            KeyFileMissing("/data/saphan.db", "/data/saphan.db.keys"),
            ReferralCodeInvalid("check"),
            ReferralCodeInvalid("already_recorded"),
            SaphanError(CANARY),
        ):
            text = describe(exc)
            assert script.search(text), text
            assert CANARY not in text
    finally:
        i18n.set_language("en")


# --- no page keeps a mapper of its own ---------------------------------------------------------


def _mappers_elsewhere(where: str, source: str, codes: set[str]) -> list[str]:
    """Error-to-sentence mapping outside desktop/errors.py: reading a caught error's ``reason``,
    naming an error class as a string, or a table keyed by reason codes."""
    tree = ast.parse(source)
    caught = {
        handler.name
        for handler in ast.walk(tree)
        if isinstance(handler, ast.ExceptHandler) and handler.name
    }
    # Passing a code on to another typed error (raise NetworkInvalid(exc.reason)) is no mapping.
    reraised = {
        id(node)
        for statement in ast.walk(tree)
        if isinstance(statement, ast.Raise)
        for node in ast.walk(statement)
    }
    problems = set()
    for node in ast.walk(tree):
        if (
            isinstance(node, ast.Attribute)
            and node.attr == "reason"
            and isinstance(node.value, ast.Name)
            and node.value.id in caught
            and id(node) not in reraised
        ):
            problems.add(f"{where}:{node.lineno}: reads {node.value.id}.reason")
        elif isinstance(node, ast.Compare) and any(
            isinstance(part, ast.Attribute) and part.attr == "__name__"
            for part in (node.left, *node.comparators)
        ):
            problems.add(f"{where}:{node.lineno}: compares a type's name")
        elif isinstance(node, ast.Dict):
            keys = {k.value for k in node.keys if isinstance(k, ast.Constant)}
            if len(keys & codes) >= 2:
                problems.add(f"{where}:{node.lineno}: a table of reason codes")
    return sorted(problems)


def test_no_other_module_maps_errors_to_sentences() -> None:
    codes = {code for _, code, _ in RAISED} - {"invalid"}  # "invalid" is also a field's problem
    problems = []
    for path in sorted((ROOT / "desktop").rglob("*.py")):
        if path != MAPPER:
            where = str(path.relative_to(ROOT))
            problems += _mappers_elsewhere(where, path.read_text(encoding="utf-8"), codes)
    assert not problems, "\n".join(problems)


def test_the_check_above_finds_the_earlier_mappers() -> None:
    earlier = """
try:
    publish()
except DirectoryError as exc:
    if type(exc).__name__ == "NotAMember":
        message = "not a member"
    else:
        message = REASONS.get(exc.reason, exc.reason)
REASONS = {"disk_full": "the disk is full", "read_only": "read-only"}
"""
    found = _mappers_elsewhere("earlier.py", earlier, {"disk_full", "read_only"})
    assert sorted(found) == [
        "earlier.py:5: compares a type's name",
        "earlier.py:8: reads exc.reason",
        "earlier.py:9: a table of reason codes",
    ]


def test_the_mapper_module_loads_no_qt() -> None:
    """The saphan command words its failures with this module and never loads Qt."""
    source = MAPPER.read_text(encoding="utf-8")
    module_level = [n for n in ast.parse(source).body if isinstance(n, ast.Import | ast.ImportFrom)]
    assert not [
        n for n in module_level if "PySide6" in ast.unparse(n) or "desktop.labels" in ast.unparse(n)
    ]
    assert re.search(r"QT_TRANSLATE_NOOP\(\s*\"Labels\"", source)  # what lupdate collects
    assert errors.QT_TRANSLATE_NOOP("Labels", "x") == ("Labels", "x")
