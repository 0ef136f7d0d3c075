"""The fixed-asset register and the monthly straight-line depreciation (KOPERASI.md §2.3).

Registering an asset posts its acquisition (source ``aset-tetap``); the
month-end run posts one depreciation entry per month (source ``penyusutan``):
debit 5206 per category, credit each category's accumulated-depreciation
account, dated the month's last day. Amounts are integer rupiah; an asset's
months sum exactly to its depreciable amount (:mod:`kopdesk.domain.assets`).

Rules a reader should know:

* **Opening assets** are paid from ``3901`` (Ekuitas saldo awal): assets the
  koperasi owned before this book started. They may carry the depreciation
  already booked (``opening_accumulated``, credited to the accumulated account)
  and are posted on ``posted_on`` (the cut-over, e.g. the book's first day).
  ``opening_accumulated`` is the depreciation through the month *before* the
  posting month; the rest of the depreciable amount is spread over the life
  left from the posting month on. A new asset depreciates from the month it
  was acquired (a whole month).
* **Financial fields never change** after posting; only the name and note can.
* **Once per month, in order**: a month is refused when it has not ended, when
  it has a run, or when an earlier month (in an open fiscal year) needed
  depreciation and has none. A month with nothing to depreciate may still be
  recorded (a run with total 0 and no journal entry).
* **Late registration catches up**: each run posts, per asset, what its
  schedule says through that month minus what was posted for it before. An
  asset registered after the run of a month it should have been in gets the
  missed months in the next month posted (catch-up), so the accumulated
  depreciation is right from then on.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass

from sqlalchemy import func, insert, select
from sqlalchemy.orm import Session

from kopdesk.domain import clock
from kopdesk.domain.assets import (
    CATEGORIES,
    CATEGORY_BY_KEY,
    EXPENSE_ACCOUNT,
    AssetRegisterGroup,
    AssetRegisterReport,
    AssetRegisterRow,
    depreciation_in,
    last_day,
    month_key,
    months_from_to,
    remaining_months,
    scheduled_through,
)
from kopdesk.domain.money import format_number, format_rupiah
from kopdesk.domain.permissions import Actor, Permission
from kopdesk.domain.savings import month_bounds
from kopdesk.errors import DomainError, NotFoundError, PeriodClosedError, ValidationError
from kopdesk.models import (
    Account,
    DepreciationLine,
    DepreciationRun,
    FiscalYear,
    FixedAsset,
    JournalEntry,
    JournalLine,
)
from kopdesk.services.base import audit
from kopdesk.services.base.access import authorize
from kopdesk.services.ledger import journal
from kopdesk.services.ledger.books import get_profile
from kopdesk.services.ledger.journal import EntryInput, LineInput

SOURCE_ACQUISITION = "aset-tetap"
SOURCE_DEPRECIATION = "penyusutan"
OPENING_ACCOUNT = "3901"
PAYMENT_GROUPS = ("1100", "2400")
"""Headers whose accounts may pay for an asset: cash and banks, loans received
(a vehicle on leasing, a bank loan); besides 3901 for opening assets."""
MAX_LIFE_MONTHS = 1200
MAX_CODE = 20
MAX_NAME = 200


@dataclass(frozen=True)
class AssetInput:
    """A new asset. Amounts in rupiah; ``life_months`` None takes the category's default.

    ``paid_from`` is credited: a cash/bank account, a loan received (24xx) or
    ``3901`` for an opening asset. ``opening_accumulated`` and a ``posted_on``
    other than ``acquired_on`` are only for opening assets."""

    code: str
    name: str
    category: str
    acquired_on: dt.date
    cost: int
    residual: int = 0
    life_months: int | None = None
    paid_from: str = "1101"
    opening_accumulated: int = 0
    note: str = ""
    posted_on: dt.date | None = None
    """When the acquisition is posted (opening assets: the cut-over); None: ``acquired_on``."""


@dataclass(frozen=True)
class AssetInfo:
    code: str
    name: str
    category: str
    category_label: str
    acquired_on: dt.date
    cost: int
    residual: int
    life_months: int
    depreciation_start: str
    opening_accumulated: int
    posted_on: dt.date
    entry_number: str
    note: str


@dataclass(frozen=True)
class AssetRow:
    """One asset in the register as of a date."""

    code: str
    name: str
    category: str
    category_label: str
    acquired_on: dt.date
    cost: int
    residual: int
    life_months: int
    accumulated: int
    """Opening accumulated plus the depreciation posted up to the date."""
    book_value: int
    monthly: int
    """The schedule's depreciation for the date's month (0 for land or when done)."""
    note: str = ""


@dataclass(frozen=True)
class PlanLine:
    code: str
    name: str
    category: str
    amount: int
    """What this run posts for the asset (the month, plus any months caught up)."""
    scheduled: int
    """The schedule's amount for the month alone."""

    @property
    def catch_up(self) -> int:
        return self.amount - self.scheduled


