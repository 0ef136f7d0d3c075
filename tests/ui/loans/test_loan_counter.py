"""Angsuran at the Simpanan counter: member → F5 → amount → Enter posts a loan payment
through ``loans.repay``; the bill shown, the split in the result strip, a refused
overpayment and an unreadable amount that write nothing, the receipt, roles."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import asdict
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from kopdesk.app import papers as documents
from kopdesk.domain.permissions import Actor, Role
from kopdesk.services.loans import applications, disbursement
from kopdesk.services.loans import products as loan_products
from kopdesk.services.loans import records as loan_records
from kopdesk.services.loans.applications import LoanApplication
from kopdesk.services.loans.products import LoanProductInput
from kopdesk.services.members.register import MemberInput, register_member
from kopdesk.services.savings.counter import deposit
from kopdesk.storage.db import Book
from kopdesk.ui.kit.ops import Ops
from kopdesk.ui.savings.counter import SavingsPage
from kopdesk.ui.savings.counter_form import ANGSURAN, SETOR
from tests.helpers import Snapshot
from tests.ui.helpers import Shown
from tests.ui.member_data import nik
from tests.ui.savings.test_savings_page import find, type_amount

TODAY = dt.date(2025, 6, 30)


@pytest.fixture(autouse=True)
def fixed_today(monkeypatch: pytest.MonkeyPatch) -> None:
    for module in ("kit.widgets", "kit.dates", "savings.counter"):
        monkeypatch.setattr(f"kopdesk.ui.{module}.today", lambda: TODAY)


def make_loan(
    book: Book,
    actors: dict[Role, Actor],
    member: str,
    *,
    amount: int,
    disbursed: dt.date,
    product: str = "umum",
    tenor: int = 12,
) -> str:
    """Apply (Kasir), approve (Bendahara) and disburse (Kasir) one loan; its number."""
    kasir, bendahara = actors[Role.KASIR], actors[Role.BENDAHARA]
    applied = disbursed - dt.timedelta(days=5)
    with book.unit_of_work() as s:
        info = applications.apply(
            s,
            kasir,
            LoanApplication(
                member=member, product=product, amount=amount, tenor=tenor, applied_on=applied
            ),
        )
        applications.approve(s, bendahara, info.number, applied)
        disbursement.disburse(s, kasir, info.number, disbursed)
    return info.number


@pytest.fixture
def borrowers(book: Book, actors: dict[Role, Actor]) -> dict[str, str]:
    """Siti (A-0001) owes PJ-2025-0001: Rp6.000.000 flat 1,5%/month over 12 months from
    15 January, nothing paid (on 30 June five installments are due). Budi (A-0002) took
    PJ-2025-0002 on 20 June: nothing due yet."""
    bendahara = actors[Role.BENDAHARA]
    with book.unit_of_work() as s:
        siti = register_member(
            s,
            bendahara,
            MemberInput(
                full_name="Siti Aminah",
                nik=nik(1, female=True, born=dt.date(1990, 4, 15)),
                birth_date=None,
                join_date=dt.date(2025, 1, 2),
            ),
        ).number
        budi = register_member(
            s,
            bendahara,
            MemberInput(
                full_name="Budi Santoso",
                nik=nik(2, born=dt.date(1985, 7, 1)),
                birth_date=None,
                join_date=dt.date(2025, 1, 6),
            ),
        ).number
        # cash in the till to lend out
        deposit(
            s, bendahara, member=siti, product="sukarela", amount=20_000_000, on=dt.date(2025, 1, 2)
        )
    return {
        siti: make_loan(book, actors, siti, amount=6_000_000, disbursed=dt.date(2025, 1, 15)),
        budi: make_loan(book, actors, budi, amount=2_000_000, disbursed=dt.date(2025, 6, 20)),
    }


@pytest.fixture
def page_as(
    qtbot: QtBot, ops_as: Callable[[Role], Ops], borrowers: dict[str, str]
) -> Callable[[Role], SavingsPage]:
    def make(role: Role) -> SavingsPage:
        widget = SavingsPage(ops_as(role))
        qtbot.addWidget(widget)
        widget.resize(1100, 820)
        widget.show()
        qtbot.waitExposed(widget)
        widget.activateWindow()
        return widget

    return make


@pytest.fixture
def page(page_as: Callable[[Role], SavingsPage]) -> SavingsPage:
    return page_as(Role.KASIR)


def outstanding(book: Book, number: str) -> int:
    with book.read() as s:
        return next(r.outstanding for r in loan_records.loan_rows(s) if r.number == number)


def test_installment_without_the_mouse(qtbot: QtBot, page: SavingsPage, book: Book) -> None:
    find(qtbot, page, "siti")
    assert "Loan PJ-2025-0001: principal left Rp6.000.000, 135 days late" in (
        page.loan_label.text()
    )
    qtbot.keyClick(page.form.amount_edit, Qt.Key.Key_F5)
    form = page.form
    assert form.kind() == ANGSURAN
    assert QApplication.focusWidget() is form.amount_edit
    assert form.product_combo.isHidden()
    assert not form.loan_combo.isHidden()
    assert form.loan_number() == "PJ-2025-0001"
    assert form.bill is not None
    # five installments of 500.000 principal + 90.000 interest are due; denda 0,1%/day
    assert (form.bill.principal, form.bill.interest) == (2_500_000, 450_000)
    total = form.bill.total_due
    assert total == 2_500_000 + 450_000 + form.bill.late_fee
    assert form.amount_edit.text() == f"{total:,}".replace(",", ".")  # the total due
    assert "135 days late" in form.bill_label.text()

    qtbot.keyClick(form.amount_edit, Qt.Key.Key_Return)

    event = page.last_event
    assert event is not None
    assert event.number == "BA-2025-000001"
    assert event.late_fee == total - 2_950_000
    assert (event.interest, event.principal, event.overpayment) == (450_000, 2_500_000, 0)
    assert outstanding(book, "PJ-2025-0001") == 3_500_000
    text = page.result_label.text()
    assert "Saved as BA-2025-000001: installment on PJ-2025-0001" in text
    assert "interest Rp450.000 + principal Rp2.500.000" in text
    assert "Principal left Rp3.500.000" in text
    assert page.result.isVisible()
    # the bill and the header follow the payment
    assert form.bill is not None
    assert form.bill.total_due == 0
    assert form.amount_edit.text() == ""
    assert "paid up to date" in page.loan_label.text()
    assert "principal left Rp3.500.000" in form.loan_combo.currentText()


def test_nothing_due_suggests_the_next_installment(qtbot: QtBot, page: SavingsPage) -> None:
    find(qtbot, page, "budi")
    page.start(ANGSURAN)
    bill = page.form.bill
    assert bill is not None
    assert bill.total_due == 0
    assert bill.next_due == dt.date(2025, 7, 20)
    assert page.form.amount_edit.text() == f"{bill.next_installment:,}".replace(",", ".")
    assert "on time" in page.form.bill_label.text()


def test_the_bill_follows_the_date(qtbot: QtBot, page: SavingsPage) -> None:
    find(qtbot, page, "siti")
    page.start(ANGSURAN)
    page.form.date_edit.set_value(dt.date(2025, 2, 20))
    bill = page.form.bill
    assert bill is not None
    assert (bill.principal, bill.interest) == (500_000, 90_000)
    assert "Bill on 20-02-2025" in page.form.bill_label.text()


def test_refused_overpayment_writes_nothing(
    qtbot: QtBot,
    page: SavingsPage,
    book: Book,
    bendahara: Actor,
    snapshot: Callable[[], Snapshot],
    shown: Shown,
) -> None:
    with book.unit_of_work() as s:
        product = loan_products.get_product(s, "umum")
        terms = {
            k: v for k, v in asdict(product).items() if k in LoanProductInput.__dataclass_fields__
        }
        terms.update(
            rate_percent=str(product.rate_percent),
            provisi_value=str(product.provisi_value),
            admin_value=str(product.admin_value),
            late_fee_percent=str(product.late_fee.percent),
            late_fee_period=product.late_fee.period,
            grace_days=product.late_fee.grace_days,
            allocation_order=",".join(p.value for p in product.allocation_order),
            overpayment="refuse",
        )
        loan_products.update_product(s, bendahara, "umum", LoanProductInput(**terms))
    find(qtbot, page, "siti")
    page.start(ANGSURAN)
    before = snapshot()

    type_amount(qtbot, page, "9.000.000")

    assert snapshot() == before
    assert "melebihinya" in page.form.amount_error.text()
    assert not page.form.amount_error.isHidden()
    assert page.form.amount_edit.text() == "9.000.000"
    assert page.last_event is None
    assert shown.errors == []


def test_unreadable_amount_writes_nothing(
    qtbot: QtBot, page: SavingsPage, snapshot: Callable[[], Snapshot]
) -> None:
    find(qtbot, page, "siti")
    page.start(ANGSURAN)
    before = snapshot()
    type_amount(qtbot, page, "dua juta")
    assert snapshot() == before
    assert page.form.amount_error.text()
    assert page.last_event is None


def test_a_member_without_a_loan(qtbot: QtBot, page: SavingsPage, book: Book) -> None:
    with book.unit_of_work() as s:
        register_member(
            s,
            page.ops.actor,
            MemberInput(
                full_name="Dewi Lestari",
                nik=nik(3, female=True),
                birth_date=None,
                join_date=dt.date(2025, 2, 1),
            ),
        )
    find(qtbot, page, "dewi")
    page.start(ANGSURAN)
    assert "has no running loan" in page.form.bill_label.text()
    assert page.form.post() is None
    assert "has no running loan" in page.form.loan_error.text()
    assert page.loan_label.isHidden()


def test_receipt_offered_when_the_paper_exists(
    qtbot: QtBot,
    page: SavingsPage,
    shown: Shown,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    made: list[tuple[str, str]] = []

    def loan_receipt_pdf(_book: Book, number: str, *, actor: Actor, layout: str = "a5") -> bytes:
        assert actor.role is Role.KASIR
        made.append((number, layout))
        return b"%PDF-1.4 bukti angsuran"

    monkeypatch.setattr(documents, "loan_receipt_pdf", loan_receipt_pdf, raising=False)
    shown.save_to = tmp_path / "bukti.pdf"
    find(qtbot, page, "siti")
    page.start(ANGSURAN)
    type_amount(qtbot, page, "100.000")
    assert not page.receipt_58_button.isHidden()
    page.print_last_receipt("58mm")
    assert made == [("BA-2025-000001", "58mm")]
    assert shown.opened == [tmp_path / "bukti.pdf"]


def test_no_receipt_button_without_the_paper(
    qtbot: QtBot, page: SavingsPage, shown: Shown, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delattr(documents, "loan_receipt_pdf", raising=False)
    find(qtbot, page, "siti")
    page.start(ANGSURAN)
    type_amount(qtbot, page, "100.000")
    paid = page.last_event
    assert paid is not None
    assert page.receipt_a5_button.isHidden()
    page.print_last_receipt("a5")
    assert shown.opened == []
    # a savings deposit afterwards brings the receipt buttons back
    page.start(SETOR)
    type_amount(qtbot, page, "50.000")
    assert page.last_event is None
    assert page.last_tx is not None
    assert not page.receipt_a5_button.isHidden()


def test_pengawas_takes_no_installments(
    qtbot: QtBot, page_as: Callable[[Role], SavingsPage]
) -> None:
    page = page_as(Role.PENGAWAS)
    find(qtbot, page, "siti")
    assert page.form.kind_buttons[ANGSURAN].isHidden()
    page.form.set_kind(ANGSURAN)
    assert page.form.kind() == SETOR
    assert "135 days late" in page.loan_label.text()  # everyone sees the arrears
