"""Settings a cooperative may change; defaults for the unconfirmed ([U]) rules."""

from __future__ import annotations

import datetime as dt
import itertools
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from kopdesk.domain import cashflow as _cashflow
from kopdesk.domain import health_scoring as _scoring
from kopdesk.domain import shu as _shu
from kopdesk.domain.changes import NOTHING, Changes
from kopdesk.domain.permissions import Actor, Permission
from kopdesk.errors import ValidationError
from kopdesk.models import Setting
from kopdesk.services.base import audit
from kopdesk.services.base.access import authorize
from kopdesk.services.base.changes import record as record_changes


@dataclass(frozen=True)
class IntSetting:
    key: str
    default: int
    minimum: int
    maximum: int
    label: str


LOGIN_MAX_FAILURES = IntSetting(
    "login.max_failures", 5, 3, 20, "Jumlah salah kata sandi sebelum akun dikunci"
)
LOGIN_LOCK_MINUTES = IntSetting("login.lock_minutes", 15, 1, 1440, "Lama akun dikunci (menit)")
IDLE_LOCK_MINUTES = IntSetting(
    "ui.idle_lock_minutes", 10, 1, 240, "Jendela terkunci setelah tidak dipakai (menit)"
)
REVERSAL_APPROVAL_DAYS = IntSetting(
    "journal.reversal_approval_days",
    30,
    0,
    3650,
    "Membalik jurnal yang lebih tua dari sekian hari perlu persetujuan orang kedua",
)
UNUSUAL_DATE_DAYS = IntSetting(
    "journal.unusual_date_days",
    7,
    0,
    3650,
    "Transaksi uang bertanggal lebih lama dari sekian hari yang lalu perlu konfirmasi",
)
APPROVAL_VALID_MINUTES = IntSetting(
    "approval.valid_minutes", 10, 1, 60, "Persetujuan orang kedua berlaku (menit)"
)


@dataclass(frozen=True)
class TextSetting:
    key: str
    default: str
    label: str


MEMBER_NUMBER_PATTERN = TextSetting(
    "member.number_pattern",
    "A-####",
    "Pola nomor anggota otomatis: # diganti angka urut (misalnya A-#### menjadi A-0001)",
)


def get_text(session: Session, setting: TextSetting) -> str:
    raw = session.execute(select(Setting.value).where(Setting.key == setting.key)).scalar()
    return setting.default if raw is None else raw


def change_text_setting(session: Session, actor: Actor, setting: TextSetting, value: str) -> None:
    """Change a text setting (Admin only); recorded in the audit trail."""
    change_text_settings(session, actor, {setting: value})


def change_text_settings(session: Session, actor: Actor, values: Mapping[TextSetting, str]) -> None:
    """Change several text settings at once (Admin only), each checked and the PPAP
    percentages against each other as they will be; each change in the audit trail."""
    authorize(session, actor, Permission.USERS_MANAGE)
    cleaned = {setting: _clean_text(setting, value) for setting, value in values.items()}
    _check_ppap_order(session, cleaned)
    for setting, clean in cleaned.items():
        old = get_text(session, setting)
        _store(session, setting.key, clean)
        audit.record(
            session,
            actor,
            "setting.change",
            setting.key,
            before={"nilai": old},
            after={"nilai": clean},
        )
    record_changes(session, changes_of(values))


def _clean_text(setting: TextSetting, value: str) -> str:
    """``value`` checked for ``setting`` and written in its normal form."""
    clean = value.strip()
    if setting is MEMBER_NUMBER_PATTERN and (
        "#" not in clean or len(clean) > 20 or clean.count("#") > 8
    ):
        raise ValidationError(
            setting.key, "Pola nomor anggota harus memuat # untuk angka urut, misalnya A-####."
        )
    if setting in PERCENT_SETTINGS or setting in LOAN_COLLATERALS:
        from kopdesk.domain.savings import parse_percent

        clean = str(parse_percent(clean, field=setting.key))
    if setting is WAJIB_BILLING_START and clean:
        try:
            dt.date.fromisoformat(clean)
        except ValueError:
            raise ValidationError(
                setting.key, "Tulis tanggal mulai tagihan wajib sebagai TTTT-BB-HH atau kosongkan."
            ) from None
    if setting in PERDEP_TABLES:
        clean = _scoring.format_table(_scoring.parse_table(clean, setting.key))
    if setting is HEALTH_SCHEME and clean not in HEALTH_SCHEMES:
        raise ValidationError(
            setting.key,
            "Cara penilaian kesehatan: kkpkk (Permenkop 9/2020), perdep2016 (Perdep 06/2016) "
            "atau pearls (WOCCU, untuk koperasi kredit).",
        )
    return _check_closing_setting(setting, clean)


