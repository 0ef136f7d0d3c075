"""The registry of printable papers: one :class:`Paper` per kind of paper.

Each entry names the paper (its key, also the ``kopdesk report`` sub-command
when it has one), its Indonesian title, the document kind it registers as, the
parameters it needs, how its data is built from a session and which renderer
lays it out. :func:`print_paper` is the one path that builds, registers,
renders and records every paper; the CLI ``report`` commands and the Laporan
page both read their list of papers from :data:`PAPERS`.
"""

from __future__ import annotations

import argparse
import dataclasses
import datetime as dt
import importlib
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any, Literal, TypeVar, cast

from sqlalchemy.orm import Session

from kopdesk.domain import clock, coa
from kopdesk.domain.dates import format_date
from kopdesk.domain.loans import Terms as LoanTerms
from kopdesk.domain.papers.common import DocumentStamp
from kopdesk.domain.papers.statements import Period
from kopdesk.domain.permissions import Actor
from kopdesk.errors import ValidationError
from kopdesk.services.assets import depreciation
from kopdesk.services.closing import rat, shu_papers, statements
from kopdesk.services.dinas import papers as dinas_papers
from kopdesk.services.health import schemes as health_schemes
from kopdesk.services.ledger import documents as services_documents
from kopdesk.services.ledger import reports as ledger
from kopdesk.services.loans import papers as loan_papers
from kopdesk.services.member_exit import settlement as member_exit
from kopdesk.services.members import papers as member_papers
from kopdesk.services.members.register import MemberFilter
from kopdesk.services.savings import papers as savings_papers
from kopdesk.services.supervision import berita_acara
from kopdesk.storage.db import Book

__all__ = [
    "PAPERS",
    "RAT_GATHER_SHARE",
    "RAT_SCALE",
    "Paper",
    "Params",
    "Progress",
    "command_papers",
    "make_paper",
    "page_papers",
    "paper_of",
    "print_paper",
]

T = TypeVar("T")
Progress = Callable[[int, int, str], None]

RAT_GATHER_SHARE = 200
RAT_SCALE = 1000
"""``rat_book_pdf`` reports progress on a 0–1000 scale: gathering the data takes
the first 200, laying out the pages the rest."""


@dataclass(frozen=True)
class Params:
    """What a paper is printed for; each paper reads only the fields it names.

    The field names are the ``kopdesk report`` options' destinations, so
    :meth:`from_args` reads them straight from the parsed command line.
    """

    as_of: dt.date | None = None
    date_from: dt.date | None = None
    date_to: dt.date | None = None
    date: dt.date | None = None
    account: str | None = None
    member: str | None = None
    number: str | None = None
    members: Sequence[str] = ()
    layout: Literal["a5", "58mm"] = "a5"
    all_members: bool = False
    year: int | None = None
    month: str | None = None
    period: Period | None = None
    member_filter: MemberFilter | None = None
    terms: LoanTerms | None = None
    start: dt.date | None = None
    product_name: str = ""
    progress: Progress | None = field(default=None, compare=False)

    @classmethod
    def from_args(cls, args: argparse.Namespace, **extra: Any) -> Params:
        """The parameters named on a ``kopdesk report`` command line (and ``extra``)."""
        given = {
            f.name: getattr(args, f.name)
            for f in dataclasses.fields(cls)
            if getattr(args, f.name, None) is not None
        }
        return cls(**(given | extra))


def need(value: T | None, name: str) -> T:
    """``value``, refused when the paper needs it and it was not given."""
    if value is None:
        raise ValidationError(name, f"Parameter {name} harus diisi untuk kertas ini.")
    return value


def _up(value: str | None, name: str = "number") -> str:
    return need(value, name).strip().upper()


def _span(p: Params) -> str:
    start, end = need(p.date_from, "date_from"), need(p.date_to, "date_to")
    return f"{format_date(start)} s.d. {format_date(end)}"


def _on(p: Params) -> str:
    return format_date(need(p.as_of, "as_of"))


def _year(p: Params) -> int:
    return need(p.year, "year")


Build = Callable[[Session, Params], Any]
Render = Callable[[Any, DocumentStamp, Params], bytes]


def _draw(module: str, name: str) -> Render:
    """The renderer ``kopdesk.reports.<module>.<name>(report, stamp)``, imported when used."""

    def render(report: Any, stamp: DocumentStamp, p: Params) -> bytes:
        del p
        drawn = getattr(importlib.import_module(f"kopdesk.reports.{module}"), name)
        return cast(bytes, drawn(report, stamp))

    return render


def _receipt(module: str, name: str) -> Render:
    """A receipt renderer taking the layout (A5 or a 58 mm strip) as well."""

    def render(report: Any, stamp: DocumentStamp, p: Params) -> bytes:
        drawn = getattr(importlib.import_module(f"kopdesk.reports.{module}"), name)
        return cast(bytes, drawn(report, stamp, p.layout))

    return render


