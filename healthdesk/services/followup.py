"""Follow-up of a round: layered goals, actions, joint KPIs with values, JMC decisions; the blind rule; the review
of last round's actions; counts for the portfolio and the dashboard; the follow-up section of the printed review.

One transaction per use case. Every input is validated (free texts capped at ``validation.TEXT_CAP``); a refused
input raises a typed ``ValidationError``. Deleting returns what was deleted, and ``restore_*`` puts it back under
its old id (so undo restores the links too; restoring twice changes nothing).

The rules themselves (overdue, breach, blind, moved) live in :mod:`healthdesk.analysis.followup`.
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date
from typing import Any, TypeVar

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session, selectinload

from ..analysis import followup as rules
from ..analysis.followup import AimedWork, Counts, KpiPoint, ReviewedWork
from ..analysis.types import RoundScores, RoundSummary
from ..errors import NotFoundError, ValidationError
from ..framework import DEFAULT_FRAMEWORK_KEY, Framework, get_framework
from ..models.db import Database
from ..models.entities import (
    DECIDERS,
    DECISION_STATUSES,
    GOAL_LEVELS,
    KPI_DIRECTIONS,
    WORK_STATUSES,
    Action,
    Decision,
    Goal,
    Kpi,
    KpiValue,
    Partnership,
    Round,
    utcnow,
)
from . import validation as v
from .dto import PartnershipInfo, RoundInfo
from .partnerships import find_partnership_row, get_partnership

__all__ = [
    "Counts",
    "ActionInfo",
    "ActionInput",
    "DecisionInfo",
    "DecisionInput",
    "DeletedGoal",
    "FollowUpInfo",
    "FollowUpReport",
    "GoalInfo",
    "GoalInput",
    "KpiBreach",
    "KpiInfo",
    "KpiInput",
    "KpiValueInfo",
    "LastRoundReview",
    "WorkshopData",
    "followup_counts",
    "followup_for_report",
    "kpi_breaches",
    "last_round_review",
    "results_visible",
    "workshop_data",
]

TITLE_CAP = 300
UNIT_CAP = 40
PERIOD_CAP = 40
OWNER_SIDES = ("", "A", "B", "AB")
LEVEL_RANK = v.GOAL_LEVEL_RANK

# English templates of the follow-up's own error codes (the screens translate them in healthdesk.ui.actionplan.page).
F = TypeVar("F", bound=Callable[..., Any])


def _reads(fn: F) -> F:
    """Marks a use case that only reads (AppContext emits data_changed only after writes)."""
    fn.healthdesk_writes = False  # type: ignore[attr-defined]
    return fn


# ----------------------------------------------------------------------------------------------------- records


@dataclass
class GoalInput:
    level: str
    title: str
    owner_a: str = ""
    owner_b: str = ""
    due_date: date | str | None = None
    status: str = "planned"
    dimensions: tuple[str, ...] | list[str] = ()
    indicator_id: str = ""
    target: str = ""
    parent_id: int | None = None
    round_id: int | None = None


@dataclass(frozen=True)
class GoalInfo:
    id: int
    partnership_id: int
    round_id: int | None
    parent_id: int | None
    level: str
    title: str
    owner_a: str
    owner_b: str
    due_date: date | None
    status: str
    dimensions: tuple[str, ...]
    indicator_id: str
    target: str
    overdue: bool

    def as_input(self) -> GoalInput:
        return GoalInput(
            level=self.level,
            title=self.title,
            owner_a=self.owner_a,
            owner_b=self.owner_b,
            due_date=self.due_date,
            status=self.status,
            dimensions=self.dimensions,
            indicator_id=self.indicator_id,
            target=self.target,
            parent_id=self.parent_id,
            round_id=self.round_id,
        )


@dataclass
class ActionInput:
    title: str
    owner: str = ""
    owner_side: str = ""  # "A", "B", "AB" or ""
    due_date: date | str | None = None
    status: str = "planned"
    notes: str = ""
    dimension_id: str = ""
    indicator_id: str = ""
    goal_id: int | None = None
    round_id: int | None = None


@dataclass(frozen=True)
class ActionInfo:
    id: int
    partnership_id: int
    goal_id: int | None
    round_id: int | None
    title: str
    owner: str
    owner_side: str
    due_date: date | None
    status: str
    notes: str
    dimension_id: str
    indicator_id: str
    overdue: bool
    days_overdue: int

    def as_input(self) -> ActionInput:
        return ActionInput(
            title=self.title,
            owner=self.owner,
            owner_side=self.owner_side,
            due_date=self.due_date,
            status=self.status,
            notes=self.notes,
            dimension_id=self.dimension_id,
            indicator_id=self.indicator_id,
            goal_id=self.goal_id,
            round_id=self.round_id,
        )


@dataclass
class KpiInput:
    name: str
    alert_threshold: float | str
    direction: str = "above"
    unit: str = ""
    target: float | str | None = None
    dimension_id: str = ""


@dataclass(frozen=True)
class KpiValueInfo:
    id: int
    kpi_id: int
    period: str
    period_end: date
    value: float
    note: str
    breached: bool


@dataclass(frozen=True)
class KpiInfo:
    id: int
    partnership_id: int
    name: str
    unit: str
    target: float | None
    alert_threshold: float
    direction: str
    dimension_id: str
    values: tuple[KpiValueInfo, ...]  # oldest period first
    latest: KpiValueInfo | None  # the latest period that ended by the as-of date
    breached: bool
    on_target: bool | None

    def as_input(self) -> KpiInput:
        return KpiInput(
            name=self.name,
            alert_threshold=self.alert_threshold,
            direction=self.direction,
            unit=self.unit,
            target=self.target,
            dimension_id=self.dimension_id,
        )


@dataclass
class DecisionInput:
    text: str
    decided_by: str = "jmc"
    status: str = "requested"
    decided_on: date | str | None = None
    follow_up: str = ""
    round_id: int | None = None


@dataclass(frozen=True)
class DecisionInfo:
    id: int
    partnership_id: int
    round_id: int | None
    decided_on: date | None
    text: str
    decided_by: str
    status: str
    follow_up: str

    def as_input(self) -> DecisionInput:
        return DecisionInput(
            text=self.text,
            decided_by=self.decided_by,
            status=self.status,
            decided_on=self.decided_on,
            follow_up=self.follow_up,
            round_id=self.round_id,
        )


@dataclass(frozen=True)
class DeletedGoal:
    """What ``delete_goal`` removed, for undo: the goal, and the sub-goals and actions that hung under it."""

    goal: GoalInfo
    child_goal_ids: tuple[int, ...]
    action_ids: tuple[int, ...]


@dataclass(frozen=True)
class KpiBreach:
    partnership_id: int
    kpi_id: int
    name: str
    unit: str
    value: float
    period: str
    period_end: date
    alert_threshold: float
    direction: str


@dataclass(frozen=True)
class FollowUpInfo:
    """Everything of one partnership's follow-up, as of a date."""

    partnership_id: int
    as_of: date
    goals: tuple[GoalInfo, ...]  # parents before children, by level, due date, id
    actions: tuple[ActionInfo, ...]  # by due date (none last), id
    kpis: tuple[KpiInfo, ...]
    decisions: tuple[DecisionInfo, ...]  # requested first, then newest decided first

    @property
    def overdue_actions(self) -> tuple[ActionInfo, ...]:
        return tuple(a for a in self.actions if a.overdue)

    @property
    def breaches(self) -> tuple[KpiInfo, ...]:
        return tuple(k for k in self.kpis if k.breached)

    @property
    def counts(self) -> Counts:
        return Counts(
            open_goals=sum(g.status in rules.OPEN_STATUSES for g in self.goals),
            overdue_actions=len(self.overdue_actions),
            kpi_breaches=len(self.breaches),
            decisions_requested=sum(d.status == "requested" for d in self.decisions),
        )

    def actions_of(self, goal_id: int | None) -> tuple[ActionInfo, ...]:
        return tuple(a for a in self.actions if a.goal_id == goal_id)

    def children_of(self, goal_id: int | None) -> tuple[GoalInfo, ...]:
        return tuple(g for g in self.goals if g.parent_id == goal_id)


