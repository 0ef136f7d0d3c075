"""Nothing a person reads is cut at 1366×768 (issue 17, defect 5): names in tables,
the account pickers' popups, form labels."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QLabel, QTableView
from pytestqt.qtbot import QtBot

from kopdesk.app.papers import trial_balance_pdf
from kopdesk.domain.permissions import Actor
from kopdesk.ui.app import setup_application
from kopdesk.ui.kit import messages, printing
from kopdesk.ui.kit.ops import Ops
from kopdesk.ui.kit.table import TextTableModel, table_view
from kopdesk.ui.ledger.ledger import AccountCombo
from kopdesk.ui.ledger.trial_balance import TrialBalancePanel
from kopdesk.ui.members.member_finder import MemberFinder
from kopdesk.ui.papers.verify_document_dialog import VerifyDocumentDialog
from kopdesk.ui.savings.products_dialog import SavingsProductsDialog
from tests.ui.helpers import Post, Shown

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

REAL_OPEN_FILE = printing.open_file
LONG_NAME = "Dedi Sumarni Kusumawardhani Prawiranegara"


def _figures_table(qtbot: QtBot, width: int) -> tuple[QTableView, int]:
    model = TextTableModel(frozenset(range(2, 11)))
    model.set_headers(("No.", "Nama", *(f"Angka kolom {n}" for n in range(9))))
    model.set_rows([("A-0001", LONG_NAME, *("10.800.000" for _ in range(9)))])
    view = table_view(model, 1)
    qtbot.addWidget(view)
    view.resize(width, 300)
    view.show()
    qtbot.waitExposed(view)
    return view, view.fontMetrics().horizontalAdvance(LONG_NAME)


def test_a_name_column_is_never_cut_in_a_narrow_table(qtbot: QtBot) -> None:
    view, name_width = _figures_table(qtbot, 900)
    assert view.columnWidth(1) >= name_width
    assert view.horizontalScrollBar().maximum() > 0


def test_a_name_column_stretches_in_a_wide_table(qtbot: QtBot) -> None:
    view, name_width = _figures_table(qtbot, 2400)
    assert view.horizontalScrollBar().maximum() == 0
    assert view.columnWidth(1) >= name_width


def test_the_account_popups_show_whole_names(qtbot: QtBot, ops: Ops) -> None:
    from kopdesk.services.ledger.accounts import list_accounts

    combo = AccountCombo()
    qtbot.addWidget(combo)
    accounts = ops.read(combo, list_accounts) or []
    combo.set_accounts(accounts)
    combo.resize(200, 30)
    longest = max(combo.fontMetrics().horizontalAdvance(a.label) for a in accounts if a.postable)
    completer = combo.completer()
    assert completer is not None
    popup, view = completer.popup(), combo.view()
    assert popup is not None
    assert view is not None
    assert popup.minimumWidth() > longest
    assert view.minimumWidth() > longest


def test_the_products_dialog_never_squeezes_its_labels(
    qtbot: QtBot, ops: Ops, qapp: QApplication
) -> None:
    """In Indonesian and the application's font: 'Akun pendapatan denda' was cut."""
    font = qapp.font()
    translators = setup_application(qapp)
    try:
        dialog = SavingsProductsDialog(ops)
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        cut: list[str] = []
        term_shown = False
        for row in range(dialog.model.rowCount()):  # each product shows its own boxes
            dialog.view.selectRow(row)
            qtbot.wait(1)
            term_shown = term_shown or dialog.term_box.isVisible()
            cut += [
                label.text()
                for label in dialog.findChildren(QLabel)
                if label.isVisible()
                and label.text()
                and label.width() < label.minimumSizeHint().width()
            ]
        assert term_shown  # the term deposit's box was among them
    finally:
        for translator in translators:
            qapp.removeTranslator(translator)
        qapp.setFont(font)
    assert cut == []


def test_the_trial_balance_total_stays_in_sight(qtbot: QtBot, ops: Ops, post: Post) -> None:
    post("2025-01-05", [("1101", 1_000_000), ("3201", -1_000_000)], "Setoran")
    panel = TrialBalancePanel(ops)
    qtbot.addWidget(panel)
    panel.resize(900, 200)  # fewer rows in sight than the report has
    panel.show()
    panel.date_edit.set_value(dt.date(2025, 6, 30))
    panel.refresh()
    last = panel.model.rowCount() - 1
    assert panel.model.cell(last, 1) == "Total"
    assert panel.view.isRowHidden(last)  # not at the end of the scrolled rows …
    footer = panel.pinned.footer
    assert footer.isVisible()  # … but under them, always
    assert [footer.isRowHidden(row) for row in range(last + 1)] == [True] * last + [False]
    for column in range(4):
        assert footer.columnWidth(column) == panel.view.columnWidth(column)


def test_the_document_check_grows_to_show_its_answer(
    qtbot: QtBot, ops: Ops, bendahara: Actor, tmp_path: Path
) -> None:
    path = tmp_path / "neraca.pdf"
    path.write_bytes(trial_balance_pdf(ops.book, dt.date(2025, 6, 30), actor=bendahara))
    dialog = VerifyDocumentDialog(ops)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    before = dialog.height()
    dialog.check_file(path)
    assert not dialog.details_box.isHidden()
    assert dialog.height() > before
    assert dialog.height() >= dialog.heightForWidth(dialog.width())


def test_a_file_that_cannot_be_opened_is_told_with_its_path(
    monkeypatch: pytest.MonkeyPatch, shown: Shown, tmp_path: Path
) -> None:
    from PySide6.QtGui import QDesktopServices

    told: list[str] = []
    monkeypatch.setattr(messages, "inform", lambda _p, _title, text: told.append(text))
    monkeypatch.setattr(QDesktopServices, "openUrl", staticmethod(lambda _url: False))
    paper = tmp_path / "neraca.pdf"
    REAL_OPEN_FILE(paper)  # the fixture ``shown`` replaced printing.open_file
    assert len(told) == 1
    assert str(paper) in told[0]
    assert shown.opened == []
    monkeypatch.setattr(QDesktopServices, "openUrl", staticmethod(lambda _url: True))
    REAL_OPEN_FILE(paper)
    assert len(told) == 1  # opened: nothing to tell


def test_the_member_finder_shows_its_whole_hint(qtbot: QtBot, ops: Ops) -> None:
    finder = MemberFinder(ops)
    qtbot.addWidget(finder)
    finder.resize(100, 30)  # a layout may give it less than it asks for …
    edit = finder.edit
    hint = edit.fontMetrics().horizontalAdvance(edit.placeholderText())
    assert edit.minimumWidth() > hint  # … but never less than the whole hint
