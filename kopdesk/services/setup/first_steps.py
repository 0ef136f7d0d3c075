"""Langkah pertama: what a new book still needs before the daily work starts.

Each step is computed from the book itself, so a step is ticked however it was
done (in the window, the CLI or an import) and unticked again never: the steps
only guide, they block nothing.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import exists, select
from sqlalchemy.orm import Session

from kopdesk.domain import coa
from kopdesk.models import Account, AuditRecord, JournalLine
from kopdesk.services.base import users
from kopdesk.services.ledger.books import get_profile
from kopdesk.services.members.register import count_members

STEPS = ("profile", "users", "products", "opening", "members")
"""The steps in the order a treasurer takes them."""
PRODUCT_ACTIONS = ("savings.product", "loan.product")
"""Audit actions of a savings or loan product being set (the seeded ones are only
kopdesk's defaults until someone has looked at them and saved)."""


@dataclass(frozen=True)
class FirstStep:
    key: str
    """One of :data:`STEPS`."""
    done: bool


@dataclass(frozen=True)
class FirstSteps:
    steps: tuple[FirstStep, ...]

    @property
    def all_done(self) -> bool:
        return all(step.done for step in self.steps)

    @property
    def done_count(self) -> int:
        return sum(step.done for step in self.steps)

    def done(self, key: str) -> bool:
        return next(step.done for step in self.steps if step.key == key)


def first_steps(session: Session) -> FirstSteps:
    """Which first steps the book shows as done.

    - ``profile``: the legal number (badan hukum) and the address are filled in;
    - ``users``: someone besides the first Admin can sign in;
    - ``products``: a savings or loan product was saved at least once;
    - ``opening``: an opening balance was posted (a line on Ekuitas saldo awal);
    - ``members``: the register has a member.
    """
    profile = get_profile(session)
    done = {
        "profile": bool(profile.legal_number.strip() and profile.address.strip()),
        "users": sum(1 for u in users.list_users(session) if u.active) > 1,
        "products": bool(
            session.scalar(select(exists().where(AuditRecord.action.in_(PRODUCT_ACTIONS))))
        ),
        "opening": bool(
            session.scalar(
                select(
                    exists()
                    .where(JournalLine.account_id == Account.id)
                    .where(Account.code == str(coa.OPENING_EQUITY))
                )
            )
        ),
        "members": count_members(session) > 0,
    }
    return FirstSteps(tuple(FirstStep(key, done[key]) for key in STEPS))
