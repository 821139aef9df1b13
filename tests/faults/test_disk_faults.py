"""Full disk, read-only folder and I/O errors: each its own message; what was saved stays intact."""

from __future__ import annotations

import errno
import os
import sqlite3
from pathlib import Path

import pytest

from healthdesk.cli import main
from healthdesk.errors import StorageError
from healthdesk.models.backup import take_backup
from healthdesk.models.db import Database, classify_os_error

from .support import (
    answer_some,
    db_answers,
    fill_disk,
    folder_digest,
    indicators,
    integrity,
    kill,
    populate,
    remount,
    start_writer,
    tmpfs,
    wait_for_line,
)

pytestmark = pytest.mark.faults


def _try_until_refused(db, round_id: int, attempts: int = 2000) -> StorageError:  # noqa: ANN001
    """Keep adding respondents with long problem descriptions until the storage refuses."""
    from healthdesk.services.responses import record_answer
    from healthdesk.services.rounds import add_respondent

    first = indicators()[0]
    for n in range(attempts):
        try:
            who = add_respondent(db, round_id, f"Filler {n}", "AB"[n % 2], "Executive")
            record_answer(db, who.id, first, 1 + n % 5, problem=f"{n} " + "问题" * 2000)
        except StorageError as exc:
            return exc
    raise AssertionError("the disk never filled up")


def test_disk_full_on_a_small_tmpfs(tmp_path: Path, figures) -> None:
    with tmpfs(tmp_path / "mnt", "3m") as mnt:
        data = mnt / "data"
        population = populate(data, 2)
        ids = population["respondents"]
        db = Database.open(data)
        answer_some(db, ids[:1], score=4)
        saved = db_answers(data / "healthdesk.sqlite3")
        filler = fill_disk(mnt)

        error = _try_until_refused(db, population["round"])
        assert error.code == "disk_full", error.message_en()
        assert "disk is full" in error.message_en() and "intact" in error.message_en()
        # A backup on a full disk fails with the same message and leaves no half file behind.
        with pytest.raises(StorageError) as backup_error:
            take_backup(db)
        assert backup_error.value.code == "disk_full"
        assert not list(data.joinpath("backups").glob("*.partial"))
        # What was saved is still readable through the same connection, and the file is sound.
        from healthdesk.services.responses import get_response

        info = get_response(db, ids[0])
        assert {k: a.score for k, a in info.answers.items()} == {k[1]: v for k, v in saved.items()}
        db.close()  # a close on a full disk must not raise (backup and checkpoint failures are logged)
        assert integrity(data / "healthdesk.sqlite3") == ["ok"]

        filler.unlink()
        db = Database.open(data)
        try:
            after = db_answers(data / "healthdesk.sqlite3")
            assert all(after[key] == value for key, value in saved.items())
            answer_some(db, ids[1:], score=2)  # works again once there is space
        finally:
            db.close()
    figures(
        f"tmpfs 3 MiB filled: refused with disk_full after {len(saved)} saved answers; 0 lost; writes resume"
    )


def test_disk_full_via_max_page_count(tmp_path: Path, figures) -> None:
    data = tmp_path / "data"
    population = populate(data, 2)
    ids = population["respondents"]
    db = Database.open(data)
    try:
        answer_some(db, ids[:1], score=5)
        saved = db_answers(data / "healthdesk.sqlite3")
        raw = db.raw_connection()
        pages = raw.execute("PRAGMA page_count").fetchone()[0]
        raw.execute(f"PRAGMA max_page_count = {pages + 8}")
        error = _try_until_refused(db, population["round"])
        assert error.code == "disk_full"
        after = db_answers(data / "healthdesk.sqlite3")
        assert all(after[k] == v for k, v in saved.items())
        from healthdesk.services.rounds import list_respondents

        # Every use case before the refused one is complete; the refused one left nothing half-done.
        fillers = sorted(
            (r for r in list_respondents(db, population["round"]) if r.name.startswith("Filler")),
            key=lambda r: r.id,
        )
        assert fillers and all((r.id, indicators()[0]) in after for r in fillers[:-1])
        assert fillers[-1].status in ("not_started", "in_progress") and fillers[-1].answered in (0, 1)
        raw.execute("PRAGMA max_page_count = 1073741823")
        answer_some(db, ids[1:], score=1)
    finally:
        db.close()
    assert integrity(data / "healthdesk.sqlite3") == ["ok"]
    figures(f"max_page_count = page_count + 8: refused with disk_full; {len(saved)} saved answers intact")


