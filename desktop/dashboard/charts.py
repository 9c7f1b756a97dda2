"""The dashboard's charts (pyqtgraph). Imported only when the dashboard is first shown."""

from __future__ import annotations

import math
from collections.abc import Sequence
from pathlib import Path

import pyqtgraph as pg
import pyqtgraph.exporters
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import QVBoxLayout, QWidget

pg.setConfigOptions(antialias=True, background="w", foreground="#33424c")

# Distinguishable for most colour-blind readers (Okabe-Ito, darkened where too light).
PALETTE = ("#1f6f8b", "#e69f00", "#009e73", "#cc79a7", "#56b4e9", "#d55e00", "#6b5b95", "#555555")
SEX_COLOURS = {"female": "#cc79a7", "male": "#0072b2", "other": "#8c8c8c"}


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
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view)

    def clear(self) -> None:
        self.plot.clear()
        self.legend.clear()

    def set_axis_labels(self, left: str, bottom: str = "") -> None:
        self.plot.setLabel("left", left, color="#33424c")
        if bottom:
            self.plot.setLabel("bottom", bottom, color="#33424c")

    def export_png(self, path: Path) -> None:
        # At the size shown: scaling up enlarges the axes but not the legend's text.
        exporter = pyqtgraph.exporters.ImageExporter(self.view.scene())
        exporter.export(str(path))


def _tick_step(count: int, most: int) -> int:
    return max(1, math.ceil(count / most))


class TrendChart(Chart):
    """People reached per month, one line per programme."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(legend_columns=2, parent=parent)

    def show_lines(
        self,
        month_labels: Sequence[str],
        lines: Sequence[tuple[str, str, Sequence[int]]],  # (name, colour, values per month)
        left_label: str,
    ) -> None:
        self.clear()
        x = list(range(len(month_labels)))
        for name, colour, values in lines:
            pen = pg.mkPen(QColor(colour), width=2.2)
            curve = self.plot.plot(
                x,
                list(values),
                pen=pen,
                symbol="o",
                symbolSize=5,
                symbolBrush=QColor(colour),
                symbolPen=None,
            )
            self.legend.addItem(curve, name)
        step = _tick_step(len(month_labels), 8)
        ticks = [(i, label) for i, label in enumerate(month_labels) if i % step == 0]
        self.plot.getAxis("bottom").setTicks([ticks, []])
        top = max((max(values, default=0) for _, _, values in lines), default=0)
        self.plot.setXRange(-0.5, max(0.5, len(month_labels) - 0.5), padding=0)
        self.plot.setYRange(0, max(5, top * 1.1), padding=0)
        self.set_axis_labels(left_label)


class GroupedBarChart(Chart):
    """Bars side by side per category (e.g. female / male / other for each age band)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(legend_columns=3, parent=parent)

    def show_bars(
        self,
        categories: Sequence[str],
        series: Sequence[tuple[str, str, Sequence[int]]],  # (name, colour, value per category)
        left_label: str,
    ) -> None:
        self.clear()
        count = max(1, len(series))
        width = 0.8 / count
        for i, (name, colour, values) in enumerate(series):
            offset = -0.4 + width * (i + 0.5)
            bars = pg.BarGraphItem(
                x=[c + offset for c in range(len(categories))],
                height=list(values),
                width=width * 0.92,
                brush=QColor(colour),
                pen=pg.mkPen(QColor(colour).darker(115)),
                name=name,
            )
            self.plot.addItem(bars)
            self.legend.addItem(bars, name)
        self.plot.getAxis("bottom").setTicks([list(enumerate(categories)), []])
        top = max((max(values, default=0) for _, _, values in series), default=0)
        self.plot.setXRange(-0.6, len(categories) - 0.4, padding=0)
        self.plot.setYRange(0, max(5, top * 1.12), padding=0)
        self.set_axis_labels(left_label)
