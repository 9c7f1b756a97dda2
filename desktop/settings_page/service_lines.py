"""The service lines a case may be opened in (admins): the built-in MHPSS and protection lines,
and the CSO's own, added and removed here."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from db import cases
from db.cases import LINE_NAME_MAX
from db.errors import SaphanError, ValidationFailed
from db.store import Store
from desktop.beneficiaries.case_words import case_problem_message, service_line_label
from desktop.errors import describe
from desktop.settings_page.own_list import OwnListBox


class ServiceLinesBox(OwnListBox):
    """Emits ``status_message`` after a line was added or removed."""

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        texts = (
            self.tr("Service lines for cases"),
            self.tr("e.g. Livelihoods"),
            self.tr("Add line"),
            self.tr("Remove line"),
            self.tr(
                "A person has one case at a time in each line. Besides psychosocial support "
                "and protection, your organisation may add its own lines."
            ),
        )
        super().__init__(store, texts, LINE_NAME_MAX, second_needs_name=False, parent=parent)
        self.lines = self.entries
        self.remove_button = self.second_button
        self.reload()

    def listed(self) -> list[tuple[str, str | None]]:
        lines = cases.service_lines(self._store)
        shown: list[tuple[str, str | None]] = []
        for line in lines:
            text = service_line_label(line.code, lines)
            if line.built_in:
                text = self.tr("{line} (built in)").format(line=text)
            shown.append((text, None if line.built_in else line.code))
        return shown

    def add(self, name: str) -> str:
        line = cases.add_service_line(self._store, name)
        return self.tr("Added the service line {line}.").format(line=line.name)

    def second(self, code: str, name: str) -> str:
        cases.remove_service_line(self._store, code)
        return self.tr("Removed the service line.")

    def refusal(self, exc: SaphanError) -> str:
        if isinstance(exc, ValidationFailed) and exc.problems:
            key, code = next(iter(exc.problems.items()))
            return case_problem_message(key, code)
        return describe(exc)
