"""Opening a book: engine and session factory, SQLite PRAGMAs, migrations,
and ``unit_of_work()`` — one transaction per user action.

A *book* is one cooperative's database: an SQLite file (the default) or a
PostgreSQL database chosen by URL. Opening an older book upgrades it after a
dated backup copy; a book newer than this program is refused.
"""

from __future__ import annotations

import contextlib
import importlib.util
import os
import sqlite3
import sys
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from sqlalchemy import Connection, Engine, create_engine, event, inspect, text
from sqlalchemy.exc import DatabaseError, DBAPIError, IntegrityError, ProgrammingError
from sqlalchemy.orm import Session, sessionmaker

from kopdesk.domain import clock
from kopdesk.domain.chain import ChainHead
from kopdesk.errors import StorageError
from kopdesk.storage import anchors
from kopdesk.storage.backups import backup_folder, make_backup
from kopdesk.storage.files import (
    FILE_MODE,
    create_private_file,
    disk_full,
    make_private_folder,
    remove_quietly,
)
from kopdesk.storage.locking import WriterLock
from kopdesk.storage.paths import default_book_path

if TYPE_CHECKING:
    from alembic.config import Config

T = TypeVar("T")

MIGRATIONS_DIR = Path(__file__).parent / "migrations"
HEAD_REVISION = "0014"
"""The newest revision in :data:`MIGRATIONS_DIR`, known without loading Alembic: a
current book opens without it (a test keeps this equal to Alembic's own head, so a
new migration must raise it)."""
VERSION_TABLE = "alembic_version"
SEALING = "kopdesk.sealing"
"""``Session.info`` key of the writing sessions: ``services/seals.py`` seals their changes."""
HEADS = "kopdesk.chain_heads"
"""``Session.info`` key: the chains' heads as the unit of work committed them."""
BUSY_TIMEOUT_MS = 10_000
DATABASE_URL_ENV = "KOPDESK_DATABASE_URL"


def book_url(target: str | Path) -> str:
    """A database URL for a file path or an URL (``postgresql+psycopg://...``).

    Raises ``StorageError`` for an URL kopdesk cannot use (another database, a
    driver that is not installed, an URL that cannot be read).
    """
    text = str(target)
    if "://" in text:
        _check_url(text)
        return text
    return f"sqlite:///{Path(text).expanduser().resolve()}"


_USABLE = (("sqlite", ("", "pysqlite")), ("postgresql", ("", "psycopg")))
_WHICH = "kopdesk memakai berkas SQLite atau PostgreSQL (postgresql+psycopg://...)"


def _check_url(text: str) -> None:
    """Never echoes the URL: it may hold a password."""
    from sqlalchemy.engine import make_url
    from sqlalchemy.exc import ArgumentError

    try:
        name = make_url(text).drivername
    except (ArgumentError, ValueError) as exc:
        raise StorageError(f"URL basis data tidak dapat dibaca; {_WHICH}.") from exc
    backend, _, driver = name.partition("+")
    if (backend, driver) not in [(b, d) for b, drivers in _USABLE for d in drivers]:
        raise StorageError(f"Basis data '{name}' tidak didukung; {_WHICH}.")
    if backend == "postgresql" and importlib.util.find_spec("psycopg") is None:
        raise StorageError(
            "PostgreSQL memerlukan paket psycopg; pasang dengan pip install 'kopdesk[postgres]'."
        )


def _is_sqlite(url: str) -> bool:
    return url.startswith("sqlite")


def _sqlite_path(url: str) -> Path:
    return Path(url.removeprefix("sqlite:///"))


def _install_sqlite_hooks(engine: Engine, *, read_only: bool = False) -> None:
    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: sqlite3.Connection, _record: Any) -> None:
        # Let SQLAlchemy's "begin" event issue BEGIN so we choose its kind.
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        cursor.execute("PRAGMA foreign_keys = ON")
        if not read_only:
            cursor.execute("PRAGMA journal_mode = WAL")
            cursor.execute("PRAGMA synchronous = FULL")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(connection: Any) -> None:
        # Writers take the write lock at BEGIN: a deferred reader that later
        # writes could fail with SQLITE_BUSY under WAL instead of waiting.
        kind = connection.get_execution_options().get("sqlite_begin", "DEFERRED")
        connection.exec_driver_sql(f"BEGIN {kind}")


def _alembic_config() -> Config:
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    return cfg


