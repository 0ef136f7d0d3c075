"""Penilaian kesehatan KSP/USP by Perdep Deputi Pengawasan 06/Per/Dep.6/IV/2016 from the
books: the seven aspects and every ratio of KOPERASI.md §5.3, each with its formula,
numerator and denominator (the accounts they came from), ratio, nilai and score
(nilai × weight / 100); the Manajemen questionnaire from the stored answers; the
composite (Σ score) and its predicate by the bands in the settings.

Balances are read at the assessment date (the year's last day unless another date of
the year is chosen), income and expense over the year up to that date. Where the books
cannot give a figure the simplest documented reading is taken and the formula says so:

- *Partisipasi bruto* of a pure KSP = the income from members' use of its services
  (group 4100: jasa pinjaman, administrasi, provisi, denda, jasa lain from members);
  *beban pokok* = the cost of the funds lent (group 5100: jasa simpanan and modal);
  *partisipasi neto* = partisipasi bruto − beban pokok.
- *Pendapatan* beside partisipasi (7a) = income from non-members, other business and
  other income (4200, 4300 net of 4390, 4900).
- *MEPPP* (members' economic benefit from using the services) is not in the books:
  counted as 0, so PEA = SHU bagian anggota.
- *SHU bagian anggota* = the year's SHU after tax × (jasa modal + jasa usaha) of the
  year's SHU plan (or the SHU allocation setting while there is none).
- *Pinjaman berisiko* = running loans whose collateral, as counted by the allowance
  settings (``loans.collateral_*``), does not cover the outstanding.
- *Volume pinjaman* = loans outstanding at the date (1301–1304), not the year's
  disbursements.
- The weights of *modal tertimbang* and *ATMR* (1c) are the usual worksheet weights,
  [U] in KOPERASI.md.
"""

from __future__ import annotations

import datetime as dt
from decimal import ROUND_HALF_UP, Decimal

from sqlalchemy.orm import Session

from kopdesk.domain import shu as shu_rules
from kopdesk.domain.coa import Code
from kopdesk.domain.health import Assessment, Indicator, Scheme, Source, percent
from kopdesk.domain.health_scoring import Table, parse_table
from kopdesk.domain.loans import Grade
from kopdesk.domain.money import format_rupiah
from kopdesk.services.base import settings
from kopdesk.services.closing import shu
from kopdesk.services.health import answers as stored_answers
from kopdesk.services.health.book_figures import Books, read_year
from kopdesk.services.health.common import (
    Linear,
    assessment,
    bands,
    build,
    composite,
    scoring_table,
)
from kopdesk.services.health.perdep_capital import atmr, modal_tertimbang
from kopdesk.services.health.perdep_questions import PARTS, question_keys, questions
from kopdesk.services.loans import quality

__all__ = ["ASPECTS", "assess_perdep", "question_keys", "questions"]

PERMODALAN = "Permodalan"
KAP = "Kualitas Aktiva Produktif"
MANAJEMEN = "Manajemen"
EFISIENSI = "Efisiensi"
LIKUIDITAS = "Likuiditas"
KEMANDIRIAN = "Kemandirian dan Pertumbuhan"
JATIDIRI = "Jatidiri Koperasi"
ASPECTS: tuple[tuple[str, int], ...] = (
    (PERMODALAN, 15),
    (KAP, 25),
    (MANAJEMEN, 15),
    (EFISIENSI, 10),
    (LIKUIDITAS, 15),
    (KEMANDIRIAN, 10),
    (JATIDIRI, 10),
)
"""The seven aspects of KSP/USP with their weights (KOPERASI.md §5.3), summing to 100."""

LOANS = (
    Code.PINJAMAN_ANGGOTA_UMUM_KONSUMTIF,
    Code.PINJAMAN_ANGGOTA_PRODUKTIF_USAHA,
    Code.PINJAMAN_ANGGOTA_DARURAT_KHUSUS,
    Code.PINJAMAN_KEPADA_KOPERASI_LAIN,
)
MEMBER_LOANS = LOANS[:3]
W = Decimal


def _table(code: str) -> settings.TextSetting:
    return next(s for s in settings.PERDEP_TABLES if s.key == f"health.perdep.{code}")


