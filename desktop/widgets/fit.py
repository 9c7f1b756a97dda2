"""Widths from the text's real width: table header sections wide enough for their titles in
the language shown (a Burmese title is often twice as wide as the English one)."""

from __future__ import annotations

import math
from typing import ClassVar

from PySide6.QtCore import QEvent, QModelIndex, QObject, QSize, Qt, QTimer
from PySide6.QtGui import QFontMetrics, QFontMetricsF, QGuiApplication, QHelpEvent, QPainterPath
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFrame,
    QHeaderView,
    QLineEdit,
    QScrollArea,
    QStackedWidget,
    QStyle,
    QStyleOptionComboBox,
    QTableView,
    QToolTip,
    QWidget,
)

# The style sheet's header padding (6 px each side), the sort arrow, and a little air.
HEADER_PADDING = 12 + 14
STRETCHED_AT_LEAST = 140


def header_text_width(header: QHeaderView, section: int) -> int:
    model = header.model()
    if model is None:
        return 0
    text = model.headerData(section, header.orientation())
    if not isinstance(text, str) or not text:
        return 0
    font = header.font()
    font.setWeight(font.Weight.DemiBold)  # the style sheet's header weight
    return QFontMetrics(font).horizontalAdvance(text) + HEADER_PADDING


def fit_header_sections(header: QHeaderView, stretched: set[int] | None = None) -> None:
    """Widen every section to its title's width. Sections in ``stretched`` (those the page
    made to stretch) stretch while the view has room for their titles; on a narrower window
    they keep their titles' width and the table scrolls sideways instead of cutting them."""
    stretched = stretched if stretched is not None else set()
    for section in range(header.count()):
        if header.isSectionHidden(section):
            continue
        if header.sectionResizeMode(section) == QHeaderView.ResizeMode.Stretch:
            stretched.add(section)
    others = 0
    for section in range(header.count()):
        if header.isSectionHidden(section) or section in stretched:
            continue
        needed = header_text_width(header, section)
        if header.sectionResizeMode(section) == QHeaderView.ResizeMode.ResizeToContents:
            others += header.sectionSize(section)
            continue
        if header.sectionSize(section) < needed:
            header.resizeSection(section, needed)
        others += header.sectionSize(section)
    visible = [s for s in stretched if not header.isSectionHidden(s)]
    if not visible:
        return
    room = (header.viewport().width() - others) / len(visible)
    wide_enough = room >= max(header_text_width(header, s) for s in visible)
    mode = QHeaderView.ResizeMode.Stretch if wide_enough else QHeaderView.ResizeMode.Interactive
    for section in visible:
        if header.sectionResizeMode(section) != mode:
            header.setSectionResizeMode(section, mode)
        # (a stretched column holds names: room for more than its title when it can)
        needed = max(header_text_width(header, section), STRETCHED_AT_LEAST)
        if not wide_enough and header.sectionSize(section) != needed:
            header.resizeSection(section, needed)


class _HeaderFitter(QObject):
    """Keeps a view's header sections as wide as their titles: after a language switch, a
    new model or new titles."""

    def __init__(self, view: QTableView) -> None:
        super().__init__(view)
        self._view = view
        self._pending = False
        self._stretched: set[int] = set()
        view.installEventFilter(self)
        header = view.horizontalHeader()
        header.sectionCountChanged.connect(self.schedule)
        header.geometriesChanged.connect(self.schedule)
        self.schedule()

    def schedule(self, *_args: object) -> None:
        if not self._pending:
            self._pending = True
            QTimer.singleShot(0, self, self._fit)

    def _fit(self) -> None:
        self._pending = False
        fit_header_sections(self._view.horizontalHeader(), self._stretched)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in (
            QEvent.Type.LanguageChange,
            QEvent.Type.Show,
            QEvent.Type.FontChange,
            QEvent.Type.Resize,
        ):
            self.schedule()
        return False


def keep_headers_fitted(view: QAbstractItemView) -> None:
    """Fit ``view``'s header titles now and whenever they or the language change."""
    if isinstance(view, QTableView) and view.findChild(_HeaderFitter) is None:
        _HeaderFitter(view)


