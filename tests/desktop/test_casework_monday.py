"""A caseworker's Monday, end to end in the real main window, as a person would do it: the
worklist first with its count on the navigation; an overdue follow-up opened with Enter on the
person's Case tab; a contact logged with its next contact date (on the Case tab, and through the
log-session dialog); the case plan updated; a case closed; one item snoozed and one dismissed;
then what remains is what ``saphan worklist --json`` prints. And the facilitator of the same
person's group sees only their name, code and attendance: no canary of phone, documentation,
disability answers, assessments, notes, referrals or the case, anywhere in the widget tree."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
from pathlib import Path
from typing import NamedTuple

import pytest
from PySide6.QtCore import QAbstractItemModel, QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QDialog,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTabWidget,
    QTextEdit,
    QTreeWidget,
    QWidget,
)

from db import activities, assessments, beneficiaries, cases, participant_notes, referrals, users
from db import worklist as db_worklist
from db.activities import ActivityType
from db.cases import CaseState, CloseReason
from db.models import Programme, Session
from db.store import Store
from db.types import Documentation, PersonInput, PopulationGroup, Role, Sex, UserInfo
from db.worklist import Kind
from desktop import cli
from desktop.beneficiaries.case_dialogs import ActionDialog, CloseCaseDialog, GoalDialog
from desktop.beneficiaries.limited_view import LimitedPersonDialog
from desktop.beneficiaries.page import BeneficiariesPage
from desktop.beneficiaries.person_form import PersonForm
from desktop.main_window import MainWindow
from desktop.sessions.log_dialog import LogSessionDialog
from desktop.sessions.page import SessionsPage
from desktop.widgets.date_field import DateField, format_date
from desktop.worklist.page import DismissDialog, SnoozeDialog, WorklistPage
from tests.conftest import ADMIN_PASSWORD
from tests.desktop.conftest import activate, type_text
from tests.test_cli import run

LEFT = Qt.MouseButton.LeftButton
TODAY = dt.date.today()
DAY = dt.timedelta(days=1)
SHOTS = Path("/tmp")

# Canaries: a facilitator must see none of them, anywhere.
PHONE = "089 991 7731"
CANARIES = {
    "phone": PHONE,
    "phone digits": "0899917731",
    "phone end": "7731",
    "area": "Canaryville",
    "notes": "CANARY-PERSON-NOTE",
    "documentation": "G-code",
    "disability": "Washington",
    "assessment": "WHO-5",
    "referral": "CANARY-REFERRAL",
    "referral service": "Canary Clinic",
    "mhpss note": "CANARY-MHPSS-NOTE",
    "private session": "CANARY-PRIVATE-TOPIC",
    "participant note": "CANARY-PARTICIPANT-NOTE",
    "goal": "CANARY-GOAL",
    "action": "CANARY-ACTION",
    "case": "Psychosocial support",
    "case owner": "Ma Mya Sandar",
}
GROUP_TOPIC = "Sleep and worry circle"


class Monday(NamedTuple):
    mya: Store  # the caseworker
    paw: Store  # the facilitator of Aye's group
    aye: int  # overdue follow-up, low WHO-5, a referral waiting; two cases; in Paw's group
    hla: int  # follow-up due today
    nu: int  # an overdue case plan action; a follow-up this week
    thin: int  # a follow-up later this week, left alone
    codes: dict[int, str]


def signed_in(store: Store, username: str, full_name: str, role: Role) -> Store:
    account = users.create_user(store, username, full_name, role, ADMIN_PASSWORD)
    return dataclasses.replace(store, user=UserInfo(account.id, username, full_name, role, "en"))


def person(name: str, **extra: object) -> PersonInput:
    values: dict[str, object] = {
        "name_latin": name,
        "sex": Sex.FEMALE,
        "population_group": PopulationGroup.NEW_ARRIVAL,
        "consent_date": TODAY - 60 * DAY,
        "birth_date": dt.date(1991, 3, 14),
    }
    values.update(extra)
    return PersonInput(**values)  # type: ignore[arg-type]


def mhpss_case(store: Store, person_id: int, next_contact: dt.date) -> int:
    record = cases.open_case(store, person_id, cases.MHPSS, opened_on=TODAY - 45 * DAY)
    cases.set_next_contact(store, record.id, next_contact)
    return record.id


@pytest.fixture
def monday(store: Store) -> Monday:
    mya = signed_in(store, "mya", "Ma Mya Sandar", Role.CASEWORKER)
    paw = signed_in(store, "paw", "Naw Paw Htoo", Role.FACILITATOR)
    with store.read() as s:
        programme = s.query(Programme.id).order_by(Programme.id).first()
    assert programme is not None
    aye = beneficiaries.register_person(
        mya,
        person(
            "Ma Aye Chan",
            phone=PHONE,
            area="Canaryville, Mae Pa",
            notes="CANARY-PERSON-NOTE: afraid of the landlord",
            documentation=Documentation.G_CODE,
            washington_group={"seeing": 3, "walking": 2},
            consent_referral=True,
        ),
    )
    hla = beneficiaries.register_person(mya, person("Ma Hla Hla"))
    nu = beneficiaries.register_person(mya, person("Daw Nu Nu"))
    thin = beneficiaries.register_person(mya, person("Ma Thin Thin"))
    mhpss_case(mya, aye.id, TODAY - 3 * DAY)
    # A newer protection case of hers, not due: it is listed first on her Case tab.
    protection = cases.open_case(mya, aye.id, cases.PROTECTION, opened_on=TODAY - 10 * DAY)
    cases.set_next_contact(mya, protection.id, TODAY + 20 * DAY)
    mhpss_case(mya, hla.id, TODAY)
    nu_case = mhpss_case(mya, nu.id, TODAY + 2 * DAY)
    mhpss_case(mya, thin.id, TODAY + 5 * DAY)
    cases.add_goal(mya, nu_case, "CANARY-GOAL back to work")
    cases.add_action(
        mya,
        nu_case,
        cases.ActionInput("CANARY-ACTION call the employer", TODAY - DAY, mya.user.id, None),
    )
    assessments.record_assessment(mya, aye.id, "who5", [1, 2, 1, 2, 2], date=TODAY - DAY)
    service = referrals.add_partner_service(mya, "Canary Clinic", "Health check")
    referrals.refer_person(
        mya,
        referrals.ReferralInput(
            aye.id,
            service.id,
            "CANARY-REFERRAL needs a doctor",
            consent_confirmed=True,
            date=TODAY - 20 * DAY,
        ),
    )
    activities.log_session(
        mya,
        activities.SessionInput(
            ActivityType.COUNSELLING,
            programme[0],
            TODAY - 10 * DAY,
            topic="CANARY-PRIVATE-TOPIC",
            mhpss_notes="CANARY-MHPSS-NOTE she cannot sleep",
            attendee_ids=[aye.id],
        ),
    )
    # The admin enters the group's attendance sheet, run by Paw.
    group = activities.log_session(
        store,
        activities.SessionInput(
            ActivityType.MHPSS_GROUP,
            programme[0],
            TODAY - 7 * DAY,
            topic=GROUP_TOPIC,
            attendee_ids=[aye.id, hla.id],
            facilitator_id=paw.user.id,
        ),
    )
    participant_notes.set_participant_note(
        mya, group.id, aye.id, "CANARY-PARTICIPANT-NOTE cried when the landlord was named"
    )
    codes = {p.id: p.code for p in (aye, hla, nu, thin)}
    return Monday(mya, paw, aye.id, hla.id, nu.id, thin.id, codes)


# --- what a person sees --------------------------------------------------------------------------

TEXT_ROLES = (
    Qt.ItemDataRole.DisplayRole,
    Qt.ItemDataRole.ToolTipRole,
    Qt.ItemDataRole.EditRole,
    Qt.ItemDataRole.StatusTipRole,
)


def model_texts(model: QAbstractItemModel, parent: QModelIndex | None = None) -> list[str]:
    """Every text a model holds (headers too), down its whole tree."""
    parent = parent or QModelIndex()
    texts: list[str] = []
    try:
        columns = model.columnCount(parent)
    except TypeError:  # a list model's columnCount is not public in PySide
        columns = 1
    if not parent.isValid():
        for orientation in (Qt.Orientation.Horizontal, Qt.Orientation.Vertical):
            count = columns if orientation is Qt.Orientation.Horizontal else model.rowCount()
            for section in range(count):
                for role in TEXT_ROLES:
                    value = model.headerData(section, orientation, role)
                    if value is not None:
                        texts.append(str(value))
    for row in range(model.rowCount(parent)):
        for column in range(columns):
            index = model.index(row, column, parent)
            for role in TEXT_ROLES:
                value = index.data(role)
                if value is not None:
                    texts.append(str(value))
            if column == 0 and index.isValid() and model.rowCount(index) > 0:
                texts.extend(model_texts(model, index))
    return texts


def widget_texts(root: QWidget) -> str:
    """All the text in a widget tree: titles, labels, fields, buttons, tabs, combo boxes,
    tooltips and the data of every list, table and tree."""
    texts = [root.windowTitle()]
    for widget in [root, *root.findChildren(QWidget)]:
        texts.append(widget.toolTip())
        texts.append(widget.accessibleName())
        if isinstance(widget, (QLabel, QLineEdit)):
            texts.append(widget.text())
        elif isinstance(widget, (QPlainTextEdit, QTextEdit)):
            texts.append(widget.toPlainText())
        elif isinstance(widget, QAbstractButton):
            texts.append(widget.text())
        elif isinstance(widget, QGroupBox):
            texts.append(widget.title())
        elif isinstance(widget, QComboBox):
            texts.extend(widget.itemText(i) for i in range(widget.count()))
        elif isinstance(widget, QTabWidget):
            texts.extend(widget.tabText(i) for i in range(widget.count()))
        if isinstance(widget, QAbstractItemView) and widget.model() is not None:
            texts.extend(model_texts(widget.model()))
    return "\n".join(t for t in texts if t)


def main_window_for(qtbot, store: Store) -> MainWindow:
    window = MainWindow(store)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    return window


def go_to(qtbot, window: MainWindow, key: str) -> QWidget:
    """Click the page's name on the navigation."""
    row = list(window.pages).index(key)
    item = window.navigation.item(row)
    rect = window.navigation.visualItemRect(item)
    qtbot.mouseClick(window.navigation.viewport(), LEFT, pos=rect.center())
    qtbot.waitUntil(lambda: window.current_page_key() == key)
    return window.pages[key]


