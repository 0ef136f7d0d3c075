"""The pengawas' workspace: kas opname, sample checks and findings (issue 18 part 5).

Only the Pengawas record; the pengurus read and may only respond to a finding;
every record is audited; bad input writes nothing."""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest
from sqlalchemy import func, select, text
from sqlalchemy.exc import DBAPIError

from kopdesk.domain import clock
from kopdesk.domain.permissions import Actor, Role
from kopdesk.domain.supervision import (
    DENOMINATIONS,
    Denomination,
    FindingStatus,
    SampleKind,
    count_total,
    parse_counts,
)
from kopdesk.errors import DomainError, PermissionDeniedError, ValidationError
from kopdesk.models import CashCount
from kopdesk.services.base.audit import AuditFilter, list_audit
from kopdesk.services.supervision import cash_count, findings, samples
from kopdesk.services.supervision.integrity import verify_books
from kopdesk.storage.db import Book
from tests.conftest import TODAY, PostFn
from tests.helpers import Snapshot

NOTE = {d.value: d for d in DENOMINATIONS if not d.coin}
COIN = {d.value: d for d in DENOMINATIONS if d.coin}
MOMENT = dt.datetime(2025, 6, 30, 15, 0)


@pytest.fixture
def pengawas(actors: dict[Role, Actor]) -> Actor:
    return actors[Role.PENGAWAS]


def counted(counts: dict[Denomination, int], at: dt.datetime = MOMENT) -> cash_count.CashCountInput:
    return cash_count.CashCountInput(
        counts=counts, counted_at=at, counter_name="Sri Wahyuni", witness="Budi Santoso"
    )


def test_denominations_are_the_rupiah_in_circulation() -> None:
    assert [(d.value, d.coin) for d in DENOMINATIONS] == [
        (100_000, False), (50_000, False), (20_000, False), (10_000, False),
        (5_000, False), (2_000, False), (1_000, False),
        (1_000, True), (500, True), (200, True), (100, True),
    ]  # fmt: skip


def test_counts_sum_by_denomination() -> None:
    counts = parse_counts("100000=12, 50000=3,2000=7,1000k=4,500=9,100=1")
    # 1.200.000 + 150.000 + 14.000 + 4.000 + 4.500 + 100
    assert count_total(counts) == 1_372_600
    assert counts[COIN[1_000]] == 4
    assert NOTE[1_000] not in counts


@pytest.mark.parametrize("bad", ["100000=-1", "100000=abc", "75000=2", "100000", "500=1,500=2"])
def test_bad_count_text_is_refused(bad: str) -> None:
    with pytest.raises(ValidationError):
        parse_counts(bad)


def test_cash_count_against_the_hand_computed_book_balance(
    book: Book, post: PostFn, pengawas: Actor
) -> None:
    post("2025-01-05", [("1101", 5_000_000), ("3201", -5_000_000)], "Simpanan pokok")
    post("2025-03-10", [("5201", 250_000), ("1101", -250_000)], "Biaya listrik")
    post("2025-06-30", [("1101", 100_000), ("3201", -100_000)], "Setoran hari opname")
    post("2025-07-01", [("1101", 999_000), ("3201", -999_000)], "Sesudah opname")
    # Kas when counted on 01-07-2025 at 08:00, before that day's entries were posted:
    # 5.000.000 − 250.000 + 100.000 (the 01-07 entry was posted later, "now").
    book_balance = 5_000_000 - 250_000 + 100_000
    counts = {NOTE[100_000]: 48, NOTE[20_000]: 2, COIN[500]: 3}  # 4.841.500
    with book.unit_of_work() as s:
        record = cash_count.record_cash_count(
            s, pengawas, counted(counts, dt.datetime(2025, 7, 1, 8, 0))
        )
    assert record.number == "KO-2025-001"
    assert record.physical_total == 4_841_500
    assert record.book_balance == book_balance == 4_850_000
    assert record.difference == -8_500
    assert record.counted_by == "pengawas"
    assert record.witness == "Budi Santoso"
    assert [(line.denomination, line.pieces, line.amount) for line in record.lines][:3] == [
        (NOTE[100_000], 48, 4_800_000), (NOTE[50_000], 0, 0), (NOTE[20_000], 2, 40_000),
    ]  # fmt: skip
    with book.read() as s:
        trail = list_audit(s, pengawas, AuditFilter(action="supervision.cash_count"))
    assert [(e.ref, e.after["selisih"], e.after["buku"]) for e in trail] == [
        ("KO-2025-001", -8_500, 4_850_000)
    ]


