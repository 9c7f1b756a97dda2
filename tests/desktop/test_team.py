"""The Team page, automatic sync and the status-bar line: two app windows on two databases of
one team (made through db.team.enrol, as on two laptops sharing a team folder)."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget

from db import activities
from db.activities import ActivityType, SessionInput
from db.beneficiaries import get_person, register_person, update_person
from db.store import Store
from db.team import enrol
from db.team.status import TeamSummary
from db.team.sync import sync
from desktop.main_window import MainWindow
from desktop.team.auto_sync import AutoSync, SyncOutcome, status_line
from desktop.team.dialogs import CreateTeamDialog, PairingCodeDialog, TeamPassphraseDialog
from desktop.team.page import TeamPage
from tests.conftest import ADMIN_PASSWORD
from tests.db.people import person

RECOVERY = "ABCD-EFGH-JKLM-NPQR-STUV-WXYZ-2345-6789"
DAY = dt.date(2025, 3, 3)


@dataclass
class Laptops:
    office: Store
    field: Store
    folder: Path


@pytest.fixture
def laptops(store: Store, tmp_path: Path) -> Iterator[Laptops]:
    """The test's database as the office laptop of a team, and a field laptop joined to it."""
    folder = tmp_path / "Team"
    enrol.create_team(store, folder, device_name="Office laptop", recovery_passphrase=RECOVERY)
    invitation = enrol.invite_device(store, name="Field laptop")
    joined = enrol.join_team(
        enrol.JoinRequest(
            db_path=tmp_path / "field" / "saphan.db",
            folder=folder,
            invitation=invitation.data,
            code=invitation.code,
            username="admin",
            password=ADMIN_PASSWORD,
        )
    )
    yield Laptops(store, joined.store, folder)
    joined.store.close()


_hosts: list[QWidget] = []


@pytest.fixture(autouse=True)
def _let_go_of_hosts() -> Iterator[None]:
    yield
    _hosts.clear()


def _page(qtbot, store: Store) -> TeamPage:
    # In a window, as in the app (a page is never a window of its own).
    host = QWidget()
    qtbot.addWidget(host)
    page = TeamPage(store, host)
    page.resize(1166, 700)
    host.resize(1166, 700)
    host.show()
    _hosts.append(host)
    qtbot.waitUntil(lambda: page.status is not None or page.stack.currentWidget() is page.no_team)
    return page


def _sync(qtbot, page: TeamPage) -> None:
    with qtbot.waitSignal(page.team_sync.finished, timeout=30000):
        qtbot.mouseClick(page.sync_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not page._loading)


def test_not_in_a_team_the_page_explains_and_offers_to_create_one(qtbot, store) -> None:
    page = _page(qtbot, store)
    assert page.stack.currentWidget() is page.no_team
    assert "not part of a team" in page.no_team.text()
    assert page.no_team.button.text() == "Create a team…"
    assert not page.sync_button.isVisible()


def test_create_a_team_from_the_page(qtbot, store, tmp_path) -> None:
    page = _page(qtbot, store)
    page.no_team.button.click()
    dialog = page.current_dialog
    assert isinstance(dialog, CreateTeamDialog)
    dialog.folder.edit.setText(str(tmp_path / "Team"))
    dialog.device_name.setText("Office laptop")
    invitation = tmp_path / "out" / "field.saphan-invite"
    dialog.invitation.edit.setText(str(invitation))
    dialog.accept()
    qtbot.waitUntil(lambda: isinstance(page.current_dialog, TeamPassphraseDialog), timeout=30000)
    shown = page.current_dialog
    assert isinstance(shown, TeamPassphraseDialog)
    assert re.fullmatch(r"[A-Z0-9\s-]{20,}", shown.passphrase.text())
    shown.reject()  # cannot be closed before it is written down
    assert shown.isVisible()
    shown.confirm.setChecked(True)
    shown.ok.click()
    qtbot.waitUntil(lambda: isinstance(page.current_dialog, PairingCodeDialog))
    code = page.current_dialog.code.text()
    assert re.fullmatch(r"[A-Z0-9]{4}-[A-Z0-9]{4}-[A-Z0-9]{4}", code)
    assert invitation.stat().st_size > 0
    page.current_dialog.accept()
    qtbot.waitUntil(lambda: page.status is not None)
    assert page.stack.currentWidget() is page.team_view
    assert [d.name for d in page.status.devices] == ["Office laptop"]
    assert page.devices_model.rowCount() == 1
    assert "Office laptop" in page.this_laptop.text()


