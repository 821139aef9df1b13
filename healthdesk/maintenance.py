"""Data-safety operations the app and the command line call: backups, restore, check, recovery, folder
warnings, atomic file writes and the error log.

The storage engine itself lives in ``healthdesk.models`` (``db``, ``lock``, ``backup``, ``migrate``); this
module is the small, stable surface over it. Nothing here imports Qt. See docs/data-safety.md.
"""

from __future__ import annotations

import contextlib
import logging
import logging.handlers
import os
import shutil
import sys
import tempfile
import threading
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path
from typing import IO, Any

from .errors import HealthDeskError, NotFoundError, StorageError
from .models import backup as _backup
from .models.backup import BACKUP_INTERVAL, PROTECTED_REASONS, BackupInfo
from .models.db import Database, FileReport, classify_os_error, inspect_database, lost_database_error
from .models.folders import WARNINGS_EN, folder_warnings, warning_text
from .models.lock import WriterLock, respondent_mode_holder
from .paths import DataPaths

log = logging.getLogger(__name__)

__all__ = [
    "BackupInfo",
    "PROTECTED_REASONS",
    "Database",
    "BackupPolicy",
    "CheckResult",
    "RecoveryOptions",
    "atomic_file",
    "atomic_write",
    "backup_contents",
    "backup_holding_more",
    "backup_if_due",
    "backup_now",
    "backup_on_close",
    "check",
    "check_backup",
    "folder_warnings",
    "list_backups",
    "newest_good_backup",
    "respondent_mode_holder",
    "set_aside_damaged",
    "recover_from_backup",
    "recovery_options",
    "release_database",
    "replace_database",
    "resolve_backup",
    "restore",
    "setup_file_logging",
    "RecoveryResult",
    "RestoreResult",
    "WARNINGS_EN",
    "make_private",
    "print_folder_warnings",
    "warning_text",
]


# -- atomic files ---------------------------------------------------------------------------------------------


def _fsync_dir(folder: Path) -> None:
    if os.name != "posix":
        return
    with contextlib.suppress(OSError):  # some file systems (e.g. network shares) refuse to fsync a directory
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def _target_mode(path: Path, private: bool) -> int:
    if private:
        return 0o600
    try:
        return path.stat().st_mode & 0o777  # replacing a file keeps its permissions
    except OSError:
        umask = os.umask(0)
        os.umask(umask)
        return 0o666 & ~umask


@contextlib.contextmanager
def atomic_file(
    path: str | os.PathLike[str],
    mode: str = "wb",
    encoding: str | None = None,
    private: bool = False,
) -> Iterator[IO[Any]]:
    """Write a file so that it is either wholly the old one or wholly the new one, even if the process is
    killed or the disk fills: the data goes to a temporary file beside the target, is flushed and fsynced, then
    renamed over the target (and the folder fsynced). On any error the temporary file is removed, the target is
    untouched and a StorageError (disk_full, read_only, io_error) is raised.

    ``private`` makes the file readable by the user only (0600); otherwise a replaced file keeps its
    permissions and a new one gets the usual ones.

        with atomic_file(pdf_path) as fh:
            fh.write(pdf_bytes)
    """
    if mode not in ("wb", "w"):
        raise ValueError("atomic_file writes whole files: mode 'wb' or 'w'")
    target = Path(path)
    folder = target.parent
    try:
        fd, tmp_name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=folder)
    except OSError as exc:
        raise classify_os_error(exc, target) from exc
    tmp = Path(tmp_name)
    handle: IO[Any] | None = None
    try:
        handle = os.fdopen(fd, mode, encoding=encoding if "b" not in mode else None)
        yield handle
        handle.flush()
        os.fsync(handle.fileno())
        handle.close()
        handle = None
        if os.name == "posix":
            os.chmod(tmp, _target_mode(target, private))
        os.replace(tmp, target)
        _fsync_dir(folder)
    except OSError as exc:
        _discard(handle, tmp)
        raise classify_os_error(exc, target) from exc
    except BaseException:
        _discard(handle, tmp)
        raise


