"""Read-only table models declared column by column.

A :class:`Column` says once what a column is: its title, the text of a row's
cell, its alignment and, when it has one, the cell's tooltip.
:class:`ColumnTableModel` does ``rowCount``/``columnCount``/``data``/
``headerData`` over a list of rows; a subclass colours, fills or bolds cells
with :meth:`ColumnTableModel.style`. :class:`TextTableModel` is the one for
rows that are already text (the report views), with bold total rows.
:func:`table_view` is the read-only view most of these models are shown in.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from operator import itemgetter
from typing import Any, ClassVar, Generic, TypeVar

from PySide6.QtCore import (
    QAbstractItemModel,
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView

from kopdesk.ui.kit.columns import WholeColumn
from kopdesk.ui.kit.widgets import LEFT, RIGHT, bold, setup_table

__all__ = [
    "CENTER",
    "Cell",
    "Column",
    "ColumnTableModel",
    "Index",
    "TextTableModel",
    "table_view",
]

Index = QModelIndex | QPersistentModelIndex
T = TypeVar("T")
CENTER = Qt.AlignmentFlag.AlignCenter
_ITEM_ROLES = (
    Qt.ItemDataRole.DisplayRole,
    Qt.ItemDataRole.ToolTipRole,
    Qt.ItemDataRole.ForegroundRole,
    Qt.ItemDataRole.BackgroundRole,
    Qt.ItemDataRole.FontRole,
)


@dataclass(frozen=True)
class Column(Generic[T]):
    """One column: title, the text of a row's cell, alignment and tooltip.

    ``header_align`` is the title's alignment when it differs from the cells'.
    """

    header: str
    text: Callable[[T], str]
    align: Qt.AlignmentFlag = LEFT
    tip: Callable[[T], str] | None = None
    header_align: Qt.AlignmentFlag | None = None


@dataclass(frozen=True)
class Cell(Generic[T]):
    """Where a cell is: its row number, the row's item and its column number."""

    row: int
    item: T
    column: int


class ColumnTableModel(QAbstractTableModel, Generic[T]):
    """Rows of ``T`` shown through declared columns.

    Subclasses call :meth:`set_columns` once in ``__init__`` and show rows with
    :meth:`set_items`; they override :meth:`style` for colours and fonts, and
    :meth:`row_item`/:meth:`row_count` when the rows live elsewhere (pages).
    """

    ALIGN_HEADERS: ClassVar[bool] = True
    """Whether the titles follow the columns' alignment (else Qt's default, centred)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._columns: tuple[Column[T], ...] = ()
        self._items: list[T] = []

    def set_columns(self, columns: Sequence[Column[T]]) -> None:
        """Declare the columns once, right after construction."""
        self._columns = tuple(columns)

    def set_items(self, items: Iterable[T]) -> None:
        """Show ``items`` (in this order) instead of the rows shown so far."""
        self.beginResetModel()
        self._items = list(items)
        self.endResetModel()

    def row_item(self, row: int) -> T | None:
        """The row ``row``, None when there is none."""
        return self._items[row] if 0 <= row < len(self._items) else None

    def row_count(self) -> int:
        return len(self._items)

    def style(self, cell: Cell[T], role: int) -> Any:  # noqa: ARG002 - a hook for subclasses
        """Foreground, background, font or tooltip of a cell beyond its column's; None."""
        return None

    def missing(self, row: int, column: int, role: int) -> Any:  # noqa: ARG002 - a hook
        """What a row that cannot be read shows (None: nothing)."""
        return None

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self.row_count()

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._columns)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.column() < len(self._columns):
            return None
        column = self._columns[index.column()]
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return column.align
        if role not in _ITEM_ROLES:
            return None
        item = self.row_item(index.row())
        if item is None:
            return self.missing(index.row(), index.column(), role)
        if role == Qt.ItemDataRole.DisplayRole:
            return column.text(item)
        styled = self.style(Cell(index.row(), item, index.column()), role)
        if styled is None and role == Qt.ItemDataRole.ToolTipRole and column.tip is not None:
            return column.tip(item)
        return styled

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self._columns):
            return None
        column = self._columns[section]
        if role == Qt.ItemDataRole.DisplayRole:
            return column.header
        if role == Qt.ItemDataRole.TextAlignmentRole and self.ALIGN_HEADERS:
            return column.align if column.header_align is None else column.header_align
        return None


class TextTableModel(ColumnTableModel[tuple[str, ...]]):
    """Rows of already formatted text; amount columns right-aligned, total rows bold.

    Subclasses turn a report DTO into rows with :meth:`set_rows`.
    """

    def __init__(self, right: frozenset[int], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._right = right
        self._bold: set[int] = set()

    def set_headers(self, headers: tuple[str, ...]) -> None:
        """Set the column titles once, right after construction."""
        self.set_columns(
            [
                Column(title, itemgetter(i), RIGHT if i in self._right else LEFT)
                for i, title in enumerate(headers)
            ]
        )

    def set_rows(self, rows: list[tuple[str, ...]], bold_rows: set[int] | None = None) -> None:
        if any(len(row) != len(self._columns) for row in rows):
            raise ValueError("every row needs one cell per column")
        self._bold = bold_rows or set()
        self.set_items(rows)

    def cell(self, row: int, column: int) -> str:
        return self._items[row][column]

    def style(self, cell: Cell[tuple[str, ...]], role: int) -> Any:
        if role == Qt.ItemDataRole.FontRole and cell.row in self._bold:
            return bold(QFont())
        return None


def table_view(
    model: QAbstractItemModel, stretch: int | None = None, *, single: bool = False
) -> QTableView:
    """A read-only table: whole rows selected (``single``: one at a time), columns
    as wide as their contents, column ``stretch`` taking the rest."""
    view = QTableView()
    view.setModel(model)
    setup_table(view)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    if single:
        view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    header = view.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    if stretch is not None:
        header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
        WholeColumn(view, stretch)  # never cut to "Ded…" on a narrow screen
    return view
