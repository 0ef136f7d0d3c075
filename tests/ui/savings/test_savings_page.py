"""Simpanan: the teller screen driven from the keyboard — find a member, deposit,
a refused withdrawal that writes nothing, a transfer, a term deposit placement,
receipts, corrections, roles; the savings models and the member detail tab."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from kopdesk.app import papers as documents
from kopdesk.domain.changes import Changes
from kopdesk.domain.permissions import Actor, Role
from kopdesk.services.members.register import MemberInput, register_member
from kopdesk.services.savings.accounts import AccountInfo, member_accounts
from kopdesk.services.savings.counter import deposit
from kopdesk.services.savings.transactions import transactions
from kopdesk.services.savings.wajib import wajib_status
from kopdesk.storage.db import Book
from kopdesk.ui.kit import preview
from kopdesk.ui.kit.ops import Ops
from kopdesk.ui.register.member_detail import MemberDetail
from kopdesk.ui.savings.correction_dialog import CorrectionDialog
from kopdesk.ui.savings.counter import SavingsPage
from kopdesk.ui.savings.counter_form import PINDAH, SETOR, TARIK
from kopdesk.ui.savings.savings_model import SavingsAccountsModel, SavingsTransactionsModel
from tests.helpers import Snapshot
from tests.ui.helpers import Shown
from tests.ui.kit.test_dual_control import _approve_with
from tests.ui.member_data import nik

TODAY = dt.date(2025, 6, 30)
SITI = MemberInput(
    full_name="Siti Aminah",
    nik=nik(1, female=True, born=dt.date(1990, 4, 15)),
    birth_date=None,
    join_date=dt.date(2025, 1, 2),
)
BUDI = MemberInput(
    full_name="Budi Santoso",
    nik=nik(2, born=dt.date(1985, 7, 1)),
    birth_date=None,
    join_date=dt.date(2025, 1, 6),
)


@pytest.fixture(autouse=True)
def fixed_today(monkeypatch: pytest.MonkeyPatch) -> None:
    """The test book's open year is 2025: the counter works on 30 June 2025."""
    for module in ("kit.widgets", "kit.dates", "savings.counter", "register.member_detail"):
        monkeypatch.setattr(f"kopdesk.ui.{module}.today", lambda: TODAY)


@pytest.fixture
def members(book: Book, bendahara: Actor) -> list[str]:
    """Siti (A-0001): pokok 100.000, wajib 150.000, sukarela 1.000.000; Budi (A-0002): pokok."""
    with book.unit_of_work() as s:
        siti = register_member(s, bendahara, SITI).number
        budi = register_member(s, bendahara, BUDI).number
        for number in (siti, budi):
            deposit(s, bendahara, member=number, product="pokok", amount=100_000, on=TODAY)
        deposit(s, bendahara, member=siti, product="wajib", amount=150_000, on=dt.date(2025, 3, 3))
        deposit(s, bendahara, member=siti, product="sukarela", amount=1_000_000, on=TODAY)
    return [siti, budi]


@pytest.fixture
def page_as(
    qtbot: QtBot, ops_as: Callable[[Role], Ops], members: list[str]
) -> Callable[[Role], SavingsPage]:
    def make(role: Role) -> SavingsPage:
        widget = SavingsPage(ops_as(role))
        qtbot.addWidget(widget)
        widget.resize(1020, 760)
        widget.show()
        qtbot.waitExposed(widget)
        widget.activateWindow()
        return widget

    return make


@pytest.fixture
def page(page_as: Callable[[Role], SavingsPage]) -> SavingsPage:
    """The counter as the Kasir."""
    return page_as(Role.KASIR)


def accounts(book: Book, number: str = "A-0001") -> dict[str, AccountInfo]:
    with book.read() as s:
        return {a.number: a for a in member_accounts(s, number)}


def chosen(page: SavingsPage) -> str | None:
    """The member number the counter works for."""
    return page.current.member.number if page.current else None


def find(qtbot: QtBot, page: SavingsPage, text: str) -> None:
    """Type in the member finder and press Enter."""
    page.finder.focus()
    qtbot.keyClicks(page.finder.edit, text)
    qtbot.keyClick(page.finder.edit, Qt.Key.Key_Return)


def type_amount(qtbot: QtBot, page: SavingsPage, text: str) -> None:
    edit = page.form.amount_edit
    edit.selectAll()
    qtbot.keyClicks(edit, text)
    qtbot.keyClick(edit, Qt.Key.Key_Return)


