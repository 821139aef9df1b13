"""The backups screens' view-model (ui/backups/model.py), without Qt: the rows of the backups list (when, size,
why, what each holds, the one that holds data the current database does not, the newest good one) and what may be
done with each backup (restore; how it would go away), with the reason as a code."""

from __future__ import annotations

import subprocess
import sys
from datetime import datetime, timedelta
from pathlib import Path

from faults.support import answer_some, populate

from healthdesk import maintenance
from healthdesk.maintenance import BackupInfo
from healthdesk.models import backup as backups
from healthdesk.models.db import Database
from healthdesk.ui.backups import model as vm


def _info(name: str, reason: str, minutes_ago: int, size: int = 2048) -> BackupInfo:
    return BackupInfo(
        path=Path("/backups") / name,
        taken_at=datetime(2026, 3, 1, 12, 0) - timedelta(minutes=minutes_ago),
        reason=reason,
        size=size,
    )


def _two_backups(data_dir: Path) -> tuple[Path, Path]:
    """An older backup with one partnership, a newer one with answers too. Returns (older, newer)."""
    ids = populate(data_dir, 2)["respondents"]
    with Database.open(data_dir) as db:
        older = backups.take_backup(db, reason="auto", now=datetime.now() - timedelta(days=2))
        answer_some(db, ids, score=5)
        newer = maintenance.backup_now(db)
    return older, newer


def test_the_model_imports_no_qt():
    code = "import sys, healthdesk.ui.backups.model; print(any(m.startswith('PySide6') for m in sys.modules))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "False"


def test_rows_keep_the_order_and_say_which_is_newest_and_which_holds_more():
    infos = [_info("c", "manual", 0), _info("b", "auto", 10, size=5), _info("a", "before-import", 20)]
    listed = vm.backup_list(infos, holding_more=infos[1].path)
    assert [row.name for row in listed.rows] == ["c", "b", "a"]
    assert [row.newest for row in listed.rows] == [True, False, False]
    assert [row.holds_more for row in listed.rows] == [False, True, False]
    assert listed.holding_more == infos[1].path
    assert listed.rows[1].size == 5 and listed.rows[2].reason == "before-import"
    assert listed.rows[0].taken_at == infos[0].taken_at
    # Not checked: nobody is called the newest good one.
    assert all(row.newest_good is None for row in listed.rows) and listed.newest_good is None


def test_restore_is_refused_in_a_read_only_folder_with_maintenances_code():
    infos = [_info("b", "manual", 0), _info("a", "auto", 10)]
    writable = vm.backup_list(infos)
    assert writable.can_back_up and writable.back_up_refusal is None
    assert all(row.can_restore and row.restore is None for row in writable.rows)
    read_only = vm.backup_list(infos, read_only=True)
    assert not read_only.can_back_up and read_only.back_up_refusal == "read_only_mode"
    assert all(not row.can_restore and row.restore == "read_only_mode" for row in read_only.rows)


def test_how_a_backup_goes_away_follows_the_thinning_rules():
    infos = [
        _info("holds-more", "auto", 0),
        _info("upgrade", "before-upgrade-0003", 10),
        _info("restore", "before-restore", 20),
        _info("plain", "auto", 30),
    ]
    rows = vm.backup_list(infos, holding_more=infos[0].path).rows
    assert [row.removal for row in rows] == [
        vm.KEPT_HOLDS_MORE,
        vm.KEPT_PROTECTED,
        vm.KEPT_PROTECTED,
        vm.THINNED,
    ]
    assert [row.kept_by_hand for row in rows] == [True, True, True, False]


def test_load_backups_reads_the_folder_and_marks_the_backup_holding_more(data_dir):
    older, newer = _two_backups(data_dir)
    (data_dir / "healthdesk.sqlite3").unlink()
    for suffix in ("-wal", "-shm"):
        Path(f"{data_dir / 'healthdesk.sqlite3'}{suffix}").unlink(missing_ok=True)
    listed = vm.load_backups(None, data_dir, with_contents=True, check_good=True)
    assert [row.path for row in listed.rows] == [newer, older]
    assert listed.holding_more == newer
    assert (
        listed.newest_good is listed.rows[0] and listed.rows[0].newest_good and not listed.rows[1].newest_good
    )
    assert listed.rows[0].contents["partnerships"] == 1 and listed.rows[0].contents["answers"] > 0
    assert listed.rows[1].contents["answers"] == 0
    # Without the costly reads, the list says nothing about contents or goodness.
    quick = vm.load_backups(None, data_dir)
    assert all(row.contents is None and row.newest_good is None for row in quick.rows)


def test_an_empty_folder_lists_nothing(data_dir):
    listed = vm.load_backups(None, data_dir)
    assert listed.rows == [] and listed.holding_more is None and listed.newest_good is None


def test_a_failing_comparison_leaves_no_mark_but_the_list_shows(data_dir, monkeypatch):
    _two_backups(data_dir)

    def broken(_data_dir):  # noqa: ANN001, ANN202
        raise OSError("unreadable")

    monkeypatch.setattr(maintenance, "backup_holding_more", broken)
    listed = vm.load_backups(None, data_dir)
    assert len(listed.rows) == 2 and listed.holding_more is None


def test_lost_choices_offer_the_good_backups_newest_first_with_what_they_hold():
    good = [_info("new", "manual", 0), _info("old", "auto", 60)]
    held = {good[0].path: {"partnerships": 2, "rounds": 3, "answers": 40}, good[1].path: None}
    choices = vm.lost_choices(good, held.get)
    assert [row.name for row in choices.rows] == ["new", "old"]
    assert choices.newest_good is choices.rows[0]
    assert choices.rows[0].contents == {"partnerships": 2, "rounds": 3, "answers": 40}
    assert choices.rows[1].contents is None  # unreadable: the screen says "contents unknown"
    assert vm.LOST_CODES == ("database_missing", "database_empty")
