"""Printing the recovery passphrase (or saving it as a PDF to print elsewhere)."""

from __future__ import annotations

import datetime as dt
import html

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QPageLayout, QPageSize, QPdfWriter, QTextDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QFileDialog, QWidget

from desktop.dates import date_text
from desktop.setup_wizard.pages import group_passphrase

translate = QCoreApplication.translate


def passphrase_document(passphrase: str, cso_code: str, cso_name: str) -> QTextDocument:
    grouped = html.escape(group_passphrase(passphrase)).replace("\n", "<br>")
    title = html.escape(translate("PassphrasePrint", "Saphan recovery passphrase"))
    org = html.escape(f"{cso_code} — {cso_name}")
    created = html.escape(
        translate("PassphrasePrint", "Created on {date}").format(date=date_text(dt.date.today()))
    )
    advice = html.escape(
        translate(
            "PassphrasePrint",
            "If every password is forgotten, an admin can open the records with this "
            "passphrase. Keep this paper in a locked place, away from the laptop. Anyone who "
            "has it and a copy of the database can read the records.",
        )
    )
    doc = QTextDocument()
    doc.setHtml(
        f"<h1>{title}</h1><p><b>{org}</b><br>{created}</p>"
        f"<p style='font-family: monospace; font-size: 26pt; margin: 24px 0'>{grouped}</p>"
        f"<p>{advice}</p>"
    )
    return doc


def _a4_printer(printer: QPrinter) -> None:
    printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    printer.setPageOrientation(QPageLayout.Orientation.Portrait)


def print_passphrase(parent: QWidget, passphrase: str, cso_code: str, cso_name: str) -> bool:
    """Ask for a printer and print. Returns whether it was printed."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    _a4_printer(printer)
    dialog = QPrintDialog(printer, parent)
    dialog.setWindowTitle(translate("PassphrasePrint", "Print the recovery passphrase"))
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return False
    passphrase_document(passphrase, cso_code, cso_name).print_(printer)
    return True


def save_passphrase_pdf(parent: QWidget, passphrase: str, cso_code: str, cso_name: str) -> str:
    """Ask where to save a PDF (e.g. a USB stick, to print at the office). Returns the path."""
    path, _filter = QFileDialog.getSaveFileName(
        parent,
        translate("PassphrasePrint", "Save the recovery passphrase as PDF"),
        translate("PassphrasePrint", "Saphan recovery passphrase.pdf"),
        translate("PassphrasePrint", "PDF files (*.pdf)"),
    )
    if not path:
        return ""
    write_passphrase_pdf(path, passphrase, cso_code, cso_name)
    return path


def write_passphrase_pdf(path: str, passphrase: str, cso_code: str, cso_name: str) -> None:
    writer = QPdfWriter(path)
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    writer.setTitle(translate("PassphrasePrint", "Saphan recovery passphrase"))
    passphrase_document(passphrase, cso_code, cso_name).print_(writer)
    del writer  # closes the file
