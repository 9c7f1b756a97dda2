"""The timed steps of a plan being edited: an ordered table whose start times follow the order.

Rows move by drag and drop (inside the table) and by :meth:`StepsModel.move`; every change
emits ``steps_changed`` so the editor recomputes the total time and validates again."""

from __future__ import annotations

import copy
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from PySide6.QtCore import (
    QByteArray,
    QCoreApplication,
    QMimeData,
    QModelIndex,
    QObject,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView

from db.plans import StepInput, StepKind, reorder, step_start_minutes
from desktop.labels import step_kind_label
from desktop.widgets.fit import keep_headers_fitted, tip_elided_items
from desktop.widgets.table_model import Index, RowsModel

_Index = Index
MIME_TYPE = "application/x-saphan-plan-step-row"
ERROR_COLOUR = QColor("#b3261e")


def clock_text(minutes: int) -> str:
    """Minutes from the start of the session as h:mm (0:00, 0:15, 1:05)."""
    return f"{minutes // 60}:{minutes % 60:02d}"


@dataclass(frozen=True)
class _Column:
    title: Callable[[], str]
    align_right: bool = False


translate = QCoreApplication.translate

COLUMNS = (
    _Column(lambda: translate("StepsModel", "Start"), align_right=True),
    _Column(lambda: translate("StepsModel", "Min."), align_right=True),
    _Column(lambda: translate("StepsModel", "Kind")),
    _Column(lambda: translate("StepsModel", "Step")),
)
START, MINUTES, KIND, TITLE = range(len(COLUMNS))


class _Plan:
    """What ``step_start_minutes`` needs: steps and a duration."""

    def __init__(self, steps: list[StepInput]) -> None:
        self.steps = steps
        self.duration_minutes = 0


class StepsModel(RowsModel[StepInput]):
    steps_changed = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._problem_rows: set[int] = set()

    # --- the steps ------------------------------------------------------------------------

    def steps(self) -> list[StepInput]:
        """Copies of the steps in their current order."""
        return [copy.deepcopy(s) for s in self._rows]

    def step(self, row: int) -> StepInput | None:
        return copy.deepcopy(self._rows[row]) if 0 <= row < len(self._rows) else None

    def set_steps(self, steps: list[StepInput]) -> None:
        self.beginResetModel()
        self._rows = [copy.deepcopy(s) for s in steps]
        self.endResetModel()
        self.steps_changed.emit()

    def set_step(self, row: int, step: StepInput) -> None:
        if not 0 <= row < len(self._rows):
            return
        minutes_changed = self._rows[row].minutes != step.minutes
        self._rows[row] = copy.deepcopy(step)
        # A step's minutes move the start time of every step after it.
        last = len(self._rows) - 1 if minutes_changed else row
        self.dataChanged.emit(self.index(row, 0), self.index(last, len(COLUMNS) - 1))
        self.steps_changed.emit()

    def insert_step(self, row: int, step: StepInput) -> int:
        row = max(0, min(row, len(self._rows)))
        self.beginInsertRows(QModelIndex(), row, row)
        self._rows.insert(row, copy.deepcopy(step))
        self.endInsertRows()
        self._times_changed(row)
        self.steps_changed.emit()
        return row

    def remove_step(self, row: int) -> StepInput | None:
        if not 0 <= row < len(self._rows):
            return None
        self.beginRemoveRows(QModelIndex(), row, row)
        removed = self._rows.pop(row)
        self.endRemoveRows()
        self._times_changed(row)
        self.steps_changed.emit()
        return removed

    def move(self, from_row: int, to_row: int) -> bool:
        """Move one step; False when either row is out of range."""
        count = len(self._rows)
        if from_row == to_row or not (0 <= from_row < count and 0 <= to_row < count):
            return False
        # beginMoveRows counts the destination before the move: one further when moving down.
        destination = to_row + 1 if to_row > from_row else to_row
        self.beginMoveRows(QModelIndex(), from_row, from_row, QModelIndex(), destination)
        self._rows = reorder(self._rows, from_row, to_row)
        self.endMoveRows()
        self._times_changed(min(from_row, to_row))
        self.steps_changed.emit()
        return True

    def start_minutes(self) -> list[int]:
        return step_start_minutes(_Plan(self._rows))

    def total_minutes(self) -> int:
        return sum(s.minutes for s in self._rows)

    def set_problem_rows(self, rows: set[int]) -> None:
        if rows != self._problem_rows:
            self._problem_rows = set(rows)
            if self._rows:
                self.dataChanged.emit(
                    self.index(0, 0), self.index(len(self._rows) - 1, len(COLUMNS) - 1)
                )

    def _times_changed(self, first: int) -> None:
        if first < len(self._rows):
            self.dataChanged.emit(self.index(first, START), self.index(len(self._rows) - 1, START))

    # --- the table ------------------------------------------------------------------------

    def row_id(self, row: StepInput) -> object:
        return None  # steps being edited have no identity yet; the row is the step

    def column_count(self) -> int:
        return len(COLUMNS)

    def column_titles(self) -> list[str]:
        return [c.title() for c in COLUMNS]

    def column_right_aligned(self, column: int) -> bool:
        return COLUMNS[column].align_right

    def cell_text(self, row: StepInput, column: int) -> str:
        # START depends on the row's place, not on the step: see extra_data.
        if column == MINUTES:
            return str(row.minutes)
        if column == KIND:
            return step_kind_label(StepKind(row.kind).value)
        return row.title.strip() or translate("StepsModel", "(no title yet)")

    def extra_data(self, row: StepInput, index: _Index, role: int) -> object:
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == TITLE:
            return row.title.strip()  # no "(no title yet)" in the tooltip
        shown = (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole)
        if role in shown and index.column() == START:
            return clock_text(self.start_minutes()[index.row()])
        if role == Qt.ItemDataRole.ForegroundRole and index.row() in self._problem_rows:
            return QBrush(ERROR_COLOUR)
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if orientation == Qt.Orientation.Vertical and role == Qt.ItemDataRole.DisplayRole:
            return str(section + 1)
        return super().headerData(section, orientation, role)

    # --- drag and drop inside the table ---------------------------------------------------

    def flags(self, index: _Index) -> Qt.ItemFlag:
        base = super().flags(index)
        if index.isValid():
            return base | Qt.ItemFlag.ItemIsDragEnabled
        return base | Qt.ItemFlag.ItemIsDropEnabled

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:
        return [MIME_TYPE]

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:
        mime = QMimeData()
        rows = sorted({i.row() for i in indexes if i.isValid()})
        if rows:
            mime.setData(MIME_TYPE, QByteArray(str(rows[0]).encode()))
        return mime

    def drop_row(self, mime: QMimeData, row: int, parent: _Index) -> tuple[int, int] | None:
        """Which step a drop moves, and to where: (from, to) or None."""
        if not mime.hasFormat(MIME_TYPE):
            return None
        try:
            from_row = int(bytes(mime.data(MIME_TYPE).data()).decode())
        except ValueError:
            return None
        if row < 0:  # dropped on a row, or below the last one
            row = parent.row() if parent.isValid() else len(self._rows)
        to_row = row - 1 if row > from_row else row
        return from_row, max(0, min(to_row, len(self._rows) - 1))

    def dropMimeData(
        self,
        data: QMimeData,
        action: Qt.DropAction,
        row: int,
        column: int,
        parent: _Index,
    ) -> bool:
        move = self.drop_row(data, row, parent)
        if action != Qt.DropAction.MoveAction or move is None:
            return False
        self.move(*move)
        self.moved_by_drop.emit(move[1])
        # False: the view must not also remove the dragged row (the move is already done).
        return False

    moved_by_drop = Signal(int)  # the row the dropped step is now on


def setup_steps_table(table: QTableView) -> None:
    """One row per step, moved by dragging; rows tall enough for Burmese (about twice the
    height of a Latin line)."""
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
    table.setDragDropOverwriteMode(False)
    table.setDefaultDropAction(Qt.DropAction.MoveAction)
    table.setDropIndicatorShown(True)
    table.setAlternatingRowColors(True)
    table.setShowGrid(False)
    table.setWordWrap(False)
    table.verticalHeader().setDefaultSectionSize(int(table.fontMetrics().height() * 2.1))
    table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    header = table.horizontalHeader()
    header.setHighlightSections(False)
    header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
    table.setColumnWidth(START, 58)
    table.setColumnWidth(MINUTES, 50)
    table.setColumnWidth(KIND, 110)
    header.setSectionResizeMode(TITLE, QHeaderView.ResizeMode.Stretch)
    keep_headers_fitted(table)  # "Start", "Type" whole in Burmese and Thai
    tip_elided_items(table)  # a type or title cut short shows whole as its tooltip
