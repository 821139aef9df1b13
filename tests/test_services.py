"""The use cases: validation errors users see, and data stored exactly as given."""

from __future__ import annotations

import pytest

from healthdesk.errors import HealthDeskError, NotFoundError, ValidationError
from healthdesk.services import partnerships, responses, rounds
from healthdesk.services.dto import Member, PartnershipInput
from healthdesk.services.validation import TEXT_CAP
from tests.builders import add_submitted, answer_all, make_partnership


def test_partnership_round_trip_keeps_every_field(db):
    data = PartnershipInput(
        name="电商 × 物流 前置仓",
        code="EL-1",
        partner_a_name="优选电商",
        partner_a_name_alt="YouXuan E-commerce",
        partner_a_label="优选",
        partner_b_name="Swift Logistics",
        partner_b_label="Swift",
        type="resource_sharing",
        start_date="2023-03-01",
        stage="mature",
        status="active",
        description="Forward warehouses: delivery from 48 to 2 hours 🚚",
        members=[Member("王芳", "A", "jmc_member"), Member("Tom Lee", "B", "jpt_lead")],
        terms={"revenue_split": "60/40", "data_sharing": "order and stock data, daily"},
    )
    created = partnerships.create_partnership(db, data)
    again = partnerships.get_partnership(db, "el-1")
    assert again == created
    assert again.description.endswith("🚚")
    assert again.members == (Member("王芳", "A", "jmc_member"), Member("Tom Lee", "B", "jpt_lead"))
    assert again.terms == {"revenue_split": "60/40", "data_sharing": "order and stock data, daily"}
    assert str(again.start_date) == "2023-03-01"


@pytest.mark.parametrize(
    "change, code",
    [
        ({"name": "  "}, "required"),
        ({"partner_a_label": ""}, "required"),
        ({"type": "merger"}, "invalid_choice"),
        ({"start_date": "2024-13-01"}, "invalid_date"),
        ({"description": "x" * (TEXT_CAP + 1)}, "too_long"),
        ({"members": [Member("", "A", "jmc_member")]}, "required"),
        ({"members": [Member("Li", "C", "jmc_member")]}, "invalid_choice"),
        ({"terms": {"royalties": "5%"}}, "invalid_choice"),
    ],
)
def test_bad_partnership_input_is_refused_with_its_reason(db, change, code):
    base = dict(
        name="P", code="P", partner_a_name="a", partner_a_label="a", partner_b_name="b", partner_b_label="b"
    )
    with pytest.raises(ValidationError) as info:
        partnerships.create_partnership(db, PartnershipInput(**{**base, **change}))
    assert info.value.code == code
    assert partnerships.list_partnerships(db) == []


def test_duplicate_names_and_codes_are_refused_case_insensitively(db):
    make_partnership(db, name="Soft & Hard", code="SH")
    with pytest.raises(ValidationError, match="already exists") as info:
        make_partnership(db, name="SOFT & hard", code="X1")
    assert info.value.code == "duplicate_partnership"
    with pytest.raises(ValidationError) as info:
        make_partnership(db, name="Other", code="sh")
    assert info.value.code == "duplicate_code"


def test_sql_and_markup_looking_text_is_stored_exactly(db):
    hostile = "Robert'); DROP TABLE partnership;-- <b>bold</b> <img src=x> ]]> & 😀 中文"
    p = make_partnership(db, name=hostile, code="H1")
    assert partnerships.get_partnership(db, p.id).name == hostile
    r = rounds.create_round(db, p.id, "2026 H1", "2026-01-01")
    resp = rounds.add_respondent(db, r.id, "Zhang", "A")
    responses.record_answer(db, resp.id, "trust", 4, hostile)
    assert responses.get_response(db, resp.id).answers["trust"].problem == hostile
    assert partnerships.get_partnership(db, hostile).id == p.id


