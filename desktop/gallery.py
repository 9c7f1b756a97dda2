"""The screenshot gallery and the fit check: every page and the main dialogs, in one language,
on a 1366×768 laptop screen (a 40-pixel taskbar leaves 1366×728; a title bar takes ~31 more).

``python3 installers/dev.py screenshots`` renders them into a folder (``python -m
desktop.gallery OUT``); ``tests/desktop/test_fit.py`` walks the same scenes and fails on

- a label, button, tab, header section or drop-down whose text does not fit its widget
  (font metrics against the widget's width), unless it is elided with the whole text in its
  tooltip;
- a window larger than the screen, or a button outside its window;
- visible English in a Burmese or Thai run that is not a name or a code.

The walker takes the language (and the screen) as parameters, so a pseudo-locale runs the same
walk. Scenes share one demo database and one main window: a few seconds per language.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QRect, QSize, Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractScrollArea,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QDialog,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QStyle,
    QStyleOptionComboBox,
    QTabBar,
    QToolButton,
    QWidget,
)

# The screen a CSO laptop has (1366×768), less the taskbar (40), less a title bar (31): the
# room a maximised window has for itself, in device pixels.
TITLE_BAR = 31
LAPTOP = QSize(1366, 768 - 40 - TITLE_BAR)
SCALES = (1.0, 1.25)

# English words that a sentence has and a name or a code does not.
_ENGLISH = re.compile(
    r"\b(the|and|of|to|is|are|for|with|this|that|not|your|you|no|has|have|was|will|"
    r"can|from|on|in|be|or|by|at|an|a|it|all|new|add|save|cancel|close|open|show|"
    r"choose|change|delete|edit|yes|sign|name|date|people|person|session|sessions|"
    r"report|search|back|next|none|other|settings|help)\b",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Problem:
    scene: str
    kind: str  # clipped, off_screen, too_big, english
    widget: str
    text: str

    def __str__(self) -> str:
        return f"{self.scene}: {self.kind} {self.widget} {self.text!r}"


def _name(widget: QWidget) -> str:
    return (
        f"{type(widget).__name__}({widget.objectName()})"
        if widget.objectName()
        else (type(widget).__name__)
    )


def _plain(text: str) -> str:
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


def _elided_with_tooltip(widget: QWidget, text: str) -> bool:
    tip = widget.toolTip()
    return bool(tip) and _plain(text).rstrip("…") in tip


def looks_english(text: str) -> bool:
    """A sentence or a label in English (two of its common words), not a name or a code."""
    latin = re.sub(r"[^A-Za-z ]+", " ", re.sub(r"<[^>]*>", " ", text))
    return len(_ENGLISH.findall(latin)) >= 2 or bool(
        re.fullmatch(r"\s*(?:" + _ENGLISH.pattern + r")\s*", latin, re.IGNORECASE)
        and len(latin.strip()) > 3
    )


def _visible(widget: QWidget, top: QWidget) -> bool:
    return widget.isVisibleTo(top) and widget.width() > 0 and widget.height() > 0


def _label_problems(label: QLabel) -> str | None:
    text = label.text()
    if not text or label.wordWrap() or label.textFormat() == Qt.TextFormat.RichText:
        return None
    if label.textFormat() != Qt.TextFormat.PlainText and re.search(r"<[a-zA-Z/][^>]*>", text):
        return None
    if label.pixmap() is not None and not label.pixmap().isNull():
        return None
    fm = QFontMetrics(label.font())
    widest = max(fm.horizontalAdvance(line) for line in _plain(text).split("\n"))
    room = label.contentsRect().width() - 2 * label.margin() - max(label.indent(), 0)
    if widest > room + 1:
        return text
    return None


def _button_problem(button: QAbstractButton) -> str | None:
    text = button.text()
    if not text:
        return None
    if (
        isinstance(button, QToolButton)
        and button.toolButtonStyle() == Qt.ToolButtonStyle.ToolButtonIconOnly
    ):
        return None
    if button.sizeHint().width() > button.width() + 1:
        return text
    return None


def _line_edit_problem(edit: QLineEdit) -> str | None:
    """The text (or placeholder) of a line edit drawn beyond the line it is clipped to."""
    from desktop.widgets.fit import line_edit_overflow

    text = edit.text() or edit.placeholderText()
    if not text or edit.echoMode() != QLineEdit.EchoMode.Normal:
        return None
    return text if line_edit_overflow(edit, text) > 0.5 else None


def _combo_problem(combo: QComboBox) -> str | None:
    text = combo.currentText()
    if not text or combo.isEditable():
        return None
    option = QStyleOptionComboBox()
    combo.initStyleOption(option)
    fm = combo.fontMetrics()
    content = QSize(fm.horizontalAdvance(text), fm.height())
    if not combo.itemIcon(combo.currentIndex()).isNull():
        content.setWidth(content.width() + combo.iconSize().width() + 4)
    needed = combo.style().sizeFromContents(QStyle.ContentsType.CT_ComboBox, option, content, combo)
    if needed.width() > combo.width() + 1:
        return text
    return None


def _header_problems(header: QHeaderView, view: QAbstractItemView) -> Iterator[tuple[str, str]]:
    model = header.model()
    if model is None:
        return
    horizontal = header.orientation() == Qt.Orientation.Horizontal
    if not horizontal:
        return
    fm = QFontMetrics(header.font())
    bold = header.font()
    bold.setWeight(bold.Weight.DemiBold)
    fm = QFontMetrics(bold)
    scroll = isinstance(view, QAbstractScrollArea) and view.horizontalScrollBar().isVisible()
    width = header.viewport().width()
    for section in range(header.count()):
        if header.isSectionHidden(section) or header.sectionSize(section) == 0:
            continue
        text = model.headerData(section, Qt.Orientation.Horizontal)
        if not isinstance(text, str) or not text:
            continue
        size = header.sectionSize(section)
        if fm.horizontalAdvance(text) + 12 > size + 1:  # the style sheet's padding: 6 + 6
            tip = model.headerData(section, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole)
            if not (isinstance(tip, str) and text in tip):
                yield "clipped", text
        left = header.sectionViewportPosition(section)
        if not scroll and left + min(size, fm.horizontalAdvance(text) + 12) > width + 1:
            yield "off_screen", text


def _elided_items(view: QAbstractItemView) -> Iterator[str]:
    """Texts of the rows in sight drawn cut short with no tooltip to read them whole."""
    from desktop.widgets.fit import has_elided_tips

    model = view.model()
    if model is None or has_elided_tips(view):
        return
    fm = QFontMetrics(view.font())
    root = view.rootIndex()
    try:
        columns = model.columnCount(root)
    except TypeError:  # a list model (one column; PySide makes its columnCount private)
        columns = 1
    for row in range(min(model.rowCount(root), 30)):
        for column in range(columns):
            index = model.index(row, column, root)
            rect = view.visualRect(index)
            if rect.isEmpty() or not view.viewport().rect().intersects(rect):
                continue
            text = index.data(Qt.ItemDataRole.DisplayRole)
            tip = index.data(Qt.ItemDataRole.ToolTipRole)
            if not isinstance(text, str) or not text or "\n" in text:
                continue
            icon = 20 if index.data(Qt.ItemDataRole.DecorationRole) is not None else 0
            if fm.horizontalAdvance(text) + 12 + icon > rect.width() and not (
                isinstance(tip, str) and text in tip
            ):
                yield text


def _tab_problems(bar: QTabBar) -> Iterator[str]:
    fm = QFontMetrics(bar.font())
    for index in range(bar.count()):
        if not bar.isTabVisible(index):
            continue
        text = _plain(bar.tabText(index))
        rect = bar.tabRect(index)
        if fm.horizontalAdvance(text) + 8 > rect.width() and not (
            bar.tabToolTip(index) and text in bar.tabToolTip(index)
        ):
            yield text
        if not bar.rect().contains(rect.center()):
            yield text


def texts_shown(top: QWidget) -> Iterator[tuple[QWidget, str]]:
    """Every text a person reads in ``top``: labels, buttons, tabs, headers, group titles,
    drop-downs and the window title."""
    yield top, top.windowTitle()
    for widget in top.findChildren(QWidget):
        if not _visible(widget, top):
            continue
        if isinstance(widget, QLabel) and widget.textFormat() != Qt.TextFormat.RichText:
            yield widget, widget.text()
        elif isinstance(widget, QLabel):
            yield widget, re.sub(r"<[^>]+>", " ", widget.text())
        elif isinstance(widget, QAbstractButton):
            yield widget, _plain(widget.text())
        elif isinstance(widget, QGroupBox):
            yield widget, widget.title()
        elif isinstance(widget, QComboBox) and not widget.isEditable():
            yield widget, widget.currentText()
        elif isinstance(widget, QTabBar):
            for i in range(widget.count()):
                if widget.isTabVisible(i):
                    yield widget, _plain(widget.tabText(i))
        elif isinstance(widget, QHeaderView) and widget.model() is not None:
            model = widget.model()
            orientation = widget.orientation()
            for section in range(widget.count()):
                if not widget.isSectionHidden(section):
                    value = model.headerData(section, orientation)
                    if isinstance(value, str):
                        yield widget, value


def check(
    top: QWidget,
    scene: str,
    language: str,
    screen: QSize,
    data: tuple[str, ...] = (),
    clipping: bool = True,
) -> list[Problem]:
    """What does not fit in ``top`` (shown, laid out), and English where it should not be
    (``data``: texts the CSO entered, names and codes, which stay as they were written).
    Without ``clipping`` only the window and button positions are checked (125 %)."""
    problems: list[Problem] = []
    if top.width() > screen.width() or top.height() > screen.height():
        problems.append(
            Problem(
                scene,
                "too_big",
                _name(top),
                f"{top.width()}×{top.height()} > {screen.width()}×{screen.height()}",
            )
        )
    minimum = top.minimumSize().expandedTo(top.minimumSizeHint())
    if top.isWindow() and (minimum.width() > screen.width() or minimum.height() > screen.height()):
        problems.append(
            Problem(scene, "too_big", _name(top), f"minimum {minimum.width()}×{minimum.height()}")
        )
    window_rect = QRect(0, 0, min(top.width(), screen.width()), min(top.height(), screen.height()))
    for widget in top.findChildren(QWidget):
        if not _visible(widget, top):
            continue
        text: str | None = None
        if isinstance(widget, QLabel):
            text = _label_problems(widget)
            if text and _elided_with_tooltip(widget, text):
                text = None
        elif isinstance(widget, QAbstractButton) and not isinstance(widget, _TAB_BUTTONS):
            text = _button_problem(widget)
            if isinstance(widget, QPushButton) and not widget.text() and widget.icon().isNull():
                problems.append(Problem(scene, "blank", _name(widget), widget.toolTip()))
            rect = QRect(widget.mapTo(top, widget.rect().topLeft()), widget.size())
            if (
                widget.isWindow() is False
                and not window_rect.contains(rect)
                and _in_view(widget, top)
            ):
                problems.append(Problem(scene, "off_screen", _name(widget), widget.text()))
        elif isinstance(widget, QComboBox):
            text = _combo_problem(widget)
        elif isinstance(widget, QLineEdit) and not isinstance(
            widget.parent(),
            (QComboBox, QAbstractSpinBox),  # they place their own line edit
        ):
            text = _line_edit_problem(widget)
        elif isinstance(widget, QTabBar):
            problems += [Problem(scene, "clipped", _name(widget), t) for t in _tab_problems(widget)]
        elif isinstance(widget, QAbstractItemView):
            problems += [Problem(scene, "elided", _name(widget), t) for t in _elided_items(widget)]
            header = getattr(widget, "horizontalHeader", None)
            if header is not None and header().isVisible():
                problems += [
                    Problem(scene, kind, f"{_name(widget)} header", t)
                    for kind, t in _header_problems(header(), widget)
                ]
        if text and clipping:
            problems.append(Problem(scene, "clipped", _name(widget), text))
    if not clipping:
        return [p for p in problems if p.kind != "clipped"]
    if language not in ("en", ""):
        for widget, shown in texts_shown(top):
            if shown and looks_english(shown) and looks_english(_without_data(shown, data)):
                problems.append(Problem(scene, "english", _name(widget), shown))
    return problems


_TAB_BUTTONS: tuple[type, ...] = ()


def _without_data(text: str, data: tuple[str, ...]) -> str:
    for value in data:
        if value in text:
            text = text.replace(value, " ")
    return text


def data_texts(store: object) -> tuple[str, ...]:
    """Every short text stored in the database (db.stored_texts): data, shown as written. A
    translated label of such a name is the data labels' job, not the interface's."""
    from db.store import Store
    from db.stored_texts import stored_texts

    assert isinstance(store, Store)
    return stored_texts(store)


def _in_view(widget: QWidget, top: QWidget) -> bool:
    """False for a widget inside a scroll area that is scrolled out of view (it can be
    scrolled to): only what can never be reached counts as off-screen."""
    parent = widget.parentWidget()
    while parent is not None and parent is not top:
        if isinstance(parent, QAbstractScrollArea):
            return False
        parent = parent.parentWidget()
    return True


# --- the scenes -----------------------------------------------------------------------------


@dataclass(frozen=True)
class Scene:
    name: str
    open: Callable[[], QWidget]  # returns the window to look at (shown)
    close: Callable[[QWidget], None]


def _settle() -> None:
    for _ in range(3):
        QApplication.processEvents()


def _show_dialog(dialog: QWidget) -> QWidget:
    dialog.show()
    _settle()
    return dialog


def _close_dialog(dialog: QWidget) -> None:
    dialog.hide()
    if isinstance(dialog, QDialog):
        dialog.done(0)
    dialog.deleteLater()
    _settle()


def screen_room() -> QSize:
    """The room on the screen the app runs on (logical pixels)."""
    screen = QApplication.primaryScreen()
    return screen.availableGeometry().size() if screen is not None else LAPTOP


def offscreen_platform(folder: Path, room: QSize = LAPTOP) -> str:
    """A QT_QPA_PLATFORM value for an offscreen screen with ``room`` (device pixels)."""
    import json

    config = folder / "screen.json"
    screen = {"name": "laptop", "x": 0, "y": 0, "width": room.width(), "height": room.height()}
    config.write_text(json.dumps({"screens": [{**screen, "logicalDpi": 96, "dpr": 1}]}))
    return f"offscreen:configfile={config}"


def scenes(window: QWidget, store: object, db_folder: Path, screen: QSize) -> list[Scene]:
    """The main window's pages, then the main dialogs, each opened on ``window``."""
    from desktop.main_window import MainWindow

    assert isinstance(window, MainWindow)
    result: list[Scene] = []

    def page(key: str) -> Scene:
        def open_page() -> QWidget:
            if not window.isMaximized():
                window.show_on_screen()
            window.show_page(key)
            _settle()
            return window

        return Scene(f"page-{key}", open_page, lambda _w: None)

    for key in window.pages:
        result.append(page(key))

    def dialog(name: str, build: Callable[[], QWidget]) -> Scene:
        return Scene(f"dialog-{name}", lambda: _show_dialog(build()), _close_dialog)

    from db import beneficiaries
    from db.store import Store
    from db.types import PersonQuery

    assert isinstance(store, Store)
    people = beneficiaries.find_people(store, PersonQuery())
    person = beneficiaries.get_person(store, people[0].id) if people else None

    from desktop.beneficiaries.person_form import PersonForm
    from desktop.importing.wizard import ImportWizard
    from desktop.login.dialog import LoginDialog
    from desktop.plans.editor import PlanEditor
    from desktop.projects.project_dialog import ProjectDialog
    from desktop.sessions.log_dialog import LogSessionDialog
    from desktop.setup_wizard.wizard import SetupWizard
    from desktop.users.dialogs import AddUserDialog

    result += [
        dialog("sign-in", lambda: LoginDialog(store.path)),
        dialog("setup-wizard", lambda: SetupWizard(db_folder / "new" / "saphan.db")),
        dialog("register-person", lambda: PersonForm(store, None, window)),
        dialog("log-session", lambda: LogSessionDialog(store, window)),
        dialog("project", lambda: ProjectDialog(store, None, window)),
        dialog("add-staff", lambda: AddUserDialog(store, window)),
        dialog("import-wizard", lambda: ImportWizard(store, window)),
    ]
    from db import plans

    existing = plans.list_plans(store)
    if existing:
        plan = plans.get_plan(store, existing[0].id)
        result.append(dialog("plan-editor", lambda: PlanEditor(store, plan, parent=window)))
    from desktop.plans.templates_dialog import TemplateLibraryDialog

    result.append(dialog("template-library", lambda: TemplateLibraryDialog(store, None, 1, window)))
    if person is not None:
        from desktop.assessments.who5_dialog import AssessmentDialog
        from desktop.referrals.refer_dialog import ReferDialog

        result += [
            dialog("person-record", lambda: PersonForm(store, person, window)),
            dialog("person-history", lambda: _history(PersonForm(store, person, window))),
            dialog("who5", lambda: AssessmentDialog(store, person, window)),
            dialog("refer", lambda: ReferDialog(store, person, window)),
        ]
    return result


