"""The Dashboard: counts off the GUI thread, numbers beside every chart, PNG export."""

from __future__ import annotations

import datetime as dt
import sys
import threading
from pathlib import Path

from PySide6.QtCore import Qt

from db.activities import ActivityType
from db.store import Store
from db.types import Role, Sex
from desktop.dashboard.page import DashboardPage
from desktop.main_window import MainWindow
from desktop.sessions.log_dialog import LogSessionDialog
from tests.desktop.activity_helpers import add_by_keyboard, as_role, log, person, show_page

LEFT = Qt.MouseButton.LeftButton
TODAY = dt.date.today()


def reached(page: DashboardPage, programme: str) -> int | None:
    row = page.progress_table.row_of(programme)
    assert row is not None, programme
    value = page.progress_table.value(row, 1)
    assert value is None or isinstance(value, int)
    return value


def wait_counted(qtbot, page: DashboardPage) -> None:
    qtbot.waitUntil(lambda: page.data is not None and not page.is_refreshing(), timeout=10000)


def test_pyqtgraph_is_imported_only_when_the_dashboard_is_shown(
    qtbot, main_window: MainWindow
) -> None:
    page = main_window.pages["dashboard"]
    assert isinstance(page, DashboardPage)
    assert page.trend_chart is None
    show_page(qtbot, main_window, "dashboard")
    assert "pyqtgraph" in sys.modules
    assert page.trend_chart is not None
    wait_counted(qtbot, page)


def test_counting_runs_off_the_gui_thread(
    qtbot, main_window: MainWindow, store: Store, monkeypatch
) -> None:
    import desktop.dashboard.page as dashboard_page

    threads: list[int] = []
    real = dashboard_page.load_dashboard

    def recording(*args, **kwargs):
        threads.append(threading.get_ident())
        return real(*args, **kwargs)

    monkeypatch.setattr(dashboard_page, "load_dashboard", recording)
    page = show_page(qtbot, main_window, "dashboard")
    assert page.busy.isVisible()  # a busy indicator while counting
    wait_counted(qtbot, page)
    assert not page.busy.isVisible()
    assert threads
    assert threads[0] != threading.get_ident()
    assert page.data is not None
    assert page.data.worker_thread == threads[0]


def test_logging_a_session_raises_the_numbers_beside_the_charts(
    qtbot, main_window: MainWindow, store: Store
) -> None:
    earlier = [person(store, f"Ma Learner {i}").id for i in range(3)]
    log(store, ActivityType.THAI_CLASS, "thai_language", dt.date(2025, 2, 4), earlier)
    person(store, "Ko Aung Min", sex=Sex.MALE)
    person(
        store,
        "Mg Zaw Lin",
        sex=Sex.MALE,
        born=TODAY.replace(year=TODAY.year - 9) - dt.timedelta(days=30),
    )

    page = show_page(qtbot, main_window, "dashboard")
    wait_counted(qtbot, page)
    before = reached(page, "Thai language")
    assert before == 3
    assert page.progress_bars[page.data.progress[2].programme_id].format().startswith("3 of")

    sessions = show_page(qtbot, main_window, "sessions")
    qtbot.mouseClick(sessions.log_button, LEFT)
    dialog = sessions.current_dialog
    assert isinstance(dialog, LogSessionDialog)
    dialog.set_activity_type(ActivityType.THAI_CLASS)
    picker = dialog.group_picker
    add_by_keyboard(qtbot, picker, "Aung")
    add_by_keyboard(qtbot, picker, "Zaw")
    add_by_keyboard(qtbot, picker, "Learner 1")  # came before: still one person
    qtbot.mouseClick(dialog.ok_button, LEFT)
    assert dialog.record is not None

    show_page(qtbot, main_window, "dashboard")
    qtbot.waitUntil(lambda: reached(page, "Thai language") == before + 2, timeout=10000)
    # The trend table: this month 3 people, February 2025 3 people; never added up.
    trend = page.trend_table
    this_month = trend.row_of(page.trend_table.item(trend.rowCount() - 1, 0).text())
    assert trend.value(this_month, 1) == 3
    # Sex and age: a boy of 5-11 and a man among everyone reached.
    table = page.breakdown_table
    child = table.row_of("5–11")
    assert table.value(child, 2) == 1  # male
    total = table.row_of("Total")
    assert table.value(total, 4) == 5


def test_period_selector_and_png_export(
    qtbot, main_window: MainWindow, store: Store, tmp_path: Path
) -> None:
    hnin = person(store, "Ma Hnin Ei")
    log(store, ActivityType.MHPSS_GROUP, "mhpss", dt.date(2025, 1, 10), [hnin.id])
    log(store, ActivityType.MHPSS_GROUP, "mhpss", dt.date(2025, 3, 10), [hnin.id])
    page = show_page(qtbot, main_window, "dashboard")
    wait_counted(qtbot, page)
    assert page.from_month.currentData() == "2024-12"
    assert page.to_month.currentData() == f"{TODAY.year:04d}-{TODAY.month:02d}"
    assert reached(page, "Psychosocial support (MHPSS)") == 1  # cumulative: once
    # Only March 2025.
    page.from_month.setCurrentIndex(page.from_month.findData("2025-03"))
    page.to_month.setCurrentIndex(page.to_month.findData("2025-03"))
    page.refresh()
    qtbot.waitUntil(
        lambda: page.data is not None and page.data.months == ["2025-03"], timeout=10000
    )
    wait_counted(qtbot, page)
    assert page.trend_table.rowCount() == 1
    assert page.trend_table.value(0, 1) == 1

    page.tabs.setCurrentIndex(1)
    out = tmp_path / "trend.png"
    assert page.export_chart_to("trend", out)
    assert out.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    out2 = tmp_path / "age.png"
    assert page.export_chart_to("breakdown", out2)
    assert out2.stat().st_size > 1000


def test_coordinator_sees_the_dashboard(qtbot, store: Store) -> None:
    window = MainWindow(as_role(store, Role.COORDINATOR, "U Tin Maung"))
    qtbot.addWidget(window)
    assert "dashboard" in window.pages
    assert "sessions" not in window.pages
