"""Data-safety screens at start-up: another HealthDesk holds the folder, a damaged database, a missing or empty
one while backups hold data, a data folder where SQLite is not safe.

The engine lives in ``healthdesk.maintenance`` (over ``healthdesk.models``, which screens never import); this
module only asks the user and calls it. ``ask_locked``, ``ask_damaged`` and ``ask_lost`` are module functions so
tests can answer for the user.

The other backups screens live beside it, each in its module, and are re-exported here (``safety.X`` is what the
shell and the tests use): ``dialog.py`` (the backups list), ``lost.py`` (the missing-database screen), ``jobs.py``
(backups, restores and the backup timer on the background queue), ``shared.py`` (words and the error box),
``model.py`` (what the lists show, without Qt).
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QPushButton, QWidget

from ... import maintenance
from ...errors import DamagedError, HealthDeskError, LockedError
from ...maintenance import Database
from ..common import widgets
from ..common.messages import error_parts, error_text
from .dialog import BackupsDialog
from .jobs import (
    BackupTimer,
    _end,
    _run_and_wait,
    _working,
    backup_if_due,
    backup_now,
    backup_on_close,
    close_database,
    kb_progress,
    restore,
    restore_progress,
)
from .lost import LostDatabaseDialog
from .model import LOST_CODES
from .shared import contents_text, reason_text, show_error, size_text, tr

__all__ = [
    "LOST_CODES",
    "TR_CONTEXT",
    "BackupTimer",
    "BackupsDialog",
    "LostDatabaseDialog",
    "QMessageBox",
    "ask_damaged",
    "ask_locked",
    "ask_lost",
    "backup_if_due",
    "backup_now",
    "backup_on_close",
    "close_database",
    "contents_text",
    "damaged_box",
    "folder_warning_texts",
    "locked_box",
    "open_database",
    "reason_text",
    "restore",
    "show_error",
    "size_text",
    "tr",
    "warn_about_folder",
]

log = logging.getLogger(__name__)

TR_CONTEXT = "Safety"

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
        return _run_and_wait(
            lambda control: maintenance.recover_from_backup(data_dir, backup, progress=kb_progress(control)),
            "recover",
            restore_progress(dialog),
        )
    finally:
        _end(dialog)


# -- a missing or empty database while backups hold data ---------------------------------------------------


def ask_lost(parent: QWidget | None, exc: HealthDeskError, options: object) -> tuple[str, Path | None]:
    """('restore', backup path), ('empty', None) or ('quit', None). Tests replace this."""
    dialog = LostDatabaseDialog(exc, options, parent)
    dialog.exec()
    return dialog.choice, dialog.chosen_path


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
