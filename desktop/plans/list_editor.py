"""An editable list of short texts (objectives, materials, instructions, questions...).

Type in the box under the list and press Enter to add an item; double-click or F2 edits one;
Delete removes it; drag (or Ctrl+Up / Ctrl+Down) changes the order."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QSize, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)


class _TallRows(QStyledItemDelegate):
    """Rows tall enough for Burmese: its stacked vowels and medials reach far above and below
    the Latin line, and the default row height clips them. Numbers, when wanted, are painted
    in front of the text, never part of what the user edits."""

    def __init__(self, parent: QObject, numbered: bool) -> None:
        super().__init__(parent)
        self._numbered = numbered

    def initStyleOption(self, option: QStyleOptionViewItem, index) -> None:  # type: ignore[no-untyped-def]
        super().initStyleOption(option, index)
        if self._numbered:
            option.text = f"{index.row() + 1}.  {option.text}"

    def sizeHint(self, option: QStyleOptionViewItem, index) -> QSize:  # type: ignore[no-untyped-def]
        size = super().sizeHint(option, index)
        return QSize(size.width(), max(size.height(), int(option.fontMetrics.height() * 1.9)))


class ListEditor(QWidget):
    changed = Signal()

    def __init__(
        self,
        add_placeholder: str,
        parent: QWidget | None = None,
        *,
        numbered: bool = False,
    ) -> None:
        super().__init__(parent)
        self.list = QListWidget(self)
        self.list.setItemDelegate(_TallRows(self.list, numbered))
        self.list.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.list.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.list.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.SelectedClicked
        )
        self.list.setWordWrap(True)
        self.list.installEventFilter(self)
        self.list.itemChanged.connect(self._item_edited)
        self.list.model().rowsMoved.connect(self._renumber_and_tell)

        self.new_item = QLineEdit(self)
        self.new_item.setPlaceholderText(add_placeholder)
        self.new_item.setClearButtonEnabled(True)
        self.new_item.returnPressed.connect(self.add_typed)
        self.add_button = QPushButton(self.tr("Add"), self)
        self.add_button.setAutoDefault(False)
        self.add_button.clicked.connect(self.add_typed)
        self.remove_button = QPushButton(self.tr("Remove"), self)
        self.remove_button.setAutoDefault(False)
        self.remove_button.setToolTip(self.tr("Remove the selected item (Delete)"))
        self.remove_button.clicked.connect(self.remove_selected)

        row = QHBoxLayout()
        row.setSpacing(4)
        row.addWidget(self.new_item, 1)
        row.addWidget(self.add_button)
        row.addWidget(self.remove_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.list, 1)
        layout.addLayout(row)
        self._update_buttons()
        self.list.currentRowChanged.connect(self._update_buttons)

    # --- content --------------------------------------------------------------------------

    def items(self) -> list[str]:
        texts = (self._text_of(self.list.item(i)) for i in range(self.list.count()))
        return [t for t in texts if t.strip()]

    def set_items(self, items: list[str] | tuple[str, ...]) -> None:
        self.list.blockSignals(True)
        self.list.clear()
        for text in items:
            self._append(text)
        self.list.blockSignals(False)
        self._renumber()
        self._update_buttons()

    def _append(self, text: str) -> QListWidgetItem:
        item = QListWidgetItem()
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsEditable)
        item.setText(text)
        self.list.addItem(item)
        return item

    @staticmethod
    def _text_of(item: QListWidgetItem) -> str:
        return item.text().strip()

    def _renumber(self) -> None:
        self.list.viewport().update()

    # --- editing --------------------------------------------------------------------------

    def add_typed(self) -> None:
        text = self.new_item.text().strip()
        if not text:
            return
        self._append(text)
        self.new_item.clear()
        self._renumber()
        self._update_buttons()
        self.changed.emit()

    def remove_selected(self) -> None:
        row = self.list.currentRow()
        if row < 0:
            return
        self.list.takeItem(row)
        self._renumber()
        if self.list.count():
            self.list.setCurrentRow(min(row, self.list.count() - 1))
        self._update_buttons()
        self.changed.emit()

    def move_selected(self, step: int) -> None:
        row = self.list.currentRow()
        target = row + step
        if row < 0 or not 0 <= target < self.list.count():
            return
        item = self.list.takeItem(row)
        self.list.insertItem(target, item)
        self.list.setCurrentRow(target)
        self._renumber()
        self.changed.emit()

    def _item_edited(self, _item: QListWidgetItem) -> None:
        self.changed.emit()

    def _renumber_and_tell(self) -> None:
        self._renumber()
        self.changed.emit()

    def _update_buttons(self) -> None:
        self.remove_button.setEnabled(self.list.currentRow() >= 0)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self.list
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and self.list.state() != QAbstractItemView.State.EditingState
        ):
            key, ctrl = event.key(), event.modifiers() & Qt.KeyboardModifier.ControlModifier
            if key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
                self.remove_selected()
                return True
            if ctrl and key in (Qt.Key.Key_Up, Qt.Key.Key_Down):
                self.move_selected(-1 if key == Qt.Key.Key_Up else 1)
                return True
        return super().eventFilter(watched, event)
