"""The app on a folder whose database is missing or empty while its backups hold data: it asks, offers the
newest good backup (date and contents), lets the user pick another, and starts empty only after a confirmation
that names what will not come back. The backups screen marks the backup that holds more than the database."""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path

import pytest
from faults.support import answer_some, db_answers, populate

from healthdesk import maintenance
from healthdesk.models import backup as backups
from healthdesk.models.db import Database
from healthdesk.services import partnerships as partnership_svc


def _two_backups(data_dir: Path) -> tuple[Path, Path]:
    """An older backup with one partnership, a newer one with answers too. Returns (older, newer)."""
    ids = populate(data_dir, 2)["respondents"]
    with Database.open(data_dir) as db:
        older = backups.take_backup(db, reason="auto", now=datetime.now() - timedelta(days=2))
        answer_some(db, ids, score=5)
        newer = maintenance.backup_now(db)
    return older, newer


def _lose(data_dir: Path, how: str = "missing") -> Path:
    db_path = data_dir / "healthdesk.sqlite3"
    for suffix in ("-wal", "-shm"):
        Path(f"{db_path}{suffix}").unlink(missing_ok=True)
    if how == "missing":
        db_path.unlink()
    else:
        db_path.write_bytes(b"")
    return db_path


@pytest.mark.parametrize("how", ["missing", "empty"])
def test_quitting_creates_nothing(data_dir, ui_app, monkeypatch, how):
    from healthdesk.ui.backups import safety

    _two_backups(data_dir)
    db_path = _lose(data_dir, how)
    asked = []
    monkeypatch.setattr(
        safety, "ask_lost", lambda parent, exc, options: asked.append((exc.code, options)) or ("quit", None)
    )
    assert safety.open_database(data_dir) is None
    code, options = asked[0]
    assert code == f"database_{how}" and options.lost and len(options.good) == 2
    assert db_path.exists() == (how == "empty") and (how == "missing" or db_path.stat().st_size == 0)


def test_restoring_the_backup_the_user_picked(data_dir, ui_app, monkeypatch, dialogs):
    from healthdesk.ui.backups import safety

    older, _newer = _two_backups(data_dir)
    db_path = _lose(data_dir)
    monkeypatch.setattr(safety, "ask_lost", lambda parent, exc, options: ("restore", older))
    db = safety.open_database(data_dir)
    try:
        assert db is not None and not db.read_only
        assert db_answers(db_path) == db_answers(older)
        assert [p.name for p in partnership_svc.list_partnerships(db)] == ["Fault × Test"]
    finally:
        db.close()
    assert dialogs.infos and "was restored" in dialogs.infos[0]


def test_start_empty_only_when_chosen_and_the_backups_stay(data_dir, ui_app, monkeypatch):
    from healthdesk.ui.backups import safety

    older, newer = _two_backups(data_dir)
    _lose(data_dir)
    monkeypatch.setattr(safety, "ask_lost", lambda parent, exc, options: ("empty", None))
    db = safety.open_database(data_dir)
    try:
        assert db is not None and partnership_svc.list_partnerships(db) == []
    finally:
        db.close()
    assert older.exists() and newer.exists()
    assert maintenance.backup_holding_more(data_dir).path == newer


def test_the_damaged_screen_can_still_start_empty_when_a_backup_exists(data_dir, ui_app, monkeypatch):
    from healthdesk.ui.backups import safety

    _older, newer = _two_backups(data_dir)
    db_path = data_dir / "healthdesk.sqlite3"
    db_path.write_bytes(b"Not a database!\0" + db_path.read_bytes()[16:])
    monkeypatch.setattr(safety, "ask_damaged", lambda parent, exc, backup: "empty")
    db = safety.open_database(data_dir)
    try:
        assert db is not None and partnership_svc.list_partnerships(db) == []
    finally:
        db.close()
    assert newer.exists() and list((data_dir / "damaged").glob("*/healthdesk.sqlite3"))


