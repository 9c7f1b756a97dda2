"""The Share page's "Closed months": what is closed, close through a month, reopen one.

A closed month's shared figures stay exactly as published (:mod:`db.closing`). Closing and
reopening are the admin's (the store checks it: the page is the admin's anyway). Reopening
asks for a reason and marks the month as a correction in the next bundle.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from db import closing
from db.errors import SaphanError
from db.store import Store
from desktop.dates import month_text
from desktop.style import set_role
from desktop.tasks import Task, run_task
from desktop.widgets import dialogs
from directory import closing as network_closing
from directory.network import Network


def month_words(month: str) -> str:
    """ "March 2025" in the interface language and the user's calendar."""
    return month_text(int(month[:4]), int(month[5:]), long=True)


class MonthDialog(QDialog):
    """Pick a month (and, to reopen, say why)."""

    def __init__(
        self,
        parent: QWidget | None,
        title: str,
        explain: str,
        months: list[str],
        *,
        ask_reason: bool = False,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setMinimumWidth(460)
        text = QLabel(explain, self)
        text.setWordWrap(True)
        self.month_box = QComboBox(self)
        for month in months:
            self.month_box.addItem(month_words(month), month)
        self.month_box.setCurrentIndex(len(months) - 1 if not ask_reason else 0)
        self.reason_edit = QLineEdit(self)
        self.reason_edit.setPlaceholderText(self.tr("Why it must change (kept in the log)"))
        form = QFormLayout()
        form.addRow(self.tr("Month"), self.month_box)
        if ask_reason:
            form.addRow(self.tr("Reason"), self.reason_edit)
        else:
            self.reason_edit.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        if ask_reason:
            ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
            ok.setEnabled(False)
            self.reason_edit.textChanged.connect(lambda t: ok.setEnabled(bool(t.strip())))

    def month(self) -> str:
        return str(self.month_box.currentData())

    def reason(self) -> str:
        return self.reason_edit.text().strip()


class ClosedMonthsBox(QGroupBox):
    status_message = Signal(str)
    changed = Signal()  # closed or reopened: the preview is counted again

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Closed months"))
        self._store = store
        self.network: Network | None = None
        self.task: Task | None = None
        self.state_label = QLabel(self)
        self.state_label.setWordWrap(True)
        self.close_button = QPushButton(self.tr("Close through…"), self)
        self.close_button.clicked.connect(self.close_months)
        self.reopen_button = QPushButton(self.tr("Reopen…"), self)
        self.reopen_button.clicked.connect(self.reopen_month)
        buttons = QHBoxLayout()
        buttons.addWidget(self.close_button)
        buttons.addWidget(self.reopen_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.state_label)
        layout.addLayout(buttons)
        set_role(self.state_label, "muted")
        self.show_state(None)

    def closed_through(self) -> str | None:
        try:
            return closing.closed_through(self._store)
        except SaphanError:
            return None

    def show_state(self, network: Network | None) -> None:
        self.network = network
        through = self.closed_through()
        if through is None or network is None or through < network.reporting_period.start:
            text = self.tr("No month is closed yet.")
        else:
            text = self.tr(
                "Closed through {month}: the shared figures of these months stay as published."
            ).format(month=month_words(through))
        if network is not None and network.close_months_after_days is not None:
            text += " " + self.tr(
                "The network closes each month {days} days after it ends, when you publish."
            ).format(days=network.close_months_after_days)
        self.state_label.setText(text)
        self.close_button.setEnabled(bool(self._closable()))
        self.reopen_button.setEnabled(bool(self._reopenable()))

    def _closable(self) -> list[str]:
        if self.network is None:
            return []
        through = self.closed_through() or ""
        this_month = dt.date.today().strftime("%Y-%m")
        return [m for m in self.network.reporting_period.months() if through < m < this_month]

    def _reopenable(self) -> list[str]:
        through = self.closed_through()
        if self.network is None or through is None:
            return []
        return [m for m in self.network.reporting_period.months() if m <= through]

    def close_months(self) -> None:
        months = self._closable()
        if not months:
            return
        dialog = MonthDialog(
            self,
            self.tr("Close months"),
            self.tr(
                "Close every month up to the one you choose. Their shared figures then stay "
                "exactly as they are published now, whatever is edited or erased later."
            ),
            months,
        )
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        month = dialog.month()
        if not dialogs.ask(
            self,
            self.tr("Close months"),
            self.tr(
                "Close every month up to {month}? Only the admin can reopen a month, and "
                "the coordinator then sees it as a correction."
            ).format(month=month_words(month)),
            self.tr("Close them"),
            self.tr("Cancel"),
        ):
            return
        store, network = self._store, self.network
        done = self.tr("Closed through {month}.").format(month=month_words(month))
        self.task = run_task(
            self,
            self.tr("Closing months…"),
            lambda: network_closing.close_through(store, month, network=network),
            lambda _: self._done(done),
            self._failed,
        )

    def reopen_month(self) -> None:
        months = self._reopenable()
        if not months:
            return
        dialog = MonthDialog(
            self,
            self.tr("Reopen a month"),
            self.tr(
                "Reopen a closed month to correct its figures: it and every later month are "
                "open again. The next publish tells the coordinator it is a correction."
            ),
            months,
            ask_reason=True,
        )
        if dialog.exec() != QDialog.DialogCode.Accepted or not dialog.reason():
            return
        month, reason = dialog.month(), dialog.reason()
        if not dialogs.ask(
            self,
            self.tr("Reopen a month"),
            self.tr("Reopen {month} and every later month?").format(month=month_words(month)),
            self.tr("Reopen"),
            self.tr("Cancel"),
        ):
            return
        try:
            closing.reopen(self._store, month, reason)
        except SaphanError as exc:
            self._failed(exc)
            return
        self._done(self.tr("Reopened {month}.").format(month=month_words(month)))

    def _done(self, message: str) -> None:
        self.show_state(self.network)
        self.status_message.emit(message)
        self.changed.emit()

    def _failed(self, error: SaphanError) -> None:
        dialogs.show_error(self, self.tr("Closed months"), error)
        self.show_state(self.network)
