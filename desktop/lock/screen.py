"""What a locked window shows: whose session it is and a password field, nothing else."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from db import setup
from db.errors import SaphanError
from db.store import Store
from desktop.errors import describe
from desktop.style import set_role
from desktop.widgets.field import FieldMessage


class LockScreen(QWidget):
    """Emits ``unlocked`` once the signed-in user's password was typed correctly."""

    unlocked = Signal()

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._store = store
        self.setObjectName("lockScreen")
        self.setStyleSheet("#lockScreen { background: #eef2f4; }")

        card = QFrame(self)
        card.setObjectName("lockCard")
        card.setStyleSheet(
            "#lockCard { background: white; border: 1px solid #d5dde2; border-radius: 10px; }"
        )
        card.setFixedWidth(440)
        brand = QLabel(self.tr("Saphan is locked"), card)
        set_role(brand, "pageTitle")
        self.cso_label = QLabel(store.cso.name, card)
        self.cso_label.setWordWrap(True)
        set_role(self.cso_label, "muted")
        self.user_label = QLabel(
            self.tr("Signed in: {name} ({username})").format(
                name=store.user.full_name, username=store.user.username
            ),
            card,
        )
        self.user_label.setWordWrap(True)
        hint = QLabel(self.tr("Type your password to continue where you left off."), card)
        hint.setWordWrap(True)
        set_role(hint, "muted")
        self.password = QLineEdit(card)
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setPlaceholderText(self.tr("Password"))
        self.password.returnPressed.connect(self.try_unlock)
        self.error = FieldMessage(card)
        self.unlock_button = QPushButton(self.tr("Unlock"), card)
        set_role(self.unlock_button, "primary")
        self.unlock_button.setDefault(True)
        self.unlock_button.clicked.connect(self.try_unlock)
        row = QHBoxLayout()
        row.addWidget(self.password, 1)
        row.addWidget(self.unlock_button)

        inner = QVBoxLayout(card)
        inner.setContentsMargins(28, 24, 28, 24)
        inner.setSpacing(8)
        inner.addWidget(brand)
        inner.addWidget(self.cso_label)
        inner.addSpacing(8)
        inner.addWidget(self.user_label)
        inner.addWidget(hint)
        inner.addSpacing(4)
        inner.addLayout(row)
        inner.addWidget(self.error)

        outer = QVBoxLayout(self)
        outer.addStretch(1)
        outer.addWidget(card, 0, Qt.AlignmentFlag.AlignHCenter)
        outer.addStretch(2)
        self.setFocusProxy(self.password)

    def reset(self) -> None:
        self.password.clear()
        self.error.clear_message()

    def try_unlock(self) -> None:
        try:
            right = setup.verify_password(self._store, self.password.text())
        except SaphanError as exc:
            right = False
            self.error.show_message(describe(exc))
        self.password.clear()
        if not right:
            if not self.error.isVisible():
                self.error.show_message(self.tr("The password is wrong."))
            self.password.setFocus()
            return
        self.error.clear_message()
        self.unlocked.emit()
