"""The scoring engine, against hand-computed cases (the arithmetic is in the comments).

Default framework: 5 dimensions x 2 indicators, all weights 1, gap/spread threshold 1.0, red < 2.5 <= amber < 3.5
<= green, trend step 0.25, overdue 183 days, gap growth 0.25, falling 2 rounds, tiers gold 80 / silver 65 /
bronze 50 / yellow 0, exit review after 3 yellow rounds.
"""

from __future__ import annotations

import json
from datetime import date, timedelta
from fractions import Fraction as F
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from healthdesk.analysis.numbers import fmt1, fmt2
from healthdesk.analysis.scoring import (
    direction_of,
    health_index,
    light_for,
    partnership_overview,
    score_round,
    summarise,
    tier_for_index,
)
from healthdesk.analysis.serialize import scores_from_dict, scores_to_dict
from healthdesk.analysis.types import ResponseInput, RoundInput, RoundScores, Warning, Withheld
from healthdesk.framework import Framework, default_framework, frameworks_dir, parse_framework

FW = default_framework()
D0 = date(2024, 1, 1)

# --------------------------------------------------------------------------------------------------- helpers


def team(side: str, *bases: int | None, fw: Framework = FW, submitted: bool = True, **over: Any) -> list:
    """One response per base score: every indicator gets the base, then ``over`` replaces it per respondent.

    ``over`` keys are indicator or dimension ids (a dimension sets all its indicators); values are a list with one
    score per respondent, or a single score for everyone. None is "not applicable"; the string "-" leaves it
    unanswered.
    """
    responses = []
    for k, base in enumerate(bases):
        scores: dict[str, int | None] = {ind.id: base for ind in fw.indicators}
        for key, vals in over.items():
            val = vals[k] if isinstance(vals, list) else vals
            ids = [i.id for i in fw.dimension_map[key].indicators] if key in fw.dimension_map else [key]
            for ind_id in ids:
                if val == "-":
                    scores.pop(ind_id, None)
                else:
                    scores[ind_id] = val
        responses.append(ResponseInput(side=side, submitted=submitted, scores=scores))
    return responses


def make_input(
    responses: list,
    *,
    round_id: int = 1,
    start: date = D0,
    fw: Framework = FW,
    threshold: int = 3,
    label: str | None = None,
    invited: dict[str, int] | None = None,
) -> RoundInput:
    return RoundInput(
        round_id=round_id,
        label=label or f"R{round_id}",
        start_date=start,
        end_date=None,
        framework=fw,
        threshold=threshold,
        responses=tuple(responses),
        invited=invited or {},
    )


def rnd(responses: list, **kw: Any) -> RoundScores:
    return score_round(make_input(responses, **kw))


def uniform(round_id: int, start: date, a: int, b: int | None = None, fw: Framework = FW, **over: Any):
    """Three respondents a side, everyone the same scores: side A ``a``, side B ``b`` (default ``a``)."""
    b = a if b is None else b
    return rnd(
        team("A", a, a, a, fw=fw, **over) + team("B", b, b, b, fw=fw, **over),
        round_id=round_id,
        start=start,
        fw=fw,
    )


def default_raw() -> dict:
    return json.loads((frameworks_dir() / "healthdesk-default-1.json").read_text("utf-8"))


FW2 = parse_framework({**default_raw(), "version": "2"})  # same content, another version key


def small_fw(dims: list, **rules: Any) -> Framework:
    """An inline framework: dims = [(dim_id, weight, [(indicator_id, weight), ...]), ...]."""
    levels = {str(k): {"en": f"level {k}", "zh": f"{k} 级"} for k in range(1, 6)}
    return parse_framework(
        {
            "format": "healthdesk-framework",
            "format_version": 1,
            "id": "small",
            "version": "1",
            "name": {"en": "Small", "zh": "小"},
            "rules": rules,
            "tiers": [
                {"id": "good", "min_index": 50, "name": {"en": "Good", "zh": "好"}},
                {"id": "poor", "min_index": 0, "name": {"en": "Poor", "zh": "差"}},
            ],
            "dimensions": [
                {
                    "id": d,
                    "weight": dw,
                    "name": {"en": d, "zh": d},
                    "indicators": [
                        {"id": i, "weight": iw, "name": {"en": i, "zh": i}, "levels": levels}
                        for i, iw in inds
                    ],
                }
                for d, dw, inds in dims
            ],
        }
    )


def codes(withheld: tuple[Withheld, ...]) -> list[tuple[str, dict]]:
    return [(w.code, w.params) for w in withheld]


# --------------------------------------------------------------------------------------------------- one round


def test_uniform_round_joint_gap_index_light_tier():
    # A all 4, B all 2 (3 each): every joint = (4 + 2) / 2 = 3, gap = 4 - 2 = 2 (flagged);
    # index = (3 - 1) / 4 x 100 = 50 -> bronze; light amber (2.5 <= 3 < 3.5).
    s = uniform(1, D0, 4, 2)
    assert s.sides["A"].overall == 4 and s.sides["B"].overall == 2
    for jv in list(s.indicators.values()) + list(s.dimensions.values()):
        assert (jv.joint, jv.gap, jv.gap_flagged, jv.light) == (3, 2, True, "amber")
    assert s.dimensions["finance"].comparable == ("revenue_growth", "cost_savings")
    assert s.overall == 3 and s.index == 50 and s.light == "amber"
    assert s.withheld == ()
    assert s.framework_key == "healthdesk-default@1"
    assert tier_for_index(s.index, FW) == "bronze"


def test_unequal_respondent_counts_joint_is_mean_of_side_means():
    # trust: A [5, 4, 3] -> 12/3 = 4; B [1, 2, 2, 2, 3] -> 10/5 = 2.
    # joint = (4 + 2) / 2 = 3, not the mean of all 8 answers (12 + 10) / 8 = 2.75. gap = 2.
    s = rnd(team("A", 3, 3, 3, trust=[5, 4, 3]) + team("B", 3, 3, 3, 3, 3, trust=[1, 2, 2, 2, 3]))
    assert s.sides["A"].indicators["trust"].value == 4
    assert s.sides["B"].indicators["trust"].value == 2
    assert s.indicators["trust"].joint == 3 != F(22, 8)
    assert s.indicators["trust"].gap == 2
    # relationship: A (3 + 4) / 2 = 3.5, B (3 + 2) / 2 = 2.5; joint = (3 + 3) / 2 = 3 = (3.5 + 2.5) / 2.
    assert s.dimensions["relationship"].joint == 3
    assert s.sides["B"].submitted == 5 and s.sides["A"].submitted == 3