@dataclass(frozen=True)
class FollowUpReport:
    """The follow-up section of the printed JMC review (plain data; see ``as_review_follow_up``)."""

    partnership_id: int
    as_of: date
    goals: tuple[GoalInfo, ...]
    actions: tuple[ActionInfo, ...]  # with status and overdue flag
    kpis: tuple[KpiInfo, ...]  # with the latest value and whether it breaches
    decisions_requested: tuple[DecisionInfo, ...]
    decisions_taken: tuple[DecisionInfo, ...]
    counts: Counts = field(default_factory=Counts)

    @property
    def empty(self) -> bool:
        return not (
            self.goals or self.actions or self.kpis or self.decisions_requested or self.decisions_taken
        )


@dataclass(frozen=True)
class LastRoundReview:
    """ "Last round's actions": what the previous round's workshop set, what was done, and what moved."""

    previous: RoundInfo
    current: RoundInfo
    visible: bool  # False when either round's results are blind-hidden: no after values then
    items: tuple[ReviewedWork, ...]

    @property
    def done(self) -> int:
        return sum(i.done for i in self.items)


@dataclass(frozen=True)
class WorkshopData:
    partnership: PartnershipInfo
    round: RoundInfo
    framework: Framework
    visible: bool
    waiting: dict[str, int]  # blind round not visible yet: side -> submitted responses still needed
    summary: RoundSummary | None  # None while the blind rule hides the results
    review: LastRoundReview | None  # None when there is no earlier round with goals or actions
    followup: FollowUpInfo


# ----------------------------------------------------------------------------------------------------- checks


def _today(as_of: date | None) -> date:
    return as_of or date.today()


def _number(value: Any, field: str, required: bool = True) -> float | None:
    if value is None or (isinstance(value, str) and not value.strip()):
        if required:
            raise ValidationError("required", field=field)
        return None
    if isinstance(value, bool):
        raise ValidationError("not_a_number", field=field, value=str(value))
    if isinstance(value, int | float):
        number = float(value)
    else:
        text = str(value).strip().replace(",", ".").rstrip("%").strip()
        try:
            number = float(text)
        except ValueError:
            raise ValidationError("not_a_number", field=field, value=str(value)[:40]) from None
    if not math.isfinite(number):
        raise ValidationError("not_a_number", field=field, value=str(value)[:40])
    return number


def _framework_for(session: Session, partnership_id: int) -> Framework:
    """The framework of the partnership's latest round (the default one before any round)."""
    key = session.scalar(
        select(Round.framework_key)
        .where(Round.partnership_id == partnership_id)
        .order_by(Round.start_date.desc(), Round.id.desc())
        .limit(1)
    )
    try:
        return get_framework(key or DEFAULT_FRAMEWORK_KEY)
    except NotFoundError:
        return get_framework(DEFAULT_FRAMEWORK_KEY)
    except ValidationError:
        return get_framework(DEFAULT_FRAMEWORK_KEY)


_check_dimension = v.check_dimension  # the rules live in services.validation (shared with the importers)
_check_indicator = v.check_indicator


def _check_round(session: Session, round_id: int | None, partnership_id: int) -> int | None:
    if round_id is None:
        return None
    row = session.get(Round, round_id)
    if row is None:
        raise NotFoundError("not_found", kind="round", key=round_id)
    if row.partnership_id != partnership_id:
        raise ValidationError("wrong_partnership", kind="round", key=round_id)
    return row.id


