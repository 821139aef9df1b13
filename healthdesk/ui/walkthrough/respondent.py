"""Respondent mode: the laptop goes round the table, one executive after another.

The window shows only this respondent's walk-through: no menus, no other response, no results, nothing that
leads there. Leaving it needs the facilitator: the round's PIN when one is set, otherwise an explicit
confirmation. The close button, Alt+F4 and Escape are intercepted. After submitting, a thank-you page replaces
the answers (the next person must not see them) and waits for the facilitator.

``start_respondent_mode`` closes the whole room first (``respondent_room``): every other HealthDesk window is put
away until the facilitator leaves, and the data folder is marked so a second HealthDesk shows nothing. The
window stays full screen and on top and comes back when minimised or left. Wrong PINs slow down and lock out
(``services.pin_guard``, stored with the round); ``PinDialog`` shows the wait. See docs/respondent-mode.md.
"""

from __future__ import annotations

import contextlib
import logging
from collections.abc import Callable
from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QGuiApplication, QKeyEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from ...errors import HealthDeskError
from ...services import pin_guard, rounds
from ...services.pin_guard import PinState
from ..common import theme, widgets
from ..common.linebreak import keep_whole
from ..common.messages import error_text
from . import room as respondent_room
from .page import WalkthroughWidget, _existing, _forget, _open_windows, moment_text

if TYPE_CHECKING:
    from ..common.context import AppContext

log = logging.getLogger(__name__)

# The one respondent-mode window running (there is never a second one).
_active: list[RespondentModeWindow] = []


def wait_text(seconds: int) -> str:
    """A wait in words: "5 s", "1 min", "14 min 37 s" (never m:ss, which reads like a time of day), kept whole on
    one line ("14 分 37 秒", never "14 分 37 / 秒")."""
    seconds = max(0, int(seconds))
    minutes, rest = divmod(seconds, 60)
    if not minutes:
        text = tr("{s} s").format(s=rest)
    elif not rest:
        text = tr("{m} min").format(m=minutes)
    else:
        text = tr("{m} min {s} s").format(m=minutes, s=rest)
    return keep_whole(text)


class PinDialog(QDialog):
    """The facilitator's PIN box while wrong PINs have made the next try wait: it shows the remaining wait and
    takes no input until then. It only renders ``services.pin_guard``; ``state`` gives the state at the moment
    (the window's clock), so closing and reopening it changes nothing."""

    def __init__(self, parent: QWidget | None, state: Callable[[], PinState]):
        super().__init__(parent)
        self.setObjectName("pinDialog")
        self.state = state
        self.setWindowTitle(self.tr("End respondent mode"))
        self.prompt = QLabel(self.tr("Facilitator: enter the round's PIN to end respondent mode."))
        self.prompt.setWordWrap(True)
        # Wide enough for the prompt on one line (within reason): the wait below, kept whole, wraps to fit.
        metrics = self.prompt.fontMetrics()
        self.prompt.setMinimumWidth(
            min(metrics.horizontalAdvance(self.prompt.text()) + 2, metrics.averageCharWidth() * 70)
        )
        self.wait_label = QLabel()
        self.wait_label.setObjectName("pinWait")
        self.wait_label.setWordWrap(True)
        self.wait_label.setProperty("role", "error")
        self.edit = QLineEdit()
        self.edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.edit.setInputMethodHints(Qt.InputMethodHint.ImhDigitsOnly | Qt.InputMethodHint.ImhSensitiveData)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for w in (self.prompt, self.wait_label, self.edit, self.buttons):
            layout.addWidget(w)
        self.edit.textChanged.connect(lambda _text: self.refresh())
        self.timer = QTimer(self)
        self.timer.setInterval(500)
        self.timer.timeout.connect(self.refresh)
        self.timer.start()
        self.refresh()

    def refresh(self) -> None:
        try:
            state = self.state()
        except HealthDeskError as exc:
            state = PinState(failures=0, wait_seconds=1, locked=True)
            self.wait_label.setText(error_text(exc))
        else:
            if state.wait_seconds > 0:
                text = (
                    self.tr(
                        "Too many wrong PINs. Respondent mode is locked; the next try is possible in {time}."
                    )
                    if state.locked
                    else self.tr("Wrong PIN several times. The next try is possible in {time}.")
                )
                self.wait_label.setText(text.format(time=wait_text(state.wait_seconds)))
            else:
                self.wait_label.setText(self.tr("Enter the PIN now."))
        waiting = state.wait_seconds > 0
        had_focus = self.edit.isEnabled()
        self.edit.setEnabled(not waiting)
        if waiting:
            self.edit.clear()
        elif not had_focus:
            self.edit.setFocus(Qt.FocusReason.OtherFocusReason)
        self.ok_button.setEnabled(not waiting and bool(self.edit.text().strip()))

    def waiting(self) -> bool:
        return not self.edit.isEnabled()

    def accept(self) -> None:
        self.refresh()
        if self.waiting() or not self.edit.text().strip():
            return
        super().accept()

    def pin(self) -> str:
        return self.edit.text().strip()