def worklist_title(window: MainWindow) -> str:
    return window.navigation.item(list(window.pages).index("worklist")).text()


def rows(tree: QTreeWidget) -> list[tuple[str, str, str, str]]:
    """The item rows as shown (not the group headings): due, kind, person, what to do."""
    shown = []
    for n in range(tree.topLevelItemCount()):
        row = tree.topLevelItem(n)
        if row is not None and row.data(0, Qt.ItemDataRole.UserRole):
            shown.append((row.text(0), row.text(1), row.text(2), row.text(3)))
    return shown


def click_item(qtbot, page: WorklistPage, kind: str, code: str) -> None:
    """Click the row of that kind for that person, as shown in the list."""
    for n in range(page.tree.topLevelItemCount()):
        row = page.tree.topLevelItem(n)
        if row is not None and row.text(1) == kind and row.text(2).split()[:1] == [code]:
            page.tree.scrollToItem(row)
            rect = page.tree.visualItemRect(row)
            qtbot.mouseClick(page.tree.viewport(), LEFT, pos=rect.center())
            assert page.tree.currentItem() is row
            return
    raise AssertionError(f"no {kind} row for {code}: {rows(page.tree)}")


def type_date(qtbot, field: DateField, day: dt.date) -> None:
    field.edit.selectAll()
    qtbot.keyClick(field.edit, Qt.Key.Key_Delete)
    qtbot.keyClicks(field.edit, format_date(day))
    assert field.date() == day


