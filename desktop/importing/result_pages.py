"""The import wizard's last pages: the preview of every row, and the import with its summary."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QLocale, QModelIndex, QPersistentModelIndex, QSortFilterProxyModel, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QTableView,
    QVBoxLayout,
    QWizard,
    QWizardPage,
)

from db import importing
from db.errors import SaphanError
from db.importing import ImportSummary
from desktop.errors import describe
from desktop.fonts import script_line_height
from desktop.importing.preview_model import DETAILS, IMPORT, NAME, SCRIPT, UNICODE, PreviewModel
from desktop.importing.words import problem_text, skipped_reason_text
from desktop.style import set_role
from desktop.tasks import Advance, Cancelled, Task, run_with_progress

if TYPE_CHECKING:
    from desktop.importing.wizard import ImportWizard

_WRAP_ROWS = 600


class _AttentionFilter(QSortFilterProxyModel):
    """Shows every row, or only those with a problem, a possible duplicate or a Zawgyi name."""

    only_attention = False

    def filterAcceptsRow(
        self, source_row: int, parent: QModelIndex | QPersistentModelIndex
    ) -> bool:
        model = self.sourceModel()
        if not self.only_attention or not isinstance(model, PreviewModel):
            return True
        return model.needs_attention(source_row)


class PreviewPage(QWizardPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__(wizard)
        self._wizard = wizard
        self.model: PreviewModel | None = None
        self.setTitle(self.tr("Check the rows"))
        self.setSubTitle(
            self.tr(
                "Rows with a problem are not imported: correct them in the file and import it "
                "again, or import the others now. Untick a row to leave it out."
            )
        )
        self.setCommitPage(True)
        self.setButtonText(QWizard.WizardButton.CommitButton, self.tr("Import"))
        self.counts = QLabel(self)
        self.counts.setWordWrap(True)
        self.only_problems = QCheckBox(self.tr("Only rows that need attention"), self)
        self.only_problems.toggled.connect(self._filter)
        self.all_unicode = QCheckBox(self.tr("Use the Unicode spelling of all Zawgyi names"), self)
        self.all_unicode.setChecked(True)
        self.all_unicode.toggled.connect(self._all_unicode)
        self.proxy = _AttentionFilter(self)
        self.table = QTableView(self)
        self.table.setModel(self.proxy)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(script_line_height(self.font()) + 6)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.error = QLabel(self)
        self.error.setWordWrap(True)
        set_role(self.error, "fieldError")
        options = QHBoxLayout()
        options.addWidget(self.only_problems)
        options.addWidget(self.all_unicode)
        options.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.counts)
        layout.addLayout(options)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.error)

    def initializePage(self) -> None:
        wizard = self._wizard
        assert wizard.sheet is not None
        self.error.clear()
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            wizard.preview = importing.preview(
                wizard.store, wizard.sheet, wizard.mapping, wizard.import_options
            )
        except SaphanError as exc:
            wizard.preview = None
            self.error.setText(describe(exc))
            return
        finally:
            QGuiApplication.restoreOverrideCursor()
        self.model = PreviewModel(wizard.preview, self)
        self.model.dataChanged.connect(self._show_counts)
        self.proxy.setSourceModel(self.model)
        header = self.table.horizontalHeader()
        for column in range(self.model.columnCount()):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(DETAILS, QHeaderView.ResizeMode.Stretch)
        for column in (NAME, SCRIPT, UNICODE):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            self.table.setColumnWidth(column, 130)
        # Problems are what a person reads here: let them wrap rather than be cut off. Rows
        # sized to their text cost time on long lists, so those keep one line (and a tooltip).
        rows = self.table.verticalHeader()
        if len(wizard.preview.rows) <= _WRAP_ROWS:
            self.table.setWordWrap(True)
            rows.setMinimumSectionSize(script_line_height(self.font()) + 6)
            rows.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        else:
            self.table.setWordWrap(False)
            rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.setColumnHidden(UNICODE, not wizard.preview.zawgyi_rows)
        self.all_unicode.setVisible(bool(wizard.preview.zawgyi_rows))
        self.all_unicode.setChecked(True)
        self._show_counts()

    def _show_counts(self, *_: Any) -> None:
        preview, model = self._wizard.preview, self.model
        if preview is None or model is None:
            return
        n = QLocale().toString
        parts = [
            self.tr("{rows} rows: {ready} ready, {problems} with problems.").format(
                rows=n(len(preview.rows)), ready=n(preview.ready), problems=n(preview.with_problems)
            )
        ]
        if preview.duplicates:
            parts.append(
                self.tr("{count} may be people already listed (unticked).").format(
                    count=n(preview.duplicates)
                )
            )
        if preview.zawgyi_rows:
            parts.append(
                self.tr("{count} names are typed in Zawgyi.").format(count=n(preview.zawgyi_rows))
            )
        parts.append(self.tr("{count} will be imported.").format(count=n(model.to_import())))
        self.counts.setText(" ".join(parts))
        self.completeChanged.emit()

    def _filter(self, on: bool) -> None:
        self.proxy.beginFilterChange()
        self.proxy.only_attention = on
        self.proxy.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def _all_unicode(self, on: bool) -> None:
        if self.model is not None:
            self.model.set_all_unicode(on)

    def isComplete(self) -> bool:
        return self.model is not None and self.model.to_import() > 0

    def validatePage(self) -> bool:
        if self.model is None:
            return False
        self._wizard.choices = self.model.choices()
        return True

    def check_row(self, source_row: int, column: int = IMPORT, on: bool = True) -> None:
        """Tick or untick a row's box as a click would (for the tests and keyboard users)."""
        assert self.model is not None
        state = Qt.CheckState.Checked if on else Qt.CheckState.Unchecked
        self.model.setData(
            self.model.index(source_row, column), state.value, Qt.ItemDataRole.CheckStateRole
        )


