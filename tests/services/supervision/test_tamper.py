"""Edits made with sqlite3 behind kopdesk's back, beyond the journal and the audit
trail (issue 14): users and roles, accounts, fiscal years, members, savings and
loans, the document registry, settings, number series and the database's guards.
Each is found by ``verify-books`` and named by its table and key."""

from __future__ import annotations

import datetime as dt
import hashlib
import sqlite3
from pathlib import Path

import pytest

from kopdesk.app import papers as documents
from kopdesk.app.auth import sign_in
from kopdesk.domain.permissions import Actor, Role
from kopdesk.services.base import users
from kopdesk.services.closing import yearend
from kopdesk.services.ledger import journal
from kopdesk.services.ledger.documents import verify_document
from kopdesk.services.ledger.journal import EntryInput, LineInput
from kopdesk.services.loans import applications, disbursement
from kopdesk.services.members import register as members
from kopdesk.services.members.register import MemberInput
from kopdesk.services.savings import counter
from kopdesk.services.supervision.integrity import BookVerification, verify_books
from kopdesk.storage.db import Book
from tests.conftest import PASSWORD

D = dt.date


def verify(book: Book, actor: Actor) -> BookVerification:
    with book.read() as s:
        return verify_books(s, actor)


def tamper(path: Path, *statements: str, drop_guards: bool = True) -> None:
    """What someone with an SQLite editor could do: drop kopdesk's guards, then edit."""
    conn = sqlite3.connect(path)
    if drop_guards:
        for (name,) in conn.execute("SELECT name FROM sqlite_master WHERE type = 'trigger'"):
            conn.execute(f"DROP TRIGGER {name}")
    for statement in statements:
        conn.execute(statement)
    conn.commit()
    conn.close()


def row_problems(result: BookVerification) -> list[str]:
    return [p.message for p in result.problems if p.chain == "isi"]


@pytest.fixture
def history(book: Book, actors: dict[Role, Actor]) -> dict[str, str]:
    """A member with a savings receipt and a loan, and one printed paper."""
    kasir, bendahara = actors[Role.KASIR], actors[Role.BENDAHARA]
    data = MemberInput(
        full_name="Siti Aminah", nik="3273015504900002", birth_date=D(1990, 4, 15),
        sex="P", join_date=D(2024, 6, 1),
    )  # fmt: skip
    with book.unit_of_work() as s:
        member = members.register_member(s, bendahara, data).number
        receipt = counter.deposit(
            s, kasir, member=member, product="sukarela", amount=20_000_000, on=D(2025, 1, 2)
        ).number
    with book.unit_of_work() as s:
        loan = applications.apply(
            s, kasir, applications.LoanApplication(member, "umum", 9_000_000, 12, D(2025, 1, 15))
        ).number
        applications.approve(s, bendahara, loan, D(2025, 1, 15))
        disbursement.disburse(s, kasir, loan, D(2025, 1, 15))
    documents.trial_balance_pdf(book, D(2025, 1, 31), actor=bendahara)
    return {"member": member, "receipt": receipt, "loan": loan}


def test_an_untouched_book_with_every_kind_of_row_verifies_clean(
    book: Book, admin: Actor, history: dict[str, str]
) -> None:
    result = verify(book, admin)
    assert result.problems == ()
    assert result.seals_checked > 0


def test_a_role_changed_outside_kopdesk_is_named_even_after_that_user_signs_in(
    book: Book, book_path: Path, admin: Actor, history: dict[str, str]
) -> None:
    """kasir -> admin with sqlite3; the false admin signs in (kopdesk writes that user's
    row again) and adds an admin of their own. Both steps leave the change in sight."""
    tamper(book_path, "UPDATE app_user SET role = 'admin' WHERE username = 'kasir'")
    false_admin = sign_in(book, "kasir", PASSWORD)
    assert false_admin.role is Role.ADMIN
    with book.unit_of_work() as s:
        users.create_user(s, false_admin, "kawan", Role.ADMIN, PASSWORD)
    problems = row_problems(verify(book, admin))
    assert any(
        p.startswith("Pengguna kasir (app_user id=4) diubah di luar kopdesk") for p in problems
    )
    assert not any("kawan" in p for p in problems)  # added through kopdesk, by the false admin


@pytest.mark.parametrize(
    ("statement", "expected"),
    [
        (
            "UPDATE account SET code = '1199' WHERE code = '1101'",
            "Akun 1199 (account id={id}) diubah di luar kopdesk.",
        ),
        (
            "UPDATE member SET full_name = 'Siti Palsu' WHERE number = 'A-0001'",
            "Anggota A-0001 (member id=1) diubah di luar kopdesk.",
        ),
        (
            "UPDATE savings_tx SET amount = 2000000 WHERE id = 1",
            "Transaksi simpanan {receipt} (savings_tx id=1) diubah di luar kopdesk.",
        ),
        (
            "UPDATE loan SET amount = 90000000 WHERE id = 1",
            "Pinjaman {loan} (loan id=1) diubah di luar kopdesk.",
        ),
        (
            "UPDATE setting SET value = '1' WHERE key = 'journal.reversal_approval_days'",
            "Pengaturan journal.reversal_approval_days "
            "(setting key=journal.reversal_approval_days) diubah di luar kopdesk.",
        ),
        (
            "DELETE FROM loan_installment WHERE number = 12",
            "Jadwal angsuran (loan_installment loan_id=1, number=12) dihapus di luar kopdesk.",
        ),
        (
            "INSERT INTO organ_role (member_id, role, term_start) "
            "VALUES (1, 'ketua', '2025-01-01')",
            "Jabatan pengurus/pengawas (organ_role id=1) disisipkan di luar kopdesk.",
        ),
    ],
)
def test_each_changed_inserted_or_deleted_row_is_named(
    book: Book,
    book_path: Path,
    admin: Actor,
    history: dict[str, str],
    statement: str,
    expected: str,
) -> None:
    with book.read() as s:
        from kopdesk.services.ledger.accounts import get_account

        cash_id = get_account(s, "1101").id
    if statement.startswith("UPDATE setting"):
        with book.unit_of_work() as s:  # the setting must exist to be edited
            from kopdesk.services.base import settings

            settings.set_int(s, settings.REVERSAL_APPROVAL_DAYS, 30)
    tamper(book_path, statement)
    assert row_problems(verify(book, admin)) == [expected.format(id=cash_id, **history)]


