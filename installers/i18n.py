#!/usr/bin/env python3
"""Saphan's translations: collect the strings, fill in Burmese and Thai, build the .qm files.

    .venv/bin/python installers/i18n.py            # all of the below, in this order
    .venv/bin/python installers/i18n.py update     # lupdate: desktop/**/*.py -> saphan_<lang>.ts
    .venv/bin/python installers/i18n.py fill       # resources/i18n/strings/*.py -> the .ts files
    .venv/bin/python installers/i18n.py release    # lrelease: .ts -> .qm (what the app loads)
    .venv/bin/python installers/i18n.py check      # list what is untranslated; exit 1 if any

``update`` keeps every translation already in the .ts files (also those made in Qt Linguist)
and drops strings no longer in the code. ``fill`` writes the translations kept in
``resources/i18n/strings/*.py`` (one module per part of the app, each a dict
``STRINGS = {"English": ("Burmese", "Thai")}``, with ``("Context", "English")`` keys when one
context needs another word). Only the standard library and PySide6's tools are needed.
"""

from __future__ import annotations

import argparse
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


def update() -> None:
    I18N.mkdir(parents=True, exist_ok=True)
    for code in LANGUAGES:
        run_lupdate(ts_path(code), code)
        print(f"updated {ts_path(code).relative_to(ROOT)}")


def release() -> None:
    for code in LANGUAGES:
        ts = ts_path(code)
        qm = ts.with_suffix(".qm")
        subprocess.run(
            [tool("pyside6-lrelease"), str(ts), "-qm", str(qm)],
            check=True,
            cwd=ROOT,
            stdout=subprocess.DEVNULL,
        )
        print(f"built {qm.relative_to(ROOT)}")


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
    """Print the untranslated strings of each language; the number of them."""
    missing = 0
    for code in LANGUAGES:
        for m in read_ts(ts_path(code)):
            if not m.finished:
                missing += 1
                print(f"{code}\t{m.context}\t{m.source!r}")
    print(f"{missing} untranslated" if missing else "every string is translated")
    return missing


def main(argv: list[str] | None = None) -> int:
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
    if step in ("all", "release"):
        release()
    if step in ("all", "check"):
        return 1 if check() else 0
    return 0


if __name__ == "__main__":
    sys.exit(main())
