"""RAT book data: membership by sex from the status history (counted by hand
below), the book's texts and RAPB (stored, audited, refused without writing),
the savings, loans and per-member balances against the savings and loan
services, and the SHU list, slips and kuitansi against the SHU service and an
independent computation with fractions."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from decimal import Decimal
from fractions import Fraction

import pytest
from sqlalchemy import func, select

from kopdesk.domain.papers.rat import RapbRow, SexCount
from kopdesk.domain.permissions import Actor, Role
from kopdesk.domain.vocabulary import MemberStatus
from kopdesk.errors import NotFoundError, PermissionDeniedError, ValidationError
from kopdesk.models import Account, AuditRecord, JournalEntry, JournalLine
from kopdesk.services.closing import rat, rat_inputs, shu, shu_papers, shu_payout, yearend
from kopdesk.services.ledger.journal import EntryInput, LineInput, post_entry
from kopdesk.services.loans import applications as loan_applications
from kopdesk.services.loans import disbursement as loan_disbursement
from kopdesk.services.loans import payments as loan_payments
from kopdesk.services.loans import quality as loan_quality
from kopdesk.services.loans import records as loan_records
from kopdesk.services.members import register as members
from kopdesk.services.members.register import MemberInput, OrganKind
from kopdesk.services.savings import accounts as savings_accounts
from kopdesk.services.savings import counter as savings_counter
from kopdesk.services.savings import papers as savings_papers
from kopdesk.services.savings import routine as savings_routine
from kopdesk.storage.db import Book
from tests.helpers import Snapshot

D = dt.date
TODAY = D(2026, 2, 1)
L, P = "L", "P"
A, C, K, M, X = (
    MemberStatus.AKTIF,
    MemberStatus.CALON,
    MemberStatus.KELUAR,
    MemberStatus.MENINGGAL,
    MemberStatus.DIBERHENTIKAN,
)

# key: (sex, registered on, registered as, later status changes (status, date))
PEOPLE: dict[str, tuple[str, dt.date, MemberStatus, tuple[tuple[MemberStatus, dt.date], ...]]] = {
    "m1": (L, D(2024, 3, 1), A, ()),
    "m2": (P, D(2024, 6, 1), A, ((K, D(2025, 5, 10)),)),
    "m3": (L, D(2025, 2, 1), A, ()),
    "m4": (P, D(2024, 12, 1), C, ((A, D(2025, 1, 15)),)),
    "m5": (L, D(2025, 3, 1), A, ((M, D(2025, 9, 1)),)),
    "m6": (P, D(2023, 1, 1), A, ((X, D(2024, 11, 1)),)),
    "m7": (L, D(2024, 1, 5), A, ((K, D(2025, 12, 31)),)),
    "m8": (P, D(2026, 1, 2), A, ()),
    "m9": (P, D(2025, 11, 1), C, ()),
    "m10": (L, D(2025, 1, 1), A, ()),
    "m11": (P, D(2024, 2, 1), A, ((K, D(2025, 3, 1)), (A, D(2025, 8, 1)))),
}
# Counted by hand from PEOPLE for tahun buku 2025 (1 January – 31 December):
# aktif on 31-12-2024: m1, m7 (L); m2, m11 (P) — m4 was calon, m6 diberhentikan.
# joined in 2025: m3, m5, m10 (L); m4 (calon → aktif), m11 (re-joined) (P).
# left in 2025: m5 meninggal, m7 keluar (L); m2 keluar, m11 keluar (P).
# aktif on 31-12-2025: m1, m3, m10 (L); m4, m11 (P). m9 still calon; m8 joins in 2026.
EXPECTED = {
    "at_start": SexCount(2, 2),
    "joined": SexCount(3, 2),
    "left": SexCount(2, 2),
    "at_end": SexCount(3, 2),
    "candidates_at_end": SexCount(0, 1),
}
EXPECTED_LEFT = (
    ("Keluar", SexCount(1, 2)),
    ("Meninggal", SexCount(1, 0)),
    ("Diberhentikan", SexCount(0, 0)),
)


def _nik(serial: int, sex: str) -> str:
    """A valid NIK (Bandung, born 1985-08-17; women's day of birth + 40)."""
    return f"327301{17 if sex == L else 57:02d}0885{serial:04d}"


@pytest.fixture
def people(book: Book, bendahara: Actor) -> dict[str, str]:
    numbers = {}
    for serial, (key, (sex, joined, status, changes)) in enumerate(PEOPLE.items(), start=1):
        data = MemberInput(
            full_name=f"Anggota {key.upper()}",
            nik=_nik(serial, sex),
            birth_date=D(1985, 8, 17),
            sex=sex,
            join_date=joined,
            status=status,
        )
        with book.unit_of_work() as s:
            number = members.register_member(s, bendahara, data).number
            for new, on in changes:
                members.change_status(s, bendahara, number, new, on=on, reason="Uji RAT")
        numbers[key] = number
    return numbers


def test_membership_by_sex_joiners_and_leavers(book: Book, people: dict[str, str]) -> None:
    with book.read() as s:
        stats = rat.membership(s, 2025)
    assert (stats.start, stats.end) == (D(2025, 1, 1), D(2025, 12, 31))
    for name, expected in EXPECTED.items():
        assert getattr(stats, name) == expected, name
    assert stats.left_by_status == EXPECTED_LEFT
    assert stats.at_end.total == 5


def test_officers_are_the_terms_running_at_year_end(
    book: Book, bendahara: Actor, admin: Actor, people: dict[str, str]
) -> None:
    with book.unit_of_work() as s:
        members.assign_organ(s, admin, people["m1"], OrganKind.KETUA, term_start=D(2024, 4, 1))
        members.assign_organ(
            s,
            admin,
            people["m3"],
            OrganKind.BENDAHARA,
            term_start=D(2025, 2, 1),
            term_end=D(2025, 6, 30),
        )
        members.assign_organ(s, admin, people["m11"], OrganKind.PENGAWAS, term_start=D(2025, 8, 1))
    with book.read() as s:
        book_data = rat.rat_data(s, 2025)
    assert [(o.role, o.member_number) for o in book_data.pengurus] == [("Ketua", people["m1"])]
    assert [(o.role, o.member_number) for o in book_data.pengawas] == [("Pengawas", people["m11"])]
    assert book_data.membership.at_end == EXPECTED["at_end"]


# --- texts and RAPB ---------------------------------------------------------------------------


def _audits(book: Book, action: str) -> list[tuple[str, str]]:
    with book.read() as s:
        rows = s.execute(
            select(AuditRecord.ref, AuditRecord.after).where(AuditRecord.action == action)
        ).all()
    return [(ref, after) for ref, after in rows]


def test_texts_are_stored_cleaned_and_audited(book: Book, bendahara: Actor) -> None:
    with book.unit_of_work() as s:
        rat_inputs.set_text(
            s, bendahara, 2025, "laporan_pengurus", "Paragraf satu.  \r\n\r\n- butir\r\n"
        )
    with book.read() as s:
        assert rat_inputs.get_text(s, 2025, "laporan_pengurus") == "Paragraf satu.\n\n- butir"
        assert rat_inputs.get_text(s, 2025, "laporan_pengawas") == ""
        assert rat_inputs.get_text(s, 2024, "laporan_pengurus") == ""
    assert [ref for ref, _after in _audits(book, "rat.text")] == ["2025/laporan_pengurus"]
    with book.unit_of_work() as s:  # the same text again: nothing changes, nothing recorded
        rat_inputs.set_text(s, bendahara, 2025, "laporan_pengurus", "Paragraf satu.\n\n- butir")
    assert len(_audits(book, "rat.text")) == 1
    with book.unit_of_work() as s:
        rat_inputs.set_text(s, bendahara, 2025, "laporan_pengurus", "")
    with book.read() as s:
        assert rat_inputs.get_text(s, 2025, "laporan_pengurus") == ""
    assert len(_audits(book, "rat.text")) == 2


@pytest.mark.parametrize(
    ("who", "key", "body", "year", "error"),
    [
        (Role.BENDAHARA, "kata_sambutan", "Teks", 2025, ValidationError),
        (Role.BENDAHARA, "rapb", "Teks", 2025, ValidationError),
        (
            Role.BENDAHARA,
            "laporan_pengurus",
            "x" * (rat_inputs.MAX_TEXT + 1),
            2025,
            ValidationError,
        ),
        (Role.BENDAHARA, "laporan_pengurus", "bel\x07", 2025, ValidationError),
        (Role.BENDAHARA, "laporan_pengurus", "Teks", 1890, ValidationError),
        (Role.KASIR, "laporan_pengurus", "Teks", 2025, PermissionDeniedError),
        (Role.PENGAWAS, "laporan_pengawas", "Teks", 2025, PermissionDeniedError),
    ],
)
def test_refused_texts_write_nothing(
    book: Book,
    actors: dict[Role, Actor],
    snapshot: Callable[[], Snapshot],
    who: Role,
    key: str,
    body: str,
    year: int,
    error: type[Exception],
) -> None:
    before = snapshot()
    with pytest.raises(error), book.unit_of_work() as s:
        rat_inputs.set_text(s, actors[who], year, key, body)
    assert snapshot() == before


RAPB = [
    RapbRow("Jasa pinjaman anggota", 107_306_002, 118_000_000, "pendapatan"),
    RapbRow("Pendapatan provisi", 5_030_000, 5_500_000, "pendapatan"),
    RapbRow("Gaji karyawan", 78_000_000, 85_800_000, "beban"),
    RapbRow("Pembelian komputer", 0, 12_000_000),
]


def test_rapb_round_trip_and_totals(book: Book, bendahara: Actor) -> None:
    with book.unit_of_work() as s:
        rat_inputs.set_rapb(s, bendahara, 2025, RAPB)
    with book.read() as s:
        assert rat_inputs.get_rapb(s, 2025) == RAPB
    totals = rat_inputs.rapb_totals(RAPB)
    assert totals is not None
    assert (totals.income_realisasi, totals.income_anggaran) == (112_336_002, 123_500_000)
    assert (totals.expense_realisasi, totals.expense_anggaran) == (78_000_000, 85_800_000)
    assert (totals.surplus_realisasi, totals.surplus_anggaran) == (34_336_002, 37_700_000)
    assert rat_inputs.rapb_totals([RapbRow("Tanpa kelompok", 1, 2)]) is None
    assert [ref for ref, _after in _audits(book, "rat.rapb")] == ["2025/rapb"]


@pytest.mark.parametrize(
    "bad",
    [
        RapbRow("  ", 1, 2),
        RapbRow("x" * 201, 1, 2),
        RapbRow("Bunga", 1.5, 2),  # type: ignore[arg-type]
        RapbRow("Bunga", True, 2),
        RapbRow("Bunga", 1, 10**15),
        RapbRow("Bunga", 1, 2, "investasi"),
        RapbRow("Bunga\x00 pinjaman", 1, 2),  # a NUL from a CSV
        RapbRow("Bunga\x1b[31m", 1, 2),
    ],
)
def test_refused_rapb_writes_nothing(
    book: Book, bendahara: Actor, snapshot: Callable[[], Snapshot], bad: RapbRow
) -> None:
    before = snapshot()
    with pytest.raises(ValidationError), book.unit_of_work() as s:
        rat_inputs.set_rapb(s, bendahara, 2025, [RAPB[0], bad])
    assert snapshot() == before


# --- a closed year with SHU -------------------------------------------------------------------


def _member(book: Book, actor: Actor, name: str, serial: int, joined: dt.date) -> str:
    data = MemberInput(
        full_name=name,
        nik=_nik(100 + serial, L),
        birth_date=D(1985, 8, 17),
        sex=L,
        join_date=joined,
    )
    with book.unit_of_work() as s:
        return members.register_member(s, actor, data).number


@pytest.fixture
def closed_2025(book: Book, bendahara: Actor, actors: dict[Role, Actor]) -> dict[str, str]:
    return build_closed_2025(book, bendahara, actors[Role.KASIR])


def build_closed_2025(book: Book, bendahara: Actor, kasir: Actor) -> dict[str, str]:
    """Ani: pokok 100.000 + wajib 600.000, loan 9 jt paying two installments.
    Budi: pokok 100.000 + wajib 300.000, sukarela 20 jt, loan 3 jt paying one.
    Citra joins in 2026. Service income 20 jt; the year closed and its SHU posted.
    Returns the members' numbers by first name (lower case)."""
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
            savings_counter.deposit(s, kasir, member=who, product=product, amount=amount, on=on)
        income = [LineInput("1101", 20_000_000), LineInput("4105", -20_000_000)]
        post_entry(s, EntryInput(D(2025, 6, 1), "Jasa pelayanan", income), actor=bendahara)
    numbers = {}
    for who, amount in ((ani, 9_000_000), (budi, 3_000_000)):
        with book.unit_of_work() as s:
            application = loan_applications.LoanApplication(who, "umum", amount, 12, D(2025, 1, 15))
            number = loan_applications.apply(s, kasir, application).number
            loan_applications.approve(s, bendahara, number, D(2025, 1, 15))
            loan_disbursement.disburse(s, kasir, number, D(2025, 1, 15))
        numbers[who] = number
    with book.unit_of_work() as s:
        loan_payments.repay(s, kasir, numbers[ani], 885_000, D(2025, 2, 15))
        loan_payments.repay(s, kasir, numbers[ani], 885_000, D(2025, 3, 15))
        loan_payments.repay(s, kasir, numbers[budi], 295_000, D(2025, 2, 15))
        for month in range(1, 13):
            savings_routine.run_month_end(s, bendahara, f"2025-{month:02d}", today=TODAY)
            loan_quality.run_allowance(s, bendahara, f"2025-{month:02d}", today=TODAY)
    with book.unit_of_work() as s:
        yearend.close_year(s, bendahara, 2025, today=TODAY)
    with book.unit_of_work() as s:
        shu.post(s, bendahara, 2025, D(2026, 1, 20))
    return {"ani": ani, "budi": budi, "citra": citra}


def _split(total: int, weights: list[int]) -> list[int]:
    """Largest remainder, ties to the earlier one — written out independently."""
    exact = [Fraction(total * w, sum(weights)) for w in weights]
    floors = [int(x) for x in exact]
    order = sorted(range(len(weights)), key=lambda i: (-(exact[i] - floors[i]), i))
    for i in order[: total - sum(floors)]:
        floors[i] += 1
    return floors


def test_shu_list_totals_equal_the_parts(book: Book, closed_2025: dict[str, str]) -> None:
    with book.read() as s:
        listing = shu_papers.shu_list(s, 2025)
        result = shu.compute(s, 2025)
    assert listing.posted
    assert listing.pool == result.pool > 0
    parts = {p.key: p for p in listing.parts}
    assert sum(p.amount for p in listing.parts) == listing.pool
    assert [p.amount for p in listing.parts] == _split(listing.pool, [40, 20, 20, 5, 0, 5, 5, 5, 0])
    assert parts["jasa_modal"].percent == Decimal(20)
    assert listing.total_jasa_modal == parts["jasa_modal"].amount
    assert listing.total_jasa_usaha == parts["jasa_usaha"].amount
    assert listing.total == parts["jasa_modal"].amount + parts["jasa_usaha"].amount
    ani, budi = closed_2025["ani"], closed_2025["budi"]
    assert [(r.number, r.modal_basis, r.usaha_basis) for r in listing.rows] == [
        (ani, 700_000, 270_000),
        (budi, 400_000, 45_000),
    ]
    assert [r.jasa_modal for r in listing.rows] == _split(
        parts["jasa_modal"].amount, [700_000, 400_000]
    )
    assert [r.jasa_usaha for r in listing.rows] == _split(
        parts["jasa_usaha"].amount, [270_000, 45_000]
    )
    assert listing.total_paid == 0


def test_slips_show_the_formula_numbers(book: Book, closed_2025: dict[str, str]) -> None:
    ani = closed_2025["ani"]
    with book.read() as s:
        listing = shu_papers.shu_list(s, 2025)
        slips = shu_papers.shu_slips(s, 2025, [ani.lower()])
        everyone = shu_papers.shu_slips(s, 2025)
    assert [x.member_number for x in everyone.slips] == [r.number for r in listing.rows]
    (slip,) = slips.slips
    parts = {p.key: p.amount for p in listing.parts}
    assert (slip.modal_basis, slip.modal_total, slip.modal_part) == (
        700_000,
        1_100_000,
        parts["jasa_modal"],
    )
    assert (slip.usaha_basis, slip.usaha_total, slip.usaha_part) == (
        270_000,
        315_000,
        parts["jasa_usaha"],
    )
    exact_modal = Fraction(700_000 * parts["jasa_modal"], 1_100_000)
    assert abs(slip.modal_exact - Decimal(exact_modal.numerator) / exact_modal.denominator) < (
        Decimal("0.005")
    )
    assert abs(Fraction(slip.jasa_modal) - exact_modal) < 1
    assert slip.total == slip.jasa_modal + slip.jasa_usaha == listing.rows[0].total
    assert slip.total_words.endswith("rupiah")
    assert (slip.paid, slip.paid_method, slip.receipt_number) == (0, "", "")
    with pytest.raises(NotFoundError, match="A-9999"), book.read() as s:
        shu_papers.shu_slips(s, 2025, ["A-9999"])


def test_receipts_of_shu_payments(
    book: Book, actors: dict[Role, Actor], closed_2025: dict[str, str]
) -> None:
    kasir = actors[Role.KASIR]
    with book.unit_of_work() as s:
        cash = shu_payout.pay(s, kasir, 2025, closed_2025["ani"], on=D(2026, 1, 25), method="tunai")
        moved = shu_payout.pay(
            s, kasir, 2025, closed_2025["budi"], on=D(2026, 1, 25), method="sukarela"
        )
    with book.read() as s:
        first = shu_papers.shu_receipt(s, cash.receipt_number.lower())
        second = shu_papers.shu_receipt(s, moved.receipt_number)
        listing = shu_papers.shu_list(s, 2025)
        slip = shu_papers.shu_slips(s, 2025, [closed_2025["budi"]]).slips[0]
        sukarela = savings_accounts.member_accounts(s, closed_2025["budi"])
    ani_row = listing.rows[0]
    assert (first.amount, first.method, first.savings_account) == (ani_row.total, "tunai", "")
    assert (first.jasa_modal, first.jasa_usaha) == (ani_row.jasa_modal, ani_row.jasa_usaha)
    assert first.entry_number == cash.entry_number
    assert first.teller == "Kasir"
    assert second.method == "sukarela"
    assert second.savings_account == next(
        a.number for a in sukarela if a.product_code == "sukarela"
    )
    assert listing.total_paid == listing.total
    assert (slip.paid_method, slip.paid_on, slip.receipt_number) == (
        "sukarela",
        D(2026, 1, 25),
        moved.receipt_number,
    )
    with pytest.raises(NotFoundError), book.read() as s:
        shu_papers.shu_receipt(s, "SHU-2026-999999")


def test_rat_data_balances_match_the_savings_and_loan_services(
    book: Book, closed_2025: dict[str, str]
) -> None:
    calls: list[tuple[int, int, str]] = []
    with book.read() as s:
        data = rat.rat_data(s, 2025, progress=lambda *a: calls.append(a))
        recap = {
            r.product_name: r.subledger
            for r in savings_papers.savings_recap(s, D(2025, 12, 31)).rows
        }
        expected = {}
        for who in ("ani", "budi"):
            number = closed_2025[who]
            kinds = {
                a.kind.value: a.balance
                for a in savings_accounts.member_accounts(
                    s, number, on=D(2025, 12, 31), include_closed=True
                )
            }
            owed = sum(
                loan_records.outstanding(s, loan_records.get_loan(s, r.number).id, D(2025, 12, 31))
                for r in loan_records.loan_rows(s, member_number=number)
            )
            expected[number] = (
                kinds.get("pokok", 0),
                kinds.get("wajib", 0),
                kinds.get("sukarela", 0),
                kinds.get("berjangka", 0),
                owed,
            )
        shares = {m.number: m.total for m in shu.compute(s, 2025).members}
    assert data.closed
    got = {r.number: (r.pokok, r.wajib, r.sukarela, r.berjangka, r.loan) for r in data.members}
    assert got == expected  # Citra joined in 2026: not in the 2025 book
    assert {r.number: r.shu for r in data.members} == shares
    total = data.members_total
    assert total.pokok == sum(r.pokok for r in data.members) == 200_000
    assert total.loan == sum(r.loan for r in data.members) == data.loans.total_outstanding_end
    assert data.shu.report is not None
    assert total.shu == data.shu.report.total
    assert {r.product_name: r.balance_end for r in data.savings} == recap
    assert data.savings_total_end == sum(recap.values())
    assert all(r.balance_start == 0 for r in data.savings)
    assert (data.loans.total_disbursed_count, data.loans.total_disbursed) == (2, 12_000_000)
    assert data.loans.total_loans_end == 2
    assert sum(g.outstanding for g in data.loans.grades) == data.loans.total_outstanding_end
    assert data.statements is not None
    assert [c[0] for c in calls] == sorted(c[0] for c in calls)
    assert calls[-1][:2] == (8, 8)
    assert len({c[2] for c in calls}) == len(calls)


def test_the_next_year_starts_where_this_one_ended(
    book: Book, actors: dict[Role, Actor], closed_2025: dict[str, str]
) -> None:
    with book.unit_of_work() as s:
        savings_counter.deposit(
            s,
            actors[Role.KASIR],
            member=closed_2025["citra"],
            product="pokok",
            amount=100_000,
            on=D(2026, 1, 12),
        )
    with book.read() as s:
        this, following = rat.rat_data(s, 2025), rat.rat_data(s, 2026)
    assert [r.balance_start for r in following.savings] == [r.balance_end for r in this.savings]
    assert [r.members_start for r in following.savings] == [r.members_end for r in this.savings]
    assert following.membership.at_start == this.membership.at_end
    assert following.membership.joined == SexCount(1, 0)
    pokok = following.savings[0]
    assert pokok.balance_end - pokok.balance_start == pokok.change == 100_000


def test_suggested_rapb_is_the_years_income_and_expense(
    book: Book, closed_2025: dict[str, str]
) -> None:
    with book.read() as s:
        rows = rat_inputs.suggest_rapb(s, 2025)
        sums = s.execute(
            select(Account.name, Account.type, func.sum(JournalLine.amount))
            .join(JournalLine, JournalLine.account_id == Account.id)
            .join(JournalEntry, JournalEntry.id == JournalLine.entry_id)
            .where(
                Account.type.in_(("pendapatan", "beban")),
                JournalEntry.source != "tutup-buku",
                JournalLine.date <= D(2025, 12, 31),
            )
            .group_by(Account.name, Account.type)
        ).all()
        surplus = yearend.year_surplus(s, 2025)
    expected = {
        (name, kind): -int(total) if kind == "pendapatan" else int(total)
        for name, kind, total in sums
        if total
    }
    assert {(r.uraian, r.kelompok): r.realisasi for r in rows} == expected
    assert ("Jasa pelayanan lain", "pendapatan") in expected
    assert all(r.anggaran == 0 for r in rows)
    totals = rat_inputs.rapb_totals(rows)
    assert totals is not None
    assert totals.surplus_realisasi == surplus > 0


def test_health_goes_into_the_book_and_its_paper_is_signed_by_the_officers(
    book: Book, admin: Actor, people: dict[str, str]
) -> None:
    from kopdesk.services.health.paper import health_paper_of
    from tests.health_samples import perdep_assessment

    with book.unit_of_work() as s:
        members.assign_organ(s, admin, people["m1"], OrganKind.KETUA, term_start=D(2024, 4, 1))
        members.assign_organ(s, admin, people["m11"], OrganKind.PENGAWAS, term_start=D(2025, 8, 1))
    assessment = perdep_assessment(2025)
    with book.read() as s:
        assert rat.rat_data(s, 2025).health is None
        assert rat.rat_data(s, 2025, health=assessment).health == assessment
        paper = health_paper_of(s, assessment)
        names = {t.member_number: t.member_name for t in members.organ_terms(s)}
    assert [(p.role, p.name) for p in paper.pengurus] == [("Ketua", names[people["m1"]])]
    assert [(p.role, p.name) for p in paper.pengawas] == [("Pengawas", names[people["m11"]])]
    assert paper.header.coop_name
    assert [t.year for t in paper.trend] == [2025]
