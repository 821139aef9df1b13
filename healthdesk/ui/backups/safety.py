"""Data-safety screens: another HealthDesk holds the folder, a damaged database, backups and restore.

The engine lives in ``healthdesk.maintenance`` (over ``healthdesk.models``, which screens never import); this
module only asks the user and calls it. ``ask_locked`` and ``ask_damaged`` are module functions so tests can
answer for the user.

Backups and restores run on the app's background queue (``tasks.run_in_background``) behind a modal
``WorkingDialog`` (no Cancel: a copy is written beside and renamed, so it is all or nothing), so the window keeps
painting. A restore closes the database the pages use and opens it again here, on the GUI thread, as before; only
the checks and the file work run on the queue, and the progress dialog is application-modal meanwhile, so nothing
on screen can reach the closed database.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QEventLoop, QObject, Qt, QTimer, QUrl
from PySide6.QtGui import QCloseEvent, QDesktopServices
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from ... import maintenance
from ...errors import DamagedError, HealthDeskError, LockedError, StorageError
from ...maintenance import Database
from ..common import tasks, theme, widgets
from ..common.messages import error_parts, error_text
from ..common.task_strip import WorkingDialog, failure_text
from ..common.tasks import Cancelled, Task, run_in_background

if TYPE_CHECKING:
    from ..common.context import AppContext

log = logging.getLogger(__name__)


TR_CONTEXT = "Safety"


def tr(text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """Translate under this module's own context (scripts/translations.py files lupdate's "" here)."""
    return QCoreApplication.translate(TR_CONTEXT, text, disambiguation, n)


# -- asking the user (tests replace these) -----------------------------------------------------------------


def ask_locked(parent: QWidget | None, exc: LockedError) -> str:
    """'read_only' or 'quit'."""
    box, read_only = locked_box(parent, exc)
    box.exec()
    return "read_only" if box.clickedButton() is read_only else "quit"


def locked_box(parent: QWidget | None, exc: LockedError) -> tuple[QMessageBox, QPushButton]:
    box = QMessageBox(parent)
    box.setObjectName("lockedBox")
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(tr("Data folder in use"))
    box.setText(tr("Another HealthDesk is already working on this data folder."))
    box.setInformativeText(
        error_text(exc)
        + "\n\n"
        + tr(
            "Only one HealthDesk can change the data at a time, so nothing is lost. You can look at the data "
            "read-only now, or quit and close the other HealthDesk first."
        )
    )
    read_only = box.addButton(tr("Open read-only"), QMessageBox.ButtonRole.AcceptRole)
    quit_button = box.addButton(tr("Quit"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(read_only)
    box.setEscapeButton(quit_button)
    return box, read_only


def ask_damaged(parent: QWidget | None, exc: HealthDeskError, backup: object | None) -> str:
    """'restore' (the newest good backup), 'empty' (start with an empty database) or 'quit'."""
    box, restore, empty = damaged_box(parent, exc, backup)
    box.exec()
    clicked = box.clickedButton()
    if restore is not None and clicked is restore:
        return "restore"
    if clicked is empty:
        return "empty"
    return "quit"


def damaged_box(
    parent: QWidget | None, exc: HealthDeskError, backup: object | None
) -> tuple[QMessageBox, QPushButton | None, QPushButton]:
    box = QMessageBox(parent)
    box.setObjectName("damagedBox")
    box.setIcon(QMessageBox.Icon.Critical)
    box.setWindowTitle(tr("The database is damaged"))
    box.setText(tr("HealthDesk cannot read its database safely."))
    message, details = error_parts(exc)
    info = (
        message
        + "\n\n"
        + tr(
            "The damaged file will be kept aside in the “damaged” folder (nothing is deleted), so it can still be "
            "examined or rescued later."
        )
    )
    if backup is not None:
        info += "\n\n" + tr("The newest good backup is from {when} ({reason}).").format(
            when=backup.taken_at.strftime("%Y-%m-%d %H:%M"), reason=reason_text(backup.reason)
        )
    box.setInformativeText(info)
    if details:
        box.setDetailedText(details)  # SQLite's English words, behind Qt's "Show Details…"
    restore = None
    if backup is not None:
        restore = box.addButton(tr("Restore the newest good backup"), QMessageBox.ButtonRole.AcceptRole)
    empty = box.addButton(tr("Start with an empty database"), QMessageBox.ButtonRole.DestructiveRole)
    quit_button = box.addButton(tr("Quit"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(restore or quit_button)
    box.setEscapeButton(quit_button)
    return box, restore, empty


def show_error(parent: QWidget | None, exc: HealthDeskError, title: str, extra: str = "") -> QMessageBox:
    """An error in the user's language; SQLite's or the system's English detail only behind "Show Details…"."""
    message, details = error_parts(exc)
    box = QMessageBox(QMessageBox.Icon.Warning, title, message + extra, QMessageBox.StandardButton.Ok, parent)
    box.setObjectName("safetyErrorBox")
    box.setTextFormat(Qt.TextFormat.PlainText)
    if details:
        box.setDetailedText(details)
    box.exec()
    return box


