"""The Case tab of the person dialog, the next contact when logging a session, and moving the
cases of a staff member who leaves, driven as a person would."""

from __future__ import annotations

import datetime as dt
import os

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from db import activities, beneficiaries, cases, users
from db.cases import CaseState, CloseReason
from db.store import Store
from db.types import Role
from desktop.beneficiaries.case_dialogs import (
    ActionDialog,
    CloseCaseDialog,
    GoalDialog,
    OpenCaseDialog,
    ShareCaseDialog,
    TransferCaseDialog,
)
from desktop.beneficiaries.person_form import PersonForm
from desktop.sessions.log_dialog import LogSessionDialog
from desktop.users.page import StaffAccountsPage
from desktop.users.transfer_dialog import TransferAllDialog
from desktop.widgets.date_field import format_date
from tests.db.people import person
from tests.desktop.conftest import click_in_next_modal

SHOTS = os.environ.get("SAPHAN_SHOTS", "")  # a folder: grab the windows there as PNGs


def grab(widget, name: str) -> None:
    if SHOTS:
        widget.resize(1366, 768) if widget.isWindow() and name.startswith("page") else None
        widget.grab().save(os.path.join(SHOTS, f"{name}.png"))


def caseworker(store: Store, name: str) -> int:
    return users.create_user(store, name, f"{name.title()} Aye", Role.CASEWORKER, "pass-1234-x").id


@pytest.fixture
def form(qtbot, store: Store) -> PersonForm:
    hnin = beneficiaries.register_person(store, person())
    dialog = PersonForm(store, beneficiaries.get_person(store, hnin.id))
    qtbot.addWidget(dialog)
    dialog.resize(1100, 720)
    dialog.show()
    dialog.tabs.setCurrentWidget(dialog.case_tab)
    return dialog


def _accept(qtbot, dialog) -> None:
    qtbot.waitUntil(lambda: dialog.ok_button.isEnabled(), timeout=2000)
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)


