"""The pages of the first-run setup wizard."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
    QWizardPage,
)

from db.setup import MIN_PASSWORD_LENGTH, check_new_password, check_setup_fields
from desktop.fonts import monospace_font
from desktop.labels import problem_message
from desktop.login.last_user import set_last_language
from desktop.style import set_role
from desktop.widgets.field import Field
from desktop.widgets.language_picker import LanguagePicker

# Values that pass check_setup_fields, to check one field at a time.
_OK_CODE, _OK_NAME, _OK_USER, _OK_PASSWORD = "OK", "ok", "ok", "x" * MIN_PASSWORD_LENGTH


def password_strength(password: str) -> int:
    """0 = not acceptable, 1 = weak, 2 = fair, 3 = strong. Length counts most."""
    if check_new_password(password) is not None:
        return 0
    kinds = sum(
        (
            any(c.islower() for c in password),
            any(c.isupper() for c in password),
            any(c.isdigit() for c in password),
            any(not c.isalnum() for c in password),
        )
    )
    score = 1
    if len(password) >= 14 or (len(password) >= 12 and kinds >= 3):
        score = 2
    if len(password) >= 18 or (len(password) >= 14 and kinds >= 3):
        score = 3
    if len(set(password)) <= 3:
        score = 1
    return score


class WelcomePage(QWizardPage):
    join_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # First of all, the language: the wizard switches to it at once.
        self.language = LanguagePicker(self)
        self.language.chosen.connect(set_last_language)  # the next start begins in it
        self.text = QLabel(self)
        self.text.setWordWrap(True)
        self.text.setTextFormat(Qt.TextFormat.RichText)
        self.join_text = QLabel(self)
        self.join_text.setWordWrap(True)
        self.join_button = QPushButton(self)
        self.join_button.clicked.connect(self.join_requested)
        layout = QVBoxLayout(self)
        layout.addWidget(self.language)
        layout.addWidget(self.text)
        layout.addStretch(1)
        layout.addWidget(self.join_text)
        layout.addWidget(self.join_button, 0, Qt.AlignmentFlag.AlignLeft)
        self._retranslate()

    def _retranslate(self) -> None:
        self.setTitle(self.tr("Welcome to Saphan"))
        self.text.setText(
            self.tr(
                "<p>This sets up your organisation's records on this computer.</p>"
                "<ul>"
                "<li>The records are kept in an encrypted database that only your "
                "organisation's users can open.</li>"
                "<li>You will be the first admin. You can add caseworkers and facilitators "
                "later.</li>"
                "<li>At the end you will get a <b>recovery passphrase</b>. Print it or write "
                "it down: it is the only way back in if every password is forgotten.</li>"
                "</ul>"
                "<p>Records about people never leave this computer.</p>"
            )
        )
        self.join_text.setText(
            self.tr(
                "Does your CSO already use Saphan on another laptop? Then do not set up a new "
                "database here: join your CSO's team, with the invitation your admin gives you."
            )
        )
        self.join_button.setText(self.tr("Join my CSO's team…"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)


class _CheckedPage(QWizardPage):
    """A page whose fields show their problem once the user has typed in them."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.fields: dict[str, Field] = {}
        self._touched: set[str] = set()

    def _field(self, key: str, editor: QLineEdit) -> Field:
        field = Field(editor, self)
        self.fields[key] = field
        editor.textEdited.connect(lambda _t: self._edited(key))
        return field

    def _edited(self, key: str) -> None:
        self._touched.add(key)
        self._update()

    def problems(self) -> dict[str, str]:
        raise NotImplementedError

    def _update(self) -> None:
        problems = self.problems()
        for key, field in self.fields.items():
            code = problems.get(key)
            shown = code is not None and key in self._touched
            field.message.show_message(problem_message(key, code) if shown and code else "")
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        return not self.problems()


class OrganisationPage(_CheckedPage):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Your organisation"))
        self.setSubTitle(
            self.tr("The short code appears in every person's code, e.g. BEAM-000123.")
        )
        self.cso_code = QLineEdit(self)
        self.cso_code.setMaxLength(12)
        self.cso_code.setPlaceholderText(self.tr("e.g. BEAM"))
        self.cso_code.setMaximumWidth(180)
        self.cso_code.textEdited.connect(self._upper_case)
        self.cso_name = QLineEdit(self)
        self.cso_name.setPlaceholderText(self.tr("e.g. BEAM Education Foundation"))
        form = QFormLayout(self)
        form.addRow(self.tr("Short code"), self._field("cso_code", self.cso_code))
        form.addRow(self.tr("Full name"), self._field("cso_name", self.cso_name))

    def _upper_case(self, text: str) -> None:
        if text != text.upper():
            position = self.cso_code.cursorPosition()
            self.cso_code.setText(text.upper())
            self.cso_code.setCursorPosition(position)

    def problems(self) -> dict[str, str]:
        found = check_setup_fields(
            self.cso_code.text().strip(), self.cso_name.text(), _OK_USER, _OK_PASSWORD
        )
        return {k: v for k, v in found.items() if k in ("cso_code", "cso_name")}


