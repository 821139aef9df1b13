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
import errno
import logging
import os
import shutil
import sqlite3
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from sqlalchemy import create_engine, event, text
from sqlalchemy.engine import Engine
from sqlalchemy.exc import DatabaseError, IntegrityError, OperationalError, ProgrammingError
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.pool import StaticPool

from ..errors import DamagedError, StorageError
from ..paths import DataPaths
from .lock import WriterLock

log = logging.getLogger(__name__)

SQLITE_HEADER = b"SQLite format 3\x00"
# PRAGMA application_id marks the file as ours ("HDSK"); a foreign SQLite file is refused, not migrated.
APPLICATION_ID = 0x4844534B

# SQLite primary result codes (the low byte of an extended code).
_SQLITE_BUSY, _SQLITE_LOCKED, _SQLITE_READONLY, _SQLITE_IOERR = 5, 6, 8, 10
_SQLITE_CORRUPT, _SQLITE_FULL, _SQLITE_CANTOPEN, _SQLITE_NOTADB = 11, 13, 14, 26
_STORAGE_SQLITE_CODES = {
    _SQLITE_BUSY,
    _SQLITE_LOCKED,
    _SQLITE_READONLY,
    _SQLITE_IOERR,
    _SQLITE_CORRUPT,
    _SQLITE_FULL,
    _SQLITE_CANTOPEN,
    _SQLITE_NOTADB,
}


def _unwrap(exc: BaseException) -> BaseException:
    """The DBAPI / OS exception inside a SQLAlchemy wrapper."""
    return getattr(exc, "orig", None) or exc


def _first_line(exc: BaseException) -> str:
    lines = str(exc).strip().splitlines()
    return lines[0] if lines else type(exc).__name__


def is_storage_failure(exc: BaseException) -> bool:
    """True for failures of the disk or the file (full, read-only, I/O, damaged); False for programming errors
    and constraint violations, which must surface as themselves."""
    if isinstance(exc, IntegrityError | ProgrammingError | sqlite3.IntegrityError | sqlite3.ProgrammingError):
        return False
    inner = _unwrap(exc)
    if isinstance(inner, OSError):
        return True
    code = getattr(inner, "sqlite_errorcode", None)
    if code is not None:
        return (code & 0xFF) in _STORAGE_SQLITE_CODES
    message = str(inner).lower()
    return any(
        word in message
        for word in ("disk is full", "readonly", "read-only", "disk i/o", "malformed", "not a database")
    )


def _folder_of(path: Path) -> Path:
    path = Path(path)
    return path if path.is_dir() else path.parent


def _out_of_space(folder: Path, margin: int = 64 * 1024) -> bool:
    try:
        return shutil.disk_usage(folder).free < margin
    except OSError:
        return False


def classify_os_error(exc: BaseException, path: Path) -> StorageError:
    """Turn a low-level failure into the message a user can act on: disk_full, read_only, io_error or damaged.

    SQLite result codes and OS errno values overlap numerically (SQLITE_FULL is 13 like EACCES), so each is
    read from where it belongs: ``sqlite_errorcode`` on sqlite3 errors, ``errno`` on OSError."""
    inner = _unwrap(exc)
    reason = _first_line(inner)
    where = str(path)
    sqlite_code = getattr(inner, "sqlite_errorcode", None)
    if sqlite_code is not None:
        primary = sqlite_code & 0xFF
        if primary == _SQLITE_FULL:
            return StorageError("disk_full", path=where)
        if primary == _SQLITE_READONLY:
            return StorageError("read_only", path=where)
        if primary in (_SQLITE_CORRUPT, _SQLITE_NOTADB):
            return DamagedError("damaged", path=where, reason=reason)
        if primary == _SQLITE_CANTOPEN and not _folder_writable(_folder_of(path)):
            return StorageError("read_only", path=where)
        if primary in (_SQLITE_IOERR, _SQLITE_CANTOPEN) and _out_of_space(_folder_of(path)):
            # e.g. SQLITE_IOERR_SHMSIZE: the -shm file could not be allocated on a full disk
            return StorageError("disk_full", path=where)
        return StorageError("io_error", path=where, reason=reason)
    if isinstance(inner, OSError):
        if inner.errno in (errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)):
            return StorageError("disk_full", path=where)
        if inner.errno in (errno.EROFS, errno.EACCES, errno.EPERM):
            return StorageError("read_only", path=where)
        if inner.errno == errno.EIO and _out_of_space(_folder_of(path)):
            return StorageError("disk_full", path=where)
        return StorageError("io_error", path=where, reason=reason)
    message = reason.lower()
    if "disk is full" in message or "no space" in message:
        return StorageError("disk_full", path=where)
    if "readonly" in message or "read-only" in message:
        return StorageError("read_only", path=where)
    if "malformed" in message or "not a database" in message or "corrupt" in message:
        return DamagedError("damaged", path=where, reason=reason)
    return StorageError("io_error", path=where, reason=reason)