def _layout(p: Params) -> None:
    if p.layout not in ("a5", "58mm"):
        raise ValidationError("layout", "Tata letak bukti harus a5 atau 58mm.")


@dataclass(frozen=True)
class Paper:
    """One kind of printable paper."""

    key: str
    """Its name; the ``kopdesk report`` sub-command when :attr:`command` is set."""
    title: str
    """Its Indonesian title."""
    kind: str
    """The document kind it is registered as (``neraca-saldo``)."""
    params: tuple[str, ...]
    """The :class:`Params` fields it needs."""
    heading: Callable[[Params], str]
    """The registered document's title for these parameters."""
    build: Build
    render: Render
    check: Callable[[Params], None] | None = None
    """Refuses bad parameters before anything is read or written."""
    command: bool = True
    """Printed by ``kopdesk report <key>``."""
    page: Literal["books", "savings"] | None = None
    """The column of the Laporan page that offers it, if any."""


def _rat_part(progress: Progress | None, low: int, high: int) -> Progress | None:
    if progress is None:
        return None
    report = progress

    def scaled(done: int, total: int, label: str) -> None:
        report(low + (high - low) * done // max(total, 1), RAT_SCALE, label)

    return scaled


def _rat_render(data: Any, stamp: DocumentStamp, p: Params) -> bytes:
    from kopdesk.reports.rat import render_rat_book

    return render_rat_book(data, stamp, progress=_rat_part(p.progress, RAT_GATHER_SHARE, RAT_SCALE))


def _statements(key: str, title: str, kind: str, which: str | None) -> Paper:
    """A financial statement of a period (or all five when ``which`` is None)."""
    chosen = frozenset({which}) if which is not None else None

    def render(fs: Any, stamp: DocumentStamp, p: Params) -> bytes:
        del p
        from kopdesk.reports.statements import render_statements

        return render_statements(fs, stamp, chosen)

    return Paper(
        key, title, kind, ("period",),
        lambda p: f"{title} {need(p.period, 'period').label}",
        lambda s, p: statements.selected_statements(
            s, need(p.period, "period"), statements.KINDS if which is None else {which}
        ),
        render,
        command=which is not None,
    )  # fmt: skip


def _dated(
    key: str,
    title: str,
    kind: str,
    fetch: Callable[[Session, dt.date], Any],
    render: Render,
    **more: Any,
) -> Paper:
    """A paper as of a date, titled ``<title> per <date>``."""
    return Paper(
        key, title, kind, ("as_of",), lambda p: f"{title} per {_on(p)}",
        lambda s, p: fetch(s, need(p.as_of, "as_of")), render, **more,
    )  # fmt: skip


def _numbered(
    key: str,
    title: str,
    kind: str,
    fetch: Callable[[Session, str], Any],
    render: Render,
    **more: Any,
) -> Paper:
    """A paper of one numbered thing (``number``, upper-cased), titled ``<title> <number>``."""
    return Paper(
        key, title, kind, more.pop("params", ("number",)), lambda p: f"{title} {_up(p.number)}",
        lambda s, p: fetch(s, _up(p.number)), render, **more,
    )  # fmt: skip


def _cash(p: Params) -> str:
    return p.account if p.account is not None else coa.CASH


def _wajib_scope(p: Params) -> str:
    return " (semua anggota)" if p.all_members else ""


def _who(numbers: Sequence[str]) -> str:
    clean = [n.strip().upper() for n in numbers]
    return ", ".join(clean[:3]) + (" …" if len(clean) > 3 else "") if clean else "semua"


PAPERS: tuple[Paper, ...] = (
    # --- the books ---
    _dated(
        "trial-balance", "Neraca Saldo", "neraca-saldo", ledger.trial_balance,
        _draw("trial_balance", "render_trial_balance"), page="books",
    ),
    Paper(
        "journal", "Jurnal Umum", "jurnal-umum", ("date_from", "date_to"),
        lambda p: f"Jurnal Umum {_span(p)}",
        lambda s, p: ledger.journal_report(
            s, need(p.date_from, "date_from"), need(p.date_to, "date_to")
        ),
        _draw("journal", "render_journal"),
        page="books",
    ),
    Paper(
        "ledger", "Buku Besar", "buku-besar", ("account", "date_from", "date_to"),
        lambda p: f"Buku Besar {need(p.account, 'account')} {_span(p)}",
        lambda s, p: ledger.general_ledger(
            s, need(p.account, "account"), need(p.date_from, "date_from"),
            need(p.date_to, "date_to"),
        ),
        _draw("ledger", "render_ledger"),
        page="books",
    ),
    # --- members ---
    Paper(
        "members", "Buku Daftar Anggota", "buku-daftar-anggota", (),
        lambda _: f"Buku Daftar Anggota per {format_date(clock.today())}",
        lambda s, p: member_papers.register_report(s, p.member_filter),
        _draw("members", "render_member_register"),
    ),
    Paper(
        "member-cards", "Kartu anggota", "kartu-anggota", ("members",),
        lambda p: f"Kartu anggota ({len(p.members)} kartu)",
        lambda s, p: member_papers.cards_report(s, p.members),
        _draw("cards", "render_member_cards"),
    ),
    Paper(
        "member-profile", "Profil anggota", "profil-anggota", ("number",),
        lambda p: f"Profil anggota {_up(p.number)}",
        lambda s, p: member_papers.profile_report(s, need(p.number, "number")),
        _draw("members", "render_member_profile"),
    ),
    # --- savings ---
    Paper(
        "member-statement", "Mutasi simpanan", "mutasi-simpanan",
        ("member", "date_from", "date_to"),
        lambda p: f"Mutasi simpanan {_up(p.member, 'member')} {_span(p)}",
        lambda s, p: savings_papers.member_statement(
            s, _up(p.member, "member"), need(p.date_from, "date_from"),
            need(p.date_to, "date_to"),
        ),
        _draw("savings", "render_member_statement"),
        page="savings",
    ),
    _numbered(
        "receipt", "Bukti simpanan", "bukti-simpanan", savings_papers.receipt,
        _receipt("receipt", "render_receipt"), params=("number", "layout"), check=_layout,
    ),
    Paper(
        "daily-cash", "Laporan kas harian", "kas-harian", ("date", "account"),
        lambda p: f"Laporan kas harian {_cash(p).strip()} {format_date(need(p.date, 'date'))}",
        lambda s, p: savings_papers.daily_cash(s, need(p.date, "date"), _cash(p)),
        _draw("savings", "render_daily_cash"),
        page="savings",
    ),
    _dated(
        "savings-recap", "Rekapitulasi simpanan", "rekap-simpanan", savings_papers.savings_recap,
        _draw("savings", "render_savings_recap"), page="savings",
    ),
    Paper(
        "wajib-arrears", "Tagihan dan tunggakan simpanan wajib", "tunggakan-wajib",
        ("as_of", "all_members"),
        lambda p: f"Tagihan dan tunggakan simpanan wajib per {_on(p)}{_wajib_scope(p)}",
        lambda s, p: savings_papers.wajib_arrears(s, need(p.as_of, "as_of"), not p.all_members),
        _draw("savings_lists", "render_wajib_arrears"),
    ),
    Paper(
        "tax-list", "Daftar pemotongan PPh 4(2) jasa simpanan", "pph-4-2-simpanan", ("month",),
        lambda p: f"Daftar pemotongan PPh 4(2) jasa simpanan {need(p.month, 'month').strip()}",
        lambda s, p: savings_papers.tax_withholding(s, need(p.month, "month").strip()),
        _draw("savings_lists", "render_tax_withholding"),
    ),
    _numbered(
        "member-exit", "Penyelesaian anggota keluar", "anggota-keluar", member_exit.settlement,
        _draw("member_exit", "render_member_exit"), command=False,
    ),
    # --- loans ---
    Paper(
        "loan-simulation", "Simulasi angsuran", "simulasi-pinjaman",
        ("terms", "start", "product_name"),
        lambda p: f"Simulasi angsuran {need(p.terms, 'terms').principal} / "
        f"{need(p.terms, 'terms').tenor} bulan",
        lambda s, p: loan_papers.simulation(
            s, need(p.terms, "terms"), need(p.start, "start"), product_name=p.product_name
        ),
        _draw("loans", "render_simulation"),
        command=False,
    ),
    _numbered(
        "loan-agreement", "Ringkasan perjanjian pinjaman", "perjanjian-pinjaman",
        loan_papers.agreement, _draw("loans", "render_loan_agreement"),
    ),
    Paper(
        "loan-card", "Kartu angsuran", "kartu-angsuran", ("number", "as_of"),
        lambda p: f"Kartu angsuran {_up(p.number)} per {format_date(p.as_of or clock.today())}",
        lambda s, p: loan_papers.card(s, _up(p.number), p.as_of or clock.today()),
        _draw("loans", "render_loan_card"),
    ),
    _numbered(
        "loan-receipt", "Bukti pinjaman", "bukti-pinjaman", loan_papers.receipt,
        _receipt("loan_receipt", "render_loan_receipt"), params=("number", "layout"),
        check=_layout,
    ),
    _dated(
        "arrears", "Daftar tunggakan pinjaman", "tunggakan-pinjaman", loan_papers.arrears,
        _draw("loan_lists", "render_arrears"),
    ),
    _dated(
        "collectibility", "Kolektibilitas pinjaman dan PPAP", "kolektibilitas-pinjaman",
        loan_papers.collectibility, _draw("loan_lists", "render_collectibility"),
    ),
    _dated(
        "portfolio", "Rekap portofolio pinjaman", "portofolio-pinjaman", loan_papers.portfolio,
        _draw("loan_lists", "render_portfolio"),
    ),
    # --- assets ---
    _dated(
        "asset-register", "Daftar aset tetap dan penyusutan", "daftar-aset-tetap",
        depreciation.register_report, _draw("assets", "render_asset_register"), command=False,
    ),
    # --- buku administrasi (issue 18) ---
    Paper(
        "admin-register", "Buku administrasi", "buku-administrasi", ("number",),
        lambda p: f"Buku administrasi {need(p.number, 'number')}",
        lambda s, p: dinas_papers.register_report(s, need(p.number, "number")),
        _draw("admin_books", "render_register"), command=False,
    ),
    # --- RAT book and SHU ---
    Paper(
        "rat", "Buku RAT", "buku-rat", ("year",),
        lambda p: f"Buku RAT tahun buku {_year(p)}",
        lambda s, p: rat.rat_data(
            s,
            _year(p),
            progress=_rat_part(p.progress, 0, RAT_GATHER_SHARE),
            health=health_schemes.assess_or_none(s, _year(p)),
        ),
        _rat_render,
    ),
    Paper(
        "shu-list", "Daftar pembagian SHU", "daftar-shu", ("year",),
        lambda p: f"Daftar pembagian SHU tahun buku {_year(p)}",
        lambda s, p: shu_papers.shu_list(s, _year(p)),
        _draw("shu", "render_shu_list"),
    ),
    Paper(
        "shu-slip", "Slip SHU", "slip-shu", ("year", "members"),
        lambda p: f"Slip SHU tahun buku {_year(p)} ({_who(p.members)})",
        lambda s, p: shu_papers.shu_slips(s, _year(p), [n.strip().upper() for n in p.members]),
        _draw("shu", "render_shu_slips"),
    ),
    _numbered(
        "shu-receipt", "Kuitansi SHU", "kuitansi-shu", shu_papers.shu_receipt,
        _draw("shu", "render_shu_receipt"),
    ),
    Paper(
        "berita-acara", "Berita Acara Pemeriksaan Pengawas", "berita-acara-pengawas", ("year",),
        lambda p: f"Berita Acara Pemeriksaan Pengawas tahun buku {_year(p)}",
        lambda s, p: berita_acara.supervision_report(s, _year(p)),
        _draw("berita_acara", "render_berita_acara"),
    ),
    # --- financial statements (Permenkop UKM 2/2024, SAK EP) ---
    _statements(
        "balance-sheet", "Laporan Posisi Keuangan", "laporan-posisi-keuangan", "posisi-keuangan"
    ),
    _statements(
        "income", "Laporan Perhitungan Hasil Usaha", "laporan-hasil-usaha", "hasil-usaha"
    ),
    _statements(
        "equity", "Laporan Perubahan Ekuitas", "laporan-perubahan-ekuitas", "perubahan-ekuitas"
    ),
    _statements("cash-flow", "Laporan Arus Kas", "laporan-arus-kas", "arus-kas"),
    _statements("notes", "Catatan atas Laporan Keuangan", "catatan-laporan-keuangan", "catatan"),
    _statements("financial-statements", "Laporan Keuangan", "laporan-keuangan", None),
)  # fmt: skip

_BY_KEY = {paper.key: paper for paper in PAPERS}


def paper_of(key: str) -> Paper:
    """The registry entry named ``key``."""
    return _BY_KEY[key]


def command_papers() -> tuple[Paper, ...]:
    """The papers ``kopdesk report`` prints, in registry order."""
    return tuple(p for p in PAPERS if p.command)


def page_papers() -> tuple[Paper, ...]:
    """The papers the Laporan page offers, in registry order."""
    return tuple(p for p in PAPERS if p.page is not None)


def make_paper(
    book: Book,
    actor: Actor,
    build: Callable[[Session], T],
    render: Callable[[T, DocumentStamp], bytes],
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


def print_paper(key: str, book: Book, actor: Actor, params: Params) -> bytes:
    """The paper ``key`` for ``params`` as PDF bytes: a registered, verifiable paper."""
    paper = paper_of(key)
    if paper.check is not None:
        paper.check(params)
    return make_paper(
        book,
        actor,
        lambda s: paper.build(s, params),
        lambda report, stamp: paper.render(report, stamp, params),
        kind=paper.kind,
        title=paper.heading(params),
    )
