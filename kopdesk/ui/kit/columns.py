"""A table's stretching column (a member's name) kept whole on a narrow screen.

``QHeaderView.Stretch`` gives the column only what the other columns leave: on a
1366-pixel screen a table with ten figures left the names at "Ded…". When the
names do not fit, :class:`WholeColumn` makes the column as wide as its contents
and lets the table scroll sideways instead; when they fit, it stretches again.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QHeaderView, QTableView


class WholeColumn(QObject):
    """Keeps ``column`` of ``view`` wide enough for its contents (owned by the view)."""

    def __init__(self, view: QTableView, column: int) -> None:
        super().__init__(view)
        self.view = view
        self.column = column
        view.viewport().installEventFilter(self)
        model = view.model()
        model.modelReset.connect(self.fit)
        model.layoutChanged.connect(self.fit)
        model.rowsInserted.connect(self.fit)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: ARG002 - Qt
        if event.type() == QEvent.Type.Resize:
            self.fit()
        return False

    def needed(self) -> int:
        """The column's width with its widest cell and its heading whole."""
        header = self.view.horizontalHeader()
        return max(self.view.sizeHintForColumn(self.column), header.sectionSizeHint(self.column))

    def fit(self) -> None:
        """Stretch the column when its contents fit beside the others, else size it to
        its contents (the table scrolls sideways)."""
        header = self.view.horizontalHeader()
        if self.column >= header.count():
            return
        if header.sectionResizeMode(self.column) not in (
            QHeaderView.ResizeMode.Stretch,
            QHeaderView.ResizeMode.Interactive,
        ):
            return  # the table chose its own sizing for the column (e.g. to contents)
        others = sum(
            header.sectionSize(c)
            for c in range(header.count())
            if c != self.column and not header.isSectionHidden(c)
        )
        need = self.needed()
        if self.view.viewport().width() - others >= need:
            if header.sectionResizeMode(self.column) != QHeaderView.ResizeMode.Stretch:
                header.setSectionResizeMode(self.column, QHeaderView.ResizeMode.Stretch)
            return
        if header.sectionResizeMode(self.column) != QHeaderView.ResizeMode.Interactive:
            header.setSectionResizeMode(self.column, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(self.column, need)
