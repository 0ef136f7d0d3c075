"""What the ``kopdesk`` parser shows that a service defines: choices, default
accounts and field names, written here so building the parser loads no service
(``kopdesk --help`` stays instant). ``tests/cli/test_cli_startup.py`` keeps each
one equal to the service's own."""

from __future__ import annotations

from kopdesk.domain import coa
from kopdesk.domain.vocabulary import LoanStatus, MemberStatus

LOAN_STATUSES = (
    LoanStatus.DIAJUKAN,
    LoanStatus.DISETUJUI,
    LoanStatus.DITOLAK,
    LoanStatus.AKTIF,
    LoanStatus.LUNAS,
    LoanStatus.DIRESTRUKTURISASI,
    LoanStatus.DIHAPUS,
)
"""``services.loans.records.STATUS_LABEL``'s keys, in its order."""
ASSET_OPENING_ACCOUNT = coa.OPENING_EQUITY
"""``services.assets.register.OPENING_ACCOUNT``."""
RAT_TEXT_KEYS = (
    "laporan_pengurus",
    "laporan_pengawas",
    "rencana_kerja",
    "notulen",
    "lain_lain",
)
"""``services.closing.rat_inputs.TEXT_KEYS``."""
PAYROLL_ACCOUNT = coa.Code.BANK_GIRO
"""``services.imports.payroll.PAYROLL_ACCOUNT``."""
LOAN_IMPORT_FIELDS = (
    "number",
    "nik",
    "name",
    "product",
    "principal",
    "disbursed",
    "tenor",
    "rate",
    "period",
    "method",
    "paid",
    "remaining",
    "original",
)
"""``services.imports.loans_rows.FIELDS``' keys, in its order."""
SETTING_KEYS = (
    "login.max_failures",
    "login.lock_minutes",
    "ui.idle_lock_minutes",
    "journal.reversal_approval_days",
    "journal.unusual_date_days",
    "approval.valid_minutes",
    "backup.keep_daily",
    "backup.keep_weekly",
    "backup.keep_monthly",
    "savings.tax_threshold",
    "savings.tax_rate_percent",
    "savings.days_in_year",
    "loans.grade_kurang_lancar_days",
    "loans.grade_diragukan_days",
    "loans.grade_macet_days",
    "closing.rat_months",
    "health.band_sehat",
    "health.band_cukup_sehat",
    "health.band_dalam_pengawasan",
)
"""The keys of ``services.base.settings.ALL`` (what ``kopdesk setting set`` changes)."""
HEALTH_TEXT_KEYS = (
    "health.scheme",
    "health.perdep.1a",
    "health.perdep.1c",
    "health.perdep.2a",
    "health.perdep.2d",
    "health.perdep.4a",
    "health.perdep.4b",
    "health.perdep.4c",
    "health.perdep.5b",
    "health.perdep.6a",
    "health.perdep.6b",
    "health.perdep.6c",
    "health.perdep.7b",
)
"""The keys of ``services.base.settings.HEALTH_TEXT_SETTINGS`` (``kopdesk setting set-text``)."""
HEALTH_SCHEMES = ("perdep2016", "kkpkk", "pearls")
"""``services.base.settings.HEALTH_SCHEMES`` in the parser's order (``kopdesk health --scheme``)."""
MEMBER_EXIT_STATUSES = (MemberStatus.KELUAR, MemberStatus.MENINGGAL, MemberStatus.DIBERHENTIKAN)
"""``services.member_exit.settlement.EXIT_STATUSES``."""
MEMBER_EXIT_PAYABLE = coa.Code.SIMPANAN_ANGGOTA_KELUAR_YANG_BELUM_DIBAYAR
"""``services.member_exit.settlement.PAYABLE_ACCOUNT``."""
