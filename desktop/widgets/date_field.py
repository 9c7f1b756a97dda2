"""A date typed as day/month/year (the way Mae Sot writes dates), with a calendar button.

A blank field is a valid "no date". Thai Buddhist-era years (e.g. 2534) are converted, since
many documents in Thailand carry them."""

from __future__ import annotations

import datetime as dt
import re

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import (
    QCalendarWidget,
    QHBoxLayout,
    QLineEdit,
    QMenu,
    QToolButton,
    QWidget,
    QWidgetAction,
)

from desktop.dates import date_text
from desktop.widgets.icons import calendar_icon

BUDDHIST_ERA_OFFSET = 543

_DMY = re.compile(r"^\s*(\d{1,2})\s*[./\- ]\s*(\d{1,2})\s*[./\- ]\s*(\d{4})\s*$")
_ISO = re.compile(r"^\s*(\d{4})-(\d{1,2})-(\d{1,2})\s*$")
_COMPACT = re.compile(r"^\s*(\d{2})(\d{2})(\d{4})\s*$")


def parse_date(text: str) -> dt.date | None:
    """The date in ``text`` (d/m/yyyy, d-m-yyyy, d.m.yyyy, ddmmyyyy or ISO), else None."""
    if m := _ISO.match(text):
        year, month, day = (int(g) for g in m.groups())
    elif m := _DMY.match(text) or _COMPACT.match(text):
        day, month, year = (int(g) for g in m.groups())
    else:
        return None
    if year > 2400:  # Thai Buddhist era
        year -= BUDDHIST_ERA_OFFSET
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def format_date(day: dt.date) -> str:
    """day/month/year, the year in the calendar the user chose (see desktop.dates)."""
    return date_text(day)


class DateField(QWidget):
    """A line edit for a date and a button that opens a calendar."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        self.edit = QLineEdit(self)
        self.edit.setPlaceholderText(self.tr("dd/mm/yyyy"))
        self.edit.setMaximumWidth(160)
        self.edit.setToolTip(
            self.tr("Day/month/year, e.g. 23/11/1990. Buddhist-era years (2533) also work.")
        )
        self.edit.textChanged.connect(self.changed)
        self.button = QToolButton(self)
        self.button.setIcon(calendar_icon())
        self.button.setToolTip(self.tr("Choose from a calendar"))
        self.button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.calendar = QCalendarWidget()
        self.calendar.setGridVisible(True)
        self.calendar.clicked.connect(self._picked)
        self.calendar.activated.connect(self._picked)
        menu = QMenu(self.button)
        action = QWidgetAction(menu)
        action.setDefaultWidget(self.calendar)
        menu.addAction(action)
        menu.aboutToShow.connect(self._prepare_calendar)
        self.button.setMenu(menu)
        layout.addWidget(self.edit)
        layout.addWidget(self.button)
        layout.addStretch(1)
        self.setFocusProxy(self.edit)

    def date(self) -> dt.date | None:
        return parse_date(self.edit.text())

    def is_blank(self) -> bool:
        return not self.edit.text().strip()

    def is_valid(self) -> bool:
        """Blank or a real date."""
        return self.is_blank() or self.date() is not None

    def set_date(self, day: dt.date | None) -> None:
        self.edit.setText(format_date(day) if day else "")

    def set_maximum(self, day: dt.date) -> None:
        self.calendar.setMaximumDate(QDate(day.year, day.month, day.day))

    def _prepare_calendar(self) -> None:
        day = self.date()
        if day is not None:
            self.calendar.setSelectedDate(QDate(day.year, day.month, day.day))
        else:
            self.calendar.setSelectedDate(QDate.currentDate())

    def _picked(self, qdate: QDate) -> None:
        self.set_date(dt.date(qdate.year(), qdate.month(), qdate.day()))
        self.button.menu().close()
        self.edit.setFocus()
