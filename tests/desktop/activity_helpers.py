"""Helpers for the programme-activity tests: people, sessions and other roles."""

from __future__ import annotations

import dataclasses
import datetime as dt

from PySide6.QtCore import Qt

from db import activities, beneficiaries, programmes
from db.activities import ActivityType, SessionInput
from db.store import Store
from db.types import Person, PersonInput, PopulationGroup, Role, Sex, UserInfo
from desktop.main_window import MainWindow
from desktop.sessions.attendance_picker import AttendancePicker


def as_role(store: Store, role: Role, full_name: str = "Naw Paw Htoo") -> Store:
    """The same open database, signed in as a user with another role."""
    return dataclasses.replace(store, user=UserInfo(store.user.id, "other", full_name, role, "en"))


def person(
    store: Store,
    name: str,
    *,
    script: str = "",
    born: dt.date = dt.date(1990, 5, 17),
    sex: Sex = Sex.FEMALE,
    referral_consent: bool = False,
    phone: str = "",
    notes: str = "",
    language: str = "my",
) -> Person:
    return beneficiaries.register_person(
        store,
        PersonInput(
            name_latin=name,
            name_script=script,
            sex=sex,
            population_group=PopulationGroup.NEW_ARRIVAL,
            consent_date=dt.date(2025, 1, 6),
            birth_date=born,
            consent_referral=referral_consent,
            phone=phone,
            notes=notes,
            language=language,
        ),
    )


def programme_id(store: Store, code: str) -> int:
    return next(p.id for p in programmes.list_programmes(store) if p.code == code)


def log(
    store: Store, kind: ActivityType, code: str, day: dt.date, people: list[int], topic: str = ""
) -> activities.SessionRecord:
    return activities.log_session(
        store,
        SessionInput(
            kind, programme_id(store, code), day, 90, "BEAM centre", topic, None, None, "", people
        ),
    )


def show_page(qtbot, window: MainWindow, key: str):
    """Click the page in the navigation, as a person would."""
    page = window.pages[key]
    row = window.stack.indexOf(page)
    window.navigation.setCurrentRow(row)
    qtbot.waitUntil(page.isVisible, timeout=2000)
    return page


def add_by_keyboard(qtbot, picker: AttendancePicker, text: str, downs: int = 0) -> None:
    """Type part of a name, optionally Down a few times, then Enter."""
    qtbot.keyClicks(picker.search, text)
    qtbot.waitUntil(lambda: picker.results.count() > 0, timeout=2000)
    for _ in range(downs):
        qtbot.keyClick(picker.search, Qt.Key.Key_Down)
    qtbot.keyClick(picker.search, Qt.Key.Key_Return)
