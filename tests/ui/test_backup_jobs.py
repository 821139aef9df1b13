"""Backups and restore off the GUI thread: "Back up now" writes a verified backup on the background queue behind a
progress dialog (bytes copied, buttons disabled meanwhile) and the list shows it; the GUI thread stays free while a
larger database is backed up; a restore from the backups screen checks and replaces the file on the queue while
closing and reopening the database stays on the GUI thread; failures are shown in the user's language."""

from __future__ import annotations

import threading
from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QMessageBox

from healthdesk import maintenance
from healthdesk.errors import StorageError
from healthdesk.models import backup as backups
from healthdesk.services import partnerships as partnership_svc
from healthdesk.ui.backups import safety
from healthdesk.ui.common import tasks
from healthdesk.ui.common.task_strip import WorkingDialog
from tests.ui.test_tasks import MainThreadBusyMeter

pytestmark = pytest.mark.gui


@pytest.fixture(autouse=True)
def _fresh_queue():
    yield
    tasks.shutdown()


def _on_worker(monkeypatch, name: str) -> list[bool]:
    """Record, for each call of ``maintenance.<name>``, whether it ran off the GUI thread."""
    calls: list[bool] = []
    real = getattr(maintenance, name)

    def spy(*args, **kwargs):  # noqa: ANN002, ANN003, ANN202
        calls.append(threading.current_thread() is not threading.main_thread())
        return real(*args, **kwargs)

    monkeypatch.setattr(maintenance, name, spy)
    return calls


def _working_dialogs() -> list[WorkingDialog]:
    return [w for w in QApplication.topLevelWidgets() if isinstance(w, WorkingDialog) and w.isVisible()]


def _pad(db, rows: int) -> None:
    """A larger database whose backup costs real CPU (its check walks an index of ``rows`` random keys): about
    26 MB and 0.45 s of CPU for 300 000 rows, enough to freeze the window were it done on the GUI thread."""
    with db.exclusive():
        raw = db.raw_connection()
        raw.execute("CREATE TABLE test_padding (i INTEGER PRIMARY KEY, t TEXT)")
        raw.execute("CREATE INDEX test_padding_t ON test_padding (t)")
        raw.execute(
            "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < ?) "
            "INSERT INTO test_padding (t) SELECT hex(randomblob(16)) FROM n",
            (rows,),
        )
        raw.commit()


def test_back_up_now_writes_a_verified_backup_through_the_queue_and_the_list_shows_it(
    ctx, make_partnership, qtbot, dialogs, monkeypatch, settle
):
    make_partnership(ctx)
    on_worker = _on_worker(monkeypatch, "backup_now")
    status: list[str] = []
    ctx.status_message.connect(lambda text, _ms: status.append(text))
    dialog = safety.BackupsDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.table.rowCount() == 0

    dialog.backup_button.click()
    assert dialog.running
    working = dialog.working_dialog
    assert isinstance(working, WorkingDialog) and working.isVisible()
    assert not dialog.backup_button.isEnabled() and not dialog.restore_button.isEnabled()
    assert not dialog.buttons.isEnabled(), "Close waits for the backup"
    dialog.reject()  # Escape does not close the list whose result is coming
    assert dialog.isVisible()

    qtbot.waitUntil(lambda: not dialog.running, timeout=60_000)
    settle()  # the list reads the backups folder again on the queue
    assert on_worker == [True]
    listed = maintenance.list_backups(ctx.data_dir)
    assert len(listed) == 1 and listed[0].reason == "manual"
    assert backups.verify_file(listed[0].path) is None
    assert backups.data_counts(listed[0].path)["partnerships"] == 1
    assert dialog.table.rowCount() == 1
    assert dialog.table.item(0, 2).text() == "made by hand"
    assert (
        dialog.backup_button.isEnabled() and dialog.restore_button.isEnabled() and dialog.buttons.isEnabled()
    )
    assert status == [f"Backup written: {listed[0].path.name}"]
    assert not dialogs.errors


def test_the_gui_thread_stays_free_while_a_larger_database_is_backed_up(ctx, qtbot, dialogs):
    _pad(ctx.db, 300_000)
    progress: list[tuple[int, int]] = []
    labels: list[str] = []
    written: list[Path | None] = []
    meter = MainThreadBusyMeter()
    meter.start()
    task = safety.backup_now(ctx, None, done=written.append)
    task.progressed.connect(lambda done, total: progress.append((done, total)))
    task.progressed.connect(lambda *_a: labels.extend(w.labelText() for w in _working_dialogs()))
    qtbot.waitUntil(lambda: bool(written), timeout=300_000)
    meter.stop()
    assert written[0] is not None and backups.verify_file(written[0]) is None
    assert written[0].stat().st_size > 20 * 1024 * 1024
    assert meter.ticks >= 3
    assert meter.longest < 0.25, f"the GUI thread was busy for {meter.longest:.3f} s in one stretch"
    assert len(progress) > 5, "the copy reports its progress as it goes"
    assert progress[-1][0] == progress[-1][1] > 20 * 1024  # KB
    assert any(" of " in label and "MB copied" in label for label in labels), labels
    assert not dialogs.errors


