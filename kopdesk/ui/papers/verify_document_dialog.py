"""Periksa dokumen: is this PDF a genuine, unaltered paper printed from this book?"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kopdesk.domain.dates import format_datetime
from kopdesk.services.ledger.documents import DocumentCheck, verify_document
from kopdesk.ui.kit import printing
from kopdesk.ui.kit.ops import Ops
from kopdesk.ui.kit.widgets import bold

GOOD_STYLE = "background: #e3f4e6; color: #1d5e2a; border: 1px solid #8cc79a;"
BAD_STYLE = "background: #fde2e2; color: #8a1020; border: 1px solid #e39a9a;"
WARN_STYLE = "background: #fff4d6; color: #6b4b00; border: 1px solid #e6c76a;"
NEUTRAL_STYLE = "background: #eef2f5; color: #334; border: 1px solid #c8d1d9;"


def banner_style(style: str) -> str:
    return f"QLabel {{ {style} border-radius: 4px; padding: 10px 12px; }}"


class VerifyDocumentDialog(QDialog):
    """Choose a PDF; the answer is shown green (genuine) or red (altered or foreign)."""

    def __init__(self, ops: Ops, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ops = ops
        self.check: DocumentCheck | None = None
        self.setWindowTitle(self.tr("Check a document"))
        self.setMinimumWidth(680)
        intro = QLabel(
            self.tr(
                "Every paper kopdesk prints gets a number and a fingerprint (SHA-256) "
                "recorded in the book. Choose the PDF file to check whether it is exactly "
                "the paper that was printed, unchanged."
            )
        )
        intro.setWordWrap(True)
        self.file_label = QLabel(self.tr("No file chosen yet."))
        self.file_label.setWordWrap(True)
        choose = QPushButton(self.tr("Choose PDF…"))
        choose.clicked.connect(self.choose_file)
        file_row = QHBoxLayout()
        file_row.addWidget(self.file_label, 1)
        file_row.addWidget(choose)
        self.verdict = QLabel()
        font = bold(self.font())
        font.setPointSizeF(font.pointSizeF() * 1.3)
        self.verdict.setFont(font)
        self.verdict.setWordWrap(True)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.details = QFormLayout()
        self.number_value = QLabel()
        self.title_value = QLabel()
        self.made_value = QLabel()
        self.by_value = QLabel()
        self.hash_value = QLabel()
        self.title_value.setWordWrap(True)
        mono = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        self.hash_value.setFont(mono)
        self.hash_value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.details.addRow(self.tr("Document number"), self.number_value)
        self.details.addRow(self.tr("Title"), self.title_value)
        self.details.addRow(self.tr("Printed on"), self.made_value)
        self.details.addRow(self.tr("Printed by"), self.by_value)
        self.details.addRow(self.tr("Recorded fingerprint"), self.hash_value)
        self.details_box = QWidget()
        self.details_box.setLayout(self.details)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(file_row)
        layout.addSpacing(6)
        layout.addWidget(self.verdict)
        layout.addWidget(self.message)
        layout.addWidget(self.details_box)
        layout.addStretch(1)
        layout.addWidget(buttons)
        self._show(None)

    def choose_file(self) -> None:
        path = printing.ask_open_path(
            self,
            self.tr("Choose the document to check"),
            QCoreApplication.translate("printing", "PDF documents (*.pdf)"),
        )
        if path is not None:
            self.check_file(path)

    def check_file(self, path: Path) -> DocumentCheck | None:
        """Check the file's bytes against the book and show the answer."""
        self.file_label.setText(str(path))
        try:
            data = path.read_bytes()
        except OSError as exc:
            self._fill(None)
            self.verdict.setStyleSheet(banner_style(BAD_STYLE))
            self.verdict.setText(self.tr("The file cannot be read"))
            self.message.setText(str(exc.strerror or exc))
            self.verdict.show()
            self.message.show()
            self._grow_to_fit()
            return None
        self.check = self.ops.read(self, lambda s: verify_document(s, self.ops.actor, data))
        self._show(self.check)
        return self.check

    def _show(self, check: DocumentCheck | None) -> None:
        self._fill(check)
        self._grow_to_fit()

    def _grow_to_fit(self) -> None:
        """Make the dialog tall enough for the answer just shown (it was sized before)."""
        layout = self.layout()
        if layout is None:
            return
        layout.activate()
        need = (
            self.heightForWidth(self.width())
            if self.hasHeightForWidth()
            else self.sizeHint().height()
        )
        need = max(need, self.minimumSizeHint().height())
        self.setMinimumHeight(need)
        if self.height() < need:
            self.resize(self.width(), need)

    def _fill(self, check: DocumentCheck | None) -> None:
        self.verdict.setVisible(check is not None)
        self.message.setVisible(check is not None)
        self.details_box.setVisible(check is not None and check.document is not None)
        if check is None:
            return
        if check.genuine and check.history_intact is not False:
            style, verdict = GOOD_STYLE, self.tr("Genuine and unchanged")
        elif check.genuine:
            style, verdict = WARN_STYLE, self.tr("Genuine, but the books changed since")
        elif check.document is not None:
            style, verdict = BAD_STYLE, self.tr("ALTERED: do not trust this paper")
        else:
            style, verdict = BAD_STYLE, self.tr("Not a paper from this book")
        self.verdict.setStyleSheet(banner_style(style))
        self.verdict.setText(verdict)
        self.message.setText(check.message)
        doc = check.document
        if doc is not None:
            self.number_value.setText(doc.number)
            self.title_value.setText(doc.title)
            self.made_value.setText(format_datetime(doc.made_at))
            self.by_value.setText(doc.made_by)
            digest = doc.sha256 or "—"
            self.hash_value.setText(f"{digest[:32]}\n{digest[32:]}".strip())

    @classmethod
    def ask(cls, ops: Ops, parent: QWidget | None = None) -> None:
        cls(ops, parent).exec()
