"""The pengawas' tabs of Pengawasan: Kas opname's live total and difference, Save
asking first, samples ticked in the table, findings with the pengurus' response,
the Berita Acara in the preview; read-only for roles other than the Pengawas."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from kopdesk.domain.permissions import Role
from kopdesk.domain.supervision import DENOMINATIONS
from kopdesk.services.supervision import cash_count, findings
from kopdesk.ui.kit.ops import Ops
from kopdesk.ui.trust.sample_panel import SampleItemsModel
from kopdesk.ui.trust.supervision import SupervisionPage
from tests.reports.pdftext import pdf_text
from tests.ui.helpers import Post, Shown

OpsAs = Callable[[Role], Ops]
NOTE = {d.value: d for d in DENOMINATIONS if not d.coin}
COIN = {d.value: d for d in DENOMINATIONS if d.coin}


@pytest.fixture
def page_as(qtbot: QtBot, ops_as: OpsAs, post: Post) -> Callable[[Role], SupervisionPage]:
    post("2025-01-05", [("1101", 300_000), ("3201", -300_000)], "Simpanan pokok Ani")

    def make(role: Role) -> SupervisionPage:
        widget = SupervisionPage(ops_as(role))
        qtbot.addWidget(widget)
        return widget

    return make


def set_moment(page: SupervisionPage) -> None:
    panel = page.cash_count_panel
    panel.date_edit.set_value(dt.date(2025, 1, 6))
    panel.refresh_balance()


def test_live_total_and_difference(page_as: Callable[[Role], SupervisionPage]) -> None:
    page = page_as(Role.PENGAWAS)
    panel = page.cash_count_panel
    set_moment(page)
    panel.pieces[NOTE[100_000]].setText("2")
    panel.pieces[NOTE[50_000]].setText("1")
    panel.pieces[COIN[500]].setText("3")
    assert panel.amounts[NOTE[100_000]].text() == "Rp200.000"
    assert panel.total_label.text() == "Rp251.500"
    assert panel.book_label.text() == "Rp300.000"
    assert panel.difference_label.text() == "-Rp48.500"
    panel.pieces[NOTE[50_000]].setText("")
    assert panel.total_label.text() == "Rp201.500"


def test_save_asks_first_and_records(
    page_as: Callable[[Role], SupervisionPage], shown: Shown, ops_as: OpsAs
) -> None:
    page = page_as(Role.PENGAWAS)
    panel = page.cash_count_panel
    set_moment(page)
    panel.pieces[NOTE[100_000]].setText("3")
    panel.witness_edit.setText("Agus Salim")
    shown.answer = False
    assert panel.save() is None
    assert panel.model.rowCount() == 0
    shown.answer = True
    record = panel.save()
    assert record is not None
    assert record.difference == 0
    assert len(shown.questions) == 2
    assert panel.model.rowCount() == 1
    assert panel.pieces[NOTE[100_000]].text() == ""


def test_samples_are_ticked_in_the_table(page_as: Callable[[Role], SupervisionPage]) -> None:
    page = page_as(Role.PENGAWAS)
    panel = page.sample_panel
    panel.from_edit.set_value(dt.date(2025, 1, 1))
    panel.to_edit.set_value(dt.date(2025, 1, 31))
    panel.size_spin.setValue(5)
    sample = panel.draw()
    assert sample is not None
    assert panel.model.rowCount() == 1
    checked = panel.model.index(0, SampleItemsModel.CHECKED)
    assert panel.model.flags(checked) & Qt.ItemFlag.ItemIsUserCheckable
    assert panel.model.setData(checked, Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole)
    note = panel.model.index(0, SampleItemsModel.NOTE)
    assert panel.model.setData(note, "Bukti lengkap")
    current = panel.current()
    assert current is not None
    assert (current.items[0].checked, current.items[0].note) == (True, "Bukti lengkap")


def test_other_roles_read_only_and_the_pengurus_respond(
    page_as: Callable[[Role], SupervisionPage], ops_as: OpsAs, shown: Shown
) -> None:
    pengawas = ops_as(Role.PENGAWAS)
    with pengawas.book.unit_of_work() as s:
        findings.record_finding(
            s, pengawas.actor, findings.FindingInput(dt.date(2025, 1, 6), "Kas kecil tanpa bukti")
        )
    page = page_as(Role.BENDAHARA)
    cc = page.cash_count_panel
    assert cc.pieces[NOTE[100_000]].isReadOnly()
    assert not cc.save_button.isVisibleTo(page)
    assert not page.sample_panel.draw_button.isVisibleTo(page)
    assert not page.sample_panel.model.editable
    f = page.findings_panel
    assert f.title_edit.isReadOnly()
    assert not f.save_button.isVisibleTo(page)
    f.view.selectRow(0)
    f.response_edit.setPlainText("Bukti sudah dilengkapi.")
    assert f.respond() is not None
    assert shown.errors == []
    with pengawas.book.read() as s:
        assert findings.get_finding(s, "TM-2025-001").response == "Bukti sudah dilengkapi."
        assert cash_count.list_cash_counts(s) == []


def test_the_berita_acara_opens_in_the_preview(
    page_as: Callable[[Role], SupervisionPage], shown: Shown
) -> None:
    page = page_as(Role.PENGAWAS)
    page.findings_panel.year_spin.setValue(2025)
    page.findings_panel.print_report()
    assert len(shown.previewed) == 1
    assert "BERITA ACARA PEMERIKSAAN PENGAWAS" in pdf_text(shown.previewed[0])
