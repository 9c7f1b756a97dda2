"""The donor report: the network's progress against its targets, as a Word document in the
coordinator's language (English, Burmese or Thai).

- Progress against the targets, the people reached per month and by sex and age: each a
  table and a chart. The charts are the Figures tab's own (:mod:`desktop.dashboard.charts`,
  drawn from :mod:`desktop.coordinator.chart_data`) rendered offscreen to PNG, and the tables
  print the same figures, so a chart's numbers are the table's. A withheld figure is
  "withheld" (a hatched stub in a chart, never 0); a total with withheld parts "at least N".
- Completeness: which CSOs published figures for which months.
- The method: the suppression threshold k and complementary suppression, unique counting per
  programme, a person served by two CSOs counts twice.

The words are the app's translations (context ``DonorReport``) read through a SaphanTranslator of
the chosen language that is never installed, as the subject access document does; every run's
fonts are set per script (:mod:`desktop.documents.docx_fonts`). Built from the merged report
only (already suppressed figures), never from a CSO's database.

:func:`render_charts` needs a QApplication and runs on the GUI thread (widgets);
:func:`write_donor_report` only writes the document (any thread).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from docx import Document
from docx.document import Document as DocxDocument
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor
from docx.table import _Cell

from db.atomic import write_atomically
from desktop.coordinator import chart_data
from desktop.documents.docx_dates import format_date, format_month
from desktop.documents.docx_fonts import LANGUAGE_SCRIPT, Script, add_text, set_document_fonts
from desktop.i18n import QT_TRANSLATE_NOOP, SaphanTranslator, qm_path
from desktop.network_labels import network_programme_label
from directory.merge import Figure, NetworkReport
from directory.network import PARTICIPATORY_PROJECTS, Network

CONTEXT = "DonorReport"
LANGUAGES = ("en", "my", "th")
BODY_PT = 10
SMALL_PT = 9
TITLE_PT = 18
HEADING_PT = 13
ACCENT = RGBColor(0x1F, 0x4E, 0x79)
GREY = RGBColor(0x55, 0x55, 0x55)
HEADER_FILL = "D9E2F3"
WITHHELD_FILL = "EDEDED"
TEXT_WIDTH_CM = 17.0
CHART_SIZE = (760, 400)  # pixels, drawn at this size and placed 16 cm wide
MONTHS_PER_TABLE = 8

SEX_NAMES = {
    "female": QT_TRANSLATE_NOOP("DonorReport", "Female"),
    "male": QT_TRANSLATE_NOOP("DonorReport", "Male"),
    "other": QT_TRANSLATE_NOOP("DonorReport", "Other"),
}
BAND_NAMES = {
    "0-17": QT_TRANSLATE_NOOP("DonorReport", "Children (0–17)"),
    "18-59": QT_TRANSLATE_NOOP("DonorReport", "Adults (18–59)"),
    "60+": QT_TRANSLATE_NOOP("DonorReport", "Older people (60+)"),
}
WITHHELD = QT_TRANSLATE_NOOP("DonorReport", "withheld")
AT_LEAST = QT_TRANSLATE_NOOP("DonorReport", "at least {n}")


class Words:
    """The report's words in one language (English when the app has no translation)."""

    def __init__(self, language: str) -> None:
        self.language = language if language in LANGUAGES else "en"
        self._translator: SaphanTranslator | None = None
        if self.language != "en":
            translator = SaphanTranslator()  # digits 0–9, marks kept with words
            if translator.load(str(qm_path(self.language))):
                self._translator = translator

    def __call__(self, source: str) -> str:
        return self.translate(CONTEXT, source)

    def translate(self, context: str, source: str) -> str:
        """``source`` of any context in the report's language (English when untranslated)."""
        if self._translator is None:
            return source
        return self._translator.translate(context, source) or source

    def programme(self, code: str, name: str) -> str:
        """A network programme's name in the report's language (see network_programme_label)."""
        return network_programme_label(code, name, self.translate)

    def figure(self, f: Figure | None) -> str:
        """ "97", "at least 17" (some parts withheld) or "withheld" (every part was)."""
        value, at_least = chart_data.chart_value(f or Figure(0))
        if value is None:
            return self(WITHHELD)
        return self(AT_LEAST).format(n=f"{value:,}") if at_least else f"{value:,}"

    def withheld_label(self, k: int) -> str:
        return self(
            QT_TRANSLATE_NOOP("DonorReport", "Withheld for privacy (fewer than {k} each)")
        ).format(k=k)


