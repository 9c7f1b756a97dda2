"""The Worklist page ("My day"): the first page of a caseworker or facilitator, grouped
Overdue / Today / This week, each item opening its screen, answered with Done, Snooze… and
Dismiss… from the keyboard, and its count on the navigation."""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from db import activities, beneficiaries, users
from db import worklist as db_worklist
from db.models import Assessment, Beneficiary, Case, CaseAction, Programme, Referral, Session
from db.store import Store
from db.types import Role, UserInfo
from db.worklist import Kind, When
from desktop.beneficiaries.person_form import PersonForm
from desktop.main_window import MainWindow
from desktop.sessions.attendance_picker import Attendee
from desktop.sessions.log_dialog import LogSessionDialog
from desktop.worklist.page import DismissDialog, SnoozeDialog, WorklistPage
from tests.conftest import ADMIN_PASSWORD
from tests.desktop.conftest import activate

TODAY = dt.date.today()
DAY = dt.timedelta(days=1)
SHOTS = Path("/tmp")


def signed_in(store: Store, username: str, full_name: str, role: Role) -> Store:
    account = users.create_user(store, username, full_name, role, ADMIN_PASSWORD)
    return dataclasses.replace(store, user=UserInfo(account.id, username, full_name, role, "en"))


@pytest.fixture
def mya(store: Store) -> Store:
    """A caseworker's Monday: overdue and due follow-ups, an action, a low WHO-5, a referral
    waiting for feedback, a consent to renew and a group session without attendance."""
    worker = signed_in(store, "mya", "Ma Mya Sandar", Role.CASEWORKER)
    uid = worker.user.id
    with store.write() as s:
        programme = s.query(Programme.id).first()
        assert programme is not None
        people = [
            Beneficiary(
                code=f"BEAM-{n:06d}",
                name_latin=f"Person {n}",
                sex="female",
                birth_date=dt.date(1990, 7, 1),
                population_group="new_arrival",
                consent_date=TODAY - (355 if n == 3 else 30) * DAY,
            )
            for n in range(1, 6)
        ]
        s.add_all(people)
        s.flush()
        cases = [
            Case(
                beneficiary_id=p.id,
                owner_id=uid,
                opened_on=TODAY - 60 * DAY,
                next_contact=TODAY + (n - 1) * 3 * DAY,
            )
            for n, p in enumerate(people)
        ]
        s.add_all(cases)
        s.flush()
        s.add(CaseAction(case_id=cases[1].id, text="Call the employer", due_date=TODAY,
                         responsible_id=uid))  # fmt: skip
        s.add(Assessment(beneficiary_id=people[2].id, instrument="who5", date=TODAY - DAY,
                         answers="[]", raw_score=9))  # fmt: skip
        s.add(Referral(beneficiary_id=people[3].id, service_name="Mae Tao Clinic",
                       date=TODAY - 20 * DAY, referred_by=uid))  # fmt: skip
        s.add(Session(kind="group", activity_type="mhpss_group", programme_id=programme[0],
                      date=TODAY - 2 * DAY, facilitator_id=uid,
                      topic="Sleep and worry"))  # fmt: skip
    return worker


def page_for(qtbot, store: Store) -> WorklistPage:
    page = WorklistPage(store)
    qtbot.addWidget(page)
    page.resize(1366, 768)
    page.show()
    qtbot.waitExposed(page)
    return page


def kinds(page: WorklistPage) -> list[str]:
    return [i.kind.value for i in page.items]


def select(page: WorklistPage, kind: Kind) -> None:
    item = next(i for i in page.items if i.kind is kind)
    assert page.select_key(item.key)


