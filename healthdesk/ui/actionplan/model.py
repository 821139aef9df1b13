"""What the action plan screens show, without Qt: the plan's tree (goals, their sub-goals and actions, the actions
without a goal), the joint KPIs with their state, the JMC decisions, the warnings at the top, the empty states,
and which buttons are enabled and why not; the dashboard panel's counts and warning lines.

Built from the services' data objects (``services.followup.FollowUpInfo`` and its records, ``PartnershipInfo``)
and no words: codes the Qt views (``ui/actionplan/page.py``, ``ui/actionplan/forms.py``) translate.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from typing import TYPE_CHECKING

from ...analysis.choice import default_round
from ...errors import HealthDeskError
from ...framework import DEFAULT_FRAMEWORK_KEY, Framework, get_framework
from ...services import followup as svc
from ...services import partnerships as partnership_svc
from ...services.dto import PartnershipInfo

if TYPE_CHECKING:
    from ...maintenance import Database

CLOSED_STATUSES = ("done", "dropped")  # shown muted in the plan


def framework_for(partnership: PartnershipInfo, today: date | None = None) -> Framework:
    """The framework whose dimensions the plan names: that of the round shown by default (the latest started),
    or the default framework."""
    shown = default_round(partnership.rounds, today or date.today())
    key = shown.framework_key if shown is not None else DEFAULT_FRAMEWORK_KEY
    try:
        return get_framework(key)
    except HealthDeskError:
        return get_framework(DEFAULT_FRAMEWORK_KEY)


def latest_round_id(partnership: PartnershipInfo | None) -> int | None:
    """The round new goals, actions and decisions belong to: the latest by start date (None without rounds)."""
    if partnership is None or not partnership.rounds:
        return None
    return max(partnership.rounds, key=lambda r: (r.start_date, r.id)).id


@dataclass(frozen=True)
class PlanData:
    """What the action plan page loads at once: the partnership (None when it is gone) and its follow-up as of a
    date (None when it could not be read)."""

    partnership: PartnershipInfo | None
    info: svc.FollowUpInfo | None


def load_plan(db: Database, partnership_id: int | None, as_of: date | None) -> PlanData:
    """The page's read, for ``ctx.fetch``: the partnership and its goals, actions (with their statuses as of the
    date), KPIs and decisions. A refused read leaves its part empty, as the page showed it before."""
    if partnership_id is None:
        return PlanData(None, None)
    try:
        partnership: PartnershipInfo | None = partnership_svc.get_partnership(db, partnership_id)
    except HealthDeskError:
        return PlanData(None, None)
    try:
        info: svc.FollowUpInfo | None = svc.get_followup(db, partnership_id, as_of)
    except HealthDeskError:
        info = None
    return PlanData(partnership, info)


# -- the plan's tree ----------------------------------------------------------------------------------------


class Kind(StrEnum):
    GOAL = "goal"
    ACTION = "action"
    GROUP = "group"  # "Actions without a goal"


@dataclass(frozen=True)
class PlanRow:
    """A row of the plan: a goal (``level``, owners per side, dimensions), an action (owner and side, one
    dimension) or the group of actions without a goal. ``parent`` is the row it hangs under: (kind, id), or
    None at the top."""

    kind: Kind
    id: int | None
    title: str = ""
    level: str = ""  # goals: "top" | "mid" | "short"
    owners: tuple[tuple[str, str], ...] = ()  # (partner's short label, name), for the sides that have one
    owner: str = ""  # actions
    owner_side: str = ""  # actions: "A" | "B" | "AB" | ""
    due: date | None = None
    status: str = ""
    overdue: bool = False
    days_overdue: int = 0
    dimensions: tuple[str, ...] = ()  # dimension ids
    notes: str = ""  # a goal's target, an action's notes
    parent: tuple[Kind, int | None] | None = None

    @property
    def closed(self) -> bool:
        return self.status in CLOSED_STATUSES

    @property
    def key(self) -> tuple[Kind, int | None]:
        return (self.kind, self.id)


def plan_rows(info: svc.FollowUpInfo, partnership: PartnershipInfo) -> tuple[PlanRow, ...]:
    """The plan's rows, parents before children: goals in the services' order, each action under its goal, and
    the actions without a goal (or under a goal that is gone) in a group after the goals."""
    rows: list[PlanRow] = []
    goal_ids = set()
    for g in info.goals:
        owners = tuple(
            (label, name)
            for label, name in (
                (partnership.partner_a_label, g.owner_a),
                (partnership.partner_b_label, g.owner_b),
            )
            if name
        )
        days = (info.as_of - g.due_date).days if g.overdue and g.due_date else 0
        parent = (Kind.GOAL, g.parent_id) if g.parent_id is not None and g.parent_id in goal_ids else None
        rows.append(
            PlanRow(
                Kind.GOAL,
                g.id,
                title=g.title,
                level=g.level,
                owners=owners,
                due=g.due_date,
                status=g.status,
                overdue=g.overdue,
                days_overdue=days,
                dimensions=tuple(g.dimensions),
                notes=g.target,
                parent=parent,
            )
        )
        goal_ids.add(g.id)
    loose: list[PlanRow] = []
    for a in info.actions:
        under_goal = a.goal_id is not None and a.goal_id in goal_ids
        row = PlanRow(
            Kind.ACTION,
            a.id,
            title=a.title,
            owner=a.owner,
            owner_side=a.owner_side,
            due=a.due_date,
            status=a.status,
            overdue=a.overdue,
            days_overdue=a.days_overdue,
            dimensions=(a.dimension_id,) if a.dimension_id else (),
            notes=a.notes,
            parent=(Kind.GOAL, a.goal_id) if under_goal else (Kind.GROUP, None),
        )
        (rows if under_goal else loose).append(row)
    if loose:
        rows.append(PlanRow(Kind.GROUP, None))
        rows.extend(loose)
    return tuple(rows)


# -- KPIs and decisions ---------------------------------------------------------------------------------------


class KpiState(StrEnum):
    NO_VALUE = "no_value"  # nothing recorded by the as-of date
    BREACH = "breach"  # discuss it
    ON_TARGET = "on_target"
    WITHIN = "within"  # within the alert threshold, not on target


def kpi_state(kpi: svc.KpiInfo) -> KpiState:
    if kpi.breached:
        return KpiState.BREACH
    if kpi.latest is None:
        return KpiState.NO_VALUE
    return KpiState.ON_TARGET if kpi.on_target else KpiState.WITHIN


@dataclass(frozen=True)
class KpiRow:
    kpi: svc.KpiInfo
    state: KpiState

    @property
    def id(self) -> int:
        return self.kpi.id


def kpi_rows(info: svc.FollowUpInfo) -> tuple[KpiRow, ...]:
    return tuple(KpiRow(k, kpi_state(k)) for k in info.kpis)


def value_rows(kpi: svc.KpiInfo | None) -> tuple[svc.KpiValueInfo, ...]:
    """A KPI's recorded values, the latest period first."""
    return tuple(reversed(kpi.values)) if kpi is not None else ()


