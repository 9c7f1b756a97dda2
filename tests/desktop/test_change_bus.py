"""Pages follow the store's change bus: each shows what is in the database after any write,
wherever it was made (another page, a background task), and reloads only for what it shows."""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
import threading
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from db import counting, importing, plans
from db.activities import ActivityType
from db.changes import Change
from db.importing import ImportOptions
from db.store import Store
from db.types import PopulationGroup
from desktop.beneficiaries.case_actions import EraseDialog
from desktop.beneficiaries.page import BeneficiariesPage
from desktop.dashboard.page import DashboardPage
from desktop.main_window import MainWindow
from desktop.sessions.page import SessionsPage
from desktop.tasks import run_task
from tests.desktop.activity_helpers import log, person, show_page
from tests.desktop.conftest import click_in_next_modal

LEFT = Qt.MouseButton.LeftButton


def people_reached_shown(page: DashboardPage) -> int:
    """The number the dashboard's summary line says, as a person reads it."""
    found = re.search(r": ([\d,]+) people reached by any programme", page.summary.text())
    assert found is not None, page.summary.text()
    return int(found.group(1).replace(",", ""))


def counted(qtbot, page: DashboardPage) -> None:
    qtbot.waitUntil(lambda: page.data is not None and not page.is_refreshing(), timeout=20000)


def in_background(work) -> None:
    """Run ``work`` on another thread, as a background task or a sync would, and wait for it."""
    thread = threading.Thread(target=work)
    thread.start()
    thread.join()


def test_dashboard_counts_again_after_people_are_deleted_and_erased(qtbot, store: Store) -> None:
    # 60 people, all reached: some in Thai classes, some in MHPSS groups, some in both.
    ids = [person(store, f"Ma Learner {i:02d}").id for i in range(60)]
    log(store, ActivityType.THAI_CLASS, "thai_language", dt.date(2025, 2, 4), ids[:40])
    log(store, ActivityType.MHPSS_GROUP, "mhpss", dt.date(2025, 3, 4), ids[25:])
    main_window = MainWindow(store)  # opened now: the registry lists all 60
    qtbot.addWidget(main_window)
    main_window.show()
    qtbot.waitExposed(main_window)
    dashboard = show_page(qtbot, main_window, "dashboard")
    assert isinstance(dashboard, DashboardPage)
    counted(qtbot, dashboard)
    before = people_reached_shown(dashboard)
    assert before == counting.people_reached_any_programme(store, *dashboard.period()) == 60

    registry = show_page(qtbot, main_window, "beneficiaries")
    assert isinstance(registry, BeneficiariesPage)
    for _ in range(25):  # Delete, confirmed, as a person would
        registry.select_row(0)
        click_in_next_modal("Delete")
        qtbot.mouseClick(registry.delete_button, LEFT)
    for _ in range(5):  # and Erase permanently, with the code typed
        registry.select_row(0)
        row = registry.selected_row()
        assert row is not None
        registry.case_actions.erase_action.trigger()
        dialog = registry.case_actions.dialog
        assert isinstance(dialog, EraseDialog)
        qtbot.keyClicks(dialog.code, row.code)
        qtbot.mouseClick(dialog.ok_button, LEFT)
        qtbot.waitUntil(lambda d=dialog: not d.isVisible())
    assert registry.count_label.text() == "30 people"

    show_page(qtbot, main_window, "dashboard")
    truth = counting.people_reached_any_programme(store, *dashboard.period())
    assert truth == 30
    qtbot.waitUntil(lambda: people_reached_shown(dashboard) == truth, timeout=20000)
    counted(qtbot, dashboard)
    assert people_reached_shown(dashboard) == truth


def test_visible_dashboard_counts_a_session_logged_in_the_background(
    qtbot, main_window: MainWindow, store: Store
) -> None:
    learner = person(store, "Ma Learner")
    dashboard = show_page(qtbot, main_window, "dashboard")
    counted(qtbot, dashboard)
    assert people_reached_shown(dashboard) == 0

    in_background(
        lambda: log(store, ActivityType.THAI_CLASS, "thai_language", dt.date.today(), [learner.id])
    )
    qtbot.waitUntil(lambda: people_reached_shown(dashboard) == 1, timeout=20000)


