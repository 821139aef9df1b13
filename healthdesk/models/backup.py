"""Backups through SQLite's backup API: verified, named by time, reason and schema, thinned, restorable.

Never a file copy of a live database. A backup is written beside its final name (``.partial``), checked with
``integrity_check``, fsynced and renamed, so a killed backup never leaves a half file that looks like a backup.

Names: ``healthdesk-YYYYMMDD-HHMMSS[-N]-<reason>-schema<revision>.sqlite3`` in the data folder's ``backups/``.
"""

from __future__ import annotations

import contextlib
import logging
import os
import re
import shutil
import sqlite3
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from ..errors import DamagedError, NotFoundError, StorageError
from ..paths import DataPaths

if TYPE_CHECKING:
    from .db import Database

log = logging.getLogger(__name__)

BACKUP_RE = re.compile(
    r"^healthdesk-(?P<stamp>\d{8}-\d{6})(?:-(?P<n>\d+))?-(?P<reason>[a-z][a-z0-9-]*?)"
    r"(?:-schema(?P<schema>[0-9a-z]+))?\.sqlite3$"
)
STAMP_FORMAT = "%Y%m%d-%H%M%S"
# A backup is due when something changed and the newest backup is older than this.
BACKUP_INTERVAL = timedelta(minutes=15)
# Reasons never thinned away: the copy taken before a schema upgrade and what a restore replaced.
PROTECTED_REASONS = ("before-upgrade", "before-restore")
# A copy reporting its progress goes this many pages at a time (1 MB of 4 KB pages); without, in one step.
PAGES_PER_STEP = 256

# ``progress(done, total)`` in bytes, called from the thread doing the copy.
Progress = Callable[[int, int], None]


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    taken_at: datetime
    reason: str
    size: int
    schema: str | None = None


def _fsync_dir(folder: Path) -> None:
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _fsync_file(path: Path) -> None:
    with open(path, "rb") as handle:
        os.fsync(handle.fileno())


def _private(path: Path) -> None:
    if os.name == "posix":
        with contextlib.suppress(OSError):
            os.chmod(path, 0o600)


def verify_file(path: Path) -> str | None:
    """None when the file is a sound SQLite database (``integrity_check``), else the reason."""
    try:
        conn = sqlite3.connect(f"file:{Path(path).as_posix()}?mode=ro", uri=True)
        try:
            rows = [str(row[0]) for row in conn.execute("PRAGMA integrity_check").fetchall()]
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        return str(exc)
    return None if rows == ["ok"] else "; ".join(rows[:3])


def check_restorable(path: Path) -> None:
    """Raise unless ``path`` is a sound HealthDesk database this version can open (older schemas are upgraded
    on opening; a newer one is refused)."""
    from .files import inspect_database

    path = Path(path)
    if not path.is_file():
        raise NotFoundError("no_backup", path=str(path))
    report = inspect_database(path, full=True)
    if report.kind in ("empty",) or (report.ok and not report.has_tables):
        raise DamagedError("foreign_file", path=str(path))
    if report.ok:
        return
    if report.code in ("foreign_file", "newer_schema"):
        raise report.error()
    raise DamagedError("backup_invalid", path=str(path), reason=report.problem)


def _create_private(path: Path) -> None:
    """Create ``path`` empty and 0600 before SQLite opens it: SQLite gives its ``-journal`` the same mode."""
    fd = os.open(path, os.O_RDWR | os.O_CREAT | os.O_TRUNC, 0o600)
    os.close(fd)
    _private(path)


