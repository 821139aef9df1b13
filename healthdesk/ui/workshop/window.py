"""Workshop mode: the facilitator's laptop on a projector, in a strategy-alignment workshop (战略对齐工作坊).

A full-screen presentation, one idea per screen, with type that scales with the screen height (body 28 px at
1080p) and high contrast: the agenda, last round's actions (what was done, and whether the dimension each aimed at
moved), the overall health, then dimension by dimension a reveal of both partners' scores with the gap, the
spread and the trend, and the anonymised problem descriptions; then the goals and actions agreed, and next steps.

Keys: → / Space / PgDn next, ← / PgUp back, Home / End first / last, B blank screen, R reveal, N facilitator
notes (a second window; with one screen an overlay), ? or F1 every key (an overlay on the presentation, Esc closes
it), A capture an action, G capture a goal, Esc leave (after a confirmation). A small low-contrast control strip at
the bottom edge names the keys that matter now (on a hidden screen: R) for the facilitator; the slide itself only
shows a neutral "not revealed yet". Captured goals
and actions are saved at once into the action plan, linked to the dimension on screen; a draft typed but not yet
confirmed is saved when the step changes or the workshop ends, so nothing typed is lost.

The blind rule (``services.followup.results_visible``) is applied before anything is shown: a blind round whose
two sides have not both reached the threshold shows no scores, no problem descriptions and no "after" values.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, Qt, QTimer, Signal
from PySide6.QtGui import (
    QCloseEvent,
    QFont,
    QFontMetrics,
    QGuiApplication,
    QKeyEvent,
    QKeySequence,
    QResizeEvent,
    QStandardItem,
    QStandardItemModel,
)
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QCompleter,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from ...analysis.numbers import fmt1, fmt2, fmt_signed2
from ...present.findings import gap_message, index_step_arrow, trend_message
from ...present.symbols import ARROWS, DASH
from ...services import followup as svc
from ..common import theme, widgets
from ..common.context import AppContext
from ..common.messages import error_text

log = logging.getLogger(__name__)

QUOTES_PER_SCREEN = 4
QUOTE_CHARS = 220  # longer problem descriptions are shortened on the projector (the PDF prints them whole)
REVIEW_ROWS_PER_SCREEN = 6
CAPTURED_ROWS = 8
TITLE_CHARS = 90

# Projector palette: near-black on white, the partners' colours, the traffic lights with symbols and words.
INK = "#111111"
MUTED = "#3C3C3C"
PAPER = "#FFFFFF"
PANEL = "#F2F4F5"
STRIP_INK = "#A3A3A3"  # the control strip: low contrast, for the facilitator at the laptop, not the room
SIDE_INK = {"A": theme.SIDE_A, "B": "#B34400"}  # side B's orange darkened for text on white
LIGHT_INK = {"red": "#B03A00", "amber": "#8A5A00", "green": "#006B4F"}
MEMBER_NAME_ROLE = Qt.ItemDataRole.UserRole + 1
STATUS_SYMBOLS = {"planned": "○", "in_progress": "◐", "done": "✓", "dropped": "✕"}

MAX_GAP = 30.0  # seconds between two ticks beyond which the machine slept or froze

MINUTES = {
    "agenda": 3,
    "review": 10,
    "blind": 3,
    "overview": 5,
    "dimension": 6,
    "voices": 6,
    "captured": 10,
    "close": 3,
}


TR_CONTEXT = "Workshop"


def tr(text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """Translate under this module's own context (scripts/translations.py files lupdate's "" here)."""
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


def shorten(text: str, limit: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


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
        "strip": max(12, round(15 * unit)),  # the facilitator's control strip: small and quiet on purpose
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
    """


def _label(text: str = "", role: str | None = None, side: str | None = None, wrap: bool = True) -> QLabel:
    label = QLabel(text)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(wrap)
    if role:
        label.setProperty("ws", role)
    if side:
        label.setProperty("side", side)
    label.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    return label


def _coloured(label: QLabel, colour: str) -> QLabel:
    label.setStyleSheet(label.styleSheet() + f"color: {colour};")
    return label


def _sized(label: QLabel, px: int) -> QLabel:
    """A label's own type size (the dimension slide scales its type to the room it has)."""
    label.setStyleSheet(label.styleSheet() + f"font-size: {px}px;")
    return label


@dataclass
class Step:
    key: str  # unique per step, e.g. "dimension:strategy"
    kind: str  # agenda | review | blind | overview | dimension | voices | captured | close
    title: str
    notes: str
    build: Callable[[bool], QWidget]  # revealed -> the slide
    dimension_id: str = ""
    revealable: bool = False


LEVELS = ("top", "mid", "short")
DEFAULT_LEVEL = "short"  # after each save the bar goes back to these, and says so
DEFAULT_SIDE = ""  # no side until the owner is chosen (a member sets it) or the side is picked


