"""Published workings of Indonesian cooperatives' health scores, reproduced ratio by
ratio: given their numerator and denominator, kopdesk gives their ratio, nilai and score.

No published example with every figure of a whole assessment (all ratios' numerators
and denominators, the questionnaire and the composite) was found; these theses publish
the figures of some ratios in full:

- KPRI "Nagara", 2014–2016, Tabel 30–37 of the thesis chapter "Analisis Data — Hasil
  Penelitian dan Pembahasan", https://text-id.123dok.com/document/dzxx8pmdz-analisis-data-hasil-penelitian-dan-pembahasan.html
  and https://text-id.123dok.com/document/eqoo76v0q-gambaran-umum-kpri-nagara-1-sejarah-berdirinya-kpri-nagara.html
- KPRI "Adi Dharma", 2014–2016, Tabel 26–28, https://123dok.com/id/article/analisis-data.11464765
- KSP Roda Sejahtera Semarang, 2009–2011 (ratios and their bands only),
  https://text-id.123dok.com/document/dy49v5mvz-rasio-resiko-pinjaman-bermasalah-terhadap-pinjaman-yang-diberikan.html

Where they disagree with KOPERASI.md §5.3 it is said below: KPRI "Nagara" scores the
risiko pinjaman bermasalah ratio on another scale (4,19% → 92) than the [C] table
kopdesk uses (0–10% → 80), which KSP Roda Sejahtera follows (0,58% → 80, skor 4,00).
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from kopdesk.domain.health import Source
from kopdesk.domain.health_scoring import Table, parse_table
from kopdesk.services.base import settings
from kopdesk.services.health.common import Linear, build
from kopdesk.services.health.perdep import FIXED_2B

W = Decimal


def _table(code: str) -> Table:
    setting = next(s for s in settings.PERDEP_TABLES if s.key == f"health.perdep.{code}")
    return parse_table(setting.default, setting.key)


@pytest.mark.parametrize(
    ("year", "num", "den", "nilai", "score"),
    [
        (2014, 15_591_299, 49_904_008, 31, "1.55"),  # ratio 31,24
        (2015, 17_500_794, 21_631_466, 81, "4.05"),  # ratio 80,90
        (2016, 19_543_954, 9_915_000, 100, "5"),  # ratio 197,12
    ],
)
def test_nagara_cadangan_risiko_terhadap_pinjaman_bermasalah(
    year: int, num: int, den: int, nilai: int, score: str
) -> None:
    """Tabel 36–37: cadangan risiko / pinjaman bermasalah, 1 point per 1%, weight 5."""
    got = build(("KAP", "2c", "", ""), (Source("cadangan risiko", num),),
                (Source("risiko pinjaman bermasalah", den),), W(5), Linear())  # fmt: skip
    assert (got.nilai, got.score) == (W(nilai), W(score)), year


@pytest.mark.parametrize(
    ("year", "num", "den", "ratio"),
    [
        (2014, 1_331_473_063, 1_204_854_973, "110.51"),
        (2015, 1_489_431_862, 1_397_000_401, "106.62"),
        (2016, 1_655_585_332, 1_390_135_379, "119.10"),
    ],
)
def test_nagara_kecukupan_modal_sendiri(year: int, num: int, den: int, ratio: str) -> None:
    """Tabel 30–31: modal tertimbang / ATMR ≈ 111, 107, 119% → nilai 100 × 3 = skor 3."""
    got = build(("Permodalan", "1c", "", ""), (Source("modal tertimbang", num),),
                (Source("ATMR", den),), W(3), _table("1c"))  # fmt: skip
    assert (got.ratio, got.nilai, got.score) == (W(ratio), W(100), W(3)), year


def test_nagara_volume_pinjaman_pada_anggota() -> None:
    """Tabel 32–33: all of the 1.190.916.827 lent (2014) went to members → 100 × 10."""
    loans = Source("pinjaman", 1_190_916_827)
    got = build(("KAP", "2a", "", ""), (loans,), (loans,), W(10), _table("2a"))
    assert (got.ratio, got.nilai, got.score) == (W(100), W(100), W(10))


@pytest.mark.parametrize(
    ("year", "num", "den", "ratio"),
    [
        (2014, 3_841_123_187, 3_449_120_958, "111.37"),
        (2015, 4_117_412_734, 3_784_446_709, "108.80"),
        (2016, 4_406_019_271, 3_945_895_974, "111.66"),
    ],
)
def test_adi_dharma_modal_sendiri_terhadap_pinjaman_berisiko(
    year: int, num: int, den: int, ratio: str
) -> None:
    """Tabel 27–28: 111,37%, 108,80%, 111,66% → nilai 100, weight 6, skor 6."""
    got = build(("Permodalan", "1b", "", ""), (Source("modal sendiri", num),),
                (Source("pinjaman berisiko", den),), W(6), Linear())  # fmt: skip
    assert (got.ratio, got.nilai, got.score) == (W(ratio), W(100), W(6)), year


def test_adi_dharma_modal_sendiri_terhadap_total_aset_band() -> None:
    """Tabel 26: 69,498% and 69,529% → nilai 50 (60–80 band), skor 3; 80,985% is scored
    50 there too, where §5.3's table (> 80 → 25) gives 25: a boundary KOPERASI.md marks
    [U] and kopdesk keeps as a setting."""
    table = _table("1a")
    assert [table.nilai(W(x)) for x in ("69.498", "69.529")] == [50, 50]
    assert table.nilai(W("80.985")) == 25


def test_roda_sejahtera_bands() -> None:
    """Risiko pinjaman bermasalah 0,58% and 0,59% → nilai 80, skor 4,00 (the [C] table);
    pinjaman berisiko 1,13% → nilai 100, skor 5,00."""
    b2 = parse_table(FIXED_2B, "2b")
    assert [b2.nilai(W(x)) * 5 / 100 for x in ("0.58", "0.59")] == [4, 4]
    assert _table("2d").nilai(W("1.13")) * 5 / 100 == 5
