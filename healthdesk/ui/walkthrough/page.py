"""The walk-through page itself (``WalkthroughWidget``: introduction, one page per dimension, review and submit)
and the registry of open walk-through windows. Below ``walkthrough`` (the windows and ``open_walkthrough``) and
``walkthrough_respondent`` (respondent mode), which both build on it; see ``walkthrough`` for the saving rules."""

from __future__ import annotations

import contextlib
import html
import weakref
from collections.abc import Callable
from datetime import datetime
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QDateTime, QEvent, QLocale, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QHideEvent, QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from ...errors import HealthDeskError
from ...framework import Framework, get_framework
from ...services import partnerships, responses
from ...services.dto import PartnershipInfo, ResponseInfo
from ...services.responses import NOT_APPLICABLE
from ...services.validation import TEXT_CAP
from ..common import theme, widgets
from .widgets import STYLESHEET as CARD_STYLESHEET
from .widgets import CappedTextBox, IndicatorCard, Score, WrapLabel, single_shot

if TYPE_CHECKING:
    from ..common.context import AppContext

TEXT_SAVE_DELAY_MS = 600

STYLESHEET = (
    CARD_STYLESHEET
    + f"""
QWidget#walkthrough {{
    background: {theme.SURFACE_ALT};
}}
QListWidget#walkthroughSteps {{
    background: {theme.NAV_BG};
    border: none;
    padding: {theme.GRID}px 0px;
}}
QListWidget#walkthroughSteps::item {{
    padding: {theme.GRID}px {theme.GRID + 4}px;
    border: none;
    color: {theme.TEXT};
}}
QListWidget#walkthroughSteps::item:selected {{
    background: {theme.SURFACE};
    color: {theme.ACCENT};
    border-left: 3px solid {theme.ACCENT};
}}
QScrollArea#walkthroughPage, QWidget#walkthroughPageBody {{
    background: {theme.SURFACE_ALT};
    border: none;
}}
QLabel#pageTitle {{
    font-size: 16pt;
    font-weight: 600;
    color: {theme.TEXT};
}}
QLabel#pageText {{
    color: {theme.TEXT};
}}
QLabel#saveState {{
    color: {theme.TEXT_MUTED};
}}
QLabel#saveState[error="true"] {{
    color: {theme.ERROR};
    font-weight: 600;
}}
QLabel#missingBox {{
    background: {theme.ERROR_BG};
    color: {theme.TEXT};
    border: 1px solid {theme.ERROR};
    border-radius: 4px;
    padding: {theme.GRID}px;
}}
QLabel#confidentialBox {{
    background: {theme.INFO_BG};
    color: {theme.TEXT};
    border-radius: 4px;
    padding: {theme.GRID}px;
}}
QLabel#allAnsweredBox {{
    background: {theme.INFO_BG};
    border-radius: 4px;
    padding: {theme.GRID}px;
}}
QLabel#reviewRow {{
    padding: 2px 0px 2px {2 * theme.GRID}px;
}}
QLabel#reviewSection, QLabel#commentTitle {{
    font-weight: bold;
    color: {theme.TEXT};
}}
QLabel#thanksBox {{
    background: #E8F5E9;
    color: {theme.TEXT};
    border: 1px solid {theme.GREEN};
    border-radius: 4px;
    padding: {2 * theme.GRID}px;
}}
QPushButton#submitButton {{
    font-weight: 600;
    padding: 4px {2 * theme.GRID}px;
    border-radius: 4px;
}}
QPushButton#submitButton:enabled {{
    background: {theme.ACCENT};
    color: #FFFFFF;
    border: 1px solid {theme.ACCENT};
}}
QPushButton#submitButton:enabled:hover {{
    background: #0D47A1;
}}
QPushButton#submitButton:focus {{
    border: 2px solid {theme.TEXT};
}}
QPushButton#submitButton:disabled {{
    background: {theme.SURFACE_ALT};
    color: {theme.TEXT_MUTED};
    border: 1px solid {theme.BORDER};
}}
QPushButton#startButton {{
    font-weight: 600;
    padding: {theme.GRID}px {3 * theme.GRID}px;
}}
"""
)


def _now_text() -> str:
    return QLocale().toString(QDateTime.currentDateTime().time(), "HH:mm:ss")


def _escape(text: str) -> str:
    return html.escape(text, quote=True)


def moment_text(moment: datetime | None) -> str:
    """A stored moment as the app shows dates everywhere: 2026-12-04 14:05 (ISO, never a locale short date)."""
    return moment.strftime("%Y-%m-%d %H:%M") if moment is not None else ""


class _Page(QScrollArea):
    """A scrolling page: nothing is clipped at 1280×720, whatever the language. Reading pages keep a line
    length that is comfortable to read (``max_width``)."""

    def __init__(self, parent: QWidget | None = None, max_width: int | None = None):
        super().__init__(parent)
        self.setObjectName("walkthroughPage")
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.body = QWidget()
        self.body.setObjectName("walkthroughPageBody")
        outer = QHBoxLayout(self.body)
        m = 2 * theme.GRID
        outer.setContentsMargins(m, m, m, m)
        column = QWidget()
        column.setObjectName("walkthroughPageBody")
        if max_width:
            column.setMaximumWidth(max_width)
        outer.addWidget(column, 1)
        if max_width:
            outer.addStretch(0)
        self.layout_ = QVBoxLayout(column)
        self.layout_.setContentsMargins(0, 0, 0, 0)
        self.layout_.setSpacing(2 * theme.GRID)
        self.setWidget(self.body)

    def add(self, widget: QWidget) -> QWidget:
        self.layout_.addWidget(widget)
        return widget