# -- running the file work on the background queue ----------------------------------------------------------


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


def _run_and_wait(job: Callable[[Any], Any], name: str) -> Any:
    """Run ``job`` on the background queue and return its result (or raise its error) once it ended, keeping
    the GUI's events flowing meanwhile (a local event loop): for steps whose caller needs the answer to go on
    (a restore, the recovery at start-up). Raises ``Cancelled`` when the queue was shut down first."""
    task = run_in_background(job, name)
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


# -- opening -----------------------------------------------------------------------------------------------


def open_database(data_dir: Path, parent: QWidget | None = None) -> Database | None:
    """Open the data folder for the app, asking the user what to do when it is held or damaged.

    Returns None when the user chose to quit (or nothing can be opened; the reason was shown)."""
    data_dir = Path(data_dir)
    try:
        return Database.open(data_dir)
    except LockedError as exc:
        if ask_locked(parent, exc) != "read_only":
            return None
        try:
            return Database.open(data_dir, read_only=True)
        except HealthDeskError as exc2:
            show_error(parent, exc2, tr("Cannot open the data folder"))
            return None
    except DamagedError as exc:
        if exc.code in LOST_CODES:
            return _recover_lost(data_dir, exc, parent)
        if exc.code == "newer_schema":
            widgets.show_error(
                parent,
                error_text(exc) + "\n\n" + tr("Please use the newer HealthDesk for this data folder."),
                tr("Made by a newer HealthDesk"),
            )
            return None
        return _recover_damaged(data_dir, exc, parent)
    except HealthDeskError as exc:
        show_error(parent, exc, tr("Cannot open the data folder"))
        return None


def _recover_damaged(data_dir: Path, exc: DamagedError, parent: QWidget | None) -> Database | None:
    from ...paths import DataPaths

    paths = DataPaths(data_dir)
    good = maintenance.newest_good_backup(data_dir)
    choice = ask_damaged(parent, exc, good)
    if choice == "quit":
        return None
    try:
        if choice == "restore" and good is not None:
            result = _recover_in_background(data_dir, good.path, parent)
            log.warning("damaged database moved to %s; restored %s", result.quarantined, result.restored_from)
        else:
            result = maintenance.set_aside_damaged(data_dir)
            log.warning("damaged database moved to %s", result.quarantined)
        # "empty" was the user's explicit choice: the backups stay, the damaged file is kept aside.
        db = Database.open(data_dir, start_empty=choice == "empty")
    except HealthDeskError as exc2:
        show_error(parent, exc2, tr("Cannot open the data folder"))
        return None
    if choice == "restore" and good is not None:
        widgets.show_info(
            parent,
            tr("The backup from {when} was restored. The damaged file was kept in {path}.").format(
                when=good.taken_at.strftime("%Y-%m-%d %H:%M"), path=str(paths.quarantine)
            ),
            tr("Backup restored"),
        )
    return db


