"""The walk-through page itself (``WalkthroughWidget``: introduction, one page per dimension, review and submit)
and the registry of open walk-through windows. Below ``walkthrough`` (the windows and ``open_walkthrough``) and
``walkthrough_respondent`` (respondent mode), which both build on it; see ``walkthrough`` for the saving rules.

What the page shows and which actions it offers come from the Qt-free view-model (``model.py: Walkthrough``);
its pieces (header, step list, introduction, dimension pages, review, footer) are laid out in ``parts.py``.
This widget saves (every answer the moment it is given, on the GUI thread: a small write that must never be
lost or reordered), moves between pages and keeps the model in step with the store."""

from __future__ import annotations

import contextlib
import functools
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtGui import QHideEvent, QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import QHBoxLayout, QMessageBox, QStackedWidget, QVBoxLayout, QWidget

from ...framework import Framework
from ...services import responses
from ...services.dto import PartnershipInfo, ResponseInfo
from ..common import theme, widgets
from .closing import CloseGuard
from .model import Close, Move, PageKind, Score, Walkthrough, load_walkthrough, save_note, score_of
from .parts import (  # noqa: F401  STYLESHEET, _Page, _text_label, _escape, moment_text: re-exported
    STYLESHEET,
    DimensionPage,
    Footer,
    Header,
    IntroPage,
    ReviewPage,
    StepList,
    _escape,
    _now_text,
    _Page,
    _text_label,
    moment_text,
    show_notice,
)
from .widgets import IndicatorCard, single_shot

if TYPE_CHECKING:
    from ..common.context import AppContext

TEXT_SAVE_DELAY_MS = 600