def test_a_failed_backup_is_shown_in_the_users_language_and_frees_the_buttons(
    ctx_zh, qtbot, dialogs, monkeypatch
):
    def full(*_args, **_kwargs):  # noqa: ANN002, ANN003, ANN202
        raise StorageError("disk_full", path=str(ctx_zh.paths.backups))

    monkeypatch.setattr(maintenance, "backup_now", full)
    dialog = safety.BackupsDialog(ctx_zh)
    qtbot.addWidget(dialog)
    dialog.backup_button.click()
    qtbot.waitUntil(lambda: not dialog.running, timeout=60_000)
    assert len(dialogs.errors) == 1
    assert any("\u4e00" <= ch <= "\u9fff" for ch in dialogs.errors[0]), dialogs.errors[0]
    assert dialog.backup_button.isEnabled() and dialog.buttons.isEnabled()
    assert not _working_dialogs()


def test_restore_from_the_backups_screen_replaces_the_file_on_the_queue_and_reopens(
    ctx, make_partnership, qtbot, dialogs, monkeypatch, settle
):
    kept = make_partnership(ctx, n=1, name="Kept in the backup")
    backup = maintenance.backup_now(ctx.db)
    make_partnership(ctx, n=2, name="Added after the backup")
    old_db = ctx.db
    checked = _on_worker(monkeypatch, "check_backup")
    closed_while_replacing: list[bool] = []
    real_replace = maintenance.replace_database

    def replace(*args, **kwargs):  # noqa: ANN002, ANN003, ANN202
        closed_while_replacing.append(
            threading.current_thread() is not threading.main_thread() and old_db.closed
        )
        return real_replace(*args, **kwargs)

    monkeypatch.setattr(maintenance, "replace_database", replace)
    replaced: list[bool] = []
    ctx.database_replaced.connect(lambda: replaced.append(True))
    dialog = safety.BackupsDialog(ctx)
    qtbot.addWidget(dialog)
    settle()  # the list fills itself on the background queue
    row = next(i for i, info in enumerate(dialog.backups) if info.path == backup)
    dialog.table.selectRow(row)
    dialogs.answer = True

    assert dialog.restore_selected() is True
    assert checked == [True] and closed_while_replacing == [True]
    assert replaced == [True] and ctx.db is not old_db and not ctx.db.closed
    assert [p.name for p in partnership_svc.list_partnerships(ctx.db)] == [kept.name]
    reasons = [info.reason for info in maintenance.list_backups(ctx.data_dir)]
    assert "before-restore" in reasons, "what the restore replaced is kept"
    settle()
    assert dialog.table.rowCount() == len(reasons)
    assert dialog.restore_button.isEnabled() and dialog.buttons.isEnabled()
    assert not _working_dialogs()
    assert not dialogs.errors


def test_a_restore_shows_the_bytes_copied_out_of_the_total(
    ctx, make_partnership, qtbot, dialogs, monkeypatch, settle
):
    """Not only a busy bar: once the copying began, the restore's dialog says how much of how much is copied
    ("1.2 MB of 4.1 MB copied"), the backup's copy and then the copy of what it replaces, up to the whole."""
    make_partnership(ctx)
    _pad(ctx.db, 20_000)  # about 2 MB: a copy in several 1 MB steps
    backup = maintenance.backup_now(ctx.db)
    live_size = ctx.data_dir.joinpath("healthdesk.sqlite3")
    labels: list[str] = []
    steps: list[tuple[int, int]] = []
    real_label, real_progressed = WorkingDialog.setLabelText, WorkingDialog.progressed
    monkeypatch.setattr(
        WorkingDialog, "setLabelText", lambda self, text: labels.append(text) or real_label(self, text)
    )
    monkeypatch.setattr(
        WorkingDialog,
        "progressed",
        lambda self, done, total: steps.append((done, total)) or real_progressed(self, done, total),
    )
    dialog = safety.BackupsDialog(ctx)
    qtbot.addWidget(dialog)
    settle()
    dialog.table.selectRow(next(i for i, info in enumerate(dialog.backups) if info.path == backup))
    dialogs.answer = True

    assert dialog.restore_selected() is True
    assert steps, "the restore reported no progress"
    done, total = steps[-1]
    assert done == total
    assert total * 1024 >= backup.stat().st_size, "the total counts the backup's copy and the replaced data's"
    assert [d for d, _t in steps] == sorted(d for d, _t in steps)
    copied = [text for text in labels if text.startswith("Restoring the backup…") and "copied" in text]
    assert copied and all(" of " in text and "MB" in text for text in copied[-1:]), labels
    assert (
        copied[-1]
        == f"Restoring the backup… {safety.size_text(done * 1024)} of {safety.size_text(total * 1024)} copied"
    )
    assert live_size.exists()
    assert not dialogs.errors


