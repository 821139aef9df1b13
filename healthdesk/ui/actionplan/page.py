"""The follow-up screens: the action plan (layered goals with their actions), joint KPIs, the JMC decisions log,
and a compact ``FollowUpPanel`` the dashboard embeds.

- ``FollowUpPage(ctx)``: ``show_partnership(pid)`` (read on the background queue: ``model.load_plan``); three tabs
  (``tabs.py``). Overdue actions and goals stand out (as of a date, default today), KPI breaches become warnings at
  the top. Deleting asks first and can be undone (the page's Undo button, and the main window's Edit ▸ Undo when
  the page sits in it).
- ``FollowUpPanel(ctx)`` (``panel.py``, re-exported here): ``show_partnership(pid)``; four counts (open goals,
  overdue actions, KPI breaches, decisions requested) and the warnings; ``open_requested(tab)`` and
  ``workshop_requested`` for the host.

Widgets never build SQL: everything goes through ``healthdesk.services.followup``.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QDateEdit, QHBoxLayout, QLabel, QTabWidget, QVBoxLayout, QWidget

from ...framework import DEFAULT_FRAMEWORK_KEY, Framework, get_framework
from ...services import followup as svc
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
    status_names,
)
from .messages import followup_templates, followup_words  # noqa: F401  re-exported
from .panel import FollowUpPanel
from .tabs import DecisionTab, KpiTab, PlanTab
from .words import breach_text, number

TR_CONTEXT = "FollowUp"  # the page's context (words.py shares it)


def tr(text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """Translate under this module's own context (scripts/translations.py files lupdate's "" here)."""
    return QCoreApplication.translate(TR_CONTEXT, text, disambiguation, n)


log = logging.getLogger(__name__)


class FollowUpPage(QWidget):
    """Action plan (goals tree with actions), joint KPIs and JMC decisions of one partnership.

    The three tabs share one partnership, one as-of date, one reload and one undo stack, which stay here with the
    dialogs and deleting; each tab lays out and fills itself (``tabs.py``: ``PlanTab``, ``KpiTab``,
    ``DecisionTab``); what it shows and which buttons are enabled come from ``model.PlanView``."""

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
        self._wanted: int | None = None  # the partnership asked for (show_partnership)
        self._fetching = False  # its read is on the background queue

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
        self.plan_tab = PlanTab(self)
        self.kpi_tab = KpiTab(self)
        self.decision_tab = DecisionTab(self)
        for tab in (self.plan_tab, self.kpi_tab, self.decision_tab):
            self.tabs.addTab(tab, "")
        # the lists by their names (the tests and the screenshots reach them here)
        self.tree, self.plan_empty = self.plan_tab.tree, self.plan_tab.empty
        self.kpi_table, self.value_table, self.kpi_empty = (
            self.kpi_tab.kpi_table,
            self.kpi_tab.value_table,
            self.kpi_tab.empty,
        )
        self.decision_table, self.decision_empty = self.decision_tab.decision_table, self.decision_tab.empty
        self.new_goal_button, self.take_button = self.plan_tab.new_goal_button, self.decision_tab.take_button
        self.undo_shortcut = QShortcut(QKeySequence.StandardKey.Undo, self)
        self.undo_shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.undo_shortcut.activated.connect(self.undo)
        ctx.language_changed.connect(lambda _lang: self.retranslate_ui())
        ctx.data_changed.connect(self._data_changed)
        self._loading = False
        self.retranslate_ui()

    # -- data ---------------------------------------------------------------------------------------------
    def as_of(self) -> date:
        d = self.as_of_edit.date()
        return date(d.year(), d.month(), d.day())

    def show_partnership(self, partnership_id: int | None, round_id: int | None = None) -> None:
        """Show a partnership's plan. Its read runs on the background queue (``model.load_plan``); the page keeps
        what it shows until the plan arrives."""
        self._wanted = partnership_id
        self._fetch()

    def _fetch(self) -> None:
        self._fetching = True
        self.ctx.fetch(self, vm.load_plan, self._wanted, self.as_of(), done=self._loaded)

    def _loaded(self, data: vm.PlanData | None, error: Exception | None) -> None:
        self._fetching = False
        if data is None or error is not None:
            data = vm.PlanData(None, None)
        self.partnership = data.partnership
        self.framework = (
            vm.framework_for(self.partnership) if self.partnership else get_framework(DEFAULT_FRAMEWORK_KEY)
        )
        self.info = data.info
        self._fill()

    def _data_changed(self) -> None:
        if not self._loading and self.partnership is not None and self.isVisible():
            self.reload()

    def reload(self) -> None:
        if self._fetching:  # a partnership is on its way: fetch it again (as of the date now chosen)
            self._fetch()
            return
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
        self.plan_tab.fill(self.view, self.partnership, self.dim_name)
        self.kpi_tab.fill(self.view)
        self.decision_tab.fill(self.view)
        self._fill_banner()
        for tab in (self.plan_tab, self.kpi_tab, self.decision_tab):
            tab.fill_empty_state(self.view)
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

    # -- selection ----------------------------------------------------------------------------------------
    def _selected(self) -> tuple[str, int] | None:
        return self.plan_tab.selected()

    def select(self, kind: str, item_id: int) -> bool:
        return self.plan_tab.select(kind, item_id)

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
        return self.kpi_tab.selected_kpi()

    def select_kpi(self, kpi_id: int) -> None:
        self.kpi_tab.select_kpi(kpi_id)

    def selected_value_id(self) -> int | None:
        return self.kpi_tab.selected_value_id()

    def selected_decision(self) -> svc.DecisionInfo | None:
        return self.decision_tab.selected_decision()

    def select_decision(self, decision_id: int) -> None:
        self.decision_tab.select_decision(decision_id)

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
        for tab in (self.plan_tab, self.kpi_tab, self.decision_tab):
            tab.update_buttons(actions)
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
        for tab in (self.plan_tab, self.kpi_tab, self.decision_tab):
            tab.retranslate_ui()
        self._update_undo()
        self._fill()


# Names the other modules use for the statuses and deciders (one place).
__all__ = [
    "FollowUpPage",
    "FollowUpPanel",
    "decider_names",
    "status_names",
]
