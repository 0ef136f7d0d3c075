"""Month-end interest and tax, term-deposit maturities, wajib billing — worked by hand."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest

from kopdesk.domain.permissions import Actor, Role
from kopdesk.domain.vocabulary import MemberStatus
from kopdesk.errors import DomainError, PeriodClosedError, PermissionDeniedError
from kopdesk.services.base import settings
from kopdesk.services.ledger import journal
from kopdesk.services.members import register as members
from kopdesk.services.members.register import MemberInput
from kopdesk.services.savings import accounts as savings_accounts
from kopdesk.services.savings import counter as savings_counter
from kopdesk.services.savings import products as savings_products
from kopdesk.services.savings import routine
from kopdesk.services.savings import transactions as savings_transactions
from kopdesk.services.savings import wajib as wajib_billing_service
from kopdesk.storage.db import Book
from tests.helpers import Snapshot

D = dt.date
TODAY = D(2026, 1, 15)


def _member(book: Book, actor: Actor, name: str, serial: int, joined: dt.date) -> str:
    data = MemberInput(
        full_name=name, nik=f"3273011708{85:02d}{serial:04d}", birth_date=D(1985, 8, 17),
        sex="L", join_date=joined,
    )  # fmt: skip
    with book.unit_of_work() as s:
        return members.register_member(s, actor, data).number


@pytest.fixture
def kasir(actors: dict[Role, Actor]) -> Actor:
    return actors[Role.KASIR]


@pytest.fixture
def deposit(book: Book, kasir: Actor) -> Callable[..., savings_transactions.TxInfo]:
    def _deposit(
        member: str, product: str, amount: int, on: dt.date, **kw: object
    ) -> savings_transactions.TxInfo:
        with book.unit_of_work() as s:
            return savings_counter.deposit(
                s,
                kasir,
                member=member,
                product=product,
                amount=amount,
                on=on,
                **kw,  # type: ignore[arg-type]
            )

    return _deposit


def _balances(book: Book, number: str) -> dict[str, int]:
    with book.read() as s:
        return {a.number: a.balance for a in savings_accounts.member_accounts(s, number)}


def test_month_end_posts_interest_and_tax_worked_example(
    book: Book, bendahara: Actor, deposit: Callable[..., savings_transactions.TxInfo]
) -> None:
    rich = _member(book, bendahara, "Haji Rahmat", 1, D(2025, 1, 2))
    small = _member(book, bendahara, "Ani Lestari", 2, D(2025, 1, 2))
    deposit(rich, "sukarela", 100_000_000, D(2025, 1, 2))
    deposit(small, "sukarela", 2_000_000, D(2025, 1, 2))
    with book.unit_of_work() as s:
        result = routine.run_month_end(s, bendahara, "2025-02", today=TODAY)
    # Lowest February balances at 3% a year:
    #   100.000.000 × 0,03 / 12 = 250.000 > 240.000 → PPh 10% = 25.000, net 225.000
    #     2.000.000 × 0,03 / 12 =   5.000 → no tax
    lines = {x.member_number: (x.gross, x.tax, x.net) for x in result.plan.lines}
    assert lines == {rich: (250_000, 25_000, 225_000), small: (5_000, 0, 5_000)}
    assert result.entry_number is not None
    with book.read() as s:
        entry = journal.get_entry(s, result.entry_number)
        assert entry.date == D(2025, 2, 28)
        posted = sorted((x.account_code, x.amount) for x in entry.lines)
        tax = routine.tax_list(s, "2025-02")
    assert posted == [
        ("2101", -225_000),
        ("2101", -5_000),
        ("2310", -25_000),
        ("5101", 255_000),
    ]
    assert _balances(book, rich) == {f"SS-{rich}": 100_225_000}
    assert [(r.member_number, r.gross, r.tax, r.net) for r in tax.rows] == [
        (rich, 250_000, 25_000, 225_000),
        (small, 5_000, 0, 5_000),
    ]
    assert (tax.gross_total, tax.tax_total) == (255_000, 25_000)


def test_month_end_is_done_once_in_order_and_only_for_ended_months(
    book: Book, bendahara: Actor, actors: dict[Role, Actor], snapshot: Callable[[], Snapshot]
) -> None:
    def refused(
        error: type[Exception], month: str, actor: Actor = bendahara, match: str | None = None
    ) -> None:
        before = snapshot()
        with pytest.raises(error, match=match), book.unit_of_work() as s:
            routine.run_month_end(s, actor, month, today=TODAY)
        assert snapshot() == before

    refused(DomainError, "2026-01", match="belum berakhir")
    refused(PeriodClosedError, "2024-12")
    refused(PermissionDeniedError, "2025-03", actor=actors[Role.KASIR])
    with book.unit_of_work() as s:
        assert routine.run_month_end(s, bendahara, "2025-03", today=TODAY).entry_number is None
    refused(DomainError, "2025-03", match="sudah diproses")
    refused(DomainError, "2025-02", match="2025-03 sudah diproses")
    with book.read() as s:
        assert [m.month for m in routine.month_ends(s)] == ["2025-03"]


def test_term_deposit_interest_goes_to_sukarela_and_maturity_rolls_over_or_pays_out(
    book: Book, bendahara: Actor, deposit: Callable[..., savings_transactions.TxInfo]
) -> None:
    sri = _member(book, bendahara, "Sri Wahyuni", 3, D(2025, 1, 2))
    deposit(sri, "sukarela", 50_000, D(2025, 1, 2))
    deposit(sri, "berjangka", 10_000_000, D(2025, 1, 10), term_months=1, rollover=True)
    deposit(sri, "berjangka", 3_650_000, D(2025, 1, 10), term_months=1, rollover=False)
    with book.unit_of_work() as s:
        january = routine.run_month_end(s, bendahara, "2025-01", today=TODAY)
        february = routine.run_month_end(s, bendahara, "2025-02", today=TODAY)
    # January, from the 10th: 22 days × 6% / 365.
    #   10.000.000 → 36.164,38 → 36.164;  3.650.000 → 13.200 exactly.
    # Sukarela 50.000 lowest (from 2 Jan; 1 Jan was 0) → 0 in January.
    assert sorted(x.gross for x in january.plan.lines) == [13_200, 36_164]
    assert {x.credited_account_number for x in january.plan.lines} == {f"SS-{sri}"}
    # Both matured on 10 February: the first rolls over to 10 March, the second is paid
    # into sukarela at the end of February.
    by_account = {m.account_number: m for m in february.plan.maturities}
    assert by_account[f"SB-{sri}-01"].new_maturity_date == D(2025, 3, 10)
    assert by_account[f"SB-{sri}-02"].credited_account_number == f"SS-{sri}"
    balances = _balances(book, sri)
    assert balances[f"SB-{sri}-01"] == 10_000_000
    assert f"SB-{sri}-02" not in balances  # closed
    # February interest: 10.000.000 × 28 days × 6% / 365 = 46.027,40 → 46.027 (it rolls
    # over, so it earns all month); 3.650.000 is paid out, so it earns until the day before
    # it matures: 9 days × 6% / 365 = 5.400; sukarela lowest 50.000 + 49.364 → 99.364 × 3%
    # / 12 = 248,41 → 248.
    assert sorted(x.gross for x in february.plan.lines) == [248, 5_400, 46_027]
    expected_sukarela = 50_000 + 36_164 + 13_200 + 3_650_000 + 46_027 + 5_400 + 248
    assert balances[f"SS-{sri}"] == expected_sukarela


def test_wajib_arrears_by_class_and_billing_start(
    book: Book, bendahara: Actor, admin: Actor, deposit: Callable[..., savings_transactions.TxInfo]
) -> None:
    on_time = _member(book, bendahara, "Tepat Waktu", 4, D(2025, 1, 5))
    behind = _member(book, bendahara, "Sering Lupa", 5, D(2025, 2, 20))
    ahead = _member(book, bendahara, "Bayar Dimuka", 6, D(2025, 3, 1))
    with book.unit_of_work() as s:
        wajib = savings_products.get_product(s, "wajib")
        terms = {k: getattr(wajib, k) for k in savings_products.ProductInput.__dataclass_fields__}
        terms.update(rate_percent="0", penalty_percent="0", class_amounts={"Karyawan": 75_000})
        savings_products.update_product(
            s, bendahara, "wajib", savings_products.ProductInput(**terms)
        )
        savings_products.set_member_class(s, bendahara, ahead, "Karyawan")
    for month in (1, 2, 3, 4):
        deposit(on_time, "wajib", 50_000, D(2025, month, 10))
    deposit(behind, "wajib", 50_000, D(2025, 3, 1))
    deposit(ahead, "wajib", 600_000, D(2025, 3, 1))
    with book.read() as s:
        billing = wajib_billing_service.wajib_billing(s, D(2025, 4, 30))
    rows = {r.member_number: r for r in billing.rows}
    # January–April: 4 × 50.000 due, 200.000 paid.
    assert (rows[on_time].due, rows[on_time].arrears) == (200_000, 0)
    # February–April: 3 × 50.000 = 150.000 due, 50.000 paid → 100.000, two months behind.
    assert (rows[behind].arrears, rows[behind].months_behind) == (100_000, 2)
    # Class "Karyawan" pays 75.000: March–April 150.000 due, 600.000 paid → 450.000 ahead.
    assert (rows[ahead].monthly, rows[ahead].due, rows[ahead].ahead) == (75_000, 150_000, 450_000)
    assert (billing.members_late, billing.total_arrears) == (1, 100_000)
    with book.read() as s:
        assert [
            r.member_number
            for r in wajib_billing_service.wajib_billing(s, D(2025, 4, 30), only_late=True).rows
        ] == [behind]
    # Counting only from 1 April 2025 (cut-over): everybody owes April only.
    with book.unit_of_work() as s:
        settings.change_text_setting(s, admin, settings.WAJIB_BILLING_START, "2025-04-01")
    with book.read() as s:
        status = wajib_billing_service.wajib_status(s, behind, D(2025, 4, 30))
    assert (status.months, status.due, status.paid, status.arrears) == (1, 50_000, 0, 50_000)


def test_no_interest_after_a_member_leaves(
    book: Book, bendahara: Actor, deposit: Callable[..., savings_transactions.TxInfo]
) -> None:
    stays = _member(book, bendahara, "Tetap Anggota", 7, D(2025, 1, 2))
    leaves = _member(book, bendahara, "Pindah Kota", 8, D(2025, 1, 2))
    for who in (stays, leaves):
        deposit(who, "sukarela", 4_000_000, D(2025, 1, 2))
    with book.unit_of_work() as s:
        members.change_status(
            s, bendahara, leaves, MemberStatus.KELUAR, on=D(2025, 3, 15),
            reason="Pindah kota",
        )  # fmt: skip
        february = routine.run_month_end(s, bendahara, "2025-02", today=TODAY)
        march = routine.run_month_end(s, bendahara, "2025-03", today=TODAY)
    # February both earn 4.000.000 × 3% / 12 = 10.000; in March only the one who stayed:
    # (4.000.000 + 10.000) × 3% / 12 = 10.025.
    assert sorted(x.member_number for x in february.plan.lines) == sorted([stays, leaves])
    assert [(x.member_number, x.gross) for x in march.plan.lines] == [(stays, 10_025)]


def test_member_history_lists_month_end_interest_beside_counter_transactions(
    book: Book, bendahara: Actor, deposit: Callable[..., savings_transactions.TxInfo]
) -> None:
    sri = _member(book, bendahara, "Sri Wahyuni", 9, D(2025, 1, 2))
    deposit(sri, "sukarela", 4_000_000, D(2025, 1, 2))
    with book.unit_of_work() as s:
        feb = routine.run_month_end(s, bendahara, "2025-02", today=TODAY)
    with book.read() as s:
        history = savings_transactions.member_history(s, sri)
    # Newest first: February's interest (4.000.000 × 3% / 12 = 10.000) under its journal
    # number, then the counter deposit under its receipt number.
    assert [(r.number, r.kind, r.amount) for r in history] == [
        (feb.entry_number, "akhir_bulan", 10_000),
        ("BS-2025-000001", "setor", 4_000_000),
    ]
    assert savings_transactions.KIND_LABEL[history[0].kind] == "Jasa / jatuh tempo"
