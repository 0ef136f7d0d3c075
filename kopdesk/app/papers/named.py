"""Each paper of the registry under its own name, with its own typed parameters.

These are thin entries: every one hands its parameters to
:func:`~kopdesk.app.papers.registry.print_paper`.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Literal

from kopdesk.domain import coa
from kopdesk.domain.health import Assessment, Scheme
from kopdesk.domain.loans import Terms as LoanTerms
from kopdesk.domain.papers.statements import Period
from kopdesk.domain.permissions import Actor
from kopdesk.errors import ValidationError
from kopdesk.services.members.register import MemberFilter
from kopdesk.storage.db import Book

from .registry import Params, Progress, make_paper, print_paper

__all__ = [
    "arrears_pdf",
    "asset_register_pdf",
    "balance_sheet_pdf",
    "cash_flow_pdf",
    "collectibility_pdf",
    "daily_cash_pdf",
    "equity_changes_pdf",
    "financial_statements_pdf",
    "health_pdf",
    "health_report_pdf",
    "income_statement_pdf",
    "journal_pdf",
    "ledger_pdf",
    "loan_agreement_pdf",
    "loan_card_pdf",
    "loan_receipt_pdf",
    "loan_simulation_pdf",
    "member_cards_pdf",
    "member_exit_pdf",
    "member_profile_pdf",
    "member_register_pdf",
    "member_statement_pdf",
    "notes_pdf",
    "portfolio_pdf",
    "rat_book_pdf",
    "receipt_pdf",
    "savings_recap_pdf",
    "shu_list_pdf",
    "shu_receipt_pdf",
    "shu_slip_pdf",
    "tax_list_pdf",
    "trial_balance_pdf",
    "wajib_arrears_pdf",
]

Layout = Literal["a5", "58mm"]


# --- the books ---------------------------------------------------------------------


def trial_balance_pdf(book: Book, as_of: dt.date, *, actor: Actor) -> bytes:
    """Neraca Saldo as of a date, as PDF bytes (a registered, verifiable paper)."""
    return print_paper("trial-balance", book, actor, Params(as_of=as_of))


def journal_pdf(book: Book, date_from: dt.date, date_to: dt.date, *, actor: Actor) -> bytes:
    """Jurnal Umum for a period, as PDF bytes (a registered, verifiable paper)."""
    return print_paper("journal", book, actor, Params(date_from=date_from, date_to=date_to))


def ledger_pdf(
    book: Book, code: str, date_from: dt.date, date_to: dt.date, *, actor: Actor
) -> bytes:
    """Buku Besar of one account for a period, as PDF bytes (a registered, verifiable paper)."""
    params = Params(account=code, date_from=date_from, date_to=date_to)
    return print_paper("ledger", book, actor, params)


# --- members -----------------------------------------------------------------------


def member_register_pdf(book: Book, *, actor: Actor, flt: MemberFilter | None = None) -> bytes:
    """Buku Daftar Anggota (landscape, signature column), a registered paper."""
    return print_paper("members", book, actor, Params(member_filter=flt))


def member_cards_pdf(book: Book, numbers: Sequence[str], *, actor: Actor) -> bytes:
    """Kartu anggota (10 per A4 page) for the given member numbers."""
    return print_paper("member-cards", book, actor, Params(members=numbers))


def member_profile_pdf(book: Book, number: str, *, actor: Actor) -> bytes:
    """One member's profile sheet."""
    return print_paper("member-profile", book, actor, Params(number=number))


def member_exit_pdf(book: Book, entry_number: str, *, actor: Actor) -> bytes:
    """Penyelesaian Hak dan Kewajiban Anggota Keluar of a posted settlement
    (its journal number, as ``member_exit.settle_exit`` returned it)."""
    return print_paper("member-exit", book, actor, Params(number=entry_number))


# --- savings -----------------------------------------------------------------------


def receipt_pdf(book: Book, number: str, *, actor: Actor, layout: Layout = "a5") -> bytes:
    """The receipt (bukti setoran/penarikan/pemindahbukuan/koreksi) of a savings
    transaction: A5 landscape or a 58 mm thermal strip."""
    return print_paper("receipt", book, actor, Params(number=number, layout=layout))


