"""Savings from spreadsheets, the writing: the savings accounts an import opens
(:func:`open_accounts`), the batch record and audit record both imports keep
(:func:`record_batch`), and the opening-balance import itself
(:func:`commit_opening`). The payroll import is :mod:`kopdesk.services.imports.payroll`.

Everything is written all or nothing, only for a plan without problems, after
the book's rules are checked once more; bulk rows go through SQLAlchemy Core
(DESIGN.md §9). Amounts are integer rupiah.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence

from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from kopdesk.domain import clock
from kopdesk.domain.changes import Changes
from kopdesk.domain.coa import OPENING_EQUITY
from kopdesk.domain.dates import add_months, format_date_short
from kopdesk.domain.permissions import Actor, Permission
from kopdesk.domain.savings import ProductKind
from kopdesk.errors import DomainError
from kopdesk.models import Member, SavingsAccount, SavingsBatch
from kopdesk.services.base import audit
from kopdesk.services.base.access import authorize
from kopdesk.services.base.changes import causes
from kopdesk.services.imports.base import Progress, ids_by_number
from kopdesk.services.imports.savings_plan import recheck
from kopdesk.services.imports.savings_rows import (
    OPENING,
    SOURCE_OPENING,
    ImportResult,
    PlanRow,
    SavingsPlan,
)
from kopdesk.services.ledger import journal
from kopdesk.services.ledger.journal import EntryInput, LineInput
from kopdesk.services.savings.products import ProductInfo, list_products

__all__ = ["OFFSET_ACCOUNT", "commit_opening", "open_accounts", "record_batch", "wanted_accounts"]

OFFSET_ACCOUNT = OPENING_EQUITY
"""Ekuitas saldo awal (penyeimbang): the other side of the opening balances."""


def open_accounts(
    session: Session,
    wanted: Sequence[tuple[PlanRow, ProductInfo]],
    on: dt.date,
    *,
    move_opened_on: bool = False,
) -> dict[tuple[int, str], int]:
    """(row, product code) -> savings account id, opening the missing accounts.

    Written with Core in one statement (DESIGN.md §9); numbers as
    :mod:`kopdesk.services.savings.accounts` gives them (``SW-A-0001``, ``SB-A-0001-01``).
    """
    member_ids = {r.member_id for r, _ in wanted}
    numbers = dict(
        session.execute(select(Member.id, Member.number).where(Member.id.in_(member_ids))).all()
    )
    existing: dict[tuple[int, int], tuple[int, dt.date]] = {}
    slots: dict[tuple[int, int], int] = {}
    for acc_id, member_id, product_id, slot, opened in session.execute(
        select(
            SavingsAccount.id,
            SavingsAccount.member_id,
            SavingsAccount.product_id,
            SavingsAccount.slot,
            SavingsAccount.opened_on,
        ).where(SavingsAccount.member_id.in_(member_ids))
    ):
        key = (member_id, product_id)
        slots[key] = max(slots.get(key, 0), slot)
        if slot == 0:
            existing[key] = (acc_id, opened)
    new_rows: list[dict[str, object]] = []
    out_numbers: dict[tuple[int, str], str] = {}
    out: dict[tuple[int, str], int] = {}
    for r, p in wanted:
        assert r.member_id is not None
        key = (r.member_id, p.id)
        number = numbers[r.member_id]
        if p.kind is ProductKind.BERJANGKA:
            slot = slots.get(key, 0) + 1
            slots[key] = slot
            term = r.term_months or p.term_months
            row_data: dict[str, object] = {
                "number": f"{p.prefix}-{number}-{slot:02d}",
                "slot": slot,
                "rate_percent": str(p.rate_percent),
                "term_months": term,
                "maturity_date": r.maturity or add_months(on, term),
                "rollover": p.rollover,
            }
        elif key in existing:
            acc_id, opened = existing[key]
            out[(r.row, p.code)] = acc_id
            if move_opened_on and opened > on:
                # the opening balance is now its first movement
                account = session.get(SavingsAccount, acc_id)
                assert account is not None
                account.opened_on = on
            continue
        else:
            row_data = {
                "number": f"{p.prefix}-{number}",
                "slot": 0,
                "rate_percent": "0",
                "term_months": 0,
                "maturity_date": None,
                "rollover": False,
            }
        new_rows.append({**row_data, "member_id": r.member_id, "product_id": p.id, "opened_on": on})
        out_numbers[(r.row, p.code)] = str(row_data["number"])
    if new_rows:
        session.execute(insert(SavingsAccount), new_rows)
        ids = ids_by_number(
            session, SavingsAccount.number, SavingsAccount.id, list(out_numbers.values())
        )
        out.update({key: ids[num] for key, num in out_numbers.items()})
    session.flush()
    return out


def wanted_accounts(
    plan: SavingsPlan, products: Mapping[str, ProductInfo]
) -> list[tuple[PlanRow, ProductInfo]]:
    """(row, product) for every amount of the plan: the accounts it credits."""
    return [(r, products[c]) for r in plan.rows for c, a in r.amounts.items() if a > 0]


def record_batch(
    session: Session,
    actor: Actor,
    plan: SavingsPlan,
    *,
    on: dt.date,
    reference: str,
    entries: Sequence[str],
    extra: Mapping[str, object],
) -> ImportResult:
    """The ``SavingsBatch`` of an import that posted ``entries``, and its audit record."""
    rows = sum(1 for r in plan.rows if r.total > 0)
    batch = SavingsBatch(
        kind=plan.kind,
        date=on,
        reference=reference,
        rows=rows,
        total=plan.total,
        entries=",".join(entries),
        posted_by=actor.username,
        posted_at=clock.now(),
    )
    session.add(batch)
    session.flush()
    action = "savings.import_opening" if plan.kind == OPENING else "savings.import_payroll"
    audit.record(
        session,
        actor,
        action,
        reference[:100],
        after={
            "tanggal": on,
            "berkas": plan.file_name,
            "baris": rows,
            "jumlah": plan.total,
            **{f"jumlah_{code}": total for code, total in plan.totals().items()},
            "jurnal": entries[0] if len(entries) == 1 else f"{entries[0]} s.d. {entries[-1]}",
            "jumlah_jurnal": len(entries),
            **extra,
        },
    )
    return ImportResult(
        batch.id, plan.kind, on, reference, rows, plan.total, plan.totals(), tuple(entries)
    )


@causes(Changes(journal=True))
def commit_opening(
    session: Session,
    actor: Actor,
    plan: SavingsPlan,
    reference: str = "",
    *,
    progress: Progress | None = None,
) -> ImportResult:
    """Post the opening balances of a plan without problems, all or nothing.

    Needs ``savings.manage``. Posts ONE journal entry dated the cut-over
    (source ``simpanan.saldo_awal``): a credit on each product's control account
    per member account (opened on the cut-over), a debit on 3901 for the total.
    Records a ``SavingsBatch`` (saldo_awal) and an audit record.
    """
    authorize(session, actor, Permission.SAVINGS_MANAGE)
    if plan.kind != OPENING or plan.date is None:
        raise DomainError("Rencana ini bukan impor saldo awal.")
    cutover = plan.date
    recheck(session, plan, cutover)
    reference = " ".join(reference.split()) or plan.file_name
    products = {p.code: p for p in list_products(session)}
    wanted = wanted_accounts(plan, products)
    accounts = open_accounts(session, wanted, cutover, move_opened_on=True)
    lines = [
        LineInput(
            p.account_code,
            -r.amounts[p.code],
            member_id=r.member_id,
            savings_account_id=accounts[(r.row, p.code)],
        )
        for r, p in wanted
    ]
    lines.append(LineInput(OFFSET_ACCOUNT, plan.total, memo="Penyeimbang saldo awal simpanan"))
    entry = journal.post_business_entry(
        session,
        EntryInput(
            cutover,
            f"Saldo awal simpanan per {format_date_short(cutover)} ({reference})"[:500],
            lines,
            source=SOURCE_OPENING,
        ),
        actor=actor,
    )
    if progress is not None:
        progress(len(wanted), len(wanted))
    return record_batch(
        session, actor, plan, on=cutover, reference=reference, entries=[entry.number], extra={}
    )
