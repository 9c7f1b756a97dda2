#!/usr/bin/env python3
"""Saphan's translations: collect the strings, fill in Burmese and Thai, build the .qm files.

    .venv/bin/python installers/i18n.py            # all of the below, in this order
    .venv/bin/python installers/i18n.py update     # lupdate: desktop/**/*.py -> saphan_<lang>.ts
    .venv/bin/python installers/i18n.py fill       # resources/i18n/strings/*.py -> the .ts files
    .venv/bin/python installers/i18n.py release    # lrelease: .ts -> .qm (what the app loads)
    .venv/bin/python installers/i18n.py check      # list what is untranslated; exit 1 if any
    .venv/bin/python installers/i18n.py new-language ksw "ကညီ"   # add a language (a translator's
                                                   # catalogue; see docs/translating.md)

``update`` keeps every translation already in the .ts files (also those made in Qt Linguist)
and drops strings no longer in the code. ``fill`` writes the translations kept in
``resources/i18n/strings/*.py`` (one module per part of the app, each a dict
``STRINGS = {"English": ("Burmese", "Thai")}``, with ``("Context", "English")`` keys when one
context needs another word). Only the standard library and PySide6's tools are needed.

Burmese and Thai are complete (``check`` fails otherwise). A language added with
``new-language`` (listed in ``resources/i18n/languages.json``) is translated in Qt Linguist or
in ``resources/i18n/extra/<code>.py`` (``STRINGS = {"English": "translation"}``); what it does
not translate shows in its fallback language (S'gaw Karen: Burmese), then English.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import runpy
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOURCES = ROOT / "desktop"
I18N = ROOT / "resources" / "i18n"
STRINGS = I18N / "strings"
EXTRA = I18N / "extra"
CATALOGUE = "languages.json"
LANGUAGES = {"my": "my_MM", "th": "th_TH"}
# Which side of a (Burmese, Thai) pair each language takes.
COLUMN = {"my": 0, "th": 1}
_PLACEHOLDER = re.compile(r"\{[a-z_0-9]*\}|%n|%\d")


def tool(name: str) -> str:
    """A PySide6 tool from the virtualenv this script runs in, else from PATH."""
    folder = Path(sys.executable).parent
    for candidate in (folder / name, folder / f"{name}.exe"):
        if candidate.exists():
            return str(candidate)
    found = shutil.which(name)
    if found is None:
        sys.exit(f"{name} not found: run this script with the project's .venv Python.")
    return found


def source_files(root: Path = SOURCES) -> list[Path]:
    return sorted(p for p in root.rglob("*.py") if "__pycache__" not in p.parts)


def ts_path(code: str, folder: Path = I18N) -> Path:
    return folder / f"saphan_{code}.ts"


def run_lupdate(ts_file: Path, code: str, sources: list[Path] | None = None) -> None:
    """Collect the strings of ``sources`` into ``ts_file``, keeping its translations."""
    files = [str(p) for p in (sources or source_files())]
    command = [
        tool("pyside6-lupdate"),
        *files,
        "-no-obsolete",
        "-locations",
        "none",
        "-source-language",
        "en",
        "-target-language",
        LANGUAGES.get(code, code),
        "-ts",
        str(ts_file),
    ]
    subprocess.run(command, check=True, cwd=ROOT, stdout=subprocess.DEVNULL)


def added_languages(folder: Path = I18N) -> dict[str, dict[str, str]]:
    """The languages added with ``new-language``: ``{code: {"name", "fallback"}}``."""
    try:
        data = json.loads((folder / CATALOGUE).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


def all_languages(folder: Path = I18N) -> list[str]:
    return [*LANGUAGES, *(c for c in added_languages(folder) if c not in LANGUAGES)]


def update() -> None:
    I18N.mkdir(parents=True, exist_ok=True)
    for code in all_languages():
        if code in LANGUAGES:
            run_lupdate(ts_path(code), code)
        else:
            update_added(code)
        print(f"updated {ts_path(code).relative_to(ROOT)}")


def update_added(code: str, folder: Path = I18N, sources: list[Path] | None = None) -> None:
    """lupdate for a language Qt does not know (S'gaw Karen): lupdate refuses to touch its
    catalogue once it holds translations, so the strings are collected afresh and every
    translation already made (in Qt Linguist too) is carried over here."""
    ts = ts_path(code, folder)
    fresh = ts.with_name(f"saphan_{code}.new.ts")
    fresh.unlink(missing_ok=True)
    run_lupdate(fresh, code, sources)
    if ts.exists():
        done: dict[tuple[str, str], ET.Element] = {}
        for context in ET.parse(ts).getroot().iter("context"):
            name = context.findtext("name") or ""
            for message in context.iter("message"):
                element = message.find("translation")
                if element is not None and (element.text or len(element)):
                    done[(name, message.findtext("source") or "")] = element
        tree = ET.parse(fresh)
        for context in tree.getroot().iter("context"):
            name = context.findtext("name") or ""
            for message in context.iter("message"):
                old = done.get((name, message.findtext("source") or ""))
                if old is None:
                    continue
                element = message.find("translation")
                if element is not None:
                    message.remove(element)
                message.append(old)
        _write_ts(tree, ts)
        fresh.unlink()
    else:
        fresh.replace(ts)


def release_one(code: str, folder: Path = I18N) -> Path:
    ts = ts_path(code, folder)
    qm = ts.with_suffix(".qm")
    subprocess.run(
        [tool("pyside6-lrelease"), str(ts), "-qm", str(qm)],
        check=True,
        cwd=ROOT,
        stdout=subprocess.DEVNULL,
    )
    return qm


def release() -> None:
    for code in all_languages():
        print(f"built {release_one(code).relative_to(ROOT)}")


# --- adding a language ----------------------------------------------------------------------

_MYANMAR = re.compile(r"[\u1000-\u109F\uAA60-\uAA7F]")


def new_language(
    code: str,
    name: str,
    fallback: str | None = None,
    folder: Path = I18N,
    sources: list[Path] | None = None,
) -> Path:
    """Add ``code`` (named ``name`` in its own script): its entry in languages.json, its
    catalogue ``saphan_<code>.ts`` with every string (none translated yet, but those of
    ``extra/<code>.py``) and its ``.qm``, so it is offered in the app's pickers at once.
    ``fallback``: the language shown where a string is untranslated (default: Burmese for a
    language written in Myanmar script, like S'gaw Karen; else English)."""
    if not re.fullmatch(r"[a-z]{2,3}(_[A-Z]{2})?", code) or code == "en":
        raise SystemExit(f"{code!r} is not a language code such as ksw, shn or mnw")
    if not name.strip():
        raise SystemExit('give the language\'s name in its own script, e.g. "ကညီ"')
    if fallback is None:
        fallback = "my" if _MYANMAR.search(name) else ""
    folder.mkdir(parents=True, exist_ok=True)
    catalogue = added_languages(folder)
    catalogue[code] = {"name": name.strip(), "fallback": fallback}
    (folder / CATALOGUE).write_text(
        json.dumps(catalogue, ensure_ascii=False, indent=2, sort_keys=True) + "\n",
        encoding="utf-8",
    )
    update_added(code, folder, sources)
    fill_extra(code, folder)
    return release_one(code, folder)


def load_extra(code: str, folder: Path = EXTRA) -> dict[object, str]:
    """The translations kept for an added language: ``{English or (context, English): text}``."""
    path = folder / f"{code}.py"
    if not path.exists():
        return {}
    data = runpy.run_path(str(path)).get("STRINGS", {})
    return {k: v for k, v in data.items() if isinstance(v, str) and v}


def fill_extra(code: str, folder: Path = I18N, extra: dict[object, str] | None = None) -> int:
    """Write the kept translations of an added language into its .ts (Qt Linguist's work on
    other strings stays)."""
    table = load_extra(code) if extra is None else extra
    path = ts_path(code, folder)
    tree = ET.parse(path)
    written = 0
    for context in tree.getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            text = table.get((name, source)) or table.get(source)
            if text is None or placeholders(text) != placeholders(source):
                continue
            _set_translation(message, text)
            written += 1
    _write_ts(tree, path)
    return written


# --- reading and writing .ts files ---------------------------------------------------------


@dataclass
class Message:
    context: str
    source: str
    translation: str
    finished: bool
    numerus: bool


def read_ts(path: Path) -> list[Message]:
    root = ET.parse(path).getroot()
    messages = []
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            element = message.find("translation")
            numerus = message.get("numerus") == "yes"
            if element is None:
                text, finished = "", False
            else:
                if numerus:
                    text = "".join(f.text or "" for f in element.iter("numerusform"))
                else:
                    text = element.text or ""
                finished = element.get("type") not in ("unfinished", "vanished", "obsolete")
            source = message.findtext("source") or ""
            messages.append(Message(name, source, text, finished and bool(text), numerus))
    return messages


def load_strings(folder: Path = STRINGS) -> dict[object, tuple[str, str]]:
    """Every (Burmese, Thai) pair of the string modules, keyed by English or (context, English)."""
    table: dict[object, tuple[str, str]] = {}
    for module in sorted(folder.glob("*.py")):
        data = runpy.run_path(str(module)).get("STRINGS", {})
        for key, pair in data.items():
            if key in table and table[key] != pair:
                print(f"warning: {module.name} translates {key!r} differently", file=sys.stderr)
            table[key] = pair
    return table


def placeholders(text: str) -> list[str]:
    return sorted(_PLACEHOLDER.findall(text))


def fill(table: dict[object, tuple[str, str]] | None = None) -> int:
    """Write the translations of ``table`` into the .ts files. Returns how many were written."""
    table = load_strings() if table is None else table
    written = 0
    for code in LANGUAGES:
        path = ts_path(code)
        tree = ET.parse(path)
        for context in tree.getroot().iter("context"):
            name = context.findtext("name") or ""
            for message in context.iter("message"):
                source = message.findtext("source") or ""
                pair = table.get((name, source)) or table.get(source)
                if pair is None:
                    continue
                text = pair[COLUMN[code]]
                if placeholders(text) != placeholders(source):
                    print(
                        f"warning: {code} {name}: placeholders differ in {source!r}",
                        file=sys.stderr,
                    )
                    continue
                _set_translation(message, text)
                written += 1
        _write_ts(tree, path)
    print(f"filled {written} translations")
    return written


def _set_translation(message: ET.Element, text: str) -> None:
    element = message.find("translation")
    if element is None:
        element = ET.SubElement(message, "translation")
    for child in list(element):
        element.remove(child)
    element.attrib.pop("type", None)
    if message.get("numerus") == "yes":
        # Burmese and Thai have one plural form.
        element.text = None
        ET.SubElement(element, "numerusform").text = text
    else:
        element.text = text


def _write_ts(tree: ET.ElementTree, path: Path) -> None:
    ET.indent(tree, space="    ")
    body = ET.tostring(tree.getroot(), encoding="unicode")
    path.write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", encoding="utf-8"
    )


def check() -> int:
    """Print the untranslated strings of Burmese and Thai; the number of them. Added
    languages may be partial: how far each has come is printed."""
    missing = 0
    for code in LANGUAGES:
        for m in read_ts(ts_path(code)):
            if not m.finished:
                missing += 1
                print(f"{code}\t{m.context}\t{m.source!r}")
    print(f"{missing} untranslated" if missing else "every string is translated")
    for code, entry in added_languages().items():
        messages = read_ts(ts_path(code)) if ts_path(code).exists() else []
        done = sum(1 for m in messages if m.finished)
        fallback = entry.get("fallback") or "en"
        print(f"{code}: {done} of {len(messages)} translated (the rest shows in {fallback})")
    return missing


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if argv and argv[0] == "new-language":
        adding = argparse.ArgumentParser(prog="i18n.py new-language")
        adding.add_argument("code", help="the language's code, e.g. ksw (S'gaw Karen)")
        adding.add_argument("name", help="its name in its own script, e.g. ကညီ")
        adding.add_argument("--fallback", help="shown where untranslated (default: see docs)")
        args = adding.parse_args(argv[1:])
        qm = new_language(args.code, args.name, args.fallback)
        print(f"added {args.code}: translate {ts_path(args.code).relative_to(ROOT)} in Qt Linguist")
        print(f"built {qm.relative_to(ROOT)}: {args.name} is offered in the language pickers")
        return 0
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "step", nargs="?", default="all", choices=("all", "update", "fill", "release", "check")
    )
    step = parser.parse_args(argv).step
    os.chdir(ROOT)
    if step in ("all", "update"):
        update()
    if step in ("all", "fill"):
        fill()
        for code in added_languages():
            fill_extra(code)
    if step in ("all", "release"):
        release()
    if step in ("all", "check"):
        return 1 if check() else 0
    return 0


if __name__ == "__main__":
    sys.exit(main())
