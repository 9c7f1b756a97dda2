"""New project / Edit project: title, community or group, facilitators, goals, dates, status."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from db import programmes, projects
from db.errors import SaphanError, ValidationFailed
from db.projects import COMMUNITY_MAX, TITLE_MAX, ProjectInfo, ProjectInput, ProjectStatus
from db.store import Store
from desktop.labels import plan_problem_message, project_status_label
from desktop.style import set_role
from desktop.widgets import dialogs
from desktop.widgets.date_field import DateField
from desktop.widgets.field import Field


class ProjectDialog(QDialog):
    """Emits ``saved(ProjectInfo)`` after a successful save."""

    saved = Signal(object)

    def __init__(
        self, store: Store, project: ProjectInfo | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._store = store
        self._project = project
        self._touched: set[str] = set()
        self.record: ProjectInfo | None = None
        heading = self.tr("New project") if project is None else self.tr("Edit project")
        self.setWindowTitle(heading)
        self.setMinimumWidth(620)

        title = QLabel(heading, self)
        set_role(title, "pageTitle")
        self._build_inputs()
        form = self._build_form()
        buttons = self._build_buttons()

        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 14, 18, 14)
        layout.addWidget(title)
        layout.addLayout(form)
        layout.addLayout(buttons)

        if project is not None:
            self._fill(project)
        self.title.textChanged.connect(lambda: self._edited("title"))
        self.community.textChanged.connect(lambda: self._edited("community"))
        self.facilitators.textChanged.connect(lambda: self._edited("facilitators"))
        self.goals.textChanged.connect(lambda: self._edited("goals"))
        self.start_date.changed.connect(lambda: self._edited("start_date"))
        self.end_date.changed.connect(lambda: self._edited("end_date"))
        self._revalidate()
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
                self.programme.addItem(programme.name, programme.id)
        except SaphanError:
            pass

    def _build_form(self) -> QFormLayout:
        """The inputs in Fields, laid out as the form."""
        self.fields = {
            "title": Field(self.title, self),
            "community": Field(self.community, self),
            "facilitators": Field(self.facilitators, self),
            "goals": Field(self.goals, self),
            "start_date": Field(self.start_date, self),
            "end_date": Field(self.end_date, self),
        }
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.tr("Title *"), self.fields["title"])
        form.addRow(self.tr("Community or group"), self.fields["community"])
        form.addRow(self.tr("Facilitators"), self.fields["facilitators"])
        form.addRow(self.tr("Goals"), self.fields["goals"])
        form.addRow(self.tr("Start"), self.fields["start_date"])
        form.addRow(self.tr("End"), self.fields["end_date"])
        form.addRow(self.tr("Status"), self.status)
        form.addRow(self.tr("Programme"), self.programme)
        return form

    def _build_buttons(self) -> QHBoxLayout:
        """The footer line, Cancel and Save (Ctrl+S)."""
        self.footer = QLabel(self)
        set_role(self.footer, "muted")
        self.cancel_button = QPushButton(self.tr("Cancel"), self)
        self.cancel_button.setAutoDefault(False)
        self.cancel_button.clicked.connect(self.reject)
        self.save_button = QPushButton(self.tr("Save project"), self)
        self.save_button.setAutoDefault(False)
        self.save_button.setToolTip(self.tr("Save (Ctrl+S)"))
        set_role(self.save_button, "primary")
        self.save_button.clicked.connect(self.save)
        QShortcut(QKeySequence.StandardKey.Save, self, self.save)
        buttons = QHBoxLayout()
        buttons.addWidget(self.footer, 1)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.save_button)
        return buttons

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

    def problems(self) -> dict[str, str]:
        problems: dict[str, str] = {}
        for key, field in (("start_date", self.start_date), ("end_date", self.end_date)):
            if not field.is_valid():
                problems[key] = "date_format"
        for key, code in projects.validate_project(self.project_input()).items():
            problems.setdefault(key, code)
        return problems

    def _edited(self, key: str) -> None:
        self._touched.add(key)
        self._revalidate()

    def _revalidate(self) -> None:
        problems = self.problems()
        show_all = "*" in self._touched
        for key, field in self.fields.items():
            code = problems.get(key)
            visible = code is not None and (show_all or key in self._touched)
            field.message.show_message(plan_problem_message(key, code) if visible and code else "")
        self.save_button.setEnabled(not problems)
        self.footer.setText(
            self.tr("Correct the fields marked in red to save.") if problems else ""
        )

    def save(self) -> None:
        if self.problems():
            self._touched.add("*")
            self._revalidate()
            return
        project = self.project_input()
        try:
            if self._project is None:
                record = projects.create_project(self._store, project)
            else:
                record = projects.update_project(self._store, self._project.id, project)
        except ValidationFailed as exc:
            lines = [plan_problem_message(k, c) for k, c in exc.problems.items()]
            dialogs.show_error(self, self.tr("Not saved"), "\n".join(lines))
            return
        except SaphanError as exc:
            dialogs.show_error(self, self.tr("Not saved"), exc)
            return
        self.record = record
        self.saved.emit(record)
        self.accept()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
                self.save()
            event.accept()
            return
        super().keyPressEvent(event)

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
