"""Every item model passes Qt's model tester, and the lazy journal list pages."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QModelIndex, Qt

from kopdesk.errors import StorageError
from kopdesk.services.ledger.accounts import account_balances, list_accounts
from kopdesk.services.ledger.journal import EntrySummary, get_entry
from kopdesk.services.ledger.reports import general_ledger, trial_balance
from kopdesk.ui.kit.ops import Ops
from kopdesk.ui.kit.paging import PAGE_SIZE
from kopdesk.ui.ledger.accounts_model import INACTIVE_COLOR, AccountTreeModel
from kopdesk.ui.ledger.entry_lines_model import EntryLinesModel
from kopdesk.ui.ledger.journal_model import JournalListModel
from kopdesk.ui.ledger.reports_model import LedgerModel, PostedLinesModel, TrialBalanceModel
from tests.ui.helpers import Post

AS_OF = dt.date(2025, 12, 31)


def _summary(entry_id: int) -> EntrySummary:
    return EntrySummary(
        entry_id, f"JU-2025-{entry_id:06d}", dt.date(2025, 1, 1), "Uji", "manual", 1000, None, None
    )


def test_account_tree_model(qtmodeltester: Any, ops: Ops, post: Post) -> None:
    post("2025-01-05", [("1101", 250_000), ("3201", -250_000)], "Setoran")
    model = AccountTreeModel()
    with ops.book.read() as session:
        model.set_balances(account_balances(session, AS_OF))
    qtmodeltester.check(model)
    aset = model.index_of("1")
    kas = model.index_of("1101")
    assert model.data(aset.siblingAtColumn(2)) == "250.000"
    assert model.data(kas.siblingAtColumn(1)) == "Kas"
    assert model.data(aset, Qt.ItemDataRole.FontRole).bold()
    assert model.data(kas, Qt.ItemDataRole.FontRole) is None
    assert model.parent(kas).parent() == model.index_of("1")
    # simpanan pokok is a credit account: its balance shows positive
    assert model.data(model.index_of("3201").siblingAtColumn(2)) == "250.000"


def test_inactive_accounts_are_grey(ops: Ops) -> None:
    from kopdesk.services.ledger.accounts import deactivate_account

    with ops.book.unit_of_work() as session:
        deactivate_account(session, ops.actor, "1102")
    model = AccountTreeModel()
    with ops.book.read() as session:
        model.set_balances(account_balances(session, AS_OF))
    assert model.data(model.index_of("1102"), Qt.ItemDataRole.ForegroundRole) == INACTIVE_COLOR
    assert model.data(model.index_of("1101"), Qt.ItemDataRole.ForegroundRole) is None


def test_journal_list_fetches_pages_on_demand(qtmodeltester: Any, qapp: object) -> None:
    calls: list[list[int]] = []

    def fetch(ids: Sequence[int]) -> list[EntrySummary]:
        calls.append(list(ids))
        return [_summary(i) for i in ids]

    model = JournalListModel(fetch)
    model.set_ids(list(range(1000, 0, -1)))
    assert model.rowCount() == 1000
    assert calls == []
    assert model.data(model.index(0, JournalListModel.NUMBER)) == "JU-2025-001000"
    assert model.data(model.index(5, JournalListModel.AMOUNT)) == "1.000"
    assert len(calls) == 1
    assert len(calls[0]) == PAGE_SIZE
    model.data(model.index(PAGE_SIZE * 3 + 1, 0))
    assert model.fetched_pages() == 2
    qtmodeltester.check(model)


def test_journal_list_shows_error_row_instead_of_raising(qapp: object) -> None:
    def fetch(_ids: Sequence[int]) -> list[EntrySummary]:
        raise StorageError("Buku sedang dipakai program lain.")

    model = JournalListModel(fetch)
    model.set_ids([3, 2, 1])
    assert model.data(model.index(0, JournalListModel.DESCRIPTION)) == (
        "Buku sedang dipakai program lain."
    )
    assert model.data(model.index(0, JournalListModel.NUMBER)) == ""


def test_report_models(qtmodeltester: Any, ops: Ops, post: Post) -> None:
    entry = post("2025-02-01", [("1101", 1_250_000), ("3202", -1_250_000)], "Simpanan wajib")
    with ops.book.read() as session:
        report = trial_balance(session, AS_OF)
        ledger = general_ledger(session, "1101", dt.date(2025, 1, 1), AS_OF)
        kas = next(a for a in list_accounts(session) if a.code == "1101")
        detail = get_entry(session, entry.number)
    tb_model = TrialBalanceModel()
    tb_model.set_report(report)
    ledger_model = LedgerModel()
    ledger_model.set_report(ledger, kas)
    lines_model = PostedLinesModel()
    lines_model.set_entry(detail)
    for model in (tb_model, ledger_model, lines_model):
        qtmodeltester.check(model)
    assert ledger_model.cell(1, 5) == "1.250.000"
    assert lines_model.cell(2, 2) == lines_model.cell(2, 3) == "1.250.000"


def test_entry_lines_model(qtmodeltester: Any, ops: Ops) -> None:
    with ops.book.read() as session:
        accounts = list_accounts(session)
    model = EntryLinesModel(accounts)
    qtmodeltester.check(model)
    assert model.setData(model.index(0, 0), "1101")
    assert model.setData(model.index(0, 1), "Rp1.250.000")
    assert model.rowCount() == 2
    assert model.data(model.index(0, 0)) == "1101 Kas"
    assert model.data(model.index(0, 1)) == "1.250.000"
    assert model.data(model.index(0, 1), Qt.ItemDataRole.TextAlignmentRole) & (
        Qt.AlignmentFlag.AlignRight
    )
    assert not model.setData(model.index(1, 0), "1")  # a header account, not postable
    assert not model.setData(model.index(1, 1), "1,5")
    assert model.rowCount(model.index(0, 0)) == 0
    assert model.index(0, 0).parent() == QModelIndex()
    qtmodeltester.check(model)
