"""The books (buku besar); imports only ``base``.

Modules: ``accounts`` (chart of accounts, balances), ``journal`` (posting and
reversing entries), ``reports`` (ledger and trial balance), ``books`` (the
cooperative's profile and fiscal years, the seeded chart), ``documents`` (the
register of printed papers and their verification), ``guards`` (the checks
every money service shares: amounts, dates, payment accounts, product lookup).
"""