def member_statement_pdf(
    book: Book, member_number: str, date_from: dt.date, date_to: dt.date, *, actor: Actor
) -> bytes:
    """A member's savings statement (laporan mutasi simpanan) for a period."""
    params = Params(member=member_number, date_from=date_from, date_to=date_to)
    return print_paper("member-statement", book, actor, params)


def daily_cash_pdf(
    book: Book, day: dt.date, *, actor: Actor, cash_account: str = coa.CASH
) -> bytes:
    """Laporan kas harian of one cash account for one day."""
    return print_paper("daily-cash", book, actor, Params(date=day, account=cash_account))


def savings_recap_pdf(book: Book, as_of: dt.date, *, actor: Actor) -> bytes:
    """Rekapitulasi simpanan per product, the members' balances against the GL."""
    return print_paper("savings-recap", book, actor, Params(as_of=as_of))


def wajib_arrears_pdf(
    book: Book, through: dt.date, *, actor: Actor, only_late: bool = True
) -> bytes:
    """Daftar tagihan dan tunggakan simpanan wajib through a date (A4 landscape);
    by default only the members behind."""
    params = Params(as_of=through, all_members=not only_late)
    return print_paper("wajib-arrears", book, actor, params)


def tax_list_pdf(book: Book, month: str, *, actor: Actor) -> bytes:
    """Daftar pemotongan PPh 4(2) atas jasa simpanan of a processed month (``2025-02``)."""
    return print_paper("tax-list", book, actor, Params(month=month))


# --- loans -------------------------------------------------------------------------


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
    if book is None:
        from kopdesk.domain.loans import simulate
        from kopdesk.reports.loans import render_simulation
        from kopdesk.services.loans import papers as loan_papers

        report = loan_papers.simulation_report(simulate(terms, start), product_name=product_name)
        return render_simulation(report, None, made_by=actor.display if actor else "kopdesk")
    if actor is None:
        raise ValidationError("actor", "Simulasi yang didaftarkan di buku perlu pengguna.")
    params = Params(terms=terms, start=start, product_name=product_name)
    return print_paper("loan-simulation", book, actor, params)


def loan_agreement_pdf(book: Book, number: str, *, actor: Actor) -> bytes:
    """Ringkasan perjanjian pinjaman with its schedule and places to sign."""
    return print_paper("loan-agreement", book, actor, Params(number=number))


def loan_card_pdf(book: Book, number: str, as_of: dt.date, *, actor: Actor) -> bytes:
    """Kartu angsuran of a loan as of a date (A4 landscape)."""
    return print_paper("loan-card", book, actor, Params(number=number, as_of=as_of))


def loan_receipt_pdf(
    book: Book, event_number: str, *, actor: Actor, layout: Layout = "a5"
) -> bytes:
    """Bukti pembayaran angsuran (BA-…) or bukti pencairan (PC-…): A5 landscape
    or a 58 mm thermal strip."""
    return print_paper("loan-receipt", book, actor, Params(number=event_number, layout=layout))


def arrears_pdf(book: Book, as_of: dt.date, *, actor: Actor) -> bytes:
    """Daftar tunggakan pinjaman with the aging (A4 landscape)."""
    return print_paper("arrears", book, actor, Params(as_of=as_of))


def collectibility_pdf(book: Book, as_of: dt.date, *, actor: Actor) -> bytes:
    """Laporan kolektibilitas pinjaman dan PPAP."""
    return print_paper("collectibility", book, actor, Params(as_of=as_of))


def portfolio_pdf(book: Book, as_of: dt.date, *, actor: Actor) -> bytes:
    """Rekap portofolio pinjaman per produk (A4 landscape)."""
    return print_paper("portfolio", book, actor, Params(as_of=as_of))


def asset_register_pdf(book: Book, as_of: dt.date, *, actor: Actor) -> bytes:
    """Daftar Aset Tetap dan Penyusutan as of a date (A4 landscape)."""
    return print_paper("asset-register", book, actor, Params(as_of=as_of))


# --- RAT book and SHU --------------------------------------------------------------


def rat_book_pdf(book: Book, year: int, *, actor: Actor, progress: Progress | None = None) -> bytes:
    """Buku laporan pertanggungjawaban pengurus for the RAT of tahun buku ``year``.

    ``progress(done, total, label)`` is called (from this thread) while the data
    is gathered and the pages are laid out, on a 0–:data:`RAT_SCALE` scale; run
    it on a worker thread for a large book."""
    return print_paper("rat", book, actor, Params(year=year, progress=progress))


