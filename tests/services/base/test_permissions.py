"""The permission matrix: each role × each service action, allowed or refused.

Expected rights are written out here from the roles the issue describes
(Admin manages kopdesk; Ketua oversees and approves; Bendahara keeps the
books; Kasir takes money; Pengawas reads and audits, changing nothing), not
copied from ``GRANTS``. A refused action leaves the book unchanged.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest
from sqlalchemy.orm import Session

from kopdesk.domain import shu as shu_rules
from kopdesk.domain.papers.rat import RapbRow
from kopdesk.domain.permissions import Actor, Role
from kopdesk.domain.savings import InterestMethod
from kopdesk.errors import PermissionDeniedError
from kopdesk.services.assets import depreciation
from kopdesk.services.assets import register as assets
from kopdesk.services.base import audit, settings, users
from kopdesk.services.closing import rat_inputs, shu
from kopdesk.services.ledger import accounts, books, documents, journal
from kopdesk.services.loans import applications as loan_applications
from kopdesk.services.loans import disbursement as loan_disbursement
from kopdesk.services.loans import payments as loan_payments
from kopdesk.services.loans import quality as loan_quality
from kopdesk.services.members import register as members
from kopdesk.services.savings import corrections as savings_corrections
from kopdesk.services.savings import counter as savings_counter
from kopdesk.services.savings import products as savings_products
from kopdesk.services.savings import routine as savings_routine
from kopdesk.services.supervision import integrity
from kopdesk.storage.db import Book
from tests.conftest import PASSWORD
from tests.helpers import take_snapshot

A, K, B, C, P = Role.ADMIN, Role.KETUA, Role.BENDAHARA, Role.KASIR, Role.PENGAWAS

Action = Callable[[Session, Actor], object]


def _entry() -> journal.EntryInput:
    return journal.EntryInput(
        dt.date(2025, 5, 2),
        "Setoran wajib",
        [journal.LineInput("1101", 50_000), journal.LineInput("3202", -50_000)],
    )


ACTIONS: dict[str, tuple[Action, set[Role]]] = {
    "ubah profil": (
        lambda s, a: books.update_profile(s, a, books.ProfileInput(name="KSP Sejahtera Baru")),
        {A, K},
    ),
    "tambah pengguna": (
        lambda s, a: users.create_user(s, a, "baru", Role.KASIR, PASSWORD),
        {A},
    ),
    "ubah peran pengguna": (lambda s, a: users.set_role(s, a, "kasir", Role.BENDAHARA), {A}),
    "reset kata sandi": (lambda s, a: users.reset_password(s, a, "kasir", "sandi-baru-1"), {A}),
    "ubah pengaturan": (
        lambda s, a: settings.change_setting(s, a, settings.LOGIN_MAX_FAILURES, 6),
        {A},
    ),
    "tambah akun": (lambda s, a: accounts.add_account(s, a, "1114", "Bank BPD", "1100"), {A, B}),
    "ganti nama akun": (
        lambda s, a: accounts.rename_account(s, a, "1102", "Kas kecil kantor"),
        {A, B},
    ),
    "nonaktifkan akun": (lambda s, a: accounts.deactivate_account(s, a, "1102"), {A, B}),
    "buka tahun buku": (lambda s, a: books.open_fiscal_year(s, a, 2026), {A, K, B}),
    "posting jurnal": (lambda s, a: journal.post_entry(s, _entry(), actor=a), {A, B, C}),
    "balik jurnal": (
        lambda s, a: journal.reverse_entry(s, "JU-2025-000001", dt.date(2025, 5, 3), actor=a),
        {A, B},
    ),
    "cetak dokumen": (
        lambda s, a: documents.register_document(s, a, "neraca-saldo", "Neraca Saldo"),
        {A, K, B, C, P},
    ),
    "lihat jejak audit": (audit.list_audit, {A, K, P}),
    "daftar anggota": (
        lambda s, a: members.register_member(
            s,
            a,
            members.MemberInput("Siti Aminah", "3273015504900002", None, dt.date(2021, 3, 1)),
        ),
        {A, B, C},
    ),
    "catat pengurus": (
        lambda s, a: members.assign_organ(
            s, a, "A-0001", members.OrganKind.KETUA, term_start=dt.date(2023, 1, 1)
        ),
        {A, K},
    ),
    "periksa buku": (integrity.verify_books, {A, K, B, C, P}),
    "setor simpanan": (
        lambda s, a: savings_counter.deposit(
            s, a, member="A-0001", product="sukarela", amount=50_000, on=dt.date(2025, 5, 2)
        ),
        {A, B, C},
    ),
    "koreksi simpanan": (
        lambda s, a: savings_corrections.correct(
            s, a, "BS-2025-000001", dt.date(2025, 5, 3), reason="Salah catat"
        ),
        {A, B},
    ),
    "ubah produk simpanan": (
        lambda s, a: savings_products.update_product(
            s,
            a,
            "wajib",
            savings_products.ProductInput(
                name="Simpanan Wajib",
                classification="ekuitas",
                account_code="3102",
                interest_account_code=None,
                penalty_account_code=None,
                fixed_amount=0,
                monthly_amount=75_000,
                minimum_balance=0,
                withdrawable=False,
                interest_method=InterestMethod.NONE,
                rate_percent="0",
                term_months=0,
                rollover=False,
                penalty_percent="0",
            ),
        ),
        {A, B},
    ),
    "ajukan pinjaman": (
        lambda s, a: loan_applications.apply(
            s,
            a,
            loan_applications.LoanApplication(
                "A-0001", "darurat", 1_000_000, 6, dt.date(2025, 5, 2)
            ),
        ),
        {A, B, C},
    ),
    "setujui pinjaman": (
        lambda s, a: loan_applications.approve(s, a, "PJ-2025-0001", dt.date(2025, 5, 2)),
        {A, K, B},
    ),
    "terima angsuran": (
        lambda s, a: loan_payments.repay(s, a, "PJ-2025-0002", 50_000, dt.date(2025, 5, 3)),
        {A, B, C},
    ),
    "PPAP akhir bulan": (
        lambda s, a: loan_quality.run_allowance(s, a, "2025-05", today=dt.date(2025, 6, 1)),
        {A, B},
    ),
    "akhir bulan simpanan": (
        lambda s, a: savings_routine.run_month_end(s, a, "2025-05", today=dt.date(2025, 6, 1)),
        {A, B},
    ),
    "daftar aset tetap": (
        lambda s, a: assets.register_asset(
            s,
            a,
            assets.AssetInput("INV-01", "Laptop", "inventaris", dt.date(2025, 5, 2), 6_000_000),
        ),
        {A, B},
    ),
    "ubah nama aset tetap": (
        lambda s, a: assets.update_asset(s, a, "INV-00", name="Meja kerja"),
        {A, B},
    ),
    "posting penyusutan": (
        lambda s, a: depreciation.post_depreciation(s, a, "2025-05", today=dt.date(2025, 6, 1)),
        {A, B},
    ),
    "rencana pembagian SHU": (
        lambda s, a: shu.save_plan(
            s, a, 2025, shu.PlanInput(shu_rules.default_allocation(), decision="RAT 2026")
        ),
        {A, B},
    ),
    "tulis laporan pengurus RAT": (
        lambda s, a: rat_inputs.set_text(s, a, 2025, "laporan_pengurus", "Laporan tahun 2025."),
        {A, B},
    ),
    "simpan RAPB": (
        lambda s, a: rat_inputs.set_rapb(s, a, 2025, [RapbRow("Jasa pinjaman", 1_000, 2_000)]),
        {A, B},
    ),
}


@pytest.fixture
def prepared(book: Book, bendahara: Actor, admin: Actor) -> Book:
    """One posted entry to reverse, one member; reversal without a second user."""
    with book.unit_of_work() as s:
        settings.set_int(s, settings.REVERSAL_APPROVAL_DAYS, 3650)
        journal.post_entry(s, _entry(), actor=bendahara)
        members.register_member(
            s, admin, members.MemberInput("Budi", "3171011708450001", None, dt.date(2020, 1, 6))
        )
        savings_counter.deposit(
            s, admin, member="A-0001", product="sukarela", amount=80_000, on=dt.date(2025, 5, 1)
        )
        savings_counter.deposit(  # cash in the box to lend
            s, admin, member="A-0001", product="sukarela", amount=5_000_000, on=dt.date(2025, 5, 1)
        )
        # PJ-2025-0001 waits for approval (entered by the kasir, so nobody else is refused
        # for being its maker); PJ-2025-0002 is running.
        kasir = users.get_user(s, "kasir").actor()
        loan_applications.apply(
            s,
            kasir,
            loan_applications.LoanApplication(
                "A-0001", "darurat", 1_000_000, 6, dt.date(2025, 5, 1)
            ),
        )
        running = loan_applications.apply(
            s,
            kasir,
            loan_applications.LoanApplication(
                "A-0001", "darurat", 1_000_000, 6, dt.date(2025, 5, 1)
            ),
        ).number
        loan_applications.approve(s, bendahara, running, dt.date(2025, 5, 1))
        loan_disbursement.disburse(s, admin, running, dt.date(2025, 5, 1))
        assets.register_asset(
            s,
            admin,
            assets.AssetInput("INV-00", "Meja", "inventaris", dt.date(2025, 5, 1), 2_400_000),
        )
    return book


@pytest.mark.parametrize("role", list(Role), ids=lambda r: r.value)
@pytest.mark.parametrize("name", list(ACTIONS))
def test_permission_matrix(
    prepared: Book, actors: dict[Role, Actor], role: Role, name: str
) -> None:
    action, allowed_roles = ACTIONS[name]
    actor = actors[role]
    before = take_snapshot(prepared)
    if role in allowed_roles:
        with prepared.unit_of_work() as s:
            action(s, actor)
    else:
        with pytest.raises(PermissionDeniedError) as caught, prepared.unit_of_work() as s:
            action(s, actor)
        assert role.label in caught.value.message
        assert take_snapshot(prepared) == before


def test_a_deactivated_user_is_refused_everything(book: Book, actors: dict[Role, Actor]) -> None:
    with book.unit_of_work() as s:
        users.set_active(s, actors[A], "bendahara", False)
    with pytest.raises(PermissionDeniedError, match="tidak aktif"), book.unit_of_work() as s:
        journal.post_entry(s, _entry(), actor=actors[B])


def test_a_role_change_takes_effect_without_signing_in_again(
    book: Book, actors: dict[Role, Actor]
) -> None:
    with book.unit_of_work() as s:
        users.set_role(s, actors[A], "bendahara", Role.PENGAWAS)
    # the old Actor still says Bendahara, but the book decides
    with pytest.raises(PermissionDeniedError, match="Pengawas"), book.unit_of_work() as s:
        journal.post_entry(s, _entry(), actor=actors[B])


def test_audit_changes_read_naturally(book: Book, admin: Actor) -> None:
    with book.unit_of_work() as s:
        accounts.rename_account(s, admin, "1102", "Kas kecil kantor")
    with book.read() as s:
        latest = audit.list_audit(s, admin, audit.AuditFilter(action="account"))[0]
    assert (latest.username, latest.action, latest.ref) == ("admin", "account.rename", "1102")
    assert audit.describe_change(latest) == "nama: Kas kecil → Kas kecil kantor"
