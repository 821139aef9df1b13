"""Text formatting (numbers.py) and the JSON forms of the engine's results (serialize.py)."""

from __future__ import annotations

import json
from datetime import date
from fractions import Fraction as F

import pytest

from healthdesk import strictjson
from healthdesk.analysis.numbers import fmt1, fmt2, fmt_signed1, fmt_signed2, to_float
from healthdesk.analysis.scoring import score_round, summarise
from healthdesk.analysis.serialize import scores_from_dict, scores_to_dict, summary_to_json
from healthdesk.analysis.types import ResponseInput, RoundInput
from healthdesk.framework import default_framework

FW = default_framework()


def team(side: str, n: int, base: int | None, submitted: bool = True, **over) -> list[ResponseInput]:
    scores = {ind.id: base for ind in FW.indicators} | over
    return [ResponseInput(side, submitted, dict(scores)) for _ in range(n)]


def make(responses, round_id=1, start=date(2024, 1, 1), threshold=3, label=None):
    return score_round(
        RoundInput(
            round_id=round_id,
            label=label or f"R{round_id}",
            start_date=start,
            end_date=date(2024, 1, 31),
            framework=FW,
            threshold=threshold,
            responses=tuple(responses),
        )
    )


# --------------------------------------------------------------------------------------------------- numbers


def test_fmt2_rounds_half_up_exactly():
    assert fmt2(F(2.125)) == "2.13"  # the float 2.125 is exact; format(2.125, ".2f") gives "2.12"
    assert fmt2(F(-1, 8)) == "-0.13"
    assert fmt2(F(1, 3)) == "0.33"
    assert fmt2(F(2, 3)) == "0.67"
    assert fmt2(F(-1, 1000)) == "0.00"  # no negative zero
    assert fmt2(F(3)) == "3.00" and fmt2(4) == "4.00"
    assert fmt2(2.675) == "2.68"  # a float is taken at its decimal text
    assert fmt2(None) is None


def test_fmt1_for_the_index():
    assert fmt1(F(249, 4)) == "62.3"  # 62.25
    assert fmt1(F(1249, 20)) == "62.5"  # 62.45 -> 62.5
    assert fmt1(F(100)) == "100.0" and fmt1(F(0)) == "0.0"
    assert fmt1(None) is None


def test_signed_formats():
    assert fmt_signed2(F(2, 5)) == "+0.40"
    assert fmt_signed2(F(-1, 4)) == "-0.25"
    assert fmt_signed2(F(0)) == "0.00"
    assert fmt_signed2(F(1, 1000)) == "0.00" and fmt_signed2(F(-1, 1000)) == "0.00"
    assert fmt_signed2(F(1, 200)) == "+0.01"  # 0.005 half-up
    assert fmt_signed2(None) is None
    assert fmt_signed1(F(25, 4)) == "+6.3" and fmt_signed1(F(-5, 2)) == "-2.5" and fmt_signed1(0) == "0.0"


def test_to_float():
    assert to_float(F(1, 3)) == 1 / 3
    assert to_float(None) is None
    assert to_float(3) == 3.0
    with pytest.raises(TypeError):
        to_float(True)


# --------------------------------------------------------------------------------------------------- cache dict


def rich_round():
    """A round with a bit of everything: N/A, a withheld indicator, spreads, texts, an in-progress response."""
    a = team("A", 2, 4) + team("A", 2, 3, trust=None) + team("A", 1, 2, trust=5)
    a = [
        ResponseInput(r.side, r.submitted, r.scores, {"trust": f"problem {k}"}, f"comment {k}")
        for k, r in enumerate(a)
    ]
    b = team("B", 3, 3, new_offerings=None) + team("B", 1, 1, submitted=False)
    return make(a + b, threshold=3)