def test_a_caseworker_opens_plans_follows_up_and_closes_a_case(
    qtbot, store: Store, form: PersonForm
) -> None:
    thida = caseworker(store, "thida")
    tab = form.case_tab
    assert tab is not None
    assert tab.empty.isVisible()
    assert not tab.close_button.isEnabled()

    qtbot.mouseClick(tab.open_button, Qt.MouseButton.LeftButton)
    opening = tab.current_dialog
    assert isinstance(opening, OpenCaseDialog)
    assert opening.owner.currentData() == store.user.id
    grab(opening, "case-open-dialog")
    _accept(qtbot, opening)
    assert tab.cases_model.rowCount() == 1
    case = tab.selected_case()
    assert case is not None
    assert case.status is CaseState.OPEN
    assert tab.cases_model.data(tab.cases_model.index(0, 0)) == "Psychosocial support (MHPSS)"

    # A second MHPSS case is refused beside the buttons, nothing lost.
    qtbot.mouseClick(tab.open_button, Qt.MouseButton.LeftButton)
    second = tab.current_dialog
    assert isinstance(second, OpenCaseDialog)
    _accept(qtbot, second)
    assert "already has an open or on-hold case" in second.error.text()
    second.reject()

    qtbot.mouseClick(tab.add_goal_button, Qt.MouseButton.LeftButton)
    goal_dialog = tab.current_dialog
    assert isinstance(goal_dialog, GoalDialog)
    assert not goal_dialog.ok_button.isEnabled()
    qtbot.keyClicks(goal_dialog.text, "Sleeps through the night again")
    _accept(qtbot, goal_dialog)
    assert [g.text for g in tab.goals_model._rows] == ["Sleeps through the night again"]

    qtbot.mouseClick(tab.add_action_button, Qt.MouseButton.LeftButton)
    action_dialog = tab.current_dialog
    assert isinstance(action_dialog, ActionDialog)
    qtbot.keyClicks(action_dialog.text, "Call the clinic about the appointment")
    due = dt.date.today() + dt.timedelta(days=5)
    qtbot.keyClicks(action_dialog.due.edit, format_date(due))
    action_dialog.responsible.setCurrentIndex(action_dialog.responsible.findData(thida))
    action_dialog.goal.setCurrentIndex(1)
    grab(action_dialog, "case-action-dialog")
    _accept(qtbot, action_dialog)
    (action,) = cases.case_plan(store, case.id).actions
    assert (action.due_date, action.responsible_id) == (due, thida)
    assert action.goal_id is not None
    assert tab.actions_model.data(tab.actions_model.index(0, 2)) == "Thida Aye"

    tab.actions_table.selectRow(0)
    assert tab.done_button.text() == "Mark done"
    qtbot.mouseClick(tab.done_button, Qt.MouseButton.LeftButton)
    assert cases.case_plan(store, case.id).actions[0].done

    next_contact = dt.date.today() + dt.timedelta(days=14)
    tab.next_contact.edit.clear()
    qtbot.keyClicks(tab.next_contact.edit, format_date(next_contact))
    qtbot.mouseClick(tab.next_contact_button, Qt.MouseButton.LeftButton)
    assert cases.get_case(store, case.id).next_contact == next_contact
    assert tab.cases_model.data(tab.cases_model.index(0, 4)) == format_date(next_contact)
    form.resize(1366, 768)
    grab(form, "case-tab")

    qtbot.mouseClick(tab.close_button, Qt.MouseButton.LeftButton)
    closing = tab.current_dialog
    assert isinstance(closing, CloseCaseDialog)
    closing.reason.setCurrentIndex(closing.reason.findData(CloseReason.OTHER.value))
    assert not closing.ok_button.isEnabled(), "'Other reason' needs the outcome"
    closing.outcome.setFocus()
    qtbot.keyClicks(closing.outcome, "Went back to school in Mae Pa")
    grab(closing, "case-close-dialog")
    _accept(qtbot, closing)
    closed = cases.get_case(store, case.id)
    assert closed.status is CaseState.CLOSED
    assert closed.closed_reason is CloseReason.OTHER
    assert closed.outcome == "Went back to school in Mae Pa"
    assert not tab.add_goal_button.isEnabled()
    assert tab.reopen_button.isEnabled()
    qtbot.mouseClick(tab.reopen_button, Qt.MouseButton.LeftButton)
    assert cases.get_case(store, case.id).status is CaseState.OPEN


def test_transfer_and_share_from_the_case_tab(qtbot, store: Store, form: PersonForm) -> None:
    thida = caseworker(store, "thida")
    moe = caseworker(store, "moe")
    tab = form.case_tab
    assert tab is not None
    case = cases.open_case(store, form._person.id, cases.PROTECTION)  # type: ignore[union-attr]
    tab.reload()

    qtbot.mouseClick(tab.share_button, Qt.MouseButton.LeftButton)
    sharing = tab.current_dialog
    assert isinstance(sharing, ShareCaseDialog)
    item = sharing.people.findItems("Moe Aye", Qt.MatchFlag.MatchExactly)[0]
    item.setCheckState(Qt.CheckState.Checked)
    _accept(qtbot, sharing)
    assert cases.get_case(store, case.id).shared_with == (moe,)

    qtbot.mouseClick(tab.transfer_button, Qt.MouseButton.LeftButton)
    transfer = tab.current_dialog
    assert isinstance(transfer, TransferCaseDialog)
    assert transfer.to_user.findData(store.user.id) == -1, "not to its own owner"
    transfer.to_user.setCurrentIndex(transfer.to_user.findData(thida))
    grab(transfer, "case-transfer-dialog")
    _accept(qtbot, transfer)
    assert cases.get_case(store, case.id).owner_id == thida
    assert tab.cases_model.data(tab.cases_model.index(0, 1)) == "Thida Aye"


