"""Bantuan: the user guide (``docs/panduan``) in a window, opened by F1 at the chapter of
the page (and tab) on screen.

Which chapter belongs to which screen is written here once: :data:`PAGE_TOPICS` for the
sidebar pages, :data:`PANEL_TOPICS` for the tabs inside them (by class name, the deepest
visible one wins). The tests check every page has a topic and every topic's chapter and
heading exist.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QImageReader, QTextCursor
from PySide6.QtWidgets import (
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QSplitter,
    QStackedWidget,
    QTabWidget,
    QTextBrowser,
    QWidget,
)

from kopdesk.app.guide import Chapter, chapters, guide_dir, read_chapter, slug, split_topic

__all__ = [
    "DIALOG_TOPICS",
    "IMAGE_WIDTH",
    "PAGE_TOPICS",
    "PANEL_TOPICS",
    "HelpWindow",
    "dialog_topic",
    "fit_images",
    "topic_for",
]

PAGE_TOPICS: dict[str, str] = {
    "home": "mulai.md#beranda",
    "members": "anggota.md",
    "savings": "loket.md",
    "loans": "pinjaman.md",
    "cash_journal": "jurnal.md",
    "reports": "laporan.md",
    "closing": "tutup-buku.md",
    "supervision": "pengawas.md",
    "settings": "pengguna.md",
}
"""The chapter of each sidebar page (``main_window.PAGES``)."""

PANEL_TOPICS: dict[str, str] = {
    "MonthEndPage": "akhir-bulan.md",
    "SavingsRoutinePanel": "akhir-bulan.md#jasa-simpanan-dan-pph",
    "LoanQualityPanel": "pinjaman.md#tunggakan-kolektibilitas-dan-ppap",
    "AllowanceTab": "akhir-bulan.md#ppap",
    "AccountsPanel": "jurnal.md#daftar-akun-buku-besar-neraca-saldo",
    "LedgerPanel": "jurnal.md#daftar-akun-buku-besar-neraca-saldo",
    "TrialBalancePanel": "jurnal.md#daftar-akun-buku-besar-neraca-saldo",
    "StatementsPanel": "tutup-buku.md#laporan-keuangan",
    "AssetsPanel": "tutup-buku.md#aset-tetap",
    "YearClosePanel": "tutup-buku.md#menutup-tahun-buku",
    "ShuPanel": "tutup-buku.md#shu",
    "RatBookPanel": "rat.md",
    "AuditPanel": "pengawas.md#jejak-audit",
    "VerifyPanel": "pengawas.md#keaslian-buku",
    "IntegrityPanel": "pengawas.md#periksa-integritas",
    "CashCountPanel": "pengawas.md#kas-opname",
    "SamplePanel": "pengawas.md#pemeriksaan-sampel",
    "FindingsPanel": "pengawas.md#temuan-dan-tanggapan-pengurus",
    "HealthTab": "kesehatan.md",
    "AdminBooksPage": "laporan.md#buku-administrasi",
    "ProfilePanel": "mulai.md#data-koperasi",
    "UsersPanel": "pengguna.md",
    "SecurityPanel": "pengguna.md#keamanan",
    "SavingsSettingsPanel": "loket.md#produk-dan-potong-gaji",
    "LoanSettingsPanel": "pinjaman.md#tunggakan-kolektibilitas-dan-ppap",
    "ClosingSettingsPanel": "tutup-buku.md#shu",
    "BackupPanel": "cadangan.md#pengaturan-cadangan",
}
"""The chapter of a tab inside a page, by the tab widget's class name."""


