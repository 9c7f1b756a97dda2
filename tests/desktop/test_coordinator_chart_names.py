"""The coordinator's progress chart names the programmes on its axis in the reader's language
(as the tables beside it do), not by their codes, and long names wrap to fit their slot."""

from __future__ import annotations

import re

import pytest
from PySide6.QtGui import QFontMetricsF

from desktop import i18n
from desktop.coordinator.figures import MergedFigures
from desktop.dashboard.charts import wrap_tick
from directory import merge
from directory.network import PARTICIPATORY_PROJECTS, PILOT_PROGRAMMES
from tests.desktop.test_withheld_charts import _report
from tests.directory.conftest import member_network

MYANMAR = re.compile(r"[\u1000-\u109f]")
THAI = re.compile(r"[\u0e00-\u0e7f]")


@pytest.fixture
def english_afterwards(qapp):
    yield
    i18n.set_language("en")


def _pilot_report() -> merge.NetworkReport:
    report = _report()
    report.progress = [
        merge.Progress(code, name, "people_reached", target or 100, merge.Figure(40 + n))
        for n, (code, name, target) in enumerate(PILOT_PROGRAMMES)
        if code != "participatory"
    ]
    return report


@pytest.mark.parametrize(("language", "script"), [("my", MYANMAR), ("th", THAI), ("en", None)])
def test_the_progress_axis_names_programmes_in_the_readers_language(
    qtbot, english_afterwards, language: str, script: re.Pattern[str] | None
) -> None:
    i18n.set_language(language)
    figures = MergedFigures()
    qtbot.addWidget(figures)
    figures.resize(1366, 728)
    figures.show()
    report = _pilot_report()
    figures.show_report(report, member_network())
    chart = figures.progress_chart
    figures.setCurrentIndex(
        next(i for i in range(figures.count()) if figures.widget(i).isAncestorOf(chart))
    )
    qtbot.waitUntil(lambda: chart.width() > 300)
    table = figures.progress_table
    names = [table.item(r, 0).text() for r in range(table.rowCount())]
    wanted = [p for p in report.progress if p.indicator != PARTICIPATORY_PROJECTS]
    assert len(chart.categories) == len(wanted) == 6
    assert chart.categories == names  # the table's names, not "mhpss", "thai language"
    codes = {p.programme for p in wanted} | {p.programme.replace("_", " ") for p in wanted}
    assert not codes & set(chart.categories)
    if script is not None:
        assert all(script.search(name) for name in chart.categories), chart.categories
    else:
        assert chart.categories[0] == "Psychosocial support (MHPSS)"
    # Each tick fits its slot: wrapped onto lines no wider than the slot.
    axis = chart.plot.getAxis("bottom")
    font = axis.style["tickFont"]
    slot = (chart.width() - chart.plot.getAxis("left").width()) / len(chart.categories)
    for tick in chart.tick_texts():
        for line in tick.split("\n"):
            assert QFontMetricsF(font).horizontalAdvance(line) <= slot
    qtbot.waitExposed(figures)
    figures.grab().save(f"/tmp/S-progress-{language}.png")


def test_a_long_name_wraps_and_a_too_long_one_ends_in_an_ellipsis(qapp) -> None:
    font = qapp.font()
    metrics = QFontMetricsF(font)
    name = "Participatory projects for women's engagement"
    width = metrics.horizontalAdvance("Participatory projects") + 2
    wrapped = wrap_tick(name, font, width, most_lines=5)
    assert wrapped.replace("\n", " ") == name
    assert all(metrics.horizontalAdvance(line) <= width for line in wrapped.split("\n"))
    short = wrap_tick(name, font, width, most_lines=2)
    assert len(short.split("\n")) == 2
    assert short.endswith("…")
    assert wrap_tick("Youth", font, 200) == "Youth"