@dataclass(frozen=True)
class DepreciationPlan:
    month: str
    lines: tuple[PlanLine, ...]
    total: int

    @property
    def date(self) -> dt.date:
        return last_day(self.month)


@dataclass(frozen=True)
class DepreciationRunInfo:
    month: str
    total: int
    entry_number: str | None
    """None when nothing was depreciated that month."""
    posted_by: str = ""
    posted_at: dt.datetime | None = None


@dataclass(frozen=True)
class CategorySummary:
    """One category's movement over a period, for the notes (CaLK).

    ``cost_start + additions = cost_end``;
    ``accumulated_start + accumulated_added + depreciation = accumulated_end``;
    ``book_value_end = cost_end − accumulated_end``. "Start" is the balance
    before ``start``; ``accumulated_added`` is the opening accumulated of assets
    carried in (saldo awal) during the period (there are no disposals)."""

    category: str
    label: str
    cost_start: int
    additions: int
    cost_end: int
    accumulated_start: int
    depreciation: int
    accumulated_end: int
    book_value_end: int
    accumulated_added: int = 0


@dataclass(frozen=True)
class LedgerDifference:
    """A register-managed account whose general-ledger balance differs from the register."""

    account_code: str
    account_name: str
    register: int
    """Cost (asset account) or accumulated depreciation (contra account), positive."""
    ledger: int
    """The account's balance, as a positive debit (asset) or credit (contra) balance."""

    @property
    def difference(self) -> int:
        return self.ledger - self.register


# --- registering ------------------------------------------------------------------


def _clean(text: str) -> str:
    return " ".join(text.split())


def _account(session: Session, code: str) -> Account | None:
    return session.execute(select(Account).where(Account.code == code.strip())).scalar()


def _in_group(session: Session, account: Account, groups: tuple[str, ...]) -> bool:
    parent_id = account.parent_id
    while parent_id is not None:
        parent = session.get(Account, parent_id)
        if parent is None:
            return False
        if parent.code in groups:
            return True
        parent_id = parent.parent_id
    return False


def payment_accounts(session: Session) -> list[tuple[str, str]]:
    """Accounts an asset may be paid from (code, name): cash and banks, loans
    received, and 3901 for opening assets; active and postable, by code."""
    rows = session.execute(
        select(Account).where(Account.postable.is_(True), Account.active.is_(True))
        .order_by(Account.code)
    ).scalars()  # fmt: skip
    return [
        (a.code, a.name)
        for a in rows
        if a.code == OPENING_ACCOUNT or _in_group(session, a, PAYMENT_GROUPS)
    ]


def _open_year(session: Session, on: dt.date, field: str, hint: str = "") -> None:
    try:
        journal.open_year_for(session, on)
    except PeriodClosedError as exc:
        raise ValidationError(field, f"{exc.message}{hint}") from exc


@dataclass(frozen=True)
class _Checked:
    code: str
    name: str
    category: str
    life: int
    posted_on: dt.date
    start: str
    paid_from: Account
    note: str


