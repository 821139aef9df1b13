"""Charts: partner labels in legends, withheld values never drawn as zero, language of titles, version breaks,
hostile labels, and the time a chart takes to build and draw (the dashboard switches partnerships in < 100 ms)."""

from __future__ import annotations

import json
import math
from datetime import date

import pytest
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.collections import PolyCollection
from matplotlib.figure import Figure
from matplotlib.patches import Rectangle
from matplotlib.text import Text

from healthdesk.analysis.numbers import fmt1, fmt2
from healthdesk.analysis.scoring import score_round
from healthdesk.analysis.types import ResponseInput, RoundInput, RoundScores
from healthdesk.framework import Framework, default_framework, frameworks_dir, parse_framework
from healthdesk.reports import charts, fonts, style

FW = default_framework()
LABELS = {"A": "CloudSoft", "B": "硬核科技"}


def team(side: str, scores: list[int], fw: Framework = FW, **per_indicator: list[int | None]) -> list:
    out = []
    for n, base in enumerate(scores):
        values: dict[str, int | None] = {ind.id: base for ind in fw.indicators}
        for ind_id, vals in per_indicator.items():
            values[ind_id] = vals[n]
        out.append(ResponseInput(side=side, submitted=True, scores=values))
    return out


def scored(
    responses: list,
    round_id: int = 1,
    start: date = date(2024, 1, 1),
    fw: Framework = FW,
    label: str | None = None,
) -> RoundScores:
    return score_round(
        RoundInput(
            round_id=round_id,
            label=label or f"R{round_id}",
            start_date=start,
            end_date=None,
            framework=fw,
            threshold=3,
            responses=tuple(responses),
        )
    )


