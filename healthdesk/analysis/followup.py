"""The follow-up rules, as pure functions: overdue work, KPI breaches, the blind rule, and the review of last
round's actions (did the dimension an action aimed at move between the round that set it and the next one?).

No Qt, no database: plain values in, plain dataclasses out. ``healthdesk.services.followup`` reads the rows and
calls these, so the screens, the PDF and the command line all apply the same rules.

The rules, exactly:

- **Overdue**: work (a goal or an action) is overdue as of a date when it has a due date strictly before that date
  and its status is neither ``done`` nor ``dropped``. Due *on* the date is not overdue yet.
- **KPI breach**: a KPI whose direction is ``above`` breaches when its value is strictly above the alert threshold
  (e.g. churn 10.5 % with threshold 10 %); ``below`` breaches when the value is strictly below it (e.g. completion
  rate 58 % with threshold 60 %). A value exactly at the threshold is not a breach. Only the latest value whose
  period ended on or before the as-of date counts.
- **Blind rounds**: a round marked blind shows nobody's results until *both* sides have at least the round's
  anonymity threshold of submitted responses. A round that is not blind is always visible (the scoring engine
  still withholds a side below the threshold on its own).
- **Moved**: the joint score of the aimed-at dimension (or indicator) in the next round minus the one in the
  round whose workshop set the action, with the framework's trend step deciding up / down / flat, exactly as the
  trend arrows elsewhere.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date
from fractions import Fraction

from ..framework import Framework
from .scoring import direction_of
from .types import RoundScores

CLOSED_STATUSES = ("done", "dropped")
OPEN_STATUSES = ("planned", "in_progress")


def is_overdue(due: date | None, status: str, as_of: date) -> bool:
    """True when the work had to be finished before ``as_of`` and is neither done nor dropped."""
    return due is not None and due < as_of and status not in CLOSED_STATUSES


def days_overdue(due: date | None, status: str, as_of: date) -> int:
    """Whole days past the due date (0 when not overdue)."""
    return (as_of - due).days if is_overdue(due, status, as_of) and due is not None else 0


def kpi_breached(value: float | None, alert_threshold: float, direction: str) -> bool:
    """True when ``value`` lies strictly beyond the alert threshold in the KPI's direction."""
    if value is None or not math.isfinite(value):
        return False
    if direction == "above":
        return value > alert_threshold
    if direction == "below":
        return value < alert_threshold
    raise ValueError(f"unknown KPI direction {direction!r}")


def kpi_on_target(value: float | None, target: float | None, direction: str) -> bool | None:
    """Whether the value has reached the target: at or below it for an ``above`` KPI (lower is better), at or
    above it for a ``below`` KPI. None without a value or a target."""
    if value is None or target is None:
        return None
    return value <= target if direction == "above" else value >= target


@dataclass(frozen=True)
class KpiPoint:
    period: str
    period_end: date
    value: float


def latest_value(points: Iterable[KpiPoint], as_of: date) -> KpiPoint | None:
    """The value of the latest period that ended on or before ``as_of`` (later periods are ignored)."""
    known = [p for p in points if p.period_end <= as_of]
    if not known:
        return None
    return max(known, key=lambda p: (p.period_end, p.period))


def results_visible(blind: bool, threshold: int, submitted: Mapping[str, int]) -> bool:
    """The blind rule: a blind round's results show only when both sides reached the threshold."""
    if not blind:
        return True
    return all(submitted.get(side, 0) >= threshold for side in ("A", "B"))


def sides_waiting(blind: bool, threshold: int, submitted: Mapping[str, int]) -> dict[str, int]:
    """For a blind round that is not visible yet: side -> submitted responses still needed."""
    if not blind:
        return {}
    return {
        side: threshold - submitted.get(side, 0) for side in ("A", "B") if submitted.get(side, 0) < threshold
    }


@dataclass(frozen=True)
class Counts:
    """What a portfolio row or a dashboard tile says about a partnership's follow-up."""

    open_goals: int = 0
    overdue_actions: int = 0
    kpi_breaches: int = 0
    decisions_requested: int = 0

    @property
    def attention(self) -> int:
        """How many things call for attention (overdue actions, KPI breaches, decisions waiting)."""
        return self.overdue_actions + self.kpi_breaches + self.decisions_requested


