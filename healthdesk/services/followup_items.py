"""The follow-up as the printed review shows it (goals, actions, decisions, joint KPIs): plain data built by
``services.followup.as_review_follow_up`` and received by the outputs through ``reports.data.ReviewData``.
Here, below both, so that neither imports the other."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date


@dataclass(frozen=True)
class GoalItem:
    level: str  # "top" | "mid" | "short"
    title: str
    owner_a: str = ""
    owner_b: str = ""
    due: date | None = None
    status: str = "open"
    dimension: str | None = None  # the dimension id it is meant to lift


@dataclass(frozen=True)
class ActionItem:
    title: str
    owner: str = ""
    side: str | None = None  # "A" | "B" | None (joint)
    due: date | None = None
    status: str = "open"  # "open" | "in_progress" | "done" | "blocked" | "dropped"
    dimension: str | None = None
    note: str = ""
    days_overdue: int = 0  # > 0 when past due and not done or dropped, as of the review's date


@dataclass(frozen=True)
class DecisionItem:
    text: str
    requested_by: str = ""
    due: date | None = None
    status: str = "requested"  # "requested" | "decided"
    outcome: str = ""
    decided_on: date | None = None


@dataclass(frozen=True)
class KpiItem:
    """A joint KPI with its latest value by the review's date and whether it breaches its alert threshold."""

    name: str
    unit: str = ""
    target: float | None = None
    alert_threshold: float = 0.0
    direction: str = "above"  # breach when the value is "above" / "below" the alert threshold
    latest_value: float | None = None
    latest_period: str = ""
    breached: bool = False


@dataclass(frozen=True)
class FollowUp:
    """The workshop's output for the review (goals, action plan, decisions requested); optional."""

    goals: tuple[GoalItem, ...] = ()
    actions: tuple[ActionItem, ...] = ()
    decisions: tuple[DecisionItem, ...] = ()
    kpis: tuple[KpiItem, ...] = ()

    @property
    def empty(self) -> bool:
        return not (self.goals or self.actions or self.decisions or self.kpis)
