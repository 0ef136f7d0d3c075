"""The print preview every paper opens in: pages, Cetak, Simpan sebagai PDF, Tutup.

A paper is made (and registered) once; the preview shows those very bytes, the
printer gets them page by page (rendered at the printer's resolution) and
"Save as PDF" writes them unchanged, so every copy verifies as the registered
document.

Every paper reaches the screen through :func:`show_paper`, and a receipt
printed straight to the default printer through :func:`print_directly`; tests
replace :func:`show_paper`, :func:`ask_printer` and :func:`default_printer`.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QCoreApplication,
    QIODevice,
    QMarginsF,
    QPointF,
    QRectF,
    QSettings,
    QSize,
    QSizeF,
    Qt,
)
from PySide6.QtGui import QGuiApplication, QKeySequence, QPageLayout, QPageSize, QPainter, QShortcut
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QAbstractPrintDialog, QPrintDialog, QPrinter, QPrinterInfo
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QHBoxLayout,
    QLabel,
    QProgressDialog,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kopdesk.app.document_files import write_document
from kopdesk.errors import KopdeskError, StorageError
from kopdesk.ui.kit import messages
from kopdesk.ui.kit.ops import Ops

__all__ = [
    "MAX_DPI",
    "AskPath",
    "PreviewDialog",
    "ask_printer",
    "default_printer",
    "direct_receipts",
    "load_pdf",
    "new_printer",
    "print_directly",
    "print_document",
    "set_direct_receipts",
    "settings",
    "show_paper",
]

AskPath = Callable[[QWidget | None, str, str], Path | None]
"""``ask(parent, suggested file name, pattern)``: where to save, None when cancelled."""

MAX_DPI = 300
"""Pages are rendered at the printer's resolution, but never finer than this: text is
sharp at 300 dpi on an office laser (a thermal printer has 203), while an A4 page at
600 dpi is a 140 MB image that takes seconds to render and to spool."""

PageDone = Callable[[int, int], None]
"""``done(pages sent, pages to send)`` after each page."""


def load_pdf(data: bytes, parent: QWidget | None = None) -> QPdfDocument:
    """A :class:`QPdfDocument` over ``data`` (kept in a buffer the document owns).

    Raises ``StorageError`` when the bytes are not a readable PDF."""
    document = QPdfDocument() if parent is None else QPdfDocument(parent)
    buffer = QBuffer(document)
    buffer.setData(QByteArray(data))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    document.load(buffer)
    if document.status() != QPdfDocument.Status.Ready or document.pageCount() < 1:
        raise StorageError(
            QCoreApplication.translate(
                "preview", "The paper could not be read as a PDF; print it again."
            )
        )
    return document


def _fit_layout(document: QPdfDocument, *, margins: QMarginsF) -> QPageLayout:
    """A page layout the size and orientation of the document's first page."""
    size = document.pagePointSize(0)
    landscape = size.width() > size.height()
    portrait = QSizeF(min(size.width(), size.height()), max(size.width(), size.height()))
    orientation = QPageLayout.Orientation.Portrait
    if landscape:
        orientation = QPageLayout.Orientation.Landscape
    page = QPageSize(portrait, QPageSize.Unit.Point, "", QPageSize.SizeMatchPolicy.FuzzyMatch)
    return QPageLayout(page, orientation, margins, QPageLayout.Unit.Point)


def new_printer(document: QPdfDocument, name: str) -> QPrinter:
    """A printer for the print dialog, set to the paper's page size."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setDocName(name)
    printer.setPageLayout(_fit_layout(document, margins=printer.pageLayout().margins()))
    return printer


def _pages(document: QPdfDocument, printer: QPrinter) -> range:
    """The 0-based pages to print: all, or the range chosen in the print dialog."""
    count = document.pageCount()
    if printer.printRange() == QPrinter.PrintRange.PageRange and printer.fromPage() > 0:
        last = printer.toPage() or count
        return range(printer.fromPage() - 1, min(last, count))
    return range(count)


def print_document(document: QPdfDocument, printer: QPrinter, done: PageDone | None = None) -> int:
    """Paint every page (or the chosen range) of ``document`` on ``printer``; returns
    the number of pages sent.

    Each page is rendered at the printer's resolution (at most :data:`MAX_DPI`) and
    drawn at its real size, shrunk only when it is larger than the paper, centred
    across and from the top. Raises ``StorageError`` when the printer cannot start.
    """
    painter = QPainter()
    if not painter.begin(printer):
        raise StorageError(
            QCoreApplication.translate(
                "preview", "The printer could not be started; check that it is on."
            )
        )
    dpi = min(printer.resolution(), MAX_DPI)
    pages = _pages(document, printer)
    sent = 0
    try:
        for index in pages:
            if sent:
                printer.newPage()
            points = document.pagePointSize(index)
            room = painter.viewport()
            natural = QSizeF(points * (printer.resolution() / 72))
            scale = min(1.0, room.width() / natural.width(), room.height() / natural.height())
            target = QSizeF(natural * scale)
            image = document.render(
                index, QSize(round(points.width() * dpi / 72), round(points.height() * dpi / 72))
            )
            left = (room.width() - target.width()) / 2
            painter.drawImage(QRectF(QPointF(left, 0), target), image)
            sent += 1
            if done is not None:
                done(sent, len(pages))
    finally:
        painter.end()
    return sent


def ask_printer(parent: QWidget | None, printer: QPrinter, pages: int) -> bool:
    """The system print dialog for ``printer``; True when the user prints."""
    dialog = QPrintDialog(printer, parent)
    dialog.setOption(QAbstractPrintDialog.PrintDialogOption.PrintPageRange, True)
    dialog.setMinMax(1, pages)
    return dialog.exec() == QDialog.DialogCode.Accepted


DIRECT_KEY = "printing/receipts_direct"


def settings() -> QSettings:
    """This computer's kopdesk settings (a printer belongs to the PC, not to the book)."""
    return QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope, "kopdesk", "kopdesk")


