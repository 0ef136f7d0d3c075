"""The pictures of the user guide (docs/panduan/gambar), taken from the real windows.

    python tools/guide_shots.py [--out FOLDER] [--only NAME ...] [--db BOOK]

builds the demo book (``kopdesk demo --today 2026-11-30``: users admin, ketua,
bendahara, kasir and pengawas, password ``kopdesk-2026``) in a temporary folder,
pins "today" to that day, installs the Indonesian translation and opens the real
main window offscreen at 1366×768; then, for each entry of :data:`SHOTS`, brings
the window to that page (or opens the dialog, of which only the dialog is taken)
and saves ``FOLDER/<name>.png`` (default ``docs/panduan/gambar``). ``--db`` reuses
a demo book made before (it is copied, never changed).

Run it after changing a window the guide shows, look at every picture, and commit
them. ``tests/docs/test_guide_pictures.py`` checks that the guide links every
picture of :data:`SHOTS`, and nothing else, with an Indonesian alt text; one test
runs a single shot. The normal test suite does not run the whole script (about a
minute).
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QSettings, QTimer
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import QApplication, QDialog, QTabWidget, QWidget

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "docs" / "panduan" / "gambar"
TODAY = dt.date(2026, 11, 30)
SIZE = (1366, 768)
WORK = Path(tempfile.gettempdir()) / "kopdesk-panduan"
"""Where the demo book lives while the pictures are taken: a fixed path, so that the
status bar (which shows the book's file) is the same in every run."""
PASSWORD = "kopdesk-2026"  # noqa: S105 - the demo book's published password
SETTLE_S = 0.6
"""How long the event loop runs after each step, so that a page's figures (read in
a worker thread after it shows) and its layout are in place before the grab."""


@dataclass(frozen=True)
class Shot:
    name: str
    """The file's name without ``.png``."""
    chapter: str
    """The chapter (``docs/panduan/<chapter>``) that shows the picture."""
    take: Callable[[Studio], QPixmap]
    """Brings the window (or a dialog) to the state to picture; returns what to grab."""


class Studio:
    """The demo book, open in a main window as the treasurer."""

    def __init__(self, book_path: Path, work: Path) -> None:
        from kopdesk.services.base import users
        from kopdesk.storage.db import open_book
        from kopdesk.ui.main_window import MainWindow

        self.work = work
        self.book = open_book(book_path)
        with self.book.read() as session:
            self.actors = {u.username: u.actor() for u in users.list_users(session)}
        self.window = MainWindow(self.book, self.actors["bendahara"])
        self.window.resize(*SIZE)
        self.window.show()
        settle()

    @contextmanager
    def signed_in_as(self, username: str) -> Iterator[None]:
        """The window as ``username`` for one shot, then as the treasurer again."""
        self.window.act_as(self.actors[username])
        try:
            yield
        finally:
            self.window.act_as(self.actors["bendahara"])
            settle()

    def page(self, name: str) -> QWidget:
        from kopdesk.ui.main_window import PAGES

        self.window.nav.setCurrentRow(PAGES.index(name))
        settle()
        page = self.window.stack.currentWidget()
        assert page is not None
        return page

    def tab(self, page: QWidget, panel: str) -> None:
        """Show the tab (in tabs: each on the way) holding a widget of class ``panel``."""
        for tabs in page.findChildren(QTabWidget):
            for index in range(tabs.count()):
                holder = tabs.widget(index)
                if holder is None:
                    continue
                if type(holder).__name__ == panel or any(
                    type(w).__name__ == panel for w in holder.findChildren(QWidget)
                ):
                    tabs.setCurrentIndex(index)
        settle()
        if not any(type(w).__name__ == panel and w.isVisible() for w in page.findChildren(QWidget)):
            # a tab built on first use (Tutup Buku): its panel came with setCurrentIndex
            for tabs in page.findChildren(QTabWidget):
                for index in range(tabs.count()):
                    tabs.setCurrentIndex(index)
                    settle(0.1)
                    if any(
                        type(w).__name__ == panel and w.isVisible()
                        for w in page.findChildren(QWidget)
                    ):
                        settle()
                        return
            raise LookupError(f"no tab shows a {panel}")

    def close(self) -> None:
        self.window.close()
        self.book.close()


def settle(seconds: float = SETTLE_S) -> None:
    app = QApplication.instance()
    assert app is not None
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        app.processEvents()
        time.sleep(0.02)
    app.processEvents()


def modal(
    open_it: Callable[[], object], prepare: Callable[[QWidget], object] | None = None
) -> QPixmap:
    """Run ``open_it`` (which shows a modal dialog with ``exec``) and return the
    dialog's picture holder: the dialog is grabbed while it runs, then closed."""
    taken: list[QPixmap] = []

    def catch(tries: int = 0) -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            if tries > 100:
                raise RuntimeError("no dialog opened")
            QTimer.singleShot(50, lambda: catch(tries + 1))
            return
        settle()
        if prepare is not None:
            prepare(dialog)
            settle()
        taken.append(dialog.grab())
        if isinstance(dialog, QDialog):
            dialog.reject()
        else:
            dialog.close()

    QTimer.singleShot(0, catch)
    open_it()
    if not taken:
        raise RuntimeError("the dialog was not grabbed")
    return taken[0]


# --- the shots, in the guide's order ---------------------------------------------------


def beranda(s: Studio) -> QPixmap:
    s.page("home")
    settle(1.5)
    return s.window.grab()


def masuk(s: Studio) -> QPixmap:
    from kopdesk.ui.trust.login_dialog import LoginDialog

    dialog = LoginDialog(s.book)
    widgets = dialog.findChildren(QWidget)
    from PySide6.QtWidgets import QLineEdit

    edits = [w for w in widgets if isinstance(w, QLineEdit)]
    edits[0].setText("bendahara")
    edits[1].setText(PASSWORD)
    dialog.show()
    settle()
    picture = dialog.grab()
    dialog.close()
    return picture


def anggota(s: Studio) -> QPixmap:
    page = s.page("members")
    page.select_row(2)  # type: ignore[attr-defined]
    settle(1.0)
    return s.window.grab()


def impor_anggota(s: Studio) -> QPixmap:
    page = s.page("members")
    return modal(page.import_members)  # type: ignore[attr-defined]


def saldo_awal(s: Studio) -> QPixmap:
    page = s.page("savings")
    return modal(page.import_opening)  # type: ignore[attr-defined]


def loket(s: Studio) -> QPixmap:
    page = s.page("savings")
    page.choose_member(_last_deposit(s)[0])  # type: ignore[attr-defined]
    settle(1.0)
    return s.window.grab()


def bukti_setoran(s: Studio) -> QPixmap:
    page = s.page("savings")
    member, number = _last_deposit(s)
    page.choose_member(member)  # type: ignore[attr-defined]
    settle(1.0)
    return modal(lambda: page.print_receipt(number, "a5"))  # type: ignore[attr-defined]


def _last_deposit(s: Studio) -> tuple[str, str]:
    """The member and number of the book's last deposit at the counter (a wajib one)."""
    from sqlalchemy import select

    from kopdesk.models.members import Member
    from kopdesk.models.savings import SavingsTransaction as Tx

    with s.book.read() as session:
        row = session.execute(
            select(Member.number, Tx.number)
            .join(Member, Member.id == Tx.member_id)
            .where(Tx.kind == "setor", Tx.description.like("%Wajib%"))
            .order_by(Tx.id.desc())
            .limit(1)
        ).one()
    return row[0], row[1]


def pinjaman_simulasi(s: Studio) -> QPixmap:
    page = s.page("loans")
    return modal(page.simulate)  # type: ignore[attr-defined]


def akhir_bulan(s: Studio) -> QPixmap:
    home = s.page("home")
    home.show_month_end()  # type: ignore[attr-defined]
    settle(1.0)
    return s.window.grab()


def laporan(s: Studio) -> QPixmap:
    s.page("reports")
    return s.window.grab()


def pratinjau_laporan(s: Studio) -> QPixmap:
    page = s.page("reports")
    return modal(page.print_trial_balance)  # type: ignore[attr-defined]


def tutup_buku_shu(s: Studio) -> QPixmap:
    page = s.page("closing")
    s.tab(page, "ShuPanel")
    return s.window.grab()


def buku_rat(s: Studio) -> QPixmap:
    page = s.page("closing")
    s.tab(page, "RatBookPanel")
    return s.window.grab()


def cadangan(s: Studio) -> QPixmap:
    with s.signed_in_as("admin"):  # the Admin sees the settings and Pulihkan
        page = s.page("settings")
        s.tab(page, "BackupPanel")
        panel = next(w for w in page.findChildren(QWidget) if type(w).__name__ == "BackupPanel")
        panel.backup_button.click()  # type: ignore[attr-defined]
        settle(3.0)
        return s.window.grab()


def pemulihan(s: Studio) -> QPixmap:
    """The restore wizard's check of the newest backup (made here when there is none)."""
    with s.signed_in_as("admin"):
        page = s.page("settings")
        s.tab(page, "BackupPanel")
        panel = next(w for w in page.findChildren(QWidget) if type(w).__name__ == "BackupPanel")
        if not panel.model.rowCount():  # type: ignore[attr-defined]
            panel.backup_button.click()  # type: ignore[attr-defined]
            settle(3.0)

        def check_newest(wizard: QWidget) -> None:
            wizard.page(wizard.startId()).select_row(0)  # type: ignore[attr-defined]
            settle()
            wizard.next()  # type: ignore[attr-defined]
            settle(3.0)

        return modal(s.window.restore_from_backup, check_newest)


def jurnal(s: Studio) -> QPixmap:
    s.page("cash_journal")
    settle(1.0)
    return s.window.grab()


def pengawasan(s: Studio) -> QPixmap:
    with s.signed_in_as("pengawas"):
        page = s.page("supervision")
        s.tab(page, "AuditPanel")
        return s.window.grab()


def kesehatan(s: Studio) -> QPixmap:
    """Pengawasan → Kesehatan as the pengawas: the 2025 assessment, a ratio's working."""
    with s.signed_in_as("pengawas"):
        page = s.page("supervision")
        s.tab(page, "HealthTab")
        tab = page.health_tab  # type: ignore[attr-defined]
        tab.panel.year.setCurrentIndex(tab.panel.year.findData(2025))
        settle(1.0)
        tab.panel.table.selectRow(0)
        settle()
        return s.window.grab()


def pengawas_kas_opname(s: Studio) -> QPixmap:
    with s.signed_in_as("pengawas"):
        page = s.page("supervision")
        s.tab(page, "CashCountPanel")
        return s.window.grab()


def laporan_dinas(s: Studio) -> QPixmap:
    page = s.page("reports")
    s.tab(page, "AdminBooksPage")
    return s.window.grab()


def cari(s: Studio) -> QPixmap:
    s.page("home")
    finder = s.window.navigation.find()
    assert finder is not None
    finder.edit.setText("Siti")
    settle(1.5)
    picture = finder.grab()
    finder.hide()
    return picture


def bantuan(s: Studio) -> QPixmap:
    s.page("members")
    help_window = s.window.navigation.show_help()  # F1: the chapter of the page
    settle(1.0)
    picture = help_window.grab()
    help_window.close()
    return picture


SHOTS: tuple[Shot, ...] = (
    Shot("beranda", "mulai.md", beranda),
    Shot("masuk", "pengguna.md", masuk),
    Shot("anggota", "anggota.md", anggota),
    Shot("impor-anggota", "anggota.md", impor_anggota),
    Shot("saldo-awal", "saldo-awal.md", saldo_awal),
    Shot("loket", "loket.md", loket),
    Shot("bukti-setoran", "loket.md", bukti_setoran),
    Shot("pinjaman-simulasi", "pinjaman.md", pinjaman_simulasi),
    Shot("jurnal", "jurnal.md", jurnal),
    Shot("akhir-bulan", "akhir-bulan.md", akhir_bulan),
    Shot("laporan", "laporan.md", laporan),
    Shot("pratinjau-laporan", "laporan.md", pratinjau_laporan),
    Shot("tutup-buku-shu", "tutup-buku.md", tutup_buku_shu),
    Shot("buku-rat", "rat.md", buku_rat),
    Shot("cadangan", "cadangan.md", cadangan),
    Shot("pemulihan", "cadangan.md", pemulihan),
    Shot("pengawasan", "pengawas.md", pengawasan),
    Shot("pengawas-kas-opname", "pengawas.md", pengawas_kas_opname),
    Shot("kesehatan", "kesehatan.md", kesehatan),
    Shot("laporan-dinas", "laporan.md", laporan_dinas),
    Shot("cari", "mulai.md", cari),
    Shot("bantuan", "index.md", bantuan),
)
"""Every picture of the guide: its file name, its chapter and how it is taken."""


def make_demo(folder: Path) -> Path:
    """The demo book, built by the command a treasurer would type."""
    path = folder / "buku-contoh.sqlite"
    subprocess.run(  # noqa: S603 - this Python, fixed arguments
        [sys.executable, "-m", "kopdesk", "demo", "--db", str(path), "--today", TODAY.isoformat()],
        check=True,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    return path


def take(shots: list[Shot], out: Path, demo: Path | None = None, work: Path = WORK) -> list[Path]:
    """Take ``shots`` into ``out``; returns the files written. The book lives in
    ``work`` (emptied first and removed after), whose path the status bar shows."""
    from kopdesk.domain import clock
    from kopdesk.ui.app import setup_application

    shutil.rmtree(work, ignore_errors=True)
    work.mkdir(parents=True)
    try:
        QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(work))
        book_path = work / "buku-contoh.sqlite"
        if demo is None:
            book_path = make_demo(work)
        else:
            shutil.copyfile(demo, book_path)
        app = QApplication.instance() or QApplication(sys.argv[:1])
        assert isinstance(app, QApplication)
        translators = setup_application(app)
        previous = clock.pin(TODAY)
        studio = Studio(book_path, work)
        written: list[Path] = []
        try:
            out.mkdir(parents=True, exist_ok=True)
            for shot in shots:
                picture = shot.take(studio)
                path = out / f"{shot.name}.png"
                if not picture.save(str(path)):
                    raise RuntimeError(f"cannot write {path}")
                written.append(path)
                print(path)
        finally:
            studio.close()
            clock.pin(previous)
            for translator in translators:
                app.removeTranslator(translator)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return written


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=OUT)
    parser.add_argument("--only", nargs="+", choices=[s.name for s in SHOTS])
    parser.add_argument("--db", type=Path, help="a demo book made before (copied)")
    args = parser.parse_args(argv)
    shots = [s for s in SHOTS if not args.only or s.name in args.only]
    take(shots, args.out, args.db)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