def _partnership(session: Session, key: str | int) -> Partnership:
    return find_partnership_row(session, key)


def _get(session: Session, model: type, row_id: int, kind: str) -> Any:
    row = session.get(model, row_id)
    if row is None:
        raise NotFoundError("not_found", kind=kind, key=row_id)
    return row


# ----------------------------------------------------------------------------------------------------- goals


def _goal_info(row: Goal, as_of: date) -> GoalInfo:
    return GoalInfo(
        id=row.id,
        partnership_id=row.partnership_id,
        round_id=row.round_id,
        parent_id=row.parent_id,
        level=row.level,
        title=row.title,
        owner_a=row.owner_a,
        owner_b=row.owner_b,
        due_date=row.due_date,
        status=row.status,
        dimensions=tuple(d for d in row.dimensions.split(",") if d),
        indicator_id=row.indicator_id,
        target=row.target,
        overdue=rules.is_overdue(row.due_date, row.status, as_of),
    )


def _clean_goal(session: Session, partnership_id: int, data: GoalInput, goal_id: int | None) -> dict:
    fw = _framework_for(session, partnership_id)
    level = v.check_choice(data.level, "goal level", GOAL_LEVELS)
    dims: list[str] = []
    raw_dims = data.dimensions.split(",") if isinstance(data.dimensions, str) else list(data.dimensions or ())
    for d in raw_dims:
        d = _check_dimension(fw, d)
        if d and d not in dims:
            dims.append(d)
    indicator_id = _check_indicator(fw, data.indicator_id)
    if indicator_id and fw.indicator_map[indicator_id].dimension_id not in dims:
        dims.append(fw.indicator_map[indicator_id].dimension_id)
    dims.sort(key=list(fw.dimension_map).index)
    parent_id = data.parent_id
    if parent_id is not None:
        parent = _get(session, Goal, parent_id, "goal")
        if parent.partnership_id != partnership_id:
            raise ValidationError("wrong_partnership", kind="goal", key=parent_id)
        v.check_goal_parent(level, parent.level, same_goal=parent.id == goal_id)
    if goal_id is not None:
        children = session.scalars(select(Goal.level).where(Goal.parent_id == goal_id)).all()
        v.check_goal_children(level, children)
    return {
        "level": level,
        "title": v.clean_name(data.title, "goal title", cap=TITLE_CAP),
        "owner_a": v.clean_name(data.owner_a, "owner on side A", required=False),
        "owner_b": v.clean_name(data.owner_b, "owner on side B", required=False),
        "due_date": v.parse_date(data.due_date, "due date"),
        "status": v.check_choice(data.status, "status", WORK_STATUSES),
        "dimensions": ",".join(dims),
        "indicator_id": indicator_id,
        "target": v.clean_text(data.target, "measurable target"),
        "parent_id": parent_id,
        "round_id": _check_round(session, data.round_id, partnership_id),
    }


def create_goal(
    db: Database, partnership_key: str | int, data: GoalInput, as_of: date | None = None
) -> GoalInfo:
    with db.transaction() as session:
        p = _partnership(session, partnership_key)
        row = Goal(partnership_id=p.id, **_clean_goal(session, p.id, data, None))
        session.add(row)
        session.flush()
        return _goal_info(row, _today(as_of))


def update_goal(db: Database, goal_id: int, data: GoalInput, as_of: date | None = None) -> GoalInfo:
    with db.transaction() as session:
        row = _get(session, Goal, goal_id, "goal")
        for key, value in _clean_goal(session, row.partnership_id, data, row.id).items():
            setattr(row, key, value)
        row.updated_at = utcnow()
        session.flush()
        return _goal_info(row, _today(as_of))


def set_goal_status(db: Database, goal_id: int, status: str, as_of: date | None = None) -> GoalInfo:
    v.check_choice(status, "status", WORK_STATUSES)
    with db.transaction() as session:
        row = _get(session, Goal, goal_id, "goal")
        row.status = status
        row.updated_at = utcnow()
        session.flush()
        return _goal_info(row, _today(as_of))


def delete_goal(db: Database, goal_id: int) -> DeletedGoal:
    """Delete a goal; its sub-goals and actions stay in the plan without it. Returns what undo needs."""
    with db.transaction() as session:
        row = _get(session, Goal, goal_id, "goal")
        info = _goal_info(row, date.today())
        children = tuple(session.scalars(select(Goal.id).where(Goal.parent_id == row.id)).all())
        actions = tuple(session.scalars(select(Action.id).where(Action.goal_id == row.id)).all())
        session.execute(update(Goal).where(Goal.parent_id == row.id).values(parent_id=None))
        session.execute(update(Action).where(Action.goal_id == row.id).values(goal_id=None))
        session.delete(row)
        return DeletedGoal(info, children, actions)


def restore_goal(db: Database, deleted: DeletedGoal, as_of: date | None = None) -> GoalInfo:
    """Undo ``delete_goal``: the goal comes back under its id, with the sub-goals and actions that still have no
    goal re-linked. Restoring a goal that is there already changes nothing."""
    g = deleted.goal
    with db.transaction() as session:
        existing = session.get(Goal, g.id)
        if existing is not None:
            return _goal_info(existing, _today(as_of))
        p = _partnership(session, g.partnership_id)
        data = g.as_input()
        if data.parent_id is not None and session.get(Goal, data.parent_id) is None:
            data.parent_id = None
        if data.round_id is not None and session.get(Round, data.round_id) is None:
            data.round_id = None
        row = Goal(id=g.id, partnership_id=p.id, **_clean_goal(session, p.id, data, None))
        session.add(row)
        session.flush()
        if deleted.child_goal_ids:
            session.execute(
                update(Goal)
                .where(Goal.id.in_(deleted.child_goal_ids), Goal.parent_id.is_(None))
                .values(parent_id=row.id)
            )
        if deleted.action_ids:
            session.execute(
                update(Action)
                .where(Action.id.in_(deleted.action_ids), Action.goal_id.is_(None))
                .values(goal_id=row.id)
            )
        return _goal_info(row, _today(as_of))


