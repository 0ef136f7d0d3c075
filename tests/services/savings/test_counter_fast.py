"""A deposit's receipt balance, now taken from the balance read before posting,
equals the balance read back from the journal after it (issue 16).

``counter.deposit`` reads the account's balance now and on the deposit's day in
one query and gives the receipt that day's balance plus the deposit; the slow,
simple reading is ``accounts.balance`` on the day after commit and
``transactions.get_transaction`` (balance through the entry)."""

from __future__ import annotations

import datetime as dt
import shutil
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kopdesk.domain.permissions import Actor
from kopdesk.errors import KopdeskError
from kopdesk.models import SavingsAccount
from kopdesk.services.members import register as members
from kopdesk.services.members.register import MemberInput
from kopdesk.services.savings import accounts as savings_accounts
from kopdesk.services.savings import counter as savings_counter
from kopdesk.services.savings import transactions as savings_transactions
from kopdesk.storage.db import open_book

D = dt.date

deposits = st.lists(
    st.tuples(
        st.integers(0, 1),
        st.sampled_from(["pokok", "wajib", "sukarela", "sukarela", "berjangka"]),
        st.sampled_from([10_000, 50_000, 100_000, 1_000_000, 2_500_000]),
        st.integers(0, 150),
    ),
    min_size=1,
    max_size=10,
)


@settings(
    max_examples=10, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(plan=deposits)
def test_deposit_receipt_balance_equals_the_journal(
    template_book: Path, bendahara: Actor, plan: list[tuple[int, str, int, int]]
) -> None:
    target = Path(tempfile.mkdtemp()) / "buku.sqlite"
    shutil.copyfile(template_book, target)
    book = open_book(target)
    try:
        with book.unit_of_work() as s:
            numbers = [
                members.register_member(
                    s, bendahara,
                    MemberInput(full_name=f"Penabung {i}", nik=f"32730117088{i}{i:04d}",
                                birth_date=D(1985, 8, 17), sex="L", join_date=D(2025, 1, 1)),
                ).number
                for i in range(2)
            ]  # fmt: skip
        done = 0
        for member, product, amount, day in plan:
            on = D(2025, 1, 1) + dt.timedelta(days=day)  # back-dated ones included
            try:
                with book.unit_of_work() as s:
                    tx = savings_counter.deposit(
                        s, bendahara, member=numbers[member], product=product,
                        amount=amount, on=on,
                    )  # fmt: skip
            except KopdeskError:
                continue  # refused (pokok twice, under a minimum): nothing written
            done += 1
            with book.read() as s:
                account_id = s.query(SavingsAccount.id).filter_by(number=tx.account_number).scalar()
                assert account_id is not None
                assert tx.balance_after == savings_accounts.balance(s, account_id, on)
                again = savings_transactions.get_transaction(s, tx.number)
                assert tx.balance_after == again.balance_after
                assert savings_accounts.balance_now_and_on(s, account_id, on) == (
                    savings_accounts.balance(s, account_id, None),
                    savings_accounts.balance(s, account_id, on),
                )
    finally:
        book.close()