def test_partnership_found_by_id_code_or_exact_name(db):
    p = make_partnership(db)
    assert partnerships.get_partnership(db, str(p.id)).id == p.id
    assert partnerships.get_partnership(db, "cshc").id == p.id
    assert partnerships.get_partnership(db, "cloudsoft × hardco").id == p.id
    with pytest.raises(NotFoundError):
        partnerships.get_partnership(db, "nobody")


def test_delete_is_refused_while_rounds_exist_and_returns_data_for_undo(db):
    p = make_partnership(db)
    rounds.create_round(db, p.id, "2026 H1", "2026-01-01")
    with pytest.raises(ValidationError) as info:
        partnerships.delete_partnership(db, p.id)
    assert info.value.code == "has_rounds"
    q = make_partnership(db, name="Empty", code="E")
    undo = partnerships.delete_partnership(db, q.id)
    assert [x.name for x in partnerships.list_partnerships(db)] == [p.name]
    restored = partnerships.create_partnership(db, undo)
    assert restored.name == "Empty"


def test_round_rules(db):
    p = make_partnership(db)
    r = rounds.create_round(db, p.id, "2026 H1", "2026-01-01", "2026-03-31")
    with pytest.raises(ValidationError) as info:
        rounds.create_round(db, p.id, "2026 H1", "2026-06-01")
    assert info.value.code == "duplicate_round"
    with pytest.raises(ValidationError) as info:
        rounds.create_round(db, p.id, "bad dates", "2026-06-01", "2026-05-01")
    assert info.value.code == "date_order"
    with pytest.raises(ValidationError) as info:
        rounds.create_round(db, p.id, "low", "2026-06-01", threshold=2)
    assert "reason" in info.value.message_en()
    low = rounds.create_round(
        db, p.id, "low", "2026-06-01", threshold=2, threshold_note="only two executives"
    )
    assert low.threshold == 2 and low.threshold_note == "only two executives"
    with pytest.raises(NotFoundError):
        rounds.create_round(db, p.id, "v9", "2026-06-01", framework_key="nope@9")
    closed = rounds.set_round_status(db, r.id, "closed")
    assert closed.status == "closed"
    assert rounds.set_round_status(db, r.id, "open").status == "open"


@pytest.mark.parametrize("score", [0, 6, -1, 2.5, True, "5"])
def test_scores_outside_one_to_five_are_refused(db, score):
    p = make_partnership(db)
    r = rounds.create_round(db, p.id, "2026 H1", "2026-01-01")
    resp = rounds.add_respondent(db, r.id, "Zhang", "A")
    with pytest.raises(ValidationError) as info:
        responses.record_answer(db, resp.id, "trust", score)
    assert info.value.code == "score_range"
    assert responses.get_response(db, resp.id).answers == {}


def test_unknown_indicator_and_text_over_cap_are_refused_and_lose_nothing(db):
    p = make_partnership(db)
    r = rounds.create_round(db, p.id, "2026 H1", "2026-01-01")
    resp = rounds.add_respondent(db, r.id, "Zhang", "A")
    responses.record_answer(db, resp.id, "trust", 4, "kept")
    with pytest.raises(ValidationError) as info:
        responses.record_answer(db, resp.id, "happiness", 4)
    assert info.value.code == "unknown_indicator"
    with pytest.raises(ValidationError) as info:
        responses.record_answer(db, resp.id, "trust", 2, "x" * (TEXT_CAP + 1))
    assert info.value.code == "too_long"
    answer = responses.get_response(db, resp.id).answers["trust"]
    assert (answer.score, answer.problem) == (4, "kept")
    responses.record_answer(db, resp.id, "trust", 2, "y" * TEXT_CAP)
    assert responses.get_response(db, resp.id).answers["trust"].problem == "y" * TEXT_CAP


