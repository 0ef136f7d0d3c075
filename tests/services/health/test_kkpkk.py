"""KKPKK (Permenkop 9/2020 + Juknis 15/2021) on the hand-worked book of
:mod:`tests.services.health.kkpkk_book`: every ratio's numerator and denominator, the
nilai/skor table at its edges, aspect scores and the composite for chosen answers, and
the predicate at the band edges.

No published worked KKPKK example with its full figures (balance sheet, PHU, loan
grades and every answer) was found (searched the stored pages for "KKPKK contoh
perhitungan skor aspek kinerja keuangan" and the Juknis' training modules: they give
the tables, not a complete example), so none is reproduced here.
"""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal
from fractions import Fraction

import pytest

from kopdesk.domain import coa
from kopdesk.domain.health import Assessment, Bands, Predicate, Scheme, predicate_for
from kopdesk.domain.permissions import Actor
from kopdesk.errors import ValidationError
from kopdesk.services.closing import yearend
from kopdesk.services.health.kkpkk import aspect_scores, assess_kkpkk
from kopdesk.services.health.kkpkk_questions import KKPKK_CHECKLISTS, KKPKK_QUESTIONS
from kopdesk.services.health.kkpkk_rules import KkpkkRules, Scale
from kopdesk.services.ledger import books
from kopdesk.storage.db import Book
from tests.conftest import PostFn
from tests.services.health.kkpkk_book import AS_OF, D

CHART_CODES = {a.code for a in coa.KOPERASI_CHART}


def _assess(book: Book, answers: dict[str, bool], **kwargs: object) -> Assessment:
    with book.read() as s:
        return assess_kkpkk(s, 2026, answers, AS_OF, **kwargs)  # type: ignore[arg-type]


def _chosen_answers() -> dict[str, bool]:
    """Prinsip: every question ya (7 × skor 4); Kelembagaan: 2 of 3 ya (66,67% → nilai 2,
    skor 3); Manajemen: 1 of 3 (33,33% → nilai 3, skor 2); KPMR: none (0% → skor 1);
    pengelolaan permodalan: 2 of 4 (50% → nilai 3, skor 2)."""
    answers: dict[str, bool] = {}
    for checklist in KKPKK_CHECKLISTS:
        keys = [q.key for q in checklist.questions]
        part = checklist.key.split(".")[2]
        yes = {"prinsip": len(keys), "kelembagaan": 2, "manajemen": 1, "kpmr": 0,
               "pengelolaan": 2}[part]  # fmt: skip
        answers.update({k: n < yes for n, k in enumerate(keys)})
    return answers


# (code, numerator, denominator, ratio, nilai) — each worked by hand in kkpkk_book.
BOOK_RATIOS = [
    # aset produktif = pinjaman 20.000.000 + deposito 40.000.000 + penyertaan 10.000.000
    ("kkpkk.profil_risiko.aset_produktif", 70_000_000, 224_422_500, "31.19", 4),
    ("kkpkk.profil_risiko.pinjaman_aset_produktif", 20_000_000, 70_000_000, "28.57", 4),
    # aset likuid = kas 101.300.000 + bank 50.000.000 + deposito 40.000.000
    ("kkpkk.profil_risiko.likuid_aset", 191_300_000, 224_422_500, "85.24", 1),
    # kewajiban lancar = titipan 40.000.000 + utang PPh 1.000.000 (utang bank is not)
    ("kkpkk.profil_risiko.likuid_kewajiban_lancar", 191_300_000, 41_000_000, "466.59", 1),
    ("kkpkk.kinerja.roe", 17_357_500, 83_422_500, "20.81", 1),
    # partisipasi neto = 30.000.000 + 160.000 + 75.000 − 2.000.000;
    # beban usaha 10.000.000 + 2.877.500, beban perkoperasian 2.000.000
    ("kkpkk.kinerja.kemandirian", 28_235_000, 14_877_500, "189.78", 1),
    ("kkpkk.kinerja.shu_pendapatan", 17_357_500, 35_235_000, "49.26", 1),
    # KL 2.000.000 + D 3.000.000 + M 4.000.000 of 20.000.000
    ("kkpkk.kinerja.pinjaman_bermasalah", 9_000_000, 20_000_000, "45.00", 4),
    # PPAP 2.877.500 of the 5.755.000 required: 50% sits on the nilai 3 bound (≥ 50)
    ("kkpkk.kinerja.ppap", 2_877_500, 5_755_000, "50.00", 3),
    # ekuitas 83.422.500 − 66.065.000 a year earlier
    ("kkpkk.kinerja.pertumbuhan_ekuitas", 17_357_500, 66_065_000, "26.27", 1),
    # SHU Jan–Nov 17.357.500 − 6.065.000 a year earlier
    ("kkpkk.kinerja.pertumbuhan_shu", 11_292_500, 6_065_000, "186.19", 1),
    ("kkpkk.permodalan.ekuitas_aset", 83_422_500, 224_422_500, "37.17", 1),
]


