"""Opening the database: pragmas, privacy, one writer, readers alongside, refusing foreign and newer files,
``healthdesk check`` and the messages for disk failures."""

from __future__ import annotations

import logging
import os
import sqlite3
import stat
from pathlib import Path

import pytest
from faults.support import answer_some, file_digest, folder_digest, populate
from sqlalchemy import text
from sqlalchemy.exc import IntegrityError

from healthdesk.cli import main
from healthdesk.errors import DamagedError, LockedError, StorageError
from healthdesk.models import migrate
from healthdesk.models.db import Database, classify_os_error, inspect_database, is_storage_failure


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_writer_connection_is_wal_full_sync_with_foreign_keys_and_logs_sqlite_version(
    data_dir, caplog
) -> None:
    caplog.set_level(logging.INFO, logger="healthdesk")
    with Database.open(data_dir) as db:
        raw = db.raw_connection()
        assert raw.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert raw.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL
        assert raw.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    assert sqlite3.sqlite_version in caplog.text


@pytest.mark.skipif(os.name != "posix", reason="Unix permissions")
def test_data_folder_and_files_are_private(data_dir) -> None:
    ids = populate(data_dir, 1)["respondents"]
    with Database.open(data_dir) as db:
        answer_some(db, ids)
        assert _mode(data_dir / "healthdesk.sqlite3-wal") == 0o600
    assert _mode(data_dir) == 0o700 and _mode(data_dir / "backups") == 0o700
    assert _mode(data_dir / "healthdesk.sqlite3") == 0o600 and _mode(data_dir / "healthdesk.lock") == 0o600
    backups = list((data_dir / "backups").glob("*.sqlite3"))
    assert backups and all(_mode(b) == 0o600 for b in backups)


def test_second_writer_gets_exit_3_while_a_reader_works(data_dir, capsys) -> None:
    ids = populate(data_dir, 2)["respondents"]
    db = Database.open(data_dir)
    try:
        answer_some(db, ids[:1], score=4)
        digest = folder_digest(data_dir)
        assert main(["--data-dir", str(data_dir), "backup"]) == 3
        err = capsys.readouterr().err
        assert (
            "healthdesk: error:" in err and "in use by another HealthDesk" in err and str(os.getpid()) in err
        )
        assert main(["--data-dir", str(data_dir), "restore", "whatever.sqlite3"]) in (1, 3)
        with pytest.raises(LockedError):
            Database.open(data_dir)
        assert folder_digest(data_dir) == digest

        assert main(["--data-dir", str(data_dir), "check"]) == 0
        assert capsys.readouterr().out.strip() == "ok"
        assert main(["--data-dir", str(data_dir), "backups"]) == 0
        with Database.open(data_dir, read_only=True) as reader:
            from healthdesk.services.responses import get_response

            # the reader sees what the writer committed, even while the writer keeps the file open
            assert get_response(reader, ids[0]).answers  # committed answers, still only in the WAL
            with pytest.raises(StorageError) as refused:
                from healthdesk.services.responses import record_answer

                record_answer(reader, ids[1], next(iter(get_response(reader, ids[0]).answers)), 3)
            assert refused.value.code == "read_only_mode"
    finally:
        db.close()
    assert main(["--data-dir", str(data_dir), "backup"]) == 0


def test_read_only_open_works_when_no_writer_left_wal_files(data_dir) -> None:
    populate(data_dir, 1)
    for suffix in ("-wal", "-shm"):
        assert not Path(f"{data_dir / 'healthdesk.sqlite3'}{suffix}").exists()
    with Database.open(data_dir, read_only=True) as reader:
        assert reader.read_via == "mode=ro"
        with reader.reading() as session:
            assert session.execute(text("SELECT count(*) FROM respondent")).scalar() == 1


def test_stale_lock_text_without_a_lock_is_taken_over(data_dir) -> None:
    populate(data_dir, 1)
    (data_dir / "healthdesk.lock").write_text('{"pid": 999999, "host": "elsewhere"}')
    with Database.open(data_dir) as db:
        assert db.lock.took_over_stale and db.lock.previous["pid"] == 999999


def test_foreign_files_are_refused_untouched(data_dir, capsys) -> None:
    data_dir.mkdir(parents=True)
    target = data_dir / "healthdesk.sqlite3"
    target.write_text("name,score\nAlpha,4\n")
    with pytest.raises(DamagedError) as refused:
        Database.open(data_dir)
    assert refused.value.code == "foreign_file"
    assert target.read_text() == "name,score\nAlpha,4\n"
    # another program's SQLite database
    target.unlink()
    conn = sqlite3.connect(str(target))
    conn.execute("CREATE TABLE invoices (id INTEGER PRIMARY KEY, total REAL)")
    conn.execute("INSERT INTO invoices VALUES (1, 9.5)")
    conn.commit()
    conn.close()
    digest = file_digest(target)
    with pytest.raises(DamagedError) as refused:
        Database.open(data_dir)
    assert refused.value.code == "foreign_file"
    assert main(["--data-dir", str(data_dir), "check"]) == 4
    assert "is not a HealthDesk database" in capsys.readouterr().err
    assert file_digest(target) == digest


def _fake_newer(data_dir: Path) -> None:
    populate(data_dir, 1)
    conn = sqlite3.connect(str(data_dir / "healthdesk.sqlite3"))
    conn.execute("UPDATE alembic_version SET version_num = '9999'")
    conn.commit()
    conn.close()