class CaptureBar(QFrame):
    """Typing a goal or an action while presenting. One straight path: (level →) title → owner → side, Enter
    saves into the action plan. Level and side are shown in words and go back to the stated defaults after each
    save; choosing a member of the partnership as owner sets the side. Keys typed here never reach the slides:
    only Enter saves, Esc puts the bar away and keeps the draft (kept in the database as it is typed)."""

    submitted = Signal()
    dismissed = Signal()
    draft_changed = Signal()
    undo_requested = Signal()
    help_requested = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("captureBar")
        self.kind = "action"
        self.editing: tuple[str, int] | None = None  # (kind, id) while an earlier capture is being corrected
        self.dimension_id = ""
        self.dimension_name = ""
        self.members: dict[str, str] = {}  # member name -> side
        outer = QVBoxLayout(self)
        outer.setContentsMargins(theme.MARGIN, theme.GRID, theme.MARGIN, theme.GRID)
        outer.setSpacing(theme.GRID)
        row = QHBoxLayout()
        row.setSpacing(theme.MARGIN)
        self.prompt = _label(wrap=False)
        self.prompt.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Preferred)
        self.level_combo = QComboBox()
        self.level_combo.setObjectName("captureLevel")
        for level in LEVELS:
            self.level_combo.addItem("", level)
        self.title_edit = QLineEdit()
        self.title_edit.setObjectName("captureTitle")
        self.title_edit.setMaxLength(svc.TITLE_CAP)
        self.owner_edit = QLineEdit()
        self.owner_edit.setObjectName("captureOwner")
        self.owner_edit.setMaxLength(200)
        self.member_model = QStandardItemModel(self)
        self.completer = QCompleter(self.member_model, self)
        self.completer.setCompletionRole(MEMBER_NAME_ROLE)
        self.completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.owner_edit.setCompleter(self.completer)
        self.completer.activated[str].connect(self._member_chosen)
        # Whose owner: the partner's label is shown, so the owner lands on the side meant.
        self.side_combo = QComboBox()
        self.side_combo.setObjectName("captureSide")
        for side in ("", "A", "B"):
            self.side_combo.addItem(side, side)
        for combo in (self.level_combo, self.side_combo):
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)  # the words never clipped
        row.addWidget(self.prompt)
        row.addWidget(self.level_combo)
        row.addWidget(self.title_edit, 3)
        row.addWidget(self.owner_edit, 1)
        row.addWidget(self.side_combo)
        outer.addLayout(row)
        self.hint = _label(role="footer", wrap=True)
        self.hint.setObjectName("captureHint")
        outer.addWidget(self.hint)
        self.fields: tuple[QWidget, ...] = (
            self.level_combo,
            self.title_edit,
            self.owner_edit,
            self.side_combo,
        )
        for w in self.fields:
            w.installEventFilter(self)
        self.title_edit.textEdited.connect(lambda _t: self.draft_changed.emit())
        self.owner_edit.textEdited.connect(self._owner_edited)
        self.level_combo.currentIndexChanged.connect(lambda _i: self._changed())
        self.side_combo.currentIndexChanged.connect(lambda _i: self._changed())
        self.reset_choices()

    # -- state ------------------------------------------------------------------------------------------------
    def open(self, kind: str, dimension_id: str, dimension_name: str) -> None:
        if kind != self.kind and not self.draft() and self.editing is None:
            self.clear()
        if self.editing is None:
            self.kind = kind
            if not self.draft():  # a draft stays with the dimension where it was typed (the prompt names it)
                self.dimension_id = dimension_id
                self.dimension_name = dimension_name
        self.level_combo.setVisible(self.kind == "goal")
        self.retranslate_ui()
        self.show()
        self.title_edit.setFocus()

    def edit(self, kind: str, item: Any, dimension_name: str) -> None:
        """Open the bar on an earlier capture: Enter stores the correction (undo brings the old one back)."""
        self.editing = (kind, item.id)
        self.kind = kind
        self.dimension_id = item.dimensions[0] if kind == "goal" and item.dimensions else ""
        if kind == "action":
            self.dimension_id = item.dimension_id
        self.dimension_name = dimension_name
        self.title_edit.setText(item.title)
        if kind == "goal":
            self.set_level(item.level)
            owner, side = (item.owner_a, "A") if item.owner_a or not item.owner_b else (item.owner_b, "B")
            self.owner_edit.setText(owner)
            self.set_side(side if owner else "")
        else:
            self.owner_edit.setText(item.owner)
            self.set_side(item.owner_side if item.owner_side in ("A", "B") else "")
        self.level_combo.setVisible(kind == "goal")
        self.retranslate_ui()
        self.show()
        self.title_edit.setFocus()
        self.title_edit.selectAll()

    def draft(self) -> str:
        return self.title_edit.text().strip()

    def owner(self) -> str:
        return self.owner_edit.text().strip()

    def clear(self) -> None:
        self.title_edit.setText("")  # setText, not clear(): a saved capture is not the fields' own undo
        self.owner_edit.setText("")
        self.editing = None
        self.reset_choices()

    def reset_choices(self) -> None:
        """Level and side back to the stated defaults (after every save, so nothing carries over unseen)."""
        self.set_level(DEFAULT_LEVEL)
        self.set_side(DEFAULT_SIDE)

    def level(self) -> str:
        return self.level_combo.currentData()

    def set_level(self, level: str) -> None:
        self.level_combo.setCurrentIndex(max(0, self.level_combo.findData(level)))

    def side(self) -> str:
        return self.side_combo.currentData()

    def set_side(self, side: str) -> None:
        self.side_combo.setCurrentIndex(max(0, self.side_combo.findData(side)))

    def set_side_labels(self, labels: dict[str, str]) -> None:
        self.labels = labels
        for i in range(self.side_combo.count()):
            side = self.side_combo.itemData(i)
            text = labels.get(side, side) if side else tr("Side: not set")
            self.side_combo.setItemText(i, text)

    def set_members(self, members: list[tuple[str, str]], labels: dict[str, str]) -> None:
        """The partnership's members (name, side): the owner field completes from them."""
        self.members = {}
        self.member_model.clear()
        for name, side in members:
            if not name or side not in ("A", "B"):
                continue
            self.members[name] = side
            item = QStandardItem(f"{name} · {labels.get(side, side)}")
            item.setData(name, MEMBER_NAME_ROLE)
            self.member_model.appendRow(item)

    def _member_chosen(self, name: str) -> None:
        side = self.members.get(name.strip())
        if side:
            self.set_side(side)
        self._changed()

    def _owner_edited(self, text: str) -> None:
        side = self.members.get(text.strip())
        if side:
            self.set_side(side)
        self._changed()

    def _changed(self) -> None:
        self._update_state()
        self.draft_changed.emit()

    def state(self) -> dict[str, str]:
        return {
            "kind": self.kind,
            "title": self.title_edit.text(),
            "owner": self.owner_edit.text(),
            "side": self.side(),
            "level": self.level(),
            "dimension_id": self.dimension_id,
        }

    def restore(self, state: dict[str, Any], dimension_name: str) -> None:
        self.kind = state.get("kind") if state.get("kind") in ("goal", "action") else "action"
        self.dimension_id = str(state.get("dimension_id") or "")
        self.dimension_name = dimension_name
        self.title_edit.setText(str(state.get("title") or ""))
        self.owner_edit.setText(str(state.get("owner") or ""))
        self.set_level(str(state.get("level") or DEFAULT_LEVEL))
        self.set_side(str(state.get("side") or ""))

    # -- words ------------------------------------------------------------------------------------------------
    def retranslate_ui(self) -> None:
        where = self.dimension_name
        if self.editing is not None:
            text = tr("Correct the goal:") if self.kind == "goal" else tr("Correct the action:")
        elif self.kind == "goal":
            text = tr("New goal for {dimension}:") if where else tr("New goal:")
        else:
            text = tr("New action for {dimension}:") if where else tr("New action:")
        self.prompt.setText(text.format(dimension=where))
        self.title_edit.setPlaceholderText(tr("What was agreed"))
        self.owner_edit.setPlaceholderText(tr("Owner"))
        words = level_words()
        for i in range(self.level_combo.count()):
            self.level_combo.setItemText(i, words[self.level_combo.itemData(i)])
        self.set_side_labels(getattr(self, "labels", {}))
        self._update_state()

    def _update_state(self) -> None:
        side = self.side()
        side_text = self.side_combo.currentText() if side else tr("not set")
        parts = []
        if self.kind == "goal":
            parts.append(tr("Level: {level}").format(level=level_words()[self.level()]))
        parts.append(tr("Owner's side: {side}").format(side=side_text))
        keys = (
            tr("Tab next field · 1 2 3 level · ← → side · Enter saves · Esc keeps a draft · Ctrl+Z undo")
            if self.kind == "goal"
            else tr("Tab next field · ← → side · Enter saves · Esc keeps a draft · Ctrl+Z undo")
        )
        after = tr("After saving: {level}, side not set").format(level=level_words()[DEFAULT_LEVEL])
        if self.kind != "goal":
            after = tr("After saving: side not set")
        self.hint.setText(tr(" · ").join(parts) + "  —  " + keys + "  —  " + after)
        if self.owner() and not side:
            self.hint.setProperty("ws", "warn")
        else:
            self.hint.setProperty("ws", "footer")
        self.hint.style().unpolish(self.hint)
        self.hint.style().polish(self.hint)

    def problem(self) -> str:
        """Why Enter cannot save yet ("" when it can)."""
        if self.owner() and not self.side():
            return tr("Choose the owner's side first (Tab to the side, ← → to pick it).")
        return ""

    # -- keys -------------------------------------------------------------------------------------------------
    def focus_chain(self) -> list[QWidget]:
        chain = [self.title_edit, self.owner_edit, self.side_combo]
        return ([self.level_combo] if self.kind == "goal" else []) + chain

    def eventFilter(self, obj: Any, event: Any) -> bool:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.KeyPress and obj in self.fields:
            return self._field_key(obj, event)
        return super().eventFilter(obj, event)

    def _field_key(self, obj: QWidget, event: QKeyEvent) -> bool:
        key = event.key()
        mods = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        if key in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab):
            chain = self.focus_chain()
            step = -1 if key == Qt.Key.Key_Backtab or mods & Qt.KeyboardModifier.ShiftModifier else 1
            i = chain.index(obj) if obj in chain else 0
            chain[(i + step) % len(chain)].setFocus(Qt.FocusReason.TabFocusReason)
            return True
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            if isinstance(obj, QComboBox) and obj.view().isVisible():
                return False  # Enter picks from an open list first
            self.submitted.emit()
            return True
        if key == Qt.Key.Key_Escape:
            self.dismissed.emit()
            return True
        if key == Qt.Key.Key_F1:
            self.help_requested.emit()
            return True
        if event.matches(QKeySequence.StandardKey.Undo):
            if isinstance(obj, QLineEdit) and obj.isUndoAvailable():
                return False  # undo the typing first
            self.undo_requested.emit()
            return True
        if obj is self.level_combo and key in (Qt.Key.Key_1, Qt.Key.Key_2, Qt.Key.Key_3):
            self.set_level(LEVELS[key - Qt.Key.Key_1])
            return True
        if obj is self.side_combo and key in (
            Qt.Key.Key_Left,
            Qt.Key.Key_Right,
            Qt.Key.Key_Up,
            Qt.Key.Key_Down,
            Qt.Key.Key_Space,
        ):
            self.set_side("B" if self.side() == "A" else "A")
            return True
        if obj is self.side_combo and key in (Qt.Key.Key_1, Qt.Key.Key_2):
            self.set_side("A" if key == Qt.Key.Key_1 else "B")
            return True
        if isinstance(obj, QComboBox) and key in (Qt.Key.Key_PageUp, Qt.Key.Key_PageDown):
            return True  # a clicker press changes nothing here
        # Arrows and page keys in a text field: never a slide command, never a save.
        return isinstance(obj, QLineEdit) and key in (
            Qt.Key.Key_Up,
            Qt.Key.Key_Down,
            Qt.Key.Key_PageUp,
            Qt.Key.Key_PageDown,
        )

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt API
        # Whatever a field leaves unused stops here: nothing typed in the bar reaches the slides.
        if event.key() == Qt.Key.Key_Escape:
            self.dismissed.emit()
        event.accept()


class NotesWindow(QWidget):
    """The facilitator's notes: never on the projector. On a second screen, or hidden and shown with N."""

    def __init__(self, parent_window: WorkshopWindow):
        super().__init__(None, Qt.WindowType.Window)
        self.setObjectName("workshopNotes")
        self.workshop = parent_window
        layout = QVBoxLayout(self)
        layout.setContentsMargins(theme.MARGIN, theme.MARGIN, theme.MARGIN, theme.MARGIN)
        self.step_label = widgets.title_label()
        self.timer_label = QLabel()
        font = self.timer_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        self.timer_label.setFont(font)
        self.notes_label = QLabel()
        self.notes_label.setWordWrap(True)
        self.notes_label.setTextFormat(Qt.TextFormat.PlainText)
        self.next_label = widgets.subtitle_label()
        self.captured_title = widgets.section_label()
        self.captured_label = QLabel()
        self.captured_label.setWordWrap(True)
        self.captured_label.setTextFormat(Qt.TextFormat.PlainText)
        self.keys_label = widgets.subtitle_label()
        for w in (
            self.step_label,
            self.timer_label,
            self.notes_label,
            self.next_label,
            self.captured_title,
            self.captured_label,
        ):
            layout.addWidget(w)
        layout.addStretch(1)
        layout.addWidget(self.keys_label)
        self.resize(640, 560)

    def update_from(self, window: WorkshopWindow) -> None:
        step = window.current_step()
        if step is None:
            return
        self.setWindowTitle(tr("Facilitator notes – {name}").format(name=window.data.partnership.name))
        self.step_label.setText(
            tr("Step {n} of {total}: {title}").format(
                n=window.index + 1, total=len(window.steps), title=step.title
            )
        )
        self.timer_label.setText(window.timer_text())
        notes = step.notes
        if step.revealable and step.key not in window.revealed:
            notes += "\n\n" + tr("The scores are still hidden: press R to reveal them.")
        self.notes_label.setText(notes)
        nxt = window.steps[window.index + 1].title if window.index + 1 < len(window.steps) else tr("(end)")
        self.next_label.setText(tr("Next: {title}").format(title=nxt))
        self.captured_title.setText(tr("Captured in this workshop"))
        captured = window.captured_lines()
        self.captured_label.setText("\n".join(captured) if captured else tr("Nothing yet."))
        self.keys_label.setText(keys_text())

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - the facilitator may drive from here too
        if not self.workshop.handle_key(event):
            super().keyPressEvent(event)


def keys_text() -> str:
    return tr(
        "→ Space PgDn next · ← PgUp back · R reveal · B blank screen · A new action · G new goal · "
        "E correct the last capture · Ctrl+Z undo · N notes · ? or F1 all keys · L 中文/English · Esc leave"
    )


