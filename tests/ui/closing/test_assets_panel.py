"""The fixed-asset tab: the register, adding an asset through the dialog, posting a
month's depreciation, printing the register.

Worked example: a laptop of 12.000.000 bought 15-03-2025 on a 48-month life is
depreciated 12.000.000 / 48 = 250.000 a month from March 2025; a motorbike of
10.000.000 bought 01-02-2025 on 36 months gets 277.777 in February (⌊10.000.000/36⌋).
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from kopdesk.domain.permissions import Actor, Role
from kopdesk.services.assets import register as assets
from kopdesk.services.assets.register import AssetInput
from kopdesk.services.ledger import journal
from kopdesk.storage.db import Book
from kopdesk.ui.closing.assets import AssetDialog, AssetsPanel, DepreciationDialog
from kopdesk.ui.kit.ops import Ops
from tests.helpers import take_snapshot
from tests.ui.helpers import Shown

D = dt.date.fromisoformat


def cells(model: object, row: int) -> list[str]:
    return [model.cell(row, c) for c in range(model.columnCount())]  # type: ignore[attr-defined]


def fill_laptop(dialog: AssetDialog, code: str = "INV-01") -> None:
    dialog.code_edit.setText(code)
    dialog.name_edit.setText("Laptop kasir")
    dialog.category_combo.setCurrentIndex(dialog.category_combo.findData("inventaris"))
    dialog.date_edit.set_value(D("2025-03-15"))
    dialog.cost_edit.setText("12.000.000")
    dialog.paid_combo.setCurrentIndex(dialog.paid_combo.findData("1111"))


@pytest.fixture
def panel(qtbot: QtBot, ops: Ops) -> AssetsPanel:
    widget = AssetsPanel(ops)
    qtbot.addWidget(widget)
    widget.refresh()
    return widget


def add_motor(book: Book, actor: Actor) -> None:
    with book.unit_of_work() as s:
        assets.register_asset(
            s,
            actor,
            AssetInput("KND-01", "Sepeda motor", "kendaraan", D("2025-02-01"), 10_000_000,
                       life_months=36),
        )  # fmt: skip


def test_an_empty_register_says_what_to_do(panel: AssetsPanel) -> None:
    assert panel.model.rowCount() == 0
    assert panel.summary.text().startswith("No fixed assets on ")
    assert panel.banner.text() == ""
    assert not panel.add_button.isHidden()


def test_the_pengawas_sees_the_register_but_cannot_add_or_post(
    qtbot: QtBot, ops_as: object
) -> None:
    widget = AssetsPanel(ops_as(Role.PENGAWAS))  # type: ignore[operator]
    qtbot.addWidget(widget)
    assert widget.add_button.isHidden()
    assert widget.depreciate_button.isHidden()
    assert widget.print_button.isEnabled()


def test_adding_an_asset_through_the_dialog_posts_its_purchase(
    qtbot: QtBot, panel: AssetsPanel, ops: Ops, monkeypatch: pytest.MonkeyPatch
) -> None:
    made: list[AssetDialog] = []

    def run_dialog(dialog: AssetDialog) -> int:
        made.append(dialog)
        fill_laptop(dialog)
        # the category filled in its default life; the opening fields wait for 3901
        assert dialog.life_spin.value() == 48
        assert not dialog.opening_edit.isEnabled()
        assert "250.000" in dialog.hint.text()
        assert dialog.save() is not None
        return int(QDialog.DialogCode.Accepted)

    monkeypatch.setattr(AssetDialog, "exec", run_dialog)
    info = panel.add_asset()
    assert info is not None
    assert (info.code, info.life_months, info.depreciation_start) == ("INV-01", 48, "2025-03")
    with ops.book.read() as s:
        entry = journal.get_entry(s, info.entry_number)
    assert sorted((x.account_code, x.amount) for x in entry.lines) == [
        ("1111", -12_000_000),
        ("1604", 12_000_000),
    ]
    model = panel.model
    assert cells(model, 1)[:4] == ["INV-01", "Laptop kasir", "15-03-2025", "12.000.000"]
    assert model.cell(0, 0) == "Inventaris dan peralatan kantor (1 assets)"
    assert cells(model, 2)[:4] == ["Total fixed assets (1)", "", "", "12.000.000"]
    assert panel.view.columnSpan(2, 0) == 3  # the label spans code, name and date
    # nothing posted yet from March 2025 on
    assert panel.banner.text().startswith(
        "Depreciation not posted yet for: Maret 2025, April 2025, Mei 2025, Juni 2025 and "
    )


def test_a_refused_asset_shows_the_reason_beside_the_field_and_writes_nothing(
    qtbot: QtBot, ops: Ops, bendahara: Actor, shown: Shown
) -> None:
    add_motor(ops.book, bendahara)
    before = take_snapshot(ops.book)
    dialog = AssetDialog(ops)
    qtbot.addWidget(dialog)
    fill_laptop(dialog, code="KND-01")
    assert dialog.save() is None
    assert "sudah dipakai" in dialog.errors["code"].text()
    dialog.code_edit.setText("INV-01")
    dialog.cost_edit.setText("dua juta")
    assert dialog.save() is None
    assert dialog.errors["cost"].text()
    assert dialog.errors["code"].text() == ""
    assert take_snapshot(ops.book) == before
    assert shown.errors == []


def test_land_has_no_life_and_opening_assets_take_their_accumulated_depreciation(
    qtbot: QtBot, ops: Ops
) -> None:
    dialog = AssetDialog(ops)
    qtbot.addWidget(dialog)
    dialog.category_combo.setCurrentIndex(dialog.category_combo.findData("tanah"))
    assert (dialog.life_spin.value(), dialog.life_spin.isEnabled()) == (0, False)
    dialog.category_combo.setCurrentIndex(dialog.category_combo.findData("bangunan"))
    assert dialog.life_spin.value() == 240
    dialog.paid_combo.setCurrentIndex(dialog.paid_combo.findData("3901"))
    assert dialog.opening_edit.isEnabled()
    assert dialog.posted_edit.isEnabled()
    dialog.code_edit.setText("BGN-01")
    dialog.name_edit.setText("Gedung kantor")
    dialog.date_edit.set_value(D("2015-01-10"))
    dialog.cost_edit.setText("240.000.000")
    dialog.opening_edit.setText("120.000.000")
    dialog.posted_edit.set_value(D("2025-01-01"))
    # 120.000.000 left over the 120 months from January 2025
    assert "1.000.000" in dialog.hint.text()
    info = dialog.save()
    assert info is not None
    assert (info.opening_accumulated, info.depreciation_start) == (120_000_000, "2025-01")


def test_posting_a_month_previews_asks_and_moves_to_the_next(
    qtbot: QtBot, panel: AssetsPanel, ops: Ops, bendahara: Actor, shown: Shown
) -> None:
    add_motor(ops.book, bendahara)
    panel.refresh()
    assert panel.pending[:2] == ["2025-02", "2025-03"]
    dialog = DepreciationDialog(ops, panel.pending[0])
    qtbot.addWidget(dialog)
    plan = dialog.plan
    assert plan is not None
    assert [(x.code, x.amount) for x in plan.lines] == [("KND-01", 277_777)]
    assert cells(dialog.model, 0) == ["KND-01", "Sepeda motor", "277.777", ""]
    assert dialog.post_button.isEnabled()
    shown.answer = False
    assert dialog.post() is None
    assert len(shown.questions) == 1
    shown.answer = True
    run = dialog.post()
    assert run is not None
    assert (run.month, run.total) == ("2025-02", 277_777)
    assert dialog.month_field.value() == "2025-03"  # the next month waiting
    assert dialog.plan is not None
    assert dialog.plan.total == 277_778  # 10.000.000 × 2 // 36 − 277.777
    with ops.book.read() as s:
        assert run.entry_number
        entry = journal.get_entry(s, run.entry_number)
    assert (entry.date, entry.source) == (D("2025-02-28"), "penyusutan")
    # a later month first is refused in the banner, not posted
    dialog.month_field.set_value("2025-05")
    refused: object = dialog.plan  # (mypy narrowed .plan above; it changes with the month)
    assert refused is None
    assert "2025-03 belum diposting" in dialog.banner.text()
    assert not dialog.post_button.isEnabled()


def test_the_panel_opens_the_depreciation_dialog_on_the_first_month_due(
    qtbot: QtBot,
    panel: AssetsPanel,
    ops: Ops,
    bendahara: Actor,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    add_motor(ops.book, bendahara)
    panel.refresh()
    opened: list[str] = []

    def run_dialog(dialog: DepreciationDialog) -> int:
        opened.append(dialog.month_field.value())
        dialog.post()
        return int(QDialog.DialogCode.Accepted)

    monkeypatch.setattr(DepreciationDialog, "exec", run_dialog)
    posted = panel.depreciate()
    assert opened == ["2025-02"]
    assert [r.month for r in posted] == ["2025-02"]
    assert panel.pending[0] == "2025-03"
    assert cells(panel.model, 1)[6] == "277.777"  # accumulated as of today


def test_print_register_writes_the_pdf(
    panel: AssetsPanel, ops: Ops, bendahara: Actor, shown: Shown, tmp_path: Path
) -> None:
    add_motor(ops.book, bendahara)
    shown.save_to = tmp_path / "aset.pdf"
    panel.print_pdf()
    assert shown.opened == [tmp_path / "aset.pdf"]
    assert (tmp_path / "aset.pdf").read_bytes().startswith(b"%PDF")


def test_the_models_pass_the_model_tester(
    qtmodeltester: object, panel: AssetsPanel, ops: Ops, bendahara: Actor
) -> None:
    add_motor(ops.book, bendahara)
    panel.refresh()
    qtmodeltester.check(panel.model)  # type: ignore[attr-defined]
    dialog = DepreciationDialog(ops, "2025-02")
    qtmodeltester.check(dialog.model)  # type: ignore[attr-defined]
