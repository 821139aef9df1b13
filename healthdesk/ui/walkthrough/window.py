"""The assessment walk-through for one respondent: introduction, one page per dimension, review and submit.

Every change is stored at once: a score click or key calls ``record_answer`` immediately and the card shows the
choice only after the store holds it; problem descriptions and the overall comment are saved 600 ms after the
last keystroke, when the box loses focus, on every page change and on close. ``record_page`` remembers the page,
so reopening resumes there. The widget depends only on the context, the respondent id and the services, so it can
show a response in any data folder.

Public entry points: ``open_walkthrough`` (what the app shell calls), ``WalkthroughWidget`` (embeddable),
``WalkthroughWindow`` and ``RespondentModeWindow`` (in ``walkthrough_respondent``, re-exported here).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QCloseEvent, QGuiApplication
from PySide6.QtWidgets import (
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...errors import HealthDeskError
from ..common import widgets

if TYPE_CHECKING:
    from ..common.context import AppContext
from .page import (  # noqa: F401  re-exported: the public surface stays here
    STYLESHEET,
    TEXT_SAVE_DELAY_MS,
    WalkthroughWidget,
    _escape,
    _existing,
    _forget,
    _now_text,
    _open_windows,
    _Page,
    _text_label,
)
from .respondent import RespondentModeWindow, start_respondent_mode


class WalkthroughWindow(QWidget):
    """The walk-through in its own window (the facilitator's or a respondent's own laptop). Closing saves typed
    text first; if that fails, the window stays open unless the user explicitly accepts losing it."""

    def __init__(self, ctx: AppContext, respondent_id: int, parent: QWidget | None = None):
        super().__init__(parent, Qt.WindowType.Window)
        self.ctx = ctx
        self.setObjectName("walkthroughWindow")
        self.walkthrough = WalkthroughWidget(ctx, respondent_id, self)
        self.top_panel: QWidget | None = None  # e.g. "your response file is saved" (exchange_finish)
        self.invitation_path: str | None = None  # set when opened from an invitation file
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.walkthrough)
        self.close_button = QPushButton()
        self.close_button.clicked.connect(self.close)
        self.walkthrough.footer_layout.insertWidget(1, self.close_button)
        ctx.language_changed.connect(self._retranslate)
        self._retranslate()
        screen = QGuiApplication.primaryScreen()
        if screen is not None:
            area = screen.availableGeometry()
            self.resize(min(1280, area.width()), min(860, area.height()))

    def show_top_panel(self, panel: QWidget) -> None:
        """Put ``panel`` (what comes after submitting) right under the walk-through's thank-you, replacing an
        earlier one, so the finished state reads as one page; bring the window forward with the panel's first
        button focused (not the step list, which would show its focus frame)."""
        finish = self.walkthrough.finish_layout
        if self.top_panel is not None:
            finish.removeWidget(self.top_panel)
            self.top_panel.deleteLater()
        self.top_panel = panel
        finish.addWidget(panel)
        panel.show()
        self.raise_()
        self.activateWindow()
        first = next((b for b in panel.findChildren(QPushButton) if b.isVisibleTo(panel)), None)
        if first is not None:
            first.setFocus(Qt.FocusReason.OtherFocusReason)

    def _retranslate(self, _lang: str | None = None) -> None:
        info = self.walkthrough.info
        self.setWindowTitle(
            self.tr("Assessment: {name} – {round}").format(name=info.respondent.name, round=info.round.label)
        )
        self.close_button.setText(self.tr("Close"))
        self.close_button.setToolTip(self.tr("Everything is saved; you can come back later."))

    def retranslate_ui(self) -> None:
        self._retranslate()
        self.walkthrough.retranslate_ui()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt API
        if not self.walkthrough.flush() and not widgets.confirm(
            self,
            self.tr(
                "Some typed text could not be saved (see the message in the window). Close anyway? "
                "The unsaved text will be lost; copy it somewhere first if you need it."
            ),
            ok_text=self.tr("Close without saving the text"),
            danger=True,
        ):
            event.ignore()
            return
        event.accept()


def open_walkthrough(
    ctx: AppContext, respondent_id: int, parent: QWidget | None = None, respondent_mode: bool = False
) -> QWidget | None:
    """Show the walk-through of one respondent and return its window.

    ``respondent_mode`` opens it full screen for handing the laptop round the table: no menus, no other response,
    and leaving needs the facilitator (the round's PIN, or an explicit confirmation when no PIN is set); every
    other HealthDesk window is put away meanwhile (``walkthrough_respondent.start_respondent_mode``: always a fresh
    window, refused while the respondent's answers are open elsewhere). Otherwise a respondent whose walk-through
    is already open gets that window raised. Returns None when the respondent cannot be loaded (the error was
    shown on ``parent``).
    """
    if respondent_mode:
        return start_respondent_mode(ctx, respondent_id, parent)
    existing = _existing(respondent_id)
    if existing is not None:
        existing.raise_()
        existing.activateWindow()
        return existing
    try:
        window: QWidget = WalkthroughWindow(ctx, respondent_id, parent)
    except HealthDeskError as exc:
        widgets.show_error(parent, ctx.error_text(exc))
        return None
    window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
    _open_windows[respondent_id] = window
    window.destroyed.connect(lambda *_: _forget(respondent_id, window))
    window.show()
    window.raise_()
    window.activateWindow()
    return window


__all__ = ["WalkthroughWidget", "WalkthroughWindow", "RespondentModeWindow", "open_walkthrough"]