def healthy(round_id: int = 1, a: int = 4, b: int = 3, **kw) -> RoundScores:
    return scored(
        team("A", [a, a, a]) + team("B", [b, b, b]),
        round_id=round_id,
        start=date(2023 + round_id // 2, 1 + 6 * (round_id % 2), 1),
        **kw,
    )


def texts(fig: Figure) -> list[str]:
    FigureCanvasAgg(fig).draw()
    return [t.get_text() for t in fig.findobj(Text) if t.get_text()]


def legend_texts(fig: Figure) -> list[str]:
    out = []
    for legend in fig.legends + [ax.get_legend() for ax in fig.axes if ax.get_legend()]:
        out += [t.get_text() for t in legend.get_texts()]
    return out


def all_line_y(fig: Figure) -> list[float]:
    ys = []
    for ax in fig.axes:
        for line in ax.get_lines():
            ys += [float(y) for y in line.get_ydata()]
    return ys


def test_radar_names_both_partners_and_joint_in_the_legend():
    fig = charts.radar_chart(healthy(), FW, LABELS, "en")
    legend = legend_texts(fig)
    assert "CloudSoft" in legend and "硬核科技" in legend and "Joint" in legend
    assert "A" not in legend and "B" not in legend
    shown = texts(fig)
    assert "How each partner sees the five dimensions" in shown
    # The joint values are printed beside the chart (3.50 everywhere: A 4, B 3).
    assert any("3.50" in t for t in shown)


def test_radar_plots_on_the_one_to_five_scale():
    fig = charts.radar_chart(healthy(a=5, b=1), FW, LABELS, "en")
    polar = fig.axes[0]
    assert polar.get_ylim() == (1.0, 5.0)
    ys = [y for y in all_line_y(fig) if not math.isnan(y)]
    assert min(ys) == 1.0 and max(ys) == 5.0


def test_a_side_below_threshold_is_withheld_not_zero_on_every_chart():
    sc = scored(team("A", [4, 4, 4]) + team("B", [2, 2]))  # B: 2 of 3 required responses
    radar = charts.radar_chart(sc, FW, LABELS, "en")
    assert 0.0 not in all_line_y(radar)
    assert any("硬核科技" in t and "withheld" in t for t in legend_texts(radar))
    assert any("withheld: 硬核科技 below threshold (2 of 3 required responses)" in t for t in texts(radar))

    gap = charts.gap_chart(sc, FW, LABELS, "en")
    bars = [
        p for p in gap.axes[0].patches if isinstance(p, Rectangle) and p.get_hatch() != style.WITHHELD_HATCH
    ]
    assert not [b for b in bars if b.get_width() == 0 and b.get_height() < 1], (
        "a withheld gap drawn as a zero bar"
    )
    shown = texts(gap)
    assert shown.count("withheld") == len(FW.indicators)  # one marked row per indicator
    assert any("withheld: 硬核科技 below threshold" in t for t in shown)

    trend = charts.trend_chart(
        [healthy(1), sc.__class__(**{**sc.__dict__, "round_id": 2, "start_date": date(2025, 1, 1)})],
        FW,
        "en",
        LABELS,
    )
    assert 0.0 not in all_line_y(trend)
    assert "withheld" in texts(trend)

    heat = charts.heatmap_chart(
        [healthy(1), sc.__class__(**{**sc.__dict__, "round_id": 2, "start_date": date(2025, 1, 1)})], FW, "en"
    )
    shown = texts(heat)
    assert shown.count(style.DASH) >= len(FW.indicators)  # one withheld cell per indicator in round 2
    assert not any(t.startswith("0.00") for t in shown)


def test_an_indicator_below_threshold_says_how_many_scores_it_had():
    # Two of B's three respondents say "not applicable" on trust: 1 of 3 required scores.
    sc = scored(team("A", [4, 4, 4]) + team("B", [3, 3, 3], trust=[None, None, 3]))
    fig = charts.gap_chart(sc, FW, LABELS, "en")
    assert any("withheld: 硬核科技: 1 of 3 required scores" in t for t in texts(fig))


def test_gap_chart_says_what_to_see_and_who_sees_it_higher():
    sc = scored(team("A", [5, 5, 5]) + team("B", [3, 3, 3], trust=[5, 5, 5]))
    fig = charts.gap_chart(sc, FW, LABELS, "en")
    shown = texts(fig)
    assert "Where the partners disagree" in shown
    assert "CloudSoft sees higher →" in shown and "← 硬核科技 sees higher" in shown
    assert "+2.00 " + style.GAP_FLAG in shown  # flagged gap
    assert "0.00" in shown  # trust: the same
    legend = legend_texts(fig)
    assert any("CloudSoft" in t for t in legend) and any("硬核科技" in t for t in legend)
    # The threshold band spans -1..+1.
    band = [p for p in fig.axes[0].patches if isinstance(p, Rectangle) and p.get_x() == -1.0]
    spans = [c for c in fig.axes[0].collections if isinstance(c, PolyCollection)] + band
    assert spans or any(abs(p.get_width() - 2.0) < 1e-9 for p in fig.axes[0].patches)


@pytest.mark.parametrize(
    "build",
    [
        lambda lang: charts.radar_chart(healthy(), FW, LABELS, lang),
        lambda lang: charts.trend_chart([healthy(1), healthy(2)], FW, lang, LABELS),
        lambda lang: charts.gap_chart(healthy(), FW, LABELS, lang),
        lambda lang: charts.heatmap_chart([healthy(1), healthy(2)], FW, lang),
        lambda lang: charts.portfolio_heatmap([("甲", healthy()), ("乙", None)], FW, lang),
    ],
    ids=["radar", "trend", "gap", "heatmap", "portfolio"],
)
def test_titles_and_labels_follow_the_language(build):
    fig = build("zh")
    zh = texts(fig)
    title = next(t.get_text() for t in fig.findobj(Text) if t.get_gid() == "title")
    assert any("\u4e00" <= ch <= "\u9fff" for ch in title), f"title not in Chinese: {title!r}"
    # Framework names appear in Chinese, never in English, on a Chinese chart.
    joined = "\n".join(zh)
    assert "Strategic alignment" not in joined and "Consistency of both" not in joined
    en = "\n".join(texts(build("en")))
    assert not any(
        "\u4e00" <= ch <= "\u9fff" for ch in en.replace("硬核科技", "").replace("甲", "").replace("乙", "")
    )
    bilingual = "\n".join(texts(build("bilingual")))
    assert " / " in bilingual  # the title in both languages


def test_trend_marks_baseline_and_interrupts_the_line_at_a_framework_version_break():
    raw = json.loads((frameworks_dir() / "healthdesk-default-1.json").read_text(encoding="utf-8"))
    raw["version"] = "2"
    fw2 = parse_framework(raw)
    r1, r2 = healthy(1), healthy(2)
    r3 = scored(
        team("A", [5, 5, 5], fw=fw2) + team("B", [4, 4, 4], fw=fw2),
        round_id=3,
        start=date(2025, 1, 1),
        fw=fw2,
    )
    fig = charts.trend_chart([r3, r1, r2], fw2, "en", LABELS)  # any order in
    shown = texts(fig)
    assert any("framework changed: v1 → v2, not comparable" in t.replace("\n", " ") for t in shown)
    assert shown.count("baseline") == 2  # round 1, and round 3 after the break
    assert [t for t in fig.axes[1].get_xticklabels()][0].get_text() == "R1"
    index_lines = [
        line for line in fig.axes[0].get_lines() if len(line.get_xdata()) and line.get_linewidth() >= 3
    ]
    assert sorted(len(line.get_xdata()) for line in index_lines) == [1, 2]  # two segments, not one line
    assert fmt1(r3.index) in shown and fmt1(r1.index) in shown


def test_heatmap_prints_values_and_light_symbols_in_cells():
    rows = [healthy(1, a=2, b=2), healthy(2, a=4, b=4)]
    shown = texts(charts.heatmap_chart(rows, FW, "en"))
    assert f"{fmt2(2)} {style.LIGHT_SYMBOLS['red']}" in shown
    assert f"{fmt2(4)} {style.LIGHT_SYMBOLS['green']}" in shown


def test_portfolio_heatmap_shows_partnerships_without_results():
    fig = charts.portfolio_heatmap([("CloudSoft × 硬核科技", healthy()), ("Logistics", None)], FW, "en")
    shown = texts(fig)
    assert "no results" in shown
    assert fmt1(healthy().index) + " " + style.LIGHT_SYMBOLS["amber"] in shown or any(
        t.startswith(fmt1(healthy().index)) for t in shown
    )


def test_hostile_partner_labels_draw_as_written():
    labels = {"A": "Acme $x^2$ Corp", "B": "Emoji 😀 Co"}
    fig = charts.gap_chart(healthy(), FW, labels, "en")
    canvas = FigureCanvasAgg(fig)
    canvas.draw()  # no mathtext error, no missing-glyph box from the wrong font
    legend = legend_texts(fig)
    assert any(r"Acme \$x^2\$ Corp" in t for t in legend)
    assert any("Emoji 😀 Co" in t for t in legend)  # drawn from the fallback font
    charts.render_png(fig, dpi=50)


def test_wrap_breaks_chinese_between_characters_and_english_at_spaces():
    assert charts.wrap("Consistency of both partners' strategic goals", 20).split("\n") == [
        "Consistency of both",
        "partners' strategic",
        "goals",
    ]
    lines = charts.wrap("双方战略目标一致性双方战略目标一致性", 10).split("\n")
    assert all(len(line) <= 5 for line in lines) and "".join(lines) == "双方战略目标一致性" * 2
    assert charts.wrap("x" * 100, 10, max_lines=3).count("\n") == 2


def test_a_withheld_note_is_wrapped_in_even_lines_at_its_spaces():
    # plain wrap leaves "of 3" alone on the second line; the note under a withheld round reads as two halves
    assert charts.wrap("withheld: 华岳智造 2 of 3", 22, 3).split("\n") == ["withheld: 华岳智造 2", "of 3"]
    assert charts.wrap_balanced("withheld: 华岳智造 2 of 3", 22, 3).split("\n") == [
        "withheld: 华岳智造",
        "2 of 3",
    ]
    # a narrow slot (the summary sheet): a third line rather than a name broken in two
    assert charts.wrap("withheld: 华岳智造 2 of 3", 14, 3).split("\n") == ["withheld: 华岳", "智造 2 of 3"]
    assert charts.wrap_balanced("withheld: 华岳智造 2 of 3", 14, 3).split("\n") == [
        "withheld:",
        "华岳智造",
        "2 of 3",
    ]
    assert charts.wrap_balanced("withheld: both sides below the threshold", 18, 3).split("\n") == [
        "withheld: both",
        "sides below",
        "the threshold",
    ]


def test_index_values_and_the_baseline_sit_on_a_white_box_over_the_bands():
    fig = charts.trend_chart([healthy(1), healthy(2)], FW, "en", LABELS)
    marked = [t for t in fig.findobj(Text) if t.get_gid() in ("index-value", "baseline")]
    assert {t.get_gid() for t in marked} == {"index-value", "baseline"}
    for text in marked:
        box = text.get_bbox_patch()
        assert box is not None and box.get_facecolor()[:3] == (1.0, 1.0, 1.0), text.get_text()


def test_every_chart_text_is_in_the_bundled_font():
    fig = charts.trend_chart([healthy(1), healthy(2)], FW, "bilingual", LABELS)
    assert fonts.missing("".join(texts(fig)).replace("\\$", "$")) == []
