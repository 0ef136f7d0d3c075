"""Savings from spreadsheets, the dry run: :func:`plan_opening` (saldo awal) and
:func:`plan_payroll` (potong gaji) read the file, check every row against the book
and list **every** problem with its row and column; nothing is written. The book's
rules are checked once more when the plan is imported (:func:`recheck`).

Savings balances stay derived from journal lines (DESIGN.md §3), so a member's
history in a product (:func:`positions`) is read from them.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import case, func, select
from sqlalchemy.orm import Session

from kopdesk.domain.dates import format_date_short
from kopdesk.domain.money import format_rupiah
from kopdesk.domain.savings import ProductKind
from kopdesk.domain.vocabulary import MEMBER_MAY_PAY_PAYROLL, MemberStatus, SavingsAccountStatus
from kopdesk.errors import DomainError, ValidationError
from kopdesk.models import JournalEntry, JournalLine, Member, SavingsAccount
from kopdesk.services.imports.base import (
    FieldSpec,
    Progress,
    RowError,
    closed_date_error,
    map_sheet,
    member_column,
    missing_member_column,
    read_rows,
    refuse_moved,
    refuse_problems,
)
from kopdesk.services.imports.savings_rows import (
    OPENING,
    PAYROLL,
    SOURCE_OPENING,
    PlanRow,
    ProductTotal,
    RowReader,
    SavingsPlan,
    import_fields,
)
from kopdesk.services.imports.sheets import Sheet
from kopdesk.services.ledger import journal
from kopdesk.services.savings.products import ProductInfo, list_products

__all__ = ["Rules", "plan_opening", "plan_payroll", "positions", "recheck", "rule_errors"]


@dataclass(frozen=True)
class Position:
    """A member's history in one product, from the journal lines."""

    balance: int
    first_date: dt.date | None
    opening_entry: str | None
    closed: bool


def plan_opening(
    session: Session,
    source: Path | Sheet,
    cutover: dt.date,
    mapping: Mapping[str, str] | None = None,
    *,
    file_name: str = "",
    progress: Progress | None = None,
) -> SavingsPlan:
    """Dry run of opening balances at ``cutover``: read, check every row. Writes nothing.

    One row per member; one column per product (amounts in rupiah, Indonesian
    text or Excel numbers); berjangka may have "Jatuh Tempo" and "Jangka (bulan)".
    """
    return _plan(
        session,
        kind=OPENING,
        source=source,
        on=cutover,
        mapping=mapping,
        file_name=file_name,
        progress=progress,
    )


def plan_payroll(
    session: Session,
    source: Path | Sheet,
    mapping: Mapping[str, str] | None = None,
    *,
    on: dt.date | None = None,
    file_name: str = "",
    progress: Progress | None = None,
) -> SavingsPlan:
    """Dry run of a payroll deduction list: read, check every row. Writes nothing.

    Members by number or NIK; amounts per product and/or a total. A total
    alone pays the member's monthly simpanan wajib first and the rest into
    sukarela. ``on`` (the posting date) lets the dry run check join dates
    and the open year too.
    """
    return _plan(
        session,
        kind=PAYROLL,
        source=source,
        on=on,
        mapping=mapping,
        file_name=file_name,
        progress=progress,
    )


def _plan(
    session: Session,
    *,
    kind: str,
    source: Path | Sheet,
    on: dt.date | None,
    mapping: Mapping[str, str] | None,
    file_name: str,
    progress: Progress | None,
) -> SavingsPlan:
    fields = import_fields(session, kind)
    mapped = map_sheet(fields, source, mapping, file_name=file_name)
    sheet, file_name, used, unmapped = (
        mapped.sheet,
        mapped.file_name,
        mapped.mapping,
        mapped.unmapped,
    )
    products = {p.code: p for p in list_products(session)}
    errors = _header_errors(
        session, kind=kind, fields=fields, used=used, header_row=sheet.header_row, on=on
    )
    if any(e.row == sheet.header_row and e.column != _DATE_COLUMN[kind] for e in errors):
        return SavingsPlan(kind, file_name, on, used, (), tuple(errors), (), unmapped)
    reader = RowReader(session, kind, sheet, used, products)
    rows = read_rows(sheet, progress, lambda row_no, cells: reader.read(row_no, cells, errors))
    if on is not None or kind == PAYROLL:
        rules = Rules(kind, on, used, products)
        errors.extend(rule_errors(session, rules, rows, reader.failed))
    if progress is not None:
        progress(len(sheet.rows), len(sheet.rows))
    errors.sort(key=lambda e: e.row)
    return SavingsPlan(
        kind, file_name, on, used, tuple(rows), tuple(errors), _totals(rows, products), unmapped
    )


_DATE_COLUMN = {OPENING: "Tanggal saldo awal", PAYROLL: "Tanggal posting"}


