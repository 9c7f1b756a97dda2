"""The coordinator's charts never draw a withheld figure as 0: a withheld bar is a hatched stub
with a legend entry, an at-least bar is hatched over with its own entry, a withheld month is a
gap in a line."""

from __future__ import annotations

import math
from pathlib import Path

from desktop.coordinator.figures import MergedFigures
from directory import cube, merge
from directory.bundle import CUMULATIVE
from tests.directory.conftest import member_network
from tests.directory.test_withheld_exports import synthetic_report

GIRLS = cube.index("female", "0-17", "all", "all")
BOYS = cube.index("male", "0-17", "all", "all")
WOMEN = cube.index("female", "18-59", "all", "all")


def _report() -> merge.NetworkReport:
    report = synthetic_report()
    known = [0] * cube.CUBE_SIZE
    withheld = [0] * cube.CUBE_SIZE
    known[cube.TOTAL_INDEX] = 40
    known[BOYS], withheld[BOYS] = 11, 1  # at least 11
    withheld[GIRLS] = 2  # withheld
    known[WOMEN] = 17  # exact
    report.people[("mhpss", CUMULATIVE)] = merge.CubeFigures(known, withheld)
    # May: 9 exact; June: every part withheld
    report.months = ["2026-05", "2026-06"]
    report.people[("mhpss", "2026-06")] = merge.CubeFigures(
        [0] * cube.CUBE_SIZE, [1] * cube.CUBE_SIZE
    )
    report.progress = [
        merge.Progress("mhpss", "MHPSS", "people_reached", 1000, merge.Figure(40, 2)),
        merge.Progress("youth", "Youth", "people_reached", 100, merge.Figure(0, 2)),
    ]
    return report


def _legend(chart) -> list[str]:  # type: ignore[no-untyped-def]
    return [label.text for _sample, label in chart.legend.items]


def test_charts_mark_withheld_and_at_least(qtbot, tmp_path: Path) -> None:
    figures = MergedFigures()
    qtbot.addWidget(figures)
    figures.resize(1366, 768)
    network = member_network()
    figures.show_report(_report(), network)

    # Sex and age of MHPSS: girls withheld (None, not 0), boys at least 11, women 17.
    shown = {name: (values, flags) for name, values, flags in figures.breakdown_chart.shown}
    assert shown["Female"] == ([None, 17, 0], [False, False, False])
    assert shown["Male"] == ([11, 0, 0], [True, False, False])
    legend = _legend(figures.breakdown_chart)
    assert "Withheld for privacy (fewer than 5 each)" in legend
    assert "At least: some CSOs' figures withheld" in legend
    table = figures.breakdown_table
    assert [table.item(0, c).text() for c in range(1, 3)] == ["withheld", "≥11"]

    # Progress: youth reached withheld, MHPSS at least 40.
    progress = {n: (v, f) for n, v, f in figures.progress_chart.shown}
    assert progress["Reached"] == ([40, None], [True, False])
    assert "Withheld for privacy (fewer than 5 each)" in _legend(figures.progress_chart)

    # Trend: June is a gap, not a 0.
    (name, values, _flags), *_ = figures.trend_chart.shown
    assert name == "Psychosocial support (MHPSS)"
    assert values == [9, None]
    curve = figures.trend_chart.plot.listDataItems()[0]
    assert math.isnan(curve.yData[1])
    assert any("Gap" in text for text in _legend(figures.trend_chart))

    figures.setCurrentIndex(3)
    figures.show()
    qtbot.waitExposed(figures)
    figures.grab().save(str(tmp_path / "k-breakdown.png"))


def test_the_cso_dashboard_charts_have_no_marks(qtbot) -> None:
    from desktop.dashboard.charts import GroupedBarChart

    chart = GroupedBarChart()
    qtbot.addWidget(chart)
    chart.show_bars(["a", "b"], [("Female", "#cc79a7", [3, 0])], "People")
    assert _legend(chart) == ["Female"]
