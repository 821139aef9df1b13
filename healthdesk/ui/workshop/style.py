"""The projector's look, shared by every part of the workshop: near-black on white, the partners' colours, the
traffic lights with symbols and words; type sizes that scale with the screen height (body 28 px at 1080p); the
style sheet; the label helpers; the words for lights, statuses and goal levels."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QLabel

from ..common import theme

# Projector palette: near-black on white, the partners' colours, the traffic lights with symbols and words.
INK = "#111111"
MUTED = "#3C3C3C"
PAPER = "#FFFFFF"
PANEL = "#F2F4F5"
# The control strip at the bottom edge ("? or F1 keys · N notes") and its reveal hint on a hidden screen: what the
# facilitator must find, so legible from the laptop (7:1 on white, at least 16 px), yet at the strip's edge, in
# grey and far smaller than anything the room reads (body 28 px at 1080p). The hint is bold, the strip is not.
HINT_INK = "#595959"
STRIP_INK = HINT_INK
# The least size of the strip and its reveal hint in pixels: legible from the laptop at any screen height.
HINT_MIN_PX = 16
SIDE_INK = {"A": theme.SIDE_A, "B": "#B34400"}  # side B's orange darkened for text on white
LIGHT_INK = {"red": "#B03A00", "amber": "#8A5A00", "green": "#006B4F"}
STATUS_SYMBOLS = {"planned": "○", "in_progress": "◐", "done": "✓", "dropped": "✕"}

TR_CONTEXT = "Workshop"


def tr(text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """Translate under the workshop's context (scripts/translations.py files lupdate's "" here)."""
    return QCoreApplication.translate(TR_CONTEXT, text, disambiguation, n)


def light_words() -> dict[str, str]:
    return {"red": tr("Red"), "amber": tr("Amber"), "green": tr("Green")}


def status_words() -> dict[str, str]:
    return {
        "planned": tr("Planned"),
        "in_progress": tr("In progress"),
        "done": tr("Done"),
        "dropped": tr("Dropped"),
    }


def level_words() -> dict[str, str]:
    return {"top": tr("Top-level goal"), "mid": tr("Mid-term goal"), "short": tr("Short-term goal")}


def sizes(height: int) -> dict[str, int]:
    """Pixel sizes for a screen ``height`` pixels tall: body 28 px at 1080p, everything scaled with the height."""
    unit = max(height, 480) / 1080
    return {
        "body": round(28 * unit),
        "small": round(28 * unit),  # nothing on the projector is smaller than body text
        "heading": round(40 * unit),
        "title": round(58 * unit),
        "big": round(120 * unit),
        "huge": round(160 * unit),
        "margin": round(64 * unit),
        "gap": round(24 * unit),
        # the facilitator's control strip and its reveal hint on a hidden screen: legible, still small
        "strip": max(HINT_MIN_PX, round(18 * unit)),
        "hint": max(HINT_MIN_PX, round(19 * unit)),
    }


def stylesheet(height: int) -> str:
    s = sizes(height)
    return f"""
    QWidget#workshop, QWidget#slide {{ background: {PAPER}; }}
    QWidget#blank {{ background: #000000; }}
    QLabel {{ color: {INK}; font-size: {s["body"]}px; }}
    QLabel[ws="title"] {{ font-size: {s["title"]}px; font-weight: 700; }}
    QLabel[ws="heading"] {{ font-size: {s["heading"]}px; font-weight: 600; }}
    QLabel[ws="big"] {{ font-size: {s["big"]}px; font-weight: 700; }}
    QLabel[ws="huge"] {{ font-size: {s["huge"]}px; font-weight: 700; }}
    QLabel[ws="muted"] {{ color: {MUTED}; }}
    QLabel[ws="footer"] {{ color: {MUTED}; font-size: {s["small"]}px; }}
    QLabel[ws="quote"] {{ background: {PANEL}; border-left: {max(4, s["gap"] // 4)}px solid {INK};
                          padding: {s["gap"] // 2}px {s["gap"]}px; }}
    QLabel[ws="toast"] {{ background: {theme.GREEN}; color: #FFFFFF; font-weight: 600;
                          padding: {s["gap"] // 2}px {s["gap"]}px; border-radius: 6px; }}
    QLabel[ws="warn"] {{ color: {LIGHT_INK["red"]}; font-weight: 700; }}
    QLabel[side="A"] {{ color: {SIDE_INK["A"]}; }}
    QLabel[side="B"] {{ color: {SIDE_INK["B"]}; }}
    QFrame#captureBar {{ background: {PANEL}; border-top: 3px solid {INK}; }}
    QFrame#captureBar QLineEdit {{
        font-size: {s["body"]}px; padding: {s["gap"] // 4}px; color: {INK}; background: #FFFFFF;
        border: 2px solid {MUTED};
    }}
    QFrame#captureBar QLineEdit:focus {{ border: 2px solid {theme.ACCENT}; }}
    QFrame#captureBar QComboBox {{ font-size: {s["body"]}px; color: {INK}; }}
    QFrame[ws="tile"] {{ background: {PANEL}; border-radius: 8px; }}
    QFrame#notesOverlay {{ background: {PANEL}; border: 6px solid {LIGHT_INK["red"]}; }}
    QFrame#helpOverlay {{ background: {PANEL}; border: 6px solid {MUTED}; }}
    QLabel#controlStrip {{ color: {STRIP_INK}; font-size: {s["strip"]}px; }}
    QLabel#revealHint {{ color: {HINT_INK}; font-size: {s["hint"]}px; font-weight: 600; }}
    """


def label(text: str = "", role: str | None = None, side: str | None = None, wrap: bool = True) -> QLabel:
    """A plain-text label of the projector (``role``: the style sheet's ws property, e.g. "heading")."""
    widget = QLabel(text)
    widget.setTextFormat(Qt.TextFormat.PlainText)
    widget.setWordWrap(wrap)
    if role:
        widget.setProperty("ws", role)
    if side:
        widget.setProperty("side", side)
    widget.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    return widget


def coloured(widget: QLabel, colour: str) -> QLabel:
    widget.setStyleSheet(widget.styleSheet() + f"color: {colour};")
    return widget


def sized(widget: QLabel, px: int) -> QLabel:
    """A label's own type size (the dimension slide scales its type to the room it has)."""
    widget.setStyleSheet(widget.styleSheet() + f"font-size: {px}px;")
    return widget
