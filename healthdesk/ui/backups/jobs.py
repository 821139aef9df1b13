"""Backups and restores on the app's background queue (``tasks.run_in_background``) behind a modal
``WorkingDialog`` (no Cancel: a copy is written beside and renamed, so it is all or nothing), so the window keeps
painting; the backup timer and the backup on close.

A restore closes the database the pages use and opens it again here, on the GUI thread, as before; only the checks
and the file work run on the queue, and the progress dialog is application-modal meanwhile, so nothing on screen
can reach the closed database.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEventLoop, QObject, Qt, QTimer
from PySide6.QtWidgets import QWidget
from shiboken6 import isValid

from ... import maintenance
from ...errors import HealthDeskError, StorageError
from ...maintenance import Database
from ..common import tasks, widgets
from ..common.messages import error_parts
from ..common.task_strip import WorkingDialog, failure_text
from ..common.tasks import Cancelled, Task, run_in_background
from .shared import show_error, size_text, tr

if TYPE_CHECKING:
    from ..common.context import AppContext

log = logging.getLogger(__name__)

TR_CONTEXT = "Safety"


def _working(text: str, parent: QWidget | None, application_modal: bool = False) -> WorkingDialog:
    """The modal progress dialog for a backup or restore (kept on ``parent.working_dialog`` for tests)."""
    dialog = WorkingDialog(text, parent if parent is not None and isValid(parent) else None)
    if application_modal:  # a restore: no window may reach the database while it is replaced
        dialog.setWindowModality(Qt.WindowModality.ApplicationModal)
    if parent is not None:
        parent.working_dialog = dialog  # type: ignore[attr-defined]
    dialog.show()
    return dialog


def _end(dialog: WorkingDialog) -> None:
    if isValid(dialog):
        dialog.end()


def _run_and_wait(
    job: Callable[[Any], Any], name: str, progressed: Callable[[int, int], None] | None = None
) -> Any:
    """Run ``job`` on the background queue and return its result (or raise its error) once it ended, keeping
    the GUI's events flowing meanwhile (a local event loop): for steps whose caller needs the answer to go on
    (a restore, the recovery at start-up). ``progressed`` hears the job's progress reports on the GUI thread.
    Raises ``Cancelled`` when the queue was shut down first."""
    task = run_in_background(job, name)
    if progressed is not None:
        task.progressed.connect(progressed)
    ended: list[str] = []
    loop = QEventLoop()

    def on_end(how: str) -> None:
        ended.append(how)
        loop.quit()

    task.succeeded.connect(lambda _result: on_end("ok"))
    task.failed.connect(lambda _exc: on_end("failed"))
    task.cancelled.connect(lambda: on_end("cancelled"))
    if not task.done:
        loop.exec()
    if not ended:  # the app is quitting (its event loops were told to exit): the job cannot stop half-way
        task.wait()
    if task.error is not None:
        raise task.error
    if "ok" in ended or (not ended and task.result is not None):
        return task.result
    raise Cancelled


def _copied_text(done_kb: int, total_kb: int) -> str:
    if done_kb >= total_kb:
        return tr("Checking the backup…")
    return tr("Backing up the data… {done} of {total} copied").format(
        done=size_text(done_kb * 1024), total=size_text(total_kb * 1024)
    )


def _restored_text(done_kb: int, total_kb: int) -> str:
    return tr("Restoring the backup… {done} of {total} copied").format(
        done=size_text(done_kb * 1024), total=size_text(total_kb * 1024)
    )


def restore_progress(dialog: WorkingDialog) -> Callable[[int, int], None]:
    """A restore's progress (in KB, from ``kb_progress``) on its dialog: the bar and "… 1.2 MB of 3.6 MB copied"."""

    def progressed(done_kb: int, total_kb: int) -> None:
        if isValid(dialog) and total_kb > 0:
            dialog.progressed(done_kb, total_kb)
            dialog.setLabelText(_restored_text(done_kb, total_kb))

    return progressed


