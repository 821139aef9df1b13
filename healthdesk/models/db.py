"""Opening the database safely: one connection, WAL, synchronous=FULL, foreign keys, quick_check, migrations.

``Database.open(data_dir)`` is the one way in. A writer takes the folder's lock first, then inspects the file
through a separate read-only connection (so a damaged, foreign or newer file is refused before anything is
written to it), and only then opens its one read-write connection. A reader opens the file read-only and works
while another process writes.

Reading a WAL database read-only needs its ``-shm`` and ``-wal`` files, which SQLite creates beside the
database when the folder is writable. In a folder we cannot write (a read-only medium, a locked-down share)
and without those files, ``mode=ro`` fails; then:

- if there is no ``-wal`` file (or it is empty), everything committed is in the main file and no writer can be
  active (a writer always has a ``-wal`` file, and cannot create one here), so ``immutable=1`` is sound;
- if there is a ``-wal`` with content but no way to use it in place, the database and its WAL are copied to a
  private temporary folder and read there (a snapshot), so no committed answer is ever hidden.
"""

from __future__ import annotations

import contextlib
import logging
import os
import sqlite3
import tempfile
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import create_engine, event, text
from sqlalchemy.engine import Engine
from sqlalchemy.exc import DatabaseError, OperationalError
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.pool import StaticPool

from ..errors import DamagedError, StorageError
from ..paths import DataPaths
from .files import (  # noqa: F401  re-exported: callers import these from db
    _SQLITE_BUSY,
    _SQLITE_CANTOPEN,
    _SQLITE_CORRUPT,
    _SQLITE_FULL,
    _SQLITE_IOERR,
    _SQLITE_LOCKED,
    _SQLITE_NOTADB,
    _SQLITE_READONLY,
    _STORAGE_SQLITE_CODES,
    APPLICATION_ID,
    SQLITE_HEADER,
    FileReport,
    ReadOnlySource,
    _create_private_file,
    _first_line,
    _folder_of,
    _folder_writable,
    _out_of_space,
    _side_file,
    _unwrap,
    classify_os_error,
    inspect_database,
    is_storage_failure,
    sniff_file,
)
from .lock import WriterLock

# Every write to a round's answers, responses, respondents or settings bumps its results version: the one
# listener, registered with the sessions this module makes (``entities`` need not import it).
from . import versions as _versions  # noqa: E402, F401  isort: skip

log = logging.getLogger(__name__)

# -- the engine ---------------------------------------------------------------------------------------------


def _set_pragmas(dbapi_conn: sqlite3.Connection, read_only: bool) -> None:
    cur = dbapi_conn.cursor()
    try:
        cur.execute("PRAGMA busy_timeout = 5000")
        cur.execute("PRAGMA foreign_keys = ON")
        cur.execute("PRAGMA trusted_schema = OFF")
        cur.execute("PRAGMA cell_size_check = ON")
        if read_only:
            cur.execute("PRAGMA query_only = ON")
        else:
            mode = cur.execute("PRAGMA journal_mode = WAL").fetchone()[0]
            if str(mode).lower() != "wal":
                log.warning("journal_mode is %s, not WAL", mode)
            cur.execute("PRAGMA synchronous = FULL")
    finally:
        cur.close()


def make_engine(path: Path, read_only: bool = False, source: ReadOnlySource | None = None) -> Engine:
    """One connection for the process (SQLite before 3.51.3 has a WAL-reset race between writing connections)."""
    if read_only:
        source = source or ReadOnlySource(path)
        creator = source.connect
    else:

        def creator() -> sqlite3.Connection:
            return sqlite3.connect(str(path), check_same_thread=False)

    engine = create_engine("sqlite://", creator=creator, poolclass=StaticPool)

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn, _record):  # noqa: ANN001
        # Let SQLAlchemy, not the sqlite3 module, decide when transactions begin.
        dbapi_conn.isolation_level = None
        _set_pragmas(dbapi_conn, read_only)

    @event.listens_for(engine, "begin")
    def _on_begin(conn):  # noqa: ANN001
        conn.exec_driver_sql("BEGIN IMMEDIATE" if not read_only else "BEGIN")

    return engine


