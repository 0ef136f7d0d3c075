"""Chart of accounts: listing with balances, adding, renaming, deactivating.

Balances are integer rupiah, debit-positive, and include every posted line
dated on or before the given date. A header account's balance is the sum of
its descendants.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from kopdesk.domain.changes import Changes
from kopdesk.domain.ledger import AccountType, natural_balance
from kopdesk.domain.permissions import Actor, Permission
from kopdesk.errors import AccountError, DomainError, NotFoundError, ValidationError
from kopdesk.models import Account, AccountMonthTotal, JournalLine
from kopdesk.services.base import audit
from kopdesk.services.base.access import authorize
from kopdesk.services.base.changes import causes


@dataclass(frozen=True)
class AccountInfo:
    id: int
    code: str
    name: str
    type: AccountType
    parent_code: str | None
    postable: bool
    active: bool
    contra: bool
    level: int
    """0 for a class header (``1`` ASET), 1 for its groups, and so on."""

    @property
    def label(self) -> str:
        return f"{self.code} {self.name}"


@dataclass(frozen=True)
class AccountBalance:
    account: AccountInfo
    balance: int
    """Debit-positive balance; for a header, the sum over its descendants."""

    @property
    def natural(self) -> int:
        """The balance shown positive on the account's normal side."""
        return natural_balance(self.balance, self.account.type, contra=self.account.contra)


def list_accounts(session: Session, *, include_inactive: bool = True) -> list[AccountInfo]:
    """Every account ordered by code (parents come before their children)."""
    rows = session.execute(select(Account).order_by(Account.code)).scalars().all()
    by_id = {r.id: r for r in rows}
    result = []
    for row in rows:
        if not include_inactive and not row.active:
            continue
        level, parent = 0, by_id.get(row.parent_id) if row.parent_id else None
        parent_code = parent.code if parent else None
        while parent is not None:
            level += 1
            parent = by_id.get(parent.parent_id) if parent.parent_id else None
        result.append(
            AccountInfo(
                id=row.id,
                code=row.code,
                name=row.name,
                type=AccountType(row.type),
                parent_code=parent_code,
                postable=row.postable,
                active=row.active,
                contra=row.contra,
                level=level,
            )
        )
    return result


def get_account(session: Session, code: str) -> AccountInfo:
    """The account with ``code``; ``NotFoundError`` if there is none."""
    code = code.strip()
    for info in list_accounts(session):
        if info.code == code:
            return info
    raise NotFoundError(f"Akun {code} tidak ada dalam daftar akun.")


def posted_sums(session: Session, as_of: dt.date | None = None) -> dict[int, int]:
    """Sum of posted line amounts per account id, dated on or before ``as_of``.

    Reads the month totals the database keeps (``account_month_total``, revision
    0009) for the months before ``as_of``'s month, and that month's lines up to
    ``as_of`` from the journal (nothing more when ``as_of`` is the month's last day).
    Equal to summing every line (``kopdesk check`` and the property tests hold it)."""
    totals = select(
        AccountMonthTotal.account_id,
        func.sum(AccountMonthTotal.debit - AccountMonthTotal.credit),
    ).group_by(AccountMonthTotal.account_id)
    if as_of is None:
        return _by_account(session.execute(totals))
    first = as_of.replace(day=1)
    whole_month = (as_of + dt.timedelta(days=1)).day == 1
    index = AccountMonthTotal.year * 12 + AccountMonthTotal.month
    last = as_of.year * 12 + as_of.month
    upto = index <= last if whole_month else index < last
    sums = _by_account(session.execute(totals.where(upto)))
    if not whole_month:
        partial = (
            select(func.sum(JournalLine.amount))
            .where(
                JournalLine.account_id == AccountMonthTotal.account_id,
                JournalLine.date >= first,
                JournalLine.date <= as_of,
            )
            .scalar_subquery()
        )
        rows = session.execute(
            select(AccountMonthTotal.account_id, partial).where(
                AccountMonthTotal.year == as_of.year, AccountMonthTotal.month == as_of.month
            )
        )
        for account_id, amount in rows:
            if amount is not None:
                sums[int(account_id)] = sums.get(int(account_id), 0) + int(amount)
    return sums


def _by_account(rows: Iterable[Any]) -> dict[int, int]:
    return {int(account_id): int(total) for account_id, total in rows if total is not None}


def account_balances(session: Session, as_of: dt.date) -> list[AccountBalance]:
    """Every account with its balance as of ``as_of``, headers rolled up."""
    accounts = list_accounts(session)
    sums = posted_sums(session, as_of)
    by_code = {a.code: a for a in accounts}
    totals = {a.code: sums.get(a.id, 0) for a in accounts}
    for info in sorted(accounts, key=lambda a: a.level, reverse=True):
        if info.parent_code is not None:
            totals[info.parent_code] += totals[info.code]
    return [AccountBalance(by_code[a.code], totals[a.code]) for a in accounts]


def balance(session: Session, code: str, as_of: dt.date) -> int:
    """Debit-positive balance of one account (header: its subtree) as of a date."""
    get_account(session, code)
    for item in account_balances(session, as_of):
        if item.account.code == code.strip():
            return item.balance
    raise NotFoundError(f"Akun {code} tidak ada dalam daftar akun.")  # pragma: no cover


class _CodeMap(dict[int, str]):
    """Account id -> code, read once per session; an id added since is read on first use."""

    def __init__(self, session: Session) -> None:
        super().__init__()
        self._session = session
        self._load()

    def _load(self) -> None:
        self.update(
            (int(i), str(c)) for i, c in self._session.execute(select(Account.id, Account.code))
        )

    def __missing__(self, key: int) -> str:
        self._load()
        if key not in self:
            raise KeyError(key)
        return self[key]