class WalkthroughWidget(QWidget):
    """One respondent's walk-through, embeddable anywhere. Raises HealthDeskError when the respondent cannot be
    loaded (the caller shows it).

    The respondent's answers are read synchronously when the widget is built (``load_walkthrough``: one
    response, its round and partnership — a small read), so a respondent that cannot be loaded is refused right
    here, and the pages, which depend on the round's framework, are never shown half-filled."""

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
        self.view: Walkthrough = load_walkthrough(ctx.db, respondent_id, bool(ctx.read_only))
        self.framework: Framework = self.view.framework
        self.partnership: PartnershipInfo | None = self.view.partnership
        self._dirty: set[str] = set()  # indicators whose problem text is not stored yet
        self._comment_dirty = False
        self._writing = False
        self._reload_pending = False
        self._save_error = ""
        self._saved_at = ""
        self._close_guard = CloseGuard(self)

        self._save_timer = single_shot(self, TEXT_SAVE_DELAY_MS, self.flush)
        self._build()
        self._apply_info(self.view.info, texts=True)
        self.retranslate_ui()
        # Where it was left; reopened after submitting: the thank-you, with its date.
        self.go_to_page(self.view.start_page(), record=False)

        ctx.language_changed.connect(self._on_language_changed)
        ctx.data_changed.connect(self._on_data_changed)
        database_replaced = getattr(ctx, "database_replaced", None)
        if database_replaced is not None:
            database_replaced.connect(self._on_data_changed)
        app = QCoreApplication.instance()
        if app is not None:  # the app quits without closing this window (e.g. the session ends)
            app.aboutToQuit.connect(self.flush)

    # -- the view-model's state ----------------------------------------------------------------------------
    @property
    def info(self) -> ResponseInfo:
        return self.view.info

    @property
    def read_only(self) -> bool:
        return self.view.read_only

    @property
    def _card_page(self) -> dict[str, int]:
        return self.view.page_of

    # -- building ------------------------------------------------------------------------------------------
    def _build(self) -> None:
        root = QVBoxLayout(self)
        root.setContentsMargins(0, 0, 0, 0)
        root.setSpacing(0)

        self.header = Header(self.view.total)
        self.title_label = self.header.title_label
        self.subtitle_label = self.header.subtitle_label
        self.progress_label = self.header.progress_label
        self.progress_bar = self.header.progress_bar
        root.addWidget(self.header)

        m = 2 * theme.GRID
        self.read_only_banner = widgets.banner("banner")
        self.error_banner = widgets.banner("error")
        for banner in (self.read_only_banner, self.error_banner):
            wrap = QHBoxLayout()
            wrap.setContentsMargins(m, 0, m, theme.GRID)
            wrap.addWidget(banner)
            root.addLayout(wrap)

        body = QHBoxLayout()
        body.setSpacing(0)
        self.steps = StepList(self.view.page_count)
        self.steps.currentRowChanged.connect(self._step_selected)
        body.addWidget(self.steps)
        self.stack = QStackedWidget()
        body.addWidget(self.stack, 1)
        root.addLayout(body, 1)

        self.intro_page = IntroPage()
        self.start_button = self.intro_page.start_button
        self.start_button.clicked.connect(lambda: self.go_to_page(1))
        self.stack.addWidget(self.intro_page)

        self.cards: dict[str, IndicatorCard] = {}
        self.dimension_pages: list[DimensionPage] = []
        for d_index, dim in enumerate(self.framework.dimensions, start=1):
            page = DimensionPage(d_index, dim)
            for card in page.cards.values():
                card.chosen.connect(self._choose)
                card.key_chosen.connect(functools.partial(self._choose, by_key=True))  # typed: then on
                card.problem_edited.connect(self._problem_edited)
                card.problem_left.connect(lambda _id: self.flush())
                card.move_requested.connect(self._move_focus)
                card.focused.connect(self._card_focused)
            self.cards.update(page.cards)
            self.dimension_pages.append(page)
            self.stack.addWidget(page)

        self.review_page = review = ReviewPage(self.framework)
        self.review_title = review.review_title
        self.thanks_box = review.thanks_box
        self.finish_layout = review.finish_layout  # for the next steps after submitting (see ``submitted``)
        self.missing_box = review.missing_box
        self.review_rows = review.review_rows
        self.comment_label = review.comment_label
        self.comment_box = review.comment_box
        self.submit_message = review.submit_message
        review.indicator_chosen.connect(self.go_to_indicator)
        self.comment_box.edited.connect(self._comment_edited)
        self.comment_box.focus_left.connect(self.flush)
        self.stack.addWidget(review)

        self.footer = Footer()
        self.save_label = self.footer.save_label
        self.footer_layout = self.footer.footer_layout
        self.back_button = self.footer.back_button
        self.next_button = self.footer.next_button
        self.submit_button = self.footer.submit_button
        self.back_button.clicked.connect(lambda: self.go_to_page(self.view.page - 1))
        self.next_button.clicked.connect(lambda: self.go_to_page(self.view.page + 1))
        self.submit_button.clicked.connect(lambda: self.submit())
        root.addWidget(self.footer)

        context = Qt.ShortcutContext.WidgetWithChildrenShortcut
        for keys, step in (("Ctrl+PgDown", 1), ("Ctrl+PgUp", -1)):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(context)
            shortcut.activated.connect(lambda step=step: self.go_to_page(self.view.page + step))

    # -- pages ---------------------------------------------------------------------------------------------
    def page_count(self) -> int:
        return self.view.page_count

    def review_index(self) -> int:
        return self.view.review_index

    def current_page(self) -> int:
        return self.view.page

    def go_to_page(self, index: int, record: bool = True, focus: str | None = "first_open") -> None:
        """Show page ``index`` (0 = introduction, 1..n = dimensions, last = review); texts are saved first and the
        page is remembered so a reopened walk-through resumes here. ``focus`` on a dimension page: "first_open"
        (its first unanswered indicator), "first", "last", or None (leave the focus)."""
        if not 0 <= index < self.page_count():
            return
        if index != self.view.page:
            self.flush()
        changed = index != self.view.page
        self.view = self.view.at_page(index)
        self.stack.setCurrentIndex(index)
        self.steps.show_page(index)
        self._update_buttons()
        show_notice(self.read_only_banner, self.view)
        if index == self.review_index():
            self.review_page.show_review(self.view, self.ctx.lang)
        if record and changed and not self.read_only:
            self._write(responses.record_page, index, modal=False, quiet_success=True)
        if changed:
            self.page_changed.emit(index)
        kind = self.view.page_kind(index)
        if focus and kind == PageKind.DIMENSION:
            indicators = self.view.indicators_on(index)
            target = {"first_open": self.view.focus_on(index), "last": indicators[-1].id}.get(
                focus, indicators[0].id
            )
            self.cards[target].setFocus(Qt.FocusReason.OtherFocusReason)
            self._scroll_to_card(target)
        elif kind == PageKind.INTRO:
            self.start_button.setFocus(Qt.FocusReason.OtherFocusReason)
        elif (
            focus
            and kind == PageKind.REVIEW
            and self.submit_button.isEnabled()
            and not self.submit_button.isHidden()
        ):
            self.submit_button.setFocus(Qt.FocusReason.OtherFocusReason)

    def go_to_indicator(self, indicator_id: str) -> None:
        page = self.view.page_of.get(indicator_id)
        if page is None:
            return
        self.go_to_page(page, focus=None)
        self.cards[indicator_id].setFocus(Qt.FocusReason.OtherFocusReason)
        self._scroll_to_card(indicator_id)

    def _follow(self, move: Move) -> None:
        """Go where the model says: a page, then (when named) an indicator's card focused."""
        if move.indicator is None:
            self.go_to_page(move.page)
            return
        if move.page != self.view.page:
            self.go_to_page(move.page, focus=None)
        self.cards[move.indicator].setFocus(Qt.FocusReason.OtherFocusReason)
        if move.scroll:
            self._scroll_to_card(move.indicator)

    def _scroll_to_card(self, indicator_id: str, again: bool = True) -> None:
        """Bring a card to the top of its page (the first of a dimension with the dimension's title)."""
        self.dimension_pages[self.view.page_of[indicator_id] - 1].scroll_to(indicator_id)
        if again:  # once more after a page shown for the first time has been laid out
            QTimer.singleShot(0, self, lambda: self._scroll_to_card_later(indicator_id))

    def _scroll_to_card_later(self, indicator_id: str) -> None:
        with contextlib.suppress(RuntimeError):  # the widget may be gone
            if self.view.page_of[indicator_id] == self.view.page:
                self._scroll_to_card(indicator_id, again=False)

    def _step_selected(self, row: int) -> None:
        if row >= 0 and row != self.view.page:
            self.go_to_page(row)

    def _move_focus(self, indicator_id: str, step: int) -> None:
        move = self.view.step(indicator_id, step)
        if move is not None:
            self._follow(move)

    def _card_focused(self, indicator_id: str) -> None:
        page = self.view.page_of[indicator_id]
        if page == self.view.page:
            self.dimension_pages[page - 1].ensureWidgetVisible(self.cards[indicator_id], 0, 2 * theme.GRID)

    def _update_buttons(self) -> None:
        self.footer.show_buttons(self.view)

    # -- state from the store ------------------------------------------------------------------------------
    def _apply_info(self, info: ResponseInfo, texts: bool) -> None:
        """Show what the store holds. Problem texts the user is editing are never overwritten."""
        self.view = self.view.with_info(info, bool(self.ctx.read_only))
        for page in self.dimension_pages:
            page.show_answers(info, texts, self._dirty)
        self.review_page.show_comment(info.comment, texts, self._comment_dirty)
        self._show_read_only()
        self._update_progress()

    def reload(self) -> None:
        """Re-read the response (another window may have reopened it, or the round was closed meanwhile). A small
        read of one response, on the GUI thread like the writes it follows."""
        self._reload_pending = False
        result, error = self.ctx.try_call(responses.get_response, self.ctx.db, self.respondent_id)
        if error is not None:
            self.view = self.view.made_unavailable()
            self._show_read_only()
            self._show_save_error(self.ctx.error_text(error))
            return
        was_submitted = self.view.submitted
        self._apply_info(result, texts=False)
        self.retranslate_ui()
        if result.status == "submitted" and not was_submitted:
            self.submitted.emit()

    def _on_data_changed(self) -> None:
        if self._writing or self._reload_pending:
            return
        self._reload_pending = True
        QTimer.singleShot(0, self, self._deferred_reload)

    def _deferred_reload(self) -> None:
        try:
            if self._reload_pending:
                self.reload()
        except RuntimeError:  # the widget was deleted meanwhile
            return

    def _show_read_only(self) -> None:
        read_only = self.read_only
        for card in self.cards.values():
            card.set_read_only(read_only)
        self.comment_box.set_read_only(read_only)
        self.review_page.show_comment_placeholder(read_only)
        self._update_buttons()
        show_notice(self.read_only_banner, self.view)

    def _update_progress(self) -> None:
        self.header.show_progress(self.view)
        self.steps.show_steps(self.view, self.ctx.lang)
        self._update_buttons()
        if self.view.page == self.review_index():
            self.review_page.show_review(self.view, self.ctx.lang)

    def answered_count(self) -> int:
        return self.view.answered

    def missing(self) -> list[str]:
        """Indicators without a score or "not applicable", in framework order."""
        return self.view.missing

    # -- saving --------------------------------------------------------------------------------------------
    def _write(self, fn: Any, *args: Any, modal: bool, quiet_success: bool = False) -> tuple[bool, Any]:
        """Run a service write for this respondent, at once and on the GUI thread (an answer is small and must
        be stored before anything else happens). A failure is shown (a message box when ``modal``, always in
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
        note = save_note(
            bool(self._save_error), self.has_unsaved_text(), bool(self._saved_at), self.read_only
        )
        self.footer.show_save(note, self._saved_at)

    def _choose(self, indicator_id: str, score: Score, by_key: bool = False) -> bool:
        """Store a choice; True when the store holds it. Typed (``by_key``): then on to the next indicator."""
        if self.read_only:
            return False
        card = self.cards[indicator_id]
        problem = card.problem_text() if indicator_id in self._dirty else None
        ok, answer = self._write(responses.record_answer, indicator_id, score, problem, modal=True)
        if not ok:
            return False
        if problem is not None:
            self._dirty.discard(indicator_id)
        move: Move | None = None
        if by_key:
            self.view, move = self.view.key_answered(answer)
        else:
            self.view = self.view.with_answer(answer)
        stored = score_of(answer)
        card.set_score(stored)
        self._update_progress()
        self._update_save_label()
        self.answer_saved.emit(indicator_id, stored)
        if move is not None:
            self._follow(move)
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
            self.review_page.show_missing(self.view, missing, self.ctx.lang)
            self.go_to_page(self.review_index())
            QTimer.singleShot(0, self, lambda: self.review_page.ensureWidgetVisible(self.submit_button))
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
        return self.view.submitted

    # -- closing -------------------------------------------------------------------------------------------
    def needs_submit_question(self) -> bool:
        """Every indicator answered, nothing submitted, and the answers can still be submitted."""
        return self.view.close() == Close.ASK

    def confirm_close(self, proceed: Callable[[], None]) -> bool:
        """Before the window closes: True when it may close now; otherwise it asks whether to submit first and
        calls ``proceed()`` once the user chose to close without submitting (``closing.CloseGuard``)."""
        return self._close_guard.confirm_close(proceed)

    @property
    def close_question(self) -> QMessageBox | None:
        """The question about closing unsubmitted, while shown."""
        return self._close_guard.question

    # -- texts ---------------------------------------------------------------------------------------------
    def _on_language_changed(self, _lang: str) -> None:
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        lang = self.ctx.lang
        self.header.retranslate(self.view)
        self.intro_page.retranslate(self.view, lang)
        for page in self.dimension_pages:
            page.retranslate(lang)
        self.review_page.retranslate(self.view, lang)  # after submitting: the thank-you
        self.footer.retranslate()
        self._update_buttons()
        show_notice(self.read_only_banner, self.view)
        if self._save_error:
            self._show_save_error(self._save_error)
        self._update_progress()
        self._update_save_label()
        self.review_page.show_review(self.view, self.ctx.lang)

    # -- Qt events -----------------------------------------------------------------------------------------
    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt API
        super().showEvent(event)
        self._close_guard.watch()

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