def test_not_applicable_does_not_count_and_one_side_nobody_scored():
    # A: 4 respondents, trust [N/A, 2, 3, 4] -> scored 3, not applicable 1, mean 9/3 = 3.
    # B: 3 respondents, nobody scored trust (all N/A) -> 0 of 3 required: withheld for B, no joint trust.
    # relationship then compares only decision_conflicts: A 3, B 4 -> joint 3.5, gap -1 (flagged).
    s = rnd(team("A", 3, 3, 3, 3, trust=[None, 2, 3, 4]) + team("B", 4, 4, 4, trust=None))
    a_trust = s.sides["A"].indicators["trust"]
    assert (a_trust.value, a_trust.scored, a_trust.not_applicable) == (3, 3, 1)
    b_trust = s.sides["B"].indicators["trust"]
    assert (b_trust.value, b_trust.scored, b_trust.not_applicable, b_trust.spread) == (None, 0, 3, None)
    assert codes(s.withheld) == [
        ("indicator_below_threshold", {"side": "B", "indicator": "trust", "scored": 0, "required": 3})
    ]
    assert s.indicators["trust"].joint is None and s.indicators["trust"].gap is None
    assert not s.indicators["trust"].gap_flagged and s.indicators["trust"].light is None
    rel = s.dimensions["relationship"]
    assert rel.comparable == ("decision_conflicts",)
    assert (rel.joint, rel.gap, rel.gap_flagged) == (F(7, 2), -1, True)
    # B's own relationship dimension uses B's existing indicators only: decision_conflicts 4.
    assert s.sides["B"].dimensions["relationship"] == 4
    # A's relationship uses both of A's: (3 + 3) / 2 = 3.
    assert s.sides["A"].dimensions["relationship"] == 3


def test_unanswered_is_neither_score_nor_not_applicable():
    # trust unanswered by one of 4 A respondents: scored 3, not applicable 0.
    s = rnd(team("A", 3, 3, 3, 3, trust=["-", 3, 3, 3]) + team("B", 3, 3, 3))
    t = s.sides["A"].indicators["trust"]
    assert (t.scored, t.not_applicable, t.value) == (3, 0, 3)


def test_only_submitted_responses_count():
    # B: 3 submitted all 3 and 2 in progress all 1 -> B mean 3, in_progress 2; invited from the mapping.
    s = rnd(
        team("A", 3, 3, 3) + team("B", 3, 3, 3) + team("B", 1, 1, submitted=False),
        invited={"A": 4, "B": 6},
    )
    b = s.sides["B"]
    assert (b.submitted, b.in_progress, b.invited, b.overall) == (3, 2, 6, 3)
    assert s.sides["A"].invited == 4
    # without the mapping, invited = the responses given for that side
    s2 = rnd(team("A", 3, 3, 3) + team("B", 3, 3, 3) + team("B", 1, submitted=False))
    assert s2.sides["B"].invited == 4


def test_side_below_threshold_withholds_side_and_everything_joint():
    # B: 2 submitted (+1 in progress) < threshold 3 -> B withheld entirely; joint, gap, index, light withheld.
    responses = team("A", 4, 4, 4, trust=None) + team("B", 2, 2) + team("B", 1, submitted=False)
    s = rnd(responses)
    b = s.sides["B"]
    assert b.withheld and b.submitted == 2 and b.in_progress == 1
    assert b.overall is None and set(b.dimensions.values()) == {None}
    assert all(si.value is None and si.spread is None and si.scored == 0 for si in b.indicators.values())
    assert not s.sides["A"].withheld and s.sides["A"].overall == 4
    # A's trust (nobody scored it) is still noted; B gets no per-indicator notes, only the side note.
    assert codes(s.withheld) == [
        ("indicator_below_threshold", {"side": "A", "indicator": "trust", "scored": 0, "required": 3}),
        ("side_below_threshold", {"side": "B", "submitted": 2, "required": 3}),
        ("needs_both_sides", {"side": "B"}),
    ]
    assert all(jv.joint is None and jv.gap is None and jv.light is None for jv in s.indicators.values())
    assert all(jv.joint is None and jv.comparable == () for jv in s.dimensions.values())
    assert (s.overall, s.index, s.light) == (None, None, None)

    summary = summarise([s], 1, D0, FW)
    assert summary.trend.kind == "withheld"
    assert summary.diagnosis == () and summary.tier is None and not summary.exit_review


def test_both_sides_below_threshold():
    s = rnd(team("A", 1) + team("B", 1, 1))
    assert [w.code for w in s.withheld] == [
        "side_below_threshold",
        "side_below_threshold",
        "needs_both_sides",
        "needs_both_sides",
    ]
    assert s.overall is None and s.problems == {} and s.comments == {}


def test_indicator_below_threshold():
    # A: trust [N/A, N/A, 4] -> 1 of 3 required scores: withheld for A; B has it (3).
    s = rnd(team("A", 4, 4, 4, trust=[None, None, 4]) + team("B", 3, 3, 3))
    assert codes(s.withheld) == [
        ("indicator_below_threshold", {"side": "A", "indicator": "trust", "scored": 1, "required": 3})
    ]
    assert s.sides["A"].indicators["trust"].value is None
    assert s.sides["B"].indicators["trust"].value == 3
    assert s.indicators["trust"].joint is None
    assert s.overall is not None  # the rest is still compared


def test_threshold_lowered_and_lower_threshold_counts_smaller_sides():
    s = rnd(team("A", 4, 4) + team("B", 2, 2), threshold=2)
    assert s.threshold_lowered and s.overall == 3 and s.withheld == ()
    assert not rnd(team("A", 4, 4, 4) + team("B", 2, 2, 2)).threshold_lowered