def test_each_ratio_of_the_books_is_worked_by_hand(worked: Book) -> None:
    result = _assess(worked, {})
    by_code = {i.key: i for i in result.indicators}
    for code, numerator, denominator, ratio, nilai in BOOK_RATIOS:
        row = by_code[code]
        assert (row.numerator, row.denominator, row.ratio, row.nilai) == (
            numerator, denominator, Decimal(ratio), Decimal(nilai)
        ), code  # fmt: skip
        # the working adds up and names only accounts of the chart
        assert sum(s.amount for s in row.numerator_from) == row.numerator
        assert sum(s.amount for s in row.denominator_from) == row.denominator
        assert all(set(s.accounts) <= CHART_CODES for s in row.numerator_from)
        assert all(set(s.accounts) <= CHART_CODES for s in row.denominator_from)
    npl = by_code["kkpkk.kinerja.pinjaman_bermasalah"]
    assert [(s.label, s.amount) for s in npl.numerator_from] == [
        ("Kurang lancar (1 pinjaman)", 2_000_000),
        ("Diragukan (1 pinjaman)", 3_000_000),
        ("Macet (1 pinjaman)", 4_000_000),
    ]
    assert by_code["kkpkk.kinerja.ppap"].goal == "X ≥ 50% dan X < 75%"
    assert result.as_of == AS_OF
    assert result.scheme is Scheme.KKPKK


def test_aspect_scores_and_composite_for_chosen_answers(worked: Book) -> None:
    result = _assess(worked, _chosen_answers())
    # Tata Kelola: 7 × 4 + 5 × 3 + 5 × 2 = 53 of 17 × 4; Profil Risiko: KPMR 5 × 1 and
    # the ratios 1 + 1 + 4 + 4 = 15 of 9 × 4; Kinerja: 4 + 4 + 4 + 1 + 2 + 4 + 4 = 23 of
    # 7 × 4; Permodalan: 2 + 4 = 6 of 2 × 4.
    parts = {
        "Tata Kelola": (Fraction(53, 68), 30),
        "Profil Risiko": (Fraction(15, 36), 15),
        "Kinerja Keuangan": (Fraction(23, 28), 40),
        "Permodalan": (Fraction(6, 8), 15),
    }

    def rounded(x: Fraction) -> Decimal:
        return (Decimal(x.numerator) / Decimal(x.denominator)).quantize(
            Decimal("0.01"), rounding=ROUND_HALF_UP
        )

    assert aspect_scores(result) == {k: rounded(v * 100) for k, (v, _) in parts.items()}
    assert aspect_scores(result)["Tata Kelola"] == Decimal("77.94")
    composite = rounded(sum((v * w for v, w in parts.values()), Fraction(0)))
    assert composite == Decimal("73.74")  # 23,38 + 6,25 + 32,86 + 11,25
    assert result.composite == composite
    assert result.predicate is Predicate.CUKUP_SEHAT
    # each indicator weighs an equal share of its aspect and adds skor / 4 of it: the
    # shares add up to the aspect's weight and the scores to the composite (to rounding)
    for aspect, (share, weight) in parts.items():
        rows = [i for i in result.indicators if i.aspect == aspect]
        assert sum(i.weight for i in rows) == pytest.approx(weight, abs=Decimal("0.001"))
        expected = share * weight
        assert sum(i.score for i in rows) == pytest.approx(
            Decimal(expected.numerator) / expected.denominator, abs=Decimal("0.001")
        )
    assert [i.code for i in result.indicators][:3] == ["1.1", "1.2", "1.3"]
    assert result.indicators[0].key == "kkpkk.tata_kelola.prinsip.1"
    assert sum(i.score for i in result.indicators) == pytest.approx(composite, abs=Decimal("0.01"))


