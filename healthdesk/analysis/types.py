"""Plain dataclasses the scoring engine reads and writes.

Numbers are kept as exact ``Fraction``s so thresholds compare exactly (a gap of exactly 1.0 is flagged); outputs
convert them with :func:`healthdesk.analysis.numbers.to_float` or format them with ``fmt2``/``fmt1``.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
from fractions import Fraction
from typing import Any

from ..framework import Framework

SIDES = ("A", "B")
LIGHTS = ("red", "amber", "green")


@dataclass(frozen=True)
class ResponseInput:
    """One respondent's response as the engine sees it (no name: the engine never needs one)."""

    side: str
    submitted: bool
    scores: Mapping[
        str, int | None
    ]  # indicator id -> 1..5, or None for "not applicable"; absent = unanswered
    problems: Mapping[str, str] = field(default_factory=dict)  # indicator id -> problem description
    comment: str = ""
    role: str = ""


@dataclass(frozen=True)
class RoundInput:
    round_id: int
    label: str
    start_date: date
    end_date: date | None
    framework: Framework
    threshold: int
    responses: tuple[ResponseInput, ...]
    invited: Mapping[str, int] = field(default_factory=dict)  # side -> respondents added to the round
    default_threshold: int = 3


@dataclass(frozen=True)
class Withheld:
    """Something left out of every output, and why. ``code`` is one of:

    - ``side_below_threshold``: params side, submitted, required
    - ``indicator_below_threshold``: params side, indicator, scored, required
    - ``needs_both_sides``: params side (the missing one); the joint values, gaps, index, light, trend and
      diagnosis that would need it are withheld
    """

    code: str
    params: dict[str, Any]


@dataclass(frozen=True)
class SideIndicator:
    indicator_id: str
    value: Fraction | None  # mean of the side's scores; None when withheld
    scored: int  # submitted responses that gave a score
    not_applicable: int  # submitted responses that chose "not applicable"
    spread: float | None  # population standard deviation; None when withheld
    spread_flagged: bool


@dataclass(frozen=True)
class SideScores:
    side: str
    invited: int
    submitted: int
    in_progress: int
    withheld: bool  # the whole side is below the threshold
    indicators: dict[str, SideIndicator]
    dimensions: dict[str, Fraction | None]
    overall: Fraction | None


@dataclass(frozen=True)
class JointValue:
    """Joint value and gap (A - B) of an indicator or a dimension, over indicators both sides have."""

    joint: Fraction | None
    gap: Fraction | None
    gap_flagged: bool
    light: str | None  # "red" | "amber" | "green"
    comparable: tuple[str, ...] = ()  # indicator ids used (for a dimension)


@dataclass(frozen=True)
class RoundScores:
    """Everything about one round that does not depend on other rounds. Cacheable for closed rounds."""

    round_id: int
    label: str
    start_date: date
    end_date: date | None
    framework_key: str
    threshold: int
    threshold_lowered: bool
    sides: dict[str, SideScores]
    indicators: dict[str, JointValue]
    dimensions: dict[str, JointValue]
    overall: Fraction | None
    index: Fraction | None
    light: str | None
    withheld: tuple[Withheld, ...]
    problems: dict[str, dict[str, tuple[str, ...]]]  # indicator id -> side -> texts (unattributed, sorted)
    comments: dict[str, tuple[str, ...]]  # side -> overall comments (unattributed, sorted)


@dataclass(frozen=True)
class Change:
    previous: Fraction | None
    current: Fraction | None
    delta: Fraction | None
    direction: str | None  # "up" | "down" | "flat"; None when it cannot be computed


@dataclass(frozen=True)
class Trend:
    kind: str  # "baseline" | "version_break" | "compared" | "withheld"
    previous_label: str | None
    previous_round_id: int | None
    overall: Change | None
    index_delta: Fraction | None  # in index points; its arrow follows overall.direction
    dimensions: dict[str, Change]
    indicators: dict[str, Change]


@dataclass(frozen=True)
class Finding:
    """A diagnosis rule that fired, with the conditions that made it fire."""

    rule_id: str
    triggers: tuple[dict[str, Any], ...]  # e.g. {"dimension": "finance", "below": 3.0, "value": 2.75}


@dataclass(frozen=True)
class Warning:
    """An early warning. ``code`` is one of:

    - ``index_falling``: the health index fell in ``index_falling_rounds`` consecutive rounds or by at least
      ``index_drop`` points within ``index_drop_rounds`` rounds; params falls, from_label, from_round_id,
      from_index, index, change, rounds, falling_rounds, drop, drop_rounds (see ``scoring._index_decline``)
    - ``falling``: params dimension, rounds (a dimension down in that many consecutive rounds)
    - ``gap_growing``: params dimension, gap, previous_gap
    - ``overdue``: params last_start (date or None), days (days since), limit
    """

    code: str
    params: dict[str, Any]


@dataclass(frozen=True)
class RoundSummary:
    scores: RoundScores
    trend: Trend
    diagnosis: tuple[Finding, ...]
    warnings: tuple[Warning, ...]
    tier: str | None
    exit_review: bool
    as_of: date
