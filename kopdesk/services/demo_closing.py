"""Demo closing: the fixed assets, the rest of a KSP's income and expenses, the
year-end close, the SHU each RAT decides and pays, and the RAT texts.

:func:`kopdesk.services.demo.build_demo` calls :class:`ClosingDemo` month by
month: ``before_month`` closes last year in February and holds the RAT in
March (plan, posting, payment), ``after_month`` posts the month's purchases of
fixed assets, the income and expenses the other demo modules leave out, the
depreciation, and moves idle bank money into a one-month deposito. Everything
goes through the services a treasurer uses (assets, journal, yearend, shu, rat).

The office stands on land a founder gave (hibah, 3301); the building and the
older office equipment are carried in from the old books against 3901 with the
depreciation booked then. The ground floor is let to a shop (rent paid a year
ahead, 2303, recognised monthly); the koperasi also earns the commission of a
payment counter (PPOB) and the interest of its deposito. Amounts in rupiah.
"""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Sequence
from dataclasses import dataclass, field
from decimal import Decimal

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from kopdesk.domain.assets import last_day
from kopdesk.domain.dates import format_date
from kopdesk.domain.money import format_number, format_rupiah
from kopdesk.domain.permissions import Actor
from kopdesk.domain.reportdata import MembershipStats, RapbRow
from kopdesk.models import Account, JournalLine, Loan, Member
from kopdesk.services import assets, journal, loan_quality, rat, shu, yearend
from kopdesk.services.demo_members import DemoMember
from kopdesk.services.demo_savings import SavingsDemo
from kopdesk.services.journal import EntryInput, LineInput

LAND_GRANT = 150_000_000
"""The land's value, given by a founder (hibah): the opening entry credits 3301 with it."""


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
              (-5, 2, 14), LAND_GRANT, "3901", 0,
              "Hibah dari H. Sobari, pendiri koperasi (akta hibah No. 27/2019)."),
    DemoAsset("BGN-001", "Gedung kantor dua lantai Jl. Cempaka No. 12", "bangunan",
              (-5, 11, 29), 140_000_000, "3901", 240,
              "Dibangun 2019; lantai 1 bagian depan disewakan, kantor di lantai 2."),
    DemoAsset("INV-001", "Inventaris kantor lama (meja, kursi, lemari arsip, brankas)",
              "inventaris", (-2, 1, 10), 24_600_000, "3901", 60, "Pindahan dari buku lama."),
    DemoAsset("KND-001", "Sepeda motor Honda Vario 125 untuk penagihan (D 4821 UAK)",
              "kendaraan", (0, 9, 12), 23_650_000, "1101", 96, "Dibeli tunai di dealer."),
    DemoAsset("INV-002", "Komputer PC 2 unit untuk teller dan pembukuan", "inventaris",
              (0, 10, 8), 15_400_000, "1112"),
    DemoAsset("INV-003", "Printer Epson L3210 dan UPS 650 VA", "inventaris",
              (0, 10, 8), 3_350_000, "1101"),
    DemoAsset("INV-004", "Laptop bendahara", "inventaris", (1, 2, 17), 8_900_000, "1112"),
    DemoAsset("INV-005", "Meja layanan anggota dan kursi tunggu", "inventaris",
              (1, 8, 6), 7_250_000, "1112", 96),
    DemoAsset("INV-006", "CCTV 4 kamera dengan perekam (DVR)", "inventaris",
              (2, 5, 19), 4_750_000, "1112"),
)  # fmt: skip

ALLOCATION = {
    "cadangan": Decimal(40),
    "jasa_modal": Decimal(20),
    "jasa_usaha": Decimal(20),
    "dana_pengurus": Decimal(5),
    "dana_karyawan": Decimal(5),
    "dana_pendidikan": Decimal(5),
    "dana_sosial": Decimal(5),
}
"""The AD/ART split of the SHU the demo's RATs decide."""
DEPOSIT = "1113"
KEEP = {"1112": 200_000_000, "1111": 100_000_000}
"""What stays in each bank account at a month's end; the rest goes to the deposito."""
STEP = 25_000_000
DEPOSIT_RATE = Decimal("0.065")
"""Gross yearly rate of the one-month deposito (the bank withholds 20% final tax)."""
RENT = 42_000_000
"""The first year's rent of the ground floor, paid each February for twelve months."""
HONOR = 800_000
"""Pengurus and pengawas transport allowance a month (3 pengurus, 3 pengawas)."""


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


