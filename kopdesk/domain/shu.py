"""SHU: the AD/ART split of the year's surplus and each member's share (KOPERASI.md §3).

``SHU_a = JMA_a + JUA_a`` with ``JMA_a = S_a/ΣS × %JMA × SHU`` and
``JUA_a = T_a/ΣT × %JUA × SHU``. Every split uses :func:`kopdesk.domain.money.allocate`
(largest remainder), so the parts of the pool, and the members' shares of jasa modal
and jasa usaha, sum exactly to what is shared: no rupiah appears or disappears.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

from kopdesk.domain import coa
from kopdesk.domain.coa import Code
from kopdesk.domain.money import allocate
from kopdesk.errors import ValidationError


@dataclass(frozen=True)
class ShuPart:
    key: str
    label: str
    account: str
    """Where the part goes when the SHU is posted; members' parts go to 2321 per member."""
    default_percent: str


JASA_MODAL = "jasa_modal"
JASA_USAHA = "jasa_usaha"
MEMBER_ACCOUNT = coa.MEMBER_SHU_PAYABLE

# The AD/ART example of KOPERASI.md §3.2 (40/40/5/5/5/5/5 with jasa anggota split
# 20 modal / 20 usaha); no regulation fixes the numbers, the RAT decides them.
PARTS: tuple[ShuPart, ...] = (
    ShuPart("cadangan", "Cadangan", Code.CADANGAN_UMUM, "40"),
    ShuPart(JASA_MODAL, "Jasa modal anggota", MEMBER_ACCOUNT, "20"),
    ShuPart(JASA_USAHA, "Jasa usaha anggota", MEMBER_ACCOUNT, "20"),
    ShuPart("dana_pengurus", "Dana pengurus", Code.DANA_PENGURUS, "5"),
    ShuPart("dana_pengawas", "Dana pengawas", Code.DANA_PENGAWAS, "0"),
    ShuPart("dana_karyawan", "Dana karyawan", Code.DANA_KARYAWAN, "5"),
    ShuPart("dana_pendidikan", "Dana pendidikan", Code.DANA_PENDIDIKAN, "5"),
    ShuPart("dana_sosial", "Dana sosial", Code.DANA_SOSIAL, "5"),
    ShuPart("dana_pdk", "Dana pembangunan daerah kerja", Code.DANA_PEMBANGUNAN_DAERAH_KERJA, "0"),
)
PART_BY_KEY = {p.key: p for p in PARTS}

MODAL_BASES = {
    "akhir_tahun": "Saldo simpanan pada akhir tahun",
    "rata_bulanan": "Rata-rata saldo akhir bulan (12 bulan)",
}
USAHA_BASES = {
    "bunga": "Jasa pinjaman yang dibayar",
    "volume": "Jumlah pinjaman yang diterima (volume)",
    "pembelian": "Pembelian di unit usaha",
}


def default_allocation() -> dict[str, Decimal]:
    return {p.key: Decimal(p.default_percent) for p in PARTS}


def parse_percent(text: str, label: str) -> Decimal:
    raw = text.strip().replace(",", ".").removesuffix("%").strip()
    try:
        value = Decimal(raw or "0")
    except InvalidOperation:
        raise ValidationError(label, f"{label}: '{text}' bukan persentase.") from None
    if not value.is_finite() or value < 0 or value > 100:
        raise ValidationError(label, f"{label}: persentase harus antara 0 dan 100.")
    if value != value.quantize(Decimal("0.01")):
        raise ValidationError(label, f"{label}: paling banyak dua angka di belakang koma.")
    return value


def check_allocation(allocation: Mapping[str, Decimal]) -> dict[str, Decimal]:
    """The allocation with every part, checked: known parts, each 0–100, total exactly 100."""
    unknown = sorted(set(allocation) - set(PART_BY_KEY))
    if unknown:
        raise ValidationError("allocation", f"Bagian SHU tidak dikenal: {', '.join(unknown)}.")
    full = {p.key: Decimal(allocation.get(p.key, Decimal(0))) for p in PARTS}
    for key, value in full.items():
        if value < 0 or value > 100:
            raise ValidationError(key, f"{PART_BY_KEY[key].label}: harus antara 0 dan 100%.")
    total = sum(full.values(), Decimal(0))
    if total != 100:
        raise ValidationError(
            "allocation",
            f"Jumlah persentase pembagian SHU harus 100%, sekarang {_pct(total)}%.",
        )
    return full


def _pct(value: Decimal) -> str:
    text = f"{value.normalize():f}"
    return text.replace(".", ",")


def format_allocation(allocation: Mapping[str, Decimal]) -> str:
    return ";".join(f"{p.key}={allocation.get(p.key, Decimal(0)):f}" for p in PARTS)


def read_allocation(text: str) -> dict[str, Decimal]:
    pairs = (item.split("=", 1) for item in text.split(";") if item.strip())
    return {key.strip(): Decimal(value) for key, value in pairs}


NON_MEMBER_INCOME_PREFIX = "42"
"""Income from business with non-members (and other koperasi): the 4200 group, §2.3."""


def non_member_part(pool: int, non_member_income: int, income: int) -> int:
    """The part of the SHU earned from business with non-members (KOPERASI.md §3.1: it is
    not paid out to members): the SHU in the share non-member income has in all the
    year's income, rounded half up to the rupiah. 0 without SHU or such income; never
    more than the SHU. The proportional rule is common practice [U], not a regulation."""
    if pool <= 0 or non_member_income <= 0 or income <= 0:
        return 0
    return min(pool, (2 * pool * non_member_income + income) // (2 * income))


def split_pool(pool: int, allocation: Mapping[str, Decimal]) -> dict[str, int]:
    """The pool in rupiah per part; the parts sum exactly to ``pool`` (≥ 0)."""
    if pool < 0:
        raise ValidationError("pool", "SHU negatif (rugi) tidak dibagi kepada anggota.")
    full = check_allocation(allocation)
    keys = [p.key for p in PARTS]
    if pool == 0:
        return dict.fromkeys(keys, 0)
    weights = [full[k] for k in keys]
    return dict(zip(keys, allocate(pool, weights), strict=True))


def share(total: int, bases: Sequence[int]) -> list[int]:
    """``total`` split over the members in proportion to their bases (exact).

    Members with a zero basis get nothing; if every basis is zero nothing can be
    shared and every member gets 0 (the caller reports the undistributed amount).
    """
    if any(b < 0 for b in bases):
        raise ValueError("Dasar pembagian SHU tidak boleh negatif.")
    if total < 0:
        raise ValueError("Bagian SHU yang dibagi tidak boleh negatif.")
    weight = sum(bases)
    if not bases or weight == 0 or total == 0:
        return [0] * len(bases)
    # allocate() with integer arithmetic: the same floors and the same largest
    # remainders (ties to the earlier member), ~20× faster than Fractions for
    # 10,000 members.
    parts = [total * b // weight for b in bases]
    remainders = [total * b % weight for b in bases]
    left = total - sum(parts)
    for i in sorted(range(len(bases)), key=lambda i: (-remainders[i], i))[:left]:
        parts[i] += 1
    return parts
