"""Where a book lives when nobody chose: kept apart from :mod:`kopdesk.storage.db`
so the command's help can name it without loading SQLAlchemy or Alembic."""

from __future__ import annotations

from pathlib import Path

from platformdirs import user_data_dir


def default_book_path() -> Path:
    """The book a treasurer gets without choosing: in the user's data folder."""
    return Path(user_data_dir("kopdesk", appauthor=False)) / "kopdesk.sqlite"
