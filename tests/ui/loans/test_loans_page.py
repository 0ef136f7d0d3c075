"""Pinjaman: the simulation (KOPERASI.md §4.1 anuitas example), an application typed
by the Kasir, refused when the Kasir approves it, approved by the Ketua, disbursed;
restructuring and write-off through the second-user approval; the list model and
the member detail's Pinjaman tab."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from kopdesk.app import papers as documents
from kopdesk.domain.loans import Method, RatePeriod
from kopdesk.domain.permissions import Actor, Role
from kopdesk.services.loans import applications, disbursement
from kopdesk.services.loans import records as loan_records
from kopdesk.services.members.register import MemberInput, register_member
from kopdesk.services.savings.counter import deposit
from kopdesk.storage.db import Book
from kopdesk.ui.kit.cosign import CoSignDialog
from kopdesk.ui.kit.ops import Ops
from kopdesk.ui.loans.application_dialog import ApplicationDialog
from kopdesk.ui.loans.loan_dialogs import (
    DecisionDialog,
    DisburseDialog,
    RestructureDialog,
    Restructuring,
    WriteOffDialog,
)
from kopdesk.ui.loans.loans import LoansPage
from kopdesk.ui.loans.loans_model import LoanListModel
from kopdesk.ui.loans.simulation_dialog import SimulationDialog
from kopdesk.ui.register.member_detail import MemberDetail
from tests.ui.helpers import Shown
from tests.ui.kit.test_dual_control import _approve_with
from tests.ui.member_data import nik

TODAY = dt.date(2025, 6, 30)


@pytest.fixture(autouse=True)
def fixed_today(monkeypatch: pytest.MonkeyPatch) -> None:
    for module in (
        "kit.widgets",
        "kit.dates",
        "loans.loans",
        "register.member_detail",
        "loans.application_dialog",
    ):
        monkeypatch.setattr(f"kopdesk.ui.{module}.today", lambda: TODAY)


@pytest.fixture
def members(book: Book, bendahara: Actor) -> list[str]:
    """Siti (A-0001) and Budi (A-0002), each with Rp20.000.000 sukarela in the cash box."""
    numbers = []
    with book.unit_of_work() as s:
        for i, name in enumerate(("Siti Aminah", "Budi Santoso"), start=1):
            data = MemberInput(
                full_name=name, nik=nik(i, female=i == 1), birth_date=None,
                join_date=dt.date(2025, 1, 2),
            )  # fmt: skip
            number = register_member(s, bendahara, data).number
            deposit(s, bendahara, member=number, product="sukarela", amount=20_000_000,
                    on=dt.date(2025, 1, 3))  # fmt: skip
            numbers.append(number)
    return numbers


@pytest.fixture
def page_as(
    qtbot: QtBot, ops_as: Callable[[Role], Ops], members: list[str]
) -> Callable[[Role], LoansPage]:
    def make(role: Role) -> LoansPage:
        widget = LoansPage(ops_as(role))
        qtbot.addWidget(widget)
        widget.resize(1100, 760)
        widget.show()
        qtbot.waitExposed(widget)
        return widget

    return make


def running_loan(book: Book, actors: dict[Role, Actor], member: str = "A-0001") -> str:
    """A Pinjaman Umum of Rp6.000.000 over 12 months disbursed on 3 January 2025 and
    never paid: late since 3 February."""
    kasir, ketua = actors[Role.KASIR], actors[Role.KETUA]
    with book.unit_of_work() as s:
        data = applications.LoanApplication(member, "umum", 6_000_000, 12, dt.date(2025, 1, 3))
        number = applications.apply(s, kasir, data).number
        applications.approve(s, ketua, number, dt.date(2025, 1, 3))
        disbursement.disburse(s, kasir, number, dt.date(2025, 1, 3))
    return number


def answer(monkeypatch: pytest.MonkeyPatch, dialog: type, value: Any) -> list[tuple[Any, ...]]:
    """Make ``dialog.ask`` return ``value`` and record what it was asked with."""
    asked: list[tuple[Any, ...]] = []

    def ask(_cls: type, *args: Any, **kwargs: Any) -> Any:
        asked.append((*args, *kwargs.values()))
        return value

    monkeypatch.setattr(dialog, "ask", classmethod(ask))
    return asked


def test_simulation_of_the_anuitas_example(qtbot: QtBot, ops: Ops, qtmodeltester: Any) -> None:
    """KOPERASI.md §4.1: Rp10.000.000 at 12% a year over 24 months, anuitas → Rp470.735."""
    dialog = SimulationDialog(ops)
    qtbot.addWidget(dialog)
    dialog.principal_edit.clear()
    qtbot.keyClicks(dialog.principal_edit, "10.000.000")
    dialog.rate_edit.clear()
    qtbot.keyClicks(dialog.rate_edit, "12")
    dialog.period_combo.setCurrentIndex(dialog.period_combo.findData(RatePeriod.YEAR.value))
    dialog.method_combo.setCurrentIndex(dialog.method_combo.findData(Method.ANUITAS.value))
    dialog.tenor_spin.selectAll()
    qtbot.keyClicks(dialog.tenor_spin, "24")
    preview = dialog.preview
    assert preview.simulation is not None
    assert len(preview.simulation.rows) == 24
    assert "Rp470.735" in preview.installment_label.text()
    model = preview.model
    assert model.rowCount() == 25  # 24 installments and the total
    assert model.cell(0, model.TOTAL) == "470.735"
    assert model.cell(24, model.PRINCIPAL) == "10.000.000"
    assert preview.years_model.rowCount() == 2
    assert "effective rate 1% per month = 12% per year" in preview.rate_label.text()
    qtmodeltester.check(model)
    # an unreadable rate says so beside the field and empties the preview
    dialog.rate_edit.setText("dua belas")
    assert dialog.refresh() is None
    assert "tidak dapat dibaca" in dialog.errors["rate"].text()


def test_kasir_applies_ketua_approves_kasir_disburses(
    qtbot: QtBot,
    page_as: Callable[[Role], LoansPage],
    book: Book,
    shown: Shown,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    kasir_page = page_as(Role.KASIR)
    dialog = ApplicationDialog(kasir_page.ops, kasir_page)
    qtbot.addWidget(dialog)
    dialog.finder.focus()
    qtbot.keyClicks(dialog.finder.edit, "siti")
    qtbot.keyClick(dialog.finder.edit, Qt.Key.Key_Return)
    assert dialog.member_number == "A-0001"
    dialog.product_combo.setCurrentIndex(dialog.product_combo.findData("umum"))
    qtbot.keyClicks(dialog.amount_edit, "60.000.000")  # above the Rp50.000.000 limit
    dialog.tenor_spin.setValue(12)
    qtbot.keyClicks(dialog.purpose_edit, "Tambah modal warung")
    dialog.guarantors_edit.setPlainText("Suami: Ahmad\n\nRT 03: Pak Darto")
    assert dialog.save() is None
    assert "plafon" in dialog.errors["amount"].text()
    with book.read() as s:
        assert loan_records.loan_rows(s) == []  # the refused application wrote nothing
    dialog.amount_edit.setText("6.000.000")
    assert "Rp590.000" in dialog.preview.installment_label.text()  # flat 1,5% a month
    assert "paid out Rp5.915.000" in dialog.fees_label.text()
    saved = dialog.save()
    assert saved is not None
    assert saved.status == "diajukan"
    assert saved.guarantors == ("Suami: Ahmad", "RT 03: Pak Darto")
    kasir_page.refresh()
    assert kasir_page.queue_count == 1
    assert kasir_page.select(saved.number)

    # the Kasir may not approve what they entered (nor hold the permission)
    assert not kasir_page.approve_button.isVisibleTo(kasir_page)

    # the Bendahara cannot approve it if they had typed it; here the Ketua decides
    ketua_page = page_as(Role.KETUA)
    ketua_page.show_queue()
    assert ketua_page.model.rowCount() == 1
    assert ketua_page.approve_button.isEnabled()
    asked = answer(monkeypatch, DecisionDialog, (TODAY, "Disetujui rapat pengurus"))
    approved = ketua_page.approve_selected()
    assert approved is not None
    assert approved.status == "disetujui"
    assert approved.decided_by == "ketua"
    assert asked[0][1] == []  # no warnings for Siti
    assert ketua_page.queue_count == 0

    kasir_page.refresh()
    assert kasir_page.select(saved.number)
    assert kasir_page.disburse_button.isEnabled()
    answer(monkeypatch, DisburseDialog, (TODAY, "1101"))
    shown.post_money = False  # the slip is declined: nothing is paid out
    assert kasir_page.disburse_selected() is None
    with book.read() as s:
        assert loan_records.get_loan(s, saved.number).status == "disetujui"
    shown.post_money = True
    event = kasir_page.disburse_selected()
    assert event is not None
    assert event.cash == 5_915_000
    slip = shown.slips[-1][0]
    assert (slip.amount, slip.on, slip.paid_out) == (5_915_000, TODAY, True)
    assert shown.errors == []
    with book.read() as s:
        info = loan_records.get_loan(s, saved.number)
        [row] = loan_records.loan_rows(s)
    assert info.status == "aktif"
    assert row.outstanding == 6_000_000
    line = kasir_page.model.line(kasir_page.model.row_of(saved.number))
    assert line is not None
    assert line.row.outstanding == 6_000_000
    assert kasir_page.detail.states_model.rowCount() == 12
    assert kasir_page.detail.events_model.cell(0, 2) == "Pencairan"


def test_the_user_who_entered_an_application_cannot_approve_it(
    page_as: Callable[[Role], LoansPage],
    book: Book,
    actors: dict[Role, Actor],
    shown: Shown,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    with book.unit_of_work() as s:
        data = applications.LoanApplication("A-0002", "darurat", 2_000_000, 6, TODAY)
        number = applications.apply(s, actors[Role.BENDAHARA], data).number
    page = page_as(Role.BENDAHARA)
    page.show_queue()
    assert page.select(number)
    answer(monkeypatch, DecisionDialog, (TODAY, ""))
    signers: list[Actor | None] = [None]  # first the co-signer is not there: cancelled
    asked: list[str] = []

    def co_sign(_c: type, ops: Ops, what: str, _perm: object, _p: object = None) -> Actor | None:
        asked.append(what)
        return signers.pop(0)

    monkeypatch.setattr(CoSignDialog, "ask", classmethod(co_sign))
    assert page.approve_selected() is None
    [what] = asked
    assert number in what
    with book.read() as s:
        assert loan_records.get_loan(s, number).status == "diajukan"
    signers.append(actors[Role.KETUA])  # the ketua co-signs at the treasurer's window
    approved = page.approve_selected()
    assert approved is not None
    assert approved.decided_by == "ketua"
    assert page.ops.actor == actors[Role.BENDAHARA]  # the window stays the treasurer's
    assert shown.errors == []


def test_a_late_loan_in_the_list_and_its_bill(
    page_as: Callable[[Role], LoansPage],
    book: Book,
    actors: dict[Role, Actor],
    qtmodeltester: Any,
) -> None:
    number = running_loan(book, actors)
    page = page_as(Role.BENDAHARA)
    model = page.model
    row = model.row_of(number)
    assert model.data(model.index(row, LoanListModel.DAYS)) == "147"
    assert model.data(model.index(row, LoanListModel.GRADE)) == "Kurang lancar"
    assert model.data(model.index(row, LoanListModel.OUTSTANDING)) == "6.000.000"
    qtmodeltester.check(model)
    assert page.select(number)
    assert "147 days late" in page.detail.bill_label.text()
    page.search_edit.setText("budi")
    page.refresh()
    assert model.rowCount() == 0


def test_loan_papers_are_printed_from_the_page_and_the_simulation(
    qtbot: QtBot,
    page_as: Callable[[Role], LoansPage],
    book: Book,
    actors: dict[Role, Actor],
    shown: Shown,
    tmp_path: Path,
) -> None:
    number = running_loan(book, actors)
    page = page_as(Role.BENDAHARA)
    assert page.select(number)
    for name in ("loan_agreement_pdf", "loan_card_pdf"):
        assert getattr(documents, name, None) is not None
        shown.save_to = tmp_path / f"{name}.pdf"
        page.print_document(name)
        assert shown.save_to.read_bytes().startswith(b"%PDF")
    dialog = SimulationDialog(page.ops)
    qtbot.addWidget(dialog)
    assert dialog.print_button.isVisibleTo(dialog)
    shown.save_to = tmp_path / "simulasi.pdf"
    dialog.print_simulation()
    assert shown.save_to.read_bytes().startswith(b"%PDF")
    assert shown.errors == []


def test_restructure_and_write_off_need_a_second_user(
    qtbot: QtBot,
    page_as: Callable[[Role], LoansPage],
    book: Book,
    actors: dict[Role, Actor],
    shown: Shown,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    first = running_loan(book, actors)
    page = page_as(Role.BENDAHARA)
    assert page.select(first)
    asked = Restructuring(TODAY, 24, "1,5", Method.FLAT, "Usaha terdampak banjir")
    answer(monkeypatch, RestructureDialog, asked)
    assert page.restructure_selected() is None  # the approval dialog was declined
    [reason] = shown.approvals
    assert "persetujuan" in reason.lower()
    approver = _approve_with(monkeypatch, qtbot, "ketua")
    new = page.restructure_selected()
    assert new is not None
    assert [d.windowTitle() for d in approver.dialogs] == ["Second user approval"]
    assert new.amount == 6_000_000
    assert new.tenor == 24
    assert page.selected_number() == new.number
    answer(monkeypatch, WriteOffDialog, (TODAY, "Macet, anggota pindah kota"))
    event = page.write_off_selected()
    assert event is not None
    with book.read() as s:
        assert loan_records.get_loan(s, first).status == "direstrukturisasi"
        assert loan_records.get_loan(s, new.number).status == "dihapus"


def test_member_detail_lists_the_members_loans(
    qtbot: QtBot, ops: Ops, book: Book, actors: dict[Role, Actor], members: list[str]
) -> None:
    number = running_loan(book, actors)
    detail = MemberDetail(ops)
    qtbot.addWidget(detail)
    detail.show_member("A-0001")
    model = detail.loans_model
    assert model.rowCount() == 1
    assert model.data(model.index(0, LoanListModel.NUMBER)) == number
    assert model.data(model.index(0, LoanListModel.STATUS)) == "Berjalan"
    assert detail.loans_total.text() == "Outstanding loans: Rp6.000.000"
    detail.show_member("A-0002")
    assert model.rowCount() == 0


def test_the_page_holds_the_quality_panel_products_and_the_opening_import(
    qtbot: QtBot, ops_as: Callable[[Role], Ops], monkeypatch: pytest.MonkeyPatch
) -> None:
    from kopdesk.ui.loans.loans import LoansPage
    from kopdesk.ui.loans.quality import LoanQualityPanel

    kasir = LoansPage(ops_as(Role.KASIR))
    qtbot.addWidget(kasir)
    kasir.build()
    assert isinstance(kasir.sections.widget(1), LoanQualityPanel)
    assert kasir.opening_button.isHidden()
    bendahara = LoansPage(ops_as(Role.BENDAHARA))
    qtbot.addWidget(bendahara)
    bendahara.build()
    assert not bendahara.opening_button.isHidden()
    asked: list[str] = []

    def products(_parent: object, _ops: object) -> bool:
        asked.append("produk")
        return False

    monkeypatch.setattr("kopdesk.ui.loans.loans.LoanProductsDialog.ask", products)
    monkeypatch.setattr(
        "kopdesk.ui.loans.loans.LoanOpeningDialog.ask",
        lambda _ops, _parent=None: asked.append("saldo awal"),
    )
    bendahara.show_products()
    bendahara.import_opening()
    assert asked == ["produk", "saldo awal"]
