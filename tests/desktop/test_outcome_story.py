"""Issue 19's story, as people would do it: an admin imports an XLSForm instrument in Settings,
a caseworker fills it in in Burmese (a "pre", then a "post"), and the dashboard shows the
outcome in English, Burmese and Thai. Then the coordinator's merged view of outcomes against
the network's outcome targets, where a withheld figure is never shown as 0."""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from db import assessments, beneficiaries
from db.activities import ActivityType
from db.instruments.store import list_instruments
from db.store import Store
from db.types import Role
from desktop import i18n
from desktop.assessments.who5_dialog import AssessmentDialog
from desktop.dashboard.page import OUTCOMES_TAB, DashboardPage
from desktop.settings_page import instruments as instruments_box
from desktop.settings_page.page import SettingsPage
from tests.db.xlsforms import good_form, write_form
from tests.desktop.activity_helpers import as_role, log, person
from tests.desktop.i18n_helpers import MYANMAR, THAI

SCREEN = (1366, 768)
SHOTS = Path(os.environ.get("SAPHAN_SHOTS", "")) if os.environ.get("SAPHAN_SHOTS") else None
TODAY = dt.date.today()


@pytest.fixture(autouse=True)
def back_to_english() -> Iterator[None]:
    yield
    i18n.set_language("en")
    QApplication.processEvents()


def _shot(widget, tmp_path: Path, name: str) -> None:  # type: ignore[no-untyped-def]
    QApplication.processEvents()  # the layout follows the texts just set
    widget.grab().save(str((SHOTS or tmp_path) / name))


def _fill(qtbot, store: Store, pid: int, phase: str, day: dt.date, digits: str, tmp_path: Path):  # type: ignore[no-untyped-def]
    """The caseworker's form in Burmese: the imported instrument, answered by number keys."""
    dialog = AssessmentDialog(store, beneficiaries.get_person(store, pid))
    qtbot.addWidget(dialog)
    dialog.resize(*SCREEN)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.instrument_choice.setCurrentIndex(dialog.instrument_choice.findData("wellbeing_check"))
    dialog.language.setCurrentIndex(dialog.language.findData("my"))  # "Questions in"
    dialog.phase.setCurrentIndex(dialog.phase.findData(phase))
    dialog.date.set_date(day)
    dialog.questions[0].setFocus()
    for digit in digits:
        qtbot.keyClicks(dialog.focusWidget(), digit)
    assert MYANMAR.search(dialog.questions[0].question.text())
    assert dialog.ok_button.isEnabled()
    _shot(dialog, tmp_path, f"outcome-form-{phase}-my.png")
    dialog.ok_button.click()
    assert dialog.saved_result is not None
    return dialog.saved_result


