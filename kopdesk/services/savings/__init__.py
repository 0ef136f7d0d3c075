"""Savings (simpanan).

Modules: ``products`` (the products and their terms, member classes),
``accounts`` (members' accounts: opening, balances, what may be withdrawn),
``transactions`` (recording a counter transaction with its receipt, reading
them back), ``counter`` (deposit, withdraw, transfer), ``corrections``
(reversing a counter transaction), ``routine`` (month-end interest and
maturities, wajib billing, payroll deductions), ``month_positions`` (each
account's month for the month-end, from SQL aggregates), ``papers`` (receipts,
statements and lists as report DTOs).
"""