def kb_progress(control: Any) -> Callable[[int, int], None]:
    """A copy's ``progress(bytes done, bytes total)`` as the task's progress in KB (a progress bar's range is
    an int)."""
    return lambda copied, total: control.report(copied // 1024, total // 1024)


def backup_if_due(ctx: AppContext) -> Path | None:
    """What the backup timer runs: the maintenance engine decides (its policy)."""
    db = ctx.db
    if db.read_only:
        return None
    return maintenance.backup_if_due(db)


def backup_on_close(ctx: AppContext) -> Path | None:
    db = ctx.db
    if db.read_only:
        return None
    return maintenance.backup_on_close(db)


def close_database(ctx: AppContext) -> None:
    """Back up what changed, then close (checkpoint, release the lock)."""
    try:
        backup_on_close(ctx)
    except HealthDeskError as exc:
        log.error("backup on close failed: %s", exc.message_en())
    except Exception:  # noqa: BLE001 - closing must go on
        log.exception("backup on close failed")
    ctx.db.close()


def backup_now(
    ctx: AppContext, parent: QWidget | None = None, done: Callable[[Path | None], None] | None = None
) -> Task:
    """Take a backup on the background queue behind a modal progress dialog that shows the bytes copied; then
    say so in the status bar (or show why not) and call ``done(path)`` (``done(None)`` after a failure)."""
    db = ctx.db
    text = tr("Backing up the data…")
    dialog = _working(text, parent)

    def job(control: Any) -> Path:
        return maintenance.backup_now(db, reason="manual", progress=kb_progress(control))

    def progressed(done_kb: int, total_kb: int) -> None:
        if isValid(dialog) and total_kb > 0:
            dialog.progressed(done_kb, total_kb)
            dialog.setLabelText(_copied_text(done_kb, total_kb))

    def succeeded(path: Path) -> None:
        _end(dialog)
        ctx.show_status(tr("Backup written: {name}").format(name=Path(path).name), 8000)
        if done is not None:
            done(Path(path))

    def failed(exc: object) -> None:
        _end(dialog)
        message = failure_text(exc)
        if message is not None:
            widgets.show_error(parent if parent is not None and isValid(parent) else None, message)
        if done is not None:
            done(None)

    task = run_in_background(job, "back up now")
    task.progressed.connect(progressed)
    task.succeeded.connect(succeeded)
    task.failed.connect(failed)
    task.cancelled.connect(lambda: failed(None))  # only when the app quits before the backup started
    return task


class BackupTimer(QObject):
    """Asks every few minutes whether a backup is due (only when something changed); a due backup is taken on the
    background queue, quietly (the status bar says when it was written or why it failed)."""

    def __init__(self, ctx: AppContext, parent: QObject | None = None, interval_ms: int | None = None):
        super().__init__(parent)
        if interval_ms is None:
            interval_ms = int(maintenance.DEFAULT_POLICY.check_every.total_seconds() * 1000)
        self.ctx = ctx
        self.task: Task | None = None
        self.timer = QTimer(self)
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self.tick)
        self.timer.start()

    def tick(self) -> Task | None:
        """Queue the due backup; None when none is due (or a job holds the database: asked again next tick)."""
        db = self.ctx.db
        if self.task is not None or tasks.busy() or db.read_only or db.closed:
            return None
        policy = maintenance.DEFAULT_POLICY
        if not policy.due(db):  # reads the backups' names only: cheap enough for the GUI thread
            return None
        self.task = task = run_in_background(
            lambda _control: maintenance.backup_if_due(db, policy=policy), "automatic backup"
        )
        task.succeeded.connect(self._written)
        task.failed.connect(self._failed)
        task.cancelled.connect(self._ended)
        return task

    def _ended(self) -> None:
        self.task = None

    def _written(self, path: Path | None) -> None:
        self._ended()
        if path is not None:
            self.ctx.show_status(tr("Backup written: {name}").format(name=Path(path).name), 5000)

    def _failed(self, exc: object) -> None:
        self._ended()
        if not isinstance(exc, HealthDeskError):
            failure_text(exc)  # the crash handling, as when the backup ran on the GUI thread
            return
        log.error("periodic backup failed: %s", exc.message_en())
        self.ctx.show_status(
            tr("Automatic backup failed: {reason}").format(reason=error_parts(exc, shown_in_log=True)[0]),
            15000,
        )


def restore(ctx: AppContext, backup_path: Path, parent: QWidget | None = None) -> bool:
    """Close the database, put the backup in its place (keeping the current file aside), open it again.

    The backup's checks and the file work run on the background queue behind an application-modal progress
    dialog (no Cancel: the replacement is atomic) that shows the bytes copied once the copying began; closing the
    database the pages use and opening it again stay here, on the GUI thread. Returns once it is done (the GUI
    keeps painting meanwhile)."""
    data_dir = ctx.data_dir
    db = ctx.db
    dialog = _working(tr("Restoring the backup…"), parent, application_modal=True)

    try:
        # 1. Refuse a bad backup before closing anything.
        source = _run_and_wait(
            lambda _control: maintenance.check_backup(data_dir, backup_path), "check backup"
        )
        # 2. Close the database here, where the pages use it; its writer lock stays held for step 3.
        lock = maintenance.release_database(db)
        # 3. The file work; nothing on screen can reach the closed database meanwhile (the dialog is modal).
        _run_and_wait(
            lambda control: maintenance.replace_database(
                data_dir, source, lock, progress=kb_progress(control)
            ),
            "restore",
            restore_progress(dialog),
        )
    except HealthDeskError as exc:
        _end(dialog)
        show_error(parent, exc, tr("Restore failed"))
        if getattr(db, "closed", False) or db.lock is None and not db.read_only:
            _reopen(ctx, parent)
        return False
    except Cancelled:  # the app is quitting; it closes what is open
        return False
    finally:
        _end(dialog)
    return _reopen(ctx, parent)


def _reopen(ctx: AppContext, parent: QWidget | None) -> bool:
    try:
        new_db = Database.open(ctx.data_dir)
    except StorageError as exc:
        show_error(parent, exc, tr("Cannot open the data folder"))
        return False
    ctx.replace_database(new_db)
    ctx.show_status(tr("Backup restored."), 8000)
    return True
