"""What the coordinator's charts show, from the merged report (no Qt): the Figures tab and the
donor report draw the same charts from these, and the donor report's tables print the same
figures, so a chart's numbers are the table's.

A figure is drawn as its value (exact), as ``None`` (withheld: every part was withheld, never
drawn as 0) or as its known part flagged "at least"."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from desktop.network_labels import Translate, network_programme_label
from desktop.network_labels import translate as app_translate
from directory import cube
from directory.bundle import CUMULATIVE
from directory.merge import Figure, NetworkReport, Progress
from directory.network import PARTICIPATORY_PROJECTS, Network

AGE_BANDS = ("0-17", "18-59", "60+")
SEXES = ("female", "male", "other")


def chart_value(figure: Figure) -> tuple[int | None, bool]:
    """(value drawn, at least?): ``(None, False)`` when every part was withheld."""
    if figure.exact:
        return figure.known, False
    if figure.known == 0:
        return None, False
    return figure.known, True


def chart_values(figures: Sequence[Figure]) -> tuple[list[int | None], list[bool]]:
    pairs = [chart_value(f) for f in figures]
    return [v for v, _ in pairs], [f for _, f in pairs]


def people_progress(report: NetworkReport) -> list[Progress]:
    """Progress in people reached of the programmes with a target (the progress chart)."""
    return [p for p in report.progress if p.indicator != PARTICIPATORY_PROJECTS and p.target]


@dataclass(frozen=True)
class Trend:
    months: list[str]
    # (programme code, programme name, one figure per month)
    lines: list[tuple[str, str, list[Figure]]]


def trend(report: NetworkReport, network: Network, translate: Translate = app_translate) -> Trend:
    """People reached per month of each programme, over the months with any figure (the
    programmes named in ``translate``'s language)."""
    months = [
        m for m in report.months if any((p.code, m) in report.people for p in network.programmes)
    ]
    programmes = [
        p for p in network.programmes if any((p.code, m) in report.people for m in months)
    ]
    return Trend(
        months,
        [
            (
                p.code,
                network_programme_label(p.code, p.name, translate),
                [report.total(p.code, m) for m in months],
            )
            for p in programmes
        ],
    )


def breakdown(report: NetworkReport, programme: str) -> dict[str, list[Figure]] | None:
    """Cumulative people reached by sex (female, male, other), one figure per age band of
    :data:`AGE_BANDS`; None when the programme has no figures."""
    cells = report.people.get((programme, CUMULATIVE))
    if cells is None:
        return None
    return {s: [cells[cube.index(s, band, "all", "all")] for band in AGE_BANDS] for s in SEXES}


__all__ = [
    "AGE_BANDS",
    "SEXES",
    "Trend",
    "breakdown",
    "chart_value",
    "chart_values",
    "people_progress",
    "trend",
]