@dataclass(frozen=True)
class DecisionRow:
    decision: svc.DecisionInfo

    @property
    def id(self) -> int:
        return self.decision.id

    @property
    def requested(self) -> bool:
        """Asked of the JMC and not yet taken: it stands out."""
        return self.decision.status == "requested"


def decision_rows(info: svc.FollowUpInfo) -> tuple[DecisionRow, ...]:
    return tuple(DecisionRow(d) for d in info.decisions)


# -- warnings -------------------------------------------------------------------------------------------------


class Alert(StrEnum):
    BREACH = "breach"  # a KPI past its alert threshold
    OVERDUE = "overdue"  # an action past its due date


@dataclass(frozen=True)
class WarningLine:
    kind: Alert
    kpi: svc.KpiInfo | None = None
    action: svc.ActionInfo | None = None


def warning_lines(info: svc.FollowUpInfo | None) -> tuple[WarningLine, ...]:
    """Every KPI breach, then every overdue action (the dashboard panel lists them)."""
    if info is None:
        return ()
    return tuple(WarningLine(Alert.BREACH, kpi=k) for k in info.breaches) + tuple(
        WarningLine(Alert.OVERDUE, action=a) for a in info.overdue_actions
    )


@dataclass(frozen=True)
class PanelView:
    """The dashboard's follow-up panel: four counts and at most ``MAX_LINES`` warnings, then how many more."""

    counts: svc.Counts
    lines: tuple[WarningLine, ...]
    more: int  # warnings left out
    can_start_workshop: bool

    MAX_LINES = 5


