"""Declarative base with constraint naming conventions (stable migration names)."""

from __future__ import annotations

from sqlalchemy import MetaData, Table
from sqlalchemy.orm import DeclarativeBase

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


def core_table(model: type[Base]) -> Table:
    """The Core table of ``model``, for hot statements built once at import time:
    executing those skips the ORM's per-call statement building (several times faster)."""
    table = model.__table__
    assert isinstance(table, Table)
    return table
