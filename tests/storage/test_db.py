"""Opening books: PRAGMAs, migrations with a backup first, refusing what is not ours."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path
from typing import Any

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import create_engine, inspect, text

import kopdesk.storage.db
from kopdesk.errors import StorageError
from kopdesk.models import Base
from kopdesk.services.ledger import books
from kopdesk.services.members import search
from kopdesk.storage.db import Book, head_revision, open_book


def test_sqlite_is_opened_with_the_design_pragmas(book: Book) -> None:
    with book.read() as s:
        assert s.execute(text("PRAGMA foreign_keys")).scalar() == 1
        assert s.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert s.execute(text("PRAGMA synchronous")).scalar() == 2  # FULL
        assert s.execute(text("PRAGMA busy_timeout")).scalar() == kopdesk.storage.db.BUSY_TIMEOUT_MS


def _modelled(name: str | None, kind: str, _parents: object) -> bool:
    """Everything but the member search index (revision 0010: an FTS5 table and its
    shadow tables, which no model describes; ``services/members/search.py``)."""
    index = name is not None and (name == search.INDEX or name.startswith(f"{search.INDEX}_"))
    return not (kind == "table" and index)


def test_baseline_migration_matches_the_models(book: Book) -> None:
    with book.engine.connect() as conn:
        context = MigrationContext.configure(conn, opts={"include_name": _modelled})
        diffs = compare_metadata(context, Base.metadata)
    assert diffs == []


def test_design_indexes_exist(book: Book) -> None:
    indexes = {
        ix["name"]: ix["column_names"] for ix in inspect(book.engine).get_indexes("journal_line")
    }
    assert indexes["ix_journal_line_account_date_amount"] == ["account_id", "date", "amount"]
    assert indexes["ix_journal_line_member"] == ["member_id", "account_id", "date"]
    assert indexes["ix_journal_line_savings"] == ["savings_account_id", "account_id", "date"]
    assert indexes["ix_journal_line_loan"] == ["loan_id", "account_id", "date"]


def test_missing_book_is_not_created_by_accident(tmp_path: Path) -> None:
    with pytest.raises(StorageError, match="tidak ditemukan"):
        open_book(tmp_path / "tidak-ada.sqlite")
    assert not (tmp_path / "tidak-ada.sqlite").exists()


def test_a_file_that_is_not_a_database_is_refused_and_left_alone(tmp_path: Path) -> None:
    path = tmp_path / "laporan.sqlite"
    path.write_bytes(b"Ini berkas Excel, bukan buku.\n" * 10)
    before = path.read_bytes()
    with pytest.raises(StorageError, match="bukan buku kopdesk"):
        open_book(path)
    assert path.read_bytes() == before


def test_an_unrelated_sqlite_database_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "lain.sqlite"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE pelanggan (id INTEGER)")
    conn.commit()
    conn.close()
    with pytest.raises(StorageError, match="bukan buku kopdesk"):
        open_book(path)


def test_a_book_from_a_newer_kopdesk_is_refused(book_path: Path) -> None:
    conn = sqlite3.connect(book_path)
    conn.execute("UPDATE alembic_version SET version_num = '9999_dari_masa_depan'")
    conn.commit()
    conn.close()
    with pytest.raises(StorageError, match="versi yang lebih baru"):
        open_book(book_path)


NEXT_REVISION = '''
"""test: a later schema step

