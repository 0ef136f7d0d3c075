"""Loans from a spreadsheet, the dry run: :func:`plan_opening` reads the file of
loans outstanding at the cut-over, checks every row against the book and lists
**every** problem with its row and column (and what is worth a look as warnings);
nothing is written. :func:`recheck` checks the book once more at the import.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from kopdesk.domain.vocabulary import LIVE_LOAN, LoanEventKind, LoanStatus, MemberStatus
from kopdesk.errors import DomainError, ValidationError
from kopdesk.models import Loan, LoanEvent, Member
from kopdesk.services.imports.base import (
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
from kopdesk.services.imports.loans_reader import RowReader
from kopdesk.services.imports.loans_rows import (
    DATE_COLUMN,
    FIELDS,
    NOTE_MARK,
    REQUIRED,
    LoanPlan,
    PlanRow,
    ProductTotal,
)
from kopdesk.services.imports.sheets import Sheet
from kopdesk.services.ledger import journal
from kopdesk.services.loans import products as loan_products
from kopdesk.services.loans.products import LoanProductInfo

__all__ = ["plan_opening", "recheck", "rule_errors"]

_SAME_LOAN_STATUSES = (LoanStatus.AKTIF, LoanStatus.LUNAS)
"""Loans that count as the same loan imported again (running or paid off)."""


def plan_opening(
    session: Session,
    source: Path | Sheet,
    cutover: dt.date,
    mapping: Mapping[str, str] | None = None,
    *,
    file_name: str = "",
    progress: Progress | None = None,
) -> LoanPlan:
    """Dry run of the loans outstanding at ``cutover``: read, check every row.

    Writes nothing. ``mapping`` is field -> column label (default: matched by
    the column names).
    """
    if not isinstance(cutover, dt.date) or isinstance(cutover, dt.datetime):
        raise ValidationError("date", "Tanggal saldo awal wajib diisi.")
    mapped = map_sheet(FIELDS, source, mapping, file_name=file_name)
    sheet, file_name, used, unmapped = (
        mapped.sheet,
        mapped.file_name,
        mapped.mapping,
        mapped.unmapped,
    )
    errors = _header_errors(session, used, sheet.header_row, cutover)
    if any(e.column != DATE_COLUMN for e in errors):
        return LoanPlan(file_name, cutover, used, (), tuple(errors), (), (), unmapped)
    products = {p.code: p for p in loan_products.list_products(session)}
    reader = RowReader(session, sheet, used, products, cutover)
    warnings: list[RowError] = []
    rows = read_rows(
        sheet, progress, lambda row_no, cells: reader.read(row_no, cells, errors, warnings)
    )
    good = [r for r in rows if r.row not in reader.failed]
    errors.extend(rule_errors(session, good, used))
    warnings.extend(_rule_warnings(session, good, used))
    if progress is not None:
        progress(len(sheet.rows), len(sheet.rows))
    errors.sort(key=lambda e: e.row)
    warnings.sort(key=lambda e: e.row)
    return LoanPlan(
        file_name,
        cutover,
        used,
        tuple(rows),
        tuple(errors),
        tuple(warnings),
        _totals(rows, products),
        unmapped,
    )


def _header_errors(
    session: Session, used: Mapping[str, str], header_row: int, cutover: dt.date
) -> list[RowError]:
    errors = missing_member_column(used, header_row, FIELDS["number"].label)
    for name in REQUIRED:
        if name not in used:
            label = FIELDS[name].label
            errors.append(
                RowError(
                    header_row,
                    label,
                    f"Kolom {label} tidak ditemukan; beri judul kolom itu atau atur "
                    "pemetaan kolom.",
                )
            )
    closed = closed_date_error(session, cutover, header_row, DATE_COLUMN, "saldo awal")
    if closed is not None:
        errors.append(closed)
    return errors


def _totals(
    rows: Sequence[PlanRow], products: Mapping[str, LoanProductInfo]
) -> tuple[ProductTotal, ...]:
    out = []
    for code, p in products.items():
        mine = [r for r in rows if r.product_code == code and r.remaining > 0]
        if mine:
            out.append(
                ProductTotal(
                    code,
                    p.name,
                    p.account_code,
                    len(mine),
                    sum(r.principal for r in mine),
                    sum(r.remaining for r in mine),
                )
            )
    return tuple(out)


# --- the book's rules ------------------------------------------------------------------


def _earlier_loans(
    session: Session, member_ids: Iterable[int]
) -> dict[int, list[tuple[str, str, int, dt.date | None, str, str]]]:
    """member id -> (loan number, product code, amount, disbursed on, status,
    original number of an imported loan)."""
    ids = list(set(member_ids))
    out: dict[int, list[tuple[str, str, int, dt.date | None, str, str]]] = {}
    if not ids:
        return out
    codes = {p.id: p.code for p in loan_products.list_products(session)}
    for chunk in range(0, len(ids), 500):
        stmt = (
            select(
                Loan.member_id,
                Loan.number,
                Loan.product_id,
                Loan.amount,
                Loan.disbursed_on,
                Loan.status,
                LoanEvent.note,
            )
            .outerjoin(
                LoanEvent,
                (LoanEvent.loan_id == Loan.id) & (LoanEvent.kind == LoanEventKind.SALDO_AWAL),
            )
            .where(Loan.member_id.in_(ids[chunk : chunk + 500]))
        )
        for member_id, number, product_id, amount, disbursed, status, note in session.execute(stmt):
            original = ""
            if note and NOTE_MARK in note:
                original = note.rpartition(NOTE_MARK)[2].strip()
            out.setdefault(member_id, []).append(
                (number, codes[product_id], amount, disbursed, status, original)
            )
    return out


def rule_errors(
    session: Session, rows: Sequence[PlanRow], mapping: Mapping[str, str]
) -> list[RowError]:
    """Loans of the file the book already has (imported before, or the same loan)."""
    earlier = _earlier_loans(session, (r.member_id for r in rows if r.member_id is not None))
    member_col = member_column(mapping, FIELDS["number"].label)
    errors: list[RowError] = []
    for r in rows:
        assert r.member_id is not None
        for number, code, amount, disbursed, status, original in earlier.get(r.member_id, []):
            if r.original_number and original.upper() == r.original_number.upper():
                errors.append(
                    RowError(
                        r.row,
                        mapping.get("original", FIELDS["original"].label),
                        f"Pinjaman lama {r.original_number} milik {r.member_name} sudah "
                        f"diimpor sebagai {number}.",
                    )
                )
                break
            same = (code, amount, disbursed) == (r.product_code, r.principal, r.disbursed_on)
            if same and not r.original_number and status in _SAME_LOAN_STATUSES:
                errors.append(
                    RowError(
                        r.row,
                        member_col,
                        f"{r.member_name} sudah punya pinjaman {number} dengan produk, pokok dan "
                        "tanggal cair yang sama; pinjaman tidak diimpor dua kali.",
                    )
                )
                break
    return errors


def _rule_warnings(
    session: Session, rows: Sequence[PlanRow], mapping: Mapping[str, str]
) -> list[RowError]:
    """What is unusual but possible: a member who left, loans already running."""
    ids = {r.member_id for r in rows if r.member_id is not None}
    members = {m.id: m for m in session.execute(select(Member).where(Member.id.in_(ids))).scalars()}
    earlier = _earlier_loans(session, ids)
    member_col = member_column(mapping, FIELDS["number"].label)
    warnings: list[RowError] = []
    for r in rows:
        assert r.member_id is not None
        member = members[r.member_id]
        notes = []
        if member.status != MemberStatus.AKTIF:
            notes.append(f"{member.full_name} berstatus {member.status}.")
        running = [
            n for n, _c, _a, _d, status, _o in earlier.get(r.member_id, []) if status in LIVE_LOAN
        ]
        if running:
            notes.append(f"{member.full_name} juga punya pinjaman berjalan {', '.join(running)}.")
        if notes:
            warnings.append(RowError(r.row, member_col, " ".join(notes)))
    return warnings


# --- the import ------------------------------------------------------------------------


def recheck(session: Session, plan: LoanPlan) -> None:
    """Refuse a plan with problems, or one the book has moved past since the dry run."""
    refuse_problems(plan.errors)
    if plan.total <= 0:
        raise DomainError("Tidak ada pinjaman untuk diimpor.")
    journal.open_year_for(session, plan.cutover)
    products = {p.code for p in loan_products.list_products(session)}
    missing = sorted({r.product_code for r in plan.rows} - products)
    if missing:
        raise DomainError(f"Produk pinjaman {', '.join(missing)} tidak ada lagi di buku.")
    refuse_moved(rule_errors(session, plan.rows, plan.mapping))
