"""Alembic environment: kopdesk always passes an open connection."""

from __future__ import annotations

from alembic import context

from kopdesk.models import Base

connection = context.config.attributes.get("connection")
if connection is None:  # pragma: no cover - kopdesk never runs alembic without one
    raise RuntimeError("kopdesk runs migrations through kopdesk.storage.db.open_book()")

context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=True,
    compare_type=True,
)
with context.begin_transaction():
    context.run_migrations()
