"""A small book worked by hand for the KKPKK and PEARLS tests.

Tahun buku 2025 and 2026, both open; the assessment is of 2026 as of 30 November
2026, so its comparative is 30 November 2025. Every balance below is worked by hand.

2025
- 01-02  Kas 200.000.000 from simpanan lain berkarakteristik ekuitas (3103) 20.000.000,
  cadangan umum (3401) 30.000.000, hibah (3301) 10.000.000, utang bank (2401)
  100.000.000 and titipan (2201) 40.000.000.
- 03-31  jasa pelayanan lain (4105) 12.000.000 received in cash.
- 04-30  gaji (5202) 6.000.000 paid in cash.
- 06-10  loan L1 (umum) 4.000.000, 12 months, never paid: provisi 1% 40.000 (4103),
  administration 25.000 (4102), 3.935.000 paid out.
  SHU 2025 to 30 Nov = 12.000.000 + 65.000 − 6.000.000 = 6.065.000.
  Kas 200.000.000 + 12.000.000 − 6.000.000 − 3.935.000 = 202.065.000;
  total aset 202.065.000 + 4.000.000 = 206.065.000; ekuitas 60.000.000 + 6.065.000
  = 66.065.000; liabilitas 140.000.000.

2026 (to 30 November)
- 02-01  kas → bank tabungan (1112) 50.000.000, deposito ≤ 3 bulan (1113) 40.000.000,
  penyertaan pada koperasi sekunder (1502) 10.000.000, inventaris (1604) 6.000.000.
- 05-31  jasa pelayanan lain (4105) 30.000.000; jasa giro (4901) 5.000.000.
- 06-30  jasa simpanan (5101) 2.000.000, gaji (5202) 10.000.000, RAT (5303) 2.000.000.
- 11-30  PPAP (5201 / 1390) 2.877.500; PPh badan (5990 / 2311) 1.000.000.
- loans L2 3.000.000 on 03-10, L3 2.000.000 on 07-20, L4 11.000.000 on 11-01 (umum,
  12 months, unpaid): provisi 160.000, administration 75.000, 15.765.000 paid out.
  On 30 Nov L1 is 508 days late (macet), L2 234 (diragukan), L3 102 (kurang lancar),
  L4 not yet due (lancar). PPAP wajib = 0,5% × 11.000.000 + 10% × 2.000.000 +
  50% × 3.000.000 + 100% × 4.000.000 = 55.000 + 200.000 + 1.500.000 + 4.000.000
  = 5.755.000.
  Kas 202.065.000 − 106.000.000 + 35.000.000 − 14.000.000 − 15.765.000 = 101.300.000.
  Income 30.000.000 + 5.000.000 + 160.000 + 75.000 = 35.235.000; expenses 2.000.000 +
  10.000.000 + 2.000.000 + 2.877.500 + 1.000.000 = 17.877.500; SHU 17.357.500.
  Total aset 101.300.000 + 50.000.000 + 40.000.000 + 20.000.000 − 2.877.500 +
  10.000.000 + 6.000.000 = 224.422.500; liabilitas 100.000.000 + 40.000.000 +
  1.000.000 = 141.000.000; ekuitas 224.422.500 − 141.000.000 = 83.422.500
  (= 60.000.000 + 6.065.000 + 17.357.500).
"""

from __future__ import annotations

import datetime as dt

from kopdesk.domain.permissions import Actor
from kopdesk.services.ledger import books
from kopdesk.services.loans import applications, disbursement
from kopdesk.services.members import register as members
from kopdesk.services.members.register import MemberInput
from kopdesk.storage.db import Book
from tests.conftest import PostFn

D = dt.date
AS_OF = D(2026, 11, 30)


def _loan(book: Book, kasir: Actor, bendahara: Actor, member: str, amount: int, on: dt.date) -> str:
    with book.unit_of_work() as s:
        number = applications.apply(
            s, kasir, applications.LoanApplication(member, "umum", amount, 12, on)
        ).number
        applications.approve(s, bendahara, number, on)
        disbursement.disburse(s, kasir, number, on)
    return number


def build(book: Book, post: PostFn, admin: Actor, bendahara: Actor, kasir: Actor) -> None:
    data = MemberInput(
        full_name="Siti Aminah", nik="3273011708850001", birth_date=D(1985, 8, 17), sex="P",
        join_date=D(2024, 6, 1),
    )  # fmt: skip
    with book.unit_of_work() as s:
        siti = members.register_member(s, bendahara, data).number
        books.open_fiscal_year(s, admin, 2026)
    post(
        "2025-01-02",
        [
            ("1101", 200_000_000),
            ("3103", -20_000_000),
            ("3401", -30_000_000),
            ("3301", -10_000_000),
            ("2401", -100_000_000),
            ("2201", -40_000_000),
        ],
    )
    post("2025-03-31", [("1101", 12_000_000), ("4105", -12_000_000)])
    post("2025-04-30", [("5202", 6_000_000), ("1101", -6_000_000)])
    _loan(book, kasir, bendahara, siti, 4_000_000, D(2025, 6, 10))
    post(
        "2026-02-01",
        [
            ("1112", 50_000_000),
            ("1113", 40_000_000),
            ("1502", 10_000_000),
            ("1604", 6_000_000),
            ("1101", -106_000_000),
        ],
    )
    post("2026-05-31", [("1101", 35_000_000), ("4105", -30_000_000), ("4901", -5_000_000)])
    post(
        "2026-06-30",
        [("5101", 2_000_000), ("5202", 10_000_000), ("5303", 2_000_000), ("1101", -14_000_000)],
    )
    _loan(book, kasir, bendahara, siti, 3_000_000, D(2026, 3, 10))
    _loan(book, kasir, bendahara, siti, 2_000_000, D(2026, 7, 20))
    _loan(book, kasir, bendahara, siti, 11_000_000, D(2026, 11, 1))
    post("2026-11-30", [("5201", 2_877_500), ("1390", -2_877_500), ("5990", 1_000_000),
                        ("2311", -1_000_000)])  # fmt: skip
