"""Year-end close (tutup buku): the checklist, the closing entries, lock and reopen.

Closing tahun buku Y (DESIGN.md §3, KOPERASI.md §2.4):

1. The checklist must pass: the year has ended, the year before is closed, the
   book checks (balanced entries, trial balance zero, sub-ledgers equal their
   control accounts) pass, and every month's savings interest, loan allowance
   (PPAP) and depreciation is posted.
2. The closing entry, dated the last day of Y, moves every income and expense
   balance of Y to 3502 *SHU tahun berjalan*.
3. Y+1 is opened if it is not yet, and an entry on its first day moves the SHU
   from 3502 to 3501 *SHU tahun lalu belum dibagi*, where the RAT's distribution
   (kopdesk.services.closing.shu) takes it from.
4. Y is locked: the database refuses any entry dated in it.

Reopening is explicit: a reason and a second person's approval; both closing
entries are reversed (the books are as before the close) and the event is kept.
Closing again gives the same entries. A year whose SHU has been posted cannot be
reopened (the distribution was made from its figures).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from kopdesk.domain import clock, coa
from kopdesk.domain.changes import Changes
from kopdesk.domain.dates import format_date
from kopdesk.domain.ledger import AccountType
from kopdesk.domain.money import format_rupiah
from kopdesk.domain.permissions import Actor, Permission
from kopdesk.errors import DomainError, NotFoundError, ValidationError
from kopdesk.models import (
    Account,
    FiscalYear,
    JournalEntry,
    JournalLine,
    Loan,
    LoanAllowanceRun,
    SavingsAccount,
    SavingsMonthEnd,
    ShuPlan,
    YearCloseEvent,
)
from kopdesk.services.base import audit
from kopdesk.services.base.access import authorize
from kopdesk.services.base.changes import causes
from kopdesk.services.closing.sums import CLOSING_SOURCE
from kopdesk.services.ledger import books, journal
from kopdesk.services.ledger.journal import EntryInput, LineInput
from kopdesk.services.supervision import checks

SURPLUS_ACCOUNT = coa.CURRENT_SURPLUS
"""SHU tahun berjalan: receives the year's income and expense at the close."""
UNDISTRIBUTED_ACCOUNT = coa.UNDISTRIBUTED_SURPLUS
"""SHU tahun lalu belum dibagi: holds it from the next year's first day until the RAT."""


@dataclass(frozen=True)
class ChecklistItem:
    key: str
    label: str
    ok: bool
    detail: str
    fact: bool = False
    """Not ok, but a state rather than a fault (the year is already closed): shown as
    it is, neither ticked nor crossed."""

    @property
    def mark(self) -> str:
        """``v`` ok, ``x`` a fault, ``-`` a fact."""
        return "v" if self.ok else "-" if self.fact else "x"


@dataclass(frozen=True)
class Checklist:
    year: int
    items: list[ChecklistItem] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return all(item.ok for item in self.items)

    @property
    def failed(self) -> list[ChecklistItem]:
        return [item for item in self.items if not item.ok]

    def as_text(self) -> str:
        return "\n".join(f"[{i.mark}] {i.label}: {i.detail}" for i in self.items)


@dataclass(frozen=True)
class CloseResult:
    year: int
    surplus: int
    closing_entry: str | None
    """None when the year had no income or expense at all."""
    transfer_entry: str | None
    opened_next: bool


@dataclass(frozen=True)
class YearCloseEventInfo:
    kind: str
    at: dt.datetime
    actor: str
    surplus: int
    reason: str
    closing_entry: str | None
    transfer_entry: str | None


def _year(session: Session, year: int) -> FiscalYear:
    row = session.execute(select(FiscalYear).where(FiscalYear.year == year)).scalar()
    if row is None:
        raise NotFoundError(f"Tahun buku {year} tidak ada.")
    return row


def is_closed(session: Session, year: int) -> bool:
    return _year(session, year).status == "closed"


def year_bounds(session: Session, year: int) -> tuple[dt.date, dt.date, bool]:
    """First and last day of tahun buku ``year`` and whether it is closed."""
    books.check_year(year)
    row = session.execute(select(FiscalYear).where(FiscalYear.year == year)).scalar()
    if row is None:
        raise NotFoundError(f"Tahun buku {year} tidak ada di buku ini.")
    return row.start_date, row.end_date, row.status == "closed"


