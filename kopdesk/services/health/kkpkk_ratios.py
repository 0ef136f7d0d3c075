"""The KKPKK ratios read from the books (KOPERASI.md §5.4), each with the accounts
of its numerator and denominator. Which accounts make a figure is kopdesk's reading
of the Juknis' names on the koperasi chart (§2.3) where the sources give only a name:

- aset produktif = pinjaman yang diberikan (1301–1304, gross) + deposito bank
  ≤ 3 bulan (1113) + penempatan pada koperasi/lembaga lain (1200) + investasi jangka
  panjang (1500);
- aset likuid = kas dan setara kas (1100); kewajiban lancar = simpanan non-ekuitas
  (2100) + titipan (2200) + utang lancar lain (2300);
- ekuitas = the equity accounts plus the surplus not yet closed; SHU = income −
  every expense of the period (after tax, 5990), closing entries left out;
- partisipasi neto = partisipasi anggota (4100) − beban jasa simpanan dan modal
  (5100); beban usaha (5200) + beban perkoperasian (5300);
- pinjaman bermasalah and PPAP wajib dibentuk from the loans' kolektibilitas
  (:func:`kopdesk.services.loans.quality.collectibility`, its grade and allowance
  settings); PPAP dibentuk = the allowance account (1390);
- a ratio with nothing to measure — no loans (pinjaman bermasalah), no allowance
  required (PPAP), no current liabilities — scores nilai 1; any other ratio whose
  denominator is 0 gets ``missing_nilai``;
- growth compares with the same date a year earlier; the denominator is the earlier
  figure's size (so a loss turning into a smaller loss is growth).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy.orm import Session

from kopdesk.domain import coa
from kopdesk.domain.coa import Code
from kopdesk.domain.health import Source
from kopdesk.domain.loans import Grade
from kopdesk.domain.money import format_rupiah
from kopdesk.services.health.book_figures import Books, read_books, year_earlier
from kopdesk.services.health.kkpkk_questions import Aspect
from kopdesk.services.health.kkpkk_rules import KkpkkRules, Scale
from kopdesk.services.loans import quality

__all__ = ["LOAN_ACCOUNTS", "Ratio", "book_ratios"]

LOAN_ACCOUNTS: tuple[str, ...] = (
    Code.PINJAMAN_ANGGOTA_UMUM_KONSUMTIF,
    Code.PINJAMAN_ANGGOTA_PRODUKTIF_USAHA,
    Code.PINJAMAN_ANGGOTA_DARURAT_KHUSUS,
    Code.PINJAMAN_KEPADA_KOPERASI_LAIN,
)
"""The loan receivables (gross of the allowance)."""


@dataclass(frozen=True)
class Ratio:
    aspect: Aspect
    code: str
    name: str
    formula: str
    numerator_from: tuple[Source, ...]
    denominator_from: tuple[Source, ...]
    scale_name: str
    """The :class:`KkpkkRules` field that scores it."""
    empty: str = ""
    """Why a denominator of 0 is the best case (no loans, no allowance required, no
    current liabilities): then the ratio gets nilai 1 with this reason; "" when a
    denominator of 0 means the ratio cannot be computed (``missing_nilai``)."""

    def scale(self, rules: KkpkkRules) -> Scale:
        found = getattr(rules, self.scale_name)
        assert isinstance(found, Scale)
        return found


def _ratio(
    aspect: Aspect, key: str, name: str, formula: str, *,
    top: tuple[Source, ...], bottom: tuple[Source, ...], scale: str, empty: str = "",
) -> Ratio:  # fmt: skip
    return Ratio(aspect, key, name, formula, top, bottom, scale, empty)


def _productive(books: Books) -> tuple[Source, ...]:
    return (
        books.source("Pinjaman yang diberikan", *LOAN_ACCOUNTS),
        books.source("Deposito bank ≤ 3 bulan", Code.DEPOSITO_BANK_3_BULAN),
        books.source("Penempatan pada koperasi/lembaga lain",
                     Code.GROUP_PENEMPATAN_PADA_KOPERASI_LEMBAGA_LAIN),
        books.source("Investasi jangka panjang", Code.GROUP_INVESTASI_JANGKA_PANJANG),
    )  # fmt: skip


def _liquid(books: Books) -> Source:
    return books.source("Kas dan setara kas", Code.GROUP_KAS_DAN_SETARA_KAS)


def _risk(books: Books) -> list[Ratio]:
    assets = (books.total_assets_source(),)
    productive = _productive(books)
    current = (
        books.source("Simpanan non-ekuitas", Code.GROUP_SIMPANAN_NON_EKUITAS, credit=True),
        books.source("Titipan", Code.GROUP_TITIPAN, credit=True),
        books.source("Utang lancar lain", Code.GROUP_UTANG_LANCAR_LAIN, credit=True),
    )
    pr = Aspect.PROFIL_RISIKO
    return [
        _ratio(pr, "kkpkk.profil_risiko.aset_produktif", "Aset produktif terhadap total aset",
               "aset produktif / total aset × 100%",
               top=productive, bottom=assets, scale="productive_assets"),
        _ratio(pr, "kkpkk.profil_risiko.pinjaman_aset_produktif",
               "Pinjaman yang diberikan terhadap aset produktif",
               "pinjaman yang diberikan / aset produktif × 100%",
               top=productive[:1], bottom=productive, scale="loans_to_productive"),
        _ratio(pr, "kkpkk.profil_risiko.likuid_aset", "Aset likuid terhadap total aset",
               "aset likuid / total aset × 100%",
               top=(_liquid(books),), bottom=assets, scale="liquid_to_assets"),
        _ratio(pr, "kkpkk.profil_risiko.likuid_kewajiban_lancar",
               "Aset likuid terhadap kewajiban lancar", "aset likuid / kewajiban lancar × 100%",
               top=(_liquid(books),), bottom=current, scale="liquid_to_current",
               empty="tidak ada kewajiban lancar"),
    ]  # fmt: skip


def _loans(report: quality.CollectibilityReport) -> tuple[tuple[Source, ...], Source]:
    bad = tuple(
        Source(f"{g.grade.label} ({g.loans} pinjaman)", g.outstanding, LOAN_ACCOUNTS)
        for g in report.grades
        if g.grade is not Grade.LANCAR
    )
    total = Source(
        f"Saldo pinjaman yang diberikan ({sum(g.loans for g in report.grades)} pinjaman)",
        report.outstanding_total,
        LOAN_ACCOUNTS,
    )
    return bad, total


def _allowance(report: quality.CollectibilityReport) -> tuple[tuple[Source, ...], Source]:
    formed = Source("PPAP dibentuk", report.allowance_balance, (coa.LOAN_ALLOWANCE,))
    required = tuple(
        Source(
            f"{g.grade.label}: {str(g.percent).replace('.', ',')}% × "
            f"{format_rupiah(g.outstanding - g.collateral_deducted)}",
            g.required,
            LOAN_ACCOUNTS,
        )
        for g in report.grades
    )
    return required, formed


def _growth(label: str, now: int, before: int) -> tuple[tuple[Source, ...], tuple[Source, ...]]:
    top = (Source(f"{label} tahun ini", now), Source(f"{label} setahun sebelumnya", -before))
    return top, (Source(f"{label} setahun sebelumnya (nilai mutlak)", abs(before)),)


def _performance(books: Books, prior: Books, report: quality.CollectibilityReport) -> list[Ratio]:
    kk = Aspect.KINERJA_KEUANGAN
    surplus, equity = books.surplus_source(), books.equity_source()
    net_participation = (
        books.flow_source("Partisipasi anggota", Code.GROUP_PARTISIPASI_ANGGOTA, credit=True),
        books.flow_source("Dikurangi beban jasa simpanan dan modal",
                          Code.GROUP_BEBAN_JASA_SIMPANAN_DAN_MODAL, credit=True),
    )  # fmt: skip
    costs = (
        books.flow_source("Beban usaha", Code.GROUP_BEBAN_USAHA),
        books.flow_source("Beban perkoperasian", Code.GROUP_BEBAN_PERKOPERASIAN),
    )
    bad, total = _loans(report)
    required, formed = _allowance(report)
    eq_top, eq_bottom = _growth("Ekuitas", books.equity, prior.equity)
    shu_top, shu_bottom = _growth("SHU", books.surplus, prior.surplus)
    return [
        _ratio(kk, "kkpkk.kinerja.roe", "Rentabilitas modal sendiri (ROE)",
               "SHU setelah pajak / ekuitas × 100%", top=(surplus,), bottom=(equity,),
               scale="roe"),
        _ratio(kk, "kkpkk.kinerja.kemandirian", "Kemandirian operasional",
               "partisipasi neto / (beban usaha + beban perkoperasian) × 100%",
               top=net_participation, bottom=costs, scale="self_reliance"),
        _ratio(kk, "kkpkk.kinerja.shu_pendapatan", "SHU terhadap total pendapatan",
               "SHU setelah pajak / total pendapatan × 100%", top=(surplus,),
               bottom=(books.income_source(),), scale="net_margin"),
        _ratio(kk, "kkpkk.kinerja.pinjaman_bermasalah", "Pinjaman bermasalah",
               "(kurang lancar + diragukan + macet) / pinjaman yang diberikan × 100%",
               top=bad, bottom=(total,), scale="npl",
               empty="tidak ada pinjaman yang diberikan"),
        _ratio(kk, "kkpkk.kinerja.ppap", "PPAP terhadap PPAP wajib dibentuk",
               "PPAP dibentuk / PPAP wajib dibentuk × 100%", top=(formed,), bottom=required,
               scale="allowance_cover", empty="tidak ada PPAP yang wajib dibentuk"),
        _ratio(kk, "kkpkk.kinerja.pertumbuhan_ekuitas", "Pertumbuhan ekuitas",
               "(ekuitas t − ekuitas t−1) / ekuitas t−1 × 100%", top=eq_top, bottom=eq_bottom,
               scale="equity_growth"),
        _ratio(kk, "kkpkk.kinerja.pertumbuhan_shu", "Pertumbuhan hasil usaha (SHU)",
               "(SHU t − SHU t−1) / |SHU t−1| × 100%", top=shu_top, bottom=shu_bottom,
               scale="surplus_growth"),
    ]  # fmt: skip


def book_ratios(session: Session, start: dt.date, end: dt.date) -> list[Ratio]:
    """Every ratio of the books for the period [``start``, ``end``] (balances at
    ``end``), in the order of the paper: Profil Risiko, Kinerja Keuangan, Permodalan."""
    books = read_books(session, start, end)
    prior = read_books(session, year_earlier(start), year_earlier(end))
    report = quality.collectibility(session, end)
    capital = _ratio(
        Aspect.PERMODALAN, "kkpkk.permodalan.ekuitas_aset", "Ekuitas terhadap total aset",
        "ekuitas / total aset × 100%", top=(books.equity_source(),),
        bottom=(books.total_assets_source(),), scale="equity_to_assets",
    )  # fmt: skip
    return [*_risk(books), *_performance(books, prior, report), capital]