def _header_errors(
    session: Session,
    *,
    kind: str,
    fields: Mapping[str, FieldSpec],
    used: Mapping[str, str],
    header_row: int,
    on: dt.date | None,
) -> list[RowError]:
    errors = missing_member_column(used, header_row, "No. Anggota")
    if not any(fields[name].product for name in used) and "total" not in used:
        names = ", ".join(spec.label for spec in fields.values() if spec.product)
        errors.append(
            RowError(
                header_row,
                names,
                "Tidak ada kolom jumlah simpanan; beri judul kolom sesuai produk "
                "atau atur pemetaan kolom.",
            )
        )
    if kind == OPENING and on is None:
        raise ValidationError("date", "Tanggal saldo awal wajib diisi.")
    if on is not None:
        what = "saldo awal" if kind == OPENING else "posting"
        closed = closed_date_error(session, on, header_row, _DATE_COLUMN[kind], what)
        if closed is not None:
            errors.append(closed)
    return errors


def _totals(
    rows: Sequence[PlanRow], products: Mapping[str, ProductInfo]
) -> tuple[ProductTotal, ...]:
    out = []
    for code, p in products.items():
        amounts = [r.amounts[code] for r in rows if r.amounts.get(code)]
        if amounts:
            out.append(ProductTotal(code, p.name, p.account_code, len(amounts), sum(amounts)))
    return tuple(out)


# --- the book's rules ------------------------------------------------------------------


def positions(
    session: Session, member_ids: Iterable[int], cutover: dt.date | None
) -> dict[tuple[int, int], Position]:
    """(member id, product id) -> balance, first line on/before ``cutover``, opening entry."""
    ids = list(set(member_ids))
    out: dict[tuple[int, int], Position] = {}
    if not ids:
        return out
    first = func.min(case((JournalLine.date <= cutover, JournalLine.date))) if cutover else None
    opening = func.max(case((JournalEntry.source == SOURCE_OPENING, JournalEntry.number)))
    columns = [
        SavingsAccount.member_id,
        SavingsAccount.product_id,
        func.coalesce(func.sum(JournalLine.amount), 0),
        opening,
        func.min(case((SavingsAccount.status == SavingsAccountStatus.TUTUP, 1), else_=0)),
    ]
    if first is not None:
        columns.append(first)
    for chunk in range(0, len(ids), 500):
        stmt = (
            select(*columns)
            .select_from(SavingsAccount)
            .outerjoin(JournalLine, JournalLine.savings_account_id == SavingsAccount.id)
            .outerjoin(JournalEntry, JournalEntry.id == JournalLine.entry_id)
            .where(SavingsAccount.member_id.in_(ids[chunk : chunk + 500]))
            .group_by(SavingsAccount.member_id, SavingsAccount.product_id)
        )
        for row in session.execute(stmt):
            earliest = row[5] if first is not None else None
            if isinstance(earliest, str):  # SQLite returns MIN(CASE ...) of dates as text
                earliest = dt.date.fromisoformat(earliest)
            out[(row[0], row[1])] = Position(-int(row[2]), earliest, row[3], bool(row[4]))
    return out


@dataclass(frozen=True)
class Rules:
    """What the book's rules are checked with."""

    kind: str
    on: dt.date | None
    mapping: Mapping[str, str]
    products: Mapping[str, ProductInfo]

    @property
    def member_column(self) -> str:
        return member_column(self.mapping, "No. Anggota")


def rule_errors(
    session: Session,
    rules: Rules,
    rows: Sequence[PlanRow],
    skip: set[int] | frozenset[int] = frozenset(),
) -> list[RowError]:
    """Problems of well-read rows against the book (member status, product rules)."""
    kind = rules.kind
    checked = [r for r in rows if r.member_id is not None and r.row not in skip]
    members = {
        m.id: m
        for m in session.execute(
            select(Member).where(Member.id.in_({r.member_id for r in checked}))
        ).scalars()
    }
    held = positions(session, members, rules.on if kind == OPENING else None)
    errors: list[RowError] = []
    for r in checked:
        assert r.member_id is not None
        member = members[r.member_id]
        check = _check_opening if kind == OPENING else _check_payroll
        errors.extend(check(r, member, rules, held))
    return errors


