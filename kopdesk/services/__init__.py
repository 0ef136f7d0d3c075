"""Use cases over a Session. Importing the package installs the row seals
(``seals.py``), so every unit of work that writes through a service is sealed."""

from kopdesk.services.base import seals as _seals  # noqa: F401  (registers the session hooks)
