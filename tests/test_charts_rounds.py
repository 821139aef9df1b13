"""Charts over many rounds and the detail's history chart: round names thinned (first and last always, never
touching, in both languages), the trend's baseline mark when only the latest rounds are shown, the heat map's
"latest 12 of 40 rounds", and the history of one dimension or indicator (partner labels in the legend, 1-5, gaps
for withheld or hidden values, never zeros; a version break interrupts the lines)."""

from __future__ import annotations

import dataclasses
import math
import re
from datetime import date
from itertools import combinations

import pytest
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure
from matplotlib.text import Text

from healthdesk.analysis.types import RoundScores
from healthdesk.reports import charts, fonts
from tests.test_charts import FW, LABELS, legend_texts, scored, team

DIMS = [d.id for d in FW.dimensions]


def round_label(k: int, lang: str) -> str:
    year, half = 2006 + k // 2, k % 2
    if lang == "zh":
        return f"{year}年{'上' if half == 0 else '下'}半年"
    return f"{year} H{half + 1}"


def varied(k: int, lang: str = "en", fw_key: str | None = None, **kw) -> RoundScores:
    """Round ``k`` (0-based) with scores that move from round to round and differ by dimension and side."""
    a = [2 + (k + j) % 4 for j in range(3)]
    b = [1 + (2 * k + j) % 5 for j in range(3)]
    sc = scored(
        team("A", a) + team("B", b),
        round_id=k + 1,
        start=date(2006 + k // 2, 1 + 6 * (k % 2), 1),
        label=round_label(k, lang),
        **kw,
    )
    return dataclasses.replace(sc, framework_key=fw_key) if fw_key else sc


def history(n: int, lang: str = "en") -> list[RoundScores]:
    return [varied(k, lang) for k in range(n)]


def short_b(k: int, lang: str = "en") -> RoundScores:
    """Round ``k`` where side B has 2 of the 3 required responses: B and the joint values are withheld."""
    return scored(
        team("A", [4, 4, 4]) + team("B", [2, 2]),
        round_id=k + 1,
        start=date(2006 + k // 2, 1 + 6 * (k % 2), 1),
        label=round_label(k, lang),
    )


def drawn(fig: Figure) -> Figure:
    FigureCanvasAgg(fig).draw()
    return fig


def flat(text: str) -> str:
    return re.sub(r"\s", "", text)


def named_ticks(ax) -> list[Text]:  # noqa: ANN001
    return [t for t in ax.get_xticklabels() if t.get_text()]


def assert_apart(fig: Figure, texts: list[Text]) -> None:
    """No two texts overlap (a pixel of air between them) and every one lies inside the figure."""
    boxes = [t.get_window_extent() for t in texts]
    width, height = fig.canvas.get_width_height()
    for text, box in zip(texts, boxes, strict=True):
        assert box.x0 >= 0 and box.x1 <= width and box.y0 >= 0 and box.y1 <= height, (
            f"{text.get_text()!r} outside the figure"
        )
    for (ta, a), (tb, b) in combinations(zip(texts, boxes, strict=True), 2):
        assert a.x1 + 1 <= b.x0 or b.x1 + 1 <= a.x0 or a.y1 <= b.y0 or b.y1 <= a.y0, (
            f"{ta.get_text()!r} overlaps {tb.get_text()!r}"
        )


def gid_texts(fig: Figure, gid: str) -> list[Text]:
    return [t for t in fig.findobj(Text) if t.get_gid() == gid and t.get_text()]


def all_texts(fig: Figure) -> list[str]:
    return [t.get_text() for t in fig.findobj(Text) if t.get_text()]


# --------------------------------------------------------------------------------------------------- round names


@pytest.mark.parametrize("lang", ["en", "zh", "bilingual"])
def test_forty_rounds_on_the_trend_name_every_nth_round_first_and_last_never_touching(lang):
    rounds = history(40, "zh" if lang == "zh" else "en")
    fig = drawn(charts.trend_chart(rounds, FW, lang, LABELS))
    ticks = named_ticks(fig.axes[1])
    assert 4 <= len(ticks) <= charts.MAX_ROUND_LABELS
    assert flat(ticks[0].get_text()) == flat(rounds[0].label)
    assert flat(ticks[-1].get_text()) == flat(rounds[-1].label)
    positions = [round(t.get_position()[0]) for t in ticks]
    steps = {b - a for a, b in zip(positions, positions[1:-1], strict=False)}
    assert len(steps) <= 1, f"not every n-th round: {positions}"
    assert_apart(fig, ticks)
    # Every round keeps a tick mark; the index values are printed above the named rounds only, apart.
    assert len(fig.axes[1].get_xticks(minor=True)) + len(ticks) == 40
    values = gid_texts(fig, "index-value")
    assert len(values) == len(ticks)
    assert_apart(fig, values)


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_a_dozen_rounds_or_fewer_are_all_named(lang):
    for n in (8, 12):
        rounds = history(n, lang)
        fig = drawn(charts.trend_chart(rounds, FW, lang, LABELS))
        ticks = named_ticks(fig.axes[1])
        assert [flat(t.get_text()) for t in ticks] == [flat(sc.label) for sc in rounds]
        assert_apart(fig, ticks)


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_heatmap_of_forty_rounds_shows_the_latest_twelve_and_says_so(lang):
    rounds = history(40, lang)
    fig = drawn(charts.heatmap_chart(rounds, FW, lang))
    note = {"en": "latest 12 of 40 rounds", "zh": "最近 12 轮（共 40 轮）"}[lang]
    assert [t.get_text() for t in gid_texts(fig, "latest-rounds")] == [note]
    names = gid_texts(fig, "round-label")
    assert flat(names[0].get_text()) == flat(rounds[28].label)
    assert flat(names[-1].get_text()) == flat(rounds[-1].label)
    assert_apart(fig, names)
    # Twelve columns of values: each cell's text stays inside its cell (value over symbol when narrow).
    ax = fig.axes[0]
    cells = [t for t in ax.texts if re.match(r"^\d\.\d\d", t.get_text())]
    assert len(cells) == 12 * len(FW.indicators)
    cell_px = ax.get_window_extent().width / 12
    assert max(t.get_window_extent().width for t in cells) < cell_px - 2


def test_heatmap_of_all_forty_rounds_still_names_them_apart():
    fig = drawn(charts.heatmap_chart(history(40, "zh"), FW, "zh", max_rounds=None))
    assert not gid_texts(fig, "latest-rounds")
    names = gid_texts(fig, "round-label")
    assert 2 <= len(names) <= charts.MAX_ROUND_LABELS
    assert_apart(fig, names)


def test_round_names_wrap_where_a_reader_expects_it():
    positions, names = charts.round_ticks(["2035-H1", "2024年上半年", "2025 H1", "R1"], slot=0.45)
    assert positions == [0, 1, 2, 3]
    assert names == ["2035-\nH1", "2024年\n上半年", "2025\nH1", "R1"]


# --------------------------------------------------------------------------------------------------- baseline


def baselines(fig: Figure) -> list[Text]:
    return [t for t in fig.findobj(Text) if t.get_text() == "baseline"]


def test_trend_marks_the_first_round_as_baseline_unless_told_otherwise():
    rounds = history(6)
    assert len(baselines(drawn(charts.trend_chart(rounds, FW, "en", LABELS)))) == 1  # the PDF: whole history
    assert baselines(drawn(charts.trend_chart(rounds, FW, "en", LABELS, first_is_baseline=False))) == []


def test_trend_of_the_latest_rounds_does_not_call_the_first_shown_the_baseline():
    rounds = history(40)
    fig = drawn(charts.trend_chart(rounds, FW, "en", LABELS, max_rounds=12))
    assert baselines(fig) == []
    assert [t.get_text() for t in gid_texts(fig, "latest-rounds")] == ["latest 12 of 40 rounds"]
    ticks = named_ticks(fig.axes[1])
    shown = (
        ticks[0].get_text().replace("\n", " "),
        ticks[-1].get_text().replace("\n", " "),
    )  # one or two lines
    assert shown == (rounds[28].label, rounds[-1].label)


def test_trend_window_starting_with_a_new_framework_version_keeps_its_baseline():
    old = [varied(k) for k in range(10)]
    new = [varied(k, fw_key="healthdesk-default@2") for k in range(10, 14)]
    fig = drawn(charts.trend_chart(old + new, FW, "en", LABELS, max_rounds=4))
    marks = baselines(fig)
    assert len(marks) == 1 and marks[0].xy[0] == 0
    # A break inside the window: the rounds after it are a new baseline, the first shown is not.
    fig = drawn(charts.trend_chart(old + new, FW, "en", LABELS, max_rounds=6))
    assert [t.xy[0] for t in baselines(fig)] == [2]


def test_trend_window_after_withheld_rounds_only_marks_its_first_round_with_an_index_as_baseline():
    rounds = [short_b(k) for k in range(3)] + [varied(k) for k in range(3, 6)]
    fig = drawn(charts.trend_chart(rounds, FW, "en", LABELS, max_rounds=4))
    assert [t.xy[0] for t in baselines(fig)] == [1]  # round 4: nothing earlier had an index


# --------------------------------------------------------------------------------------------------- history


def series(fig: Figure) -> dict[str, list[tuple[float, float]]]:
    """Points of each plotted line by its colour/style key ("A", "B", "joint")."""
    from healthdesk.reports import style

    by_colour = {style.LINE_STYLES[key]["color"].lower(): key for key in ("A", "B", "joint")}
    out: dict[str, list[tuple[float, float]]] = {"A": [], "B": [], "joint": []}
    for line in fig.axes[0].get_lines():
        key = by_colour.get(str(line.get_color()).lower())
        if key is not None:
            out[key] += list(zip(map(float, line.get_xdata()), map(float, line.get_ydata()), strict=True))
    return out


def test_history_names_both_partners_and_joint_on_a_one_to_five_scale():
    fig = drawn(charts.history_chart(history(5), FW, "indicator", "trust", LABELS, "en"))
    assert legend_texts(fig) == ["CloudSoft", "硬核科技", "Joint"]
    ax = fig.axes[0]
    assert list(ax.get_yticks()) == [1, 2, 3, 4, 5]
    low, high = ax.get_ylim()
    assert low <= 1 and high >= 5
    title = next(t.get_text() for t in fig.findobj(Text) if t.get_gid() == "title")
    assert title == "Trust level (subjective): how both partners see it, round by round"
    points = series(fig)
    assert all(len(points[key]) == 5 for key in points)
    assert all(1 <= y <= 5 for pts in points.values() for _x, y in pts)


def test_history_leaves_withheld_and_hidden_values_out_never_zero():
    rounds = [varied(0), short_b(1), varied(2), varied(3)]
    fig = drawn(
        charts.history_chart(rounds, FW, "dimension", "relationship", LABELS, "en", hidden_rounds={4})
    )
    points = series(fig)
    ys = [y for pts in points.values() for _x, y in pts]
    assert 0.0 not in ys
    by_x = {key: dict(pts) for key, pts in points.items()}
    assert math.isnan(by_x["B"][1]) and math.isnan(by_x["joint"][1])  # B below threshold in round 2
    assert not math.isnan(by_x["A"][1])  # A's own value still shows
    assert all(math.isnan(by_x[key][3]) for key in by_x)  # round 4 hidden (blind): nothing of it
    assert [t.get_text() for t in gid_texts(fig, "gap-reason")] == ["hidden"]
    assert legend_texts(fig)[-1] == "withheld / hidden"
    assert any("never a zero" in t for t in all_texts(fig))


def test_history_interrupts_the_lines_at_a_version_break_and_leaves_missing_items_out():
    old = [varied(k) for k in range(3)]
    new = [varied(k, fw_key="healthdesk-default@2") for k in range(3, 6)]
    old[0] = dataclasses.replace(
        old[0], indicators={k: v for k, v in old[0].indicators.items() if k != "trust"}
    )
    fig = drawn(charts.history_chart(old + new, FW, "indicator", "trust", LABELS, "en"))
    joint_lines = [
        line
        for line in fig.axes[0].get_lines()
        if str(line.get_color()).lower() == "#1b1b1b" and len(line.get_xdata())
    ]
    assert sorted(len(line.get_xdata()) for line in joint_lines) == [3, 3]  # two segments, not one line
    assert [t.get_text() for t in gid_texts(fig, "version-break")] == [
        "framework changed: v1 → v2, not comparable"
    ]
    assert [t.get_text() for t in gid_texts(fig, "gap-reason")] == ["not in this version"]


@pytest.mark.parametrize("lang", ["zh", "bilingual"])
def test_history_speaks_the_language_and_every_glyph_is_in_the_font(lang):
    rounds = [varied(0, "zh"), short_b(1, "zh"), varied(2, "zh")]
    fig = drawn(
        charts.history_chart(rounds, FW, "dimension", "relationship", LABELS, lang, hidden_rounds={3})
    )
    legend = legend_texts(fig)
    assert legend[:2] == ["CloudSoft", "硬核科技"] and "综合" in legend[2]
    title = next(t.get_text() for t in fig.findobj(Text) if t.get_gid() == "title")
    assert "关系健康" in title
    if lang == "bilingual":
        assert "Relationship health" in title
    assert fonts.missing("".join(all_texts(fig)).replace("\\$", "$")) == []


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_history_of_forty_rounds_names_them_apart(lang):
    fig = drawn(charts.history_chart(history(40, lang), FW, "dimension", "finance", LABELS, lang))
    ticks = named_ticks(fig.axes[0])
    assert 4 <= len(ticks) <= charts.MAX_ROUND_LABELS
    assert flat(ticks[-1].get_text()) == flat(round_label(39, lang))
    assert_apart(fig, ticks)


def test_chart_texts_are_in_both_languages_and_in_the_font():
    from healthdesk.reports.catalogue import TEXTS

    for key in (
        "chart.latest_rounds",
        "chart.history.title",
        "chart.history.gaps",
        "hidden",
        "not_in_version",
    ):
        en, zh = TEXTS[key]
        assert en and zh and en != zh, key
        assert fonts.missing(en + zh) == [], key


def test_many_rounds_build_and_draw():
    """40 rounds of history still make every chart that grows with it (bench/report.py measures their speed)."""
    rounds = history(40, "zh")
    builders = {
        "trend": lambda: charts.trend_chart(rounds, FW, "zh", LABELS),
        "trend-latest": lambda: charts.trend_chart(rounds, FW, "zh", LABELS, max_rounds=12),
        "heatmap": lambda: charts.heatmap_chart(rounds, FW, "zh"),
        "history": lambda: charts.history_chart(rounds, FW, "indicator", "trust", LABELS, "zh"),
    }
    for name, build in builders.items():
        fig = drawn(build())
        assert fig.axes, name