def _check_opening(
    r: PlanRow, member: Member, rules: Rules, positions: Mapping[tuple[int, int], Position]
) -> list[RowError]:
    cutover, mapping, products = rules.on, rules.mapping, rules.products
    assert cutover is not None
    errors: list[RowError] = []
    number_col = rules.member_column
    if r.total and member.join_date > cutover:
        errors.append(
            RowError(
                r.row,
                number_col,
                f"{member.full_name} masuk {format_date_short(member.join_date)}, sesudah "
                f"tanggal saldo awal {format_date_short(cutover)}.",
            )
        )
    for code, amount in r.amounts.items():
        p, column = products[code], mapping[code]
        pos = positions.get((member.id, p.id))
        if pos is not None and pos.opening_entry:
            errors.append(
                RowError(
                    r.row,
                    column,
                    f"{member.full_name} sudah punya saldo awal {p.name} ({pos.opening_entry}).",
                )
            )
        elif pos is not None and pos.first_date is not None:
            errors.append(
                RowError(
                    r.row,
                    column,
                    f"{member.full_name} sudah punya transaksi {p.name} tanggal "
                    f"{format_date_short(pos.first_date)}, sebelum atau pada tanggal saldo "
                    "awal; saldo awal hanya untuk yang belum tercatat.",
                )
            )
        elif p.kind is ProductKind.POKOK:
            already = pos.balance if pos else 0
            if amount + already > p.fixed_amount:
                errors.append(
                    RowError(
                        r.row,
                        column,
                        f"Simpanan pokok {format_rupiah(amount)} melebihi ketentuan "
                        f"{format_rupiah(p.fixed_amount)}"
                        + (f" (sudah tercatat {format_rupiah(already)})." if already else "."),
                    )
                )
        elif p.kind is ProductKind.BERJANGKA and r.maturity is not None and r.maturity <= cutover:
            errors.append(
                RowError(
                    r.row,
                    mapping.get("maturity", "Jatuh Tempo"),
                    f"Jatuh tempo {format_date_short(r.maturity)} harus sesudah tanggal "
                    f"saldo awal {format_date_short(cutover)}.",
                )
            )
    return errors


def _check_payroll(
    r: PlanRow, member: Member, rules: Rules, positions: Mapping[tuple[int, int], Position]
) -> list[RowError]:
    on, mapping, products = rules.on, rules.mapping, rules.products
    number_col = rules.member_column
    if not r.total:
        return []
    if member.status not in MEMBER_MAY_PAY_PAYROLL:
        return [
            RowError(
                r.row,
                number_col,
                f"{member.full_name} ({member.number}) berstatus {member.status}; "
                "potongan gaji tidak dapat dicatat sebagai simpanan.",
            )
        ]
    if on is not None and on < member.join_date:
        return [
            RowError(
                r.row,
                number_col,
                f"{member.full_name} baru masuk {format_date_short(member.join_date)}, "
                f"sesudah tanggal posting {format_date_short(on)}.",
            )
        ]
    errors: list[RowError] = []
    for code, amount in r.amounts.items():
        p = products[code]
        column = mapping.get(code, mapping.get("total", p.code.capitalize()))
        problem = _deposit_problem(member, p, amount, positions.get((member.id, p.id)))
        if problem:
            errors.append(RowError(r.row, column, problem))
    return errors


def _deposit_problem(
    member: Member, p: ProductInfo, amount: int, pos: Position | None
) -> str | None:
    """Why this deposit breaks the product's rules (as ``savings.deposit`` has them)."""
    current = pos.balance if pos else 0
    if not p.active:
        return f"Produk {p.name} tidak aktif lagi."
    if p.kind is ProductKind.BERJANGKA:
        return "Simpanan berjangka tidak dipotong dari gaji; setor di loket (satu penempatan)."
    if member.status == MemberStatus.CALON and p.kind is not ProductKind.POKOK:
        return f"{member.full_name} masih calon anggota: hanya simpanan pokok yang dapat dibayar."
    if pos is not None and pos.closed:
        return f"Rekening {p.name} {member.full_name} sudah ditutup."
    if p.kind is ProductKind.POKOK:
        due = p.fixed_amount - current
        if due <= 0:
            return f"Simpanan pokok {member.full_name} sudah lunas; dibayar sekali."
        if amount != due:
            return (
                f"Simpanan pokok dibayar sekali sebesar {format_rupiah(due)}, "
                f"bukan {format_rupiah(amount)}."
            )
    if p.kind is ProductKind.SUKARELA and current + amount < p.minimum_balance:
        return (
            f"Setoran awal simpanan sukarela paling sedikit "
            f"{format_rupiah(p.minimum_balance - current)} (saldo minimum "
            f"{format_rupiah(p.minimum_balance)})."
        )
    return None


# --- writing ---------------------------------------------------------------------------


def recheck(session: Session, plan: SavingsPlan, on: dt.date) -> None:
    """Refuse a plan with problems, or one the book has moved past since the dry run."""
    refuse_problems(plan.errors)
    if plan.total <= 0:
        raise DomainError("Tidak ada jumlah simpanan untuk diimpor.")
    journal.open_year_for(session, on)
    products = {p.code: p for p in list_products(session)}
    refuse_moved(rule_errors(session, Rules(plan.kind, on, plan.mapping, products), plan.rows))
