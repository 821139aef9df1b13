"""Interrupted backups and restores leave nothing behind: what a kill leaves is private (0600) and the next
opening of the folder (the app, or any writing command) removes it, logged."""

from __future__ import annotations

import logging
import os
import stat
from pathlib import Path

import pytest

from healthdesk import maintenance
from healthdesk.cli import main
from healthdesk.models.backup import is_good_backup, list_backups
from healthdesk.models.db import Database

from .support import add_ballast, db_answers, integrity, kill, rich_population, start_writer, wait_for_line

pytestmark = pytest.mark.faults


def _leftovers(data: Path) -> list[Path]:
    found = [p for p in (data / "backups").iterdir() if ".partial" in p.name or p.name.endswith(".tmp")]
    found += [p for p in data.iterdir() if ".restoring" in p.name]
    return sorted(found)


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def _kill_while_copying(mode: str, data: Path, *args: Path) -> list[Path]:
    old_umask = os.umask(0o022)  # what most desktops use: new files readable by everyone unless made private
    try:
        proc = start_writer(mode, data, *args)
        wait_for_line(proc, "copying")  # the copy is half-written: its pages and its journal are on disk
        kill(proc)
    finally:
        os.umask(old_umask)
    return _leftovers(data)


def _populated(tmp_path: Path) -> Path:
    data = tmp_path / "data"
    rich_population(data)
    add_ballast(data / "healthdesk.sqlite3", 1)
    return data


def test_a_backup_killed_while_copying_leaves_private_files_that_the_next_open_removes(
    tmp_path: Path, caplog, figures
) -> None:
    data = _populated(tmp_path)
    answers = db_answers(data / "healthdesk.sqlite3")
    left = _kill_while_copying("stall-backup", data)
    names = sorted(p.name.rsplit(".", 1)[-1] for p in left)
    assert names == ["partial", "partial-journal"], left  # the half copy and SQLite's journal of it
    assert {path.name: oct(_mode(path)) for path in left} == {path.name: "0o600" for path in left}
    assert all(is_good_backup(b.path) for b in list_backups(data / "backups"))  # never listed as a backup
    with caplog.at_level(logging.WARNING), Database.open(data) as db:
        assert db.integrity_check() == ["ok"]
    assert _leftovers(data) == []
    assert all(path.name in caplog.text for path in left), caplog.text  # each removal is logged
    assert db_answers(data / "healthdesk.sqlite3") == answers
    figures(f"backup killed mid-copy: {len(left)} files left, all 0600; the next open removed them (logged)")


def test_a_restore_killed_while_copying_leaves_private_files_that_the_next_writer_removes(
    tmp_path: Path, caplog, figures
) -> None:
    data = _populated(tmp_path)
    with Database.open(data) as db:
        backup = maintenance.backup_now(db)
    answers = db_answers(data / "healthdesk.sqlite3")
    left = _kill_while_copying("stall-restore", data, backup)
    assert sorted(p.name for p in left) == [
        "healthdesk.sqlite3.restoring.partial",
        "healthdesk.sqlite3.restoring.partial-journal",
    ]
    assert all(_mode(path) == 0o600 for path in left), {p.name: oct(_mode(p)) for p in left}
    assert integrity(data / "healthdesk.sqlite3") == ["ok"]
    assert db_answers(data / "healthdesk.sqlite3") == answers  # the old database, whole
    # Any writing command cleans up: here `backup` (it opens the folder as the writer).
    with caplog.at_level(logging.WARNING):
        assert main(["--data-dir", str(data), "backup"]) == 0
    assert _leftovers(data) == []
    assert "healthdesk.sqlite3.restoring.partial" in caplog.text
    # And a restore itself cleans up before it starts.
    left = _kill_while_copying("stall-restore", data, backup)
    assert left
    assert main(["--data-dir", str(data), "restore", str(backup)]) == 0
    assert _leftovers(data) == []
    assert all(is_good_backup(b.path) for b in list_backups(data / "backups"))
    figures(
        "restore killed mid-copy: .restoring.partial and its journal left 0600; the next writer removed them"
    )
