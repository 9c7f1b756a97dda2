"""First run: create the CSO's encrypted database and its first admin."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget, QWizard

from db import setup
from db.errors import SaphanError
from db.store import Store
from desktop.errors import describe
from desktop.setup_wizard.pages import AdminPage, OrganisationPage, PassphrasePage, WelcomePage
from desktop.setup_wizard.passphrase_print import print_passphrase, save_passphrase_pdf


class SetupWizard(QWizard):
    """After ``exec()`` returns Accepted, ``store`` is the new database, signed in as the admin."""

    WELCOME, ORGANISATION, ADMIN, PASSPHRASE = range(4)
    # exec()'s result when the person chose to join their CSO's team instead (app.sign_in
    # then shows the join dialog).
    JOIN = 2

    def __init__(self, db_path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db_path = db_path
        self.store: Store | None = None
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, True)
        self.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage, True)
        self.resize(680, 540)

        self.welcome = WelcomePage(self)
        self.welcome.join_requested.connect(lambda: self.done(self.JOIN))
        self.setPage(self.WELCOME, self.welcome)
        self._build_pages()

    def _build_pages(self) -> None:
        """The pages after the welcome, in the interface's language (built again when the
        language is switched on the welcome page, before anything was typed in them)."""
        self.setWindowTitle(self.tr("Set up Saphan"))
        rebuilt = False
        for page_id in (self.ORGANISATION, self.ADMIN, self.PASSPHRASE):
            old = self.page(page_id)
            if old is not None:
                self.removePage(page_id)
                old.deleteLater()
                rebuilt = True
        self.organisation = OrganisationPage(self)
        self.admin = AdminPage(self)
        self.admin.setCommitPage(True)
        self.admin.setButtonText(QWizard.WizardButton.CommitButton, self.tr("Create database"))
        self.passphrase = PassphrasePage(self)
        self.passphrase.setButtonText(QWizard.WizardButton.FinishButton, self.tr("Start Saphan"))
        self.setPage(self.ORGANISATION, self.organisation)
        self.setPage(self.ADMIN, self.admin)
        self.setPage(self.PASSPHRASE, self.passphrase)
        self.passphrase.print_requested.connect(self._print)
        self.passphrase.pdf_requested.connect(self._save_pdf)
        if rebuilt:
            # Back on the welcome page, with the buttons of a wizard that has pages after it.
            self.restart()

    def changeEvent(self, event: QEvent) -> None:
        if (
            event.type() == QEvent.Type.LanguageChange
            and self.store is None
            and self.currentId() in (-1, self.WELCOME)
        ):
            self._build_pages()
        super().changeEvent(event)

    def validateCurrentPage(self) -> bool:
        if self.currentId() == self.ADMIN and self.store is None:
            return self._create() and super().validateCurrentPage()
        return super().validateCurrentPage()

    def _create(self) -> bool:
        self.admin.show_error("")
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            result = setup.create_cso_database(
                self.db_path,
                cso_code=self.organisation.cso_code.text().strip(),
                cso_name=self.organisation.cso_name.text().strip(),
                admin_username=self.admin.username.text().strip(),
                admin_full_name=self.admin.full_name.text().strip(),
                admin_password=self.admin.password.text(),
            )
        except SaphanError as exc:
            self.admin.show_error(describe(exc))
            return False
        finally:
            QGuiApplication.restoreOverrideCursor()
        self.store = result.store
        self.passphrase.set_passphrase(result.recovery_passphrase)
        # The passwords are no longer needed in the widgets.
        self.admin.password.clear()
        self.admin.confirm.clear()
        return True

    def reject(self) -> None:
        # Once the database exists, the only way out is through the passphrase page.
        if self.store is not None:
            return
        super().reject()

    def _cso(self) -> tuple[str, str]:
        assert self.store is not None
        return self.store.cso.code, self.store.cso.name

    def _print(self) -> None:
        print_passphrase(self, self.passphrase.passphrase, *self._cso())

    def _save_pdf(self) -> None:
        save_passphrase_pdf(self, self.passphrase.passphrase, *self._cso())
