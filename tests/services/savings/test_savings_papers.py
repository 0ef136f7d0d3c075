"""Savings papers' data: receipts, member statements, daily cash, the recap.

Expected figures are worked out by hand from the history in
``tests/savings_papers_scenario.py``."""

from __future__ import annotations

import pytest

from kopdesk.domain.permissions import Actor, Role
from kopdesk.errors import NotFoundError, ValidationError
from kopdesk.services.savings import corrections
from kopdesk.services.savings import papers as savings_papers
from kopdesk.storage.db import Book
from tests.savings_papers_scenario import D, build_history


@pytest.fixture
def history(book: Book, actors: dict[Role, Actor]) -> dict[str, str]:
    return build_history(book, actors[Role.KASIR], actors[Role.BENDAHARA])


def test_deposit_receipt_carries_words_member_and_balance(
    book: Book, history: dict[str, str]
) -> None:
    with book.read() as s:
        r = savings_papers.receipt(s, history["siti_2"])
    assert r.number == "BS-2025-000004"
    assert r.title == "BUKTI SETORAN SIMPANAN"
    assert (r.member_number, r.member_name) == ("A-0001", "Siti Aminah")
    assert (r.account_number, r.product_name) == ("SS-A-0001", "Simpanan Sukarela")
    assert (r.amount, r.cash_amount, r.penalty) == (250_000, 250_000, 0)
    assert r.amount_words == "Dua ratus lima puluh ribu rupiah"
    assert r.balance_after == 750_000  # 500.000 + 250.000
    assert r.date == D("2025-02-05")
    assert r.entry_number.startswith("JU-2025-")
    assert r.teller == "Kasir"  # the kasir user's full name, not the user name
    assert r.cash_account == "1101 Kas"
    assert r.party_label == "Telah terima dari"
    assert r.signatures == ("Penyetor", "Kasir")
    assert "Simpanan Sukarela" in r.purpose
    assert r.header.coop_name == "KSP Sejahtera Bersama"


def test_early_break_receipt_shows_penalty_and_net_paid(
    book: Book, history: dict[str, str]
) -> None:
    with book.read() as s:
        r = savings_papers.receipt(s, history["budi_cair"])
    assert r.number == "BP-2025-000002"
    assert r.title == "BUKTI PENARIKAN SIMPANAN"
    # 1 % of Rp1.000.000 broken on 10 Feb, months before maturity in Jan 2026
    assert (r.amount, r.penalty, r.cash_amount) == (1_000_000, 10_000, 990_000)
    assert r.amount_words == "Sembilan ratus sembilan puluh ribu rupiah"
    assert r.balance_after == 0
    assert r.signatures == ("Penerima", "Kasir")
    assert r.party_label == "Dibayarkan kepada"


def test_correction_receipt_names_the_original(
    book: Book, history: dict[str, str], bendahara: Actor, no_dual_control: None
) -> None:
    with book.unit_of_work() as s:
        fix = corrections.correct(
            s, bendahara, history["siti_3"], D("2025-03-02"), reason="Salah ketik"
        )
    with book.read() as s:
        r = savings_papers.receipt(s, fix.number)
        original = savings_papers.receipt(s, history["siti_3"])
    assert r.number.startswith("KS-2025-")
    assert r.title == "BUKTI KOREKSI SIMPANAN"
    assert r.reversal_of == history["siti_3"]
    assert original.reversed_by == r.number
    assert r.balance_after == 650_000  # 1.650.000 before the correction less 1.000.000
    assert r.amount_words == "Satu juta rupiah"


def test_receipt_of_unknown_number_is_not_found(book: Book, history: dict[str, str]) -> None:
    with book.read() as s, pytest.raises(NotFoundError):
        savings_papers.receipt(s, "BS-2025-999999")