def test_deposit_without_the_mouse(qtbot: QtBot, page: SavingsPage, book: Book) -> None:
    find(qtbot, page, "siti")
    assert page.current is not None
    assert page.current.member.number == "A-0001"
    assert page.title.text() == "Siti Aminah  ·  A-0001"
    assert QApplication.focusWidget() is page.form.amount_edit
    assert page.form.kind() == SETOR
    assert page.form.product_combo.currentText() == "Simpanan Wajib"
    assert page.form.amount_edit.text() == "50.000"  # the month's wajib, suggested

    type_amount(qtbot, page, "1.250.000")

    assert accounts(book)["SW-A-0001"].balance == 1_400_000
    tx = page.last_tx
    assert tx is not None
    assert tx.number == "BS-2025-000005"
    assert "Saved as BS-2025-000005" in page.result_label.text()
    assert "Balance now Rp1.400.000" in page.result_label.text()
    assert page.result.isVisible()
    assert page.form.amount_edit.text() == ""  # ready for the next one, nothing suggested
    assert QApplication.focusWidget() is page.form.amount_edit
    assert page.history_model.transaction(0) is not None
    assert page.history_model.data(page.history_model.index(0, 0)) == "BS-2025-000005"
    assert page.today_model.row_of("BS-2025-000005") >= 0
    # Enter again on the empty amount posts nothing twice
    qtbot.keyClick(page.form.amount_edit, Qt.Key.Key_Return)
    assert page.form.amount_error.text()
    assert accounts(book)["SW-A-0001"].balance == 1_400_000


def test_amount_shows_the_formatted_value(qtbot: QtBot, page: SavingsPage) -> None:
    find(qtbot, page, "A-0001")
    page.form.amount_edit.clear()
    qtbot.keyClicks(page.form.amount_edit, "1250000")
    assert page.form.amount_hint.text() == "Rp1.250.000"
    page.form.amount_edit.editingFinished.emit()
    assert page.form.amount_edit.text() == "1.250.000"


def test_refused_withdrawal_writes_nothing_and_keeps_the_form(
    qtbot: QtBot, page: SavingsPage, snapshot: Callable[[], Snapshot], shown: Shown
) -> None:
    find(qtbot, page, "siti")
    qtbot.keyClick(page.form.amount_edit, Qt.Key.Key_F3)
    assert page.form.kind() == TARIK
    assert page.form.product_combo.currentText() == "Simpanan Sukarela"
    assert "Rp990.000" in page.form.info_label.text()  # the minimum balance stays
    before = snapshot()

    type_amount(qtbot, page, "5.000.000")

    assert snapshot() == before
    message = page.form.amount_error.text()
    assert "yang dapat ditarik paling banyak Rp990.000, bukan Rp5.000.000" in message
    assert not page.form.amount_error.isHidden()
    assert page.form.amount_edit.text() == "5.000.000"
    assert page.form.kind() == TARIK
    assert shown.errors == []
    assert page.last_tx is None


def test_withdrawal_of_what_is_available(qtbot: QtBot, page: SavingsPage, book: Book) -> None:
    find(qtbot, page, "siti")
    page.start(TARIK)
    type_amount(qtbot, page, "990.000")
    assert accounts(book)["SS-A-0001"].balance == 10_000
    assert page.last_tx is not None
    assert page.last_tx.number.startswith("BP-2025-")


def test_transfer_sukarela_to_wajib(qtbot: QtBot, page: SavingsPage, book: Book) -> None:
    find(qtbot, page, "siti")
    qtbot.keyClick(page.form.amount_edit, Qt.Key.Key_F4)
    assert page.form.kind() == PINDAH
    assert page.form.product_combo.currentText() == "Simpanan Sukarela"
    assert page.form.to_combo.currentText() == "Simpanan Wajib"
    assert page.form.cash_combo.isHidden()
    type_amount(qtbot, page, "100.000")
    balances = accounts(book)
    assert balances["SS-A-0001"].balance == 900_000
    assert balances["SW-A-0001"].balance == 250_000
    assert page.last_tx is not None
    assert page.last_tx.number == "PB-2025-000001"
    assert "to Simpanan Wajib" in page.result_label.text()