def test_joint_dimension_is_mean_of_side_dimensions_when_all_comparable():
    # strategy: A goal 5, market 2 -> A dim 3.5; B goal 2, market 2 -> B dim 2.
    # joint goal (5 + 2)/2 = 3.5, joint market 2 -> joint dim (3.5 + 2)/2 = 2.75 = (3.5 + 2)/2.
    # gap: goal 3, market 0 -> dim gap 1.5 = 3.5 - 2.
    s = rnd(
        team("A", 3, 3, 3, goal_alignment=5, market_response=2)
        + team("B", 3, 3, 3, goal_alignment=2, market_response=2)
    )
    a, b = s.sides["A"].dimensions["strategy"], s.sides["B"].dimensions["strategy"]
    assert s.dimensions["strategy"].joint == (a + b) / 2 == F(11, 4)
    assert s.dimensions["strategy"].gap == a - b == F(3, 2)


def test_gap_exactly_one_is_flagged_and_099_is_not():
    # trust: A 4, B 3 -> gap exactly 1 -> flagged; the relationship dimension gap (1 + 0)/2 = 0.5 is not.
    s = rnd(team("A", 3, 3, 3, trust=4) + team("B", 3, 3, 3))
    assert s.indicators["trust"].gap == 1 and s.indicators["trust"].gap_flagged
    assert s.dimensions["relationship"].gap == F(1, 2) and not s.dimensions["relationship"].gap_flagged
    # A - B = -1 is flagged as well (|gap| >= 1)
    s = rnd(team("A", 3, 3, 3) + team("B", 3, 3, 3, trust=4))
    assert s.indicators["trust"].gap == -1 and s.indicators["trust"].gap_flagged
    # A: 100 respondents, 99 give trust 4 and one 3 -> 399/100 = 3.99; B 3 -> gap 0.99, not flagged.
    s = rnd(team("A", *[3] * 100, trust=[4] * 99 + [3]) + team("B", 3, 3, 3))
    assert s.indicators["trust"].gap == F(99, 100) and not s.indicators["trust"].gap_flagged
    # A whole dimension with gap exactly 1: both relationship indicators A 4, B 3 -> dim gap 1, flagged.
    s = rnd(team("A", 3, 3, 3, relationship=4) + team("B", 3, 3, 3))
    assert s.dimensions["relationship"].gap == 1 and s.dimensions["relationship"].gap_flagged


def test_spread_is_population_sd_and_flag_compares_variance_exactly():
    # A trust [2, 2, 4, 4]: mean 3, variance (1+1+1+1)/4 = 1 -> sd exactly 1.0 -> flagged.
    # A goal [2, 2, 4, 4, 3] (5 respondents): variance 4/5 -> sd 0.894 -> not flagged.
    # B trust [1, 3, 5]: variance (4 + 0 + 4)/3 = 8/3 -> sd sqrt(8/3) = 1.63299 -> flagged.
    s = rnd(team("A", 3, 3, 3, 3, trust=[2, 2, 4, 4]) + team("B", 3, 3, 3, trust=[1, 3, 5]))
    t = s.sides["A"].indicators["trust"]
    assert t.spread == 1.0 and t.spread_flagged
    b = s.sides["B"].indicators["trust"]
    assert b.spread == pytest.approx((8 / 3) ** 0.5) and b.spread_flagged
    assert s.sides["A"].indicators["goal_alignment"].spread == 0.0
    assert not s.sides["A"].indicators["goal_alignment"].spread_flagged
    s = rnd(team("A", 3, 3, 3, 3, 3, goal_alignment=[2, 2, 4, 4, 3]) + team("B", 3, 3, 3))
    g = s.sides["A"].indicators["goal_alignment"]
    assert g.spread == pytest.approx(0.8**0.5) and not g.spread_flagged


def test_spread_threshold_from_framework():
    # spread_threshold 0.5: [2, 3, 3, 4] variance (1+0+0+1)/4 = 1/2 -> sd 0.707 >= 0.5 flagged;
    # [3, 3, 3, 4] variance 3/16 -> sd 0.433 < 0.5 not flagged (variance 3/16 < 1/4).
    fw = small_fw([("d", 1, [("i", 1), ("j", 1)])], spread_threshold=0.5)
    s = rnd(team("A", 3, 3, 3, 3, fw=fw, i=[2, 3, 3, 4], j=[3, 3, 3, 4]) + team("B", 3, 3, 3, fw=fw), fw=fw)
    assert s.sides["A"].indicators["i"].spread_flagged
    assert not s.sides["A"].indicators["j"].spread_flagged


def test_traffic_light_boundaries():
    assert light_for(F(5, 2), FW) == "amber"  # 2.5 is amber
    assert light_for(F(249, 100), FW) == "red"
    assert light_for(F(7, 2), FW) == "green"  # 3.5 is green
    assert light_for(F(349, 100), FW) == "amber"
    assert light_for(None, FW) is None
    # on joint values of a round: A 3, B 2 -> joint 2.5 amber; A 4, B 3 -> joint 3.5 green; A 2, B 2 red.
    assert uniform(1, D0, 3, 2).light == "amber"
    assert uniform(1, D0, 4, 3).light == "green"
    assert uniform(1, D0, 2, 2).dimensions["finance"].light == "red"


def test_weights_of_indicators_and_dimensions():
    # d1 (weight 3): i1 (weight 1), i2 (weight 3); d2 (weight 1): i3.
    # A: i1 5, i2 1, i3 3 -> A d1 = (1x5 + 3x1)/4 = 2; A d2 = 3; A overall = (3x2 + 1x3)/4 = 9/4.
    # B: i1 3, i2 3, i3 5 -> B d1 = 3; B d2 = 5; B overall = (3x3 + 5)/4 = 14/4 = 7/2.
    # joint i1 = 4, i2 = 2, i3 = 4 -> joint d1 = (4 + 3x2)/4 = 5/2 (= (2 + 3)/2); joint d2 = 4;
    # joint overall = (3 x 5/2 + 4)/4 = 23/8 = 2.875; index = (23/8 - 1)/4 x 100 = 46.875 -> "46.9".
    # gap d1 = (1x2 + 3x(-2))/4 = -1 (flagged) = 2 - 3.
    fw = small_fw([("d1", 3, [("i1", 1), ("i2", 3)]), ("d2", 1, [("i3", 1)])])
    s = rnd(
        team("A", 3, 3, 3, fw=fw, i1=5, i2=1, i3=3) + team("B", 3, 3, 3, fw=fw, i1=3, i2=3, i3=5),
        fw=fw,
    )
    assert s.sides["A"].dimensions == {"d1": 2, "d2": 3} and s.sides["A"].overall == F(9, 4)
    assert s.sides["B"].dimensions == {"d1": 3, "d2": 5} and s.sides["B"].overall == F(7, 2)
    assert s.dimensions["d1"].joint == F(5, 2) and s.dimensions["d2"].joint == 4
    assert s.dimensions["d1"].gap == -1 and s.dimensions["d1"].gap_flagged
    assert s.overall == F(23, 8)
    assert s.index == F(375, 8) and fmt1(s.index) == "46.9"