def ask_pin(parent: QWidget | None, state: Callable[[], PinState]) -> str | None:
    """The PIN typed once the wait is over, or None when cancelled (tests replace this)."""
    dialog = PinDialog(parent, state)
    try:
        return dialog.pin() if dialog.exec() == QDialog.DialogCode.Accepted else None
    finally:
        dialog.deleteLater()


STYLESHEET = f"""
QWidget#respondentModeBar {{
    background: {theme.NAV_BG};
    border-bottom: 1px solid {theme.BORDER};
}}
QLabel#respondentModeLabel {{
    color: {theme.TEXT_MUTED};
    font-weight: 600;
}}
QPushButton#facilitatorButton, QPushButton#languageButton {{
    padding: 4px {2 * theme.GRID}px;
}}
QWidget#thankYouPage {{
    background: {theme.SURFACE};
}}
QLabel#thankYouTitle {{
    font-size: 24pt;
    font-weight: 600;
    color: {theme.GREEN};
}}
QLabel#thankYouText {{
    font-size: 14pt;
    color: {theme.TEXT};
}}
QLabel#thankYouHint {{
    color: {theme.TEXT_MUTED};
}}
"""


class ThankYouPage(QWidget):
    """Shown after the respondent submitted: no answers, only thanks and where the laptop goes next."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("thankYouPage")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.title = QLabel()
        self.title.setObjectName("thankYouTitle")
        self.text = QLabel()
        self.text.setObjectName("thankYouText")
        self.hint = QLabel()
        self.hint.setObjectName("thankYouHint")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8 * theme.GRID, 8 * theme.GRID, 8 * theme.GRID, 8 * theme.GRID)
        layout.setSpacing(3 * theme.GRID)
        layout.addStretch(1)
        for label in (self.title, self.text, self.hint):
            label.setWordWrap(True)
            label.setTextFormat(Qt.TextFormat.PlainText)
            label.setAlignment(Qt.AlignmentFlag.AlignHCenter)
            layout.addWidget(label)
        layout.addStretch(2)
        self.name = ""
        self.submitted_at = ""  # 2026-12-04 14:05

    def retranslate_ui(self) -> None:
        self.title.setText(
            self.tr("Thank you, {name}!").format(name=self.name) if self.name else self.tr("Thank you!")
        )
        self.text.setText(
            self.tr(
                "Your answers were submitted {moment}. Please hand the laptop back to the facilitator."
            ).format(moment=self.submitted_at)
            if self.submitted_at
            else self.tr("Your answers were submitted. Please hand the laptop back to the facilitator.")
        )
        self.hint.setText(
            self.tr("Facilitator: use “End respondent mode” at the top right to go back to HealthDesk.")
        )


class RespondentModeWindow(QWidget):
    """A full-screen window with one respondent's walk-through and nothing else. ``left`` fires once the
    facilitator has ended respondent mode (the window then closes)."""

    left = Signal()

    def __init__(self, ctx: AppContext, respondent_id: int, parent: QWidget | None = None):
        super().__init__(parent, Qt.WindowType.Window | Qt.WindowType.WindowStaysOnTopHint)
        self.ctx = ctx
        self.respondent_id = respondent_id
        self._unlocked = False
        self._asking = False
        self._hidden_window: QWidget | None = None
        self.room: respondent_room.Room | None = None
        self.marked = False  # the data folder says respondent mode runs
        self.clock: Callable[[], datetime] = datetime.now  # tests control time through this
        self._coming_back = False
        self.setObjectName("respondentModeWindow")
        self.setStyleSheet(STYLESHEET)

        self.walkthrough = WalkthroughWidget(ctx, respondent_id, self)
        self.walkthrough.ask_before_close = False  # asked in request_leave, before the facilitator's PIN
        self.round_id = self.walkthrough.info.round.id

        bar = QWidget()
        bar.setObjectName("respondentModeBar")
        bar.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        row = QHBoxLayout(bar)
        row.setContentsMargins(2 * theme.GRID, 4, 2 * theme.GRID, 4)
        row.setSpacing(theme.GRID)
        self.mode_label = QLabel()
        self.mode_label.setObjectName("respondentModeLabel")
        row.addWidget(self.mode_label, 1)
        self.language_button = QPushButton()
        self.language_button.setObjectName("languageButton")
        self.language_button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.language_button.clicked.connect(self._toggle_language)
        self.language_button.setVisible(hasattr(ctx, "set_language"))
        row.addWidget(self.language_button)
        self.facilitator_button = QPushButton()
        self.facilitator_button.setObjectName("facilitatorButton")
        self.facilitator_button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.facilitator_button.clicked.connect(self.request_leave)
        row.addWidget(self.facilitator_button)

        self.thank_you = ThankYouPage()
        self.thank_you.name = self.walkthrough.info.respondent.name
        self.stack = QStackedWidget()
        self.stack.addWidget(self.walkthrough)
        self.stack.addWidget(self.thank_you)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(bar)
        layout.addWidget(self.stack, 1)

        self.walkthrough.submitted.connect(self.show_thank_you)
        if self.walkthrough.info.status == "submitted":
            self.show_thank_you()
        ctx.language_changed.connect(self.retranslate_ui)
        self.retranslate_ui()
        respondent_room.private_text_boxes(self)
        app = QGuiApplication.instance()
        if app is not None:
            app.focusWindowChanged.connect(self._focus_moved)

    # -- pages ---------------------------------------------------------------------------------------------
    def show_thank_you(self) -> None:
        self.thank_you.submitted_at = moment_text(self.walkthrough.info.submitted_at)
        self.thank_you.retranslate_ui()
        respondent_room.forget_clipboard()
        self.stack.setCurrentWidget(self.thank_you)
        self.thank_you.setFocus(Qt.FocusReason.OtherFocusReason)

    def showing_thank_you(self) -> bool:
        return self.stack.currentWidget() is self.thank_you

    def retranslate_ui(self, _lang: str | None = None) -> None:
        info = self.walkthrough.info
        self.setWindowTitle(self.tr("Respondent mode – {name}").format(name=info.respondent.name))
        self.mode_label.setText(
            self.tr("Respondent mode: {name}. Only this walk-through is shown.").format(
                name=info.respondent.name
            )
        )
        self.facilitator_button.setText(self.tr("End respondent mode…"))
        self.facilitator_button.setToolTip(
            self.tr("For the facilitator: needs the round's PIN or a confirmation")
        )
        self.language_button.setText("English" if self.ctx.lang == "zh" else "中文")
        self.language_button.setToolTip(self.tr("Switch the language"))
        self.thank_you.retranslate_ui()

    def _toggle_language(self) -> None:
        self.ctx.set_language("en" if self.ctx.lang == "zh" else "zh")

    # -- leaving needs the facilitator ---------------------------------------------------------------------
    def hide_while_active(self, window: QWidget | None) -> None:
        """Hide the app's main window while respondent mode runs, so nothing else can be reached; it comes back
        when the facilitator ends respondent mode."""
        if window is None or window is self:
            return
        self._hidden_window = window
        window.hide()

    def is_unlocked(self) -> bool:
        return self._unlocked

    def facilitator_confirms(self) -> bool:
        """Ask for the round's PIN (or, without a PIN, an explicit confirmation). True when the facilitator may
        leave; a wrong PIN is refused with a message."""
        info, error = self.ctx.try_call(rounds.get_round, self.ctx.db, self.round_id)
        has_pin = info.has_pin if error is None else True  # when unsure, ask for the PIN
        if has_pin:
            state, error = self.ctx.try_call(pin_guard.pin_state, self.ctx.db, self.round_id, self.clock())
            if error is not None:
                widgets.show_error(self, self.ctx.error_text(error))
                return False
            if state.wait_seconds > 0:
                pin = ask_pin(self, lambda: pin_guard.pin_state(self.ctx.db, self.round_id, self.clock()))
            else:
                pin = widgets.ask_text(
                    self,
                    self.tr("End respondent mode"),
                    self.tr("Facilitator: enter the round's PIN to end respondent mode."),
                    password=True,
                )
            if pin is None:
                return False
            attempt, error = self.ctx.try_call(
                pin_guard.try_pin, self.ctx.db, self.round_id, pin.strip(), self.clock()
            )
            if error is not None:
                widgets.show_error(self, self.ctx.error_text(error))
                return False
            if attempt.ok:
                return True
            wait = attempt.state.wait_seconds
            if not attempt.checked:
                widgets.show_error(
                    self,
                    self.tr("Too many wrong PINs. The next try is possible in {time}.").format(
                        time=wait_text(wait)
                    ),
                )
            elif wait > 0:
                widgets.show_error(
                    self,
                    self.tr(
                        "Wrong PIN. Respondent mode stays on. The next try is possible in {time}."
                    ).format(time=wait_text(wait)),
                )
            else:
                widgets.show_error(self, self.tr("Wrong PIN. Respondent mode stays on."))
            return False
        return widgets.confirm(
            self,
            self.tr(
                "Facilitator: end respondent mode and go back to HealthDesk?\n\n"
                "No PIN is set for this round, so please confirm that you are the facilitator. "
                "Respondents: please hand the laptop back instead."
            ),
            ok_text=self.tr("End respondent mode"),
            title=self.tr("End respondent mode"),
        )

    def request_leave(self, ask_submit: bool = True) -> bool:
        """Leave respondent mode if the facilitator confirms; typed text is saved first. With every indicator
        answered but nothing submitted, Submit is offered first (``WalkthroughWidget.confirm_close``)."""
        if self._unlocked:
            self.close()
            return True
        if self._asking:
            return False
        self._asking = True
        try:
            # Everything answered but not submitted: the respondent may have meant to finish.
            if ask_submit and not self.walkthrough.confirm_close(
                lambda: self.request_leave(ask_submit=False)
            ):
                return False
            if not self.facilitator_confirms():
                return False
        finally:
            self._asking = False
        self.walkthrough.flush()
        self._unlocked = True
        self.close()
        return True

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt API
        if not self._unlocked:
            event.ignore()
            # Ask outside the close event (the window manager's close, Alt+F4, may be inside a native call).
            QTimer.singleShot(0, self, self.request_leave)
            return
        if (
            self.walkthrough.has_unsaved_text()
            and not self.walkthrough.flush()
            and not widgets.confirm(
                self,
                self.tr(
                    "Some typed text could not be saved. End respondent mode anyway? The unsaved text will be lost."
                ),
                ok_text=self.tr("End without saving the text"),
                danger=True,
            )
        ):
            self._unlocked = False
            event.ignore()
            return
        event.accept()
        self.end_room()
        if self._hidden_window is not None:
            with contextlib.suppress(RuntimeError):  # the main window may be gone
                self._hidden_window.show()
            self._hidden_window = None
        self.left.emit()

    # -- the room around the window ------------------------------------------------------------------------
    def mark_folder(self, active: bool) -> None:
        """Record in the data folder's lock that respondent mode runs (OSError when that cannot be written)."""
        lock = getattr(self.ctx.db, "lock", None)
        if lock is None:
            if active:
                raise OSError("the data folder is not held by this HealthDesk")
            return
        lock.set_respondent_mode(active)
        self.marked = active

    def end_room(self) -> None:
        """Unmark the folder, forget the clipboard and bring back the windows that were put away."""
        app = QGuiApplication.instance()
        if app is not None:
            with contextlib.suppress(RuntimeError, TypeError):
                app.focusWindowChanged.disconnect(self._focus_moved)
        if self.marked:
            try:
                self.mark_folder(False)
            except OSError as exc:
                log.warning("could not clear the respondent-mode mark: %s", exc)
        respondent_room.forget_clipboard()
        if self in _active:
            _active.remove(self)
        if self.room is not None:
            self.room.restore()
            self.room = None

    def come_back(self) -> None:
        """Full screen, on top and active again (after being minimised or left for another window)."""
        self._coming_back = False
        if self._unlocked or not self.isVisible():
            return
        if not self.isFullScreen() or self.isMinimized():
            self.setWindowState(
                (self.windowState() & ~Qt.WindowState.WindowMinimized) | Qt.WindowState.WindowFullScreen
            )
            self.showFullScreen()
        self.raise_()
        self.activateWindow()

    def _schedule_come_back(self) -> None:
        if not self._coming_back and not self._unlocked:
            self._coming_back = True
            QTimer.singleShot(0, self, self.come_back)

    def _focus_moved(self, window) -> None:  # noqa: ANN001 - QWindow or None
        if self._unlocked or not self.isVisible():
            return
        app = QGuiApplication.instance()
        active = app.activeWindow() if hasattr(app, "activeWindow") else None
        if active is not None and respondent_room.belongs_to(active, self):
            return  # its own PIN box, messages and pop-ups
        self._schedule_come_back()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        super().changeEvent(event)
        if event.type() == QEvent.Type.WindowStateChange and self.isMinimized() and not self._unlocked:
            self._schedule_come_back()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt API
        if event.key() == Qt.Key.Key_Escape:
            event.accept()  # Escape never leaves respondent mode
            return
        super().keyPressEvent(event)