def test_term_deposit_paid_out_from_one_of_two_placements(
    qtbot: QtBot, page: SavingsPage, book: Book, bendahara: Actor
) -> None:
    with book.unit_of_work() as s:
        for amount in (2_000_000, 3_000_000):
            deposit(s, bendahara, member="A-0001", product="berjangka", amount=amount, on=TODAY)
    find(qtbot, page, "siti")
    page.start(TARIK)
    form = page.form
    form.product_combo.setCurrentIndex(form.product_combo.findText("Simpanan Berjangka"))
    assert not form.account_combo.isHidden()
    assert form.account_combo.count() == 2
    form.account_combo.setCurrentIndex(1)
    assert form.amount_edit.text() == "3.000.000"  # paid out whole
    type_amount(qtbot, page, "3.000.000")
    left = accounts(book)
    assert "SB-A-0001-02" not in left  # closed
    assert left["SB-A-0001-01"].balance == 2_000_000
    assert page.last_tx is not None
    assert page.last_tx.penalty == 30_000


def test_finder_down_and_escape(qtbot: QtBot, page: SavingsPage) -> None:
    page.finder.focus()
    qtbot.keyClicks(page.finder.edit, "a-000")
    qtbot.keyClick(page.finder.edit, Qt.Key.Key_Down)
    assert QApplication.focusWidget() is page.finder.view
    assert page.finder.model.rowCount() == 2
    qtbot.keyClick(page.finder.view, Qt.Key.Key_Down)
    qtbot.keyClick(page.finder.view, Qt.Key.Key_Return)
    assert page.current is not None
    assert page.current.member.number == "A-0002"
    assert page.finder.view.isHidden()
    qtbot.keyClick(page.form.amount_edit, Qt.Key.Key_Escape)
    assert chosen(page) is None
    assert page.finder.edit.text() == ""
    assert QApplication.focusWidget() is page.finder.edit


def test_enter_picks_the_exact_number_first(qtbot: QtBot, page: SavingsPage) -> None:
    find(qtbot, page, "a-0002")
    assert page.current is not None
    assert page.current.member.full_name == "Budi Santoso"


def test_no_member_no_posting(qtbot: QtBot, page: SavingsPage, book: Book) -> None:
    page.form.amount_edit.setFocus()
    type_amount(qtbot, page, "50.000")
    assert page.form.message.text() == "Choose a member first (Ctrl+F)."
    with book.read() as s:
        assert len(transactions(s)) == 4


