"""A writer for the crash tests: posts one long batch in one transaction.

    python -m tests.crash_writer journal|import BOOK BATCH

Prints ``ready`` before the batch starts and ``done`` after it committed; the
test kills it with SIGKILL somewhere in between (or after).
"""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

from kopdesk.services.base import users
from kopdesk.services.imports import members as member_import
from kopdesk.services.ledger import journal
from kopdesk.storage.db import open_book

ENTRIES = 80


def main() -> None:
    mode, path, batch = sys.argv[1], Path(sys.argv[2]), sys.argv[3]
    book = open_book(path)
    with book.read() as s:
        actor = users.get_user(s, "bendahara").actor()
    if mode == "import":
        with book.read() as s:
            plan = member_import.plan_import(s, path.with_name(f"anggota-{batch}.csv"))
        print("ready", flush=True)
        with book.unit_of_work() as s:
            member_import.commit_import(s, actor, plan)
    else:
        entry = journal.EntryInput(
            dt.date(2025, 6, 1),
            f"batch-{batch}",
            [journal.LineInput("1101", 5_000), journal.LineInput("3202", -5_000)],
        )
        print("ready", flush=True)
        with book.unit_of_work() as s:
            for _ in range(ENTRIES):
                journal.post_entry(s, entry, actor=actor)
    print("done", flush=True)
    book.close()


if __name__ == "__main__":
    main()
