"""The dashboard's charts (pyqtgraph). Imported only when the dashboard is first shown.

The coordinator's charts of the network's figures use them too, where a figure may be
withheld (``None``: fewer than k people) or a lower bound ("at least N": some CSOs' parts
withheld). A withheld bar is never drawn as 0: it is a short grey hatched stub; an at-least
bar is drawn to N and hatched over; a withheld month is a gap in a line and an at-least point
a hollow marker. Each mark used gets its own legend entry. The CSO's own dashboard (exact
counts) has none of them."""

from __future__ import annotations

import math
from collections.abc import Sequence
from pathlib import Path

import pyqtgraph as pg
import pyqtgraph.exporters
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetricsF, QResizeEvent
from PySide6.QtWidgets import QVBoxLayout, QWidget

from desktop.widgets.script_label import wrap_lines

pg.setConfigOptions(antialias=True, background="w", foreground="#33424c")

# Distinguishable for most colour-blind readers (Okabe-Ito, darkened where too light).
PALETTE = ("#1f6f8b", "#e69f00", "#009e73", "#cc79a7", "#56b4e9", "#d55e00", "#6b5b95", "#555555")
SEX_COLOURS = {"female": "#cc79a7", "male": "#0072b2", "other": "#8c8c8c"}
translate = QCoreApplication.translate
WITHHELD_COLOUR = "#7f8a91"
HATCH_COLOUR = "#33424c"

# A value drawn in a chart: a number, or None when withheld (never drawn as 0).
Value = int | None


def _hatched(colour: str) -> QBrush:
    return QBrush(QColor(colour), Qt.BrushStyle.BDiagPattern)


def _flags(marks: Sequence[Sequence[bool]] | None, n: int, length: int) -> list[bool]:
    if marks is None or n >= len(marks):
        return [False] * length
    return [bool(v) for v in marks[n]]


class Chart(QWidget):
    """A plot with its legend underneath (inside the scene, so an exported PNG has it too)."""

    def __init__(self, legend_columns: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.view = pg.GraphicsLayoutWidget(self)
        self.view.setMinimumSize(340, 280)
        self.plot: pg.PlotItem = self.view.addPlot(row=0, col=0)
        self.plot.showGrid(x=False, y=True, alpha=0.25)
        self.plot.setMenuEnabled(False)
        self.plot.setMouseEnabled(x=False, y=False)
        self.plot.hideButtons()
        font = QFont(self.font())
        font.setPointSizeF(max(8.0, font.pointSizeF() - 0.5))
        for name in ("left", "bottom"):
            axis = self.plot.getAxis(name)
            axis.setTickFont(font)
            axis.setTextPen(pg.mkPen("#33424c"))
            axis.setPen(pg.mkPen("#9aa7af"))
        self.plot.getAxis("left").setWidth(52)
        self.legend = pg.LegendItem(colCount=legend_columns, labelTextSize="9pt")
        self.legend.setParentItem(None)
        self.view.addItem(self.legend, row=1, col=0)
        self.view.ci.layout.setRowStretchFactor(0, 10)
        self.shown: list[tuple[str, list[Value], list[bool]]] = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view)

    def clear(self) -> None:
        self.plot.clear()
        self.legend.clear()
        # What is drawn, for a reader of the chart's numbers (and tests): (name, values,
        # at-least flags) per series.
        self.shown = []

    def mark_labels(self, withheld: str | None, at_least: str | None) -> tuple[str, str]:
        """The legend's words for the marks (the caller's language when given)."""
        return (
            withheld or translate("Chart", "Withheld for privacy"),
            at_least or translate("Chart", "At least: some CSOs' figures withheld"),
        )

    def set_axis_labels(self, left: str, bottom: str = "") -> None:
        self.plot.setLabel("left", left, color="#33424c")
        if bottom:
            self.plot.setLabel("bottom", bottom, color="#33424c")

    def export_png(self, path: Path) -> None:
        # At the size shown: scaling up enlarges the axes but not the legend's text.
        exporter = pyqtgraph.exporters.ImageExporter(self.view.scene())
        exporter.export(str(path))


