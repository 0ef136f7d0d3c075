"""The books: ``accounts`` (chart of accounts), ``journal`` and ``cash_journal``,
``ledger``, ``trial_balance``, the entry dialogs (``entry_dialog``,
``entry_detail_dialog``, ``small_dialogs``) and their models (``accounts_model``,
``journal_model``, ``entry_lines_model``, ``reports_model``)."""
