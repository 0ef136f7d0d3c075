"""Reference rows stay in a session's identity map for the session's life.

SQLAlchemy's identity map holds an object only while something references it,
so ``session.get(Account, id)`` asks the database again each time a service
looks up the same account, user, product or fiscal year within one user action
(a month-end or an import does so thousands of times). These tables are small
and change only through the ORM objects themselves, so holding their loaded rows
for the session (one user action, one transaction) is safe and spares those
queries. Members, loans and journal lines are not held: there can be many.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import event
from sqlalchemy.orm import QueryContext

from kopdesk.models.accounts import Account
from kopdesk.models.book import CooperativeProfile, FiscalYear
from kopdesk.models.loans import LoanProduct
from kopdesk.models.savings import SavingsProduct
from kopdesk.models.security import AppUser

REFERENCE_MODELS = (Account, AppUser, CooperativeProfile, FiscalYear, LoanProduct, SavingsProduct)
_HELD = "kopdesk.reference_rows"


def _hold(target: Any, context: QueryContext) -> None:
    context.session.info.setdefault(_HELD, []).append(target)


for _model in REFERENCE_MODELS:
    event.listen(_model, "load", _hold)
