"""A missing or empty database is never replaced silently while the backups hold data; thinning keeps the
newest backup that holds more than the live database; interrupted copies leave nothing behind."""

from __future__ import annotations

import json
import logging
import os
import stat
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from faults.support import answer_some, db_answers, populate

from healthdesk import maintenance
from healthdesk.cli import main
from healthdesk.errors import DamagedError
from healthdesk.models import backup as backups
from healthdesk.models.db import CLEAN_STATE_FILE, Database


def _with_backup(data_dir: Path) -> Path:
    """A folder with one partnership, a round, answers and a good backup of it. Returns the backup."""
    ids = populate(data_dir, 2)["respondents"]
    with Database.open(data_dir) as db:
        answer_some(db, ids, score=4)
        return maintenance.backup_now(db)


def _lose(data_dir: Path, how: str) -> Path:
    db_path = data_dir / "healthdesk.sqlite3"
    for suffix in ("-wal", "-shm"):
        Path(f"{db_path}{suffix}").unlink(missing_ok=True)
    if how == "missing":
        db_path.unlink()
    else:
        db_path.write_bytes(b"")
    return db_path


@pytest.mark.parametrize("how", ["missing", "empty"])
def test_a_lost_database_is_not_recreated_while_backups_hold_data(data_dir, how) -> None:
    backup = _with_backup(data_dir)
    db_path = _lose(data_dir, how)
    for read_only in (False, True):
        with pytest.raises(DamagedError) as refused:
            Database.open(data_dir, read_only=read_only)
        assert refused.value.code == f"database_{how}"
        assert refused.value.exit_code == 4
        message = refused.value.message_en()
        assert backup.name in message and f"healthdesk restore {backup.name}" in message
        assert ("missing" if how == "missing" else "empty") in message
    assert db_path.exists() == (how == "empty")  # nothing was created
    if how == "empty":
        assert db_path.stat().st_size == 0  # nothing was written into it
    assert not Path(f"{db_path}-wal").exists()
    # Only the user's explicit choice starts empty.
    with Database.open(data_dir, start_empty=True) as db:
        assert db.integrity_check() == ["ok"]


@pytest.mark.parametrize("how", ["missing", "empty"])
def test_commands_refuse_with_exit_4_naming_the_backup_and_restore_brings_it_back(
    data_dir, tmp_path, capsys, how
) -> None:
    backup = _with_backup(data_dir)
    saved = db_answers(backup)
    db_path = _lose(data_dir, how)
    capsys.readouterr()
    commands = (
        ["list"],
        ["summary", "FT"],
        ["backup"],
        ["demo"],
        ["demo", "--force"],
        ["export-data", "FT", "--format", "json", "-o", str(tmp_path / "h.json")],
        ["check"],
    )
    for command in commands:
        assert main(["--data-dir", str(data_dir), *command]) == 4, command
        err = capsys.readouterr().err
        assert f"healthdesk restore {backup.name}" in err, (command, err)
        assert db_path.exists() == (how == "empty"), command  # demo did not cover the loss
    assert not (tmp_path / "h.json").exists()
    assert main(["--data-dir", str(data_dir), "backups"]) == 0  # listing still works
    out = capsys.readouterr().out
    assert backup.name in out and "holds data the current database does not" in out
    assert main(["--data-dir", str(data_dir), "restore", backup.name]) == 0
    assert db_answers(db_path) == saved
    assert main(["--data-dir", str(data_dir), "list"]) == 0
    assert "Fault × Test" in capsys.readouterr().out


def test_a_fresh_folder_and_a_folder_with_only_broken_backups_start_as_before(data_dir, capsys) -> None:
    assert main(["--data-dir", str(data_dir), "demo"]) == 0  # a fresh folder: the demo is written
    assert "demo database written" in capsys.readouterr().out
    fresh = data_dir.parent / "fresh"
    with Database.open(fresh) as db:
        assert db.integrity_check() == ["ok"]
    broken = data_dir.parent / "broken"
    (broken / "backups").mkdir(parents=True)
    bad = broken / "backups" / backups.backup_name(datetime(2026, 1, 1), "auto", "0003")
    bad.write_bytes(b"SQLite format 3\x00" + os.urandom(4000))  # fails the backup verification
    with Database.open(broken) as db:
        assert db.integrity_check() == ["ok"]