def _discard(handle: IO[Any] | None, tmp: Path) -> None:
    if handle is not None:
        with contextlib.suppress(OSError):
            handle.close()
    with contextlib.suppress(OSError):
        tmp.unlink(missing_ok=True)


def atomic_write(path: str | os.PathLike[str], data: bytes | str, private: bool = False) -> Path:
    """Write ``data`` (bytes, or str as UTF-8) to ``path`` atomically; see ``atomic_file``."""
    payload = data.encode("utf-8") if isinstance(data, str) else data
    with atomic_file(path, "wb", private=private) as handle:
        handle.write(payload)
    return Path(path)


# -- backups --------------------------------------------------------------------------------------------------


def list_backups(data_dir: Path) -> list[BackupInfo]:
    """Backups of the data folder, newest first (names and sizes only: works while the app holds the folder)."""
    return _backup.list_backups(DataPaths(Path(data_dir)).backups)


def newest_good_backup(data_dir: Path) -> BackupInfo | None:
    """The newest backup that passes its checks (None: there is none). Read-only."""
    return _backup.newest_good_backup(DataPaths(Path(data_dir)).backups)


def backup_holding_more(data_dir: Path) -> BackupInfo | None:
    """The newest backup that holds data the current database does not (more partnerships, rounds, responses
    or answers): thinning keeps it until it is deleted by hand, and backup lists mark it. Read-only."""
    paths = DataPaths(Path(data_dir))
    return _backup.newest_holding_more(paths.backups, _backup.data_counts(paths.database))


def backup_now(db: Database, reason: str = "manual", progress: _backup.Progress | None = None) -> Path:
    """A verified backup now, whatever changed; then thin the folder. Returns the backup's path.
    ``progress(done, total)`` hears the bytes copied so far (from the thread running the backup)."""
    if db.read_only:
        raise StorageError("read_only_mode")
    path = _backup.take_backup(db, reason=reason, progress=progress)
    _thin_quietly(db, live=_backup.data_counts(path))  # the new backup holds what is live
    return path


def _thin_quietly(db: Database, now: datetime | None = None, live: dict[str, int] | None = None) -> None:
    try:
        _backup.thin_backups(db.paths.backups, now=now, live=live)
    except OSError as exc:  # thinning is housekeeping: never fail a backup over it
        log.warning("thinning backups failed: %s", exc)


@dataclass(frozen=True)
class BackupPolicy:
    """When the app backs up on its own: every ``interval`` while something changed, and on close."""

    interval: timedelta = BACKUP_INTERVAL
    # How often the app's timer should ask (a QTimer calling ``backup_if_due``); asking is cheap.
    check_every: timedelta = timedelta(minutes=1)

    def due(self, db: Database, now: datetime | None = None) -> bool:
        return _backup.backup_is_due(db, now, self.interval)

    def backup_if_due(self, db: Database, now: datetime | None = None) -> Path | None:
        if db.read_only or db.closed:
            return None
        return _backup.backup_if_due(db, now=now, interval=self.interval, reason="auto")


DEFAULT_POLICY = BackupPolicy()


def backup_if_due(
    db: Database, now: datetime | None = None, policy: BackupPolicy = DEFAULT_POLICY
) -> Path | None:
    """For the app's timer: a backup when something changed and the newest is older than the policy's interval.
    Returns the new backup's path or None. Raises StorageError (e.g. disk_full) when a due backup fails."""
    return policy.backup_if_due(db, now)


def backup_on_close(db: Database) -> Path | None:
    """For the app's close: a backup when anything changed since the newest one (then ``db.close()``)."""
    if db.read_only or db.closed:
        return None
    return _backup.backup_if_due(db, force=True, reason="on-close")


# -- restore, check, recovery ---------------------------------------------------------------------------------