_CODE_MAP = "kopdesk.account_codes"


def code_map(session: Session) -> dict[int, str]:
    """Every account's code by id. Codes never change and accounts are never deleted,
    so the map is read once per session (one user action) instead of on every call."""
    found = session.info.get(_CODE_MAP)
    if not isinstance(found, _CodeMap):
        found = session.info[_CODE_MAP] = _CodeMap(session)
    return found


_BY_CODE = "kopdesk.accounts_by_code"


def by_code(session: Session, code: str) -> Account | None:
    """The account with ``code`` (None if there is none), looked up once per session."""
    code = code.strip()
    found: dict[str, Account] = session.info.setdefault(_BY_CODE, {})
    if code not in found:
        row = session.execute(select(Account).where(Account.code == code)).scalar()
        if row is None:
            return None
        found[code] = row
    return found[code]


def balances_of(session: Session, codes: Iterable[str], as_of: dt.date) -> dict[str, int]:
    """Debit-positive balances of postable accounts by code, as of the end of ``as_of``
    (0 for an account without lines). One query; for header accounts use :func:`balance`."""
    wanted = [c.strip() for c in codes]
    rows = session.execute(
        select(Account.code, func.sum(JournalLine.amount))
        .join(JournalLine, JournalLine.account_id == Account.id)
        .where(Account.code.in_(wanted), JournalLine.date <= as_of)
        .group_by(Account.code)
    ).all()
    found = {code: int(total) for code, total in rows}
    return {code: found.get(code, 0) for code in wanted}


def _validate_name(name: str) -> str:
    clean = " ".join(name.split())
    if len(clean) < 2:
        raise ValidationError("name", "Nama akun wajib diisi.")
    if len(clean) > 200:
        raise ValidationError("name", "Nama akun terlalu panjang (paling banyak 200 huruf).")
    return clean


@causes(Changes(accounts=True))
def add_account(
    session: Session, actor: Actor, code: str, name: str, parent_code: str
) -> AccountInfo:
    """Add a postable account under header ``parent_code``; its class is the parent's.

    The code must be digits, start with the parent's code class digit and be new.
    """
    authorize(session, actor, Permission.ACCOUNTS_MANAGE)
    code = code.strip()
    clean_name = _validate_name(name)
    if not code.isdigit() or not 2 <= len(code) <= 20:
        raise ValidationError("code", "Kode akun harus berupa angka (2 sampai 20 digit).")
    parent = session.execute(select(Account).where(Account.code == parent_code.strip())).scalar()
    if parent is None:
        raise ValidationError("parent", f"Akun induk {parent_code} tidak ada.")
    if parent.postable:
        raise ValidationError(
            "parent", f"Akun {parent.code} adalah akun transaksi; pilih akun induk (judul)."
        )
    if code[0] != parent.code[0]:
        raise ValidationError(
            "code", f"Kode akun di bawah {parent.code} harus diawali angka {parent.code[0]}."
        )
    if session.execute(select(Account.id).where(Account.code == code)).first():
        raise ValidationError("code", f"Kode akun {code} sudah dipakai.")
    session.add(
        Account(
            code=code,
            name=clean_name,
            type=parent.type,
            parent_id=parent.id,
            postable=True,
            active=True,
            contra=False,
        )
    )
    session.flush()
    audit.record(
        session, actor, "account.add", code, after={"nama": clean_name, "induk": parent.code}
    )
    return get_account(session, code)


@causes(Changes(accounts=True))
def rename_account(session: Session, actor: Actor, code: str, new_name: str) -> AccountInfo:
    """Give an account a new name (its code and history stay)."""
    authorize(session, actor, Permission.ACCOUNTS_MANAGE)
    clean_name = _validate_name(new_name)
    row = _row(session, code)
    old = row.name
    row.name = clean_name
    session.flush()
    audit.record(
        session, actor, "account.rename", row.code, before={"nama": old}, after={"nama": clean_name}
    )
    return get_account(session, code)


@causes(Changes(accounts=True))
def deactivate_account(session: Session, actor: Actor, code: str) -> AccountInfo:
    """Stop new postings to an account. Refused while its balance is not zero."""
    authorize(session, actor, Permission.ACCOUNTS_MANAGE)
    row = _row(session, code)
    if not row.postable:
        raise AccountError(f"Akun {row.code} adalah akun induk; nonaktifkan akun di bawahnya.")
    if not row.active:
        raise DomainError(f"Akun {row.code} sudah nonaktif.")
    total = session.execute(
        select(func.coalesce(func.sum(JournalLine.amount), 0)).where(
            JournalLine.account_id == row.id
        )
    ).scalar_one()
    if total != 0:
        raise AccountError(
            f"Akun {row.code} masih bersaldo; "
            "pindahkan saldonya dengan jurnal sebelum dinonaktifkan."
        )
    row.active = False
    session.flush()
    audit.record(session, actor, "account.deactivate", row.code)
    return get_account(session, code)


@causes(Changes(accounts=True))
def reactivate_account(session: Session, actor: Actor, code: str) -> AccountInfo:
    """Allow postings to a deactivated account again."""
    authorize(session, actor, Permission.ACCOUNTS_MANAGE)
    row = _row(session, code)
    row.active = True
    session.flush()
    audit.record(session, actor, "account.reactivate", row.code)
    return get_account(session, code)


def _row(session: Session, code: str) -> Account:
    row = session.execute(select(Account).where(Account.code == code.strip())).scalar()
    if row is None:
        raise NotFoundError(f"Akun {code} tidak ada dalam daftar akun.")
    return row
