"""What the backups screens show, without Qt: one row per backup (when it was taken, its size, why, what it holds,
whether it holds data the current database does not, whether it is the newest good one) and what may be done with
it (restore, and how it would go away), with the reason as a code when not.

Built from ``maintenance``'s records (``BackupInfo``) and no words: the Qt views (``dialog.py``: the backups list;
``lost.py``: the missing-database screen) word them with ``shared.py``. The rules are ``maintenance``'s: a restore
refuses a read-only data folder (``release_database`` raises ``read_only_mode``), and thinning never removes the
backup that holds more than the live database nor the copies kept before an upgrade or a restore.

``load_backups`` reads the backups folder (and compares the newest backups with the live database, which opens
files): the backups list fetches it on the background queue (``ctx.fetch``).
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from ... import maintenance
from ...maintenance import BackupInfo, Database

log = logging.getLogger(__name__)

# Why a backup cannot be restored (the error code ``maintenance`` refuses with).
READ_ONLY = "read_only_mode"

# How a backup goes away: thinning removes it in time (daily, weekly, monthly), or it stays until the user deletes
# it by hand in the backups folder (the app itself deletes no backup).
THINNED = "thinned"
KEPT_HOLDS_MORE = "kept_holds_more"  # it holds data the current database does not
KEPT_PROTECTED = "kept_protected"  # a copy taken before an upgrade or a restore

# The database is missing or empty while backups hold data (``DamagedError`` codes): the lost-database screen.
LOST_CODES = ("database_missing", "database_empty")


@dataclass(frozen=True)
class BackupRow:
    path: Path
    taken_at: datetime
    size: int  # bytes
    reason: str  # "manual", "auto", "on-close", "before-import", "before-upgrade-…" (worded by the view)
    contents: dict[str, int] | None = (
        None  # partnerships, rounds, responses, answers (None: not read/unreadable)
    )
    holds_more: bool = False  # holds data the current database does not
    newest: bool = False  # the first row: the newest backup
    newest_good: bool | None = None  # the newest backup that passes its checks (None: not checked)
    restore: str | None = None  # None: may be restored; else why not (a code)
    removal: str = THINNED  # how it goes away: THINNED, KEPT_HOLDS_MORE, KEPT_PROTECTED

    @property
    def name(self) -> str:
        return self.path.name

    @property
    def can_restore(self) -> bool:
        return self.restore is None

    @property
    def kept_by_hand(self) -> bool:
        """Thinning never removes it: it stays until deleted by hand."""
        return self.removal != THINNED


@dataclass(frozen=True)
class BackupList:
    rows: list[BackupRow] = field(default_factory=list)
    read_only: bool = False

    @property
    def can_back_up(self) -> bool:
        return not self.read_only

    @property
    def back_up_refusal(self) -> str | None:
        return READ_ONLY if self.read_only else None

    @property
    def holding_more(self) -> Path | None:
        return next((row.path for row in self.rows if row.holds_more), None)

    @property
    def newest_good(self) -> BackupRow | None:
        return next((row for row in self.rows if row.newest_good), None)

    def row_of(self, path: Path) -> BackupRow | None:
        return next((row for row in self.rows if row.path == path), None)


def removal_of(info: BackupInfo, holds_more: bool) -> str:
    if holds_more:
        return KEPT_HOLDS_MORE
    if info.reason.startswith(maintenance.PROTECTED_REASONS):
        return KEPT_PROTECTED
    return THINNED


def backup_list(
    infos: Sequence[BackupInfo],
    read_only: bool = False,
    holding_more: Path | None = None,
    contents: dict[Path, dict[str, int] | None] | None = None,
    newest_good: Path | None | bool = False,
) -> BackupList:
    """The rows of ``infos`` (newest first). ``newest_good``: the path of the newest good backup, None when none
    is good, False when not checked."""
    rows = []
    for index, info in enumerate(infos):
        holds_more = info.path == holding_more
        rows.append(
            BackupRow(
                path=info.path,
                taken_at=info.taken_at,
                size=info.size,
                reason=info.reason,
                contents=(contents or {}).get(info.path),
                holds_more=holds_more,
                newest=index == 0,
                newest_good=None if newest_good is False else info.path == newest_good,
                restore=READ_ONLY if read_only else None,
                removal=removal_of(info, holds_more),
            )
        )
    return BackupList(rows=rows, read_only=read_only)


def holding_more_quietly(data_dir: Path) -> Path | None:
    """The backup that holds more than the live database; a mark in a list must never keep the list from
    showing, so a failure is logged and leaves no mark."""
    try:
        richer = maintenance.backup_holding_more(data_dir)
    except Exception:  # noqa: BLE001
        log.exception("could not compare the backups with the current database")
        return None
    return richer.path if richer is not None else None


def load_backups(
    db: Database | None,
    data_dir: Path,
    read_only: bool = False,
    with_contents: bool = False,
    check_good: bool = False,
) -> BackupList:
    """The backups list of ``data_dir`` (read-only; ``db`` is the open database ``ctx.fetch`` passes, unused: the
    backups are files beside it). ``with_contents`` reads what each backup holds and ``check_good`` finds the
    newest good one: both open every backup, so they are asked for only where shown."""
    infos = maintenance.list_backups(data_dir)
    holding = holding_more_quietly(data_dir) if infos else None
    contents = (
        {info.path: maintenance.backup_contents(info.path) for info in infos} if with_contents else None
    )
    good: Path | None | bool = False
    if check_good:
        found = maintenance.newest_good_backup(data_dir)
        good = found.path if found is not None else None
    return backup_list(infos, read_only, holding, contents, good)


def lost_choices(
    good: Sequence[BackupInfo], contents_of: Callable[[Path], dict[str, int] | None] | None = None
) -> BackupList:
    """The lost-database screen's rows: the backups that pass their checks, newest first (the first is the newest
    good one), each with what it holds (``contents_of``: by default ``maintenance.backup_contents``)."""
    read = contents_of or maintenance.backup_contents
    contents = {info.path: read(info.path) for info in good}
    return backup_list(good, contents=contents, newest_good=good[0].path if good else None)
