"""Savings papers: receipts, member statements, daily cash, recaps, lists."""

from __future__ import annotations

from kopdesk.cli.common import SubParsers


def register(group: SubParsers) -> None:
    """Add this module's commands to ``group``."""