def test_import_fill_in_burmese_and_see_the_outcome(
    qtbot, store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The admin imports the form (mid 2 on a 0-9 total, higher is better).
    settings = SettingsPage(store)
    qtbot.addWidget(settings)
    settings.resize(*SCREEN)
    settings.show()
    box = settings.instruments_box
    assert box is not None
    monkeypatch.setattr(box, "choose_file", lambda: write_form(tmp_path / "w.xlsx", good_form()))
    monkeypatch.setattr(instruments_box.dialogs, "inform", lambda *_args: None)
    box.import_button.click()
    assert "wellbeing_check" in [i.code for i in list_instruments(store)]
    settings.close()

    # A caseworker, in Burmese: two people, each a pre a month ago, a session of MHPSS in
    # between, and a post today (neither form is saved with a session: the session between
    # them credits the change to MHPSS, db.outcomes).
    caseworker = as_role(store, Role.CASEWORKER)
    i18n.set_language("my")
    people = [person(store, "Ma Hnin Ei").id, person(store, "Ko Zaw").id]
    log(store, ActivityType.MHPSS_GROUP, "mhpss", TODAY - dt.timedelta(days=15), people)
    # q1-q3 (q3 reverse-scored), q4 "no" (q5 then not asked), days slept: totals 1 -> 7, 4 -> 5
    for pid, before, after in ((people[0], "1030", "3320"), (people[1], "2120", "2220")):
        pre = _fill(qtbot, caseworker, pid, "pre", TODAY - dt.timedelta(days=30), before, tmp_path)
        post = _fill(qtbot, caseworker, pid, "post", TODAY, after, tmp_path)
        assert (pre.phase, post.phase) == ("pre", "post")
    pairs = [assessments.pre_post(store, pid, "wellbeing_check").change for pid in people]
    assert pairs == [6, 1]  # one improved by the MID (2) or more, one not

    # The dashboard shows it, in each language.
    for code, script in (("en", None), ("my", MYANMAR), ("th", THAI)):
        i18n.set_language(code)
        page = DashboardPage(caseworker)
        qtbot.addWidget(page)
        page.resize(*SCREEN)
        page.show()
        qtbot.waitUntil(lambda p=page: p.data is not None and not p.is_refreshing(), timeout=15000)
        page.tabs.setCurrentIndex(OUTCOMES_TAB)
        qtbot.wait(50)
        texts = [label.text() for label in page.outcome_labels]
        _shot(page, tmp_path, f"outcome-dashboard-{code}.png")
        assert len(texts) == 1
        if script is None:
            assert texts == ["2 people with a pre and post score, 1 improved (≥ 2)"]
            assert page.tabs.tabText(OUTCOMES_TAB) == "Outcomes"
        else:
            assert script.search(texts[0])
            assert script.search(page.tabs.tabText(OUTCOMES_TAB))
            assert "2" in texts[0]
            assert "1" in texts[0]
        row = page.outcome_table.row_of(
            next(p.name for p in page.data.programmes if p.code == "mhpss")  # type: ignore[union-attr]
        )
        assert row is not None
        assert [page.outcome_table.value(row, c) for c in (2, 3, 4)] == [2, 1, 1]
        page.close()


def _merged_report():  # type: ignore[no-untyped-def]
    """Two CSOs' bundles: BEAM's improved count is withheld (3 of 12), KAQ's is not; and a
    target nobody has published for yet."""
    from db.outcomes import OutcomeFigure
    from directory import network as net
    from directory import signing
    from directory.bundle import CsoFigures, CsoProfileOut, assemble_bundle
    from directory.merge import merge

    coordinator = bytes(range(32))
    network = net.create_network("maesot", "Mae Sot CSO network", coordinator)
    network = net.set_outcome_target(network, coordinator, "mhpss", "who5", 40)
    network = net.set_outcome_target(network, coordinator, "youth", "phq9", 10)
    bundles = []
    for n, (code, figures) in enumerate(
        [
            ("BEAM", [OutcomeFigure(1, "who5", 12, 3, 10.0, True)]),
            ("KAQ", [OutcomeFigure(1, "who5", 30, 21, 10.0, True)]),
        ]
    ):
        public = bytes.fromhex(signing.public_key_hex(bytes([n + 1]) * 32))
        network = net.add_member(
            network, coordinator, code=code, name=code, public_key=public,
            fingerprint=signing.key_fingerprint(public),
        )  # fmt: skip
        bundles.append(
            assemble_bundle(
                network,
                net.ReportingPeriod(start="2025-01", end="2025-06"),
                cso=CsoProfileOut(code=code, name=code, public_key=public.hex()),
                services=[],
                figures=CsoFigures(
                    programme_codes={1: "mhpss"},
                    reach=[],
                    sessions={},
                    referrals={},
                    outcomes=figures,
                ),
                revision=1,
            )
        )
    return merge(bundles, network), network


@pytest.mark.parametrize(("code", "script"), [("en", None), ("my", MYANMAR), ("th", THAI)])
def test_the_coordinator_sees_outcomes_against_targets_withheld_never_zero(
    qtbot, tmp_path: Path, code: str, script
) -> None:  # type: ignore[no-untyped-def]
    from desktop.coordinator.figures import MergedFigures

    i18n.set_language(code)
    report, network = _merged_report()
    figures = MergedFigures()
    qtbot.addWidget(figures)
    figures.resize(*SCREEN)
    figures.show()
    figures.show_report(report, network)
    figures.setCurrentWidget(figures.outcomes_table.parentWidget())
    qtbot.wait(50)
    _shot(figures, tmp_path, f"outcome-merged-{code}.png")
    table = figures.outcomes_table
    rows = [
        [table.item(r, c).text() for c in range(table.columnCount())]
        for r in range(table.rowCount())
    ]
    assert len(rows) == 2
    mhpss, youth = rows
    assert mhpss[2:4] == ["10", "42"]  # the MID; with a pre and a post score, none withheld
    assert mhpss[6:8] == ["40", "53"]  # the target of people improved, and 21 of it (at least)
    assert youth[3:8] == ["0", "0", "0", "10", "0"]  # nobody published yet: a real 0
    if script is None:
        assert mhpss[4:6] == ["at least 21", "at least 9"]  # BEAM's 3 and 9 are withheld
    else:
        assert script.search(mhpss[4])
        assert "21" in mhpss[4]
        assert script.search(figures.tabText(figures.indexOf(table.parentWidget())))
    assert "0" not in (mhpss[4], mhpss[5])
