"""A second writer, a stale lock, corrupted headers and pages: refused with the right code, nothing written,
the damaged file kept aside and the newest good backup offered."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from healthdesk import maintenance
from healthdesk.cli import main
from healthdesk.errors import DamagedError, LockedError
from healthdesk.models.db import Database

from .support import (
    answer_some,
    db_answers,
    folder_digest,
    integrity,
    kill,
    populate,
    start_writer,
    wait_for_line,
)

pytestmark = pytest.mark.faults


def _cli(data: Path, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "healthdesk", "--data-dir", str(data), *args], capture_output=True, text=True
    )


def test_second_writer_in_another_process_is_refused_and_writes_nothing(tmp_path: Path, figures) -> None:
    data = tmp_path / "data"
    ids = populate(data, 2)["respondents"]
    holder = start_writer("hold", data)
    try:
        wait_for_line(holder, "ready")
        digest = folder_digest(data)
        with pytest.raises(LockedError) as refused:
            Database.open(data)
        assert f"process {holder.pid}" in refused.value.message_en()
        second = _cli(data, "backup")
        assert second.returncode == 3, second.stderr
        assert "in use by another HealthDesk" in second.stderr and str(holder.pid) in second.stderr
        assert folder_digest(data) == digest
        assert not any((data / "backups").glob("*.sqlite3"))
        # Readers work meanwhile.
        assert _cli(data, "check").stdout.strip() == "ok"
        with Database.open(data, read_only=True) as reader:
            from healthdesk.services.rounds import list_respondents

            assert len(list_respondents(reader, 1)) == len(ids)
    finally:
        kill(holder)
    figures("second writer (another process): exit 3 naming the holder's pid; files unchanged; readers work")


def test_stale_lock_of_a_killed_process_is_taken_over(tmp_path: Path, figures) -> None:
    data = tmp_path / "data"
    ids = populate(data, 1)["respondents"]
    proc = start_writer("answers", data, 11, ids[0])
    lines = wait_for_line(proc, "done")
    holder_pid = proc.pid
    kill(proc)
    left = json.loads((data / "healthdesk.lock").read_text())
    assert left["pid"] == holder_pid  # the killed process never released it
    db = Database.open(data)
    try:
        assert db.lock.took_over_stale and db.lock.previous["pid"] == holder_pid
        saved = {line.split()[2] for line in lines if line.startswith("saved ")}
        assert {ind for (rid, ind) in db_answers(data / "healthdesk.sqlite3") if rid == ids[0]} == saved
        assert db.changed_since_backup  # the crashed session took no backup on close: the next one will
    finally:
        db.close()
    assert json.loads((data / "healthdesk.lock").read_text() or "{}") == {}
    figures(f"stale lock of killed pid {holder_pid}: taken over; its {len(saved)} saved answers intact")


def _backup_of(data: Path) -> Path:
    with Database.open(data) as db:
        return maintenance.backup_now(db)


def _page_of(db_path: Path, table: str) -> tuple[int, int]:
    import sqlite3

    conn = sqlite3.connect(f"file:{db_path.as_posix()}?mode=ro", uri=True)
    try:
        page_size = conn.execute("PRAGMA page_size").fetchone()[0]
        root = conn.execute("SELECT rootpage FROM sqlite_master WHERE name = ?", (table,)).fetchone()[0]
    finally:
        conn.close()
    return page_size, root


@pytest.mark.parametrize(
    ("damage", "code"),
    [("magic", "foreign_file"), ("header", "damaged"), ("table_page", "damaged"), ("schema_page", "damaged")],
)
def test_corrupted_file_is_refused_kept_and_recovered(
    tmp_path: Path, damage: str, code: str, figures
) -> None:
    data = tmp_path / "data"
    ids = populate(data, 4)["respondents"]
    with Database.open(data) as db:
        answer_some(db, ids, score=4)
    good = _backup_of(data)
    backed_up = db_answers(data / "healthdesk.sqlite3")
    db_path = data / "healthdesk.sqlite3"
    for suffix in ("-wal", "-shm"):
        Path(f"{db_path}{suffix}").unlink(missing_ok=True)
    raw = bytearray(db_path.read_bytes())
    if damage == "magic":
        raw[0:16] = b"Not a database!\0"
    elif damage == "header":
        raw[16:24] = b"\xff" * 8  # page size and format bytes
    elif damage == "table_page":
        size, root = _page_of(db_path, "answer")
        start = (root - 1) * size
        raw[start : start + size] = os.urandom(size)
    else:
        raw[100:4096] = os.urandom(4096 - 100)  # sqlite_master itself, behind the 100-byte header
    db_path.write_bytes(bytes(raw))
    digest = folder_digest(data)

    with pytest.raises(DamagedError) as refused:
        Database.open(data)
    assert refused.value.code == code
    assert main(["--data-dir", str(data), "check"]) == 4
    assert main(["--data-dir", str(data), "backup"]) == 4
    with pytest.raises(DamagedError):
        Database.open(data, read_only=True)
    assert folder_digest(data) == digest  # nothing was written to the damaged file

    options = maintenance.recovery_options(data)
    assert not options.report.ok and options.report.code == code
    assert options.newest_good is not None and options.newest_good.path == good and options.can_restore
    result = maintenance.recover_from_backup(data)
    assert result.quarantined is not None and result.quarantined.read_bytes() == bytes(raw)  # kept, unchanged
    assert result.quarantined.parent.parent == data / "damaged"
    assert integrity(db_path) == ["ok"]
    assert db_answers(db_path) == backed_up
    with Database.open(data) as db:
        assert db.integrity_check() == ["ok"]
    figures(
        f"{damage} corrupted: refused ({code}, exit 4), file unchanged, kept in damaged/, backup restored"
    )


def test_corrupted_file_without_backup_is_kept_and_never_overwritten(tmp_path: Path) -> None:
    data = tmp_path / "data"
    populate(data, 1)
    db_path = data / "healthdesk.sqlite3"
    raw = bytearray(db_path.read_bytes())
    raw[16:24] = b"\xff" * 8
    db_path.write_bytes(bytes(raw))
    options = maintenance.recovery_options(data)
    assert options.newest_good is None and not options.can_restore
    result = maintenance.recover_from_backup(data)  # start afresh: the damaged file is moved, not deleted
    assert result.restored_from is None and result.quarantined.read_bytes() == bytes(raw)
    assert not db_path.exists()
    with Database.open(data) as db:
        assert db.integrity_check() == ["ok"]
