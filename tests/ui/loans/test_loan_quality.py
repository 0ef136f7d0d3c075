"""Loan quality panel: arrears and aging, kolektibilitas with the allowance required and
formed, the month-end allowance posted once; its models through the model tester. The
loan products dialog (a rate change needs a second user) and Pengaturan → Pinjaman."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from kopdesk.app import papers as documents
from kopdesk.domain.permissions import Actor, Role
from kopdesk.services.base import settings
from kopdesk.services.loans.products import LoanProductInfo, get_product
from kopdesk.services.loans.quality import allowance_runs
from kopdesk.storage.db import Book
from kopdesk.ui.kit.ops import Ops
from kopdesk.ui.loans.products_dialog import LoanProductsDialog
from kopdesk.ui.loans.quality import LoanQualityPanel
from kopdesk.ui.loans.quality_model import LoanProductListModel, PositionsModel
from kopdesk.ui.loans.settings import LoanSettingsPanel
from tests.helpers import Snapshot
from tests.ui.helpers import Shown
from tests.ui.kit.test_dual_control import _approve_with
from tests.ui.loans.test_loan_counter import borrowers

__all__ = ["borrowers"]  # the fixture: Siti late since 15 February, Budi's loan new in June

TODAY = dt.date(2025, 6, 30)


@pytest.fixture(autouse=True)
def fixed_today(monkeypatch: pytest.MonkeyPatch) -> None:
    for module in ("kit.widgets", "kit.dates", "loans.quality", "savings.routine"):
        monkeypatch.setattr(f"kopdesk.ui.{module}.today", lambda: TODAY)


@pytest.fixture
def panel_as(
    qtbot: QtBot, ops_as: Callable[[Role], Ops], borrowers: dict[str, str]
) -> Callable[[Role], LoanQualityPanel]:
    def make(role: Role) -> LoanQualityPanel:
        widget = LoanQualityPanel(ops_as(role))
        qtbot.addWidget(widget)
        widget.resize(1100, 700)
        widget.show()
        qtbot.waitExposed(widget)
        return widget

    return make


def test_arrears_as_of_a_date(panel_as: Callable[[Role], LoanQualityPanel]) -> None:
    panel = panel_as(Role.KASIR)
    tab = panel.arrears
    assert tab.date_edit.value() == TODAY
    assert tab.late_model.rowCount() == 1  # Budi's loan is not due yet
    late = tab.late_model.position(0)
    assert late is not None
    assert (late.loan_number, late.days_past_due) == ("PJ-2025-0001", 135)
    aging = tab.aging_model
    labels = [aging.cell(r, 0) for r in range(aging.rowCount())]
    assert aging.cell(labels.index("91–180 hari"), 1) == "1"
    assert aging.cell(aging.rowCount() - 1, 2) == "8.000.000"  # total principal left
    assert "1 of 2 running loans are late" in tab.summary.text()
    tab.date_edit.set_value(dt.date(2025, 2, 10))  # before the first installment fell due
    assert tab.late_model.rowCount() == 0


def test_collectibility_and_allowance(panel_as: Callable[[Role], LoanQualityPanel]) -> None:
    panel = panel_as(Role.BENDAHARA)
    panel.tabs.setCurrentWidget(panel.collectibility)
    model = panel.collectibility.grades_model
    rows = {model.cell(r, 0): r for r in range(model.rowCount())}
    kl = rows["Kurang lancar"]
    assert [model.cell(kl, c) for c in range(model.columnCount())] == [
        "Kurang lancar", "1", "6.000.000", "75", "0", "10", "600.000",
    ]  # fmt: skip
    assert model.cell(rows["Lancar"], 6) == "10.000"  # 0,5% of Budi's 2.000.000
    assert model.cell(rows["Total"], 6) == "610.000"
    summary = panel.collectibility.summary.text()
    assert "Allowance required Rp610.000, formed Rp0" in summary
    assert "= 75% of Rp8.000.000" in summary
    assert "Shortfall: Rp610.000" in summary
    assert panel.collectibility.loans_model.rowCount() == 2


def test_collectibility_shows_the_collateral_counted(
    panel_as: Callable[[Role], LoanQualityPanel], book: Book, actors: dict[Role, Actor],
    borrowers: dict[str, str],
) -> None:  # fmt: skip
    """Issue 14 item 3: Budi's second loan (4.000.000 from 20 January, BPKB motor worth
    6.000.000) is 130 days late on 30 June → kurang lancar; its BPKB counts 50% =
    3.000.000. Kurang lancar: 6.000.000 + 4.000.000 = 10.000.000, less 3.000.000 →
    10% × 7.000.000 = 700.000; with lancar's 10.000, 710.000."""
    from kopdesk.services.loans import applications, disbursement

    kasir, bendahara = actors[Role.KASIR], actors[Role.BENDAHARA]
    with book.unit_of_work() as s:
        number = applications.apply(s, kasir, applications.LoanApplication(
            "A-0002", "umum", 4_000_000, 12, dt.date(2025, 1, 20),
            collateral="BPKB motor Honda Vario 2020", collateral_value=6_000_000,
        )).number  # fmt: skip
        applications.approve(s, bendahara, number, dt.date(2025, 1, 20))
        disbursement.disburse(s, kasir, number, dt.date(2025, 1, 20))
    panel = panel_as(Role.BENDAHARA)
    panel.tabs.setCurrentWidget(panel.collectibility)
    model = panel.collectibility.grades_model
    rows = {model.cell(r, 0): r for r in range(model.rowCount())}
    assert model.headerData(4, Qt.Orientation.Horizontal) == "Collateral counted"
    assert [model.cell(rows["Kurang lancar"], c) for c in (2, 4, 6)] == [
        "10.000.000", "3.000.000", "700.000",
    ]  # fmt: skip
    assert model.cell(rows["Total"], 6) == "710.000"
    loans_model = panel.collectibility.loans_model
    row = next(r for r in range(loans_model.rowCount()) if loans_model.cell(r, 0) == number)
    assert loans_model.cell(row, PositionsModel.COLLATERAL) == "Kendaraan (BPKB) 6.000.000"
    assert loans_model.cell(row, PositionsModel.COUNTED) == "3.000.000"
    for column in (PositionsModel.COLLATERAL, PositionsModel.COUNTED):
        assert not panel.collectibility.loans_view.isColumnHidden(column)
        assert panel.arrears.late_view.isColumnHidden(column)