def test_the_first_page_of_a_caseworker_with_the_count_on_the_navigation(qtbot, mya: Store) -> None:
    window = MainWindow(mya)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    assert window.current_page_key() == "worklist"
    page = window.pages["worklist"]
    assert isinstance(page, WorklistPage)
    count = len(page.items)
    assert count == len(db_worklist.worklist(mya)) >= 8
    assert window.navigation.item(0).text() == f"Worklist  {count}"
    window.grab().save(str(SHOTS / "worklist-main.png"))
    # Answered elsewhere (a follow-up rescheduled): the page and the count follow the bus.
    follow = next(i for i in page.items if i.kind is Kind.FOLLOW_UP and i.overdue)
    with mya.write() as s:
        case = s.get(Case, follow.case_id)
        assert case is not None
        case.next_contact = TODAY + 30 * DAY
    qtbot.waitUntil(lambda: len(page.items) == count - 1, timeout=3000)
    qtbot.waitUntil(lambda: window.navigation.item(0).text() == f"Worklist  {count - 1}")


def test_admins_keep_their_first_page_and_have_their_own_worklist(qtbot, store: Store) -> None:
    window = MainWindow(store)
    qtbot.addWidget(window)
    window.show()
    assert window.current_page_key() == "beneficiaries"
    assert "worklist" in window.pages
    assert window.navigation.item(0).text() == "Worklist"  # nothing due: no count
    facilitator = signed_in(store, "paw", "Naw Paw", Role.FACILITATOR)
    other = MainWindow(facilitator)
    qtbot.addWidget(other)
    assert other.first_page_key() == "worklist"
    coordinator = dataclasses.replace(
        store, user=UserInfo(store.user.id, "c", "C", Role.COORDINATOR, "en")
    )
    assert "worklist" not in MainWindow(coordinator).pages


def test_grouped_overdue_today_this_week(qtbot, mya: Store) -> None:
    page = page_for(qtbot, mya)
    groups = [
        page.tree.topLevelItem(n).text(0)
        for n in range(page.tree.topLevelItemCount())
        if not page.tree.topLevelItem(n).data(0, Qt.ItemDataRole.UserRole)
    ]
    assert [g.split(" (")[0] for g in groups] == ["Overdue", "Today", "This week", "Later"]
    assert {i.when for i in page.items} == set(When)
    assert set(kinds(page)) == {
        "follow_up",
        "case_action",
        "review_wellbeing",
        "referral_feedback",
        "consent_renewal",
        "attendance_missing",
    }
    texts = [page.tree.topLevelItem(n).text(3) for n in range(page.tree.topLevelItemCount())]
    assert "Case plan action: Call the employer" in texts
    assert any(t.startswith("Review wellbeing: WHO-5 score 9 of 25") for t in texts)
    # Who it is about: the code and the name the caseworker knows them by.
    rows = [page.tree.topLevelItem(n) for n in range(page.tree.topLevelItemCount())]
    people = [r.text(2) for r in rows if r.data(0, Qt.ItemDataRole.UserRole) and r.text(2) != "—"]
    assert people
    assert all(re.fullmatch(r"\S+-\d{6}  Person \d+", p) for p in people), people
    assert page.selected_item() == page.items[0]  # the most overdue, ready for the keyboard
    page.grab().save(str(SHOTS / "worklist-page.png"))