# --------------------------------------------------------------------------------------- last round's actions


@dataclass(frozen=True)
class AimedWork:
    """A goal or an action set at one round's workshop, and what it aimed at."""

    kind: str  # "goal" | "action"
    id: int
    title: str
    status: str
    due: date | None
    dimensions: tuple[str, ...]  # dimension ids it should lift (may be empty)
    indicator_id: str = ""


@dataclass(frozen=True)
class Movement:
    """The joint score of one dimension (or indicator) before and after, side by side."""

    dimension_id: str
    indicator_id: str  # "" when the dimension as a whole is compared
    before: Fraction | None
    after: Fraction | None
    before_sides: dict[str, Fraction | None]
    after_sides: dict[str, Fraction | None]
    delta: Fraction | None
    direction: str | None  # "up" | "down" | "flat"; None when either side of the comparison is missing


@dataclass(frozen=True)
class ReviewedWork:
    work: AimedWork
    done: bool
    overdue: bool
    movements: tuple[Movement, ...]

    @property
    def moved_up(self) -> bool:
        return any(m.direction == "up" for m in self.movements)


def _movement(
    dimension_id: str,
    indicator_id: str,
    before: RoundScores | None,
    after: RoundScores | None,
    step: Fraction,
) -> Movement:
    def joint(s: RoundScores | None) -> Fraction | None:
        if s is None:
            return None
        values = s.indicators if indicator_id else s.dimensions
        jv = values.get(indicator_id or dimension_id)
        return None if jv is None else jv.joint

    def sides(s: RoundScores | None) -> dict[str, Fraction | None]:
        out: dict[str, Fraction | None] = {}
        for side in ("A", "B"):
            if s is None or side not in s.sides:
                out[side] = None
            elif indicator_id:
                ind = s.sides[side].indicators.get(indicator_id)
                out[side] = None if ind is None else ind.value
            else:
                out[side] = s.sides[side].dimensions.get(dimension_id)
        return out

    b, a = joint(before), joint(after)
    delta = None if a is None or b is None else a - b
    return Movement(
        dimension_id, indicator_id, b, a, sides(before), sides(after), delta, direction_of(delta, step)
    )


def review_last_round(
    work: Iterable[AimedWork],
    before: RoundScores | None,
    after: RoundScores | None,
    framework: Framework,
    as_of: date,
) -> tuple[ReviewedWork, ...]:
    """What was done of the work set at ``before``'s workshop, and whether what it aimed at moved by ``after``.

    ``after`` is None when the next round's results may not be shown (blind) or do not exist yet. Rounds of
    another framework version are not compared (every movement's direction is None then). An indicator aim is
    compared on that indicator; otherwise each listed dimension is compared as a whole."""
    comparable = (
        before is not None
        and after is not None
        and before.framework_key == after.framework_key == framework.key
    )
    dims = framework.dimension_map
    inds = framework.indicator_map
    out = []
    for w in work:
        movements = []
        if w.indicator_id and w.indicator_id in inds:
            ind = inds[w.indicator_id]
            movements.append(
                _movement(
                    ind.dimension_id,
                    ind.id,
                    before if comparable else None,
                    after if comparable else None,
                    framework.trend_step,
                )
            )
        else:
            for dim_id in w.dimensions:
                if dim_id in dims:
                    movements.append(
                        _movement(
                            dim_id,
                            "",
                            before if comparable else None,
                            after if comparable else None,
                            framework.trend_step,
                        )
                    )
        if not comparable:
            # Show what is known (the before values) even when the after side cannot be compared.
            movements = [
                _movement(m.dimension_id, m.indicator_id, before, None, framework.trend_step)
                for m in movements
            ]
        out.append(
            ReviewedWork(
                work=w,
                done=w.status == "done",
                overdue=is_overdue(w.due, w.status, as_of),
                movements=tuple(movements),
            )
        )
    return tuple(out)
