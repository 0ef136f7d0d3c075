"""Text from outside and text for spreadsheets.

Control characters (NUL, ESC, the C1 range) have no place in a name or an
address: a file may carry them, a workbook cannot hold them (openpyxl refuses
to save a NUL) and a terminal may act on them. Tab and line breaks stay.

A spreadsheet evaluates a cell that starts with ``=``, ``+``, ``-`` or ``@``
(and, after a tab or carriage return, what follows): text a member typed must
be written so it stays text ("formula injection", OWASP CSV Injection).
"""

from __future__ import annotations

import re

CONTROL_CHARACTERS = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
"""C0 controls except tab, line feed and carriage return; DEL; the C1 range."""

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
"""First characters that make a spreadsheet read a cell as a formula."""

_PLAIN = re.compile(r"[+-]?(\d[\d.,]*)?")
"""A signed number (``-1500``, ``-1.500``) or a lone sign used as a placeholder."""


def strip_control(text: str) -> str:
    """``text`` without control characters (tab and line breaks kept)."""
    return CONTROL_CHARACTERS.sub("", text)


def has_control(text: str) -> bool:
    """True when ``text`` holds a control character other than tab or a line break."""
    return CONTROL_CHARACTERS.search(text) is not None


def looks_like_formula(text: str) -> bool:
    """True when a spreadsheet would evaluate ``text`` typed into a cell.

    A plain signed number (``-1500``, ``-1.500``) is a number, not a formula, and a
    lone ``-`` is the usual "nothing" placeholder.
    """
    return text.startswith(FORMULA_STARTS) and _PLAIN.fullmatch(text) is None


def csv_text(text: str) -> str:
    """``text`` for a CSV cell: a leading apostrophe when it looks like a formula."""
    return "'" + text if looks_like_formula(text) else text


def csv_unescape(text: str) -> str:
    """The reverse of :func:`csv_text` for a cell read from a CSV file."""
    if text.startswith("'") and looks_like_formula(text[1:]):
        return text[1:]
    return text
