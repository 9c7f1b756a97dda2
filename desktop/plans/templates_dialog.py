"""The template library: choose a ready session plan, see what is in it, start a plan from it."""

from __future__ import annotations

import datetime as dt
from html import escape

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTextBrowser,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from db import plans
from db.errors import SaphanError
from db.plans import PlanInfo, PlanLanguage, PlanSummary, step_start_minutes, total_minutes
from db.store import Store
from desktop.errors import describe
from desktop.i18n import current_language
from desktop.labels import plan_language_label, plan_problem_message, step_kind_label
from desktop.languages import fallbacks
from desktop.plans.steps_model import clock_text
from desktop.style import set_role
from desktop.widgets import dialogs
from desktop.widgets.date_field import DateField
from desktop.widgets.fit import size_window, tip_elided_items

ID_ROLE = Qt.ItemDataRole.UserRole


def languages_first() -> list[PlanLanguage]:
    """The plan languages with the reader's first (S'gaw Karen: Burmese), then the others."""
    wanted = [current_language(), *fallbacks(current_language())]
    rank = {code: n for n, code in enumerate(wanted)}
    return sorted(PlanLanguage, key=lambda lang: rank.get(lang.value, len(wanted)))


class TemplateLibraryDialog(QDialog):
    """Emits ``created(PlanInfo)`` when a plan was made from a template for the project."""

    created = Signal(object)

    def __init__(
        self,
        store: Store,
        project_id: int | None,
        next_number: int,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._store = store
        self._project_id = project_id
        self._templates: list[PlanSummary] = []
        self.created_plan: PlanInfo | None = None
        self.setWindowTitle(self.tr("Template library"))
        size_window(self, 1000, 640)  # smaller on a 1366×768 screen at 125 %

        title = QLabel(self.tr("Start a plan from a template"), self)
        set_role(title, "pageTitle")
        filters = self._build_filters()

        self.tree = QTreeWidget(self)
        tip_elided_items(self.tree)  # a long (Burmese) title cut short shows whole on hover
        self.tree.setHeaderHidden(True)
        self.tree.setRootIsDecorated(False)
        self.tree.setIndentation(12)
        self.preview = QTextBrowser(self)
        self.preview.setOpenLinks(False)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(self.tree)
        splitter.addWidget(self.preview)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        splitter.setChildrenCollapsible(False)

        bottom = self._build_bottom(next_number)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 14, 18, 14)
        layout.addWidget(title)
        layout.addLayout(filters)
        layout.addWidget(splitter, 1)
        layout.addLayout(bottom)

        self.language_filter.currentIndexChanged.connect(self.refresh)
        self.search.textChanged.connect(self.refresh)
        self.tree.currentItemChanged.connect(self._show_preview)
        self.tree.itemActivated.connect(self._activated)
        self.planned_date.changed.connect(self._update_use)
        self.cancel_button.clicked.connect(self.reject)
        self.use_button.clicked.connect(self.use)
        self._load()
        self.search.setFocus()

    def _build_filters(self) -> QHBoxLayout:
        """The language filter and the title search."""
        self.language_filter = QComboBox(self)
        self.language_filter.addItem(self.tr("All languages"), None)
        for language in languages_first():
            self.language_filter.addItem(plan_language_label(language.value), language.value)
        self.search = QLineEdit(self)
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(self.tr("Find a template by its title"))
        filters = QHBoxLayout()
        filters.addWidget(QLabel(self.tr("Language"), self))
        filters.addWidget(self.language_filter)
        filters.addSpacing(12)
        filters.addWidget(self.search, 1)
        return filters

    def _build_bottom(self, next_number: int) -> QHBoxLayout:
        """The new plan's session number and date, the message, Cancel and Use."""
        self.session_number = QSpinBox(self)
        self.session_number.setRange(1, 999)
        self.session_number.setValue(max(1, min(999, next_number)))
        self.planned_date = DateField(self)
        self.planned_date.set_date(dt.date.today())
        self.message = QLabel(self)
        set_role(self.message, "fieldError")
        self.cancel_button = QPushButton(self.tr("Cancel"), self)
        self.cancel_button.setAutoDefault(False)
        self.use_button = QPushButton(self.tr("Use this template"), self)
        set_role(self.use_button, "primary")
        self.use_button.setDefault(True)
        bottom = QHBoxLayout()
        bottom.addWidget(QLabel(self.tr("Session no."), self))
        bottom.addWidget(self.session_number)
        bottom.addSpacing(12)
        bottom.addWidget(QLabel(self.tr("Planned date"), self))
        bottom.addWidget(self.planned_date)
        bottom.addWidget(self.message, 1)
        bottom.addWidget(self.cancel_button)
        bottom.addWidget(self.use_button)
        return bottom

    # --- the list -------------------------------------------------------------------------

    def _load(self) -> None:
        try:
            self._templates = plans.list_plans(self._store, templates=True)
        except SaphanError as exc:
            dialogs.show_error(self, self.tr("Could not load the templates"), exc)
            self._templates = []
        self.refresh()

    def refresh(self) -> None:
        language = self.language_filter.currentData()
        words = self.search.text().strip().casefold()
        self.tree.clear()
        row_height = int(self.tree.fontMetrics().height() * 2.1)
        first: QTreeWidgetItem | None = None
        for lang in languages_first():
            if language is not None and lang.value != language:
                continue
            found = [
                t
                for t in self._templates
                if t.language == lang and (not words or words in t.title.casefold())
            ]
            if not found:
                continue
            group = QTreeWidgetItem([plan_language_label(lang.value)])
            group.setFlags(Qt.ItemFlag.ItemIsEnabled)
            font = group.font(0)
            font.setBold(True)
            group.setFont(0, font)
            group.setSizeHint(0, QSize(0, row_height))
            self.tree.addTopLevelItem(group)
            for template in found:
                text = self.tr("{number}. {title}  ({minutes} min)").format(
                    number=template.session_number,
                    title=template.title,
                    minutes=template.duration_minutes,
                )
                item = QTreeWidgetItem(group, [text])
                item.setData(0, ID_ROLE, template.id)
                item.setToolTip(0, template.title)
                item.setSizeHint(0, QSize(0, row_height))
                first = first or item
            group.setExpanded(True)
        if first is not None:
            self.tree.setCurrentItem(first)
        else:
            self.preview.setHtml(
                "<p>{}</p>".format(escape(self.tr("No template matches. Clear the search.")))
            )
        self._update_use()

    def _activated(self, item: QTreeWidgetItem, _column: int) -> None:
        if item.data(0, ID_ROLE):  # a template, not a language group
            self.use()

    def select_template(self, title_part: str, language: PlanLanguage | None = None) -> bool:
        """Highlight the first template whose title contains ``title_part`` (as a click would)."""
        for i in range(self.tree.topLevelItemCount()):
            group = self.tree.topLevelItem(i)
            assert group is not None  # i is within topLevelItemCount()
            for j in range(group.childCount()):
                item = group.child(j)
                assert item is not None  # j is within childCount()
                template = self._template(item.data(0, ID_ROLE))
                if (
                    template is not None
                    and title_part.casefold() in template.title.casefold()
                    and (language is None or template.language == language)
                ):
                    self.tree.setCurrentItem(item)
                    return True
        return False

    def _template(self, template_id: object) -> PlanSummary | None:
        return next((t for t in self._templates if t.id == template_id), None)

    def current_template_id(self) -> int | None:
        item = self.tree.currentItem()
        value = item.data(0, ID_ROLE) if item is not None else None
        return int(value) if value else None

    # --- the preview ----------------------------------------------------------------------

    def _show_preview(self) -> None:
        template_id = self.current_template_id()
        self._update_use()
        if template_id is None:
            self.preview.clear()
            return
        try:
            plan = plans.get_plan(self._store, template_id)
        except SaphanError as exc:
            self.preview.setHtml(f"<p>{escape(describe(exc))}</p>")
            return
        self.preview.setHtml(self.preview_html(plan))

    def preview_html(self, plan: PlanInfo) -> str:
        total = total_minutes(plan)
        parts = [
            f"<h2>{escape(plan.title)}</h2>",
            "<p style='color:#5b6b75'>{}</p>".format(
                escape(
                    self.tr("Session {number} · {minutes} minutes · {language}").format(
                        number=plan.session_number,
                        minutes=plan.duration_minutes,
                        language=plan_language_label(plan.language.value),
                    )
                )
            ),
        ]
        if plan.objectives:
            # The words outside the f-strings: lupdate does not look inside them.
            heading = self.tr("Objectives")
            lead = self.tr("By the end of the session participants will…")
            parts.append(f"<h3>{escape(heading)}</h3>")
            parts.append(f"<p>{escape(lead)}</p>")
            parts.append("<ul>" + "".join(f"<li>{escape(o)}</li>" for o in plan.objectives))
            parts.append("</ul>")
        parts.append(
            "<h3>{}</h3>".format(escape(self.tr("Steps ({total} minutes)").format(total=total)))
        )
        rows = "".join(
            f"<tr><td align='right'>{clock_text(start)}</td>"
            f"<td align='right'>{step.minutes}</td>"
            f"<td>{escape(step_kind_label(step.kind.value))}</td>"
            f"<td>{escape(step.title)}</td></tr>"
            for start, step in zip(step_start_minutes(plan), plan.steps, strict=True)
        )
        head = "".join(
            f"<th align='left'>{escape(h)}</th>"
            for h in (self.tr("Start"), self.tr("Min."), self.tr("Kind"), self.tr("Step"))
        )
        parts.append(f"<table cellspacing='0' cellpadding='5'><tr>{head}</tr>{rows}</table>")
        return "".join(parts)

    # --- using one ------------------------------------------------------------------------

    def _update_use(self) -> None:
        date_ok = self.planned_date.is_valid()
        self.message.setText("" if date_ok else plan_problem_message("planned_date", "date_format"))
        self.use_button.setEnabled(self.current_template_id() is not None and date_ok)

    def use(self) -> None:
        template_id = self.current_template_id()
        if template_id is None or not self.planned_date.is_valid():
            return
        try:
            plan = plans.new_plan_from_template(
                self._store,
                template_id,
                self._project_id,
                self.session_number.value(),
                self.planned_date.date(),
            )
        except SaphanError as exc:
            dialogs.show_error(self, self.tr("The plan was not created"), exc)
            return
        self.created_plan = plan
        self.created.emit(plan)
        self.accept()