def head_revision() -> str:
    """The newest schema revision this program knows, as Alembic reads it from the
    migration scripts (:data:`HEAD_REVISION` without loading them)."""
    from alembic.script import ScriptDirectory

    head = ScriptDirectory.from_config(_alembic_config()).get_current_head()
    assert head is not None
    return head


@dataclass
class Book:
    """An open book. Use :meth:`unit_of_work` for writes, :meth:`read` for reads."""

    url: str
    engine: Engine
    _writer: sessionmaker[Session]
    _reader: sessionmaker[Session]
    read_only_reason: str = ""
    """Non-empty when the book was opened read-only; says why (who has it)."""
    lock: WriterLock | None = None
    """The single-writer lock, when this process holds it."""

    @property
    def read_only(self) -> bool:
        return bool(self.read_only_reason)

    @property
    def path(self) -> Path | None:
        """The SQLite file, or None for a server database."""
        return _sqlite_path(self.url) if _is_sqlite(self.url) else None

    _uid: str = field(default="", repr=False)
    _anchored: object = field(default=None, repr=False)

    @contextmanager
    def unit_of_work(self) -> Iterator[Session]:
        """One user action: everything written commits together or not at all.

        Once committed, the chains' heads are appended to the anchor files beside
        the book and in its backup folder (``kopdesk.storage.anchors``)."""
        if self.read_only:
            raise StorageError(f"Buku dibuka hanya-baca: {self.read_only_reason}")
        with _storage_errors(), self._writer.begin() as session:
            yield session
        self._anchor(session.info.get(HEADS))

    def _anchor(self, heads: Sequence[ChainHead] | None) -> None:
        path = self.path
        if path is None or not heads or heads == self._anchored:
            return
        if not self._uid:
            with self.engine.connect() as conn:
                uid = conn.exec_driver_sql(
                    "SELECT book_uid FROM cooperative_profile WHERE id = 1"
                ).scalar()
            if not uid:
                return  # a book being set up: nothing worth anchoring yet
            self._uid = str(uid)
        anchors.append(
            anchors.files_of(path, [backup_folder(path)]),
            uid=self._uid,
            event=anchors.COMMIT,
            heads=heads,
            at=clock.now(),
        )
        self._anchored = heads

    @contextmanager
    def read(self) -> Iterator[Session]:
        """A read-only look at the book (rolled back at the end)."""
        with _storage_errors(), self._reader() as session:
            try:
                yield session
            finally:
                session.rollback()

    def close(self) -> None:
        self.engine.dispose()
        if self.lock is not None:
            self.lock.release()
            self.lock = None


@contextmanager
def _storage_errors() -> Iterator[None]:
    try:
        yield
    except (IntegrityError, ProgrammingError):
        raise  # kopdesk's own bug or a guard refusing tampering: never the environment
    except DatabaseError as exc:
        raise storage_error_from(exc) from exc


def storage_error_from(exc: DBAPIError | sqlite3.Error) -> StorageError:
    """An Indonesian :class:`StorageError` for a database failure of the environment."""
    text = str(getattr(exc, "orig", exc)).lower()
    if "locked" in text or "busy" in text:
        return StorageError("Buku sedang dipakai program lain. Tutup program itu lalu coba lagi.")
    if "readonly" in text or "read-only" in text:
        return StorageError(
            "Buku tidak dapat ditulis (hanya-baca). Periksa izin berkas atau salin ke folder lain."
        )
    if "disk is full" in text or "database or disk is full" in text:
        return StorageError(
            "Disk penuh. Kosongkan ruang disk lalu coba lagi; tidak ada yang tersimpan."
        )
    if "not a database" in text or "malformed" in text:
        return StorageError(
            "Berkas buku rusak atau bukan buku kopdesk. Jangan timpa berkas ini; "
            "pulihkan dari cadangan terakhir."
        )
    return StorageError(f"Buku tidak dapat dibuka atau ditulis: {text}")


def open_book(
    target: str | Path | None = None,
    *,
    create: bool = False,
    writer: str | None = None,
    read_only: bool = False,
) -> Book:
    """Open (and if needed upgrade) a book; ``create`` makes a new empty one.

    ``target`` is a file path or a database URL; None means the URL in
    ``KOPDESK_DATABASE_URL`` or else :func:`default_book_path`.
    ``writer`` (a user name) takes the single-writer lock of an SQLite book for
    as long as the book is open (``BookInUseError`` says who has it);
    ``read_only`` opens it without writing anything.
    Only ``create`` (``kopdesk init``, the first-start wizard) puts the tables
    of a book into a missing or empty (0-byte) file or an empty database; a
    new file and its folders are owner-only (:mod:`kopdesk.storage.files`) and are
    removed again (an empty file emptied again) when the book cannot be made.
    Raises ``StorageError`` when the file is missing or empty (and not
    ``create``), is not a kopdesk book, lies on a network share, or was made
    by a newer kopdesk.
    """
    book, _undo = _open(target, create=create, writer=writer, read_only=read_only)
    return book