def copy_database(source: sqlite3.Connection, target_path: Path, progress: Progress | None = None) -> None:
    """Online backup of an open connection into a new file, written beside, verified, then renamed. The file
    being written (``.partial``) and its ``-journal`` are 0600 from the start. ``progress(done, total)`` hears
    the bytes copied so far (before the check of the copy, which reports nothing)."""
    target_path = Path(target_path)
    partial = target_path.with_name(target_path.name + ".partial")
    for side in _SQLITE_SIDES:
        _side(partial, side).unlink(missing_ok=True)
    try:
        _create_private(partial)
        dest = sqlite3.connect(str(partial))
        try:
            if progress is None:
                source.backup(dest)
            else:
                page_size = int(source.execute("PRAGMA page_size").fetchone()[0])

                def pages_copied(_status: int, remaining: int, total: int) -> None:
                    progress((total - remaining) * page_size, total * page_size)

                source.backup(dest, pages=PAGES_PER_STEP, progress=pages_copied)
            dest.execute("PRAGMA journal_mode = DELETE")
            dest.commit()
        finally:
            dest.close()
        _private(partial)
        _fsync_file(partial)
        problem = verify_file(partial)
        if problem:
            raise DamagedError("backup_invalid", path=str(target_path), reason=problem)
        os.replace(partial, target_path)
        _fsync_dir(target_path.parent)
    except BaseException:
        for side in _SQLITE_SIDES:
            with contextlib.suppress(OSError):
                _side(partial, side).unlink(missing_ok=True)
        raise


def _clean_reason(reason: str) -> str:
    reason = re.sub(r"[^a-z0-9-]+", "-", reason.lower()).strip("-") or "manual"
    return reason if reason[0].isalpha() else f"r-{reason}"


# What an interrupted backup or restore leaves: a half-written copy and SQLite's journal of it.
# (A copy of a WAL database is briefly in WAL mode itself, so its -wal and -shm may be left too.)
_SQLITE_SIDES = ("", "-journal", "-wal", "-shm")
_BACKUP_LEFTOVERS = (*(f"*.partial{side}" for side in _SQLITE_SIDES), ".backed-up-state.*.tmp")
_ROOT_LEFTOVERS = tuple(
    f"{stem}{side}" for stem in (".restoring", ".restoring.partial") for side in _SQLITE_SIDES
)


def _remove_stale_partials(folder: Path) -> list[Path]:
    """Leftovers of a killed backup (only the lock holder writes here, so any partial file is stale)."""
    removed = []
    for pattern in _BACKUP_LEFTOVERS:
        for stale in folder.glob(pattern):
            try:
                stale.unlink()
            except OSError as exc:
                log.warning("could not remove %s, left by an interrupted backup: %s", stale, exc)
                continue
            removed.append(stale)
    return removed


def remove_leftovers(paths: DataPaths) -> list[Path]:
    """With the writer lock held: remove every file an interrupted backup or restore left in the data folder
    (half-written copies and their journals; never a listed backup, never the database). Each is logged."""
    removed = _remove_stale_partials(paths.backups) if paths.backups.is_dir() else []
    for suffix in _ROOT_LEFTOVERS:
        stale = _side(paths.database, suffix)
        if not stale.exists():
            continue
        try:
            stale.unlink()
        except OSError as exc:
            log.warning("could not remove %s, left by an interrupted restore: %s", stale, exc)
            continue
        removed.append(stale)
    for stale in removed:
        log.warning("removed %s, left by an interrupted backup or restore", stale)
    return removed


def backup_name(taken_at: datetime, reason: str, schema: str | None, n: int = 1) -> str:
    counter = f"-{n}" if n > 1 else ""
    return f"healthdesk-{taken_at.strftime(STAMP_FORMAT)}{counter}-{_clean_reason(reason)}-schema{schema or 'none'}.sqlite3"


def unique_backup_path(folder: Path, now: datetime, reason: str, schema: str | None) -> Path:
    n = 1
    target = folder / backup_name(now, reason, schema, n)
    while target.exists() or target.with_name(target.name + ".partial").exists():
        n += 1
        target = folder / backup_name(now, reason, schema, n)
    return target


@contextlib.contextmanager
def _raw(db: Database) -> Iterator[sqlite3.Connection]:
    with db.exclusive():
        fairy = db.engine.raw_connection()
        try:
            yield fairy.driver_connection
        finally:
            fairy.close()


