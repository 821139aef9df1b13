"""What the walk-through shows, without Qt: the pages (introduction, one per dimension, review and submit), the
indicators in order and which are answered, the progress, where a typed answer leads, whether "Submit answers"
is offered and why not, the notice above the pages, and whether closing asks first.

Built from the services' records (``ResponseInfo``, ``AnswerInfo``, ``PartnershipInfo``) and holding no words:
states and reasons are codes the Qt view (``ui/walkthrough/page.py`` and ``parts.py``) words. Whether a response
can be submitted is the service's rule (``services.responses.submit_refusal`` / ``can_submit``), which
``submit_response`` enforces. ``Walkthrough`` is immutable: every change (an answer the store now holds, a new
page, a re-read) is a transition that returns the next state.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from enum import StrEnum
from typing import TYPE_CHECKING

from ...errors import HealthDeskError
from ...framework import Framework, Indicator, get_framework
from ...services import partnerships, responses
from ...services.dto import AnswerInfo, PartnershipInfo, ResponseInfo
from ...services.responses import NOT_APPLICABLE

if TYPE_CHECKING:
    from ...maintenance import Database

Score = int | str | None  # 1..5, "na" (not applicable / don't know), or None (not answered)

# The keys that answer an indicator and move on to the next (as survey tools do): 1–5 a level, N not applicable.
KEY_SCORES: dict[str, Score] = {"1": 1, "2": 2, "3": 3, "4": 4, "5": 5, "N": NOT_APPLICABLE}


def score_of(answer: AnswerInfo | None) -> Score:
    """An answer as the walk-through shows it: its level, "na", or None when nothing is chosen."""
    if answer is None:
        return None
    return NOT_APPLICABLE if answer.not_applicable else answer.score


class Why(StrEnum):
    """Why "Submit answers" is not available."""

    APP_READ_ONLY = "app_read_only"  # another HealthDesk has the data folder open
    UNAVAILABLE = "unavailable"  # the response could not be read again (the error banner says why)
    SUBMITTED = "submitted"
    ROUND_CLOSED = "round_closed"
    ROUND_NOT_OPEN = "round_not_open"  # a draft round
    MISSING = "missing"  # some indicators have no answer yet


# Refusals of ``services.responses.submit_refusal`` by their code.
_REFUSALS = {"response_submitted": Why.SUBMITTED, "response_incomplete": Why.MISSING}


class Notice(StrEnum):
    """The note above the pages while the answers cannot be changed."""

    NONE = "none"
    APP_READ_ONLY = "app_read_only"
    SUBMITTED = (
        "submitted"  # good news, not a warning: a calm note, and none on the review page, which thanks
    )
    ROUND_CLOSED = "round_closed"
    ROUND_NOT_OPEN = "round_not_open"


class SaveNote(StrEnum):
    """The save state in the footer."""

    ERROR = "error"  # not saved: see the message above
    SAVING = "saving"  # typed text waits for its save
    SAVED = "saved"  # saved at a time the view shows
    NONE = "none"  # read-only, nothing was saved here: no note
    PROMISE = "promise"  # "every answer is saved the moment you give it"


class Close(StrEnum):
    """What closing the walk-through's window does."""

    NOW = "now"
    ASK = "ask"  # every indicator answered, nothing submitted: ask whether to submit first


class PageKind(StrEnum):
    INTRO = "intro"
    DIMENSION = "dimension"
    REVIEW = "review"


@dataclass(frozen=True)
class SubmitState:
    visible: bool
    enabled: bool
    why: Why | None
    missing: int


@dataclass(frozen=True)
class Step:
    """One entry of the step list on the left."""

    kind: PageKind
    number: int = 0  # the dimension's number (1..n)
    dimension_id: str = ""
    done: int = 0
    total: int = 0

    @property
    def complete(self) -> bool:
        return self.done == self.total


@dataclass(frozen=True)
class Move:
    """Where the walk-through goes: ``page``, with ``indicator``'s card focused (None: the page's own focus);
    ``scroll`` brings that card to the top of its page."""

    page: int
    indicator: str | None = None
    scroll: bool = True


@dataclass(frozen=True)
class NavState:
    back_enabled: bool
    next_visible: bool
    next_to_review: bool  # the next page is the review ("Review and submit →")


def save_note(error: bool, unsaved_text: bool, saved: bool, read_only: bool) -> SaveNote:
    if error:
        return SaveNote.ERROR
    if unsaved_text:
        return SaveNote.SAVING
    if saved:
        return SaveNote.SAVED
    if read_only:
        return SaveNote.NONE
    return SaveNote.PROMISE


