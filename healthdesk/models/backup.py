"""Backups through SQLite's backup API: verified, named by time, reason and schema, thinned, restorable.

Never a file copy of a live database. A backup is written beside its final name and renamed once verified, so a
killed backup never leaves a half file that looks like a backup.
"""

from __future__ import annotations

import contextlib
import logging
import os
import re
import shutil
import sqlite3
import time
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from ..errors import DamagedError, NotFoundError, StorageError

if TYPE_CHECKING:
    from .db import Database

log = logging.getLogger(__name__)

BACKUP_RE = re.compile(r"^healthdesk-(\d{8}-\d{6}(?:-\d+)?)-([a-z0-9-]+)\.sqlite3$")


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    taken_at: datetime
    reason: str
    size: int


def _fsync_dir(folder: Path) -> None:
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def verify_file(path: Path) -> str | None:
    """None when the file is a sound SQLite database, else the reason."""
    try:
        conn = sqlite3.connect(f"file:{Path(path).as_posix()}?mode=ro", uri=True)
        try:
            rows = [row[0] for row in conn.execute("PRAGMA integrity_check").fetchall()]
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        return str(exc)
    return None if rows == ["ok"] else "; ".join(rows[:3])


def copy_database(source: sqlite3.Connection, target_path: Path) -> None:
    """Online backup of an open connection into a new file, written beside then renamed."""
    target_path = Path(target_path)
    partial = target_path.with_name(target_path.name + ".partial")
    with contextlib.suppress(FileNotFoundError):
        partial.unlink()
    dest = sqlite3.connect(str(partial))
    try:
        source.backup(dest)
        dest.execute("PRAGMA journal_mode = DELETE")
        dest.commit()
    finally:
        dest.close()
    with open(partial, "rb") as handle:
        os.fsync(handle.fileno())
    problem = verify_file(partial)
    if problem:
        partial.unlink(missing_ok=True)
        raise DamagedError("backup_invalid", path=str(target_path), reason=problem)
    if os.name == "posix":
        os.chmod(partial, 0o600)
    os.replace(partial, target_path)
    _fsync_dir(target_path.parent)


def take_backup(db: Database, reason: str = "manual", folder: Path | None = None) -> Path:
    from .migrate import current_revision

    folder = Path(folder) if folder else db.paths.backups
    folder.mkdir(parents=True, exist_ok=True)
    reason = re.sub(r"[^a-z0-9-]+", "-", reason.lower()).strip("-") or "manual"
    stamp = time.strftime("%Y%m%d-%H%M%S")
    with db.engine.connect() as conn:
        schema = current_revision(conn) or "none"
        target = folder / f"healthdesk-{stamp}-{reason}-schema{schema}.sqlite3"
        n = 1
        while target.exists():
            n += 1
            target = folder / f"healthdesk-{stamp}-{n}-{reason}-schema{schema}.sqlite3"
        raw = conn.connection.dbapi_connection
        try:
            copy_database(raw, target)
        except OSError as exc:
            from .db import classify_os_error

            raise classify_os_error(exc, target) from exc
    db.changed_since_backup = False
    log.info("backup written: %s", target)
    return target


def list_backups(folder: Path) -> list[BackupInfo]:
    found = []
    folder = Path(folder)
    if not folder.is_dir():
        return []
    for path in folder.iterdir():
        match = BACKUP_RE.match(path.name)
        if not match:
            continue
        stamp = match.group(1)[:15]
        try:
            taken = datetime.strptime(stamp, "%Y%m%d-%H%M%S")
        except ValueError:
            continue
        found.append(BackupInfo(path=path, taken_at=taken, reason=match.group(2), size=path.stat().st_size))
    return sorted(found, key=lambda b: (b.taken_at, b.path.name), reverse=True)


def newest_good_backup(folder: Path) -> BackupInfo | None:
    for info in list_backups(folder):
        if verify_file(info.path) is None:
            return info
    return None


def thin_backups(folder: Path, now: datetime | None = None, keep_recent: int = 5) -> list[Path]:
    """Keep the newest few, then one a day for a week, one a week for a month, one a month beyond."""
    now = now or datetime.now()
    backups = list_backups(folder)
    keep: set[Path] = {b.path for b in backups[:keep_recent]}
    seen_buckets: set[tuple[str, object]] = set()
    for info in backups:  # newest first: the newest in each bucket is kept
        age = now - info.taken_at
        if age <= timedelta(days=7):
            bucket: tuple[str, object] = ("day", info.taken_at.date())
        elif age <= timedelta(days=31):
            bucket = ("week", info.taken_at.isocalendar()[:2])
        else:
            bucket = ("month", (info.taken_at.year, info.taken_at.month))
        if bucket not in seen_buckets:
            seen_buckets.add(bucket)
            keep.add(info.path)
    removed = []
    for info in backups:
        if info.path not in keep:
            info.path.unlink(missing_ok=True)
            removed.append(info.path)
    return removed


def restore_backup(data_dir: Path, backup: Path) -> Path:
    """Replace the database (and its WAL) with ``backup``. The caller holds the writer lock and has closed the
    database. What was replaced is kept in the backups folder. Returns where the replaced file went."""
    from ..paths import DataPaths

    paths = DataPaths(Path(data_dir))
    backup = Path(backup)
    if not backup.is_file():
        raise NotFoundError("no_backup", path=str(backup))
    problem = verify_file(backup)
    if problem:
        raise DamagedError("backup_invalid", path=str(backup), reason=problem)
    paths.backups.mkdir(parents=True, exist_ok=True)
    stamp = time.strftime("%Y%m%d-%H%M%S")
    kept = paths.backups / f"replaced-{stamp}.sqlite3"
    staged = paths.database.with_name(paths.database.name + ".restoring")
    try:
        shutil.copyfile(backup, staged)
        with open(staged, "rb") as handle:
            os.fsync(handle.fileno())
        if paths.database.exists():
            # Fold the old WAL into the old file so what is kept aside is complete, then move it aside.
            with contextlib.suppress(sqlite3.DatabaseError):
                conn = sqlite3.connect(str(paths.database))
                conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
                conn.close()
            os.replace(paths.database, kept)
        for suffix in ("-wal", "-shm"):
            Path(str(paths.database) + suffix).unlink(missing_ok=True)
        os.replace(staged, paths.database)
        _fsync_dir(paths.root)
    except OSError as exc:
        from .db import classify_os_error

        raise classify_os_error(exc, paths.database) from exc
    if os.name == "posix":
        os.chmod(paths.database, 0o600)
    return kept


def quarantine(data_dir: Path) -> Path:
    """Move a damaged database (with its WAL) aside, never deleting it. Returns where it went."""
    from ..paths import DataPaths

    paths = DataPaths(Path(data_dir))
    paths.quarantine.mkdir(parents=True, exist_ok=True)
    stamp = time.strftime("%Y%m%d-%H%M%S")
    target = paths.quarantine / f"damaged-{stamp}.sqlite3"
    try:
        os.replace(paths.database, target)
        for suffix in ("-wal", "-shm"):
            side = Path(str(paths.database) + suffix)
            if side.exists():
                os.replace(side, Path(str(target) + suffix))
    except OSError as exc:
        raise StorageError("io_error", path=str(paths.database), reason=str(exc)) from exc
    return target