@dataclass
class ChartImage:
    """A chart as drawn: the PNG and the values it shows (name, values, at-least flags)."""

    key: str
    png: bytes
    categories: list[str]
    shown: list[tuple[str, list[int | None], list[bool]]] = field(default_factory=list)
    legend: list[str] = field(default_factory=list)


# --- the charts (GUI thread) -------------------------------------------------------------------


def _png(chart: object) -> bytes:
    import pyqtgraph.exporters
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice

    exporter = pyqtgraph.exporters.ImageExporter(chart.view.scene())  # type: ignore[attr-defined]
    image = exporter.export(toBytes=True)
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    buffer.close()
    return bytes(data.data())


def _breakdown_charts(
    report: NetworkReport,
    network: Network,
    w: Words,
    draw: Callable[[Any, str, list[str]], None],
    labels: tuple[str, str, str],
) -> None:
    """One chart per programme: people by sex and age band."""
    from desktop.dashboard.charts import SEX_COLOURS, GroupedBarChart

    people, withheld, at_least = labels
    bands = [w(BAND_NAMES[b]) for b in chart_data.AGE_BANDS]
    for programme in network.programmes:
        figures_by_sex = chart_data.breakdown(report, programme.code)
        if figures_by_sex is None:
            continue
        chart = GroupedBarChart()
        series, marks = [], []
        for sex in chart_data.SEXES:
            values, flags = chart_data.chart_values(figures_by_sex[sex])
            series.append((w(SEX_NAMES[sex]), SEX_COLOURS[sex], values))
            marks.append(flags)
        chart.show_bars(
            bands,
            series,
            people,
            at_least=marks,
            withheld_label=withheld,
            at_least_label=at_least,
            value_labels=True,
        )
        draw(chart, f"breakdown:{programme.code}", bands)


