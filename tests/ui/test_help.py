"""Bantuan: F1 opens the guide at the chapter of the page (and tab) on screen, every
page has a chapter, and labels and column headers naming a term explain it."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QPoint, Qt, QUrl
from PySide6.QtGui import QHelpEvent
from PySide6.QtWidgets import QApplication, QLabel, QToolTip
from pytestqt.qtbot import QtBot

import kopdesk.ui
from kopdesk.app.guide import guide_dir, headings, read_chapter, slug, split_topic
from kopdesk.domain.permissions import Actor
from kopdesk.storage.db import Book
from kopdesk.ui.glossary_tips import glossary_tip
from kopdesk.ui.help import DIALOG_TOPICS, PAGE_TOPICS, PANEL_TOPICS, HelpWindow
from kopdesk.ui.ledger.entry_dialog import JournalEntryDialog
from kopdesk.ui.main_window import PAGES, MainWindow
from kopdesk.ui.savings.products_dialog import SavingsProductsDialog

UI = Path(kopdesk.ui.__file__).parent
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")
"""The offscreen platform cannot raise windows or pass size hints on."""


@pytest.fixture
def window(qtbot: QtBot, book: Book, bendahara: Actor) -> MainWindow:
    main = MainWindow(book, bendahara)
    qtbot.addWidget(main)
    main.resize(1366, 740)
    main.show()
    qtbot.waitExposed(main)
    main.activateWindow()
    return main


def anchors(file: str) -> set[str]:
    return {slug(text) for _level, text in headings(read_chapter(file))}


def test_every_page_and_tab_has_a_chapter_that_exists() -> None:
    assert set(PAGE_TOPICS) == set(PAGES)
    classes = {
        node.name
        for path in UI.rglob("*.py")
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8")))
        if isinstance(node, ast.ClassDef)
    }
    assert set(PANEL_TOPICS) <= classes  # a renamed tab class would lose its chapter
    assert set(DIALOG_TOPICS) <= classes
    for topic in (*PAGE_TOPICS.values(), *PANEL_TOPICS.values(), *DIALOG_TOPICS.values()):
        file, anchor = split_topic(topic)
        assert (guide_dir() / file).is_file(), topic
        assert not anchor or anchor in anchors(file), topic


FIRST_SEEN = {
    "home": "mulai.md#beranda",
    "members": "anggota.md",
    "savings": "loket.md",
    "loans": "pinjaman.md",
    "cash_journal": "jurnal.md",
    "reports": "laporan.md",
    "closing": "tutup-buku.md#laporan-keuangan",  # its first tab
    "supervision": "pengawas.md#keaslian-buku",  # the Bendahara sees no audit trail tab
    "settings": "mulai.md#data-koperasi",
}
"""The topic F1 opens on each page as it first shows (its first tab)."""


def test_f1_on_each_page_opens_the_guide_at_its_chapter(qtbot: QtBot, window: MainWindow) -> None:
    assert list(FIRST_SEEN) == list(PAGES)
    for row, name in enumerate(PAGES):
        window.nav.setCurrentRow(row)
        qtbot.keyClick(window.stack.currentWidget(), Qt.Key.Key_F1)
        guide = window.navigation.help
        assert guide is not None
        assert guide.isVisible()
        assert (guide.current_file, guide.current_anchor) == split_topic(FIRST_SEEN[name]), name
        chapter = guide.chapters[guide.chapter_list.currentRow()]
        assert chapter.file == guide.current_file
        title = guide.browser.document().firstBlock().text()
        assert title == headings(read_chapter(chapter.file))[0][1]
        if guide.current_anchor:
            assert slug(guide.browser.textCursor().block().text()) == guide.current_anchor


def test_f1_follows_the_tab_on_screen(qtbot: QtBot, window: MainWindow) -> None:
    closing = window.closing
    window.show_page(closing)
    closing.show_tab(closing.rat)
    guide = window.navigation.show_help()
    assert (guide.current_file, guide.current_anchor) == ("rat.md", "")
    closing.show_tab(closing.shu)
    window.navigation.show_help()
    assert (guide.current_file, guide.current_anchor) == ("tutup-buku.md", "shu")
    window.show_page(window.savings)
    window.savings.sections.setCurrentWidget(window.savings.routine)
    window.navigation.show_help()
    assert (guide.current_file, guide.current_anchor) == ("akhir-bulan.md", "jasa-simpanan-dan-pph")
    assert guide.browser.textCursor().block().text() == "Jasa simpanan dan PPh"


def test_f1_in_a_dialog_opens_the_guide_at_the_dialogs_chapter(
    qtbot: QtBot, window: MainWindow
) -> None:
    dialog = JournalEntryDialog(window.ops, window)
    dialog.setModal(True)  # as exec() makes it, without its own event loop
    dialog.show()
    qtbot.keyClick(dialog.focusWidget() or dialog, Qt.Key.Key_F1)
    guide = window.navigation.dialog_guide
    assert guide is not None
    assert guide.isVisible()
    assert guide.parentWidget() is dialog  # not blocked by the modal dialog
    assert (guide.current_file, guide.current_anchor) == ("jurnal.md", "jurnal-baru")
    assert window.navigation.help is None  # the page's guide was not asked
    products = SavingsProductsDialog(window.ops, window)
    products.setModal(True)
    products.show()
    qtbot.keyClick(products, Qt.Key.Key_F1)
    second = window.navigation.dialog_guide
    assert second is not None
    assert second is not guide
    assert second.current_file == "loket.md"
    dialog.reject()
    products.reject()


def test_the_guide_moves_between_chapters(qtbot: QtBot) -> None:
    guide = HelpWindow()
    qtbot.addWidget(guide)
    guide.open_topic("index.md")
    assert guide.browser.toPlainText().startswith("Panduan kopdesk")
    guide.chapter_list.setCurrentRow(6)
    assert guide.current_file == guide.chapters[6].file == "loket.md"
    assert "Setor (F2)" in guide.browser.toPlainText()
    guide.open_topic("pinjaman.md")
    from PySide6.QtCore import QUrl

    guide.browser.anchorClicked.emit(QUrl("akhir-bulan.md#ppap"))  # a link in the text
    assert (guide.current_file, guide.current_anchor) == ("akhir-bulan.md", "ppap")
    assert guide.chapter_list.currentItem().text() == "Rutin akhir bulan"
    guide.resize(900, 300)
    guide.show()
    guide.open_topic("glosarium.md#ppap")
    assert guide.current_anchor == "ppap"
    assert guide.browser.verticalScrollBar().value() > 0  # scrolled down to the heading
    assert guide.browser.textCursor().block().text() == "PPAP"


def test_the_guide_shows_its_pictures_fitted_to_the_window(qtbot: QtBot) -> None:
    """The chapters link gambar/*.png relative to the guide's folder: the browser finds
    them there (also in an installed copy) and shows them no wider than IMAGE_WIDTH."""
    from PySide6.QtGui import QTextDocument

    from kopdesk.ui.help import IMAGE_WIDTH

    guide = HelpWindow()
    qtbot.addWidget(guide)
    guide.open_topic("anggota.md")
    document = guide.browser.document()
    images = []
    block = document.begin()
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            form = it.fragment().charFormat()
            if form.isImageFormat():
                images.append(form.toImageFormat())
            it += 1
        block = block.next()
    assert [i.name() for i in images] == ["gambar/anggota.png", "gambar/impor-anggota.png"]
    for image in images:
        loaded = guide.browser.loadResource(
            QTextDocument.ResourceType.ImageResource.value, QUrl(image.name())
        )
        assert loaded is not None, image.name()
        assert not loaded.isNull(), image.name()
    assert images[0].width() == IMAGE_WIDTH  # 1366 wide on disk
    assert images[0].height() == pytest.approx(768 * IMAGE_WIDTH / 1366)


def test_every_chapter_is_laid_out_to_its_end(qtbot: QtBot) -> None:
    """Fitting the pictures must not stop the layout: a long chapter (Laporan,
    Pemeriksaan oleh pengawas) once showed nothing below its first 1,700 pixels."""
    guide = HelpWindow()
    qtbot.addWidget(guide)
    guide.resize(1366, 768)
    guide.show()
    for chapter in guide.chapters:
        guide.open_topic(chapter.file)
        document = guide.browser.document()
        layout = document.documentLayout()
        last = document.lastBlock()
        while last.isValid() and not last.text():
            last = last.previous()
        assert layout.blockBoundingRect(last).height() > 0, chapter.file
        assert document.size().height() >= layout.blockBoundingRect(last).bottom(), chapter.file


def test_terms_on_labels_and_column_headers_are_explained(qtbot: QtBot, window: MainWindow) -> None:
    loans = window.loans
    window.show_page(loans)
    header = loans.view.horizontalHeader()
    column = loans.model.columnCount() - 1  # Kolektibilitas
    title = loans.model.headerData(column, Qt.Orientation.Horizontal)
    assert title == "Kolektibilitas"
    at = QPoint(header.sectionViewportPosition(column) + 5, 5)
    tip = glossary_tip(header.viewport(), at)
    assert "<b>Kolektibilitas</b>" in tip
    assert "90 hari" in tip
    QToolTip.hideText()
    event = QHelpEvent(QEvent.Type.ToolTip, at, header.viewport().mapToGlobal(at))
    QApplication.sendEvent(header.viewport(), event)  # what hovering sends
    assert "<b>Kolektibilitas</b>" in QToolTip.text()
    QToolTip.hideText()
    first = QPoint(header.sectionViewportPosition(0) + 5, 5)
    assert glossary_tip(header.viewport(), first) == ""  # No. pinjaman: no term
    label = QLabel("PPAP wajib dibentuk")
    assert "Penyisihan Penghapusan Pinjaman" in glossary_tip(label, QPoint())
    label.setToolTip("Sudah dijelaskan")
    assert glossary_tip(label, QPoint()) == ""  # a widget's own tooltip comes first


def test_f1_on_berandas_month_end_tab_opens_the_month_end_chapter(
    qtbot: QtBot, window: MainWindow
) -> None:
    window.show_page(window.home)
    window.home.show_month_end()
    guide = window.navigation.show_help()
    assert guide.current_file == "akhir-bulan.md"
