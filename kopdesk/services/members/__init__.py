"""The member register (anggota); imports ``base`` and ``ledger``.

Modules: ``register`` (registering, editing, status changes, organ roles,
listing, the member lookup), ``search`` (search as you type, from the index of
revision 0010), ``identity`` (NIK, NPWP and phone checks), ``papers`` (member
papers as report DTOs).
"""