def _tidy_before_open(paths: DataPaths) -> None:
    """With the lock held: remove what an interrupted backup or restore left (logged), and move an orphan WAL
    aside so that a new database never replays another database's journal."""
    from .backup import remove_leftovers

    remove_leftovers(paths)
    if not paths.database.exists():
        wal = _side_file(paths.database, "-wal")
        if wal.exists() and wal.stat().st_size > 0:
            from .backup import quarantine

            kept = quarantine(paths.root)
            log.warning("an orphan WAL without its database was moved to %s", kept)
        else:
            for suffix in ("-wal", "-shm"):
                _side_file(paths.database, suffix).unlink(missing_ok=True)


class Database:
    """An open HealthDesk database: engine, session factory, and (for a writer) the folder lock."""

    def __init__(
        self,
        paths: DataPaths,
        engine: Engine,
        lock: WriterLock | None,
        read_only: bool,
        source: ReadOnlySource | None = None,
    ):
        self.paths = paths
        self.engine = engine
        self.lock = lock
        self.read_only = read_only
        self.sessionmaker = sessionmaker(bind=engine, expire_on_commit=False)
        self.changed_since_backup = False
        self.closed = False
        self._source = source
        # How the read-only file is read: "mode=ro", "immutable" or "snapshot" (None for a writer).
        self.read_via = source.how if source is not None else None
        # Codes from maintenance.folder_warnings (cloud_sync, network_fs) found when a writer opened the folder.
        self.folder_warnings: list[str] = []
        # The app has one sqlite3 connection (StaticPool): a background job and the GUI thread take turns on it,
        # one whole transaction (or read, or backup) at a time, never interleaved mid-transaction.
        self._turn = threading.RLock()

    @contextmanager
    def exclusive(self) -> Iterator[None]:
        """Hold the one connection for a unit of work: other threads wait until it is done."""
        with self._turn:
            yield

    @property
    def path(self) -> Path:
        return self.paths.database

    @classmethod
    def open(
        cls,
        data_dir: Path,
        read_only: bool = False,
        create: bool = True,
        migrate: bool = True,
        start_empty: bool = False,
    ) -> Database:
        """Open (and if needed create and migrate) the database in ``data_dir``.

        Raises LockedError when another writer holds the folder, DamagedError for a damaged, foreign or newer
        file (nothing is written to it), StorageError for a folder that cannot be written.

        A missing or empty database in a folder whose backups hold a good one is never replaced silently: that
        raises DamagedError ``database_missing`` / ``database_empty`` naming the newest good backup, and
        nothing is created. Only ``start_empty=True`` (the user chose to start empty) creates it then.
        """
        from . import migrate as migrations
        from .backup import take_backup

        paths = DataPaths(Path(data_dir))
        if read_only:
            return cls._open_read_only(paths)
        try:
            paths.ensure()
            lock = WriterLock(paths.lock).acquire()
        except OSError as exc:
            raise classify_os_error(exc, paths.root) from exc
        engine: Engine | None = None
        try:
            try:
                _tidy_before_open(paths)
            except OSError as exc:
                raise classify_os_error(exc, paths.root) from exc
            report = inspect_database(paths.database)
            if not report.ok:
                raise report.error()
            if report.is_new and not start_empty:
                refuse_if_lost(paths, report)
            if report.kind in ("missing", "empty") and not create:
                raise StorageError("no_database", path=str(paths.root))
            if report.kind == "missing":
                try:
                    _create_private_file(paths.database)
                except OSError as exc:
                    raise classify_os_error(exc, paths.database) from exc
            engine = make_engine(paths.database)
            try:
                with engine.connect() as conn:
                    conn.exec_driver_sql("SELECT 1")
            except (DatabaseError, OperationalError, sqlite3.DatabaseError) as exc:
                raise classify_os_error(exc, paths.database) from exc
            db = cls(paths, engine, lock, read_only=False)
            if lock.took_over_stale:
                log.warning(
                    "took over the lock of a HealthDesk that ended without closing (%s)", lock.previous
                )
            log.info("opened %s (sqlite %s) for writing", paths.database, sqlite3.sqlite_version)
            db.folder_warnings = _warn_about_folder(paths.root)
            migrations.check_revision(db, allow_upgrade=migrate, take_backup=take_backup)
            # A new database holds nothing to lose yet; an old one may have changed after its newest backup.
            db.changed_since_backup = False if report.is_new else _changed_since_newest_backup(paths)
            return db
        except BaseException:
            if engine is not None:
                engine.dispose()
            lock.release()
            raise

    @classmethod
    def _open_read_only(cls, paths: DataPaths) -> Database:
        from . import migrate as migrations
        from .backup import take_backup

        report = inspect_database(paths.database)
        if report.kind in ("missing", "empty") or (report.ok and not report.has_tables):
            refuse_if_lost(paths, report)
            raise StorageError("no_database", path=str(paths.root))
        if not report.ok:
            raise report.error()
        try:
            source = ReadOnlySource(paths.database)
        except (sqlite3.DatabaseError, OSError) as exc:
            raise classify_os_error(exc, paths.database) from exc
        engine = make_engine(paths.database, read_only=True, source=source)
        db = cls(paths, engine, None, read_only=True, source=source)
        try:
            log.info(
                "opened %s (sqlite %s) read-only via %s", paths.database, sqlite3.sqlite_version, source.how
            )
            migrations.check_revision(db, allow_upgrade=False, take_backup=take_backup)
        except BaseException:
            db.close()
            raise
        return db

    def session(self) -> Session:
        return self.sessionmaker()

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        """One use case, one transaction; translates disk errors into messages a user can act on."""
        if self.read_only:
            raise StorageError("read_only_mode")
        with self.exclusive():
            yield from self._transaction()

    def _transaction(self) -> Iterator[Session]:
        session = self.sessionmaker()
        try:
            with session.begin():
                yield session
            self.changed_since_backup = True
        except (OperationalError, DatabaseError, sqlite3.DatabaseError, OSError) as exc:
            if not is_storage_failure(exc):
                raise
            log.warning("write failed: %s", _first_line(_unwrap(exc)))
            raise classify_os_error(exc, self.path) from exc
        finally:
            session.close()

    @contextmanager
    def keeping(self) -> Iterator[Session]:
        """A transaction that stores kept results only (``services.summary``: derived data, keyed by the rounds'
        results versions). It is not a change of the data: it does not mark the database changed and so never
        causes a backup."""
        changed = self.changed_since_backup
        try:
            with self.transaction() as session:
                yield session
        finally:
            self.changed_since_backup = changed

    @contextmanager
    def reading(self) -> Iterator[Session]:
        with self.exclusive():
            yield from self._reading()

    def _reading(self) -> Iterator[Session]:
        session = self.sessionmaker()
        try:
            yield session
        except (OperationalError, DatabaseError, sqlite3.DatabaseError, OSError) as exc:
            if not is_storage_failure(exc):
                raise
            raise classify_os_error(exc, self.path) from exc
        finally:
            session.rollback()
            session.close()

    def raw_connection(self) -> sqlite3.Connection:
        """The one sqlite3 connection (for maintenance: backups, checkpoints, pragmas outside a transaction)."""
        fairy = self.engine.raw_connection()
        return fairy.driver_connection

    def integrity_check(self) -> list[str]:
        with self.exclusive(), self.engine.connect() as conn:
            return [str(row[0]) for row in conn.exec_driver_sql("PRAGMA integrity_check").fetchall()]

    def detach_lock(self) -> WriterLock | None:
        """Hand the writer lock to the caller, who keeps it after ``close()`` (restore does: no other writer
        may slip in between closing and replacing the file). The caller releases it."""
        lock, self.lock = self.lock, None
        return lock

    def close(self, backup: str = "if_due") -> None:
        """Close the database. A writer first takes a backup: ``"always"`` when something changed since the
        newest backup, ``"if_due"`` when something changed and the newest backup is older than
        ``backup.BACKUP_INTERVAL``, ``"never"`` not at all. A failed backup is logged, never raised: closing
        must not fail because the disk is full."""
        with self.exclusive():
            self._close(backup)

    def _close(self, backup: str) -> None:
        if self.closed:
            return
        self.closed = True
        try:
            if not self.read_only and backup != "never" and self.changed_since_backup:
                from .backup import backup_if_due

                try:
                    backup_if_due(self, force=(backup == "always"), reason="on-close")
                except Exception as exc:  # noqa: BLE001 - a backup must never stop the close
                    log.warning("backup on close failed: %s", exc)
            if not self.read_only:
                # Outside any transaction: a checkpoint cannot run inside one.
                try:
                    self.raw_connection().execute("PRAGMA wal_checkpoint(TRUNCATE)")
                except sqlite3.DatabaseError as exc:
                    log.warning("checkpoint on close failed: %s", exc)
        finally:
            self.engine.dispose()
            if not self.read_only:
                if self.changed_since_backup:
                    with contextlib.suppress(OSError):
                        (self.paths.backups / CLEAN_STATE_FILE).unlink(missing_ok=True)
                else:
                    mark_backed_up(self.paths)
            if self._source is not None:
                self._source.cleanup()
            if self.lock is not None:
                self.lock.release()
                self.lock = None

    def __enter__(self) -> Database:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def lost_database_error(paths: DataPaths, report: FileReport) -> DamagedError | None:
    """For a missing or empty database (``report.is_new``) in a folder whose backups hold at least one good
    backup: the error that names the newest good one and how to restore it. None when there is no good backup
    (a fresh folder: a new database may be created)."""
    from .backup import newest_good_backup

    if not report.is_new:
        return None
    good = newest_good_backup(paths.backups)
    if good is None:
        return None
    return DamagedError(
        "database_missing" if report.kind == "missing" else "database_empty",
        path=str(paths.database),
        backup=good.path.name,
        when=good.taken_at.strftime("%Y-%m-%d %H:%M"),
        folder=str(paths.backups),
    )