def test_scores_round_trip_exact():
    s = rich_round()
    # A: 5 respondents; trust [4, 4, N/A, N/A, 5] -> 3 scored, mean 13/3; goal [4, 4, 3, 3, 2] -> 16/5
    assert s.sides["A"].indicators["trust"].value == F(13, 3)
    assert s.sides["A"].indicators["goal_alignment"].value == F(16, 5)
    d = scores_to_dict(s)
    assert d["sides"]["A"]["indicators"]["trust"]["value"] == "13/3"
    assert d["sides"]["B"]["indicators"]["trust"]["value"] == "3/1"
    text = json.dumps(d, allow_nan=False)
    again = scores_from_dict(strictjson.loads(text))
    assert again == s
    assert isinstance(again.withheld, tuple) and isinstance(again.comments["A"], tuple)


def test_scores_round_trip_withheld_side():
    s = make(team("A", 3, 4) + team("B", 2, 2))
    assert scores_from_dict(json.loads(json.dumps(scores_to_dict(s)))) == s


@pytest.mark.parametrize(
    "mutate",
    [
        lambda d: d.update(cache_version=99),
        lambda d: d.update(overall=2.5),
        lambda d: d.update(overall="5/0"),
        lambda d: d.update(overall="6/4"),
        lambda d: d.pop("sides"),
        lambda d: d.update(threshold="3"),
        lambda d: d.update(start_date="yesterday"),
        lambda d: d["sides"]["A"].update(withheld=1),
    ],
)
def test_scores_from_dict_rejects_what_it_did_not_write(mutate):
    d = scores_to_dict(make(team("A", 3, 4) + team("B", 3, 2)))
    mutate(d)
    with pytest.raises(ValueError):
        scores_from_dict(d)


# --------------------------------------------------------------------------------------------------- summary JSON


def test_summary_json_values_and_nulls():
    # A 5 respondents (see rich_round), B 3 respondents all 3 with new_offerings N/A.
    s = rich_round()
    summary = summarise([s], 1, date(2024, 2, 1), FW)
    doc = summary_to_json(summary, FW, {"id": 7, "name": "Soft & Hard"})
    strictjson.loads(json.dumps(doc, allow_nan=False))  # plain JSON
    assert doc["schema_version"] == 1
    assert doc["partnership"] == {"id": 7, "name": "Soft & Hard"}
    assert doc["framework"]["key"] == "healthdesk-default@1"
    assert doc["round"] == {
        "id": 1,
        "label": "R1",
        "start_date": "2024-01-01",
        "end_date": "2024-01-31",
        "threshold": 3,
        "threshold_lowered": False,
    }
    assert doc["as_of"] == "2024-02-01"
    # full precision: A trust 13/3, joint (13/3 + 3)/2 = 11/3
    trust = doc["indicators"]["trust"]
    assert trust["sides"]["A"]["value"] == 13 / 3 and trust["joint"] == 11 / 3 and trust["gap"] == 4 / 3
    assert trust["gap_flagged"] is True and trust["light"] == "green"
    assert trust["sides"]["A"]["scored"] == 3 and trust["sides"]["A"]["not_applicable"] == 2
    # new_offerings withheld on side B -> nulls
    no = doc["indicators"]["new_offerings"]
    assert no["joint"] is None and no["gap"] is None and no["gap_flagged"] is None and no["light"] is None
    assert no["sides"]["B"]["value"] is None and no["sides"]["B"]["spread"] is None
    assert doc["dimensions"]["innovation"]["comparable"] == ["feedback_adoption"]
    assert doc["withheld"] == [
        {
            "code": "indicator_below_threshold",
            "params": {"side": "B", "indicator": "new_offerings", "scored": 0, "required": 3},
            "reason": "side B, indicator new_offerings: 0 of 3 required scores",
        }
    ]
    assert doc["sides"]["B"] == {
        "invited": 4,
        "submitted": 3,
        "in_progress": 1,
        "withheld": False,
        "overall": 3.0,
    }
    assert doc["trend"]["kind"] == "baseline" and doc["trend"]["previous_round"] is None
    assert doc["problems"]["trust"]["A"] == [f"problem {k}" for k in range(5)]
    assert doc["comments"] == {"A": [f"comment {k}" for k in range(5)]}
    assert doc["overall"]["index"] == float((s.overall - 1) / 4 * 100)


