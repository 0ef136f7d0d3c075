"""Data from the treasurer's spreadsheets into the book.

Modules: ``sheets`` (reading and writing .xlsx/.csv within limits), ``base`` (the
sheet importer every import shares: column mapping, row errors, dry run, recheck,
bulk ids), ``members`` (the member list, and its export), ``savings_rows``,
``savings_plan``, ``savings_openings`` (savings opening balances) and ``payroll``
(payroll deduction lists), ``loans_rows``, ``loans_reader``, ``loans_plan`` and
``loans_openings`` (loans outstanding at the cut-over).
"""
