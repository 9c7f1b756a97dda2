"""Session plans as Word documents: save as…, open in Word, print, and a whole project.

Writing the .docx runs off the GUI thread (``run_task``); what the document needs from the
store is read before, on the GUI thread."""

from __future__ import annotations

import os
import re
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QDir, QObject, QStandardPaths, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QWidget

from db import plans, projects
from db.errors import SaphanError
from db.plans import PlanInfo
from db.projects import ProjectInfo
from db.store import Store
from desktop import dates
from desktop.tasks import run_task
from desktop.widgets import dialogs

# Characters Windows does not allow in file names (Burmese and Thai letters are fine).
_NOT_IN_FILE_NAMES = re.compile(r'[<>:"/\\|?*\x00-\x1f]+')


def file_name_for(title: str, fallback: str) -> str:
    """A .docx file name from a title, keeping Burmese and Thai letters intact."""
    name = _NOT_IN_FILE_NAMES.sub(" ", title)
    name = re.sub(r"\s+", " ", name).strip(" .")[:80].strip()
    return f"{name or fallback}.docx"


def documents_folder() -> Path:
    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(folder or QDir.homePath())


class WordActions(QObject):
    """Emits ``exported(path)`` after a document is written and ``status_message`` for the
    main window's status bar."""

    exported = Signal(object)
    status_message = Signal(str)

    def __init__(self, store: Store, parent: QWidget) -> None:
        super().__init__(parent)
        self._store = store
        self._parent = parent
        self.last_path: Path | None = None

    # --- one plan -------------------------------------------------------------------------

    def _plan_writer(self, plan: PlanInfo) -> Callable[[Path], Path]:
        project_title = plans.project_title_of(self._store, plan)
        facilitators = ""
        if project_title and plan.project_id is not None:
            try:
                facilitators = projects.get_project(self._store, plan.project_id).facilitators
            except SaphanError:
                facilitators = ""
        cso_name = self._store.cso.name

        def write(path: Path) -> Path:
            from desktop.plans.docx_export import export_plan  # python-docx: only now

            return export_plan(
                plan,
                path,
                project_title=project_title,
                cso_name=cso_name,
                facilitators=facilitators,
                buddhist_era=dates.calendar() == dates.BUDDHIST,
            )

        return write

    def default_plan_name(self, plan: PlanInfo) -> str:
        title = self.tr("Session {number} - {title}").format(
            number=plan.session_number, title=plan.title
        )
        return file_name_for(title, self.tr("Session plan"))

    def save_plan_as(self, plan: PlanInfo) -> None:
        path = self._ask_path(self.tr("Save the session plan"), self.default_plan_name(plan))
        if path is not None:
            self._write(self._plan_writer(plan), path, then=None)

    def open_plan(self, plan: PlanInfo) -> None:
        """Write the plan to a temporary file and open it in Word (or LibreOffice)."""
        path = self._temp_path(self.default_plan_name(plan))
        self._write(self._plan_writer(plan), path, then=self._open)

    def print_plan(self, plan: PlanInfo) -> None:
        path = self._temp_path(self.default_plan_name(plan))
        self._write(self._plan_writer(plan), path, then=self._print)

    # --- a whole project ------------------------------------------------------------------

    def save_project_as(self, project: ProjectInfo) -> None:
        try:
            infos = [
                plans.get_plan(self._store, p.id) for p in plans.list_plans(self._store, project.id)
            ]
        except SaphanError as exc:
            dialogs.show_error(self._parent, self.tr("Not exported"), exc)
            return
        if not infos:
            dialogs.inform(
                self._parent,
                self.tr("No session plans yet"),
                self.tr("This project has no session plans to export yet. Add a plan first."),
            )
            return
        name = file_name_for(project.title, self.tr("Project plan"))
        path = self._ask_path(self.tr("Save the project plan"), name)
        if path is None:
            return
        cso_name = self._store.cso.name

        def write(out: Path) -> Path:
            from desktop.plans.docx_export import export_project  # python-docx: only now

            return export_project(
                project,
                infos,
                out,
                cso_name=cso_name,
                buddhist_era=dates.calendar() == dates.BUDDHIST,
            )

        self._write(write, path, then=None)

    # --- writing --------------------------------------------------------------------------

    def _ask_path(self, caption: str, name: str) -> Path | None:
        chosen, _ = QFileDialog.getSaveFileName(
            self._parent,
            caption,
            str(documents_folder() / name),
            self.tr("Word document (*.docx)"),
        )
        if not chosen:
            return None
        if not chosen.lower().endswith(".docx"):
            chosen += ".docx"
        return Path(chosen)

    @staticmethod
    def _temp_path(name: str) -> Path:
        # A folder of its own: Word locks an open file, so a second "Open in Word" of the same
        # plan must not need to overwrite the first one.
        return Path(tempfile.mkdtemp(prefix="saphan-plan-")) / name

    def _write(
        self,
        write: Callable[[Path], Path],
        path: Path,
        then: Callable[[Path], None] | None,
    ) -> None:
        def done(result: object) -> None:
            written = Path(str(result))
            self.last_path = written
            self.status_message.emit(self.tr("Saved {path}").format(path=written))
            self.exported.emit(written)
            if then is not None:
                then(written)

        def failed(error: SaphanError) -> None:
            dialogs.show_error(
                self._parent,
                self.tr("The Word document was not saved"),
                self.tr(
                    "Saphan could not write {path}. If the file is open in Word, close it and "
                    "try again.\n\n{reason}"
                ).format(path=path, reason=error),
            )

        run_task(
            self._parent, self.tr("Writing the Word document…"), lambda: write(path), done, failed
        )

    def _open(self, path: Path) -> None:
        if not QDesktopServices.openUrl(QUrl.fromLocalFile(str(path))):
            dialogs.show_error(
                self._parent,
                self.tr("Could not open the document"),
                self.tr(
                    "No program to open Word documents was found. The plan was saved as {path}."
                ).format(path=path),
            )

    def _print(self, path: Path) -> None:
        if sys.platform == "win32":
            try:
                os.startfile(str(path), "print")  # type: ignore[attr-defined]  # Windows only
            except OSError:
                pass  # no program registered to print .docx: open it instead, below
            else:
                self.status_message.emit(self.tr("Sent to the printer: {path}").format(path=path))
                return
        self._open(path)
        dialogs.inform(
            self._parent,
            self.tr("Print from your word processor"),
            self.tr(
                "The plan is open in your word processor (Word or LibreOffice). "
                "Print it from there with Ctrl+P."
            ),
        )