def panel_view(info: svc.FollowUpInfo | None, partnership_id: int | None) -> PanelView:
    lines = warning_lines(info)
    shown = lines[: PanelView.MAX_LINES]
    return PanelView(
        info.counts if info is not None else svc.Counts(),
        shown,
        len(lines) - len(shown),
        partnership_id is not None,
    )


# -- the page -------------------------------------------------------------------------------------------------


class Why(StrEnum):
    """Why a button of the action plan is not available."""

    READ_ONLY = "read_only"
    NO_PARTNERSHIP = "no_partnership"
    NOTHING_CHOSEN = "nothing_chosen"
    SHORT_TERM = "short_term"  # a short-term goal has no sub-goals
    TAKEN = "taken"  # the decision is taken already
    NO_ROUND = "no_round"  # the workshop needs a round


@dataclass(frozen=True)
class Action:
    enabled: bool
    why: Why | None = None

    @classmethod
    def check(cls, *reasons: Why | None) -> Action:
        why = next((r for r in reasons if r is not None), None)
        return cls(why is None, why)


@dataclass(frozen=True)
class PlanActions:
    """The buttons of the three tabs and the workshop's, for what is chosen in each."""

    new: Action  # new goal, action, KPI, decision
    new_subgoal: Action
    edit: Action  # the chosen goal or action: edit, mark done, delete
    kpi: Action  # the chosen KPI: record a value, edit, delete
    delete_value: Action
    decision: Action  # the chosen decision: edit, delete
    take_decision: Action
    workshop: Action


@dataclass(frozen=True)
class DeleteGoal:
    """What deleting a goal leaves behind: its sub-goals and actions stay in the plan, without it."""

    goal: svc.GoalInfo
    children: int
    actions: int