def _check_amounts(data: AssetInput, land: bool, life: int) -> None:
    for field, value in (
        ("cost", data.cost),
        ("residual", data.residual),
        ("opening_accumulated", data.opening_accumulated),
    ):
        if not isinstance(value, int) or isinstance(value, bool):
            raise ValidationError(field, "Jumlah harus berupa bilangan bulat rupiah.")
    if data.cost <= 0:
        raise ValidationError("cost", "Harga perolehan harus lebih dari nol.")
    if not 0 <= data.residual <= data.cost:
        raise ValidationError(
            "residual", "Nilai sisa tidak boleh negatif dan tidak boleh melebihi harga perolehan."
        )
    if land:
        if life != 0:
            raise ValidationError(
                "life_months", "Tanah tidak disusutkan; kosongkan umur manfaatnya (0 bulan)."
            )
        if data.opening_accumulated:
            raise ValidationError(
                "opening_accumulated", "Tanah tidak disusutkan; akumulasi penyusutan awal harus 0."
            )
    elif not 1 <= life <= MAX_LIFE_MONTHS:
        raise ValidationError(
            "life_months",
            f"Umur manfaat harus antara 1 dan {format_number(MAX_LIFE_MONTHS)} bulan.",
        )
    if not 0 <= data.opening_accumulated <= data.cost - data.residual:
        raise ValidationError(
            "opening_accumulated",
            "Akumulasi penyusutan awal harus antara 0 dan harga perolehan dikurangi nilai sisa "
            f"({format_rupiah(data.cost - data.residual)}).",
        )


def _names(session: Session, data: AssetInput) -> tuple[str, str]:
    code = data.code.strip().upper()
    if not code:
        raise ValidationError("code", "Kode aset wajib diisi.")
    if len(code) > MAX_CODE:
        raise ValidationError("code", f"Kode aset paling panjang {MAX_CODE} huruf.")
    taken = session.execute(select(FixedAsset.name).where(FixedAsset.code == code)).scalar()
    if taken is not None:
        raise ValidationError("code", f"Kode aset {code} sudah dipakai ({taken}); pilih kode lain.")
    name = _clean(data.name)
    if not name:
        raise ValidationError("name", "Nama aset wajib diisi.")
    if len(name) > MAX_NAME:
        raise ValidationError("name", f"Nama aset paling panjang {MAX_NAME} huruf.")
    return code, name


def _paid_from(session: Session, code: str) -> Account:
    paid = _account(session, code)
    if (
        paid is None
        or not paid.postable
        or not paid.active
        or not (paid.code == OPENING_ACCOUNT or _in_group(session, paid, PAYMENT_GROUPS))
    ):
        raise ValidationError(
            "paid_from",
            f"Akun {code.strip()} tidak dapat dipakai membayar aset; pilih akun kas/bank "
            f"(11xx), pinjaman yang diterima (24xx) atau {OPENING_ACCOUNT} Ekuitas saldo awal "
            "untuk aset yang sudah dimiliki sebelum buku dimulai.",
        )
    return paid


def _posting_date(session: Session, data: AssetInput, opening: bool) -> dt.date:
    posted_on = data.posted_on or data.acquired_on
    if opening:
        if posted_on < data.acquired_on:
            raise ValidationError(
                "posted_on", "Tanggal posting saldo awal tidak boleh sebelum tanggal perolehan."
            )
        _open_year(session, posted_on, "posted_on")
        return posted_on
    if data.opening_accumulated:
        raise ValidationError(
            "opening_accumulated",
            "Akumulasi penyusutan awal hanya untuk aset saldo awal (dibayar dari "
            f"{OPENING_ACCOUNT} Ekuitas saldo awal).",
        )
    if posted_on != data.acquired_on:
        raise ValidationError(
            "posted_on",
            "Tanggal posting yang lain dari tanggal perolehan hanya untuk aset saldo awal "
            f"(dibayar dari {OPENING_ACCOUNT}).",
        )
    _open_year(
        session,
        data.acquired_on,
        "acquired_on",
        " Aset yang dibeli sebelum buku dimulai dicatat sebagai saldo awal: dibayar dari "
        f"{OPENING_ACCOUNT}, dengan tanggal posting di tahun buku yang terbuka.",
    )
    return posted_on


def _check(session: Session, data: AssetInput) -> _Checked:
    code, name = _names(session, data)
    category = CATEGORY_BY_KEY.get(data.category.strip().lower())
    if category is None:
        raise ValidationError(
            "category",
            f"Kelompok aset '{data.category}' tidak dikenal; pilih tanah, bangunan, kendaraan "
            "atau inventaris.",
        )
    land = category.accumulated_account is None
    life = category.default_life_months if data.life_months is None else data.life_months
    _check_amounts(data, land, life)
    paid = _paid_from(session, data.paid_from)
    opening = paid.code == OPENING_ACCOUNT
    posted_on = _posting_date(session, data, opening)
    start = month_key(posted_on if opening else data.acquired_on)
    depreciable = data.cost - data.residual - data.opening_accumulated
    if not land and depreciable and not remaining_months(month_key(data.acquired_on), start, life):
        raise ValidationError(
            "opening_accumulated",
            f"Umur manfaat {life} bulan sudah habis sebelum {start}; akumulasi penyusutan awal "
            f"harus sama dengan harga perolehan dikurangi nilai sisa "
            f"({format_rupiah(data.cost - data.residual)}).",
        )
    return _Checked(
        code, name, category.key, life, posted_on, start, paid, _clean(data.note)[:2000]
    )