# ----------------------------------------------------------------------------------------------------- actions


def _action_info(row: Action, as_of: date) -> ActionInfo:
    return ActionInfo(
        id=row.id,
        partnership_id=row.partnership_id,
        goal_id=row.goal_id,
        round_id=row.round_id,
        title=row.title,
        owner=row.owner,
        owner_side=row.owner_side,
        due_date=row.due_date,
        status=row.status,
        notes=row.notes,
        dimension_id=row.dimension_id,
        indicator_id=row.indicator_id,
        overdue=rules.is_overdue(row.due_date, row.status, as_of),
        days_overdue=rules.days_overdue(row.due_date, row.status, as_of),
    )


def _clean_action(session: Session, partnership_id: int, data: ActionInput) -> dict:
    fw = _framework_for(session, partnership_id)
    indicator_id = _check_indicator(fw, data.indicator_id)
    dimension_id = _check_dimension(fw, data.dimension_id)
    if indicator_id:
        dimension_id = fw.indicator_map[indicator_id].dimension_id
    goal_id = data.goal_id
    if goal_id is not None:
        goal = _get(session, Goal, goal_id, "goal")
        if goal.partnership_id != partnership_id:
            raise ValidationError("wrong_partnership", kind="goal", key=goal_id)
    return {
        "title": v.clean_name(data.title, "action", cap=TITLE_CAP),
        "owner": v.clean_name(data.owner, "owner", required=False),
        "owner_side": v.check_choice(data.owner_side or "", "owner side", OWNER_SIDES),
        "due_date": v.parse_date(data.due_date, "due date"),
        "status": v.check_choice(data.status, "status", WORK_STATUSES),
        "notes": v.clean_text(data.notes, "notes"),
        "dimension_id": dimension_id,
        "indicator_id": indicator_id,
        "goal_id": goal_id,
        "round_id": _check_round(session, data.round_id, partnership_id),
    }


def _apply_done(row: Action) -> None:
    if row.status == "done" and row.done_at is None:
        row.done_at = utcnow()
    elif row.status != "done":
        row.done_at = None


def create_action(
    db: Database, partnership_key: str | int, data: ActionInput, as_of: date | None = None
) -> ActionInfo:
    with db.transaction() as session:
        p = _partnership(session, partnership_key)
        row = Action(partnership_id=p.id, **_clean_action(session, p.id, data))
        _apply_done(row)
        session.add(row)
        session.flush()
        return _action_info(row, _today(as_of))


def update_action(db: Database, action_id: int, data: ActionInput, as_of: date | None = None) -> ActionInfo:
    with db.transaction() as session:
        row = _get(session, Action, action_id, "action")
        for key, value in _clean_action(session, row.partnership_id, data).items():
            setattr(row, key, value)
        _apply_done(row)
        row.updated_at = utcnow()
        session.flush()
        return _action_info(row, _today(as_of))


def set_action_status(db: Database, action_id: int, status: str, as_of: date | None = None) -> ActionInfo:
    v.check_choice(status, "status", WORK_STATUSES)
    with db.transaction() as session:
        row = _get(session, Action, action_id, "action")
        row.status = status
        _apply_done(row)
        row.updated_at = utcnow()
        session.flush()
        return _action_info(row, _today(as_of))


def delete_action(db: Database, action_id: int) -> ActionInfo:
    with db.transaction() as session:
        row = _get(session, Action, action_id, "action")
        info = _action_info(row, date.today())
        session.delete(row)
        return info


def restore_action(db: Database, deleted: ActionInfo, as_of: date | None = None) -> ActionInfo:
    with db.transaction() as session:
        existing = session.get(Action, deleted.id)
        if existing is not None:
            return _action_info(existing, _today(as_of))
        p = _partnership(session, deleted.partnership_id)
        data = deleted.as_input()
        if data.goal_id is not None and session.get(Goal, data.goal_id) is None:
            data.goal_id = None
        if data.round_id is not None and session.get(Round, data.round_id) is None:
            data.round_id = None
        row = Action(id=deleted.id, partnership_id=p.id, **_clean_action(session, p.id, data))
        _apply_done(row)
        session.add(row)
        session.flush()
        return _action_info(row, _today(as_of))


# ----------------------------------------------------------------------------------------------------- KPIs


def _kpi_info(row: Kpi, as_of: date) -> KpiInfo:
    values = tuple(
        KpiValueInfo(
            id=kv.id,
            kpi_id=row.id,
            period=kv.period,
            period_end=kv.period_end,
            value=kv.value,
            note=kv.note,
            breached=rules.kpi_breached(kv.value, row.alert_threshold, row.direction),
        )
        for kv in sorted(row.values, key=lambda kv: (kv.period_end, kv.period))
    )
    point = rules.latest_value((KpiPoint(x.period, x.period_end, x.value) for x in values), as_of)
    latest = None
    if point is not None:
        latest = next(x for x in values if x.period == point.period)
    return KpiInfo(
        id=row.id,
        partnership_id=row.partnership_id,
        name=row.name,
        unit=row.unit,
        target=row.target,
        alert_threshold=row.alert_threshold,
        direction=row.direction,
        dimension_id=row.dimension_id,
        values=values,
        latest=latest,
        breached=latest is not None and latest.breached,
        on_target=rules.kpi_on_target(latest.value if latest else None, row.target, row.direction),
    )


