"""The employer's payroll deduction list (potong gaji) of a koperasi karyawan,
posted as the members' deposits: :func:`commit_payroll`, and what keeps one list
from being posted twice (:func:`imported_before`, :func:`same_list_posted`).

The dry run is :func:`kopdesk.services.imports.savings_plan.plan_payroll`.
Amounts are integer rupiah.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from kopdesk.domain.changes import Changes
from kopdesk.domain.coa import PAYMENT_ACCOUNTS, Code
from kopdesk.domain.dates import format_date_short
from kopdesk.domain.permissions import Actor, Permission
from kopdesk.domain.savings import month_bounds
from kopdesk.errors import DomainError, ValidationError
from kopdesk.models import Account, JournalEntry, JournalLine, SavingsBatch
from kopdesk.services.base.access import authorize
from kopdesk.services.base.changes import causes
from kopdesk.services.imports.base import Progress
from kopdesk.services.imports.savings_openings import (
    open_accounts,
    record_batch,
    wanted_accounts,
)
from kopdesk.services.imports.savings_plan import recheck
from kopdesk.services.imports.savings_rows import PAYROLL, ImportResult, PlanRow, SavingsPlan
from kopdesk.services.ledger import journal
from kopdesk.services.ledger.journal import EntryInput, LineInput
from kopdesk.services.savings.products import list_products

__all__ = [
    "MODES",
    "PAYROLL_ACCOUNT",
    "SOURCE_PAYROLL",
    "EarlierList",
    "commit_payroll",
    "imported_before",
    "same_list_posted",
]

SOURCE_PAYROLL = "simpanan.potong_gaji"
PAYROLL_ACCOUNT = Code.BANK_GIRO
"""Where the employer's transfer comes in unless the user says otherwise."""
MODES = ("per_member", "batch")


@causes(Changes(journal=True))
def commit_payroll(
    session: Session,
    actor: Actor,
    plan: SavingsPlan,
    *,
    on: dt.date,
    debit_account: str = PAYROLL_ACCOUNT,
    mode: str = "per_member",
    reference: str = "",
    again: bool = False,
    progress: Progress | None = None,
) -> ImportResult:
    """Post a payroll deduction list of a plan without problems, all or nothing.

    Needs ``savings.manage``. The employer's transfer comes into
    ``debit_account`` (bank 1111, or cash/bank 1101, 1102, 1112). ``mode``
    ``per_member``: one journal entry per member (debit the bank, credit each
    product); ``batch``: one entry with every member's lines and one debit for
    the total. Source ``simpanan.potong_gaji``. The same ``reference`` (default
    the file name) is refused a second time; so is the same list in the same month
    under another reference (:func:`same_list_posted`) unless ``again`` says the
    user confirmed it (recorded in the audit trail).
    """
    authorize(session, actor, Permission.SAVINGS_MANAGE)
    if plan.kind != PAYROLL:
        raise DomainError("Rencana ini bukan daftar potong gaji.")
    if mode not in MODES:
        raise ValidationError("mode", "Cara posting harus per anggota atau satu jurnal.")
    if not isinstance(on, dt.date) or isinstance(on, dt.datetime):
        raise ValidationError("date", "Tanggal posting tidak valid.")
    debit = _debit_account(session, debit_account)
    reference = " ".join(reference.split()) or plan.file_name
    _refuse_repeated(session, reference)
    recheck(session, plan, on)
    earlier = same_list_posted(session, plan, on)
    if earlier is not None and not again:
        raise DomainError(
            f"{earlier.describe()} Daftar yang sama tidak diposting dua kali tanpa konfirmasi."
        )
    products = {p.code: p for p in list_products(session)}
    wanted = wanted_accounts(plan, products)
    accounts = open_accounts(session, wanted, on)
    payers = [r for r in plan.rows if r.total > 0]

    def credits(r: PlanRow) -> list[LineInput]:
        return [
            LineInput(
                products[c].account_code,
                -a,
                member_id=r.member_id,
                savings_account_id=accounts[(r.row, c)],
            )
            for c, a in r.amounts.items()
            if a > 0
        ]

    entries: list[str] = []
    if mode == "batch":
        lines = [line for r in payers for line in credits(r)]
        lines.insert(0, LineInput(debit, plan.total, memo=f"Potong gaji {reference}"[:200]))
        text = f"Potong gaji {reference} ({len(payers)} anggota)"
        entries.append(_post(session, actor, on, text, lines).number)
    else:
        for index, r in enumerate(payers, start=1):
            lines = [LineInput(debit, r.total, member_id=r.member_id), *credits(r)]
            text = f"Potong gaji {reference}: {r.member_name} ({r.member_number})"
            entries.append(_post(session, actor, on, text, lines).number)
            if progress is not None and index % 50 == 0:
                progress(index, len(payers))
    if progress is not None:
        progress(len(payers), len(payers))
    extra: dict[str, object] = {"akun_debit": debit, "cara": mode}
    if earlier is not None:
        extra["diulang_dari"] = f"{earlier.reference} ({earlier.first_entry})"
    return record_batch(
        session, actor, plan, on=on, reference=reference, entries=entries, extra=extra
    )


