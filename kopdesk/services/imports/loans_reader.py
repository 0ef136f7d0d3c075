"""Loans from a spreadsheet, the reader: turns each row of the file into a
:class:`~kopdesk.services.imports.loans_rows.PlanRow` with its terms completed
from the product and its schedule checked, collecting the row's problems and
warnings (a remaining principal off the schedule, arrears, the same loan twice).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping
from dataclasses import replace
from decimal import Decimal

from sqlalchemy.orm import Session

from kopdesk.domain.dates import add_months, format_date_short
from kopdesk.domain.loans import MAX_TENOR, Method, RatePeriod, Terms, schedule
from kopdesk.domain.money import format_rupiah
from kopdesk.errors import ValidationError
from kopdesk.services.imports.base import (
    Columns,
    MemberIndex,
    MemberRef,
    RowError,
    cell_text,
    parse_amount,
    parse_cell_date,
)
from kopdesk.services.imports.loans_rows import (
    FIELDS,
    METHODS,
    PlanRow,
    parse_count,
    parse_period,
    parse_rate,
)
from kopdesk.services.imports.sheets import Cell, Sheet, normalize_header
from kopdesk.services.loans.products import LoanProductInfo

__all__ = ["RowReader"]


class RowReader(Columns):
    """Turns a sheet row into a :class:`PlanRow`, collecting its problems."""

    def __init__(
        self,
        session: Session,
        sheet: Sheet,
        mapping: Mapping[str, str],
        products: Mapping[str, LoanProductInfo],
        cutover: dt.date,
    ) -> None:
        super().__init__(sheet, mapping)
        self.products = products
        self.cutover = cutover
        self.members = MemberIndex(session)
        self.by_name = {normalize_header(p.name): p.code for p in products.values()}
        self.originals: dict[str, int] = {}
        self.same: dict[tuple[int, str, int, dt.date], int] = {}
        self.failed: set[int] = set()
        """Rows with a problem already (the book's rules are not checked for them)."""

    def column(self, name: str) -> str:
        return self.mapping.get(name, FIELDS[name].label)

    def read(
        self,
        row_no: int,
        cells: tuple[Cell, ...],
        errors: list[RowError],
        warnings: list[RowError],
    ) -> PlanRow:
        problems: list[RowError] = []

        def take(name: str, parse: Callable[[Cell, str], object]) -> object:
            try:
                return parse(self.cell(name, cells), self.column(name))
            except ValidationError as exc:
                problems.append(RowError(row_no, self.column(name), exc.message))
                return None

        member = self._member(row_no, cells, problems)
        product = self._product(row_no, cells, problems)
        principal = take("principal", self._principal)
        disbursed = take("disbursed", self._disbursed)
        tenor = take("tenor", lambda v, c: parse_count(v, c, "Jangka waktu", 1, MAX_TENOR))
        rate_cell = take("rate", parse_rate)
        rate, rate_period = rate_cell if isinstance(rate_cell, tuple) else (None, None)
        period = take("period", self._period_cell)
        method = take("method", self._method)
        paid = take("paid", self._paid)
        remaining = take("remaining", self._remaining)
        original = cell_text(self.cell("original", cells))
        row = PlanRow(
            row_no,
            member.id if member else None,
            member.number if member else cell_text(self.cell("number", cells)).upper(),
            member.name if member else cell_text(self.cell("name", cells)),
            product.code if product else cell_text(self.cell("product", cells)).lower(),
            principal if isinstance(principal, int) else 0,
            disbursed if isinstance(disbursed, dt.date) else None,
            tenor if isinstance(tenor, int) else 0,
            original_number=original[:100],
            remaining=remaining if isinstance(remaining, int) else 0,
            paid_count=paid if isinstance(paid, int) else 0,
        )
        if not problems and member is not None and product is not None:
            row = self._complete(
                row,
                product=product,
                rate=rate,
                period=period or rate_period,
                method=method,
                problems=problems,
            )
        if not problems:
            assert member is not None
            self._duplicates(row, problems)
        if not problems:
            self._warn(row, warnings)
        if problems:
            self.failed.add(row_no)
            errors.extend(problems)
        return row

    def _member(
        self, row_no: int, cells: tuple[Cell, ...], problems: list[RowError]
    ) -> MemberRef | None:
        number = cell_text(self.cell("number", cells)).upper()
        nik = cell_text(self.cell("nik", cells))
        column = self.column("number" if number or "nik" not in self.mapping else "nik")
        return self.members.find(
            row_no, number, nik, column=column, nik_column=self.column("nik"), problems=problems
        )

    def _product(
        self, row_no: int, cells: tuple[Cell, ...], problems: list[RowError]
    ) -> LoanProductInfo | None:
        text = cell_text(self.cell("product", cells))
        key = normalize_header(text)
        code = key if key in self.products else self.by_name.get(key)
        if code is None:
            known = ", ".join(self.products)
            message = (
                f"Produk pinjaman '{text}' tidak ada. Produk yang ada: {known}."
                if text
                else f"Produk pinjaman kosong. Produk yang ada: {known}."
            )
            problems.append(RowError(row_no, self.column("product"), message))
            return None
        return self.products[code]

    @staticmethod
    def _principal(value: Cell, label: str) -> int:
        amount = parse_amount(value, label)
        if amount <= 0:
            raise ValidationError(label, "Pokok pinjaman kosong atau nol.")
        return amount

    def _disbursed(self, value: Cell, label: str) -> dt.date:
        day = parse_cell_date(value, label)
        if day is None:
            raise ValidationError(label, "Tanggal pencairan kosong.")
        if day > self.cutover:
            raise ValidationError(
                label,
                f"Dicairkan {format_date_short(day)}, sesudah tanggal saldo awal "
                f"{format_date_short(self.cutover)}; pinjaman itu dicatat lewat pencairan biasa.",
            )
        return day

    @staticmethod
    def _period_cell(value: Cell, label: str) -> RatePeriod | None:
        text = cell_text(value)
        if not text:
            return None
        period = parse_period(text)
        if period is None:
            raise ValidationError(label, f"Periode bunga '{text}': tulis per bulan atau per tahun.")
        return period

    @staticmethod
    def _method(value: Cell, label: str) -> Method | None:
        text = normalize_header(cell_text(value))
        if not text:
            return None
        method = METHODS.get(text)
        if method is None:
            raise ValidationError(
                label,
                f"Metode '{cell_text(value)}' tidak dikenal; tulis flat, menurun atau anuitas.",
            )
        return method

    @staticmethod
    def _paid(value: Cell, label: str) -> int:
        if value is None or cell_text(value) in ("", "-"):
            return 0
        return parse_count(value, label, "Angsuran dibayar", 0, MAX_TENOR)

    @staticmethod
    def _remaining(value: Cell, label: str) -> int:
        amount = parse_amount(value, label)
        if amount <= 0:
            raise ValidationError(
                label, "Sisa pokok kosong atau nol: pinjaman yang sudah lunas tidak diimpor."
            )
        return amount

    def _complete(
        self,
        row: PlanRow,
        *,
        product: LoanProductInfo,
        rate: Decimal | None,
        period: object,
        method: object,
        problems: list[RowError],
    ) -> PlanRow:
        """The row's terms with the product's defaults, its schedule checked."""
        assert row.disbursed_on is not None
        rate_period = period if isinstance(period, RatePeriod) else product.rate_period
        terms = Terms(
            row.principal,
            product.rate_percent if rate is None else rate,
            rate_period,
            row.tenor,
            method if isinstance(method, Method) else product.method,
            product.rounding,
        )
        if row.paid_count > row.tenor:
            problems.append(
                RowError(
                    row.row,
                    self.column("paid"),
                    f"Angsuran dibayar {row.paid_count} melebihi jangka waktu {row.tenor} bulan.",
                )
            )
        if row.remaining > row.principal:
            problems.append(
                RowError(
                    row.row,
                    self.column("remaining"),
                    f"Sisa pokok {format_rupiah(row.remaining)} melebihi pokok pinjaman "
                    f"{format_rupiah(row.principal)}.",
                )
            )
        try:
            rows = schedule(terms, row.disbursed_on)
        except ValidationError as exc:
            column = {"principal": "principal", "tenor": "tenor"}.get(exc.field, "rate")
            problems.append(RowError(row.row, self.column(column), exc.message))
        if problems:
            return row
        paid = row.paid_count
        return replace(
            row,
            rate_percent=terms.rate_percent,
            rate_period=terms.rate_period,
            method=terms.method,
            scheduled_remaining=rows[paid - 1].balance_after if paid else row.principal,
            paid_interest=sum(x.interest for x in rows[:paid]),
        )

    def _duplicates(self, row: PlanRow, problems: list[RowError]) -> None:
        assert row.member_id is not None
        assert row.disbursed_on is not None
        original = row.original_number.upper()
        if original:
            first = self.originals.setdefault(original, row.row)
            if first != row.row:
                problems.append(
                    RowError(
                        row.row,
                        self.column("original"),
                        f"Nomor pinjaman lama {row.original_number} ganda: sama dengan "
                        f"baris {first}.",
                    )
                )
            return
        key = (row.member_id, row.product_code, row.principal, row.disbursed_on)
        first = self.same.setdefault(key, row.row)
        if first != row.row:
            problems.append(
                RowError(
                    row.row,
                    self.column("number" if "number" in self.mapping else "nik"),
                    f"Pinjaman {row.member_number} ganda: produk, pokok dan tanggal cair sama "
                    f"dengan baris {first}. Bila memang dua pinjaman, isi nomor pinjaman lama.",
                )
            )

    def _warn(self, row: PlanRow, warnings: list[RowError]) -> None:
        scheduled = row.scheduled_remaining
        if scheduled is not None and scheduled != row.remaining:
            warnings.append(
                RowError(
                    row.row,
                    self.column("remaining"),
                    f"Sisa pokok {format_rupiah(row.remaining)} berbeda dari jadwal sesudah "
                    f"{row.paid_count} angsuran ({format_rupiah(scheduled)}); dicatat sesuai "
                    "berkas.",
                )
            )
        assert row.disbursed_on is not None
        due = sum(
            1 for k in range(1, row.tenor + 1) if add_months(row.disbursed_on, k) <= self.cutover
        )
        if row.paid_count < due:
            warnings.append(
                RowError(
                    row.row,
                    self.column("paid"),
                    f"Menunggak: {row.paid_count} dari {due} angsuran yang jatuh tempo dibayar.",
                )
            )
