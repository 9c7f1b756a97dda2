"""The CSO's instruments (admins): the list of questionnaires with scoring, and importing one
from an XLSForm workbook (db.instruments.xlsform). A form with problems is imported not at
all; the dialog lists each problem with its sheet and row."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from db.changes import Change
from db.errors import SaphanError
from db.instruments.problems import FormProblems
from db.instruments.store import list_instruments
from db.instruments.xlsform import import_xlsform
from db.store import Store
from desktop import i18n
from desktop.assessments.names import instrument_name
from desktop.changes import ChangeWatch
from desktop.settings_page.form_problems import FormProblemsDialog
from desktop.style import set_role
from desktop.widgets import dialogs


class InstrumentsBox(QGroupBox):
    """Emits ``status_message`` after an instrument was imported."""

    status_message = Signal(str)

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Instruments"))
        self._store = store
        self.problems_dialog: FormProblemsDialog | None = None
        self.table = QTableWidget(0, 4, self)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Instrument"), self.tr("Code"), self.tr("Version"), self.tr("Questions")]
        )
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setMaximumHeight(170)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2, 3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.import_button = QPushButton(self.tr("Import instrument…"), self)
        self.import_button.clicked.connect(self.import_form)
        explain = QLabel(
            self.tr(
                "Import a questionnaire with its scoring from an XLSForm workbook (.xlsx), as "
                "made for KoboToolbox or ODK. A changed form becomes a new version: answers "
                "already given keep the version they were given in."
            ),
            self,
        )
        explain.setWordWrap(True)
        set_role(explain, "muted")
        row = QHBoxLayout()
        row.addWidget(self.import_button)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addLayout(row)
        layout.addWidget(explain)
        self.watch = ChangeWatch(self, store, {Change.INSTRUMENTS}, self.reload)
        self.reload()

    def reload(self) -> None:
        self.watch.mark_fresh()
        try:
            found = list_instruments(self._store)
        except SaphanError:
            found = []
        self.table.setRowCount(len(found))
        for n, info in enumerate(found):
            name = instrument_name(info.definition)
            cells = [name, info.code, str(info.version), str(len(info.items))]
            for column, text in enumerate(cells):
                self.table.setItem(n, column, QTableWidgetItem(text))

    def choose_file(self) -> Path | None:
        chosen, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("Choose the XLSForm to import"),
            "",
            self.tr("XLSForm workbooks (*.xlsx);;All files (*)"),
        )
        return Path(chosen) if chosen else None

    def import_form(self) -> None:
        path = self.choose_file()
        if path is None:
            return
        self.import_file(path)

    def import_file(self, path: Path) -> None:
        before = {(row.code, row.version) for row in list_instruments(self._store)}
        try:
            info = import_xlsform(self._store, path)
        except FormProblems as exc:
            self.problems_dialog = FormProblemsDialog(path.name, exc.problems, self)
            self.problems_dialog.open()
            return
        except SaphanError as exc:
            dialogs.show_error(self, self.tr("Instrument not imported"), exc)
            return
        except OSError:  # gone or unreadable since it was chosen
            dialogs.show_error(
                self,
                self.tr("Instrument not imported"),
                self.tr("{file} cannot be read.").format(file=path.name),
            )
            return
        self.reload()
        name, _validated = info.definition.text(info.definition.name, i18n.current_language())
        if (info.code, info.version) in before:
            text = self.tr(
                "{name} is already imported as version {version}; nothing was changed."
            ).format(name=name, version=info.version)
        else:
            text = self.tr("Imported {name}: version {version}, {count} questions.").format(
                name=name, version=info.version, count=len(info.items)
            )
        self.status_message.emit(text)
        dialogs.inform(self, self.tr("Instrument imported"), text)