def test_predicate_follows_custom_bands_at_the_composite(worked: Book) -> None:
    answers = _chosen_answers()
    at = Decimal("73.74")
    cases = [
        (Bands(sehat=at), Predicate.SEHAT),
        (Bands(sehat=at + Decimal("0.01")), Predicate.CUKUP_SEHAT),
        (Bands(sehat=Decimal(90), cukup_sehat=at + Decimal("0.01"), dalam_pengawasan=at),
         Predicate.DALAM_PENGAWASAN),
        (Bands(sehat=Decimal(90), cukup_sehat=Decimal(85),
               dalam_pengawasan=at + Decimal("0.01")), Predicate.DALAM_PENGAWASAN_KHUSUS),
    ]  # fmt: skip
    for bands, predicate in cases:
        assert _assess(worked, answers, bands=bands).predicate is predicate


@pytest.mark.parametrize(
    ("score", "predicate"),
    [
        ("80", Predicate.SEHAT), ("79.99", Predicate.CUKUP_SEHAT),
        ("66", Predicate.CUKUP_SEHAT), ("65.99", Predicate.DALAM_PENGAWASAN),
        ("51", Predicate.DALAM_PENGAWASAN), ("50.99", Predicate.DALAM_PENGAWASAN_KHUSUS),
    ],
)  # fmt: skip
def test_default_bands_at_51_66_80(score: str, predicate: Predicate) -> None:
    assert predicate_for(Decimal(score), Bands()) is predicate


@pytest.mark.parametrize(
    ("ratio", "nilai"),
    [("0", 4), ("25", 4), ("25.01", 3), ("26", 3), ("50", 3), ("51", 2), ("75", 2),
     ("76", 1), ("100", 1)],
)  # fmt: skip
def test_the_nilai_table_at_its_edges(ratio: str, nilai: int) -> None:
    """76 < X ≤ 100 → 1, 51 < X ≤ 75 → 2, 26 < X ≤ 50 → 3, 0 < X ≤ 25 → 4; the gaps the
    table leaves (25–26, 50–51, 75–76) go with the band above, as the Juknis' text
    ("di atas 75 … setiap penurunan 25%") reads."""
    assert KkpkkRules().qualitative.nilai(Decimal(ratio)) == nilai


def test_a_checklist_scores_by_its_share_of_ya(worked: Book) -> None:
    keys = [q.key for q in KKPKK_CHECKLISTS[-1].questions]  # pengelolaan permodalan: 4
    assert len(keys) == 4
    seen = []
    for yes in range(5):
        answers = {k: n < yes for n, k in enumerate(keys)}
        answers["perdep2016.manajemen.umum.1"] = True  # another scheme's key: ignored
        row = next(
            i for i in _assess(worked, answers).indicators if i.key == KKPKK_CHECKLISTS[-1].key
        )
        seen.append((row.numerator, row.denominator, row.ratio, int(row.nilai), 5 - int(row.nilai)))
    assert seen == [
        (0, 4, Decimal("0.00"), 4, 1), (1, 4, Decimal("25.00"), 4, 1),
        (2, 4, Decimal("50.00"), 3, 2), (3, 4, Decimal("75.00"), 2, 3),
        (4, 4, Decimal("100.00"), 1, 4),
    ]  # fmt: skip


