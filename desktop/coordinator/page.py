"""The coordinator's workspace: set up the network, merge the CSOs' bundles from the shared
folder, see the merged figures and export them.

For ``Permission.NETWORK`` (the coordinator role, and CSO admins of a lead CSO that coordinates).
Everything here reads bundles — already suppressed aggregates — never a CSO's database. Merging
and exports run off the GUI thread."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from db.changes import Change
from db.errors import SaphanError
from db.store import Store
from desktop.changes import ChangeWatch
from desktop.coordinator.areas_tab import AreasEditor
from desktop.coordinator.setup_tab import NetworkSetup
from desktop.coordinator.targets_tab import TargetsEditor
from desktop.errors import describe
from desktop.style import set_role
from desktop.tasks import Task, run_task, run_with_progress
from desktop.widgets import dialogs
from desktop.widgets.list_page import EmptyState
from desktop.widgets.text_table import TextTable, month_label
from directory import exports, five_w
from directory.errors import BundleInvalid
from directory.sharing import coordinator, state

if TYPE_CHECKING:
    from desktop.coordinator.figures import MergedFigures
    from directory.merge import NetworkReport

SETUP_TAB, TARGETS_TAB, AREAS_TAB, MERGE_TAB, FIGURES_TAB = range(5)


class CoordinatorPage(QWidget):
    status_message = Signal(str)
    merged = Signal(object)  # MergeResult

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._store = store
        self.result: state.MergeResult | None = None
        self.task: Task | None = None
        self.figures: MergedFigures | None = None

        header = self._build_header()

        self.setup = NetworkSetup(store, self)
        self.setup.changed.connect(lambda _n: self._show_folder())
        # Each CSO's share and the outcome targets; a change on either tab shows on the other.
        self.targets = TargetsEditor(store, self)
        self.setup.changed.connect(self.targets.show_network)
        self.targets.changed.connect(self.setup.show_network)
        # Where activities happen (5W); a new revision shows on the other tabs too.
        self.areas = AreasEditor(store, self)
        self.setup.changed.connect(self.areas.show_network)
        self.targets.changed.connect(self.areas.show_network)
        self.areas.changed.connect(self.setup.show_network)
        self.areas.changed.connect(self.targets.show_network)

        merge_tab = self._build_merge_tab()

        self._build_figures_tab()

        self.tabs = QTabWidget(self)
        self.tabs.addTab(self.setup, self.tr("Network setup"))
        self.tabs.addTab(self.targets, self.tr("Shares and outcome targets"))
        self.tabs.addTab(self.areas, self.tr("Areas"))
        self.tabs.addTab(merge_tab, self.tr("Merge"))
        self.tabs.addTab(self.figures_holder, self.tr("Figures"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 12)
        layout.addLayout(header)
        layout.addWidget(self.tabs, 1)
        self._show_folder()
        # The shared folder may also be chosen on the Share page.
        self.watch = ChangeWatch(self, store, {Change.NETWORK}, self._show_folder)
        if self.setup.network is not None:
            self.tabs.setCurrentIndex(MERGE_TAB)

    def _build_header(self) -> QHBoxLayout:
        """The title, the shared folder and the Choose and Merge buttons."""
        title = QLabel(self.tr("Coordinator workspace"), self)
        set_role(title, "pageTitle")
        self.folder_label = QLabel(self)
        self.folder_label.setWordWrap(True)
        self.choose_button = QPushButton(self.tr("Choose shared folder…"), self)
        self.choose_button.clicked.connect(self.choose_folder)
        self.merge_button = QPushButton(self.tr("Merge now"), self)
        set_role(self.merge_button, "primary")
        self.merge_button.clicked.connect(self.merge_now)
        header = QHBoxLayout()
        header.addWidget(title)
        header.addSpacing(16)
        header.addWidget(self.folder_label, 1)
        header.addWidget(self.choose_button)
        header.addWidget(self.merge_button)
        return header

    def _build_merge_tab(self) -> QWidget:
        """The Merge tab: the summary, accepted and rejected files, and the export buttons."""
        merge_tab = QWidget(self)
        self.summary = QLabel(self.tr("Not merged yet."), merge_tab)
        self.summary.setWordWrap(True)
        # What the coordinator should know about the merge (shown only when there is some).
        self.warnings = QLabel(merge_tab)
        self.warnings.setWordWrap(True)
        set_role(self.warnings, "warning")
        self.warnings.hide()
        self.accepted = TextTable(merge_tab)
        self.rejected = TextTable(merge_tab)
        accepted_box = QWidget(merge_tab)
        accepted_layout = QVBoxLayout(accepted_box)
        accepted_layout.setContentsMargins(0, 0, 0, 0)
        accepted_layout.addWidget(QLabel(self.tr("Accepted bundles"), accepted_box))
        accepted_layout.addWidget(self.accepted, 1)
        rejected_box = QWidget(merge_tab)
        rejected_layout = QVBoxLayout(rejected_box)
        rejected_layout.setContentsMargins(0, 0, 0, 0)
        rejected_layout.addWidget(QLabel(self.tr("Rejected files (not merged)"), rejected_box))
        rejected_layout.addWidget(self.rejected, 1)
        lists = QSplitter(Qt.Orientation.Horizontal, merge_tab)
        lists.addWidget(accepted_box)
        lists.addWidget(rejected_box)
        lists.setChildrenCollapsible(False)
        self.export_buttons = {
            "csv": QPushButton(self.tr("Aggregates CSV…"), merge_tab),
            "xlsx": QPushButton(self.tr("Aggregates Excel…"), merge_tab),
            "hsds": QPushButton(self.tr("Directory (HSDS JSON)…"), merge_tab),
            "directory_csv": QPushButton(self.tr("Directory CSV…"), merge_tab),
            "flows_csv": QPushButton(self.tr("Referrals CSV…"), merge_tab),
            "docx": QPushButton(self.tr("Donor report…"), merge_tab),
            "five_w": QPushButton(self.tr("5W (HXL)…"), merge_tab),
        }
        self.export_buttons["five_w"].setToolTip(
            self.tr(
                "Who, what, where, when and for whom: people reached per CSO, programme, "
                "activity, area and month (CSV or Excel, HXL tagged)"
            )
        )
        exports_row = QHBoxLayout()
        exports_row.addWidget(QLabel(self.tr("Export:"), merge_tab))
        for kind, button in self.export_buttons.items():
            button.setEnabled(False)
            button.clicked.connect(lambda _c=False, k=kind: self.export(k))
            exports_row.addWidget(button)
        exports_row.addStretch(1)
        merge_layout = QVBoxLayout(merge_tab)
        merge_layout.setContentsMargins(8, 8, 8, 8)
        # Before the first merge: what merging does and the button for it, not two blank panes.
        self.merge_empty = EmptyState(merge_tab)
        self.merge_empty.show_message(
            self.tr(
                "Nothing is merged yet: merging reads the CSOs' files from the shared folder "
                "and adds up their counts."
            ),
            self.tr("Merge now"),
        )
        self.merge_empty.next_step.connect(self.merge_now)
        self.merge_stack = QStackedWidget(merge_tab)
        self.merge_stack.addWidget(self.merge_empty)
        self.merge_stack.addWidget(lists)
        merge_layout.addWidget(self.summary)
        merge_layout.addWidget(self.warnings)
        merge_layout.addWidget(self.merge_stack, 1)
        merge_layout.addLayout(exports_row)
        self.summary.hide()  # the empty state says it
        return merge_tab

    def _build_figures_tab(self) -> None:
        """The Figures tab, a placeholder until the first merge."""
        self.figures_holder = QWidget(self)
        figures_layout = QVBoxLayout(self.figures_holder)
        figures_layout.setContentsMargins(0, 0, 0, 0)
        self.figures_placeholder = QLabel(
            self.tr("Merge to see the network's figures."), self.figures_holder
        )
        set_role(self.figures_placeholder, "emptyState")
        self.figures_placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        figures_layout.addWidget(self.figures_placeholder)

    def _show_folder(self) -> None:
        folder = state.shared_folder(self._store)
        if folder is None:
            self.folder_label.setText(self.tr("No shared folder chosen."))
        elif folder.is_dir():
            self.folder_label.setText(self.tr("Folder: {folder}").format(folder=folder))
        else:
            self.folder_label.setText(
                self.tr("Folder: {folder} (not reachable now)").format(folder=folder)
            )
        set_role(self.folder_label, "muted")
        self.merge_button.setEnabled(self.setup.network is not None and folder is not None)

    def choose_folder(self) -> None:
        start = str(state.shared_folder(self._store) or Path.home())
        chosen = QFileDialog.getExistingDirectory(self, self.tr("Choose the shared folder"), start)
        if chosen:
            self.use_folder(Path(chosen))

    def use_folder(self, path: Path) -> None:
        state.set_shared_folder(self._store, path)
        self._show_folder()

    # --- merging ---------------------------------------------------------------------------

    def merge_now(self) -> None:
        folder = state.shared_folder(self._store)
        if self.setup.network is None:
            return
        # What ``saphan merge --db`` reads too: the network, the revisions seen, the last
        # publishers and the key, all kept in this database.
        given = coordinator.merge_inputs(self._store)
        self.merge_button.setEnabled(False)
        self.summary.setText(self.tr("Merging…"))
        self.summary.show()
        self.task = run_with_progress(
            self,
            self.tr("Reading and merging the bundles…"),
            lambda advance: state.merge_folder(
                folder or Path(""),
                given.network,
                given.seen,
                given.key,
                given.history,
                progress=advance,
            ),
            self._merged,
            self._merge_failed,
            self._merge_cancelled,
        )

    def _merge_cancelled(self) -> None:
        if not isValid(self):
            return
        self.task = None
        self._show_folder()
        self.summary.setText(
            self.tr("The merge was cancelled: nothing was merged or written to the folder.")
        )

    def _merged(self, result: state.MergeResult) -> None:
        self.merge_stack.setCurrentIndex(1)
        if not isValid(self):
            return
        self.task = None
        self._show_folder()
        self.result = result
        coordinator.remember_merge(self._store, result.read.seen, result.report.publishers)
        self._show_warnings(result.report)
        read, network = result.read, self.setup.network
        assert network is not None
        self.accepted.show_rows(
            [self.tr("CSO"), self.tr("Name"), self.tr("Revision"), self.tr("Created (UTC)")],
            [[b.cso.code, b.cso.name, str(b.revision), b.created_at] for b in read.accepted],
        )
        rows = [[r.filename, describe(BundleInvalid(r.reason))] for r in read.rejected]
        rows += [
            [name, self.tr("An older copy; a newer revision was merged.")]
            for name in read.superseded
        ]
        self.rejected.show_rows([self.tr("File"), self.tr("Reason")], rows)
        text = self.tr("Merged {accepted} of {members} CSOs; {rejected} files rejected.").format(
            accepted=len(read.accepted), members=len(network.members), rejected=len(read.rejected)
        )
        if result.directory_written:
            text += " " + self.tr("The service directory was written to the folder.")
        self.summary.setText(text)
        self._build_figures()
        assert self.figures is not None
        self.figures.show_report(result.report, network)
        for button in self.export_buttons.values():
            button.setEnabled(True)
        self.status_message.emit(text)
        self.merged.emit(result)

    def _show_warnings(self, report: NetworkReport) -> None:
        """One line per CSO whose laptops published bundles that do not agree."""
        lines = [
            self.tr(
                "{code} ({name}): two laptops published figures that do not agree; the CSO "
                "should sync its team and publish again. The figures of revision {revision} "
                "count (revision {other} differs)."
            ).format(code=d.cso_code, name=d.cso_name, revision=d.revision, other=d.other_revision)
            for d in report.divergences
        ]
        # A closed month a CSO reopened: its figures now correct what it published before.
        lines += [
            self.tr(
                "{code} ({name}) reopened {month} on {at} (UTC): its figures for that month "
                "correct what it published before."
            ).format(
                code=c.cso_code,
                name=c.cso_name,
                month=month_label(c.month),
                at=c.reopened_at.replace("T", " ").rstrip("Z"),
            )
            for c in report.corrections
        ]
        self.warnings.setText("\n".join(lines))
        self.warnings.setVisible(bool(lines))

    def _merge_failed(self, error: SaphanError) -> None:
        if not isValid(self):
            return
        self.task = None
        self._show_folder()
        self.summary.setText(describe(error))

    def _build_figures(self) -> None:
        if self.figures is not None:
            return
        from desktop.coordinator.figures import MergedFigures  # pyqtgraph: lazily

        self.figures_placeholder.hide()
        figures_layout = self.figures_holder.layout()
        assert figures_layout is not None  # given in __init__
        self.figures = MergedFigures(self.figures_holder)
        figures_layout.addWidget(self.figures)

    # --- exports ---------------------------------------------------------------------------

    def export(self, kind: str, path: Path | None = None) -> None:
        result, network = self.result, self.setup.network
        if result is None or network is None:
            return
        filters = {
            "csv": (self.tr("CSV file (*.csv)"), "network-aggregates.csv"),
            "xlsx": (self.tr("Excel workbook (*.xlsx)"), "network-aggregates.xlsx"),
            "hsds": (self.tr("HSDS JSON (*.json)"), "network-directory.json"),
            "directory_csv": (self.tr("CSV file (*.csv)"), "network-directory.csv"),
            "flows_csv": (self.tr("CSV file (*.csv)"), "network-referrals.csv"),
            "docx": (self.tr("Word document (*.docx)"), "network-donor-report.docx"),
            "five_w": (
                self.tr("CSV file (*.csv);;Excel workbook (*.xlsx)"),
                "network-5w.csv",
            ),
        }
        file_filter, default = filters[kind]
        if path is None:
            chosen, selected = QFileDialog.getSaveFileName(
                self, self.tr("Export"), str(Path.home() / default), file_filter
            )
            if not chosen:
                return
            path = Path(chosen)
            if kind == "five_w" and path.suffix.lower() not in (".csv", ".xlsx"):
                path = path.with_name(path.name + (".xlsx" if "xlsx" in selected else ".csv"))
        report = result.report
        if kind == "docx":
            # The donor report, in the coordinator's language: its charts are drawn here (on
            # the GUI thread, widgets), the document is written off it.
            from desktop.coordinator import donor_report
            from desktop.i18n import current_language

            language = current_language()
            charts = donor_report.render_charts(report, network, language)
        writers = {
            "csv": lambda: exports.aggregates_csv(report, path),
            "xlsx": lambda: exports.aggregates_xlsx(report, path),
            "hsds": lambda: exports.directory_hsds_json(report, path),
            "directory_csv": lambda: exports.directory_csv(report, path),
            "flows_csv": lambda: exports.referral_flows_csv(report, path),
            "docx": lambda: donor_report.write_donor_report(
                report, network, path, language, charts
            ),
            # The same function as `saphan merge --5w FILE`.
            "five_w": lambda: five_w.write_five_w(report, network, path),
        }

        def written(_result: object) -> None:
            if isValid(self):
                self.status_message.emit(self.tr("Wrote {file}.").format(file=path))

        def failed(error: SaphanError) -> None:
            if isValid(self):
                dialogs.show_error(self, self.tr("Export"), error)

        self.task = run_task(
            self, self.tr("Writing {file}…").format(file=path.name), writers[kind], written, failed
        )