def test_month_end_allowance_posted_once(
    panel_as: Callable[[Role], LoanQualityPanel], book: Book, shown: Shown
) -> None:
    panel = panel_as(Role.BENDAHARA)
    panel.tabs.setCurrentWidget(panel.allowance)
    tab = panel.allowance
    assert tab.month_field.value() == "2025-05"
    report = tab.preview()
    assert report is not None
    assert report.required_total == 600_000  # Siti 105 days late on 31 May; Budi not yet lent
    assert tab.post_button.isEnabled()
    assert "Posting adds Rp600.000" in tab.summary.text()

    number = tab.post()

    assert number is not None
    assert number
    assert len(shown.questions) == 1
    assert "Mei 2025" in tab.result_label.text()
    with book.read() as s:
        runs = allowance_runs(s)
    assert [(r.month, r.required, r.entry_number) for r in runs] == [("2025-05", 600_000, number)]
    assert tab.runs_model.rowCount() == 1
    assert not tab.post_button.isEnabled()
    tab.preview()  # the same month again: already posted
    assert "already posted" in tab.banner.text()
    assert not tab.post_button.isEnabled()
    tab.month_field.set_value("2025-07")
    tab.preview()
    assert "has not ended" in tab.banner.text()
    assert not tab.post_button.isEnabled()


def test_declined_confirmation_writes_nothing(
    panel_as: Callable[[Role], LoanQualityPanel],
    shown: Shown,
    snapshot: Callable[[], Snapshot],
) -> None:
    panel = panel_as(Role.BENDAHARA)
    panel.tabs.setCurrentWidget(panel.allowance)
    panel.allowance.preview()
    shown.answer = False
    before = snapshot()
    assert panel.allowance.post() is None
    assert snapshot() == before


def test_kasir_cannot_post_the_allowance(panel_as: Callable[[Role], LoanQualityPanel]) -> None:
    panel = panel_as(Role.KASIR)
    panel.tabs.setCurrentWidget(panel.allowance)
    assert panel.allowance.post_button.isHidden()
    panel.allowance.preview()
    assert panel.allowance.post() is None


