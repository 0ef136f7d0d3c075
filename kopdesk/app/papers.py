"""Printed papers: a service builds the report data, ``kopdesk.reports`` lays
it out. The GUI and the CLI both print through these functions, so a paper
from a window and one from the command line are the same.
"""

from __future__ import annotations

import datetime as dt
import os
import tempfile
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Literal, TypeVar

from sqlalchemy.orm import Session

from kopdesk.domain import clock, coa
from kopdesk.domain.dates import format_date
from kopdesk.domain.papers.common import DocumentStamp
from kopdesk.domain.papers.statements import FinancialStatements, Period
from kopdesk.domain.permissions import Actor
from kopdesk.errors import StorageError, ValidationError
from kopdesk.reports.journal import render_journal
from kopdesk.reports.ledger import render_ledger
from kopdesk.reports.trial_balance import render_trial_balance
from kopdesk.services.ledger import documents as services_documents
from kopdesk.services.ledger import reports as ledger
from kopdesk.services.members import papers as member_papers
from kopdesk.services.members.register import MemberFilter
from kopdesk.storage.db import Book

R = TypeVar("R")


def _make(
    book: Book,
    actor: Actor,
    build: Callable[[Session], R],
    render: Callable[[R, DocumentStamp], bytes],
    *,
    kind: str,
    title: str,
) -> bytes:
    """Build the paper's data, register the paper, render it, record its SHA-256.

    Bad input is refused while building, before anything is written. The
    number is taken and the hash recorded in two short transactions, so no
    write lock is held while a long PDF renders; a paper whose rendering fails
    stays registered without a hash, which verification reports.
    """
    with book.read() as session:
        report = build(session)
    with book.unit_of_work() as session:
        stamp = services_documents.register_document(session, actor, kind, title)
    data = render(report, stamp)
    with book.unit_of_work() as session:
        services_documents.finalize_document(session, stamp.number, data)
    return data


def trial_balance_pdf(book: Book, as_of: dt.date, *, actor: Actor) -> bytes:
    """Neraca Saldo as of a date, as PDF bytes (a registered, verifiable paper)."""
    return _make(
        book,
        actor,
        lambda s: ledger.trial_balance(s, as_of),
        render_trial_balance,
        kind="neraca-saldo",
        title=f"Neraca Saldo per {format_date(as_of)}",
    )


def journal_pdf(book: Book, date_from: dt.date, date_to: dt.date, *, actor: Actor) -> bytes:
    """Jurnal Umum for a period, as PDF bytes (a registered, verifiable paper)."""
    return _make(
        book,
        actor,
        lambda s: ledger.journal_report(s, date_from, date_to),
        render_journal,
        kind="jurnal-umum",
        title=f"Jurnal Umum {format_date(date_from)} s.d. {format_date(date_to)}",
    )


def ledger_pdf(
    book: Book, code: str, date_from: dt.date, date_to: dt.date, *, actor: Actor
) -> bytes:
    """Buku Besar of one account for a period, as PDF bytes (a registered, verifiable paper)."""
    return _make(
        book,
        actor,
        lambda s: ledger.general_ledger(s, code, date_from, date_to),
        render_ledger,
        kind="buku-besar",
        title=f"Buku Besar {code} {format_date(date_from)} s.d. {format_date(date_to)}",
    )


def member_register_pdf(book: Book, *, actor: Actor, flt: MemberFilter | None = None) -> bytes:
    """Buku Daftar Anggota (landscape, signature column), a registered paper."""
    from kopdesk.reports.members import render_member_register

    return _make(
        book,
        actor,
        lambda s: member_papers.register_report(s, flt),
        render_member_register,
        kind="buku-daftar-anggota",
        title=f"Buku Daftar Anggota per {format_date(clock.today())}",
    )


def member_cards_pdf(book: Book, numbers: Sequence[str], *, actor: Actor) -> bytes:
    """Kartu anggota (10 per A4 page) for the given member numbers."""
    from kopdesk.reports.cards import render_member_cards

    count = len(numbers)
    return _make(
        book,
        actor,
        lambda s: member_papers.cards_report(s, numbers),
        render_member_cards,
        kind="kartu-anggota",
        title=f"Kartu anggota ({count} kartu)",
    )