def _text_label(object_name: str = "pageText", rich: bool = False) -> QLabel:
    label = WrapLabel()
    label.setObjectName(object_name)
    label.setTextFormat(Qt.TextFormat.RichText if rich else Qt.TextFormat.PlainText)
    label.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
    return label


class WalkthroughWidget(QWidget):
    """One respondent's walk-through, embeddable anywhere. Raises HealthDeskError when the respondent cannot be
    loaded (the caller shows it)."""

    answer_saved = Signal(str, object)  # indicator id, score (1..5, "na", None): the store holds it now
    text_saved = Signal(str)  # indicator id, or "comment": the text is stored
    page_changed = Signal(int)
    # The response is submitted (here, or seen after a reload): the thank-you state shows. Emitted synchronously;
    # what comes next (e.g. saving a response file) attaches here and can add widgets to ``finish_layout``.
    submitted = Signal()

    # Closing the window this widget sits in asks first when every indicator is answered but nothing is
    # submitted (``confirm_close``). A window that asks at its own moment (respondent mode) turns this off.
    ask_before_close = True

    def __init__(self, ctx: AppContext, respondent_id: int, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.respondent_id = respondent_id
        self.setObjectName("walkthrough")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setStyleSheet(STYLESHEET)
        self.info: ResponseInfo = responses.get_response(ctx.db, respondent_id)
        self.framework: Framework = get_framework(self.info.round.framework_key)
        self.partnership: PartnershipInfo | None = None
        try:
            self.partnership = partnerships.get_partnership(ctx.db, self.info.round.partnership_id)
        except HealthDeskError:
            self.partnership = None
        self._answers: dict[str, Score] = {}
        self._dirty: set[str] = set()  # indicators whose problem text is not stored yet
        self._comment_dirty = False
        self._writing = False
        self._reload_pending = False
        self._page = -1
        self._save_error = ""
        self._saved_at = ""
        self.read_only = True
        self._guarded: weakref.ref[QWidget] | None = None  # the window whose close is watched
        self._close_allowed = False
        self.close_question: QMessageBox | None = None  # the question about closing unsubmitted, while shown

        self._save_timer = single_shot(self, TEXT_SAVE_DELAY_MS, self.flush)
        self._build()
        self._apply_info(self.info, texts=True)
        self.retranslate_ui()
        start = min(max(self.info.last_page, 0), self.page_count() - 1)
        if self.is_submitted():  # reopened after submitting: the thank-you, with its date
            start = self.review_index()
        self.go_to_page(start, record=False)

        ctx.language_changed.connect(self._on_language_changed)
        ctx.data_changed.connect(self._on_data_changed)
        database_replaced = getattr(ctx, "database_replaced", None)
        if database_replaced is not None:
            database_replaced.connect(self._on_data_changed)
        app = QCoreApplication.instance()
        if app is not None:  # the app quits without closing this window (e.g. the session ends)
            app.aboutToQuit.connect(self.flush)

    # -- building ------------------------------------------------------------------------------------------
    def _build(self) -> None:
        root = QVBoxLayout(self)
        root.setContentsMargins(0, 0, 0, 0)
        root.setSpacing(0)

        header = QWidget()
        header.setObjectName("walkthroughHeader")
        head = QHBoxLayout(header)
        m = 2 * theme.GRID
        head.setContentsMargins(m, theme.GRID + 4, m, theme.GRID + 4)
        head.setSpacing(2 * theme.GRID)
        titles = QVBoxLayout()
        titles.setSpacing(2)
        self.title_label = widgets.title_label()
        self.subtitle_label = widgets.subtitle_label()
        titles.addWidget(self.title_label)
        titles.addWidget(self.subtitle_label)
        head.addLayout(titles, 1)
        progress = QVBoxLayout()
        progress.setSpacing(4)
        self.progress_label = QLabel()
        self.progress_label.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.progress_bar = QProgressBar()
        self.progress_bar.setTextVisible(False)
        self.progress_bar.setFixedHeight(theme.GRID + 2)
        self.progress_bar.setMinimumWidth(200)
        self.progress_bar.setRange(0, len(self.framework.indicators))
        progress.addWidget(self.progress_label)
        progress.addWidget(self.progress_bar)
        head.addLayout(progress, 0)
        root.addWidget(header)

        self.read_only_banner = widgets.banner("banner")
        self.error_banner = widgets.banner("error")
        for banner in (self.read_only_banner, self.error_banner):
            wrap = QHBoxLayout()
            wrap.setContentsMargins(m, 0, m, theme.GRID)
            wrap.addWidget(banner)
            root.addLayout(wrap)

        body = QHBoxLayout()
        body.setSpacing(0)
        self.steps = QListWidget()
        self.steps.setObjectName("walkthroughSteps")
        self.steps.setWordWrap(True)
        self.steps.setFixedWidth(230)
        self.steps.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.steps.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.steps.currentRowChanged.connect(self._step_selected)
        body.addWidget(self.steps)
        self.stack = QStackedWidget()
        body.addWidget(self.stack, 1)
        root.addLayout(body, 1)

        # Introduction.
        self.intro_page = _Page(max_width=900)
        self.intro_title = self.intro_page.add(_text_label("pageTitle"))
        self.intro_texts = [self.intro_page.add(_text_label()) for _ in range(6)]
        self.intro_texts[2].setObjectName("confidentialBox")
        self.start_button = QPushButton()
        self.start_button.setObjectName("startButton")
        self.start_button.clicked.connect(lambda: self.go_to_page(1))
        self.intro_page.layout_.addLayout(widgets.button_row(self.start_button))
        self.intro_page.layout_.addStretch(1)
        self.stack.addWidget(self.intro_page)

        # One page per dimension.
        self.cards: dict[str, IndicatorCard] = {}
        self.dimension_pages: list[_Page] = []
        self._dimension_titles: list[tuple[QLabel, QLabel]] = []
        self._card_page: dict[str, int] = {}
        for d_index, dim in enumerate(self.framework.dimensions, start=1):
            page = _Page()
            title = page.add(_text_label("pageTitle"))
            help_label = page.add(_text_label("indicatorHelp"))
            self._dimension_titles.append((title, help_label))
            for i_index, ind in enumerate(dim.indicators, start=1):
                card = IndicatorCard(ind, f"{d_index}.{i_index}")
                card.chosen.connect(self._choose)
                card.key_chosen.connect(self._choose_and_go_on)
                card.problem_edited.connect(self._problem_edited)
                card.problem_left.connect(lambda _id: self.flush())
                card.move_requested.connect(self._move_focus)
                card.focused.connect(self._card_focused)
                self.cards[ind.id] = card
                self._card_page[ind.id] = d_index
                page.add(card)
            page.layout_.addStretch(1)
            self.dimension_pages.append(page)
            self.stack.addWidget(page)

        # Review and submit.
        self.review_page = _Page(max_width=1000)
        self.review_title = self.review_page.add(_text_label("pageTitle"))
        self.thanks_box = self.review_page.add(_text_label("thanksBox"))
        self.thanks_box.hide()
        self.finish_layout = QVBoxLayout()  # for the next steps after submitting (see ``submitted``)
        self.finish_layout.setContentsMargins(0, 0, 0, 0)
        self.review_page.layout_.addLayout(self.finish_layout)
        self.missing_box = self.review_page.add(_text_label("missingBox", rich=True))
        self.missing_box.setTextInteractionFlags(
            Qt.TextInteractionFlag.LinksAccessibleByMouse | Qt.TextInteractionFlag.LinksAccessibleByKeyboard
        )
        self.missing_box.linkActivated.connect(self.go_to_indicator)
        self.review_rows: dict[str, QLabel] = {}
        self._review_sections: list[QLabel] = []
        for dim in self.framework.dimensions:
            group = QVBoxLayout()
            group.setSpacing(4)
            section = _text_label("reviewSection")
            self._review_sections.append(section)
            group.addWidget(section)
            for ind in dim.indicators:
                row = _text_label("reviewRow", rich=True)
                row.setTextInteractionFlags(
                    Qt.TextInteractionFlag.LinksAccessibleByMouse
                    | Qt.TextInteractionFlag.LinksAccessibleByKeyboard
                )
                row.linkActivated.connect(self.go_to_indicator)
                self.review_rows[ind.id] = row
                group.addWidget(row)
            self.review_page.layout_.addLayout(group)
        self.comment_label = self.review_page.add(_text_label("commentTitle"))
        self.comment_box = CappedTextBox(TEXT_CAP, lines=5)
        self.comment_label.setBuddy(self.comment_box.edit)
        self.comment_box.edited.connect(self._comment_edited)
        self.comment_box.focus_left.connect(self.flush)
        self.review_page.add(self.comment_box)
        self.submit_message = self.review_page.add(widgets.banner("error"))
        self.review_page.layout_.addStretch(1)
        self.stack.addWidget(self.review_page)

        for _ in range(self.page_count()):
            self.steps.addItem(QListWidgetItem())

        # Footer: save state and page buttons.
        footer = QWidget()
        foot = QHBoxLayout(footer)
        foot.setContentsMargins(m, theme.GRID, m, theme.GRID)
        foot.setSpacing(theme.GRID)
        self.save_label = QLabel()
        self.save_label.setObjectName("saveState")
        self.save_label.setProperty("error", False)
        self.save_label.setWordWrap(True)
        foot.addWidget(self.save_label, 1)
        self.footer_layout = foot
        self.back_button = QPushButton()
        self.back_button.clicked.connect(lambda: self.go_to_page(self._page - 1))
        self.next_button = QPushButton()
        self.next_button.setDefault(False)
        self.next_button.clicked.connect(lambda: self.go_to_page(self._page + 1))
        # The primary action lives in the footer, always in view whatever the window's height: enabled once
        # every indicator is answered.
        self.submit_button = QPushButton()
        self.submit_button.setObjectName("submitButton")
        self.submit_button.setAutoDefault(True)  # Enter presses it once it has the focus (after the last key)
        self.submit_button.clicked.connect(lambda: self.submit())
        foot.addWidget(self.back_button)
        foot.addWidget(self.next_button)
        foot.addWidget(self.submit_button)
        root.addWidget(footer)

        context = Qt.ShortcutContext.WidgetWithChildrenShortcut
        for keys, step in (("Ctrl+PgDown", 1), ("Ctrl+PgUp", -1)):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(context)
            shortcut.activated.connect(lambda step=step: self.go_to_page(self._page + step))

    # -- pages ---------------------------------------------------------------------------------------------
    def page_count(self) -> int:
        return len(self.framework.dimensions) + 2

    def review_index(self) -> int:
        return self.page_count() - 1

    def current_page(self) -> int:
        return self._page

    def go_to_page(self, index: int, record: bool = True, focus: str | None = "first_open") -> None:
        """Show page ``index`` (0 = introduction, 1..n = dimensions, last = review); texts are saved first and the
        page is remembered so a reopened walk-through resumes here."""
        if not 0 <= index < self.page_count():
            return
        if index != self._page:
            self.flush()
        changed = index != self._page
        self._page = index
        self.stack.setCurrentIndex(index)
        self.steps.blockSignals(True)
        self.steps.setCurrentRow(index)
        self.steps.blockSignals(False)
        self._update_buttons()
        self._update_read_only_banner()
        if index == self.review_index():
            self._update_review()
        if record and changed and not self.read_only:
            self._write(responses.record_page, index, modal=False, quiet_success=True)
        if changed:
            self.page_changed.emit(index)
        if focus and 1 <= index <= len(self.framework.dimensions):
            dim = self.framework.dimensions[index - 1]
            target = dim.indicators[0].id
            if focus == "first_open":
                for ind in dim.indicators:
                    if self._answers.get(ind.id) is None:
                        target = ind.id
                        break
            elif focus == "last":
                target = dim.indicators[-1].id
            self.cards[target].setFocus(Qt.FocusReason.OtherFocusReason)
            self._scroll_to_card(target)
        elif index == 0:
            self.start_button.setFocus(Qt.FocusReason.OtherFocusReason)
        elif (
            focus
            and index == self.review_index()
            and self.submit_button.isEnabled()
            and not self.submit_button.isHidden()
        ):
            self.submit_button.setFocus(Qt.FocusReason.OtherFocusReason)

    def go_to_indicator(self, indicator_id: str) -> None:
        page = self._card_page.get(indicator_id)
        if page is None:
            return
        self.go_to_page(page, focus=None)
        self.cards[indicator_id].setFocus(Qt.FocusReason.OtherFocusReason)
        self._scroll_to_card(indicator_id)

    def _scroll_to_card(self, indicator_id: str, again: bool = True) -> None:
        """Bring a card to the top of its page (the first of a dimension with the dimension's title)."""
        page_index = self._card_page[indicator_id]
        page = self.dimension_pages[page_index - 1]
        card = self.cards[indicator_id]
        first = self.framework.dimensions[page_index - 1].indicators[0].id
        top = (
            0 if indicator_id == first else card.mapTo(page.widget(), card.rect().topLeft()).y() - theme.GRID
        )
        page.verticalScrollBar().setValue(max(0, top))
        if again:  # once more after a page shown for the first time has been laid out
            QTimer.singleShot(0, lambda: self._scroll_to_card_later(indicator_id))

    def _scroll_to_card_later(self, indicator_id: str) -> None:
        with contextlib.suppress(RuntimeError):  # the widget may be gone
            if self._card_page[indicator_id] == self._page:
                self._scroll_to_card(indicator_id, again=False)

    def _step_selected(self, row: int) -> None:
        if row >= 0 and row != self._page:
            self.go_to_page(row)

    def _choose_and_go_on(self, indicator_id: str, score: Score) -> None:
        """A typed 1–5 or N: store it, then on to the next indicator (after the last of a page, the next page;
        after the very last, the review with Submit)."""
        if self._choose(indicator_id, score):
            self._go_on_from(indicator_id)

    def _go_on_from(self, indicator_id: str) -> None:
        ids = [ind.id for ind in self.framework.indicators]
        pos = ids.index(indicator_id) + 1
        if pos >= len(ids):
            self.go_to_page(self.review_index())
            return
        target = ids[pos]
        if self._card_page[target] != self._page:
            self.go_to_page(self._card_page[target], focus="first")
            return
        self.cards[target].setFocus(Qt.FocusReason.OtherFocusReason)
        self._scroll_to_card(target)

    def _move_focus(self, indicator_id: str, step: int) -> None:
        ids = [ind.id for ind in self.framework.indicators]
        pos = ids.index(indicator_id) + step
        if pos < 0:
            return
        if pos >= len(ids):
            self.go_to_page(self.review_index())
            return
        target = ids[pos]
        if self._card_page[target] != self._page:
            self.go_to_page(self._card_page[target], focus=None)
        self.cards[target].setFocus(Qt.FocusReason.OtherFocusReason)

    def _card_focused(self, indicator_id: str) -> None:
        page = self._card_page[indicator_id]
        if page == self._page:
            self.dimension_pages[page - 1].ensureWidgetVisible(self.cards[indicator_id], 0, 2 * theme.GRID)

    def _update_buttons(self) -> None:
        self.back_button.setEnabled(self._page > 0)
        last = self._page >= self.review_index()
        self.next_button.setVisible(not last)
        if self._page == self.review_index() - 1:
            self.next_button.setText(self.tr("Review and submit →"))
        else:
            self.next_button.setText(self.tr("Next →"))
        submitted = self.info.status == "submitted"
        self.submit_button.setVisible(not self.read_only and not submitted)
        missing = len(self.missing())
        self.submit_button.setEnabled(not missing)
        self.submit_button.setToolTip(
            self.tr("Submit your answers to the facilitator (you are asked to confirm first).")
            if not missing
            else self.tr(
                "Answer every indicator first ({count} still missing); N when it does not apply."
            ).format(count=missing)
        )

    # -- state from the store ------------------------------------------------------------------------------
    def _apply_info(self, info: ResponseInfo, texts: bool) -> None:
        """Show what the store holds. Problem texts the user is editing are never overwritten."""
        self.info = info
        for ind in self.framework.indicators:
            answer = info.answers.get(ind.id)
            score: Score = None
            if answer is not None:
                score = NOT_APPLICABLE if answer.not_applicable else answer.score
            self._answers[ind.id] = score
            card = self.cards[ind.id]
            card.set_score(score)
            if (texts or ind.id not in self._dirty) and not card.problem_box.edit.hasFocus():
                stored = answer.problem if answer is not None else ""
                if texts or card.problem_text() != stored:
                    card.problem_box.set_text(stored)
        comment_free = (texts or not self._comment_dirty) and not self.comment_box.edit.hasFocus()
        if comment_free and (texts or self.comment_box.text() != info.comment):
            self.comment_box.set_text(info.comment)
        self._set_read_only(bool(self.ctx.read_only) or info.read_only)
        self._update_progress()

    def reload(self) -> None:
        """Re-read the response (another window may have reopened it, or the round was closed meanwhile)."""
        self._reload_pending = False
        result, error = self.ctx.try_call(responses.get_response, self.ctx.db, self.respondent_id)
        if error is not None:
            self._set_read_only(True)
            self._show_save_error(self.ctx.error_text(error))
            return
        was_submitted = self.info.status == "submitted"
        self._apply_info(result, texts=False)
        self.retranslate_ui()
        if result.status == "submitted" and not was_submitted:
            self.submitted.emit()

    def _on_data_changed(self) -> None:
        if self._writing or self._reload_pending:
            return
        self._reload_pending = True
        QTimer.singleShot(0, self._deferred_reload)

    def _deferred_reload(self) -> None:
        try:
            if self._reload_pending:
                self.reload()
        except RuntimeError:  # the widget was deleted meanwhile
            return

    def _set_read_only(self, read_only: bool) -> None:
        self.read_only = read_only
        for card in self.cards.values():
            card.set_read_only(read_only)
        self.comment_box.set_read_only(read_only)
        self._update_comment_placeholder()
        self._update_buttons()
        self._update_read_only_banner()

    def _update_comment_placeholder(self) -> None:
        """An invitation to write while the comment can be written; after submitting, no question to nobody."""
        self.comment_box.set_placeholder(
            self.tr("No overall comment.")
            if self.read_only
            else self.tr("Anything else the partners should hear? Never shown with your name.")
        )

    def _update_read_only_banner(self) -> None:
        info = self.info
        text = ""
        if self.ctx.read_only:
            text = self.tr(
                "Read-only: another HealthDesk has this data folder open. You can look at the answers but "
                "not change them."
            )
        elif info.status == "submitted":
            text = self.tr(
                "Submitted {date}. The answers are read-only; the facilitator can reopen the response if "
                "something must change."
            ).format(date=moment_text(info.submitted_at))
        elif info.round.status == "closed":
            text = self.tr(
                "The round \u201c{label}\u201d is closed: answers can no longer be changed."
            ).format(label=info.round.label)
        elif info.round.status != "open":
            text = self.tr(
                "The round \u201c{label}\u201d is not open yet: answers can be given once the facilitator opens it."
            ).format(label=info.round.label)
        # Submitted is good news, not a warning: a calm note, and none on the review page, which thanks.
        role = "info" if info.status == "submitted" and not self.ctx.read_only else "banner"
        if self.read_only_banner.property("role") != role:
            self.read_only_banner.setProperty("role", role)
            self.read_only_banner.style().unpolish(self.read_only_banner)
            self.read_only_banner.style().polish(self.read_only_banner)
        if role == "info" and self._page == self.review_index():
            text = ""
        widgets.set_banner(self.read_only_banner, text)

    def _update_progress(self) -> None:
        total = len(self.framework.indicators)
        answered = sum(1 for v in self._answers.values() if v is not None)
        self.progress_bar.setValue(answered)
        self.progress_label.setText(
            self.tr("{answered} of {total} answered").format(answered=answered, total=total)
        )
        self._update_steps()
        self._update_buttons()
        if self._page == self.review_index():
            self._update_review()

    def answered_count(self) -> int:
        return sum(1 for v in self._answers.values() if v is not None)

    def missing(self) -> list[str]:
        """Indicators without a score or "not applicable", in framework order."""
        return [ind.id for ind in self.framework.indicators if self._answers.get(ind.id) is None]

    # -- saving --------------------------------------------------------------------------------------------
    def _write(self, fn: Any, *args: Any, modal: bool, quiet_success: bool = False) -> tuple[bool, Any]:
        """Run a service write for this respondent. A failure is shown (a message box when ``modal``, always in
        the error banner and the save state) and nothing on screen pretends it was saved."""
        self._writing = True
        try:
            result, error = self.ctx.try_call(fn, self.ctx.db, self.respondent_id, *args)
        finally:
            self._writing = False
        if error is None:
            if not quiet_success or self._save_error:
                self._mark_saved()
            return True, result
        text = self.ctx.error_text(error)
        self._show_save_error(text)
        if modal:
            widgets.show_error(self, text)
        self._on_data_changed()  # the round may have been closed or the response submitted elsewhere
        return False, None

    def _mark_saved(self) -> None:
        self._save_error = ""
        self._saved_at = _now_text()
        widgets.set_banner(self.error_banner, "")
        self._update_save_label()

    def _show_save_error(self, text: str) -> None:
        self._save_error = text
        widgets.set_banner(
            self.error_banner,
            self.tr("Not saved: {error}\nWhat you typed is still in its box.").format(error=text),
        )
        self._update_save_label()

    def _update_save_label(self) -> None:
        error = bool(self._save_error)
        if error:
            text = self.tr("Not saved – see the message above")
        elif self._dirty or self._comment_dirty:
            text = self.tr("Saving…")
        elif self._saved_at:
            text = self.tr("✓ Saved {time}").format(time=self._saved_at)
        elif self.read_only:
            text = ""
        else:
            text = self.tr("Every answer is saved the moment you give it.")
        self.save_label.setText(text)
        if self.save_label.property("error") != error:
            self.save_label.setProperty("error", error)
            self.save_label.style().unpolish(self.save_label)
            self.save_label.style().polish(self.save_label)

    def _choose(self, indicator_id: str, score: Score) -> bool:
        """Store a choice; True when the store holds it."""
        if self.read_only:
            return False
        card = self.cards[indicator_id]
        problem = card.problem_text() if indicator_id in self._dirty else None
        ok, answer = self._write(responses.record_answer, indicator_id, score, problem, modal=True)
        if not ok:
            return False
        if problem is not None:
            self._dirty.discard(indicator_id)
        stored: Score = NOT_APPLICABLE if answer.not_applicable else answer.score
        self._answers[indicator_id] = stored
        card.set_score(stored)
        self._update_progress()
        self._update_save_label()
        self.answer_saved.emit(indicator_id, stored)
        return True

    def _problem_edited(self, indicator_id: str) -> None:
        if self.read_only:
            return
        self._dirty.add(indicator_id)
        self._save_timer.start()
        self._update_save_label()

    def _comment_edited(self) -> None:
        if self.read_only:
            return
        self._comment_dirty = True
        self._save_timer.start()
        self._update_save_label()

    def has_unsaved_text(self) -> bool:
        return bool(self._dirty or self._comment_dirty)

    def flush(self) -> bool:
        """Save every typed text that is not stored yet. True when nothing is left unsaved."""
        self._save_timer.stop()
        for indicator_id in [ind.id for ind in self.framework.indicators if ind.id in self._dirty]:
            text = self.cards[indicator_id].problem_text()
            ok, _answer = self._write(responses.record_problem, indicator_id, text, modal=False)
            if not ok:
                return False
            if self.cards[indicator_id].problem_text() == text:
                self._dirty.discard(indicator_id)
            self.text_saved.emit(indicator_id)
        if self._comment_dirty:
            text = self.comment_box.text()
            ok, _ = self._write(responses.record_comment, text, modal=False)
            if not ok:
                return False
            if self.comment_box.text() == text:
                self._comment_dirty = False
            self.text_saved.emit("comment")
        self._update_save_label()
        return True

    # -- submit --------------------------------------------------------------------------------------------
    def submit(self, confirm: bool = True) -> bool:
        """Submit after a confirmation (``confirm=False``: the user has just chosen Submit in another question);
        refused, with the missing indicators named, while any is unanswered. Afterwards the review page thanks,
        with the moment of submission."""
        if self.read_only:
            return False
        if not self.flush():
            return False
        missing = self.missing()
        if missing:
            self._show_missing_message(missing)
            self.go_to_page(self.review_index())
            QTimer.singleShot(0, lambda: self.review_page.ensureWidgetVisible(self.submit_button))
            return False
        widgets.set_banner(self.submit_message, "")
        if confirm and not widgets.confirm(
            self,
            self.tr(
                "Submit your answers now?\n\nAfter submitting you cannot change them any more, unless the "
                "facilitator reopens your response."
            ),
            ok_text=self.tr("Submit"),
            title=self.tr("Submit answers"),
        ):
            return False
        ok, info = self._write(responses.submit_response, modal=True)
        if not ok:
            return False
        self._apply_info(info, texts=False)
        self.retranslate_ui()
        self._show_thanks()
        self.submitted.emit()
        return True

    def _show_thanks(self) -> None:
        """The review page from its top, where the thank-you is."""
        self.go_to_page(self.review_index(), focus=None)
        self.review_page.verticalScrollBar().setValue(0)
        self.review_page.setFocus(Qt.FocusReason.OtherFocusReason)

    def is_submitted(self) -> bool:
        return self.info.status == "submitted"

    # -- closing -------------------------------------------------------------------------------------------
    def needs_submit_question(self) -> bool:
        """Every indicator answered, nothing submitted, and the answers can still be submitted."""
        return not self.read_only and not self.is_submitted() and not self.missing()

    def confirm_close(self, proceed: Callable[[], None]) -> bool:
        """Before the window closes: True when it may close now. With every indicator answered but nothing
        submitted it asks first, in a window-modal question answered later (a close event is never held up by a
        dialog): Submit answers (submits; the window stays open on the thank-you, where the next steps are),
        Close without submitting (everything stays saved; ``proceed()`` then closes), or Cancel."""
        if not self.needs_submit_question():
            return True
        if self.close_question is not None:
            self.close_question.raise_()
            self.close_question.activateWindow()
            return False
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Not submitted yet"),
            self.tr(
                "You have answered all {total} indicators but not submitted them yet.\n\n"
                "Submit them now? Until you submit, the facilitator does not count your answers. "
                "They stay saved if you close without submitting, and you can submit later."
            ).format(total=len(self.framework.indicators)),
            QMessageBox.StandardButton.NoButton,
            self.window(),
        )
        box.setObjectName("closeQuestion")
        box.setWindowModality(Qt.WindowModality.WindowModal)
        box.submit_button = box.addButton(self.tr("Submit answers"), QMessageBox.ButtonRole.AcceptRole)
        box.close_button = box.addButton(
            self.tr("Close without submitting"), QMessageBox.ButtonRole.DestructiveRole
        )
        box.cancel_button = box.addButton(self.tr("Cancel"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(box.submit_button)
        box.setEscapeButton(box.cancel_button)

        def answered(_result: int) -> None:
            clicked = box.clickedButton()
            self.close_question = None
            box.deleteLater()
            if clicked is box.submit_button:
                self.submit(confirm=False)
            elif clicked is box.close_button:
                proceed()

        box.finished.connect(answered)
        self.close_question = box
        box.open()
        return False

    def _guarded_window(self) -> QWidget | None:
        return self._guarded() if self._guarded is not None else None

    def _guard_window(self) -> None:
        window = self.window()
        guarded = self._guarded_window()
        if window is guarded:
            return
        if guarded is not None:
            with contextlib.suppress(RuntimeError):
                guarded.removeEventFilter(self)
        self._guarded = weakref.ref(window)  # never keeps a closed window's wrapper alive
        window.installEventFilter(self)

    def _close_without_submitting(self) -> None:
        window = self._guarded_window()
        if window is None:
            return
        self._close_allowed = True
        try:
            window.close()
        finally:
            self._close_allowed = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if (
            watched is self._guarded_window()
            and event.type() == QEvent.Type.Close
            and self.ask_before_close
            and not self._close_allowed
            and not self.confirm_close(self._close_without_submitting)
        ):
            event.ignore()
            return True
        return super().eventFilter(watched, event)

    def _missing_names(self, missing: list[str]) -> list[str]:
        names = []
        for ind_id in missing:
            ind = self.framework.indicator_map[ind_id]
            names.append(f"{self.cards[ind_id].number_text} {ind.name.get(self.ctx.lang)}")
        return names

    def _show_missing_message(self, missing: list[str]) -> None:
        widgets.set_banner(
            self.submit_message,
            self.tr(
                "Not submitted yet: %n indicator(s) still need an answer: {names}.", "", len(missing)
            ).format(names=self.tr("; ").join(self._missing_names(missing)))
            + " "
            + self.tr("Choose a level, or N if it does not apply or you do not know."),
        )

    # -- texts ---------------------------------------------------------------------------------------------
    def _on_language_changed(self, _lang: str) -> None:
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        lang = self.ctx.lang
        info = self.info
        fw = self.framework
        p = self.partnership
        side = info.respondent.side
        side_label = p.label(side) if p else side
        side_name = (p.partner_a_name if side == "A" else p.partner_b_name) if p else ""
        self.title_label.setText(
            self.tr("{partnership} · {round}").format(partnership=p.name if p else "", round=info.round.label)
        )
        self.subtitle_label.setText(
            self.tr("{name}, answering for {side}").format(name=info.respondent.name, side=side_label)
        )

        # Introduction.
        self.intro_title.setText(fw.name.get(lang))
        partner_a = p.partner_a_label if p else "A"
        partner_b = p.partner_b_label if p else "B"
        texts = [
            self.tr(
                "This assessment asks how healthy the partnership {partnership} is: {dimensions} dimensions, "
                "{indicators} key indicators. Executives of both partners, {a} and {b}, answer the same "
                "questions; the results are discussed together to agree what to improve."
            ).format(
                partnership=p.name if p else "",
                dimensions=len(fw.dimensions),
                indicators=len(fw.indicators),
                a=partner_a,
                b=partner_b,
            ),
            self.tr("You answer as {name} for {side}{partner}.").format(
                name=info.respondent.name,
                side=side_label,
                partner=self.tr(" ({name})").format(name=side_name)
                if side_name and side_name != side_label
                else "",
            ),
            self.tr(
                "Confidential: your answers are only ever shown combined with those of the other respondents "
                "of your side, never with your name, and only once at least {n} respondents of a side have "
                "submitted. Problem descriptions are shown without names."
            ).format(n=info.round.threshold),
            self.tr("Neither side sees the other side's results until both sides have submitted.")
            if info.round.blind
            else "",
            self.tr(
                "It takes about ten minutes. Every answer is saved the moment you give it: you can stop at any "
                "time and carry on later where you left off."
            ),
            self.tr(
                "For each indicator, pick the description that fits best: click it, or press 1 to 5 "
                "(N when it does not apply or you do not know) and the next indicator follows. ↑/↓ move "
                "between indicators, Tab goes to the problem box. 5 is always the healthiest. "
                "\u201cSubmit answers\u201d at the bottom right sends them once all are answered."
            ),
        ]
        for label, text in zip(self.intro_texts, texts, strict=True):
            label.setText(text)
            label.setVisible(bool(text))
        self.start_button.setText(self.tr("Continue →") if self.answered_count() else self.tr("Start →"))

        # Dimension pages.
        for d_index, (dim, (title, help_label)) in enumerate(
            zip(fw.dimensions, self._dimension_titles, strict=True), start=1
        ):
            title.setText(f"{d_index}. {dim.name.get(lang)}")
            help_label.setText(dim.help.get(lang))
            help_label.setVisible(bool(dim.help.get(lang)))
        for card in self.cards.values():
            card.retranslate_ui(lang)

        # Review (after submitting: thanks).
        submitted = self.is_submitted()
        self.review_title.setText(
            self.tr("Thank you: your answers are submitted") if submitted else self.tr("Review and submit")
        )
        if submitted:
            self.thanks_box.setText(
                self.tr(
                    "Submitted {moment}. Thank you, {name}! Your answers are stored; they are shown only combined "
                    "with those of the other respondents of your side. They can no longer be changed here; the "
                    "facilitator can reopen your response if something must change. You can close this window."
                ).format(moment=moment_text(info.submitted_at), name=info.respondent.name)
            )
        self.thanks_box.setVisible(submitted)
        self.missing_box.setVisible(not submitted)
        for d_index, (dim, section) in enumerate(zip(fw.dimensions, self._review_sections, strict=True), 1):
            section.setText(f"{d_index}. {dim.name.get(lang)}")
        self.comment_label.setText(self.tr("Overall comment (optional)"))
        self._update_comment_placeholder()
        self.comment_box.retranslate_ui()
        self.submit_button.setText(self.tr("Submit answers"))
        if self.submit_message.isVisible():
            missing = self.missing()
            if missing:
                self._show_missing_message(missing)
            else:
                widgets.set_banner(self.submit_message, "")

        self.back_button.setText(self.tr("← Back"))
        self._update_buttons()
        self._update_read_only_banner()
        if self._save_error:
            self._show_save_error(self._save_error)
        self._update_progress()
        self._update_save_label()
        self._update_review()

    def _update_steps(self) -> None:
        lang = self.ctx.lang
        fw = self.framework
        items = [self.tr("Introduction")]
        for d_index, dim in enumerate(fw.dimensions, start=1):
            done = sum(1 for ind in dim.indicators if self._answers.get(ind.id) is not None)
            mark = "✓ " if done == len(dim.indicators) else ""
            items.append(
                f"{mark}{d_index}. {dim.name.get(lang)}\n"
                + self.tr("{done} of {total} answered").format(done=done, total=len(dim.indicators))
            )
        items.append("✓ " + self.tr("Submitted") if self.is_submitted() else self.tr("Review and submit"))
        for row, text in enumerate(items):
            item = self.steps.item(row)
            if item is not None and item.text() != text:
                item.setText(text)

    def _update_review(self) -> None:
        lang = self.ctx.lang
        missing = self.missing()
        if missing:
            links = self.tr(", ").join(  # "、" in Chinese
                f'<a href="{_escape(ind_id)}">{_escape(name)}</a>'
                for ind_id, name in zip(missing, self._missing_names(missing), strict=True)
            )
            self.missing_box.setText(
                _escape(
                    self.tr("Still missing ({count}) – click one to answer it:").format(count=len(missing))
                )
                + "<br>"
                + links
            )
            self.missing_box.setObjectName("missingBox")
        else:
            self.missing_box.setText(
                _escape(
                    self.tr(
                        "All {total} indicators are answered. Send them with \u201cSubmit answers\u201d at the "
                        "bottom right."
                    ).format(total=len(self.framework.indicators))
                )
            )
            self.missing_box.setObjectName("allAnsweredBox")
        self.missing_box.style().unpolish(self.missing_box)
        self.missing_box.style().polish(self.missing_box)
        for ind in self.framework.indicators:
            score = self._answers.get(ind.id)
            number = self.cards[ind.id].number_text
            name = _escape(f"{number} {ind.name.get(lang)}")
            link_text = self.tr("change") if not self.read_only else self.tr("show")
            missing_word = _escape(self.tr("Missing"))
            answer_now = _escape(self.tr("answer now"))
            if score is None:
                answer = (
                    f'<span style="color:{theme.ERROR}; font-weight:600">✕ {missing_word}</span>'
                    f' – <a href="{_escape(ind.id)}">{answer_now}</a>'
                )
            elif score == NOT_APPLICABLE:
                answer = (
                    f"✓ {_escape(self._tr_not_applicable())}"
                    f' – <a href="{_escape(ind.id)}">{_escape(link_text)}</a>'
                )
            else:
                answer = (
                    f"✓ <b>{score}</b> {_escape(ind.levels[int(score)].get(lang))}"
                    f' – <a href="{_escape(ind.id)}">{_escape(link_text)}</a>'
                )
            self.review_rows[ind.id].setText(
                self.tr("{indicator}: {answer}").format(indicator=name, answer=answer)
            )

    def _tr_not_applicable(self) -> str:
        return self.tr("Not applicable / don't know")

    # -- Qt events -----------------------------------------------------------------------------------------
    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt API
        super().showEvent(event)
        self._guard_window()

    def hideEvent(self, event: QHideEvent) -> None:  # noqa: N802 - Qt API
        # Hidden (a tab switched, the window closed): store typed text now.
        if self.has_unsaved_text():
            self.flush()
        super().hideEvent(event)


# Open walk-through windows by respondent (strong references: a window without a parent must not be collected).
_open_windows: dict[int, QWidget] = {}


def _existing(respondent_id: int) -> QWidget | None:
    window = _open_windows.get(respondent_id)
    if window is None:
        return None
    try:
        if window.isVisible():
            return window
    except RuntimeError:  # deleted by Qt
        pass
    _open_windows.pop(respondent_id, None)
    return None


def _forget(respondent_id: int, window: QWidget) -> None:
    if _open_windows.get(respondent_id) is window:
        del _open_windows[respondent_id]
