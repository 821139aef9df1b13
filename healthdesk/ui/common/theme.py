"""The one place for the app's colours, spacing and symbols (see docs/design.md).

Side A is a deep teal with a solid line and circle markers, side B a warm orange with a dashed line and square
markers. Traffic lights come from a colour-blind-safe set and always travel with a symbol and a word.
"""

from __future__ import annotations

from ...present.symbols import ARROW_DOWN, ARROW_FLAT, ARROW_UP
from ...present.symbols import LIGHT_SYMBOLS as LIGHT_SYMBOLS  # re-exported: screens read theme.LIGHT_SYMBOLS

# 8-pixel spacing grid.
GRID = 8
SPACING = GRID
MARGIN = 2 * GRID

# Partners.
SIDE_A = "#00695C"  # deep teal
SIDE_A_LIGHT = "#E0F2F1"
SIDE_B = "#E65100"  # warm orange
SIDE_B_LIGHT = "#FFF3E0"
JOINT = "#212121"  # near-black

# Traffic lights (Okabe–Ito based, distinguishable with colour-blindness) and their symbols.
RED = "#D55E00"
AMBER = "#E69F00"
GREEN = "#009E73"
LIGHT_COLOURS = {"red": RED, "amber": AMBER, "green": GREEN}

# Neutral tones.
TEXT = "#212121"
TEXT_MUTED = "#616161"
BORDER = "#D0D7DE"
SURFACE = "#FFFFFF"
SURFACE_ALT = "#F5F7F9"
NAV_BG = "#ECEFF1"
ACCENT = "#1565C0"
ERROR = "#B71C1C"
ERROR_BG = "#FDECEA"
WARNING_BG = "#FFF8E1"
INFO_BG = "#E3F2FD"

# Response states shown in the rounds screen (symbol + colour + word, never colour alone).
RESPONSE_SYMBOLS = {"not_started": "○", "in_progress": "◐", "submitted": "✓"}


def side_colour(side: str) -> str:
    return SIDE_A if side == "A" else SIDE_B


def side_light(side: str) -> str:
    return SIDE_A_LIGHT if side == "A" else SIDE_B_LIGHT


def trend_arrow(delta: float | None, step: float = 0.0) -> str:
    if delta is None:
        return ""
    if delta > step:
        return ARROW_UP
    if delta < -step:
        return ARROW_DOWN
    return ARROW_FLAT


STYLESHEET = f"""
QListWidget#navigation {{
    background: {NAV_BG};
    border: none;
    outline: 0;
    padding: {GRID}px 0px;
}}
QListWidget#navigation::item {{
    padding: {GRID}px {2 * GRID}px;
    border: none;
}}
QListWidget#navigation::item:selected {{
    background: {SURFACE};
    color: {ACCENT};
    border-left: 3px solid {ACCENT};
}}
QLabel[role="title"] {{
    font-size: 16pt;
    font-weight: 600;
    color: {TEXT};
}}
QLabel[role="subtitle"] {{
    color: {TEXT_MUTED};
}}
QLabel[role="section"] {{
    font-weight: 600;
    color: {TEXT};
    padding-top: {GRID}px;
}}
QLabel[role="error"] {{
    background: {ERROR_BG};
    color: {ERROR};
    border: 1px solid {ERROR};
    border-radius: 4px;
    padding: {GRID}px;
}}
QLabel[role="banner"] {{
    background: {WARNING_BG};
    border: 1px solid {AMBER};
    border-radius: 4px;
    padding: {GRID}px;
}}
QLabel[role="info"] {{
    background: {INFO_BG};
    border-radius: 4px;
    padding: {GRID}px;
}}
QLabel[side="A"] {{
    color: {SIDE_A};
    font-weight: 600;
}}
QLabel[side="B"] {{
    color: {SIDE_B};
    font-weight: 600;
}}
QLabel#readOnlyBadge {{
    background: {AMBER};
    color: {TEXT};
    border-radius: 4px;
    padding: 0px {GRID}px;
    font-weight: 600;
}}
QFrame[role="emptyCard"] {{
    background: {SURFACE};
    border: 1px solid {BORDER};
    border-radius: 8px;
}}
QLabel[role="emptyTitle"] {{
    font-size: 13pt;
    font-weight: 600;
    color: {TEXT};
}}
QFrame[role="nextStep"] {{
    background: {INFO_BG};
    border: 1px solid {ACCENT};
    border-radius: 4px;
}}
QFrame[role="card"] {{
    background: {SURFACE};
    border: 1px solid {BORDER};
    border-radius: 6px;
}}
"""
