"""The fit test: every page and the main dialogs, in English, Burmese and Thai, on a
1366×768 laptop screen at 100 % and 125 % (Windows' scaling), checked by desktop.gallery's
walker: no label, button, tab, header or drop-down whose text does not fit its widget, no
window bigger than the screen or button off it, no English in the Burmese and Thai runs that
is not a name or a code.

The pseudo-locale (accented, 40 % longer) is walked too. The walk runs in one child process
per scale (its own offscreen 1366×768 screen, which the test process's application cannot
have), sharing one demo database and one main window for the languages."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QSize
from PySide6.QtWidgets import QComboBox, QLabel, QPushButton, QTableView, QVBoxLayout, QWidget

from desktop import gallery

ROOT = Path(__file__).resolve().parents[2]
# The pseudo-locale (every string accented and 40 % longer) catches text that would not fit
# a longer language and strings that never went through tr().
LANGUAGES = ("en", "my", "th", "pseudo")


def _walks(tmp: Path) -> dict[float, dict[str, list[str]]]:
    """Both scales at once (two child processes: CI has two cores)."""
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    env.pop("QT_QPA_PLATFORM", None)  # the walker sets its own laptop screen
    runs = {}
    for scale in gallery.SCALES:
        out = tmp / f"problems-{scale}.json"
        command = [sys.executable, "-m", "desktop.gallery", "--scale", str(scale)]
        process = subprocess.Popen(
            [*command, "--json", str(out), *LANGUAGES],
            cwd=ROOT,
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            text=True,
        )
        runs[scale] = (process, out)
    found: dict[float, dict[str, list[str]]] = {}
    for scale, (process, out) in runs.items():
        output, _ = process.communicate(timeout=1500)
        assert out.exists(), output[-4000:]
        found[scale] = json.loads(out.read_text(encoding="utf-8"))
    return found


@pytest.fixture(scope="module")
def walks(tmp_path_factory: pytest.TempPathFactory) -> dict[float, dict[str, list[str]]]:
    return _walks(tmp_path_factory.mktemp("fit"))


@pytest.mark.timeout(1800)  # the walks (~1 min on an idle 2-core machine) run in the fixture
@pytest.mark.parametrize("scale", gallery.SCALES)
@pytest.mark.parametrize("language", LANGUAGES)
def test_every_page_and_dialog_fits(walks, scale: float, language: str) -> None:
    problems = walks[scale][language]
    assert problems == [], f"{language} at {round(scale * 100)} %:\n" + "\n".join(problems)


# --- the checks themselves, on widgets made to fail them -----------------------------------


def _shown(qtbot, *widgets: QWidget, width: int = 300) -> QWidget:
    top = QWidget()
    qtbot.addWidget(top)
    layout = QVBoxLayout(top)
    for w in widgets:
        layout.addWidget(w)
    top.resize(width, 200)
    top.show()
    qtbot.waitExposed(top)
    return top


def test_the_walker_finds_clipped_text(qtbot) -> None:
    label = QLabel("ဆောင်ရွက်ဆဲနှင့် ပိတ်ပြီး ဆောင်ရွက်ဆဲနှင့် ပိတ်ပြီး")
    label.setMaximumWidth(60)
    button = QPushButton("A very long button text that cannot fit")
    button.setMaximumWidth(60)
    combo = QComboBox()
    combo.addItem("Active and closed, and a lot more")
    combo.setMaximumWidth(60)
    table = QTableView()
    from PySide6.QtGui import QStandardItemModel

    model = QStandardItemModel(1, 2)
    model.setHorizontalHeaderLabels(["တက်ရောက်သူများ", "Status"])
    table.setModel(model)
    table.setColumnWidth(0, 30)
    top = _shown(qtbot, label, button, combo, table)
    kinds = {
        (p.widget.split("(")[0], p.kind) for p in gallery.check(top, "t", "en", QSize(1366, 697))
    }
    assert ("QLabel", "clipped") in kinds
    assert ("QPushButton", "clipped") in kinds
    assert ("QComboBox", "clipped") in kinds
    assert ("QTableView header", "clipped") in kinds
    # elided with the whole text in its tooltip: fine
    label.setToolTip(label.text())
    kinds = {(p.widget, p.kind) for p in gallery.check(top, "t", "en", QSize(1366, 697))}
    assert ("QLabel", "clipped") not in kinds


def test_the_walker_finds_burmese_cut_off_in_a_line_edit(qtbot) -> None:
    """The Referrals received page's code field: a monospace font (Latin metrics) with a
    Burmese placeholder, whose "ဥ" lost its bottom."""
    from PySide6.QtGui import QFont
    from PySide6.QtWidgets import QLineEdit

    from desktop.widgets.fit import line_edit_overflow, room_for_scripts

    edit = QLineEdit()
    font = QFont(edit.font())
    font.setFamilies(["Consolas", "DejaVu Sans Mono", "monospace"])
    font.setPointSizeF(9 * 1.2 * 1.5)  # the page's size in the Burmese app
    edit.setFont(font)
    edit.setPlaceholderText("ဥပမာ BEAM-7K3Q-9XZF")
    top = _shown(qtbot, edit, width=500)
    assert line_edit_overflow(edit, edit.placeholderText()) > 1
    found = gallery.check(top, "t", "en", QSize(1366, 697))
    assert [(p.widget.split("(")[0], p.kind) for p in found] == [("QLineEdit", "clipped")]
    room_for_scripts(edit)
    qtbot.waitUntil(lambda: edit.height() >= edit.minimumHeight())
    assert edit.textMargins().left() >= 3  # the first letter off the frame and the cursor
    assert gallery.check(top, "t", "en", QSize(1366, 697)) == []
    edit.setText("ကျွှန်ုပ် ဍ ตู้ปู่")  # what is typed fits too
    assert gallery.check(top, "t", "en", QSize(1366, 697)) == []


def test_the_walker_finds_items_cut_short_without_a_tooltip(qtbot) -> None:
    from PySide6.QtWidgets import QListWidget

    from desktop.widgets.fit import tip_elided_items

    items = QListWidget()
    items.addItem("ကျွန်ုပ်တို့၏ အခွင့်အရေးများနှင့် ထိုင်းနိုင်ငံရှိ ပြည်သူ့ဝန်ဆောင်မှုများ")
    items.setMaximumWidth(120)
    top = _shown(qtbot, items)
    assert [p.kind for p in gallery.check(top, "t", "en", QSize(1366, 697))] == ["elided"]
    tip_elided_items(items)
    assert gallery.check(top, "t", "en", QSize(1366, 697)) == []


def test_the_walker_finds_windows_too_big_and_english(qtbot) -> None:
    top = _shown(qtbot, QLabel("Save the changes to this person"), QLabel("DEMO-000123"))
    top.setMinimumSize(1200, 700)
    problems = gallery.check(top, "t", "my", QSize(1093, 558), data=("Ko Aung",))
    assert any(p.kind == "too_big" for p in problems)
    english = [p.text for p in problems if p.kind == "english"]
    assert english == ["Save the changes to this person"]
    assert not gallery.looks_english("Ko Aung Min")
    assert not gallery.looks_english("DEMO-000123")
    assert gallery.looks_english("Choose the backup to restore")
