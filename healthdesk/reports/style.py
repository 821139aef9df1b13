"""The one visual style of charts and the printed review (design.md): colours, line styles, lights, arrows, type.

Change a colour here and the dashboard charts, the PDF charts and the PDF tables follow. Every symbol used is in
the bundled font (a test checks them against its cmap).
"""

from __future__ import annotations

from typing import Any

from ..present.symbols import ARROWS, BULLET, DASH, GAP_FLAG, LIGHT_SYMBOLS, SPREAD_FLAG

# ----------------------------------------------------------------------------------------------- partners
SIDE_A_COLOUR = "#00666E"  # deep teal
SIDE_B_COLOUR = "#D9730D"  # warm orange
JOINT_COLOUR = "#1B1B1B"  # near black
GRID_COLOUR = "#C8C8C8"
TEXT_COLOUR = "#1B1B1B"
MUTED_COLOUR = "#6B6B6B"
WITHHELD_COLOUR = "#9A9A9A"
BAND_COLOUR = "#E6E6E6"

LINE_STYLES: dict[str, dict[str, Any]] = {
    "A": {"color": SIDE_A_COLOUR, "linestyle": "-", "marker": "o", "linewidth": 1.8, "markersize": 5.5},
    "B": {"color": SIDE_B_COLOUR, "linestyle": "--", "marker": "s", "linewidth": 1.8, "markersize": 5.0},
    "joint": {"color": JOINT_COLOUR, "linestyle": "-", "marker": "D", "linewidth": 3.0, "markersize": 4.5},
}
# Bars of the gap chart: a hatch as well as a colour, so the sides stay apart in black and white.
BAR_STYLES: dict[str, dict[str, Any]] = {
    "A": {"color": SIDE_A_COLOUR, "hatch": None, "edgecolor": SIDE_A_COLOUR},
    "B": {"color": "#F3C58F", "hatch": "////", "edgecolor": SIDE_B_COLOUR},
}

# Five dimensions on the trend chart: colour, marker and dash pattern all differ (colour-blind and grayscale safe).
SERIES_STYLES: tuple[dict[str, Any], ...] = (
    {"color": "#0072B2", "marker": "o", "linestyle": "-"},
    {"color": "#D55E00", "marker": "s", "linestyle": "--"},
    {"color": "#009E73", "marker": "^", "linestyle": "-."},
    {"color": "#CC79A7", "marker": "D", "linestyle": ":"},
    {"color": "#56B4E9", "marker": "v", "linestyle": (0, (6, 2, 1, 2, 1, 2))},
    {"color": "#E69F00", "marker": "P", "linestyle": (0, (3, 1))},
    {"color": "#666666", "marker": "X", "linestyle": (0, (1, 1))},
)

# ----------------------------------------------------------------------------------------------- traffic lights
# Okabe-Ito based: vermillion / amber / bluish green, never the only carrier of meaning (symbol and word beside).
LIGHT_COLOURS = {"red": "#C8412B", "amber": "#E2A40B", "green": "#0E8A62"}
# Cell backgrounds: tints whose greys differ on a grayscale print or screen (luminance about 150 red, 198 green,
# 239 amber, at least 40 apart), dark text stays readable on each; the cell's symbol says the light as well.
LIGHT_TINTS = {"red": "#E07A62", "amber": "#FDF0C2", "green": "#A3D9BF"}
# The index chart's bands: patterned as well as tinted so that they read in grayscale (red crossed, amber dotted).
BAND_HATCHES = {"red": "xx", "amber": "..", "green": ""}
BAND_HATCH_COLOUR = "#9A9A9A"
WITHHELD_TINT = "#EDEDED"
WITHHELD_HATCH = "////"

# Every symbol the report draws by itself (tests check each against the font's cmap).
SYMBOLS = (
    "".join(LIGHT_SYMBOLS.values())
    + "".join(ARROWS.values())
    + SPREAD_FLAG
    + GAP_FLAG
    + BULLET
    + DASH
    + "±→←…–·"
)

# ----------------------------------------------------------------------------------------------- charts
CHART_WIDTH = 6.5  # inches: the PDF text width, so chart type prints at its nominal size
CHART_DPI = 200  # PNG resolution in the PDF
TITLE_SIZE = 11.0
LABEL_SIZE = 8.5
TICK_SIZE = 8.0
LEGEND_SIZE = 8.0
NOTE_SIZE = 7.5
CELL_SIZE = 7.5

# ----------------------------------------------------------------------------------------------- PDF
BODY_SIZE = 10.0
TABLE_SIZE = 9.0
HEADER_SIZE = 8.0
H1_SIZE = 16.0
H2_SIZE = 12.5
H3_SIZE = 10.5
COVER_TITLE_SIZE = 24.0
BIG_NUMBER_SIZE = 30.0
MARGIN_MM = 22.0
TOP_MARGIN_MM = 24.0
BOTTOM_MARGIN_MM = 22.0
RULE_COLOUR = "#B0B0B0"
HEADER_FILL = "#EDF3F3"
ACCENT_COLOUR = SIDE_A_COLOUR
