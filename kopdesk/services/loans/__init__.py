"""Loans (pinjaman).

Modules: ``products`` (the products and their terms), ``records`` (the loan
file: a loan, its events and outstanding principal, lists, the guards loan
actions share), ``schedules`` (installments, what was paid on them, the bill,
where many loans stand from SQL aggregates),
``applications`` (apply, review, approve, reject), ``disbursement``
(pencairan), ``payments`` (installments and early payoff), ``restructuring``
(restructure, write off), ``quality`` (arrears, kolektibilitas, the allowance),
``papers`` (receipts, cards and lists as report DTOs).
"""