def _open(
    target: str | Path | None, *, create: bool, writer: str | None, read_only: bool
) -> tuple[Book, Callable[[], None]]:
    """:func:`open_book`, and how to undo the creation of a new book file."""
    if target is None:
        target = os.environ.get(DATABASE_URL_ENV) or default_book_path()
    url = book_url(target)
    lock = None
    undo: Callable[[], None] = _nothing
    if _is_sqlite(url):
        path = _sqlite_path(url)
        refuse_network_share(path)
        if not path.exists():
            if not create:
                raise StorageError(
                    f"Buku tidak ditemukan: {path}. Buat buku baru dengan 'kopdesk init'."
                )
            undo = _new_file(path)
        elif _check_sqlite_file(path):
            if not create or read_only:
                raise StorageError(_empty_file_message(path))
            undo = _take_over_empty_file(path)
    try:
        if writer is not None and not read_only and _is_sqlite(url):
            lock = WriterLock(_sqlite_path(url), writer)
        book = _open_engine(url, read_only=read_only, create=create)
    except BaseException:
        if lock is not None:
            lock.release()
        undo()
        raise
    book.lock = lock
    return book, undo


def _nothing() -> None:
    return None


def _empty_file_message(path: Path) -> str:
    return (
        f"Berkas buku {path} kosong (0 bita), belum berisi buku kopdesk. Buat bukunya dengan "
        f"'kopdesk init --db {path}' atau lewat wizard saat kopdesk pertama dibuka; bila berkas "
        "ini seharusnya berisi buku, pulihkan dari cadangan."
    )


def _side_files(path: Path) -> list[Path]:
    return [Path(f"{path}{suffix}") for suffix in ("-wal", "-shm", "-journal")]


def _new_file(path: Path) -> Callable[[], None]:
    """Create an owner-only empty book file (and its folders); returns how to remove them."""
    try:
        folders = make_private_folder(path.parent)
    except OSError as exc:
        raise _cannot_create(path.parent, exc) from exc
    try:
        create_private_file(path)
    except OSError as exc:
        remove_quietly(*reversed(folders))
        raise _cannot_create(path.parent, exc) from exc

    def undo() -> None:
        remove_quietly(*_side_files(path), path, *reversed(folders))

    return undo


def _take_over_empty_file(path: Path) -> Callable[[], None]:
    """An existing 0-byte file becomes the new book (owner-only on POSIX); returns how
    to make it empty again."""
    if os.name == "posix":
        path.chmod(FILE_MODE)

    def undo() -> None:
        remove_quietly(*_side_files(path))
        with contextlib.suppress(OSError):
            os.truncate(path, 0)

    return undo


def _cannot_create(folder: Path, exc: OSError) -> StorageError:
    if disk_full(exc):
        return StorageError(
            f"Disk penuh: buku baru tidak dapat dibuat di {folder}. Kosongkan ruang disk lalu "
            "coba lagi; tidak ada yang tersimpan."
        )
    return StorageError(
        f"Buku baru tidak dapat dibuat di {folder} ({exc.strerror}); periksa izin folder."
    )


def open_read_only(target: str | Path, reason: str) -> Book:
    """Open a book for reading only (another kopdesk is writing to it)."""
    book = open_book(target, read_only=True)
    book.read_only_reason = reason
    return book


def _open_engine(url: str, *, read_only: bool, create: bool = False) -> Book:
    if read_only:
        if _is_sqlite(url):
            engine = create_engine(
                f"sqlite:///file:{_sqlite_path(url)}?mode=ro&uri=true", connect_args={"uri": True}
            )
            _install_sqlite_hooks(engine, read_only=True)
        else:
            engine = create_engine(url)
        _refuse_pending_migrations(engine)
    else:
        engine = create_engine(url)
        if _is_sqlite(url):
            _install_sqlite_hooks(engine)
        try:
            _migrate(engine, url, create=create)
        except BaseException:
            engine.dispose()
            raise
    writer = engine.execution_options(sqlite_begin="IMMEDIATE")
    return Book(
        url=url,
        engine=engine,
        _writer=sessionmaker(writer, expire_on_commit=False, info={SEALING: True}),
        _reader=sessionmaker(engine, expire_on_commit=False),
        read_only_reason="dibuka hanya untuk dibaca." if read_only else "",
    )


