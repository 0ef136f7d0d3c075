"""Perdep 06/2016 (KSP/USP) from a small book built by hand: every ratio's numerator
and denominator worked out here, line by line, from the entries below (not read from
the code's output), with the nilai each band gives (KOPERASI.md §5.3).

The book (tahun buku 2025, assessed as of 31 December 2025):

- E1 2 Jan: kas 200.000.000 from hibah 100 jt, modal penyertaan 40 jt, cadangan umum
  30 jt, cadangan tujuan risiko 10 jt and a bank loan (2401) 20 jt.
- Four members each pay simpanan pokok 100.000 and wajib 1.000.000 in cash; member 1
  also saves 50.000.000 sukarela.
- E2 1 Mar: 30 jt from kas to bank giro. E3 30 Jun: 15 jt lent to another koperasi
  (1304) from the bank. E4 30 Jun: office equipment (1604) 8 jt from kas.
- Four "umum" loans (flat, provisi 1%, administrasi Rp25.000), none repaid; the grade
  limits are set to 30/60/90 days so one book has every grade on 31 Dec:
  A 10 jt on 15 Jan (first due 15 Feb: 319 days → macet), B 4 jt on 15 Oct (46 days →
  kurang lancar), C 6 jt on 15 Sep (77 days → diragukan), D 20 jt on 1 Dec with a
  blocked deposit of 20 jt as collateral (not yet due → lancar; covered → not risky).
- E5 20 Dec: jasa pelayanan lain from members (4105) 2,5 jt in cash. E6: jasa giro
  (4901) 1 jt into the bank. E7: jasa simpanan 600.000, gaji karyawan 1,2 jt, listrik
  300.000, pendidikan perkoperasian 400.000 paid in cash. E8 31 Dec: PPAP 1 jt
  (5201/1390). E9: titipan dana sosial 500.000 (2201) received. E10: PPh badan 100.000
  owed (5990/2311).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from decimal import Decimal

import pytest

from kopdesk.domain.health import Assessment, Indicator, Predicate, Scheme
from kopdesk.domain.permissions import Actor, Role
from kopdesk.errors import ValidationError
from kopdesk.services.base import settings
from kopdesk.services.health import perdep, schemes
from kopdesk.services.loans import applications, disbursement
from kopdesk.services.members import register as members
from kopdesk.services.members.register import MemberInput
from kopdesk.services.savings import counter
from kopdesk.storage.db import Book
from tests.conftest import PostFn

D = dt.date
W = Decimal
YEAR_END = D(2025, 12, 31)


def _member(book: Book, actor: Actor, serial: int) -> str:
    data = MemberInput(
        full_name=f"Anggota {serial}", nik=f"3273011708850{serial:03d}",
        birth_date=D(1985, 8, 17), sex="P", join_date=D(2024, 6, 1),
    )  # fmt: skip
    with book.unit_of_work() as s:
        return members.register_member(s, actor, data).number


def _lend(
    book: Book, kasir: Actor, bendahara: Actor, member: str, amount: int, on: dt.date,
    collateral: str = "", value: int = 0,
) -> None:  # fmt: skip
    with book.unit_of_work() as s:
        number = applications.apply(s, kasir, applications.LoanApplication(
            member, "umum", amount, 12, on, collateral=collateral, collateral_value=value,
        )).number  # fmt: skip
        applications.approve(s, bendahara, number, on)
        disbursement.disburse(s, kasir, number, on)


@pytest.fixture
def hand_book(book: Book, actors: dict[Role, Actor], post: PostFn) -> Book:
    kasir, bendahara = actors[Role.KASIR], actors[Role.BENDAHARA]
    post("2025-01-02", [("1101", 200_000_000), ("3301", -100_000_000), ("3201", -40_000_000),
                        ("3401", -30_000_000), ("3402", -10_000_000),
                        ("2401", -20_000_000)])  # fmt: skip
    numbers = [_member(book, bendahara, n) for n in range(1, 5)]
    with book.unit_of_work() as s:
        for number in numbers:
            counter.deposit(s, kasir, member=number, product="pokok", amount=100_000,
                            on=D(2025, 1, 3))  # fmt: skip
            counter.deposit(s, kasir, member=number, product="wajib", amount=1_000_000,
                            on=D(2025, 1, 3))  # fmt: skip
        counter.deposit(s, kasir, member=numbers[0], product="sukarela", amount=50_000_000,
                        on=D(2025, 1, 3))  # fmt: skip
    post("2025-03-01", [("1111", 30_000_000), ("1101", -30_000_000)])
    post("2025-06-30", [("1304", 15_000_000), ("1111", -15_000_000)])
    post("2025-06-30", [("1604", 8_000_000), ("1101", -8_000_000)])
    with book.unit_of_work() as s:
        settings.set_ints(s, {settings.LOAN_GRADE_KL: 30, settings.LOAN_GRADE_D: 60,
                              settings.LOAN_GRADE_M: 90})  # fmt: skip
    _lend(book, kasir, bendahara, numbers[0], 10_000_000, D(2025, 1, 15))
    _lend(book, kasir, bendahara, numbers[1], 4_000_000, D(2025, 10, 15))
    _lend(book, kasir, bendahara, numbers[2], 6_000_000, D(2025, 9, 15))
    _lend(book, kasir, bendahara, numbers[3], 20_000_000, D(2025, 12, 1),
          "Deposito diblokir", 20_000_000)  # fmt: skip
    post("2025-12-20", [("1101", 2_500_000), ("4105", -2_500_000)])
    post("2025-12-20", [("1111", 1_000_000), ("4901", -1_000_000)])
    post("2025-12-20", [("5101", 600_000), ("5202", 1_200_000), ("5205", 300_000),
                        ("5301", 400_000), ("1101", -2_500_000)])  # fmt: skip
    post("2025-12-31", [("5201", 1_000_000), ("1390", -1_000_000)])
    post("2025-12-31", [("1101", 500_000), ("2201", -500_000)])
    post("2025-12-31", [("5990", 100_000), ("2311", -100_000)])
    return book


def _assess(book: Book, as_of: dt.date | None = None) -> Assessment:
    with book.read() as s:
        return perdep.assess_perdep(s, 2025, as_of)


def _by_code(a: Assessment) -> dict[str, Indicator]:
    return {i.code: i for i in a.indicators}


# Worked by hand from the entries above ------------------------------------------------
KAS = 200_000_000 + 4 * 100_000 + 4 * 1_000_000 + 50_000_000 - 30_000_000 - 8_000_000
KAS += 2_500_000 - 2_500_000 + 500_000
KAS -= (10_000_000 - 100_000 - 25_000) + (4_000_000 - 40_000 - 25_000)
KAS -= (6_000_000 - 60_000 - 25_000) + (20_000_000 - 200_000 - 25_000)
BANK = 30_000_000 - 15_000_000 + 1_000_000
LOANS = 10_000_000 + 4_000_000 + 6_000_000 + 20_000_000 + 15_000_000  # 1301 + 1304
TOTAL_ASET = KAS + BANK + LOANS - 1_000_000 + 8_000_000
MODAL_SENDIRI = 400_000 + 4_000_000 + 100_000_000 + 30_000_000 + 10_000_000 + 40_000_000 // 2
INCOME = 4 * 25_000 + (100_000 + 40_000 + 60_000 + 200_000)  # administrasi, provisi 1%
INCOME += 2_500_000 + 1_000_000  # jasa pelayanan lain (E5), jasa giro (E6)
PARTISIPASI_BRUTO = 4 * 25_000 + 400_000 + 2_500_000  # 4102 + 4103 + 4105
BEBAN_POKOK = 600_000
BEBAN_USAHA = 1_000_000 + 1_200_000 + 300_000
SHU_BEFORE_TAX = INCOME - BEBAN_POKOK - BEBAN_USAHA - 400_000
SHU_AFTER_TAX = SHU_BEFORE_TAX - 100_000
SHU_ANGGOTA = SHU_AFTER_TAX * 40 // 100  # jasa modal 20% + jasa usaha 20% (default plan)
RISIKO_PB = 4_000_000 // 2 + 6_000_000 * 3 // 4 + 10_000_000


def test_the_hand_figures_add_up() -> None:
    """The book balances: what the test expects is consistent before it is compared."""
    assert KAS == 177_400_000
    assert TOTAL_ASET == 255_400_000
    assert INCOME == 4_000_000
    assert (SHU_BEFORE_TAX, SHU_AFTER_TAX, SHU_ANGGOTA) == (500_000, 400_000, 160_000)
    liabilities = 50_000_000 + 500_000 + 100_000 + 20_000_000
    equity = 4_400_000 + 40_000_000 + 100_000_000 + 40_000_000
    assert liabilities + equity + SHU_BEFORE_TAX - 100_000 == TOTAL_ASET


def test_permodalan_ratios_from_the_hand_built_book(hand_book: Book) -> None:
    got = _by_code(_assess(hand_book))
    a, b, c = got["1a"], got["1b"], got["1c"]
    assert (a.numerator, a.denominator) == (164_400_000, 255_400_000)
    assert a.ratio == Decimal("64.37")  # 60–80 → 50
    assert (a.nilai, a.score, a.weight) == (W(50), W(3), W(6))
    assert {s.accounts for s in a.numerator_from} == {("3100",), ("3300",), ("3400",), ("3200",)}
    # Pinjaman berisiko: A, B and C have no collateral; D is covered by its deposit.
    assert (b.numerator, b.denominator) == (MODAL_SENDIRI, 20_000_000)
    assert (b.ratio, b.nilai, b.score) == (W("822.00"), W(100), W(6))
    # Modal tertimbang: 4,4 jt + 50% × 40 jt + 30 jt + 50% × 10 jt + 100 jt + 50% × SHU 400.000
    # ATMR: kas 0%, 20% × bank 16 jt, 100% × (40 jt + 15 jt − PPAP 1 jt), 70% × 8 jt
    weighted = 4_400_000 + 20_000_000 + 30_000_000 + 5_000_000 + 100_000_000 + 200_000
    atmr = 0 + 3_200_000 + 54_000_000 + 5_600_000
    assert (c.numerator, c.denominator) == (weighted, atmr)
    assert (c.ratio, c.nilai, c.score) == (W("254.14"), W(100), W(3))


def test_loan_quality_ratios_use_the_collectibility_register(hand_book: Book) -> None:
    got = _by_code(_assess(hand_book))
    assert (got["2a"].numerator, got["2a"].denominator) == (40_000_000, 55_000_000)
    assert (got["2a"].ratio, got["2a"].nilai, got["2a"].score) == (
        Decimal("72.73"),
        W(75),
        Decimal("7.5"),
    )
    # 50% × KL 4 jt + 75% × D 6 jt + 100% × M 10 jt = 16,5 jt: exactly 30% → the 20–30 band (40)
    b = got["2b"]
    assert [s.amount for s in b.numerator_from] == [2_000_000, 4_500_000, 10_000_000]
    assert (b.numerator, b.denominator, b.ratio) == (RISIKO_PB, LOANS, Decimal("30.00"))
    assert (b.nilai, b.score) == (W(40), W(2))
    c = got["2c"]  # (cadangan tujuan risiko 10 jt + PPAP 1 jt) / 16,5 jt = 66,67% → 67 points
    assert (c.numerator, c.denominator, c.ratio) == (11_000_000, RISIKO_PB, Decimal("66.67"))
    assert (c.nilai, c.score) == (W(67), W("3.35"))
    d = got["2d"]  # 20 jt / 55 jt = 36,36% → above 30 → 25
    assert (d.numerator, d.denominator, d.ratio, d.nilai, d.score) == (
        20_000_000, LOANS, W("36.36"), W(25), W("1.25"),
    )  # fmt: skip


def test_efisiensi_likuiditas_kemandirian_jatidiri(hand_book: Book) -> None:
    got = _by_code(_assess(hand_book))
    expected = {
        # beban pokok + usaha + perkoperasian / partisipasi bruto = 3,5 jt / 3 jt
        "4a": (3_500_000, PARTISIPASI_BRUTO, "116.67", 25, "1"),
        # beban usaha / (pendapatan − beban pokok) = 2,5 jt / 3,4 jt
        "4b": (BEBAN_USAHA, INCOME - BEBAN_POKOK, "73.53", 50, "2"),
        # gaji karyawan / pinjaman diberikan = 1,2 jt / 55 jt
        "4c": (1_200_000, LOANS, "2.18", 100, "2"),
        # (kas + bank) / (sukarela 50 jt + titipan 0,5 jt + utang PPh 0,1 jt)
        "5a": (KAS + BANK, 50_600_000, "382.21", 25, "2.5"),
        # pinjaman / (sukarela 50 jt + utang bank 20 jt + pokok/wajib 4,4 jt + penyertaan
        # 40 jt + hibah 100 jt + cadangan 40 jt)
        "5b": (LOANS, 254_400_000, "21.62", 25, "1.25"),
        "6a": (SHU_BEFORE_TAX, TOTAL_ASET, "0.20", 25, "0.75"),
        "6b": (SHU_ANGGOTA, MODAL_SENDIRI, "0.10", 25, "0.75"),
        # partisipasi neto 2,4 jt / (beban usaha 2,5 jt + perkoperasian 0,4 jt)
        "6c": (PARTISIPASI_BRUTO - BEBAN_POKOK, 2_900_000, "82.76", 25, "1"),
        # 3 jt / (3 jt + jasa giro 1 jt) = exactly 75% → the 50–75 band (75)
        "7a": (PARTISIPASI_BRUTO, 4_000_000, "75.00", 75, "5.25"),
        # (MEPPP 0 + SHU bagian anggota 160.000) / (pokok 400.000 + wajib 4 jt)
        "7b": (SHU_ANGGOTA, 4_400_000, "3.64", 25, "0.75"),
    }
    for code, (num, den, ratio, nilai, score) in expected.items():
        i = got[code]
        assert (i.numerator, i.denominator, i.ratio, i.nilai, i.score) == (
            num, den, W(ratio), W(nilai), W(score),
        ), code  # fmt: skip


def test_weights_composite_and_predicate(hand_book: Book) -> None:
    a = _assess(hand_book)
    assert sum(i.weight for i in a.indicators) == 100
    by_aspect: dict[str, Decimal] = {}
    for i in a.indicators:
        by_aspect[i.aspect] = by_aspect.get(i.aspect, Decimal(0)) + i.weight
    assert by_aspect == dict(perdep.ASPECTS)
    # 3 + 6 + 3 | 7,5 + 2 + 3,35 + 1,25 | 0 (no answers) | 1 + 2 + 2 | 2,5 + 1,25 |
    # 0,75 + 0,75 + 1 | 5,25 + 0,75
    assert a.composite == Decimal("43.35")
    assert a.predicate is Predicate.DALAM_PENGAWASAN_KHUSUS
    assert (a.year, a.as_of, a.scheme) == (2025, YEAR_END, Scheme.PERDEP_2016)


def test_a_date_inside_the_year_reads_flows_up_to_it(hand_book: Book) -> None:
    """On 30 June only E1, the savings, E2–E4 and loan A exist: no income but A's fees."""
    got = _by_code(_assess(hand_book, D(2025, 6, 30)))
    assert got["7a"].numerator == 100_000 + 25_000
    assert got["2a"].denominator == 10_000_000 + 15_000_000
    with pytest.raises(ValidationError, match="di luar tahun buku 2025"):
        _assess(hand_book, D(2026, 1, 1))