def refuse_if_lost(paths: DataPaths, report: FileReport) -> None:
    error = lost_database_error(paths, report)
    if error is not None:
        # into the file log only: the error itself tells the user (a warning would print the message twice)
        log.info("refused to create a new database: %s", error.message_en())
        raise error


def _warn_about_folder(root: Path) -> list[str]:
    """Cloud-synced and network folders endanger a SQLite database: warn (on stderr for a command line)."""
    from .folders import folder_warnings, warning_text

    try:
        codes = folder_warnings(root)
    except OSError:
        return []
    for code in codes:
        log.warning("healthdesk: warning: %s", warning_text(code, root))
    return codes


CLEAN_STATE_FILE = ".backed-up-state"


def _db_state(paths: DataPaths) -> dict | None:
    try:
        stat = paths.database.stat()
    except OSError:
        return None
    return {"size": stat.st_size, "mtime_ns": stat.st_mtime_ns}


def mark_backed_up(paths: DataPaths) -> None:
    """After a close with nothing left out of the newest backup: remember the file's state, so the next session
    knows whether anything changed since (a session that crashed leaves a different file behind)."""
    import json

    state = _db_state(paths)
    target = paths.backups / CLEAN_STATE_FILE
    try:
        if state is None:
            target.unlink(missing_ok=True)
        else:
            write_private_atomically(target, json.dumps(state).encode("utf-8"))
    except OSError as exc:
        log.info("could not record the backed-up state: %s", exc)
        with contextlib.suppress(OSError):  # no stale state may claim that nothing changed
            target.unlink(missing_ok=True)


def write_private_atomically(target: Path, payload: bytes) -> None:
    """Write ``target`` whole or not at all, 0600 from the start: a temporary file beside it (``.<name>.*.tmp``,
    removed on failure and by the next opening after a kill), fsynced, then renamed over it."""
    fd, tmp_name = tempfile.mkstemp(prefix=f"{target.name}.", suffix=".tmp", dir=target.parent)
    tmp = Path(tmp_name)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(payload)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, target)
    except BaseException:
        with contextlib.suppress(OSError):
            tmp.unlink(missing_ok=True)
        raise


def _changed_since_newest_backup(paths: DataPaths) -> bool:
    import json

    from .backup import list_backups

    if not list_backups(paths.backups):
        return True
    wal = _side_file(paths.database, "-wal")
    if wal.exists() and wal.stat().st_size > 0:
        return True
    try:
        recorded = json.loads((paths.backups / CLEAN_STATE_FILE).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return True
    return recorded != _db_state(paths)


def execute_text(db: Database, sql: str) -> None:
    """For migrations and maintenance only."""
    with db.engine.begin() as conn:
        conn.execute(text(sql))