class AdminPage(_CheckedPage):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("The first admin"))
        self.setSubTitle(self.tr("That is you. You will sign in with this user name and password."))
        self.full_name = QLineEdit(self)
        self.full_name.setPlaceholderText(self.tr("e.g. Daw Khin Myo"))
        self.username = QLineEdit(self)
        self.username.setPlaceholderText(self.tr("e.g. khinmyo"))
        self.username.setMaximumWidth(240)
        self.username.textEdited.connect(self._lower_case)
        self.password = QLineEdit(self)
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.confirm = QLineEdit(self)
        self.confirm.setEchoMode(QLineEdit.EchoMode.Password)
        self.strength = QProgressBar(self)
        self.strength.setRange(0, 3)
        self.strength.setTextVisible(False)
        self.strength.setFixedSize(120, 8)
        self.strength_label = QLabel(self)
        set_role(self.strength_label, "muted")
        strength_row = QHBoxLayout()
        strength_row.addWidget(self.strength)
        strength_row.addWidget(self.strength_label, 1)
        hint = QLabel(
            self.tr(
                "At least 10 characters. A few words you can remember are stronger than a "
                "short, complicated password."
            ),
            self,
        )
        hint.setWordWrap(True)
        set_role(hint, "muted")
        self.error = QLabel(self)
        set_role(self.error, "fieldError")
        self.error.setWordWrap(True)
        self.error.hide()

        form = QFormLayout(self)
        form.addRow(self.tr("Your full name"), self._field("full_name", self.full_name))
        form.addRow(self.tr("User name"), self._field("username", self.username))
        form.addRow(self.tr("Password"), self._field("password", self.password))
        form.addRow("", strength_row)
        form.addRow("", hint)
        form.addRow(self.tr("Password again"), self._field("confirm", self.confirm))
        form.addRow(self.error)
        self.password.textEdited.connect(self._show_strength)
        self._show_strength()

    def _lower_case(self, text: str) -> None:
        if text != text.lower():
            position = self.username.cursorPosition()
            self.username.setText(text.lower())
            self.username.setCursorPosition(position)

    def _show_strength(self) -> None:
        score = password_strength(self.password.text())
        self.strength.setValue(score)
        colour = ("#b3261e", "#c77700", "#8a9a1b", "#2e7d32")[score]
        self.strength.setStyleSheet(f"QProgressBar::chunk {{ background: {colour}; }}")
        words = (
            self.tr("Too short") if self.password.text() else "",
            self.tr("Weak"),
            self.tr("Fair"),
            self.tr("Strong"),
        )
        self.strength_label.setText(words[score])

    def problems(self) -> dict[str, str]:
        found = check_setup_fields(
            _OK_CODE,
            _OK_NAME,
            self.username.text().strip(),
            self.password.text(),
            self.full_name.text(),
        )
        problems = {k: v for k, v in found.items() if k in ("username", "password", "full_name")}
        if not self.full_name.text().strip():
            problems["full_name"] = "required"
        if self.confirm.text() != self.password.text():
            problems["confirm"] = "mismatch"
        return problems

    def show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.setVisible(bool(text))


def group_passphrase(passphrase: str) -> str:
    """Two lines of four groups, easier to copy by hand."""
    groups = passphrase.split("-")
    half = (len(groups) + 1) // 2
    return "-".join(groups[:half]) + "\n" + "-".join(groups[half:])


class PassphrasePage(QWizardPage):
    print_requested = Signal()
    pdf_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Your recovery passphrase"))
        self.setSubTitle(
            self.tr(
                "Shown only this once. If every password is forgotten, only this passphrase "
                "opens the records."
            )
        )
        self.passphrase = ""
        self.passphrase_label = QLabel(self)
        self.passphrase_label.setFont(monospace_font(20))
        self.passphrase_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.passphrase_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        set_role(self.passphrase_label, "passphrase")
        self.copy_button = QPushButton(self.tr("Copy"), self)
        self.copy_button.clicked.connect(self.copy)
        self.print_button = QPushButton(self.tr("Print…"), self)
        self.print_button.clicked.connect(self.print_requested)
        self.pdf_button = QPushButton(self.tr("Save as PDF…"), self)
        self.pdf_button.clicked.connect(self.pdf_requested)
        self.copied = QLabel(self)
        set_role(self.copied, "muted")
        buttons = QHBoxLayout()
        buttons.addWidget(self.copy_button)
        buttons.addWidget(self.print_button)
        buttons.addWidget(self.pdf_button)
        buttons.addWidget(self.copied, 1)
        advice = QLabel(
            self.tr(
                "Keep it on paper in a locked place, away from this laptop. Anyone who has the "
                "passphrase and a copy of the database can read the records. Do not keep it in "
                "a file on this computer or in a chat."
            ),
            self,
        )
        advice.setWordWrap(True)
        self.confirm = QCheckBox(
            self.tr(
                "I have written down or printed the recovery passphrase and will keep it "
                "somewhere safe"
            ),
            self,
        )
        self.confirm.toggled.connect(self.completeChanged)
        layout = QVBoxLayout(self)
        layout.addWidget(self.passphrase_label)
        layout.addLayout(buttons)
        layout.addSpacing(8)
        layout.addWidget(advice)
        layout.addStretch(1)
        layout.addWidget(self.confirm)

    def set_passphrase(self, passphrase: str) -> None:
        self.passphrase = passphrase
        self.passphrase_label.setText(group_passphrase(passphrase))

    def copy(self) -> None:
        QGuiApplication.clipboard().setText(self.passphrase)
        self.copied.setText(self.tr("Copied. Paste it only where you print it, then delete it."))

    def isComplete(self) -> bool:
        return bool(self.passphrase) and self.confirm.isChecked()
