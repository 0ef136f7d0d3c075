"""Buku administrasi: the books a cooperative must keep (KOPERASI.md §6.3), whether
kopdesk keeps each, where, and a button that opens it (a page of the window, or one
of the small registers this feature keeps)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGridLayout, QLabel, QPushButton, QScrollArea, QVBoxLayout, QWidget

from kopdesk.services.dinas.books import ADMIN_BOOKS, AdminBook
from kopdesk.ui.kit.ops import Ops
from kopdesk.ui.papers.registers import RegisterDialog

__all__ = ["AdminBooksPage"]

REGISTER = "register:"


class AdminBooksPage(QWidget):
    """Book | kept by kopdesk | where | Open."""

    def __init__(self, ops: Ops, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ops = ops
        intro = QLabel(
            self.tr("The administration books a cooperative keeps. Those kopdesk keeps open "
                    "from here; print each from the place it opens. Keep the others on paper.")
        )  # fmt: skip
        intro.setWordWrap(True)
        grid = QGridLayout()
        grid.setHorizontalSpacing(16)
        for col, heading in enumerate(
            (self.tr("Book"), self.tr("In kopdesk"), self.tr("Where"), "")
        ):
            label = QLabel(f"<b>{heading}</b>")
            grid.addWidget(label, 0, col)
        self.buttons: dict[str, QPushButton] = {}
        for row, book in enumerate(ADMIN_BOOKS, start=1):
            grid.addWidget(QLabel(book.title), row, 0)
            grid.addWidget(QLabel(self.tr("Yes") if book.kept else self.tr("No")), row, 1)
            where = QLabel(book.where)
            where.setWordWrap(True)
            grid.addWidget(where, row, 2)
            if book.target is not None:
                button = QPushButton(self.tr("Open"))
                button.clicked.connect(lambda _c=False, b=book: self.open_book(b))
                self.buttons[book.key] = button
                grid.addWidget(button, row, 3, Qt.AlignmentFlag.AlignRight)
        grid.setColumnStretch(2, 1)
        content = QWidget()
        inner = QVBoxLayout(content)
        inner.setContentsMargins(24, 16, 24, 16)
        inner.addWidget(intro)
        inner.addSpacing(8)
        inner.addLayout(grid)
        inner.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(content)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll)

    def register_dialog(self, key: str) -> RegisterDialog:
        """The window of the small register ``key`` (not shown yet)."""
        return RegisterDialog(self.ops, key, self)

    def open_book(self, book: AdminBook) -> None:
        """Open the register, or follow the main window to the page that keeps it."""
        target = book.target or ""
        if target.startswith(REGISTER):
            dialog = self.register_dialog(target.removeprefix(REGISTER))
            dialog.exec()
            if dialog.follow is None:
                return
            target = dialog.follow
        go = getattr(self.window(), "go", None)  # the main window's shortcut follower
        if callable(go):
            go(target)
