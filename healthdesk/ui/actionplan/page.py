"""The follow-up screens: the action plan (layered goals with their actions), joint KPIs, the JMC decisions log,
and a compact ``FollowUpPanel`` the dashboard embeds.

- ``FollowUpPage(ctx)``: ``show_partnership(pid)``; three tabs. Overdue actions and goals stand out (as of a date,
  default today), KPI breaches become warnings at the top. Deleting asks first and can be undone (the page's Undo
  button, and the main window's Edit ▸ Undo when the page sits in it).
- ``FollowUpPanel(ctx)``: ``show_partnership(pid)``; four counts (open goals, overdue actions, KPI breaches,
  decisions requested) and the warnings; ``open_requested(tab)`` and ``workshop_requested`` for the host.

Widgets never build SQL: everything goes through ``healthdesk.services.followup``.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, QRect, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QBrush, QColor, QKeySequence, QResizeEvent, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDateEdit,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QSplitter,
    QStackedWidget,
    QStyledItemDelegate,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...framework import DEFAULT_FRAMEWORK_KEY, Framework, get_framework
from ...services import followup as svc
from ...services import partnerships as partnership_svc
from ...services.dto import PartnershipInfo
from ..common import theme, widgets
from ..common.context import AppContext
from ..common.messages import error_text
from . import model as vm
from .forms import (
    ActionDialog,
    DecisionDialog,
    GoalDialog,
    KpiDialog,
    KpiValueDialog,
    decider_names,
    decision_status_names,
    status_names,
)
from .messages import followup_templates, followup_words  # noqa: F401  re-exported

log = logging.getLogger(__name__)

ID_ROLE = Qt.ItemDataRole.UserRole + 1
KIND_ROLE = Qt.ItemDataRole.UserRole + 2
OVERDUE_BG = QColor("#FDECEA")
BREACH_BG = QColor("#FDECEA")
DONE_FG = QColor(theme.TEXT_MUTED)
STATUS_SYMBOLS = {"planned": "○", "in_progress": "◐", "done": "✓", "dropped": "✕"}


TR_CONTEXT = "FollowUp"


def tr(text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """Translate under this module's own context (scripts/translations.py files lupdate's "" here)."""
    return QCoreApplication.translate(TR_CONTEXT, text, disambiguation, n)


# -- errors in the user's language ------------------------------------------------------------------------


# -- shared helpers ---------------------------------------------------------------------------------------


def number(x: float | None) -> str:
    return "—" if x is None else f"{x:g}"


def kpi_rule_text(kpi: svc.KpiInfo) -> str:
    unit = f" {kpi.unit}" if kpi.unit else ""
    if kpi.direction == "above":
        return tr("above {value}").format(value=f"{number(kpi.alert_threshold)}{unit}")
    return tr("below {value}").format(value=f"{number(kpi.alert_threshold)}{unit}")


def breach_text(kpi: svc.KpiInfo) -> str:
    unit = f" {kpi.unit}" if kpi.unit else ""
    return tr("{name}: {value} in {period} is {rule}, the alert threshold: discuss it.").format(
        name=kpi.name,
        value=f"{number(kpi.latest.value)}{unit}" if kpi.latest else "—",
        period=kpi.latest.period if kpi.latest else "—",
        rule=kpi_rule_text(kpi),
    )


def overdue_text(action: svc.ActionInfo) -> str:
    owner = f" ({action.owner})" if action.owner else ""
    return tr("Overdue by {days} days: {title}{owner}").format(
        days=action.days_overdue, title=action.title, owner=owner
    )


def side_text(partnership: PartnershipInfo, code: str) -> str:
    if code == "AB":
        return tr("both")
    if code in ("A", "B"):
        return partnership.label(code)
    return ""


# -- the panel for the dashboard --------------------------------------------------------------------------


class WrappedTitles(QStyledItemDelegate):
    """The plan's title column: a row as tall as its title needs at the column's width, so titles show whole."""

    def __init__(self, tree: QTreeWidget):
        super().__init__(tree)
        self.tree = tree

    def sizeHint(self, option, index):  # noqa: ANN001, ANN201, N802 - Qt API
        size = super().sizeHint(option, index)
        depth, parent = 1, index.parent()
        while parent.isValid():
            depth, parent = depth + 1, parent.parent()
        width = self.tree.header().sectionSize(index.column()) - self.tree.indentation() * depth - 12
        text = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
        rect = option.fontMetrics.boundingRect(
            QRect(0, 0, max(60, width), 100000), Qt.TextFlag.TextWordWrap, text
        )
        return QSize(size.width(), max(size.height(), rect.height() + 4))


class CountTile(QFrame):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setProperty("role", "card")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(theme.GRID, theme.GRID, theme.GRID, theme.GRID)
        self.value = QLabel("0")
        font = self.value.font()
        font.setPointSizeF(font.pointSizeF() * 1.8)
        font.setBold(True)
        self.value.setFont(font)
        self.caption = QLabel()
        self.caption.setWordWrap(True)
        self.caption.setProperty("role", "subtitle")
        layout.addWidget(self.value)
        layout.addWidget(self.caption)

    def set(self, value: int, caption: str, alert: bool) -> None:
        symbol = "✕ " if alert and value else ""
        self.value.setText(f"{symbol}{value}")
        self.value.setStyleSheet(f"color: {theme.ERROR};" if alert and value else "")
        self.caption.setText(caption)


class FollowUpPanel(QWidget):
    """The follow-up at a glance, for the dashboard: counts, then overdue actions and KPI breaches."""

    open_requested = Signal(str)  # "plan" | "kpis" | "decisions"
    workshop_requested = Signal()

    MAX_LINES = vm.PanelView.MAX_LINES

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("followUpPanel")
        self.ctx = ctx
        self.partnership_id: int | None = None
        self.as_of: date | None = None
        self.info: svc.FollowUpInfo | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.heading = widgets.section_label()
        layout.addWidget(self.heading)
        tiles = QGridLayout()
        tiles.setSpacing(theme.SPACING)
        self.tiles = {key: CountTile() for key in ("goals", "overdue", "breaches", "decisions")}
        for n, tile in enumerate(self.tiles.values()):
            tiles.addWidget(tile, 0, n)
        layout.addLayout(tiles)
        self.warnings = QLabel()
        self.warnings.setWordWrap(True)
        self.warnings.setTextFormat(Qt.TextFormat.PlainText)
        self.warnings.setProperty("role", "banner")
        self.warnings.hide()
        layout.addWidget(self.warnings)
        self.open_button = widgets.button("list")
        self.open_button.clicked.connect(lambda: self.open_requested.emit("plan"))
        self.workshop_button = widgets.button("play")
        self.workshop_button.clicked.connect(self.workshop_requested.emit)
        layout.addLayout(widgets.button_row(self.open_button, self.workshop_button))
        layout.addStretch(1)
        ctx.language_changed.connect(lambda _lang: self.retranslate_ui())
        ctx.data_changed.connect(self.reload)
        self.retranslate_ui()

    def show_partnership(self, partnership_id: int | None, as_of: date | None = None) -> None:
        self.partnership_id = partnership_id
        self.as_of = as_of
        self.reload()

    def reload(self) -> None:
        self.info = None
        if self.partnership_id is not None:
            self.info, _error = self.ctx.try_call(svc.get_followup, self.partnership_id, self.as_of)
        self.retranslate_ui()

    def warning_lines(self) -> list[str]:
        return [
            breach_text(w.kpi) if w.kind == vm.Alert.BREACH else overdue_text(w.action)
            for w in vm.warning_lines(self.info)
        ]

    def retranslate_ui(self) -> None:
        self.heading.setText(tr("Follow-up: goals, actions, KPIs, decisions"))
        view = vm.panel_view(self.info, self.partnership_id)
        counts = view.counts
        self.tiles["goals"].set(counts.open_goals, tr("open goals"), False)
        self.tiles["overdue"].set(counts.overdue_actions, tr("overdue actions"), True)
        self.tiles["breaches"].set(counts.kpi_breaches, tr("KPI breaches"), True)
        self.tiles["decisions"].set(counts.decisions_requested, tr("decisions requested from the JMC"), False)
        shown = self.warning_lines()[: self.MAX_LINES]
        if view.more:
            shown.append(tr("… and {n} more").format(n=view.more))
        self.warnings.setText("\n".join(f"• {line}" for line in shown))
        self.warnings.setVisible(bool(shown))
        self.open_button.setText(tr("Open the action plan"))
        self.workshop_button.setText(tr("Start the workshop…"))
        self.workshop_button.setEnabled(view.can_start_workshop)


# -- the page ---------------------------------------------------------------------------------------------


class _RowFitTable(QTableWidget):
    """A table whose wrapped rows are sized for the width it has on screen: rows filled while the tab was hidden
    (and narrow) would otherwise keep the height of many wrapped lines."""

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt's name)
        super().resizeEvent(event)
        self.resizeRowsToContents()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt's name)
        super().showEvent(event)
        self.resizeRowsToContents()


class FollowUpPage(QWidget):
    """Action plan (goals tree with actions), joint KPIs and JMC decisions of one partnership.

    Long (about 860 lines) because it is one screen of three tabs that share one partnership, one as-of date, one
    reload and one undo stack; what it shows and which buttons are enabled come from ``followup_model.PlanView``,
    so what is left here is layout, words and forwarding. It splits by tab when the screen becomes a package."""

    workshop_requested = Signal(int)  # partnership id

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("followUpPage")
        self.ctx = ctx
        self.partnership: PartnershipInfo | None = None
        self.framework: Framework = get_framework(DEFAULT_FRAMEWORK_KEY)
        self.info: svc.FollowUpInfo | None = None
        self.view = vm.PlanView(None, None, ctx.read_only)
        self.undo_stack: list[tuple[str, Callable[[], Any]]] = []
        self._workshop: QWidget | None = None

        layout = QVBoxLayout(self)
        layout.setContentsMargins(theme.MARGIN, theme.MARGIN, theme.MARGIN, theme.MARGIN)
        layout.setSpacing(theme.SPACING)
        head = QHBoxLayout()
        self.title = widgets.title_label()
        head.addWidget(self.title, 1)
        self.as_of_label = QLabel()
        self.as_of_edit = QDateEdit(QDate.currentDate())
        self.as_of_edit.setCalendarPopup(True)
        self.as_of_edit.setDisplayFormat("yyyy-MM-dd")
        self.as_of_edit.dateChanged.connect(lambda _d: self.reload())
        self.workshop_button = widgets.button("play")
        self.workshop_button.clicked.connect(self.start_workshop)
        self.undo_button = widgets.button("undo")
        self.undo_button.clicked.connect(self.undo)
        self.undo_button.hide()
        for w in (self.as_of_label, self.as_of_edit, self.undo_button, self.workshop_button):
            head.addWidget(w)
        from ..review.export import export_button  # Export JMC review…

        head.addWidget(export_button(ctx, lambda: self.partnership.id if self.partnership else None))
        layout.addLayout(head)
        self.banner = widgets.banner("banner")
        layout.addWidget(self.banner)
        self.status = widgets.banner("info")
        layout.addWidget(self.status)

        self.tabs = QTabWidget()
        layout.addWidget(self.tabs, 1)
        self._build_plan_tab()
        self._build_kpi_tab()
        self._build_decision_tab()
        self.undo_shortcut = QShortcut(QKeySequence.StandardKey.Undo, self)
        self.undo_shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.undo_shortcut.activated.connect(self.undo)
        ctx.language_changed.connect(lambda _lang: self.retranslate_ui())
        ctx.data_changed.connect(self._data_changed)
        self._loading = False
        self.retranslate_ui()

    # -- construction -------------------------------------------------------------------------------------
    def _build_plan_tab(self) -> None:
        tab = QWidget()
        v = QVBoxLayout(tab)
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
        header.resizeSection(5, 240)  # long targets and notes are elided; the tooltip holds them whole
        # Whole goal titles at 1280×720: the rows wrap, and their heights follow the column's width (a tree view
        # keeps the heights it measured, so it measures again once the columns have settled); the tooltip too.
        self._relayout = QTimer(self)
        self._relayout.setSingleShot(True)
        self._relayout.setInterval(0)
        self._relayout.timeout.connect(self.tree.doItemsLayout)
        self.tree.setItemDelegateForColumn(0, WrappedTitles(self.tree))
        header.sectionResized.connect(lambda *_: self._relayout.start())
        self.tree.itemDoubleClicked.connect(lambda _item, _col: self.edit_selected())
        self.tree.currentItemChanged.connect(lambda *_: self._update_buttons())
        self.plan_empty = widgets.EmptyState("planEmpty")
        self.plan_stack = self._stack(self.tree, self.plan_empty)
        v.addWidget(self.plan_stack, 1)
        self.new_goal_button = widgets.button("add")
        self.new_goal_button.clicked.connect(lambda: self.new_goal())
        self.new_subgoal_button = widgets.button("add")
        self.new_subgoal_button.clicked.connect(self.new_subgoal)
        self.new_action_button = widgets.button("add")
        self.new_action_button.clicked.connect(lambda: self.new_action())
        self.edit_button = widgets.button("edit")
        self.edit_button.clicked.connect(self.edit_selected)
        self.done_button = widgets.button("ok")
        self.done_button.clicked.connect(self.mark_done)
        self.delete_button = widgets.button("delete")
        self.delete_button.clicked.connect(self.delete_selected)
        self.plan_buttons = (
            self.new_goal_button,
            self.new_subgoal_button,
            self.new_action_button,
            self.edit_button,
            self.done_button,
            self.delete_button,
        )
        v.addLayout(widgets.button_row(*self.plan_buttons))
        self.tabs.addTab(tab, "")

    @staticmethod
    def _stack(content: QWidget, empty: widgets.EmptyState) -> QStackedWidget:
        """The list, or in its place what to do while it is empty."""
        stack = QStackedWidget()
        stack.addWidget(content)
        stack.addWidget(empty)
        return stack

    def _fill_empty_states(self) -> None:
        """Each empty list says what it is for and offers to add the first entry."""
        view = self.view
        writable = view.writable
        no_plan = view.no_plan
        self.plan_empty.show_state(
            tr("No action plan yet"),
            tr(
                "After the review, agree goals with both partners and the actions that reach them: who does what, "
                "by when. The workshop can draft them with the JMC."
            ),
            (tr("Add the first goal…"), lambda: self.new_goal()),
            (tr("Start the workshop…"), self.start_workshop) if view.offers_workshop else None,
            icon_name="add",
        )
        self.kpi_empty.show_state(
            tr("No joint KPIs yet"),
            tr(
                "Joint KPIs are the few numbers both partners watch together, with an alert threshold: the "
                "review shows every breach."
            ),
            (tr("Add the first KPI…"), self.new_kpi),
            icon_name="add",
        )
        self.decision_empty.show_state(
            tr("No JMC decisions recorded"),
            tr(
                "Record what the joint management committee decides, or is asked to decide, so the next review "
                "can follow it up."
            ),
            (tr("Record the first decision…"), self.new_decision),
            icon_name="add",
        )
        for empty in (self.plan_empty, self.kpi_empty, self.decision_empty):
            empty.set_enabled_actions(writable)
        self.plan_stack.setCurrentWidget(self.plan_empty if no_plan else self.tree)
        no_kpis = view.no_kpis
        self.kpi_stack.setCurrentIndex(1 if no_kpis else 0)
        no_decisions = view.no_decisions
        self.decision_stack.setCurrentIndex(1 if no_decisions else 0)
        # While a list is empty its own buttons would all be greyed out: the empty state's button stands in.
        for buttons, empty in (
            (self.plan_buttons, no_plan),
            (self.kpi_buttons, no_kpis),
            (self.decision_buttons, no_decisions),
        ):
            for b in buttons:
                b.setVisible(not empty)

    def _table(self, name: str, columns: int) -> QTableWidget:
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

    def _build_kpi_tab(self) -> None:
        tab = QWidget()
        v = QVBoxLayout(tab)
        split = QSplitter(Qt.Orientation.Vertical)
        self.kpi_table = self._table("kpiTable", 5)
        self.kpi_table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.kpi_table.itemSelectionChanged.connect(self._kpi_selected)
        self.kpi_table.itemDoubleClicked.connect(lambda _i: self.edit_kpi())
        self.value_table = self._table("kpiValueTable", 4)
        self.value_table.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        split.addWidget(self.kpi_table)
        box = QWidget()
        bv = QVBoxLayout(box)
        bv.setContentsMargins(0, 0, 0, 0)
        self.values_title = widgets.section_label()
        bv.addWidget(self.values_title)
        bv.addWidget(self.value_table)
        split.addWidget(box)
        self.kpi_empty = widgets.EmptyState("kpiEmpty")
        self.kpi_stack = self._stack(split, self.kpi_empty)
        v.addWidget(self.kpi_stack, 1)
        self.new_kpi_button = widgets.button("add")
        self.new_kpi_button.clicked.connect(self.new_kpi)
        self.record_button = widgets.button("add")
        self.record_button.clicked.connect(self.record_value)
        self.edit_kpi_button = widgets.button("edit")
        self.edit_kpi_button.clicked.connect(self.edit_kpi)
        self.delete_kpi_button = widgets.button("delete")
        self.delete_kpi_button.clicked.connect(self.delete_kpi)
        self.delete_value_button = widgets.button("remove")
        self.delete_value_button.clicked.connect(self.delete_value)
        self.kpi_buttons = (
            self.new_kpi_button,
            self.record_button,
            self.edit_kpi_button,
            self.delete_kpi_button,
            self.delete_value_button,
        )
        v.addLayout(widgets.button_row(*self.kpi_buttons))
        self.tabs.addTab(tab, "")

    def _build_decision_tab(self) -> None:
        tab = QWidget()
        v = QVBoxLayout(tab)
        self.decision_table = self._table("decisionTable", 5)
        self.decision_table.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.decision_table.itemDoubleClicked.connect(lambda _i: self.edit_decision())
        self.decision_table.itemSelectionChanged.connect(self._update_buttons)
        self.decision_empty = widgets.EmptyState("decisionEmpty")
        self.decision_stack = self._stack(self.decision_table, self.decision_empty)
        v.addWidget(self.decision_stack, 1)
        self.new_decision_button = widgets.button("add")
        self.new_decision_button.clicked.connect(self.new_decision)
        self.take_button = widgets.button("ok")
        self.take_button.clicked.connect(self.take_decision)
        self.edit_decision_button = widgets.button("edit")
        self.edit_decision_button.clicked.connect(self.edit_decision)
        self.delete_decision_button = widgets.button("delete")
        self.delete_decision_button.clicked.connect(self.delete_decision)
        self.decision_buttons = (
            self.new_decision_button,
            self.take_button,
            self.edit_decision_button,
            self.delete_decision_button,
        )
        v.addLayout(widgets.button_row(*self.decision_buttons))
        self.tabs.addTab(tab, "")

    # -- data ---------------------------------------------------------------------------------------------
    def as_of(self) -> date:
        d = self.as_of_edit.date()
        return date(d.year(), d.month(), d.day())

    def show_partnership(self, partnership_id: int | None, round_id: int | None = None) -> None:
        self.partnership = None
        if partnership_id is not None:
            self.partnership, _err = self.ctx.try_call(partnership_svc.get_partnership, partnership_id)
        self.framework = (
            vm.framework_for(self.partnership) if self.partnership else get_framework(DEFAULT_FRAMEWORK_KEY)
        )
        self.reload()

    def _data_changed(self) -> None:
        if not self._loading and self.partnership is not None and self.isVisible():
            self.reload()

    def reload(self) -> None:
        self.info = None
        if self.partnership is not None:
            self.info, _err = self.ctx.try_call(svc.get_followup, self.partnership.id, self.as_of())
        self._fill()

    def latest_round_id(self) -> int | None:
        return vm.latest_round_id(self.partnership)

    def dim_name(self, dim_id: str) -> str:
        dims = self.framework.dimension_map
        return dims[dim_id].name.get(self.ctx.lang) if dim_id in dims else dim_id

    def _fill(self) -> None:
        self.view = vm.PlanView(self.partnership, self.info, self.ctx.read_only)
        name = self.partnership.name if self.partnership else ""
        self.title.setText(tr("Action plan – {name}").format(name=name) if name else tr("Action plan"))
        self._fill_tree()
        self._fill_kpis()
        self._fill_decisions()
        self._fill_banner()
        self._fill_empty_states()
        self._update_buttons()

    def _fill_banner(self) -> None:
        if self.info is None:
            widgets.set_banner(self.banner, "")
            return
        lines = [breach_text(k) for k in self.view.breaches]
        overdue = self.view.overdue
        if overdue:
            lines.append(
                tr("%n action(s) overdue as of {date}.", "", overdue).format(date=self.info.as_of.isoformat())
            )
        widgets.set_banner(self.banner, "\n".join(f"✕ {line}" for line in lines))

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

    def _status_text(self, status: str, overdue: bool, days: int = 0) -> str:
        text = f"{STATUS_SYMBOLS.get(status, '')} {status_names().get(status, status)}"
        if overdue:
            text += " · " + (tr("overdue {n} d").format(n=days) if days else tr("overdue"))
        return text

    def _fill_tree(self) -> None:
        expanded_before = self._selected()
        self.tree.clear()
        if self.info is None:
            return
        p = self.partnership
        levels = {"top": tr("Top-level"), "mid": tr("Mid-term"), "short": tr("Short-term")}
        nodes: dict[tuple[str, int | None], QTreeWidgetItem] = {}
        for row in self.view.rows:
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
                        tr(", ").join(self.dim_name(d) for d in row.dimensions),
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
                        ", ".join(self.dim_name(d) for d in row.dimensions),
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

    def _fill_kpis(self) -> None:
        selected = self.selected_kpi()
        self.kpi_table.setRowCount(0)
        if self.info is None:
            self._kpi_selected()
            return
        for row, line in enumerate(self.view.kpis):
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
        elif self.info.kpis:
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
        self._update_buttons()

    def _fill_decisions(self) -> None:
        self.decision_table.setRowCount(0)
        if self.info is None:
            return
        deciders = {"jmc": tr("JMC"), "jpt": tr("JPT")}
        statuses = decision_status_names()
        for row, line in enumerate(self.view.decisions):
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

    # -- selection ----------------------------------------------------------------------------------------
    def _selected(self) -> tuple[str, int] | None:
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

    def selected_goal(self) -> svc.GoalInfo | None:
        sel = self._selected()
        if sel is None or sel[0] != "goal":
            return None
        return self.view.goal(sel[1])

    def selected_action(self) -> svc.ActionInfo | None:
        sel = self._selected()
        if sel is None or sel[0] != "action":
            return None
        return self.view.action(sel[1])

    def selected_kpi(self) -> svc.KpiInfo | None:
        if self.info is None:
            return None
        row = self.kpi_table.currentRow()
        items = self.kpi_table.selectedItems()
        if items:
            row = items[0].row()
        if row < 0 or self.kpi_table.item(row, 0) is None:
            return None
        return self.view.kpi(self.kpi_table.item(row, 0).data(ID_ROLE))

    def select_kpi(self, kpi_id: int) -> None:
        for row in range(self.kpi_table.rowCount()):
            if self.kpi_table.item(row, 0).data(ID_ROLE) == kpi_id:
                self.kpi_table.selectRow(row)
                return

    def selected_value_id(self) -> int | None:
        items = self.value_table.selectedItems()
        return items[0].data(ID_ROLE) if items else None

    def selected_decision(self) -> svc.DecisionInfo | None:
        items = self.decision_table.selectedItems()
        if not items or self.info is None:
            return None
        return self.view.decision(items[0].data(ID_ROLE))

    def select_decision(self, decision_id: int) -> None:
        for row in range(self.decision_table.rowCount()):
            if self.decision_table.item(row, 0).data(ID_ROLE) == decision_id:
                self.decision_table.selectRow(row)
                return

    def actions(self) -> vm.PlanActions:
        """The buttons' states (and why not) for what is chosen: ``followup_model.PlanView.actions``."""
        kpi, dec = self.selected_kpi(), self.selected_decision()
        return self.view.actions(
            self._selected(),
            kpi.id if kpi is not None else None,
            self.selected_value_id(),
            dec.id if dec is not None else None,
        )

    def _update_buttons(self) -> None:
        self.view = vm.PlanView(self.partnership, self.info, self.ctx.read_only)
        actions = self.actions()
        for b in (
            self.new_goal_button,
            self.new_action_button,
            self.new_kpi_button,
            self.new_decision_button,
        ):
            b.setEnabled(actions.new.enabled)
        self.new_subgoal_button.setEnabled(actions.new_subgoal.enabled)
        self.edit_button.setEnabled(actions.edit.enabled)
        self.done_button.setEnabled(actions.edit.enabled)
        self.delete_button.setEnabled(actions.edit.enabled)
        for b in (self.record_button, self.edit_kpi_button, self.delete_kpi_button):
            b.setEnabled(actions.kpi.enabled)
        self.delete_value_button.setEnabled(actions.delete_value.enabled)
        self.edit_decision_button.setEnabled(actions.decision.enabled)
        self.delete_decision_button.setEnabled(actions.decision.enabled)
        self.take_button.setEnabled(actions.take_decision.enabled)
        self.workshop_button.setEnabled(actions.workshop.enabled)

    def set_read_only(self, _read_only: bool) -> None:
        self._update_buttons()

    # -- dialogs ------------------------------------------------------------------------------------------
    def _run(self, dialog: Any) -> Any:
        """Show a dialog modally; returns what it stored (None when cancelled)."""
        if dialog.exec():
            self.reload()
            return dialog.result_info
        return None

    def goal_dialog(self, goal: svc.GoalInfo | None = None, parent_id: int | None = None) -> GoalDialog:
        return GoalDialog(
            self.ctx,
            self.partnership,
            self.framework,
            self.info.goals if self.info else (),
            goal,
            parent_id=parent_id,
            round_id=self.latest_round_id(),
            parent=self,
        )

    def action_dialog(self, action: svc.ActionInfo | None = None, goal_id: int | None = None) -> ActionDialog:
        return ActionDialog(
            self.ctx,
            self.partnership,
            self.framework,
            self.info.goals if self.info else (),
            action,
            goal_id=goal_id,
            round_id=self.latest_round_id(),
            parent=self,
        )

    def new_goal(self, parent_id: int | None = None) -> None:
        if self.partnership is None:
            return
        info = self._run(self.goal_dialog(parent_id=parent_id))
        if info is not None:
            self.select("goal", info.id)

    def new_subgoal(self) -> None:
        goal = self.selected_goal()
        if goal is not None:
            self.new_goal(goal.id)

    def new_action(self) -> None:
        if self.partnership is None:
            return
        sel = self._selected()
        chosen_id = sel[1] if sel is not None else None
        goal_id = self.view.goal_for_new_action(
            chosen_id if sel and sel[0] == "goal" else None, chosen_id if sel and sel[0] == "action" else None
        )
        info = self._run(self.action_dialog(goal_id=goal_id))
        if info is not None:
            self.select("action", info.id)

    def edit_selected(self) -> None:
        goal, action = self.selected_goal(), self.selected_action()
        if goal is not None:
            self._run(self.goal_dialog(goal))
        elif action is not None:
            self._run(self.action_dialog(action))

    def mark_done(self) -> None:
        goal, action = self.selected_goal(), self.selected_action()
        if goal is not None:
            self.ctx.call(svc.set_goal_status, goal.id, "done", parent=self)
        elif action is not None:
            self.ctx.call(svc.set_action_status, action.id, "done", parent=self)
        self.reload()

    def new_kpi(self) -> None:
        if self.partnership is None:
            return
        info = self._run(KpiDialog(self.ctx, self.partnership, self.framework, parent=self))
        if info is not None:
            self.select_kpi(info.id)

    def edit_kpi(self) -> None:
        kpi = self.selected_kpi()
        if kpi is not None:
            self._run(KpiDialog(self.ctx, self.partnership, self.framework, kpi, parent=self))
            self.select_kpi(kpi.id)

    def record_value(self) -> None:
        kpi = self.selected_kpi()
        if kpi is not None:
            self._run(KpiValueDialog(self.ctx, self.partnership, self.framework, kpi, parent=self))
            self.select_kpi(kpi.id)

    def new_decision(self) -> None:
        if self.partnership is None:
            return
        info = self._run(
            DecisionDialog(
                self.ctx, self.partnership, self.framework, round_id=self.latest_round_id(), parent=self
            )
        )
        if info is not None:
            self.select_decision(info.id)

    def edit_decision(self) -> None:
        dec = self.selected_decision()
        if dec is not None:
            self._run(DecisionDialog(self.ctx, self.partnership, self.framework, dec, parent=self))

    def take_decision(self) -> None:
        dec = self.selected_decision()
        if dec is None:
            return
        dialog = DecisionDialog(self.ctx, self.partnership, self.framework, dec, parent=self)
        dialog.status_combo.setCurrentIndex(dialog.status_combo.findData("taken"))
        self._run(dialog)

    # -- deleting and undo --------------------------------------------------------------------------------
    def _delete(
        self, question: str, delete: Callable[..., Any], key: int, restore: Callable[..., Any], name: str
    ) -> None:
        """Ask, delete through ``delete(db, key)``, and keep ``restore(db, deleted)`` for undo."""
        if not widgets.confirm(self, question, tr("Delete"), danger=True):
            return
        deleted, error = self.ctx.try_call(delete, key)
        if error is not None:
            widgets.show_error(self, error_text(error))
            return

        def undo() -> None:
            _result, err = self.ctx.try_call(restore, deleted)
            if err is not None:
                widgets.show_error(self, error_text(err))
            self.reload()

        description = tr("delete of “{name}”").format(name=name)
        self.undo_stack.append((description, undo))
        host = self.window()
        if host is not self and hasattr(host, "push_undo"):
            host.push_undo(description, undo)  # restoring is idempotent: undoing from either place is safe
        self.reload()
        widgets.set_banner(
            self.status, tr("Deleted “{name}”. Press Undo to bring it back.").format(name=name)
        )
        self._update_undo()

    def _update_undo(self) -> None:
        self.undo_button.setVisible(bool(self.undo_stack) and not self.ctx.read_only)
        if self.undo_stack:
            self.undo_button.setToolTip(tr("Undo {action}").format(action=self.undo_stack[-1][0]))

    def undo(self) -> None:
        if not self.undo_stack:
            return
        _description, fn = self.undo_stack.pop()
        fn()
        widgets.set_banner(self.status, "")
        self._update_undo()

    def delete_selected(self) -> None:
        goal, action = self.selected_goal(), self.selected_action()
        deletion = self.view.delete_goal(goal.id) if goal is not None else None
        if goal is not None and deletion is not None:
            n_children = deletion.children
            n_actions = deletion.actions
            question = tr("Delete the goal “{title}”?").format(title=goal.title)
            if n_children or n_actions:
                question += "\n\n" + tr(
                    "Its {goals} and {actions} stay in the plan, without this goal."
                ).format(
                    goals=tr("%n sub-goal(s)", "", n_children), actions=tr("%n action(s)", "", n_actions)
                )
            self._delete(
                question,
                svc.delete_goal,
                goal.id,
                svc.restore_goal,
                goal.title,
            )
        elif action is not None:
            self._delete(
                tr("Delete the action “{title}”?").format(title=action.title),
                svc.delete_action,
                action.id,
                svc.restore_action,
                action.title,
            )

    def delete_kpi(self) -> None:
        kpi = self.selected_kpi()
        if kpi is None:
            return
        self._delete(
            tr("Delete the KPI “{name}” with its %n recorded value(s)?", "", len(kpi.values)).format(
                name=kpi.name
            ),
            svc.delete_kpi,
            kpi.id,
            svc.restore_kpi,
            kpi.name,
        )

    def delete_value(self) -> None:
        kpi, value_id = self.selected_kpi(), self.selected_value_id()
        if kpi is None or value_id is None:
            return
        kv = next((x for x in kpi.values if x.id == value_id), None)
        if kv is None:
            return
        name = f"{kpi.name} {kv.period}"
        self._delete(
            tr("Delete the value of {period} ({value})?").format(period=kv.period, value=number(kv.value)),
            svc.delete_kpi_value,
            value_id,
            svc.restore_kpi_value,
            name,
        )

    def delete_decision(self) -> None:
        dec = self.selected_decision()
        if dec is None:
            return
        self._delete(
            tr("Delete the decision “{text}”?").format(text=dec.text[:120]),
            svc.delete_decision,
            dec.id,
            svc.restore_decision,
            dec.text[:60],
        )

    # -- workshop -----------------------------------------------------------------------------------------
    def start_workshop(self) -> None:
        if self.partnership is None:
            return
        from ..workshop.window import start_workshop

        self.workshop_requested.emit(self.partnership.id)
        self._workshop = start_workshop(self.ctx, self.partnership.id, parent=self.window())
        self._workshop.left.connect(self.reload)

    # -- texts --------------------------------------------------------------------------------------------
    def retranslate_ui(self) -> None:
        name = self.partnership.name if self.partnership else ""
        self.title.setText(tr("Action plan – {name}").format(name=name) if name else tr("Action plan"))
        self.as_of_label.setText(tr("As of"))
        self.workshop_button.setText(tr("Start the workshop…"))
        self.undo_button.setText(tr("Undo"))
        self.tabs.setTabText(0, tr("Goals and actions"))
        self.tabs.setTabText(1, tr("Joint KPIs"))
        self.tabs.setTabText(2, tr("JMC decisions"))
        self.tree.setHeaderLabels(
            [tr("Goal / action"), tr("Owners"), tr("Due"), tr("Status"), tr("Aimed at"), tr("Target / notes")]
        )
        self.new_goal_button.setText(tr("New goal…"))
        self.new_subgoal_button.setText(tr("New sub-goal…"))
        self.new_action_button.setText(tr("New action…"))
        self.edit_button.setText(tr("Edit…"))
        self.done_button.setText(tr("Mark done"))
        self.delete_button.setText(tr("Delete…"))
        self.kpi_table.setHorizontalHeaderLabels(
            [tr("KPI"), tr("Latest value"), tr("Alert"), tr("Target"), tr("State")]
        )
        self.value_table.setHorizontalHeaderLabels([tr("Period"), tr("Period ends"), tr("Value"), tr("Note")])
        self.new_kpi_button.setText(tr("New KPI…"))
        self.record_button.setText(tr("Record a value…"))
        self.edit_kpi_button.setText(tr("Edit…"))
        self.delete_kpi_button.setText(tr("Delete KPI…"))
        self.delete_value_button.setText(tr("Delete value…"))
        self.decision_table.setHorizontalHeaderLabels(
            [tr("Status"), tr("Decided by"), tr("Date"), tr("Decision"), tr("Follow-up")]
        )
        self.new_decision_button.setText(tr("New decision…"))
        self.take_button.setText(tr("Mark taken…"))
        self.edit_decision_button.setText(tr("Edit…"))
        self.delete_decision_button.setText(tr("Delete…"))
        self._update_undo()
        self._fill()


# Names the other modules use for the statuses and deciders (one place).
__all__ = [
    "FollowUpPage",
    "FollowUpPanel",
    "decider_names",
    "status_names",
]