def _clean_kpi(session: Session, partnership_id: int, data: KpiInput, kpi_id: int | None) -> dict:
    fw = _framework_for(session, partnership_id)
    name = v.clean_name(data.name, "KPI name")
    clash = session.scalar(
        select(Kpi.id).where(
            Kpi.partnership_id == partnership_id,
            func.lower(Kpi.name) == v.kpi_name_key(name),
            *([Kpi.id != kpi_id] if kpi_id is not None else []),
        )
    )
    if clash is not None:
        raise ValidationError("duplicate_kpi", name=name)
    return {
        "name": name,
        "unit": v.clean_name(data.unit, "unit", cap=UNIT_CAP, required=False),
        "target": _number(data.target, "target", required=False),
        "alert_threshold": _number(data.alert_threshold, "alert threshold"),
        "direction": v.check_choice(data.direction, "direction", KPI_DIRECTIONS),
        "dimension_id": _check_dimension(fw, data.dimension_id),
    }


def _kpi_row(session: Session, kpi_id: int) -> Kpi:
    row = session.scalar(select(Kpi).options(selectinload(Kpi.values)).where(Kpi.id == kpi_id))
    if row is None:
        raise NotFoundError("not_found", kind="KPI", key=kpi_id)
    return row


def create_kpi(
    db: Database, partnership_key: str | int, data: KpiInput, as_of: date | None = None
) -> KpiInfo:
    with db.transaction() as session:
        p = _partnership(session, partnership_key)
        row = Kpi(partnership_id=p.id, **_clean_kpi(session, p.id, data, None))
        session.add(row)
        session.flush()
        return _kpi_info(_kpi_row(session, row.id), _today(as_of))


def update_kpi(db: Database, kpi_id: int, data: KpiInput, as_of: date | None = None) -> KpiInfo:
    with db.transaction() as session:
        row = _kpi_row(session, kpi_id)
        for key, value in _clean_kpi(session, row.partnership_id, data, row.id).items():
            setattr(row, key, value)
        session.flush()
        return _kpi_info(row, _today(as_of))


def delete_kpi(db: Database, kpi_id: int) -> KpiInfo:
    """Delete a KPI with all its recorded values; returns them for undo."""
    with db.transaction() as session:
        row = _kpi_row(session, kpi_id)
        info = _kpi_info(row, date.max)
        session.delete(row)
        return info


def restore_kpi(db: Database, deleted: KpiInfo, as_of: date | None = None) -> KpiInfo:
    with db.transaction() as session:
        if session.get(Kpi, deleted.id) is not None:
            return _kpi_info(_kpi_row(session, deleted.id), _today(as_of))
        p = _partnership(session, deleted.partnership_id)
        row = Kpi(id=deleted.id, partnership_id=p.id, **_clean_kpi(session, p.id, deleted.as_input(), None))
        session.add(row)
        session.flush()
        for kv in deleted.values:
            session.add(
                KpiValue(
                    id=kv.id,
                    kpi_id=row.id,
                    period=kv.period,
                    period_end=kv.period_end,
                    value=kv.value,
                    note=kv.note,
                )
            )
        session.flush()
        session.expire(row)
        return _kpi_info(_kpi_row(session, row.id), _today(as_of))


def record_kpi_value(
    db: Database,
    kpi_id: int,
    period: str,
    period_end: date | str,
    value: float | str,
    note: str = "",
    as_of: date | None = None,
) -> KpiInfo:
    """Record the value of one period (e.g. "2026 Q3" ending 2026-09-30); recording a period again replaces it."""
    period = v.clean_name(period, "period", cap=PERIOD_CAP)
    end = v.parse_date(period_end, "period end", required=True)
    number = _number(value, "value")
    note = v.clean_text(note, "note")
    with db.transaction() as session:
        row = _kpi_row(session, kpi_id)
        existing = next((kv for kv in row.values if kv.period == period), None)
        if existing is None:
            row.values.append(KpiValue(period=period, period_end=end, value=number, note=note))
        else:
            existing.period_end, existing.value, existing.note = end, number, note
        session.flush()
        return _kpi_info(row, _today(as_of))


def delete_kpi_value(db: Database, value_id: int) -> KpiValueInfo:
    with db.transaction() as session:
        kv = _get(session, KpiValue, value_id, "KPI value")
        kpi = kv.kpi
        info = KpiValueInfo(
            kv.id,
            kv.kpi_id,
            kv.period,
            kv.period_end,
            kv.value,
            kv.note,
            rules.kpi_breached(kv.value, kpi.alert_threshold, kpi.direction),
        )
        session.delete(kv)
        return info


def restore_kpi_value(db: Database, deleted: KpiValueInfo, as_of: date | None = None) -> KpiInfo:
    return record_kpi_value(
        db, deleted.kpi_id, deleted.period, deleted.period_end, deleted.value, deleted.note, as_of=as_of
    )


# ----------------------------------------------------------------------------------------------------- decisions


def _decision_info(row: Decision) -> DecisionInfo:
    return DecisionInfo(
        id=row.id,
        partnership_id=row.partnership_id,
        round_id=row.round_id,
        decided_on=row.decided_on,
        text=row.text,
        decided_by=row.decided_by,
        status=row.status,
        follow_up=row.follow_up,
    )


def _clean_decision(session: Session, partnership_id: int, data: DecisionInput) -> dict:
    status = v.check_choice(data.status, "status", DECISION_STATUSES)
    decided_on = v.parse_date(data.decided_on, "decision date")
    v.check_decision_date(status, decided_on)
    return {
        "text": v.clean_text(data.text, "decision", required=True).strip(),
        "decided_by": v.check_choice(data.decided_by, "decided by", DECIDERS),
        "status": status,
        "decided_on": decided_on,
        "follow_up": v.clean_text(data.follow_up, "follow-up"),
        "round_id": _check_round(session, data.round_id, partnership_id),
    }


