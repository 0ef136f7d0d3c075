"""``kopdesk savings ...``: counter transactions and the month-end routine."""

from __future__ import annotations

from kopdesk.cli.common import SubParsers


def register(sub: SubParsers) -> None:
    """Add the ``savings`` commands."""
