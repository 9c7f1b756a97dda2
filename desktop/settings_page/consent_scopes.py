"""The consents a person may give or withdraw (admins): the built-in three, and the CSO's own
(e.g. "Photos in reports"), added and renamed here. A scope is never removed: the history of
what people agreed to keeps its name."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from db import consent
from db.consent import SCOPE_NAME_MAX
from db.errors import SaphanError, ValidationFailed
from db.store import Store
from desktop.beneficiaries.consent_dialog import scope_label
from desktop.errors import describe
from desktop.settings_page.own_list import OwnListBox


class ConsentScopesBox(OwnListBox):
    """Emits ``status_message`` after a scope was added or renamed."""

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        texts = (
            self.tr("Consents a person may give"),
            self.tr("e.g. Photos in reports"),
            self.tr("Add consent"),
            self.tr("Rename"),
            self.tr(
                "Each consent has its own history of when it was given or withdrawn, and by "
                "whom. Your organisation may add its own; they are kept, never removed, so the "
                "history keeps its meaning. Type a new name and choose Rename to correct one."
            ),
        )
        super().__init__(store, texts, SCOPE_NAME_MAX, second_needs_name=True, parent=parent)
        self.scopes = self.entries
        self.rename_button = self.second_button
        self.reload()

    def listed(self) -> list[tuple[str, str | None]]:
        scopes = consent.scopes(self._store)
        shown: list[tuple[str, str | None]] = []
        for scope in scopes:
            text = scope_label(scope.code, scopes)
            if scope.built_in:
                text = self.tr("{scope} (built in)").format(scope=text)
            shown.append((text, None if scope.built_in else scope.code))
        return shown

    def add(self, name: str) -> str:
        scope = consent.add_scope(self._store, name)
        return self.tr("Added the consent {scope}.").format(scope=scope.name)

    def second(self, code: str, name: str) -> str:
        consent.rename_scope(self._store, code, name)
        return self.tr("Renamed the consent to {scope}.").format(scope=name.strip())

    def refusal(self, exc: SaphanError) -> str:
        if isinstance(exc, ValidationFailed) and exc.problems:
            code = next(iter(exc.problems.values()))
            words = {
                "required": self.tr("Type the consent's name."),
                "too_long": self.tr("Use a shorter name."),
                "scope_exists": self.tr("There is already a consent with this name."),
            }
            return words.get(code, describe(exc))
        return describe(exc)
