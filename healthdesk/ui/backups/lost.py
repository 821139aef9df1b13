"""The missing-database screen: the database is missing or empty while backups hold data (``LostDatabaseDialog``).

Its rows come from the view-model (``model.lost_choices``): the good backups, newest first, with what each holds."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ... import maintenance
from ...errors import HealthDeskError
from ..common import theme, widgets
from .model import lost_choices
from .shared import contents_text, reason_text, tr

TR_CONTEXT = "Safety"


class LostDatabaseDialog(QDialog):
    """The damaged-database screen, adapted: the database is missing or empty while backups hold data.

    Offers the newest good backup (with its date and what it holds), lets the user pick another one, and starts
    empty only after a confirmation that names what will not come back. Nothing is created until then."""

    def __init__(self, exc: HealthDeskError, options: object, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("lostDatabaseDialog")
        self.exc = exc
        good = list(getattr(options, "good", None) or [options.newest_good])
        self.model = lost_choices(good, _contents_of)
        self.good = self.model.rows  # newest first: the first is the newest good backup
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
            ).format(when=when, contents=contents_text(newest.contents))
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
            holds = QTableWidgetItem(contents_text(info.contents))
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
            contents=contents_text(newest.contents),
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