def _history(form: QWidget) -> QWidget:
    tabs = form.tabs  # type: ignore[attr-defined]
    tabs.setCurrentWidget(form.history_tab)  # type: ignore[attr-defined]
    return form


# --- the demo and the run --------------------------------------------------------------------


def demo_store(folder: Path, people: int = 60) -> object:
    """A small demo CSO (people, sessions, casework) in ``folder``."""
    from db.demo import fill_demo_data
    from db.setup import create_cso_database

    password = "gallery-demo-password"
    result = create_cso_database(
        folder / "demo.db",
        cso_code="DEMO",
        cso_name="Demo CSO — Mae Sot",
        admin_username="admin",
        admin_full_name="Demo admin",
        admin_password=password,
    )
    fill_demo_data(result.store, people, seed=0, casework=True, staff_password=password)
    return result.store


def walk(
    window: QWidget,
    store: object,
    folder: Path,
    language: str,
    out: Path | None = None,
    only: Callable[[str], bool] | None = None,
    clipping: bool = True,
) -> list[Problem]:
    """Switch to ``language``, open every scene, check it (and save a PNG into ``out``)
    against the room of the screen the app runs on."""
    from desktop import i18n

    i18n.set_language(language)
    _settle()
    screen = screen_room()
    data = data_texts(store) if language != "en" else ()
    problems: list[Problem] = []
    for scene in scenes(window, store, folder, screen):
        if only is not None and not only(scene.name):
            continue
        shown = scene.open()
        try:
            problems += check(shown, scene.name, language, screen, data, clipping)
            if out is not None:
                out.mkdir(parents=True, exist_ok=True)
                shown.grab().save(str(out / f"{language}-{scene.name}.png"))
        finally:
            scene.close(shown)
    return problems


