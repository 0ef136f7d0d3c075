"""Indonesian for restoring a book from a backup (issue 14: restore, backups, storage)."""

from __future__ import annotations

ID: dict[str, str] = {
    "kopdesk checks a copy of it: every page, and every entry's fingerprint.": (
        "kopdesk memeriksa salinannya: setiap halaman dan sidik jari setiap jurnal."
    ),
    "Passed: SQLite's complete integrity check, the SHA-256 noted when it was made, and "
    "the hash chains of the journal and the audit trail": (
        "Lulus: pemeriksaan integritas SQLite lengkap, SHA-256 yang dicatat saat cadangan "
        "dibuat, serta rantai sidik jari jurnal dan jejak audit"
    ),
    "Passed: SQLite's complete integrity check and the hash chains of the journal and the "
    "audit trail (no note with the file's SHA-256 beside it)": (
        "Lulus: pemeriksaan integritas SQLite lengkap serta rantai sidik jari jurnal dan jejak "
        "audit (tidak ada catatan berisi SHA-256 berkas ini di sebelahnya)"
    ),
}
