"""What every financial statement shares with its notes (CaLK): the notes' numbers,
the balance-sheet groups whose heading points to a note, and the signers. Kept apart
from ``notes`` so a statement printed alone loads none of the notes' services (loans,
SHU, savings)."""

from __future__ import annotations

import datetime as dt

from sqlalchemy.orm import Session

from kopdesk.domain.coa import Code
from kopdesk.domain.papers.statements import Signer

__all__ = [
    "GROUP_NOTES",
    "NOTE_ASSETS",
    "NOTE_CASH",
    "NOTE_GENERAL",
    "NOTE_LOANS",
    "NOTE_POLICIES",
    "NOTE_SAVINGS",
    "NOTE_SHU",
    "signers",
]

NOTE_GENERAL, NOTE_POLICIES = "1", "2"
NOTE_CASH, NOTE_LOANS, NOTE_ASSETS, NOTE_SAVINGS, NOTE_SHU = "3", "4", "5", "6", "7"
GROUP_NOTES: dict[str, str] = {
    # the balance-sheet groups whose heading points to a note
    Code.GROUP_KAS_DAN_SETARA_KAS: NOTE_CASH,
    Code.GROUP_PINJAMAN_YANG_DIBERIKAN: NOTE_LOANS,
    Code.GROUP_ASET_TETAP: NOTE_ASSETS,
    Code.GROUP_SIMPANAN_NON_EKUITAS: NOTE_SAVINGS,
    Code.GROUP_SIMPANAN_ANGGOTA: NOTE_SAVINGS,
    Code.GROUP_SISA_HASIL_USAHA: NOTE_SHU,
}


def signers(session: Session, on: dt.date) -> tuple[Signer, ...]:
    """Ketua and Bendahara (pengurus) serving on ``on``; names blank when unknown."""
    from kopdesk.services.members.register import OrganKind, organ_terms  # (the register's
    # module is large; a statement printed alone needs only this one query of it)

    terms = organ_terms(session, on=on)
    out = []
    for kind, label in ((OrganKind.KETUA, "Ketua"), (OrganKind.BENDAHARA, "Bendahara")):
        name = next((t.member_name for t in terms if t.role is kind), "")
        out.append(Signer(label, name))
    return tuple(out)
