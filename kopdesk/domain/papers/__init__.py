"""Paper data: frozen DTOs that services fill with every number computed and
checked, and that ``kopdesk.reports`` lays out without adding anything up, one
module per kind of paper:

- ``common``: the page header and the document stamp every paper carries;
- ``ledger``: trial balance, general journal, ledger of one account;
- ``members``: member register, member cards and profile, a leaving member's settlement;
- ``savings``: receipts, statements, daily cash, recaps, arrears, tax withholding;
- ``loans``: simulation, agreement, card, receipts, arrears, collectibility, portfolio;
- ``statements``: the financial statements and their notes;
- ``rat``: the RAT book and the SHU papers.

Callers import the module that holds a name (no re-exports here).
"""
