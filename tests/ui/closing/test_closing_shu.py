"""The SHU tab of Tutup Buku & SHU: the simulator, saving the plan, posting, paying.

Scenario (``closed_2025``), worked out by hand. Three members join on 2 January
2025: Ani (pokok 100.000 + wajib 600.000 = 700.000), Budi (100.000 + 300.000 =
400.000) and Citra (pokok 100.000). Ani buys for 2.000.000 and Budi for
1.000.000 at the koperasi's shop (4301, with the member on the line); services
bring 9.000.000 (4105) and expenses are 2.000.000 (5202). SHU 2025 =
3.000.000 + 9.000.000 − 2.000.000 = 10.000.000; the year is closed.

Under the default split 40/20/20/5/0/5/5/5/0 with jasa modal on year-end pokok +
wajib and jasa usaha on purchases, jasa modal 2.000.000 goes 7:4:1 and jasa
usaha 2.000.000 goes 2:1. Expected shares come from an independent
largest-remainder split written here with fractions (ties to the earlier member).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator, Sequence
from decimal import Decimal
from fractions import Fraction
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from kopdesk.domain.money import format_rupiah
from kopdesk.domain.permissions import Actor, Role
from kopdesk.services.closing import shu, yearend
from kopdesk.services.ledger.journal import EntryInput, LineInput, post_entry
from kopdesk.services.members import register as members
from kopdesk.services.members.register import MemberInput
from kopdesk.services.savings import accounts as savings_accounts
from kopdesk.services.savings import counter
from kopdesk.services.savings import routine as savings_routine
from kopdesk.storage.backups import backup_folder
from kopdesk.storage.db import Book
from kopdesk.ui.closing.closing import ClosingPage
from kopdesk.ui.closing.shu import PlanTab
from kopdesk.ui.closing.shu_members import PaymentDialog
from kopdesk.ui.closing.shu_scenario import Scenario
from kopdesk.ui.kit.ops import Ops
from tests.helpers import Snapshot
from tests.ui.helpers import Shown

# The page is shown on its own (a top-level window): the offscreen platform says so
# when a shown window's size hints change, which is harmless.
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

D = dt.date
TODAY = D(2026, 2, 1)
RAT = D(2026, 3, 20)
POOL = 10_000_000
MODAL = {"A-0001": 700_000, "A-0002": 400_000, "A-0003": 100_000}
BOUGHT = {"A-0001": 2_000_000, "A-0002": 1_000_000}
DEFAULT = [40, 20, 20, 5, 0, 5, 5, 5, 0]


def split(total: int, weights: Sequence[int | Fraction]) -> list[int]:
    """Largest remainder, ties to the earlier one — written out independently."""
    exact = [Fraction(total) * Fraction(w) / sum(Fraction(x) for x in weights) for w in weights]
    floors = [int(x) for x in exact]
    order = sorted(range(len(weights)), key=lambda i: (-(exact[i] - floors[i]), i))
    for i in order[: total - sum(floors)]:
        floors[i] += 1
    return floors


@pytest.fixture
def closed_2025(
    book: Book, bendahara: Actor, actors: dict[Role, Actor], request: pytest.FixtureRequest
) -> Book:
    """The scenario of the module docstring, 2025 closed (SHU 10.000.000); with an
    indirect parameter, that much non-member income (4201) more."""
    non_member = int(getattr(request, "param", 0))
    kasir = actors[Role.KASIR]
    with book.unit_of_work() as s:
        for serial, name in enumerate(("Ani Lestari", "Budi Santoso", "Citra Dewi"), start=1):
            members.register_member(
                s,
                bendahara,
                MemberInput(
                    full_name=name,
                    nik=f"327301170885{serial:04d}",
                    birth_date=D(1985, 8, 17),
                    join_date=D(2025, 1, 2),
                ),
            )
        for who, product, amount in (
            ("A-0001", "pokok", 100_000),
            ("A-0001", "wajib", 600_000),
            ("A-0002", "pokok", 100_000),
            ("A-0002", "wajib", 300_000),
            ("A-0003", "pokok", 100_000),
        ):
            counter.deposit(s, kasir, member=who, product=product, amount=amount, on=D(2025, 1, 2))
        ids = {n: members.get_member(s, n).id for n in BOUGHT}
        lines = [LineInput("1101", 3_000_000)] + [
            LineInput("4301", -amount, f"Belanja {n}", member_id=ids[n])
            for n, amount in BOUGHT.items()
        ]
        post_entry(s, EntryInput(D(2025, 6, 1), "Penjualan toko", lines), actor=bendahara)
        for on, debit, credit, amount in (
            (D(2025, 7, 1), "1101", "4105", 9_000_000),
            (D(2025, 8, 1), "5202", "1101", 2_000_000),
            *([(D(2025, 9, 1), "1101", "4201", non_member)] if non_member else []),
        ):
            post_entry(
                s,
                EntryInput(
                    on, "Transaksi uji", [LineInput(debit, amount), LineInput(credit, -amount)]
                ),
                actor=bendahara,
            )
    with book.unit_of_work() as s:
        for month in range(1, 13):
            savings_routine.run_month_end(s, bendahara, f"2025-{month:02d}", today=TODAY)
    with book.unit_of_work() as s:
        assert yearend.close_year(s, bendahara, 2025, today=TODAY).surplus == POOL + non_member
    return book


@pytest.fixture
def page(
    qtbot: QtBot, closed_2025: Book, ops: Ops, monkeypatch: pytest.MonkeyPatch
) -> Iterator[ClosingPage]:
    for module in (
        "kit.widgets",
        "kit.dates",
        "closing.year",
        "closing.shu",
        "closing.shu_members",
    ):
        monkeypatch.setattr(f"kopdesk.ui.{module}.today", lambda: TODAY)
    widget = ClosingPage(ops)
    qtbot.addWidget(widget)
    widget.resize(1280, 800)
    widget.show()
    widget.show_tab(widget.shu)
    widget.shu.year_combo.select(2025)
    computed(qtbot, widget.shu.plan)
    yield widget
    # No worker may outlive the page: a result handed to a deleted window is a crash.
    qtbot.waitUntil(lambda: not widget.shu.plan.busy and not ops.tasks.busy, timeout=10_000)


def computed(qtbot: QtBot, plan: PlanTab) -> None:
    """Wait until the simulator has computed (it waits for typing to pause, then works
    in a worker thread)."""
    qtbot.waitUntil(lambda: not plan.busy, timeout=10_000)


def set_percent(qtbot: QtBot, plan: PlanTab, scenario: Scenario, key: str, value: float) -> None:
    """Type a percentage into a scenario and wait for the simulator to compute again."""
    scenario.spins[key].setValue(value)
    assert plan.timer.isActive()
    computed(qtbot, plan)


def use_purchases(qtbot: QtBot, plan: PlanTab, scenario: Scenario) -> None:
    scenario.usaha_combo.setCurrentIndex(scenario.usaha_combo.findData("pembelian"))
    assert plan.timer.isActive()
    computed(qtbot, plan)


def amounts_shown(scenario: Scenario) -> list[int]:
    return [
        int(label.text().removeprefix("Rp").replace(".", "")) for label in scenario.amounts.values()
    ]


def test_the_simulator_follows_the_widgets_and_every_rupiah_is_shared(
    page: ClosingPage, qtbot: QtBot
) -> None:
    plan = page.shu.plan
    assert plan.year == 2025
    assert "Rp10.000.000" in page.shu.pool_label.text()
    rencana, _a, alt = plan.scenarios
    use_purchases(qtbot, plan, rencana)
    # the plan column: the default split of 10.000.000
    parts = split(POOL, DEFAULT)
    assert amounts_shown(rencana) == parts
    result = plan.results[0]
    assert result is not None
    shares = {m.number: m for m in result.members}
    assert [shares[n].jasa_modal for n in MODAL] == split(parts[1], list(MODAL.values()))
    assert [shares[n].jasa_usaha for n in BOUGHT] == split(parts[2], list(BOUGHT.values()))
    assert shares["A-0003"].jasa_usaha == 0
    # alternative B: cadangan 27,25 %, jasa modal 32,75 %, the rest as before
    use_purchases(qtbot, plan, alt)
    set_percent(qtbot, plan, alt, "cadangan", 27.25)
    assert alt.total_percent.text() == "87,25%"
    assert alt.pool_label.text() == "–"  # not computed while the total is not 100 %
    assert "100%" in alt.error_label.text()
    set_percent(qtbot, plan, alt, "jasa_modal", 32.75)
    assert alt.total_percent.text() == "100%"
    assert alt.error_label.isHidden()
    percents: list[int | Fraction] = [
        Fraction(2725, 100),
        Fraction(3275, 100),
        20,
        5,
        0,
        5,
        5,
        5,
        0,
    ]
    expected = split(POOL, percents)
    assert expected[1] == 3_275_000
    assert amounts_shown(alt) == expected
    assert sum(amounts_shown(alt)) == POOL
    b = plan.results[2]
    assert b is not None
    assert sum(m.jasa_modal for m in b.members) == b.parts["jasa_modal"] == expected[1]
    assert sum(m.jasa_usaha for m in b.members) == b.parts["jasa_usaha"] == expected[2]
    modal_b = split(expected[1], list(MODAL.values()))
    usaha_b = split(expected[2], list(BOUGHT.values()))
    assert [m.jasa_modal for m in b.members] == modal_b
    # the chosen member's shares, side by side
    plan.member_edit.setText("a-0002")
    plan.show_member()
    assert alt.member_modal.text() == format_rupiah(modal_b[1])
    assert alt.member_total.text() == format_rupiah(modal_b[1] + usaha_b[1])
    assert rencana.member_total.text() == format_rupiah(
        shares["A-0002"].jasa_modal + shares["A-0002"].jasa_usaha
    )
    assert "Budi Santoso" in plan.member_name.text()
    # smallest, median and largest member share of alternative B
    totals = sorted([modal_b[0] + usaha_b[0], modal_b[1] + usaha_b[1], modal_b[2]])
    assert alt.members_label.text() == "3"
    assert [alt.smallest_label.text(), alt.median_label.text(), alt.largest_label.text()] == [
        format_rupiah(t) for t in totals
    ]


@pytest.mark.parametrize("closed_2025", [3_000_000], indirect=True)
def test_the_shu_from_non_members_is_set_apart(page: ClosingPage) -> None:
    """Issue 14 item 5: 3.000.000 more income from non-members → SHU 13.000.000 of
    15.000.000 income; 13.000.000 × 3/15 = 2.600.000 to cadangan, 10.400.000 shared."""
    label = page.shu.pool_label.text()
    assert all(x in label for x in ("Rp13.000.000", "Rp2.600.000", "Rp10.400.000"))
    rencana = page.shu.plan.scenarios[0]
    assert rencana.pool_label.text() == "Rp10.400.000"
    assert amounts_shown(rencana) == split(10_400_000, DEFAULT)


def test_a_plan_not_totalling_100_cannot_be_saved(
    page: ClosingPage, qtbot: QtBot, closed_2025: Book, snapshot: Callable[[], Snapshot]
) -> None:
    before = snapshot()
    plan = page.shu.plan
    rencana = plan.scenarios[0]
    assert plan.save_button.isEnabled()
    set_percent(qtbot, plan, rencana, "cadangan", 39.5)
    assert rencana.total_percent.text() == "99,5%"
    assert "#b00020" in rencana.total_percent.styleSheet()  # red
    assert not plan.save_button.isEnabled()
    assert not plan.post_button.isEnabled()
    assert "99,5%" in plan.banner.text()
    assert plan.results[0] is None
    assert plan.results[1] is not None  # the alternatives are still computed
    assert plan.save_plan() is None
    assert snapshot() == before


def test_save_the_plan_post_it_and_pay_a_member(
    page: ClosingPage,
    ops_as: Callable[[Role], Ops],
    qtbot: QtBot,
    closed_2025: Book,
    shown: Shown,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    plan = page.shu.plan
    rencana = plan.scenarios[0]
    use_purchases(qtbot, plan, rencana)
    set_percent(qtbot, plan, rencana, "cadangan", 35)
    set_percent(qtbot, plan, rencana, "jasa_usaha", 25)
    plan.decision_edit.setText("Keputusan RAT No. 01/RAT/2026")
    plan._update_buttons()
    assert plan.dirty()
    assert plan.post() is None  # the plan must be saved first
    assert "Save the plan first" in plan.banner.text()
    saved = plan.save_plan()
    assert saved is not None
    assert not plan.dirty()
    with closed_2025.read() as s:
        stored = shu.get_plan(s, 2025)
    assert stored.allocation["cadangan"] == Decimal(35)
    assert stored.allocation["jasa_usaha"] == Decimal(25)
    assert (stored.usaha_basis, stored.decision) == ("pembelian", "Keputusan RAT No. 01/RAT/2026")

    parts = split(POOL, [35, 20, 25, 5, 0, 5, 5, 5, 0])
    modal = split(parts[1], list(MODAL.values()))
    usaha = [*split(parts[2], list(BOUGHT.values())), 0]
    plan.rat_date.set_value(RAT)
    posted = plan.post()
    computed(qtbot, plan)
    assert posted is not None
    assert posted.posted
    assert "20-03-2026" in shown.questions[-1]
    assert "(2321)" in shown.questions[-1]
    # a backup was made just before posting
    assert closed_2025.path is not None
    assert any("pra-pembagian-shu" in p.name for p in backup_folder(closed_2025.path).iterdir())
    with closed_2025.read() as s:
        info = shu.get_plan(s, 2025)
    assert (info.status, info.posted_on) == ("posted", RAT)
    # the page read the books again: the plan is fixed, the members tab shows the posting
    assert not plan.save_button.isEnabled()
    assert rencana.spins["cadangan"].isReadOnly()
    members_tab = page.shu.members
    rows = {m.number: m for m in members_tab.model.shown}
    assert [rows[n].total for n in MODAL] == [m + u for m, u in zip(modal, usaha, strict=True)]

    # pay Budi in cash; the receipt is printed
    monkeypatch.setattr(
        PaymentDialog,
        "ask",
        classmethod(lambda _c, _text, _acc, _earliest, _p=None: (D(2026, 3, 25), "1101")),
    )
    shown.save_to = tmp_path / "kuitansi.pdf"
    row = [m.number for m in members_tab.model.shown].index("A-0002")
    members_tab.view.setCurrentIndex(members_tab.model.index(row, 0))
    assert members_tab.cash_button.isEnabled()
    shown.post_money = False  # the slip is declined: nothing is paid
    assert members_tab.pay_cash() is None
    shown.post_money = True
    paid = members_tab.pay_cash()
    assert paid is not None
    slip = shown.slips[-1][0]
    assert (slip.amount, slip.paid_out) == (paid.amount, True)
    assert (paid.member_number, paid.amount, paid.method) == (
        "A-0002",
        modal[1] + usaha[1],
        "tunai",
    )
    assert shown.save_to.read_bytes().startswith(b"%PDF")
    rows = {m.number: m for m in page.shu.members.model.shown}
    assert rows["A-0002"].paid == modal[1] + usaha[1]
    assert (
        page.shu.members.model.cell(
            [m.number for m in page.shu.members.model.shown].index("A-0002"), 7
        )
        == "in cash"
    )
    # the kuitansi can be printed again from the member's row
    shown.save_to = tmp_path / "kuitansi-ulang.pdf"
    members_tab = page.shu.members
    row = [m.number for m in members_tab.model.shown].index("A-0002")
    members_tab.view.setCurrentIndex(members_tab.model.index(row, 0))
    assert members_tab.reprint_button.isEnabled()
    members_tab.reprint_receipt()
    assert paid.receipt_number.encode() in _pdf_text(shown.save_to)
    with closed_2025.read() as s:
        result = shu.compute(s, 2025)
    assert {m.number: m.paid_method for m in result.members} == {
        "A-0001": "", "A-0002": "tunai", "A-0003": "",
    }  # fmt: skip

    # the others to simpanan sukarela
    monkeypatch.setattr(
        PaymentDialog,
        "ask",
        classmethod(lambda _c, _text, _acc, _earliest, _p=None: (D(2026, 3, 25), "")),
    )
    moved = page.shu.members.pay_all_to_savings()
    assert moved is not None
    assert sorted(p.member_number for p in moved) == ["A-0001", "A-0003"]
    with closed_2025.read() as s:
        balances = {
            n: {a.product_code: a.balance for a in savings_accounts.member_accounts(s, n)}.get(
                "sukarela", 0
            )
            for n in ("A-0001", "A-0003")
        }
    assert balances == {"A-0001": modal[0] + usaha[0], "A-0003": modal[2]}
    assert not page.shu.members.savings_button.isEnabled()

    # a year whose SHU is distributed cannot be reopened: the Ketua's button says why
    ketua = ClosingPage(ops_as(Role.KETUA))
    qtbot.addWidget(ketua)
    ketua.show()
    ketua.show_tab(ketua.year)
    ketua.year.year_combo.select(2025)
    assert not ketua.year.reopen_button.isEnabled()
    assert "cannot be reopened" in ketua.year.banner.text()


def test_the_pengawas_sees_the_simulator_but_changes_nothing(
    qtbot: QtBot, closed_2025: Book, ops_as: object, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("kopdesk.ui.kit.widgets.today", lambda: TODAY)
    monkeypatch.setattr("kopdesk.ui.kit.dates.today", lambda: TODAY)
    ops = ops_as(Role.PENGAWAS)  # type: ignore[operator]
    widget = ClosingPage(ops)
    qtbot.addWidget(widget)
    widget.show()
    widget.show_tab(widget.shu)
    plan = widget.shu.plan
    computed(qtbot, plan)
    assert plan.results[0] is not None
    for button in (plan.save_button, plan.post_button, widget.shu.members.cash_button):
        assert button.isHidden()
    assert plan.scenarios[0].spins["cadangan"].isReadOnly()
    # the alternatives stay editable: trying numbers writes nothing
    set_percent(qtbot, plan, plan.scenarios[1], "cadangan", 30)
    set_percent(qtbot, plan, plan.scenarios[1], "jasa_modal", 30)
    assert plan.results[1] is not None
    assert plan.results[1].parts["jasa_modal"] == 3_000_000


def test_shares_sum_to_their_parts_in_every_scenario(page: ClosingPage) -> None:
    """Whatever the scenario, the parts sum to the pool and members' shares to their parts."""
    for result in page.shu.plan.results:
        assert result is not None
        assert sum(result.parts.values()) == POOL
        shared = sum(m.total for m in result.members) + result.undistributed
        assert shared == result.parts["jasa_modal"] + result.parts["jasa_usaha"]


def _pdf_text(path: Path) -> bytes:
    from pypdf import PdfReader

    return "".join(page.extract_text() for page in PdfReader(path).pages).encode()