def member_profile_pdf(book: Book, number: str, *, actor: Actor) -> bytes:
    """One member's profile sheet."""
    from kopdesk.reports.members import render_member_profile

    return _make(
        book,
        actor,
        lambda s: member_papers.profile_report(s, number),
        render_member_profile,
        kind="profil-anggota",
        title=f"Profil anggota {number.strip().upper()}",
    )


def write_document(path: Path, data: bytes) -> None:
    """Write the whole file or nothing: a temporary file beside it, then a rename.

    Raises ``StorageError`` (Indonesian) when the folder is missing or not writable.
    """
    path = path.expanduser()
    if not path.parent.is_dir():
        raise StorageError(f"Folder {path.parent} tidak ada; buat foldernya dulu.")
    tmp: str | None = None
    try:
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".kopdesk-", suffix=path.suffix)
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
        Path(tmp).replace(path)
    except OSError as exc:
        if tmp is not None:
            Path(tmp).unlink(missing_ok=True)
        raise StorageError(
            f"Berkas {path} tidak dapat ditulis ({exc.strerror or exc}). Pilih folder lain."
        ) from exc


# --- savings papers ---------------------------------------------------------------


def receipt_pdf(
    book: Book, number: str, *, actor: Actor, layout: Literal["a5", "58mm"] = "a5"
) -> bytes:
    """The receipt (bukti setoran/penarikan/pemindahbukuan/koreksi) of a savings
    transaction: A5 landscape or a 58 mm thermal strip."""
    from kopdesk.reports.receipt import render_receipt
    from kopdesk.services.savings import papers as savings_papers

    if layout not in ("a5", "58mm"):
        raise ValidationError("layout", "Tata letak bukti harus a5 atau 58mm.")
    clean = number.strip().upper()
    return _make(
        book,
        actor,
        lambda s: savings_papers.receipt(s, clean),
        lambda r, stamp: render_receipt(r, stamp, layout),
        kind="bukti-simpanan",
        title=f"Bukti simpanan {clean}",
    )


def member_statement_pdf(
    book: Book, member_number: str, date_from: dt.date, date_to: dt.date, *, actor: Actor
) -> bytes:
    """A member's savings statement (laporan mutasi simpanan) for a period."""
    from kopdesk.reports.savings import render_member_statement
    from kopdesk.services.savings import papers as savings_papers

    clean = member_number.strip().upper()
    return _make(
        book,
        actor,
        lambda s: savings_papers.member_statement(s, clean, date_from, date_to),
        render_member_statement,
        kind="mutasi-simpanan",
        title=f"Mutasi simpanan {clean} {format_date(date_from)} s.d. {format_date(date_to)}",
    )


def daily_cash_pdf(
    book: Book, day: dt.date, *, actor: Actor, cash_account: str = coa.CASH
) -> bytes:
    """Laporan kas harian of one cash account for one day."""
    from kopdesk.reports.savings import render_daily_cash
    from kopdesk.services.savings import papers as savings_papers

    return _make(
        book,
        actor,
        lambda s: savings_papers.daily_cash(s, day, cash_account),
        render_daily_cash,
        kind="kas-harian",
        title=f"Laporan kas harian {cash_account.strip()} {format_date(day)}",
    )


def savings_recap_pdf(book: Book, as_of: dt.date, *, actor: Actor) -> bytes:
    """Rekapitulasi simpanan per product, the members' balances against the GL."""
    from kopdesk.reports.savings import render_savings_recap
    from kopdesk.services.savings import papers as savings_papers

    return _make(
        book,
        actor,
        lambda s: savings_papers.savings_recap(s, as_of),
        render_savings_recap,
        kind="rekap-simpanan",
        title=f"Rekapitulasi simpanan per {format_date(as_of)}",
    )


def wajib_arrears_pdf(
    book: Book, through: dt.date, *, actor: Actor, only_late: bool = True
) -> bytes:
    """Daftar tagihan dan tunggakan simpanan wajib through a date (A4 landscape);
    by default only the members behind."""
    from kopdesk.reports.savings_lists import render_wajib_arrears
    from kopdesk.services.savings import papers as savings_papers

    scope = "" if only_late else " (semua anggota)"
    return _make(
        book,
        actor,
        lambda s: savings_papers.wajib_arrears(s, through, only_late),
        render_wajib_arrears,
        kind="tunggakan-wajib",
        title=f"Tagihan dan tunggakan simpanan wajib per {format_date(through)}{scope}",
    )