def render_charts(report: NetworkReport, network: Network, language: str) -> list[ChartImage]:
    """Draw the report's charts with the Figures tab's chart classes, offscreen, to PNG."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    from desktop.dashboard.charts import PALETTE, Chart, GroupedBarChart, TrendChart

    w = Words(language)
    withheld = w.withheld_label(network.suppression_threshold)
    at_least = w(QT_TRANSLATE_NOOP("DonorReport", "At least: some CSOs' figures withheld"))
    people = w(QT_TRANSLATE_NOOP("DonorReport", "People"))
    images: list[ChartImage] = []

    def draw(chart: Chart, key: str, categories: list[str]) -> None:
        chart.setAttribute(Qt.WidgetAttribute.WA_DontShowOnScreen, True)
        chart.resize(*CHART_SIZE)
        chart.show()
        QApplication.processEvents()
        legend = [label.text for _sample, label in chart.legend.items]
        images.append(ChartImage(key, _png(chart), categories, list(chart.shown), legend))
        chart.hide()
        chart.deleteLater()

    shown = chart_data.people_progress(report)
    if shown:
        chart = GroupedBarChart()
        categories = [w.programme(p.programme, p.name) for p in shown]
        reached, flags = chart_data.chart_values([p.reached for p in shown])
        chart.show_bars(
            categories,
            [
                (
                    w(QT_TRANSLATE_NOOP("DonorReport", "Target")),
                    "#b8c4cc",
                    [p.target for p in shown],
                ),
                (w(QT_TRANSLATE_NOOP("DonorReport", "Reached")), PALETTE[0], reached),
            ],
            people,
            at_least=[[False] * len(shown), flags],
            withheld_label=withheld,
            at_least_label=at_least,
            value_labels=True,
        )
        draw(chart, "progress", categories)

    trend = chart_data.trend(report, network, w.translate)
    if trend.months:
        lines_chart = TrendChart()
        lines, marks = [], []
        for n, (_code, name, figures) in enumerate(trend.lines):
            values, flags = chart_data.chart_values(figures)
            lines.append((name, PALETTE[n % len(PALETTE)], values))
            marks.append(flags)
        months = [format_month(w.language, m) for m in trend.months]
        gap = w(QT_TRANSLATE_NOOP("DonorReport", "Gap: {withheld}")).format(withheld=withheld)
        lines_chart.show_lines(
            months,
            lines,
            people,
            at_least=marks,
            withheld_label=withheld,
            at_least_label=at_least,
            gap_label=gap,
        )
        draw(lines_chart, "trend", months)

    _breakdown_charts(report, network, w, draw, (people, withheld, at_least))
    return images


# --- the document ------------------------------------------------------------------------------


def _shade(cell: _Cell, fill: str) -> None:
    shading = OxmlElement("w:shd")
    shading.set(qn("w:val"), "clear")
    shading.set(qn("w:color"), "auto")
    shading.set(qn("w:fill"), fill)
    cell._tc.get_or_add_tcPr().append(shading)


class _Writer:
    def __init__(
        self, report: NetworkReport, network: Network, language: str, charts: list[ChartImage]
    ) -> None:
        self.report, self.network = report, network
        self.w = Words(language)
        self.language = self.w.language
        self.script: Script = LANGUAGE_SCRIPT.get(self.language, "latin")
        self.charts = {c.key: c for c in charts}
        self.doc: DocxDocument = Document()
        section = self.doc.sections[0]
        section.page_width, section.page_height = Cm(21.0), Cm(29.7)
        for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
            setattr(section, side, Cm(2.0))
        set_document_fonts(self.doc, self.language, BODY_PT)

    def paragraph(
        self, text: str, *, size: float = BODY_PT, keep: bool = False, **kwargs: object
    ) -> None:
        p = self.doc.add_paragraph()
        p.paragraph_format.space_after = Pt(4)
        p.paragraph_format.keep_with_next = keep
        add_text(p, text, size=size, default=self.script, **kwargs)  # type: ignore[arg-type]

    def bullet(self, text: str) -> None:
        p = self.doc.add_paragraph(style="List Bullet")
        p.paragraph_format.space_after = Pt(2)
        add_text(p, text, size=BODY_PT, default=self.script)

    def heading(self, text: str, level: int = 1) -> None:
        p = self.doc.add_paragraph(style=f"Heading {level}")
        p.paragraph_format.space_before = Pt(14 if level == 1 else 8)
        p.paragraph_format.space_after = Pt(4)
        p.paragraph_format.keep_with_next = True
        size = HEADING_PT if level == 1 else BODY_PT + 1
        add_text(p, text, size=size, bold=True, color=ACCENT, default=self.script)

    def table(
        self,
        header: Sequence[str],
        widths: Sequence[float],
        rows: Sequence[Sequence[str]],
        *,
        numeric_from: int = 1,
    ) -> None:
        table = self.doc.add_table(rows=0, cols=len(widths))
        table.style = self.doc.styles["Table Grid"]
        table.alignment = WD_TABLE_ALIGNMENT.LEFT
        table.autofit = False
        cells = table.add_row().cells
        table.rows[0]._tr.get_or_add_trPr().append(OxmlElement("w:tblHeader"))
        for n, (cell, label) in enumerate(zip(cells, header, strict=True)):
            _shade(cell, HEADER_FILL)
            self._cell(cell, label, bold=True, right=n >= numeric_from)
        withheld = self.w(WITHHELD)
        for values in rows:
            cells = table.add_row().cells
            for n, (cell, text) in enumerate(zip(cells, values, strict=True)):
                if text == withheld:
                    _shade(cell, WITHHELD_FILL)
                self._cell(cell, text, right=n >= numeric_from)
        for column, width in zip(table.columns, widths, strict=True):
            for cell in column.cells:
                cell.width = Cm(width)
        self.doc.add_paragraph().paragraph_format.space_after = Pt(2)

    def _cell(self, cell: _Cell, text: str, *, bold: bool = False, right: bool = False) -> None:
        p = cell.paragraphs[0]
        p.paragraph_format.space_after = Pt(1)
        if right:
            p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        if text:
            add_text(p, text, size=SMALL_PT, bold=bold, default=self.script)

    def chart(self, key: str) -> None:
        image = self.charts.get(key)
        if image is None:
            return
        import io

        self.doc.add_picture(io.BytesIO(image.png), width=Cm(16.0))
        self.doc.paragraphs[-1].alignment = WD_ALIGN_PARAGRAPH.CENTER

    # --- sections ---

    def write(self) -> bytes:
        w, network = self.w, self.network
        title = self.doc.add_paragraph(style="Title")
        add_text(
            title,
            w(QT_TRANSLATE_NOOP("DonorReport", "{network}: progress report")).format(
                network=network.name
            ),
            size=TITLE_PT,
            bold=True,
            color=ACCENT,
            default=self.script,
        )
        period = network.reporting_period
        self.paragraph(
            w(
                QT_TRANSLATE_NOOP(
                    "DonorReport", "Reporting period: {start} to {end}. Made on {date}."
                )
            ).format(
                start=format_month(self.language, period.start),
                end=format_month(self.language, period.end),
                date=format_date(self.language, dt.date.today()),
            ),
            color=GREY,
        )
        published = sum(1 for m in network.members if m.code in self.report.bundles)
        self.paragraph(
            w(
                QT_TRANSLATE_NOOP(
                    "DonorReport",
                    "Figures merged from {published} of {members} member CSOs. Figures marked "
                    "“withheld” are small counts kept back to protect the people counted; "
                    "“at least N” is a total with some such parts.",
                )
            ).format(published=published, members=len(network.members))
        )
        self._progress()
        self._trend()
        self._breakdown()
        self._completeness()
        self._method()
        import io

        buffer = io.BytesIO()
        self.doc.save(buffer)
        return buffer.getvalue()

    def progress_rows(self) -> list[list[str]]:
        w = self.w
        rows = []
        for p in self.report.progress:
            name = (
                w(QT_TRANSLATE_NOOP("DonorReport", "Participatory projects: {name}")).format(
                    name=w.programme(p.programme, p.name)
                )
                if p.indicator == PARTICIPATORY_PROJECTS
                else w.programme(p.programme, p.name)
            )
            value, at_least = chart_data.chart_value(p.reached)
            if p.percent is None or value is None:
                percent = ""
            elif at_least:
                percent = w(AT_LEAST).format(n=f"{p.percent:.0f}%")
            else:
                percent = f"{p.percent:.0f}%"
            target = "" if p.target is None else f"{p.target:,}"
            rows.append([name, p.programme.replace("_", " "), target, w.figure(p.reached), percent])
        return rows

    def _progress(self) -> None:
        w = self.w
        self.heading(w(QT_TRANSLATE_NOOP("DonorReport", "Progress against the targets")))
        self.paragraph(
            w(
                QT_TRANSLATE_NOOP(
                    "DonorReport",
                    "People reached over the whole period: each CSO's unique people per "
                    "programme, added up across CSOs.",
                )
            ),
            keep=True,
        )
        header = [
            w(QT_TRANSLATE_NOOP("DonorReport", "Programme")),
            w(QT_TRANSLATE_NOOP("DonorReport", "Code")),
            w(QT_TRANSLATE_NOOP("DonorReport", "Target")),
            w(QT_TRANSLATE_NOOP("DonorReport", "Reached")),
            w(QT_TRANSLATE_NOOP("DonorReport", "% of target")),
        ]
        self.table(header, (6.0, 3.2, 2.4, 2.9, 2.5), self.progress_rows(), numeric_from=2)
        self.chart("progress")

    def _trend(self) -> None:
        w = self.w
        trend = chart_data.trend(self.report, self.network, self.w.translate)
        if not trend.months:
            return
        self.heading(w(QT_TRANSLATE_NOOP("DonorReport", "People reached per month")))
        self.paragraph(
            w(
                QT_TRANSLATE_NOOP(
                    "DonorReport",
                    "Unique people each month. Months do not add up to the whole period: "
                    "people come back.",
                )
            ),
            keep=True,
        )
        self.chart("trend")
        names = [name for _c, name, _f in trend.lines]
        header = [w(QT_TRANSLATE_NOOP("DonorReport", "Month")), *names]
        width = (TEXT_WIDTH_CM - 3.4) / max(1, len(names))
        rows = [
            [format_month(self.language, m)] + [w.figure(f[i]) for _c, _n, f in trend.lines]
            for i, m in enumerate(trend.months)
        ]
        self.table(header, (3.4, *[width] * len(names)), rows)

    def _breakdown(self) -> None:
        w = self.w
        sections = [(p, chart_data.breakdown(self.report, p.code)) for p in self.network.programmes]
        sections = [(p, f) for p, f in sections if f is not None]
        if not sections:
            return
        self.heading(w(QT_TRANSLATE_NOOP("DonorReport", "People reached by sex and age")))
        header = [w(QT_TRANSLATE_NOOP("DonorReport", "Age"))]
        header += [w(SEX_NAMES[s]) for s in chart_data.SEXES]
        for programme, figures in sections:
            assert figures is not None
            self.heading(self.w.programme(programme.code, programme.name), level=2)
            rows = [
                [w(BAND_NAMES[band])] + [w.figure(figures[s][n]) for s in chart_data.SEXES]
                for n, band in enumerate(chart_data.AGE_BANDS)
            ]
            self.table(header, (5.0, 4.0, 4.0, 4.0), rows)
            self.chart(f"breakdown:{programme.code}")

    def _completeness(self) -> None:
        w = self.w
        report = self.report
        self.heading(w(QT_TRANSLATE_NOOP("DonorReport", "Reporting completeness")))
        self.paragraph(
            w(
                QT_TRANSLATE_NOOP(
                    "DonorReport",
                    "Which CSOs published figures for which months (✓: the CSO's latest "
                    "published figures cover the month).",
                )
            ),
            keep=True,
        )
        members = [m for m in self.network.members if m.code in report.completeness]
        months = report.months
        for start in range(0, len(months), MONTHS_PER_TABLE):
            chunk = months[start : start + MONTHS_PER_TABLE]
            header = [w(QT_TRANSLATE_NOOP("DonorReport", "CSO"))]
            header += [format_month(self.language, m) for m in chunk]
            rows = [
                [f"{m.code} · {m.name}"]
                + ["✓" if report.completeness[m.code].get(month) else "–" for month in chunk]
                for m in members
            ]
            rows.append(
                [w(QT_TRANSLATE_NOOP("DonorReport", "CSOs that published"))]
                + [
                    f"{sum(1 for m in members if report.completeness[m.code].get(month))}"
                    f"/{len(members)}"
                    for month in chunk
                ]
            )
            first = 4.2
            width = (TEXT_WIDTH_CM - first) / max(1, len(chunk))
            self.table(header, (first, *[width] * len(chunk)), rows)

    def _method(self) -> None:
        w = self.w
        k = self.network.suppression_threshold
        self.heading(w(QT_TRANSLATE_NOOP("DonorReport", "How these figures were made")))
        for line in (
            w(
                QT_TRANSLATE_NOOP(
                    "DonorReport",
                    "No record about any person leaves the CSOs: each CSO publishes only "
                    "counts, signed, and the network adds them up.",
                )
            ),
            w(
                QT_TRANSLATE_NOOP(
                    "DonorReport",
                    "Suppression: a count from 1 to {last} (below the threshold of {k}) is "
                    "withheld, and so are some other counts of the same table "
                    "(complementary suppression), so that a withheld count cannot be worked "
                    "out from the totals. A withheld count is never shown as 0.",
                )
            ).format(last=k - 1, k=k),
            w(
                QT_TRANSLATE_NOOP(
                    "DonorReport",
                    "A network total with withheld parts is the sum of the published parts "
                    "and reads “at least N”: the true figure is higher. Where every part was "
                    "withheld the total reads “withheld”; in the charts such a bar is a "
                    "short hatched stub, an at-least bar is hatched over.",
                )
            ),
            w(
                QT_TRANSLATE_NOOP(
                    "DonorReport",
                    "Unique counting: a person counts once per programme and period, however "
                    "many sessions they attended. The figures per month do not add up to the "
                    "figure of the whole period.",
                )
            ),
            w(
                QT_TRANSLATE_NOOP(
                    "DonorReport",
                    "A person served by two CSOs counts twice in the network's totals: the "
                    "CSOs do not share who they serve, so the network cannot tell.",
                )
            ),
        ):
            self.bullet(line)


def write_donor_report(
    report: NetworkReport,
    network: Network,
    path: Path,
    language: str,
    charts: list[ChartImage],
) -> None:
    """Write the report (charts from :func:`render_charts`) to ``path`` (atomically)."""
    write_atomically(path, _Writer(report, network, language, charts).write())


def donor_report(report: NetworkReport, network: Network, path: Path, language: str) -> None:
    """Draw the charts and write the report (GUI thread: needs a QApplication)."""
    write_donor_report(report, network, path, language, render_charts(report, network, language))


__all__ = [
    "LANGUAGES",
    "ChartImage",
    "Words",
    "donor_report",
    "render_charts",
    "write_donor_report",
]
