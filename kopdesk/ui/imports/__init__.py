"""The import windows: ``dialog`` (the import dialog every sheet import shares:
file, column mapping, dry run, backup, import in a worker), ``rows_model`` (the
table of checked rows), ``members_dialog`` (the member list), ``savings_dialog``
(savings opening balances and payroll lists) and ``loans_dialog`` (loans
outstanding at the cut-over).
"""