def _recover_in_background(
    data_dir: Path, backup: Path, parent: QWidget | None
) -> maintenance.RecoveryResult:
    """``maintenance.recover_from_backup`` on the background queue behind a progress dialog; no database is open
    yet, and the caller opens it afterwards on the GUI thread."""
    dialog = _working(tr("Restoring the backup…"), parent, application_modal=True)
    try:
        return _run_and_wait(lambda _control: maintenance.recover_from_backup(data_dir, backup), "recover")
    finally:
        _end(dialog)


# -- a missing or empty database while backups hold data ---------------------------------------------------

LOST_CODES = ("database_missing", "database_empty")


def _count(n: int, one: str, many: str) -> str:
    return (one if n == 1 else many).format(n=n)


def contents_text(counts: dict[str, int] | None) -> str:
    """What a backup holds, e.g. "5 partnerships, 8 rounds, 240 answers"."""
    if counts is None:
        return tr("contents unknown")
    parts = [
        _count(counts.get("partnerships", 0), tr("1 partnership"), tr("{n} partnerships")),
        _count(counts.get("rounds", 0), tr("1 round"), tr("{n} rounds")),
        _count(counts.get("answers", 0), tr("1 answer"), tr("{n} answers")),
    ]
    return tr(", ").join(parts)


def ask_lost(parent: QWidget | None, exc: HealthDeskError, options: object) -> tuple[str, Path | None]:
    """('restore', backup path), ('empty', None) or ('quit', None). Tests replace this."""
    dialog = LostDatabaseDialog(exc, options, parent)
    dialog.exec()
    return dialog.choice, dialog.chosen_path


