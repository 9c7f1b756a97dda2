"""Helpers for the tests of staff accounts, audit, lock, settings, backup and recovery."""

from __future__ import annotations

import dataclasses
import datetime as dt

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QMessageBox, QWidget

from db.store import Store
from db.types import PersonInput, PopulationGroup, Role, Sex, UserInfo

LEFT = Qt.MouseButton.LeftButton


def as_role(store: Store, role: Role, full_name: str = "Other User") -> Store:
    """The same open database, signed in as a user with another role."""
    user = UserInfo(store.user.id, "other", full_name, role, "en")
    return dataclasses.replace(store, user=user)


def a_person(name: str = "Ma Thida", year: int = 1990) -> PersonInput:
    return PersonInput(
        name_latin=name,
        sex=Sex.FEMALE,
        population_group=PopulationGroup.NEW_ARRIVAL,
        consent_date=dt.date.today(),
        birth_date=dt.date(year, 5, 17),
    )


def answer_message_box(button_text: str, seen: list[str], timeout_ms: int = 10_000) -> None:
    """When a message box (not a progress dialog) becomes the active modal window, record its
    text in ``seen`` and click its button labelled ``button_text``."""
    tries = timeout_ms // 10

    def attempt(left: int) -> None:
        modal = QApplication.activeModalWidget()
        if not isinstance(modal, QMessageBox):
            if left > 0:
                QTimer.singleShot(10, lambda: attempt(left - 1))
            return
        seen.append(modal.text())
        for button in modal.findChildren(QAbstractButton):
            if button.text().replace("&", "") == button_text and button.isVisible():
                button.click()
                return
        seen.append(f"<no button {button_text!r}>")
        modal.reject()

    QTimer.singleShot(0, lambda: attempt(tries))


def visible_error_texts(widget: QWidget) -> list[str]:
    return [
        label.text()
        for label in widget.findChildren(QLabel)
        if label.isVisible() and label.property("role") == "fieldError" and label.text()
    ]