def sniff_file(path: Path) -> str:
    """'missing', 'empty', 'sqlite' or 'foreign', from the first bytes alone."""
    path = Path(path)
    if not path.exists():
        return "missing"
    with open(path, "rb") as handle:
        head = handle.read(len(SQLITE_HEADER))
    if not head:
        return "empty"
    return "sqlite" if head == SQLITE_HEADER else "foreign"


def _side_file(path: Path, suffix: str) -> Path:
    return Path(str(path) + suffix)


def _folder_writable(folder: Path) -> bool:
    return os.access(folder, os.W_OK | os.X_OK)


# -- read-only access ---------------------------------------------------------------------------------------


class ReadOnlySource:
    """How to open ``path`` read-only, decided once: in place (``mode=ro``), ``immutable=1`` or a snapshot copy.

    See the module docstring for when each is sound. ``cleanup()`` removes a snapshot."""

    def __init__(self, path: Path):
        self.path = Path(path)
        self.how = "mode=ro"
        self.snapshot_dir: Path | None = None
        self.uri = f"file:{self.path.as_posix()}?mode=ro"
        try:
            probe = self.connect()
            try:
                probe.execute("SELECT count(*) FROM sqlite_master").fetchone()
            finally:
                probe.close()
        except sqlite3.DatabaseError as exc:
            primary = (getattr(exc, "sqlite_errorcode", 0) or 0) & 0xFF
            if not self.path.exists():
                raise
            if primary == _SQLITE_CANTOPEN and not _folder_writable(self.path.parent):
                why = "folder not writable"
            elif primary in (_SQLITE_CANTOPEN, _SQLITE_IOERR, _SQLITE_FULL) and _out_of_space(
                self.path.parent
            ):
                # A full disk: SQLite cannot size the -shm file a WAL reader needs. Reading needs no space.
                why = "disk full"
            else:
                raise
            wal = _side_file(self.path, "-wal")
            if not wal.exists() or wal.stat().st_size == 0:
                self.how = "immutable"
                self.uri = f"file:{self.path.as_posix()}?immutable=1"
            else:
                try:
                    self._make_snapshot(wal)
                except OSError:
                    raise exc from None
            log.info("reading %s through %s (%s)", self.path, self.how, why)

    def _make_snapshot(self, wal: Path) -> None:
        self.snapshot_dir = Path(tempfile.mkdtemp(prefix="healthdesk-snapshot-"))
        copy = self.snapshot_dir / self.path.name
        try:
            for source, target in ((self.path, copy), (wal, _side_file(copy, "-wal"))):
                _create_private_file(target)  # private copies of private data, in a private folder
                shutil.copyfile(source, target)
            # A read-write connection on the copy applies the WAL; nothing touches the original files.
            conn = sqlite3.connect(str(copy))
            try:
                conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            finally:
                conn.close()
        except BaseException:
            self.cleanup()
            raise
        self.how = "snapshot"
        self.uri = f"file:{copy.as_posix()}?mode=ro"

    def connect(self) -> sqlite3.Connection:
        conn = sqlite3.connect(self.uri, uri=True, check_same_thread=False)
        conn.execute("PRAGMA query_only = ON")
        return conn

    def cleanup(self) -> None:
        if self.snapshot_dir is not None:
            shutil.rmtree(self.snapshot_dir, ignore_errors=True)
            self.snapshot_dir = None