FIXED_2B = "<=0:100,<=10:80,<=20:60,<=30:40,<=40:20,<=45:10,*:0"
"""Risiko pinjaman bermasalah / pinjaman diberikan: [C] in KOPERASI.md, not a setting."""
FIXED_5A = "<=10:25,<=15:100,<=20:50,*:25"
"""(Kas + bank) / kewajiban lancar: [C]."""
FIXED_7A = "25:25,50:50,<=75:75,*:100"
"""Rasio partisipasi bruto: [C]."""


class _Figures:
    """The figures several ratios share, read once."""

    def __init__(self, session: Session, year: int, books: Books) -> None:
        balance, flow = books.header_source, books.header_flow
        self.modal_sendiri = (
            balance("Simpanan pokok, wajib dan lain", Code.GROUP_SIMPANAN_ANGGOTA, credit=True),
            balance("Hibah / donasi", Code.GROUP_HIBAH, credit=True),
            balance("Cadangan umum dan tujuan risiko", Code.GROUP_CADANGAN, credit=True),
            _half(balance("50% modal penyertaan dan penyetaraan",
                          Code.GROUP_MODAL_PENYERTAAN_DAN_PENYETARAAN, credit=True)),
        )  # fmt: skip
        self.total_aset = balance("Total aset", "1")
        self.loans = balance("Pinjaman yang diberikan", *LOANS)
        self.member_loans = balance("Pinjaman kepada anggota", *MEMBER_LOANS)
        self.partisipasi_bruto = flow(
            "Partisipasi bruto (pendapatan jasa dari anggota)",
            Code.GROUP_PARTISIPASI_ANGGOTA,
            credit=True,
        )
        self.beban_pokok = flow("Beban pokok (jasa simpanan dan modal)",
                                Code.GROUP_BEBAN_JASA_SIMPANAN_DAN_MODAL)  # fmt: skip
        self.beban_usaha = flow("Beban usaha", Code.GROUP_BEBAN_USAHA)
        self.beban_perkoperasian = flow("Beban perkoperasian", Code.GROUP_BEBAN_PERKOPERASIAN)
        self.biaya_karyawan = flow("Gaji dan honor karyawan", Code.GAJI_HONOR_KARYAWAN)
        self.pendapatan_lain = (
            flow("Pendapatan dari non-anggota dan koperasi lain",
                 Code.GROUP_PENDAPATAN_DARI_KOPERASI_LAIN_NON_ANGGOTA, credit=True),
            flow("Penjualan unit usaha lain (bersih)", Code.GROUP_PENJUALAN_UNIT_USAHA_LAIN,
                 credit=True),
            flow("Pendapatan lain-lain", Code.GROUP_PENDAPATAN_LAIN_LAIN, credit=True),
        )  # fmt: skip
        self.income = flow("Pendapatan", "4", credit=True)
        self.expense_before_tax = Source(
            "Beban (tanpa pajak penghasilan)",
            books.flow("5") - books.flow(Code.PAJAK_PENGHASILAN_BADAN),
            ("5",),
        )
        tax = flow("Pajak penghasilan badan", Code.PAJAK_PENGHASILAN_BADAN)
        self.shu_before_tax = self.income.amount - self.expense_before_tax.amount
        self.shu_after_tax = self.shu_before_tax - tax.amount
        plan = shu.get_plan(session, year)
        self.member_share = plan.allocation.get(shu_rules.JASA_MODAL, W(0)) + plan.allocation.get(
            shu_rules.JASA_USAHA, W(0)
        )
        amount = (W(self.shu_after_tax) * self.member_share / 100).quantize(
            W(1), rounding=ROUND_HALF_UP
        )
        self.shu_anggota = Source(
            f"SHU bagian anggota ({_pct(self.member_share)}% dari SHU setelah pajak "
            f"{format_rupiah(self.shu_after_tax)})",
            int(amount),
            (str(Code.SHU_TAHUN_BERJALAN),),
        )
        report = quality.collectibility(session, books.on)
        self.by_grade = {g.grade: g.outstanding for g in report.grades}
        self.risky = sum(p.outstanding for p in report.rows if p.collateral_counted < p.outstanding)
        self.ppap = balance(
            "Penyisihan penghapusan pinjaman", Code.PENYISIHAN_PENGHAPUSAN_PINJAMAN, credit=True
        )
        self.cadangan_risiko = balance("Cadangan tujuan risiko", Code.CADANGAN_TUJUAN_RISIKO,
                                       credit=True)  # fmt: skip