def test_thresholds_are_rules_and_a_zero_denominator_gets_the_documented_nilai(
    worked: Book,
) -> None:
    # PPAP 50% is nilai 3 by default; with nilai 2 from 50% it moves, and nothing else does.
    stricter = KkpkkRules(allowance_cover=Scale((Decimal(60), Decimal(50), Decimal(40))))
    base = {i.key: i.nilai for i in _assess(worked, {}).indicators}
    moved = {i.key: i.nilai for i in _assess(worked, {}, rules=stricter).indicators}
    assert {c for c in base if base[c] != moved[c]} == {"kkpkk.kinerja.ppap"}
    assert moved["kkpkk.kinerja.ppap"] == 2
    with worked.read() as s:
        first_year = assess_kkpkk(s, 2025, {}, as_of=D(2025, 11, 30))
    growth = next(i for i in first_year.indicators if i.key == "kkpkk.kinerja.pertumbuhan_ekuitas")
    assert (growth.denominator, growth.ratio) == (0, None)
    assert growth.nilai == 4
    assert growth.goal == "tidak dapat dihitung (penyebut 0)"
    with pytest.raises(ValidationError):
        KkpkkRules(weight_permodalan=Decimal(20))
    with pytest.raises(ValidationError):
        Scale((Decimal(10), Decimal(20), Decimal(30)))


def test_questions_have_stable_unique_keys() -> None:
    keys = [q.key for q in KKPKK_QUESTIONS]
    assert len(keys) == len(set(keys))
    assert 40 <= len(keys) <= 80
    assert all(k.startswith("kkpkk.") for k in keys)
    assert [c.name for c in KKPKK_CHECKLISTS[7:12]] == [
        "Legalitas badan hukum koperasi", "Izin usaha simpan pinjam", "Anggaran dasar",
        "Keanggotaan", "Kelengkapan organisasi",
    ]  # fmt: skip


def test_closing_the_year_changes_nothing_and_an_empty_measure_is_not_a_fault(
    book: Book, post: PostFn, admin: Actor, bendahara: Actor
) -> None:
    """A book without loans or current liabilities: pinjaman bermasalah, PPAP and aset
    likuid / kewajiban lancar have nothing to measure (nilai 1); growth in the first
    year cannot be computed (nilai 4). Closing 2025 moves its income and expenses to
    3502 by closing entries, which the assessment leaves out: nothing changes."""
    post("2025-01-02", [("1101", 50_000_000), ("3401", -50_000_000)])
    post("2025-03-31", [("1101", 8_000_000), ("4105", -8_000_000)])
    post("2025-04-30", [("5202", 3_000_000), ("1101", -3_000_000)])
    with book.unit_of_work() as s:
        books.open_fiscal_year(s, admin, 2026)
    with book.read() as s:
        before = assess_kkpkk(s, 2025, {})
    with book.unit_of_work() as s:
        yearend.close_year(s, bendahara, 2025, today=D(2026, 1, 5))
    with book.read() as s:
        after = assess_kkpkk(s, 2025, {})
        march = assess_kkpkk(s, 2025, {}, D(2025, 3, 31))  # a closed year cut at a date
    assert after == before
    roe = next(i for i in march.indicators if i.key == "kkpkk.kinerja.roe")
    assert (march.as_of, roe.numerator, roe.denominator) == (D(2025, 3, 31), 8_000_000, 58_000_000)
    by_code = {i.key: i for i in after.indicators}
    # SHU 8.000.000 − 3.000.000 over ekuitas 50.000.000 + 5.000.000
    assert (by_code["kkpkk.kinerja.roe"].numerator, by_code["kkpkk.kinerja.roe"].denominator) == (
        5_000_000, 55_000_000,
    )  # fmt: skip
    nilai = {c: (int(i.nilai), i.goal) for c, i in by_code.items() if i.ratio is None}
    assert nilai == {
        "kkpkk.profil_risiko.pinjaman_aset_produktif": (4, "tidak dapat dihitung (penyebut 0)"),
        "kkpkk.profil_risiko.likuid_kewajiban_lancar": (
            1,
            "penyebut 0: tidak ada kewajiban lancar",
        ),
        "kkpkk.kinerja.pinjaman_bermasalah": (1, "penyebut 0: tidak ada pinjaman yang diberikan"),
        "kkpkk.kinerja.ppap": (1, "penyebut 0: tidak ada PPAP yang wajib dibentuk"),
        "kkpkk.kinerja.pertumbuhan_ekuitas": (4, "tidak dapat dihitung (penyebut 0)"),
        "kkpkk.kinerja.pertumbuhan_shu": (4, "tidak dapat dihitung (penyebut 0)"),
    }