DIALOG_TOPICS: dict[str, str] = {
    "JournalEntryDialog": "jurnal.md#jurnal-baru",
    "ReverseDialog": "jurnal.md#membetulkan-jurnal",
    "AccountDialog": "jurnal.md#daftar-akun-buku-besar-neraca-saldo",
    "MemberDialog": "anggota.md#menambah-anggota",
    "StatusDialog": "anggota.md#data-satu-anggota",
    "MemberExitDialog": "anggota.md#anggota-keluar",
    "ImportDialog": "anggota.md#impor-anggota-dari-excel",
    "OpeningBalancesDialog": "saldo-awal.md#urutan-yang-dianjurkan",
    "LoanOpeningDialog": "saldo-awal.md#urutan-yang-dianjurkan",
    "PayrollImportDialog": "loket.md#produk-dan-potong-gaji",
    "SavingsProductsDialog": "loket.md#produk-dan-potong-gaji",
    "CorrectionDialog": "loket.md#salah-catat",
    "ApplicationDialog": "pinjaman.md#dari-pengajuan-sampai-lunas",
    "SimulationDialog": "pinjaman.md#dari-pengajuan-sampai-lunas",
    "DecisionDialog": "pinjaman.md#dari-pengajuan-sampai-lunas",
    "DisburseDialog": "pinjaman.md#dari-pengajuan-sampai-lunas",
    "PayoffDialog": "pinjaman.md#dari-pengajuan-sampai-lunas",
    "RestructureDialog": "pinjaman.md#restrukturisasi-dan-hapus-buku",
    "WriteOffDialog": "pinjaman.md#restrukturisasi-dan-hapus-buku",
    "LoanProductsDialog": "pinjaman.md#produk-pinjaman",
    "AssetDialog": "tutup-buku.md#aset-tetap",
    "DepreciationDialog": "akhir-bulan.md#penyusutan-aset-tetap",
    "ReopenDialog": "tutup-buku.md#menutup-tahun-buku",
    "PaymentDialog": "tutup-buku.md#shu",
    "NewUserDialog": "pengguna.md#menambah-pengguna",
    "RoleDialog": "pengguna.md#peran",
    "ResetPasswordDialog": "pengguna.md#menambah-pengguna",
    "ChangePasswordDialog": "pengguna.md#menambah-pengguna",
    "ApprovalDialog": "pengguna.md#persetujuan-orang-kedua",
    "RestoreWizard": "cadangan.md#memulihkan-dari-cadangan",
    "CheckReportDialog": "cadangan.md#memulihkan-dari-cadangan",
    "VerifyDocumentDialog": "pengawas.md#keaslian-dokumen",
    "QuickFind": "mulai.md#cari-apa-saja",
    "RegisterDialog": "laporan.md#buku-administrasi",
}
"""The chapter of a dialog, by its class name (or a base class's): F1 in the dialog."""


def dialog_topic(widget: QWidget) -> str | None:
    """The topic of the dialog holding ``widget`` (None: not in a known dialog)."""
    for cls in type(widget.window()).__mro__:
        topic = DIALOG_TOPICS.get(cls.__name__)
        if topic is not None:
            return topic
    return None


def topic_for(name: str, page: QWidget) -> str:
    """The guide topic of page ``name`` as it is on screen: the current tab's topic
    when the page shows one from :data:`PANEL_TOPICS` (tabs in tabs: the innermost),
    else the page's own."""
    topic = PAGE_TOPICS[name]
    depth = -1
    for tabs in page.findChildren(QTabWidget):
        current = tabs.currentWidget()
        found = _panel_topic(current) if current is not None else None
        level = _depth_if_current(current, page) if current is not None else -1
        if found is not None and level > depth:
            topic, depth = found, level
    return topic


def _panel_topic(tab: QWidget) -> str | None:
    """The topic of a tab's page; a tab built on first use (Tutup Buku) holds its panel
    in a slot widget, so its direct children count too."""
    found = PANEL_TOPICS.get(type(tab).__name__)
    if found is None:
        direct = Qt.FindChildOption.FindDirectChildrenOnly
        for child in tab.findChildren(QWidget, options=direct):
            found = PANEL_TOPICS.get(type(child).__name__)
            if found is not None:
                break
    return found


def _depth_if_current(widget: QWidget, top: QWidget) -> int:
    """How deep ``widget`` sits in ``top``; -1 when a stack (a tab widget's pages) on the
    way up shows another child, or a widget on the way was hidden on purpose."""
    level = 0
    child, parent = widget, widget.parentWidget()
    while parent is not None and child is not top:
        hidden = child.isHidden() and child.testAttribute(
            Qt.WidgetAttribute.WA_WState_ExplicitShowHide
        )
        if hidden or (isinstance(parent, QStackedWidget) and parent.currentWidget() is not child):
            return -1
        level += 1
        child, parent = parent, parent.parentWidget()
    return level if child is top else -1


IMAGE_WIDTH = 720
"""The widest a picture of the guide is shown (its 1366-pixel screenshots would not fit)."""