def test_a_forged_paper_whose_hash_replaced_the_registered_one_is_not_genuine(
    book: Book, book_path: Path, admin: Actor, history: dict[str, str], tmp_path: Path
) -> None:
    forged = bytearray(documents.trial_balance_pdf(book, D(2025, 1, 31), actor=admin))
    forged[len(forged) // 2] ^= 0x01
    tamper(
        book_path,
        f"UPDATE document SET sha256 = '{hashlib.sha256(forged).hexdigest()}' "
        "WHERE number = 'DOK-2026-000002'",
    )
    assert row_problems(verify(book, admin)) == [
        "Catatan dokumen DOK-2026-000002 (document id=2) diubah di luar kopdesk."
    ]
    with book.read() as s:
        check = verify_document(s, admin, bytes(forged))
    assert not check.ok
    assert "PERHATIAN" in check.message
    assert "diubah di luar kopdesk" in check.message


def test_a_guard_replaced_by_a_no_op_of_the_same_name_is_found(
    book: Book, book_path: Path, admin: Actor
) -> None:
    tamper(
        book_path,
        "DROP TRIGGER trg_journal_line_no_update",
        "CREATE TRIGGER trg_journal_line_no_update BEFORE UPDATE ON journal_line "
        "BEGIN SELECT 1; END",
        drop_guards=False,
    )
    result = verify(book, admin)
    assert [p.message for p in result.problems] == [
        "Pengaman basis data trg_journal_line_no_update diganti: isinya (SQL) tidak sama "
        "dengan yang dipasang kopdesk; buku dibuka dengan program lain."
    ]


def test_a_closed_year_opened_behind_kopdesk_posted_into_and_closed_again_is_found(
    book: Book, book_path: Path, admin: Actor, bendahara: Actor
) -> None:
    entry = EntryInput(
        D(2025, 3, 1), "Setoran", [LineInput("1101", 1_000), LineInput("3901", -1_000)]
    )
    with book.unit_of_work() as s:
        journal.post_entry(s, entry, actor=bendahara)
    with book.unit_of_work() as s:
        yearend.close_year(s, bendahara, 2025, today=D(2026, 2, 1))
    tamper(book_path, "UPDATE fiscal_year SET status = 'open' WHERE year = 2025", drop_guards=False)
    late = EntryInput(D(2025, 12, 20), "Susulan", [LineInput("5205", 500), LineInput("1101", -500)])
    with book.unit_of_work() as s:
        posted = journal.post_entry(s, late, actor=bendahara)
    tamper(
        book_path, "UPDATE fiscal_year SET status = 'closed' WHERE year = 2025", drop_guards=False
    )
    result = verify(book, admin)
    assert [p.ref for p in result.problems] == [posted.number]
    assert result.problems[0].message.startswith(
        f"Jurnal {posted.number} diposting ke tahun buku 2025 saat tahun itu sudah ditutup"
    )


def test_a_tail_cut_with_the_chain_heads_and_numbers_reset_is_found(
    book: Book, book_path: Path, admin: Actor, bendahara: Actor
) -> None:
    """The last entry and its audit record deleted, chain_state and doc_sequence set back:
    the journal and audit chains look whole, the number series' seal does not."""
    for day in (3, 4):
        entry = EntryInput(
            D(2025, 3, day), "Setoran", [LineInput("1101", 1_000), LineInput("3901", -1_000)]
        )
        with book.unit_of_work() as s:
            journal.post_entry(s, entry, actor=bendahara)
    tamper(
        book_path,
        "DELETE FROM journal_line WHERE entry_id = 2",
        "DELETE FROM journal_entry WHERE id = 2",
        "DELETE FROM audit_log WHERE chain_seq = (SELECT MAX(chain_seq) FROM audit_log)",
        "UPDATE chain_state SET last_seq = 1, last_hash = (SELECT hash FROM journal_entry "
        "WHERE id = 1) WHERE name = 'journal'",
        "UPDATE chain_state SET last_seq = last_seq - 1, last_hash = (SELECT hash FROM "
        "audit_log ORDER BY chain_seq DESC LIMIT 1) WHERE name = 'audit'",
        "UPDATE doc_sequence SET last_value = 1 WHERE key = 'JU-2025'",
    )
    result = verify(book, admin)
    assert "Nomor urut JU-2025 (doc_sequence key=JU-2025) diubah di luar kopdesk." in (
        row_problems(result)
    )