class _Layout:
    """The pages of one framework: page 0 the introduction, 1..n the dimensions, n+1 the review."""

    def __init__(self, framework: Framework):
        self.ids = tuple(ind.id for ind in framework.indicators)
        self.position = {ind_id: pos for pos, ind_id in enumerate(self.ids)}
        self.page_of: dict[str, int] = {}
        self.number: dict[str, str] = {}
        for d_index, dim in enumerate(framework.dimensions, start=1):
            for i_index, ind in enumerate(dim.indicators, start=1):
                self.page_of[ind.id] = d_index
                self.number[ind.id] = f"{d_index}.{i_index}"
        self.page_count = len(framework.dimensions) + 2


@dataclass(frozen=True)
class Walkthrough:
    """One respondent's walk-through as the store holds it, and where it is (``page``; -1 before the first)."""

    framework: Framework
    info: ResponseInfo
    partnership: PartnershipInfo | None = None
    app_read_only: bool = False
    unavailable: bool = False  # re-reading the response failed: nothing can be changed until it works again
    page: int = -1
    layout: _Layout | None = field(default=None, compare=False, repr=False)  # built once, kept by transitions

    def __post_init__(self) -> None:
        if self.layout is None:
            object.__setattr__(self, "layout", _Layout(self.framework))

    # -- pages ---------------------------------------------------------------------------------------------
    @property
    def _pages(self) -> _Layout:
        assert self.layout is not None
        return self.layout

    @property
    def page_count(self) -> int:
        return self._pages.page_count

    @property
    def review_index(self) -> int:
        return self.page_count - 1

    def page_kind(self, page: int) -> PageKind:
        if page == 0:
            return PageKind.INTRO
        return PageKind.REVIEW if page == self.review_index else PageKind.DIMENSION

    @property
    def page_of(self) -> dict[str, int]:
        """Indicator id -> the page that asks it."""
        return self._pages.page_of

    def number(self, indicator_id: str) -> str:
        """The indicator's number as the pages show it: "2.3" (dimension 2, its third indicator)."""
        return self._pages.number[indicator_id]

    def indicators_on(self, page: int) -> tuple[Indicator, ...]:
        if self.page_kind(page) != PageKind.DIMENSION:
            return ()
        return self.framework.dimensions[page - 1].indicators

    def start_page(self) -> int:
        """Where a walk-through opens: where it was left, or the thank-you once submitted."""
        if self.submitted:
            return self.review_index
        return min(max(self.info.last_page, 0), self.page_count - 1)

    def focus_on(self, page: int) -> str | None:
        """The card a dimension page opens on: its first unanswered indicator, else its first."""
        indicators = self.indicators_on(page)
        if not indicators:
            return None
        return next((ind.id for ind in indicators if self.score(ind.id) is None), indicators[0].id)

    def nav(self) -> NavState:
        return NavState(
            back_enabled=self.page > 0,
            next_visible=self.page < self.review_index,
            next_to_review=self.page == self.review_index - 1,
        )

    # -- answers and progress ------------------------------------------------------------------------------
    def score(self, indicator_id: str) -> Score:
        return score_of(self.info.answers.get(indicator_id))

    @property
    def total(self) -> int:
        return len(self._pages.ids)

    @property
    def answered(self) -> int:
        return sum(1 for ind_id in self._pages.ids if self.score(ind_id) is not None)

    @property
    def missing(self) -> list[str]:
        """Indicators without a score or "not applicable", in framework order (the service's rule)."""
        return responses.missing_indicators(self.info)

    def next_unanswered(self, after: str | None = None) -> str | None:
        """The first unanswered indicator (after ``after``, when given), in framework order."""
        start = self._pages.position[after] + 1 if after is not None else 0
        return next((i for i in self._pages.ids[start:] if self.score(i) is None), None)

    def steps(self) -> list[Step]:
        items = [Step(PageKind.INTRO)]
        for d_index, dim in enumerate(self.framework.dimensions, start=1):
            done = sum(1 for ind in dim.indicators if self.score(ind.id) is not None)
            items.append(Step(PageKind.DIMENSION, d_index, dim.id, done, len(dim.indicators)))
        items.append(Step(PageKind.REVIEW))
        return items

    # -- what can be done ----------------------------------------------------------------------------------
    @property
    def submitted(self) -> bool:
        return self.info.status == "submitted"

    @property
    def read_only(self) -> bool:
        """Nothing can be changed: another HealthDesk has the folder, the response is submitted or could not be
        read again, or the round is not open."""
        return self.app_read_only or self.unavailable or self.info.read_only

    def submit(self) -> SubmitState:
        """ "Submit answers": offered while answers can be given, enabled when the service would submit."""
        why: Why | None = None
        if self.app_read_only:
            why = Why.APP_READ_ONLY
        elif self.unavailable:
            why = Why.UNAVAILABLE
        else:
            refusal = responses.submit_refusal(self.info)
            if refusal is not None:
                if refusal.code == "round_not_open":
                    why = Why.ROUND_CLOSED if self.info.round.status == "closed" else Why.ROUND_NOT_OPEN
                else:
                    why = _REFUSALS.get(refusal.code, Why.UNAVAILABLE)
        return SubmitState(
            visible=why in (None, Why.MISSING),
            enabled=why is None,
            why=why,
            missing=len(self.missing),
        )

    def notice(self) -> Notice:
        if self.app_read_only:
            return Notice.APP_READ_ONLY
        if self.submitted:
            return Notice.SUBMITTED
        if self.info.round.status == "closed":
            return Notice.ROUND_CLOSED
        if self.info.round.status != "open":
            return Notice.ROUND_NOT_OPEN
        return Notice.NONE

    def notice_is_calm(self) -> bool:
        """The submitted note is good news: shown calmly (an info banner), and not on the review page."""
        return self.notice() == Notice.SUBMITTED

    def notice_shown(self) -> bool:
        return self.notice() != Notice.NONE and not (self.notice_is_calm() and self.page == self.review_index)

    def close(self) -> Close:
        """Closing asks first when every indicator is answered but nothing is submitted, while it still can be."""
        return Close.ASK if self.submit().enabled else Close.NOW

    # -- transitions ---------------------------------------------------------------------------------------
    def with_info(self, info: ResponseInfo, app_read_only: bool | None = None) -> Walkthrough:
        """The response as the store holds it now (read again, or returned by a write)."""
        return replace(
            self,
            info=info,
            unavailable=False,
            app_read_only=self.app_read_only if app_read_only is None else app_read_only,
        )

    def made_unavailable(self) -> Walkthrough:
        return replace(self, unavailable=True)

    def at_page(self, page: int) -> Walkthrough:
        return replace(self, page=page) if 0 <= page < self.page_count else self

    def with_answer(self, answer: AnswerInfo) -> Walkthrough:
        """One indicator's answer as the store now holds it (``record_answer`` or ``record_problem``)."""
        answers = {**self.info.answers, answer.indicator_id: answer}
        return replace(self, info=replace(self.info, answers=answers))

    def key_answered(self, answer: AnswerInfo) -> tuple[Walkthrough, Move]:
        """A typed 1–5 or N the store now holds: recorded, and on to the next indicator (after the last of a page,
        the next page; after the very last, the review with Submit)."""
        return self.with_answer(answer), self.after(answer.indicator_id)

    def after(self, indicator_id: str) -> Move:
        """Where a typed answer to ``indicator_id`` leads."""
        pos = self._pages.position[indicator_id] + 1
        if pos >= self.total:
            return Move(self.review_index)
        target = self._pages.ids[pos]
        return Move(self.page_of[target], target)

    def step(self, indicator_id: str, step: int) -> Move | None:
        """↑/↓ from ``indicator_id``: the previous/next indicator (past the last, the review; before the first,
        nowhere). The card takes the focus without scrolling it to the top."""
        pos = self._pages.position[indicator_id] + step
        if pos < 0:
            return None
        if pos >= self.total:
            return Move(self.review_index)
        target = self._pages.ids[pos]
        return Move(self.page_of[target], target, scroll=False)


def load_walkthrough(db: Database, respondent_id: int, app_read_only: bool = False) -> Walkthrough:
    """A respondent's walk-through from the store (its response, round, framework and partnership). Raises
    HealthDeskError when the respondent cannot be read; a partnership that cannot be read leaves the titles
    without its names."""
    info = responses.get_response(db, respondent_id)
    try:
        partnership: PartnershipInfo | None = partnerships.get_partnership(db, info.round.partnership_id)
    except HealthDeskError:
        partnership = None
    return Walkthrough(get_framework(info.round.framework_key), info, partnership, app_read_only)
