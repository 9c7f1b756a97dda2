"""The parts every list page shares: a header (title, count, action buttons), a table set up
the same way everywhere, and an empty state that says what to do next ("No one is registered
yet" with a button "Register the first person") in place of an empty table."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.style import set_role
from desktop.widgets.fit import keep_headers_fitted, tip_elided_items
from desktop.widgets.script_label import ScriptLabel


class EmptyState(QWidget):
    """A message in place of an empty table, with an optional next step as a button."""

    next_step = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.label = ScriptLabel(self)  # "။" never starts a line
        self.label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.label.setWordWrap(True)
        set_role(self.label, "emptyState")
        self.button = QPushButton(self)
        set_role(self.button, "primary")
        self.button.clicked.connect(self.next_step)
        self.button.hide()
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addWidget(self.label)
        layout.addSpacing(8)
        layout.addWidget(self.button, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(2)

    def text(self) -> str:
        return self.label.text()

    def setText(self, text: str) -> None:
        self.show_message(text)

    def show_message(self, text: str, step: str = "") -> None:
        """``step`` is the text of the button for the next step; none when empty."""
        self.label.setText(text)
        self.button.setText(step)
        self.button.setVisible(bool(step))


def setup_list_table(table: QTableView) -> None:
    """Whole rows, one at a time, read-only, light lines: how every list of records looks."""
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setAlternatingRowColors(True)
    table.setShowGrid(False)
    table.verticalHeader().hide()
    table.horizontalHeader().setDefaultAlignment(
        Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
    )
    # Each title shows whole in every language (its width from the text, not a guess).
    keep_headers_fitted(table)
    tip_elided_items(table)  # a cell cut short shows whole as its tooltip


class ListPage(QWidget):
    """A page listing records: a header row, optional filters, the table or its empty state.

    A feature page calls :meth:`build_list` once with its title, its buttons and its table;
    it then shows either with :meth:`show_table` / :meth:`show_empty`."""

    status_message = Signal(str)

    def build_list(
        self,
        title: str,
        table: QTableView,
        actions: Sequence[QAbstractButton],
        filters: QWidget | None = None,
        explain: str = "",
    ) -> None:
        self.title_label = QLabel(title, self)
        set_role(self.title_label, "pageTitle")
        self.count_label = QLabel(self)
        set_role(self.count_label, "muted")
        self.header = QHBoxLayout()
        self.header.addWidget(self.title_label)
        self.header.addSpacing(12)
        self.header.addWidget(self.count_label, 0, Qt.AlignmentFlag.AlignBottom)
        self.header.addStretch(1)
        for button in actions:
            self.header.addWidget(button)
        self.table = table
        self.empty_state = EmptyState(self)
        self._next_action: QAction | None = None
        self.empty_state.next_step.connect(self._next_step)
        self.stack = QStackedWidget(self)
        self.stack.addWidget(table)
        self.stack.addWidget(self.empty_state)
        self.page_layout = QVBoxLayout(self)
        self.page_layout.setContentsMargins(20, 16, 20, 12)
        self.page_layout.setSpacing(10)
        self.page_layout.addLayout(self.header)
        if explain:
            self.explain_label = QLabel(explain, self)
            self.explain_label.setWordWrap(True)
            set_role(self.explain_label, "muted")
            self.page_layout.addWidget(self.explain_label)
        if filters is not None:
            self.page_layout.addWidget(filters)
        self.page_layout.addWidget(self.stack, 1)

    def show_table(self) -> None:
        self.stack.setCurrentWidget(self.table)

    def show_empty(self, text: str, step: str = "", action: QAction | None = None) -> None:
        """The empty state; ``step`` names the next step, which triggers ``action``."""
        can = action is not None and action.isEnabled()
        self._next_action = action if can else None
        self.empty_state.show_message(text, step if can else "")
        self.stack.setCurrentWidget(self.empty_state)

    def _next_step(self) -> None:
        if self._next_action is not None:
            self._next_action.trigger()
