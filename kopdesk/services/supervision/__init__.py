"""Supervision over a Session: ``checks`` (the integrity check: SQLite's own
check plus the ledger's invariants), ``integrity`` (the hash chains, seals and
guards: the books not changed behind kopdesk's back) and ``seal_check`` (the
sealed rows and guards checked against their seals).
"""