def test_read_only_folder_on_a_read_only_mount(tmp_path: Path, capsys, figures) -> None:
    with tmpfs(tmp_path / "mnt", "8m") as mnt:
        data = mnt / "data"
        ids = populate(data, 2)["respondents"]
        with Database.open(data) as db:
            answer_some(db, ids, score=3)
        saved = db_answers(data / "healthdesk.sqlite3")
        wal = data / "healthdesk.sqlite3-wal"
        assert not wal.exists() or wal.stat().st_size == 0  # a clean close leaves no WAL content
        for suffix in (
            "-wal",
            "-shm",
        ):  # (left empty by the read-only look above; a copied folder lacks them)
            (data / f"healthdesk.sqlite3{suffix}").unlink(missing_ok=True)
        digest = folder_digest(data)
        remount(mnt, "ro")
        try:
            with pytest.raises(StorageError) as refused:
                Database.open(data)
            assert refused.value.code == "read_only"
            assert main(["--data-dir", str(data), "backup"]) == 1
            assert "read-only" in capsys.readouterr().err
            # Reading still works: no -wal/-shm can be created here, so the file is read as immutable.
            reader = Database.open(data, read_only=True)
            try:
                assert reader.read_via == "immutable"
                from healthdesk.services.responses import get_response

                assert get_response(reader, ids[0]).answers[indicators()[0]].score == 3
            finally:
                reader.close()
            assert main(["--data-dir", str(data), "check"]) == 0
            assert capsys.readouterr().out.strip() == "ok"
            assert folder_digest(data) == digest
        finally:
            remount(mnt, "rw")
        assert db_answers(data / "healthdesk.sqlite3") == saved
    figures(
        "read-only mount: writer refused with read_only, exit 1; reader and check work (immutable); file unchanged"
    )


def test_read_only_mount_with_a_crashed_writers_wal(tmp_path: Path, figures) -> None:
    """A writer was killed (its last answers live only in the WAL), then the medium became read-only: a reader
    still sees every saved answer (through a private snapshot), and nothing on the medium changes."""
    with tmpfs(tmp_path / "mnt", "16m") as mnt:
        data = mnt / "data"
        ids = populate(data, 2)["respondents"]
        proc = start_writer("answers", data, 7, ids[0])
        lines = wait_for_line(proc, "done")
        lines += kill(proc)
        saved = [line.split() for line in lines if line.startswith("saved ")]
        assert (data / "healthdesk.sqlite3-wal").stat().st_size > 0
        (data / "healthdesk.sqlite3-shm").unlink()  # e.g. copied to a read-only medium without it
        digest = folder_digest(data)
        remount(mnt, "ro")
        try:
            reader = Database.open(data, read_only=True)
            try:
                assert reader.read_via == "snapshot"
                from healthdesk.services.responses import get_response

                info = get_response(reader, ids[0])
                last = {ind: (score if score == "na" else int(score)) for _, _, ind, score in saved}
                got = {k: ("na" if a.not_applicable else a.score) for k, a in info.answers.items()}
                assert got == last
                assert info.status == "submitted"
            finally:
                reader.close()
            assert folder_digest(data) == digest
        finally:
            remount(mnt, "rw")
    figures(
        f"read-only mount + crashed writer's WAL: all {len(last)} saved answers read via a snapshot; medium unchanged"
    )


@pytest.mark.parametrize(
    ("exc", "code"),
    [
        (OSError(errno.ENOSPC, "No space left on device"), "disk_full"),
        (OSError(errno.EROFS, "Read-only file system"), "read_only"),
        (OSError(errno.EIO, "Input/output error"), "io_error"),
    ],
)
def test_each_os_failure_has_its_own_message(tmp_path: Path, exc: OSError, code: str) -> None:
    error = classify_os_error(exc, tmp_path)
    assert error.code == code
    assert str(tmp_path) in error.message_en()


def test_sqlite_io_error_is_an_io_error_not_a_permission_problem(tmp_path: Path) -> None:
    exc = sqlite3.OperationalError("disk I/O error")
    exc.sqlite_errorcode = 778  # SQLITE_IOERR_WRITE
    assert classify_os_error(exc, tmp_path).code == "io_error"
    full = sqlite3.OperationalError("database or disk is full")
    full.sqlite_errorcode = 13  # SQLITE_FULL, numerically EACCES: must not read as "read-only"
    assert classify_os_error(full, tmp_path).code == "disk_full"


