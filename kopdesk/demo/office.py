"""The demo office: its fixed assets, the bank, and the income and expenses that are
not savings or loans — salaries, electricity, the bank loan, rent received,
the payment counter's commission, the deposito, the RAT's costs, taxes.

Every month :class:`OfficeDemo` puts its entries on the agenda; each goes through
the journal or the asset service as a treasurer's would. Cash in the drawer
(1101) never runs short: when it falls low the treasurer fetches money from the
bank, and what is above what the counter needs goes back to the bank.

The office stands on land a founder gave (hibah, 3301); the building and the
older office equipment are carried in from the old books against 3901 with the
depreciation booked then. The ground floor is let to a shop (rent paid a year
ahead, 2303, recognised monthly). Amounts in rupiah.
"""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Sequence
from dataclasses import dataclass, field
from decimal import Decimal

from sqlalchemy.orm import Session

from kopdesk.demo.agenda import Agenda, Phase
from kopdesk.demo.members import DemoMember, share
from kopdesk.domain.assets import last_day
from kopdesk.domain.coa import Code
from kopdesk.domain.money import format_rupiah
from kopdesk.domain.permissions import Actor
from kopdesk.services.assets import depreciation
from kopdesk.services.assets import register as assets
from kopdesk.services.ledger import accounts, journal
from kopdesk.services.ledger.journal import EntryInput, LineInput

LAND_GRANT = 150_000_000
"""The land's value, given by a founder (hibah): the opening entry credits 3301 with it."""

BANK_LOAN = 120_000_000
"""The bank loan the full demo's koperasi still owes when its books move to kopdesk."""


