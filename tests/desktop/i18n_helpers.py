"""What a person reads on screen: the texts of visible widgets (never the data in tables,
only their headers), to check that they are translated."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTabBar,
    QTextEdit,
    QWidget,
    QWizard,
)

MYANMAR = re.compile(r"[\u1000-\u109F]")
THAI = re.compile(r"[\u0E00-\u0E7F]")
_TAG = re.compile(r"<[^>]+>")
_WORD = re.compile(r"[A-Za-z]{3,}")

# Words that stay as they are in every language: names of things, file formats, keys.
KEEP = {
    "Saphan",
    "Word",
    "PDF",
    "PNG",
    "USB",
    "LINE",
    "Signal",
    "Windows",
    "LibreOffice",
    "Ctrl",
    "Enter",
    "Delete",
    "Tab",
    "Down",
    "WHO",
    "MHPSS",
    "BEAM",
    "docx",
    "png",
    "AGPL",
    "later",
    "Group",
    "Washington",
    "code",
    "pre",
    "mid",
    "post",
    "dd",
    "mm",
    "yyyy",
}


def visible_texts(root: QWidget) -> Iterator[tuple[str, str]]:
    """(where, text) for every text a person can see in ``root`` and its visible children."""
    widgets = [root, *root.findChildren(QWidget)]
    for w in widgets:
        if not w.isVisible():
            continue
        where = f"{type(w).__name__}#{w.objectName()}"
        if w.isWindow() and w.windowTitle():
            yield where + ".windowTitle", w.windowTitle()
        if isinstance(w, QLabel | QAbstractButton):
            yield where, w.text()
        elif isinstance(w, QGroupBox):
            yield where, w.title()
        elif isinstance(w, QTabBar):
            for i in range(w.count()):
                yield f"{where}.tab{i}", w.tabText(i)
        elif isinstance(w, QLineEdit | QTextEdit | QPlainTextEdit):
            yield where + ".placeholder", w.placeholderText()
        elif isinstance(w, QHeaderView) and w.model() is not None:
            model = w.model()
            count = model.columnCount() if w.orientation() == Qt.Orientation.Horizontal else 0
            for i in range(count):
                if not w.isSectionHidden(i):
                    text = model.headerData(i, Qt.Orientation.Horizontal)
                    yield f"{where}.header{i}", str(text or "")
        elif isinstance(w, QWizard):
            page = w.currentPage()
            if page is not None:
                yield where + ".pageTitle", page.title()
                yield where + ".pageSubTitle", page.subTitle()
        if w.toolTip() and not isinstance(w, QAbstractItemView | QComboBox):
            yield where + ".toolTip", w.toolTip()


def looks_english(text: str, data: Iterable[str] = ()) -> bool:
    """True when ``text`` still reads as English: words of 3+ Latin letters that are not
    names of things (KEEP) or data shown as it was entered (``data``)."""
    plain = _TAG.sub(" ", text)
    for value in data:
        if value:
            plain = plain.replace(value, " ")
    # Words in capitals are codes (BEAM-000123, a key fingerprint), not English.
    return any(word not in KEEP and not word.isupper() for word in _WORD.findall(plain))


def untranslated(root: QWidget, script: re.Pattern[str], data: Iterable[str] = ()) -> list[str]:
    """Texts of ``root`` that are not in ``script`` and still read as English."""
    data = [d for d in data if d]
    found = []
    for where, text in visible_texts(root):
        if text and not script.search(text) and looks_english(text, data):
            found.append(f"{where}: {text!r}")
    return sorted(set(found))
