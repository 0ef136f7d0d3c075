"""Row seals: every row that carries money or rights is hash-chained as kopdesk writes it.

The journal and the audit trail chain themselves (``chains.py``). Every other table
of the book — users and their roles, accounts, fiscal years, members, savings and
loans with all their events, the document registry, settings, number series, the
closing and SHU records — is covered here: each committed change of a row appends
one *seal* to the ``seal`` chain with the digest of the row's content before and
after (``domain.chain.seal_record``). Verification (``seal_check.py``) replays a
row's seals and compares the last one with the row as it is now, so a row changed,
inserted or deleted behind kopdesk's back is named by its table and key, and a row
kopdesk later writes over carries the evidence (its "before" is not the last seal).

How kopdesk's own writes are caught, whatever statement made them (ORM, Core,
bulk): each writing connection has a temporary table ``kopdesk_touched``. On SQLite
temporary triggers, which exist only in kopdesk's connection, note every INSERT,
UPDATE and DELETE on a covered table there; on PostgreSQL one permanent trigger
function (revision 0008) does, only in a session that asked for it. Another program
writing to the book notes nothing. At commit, :func:`seal_session` reads the noted
rows back and seals them. Database guards (triggers and their functions) are sealed
the same way, as rows of the pseudo-table :data:`GUARDS`, by the revisions that make
them; verification compares their SQL, not only their names.
"""

from __future__ import annotations

import datetime as dt
import functools
import json
import sqlite3
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from typing import Any, cast

import sqlalchemy as sa
from sqlalchemy import Connection, bindparam, insert, text, update
from sqlalchemy.orm import Session, SessionTransaction

from kopdesk.domain import clock
from kopdesk.domain.chain import (
    CHAINS,
    GENESIS,
    ChainHead,
    canonical,
    digest,
    link_hash,
    seal_record,
)
from kopdesk.models import Base, ChainState, RowSeal, core_table
from kopdesk.storage.db import HEADS, SEALING

SEAL = "seal"
"""The chain of row seals (in ``chain_state`` beside ``journal`` and ``audit``)."""
GUARDS = "(pengaman)"
"""The pseudo-table of the database's guards: triggers (and PostgreSQL functions)."""
NOT_SEALED = frozenset(
    {
        "journal_entry",
        "journal_line",
        "audit_log",
        "chain_state",
        "row_seal",
        "ledger_total",
        "account_month_total",
        "account_month_flow",
    }
)
"""Tables checked otherwise: the two chains themselves, their heads, the seals, and
the book's running debit total and per-account month totals (compared with the
journal's lines)."""
TOUCHED = "kopdesk_touched"


def covered_tables(tables: Iterable[sa.Table] | None = None) -> list[sa.Table]:
    """The sealed tables, in dependency order (the models' unless ``tables`` given)."""
    source = Base.metadata.sorted_tables if tables is None else tables
    return [t for t in source if t.name not in NOT_SEALED and t.name != "alembic_version"]


_COVERED = {t.name: t for t in covered_tables()}


# --- a row's canonical content -------------------------------------------------------


def _as_bool(value: object) -> object:
    return bool(value) if isinstance(value, bool | int) else value


def _as_datetime(value: object) -> object:
    try:
        moment = value if isinstance(value, dt.datetime) else dt.datetime.fromisoformat(str(value))
    except ValueError:
        return str(value)  # unreadable: hashed as it stands (kopdesk did not write it)
    return moment.isoformat(sep=" ", timespec="microseconds")


def _as_date(value: object) -> object:
    try:
        day = value if isinstance(value, dt.date) else dt.date.fromisoformat(str(value))
    except ValueError:
        return str(value)
    return day.isoformat()


Plain = Callable[[object], object] | None


def _plain_of(column: sa.Column[Any]) -> Plain:
    """How one column's values are hashed, the same whether read from the table (SQLite
    text, PostgreSQL objects) or from the JSON a trigger noted; None: as they are."""
    kind = column.type
    if isinstance(kind, sa.Boolean):
        return _as_bool
    if isinstance(kind, sa.DateTime):
        return _as_datetime
    if isinstance(kind, sa.Date):
        return _as_date
    return None


@functools.cache
def _layout(table: sa.Table) -> tuple[tuple[str, Plain], ...]:
    return tuple((c.name, _plain_of(c)) for c in table.columns)