def _top(values: Sequence[Value]) -> int:
    return max((v for v in values if v is not None), default=0)


def _tick_step(count: int, most: int) -> int:
    return max(1, math.ceil(count / most))


def wrap_tick(text: str, font: QFont, width: float, most_lines: int = 3) -> str:
    """``text`` (e.g. a programme's name) in lines no wider than ``width``, at most
    ``most_lines`` of them, the last one elided ("…") when the name is longer still."""
    if width <= 0 or QFontMetricsF(font).horizontalAdvance(text) <= width:
        return text
    spans = wrap_lines(text, font, width)
    lines = [line for start, length in spans if (line := text[start : start + length].strip())]
    if len(lines) > most_lines:
        rest = " ".join(lines[most_lines - 1 :])
        lines = [*lines[: most_lines - 1], rest]
    metrics = QFontMetricsF(font)
    return "\n".join(metrics.elidedText(line, Qt.TextElideMode.ElideRight, width) for line in lines)


class TrendChart(Chart):
    """People reached per month, one line per programme."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(legend_columns=2, parent=parent)

    def show_lines(
        self,
        month_labels: Sequence[str],
        lines: Sequence[tuple[str, str, Sequence[Value]]],  # (name, colour, values per month)
        left_label: str,
        *,
        at_least: Sequence[Sequence[bool]] | None = None,  # per line, per month
        withheld_label: str | None = None,
        at_least_label: str | None = None,
        gap_label: str | None = None,
    ) -> None:
        """One line per programme; a withheld month (None) is a gap, an at-least month a
        hollow marker. ``gap_label``: the legend's words for a gap (else "Gap: " and the
        withheld label)."""
        self.clear()
        x = list(range(len(month_labels)))
        any_withheld = any_at_least = False
        for n, (name, colour, values) in enumerate(lines):
            flags = _flags(at_least, n, len(values))
            pen = pg.mkPen(QColor(colour), width=2.2)
            y = [math.nan if v is None else float(v) for v in values]
            curve = self.plot.plot(
                x,
                y,
                pen=pen,
                connect="finite",
                symbol="o",
                symbolSize=[9 if f else 5 for f in flags],
                symbolBrush=[QColor("white") if f else QColor(colour) for f in flags],
                symbolPen=[pg.mkPen(QColor(colour), width=2) if f else None for f in flags],
            )
            self.legend.addItem(curve, name)
            self.shown.append((name, list(values), flags))
            any_withheld |= any(v is None for v in values)
            any_at_least |= any(flags)
        withheld_text, at_least_text = self.mark_labels(withheld_label, at_least_label)
        if any_at_least:
            sample = pg.ScatterPlotItem(
                symbol="o", size=9, brush=QColor("white"), pen=pg.mkPen(HATCH_COLOUR, width=2)
            )
            self.legend.addItem(sample, at_least_text)
        if any_withheld:
            gap = pg.PlotDataItem(
                [], [], pen=pg.mkPen(WITHHELD_COLOUR, width=2, style=Qt.PenStyle.DotLine)
            )
            gap_text = gap_label or translate("Chart", "Gap: {withheld}").format(
                withheld=withheld_text
            )
            self.legend.addItem(gap, gap_text)
        step = _tick_step(len(month_labels), 8)
        ticks = [(i, label) for i, label in enumerate(month_labels) if i % step == 0]
        self.plot.getAxis("bottom").setTicks([ticks, []])
        top = max((_top(values) for _, _, values in lines), default=0)
        self.plot.setXRange(-0.5, max(0.5, len(month_labels) - 0.5), padding=0)
        self.plot.setYRange(0, max(5, top * 1.1), padding=0)
        self.set_axis_labels(left_label)


class GroupedBarChart(Chart):
    """Bars side by side per category (e.g. female / male / other for each age band)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(legend_columns=3, parent=parent)
        self.categories: list[str] = []
        self._ticks: list[str] | None = None
        self._axis_height = self.plot.getAxis("bottom").height()

    def tick_texts(self) -> list[str]:
        """The category names as the axis writes them: wrapped to the width of a category's
        slot (names in Burmese and Thai are long), the whole name in the table beside."""
        font = self.plot.getAxis("bottom").style.get("tickFont") or self.font()
        plot_width = self.width() - self.plot.getAxis("left").width() - 24
        slot = plot_width / max(1, len(self.categories)) - 8
        return [wrap_tick(name, font, slot) for name in self.categories]

    def _set_ticks(self) -> None:
        texts = self.tick_texts()
        if texts == self._ticks:
            return  # a resize that changes no line: no new layout pass
        self._ticks = texts
        axis = self.plot.getAxis("bottom")
        axis.setTicks([list(enumerate(texts)), []])
        # Tall enough for the most lines a name takes (pyqtgraph drops a label it cannot fit).
        lines = max((t.count("\n") + 1 for t in texts), default=1)
        if lines > 1 or axis.height() > self._axis_height:
            font = axis.style.get("tickFont") or self.font()
            height = round(QFontMetricsF(font).lineSpacing() * lines * 1.1) + 12
            axis.setHeight(max(height, self._axis_height))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self.categories:
            self._set_ticks()

    def show_bars(
        self,
        categories: Sequence[str],
        series: Sequence[tuple[str, str, Sequence[Value]]],  # (name, colour, value per category)
        left_label: str,
        *,
        at_least: Sequence[Sequence[bool]] | None = None,  # per series, per category
        withheld_label: str | None = None,
        at_least_label: str | None = None,
        value_labels: bool = False,
    ) -> None:
        """Bars side by side; a withheld value (None) is a short hatched grey stub, never a
        0, and an at-least value is hatched over. ``value_labels`` writes each bar's number
        above it ("≥N" for at least)."""
        self.clear()
        count = max(1, len(series))
        width = 0.8 / count
        top = max((_top(values) for _, _, values in series), default=0)
        y_top = max(5, top * 1.12)
        stub = y_top * 0.035
        stubs: list[float] = []
        hatched: list[tuple[float, float]] = []
        for i, (name, colour, values) in enumerate(series):
            flags = _flags(at_least, i, len(values))
            offset = -0.4 + width * (i + 0.5)
            xs = [c + offset for c in range(len(categories))]
            bars = pg.BarGraphItem(
                x=xs,
                height=[0 if v is None else v for v in values],
                width=width * 0.92,
                brush=QColor(colour),
                pen=pg.mkPen(QColor(colour).darker(115)),
                name=name,
            )
            self.plot.addItem(bars)
            self.legend.addItem(bars, name)
            self.shown.append((name, list(values), flags))
            for x, v, f in zip(xs, values, flags, strict=True):
                if v is None:
                    stubs.append(x)
                elif f:
                    hatched.append((x, float(v)))
                if value_labels and v is not None:
                    label = pg.TextItem(
                        f"≥{v:,}" if f else f"{v:,}", color=HATCH_COLOUR, anchor=(0.5, 1.0)
                    )
                    label.setPos(x, v)
                    self.plot.addItem(label)
        withheld_text, at_least_text = self.mark_labels(withheld_label, at_least_label)
        if hatched:
            over = pg.BarGraphItem(
                x=[x for x, _ in hatched],
                height=[h for _, h in hatched],
                width=width * 0.92,
                brush=_hatched(HATCH_COLOUR),
                pen=pg.mkPen(HATCH_COLOUR, width=1.5, style=Qt.PenStyle.DashLine),
            )
            self.plot.addItem(over)
            self.legend.addItem(over, at_least_text)
        if stubs:
            withheld = pg.BarGraphItem(
                x=stubs,
                height=[stub] * len(stubs),
                width=width * 0.92,
                brush=_hatched(WITHHELD_COLOUR),
                pen=pg.mkPen(WITHHELD_COLOUR, width=1, style=Qt.PenStyle.DashLine),
            )
            self.plot.addItem(withheld)
            self.legend.addItem(withheld, withheld_text)
        self.categories = list(categories)
        self._ticks = None
        self._set_ticks()
        self.plot.setXRange(-0.6, len(categories) - 0.4, padding=0)
        self.plot.setYRange(0, y_top, padding=0)
        self.set_axis_labels(left_label)