def register_asset(session: Session, actor: Actor, data: AssetInput) -> AssetInfo:
    """Add an asset to the register and post its acquisition (needs ``assets.manage``).

    One entry, source ``aset-tetap``, dated ``posted_on`` (default the acquisition
    date): debit the category's asset account the cost; credit ``paid_from``
    the cost less ``opening_accumulated`` and the accumulated-depreciation
    account ``opening_accumulated``. Depreciation starts in the acquisition
    month, or for an opening asset (paid from 3901) in the posting month.
    ``ValidationError`` (naming the field) or ``PermissionDeniedError``;
    nothing is written when it raises.
    """
    authorize(session, actor, Permission.ASSETS_MANAGE)
    checked = _check(session, data)
    category = CATEGORY_BY_KEY[checked.category]
    opening = checked.paid_from.code == OPENING_ACCOUNT
    memo = f"{checked.code} {checked.name}"
    lines = [LineInput(category.asset_account, data.cost, memo)]
    if data.opening_accumulated:
        assert category.accumulated_account is not None
        lines.append(
            LineInput(category.accumulated_account, -data.opening_accumulated, f"Akumulasi {memo}")
        )
    if data.cost - data.opening_accumulated:
        lines.append(LineInput(checked.paid_from.code, data.opening_accumulated - data.cost, memo))
    what = "Saldo awal aset tetap" if opening else "Perolehan aset tetap"
    entry = journal.post_business_entry(
        session,
        EntryInput(checked.posted_on, f"{what} {memo}", lines, source=SOURCE_ACQUISITION),
        actor=actor,
    )
    ids = _account_ids(session)
    asset = FixedAsset(
        code=checked.code,
        name=checked.name,
        category=checked.category,
        acquired_on=data.acquired_on,
        cost=data.cost,
        residual=data.residual,
        life_months=checked.life,
        depreciation_start=checked.start,
        opening_accumulated=data.opening_accumulated,
        asset_account_id=ids[category.asset_account],
        accumulated_account_id=ids[category.accumulated_account]
        if category.accumulated_account
        else None,
        expense_account_id=ids[EXPENSE_ACCOUNT] if category.accumulated_account else None,
        acquisition_entry_id=entry.id,
        note=checked.note,
        created_by=actor.username,
        created_at=clock.now(),
    )
    session.add(asset)
    session.flush()
    audit.record(
        session,
        actor,
        "asset.register",
        checked.code,
        after={
            "nama": checked.name,
            "kelompok": checked.category,
            "tanggal_perolehan": data.acquired_on,
            "harga_perolehan": data.cost,
            "nilai_sisa": data.residual,
            "umur_bulan": checked.life,
            "mulai_susut": checked.start,
            "akumulasi_awal": data.opening_accumulated,
            "dibayar_dari": checked.paid_from.code,
            "jurnal": entry.number,
        },
    )
    return _info(asset, checked.posted_on, entry.number)


def _account_ids(session: Session) -> dict[str, int]:
    codes = {EXPENSE_ACCOUNT} | {c.asset_account for c in CATEGORIES}
    codes |= {c.accumulated_account for c in CATEGORIES if c.accumulated_account}
    rows = session.execute(select(Account.code, Account.id).where(Account.code.in_(codes))).all()
    found: dict[str, int] = {code: account_id for code, account_id in rows}  # noqa: C416
    missing = sorted(codes - set(found))
    if missing:
        raise NotFoundError(
            f"Akun {', '.join(missing)} tidak ada di daftar akun; tambahkan dulu akun aset "
            "tetap dan penyusutannya."
        )
    return found


