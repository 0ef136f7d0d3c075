"""A table's total row pinned under it, visible however far the rows are scrolled."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QFrame, QTableView, QVBoxLayout, QWidget


class PinnedTotal(QWidget):
    """``view`` with its model's last row (the total) shown in a one-row table of its
    own under it instead of at the end of the rows; the columns stay aligned.

    Put this widget in the layout where ``view`` would go. The model is shared, so
    the total row stays in the model (tests, printing and CSV read it there).
    """

    def __init__(self, view: QTableView, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.view = view
        self.footer = QTableView()
        self.footer.setModel(view.model())
        self.footer.horizontalHeader().hide()
        self.footer.verticalHeader().hide()
        self.footer.setShowGrid(view.showGrid())
        self.footer.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.footer.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.footer.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.footer.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.footer.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.footer.setFrameShape(QFrame.Shape.NoFrame)
        self.footer.setObjectName("pinnedTotal")
        self.footer.setStyleSheet("#pinnedTotal { border-top: 2px solid #9aa5ad; }")
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        column.addWidget(view, 1)
        column.addWidget(self.footer)
        header = view.horizontalHeader()
        header.sectionResized.connect(self._align)
        header.geometriesChanged.connect(self._align)
        view.horizontalScrollBar().valueChanged.connect(self.footer.horizontalScrollBar().setValue)
        model = view.model()
        model.modelReset.connect(self._split)
        model.layoutChanged.connect(self._split)
        model.rowsInserted.connect(self._split)
        model.rowsRemoved.connect(self._split)
        self._split()

    def _split(self) -> None:
        """The last row only in the footer, every other row only in the view."""
        rows = self.view.model().rowCount()
        for row in range(rows):
            last = row == rows - 1
            self.view.setRowHidden(row, last)
            self.footer.setRowHidden(row, not last)
        self.footer.setVisible(rows > 0)
        self._align()

    def _align(self) -> None:
        """The footer's columns as wide as the view's, its height one row."""
        header = self.view.horizontalHeader()
        for column in range(header.count()):
            self.footer.setColumnWidth(column, header.sectionSize(column))
        margins = self.view.viewportMargins()
        left = self.view.verticalHeader().width() if self.view.verticalHeader().isVisible() else 0
        self.footer.setViewportMargins(left + margins.left(), 0, self._scroll_bar_room(), 0)
        rows = self.view.model().rowCount()
        height = self.footer.rowHeight(rows - 1) if rows else 0
        self.footer.setFixedHeight(height + 2 * self.footer.frameWidth() + 2)
        self.footer.horizontalScrollBar().setValue(self.view.horizontalScrollBar().value())

    def _scroll_bar_room(self) -> int:
        bar = self.view.verticalScrollBar()
        return bar.width() if bar.isVisible() else 0