def test_done_from_the_keyboard_takes_the_item_off(qtbot, mya: Store) -> None:
    page = page_for(qtbot, mya)
    activate(qtbot, page)
    page.tree.setFocus()
    first = page.selected_item()
    assert first is not None
    count = len(page.items)
    qtbot.keyClick(page.tree, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    assert len(page.items) == count - 1
    assert first.key not in [i.key for i in page.items]
    assert page.selected_item() == page.items[0]  # the next one takes its place
    assert first.key not in [i.key for i in db_worklist.worklist(mya)]


def test_snooze_until_a_later_day(qtbot, mya: Store) -> None:
    page = page_for(qtbot, mya)
    select(page, Kind.REFERRAL_FEEDBACK)
    item = page.selected_item()
    assert item is not None
    page.snooze_button.click()
    dialog = page.current_dialog
    assert isinstance(dialog, SnoozeDialog)
    dialog.date.set_date(TODAY)
    assert not dialog.ok_button.isEnabled()  # not today: a later day
    dialog.date.set_date(TODAY + 3 * DAY)
    assert dialog.ok_button.isEnabled()
    dialog.grab().save(str(SHOTS / "worklist-snooze.png"))
    said: list[str] = []
    page.status_message.connect(said.append)
    dialog.ok_button.click()
    assert item.key not in [i.key for i in page.items]
    assert len(said) == 1
    assert said[0].startswith("Snoozed until ")
    back = db_worklist.worklist(mya, TODAY + 3 * DAY)
    assert item.key in [i.key for i in back]


def test_dismiss_needs_a_reason(qtbot, mya: Store) -> None:
    page = page_for(qtbot, mya)
    select(page, Kind.CONSENT_RENEWAL)
    item = page.selected_item()
    assert item is not None
    page.dismiss_button.click()
    dialog = page.current_dialog
    assert isinstance(dialog, DismissDialog)
    assert not dialog.ok_button.isEnabled()
    qtbot.keyClicks(dialog.reason, "   ")
    assert not dialog.ok_button.isEnabled()
    qtbot.keyClicks(dialog.reason, "Renewed on paper at the clinic")
    assert dialog.ok_button.isEnabled()
    dialog.grab().save(str(SHOTS / "worklist-dismiss.png"))
    said: list[str] = []
    page.status_message.connect(said.append)
    dialog.ok_button.click()
    assert item.key not in [i.key for i in page.items]
    assert len(said) == 1
    assert said[0].startswith("Dismissed: Renew consent")


def test_each_item_opens_its_screen(qtbot, mya: Store) -> None:
    page = page_for(qtbot, mya)
    expected_tab = {
        Kind.FOLLOW_UP: "Case",
        Kind.CASE_ACTION: "Case",
        Kind.REVIEW_WELLBEING: "History",
        Kind.REFERRAL_FEEDBACK: "History",
        Kind.CONSENT_RENEWAL: "Consent",
    }
    for kind, tab in expected_tab.items():
        select(page, kind)
        qtbot.keyClick(page.tree, Qt.Key.Key_Return)
        form = page.current_dialog
        assert isinstance(form, PersonForm), kind
        item = page.selected_item()
        assert item is not None
        assert form.windowTitle().startswith(item.person_code or "?")
        assert form.tabs.tabText(form.tabs.currentIndex()) == tab, kind
        form.reject()
    # A group session without attendance: its attendance, recorded there.
    select(page, Kind.ATTENDANCE_MISSING)
    item = page.selected_item()
    assert item is not None
    page.open_button.click()
    dialog = page.current_dialog
    assert isinstance(dialog, LogSessionDialog)
    assert dialog.existing is not None
    assert dialog.existing.id == item.session_id
    assert dialog.topic.text() == "Sleep and worry"
    assert not dialog.date.isEnabled()
    dialog.resize(1366, 768)
    dialog.grab().save(str(SHOTS / "worklist-attendance.png"))
    person = next(i.person_id for i in page.items if i.person_id is not None)
    assert person is not None
    dialog.group_picker.add(Attendee.of(beneficiaries.get_person(mya, person)))
    assert dialog.ok_button.isEnabled()
    dialog.ok_button.click()
    assert activities.attendee_ids(mya, item.session_id or 0) == [person]
    qtbot.waitUntil(lambda: "attendance_missing" not in kinds(page), timeout=3000)


def test_a_case_tab_is_chosen_when_the_record_has_one(qtbot, mya: Store) -> None:
    page = page_for(qtbot, mya)
    form = PersonForm(mya, None)
    qtbot.addWidget(form)
    form.tabs.addTab(QWidget(form), "Case")
    index = page._tab_index(form, Kind.FOLLOW_UP)
    assert form.tabs.tabText(index) == "Case"
    assert form.tabs.tabText(page._tab_index(form, Kind.REVIEW_WELLBEING)) == "History"
