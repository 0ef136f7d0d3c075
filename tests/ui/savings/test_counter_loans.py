"""The counter's "Today at the counter" list and the member detail's history show loan
disbursements and payments (issue 17, defect 2); a loan row prints the loan receipt
and is not corrected at the savings counter."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from kopdesk.domain.permissions import Actor, Role
from kopdesk.services.loans import applications, disbursement
from kopdesk.services.members.register import MemberInput, register_member
from kopdesk.services.savings.counter import deposit
from kopdesk.storage.db import Book
from kopdesk.ui.kit.ops import Ops
from kopdesk.ui.register.member_detail import MemberDetail
from kopdesk.ui.savings.counter import SavingsPage
from kopdesk.ui.savings.savings_model import SavingsTransactionsModel
from tests.ui.helpers import Shown
from tests.ui.member_data import nik

TODAY = dt.date(2025, 6, 30)


@pytest.fixture(autouse=True)
def fixed_today(monkeypatch: pytest.MonkeyPatch) -> None:
    for module in ("kit.widgets", "savings.counter", "register.member_detail"):
        monkeypatch.setattr(f"kopdesk.ui.{module}.today", lambda: TODAY)


@pytest.fixture
def loan(book: Book, actors: dict[Role, Actor]) -> tuple[str, str]:
    """Siti saves Rp20 juta and is lent Rp5 juta today."""
    kasir, bendahara = actors[Role.KASIR], actors[Role.BENDAHARA]
    member = MemberInput(
        full_name="Siti Aminah", nik=nik(1, female=True, born=dt.date(1990, 4, 15)),
        birth_date=None, join_date=dt.date(2025, 1, 2),
    )  # fmt: skip
    with book.unit_of_work() as s:
        siti = register_member(s, bendahara, member).number
        deposit(s, kasir, member=siti, product="sukarela", amount=20_000_000, on=TODAY)
        number = applications.apply(
            s, kasir, applications.LoanApplication(siti, "umum", 5_000_000, 10, TODAY)
        ).number
        applications.approve(s, bendahara, number, TODAY)
        disbursement.disburse(s, kasir, number, TODAY)
    return siti, number


def _texts(model: SavingsTransactionsModel, column: int) -> list[str]:
    return [model.index(r, column).data() for r in range(model.rowCount())]


def test_today_at_the_counter_lists_the_loan_disbursement(
    qtbot: QtBot, book: Book, actors: dict[Role, Actor], loan: tuple[str, str], shown: Shown,
    tmp_path: Path,
) -> None:  # fmt: skip
    siti, number = loan
    page = SavingsPage(Ops(book, actors[Role.BENDAHARA]))
    qtbot.addWidget(page)
    page.build()
    model = page.today_model
    kinds = _texts(model, SavingsTransactionsModel.KIND)
    assert "Pencairan pinjaman" in kinds
    assert "Setoran" in kinds
    row = kinds.index("Pencairan pinjaman")
    assert model.index(row, SavingsTransactionsModel.ACCOUNT).data() == number
    assert model.index(row, SavingsTransactionsModel.MEMBER).data() == siti
    assert model.index(row, SavingsTransactionsModel.NUMBER).data().startswith("PC-2025-")
    assert model.index(row, SavingsTransactionsModel.NOTE).data().startswith("JU-2025-")

    page.lists.setCurrentWidget(page.today_view)
    page.today_view.selectRow(row)
    assert page.correct_selected() is None
    assert "loan transaction" in shown.infos[-1]
    shown.save_to = tmp_path / "bukti.pdf"
    page.print_selected_receipt("a5")
    assert shown.opened == [tmp_path / "bukti.pdf"]
    assert shown.save_to.read_bytes().startswith(b"%PDF")


def test_member_detail_history_lists_the_loan(
    qtbot: QtBot, book: Book, actors: dict[Role, Actor], loan: tuple[str, str]
) -> None:
    siti, number = loan
    detail = MemberDetail(Ops(book, actors[Role.BENDAHARA]))
    qtbot.addWidget(detail)
    detail.show_member(siti)
    model = detail.savings_history_model
    assert _texts(model, SavingsTransactionsModel.ACCOUNT)[:1] == [number]
    assert "Pencairan pinjaman" in _texts(model, SavingsTransactionsModel.KIND)
