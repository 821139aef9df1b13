"""The scoring engine: pure functions from plain dataclasses to plain dataclasses (no Qt, no database).

- :func:`score_round` turns one round's responses into :class:`RoundScores` (side, joint and gap values, index,
  light, and what was withheld for anonymity). It does not look at other rounds, so closed rounds can be cached.
- :func:`summarise` adds what needs the partnership's other rounds: trend, diagnosis, early warnings, tier and
  exit review.
- :func:`partnership_overview` is one portfolio row per partnership.

Every number is an exact ``Fraction``; thresholds are compared exactly (a gap of exactly 1.0 is flagged). Only the
spread is a float (a square root), and its threshold is compared exactly on the variance.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from fractions import Fraction
from typing import Any

from ..framework import Framework
from .choice import started_by
from .types import (
    SIDES,
    Change,
    Finding,
    JointValue,
    ResponseInput,
    RoundInput,
    RoundScores,
    RoundSummary,
    SideIndicator,
    SideScores,
    Trend,
    Warning,
    Withheld,
)

__all__ = [
    "PartnershipOverview",
    "direction_of",
    "health_index",
    "light_for",
    "partnership_overview",
    "score_round",
    "summarise",
    "tier_for_index",
]


# --------------------------------------------------------------------------------------------------- helpers


def _weighted_mean(pairs: Iterable[tuple[Fraction, Fraction]]) -> Fraction | None:
    """Weighted mean of (weight, value) pairs; None when there are none."""
    total_weight = Fraction(0)
    total = Fraction(0)
    for weight, value in pairs:
        total_weight += weight
        total += weight * value
    if not total_weight:
        return None
    return total / total_weight


def _rule_number(raw: Any) -> Fraction:
    """A number from a framework file taken at its decimal text, as framework.py does (2.7 is 27/10)."""
    if isinstance(raw, Fraction):
        return raw
    if isinstance(raw, bool) or not isinstance(raw, int | float):
        raise ValueError(f"not a number: {raw!r}")
    return Fraction(str(raw))


def light_for(value: Fraction | None, framework: Framework) -> str | None:
    """Traffic light of a joint value: red < red_below <= amber < green_from <= green; None for None."""
    if value is None:
        return None
    if value < framework.red_below:
        return "red"
    if value >= framework.green_from:
        return "green"
    return "amber"


def health_index(overall: Fraction | None) -> Fraction | None:
    """Health index 0-100 from a joint overall score 1-5: (overall - 1) / 4 x 100."""
    if overall is None:
        return None
    return (overall - 1) / 4 * 100


def direction_of(delta: Fraction | None, step: Fraction) -> str | None:
    """ "up" at delta >= +step, "down" at delta <= -step, "flat" between; None for None."""
    if delta is None:
        return None
    if delta >= step:
        return "up"
    if delta <= -step:
        return "down"
    return "flat"


def tier_for_index(index: Fraction | None, framework: Framework) -> str | None:
    """The id of the highest tier whose min_index the index reaches (tiers are sorted high to low); None for None."""
    if index is None:
        return None
    for tier in framework.tiers:
        if index >= tier.min_index:
            return tier.id
    # Unreachable for a valid framework (the lowest tier starts at 0 and the index is never negative), but an
    # index below every tier still belongs to the lowest one.
    return framework.tiers[-1].id


# --------------------------------------------------------------------------------------------------- one round


def _check_score(value: Any, indicator_id: str) -> int | None:
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int) or not 1 <= value <= 5:
        raise ValueError(f"score for {indicator_id} must be 1 to 5 or None (got {value!r})")
    return value


def _side_scores(
    r: RoundInput, side: str, responses: list[ResponseInput], withheld: list[Withheld]
) -> SideScores:
    fw = r.framework
    submitted = [resp for resp in responses if resp.submitted]
    in_progress = len(responses) - len(submitted)
    invited = r.invited.get(side, len(responses))

    if len(submitted) < r.threshold:
        withheld.append(
            Withheld(
                "side_below_threshold", {"side": side, "submitted": len(submitted), "required": r.threshold}
            )
        )
        # Nothing about the answers of a side below the threshold is disclosed, not even per-indicator counts.
        return SideScores(
            side=side,
            invited=invited,
            submitted=len(submitted),
            in_progress=in_progress,
            withheld=True,
            indicators={ind.id: SideIndicator(ind.id, None, 0, 0, None, False) for ind in fw.indicators},
            dimensions={dim.id: None for dim in fw.dimensions},
            overall=None,
        )

    spread_limit = fw.spread_threshold
    indicators: dict[str, SideIndicator] = {}
    for ind in fw.indicators:
        scores: list[int] = []
        not_applicable = 0
        for resp in submitted:
            if ind.id not in resp.scores:
                continue  # unanswered (a submitted response normally answers everything)
            score = _check_score(resp.scores[ind.id], ind.id)
            if score is None:
                not_applicable += 1
            else:
                scores.append(score)
        if len(scores) < r.threshold:
            withheld.append(
                Withheld(
                    "indicator_below_threshold",
                    {"side": side, "indicator": ind.id, "scored": len(scores), "required": r.threshold},
                )
            )
            indicators[ind.id] = SideIndicator(ind.id, None, len(scores), not_applicable, None, False)
            continue
        n = len(scores)
        mean = Fraction(sum(scores), n)
        variance = sum(((s - mean) ** 2 for s in scores), Fraction(0)) / n
        flagged = spread_limit <= 0 or variance >= spread_limit * spread_limit
        indicators[ind.id] = SideIndicator(
            ind.id, mean, n, not_applicable, math.sqrt(float(variance)), flagged
        )

    dimensions: dict[str, Fraction | None] = {}
    for dim in fw.dimensions:
        dimensions[dim.id] = _weighted_mean(
            (ind.weight, indicators[ind.id].value)  # type: ignore[misc]
            for ind in dim.indicators
            if indicators[ind.id].value is not None
        )
    overall = _weighted_mean(
        (dim.weight, dimensions[dim.id])  # type: ignore[misc]
        for dim in fw.dimensions
        if dimensions[dim.id] is not None
    )
    return SideScores(
        side=side,
        invited=invited,
        submitted=len(submitted),
        in_progress=in_progress,
        withheld=False,
        indicators=indicators,
        dimensions=dimensions,
        overall=overall,
    )


def _texts(raw: Iterable[str]) -> tuple[str, ...]:
    """Unattributed texts: surrounding blanks removed, empty ones dropped, sorted (not in respondent order)."""
    return tuple(sorted(t.strip() for t in raw if isinstance(t, str) and t.strip()))


def score_round(r: RoundInput) -> RoundScores:
    """Score one round. Only submitted responses count; see docs/summary-json.md for the rules."""
    fw = r.framework
    if isinstance(r.threshold, bool) or not isinstance(r.threshold, int) or r.threshold < 1:
        raise ValueError(f"the threshold must be a whole number of at least 1 (got {r.threshold!r})")
    for resp in r.responses:
        if resp.side not in SIDES:
            raise ValueError(f"unknown side {resp.side!r}")

    withheld: list[Withheld] = []
    sides = {
        side: _side_scores(r, side, [resp for resp in r.responses if resp.side == side], withheld)
        for side in SIDES
    }
    side_a, side_b = (sides[s] for s in SIDES)

    missing = [s for s in SIDES if sides[s].withheld]
    indicators: dict[str, JointValue] = {}
    dimensions: dict[str, JointValue] = {}
    if missing:
        for side in missing:
            withheld.append(Withheld("needs_both_sides", {"side": side}))
        indicators = {ind.id: JointValue(None, None, False, None) for ind in fw.indicators}
        dimensions = {dim.id: JointValue(None, None, False, None, ()) for dim in fw.dimensions}
        overall = None
    else:
        for ind in fw.indicators:
            a, b = side_a.indicators[ind.id].value, side_b.indicators[ind.id].value
            if a is None or b is None:
                indicators[ind.id] = JointValue(None, None, False, None)
                continue
            joint, gap = (a + b) / 2, a - b
            indicators[ind.id] = JointValue(joint, gap, abs(gap) >= fw.gap_threshold, light_for(joint, fw))
        for dim in fw.dimensions:
            comparable = tuple(ind for ind in dim.indicators if indicators[ind.id].joint is not None)
            joint = _weighted_mean((ind.weight, indicators[ind.id].joint) for ind in comparable)  # type: ignore[misc]
            gap = _weighted_mean((ind.weight, indicators[ind.id].gap) for ind in comparable)  # type: ignore[misc]
            dimensions[dim.id] = JointValue(
                joint,
                gap,
                gap is not None and abs(gap) >= fw.gap_threshold,
                light_for(joint, fw),
                tuple(ind.id for ind in comparable),
            )
        overall = _weighted_mean(
            (dim.weight, dimensions[dim.id].joint)  # type: ignore[misc]
            for dim in fw.dimensions
            if dimensions[dim.id].joint is not None
        )

    problems: dict[str, dict[str, tuple[str, ...]]] = {}
    comments: dict[str, tuple[str, ...]] = {}
    for side in SIDES:
        if sides[side].withheld:
            continue
        submitted = [resp for resp in r.responses if resp.side == side and resp.submitted]
        for ind in fw.indicators:
            texts = _texts(resp.problems.get(ind.id, "") for resp in submitted)
            if texts:
                problems.setdefault(ind.id, {})[side] = texts
        side_comments = _texts(resp.comment for resp in submitted)
        if side_comments:
            comments[side] = side_comments

    return RoundScores(
        round_id=r.round_id,
        label=r.label,
        start_date=r.start_date,
        end_date=r.end_date,
        framework_key=fw.key,
        threshold=r.threshold,
        threshold_lowered=r.threshold < r.default_threshold,
        sides=sides,
        indicators=indicators,
        dimensions=dimensions,
        overall=overall,
        index=health_index(overall),
        light=light_for(overall, fw),
        withheld=tuple(withheld),
        problems=problems,
        comments=comments,
    )


# --------------------------------------------------------------------------------------------------- across rounds


def _ordered(rounds: Sequence[RoundScores]) -> list[RoundScores]:
    ordered = sorted(rounds, key=lambda s: (s.start_date, s.round_id))
    ids = [s.round_id for s in ordered]
    if len(set(ids)) != len(ids):
        raise ValueError("the same round id appears more than once")
    return ordered


def _previous_pos(ordered: list[RoundScores], pos: int) -> int | None:
    """Position of the latest earlier round that has a joint overall."""
    for j in range(pos - 1, -1, -1):
        if ordered[j].overall is not None:
            return j
    return None


def _joint(values: dict[str, JointValue], key: str) -> Fraction | None:
    jv = values.get(key)
    return None if jv is None else jv.joint


def _change(previous: Fraction | None, current: Fraction | None, step: Fraction) -> Change:
    if previous is None or current is None:
        return Change(previous, current, None, None)
    delta = current - previous
    return Change(previous, current, delta, direction_of(delta, step))


def _trend(ordered: list[RoundScores], pos: int, fw: Framework) -> Trend:
    cur = ordered[pos]
    if cur.overall is None:
        return Trend("withheld", None, None, None, None, {}, {})
    prev_pos = _previous_pos(ordered, pos)
    if prev_pos is None:
        return Trend("baseline", None, None, None, None, {}, {})
    prev = ordered[prev_pos]
    if prev.framework_key != cur.framework_key:
        return Trend("version_break", prev.label, prev.round_id, None, None, {}, {})
    step = fw.trend_step
    index_delta = None if cur.index is None or prev.index is None else cur.index - prev.index
    return Trend(
        kind="compared",
        previous_label=prev.label,
        previous_round_id=prev.round_id,
        overall=_change(prev.overall, cur.overall, step),
        index_delta=index_delta,
        dimensions={
            d.id: _change(_joint(prev.dimensions, d.id), _joint(cur.dimensions, d.id), step)
            for d in fw.dimensions
        },
        indicators={
            i.id: _change(_joint(prev.indicators, i.id), _joint(cur.indicators, i.id), step)
            for i in fw.indicators
        },
    )


def _falling_deltas(
    ordered: list[RoundScores], pos: int, dimension_id: str, count: int, step: Fraction
) -> tuple[Fraction, ...] | None:
    """The deltas (newest first) when the joint dimension went down in ``count`` consecutive comparisons ending at
    ``ordered[pos]``, each between a round and its previous round of the same framework version; else None."""
    deltas: list[Fraction] = []
    cur_pos = pos
    for _ in range(count):
        cur = ordered[cur_pos]
        if cur.overall is None:
            return None
        prev_pos = _previous_pos(ordered, cur_pos)
        if prev_pos is None:
            return None
        prev = ordered[prev_pos]
        if prev.framework_key != cur.framework_key:
            return None
        before, after = _joint(prev.dimensions, dimension_id), _joint(cur.dimensions, dimension_id)
        if before is None or after is None:
            return None
        delta = after - before
        if direction_of(delta, step) != "down":
            return None
        deltas.append(delta)
        cur_pos = prev_pos
    return tuple(deltas)


def _evaluate(
    cond: dict[str, Any], ordered: list[RoundScores], pos: int, fw: Framework
) -> tuple[bool, list[dict[str, Any]]]:
    """Evaluate a diagnosis condition; returns whether it holds and the true leaf conditions with their values.

    A condition on a withheld (None) value is false. ``any`` and ``all`` evaluate every branch so that all the
    true leaves are reported; a failed ``all`` reports none of its leaves.
    """
    cur = ordered[pos]
    if "any" in cond or "all" in cond:
        key = "any" if "any" in cond else "all"
        results = [_evaluate(sub, ordered, pos, fw) for sub in cond[key]]
        holds = any(ok for ok, _ in results) if key == "any" else all(ok for ok, _ in results)
        if not holds:
            return False, []
        return True, [leaf for ok, leaves in results if ok for leaf in leaves]
    if "any_dimension_gap_flagged" in cond:
        gaps = {
            d.id: cur.dimensions[d.id].gap
            for d in fw.dimensions
            if d.id in cur.dimensions and cur.dimensions[d.id].gap_flagged
        }
        if not gaps:
            return False, []
        largest = max(gaps.values(), key=abs)  # type: ignore[arg-type]
        return True, [{"any_dimension_gap_flagged": True, "value": largest, "gaps": gaps}]
    if "dimension" in cond and "falling_rounds" in cond:
        deltas = _falling_deltas(ordered, pos, cond["dimension"], cond["falling_rounds"], fw.trend_step)
        if deltas is None:
            return False, []
        value = _joint(cur.dimensions, cond["dimension"])
        return True, [{**cond, "value": value, "deltas": deltas}]
    if "below" in cond and ("dimension" in cond or "indicator" in cond):
        values = cur.dimensions if "dimension" in cond else cur.indicators
        value = _joint(values, cond["dimension"] if "dimension" in cond else cond["indicator"])
        if value is None or not value < _rule_number(cond["below"]):
            return False, []
        return True, [{**cond, "value": value}]
    raise ValueError(f"unknown diagnosis condition {cond!r}")


def _index_decline(ordered: list[RoundScores], pos: int, fw: Framework) -> Warning | None:
    """``index_falling`` when the health index fell in ``index_falling_rounds`` consecutive comparisons ending at
    ``ordered[pos]`` (any fall counts, however small), or by at least ``index_drop`` points from the highest index
    among the ``index_drop_rounds`` - 1 rounds before it. Rounds are compared as the trend compares them: each with
    its previous round that has an index, and only within the current round's framework version.

    Params: ``falls`` (consecutive falls ending here), ``from_label``/``from_round_id``/``from_index`` (where the
    decline is measured from: the start of the run of falls or the highest index of the window, whichever is
    higher), ``index`` (now), ``change`` (index - from_index, negative), ``rounds`` (rounds from there to here,
    both counted), and the rule's limits ``falling_rounds``, ``drop``, ``drop_rounds``."""
    cur = ordered[pos]
    if cur.index is None:
        return None
    chain = [cur]  # newest first: the current round and its comparable predecessors
    at = pos
    while True:
        prev_pos = _previous_pos(ordered, at)
        if prev_pos is None or ordered[prev_pos].framework_key != cur.framework_key:
            break
        chain.append(ordered[prev_pos])
        at = prev_pos
    falls = 0
    while falls + 1 < len(chain) and chain[falls].index < chain[falls + 1].index:  # type: ignore[operator]
        falls += 1
    candidates: list[int] = []  # positions in chain
    if falls >= fw.index_falling_rounds:
        candidates.append(falls)
    window = range(1, min(fw.index_drop_rounds, len(chain)))
    if window:
        peak = max(window, key=lambda k: (chain[k].index, k))  # type: ignore[arg-type]
        if chain[peak].index - cur.index >= fw.index_drop:  # type: ignore[operator]
            candidates.append(peak)
    if not candidates:
        return None
    start = max(candidates, key=lambda k: (chain[k].index, k))  # type: ignore[arg-type]
    ref = chain[start]
    return Warning(
        "index_falling",
        {
            "falls": falls,
            "from_label": ref.label,
            "from_round_id": ref.round_id,
            "from_index": ref.index,
            "index": cur.index,
            "change": cur.index - ref.index,  # type: ignore[operator]
            "rounds": start + 1,
            "falling_rounds": fw.index_falling_rounds,
            "drop": fw.index_drop,
            "drop_rounds": fw.index_drop_rounds,
        },
    )