def _check_closing_setting(setting: TextSetting, clean: str) -> str:
    """The statement and SHU settings, checked and written in their normal form."""
    if setting is CASH_FLOW_MAP:
        return ";".join(f"{k}={v}" for k, v in _cashflow.parse_map(clean).items())
    if setting is SHU_ALLOCATION:
        parts = {}
        for item in clean.replace("\n", ";").split(";"):
            key, sep, value = (x.strip() for x in item.partition("="))
            if key:
                parts[key] = _shu.parse_percent(value, key) if sep else _shu.parse_percent("", key)
        return _shu.format_allocation(_shu.check_allocation(parts))
    if setting is SHU_MODAL_BASIS and clean not in _shu.MODAL_BASES:
        raise ValidationError(setting.key, "Dasar jasa modal: akhir_tahun atau rata_bulanan.")
    if setting is SHU_USAHA_BASIS and clean not in _shu.USAHA_BASES:
        raise ValidationError(setting.key, "Dasar jasa usaha: bunga, volume atau pembelian.")
    if setting in (SHU_INCLUDE_SUKARELA, SHU_NON_MEMBER_RESERVE) and clean not in ("ya", "tidak"):
        raise ValidationError(setting.key, "Tulis ya atau tidak.")
    return clean


BACKUP_DAILY = IntSetting("backup.keep_daily", 7, 1, 60, "Cadangan harian yang disimpan")
BACKUP_WEEKLY = IntSetting("backup.keep_weekly", 4, 0, 52, "Cadangan mingguan yang disimpan")
BACKUP_MONTHLY = IntSetting("backup.keep_monthly", 12, 0, 120, "Cadangan bulanan yang disimpan")
BACKUP_SECOND_FOLDER = TextSetting(
    "backup.second_folder", "", "Folder cadangan kedua (misalnya di flashdisk); kosong = tidak ada"
)
SAVINGS_TAX_THRESHOLD = IntSetting(
    "savings.tax_threshold",
    240_000,
    0,
    100_000_000,
    "Jasa simpanan per anggota per bulan yang bebas PPh 4(2) (Rp)",
)
SAVINGS_TAX_RATE = IntSetting(
    "savings.tax_rate_percent", 10, 0, 100, "Tarif PPh 4(2) atas jasa simpanan di atas batas (%)"
)
SAVINGS_DAYS_IN_YEAR = IntSetting(
    "savings.days_in_year", 365, 360, 366, "Jumlah hari setahun untuk jasa harian"
)
RAT_MONTHS_AFTER_YEAR_END = IntSetting(
    "closing.rat_months", 6, 1, 12, "RAT paling lambat sekian bulan setelah tahun buku berakhir"
)
"""[U] in KOPERASI.md: the usual AD/ART rule, a setting with the common default."""
WAJIB_BILLING_START = TextSetting(
    "savings.wajib_billing_start",
    "",
    "Tagihan simpanan wajib dihitung sejak tanggal ini (TTTT-BB-HH); kosong = sejak masuk",
)
LOAN_GRADE_KL = IntSetting(
    "loans.grade_kurang_lancar_days", 90, 1, 3650, "Kurang lancar bila menunggak lebih dari (hari)"
)
LOAN_GRADE_D = IntSetting(
    "loans.grade_diragukan_days", 180, 1, 3650, "Diragukan bila menunggak lebih dari (hari)"
)
LOAN_GRADE_M = IntSetting(
    "loans.grade_macet_days", 360, 1, 3650, "Macet bila menunggak lebih dari (hari)"
)
LOAN_PPAP_L = TextSetting("loans.ppap_lancar", "0.5", "PPAP pinjaman lancar (% sisa pokok)")
LOAN_PPAP_KL = TextSetting(
    "loans.ppap_kurang_lancar", "10", "PPAP pinjaman kurang lancar (% sisa pokok)"
)
LOAN_PPAP_D = TextSetting("loans.ppap_diragukan", "50", "PPAP pinjaman diragukan (% sisa pokok)")
LOAN_PPAP_M = TextSetting("loans.ppap_macet", "100", "PPAP pinjaman macet (% sisa pokok)")
LOAN_COLLATERAL_SIMPANAN = TextSetting(
    "loans.collateral_simpanan",
    "100",
    "Agunan simpanan/deposito yang diblokir dihitung sebagai pengurang PPAP (% nilai)",
)
LOAN_COLLATERAL_TANAH_BANGUNAN = TextSetting(
    "loans.collateral_tanah_bangunan",
    "80",
    "Agunan tanah/bangunan bersertifikat dihitung sebagai pengurang PPAP (% nilai)",
)
LOAN_COLLATERAL_KENDARAAN = TextSetting(
    "loans.collateral_kendaraan",
    "50",
    "Agunan kendaraan (BPKB) dihitung sebagai pengurang PPAP (% nilai)",
)
LOAN_COLLATERAL_LAIN = TextSetting(
    "loans.collateral_lain", "0", "Agunan lain dihitung sebagai pengurang PPAP (% nilai)"
)
LOAN_COLLATERALS = (
    LOAN_COLLATERAL_SIMPANAN,
    LOAN_COLLATERAL_TANAH_BANGUNAN,
    LOAN_COLLATERAL_KENDARAAN,
    LOAN_COLLATERAL_LAIN,
)
"""Defaults: the BPR rule (PBI 8/19/2006 as amended), KOPERASI.md §4.4's analogue."""
LOAN_GRADES = (LOAN_GRADE_KL, LOAN_GRADE_D, LOAN_GRADE_M)
LOAN_PPAPS = (LOAN_PPAP_L, LOAN_PPAP_KL, LOAN_PPAP_D, LOAN_PPAP_M)
LOAN_RELATED_LIMIT = TextSetting(
    "loans.related_party_limit",
    "10",
    "Batas pinjaman kepada pengurus dan pengawas (% modal sendiri)",
)
CASH_FLOW_MAP = TextSetting(
    "statements.cash_flow_map",
    _cashflow.DEFAULT_MAP,
    "Pemetaan akun ke baris laporan arus kas (awalan kode = baris, dipisah titik koma)",
)
SHU_ALLOCATION = TextSetting(
    "shu.allocation",
    _shu.format_allocation(_shu.default_allocation()),
    "Pembagian SHU menurut AD/ART (bagian=persen), awal rencana tiap tahun",
)
SHU_MODAL_BASIS = TextSetting(
    "shu.modal_basis",
    "akhir_tahun",
    "Dasar jasa modal: akhir_tahun (saldo 31 Desember) atau rata_bulanan",
)
SHU_INCLUDE_SUKARELA = TextSetting(
    "shu.include_sukarela", "tidak", "Simpanan sukarela ikut dasar jasa modal (ya/tidak)"
)
SHU_USAHA_BASIS = TextSetting(
    "shu.usaha_basis",
    "bunga",
    "Dasar jasa usaha: bunga (jasa pinjaman dibayar), volume (pinjaman diterima), pembelian",
)
SHU_NON_MEMBER_RESERVE = TextSetting(
    "shu.non_member_reserve",
    "ya",
    "SHU dari usaha dengan non-anggota disisihkan ke cadangan, tidak dibagi kepada anggota "
    "(ya/tidak)",
)
SHU_SETTINGS = (
    SHU_ALLOCATION,
    SHU_MODAL_BASIS,
    SHU_INCLUDE_SUKARELA,
    SHU_USAHA_BASIS,
    SHU_NON_MEMBER_RESERVE,
)
HEALTH_BAND_SEHAT = IntSetting(
    "health.band_sehat", 80, 1, 100, "Skor kesehatan terendah untuk predikat Sehat"
)
HEALTH_BAND_CUKUP_SEHAT = IntSetting(
    "health.band_cukup_sehat", 66, 1, 100, "Skor kesehatan terendah untuk predikat Cukup Sehat"
)
HEALTH_BAND_DALAM_PENGAWASAN = IntSetting(
    "health.band_dalam_pengawasan",
    51,
    1,
    100,
    "Skor kesehatan terendah untuk predikat Dalam Pengawasan (di bawahnya: Pengawasan Khusus)",
)
HEALTH_BANDS = (HEALTH_BAND_SEHAT, HEALTH_BAND_CUKUP_SEHAT, HEALTH_BAND_DALAM_PENGAWASAN)
"""KOPERASI.md §5.2: 80, 66, 51; which side of a bound belongs where is [U]."""
HEALTH_SCHEMES = ("perdep2016", "kkpkk", "pearls")
HEALTH_SCHEME = TextSetting(
    "health.scheme",
    "kkpkk",
    "Cara penilaian kesehatan: kkpkk (Permenkop 9/2020), perdep2016 (Perdep 06/2016) atau "
    "pearls (WOCCU, koperasi kredit)",
)