def test_the_lost_database_screen_offers_the_newest_backup_and_confirms_start_empty(
    data_dir, ui_app, qtbot, dialogs
):
    from healthdesk.ui.backups import safety
    from healthdesk.ui.backups.safety import LostDatabaseDialog

    older, newer = _two_backups(data_dir)
    _lose(data_dir)
    options = maintenance.recovery_options(data_dir, all_good=True)
    with pytest.raises(Exception) as refused:
        Database.open(data_dir)
    dialog = LostDatabaseDialog(refused.value, options)
    qtbot.addWidget(dialog)
    when = newer_when = backups.list_backups(data_dir / "backups")[0].taken_at.strftime("%Y-%m-%d %H:%M")
    assert dialog.windowTitle() == "The database is missing"
    assert "missing" in dialog.heading.text()
    answers = len(db_answers(newer))
    assert f"from {when}" in dialog.info.text()
    assert f"1 partnership, 1 round, {answers} answers" in dialog.info.text()
    assert dialog.table.rowCount() == 2 and dialog.selected().path == newer  # the newest good one first
    assert dialog.table.item(1, 1).text() == "1 partnership, 1 round, 0 answers"
    # Another backup can be picked.
    dialog.table.selectRow(1)
    dialog.restore_selected()
    assert (dialog.choice, dialog.chosen_path) == ("restore", older)
    # Start empty asks first, naming what will not come back; refusing keeps the screen.
    dialog = LostDatabaseDialog(refused.value, options)
    qtbot.addWidget(dialog)
    dialogs.answer = False
    dialog.start_empty()
    assert dialog.choice == "quit"
    assert f"{answers} answers" in dialogs.confirms[0] and newer_when in dialogs.confirms[0]
    assert "will not be in it" in dialogs.confirms[0]
    dialogs.answer = True
    dialog.start_empty()
    assert (dialog.choice, dialog.chosen_path) == ("empty", None)
    assert safety.LOST_CODES == ("database_missing", "database_empty")


def test_the_lost_database_screen_in_chinese(data_dir, ui_app, qtbot):
    from healthdesk.ui.backups.safety import LostDatabaseDialog
    from healthdesk.ui.common import i18n

    _two_backups(data_dir)
    _lose(data_dir, "empty")
    options = maintenance.recovery_options(data_dir, all_good=True)
    with pytest.raises(Exception) as refused:
        Database.open(data_dir)
    i18n.apply_language("zh")
    try:
        dialog = LostDatabaseDialog(refused.value, options)
        qtbot.addWidget(dialog)
        texts = [dialog.windowTitle(), dialog.heading.text(), dialog.info.text(), dialog.empty_button.text()]
        texts.append(dialog.confirm_text())
        for text in texts:
            assert any("\u4e00" <= ch <= "\u9fff" for ch in text), text
            assert not any(ch in text for ch in ",;?"), text  # full-width punctuation only
        assert "。" in dialog.info.text() and "，" in dialog.heading.text()
        assert "、" in dialog.info.text()  # the contents, e.g. 1 个合作伙伴关系、1 轮评估、10 条回答
    finally:
        i18n.apply_language("en")


def test_backups_screen_marks_the_backup_that_holds_more(data_dir, ui_app, qtbot, monkeypatch, settle):
    from healthdesk.ui.backups import safety
    from healthdesk.ui.common.context import AppContext
    from healthdesk.ui.shell.settings import AppSettings

    _older, newer = _two_backups(data_dir)
    _lose(data_dir)
    db = Database.open(data_dir, start_empty=True)
    ctx = AppContext(db, data_dir=data_dir, lang="en", settings=AppSettings(data_dir))
    try:
        dialog = safety.BackupsDialog(ctx)
        qtbot.addWidget(dialog)
        settle()  # the list fills itself on the background queue
        marked = [
            row
            for row in range(dialog.table.rowCount())
            if "holds data the current database does not" in dialog.table.item(row, 2).text()
        ]
        assert [dialog.backups[row].path for row in marked] == [newer]
    finally:
        db.close()