def test_submit_needs_every_indicator_and_then_is_read_only(db):
    p = make_partnership(db)
    r = rounds.create_round(db, p.id, "2026 H1", "2026-01-01")
    resp = rounds.add_respondent(db, r.id, "Zhang", "A")
    responses.record_answer(db, resp.id, "trust", "na")
    with pytest.raises(ValidationError) as info:
        responses.submit_response(db, resp.id)
    assert info.value.code == "response_incomplete"
    assert "goal_alignment" in info.value.message_en()
    answer_all(db, resp.id, {"trust": "na"})
    submitted = responses.submit_response(db, resp.id)
    assert submitted.status == "submitted" and submitted.read_only
    with pytest.raises(ValidationError) as info:
        responses.record_answer(db, resp.id, "trust", 5)
    assert info.value.code == "response_submitted"
    reopened = responses.reopen_response(db, resp.id)
    assert reopened.status == "in_progress"
    responses.record_answer(db, resp.id, "trust", 5)
    assert responses.get_response(db, resp.id).answers["trust"].score == 5


def test_answers_refused_in_a_closed_round(db):
    p = make_partnership(db)
    r = rounds.create_round(db, p.id, "2026 H1", "2026-01-01")
    resp = rounds.add_respondent(db, r.id, "Zhang", "A")
    rounds.set_round_status(db, r.id, "closed")
    with pytest.raises(ValidationError) as info:
        responses.record_answer(db, resp.id, "trust", 5)
    assert info.value.code == "round_not_open"


def test_respondents_counts_and_duplicates(db):
    p = make_partnership(db)
    r = rounds.create_round(db, p.id, "2026 H1", "2026-01-01")
    add_submitted(db, r.id, "A", [4, 4])
    pending = rounds.add_respondent(db, r.id, "Late", "B")
    responses.record_answer(db, pending.id, "trust", 3)
    rounds.add_respondent(db, r.id, "Silent", "B")
    info = rounds.get_round(db, r.id)
    assert info.invited == {"A": 2, "B": 2}
    assert info.submitted == {"A": 2, "B": 0}
    assert info.in_progress == {"A": 0, "B": 1}
    with pytest.raises(ValidationError) as err:
        rounds.add_respondent(db, r.id, "Late", "B")
    assert err.value.code == "duplicate_respondent"
    with pytest.raises(ValidationError) as err:
        rounds.remove_respondent(db, pending.id)
    assert err.value.code == "has_responses"


def test_round_pin(db):
    p = make_partnership(db)
    r = rounds.create_round(db, p.id, "2026 H1", "2026-01-01")
    assert not rounds.check_round_pin(db, r.id, "1234")
    rounds.set_round_pin(db, r.id, "4321")
    assert rounds.get_round(db, r.id).has_pin
    assert rounds.check_round_pin(db, r.id, "4321")
    assert not rounds.check_round_pin(db, r.id, "1234")
    with pytest.raises(HealthDeskError):
        rounds.set_round_pin(db, r.id, "12")


def test_nobody_is_removed_from_a_closed_round_and_the_screens_ask_the_same_rule(db):
    p = make_partnership(db)
    r = rounds.create_round(db, p.id, "2026 H1", "2026-01-01")
    add_submitted(db, r.id, "A", [4, 4])
    silent = rounds.add_respondent(db, r.id, "Silent", "B")
    started = rounds.add_respondent(db, r.id, "Started", "B")
    responses.record_answer(db, started.id, "trust", 3)
    by_id = {x.id: x for x in rounds.list_respondents(db, r.id)}
    assert rounds.can_remove_respondent(rounds.get_round(db, r.id), by_id[silent.id])
    assert not rounds.can_remove_respondent(rounds.get_round(db, r.id), by_id[started.id])
    closed = rounds.set_round_status(db, r.id, "closed")
    assert not rounds.can_remove_respondent(closed, by_id[silent.id])
    with pytest.raises(ValidationError) as err:
        rounds.remove_respondent(db, silent.id)
    assert (err.value.code, err.value.params["action"]) == ("round_status", "remove respondents")
    assert len(rounds.list_respondents(db, r.id)) == 4  # nothing was removed
    rounds.set_round_status(db, r.id, "open")
    rounds.remove_respondent(db, silent.id)
    assert silent.id not in {x.id for x in rounds.list_respondents(db, r.id)}
