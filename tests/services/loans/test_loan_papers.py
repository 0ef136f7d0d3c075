"""Loan papers' data: simulation, agreement, card, receipts, arrears, kolektibilitas,
portfolio.

Expected figures are worked out by hand (KOPERASI.md §4.1 worked examples and
the history built by :func:`build_loans`), not taken from the code under test.

The history, written through the services (kasir applies, bendahara approves,
kasir disburses and takes payments):

====  ==========  =======================================================================
 #    date        what
====  ==========  =======================================================================
 1    2025-01-05  Rina (A-0003) deposits 25.000.000 sukarela (cash for the loans)
 2    2025-01-10  Siti (A-0001): Pinjaman Umum, flat 1 %/bulan, 9.000.000 × 12 bulan
                  (§4.1: 750.000 + 90.000 = 840.000 a month); provisi 1 % = 90.000,
                  admin 25.000 → cash 8.885.000 (PC-2025-000001)
 3    2025-02-10  Siti pays 840.000 (installment 1); 2025-03-10 again (installment 2)
 4    2025-03-01  Budi (A-0002): Pinjaman Usaha, menurun 12 %/tahun, 12.000.000 × 12
                  (§4.1: 1.120.000, 1.110.000, 1.100.000, …); provisi 120.000, admin
                  50.000 → cash 11.830.000 (PC-2025-000002)
 5    04-01 …     Budi pays installments 1–4 on their due dates (1.120.000, 1.110.000,
      07-01       1.100.000, 1.090.000)
 6    2025-08-05  Siti pays 1.000.000 late (BA-2025-000007)
====  ==========  =======================================================================

Per 31 Juli 2025 Siti has not paid installments 3–6 (due 10 April … 10 July):
overdue principal 4 × 750.000 = 3.000.000, interest 4 × 90.000 = 360.000, the
oldest due 10 April → 112 days past due (kurang lancar, aging 91–180 hari).
Late fee 0,1 % a day of the 840.000 unpaid = 840 a day per installment, every
day since its due date (past the 3 grace days): 112 + 82 + 51 + 21 = 266 days
→ 223.440.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from kopdesk.domain.loans import Method, RatePeriod, Terms, simulate
from kopdesk.domain.permissions import Actor, Role
from kopdesk.errors import NotFoundError
from kopdesk.services.loans import applications, disbursement
from kopdesk.services.loans import papers as loan_papers
from kopdesk.services.loans import payments as loan_payments
from kopdesk.services.loans.applications import LoanApplication
from kopdesk.services.members import register as members
from kopdesk.services.members.register import MemberInput
from kopdesk.services.savings import counter
from kopdesk.storage.db import Book

D = dt.date.fromisoformat
AS_OF = D("2025-07-31")


def _member(book: Book, actor: Actor, name: str, serial: int) -> str:
    data = MemberInput(
        full_name=name,
        nik=f"3273011708{85:02d}{serial:04d}",
        birth_date=dt.date(1985, 8, 17),
        sex="P" if serial != 2 else "L",
        join_date=D("2024-06-01"),
        address="Jl. Cikutra No. 12",
        phone="081234567890",
        occupation="Pedagang",
    )
    with book.unit_of_work() as s:
        return members.register_member(s, actor, data).number


def build_loans(book: Book, kasir: Actor, bendahara: Actor) -> dict[str, str]:
    """Write the history in the module docstring; returns loan and event numbers."""
    out: dict[str, str] = {}
    siti = _member(book, bendahara, "Siti Aminah", 1)
    budi = _member(book, bendahara, "Budi Santoso", 2)
    rina = _member(book, bendahara, "Rina Wati", 3)
    with book.unit_of_work() as s:
        counter.deposit(s, kasir, member=rina, product="sukarela", amount=25_000_000,
                        on=D("2025-01-05"))  # fmt: skip

    def open_loan(key: str, app: LoanApplication, day: str) -> None:
        with book.unit_of_work() as s:
            number = applications.apply(s, kasir, app).number
        with book.unit_of_work() as s:
            applications.approve(s, bendahara, number, app.applied_on, note="Layak, agunan cukup")
        with book.unit_of_work() as s:
            out[f"{key}_cair"] = disbursement.disburse(s, kasir, number, D(day)).number
        out[key] = number

    def pay(key: str, loan: str, amount: int, day: str) -> None:
        with book.unit_of_work() as s:
            out[key] = loan_payments.repay(s, kasir, out[loan], amount, D(day)).number

    open_loan(
        "siti",
        LoanApplication(
            member=siti, product="umum", amount=9_000_000, tenor=12, applied_on=D("2025-01-08"),
            purpose="Modal warung sembako", collateral="BPKB sepeda motor Honda Beat 2019 "
            "D 1234 ABC a.n. Siti Aminah", collateral_value=8_000_000,
            guarantors=(f"Rina Wati ({rina})",), rate_percent="1",
        ),
        "2025-01-10",
    )  # fmt: skip
    pay("siti_1", "siti", 840_000, "2025-02-10")
    pay("siti_2", "siti", 840_000, "2025-03-10")
    open_loan(
        "budi",
        LoanApplication(
            member=budi, product="usaha", amount=12_000_000, tenor=12, applied_on=D("2025-02-25"),
            purpose="Tambahan modal bengkel", rate_percent="12",
        ),
        "2025-03-01",
    )  # fmt: skip
    for i, (amount, day) in enumerate(
        [(1_120_000, "2025-04-01"), (1_110_000, "2025-05-01"), (1_100_000, "2025-06-01"),
         (1_090_000, "2025-07-01")], start=1,
    ):  # fmt: skip
        pay(f"budi_{i}", "budi", amount, day)
    pay("siti_late", "siti", 1_000_000, "2025-08-05")
    return out


@pytest.fixture
def history(book: Book, actors: dict[Role, Actor]) -> dict[str, str]:
    return build_loans(book, actors[Role.KASIR], actors[Role.BENDAHARA])


# --- simulation -----------------------------------------------------------------------


def test_flat_simulation_matches_the_worked_example() -> None:
    """KOPERASI.md §4.1: flat 9.000.000 over 12 months at 1 %/month → 840.000;
    1 %/month flat ≈ 1,79 %/month effective."""
    terms = Terms(9_000_000, Decimal(1), RatePeriod.MONTH, 12, Method.FLAT)
    r = loan_papers.simulation_report(simulate(terms, D("2025-01-10")))
    assert {row.total for row in r.rows} == {840_000}
    assert {(row.principal, row.interest) for row in r.rows} == {(750_000, 90_000)}
    assert (r.total_principal, r.total_interest, r.total) == (9_000_000, 1_080_000, 10_080_000)
    assert r.rows[0].due_date == D("2025-02-10")
    assert r.rows[-1].balance_after == 0
    assert r.first_installment == 840_000
    assert r.flat_rate_monthly == "1,00% per bulan"
    assert r.terms.effective.startswith("1,79% per bulan")
    assert r.header.coop_name == "Perhitungan angsuran pinjaman"  # no book


def test_annuity_simulation_matches_the_worked_example() -> None:
    """KOPERASI.md §4.1: anuitas 10.000.000 at 12 % p.a. over 24 months →
    A ≈ 470.735; month 1 interest 100.000, principal 370.735, balance 9.629.265;
    month 2 interest 96.293, principal 374.442."""
    terms = Terms(10_000_000, Decimal(12), RatePeriod.YEAR, 24, Method.ANUITAS)
    r = loan_papers.simulation_report(simulate(terms, D("2025-01-31")))
    first, second = r.rows[0], r.rows[1]
    assert (first.total, first.interest, first.principal) == (470_735, 100_000, 370_735)
    assert first.balance_after == 9_629_265
    assert (second.interest, second.principal) == (96_293, 374_442)
    assert r.total_principal == 10_000_000
    assert [y.year for y in r.years] == [1, 2]
    assert [(y.first, y.last) for y in r.years] == [(1, 12), (13, 24)]
    assert sum(y.total for y in r.years) == r.total
    assert r.rows[0].due_date == D("2025-02-28")  # a month after 31 January


def test_simulation_csv_lists_the_schedule_and_totals() -> None:
    terms = Terms(9_000_000, Decimal(1), RatePeriod.MONTH, 12, Method.FLAT)
    lines = loan_papers.simulation_csv(simulate(terms, D("2025-01-10"))).decode().splitlines()
    assert lines[0] == "number,due_date,principal,interest,total,balance"
    assert lines[1] == "1,2025-02-10,750000,90000,840000,8250000"
    assert lines[-1] == "total,,9000000,1080000,10080000,"
    assert len(lines) == 14


def test_simulation_in_a_book_carries_the_header(book: Book) -> None:
    terms = Terms(12_000_000, Decimal(12), RatePeriod.YEAR, 12, Method.MENURUN)
    with book.read() as s:
        r = loan_papers.simulation(s, terms, D("2025-03-01"), product_name="Pinjaman Usaha")
    assert r.header.coop_name == "KSP Sejahtera Bersama"
    assert [row.total for row in r.rows[:3]] == [1_120_000, 1_110_000, 1_100_000]
    assert r.product_name == "Pinjaman Usaha"


# --- agreement and card ---------------------------------------------------------------


def test_agreement_summary(book: Book, history: dict[str, str]) -> None:
    with book.read() as s:
        r = loan_papers.agreement(s, history["siti"])
    assert (r.loan_number, r.member_number, r.member_name) == (history["siti"], "A-0001",
                                                                 "Siti Aminah")  # fmt: skip
    assert r.terms.principal == 9_000_000
    assert r.terms.rate == "1% per bulan, flat (tetap)"
    assert r.terms.tenor == "12 bulan"
    assert (r.provisi, r.admin_fee, r.net_disbursed) == (90_000, 25_000, 8_885_000)
    assert r.collateral_value == 8_000_000
    assert r.guarantors == ("Rina Wati (A-0003)",)
    assert r.purpose == "Modal warung sembako"
    assert (r.applied_by, r.decided_by) == ("Kasir", "Bendahara")  # full names
    assert (r.applied_on, r.decided_on, r.disbursed_on) == (
        D("2025-01-08"), D("2025-01-08"), D("2025-01-10"),
    )  # fmt: skip
    assert r.decision_note == "Layak, agunan cukup"
    assert not r.schedule_is_estimate
    assert [row.total for row in r.rows] == [840_000] * 12
    assert (r.total_principal, r.total_interest) == (9_000_000, 1_080_000)
    assert r.member_nik == "3273011708850001"


def test_card_of_a_late_loan(book: Book, history: dict[str, str]) -> None:
    with book.read() as s:
        c = loan_papers.card(s, history["siti"], AS_OF)
    assert [r.state for r in c.rows[:7]] == [
        "Lunas", "Lunas", "Menunggak", "Menunggak", "Menunggak", "Menunggak", "",
    ]  # fmt: skip
    assert [r.balance_after for r in c.rows[:3]] == [8_250_000, 7_500_000, 7_500_000]
    assert c.rows[0].last_paid == D("2025-02-10")
    assert (c.total_paid_principal, c.total_paid_interest) == (1_500_000, 180_000)
    assert c.outstanding == 7_500_000
    assert (c.overdue_principal, c.overdue_interest) == (3_000_000, 360_000)
    assert c.late_fee_owed == c.total_late_fee_accrued == 223_440
    assert (c.days_past_due, c.grade) == (112, "Kurang lancar")
    assert [(p.kind, p.cash) for p in c.payments] == [
        ("Pencairan", 8_885_000), ("Angsuran", 840_000), ("Angsuran", 840_000),
    ]  # fmt: skip
    assert [p.outstanding_after for p in c.payments] == [9_000_000, 8_250_000, 7_500_000]


def test_card_after_the_late_payment(book: Book, history: dict[str, str]) -> None:
    """1.000.000 on 5 August: late fees first (266 + 4 × 5 = 286 days × 840 =
    240.240), then interest 4 × 90.000, then 399.760 principal of installment 3."""
    with book.read() as s:
        c = loan_papers.card(s, history["siti"], D("2025-08-05"))
    assert c.total_late_fee_paid == 240_240
    assert c.rows[2].paid_principal == 399_760
    assert c.rows[2].state == "Menunggak"
    assert c.outstanding == 7_100_240


# --- receipts ------------------------------------------------------------------------


def test_late_payment_receipt_splits_and_spells_the_amount(
    book: Book, history: dict[str, str]
) -> None:
    with book.read() as s:
        r = loan_papers.receipt(s, history["siti_late"])
    assert r.title == "BUKTI PEMBAYARAN ANGSURAN PINJAMAN"
    assert r.number.startswith("BA-2025-")
    assert (r.cash, r.amount_words) == (1_000_000, "Satu juta rupiah")
    assert (r.late_fee, r.interest, r.principal, r.overpayment) == (240_240, 360_000, 399_760, 0)
    assert [(p.number, p.late_fee, p.interest, p.principal) for p in r.parts] == [
        (3, 117 * 840, 90_000, 399_760),
        (4, 87 * 840, 90_000, 0),
        (5, 56 * 840, 90_000, 0),
        (6, 26 * 840, 90_000, 0),
    ]
    assert r.parts[0].due_date == D("2025-04-10")
    assert r.outstanding_after == 7_100_240
    assert (r.teller, r.cash_account) == ("Kasir", "1101 Kas")
    assert r.signatures == ("Penyetor", "Kasir")


def test_disbursement_slip(book: Book, history: dict[str, str]) -> None:
    with book.read() as s:
        r = loan_papers.receipt(s, history["budi_cair"])
    assert r.title == "BUKTI PENCAIRAN PINJAMAN"
    assert (r.principal, r.provisi, r.admin_fee, r.cash) == (12_000_000, 120_000, 50_000,
                                                             11_830_000)  # fmt: skip
    assert r.amount_words == "Sebelas juta delapan ratus tiga puluh ribu rupiah"
    assert r.outstanding_after == 12_000_000
    assert r.party_label == "Dibayarkan kepada"


def test_receipt_of_unknown_event_is_not_found(book: Book, history: dict[str, str]) -> None:
    with book.read() as s, pytest.raises(NotFoundError):
        loan_papers.receipt(s, "BA-2025-999999")


# --- arrears, kolektibilitas, portfolio -------------------------------------------------


def test_arrears_list_as_of_a_date(book: Book, history: dict[str, str]) -> None:
    with book.read() as s:
        r = loan_papers.arrears(s, AS_OF)
    assert [row.loan_number for row in r.rows] == [history["siti"]]
    row = r.rows[0]
    assert (row.outstanding, row.overdue_principal, row.overdue_interest, row.late_fee) == (
        7_500_000, 3_000_000, 360_000, 223_440,
    )  # fmt: skip
    assert row.overdue_total == 3_583_440
    assert (row.days_past_due, row.bucket, row.grade) == (112, "91–180 hari", "Kurang lancar")
    buckets = {b.label: b for b in r.buckets}
    assert (buckets["Belum jatuh tempo / tepat waktu"].loans,
            buckets["Belum jatuh tempo / tepat waktu"].outstanding) == (1, 8_000_000)  # fmt: skip
    assert (buckets["91–180 hari"].loans, buckets["91–180 hari"].overdue) == (1, 3_583_440)
    assert (r.loans_running, r.portfolio_outstanding, r.total_overdue) == (2, 15_500_000,
                                                                           3_583_440)  # fmt: skip


def test_arrears_before_anything_was_late(book: Book, history: dict[str, str]) -> None:
    with book.read() as s:
        r = loan_papers.arrears(s, D("2025-03-31"))
    assert r.rows == ()
    assert (r.loans_running, r.portfolio_outstanding) == (2, 7_500_000 + 12_000_000)


def test_collectibility_and_allowance(book: Book, history: dict[str, str]) -> None:
    """Lancar 8.000.000 × 0,5 % = 40.000 (Budi, no collateral). Kurang lancar: Siti owes
    7.500.000 with a BPKB worth 8.000.000, counted 50% = 4.000.000 (KOPERASI.md §4.4,
    kendaraan by default), so (7.500.000 − 4.000.000) × 10 % = 350.000; 390.000 in all,
    nothing formed yet; NPL 7.500.000 / 15.500.000 = 48,39 %."""
    with book.read() as s:
        r = loan_papers.collectibility(s, AS_OF)
    grades = {g.grade_code: g for g in r.grades}
    assert (grades["lancar"].loans, grades["lancar"].outstanding, grades["lancar"].required) == (
        1, 8_000_000, 40_000,
    )  # fmt: skip
    kl = grades["kurang_lancar"]
    assert (kl.outstanding, kl.collateral_deducted, kl.required) == (7_500_000, 4_000_000, 350_000)
    assert grades["kurang_lancar"].percent == Decimal(10)
    assert grades["macet"].days == "lebih dari 360 hari"
    assert (r.required_total, r.allowance_formed, r.shortfall) == (390_000, 0, 390_000)
    assert r.collateral_deducted_total == 4_000_000
    siti = next(row for row in r.rows if row.loan_number == history["siti"])
    assert (siti.collateral_kind, siti.collateral_value, siti.collateral_counted) == (
        "Kendaraan (BPKB)", 8_000_000, 4_000_000,
    )  # fmt: skip
    assert [(c.kind, int(c.percent)) for c in r.collateral_shares] == [
        ("Simpanan/deposito diblokir", 100), ("Tanah/bangunan bersertifikat", 80),
        ("Kendaraan (BPKB)", 50), ("Agunan lain", 0),
    ]  # fmt: skip
    assert (r.npl, r.npl_percent) == (7_500_000, Decimal("48.39"))
    assert r.coverage_percent == Decimal("0.00")
    assert [row.loan_number for row in r.rows] == [history["siti"], history["budi"]]


def test_portfolio_per_product(book: Book, history: dict[str, str]) -> None:
    with book.read() as s:
        r = loan_papers.portfolio(s, AS_OF)
    rows = {row.product_code: row for row in r.rows}
    assert (rows["umum"].loans, rows["umum"].outstanding, rows["umum"].npl) == (
        1, 7_500_000, 7_500_000,
    )  # fmt: skip
    assert rows["umum"].npl_percent == Decimal("100.00")
    assert (rows["umum"].disbursed_count, rows["umum"].disbursed) == (1, 9_000_000)
    assert (rows["usaha"].outstanding, rows["usaha"].disbursed, rows["usaha"].npl) == (
        8_000_000, 12_000_000, 0,
    )  # fmt: skip
    assert (rows["darurat"].loans, rows["darurat"].outstanding) == (0, 0)
    assert (r.total_loans, r.total_outstanding, r.total_disbursed) == (2, 15_500_000, 21_000_000)
    assert r.npl_percent == Decimal("48.39")
    assert r.ledger_outstanding == 15_500_000
    assert r.year_start == D("2025-01-01")


def test_portfolio_of_the_next_year_counts_no_disbursement(
    book: Book, history: dict[str, str]
) -> None:
    with book.read() as s:
        r = loan_papers.portfolio(s, D("2026-01-31"))
    assert r.total_disbursed == 0


def test_agreement_of_an_application_shows_an_estimate(
    book: Book, history: dict[str, str], actors: dict[Role, Actor]
) -> None:
    with book.unit_of_work() as s:
        number = applications.apply(
            s, actors[Role.KASIR],
            LoanApplication(member="A-0003", product="darurat", amount=1_200_000, tenor=6,
                            applied_on=D("2025-08-01"), purpose="Biaya sekolah"),
        ).number  # fmt: skip
    with book.read() as s:
        r = loan_papers.agreement(s, number)
    assert r.schedule_is_estimate
    assert r.disbursed_on is None
    assert r.status == "Diajukan"
    assert (r.provisi, r.admin_fee, r.net_disbursed) == (0, 10_000, 1_190_000)
    assert r.total_principal == 1_200_000