def test_database_from_a_newer_healthdesk_is_refused_with_exit_4(data_dir, capsys) -> None:
    _fake_newer(data_dir)
    digest = folder_digest(data_dir)
    for read_only in (False, True):
        with pytest.raises(DamagedError) as refused:
            Database.open(data_dir, read_only=read_only)
        assert refused.value.code == "newer_schema"
        assert refused.value.params["found"] == "9999" and refused.value.params["known"] == migrate.HEAD
    for command in (["check"], ["backup"], ["list"]):
        assert main(["--data-dir", str(data_dir), *command]) == 4
        assert "made by a newer HealthDesk" in capsys.readouterr().err
    assert folder_digest(data_dir) == digest  # never upgraded, never downgraded
    assert not list((data_dir / "backups").glob("*.sqlite3"))


def test_check_exit_codes(data_dir, capsys) -> None:
    assert main(["--data-dir", str(data_dir), "check"]) == 1  # nothing there yet
    assert "no HealthDesk database" in capsys.readouterr().err
    populate(data_dir, 2)
    assert main(["--data-dir", str(data_dir), "check"]) == 0
    assert capsys.readouterr().out == "ok\n"
    db_path = data_dir / "healthdesk.sqlite3"
    conn = sqlite3.connect(str(db_path))
    page_size = conn.execute("PRAGMA page_size").fetchone()[0]
    root = conn.execute("SELECT rootpage FROM sqlite_master WHERE name = 'respondent'").fetchone()[0]
    conn.close()
    raw = bytearray(db_path.read_bytes())
    raw[(root - 1) * page_size : root * page_size] = b"\x0d" + b"\xff" * (page_size - 1)
    db_path.write_bytes(bytes(raw))
    assert main(["--data-dir", str(data_dir), "check"]) == 4
    err = capsys.readouterr().err.strip()
    assert err.startswith("healthdesk: error: the database") and "damaged" in err and "\n" not in err


def test_broken_reference_fails_the_full_check_only(data_dir, capsys) -> None:
    populate(data_dir, 1)
    conn = sqlite3.connect(str(data_dir / "healthdesk.sqlite3"))
    conn.execute("PRAGMA foreign_keys = OFF")
    conn.execute("UPDATE respondent SET round_id = 777")
    conn.commit()
    conn.close()
    assert inspect_database(
        data_dir / "healthdesk.sqlite3"
    ).ok  # quick_check on open does not look at references
    assert main(["--data-dir", str(data_dir), "check"]) == 4
    assert "broken reference" in capsys.readouterr().err


def test_empty_file_becomes_a_database_at_head(data_dir) -> None:
    data_dir.mkdir(parents=True)
    (data_dir / "healthdesk.sqlite3").write_bytes(b"")
    with Database.open(data_dir) as db, db.engine.connect() as conn:
        assert migrate.current_revision(conn) == migrate.HEAD
        assert conn.exec_driver_sql("PRAGMA application_id").scalar() == 0x4844534B
    assert not list((data_dir / "backups").glob("*.sqlite3"))  # nothing to back up in a new database


def test_orphan_wal_is_moved_aside_not_replayed_into_a_new_database(data_dir) -> None:
    data_dir.mkdir(parents=True)
    (data_dir / "healthdesk.sqlite3-wal").write_bytes(b"\x37\x7f\x06\x82" + os.urandom(4000))
    with Database.open(data_dir) as db:
        assert db.integrity_check() == ["ok"]
    kept = list((data_dir / "damaged").glob("*/healthdesk.sqlite3-wal"))
    assert len(kept) == 1 and kept[0].stat().st_size == 4004


def test_constraint_violations_surface_as_themselves_not_as_disk_errors(db) -> None:
    with pytest.raises(IntegrityError), db.transaction() as session:
        session.execute(text("INSERT INTO app_setting(key, value) VALUES ('k', '1')"))
        session.execute(text("INSERT INTO app_setting(key, value) VALUES ('k', '2')"))
    with db.reading() as session:
        assert session.execute(text("SELECT count(*) FROM app_setting WHERE key = 'k'")).scalar() == 0


def test_sqlite_and_os_error_numbers_are_not_confused(tmp_path: Path) -> None:
    generic = sqlite3.OperationalError("no such table: nothing")
    generic.sqlite_errorcode = 1  # SQLITE_ERROR, numerically EPERM
    assert not is_storage_failure(generic)
    readonly = sqlite3.OperationalError("attempt to write a readonly database")
    readonly.sqlite_errorcode = 8
    assert classify_os_error(readonly, tmp_path).code == "read_only"
    corrupt = sqlite3.DatabaseError("database disk image is malformed")
    corrupt.sqlite_errorcode = 11
    assert isinstance(classify_os_error(corrupt, tmp_path), DamagedError)


def test_writing_commands_warn_about_a_cloud_synced_folder(tmp_path: Path) -> None:
    import subprocess
    import sys

    data = tmp_path / "Dropbox" / "HealthDesk"
    populate(data, 1)
    for command in (["backup"], ["check"]):
        done = subprocess.run(
            [sys.executable, "-m", "healthdesk", "--data-dir", str(data), *command],
            capture_output=True,
            text=True,
        )
        assert done.returncode == 0, done.stderr
        warned = "healthdesk: warning:" in done.stderr and "cloud-synced" in done.stderr
        assert warned == (command == ["backup"])  # writers warn; a read-only check stays quiet
    with Database.open(data) as db:
        assert db.folder_warnings == ["cloud_sync"]
