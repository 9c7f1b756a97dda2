"""The import wizard: file → columns → consent → check the rows → import and summary."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget, QWizard

from db.importing import ImportChoices, ImportOptions, ImportPreview, Sheet
from db.store import Store
from desktop.importing.result_pages import PreviewPage, SummaryPage
from desktop.importing.setup_pages import ConsentPage, FilePage, MappingPage
from desktop.widgets.fit import size_window


class ImportWizard(QWizard):
    """Emits ``imported(count)`` once people have been registered."""

    imported = Signal(int)
    FILE, MAPPING, CONSENT, PREVIEW, SUMMARY = range(5)

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.path: Path | None = None
        self.sheet: Sheet | None = None
        self.mapping: dict[int, str] = {}
        # Not ``options``: that name is QWizard's own method (its WizardOption flags).
        self.import_options = ImportOptions()
        self.preview: ImportPreview | None = None
        self.choices: ImportChoices | None = None
        self.setWindowTitle(self.tr("Import a list of people"))
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, True)
        self.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage, True)
        size_window(self, 1100, 660)  # smaller on a small screen
        self.file_page = FilePage(self)
        self.mapping_page = MappingPage(self)
        self.consent_page = ConsentPage(self)
        self.preview_page = PreviewPage(self)
        self.summary_page = SummaryPage(self)
        self.setPage(self.FILE, self.file_page)
        self.setPage(self.MAPPING, self.mapping_page)
        self.setPage(self.CONSENT, self.consent_page)
        self.setPage(self.PREVIEW, self.preview_page)
        self.setPage(self.SUMMARY, self.summary_page)