def test_weights_with_an_indicator_missing_on_one_side():
    # Same framework; B's i2 is "not applicable" for everyone -> withheld for B.
    # A d1 = 2 (both of A's indicators); B d1 = i1 only = 3.
    # joint d1 over comparable i1 only: (5 + 3)/2 = 4, gap 2; joint d2 (3 + 5)/2 = 4, gap -2.
    # joint overall = (3x4 + 1x4)/4 = 4; index 75.
    fw = small_fw([("d1", 3, [("i1", 1), ("i2", 3)]), ("d2", 1, [("i3", 1)])])
    s = rnd(
        team("A", 3, 3, 3, fw=fw, i1=5, i2=1, i3=3) + team("B", 3, 3, 3, fw=fw, i1=3, i2=None, i3=5),
        fw=fw,
    )
    assert s.sides["A"].dimensions["d1"] == 2 and s.sides["B"].dimensions["d1"] == 3
    assert s.dimensions["d1"].comparable == ("i1",)
    assert (s.dimensions["d1"].joint, s.dimensions["d1"].gap) == (4, 2)
    assert s.overall == 4 and s.index == 75


def test_whole_dimension_not_comparable_is_left_out_of_the_joint_overall():
    # d2's only indicator is not applicable for side B -> joint d2 withheld; joint overall = joint d1 alone.
    fw = small_fw([("d1", 3, [("i1", 1), ("i2", 3)]), ("d2", 1, [("i3", 1)])])
    s = rnd(team("A", 4, 4, 4, fw=fw) + team("B", 2, 2, 2, fw=fw, i3=None), fw=fw)
    assert s.dimensions["d2"].joint is None and s.dimensions["d2"].comparable == ()
    assert s.sides["B"].dimensions["d2"] is None and s.sides["B"].overall == 2
    assert s.overall == 3


def test_health_index_and_rounding_half_up():
    # joint 3.49 -> index (3.49 - 1)/4 x 100 = 62.25 -> "62.3" (half-up, not banker's "62.2").
    assert health_index(F(349, 100)) == F(249, 4) and fmt1(health_index(F(349, 100))) == "62.3"
    assert health_index(F(1)) == 0 and health_index(F(5)) == 100 and health_index(None) is None
    # A [2, 2, 2, 3] -> 9/4; B 2 -> joint (9/4 + 2)/2 = 17/8 = 2.125 -> "2.13"
    s = rnd(team("A", 2, 2, 2, 3) + team("B", 2, 2, 2))
    assert s.overall == F(17, 8) and fmt2(s.overall) == "2.13"
    assert format(2.125, ".2f") == "2.12"  # what float formatting would have shown


def test_problems_and_comments_unattributed_sorted_and_only_for_sides_meeting_threshold():
    a = team("A", 3, 3, 3)
    a = [
        ResponseInput("A", True, a[0].scores, {"trust": "zeta: slow answers", "goal_alignment": " "}, "  "),
        ResponseInput("A", True, a[1].scores, {"trust": "alpha: missed meetings\n"}, "Keep going"),
        ResponseInput("A", True, a[2].scores, {}, "Budget is unclear"),
        ResponseInput("A", False, a[2].scores, {"trust": "draft, not submitted"}, "not submitted"),
    ]
    b = [ResponseInput("B", True, r.scores, {"trust": "B's secret"}, "B comment") for r in team("B", 3, 3)]
    s = rnd(a + b)
    assert s.problems == {"trust": {"A": ("alpha: missed meetings", "zeta: slow answers")}}
    assert s.comments == {"A": ("Budget is unclear", "Keep going")}
    # with B meeting the threshold its texts appear, sorted
    b3 = b + [ResponseInput("B", True, b[0].scores, {"trust": "A first"}, "")]
    s = rnd(a + b3)
    assert s.problems["trust"]["B"] == ("A first", "B's secret", "B's secret")
    assert s.comments["B"] == ("B comment", "B comment")


def test_invalid_inputs_raise():
    with pytest.raises(ValueError):
        rnd(team("A", 3, 3, 3, trust=6) + team("B", 3, 3, 3))
    with pytest.raises(ValueError):
        rnd(team("A", 3, 3, 3, trust=True) + team("B", 3, 3, 3))
    with pytest.raises(ValueError):
        rnd(team("C", 3, 3, 3) + team("B", 3, 3, 3))
    with pytest.raises(ValueError):
        rnd(team("A", 3) + team("B", 3), threshold=0)


# --------------------------------------------------------------------------------------------------- trend


def day(n: int) -> date:
    return D0 + timedelta(days=n)


def test_trend_baseline_up_down_flat_at_exact_steps():
    r1 = uniform(1, day(0), 3)  # all joint 3
    # A and B [3, 3, 3, 4] -> 13/4 = 3.25 everywhere: +0.25 exactly -> up; index 50 -> 56.25 (+6.25)
    r2 = rnd(team("A", 3, 3, 3, 4) + team("B", 3, 3, 3, 4), round_id=2, start=day(180))
    r3 = uniform(3, day(360), 3)  # back to 3: -0.25 exactly -> down
    # A [3, 3, 3, 4] 3.25, B 3 -> joint 3.125: +0.125 -> flat
    r4 = rnd(team("A", 3, 3, 3, 4) + team("B", 3, 3, 3), round_id=4, start=day(540))
    rounds = [r4, r2, r3, r1]  # any order

    t1 = summarise(rounds, 1, day(0), FW).trend
    assert (t1.kind, t1.overall, t1.previous_round_id, t1.dimensions) == ("baseline", None, None, {})

    t2 = summarise(rounds, 2, day(180), FW).trend
    assert t2.kind == "compared" and t2.previous_label == "R1" and t2.previous_round_id == 1
    assert (t2.overall.previous, t2.overall.current, t2.overall.delta) == (3, F(13, 4), F(1, 4))
    assert t2.overall.direction == "up" and t2.index_delta == F(25, 4)
    assert {c.direction for c in t2.dimensions.values()} == {"up"}
    assert t2.indicators["trust"].delta == F(1, 4) and t2.indicators["trust"].direction == "up"

    t3 = summarise(rounds, 3, day(360), FW).trend
    assert t3.overall.delta == F(-1, 4) and t3.overall.direction == "down" and t3.index_delta == F(-25, 4)
    assert t3.dimensions["finance"].direction == "down"

    t4 = summarise(rounds, 4, day(540), FW).trend
    assert t4.overall.delta == F(1, 8) and t4.overall.direction == "flat"


