"""Referral feedback in the app: the coordinator sees referrals between CSOs per category and
pair with completion; the Share page's pull applies the feedback; a person's referrals show it."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from desktop.coordinator.figures import MergedFigures
from directory.merge import merge
from directory.referral_flows import suppressed_flows
from tests.directory.test_feedback_end_to_end import kaq, loop  # noqa: F401 (fixtures)
from tests.directory.test_referral_flows import _with_flows
from tests.server.conftest import make_network


def test_the_referrals_tab_shows_made_served_and_completion(qtbot: Any, tmp_path: Path) -> None:
    network = make_network(["BEAM", "KAQ", "MTC"])
    report = merge(
        [
            _with_flows(
                "BEAM",
                suppressed_flows({("KAQ", "legal_aid"): 12, ("MTC", "mhpss"): 8}, {}, 5),
            ),
            _with_flows("KAQ", suppressed_flows({}, {("BEAM", "legal_aid"): (11, 6)}, 5)),
            _with_flows("MTC", suppressed_flows({("KAQ", "legal_aid"): 2}, {}, 5)),
        ],
        network,
    )
    figures = MergedFigures()
    qtbot.addWidget(figures)
    figures.resize(1366, 700)
    figures.show_report(report, network)
    table = figures.referrals_table
    rows = [
        [table.item(r, c).text() for c in range(table.columnCount())]
        for r in range(table.rowCount())
    ]
    assert ["BEAM", "KAQ", "Legal aid", "12", "11", "6", "50%"] in rows
    assert ["MTC", "KAQ", "Legal aid", "withheld", "0", "0", "–"] in rows
    assert ["All CSOs", "All CSOs", "Legal aid", "≥12", "11", "6", "–"] in rows
    figures.setCurrentIndex(figures.indexOf(figures.referrals_tab))
    figures.show()
    qtbot.wait(50)
    figures.grab().save(str(tmp_path / "referrals.png"))
    figures.grab().save("/tmp/d-referrals.png")


def test_a_persons_referral_shows_the_feedback_it_got(
    qtbot: Any, store: Any, tmp_path: Path
) -> None:
    import datetime as dt

    from db import beneficiaries
    from db.referral_feedback import Heard, apply_feedback
    from desktop.beneficiaries.person_form import PersonForm
    from tests.db.test_referral_feedback import _refer

    rid, code = _refer(store)
    apply_feedback(
        store, [Heard("KAQ", "2026-05-10T00:00:00Z", code, "served", dt.date(2026, 5, 8))]
    )
    from db.referrals import get_referral

    record = beneficiaries.get_person(store, get_referral(store, rid).person_id)
    form = PersonForm(store, record)
    qtbot.addWidget(form)
    form.resize(1366, 768)
    form.show()
    form.tabs.setCurrentWidget(form.history_tab)
    table = form.history_tab.referrals_table
    assert table.item(0, 6).text() == "Served on 08/05/2026"
    assert form.history_tab.status_box(0).currentData() == "completed"
    qtbot.wait(50)
    form.grab().save("/tmp/d-history.png")


def test_the_share_pages_pull_applies_the_feedback(qtbot: Any, loop: Any, tmp_path: Path) -> None:  # noqa: F811
    from PySide6.QtCore import Qt

    from db.referrals import get_referral
    from directory import folder as shared
    from directory.folder import FolderTransport
    from directory.sharing import pipeline, state
    from tests.desktop.test_share_pipeline import share_page
    from tests.directory.conftest import TODAY

    folder = tmp_path / "shared"
    shared.write_network(folder, loop.network)
    pipeline.publish(loop.kaq, FolderTransport(folder), loop.network, today=TODAY)
    state.set_shared_folder(loop.beam, folder)
    _window, page = share_page(qtbot, loop.beam)
    qtbot.mouseClick(page.pull_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.result_label.text().startswith("Pulled"), timeout=20000)
    assert "Feedback from receiving CSOs updated 4 of your referrals." in page.result_label.text()
    assert get_referral(loop.beam, loop.referral_ids[0]).feedback_state == "served"