def direct_receipts() -> bool:
    """Whether this computer prints receipts straight to its default printer."""
    return settings().value(DIRECT_KEY, defaultValue=False, type=bool) is True


def set_direct_receipts(on: bool) -> None:
    settings().setValue(DIRECT_KEY, on)


def default_printer() -> QPrinter | None:
    """A printer on the computer's default printer, None when it has none."""
    info = QPrinterInfo.defaultPrinter()
    if info.isNull():
        return None
    return QPrinter(info, QPrinter.PrinterMode.HighResolution)


def print_directly(parent: QWidget | None, ops: Ops, name: str, data: bytes, ask: AskPath) -> bool:
    """Print ``data`` (a receipt) on the default printer without a dialog, on paper
    the size of the receipt (A5 or the 58 mm strip) without margins.

    Without a default printer the preview opens instead. True when printed.
    """
    printer = default_printer()
    if printer is None:
        ops.status_message.emit(
            QCoreApplication.translate(
                "preview", "This computer has no default printer; choose one here."
            )
        )
        show_paper(parent, ops, name, data, ask)
        return False
    try:
        document = load_pdf(data)
        printer.setDocName(name)
        printer.setPageLayout(_fit_layout(document, margins=QMarginsF(0, 0, 0, 0)))
        print_document(document, printer)
    except KopdeskError as exc:
        messages.show_error(parent, exc)
        return False
    ops.status_message.emit(
        QCoreApplication.translate("preview", "{name} sent to the printer {printer}.").format(
            name=name, printer=printer.printerName()
        )
    )
    return True


def show_paper(parent: QWidget | None, ops: Ops, name: str, data: bytes, ask: AskPath) -> None:
    """Open the preview of the paper ``data`` (file name ``name``) until it is closed."""
    try:
        dialog = PreviewDialog(data, name, ops, ask, parent)
    except KopdeskError as exc:
        messages.show_error(parent, exc)
        return
    dialog.exec()


