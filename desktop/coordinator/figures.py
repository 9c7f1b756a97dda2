"""The merged figures: a table, charts (pyqtgraph) with their numbers beside them, and the
reporting completeness heat-map. Imported when the coordinator first merges (pyqtgraph is not
loaded at app start).

A network figure with withheld parts is "≥N" (at least N): charts draw the known part, the
numbers tables say "≥". A CSO's withheld value is the word "withheld", never a number."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, QDate, QLocale, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.dashboard.charts import PALETTE, SEX_COLOURS, GroupedBarChart, TrendChart
from desktop.dashboard.numbers_table import NumbersTable
from desktop.labels import reach_age_band_label
from desktop.share_page.preview import cube_columns, period_text, withheld_text
from desktop.style import set_role
from desktop.widgets.text_table import TextTable, month_label
from directory import cube
from directory.bundle import CUMULATIVE
from directory.merge import Figure, NetworkReport
from directory.network import PARTICIPATORY_PROJECTS, Network
from directory.targets import ShareProgress, share_progress

NETWORK_TOTALS, EACH_CSO = "network", "cso"


def figure_text(figure: Figure) -> str:
    """``"97"``, ``"≥17"`` (some parts withheld), or "withheld" when every part was."""
    if figure.exact:
        return str(figure.known)
    if figure.known == 0:
        return QCoreApplication.translate("MergedFigures", "withheld")
    return f"≥{figure.known}"


AGE_BANDS = ("0-17", "18-59", "60+")


def _two_lines(month: str) -> str:
    year, number = (int(part) for part in month.split("-"))
    return QLocale().toString(QDate(year, number, 1), "MMM\nyyyy")


def _beside(parent: QWidget, chart: QWidget, table: QWidget, note: str = "") -> QWidget:
    tab = QWidget(parent)
    splitter = QSplitter(Qt.Orientation.Horizontal, tab)
    splitter.addWidget(chart)
    splitter.addWidget(table)
    splitter.setStretchFactor(0, 3)
    splitter.setStretchFactor(1, 2)
    splitter.setSizes([560, 380])
    splitter.setChildrenCollapsible(False)
    layout = QVBoxLayout(tab)
    layout.setContentsMargins(8, 8, 8, 8)
    layout.addWidget(splitter, 1)
    if note:
        label = QLabel(note, tab)
        label.setWordWrap(True)
        set_role(label, "muted")
        layout.addWidget(label)
    return tab


class MergedFigures(QTabWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.report: NetworkReport | None = None
        self.network: Network | None = None

        # The merged table.
        table_tab = QWidget(self)
        self.view = QComboBox(table_tab)
        self.view.addItem(self.tr("Network totals (programme × month)"), NETWORK_TOTALS)
        self.view.addItem(self.tr("Each CSO (CSO × programme × month)"), EACH_CSO)
        self.view.currentIndexChanged.connect(self._show_table)
        self.merged = TextTable(table_tab)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Show"), table_tab))
        row.addWidget(self.view)
        row.addStretch(1)
        note = QLabel(
            self.tr(
                "“≥N”: at least N — some CSOs withheld a small count there. A person served by "
                "two CSOs counts twice in network totals."
            ),
            table_tab,
        )
        note.setWordWrap(True)
        set_role(note, "muted")
        table_layout = QVBoxLayout(table_tab)
        table_layout.setContentsMargins(8, 8, 8, 8)
        table_layout.addLayout(row)
        table_layout.addWidget(self.merged, 1)
        table_layout.addWidget(note)
        self.addTab(table_tab, self.tr("Merged table"))

        # Progress against the targets.
        self.progress_chart = GroupedBarChart(self)
        self.progress_table = NumbersTable(self)
        self.addTab(
            _beside(
                self,
                self.progress_chart,
                self.progress_table,
                self.tr("Unique people per CSO over the whole period, added up across CSOs."),
            ),
            self.tr("Progress"),
        )

        # Monthly trend.
        self.trend_chart = TrendChart(self)
        self.trend_table = NumbersTable(self)
        self.addTab(_beside(self, self.trend_chart, self.trend_table), self.tr("Monthly trend"))

        # Sex and age.
        breakdown = QWidget(self)
        self.breakdown_programme = QComboBox(breakdown)
        self.breakdown_programme.currentIndexChanged.connect(self._show_breakdown)
        self.breakdown_chart = GroupedBarChart(breakdown)
        left = QWidget(breakdown)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        pick = QHBoxLayout()
        pick.addWidget(QLabel(self.tr("Programme"), left))
        pick.addWidget(self.breakdown_programme, 1)
        left_layout.addLayout(pick)
        left_layout.addWidget(self.breakdown_chart, 1)
        self.breakdown_table = NumbersTable(self)
        self.addTab(_beside(self, left, self.breakdown_table), self.tr("Sex and age"))

        self._build_shares_tab()
        # Completeness heat-map: CSO × month.
        heat_tab = QWidget(self)
        self.heatmap = QTableWidget(heat_tab)
        self.heatmap.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.heatmap.horizontalHeader().setDefaultSectionSize(46)
        self.heatmap.verticalHeader().setDefaultSectionSize(26)
        self.heat_summary = QLabel(heat_tab)
        set_role(self.heat_summary, "muted")
        heat_layout = QVBoxLayout(heat_tab)
        heat_layout.setContentsMargins(8, 8, 8, 8)
        heat_layout.addWidget(self.heatmap, 1)
        heat_layout.addWidget(self.heat_summary)
        self.addTab(heat_tab, self.tr("Completeness"))

    def _build_shares_tab(self) -> None:
        """Each CSO against its share of the targets, and who is behind."""
        self.share_rows: list[ShareProgress] = []
        shares_tab = QWidget(self)
        self.shares_summary = QLabel(shares_tab)
        self.shares_summary.setWordWrap(True)
        self.shares_table = TextTable(shares_tab)
        shares_note = QLabel(
            self.tr(
                "Behind: fewer people reached than the CSO's share × the part of the reporting "
                "period that has passed (months that have ended). A withheld count is fewer "
                "than the threshold; a CSO that has not published counts as behind."
            ),
            shares_tab,
        )
        shares_note.setWordWrap(True)
        set_role(shares_note, "muted")
        shares_layout = QVBoxLayout(shares_tab)
        shares_layout.setContentsMargins(8, 8, 8, 8)
        shares_layout.addWidget(self.shares_summary)
        shares_layout.addWidget(self.shares_table, 1)
        shares_layout.addWidget(shares_note)
        self.addTab(shares_tab, self.tr("CSO targets"))

    # --- showing ---------------------------------------------------------------------------

    def show_report(
        self, report: NetworkReport, network: Network, today: dt.date | None = None
    ) -> None:
        self.report, self.network = report, network
        self._show_table()
        self._show_progress()
        self._show_shares(today or dt.date.today())
        self._show_trend()
        current = self.breakdown_programme.currentData()
        self.breakdown_programme.blockSignals(True)
        self.breakdown_programme.clear()
        for p in network.programmes:
            self.breakdown_programme.addItem(p.name, p.code)
        index = self.breakdown_programme.findData(current)
        self.breakdown_programme.setCurrentIndex(max(0, index))
        self.breakdown_programme.blockSignals(False)
        self._show_breakdown()
        self._show_completeness()

    def _names(self) -> dict[str, str]:
        return {p.code: p.name for p in self.network.programmes} if self.network else {}

    def _show_table(self) -> None:
        report = self.report
        if report is None or self.network is None:
            return
        names, columns = self._names(), cube_columns()
        order = {p.code: n for n, p in enumerate(self.network.programmes)}

        def key(item: tuple[str, str]) -> tuple[int, str]:
            programme, period = item
            return (order.get(programme, 99), "9999" if period == CUMULATIVE else period)

        if self.view.currentData() == NETWORK_TOTALS:
            rows = [
                [names.get(p, p), period_text(m)]
                + [figure_text(report.people[(p, m)][i]) for _, i in columns]
                for p, m in sorted(report.people, key=key)
            ]
            headers = [self.tr("Programme"), self.tr("Month")]
            self.merged.show_rows(
                headers + [h for h, _ in columns], rows, numeric_from=2, muted=self.tr("withheld")
            )
            return
        k = self.network.suppression_threshold
        rows = []
        for code in sorted(report.bundles):
            bundle = report.bundles[code]
            for p in bundle.programmes:
                tables = [(m.period, m.people) for m in p.months] + [(CUMULATIVE, p.cumulative)]
                for period, people in tables:
                    rows.append(
                        [code, names.get(p.programme, p.programme), period_text(period)]
                        + [
                            withheld_text(k) if people[i] is None else f"{people[i]:,}"
                            for _, i in columns
                        ]
                    )
        headers = [self.tr("CSO"), self.tr("Programme"), self.tr("Month")]
        self.merged.show_rows(
            headers + [h for h, _ in columns], rows, numeric_from=3, muted=withheld_text(k)
        )

    def _show_progress(self) -> None:
        assert self.report is not None
        people = [p for p in self.report.progress if p.indicator != PARTICIPATORY_PROJECTS]
        shown = [p for p in people if p.target]
        short = [p.programme.replace("_", " ") for p in shown]
        self.progress_chart.show_bars(
            short,
            [
                (self.tr("Target"), "#b8c4cc", [p.target or 0 for p in shown]),
                (self.tr("Reached"), PALETTE[0], [p.reached.known for p in shown]),
            ],
            self.tr("People"),
        )
        rows = [
            [
                self.tr("Projects: {name}").format(name=p.name)
                if p.indicator == PARTICIPATORY_PROJECTS
                else p.name,
                p.target,
                figure_text(p.reached),
                None if p.percent is None else round(p.percent, 1),
            ]
            for p in self.report.progress
        ]
        self.progress_table.show_numbers(
            [self.tr("Programme"), self.tr("Target"), self.tr("Reached"), self.tr("%")], rows
        )

    def _show_shares(self, today: dt.date) -> None:
        """Each CSO's progress against its share, and the network's target beside it."""
        assert self.report is not None
        assert self.network is not None
        self.share_rows = share_progress(self.report, self.network, today)
        k = self.network.suppression_threshold
        locale = QLocale()
        behind_text, on_track = self.tr("behind"), self.tr("on track")
        rows = []
        for row in self.share_rows:
            if not row.published:
                reached = self.tr("not published")
            elif row.reached is None:
                reached = withheld_text(k)
            else:
                reached = locale.toString(row.reached)
            rows.append(
                [
                    row.cso_code,
                    row.programme_name,
                    behind_text if row.behind else on_track,
                    locale.toString(row.share),
                    "" if row.network_target is None else locale.toString(row.network_target),
                    reached,
                    "" if row.percent is None else f"{row.percent:.0f}%",
                    locale.toString(round(row.expected)),
                ]
            )
        headers = [
            self.tr("CSO"),
            self.tr("Programme"),
            self.tr("Status"),
            self.tr("CSO's share"),
            self.tr("Network target"),
            self.tr("Reached"),
            self.tr("% of share"),
            self.tr("Expected by now"),
        ]
        self.shares_table.show_rows(headers, rows, numeric_from=3, muted=withheld_text(k))
        warn = QBrush(QColor("#b3261e"))
        for r, row in enumerate(self.share_rows):
            item = self.shares_table.item(r, 2)
            if row.behind and item is not None:
                item.setForeground(warn)
                font = item.font()
                font.setBold(True)
                item.setFont(font)
        behind = sorted({r.cso_code for r in self.share_rows if r.behind})
        if not self.share_rows:
            text = self.tr(
                "No CSO has a share of the targets yet (the coordinator sets them per CSO)."
            )
        elif behind:
            text = self.tr("Behind on at least one programme: {csos}.").format(
                csos=", ".join(behind)
            )
        else:
            text = self.tr("Every CSO with a share is on track.")
        self.shares_summary.setText(text)

    def _show_trend(self) -> None:
        assert self.report is not None
        assert self.network is not None
        report = self.report
        months = [
            m
            for m in report.months
            if any((p.code, m) in report.people for p in self.network.programmes)
        ]
        programmes = [
            p for p in self.network.programmes if any((p.code, m) in report.people for m in months)
        ]
        lines = [
            (p.name, PALETTE[n % len(PALETTE)], [report.total(p.code, m).known for m in months])
            for n, p in enumerate(programmes)
        ]
        self.trend_chart.show_lines([month_label(m) for m in months], lines, self.tr("People"))
        self.trend_table.show_numbers(
            [self.tr("Month")] + [p.name for p in programmes],
            [
                [month_label(m)] + [figure_text(report.total(p.code, m)) for p in programmes]
                for m in months
            ],
            colours=[None] + [PALETTE[n % len(PALETTE)] for n in range(len(programmes))],
        )

    def _show_breakdown(self) -> None:
        if self.report is None:
            return
        code = self.breakdown_programme.currentData()
        cells = self.report.people.get((code, CUMULATIVE))
        sexes = ("female", "male", "other")
        sex_names = {
            "female": self.tr("Female"),
            "male": self.tr("Male"),
            "other": self.tr("Other"),
        }
        bands = [reach_age_band_label(b) for b in AGE_BANDS]

        def figure(sex: str, band: str) -> Figure | None:
            return cells[cube.index(sex, band, "all", "all")] if cells else None

        series = [
            (sex_names[s], SEX_COLOURS[s], [getattr(figure(s, b), "known", 0) for b in AGE_BANDS])
            for s in sexes
        ]
        self.breakdown_chart.show_bars(bands, series, self.tr("People"))
        rows = [
            [band] + [figure_text(figure(s, b) or Figure(0)) for s in sexes]
            for band, b in zip(bands, AGE_BANDS, strict=True)
        ]
        self.breakdown_table.show_numbers(
            [self.tr("Age")] + [sex_names[s] for s in sexes],
            rows,
            colours=[None] + [SEX_COLOURS[s] for s in sexes],
        )

    def _show_completeness(self) -> None:
        assert self.report is not None
        assert self.network is not None
        report = self.report
        members = [m for m in self.network.members if m.code in report.completeness]
        months = report.months
        self.heatmap.clear()
        self.heatmap.setRowCount(len(members))
        self.heatmap.setColumnCount(len(months))
        self.heatmap.setHorizontalHeaderLabels([_two_lines(m) for m in months])
        self.heatmap.setVerticalHeaderLabels([f"{m.code} · {m.name}" for m in members])
        done, late = QBrush(QColor("#2e9e6a")), QBrush(QColor("#f3d4d0"))
        for r, member in enumerate(members):
            for c, month in enumerate(months):
                reported = report.completeness[member.code].get(month, False)
                item = QTableWidgetItem("✓" if reported else "")
                item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                item.setBackground(done if reported else late)
                item.setForeground(QBrush(QColor("white")))
                item.setToolTip(
                    self.tr("{cso}, {month}: reported").format(cso=member.code, month=month)
                    if reported
                    else self.tr("{cso}, {month}: not reported").format(
                        cso=member.code, month=month
                    )
                )
                self.heatmap.setItem(r, c, item)
        self.heatmap.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        published = sum(1 for m in members if m.code in report.bundles)
        self.heat_summary.setText(
            self.tr(
                "{reported} of {members} CSOs have published. Green: the CSO's latest "
                "bundle covers the month."
            ).format(reported=published, members=len(members))
        )
