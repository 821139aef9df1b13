"""The walk-through's view-model (ui/walkthrough/model.py), without Qt: what a respondent sees and may do, and
the submit rule it shares with the service (services.responses.submit_refusal)."""

from __future__ import annotations

from datetime import date

import pytest

from healthdesk.errors import ValidationError
from healthdesk.framework import default_framework
from healthdesk.services import responses, rounds
from healthdesk.services.dto import AnswerInfo
from healthdesk.ui.walkthrough import model as vm
from tests.builders import answer_all, make_partnership

FW = default_framework()
IDS = [ind.id for ind in FW.indicators]


def _respondent(db, status: str = "open", blind: bool = False):
    p = make_partnership(db)
    r = rounds.create_round(db, p.id, "2026 H1", date(2026, 1, 1), status=status, blind=blind)
    return rounds.add_respondent(db, r.id, "Li Wei", "A", "CEO")


def _answer(indicator_id: str, score) -> AnswerInfo:  # noqa: ANN001
    na = score == responses.NOT_APPLICABLE
    return AnswerInfo(indicator_id, None if na else score, na, "")


def test_the_pages_are_the_introduction_the_dimensions_in_order_and_the_review(db):
    who = _respondent(db)
    view = vm.load_walkthrough(db, who.id)
    assert view.partnership is not None and view.partnership.name == "CloudSoft × HardCo"
    assert view.page_count == len(FW.dimensions) + 2 and view.review_index == view.page_count - 1
    assert view.page_kind(0) == vm.PageKind.INTRO and view.page_kind(view.review_index) == vm.PageKind.REVIEW
    for page, dim in enumerate(FW.dimensions, start=1):
        assert view.page_kind(page) == vm.PageKind.DIMENSION
        assert view.indicators_on(page) == dim.indicators
        assert all(view.page_of[ind.id] == page for ind in dim.indicators)
    assert view.number(FW.dimensions[1].indicators[1].id) == "2.2"
    assert view.indicators_on(0) == () and view.indicators_on(view.review_index) == ()
    assert view.start_page() == 0  # nothing answered yet: the introduction


def test_progress_missing_and_the_next_unanswered_follow_the_answers(db):
    who = _respondent(db)
    responses.record_answer(db, who.id, IDS[0], 4)
    responses.record_answer(db, who.id, IDS[1], "na")
    responses.record_problem(db, who.id, IDS[3], "only a problem, no answer")
    view = vm.load_walkthrough(db, who.id)
    assert view.answered == 2 and view.total == len(IDS)
    assert view.missing == IDS[2:]
    assert view.score(IDS[0]) == 4 and view.score(IDS[1]) == "na" and view.score(IDS[3]) is None
    assert view.next_unanswered() == IDS[2]
    assert view.next_unanswered(after=IDS[2]) == IDS[3]
    first, second = view.steps()[1:3]
    assert (first.kind, first.number, first.done, first.total) == (vm.PageKind.DIMENSION, 1, 2, 2)
    assert first.complete and (second.number, second.done, second.complete) == (2, 0, False)
    assert view.steps()[0].kind == vm.PageKind.INTRO and view.steps()[-1].kind == vm.PageKind.REVIEW
    # A dimension page opens on its first unanswered indicator (all answered: its first).
    assert view.focus_on(1) == IDS[0] and view.focus_on(2) == IDS[2]


def test_submit_is_offered_but_disabled_until_every_indicator_is_answered(db):
    who = _respondent(db)
    view = vm.load_walkthrough(db, who.id)
    submit = view.submit()
    assert submit.visible and not submit.enabled
    assert submit.why == vm.Why.MISSING and submit.missing == len(IDS)
    assert not responses.can_submit(view.info)
    with pytest.raises(ValidationError) as refused:  # the service refuses the same case
        responses.submit_response(db, who.id)
    assert refused.value.code == responses.submit_refusal(view.info).code == "response_incomplete"

    answer_all(db, who.id, 3)
    view = vm.load_walkthrough(db, who.id)
    assert view.submit() == vm.SubmitState(visible=True, enabled=True, why=None, missing=0)
    assert responses.can_submit(view.info)
    assert view.close() == vm.Close.ASK  # all answered, nothing submitted: closing asks first

    view = view.with_info(responses.submit_response(db, who.id))
    assert view.submitted and view.read_only
    assert view.submit().why == vm.Why.SUBMITTED and not view.submit().visible
    assert view.close() == vm.Close.NOW
    assert view.start_page() == view.review_index  # reopened after submitting: the thank-you
    with pytest.raises(ValidationError) as again:
        responses.submit_response(db, who.id)
    assert again.value.code == "response_submitted"


