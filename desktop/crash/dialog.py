"""The crash dialog: "Saphan hit a problem; your data is safe", in the user's language, with
Copy report, Open log folder and Close.

One dialog at a time: errors arriving while it is open (a burst, or a paint event failing on
every repaint) are counted on it, and their reports are added to what Copy report copies.
For an error in a slot or an event handler the app keeps going behind it (the dialog blocks
input to the windows until it is closed, not the event loop). When the error unwound the whole
program (start-up, shutdown) there is no loop left: the dialog runs its own, says that Saphan
has to close, and the app ends when it is closed.
"""

from __future__ import annotations

import contextlib

from PySide6.QtCore import QObject, Qt, QThread, QUrl, Signal, Slot
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.crash import hook, logs
from desktop.crash.report import CrashReport

MAX_COPIED = 10  # reports in one clipboard text at most


def open_folder(folder: str) -> bool:
    """Show ``folder`` in Explorer (Finder, the file manager). Tests replace this."""
    return QDesktopServices.openUrl(QUrl.fromLocalFile(folder))


class CrashDialog(QDialog):
    def __init__(
        self, report: CrashReport, must_close: bool, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.reports = [report]
        self.setObjectName("crash_dialog")
        self.setWindowTitle(self.tr("Saphan hit a problem"))
        self.setWindowModality(Qt.WindowModality.ApplicationModal)
        self.heading = QLabel(self.tr("Saphan hit a problem; your data is safe."))
        self.heading.setObjectName("crash_heading")
        font = self.heading.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.2)
        self.heading.setFont(font)
        self.heading.setWordWrap(True)
        if must_close:
            advice = self.tr(
                "Everything you saved before this is kept, but Saphan has to close now: start it "
                "again. If this happens again, copy the report and send it to the person who "
                "looks after Saphan in your organisation. The report holds no names or records."
            )
        else:
            advice = self.tr(
                "Everything you saved before this is kept. Close this message and carry on; "
                "if this happens again, copy the report and send it to the person who looks "
                "after Saphan in your organisation. The report holds no names or records."
            )
        self.advice = QLabel(advice)
        self.advice.setWordWrap(True)
        self.more = QLabel()
        self.more.setObjectName("crash_more")
        self.more.setVisible(False)
        self.status = QLabel()
        self.status.setObjectName("crash_status")
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.copy_button = QPushButton(self.tr("Copy report"))
        self.folder_button = QPushButton(self.tr("Open log folder"))
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.folder_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.close_button = buttons.button(QDialogButtonBox.StandardButton.Close)
        self.close_button.setDefault(True)
        buttons.rejected.connect(self.reject)
        self.copy_button.clicked.connect(self.copy_report)
        self.folder_button.clicked.connect(self.open_log_folder)

        layout = QVBoxLayout(self)
        for widget in (self.heading, self.advice, self.more, self.status):
            layout.addWidget(widget)
        layout.addWidget(buttons)
        self.setMinimumWidth(460)

    def add(self, report: CrashReport) -> None:
        """Another error while this dialog is open: count it, keep its report for Copy."""
        self.reports.append(report)
        self.more.setText(
            self.tr("Problems after this one: {count}.").format(count=len(self.reports) - 1)
        )
        self.more.setVisible(True)

    def report_text(self) -> str:
        """What Copy report copies: the first reports of the burst, each safe to share."""
        texts = [report.text for report in self.reports[:MAX_COPIED]]
        left_out = len(self.reports) - len(texts)
        if left_out:
            texts.append(f"({left_out} more reports in the log folder)\n")
        return "\n\n".join(texts)

    @Slot()
    def copy_report(self) -> None:
        QGuiApplication.clipboard().setText(self.report_text())
        self.status.setText(self.tr("The report is copied: paste it into an email or a message."))

    @Slot()
    def open_log_folder(self) -> None:
        folder = logs.log_folder()
        with contextlib.suppress(OSError):
            folder.mkdir(parents=True, exist_ok=True)
        if not open_folder(str(folder)):
            self.status.setText(self.tr("The log folder is {folder}").format(folder=folder))


class _Presenter(QObject):
    """Shows reports in the GUI thread, whichever thread the error happened on."""

    reported = Signal(object)

    def __init__(self) -> None:
        super().__init__()  # lives in the thread that creates it: the GUI thread
        self.dialog: CrashDialog | None = None
        self.reported.connect(self._show, Qt.ConnectionType.QueuedConnection)

    def present(self, report: CrashReport) -> None:
        """Called by the hook, on any thread."""
        if QApplication.instance() is None:
            hook.print_one_line(report)
        elif QThread.currentThread() is self.thread():
            self._show(report)
        else:
            self.reported.emit(report)  # shown when the GUI thread gets to it

    @Slot(object)
    def _show(self, report: CrashReport) -> None:
        if self.dialog is not None:
            self.dialog.add(report)
            return
        dialog = CrashDialog(report, must_close=report.fatal)
        dialog.finished.connect(self._closed)
        self.dialog = dialog
        if report.fatal:
            # The program has unwound: no event loop is left to show the dialog, so it runs
            # its own until the user closes it; then Saphan ends.
            dialog.exec()
        else:
            dialog.show()
            dialog.raise_()
            dialog.activateWindow()

    @Slot()
    def _closed(self) -> None:
        dialog, self.dialog = self.dialog, None
        if dialog is not None:
            dialog.deleteLater()


_presenter: list[_Presenter] = []


def attach() -> None:
    """Show reports in the crash dialog from now on (call once the QApplication exists, in
    the GUI thread)."""
    if not _presenter:
        _presenter.append(_Presenter())
    hook.set_presenter(_presenter[0].present)


def current_dialog() -> CrashDialog | None:
    """The crash dialog on screen, if any (tests)."""
    return _presenter[0].dialog if _presenter else None
