"""The floor for a dashboard switch: matplotlib alone builds and draws the chart the dashboard shows first (the radar
of both partners and the joint score over the five dimensions), from numbers already in memory, with no HealthDesk
code: the same figure size and resolution, the same font, three series with markers, five wrapped axis labels, a
legend, the joint values beside it, a title and a note, drawn once by Agg.

    python bench/scale_floor.py [--runs 50]

``bench/scale.py`` imports :func:`build_and_draw` and times it interleaved with the app's own switch.
"""

from __future__ import annotations

import argparse
import math
import statistics
import time
from pathlib import Path

FONT = Path(__file__).resolve().parent.parent / "resources" / "fonts" / "wqy-microhei.ttc"
DIMENSIONS = (
    "Strategic\nalignment",
    "Operational\nefficiency",
    "Financial health",
    "Innovation\nvitality",
    "Relationship\nhealth",
)
_family: str | None = None


def _font_family() -> str:
    global _family
    if _family is None:
        from matplotlib import font_manager

        font_manager.fontManager.addfont(str(FONT))
        _family = font_manager.FontProperties(fname=str(FONT)).get_name()
    return _family


def build_and_draw(values: dict[str, list[float]], labels: tuple[str, str] = ("Side A", "Side B")) -> object:
    """Build the radar figure from ``values`` ({"A": [5 floats], "B": [...], "joint": [...]}) and draw it."""
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure

    family = _font_family()
    fig = Figure(figsize=(6.5, 3.7), dpi=100)
    fig.text(
        0.02, 0.97, "How each partner sees the five dimensions", va="top", fontfamily=family, fontsize=11
    )
    ax = fig.add_axes((0.13, 0.13, 0.48, 0.68), projection="polar")
    ax.set_theta_offset(math.pi / 2)
    ax.set_theta_direction(-1)
    n = len(DIMENSIONS)
    angles = [2 * math.pi * k / n for k in range(n)]
    ax.set_ylim(1, 5)
    ax.set_yticks([1, 2, 3, 4, 5])
    ax.set_xticks(angles)
    ax.set_xticklabels([])
    for angle, name in zip(angles, DIMENSIONS, strict=True):
        ax.text(angle, 5.45, name, ha="center", va="center", fontfamily=family, fontsize=8.5, clip_on=False)
    styles = {
        "A": {"color": "#00666E", "linestyle": "-", "marker": "o", "linewidth": 1.8},
        "B": {"color": "#D9730D", "linestyle": "--", "marker": "s", "linewidth": 1.8},
        "joint": {"color": "#1B1B1B", "linestyle": "-", "marker": "D", "linewidth": 3.0},
    }
    names = {"A": labels[0], "B": labels[1], "joint": "Joint"}
    for key, series in values.items():
        line = ax.plot([*angles, angles[0]], [*series, series[0]], label=names[key], **styles[key])
        if key != "joint":
            ax.fill(angles, series, color=line[0].get_color(), alpha=0.07)
    fig.legend(
        loc="upper left", bbox_to_anchor=(0.70, 0.80), frameon=False, prop={"family": family, "size": 8}
    )
    rows = [
        f"{name.replace(chr(10), ' ')}  {v:.2f}" for name, v in zip(DIMENSIONS, values["joint"], strict=True)
    ]
    fig.text(0.70, 0.42, "\n".join(rows), va="top", fontfamily=family, fontsize=7.5, linespacing=1.5)
    fig.text(0.02, 0.02, "1 = weakest, 5 = healthiest", fontfamily=family, fontsize=7.5)
    FigureCanvasAgg(fig).draw()
    return fig


def sample_values(seed: int) -> dict[str, list[float]]:
    a = [1 + ((seed * 7 + k * 3) % 40) / 10 for k in range(5)]
    b = [1 + ((seed * 5 + k * 11) % 40) / 10 for k in range(5)]
    return {"A": a, "B": b, "joint": [(x + y) / 2 for x, y in zip(a, b, strict=True)]}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=50)
    args = parser.parse_args()
    build_and_draw(sample_values(0))  # warm-up: imports, font cache
    times = []
    for n in range(args.runs):
        start = time.perf_counter()
        build_and_draw(sample_values(n))
        times.append((time.perf_counter() - start) * 1000)
    times.sort()
    p95 = times[min(len(times) - 1, math.ceil(0.95 * len(times)) - 1)]
    print(f"floor_radar_ms median={statistics.median(times):.1f} p95={p95:.1f} n={len(times)}")


if __name__ == "__main__":
    main()
