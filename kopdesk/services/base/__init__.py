"""What every feature stands on; imports no other feature.

Modules: ``access`` (permission checks), ``approvals`` (second-person
approvals), ``audit`` (the audit trail), ``chains`` and ``seals`` (hash chains
and row seals), ``sequences`` (gap-free numbers), ``settings`` (the book's
settings), ``users`` (users and sign-in).
"""
