"""The rounds screen's view-model (ui/rounds/model.py), without Qt: what a facilitator sees and may do."""

from __future__ import annotations

from datetime import date

import pytest

from healthdesk.errors import ValidationError
from healthdesk.services import partnerships, responses, rounds
from healthdesk.ui.rounds import model as vm
from tests.builders import add_submitted, answer_all, make_partnership


def view_of(db, partnership_id, round_id=None, read_only=False):
    info = partnerships.get_partnership(db, partnership_id)
    rid = vm.chosen_round_id(info, round_id)
    people = rounds.list_respondents(db, rid) if rid is not None else []
    return vm.build(info, rid, people, read_only)


def test_no_partnership_offers_the_partnerships(db):
    view = vm.build(None, None)
    assert view.empty == vm.Empty.NO_PARTNERSHIP
    assert view.empty_steps == (vm.Step.CHOOSE_PARTNERSHIP,)
    assert view.empty_action.enabled
    assert view.guide == vm.Guide.NONE and not view.guide_visible
    assert not view.actions().new_round.enabled


def test_a_partnership_without_rounds_offers_the_first_round_unless_read_only(db):
    p = make_partnership(db)
    view = view_of(db, p.id)
    assert view.empty == vm.Empty.NO_ROUND and view.empty_steps == (vm.Step.OPEN_FIRST_ROUND,)
    assert view.empty_action.enabled and view.actions().new_round.enabled
    read_only = view_of(db, p.id, read_only=True)
    assert not read_only.empty_action.enabled and read_only.empty_action.why == vm.Why.READ_ONLY
    assert read_only.actions().new_round.why == vm.Why.READ_ONLY


def test_the_guide_offers_add_respondents_for_a_round_without_any(db):
    p = make_partnership(db)
    r = rounds.create_round(db, p.id, "2026 H1", date(2026, 1, 1))
    view = view_of(db, p.id)
    assert view.empty is None and view.round.id == r.id
    assert view.guide == vm.Guide.NO_RESPONDENTS and view.guide_visible
    assert view.guide_steps == (vm.Step.ADD_RESPONDENTS,)
    assert view.add_respondent_side == "A"
    assert view.sides["A"].can_add.enabled and view.sides["B"].can_add.enabled
    assert view.actions().delete_round.enabled  # nobody has answered


def test_the_guide_follows_the_round_from_draft_to_closed(db):
    p = make_partnership(db)
    r = rounds.create_round(db, p.id, "2026 H1", date(2026, 1, 1), status="draft")
    a = rounds.add_respondent(db, r.id, "Ann", "A")
    view = view_of(db, p.id)
    assert view.guide == vm.Guide.DRAFT and view.guide_steps == (vm.Step.OPEN_ROUND,)
    assert view.details.status_action == vm.StatusAction.OPEN
    assert view.add_respondent_side == "B"  # A has someone, B nobody yet
    rounds.set_round_status(db, r.id, "open")
    b = rounds.add_respondent(db, r.id, "Bo", "B")
    view = view_of(db, p.id)
    assert view.guide == vm.Guide.NOT_ANSWERED
    assert view.guide_steps == (vm.Step.SEND_INVITATIONS, vm.Step.HAND_OVER)
    assert view.details.status_action == vm.StatusAction.CLOSE
    for person in (a, b):
        responses.record_answer(db, person.id, view.details.framework.indicators[0].id, 3)
    view = view_of(db, p.id)
    assert view.guide == vm.Guide.ANSWERING and not view.guide_visible
    for person in (a, b):
        answer_all(db, person.id, 4)
        responses.submit_response(db, person.id)
    view = view_of(db, p.id)
    assert view.guide == vm.Guide.ALL_SUBMITTED and view.guide_steps == (vm.Step.CLOSE_ROUND,)
    rounds.set_round_status(db, r.id, "closed")
    view = view_of(db, p.id, read_only=True)
    assert view.guide == vm.Guide.CLOSED
    assert view.guide_steps == (vm.Step.SEE_RESULTS, vm.Step.PLAN_ACTIONS)
    assert view.actions().guide.enabled  # looking at results needs no writing
    assert view.details.status_action == vm.StatusAction.REOPEN


def test_counts_per_side_as_the_progress_line_shows_them(db):
    p = make_partnership(db)
    r = rounds.create_round(db, p.id, "2026 H1", date(2026, 1, 1))
    add_submitted(db, r.id, "A", [4, 3, 5])
    rounds.add_respondent(db, r.id, "Late", "A")
    add_submitted(db, r.id, "B", [2, 3])
    view = view_of(db, p.id)
    counts = {c.side: c for c in view.counts}
    assert (counts["A"].label, counts["A"].submitted, counts["A"].invited) == ("CloudSoft", 3, 4)
    assert (counts["B"].label, counts["B"].submitted, counts["B"].invited) == ("HardCo", 2, 2)
    assert view.sides["A"].count == counts["A"] and len(view.sides["A"].rows) == 4
    assert view.rows[0].counts == view.counts  # the rounds list's tooltip says the same


