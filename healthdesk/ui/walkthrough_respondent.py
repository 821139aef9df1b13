"""Respondent mode: the laptop goes round the table, one executive after another.

The window shows only this respondent's walk-through: no menus, no other response, no results, nothing that
leads there. Leaving it needs the facilitator: the round's PIN when one is set, otherwise an explicit
confirmation. The close button, Alt+F4 and Escape are intercepted. After submitting, a thank-you page replaces
the answers (the next person must not see them) and waits for the facilitator.
"""

from __future__ import annotations

import contextlib
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QKeyEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from ..services import rounds
from . import theme, widgets
from .walkthrough import WalkthroughWidget

if TYPE_CHECKING:
    from .context import AppContext

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

    def retranslate_ui(self) -> None:
        self.title.setText(
            self.tr("Thank you, {name}!").format(name=self.name) if self.name else self.tr("Thank you!")
        )
        self.text.setText(
            self.tr("Your answers were submitted. Please hand the laptop back to the facilitator.")
        )
        self.hint.setText(
            self.tr("Facilitator: use “End respondent mode” at the top right to go back to HealthDesk.")
        )


class RespondentModeWindow(QWidget):
    """A full-screen window with one respondent's walk-through and nothing else. ``left`` fires once the
    facilitator has ended respondent mode (the window then closes)."""

    left = Signal()

    def __init__(self, ctx: AppContext, respondent_id: int, parent: QWidget | None = None):
        super().__init__(parent, Qt.WindowType.Window)
        self.ctx = ctx
        self.respondent_id = respondent_id
        self._unlocked = False
        self._asking = False
        self._hidden_window: QWidget | None = None
        self.setObjectName("respondentModeWindow")
        self.setStyleSheet(STYLESHEET)

        self.walkthrough = WalkthroughWidget(ctx, respondent_id, self)
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

    # -- pages ---------------------------------------------------------------------------------------------
    def show_thank_you(self) -> None:
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
            pin = widgets.ask_text(
                self,
                self.tr("End respondent mode"),
                self.tr("Facilitator: enter the round's PIN to end respondent mode."),
                password=True,
            )
            if pin is None:
                return False
            ok, error = self.ctx.try_call(rounds.check_round_pin, self.ctx.db, self.round_id, pin.strip())
            if error is not None:
                widgets.show_error(self, self.ctx.error_text(error))
                return False
            if not ok:
                widgets.show_error(self, self.tr("Wrong PIN. Respondent mode stays on."))
                return False
            return True
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

    def request_leave(self) -> bool:
        """Leave respondent mode if the facilitator confirms; typed text is saved first."""
        if self._unlocked:
            self.close()
            return True
        if self._asking:
            return False
        self._asking = True
        try:
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
            QTimer.singleShot(0, self.request_leave)
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
        if self._hidden_window is not None:
            with contextlib.suppress(RuntimeError):  # the main window may be gone
                self._hidden_window.show()
            self._hidden_window = None
        self.left.emit()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt API
        if event.key() == Qt.Key.Key_Escape:
            event.accept()  # Escape never leaves respondent mode
            return
        super().keyPressEvent(event)
