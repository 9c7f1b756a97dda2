"""Where the CSO's sessions usually happen (admins): one of the areas the network file lists,
which Log a session then starts with. Saved as soon as it is chosen."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFormLayout, QGroupBox, QLabel, QWidget

from db import settings
from db.errors import SaphanError
from db.store import Store
from desktop.sessions.area_choice import AreaChoice, network_areas
from desktop.style import set_role
from desktop.widgets import dialogs


class DefaultAreaBox(QGroupBox):
    """Emits ``status_message`` after the default area changed."""

    status_message = Signal(str)

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Where sessions happen"), parent)
        self._store = store
        areas = network_areas(store)
        self.choice = AreaChoice(areas, self)
        self.choice.set_area(settings.default_area(store))
        note = QLabel(
            self.tr(
                "Log a session starts with this area; staff can choose another. The areas "
                "come from the network file (the network's 5W report counts people per area)."
            )
            if areas
            else self.tr(
                "The network file lists no areas yet. When the coordinator adds them, choose "
                "where your sessions usually happen here."
            ),
            self,
        )
        note.setWordWrap(True)
        set_role(note, "muted")
        form = QFormLayout(self)
        form.addRow(self.tr("Usual area"), self.choice)
        form.addRow(note)
        self.choice.setEnabled(bool(areas))
        self.choice.currentIndexChanged.connect(self._chosen)

    def _chosen(self) -> None:
        try:
            settings.set_default_area(self._store, self.choice.area())
        except SaphanError as exc:
            dialogs.show_error(self, self.tr("Where sessions happen"), exc)
            return
        self.status_message.emit(self.tr("Saved the usual area of sessions."))


__all__ = ["DefaultAreaBox"]
