"""Three members for the wajib arrears and PPh 4(2) lists (services and CLI tests).

All joined on 2 January 2025; simpanan wajib is Rp50.000 a month, sukarela
earns 3 % a year on the month's lowest balance. Worked by hand:

=========  ==============  ============  =======================================
member     sukarela        wajib paid    February 2025
=========  ==============  ============  =======================================
A-0001     100.000.000     100.000       jasa 100.000.000 × 3 % / 12 = 250.000,
Haji                                     above 240.000 → PPh 10 % = 25.000, net
Rahmat                                   225.000; wajib Jan–Feb 100.000 due, paid
A-0002     2.000.000       0             jasa 5.000, no tax; wajib 100.000 behind
Ani                                      (2 months)
A-0003     96.000.000      150.000       jasa exactly 240.000 → 0 %; wajib 50.000
Sri                                      paid ahead
=========  ==============  ============  =======================================

Month-end is run for February 2025 only (January is not processed, so no
January interest raises the February balances).
"""

from __future__ import annotations

import datetime as dt

from kopdesk.domain.permissions import Actor
from kopdesk.services.members import register as members
from kopdesk.services.members.register import MemberInput
from kopdesk.services.savings import counter, routine
from kopdesk.storage.db import Book

D = dt.date.fromisoformat
TODAY = D("2026-01-15")
NPWP = "013000666091000"
"""Haji Rahmat's NPWP (15 digits); printed ``01.300.066.6-091.000``."""


def _member(name: str, serial: int, npwp: str = "") -> MemberInput:
    return MemberInput(
        full_name=name, nik=f"327301170885{serial:04d}", birth_date=D("1985-08-17"), sex="L",
        join_date=D("2025-01-02"), npwp=npwp,
    )  # fmt: skip


def build_lists(book: Book, kasir: Actor, bendahara: Actor) -> None:
    """Register the three members, write their savings, run February's month-end."""
    with book.unit_of_work() as s:
        for data in (
            _member("Haji Rahmat", 1, NPWP),
            _member("Ani Lestari", 2),
            _member("Sri Wahyuni", 3),
        ):
            members.register_member(s, bendahara, data)

    def dep(member: str, product: str, amount: int) -> None:
        with book.unit_of_work() as s:
            counter.deposit(s, kasir, member=member, product=product, amount=amount,
                            on=D("2025-01-02"))  # fmt: skip

    dep("A-0001", "sukarela", 100_000_000)
    dep("A-0002", "sukarela", 2_000_000)
    dep("A-0003", "sukarela", 96_000_000)
    dep("A-0001", "wajib", 100_000)
    dep("A-0003", "wajib", 150_000)
    with book.unit_of_work() as s:
        routine.run_month_end(s, bendahara, "2025-02", today=TODAY)