class PageStack(QStackedWidget):
    """A QStackedWidget whose pages scroll when the window is smaller than a page needs (a
    1366×768 screen at 125 %): each page sits in a frameless scroll area that gives it the
    whole room when there is enough. The methods take and return the pages themselves."""

    def _wrapper(self, page: QWidget) -> QScrollArea | None:
        viewport = page.parentWidget()
        area = viewport.parentWidget() if viewport is not None else None
        if isinstance(area, QScrollArea) and area.widget() is page and self.indexOf_(area) >= 0:
            return area
        return None

    def indexOf_(self, widget: QWidget) -> int:
        return super().indexOf(widget)

    def _wrap(self, page: QWidget) -> QScrollArea:
        area = QScrollArea(self)
        area.setObjectName("pageScroll")
        area.setFrameShape(QFrame.Shape.NoFrame)
        area.setWidgetResizable(True)
        area.setWidget(page)
        return area

    def addWidget(self, page: QWidget) -> int:
        return super().addWidget(self._wrap(page))

    def insertWidget(self, index: int, page: QWidget) -> int:
        return super().insertWidget(index, self._wrap(page))

    def removeWidget(self, page: QWidget) -> None:
        area = self._wrapper(page)
        if area is None:
            super().removeWidget(page)
            return
        super().removeWidget(area)
        area.takeWidget()
        page.setParent(self)  # as QStackedWidget leaves it: still ours, hidden
        page.hide()
        area.deleteLater()

    def indexOf(self, page: QWidget) -> int:
        area = self._wrapper(page)
        return super().indexOf(area if area is not None else page)

    def setCurrentWidget(self, page: QWidget) -> None:
        area = self._wrapper(page)
        super().setCurrentWidget(area if area is not None else page)

    def currentWidget(self) -> QWidget:
        return self.page(super().currentWidget())

    def widget(self, index: int) -> QWidget:
        return self.page(super().widget(index))

    @staticmethod
    def page(widget: QWidget | None) -> QWidget:
        if isinstance(widget, QScrollArea) and widget.objectName() == "pageScroll":
            inner = widget.widget()
            if inner is not None:
                return inner
        return widget  # type: ignore[return-value]


def combo_text_width(combo: QComboBox, text: str) -> int:
    """The width ``combo`` needs to show ``text`` whole beside its arrow (the style's own sum)."""
    option = QStyleOptionComboBox()
    combo.initStyleOption(option)
    content = QSize(combo.fontMetrics().horizontalAdvance(text), combo.fontMetrics().height())
    return (
        combo.style()
        .sizeFromContents(QStyle.ContentsType.CT_ComboBox, option, content, combo)
        .width()
    )


class _ComboFitter(QObject):
    def __init__(self, combo: QComboBox) -> None:
        super().__init__(combo)
        self._combo = combo
        combo.installEventFilter(self)
        combo.currentIndexChanged.connect(self.fit)
        self.fit()

    def fit(self, *_args: object) -> None:
        combo = self._combo
        combo.setMinimumWidth(combo_text_width(combo, combo.currentText()))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in (QEvent.Type.LanguageChange, QEvent.Type.FontChange):
            QTimer.singleShot(0, self, self.fit)
        return False


def fit_combo_to_text(combo: QComboBox) -> None:
    """Keep ``combo`` as wide as the choice it shows (in any language), not its longest one,
    and never narrower: "Active and closed" is never cut by the arrow."""
    if combo.findChild(_ComboFitter) is None:
        _ComboFitter(combo)


# The smallest a window may be made: it fits a 1366×768 screen at 125 % (1093×582 less the
# taskbar and the title bar); what does not fit then scrolls.
SMALLEST_WINDOW = QSize(760, 480)


def size_window(window: QWidget, width: int, height: int) -> None:
    """Open ``window`` at ``width``×``height`` (or what its content asks, if more) where the
    screen has room, else at what the screen has (less a margin); it may be made as small as
    :data:`SMALLEST_WINDOW`, its content scrolling then."""
    window.setMinimumSize(SMALLEST_WINDOW)
    window.resize(width, height)
    if window.findChild(_SizeOnShow) is None:
        _SizeOnShow(window, QSize(width, height))