def _perdep_table(code: str, default: str, what: str) -> TextSetting:
    return TextSetting(f"health.perdep.{code}", default, f"Tabel nilai Perdep {code}: {what}")


PERDEP_TABLES = (
    _perdep_table("1a", "20:25,40:50,60:100,80:50,*:25", "modal sendiri / total aset"),
    _perdep_table("1c", "4:25,6:50,8:75,*:100", "modal tertimbang / ATMR"),
    _perdep_table("2a", "25:25,50:50,<=75:75,*:100", "pinjaman anggota / pinjaman diberikan"),
    _perdep_table("2d", "21:100,<=25:75,<=30:50,*:25", "pinjaman berisiko / pinjaman diberikan"),
    _perdep_table("4a", "70:100,85:75,<=100:50,*:25", "beban operasi anggota / partisipasi bruto"),
    _perdep_table("4b", "40:100,60:75,<=80:50,*:25", "beban usaha / SHU kotor"),
    _perdep_table("4c", "5:100,10:75,<=15:50,*:25", "biaya karyawan / volume pinjaman"),
    _perdep_table("5b", "50:25,75:50,<=100:75,*:100", "pinjaman diberikan / dana yang diterima"),
    _perdep_table("6a", "5:25,7.5:50,<=10:75,*:100", "SHU sebelum pajak / total aset"),
    _perdep_table("6b", "5:25,7.5:50,<=10:75,*:100", "SHU bagian anggota / modal sendiri"),
    _perdep_table("6c", "100:25,125:50,<=150:75,*:100", "kemandirian operasional pelayanan"),
    _perdep_table("7b", "5:25,7.5:50,<=10:75,*:100", "promosi ekonomi anggota / simpanan"),
)
"""The Perdep 06/2016 scoring tables KOPERASI.md §5.3 marks [U], with its defaults
(``domain.health_scoring`` reads the form: bound:nilai from the lowest ratio up)."""
HEALTH_TEXT_SETTINGS = (HEALTH_SCHEME, *PERDEP_TABLES)
"""The health assessment's text settings (``kopdesk setting set-text`` changes them)."""
PERCENT_SETTINGS = (LOAN_PPAP_L, LOAN_PPAP_KL, LOAN_PPAP_D, LOAN_PPAP_M, LOAN_RELATED_LIMIT)

