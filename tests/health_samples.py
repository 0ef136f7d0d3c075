"""Health assessments built by hand (no book, no engine) for the tests and the
screenshots of the health paper, spreadsheets, window and tile.

The figures are those of a small KSP under Perdep 06/2016 (seven aspects, weights
adding up to 100); each score is nilai × weight / 100 and the composite their sum,
so the numbers agree with each other as an engine's would."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from kopdesk.domain.health import (
    Assessment,
    Bands,
    Indicator,
    Scheme,
    Source,
    percent,
    predicate_for,
)

D = Decimal


def ratio(
    aspect: str,
    code: str,
    name: str,
    formula: str,
    num: tuple[tuple[str, int, tuple[str, ...]], ...],
    den: tuple[tuple[str, int, tuple[str, ...]], ...],
    nilai: int,
    weight: str,
) -> Indicator:
    """An indicator from its sources: numerator and denominator are their sums."""
    n = sum(a for _, a, _ in num)
    d = sum(a for _, a, _ in den)
    w = D(weight)
    return Indicator(
        aspect=aspect,
        code=code,
        name=name,
        formula=formula,
        numerator=n,
        denominator=d,
        ratio=percent(n, d),
        nilai=D(nilai),
        score=(D(nilai) * w / 100).quantize(D("0.01")),
        weight=w,
        numerator_from=tuple(Source(label, a, acc) for label, a, acc in num),
        denominator_from=tuple(Source(label, a, acc) for label, a, acc in den),
    )


EQUITY = (
    ("Simpanan pokok", 42_500_000, ("3101",)),
    ("Simpanan wajib", 318_750_000, ("3102",)),
    ("Cadangan", 96_400_000, ("3201",)),
    ("SHU tahun berjalan", 61_200_000, ("3301",)),
)
ASSETS = (("Jumlah aset", 2_145_800_000, ("1",)),)
LOANS = (("Piutang pinjaman anggota", 1_612_000_000, ("1131",)),)


def perdep_indicators(shift: int = 0) -> tuple[Indicator, ...]:
    """The ratios of Perdep 06/2016 with plausible figures; ``shift`` moves a few nilai."""
    p, k, m, e, lq, km, j = (
        "Permodalan",
        "Kualitas Aktiva Produktif",
        "Manajemen",
        "Efisiensi",
        "Likuiditas",
        "Kemandirian dan Pertumbuhan",
        "Jatidiri Koperasi",
    )
    return (
        ratio(p, "1.1", "Rasio modal sendiri terhadap total aset",
              "Modal sendiri / Total aset × 100%", EQUITY, ASSETS, 50, "6"),
        ratio(p, "1.2", "Rasio modal sendiri terhadap pinjaman diberikan yang berisiko",
              "Modal sendiri / Pinjaman diberikan yang berisiko × 100%", EQUITY,
              (("Pinjaman kurang lancar, diragukan dan macet", 412_300_000, ("1131",)),),
              100, "6"),
        ratio(p, "1.3", "Rasio kecukupan modal (CAR)", "Modal tertimbang / ATMR × 100%",
              (("Modal tertimbang", 468_240_000, ("3101", "3102", "3201")),),
              (("Aktiva tertimbang menurut risiko", 1_702_150_000, ("1",)),), 100, "3"),
        ratio(k, "2.1", "Rasio volume pinjaman pada anggota terhadap volume pinjaman diberikan",
              "Volume pinjaman pada anggota / Volume pinjaman × 100%",
              (("Pinjaman kepada anggota", 1_580_000_000, ("1131",)),),
              (("Seluruh pinjaman diberikan", 1_612_000_000, ("1131", "1132")),), 100, "10"),
        ratio(k, "2.2", "Rasio risiko pinjaman bermasalah terhadap pinjaman yang diberikan",
              "Pinjaman bermasalah / Pinjaman diberikan × 100%",
              (("Pinjaman kurang lancar", 61_400_000, ("1131",)),
               ("Pinjaman diragukan", 22_900_000, ("1131",)),
               ("Pinjaman macet", 14_600_000, ("1131",))),
              LOANS, 75 - 25 * shift, "5"),
        ratio(k, "2.3", "Rasio cadangan risiko terhadap pinjaman bermasalah",
              "Cadangan risiko / Pinjaman bermasalah × 100%",
              (("Cadangan risiko", 41_200_000, ("1139",)),),
              (("Pinjaman bermasalah", 98_900_000, ("1131",)),), 50, "5"),
        ratio(k, "2.4", "Rasio pinjaman yang berisiko terhadap pinjaman yang diberikan",
              "Pinjaman berisiko / Pinjaman diberikan × 100%",
              (("Pinjaman berisiko", 412_300_000, ("1131",)),), LOANS, 50, "5"),
        ratio(m, "3.1", "Manajemen umum (12 pertanyaan)", "Jawaban ya / 12 × 100%",
              (("Jawaban ya", 10, ()),), (("Pertanyaan", 12, ()),), 83, "3"),
        ratio(m, "3.2", "Manajemen kelembagaan (6 pertanyaan)", "Jawaban ya / 6 × 100%",
              (("Jawaban ya", 5, ()),), (("Pertanyaan", 6, ()),), 83, "3"),
        ratio(m, "3.3", "Manajemen permodalan (5 pertanyaan)", "Jawaban ya / 5 × 100%",
              (("Jawaban ya", 4, ()),), (("Pertanyaan", 5, ()),), 80, "3"),
        ratio(m, "3.4", "Manajemen aktiva (10 pertanyaan)", "Jawaban ya / 10 × 100%",
              (("Jawaban ya", 7, ()),), (("Pertanyaan", 10, ()),), 70, "3"),
        ratio(m, "3.5", "Manajemen likuiditas (5 pertanyaan)", "Jawaban ya / 5 × 100%",
              (("Jawaban ya", 5, ()),), (("Pertanyaan", 5, ()),), 100, "3"),
        ratio(e, "4.1", "Rasio beban operasi anggota terhadap partisipasi bruto",
              "Beban operasi anggota / Partisipasi bruto × 100%",
              (("Beban pokok dan operasi pelayanan anggota", 212_600_000, ("5101", "5102")),),
              (("Partisipasi bruto", 318_400_000, ("4101", "4102")),), 50, "4"),
        ratio(e, "4.2", "Rasio beban usaha terhadap SHU kotor",
              "Beban usaha / SHU kotor × 100%",
              (("Beban usaha", 154_300_000, ("52",)),), (("SHU kotor", 215_500_000, ()),),
              50, "4"),
        ratio(e, "4.3", "Rasio efisiensi pelayanan", "Biaya karyawan / Volume pinjaman × 100%",
              (("Beban gaji dan tunjangan", 86_400_000, ("5201",)),), LOANS, 75, "2"),
        ratio(lq, "5.1", "Rasio kas", "(Kas + Bank) / Kewajiban lancar × 100%",
              (("Kas", 38_600_000, ("1101",)), ("Bank", 142_900_000, ("1102",))),
              (("Kewajiban lancar", 1_183_500_000, ("21",)),), 25 + 25 * shift, "10"),
        ratio(lq, "5.2", "Rasio pinjaman yang diberikan terhadap dana yang diterima",
              "Pinjaman diberikan / Dana yang diterima × 100%", LOANS,
              (("Dana yang diterima", 1_958_300_000, ("21", "22", "3")),), 75, "5"),
        ratio(km, "6.1", "Rentabilitas aset", "SHU sebelum pajak / Total aset × 100%",
              (("SHU sebelum pajak", 61_200_000, ("3301",)),), ASSETS, 50, "3"),
        ratio(km, "6.2", "Rentabilitas modal sendiri", "SHU bagian anggota / Modal sendiri × 100%",
              (("SHU bagian anggota", 24_480_000, ("3301",)),), EQUITY, 25, "3"),
        ratio(km, "6.3", "Kemandirian operasional pelayanan",
              "Partisipasi neto / (Beban usaha + Beban perkoperasian) × 100%",
              (("Partisipasi neto", 215_500_000, ("41",)),),
              (("Beban usaha dan perkoperasian", 171_800_000, ("52", "53")),), 100, "4"),
        ratio(j, "7.1", "Rasio partisipasi bruto",
              "Partisipasi bruto / (Partisipasi bruto + Pendapatan) × 100%",
              (("Partisipasi bruto", 318_400_000, ("4101", "4102")),),
              (("Partisipasi bruto dan pendapatan non-anggota", 334_100_000, ("41", "42")),),
              100, "7"),
        ratio(j, "7.2", "Rasio promosi ekonomi anggota (PEA)",
              "PEA / Simpanan pokok dan wajib × 100%",
              (("Promosi ekonomi anggota", 28_900_000, ()),),
              (("Simpanan pokok dan wajib", 361_250_000, ("3101", "3102")),), 50, "3"),
    )  # fmt: skip


def perdep_assessment(year: int = 2025, shift: int = 0) -> Assessment:
    """A Perdep 06/2016 assessment of tahun buku ``year``."""
    indicators = perdep_indicators(shift)
    composite = sum((i.score for i in indicators), D(0))
    return Assessment(
        scheme=Scheme.PERDEP_2016,
        year=year,
        as_of=dt.date(year, 12, 31),
        indicators=indicators,
        composite=composite,
        predicate=predicate_for(composite, Bands()),
    )


def trend(years: range = range(2021, 2025)) -> tuple[Assessment, ...]:
    """Earlier years' results, made by changing the composite only."""
    base = perdep_assessment()
    out = []
    for offset, year in enumerate(years):
        composite = D("58.40") + D(offset) * D("4.35")
        out.append(
            Assessment(
                base.scheme, year, dt.date(year, 12, 31), base.indicators, composite,
                predicate_for(composite, Bands()),
            )
        )  # fmt: skip
    return tuple(out)


QUESTIONS: tuple[tuple[str, str, bool], ...] = (
    ("umum.1", "Apakah koperasi memiliki visi, misi dan tujuan yang jelas?", True),
    ("umum.2", "Apakah visi, misi dan tujuan itu dimengerti oleh pengurus dan pengelola?", True),
    ("umum.3", "Apakah koperasi memiliki rencana kerja jangka panjang minimal 3 tahun?", False),
    ("kelembagaan.1", "Apakah koperasi memiliki struktur organisasi yang jelas?", True),
    ("kelembagaan.2", "Apakah koperasi memiliki standar operasional dan manajemen (SOM/SOP)?",
     True),
    ("permodalan.1", "Apakah modal sendiri tumbuh paling sedikit 10% dari tahun sebelumnya?",
     False),
    ("aktiva.1", "Apakah pinjaman yang diberikan dianalisis oleh petugas yang berwenang "
     "dengan prinsip 5C?", True),
    ("likuiditas.1", "Apakah koperasi memiliki kebijakan tertulis tentang likuiditas?", True),
)  # fmt: skip