def resolve_backup(data_dir: Path, name: str | os.PathLike[str]) -> Path:
    """A backup given as a path, or as a file name in the data folder's backups folder."""
    candidate = Path(name).expanduser()
    if candidate.is_file():
        return candidate.resolve()
    in_folder = DataPaths(Path(data_dir)).backups / candidate.name
    if in_folder.is_file():
        return in_folder
    raise NotFoundError("no_backup", path=str(name))


@dataclass(frozen=True)
class RestoreResult:
    restored_from: Path
    kept: Path | None  # where the replaced database was kept (None when there was none)


def restore(data_dir: Path, backup: str | os.PathLike[str], db: Database | None = None) -> RestoreResult:
    """Put ``backup`` in place of the database. With ``db`` (the app's open database) it is closed first and its
    writer lock is kept through the replacement, so no other writer slips in; without, the lock is taken here
    (LockedError when another HealthDesk holds the folder). The replaced database is kept. Open the database
    again afterwards.

    The app runs the same three steps apart, so that only the closing stays on the thread that uses ``db``:
    ``check_backup`` (slow: a full integrity check), ``release_database`` and ``replace_database`` (the file
    work)."""
    source = check_backup(data_dir, backup)  # refuse before closing anything
    lock = release_database(db) if db is not None else None
    return replace_database(data_dir, source, lock)


def check_backup(data_dir: Path, backup: str | os.PathLike[str]) -> Path:
    """The backup's path once it passed every check a restore makes (raises why not). Reads only."""
    source = resolve_backup(Path(data_dir), backup)
    _backup.check_restorable(source)
    return source


def release_database(db: Database) -> WriterLock | None:
    """Close the app's database for a restore and hand back its writer lock, still held (None when it was
    closed already). Run it where ``db`` is used; pass the lock to ``replace_database``."""
    if db.closed:
        return None
    if db.read_only:
        raise StorageError("read_only_mode")
    lock = db.detach_lock()
    db.close(backup="never")  # what it holds is kept by the restore itself
    return lock


def replace_database(
    data_dir: Path, source: Path, lock: WriterLock | None = None, progress: _backup.Progress | None = None
) -> RestoreResult:
    """The file work of a restore: put the checked backup ``source`` in place of the closed database, keeping
    the replaced one. Under ``lock`` (from ``release_database``; taken here when None or no longer held), which
    is released at the end whatever happens. ``progress(done, total)`` hears the bytes copied so far (from the
    thread doing the work)."""
    data_dir = Path(data_dir)
    paths = DataPaths(data_dir)
    if lock is None or not lock.held:
        try:
            paths.ensure()
            lock = WriterLock(paths.lock).acquire()
        except OSError as exc:
            raise classify_os_error(exc, paths.root) from exc
    try:
        _backup.remove_leftovers(paths)
        kept = _backup.restore_backup(data_dir, Path(source), progress=progress)
    finally:
        lock.release()
    return RestoreResult(restored_from=Path(source), kept=kept)


@dataclass(frozen=True)
class CheckResult:
    ok: bool
    reason: str | None
    report: FileReport
    code: str | None = None  # error code when not ok
    lost: StorageError | None = None  # a missing or empty database while backups hold data

    def error(self) -> StorageError | None:
        if self.lost is not None:
            return self.lost
        return None if self.ok else self.report.error()


def check(data_dir: Path) -> CheckResult:
    """Full integrity check (``integrity_check`` and ``foreign_key_check``), read-only: works while the app
    holds the folder and writes nothing."""
    paths = DataPaths(Path(data_dir))
    report = inspect_database(paths.database, full=True)
    if report.is_new:
        lost = lost_database_error(paths, report)
        if lost is not None:  # backups hold what the database no longer does
            return CheckResult(False, lost.message_en(), report, lost.code, lost)
    if report.kind in ("missing", "empty"):
        return CheckResult(False, f"there is no database in {paths.root}", report, "no_database")
    if report.ok and not report.has_tables:
        return CheckResult(False, f"{paths.database} holds no HealthDesk data", report, "no_database")
    if report.ok:
        return CheckResult(True, None, report)
    error = report.error()
    return CheckResult(False, error.message_en() if error else report.problem, report, report.code)


