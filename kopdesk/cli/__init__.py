"""The ``kopdesk`` command: no arguments opens the window, sub-commands script
the same services the window uses.

Errors print one Indonesian line to stderr and exit non-zero, writing nothing.
"""

from kopdesk.cli.app import build_parser, main

__all__ = ["build_parser", "main"]
