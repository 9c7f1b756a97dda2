"""The shared bases of desktop/widgets: the paged table model, the list page, the form dialog."""

from __future__ import annotations

from PySide6.QtCore import Qt

from desktop.widgets.table_model import CallSource, Column, PagedModel, RowsModel


class _Row:
    def __init__(self, n: int) -> None:
        self.id = n
        self.name = f"row {n}"


class _Paged(PagedModel[_Row]):
    page_size = 10
    columns = (
        Column(lambda: "Name", lambda r: r.name),
        Column(lambda: "Number", lambda r: str(r.id), align_right=True),
    )

    def __init__(self, count: int, counted: bool = True) -> None:
        super().__init__()
        self.count = count
        self.counted = counted
        self.pages: list[tuple[int, int]] = []

    def source(self) -> CallSource[_Row]:
        def page(offset: int, limit: int) -> list[_Row]:
            self.pages.append((offset, limit))
            return [_Row(n) for n in range(offset, min(offset + limit, self.count))]

        return CallSource(page, (lambda: self.count) if self.counted else None)


def test_paged_model_loads_a_page_at_a_time(qtbot: object) -> None:
    for counted in (True, False):
        model = _Paged(25, counted)
        totals: list[int] = []
        model.total_changed.connect(totals.append)
        model.reload()
        assert model.rowCount() == 10
        assert model.pages == [(0, 10)]
        assert model.canFetchMore()
        model.fetchMore()
        model.fetchMore()
        assert model.rowCount() == 25
        assert not model.canFetchMore()
        assert model.pages == [(0, 10), (10, 10), (20, 10)]
        assert totals == [25 if counted else 10]


def test_paged_model_finds_a_row_further_down_and_stops_when_rows_vanish(qtbot: object) -> None:
    model = _Paged(45)
    model.reload()
    assert model.find_row(33) == 33
    assert model.rowCount() == 40
    model.count = 40  # someone deleted the last rows meanwhile
    model.fetchMore()
    assert not model.canFetchMore()
    assert model.total == 40


def test_rows_model_plumbing(qtbot: object) -> None:
    model = _Paged(3)
    model.reload()
    horizontal = Qt.Orientation.Horizontal
    assert [model.headerData(c, horizontal) for c in range(model.columnCount())] == [
        "Name",
        "Number",
    ]
    index = model.index(2, 1)
    assert index.data() == "2"
    assert index.data(Qt.ItemDataRole.ToolTipRole) == "2"
    assert index.data(Qt.ItemDataRole.UserRole) == 2
    right = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    assert index.data(Qt.ItemDataRole.TextAlignmentRole) == right
    assert model.row_at(1) is not None
    assert model.row_at(7) is None
    assert model.row_of(2) == 2
    assert model.row_of(99) is None


def test_rows_model_holds_rows_in_memory(qtbot: object) -> None:
    class Plain(RowsModel[_Row]):
        columns = (Column(lambda: "Name", lambda r: r.name),)

    model = Plain()
    model.set_rows([_Row(5), _Row(6)])
    assert model.rowCount() == 2
    assert model.index(1, 0).data() == "row 6"
    assert not model.canFetchMore(model.index(0, 0).parent())