def _save(book: Book, actor: Actor, values: dict[str, bool]) -> int:
    with book.unit_of_work() as s:
        return schemes.save_answers(s, actor, Scheme.PERDEP_2016, 2025, values)


@pytest.mark.parametrize(
    ("part", "yes", "score"),
    [("umum", 12, "3"), ("umum", 5, "1.25"), ("kelembagaan", 3, "1.5"),
     ("permodalan", 4, "2.4"), ("aktiva", 7, "2.1"), ("likuiditas", 5, "3")],
)  # fmt: skip
def test_n_ya_answers_give_n_times_the_factor(
    book: Book, actors: dict[Role, Actor], part: str, yes: int, score: str
) -> None:
    keys = [k for k in perdep.question_keys() if k.startswith(f"perdep.{part}.")]
    values = {k: n < yes for n, k in enumerate(keys)}
    assert _save(book, actors[Role.PENGAWAS], values) == len(keys)
    got = next(i for i in _assess(book).indicators if i.aspect == "Manajemen" and
               i.name.lower().endswith(part))  # fmt: skip
    assert (got.numerator, got.denominator, got.score, got.weight) == (
        yes, len(keys), W(score), W(3),
    )  # fmt: skip


def test_the_questionnaire_has_the_perdep_shape() -> None:
    keys = perdep.question_keys()
    counts = {p: sum(1 for k in keys if k.split(".")[1] == p) for p in
              ("umum", "kelembagaan", "permodalan", "aktiva", "likuiditas")}  # fmt: skip
    assert counts == {"umum": 12, "kelembagaan": 6, "permodalan": 5, "aktiva": 10,
                      "likuiditas": 5}  # fmt: skip
    assert len(set(keys)) == 38
    assert all(text.startswith("Apakah ") and text.endswith("?")
               for text in perdep.questions().values())  # fmt: skip