Revision ID: 9001
Revises: {head}
"""
import sqlalchemy as sa
from alembic import op

revision = "9001"
down_revision = "{head}"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table("catatan_uji", sa.Column("id", sa.Integer, primary_key=True))


def downgrade() -> None:
    op.drop_table("catatan_uji")
'''


def test_an_older_book_is_backed_up_then_upgraded(
    book_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    baseline = head_revision()
    newer = tmp_path / "migrations"
    shutil.copytree(kopdesk.storage.db.MIGRATIONS_DIR, newer)
    (newer / "versions" / "9001_test.py").write_text(NEXT_REVISION.format(head=baseline))
    monkeypatch.setattr(kopdesk.storage.db, "MIGRATIONS_DIR", newer)
    # a program with a newer migration knows its newer head
    monkeypatch.setattr(kopdesk.storage.db, "HEAD_REVISION", "9001")

    upgraded = open_book(book_path)
    try:
        assert "catatan_uji" in inspect(upgraded.engine).get_table_names()
        with upgraded.read() as s:
            assert books.get_profile(s).name == "KSP Sejahtera Bersama"
    finally:
        upgraded.close()
    backups = list((book_path.parent / "cadangan").glob("buku-pra-migrasi-*.sqlite"))
    assert len(backups) == 1
    old = sqlite3.connect(backups[0])
    assert old.execute("SELECT version_num FROM alembic_version").fetchone() == (baseline,)
    assert old.execute("SELECT name FROM cooperative_profile").fetchone() == (
        "KSP Sejahtera Bersama",
    )
    old.close()


def _book_of_kopdesk_0_1(path: Path) -> None:
    """A book as kopdesk 0.1 left it: schema 0001, three entries, no users."""
    from alembic import command

    engine = create_engine(f"sqlite:///{path}")
    cfg = kopdesk.storage.db._alembic_config()
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "0001")
        conn.execute(
            text(
                "INSERT INTO cooperative_profile (id, book_uid, name, coop_type, legal_number, "
                "nik_koperasi, address, fiscal_year_start_month, created_at) VALUES (1, "
                "'11111111-2222-3333-4444-555555555555', 'KSP Lama', 'ksp', '', '', '', 1, "
                "'2025-01-01 08:00:00')"
            )
        )
        conn.execute(
            text(
                "INSERT INTO account (id, code, name, type, postable, active, contra) "
                "VALUES (1, '1101', 'Kas', 'aset', 1, 1, 0), "
                "(2, '3101', 'Simpanan pokok', 'ekuitas', 1, 1, 0)"
            )
        )
        conn.execute(
            text(
                "INSERT INTO fiscal_year (id, year, start_date, end_date, status) "
                "VALUES (1, 2025, '2025-01-01', '2025-12-31', 'open')"
            )
        )
        for n in (1, 2, 3):
            for line_no, (account, amount) in enumerate([(1, 1000 * n), (2, -1000 * n)], 1):
                conn.execute(
                    text(
                        "INSERT INTO journal_line (entry_id, line_no, account_id, date, amount, "
                        "memo) VALUES (:e, :l, :a, :d, :m, '')"
                    ),
                    {"e": n, "l": line_no, "a": account, "d": f"2025-01-0{n}", "m": amount},
                )
            conn.execute(
                text(
                    "INSERT INTO journal_entry (id, number, fiscal_year_id, date, description, "
                    "source, created_by, created_at) VALUES (:e, :num, 1, :d, 'Setoran', "
                    "'manual', 'bendahara', '2025-01-01 09:00:00')"
                ),
                {"e": n, "num": f"JU-2025-{n:06d}", "d": f"2025-01-0{n}"},
            )
        conn.execute(text("INSERT INTO doc_sequence (key, last_value) VALUES ('JU-2025', 3)"))
    engine.dispose()


def test_a_book_of_kopdesk_0_1_is_chained_on_upgrade_and_verifies_clean(tmp_path: Path) -> None:
    from kopdesk.services.base import users
    from kopdesk.services.supervision import integrity

    path = tmp_path / "lama.sqlite"
    _book_of_kopdesk_0_1(path)
    book = open_book(path)
    try:
        with book.unit_of_work() as s:
            admin = users.create_first_admin(s, "admin", "sandi-admin-1").actor()
        with book.read() as s:
            result = integrity.verify_books(s, admin)
        assert result.ok, result.problems
        assert result.entries_checked == 3
        with book.read() as s:  # the book's debits so far: 1.000 + 2.000 + 3.000
            assert s.execute(text("SELECT debit_total FROM ledger_total")).scalar() == 6_000
    finally:
        book.close()
    assert len(list((tmp_path / "cadangan").glob("lama-pra-migrasi-*.sqlite"))) == 1


def test_a_book_of_schema_0003_gets_savings_and_loan_products_on_upgrade(tmp_path: Path) -> None:
    """Books made before savings existed get the four products and the opening-balance
    account on upgrade, with their own chart's account ids."""
    from alembic import command

    from kopdesk.domain.coa import KOPERASI_CHART
    from kopdesk.services.loans import products as loan_product_service
    from kopdesk.services.savings import products as savings_products
    from kopdesk.services.supervision import integrity

    path = tmp_path / "sebelum-simpanan.sqlite"
    engine = create_engine(f"sqlite:///{path}")
    cfg = kopdesk.storage.db._alembic_config()
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "0003")
        ids: dict[str, int] = {}
        # Account ids from 500 on, so they differ from the ids a fresh book would have.
        for n, seed in enumerate(
            (s for s in KOPERASI_CHART if not s.code.startswith("39")), start=500
        ):
            conn.execute(
                text(
                    "INSERT INTO account (id, code, name, type, parent_id, postable, active, "
                    "contra) VALUES (:i, :c, :n, :t, :p, :post, 1, :con)"
                ),
                {
                    "i": n, "c": seed.code, "n": seed.name, "t": seed.type.value,
                    "p": ids.get(seed.parent or ""), "post": seed.postable, "con": seed.contra,
                },
            )  # fmt: skip
            ids[seed.code] = n
        conn.execute(
            text(
                "INSERT INTO member (id, number, full_name, nik, birth_place, birth_date, sex, "
                "address, rt_rw, kelurahan, kecamatan, kabupaten_kota, provinsi, postal_code, "
                "phone, occupation, employer_unit, npwp, heir_name, heir_relation, join_date, "
                "status, status_date, created_at) VALUES (1, 'A-0001', 'Siti', "
                "'3273015504900002', '', '1990-04-15', 'P', '', '', '', '', '', '', '', '', '', "
                "'', '', '', '', '2020-01-02', 'aktif', '2020-01-02', '2020-01-02 08:00:00')"
            )
        )
    engine.dispose()
    book = open_book(path)
    try:
        with book.read() as s:
            products = {p.code: p for p in savings_products.list_products(s)}
            loan_products = loan_product_service.list_products(s)
            member_class = s.execute(text("SELECT member_class FROM member")).scalar_one()
            opening = s.execute(text("SELECT name FROM account WHERE code = '3901'")).scalar_one()
        assert list(products) == ["pokok", "wajib", "sukarela", "berjangka"]
        assert [p.code for p in loan_products] == ["umum", "usaha", "darurat"]
        assert loan_products[1].account_code == "1302"
        assert products["sukarela"].account_code == "2101"
        assert products["berjangka"].penalty_account_code == "4105"
        assert member_class == ""
        assert opening == "Ekuitas saldo awal (penyeimbang)"
        with book.read() as s:  # the rows it had, and those the upgrade added, are sealed
            assert integrity.verify_books_unchecked(s).problems == ()
    finally:
        book.close()


@pytest.mark.parametrize(
    "kwargs", [{"writer": "bendahara"}, {"read_only": True}, {}], ids=["writer", "read", "plain"]
)
def test_an_empty_file_is_not_turned_into_a_book_except_by_init(
    tmp_path: Path, kwargs: dict[str, Any]
) -> None:
    path = tmp_path / "buku.sqlite"
    path.write_bytes(b"")  # e.g. left by a crash while the book was being made
    with pytest.raises(StorageError, match="kosong") as caught:
        open_book(path, **kwargs)
    assert "kopdesk init" in caught.value.message
    assert sorted(p.name for p in tmp_path.iterdir()) == ["buku.sqlite"]  # no -wal, no lock
    assert path.read_bytes() == b""
    open_book(path, create=True).close()  # what init and the first-start wizard do
    assert path.stat().st_size > 0
