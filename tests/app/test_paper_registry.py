"""The registry of printable papers: every entry prints a registered PDF on a small
demo book, and the ``kopdesk report`` sub-commands and the Laporan page offer the
registry's papers."""

from __future__ import annotations

import argparse
import datetime as dt
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot
from sqlalchemy import text

from kopdesk.app.papers import PAPERS, Params, command_papers, page_papers, print_paper
from kopdesk.cli.app import build_parser
from kopdesk.demo import DEMO_PASSWORD, build_demo
from kopdesk.domain.loans import Method, RatePeriod, Terms
from kopdesk.domain.permissions import Actor, Permission, Role
from kopdesk.services.base import approvals, users
from kopdesk.services.closing import statements
from kopdesk.services.ledger import documents
from kopdesk.services.member_exit import settlement as member_exit
from kopdesk.storage.db import Book, new_book, open_book
from tests.reports.pdftext import pdf_text

DAY = dt.date(2026, 6, 15)
"""The demo book's day: years 2024 and 2025 closed, their SHU paid."""


@pytest.fixture(scope="module")
def demo_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("registry") / "demo.sqlite"
    new_book(path, "buku contoh", lambda s: build_demo(s, today=DAY, members=40))
    return path


@pytest.fixture(scope="module")
def demo(demo_path: Path) -> Iterator[Book]:
    opened = open_book(demo_path)
    yield opened
    opened.close()


@pytest.fixture(scope="module")
def treasurer(demo: Book) -> Actor:
    with demo.read() as s:
        return next(u.actor() for u in users.list_users(s) if u.role is Role.BENDAHARA)


def _first(book: Book, sql: str) -> str:
    with book.read() as s:
        return str(s.execute(text(sql)).scalar_one())


@pytest.fixture(scope="module")
def params(demo: Book, treasurer: Actor) -> dict[str, Params]:
    """Parameters for every paper of the registry on the demo book."""
    member = _first(demo, "SELECT number FROM member WHERE id = 6")
    leaving = _first(
        demo,
        "SELECT m.number FROM member m WHERE m.status = 'aktif' "
        "AND EXISTS (SELECT 1 FROM savings_tx t WHERE t.member_id = m.id) "
        "AND NOT EXISTS (SELECT 1 FROM loan l WHERE l.member_id = m.id) "
        "ORDER BY m.id DESC LIMIT 1",
    )
    with demo.unit_of_work() as s:
        grant = approvals.grant(s, treasurer, "ketua", DEMO_PASSWORD, Permission.SAVINGS_MANAGE)
    with demo.unit_of_work() as s:
        exit_entry = member_exit.settle_exit(
            s, treasurer, leaving, DAY, reason="Pindah domisili", pay_now=False,
            approval=grant.grant_id,
        ).entry_number  # fmt: skip
    with demo.read() as s:
        period = statements.period_of(s, 2025)
    loan = _first(demo, "SELECT number FROM loan WHERE status = 'aktif' ORDER BY id LIMIT 1")
    year = Params(as_of=DAY, date_from=dt.date(2026, 1, 1), date_to=DAY)
    terms = Terms(9_000_000, Decimal(1), RatePeriod.MONTH, 12, Method.FLAT)
    return {
        "trial-balance": year,
        "journal": year,
        "ledger": Params(account="1101", date_from=year.date_from, date_to=DAY),
        "members": Params(),
        "member-cards": Params(members=(member,)),
        "member-profile": Params(number=member),
        "member-statement": Params(member=member, date_from=year.date_from, date_to=DAY),
        "receipt": Params(number=_first(demo, "SELECT min(number) FROM savings_tx")),
        "daily-cash": Params(date=dt.date(2024, 1, 2)),
        "savings-recap": year,
        "wajib-arrears": Params(as_of=DAY, all_members=True),
        "tax-list": Params(month="2026-05"),
        "member-exit": Params(number=exit_entry),
        "loan-simulation": Params(terms=terms, start=DAY, product_name="Pinjaman umum"),
        "loan-agreement": Params(number=loan),
        "loan-card": Params(number=loan, as_of=DAY),
        "loan-receipt": Params(
            number=_first(demo, "SELECT min(number) FROM loan_event WHERE number LIKE 'BA-%'"),
            layout="58mm",
        ),
        "arrears": year,
        "collectibility": year,
        "portfolio": year,
        "asset-register": year,
        "admin-register": Params(number="pengurus"),
        "rat": Params(year=2025),
        "shu-list": Params(year=2025),
        "shu-slip": Params(year=2025),
        "shu-receipt": Params(number=_first(demo, "SELECT min(receipt_number) FROM shu_payment")),
        "berita-acara": Params(year=2025),
        "balance-sheet": Params(period=period),
        "income": Params(period=period),
        "equity": Params(period=period),
        "cash-flow": Params(period=period),
        "notes": Params(period=period),
        "financial-statements": Params(period=period),
    }