def create_decision(db: Database, partnership_key: str | int, data: DecisionInput) -> DecisionInfo:
    with db.transaction() as session:
        p = _partnership(session, partnership_key)
        row = Decision(partnership_id=p.id, **_clean_decision(session, p.id, data))
        session.add(row)
        session.flush()
        return _decision_info(row)


def update_decision(db: Database, decision_id: int, data: DecisionInput) -> DecisionInfo:
    with db.transaction() as session:
        row = _get(session, Decision, decision_id, "decision")
        for key, value in _clean_decision(session, row.partnership_id, data).items():
            setattr(row, key, value)
        session.flush()
        return _decision_info(row)


def take_decision(
    db: Database, decision_id: int, decided_on: date | str, follow_up: str | None = None
) -> DecisionInfo:
    """Record that a requested decision was taken on a date (optionally with its follow-up)."""
    with db.transaction() as session:
        row = _get(session, Decision, decision_id, "decision")
        data = _decision_info(row).as_input()
        data.status, data.decided_on = "taken", decided_on
        if follow_up is not None:
            data.follow_up = follow_up
        for key, value in _clean_decision(session, row.partnership_id, data).items():
            setattr(row, key, value)
        session.flush()
        return _decision_info(row)


def delete_decision(db: Database, decision_id: int) -> DecisionInfo:
    with db.transaction() as session:
        row = _get(session, Decision, decision_id, "decision")
        info = _decision_info(row)
        session.delete(row)
        return info


def restore_decision(db: Database, deleted: DecisionInfo) -> DecisionInfo:
    with db.transaction() as session:
        existing = session.get(Decision, deleted.id)
        if existing is not None:
            return _decision_info(existing)
        p = _partnership(session, deleted.partnership_id)
        data = deleted.as_input()
        if data.round_id is not None and session.get(Round, data.round_id) is None:
            data.round_id = None
        row = Decision(id=deleted.id, partnership_id=p.id, **_clean_decision(session, p.id, data))
        session.add(row)
        session.flush()
        return _decision_info(row)


# ----------------------------------------------------------------------------------------------------- reading


def _ordered_goals(goals: list[GoalInfo]) -> tuple[GoalInfo, ...]:
    """Depth-first: each goal followed by its sub-goals; roots by level, due date, id."""

    def key(g: GoalInfo) -> tuple:
        return (LEVEL_RANK[g.level], g.due_date or date.max, g.id)

    by_parent: dict[int | None, list[GoalInfo]] = defaultdict(list)
    ids = {g.id for g in goals}
    for g in goals:
        by_parent[g.parent_id if g.parent_id in ids else None].append(g)
    out: list[GoalInfo] = []

    def walk(parent: int | None) -> None:
        for g in sorted(by_parent.get(parent, []), key=key):
            out.append(g)
            walk(g.id)

    walk(None)
    return tuple(out)


def _followup(session: Session, partnership_id: int, as_of: date) -> FollowUpInfo:
    goals = [
        _goal_info(r, as_of)
        for r in session.scalars(select(Goal).where(Goal.partnership_id == partnership_id))
    ]
    actions = sorted(
        (
            _action_info(r, as_of)
            for r in session.scalars(select(Action).where(Action.partnership_id == partnership_id))
        ),
        key=lambda a: (a.status in rules.CLOSED_STATUSES, a.due_date or date.max, a.id),
    )
    kpis = [
        _kpi_info(r, as_of)
        for r in session.scalars(
            select(Kpi)
            .options(selectinload(Kpi.values))
            .where(Kpi.partnership_id == partnership_id)
            .order_by(Kpi.name, Kpi.id)
        )
    ]
    decisions = sorted(
        (
            _decision_info(r)
            for r in session.scalars(select(Decision).where(Decision.partnership_id == partnership_id))
        ),
        key=lambda d: (d.status != "requested", -(d.decided_on or date.min).toordinal(), -d.id),
    )
    return FollowUpInfo(
        partnership_id=partnership_id,
        as_of=as_of,
        goals=_ordered_goals(goals),
        actions=tuple(actions),
        kpis=tuple(kpis),
        decisions=tuple(decisions),
    )


@_reads
def get_followup(db: Database, partnership_key: str | int, as_of: date | None = None) -> FollowUpInfo:
    """Goals (as a tree, parents first), actions, KPIs and decisions of one partnership, as of a date."""
    with db.reading() as session:
        p = _partnership(session, partnership_key)
        return _followup(session, p.id, _today(as_of))


@_reads
def kpi_breaches(
    db: Database, as_of: date | None = None, partnership_id: int | None = None
) -> list[KpiBreach]:
    """Every KPI whose latest value by ``as_of`` lies beyond its alert threshold (of one partnership or all)."""
    as_of = _today(as_of)
    with db.reading() as session:
        query = select(Kpi).options(selectinload(Kpi.values)).order_by(Kpi.partnership_id, Kpi.name)
        if partnership_id is not None:
            query = query.where(Kpi.partnership_id == partnership_id)
        out = []
        for row in session.scalars(query):
            info = _kpi_info(row, as_of)
            if info.breached and info.latest is not None:
                out.append(
                    KpiBreach(
                        partnership_id=row.partnership_id,
                        kpi_id=row.id,
                        name=row.name,
                        unit=row.unit,
                        value=info.latest.value,
                        period=info.latest.period,
                        period_end=info.latest.period_end,
                        alert_threshold=row.alert_threshold,
                        direction=row.direction,
                    )
                )
        return out


