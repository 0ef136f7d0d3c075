"""The RAT texts of the demo: the pengurus' and pengawas' reports, next year's work
plan and the RAPB, written from the book's own figures of the year."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy.orm import Session

from kopdesk.domain.coa import Code
from kopdesk.domain.money import format_number, format_rupiah
from kopdesk.domain.papers.rat import MembershipStats, RapbRow
from kopdesk.domain.permissions import Actor
from kopdesk.services.closing import rat, rat_inputs, yearend
from kopdesk.services.ledger import accounts
from kopdesk.services.loans import quality as loan_quality


def _juta(amount: int) -> str:
    """``Rp1.234,5 juta``."""
    tenths = (amount + 50_000) // 100_000
    return f"Rp{format_number(tenths // 10)},{tenths % 10} juta"


def _text(*parts: str | Sequence[str]) -> str:
    """Paragraphs separated by an empty line; a list is printed as bullets."""
    return "\n\n".join(
        p if isinstance(p, str) else "\n".join(f"- {line}" for line in p) for p in parts
    )


@dataclass(frozen=True)
class _YearFigures:
    year: int
    people: MembershipStats
    savings: int
    loans: int
    lent_count: int
    lent: int
    income: int
    expense: int
    surplus: int
    troubled_percent: Decimal
    allowance: int


def _figures(session: Session, year: int, rows: Sequence[RapbRow]) -> _YearFigures:
    end = dt.date(year, 12, 31)
    held = accounts.balances_of(
        session,
        (
            Code.SIMPANAN_POKOK,
            Code.SIMPANAN_WAJIB,
            Code.SIMPANAN_SUKARELA_ANGGOTA,
            Code.SIMPANAN_BERJANGKA_ANGGOTA,
            Code.PINJAMAN_ANGGOTA_UMUM_KONSUMTIF,
            Code.PINJAMAN_ANGGOTA_PRODUKTIF_USAHA,
            Code.PINJAMAN_ANGGOTA_DARURAT_KHUSUS,
        ),
        end,
    )
    lent = rat.loans_of_year(session, year)
    quality = loan_quality.collectibility(session, end)
    troubled = sum(g.outstanding for g in quality.grades[1:])
    return _YearFigures(
        year=year,
        people=rat.membership(session, year),
        savings=-sum(
            held[c]
            for c in (
                Code.SIMPANAN_POKOK,
                Code.SIMPANAN_WAJIB,
                Code.SIMPANAN_SUKARELA_ANGGOTA,
                Code.SIMPANAN_BERJANGKA_ANGGOTA,
            )
        ),
        loans=sum(
            held[c]
            for c in (
                Code.PINJAMAN_ANGGOTA_UMUM_KONSUMTIF,
                Code.PINJAMAN_ANGGOTA_PRODUKTIF_USAHA,
                Code.PINJAMAN_ANGGOTA_DARURAT_KHUSUS,
            )
        ),
        lent_count=lent.total_disbursed_count,
        lent=lent.total_disbursed,
        income=sum(r.realisasi for r in rows if r.kelompok == "pendapatan"),
        expense=sum(r.realisasi for r in rows if r.kelompok == "beban"),
        surplus=yearend.year_surplus(session, year),
        troubled_percent=Decimal(troubled * 100) / max(quality.outstanding_total, 1),
        allowance=quality.allowance_balance,
    )


def write_rat_texts(session: Session, actor: Actor, year: int) -> None:
    """The pengurus' report, the pengawas' report, next year's work plan and the
    RAPB of tahun buku ``year`` (``shu.manage``), with the book's own figures."""
    rows = rat_inputs.suggest_rapb(session, year)
    f = _figures(session, year, rows)
    texts = {
        "laporan_pengurus": _pengurus_text(f),
        "laporan_pengawas": _pengawas_text(f),
        "rencana_kerja": _plan_text(f),
    }
    for key, body in texts.items():
        rat_inputs.set_text(session, actor, year, key, body)
    rat_inputs.set_rapb(session, actor, year, _budget(rows))