def test_wajib_arrears_shown(qtbot: QtBot, page: SavingsPage, book: Book) -> None:
    with book.read() as s:
        status = wajib_status(s, "A-0001", TODAY)
    find(qtbot, page, "siti")
    assert status.arrears > 0
    months = -(-status.arrears // status.monthly)
    expected = f"Simpanan wajib arrears: Rp{status.arrears:,} ({months} months)"
    assert page.wajib_label.text() == expected.replace(",", ".")
    page.start(SETOR)
    type_amount(qtbot, page, f"{status.arrears + 50_000:,}".replace(",", "."))
    assert page.wajib_label.text() == "Simpanan wajib paid ahead: Rp50.000"


def test_pengawas_sees_read_only(page_as: Callable[[Role], SavingsPage], qtbot: QtBot) -> None:
    page = page_as(Role.PENGAWAS)
    find(qtbot, page, "siti")
    assert page.accounts_model.rowCount() == 3
    assert not page.form.isEnabled()
    assert not page.notice.isHidden()
    assert "as Pengawas you can look at members' savings" in page.notice.text()
    assert page.correct_button.isHidden()
    assert page.form.post() is None


def test_kasir_cannot_correct(page: SavingsPage) -> None:
    assert page.correct_button.isHidden()
    assert page.correct_selected() is None


def test_bendahara_corrects_from_the_history(
    qtbot: QtBot,
    page_as: Callable[[Role], SavingsPage],
    book: Book,
    monkeypatch: pytest.MonkeyPatch,
    shown: Shown,
) -> None:
    page = page_as(Role.BENDAHARA)
    find(qtbot, page, "siti")
    page.lists.setCurrentWidget(page.history_view)
    asked: list[str] = []

    def ask(_cls: type, summary: str, on: dt.date, _parent: object = None) -> tuple[dt.date, str]:
        asked.append(summary)
        return on, "Salah ketik jumlah"

    monkeypatch.setattr(CorrectionDialog, "ask", classmethod(ask))
    # the transaction is older than the correction window: a Ketua approves
    approver = _approve_with(monkeypatch, qtbot, "ketua")
    row = page.history_model.row_of("BS-2025-000004")  # sukarela 1.000.000
    page.history_view.selectRow(row)
    corrected = page.correct_selected()
    assert corrected is not None
    assert corrected.number == "KS-2025-000001"
    assert asked == ["BS-2025-000004 · Setoran · Siti Aminah · Rp1.000.000"]
    assert len(approver.dialogs) == 1
    assert approver.dialogs[0].windowTitle() == "Second user approval"
    assert shown.errors == []
    assert "SS-A-0001" not in accounts(book) or accounts(book)["SS-A-0001"].balance == 0
    model = page.history_model
    row = model.row_of("BS-2025-000004")
    assert model.data(model.index(row, SavingsTransactionsModel.NOTE)) == "corrected"


def test_receipt_is_saved_and_opened(
    qtbot: QtBot,
    page: SavingsPage,
    shown: Shown,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    made: list[tuple[str, str]] = []

    def receipt_pdf(_book: Book, number: str, *, actor: Actor, layout: str = "a5") -> bytes:
        assert actor.role is Role.KASIR
        made.append((number, layout))
        return b"%PDF-1.4 bukti"

    monkeypatch.setattr(documents, "receipt_pdf", receipt_pdf, raising=False)
    shown.save_to = tmp_path / "bukti.pdf"
    find(qtbot, page, "siti")
    type_amount(qtbot, page, "50.000")
    page.print_last_receipt("58mm")
    assert made == [("BS-2025-000005", "58mm")]
    assert shown.opened == [tmp_path / "bukti.pdf"]
    assert (tmp_path / "bukti.pdf").read_bytes() == b"%PDF-1.4 bukti"


@pytest.mark.parametrize(
    ("layout", "width_mm", "height_mm"),
    [("a5", 210.0, 148.0), ("58mm", 58.0, None)],
)
def test_print_directly_sends_the_receipt_to_the_default_printer(
    qtbot: QtBot,
    page: SavingsPage,
    shown: Shown,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    layout: str,
    width_mm: float,
    height_mm: float | None,
) -> None:
    """With "Print directly" ticked the receipt skips the preview: the default
    printer (here one that prints to a file) gets one page of the receipt's size."""
    out = tmp_path / "printer.pdf"
    printers: list[QPrinter] = []

    def default_printer() -> QPrinter:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(out))
        printers.append(printer)
        return printer

    monkeypatch.setattr(preview, "default_printer", default_printer)
    find(qtbot, page, "siti")
    type_amount(qtbot, page, "50.000")
    page.direct_check.setChecked(True)
    page.print_last_receipt(layout)
    assert len(printers) == 1
    assert shown.previewed == []
    assert shown.errors == []
    pages = PdfReader(out).pages
    assert len(pages) == 1
    width, height = (float(v) * 25.4 / 72 for v in pages[0].mediabox[2:])
    assert width == pytest.approx(width_mm, abs=0.5)
    if height_mm is not None:
        assert height == pytest.approx(height_mm, abs=0.5)
    assert len(pages[0].images) == 1  # the receipt, rendered at the printer's resolution


def test_print_directly_is_remembered_on_this_computer(
    page_as: Callable[[Role], SavingsPage],
) -> None:
    first = page_as(Role.KASIR)
    assert not first.direct_check.isChecked()
    first.direct_check.setChecked(True)
    assert preview.direct_receipts()
    assert page_as(Role.BENDAHARA).direct_check.isChecked()


def test_without_print_directly_the_receipt_opens_in_the_preview(
    qtbot: QtBot, page: SavingsPage, shown: Shown, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(preview, "default_printer", pytest.fail)
    find(qtbot, page, "siti")
    type_amount(qtbot, page, "50.000")
    page.print_last_receipt("58mm")
    assert len(shown.previewed) == 1
    assert shown.previewed[0].startswith(b"%PDF")


def test_models_pass_the_model_tester(page: SavingsPage, qtbot: QtBot, qtmodeltester: Any) -> None:
    find(qtbot, page, "siti")
    qtmodeltester.check(page.accounts_model)
    qtmodeltester.check(page.history_model)
    qtmodeltester.check(page.today_model)
    model = page.accounts_model
    cells = [model.data(model.index(2, c)) for c in range(model.columnCount())]
    assert cells == ["Simpanan Sukarela", "SS-A-0001", "1.000.000", "990.000", ""]
    assert model.total() == 1_250_000
    empty = SavingsAccountsModel()
    qtmodeltester.check(empty)


def test_member_detail_has_a_savings_tab(
    qtbot: QtBot, ops: Ops, members: list[str], book: Book, bendahara: Actor
) -> None:
    detail = MemberDetail(ops)
    qtbot.addWidget(detail)
    detail.show_member("A-0001")
    assert "Savings" in [detail.tabs.tabText(i) for i in range(detail.tabs.count())]
    assert detail.savings_accounts_model.rowCount() == 3
    assert detail.savings_history_model.rowCount() == 3
    assert detail.savings_total.text() == "Total savings: Rp1.250.000"
    ops.run(
        None,
        lambda s: deposit(
            s, bendahara, member="A-0001", product="sukarela", amount=25_000, on=TODAY
        ),
    )
    assert detail.savings_total.text() == "Total savings: Rp1.275.000"
    detail.show_member(None)
    assert detail.savings_accounts_model.rowCount() == 0


def test_a_new_term_deposit_takes_its_term_and_roll_over_at_the_counter(
    qtbot: QtBot, page: SavingsPage, book: Book
) -> None:
    find(qtbot, page, "A-0001")
    page.form.set_kind(SETOR)
    page.form.product_combo.setCurrentIndex(page.form.product_combo.findData("berjangka"))
    assert page.form.term_spin.isVisibleTo(page.form)
    assert page.form.term_spin.value() == 12  # the product's term
    page.form.term_spin.setValue(6)
    page.form.rollover_check.setChecked(False)
    type_amount(qtbot, page, "5.000.000")
    placement = next(a for a in accounts(book).values() if a.product_code == "berjangka")
    assert placement.term_months == 6
    assert placement.maturity_date == dt.date(2025, 12, 30)  # 30 June + 6 months
    assert not placement.rollover
    page.form.set_kind(TARIK)
    assert not page.form.term_spin.isVisibleTo(page.form)


def test_the_bendahara_has_the_products_and_imports_the_kasir_only_the_products(
    page_as: Callable[[Role], SavingsPage], monkeypatch: pytest.MonkeyPatch
) -> None:
    kasir = page_as(Role.KASIR)
    assert not kasir.products_button.isHidden()
    assert kasir.opening_button.isHidden()
    assert kasir.payroll_button.isHidden()
    bendahara = page_as(Role.BENDAHARA)
    assert not bendahara.opening_button.isHidden()
    assert not bendahara.payroll_button.isHidden()
    reloaded: list[bool] = []
    monkeypatch.setattr(
        "kopdesk.ui.savings.counter.SavingsProductsDialog.ask", lambda _parent, _ops: True
    )
    monkeypatch.setattr(bendahara.form, "reload_products", lambda: reloaded.append(True))
    assert bendahara.show_products()
    assert reloaded == [True]
    assert bendahara.sections.indexOf(bendahara.routine) == 1


def test_changed_product_terms_reach_the_counter(
    qtbot: QtBot, page: SavingsPage, book: Book, bendahara: Actor
) -> None:
    from dataclasses import asdict

    from kopdesk.services.savings.products import ProductInput, get_product, update_product

    with book.unit_of_work() as s:
        current = asdict(get_product(s, "berjangka"))
        terms = {k: v for k, v in current.items() if k in ProductInput.__dataclass_fields__}
        terms.update(rate_percent="7,5", penalty_percent=str(terms["penalty_percent"]))
        update_product(s, bendahara, "berjangka", ProductInput(**terms))
    page.ops.changes_applied.emit(Changes(savings=True))
    page.form.set_kind(SETOR)
    page.form.product_combo.setCurrentIndex(page.form.product_combo.findData("berjangka"))
    assert "7,5%" in page.form.info_label.text()


def test_history_shows_month_end_interest_without_a_receipt(
    qtbot: QtBot, page_as: Callable[[Role], SavingsPage], book: Book, bendahara: Actor,
    shown: Shown,
) -> None:  # fmt: skip
    from kopdesk.services.savings import routine as savings_routine

    with book.unit_of_work() as s:  # Siti's sukarela 1.000.000 earns interest in July
        july = savings_routine.run_month_end(s, bendahara, "2025-07", today=dt.date(2025, 8, 1))
    page = page_as(Role.BENDAHARA)
    find(qtbot, page, "siti")
    model = page.history_model
    row = model.row_of(july.entry_number or "")
    assert row == 0  # the newest mutation
    assert model.data(model.index(row, SavingsTransactionsModel.KIND)) == "Jasa / jatuh tempo"
    # 1.000.000 × 3% / 12 = 2.500
    assert model.data(model.index(row, SavingsTransactionsModel.AMOUNT)) == "2.500"
    page.lists.setCurrentWidget(page.history_view)
    page.history_view.selectRow(row)
    page.print_selected_receipt("a5")
    page.correct_selected()
    assert len(shown.infos) == 2
    assert all("not a counter transaction" in text for text in shown.infos)
