"""The registry table: rows fetched from the store in pages, searched and sorted in SQL."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QGuiApplication

from db import beneficiaries
from db.store import Store
from db.types import PersonQuery, PersonRow, PersonSort
from desktop.fonts import script_font
from desktop.labels import area_label, population_group_label, sex_label, status_label
from desktop.widgets.date_field import format_date
from desktop.widgets.table_model import CallSource, Index, PagedModel

PAGE_SIZE = 200

_Index = Index


def age_text(row: PersonRow, today: dt.date) -> str:
    """Whole years; an estimated age is shown as "~34"."""
    age = row.age_on(today)
    return f"~{age}" if row.birth_date_estimated else str(age)


@dataclasses.dataclass(frozen=True)
class Column:
    """A registry column: its SQL sort as well (its text needs today's date, for the age)."""

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


# The field of db.access a column shows.
_WITHHELD_BY_SORT = {
    PersonSort.SEX: "sex",
    PersonSort.AGE: "birth_year",
    PersonSort.POPULATION_GROUP: "population_group",
    PersonSort.AREA: "area",
    PersonSort.PHONE: "phone",
    PersonSort.STATUS: "status",
}


class PeopleModel(PagedModel[PersonRow]):
    """Holds the rows loaded so far; the view asks for more as the user scrolls."""

    page_size = PAGE_SIZE

    def __init__(self, store: Store, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._store = store
        self._query = PersonQuery()
        self._today = dt.date.today()
        self._script_font = script_font(QGuiApplication.font())

    # --- querying -------------------------------------------------------------------------

    @property
    def query(self) -> PersonQuery:
        return self._query

    def set_query(self, query: PersonQuery) -> None:
        """Run a new search (text, filters or sort): starts again from the first page."""
        self._today = dt.date.today()
        self._query = dataclasses.replace(query, today=self._today)
        self.reload()

    def source(self) -> CallSource[PersonRow]:
        query = self._query
        return CallSource(
            lambda offset, limit: beneficiaries.find_people(self._store, query, offset, limit),
            lambda: beneficiaries.count_people(self._store, query),
        )

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sorting is a new query (ORDER BY in SQL), never a sort of the loaded rows."""
        if not 0 <= column < len(COLUMNS):
            return
        descending = order == Qt.SortOrder.DescendingOrder
        self.set_query(
            dataclasses.replace(self._query, sort=COLUMNS[column].sort, descending=descending)
        )

    # --- finding rows ---------------------------------------------------------------------

    def row_of(self, row_id: object, max_pages: int = 25) -> int | None:
        """The row showing the person ``row_id``, loading further pages (up to a limit)."""
        for _ in range(max_pages + 1):
            found = super().row_of(row_id)
            if found is not None or not self.canFetchMore():
                return found
            self.fetchMore()
        return None

    # --- the table ------------------------------------------------------------------------

    def column_titles(self) -> list[str]:
        return [c.title() for c in COLUMNS]

    def column_right_aligned(self, column: int) -> bool:
        return COLUMNS[column].align_right

    def cell_text(self, row: PersonRow, column: int) -> str:
        if row.withheld and _WITHHELD_BY_SORT.get(COLUMNS[column].sort, "") in row.withheld:
            return ""  # not for this user to see (db.access): the row holds a placeholder
        return COLUMNS[column].text(row, self._today)

    def extra_data(self, row: PersonRow, index: _Index, role: int) -> object:
        column = COLUMNS[index.column()]
        if role == Qt.ItemDataRole.ToolTipRole and row.withheld:
            return self.tr("Only part of this record is yours to see.")
        if role == Qt.ItemDataRole.ToolTipRole and column.sort is PersonSort.AGE:
            if row.birth_date_estimated:
                return self.tr("Estimated: born about {year}").format(year=row.birth_date.year)
            return self.tr("Born {date}").format(date=format_date(row.birth_date))
        if role == Qt.ItemDataRole.FontRole and column.sort is PersonSort.NAME_SCRIPT:
            return self._script_font
        return None