def test_summary_json_withheld_side():
    s = make(team("A", 3, 4, trust=None) + team("B", 2, 2), threshold=3)
    doc = summary_to_json(summarise([s], 1, date(2024, 1, 2), FW), FW)
    assert doc["partnership"] is None
    assert doc["overall"] == {"joint": None, "index": None, "light": None, "tier": None, "exit_review": False}
    assert doc["sides"]["B"]["withheld"] is True and doc["sides"]["B"]["overall"] is None
    assert doc["indicators"]["goal_alignment"]["sides"]["B"] == {
        "value": None,
        "scored": None,
        "not_applicable": None,
        "spread": None,
        "spread_flagged": None,
    }
    assert doc["dimensions"]["finance"]["sides"] == {"A": 4.0, "B": None}
    assert [w["reason"] for w in doc["withheld"]] == [
        "side A, indicator trust: 0 of 3 required scores",
        "side B: 2 of 3 required responses",
        "side B is withheld: the joint values, gaps, health index, light, trend and diagnosis need both sides",
    ]
    assert doc["trend"]["kind"] == "withheld" and doc["diagnosis"] == []


def test_summary_json_trend_diagnosis_and_warnings():
    r1 = make(team("A", 3, 4) + team("B", 3, 4), round_id=1, start=date(2023, 1, 1))
    r2 = make(
        team("A", 3, 4, revenue_growth=2, cost_savings=2) + team("B", 3, 4, revenue_growth=2, cost_savings=2),
        round_id=2,
        start=date(2023, 7, 1),
    )
    doc = summary_to_json(summarise([r1, r2], 2, date(2024, 3, 1), FW), FW)
    assert doc["trend"]["kind"] == "compared"
    assert doc["trend"]["previous_round"] == {"id": 1, "label": "R1"}
    # finance 4 -> 2: delta -2, down; overall (4x4 + 2)/5 = 3.6 from 4: -0.4 down; index -10
    assert doc["trend"]["dimensions"]["finance"] == {
        "previous": 4.0,
        "current": 2.0,
        "delta": -2.0,
        "direction": "down",
    }
    assert doc["trend"]["overall"]["direction"] == "down" and doc["trend"]["index_delta"] == -10.0
    diag = {d["rule_id"]: d for d in doc["diagnosis"]}
    assert set(diag) == {"growth_stagnation"}
    assert diag["growth_stagnation"]["name"] == {"en": "Growth stagnation", "zh": "增长停滞"}
    assert diag["growth_stagnation"]["triggers"][0] == {"dimension": "finance", "below": 3.0, "value": 2.0}
    assert len(diag["growth_stagnation"]["next_steps"]) == 3
    # the index fell 75 -> 65: 10 points, the framework's default index_drop (issue 16's decline warning)
    decline = doc["warnings"][0]
    assert decline["code"] == "index_falling" and decline["params"]["change"] == -10.0
    assert decline["message"] == "the health index fell from 75.0 (R1) to 65.0 over 2 rounds (-10.0)"
    # 2023-07-01 to 2024-03-01 = 244 days > 183
    assert doc["warnings"][1:] == [
        {
            "code": "overdue",
            "params": {"last_start": "2023-07-01", "days": 244, "limit": 183},
            "message": "no assessment round has started in the last 183 days "
            "(the last one started on 2023-07-01, 244 days ago)",
        }
    ]


def test_summary_json_refuses_another_framework():
    from healthdesk.framework import frameworks_dir, parse_framework

    raw = json.loads((frameworks_dir() / "healthdesk-default-1.json").read_text("utf-8"))
    fw2 = parse_framework({**raw, "version": "2"})
    summary = summarise([make(team("A", 3, 4) + team("B", 3, 4))], 1, date(2024, 1, 2), FW)
    with pytest.raises(ValueError):
        summary_to_json(summary, fw2)