@dataclass(frozen=True)
class RecoveryOptions:
    """What the app shows when the database cannot be opened: the damaged file and the way back."""

    report: FileReport  # the damaged/foreign/newer file as found
    newest_good: BackupInfo | None  # the backup offered for restore (None: no good backup)
    backups: list[BackupInfo] = field(default_factory=list)  # every backup, newest first
    quarantine_dir: Path | None = None  # where a damaged file is kept aside
    good: list[BackupInfo] = field(default_factory=list)  # the backups that pass their checks, newest first

    @property
    def can_restore(self) -> bool:
        return self.newest_good is not None and self.report.code != "newer_schema"

    @property
    def lost(self) -> bool:
        """The database is missing or empty while a good backup holds data: never start empty silently."""
        return self.report.is_new and self.newest_good is not None


def recovery_options(data_dir: Path, all_good: bool = False) -> RecoveryOptions:
    """Read-only: what is wrong with the database, and the newest backup that passes its checks (with
    ``all_good``, every backup that passes them, in ``good``)."""
    paths = DataPaths(Path(data_dir))
    listed = _backup.list_backups(paths.backups)
    good = [info for info in listed if _backup.is_good_backup(info.path)] if all_good else []
    return RecoveryOptions(
        report=inspect_database(paths.database),
        newest_good=good[0] if good else _backup.newest_good_backup(paths.backups),
        backups=listed,
        quarantine_dir=paths.quarantine,
        good=good,
    )


def backup_contents(path: Path) -> dict[str, int] | None:
    """How many partnerships, rounds, responses and answers a backup holds (None: unreadable)."""
    return _backup.data_counts(path)


@dataclass(frozen=True)
class RecoveryResult:
    quarantined: Path | None  # where the damaged file went (None when the database was sound or missing)
    restored_from: Path | None  # the backup put in its place (None: start empty)


def set_aside_damaged(data_dir: Path) -> RecoveryResult:
    """Move a damaged database aside (into ``damaged/``, never deleted) under the writer lock and put nothing in
    its place: the user chose to start empty; the backups stay."""
    paths = DataPaths(Path(data_dir))
    try:
        lock = WriterLock(paths.lock).acquire()
    except OSError as exc:
        raise classify_os_error(exc, paths.root) from exc
    try:
        moved = _backup.quarantine(Path(data_dir))
    finally:
        lock.release()
    return RecoveryResult(quarantined=moved, restored_from=None)


def recover_from_backup(
    data_dir: Path, backup: str | os.PathLike[str] | None = None, progress: _backup.Progress | None = None
) -> RecoveryResult:
    """Move a damaged or foreign database aside (never deleted) and put ``backup`` in its place; with no
    ``backup``, the newest good one; when there is none, leave the folder empty so the app starts afresh (the
    damaged file stays in ``damaged/``). A newer HealthDesk's database is never touched. Takes the writer lock.
    ``progress(done, total)`` hears the bytes copied so far (as ``replace_database``)."""
    data_dir = Path(data_dir)
    paths = DataPaths(data_dir)
    source: Path | None = None
    if backup is not None:
        source = resolve_backup(data_dir, backup)
        _backup.check_restorable(source)
    else:
        good = _backup.newest_good_backup(paths.backups)
        source = good.path if good else None
    try:
        paths.ensure()
        lock = WriterLock(paths.lock).acquire()
    except OSError as exc:
        raise classify_os_error(exc, paths.root) from exc
    try:
        _backup.remove_leftovers(paths)
        report = inspect_database(paths.database)
        if report.code == "newer_schema":
            raise report.error()
        moved = None
        if report.kind != "missing" and not (report.ok and report.has_tables):
            moved = _backup.quarantine(data_dir)
        if source is not None:
            _backup.restore_backup(data_dir, source, progress=progress)
    finally:
        lock.release()
    return RecoveryResult(quarantined=moved, restored_from=source)


