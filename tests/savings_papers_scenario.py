"""A small savings history for the savings papers' tests (services, reports, CLI).

Two members, counter transactions in January–March 2025, written through the
savings services as the kasir. The expected figures in the tests are worked
out by hand from this list, not taken from the code under test:

====  ==========  ===========================================  ===========
 #    date        what                                         receipt
====  ==========  ===========================================  ===========
 1    2025-01-10  Siti sukarela setor 500.000                  BS-...01
 2    2025-01-15  Budi berjangka setor 1.000.000 (12 bulan)    BS-...02
 3    2025-01-20  Siti wajib setor 50.000                      BS-...03
 4    2025-02-05  Siti sukarela setor 250.000                  BS-...04
 5    2025-02-10  Siti sukarela tarik 100.000                  BP-...01
 6    2025-02-10  Budi sukarela setor 2.000.000                BS-...05
 7    2025-02-10  Budi berjangka tarik 1.000.000, denda 1 %    BP-...02
 8    2025-03-01  Siti sukarela setor 1.000.000                BS-...06
====  ==========  ===========================================  ===========
"""

from __future__ import annotations

import datetime as dt

from kopdesk.domain.permissions import Actor
from kopdesk.services.members import register as members
from kopdesk.services.members.register import MemberInput
from kopdesk.services.savings import counter as savings_counter
from kopdesk.storage.db import Book

D = dt.date.fromisoformat

SITI = MemberInput(
    full_name="Siti Aminah",
    nik="3273015504900002",
    birth_date=None,
    join_date=D("2020-02-01"),
)
BUDI = MemberInput(
    full_name="Budi Santoso",
    nik="3171011708450001",
    birth_date=None,
    join_date=D("2019-07-01"),
)


def build_history(book: Book, kasir: Actor, registrar: Actor) -> dict[str, str]:
    """Write the history above; returns receipt numbers by short name."""
    out: dict[str, str] = {}
    with book.unit_of_work() as s:
        members.register_member(s, registrar, SITI)  # A-0001
        members.register_member(s, registrar, BUDI)  # A-0002

    def dep(key: str, member: str, product: str, amount: int, day: str) -> None:
        with book.unit_of_work() as s:
            tx = savings_counter.deposit(
                s, kasir, member=member, product=product, amount=amount, on=D(day)
            )
        out[key] = tx.number

    def wd(key: str, member: str, product: str, amount: int, day: str) -> None:
        with book.unit_of_work() as s:
            tx = savings_counter.withdraw(
                s, kasir, member=member, product=product, amount=amount, on=D(day)
            )
        out[key] = tx.number

    dep("siti_1", "A-0001", "sukarela", 500_000, "2025-01-10")
    dep("budi_sb", "A-0002", "berjangka", 1_000_000, "2025-01-15")
    dep("siti_wajib", "A-0001", "wajib", 50_000, "2025-01-20")
    dep("siti_2", "A-0001", "sukarela", 250_000, "2025-02-05")
    wd("siti_tarik", "A-0001", "sukarela", 100_000, "2025-02-10")
    dep("budi_1", "A-0002", "sukarela", 2_000_000, "2025-02-10")
    wd("budi_cair", "A-0002", "berjangka", 1_000_000, "2025-02-10")
    dep("siti_3", "A-0001", "sukarela", 1_000_000, "2025-03-01")
    return out