def _info(asset: FixedAsset, posted_on: dt.date, entry_number: str) -> AssetInfo:
    return AssetInfo(
        code=asset.code,
        name=asset.name,
        category=asset.category,
        category_label=CATEGORY_BY_KEY[asset.category].label,
        acquired_on=asset.acquired_on,
        cost=asset.cost,
        residual=asset.residual,
        life_months=asset.life_months,
        depreciation_start=asset.depreciation_start,
        opening_accumulated=asset.opening_accumulated,
        posted_on=posted_on,
        entry_number=entry_number,
        note=asset.note,
    )


def _find(session: Session, code: str) -> tuple[FixedAsset, JournalEntry]:
    clean = code.strip().upper()
    row = session.execute(
        select(FixedAsset, JournalEntry)
        .join(JournalEntry, JournalEntry.id == FixedAsset.acquisition_entry_id)
        .where(FixedAsset.code == clean)
    ).first()
    if row is None:
        raise NotFoundError(f"Aset {clean} tidak ada di daftar aset tetap.")
    return row[0], row[1]


def get_asset(session: Session, code: str) -> AssetInfo:
    """One asset as registered; ``NotFoundError`` for an unknown code."""
    asset, entry = _find(session, code)
    return _info(asset, entry.date, entry.number)


def update_asset(
    session: Session, actor: Actor, code: str, name: str | None = None, note: str | None = None
) -> AssetInfo:
    """Change an asset's name and/or note (needs ``assets.manage``); the amounts,
    dates and category never change after posting."""
    authorize(session, actor, Permission.ASSETS_MANAGE)
    asset, entry = _find(session, code)
    before = {"nama": asset.name, "catatan": asset.note}
    if name is not None:
        clean = _clean(name)
        if not clean:
            raise ValidationError("name", "Nama aset wajib diisi.")
        if len(clean) > MAX_NAME:
            raise ValidationError("name", f"Nama aset paling panjang {MAX_NAME} huruf.")
        asset.name = clean
    if note is not None:
        asset.note = _clean(note)[:2000]
    after = {"nama": asset.name, "catatan": asset.note}
    if after != before:
        session.flush()
        audit.record(session, actor, "asset.update", asset.code, before=before, after=after)
    return _info(asset, entry.date, entry.number)


# --- reading the register -----------------------------------------------------------


def _on_books(session: Session, as_of: dt.date) -> list[FixedAsset]:
    """Assets whose acquisition is posted on or before ``as_of``, by category and code."""
    rows = (
        session.execute(
            select(FixedAsset)
            .join(JournalEntry, JournalEntry.id == FixedAsset.acquisition_entry_id)
            .where(JournalEntry.date <= as_of)
        )
        .scalars()
        .all()
    )
    order = {c.key: i for i, c in enumerate(CATEGORIES)}
    return sorted(rows, key=lambda a: (order.get(a.category, 99), a.code))


def _posted(
    session: Session, *, before: dt.date | None = None, until: dt.date | None = None
) -> dict[int, int]:
    """Depreciation posted per asset id, by the run entries' dates."""
    stmt = (
        select(DepreciationLine.asset_id, func.sum(DepreciationLine.amount))
        .join(DepreciationRun, DepreciationRun.id == DepreciationLine.run_id)
        .join(JournalEntry, JournalEntry.id == DepreciationRun.entry_id)
        .group_by(DepreciationLine.asset_id)
    )
    if before is not None:
        stmt = stmt.where(JournalEntry.date < before)
    if until is not None:
        stmt = stmt.where(JournalEntry.date <= until)
    return {asset_id: int(total) for asset_id, total in session.execute(stmt).all()}


def _scheduled(asset: FixedAsset, month: str) -> int:
    return depreciation_in(
        cost=asset.cost,
        residual=asset.residual,
        opening_accumulated=asset.opening_accumulated,
        life_months=asset.life_months,
        acquired=month_key(asset.acquired_on),
        start=asset.depreciation_start,
        month=month,
    )


def list_assets(session: Session, as_of: dt.date) -> list[AssetRow]:
    """The register as of ``as_of``: assets posted by then, their accumulated
    depreciation (opening + posted up to ``as_of``) and book value, by category."""
    posted = _posted(session, until=as_of)
    month = month_key(as_of)
    rows = []
    for a in _on_books(session, as_of):
        accumulated = a.opening_accumulated + posted.get(a.id, 0)
        rows.append(
            AssetRow(
                code=a.code,
                name=a.name,
                category=a.category,
                category_label=CATEGORY_BY_KEY[a.category].label,
                acquired_on=a.acquired_on,
                cost=a.cost,
                residual=a.residual,
                life_months=a.life_months,
                accumulated=accumulated,
                book_value=a.cost - accumulated,
                monthly=_scheduled(a, month),
                note=a.note,
            )
        )
    return rows


