"""Trust: users, audit trail, hash chains, printed documents, approvals, settings.

Existing journal entries get their place in the journal's hash chain here
(in the order they were posted), so a book from kopdesk 0.1 verifies clean.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-27
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from kopdesk.domain.chain import GENESIS, entry_record, link_hash

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def _tables() -> None:
    op.create_table(
        "app_user",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("username", sa.String(length=64), nullable=False),
        sa.Column("full_name", sa.String(length=200), nullable=False),
        sa.Column("role", sa.String(length=12), nullable=False),
        sa.Column("password_hash", sa.String(length=200), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("must_change_password", sa.Boolean(), nullable=False),
        sa.Column("failed_attempts", sa.Integer(), nullable=False),
        sa.Column("locked_until", sa.DateTime(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("last_login_at", sa.DateTime(), nullable=True),
        sa.CheckConstraint(
            "role IN ('admin', 'ketua', 'bendahara', 'kasir', 'pengawas')",
            name=op.f("ck_app_user_role"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_app_user")),
        sa.UniqueConstraint("username", name=op.f("uq_app_user_username")),
    )
    op.create_table(
        "audit_log",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("chain_seq", sa.Integer(), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("user_id", sa.Integer(), nullable=True),
        sa.Column("username", sa.String(length=64), nullable=False),
        sa.Column("action", sa.String(length=40), nullable=False),
        sa.Column("ref", sa.String(length=100), nullable=False),
        sa.Column("before", sa.Text(), nullable=False),
        sa.Column("after", sa.Text(), nullable=False),
        sa.Column("prev_hash", sa.String(length=64), nullable=False),
        sa.Column("hash", sa.String(length=64), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_audit_log")),
        sa.UniqueConstraint("chain_seq", name=op.f("uq_audit_log_chain_seq")),
    )
    op.create_index(op.f("ix_audit_log_at"), "audit_log", ["at"])
    op.create_index(op.f("ix_audit_log_username"), "audit_log", ["username"])
    op.create_index(op.f("ix_audit_log_action"), "audit_log", ["action"])
    op.create_table(
        "chain_state",
        sa.Column("name", sa.String(length=20), nullable=False),
        sa.Column("last_seq", sa.Integer(), nullable=False),
        sa.Column("last_hash", sa.String(length=64), nullable=False),
        sa.PrimaryKeyConstraint("name", name=op.f("pk_chain_state")),
    )
    op.create_table(
        "document",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("number", sa.String(length=30), nullable=False),
        sa.Column("kind", sa.String(length=40), nullable=False),
        sa.Column("title", sa.String(length=300), nullable=False),
        sa.Column("made_at", sa.DateTime(), nullable=False),
        sa.Column("made_by", sa.String(length=64), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=True),
        sa.Column("size", sa.Integer(), nullable=True),
        sa.Column("journal_seq", sa.Integer(), nullable=False),
        sa.Column("journal_hash", sa.String(length=64), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_document")),
        sa.UniqueConstraint("number", name=op.f("uq_document_number")),
        sa.UniqueConstraint("sha256", name=op.f("uq_document_sha256")),
    )
    op.create_table(
        "approval_grant",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("permission", sa.String(length=40), nullable=False),
        sa.Column("requester_id", sa.Integer(), nullable=False),
        sa.Column("approver_id", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("used_at", sa.DateTime(), nullable=True),
        sa.Column("used_for", sa.String(length=100), nullable=False),
        sa.ForeignKeyConstraint(
            ["approver_id"], ["app_user.id"], name=op.f("fk_approval_grant_approver_id_app_user")
        ),
        sa.ForeignKeyConstraint(
            ["requester_id"], ["app_user.id"], name=op.f("fk_approval_grant_requester_id_app_user")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_approval_grant")),
    )
    op.create_table(
        "setting",
        sa.Column("key", sa.String(length=60), nullable=False),
        sa.Column("value", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("key", name=op.f("pk_setting")),
    )
    op.add_column("journal_entry", sa.Column("chain_seq", sa.Integer(), nullable=True))
    op.add_column("journal_entry", sa.Column("prev_hash", sa.String(length=64), nullable=True))
    op.add_column("journal_entry", sa.Column("hash", sa.String(length=64), nullable=True))
    op.create_index("uq_journal_entry_chain_seq", "journal_entry", ["chain_seq"], unique=True)


def _chain_existing_entries(bind: sa.Connection) -> None:
    entries = bind.execute(sa.text("SELECT * FROM journal_entry ORDER BY id")).mappings().all()
    prev, seq = GENESIS, 0
    for head in entries:
        lines = (
            bind.execute(
                sa.text("SELECT * FROM journal_line WHERE entry_id = :id"), {"id": head["id"]}
            )
            .mappings()
            .all()
        )
        seq += 1
        digest = link_hash(prev, entry_record(_typed(head), [_typed(x) for x in lines]))
        bind.execute(
            sa.text(
                "UPDATE journal_entry SET chain_seq = :seq, prev_hash = :prev, hash = :hash "
                "WHERE id = :id"
            ),
            {"seq": seq, "prev": prev, "hash": digest, "id": head["id"]},
        )
        prev = digest
    bind.execute(
        sa.text("INSERT INTO chain_state (name, last_seq, last_hash) VALUES ('journal', :s, :h)"),
        {"s": seq, "h": prev},
    )
    bind.execute(
        sa.text("INSERT INTO chain_state (name, last_seq, last_hash) VALUES ('audit', 0, :h)"),
        {"h": GENESIS},
    )


def _typed(row: sa.RowMapping) -> dict[str, object]:
    """Raw SQLite rows hold dates as text; give the hash the same values as the ORM."""
    import datetime as dt

    out = dict(row)
    for key in ("date",):
        if isinstance(out.get(key), str):
            out[key] = dt.date.fromisoformat(str(out[key]))
    if isinstance(out.get("created_at"), str):
        out["created_at"] = dt.datetime.fromisoformat(str(out["created_at"]))
    return out


def upgrade() -> None:
    _tables()
    bind = op.get_bind()
    if bind.dialect.name == "sqlite":
        op.execute("DROP TRIGGER trg_journal_entry_no_update")
        op.execute("DROP TRIGGER trg_journal_entry_seal")
        _chain_existing_entries(bind)
        for statement in SQLITE_GUARDS:
            op.execute(statement)
    else:
        op.execute("DROP TRIGGER trg_journal_entry_immutable ON journal_entry")
        op.execute("DROP TRIGGER trg_journal_entry_seal ON journal_entry")
        _chain_existing_entries(bind)
        for statement in POSTGRES_GUARDS:
            op.execute(statement)


def downgrade() -> None:  # pragma: no cover - books are never downgraded in place
    raise NotImplementedError("kopdesk books are not downgraded; restore a backup instead")


SQLITE_GUARDS = (
    """
    CREATE TRIGGER trg_journal_entry_no_update BEFORE UPDATE ON journal_entry
    BEGIN SELECT RAISE(ABORT, 'Jurnal yang sudah diposting tidak boleh diubah; buat jurnal pembalik.'); END
    """,
    """
    CREATE TRIGGER trg_journal_entry_seal AFTER INSERT ON journal_entry
    BEGIN
      SELECT CASE
        WHEN (SELECT COUNT(*) FROM journal_line WHERE entry_id = NEW.id) < 2
          THEN RAISE(ABORT, 'Jurnal harus memiliki paling sedikit dua baris.')
        WHEN (SELECT SUM(amount) FROM journal_line WHERE entry_id = NEW.id) <> 0
          THEN RAISE(ABORT, 'Jurnal tidak seimbang: jumlah debit harus sama dengan jumlah kredit.')
        WHEN EXISTS (SELECT 1 FROM journal_line WHERE entry_id = NEW.id AND date <> NEW.date)
          THEN RAISE(ABORT, 'Tanggal baris jurnal harus sama dengan tanggal jurnal.')
        WHEN NOT EXISTS (
          SELECT 1 FROM fiscal_year WHERE id = NEW.fiscal_year_id AND status = 'open'
            AND NEW.date BETWEEN start_date AND end_date)
          THEN RAISE(ABORT, 'Tanggal jurnal berada di luar tahun buku yang terbuka.')
        WHEN NEW.hash IS NULL OR NEW.prev_hash IS NULL OR NEW.chain_seq IS NULL
          THEN RAISE(ABORT, 'Jurnal harus dirangkai ke rantai jurnal (hash).')
      END;
    END
    """,
    """
    CREATE TRIGGER trg_audit_log_no_update BEFORE UPDATE ON audit_log
    BEGIN SELECT RAISE(ABORT, 'Jejak audit tidak boleh diubah.'); END
    """,
    """
    CREATE TRIGGER trg_audit_log_no_delete BEFORE DELETE ON audit_log
    BEGIN SELECT RAISE(ABORT, 'Jejak audit tidak boleh dihapus.'); END
    """,
    """
    CREATE TRIGGER trg_chain_state_no_delete BEFORE DELETE ON chain_state
    BEGIN SELECT RAISE(ABORT, 'Kepala rantai hash tidak boleh dihapus.'); END
    """,
    """
    CREATE TRIGGER trg_document_no_delete BEFORE DELETE ON document
    BEGIN SELECT RAISE(ABORT, 'Catatan dokumen tidak boleh dihapus.'); END
    """,
    """
    CREATE TRIGGER trg_document_finalize_once BEFORE UPDATE ON document
    WHEN OLD.sha256 IS NOT NULL
    BEGIN SELECT RAISE(ABORT, 'Catatan dokumen yang sudah selesai tidak boleh diubah.'); END
    """,
    """
    CREATE TRIGGER trg_approval_use_once BEFORE UPDATE ON approval_grant
    WHEN OLD.used_at IS NOT NULL
    BEGIN SELECT RAISE(ABORT, 'Persetujuan hanya dapat dipakai sekali.'); END
    """,
    """
    CREATE TRIGGER trg_approval_no_delete BEFORE DELETE ON approval_grant
    BEGIN SELECT RAISE(ABORT, 'Persetujuan tidak boleh dihapus.'); END
    """,
)

POSTGRES_GUARDS = (
    """
    CREATE TRIGGER trg_journal_entry_immutable BEFORE UPDATE OR DELETE ON journal_entry
    FOR EACH ROW EXECUTE FUNCTION kopdesk_refuse(
      'Jurnal yang sudah diposting tidak boleh diubah atau dihapus; buat jurnal pembalik.')
    """,
    """
    CREATE OR REPLACE FUNCTION kopdesk_entry_seal() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      IF (SELECT COUNT(*) FROM journal_line WHERE entry_id = NEW.id) < 2 THEN
        RAISE EXCEPTION 'Jurnal harus memiliki paling sedikit dua baris.';
      END IF;
      IF (SELECT SUM(amount) FROM journal_line WHERE entry_id = NEW.id) <> 0 THEN
        RAISE EXCEPTION 'Jurnal tidak seimbang: jumlah debit harus sama dengan jumlah kredit.';
      END IF;
      IF EXISTS (SELECT 1 FROM journal_line WHERE entry_id = NEW.id AND date <> NEW.date) THEN
        RAISE EXCEPTION 'Tanggal baris jurnal harus sama dengan tanggal jurnal.';
      END IF;
      IF NOT EXISTS (SELECT 1 FROM fiscal_year WHERE id = NEW.fiscal_year_id AND status = 'open'
                     AND NEW.date BETWEEN start_date AND end_date) THEN
        RAISE EXCEPTION 'Tanggal jurnal berada di luar tahun buku yang terbuka.';
      END IF;
      IF NEW.hash IS NULL OR NEW.prev_hash IS NULL OR NEW.chain_seq IS NULL THEN
        RAISE EXCEPTION 'Jurnal harus dirangkai ke rantai jurnal (hash).';
      END IF;
      RETURN NEW;
    END $$
    """,
    """
    CREATE TRIGGER trg_journal_entry_seal AFTER INSERT ON journal_entry
    FOR EACH ROW EXECUTE FUNCTION kopdesk_entry_seal()
    """,
    """
    CREATE TRIGGER trg_audit_log_immutable BEFORE UPDATE OR DELETE ON audit_log
    FOR EACH ROW EXECUTE FUNCTION kopdesk_refuse('Jejak audit tidak boleh diubah atau dihapus.')
    """,
    """
    CREATE TRIGGER trg_chain_state_no_delete BEFORE DELETE ON chain_state
    FOR EACH ROW EXECUTE FUNCTION kopdesk_refuse('Kepala rantai hash tidak boleh dihapus.')
    """,
    """
    CREATE TRIGGER trg_document_no_delete BEFORE DELETE ON document
    FOR EACH ROW EXECUTE FUNCTION kopdesk_refuse('Catatan dokumen tidak boleh dihapus.')
    """,
    """
    CREATE TRIGGER trg_document_finalize_once BEFORE UPDATE ON document
    FOR EACH ROW WHEN (OLD.sha256 IS NOT NULL) EXECUTE FUNCTION kopdesk_refuse(
      'Catatan dokumen yang sudah selesai tidak boleh diubah.')
    """,
    """
    CREATE TRIGGER trg_approval_use_once BEFORE UPDATE ON approval_grant
    FOR EACH ROW WHEN (OLD.used_at IS NOT NULL) EXECUTE FUNCTION kopdesk_refuse(
      'Persetujuan hanya dapat dipakai sekali.')
    """,
    """
    CREATE TRIGGER trg_approval_no_delete BEFORE DELETE ON approval_grant
    FOR EACH ROW EXECUTE FUNCTION kopdesk_refuse('Persetujuan tidak boleh dihapus.')
    """,
)