def test_band_edges_follow_the_settings(
    hand_book: Book, actors: dict[Role, Actor], admin: Actor
) -> None:
    """All 38 "ya" add 15: 43,35 + 15 = 58,35, Dalam Pengawasan under 51/66/80;
    with its lowest score set to 59 the same book is Dalam Pengawasan Khusus, and at 58
    it is Dalam Pengawasan again."""
    _save(hand_book, actors[Role.KETUA], dict.fromkeys(perdep.question_keys(), True))
    a = _assess(hand_book)
    assert (a.composite, a.predicate) == (Decimal("58.35"), Predicate.DALAM_PENGAWASAN)
    with hand_book.unit_of_work() as s:
        settings.change_setting(s, admin, settings.HEALTH_BAND_DALAM_PENGAWASAN, 59)
    assert _assess(hand_book).predicate is Predicate.DALAM_PENGAWASAN_KHUSUS
    with hand_book.unit_of_work() as s:
        settings.change_settings(s, admin, {settings.HEALTH_BAND_DALAM_PENGAWASAN: 40,
                                            settings.HEALTH_BAND_CUKUP_SEHAT: 50,
                                            settings.HEALTH_BAND_SEHAT: 58})  # fmt: skip
    assert _assess(hand_book).predicate is Predicate.SEHAT  # 58,35 ≥ 58