def test_a_bad_backup_is_refused_before_the_database_is_closed(
    ctx, make_partnership, qtbot, dialogs, monkeypatch
):
    make_partnership(ctx)
    good = maintenance.backup_now(ctx.db)
    bad = good.with_name(backups.backup_name(backups.list_backups(good.parent)[0].taken_at, "auto", "x", 2))
    bad.write_bytes(b"this is not a database" * 100)
    shown: list[QMessageBox] = []
    monkeypatch.setattr(safety.QMessageBox, "exec", lambda box: shown.append(box) or 0)
    old_db = ctx.db

    assert safety.restore(ctx, bad, None) is False
    assert len(shown) == 1 and shown[0].windowTitle() == "Restore failed"
    assert ctx.db is old_db and not old_db.closed, "a bad backup closes nothing"
    assert len(partnership_svc.list_partnerships(ctx.db)) == 1


def test_the_automatic_backup_is_taken_on_the_queue_when_due(ctx, make_partnership, qtbot, monkeypatch):
    on_worker = _on_worker(monkeypatch, "backup_if_due")
    status: list[str] = []
    ctx.status_message.connect(lambda text, _ms: status.append(text))
    timer = safety.BackupTimer(ctx, interval_ms=3_600_000)  # ticked by hand here
    timer.timer.stop()
    maintenance.backup_now(ctx.db)
    assert timer.tick() is None, "nothing changed since the newest backup"

    ctx.db.changed_since_backup = True
    monkeypatch.setattr(maintenance, "DEFAULT_POLICY", maintenance.BackupPolicy(interval=timedelta(0)))
    task = timer.tick()
    assert task is not None and timer.tick() is None, "one automatic backup at a time"
    with qtbot.waitSignal(task.succeeded, timeout=60_000):
        pass
    assert on_worker == [True]
    newest = maintenance.list_backups(ctx.data_dir)[0]
    assert newest.reason == "auto" and backups.verify_file(newest.path) is None
    assert status == [f"Backup written: {newest.path.name}"]
    assert timer.task is None


@pytest.mark.parametrize("trouble", ["damaged", "lost"])
def test_the_restore_offered_at_start_runs_on_the_queue_and_opens_the_restored_data(
    data_dir, ui_app, monkeypatch, dialogs, trouble
):
    from tests.ui.test_safety_lost import _lose, _two_backups

    _older, newer = _two_backups(data_dir)
    db_path = data_dir / "healthdesk.sqlite3"
    if trouble == "damaged":
        db_path.write_bytes(b"Not a database!\0" + db_path.read_bytes()[16:])
        monkeypatch.setattr(safety, "ask_damaged", lambda parent, exc, backup: "restore")
    else:
        _lose(data_dir)
        monkeypatch.setattr(safety, "ask_lost", lambda parent, exc, options: ("restore", newer))
    on_worker = _on_worker(monkeypatch, "recover_from_backup")
    steps: list[tuple[int, int]] = []
    real_progressed = WorkingDialog.progressed
    monkeypatch.setattr(
        WorkingDialog,
        "progressed",
        lambda self, done, total: steps.append((done, total)) or real_progressed(self, done, total),
    )
    db = safety.open_database(data_dir)
    try:
        assert on_worker == [True]
        assert steps and steps[-1][0] == steps[-1][1] > 0, steps  # the bytes copied, up to the whole
        assert db is not None and not db.read_only
        assert len(partnership_svc.list_partnerships(db)) == 1
    finally:
        db.close()
    assert dialogs.infos and "was restored" in dialogs.infos[0]
    assert not _working_dialogs()


def test_back_up_now_from_the_file_menu_runs_behind_a_progress_dialog(main_window, ctx, qtbot, dialogs):
    main_window.act_backup_now.trigger()
    working = main_window.working_dialog
    assert isinstance(working, WorkingDialog) and working.isVisible()
    qtbot.waitUntil(
        lambda: bool(maintenance.list_backups(ctx.data_dir)) and not _working_dialogs(), timeout=60_000
    )
    newest = maintenance.list_backups(ctx.data_dir)[0]
    qtbot.waitUntil(lambda: newest.path.name in main_window.statusBar().currentMessage())
    assert not dialogs.errors
