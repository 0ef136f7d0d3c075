"""Checking the sealed rows and guards against their seals (``seals.py``).

Each covered table's rows are compared with their last seal, each row's seals
with one another (a seal whose "before" is not the previous seal's "after" shows
a change made outside kopdesk between the two), and the database's guards with
theirs, by their SQL. Two rules need the history rather than one row: no entry
may be posted into a year while the sealed close/reopen events say it was closed,
and the book's running debit total must be the journal's.
"""

from __future__ import annotations

import datetime as dt
import json
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

import sqlalchemy as sa
from sqlalchemy import Connection, select

from kopdesk.domain.chain import Problem
from kopdesk.domain.dates import format_datetime
from kopdesk.domain.money import format_rupiah
from kopdesk.models import FiscalYear, LedgerTotal, RowSeal, YearCloseEvent
from kopdesk.services.base.seals import (
    GUARDS,
    content_digest,
    covered_tables,
    guard_digests,
    key_text,
    read_rows,
)

ROWS = "isi"
DATABASE = "basis data"

_LABELS = {
    "cooperative_profile": ("Profil koperasi", "name"),
    "fiscal_year": ("Tahun buku", "year"),
    "doc_sequence": ("Nomor urut", "key"),
    "account": ("Akun", "code"),
    "app_user": ("Pengguna", "username"),
    "document": ("Catatan dokumen", "number"),
    "approval_grant": ("Persetujuan", None),
    "setting": ("Pengaturan", "key"),
    "member": ("Anggota", "number"),
    "member_status_event": ("Riwayat status anggota", None),
    "organ_role": ("Jabatan pengurus/pengawas", None),
    "savings_product": ("Produk simpanan", "code"),
    "savings_class_amount": ("Simpanan wajib per golongan", None),
    "savings_account": ("Rekening simpanan", "number"),
    "savings_tx": ("Transaksi simpanan", "number"),
    "savings_month_end": ("Akhir bulan simpanan", "month"),
    "savings_interest": ("Jasa simpanan", None),
    "savings_batch": ("Impor simpanan", None),
    "loan_product": ("Produk pinjaman", "code"),
    "loan": ("Pinjaman", "number"),
    "loan_installment": ("Jadwal angsuran", None),
    "loan_event": ("Transaksi pinjaman", "number"),
    "loan_payment_part": ("Rincian pembayaran angsuran", None),
    "loan_allowance_run": ("Penyesuaian PPAP", "month"),
    "fixed_asset": ("Aset tetap", "code"),
    "depreciation_run": ("Penyusutan", "month"),
    "depreciation_line": ("Rincian penyusutan", None),
    "year_close_event": ("Catatan tutup buku", "year"),
    "shu_plan": ("Rencana SHU", "year"),
    "shu_member": ("SHU anggota", None),
    "shu_payment": ("Pembayaran SHU", "receipt_number"),
    "rat_content": ("Naskah RAT", "key"),
    "health_answer": ("Jawaban penilaian kesehatan", "key"),
}


def _where(table: sa.Table, key: str) -> str:
    """``app_user id=4``: the table and the row's key."""
    values = json.loads(key)
    pairs = zip(table.primary_key.columns, values, strict=True)
    return f"{table.name} " + ", ".join(f"{c.name}={v}" for c, v in pairs)


def _row_name(table: sa.Table, key: str, row: Mapping[str, object] | None) -> str:
    """``Pengguna kasir (app_user id=4)``: what a treasurer and an auditor both read."""
    label, natural = _LABELS.get(table.name, ("Baris", None))
    shown = f" {row[natural]}" if row is not None and natural and row.get(natural) else ""
    return f"{label}{shown} ({_where(table, key)})"


@dataclass
class _Versions:
    last: str | None
    seq: int
    at: dt.datetime


def _replay(
    conn: Connection, table: sa.Table, now: Mapping[str, dict[str, object]]
) -> tuple[dict[str, _Versions], list[Problem]]:
    """Each key's last sealed version; a problem where one seal does not follow the last."""
    rows = conn.execute(
        select(
            RowSeal.row_key, RowSeal.chain_seq, RowSeal.at, RowSeal.before_hash, RowSeal.after_hash
        )
        .where(RowSeal.tbl == table.name)
        .order_by(RowSeal.row_key, RowSeal.chain_seq)
    )
    last: dict[str, _Versions] = {}
    problems = []
    for raw_key, seq, at, before, after in rows:
        key = str(raw_key)
        known = last.get(key)
        prior = known.last if known is not None else None
        if before != prior:
            name = _row_name(table, key, now.get(key))
            when = f"sebelum {format_datetime(at)}"
            if before is None:
                what = "dihapus di luar kopdesk"
            elif prior is None:
                what = "disisipkan di luar kopdesk"
            else:
                what = "diubah di luar kopdesk"
            problems.append(Problem(ROWS, _where(table, key), f"{name} {what} ({when})."))
        last[key] = _Versions(after, int(seq), at)
    return last, problems


