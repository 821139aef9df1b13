"""Backups: verified copies through the backup API, thinned by age, taken when due and on close, restorable
with the replaced database kept; recovery from a damaged file; atomic writes; folder warnings."""

from __future__ import annotations

import os
import sqlite3
import stat
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from faults.support import answer_some, db_answers, folder_digest, populate

from healthdesk import maintenance
from healthdesk.cli import main
from healthdesk.errors import DamagedError, NotFoundError, StorageError
from healthdesk.models import backup as backups
from healthdesk.models.db import Database


def test_backup_holds_what_is_still_only_in_the_wal_and_passes_its_check(data_dir, capsys) -> None:
    ids = populate(data_dir, 2)["respondents"]
    with Database.open(data_dir) as db:
        answer_some(db, ids, score=4)
        assert (data_dir / "healthdesk.sqlite3-wal").stat().st_size > 0  # not checkpointed yet
        live = db_answers(data_dir / "healthdesk.sqlite3")
        path = maintenance.backup_now(db)
        assert not db.changed_since_backup
    assert db_answers(path) == live
    assert backups.verify_file(path) is None and backups.is_good_backup(path)
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "delete"  # one self-contained file
    conn.close()
    info = backups.list_backups(data_dir / "backups")[0]
    assert info.path == path and info.reason == "manual" and info.schema and info.size == path.stat().st_size
    assert main(["--data-dir", str(data_dir), "backups"]) == 0
    out = capsys.readouterr().out
    assert path.name in out and "manual" in out and "KB" in out


def test_cli_backup_prints_the_new_file(data_dir, capsys) -> None:
    populate(data_dir, 1)
    assert main(["--data-dir", str(data_dir), "backup"]) == 0
    printed = Path(capsys.readouterr().out.strip())
    assert printed.parent == data_dir / "backups" and backups.is_good_backup(printed)


def test_a_backup_that_fails_its_check_leaves_nothing(db, monkeypatch) -> None:
    monkeypatch.setattr(backups, "verify_file", lambda _path: "page 3: btree broken")
    with pytest.raises(DamagedError) as failed:
        backups.take_backup(db)
    assert failed.value.code == "backup_invalid"
    assert list((db.paths.backups).iterdir()) == []


def _fake_backup(folder: Path, when: datetime, reason: str = "auto") -> Path:
    path = folder / backups.backup_name(when, reason, "0001")
    path.write_bytes(b"x")
    return path


def test_thinning_keeps_daily_for_a_week_weekly_for_a_month_monthly_beyond(tmp_path: Path) -> None:
    now = datetime(2026, 11, 22, 12, 0, 0)
    folder = tmp_path / "backups"
    folder.mkdir()
    made = {}
    for hours in range(0, 24 * 120, 6):  # every six hours for 120 days
        when = now - timedelta(hours=hours)
        made[when] = _fake_backup(folder, when)
    upgrade = _fake_backup(folder, now - timedelta(days=100, hours=1), "before-upgrade-0001")
    removed = backups.thin_backups(folder, now=now, keep_recent=5)
    kept = {b.taken_at for b in backups.list_backups(folder) if b.reason == "auto"}
    assert upgrade.exists()  # never thinned
    assert set(removed).isdisjoint({upgrade})
    newest_five = sorted(made, reverse=True)[:5]
    assert set(newest_five) <= kept
    last_week = {w for w in kept if now - w <= timedelta(days=7)}
    assert {w.date() for w in last_week} == {(now - timedelta(days=d)).date() for d in range(8)}
    month = [w for w in kept if timedelta(days=7) < now - w <= timedelta(days=31)]
    assert len({w.isocalendar()[:2] for w in month}) == len(month)  # one per week
    older = [w for w in kept if now - w > timedelta(days=31)]
    assert len({(w.year, w.month) for w in older}) == len(older)  # one per month
    assert len(kept) < 30 and len(removed) > 400
    # the newest of each period is the one kept
    assert max(w for w in made if w.date() == (now - timedelta(days=3)).date()) in kept


def test_backup_if_due_only_when_something_changed_and_the_interval_passed(data_dir) -> None:
    ids = populate(data_dir, 1)["respondents"]
    policy = maintenance.BackupPolicy(interval=timedelta(minutes=15))
    with Database.open(data_dir) as db:
        now = datetime.now()
        assert db.changed_since_backup  # the data written by populate() was never backed up
        first = maintenance.backup_if_due(db, now, policy)
        assert first is not None and backups.is_good_backup(first)
        assert maintenance.backup_if_due(db, now, policy) is None  # nothing changed since
        answer_some(db, ids, score=5)
        assert maintenance.backup_if_due(db, now + timedelta(minutes=5), policy) is None  # not due yet
        second = maintenance.backup_if_due(db, now + timedelta(minutes=16), policy)
        assert second is not None and second != first