def test_thinning_keeps_the_newest_backup_that_holds_more_than_the_live_database(data_dir, capsys) -> None:
    """The issue's scenario: the database was lost and the user worked on in a new one; every automatic backup
    of that day would push the good one out within 75 minutes."""
    day = datetime(2026, 11, 20, 9, 0, 0)
    ids = populate(data_dir, 2)["respondents"]
    with Database.open(data_dir) as db:
        answer_some(db, ids, score=3)
        rich = backups.take_backup(db, reason="auto", now=day)
    older = None
    _lose(data_dir, "missing")
    from healthdesk.services import partnerships
    from healthdesk.services.dto import PartnershipInput

    with Database.open(data_dir, start_empty=True) as db:
        for n in range(1, 10):  # nine more automatic backups that day, every 15 minutes
            partnerships.create_partnership(
                db,
                PartnershipInput(
                    name=f"New {n}",
                    code=f"N{n}",
                    partner_a_name="A",
                    partner_a_label="A",
                    partner_b_name="B",
                    partner_b_label="B",
                ),
            )
            backups.backup_if_due(db, now=day + timedelta(minutes=15 * n), force=True)
        older = [b.path for b in backups.list_backups(data_dir / "backups")]
    # More partnerships now, but no round, response or answer: the old backup still holds more.
    assert rich.exists(), "thinning deleted the only backup that holds the lost data"
    assert len(older) == 6  # the newest five and the protected one
    assert maintenance.backup_holding_more(data_dir).path == rich
    assert main(["--data-dir", str(data_dir), "backups"]) == 0
    lines = capsys.readouterr().out.splitlines()
    marked = [line for line in lines if "holds data the current database does not" in line]
    assert len(marked) == 1 and rich.name in marked[0]
    assert main(["--data-dir", str(data_dir), "backups", "--json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert [row["file"] for row in rows if row["holds_more"]] == [str(rich)]


def test_thinning_is_as_before_when_no_backup_holds_more(data_dir) -> None:
    day = datetime(2026, 11, 20, 9, 0, 0)
    ids = populate(data_dir, 2)["respondents"]
    with Database.open(data_dir) as db:
        first = backups.take_backup(db, reason="auto", now=day)
        for n in range(1, 7):
            answer_some(db, ids[:1], score=1 + n % 5)  # the same or more of everything
            backups.backup_if_due(db, now=day + timedelta(minutes=15 * n), force=True)
    assert not first.exists()
    assert maintenance.backup_holding_more(data_dir) is None


def test_backed_up_state_is_written_atomically_and_private(data_dir, monkeypatch) -> None:
    populate(data_dir, 1)
    state = data_dir / "backups" / CLEAN_STATE_FILE
    old_umask = os.umask(0o022)
    try:
        with Database.open(data_dir) as db:
            maintenance.backup_now(db)
        assert stat.S_IMODE(state.stat().st_mode) == 0o600 and json.loads(state.read_text())
        # A write that fails half-way (a full disk) leaves no empty or stale state behind.
        with Database.open(data_dir) as db:
            maintenance.backup_now(db)

            def full(fd):  # noqa: ANN001, ANN202
                raise OSError(28, "No space left on device")

            monkeypatch.setattr(os, "fsync", full)
            db.close()
            monkeypatch.undo()
    finally:
        os.umask(old_umask)
    assert not state.exists() or json.loads(state.read_text())
    assert not [p for p in (data_dir / "backups").iterdir() if p.name.endswith(".tmp")]


def test_copies_are_private_from_the_first_byte(data_dir) -> None:
    """The half-written copy of a backup or restore is 0600 while it is being written, whatever the umask."""
    populate(data_dir, 2)
    seen: list[int] = []
    target = data_dir / "backups" / "copy.sqlite3"
    partial = target.with_name(target.name + ".partial")

    class Watching:
        def __init__(self, source) -> None:  # noqa: ANN001
            self.source = source

        def backup(self, dest) -> None:  # noqa: ANN001
            def progress(_status: int, _remaining: int, _total: int) -> None:
                for path in (partial, Path(f"{partial}-journal")):
                    if path.exists():
                        seen.append(stat.S_IMODE(path.stat().st_mode))

            self.source.backup(dest, pages=1, progress=progress)

    import sqlite3

    old_umask = os.umask(0o022)
    source = sqlite3.connect(str(data_dir / "healthdesk.sqlite3"))
    try:
        backups.copy_database(Watching(source), target)
    finally:
        source.close()
        os.umask(old_umask)
    assert seen and set(seen) == {0o600}, [oct(m) for m in seen]
    assert stat.S_IMODE(target.stat().st_mode) == 0o600


def test_leftovers_of_interrupted_runs_are_removed_on_the_next_open_and_logged(data_dir, caplog) -> None:
    populate(data_dir, 1)
    left = [
        data_dir / "healthdesk.sqlite3.restoring.partial",
        data_dir / "healthdesk.sqlite3.restoring.partial-journal",
        data_dir / "backups" / "healthdesk-20261120-090000-auto-schema0003.sqlite3.partial",
        data_dir / "backups" / "healthdesk-20261120-090000-auto-schema0003.sqlite3.partial-journal",
        data_dir / "backups" / "healthdesk-20261120-091500-auto-schema0003.sqlite3.partial-wal",
        data_dir / "backups" / f"{CLEAN_STATE_FILE}.abc123.tmp",
    ]
    for path in left:
        path.write_bytes(b"half")
    with caplog.at_level(logging.WARNING), Database.open(data_dir):
        pass
    assert [path for path in left if path.exists()] == []
    for path in left:
        assert path.name in caplog.text