def take_backup(
    db: Database,
    reason: str = "manual",
    folder: Path | None = None,
    now: datetime | None = None,
    progress: Progress | None = None,
) -> Path:
    """A verified copy of the open database (with everything in its WAL) in ``backups/``; returns its path.
    ``progress(done, total)``: the bytes copied so far (see ``copy_database``)."""
    folder = Path(folder) if folder else db.paths.backups
    now = now or datetime.now()
    try:
        folder.mkdir(parents=True, exist_ok=True)
        _remove_stale_partials(folder)
        with _raw(db) as raw:
            row = None
            with contextlib.suppress(sqlite3.DatabaseError):
                row = raw.execute("SELECT version_num FROM alembic_version").fetchone()
            schema = row[0] if row else None
            target = unique_backup_path(folder, now, reason, schema)
            copy_database(raw, target, progress)
            # Still holding the connection: a write made from another thread right after is not in this backup
            # and must keep the database marked changed.
            db.changed_since_backup = False
    except (OSError, sqlite3.DatabaseError) as exc:
        from .files import classify_os_error

        raise classify_os_error(exc, folder) from exc
    log.info("backup written: %s", target)
    return target


def parse_backup_name(name: str) -> tuple[datetime, str, str | None] | None:
    match = BACKUP_RE.match(name)
    if not match:
        return None
    stamp = match.group("stamp")  # STAMP_FORMAT, digits checked by BACKUP_RE; read without strptime, whose
    try:  # first call costs milliseconds at every start (the backups are listed when the database opens)
        taken = datetime(
            int(stamp[0:4]),
            int(stamp[4:6]),
            int(stamp[6:8]),
            int(stamp[9:11]),
            int(stamp[11:13]),
            int(stamp[13:15]),
        )
    except ValueError:
        return None
    return taken, match.group("reason"), match.group("schema")


def list_backups(folder: Path) -> list[BackupInfo]:
    """Backups in ``folder``, newest first. Reads names and sizes only; never opens the database."""
    found = []
    folder = Path(folder)
    if not folder.is_dir():
        return []
    for path in folder.iterdir():
        parsed = parse_backup_name(path.name)
        if parsed is None:
            continue
        taken, reason, schema = parsed
        try:
            stat = path.stat()
        except OSError:
            continue
        info = BackupInfo(path=path, taken_at=taken, reason=reason, size=stat.st_size, schema=schema)
        found.append((taken, stat.st_mtime_ns, path.name, info))
    # Names have one-second resolution: within a second, the file written last is the newest.
    return [entry[-1] for entry in sorted(found, key=lambda e: e[:3], reverse=True)]


def is_good_backup(path: Path) -> bool:
    try:
        check_restorable(path)
    except (StorageError, NotFoundError):
        return False
    return True


def newest_good_backup(folder: Path) -> BackupInfo | None:
    """The newest backup that passes its integrity check and is a HealthDesk database this version opens."""
    for info in list_backups(folder):
        if is_good_backup(info.path):
            return info
    return None


# What "holds more" compares: partnerships, rounds, responses and answers.
COUNTED_TABLES = {
    "partnerships": "partnership",
    "rounds": "assessment_round",
    "responses": "response",
    "answers": "answer",
}


def data_counts(path: Path) -> dict[str, int] | None:
    """How many partnerships, rounds, responses and answers a database file holds (read-only); all 0 for a
    missing or empty file, None when the file cannot be read as a HealthDesk database."""
    from .files import ReadOnlySource, sniff_file

    path = Path(path)
    kind = sniff_file(path)
    if kind in ("missing", "empty"):
        return dict.fromkeys(COUNTED_TABLES, 0)
    if kind != "sqlite":
        return None
    source = None
    try:
        source = ReadOnlySource(path)  # also on a read-only medium or a full disk
        conn = source.connect()
        try:
            tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
            return {
                key: conn.execute(f'SELECT count(*) FROM "{table}"').fetchone()[0] if table in tables else 0
                for key, table in COUNTED_TABLES.items()
            }
        finally:
            conn.close()
    except (sqlite3.DatabaseError, OSError):
        return None
    finally:
        if source is not None:
            source.cleanup()


def holds_more(counts: dict[str, int] | None, live: dict[str, int] | None) -> bool:
    """True when ``counts`` has more partnerships, rounds, responses or answers than ``live`` (an unreadable
    live database counts as empty: a backup with data is then worth keeping)."""
    if counts is None:
        return False
    live = live or {}
    return any(counts.get(key, 0) > live.get(key, 0) for key in COUNTED_TABLES)


def newest_holding_more(folder: Path, live: dict[str, int] | None) -> BackupInfo | None:
    """The newest backup in ``folder`` that holds data ``live`` (the current database's counts) does not."""
    for info in list_backups(folder):
        if holds_more(data_counts(info.path), live):
            return info
    return None