@functools.cache
def _key_layout(table: sa.Table) -> tuple[tuple[str, Plain], ...]:
    return tuple((c.name, _plain_of(c)) for c in table.primary_key.columns)


def _plained(layout: Sequence[tuple[str, Plain]], values: Sequence[object]) -> list[object]:
    return [
        v if plain is None or v is None else plain(v)
        for (_name, plain), v in zip(layout, values, strict=True)
    ]


def content_digest(table: sa.Table, values: Mapping[str, object]) -> str:
    """The digest of a row's content: every column, canonical (``domain.chain.digest``)."""
    layout = _layout(table)
    plain = _plained(layout, [values.get(name) for name, _ in layout])
    return digest(dict(zip((name for name, _ in layout), plain, strict=True)))


def key_text(table: sa.Table, values: Mapping[str, object] | Sequence[object]) -> str:
    """A row's key as canonical JSON (``[5]``, ``["JU-2025"]``, ``[12,3]``), from the
    row's values or from the list of its primary key values."""
    layout = _key_layout(table)
    raw = [values.get(n) for n, _ in layout] if isinstance(values, Mapping) else list(values)
    if len(raw) == 1 and type(raw[0]) is int:
        return f"[{raw[0]}]"  # the common case, as canonical() writes it
    return canonical(_plained(layout, raw))


@functools.cache
def _raw_table(table: sa.Table) -> sa.TableClause:
    """The table without column types: values come back as the database holds them."""
    return sa.table(table.name, *(sa.column(c.name) for c in table.columns))


@functools.cache
def _by_key(table: sa.Table) -> tuple[sa.Select[Any], sa.Select[Any]]:
    """Reading rows by the first key column: one value, or many (built once a table)."""
    raw = _raw_table(table)
    first = raw.c[next(iter(table.primary_key.columns)).name]
    return (
        sa.select(raw).where(first == bindparam("one")),
        sa.select(raw).where(first.in_(bindparam("many", expanding=True))),
    )


def read_rows(
    conn: Connection, table: sa.Table, keys: Iterable[str] | None = None
) -> Iterator[dict[str, object]]:
    """The table's rows as the database holds them (all, or those with ``keys``)."""
    if keys is None:
        for every in conn.execute(sa.select(_raw_table(table))).mappings():
            yield dict(every)
        return
    wanted = set(keys)
    single = len(table.primary_key.columns) == 1
    values = sorted({json.loads(k)[0] for k in wanted}, key=str)
    driver = _sqlite(conn)
    for start in range(0, len(values), 500):
        chunk = values[start : start + 500]
        if driver is not None:
            found = list(_driver_rows(driver, table, chunk))
        else:
            one, many = _by_key(table)
            stmt, params = (one, {"one": chunk[0]}) if len(chunk) == 1 else (many, {"many": chunk})
            found = [dict(each) for each in conn.execute(stmt, params).mappings()]
        for row in found:
            if single or key_text(table, row) in wanted:
                yield row


def _sqlite(conn: Connection) -> sqlite3.Connection | None:
    """The driver's own connection of an SQLite book. Sealing runs at every commit, and
    a statement costs a tenth through the driver of what it costs through SQLAlchemy;
    the values are the same (untyped), and it is the same transaction."""
    if conn.dialect.name != "sqlite":
        return None
    return cast(sqlite3.Connection, conn.connection.dbapi_connection)


@functools.cache
def _driver_select(table: sa.Table) -> str:
    columns = ", ".join(f'"{c.name}"' for c in table.columns)
    first = next(iter(table.primary_key.columns)).name
    return f'SELECT {columns} FROM "{table.name}" WHERE "{first}" IN '


def _driver_rows(
    driver: sqlite3.Connection, table: sa.Table, values: Sequence[object]
) -> Iterator[dict[str, object]]:
    names = [c.name for c in table.columns]
    marks = "(" + ", ".join("?" * len(values)) + ")"
    for found in driver.execute(_driver_select(table) + marks, tuple(values)):
        yield dict(zip(names, found, strict=True))


# --- noting kopdesk's writes ---------------------------------------------------------


