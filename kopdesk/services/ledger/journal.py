"""Posting, reversing and listing journal entries (DESIGN.md §3).

Amounts are integer rupiah, debit-positive. Posted entries are never changed:
a mistake is corrected with :func:`reverse_entry`. Every check here is also
enforced by the database's triggers; this layer gives the Indonesian message.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field

from sqlalchemy import Select, bindparam, func, insert, or_, select, text
from sqlalchemy.orm import Session, aliased

from kopdesk.domain import clock, coa
from kopdesk.domain.chain import entry_record
from kopdesk.domain.changes import Changes
from kopdesk.domain.ledger import MAX_BOOK_DEBITS, check_lines, split_debit_credit
from kopdesk.domain.money import format_rupiah
from kopdesk.domain.permissions import Actor, Permission
from kopdesk.errors import (
    AccountError,
    AlreadyReversedError,
    DomainError,
    NotFoundError,
    PeriodClosedError,
    ValidationError,
)
from kopdesk.models import Account, FiscalYear, JournalEntry, JournalLine, LedgerTotal, core_table
from kopdesk.services.base import approvals, settings
from kopdesk.services.base import audit as audit_log
from kopdesk.services.base.access import authorize
from kopdesk.services.base.chains import JOURNAL, next_link
from kopdesk.services.base.changes import causes
from kopdesk.services.base.sequences import next_value

ENTRY_PREFIX = "JU"
BUSINESS_SOURCE_PREFIXES = ("simpanan", "pinjaman", "tutup-buku", "shu", "penyusutan", "aset-tetap")
"""Entries with these sources belong to a sub-ledger event and are corrected there."""
_CORRECTED_IN = (
    ("simpanan", "Simpanan"),
    ("pinjaman", "Pinjaman"),
    ("tutup-buku", "Tutup Buku"),
    ("shu", "SHU"),
    ("penyusutan", "Aset Tetap"),
    ("aset-tetap", "Aset Tetap"),
)
MAX_DESCRIPTION = 500


@dataclass(frozen=True)
class LineInput:
    account_code: str
    amount: int
    """Debit positive, credit negative."""
    memo: str = ""
    member_id: int | None = None
    savings_account_id: int | None = None
    loan_id: int | None = None


@dataclass(frozen=True)
class EntryInput:
    date: dt.date
    description: str
    lines: Sequence[LineInput]
    source: str = "manual"


@dataclass(frozen=True)
class LineInfo:
    account_code: str
    account_name: str
    amount: int
    memo: str
    member_id: int | None = None
    savings_account_id: int | None = None
    loan_id: int | None = None

    @property
    def debit(self) -> int:
        return split_debit_credit(self.amount)[0]

    @property
    def credit(self) -> int:
        return split_debit_credit(self.amount)[1]


@dataclass(frozen=True)
class EntryInfo:
    id: int
    number: str
    date: dt.date
    description: str
    source: str
    created_by: str
    created_at: dt.datetime
    reversal_of: str | None
    reversed_by: str | None
    lines: tuple[LineInfo, ...] = field(default=())

    @property
    def total(self) -> int:
        """Sum of the debit side."""
        return sum(line.debit for line in self.lines)


@dataclass(frozen=True)
class EntrySummary:
    """One row of the journal list."""

    id: int
    number: str
    date: dt.date
    description: str
    source: str
    total: int
    reversal_of: str | None
    reversed_by: str | None


@dataclass(frozen=True)
class JournalFilter:
    date_from: dt.date | None = None
    date_to: dt.date | None = None
    search: str = ""
    """Matches the entry number or description (case-insensitive)."""


_YEAR_OF = select(FiscalYear).where(
    FiscalYear.start_date <= bindparam("on"), FiscalYear.end_date >= bindparam("on")
)
_ACCOUNT = core_table(Account)
_ACCOUNTS_BY_CODE = select(
    _ACCOUNT.c.code, _ACCOUNT.c.id, _ACCOUNT.c.name, _ACCOUNT.c.postable, _ACCOUNT.c.active
).where(_ACCOUNT.c.code.in_(bindparam("codes", expanding=True)))
_ENTRY = core_table(JournalEntry)
_LINE = core_table(JournalLine)
_NEXT_ENTRY_ID = select(func.coalesce(func.max(_ENTRY.c.id), 0) + 1)
_INSERT_LINES = insert(_LINE)
_INSERT_ENTRY = insert(_ENTRY)
_BOOK_DEBITS = select(core_table(LedgerTotal).c.debit_total)
"""Statements of the posting path, built once: every business event posts an entry."""


_YEARS = "kopdesk.fiscal_years"


def _year_of(session: Session, on: dt.date) -> FiscalYear | None:
    """The fiscal year holding ``on``. The book's few years are read once per session
    (closing and reopening change these same objects); a year opened since is found
    by asking again."""
    held: list[FiscalYear] | None = session.info.get(_YEARS)
    if held is None:
        held = session.info[_YEARS] = list(session.execute(select(FiscalYear)).scalars())
    found = next((y for y in held if y.start_date <= on <= y.end_date), None)
    if found is None:
        found = session.execute(_YEAR_OF, {"on": on}).scalar()
        if found is not None:
            held.append(found)
    return found


def open_year_for(session: Session, on: dt.date, *, what: str = "") -> FiscalYear:
    """The open fiscal year containing ``on``; ``PeriodClosedError`` otherwise.
    ``what`` names the record refused (``"pengajuan pinjaman"``); a journal by default."""
    year = _year_of(session, on)
    if year is None:
        raise PeriodClosedError(
            f"Tanggal {on:%d-%m-%Y} tidak berada dalam tahun buku mana pun. "
            "Buka tahun buku itu dulu."
        )
    if year.status != "open":
        refused = (
            f"{what} bertanggal {on:%d-%m-%Y} tidak dapat dicatat"
            if what
            else f"jurnal bertanggal {on:%d-%m-%Y} tidak dapat diposting"
        )
        raise PeriodClosedError(f"Tahun buku {year.year} sudah ditutup; {refused}.")
    return year


@dataclass(frozen=True)
class _Target:
    """The account a line posts to."""

    id: int
    code: str
    name: str


def _resolve_accounts(session: Session, lines: Sequence[LineInput]) -> list[_Target]:
    codes = sorted({line.account_code.strip() for line in lines})
    rows = {row.code: row for row in session.execute(_ACCOUNTS_BY_CODE, {"codes": codes})}
    targets = []
    for index, line in enumerate(lines, start=1):
        account = rows.get(line.account_code.strip())
        if account is None:
            raise AccountError(f"Baris {index}: akun {line.account_code} tidak ada.")
        if not account.postable:
            raise AccountError(
                f"Baris {index}: akun {account.code} {account.name} adalah akun induk; "
                "pilih akun di bawahnya."
            )
        if not account.active:
            raise AccountError(f"Baris {index}: akun {account.code} {account.name} nonaktif.")
        targets.append(_Target(account.id, account.code, account.name))
    return targets


def _validate(entry: EntryInput) -> str:
    if not isinstance(entry.date, dt.date) or isinstance(entry.date, dt.datetime):
        raise ValidationError("date", "Tanggal jurnal tidak valid.")
    description = " ".join(entry.description.split())
    if not description:
        raise ValidationError("description", "Keterangan jurnal wajib diisi.")
    if len(description) > MAX_DESCRIPTION:
        raise ValidationError("description", "Keterangan jurnal terlalu panjang (maks. 500 huruf).")
    check_lines([line.amount for line in entry.lines])
    return description


def _allocate_entry_id(session: Session) -> int:
    # Lines are written before their header (the header seals the entry), so
    # the id is needed first. Writers hold the write lock (SQLite) or use a
    # sequence (PostgreSQL), so two writers never get the same id.
    if session.get_bind().dialect.name == "postgresql":
        return int(session.execute(text("SELECT nextval('journal_entry_id_seq')")).scalar_one())
    return int(session.execute(_NEXT_ENTRY_ID).scalar_one())


@causes(Changes(journal=True))
def post_entry(session: Session, entry: EntryInput, *, actor: Actor) -> EntryInfo:
    """Post one balanced journal entry and return it with its new number.

    Needs ``journal.post``. Raises ``ValidationError`` (bad date, description
    or amount), ``UnbalancedEntryError``, ``AccountError`` (unknown, header
    or inactive account) or ``PeriodClosedError``. Nothing is written when it
    raises. Links the entry into the journal's hash chain and the audit trail.
    """
    authorize(session, actor, Permission.JOURNAL_POST)
    _refuse_subledger_accounts(session, entry.lines)
    return post_business_entry(session, entry, actor=actor, audit_action="journal.post")


def post_business_entry(
    session: Session, entry: EntryInput, *, actor: Actor, audit_action: str | None = None
) -> EntryInfo:
    """Post the entry of a business event (a savings deposit, a month-end batch).

    The calling service has authorised the event under its own permission and
    built the lines with their sub-ledger dimensions; everything else is
    checked as in :func:`post_entry`. ``audit_action`` None leaves the audit
    record to the caller (who records the event itself).
    """
    description = _validate(entry)
    targets = _resolve_accounts(session, entry.lines)
    year = open_year_for(session, entry.date)
    posted = _insert(session, entry, description, targets, year, actor=actor, reversal_of=None)
    if audit_action is not None:
        _audit_entry(session, actor, audit_action, posted)
    return posted


def _refuse_subledger_accounts(session: Session, lines: Sequence[LineInput]) -> None:
    """A manual entry may not touch a savings or loan product's control account.

    Members' savings and loans are the sums of the lines carrying their savings
    account or loan; a manual line there would make the control account and
    the sub-ledger disagree. Those move through the Simpanan/Pinjaman services.
    """
    from kopdesk.models import LoanProduct, SavingsProduct  # the journal predates both

    codes = {line.account_code.strip() for line in lines}
    for reserved, menu in (
        (coa.CURRENT_SURPLUS, "Tutup Buku"),
        (coa.MEMBER_SHU_PAYABLE, "Tutup Buku & SHU (pembagian, pembayaran)"),
    ):
        if reserved in codes:
            name = session.execute(select(Account.name).where(Account.code == reserved)).scalar()
            raise AccountError(
                f"Akun {reserved} {name} hanya diisi oleh menu {menu}, bukan jurnal umum: "
                "saldonya harus sama dengan catatan tutup buku dan SHU per anggota."
            )
    for product, menu in (
        (SavingsProduct, "Simpanan (setor, tarik, saldo awal)"),
        (LoanProduct, "Pinjaman (pencairan, angsuran, saldo awal)"),
    ):
        hit = session.execute(
            select(Account.code, Account.name, product.name)
            .join(product, product.account_id == Account.id)
            .where(Account.code.in_(codes))
            .order_by(Account.code)
        ).first()
        if hit is not None:
            code, name, product_name = hit
            raise AccountError(
                f"Akun {code} {name} adalah akun kontrol {product_name}: saldonya adalah "
                f"jumlah sub-buku anggota. Catat lewat menu {menu}, bukan jurnal umum."
            )


def _audit_entry(session: Session, actor: Actor, action: str, posted: EntryInfo) -> None:
    audit_log.record(
        session,
        actor,
        action,
        posted.number,
        after={
            "tanggal": posted.date,
            "keterangan": posted.description,
            "jumlah": posted.total,
            "baris": [f"{line.account_code}:{line.amount}" for line in posted.lines],
            **({"pembalik_dari": posted.reversal_of} if posted.reversal_of else {}),
        },
    )


def _insert(
    session: Session,
    entry: EntryInput,
    description: str,
    targets: Sequence[_Target],
    year: FiscalYear,
    *,
    actor: Actor,
    reversal_of: EntryInfo | None,
) -> EntryInfo:
    """Write the entry and its lines; returns it as :func:`get_entry` would read it."""
    _check_book_debits(session, sum(line.amount for line in entry.lines if line.amount > 0))
    number = f"{ENTRY_PREFIX}-{year.year}-{next_value(session, f'{ENTRY_PREFIX}-{year.year}'):06d}"
    entry_id = _allocate_entry_id(session)
    lines = [
        {
            "entry_id": entry_id,
            "line_no": index,
            "account_id": target.id,
            "date": entry.date,
            "amount": line.amount,
            "memo": line.memo.strip(),
            "member_id": line.member_id,
            "savings_account_id": line.savings_account_id,
            "loan_id": line.loan_id,
        }
        for index, (line, target) in enumerate(zip(entry.lines, targets, strict=True), start=1)
    ]
    created_at = clock.now()
    head: dict[str, object] = {
        "id": entry_id,
        "number": number,
        "fiscal_year_id": year.id,
        "date": entry.date,
        "description": description,
        "source": entry.source,
        "created_by": actor.username,
        "created_at": created_at,
        "reversal_of_id": reversal_of.id if reversal_of else None,
    }
    link = next_link(session, JOURNAL, lambda _seq: entry_record(head, lines))
    session.execute(_INSERT_LINES, lines)
    session.execute(
        _INSERT_ENTRY,
        {**head, "chain_seq": link.seq, "prev_hash": link.prev_hash, "hash": link.hash},
    )
    return EntryInfo(
        id=entry_id,
        number=number,
        date=entry.date,
        description=description,
        source=entry.source,
        created_by=actor.username,
        created_at=created_at,
        reversal_of=reversal_of.number if reversal_of else None,
        reversed_by=None,
        lines=tuple(
            LineInfo(
                target.code,
                target.name,
                line.amount,
                line.memo.strip(),
                line.member_id,
                line.savings_account_id,
                line.loan_id,
            )
            for line, target in zip(entry.lines, targets, strict=True)
        ),
    )


_POSTED = "kopdesk.book_debits"


def _check_book_debits(session: Session, debits: int) -> None:
    """``DomainError`` when the entry's debits would take the book's past its bound
    (``domain.ledger.MAX_BOOK_DEBITS``, which keeps every sum inside 64 bits).

    The book's total is read once per session and followed as this session posts
    (the database's guard, which the sealing trigger feeds, stays the last word)."""
    posted: int | None = session.info.get(_POSTED)
    if posted is None:
        posted = session.info[_POSTED] = int(session.execute(_BOOK_DEBITS).scalar() or 0)
    if posted + debits <= MAX_BOOK_DEBITS:
        session.info[_POSTED] = posted + debits
        return
    raise DomainError(
        f"Jurnal ini (debit {format_rupiah(debits)}) melewati batas jumlah debit seluruh "
        f"buku {format_rupiah(MAX_BOOK_DEBITS)}: buku ini sudah mencatat debit "
        f"{format_rupiah(posted)}. Periksa jumlahnya; angka sebesar ini hampir pasti "
        "salah ketik."
    )


@causes(Changes(journal=True))
def reverse_entry(
    session: Session,
    number: str,
    on: dt.date,
    *,
    actor: Actor,
    description: str | None = None,
    approval: int | None = None,
) -> EntryInfo:
    """Post the mirror image of entry ``number`` dated ``on``.

    Needs ``journal.reverse``. Each entry can be reversed once; a reversing
    entry cannot itself be reversed (post a new entry instead). ``on`` may
    not precede the original. An entry older than the set number of days
    (setting ``journal.reversal_approval_days``) needs ``approval``: a grant
    from a second user (``ApprovalRequiredError`` otherwise).
    """
    authorize(session, actor, Permission.JOURNAL_REVERSE)
    original = get_entry(session, number)
    if original.source.startswith(BUSINESS_SOURCE_PREFIXES):
        menu = next(
            (m for prefix, m in _CORRECTED_IN if original.source.startswith(prefix)), "Simpanan"
        )
        raise DomainError(
            f"Jurnal {original.number} dibuat oleh transaksi {menu.lower()}; "
            f"koreksi lewat menu {menu} agar saldo anggota dan catatannya ikut benar."
        )
    return reverse_business_entry(
        session, number, on, actor=actor, description=description, approval=approval
    )


def reverse_business_entry(
    session: Session,
    number: str,
    on: dt.date,
    *,
    actor: Actor,
    description: str | None = None,
    approval: int | None = None,
    audit: bool = True,
    source: str = "reversal",
    permission: Permission = Permission.JOURNAL_REVERSE,
    preapproved: bool = False,
) -> EntryInfo:
    """Post the mirror image of ``number`` with the same sub-ledger dimensions.

    The calling service has authorised the correction; the rules of
    :func:`reverse_entry` (once only, not before the original, approval for
    old entries) apply. ``preapproved``: the caller already consumed a second
    person's approval for the whole action (reopening a year), so an old entry
    needs no approval of its own.
    """
    original = get_entry(session, number)
    if original.reversed_by is not None:
        raise AlreadyReversedError(
            f"Jurnal {original.number} sudah dibalik dengan {original.reversed_by}."
        )
    if original.reversal_of is not None:
        raise DomainError(
            f"Jurnal {original.number} adalah jurnal pembalik; buat jurnal baru bila perlu."
        )
    if on < original.date:
        raise ValidationError(
            "date", "Tanggal jurnal pembalik tidak boleh sebelum tanggal jurnal asal."
        )
    text_ = description or f"Pembalik {original.number}: {original.description}"
    mirror = EntryInput(
        date=on,
        description=text_[:MAX_DESCRIPTION],
        lines=[
            LineInput(
                line.account_code,
                -line.amount,
                line.memo,
                member_id=line.member_id,
                savings_account_id=line.savings_account_id,
                loan_id=line.loan_id,
            )
            for line in original.lines
        ],
        source=source,
    )
    clean = _validate(mirror)
    year = open_year_for(session, on)
    targets = _resolve_accounts_for_reversal(session, mirror.lines)
    approver = None
    age = (clock.today() - original.date).days
    if not preapproved and age > settings.get_int(session, settings.REVERSAL_APPROVAL_DAYS):
        approver = approvals.consume(session, actor, approval, permission, original.number)
    posted = _insert(session, mirror, clean, targets, year, actor=actor, reversal_of=original)
    if audit:
        _audit_entry(session, actor, "journal.reverse", posted)
    if approver is not None:
        audit_log.record(
            session, actor, "approval.use", original.number, after={"disetujui_oleh": approver}
        )
    return posted


def _resolve_accounts_for_reversal(session: Session, lines: Sequence[LineInput]) -> list[_Target]:
    try:
        return _resolve_accounts(session, lines)
    except AccountError as exc:
        raise AccountError(
            f"Jurnal tidak dapat dibalik: {exc.message} Aktifkan kembali akun itu dulu."
        ) from exc


def get_entry(session: Session, number: str) -> EntryInfo:
    """One entry with its lines; ``NotFoundError`` if the number is unknown."""
    number = number.strip().upper()
    original = aliased(JournalEntry)
    reverser = aliased(JournalEntry)
    row = session.execute(
        select(JournalEntry, original.number, reverser.number)
        .outerjoin(original, JournalEntry.reversal_of_id == original.id)
        .outerjoin(reverser, reverser.reversal_of_id == JournalEntry.id)
        .where(JournalEntry.number == number)
    ).first()
    if row is None:
        raise NotFoundError(f"Jurnal {number} tidak ditemukan.")
    head, reversal_of, reversed_by = row
    lines = session.execute(
        select(
            JournalLine.amount,
            JournalLine.memo,
            Account.code,
            Account.name,
            JournalLine.member_id,
            JournalLine.savings_account_id,
            JournalLine.loan_id,
        )
        .join(Account, Account.id == JournalLine.account_id)
        .where(JournalLine.entry_id == head.id)
        .order_by(JournalLine.line_no)
    ).all()
    return EntryInfo(
        id=head.id,
        number=head.number,
        date=head.date,
        description=head.description,
        source=head.source,
        created_by=head.created_by,
        created_at=head.created_at,
        reversal_of=reversal_of,
        reversed_by=reversed_by,
        lines=tuple(
            LineInfo(code, name, int(amount), memo, member, savings, loan)
            for amount, memo, code, name, member, savings, loan in lines
        ),
    )


def _filtered(stmt: Select[int], flt: JournalFilter) -> Select[int]:
    if flt.date_from is not None:
        stmt = stmt.where(JournalEntry.date >= flt.date_from)
    if flt.date_to is not None:
        stmt = stmt.where(JournalEntry.date <= flt.date_to)
    if flt.search.strip():
        pattern = f"%{flt.search.strip().lower()}%"
        stmt = stmt.where(
            or_(
                func.lower(JournalEntry.number).like(pattern),
                func.lower(JournalEntry.description).like(pattern),
            )
        )
    return stmt


def entry_ids(session: Session, flt: JournalFilter | None = None) -> list[int]:
    """Ids of the entries matching ``flt``, newest first (for lazy lists)."""
    stmt = _filtered(select(JournalEntry.id), flt or JournalFilter())
    return list(
        session.execute(stmt.order_by(JournalEntry.date.desc(), JournalEntry.id.desc())).scalars()
    )


def count_entries(session: Session, flt: JournalFilter | None = None) -> int:
    """How many entries match ``flt``."""
    stmt = _filtered(select(JournalEntry.id), flt or JournalFilter())
    return int(session.execute(select(func.count()).select_from(stmt.subquery())).scalar_one())


def entry_summaries(session: Session, ids: Sequence[int]) -> list[EntrySummary]:
    """Summaries of the given entries, in the order of ``ids``."""
    if not ids:
        return []
    original = aliased(JournalEntry)
    reverser = aliased(JournalEntry)
    debit_total = (
        select(func.coalesce(func.sum(JournalLine.amount), 0))
        .where(JournalLine.entry_id == JournalEntry.id, JournalLine.amount > 0)
        .scalar_subquery()
    )
    rows = session.execute(
        select(JournalEntry, debit_total, original.number, reverser.number)
        .outerjoin(original, JournalEntry.reversal_of_id == original.id)
        .outerjoin(reverser, reverser.reversal_of_id == JournalEntry.id)
        .where(JournalEntry.id.in_(list(ids)))
    ).all()
    by_id = {
        head.id: EntrySummary(
            head.id, head.number, head.date, head.description, head.source, int(total), of, by
        )
        for head, total, of, by in rows
    }
    return [by_id[i] for i in ids if i in by_id]