def test_roles_without_casework_have_no_case_tab(qtbot, store: Store) -> None:
    import dataclasses

    from db.types import UserInfo

    hnin = beneficiaries.register_person(store, person())
    facilitator = dataclasses.replace(
        store, user=UserInfo(store.user.id, "f", "F", Role.FACILITATOR, "en")
    )
    dialog = PersonForm(facilitator, beneficiaries.get_person(store, hnin.id))
    qtbot.addWidget(dialog)
    assert dialog.case_tab is None
    assert "Case" not in [dialog.tabs.tabText(i) for i in range(dialog.tabs.count())]


def test_logging_a_session_asks_for_the_next_contact_of_an_open_case(qtbot, store: Store) -> None:
    with_case = beneficiaries.register_person(store, person("Ma Case"))
    without = beneficiaries.register_person(store, person("Ma Nocase"))
    case = cases.open_case(store, with_case.id, cases.MHPSS)
    dialog = LogSessionDialog(store)
    qtbot.addWidget(dialog)
    dialog.resize(1366, 768)
    dialog.show()
    dialog.set_activity_type(activities.ActivityType.COUNSELLING)
    from desktop.sessions.attendance_picker import Attendee

    assert not dialog.next_contact_row.isVisible()
    dialog.person_picker.add(Attendee.of(without))
    dialog.validate()
    assert not dialog.next_contact_row.isVisible()
    dialog.person_picker.add(Attendee.of(with_case))
    dialog.validate()
    qtbot.waitUntil(dialog.next_contact_row.isVisible, timeout=2000)
    due = dt.date.today() + dt.timedelta(days=10)
    qtbot.keyClicks(dialog.next_contact.edit, format_date(due))
    grab(dialog, "log-session-next-contact")
    _accept(qtbot, dialog)
    assert dialog.record is not None
    assert cases.get_case(store, case.id).next_contact == due