def close_day(year: int) -> dt.date:
    """When the treasurer closes tahun buku ``year``."""
    return dt.date(year + 1, 2, 10)


@dataclass
class ClosingDemo:
    session: Session
    actors: dict[str, Actor]
    members: list[DemoMember]
    first_day: dt.date
    today: dt.date
    savings: SavingsDemo | None = None
    """Told about the SHU credited to sukarela, so the savers' balances stay known."""
    entries: int = 0
    closed: list[int] = field(default_factory=list)
    distributed: list[int] = field(default_factory=list)
    deposit: int = 0
    _rent: list[int] = field(default_factory=list)
    """Rent received ahead and not yet recognised, one amount a month (oldest first)."""
    rng: random.Random = field(init=False)

    def __post_init__(self) -> None:
        self.rng = random.Random(self.first_day.year * 17)  # noqa: S311 - demo figures only

    @property
    def treasurer(self) -> Actor:
        return self.actors["bendahara"]

    @property
    def first_year(self) -> int:
        return self.first_day.year

    @property
    def opening_value(self) -> int:
        return opening_value(self.first_year)

    # --- helpers ------------------------------------------------------------

    def _post(self, day: dt.date, memo: str, lines: Sequence[tuple[str, int]]) -> None:
        if day > self.today:
            return
        entry = EntryInput(day, memo, [LineInput(code, amount) for code, amount in lines])
        journal.post_entry(self.session, entry, actor=self.treasurer)
        self.entries += 1

    def _balance(self, code: str, on: dt.date) -> int:
        return int(
            self.session.execute(
                select(func.coalesce(func.sum(JournalLine.amount), 0))
                .join(Account, Account.id == JournalLine.account_id)
                .where(Account.code == code, JournalLine.date <= on)
            ).scalar_one()
        )

    def _register(self, a: DemoAsset) -> None:
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
                posted_on=self.first_day if opening else None,
            ),
        )

    # --- the months ---------------------------------------------------------

    def post_opening(self) -> None:
        """Carry the land, the building and the old equipment in (against 3901)."""
        for a in ASSETS:
            if a.paid_from == assets.OPENING_ACCOUNT:
                self._register(a)

    def before_month(self, year: int, month: int) -> None:
        """February: close last year. March: the RAT decides and pays last year's SHU
        (before the month's savings, so the month-end interest sees the credits)."""
        last = year - 1
        if last < self.first_year:
            return
        if month == 2 and close_day(last) <= self.today:
            yearend.close_year(self.session, self.treasurer, last, today=close_day(last))
            self.closed.append(last)
        if month == 3 and rat_day(last) <= self.today and last in self.closed:
            self._rat(last)

    def after_month(self, year: int, month: int) -> None:
        """The month's asset purchases, other income and expenses; once the month has
        ended its depreciation, the deposito interest and the deposito top-up."""
        for a in ASSETS:
            day = a.day(self.first_year)
            bought = a.paid_from != assets.OPENING_ACCOUNT
            if bought and (day.year, day.month) == (year, month) and day <= self.today:
                self._register(a)
        self._income(year, month)
        self._expenses(year, month)
        end = last_day(f"{year:04d}-{month:02d}")
        if end < self.today:
            assets.post_depreciation(
                self.session, self.treasurer, f"{year:04d}-{month:02d}", today=self.today
            )
            self._treasury(end)

    def _income(self, year: int, month: int) -> None:
        label = f"{month:02d}/{year}"
        if month == 2:
            amount = RENT + (year - self.first_year) * 2_100_000
            self._post(
                dt.date(year, 2, 1),
                f"Sewa lantai 1 gedung kantor Februari {year} - Januari {year + 1} "
                "dari Toko Sinar Jaya (dibayar setahun di muka)",
                [("1112", amount), ("2303", -amount)],
            )
            if dt.date(year, 2, 1) <= self.today:
                self._rent += [amount // 12] * 12
        end = last_day(f"{year:04d}-{month:02d}")
        if self._rent and end < self.today:
            part = self._rent.pop(0)
            self._post(
                end,
                f"Pendapatan sewa lantai 1 bulan {label}",
                [("2303", part), ("4903", -part)],
            )
        fee = self.rng.randrange(380, 620) * 1_000
        self._post(
            dt.date(year, month, 27),
            f"Komisi loket pembayaran PPOB (listrik, air, BPJS) {label}",
            [("1112", fee), ("4105", -fee)],
        )

    def _expenses(self, year: int, month: int) -> None:
        label = f"{month:02d}/{year}"
        rng = self.rng
        self._post(
            dt.date(year, month, 25),
            f"Honor (uang transport) pengurus dan pengawas {label}",
            [("5304", HONOR), ("1112", -HONOR)],
        )
        if (year, month) != (self.first_year, 3):  # March's ATK is the corrected entry
            atk = rng.randrange(10, 26) * 10_000
            self._post(
                dt.date(year, month, 9),
                f"Alat tulis kantor dan fotokopi {label}",
                [("5203", atk), ("1101", -atk)],
            )
        k = year - self.first_year
        if month == 3:
            cost = 3_500_000 + k * 400_000 + rng.randrange(0, 5) * 50_000
            self._post(
                rat_day(year - 1),
                f"Biaya RAT tahun buku {year - 1}: konsumsi, sewa tenda dan kursi, "
                "cetak buku laporan",
                [("5303", cost), ("1112", -cost)],
            )
        if month == 4:
            self._post(
                dt.date(year, 4, 15),
                f"Iuran Dekopinda Kota Bandung tahun {year}",
                [("5305", 250_000), ("1101", -250_000)],
            )
        if month == 8:
            pbb = 385_000 + k * 17_000
            self._post(
                dt.date(year, 8, 20),
                f"PBB {year} tanah dan gedung kantor",
                [("5210", pbb), ("1112", -pbb)],
            )
        if month == 10:
            self._training(dt.date(year, 10, 16))
        if (year, month) == (self.first_year + 1, 7):
            self._post(
                dt.date(year, 7, 14),
                "Perbaikan talang dan pengecatan ulang gedung kantor",
                [("5207", 3_850_000), ("1112", -3_850_000)],
            )
        motor = next(a for a in ASSETS if a.category == "kendaraan").day(self.first_year)
        if (year, month) > (motor.year, motor.month) and month in (1, 5, 9):
            service = rng.randrange(25, 40) * 10_000
            self._post(
                dt.date(year, month, 18),
                "Servis berkala sepeda motor penagihan",
                [("5207", service), ("1101", -service)],
            )
        self._condolences(year, month)

    def _training(self, day: dt.date) -> None:
        """Training for pengurus and staff, paid from the dana pendidikan as far as it goes."""
        cost = 1_500_000
        fund = min(-self._balance("2325", day), cost)
        lines = [("2325", fund)] if fund > 0 else []
        if cost - max(fund, 0):
            lines.append(("5301", cost - max(fund, 0)))
        self._post(
            day,
            "Pelatihan manajemen KSP untuk pengurus dan karyawan (Dinas KUMKM Kota Bandung)",
            [*lines, ("1112", -cost)],
        )

    def _condolences(self, year: int, month: int) -> None:
        """A member who died: the family gets a santunan from the dana sosial."""
        for m in self.members:
            if not m.died or m.left is None or (m.left.year, m.left.month) != (year, month):
                continue
            day = min(m.left + dt.timedelta(days=2), last_day(f"{year:04d}-{month:02d}"))
            if day <= self.today and -self._balance("2326", day) >= 500_000:
                self._post(
                    day,
                    f"Santunan duka keluarga anggota {m.number} dari dana sosial",
                    [("2326", 500_000), ("1101", -500_000)],
                )

    def _treasury(self, end: dt.date) -> None:
        """The month's deposito interest, then idle bank money placed (or taken back)."""
        label = f"{end.month:02d}/{end.year}"
        if self.deposit:
            gross = int(self.deposit * DEPOSIT_RATE / 12)
            net = gross - gross // 5
            self._post(
                end,
                f"Bunga deposito BPR {label} ({format_rupiah(gross)} dipotong PPh final 20%)",
                [("1112", net), ("4901", -net)],
            )
        bank = self._balance("1112", end)
        if bank < KEEP["1112"] and self.deposit:
            back = min(-(-(KEEP["1112"] - bank) // STEP) * STEP, self.deposit)
            self._post(end, "Pencairan sebagian deposito BPR", [("1112", back), (DEPOSIT, -back)])
            self.deposit -= back
        for code, keep in KEEP.items():
            spare = (self._balance(code, end) - keep) // STEP * STEP
            if spare > 0:
                self._post(
                    end,
                    "Penempatan deposito BPR 1 bulan (ARO) dari dana menganggur",
                    [(DEPOSIT, spare), (code, -spare)],
                )
                self.deposit += spare

    # --- the RAT --------------------------------------------------------------

    def _rat(self, year: int) -> None:
        """The RAT of ``year``: texts and budget, the SHU plan posted, shares paid."""
        on = rat_day(year)
        write_rat_texts(self.session, self.treasurer, year)
        if shu.pool_for(self.session, year) <= 0:
            return  # a loss: nothing to share; the RAT decides how to cover it
        shu.save_plan(
            self.session,
            self.treasurer,
            year,
            shu.PlanInput(
                dict(ALLOCATION),
                "akhir_tahun",
                False,
                "bunga",
                f"Keputusan RAT No. 02/RAT/KSP-SB/III/{year + 1} tanggal {format_date(on)}",
            ),
        )
        result = shu.post(self.session, self.treasurer, year, on)
        self._pay(year, on, result)
        self.distributed.append(year)
        funds = [("2322", result.parts["dana_pengurus"]), ("2324", result.parts["dana_karyawan"])]
        paid = sum(a for _, a in funds)
        self._post(
            on + dt.timedelta(days=7),
            f"Pembayaran dana pengurus dan dana karyawan dari SHU {year}",
            [*funds, ("1112", -paid)],
        )

    def _pay(self, year: int, on: dt.date, result: shu.ShuResult) -> None:
        """Cash for members leaving or gone (the dead's heirs have not come yet) and a
        few who ask for cash, one receipt each; the rest credited to sukarela at once."""
        leaving = {m.number: m for m in self.members if m.left is not None}
        status = dict(
            self.session.execute(
                select(Member.number, Member.status).where(
                    Member.number.in_([s.number for s in result.members])
                )
            ).all()
        )
        active = [s.number for s in result.members if status[s.number] == "aktif"]
        cash = [n for n in active if n in leaving]
        cash += self.rng.sample([n for n in active if n not in leaving], 3)
        for s in result.members:
            if status[s.number] == "keluar" and self.rng.random() < 0.6:
                cash.append(s.number)
        for number in sorted(cash):
            shu.pay(self.session, self.actors["kasir"], year, number, on=on, method="tunai")
        credited = shu.pay_all_to_savings(self.session, self.treasurer, year, on)
        if self.savings is not None:
            for paid in credited:
                saver = self.savings.savers.get(paid.member_number)
                if saver is not None:
                    saver.sukarela += paid.amount

    def summary(self) -> str:
        if not self.closed:
            return "belum ada tahun buku yang ditutup"
        years = ", ".join(str(y) for y in self.closed)
        shared = ", ".join(str(y) for y in self.distributed) or "belum ada"
        return f"tahun buku {years} ditutup, SHU dibagi: {shared}"


# --- RAT texts ------------------------------------------------------------------


def _balances(session: Session, codes: Sequence[str], on: dt.date) -> dict[str, int]:
    rows = session.execute(
        select(Account.code, func.sum(JournalLine.amount))
        .join(JournalLine, JournalLine.account_id == Account.id)
        .where(Account.code.in_(list(codes)), JournalLine.date <= on)
        .group_by(Account.code)
    ).all()
    found = {code: int(total) for code, total in rows}
    return {code: found.get(code, 0) for code in codes}


def _juta(amount: int) -> str:
    """``Rp1.234,5 juta``."""
    tenths = (amount + 50_000) // 100_000
    return f"Rp{format_number(tenths // 10)},{tenths % 10} juta"


def _text(*parts: str | Sequence[str]) -> str:
    """Paragraphs separated by an empty line; a list is printed as bullets."""
    return "\n\n".join(
        p if isinstance(p, str) else "\n".join(f"- {line}" for line in p) for p in parts
    )


@dataclass(frozen=True)
class _YearFigures:
    year: int
    people: MembershipStats
    savings: int
    loans: int
    lent_count: int
    lent: int
    income: int
    expense: int
    surplus: int
    troubled_percent: Decimal
    allowance: int


def _figures(session: Session, year: int, rows: Sequence[RapbRow]) -> _YearFigures:
    start, end = dt.date(year, 1, 1), dt.date(year, 12, 31)
    held = _balances(session, ("3101", "3102", "2101", "2102", "1301", "1302", "1303"), end)
    count, lent = session.execute(
        select(func.count(Loan.id), func.coalesce(func.sum(Loan.amount), 0)).where(
            Loan.disbursed_on >= start, Loan.disbursed_on <= end
        )
    ).one()
    quality = loan_quality.collectibility(session, end)
    troubled = sum(g.outstanding for g in quality.grades[1:])
    return _YearFigures(
        year=year,
        people=rat.membership(session, year),
        savings=-sum(held[c] for c in ("3101", "3102", "2101", "2102")),
        loans=sum(held[c] for c in ("1301", "1302", "1303")),
        lent_count=int(count),
        lent=int(lent),
        income=sum(r.realisasi for r in rows if r.kelompok == "pendapatan"),
        expense=sum(r.realisasi for r in rows if r.kelompok == "beban"),
        surplus=yearend.year_surplus(session, year),
        troubled_percent=Decimal(troubled * 100) / max(quality.outstanding_total, 1),
        allowance=quality.allowance_balance,
    )


def write_rat_texts(session: Session, actor: Actor, year: int) -> None:
    """The pengurus' report, the pengawas' report, next year's work plan and the
    RAPB of tahun buku ``year`` (``shu.manage``), with the book's own figures."""
    rows = rat.suggest_rapb(session, year)
    f = _figures(session, year, rows)
    texts = {
        "laporan_pengurus": _pengurus_text(f),
        "laporan_pengawas": _pengawas_text(f),
        "rencana_kerja": _plan_text(f),
    }
    for key, body in texts.items():
        rat.set_text(session, actor, year, key, body)
    rat.set_rapb(session, actor, year, _budget(rows))


def _pengurus_text(f: _YearFigures) -> str:
    p = f.people
    return _text(
        "Dengan hormat,",
        "Puji syukur kita panjatkan ke hadirat Tuhan Yang Maha Esa. Pengurus menyampaikan "
        "laporan pertanggungjawaban pengelolaan KSP Sejahtera Bersama tahun buku "
        f"{f.year} kepada Rapat Anggota Tahunan.",
        f"Keanggotaan. Pada awal tahun anggota aktif berjumlah {p.at_start.total} orang. "
        f"Selama {f.year} bergabung {p.joined.total} anggota baru dan {p.left.total} "
        "anggota keluar atau meninggal dunia, sehingga pada akhir tahun anggota aktif "
        f"berjumlah {p.at_end.total} orang ({p.at_end.men} laki-laki, {p.at_end.women} "
        "perempuan).",
        "Simpanan dan pinjaman. Simpanan anggota (pokok, wajib, sukarela dan berjangka) "
        f"pada akhir tahun {_juta(f.savings)}. Selama tahun ini koperasi menyalurkan "
        f"{f.lent_count} pinjaman senilai {_juta(f.lent)}; sisa pinjaman anggota pada "
        f"akhir tahun {_juta(f.loans)}.",
        f"Hasil usaha. Pendapatan tahun {f.year} {_juta(f.income)} dan beban "
        f"{_juta(f.expense)}, sehingga sisa hasil usaha (SHU) {format_rupiah(f.surplus)}. "
        "Pengurus mengusulkan pembagian SHU sesuai anggaran dasar: 40% cadangan, 20% jasa "
        "modal, 20% jasa usaha, serta masing-masing 5% dana pengurus, dana karyawan, dana "
        "pendidikan dan dana sosial.",
        f"Kegiatan pengurus selama tahun {f.year}:",
        [
            "rapat pengurus setiap bulan dan rapat gabungan dengan pengawas setiap triwulan;",
            "dana yang belum tersalurkan sebagai pinjaman ditempatkan dalam deposito BPR "
            "satu bulan;",
            "lantai 1 gedung kantor disewakan dengan kontrak tahunan;",
            "pembukuan dikerjakan dengan aplikasi kopdesk sehingga laporan bulanan tersedia "
            "tepat waktu.",
        ],
        "Pengurus mengucapkan terima kasih kepada seluruh anggota, pengawas dan karyawan "
        "atas kepercayaan dan kerja samanya.",
    )


def _pengawas_text(f: _YearFigures) -> str:
    percent = f"{f.troubled_percent:.1f}%".replace(".", ",")
    return _text(
        "Pengawas KSP Sejahtera Bersama telah melaksanakan pengawasan atas pengelolaan "
        f"koperasi tahun buku {f.year} sesuai anggaran dasar.",
        "Pemeriksaan yang dilakukan:",
        [
            "pemeriksaan kas (cash opname) setiap triwulan dan pencocokan saldo bank serta "
            "deposito dengan rekening koran;",
            "pemeriksaan berkas permohonan dan persetujuan pinjaman secara sampel, termasuk "
            "pinjaman kepada pengurus;",
            "pencocokan saldo simpanan dan pinjaman per anggota dengan buku besar;",
            "pemeriksaan daftar aset tetap dan penyusutannya.",
        ],
        "Hasil pengawasan. Catatan keuangan tertib dan didukung bukti. Pinjaman bermasalah "
        f"(kurang lancar, diragukan dan macet) pada akhir tahun {percent} dari pinjaman "
        f"beredar, dengan penyisihan penghapusan pinjaman {format_rupiah(f.allowance)}. "
        "Pengawas meminta pengurus meningkatkan penagihan kepada peminjam yang menunggak "
        "dan lebih cermat menilai kemampuan bayar pemohon.",
        f"Pengawas berpendapat laporan keuangan tahun buku {f.year} dengan SHU "
        f"{format_rupiah(f.surplus)} menyajikan keadaan koperasi secara wajar, dan "
        "mengusulkan agar Rapat Anggota Tahunan menerima laporan pertanggungjawaban pengurus.",
    )


def _plan_text(f: _YearFigures) -> str:
    percent = f"{f.troubled_percent:.1f}%".replace(".", ",")
    target = (f.people.at_end.total * 108 // 100 + 4) // 5 * 5
    return _text(
        f"Rencana kerja tahun {f.year + 1} disusun dari hasil evaluasi tahun {f.year}.",
        "Organisasi dan keanggotaan:",
        [
            f"menambah anggota menjadi sekitar {target} orang melalui sosialisasi di "
            "lingkungan RW dan tempat kerja anggota;",
            "pendidikan perkoperasian bagi anggota baru setiap semester.",
        ],
        "Usaha simpan pinjam:",
        [
            f"menurunkan pinjaman bermasalah dari {percent} pada akhir {f.year} menjadi "
            "di bawah 10% dengan penagihan rutin dan kunjungan ke peminjam yang menunggak;",
            "menyalurkan dana menganggur kepada anggota melalui pinjaman usaha dengan "
            "plafon yang wajar;",
            "meninjau suku jasa simpanan sukarela mengikuti bunga deposito bank.",
        ],
        "Administrasi dan keuangan:",
        [
            "laporan keuangan bulanan kepada pengawas paling lambat tanggal 10 bulan berikutnya;",
            f"Rapat Anggota Tahunan tahun buku {f.year + 1} paling lambat bulan Maret "
            f"{f.year + 2}.",
        ],
    )


def _budget(rows: Sequence[RapbRow]) -> list[RapbRow]:
    """Next year's budget: income 8% and expenses 5% above this year's, rounded up to
    hundreds of thousands of rupiah."""

    def grown(amount: int, percent: int) -> int:
        return -(-amount * (100 + percent) // 10_000_000) * 100_000

    return [
        RapbRow(r.uraian, r.realisasi, grown(r.realisasi, 8 if r.kelompok == "pendapatan" else 5),
                r.kelompok)
        for r in rows
        if r.realisasi > 0
    ]  # fmt: skip