def test_registry_shows_people_imported_in_the_background(
    qtbot, main_window: MainWindow, store: Store, tmp_path: Path
) -> None:
    registry = show_page(qtbot, main_window, "beneficiaries")
    assert registry.count_label.text() == "0 people"
    path = tmp_path / "list.csv"
    path.write_text("Name,Sex,Date of birth\nMa Hla,F,1990-01-02\nKo Tun,M,1985-05-06\n")
    sheet = importing.read_sheet(path)
    preview = importing.preview(
        store,
        sheet,
        {0: "name_latin", 1: "sex", 2: "birth_date"},
        ImportOptions(
            consent_date=dt.date(2025, 12, 1),
            consent_services=True,
            population_group=PopulationGroup.NEW_ARRIVAL,
        ),
    )
    done: list[object] = []
    # The import wizard's way: one transaction on a worker thread. Nobody tells the page.
    run_task(
        None, "Importing", lambda: importing.import_people(store, preview), done.append, done.append
    )
    qtbot.waitUntil(lambda: bool(done), timeout=20000)
    qtbot.waitUntil(lambda: registry.count_label.text() == "2 people", timeout=5000)


def test_dashboard_is_not_counted_again_for_what_it_does_not_show(
    qtbot, main_window: MainWindow, store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    import desktop.dashboard.page as dashboard_page

    counts: list[dt.date] = []
    real = dashboard_page.load_dashboard

    def spy(store: Store, start: dt.date, end: dt.date):
        counts.append(start)
        return real(store, start, end)

    monkeypatch.setattr(dashboard_page, "load_dashboard", spy)
    plan = plans.create_plan(store, plans.PlanInput(title="Feelings"))
    learner = person(store, "Ma Learner")
    dashboard = show_page(qtbot, main_window, "dashboard")
    counted(qtbot, dashboard)
    assert len(counts) == 1

    # A session plan edited, a setting changed, a record opened: nothing the dashboard shows.
    plans.update_plan(store, plan.id, dataclasses.replace(plan.to_input(), title="Emotions"))
    store.note_change(Change.SETTINGS, Change.AUDIT, Change.PLANS)
    qtbot.wait(300)
    assert len(counts) == 1

    # A session logged: counted once more.
    log(store, ActivityType.THAI_CLASS, "thai_language", dt.date.today(), [learner.id])
    qtbot.waitUntil(lambda: len(counts) == 2 and not dashboard.is_refreshing(), timeout=20000)

    # Hidden, it waits to be shown, and then counts once for any number of changes.
    show_page(qtbot, main_window, "beneficiaries")
    plans.update_plan(store, plan.id, dataclasses.replace(plan.to_input(), title="Moods"))
    qtbot.wait(100)
    show_page(qtbot, main_window, "dashboard")
    qtbot.wait(300)
    assert len(counts) == 2
    show_page(qtbot, main_window, "beneficiaries")
    for day in (1, 2, 3):
        log(store, ActivityType.THAI_CLASS, "thai_language", dt.date(2025, 3, day), [learner.id])
    qtbot.wait(100)
    assert len(counts) == 2
    show_page(qtbot, main_window, "dashboard")
    qtbot.waitUntil(lambda: len(counts) == 3 and not dashboard.is_refreshing(), timeout=20000)
    qtbot.wait(300)
    assert len(counts) == 3


def test_sessions_page_reloads_when_shown_only_if_sessions_changed(
    qtbot, main_window: MainWindow, store: Store
) -> None:
    learner = person(store, "Ma Learner")
    sessions = show_page(qtbot, main_window, "sessions")
    assert isinstance(sessions, SessionsPage)
    loads: list[int] = []
    sessions.model.modelReset.connect(lambda: loads.append(1))

    show_page(qtbot, main_window, "beneficiaries")
    show_page(qtbot, main_window, "sessions")
    assert loads == []  # nothing changed: the list is as it was

    show_page(qtbot, main_window, "beneficiaries")
    record = log(store, ActivityType.THAI_CLASS, "thai_language", dt.date.today(), [learner.id])
    qtbot.wait(100)
    assert loads == []  # hidden: not loaded for nobody to see
    show_page(qtbot, main_window, "sessions")
    assert len(loads) == 1
    assert sessions.model.row_of(record.id) is not None


def test_status_bar_follows_a_publish_recorded_in_the_background(
    qtbot, main_window: MainWindow, store: Store
) -> None:
    from db import settings

    assert main_window.sync_label.text() == "Not shared yet"
    in_background(
        lambda: settings.put(
            store, settings.LAST_PUBLISH, {"at": "2026-01-02T03:04:05Z", "revision": 7}
        )
    )
    qtbot.waitUntil(lambda: main_window.sync_label.text() == "Shared: revision 7", timeout=5000)
