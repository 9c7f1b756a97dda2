"""A list to choose a staff member who may own cases (case owner, responsible, new owner)."""

from __future__ import annotations

from collections.abc import Collection

from PySide6.QtWidgets import QComboBox, QWidget

from db import cases
from db.errors import SaphanError
from db.store import Store


def caseworker_combo(
    store: Store,
    parent: QWidget,
    current: int | None = None,
    *,
    none_text: str | None = None,
    leave_out: Collection[int] = (),
) -> QComboBox:
    """Active staff whose role may own cases, by name; the item data is the user id.
    ``none_text``: a first item for "nobody" (data None). ``current`` is selected."""
    combo = QComboBox(parent)
    if none_text is not None:
        combo.addItem(none_text, None)
    try:
        workers = cases.case_workers(store)
    except SaphanError:
        workers = []
    for worker in workers:
        if worker.id not in leave_out:
            combo.addItem(worker.full_name, worker.id)
    if current is not None and (index := combo.findData(current)) >= 0:
        combo.setCurrentIndex(index)
    return combo
