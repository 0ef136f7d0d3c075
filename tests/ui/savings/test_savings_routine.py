"""The savings routine panel (month-end, wajib billing, PPh 4(2) list) and the
Produk Simpanan dialog.

Scenario (``build_savings``), worked out by hand; sukarela earns 3 %/year on
the lowest balance of the month (minimum 10.000), PPh 4(2) is 10 % of a
member's whole monthly interest above Rp240.000:

============  ==========  ===========================  ==========================
member        date        deposit                      January 2025 interest
============  ==========  ===========================  ==========================
A-0001 Siti   2025-01-01  sukarela 2.400.000           2.400.000 × 3 % / 12 = 6.000
A-0002 Budi   2025-01-01  sukarela 120.000.000         300.000, tax 30.000
A-0003 Agus   2025-01-15  sukarela 5.000.000           lowest balance 0: none
A-0001 Siti   2025-01-20  wajib 150.000                —
============  ==========  ===========================  ==========================

January: gross 306.000, tax 30.000, net 276.000, one journal entry on 31-01-2025.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from kopdesk.app import papers as documents
from kopdesk.domain.changes import Changes
from kopdesk.domain.permissions import Actor, Role
from kopdesk.domain.savings import InterestMethod
from kopdesk.errors import ValidationError
from kopdesk.services.base import settings
from kopdesk.services.members import register as members
from kopdesk.services.members.register import MemberInput
from kopdesk.services.savings import counter
from kopdesk.services.savings import products as savings_products
from kopdesk.services.savings.routine import month_ends, plan_month_end
from kopdesk.services.savings.wajib import wajib_billing
from kopdesk.storage.db import Book
from kopdesk.ui.kit.ops import Ops
from kopdesk.ui.savings.products_dialog import SavingsProductsDialog
from kopdesk.ui.savings.routine import SavingsRoutinePanel
from kopdesk.ui.savings.routine_model import (
    ClassAmountsModel,
    InterestPlanModel,
    MaturitiesModel,
    MonthEndHistoryModel,
    SavingsProductListModel,
    TaxListModel,
    WajibBillingModel,
)
from tests.helpers import take_snapshot
from tests.ui.helpers import Shown

D = dt.date.fromisoformat

PEOPLE = (
    ("Siti Aminah", "3273015504900002", "2024-07-01"),
    ("Budi Santoso", "3171011708450001", "2024-10-01"),
    ("Agus Setiawan", "3273011203800004", "2025-01-01"),
)


def build_savings(book: Book, actor: Actor) -> None:
    """The members and deposits of the module docstring."""
    with book.unit_of_work() as s:
        for name, nik, joined in PEOPLE:
            members.register_member(
                s, actor, MemberInput(full_name=name, nik=nik, birth_date=None, join_date=D(joined))
            )
        for member, product, amount, day in (
            ("A-0001", "sukarela", 2_400_000, "2025-01-01"),
            ("A-0002", "sukarela", 120_000_000, "2025-01-01"),
            ("A-0003", "sukarela", 5_000_000, "2025-01-15"),
            ("A-0001", "wajib", 150_000, "2025-01-20"),
        ):
            counter.deposit(s, actor, member=member, product=product, amount=amount, on=D(day))


@pytest.fixture
def panel(qtbot: QtBot, ops: Ops, bendahara: Actor) -> SavingsRoutinePanel:
    build_savings(ops.book, bendahara)
    widget = SavingsRoutinePanel(ops)
    qtbot.addWidget(widget)
    widget.refresh()
    return widget


def column(model: Any, col: int) -> list[str]:
    return [model.cell(row, col) for row in range(model.rowCount())]


# --- month-end ----------------------------------------------------------------------


def test_month_end_preview_shows_interest_tax_and_totals(panel: SavingsRoutinePanel) -> None:
    tab = panel.month_end
    assert tab.month_field.value() == "2025-01"  # nothing processed: the year's first month
    plan = tab.preview()
    assert plan is not None
    model = tab.plan_model
    assert column(model, 0) == ["SS-A-0001", "SS-A-0002", ""]
    assert [model.cell(1, c) for c in (1, 3, 4, 5)] == [
        "A-0002 Budi Santoso",
        "Saldo terendah bulanan",
        "120.000.000",
        "3",
    ]
    assert [model.cell(1, c) for c in (6, 7, 8, 9)] == ["300.000", "30.000", "270.000", "SS-A-0002"]
    assert [model.cell(2, c) for c in (1, 6, 7, 8)] == ["Total", "306.000", "30.000", "276.000"]
    assert tab.post_button.isEnabled()
    assert tab.maturities_view.isHidden()
    assert "Rp306.000" in tab.summary.text()


def test_posting_asks_first_shows_the_entry_and_moves_to_the_next_month(
    panel: SavingsRoutinePanel, shown: Shown
) -> None:
    tab = panel.month_end
    tab.preview()
    shown.answer = False
    assert tab.post() is None
    assert len(shown.questions) == 1
    assert "Januari 2025" in shown.questions[0]
    with panel.ops.book.read() as s:
        assert month_ends(s) == []
    shown.answer = True
    number = tab.post()
    assert number
    assert number in tab.result_label.text()
    assert not tab.post_button.isEnabled()
    assert tab.history_model.rowCount() == 1
    assert tab.history_model.cell(0, 0) == "Januari 2025"
    assert tab.history_model.cell(0, 1) == number
    assert tab.month_field.value() == "2025-02"
    with panel.ops.book.read() as s:
        (summary,) = month_ends(s)
    assert (summary.gross_total, summary.tax_total) == (306_000, 30_000)


def test_a_processed_month_is_refused_in_the_tab_not_in_a_box(
    panel: SavingsRoutinePanel, shown: Shown
) -> None:
    tab = panel.month_end
    tab.preview()
    tab.post()
    tab.month_field.set_value("2025-01")
    assert tab.preview() is None
    assert "sudah diproses" in tab.banner.text()
    assert not tab.post_button.isEnabled()
    assert shown.errors == []


def test_the_kasir_may_preview_but_not_post(
    qtbot: QtBot, ops_as: Any, bendahara: Actor, book: Book
) -> None:
    build_savings(book, bendahara)
    widget = SavingsRoutinePanel(ops_as(Role.KASIR))
    qtbot.addWidget(widget)
    widget.refresh()
    assert widget.month_end.preview() is not None
    assert widget.month_end.post_button.isHidden()
    assert widget.month_end.post() is None


def test_the_tax_list_shows_the_processed_month(panel: SavingsRoutinePanel) -> None:
    panel.month_end.preview()
    panel.month_end.post()
    panel.tabs.setCurrentWidget(panel.tax)
    tax = panel.tax
    assert tax.month_field.value() == "2025-01"
    assert column(tax.model, 0) == ["A-0001", "A-0002", ""]
    assert [tax.model.cell(2, c) for c in (4, 5, 6)] == ["306.000", "30.000", "276.000"]
    tax.month_field.set_value("2025-02")
    assert tax.model.rowCount() == 0
    assert "belum diproses" in tax.banner.text()


# --- wajib billing ------------------------------------------------------------------


def test_wajib_billing_lists_arrears_and_filters_the_late(panel: SavingsRoutinePanel) -> None:
    panel.tabs.setCurrentWidget(panel.wajib)
    tab = panel.wajib
    tab.date_edit.set_value(D("2025-03-31"))
    # Siti: Jul 2024–Mar 2025 = 9 × 50.000 due, 150.000 paid; Budi: Oct–Mar = 6 months;
    # Agus: Jan–Mar = 3 months
    assert column(tab.model, 0) == ["A-0001", "A-0002", "A-0003", ""]
    assert [tab.model.cell(0, c) for c in (5, 6, 7, 8, 9)] == [
        "9",
        "450.000",
        "150.000",
        "300.000",
        "6",
    ]
    assert tab.model.cell(3, 8) == "750.000"
    assert "Rp750.000" in tab.summary.text()
    with panel.ops.book.unit_of_work() as s:
        counter.deposit(
            s, panel.ops.actor, member="A-0003", product="wajib", amount=150_000, on=D("2025-02-01")
        )
    tab.late_check.setChecked(True)
    assert column(tab.model, 0) == ["A-0001", "A-0002", ""]


# --- models -------------------------------------------------------------------------


def test_models_pass_the_model_tester(qtmodeltester: Any, ops: Ops, bendahara: Actor) -> None:
    build_savings(ops.book, bendahara)
    with ops.book.read() as s:
        plan = plan_month_end(s, "2025-01")
        billing = wajib_billing(s, D("2025-03-31"))
        products = savings_products.list_products(s)
    plan_model = InterestPlanModel()
    plan_model.set_plan(plan)
    maturities = MaturitiesModel()
    maturities.set_plan(plan)
    wajib = WajibBillingModel()
    wajib.set_billing(billing)
    products_model = SavingsProductListModel()
    products_model.set_products(products)
    history = MonthEndHistoryModel()
    tax = TaxListModel()
    for model in (plan_model, maturities, wajib, products_model, history, tax):
        qtmodeltester.check(model)
    classes = ClassAmountsModel()
    classes.set_amounts({"Karyawan": 100_000, "Umum": 50_000})
    qtmodeltester.check(classes)
    assert products_model.cell(2, 3) == "3"


def test_class_amounts_are_typed_and_checked(qapp: object) -> None:
    model = ClassAmountsModel()
    row = model.add_row()
    model.setData(model.index(row, 0), " Guru ")
    model.setData(model.index(row, 1), "75000")
    assert model.data(model.index(row, 1)) == "75.000"
    model.add_row()  # an empty row is ignored
    assert model.amounts() == {"Guru": 75_000}
    model.setData(model.index(1, 1), "12,5")
    with pytest.raises(ValidationError, match="class name"):
        model.amounts()
    model.remove_row(1)
    assert model.amounts() == {"Guru": 75_000}


# --- products dialog ----------------------------------------------------------------


def test_product_dialog_saves_a_new_rate(qtbot: QtBot, ops: Ops) -> None:
    dialog = SavingsProductsDialog(ops)
    qtbot.addWidget(dialog)
    assert dialog.model.rowCount() == 4
    dialog.select_product("sukarela")
    assert dialog.product is not None
    assert dialog.product.code == "sukarela"
    assert not dialog.interest_box.isHidden()
    assert dialog.term_box.isHidden()
    assert dialog.rate_edit.text() == "3"
    assert not dialog.is_modified()
    dialog.rate_edit.setText("4,5")
    assert dialog.is_modified()
    assert dialog.save()
    with ops.book.read() as s:
        product = savings_products.get_product(s, "sukarela")
    assert str(product.rate_percent) == "4.5"
    assert dialog.saved
    assert "saved" in dialog.saved_label.text()
    assert dialog.model.cell(2, 3) == "4,5"
    assert not dialog.is_modified()


def test_product_dialog_refuses_a_bad_rate_beside_the_field(
    qtbot: QtBot, ops: Ops, shown: Shown
) -> None:
    dialog = SavingsProductsDialog(ops)
    qtbot.addWidget(dialog)
    dialog.select_product("sukarela")
    before = take_snapshot(ops.book)
    dialog.rate_edit.setText("4,5,1")
    assert not dialog.save()
    assert "tidak dapat dibaca" in dialog.errors["rate_percent"].text()
    dialog.rate_edit.setText("75")
    assert not dialog.save()
    assert "antara 0 dan 50" in dialog.errors["rate_percent"].text()
    assert take_snapshot(ops.book) == before
    assert shown.errors == []
    assert not dialog.saved


def test_wajib_class_amounts_are_saved(qtbot: QtBot, ops: Ops) -> None:
    dialog = SavingsProductsDialog(ops)
    qtbot.addWidget(dialog)
    dialog.select_product("wajib")
    assert not dialog.classes_box.isHidden()
    assert dialog.interest_box.isHidden()
    row = dialog.classes.add_row()
    dialog.classes.setData(dialog.classes.index(row, 0), "Karyawan")
    dialog.classes.setData(dialog.classes.index(row, 1), "100.000")
    assert dialog.save()
    with ops.book.read() as s:
        product = savings_products.get_product(s, "wajib")
    assert product.class_amounts == {"Karyawan": 100_000}
    assert product.monthly_for("Karyawan") == 100_000


def test_product_dialog_is_read_only_without_the_right(qtbot: QtBot, ops_as: Any) -> None:
    dialog = SavingsProductsDialog(ops_as(Role.KASIR))
    qtbot.addWidget(dialog)
    assert dialog.save_button.isHidden()
    assert dialog.rate_edit.isReadOnly()
    assert not dialog.method_combo.isEnabled()
    assert not dialog.save()
    assert not dialog.is_modified()


def test_switching_products_with_changes_asks_first(qtbot: QtBot, ops: Ops, shown: Shown) -> None:
    dialog = SavingsProductsDialog(ops)
    qtbot.addWidget(dialog)
    dialog.select_product("sukarela")
    dialog.rate_edit.setText("5")
    shown.answer = False
    dialog.select_product("berjangka")
    assert dialog.product is not None
    assert dialog.product.code == "sukarela"
    assert dialog.rate_edit.text() == "5"
    shown.answer = True
    dialog.select_product("berjangka")
    assert dialog.product is not None
    assert dialog.product.code == "berjangka"
    assert dialog.method_combo.currentData() == InterestMethod.AVERAGE_DAILY.value


def test_ask_returns_whether_a_product_was_saved(
    qtbot: QtBot, ops: Ops, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(SavingsProductsDialog, "exec", lambda self: 0)
    assert SavingsProductsDialog.ask(None, ops) is False


def test_a_tax_threshold_setting_shows_in_the_summary(panel: SavingsRoutinePanel) -> None:
    with panel.ops.book.unit_of_work() as s:
        settings.set_int(s, settings.SAVINGS_TAX_THRESHOLD, 500_000)
    plan = panel.month_end.preview()
    assert plan is not None
    assert plan.tax_total == 0
    assert "Rp500.000" in panel.month_end.summary.text()


# --- printing -----------------------------------------------------------------------


def test_print_buttons_hide_while_the_papers_do_not_exist(
    qtbot: QtBot, ops: Ops, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delattr(documents, "wajib_arrears_pdf", raising=False)
    monkeypatch.delattr(documents, "tax_list_pdf", raising=False)
    widget = SavingsRoutinePanel(ops)
    qtbot.addWidget(widget)
    assert widget.wajib.print_button.isHidden()
    assert widget.tax.print_button.isHidden()


def test_the_lists_print_through_the_documents(
    qtbot: QtBot,
    panel: SavingsRoutinePanel,
    shown: Shown,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    calls: list[tuple[object, ...]] = []

    def wajib_pdf(book: Book, through: dt.date, *, actor: Actor) -> bytes:
        calls.append(("wajib", through, actor.username))
        return b"%PDF-wajib"

    def tax_pdf(book: Book, month: str, *, actor: Actor) -> bytes:
        calls.append(("pph", month, actor.username))
        return b"%PDF-pph"

    monkeypatch.setattr(documents, "wajib_arrears_pdf", wajib_pdf, raising=False)
    monkeypatch.setattr(documents, "tax_list_pdf", tax_pdf, raising=False)
    panel.month_end.preview()
    panel.month_end.post()
    ops = panel.ops
    printing = SavingsRoutinePanel(ops)  # built after the papers exist
    qtbot.addWidget(printing)
    printing.refresh()
    assert not printing.wajib.print_button.isHidden()
    printing.wajib.date_edit.set_value(D("2025-03-31"))
    shown.save_to = tmp_path / "wajib.pdf"
    printing.wajib.print_pdf()
    shown.save_to = tmp_path / "pph.pdf"
    printing.tax.print_pdf()
    assert calls == [("wajib", D("2025-03-31"), "bendahara"), ("pph", "2025-01", "bendahara")]
    assert (tmp_path / "pph.pdf").read_bytes() == b"%PDF-pph"
    assert shown.opened == [tmp_path / "wajib.pdf", tmp_path / "pph.pdf"]


def test_a_change_to_the_books_keeps_the_chosen_month_and_drops_the_preview(
    panel: SavingsRoutinePanel,
) -> None:
    tab = panel.month_end
    tab.month_field.set_value("2025-02")
    assert tab.preview() is not None
    with panel.ops.book.unit_of_work() as s:
        counter.deposit(
            s, panel.ops.actor, member="A-0003", product="wajib", amount=50_000, on=D("2025-02-03")
        )
    panel.ops.changes_applied.emit(Changes(journal=True))
    panel.refresh()
    assert tab.month_field.value() == "2025-02"
    assert tab.plan is None
    assert not tab.post_button.isEnabled()