def test_bands_at_exactly_51_66_80(book: Book, admin: Actor) -> None:
    from kopdesk.domain.health import predicate_for
    from kopdesk.services.health.common import bands

    with book.read() as s:
        got = bands(s)
    at = {
        x: predicate_for(Decimal(x), got) for x in ("50.9999", "51", "65.99", "66", "79.99", "80")
    }
    assert at == {
        "50.9999": Predicate.DALAM_PENGAWASAN_KHUSUS, "51": Predicate.DALAM_PENGAWASAN,
        "65.99": Predicate.DALAM_PENGAWASAN, "66": Predicate.CUKUP_SEHAT,
        "79.99": Predicate.CUKUP_SEHAT, "80": Predicate.SEHAT,
    }  # fmt: skip
    with book.unit_of_work() as s:
        settings.change_setting(s, admin, settings.HEALTH_BAND_SEHAT, 81)
    with book.read() as s:
        assert predicate_for(Decimal(80), bands(s)) is Predicate.CUKUP_SEHAT


def test_bands_out_of_order_are_refused(
    book: Book, admin: Actor, snapshot: Callable[[], object]
) -> None:
    before = snapshot()
    with pytest.raises(ValidationError, match="harus naik"), book.unit_of_work() as s:
        settings.change_setting(s, admin, settings.HEALTH_BAND_CUKUP_SEHAT, 85)
    assert snapshot() == before


def test_a_scoring_table_setting_moves_the_nilai(hand_book: Book, admin: Actor) -> None:
    table = next(t for t in settings.PERDEP_TABLES if t.key == "health.perdep.1a")
    with hand_book.unit_of_work() as s:
        settings.change_text_setting(s, admin, table, "64,37:10; <=64.37:90; *:0")
        assert settings.get_text(s, table) == "64.37:10,<=64.37:90,*:0"
    got = _by_code(_assess(hand_book))["1a"]
    assert (got.ratio, got.nilai, got.score) == (W("64.37"), W(90), W("5.4"))


def test_the_scheme_registry(book: Book) -> None:
    with book.read() as s:
        assert schemes.default_scheme(s) is Scheme.KKPKK
        assert schemes.assess(s, Scheme.PERDEP_2016, 2025).composite >= 0
        assert schemes.assess(s, Scheme.KKPKK, 2025).scheme is Scheme.KKPKK
        assert schemes.assess(s, Scheme.PEARLS, 2025).predicate is None
        trend = schemes.history(s, Scheme.PERDEP_2016)
    assert [(a.year, a.as_of) for a in trend] == [(2025, YEAR_END)]