def test_the_page_shows_the_laptops_of_the_team(qtbot, laptops) -> None:
    page = _page(qtbot, laptops.office)
    _sync(qtbot, page)
    names = {page.devices_model.cell_text(page.devices_model.row_at(r), 0) for r in range(2)}
    assert names == {"Office laptop", "Field laptop"}
    assert page.devices_model.rowCount() == 2
    assert str(laptops.folder) in page.folder_label.text()
    assert page.status is not None
    assert page.status.fingerprint in page.this_laptop.text()


def test_what_one_laptop_records_appears_on_the_other_after_sync_now(qtbot, laptops) -> None:
    office = MainWindow(laptops.office)
    field = MainWindow(laptops.field)
    for window in (office, field):
        qtbot.addWidget(window)
        window.show()
    # The field laptop's registry is on screen before the sync.
    field.show_page("beneficiaries")
    people = field.pages["beneficiaries"]
    assert people.model.total == 0

    pid = register_person(laptops.office, person("Naw Eh Htoo")).id
    activities.log_session(
        laptops.office,
        SessionInput(ActivityType.MHPSS_GROUP, programme_id=1, date=DAY, attendee_ids=[pid]),
        today=DAY,
    )
    office.show_page("team")
    _sync(qtbot, office.pages["team"])
    field.show_page("team")
    field_team = field.pages["team"]
    _sync(qtbot, field_team)
    assert "received" in field_team.sync_state.text()

    field.show_page("beneficiaries")
    qtbot.waitUntil(lambda: people.model.total == 1)
    row = people.model.row_at(0)
    assert row is not None
    assert row.id == pid
    field.show_page("sessions")
    sessions = field.pages["sessions"]
    qtbot.waitUntil(lambda: sessions.model.rowCount() == 1)
    assert sessions.model.row_at(0).attendees == 1
    # The status bar says so.
    assert field.team_label.text().startswith("Synced")
    assert "2 laptops" in field.team_label.text()
    for window in (office, field):
        window._close_synced = True  # the test's own teardown closes them


def test_a_concurrent_edit_is_listed_and_use_the_other_value_settles_it(qtbot, laptops) -> None:
    pid = register_person(laptops.office, person("Naw Paw", phone="0810000000")).id
    office, field = _page(qtbot, laptops.office), _page(qtbot, laptops.field)
    _sync(qtbot, office)
    _sync(qtbot, field)
    update_person(laptops.office, pid, person("Naw Paw", phone="0811111111"))
    update_person(laptops.field, pid, person("Naw Paw", phone="0822222222"))
    _sync(qtbot, office)
    _sync(qtbot, field)
    _sync(qtbot, office)
    code = get_person(laptops.field, pid).code
    for page in (office, field):
        qtbot.waitUntil(lambda p=page: p.conflicts_model.rowCount() == 1)
        model = page.conflicts_model
        texts = [model.cell_text(model.row_at(0), c) for c in range(5)]
        assert texts[0] == f"Person {code}"
        assert texts[1] == "Phone"
        assert {texts[2], texts[3]} == {"0811111111", "0822222222"}
        assert not any("Naw Paw" in t for t in texts)
    assert not field.no_conflicts.isVisible()

    chosen = field.conflicts_model.row_at(0)
    field.conflicts.selectRow(0)
    assert field.other_button.isEnabled()
    qtbot.mouseClick(field.other_button, Qt.MouseButton.LeftButton)
    assert field.conflicts_model.rowCount() == 0
    assert get_person(laptops.field, pid).phone == chosen.other
    _sync(qtbot, field)
    _sync(qtbot, office)
    assert get_person(laptops.office, pid).phone == chosen.other
    assert office.conflicts_model.rowCount() == 0  # settled there too
    # The page's status is read again in the background after the sync: wait for it.
    qtbot.waitUntil(lambda: office.status is not None and office.status.conflicts == 0)