def test_a_same_day_entry_posted_after_the_count_is_not_in_its_balance(
    book: Book, post: PostFn, pengawas: Actor
) -> None:
    post("2025-06-30", [("1101", 700_000), ("3201", -700_000)])
    # Posted "now" (the pinned day): after a count at 30-06-2025 10:00, before one the next day.
    with book.unit_of_work() as s:
        same_day = cash_count.book_balance_at(s, "1101", dt.datetime(2025, 6, 30, 10, 0))
        next_day = cash_count.book_balance_at(s, "1101", dt.datetime(2025, 7, 1, 8, 0))
        posted = cash_count.book_balance_at(s, "1101", clock.now() + dt.timedelta(days=1))
    assert (same_day, next_day, posted) == (0, 700_000, 700_000)


@pytest.mark.parametrize(
    ("counts", "changes"),
    [
        ({NOTE[100_000]: -1}, {}),
        ({NOTE[100_000]: "12"}, {}),
        ({NOTE[100_000]: 1.5}, {}),
        ({NOTE[100_000]: 1}, {"witness": "  "}),
        ({NOTE[100_000]: 1}, {"witness": "sri wahyuni"}),
        (
            {NOTE[100_000]: 1},
            {"counted_at": dt.datetime.combine(TODAY, dt.time()) + dt.timedelta(days=2)},
        ),
        ({NOTE[100_000]: 1}, {"account_code": "1111"}),
    ],
)
def test_bad_cash_count_writes_nothing(
    book: Book,
    pengawas: Actor,
    snapshot: Callable[[], Snapshot],
    counts: dict[Denomination, object],
    changes: dict[str, object],
) -> None:
    before = snapshot()
    data = counted(counts)  # type: ignore[arg-type]
    data = cash_count.CashCountInput(**{**data.__dict__, **changes})
    with pytest.raises(ValidationError) as refused, book.unit_of_work() as s:
        cash_count.record_cash_count(s, pengawas, data)
    assert refused.value.message  # Indonesian, shown beside the field
    assert snapshot() == before


@pytest.mark.parametrize("role", [Role.BENDAHARA, Role.KETUA, Role.ADMIN, Role.KASIR])
def test_only_the_pengawas_record(
    book: Book,
    post: PostFn,
    pengawas: Actor,
    actors: dict[Role, Actor],
    snapshot: Callable[[], Snapshot],
    role: Role,
) -> None:
    post("2025-02-03", [("1101", 10_000), ("3201", -10_000)])
    with book.unit_of_work() as s:
        cash_count.record_cash_count(s, pengawas, counted({NOTE[50_000]: 2}))
        samples.draw_sample(
            s, pengawas, SampleKind.JURNAL, dt.date(2025, 1, 1), TODAY, size=1, seed=7
        )
    with book.unit_of_work() as s:
        findings.record_finding(
            s, pengawas, findings.FindingInput(dt.date(2025, 6, 30), "Kas kecil tanpa bukti")
        )
    before = snapshot()
    other = actors[role]
    attempts: list[Callable[..., object]] = [
        lambda s: cash_count.record_cash_count(s, other, counted({NOTE[50_000]: 9})),
        lambda s: samples.draw_sample(
            s, other, SampleKind.JURNAL, dt.date(2025, 1, 1), TODAY, size=3, seed=1
        ),
        lambda s: samples.tick_item(
            s, other, "SP-2026-001", 1, checked=True, note="dicentang pengurus"
        ),
        lambda s: findings.record_finding(
            s, other, findings.FindingInput(dt.date(2025, 6, 30), "Temuan palsu")
        ),
        lambda s: findings.update_finding(
            s, other, "TM-2025-001",
            findings.FindingInput(
                dt.date(2025, 6, 30), "Sudah beres", status=FindingStatus.SELESAI
            ),
        ),
    ]  # fmt: skip
    for attempt in attempts:
        with pytest.raises(PermissionDeniedError), book.unit_of_work() as s:
            attempt(s)
    assert snapshot() == before