def _result_balances(session: Session, fiscal_year_id: int) -> list[tuple[str, int]]:
    """Each income and expense account's balance from the year's entries (debit +),
    closing entries excluded, in code order."""
    rows = session.execute(
        select(Account.code, func.sum(JournalLine.amount))
        .join(JournalLine, JournalLine.account_id == Account.id)
        .join(JournalEntry, JournalEntry.id == JournalLine.entry_id)
        .where(
            JournalEntry.fiscal_year_id == fiscal_year_id,
            JournalEntry.source != CLOSING_SOURCE,
            Account.type.in_([AccountType.PENDAPATAN.value, AccountType.BEBAN.value]),
        )
        .group_by(Account.code)
        .order_by(Account.code)
    ).all()
    return [(code, int(total)) for code, total in rows if total]


def year_surplus(session: Session, year: int) -> int:
    """The SHU of tahun buku ``year``: income − expense, closing entries excluded."""
    row = _year(session, year)
    return -sum(amount for _, amount in _result_balances(session, row.id))


# --- checklist ---------------------------------------------------------------


def _months(start: dt.date, end: dt.date) -> list[str]:
    months, y, m = [], start.year, start.month
    while (y, m) <= (end.year, end.month):
        months.append(f"{y:04d}-{m:02d}")
        y, m = (y + 1, 1) if m == 12 else (y, m + 1)
    return months


def _month_end(month: str) -> dt.date:
    y, m = int(month[:4]), int(month[5:])
    nxt = dt.date(y + (m == 12), 1 if m == 12 else m + 1, 1)
    return nxt - dt.timedelta(days=1)


def _missing_runs(months: list[str], done: set[str], first_activity: dt.date | None) -> list[str]:
    if first_activity is None:
        return []
    return [m for m in months if _month_end(m) >= first_activity and m not in done]


def _months_text(months: list[str]) -> str:
    shown = ", ".join(months[:6])
    return shown + (f" dan {len(months) - 6} bulan lain" if len(months) > 6 else "")


def _routine_items(session: Session, fy: FiscalYear) -> list[ChecklistItem]:
    months = _months(fy.start_date, fy.end_date)
    savings_start = session.execute(select(func.min(SavingsAccount.opened_on))).scalar()
    savings_done = set(
        session.execute(select(SavingsMonthEnd.month).where(SavingsMonthEnd.month.in_(months)))
        .scalars()
        .all()
    )
    missing = _missing_runs(months, savings_done, savings_start)
    items = [
        ChecklistItem(
            "jasa_simpanan",
            "Jasa simpanan setiap bulan",
            not missing,
            f"Belum diproses: {_months_text(missing)}."
            if missing
            else "Proses akhir bulan simpanan sudah dijalankan untuk setiap bulan.",
        )
    ]
    loans_start = session.execute(select(func.min(Loan.disbursed_on))).scalar()
    ppap_done = set(
        session.execute(select(LoanAllowanceRun.month).where(LoanAllowanceRun.month.in_(months)))
        .scalars()
        .all()
    )
    missing = _missing_runs(months, ppap_done, loans_start)
    items.append(
        ChecklistItem(
            "ppap",
            "Penyisihan pinjaman (PPAP) setiap bulan",
            not missing,
            f"Belum diposting: {_months_text(missing)}."
            if missing
            else "Penyesuaian PPAP sudah diposting untuk setiap bulan.",
        )
    )
    from kopdesk.services.assets import depreciation

    missing = depreciation.missing_depreciation_months(session, fy.year)
    items.append(
        ChecklistItem(
            "penyusutan",
            "Penyusutan aset tetap setiap bulan",
            not missing,
            f"Belum diposting: {_months_text(missing)}."
            if missing
            else "Penyusutan aset tetap sudah diposting untuk setiap bulan.",
        )
    )
    return items


