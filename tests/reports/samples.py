"""Report DTOs built by hand for the report tests (no book, no services).

Totals are deliberately *not* the sums of the rows wherever a test checks
that the renderer prints the DTO's totals instead of adding up."""

from __future__ import annotations

import datetime as dt

from kopdesk.domain.papers.common import BookHeader, DocumentStamp
from kopdesk.domain.papers.ledger import (
    JournalEntryRow,
    JournalLineRow,
    JournalReport,
    LedgerReport,
    LedgerRow,
    TrialBalanceReport,
    TrialBalanceRow,
)
from kopdesk.domain.papers.members import (
    MemberCard,
    MemberCardsReport,
    MemberProfileReport,
    MemberRegisterReport,
    MemberRegisterRow,
)

HEADER = BookHeader(
    coop_name="KOPERASI SIMPAN PINJAM SEJAHTERA BERSAMA",
    legal_number="AHU-0001234.AH.01.29.TAHUN 2019",
    address="Jl. Merdeka No. 10, Kel. Sukamaju, Kec. Cibeunying, Kota Bandung",
)

WIB = dt.timezone(dt.timedelta(hours=7), "WIB")

STAMP = DocumentStamp(
    made_at=dt.datetime(2026, 7, 26, 14, 5, tzinfo=WIB),
    made_by="Siti Aminah",
    number="DOK-2026-000017",
    qr_payload="kopdesk:DOK-2026-000017:9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822c",
)

PLAIN_STAMP = DocumentStamp(made_at=dt.datetime(2026, 1, 5, 8, 30, tzinfo=WIB), made_by="Budi")
"""A stamp of a paper not registered in the book: no number, no QR code."""

LONG_NAME = (
    "Piutang pinjaman anggota kelompok usaha mikro pedagang pasar tradisional "
    "wilayah kecamatan Cibeunying yang dijamin dengan tabungan berjangka"
)


def trial_balance(
    count: int = 4, *, total_debit: int = 0, total_credit: int = 0
) -> TrialBalanceReport:
    """Accounts 1101, 1102, ...: odd ones with a debit, even ones with a credit
    balance; the totals are whatever the caller says."""
    rows = tuple(
        TrialBalanceRow(
            code=str(1101 + i),
            name=f"Akun nomor {i + 1}",
            debit=(i + 1) * 1_250_000 if i % 2 == 0 else 0,
            credit=(i + 1) * 1_000 if i % 2 == 1 else 0,
        )
        for i in range(count)
    )
    return TrialBalanceReport(
        header=HEADER,
        as_of=dt.date(2025, 12, 31),
        rows=rows,
        total_debit=total_debit,
        total_credit=total_credit,
    )


def journal_entry(index: int, lines: int = 3, *, reversal_of: str | None = None) -> JournalEntryRow:
    """Entry ``JU-2025-<index>``: one Kas debit, then ``lines - 1`` credits.

    Every line's memo is ``baris <index>-<n>`` so tests can find it."""
    debit = JournalLineRow("1101", "Kas", 100_000 * (lines - 1), 0, memo=f"baris {index}-1")
    credits = tuple(
        JournalLineRow("3102", "Simpanan Wajib", 0, 100_000, memo=f"baris {index}-{n}")
        for n in range(2, lines + 1)
    )
    return JournalEntryRow(
        number=f"JU-2025-{index:06d}",
        date=dt.date(2025, 1, 1) + dt.timedelta(days=index % 365),
        description=f"Setoran simpanan wajib nomor {index}",
        lines=(debit, *credits),
        reversal_of=reversal_of,
    )


def journal(
    entries: tuple[JournalEntryRow, ...], *, total_debit: int = 0, total_credit: int = 0
) -> JournalReport:
    return JournalReport(
        header=HEADER,
        date_from=dt.date(2025, 1, 1),
        date_to=dt.date(2025, 12, 31),
        entries=entries,
        total_debit=total_debit,
        total_credit=total_credit,
    )


def ledger_rows(count: int) -> tuple[LedgerRow, ...]:
    """Alternating receipts and payments of Kas; the balance is given, not summed."""
    return tuple(
        LedgerRow(
            date=dt.date(2025, 1, 1) + dt.timedelta(days=i % 365),
            number=f"JU-2025-{i + 1:06d}",
            description=f"Transaksi kas nomor {i + 1}",
            debit=500_000 if i % 2 == 0 else 0,
            credit=0 if i % 2 == 0 else 200_000,
            balance=1_000_000 + i * 150_000,
        )
        for i in range(count)
    )


