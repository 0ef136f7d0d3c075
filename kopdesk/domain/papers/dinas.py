"""The annual data the Dinas Koperasi collects (ODS; KOPERASI.md §6.2), as one frozen
record the spreadsheet writers lay out field by field."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from kopdesk.domain.dates import format_date
from kopdesk.domain.health import Predicate
from kopdesk.domain.papers.common import BookHeader
from kopdesk.domain.papers.statements import Statement

__all__ = ["NOT_ASSESSED", "DinasData", "DinasField", "RegisterReport", "SexCount"]

NOT_ASSESSED = "belum dinilai"
"""The health predicate's value when no assessment was passed in."""


@dataclass(frozen=True)
class SexCount:
    """People counted by sex: ``laki`` (L), ``perempuan`` (P) and ``unknown`` (not
    recorded)."""

    laki: int = 0
    perempuan: int = 0
    unknown: int = 0

    @property
    def total(self) -> int:
        return self.laki + self.perempuan + self.unknown


@dataclass(frozen=True)
class DinasField:
    """One row of the export: a stable key, its Indonesian label, the value (a number
    stays an ``int``) and, when useful, how it was counted."""

    key: str
    label: str
    value: int | str
    note: str = ""


@dataclass(frozen=True)
class DinasData:
    """Everything of §6.2 for tahun buku ``year``; amounts in integer rupiah.

    ``as_of`` is the date the year-end figures are taken at (the year's last day, or
    today in a year still open: then ``interim``). ``statements`` holds the Laporan
    Posisi Keuangan and the PHU of each quarter and semester of the year that has
    begun, in that order (KSP/USP periodic reports)."""

    year: int
    as_of: dt.date
    interim: bool
    name: str
    nik_koperasi: str
    legal_number: str
    legal_date: dt.date | None
    address: str
    coop_type: str
    rat_date: dt.date | None
    members_start: SexCount
    members_end: SexCount
    members_new: SexCount
    members_left: SexCount
    pengurus: SexCount
    pengawas: SexCount
    karyawan: SexCount
    modal_sendiri: int
    modal_luar: int
    assets: int
    volume_usaha: int
    income: int
    shu: int
    health: Predicate | None = None
    statements: tuple[Statement, ...] = ()

    def fields(self) -> tuple[DinasField, ...]:
        """The rows of the annual sheet and of the CSV, in the Dinas form's order."""
        rows = [
            DinasField("tahun_buku", "Tahun buku", self.year),
            DinasField("per_tanggal", "Data per tanggal", format_date(self.as_of),
                       "laporan sementara, tahun buku belum ditutup" if self.interim else ""),
            DinasField("nama", "Nama koperasi", self.name),
            DinasField("nik_koperasi", "Nomor Induk Koperasi (NIK)", self.nik_koperasi),
            DinasField("badan_hukum_nomor", "Nomor badan hukum", self.legal_number),
            DinasField("badan_hukum_tanggal", "Tanggal badan hukum",
                       format_date(self.legal_date) if self.legal_date else ""),
            DinasField("alamat", "Alamat", self.address),
            DinasField("jenis", "Jenis koperasi", self.coop_type),
            DinasField("tanggal_rat", "Tanggal RAT tahun buku ini",
                       format_date(self.rat_date) if self.rat_date else "",
                       "" if self.rat_date else "belum tercatat (tanggal posting pembagian SHU)"),
        ]  # fmt: skip
        rows += _people("anggota_awal", "Anggota awal tahun", self.members_start)
        rows += _people("anggota_akhir", "Anggota akhir tahun", self.members_end)
        rows += _people("anggota_masuk", "Anggota masuk", self.members_new)
        rows += _people("anggota_keluar", "Anggota keluar", self.members_left)
        rows += _people("pengurus", "Pengurus", self.pengurus)
        rows += _people("pengawas", "Pengawas", self.pengawas)
        rows += _people("karyawan", "Manajer dan karyawan", self.karyawan)
        rows += [
            DinasField("modal_sendiri", "Modal sendiri (ekuitas)", self.modal_sendiri),
            DinasField("modal_luar", "Modal luar (liabilitas)", self.modal_luar),
            DinasField("aset", "Jumlah aset", self.assets),
            DinasField("volume_usaha", "Volume usaha", self.volume_usaha,
                       "pinjaman yang dicairkan dalam tahun buku (tanpa restrukturisasi)"),
            DinasField("pendapatan", "Jumlah pendapatan", self.income),
            DinasField("shu", "Sisa hasil usaha (SHU) setelah pajak", self.shu),
            DinasField("predikat_kesehatan", "Predikat kesehatan",
                       str(self.health) if self.health is not None else NOT_ASSESSED),
        ]  # fmt: skip
        return tuple(rows)


def _people(key: str, label: str, count: SexCount) -> list[DinasField]:
    rows = [
        DinasField(f"{key}_laki", f"{label} laki-laki", count.laki),
        DinasField(f"{key}_perempuan", f"{label} perempuan", count.perempuan),
    ]
    if count.unknown:
        rows.append(
            DinasField(f"{key}_tidak_diketahui", f"{label} jenis kelamin tidak diketahui",
                       count.unknown, "jenis kelamin tidak tercatat")
        )  # fmt: skip
    rows.append(DinasField(f"{key}_jumlah", f"{label} jumlah", count.total))
    return rows


@dataclass(frozen=True)
class RegisterReport:
    """One small register of the buku administrasi ready to print: ``kind`` names the
    layout (``officers``, ``meetings``, ``notes``); ``rows`` are formatted text in the
    layout's column order."""

    header: BookHeader
    kind: str
    title: str
    subtitle: str
    rows: tuple[tuple[str, ...], ...]