def checklist(session: Session, year: int, *, today: dt.date | None = None) -> Checklist:
    """What must hold before tahun buku ``year`` can be closed, each with its detail."""
    fy = _year(session, year)
    today = today or clock.today()
    items = [
        ChecklistItem(
            "status",
            "Tahun buku masih terbuka" if fy.status == "open" else "Tahun buku sudah ditutup",
            fy.status == "open",
            "Terbuka." if fy.status == "open" else f"Tahun buku {year} sudah ditutup.",
            fact=fy.status != "open",
        ),
        ChecklistItem(
            "berakhir",
            "Tahun buku sudah berakhir",
            today > fy.end_date,
            f"Berakhir {format_date(fy.end_date)}."
            if today > fy.end_date
            else f"Tahun buku baru berakhir {format_date(fy.end_date)}.",
        ),
    ]
    before = session.execute(select(FiscalYear).where(FiscalYear.year == year - 1)).scalar()
    items.append(
        ChecklistItem(
            "tahun_lalu",
            "Tahun buku sebelumnya sudah ditutup",
            before is None or before.status == "closed",
            "Tidak ada tahun buku sebelumnya."
            if before is None
            else (
                f"Tahun buku {year - 1} sudah ditutup."
                if before.status == "closed"
                else f"Tutup dulu tahun buku {year - 1}."
            ),
        )
    )
    items += _routine_items(session, fy)
    report = checks.check_book(session, full=False)
    items += [
        ChecklistItem(f"periksa_{n}", item.name, item.ok, item.detail)
        for n, item in enumerate(report.items, start=1)
    ]
    return Checklist(year, items)


# --- close -------------------------------------------------------------------


def check_close(
    session: Session, actor: Actor, year: int, *, today: dt.date | None = None
) -> Checklist:
    """What :func:`close_year` checks before it writes: ``year.close`` and the
    checklist. Writes nothing; lets a front end refuse before its pre-close backup."""
    authorize(session, actor, Permission.YEAR_CLOSE)
    ready = checklist(session, year, today=today)
    if not ready.ok:
        problems = "; ".join(f"{i.label}: {i.detail}" for i in ready.failed)
        raise DomainError(f"Tahun buku {year} belum dapat ditutup. {problems}")
    return ready


@causes(Changes(journal=True, profile=True))
def close_year(
    session: Session, actor: Actor, year: int, *, today: dt.date | None = None
) -> CloseResult:
    """Close tahun buku ``year`` (``year.close``). Refused, with every failing
    checklist item named, unless the checklist passes. Nothing is written then."""
    ready = check_close(session, actor, year, today=today)
    fy = _year(session, year)
    balances = _result_balances(session, fy.id)
    surplus = -sum(amount for _, amount in balances)
    closing = None
    if balances:
        lines = [LineInput(code, -amount, f"Penutupan {year}") for code, amount in balances]
        if surplus:
            lines.append(LineInput(SURPLUS_ACCOUNT, -surplus, f"SHU tahun buku {year}"))
        closing = journal.post_business_entry(
            session,
            EntryInput(
                fy.end_date,
                f"Jurnal penutup tahun buku {year}: pendapatan dan beban ke SHU tahun berjalan "
                f"({format_rupiah(surplus, parens=True)})",
                lines,
                source=CLOSING_SOURCE,
            ),
            actor=actor,
        )
    nxt = session.execute(select(FiscalYear).where(FiscalYear.year == year + 1)).scalar()
    opened_next = nxt is None
    if nxt is None:
        books.open_fiscal_year(session, actor, year + 1)
        nxt = _year(session, year + 1)
    transfer = None
    if surplus:
        transfer = journal.post_business_entry(
            session,
            EntryInput(
                nxt.start_date,
                f"SHU tahun buku {year} dipindahkan ke SHU belum dibagi menunggu keputusan RAT",
                [
                    LineInput(SURPLUS_ACCOUNT, surplus, f"SHU {year}"),
                    LineInput(UNDISTRIBUTED_ACCOUNT, -surplus, f"SHU {year}"),
                ],
                source=CLOSING_SOURCE,
            ),
            actor=actor,
        )
    fy.status = "closed"
    fy.closed_at = clock.now()
    fy.closed_by = actor.username
    session.add(
        YearCloseEvent(
            year=year,
            kind="close",
            surplus=surplus,
            closing_entry_id=closing.id if closing else None,
            transfer_entry_id=transfer.id if transfer else None,
            reason="",
            checklist=ready.as_text(),
            actor=actor.username,
            at=fy.closed_at,
        )
    )
    session.flush()
    audit.record(
        session,
        actor,
        "year.close",
        str(year),
        before={"status": "open"},
        after={
            "status": "closed",
            "shu": surplus,
            "jurnal_penutup": closing.number if closing else "",
            "jurnal_pemindahan": transfer.number if transfer else "",
        },
    )
    return CloseResult(
        year,
        surplus,
        closing.number if closing else None,
        transfer.number if transfer else None,
        opened_next,
    )


