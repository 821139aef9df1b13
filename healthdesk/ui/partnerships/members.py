"""The record's governance members (``MembersSection``): a heading, a hint, the table of members (a name, a side
and a role per row; the sides named by the partners' short labels as typed) and the buttons that add and remove
a row. The record form (``page.PartnershipFormPage``) holds it and reads ``member_rows()`` when it saves."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...services.dto import Member
from ...services.partnerships import MEMBER_ROLES
from ..common import labels, theme, widgets

TR_CONTEXT = "Partnerships"  # the page's context: these words moved here from it


def tr(text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """Translate under this module's own context (scripts/translations.py files lupdate's "" here)."""
    return QCoreApplication.translate(TR_CONTEXT, text, disambiguation, n)


def _select(combo: QComboBox, key: str) -> None:
    index = combo.findData(key)
    combo.setCurrentIndex(max(0, index))


class MembersSection(QWidget):
    """The governance members of both sides; ``changed`` when the user edits, adds or removes one."""

    changed = Signal()

    COLUMNS = 3

    def __init__(self, side_names: Callable[[], dict[str, str]], parent: QWidget | None = None):
        super().__init__(parent)
        self.side_names = side_names
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(theme.SPACING)
        self.title = widgets.section_label()
        layout.addWidget(self.title)
        self.hint = widgets.subtitle_label()
        layout.addWidget(self.hint)
        self.table = QTableWidget(0, self.COLUMNS)
        self.table.setObjectName("membersTable")
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setMinimumHeight(150)
        self.table.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.table.itemChanged.connect(lambda *_: self.changed.emit())
        # The page scrolls, not the table: it is as tall as its rows (no second scroll bar showing two of them).
        self.table.model().rowsInserted.connect(lambda *_: self._fit())
        self.table.model().rowsRemoved.connect(lambda *_: self._fit())
        layout.addWidget(self.table)
        buttons = QHBoxLayout()
        self.add_button = widgets.button("add")
        self.add_button.clicked.connect(lambda: self.add_row())
        self.remove_button = widgets.button("remove")
        self.remove_button.clicked.connect(self.remove_row)
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)

    def retranslate_ui(self) -> None:
        self.title.setText(tr("Governance members"))
        self.hint.setText(
            tr("The joint management committee (JMC) and joint project team (JPT) members of both sides.")
        )
        self.table.setHorizontalHeaderLabels([tr("Name"), tr("Side"), tr("Role")])
        self.refresh_combos()
        self.add_button.setText(tr("Add member"))
        self.remove_button.setText(tr("Remove member"))

    def _fit(self) -> None:
        table = self.table
        rows = sum(table.rowHeight(r) for r in range(table.rowCount()))
        spare = table.verticalHeader().defaultSectionSize()  # room to see where the next row goes
        frame = 2 * table.frameWidth()
        table.setFixedHeight(max(150, table.horizontalHeader().sizeHint().height() + rows + spare + frame))

    def set_members(self, members: list[Member] | tuple[Member, ...]) -> None:
        self.table.setRowCount(0)
        for member in members:
            self.add_row(member)
        self.table.resizeColumnToContents(1)
        self.table.resizeColumnToContents(2)

    def add_row(self, member: Member | None = None) -> int:
        row = self.table.rowCount()
        self.table.blockSignals(True)
        self.table.insertRow(row)
        self.table.setItem(row, 0, QTableWidgetItem(member.name if member else ""))
        side = QComboBox()
        role = QComboBox()
        self.table.setCellWidget(row, 1, side)
        self.table.setCellWidget(row, 2, role)
        self._fill_combos(side, role, member.side if member else "A", member.role if member else "jmc_member")
        side.currentIndexChanged.connect(lambda *_: self.changed.emit())
        role.currentIndexChanged.connect(lambda *_: self.changed.emit())
        self.table.blockSignals(False)
        if member is None:
            self.table.setCurrentCell(row, 0)
            self.table.editItem(self.table.item(row, 0))
            self.changed.emit()
        return row

    def _fill_combos(self, side: QComboBox, role: QComboBox, side_key: str, role_key: str) -> None:
        names = self.side_names()
        side.blockSignals(True)
        side.clear()
        for key in ("A", "B"):
            side.addItem(names[key], key)
        _select(side, side_key)
        side.blockSignals(False)
        role.blockSignals(True)
        role.clear()
        roles = labels.member_roles()
        for key in MEMBER_ROLES:
            role.addItem(roles[key], key)
        _select(role, role_key)
        role.blockSignals(False)

    def refresh_combos(self) -> None:
        """The sides and roles in the current words (after the partners' short labels or the language change)."""
        for row in range(self.table.rowCount()):
            side, role = self.table.cellWidget(row, 1), self.table.cellWidget(row, 2)
            if side is not None and role is not None:
                self._fill_combos(side, role, side.currentData() or "A", role.currentData() or "jmc_member")

    def remove_row(self) -> None:
        row = self.table.currentRow()
        if row < 0:
            return
        self.table.removeRow(row)
        self.changed.emit()

    def member_rows(self) -> list[Member]:
        out = []
        for row in range(self.table.rowCount()):
            item = self.table.item(row, 0)
            name = item.text().strip() if item else ""
            side = self.table.cellWidget(row, 1).currentData()
            role = self.table.cellWidget(row, 2).currentData()
            if name:
                out.append(Member(name=name, side=side, role=role))
        return out

    def set_read_only(self, ro: bool) -> None:
        for w in (self.add_button, self.remove_button):
            w.setEnabled(not ro)
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.NoEditTriggers
            if ro
            else QAbstractItemView.EditTrigger.AllEditTriggers
        )
        for row in range(self.table.rowCount()):
            for col in (1, 2):
                w = self.table.cellWidget(row, col)
                if w is not None:
                    w.setEnabled(not ro)
