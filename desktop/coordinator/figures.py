"""The merged figures: a table, charts (pyqtgraph) with their numbers beside them, and the
reporting completeness heat-map. Imported when the coordinator first merges (pyqtgraph is not
loaded at app start).

A network figure with withheld parts is "≥N" (at least N): charts draw the known part hatched
over, the numbers tables say "≥". A figure whose every part was withheld is "withheld" in the
tables and a hatched grey stub (a gap in a line) in the charts, never 0; each mark has its own
legend entry. A CSO's withheld value is the word "withheld", never a number."""

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

from desktop.coordinator import chart_data
from desktop.dashboard.charts import PALETTE, SEX_COLOURS, GroupedBarChart, TrendChart
from desktop.dashboard.numbers_table import NumbersTable
from desktop.labels import reach_age_band_label
from desktop.network_labels import network_programme_label, service_category_label
from desktop.share_page.preview import cube_columns, period_text, withheld_text
from desktop.style import set_role
from desktop.widgets.text_table import TextTable, month_label
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


def at_least_text(figure: Figure) -> str:
    """An outcome sum: ``"97"``, ``"at least 17"`` (some parts withheld), or "withheld" when
    every part was (never 0 for a withheld figure)."""
    if figure.exact:
        return str(figure.known)
    if figure.known == 0:
        return QCoreApplication.translate("MergedFigures", "withheld")
    return QCoreApplication.translate("MergedFigures", "at least {count}").format(
        count=figure.known
    )


def mid_text(mids: tuple[int | float, ...]) -> str:
    """The MIDs the CSOs published for an instrument ("10"; "5, 10" when they differ)."""
    return ", ".join(QLocale().toString(float(m), "g", 6) for m in mids) or "–"


