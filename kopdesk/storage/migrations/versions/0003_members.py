"""Members: the member register, status history and organ roles.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-27
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "member",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("number", sa.String(length=20), nullable=False),
        sa.Column("full_name", sa.String(length=200), nullable=False),
        sa.Column("nik", sa.String(length=16), nullable=False),
        sa.Column("birth_place", sa.String(length=100), nullable=False),
        sa.Column("birth_date", sa.Date(), nullable=False),
        sa.Column("sex", sa.String(length=1), nullable=False),
        sa.Column("address", sa.Text(), nullable=False),
        sa.Column("rt_rw", sa.String(length=10), nullable=False),
        sa.Column("kelurahan", sa.String(length=100), nullable=False),
        sa.Column("kecamatan", sa.String(length=100), nullable=False),
        sa.Column("kabupaten_kota", sa.String(length=100), nullable=False),
        sa.Column("provinsi", sa.String(length=100), nullable=False),
        sa.Column("postal_code", sa.String(length=10), nullable=False),
        sa.Column("phone", sa.String(length=20), nullable=False),
        sa.Column("occupation", sa.String(length=100), nullable=False),
        sa.Column("employer_unit", sa.String(length=100), nullable=False),
        sa.Column("npwp", sa.String(length=16), nullable=False),
        sa.Column("heir_name", sa.String(length=200), nullable=False),
        sa.Column("heir_relation", sa.String(length=50), nullable=False),
        sa.Column("join_date", sa.Date(), nullable=False),
        sa.Column("status", sa.String(length=15), nullable=False),
        sa.Column("status_date", sa.Date(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.CheckConstraint("sex IN ('L', 'P')", name=op.f("ck_member_sex")),
        sa.CheckConstraint(
            "status IN ('calon', 'aktif', 'keluar', 'meninggal', 'diberhentikan')",
            name=op.f("ck_member_status"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_member")),
        sa.UniqueConstraint("nik", name=op.f("uq_member_nik")),
        sa.UniqueConstraint("number", name=op.f("uq_member_number")),
    )
    op.create_index("ix_member_name", "member", ["full_name"], unique=False)
    op.create_index(op.f("ix_member_phone"), "member", ["phone"], unique=False)
    op.create_index("ix_member_status", "member", ["status", "number"], unique=False)
    op.create_table(
        "member_status_event",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("member_id", sa.Integer(), nullable=False),
        sa.Column("status", sa.String(length=15), nullable=False),
        sa.Column("date", sa.Date(), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("recorded_by", sa.String(length=64), nullable=False),
        sa.Column("recorded_at", sa.DateTime(), nullable=False),
        sa.CheckConstraint(
            "status IN ('calon', 'aktif', 'keluar', 'meninggal', 'diberhentikan')",
            name=op.f("ck_member_status_event_status"),
        ),
        sa.ForeignKeyConstraint(
            ["member_id"], ["member.id"], name=op.f("fk_member_status_event_member_id_member")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_member_status_event")),
    )
    op.create_index(
        op.f("ix_member_status_event_member_id"), "member_status_event", ["member_id"], unique=False
    )
    op.create_table(
        "organ_role",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("member_id", sa.Integer(), nullable=False),
        sa.Column("role", sa.String(length=15), nullable=False),
        sa.Column("term_start", sa.Date(), nullable=False),
        sa.Column("term_end", sa.Date(), nullable=True),
        sa.CheckConstraint(
            "role IN ('ketua', 'wakil_ketua', 'sekretaris', 'bendahara', 'pengurus', 'pengawas')",
            name=op.f("ck_organ_role_role"),
        ),
        sa.ForeignKeyConstraint(
            ["member_id"], ["member.id"], name=op.f("fk_organ_role_member_id_member")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_organ_role")),
    )
    op.create_index(op.f("ix_organ_role_member_id"), "organ_role", ["member_id"], unique=False)
    if op.get_bind().dialect.name == "sqlite":
        op.execute(
            """
            CREATE TRIGGER trg_member_status_event_no_update BEFORE UPDATE ON member_status_event
            BEGIN SELECT RAISE(ABORT, 'Riwayat status anggota tidak boleh diubah.'); END
            """
        )
        op.execute(
            """
            CREATE TRIGGER trg_member_status_event_no_delete BEFORE DELETE ON member_status_event
            BEGIN SELECT RAISE(ABORT, 'Riwayat status anggota tidak boleh dihapus.'); END
            """
        )
        op.execute(
            """
            CREATE TRIGGER trg_member_no_delete BEFORE DELETE ON member
            BEGIN SELECT RAISE(ABORT, 'Anggota tidak dihapus; catat status keluar.'); END
            """
        )
    else:
        op.execute(
            """
            CREATE TRIGGER trg_member_status_event_immutable
            BEFORE UPDATE OR DELETE ON member_status_event
            FOR EACH ROW EXECUTE FUNCTION kopdesk_refuse(
              'Riwayat status anggota tidak boleh diubah atau dihapus.')
            """
        )
        op.execute(
            """
            CREATE TRIGGER trg_member_no_delete BEFORE DELETE ON member
            FOR EACH ROW EXECUTE FUNCTION kopdesk_refuse(
              'Anggota tidak dihapus; catat status keluar.')
            """
        )


def downgrade() -> None:  # pragma: no cover - books are never downgraded in place
    raise NotImplementedError("kopdesk books are not downgraded; restore a backup instead")