def test_direction_of_boundaries():
    step = F(1, 4)
    assert direction_of(F(1, 4), step) == "up"
    assert direction_of(F(24, 100), step) == "flat"
    assert direction_of(F(-1, 4), step) == "down"
    assert direction_of(F(-24, 100), step) == "flat"
    assert direction_of(None, step) is None


def test_trend_skips_rounds_without_joint_overall_and_orders_by_date_then_id():
    r1 = uniform(1, day(0), 3)
    r2 = rnd(team("A", 3, 3, 3) + team("B", 3, 3), round_id=2, start=day(100))  # B withheld
    r3 = uniform(3, day(200), 4)
    t = summarise([r3, r2, r1], 3, day(200), FW).trend
    assert t.previous_round_id == 1 and t.overall.delta == 1
    # same start date: round id breaks the tie (5 before 6)
    r5 = uniform(5, day(300), 2)
    r6 = uniform(6, day(300), 3)
    t6 = summarise([r6, r5, r3, r2, r1], 6, day(300), FW).trend
    assert t6.previous_round_id == 5 and t6.overall.delta == 1
    t5 = summarise([r6, r5, r3, r2, r1], 5, day(300), FW).trend
    assert t5.previous_round_id == 3 and t5.overall.delta == -2


def test_trend_change_with_a_value_withheld_on_one_round():
    r1 = uniform(1, day(0), 3)
    r2 = uniform(2, day(100), 4, trust=None)  # trust not applicable everywhere -> no joint trust
    t = summarise([r1, r2], 2, day(100), FW).trend
    assert t.indicators["trust"].previous == 3 and t.indicators["trust"].current is None
    assert t.indicators["trust"].delta is None and t.indicators["trust"].direction is None
    # relationship: 3 -> 4 (only decision_conflicts compared)
    assert t.dimensions["relationship"].delta == 1


def test_version_break():
    r1 = uniform(1, day(0), 3, fw=FW2)
    r2 = uniform(2, day(100), 4)
    t = summarise([r1, r2], 2, day(100), FW).trend
    assert t.kind == "version_break" and t.previous_label == "R1" and t.previous_round_id == 1
    assert t.overall is None and t.index_delta is None and t.dimensions == {} and t.indicators == {}
    assert summarise([r1, r2], 1, day(0), FW2).trend.kind == "baseline"


def test_summarise_checks_framework_and_round():
    r1 = uniform(1, day(0), 3)
    with pytest.raises(ValueError):
        summarise([r1], 1, day(0), FW2)
    with pytest.raises(KeyError):
        summarise([r1], 9, day(0), FW)
    with pytest.raises(ValueError):
        summarise([r1, r1], 1, day(0), FW)


# --------------------------------------------------------------------------------------------------- diagnosis


def findings(summary) -> dict[str, tuple]:
    return {f.rule_id: f.triggers for f in summary.diagnosis}


def test_healthy_round_has_no_findings():
    assert summarise([uniform(1, D0, 4)], 1, D0, FW).diagnosis == ()


def test_growth_stagnation_by_dimension_and_indicator_below():
    # finance both indicators 2 -> finance 2 < 3 and revenue_growth 2 < 2.5: both leaves reported.
    s = summarise([uniform(1, D0, 4, finance=2)], 1, D0, FW)
    assert findings(s) == {
        "growth_stagnation": (
            {"dimension": "finance", "below": 3.0, "value": 2},
            {"indicator": "revenue_growth", "below": 2.5, "value": 2},
        )
    }
    # revenue 2, savings 5 -> finance 3.5 (not below 3); revenue 2 < 2.5 -> fires on the indicator only.
    s = summarise([uniform(1, D0, 4, revenue_growth=2, cost_savings=5)], 1, D0, FW)
    assert findings(s) == {"growth_stagnation": ({"indicator": "revenue_growth", "below": 2.5, "value": 2},)}


def test_below_is_strict():
    # finance exactly 3 (revenue 3, savings 3) and revenue 3 >= 2.5: not below -> no finding.
    # revenue A 3 B 2 -> joint 2.5 exactly: not below 2.5.
    assert summarise([uniform(1, D0, 4, finance=3)], 1, D0, FW).diagnosis == ()
    s = rnd(team("A", 4, 4, 4, finance=3) + team("B", 4, 4, 4, revenue_growth=2, cost_savings=4))
    # finance joint = (2.5 + 3.5)/2 = 3, revenue 2.5 -> neither is below.
    assert s.indicators["revenue_growth"].joint == F(5, 2) and s.dimensions["finance"].joint == 3
    assert summarise([s], 1, D0, FW).diagnosis == ()


def test_growth_stagnation_by_falling_rounds_across_a_withheld_round():
    # finance 5 -> (withheld round) -> 4 -> 3: comparisons R4 vs R3 (-1) and R3 vs R1 (-1): 2 falls.
    # finance 3 is not below 3 and revenue 3 is not below 2.5, so only the falling leaf fires.
    r1 = uniform(1, day(0), 4, finance=5)
    r2 = rnd(team("A", 1, 1, 1) + team("B", 1), round_id=2, start=day(90))
    r3 = uniform(3, day(180), 4, finance=4)
    r4 = uniform(4, day(360), 4, finance=3)
    s = summarise([r1, r2, r3, r4], 4, day(360), FW)
    assert findings(s) == {
        "growth_stagnation": (
            {"dimension": "finance", "falling_rounds": 2, "value": 3, "deltas": (F(-1), F(-1))},
        )
    }
    assert Warning("falling", {"dimension": "finance", "rounds": 2}) in s.warnings
    # at R3 only one comparison is down -> no finding, no falling warning
    s3 = summarise([r1, r2, r3, r4], 3, day(180), FW)
    assert s3.diagnosis == () and not [w for w in s3.warnings if w.code == "falling"]


