"""Who is acting. Until accounts and login exist, the user is named by
``KOPDESK_USER`` or the operating-system login name."""

from __future__ import annotations

import getpass
import os


def current_user() -> str:
    name = os.environ.get("KOPDESK_USER", "").strip()
    if name:
        return name[:64]
    try:
        return getpass.getuser()[:64]
    except OSError:  # no login name (some service accounts)
        return "bendahara"