@_reads
def followup_counts(db: Database, as_of: date | None = None) -> dict[int, Counts]:
    """partnership id -> Counts(open_goals, overdue_actions, kpi_breaches, decisions_requested), for every
    partnership (zeros where nothing is recorded). Four queries, whatever the number of partnerships."""
    as_of = _today(as_of)
    with db.reading() as session:
        ids = session.scalars(select(Partnership.id)).all()
        goals = dict(
            session.execute(
                select(Goal.partnership_id, func.count(Goal.id))
                .where(Goal.status.in_(rules.OPEN_STATUSES))
                .group_by(Goal.partnership_id)
            ).all()
        )
        overdue = dict(
            session.execute(
                select(Action.partnership_id, func.count(Action.id))
                .where(
                    Action.due_date.is_not(None),
                    Action.due_date < as_of,
                    Action.status.not_in(rules.CLOSED_STATUSES),
                )
                .group_by(Action.partnership_id)
            ).all()
        )
        decisions = dict(
            session.execute(
                select(Decision.partnership_id, func.count(Decision.id))
                .where(Decision.status == "requested")
                .group_by(Decision.partnership_id)
            ).all()
        )
        breaches: dict[int, int] = defaultdict(int)
        for row in session.scalars(select(Kpi).options(selectinload(Kpi.values))):
            if _kpi_info(row, as_of).breached:
                breaches[row.partnership_id] += 1
    return {
        pid: Counts(
            open_goals=goals.get(pid, 0),
            overdue_actions=overdue.get(pid, 0),
            kpi_breaches=breaches.get(pid, 0),
            decisions_requested=decisions.get(pid, 0),
        )
        for pid in ids
    }


@_reads
def followup_for_report(
    db: Database, partnership_key: str | int, as_of: date | None = None
) -> FollowUpReport:
    """The follow-up section of the printed review, as of a date (see ``as_review_follow_up`` for the PDF)."""
    fu = get_followup(db, partnership_key, as_of)
    return FollowUpReport(
        partnership_id=fu.partnership_id,
        as_of=fu.as_of,
        goals=fu.goals,
        actions=fu.actions,
        kpis=fu.kpis,
        decisions_requested=tuple(d for d in fu.decisions if d.status == "requested"),
        decisions_taken=tuple(d for d in fu.decisions if d.status == "taken"),
        counts=fu.counts,
    )


REVIEW_STATUS = {"planned": "open", "in_progress": "in_progress", "done": "done", "dropped": "dropped"}


def as_review_follow_up(report: FollowUpReport, labels: dict[str, str] | None = None) -> Any:
    """The report in the shape of ``services.followup_items.FollowUp`` that the PDF prints: goals, actions (with
    days overdue), joint KPIs (latest value, breach) and decisions requested and taken."""
    from .followup_items import ActionItem, DecisionItem, FollowUp, GoalItem, KpiItem

    goals = tuple(
        GoalItem(
            level=g.level,
            title=g.title,
            owner_a=g.owner_a,
            owner_b=g.owner_b,
            due=g.due_date,
            status=REVIEW_STATUS.get(g.status, g.status),
            dimension=g.dimensions[0] if g.dimensions else None,
        )
        for g in report.goals
    )
    actions = tuple(
        ActionItem(
            title=a.title,
            owner=a.owner,
            side=a.owner_side if a.owner_side in ("A", "B") else None,
            due=a.due_date,
            status=REVIEW_STATUS.get(a.status, a.status),
            dimension=a.dimension_id or None,
            note=a.notes,
            days_overdue=a.days_overdue if a.overdue else 0,
        )
        for a in report.actions
    )
    decisions = tuple(
        DecisionItem(
            text=d.text,
            requested_by=d.decided_by.upper(),
            status="decided" if d.status == "taken" else "requested",
            outcome=d.follow_up,
            decided_on=d.decided_on if d.status == "taken" else None,
        )
        for d in (*report.decisions_requested, *report.decisions_taken)
    )
    kpis = tuple(
        KpiItem(
            name=k.name,
            unit=k.unit,
            target=k.target,
            alert_threshold=k.alert_threshold,
            direction=k.direction,
            latest_value=k.latest.value if k.latest else None,
            latest_period=k.latest.period if k.latest else "",
            breached=k.breached,
        )
        for k in report.kpis
    )
    return FollowUp(goals=goals, actions=actions, decisions=decisions, kpis=kpis)


# ----------------------------------------------------------------------------------------------------- blind rule


def results_visible(round_info: RoundInfo) -> bool:
    """The blind rule: False while a blind round has fewer than its threshold of submitted responses on either
    side. The workshop, the dashboard, the PDF and the command line must all ask this before showing results."""
    return rules.results_visible(round_info.blind, round_info.threshold, round_info.submitted)


def check_results_visible(round_info: RoundInfo) -> None:
    """Raise ``ValidationError("results_blind")`` when the blind rule hides the round's results."""
    if results_visible(round_info):
        return
    waiting = rules.sides_waiting(round_info.blind, round_info.threshold, round_info.submitted)
    raise ValidationError(
        "results_blind",
        label=round_info.label,
        threshold=round_info.threshold,
        waiting=", ".join(f"{side}: {n}" for side, n in sorted(waiting.items())),
    )


# ----------------------------------------------------------------------------------------------------- reviews


def _aimed(fu: FollowUpInfo, round_id: int) -> list[AimedWork]:
    work = [
        AimedWork("goal", g.id, g.title, g.status, g.due_date, g.dimensions, g.indicator_id)
        for g in fu.goals
        if g.round_id == round_id
    ]
    work += [
        AimedWork(
            "action",
            a.id,
            a.title,
            a.status,
            a.due_date,
            (a.dimension_id,) if a.dimension_id else (),
            a.indicator_id,
        )
        for a in fu.actions
        if a.round_id == round_id
    ]
    return work


