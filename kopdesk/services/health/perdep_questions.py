"""The Manajemen questionnaire of Perdep 06/2016 (KSP/USP): yes/no questions in five
parts, each part weight 3, a "ya" worth the part's factor (KOPERASI.md §5.3 row 3:
umum 12 × 0.25, kelembagaan 6 × 0.5, permodalan 5 × 0.6, aktiva 10 × 0.3,
likuiditas 5 × 0.6).

The wording follows the usual Perdep / Permen 14/2009 worksheet as best known here; it
was not checked against the Perdep's own lampiran ([U]). The keys (``perdep.umum.1`` …)
are stable: stored answers and the CLI's answer files use them.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

__all__ = ["PARTS", "Part", "question_keys", "questions"]


@dataclass(frozen=True)
class Part:
    key: str
    name: str
    factor: Decimal
    questions: tuple[str, ...]

    @property
    def keys(self) -> tuple[str, ...]:
        return tuple(f"perdep.{self.key}.{n}" for n in range(1, len(self.questions) + 1))

    @property
    def weight(self) -> Decimal:
        return self.factor * len(self.questions)


PARTS: tuple[Part, ...] = (
    Part("umum", "Manajemen umum", Decimal("0.25"), (
        "Apakah koperasi memiliki visi, misi dan tujuan yang jelas?",
        "Apakah koperasi memiliki rencana kerja jangka panjang minimal tiga tahun ke depan "
        "dan dijadikan acuan?",
        "Apakah koperasi memiliki rencana kerja tahunan yang dijadikan dasar kegiatan usaha?",
        "Apakah koperasi memiliki kebijakan tertulis tentang pengelolaan simpan pinjam?",
        "Apakah pengurus dan pengelola berkomitmen menjalankan rencana kerja dan anggaran?",
        "Apakah pengurus dan pengawas telah mengikuti pelatihan perkoperasian atau simpan "
        "pinjam?",
        "Apakah ada pemisahan tugas yang jelas antara pengurus dan pengelola?",
        "Apakah pengelola memiliki latar belakang pendidikan atau pengalaman di bidang "
        "keuangan atau simpan pinjam?",
        "Apakah pengurus, pengawas dan pengelola mengadakan rapat secara berkala?",
        "Apakah Rapat Anggota Tahunan diselenggarakan tepat waktu?",
        "Apakah laporan keuangan disusun dan disampaikan tepat waktu?",
        "Apakah koperasi memiliki sistem informasi manajemen yang memadai?",
    )),
    Part("kelembagaan", "Manajemen kelembagaan", Decimal("0.5"), (
        "Apakah koperasi memiliki bagan organisasi yang jelas?",
        "Apakah bagan organisasi dilengkapi uraian tugas setiap jabatan?",
        "Apakah koperasi memiliki Standar Operasional Prosedur (SOP) dan Standar "
        "Operasional Manajemen (SOM) simpan pinjam?",
        "Apakah pengawasan internal berjalan dan hasilnya dilaporkan?",
        "Apakah pencatatan dan pelaporan dilakukan secara tertib dan teratur?",
        "Apakah jumlah dan kemampuan pengelola sesuai dengan kebutuhan usaha?",
    )),
    Part("permodalan", "Manajemen permodalan", Decimal("0.6"), (
        "Apakah pertumbuhan modal sendiri sama atau lebih besar dari pertumbuhan aset?",
        "Apakah modal sendiri yang berasal dari anggota tumbuh sekurang-kurangnya 10% "
        "dibanding tahun sebelumnya?",
        "Apakah penyisihan cadangan dari SHU sama atau lebih besar dari seperempat SHU "
        "tahun berjalan?",
        "Apakah simpanan anggota (sukarela dan berjangka) tumbuh sekurang-kurangnya 10% "
        "dibanding tahun sebelumnya?",
        "Apakah aset tetap dan inventaris dibiayai dari modal sendiri?",
    )),
    Part("aktiva", "Manajemen aktiva", Decimal("0.3"), (
        "Apakah pinjaman lancar sekurang-kurangnya 90% dari pinjaman yang diberikan?",
        "Apakah setiap pinjaman didukung agunan yang nilainya sama atau lebih besar dari "
        "pinjamannya?",
        "Apakah penyisihan penghapusan pinjaman sama atau lebih besar dari pinjaman macet?",
        "Apakah pinjaman macet tahun lalu tertagih sekurang-kurangnya sepertiganya?",
        "Apakah setiap pinjaman diputuskan setelah analisis kelayakan yang tertulis?",
        "Apakah ada kebijakan tertulis tentang penghapusan pinjaman macet?",
        "Apakah ada kebijakan tertulis tentang pinjaman kepada pengurus, pengawas dan "
        "pengelola?",
        "Apakah pinjaman kepada satu anggota tidak melebihi batas maksimum pemberian "
        "pinjaman?",
        "Apakah tunggakan pinjaman dipantau dan ditagih secara teratur?",
        "Apakah pinjaman yang diberikan sesuai dengan rencana dan kemampuan dana koperasi?",
    )),
    Part("likuiditas", "Manajemen likuiditas", Decimal("0.6"), (
        "Apakah ada kebijakan tertulis tentang pengendalian likuiditas?",
        "Apakah koperasi memiliki fasilitas pembiayaan dari lembaga lain untuk menjaga "
        "likuiditas?",
        "Apakah ada pencatatan simpanan dan kewajiban yang akan jatuh tempo?",
        "Apakah kebijakan pemberian pinjaman memperhatikan dana yang tersedia?",
        "Apakah ada laporan posisi kas harian yang dipantau pengurus?",
    )),
)  # fmt: skip
"""The five parts in worksheet order; each part's weight is 3."""


def question_keys() -> tuple[str, ...]:
    """Every question key of the questionnaire, in worksheet order."""
    return tuple(key for part in PARTS for key in part.keys)


def questions() -> dict[str, str]:
    """Every question by key, in worksheet order."""
    return {
        key: text for part in PARTS for key, text in zip(part.keys, part.questions, strict=True)
    }
