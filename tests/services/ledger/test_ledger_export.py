"""``kopdesk export ledger`` (issue 19): the journal as hledger and beancount text, on a
small book whose every line is known: the accounts with their names, the entries with
their numbers, dates and memos, reversals, and the member and savings account of a
counter deposit as tags."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from sqlalchemy.orm import Session

from kopdesk.cli import main
from kopdesk.cli.ledger_export import FORMATS
from kopdesk.domain.permissions import Actor, Role
from kopdesk.services.base import users
from kopdesk.services.ledger import books, journal, ledger_export
from kopdesk.services.ledger.ledger_export import LedgerFormat
from kopdesk.services.ledger.reports import LedgerInvariantError
from kopdesk.services.members import register as members
from kopdesk.services.members.register import MemberInput
from kopdesk.services.savings import counter
from kopdesk.services.setup.book import create_book
from kopdesk.storage.db import Book
from tests.conftest import PASSWORD, PostFn
from tests.helpers import postgres_book


@pytest.fixture
def small_book(book: Book, post: PostFn, actors: dict[Role, Actor], no_dual_control: None) -> Book:
    """Three entries: a manual one with awkward text, its reversal, a counter deposit."""
    bendahara, kasir = actors[Role.BENDAHARA], actors[Role.KASIR]
    post("2025-01-05", [("1101", 1_250_000), ("3201", -1_250_000)], 'Modal; awal "A"\nbaris 2')
    post("2025-01-06", [("5202", 35_000), ("1101", -35_000)], "Bayar listrik")
    with book.unit_of_work() as s:
        journal.reverse_entry(s, "JU-2025-000002", dt.date(2025, 1, 7), actor=bendahara)
    data = MemberInput(
        full_name="Ani Lestari",
        nik="3273011708850001",
        birth_date=dt.date(1985, 8, 17),
        sex="P",
        join_date=dt.date(2025, 1, 2),
    )
    with book.unit_of_work() as s:
        number = members.register_member(s, bendahara, data).number
    with book.unit_of_work() as s:
        counter.deposit(s, kasir, member=number, product="sukarela", amount=50_000,
                        on=dt.date(2025, 2, 1))  # fmt: skip
    return book


@pytest.fixture
def password(monkeypatch: pytest.MonkeyPatch) -> None:
    """The command signs in as ``admin`` with the test password."""
    monkeypatch.setenv("KOPDESK_PASSWORD", PASSWORD)
    monkeypatch.delenv("KOPDESK_USER", raising=False)


def exported(book: Book, fmt: LedgerFormat, batch: int = 5_000) -> str:
    with book.read() as s:
        return b"".join(ledger_export.export_chunks(s, fmt, batch=batch)).decode()


def entries_of(text: str) -> str:
    """The text from the first dated entry on (after the header's directives)."""
    start = text.index("\n2025-01-05 ")
    return text[start + 1 :]


def test_the_hledger_text_of_a_small_book(small_book: Book) -> None:
    text = exported(small_book, LedgerFormat.HLEDGER)
    assert text.startswith("; Jurnal umum KSP Sejahtera Bersama: diekspor oleh kopdesk ")
    assert "\ndecimal-mark .\ncommodity 1000. IDR\n" in text
    assert "\naccount 1 ASET  ; type:A, code:1, name:ASET, header:ya\n" in text
    assert (
        "\naccount 1 ASET:1100 Kas dan setara kas:1101 Kas  ; type:A, code:1101, name:Kas\n"
    ) in text
    assert "\naccount 4 PENDAPATAN  ; type:R," in text
    assert "\naccount 5 BEBAN  ; type:X," in text
    assert (
        entries_of(text)
        == (
            '2025-01-05 (JU-2025-000001) Modal, awal "A" baris 2  ; source:manual\n'
            "    1 ASET:1100 Kas dan setara kas:1101 Kas  1250000 IDR\n"
            "    3 EKUITAS:3200 Modal penyertaan dan penyetaraan:3201 Modal penyertaan"
            "  -1250000 IDR\n"
            "\n"
            "2025-01-06 (JU-2025-000002) Bayar listrik"
            "  ; source:manual, reversed_by:JU-2025-000003\n"
            "    5 BEBAN:5200 Beban usaha:5202 Gaji / honor karyawan  35000 IDR\n"
            "    1 ASET:1100 Kas dan setara kas:1101 Kas  -35000 IDR\n"
            "\n"
            "2025-01-07 (JU-2025-000003) Pembalik JU-2025-000002: Bayar listrik"
            "  ; source:reversal, reverses:JU-2025-000002\n"
            "    5 BEBAN:5200 Beban usaha:5202 Gaji / honor karyawan  -35000 IDR\n"
            "    1 ASET:1100 Kas dan setara kas:1101 Kas  35000 IDR\n"
            "\n"
        )
        + DEPOSIT_HLEDGER
    )


DEPOSIT_HLEDGER = (
    "2025-02-01 (JU-2025-000004) Setoran Simpanan Sukarela Ani Lestari (A-0001)"
    "  ; source:simpanan\n"
    "    1 ASET:1100 Kas dan setara kas:1101 Kas  50000 IDR  ; member:A-0001\n"
    "    2 LIABILITAS:2100 Simpanan non-ekuitas:2101 Simpanan sukarela anggota  -50000 IDR"
    "  ; member:A-0001, savings:SS-A-0001\n"
    "\n"
)
"""A counter deposit: the member on both lines, the savings account on its own."""


def test_the_beancount_text_of_a_small_book(small_book: Book) -> None:
    text = exported(small_book, LedgerFormat.BEANCOUNT)
    assert '\noption "title" "KSP Sejahtera Bersama"\noption "operating_currency" "IDR"\n' in text
    assert "\n2025-01-01 commodity IDR\n" in text
    assert '\n2025-01-01 open Assets:1100:1101 IDR\n  code: "1101"\n  name: "Kas"\n' in text
    assert "open Assets IDR" not in text  # a root is not opened
    assert entries_of(text).startswith(
        '2025-01-05 * "Modal; awal \\"A\\" baris 2"\n'
        '  number: "JU-2025-000001"\n'
        '  source: "manual"\n'
        "  Assets:1100:1101  1250000 IDR\n"
        "  Equity:3200:3201  -1250000 IDR\n"
        "\n"
    )


@pytest.mark.parametrize("fmt", list(LedgerFormat))
def test_the_text_is_the_same_whatever_the_batch(small_book: Book, fmt: LedgerFormat) -> None:
    """An entry split over two batches of lines comes whole, once, in order."""
    whole = exported(small_book, fmt)
    for batch in (1, 2, 3, 7):
        assert exported(small_book, fmt, batch=batch) == whole


@pytest.mark.usefixtures("password")
def test_the_command_writes_the_file(
    small_book: Book, book_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "nama dengan spasi é" / "jurnal.journal"
    out.parent.mkdir()
    argv = ["export", "ledger", "--db", str(book_path), "--format", "hledger", "--out", str(out)]
    assert main(argv) == 0
    assert out.read_text(encoding="utf-8") == exported(small_book, LedgerFormat.HLEDGER)
    assert capsys.readouterr().out.strip() == str(out)


@pytest.mark.usefixtures("password")
def test_the_command_refuses_an_unknown_format(book_path: Path, tmp_path: Path) -> None:
    out = tmp_path / "x.txt"
    argv = ["export", "ledger", "--db", str(book_path), "--format", "ledger", "--out", str(out)]
    assert main(argv) == 2
    assert not out.exists()


def test_the_parser_offers_the_services_formats() -> None:
    assert tuple(f.value for f in LedgerFormat) == FORMATS


@pytest.mark.usefixtures("password")
def test_a_failed_export_leaves_no_file(
    small_book: Book, book_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(*_args: object, **_kwargs: object) -> str:
        raise LedgerInvariantError("entry does not balance")

    monkeypatch.setattr(ledger_export, "hledger_entry", broken)
    out = tmp_path / "jurnal.journal"
    argv = ["export", "ledger", "--db", str(book_path), "--format", "hledger", "--out", str(out)]
    with pytest.raises(LedgerInvariantError):
        main(argv)
    assert not out.exists()
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".kopdesk-")]


def _pg_setup(session: Session) -> None:
    first = users.create_first_admin(session, "admin", PASSWORD).actor()
    create_book(session, books.ProfileInput(name="KSP Antar Kantor"), 2025, actor=first)
    users.create_user(session, first, "bendahara", Role.BENDAHARA, PASSWORD)


def test_the_export_streams_postgresql_the_same_way() -> None:
    """PostgreSQL gives rows and dates, not SQLite's tuples and ISO text: the same text."""
    with postgres_book(_pg_setup) as pg:
        with pg.read() as s:
            actor = next(u.actor() for u in users.list_users(s) if u.role is Role.BENDAHARA)
        with pg.unit_of_work() as s:
            for day, amount in ((5, 1_250_000), (6, 35_000)):
                lines = [journal.LineInput("1101", amount), journal.LineInput("3201", -amount)]
                entry = journal.EntryInput(dt.date(2025, 1, day), f"Setoran {day}", lines)
                journal.post_entry(s, entry, actor=actor)
        text = exported(pg, LedgerFormat.HLEDGER, batch=1)
        assert exported(pg, LedgerFormat.BEANCOUNT).count(' * "Setoran ') == 2
    cash = "1 ASET:1100 Kas dan setara kas:1101 Kas"
    capital = "3 EKUITAS:3200 Modal penyertaan dan penyetaraan:3201 Modal penyertaan"
    assert entries_of(text) == (
        "2025-01-05 (JU-2025-000001) Setoran 5  ; source:manual\n"
        f"    {cash}  1250000 IDR\n    {capital}  -1250000 IDR\n\n"
        "2025-01-06 (JU-2025-000002) Setoran 6  ; source:manual\n"
        f"    {cash}  35000 IDR\n    {capital}  -35000 IDR\n\n"
    )