class LostDatabaseDialog(QDialog):
    """The damaged-database screen, adapted: the database is missing or empty while backups hold data.

    Offers the newest good backup (with its date and what it holds), lets the user pick another one, and starts
    empty only after a confirmation that names what will not come back. Nothing is created until then."""

    def __init__(self, exc: HealthDeskError, options: object, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("lostDatabaseDialog")
        self.exc = exc
        self.good = list(getattr(options, "good", None) or [options.newest_good])
        self.contents = {info.path: _contents_of(info.path) for info in self.good}
        self.choice = "quit"
        self.chosen_path: Path | None = None
        missing = exc.code == "database_missing"
        newest = self.good[0]
        when = newest.taken_at.strftime("%Y-%m-%d %H:%M")
        self.setWindowTitle(tr("The database is missing") if missing else tr("The database is empty"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(theme.MARGIN, theme.MARGIN, theme.MARGIN, theme.MARGIN)
        layout.setSpacing(theme.SPACING)
        folder = str(Path(exc.params.get("path", "")).parent)
        self.heading = QLabel(
            (
                tr("HealthDesk's database is missing from {folder}, but its backups hold your data.")
                if missing
                else tr("HealthDesk's database in {folder} is empty, but its backups hold your data.")
            ).format(folder=folder)
        )
        self.heading.setObjectName("lostHeading")
        self.heading.setWordWrap(True)
        layout.addWidget(self.heading)
        self.info = QLabel(
            tr(
                "Nothing has been created or changed yet. The newest good backup is from {when} and holds "
                "{contents}. Restore it to go on where you left off, or pick another backup below."
            ).format(when=when, contents=contents_text(self.contents[newest.path]))
        )
        self.info.setObjectName("lostInfo")
        self.info.setWordWrap(True)
        layout.addWidget(self.info)
        self.table = QTableWidget(len(self.good), 3)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setHorizontalHeaderLabels([tr("Taken"), tr("Holds"), tr("Reason")])
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        for row, info in enumerate(self.good):
            taken = QTableWidgetItem(info.taken_at.strftime("%Y-%m-%d %H:%M:%S"))
            holds = QTableWidgetItem(contents_text(self.contents[info.path]))
            reason = QTableWidgetItem(reason_text(info.reason))
            reason.setToolTip(info.path.name)
            for col, item in enumerate((taken, holds, reason)):
                self.table.setItem(row, col, item)
        self.table.selectRow(0)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.table.doubleClicked.connect(lambda _i: self.restore_selected())
        layout.addWidget(self.table, 1)
        self.buttons = QDialogButtonBox()
        self.restore_button = self.buttons.addButton(
            tr("Restore the selected backup"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.empty_button = self.buttons.addButton(
            tr("Start empty…"), QDialogButtonBox.ButtonRole.DestructiveRole
        )
        self.quit_button = self.buttons.addButton(tr("Quit"), QDialogButtonBox.ButtonRole.RejectRole)
        self.restore_button.setDefault(True)
        self.restore_button.clicked.connect(self.restore_selected)
        self.empty_button.clicked.connect(self.start_empty)
        self.quit_button.clicked.connect(self.reject)
        layout.addWidget(self.buttons)
        self.resize(640, 420)
        self._update_buttons()

    def selected(self):  # noqa: ANN201
        rows = self.table.selectionModel().selectedRows()
        return self.good[rows[0].row()] if rows else None

    def _update_buttons(self) -> None:
        self.restore_button.setEnabled(self.selected() is not None)

    def restore_selected(self) -> None:
        info = self.selected()
        if info is None:
            return
        self.choice, self.chosen_path = "restore", info.path
        self.accept()

    def confirm_text(self) -> str:
        newest = self.good[0]
        return tr(
            "Start with an empty database?\n\n"
            "The {contents} in the newest backup (from {when}) will not be in it. They come back only if you "
            "restore a backup later (File → Backups and restore…); that backup is kept until you delete it by hand."
        ).format(
            contents=contents_text(self.contents[newest.path]),
            when=newest.taken_at.strftime("%Y-%m-%d %H:%M"),
        )

    def start_empty(self) -> None:
        if not widgets.confirm(
            self, self.confirm_text(), tr("Start empty"), tr("Start with an empty database"), danger=True
        ):
            return
        self.choice, self.chosen_path = "empty", None
        self.accept()


def _contents_of(path: Path) -> dict[str, int] | None:
    return maintenance.backup_contents(path)


def _recover_lost(data_dir: Path, exc: DamagedError, parent: QWidget | None) -> Database | None:
    """The database is missing or empty while backups hold data: ask, and create nothing unless told to."""
    options = maintenance.recovery_options(data_dir, all_good=True)
    if not options.lost:  # changed under our feet (e.g. restored from the command line meanwhile)
        try:
            return Database.open(data_dir)
        except HealthDeskError as exc2:
            show_error(parent, exc2, tr("Cannot open the data folder"))
            return None
    choice, chosen = ask_lost(parent, exc, options)
    if choice == "quit":
        return None
    try:
        if choice == "restore" and chosen is not None:
            _recover_in_background(data_dir, chosen, parent)
            log.warning("the database was %s; restored %s", exc.code, chosen)
            db = Database.open(data_dir)
        else:
            log.warning("the database was %s; the user chose to start empty", exc.code)
            db = Database.open(data_dir, start_empty=True)
    except HealthDeskError as exc2:
        show_error(parent, exc2, tr("Cannot open the data folder"))
        return None
    if choice == "restore" and chosen is not None:
        info = next((b for b in options.good if b.path == chosen), None)
        when = info.taken_at.strftime("%Y-%m-%d %H:%M") if info is not None else chosen.name
        widgets.show_info(
            parent, tr("The backup from {when} was restored.").format(when=when), tr("Backup restored")
        )
    return db


# -- backups -----------------------------------------------------------------------------------------------


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
        return maintenance.backup_now(
            db, reason="manual", progress=lambda copied, total: control.report(copied // 1024, total // 1024)
        )

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


def reason_text(reason: str) -> str:
    table = {
        "manual": tr("made by hand"),
        "auto": tr("automatic"),
        "on-close": tr("on closing"),
        "before-import": tr("before an import"),
        "before-restore": tr("before a restore"),
        "before-demo": tr("before demo data"),
    }
    if reason in table:
        return table[reason]
    if reason.startswith("before-upgrade"):
        return tr("before an upgrade")
    return reason


def size_text(size: int) -> str:
    if size >= 1024 * 1024:
        return tr("{n} MB").format(n=f"{size / 1024 / 1024:.1f}")
    return tr("{n} KB").format(n=max(1, round(size / 1024)))


class BackupsDialog(QDialog):
    """The backups in the data folder (newest first) with restore, after a confirmation."""

    COLUMNS = 3

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("backupsDialog")
        self.backups: list = []
        self.task: Task | None = None  # the backup running now
        self.working_dialog: WorkingDialog | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(theme.MARGIN, theme.MARGIN, theme.MARGIN, theme.MARGIN)
        layout.setSpacing(theme.SPACING)
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        layout.addWidget(self.intro)
        self.table = QTableWidget(0, self.COLUMNS)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.table.doubleClicked.connect(lambda _i: self.restore_selected())
        layout.addWidget(self.table, 1)
        row = QHBoxLayout()
        self.backup_button = widgets.button("backup")
        self.backup_button.clicked.connect(self._backup_now)
        self.restore_button = widgets.button("undo")
        self.restore_button.clicked.connect(self.restore_selected)
        self.folder_button = widgets.button("open")
        self.folder_button.clicked.connect(self._open_folder)
        row.addWidget(self.backup_button)
        row.addWidget(self.restore_button)
        row.addWidget(self.folder_button)
        row.addStretch(1)
        layout.addLayout(row)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.resize(640, 440)
        self.retranslate_ui()
        self.reload()
        ctx.language_changed.connect(self.retranslate_ui)

    def retranslate_ui(self, _lang: str | None = None) -> None:
        self.setWindowTitle(tr("Backups"))
        self.intro.setText(
            tr(
                "HealthDesk backs up your data when something changed, before upgrades and imports, and when it "
                "closes. Restoring replaces the current data with the chosen backup; the current data is kept "
                "aside in the backups folder first."
            )
        )
        self.table.setHorizontalHeaderLabels([tr("Taken"), tr("Size"), tr("Reason")])
        self.backup_button.setText(tr("Back up now"))
        self.restore_button.setText(tr("Restore…"))
        self.folder_button.setText(tr("Open backups folder"))
        self.reload()

    def reload(self) -> None:
        self.backups = maintenance.list_backups(self.ctx.data_dir)
        richer = _backup_holding_more(self.ctx.data_dir) if self.backups else None
        self.holding_more = richer.path if richer is not None else None
        self.table.setRowCount(len(self.backups))
        for row, info in enumerate(self.backups):
            taken = QTableWidgetItem(info.taken_at.strftime("%Y-%m-%d %H:%M:%S"))
            size = QTableWidgetItem(size_text(info.size))
            size.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            reason = QTableWidgetItem(reason_text(info.reason))
            reason.setToolTip(info.path.name)
            if info.path == self.holding_more:
                reason.setText(
                    tr("{reason} — holds data the current database does not").format(
                        reason=reason_text(info.reason)
                    )
                )
                reason.setToolTip(tr("{name}: kept until you delete it by hand.").format(name=info.path.name))
                font = reason.font()
                font.setBold(True)
                reason.setFont(font)
            for col, item in enumerate((taken, size, reason)):
                self.table.setItem(row, col, item)
        if self.backups:
            self.table.selectRow(0)
        self._update_buttons()

    @property
    def running(self) -> bool:
        return self.task is not None

    def _update_buttons(self) -> None:
        writable = not self.ctx.read_only and not self.running
        self.backup_button.setEnabled(writable)
        self.restore_button.setEnabled(writable and self.selected() is not None)
        self.folder_button.setEnabled(not self.running)
        self.buttons.setEnabled(not self.running)

    def reject(self) -> None:
        if not self.running:  # Escape waits for the backup: its result shows in this list
            super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt API
        if self.running:
            event.ignore()
        else:
            super().closeEvent(event)

    def selected(self):  # noqa: ANN201
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        return self.backups[rows[0].row()]

    def _backup_now(self) -> None:
        if self.running:
            return
        self.task = backup_now(self.ctx, self, done=self._backup_ended)
        self._update_buttons()

    def _backup_ended(self, _path: Path | None) -> None:
        self.task = None
        if isValid(self):
            self.reload()

    def _open_folder(self) -> None:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.ctx.paths.backups)))

    def restore_selected(self) -> bool:
        info = self.selected()
        if info is None or self.ctx.read_only:
            return False
        text = tr(
            "Replace the current data with the backup from {when}?\n\n"
            "Everything changed since then will no longer show. The current data is kept aside in the "
            "backups folder, so this can be undone by hand."
        ).format(when=info.taken_at.strftime("%Y-%m-%d %H:%M:%S"))
        if not widgets.confirm(self, text, tr("Restore"), tr("Restore backup"), danger=True):
            return False
        self.restore_button.setEnabled(False)
        self.backup_button.setEnabled(False)
        self.buttons.setEnabled(False)
        try:
            ok = restore(self.ctx, info.path, self)
        finally:
            self.buttons.setEnabled(True)
        self.reload()
        return ok


def _backup_holding_more(data_dir: Path):  # noqa: ANN202
    try:
        return maintenance.backup_holding_more(data_dir)
    except Exception:  # noqa: BLE001 - a mark in a list must never keep the list from showing
        log.exception("could not compare the backups with the current database")
        return None


def restore(ctx: AppContext, backup_path: Path, parent: QWidget | None = None) -> bool:
    """Close the database, put the backup in its place (keeping the current file aside), open it again.

    The backup's checks and the file work run on the background queue behind an application-modal progress
    dialog (no Cancel: the replacement is atomic); closing the database the pages use and opening it again stay
    here, on the GUI thread. Returns once it is done (the GUI keeps painting meanwhile)."""
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
        _run_and_wait(lambda _control: maintenance.replace_database(data_dir, source, lock), "restore")
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


# -- data folders where SQLite is not safe ------------------------------------------------------------------------


def folder_warning_texts(data_dir: Path) -> list[str]:
    """The warnings for a data folder inside a cloud-synced folder or on a network drive, in the UI language."""
    try:
        codes = maintenance.folder_warnings(data_dir)
    except Exception:  # a warning must never keep the app from starting
        log.exception("could not check the data folder's location")
        return []
    texts = {
        "cloud_sync": tr(
            "The data folder {path} is inside a cloud-synced folder. A sync client can copy the database "
            "half-written or make conflicting copies. Keep the data folder outside it and rely on HealthDesk's "
            "backups instead."
        ),
        "network_fs": tr(
            "The data folder {path} is on a network drive. SQLite's locking is unreliable there and the database "
            "can be damaged. Keep the data folder on a local disk."
        ),
    }
    return [texts[code].format(path=data_dir) for code in codes if code in texts]


def warn_about_folder(data_dir: Path, parent: QWidget | None) -> QMessageBox | None:
    """Show the folder warnings without blocking start-up; returns the message box shown, if any."""
    texts = folder_warning_texts(data_dir)
    if not texts:
        return None
    box = QMessageBox(
        QMessageBox.Icon.Warning,
        tr("Data folder at risk"),
        "\n\n".join(texts),
        QMessageBox.StandardButton.Ok,
        parent,
    )
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.open()
    return box
