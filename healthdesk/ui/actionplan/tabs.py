"""The action plan's three tabs, each a widget of its own: the goals and actions (a tree), the joint KPIs (with
the chosen KPI's values) and the JMC decisions. A tab lays out its list, its empty state and its buttons, fills
itself from the page's ``model.PlanView`` and tells what is chosen; the buttons call the page (``host``), which
keeps the one partnership, as-of date, reload and undo stack the three tabs share."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QBrush, QColor, QResizeEvent, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QSplitter,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...services import followup as svc
from ...services.dto import PartnershipInfo
from ..common import theme, widgets
from ..common.wrapping import WrappedCells, follow_column_widths
from . import model as vm
from .forms import decision_status_names, status_names
from .words import kpi_rule_text, number, side_text

TR_CONTEXT = "FollowUp"  # the page's context (words.py shares it)


def tr(text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """Translate under this module's own context (scripts/translations.py files lupdate's "" here)."""
    return QCoreApplication.translate(TR_CONTEXT, text, disambiguation, n)


if TYPE_CHECKING:
    from .page import FollowUpPage

ID_ROLE = Qt.ItemDataRole.UserRole + 1
KIND_ROLE = Qt.ItemDataRole.UserRole + 2
OVERDUE_BG = QColor("#FDECEA")
BREACH_BG = QColor("#FDECEA")
DONE_FG = QColor(theme.TEXT_MUTED)
STATUS_SYMBOLS = {"planned": "○", "in_progress": "◐", "done": "✓", "dropped": "✕"}


class _RowFitTable(QTableWidget):
    """A table whose wrapped rows are sized for the width it has on screen: rows filled while the tab was hidden
    (and narrow) would otherwise keep the height of many wrapped lines."""

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt's name)
        super().resizeEvent(event)
        self.resizeRowsToContents()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt's name)
        super().showEvent(event)
        self.resizeRowsToContents()


def _stack(content: QWidget, empty: widgets.EmptyState) -> QStackedWidget:
    """The list, or in its place what to do while it is empty."""
    stack = QStackedWidget()
    stack.addWidget(content)
    stack.addWidget(empty)
    return stack


def _table(name: str, columns: int) -> QTableWidget:
    table = _RowFitTable(0, columns)
    table.setObjectName(name)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.verticalHeader().hide()
    table.setWordWrap(True)
    table.setAlternatingRowColors(True)
    header = table.horizontalHeader()
    for col in range(columns):
        header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
    header.sectionResized.connect(lambda *_: table.resizeRowsToContents())
    return table


def _show_buttons(buttons: tuple[QWidget, ...], empty: bool) -> None:
    """While a list is empty its own buttons would all be greyed out: the empty state's button stands in."""
    for b in buttons:
        b.setVisible(not empty)


# -- goals and actions ----------------------------------------------------------------------------------------