def test_print_buttons_follow_the_papers(
    panel_as: Callable[[Role], LoanQualityPanel],
    monkeypatch: pytest.MonkeyPatch,
    shown: Shown,
    tmp_path: Path,
) -> None:
    monkeypatch.delattr(documents, "collectibility_pdf", raising=False)
    made: list[dt.date] = []

    def arrears_pdf(_book: Book, on: dt.date, *, actor: Actor) -> bytes:
        made.append(on)
        return b"%PDF-1.4 tunggakan"

    monkeypatch.setattr(documents, "arrears_pdf", arrears_pdf, raising=False)
    panel = panel_as(Role.BENDAHARA)
    assert not panel.arrears.print_button.isHidden()
    assert panel.collectibility.print_button.isHidden()
    shown.save_to = tmp_path / "tunggakan.pdf"
    panel.arrears.print_pdf()
    assert made == [TODAY]
    assert shown.opened == [tmp_path / "tunggakan.pdf"]


def test_models_pass_the_model_tester(
    panel_as: Callable[[Role], LoanQualityPanel], qtmodeltester: Any, ops: Ops
) -> None:
    panel = panel_as(Role.BENDAHARA)
    panel.tabs.setCurrentWidget(panel.collectibility)
    panel.tabs.setCurrentWidget(panel.allowance)
    panel.allowance.preview()
    panel.allowance.post()
    for model in (
        panel.arrears.aging_model,
        panel.arrears.late_model,
        panel.collectibility.grades_model,
        panel.collectibility.loans_model,
        panel.allowance.grades_model,
        panel.allowance.runs_model,
    ):
        assert model.rowCount() > 0
        qtmodeltester.check(model)
    from kopdesk.services.loans.products import list_products

    products = LoanProductListModel()
    products.set_products(ops.read(None, list_products) or [])
    assert products.rowCount() == 3
    assert products.cell(0, 2) == "1,5% per bulan"
    qtmodeltester.check(products)
    qtmodeltester.check(LoanProductListModel())


# --- the products dialog and the settings tab ------------------------------------------


@pytest.fixture
def dialog_as(qtbot: QtBot, ops_as: Callable[[Role], Ops]) -> Callable[[Role], LoanProductsDialog]:
    def make(role: Role) -> LoanProductsDialog:
        dialog = LoanProductsDialog(ops_as(role))
        qtbot.addWidget(dialog)
        return dialog

    return make


def stored(book: Book, code: str) -> LoanProductInfo:
    with book.read() as s:
        return get_product(s, code)


def test_product_terms_saved_without_approval(
    dialog_as: Callable[[Role], LoanProductsDialog], book: Book, shown: Shown
) -> None:
    dialog = dialog_as(Role.BENDAHARA)
    dialog.select_product("usaha")
    assert dialog.name_edit.text() == "Pinjaman Usaha"
    assert dialog.rate_edit.text() == "18"
    assert not dialog.is_modified()
    dialog.overpayment_combo.setCurrentIndex(dialog.overpayment_combo.findData("refuse"))
    dialog.grace_spin.setValue(5)
    dialog.admin_edit.setText("75.000")
    assert dialog.is_modified()
    assert dialog.save()
    product = stored(book, "usaha")
    assert (product.overpayment, product.late_fee.grace_days) == ("refuse", 5)
    assert product.admin_value == 75_000
    assert shown.approvals == []
    assert dialog.saved
    assert "Pinjaman Usaha saved." in dialog.saved_label.text()
    assert not dialog.is_modified()


def test_a_rate_change_needs_a_second_user(
    dialog_as: Callable[[Role], LoanProductsDialog],
    book: Book,
    shown: Shown,
    snapshot: Callable[[], Snapshot],
    monkeypatch: pytest.MonkeyPatch,
    qtbot: QtBot,
) -> None:
    dialog = dialog_as(Role.BENDAHARA)
    dialog.select_product("umum")
    dialog.rate_edit.setText("1,25")
    before = snapshot()
    assert not dialog.save()  # the second user declined (conftest)
    assert len(shown.approvals) == 1
    assert snapshot() == before
    approver = _approve_with(monkeypatch, qtbot, "admin")
    assert dialog.save()
    assert len(approver.dialogs) == 1
    assert stored(book, "umum").rate_percent == Decimal("1.25")


