"""Killed in the middle of a migration, a backup or a restore: the database is always whole and usable."""

from __future__ import annotations

import os
import random
import shutil
import stat
import time
from pathlib import Path

import pytest

from healthdesk.models import migrate
from healthdesk.models.backup import BACKUP_RE, is_good_backup, list_backups
from healthdesk.models.db import Database

from .support import (
    TEST_REVISION,
    add_ballast,
    columns_of,
    db_answers,
    integrity,
    kill,
    revision_of,
    rich_population,
    start_writer,
    synthetic_migrations,
    table_counts,
    wait_for_line,
)

pytestmark = pytest.mark.faults


def _wait_for(path: Path, timeout: float = 30.0) -> None:
    deadline = time.monotonic() + timeout
    while not path.exists():
        assert time.monotonic() < deadline, f"{path} did not appear"
        time.sleep(0.01)


def test_killed_migration_leaves_the_old_file_usable(tmp_path: Path, monkeypatch, figures) -> None:
    data = tmp_path / "data"
    rich_population(data)
    db_path = data / "healthdesk.sqlite3"
    counts, answers = table_counts(db_path), db_answers(db_path)
    scripts = synthetic_migrations(tmp_path)
    marker = tmp_path / "migration-done-waiting"
    monkeypatch.setenv("HEALTHDESK_TEST_MIGRATION_MARKER", str(marker))
    monkeypatch.setenv("HEALTHDESK_TEST_MIGRATION_SLEEP", "60")
    proc = start_writer("migrate", data, scripts, TEST_REVISION)
    wait_for_line(proc, "ready")
    _wait_for(marker)  # every table rebuilt and filled, the transaction not yet committed
    kill(proc)
    assert integrity(db_path) == ["ok"]
    assert revision_of(db_path) == migrate.HEAD
    assert "test_note" not in columns_of(db_path, "partnership") and "weight" not in columns_of(
        db_path, "answer"
    )
    assert table_counts(db_path) == counts and db_answers(db_path) == answers
    with Database.open(data) as db:  # opens with the current code as if nothing happened
        assert db.integrity_check() == ["ok"]
    figures(
        f"migration killed after rebuilding its tables: schema {migrate.HEAD} intact, all {len(answers)} answers"
    )


def test_migration_killed_at_random_moments(tmp_path: Path, monkeypatch, figures) -> None:
    data = tmp_path / "data"
    rich_population(data, respondents=40)
    add_ballast(data / "healthdesk.sqlite3", 2)
    db_path = data / "healthdesk.sqlite3"
    pristine = tmp_path / "pristine"
    shutil.copytree(data, pristine)
    counts, answers = table_counts(db_path), db_answers(db_path)
    scripts = synthetic_migrations(tmp_path)
    monkeypatch.delenv("HEALTHDESK_TEST_MIGRATION_MARKER", raising=False)
    rng = random.Random(99)
    outcomes = {"old schema": 0, "new schema": 0}
    for _trial in range(6):
        shutil.rmtree(data)
        shutil.copytree(pristine, data)
        proc = start_writer("migrate", data, scripts, TEST_REVISION)
        wait_for_line(proc, "ready")
        time.sleep(rng.uniform(0.0, 0.25))
        kill(proc)
        assert integrity(db_path) == ["ok"]
        revision = revision_of(db_path)
        assert revision in (migrate.HEAD, TEST_REVISION)
        outcomes["old schema" if revision == migrate.HEAD else "new schema"] += 1
        assert ("weight" in columns_of(db_path, "answer")) == (revision == TEST_REVISION)  # all or nothing
        assert table_counts(db_path) == counts and db_answers(db_path) == answers
    figures(f"6 migrations killed at random: {outcomes}; never a mix, no row lost")


def test_killed_backups_never_leave_a_half_backup(tmp_path: Path, figures) -> None:
    data = tmp_path / "data"
    rich_population(data)
    add_ballast(data / "healthdesk.sqlite3", 3)
    answers = db_answers(data / "healthdesk.sqlite3")
    rng = random.Random(5)
    written = partial_left = 0
    for _trial in range(8):
        proc = start_writer("backup", data)
        lines = wait_for_line(proc, "ready")
        time.sleep(rng.uniform(0.0, 0.3))
        lines += kill(proc)
        reported = [Path(line.split(" ", 1)[1]) for line in lines if line.startswith("backup ")]
        written += len(reported)
        partial_left += len(list((data / "backups").glob("*.partial")))
        listed = list_backups(data / "backups")
        assert all(path.exists() for path in reported)
        assert all(is_good_backup(b.path) for b in listed), "a listed backup fails its check"
        assert all(BACKUP_RE.match(b.path.name) for b in listed)
        assert integrity(data / "healthdesk.sqlite3") == ["ok"]
        assert db_answers(data / "healthdesk.sqlite3") == answers
        left = list((data / "backups").glob("*.partial*"))
        assert all(stat.S_IMODE(path.stat().st_mode) == 0o600 for path in left)  # private from the start
        Database.open(data).close(backup="never")  # the next opening removes what the kill left
        assert not list((data / "backups").glob("*.partial*"))
        for b in listed:  # keep the disk small between trials
            b.path.unlink()
    figures(
        f"8 backup loops killed: {written} backups reported, all verified; {partial_left} half-written files "
        f"left (0600, never listed), removed by the next opening"
    )


def test_killed_restores_leave_one_whole_database(tmp_path: Path, figures) -> None:
    data = tmp_path / "data"
    ids = rich_population(data)
    db_path = data / "healthdesk.sqlite3"
    add_ballast(db_path, 2)
    with Database.open(data) as db:
        from healthdesk import maintenance

        a = maintenance.backup_now(db, reason="manual")
        from .support import answer_some

        answer_some(db, ids["respondents"], score=5)
        b = maintenance.backup_now(db, reason="manual")
    states = {"A": db_answers(a), "B": db_answers(b)}
    assert states["A"] != states["B"]
    rng = random.Random(17)
    seen = {"A": 0, "B": 0}
    restores = 0
    for _trial in range(8):
        proc = start_writer("restore", data, a, b)
        lines = wait_for_line(proc, "ready")
        time.sleep(rng.uniform(0.0, 0.3))
        lines += kill(proc)
        restores += sum(line.startswith("restored ") for line in lines)
        assert all(stat.S_IMODE(p.stat().st_mode) == 0o600 for p in data.glob("*.restoring*"))
        with Database.open(data) as db:  # the next start: whole, sound, one of the two
            assert db.integrity_check() == ["ok"]
        assert not list(data.glob("*.restoring*")), "the next opening left a partial restore behind"
        assert not list((data / "backups").glob("*.partial*"))
        now = db_answers(db_path)
        assert now in states.values(), "the database is a mix of two restores"
        seen["A" if now == states["A"] else "B"] += 1
        for kept in list_backups(data / "backups"):
            assert is_good_backup(kept.path)
            if kept.reason == "before-restore" and kept.path not in (a, b):
                kept.path.unlink()  # keep the disk small between trials
        for folder in (data / "damaged").glob("*"):
            pytest.fail(f"a sound database was treated as damaged: {folder}")
    assert os.path.exists(a) and os.path.exists(b)
    figures(
        f"8 restore loops killed ({restores} restores completed): always whole, as A {seen['A']}x, B {seen['B']}x"
    )
