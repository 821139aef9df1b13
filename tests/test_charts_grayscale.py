"""Heat-map cells and the index chart's bands still differ when printed or shown in grayscale."""

from __future__ import annotations

import io
from datetime import date

import numpy as np
from PIL import Image

from healthdesk.reports import charts
from tests.test_charts import FW, LABELS, scored, team

DPI = 80


def history():
    return [
        scored(team("A", [5, 5, 5]) + team("B", [5, 5, 5]), round_id=1),  # green
        scored(team("A", [1, 1, 1]) + team("B", [2, 2, 2]), round_id=2, start=date(2024, 6, 1)),  # red
        scored(team("A", [3, 3, 3]) + team("B", [3, 3, 3]), round_id=3, start=date(2024, 12, 1)),  # amber
    ]


def gray(fig) -> np.ndarray:
    """The figure as drawn, in grayscale (luminance 0-255), top row first."""
    png = charts.render_png(fig, dpi=DPI)
    return np.asarray(Image.open(io.BytesIO(png)).convert("L"), dtype=float)


def patch(image: np.ndarray, ax, x0: float, x1: float, y0: float, y1: float) -> np.ndarray:  # noqa: ANN001
    """The pixels of a data-coordinate box of ``ax``."""
    fig_h = image.shape[0]
    scale = DPI / ax.figure.dpi  # the image was drawn at DPI, the transforms are at the figure's own dpi
    (px0, py0), (px1, py1) = ax.transData.transform([(x0, y0), (x1, y1)]) * scale
    cols = sorted((int(px0), int(px1)))
    rows = sorted((int(fig_h - py0), int(fig_h - py1)))
    return image[rows[0] : rows[1], cols[0] : cols[1]]


def test_heatmap_green_amber_and_red_cells_are_different_greys():
    hist = history()
    assert [sc.light for sc in hist] == ["green", "red", "amber"]
    fig = charts.heatmap_chart(hist, FW, "en")
    image = gray(fig)
    ax = next(a for a in fig.axes if a.collections)
    # A corner of each cell of the first row (the value and symbol are in the middle).
    grey = {
        light: float(np.median(patch(image, ax, col - 0.45, col - 0.3, -0.45, -0.3)))
        for col, light in enumerate(["green", "red", "amber"])
    }
    assert grey["red"] < grey["green"] - 30, grey
    assert grey["green"] < grey["amber"] - 30, grey


def test_index_chart_bands_differ_in_grayscale():
    fig = charts.trend_chart(history(), FW, "en", LABELS)
    image = gray(fig)
    ax = fig.axes[0]  # the index panel
    red_at = float((FW.red_below - 1) / 4 * 100)
    green_at = float((FW.green_from - 1) / 4 * 100)
    # Between the first two rounds' markers, away from the line: the right third of the plot.
    x0, x1 = ax.get_xlim()
    x0 = x0 + (x1 - x0) * 0.85
    bands = {
        "red": patch(image, ax, x0, x1, 2, red_at - 2),
        "amber": patch(image, ax, x0, x1, red_at + 2, green_at - 2),
        "green": patch(image, ax, x0, x1, green_at + 2, 98),
    }
    looks = {k: (float(v.mean()), float(v.std())) for k, v in bands.items()}
    for a, b in (("red", "amber"), ("amber", "green"), ("red", "green")):
        (mean_a, std_a), (mean_b, std_b) = looks[a], looks[b]
        assert abs(mean_a - mean_b) >= 6 or abs(std_a - std_b) >= 6, (a, b, looks)