# -- the data folder ------------------------------------------------------------------------------------------


def print_folder_warnings(data_dir: Path, stream: IO[str] | None = None) -> list[str]:
    """What writing commands do: print each folder warning on stderr."""
    stream = stream or sys.stderr
    codes = folder_warnings(data_dir)
    for code in codes:
        print(f"healthdesk: warning: {warning_text(code, data_dir)}", file=stream)
    return codes


def make_private(data_dir: Path) -> None:
    """The data folder and its files readable by the user only (0700 folders, 0600 files) on Unix."""
    if os.name != "posix":
        return
    paths = DataPaths(Path(data_dir))
    for folder in (paths.root, paths.backups, paths.logs, paths.quarantine):
        if folder.is_dir():
            with contextlib.suppress(OSError):
                os.chmod(folder, 0o700)
    for folder in (paths.root, paths.backups, paths.logs):
        if not folder.is_dir():
            continue
        for item in folder.iterdir():
            if item.is_file():
                with contextlib.suppress(OSError):
                    os.chmod(item, 0o600)


# -- the error log --------------------------------------------------------------------------------------------

_LOG_HANDLERS: dict[Path, logging.Handler] = {}


class _QuietFileHandler(logging.handlers.RotatingFileHandler):
    """The log file handler, silent when the disk is full or read-only: a command that only reads must not
    print tracebacks because its log line could not be saved (the other handlers still get the record)."""

    def handleError(self, record: logging.LogRecord) -> None:  # noqa: N802
        if isinstance(sys.exc_info()[1], OSError):
            return
        super().handleError(record)


def setup_file_logging(data_dir: Path, level: int = logging.INFO) -> Path | None:
    """Log to ``<data folder>/logs/healthdesk.log`` (rotated) and record uncaught exceptions there, from the
    main thread and from other threads. Returns the log file, or None when the folder cannot be written."""
    logs = DataPaths(Path(data_dir)).logs
    target = logs / "healthdesk.log"
    if target in _LOG_HANDLERS:
        return target
    try:
        logs.mkdir(parents=True, exist_ok=True)
        if os.name == "posix":
            with contextlib.suppress(OSError):
                os.chmod(logs, 0o700)
        handler = _QuietFileHandler(target, maxBytes=1_000_000, backupCount=3, encoding="utf-8")
    except OSError:
        return None
    if os.name == "posix":
        with contextlib.suppress(OSError):
            os.chmod(target, 0o600)
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    handler.setLevel(level)
    root = logging.getLogger()
    root.addHandler(handler)
    if root.level > level or root.level == logging.NOTSET:
        root.setLevel(level)
    _LOG_HANDLERS[target] = handler

    previous_hook = sys.excepthook

    def _log_uncaught(exc_type, exc, tb):  # noqa: ANN001
        if not issubclass(exc_type, KeyboardInterrupt):
            logging.getLogger("healthdesk").critical("unexpected error", exc_info=(exc_type, exc, tb))
        previous_hook(exc_type, exc, tb)

    def _log_thread(args: threading.ExceptHookArgs) -> None:
        logging.getLogger("healthdesk").critical(
            "unexpected error in thread %s",
            getattr(args.thread, "name", "?"),
            exc_info=(args.exc_type, args.exc_value, args.exc_traceback),
        )

    sys.excepthook = _log_uncaught
    threading.excepthook = _log_thread
    return target


def describe_error(exc: BaseException) -> str:
    """One line for a user: the typed message, or the exception's first line."""
    if isinstance(exc, HealthDeskError):
        return exc.message_en()
    lines = str(exc).strip().splitlines()
    return f"{type(exc).__name__}: {lines[0]}" if lines else type(exc).__name__


def disk_free(path: Path) -> int | None:
    try:
        return shutil.disk_usage(path).free
    except OSError:
        return None
