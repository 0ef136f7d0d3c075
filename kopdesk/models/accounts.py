"""Chart of accounts."""

from __future__ import annotations

from sqlalchemy import Boolean, CheckConstraint, ForeignKey, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from kopdesk.models.base import Base


class Account(Base):
    __tablename__ = "account"
    __table_args__ = (
        CheckConstraint(
            "type IN ('aset', 'liabilitas', 'ekuitas', 'pendapatan', 'beban')", name="type"
        ),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    code: Mapped[str] = mapped_column(String(20), nullable=False, unique=True)
    name: Mapped[str] = mapped_column(String(200), nullable=False)
    type: Mapped[str] = mapped_column(String(12), nullable=False)
    parent_id: Mapped[int | None] = mapped_column(ForeignKey("account.id"))
    postable: Mapped[bool] = mapped_column(Boolean, nullable=False, default=True)
    active: Mapped[bool] = mapped_column(Boolean, nullable=False, default=True)
    contra: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)
