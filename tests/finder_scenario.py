"""A small book to find things in (Ctrl+K; services and window tests).

Members A-0001 Siti Aminah, A-0002 Budi Santoso and A-0003 Dedi Aminudin joined on
2 January 2025; each deposited Rp5.000.000 sukarela on 3 January (receipts BS-2025-000001
to 000003); Siti has a Pinjaman Umum of Rp6.000.000 (PJ-2025-0001) disbursed on
3 January (receipt PC-2025-000001); a printed paper is registered as DOK-2026-000001
(the pinned clock says 2026).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from kopdesk.domain.permissions import Actor, Role
from kopdesk.services.ledger.documents import register_document
from kopdesk.services.loans import applications, disbursement
from kopdesk.services.members.register import MemberInput, register_member
from kopdesk.services.savings.counter import deposit
from kopdesk.storage.db import Book

NAMES = ("Siti Aminah", "Budi Santoso", "Dedi Aminudin")
NIKS = ("3273014101800001", "3273010202810002", "3273010303820003")


@dataclass(frozen=True)
class Scenario:
    members: tuple[str, ...]
    receipts: tuple[str, ...]
    entries: tuple[str, ...]
    loan: str
    loan_receipt: str
    document: str


def make_scenario(book: Book, actors: dict[Role, Actor]) -> Scenario:
    bendahara, kasir, ketua = actors[Role.BENDAHARA], actors[Role.KASIR], actors[Role.KETUA]
    members, receipts, entries = [], [], []
    with book.unit_of_work() as s:
        for name, nik in zip(NAMES, NIKS, strict=True):
            data = MemberInput(name, nik, None, dt.date(2025, 1, 2))
            number = register_member(s, bendahara, data).number
            tx = deposit(s, bendahara, member=number, product="sukarela", amount=5_000_000,
                         on=dt.date(2025, 1, 3))  # fmt: skip
            members.append(number)
            receipts.append(tx.number)
            entries.append(tx.entry_number)
        application = applications.LoanApplication(
            members[0], "umum", 6_000_000, 12, dt.date(2025, 1, 3)
        )
        loan = applications.apply(s, kasir, application).number
        applications.approve(s, ketua, loan, dt.date(2025, 1, 3))
        event = disbursement.disburse(s, kasir, loan, dt.date(2025, 1, 3))
        document = register_document(s, bendahara, "laporan", "Neraca saldo per 31-01-2025")
    return Scenario(
        tuple(members), tuple(receipts), tuple(entries), loan, event.number, document.number
    )
