"""Savings imports: opening balances and payroll deduction lists."""

from __future__ import annotations

from kopdesk.cli.common import SubParsers


def register(group: SubParsers) -> None:
    """Add this module's commands to ``group``."""
