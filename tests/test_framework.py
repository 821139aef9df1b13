"""The framework file: the default one is complete in both languages; broken files are refused with a reason."""

from __future__ import annotations

import copy
import json

import pytest

from healthdesk import strictjson
from healthdesk.errors import ValidationError
from healthdesk.framework import default_framework, frameworks_dir, installed_frameworks, parse_framework


def default_raw() -> dict:
    return json.loads((frameworks_dir() / "healthdesk-default-1.json").read_text(encoding="utf-8"))


def test_default_framework_is_the_five_by_two_table_in_both_languages():
    fw = default_framework()
    assert [d.name.zh for d in fw.dimensions] == ["战略协同", "运营效率", "财务健康", "创新活力", "关系健康"]
    assert len(fw.indicators) == 10
    assert all(len(d.indicators) == 2 for d in fw.dimensions)
    # the file says "信任度(主观评估)"; read, its Chinese has full-width punctuation for every screen and paper
    assert fw.indicator_map["trust"].name.zh == "信任度（主观评估）"
    assert '"信任度(主观评估)"' in (frameworks_dir() / "healthdesk-default-1.json").read_text(
        encoding="utf-8"
    )
    for ind in fw.indicators:
        assert set(ind.levels) == {1, 2, 3, 4, 5}
        assert all(level.en.strip() and level.zh.strip() for level in ind.levels.values())
    assert {i.id for i in fw.indicators if i.high_is_bad} == {"communication_cost", "decision_conflicts"}
    assert [r.id for r in fw.diagnosis] == [
        "growth_stagnation",
        "weakening_synergy",
        "innovation_fatigue",
        "rising_trust_cost",
    ]
    assert [t.id for t in fw.tiers] == ["gold", "silver", "bronze", "yellow"]


def test_installed_framework_keys_are_unique():
    keys = [f.key for f in installed_frameworks()]
    assert len(keys) == len(set(keys))


@pytest.mark.parametrize(
    "mutate, reason",
    [
        (lambda raw: raw.update(format_version=2), "format_version"),
        (lambda raw: raw["dimensions"][0]["indicators"][0]["levels"].pop("3"), "levels"),
        (lambda raw: raw["dimensions"][1]["indicators"][0].update(id="goal_alignment"), "used twice"),
        (lambda raw: raw["dimensions"][0]["name"].pop("zh"), "both 'en' and 'zh'"),
        (lambda raw: raw["dimensions"][0].update(weight=0), "greater than 0"),
        (
            lambda raw: raw["diagnosis"][0]["when"]["any"].append({"dimension": "luck", "below": 3}),
            "unknown dimension",
        ),
        (lambda raw: raw["diagnosis"][0].update(when={"indicator": "trust", "above": 3}), "takes 'below'"),
        (lambda raw: raw["tiers"].pop(), "min_index 0"),
        (lambda raw: raw["tiers"][1].update(id="gold"), "its own 'id'"),
        (lambda raw: raw["diagnosis"][1].update(id="growth_stagnation"), "its own 'id'"),
        (lambda raw: raw["rules"].update(gap_treshold=1.0), "unknown keys in 'rules'"),
        (lambda raw: raw["rules"].update(trend_step=0), "greater than 0"),
        (lambda raw: raw["dimensions"][0]["indicators"][0].update(high_is_bad="false"), "true or false"),
        (lambda raw: raw["diagnosis"][0]["when"]["any"][2].update(falling_rounds=True), "whole number"),
    ],
)
def test_broken_framework_is_refused_with_reason(mutate, reason):
    raw = copy.deepcopy(default_raw())
    mutate(raw)
    with pytest.raises(ValidationError) as info:
        parse_framework(raw)
    assert reason in info.value.message_en()


@pytest.mark.parametrize(
    "text, reason",
    [
        ('{"a": 1, "a": 2}', "duplicate key"),
        ('{"a": NaN}', "not allowed"),
        ("[" * 100 + "]" * 100, "nested deeper"),
        (b"\xff\xfe", "UTF-8"),
    ],
)
def test_strict_json_refuses(text, reason):
    with pytest.raises(strictjson.StrictJSONError, match=reason):
        strictjson.loads(text)


def test_weights_change_the_version_key_not_the_code():
    raw = default_raw()
    raw["version"] = "2"
    raw["dimensions"][2]["weight"] = 2
    fw = parse_framework(raw)
    assert fw.key == "healthdesk-default@2"
    assert fw.dimension_map["finance"].weight == 2
