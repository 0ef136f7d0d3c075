"""The print preview: pages and navigation, printing to a file printer, Save as PDF,
and receipts printed straight to the default printer."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrinter
from pytestqt.qtbot import QtBot
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen.canvas import Canvas

from kopdesk.errors import StorageError
from kopdesk.ui.kit import preview
from kopdesk.ui.kit.ops import Ops
from tests.ui.helpers import Shown


def paper(pages: int, size: tuple[float, float] = A4) -> bytes:
    """A PDF of ``pages`` pages, each saying its number."""
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=size)
    for number in range(1, pages + 1):
        canvas.drawString(72, size[1] - 72, f"Halaman uji {number}")
        canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def file_printer(path: Path) -> QPrinter:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    return printer


def no_path(_parent: object, _name: str, _pattern: str) -> Path | None:
    return None


def dialog(
    qtbot: QtBot, ops: Ops, data: bytes, ask: preview.AskPath = no_path
) -> preview.PreviewDialog:
    shown = preview.PreviewDialog(data, "laporan.pdf", ops, ask)
    qtbot.addWidget(shown)
    return shown


def test_the_preview_shows_every_page_and_moves_between_them(qtbot: QtBot, ops: Ops) -> None:
    view = dialog(qtbot, ops, paper(3))
    assert view.page_count() == 3
    assert view.current_page() == 0
    assert view.page_label.text() == "Page 1 of 3"
    assert not view.previous_button.isEnabled()
    view.next_page()
    view.next_page()
    assert view.current_page() == 2
    assert view.page_label.text() == "Page 3 of 3"
    assert not view.next_button.isEnabled()
    view.next_page()  # past the last page: stays there
    assert view.current_page() == 2
    view.previous_page()
    assert view.current_page() == 1
    assert view.previous_button.isEnabled()
    assert view.next_button.isEnabled()


@pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")
def test_scrolling_through_the_pages_moves_the_page_number(qtbot: QtBot, ops: Ops) -> None:
    view = dialog(qtbot, ops, paper(4))
    view.resize(1000, 700)
    view.show()
    qtbot.waitExposed(view)
    bar = view.view.verticalScrollBar()
    bar.setValue(bar.maximum())
    assert view.current_page() == 3
    assert view.page_label.text() == "Page 4 of 4"
    bar.setValue(0)
    assert view.page_label.text() == "Page 1 of 4"


def test_zoom_fits_the_width_the_whole_page_or_shows_the_real_size(qtbot: QtBot, ops: Ops) -> None:
    view = dialog(qtbot, ops, paper(2))
    assert view.view.zoomMode() is QPdfView.ZoomMode.FitToWidth
    assert view.fit_button.isChecked()
    view.actual_size()
    assert view.view.zoomMode() is QPdfView.ZoomMode.Custom
    assert view.view.zoomFactor() == 1.0
    assert view.actual_button.isChecked()
    assert not view.fit_button.isChecked()
    view.whole_page()
    assert view.view.zoomMode() is QPdfView.ZoomMode.FitInView
    view.fit_width()
    assert view.view.zoomMode() is QPdfView.ZoomMode.FitToWidth
    assert view.fit_button.isChecked()


def test_a_one_page_paper_opens_whole(qtbot: QtBot, ops: Ops) -> None:
    view = dialog(qtbot, ops, paper(1))
    assert view.view.zoomMode() is QPdfView.ZoomMode.FitInView
    assert view.whole_button.isChecked()


def test_printing_sends_every_page_to_the_printer(
    qtbot: QtBot, ops: Ops, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "dicetak.pdf"
    asked: list[int] = []

    def ask_printer(_parent: object, printer: QPrinter, pages: int) -> bool:
        asked.append(pages)
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(out))
        return True

    monkeypatch.setattr(preview, "ask_printer", ask_printer)
    view = dialog(qtbot, ops, paper(3))
    assert view.print_paper() == 3
    assert asked == [3]
    assert len(PdfReader(out).pages) == 3


def test_a_cancelled_print_dialog_prints_nothing(
    qtbot: QtBot, ops: Ops, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(preview, "ask_printer", lambda *_args: False)
    view = dialog(qtbot, ops, paper(2))
    assert view.print_paper() == 0


def test_a_file_printer_gets_the_same_pages(qtbot: QtBot, ops: Ops, tmp_path: Path) -> None:
    out = tmp_path / "cetak.pdf"
    view = dialog(qtbot, ops, paper(4))
    assert view.print_to(file_printer(out)) == 4
    printed = PdfReader(out)
    assert len(printed.pages) == 4


def test_a_page_range_prints_only_those_pages(ops: Ops, tmp_path: Path, qapp: object) -> None:
    out = tmp_path / "sebagian.pdf"
    printer = file_printer(out)
    printer.setPrintRange(QPrinter.PrintRange.PageRange)
    printer.setFromTo(2, 3)
    assert preview.print_document(preview.load_pdf(paper(5)), printer) == 2
    assert len(PdfReader(out).pages) == 2


def test_save_as_pdf_copies_the_bytes(qtbot: QtBot, ops: Ops, tmp_path: Path) -> None:
    data = paper(2)
    target = tmp_path / "salinan.pdf"
    view = dialog(qtbot, ops, data, lambda _p, _n, _pattern: target)
    assert view.save_copy() == target
    assert target.read_bytes() == data


def test_a_cancelled_save_writes_nothing(qtbot: QtBot, ops: Ops, tmp_path: Path) -> None:
    view = dialog(qtbot, ops, paper(1))
    assert view.save_copy() is None
    assert list(tmp_path.glob("*.pdf")) == []


def test_bytes_that_are_not_a_pdf_are_refused(qapp: object) -> None:
    with pytest.raises(StorageError):
        preview.load_pdf(b"bukan pdf")


def test_without_a_default_printer_the_receipt_opens_in_the_preview(
    ops: Ops, shown: Shown, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(preview, "default_printer", lambda: None)
    data = paper(1)
    assert not preview.print_directly(None, ops, "bukti.pdf", data, no_path)
    assert shown.previewed == [data]