def test_a_respondent_in_progress_shows_answered_of_total(db):
    p = make_partnership(db)
    r = rounds.create_round(db, p.id, "2026 H1", date(2026, 1, 1))
    person = rounds.add_respondent(db, r.id, "Ann", "A")
    view = view_of(db, p.id)
    for ind in view.details.framework.indicators[:2]:
        responses.record_answer(db, person.id, ind.id, 4)
    row = view_of(db, p.id).sides["A"].rows[0]
    assert (row.status, row.answered, row.total) == ("in_progress", 2, view.details.indicator_count)
    assert row.total == len(view.details.framework.indicators) > 2


def test_a_closed_rounds_respondent_cannot_be_removed_and_the_view_model_says_why(db):
    p = make_partnership(db)
    r = rounds.create_round(db, p.id, "2026 H1", date(2026, 1, 1))
    person = rounds.add_respondent(db, r.id, "Ann", "A")
    open_view = view_of(db, p.id)
    chosen = open_view.respondents[0]
    assert open_view.actions(chosen).remove_respondent.enabled
    rounds.set_round_status(db, r.id, "closed")
    view = view_of(db, p.id)
    remove = view.actions(view.respondents[0]).remove_respondent
    assert not remove.enabled and remove.why == vm.Why.ROUND_CLOSED
    assert isinstance(remove.refusal, ValidationError) and remove.refusal.code == "round_status"
    assert not view.sides["A"].can_add.enabled and view.sides["A"].can_add.why == vm.Why.ROUND_CLOSED
    # The service holds the same rule.
    with pytest.raises(ValidationError) as refused:
        rounds.remove_respondent(db, person.id)
    assert refused.value.code == remove.refusal.code
    with pytest.raises(ValidationError):
        rounds.add_respondent(db, r.id, "New", "B")


def test_someone_who_has_started_cannot_be_removed_nor_the_round_deleted(db):
    p = make_partnership(db)
    r = rounds.create_round(db, p.id, "2026 H1", date(2026, 1, 1))
    (rid,) = add_submitted(db, r.id, "A", [4])
    view = view_of(db, p.id)
    actions = view.actions(view.respondents[0])
    assert actions.remove_respondent.why == vm.Why.STARTED
    assert actions.remove_respondent.refusal.code == "has_responses"
    assert not actions.delete_round.enabled and actions.delete_round.why == vm.Why.ANSWERED
    with pytest.raises(ValidationError) as refused:
        rounds.delete_round(db, r.id)
    assert refused.value.code == actions.delete_round.refusal.code
    # A submitted response can be reopened, not handed over again.
    assert actions.reopen_response.enabled
    assert actions.hand_over.why == vm.Why.SUBMITTED and actions.fill_in.enabled


def test_respondent_actions_need_an_open_round_a_choice_and_a_writable_database(db):
    p = make_partnership(db)
    r = rounds.create_round(db, p.id, "2026 H1", date(2026, 1, 1), status="draft")
    rounds.add_respondent(db, r.id, "Ann", "A")
    view = view_of(db, p.id)
    assert view.actions().fill_in.why == vm.Why.ROUND_NOT_OPEN
    rounds.set_round_status(db, r.id, "open")
    view = view_of(db, p.id)
    assert view.actions().fill_in.why == vm.Why.NO_RESPONDENT
    chosen = view.respondents[0]
    assert view.actions(chosen).hand_over.enabled
    assert view.actions(chosen).reopen_response.why == vm.Why.NOT_SUBMITTED
    read_only = view_of(db, p.id, read_only=True)
    assert all(
        getattr(read_only.actions(chosen), name).why == vm.Why.READ_ONLY
        for name in (
            "edit_round",
            "status",
            "pin",
            "delete_round",
            "fill_in",
            "hand_over",
            "remove_respondent",
        )
    )


def test_hand_over_goes_to_the_chosen_or_else_the_first_who_has_not_submitted(db):
    p = make_partnership(db)
    r = rounds.create_round(db, p.id, "2026 H1", date(2026, 1, 1))
    add_submitted(db, r.id, "A", [4])
    waiting = rounds.add_respondent(db, r.id, "Bo", "B")
    view = view_of(db, p.id)
    done = next(x for x in view.respondents if x.status == "submitted")
    assert view.next_to_hand_over(done).id == waiting.id
    assert view.next_to_hand_over(None).id == waiting.id
    answer_all(db, waiting.id, 3)
    responses.submit_response(db, waiting.id)
    assert view_of(db, p.id).next_to_hand_over(None) is None


def test_rounds_list_newest_first_and_the_latest_chosen_by_default(db):
    p = make_partnership(db)
    old = rounds.create_round(db, p.id, "2025 H2", date(2025, 7, 1))
    new = rounds.create_round(db, p.id, "2026 H1", date(2026, 1, 1))
    view = view_of(db, p.id)
    assert [row.label for row in view.rows] == ["2026 H1", "2025 H2"]
    assert view.round.id == new.id
    assert view_of(db, p.id, old.id).round.id == old.id
    assert view_of(db, p.id, 999_999).round.id == new.id  # a round that is gone: the latest
