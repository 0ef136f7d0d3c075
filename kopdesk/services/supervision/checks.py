"""The integrity check: SQLite's own check plus the ledger's invariants.

Run on opening (quick) and on demand (full, ``kopdesk check``). Each check
says in Indonesian what it looked at and what it found; the way back from a
failure is restoring the latest good backup, never "repairing" the book.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import case, extract, func, select, text
from sqlalchemy.orm import Session, aliased

from kopdesk.domain.cashflow import CASH_PREFIX
from kopdesk.domain.chain import Anchor
from kopdesk.domain.coa import Code
from kopdesk.domain.money import format_rupiah
from kopdesk.models import (
    Account,
    AccountMonthFlow,
    AccountMonthTotal,
    DocSequence,
    DocumentRecord,
    JournalEntry,
    JournalLine,
    Loan,
    LoanProduct,
    SavingsAccount,
    SavingsProduct,
)
from kopdesk.services.assets.depreciation import ledger_differences
from kopdesk.services.members import search
from kopdesk.services.supervision.integrity import missing_numbers, verify_books_unchecked


@dataclass(frozen=True)
class CheckItem:
    name: str
    ok: bool
    detail: str


@dataclass(frozen=True)
class CheckReport:
    items: tuple[CheckItem, ...]

    @property
    def ok(self) -> bool:
        return all(i.ok for i in self.items)

    @property
    def summary(self) -> str:
        failed = [i for i in self.items if not i.ok]
        if not failed:
            return f"Semua {len(self.items)} pemeriksaan lulus: buku sehat."
        return (
            f"{len(failed)} dari {len(self.items)} pemeriksaan gagal. Jangan ubah buku ini; "
            "pulihkan dari cadangan terakhir yang sehat."
        )


def _sqlite_check(session: Session, *, full: bool) -> CheckItem:
    if session.get_bind().dialect.name != "sqlite":
        return CheckItem("Berkas basis data", True, "PostgreSQL: diperiksa oleh server.")
    pragma = "integrity_check" if full else "quick_check"
    rows = [r[0] for r in session.execute(text(f"PRAGMA {pragma}"))]
    fk = session.execute(text("PRAGMA foreign_key_check")).all()
    kind = "lengkap" if full else "cepat"
    if rows == ["ok"] and not fk:
        return CheckItem(
            "Berkas basis data", True, f"Pemeriksaan {kind} SQLite: baik; rujukan antartabel: baik."
        )
    detail = "; ".join(rows[:3]) if rows != ["ok"] else f"{len(fk)} rujukan putus"
    return CheckItem("Berkas basis data", False, f"Berkas rusak: {detail}.")


def _balanced(session: Session) -> CheckItem:
    bad = (
        session.execute(
            select(JournalLine.entry_id)
            .group_by(JournalLine.entry_id)
            .having((func.sum(JournalLine.amount) != 0) | (func.count() < 2))
        )
        .scalars()
        .all()
    )
    if not bad:
        return CheckItem("Setiap jurnal seimbang", True, "Debit = kredit di setiap jurnal.")
    numbers = (
        session.execute(select(JournalEntry.number).where(JournalEntry.id.in_(bad[:5])))
        .scalars()
        .all()
    )
    shown = ", ".join(numbers) or ", ".join(str(b) for b in bad[:5])
    return CheckItem("Setiap jurnal seimbang", False, f"{len(bad)} jurnal tidak seimbang: {shown}.")


def _trial_balance(session: Session) -> CheckItem:
    total = session.execute(select(func.coalesce(func.sum(JournalLine.amount), 0))).scalar_one()
    dates = session.execute(
        select(func.count())
        .select_from(JournalLine)
        .join(JournalEntry, JournalEntry.id == JournalLine.entry_id)
        .where(JournalLine.date != JournalEntry.date)
    ).scalar_one()
    if total == 0 and dates == 0:
        return CheckItem("Neraca saldo nol", True, "Jumlah seluruh debit sama dengan kredit.")
    return CheckItem(
        "Neraca saldo nol",
        False,
        f"Selisih neraca saldo {format_rupiah(int(total))}; "
        f"{dates} baris bertanggal lain dari jurnalnya.",
    )


def _sequences(session: Session) -> CheckItem:
    problems = missing_numbers(session, session.execute(select(JournalEntry.number)).scalars())
    issued = session.execute(
        select(func.coalesce(func.sum(DocSequence.last_value), 0)).where(
            DocSequence.key.like("DOK-%")
        )
    ).scalar_one()
    documents = session.execute(select(func.count()).select_from(DocumentRecord)).scalar_one()
    if not problems and issued == documents:
        return CheckItem("Nomor urut tanpa lompatan", True, "Nomor jurnal dan dokumen berurutan.")
    parts = [p.message for p in problems[:3]]
    if issued != documents:
        parts.append(f"{issued} nomor dokumen diterbitkan, {documents} tercatat.")
    return CheckItem("Nomor urut tanpa lompatan", False, " ".join(parts))


def _chains(session: Session, anchors: Sequence[Anchor]) -> CheckItem:
    result = verify_books_unchecked(session, anchors)
    return CheckItem("Rantai sidik jari jurnal, audit dan isi buku", result.ok, result.summary)


def _subledgers(session: Session) -> CheckItem:
    """Members' savings per product = the control account; no savings account below zero.

    Balances are sums of journal lines, so only a line on a control account
    without a savings account (written around the services, e.g. with an
    SQLite editor, or a line naming another product's account) can break this.
    """
    problems: list[str] = []
    products = session.execute(
        select(SavingsProduct.id, SavingsProduct.name, SavingsProduct.account_id)
    ).all()
    for product_id, name, account_id in products:
        gl = session.execute(
            select(func.coalesce(func.sum(JournalLine.amount), 0)).where(
                JournalLine.account_id == account_id
            )
        ).scalar_one()
        sub = session.execute(
            select(func.coalesce(func.sum(JournalLine.amount), 0))
            .join(SavingsAccount, SavingsAccount.id == JournalLine.savings_account_id)
            .where(SavingsAccount.product_id == product_id, JournalLine.account_id == account_id)
        ).scalar_one()
        if gl != sub:
            problems.append(
                f"{name}: akun kontrol {format_rupiah(-int(gl))}, jumlah saldo anggota "
                f"{format_rupiah(-int(sub))}"
            )
    stray = session.execute(
        select(func.count())
        .select_from(JournalLine)
        .join(SavingsAccount, SavingsAccount.id == JournalLine.savings_account_id)
        .join(SavingsProduct, SavingsProduct.id == SavingsAccount.product_id)
        .where(JournalLine.account_id != SavingsProduct.account_id)
    ).scalar_one()
    if stray:
        problems.append(f"{stray} baris rekening simpanan berada di akun lain")
    negative = (
        session.execute(
            select(SavingsAccount.number)
            .join(JournalLine, JournalLine.savings_account_id == SavingsAccount.id)
            .group_by(SavingsAccount.number)
            .having(func.sum(JournalLine.amount) > 0)
            .limit(5)
        )
        .scalars()
        .all()
    )
    if negative:
        problems.append("saldo minus: " + ", ".join(negative))
    title = "Sub-buku simpanan sama dengan akun kontrol"
    if problems:
        return CheckItem(title, False, "; ".join(problems) + ".")
    return CheckItem(
        title, True, f"{len(products)} produk: jumlah saldo anggota = saldo akun kontrolnya."
    )


def _loan_subledger(session: Session) -> CheckItem:
    """Loans' outstanding = their receivable accounts; no loan below zero; every
    principal allocated in payments matches the receivable lines."""
    problems: list[str] = []
    products = session.execute(select(LoanProduct.account_id).distinct()).scalars().all()
    for account_id in products:
        gl = session.execute(
            select(func.coalesce(func.sum(JournalLine.amount), 0)).where(
                JournalLine.account_id == account_id
            )
        ).scalar_one()
        sub = session.execute(
            select(func.coalesce(func.sum(JournalLine.amount), 0)).where(
                JournalLine.account_id == account_id, JournalLine.loan_id.is_not(None)
            )
        ).scalar_one()
        if gl != sub:
            code = session.get(Account, account_id)
            problems.append(
                f"akun {code.code if code else account_id}: buku besar {format_rupiah(int(gl))}, "
                f"jumlah pinjaman {format_rupiah(int(sub))}"
            )
    negative = (
        session.execute(
            select(Loan.number)
            .join(JournalLine, JournalLine.loan_id == Loan.id)
            .group_by(Loan.number)
            .having(func.sum(JournalLine.amount) < 0)
            .limit(5)
        )
        .scalars()
        .all()
    )
    if negative:
        problems.append("sisa pokok minus: " + ", ".join(negative))
    title = "Sub-buku pinjaman sama dengan akun piutang"
    if problems:
        return CheckItem(title, False, "; ".join(problems) + ".")
    return CheckItem(title, True, "Jumlah sisa pokok pinjaman = saldo akun piutang pinjaman.")


def _fixed_assets(session: Session) -> CheckItem:
    """The fixed-asset register = the general ledger, on the accounts the register uses.

    Manual journals on 1601-1604/1692-1694 are allowed (a koperasi may keep
    older assets outside the register), so an account is compared only once
    the register holds an asset in it; from then on a manual line there, or a
    reversed acquisition or depreciation entry, shows as a difference. It is a
    bookkeeping difference, not damage to the file, so it runs only in the full
    check (the quick check on opening offers a restore when it fails).
    """
    title = "Aset tetap = buku besar"
    compared, differences = ledger_differences(session)
    if not compared:
        return CheckItem(title, True, "Daftar aset tetap kosong; tidak ada yang dibandingkan.")
    if not differences:
        return CheckItem(
            title,
            True,
            f"{compared} akun aset tetap dan akumulasi penyusutan: saldo buku besar = daftar aset.",
        )
    parts = [
        f"{d.account_code} {d.account_name}: daftar aset {format_rupiah(d.register)}, buku besar "
        f"{format_rupiah(d.ledger)}, selisih {format_rupiah(d.difference)}"
        for d in differences
    ]
    return CheckItem(
        title,
        False,
        "; ".join(parts) + ". Ini bukan kerusakan berkas: biasanya ada jurnal umum langsung ke "
        "akun aset tetap atau akumulasi penyusutannya, atau jurnal aset/penyusutan yang dibalik. "
        "Balik jurnal umum itu dan catat asetnya lewat Aset Tetap (aset lama sebagai saldo awal).",
    )


MonthKey = tuple[int, int, int]
MonthFigures = tuple[int, int, int]


def _month_totals(session: Session) -> CheckItem:
    """The month totals the database keeps per account (revision 0009) = the lines.

    Balances and statements read them, so a row changed or added behind kopdesk's
    back (the guards refuse deleting and lowering them) would change every figure
    after that month; this recomputes every month from the journal's lines."""
    year, month = extract("year", JournalLine.date), extract("month", JournalLine.date)
    debit = func.coalesce(func.sum(case((JournalLine.amount > 0, JournalLine.amount))), 0)
    credit = func.coalesce(func.sum(case((JournalLine.amount < 0, -JournalLine.amount))), 0)
    lines: dict[MonthKey, MonthFigures] = {
        (int(a), int(y), int(m)): (int(d), int(c), int(n))
        for a, y, m, d, c, n in session.execute(
            select(JournalLine.account_id, year, month, debit, credit, func.count()).group_by(
                JournalLine.account_id, year, month
            )
        )
    }
    kept: dict[MonthKey, MonthFigures] = {
        (int(a), int(y), int(m)): (int(d), int(c), int(n))
        for a, y, m, d, c, n in session.execute(
            select(
                AccountMonthTotal.account_id, AccountMonthTotal.year, AccountMonthTotal.month,
                AccountMonthTotal.debit, AccountMonthTotal.credit, AccountMonthTotal.line_count,
            )
        )
    }  # fmt: skip
    title = "Jumlah bulanan per akun sama dengan jurnal"
    wrong = sorted(k for k in lines.keys() | kept.keys() if lines.get(k) != kept.get(k))
    if not wrong:
        return CheckItem(
            title, True, f"{len(kept)} jumlah bulanan akun sama dengan baris jurnalnya."
        )
    codes = {int(i): str(c) for i, c in session.execute(select(Account.id, Account.code))}
    parts = []
    for key in wrong[:5]:
        account_id, y, m = key
        stored, actual = kept.get(key, (0, 0, 0)), lines.get(key, (0, 0, 0))
        parts.append(
            f"akun {codes.get(account_id, account_id)} bulan {m:02d}-{y}: tersimpan debit "
            f"{format_rupiah(stored[0])}, kredit {format_rupiah(stored[1])} ({stored[2]} baris), "
            f"menurut jurnal debit {format_rupiah(actual[0])}, kredit "
            f"{format_rupiah(actual[1])} ({actual[2]} baris)"
        )
    more = f" (dan {len(wrong) - 5} lainnya)" if len(wrong) > 5 else ""
    return CheckItem(
        title,
        False,
        f"{len(wrong)} jumlah bulanan akun berbeda dari jurnal, diubah di luar kopdesk: "
        + "; ".join(parts)
        + more
        + ". Saldo dan laporan keuangan membaca jumlah ini, jadi angkanya tidak dapat dipercaya.",
    )


OPENING_PREFIX = Code.GROUP_SALDO_AWAL[:2]
"""Opening-balance equity (39xx): an entry touching it brings balances in."""
FlowKey = tuple[int, int, int, str, int, int]


def _flows_from_lines(session: Session) -> dict[FlowKey, tuple[int, int]]:
    """What ``account_month_flow`` must hold, recomputed from the entries and lines."""
    year, month = extract("year", JournalLine.date), extract("month", JournalLine.date)
    flags = (
        select(
            JournalLine.entry_id.label("entry_id"),
            func.max(case((func.substr(Account.code, 1, 2) == OPENING_PREFIX, 1), else_=0)).label(
                "opening"
            ),
            func.max(case((func.substr(Account.code, 1, 2) == CASH_PREFIX, 1), else_=0)).label(
                "cash"
            ),
        )
        .join(Account, Account.id == JournalLine.account_id)
        .group_by(JournalLine.entry_id)
        .subquery()
    )
    original = aliased(JournalEntry)
    source = func.coalesce(original.source, JournalEntry.source)
    rows = session.execute(
        select(
            JournalLine.account_id, year, month, source, flags.c.opening, flags.c.cash,
            func.sum(JournalLine.amount), func.count(),
        )
        .join(JournalEntry, JournalEntry.id == JournalLine.entry_id)
        .outerjoin(original, original.id == JournalEntry.reversal_of_id)
        .join(flags, flags.c.entry_id == JournalLine.entry_id)
        .group_by(JournalLine.account_id, year, month, source, flags.c.opening, flags.c.cash)
    )  # fmt: skip
    return {
        (int(a), int(y), int(m), str(src), int(o), int(c)): (int(t), int(n))
        for a, y, m, src, o, c, t, n in rows
    }


def _month_flows(session: Session) -> CheckItem:
    """The month flows the database keeps per account and kind of entry (revision
    0009) = the journal's entries and lines; the statements read them."""
    lines = _flows_from_lines(session)
    kept: dict[FlowKey, tuple[int, int]] = {
        (int(a), int(y), int(m), str(src), int(o), int(c)): (int(t), int(n))
        for a, y, m, src, o, c, t, n in session.execute(
            select(
                AccountMonthFlow.account_id, AccountMonthFlow.year, AccountMonthFlow.month,
                AccountMonthFlow.source, AccountMonthFlow.opening, AccountMonthFlow.cash,
                AccountMonthFlow.amount, AccountMonthFlow.line_count,
            )
        )
    }  # fmt: skip
    title = "Mutasi bulanan per akun sama dengan jurnal"
    wrong = sorted(k for k in lines.keys() | kept.keys() if lines.get(k) != kept.get(k))
    if not wrong:
        return CheckItem(title, True, f"{len(kept)} mutasi bulanan akun sama dengan jurnalnya.")
    codes = {int(i): str(c) for i, c in session.execute(select(Account.id, Account.code))}
    parts = []
    for key in wrong[:5]:
        account_id, y, m, source = key[:4]
        stored, actual = kept.get(key, (0, 0)), lines.get(key, (0, 0))
        parts.append(
            f"akun {codes.get(account_id, account_id)} bulan {m:02d}-{y} sumber {source}: "
            f"tersimpan {format_rupiah(stored[0])} ({stored[1]} baris), menurut jurnal "
            f"{format_rupiah(actual[0])} ({actual[1]} baris)"
        )
    more = f" (dan {len(wrong) - 5} lainnya)" if len(wrong) > 5 else ""
    return CheckItem(
        title,
        False,
        f"{len(wrong)} mutasi bulanan akun berbeda dari jurnal, diubah di luar kopdesk: "
        + "; ".join(parts)
        + more
        + ". Laporan keuangan membaca mutasi ini, jadi angkanya tidak dapat dipercaya.",
    )


def _member_search(session: Session) -> CheckItem:
    """The member search index (revision 0010) = the members it indexes."""
    title = "Indeks pencarian anggota sama dengan data anggota"
    problems = search.index_problems(session)
    if not problems:
        return CheckItem(title, True, "Indeks pencarian anggota sesuai dengan data anggota.")
    return CheckItem(
        title,
        False,
        " ".join(problems) + " Pencarian anggota bisa tidak menemukan anggota yang ada; "
        "data anggotanya sendiri tidak berubah.",
    )


def check_book(
    session: Session, *, full: bool = True, anchors: Sequence[Anchor] = ()
) -> CheckReport:
    """Run the checks. ``full`` adds SQLite's complete integrity check and the
    hash chains, sealed rows and guards, compared with ``anchors`` (seconds per
    100,000 entries); the quick check on opening skips them."""
    items = [_sqlite_check(session, full=full)]
    if not items[0].ok:
        return CheckReport(tuple(items))
    items += [
        _balanced(session),
        _trial_balance(session),
        _sequences(session),
        _subledgers(session),
        _loan_subledger(session),
    ]
    if full:
        items.append(_fixed_assets(session))
        items.append(_month_totals(session))
        items.append(_month_flows(session))
        items.append(_member_search(session))
        items.append(_chains(session, anchors))
    return CheckReport(tuple(items))
