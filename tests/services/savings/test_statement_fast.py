"""One member's statement read in a few indexed queries equals the statement read
the old way (four queries per account; ``statement_reference``) on random books:
deposits, withdrawals, transfers and corrections at the counter, back-dated ones
included, and month-end interest entries that carry many members' lines."""

from __future__ import annotations

import datetime as dt
import shutil
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy.orm import Session

from kopdesk.domain.permissions import Actor
from kopdesk.errors import KopdeskError
from kopdesk.services.base import settings as book_settings
from kopdesk.services.members import register as members
from kopdesk.services.members.register import MemberInput
from kopdesk.services.savings import corrections as savings_corrections
from kopdesk.services.savings import counter as savings_counter
from kopdesk.services.savings import papers as savings_papers
from kopdesk.services.savings import routine
from kopdesk.storage.db import open_book
from tests.services.savings.statement_reference import reference_statement

D = dt.date
TODAY = D(2026, 1, 15)
PERIODS = (
    (D(2025, 1, 1), D(2025, 12, 31)),
    (D(2025, 2, 10), D(2025, 3, 5)),
    (D(2025, 3, 1), D(2025, 3, 1)),
    (D(2024, 1, 1), D(2024, 12, 31)),
)

ops = st.lists(
    st.tuples(
        st.sampled_from(["setor", "setor", "tarik", "pindah", "koreksi", "berjangka"]),
        st.integers(0, 2),
        st.sampled_from(["pokok", "wajib", "sukarela"]),
        st.sampled_from([10_000, 100_000, 1_000_000, 12_000_000]),
        st.integers(0, 89),
    ),
    min_size=1,
    max_size=12,
)


def _apply(
    s: Session, actor: Actor, op: tuple[str, int, str, int, int], member: str, done: list[str]
) -> str:
    kind, _m, product, amount, day = op
    on = D(2025, 1, 1) + dt.timedelta(days=day)
    if kind == "setor":
        tx = savings_counter.deposit(s, actor, member=member, product=product, amount=amount, on=on)
    elif kind == "berjangka":
        tx = savings_counter.deposit(
            s, actor, member=member, product="berjangka", amount=max(amount, 1_000_000), on=on
        )
    elif kind == "tarik":
        tx = savings_counter.withdraw(
            s, actor, member=member, product="sukarela", amount=amount, on=on
        )
    elif kind == "pindah":
        tx = savings_counter.transfer(
            s, actor, member=member, from_product="sukarela", to_product=product,
            amount=amount, on=on,
        )  # fmt: skip
    else:
        number = done[day % len(done)] if done else "BS-2025-999999"
        tx = savings_corrections.correct(s, actor, number, on, reason="Salah catat")
    return tx.number


@settings(
    max_examples=10, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(sequence=ops)
def test_member_statement_equals_the_per_account_reading(
    template_book: Path, bendahara: Actor, sequence: list[tuple[str, int, str, int, int]]
) -> None:
    target = Path(tempfile.mkdtemp()) / "buku.sqlite"
    shutil.copyfile(template_book, target)
    book = open_book(target)
    try:
        with book.unit_of_work() as s:
            book_settings.set_int(s, book_settings.REVERSAL_APPROVAL_DAYS, 3650)
            numbers = [
                members.register_member(
                    s, bendahara,
                    MemberInput(full_name=f"Penabung {i}", nik=f"32730117088{i}{i:04d}",
                                birth_date=D(1985, 8, 17), sex="L", join_date=D(2025, 1, 1)),
                ).number
                for i in range(3)
            ]  # fmt: skip
        done: list[str] = []
        for op in sequence:
            try:
                with book.unit_of_work() as s:
                    done.append(_apply(s, bendahara, op, numbers[op[1]], done))
            except KopdeskError:
                pass  # refused: nothing written
        for month in ("2025-01", "2025-02"):
            with book.unit_of_work() as s:
                routine.run_month_end(s, bendahara, month, today=TODAY)
        with book.read() as s:
            for number in numbers:
                for first, last in PERIODS:
                    fast = savings_papers.member_statement(s, number, first, last)
                    assert fast == reference_statement(s, number, first, last)
    finally:
        book.close()