def _printed(r: AssetRow) -> AssetRegisterRow:
    return AssetRegisterRow(
        r.code, r.name, r.acquired_on, r.cost, r.life_months, r.monthly, r.accumulated, r.book_value
    )


def register_report(session: Session, as_of: dt.date) -> AssetRegisterReport:
    """Daftar Aset Tetap dan Penyusutan as of a date, grouped by category, with totals."""
    rows = list_assets(session, as_of)
    groups = []
    for category in CATEGORIES:
        mine = [r for r in rows if r.category == category.key]
        if not mine:
            continue
        printed = tuple(_printed(r) for r in mine)
        groups.append(
            AssetRegisterGroup(
                category=category.key,
                label=category.label,
                rows=printed,
                cost=sum(r.cost for r in mine),
                monthly=sum(r.monthly for r in mine),
                accumulated=sum(r.accumulated for r in mine),
                book_value=sum(r.book_value for r in mine),
            )
        )
    for g in groups:
        if g.cost - g.accumulated != g.book_value:
            raise AssertionError(f"asset group {g.category} does not tie")
    runs = depreciation_runs(session)
    last_run = max((r.month for r in runs if last_day(r.month) <= as_of), default=None)
    return AssetRegisterReport(
        header=get_profile(session).header,
        as_of=as_of,
        groups=tuple(groups),
        cost=sum(g.cost for g in groups),
        monthly=sum(g.monthly for g in groups),
        accumulated=sum(g.accumulated for g in groups),
        book_value=sum(g.book_value for g in groups),
        last_run=last_run,
    )


# --- depreciation -----------------------------------------------------------------


def depreciation_runs(session: Session) -> list[DepreciationRunInfo]:
    """The months posted, newest first."""
    rows = session.execute(
        select(DepreciationRun, JournalEntry.number)
        .outerjoin(JournalEntry, JournalEntry.id == DepreciationRun.entry_id)
        .order_by(DepreciationRun.month.desc())
    ).all()
    return [DepreciationRunInfo(r.month, r.total, n, r.posted_by, r.posted_at) for r, n in rows]


def _month(month: str) -> str:
    first, _last = month_bounds(month)
    return f"{first:%Y-%m}"


def _all_assets(session: Session) -> list[FixedAsset]:
    return list(session.execute(select(FixedAsset).order_by(FixedAsset.code)).scalars())


def _open_months(session: Session) -> list[tuple[dt.date, dt.date]]:
    return [
        (y.start_date, y.end_date)
        for y in session.execute(select(FiscalYear).where(FiscalYear.status == "open")).scalars()
    ]


def _needing(
    session: Session, months: list[str], assets: list[FixedAsset], *, open_only: bool
) -> list[str]:
    """The months of ``months`` without a run in which some asset is depreciated."""
    done = set(session.execute(select(DepreciationRun.month)).scalars())
    spans = _open_months(session) if open_only else []
    found = []
    for m in months:
        if m in done:
            continue
        if open_only and not any(a <= last_day(m) <= b for a, b in spans):
            continue
        if any(_scheduled(a, m) > 0 for a in assets):
            found.append(m)
    return found


def missing_depreciation_months(session: Session, year: int) -> list[str]:
    """Months (``YYYY-MM``) of fiscal year ``year`` in which some asset should be
    depreciated but no depreciation has been posted; ``NotFoundError`` for an unknown year."""
    fiscal = session.execute(select(FiscalYear).where(FiscalYear.year == year)).scalar()
    if fiscal is None:
        raise NotFoundError(f"Tahun buku {year} tidak ada.")
    months = months_from_to(month_key(fiscal.start_date), month_key(fiscal.end_date))
    return _needing(session, months, _all_assets(session), open_only=False)


def pending_months(session: Session, through: str) -> list[str]:
    """Months up to ``through`` in open fiscal years that need a depreciation run, oldest first."""
    key = _month(through)
    assets = _all_assets(session)
    if not assets:
        return []
    first = min(a.depreciation_start for a in assets)
    return _needing(session, months_from_to(first, key), assets, open_only=True)