def ledger(
    rows: tuple[LedgerRow, ...],
    *,
    opening: int = 1_000_000,
    closing: int = 0,
    total_debit: int = 0,
    total_credit: int = 0,
) -> LedgerReport:
    return LedgerReport(
        header=HEADER,
        account_code="1101",
        account_name="Kas",
        date_from=dt.date(2025, 1, 1),
        date_to=dt.date(2025, 12, 31),
        opening_balance=opening,
        rows=rows,
        total_debit=total_debit,
        total_credit=total_credit,
        closing_balance=closing,
    )


LONG_ADDRESS = (
    "Jl. Raya Cibeunying Kidul Gang Mawar III No. 127 RT 004 RW 011, Kel. Sukapada, "
    "Kec. Cibeunying Kidul, Kota Bandung"
)
"""An address too long for two lines of the register's Alamat column at 8 pt
(it takes three at 6 pt)."""

HUGE_ADDRESS = " ".join([LONG_ADDRESS] * 3)
"""An address that fits no fixed row even at the smallest size: its row grows."""


def member_rows(count: int) -> tuple[MemberRegisterRow, ...]:
    """Members KSP-00001, KSP-00002, ...: odd numbers men, even women; every
    seventh has left. NIKs are 16 digits starting ``3273``."""
    return tuple(
        MemberRegisterRow(
            number=f"KSP-{i + 1:05d}",
            full_name=f"Anggota Nomor {i + 1}",
            nik=f"3273{i + 1:012d}",
            sex="L" if i % 2 == 0 else "P",
            birth=f"Bandung, {(i % 28) + 1:02d}-04-1990",
            address=f"Jl. Merdeka No. {i + 1}, Bandung",
            join_date=dt.date(2019, 1, 2) + dt.timedelta(days=i % 1500),
            leave_date=dt.date(2025, 6, 30) if i % 7 == 6 else None,
            status="Keluar" if i % 7 == 6 else "Aktif",
        )
        for i in range(count)
    )


def member_register(
    rows: tuple[MemberRegisterRow, ...],
    *,
    total: int = 0,
    active: int = 0,
    men: int = 0,
    women: int = 0,
) -> MemberRegisterReport:
    """The counts are whatever the caller says (not counted from ``rows``)."""
    return MemberRegisterReport(
        header=HEADER,
        as_of=dt.date(2025, 12, 31),
        rows=rows,
        total=total,
        active=active,
        men=men,
        women=women,
    )


def member_cards(count: int) -> MemberCardsReport:
    """Cards for members KSP-00001, ...; every fifth has a long address."""
    return MemberCardsReport(
        header=HEADER,
        cards=tuple(
            MemberCard(
                number=f"KSP-{i + 1:05d}",
                full_name=f"Anggota Kartu Nomor {i + 1}",
                nik=f"3273{i + 1:012d}",
                birth=f"Bandung, {(i % 28) + 1:02d}-04-1990",
                address=LONG_ADDRESS if i % 5 == 4 else f"Jl. Merdeka No. {i + 1}, Bandung",
                join_date=dt.date(2019, 1, 2) + dt.timedelta(days=i),
                qr_payload=f"KOPDESK|ANGGOTA|book-0001|KSP-{i + 1:05d}",
            )
            for i in range(count)
        ),
    )


def member_profile(
    *,
    offices: tuple[tuple[str, str], ...] = (("Bendahara", "1 Januari 2024 s.d. 31 Desember 2026"),),
) -> MemberProfileReport:
    return MemberProfileReport(
        header=HEADER,
        number="KSP-00042",
        fields=(
            ("Nomor anggota", "KSP-00042"),
            ("Nama lengkap", "Dewi Lestari Kusumawardhani"),
            ("NIK", "3273015504900002"),
            ("Jenis kelamin", "Perempuan"),
            ("Tempat, tanggal lahir", "Bandung, 15 April 1990"),
            ("Alamat", LONG_ADDRESS),
            ("Telepon", "+62 812-2345-6789"),
            ("Pekerjaan", "Pedagang"),
            ("Ahli waris", "Rudi Hartono (suami)"),
            ("Tanggal masuk", "2 Januari 2019"),
            ("Status", "Aktif"),
        ),
        history=(
            (dt.date(2019, 1, 2), "Aktif", "Pendaftaran anggota baru"),
            (dt.date(2023, 3, 1), "Diberhentikan sementara", "Tunggakan simpanan wajib"),
            (dt.date(2023, 9, 15), "Aktif", "Tunggakan dilunasi"),
        ),
        offices=offices,
    )