ALL = (
    LOGIN_MAX_FAILURES,
    LOGIN_LOCK_MINUTES,
    IDLE_LOCK_MINUTES,
    REVERSAL_APPROVAL_DAYS,
    UNUSUAL_DATE_DAYS,
    APPROVAL_VALID_MINUTES,
    BACKUP_DAILY,
    BACKUP_WEEKLY,
    BACKUP_MONTHLY,
    SAVINGS_TAX_THRESHOLD,
    SAVINGS_TAX_RATE,
    SAVINGS_DAYS_IN_YEAR,
    LOAN_GRADE_KL,
    LOAN_GRADE_D,
    LOAN_GRADE_M,
    RAT_MONTHS_AFTER_YEAR_END,
    *HEALTH_BANDS,
)
TEXT_SETTINGS = (
    MEMBER_NUMBER_PATTERN,
    BACKUP_SECOND_FOLDER,
    WAJIB_BILLING_START,
    *PERCENT_SETTINGS,
    *LOAN_COLLATERALS,
    CASH_FLOW_MAP,
    *SHU_SETTINGS,
    HEALTH_SCHEME,
    *PERDEP_TABLES,
)


def get_int(session: Session, setting: IntSetting) -> int:
    raw = session.execute(select(Setting.value).where(Setting.key == setting.key)).scalar()
    return setting.default if raw is None else int(raw)


def set_int(session: Session, setting: IntSetting, value: int) -> int:
    """Store a setting; ``ValidationError`` outside its range or, for a kolektibilitas
    limit, out of order with the other two. Returns the old value."""
    return set_ints(session, {setting: value})[setting]


