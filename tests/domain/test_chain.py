"""The hash chain's canonical form ``v1`` must never change: old books are
verified with it. Checked against a hash computed here by hand."""

from __future__ import annotations

import datetime as dt
import hashlib

import pytest

from kopdesk.domain.chain import GENESIS, canonical, entry_record, link_hash

HEAD = {
    "id": 7,
    "number": "JU-2025-000007",
    "fiscal_year_id": 1,
    "date": dt.date(2025, 1, 5),
    "description": "Setoran simpanan wajib Januari",
    "source": "manual",
    "created_by": "bendahara",
    "created_at": dt.datetime(2025, 1, 5, 9, 30, 15, 123456),
    "reversal_of_id": None,
    "ignored": "not hashed",
}
LINES = [
    {
        "line_no": 2,
        "account_id": 80,
        "date": dt.date(2025, 1, 5),
        "amount": -150000,
        "memo": "",
        "member_id": None,
        "savings_account_id": None,
        "loan_id": None,
        "entry_id": 7,
    },
    {
        "line_no": 1,
        "account_id": 3,
        "date": dt.date(2025, 1, 5),
        "amount": 150000,
        "memo": "tunai",
        "member_id": 12,
        "savings_account_id": None,
        "loan_id": None,
        "entry_id": 7,
    },
]


def test_entry_hash_matches_a_hand_computed_v1_hash() -> None:
    text = (
        '{"created_at":"2025-01-05 09:30:15","created_by":"bendahara",'
        '"date":"2025-01-05","description":"Setoran simpanan wajib Januari",'
        '"fiscal_year_id":1,"lines":['
        '{"account_id":3,"amount":150000,"date":"2025-01-05","line_no":1,"loan_id":null,'
        '"member_id":12,"memo":"tunai","savings_account_id":null},'
        '{"account_id":80,"amount":-150000,"date":"2025-01-05","line_no":2,"loan_id":null,'
        '"member_id":null,"memo":"","savings_account_id":null}],'
        '"number":"JU-2025-000007","reversal_of_id":null,"source":"manual"}'
    )
    expected = hashlib.sha256(f"v1\n{GENESIS}\n{text}".encode()).hexdigest()
    record = entry_record(HEAD, LINES)
    assert canonical(record) == text
    assert link_hash(GENESIS, record) == expected


def test_any_change_changes_the_hash() -> None:
    base = link_hash(GENESIS, entry_record(HEAD, LINES))
    changed = [dict(line) for line in LINES]
    changed[0]["amount"] = -150001
    assert link_hash(GENESIS, entry_record(HEAD, changed)) != base
    assert link_hash("1" * 64, entry_record(HEAD, LINES)) != base
    assert link_hash(GENESIS, entry_record({**HEAD, "description": "x"}, LINES)) != base


def test_non_indonesian_text_is_kept_as_is() -> None:
    assert canonical({"nama": "Koperasi Ümmü — Jaya"}) == '{"nama":"Koperasi Ümmü — Jaya"}'


def test_unknown_types_are_refused() -> None:
    with pytest.raises(TypeError):
        canonical({"x": 1.5j})