def test_keep_settles_without_a_change(qtbot, laptops) -> None:
    pid = register_person(laptops.office, person("Naw Paw", phone="0810000000")).id
    office, field = _page(qtbot, laptops.office), _page(qtbot, laptops.field)
    _sync(qtbot, office)
    _sync(qtbot, field)
    update_person(laptops.office, pid, person("Naw Paw", phone="0811111111"))
    update_person(laptops.field, pid, person("Naw Paw", phone="0822222222"))
    _sync(qtbot, office)
    _sync(qtbot, field)
    qtbot.waitUntil(lambda: field.conflicts_model.rowCount() == 1)
    kept = field.conflicts_model.row_at(0).kept
    field.conflicts.selectRow(0)
    qtbot.mouseClick(field.keep_button, Qt.MouseButton.LeftButton)
    assert field.conflicts_model.rowCount() == 0
    assert get_person(laptops.field, pid).phone == kept


def test_remove_a_laptop_asks_naming_it(qtbot, laptops, monkeypatch) -> None:
    page = _page(qtbot, laptops.office)
    _sync(qtbot, page)
    asked: list[str] = []

    def ask(_parent, _title, text, yes, _no) -> bool:
        asked.append(text + "|" + yes)
        return True

    monkeypatch.setattr("desktop.widgets.dialogs.ask", ask)
    row = next(
        r
        for r in range(page.devices_model.rowCount())
        if not page.devices_model.row_at(r).this_device
    )
    page.devices.selectRow(row)
    assert page.remove_button.isEnabled()
    page.remove_button.click()
    assert asked
    assert "Field laptop" in asked[0]
    qtbot.waitUntil(
        lambda: page.status is not None and any(d.removed for d in page.status.devices),
        timeout=30000,
    )


def test_status_line_words() -> None:
    now = dt.datetime(2025, 3, 3, 12, 0)
    summary = TeamSummary("Office laptop", "/team", None, 0, 0)
    assert status_line(None, None, None, now) == ("", "")
    assert status_line(summary, None, None, now)[0] == "Not synced yet"
    synced = TeamSummary("Office laptop", "/team", now - dt.timedelta(minutes=2), 0, 0)
    assert status_line(synced, None, None, now)[0] == "Synced 2 min ago"
    from db.team.status import DeviceStatus, TeamStatus
    from db.team.sync import SyncResult

    devices = [
        DeviceStatus(str(n), f"Laptop {n}", "fp", n == 0, n == 3, None, 0, 0) for n in range(4)
    ]
    status = TeamStatus("Laptop 0", "fp", "/team", True, devices, 0, 0, synced.last_sync_at)
    done = SyncOutcome(SyncResult(), status, "timer")
    assert status_line(synced, done, None, now)[0] == "Synced 2 min ago with 3 laptops"
    waiting = SyncOutcome(SyncResult(waiting_for=["Office laptop"]), status, "timer")
    assert status_line(synced, waiting, None, now)[0] == "Waiting for changes from Office laptop"
    away = SyncOutcome(None, status, "timer")
    assert status_line(synced, away, None, now)[0] == "Team folder not reachable"


def test_automatic_sync_skips_an_unreachable_folder_and_runs_one_at_a_time(
    qtbot, laptops, tmp_path
) -> None:
    sync = AutoSync(laptops.office, interval_ms=60000)
    sync.start()
    qtbot.waitUntil(lambda: sync.last is not None, timeout=30000)
    assert sync.timer.isActive()
    assert sync.last.result is not None  # the first sync, after sign-in
    laptops.folder.rename(tmp_path / "unplugged")
    with qtbot.waitSignal(sync.finished, timeout=30000) as finished:
        assert sync.sync("timer")
        assert not sync.sync("lock")  # one at a time
    assert finished.args[0].result is None
    assert status_line(sync.summary(), sync.last, None)[0] == "Team folder not reachable"
    sync.stop()
    assert not sync.sync("timer")


def test_the_main_window_syncs_on_lock_and_before_closing(qtbot, laptops) -> None:
    window = MainWindow(laptops.office)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.team_sync.last is not None, timeout=30000)  # at start
    register_person(laptops.office, person("Ma Aye"))
    with qtbot.waitSignal(window.team_sync.finished, timeout=30000) as locked:
        window.lock_now()
    assert locked.args[0].reason == "lock"
    assert locked.args[0].result.sent > 0
    window.unlock()
    register_person(laptops.office, person("Ko Tun"))
    with qtbot.waitSignal(window.team_sync.finished, timeout=30000) as closing:
        window.close()
    assert closing.args[0].reason == "close"
    assert closing.args[0].result.sent > 0
    qtbot.waitUntil(lambda: not window.isVisible())