def _check_month(session: Session, month: str, today: dt.date) -> str:
    key = _month(month)
    last = last_day(key)
    if last > today:
        raise DomainError(
            f"Bulan {key} belum berakhir; penyusutannya diposting mulai {last:%d-%m-%Y}."
        )
    done = session.execute(
        select(DepreciationRun, JournalEntry.number)
        .outerjoin(JournalEntry, JournalEntry.id == DepreciationRun.entry_id)
        .where(DepreciationRun.month == key)
    ).first()
    if done is not None:
        where = f"jurnal {done[1]}" if done[1] else "tanpa jurnal"
        raise DomainError(f"Penyusutan bulan {key} sudah diposting ({where}).")
    journal.open_year_for(session, last)
    earlier = pending_months(session, key)
    earlier = [m for m in earlier if m < key]
    if earlier:
        raise DomainError(
            f"Penyusutan bulan {earlier[0]} belum diposting; posting bulan demi bulan "
            f"berurutan, mulai {earlier[0]}."
        )
    return key


def plan_depreciation(
    session: Session, month: str, *, today: dt.date | None = None
) -> DepreciationPlan:
    """What the depreciation of ``month`` (``YYYY-MM``) would post; writes nothing.

    Refused like :func:`post_depreciation` (month not ended, already posted, an
    earlier month missing: ``DomainError``; closed year: ``PeriodClosedError``)."""
    key = _check_month(session, month, today or clock.today())
    return _plan(session, key)


def _plan(session: Session, key: str) -> DepreciationPlan:
    last = last_day(key)
    posted = _posted(session)
    lines = []
    for a in _on_books(session, last):
        if a.accumulated_account_id is None:
            continue
        due = scheduled_through(
            cost=a.cost,
            residual=a.residual,
            opening_accumulated=a.opening_accumulated,
            life_months=a.life_months,
            acquired=month_key(a.acquired_on),
            start=a.depreciation_start,
            month=key,
        )
        amount = max(due - posted.get(a.id, 0), 0)
        if amount:
            lines.append(PlanLine(a.code, a.name, a.category, amount, _scheduled(a, key)))
    return DepreciationPlan(key, tuple(lines), sum(x.amount for x in lines))


def post_depreciation(
    session: Session, actor: Actor, month: str, *, today: dt.date | None = None
) -> DepreciationRunInfo:
    """Post the depreciation of ``month`` (needs ``assets.manage``): one entry dated
    the month's last day, source ``penyusutan`` (debit 5206 and credit the
    accumulated account, per category), a run row even when nothing is due, and
    a line per asset depreciated. Once per month, in order (see :func:`plan_depreciation`)."""
    authorize(session, actor, Permission.ASSETS_MANAGE)
    plan = plan_depreciation(session, month, today=today)
    assets = {
        a.code: a
        for a in session.execute(
            select(FixedAsset).where(FixedAsset.code.in_([x.code for x in plan.lines]))
        ).scalars()
    }
    codes = {v: k for k, v in _account_ids(session).items()}
    by_category: dict[str, int] = defaultdict(int)
    for x in plan.lines:
        by_category[x.category] += x.amount
    entry_lines: list[LineInput] = []
    credits: list[LineInput] = []
    for category in CATEGORIES:
        total = by_category.get(category.key, 0)
        if not total:
            continue
        sample = next(assets[x.code] for x in plan.lines if x.category == category.key)
        assert sample.accumulated_account_id is not None
        expense = codes.get(sample.expense_account_id or -1, EXPENSE_ACCOUNT)
        memo = f"Penyusutan {category.label.lower()} {plan.month}"
        entry_lines.append(LineInput(expense, total, memo))
        credits.append(LineInput(codes[sample.accumulated_account_id], -total, memo))
    entry = None
    if entry_lines:
        entry = journal.post_business_entry(
            session,
            EntryInput(
                plan.date,
                f"Penyusutan aset tetap {plan.month}",
                entry_lines + credits,
                source=SOURCE_DEPRECIATION,
            ),
            actor=actor,
        )
    run = DepreciationRun(
        month=plan.month,
        entry_id=entry.id if entry else None,
        total=plan.total,
        posted_by=actor.username,
        posted_at=clock.now(),
    )
    session.add(run)
    session.flush()
    if plan.lines:
        session.execute(
            insert(DepreciationLine),
            [
                {"run_id": run.id, "asset_id": assets[x.code].id, "amount": x.amount}
                for x in plan.lines
            ],
        )
    audit.record(
        session,
        actor,
        "asset.depreciate",
        plan.month,
        after={
            "jurnal": entry.number if entry else "",
            "jumlah": plan.total,
            "aset": len(plan.lines),
        },
    )
    return DepreciationRunInfo(
        plan.month, plan.total, entry.number if entry else None, run.posted_by, run.posted_at
    )