def test_a_recorded_cash_count_cannot_be_changed_even_in_the_database(
    book: Book, pengawas: Actor
) -> None:
    with book.unit_of_work() as s:
        cash_count.record_cash_count(s, pengawas, counted({NOTE[50_000]: 2}))
    with pytest.raises(DBAPIError, match="tidak boleh diubah"), book.unit_of_work() as s:
        s.execute(text("UPDATE cash_count SET physical_total = 0"))
    with pytest.raises(DBAPIError), book.unit_of_work() as s:
        s.execute(text("DELETE FROM cash_count_line"))
    with book.read() as s:
        assert s.execute(select(func.sum(CashCount.physical_total))).scalar() == 100_000


def test_a_sample_is_reproduced_from_its_stored_seed(
    book: Book, post: PostFn, pengawas: Actor
) -> None:
    for day in range(1, 21):
        post(f"2025-02-{day:02d}", [("1101", 1_000 * day), ("3201", -1_000 * day)], f"Jurnal {day}")
    post("2025-03-01", [("1101", 1), ("3201", -1)], "Di luar periode")
    period = (dt.date(2025, 2, 1), dt.date(2025, 2, 28))
    with book.unit_of_work() as s:
        first = samples.draw_sample(s, pengawas, SampleKind.JURNAL, *period, size=5)
        again = samples.draw_sample(
            s, pengawas, SampleKind.JURNAL, *period, size=5, seed=first.seed
        )
    assert first.population == 20
    assert len(first.items) == 5
    assert [i.ref for i in again.items] == [i.ref for i in first.items]
    with book.read() as s:
        assert samples.redraw(s, first.number) == tuple(i.ref for i in first.items)
        stored = samples.get_sample(s, first.number)
        trail = list_audit(s, pengawas, AuditFilter(action="supervision.sample"))
    assert stored.seed == first.seed
    assert all("Di luar periode" not in i.label for i in stored.items)
    assert {e.after["benih"] for e in trail} == {first.seed}


def test_ticking_a_sample_item_is_audited_and_pengawas_only(
    book: Book, post: PostFn, pengawas: Actor, bendahara: Actor, snapshot: Callable[[], Snapshot]
) -> None:
    post("2025-02-03", [("1101", 10_000), ("3201", -10_000)])
    with book.unit_of_work() as s:
        sample = samples.draw_sample(
            s,
            pengawas,
            SampleKind.JURNAL,
            dt.date(2025, 2, 1),
            dt.date(2025, 2, 28),
            size=3,
            seed=11,
        )
        item = samples.tick_item(
            s, pengawas, sample.number, 1, checked=True, note="Bukti kuitansi lengkap"
        )
    assert sample.size == 3
    assert len(sample.items) == 1
    assert (item.checked, item.note, item.checked_by) == (
        True,
        "Bukti kuitansi lengkap",
        "pengawas",
    )
    before = snapshot()
    with pytest.raises(PermissionDeniedError), book.unit_of_work() as s:
        samples.tick_item(s, bendahara, sample.number, 1, checked=False, note="")
    assert snapshot() == before
    with book.read() as s:
        trail = list_audit(s, pengawas, AuditFilter(action="supervision.sample_tick"))
    assert [(e.before["diperiksa"], e.after["diperiksa"]) for e in trail] == [(False, True)]