def check_table(conn: Connection, table: sa.Table) -> list[Problem]:
    """The rows of ``table`` against their seals."""
    now = {key_text(table, row): row for row in read_rows(conn, table)}
    sealed, problems = _replay(conn, table, now)
    for key in sorted(set(now) | set(sealed)):
        row = now.get(key)
        have = content_digest(table, row) if row is not None else None
        version = sealed.get(key)
        want = version.last if version is not None else None
        if have == want:
            continue
        if want is None:
            what = "disisipkan di luar kopdesk"
        elif have is None:
            what = "dihapus di luar kopdesk"
        else:
            what = "diubah di luar kopdesk"
        problems.append(Problem(ROWS, _where(table, key), f"{_row_name(table, key, row)} {what}."))
    return problems


def check_rows(conn: Connection) -> list[Problem]:
    """Every covered table against its seals."""
    return [p for table in covered_tables() for p in check_table(conn, table)]


def check_guards(conn: Connection) -> list[Problem]:
    """The database's guards against their seals: removed, replaced (other SQL under
    the same name) or added behind kopdesk's back."""
    now = guard_digests(conn)
    sealed: dict[str, str | None] = {}
    for key, after in conn.execute(
        select(RowSeal.row_key, RowSeal.after_hash)
        .where(RowSeal.tbl == GUARDS)
        .order_by(RowSeal.chain_seq)
    ):
        sealed[str(key)] = after
    problems = []
    for key in sorted(set(now) | set(sealed)):
        have = now[key][1] if key in now else None
        want = sealed.get(key)
        if have == want:
            continue
        name = now[key][0] if key in now else json.loads(key)[1]
        if want is None:
            text = f"Pengaman basis data {name} ditambahkan di luar kopdesk."
        elif have is None:
            text = f"Pengaman basis data {name} dihapus; buku dibuka dengan program lain."
        else:
            text = (
                f"Pengaman basis data {name} diganti: isinya (SQL) tidak sama dengan yang "
                "dipasang kopdesk; buku dibuka dengan program lain."
            )
        problems.append(Problem(DATABASE, name, text))
    return problems


@dataclass(frozen=True)
class PostedEntry:
    """What the closed-year rule needs of a journal entry."""

    id: int
    number: str
    fiscal_year_id: int
    chain_seq: int


def closed_year_postings(conn: Connection, entries: Iterable[PostedEntry]) -> list[Problem]:
    """Entries posted into a year while its sealed close/reopen events say it was closed.

    A close event's seal records the journal's length when it was committed; from
    then until the seal of the next reopen, nothing dated in that year may have been
    posted but the reopening's own reversal. Finding one means the year was set open
    behind kopdesk's back, posted into, and (perhaps) closed again."""
    table = YearCloseEvent.__table__
    assert isinstance(table, sa.Table)
    sealed_at = {
        str(key): int(journal_seq)
        for key, journal_seq in conn.execute(
            select(RowSeal.row_key, RowSeal.journal_seq).where(
                RowSeal.tbl == table.name, RowSeal.before_hash.is_(None)
            )
        )
    }
    year_ids = {int(y): int(i) for y, i in conn.execute(select(FiscalYear.year, FiscalYear.id))}
    closed: dict[int, list[tuple[int, float, dt.datetime]]] = defaultdict(list)
    exempt: set[int] = set()
    events = conn.execute(
        select(
            YearCloseEvent.id,
            YearCloseEvent.year,
            YearCloseEvent.kind,
            YearCloseEvent.at,
            YearCloseEvent.closing_entry_id,
            YearCloseEvent.transfer_entry_id,
        ).order_by(YearCloseEvent.id)
    )
    for event_id, year, kind, at, closing, transfer in events:
        exempt.update(e for e in (closing, transfer) if e is not None)
        seq = sealed_at.get(key_text(table, [event_id]))
        year_id = year_ids.get(year)
        if seq is None or year_id is None:
            continue  # an event kopdesk never sealed is reported by the rows' check
        spans = closed[year_id]
        if kind == "close":
            spans.append((seq, float("inf"), at))
        elif spans and spans[-1][1] == float("inf"):
            spans[-1] = (spans[-1][0], seq, spans[-1][2])
    problems = []
    for entry in entries:
        for start, end, at in closed.get(entry.fiscal_year_id, ()):
            if start < entry.chain_seq <= end and entry.id not in exempt:
                year = next(y for y, i in year_ids.items() if i == entry.fiscal_year_id)
                problems.append(
                    Problem(
                        "jurnal",
                        entry.number,
                        f"Jurnal {entry.number} diposting ke tahun buku {year} saat tahun itu "
                        f"sudah ditutup ({format_datetime(at)}): status tahun buku diubah di "
                        "luar kopdesk.",
                    )
                )
    return problems


def ledger_total_problems(conn: Connection, debits: int) -> list[Problem]:
    """The running total the guards keep must be the journal's debits."""
    kept = conn.execute(select(LedgerTotal.debit_total)).scalar()
    if kept is None or int(kept) == debits:
        return []
    return [
        Problem(
            DATABASE,
            "ledger_total",
            f"Jumlah debit buku yang dijaga basis data ({format_rupiah(int(kept))}) tidak sama "
            f"dengan jumlah debit jurnal ({format_rupiah(debits)}): diubah di luar kopdesk.",
        )
    ]


def positions(conn: Connection, wanted: Sequence[int]) -> dict[int, str]:
    """The seal chain's stored hashes at ``wanted`` positions."""
    if not wanted:
        return {}
    return {
        int(seq): str(h)
        for seq, h in conn.execute(
            select(RowSeal.chain_seq, RowSeal.hash).where(RowSeal.chain_seq.in_(list(wanted)))
        )
    }