def _import(store: Any, preview: Any, choices: Any, advance: Advance) -> ImportSummary:
    try:
        return importing.import_people(store, preview, choices, progress=advance)
    except (SaphanError, Cancelled):
        raise  # (after Cancel, raised by ``advance``: the transaction was rolled back)
    except Exception:
        # An unexpected error's text may quote the rows (e.g. SQL parameters): it is not
        # logged. The transaction was rolled back, so nothing was imported.
        raise SaphanError("import_failed") from None


class SummaryPage(QWizardPage):
    """Runs the import (one transaction, off the GUI thread) and says what happened."""

    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__(wizard)
        self._wizard = wizard
        self.summary: ImportSummary | None = None
        self.finished = False
        self.task: Task | None = None
        self.setTitle(self.tr("Import"))
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        set_role(self.message, "")
        self.skipped_label = QLabel(self.tr("Rows not imported:"), self)
        self.skipped = QListWidget(self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.message)
        layout.addWidget(self.skipped_label)
        layout.addWidget(self.skipped, 1)

    def initializePage(self) -> None:
        wizard = self._wizard
        assert wizard.preview is not None
        assert wizard.choices is not None
        self.finished = False
        self.summary = None
        self.message.setText(self.tr("Importing…"))
        self.skipped_label.hide()
        self.skipped.hide()
        store, preview, choices = wizard.store, wizard.preview, wizard.choices
        self.task = run_with_progress(
            wizard,
            self.tr("Importing the list…"),
            lambda advance: _import(store, preview, choices, advance),
            self._done,
            self._failed,
            self._cancelled,
            count_text=self._people_text,
        )

    def _people_text(self, n: int) -> str:
        return self.tr("{n} people").format(n=QLocale().toString(n))

    def _cancelled(self) -> None:
        self.task = None
        self.finished = True
        self.message.setText(
            self.tr("The import was cancelled. Nothing was imported: the registry is as it was.")
        )
        self.completeChanged.emit()

    def _done(self, summary: ImportSummary) -> None:
        self.task = None
        self.summary = summary
        self.finished = True
        n = QLocale().toString
        text = self.tr("Imported {imported} people ({first} to {last}).").format(
            imported=n(summary.imported),
            first=summary.codes[0] if summary.codes else "-",
            last=summary.codes[-1] if summary.codes else "-",
        )
        if summary.skipped:
            text += " " + self.tr("Skipped {count} (see the list below).").format(
                count=n(len(summary.skipped))
            )
        self.message.setText(text)
        self.skipped.clear()
        for row in summary.skipped:
            why = "; ".join(problem_text(p) for p in row.problems) or skipped_reason_text(
                row.reason
            )
            self.skipped.addItem(self.tr("Row {row}: {why}").format(row=row.row_number, why=why))
        self.skipped_label.setVisible(bool(summary.skipped))
        self.skipped.setVisible(bool(summary.skipped))
        self._wizard.imported.emit(summary.imported)
        self.completeChanged.emit()

    def _failed(self, error: SaphanError) -> None:
        self.task = None
        self.finished = True
        set_role(self.message, "fieldError")
        self.message.setText(self.tr("Nothing was imported.") + "\n" + describe(error))
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        return self.finished