def _pengurus_text(f: _YearFigures) -> str:
    p = f.people
    return _text(
        "Dengan hormat,",
        "Puji syukur kita panjatkan ke hadirat Tuhan Yang Maha Esa. Pengurus menyampaikan "
        "laporan pertanggungjawaban pengelolaan KSP Sejahtera Bersama tahun buku "
        f"{f.year} kepada Rapat Anggota Tahunan.",
        f"Keanggotaan. Pada awal tahun anggota aktif berjumlah {p.at_start.total} orang. "
        f"Selama {f.year} bergabung {p.joined.total} anggota baru dan {p.left.total} "
        "anggota keluar atau meninggal dunia, sehingga pada akhir tahun anggota aktif "
        f"berjumlah {p.at_end.total} orang ({p.at_end.men} laki-laki, {p.at_end.women} "
        "perempuan).",
        "Simpanan dan pinjaman. Simpanan anggota (pokok, wajib, sukarela dan berjangka) "
        f"pada akhir tahun {_juta(f.savings)}. Selama tahun ini koperasi menyalurkan "
        f"{f.lent_count} pinjaman senilai {_juta(f.lent)}; sisa pinjaman anggota pada "
        f"akhir tahun {_juta(f.loans)}.",
        f"Hasil usaha. Pendapatan tahun {f.year} {_juta(f.income)} dan beban "
        f"{_juta(f.expense)}, sehingga sisa hasil usaha (SHU) {format_rupiah(f.surplus)}. "
        "Pengurus mengusulkan pembagian SHU sesuai anggaran dasar: 40% cadangan, 20% jasa "
        "modal, 20% jasa usaha, serta masing-masing 5% dana pengurus, dana karyawan, dana "
        "pendidikan dan dana sosial.",
        f"Kegiatan pengurus selama tahun {f.year}:",
        [
            "rapat pengurus setiap bulan dan rapat gabungan dengan pengawas setiap triwulan;",
            "dana yang belum tersalurkan sebagai pinjaman ditempatkan dalam deposito BPR "
            "satu bulan;",
            "lantai 1 gedung kantor disewakan dengan kontrak tahunan;",
            "pembukuan dikerjakan dengan aplikasi kopdesk sehingga laporan bulanan tersedia "
            "tepat waktu.",
        ],
        "Pengurus mengucapkan terima kasih kepada seluruh anggota, pengawas dan karyawan "
        "atas kepercayaan dan kerja samanya.",
    )


def _pengawas_text(f: _YearFigures) -> str:
    percent = f"{f.troubled_percent:.1f}%".replace(".", ",")
    return _text(
        "Pengawas KSP Sejahtera Bersama telah melaksanakan pengawasan atas pengelolaan "
        f"koperasi tahun buku {f.year} sesuai anggaran dasar.",
        "Pemeriksaan yang dilakukan:",
        [
            "pemeriksaan kas (cash opname) setiap triwulan dan pencocokan saldo bank serta "
            "deposito dengan rekening koran;",
            "pemeriksaan berkas permohonan dan persetujuan pinjaman secara sampel, termasuk "
            "pinjaman kepada pengurus;",
            "pencocokan saldo simpanan dan pinjaman per anggota dengan buku besar;",
            "pemeriksaan daftar aset tetap dan penyusutannya.",
        ],
        "Hasil pengawasan. Catatan keuangan tertib dan didukung bukti. Pinjaman bermasalah "
        f"(kurang lancar, diragukan dan macet) pada akhir tahun {percent} dari pinjaman "
        f"beredar, dengan penyisihan penghapusan pinjaman {format_rupiah(f.allowance)}. "
        "Pengawas meminta pengurus meningkatkan penagihan kepada peminjam yang menunggak "
        "dan lebih cermat menilai kemampuan bayar pemohon.",
        f"Pengawas berpendapat laporan keuangan tahun buku {f.year} dengan SHU "
        f"{format_rupiah(f.surplus)} menyajikan keadaan koperasi secara wajar, dan "
        "mengusulkan agar Rapat Anggota Tahunan menerima laporan pertanggungjawaban pengurus.",
    )


def _plan_text(f: _YearFigures) -> str:
    percent = f"{f.troubled_percent:.1f}%".replace(".", ",")
    target = (f.people.at_end.total * 108 // 100 + 4) // 5 * 5
    return _text(
        f"Rencana kerja tahun {f.year + 1} disusun dari hasil evaluasi tahun {f.year}.",
        "Organisasi dan keanggotaan:",
        [
            f"menambah anggota menjadi sekitar {target} orang melalui sosialisasi di "
            "lingkungan RW dan tempat kerja anggota;",
            "pendidikan perkoperasian bagi anggota baru setiap semester.",
        ],
        "Usaha simpan pinjam:",
        [
            f"menurunkan pinjaman bermasalah dari {percent} pada akhir {f.year} menjadi "
            "di bawah 10% dengan penagihan rutin dan kunjungan ke peminjam yang menunggak;",
            "menyalurkan dana menganggur kepada anggota melalui pinjaman usaha dengan "
            "plafon yang wajar;",
            "meninjau suku jasa simpanan sukarela mengikuti bunga deposito bank.",
        ],
        "Administrasi dan keuangan:",
        [
            "laporan keuangan bulanan kepada pengawas paling lambat tanggal 10 bulan berikutnya;",
            f"Rapat Anggota Tahunan tahun buku {f.year + 1} paling lambat bulan Maret "
            f"{f.year + 2}.",
        ],
    )


def _budget(rows: Sequence[RapbRow]) -> list[RapbRow]:
    """Next year's budget: income 8% and expenses 5% above this year's, rounded up to
    hundreds of thousands of rupiah."""

    def grown(amount: int, percent: int) -> int:
        return -(-amount * (100 + percent) // 10_000_000) * 100_000

    return [
        RapbRow(r.uraian, r.realisasi, grown(r.realisasi, 8 if r.kelompok == "pendapatan" else 5),
                r.kelompok)
        for r in rows
        if r.realisasi > 0
    ]  # fmt: skip