def thin_backups(
    folder: Path,
    now: datetime | None = None,
    keep_recent: int = 5,
    live: dict[str, int] | None = None,
) -> list[Path]:
    """Keep the newest few, then one a day for a week, one a week for a month, one a month beyond.

    The newest backup of each day, week and month is kept. Backups taken before a schema upgrade and the copies
    a restore kept of what it replaced are never thinned, nor is the newest backup that holds more than the
    live database (``live``: its counts; by default read from the database beside ``folder``)."""
    now = now or datetime.now()
    backups = list_backups(folder)
    keep: set[Path] = {b.path for b in backups[:keep_recent]}
    if live is None:
        live = data_counts(DataPaths(Path(folder).parent).database)
    richer = newest_holding_more(folder, live)
    if richer is not None:
        keep.add(richer.path)
    seen_buckets: set[tuple[str, object]] = set()
    for info in backups:  # newest first: the newest in each bucket is kept
        if info.reason.startswith(PROTECTED_REASONS):
            keep.add(info.path)
            continue
        age = now - info.taken_at
        if age <= timedelta(days=7):
            bucket: tuple[str, object] = ("day", info.taken_at.date())
        elif age <= timedelta(days=31):
            bucket = ("week", tuple(info.taken_at.isocalendar()[:2]))
        else:
            bucket = ("month", (info.taken_at.year, info.taken_at.month))
        if bucket not in seen_buckets:
            seen_buckets.add(bucket)
            keep.add(info.path)
    removed = []
    for info in backups:
        if info.path not in keep:
            try:
                info.path.unlink(missing_ok=True)
            except OSError as exc:
                log.warning("could not remove old backup %s: %s", info.path, exc)
                continue
            removed.append(info.path)
    return removed


def backup_is_due(db: Database, now: datetime | None = None, interval: timedelta = BACKUP_INTERVAL) -> bool:
    if db.read_only or not db.changed_since_backup:
        return False
    newest = next(iter(list_backups(db.paths.backups)), None)
    now = now or datetime.now()
    return newest is None or now - newest.taken_at >= interval or newest.taken_at > now


def backup_if_due(
    db: Database,
    now: datetime | None = None,
    interval: timedelta = BACKUP_INTERVAL,
    force: bool = False,
    reason: str = "auto",
) -> Path | None:
    """Take a backup when something changed and the newest backup is older than ``interval`` (or at once
    with ``force``, still only when something changed); thin the folder after. Returns the new backup or None."""
    if db.read_only or not db.changed_since_backup:
        return None
    if not force and not backup_is_due(db, now, interval):
        return None
    path = take_backup(db, reason=reason, now=now)
    thin_backups(db.paths.backups, now=now, live=data_counts(path))  # the new backup holds what is live
    return path


def _stamp() -> str:
    return datetime.now().strftime(STAMP_FORMAT)


def _quarantine_dir(paths: DataPaths) -> Path:
    base = paths.quarantine / _stamp()
    target, n = base, 1
    while target.exists():
        n += 1
        target = base.with_name(f"{base.name}-{n}")
    target.mkdir(parents=True)
    if os.name == "posix":
        for folder in (paths.quarantine, target):
            with contextlib.suppress(OSError):
                os.chmod(folder, 0o700)
    return target


def _side(path: Path, suffix: str) -> Path:
    return Path(str(path) + suffix)