AGE_BANDS = chart_data.AGE_BANDS


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

        self._build_table_tab()
        self._build_chart_tabs()
        self.addTab(self._outcomes_tab(), self.tr("Outcomes"))  # against outcome targets
        self._build_referrals_tab()
        self._build_shares_tab()
        self._build_heat_tab()

    def _build_table_tab(self) -> None:
        """The merged table: network totals or each CSO's figures."""
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

    def _build_chart_tabs(self) -> None:
        """Progress against the targets, the monthly trend, and sex and age."""
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

    def _build_heat_tab(self) -> None:
        """Completeness heat-map: CSO × month."""
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

    def _outcomes_tab(self) -> QWidget:
        """Outcome figures against the outcome targets."""
        outcomes_tab = QWidget(self)
        self.outcomes_table = TextTable(outcomes_tab)
        outcomes_note = QLabel(
            self.tr(
                "People with a pre and a post score, and how many improved by at least the "
                "instrument's minimal important difference (MID), added up across CSOs. "
                "“withheld”: a CSO withheld a small count; “at least N”: the sum of what was "
                "published."
            ),
            outcomes_tab,
        )
        outcomes_note.setWordWrap(True)
        set_role(outcomes_note, "muted")
        outcomes_layout = QVBoxLayout(outcomes_tab)
        outcomes_layout.setContentsMargins(8, 8, 8, 8)
        outcomes_layout.addWidget(self.outcomes_table, 1)
        outcomes_layout.addWidget(outcomes_note)
        return outcomes_tab

    def _build_referrals_tab(self) -> None:
        """Referrals between member CSOs per service category, and completion."""
        tab = self.referrals_tab = QWidget(self)
        self.referrals_chart = GroupedBarChart(tab)
        self.referrals_table = TextTable(tab)
        splitter = QSplitter(Qt.Orientation.Vertical, tab)
        splitter.addWidget(self.referrals_chart)
        splitter.addWidget(self.referrals_table)
        splitter.setSizes([300, 260])
        note = QLabel(
            self.tr(
                "Made: counted by the referring CSO. Received and served: counted by the "
                "receiving CSO from the referral codes it recorded. Completion is served / "
                "made, shown only when both are exact (no part withheld)."
            ),
            tab,
        )
        note.setWordWrap(True)
        set_role(note, "muted")
        layout = QVBoxLayout(tab)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addWidget(splitter, 1)
        layout.addWidget(note)
        self.addTab(tab, self.tr("Referrals"))

    def _show_referrals(self) -> None:
        assert self.report is not None
        report = self.report
        categories = report.flows_by_category()
        made, made_at_least = chart_data.chart_values([f.made for f in categories])
        served, served_at_least = chart_data.chart_values([f.served for f in categories])
        self.referrals_chart.show_bars(
            [service_category_label(f.category) for f in categories],
            [
                (self.tr("Made"), "#b8c4cc", made),
                (self.tr("Served"), PALETTE[0], served),
            ],
            self.tr("Referrals"),
            at_least=[made_at_least, served_at_least],
            withheld_label=self._withheld_label(),
            value_labels=True,
        )
        everyone = self.tr("All CSOs")
        lines = [(everyone, everyone, f) for f in categories]
        if report.referral_flows:
            total = report.flows_total()
            lines.append((everyone, everyone, total))
        lines += [(f.from_cso, f.to_cso, f) for f in report.referral_flows]
        withheld = QCoreApplication.translate("MergedFigures", "withheld")
        self.referrals_table.show_rows(
            [
                self.tr("Referring CSO"),
                self.tr("Receiving CSO"),
                self.tr("Service category"),
                self.tr("Made"),
                self.tr("Received"),
                self.tr("Served"),
                self.tr("Completion"),
            ],
            [
                [
                    a,
                    b,
                    service_category_label(f.category) if f.category else self.tr("All"),
                    figure_text(f.made),
                    figure_text(f.received),
                    figure_text(f.served),
                    "–"
                    if f.completion is None
                    else QLocale().toString(100 * f.completion, "f", 0) + "%",
                ]
                for a, b, f in lines
            ],
            numeric_from=3,
            muted=withheld,
        )

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
            self.breakdown_programme.addItem(network_programme_label(p.code, p.name), p.code)
        index = self.breakdown_programme.findData(current)
        self.breakdown_programme.setCurrentIndex(max(0, index))
        self.breakdown_programme.blockSignals(False)
        self._show_breakdown()
        self._show_outcomes()
        self._show_referrals()
        self._show_completeness()

    def _names(self) -> dict[str, str]:
        if self.network is None:
            return {}
        return {p.code: network_programme_label(p.code, p.name) for p in self.network.programmes}

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
        shown = chart_data.people_progress(self.report)
        names = [network_programme_label(p.programme, p.name) for p in shown]
        reached, at_least = chart_data.chart_values([p.reached for p in shown])
        self.progress_chart.show_bars(
            names,
            [
                (self.tr("Target"), "#b8c4cc", [p.target for p in shown]),
                (self.tr("Reached"), PALETTE[0], reached),
            ],
            self.tr("People"),
            at_least=[[False] * len(shown), at_least],
            withheld_label=self._withheld_label(),
        )
        rows = [
            [
                self.tr("Projects: {name}").format(
                    name=network_programme_label(p.programme, p.name)
                )
                if p.indicator == PARTICIPATORY_PROJECTS
                else network_programme_label(p.programme, p.name),
                p.target,
                figure_text(p.reached),
                None if p.percent is None else round(p.percent, 1),
            ]
            for p in self.report.progress
        ]
        self.progress_table.show_numbers(
            [self.tr("Programme"), self.tr("Target"), self.tr("Reached"), self.tr("%")], rows
        )

    def _show_outcomes(self) -> None:
        assert self.report is not None
        withheld = QCoreApplication.translate("MergedFigures", "withheld")
        rows = [
            [
                network_programme_label(o.programme, o.name),
                o.instrument,
                mid_text(o.mids),
                at_least_text(o.with_pre_post),
                at_least_text(o.improved),
                at_least_text(o.not_improved),
                "–" if o.target is None else str(o.target),
                "–" if o.percent is None else QLocale().toString(o.percent, "f", 0),
            ]
            for o in self.report.outcomes
        ]
        self.outcomes_table.show_rows(
            [
                self.tr("Programme"),
                self.tr("Instrument"),
                self.tr("MID"),
                self.tr("Pre and post"),
                self.tr("Improved"),
                self.tr("Not improved"),
                self.tr("Target (improved)"),
                self.tr("%"),
            ],
            rows,
            numeric_from=2,
            muted=withheld,
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
                    network_programme_label(row.programme, row.programme_name),
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
        trend = chart_data.trend(self.report, self.network)
        lines, marks = [], []
        for n, (_code, name, figures) in enumerate(trend.lines):
            values, at_least = chart_data.chart_values(figures)
            lines.append((name, PALETTE[n % len(PALETTE)], values))
            marks.append(at_least)
        self.trend_chart.show_lines(
            [month_label(m) for m in trend.months],
            lines,
            self.tr("People"),
            at_least=marks,
            withheld_label=self._withheld_label(),
        )
        self.trend_table.show_numbers(
            [self.tr("Month")] + [name for _c, name, _f in trend.lines],
            [
                [month_label(m)] + [figure_text(figures[i]) for _c, _n, figures in trend.lines]
                for i, m in enumerate(trend.months)
            ],
            colours=[None] + [PALETTE[n % len(PALETTE)] for n in range(len(trend.lines))],
        )

    def _withheld_label(self) -> str:
        k = self.network.suppression_threshold if self.network is not None else 5
        return self.tr("Withheld for privacy (fewer than {k} each)").format(k=k)

    def _show_breakdown(self) -> None:
        if self.report is None:
            return
        code = self.breakdown_programme.currentData()
        figures = chart_data.breakdown(self.report, code)
        sexes = chart_data.SEXES
        sex_names = {
            "female": self.tr("Female"),
            "male": self.tr("Male"),
            "other": self.tr("Other"),
        }
        bands = [reach_age_band_label(b) for b in AGE_BANDS]

        empty = [Figure(0)] * len(AGE_BANDS)
        series, marks = [], []
        for s in sexes:
            values, at_least = chart_data.chart_values(figures[s] if figures else empty)
            series.append((sex_names[s], SEX_COLOURS[s], values))
            marks.append(at_least)
        self.breakdown_chart.show_bars(
            bands,
            series,
            self.tr("People"),
            at_least=marks,
            withheld_label=self._withheld_label(),
        )
        rows = [
            [band] + [figure_text((figures[s] if figures else empty)[n]) for s in sexes]
            for n, band in enumerate(bands)
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
