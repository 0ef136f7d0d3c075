"""Simpanan wajib billing: what each member owes in wajib through a day, and the arrears.

Each member owes the wajib product's monthly amount for their class from the later of
their joining and the billing start (a setting) through the day; what they paid is the
sum of their wajib account's credits.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from kopdesk.domain.savings import ProductKind, months_between
from kopdesk.domain.vocabulary import MemberStatus
from kopdesk.errors import NotFoundError
from kopdesk.models import JournalLine, Member, SavingsAccount
from kopdesk.services.base import settings
from kopdesk.services.savings.products import list_products

__all__ = ["WajibArrears", "WajibBilling", "wajib_billing", "wajib_status"]


@dataclass(frozen=True)
class WajibArrears:
    member_id: int
    member_number: str
    member_name: str
    member_class: str
    monthly: int
    start: dt.date
    months: int
    due: int
    paid: int

    @property
    def arrears(self) -> int:
        """Tunggakan: what should have been paid and was not."""
        return max(self.due - self.paid, 0)

    @property
    def ahead(self) -> int:
        """Paid in advance (lebih bayar)."""
        return max(self.paid - self.due, 0)

    @property
    def months_behind(self) -> int:
        return -(-self.arrears // self.monthly) if self.monthly else 0


@dataclass(frozen=True)
class WajibBilling:
    through: dt.date
    rows: tuple[WajibArrears, ...]

    @property
    def total_arrears(self) -> int:
        return sum(r.arrears for r in self.rows)

    @property
    def members_late(self) -> int:
        return sum(1 for r in self.rows if r.arrears)


def _billing_start(session: Session) -> dt.date | None:
    text = settings.get_text(session, settings.WAJIB_BILLING_START).strip()
    return dt.date.fromisoformat(text) if text else None


def wajib_billing(
    session: Session, through: dt.date, *, only_late: bool = False, member_number: str | None = None
) -> WajibBilling:
    """Tagihan and tunggakan simpanan wajib of the active members through ``through``'s month.

    Due = the member's monthly amount (by class) × months from joining (or
    from the billing-start setting, if later) to ``through``'s month; paid =
    what reached the wajib account up to ``through`` (since the billing start).
    """
    product = next(
        (p for p in list_products(session) if p.kind is ProductKind.WAJIB and p.active),
        None,
    )
    if product is None:
        raise NotFoundError("Tidak ada produk simpanan wajib yang aktif.")
    start_setting = _billing_start(session)
    stmt = (
        select(Member)
        .where(Member.status == MemberStatus.AKTIF, Member.join_date <= through)
        .order_by(Member.number)
    )
    if member_number is not None:
        stmt = stmt.where(Member.number == member_number.strip().upper())
    members = list(session.execute(stmt).scalars())

    def paid_until(day: dt.date, strict: bool) -> dict[int, int]:
        q = (
            select(SavingsAccount.member_id, func.sum(JournalLine.amount))
            .join(JournalLine, JournalLine.savings_account_id == SavingsAccount.id)
            .where(
                SavingsAccount.product_id == product.id,
                JournalLine.date < day if strict else JournalLine.date <= day,
            )
            .group_by(SavingsAccount.member_id)
        )
        if member_number is not None and members:
            q = q.where(SavingsAccount.member_id == members[0].id)
        return {m: -int(s) for m, s in session.execute(q).all()}

    paid_total = paid_until(through, strict=False)
    before = paid_until(start_setting, strict=True) if start_setting else {}
    rows = []
    for m in members:
        start = max(m.join_date, start_setting) if start_setting else m.join_date
        monthly = product.monthly_for(m.member_class)
        months = months_between(start, through)
        paid = paid_total.get(m.id, 0) - before.get(m.id, 0)
        row = WajibArrears(
            member_id=m.id,
            member_number=m.number,
            member_name=m.full_name,
            member_class=m.member_class,
            monthly=monthly,
            start=start,
            months=months,
            due=monthly * months,
            paid=paid,
        )
        if not only_late or row.arrears:
            rows.append(row)
    return WajibBilling(through, tuple(rows))


def wajib_status(session: Session, member_number: str, through: dt.date) -> WajibArrears:
    """One member's wajib position (for the teller screen); NotFoundError if not active."""
    billing = wajib_billing(session, through, member_number=member_number)
    if not billing.rows:
        raise NotFoundError(
            f"Anggota {member_number} tidak aktif pada {through:%d-%m-%Y}; tidak ada tagihan wajib."
        )
    return billing.rows[0]
