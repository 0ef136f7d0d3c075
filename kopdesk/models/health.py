"""Answers to the qualitative questions of a health assessment, per scheme and year."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Boolean, DateTime, Integer, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from kopdesk.models.base import Base


class HealthAnswer(Base):
    """One yes/no answer (``perdep.umum.1``, a KKPKK checklist item, …) of ``scheme``
    for tahun buku ``year``, with who answered it last and when."""

    __tablename__ = "health_answer"
    __table_args__ = (UniqueConstraint("scheme", "year", "key"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    scheme: Mapped[str] = mapped_column(String(20), nullable=False)
    year: Mapped[int] = mapped_column(Integer, nullable=False)
    key: Mapped[str] = mapped_column(String(60), nullable=False)
    value: Mapped[bool] = mapped_column(Boolean, nullable=False)
    answered_by: Mapped[str] = mapped_column(String(64), nullable=False)
    answered_at: Mapped[dt.datetime] = mapped_column(DateTime, nullable=False)
