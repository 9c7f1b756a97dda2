"""New project / Edit project: title, community or group, facilitators, goals, dates, status."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QLineEdit, QPlainTextEdit, QWidget

from db import programmes, projects
from db.errors import SaphanError
from db.projects import COMMUNITY_MAX, TITLE_MAX, ProjectInfo, ProjectInput, ProjectStatus
from db.store import Store
from desktop.labels import plan_problem_message, programme_label, project_status_label
from desktop.style import set_role
from desktop.widgets import dialogs
from desktop.widgets.date_field import DateField
from desktop.widgets.form_dialog import FormDialog


class ProjectDialog(FormDialog):
    """Emits ``saved(ProjectInfo)`` after a successful save."""

    saved = Signal(object)

    def __init__(
        self, store: Store, project: ProjectInfo | None = None, parent: QWidget | None = None
    ) -> None:
        heading = self.tr("New project") if project is None else self.tr("Edit project")
        super().__init__(heading, self.tr("Save project"), parent)
        self._store = store
        self._project = project
        self.record: ProjectInfo | None = None
        self.setMinimumWidth(620)
        title = QLabel(heading, self)
        set_role(title, "pageTitle")
        self.add_above(title)
        self._build_inputs()
        if project is not None:
            self._fill(project)
        self._build_form()
        self.ok_button.setToolTip(self.tr("Save (Ctrl+S)"))
        QShortcut(QKeySequence.StandardKey.Save, self, self.submit)
        self.validate()
        self.title.setFocus()

    def _build_inputs(self) -> None:
        """One input per detail of the project, in the order the form shows them."""
        self.title = QLineEdit(self)
        self.title.setMaxLength(TITLE_MAX + 50)
        self.title.setPlaceholderText(self.tr("e.g. Women's voices in public services, 2026"))
        self.community = QLineEdit(self)
        self.community.setMaxLength(COMMUNITY_MAX + 50)
        self.community.setPlaceholderText(self.tr("e.g. Women's group, Mae Pa"))
        self.facilitators = QLineEdit(self)
        self.facilitators.setPlaceholderText(self.tr("Staff and volunteer facilitators"))
        self.goals = QPlainTextEdit(self)
        self.goals.setTabChangesFocus(True)
        self.goals.setMaximumHeight(110)
        self.goals.setPlaceholderText(
            self.tr("What the group wants to change, e.g. more women use the health centre")
        )
        self.start_date = DateField(self)
        self.end_date = DateField(self)
        self.status = QComboBox(self)
        for status in ProjectStatus:
            self.status.addItem(project_status_label(status.value), status.value)
        self.programme = QComboBox(self)
        self.programme.addItem(self.tr("(none)"), None)
        try:
            for programme in programmes.list_programmes(self._store):
                self.programme.addItem(programme_label(programme), programme.id)
        except SaphanError:
            pass

    def _build_form(self) -> None:
        """The inputs as the form's rows, each checked as the user types."""
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        rows = (
            ("title", self.tr("Title *"), self.title),
            ("community", self.tr("Community or group"), self.community),
            ("facilitators", self.tr("Facilitators"), self.facilitators),
            ("goals", self.tr("Goals"), self.goals),
            ("start_date", self.tr("Start"), self.start_date),
            ("end_date", self.tr("End"), self.end_date),
        )
        self.fields = {
            key: self.add_field(label, editor, self.problem_check(key))
            for key, label, editor in rows
        }
        self.form.addRow(self.tr("Status"), self.status)
        self.form.addRow(self.tr("Programme"), self.programme)

    def _fill(self, project: ProjectInfo) -> None:
        self.title.setText(project.title)
        self.community.setText(project.community)
        self.facilitators.setText(project.facilitators)
        self.goals.setPlainText(project.goals)
        self.start_date.set_date(project.start_date)
        self.end_date.set_date(project.end_date)
        self.status.setCurrentIndex(max(0, self.status.findData(project.status.value)))
        self.programme.setCurrentIndex(max(0, self.programme.findData(project.programme_id)))

    def project_input(self) -> ProjectInput:
        return ProjectInput(
            title=self.title.text(),
            community=self.community.text(),
            facilitators=self.facilitators.text(),
            goals=self.goals.toPlainText(),
            start_date=self.start_date.date(),
            end_date=self.end_date.date(),
            status=ProjectStatus(self.status.currentData()),
            programme_id=self.programme.currentData(),
        )

    # --- validation as you type -----------------------------------------------------------

    def problems(self) -> dict[str, str]:
        problems: dict[str, str] = {}
        for key, field in (("start_date", self.start_date), ("end_date", self.end_date)):
            if not field.is_valid():
                problems[key] = "date_format"
        for key, code in projects.validate_project(self.project_input()).items():
            problems.setdefault(key, code)
        return problems

    def problem_text(self, key: str, code: str) -> str:
        return plan_problem_message(key, code)

    def validate(self) -> bool:
        valid = super().validate()
        self.footer.setText("" if valid else self.tr("Correct the fields marked in red to save."))
        return valid

    # --- saving and closing ---------------------------------------------------------------

    def save(self) -> bool:
        project = self.project_input()
        if self._project is None:
            self.record = projects.create_project(self._store, project)
        else:
            self.record = projects.update_project(self._store, self._project.id, project)
        self.saved.emit(self.record)
        return True

    def reject(self) -> None:
        original = self._project.to_input() if self._project is not None else None
        changed = (
            self.project_input() != original
            if original is not None
            else bool(self.title.text().strip() or self.community.text().strip())
        )
        if changed and not dialogs.ask(
            self,
            self.tr("Discard changes?"),
            self.tr("The project has changes that are not saved. Discard them?"),
            self.tr("Discard changes"),
            self.tr("Keep editing"),
        ):
            return
        super().reject()
