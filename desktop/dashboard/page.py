"""The Dashboard page: the CSO's own counts — progress toward targets, monthly trend, sex and age.

pyqtgraph is imported when the page is first shown, not at app start. Counting runs on a worker
thread (``desktop.tasks``); the results are applied here, on the GUI thread."""

from __future__ import annotations

import datetime as dt
import textwrap
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QDir, QLocale, QStandardPaths, Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from db.changes import Change
from db.errors import SaphanError
from db.store import Store
from db.types import Sex
from desktop import dates, i18n
from desktop.changes import ChangeWatch
from desktop.dashboard.data import (
    ALL_PROGRAMMES,
    PROGRAMME_START,
    SEXES,
    DashboardData,
    load_dashboard,
    month_end,
)
from desktop.dashboard.numbers_table import NumbersTable
from desktop.labels import programme_label, reach_age_band_label, sex_label
from desktop.style import set_role
from desktop.tasks import Task, run_in_background
from desktop.widgets import dialogs

if TYPE_CHECKING:
    from desktop.dashboard.charts import Chart, GroupedBarChart, TrendChart

FINE_BANDS = ("0-4", "5-11", "12-17", "18-59", "60+")
FIRST_MONTH = dt.date(2024, 1, 1)
PROGRESS_TAB, TREND_TAB, BREAKDOWN_TAB, OUTCOMES_TAB = range(4)
# What the numbers are counted from: people (a deleted or erased person no longer counts),
# sessions and who attended them, referrals, and the programmes with their targets.
COUNTED_FROM = frozenset(
    {
        Change.PEOPLE,
        Change.SESSIONS,
        Change.ATTENDANCE,
        Change.REFERRALS,
        Change.PROGRAMMES,
        Change.ASSESSMENTS,
        Change.INSTRUMENTS,
    }
)


def month_label(month: str, long: bool = False) -> str:
    """ "2025-03" as "Mar 2025" (or "Mar 25") in the UI language."""
    year, number = (int(part) for part in month.split("-"))
    return dates.month_text(year, number, long=long)