def _sqlite_touch_triggers(table: sa.Table) -> list[str]:
    """Three temporary triggers noting the new key, the old key and the old content."""
    new = "json_array(" + ", ".join(f'NEW."{c.name}"' for c in table.primary_key.columns) + ")"
    key = "json_array(" + ", ".join(f'OLD."{c.name}"' for c in table.primary_key.columns) + ")"
    old = "json_object(" + ", ".join(f"'{c.name}', OLD.\"{c.name}\"" for c in table.columns) + ")"
    note = f"INSERT INTO {TOUCHED} (tbl, k, ok, old) VALUES ('{table.name}'"
    return [
        f"CREATE TEMP TRIGGER kopdesk_touch_{table.name}_{when} AFTER {when.upper()} "
        f"ON main.{table.name} BEGIN {note}, {noted}); END"
        for when, noted in (
            ("insert", f"{new}, NULL, NULL"),
            ("update", f"{new}, {key}, {old}"),
            ("delete", f"NULL, {key}, {old}"),
        )
    ]


SQLITE_SETUP = (
    f"CREATE TEMP TABLE {TOUCHED} "
    "(seq INTEGER PRIMARY KEY, tbl TEXT NOT NULL, k TEXT, ok TEXT, old TEXT)",
    *(sql for table in _COVERED.values() for sql in _sqlite_touch_triggers(table)),
)
POSTGRES_SETUP = (
    f"CREATE TEMP TABLE IF NOT EXISTS {TOUCHED} "
    "(seq bigserial PRIMARY KEY, tbl text NOT NULL, k text, ok text, old text)",
    "SET SESSION kopdesk.seal = 'on'",
)
_READY = "kopdesk.touch"
"""``Connection.info`` key: ``pending`` while the transaction that set the connection up
is open (its rollback undoes the set-up), ``ready`` once it committed."""


_FORGET = text(f"DELETE FROM {TOUCHED}")


def prepare_connection(conn: Connection) -> None:
    """Make ``conn`` note kopdesk's writes (set up once per database connection) and
    forget anything noted outside a unit of work: only a unit of work's own writes
    are sealed."""
    if conn.info.get(_READY):
        driver = _sqlite(conn)
        if driver is not None:
            driver.execute(f"DELETE FROM {TOUCHED}")
        else:
            conn.execute(_FORGET)
        return
    setup = SQLITE_SETUP if conn.dialect.name == "sqlite" else POSTGRES_SETUP
    for statement in setup:
        conn.exec_driver_sql(statement)
    conn.info[_READY] = "pending"


def _committed(conn: Connection) -> None:
    if conn.info.get(_READY) == "pending":
        conn.info[_READY] = "ready"


def _rolled_back(conn: Connection) -> None:
    if conn.info.get(_READY) == "pending":
        del conn.info[_READY]


sa.event.listen(sa.Engine, "commit", _committed)
sa.event.listen(sa.Engine, "rollback", _rolled_back)

_NOTED_SQL = f"DELETE FROM {TOUCHED} RETURNING seq, tbl, k, ok, old"
_NOTED = text(_NOTED_SQL)


def _noted_changes(
    conn: Connection, noted: Sequence[Any]
) -> list[tuple[str, str, str | None, str | None]]:
    """``(table, key, before digest, after digest)`` of every row the transaction changed."""
    first: dict[tuple[str, str], Mapping[str, object] | None] = {}
    for _seq, tbl, k, ok, old in sorted(noted, key=lambda row: int(row[0])):
        table = _COVERED[tbl]
        if old is not None:
            # The content before the transaction is the first one noted for a key; the
            # old key (SQLite notes it) spares parsing the content again and again.
            known = key_text(table, json.loads(ok)) if ok is not None else None
            if known is None or (tbl, known) not in first:
                values = json.loads(old)
                first.setdefault((tbl, known or key_text(table, values)), values)
        if k is not None:
            first.setdefault((tbl, key_text(table, json.loads(k))), None)
    keys_by_table: dict[str, list[str]] = defaultdict(list)
    for tbl, key in first:
        keys_by_table[tbl].append(key)
    changes = []
    for table in _COVERED.values():
        keys = keys_by_table.get(table.name)
        if not keys:
            continue
        now = {key_text(table, r): content_digest(table, r) for r in read_rows(conn, table, keys)}
        for key in sorted(keys):
            before = first[(table.name, key)]
            before_hash = None if before is None else content_digest(table, before)
            if before_hash != now.get(key):
                changes.append((table.name, key, before_hash, now.get(key)))
    return changes