@dataclass(frozen=True)
class PlanView:
    """The action plan of one partnership as of a date (``info`` None: nothing loaded)."""

    partnership: PartnershipInfo | None
    info: svc.FollowUpInfo | None
    read_only: bool

    @property
    def writable(self) -> bool:
        return self.partnership is not None and not self.read_only

    @property
    def rows(self) -> tuple[PlanRow, ...]:
        return plan_rows(self.info, self.partnership) if self.info is not None and self.partnership else ()

    @property
    def kpis(self) -> tuple[KpiRow, ...]:
        return kpi_rows(self.info) if self.info is not None else ()

    @property
    def decisions(self) -> tuple[DecisionRow, ...]:
        return decision_rows(self.info) if self.info is not None else ()

    # -- the top: breaches and overdue actions -------------------------------------------------------------
    @property
    def breaches(self) -> tuple[svc.KpiInfo, ...]:
        return self.info.breaches if self.info is not None else ()

    @property
    def overdue(self) -> int:
        """How many actions are overdue as of the date (the banner says it after the breaches)."""
        return len(self.info.overdue_actions) if self.info is not None else 0

    # -- empty lists ----------------------------------------------------------------------------------------
    @property
    def no_plan(self) -> bool:
        return self.info is not None and not self.info.goals and not self.info.actions

    @property
    def no_kpis(self) -> bool:
        return self.info is not None and not self.info.kpis

    @property
    def no_decisions(self) -> bool:
        return self.info is not None and not self.info.decisions

    @property
    def offers_workshop(self) -> bool:
        """The empty plan offers the workshop too, once the partnership has a round."""
        return self.partnership is not None and bool(self.partnership.rounds)

    # -- the chosen rows ------------------------------------------------------------------------------------
    def goal(self, goal_id: int | None) -> svc.GoalInfo | None:
        if self.info is None or goal_id is None:
            return None
        return next((g for g in self.info.goals if g.id == goal_id), None)

    def action(self, action_id: int | None) -> svc.ActionInfo | None:
        if self.info is None or action_id is None:
            return None
        return next((a for a in self.info.actions if a.id == action_id), None)

    def kpi(self, kpi_id: int | None) -> svc.KpiInfo | None:
        if self.info is None or kpi_id is None:
            return None
        return next((k for k in self.info.kpis if k.id == kpi_id), None)

    def decision(self, decision_id: int | None) -> svc.DecisionInfo | None:
        if self.info is None or decision_id is None:
            return None
        return next((d for d in self.info.decisions if d.id == decision_id), None)

    def goal_for_new_action(self, goal_id: int | None, action_id: int | None) -> int | None:
        """A new action goes under the chosen goal, or under the chosen action's goal."""
        if self.goal(goal_id) is not None:
            return goal_id
        action = self.action(action_id)
        return action.goal_id if action is not None else None

    def delete_goal(self, goal_id: int) -> DeleteGoal | None:
        goal = self.goal(goal_id)
        if goal is None or self.info is None:
            return None
        return DeleteGoal(goal, len(self.info.children_of(goal.id)), len(self.info.actions_of(goal.id)))

    def actions(
        self,
        chosen: tuple[str, int] | None = None,
        kpi_id: int | None = None,
        value_id: int | None = None,
        decision_id: int | None = None,
    ) -> PlanActions:
        """The buttons' states; ``chosen`` is the plan's chosen row as ("goal" | "action", id)."""
        ro = None
        if self.partnership is None:
            ro = Why.NO_PARTNERSHIP
        elif self.read_only:
            ro = Why.READ_ONLY
        nothing = Why.NOTHING_CHOSEN
        goal = self.goal(chosen[1]) if chosen is not None and chosen[0] == Kind.GOAL else None
        decision = self.decision(decision_id)
        return PlanActions(
            new=Action.check(ro),
            new_subgoal=Action.check(
                ro,
                nothing if goal is None else None,
                Why.SHORT_TERM if goal is not None and goal.level == "short" else None,
            ),
            edit=Action.check(ro, nothing if chosen is None else None),
            kpi=Action.check(ro, nothing if self.kpi(kpi_id) is None else None),
            delete_value=Action.check(ro, nothing if value_id is None else None),
            decision=Action.check(ro, nothing if decision is None else None),
            take_decision=Action.check(
                ro,
                nothing if decision is None else None,
                Why.TAKEN if decision is not None and decision.status != "requested" else None,
            ),
            workshop=Action.check(
                Why.NO_PARTNERSHIP if self.partnership is None else None,
                None if self.offers_workshop else Why.NO_ROUND,
            ),
        )


# -- the dialogs ----------------------------------------------------------------------------------------------


def subgoal_level(parent_level: str) -> str:
    """A sub-goal's level under a goal of ``parent_level``: mid-term under a top-level goal, else short-term."""
    return "mid" if parent_level == "top" else "short"


def quarter_of(day: date) -> tuple[str, date]:
    """The last quarter that ended before ``day``: ("2026 Q3", 2026-09-30) for a day in Q4 2026."""
    q = (day.month - 1) // 3  # quarters fully before this one in the year
    if q == 0:
        return f"{day.year - 1} Q4", date(day.year - 1, 12, 31)
    ends = {1: date(day.year, 3, 31), 2: date(day.year, 6, 30), 3: date(day.year, 9, 30)}
    return f"{day.year} Q{q}", ends[q]


def quarter_end(text: str) -> date | None:
    """ "2026 Q1" ends on 2026-03-31: the end of a quarter typed as a period (None for any other text)."""
    match = re.fullmatch(r"\s*(\d{4})\s*[-/ ]?\s*[Qq]([1-4])\s*", text)
    if not match:
        return None
    year, quarter = int(match.group(1)), int(match.group(2))
    month = quarter * 3
    return date(year, month, 31 if month in (3, 12) else 30)


def indicator_kept(framework: Framework, indicator_id: str, dimension_id: str) -> str:
    """An action's indicator, or "" when the dimension was changed and the old indicator no longer fits."""
    known = framework.indicator_map.get(indicator_id) if indicator_id else None
    if known is not None and known.dimension_id != dimension_id:
        return ""
    return indicator_id
