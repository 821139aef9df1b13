"""Workshop mode: the facilitator's laptop on a projector, in a strategy-alignment workshop (战略对齐工作坊).

A full-screen presentation, one idea per screen, with type that scales with the screen height (body 28 px at
1080p) and high contrast: the agenda, last round's actions (what was done, and whether the dimension each aimed at
moved), the overall health, then dimension by dimension a reveal of both partners' scores with the gap, the
spread and the trend, and the anonymised problem descriptions; then the goals and actions agreed, and next steps.

Keys: → / Space / PgDn next, ← / PgUp back, Home / End first / last, B blank screen, R reveal, N facilitator
notes (a second window), A capture an action, G capture a goal, Esc leave (after a confirmation). Captured goals
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

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QGuiApplication, QKeyEvent, QResizeEvent
from PySide6.QtWidgets import (
    QComboBox,
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

from ..analysis.numbers import fmt1, fmt2, fmt_signed2
from ..present.findings import gap_message, trend_message
from ..present.symbols import ARROWS, DASH
from ..services import followup as svc
from . import theme, widgets
from .context import AppContext
from .messages import error_text

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
SIDE_INK = {"A": theme.SIDE_A, "B": "#B34400"}  # side B's orange darkened for text on white
LIGHT_INK = {"red": "#B03A00", "amber": "#8A5A00", "green": "#006B4F"}
STATUS_SYMBOLS = {"planned": "○", "in_progress": "◐", "done": "✓", "dropped": "✕"}

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


def tr(text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """Translate (lupdate files module-level ``tr`` calls under the empty context)."""
    return QCoreApplication.translate("", text, disambiguation, n)


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
    QFrame#captureBar QLineEdit, QFrame#captureBar QComboBox {{
        font-size: {s["body"]}px; padding: {s["gap"] // 4}px; color: {INK}; background: #FFFFFF;
        border: 2px solid {INK};
    }}
    QFrame[ws="tile"] {{ background: {PANEL}; border-radius: 8px; }}
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
    label.setStyleSheet(f"color: {colour};")
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


class CaptureBar(QFrame):
    """Typing a goal or an action while presenting: Enter saves it into the action plan, Esc puts it away (the
    draft stays and is saved when the step changes or the workshop ends)."""

    submitted = Signal()
    dismissed = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("captureBar")
        self.kind = "action"
        row = QHBoxLayout(self)
        row.setContentsMargins(theme.MARGIN, theme.GRID, theme.MARGIN, theme.GRID)
        row.setSpacing(theme.MARGIN)
        self.prompt = _label(wrap=False)
        self.prompt.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Preferred)
        self.title_edit = QLineEdit()
        self.title_edit.setObjectName("captureTitle")
        self.title_edit.setMaxLength(svc.TITLE_CAP)
        self.owner_edit = QLineEdit()
        self.owner_edit.setObjectName("captureOwner")
        self.owner_edit.setMaxLength(200)
        self.level_combo = QComboBox()
        for level in ("top", "mid", "short"):
            self.level_combo.addItem("", level)
        self.level_combo.setCurrentIndex(2)
        # Whose owner: the partner's label is shown, so a goal's owner lands on the right side.
        self.side_combo = QComboBox()
        self.side_combo.setObjectName("captureSide")
        for side in ("A", "B"):
            self.side_combo.addItem(side, side)
        self.hint = _label(role="footer", wrap=False)
        row.addWidget(self.prompt)
        row.addWidget(self.level_combo)
        row.addWidget(self.title_edit, 3)
        row.addWidget(self.owner_edit, 1)
        row.addWidget(self.side_combo)
        row.addWidget(self.hint)
        for edit in (self.title_edit, self.owner_edit):
            edit.returnPressed.connect(self.submitted.emit)

    def open(self, kind: str, dimension_name: str) -> None:
        if kind != self.kind and not self.draft():
            self.clear()
        self.kind = kind
        self.level_combo.setVisible(kind == "goal")
        self.dimension_name = dimension_name
        self.retranslate_ui()
        self.show()
        self.title_edit.setFocus()

    def draft(self) -> str:
        return self.title_edit.text().strip()

    def clear(self) -> None:
        self.title_edit.clear()
        self.owner_edit.clear()

    def level(self) -> str:
        return self.level_combo.currentData()

    def set_side_labels(self, labels: dict[str, str]) -> None:
        for i in range(self.side_combo.count()):
            self.side_combo.setItemText(
                i, labels.get(self.side_combo.itemData(i), self.side_combo.itemData(i))
            )

    def side(self) -> str:
        return self.side_combo.currentData()

    def retranslate_ui(self) -> None:
        where = getattr(self, "dimension_name", "")
        if self.kind == "goal":
            text = tr("New goal for {dimension}:") if where else tr("New goal:")
        else:
            text = tr("New action for {dimension}:") if where else tr("New action:")
        self.prompt.setText(text.format(dimension=where))
        self.title_edit.setPlaceholderText(tr("What was agreed"))
        self.owner_edit.setPlaceholderText(tr("Owner"))
        self.hint.setText(tr("Enter saves · Esc closes"))
        words = level_words()
        for i in range(self.level_combo.count()):
            self.level_combo.setItemText(i, words[self.level_combo.itemData(i)])

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt API
        if event.key() == Qt.Key.Key_Escape:
            self.dismissed.emit()
            return
        super().keyPressEvent(event)


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
        self.keys_label.setText(
            tr(
                "→ Space PgDn next · ← PgUp back · R reveal · B blank screen · A new action · G new goal · "
                "N notes · Esc leave"
            )
        )

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - the facilitator may drive from here too
        if not self.workshop.handle_key(event):
            super().keyPressEvent(event)


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
    ):
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("workshop")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.ctx = ctx
        self.partnership_id = partnership_id
        self.round_id = round_id
        self.as_of = as_of
        self.index = 0
        self.revealed: set[str] = set()
        self.blank = False
        self.steps: list[Step] = []
        self.elapsed: dict[str, float] = {}
        self._entered = time.monotonic()
        self._leaving = False
        self._closed = False
        self.data: svc.WorkshopData | None = None
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)

        self.pages = QStackedWidget()
        self.blank_widget = QWidget()
        self.blank_widget.setObjectName("blank")
        self.blank_widget.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.footer_left = _label(role="footer", wrap=False)
        self.footer_right = _label(role="footer", wrap=False)
        self.footer_right.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.toast = _label(role="toast", wrap=False)
        self.toast.hide()
        self.capture = CaptureBar()
        self.capture.hide()
        self.capture.submitted.connect(self.save_capture)
        self.capture.dismissed.connect(self.close_capture)

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
        self.main.addWidget(body)
        self.main.addWidget(self.blank_widget)
        self.outer.addWidget(self.main, 1)
        self.outer.addWidget(self.capture)

        self.notes = NotesWindow(self)
        self.clock = QTimer(self)
        self.clock.setInterval(1000)
        self.clock.timeout.connect(self.tick)
        self.toast_timer = QTimer(self)
        self.toast_timer.setSingleShot(True)
        self.toast_timer.timeout.connect(self.toast.hide)

        self._apply_style(self.height() or 720)
        ctx.language_changed.connect(self.retranslate_ui)
        self.reload()
        self.clock.start()

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
            if self.capture.draft():
                self.save_capture()
        self.index = index
        step = self.steps[index]
        while self.pages.count():
            old = self.pages.widget(0)
            self.pages.removeWidget(old)
            old.hide()
            old.setParent(
                None
            )  # out of the window's children at once (findChild sees only the current slide)
            old.deleteLater()
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
        self.pages.addWidget(slide)
        self.pages.setCurrentWidget(slide)
        self._update_footer()
        self.notes.update_from(self)
        self.step_changed.emit(index)

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
        if self.notes.isVisible():
            self.notes.hide()
        else:
            self.notes.update_from(self)
            self.notes.show()
            self.activateWindow()

    # -- time ---------------------------------------------------------------------------------------------
    def _record_time(self) -> None:
        step = self.current_step()
        now = time.monotonic()
        if step is not None:
            self.elapsed[step.key] = self.elapsed.get(step.key, 0.0) + (now - self._entered)
        self._entered = now

    def step_seconds(self) -> int:
        step = self.current_step()
        if step is None:
            return 0
        return int(self.elapsed.get(step.key, 0.0) + time.monotonic() - self._entered)

    def timer_text(self) -> str:
        step = self.current_step()
        seconds = self.step_seconds()
        planned = MINUTES.get(step.kind, 5) if step else 5
        return f"{seconds // 60:02d}:{seconds % 60:02d} / {planned:02d}:00"

    def tick(self) -> None:
        self._update_footer()
        if self.notes.isVisible():
            self.notes.timer_label.setText(self.timer_text())

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
        )
        self.footer_right.setProperty("ws", "warn" if over else "footer")
        self.footer_right.style().unpolish(self.footer_right)
        self.footer_right.style().polish(self.footer_right)

    # -- capture ------------------------------------------------------------------------------------------
    def open_capture(self, kind: str) -> None:
        if self.ctx.read_only:
            self.show_toast(tr("Read-only: nothing can be captured here."))
            return
        step = self.current_step()
        dim = step.dimension_id if step else ""
        self.capture.set_side_labels({side: self.side_label(side) for side in ("A", "B")})
        self.capture.open(kind, self.dim_name(dim) if dim else "")

    def close_capture(self) -> None:
        self.capture.hide()
        self.setFocus()

    def save_capture(self) -> bool:
        """Store what the capture bar holds into the action plan; True when something was saved."""
        title = self.capture.draft()
        if not title:
            self.close_capture()
            return False
        step = self.current_step()
        dim = step.dimension_id if step else ""
        owner = self.capture.owner_edit.text().strip()
        side = self.capture.side()
        if self.capture.kind == "goal":
            data = svc.GoalInput(
                level=self.capture.level(),
                title=title,
                owner_a=owner if side == "A" else "",
                owner_b=owner if side == "B" else "",
                dimensions=(dim,) if dim else (),
                round_id=self.round_id,
            )
            result, error = self.ctx.try_call(svc.create_goal, self.partnership_id, data, self.as_of)
        else:
            action = svc.ActionInput(
                title=title,
                owner=owner,
                owner_side=side if owner else "",
                dimension_id=dim,
                round_id=self.round_id,
            )
            result, error = self.ctx.try_call(svc.create_action, self.partnership_id, action, self.as_of)
        if error is not None:
            widgets.show_error(self, error_text(error))
            return False
        self.capture.clear()
        self.close_capture()
        self.show_toast(tr("Saved to the action plan ✓"))
        self._refresh_followup()
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
                owner = f" ({item.owner})" if item.owner else ""
                out.append(f"▸ {item.title}{owner}")
        return out

    def show_toast(self, text: str) -> None:
        self.toast.setText(text)
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
        for n, text in enumerate(items, 1):
            layout.addWidget(_label(f"{n}.  {text}", "heading"))
        layout.addStretch(1)
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
        for side in ("A", "B"):
            need = d.waiting.get(side, 0)
            text = (
                tr("{side}: {submitted} submitted, {need} more needed")
                if need
                else tr("{side}: {submitted} submitted ✓")
            ).format(side=self.side_label(side), submitted=d.round.submitted.get(side, 0), need=need)
            layout.addWidget(_label(text, "heading", side=side))
        layout.addStretch(1)
        return w

    def _overview_slide(self, revealed: bool) -> QWidget:
        d = self.data
        s = d.summary.scores
        fw = d.framework
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
        trend_layout.addWidget(_label(self._overall_trend() if revealed else "?", "heading"))
        trend_layout.addStretch(1)
        top.addWidget(trend_tile, 3)
        layout.addLayout(top)
        grid = QGridLayout()
        grid.setHorizontalSpacing(sizes(self._height())["gap"] * 2)
        for row, dim in enumerate(fw.dimensions):
            jv = s.dimensions.get(dim.id)
            grid.addWidget(_label(dim.name.get(self.lang), wrap=False), row, 0)
            if revealed:
                text = fmt2(jv.joint) if jv is not None and jv.joint is not None else DASH
                grid.addWidget(_label(text, "heading", wrap=False), row, 1, Qt.AlignmentFlag.AlignRight)
                if jv is not None and jv.light:
                    grid.addWidget(self._light_label(jv.light), row, 2)
                change = d.summary.trend.dimensions.get(dim.id)
                if change is not None and change.direction:
                    grid.addWidget(
                        _label(f"{ARROWS[change.direction]} {fmt_signed2(change.delta)}", wrap=False), row, 3
                    )
            else:
                grid.addWidget(_label("?", "heading", wrap=False), row, 1, Qt.AlignmentFlag.AlignRight)
        grid.setColumnStretch(4, 1)
        layout.addLayout(grid)
        layout.addStretch(1)
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
            arrow=said.params["arrow"], delta=said.params["delta"], label=said.params["previous"]
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

    def _dimension_slide(self, dim: Any, revealed: bool) -> QWidget:
        d = self.data
        s = d.summary.scores
        jv = s.dimensions.get(dim.id)
        w, layout = self._box()
        sides = QHBoxLayout()
        sides.setSpacing(sizes(self._height())["gap"] * 2)
        for side in ("A", "B"):
            tile, tl = self._tile()
            tl.addWidget(_label(self.side_label(side), "heading", side=side))
            big, note = self._side_value(side, dim.id) if revealed else ("?", tr("press R to reveal"))
            value = _label(big, "big", side=side, wrap=False)
            value.setObjectName(f"sideValue{side}")
            tl.addWidget(value)
            tl.addWidget(_label(note, "muted"))
            sides.addWidget(tile, 1)
        joint_tile, jl = self._tile()
        jl.addWidget(_label(tr("Joint"), "heading"))
        joint = (
            fmt2(jv.joint)
            if revealed and jv is not None and jv.joint is not None
            else (DASH if revealed else "?")
        )
        jl.addWidget(_label(joint, "big", wrap=False))
        if revealed and jv is not None and jv.light:
            jl.addWidget(self._light_label(jv.light))
        sides.addWidget(joint_tile, 1)
        layout.addLayout(sides)
        if revealed:
            facts = []
            if jv is not None:
                gap_text = self._gap_text(jv.gap)
                if jv.gap_flagged:
                    gap_text += " — " + tr("a perception gap")
                gap_label = _label(gap_text, "heading")
                gap_label.setObjectName("gapText")
                if jv.gap_flagged:
                    _coloured(gap_label, LIGHT_INK["red"])
                facts.append(gap_label)
            facts.append(_label(self._dimension_trend(dim.id)))
            for ind in dim.indicators:
                for side in ("A", "B"):
                    si = s.sides[side].indicators.get(ind.id) if side in s.sides else None
                    if si is not None and si.spread_flagged and si.spread is not None:
                        facts.append(
                            _label(
                                tr("{side}'s respondents disagree on “{indicator}” (spread {spread})").format(
                                    side=self.side_label(side),
                                    indicator=ind.name.get(self.lang),
                                    spread=f"{si.spread:.2f}",
                                )
                            )
                        )
            for f in facts:
                layout.addWidget(f)
            grid = QGridLayout()
            grid.setHorizontalSpacing(sizes(self._height())["gap"] * 2)
            grid.addWidget(_label(tr("Indicator"), "muted", wrap=False), 0, 0)
            grid.addWidget(_label(self.side_label("A"), "muted", side="A", wrap=False), 0, 1)
            grid.addWidget(_label(self.side_label("B"), "muted", side="B", wrap=False), 0, 2)
            for row, ind in enumerate(dim.indicators, 1):
                grid.addWidget(_label(ind.name.get(self.lang)), row, 0)
                for col, side in ((1, "A"), (2, "B")):
                    si = s.sides[side].indicators.get(ind.id) if side in s.sides else None
                    text = fmt2(si.value) if si is not None and si.value is not None else DASH
                    grid.addWidget(_label(text, side=side, wrap=False), row, col, Qt.AlignmentFlag.AlignRight)
            grid.setColumnStretch(0, 1)
            layout.addLayout(grid)
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
        for side, ind_id, text in chunk:
            group, gl = self._box(spacing=max(2, sizes(self._height())["gap"] // 6))
            gl.addWidget(_label(f"“{shorten(text, QUOTE_CHARS)}”", "quote"))
            gl.addWidget(_label(f"{self.side_label(side)} · {self.ind_name(ind_id)}", "muted", side=side))
            layout.addWidget(group)
        layout.addStretch(1)
        return w

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
        for line in lines[:CAPTURED_ROWS]:
            layout.addWidget(_label(shorten(line, TITLE_CHARS + 20)))
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
        if self.capture.isVisible() and self.capture.title_edit.hasFocus():
            return False
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
        self.rebuild()

    def _apply_style(self, height: int) -> None:
        self._style_height = height
        self.setStyleSheet(stylesheet(height))
        m = sizes(height)["margin"]
        self.body_layout.setContentsMargins(m, 0, m, m // 3)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt API
        super().resizeEvent(event)
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
        """Save a draft still in the capture bar, stop the clock and close the notes."""
        if self._closed:
            return
        self._closed = True
        if self.capture.draft():
            self.save_capture()
        self.clock.stop()
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
        if full_screen:
            self.showFullScreen()
        else:
            self.show()
        self.activateWindow()
        self.setFocus()
        self.notes.update_from(self)


def start_workshop(
    ctx: AppContext, partnership_id: int, round_id: int | None = None, parent: QWidget | None = None
) -> WorkshopWindow:
    """Open the workshop for a partnership's round (default: its latest) full screen; returns the window."""
    window = WorkshopWindow(ctx, partnership_id, round_id)
    window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
    if parent is not None:
        window.left.connect(lambda: parent.activateWindow())
    window.start()
    return window
