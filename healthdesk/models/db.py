"""Opening the database safely: one connection, WAL, synchronous=FULL, foreign keys, quick_check, migrations.

``Database.open(data_dir)`` is the one way in. A writer takes the folder's lock first; a reader opens the file
read-only and works while another process writes.
"""

from __future__ import annotations

import errno
import logging
import sqlite3
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
from .lock import WriterLock

log = logging.getLogger(__name__)

SQLITE_HEADER = b"SQLite format 3\x00"
# PRAGMA application_id marks the file as ours ("HDSK"); a foreign SQLite file is refused, not migrated.
APPLICATION_ID = 0x4844534B


def classify_os_error(exc: BaseException, path: Path) -> StorageError:
    """Turn a low-level failure into the message a user can act on."""
    message = str(exc).lower()
    code = getattr(exc, "errno", None) or getattr(getattr(exc, "orig", None), "sqlite_errorcode", None)
    if code == errno.ENOSPC or "database or disk is full" in message or "no space" in message:
        return StorageError("disk_full", path=str(path))
    if code in (errno.EROFS, errno.EACCES, errno.EPERM) or "readonly" in message or "read-only" in message:
        return StorageError("read_only", path=str(path))
    if "malformed" in message or "not a database" in message or "corrupt" in message:
        return DamagedError("damaged", path=str(path), reason=str(exc).splitlines()[0])
    return StorageError("io_error", path=str(path), reason=str(exc).splitlines()[0])


def sniff_file(path: Path) -> str:
    """'missing', 'empty', 'sqlite' or 'foreign', from the first bytes alone."""
    if not path.exists():
        return "missing"
    with open(path, "rb") as handle:
        head = handle.read(len(SQLITE_HEADER))
    if not head:
        return "empty"
    return "sqlite" if head == SQLITE_HEADER else "foreign"


def _set_pragmas(dbapi_conn: sqlite3.Connection, read_only: bool) -> None:
    cur = dbapi_conn.cursor()
    try:
        cur.execute("PRAGMA busy_timeout = 5000")
        cur.execute("PRAGMA foreign_keys = ON")
        if not read_only:
            mode = cur.execute("PRAGMA journal_mode = WAL").fetchone()[0]
            if str(mode).lower() != "wal":
                log.warning("journal_mode is %s, not WAL", mode)
            cur.execute("PRAGMA synchronous = FULL")
    finally:
        cur.close()


def make_engine(path: Path, read_only: bool = False) -> Engine:
    """One connection for the process (SQLite before 3.51.3 has a WAL-reset race between writing connections)."""
    if read_only:
        uri = f"file:{path.as_posix()}?mode=ro"

        def creator() -> sqlite3.Connection:
            return sqlite3.connect(uri, uri=True, check_same_thread=False)

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


class Database:
    """An open HealthDesk database: engine, session factory, and (for a writer) the folder lock."""

    def __init__(self, paths: DataPaths, engine: Engine, lock: WriterLock | None, read_only: bool):
        self.paths = paths
        self.engine = engine
        self.lock = lock
        self.read_only = read_only
        self.sessionmaker = sessionmaker(bind=engine, expire_on_commit=False)
        self.changed_since_backup = False

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
    ) -> Database:
        """Open (and if needed create and migrate) the database in ``data_dir``.

        Raises LockedError when another writer holds the folder, DamagedError for a damaged, foreign or newer
        file, StorageError for a folder that cannot be written.
        """
        from . import migrate as migrations

        paths = DataPaths(Path(data_dir))
        lock: WriterLock | None = None
        if read_only:
            if sniff_file(paths.database) in ("missing", "empty"):
                raise StorageError("no_database", path=str(paths.root))
        else:
            try:
                paths.ensure()
                lock = WriterLock(paths.lock).acquire()
            except OSError as exc:
                raise classify_os_error(exc, paths.root) from exc
        try:
            kind = sniff_file(paths.database)
            if kind == "foreign":
                raise DamagedError("foreign_file", path=str(paths.database))
            if kind == "missing" and not create:
                raise StorageError("no_database", path=str(paths.root))
            engine = make_engine(paths.database, read_only=read_only)
            try:
                with engine.connect() as conn:
                    conn.exec_driver_sql("SELECT 1")
                    if kind == "sqlite":
                        check = conn.exec_driver_sql("PRAGMA quick_check").fetchall()
                        if [row[0] for row in check] != ["ok"]:
                            raise DamagedError("damaged", path=str(paths.database), reason=str(check[0][0]))
                        app_id = conn.exec_driver_sql("PRAGMA application_id").scalar()
                        tables = {
                            row[0]
                            for row in conn.exec_driver_sql(
                                "SELECT name FROM sqlite_master WHERE type = 'table'"
                            ).fetchall()
                        }
                        if app_id != APPLICATION_ID and tables and "alembic_version" not in tables:
                            raise DamagedError("foreign_file", path=str(paths.database))
            except (DatabaseError, OperationalError, sqlite3.DatabaseError) as exc:
                engine.dispose()
                raise classify_os_error(exc, paths.database) from exc
            db = cls(paths, engine, lock, read_only)
            log.info("opened %s (sqlite %s, read_only=%s)", paths.database, sqlite3.sqlite_version, read_only)
            migrations.check_revision(db, allow_upgrade=migrate and not read_only)
            return db
        except BaseException:
            if lock is not None:
                lock.release()
            raise

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
        except (OperationalError, DatabaseError) as exc:
            raise classify_os_error(exc, self.path) from exc
        finally:
            session.close()

    @contextmanager
    def reading(self) -> Iterator[Session]:
        session = self.sessionmaker()
        try:
            yield session
        except (OperationalError, DatabaseError) as exc:
            raise classify_os_error(exc, self.path) from exc
        finally:
            session.rollback()
            session.close()

    def integrity_check(self) -> list[str]:
        with self.engine.connect() as conn:
            return [row[0] for row in conn.exec_driver_sql("PRAGMA integrity_check").fetchall()]

    def close(self) -> None:
        try:
            if not self.read_only:
                # Outside any transaction: a checkpoint cannot run inside one.
                raw = self.engine.raw_connection()
                try:
                    raw.driver_connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
                finally:
                    raw.close()
        except (OperationalError, DatabaseError) as exc:
            log.warning("checkpoint on close failed: %s", exc)
        finally:
            self.engine.dispose()
            if self.lock is not None:
                self.lock.release()
                self.lock = None


def execute_text(db: Database, sql: str) -> None:
    """For migrations and maintenance only."""
    with db.engine.begin() as conn:
        conn.execute(text(sql))