def tax_list_pdf(book: Book, month: str, *, actor: Actor) -> bytes:
    """Daftar pemotongan PPh 4(2) atas jasa simpanan of a processed month (``2025-02``)."""
    from kopdesk.reports.savings_lists import render_tax_withholding
    from kopdesk.services.savings import papers as savings_papers

    clean = month.strip()
    return _make(
        book,
        actor,
        lambda s: savings_papers.tax_withholding(s, clean),
        render_tax_withholding,
        kind="pph-4-2-simpanan",
        title=f"Daftar pemotongan PPh 4(2) jasa simpanan {clean}",
    )


# --- member exit ------------------------------------------------------------------


def member_exit_pdf(book: Book, entry_number: str, *, actor: Actor) -> bytes:
    """Penyelesaian Hak dan Kewajiban Anggota Keluar of a posted settlement
    (its journal number, as ``member_exit.settle_exit`` returned it)."""
    from kopdesk.reports.member_exit import render_member_exit
    from kopdesk.services.member_exit import settlement as member_exit

    clean = entry_number.strip().upper()
    return _make(
        book,
        actor,
        lambda s: member_exit.settlement(s, clean),
        render_member_exit,
        kind="anggota-keluar",
        title=f"Penyelesaian anggota keluar {clean}",
    )


# --- loan papers ------------------------------------------------------------------

from kopdesk.domain.loans import Terms as LoanTerms  # noqa: E402  (appended section)


def loan_simulation_pdf(
    terms: LoanTerms,
    start: dt.date,
    *,
    book: Book | None = None,
    actor: Actor | None = None,
    product_name: str = "",
) -> bytes:
    """Simulasi angsuran. With a ``book`` (and ``actor``) it is a registered paper
    under the cooperative's header; without one it is not registered and says
    ``SIMULASI — bukan bukti transaksi`` instead of a document number."""
    from kopdesk.domain.loans import simulate
    from kopdesk.reports.loans import render_simulation
    from kopdesk.services.loans import papers as loan_papers

    if book is None:
        report = loan_papers.simulation_report(simulate(terms, start), product_name=product_name)
        return render_simulation(report, None, made_by=actor.display if actor else "kopdesk")
    if actor is None:
        raise ValidationError("actor", "Simulasi yang didaftarkan di buku perlu pengguna.")
    return _make(
        book,
        actor,
        lambda s: loan_papers.simulation(s, terms, start, product_name=product_name),
        render_simulation,
        kind="simulasi-pinjaman",
        title=f"Simulasi angsuran {terms.principal} / {terms.tenor} bulan",
    )


def loan_agreement_pdf(book: Book, number: str, *, actor: Actor) -> bytes:
    """Ringkasan perjanjian pinjaman with its schedule and places to sign."""
    from kopdesk.reports.loans import render_loan_agreement
    from kopdesk.services.loans import papers as loan_papers

    clean = number.strip().upper()
    return _make(
        book,
        actor,
        lambda s: loan_papers.agreement(s, clean),
        render_loan_agreement,
        kind="perjanjian-pinjaman",
        title=f"Ringkasan perjanjian pinjaman {clean}",
    )


def loan_card_pdf(book: Book, number: str, as_of: dt.date, *, actor: Actor) -> bytes:
    """Kartu angsuran of a loan as of a date (A4 landscape)."""
    from kopdesk.reports.loans import render_loan_card
    from kopdesk.services.loans import papers as loan_papers

    clean = number.strip().upper()
    return _make(
        book,
        actor,
        lambda s: loan_papers.card(s, clean, as_of),
        render_loan_card,
        kind="kartu-angsuran",
        title=f"Kartu angsuran {clean} per {format_date(as_of)}",
    )


def loan_receipt_pdf(
    book: Book, event_number: str, *, actor: Actor, layout: Literal["a5", "58mm"] = "a5"
) -> bytes:
    """Bukti pembayaran angsuran (BA-…) or bukti pencairan (PC-…): A5 landscape
    or a 58 mm thermal strip."""
    from kopdesk.reports.loan_receipt import render_loan_receipt
    from kopdesk.services.loans import papers as loan_papers

    if layout not in ("a5", "58mm"):
        raise ValidationError("layout", "Tata letak bukti harus a5 atau 58mm.")
    clean = event_number.strip().upper()
    return _make(
        book,
        actor,
        lambda s: loan_papers.receipt(s, clean),
        lambda r, stamp: render_loan_receipt(r, stamp, layout),
        kind="bukti-pinjaman",
        title=f"Bukti pinjaman {clean}",
    )


