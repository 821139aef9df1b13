"""The backups screen (``BackupsDialog``): the backups in the data folder, newest first, with "Back up now",
"Restore…" and the backups folder. The list fills itself on the background queue (``ctx.fetch`` of
``model.load_backups``), and keeps what it showed until the new list arrives.

Before the first list arrives the table says "Reading the backups folder…": at once when the queue is busy with
another job (an import, a review export: the read waits for it, which can take a while), else only when the read
itself takes longer than ``LOADING_AFTER_MS`` (no flash on a fast machine). ``load_backups`` needs no database
connection (it reads the backups folder, and the live database file through its own read-only connection for
the "holds more" mark), but it stays on the queue: that mark opens the database file the queue's jobs write to
and a restore replaces, and the queue is what keeps those apart."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, QUrl
from PySide6.QtGui import QCloseEvent, QDesktopServices
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from ..common import tasks, theme, widgets
from ..common.task_strip import WorkingDialog
from ..common.tasks import Task
from .jobs import backup_now, restore
from .model import BackupList, BackupRow, load_backups
from .shared import reason_text, size_text, tr

if TYPE_CHECKING:
    from ..common.context import AppContext

TR_CONTEXT = "Safety"

# A first read that takes longer than this says so (when the queue was idle; a busy queue says so at once).
LOADING_AFTER_MS = 400


class BackupsDialog(QDialog):
    """The backups in the data folder (newest first) with restore, after a confirmation."""

    COLUMNS = 3

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("backupsDialog")
        self.model = BackupList(read_only=ctx.read_only)  # what the list shows: filled by reload()
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
        # "Reading the backups folder…" over the empty table until the first list arrives
        self.loading_label = QLabel(self.table.viewport())
        self.loading_label.setObjectName("backupsLoading")
        self.loading_label.setProperty("role", "subtitle")
        self.loading_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.loading_label.setWordWrap(True)
        self.loading_label.hide()
        self.loading = False  # a read of the list is under way
        self._loading_timer = QTimer(self)
        self._loading_timer.setSingleShot(True)
        self._loading_timer.setInterval(LOADING_AFTER_MS)
        self._loading_timer.timeout.connect(self._show_loading)
        self.table.viewport().installEventFilter(self)
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

    @property
    def backups(self) -> list[BackupRow]:
        return self.model.rows

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
        self.loading_label.setText(tr("Reading the backups folder…"))
        self._show()

    def reload(self) -> Task:
        """Read the backups folder again on the background queue; the list keeps what it shows until then (an
        empty list says it is being read: at once behind another job, else once the read takes a while)."""
        waits = tasks.busy()  # another job runs first: the list may take as long as it does
        self.loading = True
        task = self.ctx.fetch(
            self, load_backups, self.ctx.data_dir, read_only=self.ctx.read_only, done=self._loaded
        )
        if waits:
            self._show_loading()
        else:
            self._loading_timer.start()
        return task

    def _loaded(self, model: BackupList | None, _error: object) -> None:
        self.loading = False
        self._loading_timer.stop()
        if model is not None:
            self.model = model
        self._show()

    def _show_loading(self) -> None:
        self._place_loading()
        self._update_buttons()

    def _place_loading(self) -> None:
        """The loading words over the table while a read runs and nothing is listed yet."""
        shown = self.loading and not self.backups and not self._loading_timer.isActive()
        if shown:
            self.loading_label.setGeometry(self.table.viewport().rect().adjusted(8, 8, -8, -8))
        self.loading_label.setVisible(shown)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if watched is self.table.viewport() and event.type() == QEvent.Type.Resize:
            self._place_loading()
        return super().eventFilter(watched, event)

    @property
    def holding_more(self) -> Path | None:
        return self.model.holding_more

    def _show(self) -> None:
        self.table.setRowCount(len(self.backups))
        for row, info in enumerate(self.backups):
            taken = QTableWidgetItem(info.taken_at.strftime("%Y-%m-%d %H:%M:%S"))
            size = QTableWidgetItem(size_text(info.size))
            size.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            reason = QTableWidgetItem(reason_text(info.reason))
            reason.setToolTip(info.path.name)
            if info.holds_more:
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
        self._place_loading()
        self._update_buttons()

    @property
    def running(self) -> bool:
        return self.task is not None

    def _update_buttons(self) -> None:
        idle = not self.running
        chosen = self.selected()
        self.backup_button.setEnabled(idle and self.model.can_back_up and not self.ctx.read_only)
        self.restore_button.setEnabled(
            idle and chosen is not None and chosen.can_restore and not self.ctx.read_only
        )  # nothing is chosen while the list is read for the first time
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

    def selected(self) -> BackupRow | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows or rows[0].row() >= len(self.backups):
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
            self._update_buttons()
            self.reload()

    def _open_folder(self) -> None:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.ctx.paths.backups)))

    def restore_selected(self) -> bool:
        info = self.selected()
        if info is None or not info.can_restore or self.ctx.read_only:
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
        self._update_buttons()
        self.reload()
        return ok