def test_backup_on_close_and_change_detection_across_sessions(data_dir) -> None:
    ids = populate(data_dir, 1)["respondents"]
    count = lambda: len(backups.list_backups(data_dir / "backups"))  # noqa: E731
    with Database.open(data_dir) as db:
        answer_some(db, ids)
        maintenance.backup_on_close(db)
    after_first = count()
    assert after_first >= 1
    with Database.open(data_dir) as db:
        assert not db.changed_since_backup  # nothing happened since that backup
        assert maintenance.backup_on_close(db) is None
    assert count() == after_first
    with Database.open(data_dir) as db:
        answer_some(db, ids, score=1)
        assert maintenance.backup_on_close(db) is not None
    assert count() == after_first + 1


def test_restore_puts_the_backup_in_place_and_keeps_what_it_replaced(data_dir, capsys) -> None:
    ids = populate(data_dir, 2)["respondents"]
    with Database.open(data_dir) as db:
        answer_some(db, ids, score=2)
        old = maintenance.backup_now(db)
        answer_some(db, ids, score=5)
        newer = db_answers(data_dir / "healthdesk.sqlite3")
    older = db_answers(old)
    assert older != newer
    assert main(["--data-dir", str(data_dir), "restore", old.name]) == 0
    out = capsys.readouterr().out
    assert f"from {old}" in out and "kept at" in out
    kept = Path(out.split("kept at ", 1)[1].strip())
    assert db_answers(data_dir / "healthdesk.sqlite3") == older
    assert db_answers(kept) == newer and kept.parent == data_dir / "backups"
    assert "before-restore" in kept.name
    for suffix in ("-wal", "-shm"):
        assert not Path(f"{data_dir / 'healthdesk.sqlite3'}{suffix}").exists()
    with Database.open(data_dir) as db:
        assert db.integrity_check() == ["ok"]
        from healthdesk.services.responses import record_answer

        record_answer(db, ids[0], next(iter(older))[1], 3)  # the restored database takes new answers


def test_restore_of_a_live_apps_database_keeps_the_lock_through_the_swap(data_dir) -> None:
    ids = populate(data_dir, 1)["respondents"]
    db = Database.open(data_dir)
    answer_some(db, ids, score=2)
    old = maintenance.backup_now(db)
    answer_some(db, ids, score=4)
    result = maintenance.restore(data_dir, old, db=db)
    assert db.closed and result.kept is not None
    assert db_answers(data_dir / "healthdesk.sqlite3") == db_answers(old)
    assert {v for (_r, _i), v in db_answers(result.kept).items()} == {4}
    with Database.open(data_dir) as again:
        assert again.lock.held


def test_restore_refuses_bad_backups_and_changes_nothing(data_dir, capsys) -> None:
    populate(data_dir, 1)
    digest = folder_digest(data_dir)
    junk = data_dir / "junk.sqlite3"
    junk.write_text("not a database")
    assert main(["--data-dir", str(data_dir), "restore", str(junk)]) == 4
    newer = data_dir / "newer.sqlite3"
    conn = sqlite3.connect(str(data_dir / "healthdesk.sqlite3"))
    conn.execute("VACUUM INTO ?", (str(newer),))
    conn.close()
    conn = sqlite3.connect(str(newer))
    conn.execute("UPDATE alembic_version SET version_num = '9999'")
    conn.commit()
    conn.close()
    assert main(["--data-dir", str(data_dir), "restore", str(newer)]) == 4
    assert "newer HealthDesk" in capsys.readouterr().err
    assert main(["--data-dir", str(data_dir), "restore", "no-such-backup.sqlite3"]) == 1
    with pytest.raises(NotFoundError):
        maintenance.resolve_backup(data_dir, "no-such-backup.sqlite3")
    assert folder_digest(data_dir) == digest


def test_restore_while_the_app_holds_the_folder_is_refused(data_dir) -> None:
    populate(data_dir, 1)
    with Database.open(data_dir) as db:
        path = maintenance.backup_now(db)
        assert main(["--data-dir", str(data_dir), "restore", str(path)]) == 3


def test_recovery_offers_the_newest_good_backup(data_dir) -> None:
    ids = populate(data_dir, 1)["respondents"]
    with Database.open(data_dir) as db:
        answer_some(db, ids)
        good = maintenance.backup_now(db)
    bad = data_dir / "backups" / backups.backup_name(datetime.now() + timedelta(hours=1), "auto", "0001")
    bad.write_bytes(b"SQLite format 3\x00" + os.urandom(4000))  # newer, but broken
    options = maintenance.recovery_options(data_dir)
    assert options.report.ok  # the database itself is fine here
    assert options.newest_good is not None and options.newest_good.path == good
    assert options.backups[0].path == bad


