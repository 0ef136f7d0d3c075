"""The lending cycle through the services: each step's rule, allowed and refused
(refused = book unchanged), the journal it posts, and the loan sub-ledger = the GL."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest
from sqlalchemy import func, select

from kopdesk.app.auth import request_approval
from kopdesk.domain.loans import Grade, Method
from kopdesk.domain.money import Rounding
from kopdesk.domain.permissions import Actor, Permission, Role
from kopdesk.domain.vocabulary import MemberStatus
from kopdesk.errors import (
    AccountError,
    ApprovalRequiredError,
    DomainError,
    InsufficientBalanceError,
    PermissionDeniedError,
    ValidationError,
)
from kopdesk.models import Account, JournalLine
from kopdesk.services.ledger import journal
from kopdesk.services.loans import applications, disbursement, payments, restructuring, schedules
from kopdesk.services.loans import products as loan_products
from kopdesk.services.loans import quality as loan_quality
from kopdesk.services.loans import records as loan_records
from kopdesk.services.members import register as members
from kopdesk.services.members.register import MemberInput
from kopdesk.services.savings import counter
from kopdesk.storage.db import Book
from tests.conftest import PASSWORD
from tests.helpers import Snapshot

D = dt.date


def _member(book: Book, actor: Actor, name: str, serial: int) -> str:
    data = MemberInput(
        full_name=name, nik=f"3273011708{85:02d}{serial:04d}", birth_date=D(1985, 8, 17),
        sex="L", join_date=D(2024, 6, 1),
    )  # fmt: skip
    with book.unit_of_work() as s:
        return members.register_member(s, actor, data).number


@pytest.fixture
def kasir(actors: dict[Role, Actor]) -> Actor:
    return actors[Role.KASIR]


@pytest.fixture
def siti(book: Book, bendahara: Actor, kasir: Actor) -> str:
    """A member, and Rp50 juta in the cash box (her savings) to lend from."""
    number = _member(book, bendahara, "Siti Aminah", 1)
    with book.unit_of_work() as s:
        counter.deposit(
            s, kasir, member=number, product="sukarela", amount=50_000_000, on=D(2025, 1, 2)
        )
    return number


START = D(2025, 1, 15)


def _running(
    book: Book, kasir: Actor, bendahara: Actor, member: str, product: str = "umum",
    amount: int = 9_000_000, tenor: int = 12, on: dt.date = START,
) -> str:  # fmt: skip
    with book.unit_of_work() as s:
        number = applications.apply(
            s, kasir, applications.LoanApplication(member, product, amount, tenor, on)
        ).number
        applications.approve(s, bendahara, number, on)
        disbursement.disburse(s, kasir, number, on)
    return number


def _refused(
    book: Book,
    snapshot: Callable[[], Snapshot],
    error: type[Exception],
    fn: Callable[..., object],
    *args: object,
    match: str | None = None,
    **kwargs: object,
) -> None:
    before = snapshot()
    with pytest.raises(error, match=match), book.unit_of_work() as s:
        fn(s, *args, **kwargs)
    assert snapshot() == before


def _receivables(book: Book) -> int:
    with book.read() as s:
        ids = list(
            s.execute(
                select(Account.id).where(Account.code.in_(("1301", "1302", "1303")))
            ).scalars()
        )
        return int(
            s.execute(
                select(func.coalesce(func.sum(JournalLine.amount), 0)).where(
                    JournalLine.account_id.in_(ids)
                )
            ).scalar_one()
        )


# --- application and approval ---------------------------------------------------------


def test_application_limits_and_member_status(
    book: Book, kasir: Actor, bendahara: Actor, siti: str, snapshot: Callable[[], Snapshot]
) -> None:
    for amount, tenor, field in ((400_000, 12, "amount"), (60_000_000, 12, "amount"),
                                 (9_000_000, 37, "tenor")):  # fmt: skip
        before = snapshot()
        with pytest.raises(ValidationError) as caught, book.unit_of_work() as s:
            applications.apply(
                s, kasir, applications.LoanApplication(siti, "umum", amount, tenor, D(2025, 2, 1))
            )
        assert caught.value.field == field
        assert snapshot() == before
    left = _member(book, bendahara, "Sudah Keluar", 2)
    with book.unit_of_work() as s:
        members.change_status(
            s, bendahara, left, MemberStatus.KELUAR, on=D(2025, 1, 5), reason="Pindah"
        )
    _refused(
        book, snapshot, DomainError, applications.apply, kasir,
        applications.LoanApplication(left, "umum", 1_000_000, 6, D(2025, 2, 1)), match="aktif",
    )  # fmt: skip


def test_the_one_who_entered_it_cannot_approve_it(
    book: Book, kasir: Actor, bendahara: Actor, actors: dict[Role, Actor], siti: str,
    snapshot: Callable[[], Snapshot],
) -> None:  # fmt: skip
    with book.unit_of_work() as s:
        number = applications.apply(
            s, bendahara, applications.LoanApplication(siti, "umum", 2_000_000, 6, D(2025, 2, 1))
        ).number
    _refused(book, snapshot, DomainError, applications.approve, bendahara, number, D(2025, 2, 2),
             match="pengguna lain")  # fmt: skip
    _refused(
        book, snapshot, PermissionDeniedError, applications.approve, kasir, number, D(2025, 2, 2)
    )
    with book.unit_of_work() as s:
        info = applications.approve(
            s, actors[Role.KETUA], number, D(2025, 2, 2), note="Usaha jelas"
        )
    assert (info.status, info.decided_by) == ("disetujui", "ketua")
    _refused(book, snapshot, DomainError, applications.approve, actors[Role.KETUA], number,
             D(2025, 2, 3), match="berstatus disetujui")  # fmt: skip


def test_rejection_needs_a_reason(
    book: Book, kasir: Actor, bendahara: Actor, siti: str, snapshot: Callable[[], Snapshot]
) -> None:
    with book.unit_of_work() as s:
        number = applications.apply(
            s, kasir, applications.LoanApplication(siti, "usaha", 5_000_000, 12, D(2025, 2, 1))
        ).number
    _refused(book, snapshot, ValidationError, applications.reject, bendahara, number, D(2025, 2, 2),
             reason="x")  # fmt: skip
    with book.unit_of_work() as s:
        info = applications.reject(
            s, bendahara, number, D(2025, 2, 2), reason="Usaha belum berjalan"
        )
    assert info.status == "ditolak"


def test_approval_warns_about_related_parties_and_arrears(
    book: Book, kasir: Actor, bendahara: Actor, admin: Actor, siti: str
) -> None:
    # Siti sits on the board: loans to pengurus/pengawas are limited to 10% of modal sendiri.
    # Modal sendiri here is only her sukarela? No: sukarela is a liability; equity is 0, so
    # any loan to her is above the limit.
    with book.unit_of_work() as s:
        members.assign_organ(s, admin, siti, members.OrganKind.BENDAHARA, term_start=D(2025, 1, 1))
    first = _running(book, kasir, bendahara, siti, amount=3_000_000, tenor=6)
    with book.unit_of_work() as s:
        number = applications.apply(
            s, kasir, applications.LoanApplication(siti, "darurat", 1_000_000, 6, D(2025, 5, 1))
        ).number
        info = applications.approve(s, bendahara, number, D(2025, 5, 1))
    assert any("Pihak terkait" in w for w in info.warnings)
    # The first loan's installments of February–April were never paid.
    assert any(first in w and "menunggak" in w for w in info.warnings)


# --- disbursement and payments ------------------------------------------------------------


def test_disbursement_posts_receivable_cash_and_fees(
    book: Book, kasir: Actor, bendahara: Actor, siti: str
) -> None:
    number = _running(book, kasir, bendahara, siti)
    with book.read() as s:
        info = loan_records.get_loan(s, number)
        (event,) = loan_records.events_of(s, number)
        entry = journal.get_entry(s, event.entry_number or "")
        rows = schedules.schedule_of(s, number, D(2025, 1, 15))
    # Umum: provisi 1% = 90.000, administration Rp25.000 → 8.885.000 paid out.
    assert (info.provisi, info.admin_fee, info.net_disbursed) == (90_000, 25_000, 8_885_000)
    assert sorted((x.account_code, x.amount) for x in entry.lines) == [
        ("1101", -8_885_000),
        ("1301", 9_000_000),
        ("4102", -25_000),
        ("4103", -90_000),
    ]
    assert len(rows) == 12
    assert sum(x.principal for x in rows) == 9_000_000
    assert _receivables(book) == 9_000_000


def test_disbursement_needs_cash_at_hand(
    book: Book, kasir: Actor, bendahara: Actor, snapshot: Callable[[], Snapshot]
) -> None:
    poor = _member(book, bendahara, "Tanpa Kas", 3)
    with book.unit_of_work() as s:
        number = applications.apply(
            s, kasir, applications.LoanApplication(poor, "umum", 5_000_000, 6, D(2025, 1, 15))
        ).number
        applications.approve(s, bendahara, number, D(2025, 1, 15))
    _refused(book, snapshot, InsufficientBalanceError, disbursement.disburse, kasir, number,
             D(2025, 1, 15), match="Saldo Kas")  # fmt: skip


def test_payment_split_denda_bunga_pokok_and_partial(
    book: Book, kasir: Actor, bendahara: Actor, siti: str
) -> None:
    number = _running(book, kasir, bendahara, siti)
    # Umum: 750.000 + 135.000 = 885.000 due 15 February. Paid 300.000 on 20 February
    # (5 days late: denda 885.000 × 0,1% × 5 = 4.425), then interest, then principal.
    with book.unit_of_work() as s:
        event = payments.repay(s, kasir, number, 300_000, D(2025, 2, 20))
    assert (event.late_fee, event.interest, event.principal) == (4_425, 135_000, 160_575)
    assert event.outstanding_after == 9_000_000 - 160_575
    # Still 589.425 of principal unpaid: 10 more days of denda on it by 2 March.
    with book.read() as s:
        bill = schedules.bill(s, number, D(2025, 3, 2))
    assert bill.principal == 589_425
    assert bill.late_fee == 5_894  # 589.425 × 0,1% × 10 = 5.894,25
    assert bill.days_past_due == 15
    assert _receivables(book) == 9_000_000 - 160_575


def test_overpayment_pays_the_next_installments(
    book: Book, kasir: Actor, bendahara: Actor, siti: str
) -> None:
    number = _running(book, kasir, bendahara, siti)
    with book.unit_of_work() as s:
        event = payments.repay(s, kasir, number, 885_000 * 2, D(2025, 2, 10))
    # Nothing was due on 10 February: both amounts go to installments 1 and 2, in order.
    assert [(p.number, p.bunga, p.pokok) for p in event.parts] == [
        (1, 135_000, 750_000),
        (2, 135_000, 750_000),
    ]
    assert event.overpayment == 0


def test_payments_are_recorded_in_date_order_and_refusals_write_nothing(
    book: Book, kasir: Actor, bendahara: Actor, siti: str, snapshot: Callable[[], Snapshot]
) -> None:
    number = _running(book, kasir, bendahara, siti)
    with book.unit_of_work() as s:
        payments.repay(s, kasir, number, 885_000, D(2025, 2, 15))
    _refused(book, snapshot, ValidationError, payments.repay, kasir, number, 100_000,
             D(2025, 2, 10), match="berurutan")  # fmt: skip
    _refused(book, snapshot, ValidationError, payments.repay, kasir, number, 0, D(2025, 3, 1))
    _refused(book, snapshot, ValidationError, payments.repay, kasir, number, 100_000,
             D(2025, 1, 1))  # fmt: skip
    _refused(book, snapshot, PermissionDeniedError, payments.repay,
             book_actor(book, Role.PENGAWAS), number, 100_000, D(2025, 3, 1))  # fmt: skip


def book_actor(book: Book, role: Role) -> Actor:
    from kopdesk.services.base import users

    with book.read() as s:
        return {u.role: u.actor() for u in users.list_users(s)}[role]


def test_payoff_waives_interest_not_yet_due(
    book: Book, kasir: Actor, bendahara: Actor, siti: str
) -> None:
    number = _running(book, kasir, bendahara, siti)
    with book.unit_of_work() as s:
        payments.repay(s, kasir, number, 885_000, D(2025, 2, 15))
        quote = schedules.bill(s, number, D(2025, 3, 20))
        event = payments.payoff(s, kasir, number, D(2025, 3, 20))
        info = loan_records.get_loan(s, number)
    # Installment 2 (15 March) is 5 days late: its interest 135.000 and denda
    # 885.000 × 0,1% × 5 = 4.425; then the remaining principal 8.250.000. Interest of
    # installments 3–12 is not charged.
    assert quote.payoff == 4_425 + 135_000 + 8_250_000
    assert (event.cash, event.interest, event.late_fee) == (quote.payoff, 135_000, 4_425)
    assert (info.status, info.closed_on) == ("lunas", D(2025, 3, 20))
    assert _receivables(book) == 0


# --- restructuring and write-off ------------------------------------------------------------


def test_restructuring_needs_a_second_person_and_keeps_the_old_schedule(
    book: Book, kasir: Actor, bendahara: Actor, siti: str, snapshot: Callable[[], Snapshot]
) -> None:
    number = _running(book, kasir, bendahara, siti)
    _refused(book, snapshot, ApprovalRequiredError, restructuring.restructure, bendahara, number,
             D(2025, 6, 1), tenor=24, reason="Usaha terdampak banjir")  # fmt: skip
    grant = request_approval(book, bendahara, "ketua", PASSWORD, Permission.LOANS_MANAGE)
    with book.unit_of_work() as s:
        new = restructuring.restructure(s, bendahara, number, D(2025, 6, 1), tenor=24,
                                reason="Usaha terdampak banjir", approval=grant)  # fmt: skip
        old = loan_records.get_loan(s, number)
        old_rows = schedules.schedule_of(s, number, D(2025, 6, 1))
        new_rows = schedules.schedule_of(s, new.number, D(2025, 6, 1))
    assert (old.status, old.restructured_into) == ("direstrukturisasi", new.number)
    assert (new.restructured_from, new.amount, new.tenor) == (number, 9_000_000, 24)
    assert len(old_rows) == 12
    assert len(new_rows) == 24
    assert _receivables(book) == 9_000_000


def test_write_off_against_the_allowance(
    book: Book, kasir: Actor, bendahara: Actor, siti: str, snapshot: Callable[[], Snapshot]
) -> None:
    number = _running(book, kasir, bendahara, siti, amount=2_000_000, tenor=6)
    # Nothing paid: by 31 December the loan is 319 days late → diragukan (> 180 days).
    with book.unit_of_work() as s:
        run = loan_quality.run_allowance(s, bendahara, "2025-12", today=D(2026, 1, 5))
    assert run.report.grades[2].grade is Grade.DIRAGUKAN
    assert run.adjustment == 1_000_000  # 50% of 2.000.000
    _refused(book, snapshot, ApprovalRequiredError, restructuring.write_off, bendahara, number,
             D(2025, 12, 31), reason="Tidak dapat ditagih")  # fmt: skip
    grant = request_approval(book, bendahara, "ketua", PASSWORD, Permission.LOANS_MANAGE)
    with book.unit_of_work() as s:
        event = restructuring.write_off(s, bendahara, number, D(2025, 12, 31),
                                reason="Tidak dapat ditagih", approval=grant)  # fmt: skip
        entry = journal.get_entry(s, event.entry_number or "")
    # The allowance (1.000.000) covers half; the other half is an expense.
    assert sorted((x.account_code, x.amount) for x in entry.lines) == [
        ("1301", -2_000_000),
        ("1390", 1_000_000),
        ("5201", 1_000_000),
    ]
    assert _receivables(book) == 0


# --- arrears and kolektibilitas -------------------------------------------------------------


def test_aging_and_grades_as_of_any_date(
    book: Book, kasir: Actor, bendahara: Actor, siti: str
) -> None:
    late = _running(book, kasir, bendahara, siti, amount=6_000_000, tenor=12)
    fine = _running(book, kasir, bendahara, siti, product="darurat", amount=1_200_000, tenor=12)
    with book.unit_of_work() as s:
        for month in range(2, 7):  # the darurat loan is paid every month on time
            bill = schedules.bill(s, fine, D(2025, month, 15))
            payments.repay(s, kasir, fine, bill.total_due, D(2025, month, 15))
    with book.read() as s:
        june = {p.loan_number: p for p in loan_quality.positions(s, D(2025, 6, 20))}
        report = loan_quality.collectibility(s, D(2025, 6, 20))
        arrears = loan_quality.arrears(s, D(2025, 6, 20))
        august = loan_quality.position(s, late, D(2025, 8, 20))
    # First unpaid installment of the late loan fell due 15 February: 125 days on 20 June.
    assert (june[late].days_past_due, june[late].grade) == (125, Grade.KURANG_LANCAR)
    assert (june[fine].days_past_due, june[fine].grade) == (0, Grade.LANCAR)
    assert june[late].bucket == "91–180 hari"
    assert august.days_past_due == 186
    assert august.grade is Grade.DIRAGUKAN
    by_grade = {g.grade: g for g in report.grades}
    assert by_grade[Grade.KURANG_LANCAR].outstanding == 6_000_000
    assert by_grade[Grade.KURANG_LANCAR].required == 600_000
    assert [p.loan_number for p in arrears.rows] == [late]
    assert report.npl == 6_000_000


def test_allowance_runs_once_a_month_and_releases_when_loans_improve(
    book: Book, kasir: Actor, bendahara: Actor, siti: str, snapshot: Callable[[], Snapshot]
) -> None:
    number = _running(book, kasir, bendahara, siti, amount=4_000_000, tenor=4)
    with book.unit_of_work() as s:
        may = loan_quality.run_allowance(s, bendahara, "2025-05", today=D(2025, 7, 1))
    assert may.adjustment == 400_000  # 105 days late on 31 May → KL: 10% of 4.000.000
    _refused(book, snapshot, DomainError, loan_quality.run_allowance, bendahara, "2025-05",
             today=D(2025, 7, 1), match="sudah diposting")  # fmt: skip
    with book.unit_of_work() as s:
        payments.payoff(s, kasir, number, D(2025, 6, 10))
        june = loan_quality.run_allowance(s, bendahara, "2025-06", today=D(2025, 7, 1))
    assert june.adjustment == -400_000  # nothing outstanding: the allowance is released


def test_manual_journal_cannot_touch_loan_receivables(
    book: Book, bendahara: Actor, snapshot: Callable[[], Snapshot]
) -> None:
    entry = journal.EntryInput(
        D(2025, 2, 1), "Pinjaman tanpa kartu",
        [journal.LineInput("1301", 10_000), journal.LineInput("1101", -10_000)],
    )  # fmt: skip
    _refused(book, snapshot, AccountError, journal.post_entry, entry, actor=bendahara,
             match="menu Pinjaman")  # fmt: skip


def test_integrity_check_compares_loans_with_the_receivable_accounts(
    book: Book, kasir: Actor, bendahara: Actor, siti: str
) -> None:
    from kopdesk.app import maintenance

    _running(book, kasir, bendahara, siti, amount=2_000_000, tenor=6)
    title = "Sub-buku pinjaman sama dengan akun piutang"
    assert {i.name: i for i in maintenance.check(book, full=False).items}[title].ok
    with book.unit_of_work() as s:  # a receivable line without a loan, written around kopdesk
        journal.post_business_entry(
            s,
            journal.EntryInput(
                D(2025, 2, 2), "Ditulis di luar menu Pinjaman",
                [journal.LineInput("1301", 5_000), journal.LineInput("1101", -5_000)],
            ),
            actor=bendahara,
        )  # fmt: skip
    item = {i.name: i for i in maintenance.check(book, full=False).items}[title]
    assert not item.ok
    assert "buku besar Rp2.005.000, jumlah pinjaman Rp2.000.000" in item.detail


def test_a_payment_that_covers_the_payoff_is_refused_as_a_payment(
    book: Book, kasir: Actor, bendahara: Actor, siti: str, snapshot: Callable[[], Snapshot]
) -> None:
    number = _running(book, kasir, bendahara, siti)
    # Nothing due on 10 February; the payoff is the 9.000.000 principal. Paying that much
    # as installments would charge interest not yet due: it must be a payoff.
    _refused(book, snapshot, ValidationError, payments.repay, kasir, number, 9_000_000,
             D(2025, 2, 10), match="pelunasan")  # fmt: skip
    with book.unit_of_work() as s:
        event = payments.repay(s, kasir, number, 8_999_999, D(2025, 2, 10))
    assert event.overpayment == 0


def test_restructuring_and_write_off_cannot_be_dated_before_the_last_event(
    book: Book, kasir: Actor, bendahara: Actor, siti: str, snapshot: Callable[[], Snapshot]
) -> None:
    number = _running(book, kasir, bendahara, siti)
    with book.unit_of_work() as s:
        payments.repay(s, kasir, number, 885_000, D(2025, 2, 15))
    grant = request_approval(book, bendahara, "ketua", PASSWORD, Permission.LOANS_MANAGE)
    _refused(book, snapshot, ValidationError, restructuring.restructure, bendahara, number,
             D(2025, 2, 1), tenor=24, reason="Usaha terdampak banjir", approval=grant,
             match="tidak boleh sebelumnya")  # fmt: skip
    _refused(book, snapshot, ValidationError, restructuring.write_off, bendahara, number,
             D(2025, 2, 1), reason="Tidak dapat ditagih", approval=grant,
             match="tidak boleh sebelumnya")  # fmt: skip


def _product_terms(
    p: loan_products.LoanProductInfo, **changes: object
) -> loan_products.LoanProductInput:
    fields: dict[str, object] = {
        "name": p.name, "method": p.method, "rate_percent": str(p.rate_percent),
        "rate_period": p.rate_period, "min_amount": p.min_amount, "max_amount": p.max_amount,
        "min_tenor": p.min_tenor, "max_tenor": p.max_tenor, "provisi_kind": p.provisi_kind,
        "provisi_value": str(p.provisi_value), "admin_kind": p.admin_kind,
        "admin_value": str(p.admin_value), "late_fee_percent": str(p.late_fee.percent),
        "late_fee_period": p.late_fee.period, "grace_days": p.late_fee.grace_days,
        "rounding": p.rounding, "allocation_order": ",".join(x.value for x in p.allocation_order),
        "overpayment": p.overpayment, "account_code": p.account_code, "active": p.active,
    }  # fmt: skip
    fields.update(changes)
    return loan_products.LoanProductInput(**fields)  # type: ignore[arg-type]


def test_product_terms_accounts_and_a_rate_change_under_dual_control(
    book: Book, bendahara: Actor, kasir: Actor, snapshot: Callable[[], Snapshot]
) -> None:
    with book.read() as s:
        umum = loan_products.get_product(s, "umum")
    with book.unit_of_work() as s:
        changed = loan_products.update_product(
            s, bendahara, "umum",
            _product_terms(umum, grace_days=5, interest_account_code="4105",
                           late_fee_account_code="4999"),
        )  # fmt: skip
    assert (changed.late_fee.grace_days, changed.interest_account_code) == (5, "4105")
    assert changed.late_fee_account_code == "4999"
    assert changed.provisi_account_code == "4103"  # not named: kept
    bad = [
        _product_terms(changed, interest_account_code="1101"),  # not income
        _product_terms(changed, allocation_order="bunga,pokok"),
        _product_terms(changed, min_amount=5_000_000, max_amount=1_000_000),
        _product_terms(changed, provisi_kind="percent", provisi_value="25"),
    ]
    for terms in bad:
        _refused(
            book, snapshot, ValidationError, loan_products.update_product, bendahara, "umum", terms
        )
    _refused(
        book, snapshot, PermissionDeniedError, loan_products.update_product, kasir, "umum", changed
    )
    new_rate = _product_terms(changed, rate_percent="1,25")
    _refused(book, snapshot, ApprovalRequiredError, loan_products.update_product, bendahara, "umum",
             new_rate)  # fmt: skip
    grant = request_approval(book, bendahara, "ketua", PASSWORD, Permission.LOANS_MANAGE)
    with book.unit_of_work() as s:
        after = loan_products.update_product(s, bendahara, "umum", new_rate, approval=grant)
    assert str(after.rate_percent) == "1.25"


@pytest.mark.parametrize(
    ("sql", "message"),
    [
        ("UPDATE savings_tx SET amount = 1", "Transaksi simpanan tidak boleh diubah"),
        ("DELETE FROM savings_tx", "Transaksi simpanan tidak boleh diubah"),
        ("UPDATE loan_event SET cash = 1", "Transaksi pinjaman tidak boleh diubah"),
        ("DELETE FROM loan_payment_part", "Rincian pembayaran angsuran tidak boleh"),
        ("UPDATE loan_installment SET principal = 1", "Jadwal angsuran yang sudah dicairkan"),
    ],
)
def test_the_database_refuses_changes_to_savings_and_loan_events(
    book: Book, kasir: Actor, bendahara: Actor, siti: str, sql: str, message: str
) -> None:
    from sqlalchemy import text
    from sqlalchemy.exc import DBAPIError

    number = _running(book, kasir, bendahara, siti)
    with book.unit_of_work() as s:
        payments.repay(s, kasir, number, 885_000, D(2025, 2, 15))
    with pytest.raises(DBAPIError, match=message), book.engine.begin() as conn:
        conn.execute(text(sql))


def test_an_installment_rounded_to_1000_never_ends_the_schedule_early(
    book: Book, kasir: Actor, bendahara: Actor, siti: str, snapshot: Callable[[], Snapshot]
) -> None:
    """Issue 14 item 1, through the services: umum rounded to Rp1.000."""
    with book.read() as s:
        umum = loan_products.get_product(s, "umum")
    with book.unit_of_work() as s:
        loan_products.update_product(
            s, bendahara, "umum",
            _product_terms(umum, rounding=Rounding.UP_1000, min_amount=100_000, max_tenor=360),
        )  # fmt: skip
    # 100.000 flat 1% over 360: interest 1.000, 277,78 + 1.000 = 1.277,78; up to 2.000
    # is gone at installment 100, down to 1.000 repays nothing: refused at application.
    _refused(
        book, snapshot, ValidationError, applications.apply, kasir,
        applications.LoanApplication(siti, "umum", 100_000, 360, START, rate_percent="1"),
        match="kelipatan Rp1.000",
    )  # fmt: skip
    # 500.000 flat 1,5% over 36: 21.388,89 → up 22.000 repays 35 × 14.500 = 507.500 (too
    # much) → down 21.000: 35 × 13.500 = 472.500, the last 27.500 + 7.500 = 35.000.
    number = _running(book, kasir, bendahara, siti, amount=500_000, tenor=36)
    with book.read() as s:
        rows = schedules.schedule_of(s, number)
    assert len(rows) == 36
    assert {(x.principal, x.interest) for x in rows[:-1]} == {(13_500, 7_500)}
    assert (rows[-1].principal, rows[-1].interest) == (27_500, 7_500)
    # Restructured into anuitas over 360: A = 7.500 / (1 − 1,015^−360) ≈ 7.535; up to
    # 8.000 repays 500 growing 1,5% a month, gone by m ≈ 186; down to 7.000 is less than
    # the 7.500 interest. Refused before anything (even the approval) is used.
    _refused(
        book, snapshot, ValidationError, restructuring.restructure, bendahara, number, START,
        tenor=360, method=Method.ANUITAS, reason="Usaha sepi",
    )  # fmt: skip


def test_an_application_or_decision_dated_in_a_closed_year_is_refused(
    book: Book, kasir: Actor, bendahara: Actor, admin: Actor, siti: str,
    snapshot: Callable[[], Snapshot],
) -> None:  # fmt: skip
    """Issue 14 item 7: PJ-2025-0042 was applied for in the closed year 2025."""
    from sqlalchemy import text

    from kopdesk.errors import PeriodClosedError
    from kopdesk.services.ledger import books

    with book.unit_of_work() as s:
        pending = applications.apply(
            s, kasir, applications.LoanApplication(siti, "umum", 2_000_000, 6, D(2025, 11, 3))
        ).number
        books.open_fiscal_year(s, admin, 2026)
    with book.engine.begin() as conn:
        conn.execute(text("UPDATE fiscal_year SET status = 'closed' WHERE year = 2025"))
    _refused(
        book, snapshot, PeriodClosedError, applications.apply, kasir,
        applications.LoanApplication(siti, "umum", 2_000_000, 6, D(2025, 12, 20)),
        match="Tahun buku 2025 sudah ditutup; pengajuan pinjaman bertanggal 20-12-2025",
    )  # fmt: skip
    _refused(book, snapshot, PeriodClosedError, applications.approve, bendahara, pending,
             D(2025, 12, 30), match="sudah ditutup")  # fmt: skip
    _refused(book, snapshot, PeriodClosedError, applications.reject, bendahara, pending,
             D(2025, 12, 30), reason="Tutup buku", match="sudah ditutup")  # fmt: skip
    _refused(book, snapshot, ValidationError, applications.reject, bendahara, pending,
             D(2025, 11, 2), reason="Tanggal salah")  # before it was applied for  # fmt: skip
    # A date in no fiscal year (2027 is not opened) is refused the same way.
    _refused(
        book, snapshot, PeriodClosedError, applications.apply, kasir,
        applications.LoanApplication(siti, "umum", 2_000_000, 6, D(2027, 1, 4)),
        match="tidak berada dalam tahun buku",
    )  # fmt: skip
    with book.unit_of_work() as s:  # in the open year 2026: accepted, and decided
        number = applications.apply(
            s, kasir, applications.LoanApplication(siti, "umum", 2_000_000, 6, D(2026, 1, 5))
        ).number
        assert number.startswith("PJ-2026-")
        assert applications.approve(s, bendahara, pending, D(2026, 1, 6)).status == "disetujui"


def test_the_allowance_deducts_the_collateral_counted_per_kind(
    book: Book, kasir: Actor, bendahara: Actor, admin: Actor, siti: str,
    snapshot: Callable[[], Snapshot],
) -> None:  # fmt: skip
    """Issue 14 item 3, KOPERASI.md §4.4: KL/D/M × (balance − collateral counted),
    negative → 0; lancar 0,5% × balance. Counted per kind (defaults simpanan 100%,
    tanah/bangunan bersertifikat 80%, kendaraan 50%, lain 0%)."""
    from kopdesk.domain.loans import AllowanceRule, CollateralKind
    from kopdesk.services.base import settings

    with book.unit_of_work() as s:  # cash to lend: 50 juta (siti) + 100 juta
        counter.deposit(s, kasir, member=siti, product="sukarela", amount=100_000_000,
                        on=D(2025, 1, 3))  # fmt: skip
    made = {}
    for key, product, amount, collateral, value, on in (
        ("deposito", "usaha", 63_000_000, "Deposito berjangka BJ-0007 diblokir", 5_000_000, START),
        ("mobil", "umum", 20_000_000, "BPKB mobil Avanza 2018", 10_000_000, START),
        ("sk", "umum", 10_000_000, "SK pegawai negeri", 30_000_000, START),
        ("shm", "umum", 4_000_000, "SHM tanah dan bangunan", 50_000_000, START),
        ("lancar", "usaha", 10_000_000, "Deposito diblokir", 10_000_000, D(2025, 8, 20)),
    ):
        with book.unit_of_work() as s:
            number = applications.apply(s, kasir, applications.LoanApplication(
                siti, product, amount, 12, on, collateral=collateral, collateral_value=value,
            )).number  # fmt: skip
            applications.approve(s, bendahara, number, on)
            disbursement.disburse(s, kasir, number, on)
        made[key] = number
    # Nothing paid: on 31 August the first four are 197 days late (due 15 February) →
    # diragukan (50%); the last is not yet due → lancar (0,5%).
    with book.read() as s:
        report = loan_quality.collectibility(s, D(2025, 8, 31))
    by_loan = {p.loan_number: p for p in report.rows}
    assert [(by_loan[made[k]].collateral_kind, by_loan[made[k]].collateral_counted)
            for k in ("deposito", "mobil", "sk", "shm", "lancar")] == [
        (CollateralKind.SIMPANAN, 5_000_000),        # 100% of 5.000.000
        (CollateralKind.KENDARAAN, 5_000_000),       # 50% of 10.000.000
        (CollateralKind.LAIN, 0),                    # an SK pegawai is not counted
        (CollateralKind.TANAH_BANGUNAN, 40_000_000), # 80% of 50.000.000
        (CollateralKind.SIMPANAN, 10_000_000),
    ]  # fmt: skip
    # The loan alone: 50% × (63.000.000 − 5.000.000) = 29.000.000 (not 31.500.000).
    deposito = by_loan[made["deposito"]]
    assert deposito.collateral_deducted == 5_000_000
    assert (
        AllowanceRule().required(
            Grade.DIRAGUKAN, deposito.outstanding - deposito.collateral_deducted
        )
        == 29_000_000
    )
    grades = {g.grade: g for g in report.grades}
    # Diragukan: 58.000.000 + 15.000.000 + 10.000.000 + max(4.000.000 − 40.000.000, 0)
    # = 83.000.000 (the SHM deducts 4.000.000 at most); × 50% = 41.500.000.
    d = grades[Grade.DIRAGUKAN]
    assert (d.loans, d.outstanding, d.collateral_deducted) == (4, 97_000_000, 14_000_000)
    assert d.required == 41_500_000
    # Lancar: 0,5% × 10.000.000 = 50.000, no deduction for its deposit.
    assert (grades[Grade.LANCAR].collateral_deducted, grades[Grade.LANCAR].required) == (0, 50_000)
    with book.unit_of_work() as s:
        run = loan_quality.run_allowance(s, bendahara, "2025-08", today=D(2025, 9, 5))
    assert run.adjustment == 41_550_000
    with book.read() as s:
        assert loan_quality.collectibility(s, D(2025, 8, 31)).allowance_balance == 41_550_000
    # The share counted is a setting: kendaraan 30% → the car counts 3.000.000, and
    # diragukan needs 50% × 2.000.000 = 1.000.000 more.
    with book.unit_of_work() as s:
        settings.change_text_setting(s, admin, settings.LOAN_COLLATERAL_KENDARAAN, "30")
    with book.read() as s:
        again = {g.grade: g for g in loan_quality.collectibility(s, D(2025, 8, 31)).grades}
    assert again[Grade.DIRAGUKAN].required == 42_500_000
    before = snapshot()
    with pytest.raises(ValidationError), book.unit_of_work() as s:
        settings.change_text_setting(s, admin, settings.LOAN_COLLATERAL_LAIN, "120")
    assert snapshot() == before