def test_every_paper_is_tried(params: dict[str, Params]) -> None:
    assert sorted(params) == sorted(p.key for p in PAPERS)
    assert len({p.key for p in PAPERS}) == len(PAPERS)


@pytest.mark.parametrize("key", [p.key for p in PAPERS])
def test_every_paper_prints_a_registered_pdf(
    key: str, demo: Book, treasurer: Actor, params: dict[str, Params]
) -> None:
    paper = next(p for p in PAPERS if p.key == key)
    data = print_paper(key, demo, treasurer, params[key])
    assert data.startswith(b"%PDF")
    assert pdf_text(data).strip()
    with demo.read() as s:
        number, kind, title = s.execute(
            text("SELECT number, kind, title FROM document ORDER BY id DESC LIMIT 1")
        ).one()
        check = documents.verify_document(s, treasurer, data)
    assert check.genuine, check.message
    assert check.document is not None
    assert check.document.number == number
    assert kind == paper.kind
    assert title == paper.heading(params[key])


def _report_choices() -> set[str]:
    parser = build_parser()
    top = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    report = top.choices["report"]
    group = next(a for a in report._actions if isinstance(a, argparse._SubParsersAction))
    return set(group.choices)


SPREADSHEET_REPORTS = {"dinas"}
"""``kopdesk report`` commands that write a spreadsheet, not a registry paper."""


def test_the_report_command_offers_the_registry_papers() -> None:
    assert _report_choices() == {p.key for p in command_papers()} | SPREADSHEET_REPORTS


def test_the_laporan_page_offers_the_registry_papers(
    qtbot: QtBot, demo: Book, treasurer: Actor
) -> None:
    from kopdesk.ui.kit.ops import Ops
    from kopdesk.ui.papers.reports import ReportsPage

    page = ReportsPage(Ops(demo, treasurer))
    qtbot.addWidget(page)
    assert list(page.boxes) == [p.key for p in page_papers()]
    assert [box.title() for box in page.boxes.values()] == [
        "Trial balance",
        "General journal",
        "General ledger",
        "Member savings statement",
        "Daily cash report",
        "Savings recap per product",
    ]


def test_the_rat_book_prints_the_years_health_result(
    demo: Book, treasurer: Actor, params: dict[str, Params]
) -> None:
    """The registry's Buku RAT carries the year's assessment by the default scheme."""
    from kopdesk.domain.health import Scheme
    from kopdesk.services.health import schemes

    with demo.read() as s:
        expected = schemes.assess(s, Scheme.KKPKK, 2025)
    assert expected.predicate is not None
    text_ = " ".join(pdf_text(print_paper("rat", demo, treasurer, params["rat"])).split())
    assert "Penilaian kesehatan koperasi tahun buku 2025 menurut Permenkop 9/2020" in text_
    assert expected.predicate.value in text_
