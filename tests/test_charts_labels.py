"""The trend chart (shared by the dashboard and the review): each dimension named at the end of its line, no two
names overlapping; a withheld round says why, written horizontally, in English, Chinese or both."""

from __future__ import annotations

from datetime import date

import pytest
from matplotlib.backends.backend_agg import FigureCanvasAgg

from healthdesk.reports import charts
from tests.test_charts import FW, LABELS, healthy, scored, team


def _withheld_round():
    sc = scored(team("A", [4, 4, 4]) + team("B", [2, 2]), round_id=2, start=date(2025, 1, 1))  # B: 2 of 3
    return sc


def _close(round_id: int, start: date):
    """Dimensions within a hair of each other: their names must still not overlap."""
    return scored(team("A", [4, 4, 4]) + team("B", [3, 3, 3]), round_id=round_id, start=start)


@pytest.mark.parametrize("lang", ["en", "zh", "bilingual"])
def test_dimension_names_at_line_ends_do_not_overlap(lang):
    history = [healthy(1), _withheld_round(), _close(3, date(2025, 7, 1))]
    fig = charts.trend_chart(history, FW, lang, LABELS)
    canvas = FigureCanvasAgg(fig)
    canvas.draw()
    ends = [t for t in fig.findobj() if getattr(t, "get_gid", lambda: None)() == "end-label"]
    assert len(ends) == len(FW.dimensions)
    for dim in FW.dimensions:
        want = dim.name.en if lang != "zh" else dim.name.zh
        assert any(want.split()[0] in t.get_text() for t in ends), want
    renderer = canvas.get_renderer()
    boxes = [t.get_window_extent(renderer) for t in ends]
    for i, a in enumerate(boxes):
        for b in boxes[i + 1 :]:
            assert not a.overlaps(b), "two dimension names overlap"
    assert all(b.x1 <= fig.bbox.x1 + 0.5 for b in boxes), "a name runs off the chart"


@pytest.mark.parametrize(
    ("lang", "words"),
    [
        ("en", ["withheld: 硬核科技 2 of 3"]),
        ("zh", ["已隐去：硬核科技 2/3 份"]),
        ("bilingual", ["withheld: 硬核科技 2 of 3", "已隐去：硬核科技 2/3 份"]),
    ],
)
def test_a_withheld_round_says_why_horizontally(lang, words):
    fig = charts.trend_chart([healthy(1), _withheld_round(), healthy(3)], FW, lang, LABELS)
    FigureCanvasAgg(fig).draw()
    why = [t for t in fig.findobj() if getattr(t, "get_gid", lambda: None)() == "withheld-why"]
    assert why
    assert all(t.get_rotation() == 0 for t in why)
    said = " ".join(t.get_text().replace("\n", " ") for t in why)
    for word in words:
        assert word in said