def test_falling_rounds_not_across_a_version_break_nor_after_a_flat_step():
    r1 = uniform(1, day(0), 4, finance=5, fw=FW2)
    r3 = uniform(3, day(180), 4, finance=4)
    r4 = uniform(4, day(360), 4, finance=3)
    s = summarise([r1, r3, r4], 4, day(360), FW)
    assert s.diagnosis == () and s.warnings == ()
    # 5 -> 5 (flat) -> 4: one fall only
    r1 = uniform(1, day(0), 4, finance=5)
    r3 = uniform(3, day(180), 4, finance=5)
    r4 = uniform(4, day(360), 4, finance=4)
    assert summarise([r1, r3, r4], 4, day(360), FW).diagnosis == ()


def test_falling_needs_each_step_at_least_a_trend_step():
    # Both sides, 4 respondents, finance: R1 [4,4,4,3] = 15/4, R2 [4,4,3,3] = 7/2, R3 [4,3,3,3] = 13/4.
    # Each step is exactly -0.25 -> down twice -> falling (finance stays >= 3, revenue >= 2.5).
    r1 = rnd(
        team("A", 4, 4, 4, 4, finance=[4, 4, 4, 3]) + team("B", 4, 4, 4, 4, finance=[4, 4, 4, 3]), round_id=1
    )
    r2 = rnd(
        team("A", 4, 4, 4, 4, finance=[4, 4, 3, 3]) + team("B", 4, 4, 4, 4, finance=[4, 4, 3, 3]),
        round_id=2,
        start=day(180),
    )
    r3 = rnd(
        team("A", 4, 4, 4, 4, finance=[4, 3, 3, 3]) + team("B", 4, 4, 4, 4, finance=[4, 3, 3, 3]),
        round_id=3,
        start=day(360),
    )
    assert [r.dimensions["finance"].joint for r in (r1, r2, r3)] == [F(15, 4), F(7, 2), F(13, 4)]
    s = summarise([r1, r2, r3], 3, day(360), FW)
    assert Warning("falling", {"dimension": "finance", "rounds": 2}) in s.warnings
    assert findings(s)["growth_stagnation"][0]["deltas"] == (F(-1, 4), F(-1, 4))
    # R3' at 3.375 (A 3.25, B 3.5): -0.125 from R2 -> flat -> no falling
    r3b = rnd(
        team("A", 4, 4, 4, 4, finance=[4, 3, 3, 3]) + team("B", 4, 4, 4, 4, finance=[4, 4, 3, 3]),
        round_id=3,
        start=day(360),
    )
    assert summarise([r1, r2, r3b], 3, day(360), FW).warnings == ()


def test_weakening_synergy_needs_all():
    # cost_savings 2 < 3 and operations (delivery 1 + communication 3)/2 = 2 < 3 -> fires with both leaves.
    # finance = (4 + 2)/2 = 3: not below; communication_cost 3 is not below 2.5.
    s = summarise([uniform(1, D0, 4, cost_savings=2, delivery_cycle=1, communication_cost=3)], 1, D0, FW)
    assert findings(s) == {
        "weakening_synergy": (
            {"indicator": "cost_savings", "below": 3.0, "value": 2},
            {"dimension": "operations", "below": 3.0, "value": 2},
        )
    }
    # operations 3 -> only one of the two -> nothing
    assert summarise([uniform(1, D0, 4, cost_savings=2, operations=3)], 1, D0, FW).diagnosis == ()


def test_condition_on_withheld_value_is_false():
    # cost_savings not applicable on side B -> joint cost_savings withheld -> weakening_synergy cannot fire
    # although operations is (1 + 3)/2 = 2. finance = revenue only = 4.
    s = summarise([uniform(1, D0, 4, delivery_cycle=1, communication_cost=3, cost_savings=None)], 1, D0, FW)
    assert s.scores.indicators["cost_savings"].joint is None
    assert s.diagnosis == ()


def test_innovation_fatigue():
    # market_response 2 < 2.5 -> fires (strategy (4 + 2)/2 = 3, innovation 4 not below)
    s = summarise([uniform(1, D0, 4, market_response=2)], 1, D0, FW)
    assert findings(s) == {
        "innovation_fatigue": ({"indicator": "market_response", "below": 2.5, "value": 2},)
    }
    s = summarise([uniform(1, D0, 4, innovation=2)], 1, D0, FW)
    assert findings(s) == {"innovation_fatigue": ({"dimension": "innovation", "below": 3.0, "value": 2},)}


def test_rising_trust_cost_each_leaf():
    s = summarise([uniform(1, D0, 4, relationship=2)], 1, D0, FW)
    assert findings(s) == {"rising_trust_cost": ({"dimension": "relationship", "below": 3.0, "value": 2},)}
    # communication_cost 2 -> operations (4 + 2)/2 = 3: not below; indicator 2 < 2.5 fires
    s = summarise([uniform(1, D0, 4, communication_cost=2)], 1, D0, FW)
    assert findings(s) == {
        "rising_trust_cost": ({"indicator": "communication_cost", "below": 2.5, "value": 2},)
    }
    # strategy A 5 B 4 -> gap 1 flagged (joint 4.5); innovation A 3 B 5 -> gap -2 flagged: largest |gap| -2.
    s = summarise(
        [rnd(team("A", 4, 4, 4, strategy=5, innovation=3) + team("B", 4, 4, 4, innovation=5))], 1, D0, FW
    )
    assert findings(s) == {
        "rising_trust_cost": (
            {"any_dimension_gap_flagged": True, "value": -2, "gaps": {"strategy": 1, "innovation": -2}},
        )
    }
    # gaps of 0.5 are not flagged -> nothing
    s = summarise([rnd(team("A", 4, 4, 4, trust=5) + team("B", 4, 4, 4))], 1, D0, FW)
    assert s.diagnosis == ()