def post_through(
    session: Session, actor: Actor, through: str, *, today: dt.date | None = None
) -> list[DepreciationRunInfo]:
    """Post every month up to ``through`` that needs depreciation, oldest first
    (in the caller's one transaction: all or nothing)."""
    authorize(session, actor, Permission.ASSETS_MANAGE)
    return [
        post_depreciation(session, actor, m, today=today) for m in pending_months(session, through)
    ]


# --- the notes and the ledger check -------------------------------------------------


def summary_by_category(session: Session, start: dt.date, end: dt.date) -> list[CategorySummary]:
    """Cost and accumulated depreciation per category over ``start``..``end``
    (the fixed-asset note of the CaLK); categories without any asset by ``end`` are left out."""
    entry_dates = dict(
        session.execute(
            select(FixedAsset.id, JournalEntry.date).join(
                JournalEntry, JournalEntry.id == FixedAsset.acquisition_entry_id
            )
        ).all()
    )
    before = _posted(session, before=start)
    through = _posted(session, until=end)
    assets = _all_assets(session)
    result = []
    for category in CATEGORIES:
        mine = [a for a in assets if a.category == category.key]
        old = [a for a in mine if entry_dates[a.id] < start]
        new = [a for a in mine if start <= entry_dates[a.id] <= end]
        if not old and not new:
            continue
        cost_start = sum(a.cost for a in old)
        additions = sum(a.cost for a in new)
        acc_start = sum(a.opening_accumulated + before.get(a.id, 0) for a in old)
        acc_added = sum(a.opening_accumulated for a in new)
        acc_end = sum(a.opening_accumulated + through.get(a.id, 0) for a in old + new)
        result.append(
            CategorySummary(
                category=category.key,
                label=category.label,
                cost_start=cost_start,
                additions=additions,
                cost_end=cost_start + additions,
                accumulated_start=acc_start,
                depreciation=acc_end - acc_start - acc_added,
                accumulated_end=acc_end,
                book_value_end=cost_start + additions - acc_end,
                accumulated_added=acc_added,
            )
        )
    return result


def ledger_differences(session: Session) -> tuple[int, list[LedgerDifference]]:
    """Compare the register with the general ledger, per account the register uses.

    Asset accounts: the register's cost against the debit balance. Accumulated
    accounts: opening accumulated plus posted depreciation against the credit
    balance. Only accounts holding at least one registered asset are compared
    (a koperasi may keep older assets by manual journal in accounts the register
    does not use). Returns how many accounts were compared and the differences.
    """
    register: dict[int, int] = defaultdict(int)
    for a in _all_assets(session):
        register[a.asset_account_id] += a.cost
        if a.accumulated_account_id is not None:
            register[a.accumulated_account_id] += a.opening_accumulated
    for a_id, amount in session.execute(
        select(FixedAsset.accumulated_account_id, func.sum(DepreciationLine.amount))
        .join(DepreciationLine, DepreciationLine.asset_id == FixedAsset.id)
        .group_by(FixedAsset.accumulated_account_id)
    ).all():
        if a_id is not None:
            register[a_id] += int(amount)
    if not register:
        return 0, []
    balances = dict(
        session.execute(
            select(JournalLine.account_id, func.sum(JournalLine.amount))
            .where(JournalLine.account_id.in_(list(register)))
            .group_by(JournalLine.account_id)
        ).all()
    )
    accounts = {
        a.id: a
        for a in session.execute(select(Account).where(Account.id.in_(list(register)))).scalars()
    }
    found = []
    for account_id, amount in sorted(register.items(), key=lambda kv: accounts[kv[0]].code):
        account = accounts[account_id]
        gl = int(balances.get(account_id) or 0)
        ledger = -gl if account.contra else gl
        if ledger != amount:
            found.append(LedgerDifference(account.code, account.name, amount, ledger))
    return len(register), found
