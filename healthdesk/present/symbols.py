"""Symbols every output draws, defined once (the report checks each against its font; the screens and the
command line use the same)."""

from __future__ import annotations

DASH = "—"  # a value that does not exist (not a withheld one: that is a word)
LIGHT_SYMBOLS = {"red": "✕", "amber": "●", "green": "✓"}  # never colour alone
LIGHT_NAMES = {"red": "red", "amber": "amber", "green": "green"}  # English names, e.g. the command line
ARROW_UP = "▲"
ARROW_DOWN = "▼"
ARROW_FLAT = "▶"
ARROWS = {"up": ARROW_UP, "down": ARROW_DOWN, "flat": ARROW_FLAT}
GAP_FLAG = "■"  # a gap at or above the threshold
SPREAD_FLAG = "◆"  # a side whose respondents disagree among themselves
BULLET = "•"


def arrow(direction: str | None) -> str:
    """The arrow of a trend direction; "" without one."""
    return ARROWS.get(direction or "", "")


def light_symbol(light: str | None) -> str:
    return LIGHT_SYMBOLS.get(light or "", "")