def _refuse_pending_migrations(engine: Engine) -> None:
    """A book opened read-only is never upgraded (nor made): refuse what would need it."""
    try:
        current, tables = _schema(engine)
        refusal = _unusable(current, tables, create=False)
        if refusal is None and current != HEAD_REVISION:
            refusal = StorageError(
                "Buku ini perlu diperbarui ke versi kopdesk ini; buka tanpa hanya-baca dulu."
            )
    except BaseException:
        engine.dispose()
        raise
    if refusal is not None:
        engine.dispose()
        raise refusal


def _schema(engine: Engine) -> tuple[str | None, set[str]]:
    """The book's schema revision (None if it has none) and its tables."""
    try:
        with engine.connect() as conn:
            tables = set(inspect(conn).get_table_names())
            current = _stamped_revision(conn) if VERSION_TABLE in tables else None
    except DBAPIError as exc:
        raise storage_error_from(exc) from exc
    return current, tables


def _stamped_revision(conn: Connection) -> str | None:
    """The revision in the book's version table, read without loading Alembic
    (which reads it for a table with more than one row, and refuses that)."""
    rows = conn.execute(text(f"SELECT version_num FROM {VERSION_TABLE}")).scalars().all()
    if len(rows) > 1:
        from alembic.runtime.migration import MigrationContext

        return MigrationContext.configure(conn).get_current_revision()
    return str(rows[0]) if rows else None


def revision_known(revision: str) -> bool:
    """Whether ``revision`` is one of this program's schema revisions (else: newer)."""
    if revision == HEAD_REVISION:
        return True
    from alembic.script import ScriptDirectory
    from alembic.util import CommandError

    try:
        found = ScriptDirectory.from_config(_alembic_config()).get_revision(revision)
    except CommandError:
        return False
    return found is not None and found.revision == revision


def _unusable(current: str | None, tables: set[str], *, create: bool) -> StorageError | None:
    """Why a database cannot be opened as a book by this program, or None."""
    if current is None and tables:
        return StorageError(
            "Basis data ini bukan buku kopdesk (tabelnya tidak dikenal). "
            "Pilih berkas buku yang benar."
        )
    if current is None and not create:
        return StorageError(
            "Basis data ini kosong, belum berisi buku kopdesk. Buat bukunya dengan "
            "'kopdesk init --db ...' atau lewat wizard saat kopdesk pertama dibuka."
        )
    if current is not None and not revision_known(current):
        return StorageError(
            "Buku ini dibuat oleh kopdesk versi yang lebih baru. "
            "Perbarui kopdesk sebelum membuka buku ini."
        )
    return None


NETWORK_FILESYSTEMS = frozenset(
    {
        "nfs",
        "nfs4",
        "cifs",
        "smb3",
        "smbfs",
        "fuse.sshfs",
        "sshfs",
        "9p",
        "afs",
        "ceph",
        "glusterfs",
        "fuse.glusterfs",
        "davfs",
        "fuse.davfs2",
        "ncpfs",
        "coda",
    }
)


def network_filesystem(path: Path, mounts: str) -> str | None:
    """The network file system type ``path`` lies on, per a Linux ``/proc/mounts``."""
    best, kind = "", ""
    resolved = str(path.resolve())
    for line in mounts.splitlines():
        parts = line.split()
        if len(parts) < 3:
            continue
        point = parts[1].replace("\\040", " ")
        if (resolved == point or resolved.startswith(point.rstrip("/") + "/")) and len(point) > len(
            best
        ):
            best, kind = point, parts[2]
    return kind if kind in NETWORK_FILESYSTEMS else None


def _windows_remote(path: Path) -> bool:  # pragma: no cover - Windows only
    text = str(path)
    if text.startswith(("\\\\", "//")):
        return True
    import ctypes

    drive = path.resolve().drive
    drive_remote = 4
    return bool(drive) and ctypes.windll.kernel32.GetDriveTypeW(drive + "\\") == drive_remote  # type: ignore[attr-defined]


