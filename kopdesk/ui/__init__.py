"""The Qt windows. Each feature has its own package; a package imports only the
packages before it in this order (tests/ui/test_layering.py holds the order):

``kit`` < ``ledger`` < ``members`` < ``imports`` < ``savings`` < ``loans`` <
``register`` < ``closing`` < ``papers`` < ``trust`` < the shell modules.

- ``kit``: what every window shares: ``ops`` (the door to the services),
  ``table`` (column tables and the read-only view), ``paging``, ``products``
  (the products dialog), ``posting`` (month → preview → post), ``widgets``,
  ``messages``, ``progress``, ``printing``, ``approval``.
- ``ledger``: accounts, journal, ledger, trial balance.
- ``members``: the member dialogs, the member list model and the member finder
  (used by the teller counter and the loan application).
- ``imports``: the Excel import dialogs (members, opening balances, payroll,
  loans); they need only ``kit`` and ``members``, so the savings and loans pages
  that open them sit above.
- ``savings``, ``loans``: each feature's pages, dialogs and models.
- ``register``: the Anggota page: the member register and one member's page,
  which shows that member's savings and loans and opens the member import, so
  it sits above ``savings``, ``loans`` and ``imports``.
- ``closing``: assets, year-end, statements, SHU, RAT.
- ``papers``: printable reports and checking a printed paper.
- ``trust``: sign-in, users, backups, audit, supervision, settings.
- the shell: ``main_window``, ``home``, ``wizard``, ``app``, ``lock``, ``crash``,
  ``i18n``.
"""
