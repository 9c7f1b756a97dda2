"""The bases of Saphan's table models.

``RowsModel`` is the plumbing every table repeats: the columns (a translated title, the text of
a cell, alignment), the id of a row in ``UserRole``, ``row_at`` / ``row_of``. ``PagedModel``
adds lazy loading: the rows come from a small *source* (``page(offset, limit)`` and, when the
facade can count, ``count()``), a page at a time as the view scrolls; a search, filter or sort is
a new source (the facade does it in SQL), never a sort of the loaded rows.

A feature model subclasses one of them and says only what is its own: its columns, its source,
and any extra role (a font, a colour, a tooltip)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Generic, Protocol, TypeVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)

Index = QModelIndex | QPersistentModelIndex
R = TypeVar("R")

PAGE_SIZE = 200


@dataclass(frozen=True)
class Column(Generic[R]):
    """One column: its header (called each time, so a change of language shows at once), the
    text of a cell, and whether numbers line up on the right."""

    title: Callable[[], str]
    text: Callable[[R], str]
    align_right: bool = False


def alignment(align_right: bool) -> int:
    horizontal = Qt.AlignmentFlag.AlignRight if align_right else Qt.AlignmentFlag.AlignLeft
    return int(horizontal | Qt.AlignmentFlag.AlignVCenter)


class RowsModel(QAbstractTableModel, Generic[R]):
    """Rows of one kind held in memory, shown through ``columns``.

    Subclasses set ``columns`` (or override ``column_titles``/``cell_text`` when a column
    list does not fit) and ``row_id`` when rows are not records with an ``id``."""

    columns: Sequence[Column[R]] = ()
    # Whether the tooltip of a cell repeats its text (long names are cut off in narrow columns).
    tooltips = True
    # Whether the header of a right-aligned column is right-aligned too.
    align_headers = False

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[R] = []

    # --- rows -----------------------------------------------------------------------------

    def row_id(self, row: R) -> object:
        return getattr(row, "id", None)

    def set_rows(self, rows: Sequence[R]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row_at(self, row: int) -> R | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, row_id: object) -> int | None:
        return next((i for i, r in enumerate(self._rows) if self.row_id(r) == row_id), None)

    # --- what subclasses may override -----------------------------------------------------

    def column_titles(self) -> list[str]:
        return [c.title() for c in self.columns]

    def column_count(self) -> int:
        """Without translating the titles (Qt asks for this often)."""
        return len(self.columns) if self.columns else len(self.column_titles())

    def cell_text(self, row: R, column: int) -> str:
        return self.columns[column].text(row)

    def column_right_aligned(self, column: int) -> bool:
        return 0 <= column < len(self.columns) and self.columns[column].align_right

    def extra_data(self, row: R, index: Index, role: int) -> object:
        """Any role beyond text, tooltip, alignment and id (a font, a colour…)."""
        return None

    # --- the table ------------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self.column_count()

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        extra = self.extra_data(row, index, role)
        if extra is not None:
            return extra
        if role == Qt.ItemDataRole.DisplayRole or (
            role == Qt.ItemDataRole.ToolTipRole and self.tooltips
        ):
            return self.cell_text(row, index.column())
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return alignment(self.column_right_aligned(index.column()))
        if role == Qt.ItemDataRole.UserRole:
            return self.row_id(row)
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            titles = self.column_titles()
            return titles[section] if 0 <= section < len(titles) else None
        if role == Qt.ItemDataRole.TextAlignmentRole and self.align_headers:
            return alignment(self.column_right_aligned(section))
        return None


class Source(Protocol[R]):
    """Where a paged model's rows come from: the facade, with the search, filter and sort
    already in the SQL."""

    def page(self, offset: int, limit: int) -> list[R]: ...

    def count(self) -> int | None:
        """The number of matching rows, or None when the facade does not count (then a short
        page means the end)."""
        ...


@dataclass(frozen=True)
class CallSource(Generic[R]):
    """A source made of two callables (``count`` may be None)."""

    fetch: Callable[[int, int], list[R]]
    counter: Callable[[], int] | None = None

    def page(self, offset: int, limit: int) -> list[R]:
        return self.fetch(offset, limit)

    def count(self) -> int | None:
        return self.counter() if self.counter is not None else None


class PagedModel(RowsModel[R]):
    """Rows fetched from a source a page at a time, as the view asks for more."""

    # Emitted after every new query with the number of matching rows (or, when the source
    # does not count, the number loaded by the first page).
    total_changed = Signal(int)

    page_size = PAGE_SIZE

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._total: int | None = 0
        self._more = False

    def source(self) -> Source[R]:
        """The source of the current query (subclasses build it from their filter)."""
        raise NotImplementedError

    @property
    def total(self) -> int:
        return self._total if self._total is not None else len(self._rows)

    def reload(self) -> None:
        """Runs the query again from the first page. Raises what the facade raises."""
        source = self.source()
        self.beginResetModel()
        try:
            self._total = source.count()
            self._rows = source.page(0, self.page_size)
        finally:
            self._more = self._has_more(len(self._rows))
            self.endResetModel()
        self.total_changed.emit(self.total)

    def _has_more(self, last_page: int) -> bool:
        if self._total is not None:
            return len(self._rows) < self._total
        return last_page == self.page_size

    def keep_new(self, more: list[R]) -> list[R]:
        """Rows of a further page worth adding (a model may drop ones it already shows)."""
        return more

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and self._more

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        if parent.isValid() or not self._more:
            return
        fetched = self.source().page(len(self._rows), self.page_size)
        more = self.keep_new(fetched)
        if not more:
            # Someone deleted rows meanwhile: stop asking for rows that are not there.
            if self._total is not None:
                self._total = len(self._rows)
            self._more = False
            return
        first = len(self._rows)
        self.beginInsertRows(QModelIndex(), first, first + len(more) - 1)
        self._rows.extend(more)
        self.endInsertRows()
        self._more = self._has_more(len(fetched))

    def find_row(self, row_id: object, max_pages: int = 25) -> int | None:
        """The row showing ``row_id``, loading further pages (up to a limit) to find it."""
        for _ in range(max_pages + 1):
            found = self.row_of(row_id)
            if found is not None or not self.canFetchMore():
                return found
            self.fetchMore()
        return None