def _post(
    session: Session, actor: Actor, on: dt.date, text: str, lines: Sequence[LineInput]
) -> journal.EntryInfo:
    return journal.post_business_entry(
        session, EntryInput(on, text[:500], lines, source=SOURCE_PAYROLL), actor=actor
    )


def _debit_account(session: Session, code: str) -> str:
    code = code.strip()
    if code not in PAYMENT_ACCOUNTS:
        raise ValidationError(
            "account",
            f"Potongan gaji diterima di kas atau bank ({', '.join(PAYMENT_ACCOUNTS)}), "
            f"bukan {code}.",
        )
    active = session.execute(select(Account.active).where(Account.code == code)).scalar()
    if not active:
        raise ValidationError("account", f"Akun {code} tidak aktif.")
    return code


def _refuse_repeated(session: Session, reference: str) -> None:
    if not reference:
        raise ValidationError("reference", "Referensi daftar potong gaji wajib diisi.")
    earlier = session.execute(
        select(SavingsBatch).where(
            SavingsBatch.kind == PAYROLL,
            func.lower(SavingsBatch.reference) == reference.lower(),
        )
    ).scalar()
    if earlier is not None:
        first = earlier.entries.split(",")[0]
        raise DomainError(
            f"Daftar potong gaji '{reference}' sudah diimpor pada "
            f"{format_date_short(earlier.date)} oleh {earlier.posted_by} ({first}). "
            "Daftar yang sama tidak diimpor dua kali; bila ini daftar lain, beri referensi "
            "lain (misalnya nama bulannya)."
        )


@dataclass(frozen=True)
class EarlierList:
    """An earlier payroll import that credited the same members the same amounts
    in the same month: importing the list again would post it twice."""

    reference: str
    date: dt.date
    posted_by: str
    first_entry: str

    def describe(self) -> str:
        return (
            f"Daftar dengan anggota dan jumlah yang sama sudah diposting "
            f"{format_date_short(self.date)} dengan referensi '{self.reference}' oleh "
            f"{self.posted_by} ({self.first_entry})."
        )


def same_list_posted(session: Session, plan: SavingsPlan, on: dt.date) -> EarlierList | None:
    """The earlier payroll import in ``on``'s month that credited exactly the members
    of ``plan`` with exactly its amounts, or None.

    The reference alone does not catch a list imported again under another name.
    """
    wanted = {r.member_id: r.total for r in plan.rows if r.total > 0 and r.member_id is not None}
    if not wanted:
        return None
    first, last = month_bounds(f"{on:%Y-%m}")
    batches = session.execute(
        select(SavingsBatch)
        .where(
            SavingsBatch.kind == PAYROLL,
            SavingsBatch.date.between(first, last),
            SavingsBatch.total == sum(wanted.values()),
        )
        .order_by(SavingsBatch.id)
    ).scalars()
    for batch in batches:
        numbers = [n for n in batch.entries.split(",") if n]
        if numbers and _credited(session, numbers) == wanted:
            return EarlierList(batch.reference, batch.date, batch.posted_by, numbers[0])
    return None


def _credited(session: Session, numbers: Sequence[str]) -> dict[int, int]:
    """Rupiah credited to each member by the entries ``numbers``."""
    totals: dict[int, int] = {}
    for start in range(0, len(numbers), 500):
        rows = session.execute(
            select(JournalLine.member_id, func.sum(JournalLine.amount))
            .join(JournalEntry, JournalEntry.id == JournalLine.entry_id)
            .where(
                JournalEntry.number.in_(numbers[start : start + 500]),
                JournalLine.amount < 0,
                JournalLine.member_id.is_not(None),
            )
            .group_by(JournalLine.member_id)
        )
        for member_id, amount in rows:
            if member_id is not None:
                totals[member_id] = totals.get(member_id, 0) - int(amount)
    return totals


def imported_before(session: Session, reference: str) -> bool:
    """Whether a payroll list with this reference was imported already."""
    reference = " ".join(reference.split())
    try:
        _refuse_repeated(session, reference)
    except DomainError:
        return True
    except ValidationError:
        return False
    return False