def shown_items(page: WorklistPage) -> list[tuple[str, str, str]]:
    return [(i.kind.value, i.due.isoformat(), i.person_code or "") for i in page.items]


def cli_items(capsys: pytest.CaptureFixture[str], db_path: Path) -> list[tuple[str, str, str]]:
    code, out, err = run(capsys, "worklist", "--db", str(db_path), "--user", "mya", "--json")
    assert (code, err) == (0, ""), err
    return [(i["kind"], i["due"], i["person_code"] or "") for i in json.loads(out)]


def open_form(qtbot, page: WorklistPage, kind: str, code: str) -> PersonForm:
    click_item(qtbot, page, kind, code)
    qtbot.keyClick(page.tree, Qt.Key.Key_Return)
    form = page.current_dialog
    assert isinstance(form, PersonForm)
    qtbot.waitExposed(form)
    return form


def current_dialog(owner: QWidget, kind: type[QDialog]) -> QDialog:
    dialog = getattr(owner, "current_dialog", None)
    assert isinstance(dialog, kind), dialog
    return dialog


# --- the caseworker's Monday -------------------------------------------------------------------


def test_a_caseworkers_monday(
    qtbot,
    monday: Monday,
    db_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv(cli.PASSWORD_ENV, ADMIN_PASSWORD)
    codes = monday.codes
    aye, hla, nu, thin = (codes[p] for p in (monday.aye, monday.hla, monday.nu, monday.thin))
    window = main_window_for(qtbot, monday.mya)

    # The first page is the worklist, its count on the navigation.
    assert window.current_page_key() == "worklist"
    page = window.pages["worklist"]
    assert isinstance(page, WorklistPage)
    expected = {
        ("follow_up", (TODAY - 3 * DAY).isoformat(), aye),
        ("referral_feedback", (TODAY - 6 * DAY).isoformat(), aye),
        ("review_wellbeing", (TODAY - DAY).isoformat(), aye),
        ("case_action", (TODAY - DAY).isoformat(), nu),
        ("follow_up", TODAY.isoformat(), hla),
        ("follow_up", (TODAY + 2 * DAY).isoformat(), nu),
        ("follow_up", (TODAY + 5 * DAY).isoformat(), thin),
    }
    assert set(shown_items(page)) == expected
    assert worklist_title(window) == "Worklist  7"
    assert len(rows(page.tree)) == 7
    assert "To do: 7 · Overdue: 4" in page.subtitle.text()
    # The page and `saphan worklist --json` list the same items, in the same order.
    assert cli_items(capsys, db_path) == shown_items(page)
    window.grab().save(str(SHOTS / "monday-worklist.png"))

    # Enter on the overdue follow-up: the person's Case tab, on that case.
    item = next(i for i in page.items if i.kind is Kind.FOLLOW_UP and i.person_code == aye)
    form = open_form(qtbot, page, "Follow-up", aye)
    assert form.tabs.tabText(form.tabs.currentIndex()) == "Case"
    tab = form.case_tab
    assert tab is not None
    assert form.tabs.currentWidget() is tab
    case = tab.selected_case()
    assert case is not None
    assert case.id == item.case_id
    assert tab.next_contact.date() == TODAY - 3 * DAY
    form.resize(1366, 768)
    form.grab().save(str(SHOTS / "monday-person-case.png"))
    # Her caseworker reads what the facilitator must not (the canaries are where they belong).
    seen = widget_texts(form)
    # (The history lists referrals by service and sessions by topic, not their reasons or notes.)
    not_shown = {"phone digits", "goal", "action", "participant note", "referral", "mhpss note"}
    about_aye = set(CANARIES) - not_shown
    assert {w for w, c in CANARIES.items() if c in seen} >= about_aye

    # Contacted today: the next contact in two weeks; the follow-up leaves, the count drops.
    type_date(qtbot, tab.next_contact, TODAY + 14 * DAY)
    qtbot.mouseClick(tab.next_contact_button, LEFT)
    assert not tab.next_contact_message.text()
    row = tab.cases_model.row_of(item.case_id)
    assert row is not None
    assert tab.cases_model.index(row, 4).data() == format_date(TODAY + 14 * DAY)
    assert tab.selected_case() is not None
    assert tab.selected_case().id == item.case_id  # still on her MHPSS case, its plan shown
    qtbot.waitUntil(lambda: item.key not in [i.key for i in page.items], timeout=3000)
    qtbot.waitUntil(lambda: worklist_title(window) == "Worklist  6", timeout=3000)
    assert len(rows(page.tree)) == 6

    # The case plan: a goal, an action for it (due this week: on the worklist), done.
    qtbot.mouseClick(tab.add_goal_button, LEFT)
    goal_dialog = current_dialog(tab, GoalDialog)
    qtbot.keyClicks(goal_dialog.text, "Sleeps through the night again")
    qtbot.mouseClick(goal_dialog.ok_button, LEFT)
    qtbot.waitUntil(lambda: not goal_dialog.isVisible())
    assert tab.goals_model.index(0, 0).data() == "Sleeps through the night again"
    assert tab.goals_model.index(0, 1).data() == "Working on it"
    qtbot.mouseClick(tab.add_action_button, LEFT)
    action_dialog = current_dialog(tab, ActionDialog)
    qtbot.keyClicks(action_dialog.text, "Ask the clinic about a sleep appointment")
    type_date(qtbot, action_dialog.due, TODAY + 2 * DAY)
    action_dialog.goal.setFocus()
    qtbot.keyClick(action_dialog.goal, Qt.Key.Key_Down)
    assert action_dialog.goal.currentText() == "Sleeps through the night again"
    assert action_dialog.responsible.currentText() == "Ma Mya Sandar"
    action_dialog.resize(1366, 768)
    action_dialog.grab().save(str(SHOTS / "monday-action.png"))
    qtbot.mouseClick(action_dialog.ok_button, LEFT)
    qtbot.waitUntil(lambda: not action_dialog.isVisible())
    assert [tab.actions_model.index(0, c).data() for c in range(4)] == [
        "Ask the clinic about a sleep appointment",
        format_date(TODAY + 2 * DAY),
        "Ma Mya Sandar",
        "",
    ]
    qtbot.waitUntil(lambda: worklist_title(window) == "Worklist  7", timeout=3000)
    assert ("case_action", (TODAY + 2 * DAY).isoformat(), aye) in shown_items(page)
    rect = tab.actions_table.visualRect(tab.actions_model.index(0, 0))
    qtbot.mouseClick(tab.actions_table.viewport(), LEFT, pos=rect.center())
    assert tab.done_button.text() == "Mark done"
    qtbot.mouseClick(tab.done_button, LEFT)
    assert tab.actions_model.index(0, 3).data() == format_date(TODAY)
    qtbot.waitUntil(lambda: worklist_title(window) == "Worklist  6", timeout=3000)
    assert ("case_action", (TODAY + 2 * DAY).isoformat(), aye) not in shown_items(page)
    form.grab().save(str(SHOTS / "monday-person-plan.png"))
    qtbot.mouseClick(form.cancel_button, LEFT)
    qtbot.waitUntil(lambda: not form.isVisible())

    # A contact logged for Hla (a case follow-up session), with her next contact.
    activate(qtbot, window)
    sessions = go_to(qtbot, window, "sessions")
    assert isinstance(sessions, SessionsPage)
    qtbot.mouseClick(sessions.log_button, LEFT)
    log = sessions.current_dialog
    assert isinstance(log, LogSessionDialog)
    qtbot.waitExposed(log)
    log.activity_type.setFocus()
    qtbot.keyClicks(log.activity_type, "Case f")
    assert log.current_type().code == ActivityType.CASE_FOLLOW_UP
    type_text(qtbot, log.person_picker.search, hla)
    qtbot.keyClick(log.person_picker.search, Qt.Key.Key_Return)
    assert log.person_picker.attendee_ids() == [monday.hla]
    assert log.asks_next_contact()
    assert log.next_contact.isVisible()
    type_date(qtbot, log.next_contact, TODAY + 14 * DAY)
    log.resize(1366, 768)
    qtbot.wait(20)  # laid out again
    log.grab().save(str(SHOTS / "monday-log-contact.png"))
    assert log.ok_button.isEnabled(), log.footer.text()
    qtbot.mouseClick(log.ok_button, LEFT)
    qtbot.waitUntil(lambda: not log.isVisible())
    qtbot.waitUntil(lambda: worklist_title(window) == "Worklist  5", timeout=3000)
    assert cases.person_cases(monday.mya, monday.hla)[0].next_contact == TODAY + 14 * DAY
    # The hidden page loads again when shown.
    activate(qtbot, window)
    assert go_to(qtbot, window, "worklist") is page
    assert ("follow_up", TODAY.isoformat(), hla) not in shown_items(page)
    assert len(rows(page.tree)) == 5

    # Nu is back at work: her case is closed from its overdue action, with reason and outcome.
    form = open_form(qtbot, page, "Case plan", nu)
    assert form.tabs.tabText(form.tabs.currentIndex()) == "Case"
    tab = form.case_tab
    assert tab is not None
    action = tab.selected_action()  # the action the item is about, selected in its plan
    assert action is not None
    assert action.text == "CANARY-ACTION call the employer"
    qtbot.mouseClick(tab.close_button, LEFT)
    closing = current_dialog(tab, CloseCaseDialog)
    closing.reason.setFocus()
    assert closing.reason.currentText() == "Goals met"
    qtbot.keyClicks(closing.outcome, "Back at work at the garment factory")
    qtbot.mouseClick(closing.ok_button, LEFT)
    qtbot.waitUntil(lambda: not closing.isVisible())
    assert tab.cases_model.index(0, 2).data() == "Closed"
    assert not tab.add_goal_button.isEnabled()
    assert tab.closed_note.isVisible()  # why and how it ended, in sight
    assert tab.closed_note.text() == (
        f"Closed on {format_date(TODAY)}: Goals met\nOutcome: Back at work at the garment factory"
    )
    form.resize(1366, 768)
    qtbot.wait(20)
    form.grab().save(str(SHOTS / "monday-person-closed.png"))
    closed = cases.person_cases(monday.mya, monday.nu)[0]
    assert (closed.status, closed.closed_reason) == (CaseState.CLOSED, CloseReason.GOALS_MET)
    assert closed.outcome == "Back at work at the garment factory"
    qtbot.waitUntil(lambda: worklist_title(window) == "Worklist  3", timeout=3000)
    assert nu not in [i.person_code for i in page.items]
    qtbot.mouseClick(form.cancel_button, LEFT)
    qtbot.waitUntil(lambda: not form.isVisible())

    # The referral waits three more days; the wellbeing review is dismissed, saying why.
    activate(qtbot, window)
    click_item(qtbot, page, "Referral", aye)
    qtbot.mouseClick(page.snooze_button, LEFT)
    snooze = current_dialog(page, SnoozeDialog)
    type_date(qtbot, snooze.date, TODAY + 3 * DAY)
    qtbot.mouseClick(snooze.ok_button, LEFT)
    click_item(qtbot, page, "Wellbeing", aye)
    qtbot.mouseClick(page.dismiss_button, LEFT)
    dismiss = current_dialog(page, DismissDialog)
    qtbot.keyClicks(dismiss.reason, "Reviewed with her at the clinic on Friday")
    qtbot.mouseClick(dismiss.ok_button, LEFT)

    # What remains: Thin's follow-up later this week, on the page, the navigation and the CLI.
    assert shown_items(page) == [("follow_up", (TODAY + 5 * DAY).isoformat(), thin)]
    assert rows(page.tree) == [
        (
            format_date(TODAY + 5 * DAY),
            "Follow-up",
            f"{thin}  Ma Thin Thin",
            "Follow up: next contact in the Psychosocial support (MHPSS) case",
        )
    ]
    qtbot.waitUntil(lambda: worklist_title(window) == "Worklist  1", timeout=3000)
    assert "To do: 1 · Overdue: 0" in page.subtitle.text()
    assert cli_items(capsys, db_path) == shown_items(page)
    assert [i.key for i in db_worklist.worklist(monday.mya)] == [i.key for i in page.items]
    # Snoozed, it comes back on its day.
    back = db_worklist.worklist(monday.mya, TODAY + 3 * DAY)
    assert ("referral_feedback", aye) in [(i.kind.value, i.person_code) for i in back]
    window.grab().save(str(SHOTS / "monday-worklist-after.png"))
    window.close()


# --- the facilitator's view of the same person ----------------------------------------------------


def test_the_facilitator_sees_only_name_code_and_attendance(qtbot, monday: Monday) -> None:
    codes = monday.codes
    aye = codes[monday.aye]
    window = main_window_for(qtbot, monday.paw)
    assert window.current_page_key() == "worklist"  # "My day" first: nothing due for them
    assert worklist_title(window) == "Worklist"
    page = go_to(qtbot, window, "beneficiaries")
    assert isinstance(page, BeneficiariesPage)
    # Only the people of the facilitator's group, by name and code.
    qtbot.waitUntil(lambda: page.model.rowCount() == 2, timeout=3000)
    listed = {page.model.index(r, 0).data() for r in range(page.model.rowCount())}
    assert listed == {aye, codes[monday.hla]}
    # No columns or filters of what they see of nobody (they would always be empty).
    columns = [
        page.model.headerData(c, Qt.Orientation.Horizontal)
        for c in range(page.model.columnCount())
        if not page.table.isColumnHidden(c)
    ]
    assert columns == ["Code", "Name", "Myanmar/Thai name"]
    filters = [c for c in page.filters.findChildren(QComboBox) if c.isVisible()]
    assert filters == [page.filters.programme]
    assert "phone" not in page.search.placeholderText()
    window.grab().save(str(SHOTS / "monday-facilitator-list.png"))
    type_text(qtbot, page.search, "Aye")
    qtbot.waitUntil(lambda: page.model.query.text == "Aye" and page.model.rowCount() == 1)
    page.select_row(0)
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    assert page.current_form is None  # never the record form, so never its Case tab
    view = page.limited_view
    assert isinstance(view, LimitedPersonDialog)
    qtbot.waitExposed(view)
    view.resize(1366, 768)
    view.grab().save(str(SHOTS / "monday-facilitator-person.png"))

    seen = widget_texts(view)
    # Name, code and the session they ran that she came to.
    assert "Ma Aye Chan" in seen
    assert aye in seen
    assert GROUP_TOPIC in seen
    assert format_date(TODAY - 7 * DAY) in seen
    assert view.sessions.rowCount() == 1
    # Nothing else of her record: not in the widgets, not in the record handed to them.
    leaked = {what: canary for what, canary in CANARIES.items() if canary in seen}
    assert not leaked, leaked
    held = repr(view.person)
    assert not {w: c for w, c in CANARIES.items() if c in held and w != "disability"}
    assert not view.findChildren(QTabWidget)
    assert view.break_button is None
    for label in ("Phone", "Documentation", "Disability", "Notes", "Referral", "Case"):
        assert label not in [lb.text() for lb in view.findChildren(QLabel)], label
    qtbot.keyClick(view, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not view.isVisible())

    # Nor anywhere else they go: the list, their sessions (with her participant note) and
    # their worklist.
    activate(qtbot, window)
    unique = {w: c for w, c in CANARIES.items() if c.upper().startswith(("CANARY", "0899"))}
    unique["phone end"] = CANARIES["phone end"]
    for key in ("worklist", "beneficiaries", "sessions"):
        shown = go_to(qtbot, window, key)
        text = widget_texts(shown)
        assert not {w: c for w, c in unique.items() if c in text}, key
    sessions = window.pages["sessions"]
    assert isinstance(sessions, SessionsPage)
    qtbot.waitUntil(lambda: sessions.model.rowCount() >= 1, timeout=3000)
    assert sessions.select_session(
        next(r.id for r in activities.list_sessions(monday.paw) if r.topic == GROUP_TOPIC)
    )
    qtbot.mouseClick(sessions.notes_button, LEFT)
    notes = QApplication.activeModalWidget()
    assert isinstance(notes, QDialog)
    text = widget_texts(notes)
    assert "Ma Aye Chan" in text
    assert "CANARY-PARTICIPANT-NOTE" not in text
    notes.reject()
    window.close()


def test_the_facilitators_monday_attendance_of_their_group(qtbot, monday: Monday) -> None:
    """Their worklist asks for the attendance of Thursday's group; the attendance picker finds
    the people of their groups by name and code only, and nobody else."""
    with monday.paw.read() as s:
        programme = s.query(Programme.id).order_by(Programme.id).first()
    assert programme is not None
    with monday.mya.write() as s:
        s.add(
            Session(
                kind="group",
                activity_type=ActivityType.MHPSS_GROUP.value,
                programme_id=programme[0],
                date=TODAY - 3 * DAY,
                facilitator_id=monday.paw.user.id,
                topic="Thursday circle",
            )
        )
    window = main_window_for(qtbot, monday.paw)
    page = window.pages["worklist"]
    assert isinstance(page, WorklistPage)
    assert [(i.kind, i.person_code) for i in page.items] == [(Kind.ATTENDANCE_MISSING, None)]
    assert worklist_title(window) == "Worklist  1"
    click_item(qtbot, page, "Attendance", "—")
    qtbot.keyClick(page.tree, Qt.Key.Key_Return)
    dialog = page.current_dialog
    assert isinstance(dialog, LogSessionDialog)
    qtbot.waitExposed(dialog)
    assert dialog.topic.text() == "Thursday circle"
    assert dialog.mhpss_notes is None  # not theirs to write or read
    type_text(qtbot, dialog.group_picker.search, "Aye")
    dialog.group_picker.run_search()
    assert dialog.group_picker.results.count() == 1
    found = dialog.group_picker.results.item(0).text()
    assert aye_code(monday) in found
    assert "female" not in found.lower()  # no sex or age beside the name
    qtbot.keyClick(dialog.group_picker.search, Qt.Key.Key_Return)
    dialog.group_picker.search.clear()
    type_text(qtbot, dialog.group_picker.search, "Nu Nu")
    dialog.group_picker.run_search()
    assert dialog.group_picker.results.count() == 0  # not in their groups
    # What Aye said, written beside her attendance, is kept with it.
    notes = dialog.participant_notes
    assert notes is not None
    assert notes.people() == [(monday.aye, f"{aye_code(monday)}   Ma Aye Chan")]
    rect = notes.visualItemRect(notes.item(0, 1))
    qtbot.mouseClick(notes.viewport(), LEFT, pos=rect.center())
    qtbot.mouseDClick(notes.viewport(), LEFT, pos=rect.center())
    editor = notes.findChild(QLineEdit)
    assert editor is not None
    qtbot.keyClicks(editor, "Asked about the sewing class")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: notes.notes() == {monday.aye: "Asked about the sewing class"})
    seen = widget_texts(dialog)
    # ("Psychosocial support" is the programme's name here, not a case.)
    assert not {w: c for w, c in CANARIES.items() if c in seen and w != "case"}, seen
    dialog.resize(1366, 768)
    qtbot.wait(20)
    dialog.grab().save(str(SHOTS / "monday-facilitator-attendance.png"))
    qtbot.mouseClick(dialog.ok_button, LEFT)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    qtbot.waitUntil(lambda: page.items == [], timeout=3000)
    qtbot.waitUntil(lambda: worklist_title(window) == "Worklist", timeout=3000)
    session_id = dialog.existing.id
    assert activities.attendee_ids(monday.paw, session_id) == [monday.aye]
    note = participant_notes.get_participant_note(monday.paw, session_id, monday.aye)
    assert note == "Asked about the sewing class"
    window.close()


def aye_code(monday: Monday) -> str:
    return monday.codes[monday.aye]


def test_a_facilitator_is_not_shown_a_person_outside_their_groups(qtbot, monday: Monday) -> None:
    window = main_window_for(qtbot, monday.paw)
    page = go_to(qtbot, window, "beneficiaries")
    assert isinstance(page, BeneficiariesPage)
    type_text(qtbot, page.search, "Nu Nu")
    qtbot.waitUntil(lambda: page.model.query.text == "Nu Nu")
    assert page.model.rowCount() == 0
    assert monday.codes[monday.nu] not in widget_texts(window)
    window.close()
