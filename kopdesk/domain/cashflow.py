"""The lines of the Laporan Arus Kas (direct method) and the account → line mapping.

Cash is every account whose code starts with the cash prefix (1100 Kas dan setara
kas). For every journal entry that touches cash, each non-cash line moves cash by
minus its amount; the line's account says under which cash-flow line that movement
is shown. An entry balances, so these movements sum exactly to the entry's change
in cash, and the statement's total equals the change in cash over the period.
The mapping is a setting: ``prefix=line`` pairs; the longest matching prefix wins.
"""

from __future__ import annotations

from dataclasses import dataclass

from kopdesk.errors import ValidationError


@dataclass(frozen=True)
class CashFlowLine:
    key: str
    activity: str
    """``operasi``, ``investasi`` or ``pendanaan``."""
    label: str


ACTIVITIES = {
    "operasi": "Arus kas dari aktivitas operasi",
    "investasi": "Arus kas dari aktivitas investasi",
    "pendanaan": "Arus kas dari aktivitas pendanaan",
}

LINES: tuple[CashFlowLine, ...] = (
    CashFlowLine("pendapatan", "operasi", "Penerimaan jasa, provisi, administrasi dan denda"),
    CashFlowLine("pinjaman", "operasi", "Pinjaman anggota: angsuran pokok dikurangi pencairan"),
    CashFlowLine("simpanan", "operasi", "Simpanan sukarela dan berjangka anggota (bersih)"),
    CashFlowLine("beban_jasa", "operasi", "Pembayaran jasa simpanan dan jasa modal"),
    CashFlowLine("beban_usaha", "operasi", "Pembayaran beban usaha dan perkoperasian"),
    CashFlowLine("pajak", "operasi", "Pembayaran pajak"),
    CashFlowLine("operasi_lain", "operasi", "Penerimaan dan pembayaran operasi lainnya"),
    CashFlowLine("aset_tetap", "investasi", "Perolehan dan pelepasan aset tetap"),
    CashFlowLine("penempatan", "investasi", "Penempatan dan penyertaan pada lembaga lain"),
    CashFlowLine("modal_anggota", "pendanaan", "Simpanan pokok dan simpanan wajib"),
    CashFlowLine("modal_lain", "pendanaan", "Modal penyertaan, hibah dan ekuitas lain"),
    CashFlowLine("pinjaman_diterima", "pendanaan", "Pinjaman dari bank dan lembaga lain"),
    CashFlowLine("shu_dibayar", "pendanaan", "Pembayaran SHU anggota dan dana-dana SHU"),
    CashFlowLine("saldo_awal", "pendanaan", "Saldo awal yang dipindahkan ke buku ini"),
)  # fmt: skip
LINE_BY_KEY = {line.key: line for line in LINES}

CASH_PREFIX = "11"

DEFAULT_MAP = (
    "4=pendapatan;5=beban_usaha;51=beban_jasa;5990=pajak;"
    "13=pinjaman;12=penempatan;15=penempatan;14=operasi_lain;18=operasi_lain;"
    "16=aset_tetap;17=aset_tetap;"
    "21=simpanan;2104=modal_anggota;22=operasi_lain;23=operasi_lain;2310=pajak;2311=pajak;"
    "232=shu_dibayar;24=pinjaman_diterima;"
    "31=modal_anggota;32=modal_lain;33=modal_lain;34=shu_dibayar;35=shu_dibayar;36=modal_lain;"
    "39=saldo_awal"
)
FALLBACK = "operasi_lain"


def parse_map(text: str) -> dict[str, str]:
    """``prefix=line`` pairs separated by ``;`` or new lines, checked."""
    mapping: dict[str, str] = {}
    for number, raw in enumerate(text.replace("\n", ";").split(";"), start=1):
        item = raw.strip()
        if not item:
            continue
        prefix, sep, key = (part.strip() for part in item.partition("="))
        if not sep or not prefix.isdigit():
            raise ValidationError(
                "cash_flow_map",
                f"Pemetaan arus kas bagian {number} ('{item}'): tulis awalan kode akun = baris, "
                "misalnya 4=pendapatan.",
            )
        if key not in LINE_BY_KEY:
            raise ValidationError(
                "cash_flow_map",
                f"Pemetaan arus kas bagian {number}: baris '{key}' tidak dikenal "
                f"(pilih: {', '.join(LINE_BY_KEY)}).",
            )
        if prefix.startswith(CASH_PREFIX):
            raise ValidationError(
                "cash_flow_map",
                f"Pemetaan arus kas bagian {number}: akun {prefix} adalah kas sendiri.",
            )
        mapping[prefix] = key
    return mapping


def line_for(code: str, mapping: dict[str, str]) -> str:
    """The cash-flow line of an account code: its longest mapped prefix, else the fallback."""
    for end in range(len(code), 0, -1):
        key = mapping.get(code[:end])
        if key is not None:
            return key
    return FALLBACK


def is_cash(code: str, prefix: str = CASH_PREFIX) -> bool:
    return code.startswith(prefix)