def shu_list_pdf(book: Book, year: int, *, actor: Actor) -> bytes:
    """Daftar pembagian SHU of tahun buku ``year`` (A4 landscape)."""
    return print_paper("shu-list", book, actor, Params(year=year))


def shu_slip_pdf(book: Book, year: int, member_numbers: Sequence[str], *, actor: Actor) -> bytes:
    """Slip SHU (A5 landscape, one a page) of the given members; every member
    with a share when ``member_numbers`` is empty."""
    return print_paper("shu-slip", book, actor, Params(year=year, members=member_numbers))


def shu_receipt_pdf(book: Book, receipt_number: str, *, actor: Actor) -> bytes:
    """Kuitansi of an SHU payment (cash, or credited to simpanan sukarela)."""
    return print_paper("shu-receipt", book, actor, Params(number=receipt_number))


# --- financial statements (Permenkop UKM 2/2024, SAK EP) ---------------------------


def balance_sheet_pdf(book: Book, period: Period, *, actor: Actor) -> bytes:
    """Laporan Posisi Keuangan at the end of ``period`` with its comparative, signed
    by the pengurus (a registered, verifiable paper)."""
    return print_paper("balance-sheet", book, actor, Params(period=period))


def income_statement_pdf(book: Book, period: Period, *, actor: Actor) -> bytes:
    """Laporan Perhitungan Hasil Usaha of ``period`` with its comparative."""
    return print_paper("income", book, actor, Params(period=period))


def equity_changes_pdf(book: Book, period: Period, *, actor: Actor) -> bytes:
    """Laporan Perubahan Ekuitas of ``period`` with its comparative."""
    return print_paper("equity", book, actor, Params(period=period))


def cash_flow_pdf(book: Book, period: Period, *, actor: Actor) -> bytes:
    """Laporan Arus Kas (direct method) of ``period`` with its comparative."""
    return print_paper("cash-flow", book, actor, Params(period=period))


def notes_pdf(book: Book, period: Period, *, actor: Actor) -> bytes:
    """Catatan atas Laporan Keuangan of ``period``."""
    return print_paper("notes", book, actor, Params(period=period))


def financial_statements_pdf(book: Book, period: Period, *, actor: Actor) -> bytes:
    """All five statements of ``period`` in one paper (posisi keuangan, hasil usaha,
    perubahan ekuitas, arus kas, catatan), each signed by the pengurus."""
    return print_paper("financial-statements", book, actor, Params(period=period))


# --- health (KOPERASI.md §5, §7) ------------------------------------------------------

HEALTH_KIND = "penilaian-kesehatan"


def health_pdf(
    book: Book,
    assessment: Assessment,
    *,
    actor: Actor,
    answers: Sequence[tuple[str, str, bool]] = (),
    trend: Sequence[Assessment] = (),
) -> bytes:
    """Laporan Penilaian Kesehatan Koperasi of ``assessment`` (computed by a scheme's
    service) with the questionnaire ``answers`` ((key, question, ya)) and the earlier
    years' results ``trend``: a registered, verifiable paper signed by the Ketua and
    the pengawas."""
    from kopdesk.reports.health import render_health
    from kopdesk.services.health.paper import health_paper_of

    title = f"Laporan Penilaian Kesehatan Koperasi tahun buku {assessment.year}"
    return make_paper(
        book,
        actor,
        lambda s: health_paper_of(s, assessment, answers=answers, trend=trend),
        render_health,
        kind=HEALTH_KIND,
        title=f"{title} ({assessment.scheme.label})",
    )


def health_report_pdf(
    book: Book, scheme: Scheme, year: int, *, actor: Actor, as_of: dt.date | None = None
) -> bytes:
    """:func:`health_pdf` of tahun buku ``year`` by ``scheme`` as the book stands: the
    assessment, the stored questionnaire answers and the trend up to that year."""
    from kopdesk.services.health import schemes

    with book.read() as session:
        assessment = schemes.assess(session, scheme, year, as_of)
        answers = schemes.answered(session, scheme, year)
        trend = schemes.trend(session, scheme, year)
    return health_pdf(book, assessment, actor=actor, answers=answers, trend=trend)
