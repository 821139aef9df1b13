"""The database file as a file: what a look at it without writing finds (``inspect_database``), how an OS or
SQLite error is classified, and a read-only copy of it. Below ``db`` and ``backup``, which both use it; it
imports neither.
"""

from __future__ import annotations

import contextlib
import errno
import logging
import os
import shutil
import sqlite3
import tempfile
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from sqlalchemy.exc import IntegrityError, ProgrammingError

from ..errors import DamagedError, StorageError

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


def _create_private_file(path: Path) -> None:
    """Create the database file empty and private (0600) before SQLite fills it; its -wal and -shm files take
    the same permissions."""
    fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o600)
    os.close(fd)
    if os.name == "posix":
        with contextlib.suppress(OSError):
            os.chmod(path, 0o600)


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
