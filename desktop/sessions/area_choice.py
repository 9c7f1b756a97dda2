"""The choice of where a session happened: "Not known", then the areas the network file lists
(the "where" of the network's 5W report). Used by Log a session and by Settings (the CSO's
default area)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QWidget

from db.errors import SaphanError
from db.store import Store
from directory.network import Area
from directory.sharing.memory import stored_network


def network_areas(store: Store) -> list[Area]:
    """The areas of the network file this CSO accepted last (none: no network, or it lists
    no areas)."""
    try:
        network = stored_network(store)
    except (SaphanError, ValueError):
        return []
    return list(network.areas or ()) if network is not None else []


class AreaChoice(QComboBox):
    """Not known (None), then the network's areas by name; ``area()`` is the chosen code."""

    def __init__(self, areas: list[Area], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.addItem(self.tr("Not known"), None)
        names = {a.code: a.name for a in areas}
        for a in areas:
            inside = names.get(a.parent or "")
            label = self.tr("{area} ({parent})").format(area=a.name, parent=inside)
            self.addItem(label if inside else a.name, a.code)
            if a.admin_code:
                self.setItemData(self.count() - 1, a.admin_code, Qt.ItemDataRole.ToolTipRole)
        self.setToolTip(self.tr("Where the session happened (for the network's 5W report)"))

    def area(self) -> str | None:
        code = self.currentData()
        return None if code is None else str(code)

    def set_area(self, code: str | None) -> None:
        """Choose ``code``; one the network no longer lists is kept as its code."""
        if code is None:
            self.setCurrentIndex(0)
            return
        index = self.findData(code)
        if index < 0:
            self.addItem(code, code)
            index = self.count() - 1
        self.setCurrentIndex(index)
