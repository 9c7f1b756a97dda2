"""The Worklist page ("My day"): what is due for the signed-in user, overdue first.

Items are grouped Overdue / Today / This week (and Later: consents to renew within two
weeks). Enter (or a double click) opens the screen the item is about: the person's record on
its Case tab (or History / Consent), the attendance of a group session, the session plan.
Done, Snooze… (until a date) and Dismiss… (with a reason) answer an item; the page follows the
change bus, so an item resolved anywhere leaves it."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtGui import QFont, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from db import activities, beneficiaries, plans
from db import worklist as db_worklist
from db.changes import Change
from db.errors import SaphanError
from db.store import Store
from db.worklist import Kind, When, WorkItem
from desktop import dates
from desktop.changes import ChangeWatch
from desktop.style import set_role
from desktop.widgets import dialogs
from desktop.widgets.date_field import DateField
from desktop.worklist import wording

# What the page follows on the change bus: everything an item is made of (the audit trail,
# written on every record opened, and the network are not).
WATCHED = frozenset(Change) - {Change.AUDIT, Change.NETWORK, Change.TEAM, Change.CSO}
KEY_ROLE = Qt.ItemDataRole.UserRole
COLUMNS = 4
DUE, KIND, PERSON, WHAT = range(COLUMNS)
# The tab of the person's record each kind opens (the Case tab, once there is one).
CASE_KINDS = (Kind.FOLLOW_UP, Kind.CASE_ACTION)
# The Case tab's title as the person form names it (translated there, looked up here).
CASE_TAB = ("PersonForm", "Case")


def translate(context: str, source: str) -> str:
    return QCoreApplication.translate(context, source)


def what(item: WorkItem) -> str:
    """The item's sentence in the interface language, with dates in the user's calendar."""
    return wording.what(item, translate, dates.date_text)


class SnoozeDialog(QDialog):
    """Until which day to hide an item (a later day than today)."""

    def __init__(self, today: dt.date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._today = today
        self.setWindowTitle(self.tr("Snooze"))
        self.date = DateField(self)
        self.date.set_date(today + dt.timedelta(days=1))
        self.message = QLabel(self)
        set_role(self.message, "fieldError")
        form = QFormLayout()
        form.addRow(self.tr("Show it again on"), self.date)
        form.addRow("", self.message)
        self.buttons = QDialogButtonBox(self)
        self.ok_button = self.buttons.addButton(
            self.tr("Snooze"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.buttons.addButton(self.tr("Cancel"), QDialogButtonBox.ButtonRole.RejectRole)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(
            QLabel(self.tr("The item leaves your list and comes back on the day you choose."))
        )
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.date.changed.connect(self._check)
        self._check()

    def until(self) -> dt.date | None:
        day = self.date.date()
        return day if day is not None and day > self._today else None

    def _check(self) -> None:
        ok = self.until() is not None
        self.ok_button.setEnabled(ok)
        self.message.setText("" if ok else self.tr("Choose a day after today."))


class DismissDialog(QDialog):
    """Why an item is taken off the list for good (required)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Dismiss"))
        self.setMinimumWidth(440)
        self.reason = QLineEdit(self)
        self.reason.setMaxLength(db_worklist.MAX_REASON)
        self.reason.setPlaceholderText(self.tr("e.g. She moved to Bangkok"))
        self.buttons = QDialogButtonBox(self)
        self.ok_button = self.buttons.addButton(
            self.tr("Dismiss"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.buttons.addButton(self.tr("Cancel"), QDialogButtonBox.ButtonRole.RejectRole)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Why does this item not need doing? (required)")))
        layout.addWidget(self.reason)
        layout.addWidget(self.buttons)
        self.reason.textChanged.connect(self._check)
        self._check()

    def text(self) -> str:
        return self.reason.text().strip()

    def _check(self) -> None:
        self.ok_button.setEnabled(bool(self.text()))


class WorklistPage(QWidget):
    """Emits ``count_changed(n)`` after each load and ``status_message`` for the status bar."""

    count_changed = Signal(int)
    status_message = Signal(str)

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._store = store
        self.items: list[WorkItem] = []
        self.current_dialog: QDialog | None = None
        self._build()
        self.watch = ChangeWatch(self, store, WATCHED, self.refresh)
        self.refresh()

    # --- building ---------------------------------------------------------------------------

    def _build(self) -> None:
        title = QLabel(self.tr("My day"), self)
        set_role(title, "pageTitle")
        self.subtitle = QLabel(self)
        self.subtitle.setWordWrap(True)

        self.tree = QTreeWidget(self)
        self.tree.setColumnCount(COLUMNS)
        self.tree.setHeaderLabels(
            [self.tr("Due"), self.tr("Kind"), self.tr("Person"), self.tr("What to do")]
        )
        self.tree.setRootIsDecorated(False)
        self.tree.setItemsExpandable(False)
        self.tree.setUniformRowHeights(True)
        self.tree.setAlternatingRowColors(True)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = self.tree.header()
        header.setStretchLastSection(True)
        for column in (DUE, KIND, PERSON):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.tree.itemActivated.connect(lambda *_: self.open_selected())
        self.tree.itemDoubleClicked.connect(lambda *_: self.open_selected())
        self.tree.currentItemChanged.connect(lambda *_: self._enable())

        self.empty_label = QLabel(
            self.tr("Nothing is due. Follow-ups, case plan actions and reviews appear here."), self
        )
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setWordWrap(True)
        set_role(self.empty_label, "emptyState")
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.tree)
        self.stack.addWidget(self.empty_label)

        self.open_button = QPushButton(self.tr("&Open"), self)
        self.open_button.setToolTip(self.tr("Open what the item is about (Enter)"))
        self.done_button = QPushButton(self.tr("&Done"), self)
        self.done_button.setToolTip(self.tr("Mark the item done (Ctrl+D)"))
        self.snooze_button = QPushButton(self.tr("&Snooze…"), self)
        self.snooze_button.setToolTip(self.tr("Hide the item until a later day"))
        self.dismiss_button = QPushButton(self.tr("D&ismiss…"), self)
        self.dismiss_button.setToolTip(self.tr("Take the item off the list, saying why"))
        self.open_button.clicked.connect(self.open_selected)
        self.done_button.clicked.connect(self.mark_done)
        self.snooze_button.clicked.connect(self.snooze)
        self.dismiss_button.clicked.connect(self.dismiss)
        QShortcut(QKeySequence("Ctrl+D"), self, self.mark_done)
        buttons = QHBoxLayout()
        for button in (self.open_button, self.done_button, self.snooze_button):
            button.setAutoDefault(False)
            buttons.addWidget(button)
        buttons.addWidget(self.dismiss_button)
        buttons.addStretch(1)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 14, 18, 14)
        layout.addWidget(title)
        layout.addWidget(self.subtitle)
        layout.addLayout(buttons)
        layout.addWidget(self.stack, 1)

    # --- loading ----------------------------------------------------------------------------

    def today(self) -> dt.date:
        return dt.date.today()

    def refresh(self) -> None:
        """Load the list again, keeping the selected item when it is still there."""
        self.watch.mark_fresh()
        selected = self.selected_item()
        try:
            self.items = db_worklist.worklist(self._store, self.today())
        except SaphanError as exc:
            self.items = []
            self.subtitle.setText(self.tr("The worklist could not be read: {error}").format(
                error=str(exc)))  # fmt: skip
            self._fill()
            return
        self._fill()
        if selected is not None:
            self.select_key(selected.key)
        if self.tree.currentItem() is None or self.selected_item() is None:
            self._select_first()
        self.count_changed.emit(len(self.items))

    def _group_title(self, when: When, count: int) -> str:
        titles = {
            When.OVERDUE: self.tr("Overdue ({count})"),
            When.TODAY: self.tr("Today ({count})"),
            When.THIS_WEEK: self.tr("This week ({count})"),
            When.LATER: self.tr("Later ({count})"),
        }
        return titles[when].format(count=count)

    def _fill(self) -> None:
        today = self.today()
        overdue = sum(1 for i in self.items if i.overdue)
        self.subtitle.setText(
            self.tr("{date} · To do: {count} · Overdue: {overdue}").format(
                date=dates.date_text(today), count=len(self.items), overdue=overdue
            )
        )
        self.tree.clear()
        bold = QFont(self.tree.font())
        bold.setBold(True)
        names = self._names()
        for when in When:
            group = [i for i in self.items if i.when is when]
            if not group:
                continue
            header = QTreeWidgetItem([self._group_title(when, len(group))])
            header.setFlags(Qt.ItemFlag.ItemIsEnabled)
            header.setFont(DUE, bold)
            self.tree.addTopLevelItem(header)
            header.setFirstColumnSpanned(True)
            for item in group:
                row = QTreeWidgetItem(
                    [
                        dates.date_text(item.due),
                        wording.kind_label(item.kind, translate),
                        self._person(item, names),
                        what(item),
                    ]
                )
                row.setData(DUE, KEY_ROLE, item.key)
                row.setToolTip(WHAT, what(item))
                if item.overdue:
                    row.setForeground(DUE, Qt.GlobalColor.darkRed)
                self.tree.addTopLevelItem(row)
        self.stack.setCurrentWidget(self.tree if self.items else self.empty_label)
        self._enable()

    def _names(self) -> dict[int, str]:
        ids = [i.person_id for i in self.items if i.person_id is not None]
        try:
            return db_worklist.person_names(self._store, ids)
        except SaphanError:
            return {}  # the codes alone still say who

    @staticmethod
    def _person(item: WorkItem, names: dict[int, str]) -> str:
        if item.person_code is None:
            return "—"
        name = names.get(item.person_id) if item.person_id is not None else None
        return f"{item.person_code}  {name}" if name else item.person_code

    def _rows(self) -> list[QTreeWidgetItem]:
        rows = []
        for n in range(self.tree.topLevelItemCount()):
            row = self.tree.topLevelItem(n)
            if row is not None and row.data(DUE, KEY_ROLE):
                rows.append(row)
        return rows

    def _select_first(self) -> None:
        rows = self._rows()
        if rows:
            self.tree.setCurrentItem(rows[0])

    def select_key(self, key: str) -> bool:
        for row in self._rows():
            if row.data(DUE, KEY_ROLE) == key:
                self.tree.setCurrentItem(row)
                return True
        return False

    def selected_item(self) -> WorkItem | None:
        row = self.tree.currentItem() if hasattr(self, "tree") else None
        key = row.data(DUE, KEY_ROLE) if row is not None else None
        return next((i for i in self.items if i.key == key), None)

    def _enable(self) -> None:
        chosen = self.selected_item() is not None
        for button in (self.open_button, self.done_button, self.snooze_button):
            button.setEnabled(chosen)
        self.dismiss_button.setEnabled(chosen)

    # --- opening what an item is about ------------------------------------------------------

    def open_selected(self) -> None:
        item = self.selected_item()
        if item is not None:
            self.open_item(item)

    def open_item(self, item: WorkItem) -> None:
        try:
            dialog = self._dialog_for(item)
        except SaphanError as exc:
            dialogs.show_error(self, self.tr("Could not open it"), exc)
            self.refresh()
            return
        dialog.finished.connect(dialog.deleteLater)
        self.current_dialog = dialog
        dialog.open()

    def _dialog_for(self, item: WorkItem) -> QDialog:
        # Imported here: the page starts fast, and these pull in most of the app.
        if item.kind is Kind.ATTENDANCE_MISSING and item.session_id is not None:
            from desktop.sessions.log_dialog import LogSessionDialog

            record = activities.get_session(self._store, item.session_id)
            return LogSessionDialog(self._store, self, existing=record)
        if item.kind is Kind.PROJECT_SESSION and item.plan_id is not None:
            from desktop.plans.editor import PlanEditor

            plan = plans.get_plan(self._store, item.plan_id)
            editor = PlanEditor(self._store, plan, parent=self)
            editor.status_message.connect(self.status_message)
            return editor
        from desktop.beneficiaries.person_form import PersonForm

        assert item.person_id is not None
        person = beneficiaries.get_person(self._store, item.person_id)  # audited as a view
        form = PersonForm(self._store, person, self)
        form.status_message.connect(self.status_message)
        form.tabs.setCurrentIndex(self._tab_index(form, item.kind))
        # The case the item is about, not the person's newest one (and the action, selected).
        if item.kind in CASE_KINDS and form.case_tab is not None and item.case_id is not None:
            form.case_tab.select_case(item.case_id, item.action_id)
        # The WHO-5 scores or the referrals, in sight once the record is shown.
        section = {
            Kind.REVIEW_WELLBEING: form.history_tab.assessments,
            Kind.ASSESSMENT_ALERT: form.history_tab.assessments,
            Kind.REFERRAL_FEEDBACK: form.history_tab.referrals,
        }.get(item.kind)
        scroll = form.history_tab.findChild(QScrollArea)
        if section is not None and scroll is not None:
            QTimer.singleShot(0, form, lambda: scroll.ensureWidgetVisible(section))
        return form

    @staticmethod
    def _tab_index(form: QDialog, kind: Kind) -> int:
        """The tab of the person's record the item is about: Case (when the record has it)
        for follow-ups and case actions, Consent for a renewal, else History."""
        tabs = form.tabs  # type: ignore[attr-defined]
        history = tabs.indexOf(form.history_tab)  # type: ignore[attr-defined]
        if kind is Kind.CONSENT_RENEWAL:
            return int(tabs.indexOf(form.consent_tab))  # type: ignore[attr-defined]
        if kind in CASE_KINDS:
            names = {CASE_TAB[1].lower(), translate(*CASE_TAB).lower()}
            for index in range(tabs.count()):
                if tabs.tabText(index).replace("&", "").strip().lower() in names:
                    return index
        return int(history)

    # --- answering an item ------------------------------------------------------------------

    def mark_done(self) -> None:
        item = self.selected_item()
        if item is None:
            return
        if self._answer(lambda: db_worklist.mark_done(self._store, item.key), item):
            self.status_message.emit(self.tr("Done: {what}").format(what=what(item)))

    def snooze(self) -> None:
        item = self.selected_item()
        if item is None:
            return
        dialog = SnoozeDialog(self.today(), self)
        self.current_dialog = dialog

        def chosen() -> None:
            until = dialog.until()
            if until is not None and self._answer(
                lambda: db_worklist.snooze(self._store, item.key, until, self.today()), item
            ):
                self.status_message.emit(
                    self.tr("Snoozed until {date}: {what}").format(
                        date=dates.date_text(until), what=what(item)
                    )
                )

        dialog.accepted.connect(chosen)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    def dismiss(self) -> None:
        item = self.selected_item()
        if item is None:
            return
        dialog = DismissDialog(self)
        self.current_dialog = dialog

        def dismissed() -> None:
            if self._answer(
                lambda: db_worklist.dismiss(self._store, item.key, dialog.text()), item
            ):
                self.status_message.emit(self.tr("Dismissed: {what}").format(what=what(item)))

        dialog.accepted.connect(dismissed)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    def _answer(self, action: Callable[[], None], item: WorkItem) -> bool:
        """Record the answer; False (the user was told why) when it could not be saved."""
        rows = [row.data(DUE, KEY_ROLE) for row in self._rows()]
        position = rows.index(item.key) if item.key in rows else 0
        try:
            action()
        except SaphanError as exc:
            dialogs.show_error(self, self.tr("Could not save it"), exc)
            return False
        self.refresh()
        # The next item takes the answered one's place, for the keyboard.
        remaining = self._rows()
        if remaining:
            self.tree.setCurrentItem(remaining[min(position, len(remaining) - 1)])
        self.tree.setFocus()
        return True