@pytest.mark.parametrize(
    ("status", "why", "notice"),
    [
        ("closed", vm.Why.ROUND_CLOSED, vm.Notice.ROUND_CLOSED),
        ("draft", vm.Why.ROUND_NOT_OPEN, vm.Notice.ROUND_NOT_OPEN),
    ],
)
def test_a_round_that_is_not_open_offers_no_submit_and_says_why(db, status, why, notice):
    who = _respondent(db)
    answer_all(db, who.id, 3)
    rounds.set_round_status(db, who.round_id, status)
    view = vm.load_walkthrough(db, who.id)
    assert view.read_only and view.submit().why == why and not view.submit().visible
    assert view.notice() == notice and view.notice_shown() and not view.notice_is_calm()
    assert view.close() == vm.Close.NOW
    assert not responses.can_submit(view.info)
    with pytest.raises(ValidationError) as refused:
        responses.submit_response(db, who.id)
    assert refused.value.code == "round_not_open"


def test_another_healthdesk_on_the_folder_or_a_failed_read_makes_it_read_only(db):
    who = _respondent(db)
    answer_all(db, who.id, 3)
    view = vm.load_walkthrough(db, who.id, app_read_only=True)
    assert view.read_only and view.submit().why == vm.Why.APP_READ_ONLY and not view.submit().visible
    assert view.notice() == vm.Notice.APP_READ_ONLY and view.close() == vm.Close.NOW

    broken = vm.load_walkthrough(db, who.id).made_unavailable()
    assert broken.read_only and broken.submit().why == vm.Why.UNAVAILABLE and broken.close() == vm.Close.NOW
    assert not broken.with_info(broken.info).read_only  # read again: writable once more


def test_the_submitted_note_is_calm_and_not_shown_on_the_review_page(db):
    who = _respondent(db)
    answer_all(db, who.id, 3)
    responses.submit_response(db, who.id)
    view = vm.load_walkthrough(db, who.id)
    assert view.notice() == vm.Notice.SUBMITTED and view.notice_is_calm()
    assert view.at_page(1).notice_shown() and not view.at_page(view.review_index).notice_shown()


def test_a_typed_answer_is_recorded_and_moves_on_without_changing_the_old_state(db):
    who = _respondent(db)
    view = vm.load_walkthrough(db, who.id).at_page(1)
    first_dim = FW.dimensions[0].indicators
    second_dim = FW.dimensions[1].indicators

    after, move = view.key_answered(_answer(first_dim[0].id, 4))
    assert after.score(first_dim[0].id) == 4 and after.answered == 1
    assert view.score(first_dim[0].id) is None and view.answered == 0  # a transition, not a change in place
    assert move == vm.Move(1, first_dim[1].id)  # the next indicator on the same page

    after, move = after.key_answered(_answer(first_dim[-1].id, "na"))
    assert after.score(first_dim[-1].id) == "na"
    assert move == vm.Move(2, second_dim[0].id)  # after the last of a page: the next page

    _, move = after.key_answered(_answer(IDS[-1], 5))
    assert move == vm.Move(view.review_index)  # after the very last: the review, with Submit


def test_the_answer_keys_are_one_to_five_and_n():
    assert vm.KEY_SCORES == {"1": 1, "2": 2, "3": 3, "4": 4, "5": 5, "N": "na"}


def test_arrow_keys_step_between_indicators_across_pages(db):
    view = vm.load_walkthrough(db, _respondent(db).id).at_page(1)
    assert view.step(IDS[0], -1) is None
    last_of_first = FW.dimensions[0].indicators[-1].id
    assert view.step(last_of_first, 1) == vm.Move(2, FW.dimensions[1].indicators[0].id, scroll=False)
    assert view.step(IDS[-1], 1) == vm.Move(view.review_index)


def test_pages_and_the_buttons_that_move_between_them(db):
    view = vm.load_walkthrough(db, _respondent(db).id)
    assert view.at_page(0).nav() == vm.NavState(back_enabled=False, next_visible=True, next_to_review=False)
    assert view.at_page(view.review_index - 1).nav().next_to_review
    review = view.at_page(view.review_index).nav()
    assert review.back_enabled and not review.next_visible
    assert view.at_page(99).page == view.page  # no such page: stays


def test_the_walkthrough_resumes_on_the_page_it_was_left(db):
    who = _respondent(db)
    responses.record_page(db, who.id, 3)
    assert vm.load_walkthrough(db, who.id).start_page() == 3


def test_the_save_state_note():
    assert vm.save_note(error=True, unsaved_text=True, saved=True, read_only=False) == vm.SaveNote.ERROR
    assert vm.save_note(False, True, True, False) == vm.SaveNote.SAVING
    assert vm.save_note(False, False, True, True) == vm.SaveNote.SAVED
    assert vm.save_note(False, False, False, True) == vm.SaveNote.NONE
    assert vm.save_note(False, False, False, False) == vm.SaveNote.PROMISE