def refuse_network_share(path: Path) -> None:
    """``StorageError`` for an SQLite book on a network share (it can be corrupted there)."""
    message = (
        f"Buku {path.name} berada di folder jaringan{{}}. SQLite di folder jaringan dapat "
        "rusak bila dua komputer menulis bersamaan. Simpan buku di disk komputer ini, atau gunakan "
        "PostgreSQL untuk kantor dengan beberapa komputer (lihat --db postgresql+psycopg://...)."
    )
    if sys.platform == "win32":  # pragma: no cover - Windows only
        if _windows_remote(path):
            raise StorageError(message.format(""))
        return
    try:
        mounts = Path("/proc/mounts").read_text(encoding="utf-8")
    except OSError:
        return
    kind = network_filesystem(path.parent if not path.exists() else path, mounts)
    if kind is not None:
        raise StorageError(message.format(f" ({kind})"))


def _check_sqlite_file(path: Path) -> bool:
    """``StorageError`` for a file that is not an SQLite database; True when it is
    empty (0 bytes, with no ``-wal`` holding its pages): not a book yet."""
    try:
        with path.open("rb") as handle:
            magic = handle.read(16)
    except OSError as exc:
        raise StorageError(f"Berkas buku tidak dapat dibaca: {path} ({exc.strerror}).") from exc
    if magic and magic != b"SQLite format 3\x00":
        raise StorageError(f"Berkas {path.name} bukan buku kopdesk. Pilih berkas buku yang benar.")
    return not magic and empty_book_file(path)


def empty_book_file(path: Path) -> bool:
    """An existing 0-byte file with no ``-wal`` holding its pages: not a book yet; only
    ``kopdesk init`` and the first-start wizard make a book of it."""
    wal = Path(f"{path}-wal")
    return path.stat().st_size == 0 and not (wal.exists() and wal.stat().st_size > 0)


def _migrate(engine: Engine, url: str, *, create: bool, backup_first: bool = True) -> None:
    """Upgrade the book to this program's schema (a backup first, unless told not to);
    make the schema only when ``create``."""
    current, tables = _schema(engine)
    refusal = _unusable(current, tables, create=create)
    if refusal is not None:
        raise refusal
    if current == HEAD_REVISION:
        return
    from alembic import command

    cfg = _alembic_config()
    if current is not None and backup_first and _is_sqlite(url):
        backup_sqlite(_sqlite_path(url), reason="pra-migrasi")
    try:
        with engine.begin() as conn:
            cfg.attributes["connection"] = conn
            command.upgrade(cfg, "head")
    except DBAPIError as exc:
        raise storage_error_from(exc) from exc


def upgrade_copy(path: Path) -> None:
    """Bring a private copy of a book (a backup about to be restored) to this program's
    schema, in place and without a backup first: the original file is the backup.

    ``StorageError`` when it is not a kopdesk book or was made by a newer kopdesk.
    The copy is left in rollback-journal mode, one file with nothing beside it.
    """
    url = book_url(path)
    engine = create_engine(url)
    _install_sqlite_hooks(engine)
    try:
        _migrate(engine, url, create=False, backup_first=False)
    finally:
        engine.dispose()
    try:
        conn = sqlite3.connect(path)
        try:
            conn.execute("PRAGMA journal_mode = DELETE")
        finally:
            conn.close()
    except sqlite3.Error as exc:
        raise storage_error_from(exc) from exc


def backup_sqlite(path: Path, *, reason: str, folder: Path | None = None) -> Path:
    """Copy an SQLite book with the online backup API into a dated, checked backup
    (:func:`kopdesk.storage.backups.make_backup`, with its note). Returns its path."""
    return make_backup(path, reason, folder).path


def new_book(target: str | Path, what: str, build: Callable[[Session], T]) -> T:
    """Create a book at ``target`` and fill it with ``build`` in one unit of work.

    A file with anything in it is never touched; an empty (0-byte) file, such
    as one left by a crash, becomes the book. If opening or ``build`` fails
    (a full disk, bad input), the new file and the folders made for it are
    removed again (an empty file is emptied again), so a retry starts afresh.
    """
    path = Path(target) if "://" not in str(target) else None
    if path is not None and path.exists() and not empty_book_file(path):
        raise StorageError(f"Berkas {path} sudah ada; pilih nama berkas lain untuk {what}.")
    book, undo = _open(target, create=True, writer=None, read_only=False)
    try:
        with book.unit_of_work() as session:
            result = build(session)
    except BaseException:
        book.close()
        undo()
        raise
    book.close()
    return result
