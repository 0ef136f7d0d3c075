"""The printed registers of the buku administrasi: each register's rows as text for
:mod:`kopdesk.reports.admin_books` (key one of :data:`~.books.REGISTERS`)."""

from __future__ import annotations

from sqlalchemy.orm import Session

from kopdesk.domain import clock
from kopdesk.domain.dates import format_date, format_date_short
from kopdesk.domain.money import format_number
from kopdesk.domain.papers.dinas import RegisterReport
from kopdesk.errors import ValidationError
from kopdesk.services.dinas import minutes, registers
from kopdesk.services.dinas.books import ADMIN_BOOKS, REGISTERS
from kopdesk.services.ledger.books import get_profile

__all__ = ["register_report"]


def _title(key: str) -> str:
    return next(b.title for b in ADMIN_BOOKS if b.key == key).upper()


def _rows(session: Session, key: str) -> tuple[str, tuple[tuple[str, ...], ...]]:
    if key in registers.PEOPLE_KINDS:
        officers = registers.list_officers(session, key)
        return "officers", tuple(
            (str(i), f"{o.name} ({o.member_number})" if o.is_office else o.name, o.position,
             o.sex, o.nik or "-", format_date_short(o.start_date),
             format_date_short(o.end_date) if o.end_date else "masih menjabat")
            for i, o in enumerate(officers, start=1)
        )  # fmt: skip
    if key == "notulen":
        meetings = sorted(minutes.list_meetings(session), key=lambda m: (m.date, m.id))
        return "meetings", tuple(
            (str(i), format_date_short(m.date), minutes.MEETING_KINDS[m.kind], m.title,
             m.summary, ", ".join(f"{f.file_name} ({format_number(f.size)} byte)"
                                  for f in m.files) or "-")
            for i, m in enumerate(meetings, start=1)
        )  # fmt: skip
    notes = sorted(registers.list_notes(session, key), key=lambda n: (n.date, n.id))
    return "notes", tuple(
        (str(i), format_date_short(n.date), n.source, n.text, n.follow_up or "-")
        for i, n in enumerate(notes, start=1)
    )


def register_report(session: Session, key: str) -> RegisterReport:
    """The register ``key`` as it stands today, oldest entry first."""
    if key not in REGISTERS:
        raise ValidationError(
            "number", f"Buku '{key}' tidak dikenal; pilih {', '.join(REGISTERS)}."
        )
    kind, rows = _rows(session, key)
    return RegisterReport(
        get_profile(session).header, kind, _title(key), f"Per {format_date(clock.today())}", rows
    )
