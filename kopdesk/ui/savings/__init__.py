"""Savings: ``counter`` and ``counter_form`` (the teller), ``correction_dialog``,
``routine`` (month-end, wajib billing, PPh list), ``products_dialog``,
``settings`` and the models ``savings_model`` and ``routine_model``."""
