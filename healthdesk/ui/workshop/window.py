"""Workshop mode: the facilitator's laptop on a projector, in a strategy-alignment workshop (战略对齐工作坊).

A full-screen presentation, one idea per screen, with type that scales with the screen height (body 28 px at
1080p) and high contrast: the agenda, last round's actions (what was done, and whether the dimension each aimed at
moved), the overall health, then dimension by dimension a reveal of both partners' scores with the gap, the
spread and the trend, and the anonymised problem descriptions; then the goals and actions agreed, and next steps.

Keys: → / Space / PgDn next, ← / PgUp back, Home / End first / last, B blank screen, R reveal, N facilitator
notes (a second window; with one screen an overlay), ? or F1 every key (an overlay on the presentation, Esc closes
it), A capture an action, G capture a goal, Esc leave (after a confirmation). A small low-contrast control strip at
the bottom edge names the keys that matter now for the facilitator; on a hidden screen it leads with R in a
legible size and contrast (still small beside the slide's type), while the slide itself only shows a neutral
"not revealed yet". Captured goals
and actions are saved at once into the action plan, linked to the dimension on screen; a draft typed but not yet
confirmed is saved when the step changes or the workshop ends, so nothing typed is lost.

The blind rule (``services.followup.results_visible``) is applied before anything is shown: a blind round whose
two sides have not both reached the threshold shows no scores, no problem descriptions and no "after" values.

The package: ``model.py`` (Qt-free: the sequence of screens, what each shows as records and codes, where the room
stands with its timers and resume state, the capture rules), ``slides.py`` (a widget per screen), ``capture.py``
(the capture bar), ``overlays.py`` (the notes window, the notes and help overlays), ``plan.py`` (the room's writes
into the action plan and their undo), ``keys.py`` (what each key does), ``style.py`` (palette, type sizes, style sheet)
and this window, which puts them together.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from dataclasses import replace
from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QGuiApplication, QKeyEvent, QResizeEvent
from PySide6.QtWidgets import QApplication, QHBoxLayout, QSizePolicy, QStackedWidget, QVBoxLayout, QWidget

from ...present.findings import gap_message
from ...present.symbols import ARROWS  # noqa: F401 - the one set of arrows (tests/ui/test_one_voice_words.py)
from ...services import followup as svc
from ..common import theme, widgets
from ..common.context import AppContext
from ..common.linebreak import join_hints
from . import model
from .capture import CaptureBar
from .keys import handle_key
from .overlays import HelpOverlay, NotesOverlay, NotesWindow
from .plan import RoomCaptures
from .slides import SlideMaker, Step, captured_lines, gap_words, step_words
from .style import LIGHT_INK, sizes, stylesheet
from .style import label as _label

log = logging.getLogger(__name__)

TR_CONTEXT = "Workshop"


def tr(text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """Translate under this module's own context (scripts/translations.py files lupdate's "" here)."""
    return QCoreApplication.translate(TR_CONTEXT, text, disambiguation, n)


class WorkshopWindow(QWidget):
    """The presentation. ``WorkshopWindow(ctx, partnership_id)`` presents the latest round; ``start()`` shows it
    full screen (on the second screen when there is one, with the notes on the first). Where the room stands is
    ``self.room`` (``model.Room``); the slides come from ``self.slides`` (``slides.SlideMaker``).

    It is a little over 500 lines because it is where the parts meet: every key (``keys.py``) lands here, and each
    step ties the screen shown, the timers, the capture bar (``capture.py``), the in-room fixes (``plan.py``), the
    notes and help (``overlays.py``) and the saved state for a resume together; the parts themselves live in their
    modules."""

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
        # CLOCK_MONOTONIC on Linux does not count while the machine sleeps (model.Timers). Injectable for tests.
        self.room = model.Room(clock)
        self.steps: list[Step] = []
        self.slides = SlideMaker(self)
        self.captures = RoomCaptures(self)
        self.shared_screen = len(QGuiApplication.screens()) < 2  # one screen, or a mirrored projector
        self._ticks = 0
        self._state_ready = False
        self._leaving = False
        self._closed = False
        self.data: svc.WorkshopData | None = None
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
        # The facilitator's control strip: small and low-contrast at the bottom edge, the keys that matter now.
        # On a hidden screen the reveal hint leads it, legible (the one key the facilitator must find) but at the
        # strip's edge, never on the slide the room reads.
        self.strip = _label(wrap=False)
        self.strip.setObjectName("controlStrip")
        self.strip.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.reveal_hint = _label(wrap=False)
        self.reveal_hint.setObjectName("revealHint")
        self.reveal_hint.hide()
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
        strip_row = QHBoxLayout()
        strip_row.setSpacing(theme.SPACING * 2)
        strip_row.addStretch(1)
        strip_row.addWidget(self.reveal_hint)
        strip_row.addWidget(self.strip)
        self.body_layout.addLayout(strip_row)
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

    # -- where the room stands (model.Room) ---------------------------------------------------------------
    @property
    def index(self) -> int:
        return self.room.index

    @property
    def revealed(self) -> set[str]:
        return self.room.revealed

    @property
    def blank(self) -> bool:
        return self.room.blank

    @property
    def elapsed(self) -> dict[str, float]:
        return self.room.timers.elapsed

    # -- data ---------------------------------------------------------------------------------------------
    def reload(self) -> None:
        """Read the round's data (``services.followup.workshop_data``). Synchronous on purpose: the window has
        its screens from construction on (the resume offer right after ``start``, the screenshots, the tests)."""
        data, error = self.ctx.try_call(svc.workshop_data, self.partnership_id, self.round_id, self.as_of)
        if error is not None:
            widgets.show_error(self, self.ctx.error_text(error))
            if self.data is None:
                QTimer.singleShot(0, self, self.close)
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

    def _gap_text(self, gap: Any) -> str:
        """A dimension's gap in the workshop's words, decided by ``present.findings.gap_message``."""
        return gap_words(gap_message(gap), self.side_label)

    # -- steps --------------------------------------------------------------------------------------------
    def rebuild(self) -> None:
        """The screens again (new data, another language): the same screen stays on, with its reveals."""
        self.room.set_slides(model.agenda(self.data))
        self.steps = [Step(slide, *step_words(slide, self.dim_name)) for slide in self.room.slides]
        self.show_step(self.index, record=False)

    def current_step(self) -> Step | None:
        return self.steps[self.index] if 0 <= self.index < len(self.steps) else None

    def show_step(self, index: int, record: bool = True) -> None:
        if not self.steps:
            return
        index = self.room.go(index, record)
        step = self.steps[index]
        # A dimension's type fills the screen; only when its content would not fit (many spread lines, the
        # capture bar open) is it built again a size smaller.
        scales = (1.0, 0.9, 0.8, 0.7, 0.6) if step.kind == "dimension" else (1.0,)
        if step.kind == "dimension" and self.isVisible():
            self.outer.activate()  # the slide's room now (the capture bar may just have opened or closed)
        for scale in scales:
            self.slides.scale = scale
            self._clear_pages()
            slide = self.slides.make(step, step.key in self.revealed)
            self.pages.addWidget(slide)
            self.pages.setCurrentWidget(slide)
            if scale == scales[-1] or not self.isVisible():
                break
            slide.ensurePolished()
            if slide.sizeHint().height() <= self.pages.height():
                break
        self.slides.scale = 1.0
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

    def refit(self) -> None:
        """The capture bar opened or closed: a dimension slide takes the room it now has."""
        self._update_strip()
        step = self.current_step()
        if step is not None and step.kind == "dimension":
            self.show_step(self.index, record=False)

    def slide_height(self) -> int:
        """The height the slides' type scales with (720 before the window has a size)."""
        return self.height() if self.height() > 100 else 720

    def next_step(self) -> None:
        if self.index + 1 < len(self.steps):
            self.show_step(self.index + 1)

    def previous_step(self) -> None:
        if self.index > 0:
            self.show_step(self.index - 1)

    def toggle_reveal(self) -> None:
        if self.room.toggle_reveal():
            self.show_step(self.index, record=False)

    def is_revealed(self) -> bool:
        return self.room.is_revealed()

    def toggle_blank(self) -> None:
        self.room.blank = not self.room.blank
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

    # -- time (model.Timers) ------------------------------------------------------------------------------
    def step_seconds(self) -> int:
        return self.room.step_seconds()

    def session_seconds(self) -> int:
        return self.room.session_seconds()

    def session_text(self) -> str:
        return tr("session {time}").format(time=model.session_clock(self.session_seconds()))

    def timer_text(self) -> str:
        return self.room.step_clock()

    def tick(self) -> None:
        self.room.record_time()  # a tick at a time, so a sleep between ticks is never counted
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
        self.footer_right.setText(
            tr("{n} / {total}  ·  {time}").format(
                n=self.index + 1, total=len(self.steps), time=self.timer_text()
            )
            + "  ·  "
            + self.session_text()
        )
        self.footer_right.setProperty("ws", "warn" if self.room.over_time() else "footer")
        self.footer_right.style().unpolish(self.footer_right)
        self.footer_right.style().polish(self.footer_right)

    def strip_text(self) -> str:
        """The control strip: the keys that matter on this screen, for the facilitator (the room need not read
        it)."""
        return join_hints((tr("? or F1 keys"), tr("N notes")), "  ·  ")

    def reveal_hint_text(self) -> str:
        """On a hidden screen the strip says so and names R (legibly: ``revealHint``); the slide itself only shows
        the neutral hidden state. Empty when nothing is hidden."""
        return tr("Scores hidden: R reveals") if self.room.hidden() else ""

    def _update_strip(self) -> None:
        # While the capture bar is open its own key line is the one that matters; the strip makes way, so the
        # slide keeps its room (the strip's legible type is taller than a faint one was).
        bar_open = not self.capture.isHidden()
        self.strip.setText(self.strip_text())
        self.strip.setVisible(not bar_open)
        hint = self.reveal_hint_text()
        self.reveal_hint.setText(hint)
        self.reveal_hint.setVisible(bool(hint) and not bar_open)

    # -- capture, and fixing captures in the room (plan.RoomCaptures) ---------------------------------------------
    def open_capture(self, kind: str) -> None:
        self.captures.open(kind)

    def close_capture(self) -> None:
        self.captures.close()

    def save_capture(self) -> bool:
        return self.captures.save()

    def select_row(self, n: int) -> None:
        self.captures.select_row(n)

    def edit_selected(self) -> None:
        self.captures.edit_selected()

    def delete_selected(self) -> None:
        self.captures.delete_selected()

    def undo(self) -> None:
        self.captures.undo()

    # -- resume (model.Room.state / resume_offer / resume) --------------------------------------------------
    def state(self) -> dict[str, Any]:
        return self.room.state(self.capture.fields())

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
        draft = model.kept_draft(state)
        if draft is not None:
            self.captures.prepare_bar()
            dim = draft.dimension_id
            self.capture.load(draft, self.dim_name(dim) if dim else "")
            self.capture.open(self.capture.kind, self.capture.dimension_id, self.capture.dimension_name)
        offer = self.room.resume_offer(state)
        if offer is None:
            return False
        if not widgets.confirm(
            self,
            tr(
                "This workshop was under way: screen {n} of {total}, {minutes} min. Resume where it stopped?"
            ).format(n=offer.index + 1, total=offer.total, minutes=offer.minutes),
            tr("Resume"),
            tr("Resume the workshop"),
        ):
            return False
        self.show_step(self.room.resume(state), record=False)
        if self.capture.isVisible():
            self.capture.title_edit.setFocus()
        return True

    def refresh_followup(self) -> None:
        """After a write: the action plan again (what was captured, the counts), the screens that show it."""
        fu, error = self.ctx.try_call(svc.get_followup, self.partnership_id, self.as_of)
        if error is None and self.data is not None:
            self.data = replace(self.data, followup=fu)
        step = self.current_step()
        if step is not None and step.kind == "captured":
            self.show_step(self.index, record=False)
        self.notes.update_from(self)

    def captured_items(self) -> list[tuple[str, Any]]:
        if self.data is None:
            return []
        return model.captured_items(self.data.followup, self.round_id)

    def captured_lines(self) -> list[str]:
        return captured_lines(self.captured_items())

    def show_toast(self, text: str, warn: bool = False) -> None:
        self.toast.setText(text)
        self.toast.setStyleSheet(f"background: {LIGHT_INK['red']};" if warn else "")
        self.toast.show()
        self.toast_timer.start(3000)

    # -- keys, language, size, leaving ----------------------------------------------------------------------
    def handle_key(self, event: QKeyEvent) -> bool:
        """A key of the room (keys.handle_key); False when it is not one of the workshop's."""
        return handle_key(self, event)

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
        QTimer.singleShot(0, self, self.offer_resume)


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
