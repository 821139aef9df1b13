"""What a round's results say, decided once, as message codes with parameters (no Qt, no database).

Every output — the dashboard, the workshop, the printed review, the command line and the exports — takes its
sentences from here and only maps the codes to words in its language (Qt translations, the report catalogue, the
command line's English). So a decision such as "no gap" is made in one place, on the value a reader sees:

- **gaps**: :func:`gap_message` rounds the gap to two decimals first; a gap that reads 0.00 is ``gap.none``
  ("no gap"), any other names the side that sees it higher and its size as displayed (``gap.sees``). A gap of
  1/400 therefore reads "no gap" on the screen, on paper and on the projector alike.
- **gap-flag triggers**: :func:`trigger_message` names **every** flagged dimension, in framework order, each with
  its gap message (``trigger.gaps``).
- **trend**: :func:`trend_message` (``trend.compared`` with arrow and index change, ``trend.baseline``,
  ``trend.version_break``, ``trend.withheld``).
- **withheld**, **warnings**, **tier**, **exit review** and whether the results are **preliminary** (the round is
  not closed, :func:`is_preliminary`): see :func:`findings_of`.

Numbers are formatted here once (two decimals for scores and gaps, one for the index, half-up on the exact value).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from fractions import Fraction
from typing import Any

from ..analysis.choice import is_preliminary
from ..analysis.numbers import fmt1, fmt2, fmt_signed1, fmt_signed2
from ..analysis.types import RoundScores, RoundSummary, Trend, Warning, Withheld
from .symbols import arrow

__all__ = [
    "Findings",
    "Message",
    "findings_of",
    "gap_message",
    "index_direction",
    "index_heading",
    "is_preliminary",
    "period_message",
    "trend_message",
    "trigger_message",
    "warning_message",
    "withheld_message",
]


@dataclass(frozen=True)
class Message:
    """A sentence as data: a code and its parameters (ids and numbers already formatted as text)."""

    code: str
    params: Mapping[str, Any] = field(default_factory=dict)


def _number(raw: Any) -> Fraction:
    """A framework number at its decimal text (2.7 is 27/10), as the engine reads it."""
    if isinstance(raw, Fraction):
        return raw
    return Fraction(str(raw))


def gap_message(gap: Fraction | None) -> Message | None:
    """``gap.none`` when the gap reads 0.00 once rounded; else ``gap.sees`` with ``side`` ("A"/"B", the side that
    sees it higher) and ``size`` (|gap| with two decimals). None without a gap."""
    if gap is None:
        return None
    size = fmt2(abs(gap))
    if size == "0.00":
        return Message("gap.none", {})
    return Message("gap.sees", {"side": "A" if gap > 0 else "B", "size": size})


def trigger_message(trigger: Mapping[str, Any]) -> Message:
    """One condition that made a diagnosis rule fire.

    - ``trigger.gaps``: ``gaps`` = ((dimension id, gap message), ...) for **every** flagged dimension, in framework
      order; ``largest`` = the dimension id with the largest gap (ties: the first), ``size`` its |gap|
    - ``trigger.falling``: ``dimension``, ``rounds``, ``value`` (now)
    - ``trigger.dimension_below`` / ``trigger.indicator_below``: ``dimension`` or ``indicator``, ``value``,
      ``limit``
    """
    if trigger.get("any_dimension_gap_flagged"):
        gaps: dict[str, Fraction] = dict(trigger.get("gaps") or {})
        largest = max(gaps, key=lambda k: abs(gaps[k])) if gaps else None
        return Message(
            "trigger.gaps",
            {
                "gaps": tuple((dim, gap_message(g)) for dim, g in gaps.items()),
                "largest": largest,
                "size": fmt2(abs(gaps[largest])) if largest is not None else None,
            },
        )
    if "falling_rounds" in trigger:
        return Message(
            "trigger.falling",
            {
                "dimension": trigger["dimension"],
                "rounds": trigger["falling_rounds"],
                "value": fmt2(trigger.get("value")),
            },
        )
    if "below" in trigger:
        limit = fmt2(_number(trigger["below"]))
        if "dimension" in trigger:
            return Message(
                "trigger.dimension_below",
                {"dimension": trigger["dimension"], "value": fmt2(trigger.get("value")), "limit": limit},
            )
        return Message(
            "trigger.indicator_below",
            {"indicator": trigger.get("indicator", ""), "value": fmt2(trigger.get("value")), "limit": limit},
        )
    return Message("trigger.unknown", dict(trigger))


def trend_message(trend: Trend | None) -> Message | None:
    """``trend.compared`` (``direction``, ``arrow``, ``delta`` = index change with one decimal, ``previous``),
    ``trend.baseline``, ``trend.version_break`` (``previous``) or ``trend.withheld``; None without a summary."""
    if trend is None:
        return None
    if trend.kind == "compared":
        direction = trend.overall.direction if trend.overall is not None else None
        return Message(
            "trend.compared",
            {
                "direction": direction,
                "arrow": arrow(direction),
                "delta": fmt_signed1(trend.index_delta),
                "previous": trend.previous_label,
            },
        )
    if trend.kind == "version_break":
        return Message("trend.version_break", {"previous": trend.previous_label})
    return Message(f"trend.{trend.kind}", {})


def period_message(history: Sequence[RoundScores], current: RoundScores) -> Message | None:
    """The index change over the period shown: from the first round of ``history`` (any order) with an index, of
    the current round's framework version and with no other version in between, to ``current``.
    ``trend.period`` with ``from`` (its label), ``from_index``, ``index`` (one decimal), ``delta`` (signed, one
    decimal), ``rounds`` (rounds with an index from there to here, both counted) and ``direction``/``arrow`` (the
    sign of the change as it reads: "0.0" is flat); None without an index or when
    that first round is the current or its previous one (the change since the last round says it all)."""
    if current.index is None:
        return None
    ordered = sorted(history, key=lambda s: (s.start_date, s.round_id))
    upto = [s for s in ordered if (s.start_date, s.round_id) < (current.start_date, current.round_id)]
    segment: list[RoundScores] = []
    for s in reversed(upto):
        if s.framework_key != current.framework_key:
            break
        if s.index is not None:
            segment.append(s)
    if len(segment) < 2:
        return None
    first = segment[-1]
    change = current.index - first.index  # type: ignore[operator]
    delta = fmt_signed1(change)
    direction = "flat" if delta in ("0.0", "-0.0") else ("down" if change < 0 else "up")
    return Message(
        "trend.period",
        {
            "from": first.label,
            "from_index": fmt1(first.index),
            "index": fmt1(current.index),
            "delta": delta,
            "rounds": len(segment) + 1,
            "direction": direction,
            "arrow": arrow(direction),
        },
    )


def index_direction(summary: RoundSummary) -> str | None:
    """Where the health index is heading, for the colour and the words of its trend: ``"down"`` when the
    framework's index decline rule fires (the ``index_falling`` warning: N falls in a row, or M points within K
    rounds, however small the last step), else the direction of the last step (``trend.compared``: up, down or
    flat by the trend step); None without a compared trend."""
    trend = summary.trend
    step = (
        trend.overall.direction if trend is not None and trend.kind == "compared" and trend.overall else None
    )
    return index_heading(any(w.code == "index_falling" for w in summary.warnings), step)


def index_heading(falling: bool, step: str | None) -> str | None:
    """:func:`index_direction` from its two facts: whether the index decline warning holds, and the direction of
    the last step (None when not compared). For records that keep only these (a portfolio row)."""
    return "down" if falling else step


def index_step_arrow(summary: RoundSummary) -> str:
    """The arrow of the health index's last step as every output shows it: a fall while the index decline rule
    holds is "▼" however small the step (the rule, not the step's size, decides); otherwise the step's own arrow
    (``trend.compared``); "" without a compared trend."""
    said = trend_message(summary.trend)
    if said is None or said.code != "trend.compared" or not said.params.get("arrow"):
        return ""
    if index_direction(summary) == "down" and str(said.params.get("delta") or "").startswith("-"):
        return arrow("down")
    return said.params["arrow"]


def withheld_message(item: Withheld) -> Message:
    """``withheld.side_below_threshold`` / ``withheld.indicator_below_threshold`` / ``withheld.needs_both_sides``
    with the engine's parameters (side, counts, indicator id)."""
    return Message(f"withheld.{item.code}", dict(item.params))


def warning_message(item: Warning) -> Message:
    """``warning.index_falling`` (``from`` = the label of the round the decline is measured from, ``from_index``,
    ``index``, ``change`` (signed, one decimal), ``rounds`` spanned, ``falls`` = consecutive falls ending here),
    ``warning.falling`` (dimension, rounds), ``warning.gap_growing`` (dimension, ``gap`` and ``previous`` as
    signed two-decimal texts, ``who`` = the gap message of the gap now) or ``warning.overdue`` (limit, last_start,
    days)."""
    p = dict(item.params)
    if item.code == "index_falling":
        return Message(
            "warning.index_falling",
            {
                "from": p["from_label"],
                "from_index": fmt1(p["from_index"]),
                "index": fmt1(p["index"]),
                "change": fmt_signed1(p["change"]),
                "rounds": p["rounds"],
                "falls": p["falls"],
            },
        )
    if item.code == "gap_growing":
        return Message(
            "warning.gap_growing",
            {
                "dimension": p["dimension"],
                "gap": fmt_signed2(p["gap"]),
                "previous": fmt_signed2(p["previous_gap"]),
                "who": gap_message(p["gap"]),
            },
        )
    return Message(f"warning.{item.code}", p)


@dataclass(frozen=True)
class Findings:
    """A round's results as every output says them: the same codes and the same numbers everywhere."""

    round_id: int
    label: str
    index: str | None  # one decimal
    overall: str | None  # two decimals
    light: str | None
    tier: str | None
    exit_review: bool
    trend: Message | None
    dimensions: Mapping[str, str | None]  # joint values, two decimals
    gaps: Mapping[str, Message | None]  # per dimension
    flagged: tuple[str, ...]  # dimensions whose gap is flagged, framework order
    diagnosis: tuple[tuple[str, tuple[Message, ...]], ...]  # (rule id, trigger messages)
    warnings: tuple[Message, ...]
    withheld: tuple[Message, ...]
    invited: Mapping[str, int]
    submitted: Mapping[str, int]
    preliminary: bool = False  # the round is not closed (see is_preliminary)

    @property
    def codes(self) -> tuple[str, ...]:
        """Every code said, in order (a test compares outputs with it)."""
        out = [m.code for m in (self.trend,) if m is not None]
        out += [f"{dim}:{m.code}" for dim, m in self.gaps.items() if m is not None]
        for rule, triggers in self.diagnosis:
            out += [f"{rule}:{t.code}" for t in triggers]
        out += [m.code for m in self.warnings]
        out += [m.code for m in self.withheld]
        return tuple(out)


def findings_of(summary: RoundSummary, round_status: str | None = None) -> Findings:
    """The findings of a summarised round (``round_status`` given: whether they are preliminary)."""
    s = summary.scores
    return Findings(
        round_id=s.round_id,
        label=s.label,
        index=fmt1(s.index),
        overall=fmt2(s.overall),
        light=s.light,
        tier=summary.tier,
        exit_review=summary.exit_review,
        trend=trend_message(summary.trend),
        dimensions={k: fmt2(v.joint) for k, v in s.dimensions.items()},
        gaps={k: gap_message(v.gap) for k, v in s.dimensions.items()},
        flagged=tuple(k for k, v in s.dimensions.items() if v.gap_flagged),
        diagnosis=tuple(
            (f.rule_id, tuple(trigger_message(t) for t in f.triggers)) for f in summary.diagnosis
        ),
        warnings=tuple(warning_message(w) for w in summary.warnings),
        withheld=tuple(withheld_message(w) for w in s.withheld),
        invited={side: sc.invited for side, sc in s.sides.items()},
        submitted={side: sc.submitted for side, sc in s.sides.items()},
        preliminary=is_preliminary(round_status),
    )