def test_nested_any_all_conditions():
    raw = default_raw()
    raw["diagnosis"] = [
        {
            "id": "nested",
            "name": {"en": "N", "zh": "N"},
            "explanation": {"en": "E", "zh": "E"},
            "when": {
                "all": [
                    {"any": [{"dimension": "strategy", "below": 3.0}, {"indicator": "trust", "below": 3.0}]},
                    {"dimension": "finance", "below": 2.5},
                ]
            },
        }
    ]
    fw = parse_framework(raw)
    s = summarise([uniform(1, D0, 4, fw=fw, trust=2, finance=2)], 1, D0, fw)
    assert findings(s) == {
        "nested": (
            {"indicator": "trust", "below": 3.0, "value": 2},
            {"dimension": "finance", "below": 2.5, "value": 2},
        )
    }
    assert summarise([uniform(1, D0, 4, fw=fw, trust=2)], 1, D0, fw).diagnosis == ()


# --------------------------------------------------------------------------------------------------- warnings


def test_gap_growing_warning():
    # R1 strategy A 5, B 4 -> gap 1. R2: A 5, B [4, 4, 4, 3] = 15/4 -> gap 5/4: |gap| grew by 0.25 exactly.
    r1 = rnd(team("A", 4, 4, 4, strategy=5) + team("B", 4, 4, 4))
    r2 = rnd(
        team("A", 4, 4, 4, strategy=5) + team("B", 4, 4, 4, 4, strategy=[4, 4, 4, 3]),
        round_id=2,
        start=day(100),
    )
    s = summarise([r1, r2], 2, day(100), FW)
    assert s.warnings == (
        Warning("gap_growing", {"dimension": "strategy", "gap": F(5, 4), "previous_gap": F(1)}),
    )
    # R2': B [4]*7 + [3] = 31/8 -> gap 9/8: grew by 1/8 < 0.25 -> no warning
    r2b = rnd(
        team("A", 4, 4, 4, strategy=5) + team("B", *[4] * 8, strategy=[4] * 7 + [3]),
        round_id=2,
        start=day(100),
    )
    assert summarise([r1, r2b], 2, day(100), FW).warnings == ()


def test_gap_growing_needs_a_flagged_gap_and_same_version():
    # R1 strategy gap 0.5 (A goal 5, B 4 -> (1 + 0)/2), R2 gap 0.75 (A [5,5,5,5], B [4,4,4,3]... on goal only):
    # grew by 0.25 but 0.75 < 1 -> not flagged -> no warning.
    r1 = rnd(team("A", 4, 4, 4, goal_alignment=5) + team("B", 4, 4, 4))
    r2 = rnd(
        team("A", 4, 4, 4, goal_alignment=5) + team("B", 4, 4, 4, 4, goal_alignment=[4, 4, 4, 2]),
        round_id=2,
        start=day(100),
    )
    assert r1.dimensions["strategy"].gap == F(1, 2) and r2.dimensions["strategy"].gap == F(3, 4)
    assert summarise([r1, r2], 2, day(100), FW).warnings == ()
    # gap -1 -> +1.25: |gap| grew by 0.25 -> warning (the size of the gap, whichever side is higher)
    r1 = rnd(team("A", 4, 4, 4) + team("B", 4, 4, 4, strategy=5))
    r2 = rnd(
        team("A", 4, 4, 4, strategy=5) + team("B", 4, 4, 4, 4, strategy=[4, 4, 4, 3]),
        round_id=2,
        start=day(100),
    )
    assert [w.code for w in summarise([r1, r2], 2, day(100), FW).warnings] == ["gap_growing"]
    # previous round on another version: no comparison, no warning
    r1v2 = rnd(team("A", 4, 4, 4, fw=FW2) + team("B", 4, 4, 4, fw=FW2, strategy=5), fw=FW2)
    assert summarise([r1v2, r2], 2, day(100), FW).warnings == ()


def test_overdue_warning():
    # last start day 0; as of day 183 -> 183 days: within the window, not overdue; day 184 -> overdue.
    r1 = uniform(1, day(0), 4)
    assert summarise([r1], 1, day(183), FW).warnings == ()
    assert summarise([r1], 1, day(184), FW).warnings == (
        Warning("overdue", {"last_start": day(0), "days": 184, "limit": 183}),
    )
    # a round starting after as_of does not count
    r2 = uniform(2, day(300), 4)
    s = summarise([r1, r2], 1, day(200), FW)
    assert s.warnings == (Warning("overdue", {"last_start": day(0), "days": 200, "limit": 183}),)
    # no round started up to as_of at all
    s = summarise([r2], 2, day(10), FW)
    assert s.warnings == (Warning("overdue", {"last_start": None, "days": None, "limit": 183}),)
    # a withheld round still counts as a round started
    r3 = rnd(team("A", 4) + team("B", 4), round_id=3, start=day(150))
    assert summarise([r1, r3], 1, day(250), FW).warnings == ()


# --------------------------------------------------------------------------------------------------- tiers


def test_tier_for_index_boundaries():
    assert tier_for_index(F(100), FW) == "gold"
    assert tier_for_index(F(80), FW) == "gold"
    assert tier_for_index(F(7999, 100), FW) == "silver"
    assert tier_for_index(F(65), FW) == "silver"
    assert tier_for_index(F(50), FW) == "bronze"
    assert tier_for_index(F(4999, 100), FW) == "yellow"
    assert tier_for_index(F(0), FW) == "yellow"
    assert tier_for_index(None, FW) is None


def test_exit_review_after_three_yellow_rounds_with_an_index():
    # all 2 -> joint 2 -> index 25 (yellow); all 3 -> index 50 (bronze)
    y1 = uniform(1, day(0), 2)
    y2 = rnd(team("A", 2, 2, 2) + team("B", 2), round_id=2, start=day(90))  # withheld: no index, skipped
    y3 = uniform(3, day(180), 2)
    y4 = uniform(4, day(360), 2)
    rounds = [y4, y3, y2, y1]
    assert summarise(rounds, 1, day(0), FW).tier == "yellow"
    assert not summarise(rounds, 3, day(180), FW).exit_review  # only two yellow rounds so far
    s = summarise(rounds, 4, day(360), FW)
    assert s.tier == "yellow" and s.exit_review  # R1, R3, R4
    # a bronze round in between breaks the run
    b3 = uniform(3, day(180), 3)
    assert not summarise([y1, b3, y4], 4, day(360), FW).exit_review
    # a non-yellow current round is never reviewed
    y5 = uniform(5, day(540), 3)
    s5 = summarise([y1, y3, y4, y5], 5, day(540), FW)
    assert s5.tier == "bronze" and not s5.exit_review