# --- the seal chain -------------------------------------------------------------------

_CHAIN = core_table(ChainState)
_HEADS = sa.select(_CHAIN.c.name, _CHAIN.c.last_seq, _CHAIN.c.last_hash)
_TAKE = (
    update(_CHAIN)
    .where(_CHAIN.c.name == SEAL)
    .values(last_seq=_CHAIN.c.last_seq + bindparam("n"))
    .returning(_CHAIN.c.last_seq, _CHAIN.c.last_hash)
)
_MOVE = update(_CHAIN).where(_CHAIN.c.name == SEAL).values(last_hash=bindparam("h"))
_INSERT = insert(core_table(RowSeal))
_DRIVER_TAKE = (
    f"UPDATE chain_state SET last_seq = last_seq + ? WHERE name = '{SEAL}' "
    "RETURNING last_seq, last_hash"
)
_DRIVER_MOVE = f"UPDATE chain_state SET last_hash = ? WHERE name = '{SEAL}'"
_DRIVER_INSERT = (
    "INSERT INTO row_seal (chain_seq, at, journal_seq, tbl, row_key, before_hash, after_hash, "
    "prev_hash, hash) VALUES (:chain_seq, :at, :journal_seq, :tbl, :row_key, :before_hash, "
    ":after_hash, :prev_hash, :hash)"
)


def chain_heads(conn: Connection) -> tuple[ChainHead, ...]:
    """Every chain's head as this transaction sees it (``CHAINS`` order)."""
    driver = _sqlite(conn)
    rows = (
        driver.execute("SELECT name, last_seq, last_hash FROM chain_state")
        if driver is not None
        else conn.execute(_HEADS)
    )
    found = {str(n): (int(s), str(h)) for n, s, h in rows}
    return tuple(ChainHead(c, *found.get(c, (0, GENESIS))) for c in CHAINS)


def append_seals(
    conn: Connection,
    changes: Sequence[tuple[str, str, str | None, str | None]],
    *,
    journal_seq: int,
) -> ChainHead:
    """Append one seal per change; the seal chain's new head. The head row stays
    locked until the transaction ends, so two writers never fork the chain."""
    driver = _sqlite(conn)
    if driver is not None:
        last, prev = driver.execute(_DRIVER_TAKE, (len(changes),)).fetchone()
    else:
        last, prev = conn.execute(_TAKE, {"n": len(changes)}).one()
    at = clock.now()
    rows = []
    for seq, (tbl, key, before, after) in enumerate(changes, start=int(last) - len(changes) + 1):
        row: dict[str, object] = {
            "chain_seq": seq,
            "at": at,
            "journal_seq": journal_seq,
            "tbl": tbl,
            "row_key": key,
            "before_hash": before,
            "after_hash": after,
            "prev_hash": prev,
        }
        row["hash"] = prev = link_hash(str(prev), seal_record(row))
        rows.append(row)
    if rows and driver is not None:
        stamp = at.strftime("%Y-%m-%d %H:%M:%S.%f")  # as SQLAlchemy writes a DateTime
        driver.executemany(_DRIVER_INSERT, [{**row, "at": stamp} for row in rows])
        driver.execute(_DRIVER_MOVE, (prev,))
    elif rows:
        conn.execute(_INSERT, rows)
        conn.execute(_MOVE, {"h": prev})
    return ChainHead(SEAL, int(last), str(prev))


def seal_session(session: Session) -> None:
    """Seal what this unit of work changed (the ``before_commit`` of its session) and,
    when it moved a chain, keep the chains' heads in ``session.info[HEADS]`` for the
    anchors beside the book."""
    if not session.info.get(SEALING) or session.in_nested_transaction():
        return
    session.flush()
    conn = session.connection()
    heads = chain_heads(conn)
    driver = _sqlite(conn)  # and what was noted is forgotten: the next one starts empty
    noted = driver.execute(_NOTED_SQL).fetchall() if driver else conn.execute(_NOTED).all()
    if noted:
        changes = _noted_changes(conn, noted)
        if changes:
            seal = append_seals(conn, changes, journal_seq=heads[0].length)
            heads = tuple(seal if h.chain == SEAL else h for h in heads)
    if heads != session.info.get(_BEGAN):  # only a transaction that moved a chain is anchored
        session.info[HEADS] = heads


