"""The frozen program's entry point (kopdesk.spec): the same as the ``kopdesk`` command.

Kept outside the ``kopdesk`` package so that PyInstaller, which puts the script's folder
on the import path, does not make kopdesk's own modules importable by their bare names.
"""

from kopdesk.cli import main

if __name__ == "__main__":
    raise SystemExit(main())