def _overdue(rounds: Sequence[RoundScores], as_of: date, fw: Framework) -> Warning | None:
    """ "overdue" when no round started in the overdue_days days up to as_of (later rounds are ignored)."""
    starts = [s.start_date for s in rounds if s.start_date <= as_of]
    last = max(starts) if starts else None
    days = None if last is None else (as_of - last).days
    if days is not None and days <= fw.overdue_days:
        return None
    return Warning("overdue", {"last_start": last, "days": days, "limit": fw.overdue_days})


def _is_lowest_tier(index: Fraction | None, fw: Framework) -> bool:
    return index is not None and tier_for_index(index, fw) == fw.tiers[-1].id


def summarise(
    rounds: Sequence[RoundScores],
    round_id: int,
    as_of: date,
    framework: Framework,
    *,
    framework_for_key: Callable[[str], Framework] | None = None,
) -> RoundSummary:
    """Trend, diagnosis, early warnings, tier and exit review of one round among all rounds of its partnership.

    ``rounds`` may come in any order; they are ordered by start date, then round id. ``framework`` is the current
    round's framework (its key must match). ``framework_for_key`` gives the tiers of earlier rounds made with another
    framework version for the exit review; without it the current framework's tiers are used for every round.
    """
    ordered = _ordered(rounds)
    positions = {s.round_id: n for n, s in enumerate(ordered)}
    if round_id not in positions:
        raise KeyError(f"round {round_id} is not among the rounds given")
    pos = positions[round_id]
    cur = ordered[pos]
    if cur.framework_key != framework.key:
        raise ValueError(f"round {round_id} uses framework {cur.framework_key}, not {framework.key}")

    trend = _trend(ordered, pos, framework)

    findings: list[Finding] = []
    if cur.overall is not None:
        for rule in framework.diagnosis:
            holds, triggers = _evaluate(rule.when, ordered, pos, framework)
            if holds:
                findings.append(Finding(rule.id, tuple(triggers)))

    warnings: list[Warning] = []
    if cur.overall is not None:
        decline = _index_decline(ordered, pos, framework)
        if decline is not None:
            warnings.append(decline)
        for dim in framework.dimensions:
            if (
                _falling_deltas(ordered, pos, dim.id, framework.falling_rounds, framework.trend_step)
                is not None
            ):
                warnings.append(Warning("falling", {"dimension": dim.id, "rounds": framework.falling_rounds}))
        if trend.kind == "compared":
            prev = ordered[positions[trend.previous_round_id]]  # type: ignore[index]
            for dim in framework.dimensions:
                now, before = cur.dimensions.get(dim.id), prev.dimensions.get(dim.id)
                if now is None or before is None or not now.gap_flagged or before.gap is None:
                    continue
                assert now.gap is not None
                if abs(now.gap) - abs(before.gap) >= framework.gap_growth:
                    warnings.append(
                        Warning(
                            "gap_growing", {"dimension": dim.id, "gap": now.gap, "previous_gap": before.gap}
                        )
                    )
    overdue = _overdue(ordered, as_of, framework)
    if overdue is not None:
        warnings.append(overdue)

    tier = tier_for_index(cur.index, framework)
    exit_review = False
    if _is_lowest_tier(cur.index, framework):
        needed = framework.exit_review_after - 1
        streak = 0
        for earlier in reversed(ordered[:pos]):
            if streak >= needed:
                break
            if earlier.index is None:
                continue
            fw = framework if framework_for_key is None else framework_for_key(earlier.framework_key)
            if not _is_lowest_tier(earlier.index, fw):
                break
            streak += 1
        exit_review = streak >= needed

    return RoundSummary(
        scores=cur,
        trend=trend,
        diagnosis=tuple(findings),
        warnings=tuple(warnings),
        tier=tier,
        exit_review=exit_review,
        as_of=as_of,
    )