def _half(source: Source) -> Source:
    return Source(source.label, source.amount // 2, source.accounts)


def _pct(value: Decimal) -> str:
    return format(value.normalize(), "f").replace(".", ",")


def _risiko_pb(f: _Figures) -> tuple[Source, ...]:
    parts = ((Grade.KURANG_LANCAR, 50), (Grade.DIRAGUKAN, 75), (Grade.MACET, 100))
    out = []
    for grade, share in parts:
        owed = f.by_grade.get(grade, 0)
        amount = (W(owed) * share / 100).quantize(W(1), rounding=ROUND_HALF_UP)
        label = f"{share}% × pinjaman {grade.label.lower()} (register pinjaman)"
        out.append(Source(label, int(amount)))
    return tuple(out)


def _permodalan(session: Session, books: Books, f: _Figures) -> list[Indicator]:
    risky = Source("Pinjaman berisiko (agunan dihitung < sisa pinjaman; register pinjaman)",
                   f.risky)  # fmt: skip
    modal = "modal sendiri (simpanan pokok, wajib dan lain + hibah + cadangan + 50% modal " \
        "penyertaan/penyetaraan)"  # fmt: skip
    return [
        build((PERMODALAN, "1a", "Rasio modal sendiri terhadap total aset",
              f"{modal} / total aset × 100%"), f.modal_sendiri, (f.total_aset,), W(6),
              scoring_table(session, _table("1a"))),
        build((PERMODALAN, "1b", "Rasio modal sendiri terhadap pinjaman diberikan yang berisiko",
              f"{modal} / pinjaman berisiko × 100%; pinjaman berisiko = pinjaman yang "
              "agunannya (dihitung menurut pengaturan agunan PPAP) tidak menutup sisa "
              "pinjamannya; tanpa pinjaman berisiko nilai 100"), f.modal_sendiri, (risky,), W(6),
              Linear(), empty=W(100)),
        build((PERMODALAN, "1c", "Rasio kecukupan modal sendiri",
              "modal tertimbang / aktiva tertimbang menurut risiko (ATMR) × 100%; bobot "
              "menurut lembar kerja yang lazim ([U])"),
              modal_tertimbang(books, f.shu_after_tax), atmr(books), W(3),
              scoring_table(session, _table("1c"))),
    ]  # fmt: skip


def _kap(session: Session, f: _Figures) -> list[Indicator]:
    risiko = _risiko_pb(f)
    cadangan = (f.cadangan_risiko, f.ppap)
    risky = Source("Pinjaman berisiko (register pinjaman)", f.risky)
    return [
        build((KAP, "2a", "Rasio volume pinjaman pada anggota terhadap volume pinjaman diberikan",
              "pinjaman kepada anggota / pinjaman yang diberikan × 100% (saldo pada tanggal "
              "penilaian)"), (f.member_loans,), (f.loans,), W(10),
              scoring_table(session, _table("2a"))),
        build((KAP, "2b", "Rasio risiko pinjaman bermasalah terhadap pinjaman diberikan",
              "(50% kurang lancar + 75% diragukan + 100% macet) / pinjaman yang diberikan "
              "× 100%"), risiko, (f.loans,), W(5), _fixed(FIXED_2B, "2b"), empty=W(100)),
        build((KAP, "2c", "Rasio cadangan risiko terhadap risiko pinjaman bermasalah",
              "(cadangan tujuan risiko + penyisihan penghapusan pinjaman) / risiko pinjaman "
              "bermasalah × 100%; tanpa pinjaman bermasalah nilai 100"), cadangan, risiko, W(5),
              Linear(), empty=W(100)),
        build((KAP, "2d", "Rasio pinjaman yang berisiko terhadap pinjaman diberikan",
              "pinjaman berisiko / pinjaman yang diberikan × 100%"), (risky,), (f.loans,), W(5),
              scoring_table(session, _table("2d")), empty=W(100)),
    ]  # fmt: skip


def _fixed(text: str, code: str) -> Table:
    return parse_table(text, f"health.perdep.{code}")


def _manajemen(session: Session, year: int) -> list[Indicator]:
    given = stored_answers.answers(session, Scheme.PERDEP_2016, year)
    out = []
    for number, part in enumerate(PARTS):
        yes = sum(1 for key in part.keys if given.get(key) is True)
        score = part.factor * yes  # exact; nilai (to 2 decimals) is what it is worth of 100
        nilai = (score * 100 / part.weight).quantize(W("0.01"), rounding=ROUND_HALF_UP)
        answered = sum(1 for key in part.keys if key in given)
        out.append(
            Indicator(
                aspect=MANAJEMEN,
                code=f"3{'abcde'[number]}",
                name=part.name,
                formula=f"jumlah jawaban ya × {_pct(part.factor)} (dari {len(part.keys)} "
                "pertanyaan; belum dijawab dihitung tidak)",
                numerator=yes,
                denominator=len(part.keys),
                ratio=percent(yes, len(part.keys)),
                nilai=nilai,
                score=score,
                weight=part.weight,
                goal=f"{answered} dari {len(part.keys)} pertanyaan dijawab",
            )
        )
    return out


def _efisiensi(session: Session, f: _Figures) -> list[Indicator]:
    operasi = (f.beban_pokok, f.beban_usaha, f.beban_perkoperasian)
    kotor = (f.income, Source("dikurangi beban pokok", -f.beban_pokok.amount,
                              f.beban_pokok.accounts))  # fmt: skip
    return [
        build((EFISIENSI, "4a", "Rasio beban operasi anggota terhadap partisipasi bruto",
              "(beban pokok + beban usaha + beban perkoperasian) / partisipasi bruto × 100%; "
              "partisipasi bruto KSP = pendapatan jasa dari anggota (4100)"), operasi,
              (f.partisipasi_bruto,), W(4), scoring_table(session, _table("4a"))),
        build((EFISIENSI, "4b", "Rasio beban usaha terhadap SHU kotor",
              "beban usaha / (pendapatan − beban pokok) × 100%"), (f.beban_usaha,), kotor, W(4),
              scoring_table(session, _table("4b"))),
        build((EFISIENSI, "4c", "Rasio efisiensi pelayanan",
              "biaya karyawan / pinjaman yang diberikan × 100% (saldo pada tanggal penilaian)"),
              (f.biaya_karyawan,), (f.loans,), W(2),
              scoring_table(session, _table("4c"))),
    ]  # fmt: skip


def _likuiditas(session: Session, books: Books, f: _Figures) -> list[Indicator]:
    balance = books.header_source
    kas = balance("Kas dan bank", Code.GROUP_KAS_DAN_SETARA_KAS)
    lancar = (
        balance("Simpanan non-ekuitas", Code.GROUP_SIMPANAN_NON_EKUITAS, credit=True),
        balance("Titipan", Code.GROUP_TITIPAN, credit=True),
        balance("Utang lancar lain", Code.GROUP_UTANG_LANCAR_LAIN, credit=True),
    )
    dana = (
        balance("Simpanan non-ekuitas", Code.GROUP_SIMPANAN_NON_EKUITAS, credit=True),
        balance("Pinjaman yang diterima", Code.GROUP_PINJAMAN_YANG_DITERIMA, credit=True),
        balance("Simpanan pokok, wajib dan lain", Code.GROUP_SIMPANAN_ANGGOTA, credit=True),
        balance(
            "Modal penyertaan dan penyetaraan",
            Code.GROUP_MODAL_PENYERTAAN_DAN_PENYETARAAN,
            credit=True,
        ),
        balance("Hibah / donasi", Code.GROUP_HIBAH, credit=True),
        balance("Cadangan", Code.GROUP_CADANGAN, credit=True),
    )
    return [
        build((LIKUIDITAS, "5a", "Rasio kas",
              "(kas + bank) / kewajiban lancar (simpanan non-ekuitas, titipan, utang lancar "
              "lain) × 100%"), (kas,), lancar, W(10), _fixed(FIXED_5A, "5a")),
        build((LIKUIDITAS, "5b", "Rasio pinjaman yang diberikan terhadap dana yang diterima",
              "pinjaman yang diberikan / (simpanan, pinjaman yang diterima, modal anggota, "
              "penyertaan, hibah dan cadangan) × 100%"), (f.loans,), dana, W(5),
              scoring_table(session, _table("5b"))),
    ]  # fmt: skip


def _kemandirian(session: Session, f: _Figures) -> list[Indicator]:
    shu_kotor = Source("SHU sebelum pajak (pendapatan − beban tanpa pajak)", f.shu_before_tax,
                       ("4", "5"))  # fmt: skip
    neto = (f.partisipasi_bruto, Source("dikurangi beban pokok", -f.beban_pokok.amount,
                                        f.beban_pokok.accounts))  # fmt: skip
    return [
        build((KEMANDIRIAN, "6a", "Rentabilitas aset", "SHU sebelum pajak / total aset × 100%"),
              (shu_kotor,), (f.total_aset,), W(3),
              scoring_table(session, _table("6a"))),
        build((KEMANDIRIAN, "6b", "Rentabilitas modal sendiri",
              "SHU bagian anggota / modal sendiri × 100%; SHU bagian anggota = SHU setelah "
              "pajak × (jasa modal + jasa usaha) menurut pembagian SHU tahun itu"),
              (f.shu_anggota,), f.modal_sendiri, W(3),
              scoring_table(session, _table("6b"))),
        build((KEMANDIRIAN, "6c", "Kemandirian operasional pelayanan",
              "partisipasi neto / (beban usaha + beban perkoperasian) × 100%; partisipasi "
              "neto = partisipasi bruto − beban pokok"), neto,
              (f.beban_usaha, f.beban_perkoperasian), W(4),
              scoring_table(session, _table("6c"))),
    ]  # fmt: skip


def _jatidiri(session: Session, books: Books, f: _Figures) -> list[Indicator]:
    balance = books.header_source
    simpanan = (
        balance("Simpanan pokok", Code.SIMPANAN_POKOK, credit=True),
        balance("Simpanan wajib", Code.SIMPANAN_WAJIB, credit=True),
    )
    meppp = Source("MEPPP (tidak tercatat di buku, dihitung 0)", 0)
    return [
        build((JATIDIRI, "7a", "Rasio partisipasi bruto",
              "partisipasi bruto / (partisipasi bruto + pendapatan lain) × 100%; pendapatan "
              "lain = dari non-anggota, unit usaha lain dan pendapatan lain-lain"),
              (f.partisipasi_bruto,), (f.partisipasi_bruto, *f.pendapatan_lain), W(7),
              _fixed(FIXED_7A, "7a")),
        build((JATIDIRI, "7b", "Rasio promosi ekonomi anggota (PEA)",
              "(MEPPP + SHU bagian anggota) / (simpanan pokok + simpanan wajib) × 100%; "
              "MEPPP tidak dapat dibaca dari buku dan dihitung 0"), (meppp, f.shu_anggota),
              simpanan, W(3), scoring_table(session, _table("7b"))),
    ]  # fmt: skip


def assess_perdep(session: Session, year: int, as_of: dt.date | None = None) -> Assessment:
    """The Perdep 06/2016 assessment of tahun buku ``year`` as of ``as_of`` (the year's
    last day when None). Reads only. ``ValidationError`` for a date outside the year,
    ``NotFoundError`` for a year the book does not have."""
    books = read_year(session, year, as_of)
    figures = _Figures(session, year, books)
    indicators = (
        _permodalan(session, books, figures)
        + _kap(session, figures)
        + _manajemen(session, year)
        + _efisiensi(session, figures)
        + _likuiditas(session, books, figures)
        + _kemandirian(session, figures)
        + _jatidiri(session, books, figures)
    )
    total = composite(indicators)
    return assessment(
        Scheme.PERDEP_2016, year, books.on, indicators, total=total, bands=bands(session)
    )