class DashboardPage(QWidget):
    status_message = Signal(str)
    refreshed = Signal()  # after new numbers are applied

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._store = store
        self.data: DashboardData | None = None
        self.task: Task | None = None
        self._again = False
        # Counts when first shown, then again whatever it counts from changed.
        self.watch = ChangeWatch(self, store, COUNTED_FROM, self._charts_then_count, stale=True)
        self.trend_chart: TrendChart | None = None
        self.breakdown_chart: GroupedBarChart | None = None

        title = QLabel(self.tr("Dashboard"), self)
        set_role(title, "pageTitle")
        self.from_month = QComboBox(self)
        self.to_month = QComboBox(self)
        today = dt.date.today()
        month = FIRST_MONTH
        while month <= today:
            key = f"{month.year:04d}-{month.month:02d}"
            for combo in (self.from_month, self.to_month):
                combo.addItem(month_label(key, long=True), key)
            month = (month + dt.timedelta(days=32)).replace(day=1)
        start_key = f"{PROGRAMME_START.year:04d}-{PROGRAMME_START.month:02d}"
        self.from_month.setCurrentIndex(max(0, self.from_month.findData(start_key)))
        self.to_month.setCurrentIndex(self.to_month.count() - 1)
        self.refresh_button = QPushButton(self.tr("Refresh"), self)
        self.refresh_button.setToolTip(self.tr("Count again (F5)"))
        self.refresh_button.setShortcut("F5")
        self.busy = QProgressBar(self)
        self.busy.setRange(0, 0)  # indeterminate: "working"
        self.busy.setFixedSize(110, 10)
        self.busy.setTextVisible(False)
        self.busy_label = QLabel(self.tr("Counting…"), self)
        set_role(self.busy_label, "muted")
        self._set_busy(False)
        header = QHBoxLayout()
        header.addWidget(title)
        header.addSpacing(16)
        header.addWidget(self.busy, 0, Qt.AlignmentFlag.AlignVCenter)
        header.addWidget(self.busy_label)
        header.addStretch(1)
        header.addWidget(QLabel(self.tr("From"), self))
        header.addWidget(self.from_month)
        header.addWidget(QLabel(self.tr("to"), self))
        header.addWidget(self.to_month)
        header.addWidget(self.refresh_button)

        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        set_role(self.summary, "muted")

        self.tabs = QTabWidget(self)
        self.tabs.addTab(self._progress_tab(), self.tr("Progress toward targets"))
        self.trend_holder = QWidget(self)
        self.tabs.addTab(self._chart_tab(self.trend_holder, "trend"), self.tr("People per month"))
        self.breakdown_holder = QWidget(self)
        self.tabs.addTab(
            self._chart_tab(self.breakdown_holder, "breakdown"), self.tr("Sex and age")
        )
        self.tabs.addTab(self._outcomes_tab(), self.tr("Outcomes"))

        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 12)
        layout.setSpacing(8)
        layout.addLayout(header)
        layout.addWidget(self.summary)
        # Internal figures count everyone; this says how many of them the shared ones leave out.
        self.not_shared = QLabel(self)
        self.not_shared.setWordWrap(True)
        set_role(self.not_shared, "muted")
        layout.addWidget(self.not_shared)
        layout.addWidget(self.tabs, 1)

        self.refresh_button.clicked.connect(self.refresh)
        self.from_month.activated.connect(self._from_changed)
        self.to_month.activated.connect(self._to_changed)
        self.breakdown_programme.currentIndexChanged.connect(self._show_breakdown)

    # --- layout ---------------------------------------------------------------------------

    def _progress_tab(self) -> QWidget:
        tab = QWidget(self)
        self.progress_rows = QWidget(tab)
        self.progress_grid = QGridLayout(self.progress_rows)
        self.progress_grid.setContentsMargins(4, 8, 12, 8)
        self.progress_grid.setVerticalSpacing(10)
        self.progress_grid.setColumnStretch(1, 1)
        scroll = QScrollArea(tab)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(self.progress_rows)
        note = QLabel(
            self.tr(
                "Unique people over the whole period: someone who came in several months counts "
                "once. Months are never added up."
            ),
            tab,
        )
        note.setWordWrap(True)
        set_role(note, "muted")
        self.shares_note = QLabel(
            self.tr(
                "“Our share”: the part of the network's target the coordinator set for this CSO "
                "in the network file."
            ),
            tab,
        )
        self.shares_note.setWordWrap(True)
        set_role(self.shares_note, "muted")
        self.shares_note.hide()
        left = QWidget(tab)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(scroll, 1)
        left_layout.addWidget(note)
        left_layout.addWidget(self.shares_note)
        self.progress_table = NumbersTable(tab)
        return _beside(tab, left, self.progress_table)

    def _outcomes_tab(self) -> QWidget:
        """Per programme and instrument: people with a pre and a post score, and how many
        improved by at least the instrument's minimal important difference."""
        tab = QWidget(self)
        self.outcome_rows = QWidget(tab)
        self.outcome_list = QVBoxLayout(self.outcome_rows)
        self.outcome_list.setContentsMargins(4, 8, 12, 8)
        self.outcome_list.setSpacing(12)
        scroll = QScrollArea(tab)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(self.outcome_rows)
        note = QLabel(
            self.tr(
                "A person counts when their latest “post” score is in the period and they "
                "have an earlier “pre” score with the same instrument. Improved: better by at "
                "least the instrument's minimal important difference (MID)."
            ),
            tab,
        )
        note.setWordWrap(True)
        set_role(note, "muted")
        left = QWidget(tab)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(scroll, 1)
        left_layout.addWidget(note)
        self.outcome_table = NumbersTable(tab)
        return _beside(tab, left, self.outcome_table)

    def _chart_tab(self, holder: QWidget, kind: str) -> QWidget:
        tab = QWidget(self)
        QVBoxLayout(holder).setContentsMargins(0, 0, 0, 0)  # the chart goes in when first shown
        export = QPushButton(self.tr("Export chart as PNG…"), tab)
        export.clicked.connect(lambda: self.export_chart(kind))
        table = NumbersTable(tab)
        left = QWidget(tab)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        if kind == "breakdown":
            self.breakdown_programme = QComboBox(tab)
            row = QHBoxLayout()
            row.addWidget(QLabel(self.tr("Programme"), tab))
            row.addWidget(self.breakdown_programme, 1)
            left_layout.addLayout(row)
            self.breakdown_table = table
            self.breakdown_export = export
        else:
            self.trend_table = table
            self.trend_export = export
        left_layout.addWidget(holder, 1)
        left_layout.addWidget(export, 0, Qt.AlignmentFlag.AlignLeft)
        splitter = QSplitter(Qt.Orientation.Horizontal, tab)
        splitter.addWidget(left)
        splitter.addWidget(table)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([560, 380])
        splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(tab)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addWidget(splitter)
        return tab

    def _build_charts(self) -> None:
        if self.trend_chart is not None:
            return
        from desktop.dashboard.charts import GroupedBarChart, TrendChart  # pyqtgraph: lazily

        trend_layout = self.trend_holder.layout()
        breakdown_layout = self.breakdown_holder.layout()
        assert trend_layout is not None  # both set by _chart_tab
        assert breakdown_layout is not None
        self.trend_chart = TrendChart(self.trend_holder)
        trend_layout.addWidget(self.trend_chart)
        self.breakdown_chart = GroupedBarChart(self.breakdown_holder)
        breakdown_layout.addWidget(self.breakdown_chart)

    # --- the period -----------------------------------------------------------------------

    def period(self) -> tuple[dt.date, dt.date]:
        start_year, start_month = (int(p) for p in self.from_month.currentData().split("-"))
        end_year, end_month = (int(p) for p in self.to_month.currentData().split("-"))
        end = min(month_end(end_year, end_month), dt.date.today())
        return dt.date(start_year, start_month, 1), end

    def _from_changed(self) -> None:
        if self.to_month.currentIndex() < self.from_month.currentIndex():
            self.to_month.setCurrentIndex(self.from_month.currentIndex())
        self.refresh()

    def _to_changed(self) -> None:
        if self.from_month.currentIndex() > self.to_month.currentIndex():
            self.from_month.setCurrentIndex(self.to_month.currentIndex())
        self.refresh()

    # --- refreshing off the GUI thread ----------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._build_charts()

    def _charts_then_count(self) -> None:
        self._build_charts()  # the charts (pyqtgraph's import) before the count, as always
        self.refresh()

    def is_refreshing(self) -> bool:
        return self.task is not None

    def refresh(self) -> None:
        if self.task is not None:
            self._again = True  # count again when this round ends, with the latest period
            return
        start, end = self.period()
        store = self._store
        self.watch.mark_fresh()
        self._set_busy(True)
        self.task = run_in_background(
            lambda: load_dashboard(store, start, end), self._counted, self._failed
        )

    def _set_busy(self, busy: bool) -> None:
        self.busy.setVisible(busy)
        self.busy_label.setVisible(busy)
        self.refresh_button.setEnabled(not busy)

    def _finished(self) -> bool:
        """True when the page still exists to show a result."""
        if not isValid(self):
            return False
        self.task = None
        self._set_busy(False)
        if self._again:
            self._again = False
            self.refresh()
            return False  # a newer count is on its way
        return True

    def _counted(self, data: DashboardData) -> None:
        if not self._finished():
            return
        self.data = data
        self._build_charts()
        self._show(data)
        self.refreshed.emit()

    def _failed(self, error: SaphanError) -> None:
        if not self._finished():
            return
        dialogs.show_error(self, self.tr("Could not count"), error)

    # --- showing the numbers --------------------------------------------------------------

    def _show(self, data: DashboardData) -> None:
        locale = QLocale()
        first, last = month_label(data.months[0], True), month_label(data.months[-1], True)
        self.summary.setText(
            self.tr(
                "{first} – {last}: {people} people reached by any programme (each person "
                "once) · {sessions} sessions · {referrals} referrals"
            ).format(
                first=first,
                last=last,
                people=locale.toString(data.any_programme),
                sessions=locale.toString(data.sessions),
                referrals=locale.toString(data.referrals),
            )
        )
        never = data.not_shared.get("never", 0)
        withdrawn = data.not_shared.get("withdrawn", 0)
        self.not_shared.setText(
            self.tr(
                "Of these, not in the shared figures (no consent to data use): {people}"
            ).format(people=locale.toString(never + withdrawn))
        )
        self._show_progress(data)
        self._show_outcomes(data)
        self._show_trend(data)
        current = self.breakdown_programme.currentData()
        self.breakdown_programme.blockSignals(True)
        self.breakdown_programme.clear()
        self.breakdown_programme.addItem(
            self.tr("All programmes (each person once)"), ALL_PROGRAMMES
        )
        for programme in data.programmes:
            self.breakdown_programme.addItem(programme_label(programme), programme.id)
        index = self.breakdown_programme.findData(current) if current is not None else 0
        self.breakdown_programme.setCurrentIndex(max(0, index))
        self.breakdown_programme.blockSignals(False)
        self._show_breakdown()

    def _show_progress(self, data: DashboardData) -> None:
        locale = QLocale()
        while self.progress_grid.count():
            item = self.progress_grid.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        self.progress_bars: dict[int, QProgressBar] = {}
        for row, p in enumerate(data.progress):
            name = QLabel(p.name, self.progress_rows)
            name.setWordWrap(True)
            name.setMinimumWidth(150)
            bar = QProgressBar(self.progress_rows)
            bar.setMinimumHeight(22)
            if p.target and p.share:
                bar.setRange(0, p.target)
                bar.setValue(min(p.reached, p.target))
                text = self.tr("{reached} of our share {target} ({percent}%)").format(
                    reached=locale.toString(p.reached),
                    target=locale.toString(p.target),
                    percent=locale.toString(p.percent or 0.0, "f", 0),
                )
                if p.network_target is not None:
                    bar.setToolTip(
                        self.tr(
                            "The coordinator set {target} as this CSO's share of the "
                            "network's target of {network}."
                        ).format(
                            target=locale.toString(p.target),
                            network=locale.toString(p.network_target),
                        )
                    )
            elif p.target:
                bar.setRange(0, p.target)
                bar.setValue(min(p.reached, p.target))
                text = self.tr("{reached} of {target} ({percent}%)").format(
                    reached=locale.toString(p.reached),
                    target=locale.toString(p.target),
                    percent=locale.toString(p.percent or 0.0, "f", 0),
                )
            else:
                bar.setRange(0, 1)
                bar.setValue(0)
                text = self.tr("{reached} reached (no target)").format(
                    reached=locale.toString(p.reached)
                )
            bar.setFormat(text)
            bar.setAlignment(Qt.AlignmentFlag.AlignCenter)
            self.progress_bars[p.programme_id] = bar
            self.progress_grid.addWidget(name, row, 0)
            self.progress_grid.addWidget(bar, row, 1)
        self.progress_grid.setRowStretch(len(data.progress), 1)
        headers = [self.tr("Programme"), self.tr("People reached"), self.tr("Target"), self.tr("%")]
        rows: list[list[str | int | float | None]] = [
            [p.name, p.reached, p.target, None if p.percent is None else round(p.percent, 1)]
            for p in data.progress
        ]
        shares = any(p.share for p in data.progress)
        if shares:  # the CSO's share is its target; the network's whole target beside it
            headers[2] = self.tr("Our target")
            headers.append(self.tr("Network target"))
            for cells, p in zip(rows, data.progress, strict=True):
                cells.append(p.network_target if p.share else None)
        self.progress_table.show_numbers(headers, rows)
        self.shares_note.setVisible(shares)

    def outcome_texts(self, data: DashboardData) -> list[tuple[str, str]]:
        """(programme · instrument, "N people with a pre and post score, M improved (≥ MID)")
        per outcome figure, in the user's language."""
        locale = QLocale()
        language = i18n.current_language()
        out = []
        for f in data.outcomes:
            programme = data.programme_names.get(f.programme_id, str(f.programme_id))
            instrument = f.name.get(language) or f.name.get("en") or f.instrument
            out.append(
                (
                    self.tr("{programme} · {instrument}").format(
                        programme=programme, instrument=instrument
                    ),
                    self.tr(
                        "{people} people with a pre and post score, {improved} improved (≥ {mid})"
                    ).format(
                        people=locale.toString(f.with_pre_post),
                        improved=locale.toString(f.improved),
                        mid=locale.toString(f.mid, "g", 6),
                    ),
                )
            )
        return out

    def _show_outcomes(self, data: DashboardData) -> None:
        while self.outcome_list.count():
            item = self.outcome_list.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        self.outcome_labels: list[QLabel] = []
        texts = self.outcome_texts(data)
        if not texts:
            empty = QLabel(
                self.tr("Nobody has a pre and a post score with a post in this period yet."),
                self.outcome_rows,
            )
            empty.setWordWrap(True)
            set_role(empty, "muted")
            self.outcome_list.addWidget(empty)
            self.outcome_labels.append(empty)
        for heading, line in texts:
            title = QLabel(heading, self.outcome_rows)
            title.setWordWrap(True)
            set_role(title, "sectionTitle")
            figure = QLabel(line, self.outcome_rows)
            figure.setWordWrap(True)
            self.outcome_list.addWidget(title)
            self.outcome_list.addWidget(figure)
            self.outcome_labels.append(figure)
        self.outcome_list.addStretch(1)
        language = i18n.current_language()
        self.outcome_table.show_numbers(
            [
                self.tr("Programme"),
                self.tr("Instrument"),
                self.tr("Pre and post"),
                self.tr("Improved"),
                self.tr("Not improved"),
            ],
            [
                [
                    data.programme_names.get(f.programme_id, str(f.programme_id)),
                    f.name.get(language) or f.name.get("en") or f.instrument,
                    f.with_pre_post,
                    f.improved,
                    f.not_improved,
                ]
                for f in data.outcomes
            ],
        )

    def trend_lines(self, data: DashboardData) -> list[tuple[str, str, list[int]]]:
        from desktop.dashboard.charts import PALETTE

        lines = []
        for i, programme in enumerate(data.programmes):
            per_month = data.monthly.get(programme.id, {})
            if not per_month:
                continue  # nobody in this programme in the period: no flat line at zero
            values = [per_month.get(month, 0) for month in data.months]
            lines.append((programme_label(programme), PALETTE[i % len(PALETTE)], values))
        return lines

    def _show_trend(self, data: DashboardData) -> None:
        lines = self.trend_lines(data)
        assert self.trend_chart is not None
        self.trend_chart.show_lines(
            [month_label(m) for m in data.months],
            [(short_name(name), colour, values) for name, colour, values in lines],
            self.tr("People reached (unique in the month)"),
        )
        headers = [self.tr("Month")] + [textwrap.fill(name, 12) for name, _, _ in lines]
        rows = [
            [month_label(month)] + [values[i] for _, _, values in lines]
            for i, month in enumerate(data.months)
        ]
        self.trend_table.show_numbers(
            headers, rows, colours=[None] + [colour for _, colour, _ in lines]
        )
        self.trend_table.horizontalHeader().setSectionResizeMode(
            0, QHeaderView.ResizeMode.ResizeToContents
        )

    def _show_breakdown(self) -> None:
        data = self.data
        if data is None or self.breakdown_chart is None:
            return
        from desktop.dashboard.charts import SEX_COLOURS

        programme = self.breakdown_programme.currentData()
        cells = data.breakdown.get(ALL_PROGRAMMES if programme is None else programme, {})
        bands = [reach_age_band_label(b) for b in FINE_BANDS]
        axis_bands = [b.replace("-", "–") for b in FINE_BANDS]  # short: they fit under bars
        series = [
            (sex_label_of(sex), SEX_COLOURS[sex], [cells.get((sex, b), 0) for b in FINE_BANDS])
            for sex in SEXES
        ]
        self.breakdown_chart.show_bars(
            axis_bands, series, self.tr("People reached (unique in the period)")
        )
        rows: list[list[str | int | float | None]] = []
        for b, band in zip(FINE_BANDS, bands, strict=True):
            values = [cells.get((sex, b), 0) for sex in SEXES]
            rows.append([band, *values, sum(values)])
        totals = [sum(cells.get((sex, b), 0) for b in FINE_BANDS) for sex in SEXES]
        rows.append([self.tr("Total"), *totals, sum(totals)])
        self.breakdown_table.show_numbers(
            [self.tr("Age"), *[sex_label_of(s) for s in SEXES], self.tr("Total")],
            rows,
            total_row=True,
        )

    # --- exporting ------------------------------------------------------------------------

    def chart(self, kind: str) -> Chart | None:
        return self.trend_chart if kind == "trend" else self.breakdown_chart

    def export_chart(self, kind: str) -> None:
        chart = self.chart(kind)
        if chart is None:
            return
        folder = (
            QStandardPaths.writableLocation(QStandardPaths.StandardLocation.PicturesLocation)
            or QDir.homePath()
        )
        name = self.tr("People per month") if kind == "trend" else self.tr("Sex and age")
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Export chart as PNG"),
            str(Path(folder) / f"{name}.png"),
            self.tr("PNG image (*.png)"),
        )
        if not path:
            return
        if not path.lower().endswith(".png"):
            path += ".png"
        self.export_chart_to(kind, Path(path))

    def export_chart_to(self, kind: str, path: Path) -> bool:
        chart = self.chart(kind)
        if chart is None:
            return False
        try:
            chart.export_png(path)
        except OSError as exc:
            dialogs.show_error(
                self,
                self.tr("Chart not exported"),
                self.tr("Saphan could not write {path}: {reason}").format(
                    path=path, reason=exc.strerror or exc
                ),
            )
            return False
        self.status_message.emit(self.tr("Chart saved: {path}").format(path=path))
        return True


def short_name(name: str, most: int = 26) -> str:
    """A programme name short enough for a chart legend (the table has it in full)."""
    return name if len(name) <= most else name[: most - 1].rstrip() + "…"


def sex_label_of(code: str) -> str:
    return sex_label(Sex(code))


def _beside(tab: QWidget, left: QWidget, table: QWidget) -> QWidget:
    """``tab`` laid out as ``left`` (rows and a note) beside ``table``, half and half."""
    splitter = QSplitter(Qt.Orientation.Horizontal, tab)
    splitter.addWidget(left)
    splitter.addWidget(table)
    splitter.setStretchFactor(0, 5)
    splitter.setStretchFactor(1, 5)
    splitter.setChildrenCollapsible(False)
    layout = QVBoxLayout(tab)
    layout.setContentsMargins(8, 8, 8, 8)
    layout.addWidget(splitter)
    return tab