@dataclass(frozen=True)
class FileReport:
    """What a look at the database file, without writing to it, found."""

    path: Path
    kind: str  # missing | empty | sqlite | foreign
    problem: str | None = None  # None when sound
    code: str | None = None  # the error code when not sound: damaged, foreign_file, newer_schema, io_error
    application_id: int | None = None
    revision: str | None = None
    has_tables: bool = False
    size: int = 0
    modified: datetime | None = None
    wal_size: int = 0

    @property
    def ok(self) -> bool:
        return self.problem is None

    @property
    def is_new(self) -> bool:
        """Missing, empty, or a SQLite file without any table: a writer may create the schema in it."""
        return self.kind in ("missing", "empty") or (
            self.kind == "sqlite" and self.ok and not self.has_tables
        )

    def error(self) -> StorageError | None:
        if self.ok:
            return None
        if self.code == "foreign_file":
            return DamagedError("foreign_file", path=str(self.path))
        if self.code == "newer_schema":
            from .migrate import HEAD

            return DamagedError("newer_schema", path=str(self.path), found=self.revision, known=HEAD)
        if self.code in ("disk_full", "read_only", "io_error"):
            return StorageError(self.code, path=str(self.path), reason=self.problem)
        return DamagedError("damaged", path=str(self.path), reason=self.problem)


def inspect_database(path: Path, full: bool = False) -> FileReport:
    """Look at a database file without writing to it: header, ``quick_check`` (``integrity_check`` and
    ``foreign_key_check`` when ``full``), application id and schema revision."""
    from .migrate import KNOWN_REVISIONS

    path = Path(path)
    kind = sniff_file(path)
    if kind in ("missing", "empty"):
        return FileReport(path, kind)
    stat = path.stat()
    wal = _side_file(path, "-wal")
    base = {
        "size": stat.st_size,
        "modified": datetime.fromtimestamp(stat.st_mtime),
        "wal_size": wal.stat().st_size if wal.exists() else 0,
    }
    if kind == "foreign":
        return FileReport(path, kind, "not a SQLite database", "foreign_file", **base)
    source: ReadOnlySource | None = None
    try:
        source = ReadOnlySource(path)
        conn = source.connect()
        try:
            check = "integrity_check" if full else "quick_check"
            rows = [str(row[0]) for row in conn.execute(f"PRAGMA {check}").fetchall()]
            if rows != ["ok"]:
                return FileReport(path, kind, "; ".join(rows[:3]), "damaged", **base)
            app_id = conn.execute("PRAGMA application_id").fetchone()[0]
            tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
            user_tables = {t for t in tables if not t.startswith("sqlite_")}
            revision = None
            if "alembic_version" in tables:
                row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
                revision = row[0] if row else None
            if full and user_tables:
                bad = conn.execute("PRAGMA foreign_key_check").fetchall()
                if bad:
                    return FileReport(
                        path,
                        kind,
                        f"{len(bad)} broken reference(s), first in table {bad[0][0]}",
                        "damaged",
                        **base,
                    )
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        error = classify_os_error(exc, path)
        return FileReport(path, kind, _first_line(exc), error.code, **base)
    except OSError as exc:
        return FileReport(path, kind, _first_line(exc), classify_os_error(exc, path).code, **base)
    finally:
        if source is not None:
            source.cleanup()
    report = {"application_id": app_id, "revision": revision, "has_tables": bool(user_tables), **base}
    if not user_tables:
        return FileReport(path, kind, **report)  # an empty SQLite file: nothing to lose, a writer may fill it
    ours = app_id == APPLICATION_ID or (app_id == 0 and revision in KNOWN_REVISIONS)
    if not ours:
        return FileReport(path, kind, "not a HealthDesk database", "foreign_file", **report)
    if revision is not None and revision not in KNOWN_REVISIONS:
        return FileReport(
            path, kind, f"schema {revision} is newer than this HealthDesk", "newer_schema", **report
        )
    if revision is None:
        return FileReport(path, kind, "no schema revision", "damaged", **report)
    return FileReport(path, kind, **report)


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


def _create_private_file(path: Path) -> None:
    """Create the database file empty and private (0600) before SQLite fills it; its -wal and -shm files take
    the same permissions."""
    fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o600)
    os.close(fd)
    if os.name == "posix":
        with contextlib.suppress(OSError):
            os.chmod(path, 0o600)


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
            migrations.check_revision(db, allow_upgrade=migrate)
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
            migrations.check_revision(db, allow_upgrade=False)
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
        with self.engine.connect() as conn:
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
    from ..maintenance import folder_warnings, warning_text

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