def test_grab_the_team_page(qtbot, laptops, tmp_path) -> None:
    window = MainWindow(laptops.office)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    window.show_page("team")
    page = window.pages["team"]
    _sync(qtbot, page)
    QApplication.processEvents()
    out = Path(tmp_path / "team-page.png")
    assert window.grab().save(str(out))
    assert page.sync_button.geometry().right() <= page.width()
    assert page.devices.height() > 60
    assert page.conflicts.height() > 40
    window._close_synced = True


def _invitation_file(store: Store, tmp_path: Path) -> tuple[Path, str, Path]:
    folder = tmp_path / "Team"
    enrol.create_team(store, folder, device_name="Office laptop", recovery_passphrase=RECOVERY)
    register_person(store, person("Naw Eh Htoo"))
    sync(store)  # the office laptop's changes are in the team folder
    invitation = enrol.invite_device(store, name="Field laptop")
    path = tmp_path / "field.saphan-invite"
    path.write_bytes(invitation.data)
    return path, invitation.code, folder


def _join_dialog(qtbot, db_path: Path, invitation: Path, code: str, folder: Path):
    from desktop.team.join import JoinTeamDialog

    dialog = JoinTeamDialog(db_path)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.invitation.edit.setText(str(invitation))
    dialog.code.setText(code)
    dialog.folder.edit.setText(str(folder))
    dialog.username.setText("admin")
    dialog.password.setText(ADMIN_PASSWORD)
    return dialog


def test_join_the_team_from_the_first_run(qtbot, store, tmp_path) -> None:
    invitation, code, folder = _invitation_file(store, tmp_path)
    new_db = tmp_path / "laptop2" / "saphan.db"
    wrong = "AAAA-AAAA-AAAA" if code != "AAAA-AAAA-AAAA" else "BBBB-BBBB-BBBB"
    dialog = _join_dialog(qtbot, new_db, invitation, wrong, folder)
    dialog.join_button.click()
    qtbot.waitUntil(lambda: not dialog.running, timeout=30000)
    assert "pairing code is wrong" in dialog.error.text()
    assert dialog.username.text() == "admin"  # nothing typed is lost
    assert not new_db.exists()

    dialog.code.setText(code)
    dialog.join_button.click()
    assert dialog.progress.isVisible()
    qtbot.waitUntil(lambda: dialog.stack.currentIndex() == 1, timeout=30000)
    assert "People on record: 1" in dialog.joined_label.text()
    assert dialog.passphrase_label.text().strip()
    assert not dialog.start_button.isEnabled()
    dialog.reject()  # not before the passphrase is written down
    assert dialog.isVisible()
    dialog.confirm.setChecked(True)
    dialog.start_button.click()
    assert dialog.result() == dialog.DialogCode.Accepted
    assert dialog.store is not None
    try:
        assert get_person(dialog.store, 1).name_latin == "Naw Eh Htoo"
    finally:
        dialog.store.close()


def test_join_can_be_cancelled_and_writes_nothing(qtbot, store, tmp_path) -> None:
    invitation, code, folder = _invitation_file(store, tmp_path)
    new_db = tmp_path / "laptop2" / "saphan.db"
    dialog = _join_dialog(qtbot, new_db, invitation, code, folder)
    dialog.join_button.click()
    dialog.reject()  # Cancel while it runs
    assert dialog.isVisible()
    qtbot.waitUntil(lambda: not dialog.running, timeout=30000)
    assert "Cancelled" in dialog.state.text()
    assert dialog.store is None
    assert not new_db.exists()
    # The invitation is still good.
    dialog.join_button.click()
    qtbot.waitUntil(lambda: dialog.stack.currentIndex() == 1, timeout=30000)
    assert dialog.store is not None
    dialog.store.close()


def test_the_setup_wizard_offers_to_join_a_team(qtbot, tmp_path) -> None:
    from desktop.setup_wizard.wizard import SetupWizard

    wizard = SetupWizard(tmp_path / "saphan.db")
    qtbot.addWidget(wizard)
    wizard.show()
    assert wizard.welcome.join_button.text() == "Join my CSO's team…"
    wizard.welcome.join_button.click()
    assert wizard.result() == SetupWizard.JOIN