def fit_images(browser: QTextBrowser, width: int = IMAGE_WIDTH) -> None:
    """Show every picture of ``browser``'s document at most ``width`` pixels wide, in
    its proportions (Markdown cannot say the size)."""
    folder = guide_dir()
    document = browser.document()
    fitted = False
    block = document.begin()
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            fragment = it.fragment()
            form = fragment.charFormat()
            if form.isImageFormat():
                image = form.toImageFormat()
                size = QImageReader(str(folder / image.name())).size()
                if size.isValid() and size.width() > width:
                    image.setWidth(width)
                    image.setHeight(size.height() * width / size.width())
                    cursor = QTextCursor(document)
                    cursor.setPosition(fragment.position())
                    cursor.setPosition(
                        fragment.position() + fragment.length(), QTextCursor.MoveMode.KeepAnchor
                    )
                    cursor.setCharFormat(image)
                    fitted = True
            it += 1
        block = block.next()
    if fitted:
        # Changing a format after setMarkdown left the lazy layout stopped about 1,700
        # pixels down: a longer chapter showed blank below that. Lay it all out again.
        document.markContentsDirty(0, document.characterCount())


class HelpWindow(QWidget):
    """The guide: the chapters on the left, the chapter on the right; links between
    chapters open in place. A window of its own, so it can stay open beside the work."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setWindowTitle(self.tr("kopdesk guide"))
        self.chapters: list[Chapter] = chapters()
        self.current_file = ""
        self.current_anchor = ""
        self.chapter_list = QListWidget()
        self.chapter_list.setObjectName("chapters")
        self.chapter_list.setStyleSheet(
            "#chapters { font-size: 10.5pt; } #chapters::item { padding: 5px 8px; }"
        )
        for chapter in self.chapters:
            QListWidgetItem(chapter.title, self.chapter_list)
        self.chapter_list.currentRowChanged.connect(self._row_chosen)
        self.chapter_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.chapter_list.setMinimumWidth(self.chapter_list.sizeHintForColumn(0) + 28)
        self.browser = QTextBrowser()
        self.browser.setOpenLinks(False)
        self.browser.anchorClicked.connect(self._follow)
        self.browser.document().setDocumentMargin(20)
        self.browser.setStyleSheet("QTextBrowser { font-size: 10.5pt; }")
        self.browser.setSearchPaths([str(guide_dir())])  # the chapters' gambar/*.png
        splitter = QSplitter()
        splitter.addWidget(self.chapter_list)
        splitter.addWidget(self.browser)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([self.chapter_list.minimumWidth(), 900])
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)
        self.resize(1100, 700)

    def open_topic(self, topic: str) -> None:
        """Show ``file.md#anchor``: the chapter, scrolled to the heading of that anchor."""
        file, anchor = split_topic(topic)
        if file and file != self.current_file:
            self.current_file = file
            self.browser.setMarkdown(read_chapter(file))
            fit_images(self.browser)
            rows = [c.file for c in self.chapters]
            if file in rows:
                self.chapter_list.blockSignals(True)
                self.chapter_list.setCurrentRow(rows.index(file))
                self.chapter_list.blockSignals(False)
        self.current_anchor = anchor if anchor and self._scroll_to(anchor) else ""
        if not self.current_anchor:
            self.browser.moveCursor(QTextCursor.MoveOperation.Start)
            self.browser.verticalScrollBar().setValue(0)

    def _row_chosen(self, row: int) -> None:
        if 0 <= row < len(self.chapters):
            self.open_topic(self.chapters[row].file)

    def _follow(self, url: QUrl) -> None:
        if url.scheme() in {"", "file"} and url.path().endswith(".md"):
            self.open_topic(f"{url.path().rsplit('/', 1)[-1]}#{url.fragment()}")
        elif not url.path() and url.fragment():
            self.open_topic(f"#{url.fragment()}")

    def _scroll_to(self, anchor: str) -> bool:
        """Scroll the heading whose :func:`slug` is ``anchor`` to the top; False if none."""
        document = self.browser.document()
        block = document.begin()
        while block.isValid():
            if block.blockFormat().headingLevel() > 0 and slug(block.text()) == anchor:
                cursor = QTextCursor(block)
                self.browser.setTextCursor(cursor)
                top = document.documentLayout().blockBoundingRect(block).top()
                self.browser.verticalScrollBar().setValue(int(top))
                return True
            block = block.next()
        return False
