"""The index decline warning in the dashboard's words, in Chinese (issue 16: every output says it)."""

from __future__ import annotations

from fractions import Fraction

from healthdesk.analysis.types import Warning
from healthdesk.framework import default_framework


def test_the_decline_warning_and_its_next_step_in_chinese(ctx_zh):
    from healthdesk.ui.dashboard.page import ResultTexts

    warning = Warning(
        "index_falling",
        {
            "falls": 3,
            "from_label": "2025 H1",
            "from_round_id": 1,
            "from_index": Fraction("67.9"),
            "index": Fraction("37.9"),
            "change": Fraction(-30),
            "rounds": 4,
            "falling_rounds": 3,
            "drop": Fraction(10),
            "drop_rounds": 4,
        },
    )
    words = ResultTexts("zh")
    said = words.warning_sentence(warning, default_framework(), {"A": "A", "B": "B"})
    assert said == "健康指数在4轮中从67.9（2025 H1）降至37.9（-30.0）。已连续3轮下降。"
    assert "首要议题" in words.warning_step(warning, default_framework())
