"""The registry table: rows fetched from the store in pages, searched and sorted in SQL."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QGuiApplication

from db import beneficiaries
from db.store import Store
from db.types import PersonQuery, PersonRow, PersonSort
from desktop.fonts import script_font
from desktop.labels import area_label, population_group_label, sex_label, status_label
from desktop.widgets.date_field import format_date

PAGE_SIZE = 200

_Index = QModelIndex | QPersistentModelIndex


def age_text(row: PersonRow, today: dt.date) -> str:
    """Whole years; an estimated age is shown as "~34"."""
    age = row.age_on(today)
    return f"~{age}" if row.birth_date_estimated else str(age)


@dataclasses.dataclass(frozen=True)
class Column:
    sort: PersonSort
    title: Callable[[], str]
    text: Callable[[PersonRow, dt.date], str]
    align_right: bool = False


translate = QCoreApplication.translate

COLUMNS: tuple[Column, ...] = (
    Column(PersonSort.CODE, lambda: translate("PeopleModel", "Code"), lambda r, _d: r.code),
    Column(
        PersonSort.NAME_LATIN, lambda: translate("PeopleModel", "Name"), lambda r, _d: r.name_latin
    ),
    Column(
        PersonSort.NAME_SCRIPT,
        lambda: translate("PeopleModel", "Myanmar/Thai name"),
        lambda r, _d: r.name_script,
    ),
    Column(PersonSort.SEX, lambda: translate("PeopleModel", "Sex"), lambda r, _d: sex_label(r.sex)),
    Column(PersonSort.AGE, lambda: translate("PeopleModel", "Age"), age_text, align_right=True),
    Column(
        PersonSort.POPULATION_GROUP,
        lambda: translate("PeopleModel", "Population group"),
        lambda r, _d: population_group_label(r.population_group),
    ),
    Column(
        PersonSort.AREA, lambda: translate("PeopleModel", "Area"), lambda r, _d: area_label(r.area)
    ),
    Column(PersonSort.PHONE, lambda: translate("PeopleModel", "Phone"), lambda r, _d: r.phone),
    Column(
        PersonSort.STATUS,
        lambda: translate("PeopleModel", "Status"),
        lambda r, _d: status_label(r.status),
    ),
)


class PeopleModel(QAbstractTableModel):
    """Holds the rows loaded so far; the view asks for more as the user scrolls."""

    # Emitted after every new query with the number of matching people.
    total_changed = Signal(int)

    def __init__(self, store: Store, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._store = store
        self._query = PersonQuery()
        self._rows: list[PersonRow] = []
        self._total = 0
        self._today = dt.date.today()
        self._script_font = script_font(QGuiApplication.font())

    # --- querying -------------------------------------------------------------------------

    @property
    def query(self) -> PersonQuery:
        return self._query

    @property
    def total(self) -> int:
        return self._total

    def set_query(self, query: PersonQuery) -> None:
        """Run a new search (text, filters or sort): starts again from the first page."""
        self._today = dt.date.today()
        self._query = dataclasses.replace(query, today=self._today)
        self.reload()

    def reload(self) -> None:
        self.beginResetModel()
        self._total = beneficiaries.count_people(self._store, self._query)
        self._rows = beneficiaries.find_people(self._store, self._query, 0, PAGE_SIZE)
        self.endResetModel()
        self.total_changed.emit(self._total)

    def canFetchMore(self, parent: _Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and len(self._rows) < self._total

    def fetchMore(self, parent: _Index = QModelIndex()) -> None:  # noqa: B008
        if parent.isValid():
            return
        more = beneficiaries.find_people(self._store, self._query, len(self._rows), PAGE_SIZE)
        if not more:
            # Someone deleted people meanwhile: stop asking for rows that are not there.
            self._total = len(self._rows)
            return
        first = len(self._rows)
        self.beginInsertRows(QModelIndex(), first, first + len(more) - 1)
        self._rows.extend(more)
        self.endInsertRows()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sorting is a new query (ORDER BY in SQL), never a sort of the loaded rows."""
        if not 0 <= column < len(COLUMNS):
            return
        descending = order == Qt.SortOrder.DescendingOrder
        self.set_query(
            dataclasses.replace(self._query, sort=COLUMNS[column].sort, descending=descending)
        )

    # --- finding rows ---------------------------------------------------------------------

    def row_at(self, row: int) -> PersonRow | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, person_id: int, max_pages: int = 25) -> int | None:
        """The row showing ``person_id``, loading further pages (up to a limit) to find it."""
        for _ in range(max_pages + 1):
            for i, r in enumerate(self._rows):
                if r.id == person_id:
                    return i
            if not self.canFetchMore():
                return None
            self.fetchMore()
        return None

    # --- the table ------------------------------------------------------------------------

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        column = COLUMNS[index.column()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            text = column.text(row, self._today)
            if role == Qt.ItemDataRole.ToolTipRole and column.sort is PersonSort.AGE:
                if row.birth_date_estimated:
                    return self.tr("Estimated: born about {year}").format(year=row.birth_date.year)
                born = format_date(row.birth_date)
                return self.tr("Born {date}").format(date=born)
            return text
        if role == Qt.ItemDataRole.TextAlignmentRole:
            horizontal = (
                Qt.AlignmentFlag.AlignRight if column.align_right else Qt.AlignmentFlag.AlignLeft
            )
            return int(horizontal | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.FontRole and column.sort is PersonSort.NAME_SCRIPT:
            return self._script_font
        if role == Qt.ItemDataRole.UserRole:
            return row.id
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return COLUMNS[section].title()
        return None
