"""The qualitative checklists of the KKPKK (Permenkop 9/2020 + Juknis Deputi
Perkoperasian 15/2021, KOPERASI.md §5.4), as data.

What is from the sources and what is kopdesk's reading:

- **From the sources** [C]: the aspects and the indicators named here — Tata Kelola's
  Prinsip Koperasi with its seven indicators, Kelembagaan with its five (legalitas
  badan hukum, izin usaha simpan pinjam, anggaran dasar, keanggotaan, kelengkapan
  organisasi) and Manajemen Koperasi with its five (umum, kelembagaan, permodalan,
  aset, likuiditas) — are the rows of the Dinas "Format Penilaian Kesehatan 2022"
  ([format-2022]) and the Juknis as quoted in [flip-p31], [flip-fxhrv-p42]; Profil
  Risiko's Kualitas Penerapan Manajemen Risiko (KPMR) per risk (kredit, operasional,
  kepatuhan, likuiditas, strategik) and Permodalan's "kecukupan pengelolaan
  permodalan" are named in [format-2022], [flip-p56], [flip-p57], [Yudhi-slide]. Each
  item is answered terpenuhi (ya) or tidak terpenuhi (tidak) [C].
- **kopdesk's reading** [U]: the question texts themselves and how many there are.
  The Juknis has 30 questions for Kelembagaan alone and its full question list was not
  retrieved, so every indicator here has two to four short questions written from
  UU 25/1992, the Juknis' indicator names and ordinary supervisory practice. Their keys
  are stable (stored answers are keyed by them): change a text freely, never a key.

An indicator's ratio is the share of "ya" answers; an unanswered question counts as
"tidak" (the examiner must see it met).
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

__all__ = [
    "KKPKK_CHECKLISTS",
    "KKPKK_QUESTIONS",
    "Aspect",
    "Checklist",
    "Question",
]


class Aspect(StrEnum):
    TATA_KELOLA = "Tata Kelola"
    PROFIL_RISIKO = "Profil Risiko"
    KINERJA_KEUANGAN = "Kinerja Keuangan"
    PERMODALAN = "Permodalan"


@dataclass(frozen=True)
class Question:
    key: str
    """Stable: ``kkpkk.<aspek>.<bagian>.<indikator>.<nomor>``."""
    text: str
    indicator: str
    """The key of its checklist (:attr:`Checklist.key`)."""
    aspect: Aspect


@dataclass(frozen=True)
class Checklist:
    """One qualitative indicator: its questions, answered ya/tidak."""

    aspect: Aspect
    key: str
    name: str
    questions: tuple[Question, ...]


def _checklist(aspect: Aspect, key: str, name: str, *texts: str) -> Checklist:
    questions = tuple(
        Question(f"{key}.{n}", text, key, aspect) for n, text in enumerate(texts, start=1)
    )
    return Checklist(aspect, key, name, questions)


_TK, _PR, _PM = Aspect.TATA_KELOLA, Aspect.PROFIL_RISIKO, Aspect.PERMODALAN

_PRINSIP = (
    _checklist(_TK, "kkpkk.tata_kelola.prinsip.1", "Keanggotaan bersifat sukarela dan terbuka",
        "Anggaran dasar membuka keanggotaan bagi setiap orang yang memenuhi syarat, tanpa "
        "diskriminasi.",
        "Anggota yang ingin keluar dapat keluar menurut aturan anggaran dasar."),
    _checklist(_TK, "kkpkk.tata_kelola.prinsip.2", "Pengelolaan dilakukan secara demokratis",
        "Rapat Anggota Tahunan tahun buku yang dinilai sudah diselenggarakan.",
        "Pengurus dan pengawas dipilih oleh dan dari anggota dalam rapat anggota."),
    _checklist(_TK, "kkpkk.tata_kelola.prinsip.3",
        "Pembagian SHU secara adil sebanding dengan jasa usaha anggota",
        "SHU bagian anggota dibagi menurut jasa usaha (partisipasi) masing-masing anggota.",
        "Pembagian SHU tahun lalu disahkan oleh rapat anggota."),
    _checklist(_TK, "kkpkk.tata_kelola.prinsip.4",
        "Pemberian balas jasa yang terbatas terhadap modal",
        "Jasa atas modal/simpanan ditetapkan terbatas dan disahkan rapat anggota.",
        "Balas jasa modal tidak melebihi suku bunga wajar yang berlaku."),
    _checklist(_TK, "kkpkk.tata_kelola.prinsip.5", "Kemandirian",
        "Koperasi membiayai kegiatannya terutama dari modal sendiri dan simpanan anggota.",
        "Keputusan usaha diambil oleh perangkat organisasi koperasi tanpa campur tangan "
        "pihak luar."),
    _checklist(_TK, "kkpkk.tata_kelola.prinsip.6", "Pendidikan perkoperasian",
        "Ada anggaran dan kegiatan pendidikan perkoperasian bagi anggota dalam tahun buku.",
        "Pengurus, pengawas atau pengelola mengikuti pelatihan dalam tahun buku."),
    _checklist(_TK, "kkpkk.tata_kelola.prinsip.7", "Kerja sama antarkoperasi",
        "Koperasi menjadi anggota koperasi sekunder atau bekerja sama dengan koperasi lain.",
        "Kerja sama antarkoperasi dituangkan dalam perjanjian tertulis."),
)  # fmt: skip

_KELEMBAGAAN = (
    _checklist(_TK, "kkpkk.tata_kelola.kelembagaan.1", "Legalitas badan hukum koperasi",
        "Koperasi memiliki akta pendirian yang disahkan sebagai badan hukum.",
        "Koperasi memiliki Nomor Induk Koperasi (NIK) yang masih berlaku.",
        "Alamat kantor sesuai dengan yang tercatat pada badan hukum."),
    _checklist(_TK, "kkpkk.tata_kelola.kelembagaan.2", "Izin usaha simpan pinjam",
        "Koperasi memiliki izin usaha simpan pinjam (OSS) yang masih berlaku.",
        "Kegiatan simpan pinjam hanya melayani anggota dan koperasi lain (close loop).",
        "Kantor cabang/pelayanan, bila ada, memiliki izin."),
    _checklist(_TK, "kkpkk.tata_kelola.kelembagaan.3", "Anggaran dasar",
        "Anggaran dasar telah disesuaikan dengan peraturan perundang-undangan yang berlaku.",
        "Perubahan anggaran dasar, bila ada, telah disahkan/diberitahukan kepada Menteri.",
        "Koperasi memiliki anggaran rumah tangga dan peraturan khusus simpan pinjam."),
    _checklist(_TK, "kkpkk.tata_kelola.kelembagaan.4", "Keanggotaan",
        "Daftar anggota lengkap dan diperbarui (masuk dan keluar) sampai akhir tahun buku.",
        "Setiap anggota telah melunasi simpanan pokok.",
        "Anggota membayar simpanan wajib secara teratur."),
    _checklist(_TK, "kkpkk.tata_kelola.kelembagaan.5", "Kelengkapan organisasi",
        "Koperasi memiliki pengurus dan pengawas yang masa jabatannya masih berlaku.",
        "Koperasi memiliki pengelola/karyawan dengan uraian tugas tertulis.",
        "Struktur organisasi tertulis dan disahkan pengurus."),
)  # fmt: skip

_MANAJEMEN = (
    _checklist(_TK, "kkpkk.tata_kelola.manajemen.1", "Manajemen umum",
        "Koperasi memiliki rencana kerja dan RAPB yang disahkan rapat anggota.",
        "Pengurus dan pengawas rapat secara berkala dan menyimpan notulennya.",
        "Pembukuan dikerjakan tertib dan laporan keuangan disusun tepat waktu."),
    _checklist(_TK, "kkpkk.tata_kelola.manajemen.2", "Manajemen kelembagaan",
        "Ada standar operasional prosedur (SOP) simpan pinjam yang tertulis.",
        "Pembagian tugas pengurus, pengawas dan pengelola jelas dan tertulis.",
        "Pengawas memeriksa dan melaporkan hasil pengawasan kepada rapat anggota."),
    _checklist(_TK, "kkpkk.tata_kelola.manajemen.3", "Manajemen permodalan",
        "Modal sendiri tumbuh dari simpanan wajib dan penyisihan cadangan setiap tahun.",
        "Penyisihan cadangan dari SHU dilakukan sesuai anggaran dasar.",
        "Pinjaman dari pihak luar dibatasi dan disetujui rapat anggota."),
    _checklist(_TK, "kkpkk.tata_kelola.manajemen.4", "Manajemen aset",
        "Setiap pinjaman diberikan sesudah analisis kelayakan dan dengan persetujuan tertulis.",
        "Pinjaman bermasalah ditagih dan dipantau kolektibilitasnya setiap bulan.",
        "Aset tetap dicatat dalam buku inventaris dan disusutkan."),
    _checklist(_TK, "kkpkk.tata_kelola.manajemen.5", "Manajemen likuiditas",
        "Ada kebijakan tertulis tentang batas kas dan likuiditas.",
        "Kas dan saldo bank direkonsiliasi serta diperiksa (kas opname) secara berkala.",
        "Penarikan simpanan anggota selalu dapat dilayani tepat waktu."),
)  # fmt: skip

_KPMR = (
    _checklist(_PR, "kkpkk.profil_risiko.kpmr.1", "KPMR risiko pinjaman",
        "Ada kebijakan dan prosedur tertulis pemberian pinjaman, termasuk batas maksimum "
        "pemberian pinjaman.",
        "Penyisihan penghapusan pinjaman dibentuk menurut kolektibilitas."),
    _checklist(_PR, "kkpkk.profil_risiko.kpmr.2", "KPMR risiko operasional",
        "Ada pemisahan tugas antara yang mencatat, yang memegang kas dan yang menyetujui.",
        "Data pembukuan dicadangkan secara berkala dan dapat dipulihkan."),
    _checklist(_PR, "kkpkk.profil_risiko.kpmr.3", "KPMR risiko kepatuhan",
        "Laporan kepada Dinas/Kementerian disampaikan tepat waktu.",
        "Temuan pemeriksaan sebelumnya telah ditindaklanjuti."),
    _checklist(_PR, "kkpkk.profil_risiko.kpmr.4", "KPMR risiko likuiditas",
        "Arus kas masuk dan keluar diproyeksikan dan dipantau.",
        "Ada cadangan likuiditas atau fasilitas dari koperasi sekunder/bank."),
    _checklist(_PR, "kkpkk.profil_risiko.kpmr.5", "KPMR risiko strategik",
        "Rencana strategis jangka menengah tertulis dan dievaluasi setiap tahun.",
        "Realisasi rencana kerja dan anggaran dievaluasi dan dilaporkan dalam RAT."),
)  # fmt: skip

_PENGELOLAAN_MODAL = (
    _checklist(_PM, "kkpkk.permodalan.pengelolaan.1", "Kecukupan pengelolaan permodalan",
        "Ada kebijakan tertulis tentang pemupukan modal sendiri.",
        "Rasio ekuitas terhadap aset dipantau dan dilaporkan kepada pengurus secara berkala.",
        "Modal penyertaan, bila ada, dikelola menurut perjanjian yang disahkan rapat anggota.",
        "Rencana penambahan modal tercantum dalam rencana kerja tahunan."),
)  # fmt: skip

KKPKK_CHECKLISTS: tuple[Checklist, ...] = (
    *_PRINSIP,
    *_KELEMBAGAAN,
    *_MANAJEMEN,
    *_KPMR,
    *_PENGELOLAAN_MODAL,
)
"""Every qualitative indicator, in the order of the paper."""

KKPKK_QUESTIONS: tuple[Question, ...] = tuple(q for c in KKPKK_CHECKLISTS for q in c.questions)
"""Every question (the form and the stored answers use these keys)."""