def set_ints(session: Session, values: Mapping[IntSetting, int]) -> dict[IntSetting, int]:
    """Store several settings together, each checked against its range and the
    kolektibilitas limits against each other as they will be. Returns the old values."""
    for setting, value in values.items():
        if not setting.minimum <= value <= setting.maximum:
            raise ValidationError(
                setting.key,
                f"{setting.label}: harus antara {setting.minimum} dan {setting.maximum}.",
            )
    old = {setting: get_int(session, setting) for setting in values}
    _check_grade_order(session, values)
    _check_band_order(session, values)
    for setting, value in values.items():
        _store(session, setting.key, str(value))
    return old


def _store(session: Session, key: str, value: str) -> None:
    row = session.get(Setting, key)
    if row is None:
        session.add(Setting(key=key, value=value))
    else:
        row.value = value
    session.flush()


def _check_grade_order(session: Session, values: Mapping[IntSetting, int]) -> None:
    """Kurang lancar < diragukan < macet (days past due), KOPERASI.md §4.3."""
    if not any(x in values for x in LOAN_GRADES):
        return
    kl, d, m = (values.get(x, get_int(session, x)) for x in LOAN_GRADES)
    if kl < d < m:
        return
    changed = next(x for x in LOAN_GRADES if x in values)
    raise ValidationError(
        changed.key,
        f"Batas hari kolektibilitas harus naik: kurang lancar ({kl}) < diragukan ({d}) < "
        f"macet ({m}) hari, misalnya 90, 180 dan 360. Ubah ketiganya bersama bila perlu.",
    )


def _check_band_order(session: Session, values: Mapping[IntSetting, int]) -> None:
    """Dalam Pengawasan < Cukup Sehat < Sehat (the lowest score of each, §5.2)."""
    if not any(x in values for x in HEALTH_BANDS):
        return
    sehat, cukup, awas = (values.get(x, get_int(session, x)) for x in HEALTH_BANDS)
    if awas < cukup < sehat:
        return
    changed = next(x for x in HEALTH_BANDS if x in values)
    raise ValidationError(
        changed.key,
        f"Batas predikat kesehatan harus naik: Dalam Pengawasan ({awas}) < Cukup Sehat "
        f"({cukup}) < Sehat ({sehat}), misalnya 51, 66 dan 80.",
    )


def _check_ppap_order(session: Session, values: Mapping[TextSetting, str]) -> None:
    """A worse grade never needs a smaller allowance: PPAP lancar ≤ kurang lancar ≤
    diragukan ≤ macet (KOPERASI.md §4.4)."""
    if not any(x in values for x in LOAN_PPAPS):
        return
    from kopdesk.domain.savings import parse_percent, percent_text

    percents = [parse_percent(values.get(x, get_text(session, x)), field=x.key) for x in LOAN_PPAPS]
    if all(a <= b for a, b in itertools.pairwise(percents)):
        return
    shown = " ≤ ".join(
        f"{name} {percent_text(p)}%"
        for name, p in zip(("lancar", "kurang lancar", "diragukan", "macet"), percents, strict=True)
    )
    changed = next(x for x in reversed(LOAN_PPAPS) if x in values)
    raise ValidationError(
        changed.key, f"PPAP harus naik menurut kolektibilitas: {shown} tidak terpenuhi."
    )


BACKUPS = Changes(backups=True)
SECURITY = Changes(users=True)


def changes_of(settings: Iterable[IntSetting | TextSetting]) -> Changes:
    """What changing ``settings`` changes for the windows: the backup settings are
    ``backups``, every other setting ``users`` (the Admin's settings pages)."""
    changes = NOTHING
    for setting in settings:
        changes |= BACKUPS if setting.key.startswith("backup.") else SECURITY
    return changes


def change_setting(session: Session, actor: Actor, setting: IntSetting, value: int) -> None:
    """Change a setting (Admin only); recorded in the audit trail."""
    change_settings(session, actor, {setting: value})


def change_settings(session: Session, actor: Actor, values: Mapping[IntSetting, int]) -> None:
    """Change several settings at once (Admin only), checked together; each change
    recorded in the audit trail."""
    authorize(session, actor, Permission.USERS_MANAGE)
    old = set_ints(session, values)
    for setting, value in values.items():
        audit.record(
            session,
            actor,
            "setting.change",
            setting.key,
            before={"nilai": old[setting]},
            after={"nilai": value},
        )
    record_changes(session, changes_of(values))