def _review(
    partnership: PartnershipInfo,
    current: RoundInfo,
    scores: Iterable[RoundScores],
    fu: FollowUpInfo,
    as_of: date,
) -> LastRoundReview | None:
    ordered = sorted(partnership.rounds, key=lambda r: (r.start_date, r.id))
    pos = [r.id for r in ordered].index(current.id)
    for previous in reversed(ordered[:pos]):
        work = _aimed(fu, previous.id)
        if not work:
            continue
        by_id = {s.round_id: s for s in scores}
        visible = results_visible(previous) and results_visible(current)
        before = by_id.get(previous.id) if results_visible(previous) else None
        after = by_id.get(current.id) if visible else None
        try:
            fw = get_framework(current.framework_key)
        except (NotFoundError, ValidationError):
            fw = get_framework(DEFAULT_FRAMEWORK_KEY)
        items = rules.review_last_round(work, before, after, fw, as_of)
        return LastRoundReview(previous=previous, current=current, visible=visible, items=items)
    return None


def _pick(partnership: PartnershipInfo, round_id: int | None, as_of: date | None = None) -> RoundInfo:
    """The round asked for; by default the latest that has started by ``as_of``
    (:func:`healthdesk.analysis.choice.default_round`)."""
    from ..analysis.choice import default_round

    if not partnership.rounds:
        raise NotFoundError("not_found", kind="round", key=f"any round of {partnership.name}")
    if round_id is None:
        chosen = default_round(partnership.rounds, as_of or date.max)
        assert chosen is not None
        return chosen
    for r in partnership.rounds:
        if r.id == round_id:
            return r
    raise NotFoundError("not_found", kind="round", key=round_id)


@_reads
def last_round_review(
    db: Database, partnership_key: str | int, round_id: int | None = None, as_of: date | None = None
) -> LastRoundReview | None:
    """ "Last round's actions" for a round (default: the latest): the goals and actions set at the latest earlier
    round that has any, what became of them, and the aimed-at scores before and after from the scoring engine."""
    from .summary import partnership_history

    as_of = _today(as_of)
    partnership, scores = partnership_history(db, partnership_key)
    current = _pick(partnership, round_id, as_of)
    fu = get_followup(db, partnership.id, as_of)
    return _review(partnership, current, scores, fu, as_of)


@_reads
def workshop_data(
    db: Database, partnership_key: str | int, round_id: int | None = None, as_of: date | None = None
) -> WorkshopData:
    """Everything the workshop presents for one round (default: the latest), with the blind rule applied: while
    it hides the results, ``summary`` is None and the review has no after values."""
    from .summary import partnership_history, summary_of

    as_of = _today(as_of)
    partnership, scores = partnership_history(db, partnership_key)
    current = _pick(partnership, round_id, as_of)
    try:
        fw = get_framework(current.framework_key)
    except (NotFoundError, ValidationError):
        fw = get_framework(DEFAULT_FRAMEWORK_KEY)
    visible = results_visible(current)
    summary = None
    if visible:
        # exactly as every other output (services.summary.summary_of): earlier framework versions' tiers count
        summary = summary_of(scores, current.id, current.framework_key, as_of)
    fu = get_followup(db, partnership.id, as_of)
    return WorkshopData(
        partnership=partnership,
        round=current,
        framework=fw,
        visible=visible,
        waiting=rules.sides_waiting(current.blind, current.threshold, current.submitted),
        summary=summary,
        review=_review(partnership, current, scores, fu, as_of),
        followup=fu,
    )


def partnership_label(partnership: PartnershipInfo, side: str) -> str:
    """'A' -> side A's short label, 'AB' -> both, '' -> ''."""
    if side == "AB":
        return f"{partnership.partner_a_label} + {partnership.partner_b_label}"
    if side in ("A", "B"):
        return partnership.label(side)
    return ""


@_reads
def get_partnership_for_followup(db: Database, partnership_key: str | int) -> PartnershipInfo:
    return get_partnership(db, partnership_key)


# ----------------------------------------------------------------------------------------------------- workshop state

WORKSHOP_STATE_PREFIX = "workshop_state:"


def _state_key(round_id: int) -> str:
    return f"{WORKSHOP_STATE_PREFIX}{int(round_id)}"


def save_workshop_state(db: Database, round_id: int, state: dict[str, Any]) -> None:
    """Keep where a round's workshop stands (screen, reveals, timers, the capture bar's draft) so that it can be
    resumed after a crash or a restart. Not a change of the data: it neither marks results stale nor causes a
    backup (``Database.keeping``)."""
    import json

    from ..models.entities import AppSetting

    text = json.dumps(state, ensure_ascii=False, sort_keys=True)
    with db.keeping() as session:
        row = session.get(AppSetting, _state_key(round_id))
        if row is None:
            session.add(AppSetting(key=_state_key(round_id), value=text))
        elif row.value != text:
            row.value = text


def workshop_state(db: Database, round_id: int) -> dict[str, Any] | None:
    """What ``save_workshop_state`` kept for the round, or None (nothing kept, or unreadable)."""
    import json

    from ..models.entities import AppSetting

    with db.reading() as session:
        row = session.get(AppSetting, _state_key(round_id))
        text = row.value if row is not None else ""
    try:
        state = json.loads(text) if text else None
    except ValueError:
        return None
    return state if isinstance(state, dict) else None


def clear_workshop_state(db: Database, round_id: int) -> None:
    from ..models.entities import AppSetting

    with db.keeping() as session:
        row = session.get(AppSetting, _state_key(round_id))
        if row is not None:
            session.delete(row)
