"""The search box and filter choices above the registry table."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLineEdit, QToolButton, QWidget

from db.types import AgeBand, CaseStatus, PersonQuery, PopulationGroup, Programme, Sex
from desktop.labels import age_band_label, population_group_label, sex_label, status_label
from desktop.widgets.fit import fit_combo_to_text

SEARCH_DELAY_MS = 150


class FilterBar(QWidget):
    """Emits ``changed`` when the search (after a short pause in typing) or a filter changes,
    and ``down_pressed`` when the user presses Down in the search box (to go to the table)."""

    changed = Signal()
    down_pressed = Signal()

    def __init__(self, programmes: list[Programme], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Search by code, name or phone"))
        self.search.setClearButtonEnabled(True)
        self.search.setMinimumWidth(260)
        self.search.installEventFilter(self)
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(SEARCH_DELAY_MS)
        self._debounce.timeout.connect(self.changed)
        self.search.textChanged.connect(lambda _t: self._debounce.start())

        self.sex = self._combo(self.tr("All sexes"), [(sex_label(s), s.value) for s in Sex])
        self.age_band = self._combo(
            self.tr("All ages"), [(age_band_label(b), b.value) for b in AgeBand]
        )
        self.population_group = self._combo(
            self.tr("All groups"),
            [(population_group_label(g), g.value) for g in PopulationGroup],
        )
        self.programme = self._combo(
            self.tr("All programmes"), [(p.name, p.id) for p in programmes]
        )
        self.programme.setToolTip(self.tr("People who attended a session of this programme"))
        self.status = self._combo(
            self.tr("Active and closed"), [(status_label(s), s.value) for s in CaseStatus]
        )
        self.clear_button = QToolButton(self)
        self.clear_button.setText(self.tr("Clear filters"))
        self.clear_button.setAutoRaise(True)
        self.clear_button.clicked.connect(self.clear)

        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.search, 1)
        for combo in (self.sex, self.age_band, self.population_group, self.programme, self.status):
            layout.addWidget(combo)
        layout.addWidget(self.clear_button)
        self._update_clear_button()

    def leave_out(self, fields: frozenset[str]) -> None:
        """Hide the filters on what the user sees of nobody (db.access.never_shown): they
        would only ever find no one."""
        for field, combo in (
            ("sex", self.sex),
            ("birth_year", self.age_band),
            ("population_group", self.population_group),
            ("status", self.status),
        ):
            if field in fields:
                combo.setCurrentIndex(0)
                combo.hide()
        if "phone" in fields:
            self.search.setPlaceholderText(self.tr("Search by code or name"))

    def _combo(self, everyone: str, items: list[tuple[str, object]]) -> QComboBox:
        combo = QComboBox(self)
        combo.addItem(everyone, None)
        for text, value in items:
            combo.addItem(text, value)
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.setMinimumContentsLength(4)
        combo.currentIndexChanged.connect(self._filter_changed)
        fit_combo_to_text(combo)  # as wide as its text in the language shown
        return combo

    def _combos(self) -> tuple[QComboBox, ...]:
        return (self.sex, self.age_band, self.population_group, self.programme, self.status)

    def _filter_changed(self) -> None:
        self._update_clear_button()
        self.changed.emit()

    def _update_clear_button(self) -> None:
        self.clear_button.setVisible(any(c.currentIndex() > 0 for c in self._combos()))

    def is_filtered(self) -> bool:
        return bool(self.search.text().strip()) or any(c.currentIndex() > 0 for c in self._combos())

    def clear(self) -> None:
        for combo in self._combos():
            combo.blockSignals(True)
            combo.setCurrentIndex(0)
            combo.blockSignals(False)
        self.search.blockSignals(True)
        self.search.clear()
        self.search.blockSignals(False)
        self._update_clear_button()
        self.changed.emit()

    def apply_to(self, query: PersonQuery) -> PersonQuery:
        """The query with this bar's text and filters (keeping its sort order)."""
        sex = self.sex.currentData()
        band = self.age_band.currentData()
        group = self.population_group.currentData()
        status = self.status.currentData()
        return PersonQuery(
            text=self.search.text(),
            sex=Sex(sex) if sex else None,
            age_band=AgeBand(band) if band else None,
            population_group=PopulationGroup(group) if group else None,
            programme_id=self.programme.currentData(),
            status=CaseStatus(status) if status else None,
            sort=query.sort,
            descending=query.descending,
        )

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self.search
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() == Qt.Key.Key_Down
        ):
            self.down_pressed.emit()
            return True
        return super().eventFilter(watched, event)
