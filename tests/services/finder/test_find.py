"""Finding anything from one typed text (Ctrl+K): members by part of a name, number or
NIK; entries, loans, receipts and documents by number, whole or in part."""

from __future__ import annotations

import pytest

from kopdesk.domain.permissions import Actor, Role
from kopdesk.services.finder.find import Hit, HitKind, find_anything
from kopdesk.storage.db import Book
from tests.finder_scenario import Scenario, make_scenario


@pytest.fixture
def scenario(book: Book, actors: dict[Role, Actor]) -> Scenario:
    return make_scenario(book, actors)


def find(book: Book, typed: str) -> list[Hit]:
    with book.read() as s:
        return find_anything(s, typed)


def kinds_and_numbers(hits: list[Hit]) -> list[tuple[HitKind, str]]:
    return [(h.kind, h.number) for h in hits]


def test_part_of_a_name_finds_the_members_and_the_loans_of_the_first(
    book: Book, scenario: Scenario
) -> None:
    hits = find(book, "amin")
    assert kinds_and_numbers(hits) == [
        (HitKind.MEMBER, "A-0001"),
        (HitKind.MEMBER, "A-0003"),
        (HitKind.LOAN, scenario.loan),
    ]
    assert hits[0].title == "Siti Aminah"
    assert hits[0].detail == "NIK 3273014101800001"
    assert hits[2].member_number == "A-0001"
    assert hits[2].loan_number == scenario.loan


def test_a_member_number_and_nik_digits(book: Book, scenario: Scenario) -> None:
    assert kinds_and_numbers(find(book, "a-0002")) == [(HitKind.MEMBER, "A-0002")]
    assert kinds_and_numbers(find(book, "0202810")) == [(HitKind.MEMBER, "A-0002")]


def test_an_entry_by_its_whole_number_also_without_its_zeros(
    book: Book, scenario: Scenario
) -> None:
    number = scenario.entries[1]
    prefix, year, digits = number.split("-")
    short = f"{prefix.lower()}-{year}-{int(digits)}"
    for typed in (number, short):
        hits = find(book, typed)
        assert kinds_and_numbers(hits) == [(HitKind.ENTRY, number)], typed
        assert hits[0].entry_number == number
        assert hits[0].detail == "03-01-2025"


def test_receipts_loans_and_documents_by_number(book: Book, scenario: Scenario) -> None:
    receipt = find(book, scenario.receipts[2])
    assert kinds_and_numbers(receipt) == [(HitKind.SAVINGS_RECEIPT, scenario.receipts[2])]
    assert receipt[0].member_number == "A-0003"
    assert receipt[0].detail == "Setoran 03-01-2025"
    loan = find(book, scenario.loan)
    assert kinds_and_numbers(loan) == [(HitKind.LOAN, scenario.loan)]
    assert loan[0].detail == "Berjalan"
    event = find(book, scenario.loan_receipt)
    assert kinds_and_numbers(event) == [(HitKind.LOAN_RECEIPT, scenario.loan_receipt)]
    assert event[0].loan_number == scenario.loan
    document = find(book, scenario.document)
    assert kinds_and_numbers(document) == [(HitKind.DOCUMENT, scenario.document)]
    assert document[0].title == "Neraca saldo per 31-01-2025"


def test_part_of_a_number_finds_every_kind_holding_it(book: Book, scenario: Scenario) -> None:
    hits = find(book, "BS-2025")
    assert kinds_and_numbers(hits) == [
        (HitKind.SAVINGS_RECEIPT, number) for number in reversed(scenario.receipts)
    ]


def test_nothing_typed_finds_nothing_and_percent_is_a_plain_character(
    book: Book, scenario: Scenario
) -> None:
    assert find(book, "   ") == []
    assert find(book, "2%5") == []
    assert find(book, "tidak ada orang ini") == []