def opening_balances(part: float) -> list[tuple[str, int]]:
    """The opening balances other than the members' savings and the fixed assets
    (carried in against 3901) for a book ``part`` the full demo's size; bank (1112)
    balances them. The loans still running then are paid out again in the first
    January (demo loans)."""
    return [
        (Code.KAS, 45_000_000),
        (Code.UTANG_BANK, -int(BANK_LOAN * part) // 1_000_000 * 1_000_000),
        (Code.MODAL_PENYERTAAN, -25_000_000),
        (Code.HIBAH_DONASI, -LAND_GRANT),
        (Code.CADANGAN_UMUM, -57_900_000),
    ]


CASH = Code.KAS
GIRO = Code.BANK_GIRO
BANK = Code.BANK_TABUNGAN
DEPOSIT = Code.DEPOSITO_BANK_3_BULAN
TELLER_RESERVE = 20_000_000
"""Cash the teller keeps for the day: a bigger payment is made from a bank account."""
CASH_LOW, CASH_HIGH, CASH_TARGET = 40_000_000, 90_000_000, 60_000_000
"""The drawer is refilled from the bank below the first, emptied into it above the
second, each time back to the third."""
KEEP = {Code.BANK_TABUNGAN: 200_000_000, Code.BANK_GIRO: 100_000_000}
"""What stays in each bank account at a month's end; the rest goes to the deposito."""
STEP = 25_000_000
DEPOSIT_RATE = Decimal("0.065")
"""Gross yearly rate of the one-month deposito (the bank withholds 20% final tax)."""
RENT = 42_000_000
"""The first year's rent of the ground floor, paid each February for twelve months."""
HONOR = 800_000
"""Pengurus and pengawas transport allowance a month (3 pengurus, 3 pengawas)."""
SALARIES = 6_500_000


@dataclass(frozen=True)
class DemoAsset:
    """An asset of the demo office; ``acquired`` is (years after the first year, month, day)."""

    code: str
    name: str
    category: str
    acquired: tuple[int, int, int]
    cost: int
    paid_from: str
    life_months: int | None = None
    note: str = ""

    def day(self, first_year: int) -> dt.date:
        years, month, day = self.acquired
        return dt.date(first_year + years, month, day)

    def opening_accumulated(self, first_year: int) -> int:
        """Straight-line depreciation booked in the old books through December before
        the first year (acquisition month counted whole); 0 for land and new assets."""
        if self.paid_from != assets.OPENING_ACCOUNT or self.category == "tanah":
            return 0
        life = self.life_months or 0
        start = self.day(first_year)
        months = (first_year - start.year) * 12 - start.month + 1
        return self.cost * min(months, life) // life


ASSETS = (
    DemoAsset("TNH-001", "Tanah kantor Jl. Cempaka No. 12 (SHM No. 1187, 72 m²)", "tanah",
              (-5, 2, 14), LAND_GRANT, Code.EKUITAS_SALDO_AWAL, 0,
              "Hibah dari H. Sobari, pendiri koperasi (akta hibah No. 27/2019)."),
    DemoAsset("BGN-001", "Gedung kantor dua lantai Jl. Cempaka No. 12", "bangunan",
              (-5, 11, 29), 140_000_000, Code.EKUITAS_SALDO_AWAL, 240,
              "Dibangun 2019; lantai 1 bagian depan disewakan, kantor di lantai 2."),
    DemoAsset("INV-001", "Inventaris kantor lama (meja, kursi, lemari arsip, brankas)",
              "inventaris", (-2, 1, 10), 24_600_000, Code.EKUITAS_SALDO_AWAL, 60,
              "Pindahan dari buku lama."),
    DemoAsset("KND-001", "Sepeda motor Honda Vario 125 untuk penagihan (D 4821 UAK)",
              "kendaraan", (0, 9, 12), 23_650_000, Code.KAS, 96, "Dibeli tunai di dealer."),
    DemoAsset("INV-002", "Komputer PC 2 unit untuk teller dan pembukuan", "inventaris",
              (0, 10, 8), 15_400_000, Code.BANK_TABUNGAN),
    DemoAsset("INV-003", "Printer Epson L3210 dan UPS 650 VA", "inventaris",
              (0, 10, 8), 3_350_000, Code.KAS),
    DemoAsset("INV-004", "Laptop bendahara", "inventaris", (1, 2, 17), 8_900_000,
              Code.BANK_TABUNGAN),
    DemoAsset("INV-005", "Meja layanan anggota dan kursi tunggu", "inventaris",
              (1, 8, 6), 7_250_000, Code.BANK_TABUNGAN, 96),
    DemoAsset("INV-006", "CCTV 4 kamera dengan perekam (DVR)", "inventaris",
              (2, 5, 19), 4_750_000, Code.BANK_TABUNGAN),
)  # fmt: skip


def opening_value(first_year: int) -> int:
    """Book value of the assets carried in against 3901 on the first day."""
    return sum(
        a.cost - a.opening_accumulated(first_year)
        for a in ASSETS
        if a.paid_from == assets.OPENING_ACCOUNT
    )


def rat_day(year: int) -> dt.date:
    """The RAT of tahun buku ``year``: the third Saturday of March the year after."""
    first = dt.date(year + 1, 3, 1)
    return first + dt.timedelta(days=(5 - first.weekday()) % 7 + 14)


@dataclass
class OfficeDemo:
    """Posts the office's own entries, month by month, as the treasurer."""

    session: Session
    actors: dict[str, Actor]
    members: list[DemoMember]
    agenda: Agenda
    rng: random.Random
    entries: int = 0
    deposit: int = 0
    bank_loan: int = 0
    tax_due: dict[str, int] = field(default_factory=dict)
    """PPh 4(2) on savings interest per month, told by the savings demo."""
    _rent: list[int] = field(default_factory=list)
    """Rent received ahead and not yet recognised, one amount a month (oldest first)."""

    @property
    def treasurer(self) -> Actor:
        return self.actors["bendahara"]

    @property
    def first_year(self) -> int:
        return self.agenda.first_day.year

    def scaled(self, amount: int) -> int:
        """A running cost of the full demo's office, for a book of this size (to Rp1.000)."""
        return int(amount * share(self.members)) // 1_000 * 1_000

    # --- helpers ------------------------------------------------------------

    def post_opening(self, held: int) -> None:
        """The opening entry: balances of the old books, the members' savings ``held``
        (posted by the savings import against 3901) and the fixed assets."""
        balances = opening_balances(share(self.members))
        assets_value = opening_value(self.first_year)
        bank = held - sum(amount for _, amount in balances) - assets_value
        assert bank > 0, "the demo's opening balances need a positive bank balance"
        self.post(
            self.agenda.first_day,
            "Saldo awal tahun buku (pindahan dari buku Excel)",
            [*balances, (BANK, bank), (Code.EKUITAS_SALDO_AWAL, assets_value - held)],
        )

    def post(self, day: dt.date, memo: str, lines: Sequence[tuple[str, int]]) -> str:
        """Post a manual entry now (the caller runs on ``day``)."""
        entry = EntryInput(day, memo, [LineInput(code, amount) for code, amount in lines])
        number = journal.post_entry(self.session, entry, actor=self.treasurer).number
        self.entries += 1
        for code, amount in lines:
            if code == Code.UTANG_BANK:
                self.bank_loan -= amount
        return number

    def at(self, day: dt.date, memo: str, lines: Sequence[tuple[str, int]]) -> None:
        """Post a manual entry on ``day`` (nothing when it is after today)."""
        self.agenda.at(day, lambda d: self._post_on(d, memo, lines))

    def _post_on(self, day: dt.date, memo: str, lines: Sequence[tuple[str, int]]) -> None:
        self.post(day, memo, lines)

    def balance(self, code: str, on: dt.date) -> int:
        return accounts.balances_of(self.session, [code], on)[code]

    def pay_from(self, amount: int, day: dt.date) -> str | None:
        """The account to pay ``amount`` out of on ``day``: the drawer for what it can
        spare, else a bank account that holds it, fetching money from the deposito
        into the bank when neither does. None when the koperasi has not the money."""
        held = accounts.balances_of(self.session, (CASH, GIRO, BANK), day)
        if amount + TELLER_RESERVE <= held[CASH]:
            return CASH
        for code in sorted((BANK, GIRO), key=lambda c: -held[c]):
            if held[code] >= amount:
                return code
        need = -(-(amount - held[BANK]) // STEP) * STEP
        if need > self.deposit:
            return None
        self.post(
            day,
            "Pencairan sebagian deposito BPR untuk kebutuhan dana",
            [(BANK, need), (DEPOSIT, -need)],
        )
        self.deposit -= need
        return BANK

    def lendable(self, day: dt.date) -> int:
        """What the koperasi could lend out on ``day`` without running out of money:
        cash, banks and deposito, less a month's reserve for withdrawals."""
        held = accounts.balances_of(self.session, (CASH, GIRO, BANK), day)
        return sum(held.values()) + self.deposit - 2 * TELLER_RESERVE - 30_000_000

    def _register(self, a: DemoAsset, _day: dt.date | None = None) -> None:
        day = a.day(self.first_year)
        opening = a.paid_from == assets.OPENING_ACCOUNT
        assets.register_asset(
            self.session,
            self.treasurer,
            assets.AssetInput(
                code=a.code,
                name=a.name,
                category=a.category,
                acquired_on=day,
                cost=a.cost,
                life_months=a.life_months,
                paid_from=a.paid_from,
                opening_accumulated=a.opening_accumulated(self.first_year),
                note=a.note,
                posted_on=self.agenda.first_day if opening else None,
            ),
        )

    # --- the opening and the months -----------------------------------------

    def post_opening_assets(self) -> None:
        """Carry the land, the building and the old equipment in (against 3901)."""
        for a in ASSETS:
            if a.paid_from == assets.OPENING_ACCOUNT:
                self._register(a)

    def plan(self, year: int, month: int) -> None:
        """The month's purchases, income and expenses; once the month has ended its
        depreciation, the deposito interest and the deposito top-up."""
        for a in ASSETS:
            day = a.day(self.first_year)
            if a.paid_from != assets.OPENING_ACCOUNT and (day.year, day.month) == (year, month):
                self.agenda.at(day, lambda d, a=a: self._register(a, d))  # type: ignore[misc]
        for count_day in (1, 8, 15, 22):
            self.agenda.at(dt.date(year, month, count_day), self._drawer)
        self._running(year, month)
        self._income(year, month)
        self._expenses(year, month)
        self._taxes(year, month)
        if self.agenda.month_ended(year, month):
            end = last_day(f"{year:04d}-{month:02d}")
            self.agenda.at(end, self._depreciate, Phase.ASSETS_END)
            self.agenda.at(end, self._treasury, Phase.TREASURY)

    def _depreciate(self, day: dt.date) -> None:
        depreciation.post_depreciation(
            self.session, self.treasurer, f"{day:%Y-%m}", today=self.agenda.today
        )

    def _drawer(self, day: dt.date) -> None:
        """Morning cash count: refill the drawer from the bank, or take the surplus there."""
        cash = self.balance(CASH, day)
        if cash < CASH_LOW:
            amount = -(-(CASH_TARGET - cash) // 1_000_000) * 1_000_000
            self.post(
                day, "Pengambilan uang dari bank untuk kas loket", [(CASH, amount), (BANK, -amount)]
            )
        elif cash > CASH_HIGH:
            amount = (cash - CASH_TARGET) // 1_000_000 * 1_000_000
            self.post(day, "Setor kelebihan kas loket ke bank", [(BANK, amount), (CASH, -amount)])

    def _running(self, year: int, month: int) -> None:
        """Salaries, electricity, the bank loan and the current account's interest."""
        label = f"{month:02d}/{year}"
        salaries = self.scaled(SALARIES)
        self.at(
            dt.date(year, month, 27),
            f"Gaji pengelola {label}",
            [(Code.GAJI_HONOR_KARYAWAN, salaries), (CASH, -salaries)],
        )
        listrik = self.scaled(self.rng.randrange(600, 900) * 1_000)
        self.at(
            dt.date(year, month, 3),
            f"Listrik, air dan internet {label}",
            [(Code.LISTRIK_AIR_TELEPON_INTERNET, listrik), (CASH, -listrik)],
        )
        self.agenda.at(dt.date(year, month, 8), lambda d: self._bank_loan(d, label))
        giro = self.rng.randrange(150, 300) * 1_000
        self.at(
            dt.date(year, month, 27),
            f"Jasa giro bank {label}",
            [(BANK, giro), (Code.JASA_GIRO_BUNGA_BANK, -giro)],
        )

    def _bank_loan(self, day: dt.date, label: str) -> None:
        if self.bank_loan <= 0:
            return
        principal = min(2_500_000, self.bank_loan)
        interest = self.bank_loan // 100
        self.post(
            day,
            f"Angsuran utang bank {label}",
            [
                (Code.UTANG_BANK, principal),
                (Code.BUNGA_UTANG_BANK_JASA_MODAL_PENYERTAAN, interest),
                (BANK, -(principal + interest)),
            ],
        )

    def _taxes(self, year: int, month: int) -> None:
        """The savings interest's PPh 4(2) of last month, paid by the 10th."""
        before = f"{year:04d}-{month - 1:02d}" if month > 1 else f"{year - 1:04d}-12"
        self.agenda.at(dt.date(year, month, 10), lambda d: self._pay_tax(d, before))

    def _pay_tax(self, day: dt.date, month: str) -> None:
        tax = self.tax_due.pop(month, 0)
        if tax:
            self.post(
                day,
                f"Setor PPh Pasal 4(2) jasa simpanan masa {month[5:]}/{month[:4]}",
                [(Code.UTANG_PPH_PASAL_4_BUNGA_SIMPANAN, tax), (BANK, -tax)],
            )

    def _income(self, year: int, month: int) -> None:
        label = f"{month:02d}/{year}"
        if month == 2:
            amount = RENT + (year - self.first_year) * 2_100_000
            self.agenda.at(dt.date(year, 2, 1), lambda d: self._rent_received(d, amount))
        end = last_day(f"{year:04d}-{month:02d}")
        if self.agenda.month_ended(year, month):
            self.agenda.at(end, lambda d: self._rent_earned(d, label), Phase.ASSETS_END)
        fee = self.rng.randrange(380, 620) * 1_000
        self.at(
            dt.date(year, month, 27),
            f"Komisi loket pembayaran PPOB (listrik, air, BPJS) {label}",
            [(BANK, fee), (Code.JASA_PELAYANAN_LAIN, -fee)],
        )

    def _rent_received(self, day: dt.date, amount: int) -> None:
        self.post(
            day,
            f"Sewa lantai 1 gedung kantor Februari {day.year} - Januari {day.year + 1} "
            "dari Toko Sinar Jaya (dibayar setahun di muka)",
            [(BANK, amount), (Code.PENDAPATAN_DITERIMA_DIMUKA, -amount)],
        )
        self._rent += [amount // 12] * 11 + [amount - amount // 12 * 11]

    def _rent_earned(self, day: dt.date, label: str) -> None:
        if self._rent:
            part = self._rent.pop(0)
            self.post(
                day,
                f"Pendapatan sewa lantai 1 bulan {label}",
                [(Code.PENDAPATAN_DITERIMA_DIMUKA, part), (Code.PENDAPATAN_SEWA, -part)],
            )

    def _expenses(self, year: int, month: int) -> None:
        label = f"{month:02d}/{year}"
        rng = self.rng
        self.at(
            dt.date(year, month, 25),
            f"Honor (uang transport) pengurus dan pengawas {label}",
            [(Code.HONOR_PENGURUS_DAN_PENGAWAS, self.scaled(HONOR)), (BANK, -self.scaled(HONOR))],
        )
        if (year, month) != (self.first_year, 3):  # March's ATK is the corrected entry
            atk = rng.randrange(10, 26) * 10_000
            self.at(
                dt.date(year, month, 9),
                f"Alat tulis kantor dan fotokopi {label}",
                [(Code.PERLENGKAPAN_DAN_ALAT_TULIS, atk), (CASH, -atk)],
            )
        k = year - self.first_year
        if month == 3 and year > self.first_year:
            cost = 3_500_000 + k * 400_000 + rng.randrange(0, 5) * 50_000
            self.at(
                rat_day(year - 1),
                f"Biaya RAT tahun buku {year - 1}: konsumsi, sewa tenda dan kursi, "
                "cetak buku laporan",
                [(Code.RAPAT_ANGGOTA_RAT, cost), (BANK, -cost)],
            )
        if month == 4:
            self.at(
                dt.date(year, 4, 15),
                f"Iuran Dekopinda Kota Bandung tahun {year}",
                [(Code.IURAN_GERAKAN_KOPERASI, 250_000), (CASH, -250_000)],
            )
        if month == 8:
            pbb = 385_000 + k * 17_000
            self.at(
                dt.date(year, 8, 20),
                f"PBB {year} tanah dan gedung kantor",
                [(Code.PAJAK_DAN_RETRIBUSI, pbb), (BANK, -pbb)],
            )
        if month == 10:
            self.agenda.at(dt.date(year, 10, 16), self._training)
        if (year, month) == (self.first_year + 1, 7):
            self.at(
                dt.date(year, 7, 14),
                "Perbaikan talang dan pengecatan ulang gedung kantor",
                [(Code.PEMELIHARAAN, 3_850_000), (BANK, -3_850_000)],
            )
        motor = next(a for a in ASSETS if a.category == "kendaraan").day(self.first_year)
        if (year, month) > (motor.year, motor.month) and month in (1, 5, 9):
            service = rng.randrange(25, 40) * 10_000
            self.at(
                dt.date(year, month, 18),
                "Servis berkala sepeda motor penagihan",
                [(Code.PEMELIHARAAN, service), (CASH, -service)],
            )
        self._condolences(year, month)

    def _training(self, day: dt.date) -> None:
        """Training for pengurus and staff, paid from the dana pendidikan as far as it goes."""
        cost = 1_500_000
        fund = min(-self.balance(Code.DANA_PENDIDIKAN, day), cost)
        lines = [(Code.DANA_PENDIDIKAN, fund)] if fund > 0 else []
        if cost - max(fund, 0):
            lines.append((Code.PENDIDIKAN_DAN_PELATIHAN_PERKOPERASIAN, cost - max(fund, 0)))
        self.post(
            day,
            "Pelatihan manajemen KSP untuk pengurus dan karyawan (Dinas KUMKM Kota Bandung)",
            [*lines, (BANK, -cost)],
        )

    def _condolences(self, year: int, month: int) -> None:
        """A member who died: the family gets a santunan from the dana sosial."""
        for m in self.members:
            if not m.died or m.left is None or (m.left.year, m.left.month) != (year, month):
                continue
            day = min(m.left + dt.timedelta(days=2), last_day(f"{year:04d}-{month:02d}"))
            self.agenda.at(day, lambda d, m=m: self._santunan(d, m))  # type: ignore[misc]

    def _santunan(self, day: dt.date, member: DemoMember) -> None:
        if -self.balance(Code.DANA_SOSIAL, day) >= 500_000:
            self.post(
                day,
                f"Santunan duka keluarga anggota {member.number} dari dana sosial",
                [(Code.DANA_SOSIAL, 500_000), (CASH, -500_000)],
            )

    def _treasury(self, end: dt.date) -> None:
        """The month's deposito interest, then idle bank money placed (or taken back)."""
        label = f"{end.month:02d}/{end.year}"
        if self.deposit:
            gross = int(self.deposit * DEPOSIT_RATE / 12)
            net = gross - gross // 5
            self.post(
                end,
                f"Bunga deposito BPR {label} ({format_rupiah(gross)} dipotong PPh final 20%)",
                [(BANK, net), (Code.JASA_GIRO_BUNGA_BANK, -net)],
            )
        bank = self.balance(BANK, end)
        if bank < KEEP[BANK] and self.deposit:
            back = min(-(-(KEEP[BANK] - bank) // STEP) * STEP, self.deposit)
            self.post(end, "Pencairan sebagian deposito BPR", [(BANK, back), (DEPOSIT, -back)])
            self.deposit -= back
        for code, keep in KEEP.items():
            spare = (self.balance(code, end) - keep) // STEP * STEP
            if spare > 0:
                self.post(
                    end,
                    "Penempatan deposito BPR 1 bulan (ARO) dari dana menganggur",
                    [(DEPOSIT, spare), (code, -spare)],
                )
                self.deposit += spare
