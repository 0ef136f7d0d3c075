"""``python -m kopdesk`` is the same as the ``kopdesk`` command."""

from kopdesk.cli import main

raise SystemExit(main())
