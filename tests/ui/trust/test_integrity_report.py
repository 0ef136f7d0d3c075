"""Pengawasan → Periksa integritas: green on a clean book, red naming the problem
after tampering, with a way back for the roles that may restore."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from kopdesk.domain.permissions import Role
from kopdesk.storage.db import Book
from kopdesk.ui.kit.ops import Ops
from kopdesk.ui.papers.verify_document_dialog import BAD_STYLE, GOOD_STYLE
from kopdesk.ui.trust import restore_dialog as restore_module
from kopdesk.ui.trust.checks import IntegrityPanel
from kopdesk.ui.trust.checks_model import FAIL_BACKGROUND, PASS_BACKGROUND, CheckItemsModel
from tests.conftest import PostFn
from tests.ui.helpers import Shown

OpsAs = Any


def _panel(qtbot: QtBot, ops: Ops) -> IntegrityPanel:
    panel = IntegrityPanel(ops)
    qtbot.addWidget(panel)
    return panel


def _results(panel: IntegrityPanel) -> dict[str, str]:
    model = panel.report_view.model
    return {
        model.index(row, CheckItemsModel.NAME).data(): model.index(
            row, CheckItemsModel.RESULT
        ).data()
        for row in range(model.rowCount())
    }


def test_clean_book_is_green(
    qtbot: QtBot, ops_as: OpsAs, post: PostFn, qtmodeltester: Any, shown: Shown
) -> None:
    post("2025-01-05", [("1101", 100_000), ("3201", -100_000)])
    panel = _panel(qtbot, ops_as(Role.KETUA))
    report = panel.run_check()
    assert report is not None
    assert report.ok
    assert set(_results(panel).values()) == {"PASSED"}  # LULUS in Indonesian
    assert "Berkas basis data" in _results(panel)
    assert GOOD_STYLE in panel.report_view.summary.styleSheet()
    assert panel.report_view.summary.text().startswith("Semua ")
    assert panel.restore_button.isHidden()
    model = panel.report_view.model
    qtmodeltester.check(model)
    assert model.index(0, CheckItemsModel.RESULT).data(Qt.ItemDataRole.BackgroundRole) == (
        PASS_BACKGROUND
    )
    assert shown.errors == []


def _tamper(book: Book) -> None:
    with book.engine.begin() as conn:
        conn.exec_driver_sql("DROP TRIGGER trg_journal_line_no_update")
        conn.exec_driver_sql(
            "UPDATE journal_line SET amount = amount + 1000 WHERE id = "
            "(SELECT min(id) FROM journal_line)"
        )


def test_tampered_book_is_red_and_names_the_problem(
    qtbot: QtBot,
    ops_as: OpsAs,
    book: Book,
    post: PostFn,
    qtmodeltester: Any,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    post("2025-01-05", [("1101", 100_000), ("3201", -100_000)])
    _tamper(book)
    panel = _panel(qtbot, ops_as(Role.ADMIN))
    report = panel.run_check()
    assert report is not None
    assert not report.ok
    results = _results(panel)
    assert results["Setiap jurnal seimbang"] == "FAILED"
    assert results["Neraca saldo nol"] == "FAILED"
    assert results["Berkas basis data"] == "PASSED"
    failed = [item for item in report.items if not item.ok]
    assert any("JU-2025-000001" in item.detail for item in failed)
    assert BAD_STYLE in panel.report_view.summary.styleSheet()
    assert "pulihkan dari cadangan" in panel.report_view.summary.text()
    model = panel.report_view.model
    qtmodeltester.check(model)
    row = [model.item(r).name for r in range(model.rowCount())].index("Setiap jurnal seimbang")
    assert model.index(row, CheckItemsModel.RESULT).data(Qt.ItemDataRole.BackgroundRole) == (
        FAIL_BACKGROUND
    )
    assert not panel.restore_button.isHidden()
    opened: list[bool] = []
    monkeypatch.setattr(
        restore_module.RestoreWizard,
        "ask",
        classmethod(
            lambda _c, _ops, _parent=None, *, newest_verified=False: opened.append(newest_verified)
        ),
    )
    panel.restore_button.click()
    assert opened == [True]


@pytest.mark.parametrize("role", [Role.KASIR, Role.BENDAHARA, Role.PENGAWAS])
def test_roles_that_cannot_restore_see_no_restore_button(
    qtbot: QtBot, ops_as: OpsAs, book: Book, post: PostFn, role: Role
) -> None:
    post("2025-01-05", [("1101", 100_000), ("3201", -100_000)])
    _tamper(book)
    panel = _panel(qtbot, ops_as(role))
    report = panel.run_check()
    assert report is not None
    assert not report.ok
    assert panel.restore_button.isHidden()