def restore_backup(data_dir: Path, backup: Path, progress: Progress | None = None) -> Path | None:
    """Replace the database (and its WAL) with ``backup``. The caller holds the writer lock and has closed the
    database. What was replaced is kept: a sound database as a ``before-restore`` backup, a damaged one (with its
    WAL) copied into ``damaged/``. Returns where it was kept (None when there was no database).
    ``progress(done, total)`` hears the bytes of both copies so far (the backup's, then the kept database's; the
    total starts with the database file's size for the second and is exact once it is under way).

    Killed at any moment, the folder holds either the old database (with its WAL) or the restored one, never a
    mix: the old WAL is emptied (checkpointed) or kept aside before the new file is renamed into place."""
    from .files import inspect_database

    paths = DataPaths(Path(data_dir))
    backup = Path(backup)
    check_restorable(backup)
    staged = _side(paths.database, ".restoring")
    wal, shm = _side(paths.database, "-wal"), _side(paths.database, "-shm")
    kept: Path | None = None
    copied = 0  # bytes of the copies already made, for ``progress``
    said = [0, 0]  # what ``progress`` heard last

    def reported(to_come: int) -> Progress | None:
        if progress is None:
            return None

        def report(done: int, total: int) -> None:
            said[:] = [copied + done, copied + total + to_come]
            progress(*said)

        return report

    try:
        paths.backups.mkdir(parents=True, exist_ok=True)
        live_size = paths.database.stat().st_size if paths.database.is_file() else 0
        # 1. The backup, copied beside the database and checked again.
        source = sqlite3.connect(f"file:{backup.as_posix()}?mode=ro", uri=True)
        try:
            copy_database(source, staged, reported(live_size))
        finally:
            source.close()
        copied = staged.stat().st_size
        # 2. Keep what is about to be replaced.
        current = inspect_database(paths.database)
        if current.kind in ("sqlite", "foreign"):
            sound = current.ok or current.code == "newer_schema"
            if sound:
                kept = unique_backup_path(paths.backups, datetime.now(), "before-restore", current.revision)
                live = sqlite3.connect(f"file:{paths.database.as_posix()}?mode=ro", uri=True)
                try:
                    copy_database(live, kept, reported(0))
                finally:
                    live.close()
                # Fold the WAL into the file so that nothing of the old database stays beside the new one.
                conn = sqlite3.connect(str(paths.database))
                try:
                    conn.execute("PRAGMA busy_timeout = 5000")
                    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
                finally:
                    conn.close()
                aside = None
            else:
                aside = _quarantine_dir(paths)
                kept = aside / paths.database.name
                for part in (paths.database, wal):
                    if part.exists():
                        shutil.copyfile(part, aside / part.name)
                        _private(aside / part.name)
                        _fsync_file(aside / part.name)
                _fsync_dir(aside)
            # 3. No old WAL may stay beside the new file: SQLite would replay it into the restored database.
            if wal.exists() and wal.stat().st_size > 0:
                aside = aside or _quarantine_dir(paths)
                os.replace(wal, aside / wal.name)
            wal.unlink(missing_ok=True)
            shm.unlink(missing_ok=True)
        else:
            if wal.exists() and wal.stat().st_size > 0:
                os.replace(wal, _quarantine_dir(paths) / wal.name)
            wal.unlink(missing_ok=True)
            shm.unlink(missing_ok=True)
        if progress is not None and said[0] < said[1]:
            progress(said[1], said[1])  # a damaged database was copied aside instead: that is done too
        # 4. The one atomic step.
        os.replace(staged, paths.database)
        _fsync_dir(paths.root)
    except (OSError, sqlite3.DatabaseError) as exc:
        from .files import classify_os_error

        with contextlib.suppress(OSError):
            staged.unlink(missing_ok=True)
        raise classify_os_error(exc, paths.database) from exc
    except BaseException:
        with contextlib.suppress(OSError):
            staged.unlink(missing_ok=True)
        raise
    _private(paths.database)
    log.info("restored %s from %s; the replaced database was kept at %s", paths.database, backup, kept)
    return kept


def quarantine(data_dir: Path) -> Path:
    """Move a damaged database (with its WAL) aside into ``damaged/<time>/``, never deleting it. Returns the
    path of the moved database file (or of its WAL when only an orphan WAL was there)."""
    paths = DataPaths(Path(data_dir))
    parts = [_side(paths.database, "-wal"), _side(paths.database, "-shm"), paths.database]
    if not any(part.exists() for part in parts):
        raise NotFoundError("not_found", kind="database", key=str(paths.database))
    try:
        target = _quarantine_dir(paths)
        moved = target / paths.database.name
        # The WAL first: a database must never be left beside another database's WAL.
        for part in parts:
            if part.exists():
                os.replace(part, target / part.name)
        _fsync_dir(target)
        _fsync_dir(paths.root)
    except OSError as exc:
        from .files import classify_os_error

        raise classify_os_error(exc, paths.database) from exc
    if not moved.exists():
        moved = target / _side(paths.database, "-wal").name
    log.warning("moved the damaged database aside to %s", moved.parent)
    return moved