def test_exit_review_after_from_framework_and_across_versions():
    raw = default_raw()
    raw["rules"]["exit_review_after"] = 1
    fw = parse_framework(raw)
    assert summarise([uniform(1, D0, 2, fw=fw)], 1, D0, fw).exit_review
    # an earlier yellow round on another version counts (with its own tiers via framework_for_key)
    r1 = uniform(1, day(0), 2, fw=FW2)
    r2 = uniform(2, day(180), 2)
    r3 = uniform(3, day(360), 2)
    lookup = {FW.key: FW, FW2.key: FW2}.__getitem__
    assert summarise([r1, r2, r3], 3, day(360), FW, framework_for_key=lookup).exit_review
    assert summarise([r1, r2, r3], 3, day(360), FW).exit_review


# --------------------------------------------------------------------------------------------------- portfolio


def test_partnership_overview():
    lookup = {FW.key: FW, FW2.key: FW2}.__getitem__
    r1 = uniform(1, day(0), 3)
    # R2: A all 4 except strategy 5; B all 4 except innovation 2 -> strategy gap 1, innovation gap 2 (largest).
    # joint: strategy 4.5, operations 4, finance 4, innovation 3, relationship 4 -> overall 19.5/5 = 3.9
    # index (3.9 - 1)/4 x 100 = 72.5 -> silver, light green; trend vs R1 (3): +0.9 up, index +22.5.
    r2 = rnd(team("A", 4, 4, 4, strategy=5) + team("B", 4, 4, 4, innovation=2), round_id=2, start=day(180))
    r3 = rnd(team("A", 4, 4, 4) + team("B", 4), round_id=3, start=day(300))  # withheld, no index
    r4 = uniform(4, day(900), 4)  # after as_of: ignored
    o = partnership_overview([r4, r3, r2, r1], day(400), lookup)
    assert (o.round_id, o.round_label, o.framework_key) == (2, "R2", FW.key)
    assert o.index == F(145, 2) and o.light == "green" and o.tier == "silver" and not o.exit_review
    assert (o.trend_kind, o.trend, o.index_delta) == ("compared", "up", F(45, 2))
    assert (o.gap_dimension, o.gap, o.gap_flagged) == ("innovation", 2, True)
    assert o.last_start == day(300) and o.next_due == day(300 + 183)
    # two gap_growing warnings (R1 had no gaps): strategy 0 -> 1, innovation 0 -> 2; not overdue (100 days)
    assert o.warnings == 2
    o = partnership_overview([r3, r2, r1], day(500), lookup)
    assert o.warnings == 3  # and overdue: 200 days since R3


def test_partnership_overview_without_index_or_rounds():
    lookup = {FW.key: FW}.__getitem__
    r1 = rnd(team("A", 4, 4, 4) + team("B", 4), start=day(0))
    o = partnership_overview([r1], day(10), lookup)
    assert o.index is None and o.round_id is None and o.tier is None and o.trend is None
    assert o.last_start == day(0) and o.next_due == day(183) and o.warnings == 0
    o = partnership_overview([], day(10), lookup)
    assert o.last_start is None and o.next_due is None and o.warnings == 0
    # an unflagged largest gap is reported as such
    r = rnd(team("A", 4, 4, 4, trust=5) + team("B", 4, 4, 4), start=day(0))
    o = partnership_overview([r], day(10), lookup)
    assert (o.gap_dimension, o.gap, o.gap_flagged) == ("relationship", F(1, 2), False)


def test_one_side_with_no_responses_at_all():
    s = rnd(team("A", 4, 4, 4))
    b = s.sides["B"]
    assert b.withheld and (b.invited, b.submitted, b.in_progress) == (0, 0, 0)
    assert codes(s.withheld) == [
        ("side_below_threshold", {"side": "B", "submitted": 0, "required": 3}),
        ("needs_both_sides", {"side": "B"}),
    ]
    assert s.sides["A"].overall == 4 and s.overall is None


# --------------------------------------------------------------------------------------------------- properties

_score = st.one_of(st.none(), st.integers(1, 5))
_WFW = small_fw([("d1", 2, [("i1", 1), ("i2", 3)]), ("d2", 1, [("i3", 2), ("i4", 1)])])


@settings(max_examples=60, deadline=None)
@given(
    a=st.lists(st.fixed_dictionaries({i: _score for i in ("i1", "i2", "i3", "i4")}), min_size=0, max_size=6),
    b=st.lists(st.fixed_dictionaries({i: _score for i in ("i1", "i2", "i3", "i4")}), min_size=0, max_size=6),
    threshold=st.integers(1, 3),
)
def test_invariants(a, b, threshold):
    responses = [ResponseInput("A", True, sc) for sc in a] + [ResponseInput("B", True, sc) for sc in b]
    s = rnd(responses, fw=_WFW, threshold=threshold)
    for dim in _WFW.dimensions:
        jv = s.dimensions[dim.id]
        sa, sb = s.sides["A"].dimensions[dim.id], s.sides["B"].dimensions[dim.id]
        if len(jv.comparable) == len(dim.indicators):
            # every indicator comparable: joint dimension = mean of side dimensions, gap = their difference
            assert jv.joint == (sa + sb) / 2 and jv.gap == sa - sb
        if jv.joint is not None:
            assert 1 <= jv.joint <= 5 and jv.gap_flagged == (abs(jv.gap) >= 1)
    if s.overall is not None:
        assert 0 <= s.index <= 100 and s.index == (s.overall - 1) * 25
    else:
        assert s.index is None and s.light is None
    # nothing of a withheld side leaks
    for side in "AB":
        if s.sides[side].withheld:
            assert s.sides[side].overall is None and side not in s.comments
            assert all(v.value is None for v in s.sides[side].indicators.values())
    assert scores_from_dict(json.loads(json.dumps(scores_to_dict(s)))) == s