def test_disabling_a_caseworker_offers_to_transfer_their_cases(
    qtbot, store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    thida = caseworker(store, "thida")
    moe = caseworker(store, "moe")
    people = [beneficiaries.register_person(store, person(f"Ma P {i}")).id for i in range(3)]
    for pid in people:
        cases.open_case(store, pid, cases.MHPSS, owner_id=thida)
    page = StaffAccountsPage(store)
    qtbot.addWidget(page)
    page.resize(1366, 768)
    page.show()
    page.select_account(thida)
    qtbot.mouseClick(page.disable_button, Qt.MouseButton.LeftButton)
    dialog = page.current_dialog
    assert isinstance(dialog, TransferAllDialog)
    assert "3" in dialog.explain.text()
    dialog.to_user.setCurrentIndex(dialog.to_user.findData(moe))
    grab(dialog, "transfer-all-dialog")
    _accept(qtbot, dialog)
    assert cases.count_live_cases(store, thida) == 0
    assert cases.count_live_cases(store, moe) == 3
    account = next(a for a in users.list_users(store) if a.id == thida)
    assert not account.active, "disabled after the transfer"

    # The "Transfer cases…" action on its own, for an account that stays.
    page.select_account(moe)
    qtbot.mouseClick(page.transfer_button, Qt.MouseButton.LeftButton)
    again = page.current_dialog
    assert isinstance(again, TransferAllDialog)
    assert again.to_user.findData(thida) == -1, "not to a disabled account"
    again.to_user.setCurrentIndex(again.to_user.findData(store.user.id))
    _accept(qtbot, again)
    assert cases.count_live_cases(store, store.user.id) == 3
    account = next(a for a in users.list_users(store) if a.id == moe)
    assert account.active
    QApplication.processEvents()


def test_disabling_an_account_without_cases_asks_as_before(qtbot, store: Store) -> None:
    aung = users.create_user(store, "aung", "Aung", Role.FACILITATOR, "pass-1234-x").id
    page = StaffAccountsPage(store)
    qtbot.addWidget(page)
    page.show()
    page.select_account(aung)
    seen: list[str] = []
    click_in_next_modal("Disable", seen)
    qtbot.mouseClick(page.disable_button, Qt.MouseButton.LeftButton)
    assert seen
    account = next(a for a in users.list_users(store) if a.id == aung)
    assert not account.active


def test_someone_elses_case_is_closed_to_a_caseworker_until_it_is_shared(
    qtbot, store: Store
) -> None:
    import dataclasses

    from db import access
    from db.errors import AccessDenied
    from db.types import UserInfo

    thida = caseworker(store, "thida")
    moe = caseworker(store, "moe")
    hnin = beneficiaries.register_person(store, person())
    case = cases.open_case(store, hnin.id, cases.MHPSS, owner_id=moe)
    as_thida = dataclasses.replace(
        store, user=UserInfo(thida, "thida", "Thida Aye", Role.CASEWORKER, "en")
    )
    # Need-to-know: another caseworker's case is not read at all (db.access), not even its plan.
    assert access.access_to(as_thida, hnin.id) is access.Access.BASIC
    with pytest.raises(AccessDenied):
        cases.person_cases(as_thida, hnin.id)
    with pytest.raises(AccessDenied):
        cases.case_plan(as_thida, case.id)
    opening = OpenCaseDialog(as_thida, hnin.id)
    qtbot.addWidget(opening)
    assert not opening.owner.isEnabled()  # a case in another line would be hers, not assigned

    cases.share_case(store, case.id, thida)
    dialog = PersonForm(as_thida, beneficiaries.get_person(as_thida, hnin.id))
    qtbot.addWidget(dialog)
    tab = dialog.case_tab
    assert tab is not None
    assert tab.close_button.isEnabled()
    assert tab.add_goal_button.isEnabled()
    assert not tab.transfer_button.isEnabled()  # only its owner hands it over


def test_an_admin_adds_and_removes_a_service_line_in_settings(qtbot, store: Store) -> None:
    from desktop.settings_page.page import SettingsPage

    page = SettingsPage(store)
    qtbot.addWidget(page)
    page.resize(1366, 768)
    page.show()
    box = page.lines_box
    assert box is not None
    assert box.lines.count() == 2
    qtbot.keyClicks(box.name, "Livelihoods")
    qtbot.mouseClick(box.add_button, Qt.MouseButton.LeftButton)
    assert [line.name for line in cases.service_lines(store)][-1] == "Livelihoods"
    qtbot.keyClicks(box.name, "livelihoods")
    qtbot.mouseClick(box.add_button, Qt.MouseButton.LeftButton)
    assert "already a service line" in box.message.text()
    box.lines.setCurrentRow(0)
    assert not box.remove_button.isEnabled(), "a built-in line stays"
    box.lines.setCurrentRow(2)
    grab(page, "settings-service-lines")
    hnin = beneficiaries.register_person(store, person())
    case = cases.open_case(store, hnin.id, "cso_1")
    qtbot.mouseClick(box.remove_button, Qt.MouseButton.LeftButton)
    assert "cannot be removed" in box.message.text(), "in use: refused beside the list"
    cases.close_case(store, case.id, CloseReason.GOALS_MET)
    assert cases.get_case(store, case.id).service_line == "cso_1"
    qtbot.keyClicks(box.name, "Education")
    qtbot.mouseClick(box.add_button, Qt.MouseButton.LeftButton)
    box.lines.setCurrentRow(box.lines.count() - 1)
    qtbot.mouseClick(box.remove_button, Qt.MouseButton.LeftButton)
    assert [line.name for line in cases.service_lines(store)][2:] == ["Livelihoods"]
    assert box.lines.count() == 3


def test_the_case_tab_names_the_csos_own_line(qtbot, store: Store) -> None:
    line = cases.add_service_line(store, "Livelihoods")
    hnin = beneficiaries.register_person(store, person())
    cases.open_case(store, hnin.id, line.code)
    form = PersonForm(store, beneficiaries.get_person(store, hnin.id))
    qtbot.addWidget(form)
    assert form.case_tab is not None
    assert form.case_tab.cases_model.data(form.case_tab.cases_model.index(0, 0)) == "Livelihoods"
    opening = OpenCaseDialog(store, hnin.id)
    qtbot.addWidget(opening)
    assert opening.line.itemText(2) == "Livelihoods"
