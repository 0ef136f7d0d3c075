"""Printed papers: a service builds the report data, ``kopdesk.reports`` lays
it out. The GUI and the CLI both print through this package, so a paper from a
window and one from the command line are the same.

:mod:`.registry` holds one :class:`Paper` entry per kind of paper and the one
:func:`print_paper` path; :mod:`.named` gives each paper its own typed
function (``trial_balance_pdf`` …); :mod:`.files` writes a paper to disk.
"""

from __future__ import annotations

from . import files, named, registry
from .files import *  # noqa: F403
from .named import *  # noqa: F403
from .registry import *  # noqa: F403

__all__ = [*files.__all__, *named.__all__, *registry.__all__]  # noqa: PLE0604