def test_statement_around_a_period_boundary(book: Book, history: dict[str, str]) -> None:
    with book.read() as s:
        st = savings_papers.member_statement(s, "a-0001", D("2025-02-01"), D("2025-02-28"))
    assert (st.member_number, st.member_name) == ("A-0001", "Siti Aminah")
    by_number = {a.account_number: a for a in st.accounts}
    assert set(by_number) == {"SW-A-0001", "SS-A-0001"}
    ss = by_number["SS-A-0001"]
    assert ss.opening_balance == 500_000  # only the January deposit
    assert [(r.date, r.debit, r.credit, r.balance) for r in ss.rows] == [
        (D("2025-02-05"), 0, 250_000, 750_000),
        (D("2025-02-10"), 100_000, 0, 650_000),
    ]
    assert [r.receipt_number for r in ss.rows] == [history["siti_2"], history["siti_tarik"]]
    assert all(r.entry_number.startswith("JU-2025-") for r in ss.rows)
    assert (ss.total_debit, ss.total_credit, ss.closing_balance) == (100_000, 250_000, 650_000)
    sw = by_number["SW-A-0001"]
    assert (sw.opening_balance, sw.rows, sw.closing_balance) == (50_000, (), 50_000)
    assert (st.total_opening, st.total_closing) == (550_000, 700_000)
    # the March deposit lies after the period
    assert all(r.date <= D("2025-02-28") for a in st.accounts for r in a.rows)


def test_statement_keeps_a_closed_account_active_in_the_period(
    book: Book, history: dict[str, str]
) -> None:
    with book.read() as s:
        feb = savings_papers.member_statement(s, "A-0002", D("2025-02-01"), D("2025-02-28"))
        march = savings_papers.member_statement(s, "A-0002", D("2025-03-01"), D("2025-03-31"))
    sb = next(a for a in feb.accounts if a.account_number == "SB-A-0002-01")
    assert sb.status == "tutup"
    assert (sb.opening_balance, sb.total_debit, sb.closing_balance) == (1_000_000, 1_000_000, 0)
    assert [a.account_number for a in march.accounts] == ["SS-A-0002"]


def test_statement_refuses_a_reversed_period(book: Book, history: dict[str, str]) -> None:
    with book.read() as s, pytest.raises(ValidationError):
        savings_papers.member_statement(s, "A-0001", D("2025-03-01"), D("2025-02-01"))


def test_daily_cash_ties(book: Book, history: dict[str, str]) -> None:
    with book.read() as s:
        day = savings_papers.daily_cash(s, D("2025-02-10"))
    # before 10 Feb: 500.000 + 1.000.000 + 50.000 + 250.000 came in
    assert day.opening_balance == 1_800_000
    assert [(r.cash_in, r.cash_out) for r in day.rows] == [
        (0, 100_000),
        (2_000_000, 0),
        (0, 990_000),
    ]
    assert [r.receipt_number for r in day.rows] == [
        history["siti_tarik"],
        history["budi_1"],
        history["budi_cair"],
    ]
    assert [r.member for r in day.rows] == [
        "A-0001 Siti Aminah",
        "A-0002 Budi Santoso",
        "A-0002 Budi Santoso",
    ]
    assert (day.total_in, day.total_out) == (2_000_000, 1_090_000)
    assert day.closing_balance == 2_710_000
    assert [r.balance for r in day.rows] == [1_700_000, 3_700_000, 2_710_000]
    assert (day.account_code, day.account_name) == ("1101", "Kas")


def test_daily_cash_of_a_quiet_day(book: Book, history: dict[str, str]) -> None:
    with book.read() as s:
        day = savings_papers.daily_cash(s, D("2025-02-20"))
    assert day.rows == ()
    assert day.opening_balance == day.closing_balance == 2_710_000


def test_recap_subledger_equals_gl(book: Book, history: dict[str, str]) -> None:
    with book.read() as s:
        recap = savings_papers.savings_recap(s, D("2025-02-28"))
    rows = {r.product_code: r for r in recap.rows}
    assert (rows["sukarela"].accounts, rows["sukarela"].members) == (2, 2)
    assert rows["sukarela"].subledger == 2_650_000  # Siti 650.000 + Budi 2.000.000
    assert rows["sukarela"].gl == 2_650_000
    assert (rows["wajib"].accounts, rows["wajib"].subledger, rows["wajib"].gl) == (
        1,
        50_000,
        50_000,
    )
    assert (rows["berjangka"].accounts, rows["berjangka"].subledger) == (0, 0)
    assert rows["sukarela"].account_code == "2101"
    assert all(r.difference == 0 for r in recap.rows)
    assert recap.total_subledger == recap.total_gl == 2_700_000
    assert (recap.total_accounts, recap.total_members, recap.total_difference) == (3, 2, 0)


def test_recap_before_any_savings_is_zero(book: Book, history: dict[str, str]) -> None:
    with book.read() as s:
        recap = savings_papers.savings_recap(s, D("2025-01-01"))
    assert (recap.total_accounts, recap.total_members, recap.total_subledger) == (0, 0, 0)
