"""Loans: ``loans`` (the page), ``loan_detail``, ``application_dialog``,
``loan_dialogs`` (disburse, pay, restructure, ...), ``simulation_dialog``,
``quality`` (arrears, collectibility, PPAP), ``products_dialog``, ``settings``
and the models ``loans_model`` and ``quality_model``."""