class _SizeOnShow(QObject):
    """Sizes its window when it is first shown, once its layout knows what it needs."""

    def __init__(self, window: QWidget, wanted: QSize) -> None:
        super().__init__(window)
        self._window = window
        self._wanted = wanted
        # Held here until the window goes: without it the Python wrapper (and its attributes)
        # could be collected while Qt still calls the filter.
        _SizeOnShow._kept[id(self)] = self
        window.destroyed.connect(lambda *_: _SizeOnShow._kept.pop(id(self), None))
        window.installEventFilter(self)

    _kept: ClassVar[dict[int, _SizeOnShow]] = {}

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if getattr(self, "_window", None) is None:
            return False
        if watched is self._window and event.type() == QEvent.Type.Show:
            self._window.removeEventFilter(self)
            window = self._window
            layout = window.layout()
            needed = layout.totalSizeHint() if layout is not None else window.sizeHint()
            size = self._wanted.expandedTo(needed)
            screen = window.screen() or QGuiApplication.primaryScreen()
            if screen is not None:
                size = size.boundedTo(screen.availableGeometry().size() - QSize(16, 40))
            window.resize(size.expandedTo(SMALLEST_WINDOW))
        return False


class _ElidedTips(QObject):
    """Shows the whole text of a cell or list item that is drawn cut short ("Safe space
    for wo…") as its tooltip, when the model gives it no tooltip of its own."""

    def __init__(self, view: QAbstractItemView) -> None:
        super().__init__(view)
        self._view = view
        view.viewport().installEventFilter(self)

    def full_text_at(self, index: QModelIndex) -> str | None:
        """The text of ``index`` when it does not fit its cell, else None."""
        view = self._view
        if not index.isValid():
            return None
        text = index.data(Qt.ItemDataRole.DisplayRole)
        if not isinstance(text, str) or not text:
            return None
        rect = view.visualRect(index)
        icon = 20 if index.data(Qt.ItemDataRole.DecorationRole) is not None else 0
        width = QFontMetrics(view.font()).horizontalAdvance(text) + 12 + icon
        return text if width > rect.width() else None

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            index = self._view.indexAt(event.pos())
            own = index.data(Qt.ItemDataRole.ToolTipRole) if index.isValid() else None
            if not own:
                text = self.full_text_at(index)
                if text:
                    QToolTip.showText(event.globalPos(), text, self._view.viewport())
                    return True
        return False


def tip_elided_items(view: QAbstractItemView) -> None:
    """An elided cell or item of ``view`` shows its whole text as a tooltip."""
    if view.findChild(_ElidedTips) is None:
        _ElidedTips(view)


def has_elided_tips(view: QAbstractItemView) -> bool:
    return view.findChild(_ElidedTips) is not None


# Samples of the letters that reach furthest above and below the line in Myanmar and Thai.
SCRIPT_SAMPLES = ("ဥပမာ ဍ ဋ ဈ ဩ ကျွှ", "ตัวอย่าง ญฐฎฏ ปู่ฤๅ")


def line_edit_overflow(edit: QLineEdit, text: str, height: int | None = None) -> float:
    """How many pixels the ink of ``text`` sticks out above or below the line a QLineEdit of
    ``height`` (its own by default) draws and clips it in. A font's own ascent and descent
    can be smaller than those of the glyphs Qt takes from a fallback font for Myanmar or
    Thai (a monospace font for codes, say), and QLineEdit centres the line by the font's
    metrics: the bottom of "ဥ" is then cut off."""
    font = edit.font()
    metrics = QFontMetricsF(font)
    path = QPainterPath()
    path.addText(0, 0, font, text)
    ink = path.boundingRect()
    frame = edit.style().pixelMetric(QStyle.PixelMetric.PM_DefaultFrameWidth, None, edit)
    margins = edit.textMargins()
    line = (edit.height() if height is None else height) - margins.top() - margins.bottom()
    line -= 2 * frame if edit.hasFrame() else 0
    baseline = math.floor((line - metrics.height() + 1) / 2) + metrics.ascent()
    return max(0.0, baseline + ink.bottom() - line, -(baseline + ink.top()))


def room_for_scripts(edit: QLineEdit, samples: tuple[str, ...] = SCRIPT_SAMPLES) -> None:
    """Make a line edit tall enough that Burmese and Thai letters (the placeholder, or a name
    typed in) are not cut at the top or bottom, and keep the first letter off the frame."""
    edit.setTextMargins(3, 0, 3, 0)
    hint = edit.sizeHint().height()
    over = max(line_edit_overflow(edit, sample, hint) for sample in samples)
    if over > 0:
        edit.setMinimumHeight(hint + 2 * math.ceil(over))
