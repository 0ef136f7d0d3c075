"""The member register (anggota); imports ``base`` and ``ledger``.

Modules: ``register`` (registering, editing, status changes, organ roles,
search, the member lookup), ``identity`` (NIK, NPWP and phone checks),
``papers`` (member papers as report DTOs).
"""