class PlanTab(QWidget):
    """The plan's tree (goals, their sub-goals and actions, the actions without a goal) and its buttons."""

    def __init__(self, host: FollowUpPage):
        super().__init__()
        self.host = host
        v = QVBoxLayout(self)
        self.tree = QTreeWidget()
        self.tree.setObjectName("planTree")
        self.tree.setColumnCount(6)
        self.tree.setAlternatingRowColors(True)
        self.tree.setUniformRowHeights(False)
        self.tree.setWordWrap(True)
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)  # the titles get the room
        for col in (1, 2, 3, 4):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(5, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(5, 240)
        # Whole goal titles, targets and notes at 1280×720: the rows that need it wrap, and their heights follow
        # the columns' widths (a tree view keeps the heights it measured, so it measures again once the columns
        # have settled); the tooltips hold them too.
        wrapped = WrappedCells(self.tree, margin=12)
        self.tree.setItemDelegateForColumn(0, wrapped)
        self.tree.setItemDelegateForColumn(5, wrapped)
        self._relayout = follow_column_widths(self.tree)
        self.tree.itemDoubleClicked.connect(lambda _item, _col: host.edit_selected())
        self.tree.currentItemChanged.connect(lambda *_: host._update_buttons())
        self.empty = widgets.EmptyState("planEmpty")
        self.stack = _stack(self.tree, self.empty)
        v.addWidget(self.stack, 1)
        self.new_goal_button = widgets.button("add")
        self.new_goal_button.clicked.connect(lambda: host.new_goal())
        self.new_subgoal_button = widgets.button("add")
        self.new_subgoal_button.clicked.connect(host.new_subgoal)
        self.new_action_button = widgets.button("add")
        self.new_action_button.clicked.connect(lambda: host.new_action())
        self.edit_button = widgets.button("edit")
        self.edit_button.clicked.connect(host.edit_selected)
        self.done_button = widgets.button("ok")
        self.done_button.clicked.connect(host.mark_done)
        self.delete_button = widgets.button("delete")
        self.delete_button.clicked.connect(host.delete_selected)
        self.buttons = (
            self.new_goal_button,
            self.new_subgoal_button,
            self.new_action_button,
            self.edit_button,
            self.done_button,
            self.delete_button,
        )
        v.addLayout(widgets.button_row(*self.buttons))

    def retranslate_ui(self) -> None:
        self.tree.setHeaderLabels(
            [tr("Goal / action"), tr("Owners"), tr("Due"), tr("Status"), tr("Aimed at"), tr("Target / notes")]
        )
        self.new_goal_button.setText(tr("New goal…"))
        self.new_subgoal_button.setText(tr("New sub-goal…"))
        self.new_action_button.setText(tr("New action…"))
        self.edit_button.setText(tr("Edit…"))
        self.done_button.setText(tr("Mark done"))
        self.delete_button.setText(tr("Delete…"))

    def fill_empty_state(self, view: vm.PlanView) -> None:
        self.empty.show_state(
            tr("No action plan yet"),
            tr(
                "After the review, agree goals with both partners and the actions that reach them: who does what, "
                "by when. The workshop can draft them with the JMC."
            ),
            (tr("Add the first goal…"), lambda: self.host.new_goal()),
            (tr("Start the workshop…"), self.host.start_workshop) if view.offers_workshop else None,
            icon_name="add",
        )
        self.empty.set_enabled_actions(view.writable)
        self.stack.setCurrentWidget(self.empty if view.no_plan else self.tree)
        _show_buttons(self.buttons, view.no_plan)

    # -- the tree -------------------------------------------------------------------------------------------
    def _item(
        self, values: list[str], kind: str, item_id: int | None, overdue: bool, closed: bool
    ) -> QTreeWidgetItem:
        item = QTreeWidgetItem(values)
        item.setData(0, ID_ROLE, item_id)
        item.setData(0, KIND_ROLE, kind)
        for col, text in enumerate(values):
            item.setToolTip(col, text)
        if overdue:
            for col in range(len(values)):
                item.setBackground(col, QBrush(OVERDUE_BG))
            item.setForeground(3, QBrush(QColor(theme.ERROR)))
        elif closed:
            for col in range(len(values)):
                item.setForeground(col, QBrush(DONE_FG))
        return item

    @staticmethod
    def _status_text(status: str, overdue: bool, days: int = 0) -> str:
        text = f"{STATUS_SYMBOLS.get(status, '')} {status_names().get(status, status)}"
        if overdue:
            text += " · " + (tr("overdue {n} d").format(n=days) if days else tr("overdue"))
        return text

    def fill(
        self,
        view: vm.PlanView,
        partnership: PartnershipInfo | None,
        dim_name: Callable[[str], str],
    ) -> None:
        expanded_before = self.selected()
        self.tree.clear()
        if view.info is None:
            return
        p = partnership
        levels = {"top": tr("Top-level"), "mid": tr("Mid-term"), "short": tr("Short-term")}
        nodes: dict[tuple[str, int | None], QTreeWidgetItem] = {}
        for row in view.rows:
            if row.kind == vm.Kind.GROUP:
                item = QTreeWidgetItem([tr("Actions without a goal"), "", "", "", "", ""])
                item.setData(0, KIND_ROLE, "group")
                font = item.font(0)
                font.setItalic(True)
                item.setFont(0, font)
            elif row.kind == vm.Kind.GOAL:
                owners = " / ".join(
                    tr("{side}: {name}").format(side=label, name=name) for label, name in row.owners
                )
                item = self._item(
                    [
                        "◆ " + tr("{level}: {title}").format(level=levels[row.level], title=row.title),
                        owners,
                        row.due.isoformat() if row.due else "",
                        self._status_text(row.status, row.overdue, row.days_overdue),
                        tr(", ").join(dim_name(d) for d in row.dimensions),
                        row.notes,
                    ],
                    "goal",
                    row.id,
                    row.overdue,
                    row.closed,
                )
            else:
                owner = row.owner + (
                    tr(" ({side})").format(side=side_text(p, row.owner_side)) if row.owner_side else ""
                )
                item = self._item(
                    [
                        f"▸ {row.title}",
                        owner.strip(),
                        row.due.isoformat() if row.due else "",
                        self._status_text(row.status, row.overdue, row.days_overdue),
                        ", ".join(dim_name(d) for d in row.dimensions),
                        row.notes,
                    ],
                    "action",
                    row.id,
                    row.overdue,
                    row.closed,
                )
            parent = nodes.get(row.parent) if row.parent is not None else None
            (parent.addChild(item) if parent is not None else self.tree.addTopLevelItem(item))
            nodes[row.key] = item
        self.tree.expandAll()
        if expanded_before is not None:
            self.select(*expanded_before)

    def selected(self) -> tuple[str, int] | None:
        item = self.tree.currentItem()
        if item is None or item.data(0, KIND_ROLE) not in ("goal", "action"):
            return None
        return item.data(0, KIND_ROLE), item.data(0, ID_ROLE)

    def select(self, kind: str, item_id: int) -> bool:
        found = self.tree.findItems("*", Qt.MatchFlag.MatchWildcard | Qt.MatchFlag.MatchRecursive)
        for item in found:
            if item.data(0, KIND_ROLE) == kind and item.data(0, ID_ROLE) == item_id:
                self.tree.setCurrentItem(item)
                return True
        return False

    def update_buttons(self, actions: vm.PlanActions) -> None:
        self.new_goal_button.setEnabled(actions.new.enabled)
        self.new_action_button.setEnabled(actions.new.enabled)
        self.new_subgoal_button.setEnabled(actions.new_subgoal.enabled)
        self.edit_button.setEnabled(actions.edit.enabled)
        self.done_button.setEnabled(actions.edit.enabled)
        self.delete_button.setEnabled(actions.edit.enabled)


# -- joint KPIs -----------------------------------------------------------------------------------------------


class KpiTab(QWidget):
    """The joint KPIs above, the chosen KPI's values below, and their buttons."""

    def __init__(self, host: FollowUpPage):
        super().__init__()
        self.host = host
        v = QVBoxLayout(self)
        split = QSplitter(Qt.Orientation.Vertical)
        self.kpi_table = _table("kpiTable", 5)
        self.kpi_table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.kpi_table.itemSelectionChanged.connect(self._kpi_selected)
        self.kpi_table.itemDoubleClicked.connect(lambda _i: host.edit_kpi())
        self.value_table = _table("kpiValueTable", 4)
        self.value_table.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        split.addWidget(self.kpi_table)
        box = QWidget()
        bv = QVBoxLayout(box)
        bv.setContentsMargins(0, 0, 0, 0)
        self.values_title = widgets.section_label()
        bv.addWidget(self.values_title)
        bv.addWidget(self.value_table)
        split.addWidget(box)
        self.empty = widgets.EmptyState("kpiEmpty")
        self.stack = _stack(split, self.empty)
        v.addWidget(self.stack, 1)
        self.new_kpi_button = widgets.button("add")
        self.new_kpi_button.clicked.connect(host.new_kpi)
        self.record_button = widgets.button("add")
        self.record_button.clicked.connect(host.record_value)
        self.edit_kpi_button = widgets.button("edit")
        self.edit_kpi_button.clicked.connect(host.edit_kpi)
        self.delete_kpi_button = widgets.button("delete")
        self.delete_kpi_button.clicked.connect(host.delete_kpi)
        self.delete_value_button = widgets.button("remove")
        self.delete_value_button.clicked.connect(host.delete_value)
        self.buttons = (
            self.new_kpi_button,
            self.record_button,
            self.edit_kpi_button,
            self.delete_kpi_button,
            self.delete_value_button,
        )
        v.addLayout(widgets.button_row(*self.buttons))

    def retranslate_ui(self) -> None:
        self.kpi_table.setHorizontalHeaderLabels(
            [tr("KPI"), tr("Latest value"), tr("Alert"), tr("Target"), tr("State")]
        )
        self.value_table.setHorizontalHeaderLabels([tr("Period"), tr("Period ends"), tr("Value"), tr("Note")])
        self.new_kpi_button.setText(tr("New KPI…"))
        self.record_button.setText(tr("Record a value…"))
        self.edit_kpi_button.setText(tr("Edit…"))
        self.delete_kpi_button.setText(tr("Delete KPI…"))
        self.delete_value_button.setText(tr("Delete value…"))

    def fill_empty_state(self, view: vm.PlanView) -> None:
        self.empty.show_state(
            tr("No joint KPIs yet"),
            tr(
                "Joint KPIs are the few numbers both partners watch together, with an alert threshold: the "
                "review shows every breach."
            ),
            (tr("Add the first KPI…"), self.host.new_kpi),
            icon_name="add",
        )
        self.empty.set_enabled_actions(view.writable)
        self.stack.setCurrentIndex(1 if view.no_kpis else 0)
        _show_buttons(self.buttons, view.no_kpis)

    def fill(self, view: vm.PlanView) -> None:
        selected = self.selected_kpi()
        self.kpi_table.setRowCount(0)
        if view.info is None:
            self._kpi_selected()
            return
        for row, line in enumerate(view.kpis):
            k = line.kpi
            self.kpi_table.insertRow(row)
            unit = f" {k.unit}" if k.unit else ""
            latest = (
                tr("{value} ({period})").format(
                    value=f"{number(k.latest.value)}{unit}", period=k.latest.period
                )
                if k.latest
                else tr("no value yet")
            )
            if line.state == vm.KpiState.BREACH:
                state = "✕ " + tr("Breach: discuss")
            elif line.state == vm.KpiState.NO_VALUE:
                state = ""
            elif line.state == vm.KpiState.ON_TARGET:
                state = "✓ " + tr("On target")
            else:
                state = "● " + tr("Within the alert threshold")
            values = [
                k.name,
                latest,
                tr("when {rule}").format(rule=kpi_rule_text(k)),
                f"{number(k.target)}{unit}" if k.target is not None else "—",
                state,
            ]
            for col, text in enumerate(values):
                cell = QTableWidgetItem(text)
                cell.setData(ID_ROLE, k.id)
                cell.setToolTip(text)
                if k.breached:
                    cell.setBackground(QBrush(BREACH_BG))
                    if col == 4:
                        cell.setForeground(QBrush(QColor(theme.ERROR)))
                self.kpi_table.setItem(row, col, cell)
        self.kpi_table.resizeRowsToContents()
        if selected is not None:
            self.select_kpi(selected.id)
        elif view.info.kpis:
            self.kpi_table.selectRow(0)
        self._kpi_selected()

    def _kpi_selected(self) -> None:
        kpi = self.selected_kpi()
        self.value_table.setRowCount(0)
        self.values_title.setText(
            tr("Values of “{name}”").format(name=kpi.name) if kpi is not None else tr("Values")
        )
        if kpi is not None:
            unit = f" {kpi.unit}" if kpi.unit else ""
            for row, kv in enumerate(vm.value_rows(kpi)):
                self.value_table.insertRow(row)
                state = ("✕ " + tr("breach")) if kv.breached else ""
                for col, text in enumerate(
                    [
                        kv.period,
                        kv.period_end.isoformat(),
                        f"{number(kv.value)}{unit}  {state}".strip(),
                        kv.note,
                    ]
                ):
                    cell = QTableWidgetItem(text)
                    cell.setData(ID_ROLE, kv.id)
                    if kv.breached:
                        cell.setBackground(QBrush(BREACH_BG))
                    self.value_table.setItem(row, col, cell)
        self.host._update_buttons()

    def selected_kpi(self) -> svc.KpiInfo | None:
        if self.host.view.info is None:
            return None
        row = self.kpi_table.currentRow()
        items = self.kpi_table.selectedItems()
        if items:
            row = items[0].row()
        if row < 0 or self.kpi_table.item(row, 0) is None:
            return None
        return self.host.view.kpi(self.kpi_table.item(row, 0).data(ID_ROLE))

    def select_kpi(self, kpi_id: int) -> None:
        for row in range(self.kpi_table.rowCount()):
            if self.kpi_table.item(row, 0).data(ID_ROLE) == kpi_id:
                self.kpi_table.selectRow(row)
                return

    def selected_value_id(self) -> int | None:
        items = self.value_table.selectedItems()
        return items[0].data(ID_ROLE) if items else None

    def update_buttons(self, actions: vm.PlanActions) -> None:
        self.new_kpi_button.setEnabled(actions.new.enabled)
        for b in (self.record_button, self.edit_kpi_button, self.delete_kpi_button):
            b.setEnabled(actions.kpi.enabled)
        self.delete_value_button.setEnabled(actions.delete_value.enabled)


# -- JMC decisions --------------------------------------------------------------------------------------------


class DecisionTab(QWidget):
    """The JMC decisions log and its buttons."""

    def __init__(self, host: FollowUpPage):
        super().__init__()
        self.host = host
        v = QVBoxLayout(self)
        self.decision_table = _table("decisionTable", 5)
        self.decision_table.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.decision_table.itemDoubleClicked.connect(lambda _i: host.edit_decision())
        self.decision_table.itemSelectionChanged.connect(lambda: host._update_buttons())
        self.empty = widgets.EmptyState("decisionEmpty")
        self.stack = _stack(self.decision_table, self.empty)
        v.addWidget(self.stack, 1)
        self.new_decision_button = widgets.button("add")
        self.new_decision_button.clicked.connect(host.new_decision)
        self.take_button = widgets.button("ok")
        self.take_button.clicked.connect(host.take_decision)
        self.edit_decision_button = widgets.button("edit")
        self.edit_decision_button.clicked.connect(host.edit_decision)
        self.delete_decision_button = widgets.button("delete")
        self.delete_decision_button.clicked.connect(host.delete_decision)
        self.buttons = (
            self.new_decision_button,
            self.take_button,
            self.edit_decision_button,
            self.delete_decision_button,
        )
        v.addLayout(widgets.button_row(*self.buttons))

    def retranslate_ui(self) -> None:
        self.decision_table.setHorizontalHeaderLabels(
            [tr("Status"), tr("Decided by"), tr("Date"), tr("Decision"), tr("Follow-up")]
        )
        self.new_decision_button.setText(tr("New decision…"))
        self.take_button.setText(tr("Mark taken…"))
        self.edit_decision_button.setText(tr("Edit…"))
        self.delete_decision_button.setText(tr("Delete…"))

    def fill_empty_state(self, view: vm.PlanView) -> None:
        self.empty.show_state(
            tr("No JMC decisions recorded"),
            tr(
                "Record what the joint management committee decides, or is asked to decide, so the next review "
                "can follow it up."
            ),
            (tr("Record the first decision…"), self.host.new_decision),
            icon_name="add",
        )
        self.empty.set_enabled_actions(view.writable)
        self.stack.setCurrentIndex(1 if view.no_decisions else 0)
        _show_buttons(self.buttons, view.no_decisions)

    def fill(self, view: vm.PlanView) -> None:
        self.decision_table.setRowCount(0)
        if view.info is None:
            return
        deciders = {"jmc": tr("JMC"), "jpt": tr("JPT")}
        statuses = decision_status_names()
        for row, line in enumerate(view.decisions):
            d = line.decision
            self.decision_table.insertRow(row)
            symbol = "?" if line.requested else "✓"
            values = [
                f"{symbol} {statuses[d.status]}",
                deciders.get(d.decided_by, d.decided_by),
                d.decided_on.isoformat() if d.decided_on else "—",
                d.text,
                d.follow_up,
            ]
            for col, text in enumerate(values):
                cell = QTableWidgetItem(text)
                cell.setData(ID_ROLE, d.id)
                cell.setToolTip(text)
                if line.requested:
                    font = cell.font()
                    font.setBold(col == 0)
                    cell.setFont(font)
                self.decision_table.setItem(row, col, cell)
        self.decision_table.resizeRowsToContents()

    def selected_decision(self) -> svc.DecisionInfo | None:
        items = self.decision_table.selectedItems()
        if not items or self.host.view.info is None:
            return None
        return self.host.view.decision(items[0].data(ID_ROLE))

    def select_decision(self, decision_id: int) -> None:
        for row in range(self.decision_table.rowCount()):
            if self.decision_table.item(row, 0).data(ID_ROLE) == decision_id:
                self.decision_table.selectRow(row)
                return

    def update_buttons(self, actions: vm.PlanActions) -> None:
        self.new_decision_button.setEnabled(actions.new.enabled)
        self.edit_decision_button.setEnabled(actions.decision.enabled)
        self.delete_decision_button.setEnabled(actions.decision.enabled)
        self.take_button.setEnabled(actions.take_decision.enabled)