def test_opening_on_a_full_disk(tmp_path: Path, figures) -> None:
    """With no room even for the -shm file, opening says the disk is full; when the -shm exists already, the
    writer opens (the lock holds even though who holds it cannot be written into the lock file)."""
    with tmpfs(tmp_path / "mnt", "2m") as mnt:
        data = mnt / "data"
        ids = populate(data, 1)["respondents"]
        digest = folder_digest(data)
        filler = fill_disk(mnt)
        with pytest.raises(StorageError) as full:
            Database.open(data)
        assert full.value.code == "disk_full"
        assert folder_digest(data) == digest
        filler.unlink()

        keeper = sqlite3.connect(str(data / "healthdesk.sqlite3"))  # keeps -wal and -shm in place
        keeper.execute("SELECT count(*) FROM answer").fetchone()
        filler = fill_disk(mnt)
        try:
            db = Database.open(data)
            try:
                assert db.lock.held
                assert main(["--data-dir", str(data), "backup"]) == 3  # the lock holds on a full disk
                from healthdesk.services.responses import record_answer

                with pytest.raises(StorageError) as refused:
                    record_answer(db, ids[0], indicators()[0], 4, problem="x" * 4000)
                assert refused.value.code == "disk_full"
            finally:
                db.close()
        finally:
            keeper.close()
            os.unlink(filler)
        assert integrity(data / "healthdesk.sqlite3") == ["ok"]
    figures(
        "full disk at open: disk_full, nothing written; with -shm present the writer opens and the lock holds"
    )


def test_backed_up_state_on_a_full_disk_is_never_an_empty_public_file(tmp_path: Path) -> None:
    """After a disk-full run, ``backups/.backed-up-state`` was a 0-byte 0644 file: it is written atomically and
    0600, so it is either a whole record or absent."""
    from healthdesk.models.db import CLEAN_STATE_FILE, mark_backed_up
    from healthdesk.paths import DataPaths

    with tmpfs(tmp_path / "mnt", "2m") as mnt:
        data = mnt / "data"
        populate(data, 1)
        state = data / "backups" / CLEAN_STATE_FILE
        state.unlink(missing_ok=True)
        old_umask = os.umask(0o022)
        filler = fill_disk(mnt)
        try:
            mark_backed_up(DataPaths(data))
        finally:
            os.umask(old_umask)
            filler.unlink()
        if state.exists():
            assert state.stat().st_size > 0 and (state.stat().st_mode & 0o777) == 0o600
        assert not [p for p in state.parent.iterdir() if p.name.endswith(".tmp")]
        mark_backed_up(DataPaths(data))  # with room again: a whole, private record
        assert state.stat().st_size > 0 and (state.stat().st_mode & 0o777) == 0o600


def test_reading_commands_work_on_a_full_disk(tmp_path: Path, capsys, figures) -> None:
    """``list``, ``summary``, ``check``, ``report`` and an export to another disk only read the database: a full
    disk under the data folder must not stop them (SQLite cannot size the -shm file a WAL reader needs)."""
    from healthdesk.services.responses import submit_response
    from healthdesk.services.rounds import set_round_status

    with tmpfs(tmp_path / "mnt", "3m") as mnt:
        data = mnt / "data"
        population = populate(data, 6)
        with Database.open(data) as db:
            answer_some(db, population["respondents"], score=4)
            for rid in population["respondents"]:
                submit_response(db, rid)
            set_round_status(db, population["round"], "closed")
        for suffix in ("-wal", "-shm"):  # as a clean close (or a copied folder) leaves it
            (data / f"healthdesk.sqlite3{suffix}").unlink(missing_ok=True)
        digest = folder_digest(data)
        capsys.readouterr()
        filler = fill_disk(mnt)
        try:
            other_disk = tmp_path / "out"
            other_disk.mkdir()
            commands = {
                "list": ["list"],
                "summary": ["summary", "FT"],
                "check": ["check"],
                "report": ["report", "FT", "-o", str(other_disk / "review.pdf")],
                "export": ["export-data", "FT", "--format", "json", "-o", str(other_disk / "history.json")],
            }
            for name, command in commands.items():
                code = main(["--data-dir", str(data), *command])
                err = capsys.readouterr().err
                assert code == 0, (name, err)
                assert "disk is full" not in err
            assert (other_disk / "review.pdf").stat().st_size > 0
            assert (other_disk / "history.json").stat().st_size > 0
            # The backups list compares with the database it can still read: nothing is marked.
            assert main(["--data-dir", str(data), "backups"]) == 0
            assert "holds data" not in capsys.readouterr().out
            # As a user runs it (its own process, logging to the data folder): no traceback about the log.
            import subprocess
            import sys

            run = subprocess.run(
                [sys.executable, "-m", "healthdesk", "--data-dir", str(data), "list"],
                capture_output=True,
                text=True,
                timeout=120,
            )
            assert run.returncode == 0 and "Fault × Test" in run.stdout, run.stderr
            assert "Logging error" not in run.stderr and "Traceback" not in run.stderr, run.stderr
        finally:
            filler.unlink()
        assert folder_digest(data) == digest
    figures("full disk: list, summary, check, report and an export to another disk all work (exit 0)")