def main(argv: list[str]) -> int:
    """``python -m desktop.gallery [--out FOLDER] [--scale 1.25] [--json FILE] [LANG ...]``:
    the PNGs (with --out) and the problems found, on an offscreen 1366×768 laptop screen."""
    import argparse
    import json
    import os
    import tempfile

    parser = argparse.ArgumentParser(prog="python -m desktop.gallery")
    parser.add_argument("languages", nargs="*", default=["en", "my", "th"])
    parser.add_argument("--out", type=Path, help="save a PNG of each scene here")
    parser.add_argument("--scale", type=float, default=1.0, help="like Windows' 125 %%: 1.25")
    parser.add_argument("--json", type=Path, help="write the problems here as JSON")
    parser.add_argument("--only", help="scenes whose name contains this")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="saphan-gallery-") as tmp:
        folder = Path(tmp)
        # A laptop screen, before the application exists.
        if QApplication.instance() is None:
            os.environ["QT_QPA_PLATFORM"] = offscreen_platform(folder)
            os.environ["QT_SCALE_FACTOR"] = str(args.scale)
        from desktop.app import make_application
        from desktop.main_window import MainWindow, apply_preferences

        make_application([sys.argv[0]])
        store = demo_store(folder)
        apply_preferences(store)  # type: ignore[arg-type]
        window = MainWindow(store)  # type: ignore[arg-type]
        window.show_on_screen()
        found: dict[str, list[str]] = {}
        only = (lambda name: args.only in name) if args.only else None
        for language in args.languages:
            out = args.out / f"{round(args.scale * 100)}" if args.out else None
            problems = walk(window, store, folder, language, out=out, only=only)
            found[language] = [str(p) for p in problems]
            for problem in problems:
                print(f"{language}: {problem}")
        window.close()
        window.deleteLater()
        store.close()  # type: ignore[attr-defined]
        QCoreApplication.processEvents()
    total = sum(len(v) for v in found.values())
    if args.json:
        args.json.write_text(json.dumps(found, ensure_ascii=False, indent=1), encoding="utf-8")
    where = f" in {args.out}" if args.out else ""
    print(
        f"gallery at {round(args.scale * 100)} %: {', '.join(args.languages)}{where}; "
        f"{total} problem(s)"
    )
    return 1 if total else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
