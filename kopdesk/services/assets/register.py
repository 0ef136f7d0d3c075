"""The fixed-asset register and the monthly straight-line depreciation (KOPERASI.md §2.3).

Registering an asset posts its acquisition (source ``aset-tetap``); the
month-end run posts one depreciation entry per month (source ``penyusutan``):
debit 5206 per category, credit each category's accumulated-depreciation
account, dated the month's last day. Amounts are integer rupiah; an asset's
months sum exactly to its depreciable amount (:mod:`kopdesk.domain.assets`).
The monthly run, the notes' summary and the ledger check live in
:mod:`~kopdesk.services.assets.depreciation`.

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
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from kopdesk.domain import clock, coa
from kopdesk.domain.assets import (
    CATEGORIES,
    CATEGORY_BY_KEY,
    EXPENSE_ACCOUNT,
    depreciation_in,
    month_key,
    remaining_months,
)
from kopdesk.domain.changes import Changes
from kopdesk.domain.coa import Code
from kopdesk.domain.money import format_number, format_rupiah
from kopdesk.domain.permissions import Actor, Permission
from kopdesk.errors import NotFoundError, PeriodClosedError, ValidationError
from kopdesk.models import (
    Account,
    DepreciationLine,
    DepreciationRun,
    FixedAsset,
    JournalEntry,
)
from kopdesk.services.base import audit
from kopdesk.services.base.access import authorize
from kopdesk.services.base.changes import causes
from kopdesk.services.ledger import journal
from kopdesk.services.ledger.journal import EntryInput, LineInput

__all__ = [
    "MAX_CODE",
    "MAX_LIFE_MONTHS",
    "MAX_NAME",
    "OPENING_ACCOUNT",
    "PAYMENT_GROUPS",
    "SOURCE_ACQUISITION",
    "AssetInfo",
    "AssetInput",
    "AssetRow",
    "account_ids",
    "check_open_year",
    "get_asset",
    "list_assets",
    "on_books",
    "payment_accounts",
    "posted_by_asset",
    "register_asset",
    "scheduled",
    "update_asset",
]

SOURCE_ACQUISITION = "aset-tetap"
OPENING_ACCOUNT = coa.OPENING_EQUITY
PAYMENT_GROUPS = (Code.GROUP_KAS_DAN_SETARA_KAS, Code.GROUP_PINJAMAN_YANG_DITERIMA)
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
    paid_from: str = coa.CASH
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


def check_open_year(session: Session, on: dt.date, field: str, hint: str = "") -> None:
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
        check_open_year(session, posted_on, "posted_on")
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
    check_open_year(
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


@causes(Changes(journal=True))
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
    ids = account_ids(session)
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


def account_ids(session: Session) -> dict[str, int]:
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


@causes(Changes(journal=True))
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


def on_books(session: Session, as_of: dt.date) -> list[FixedAsset]:
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


def posted_by_asset(
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


def scheduled(asset: FixedAsset, month: str) -> int:
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
    posted = posted_by_asset(session, until=as_of)
    month = month_key(as_of)
    rows = []
    for a in on_books(session, as_of):
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
                monthly=scheduled(a, month),
                note=a.note,
            )
        )
    return rows