def start_respondent_mode(
    ctx: AppContext, respondent_id: int, parent: QWidget | None = None
) -> RespondentModeWindow | None:
    """Hand the laptop over: a fresh respondent-mode window, full screen, with every other HealthDesk window put
    away and the data folder marked. None (the reason shown on ``parent``) when the respondent's answers are
    open in another window, respondent mode already runs, a dialog must be finished first, or the folder
    cannot be marked."""
    if _active:
        widgets.show_error(parent, tr("Respondent mode is already running. End it first."))
        return None
    existing = _existing(respondent_id)
    if existing is not None:
        info = getattr(getattr(existing, "walkthrough", None), "info", None)
        name = info.respondent.name if info is not None else ""
        widgets.show_error(
            parent,
            tr(
                "The answers of {name} are open in another window. Close that window first, then hand the laptop "
                "over: respondent mode always starts in a window of its own."
            ).format(name=name),
        )
        existing.raise_()
        existing.activateWindow()
        return None
    if ctx.read_only:
        widgets.show_error(parent, ctx.error_text(HealthDeskError("read_only_mode")))
        return None
    try:
        window = RespondentModeWindow(ctx, respondent_id)
    except HealthDeskError as exc:
        widgets.show_error(parent, ctx.error_text(exc))
        return None
    window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
    room = respondent_room.Room(window)
    if not room.clear(parent):
        window._unlocked = True  # never shown: nothing to guard
        window.deleteLater()
        return None
    try:
        window.mark_folder(True)
    except OSError as exc:
        log.warning("could not mark respondent mode in the data folder: %s", exc)
        room.restore()
        window._unlocked = True
        window.deleteLater()
        widgets.show_error(
            parent,
            tr(
                "Respondent mode cannot start: the data folder could not record it ({reason}), so another "
                "HealthDesk could show the data meanwhile."
            ).format(reason=str(exc)),
        )
        return None
    window.room = room
    _active.append(window)
    _open_windows[respondent_id] = window
    window.destroyed.connect(lambda *_: _forget(respondent_id, window))
    respondent_room.forget_clipboard()
    window.showFullScreen()
    window.raise_()
    window.activateWindow()
    return window


TR_CONTEXT = "WalkthroughRespondent"


def tr(text: str) -> str:
    """Translate under this module's own context (scripts/translations.py files lupdate's "" here)."""
    return QCoreApplication.translate(TR_CONTEXT, text)
