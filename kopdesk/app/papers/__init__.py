"""Printed papers: a service builds the report data, ``kopdesk.reports`` lays
it out. The GUI and the CLI both print through this package, so a paper from a
window and one from the command line are the same.

:mod:`.registry` holds one :class:`Paper` entry per kind of paper and the one
:func:`print_paper` path; :mod:`.named` gives each paper its own typed
function (``trial_balance_pdf`` …); :mod:`.files` writes a paper to disk.

The names load on first use (PEP 562): writing a CSV file through
:func:`write_document` does not load every paper's service.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .files import *  # noqa: F403
    from .named import *  # noqa: F403
    from .registry import *  # noqa: F403

_MODULES = ("files", "named", "registry")
_FILES = ("write_document",)
"""``files.__all__``: the one name that needs neither the services nor reportlab."""


def __getattr__(name: str) -> Any:
    """A name of :mod:`.files`, :mod:`.named` or :mod:`.registry`, loaded on first use."""
    if name in _MODULES:
        return importlib.import_module(f"{__name__}.{name}")
    homes = ("files",) if name in _FILES else ("named", "registry")
    for home in homes:
        module = importlib.import_module(f"{__name__}.{home}")
        if name in module.__all__:
            value = getattr(module, name)
            globals()[name] = value
            return value
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def __dir__() -> list[str]:
    names = [*_FILES]
    for home in ("named", "registry"):
        names += importlib.import_module(f"{__name__}.{home}").__all__
    return sorted({*globals(), *names})
