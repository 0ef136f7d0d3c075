"""SHU of a closed year: bases from the books, exact shares, posting and payment.

Bases are worked out by hand from the deposits and installments the test makes;
the expected shares come from an independent largest-remainder split written
here with fractions (not kopdesk.domain.money.allocate).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from decimal import Decimal
from fractions import Fraction

import pytest
from sqlalchemy import func, select

from kopdesk.domain.permissions import Actor, Permission, Role
from kopdesk.errors import DomainError, PermissionDeniedError, ValidationError
from kopdesk.models import Account, JournalLine, Member
from kopdesk.services.base import approvals, settings
from kopdesk.services.closing import shu, shu_papers, shu_payout, yearend
from kopdesk.services.ledger.journal import EntryInput, LineInput, post_entry
from kopdesk.services.loans import applications, disbursement, payments
from kopdesk.services.loans import quality as loan_quality
from kopdesk.services.members import register as members
from kopdesk.services.members.register import MemberInput
from kopdesk.services.savings import accounts as savings_accounts
from kopdesk.services.savings import counter
from kopdesk.services.savings import routine as savings_routine
from kopdesk.storage.db import Book
from tests.conftest import PASSWORD
from tests.helpers import Snapshot

D = dt.date
TODAY = D(2026, 2, 1)
RAT = D(2026, 3, 20)


def _member(book: Book, actor: Actor, name: str, serial: int, joined: dt.date) -> str:
    data = MemberInput(
        full_name=name, nik=f"3273011708{85:02d}{serial:04d}", birth_date=D(1985, 8, 17),
        sex="L", join_date=joined,
    )  # fmt: skip
    with book.unit_of_work() as s:
        return members.register_member(s, actor, data).number


def _split(total: int, weights: Sequence[int | Fraction]) -> list[int]:
    """Largest remainder, ties to the earlier member — written out independently."""
    exact = [Fraction(total * w, sum(weights)) for w in weights]
    floors = [int(x) for x in exact]
    order = sorted(range(len(weights)), key=lambda i: (-(exact[i] - floors[i]), i))
    for i in order[: total - sum(floors)]:
        floors[i] += 1
    return floors


def _routines(book: Book, actor: Actor, year: int) -> None:
    with book.unit_of_work() as s:
        for month in range(1, 13):
            key = f"{year}-{month:02d}"
            savings_routine.run_month_end(s, actor, key, today=TODAY)
            loan_quality.run_allowance(s, actor, key, today=TODAY)


@pytest.fixture
def year_2025(book: Book, bendahara: Actor, actors: dict[Role, Actor]) -> dict[str, str]:
    """Ani: pokok 100.000 (2 Jan) + wajib 600.000 (1 Feb); loan 9 jt (umum, flat 1,5%/bulan)
    paying two installments → jasa paid 2 × 135.000 = 270.000.
    Budi: pokok 100.000 + wajib 300.000 (3 Jan), sukarela 20 jt; loan 3 jt paying one
    installment → jasa 45.000. Citra joins in 2026: no SHU for 2025."""
    kasir = actors[Role.KASIR]
    ani = _member(book, bendahara, "Ani Lestari", 1, D(2025, 1, 2))
    budi = _member(book, bendahara, "Budi Santoso", 2, D(2025, 1, 2))
    citra = _member(book, bendahara, "Citra Dewi", 3, D(2026, 1, 10))
    with book.unit_of_work() as s:
        for who, product, amount, on in (
            (ani, "pokok", 100_000, D(2025, 1, 2)),
            (budi, "pokok", 100_000, D(2025, 1, 3)),
            (budi, "wajib", 300_000, D(2025, 1, 3)),
            (budi, "sukarela", 20_000_000, D(2025, 1, 3)),
            (ani, "wajib", 600_000, D(2025, 2, 1)),
        ):
            counter.deposit(s, kasir, member=who, product=product, amount=amount, on=on)
        post_entry(
            s,
            EntryInput(D(2025, 6, 1), "Jasa pelayanan", [
                LineInput("1101", 20_000_000), LineInput("4105", -20_000_000)
            ]),
            actor=bendahara,
        )  # fmt: skip
    loans_of = {}
    for who, amount in ((ani, 9_000_000), (budi, 3_000_000)):
        with book.unit_of_work() as s:
            number = applications.apply(
                s, kasir, applications.LoanApplication(who, "umum", amount, 12, D(2025, 1, 15))
            ).number
            applications.approve(s, bendahara, number, D(2025, 1, 15))
            disbursement.disburse(s, kasir, number, D(2025, 1, 15))
        loans_of[who] = number
    with book.unit_of_work() as s:
        payments.repay(s, kasir, loans_of[ani], 885_000, D(2025, 2, 15))
        payments.repay(s, kasir, loans_of[ani], 885_000, D(2025, 3, 15))
        payments.repay(s, kasir, loans_of[budi], 295_000, D(2025, 2, 15))
    _routines(book, bendahara, 2025)
    return {"ani": ani, "budi": budi, "citra": citra}


def _close(book: Book, actor: Actor) -> int:
    with book.unit_of_work() as s:
        return yearend.close_year(s, actor, 2025, today=TODAY).surplus


def _balance(book: Book, code: str, on: dt.date, member: str | None = None) -> int:
    with book.read() as s:
        stmt = (
            select(func.coalesce(func.sum(JournalLine.amount), 0))
            .join(Account, Account.id == JournalLine.account_id)
            .where(Account.code == code, JournalLine.date <= on)
        )
        if member is not None:
            member_id = s.execute(select(Member.id).where(Member.number == member)).scalar_one()
            stmt = stmt.where(JournalLine.member_id == member_id)
        return int(s.execute(stmt).scalar_one())


def test_bases_come_from_the_books_and_shares_are_exact(
    book: Book, bendahara: Actor, year_2025: dict[str, str]
) -> None:
    pool = _close(book, bendahara)
    assert pool > 0
    assert _balance(book, "3501", D(2026, 1, 1)) == -pool
    with book.read() as s:
        result = shu.compute(s, 2025)
    by_number = {m.number: m for m in result.members}
    ani, budi = by_number[year_2025["ani"]], by_number[year_2025["budi"]]
    assert year_2025["citra"] not in by_number
    assert (ani.modal_basis, budi.modal_basis) == (700_000, 400_000)
    assert (ani.usaha_basis, budi.usaha_basis) == (270_000, 45_000)
    # Default AD/ART split 40/20/20/5/0/5/5/5/0 of the pool, then the members' parts.
    percents = [40, 20, 20, 5, 0, 5, 5, 5, 0]
    parts = _split(pool, percents)
    assert list(result.parts.values()) == parts
    assert [ani.jasa_modal, budi.jasa_modal] == _split(parts[1], [700_000, 400_000])
    assert [ani.jasa_usaha, budi.jasa_usaha] == _split(parts[2], [270_000, 45_000])
    assert result.members_total == parts[1] + parts[2]
    assert result.undistributed == 0


def test_average_monthly_basis_and_sukarela(
    book: Book, bendahara: Actor, year_2025: dict[str, str]
) -> None:
    _close(book, bendahara)
    plan = shu.PlanInput(
        {"cadangan": Decimal(50), "jasa_modal": Decimal(50)}, modal_basis="rata_bulanan"
    )
    with_sukarela = shu.PlanInput(
        {"cadangan": Decimal(50), "jasa_modal": Decimal(50)}, include_sukarela=True
    )
    with book.read() as s:
        average, plus = shu.simulate(s, 2025, [plan, with_sukarela])
        budi_sukarela = {
            a.product_code: a.balance
            for a in savings_accounts.member_accounts(s, year_2025["budi"], on=D(2025, 12, 31))
        }["sukarela"]
    bases = {m.number: m.modal_basis for m in average.members}
    # Ani: January 100.000, February–December 700.000 → (100.000 + 11 × 700.000) / 12.
    assert bases[year_2025["ani"]] == 650_000
    assert bases[year_2025["budi"]] == 400_000
    assert average.parts["jasa_usaha"] == 0
    assert {m.number: m.modal_basis for m in plus.members}[year_2025["budi"]] == (
        400_000 + budi_sukarela
    )
    assert budi_sukarela > 20_000_000  # the year's interest was credited


def test_post_then_pay_in_cash_and_to_savings(
    book: Book,
    bendahara: Actor,
    actors: dict[Role, Actor],
    year_2025: dict[str, str],
    snapshot: Callable[[], Snapshot],
) -> None:
    kasir = actors[Role.KASIR]
    pool = _close(book, bendahara)
    decision = shu.PlanInput(
        {"cadangan": Decimal(30), "jasa_modal": Decimal(25), "jasa_usaha": Decimal(35),
         "dana_pengurus": Decimal(5), "dana_pendidikan": Decimal("2.5"),
         "dana_sosial": Decimal("2.5")},
        decision="Keputusan RAT No. 01/RAT/2026",
    )  # fmt: skip
    with book.unit_of_work() as s:
        shu.save_plan(s, bendahara, 2025, decision)
        posted = shu.post(s, bendahara, 2025, RAT)
    parts = _split(pool, [30, 25, 35, 5, 0, 0, Fraction(5, 2), Fraction(5, 2), 0])
    assert list(posted.parts.values()) == parts
    assert posted.posted
    assert posted.entry_number
    assert _balance(book, "3501", RAT) == 0
    assert _balance(book, "3401", RAT) == -parts[0]
    assert _balance(book, "2322", RAT) == -parts[3]
    shares = {m.number: m.total for m in posted.members}
    for number, total in shares.items():
        assert _balance(book, "2321", RAT, number) == -total
    assert sum(shares.values()) == parts[1] + parts[2]

    # Posting twice and changing the plan afterwards are refused.
    before = snapshot()
    with pytest.raises(DomainError, match="sudah diposting"), book.unit_of_work() as s:
        shu.post(s, bendahara, 2025, RAT)
    with pytest.raises(DomainError, match="sudah diposting"), book.unit_of_work() as s:
        shu.save_plan(s, bendahara, 2025, decision)
    assert snapshot() == before

    cash_before = _balance(book, "1101", RAT)
    ani, budi = year_2025["ani"], year_2025["budi"]
    with book.unit_of_work() as s:
        paid = shu_payout.pay(s, kasir, 2025, ani, on=RAT, method="tunai")
    assert paid.amount == shares[ani]
    assert paid.receipt_number == "SHU-2026-000001"
    assert _balance(book, "1101", RAT) == cash_before - shares[ani]
    assert _balance(book, "2321", RAT, ani) == 0
    with pytest.raises(DomainError, match="sudah dibayar"), book.unit_of_work() as s:
        shu_payout.pay(s, kasir, 2025, ani, on=RAT, method="tunai")

    with book.read() as s:
        before_sukarela = {
            a.product_code: a.balance for a in savings_accounts.member_accounts(s, budi)
        }
    with book.unit_of_work() as s:
        batch = shu_payout.pay_all_to_savings(s, kasir, 2025, RAT)
    assert [(p.member_number, p.amount) for p in batch] == [(budi, shares[budi])]
    with book.read() as s:
        after = {a.product_code: a.balance for a in savings_accounts.member_accounts(s, budi)}
        listed = {m.number: (m.paid, m.paid_method) for m in shu.compute(s, 2025).members}
        receipt = shu_payout.payment(s, batch[0].receipt_number)
    assert after["sukarela"] == before_sukarela["sukarela"] + shares[budi]
    assert listed == {ani: (shares[ani], "tunai"), budi: (shares[budi], "sukarela")}
    assert receipt.member_number == budi
    assert _balance(book, "2321", RAT) == 0


def test_post_needs_a_closed_year_and_blocks_reopening(
    book: Book,
    bendahara: Actor,
    actors: dict[Role, Actor],
    year_2025: dict[str, str],
    snapshot: Callable[[], Snapshot],
) -> None:
    before = snapshot()
    with pytest.raises(DomainError, match="Tutup dulu"), book.unit_of_work() as s:
        shu.post(s, bendahara, 2025, RAT)
    assert snapshot() == before
    _close(book, bendahara)
    with pytest.raises(ValidationError, match="sesudah"), book.unit_of_work() as s:
        shu.post(s, bendahara, 2025, D(2025, 12, 31))
    with book.unit_of_work() as s:
        shu.post(s, bendahara, 2025, RAT)
    ketua = actors[Role.KETUA]
    with book.unit_of_work() as s:
        grant = approvals.grant(s, ketua, "admin", PASSWORD, Permission.YEAR_REOPEN).grant_id
    before = snapshot()
    with pytest.raises(DomainError, match="sudah dibagi"), book.unit_of_work() as s:
        yearend.reopen_year(s, ketua, 2025, "Koreksi setelah RAT", approval=grant)
    assert snapshot() == before


def test_a_plan_must_total_100_percent(book: Book, bendahara: Actor) -> None:
    with pytest.raises(ValidationError, match="100%"), book.unit_of_work() as s:
        shu.save_plan(s, bendahara, 2025, shu.PlanInput({"cadangan": Decimal(90)}))
    with book.read() as s:
        assert shu.get_plan(s, 2025).status == "draft"
        assert sum(shu.get_plan(s, 2025).allocation.values()) == 100


@pytest.mark.parametrize("role", list(Role), ids=lambda r: r.value)
def test_who_may_pay_the_shu(
    book: Book,
    bendahara: Actor,
    actors: dict[Role, Actor],
    year_2025: dict[str, str],
    role: Role,
    snapshot: Callable[[], Snapshot],
) -> None:
    """Admin, Bendahara and Kasir pay out SHU; Ketua and Pengawas do not handle cash."""
    _close(book, bendahara)
    with book.unit_of_work() as s:
        shu.post(s, bendahara, 2025, RAT)
    who = actors[role]
    if role in {Role.ADMIN, Role.BENDAHARA, Role.KASIR}:
        with book.unit_of_work() as s:
            shu_payout.pay(s, who, 2025, year_2025["ani"], on=RAT, method="tunai")
        return
    before = snapshot()
    with pytest.raises(PermissionDeniedError, match=role.label), book.unit_of_work() as s:
        shu_payout.pay(s, who, 2025, year_2025["ani"], on=RAT, method="tunai")
    assert snapshot() == before


# --- SHU from business with non-members (issue 14, item 5) ------------------------------


@pytest.fixture
def with_non_members(book: Book, bendahara: Actor, actors: dict[Role, Actor]) -> str:
    """2025: Ani (pokok 100.000 + wajib 600.000); member income 4105 6.000.000,
    non-member income 4201 2.000.000, salaries 5202 3.000.000 → SHU 5.000.000."""
    kasir = actors[Role.KASIR]
    ani = _member(book, bendahara, "Ani Lestari", 1, D(2025, 1, 2))
    with book.unit_of_work() as s:
        counter.deposit(s, kasir, member=ani, product="pokok", amount=100_000, on=D(2025, 1, 2))
        counter.deposit(s, kasir, member=ani, product="wajib", amount=600_000, on=D(2025, 1, 2))
        for on, lines in (
            (D(2025, 3, 1), [("1101", 6_000_000), ("4105", -6_000_000)]),
            (D(2025, 5, 1), [("1101", 2_000_000), ("4201", -2_000_000)]),
            (D(2025, 7, 1), [("5202", 3_000_000), ("1101", -3_000_000)]),
        ):
            lines_in = [LineInput(code, amount) for code, amount in lines]
            post_entry(s, EntryInput(on, "Transaksi uji", lines_in), actor=bendahara)
        for month in range(1, 13):
            savings_routine.run_month_end(s, bendahara, f"2025-{month:02d}", today=TODAY)
        assert yearend.close_year(s, bendahara, 2025, today=TODAY).surplus == 5_000_000
        shu.save_plan(s, bendahara, 2025, shu.PlanInput(
            {"cadangan": Decimal(50), "jasa_modal": Decimal(50)}, decision="RAT 2026",
        ))  # fmt: skip
    return ani


def test_shu_from_non_members_goes_to_reserves(
    book: Book, bendahara: Actor, admin: Actor, with_non_members: str
) -> None:
    """KOPERASI.md §3.1: SHU from business with non-members is not paid to members. Its
    part: SHU × non-member income / all income = 5.000.000 × 2.000.000 / 8.000.000 =
    1.250.000, to cadangan; the plan shares 3.750.000: cadangan 50% = 1.875.000 and
    jasa modal 50% = 1.875.000 (Ani alone)."""
    ani = with_non_members
    with book.read() as s:
        draft = shu.compute(s, 2025)
    assert (draft.pool, draft.non_member, draft.shared) == (5_000_000, 1_250_000, 3_750_000)
    assert (draft.non_member_income, draft.income_total) == (2_000_000, 8_000_000)
    assert (draft.parts["cadangan"], draft.parts["jasa_modal"]) == (1_875_000, 1_875_000)
    assert sum(draft.parts.values()) == 3_750_000
    assert [(m.number, m.total) for m in draft.members] == [(ani, 1_875_000)]
    assert any("non-anggota" in note for note in draft.notes)
    with book.unit_of_work() as s:
        posted = shu.post(s, bendahara, 2025, RAT)
    assert (posted.pool, posted.non_member, posted.shared) == (5_000_000, 1_250_000, 3_750_000)
    assert posted.parts == draft.parts
    # 3401 gets cadangan 1.875.000 + the non-members' 1.250.000; Ani 1.875.000 on 2321.
    assert _balance(book, "3401", RAT) == -3_125_000
    assert _balance(book, "2321", RAT, ani) == -1_875_000
    assert _balance(book, "3501", RAT) == 0
    # Once posted the split stays, whatever the setting says later.
    with book.unit_of_work() as s:
        settings.change_text_setting(s, admin, settings.SHU_NON_MEMBER_RESERVE, "tidak")
    with book.read() as s:
        again = shu.compute(s, 2025)
        listing = shu_papers.shu_list(s, 2025)
    assert (again.non_member, again.parts) == (1_250_000, posted.parts)
    # The RAT book's SHU list: the SHU shared, the year's SHU and the part set apart.
    assert (listing.pool, listing.non_member, listing.shu_total) == (
        3_750_000, 1_250_000, 5_000_000,
    )  # fmt: skip
    assert (listing.non_member_income, listing.income_total) == (2_000_000, 8_000_000)


def test_the_non_member_reserve_is_a_setting(
    book: Book, admin: Actor, with_non_members: str, snapshot: Callable[[], Snapshot]
) -> None:
    """Off: the whole 5.000.000 is shared, cadangan 2.500.000 and jasa modal 2.500.000."""
    with book.read() as s:
        assert settings.get_text(s, settings.SHU_NON_MEMBER_RESERVE) == "ya"  # default on
    with book.unit_of_work() as s:
        settings.change_text_setting(s, admin, settings.SHU_NON_MEMBER_RESERVE, "tidak")
    with book.read() as s:
        result = shu.compute(s, 2025)
    assert (result.non_member, result.shared) == (0, 5_000_000)
    assert (result.parts["cadangan"], result.parts["jasa_modal"]) == (2_500_000, 2_500_000)
    before = snapshot()
    with pytest.raises(ValidationError), book.unit_of_work() as s:
        settings.change_text_setting(s, admin, settings.SHU_NON_MEMBER_RESERVE, "kadang")
    assert snapshot() == before


def test_the_statements_note_shows_the_part_set_apart(
    book: Book, bendahara: Actor, with_non_members: str
) -> None:
    """The CaLK's SHU note: 5.000.000, of which 1.250.000 from non-members to cadangan;
    the plan's 3.750.000 as cadangan 1.875.000 and jasa modal 1.875.000 — before and
    after posting."""
    from kopdesk.services.closing import statements

    expected = {
        "cadangan": 1_875_000, "jasa_modal": 1_875_000, "non_anggota": 1_250_000,
    }  # fmt: skip
    for post in (False, True):
        if post:
            with book.unit_of_work() as s:
                shu.post(s, bendahara, 2025, RAT)
        with book.read() as s:
            note = statements.notes(s, statements.period_of(s, 2025)).table("shu")
        assert {r.code: r.values[0] for r in note.rows if not r.is_total} == expected
        assert note.rows[-1].values == (5_000_000,)
        assert "non-anggota" in " ".join(note.text)