def test_atomic_write_replaces_whole_or_not_at_all(tmp_path: Path) -> None:
    target = tmp_path / "report.pdf"
    maintenance.atomic_write(target, b"first version")
    if os.name == "posix":
        os.chmod(target, 0o640)
    maintenance.atomic_write(target, b"second version")
    assert target.read_bytes() == b"second version"
    if os.name == "posix":
        assert stat.S_IMODE(target.stat().st_mode) == 0o640  # a replaced file keeps its permissions
    with pytest.raises(RuntimeError), maintenance.atomic_file(target) as handle:
        handle.write(b"half of a third vers")
        raise RuntimeError("killed while writing")
    assert target.read_bytes() == b"second version"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["report.pdf"]  # no temporary file left
    private = maintenance.atomic_write(tmp_path / "export.json", "{}", private=True)
    if os.name == "posix":
        assert stat.S_IMODE(private.stat().st_mode) == 0o600
    with maintenance.atomic_file(tmp_path / "notes.txt", "w", encoding="utf-8") as handle:
        handle.write("中文")
    assert (tmp_path / "notes.txt").read_text(encoding="utf-8") == "中文"


def test_atomic_write_into_a_missing_folder_says_so(tmp_path: Path) -> None:
    with pytest.raises(StorageError) as failed:
        maintenance.atomic_write(tmp_path / "missing" / "x.pdf", b"x")
    assert failed.value.code == "io_error"


@pytest.mark.parametrize(
    ("path", "expected"),
    [
        ("/home/ann/Dropbox/HealthDesk", ["cloud_sync"]),
        ("/home/ann/Dropbox (Acme)/data", ["cloud_sync"]),
        ("/Users/ann/OneDrive - Acme Ltd/HealthDesk", ["cloud_sync"]),
        ("/Users/ann/Library/Mobile Documents/com~apple~CloudDocs/hd", ["cloud_sync"]),
        ("/Users/ann/Library/CloudStorage/GoogleDrive-ann@x.com/My Drive/hd", ["cloud_sync"]),
        ("/home/ann/Nextcloud/hd", ["cloud_sync"]),
        ("/home/ann/Seafile/My Library/hd", ["cloud_sync"]),
        ("/home/ann/pCloudDrive/hd", ["cloud_sync"]),
        ("/home/ann/dropbox-notes/hd", []),  # only whole known components count: no alarm for a lookalike
        ("/home/ann/.local/share/HealthDesk", []),
    ],
)
def test_folder_warnings_by_path(tmp_path: Path, path: str, expected: list[str]) -> None:
    mounts = tmp_path / "mounts"
    mounts.write_text("/dev/vda / ext4 rw 0 0\n")
    assert maintenance.folder_warnings(path, mounts_file=mounts) == expected


def test_folder_warnings_for_network_file_systems(tmp_path: Path) -> None:
    mounts = tmp_path / "mounts"
    mounts.write_text(
        "/dev/vda / ext4 rw 0 0\n"
        "fileserver:/export/home /mnt/home nfs4 rw 0 0\n"
        "//nas/share /mnt/share\\040drive cifs rw 0 0\n"
        "ann@host:/srv /mnt/ssh fuse.sshfs rw 0 0\n"
        "tmpfs /mnt/home/tmp tmpfs rw 0 0\n"
    )
    check = lambda p: maintenance.folder_warnings(p, mounts_file=mounts)  # noqa: E731
    assert check("/mnt/home/ann/HealthDesk") == ["network_fs"]
    assert check("/mnt/share drive/HealthDesk") == ["network_fs"]
    assert check("/mnt/ssh/hd") == ["network_fs"]
    assert check("/mnt/home/tmp/hd") == []  # the longest mount point wins
    assert check("/mnt/homework/hd") == []
    assert maintenance.folder_warnings(tmp_path) == []  # this machine's own temp folder


def test_unexpected_errors_are_logged_in_the_data_folder(data_dir) -> None:
    import logging

    log_file = maintenance.setup_file_logging(data_dir)
    try:
        assert log_file == data_dir / "logs" / "healthdesk.log"
        logging.getLogger("healthdesk.test").error("something unexpected")
        for handler in logging.getLogger().handlers:
            handler.flush()
        assert "something unexpected" in log_file.read_text(encoding="utf-8")
    finally:
        handler = maintenance._LOG_HANDLERS.pop(log_file)
        logging.getLogger().removeHandler(handler)
        handler.close()