def arrears_pdf(book: Book, as_of: dt.date, *, actor: Actor) -> bytes:
    """Daftar tunggakan pinjaman with the aging (A4 landscape)."""
    from kopdesk.reports.loan_lists import render_arrears
    from kopdesk.services.loans import papers as loan_papers

    return _make(
        book,
        actor,
        lambda s: loan_papers.arrears(s, as_of),
        render_arrears,
        kind="tunggakan-pinjaman",
        title=f"Daftar tunggakan pinjaman per {format_date(as_of)}",
    )


def collectibility_pdf(book: Book, as_of: dt.date, *, actor: Actor) -> bytes:
    """Laporan kolektibilitas pinjaman dan PPAP."""
    from kopdesk.reports.loan_lists import render_collectibility
    from kopdesk.services.loans import papers as loan_papers

    return _make(
        book,
        actor,
        lambda s: loan_papers.collectibility(s, as_of),
        render_collectibility,
        kind="kolektibilitas-pinjaman",
        title=f"Kolektibilitas pinjaman dan PPAP per {format_date(as_of)}",
    )


def portfolio_pdf(book: Book, as_of: dt.date, *, actor: Actor) -> bytes:
    """Rekap portofolio pinjaman per produk (A4 landscape)."""
    from kopdesk.reports.loan_lists import render_portfolio
    from kopdesk.services.loans import papers as loan_papers

    return _make(
        book,
        actor,
        lambda s: loan_papers.portfolio(s, as_of),
        render_portfolio,
        kind="portofolio-pinjaman",
        title=f"Rekap portofolio pinjaman per {format_date(as_of)}",
    )


def asset_register_pdf(book: Book, as_of: dt.date, *, actor: Actor) -> bytes:
    """Daftar Aset Tetap dan Penyusutan as of a date (A4 landscape)."""
    from kopdesk.reports.assets import render_asset_register
    from kopdesk.services.assets import depreciation

    return _make(
        book,
        actor,
        lambda s: depreciation.register_report(s, as_of),
        render_asset_register,
        kind="daftar-aset-tetap",
        title=f"Daftar aset tetap dan penyusutan per {format_date(as_of)}",
    )


# --- RAT book and SHU papers --------------------------------------------------------

RAT_GATHER_SHARE = 200
RAT_SCALE = 1000
"""``rat_book_pdf`` reports progress on a 0–1000 scale: gathering the data takes
the first 200, laying out the pages the rest."""