# --------------------------------------------------------------------------------------------------- portfolio


@dataclass(frozen=True)
class PartnershipOverview:
    """One portfolio row: the partnership's latest round with an index, as of a date.

    Rounds that start after ``as_of`` are ignored. Without any round with an index, the values of that round are
    None, and ``warnings`` still counts the early warnings (e.g. overdue) of the latest round.
    """

    round_id: int | None  # the latest round with an index
    round_label: str | None
    framework_key: str | None
    index: Fraction | None
    light: str | None
    trend_kind: str | None  # Trend.kind of that round
    trend: str | None  # "up" | "down" | "flat" of its joint overall (and index); None unless compared
    index_delta: Fraction | None
    gap_dimension: str | None  # dimension with the largest |gap| (first in framework order on a tie)
    gap: Fraction | None  # its gap, A - B
    gap_flagged: bool
    warnings: int  # number of early warnings
    last_start: date | None  # latest start date of any round up to as_of
    next_due: date | None  # last_start + overdue_days
    tier: str | None
    exit_review: bool
    index_falling: bool = False  # the index decline warning holds for that round


def partnership_overview(
    rounds: Sequence[RoundScores], as_of: date, framework_for_key: Callable[[str], Framework]
) -> PartnershipOverview:
    """The portfolio row of one partnership (``rounds`` = all its rounds, any order)."""
    considered = _ordered(started_by(rounds, as_of))  # the one rule: rounds started by the as-of date
    if not considered:
        return PartnershipOverview(
            None, None, None, None, None, None, None, None, None, None, False, 0, None, None, None, False
        )
    indexed = [s for s in considered if s.index is not None]
    base = indexed[-1] if indexed else considered[-1]
    fw = framework_for_key(base.framework_key)
    summary = summarise(considered, base.round_id, as_of, fw, framework_for_key=framework_for_key)

    gap_dimension: str | None = None
    gap: Fraction | None = None
    for dim in fw.dimensions:
        jv = base.dimensions.get(dim.id)
        if jv is not None and jv.gap is not None and (gap is None or abs(jv.gap) > abs(gap)):
            gap_dimension, gap = dim.id, jv.gap
    last_start = considered[-1].start_date
    latest_fw = framework_for_key(considered[-1].framework_key)
    has_index = base.index is not None
    return PartnershipOverview(
        round_id=base.round_id if has_index else None,
        round_label=base.label if has_index else None,
        framework_key=base.framework_key if has_index else None,
        index=base.index,
        light=base.light,
        trend_kind=summary.trend.kind if has_index else None,
        trend=summary.trend.overall.direction if summary.trend.overall is not None else None,
        index_delta=summary.trend.index_delta,
        gap_dimension=gap_dimension,
        gap=gap,
        gap_flagged=gap_dimension is not None and base.dimensions[gap_dimension].gap_flagged,
        warnings=len(summary.warnings),
        last_start=last_start,
        next_due=last_start + timedelta(days=latest_fw.overdue_days),
        tier=summary.tier,
        exit_review=summary.exit_review,
        index_falling=any(w.code == "index_falling" for w in summary.warnings),
    )
