"""Dates as people in Mae Sot read them: day/month/year, with the year either Gregorian (2026)
or in the Thai Buddhist era (2569), as each user chooses in Settings.

Every page shows dates through these functions, so the choice applies everywhere at once.
Typed dates accept both (see ``desktop.widgets.date_field.parse_date``).
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QLocale

from desktop import i18n

GREGORIAN = "gregorian"
BUDDHIST = "buddhist"
BUDDHIST_ERA_OFFSET = 543

_state = {"calendar": GREGORIAN}


def set_calendar(calendar: str) -> None:
    """Show years in ``calendar`` ("gregorian" or "buddhist") from now on."""
    _state["calendar"] = BUDDHIST if calendar == BUDDHIST else GREGORIAN


def calendar() -> str:
    return _state["calendar"]


def display_year(year: int, calendar_name: str | None = None) -> int:
    """The year as written in ``calendar_name`` (default: the user's choice)."""
    chosen = calendar_name or calendar()
    return year + BUDDHIST_ERA_OFFSET if chosen == BUDDHIST else year


def date_text(day: dt.date, calendar_name: str | None = None) -> str:
    """23/11/2026, or 23/11/2569 in the Buddhist era."""
    return f"{day.day:02d}/{day.month:02d}/{display_year(day.year, calendar_name):04d}"


def local_datetime_text(utc: dt.datetime, calendar_name: str | None = None) -> str:
    """A moment the store keeps in UTC, in the laptop's time zone: 23/11/2026 14:05."""
    aware = utc if utc.tzinfo else utc.replace(tzinfo=dt.UTC)
    local = aware.astimezone()
    return f"{date_text(local.date(), calendar_name)} {local.hour:02d}:{local.minute:02d}"


def month_text(year: int, month: int, *, long: bool = False, language: str | None = None) -> str:
    """ "March 2026" / "Mar 26" with the month named in the interface language (or
    ``language``) and the year in the user's calendar."""
    locale = QLocale(language or i18n.current_language())
    name_format = QLocale.FormatType.LongFormat if long else QLocale.FormatType.ShortFormat
    name = locale.standaloneMonthName(month, name_format)
    shown = display_year(year)
    return f"{name} {shown}" if long else f"{name} {shown % 100:02d}"