def test_an_empty_period_has_nothing_to_sample(book: Book, pengawas: Actor) -> None:
    with pytest.raises(DomainError, match="Tidak ada jurnal"), book.unit_of_work() as s:
        samples.draw_sample(
            s, pengawas, SampleKind.JURNAL, dt.date(2025, 2, 1), dt.date(2025, 2, 28), size=3
        )


def test_findings_follow_up_and_the_pengurus_only_respond(
    book: Book, pengawas: Actor, actors: dict[Role, Actor], snapshot: Callable[[], Snapshot]
) -> None:
    bendahara, ketua = actors[Role.BENDAHARA], actors[Role.KETUA]
    with book.unit_of_work() as s:
        made = findings.record_finding(
            s, pengawas,
            findings.FindingInput(
                dt.date(2025, 6, 30), "Kas kecil tanpa bukti",
                "Tiga pengeluaran kas kecil Juni tanpa kuitansi.", "Lengkapi bukti.",
            ),
        )  # fmt: skip
        answered = findings.respond_to_finding(
            s, bendahara, made.number, "Kuitansi sudah dimintakan ke toko."
        )
        done = findings.update_finding(
            s, pengawas, made.number,
            findings.FindingInput(
                dt.date(2025, 6, 30), "Kas kecil tanpa bukti",
                "Tiga pengeluaran kas kecil Juni tanpa kuitansi.", "Lengkapi bukti.",
                FindingStatus.SELESAI,
            ),
        )  # fmt: skip
    assert made.status is FindingStatus.TERBUKA
    assert (answered.response, answered.response_by) == (
        "Kuitansi sudah dimintakan ke toko.", "bendahara",
    )  # fmt: skip
    assert done.status is FindingStatus.SELESAI
    assert done.response == answered.response
    before = snapshot()
    with pytest.raises(PermissionDeniedError), book.unit_of_work() as s:
        findings.respond_to_finding(s, pengawas, made.number, "Pengawas menjawab sendiri")
    with pytest.raises(ValidationError), book.unit_of_work() as s:
        findings.respond_to_finding(s, ketua, made.number, "   ")
    assert snapshot() == before
    with book.read() as s:
        trail = list_audit(s, pengawas, AuditFilter(action="supervision.finding"))
    assert [(e.action, e.username) for e in reversed(trail)] == [
        ("supervision.finding", "pengawas"),
        ("supervision.finding_response", "bendahara"),
        ("supervision.finding_update", "pengawas"),
    ]
    assert trail[0].before == {"status": "terbuka"}
    assert trail[0].after == {"status": "selesai"}


def test_the_pengawas_records_changed_outside_kopdesk_are_named(
    book: Book, book_path: Path, post: PostFn, pengawas: Actor
) -> None:
    """A finding's status or a cash count's total edited with an SQLite editor (guards
    dropped first) is found by ``verify-books``: the new tables are row-sealed."""
    post("2025-02-03", [("1101", 10_000), ("3201", -10_000)])
    with book.unit_of_work() as s:
        cash_count.record_cash_count(s, pengawas, counted({NOTE[10_000]: 1}))
        findings.record_finding(
            s, pengawas, findings.FindingInput(dt.date(2025, 6, 30), "Kas kecil tanpa bukti")
        )
    with book.read() as s:
        assert verify_books(s, pengawas).ok
    conn = sqlite3.connect(book_path)
    for (name,) in conn.execute("SELECT name FROM sqlite_master WHERE type = 'trigger'"):
        conn.execute(f"DROP TRIGGER {name}")
    conn.execute("UPDATE finding SET status = 'selesai'")
    conn.execute("UPDATE cash_count SET difference = 0, physical_total = 10000")
    conn.commit()
    conn.close()
    with book.read() as s:
        result = verify_books(s, pengawas)
    messages = " ".join(p.message for p in result.problems)
    assert not result.ok
    assert "finding" in messages
    assert "cash_count" in messages