def key_help() -> list[tuple[str, str]]:
    """Every key of the workshop, (keys, what they do): the help overlay lists them all (docs/workshop.md too).
    Key names stay as printed on the keyboard, in both languages."""
    return [
        ("→ · Space · PgDn · ↓", tr("Next screen")),
        ("← · PgUp · ↑ · Backspace", tr("Previous screen")),
        ("Home · End", tr("First · last screen")),
        ("R", tr("Reveal the scores of this screen (again: hide them)")),
        ("B · .", tr("Blank the screen (again, or → ←: back)")),
        ("N", tr("Facilitator notes (one screen: the room sees them too)")),
        ("? · F1", tr("This help")),
        ("L", tr("English ⇄ 中文")),
        ("A", tr("Capture an action for the dimension on screen")),
        ("G", tr("Capture a goal (top-level, mid-term or short-term)")),
        ("E · F2", tr("Correct the last capture (or the row picked)")),
        ("1–9", tr("“Goals and actions agreed”: pick a row")),
        ("Delete", tr("“Goals and actions agreed”: delete the row picked")),
        ("Ctrl+Z", tr("Undo the last capture, correction or delete")),
        ("Tab · Enter", tr("In the capture bar: next field · save")),
        ("Esc", tr("Close this help or the notes; otherwise leave (asks first)")),
    ]


