"""The named accounts and states are the ones the book stores."""

from __future__ import annotations

import re

from kopdesk.domain import coa
from kopdesk.domain.vocabulary import (
    LoanEventKind,
    LoanStatus,
    MemberStatus,
    SavingsAccountStatus,
    SavingsTxKind,
)
from kopdesk.models import loans as loan_models
from kopdesk.models import members as member_models
from kopdesk.models import savings as savings_models


def test_every_named_account_is_in_the_seeded_chart_under_its_own_name() -> None:
    chart = {a.code: a for a in coa.KOPERASI_CHART}
    for code in coa.Code:
        assert code.value in chart, code
        words = set(re.findall(r"[A-Z0-9]+", code.name)) - {"GROUP"}
        name = chart[code.value].name.upper()
        assert all(w in name.replace("-", " ").replace("/", " ") for w in words), code
    postable = {a.code for a in coa.KOPERASI_CHART if len(a.code) == 4}
    assert {c.value for c in coa.Code} == postable


def test_the_roles_are_postable_accounts() -> None:
    chart = {a.code: a for a in coa.KOPERASI_CHART}
    for code in (*coa.CASH_AND_EQUIVALENTS, coa.OPENING_EQUITY, coa.LOAN_ALLOWANCE):
        assert chart[code].postable
    assert chart[coa.LOAN_ALLOWANCE].contra


def _words(check: str) -> set[str]:
    return set(re.findall(r"'([a-z_]+)'", check))


def test_the_states_are_the_words_the_database_allows() -> None:
    assert {s.value for s in MemberStatus} == _words(member_models.STATUSES)
    assert {s.value for s in LoanStatus} == _words(str(loan_models.LOAN_STATUSES))
    assert {s.value for s in LoanEventKind} == _words(loan_models.EVENT_KINDS)
    assert {s.value for s in SavingsTxKind} == _words(savings_models.TX_KINDS)
    assert {s.value for s in SavingsAccountStatus} == {"aktif", "tutup"}