def _last_close(session: Session, year: int) -> YearCloseEvent | None:
    return session.execute(
        select(YearCloseEvent)
        .where(YearCloseEvent.year == year)
        .order_by(YearCloseEvent.id.desc())
        .limit(1)
    ).scalar()


def _entry_number(session: Session, entry_id: int | None) -> str | None:
    if entry_id is None:
        return None
    return session.execute(
        select(JournalEntry.number).where(JournalEntry.id == entry_id)
    ).scalar_one()


@causes(Changes(journal=True, profile=True))
def reopen_year(
    session: Session,
    actor: Actor,
    year: int,
    reason: str,
    *,
    approval: int | None,
) -> None:
    """Reopen closed tahun buku ``year`` (``year.reopen``, a reason, a second person).

    Both closing entries are reversed, so the income and expense accounts show the
    year's figures again. Refused while the next year is closed or the year's SHU
    has been posted."""
    authorize(session, actor, Permission.YEAR_REOPEN)
    why = " ".join(reason.split())
    if len(why) < 10:
        raise ValidationError(
            "reason", "Tuliskan alasan membuka kembali tahun buku (min. 10 huruf)."
        )
    fy = _year(session, year)
    if fy.status != "closed":
        raise DomainError(f"Tahun buku {year} masih terbuka.")
    nxt = session.execute(select(FiscalYear).where(FiscalYear.year == year + 1)).scalar()
    if nxt is not None and nxt.status == "closed":
        raise DomainError(
            f"Tahun buku {year + 1} sudah ditutup; buka kembali tahun {year + 1} lebih dulu."
        )
    posted_shu = session.execute(
        select(ShuPlan.entry_id).where(ShuPlan.year == year, ShuPlan.status == "posted")
    ).scalar()
    if posted_shu is not None:
        raise DomainError(
            f"SHU tahun buku {year} sudah dibagi (diposting); tahun buku itu tidak dapat "
            "dibuka kembali karena pembagiannya dihitung dari angka tahun itu."
        )
    books.reopen_fiscal_year(session, actor, year, why, approval=approval)
    last = _last_close(session, year)
    reversed_closing = reversed_transfer = None
    if last is not None and last.kind == "close":
        for entry_id, on in (
            (last.transfer_entry_id, nxt.start_date if nxt else None),
            (last.closing_entry_id, fy.end_date),
        ):
            number = _entry_number(session, entry_id)
            if number is None or on is None:
                continue
            mirror = journal.reverse_business_entry(
                session,
                number,
                on,
                actor=actor,
                description=f"Pembatalan {number} karena tahun buku {year} dibuka kembali",
                source=CLOSING_SOURCE,
                permission=Permission.YEAR_REOPEN,
                preapproved=True,
                audit=False,
            )
            if entry_id == last.closing_entry_id:
                reversed_closing = mirror
            else:
                reversed_transfer = mirror
    session.add(
        YearCloseEvent(
            year=year,
            kind="reopen",
            surplus=last.surplus if last else 0,
            closing_entry_id=reversed_closing.id if reversed_closing else None,
            transfer_entry_id=reversed_transfer.id if reversed_transfer else None,
            reason=why,
            checklist="",
            actor=actor.username,
            at=clock.now(),
        )
    )
    session.flush()


def history(session: Session, year: int) -> list[YearCloseEventInfo]:
    """Every close and reopen of ``year``, oldest first."""
    rows = session.execute(
        select(YearCloseEvent).where(YearCloseEvent.year == year).order_by(YearCloseEvent.id)
    ).scalars()
    return [
        YearCloseEventInfo(
            r.kind,
            r.at,
            r.actor,
            r.surplus,
            r.reason,
            _entry_number(session, r.closing_entry_id),
            _entry_number(session, r.transfer_entry_id),
        )
        for r in rows
    ]