def test_refused_terms_show_beside_the_field(
    dialog_as: Callable[[Role], LoanProductsDialog], snapshot: Callable[[], Snapshot]
) -> None:
    dialog = dialog_as(Role.BENDAHARA)
    dialog.min_amount_edit.setText("90.000.000")
    before = snapshot()
    assert not dialog.save()
    assert "Plafon minimum" in dialog.errors["min_amount"].text()
    dialog.min_amount_edit.setText("sejuta")
    assert not dialog.save()
    assert dialog.errors["min_amount"].text()
    assert snapshot() == before


def test_kasir_sees_the_products_read_only(
    dialog_as: Callable[[Role], LoanProductsDialog],
) -> None:
    dialog = dialog_as(Role.KASIR)
    assert dialog.save_button.isHidden()
    assert dialog.rate_edit.isReadOnly()
    assert not dialog.overpayment_combo.isEnabled()
    assert not dialog.save()
    assert dialog.model.rowCount() == 3


def test_admin_changes_the_loan_settings(
    qtbot: QtBot, ops_as: Callable[[Role], Ops], book: Book
) -> None:
    panel = LoanSettingsPanel(ops_as(Role.ADMIN))
    qtbot.addWidget(panel)
    assert panel.spins[settings.LOAN_GRADE_KL.key].value() == 90
    assert panel.edits[settings.LOAN_PPAP_L.key].text() == "0,5"
    panel.spins[settings.LOAN_GRADE_KL.key].setValue(60)
    panel.edits[settings.LOAN_PPAP_KL.key].setText("12,5")
    assert panel.save()
    with book.read() as s:
        assert settings.get_int(s, settings.LOAN_GRADE_KL) == 60
        assert settings.get_text(s, settings.LOAN_PPAP_KL) == "12.5"
    panel.edits[settings.LOAN_RELATED_LIMIT.key].setText("sepuluh")
    assert not panel.save()
    assert "tidak dapat dibaca" in panel.errors[settings.LOAN_RELATED_LIMIT.key].text()
    panel.edits[settings.LOAN_RELATED_LIMIT.key].setText("10")
    panel.spins[settings.LOAN_GRADE_D.key].setValue(30)
    assert not panel.save()
    assert "must grow" in panel.general_error.text()
    # All three moved past the old ones at once (200 > the stored 180): saved together.
    for setting, days in zip(settings.LOAN_GRADES, (200, 300, 400), strict=True):
        panel.spins[setting.key].setValue(days)
    assert panel.save()
    with book.read() as s:
        assert [settings.get_int(s, x) for x in settings.LOAN_GRADES] == [200, 300, 400]
    # PPAP 0,5/12,5/50/100 → 1/60/80/100: kurang lancar 60 passes the stored diragukan 50,
    # so only together is it in order.
    for ppap, text in zip(settings.LOAN_PPAPS, ("1", "60", "80", "100"), strict=True):
        panel.edits[ppap.key].setText(text)
    assert panel.save()
    with book.read() as s:
        assert [settings.get_text(s, x) for x in settings.LOAN_PPAPS] == ["1", "60", "80", "100"]
    panel.edits[settings.LOAN_PPAP_M.key].setText("70")
    assert not panel.save()
    assert "PPAP" in panel.errors[settings.LOAN_PPAP_M.key].text()
    panel.edits[settings.LOAN_PPAP_M.key].setText("100")
    # Issue 14 item 3: the share of each kind of collateral counted is set here too.
    collateral = panel.edits[settings.LOAN_COLLATERAL_KENDARAAN.key]
    assert collateral.text() == "50"
    assert panel.edits[settings.LOAN_COLLATERAL_TANAH_BANGUNAN.key].text() == "80"
    collateral.setText("37,5")
    assert panel.save()
    with book.read() as s:
        assert settings.get_text(s, settings.LOAN_COLLATERAL_KENDARAAN) == "37.5"
    collateral.setText("150")
    assert not panel.save()
    assert "antara 0 dan 100" in panel.errors[settings.LOAN_COLLATERAL_KENDARAAN.key].text()


def test_others_read_the_loan_settings(qtbot: QtBot, ops_as: Callable[[Role], Ops]) -> None:
    panel = LoanSettingsPanel(ops_as(Role.BENDAHARA))
    qtbot.addWidget(panel)
    assert not panel.save_button.isEnabled()
    assert panel.edits[settings.LOAN_PPAP_M.key].isReadOnly()
    assert not panel.spins[settings.LOAN_GRADE_M.key].isEnabled()
    assert panel.edits[settings.LOAN_PPAP_M.key].text() == "100"
