"""Per-CSO targets on screen: a CSO's dashboard shows its own share of the network's target
(from the signed network file it accepted), and the coordinator's merged view shows each
CSO's share beside the network's target and who is behind."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from db.activities import ActivityType
from db.store import Store
from desktop.coordinator.figures import MergedFigures
from desktop.dashboard.page import DashboardPage
from desktop.main_window import MainWindow
from directory import folder as shared
from directory import network as net
from directory.merge import merge
from directory.sharing import state
from tests.desktop.activity_helpers import log, person, show_page
from tests.directory.conftest import COORDINATOR_KEY, member_network


def wait_counted(qtbot, page: DashboardPage) -> None:
    qtbot.waitUntil(lambda: page.data is not None and not page.is_refreshing(), timeout=10000)


def thai_bar(page: DashboardPage) -> str:
    assert page.data is not None
    programme = next(p for p in page.data.progress if p.name == "Thai language")
    return page.progress_bars[programme.programme_id].format()


def test_the_dashboard_shows_the_cso_its_own_share(
    qtbot, main_window: MainWindow, store: Store, tmp_path: Path
) -> None:
    learners = [person(store, f"Ma Learner {i}").id for i in range(3)]
    log(store, ActivityType.THAI_CLASS, "thai_language", dt.date(2025, 2, 4), learners)
    page = show_page(qtbot, main_window, "dashboard")
    wait_counted(qtbot, page)
    assert thai_bar(page) == "3 of 1520 (0%)"  # no share yet: the CSO's own target
    assert page.progress_table.horizontalHeaderItem(2).text() == "Target"
    assert not page.shares_note.isVisible()

    # The coordinator gives BEAM a share; the signed file goes through the shared folder.
    network = net.set_targets(member_network(store), COORDINATOR_KEY, {"thai_language": 1600})
    network = net.set_targets(network, COORDINATOR_KEY, {"thai_language": 40}, cso="BEAM")
    shared.write_network(tmp_path, network)
    state.accept_network(store, state.load_network_file(tmp_path / "network.json"))

    page.refresh()
    wait_counted(qtbot, page)
    assert thai_bar(page) == "3 of our share 40 (8%)"
    table = page.progress_table
    assert table.horizontalHeaderItem(2).text() == "Our target"
    assert table.horizontalHeaderItem(4).text() == "Network target"
    row = table.row_of("Thai language")
    assert (table.value(row, 1), table.value(row, 2), table.value(row, 4)) == (3, 40, 1600)
    mhpss = table.row_of("Psychosocial support (MHPSS)")
    assert table.value(mhpss, 4) is None  # no share there: its own target, as before
    assert page.shares_note.isVisible()
    main_window.resize(1366, 768)
    qtbot.wait(50)  # the bars replaced are deleted
    page.grab().save(str(tmp_path / "dashboard-share.png"))


def test_the_coordinator_sees_shares_and_who_is_behind(qtbot, tmp_path: Path) -> None:
    from tests.server.conftest import make_bundle, make_network

    network = make_network(["BEAM", "KAQ", "MTC"])
    for code, share in (("BEAM", 23), ("KAQ", 46), ("MTC", 10)):
        network = net.set_targets(network, COORDINATOR_KEY, {"mhpss": share}, cso=code)
    report = merge([make_bundle("BEAM", 1, people=12), make_bundle("KAQ", 1, people=12)], network)
    figures = MergedFigures()
    qtbot.addWidget(figures)
    figures.resize(1366, 700)
    figures.show_report(report, network, today=dt.date(2025, 12, 15))  # 12 of 23 months over

    table = figures.shares_table
    rows = [
        [table.item(r, c).text() for c in range(table.columnCount())]
        for r in range(table.rowCount())
    ]
    mhpss = "Psychosocial support (MHPSS)"
    assert rows == [
        ["BEAM", mhpss, "on track", "23", "1000", "12", "52%", "12"],
        ["KAQ", mhpss, "behind", "46", "1000", "12", "26%", "24"],
        ["MTC", mhpss, "behind", "10", "1000", "not published", "", "5"],
    ]
    assert figures.shares_summary.text() == "Behind on at least one programme: KAQ, MTC."
    figures.setCurrentIndex(figures.indexOf(figures.shares_table.parentWidget()))
    figures.show()
    qtbot.waitExposed(figures)
    figures.grab().save(str(tmp_path / "coordinator-shares.png"))