class HelpOverlay(QFrame):
    """The keyboard help on the presentation itself (? or F1, Esc closes it): with one screen the notes window is
    never seen, so this is where a facilitator finds every key. It shows keys only, nothing about the results."""

    def __init__(self, workshop: QWidget):
        super().__init__(workshop)
        self.setObjectName("helpOverlay")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        layout = QVBoxLayout(self)
        self.title = _label(role="heading")
        self.title.setObjectName("helpTitle")
        self.hint = _label(role="muted")
        self.grid = QGridLayout()
        layout.addWidget(self.title)
        layout.addWidget(self.hint)
        layout.addLayout(self.grid)
        layout.addStretch(1)
        self.key_labels: list[QLabel] = []

    def place(self) -> None:
        parent = self.parentWidget()
        w, h = parent.width(), parent.height()
        s = sizes(h)
        self.layout().setContentsMargins(s["margin"], s["margin"] // 2, s["margin"], s["margin"] // 2)
        self.layout().setSpacing(s["gap"] // 2)
        self.grid.setHorizontalSpacing(s["gap"])
        self.grid.setVerticalSpacing(max(2, s["gap"] // 3))
        self.setGeometry(0, 0, w, h)

    def retranslate_ui(self) -> None:
        self.title.setText(tr("Keys"))
        self.hint.setText(tr("? · F1 · Esc close this help"))
        while self.grid.count():
            item = self.grid.takeAt(0)
            old = item.widget()
            if old is not None:
                old.hide()
                old.setParent(None)  # out of the overlay's children at once (texts() sees only the new rows)
                old.deleteLater()
        self.key_labels = []
        rows = key_help()
        half = (len(rows) + 1) // 2  # two columns of (key, what it does)
        for n, (keys, does) in enumerate(rows):
            row, col = n % half, (n // half) * 2
            key_label = _label(keys, wrap=False)
            key_label.setStyleSheet("font-weight: 700;")
            key_label.setObjectName(f"helpKey{n}")
            self.key_labels.append(key_label)
            self.grid.addWidget(key_label, row, col, Qt.AlignmentFlag.AlignTop)
            self.grid.addWidget(_label(does), row, col + 1, Qt.AlignmentFlag.AlignTop)
        self.grid.setColumnStretch(1, 1)
        self.grid.setColumnStretch(3, 1)

    def texts(self) -> str:
        return "\n".join(label.text() for label in self.findChildren(QLabel) if label.text())


class NotesOverlay(QFrame):
    """The notes and key help when the projector shows the facilitator's own screen (one screen, or mirrored):
    an overlay the facilitator toggles with N or ?, saying first that the room sees it too."""

    def __init__(self, workshop: QWidget):
        super().__init__(workshop)
        self.setObjectName("notesOverlay")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        layout = QVBoxLayout(self)
        self.warning = _label(role="heading")
        _coloured(self.warning, LIGHT_INK["red"])
        self.warning.setObjectName("overlayWarning")
        self.step_label = _label(role="heading")
        self.timer_label = _label(wrap=False)
        self.notes_label = _label()
        self.notes_label.setObjectName("overlayNotes")
        self.next_label = _label(role="muted")
        self.keys_label = _label(role="muted")
        self.keys_label.setObjectName("overlayKeys")
        for w in (self.warning, self.step_label, self.timer_label, self.notes_label, self.next_label):
            layout.addWidget(w)
        layout.addStretch(1)
        layout.addWidget(self.keys_label)

    def place(self) -> None:
        parent = self.parentWidget()
        w, h = parent.width(), parent.height()
        s = sizes(h)
        self.layout().setContentsMargins(s["margin"], s["margin"] // 2, s["margin"], s["margin"] // 2)
        self.layout().setSpacing(s["gap"] // 2)
        self.setGeometry(0, 0, w, h)  # the whole screen: nothing of the slide peeks out behind the notes

    def update_from(self, window: WorkshopWindow) -> None:
        step = window.current_step()
        if step is None:
            return
        self.warning.setText(tr("Only you should see this — the projector shows it too. N or Esc hides it."))
        self.step_label.setText(
            tr("Step {n} of {total}: {title}").format(
                n=window.index + 1, total=len(window.steps), title=step.title
            )
        )
        self.timer_label.setText(window.timer_text() + "  ·  " + window.session_text())
        notes = step.notes
        if step.revealable and step.key not in window.revealed:
            notes += "\n\n" + tr("The scores are still hidden: press R to reveal them.")
        self.notes_label.setText(notes)
        nxt = window.steps[window.index + 1].title if window.index + 1 < len(window.steps) else tr("(end)")
        self.next_label.setText(tr("Next: {title}").format(title=nxt))
        self.keys_label.setText(keys_text())
        if self.isVisible():
            self.place()


class WorkshopWindow(QWidget):
    """The presentation. ``WorkshopWindow(ctx, partnership_id)`` presents the latest round; ``start()`` shows it
    full screen (on the second screen when there is one, with the notes on the first)."""

    left = Signal()
    step_changed = Signal(int)

    def __init__(
        self,
        ctx: AppContext,
        partnership_id: int,
        round_id: int | None = None,
        as_of: date | None = None,
        parent: QWidget | None = None,
        clock: Callable[[], float] = time.monotonic,
    ):
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("workshop")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.ctx = ctx
        self.parent_window: QWidget | None = None  # the main window, whose Edit ▸ Undo shares the room's undo
        self.partnership_id = partnership_id
        self.round_id = round_id
        self.as_of = as_of
        self.index = 0
        self.revealed: set[str] = set()
        self.blank = False
        self.steps: list[Step] = []
        self.elapsed: dict[str, float] = {}
        # CLOCK_MONOTONIC on Linux does not count while the machine sleeps; a tick that finds a longer gap than
        # MAX_GAP (frozen, suspended) counts none of it. Injectable for tests.
        self.clock = clock
        self._entered = clock()
        self.selected = -1  # the row picked on the "goals and actions agreed" screen (-1: the last one)
        self.undo_stack: list[tuple[str, Callable[[], Any]]] = []
        self.shared_screen = len(QGuiApplication.screens()) < 2  # one screen, or a mirrored projector
        self._ticks = 0
        self._state_ready = False
        self._leaving = False
        self._closed = False
        self.data: svc.WorkshopData | None = None
        self._dim_scale = 1.0  # the dimension slide's type, shrunk only when its content would not fit
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)

        self.pages = QStackedWidget()
        # A slide never makes the window taller than the screen: it is fitted to the room it has (show_step).
        self.pages.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Ignored)
        self.blank_widget = QWidget()
        self.blank_widget.setObjectName("blank")
        self.blank_widget.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.footer_left = _label(role="footer", wrap=False)
        self.footer_right = _label(role="footer", wrap=False)
        self.footer_right.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        # The facilitator's control strip: small and low-contrast at the bottom edge, the keys that matter now
        # (the reveal hint lives here, never on the slide the room reads).
        self.strip = _label(wrap=False)
        self.strip.setObjectName("controlStrip")
        self.strip.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.toast = _label(role="toast", wrap=False)
        self.toast.hide()
        self.capture = CaptureBar()
        self.capture.hide()
        self.capture.submitted.connect(self.save_capture)
        self.capture.dismissed.connect(self.close_capture)
        self.capture.draft_changed.connect(self.save_state)
        self.capture.undo_requested.connect(self.undo)
        self.capture.help_requested.connect(self.toggle_help)

        self.outer = QVBoxLayout(self)
        self.outer.setSpacing(0)
        self.outer.setContentsMargins(0, 0, 0, 0)
        self.main = QStackedWidget()
        body = QWidget()
        self.body_layout = QVBoxLayout(body)
        self.body_layout.setSpacing(0)
        self.body_layout.addWidget(self.pages, 1)
        footer = QHBoxLayout()
        footer.setSpacing(theme.SPACING * 3)  # the "saved" toast never touches the step counter
        footer.addWidget(self.footer_left, 1)
        footer.addWidget(self.toast)
        footer.addWidget(self.footer_right)
        self.body_layout.addLayout(footer)
        self.body_layout.addWidget(self.strip)
        self.main.addWidget(body)
        self.main.addWidget(self.blank_widget)
        self.outer.addWidget(self.main, 1)
        self.outer.addWidget(self.capture)

        self.notes = NotesWindow(self)
        self.overlay = NotesOverlay(self)
        self.overlay.hide()
        self.help = HelpOverlay(self)
        self.help.hide()
        self.ticker = QTimer(self)
        self.ticker.setInterval(1000)
        self.ticker.timeout.connect(self.tick)
        self.toast_timer = QTimer(self)
        self.toast_timer.setSingleShot(True)
        self.toast_timer.timeout.connect(self.toast.hide)

        self._apply_style(self.height() or 720)
        ctx.language_changed.connect(self.retranslate_ui)
        self.reload()
        self.ticker.start()
        # A kept state is not overwritten before the facilitator has been offered to resume it (offer_resume).
        self._state_ready = not self.stored_state()

    # -- data ---------------------------------------------------------------------------------------------
    def reload(self) -> None:
        data, error = self.ctx.try_call(svc.workshop_data, self.partnership_id, self.round_id, self.as_of)
        if error is not None:
            widgets.show_error(self, self.ctx.error_text(error))
            if self.data is None:
                QTimer.singleShot(0, self.close)
                return
        else:
            self.data = data
            self.round_id = data.round.id
        self.rebuild()

    @property
    def lang(self) -> str:
        return self.ctx.lang

    def side_label(self, side: str) -> str:
        return self.data.partnership.label(side)

    def dim_name(self, dim_id: str) -> str:
        dims = self.data.framework.dimension_map
        return dims[dim_id].name.get(self.lang) if dim_id in dims else dim_id

    def ind_name(self, ind_id: str) -> str:
        inds = self.data.framework.indicator_map
        return inds[ind_id].name.get(self.lang) if ind_id in inds else ind_id

    # -- steps --------------------------------------------------------------------------------------------
    def build_steps(self) -> list[Step]:
        d = self.data
        steps: list[Step] = [
            Step(
                "agenda",
                "agenda",
                tr("Agenda"),
                tr(
                    "Welcome both sides. Results are shown per side and combined, never per person; problem "
                    "descriptions are anonymous. Agree to capture every goal and action as it is agreed "
                    "(A for an action, G for a goal)."
                ),
                self._agenda_slide,
            )
        ]
        if d.review is not None and d.review.items:
            items = list(d.review.items)
            chunks = [
                items[i : i + REVIEW_ROWS_PER_SCREEN] for i in range(0, len(items), REVIEW_ROWS_PER_SCREEN)
            ]
            n_chunks = len(chunks)
            for n, chunk in enumerate(chunks):
                steps.append(
                    Step(
                        f"review:{n}",
                        "review",
                        tr("Last round's actions"),
                        tr(
                            "Open with what was agreed last time. For each item: was it done, and did the score "
                            "it aimed at move? Ask the owners what helped or blocked; re-plan what slipped."
                        ),
                        lambda revealed, chunk=chunk, n=n, total=n_chunks: self._review_slide(
                            chunk, n, total
                        ),
                    )
                )
        if not d.visible:
            steps.append(
                Step(
                    "blind",
                    "blind",
                    tr("Results are not shown yet"),
                    tr(
                        "This round is blind: nobody sees results until both sides have enough submitted "
                        "responses. Use the time for last round's actions, or ask the missing respondents to "
                        "submit now; then reopen the workshop."
                    ),
                    self._blind_slide,
                )
            )
        else:
            steps.append(
                Step(
                    "overview",
                    "overview",
                    tr("Overall health"),
                    tr(
                        "Reveal with R. Let both sides react before explaining: is this the partnership they "
                        "know? Point out the dimension furthest apart."
                    ),
                    self._overview_slide,
                    revealable=True,
                )
            )
            for dim in d.framework.dimensions:
                name = dim.name.get(self.lang)
                steps.append(
                    Step(
                        f"dimension:{dim.id}",
                        "dimension",
                        name,
                        tr(
                            "Ask each side first how they would score {dimension}, then reveal with R. Where "
                            "the sides differ, ask the side that sees it better what it sees. Capture actions "
                            "with A, goals with G."
                        ).format(dimension=name),
                        lambda revealed, dim=dim: self._dimension_slide(dim, revealed),
                        dimension_id=dim.id,
                        revealable=True,
                    )
                )
                quotes = self._quotes(dim)
                chunks = [quotes[i : i + QUOTES_PER_SCREEN] for i in range(0, len(quotes), QUOTES_PER_SCREEN)]
                n_chunks = len(chunks)
                for n, chunk in enumerate(chunks):
                    steps.append(
                        Step(
                            f"voices:{dim.id}:{n}",
                            "voices",
                            tr("{dimension}: in respondents' words").format(dimension=name),
                            tr(
                                "Read the descriptions aloud or let the room read. Never guess who wrote what. "
                                "Ask: which of these do we fix first?"
                            ),
                            lambda revealed, dim=dim, chunk=chunk, n=n, total=n_chunks: self._voices_slide(
                                dim, chunk, n, total
                            ),
                            dimension_id=dim.id,
                        )
                    )
        steps.append(
            Step(
                "captured",
                "captured",
                tr("Goals and actions agreed"),
                tr(
                    "Read back what was captured. Make sure each has an owner on the right side and a due "
                    "date; finish the details in the action plan after the workshop."
                ),
                self._captured_slide,
            )
        )
        steps.append(
            Step(
                "close",
                "close",
                tr("Next steps"),
                tr("Thank everyone. The action plan and the decisions go into the JMC review."),
                self._close_slide,
            )
        )
        return steps

    def rebuild(self) -> None:
        current_key = self.steps[self.index].key if self.steps and self.index < len(self.steps) else None
        self.steps = self.build_steps()
        keys = [s.key for s in self.steps]
        if current_key in keys:
            self.index = keys.index(current_key)
        self.index = max(0, min(self.index, len(self.steps) - 1))
        self.show_step(self.index, record=False)

    def current_step(self) -> Step | None:
        return self.steps[self.index] if 0 <= self.index < len(self.steps) else None

    def show_step(self, index: int, record: bool = True) -> None:
        if not self.steps:
            return
        index = max(0, min(index, len(self.steps) - 1))
        if record:
            self._record_time()
        if index != self.index:
            self.selected = -1
        self.index = index
        step = self.steps[index]
        # A dimension's type fills the screen; only when its content would not fit (many spread lines, the
        # capture bar open) is it built again a size smaller.
        scales = (1.0, 0.9, 0.8, 0.7, 0.6) if step.kind == "dimension" else (1.0,)
        if step.kind == "dimension" and self.isVisible():
            self.outer.activate()  # the slide's room now (the capture bar may just have opened or closed)
        for scale in scales:
            self._dim_scale = scale
            self._clear_pages()
            slide = self._make_slide(step)
            self.pages.addWidget(slide)
            self.pages.setCurrentWidget(slide)
            if scale == scales[-1] or not self.isVisible():
                break
            slide.ensurePolished()
            if slide.sizeHint().height() <= self.pages.height():
                break
        self._dim_scale = 1.0
        self._update_footer()
        self._update_strip()
        self.notes.update_from(self)
        self.overlay.update_from(self)
        self.save_state()
        self.step_changed.emit(index)

    def _clear_pages(self) -> None:
        while self.pages.count():
            old = self.pages.widget(0)
            self.pages.removeWidget(old)
            old.hide()
            old.setParent(
                None
            )  # out of the window's children at once (findChild sees only the current slide)
            old.deleteLater()

    def _make_slide(self, step: Step) -> QWidget:
        slide = QWidget()
        slide.setObjectName("slide")
        slide.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        layout = QVBoxLayout(slide)
        m = sizes(self._height())["margin"]
        layout.setContentsMargins(0, m * 3 // 4, 0, m // 4)
        layout.setSpacing(sizes(self._height())["gap"])
        title = _label(step.title, "title")
        title.setObjectName("slideTitle")
        layout.addWidget(title)
        content = step.build(step.key in self.revealed)
        layout.addWidget(content, 1)
        return slide

    def _refit(self) -> None:
        """The capture bar opened or closed: a dimension slide takes the room it now has."""
        step = self.current_step()
        if step is not None and step.kind == "dimension":
            self.show_step(self.index, record=False)

    def _height(self) -> int:
        return self.height() if self.height() > 100 else 720

    def next_step(self) -> None:
        if self.index + 1 < len(self.steps):
            self.show_step(self.index + 1)

    def previous_step(self) -> None:
        if self.index > 0:
            self.show_step(self.index - 1)

    def toggle_reveal(self) -> None:
        step = self.current_step()
        if step is None or not step.revealable:
            return
        if step.key in self.revealed:
            self.revealed.discard(step.key)
        else:
            self.revealed.add(step.key)
        self.show_step(self.index, record=False)

    def is_revealed(self) -> bool:
        step = self.current_step()
        return step is not None and step.key in self.revealed

    def toggle_blank(self) -> None:
        self.blank = not self.blank
        self.main.setCurrentWidget(self.blank_widget if self.blank else self.main.widget(0))

    def toggle_notes(self) -> None:
        """Two screens: the notes window on the facilitator's screen. One screen (or mirrored): an overlay on the
        slide that says the room sees it too, toggled with N or ?."""
        if self.shared_screen:
            if self.overlay.isVisible():
                self.overlay.hide()
            else:
                self.help.hide()
                self.overlay.update_from(self)
                self.overlay.place()
                self.overlay.show()
                self.overlay.raise_()
            self.setFocus()
            return
        if self.notes.isVisible():
            self.notes.hide()
        else:
            self.notes.update_from(self)
            self.notes.show()
            self.activateWindow()

    def toggle_help(self) -> None:
        """? or F1: every key on the presentation itself (one screen has no notes window to read them in)."""
        if self.help.isVisible():
            self.help.hide()
        else:
            self.overlay.hide()
            self.help.retranslate_ui()
            self.help.place()
            self.help.show()
            self.help.raise_()
        focus = QApplication.focusWidget()
        if focus is None or not self.capture.isAncestorOf(focus):
            self.setFocus()

    def toggle_language(self) -> None:
        self.ctx.set_language("en" if self.lang == "zh" else "zh")

    # -- time ---------------------------------------------------------------------------------------------
    def _since_entered(self) -> float:
        gap = self.clock() - self._entered
        return gap if 0 <= gap <= MAX_GAP else 0.0  # asleep or frozen: that time is not the room's

    def _record_time(self) -> None:
        step = self.current_step()
        if step is not None:
            self.elapsed[step.key] = self.elapsed.get(step.key, 0.0) + self._since_entered()
        self._entered = self.clock()

    def step_seconds(self) -> int:
        step = self.current_step()
        if step is None:
            return 0
        return int(self.elapsed.get(step.key, 0.0) + self._since_entered())

    def session_seconds(self) -> int:
        return int(sum(self.elapsed.values()) + self._since_entered())

    def session_text(self) -> str:
        seconds = self.session_seconds()
        return tr("session {time}").format(
            time=f"{seconds // 3600}:{seconds // 60 % 60:02d}:{seconds % 60:02d}"
        )

    def timer_text(self) -> str:
        step = self.current_step()
        seconds = self.step_seconds()
        planned = MINUTES.get(step.kind, 5) if step else 5
        return f"{seconds // 60:02d}:{seconds % 60:02d} / {planned:02d}:00"

    def tick(self) -> None:
        self._record_time()  # a tick at a time, so a sleep between ticks is never counted
        self._update_footer()
        if self.notes.isVisible():
            self.notes.timer_label.setText(self.timer_text())
        if self.overlay.isVisible():
            self.overlay.timer_label.setText(self.timer_text())
        self._ticks += 1
        if self._ticks % 15 == 0:
            self.save_state()

    def _update_footer(self) -> None:
        d = self.data
        if d is None:
            return
        self.footer_left.setText(f"{d.partnership.name} · {d.round.label}")
        step = self.current_step()
        over = step is not None and self.step_seconds() > MINUTES.get(step.kind, 5) * 60
        self.footer_right.setText(
            tr("{n} / {total}  ·  {time}").format(
                n=self.index + 1, total=len(self.steps), time=self.timer_text()
            )
            + "  ·  "
            + self.session_text()
        )
        self.footer_right.setProperty("ws", "warn" if over else "footer")
        self.footer_right.style().unpolish(self.footer_right)
        self.footer_right.style().polish(self.footer_right)

    def strip_text(self) -> str:
        """The control strip: the keys that matter on this screen, for the facilitator (the room need not read
        it). On a hidden screen it says so and names R: the slide itself only shows the neutral hidden state."""
        parts = []
        step = self.current_step()
        if step is not None and step.revealable and step.key not in self.revealed:
            parts.append(tr("Scores hidden: R reveals"))
        parts.append(tr("? or F1 keys"))
        parts.append(tr("N notes"))
        return "  ·  ".join(parts)

    def _update_strip(self) -> None:
        self.strip.setText(self.strip_text())

    # -- capture ------------------------------------------------------------------------------------------
    def _prepare_bar(self) -> None:
        labels = {side: self.side_label(side) for side in ("A", "B")}
        self.capture.set_side_labels(labels)
        members = [(m.name, m.side) for m in self.data.partnership.members] if self.data else []
        self.capture.set_members(members, labels)

    def open_capture(self, kind: str) -> None:
        if self.ctx.read_only:
            self.show_toast(tr("Read-only: nothing can be captured here."))
            return
        step = self.current_step()
        dim = step.dimension_id if step else ""
        self._prepare_bar()
        if not self.capture.draft() and self.capture.editing is None:
            self.capture.dimension_id = dim
        self.capture.open(kind, dim, self.dim_name(dim) if dim else "")
        self.capture.dimension_name = (
            self.dim_name(self.capture.dimension_id) if self.capture.dimension_id else ""
        )
        self.capture.retranslate_ui()
        self._refit()
        self.save_state()

    def close_capture(self) -> None:
        """Esc: the bar goes away, its text stays as the draft (A or G brings it back). With the help open, Esc
        closes the help first."""
        if self.help.isVisible():
            self.help.hide()
            return
        self.capture.hide()
        self._refit()
        self.save_state()
        self.setFocus()

    def save_capture(self) -> bool:
        """Enter: store what the bar holds into the action plan (a new capture, or the correction of one);
        True when something was saved. Undo (Ctrl+Z, here or in the action plan) takes it back."""
        title = self.capture.draft()
        if not title:
            if self.capture.editing is not None:
                self.capture.clear()
            self.close_capture()
            return False
        problem = self.capture.problem()
        if problem:
            self.show_toast(problem, warn=True)
            return False
        dim = self.capture.dimension_id
        owner = self.capture.owner()
        side = self.capture.side() if owner else ""
        editing = self.capture.editing
        before = self._find_item(*editing) if editing else None
        if self.capture.kind == "goal":
            data = before.as_input() if before is not None else svc.GoalInput(level="short", title="")
            data.level = self.capture.level()
            data.title = title
            data.owner_a = owner if side == "A" else ""
            data.owner_b = owner if side == "B" else ""
            if before is None:
                data.dimensions = (dim,) if dim else ()
                data.round_id = self.round_id
                result, error = self.ctx.try_call(svc.create_goal, self.partnership_id, data, self.as_of)
            else:
                result, error = self.ctx.try_call(svc.update_goal, before.id, data, self.as_of)
        else:
            action = before.as_input() if before is not None else svc.ActionInput(title="")
            action.title = title
            action.owner = owner
            action.owner_side = side
            if before is None:
                action.dimension_id = dim
                action.round_id = self.round_id
                result, error = self.ctx.try_call(svc.create_action, self.partnership_id, action, self.as_of)
            else:
                result, error = self.ctx.try_call(svc.update_action, before.id, action, self.as_of)
        if error is not None:
            widgets.show_error(self, error_text(error))
            return False
        kind = self.capture.kind
        if before is None:
            self._push_undo(tr("capture of “{name}”").format(name=title), self._undo_create(kind, result.id))
        else:
            self._push_undo(tr("correction of “{name}”").format(name=title), self._undo_edit(kind, before))
        self.capture.clear()
        self.capture.hide()
        self._refit()
        self.setFocus()
        self.show_toast(tr("Saved to the action plan ✓") if before is None else tr("Corrected ✓"))
        self._refresh_followup()
        return True

    # -- fixing captures in the room: edit, delete, undo (the action plan's own delete/restore/update) ---------
    def _find_item(self, kind: str, item_id: int) -> Any:
        for k, item in self.captured_items():
            if k == kind and item.id == item_id:
                return item
        return None

    def selected_item(self) -> tuple[str, Any] | None:
        items = self.captured_items()
        if not items:
            return None
        n = self.selected if 0 <= self.selected < len(items) else len(items) - 1
        return items[n]

    def select_row(self, n: int) -> None:
        if 0 <= n < len(self.captured_items()):
            self.selected = n
            self.show_step(self.index, record=False)

    def edit_selected(self) -> None:
        picked = self.selected_item()
        if picked is None or self.ctx.read_only:
            return
        kind, item = picked
        self._prepare_bar()
        dim = (item.dimensions[0] if item.dimensions else "") if kind == "goal" else item.dimension_id
        self.capture.edit(kind, item, self.dim_name(dim) if dim else "")
        self._refit()

    def delete_selected(self) -> None:
        picked = self.selected_item()
        if picked is None or self.ctx.read_only:
            return
        kind, item = picked
        delete = svc.delete_goal if kind == "goal" else svc.delete_action
        restore = svc.restore_goal if kind == "goal" else svc.restore_action
        deleted, error = self.ctx.try_call(delete, item.id)
        if error is not None:
            widgets.show_error(self, error_text(error))
            return

        def undo() -> None:
            _result, err = self.ctx.try_call(restore, deleted)
            if err is not None:
                widgets.show_error(self, error_text(err))

        self._push_undo(tr("delete of “{name}”").format(name=item.title), undo)
        self.selected = -1
        self.show_toast(tr("Deleted “{name}”. Ctrl+Z brings it back.").format(name=shorten(item.title, 40)))
        self._refresh_followup()

    def _undo_create(self, kind: str, item_id: int) -> Callable[[], None]:
        delete = svc.delete_goal if kind == "goal" else svc.delete_action

        def undo() -> None:
            fu, err = self.ctx.try_call(svc.get_followup, self.partnership_id)
            if err is not None:
                widgets.show_error(self, error_text(err))
                return
            there = {g.id for g in fu.goals} if kind == "goal" else {a.id for a in fu.actions}
            if item_id in there:  # undoing twice (here and in the main window) changes nothing
                _r, err = self.ctx.try_call(delete, item_id)
                if err is not None:
                    widgets.show_error(self, error_text(err))

        return undo

    def _undo_edit(self, kind: str, before: Any) -> Callable[[], None]:
        update = svc.update_goal if kind == "goal" else svc.update_action

        def undo() -> None:
            _r, err = self.ctx.try_call(update, before.id, before.as_input(), self.as_of)
            if err is not None:
                widgets.show_error(self, error_text(err))

        return undo

    def _push_undo(self, description: str, fn: Callable[[], None]) -> None:
        """One undo for the room and the action plan: the same (description, function) the action plan keeps,
        also handed to the main window's Edit ▸ Undo when the workshop was opened from it."""
        done: list[bool] = []

        def once() -> None:  # undone here or in the main window, never both
            if not done:
                done.append(True)
                fn()

        self.undo_stack.append((description, once))
        host = self.parent_window
        if host is not None and hasattr(host, "push_undo"):
            host.push_undo(description, once)

    def undo(self) -> None:
        if not self.undo_stack or self.ctx.read_only:
            self.show_toast(tr("Nothing to undo."))
            return
        description, fn = self.undo_stack.pop()
        fn()
        host = self.parent_window
        if host is not None and hasattr(host, "drop_undo"):
            host.drop_undo(fn)  # the main window's Edit ▸ Undo no longer offers what the room undid
        self.show_toast(tr("Undone: {action}").format(action=description))
        self._refresh_followup()

    # -- resume ---------------------------------------------------------------------------------------------
    def state(self) -> dict[str, Any]:
        step = self.current_step()
        self._record_time()
        return {
            "step": step.key if step else "",
            "index": self.index,
            "revealed": sorted(self.revealed),
            "elapsed": {k: round(v, 1) for k, v in self.elapsed.items()},
            "draft": self.capture.state() if self.capture.draft() or self.capture.owner() else None,
        }

    def save_state(self) -> None:
        """Kept as it changes (the bar's text as it is typed), so a crash loses neither text nor place."""
        if not self._state_ready or self.round_id is None or self.ctx.read_only:
            return
        _r, error = self.ctx.try_call(svc.save_workshop_state, self.round_id, self.state())
        if error is not None:
            log.warning("workshop state not kept: %s", error)

    def stored_state(self) -> dict[str, Any] | None:
        if self.round_id is None:
            return None
        state, _error = self.ctx.try_call(svc.workshop_state, self.round_id)
        return state

    def offer_resume(self) -> bool:
        """A workshop of this round was under way (a crash, a restart): offer to go on at the same screen with
        the reveals and timers; the draft in the bar comes back either way. True when resumed."""
        state = self.stored_state()
        self._state_ready = True
        if not state:
            return False
        draft = state.get("draft")
        if isinstance(draft, dict) and (draft.get("title") or draft.get("owner")):
            self._prepare_bar()
            dim = str(draft.get("dimension_id") or "")
            self.capture.restore(draft, self.dim_name(dim) if dim else "")
            self.capture.open(self.capture.kind, self.capture.dimension_id, self.capture.dimension_name)
        keys = [s.key for s in self.steps]
        key = state.get("step")
        if key not in keys or (keys.index(key) == 0 and not state.get("revealed")):
            return False
        elapsed = state.get("elapsed") or {}
        minutes = int(sum(float(v) for v in elapsed.values()) // 60)
        if not widgets.confirm(
            self,
            tr(
                "This workshop was under way: screen {n} of {total}, {minutes} min. Resume where it stopped?"
            ).format(n=keys.index(key) + 1, total=len(keys), minutes=minutes),
            tr("Resume"),
            tr("Resume the workshop"),
        ):
            return False
        self.revealed = {k for k in state.get("revealed") or () if isinstance(k, str)}
        self.elapsed = {str(k): float(v) for k, v in elapsed.items()}
        self._entered = self.clock()
        self.show_step(keys.index(key), record=False)
        if self.capture.isVisible():
            self.capture.title_edit.setFocus()
        return True

    def _refresh_followup(self) -> None:
        fu, error = self.ctx.try_call(svc.get_followup, self.partnership_id, self.as_of)
        if error is None and self.data is not None:
            from dataclasses import replace

            self.data = replace(self.data, followup=fu)
        step = self.current_step()
        if step is not None and step.kind == "captured":
            self.show_step(self.index, record=False)
        self.notes.update_from(self)

    def captured_items(self) -> list[tuple[str, Any]]:
        if self.data is None:
            return []
        fu = self.data.followup
        items: list[tuple[str, Any]] = [("goal", g) for g in fu.goals if g.round_id == self.round_id]
        items += [
            ("action", a) for a in sorted(fu.actions, key=lambda a: a.id) if a.round_id == self.round_id
        ]
        return items

    def captured_lines(self) -> list[str]:
        out = []
        for kind, item in self.captured_items():
            if kind == "goal":
                out.append(
                    "◆ " + tr("{level}: {title}").format(level=level_words()[item.level], title=item.title)
                )
            else:
                if item.owner:  # zh: full-width brackets, “每周复盘（Emily Zhao）”
                    out.append("▸ " + tr("{title} ({owner})").format(title=item.title, owner=item.owner))
                else:
                    out.append(f"▸ {item.title}")
        return out

    def show_toast(self, text: str, warn: bool = False) -> None:
        self.toast.setText(text)
        self.toast.setStyleSheet(f"background: {LIGHT_INK['red']};" if warn else "")
        self.toast.show()
        self.toast_timer.start(3000)

    # -- slides -------------------------------------------------------------------------------------------
    def _box(self, spacing: int | None = None) -> tuple[QWidget, QVBoxLayout]:
        w = QWidget()
        layout = QVBoxLayout(w)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(sizes(self._height())["gap"] if spacing is None else spacing)
        return w, layout

    def _agenda_slide(self, _revealed: bool) -> QWidget:
        d = self.data
        w, layout = self._box()
        layout.addWidget(_label(d.partnership.name, "heading"))
        layout.addWidget(
            _label(
                tr("Round {label} · {a} and {b}").format(
                    label=d.round.label, a=self.side_label("A"), b=self.side_label("B")
                ),
                "muted",
            )
        )
        items = []
        if d.review is not None and d.review.items:
            items.append(tr("Last round's actions: what was done, what moved"))
        if d.visible:
            items.append(tr("Overall health"))
            items.append(
                tr("Dimension by dimension: {names}").format(
                    names=tr(", ").join(dim.name.get(self.lang) for dim in d.framework.dimensions)
                )
            )
        else:
            items.append(tr("Results: not shown yet (blind round)"))
        items.append(tr("Goals and actions agreed"))
        items.append(tr("Next steps"))
        # The agenda is read from the back of the room: larger than a heading, the items spread over the slide.
        item_px = round(sizes(self._height())["heading"] * 1.25)
        layout.addSpacing(sizes(self._height())["gap"])
        for n, text in enumerate(items, 1):
            item = _sized(_label(f"{n}.  {text}", "heading"), item_px)
            item.setObjectName("agendaItem")
            layout.addWidget(item)
            layout.addStretch(1)
        layout.addStretch(2)
        return w

    def _blind_slide(self, _revealed: bool) -> QWidget:
        d = self.data
        w, layout = self._box()
        layout.addWidget(
            _label(
                tr(
                    "This round is blind: nobody sees any results until both sides have at least {n} "
                    "submitted responses."
                ).format(n=d.round.threshold),
                "heading",
            )
        )
        # One tile a side: the count against the threshold in large figures, the sentence under it.
        tiles = QHBoxLayout()
        tiles.setSpacing(sizes(self._height())["gap"] * 2)
        for side in ("A", "B"):
            need = d.waiting.get(side, 0)
            submitted = d.round.submitted.get(side, 0)
            text = (
                tr("{side}: {submitted} submitted, {need} more needed")
                if need
                else tr("{side}: {submitted} submitted ✓")
            ).format(side=self.side_label(side), submitted=submitted, need=need)
            tile, tile_layout = self._tile()
            tile_layout.addStretch(1)
            count = _label(str(submitted), "huge", side=side, wrap=False)
            count.setObjectName("blindCount")
            tile_layout.addWidget(count)
            tile_layout.addWidget(_label(text, "heading", side=side))
            tile_layout.addStretch(1)
            tiles.addWidget(tile, 1)
        layout.addLayout(tiles, 3)
        layout.addStretch(1)
        return w

    def _overview_slide(self, revealed: bool) -> QWidget:
        d = self.data
        s = d.summary.scores
        fw = d.framework
        sz = sizes(self._height())
        w, layout = self._box()
        top = QHBoxLayout()
        index_tile, tile_layout = self._tile()
        tile_layout.addWidget(_label(tr("Health index (0–100)"), "muted"))
        value = fmt1(s.index) if revealed and s.index is not None else (DASH if revealed else "?")
        big = _label(value, "huge", wrap=False)
        big.setObjectName("overviewIndex")
        tile_layout.addWidget(big)
        if revealed and s.light:
            tile_layout.addWidget(self._light_label(s.light))
        top.addWidget(index_tile, 2)
        trend_tile, trend_layout = self._tile()
        trend_layout.addWidget(_label(tr("Trend"), "muted"))
        trend_layout.addStretch(1)
        trend = _sized(_label(self._overall_trend() if revealed else "?", "heading"), sz["title"])
        trend.setObjectName("overviewTrend")
        trend_layout.addWidget(trend)
        trend_layout.addStretch(1)
        top.addWidget(trend_tile, 3)
        layout.addLayout(top)
        # The five dimensions fill the rest of the slide, in type the room can read.
        name_px, value_px = sz["heading"], round(sz["heading"] * 1.4)
        grid = QGridLayout()
        grid.setHorizontalSpacing(sz["gap"] * 2)
        grid.setVerticalSpacing(0)
        for row, dim in enumerate(fw.dimensions):
            jv = s.dimensions.get(dim.id)
            name = _sized(_label(dim.name.get(self.lang), wrap=False), name_px)
            name.setObjectName("overviewDimension")
            grid.addWidget(name, row, 0)
            if revealed:
                text = fmt2(jv.joint) if jv is not None and jv.joint is not None else DASH
                value = _sized(_label(text, "heading", wrap=False), value_px)
                grid.addWidget(value, row, 1, Qt.AlignmentFlag.AlignRight)
                if jv is not None and jv.light:
                    grid.addWidget(self._light_label(jv.light), row, 2)
                change = d.summary.trend.dimensions.get(dim.id)
                if change is not None and change.direction:
                    delta = _label(f"{ARROWS[change.direction]} {fmt_signed2(change.delta)}", wrap=False)
                    grid.addWidget(_sized(delta, name_px), row, 3)
            else:
                grid.addWidget(
                    _sized(_label("?", "heading", wrap=False), value_px), row, 1, Qt.AlignmentFlag.AlignRight
                )
            grid.setRowStretch(row, 1)
        grid.setColumnStretch(4, 1)
        layout.addLayout(grid, 1)
        return w

    def _overall_trend(self) -> str:
        said = trend_message(
            self.data.summary.trend
        )  # the trend as every output says it (healthdesk.present)
        assert said is not None
        if said.code == "trend.baseline":
            return tr("First round: the baseline")
        if said.code == "trend.version_break":
            return tr("Not comparable: the framework changed since {label}").format(
                label=said.params["previous"]
            )
        if said.code != "trend.compared" or not said.params["arrow"]:
            return tr("No trend: results withheld")
        return tr("{arrow} {delta} index points since {label}").format(
            arrow=index_step_arrow(self.data.summary),
            delta=said.params["delta"],
            label=said.params["previous"],
        )

    def _tile(self) -> tuple[QFrame, QVBoxLayout]:
        frame = QFrame()
        frame.setProperty("ws", "tile")
        layout = QVBoxLayout(frame)
        g = sizes(self._height())["gap"]
        layout.setContentsMargins(g, g // 2, g, g // 2)
        layout.setSpacing(g // 3)
        return frame, layout

    def _light_label(self, light: str) -> QLabel:
        label = _label(f"{theme.LIGHT_SYMBOLS[light]} {light_words()[light]}", "heading", wrap=False)
        return _coloured(label, LIGHT_INK[light])

    def _side_value(self, side: str, dim_id: str) -> tuple[str, str]:
        """(big text, note) for one side's dimension score."""
        s = self.data.summary.scores
        sc = s.sides.get(side)
        if sc is None or sc.withheld:
            return DASH, tr("fewer than {n} responses").format(n=s.threshold)
        value = sc.dimensions.get(dim_id)
        if value is None:
            return DASH, tr("not enough scores")
        return fmt2(value), tr("{n} submitted").format(n=sc.submitted)

    def _gap_text(self, gap: Any) -> str:
        message = gap_message(gap)  # "no gap" decided once, on the displayed value (healthdesk.present)
        if message is None:
            return tr("Gap: not available")
        if message.code == "gap.none":
            return tr("Both sides see it alike")
        return tr("{side} sees it {gap} higher").format(
            side=self.side_label(message.params["side"]), gap=message.params["size"]
        )

    def _dimension_type(self) -> dict[str, int]:
        """Type of the dimension slide, scaled to the height the slide has (less while the capture bar is open) so
        the numbers fill the screen at every size; ``_dim_scale`` shrinks it only when the content would not fit."""
        body = sizes(self._height())["body"]
        room = self._height() - (self.capture.sizeHint().height() if self.capture.isVisible() else 0)
        unit = max(room, 400) / 1080 * self._dim_scale

        def px(size: float) -> int:
            return max(body, round(size * unit))  # never below body text

        return {
            "name": px(50),
            "value": px(230),
            "note": px(34),
            "gap": px(50),
            "fact": px(38),
            "row": px(36),
            "space": max(4, round(30 * unit)),
        }

    def _dimension_slide(self, dim: Any, revealed: bool) -> QWidget:
        d = self.data
        s = d.summary.scores
        jv = s.dimensions.get(dim.id)
        t = self._dimension_type()
        g = sizes(self._height())["gap"]
        w, layout = self._box(spacing=t["space"])
        # The three cards share one grid: names, values and notes sit in the same rows, on one line across cards.
        cards = QWidget()
        grid = QGridLayout(cards)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(g * 2)
        grid.setVerticalSpacing(0)
        hidden = tr("not revealed yet")  # neutral: the key that reveals is the facilitator's (control strip)
        columns: list[tuple[str, str, str, str, str | None]] = []
        for side in ("A", "B"):
            big, note = self._side_value(side, dim.id) if revealed else ("?", hidden)
            columns.append((side, self.side_label(side), big, note, None))
        joint = (
            fmt2(jv.joint)
            if revealed and jv is not None and jv.joint is not None
            else (DASH if revealed else "?")
        )
        light = jv.light if revealed and jv is not None and jv.light else None
        columns.append(("Joint", tr("Joint"), joint, "" if revealed else hidden, light))
        for col, (key, name, big, note, light_key) in enumerate(columns):
            side = key if key in ("A", "B") else None
            tile = QFrame()
            tile.setProperty("ws", "tile")
            grid.addWidget(tile, 0, col, 3, 1)  # behind the three labels of its column
            name_label = _sized(_label(name, "heading", side=side, wrap=False), t["name"])
            name_label.setObjectName(f"cardName{key}")
            name_label.setContentsMargins(g, g // 2, g, 0)
            value = _sized(_label(big, "big", side=side, wrap=False), t["value"])
            value.setObjectName(f"sideValue{key}" if side else "jointValue")
            value.setContentsMargins(g, 0, g, 0)
            if light_key:
                note_label = _sized(self._light_label(light_key), t["name"])  # the light as large as the name
            else:
                note_label = _sized(_label(note, "muted"), t["note"])
            note_label.setObjectName(f"cardNote{key}")
            note_label.setContentsMargins(g, 0, g, g // 2)
            grid.addWidget(name_label, 0, col)
            grid.addWidget(value, 1, col)
            grid.addWidget(note_label, 2, col, Qt.AlignmentFlag.AlignTop)
            grid.setColumnStretch(col, 1)
        layout.addWidget(cards)
        if revealed:
            if jv is not None:
                gap_text = self._gap_text(jv.gap)
                if jv.gap_flagged:
                    gap_text += " — " + tr("a perception gap")
                gap_label = _sized(_label(gap_text, "heading"), t["gap"])
                gap_label.setObjectName("gapText")
                if jv.gap_flagged:
                    _coloured(gap_label, LIGHT_INK["red"])
                layout.addWidget(gap_label)
            trend = _sized(_label(self._dimension_trend(dim.id)), t["fact"])
            trend.setObjectName("trendText")
            layout.addWidget(trend)
            for ind in dim.indicators:
                for side in ("A", "B"):
                    si = s.sides[side].indicators.get(ind.id) if side in s.sides else None
                    if si is not None and si.spread_flagged and si.spread is not None:
                        text = tr("{side}'s respondents disagree on “{indicator}” (spread {spread})").format(
                            side=self.side_label(side),
                            indicator=ind.name.get(self.lang),
                            spread=f"{si.spread:.2f}",
                        )
                        layout.addWidget(_sized(_label(text), t["row"]))
        # The indicators behind the dimension: named before the reveal too (what each side is about to see).
        table = QGridLayout()
        table.setHorizontalSpacing(g * 2)
        table.setVerticalSpacing(max(2, t["space"] // 2))
        table.addWidget(_sized(_label(tr("Indicator"), "muted", wrap=False), t["row"]), 0, 0)
        table.addWidget(_sized(_label(self.side_label("A"), "muted", side="A", wrap=False), t["row"]), 0, 1)
        table.addWidget(_sized(_label(self.side_label("B"), "muted", side="B", wrap=False), t["row"]), 0, 2)
        for row, ind in enumerate(dim.indicators, 1):
            table.addWidget(_sized(_label(ind.name.get(self.lang)), t["row"]), row, 0)
            for col, side in ((1, "A"), (2, "B")):
                si = s.sides[side].indicators.get(ind.id) if side in s.sides else None
                text = fmt2(si.value) if si is not None and si.value is not None else DASH
                cell = _sized(_label(text if revealed else "?", side=side, wrap=False), t["row"])
                table.addWidget(cell, row, col, Qt.AlignmentFlag.AlignRight)
        table.setColumnStretch(0, 1)
        layout.addLayout(table)
        layout.addStretch(1)
        return w

    def _dimension_trend(self, dim_id: str) -> str:
        t = self.data.summary.trend
        if t.kind == "baseline":
            return tr("Trend: first round, no comparison yet")
        if t.kind == "version_break":
            return tr("Trend: not comparable, the framework changed since {label}").format(
                label=t.previous_label
            )
        if t.kind != "compared":
            return tr("Trend: not available while results are withheld")
        change = t.dimensions.get(dim_id)
        if change is None or change.direction is None:
            return tr("Trend: not available")
        return tr("Trend: {arrow} {delta} since {label}").format(
            arrow=ARROWS[change.direction], delta=fmt_signed2(change.delta), label=t.previous_label
        )

    def _quotes(self, dim: Any) -> list[tuple[str, str, str]]:
        """(side, indicator id, text) of the dimension's problem descriptions, never attributed to a person."""
        problems = self.data.summary.scores.problems
        out = []
        for ind in dim.indicators:
            for side in ("A", "B"):
                for text in problems.get(ind.id, {}).get(side, ()):
                    out.append((side, ind.id, text))
        return out

    def _voices_slide(self, dim: Any, chunk: list[tuple[str, str, str]], n: int, total: int) -> QWidget:
        w, layout = self._box()
        if total > 1:
            layout.addWidget(_label(tr("Page {n} of {total}").format(n=n + 1, total=total), "muted"))
        quotes = [f"“{shorten(text, QUOTE_CHARS)}”" for _side, _ind, text in chunk]
        px = self._quote_px(quotes)
        for (side, ind_id, _text), quote in zip(chunk, quotes, strict=True):
            group, gl = self._box(spacing=max(2, sizes(self._height())["gap"] // 6))
            gl.addWidget(_sized(_label(quote, "quote"), px))
            gl.addWidget(_label(f"{self.side_label(side)} · {self.ind_name(ind_id)}", "muted", side=side))
            layout.addWidget(group)
            layout.addStretch(1)
        layout.addStretch(2)
        return w

    def _quote_px(self, quotes: list[str], lines: float = 1.6) -> int:
        """The quotes' type: larger than body text when each quote then still takes at most two lines (so four
        quotes fit on the slide at any size; ``lines`` 1: one line each), body text otherwise."""
        s = sizes(self._height())
        large = round(s["heading"] * 0.9)
        font = QFont(self.font())
        font.setPixelSize(large)
        metrics = QFontMetrics(font)
        line = max(200, self.width() - 2 * s["margin"] - 2 * s["gap"])
        fits = all(metrics.horizontalAdvance(q) <= lines * line for q in quotes)
        return large if fits else s["body"]

    def _review_slide(self, chunk: list[Any], n: int, total: int) -> QWidget:
        d = self.data
        review = d.review
        w, layout = self._box()
        intro = tr("Set at the {previous} workshop; scores before ({previous}) and now ({current}).").format(
            previous=review.previous.label, current=review.current.label
        )
        if total > 1:
            intro += " " + tr("Page {n} of {total}").format(n=n + 1, total=total)
        layout.addWidget(_label(intro, "muted"))
        if not review.visible:
            layout.addWidget(
                _label(tr("This round's results are hidden until both sides have submitted."), "warn")
            )
        grid = QGridLayout()
        gap = sizes(self._height())["gap"]
        grid.setHorizontalSpacing(gap * 2)
        grid.setVerticalSpacing(gap)
        grid.addWidget(_label(tr("Status"), "muted", wrap=False), 0, 0)
        grid.addWidget(_label(tr("Agreed last time"), "muted", wrap=False), 0, 1)
        grid.addWidget(_label(tr("Aimed at"), "muted", wrap=False), 0, 2)
        grid.addWidget(_label(tr("Before → now"), "muted", wrap=False), 0, 3)
        words = status_words()
        row = 1
        for item in chunk:
            wk = item.work
            status = f"{STATUS_SYMBOLS.get(wk.status, '')} {words.get(wk.status, wk.status)}"
            status_label = _label(status, wrap=False)
            if item.overdue:
                status_label = _label(status + "\n" + tr("overdue"), "warn", wrap=False)
            elif item.done:
                _coloured(status_label, LIGHT_INK["green"])
            grid.addWidget(status_label, row, 0, Qt.AlignmentFlag.AlignTop)
            prefix = "◆ " if wk.kind == "goal" else ""
            grid.addWidget(_label(prefix + shorten(wk.title, TITLE_CHARS)), row, 1, Qt.AlignmentFlag.AlignTop)
            aims, moves = [], []
            for m in item.movements:
                aims.append(
                    self.ind_name(m.indicator_id) if m.indicator_id else self.dim_name(m.dimension_id)
                )
                before = fmt2(m.before) if m.before is not None else DASH
                after = fmt2(m.after) if m.after is not None else ("?" if not review.visible else DASH)
                arrow = f"  {ARROWS[m.direction]} {fmt_signed2(m.delta)}" if m.direction else ""
                moves.append(f"{before} → {after}{arrow}")
            grid.addWidget(_label("\n".join(aims) or DASH), row, 2, Qt.AlignmentFlag.AlignTop)
            move_label = _label("\n".join(moves) or DASH, wrap=False)
            move_label.setObjectName(f"move{wk.kind}{wk.id}")
            if item.movements and item.movements[0].direction == "up":
                _coloured(move_label, LIGHT_INK["green"])
            elif item.movements and item.movements[0].direction == "down":
                _coloured(move_label, LIGHT_INK["red"])
            grid.addWidget(move_label, row, 3, Qt.AlignmentFlag.AlignTop)
            row += 1
        grid.setColumnStretch(1, 3)
        grid.setColumnStretch(2, 2)
        layout.addLayout(grid)
        layout.addStretch(1)
        return w

    def _captured_slide(self, _revealed: bool) -> QWidget:
        w, layout = self._box()
        lines = self.captured_lines()
        if not lines:
            layout.addWidget(
                _label(tr("Nothing captured yet. Press A for an action, G for a goal."), "muted")
            )
        picked = self.selected if 0 <= self.selected < len(lines) else len(lines) - 1
        first = max(0, min(picked - CAPTURED_ROWS + 1, len(lines) - CAPTURED_ROWS))
        shown = [
            f"{n + 1}.  {shorten(line, TITLE_CHARS + 20)}"
            for n, line in enumerate(lines[first : first + CAPTURED_ROWS], first)
        ]
        # A few short rows are read from the back of the room in larger type (one line each, so they still fit).
        px = self._quote_px(shown, lines=0.95) if len(shown) <= 5 else sizes(self._height())["body"]
        for n, text in enumerate(shown, first):
            row = _sized(_label(text), px)
            row.setObjectName(f"captured{n}")
            if n == picked:
                row.setProperty("ws", "quote")  # the row E and Delete act on
                row.setObjectName("capturedSelected")
            layout.addWidget(row)
        if lines:
            layout.addWidget(_label(tr("1–9 pick a row · E correct · Delete remove · Ctrl+Z undo"), "muted"))
        if len(lines) > CAPTURED_ROWS:
            layout.addWidget(
                _label(tr("… and {n} more in the action plan").format(n=len(lines) - CAPTURED_ROWS), "muted")
            )
        layout.addStretch(1)
        return w

    def _close_slide(self, _revealed: bool) -> QWidget:
        w, layout = self._box()
        fu = self.data.followup
        counts = fu.counts
        for text in (
            tr("Owners finish their actions' details (due date, notes) in the action plan this week."),
            tr(
                "Open goals: {goals} · overdue actions: {overdue} · decisions for the JMC: {decisions}"
            ).format(
                goals=counts.open_goals, overdue=counts.overdue_actions, decisions=counts.decisions_requested
            ),
            tr("The JMC review prints the goals, the action plan and the decisions requested."),
            tr("Thank you."),
        ):
            layout.addWidget(_label(text, "heading"))
        layout.addStretch(1)
        return w

    # -- keys, language, size, leaving ----------------------------------------------------------------------
    def handle_key(self, event: QKeyEvent) -> bool:
        key = event.key()
        focus = QApplication.focusWidget()
        if self.capture.isVisible() and focus is not None and self.capture.isAncestorOf(focus):
            return True  # typed into the bar: never a slide command (the bar's fields handle their keys)
        mods = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        if key in (Qt.Key.Key_Question, Qt.Key.Key_F1):
            self.toggle_help()
            return True
        if self.help.isVisible():
            self.help.hide()  # any other key closes the help; Esc only that, the others then do their job
            if key == Qt.Key.Key_Escape:
                return True
        if key == Qt.Key.Key_Escape and self.overlay.isVisible():
            self.overlay.hide()
            return True
        if event.matches(QKeySequence.StandardKey.Undo):
            self.undo()
            return True
        if mods & (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier):
            return False
        step = self.current_step()
        on_captured = step is not None and step.kind == "captured"
        if on_captured and Qt.Key.Key_1 <= key <= Qt.Key.Key_9:
            self.select_row(key - Qt.Key.Key_1)
            return True
        if key in (Qt.Key.Key_E, Qt.Key.Key_F2):
            self.edit_selected()
            return True
        if key == Qt.Key.Key_Delete and on_captured:
            self.delete_selected()
            return True
        if key == Qt.Key.Key_L:
            self.toggle_language()
            return True
        moves = (
            Qt.Key.Key_Right,
            Qt.Key.Key_Space,
            Qt.Key.Key_PageDown,
            Qt.Key.Key_Down,
            Qt.Key.Key_Left,
            Qt.Key.Key_PageUp,
            Qt.Key.Key_Up,
            Qt.Key.Key_Backspace,
        )
        if self.blank and key in moves:
            self.toggle_blank()  # back to the screen the room left, not past it (a clicker has no B)
        elif key in (Qt.Key.Key_Right, Qt.Key.Key_Space, Qt.Key.Key_PageDown, Qt.Key.Key_Down):
            self.next_step()
        elif key in (Qt.Key.Key_Left, Qt.Key.Key_PageUp, Qt.Key.Key_Up, Qt.Key.Key_Backspace):
            self.previous_step()
        elif key == Qt.Key.Key_Home:
            self.show_step(0)
        elif key == Qt.Key.Key_End:
            self.show_step(len(self.steps) - 1)
        elif key in (Qt.Key.Key_B, Qt.Key.Key_Period):
            self.toggle_blank()
        elif key == Qt.Key.Key_R:
            self.toggle_reveal()
        elif key == Qt.Key.Key_N:
            self.toggle_notes()
        elif key == Qt.Key.Key_A:
            self.open_capture("action")
        elif key == Qt.Key.Key_G:
            self.open_capture("goal")
        elif key == Qt.Key.Key_Escape:
            self.request_leave()
        else:
            return False
        return True

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt API
        if not self.handle_key(event):
            super().keyPressEvent(event)

    def retranslate_ui(self, _lang: str | None = None) -> None:
        self.setWindowTitle(
            tr("Workshop – {name}").format(name=self.data.partnership.name if self.data else "")
        )
        self.capture.retranslate_ui()
        if self.help.isVisible():
            self.help.retranslate_ui()
        self.rebuild()

    def _apply_style(self, height: int) -> None:
        self._style_height = height
        self.setStyleSheet(stylesheet(height))
        m = sizes(height)["margin"]
        self.body_layout.setContentsMargins(m, 0, m, max(2, m // 12))

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt API
        super().resizeEvent(event)
        if self.overlay.isVisible():
            self.overlay.place()
        if self.help.isVisible():
            self.help.place()
        if abs(event.size().height() - getattr(self, "_style_height", 0)) > 8:
            self._apply_style(event.size().height())
            if self.steps:
                self.show_step(self.index, record=False)

    def request_leave(self) -> bool:
        if widgets.confirm(
            self,
            tr("Leave the workshop? Everything captured is already saved in the action plan."),
            tr("Leave"),
            tr("Leave the workshop"),
        ):
            self._leaving = True
            self.close()
            return True
        return False

    def finish(self) -> None:
        """Keep where the workshop stands (the bar's draft too: only Enter saves), stop the clock, close the
        notes."""
        if self._closed:
            return
        self.save_state()
        self._closed = True
        self.ticker.stop()
        self.notes.close()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt API
        self.finish()
        super().closeEvent(event)
        self.left.emit()

    def start(self, full_screen: bool = True) -> None:
        """Show on the projector: full screen on the second screen when there is one, notes on the first."""
        screens = QGuiApplication.screens()
        if len(screens) > 1:
            primary = QGuiApplication.primaryScreen()
            projector = next((s for s in screens if s is not primary), screens[-1])
            self.setGeometry(projector.geometry())
            self.notes.move(primary.availableGeometry().topLeft())
            self.notes.show()
            self.shared_screen = False
        else:
            self.shared_screen = True
        if full_screen:
            self.showFullScreen()
        else:
            self.show()
        self.activateWindow()
        self.setFocus()
        self.notes.update_from(self)
        QTimer.singleShot(0, self.offer_resume)


def start_workshop(
    ctx: AppContext, partnership_id: int, round_id: int | None = None, parent: QWidget | None = None
) -> WorkshopWindow:
    """Open the workshop for a partnership's round (default: its latest) full screen; returns the window."""
    window = WorkshopWindow(ctx, partnership_id, round_id)
    window.parent_window = parent
    window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
    if parent is not None:
        window.left.connect(lambda: parent.activateWindow())
    window.start()
    return window
