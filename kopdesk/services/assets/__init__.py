"""Fixed assets over a Session: ``register`` (registering assets, reading the
register) and ``depreciation`` (the monthly run, the summary for the notes, the
ledger check, the printed register).
"""