def rat_book_pdf(
    book: Book,
    year: int,
    *,
    actor: Actor,
    progress: Callable[[int, int, str], None] | None = None,
) -> bytes:
    """Buku laporan pertanggungjawaban pengurus for the RAT of tahun buku ``year``.

    ``progress(done, total, label)`` is called (from this thread) while the data
    is gathered and the pages are laid out, on a 0–:data:`RAT_SCALE` scale; run
    it on a worker thread for a large book."""
    from kopdesk.reports.rat import render_rat_book
    from kopdesk.services.closing import rat

    def part(low: int, high: int) -> Callable[[int, int, str], None] | None:
        if progress is None:
            return None
        report = progress

        def scaled(done: int, total: int, label: str) -> None:
            report(low + (high - low) * done // max(total, 1), RAT_SCALE, label)

        return scaled

    return _make(
        book,
        actor,
        lambda s: rat.rat_data(s, year, progress=part(0, RAT_GATHER_SHARE)),
        lambda data, stamp: render_rat_book(
            data, stamp, progress=part(RAT_GATHER_SHARE, RAT_SCALE)
        ),
        kind="buku-rat",
        title=f"Buku RAT tahun buku {year}",
    )


def shu_list_pdf(book: Book, year: int, *, actor: Actor) -> bytes:
    """Daftar pembagian SHU of tahun buku ``year`` (A4 landscape)."""
    from kopdesk.reports.shu import render_shu_list
    from kopdesk.services.closing import shu_papers

    return _make(
        book,
        actor,
        lambda s: shu_papers.shu_list(s, year),
        render_shu_list,
        kind="daftar-shu",
        title=f"Daftar pembagian SHU tahun buku {year}",
    )


def shu_slip_pdf(book: Book, year: int, member_numbers: Sequence[str], *, actor: Actor) -> bytes:
    """Slip SHU (A5 landscape, one a page) of the given members; every member
    with a share when ``member_numbers`` is empty."""
    from kopdesk.reports.shu import render_shu_slips
    from kopdesk.services.closing import shu_papers

    numbers = [n.strip().upper() for n in member_numbers]
    who = ", ".join(numbers[:3]) + (" …" if len(numbers) > 3 else "") if numbers else "semua"
    return _make(
        book,
        actor,
        lambda s: shu_papers.shu_slips(s, year, numbers),
        render_shu_slips,
        kind="slip-shu",
        title=f"Slip SHU tahun buku {year} ({who})",
    )


def shu_receipt_pdf(book: Book, receipt_number: str, *, actor: Actor) -> bytes:
    """Kuitansi of an SHU payment (cash, or credited to simpanan sukarela)."""
    from kopdesk.reports.shu import render_shu_receipt
    from kopdesk.services.closing import shu_papers

    clean = receipt_number.strip().upper()
    return _make(
        book,
        actor,
        lambda s: shu_papers.shu_receipt(s, clean),
        render_shu_receipt,
        kind="kuitansi-shu",
        title=f"Kuitansi SHU {clean}",
    )


# --- financial statements (Permenkop UKM 2/2024, SAK EP) -------------------------------


def _statements_pdf(
    book: Book, period: Period, which: frozenset[str] | None, *, actor: Actor, kind: str,
    title: str,
) -> bytes:  # fmt: skip
    from kopdesk.reports.statements import render_statements
    from kopdesk.services.closing import statements

    def render(fs: FinancialStatements, stamp: DocumentStamp) -> bytes:
        return render_statements(fs, stamp, which)

    return _make(
        book,
        actor,
        lambda s: statements.all_statements(s, period),
        render,
        kind=kind,
        title=f"{title} {period.label}",
    )


def balance_sheet_pdf(book: Book, period: Period, *, actor: Actor) -> bytes:
    """Laporan Posisi Keuangan at the end of ``period`` with its comparative, signed
    by the pengurus (a registered, verifiable paper)."""
    return _statements_pdf(
        book, period, frozenset({"posisi-keuangan"}), actor=actor,
        kind="laporan-posisi-keuangan", title="Laporan Posisi Keuangan",
    )  # fmt: skip


def income_statement_pdf(book: Book, period: Period, *, actor: Actor) -> bytes:
    """Laporan Perhitungan Hasil Usaha of ``period`` with its comparative."""
    return _statements_pdf(
        book, period, frozenset({"hasil-usaha"}), actor=actor,
        kind="laporan-hasil-usaha", title="Laporan Perhitungan Hasil Usaha",
    )  # fmt: skip


def equity_changes_pdf(book: Book, period: Period, *, actor: Actor) -> bytes:
    """Laporan Perubahan Ekuitas of ``period`` with its comparative."""
    return _statements_pdf(
        book, period, frozenset({"perubahan-ekuitas"}), actor=actor,
        kind="laporan-perubahan-ekuitas", title="Laporan Perubahan Ekuitas",
    )  # fmt: skip


def cash_flow_pdf(book: Book, period: Period, *, actor: Actor) -> bytes:
    """Laporan Arus Kas (direct method) of ``period`` with its comparative."""
    return _statements_pdf(
        book, period, frozenset({"arus-kas"}), actor=actor,
        kind="laporan-arus-kas", title="Laporan Arus Kas",
    )  # fmt: skip


def notes_pdf(book: Book, period: Period, *, actor: Actor) -> bytes:
    """Catatan atas Laporan Keuangan of ``period``."""
    return _statements_pdf(
        book, period, frozenset({"catatan"}), actor=actor,
        kind="catatan-laporan-keuangan", title="Catatan atas Laporan Keuangan",
    )  # fmt: skip


def financial_statements_pdf(book: Book, period: Period, *, actor: Actor) -> bytes:
    """All five statements of ``period`` in one paper (posisi keuangan, hasil usaha,
    perubahan ekuitas, arus kas, catatan), each signed by the pengurus."""
    return _statements_pdf(
        book, period, None, actor=actor, kind="laporan-keuangan", title="Laporan Keuangan"
    )