class PreviewDialog(QDialog):
    """The pages of one paper, with Print, Save as PDF, page and zoom controls."""

    def __init__(
        self, data: bytes, name: str, ops: Ops, ask: AskPath, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.data, self.name, self.ops, self.ask = data, name, ops, ask
        self.setWindowTitle(self.tr("Print preview – {name}").format(name=name))
        self.document = load_pdf(data, self)
        self.view = QPdfView(self)
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.navigator = self.view.pageNavigator()
        self._make_buttons()
        layout = QVBoxLayout(self)
        layout.addLayout(self._bar())
        layout.addWidget(self.view, 1)
        self.navigator.currentPageChanged.connect(self._show_page)
        self._show_page()
        if self.page_count() == 1:
            self.whole_page()  # a receipt or a one-page paper: all of it at a glance
        else:
            self.fit_width()
        self._shortcuts()
        self._fit_screen()

    def _make_buttons(self) -> None:
        self.print_button = QPushButton(self.tr("Print… (Ctrl+P)"))
        self.print_button.clicked.connect(self.print_paper)
        self.print_button.setDefault(True)
        self.save_button = QPushButton(self.tr("Save as PDF…"))
        self.save_button.clicked.connect(self.save_copy)
        self.previous_button = QPushButton(self.tr("◀ Previous"))
        self.previous_button.clicked.connect(self.previous_page)
        self.next_button = QPushButton(self.tr("Next ▶"))
        self.next_button.clicked.connect(self.next_page)
        self.page_label = QLabel()
        self.page_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.fit_button = QPushButton(self.tr("Fit width"))
        self.whole_button = QPushButton(self.tr("Whole page"))
        self.actual_button = QPushButton("100%")
        self.zoom = QButtonGroup(self)
        for button in (self.fit_button, self.whole_button, self.actual_button):
            button.setCheckable(True)
            self.zoom.addButton(button)
        self.fit_button.clicked.connect(self.fit_width)
        self.whole_button.clicked.connect(self.whole_page)
        self.actual_button.clicked.connect(self.actual_size)
        self.close_button = QPushButton(self.tr("Close"))
        self.close_button.clicked.connect(self.reject)

    def _bar(self) -> QHBoxLayout:
        bar = QHBoxLayout()
        bar.addWidget(self.print_button)
        bar.addWidget(self.save_button)
        bar.addSpacing(24)
        bar.addWidget(self.previous_button)
        bar.addWidget(self.page_label)
        bar.addWidget(self.next_button)
        bar.addSpacing(24)
        bar.addWidget(self.fit_button)
        bar.addWidget(self.whole_button)
        bar.addWidget(self.actual_button)
        bar.addStretch(1)
        bar.addWidget(self.close_button)
        return bar

    def _shortcuts(self) -> None:
        for key, slot in (
            (QKeySequence.StandardKey.Print, self.print_paper),
            (QKeySequence.StandardKey.Save, self.save_copy),
            (QKeySequence(Qt.Key.Key_PageUp), self.previous_page),
            (QKeySequence(Qt.Key.Key_PageDown), self.next_page),
        ):
            QShortcut(QKeySequence(key), self).activated.connect(slot)

    def _fit_screen(self) -> None:
        screen = self.screen() or QGuiApplication.primaryScreen()
        room = screen.availableGeometry()
        self.resize(min(1100, room.width() - 40), min(720, room.height() - 60))

    # --- pages and zoom ---------------------------------------------------------------

    def page_count(self) -> int:
        return self.document.pageCount()

    def current_page(self) -> int:
        """The page shown, 0-based."""
        return self.navigator.currentPage()

    def go_to(self, page: int) -> None:
        """Show page ``page`` (0-based, kept within the paper)."""
        page = max(0, min(page, self.page_count() - 1))
        self.navigator.jump(page, QPointF(), self.navigator.currentZoom())
        self._show_page()

    def next_page(self) -> None:
        self.go_to(self.current_page() + 1)

    def previous_page(self) -> None:
        self.go_to(self.current_page() - 1)

    def _show_page(self) -> None:
        page, count = self.current_page(), self.page_count()
        self.page_label.setText(
            self.tr("Page {page} of {count}").format(page=page + 1, count=count)
        )
        self.previous_button.setEnabled(page > 0)
        self.next_button.setEnabled(page < count - 1)

    def fit_width(self) -> None:
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.fit_button.setChecked(True)

    def whole_page(self) -> None:
        self.view.setZoomMode(QPdfView.ZoomMode.FitInView)
        self.whole_button.setChecked(True)

    def actual_size(self) -> None:
        self.view.setZoomMode(QPdfView.ZoomMode.Custom)
        self.view.setZoomFactor(1.0)
        self.actual_button.setChecked(True)

    # --- print and save ---------------------------------------------------------------

    def print_paper(self) -> int:
        """Ask the printer (the system print dialog) and print; returns the pages sent."""
        printer = new_printer(self.document, self.name)
        if not ask_printer(self, printer, self.page_count()):
            return 0
        return self.print_to(printer)

    def print_to(self, printer: QPrinter) -> int:
        """Print the paper on ``printer`` as it is set; returns the pages sent."""
        progress = QProgressDialog(
            self.tr("Printing {name}…").format(name=self.name), "", 0, 0, self
        )
        progress.setCancelButton(None)
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(500)

        def done(sent: int, pages: int) -> None:
            progress.setMaximum(pages)
            progress.setValue(sent)

        try:
            sent = print_document(self.document, printer, done)
        except KopdeskError as exc:
            messages.show_error(self, exc)
            return 0
        finally:
            progress.close()
        self.ops.status_message.emit(self.tr("{name} sent to the printer.").format(name=self.name))
        return sent

    def save_copy(self) -> Path | None:
        """Save the paper's bytes, unchanged, where the user chooses."""
        path = self.ask(self, self.name, self.tr("PDF documents (*.pdf)"))
        if path is None:
            return None
        try:
            write_document(path, self.data)
        except KopdeskError as exc:
            messages.show_error(self, exc)
            return None
        self.ops.status_message.emit(self.tr("Saved {path}.").format(path=path))
        return path