_BEGAN = "kopdesk.heads_at_begin"


def _after_begin(session: Session, transaction: SessionTransaction, connection: Connection) -> None:
    if session.info.get(SEALING) and transaction.parent is None:  # not a savepoint
        prepare_connection(connection)
        session.info[_BEGAN] = chain_heads(connection)


sa.event.listen(Session, "after_begin", _after_begin)
sa.event.listen(Session, "before_commit", seal_session)


# --- sealing by the schema revisions ---------------------------------------------------


def seal_all(conn: Connection, tables: Iterable[sa.Table]) -> None:
    """Seal every row of ``tables`` as it stands (a revision bringing rows under seal)."""
    journal_seq = chain_heads(conn)[0].length
    for table in covered_tables(tables):
        batch: list[tuple[str, str, str | None, str | None]] = []
        for row in read_rows(conn, table):
            batch.append((table.name, key_text(table, row), None, content_digest(table, row)))
            if len(batch) >= 5000:
                append_seals(conn, batch, journal_seq=journal_seq)
                batch = []
        if batch:
            append_seals(conn, batch, journal_seq=journal_seq)


def guard_digests(conn: Connection) -> dict[str, tuple[str, str]]:
    """Every guard of the database now: key -> (name, digest of its SQL, whitespace
    normalised). SQLite: its triggers; PostgreSQL: its triggers (with their enabled
    state) and the functions of the book's schema."""
    found: dict[str, tuple[str, str]] = {}
    if conn.dialect.name == "sqlite":
        rows = conn.execute(text("SELECT name, sql FROM sqlite_master WHERE type = 'trigger'"))
        for name, sql in rows:
            found[canonical(["trigger", name])] = (name, _sql_digest(sql))
        return found
    triggers = conn.execute(
        text(
            "SELECT t.tgname, c.relname, pg_get_triggerdef(t.oid), t.tgenabled FROM pg_trigger t "
            "JOIN pg_class c ON c.oid = t.tgrelid JOIN pg_namespace n ON n.oid = c.relnamespace "
            "WHERE NOT t.tgisinternal AND n.nspname = current_schema()"
        )
    )
    for name, table, sql, enabled in triggers:
        found[canonical(["trigger", name, table])] = (name, _sql_digest(f"{sql} {enabled}"))
    functions = conn.execute(
        text(
            "SELECT p.oid::regprocedure::text, pg_get_functiondef(p.oid) FROM pg_proc p "
            "JOIN pg_namespace n ON n.oid = p.pronamespace "
            "WHERE n.nspname = current_schema() AND p.prokind = 'f'"
        )
    )
    for name, sql in functions:
        found[canonical(["function", name])] = (name, _sql_digest(sql))
    return found


def _sql_digest(sql: str | None) -> str:
    return digest({"sql": " ".join((sql or "").split())})


def sealed_versions(conn: Connection, tbl: str) -> dict[str, str | None]:
    """The last sealed digest of each key of ``tbl`` (None: sealed as deleted)."""
    rows = conn.execute(
        sa.select(RowSeal.row_key, RowSeal.after_hash)
        .where(RowSeal.tbl == tbl)
        .order_by(RowSeal.chain_seq)
    )
    return {str(key): after for key, after in rows}


def seal_guards(conn: Connection) -> None:
    """Seal the guards as they are now (a revision that made or changed them)."""
    sealed = sealed_versions(conn, GUARDS)
    now = {key: d for key, (_name, d) in guard_digests(conn).items()}
    changes = [
        (GUARDS, key, sealed.get(key), now.get(key))
        for key in sorted(set(sealed) | set(now))
        if sealed.get(key) != now.get(key)
    ]
    if changes:
        append_seals(conn, changes, journal_seq=chain_heads(conn)[0].length)


def row_matches_seal(conn: Connection, table: sa.Table, key: str) -> bool:
    """Whether one row is as kopdesk last sealed it (a quick look, not the whole chain)."""
    sealed = conn.execute(
        sa.select(RowSeal.after_hash)
        .where(RowSeal.tbl == table.name, RowSeal.row_key == key)
        .order_by(RowSeal.chain_seq.desc())
        .limit(1)
    ).scalar()
    row = next(read_rows(conn, table, [key]), None)
    return row is not None and sealed == content_digest(table, row)
