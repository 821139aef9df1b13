"""One validation for every way data comes in: a history file that breaks a rule the services enforce is refused
whole, with the reason, and the database is unchanged (issue 12, section 4)."""

from __future__ import annotations

import json
from datetime import date

import pytest

from healthdesk.errors import HealthDeskError
from healthdesk.framework import default_framework
from healthdesk.models.db import Database
from healthdesk.models.entities import Round
from healthdesk.services import exchange, followup, responses, rounds
from healthdesk.services import validation as v
from tests.builders import add_submitted, make_partnership
from tests.test_exchange_support import dump, read_doc, write_doc

FW = default_framework()
IND = [ind.id for ind in FW.indicators]
DIM = [dim.id for dim in FW.dimensions]


@pytest.fixture(scope="module")
def history(tmp_path_factory):
    """A valid history file (as a dict) with rounds, responses, a goal tree, an action, a KPI and a decision."""
    root = tmp_path_factory.mktemp("rules")
    db = Database.open(root / "src")
    try:
        p = make_partnership(db)
        r1 = rounds.create_round(db, p.id, "2025 H1", date(2025, 1, 15))
        add_submitted(db, r1.id, "A", [4, 4, 3])
        add_submitted(db, r1.id, "B", [3, 2, 3])
        rounds.set_round_status(db, r1.id, "closed")
        r2 = rounds.create_round(db, p.id, "2025 H2", date(2025, 7, 1), end_date=date(2025, 9, 30))
        who = rounds.add_respondent(db, r2.id, "Ana", "A")
        responses.record_answer(db, who.id, IND[0], 4)
        top = followup.create_goal(
            db, p.id, followup.GoalInput("top", "Lead the segment", dimensions=[DIM[0]])
        )
        mid = followup.create_goal(db, p.id, followup.GoalInput("mid", "3 products", parent_id=top.id))
        followup.create_goal(db, p.id, followup.GoalInput("short", "Pilot", parent_id=mid.id))
        followup.create_action(
            db,
            p.id,
            followup.ActionInput("Pilot in Q3", owner_side="AB", indicator_id=IND[0], goal_id=top.id),
        )
        followup.create_kpi(db, p.id, followup.KpiInput("Churn", 10, dimension_id=DIM[1]))
        followup.create_kpi(db, p.id, followup.KpiInput("Uptime", 99))
        followup.create_decision(
            db, p.id, followup.DecisionInput("Fund the lab", status="taken", decided_on=date(2025, 7, 2))
        )
        path = exchange.export_data(db, p.id, None, "json", root / "history.json")
        return read_doc(path)
    finally:
        db.close()


def _response(d, rnd=0, who=0):
    return d["rounds"][rnd]["respondents"][who]["response"]


def _set_goal_parents(d, pairs):
    for index, parent in pairs:
        d["goals"][index]["parent"] = parent


# (rule the services enforce, what breaks it in a history file, the services' error code)
BREAKS = [
    ("threshold below 3 needs a reason", lambda d: d["rounds"][0].update(threshold=2, threshold_note=""), "required"),
    ("threshold 1 to 50", lambda d: d["rounds"][0].update(threshold=0), "threshold_range"),
    ("threshold 1 to 50 (high)", lambda d: d["rounds"][0].update(threshold=51), "threshold_range"),
    ("round ends after it starts", lambda d: d["rounds"][1].update(end_date="2025-06-30"), "date_order"),
    ("score 1 to 5", lambda d: _response(d)["answers"][0].update(score=6), "score_range"),
    ("score 1 to 5, whole", lambda d: _response(d)["answers"][0].update(score=2.5), "score_range"),
    (
        "score or not applicable, not both",
        lambda d: _response(d)["answers"][0].update(score=3, not_applicable=True),
        "score_range",
    ),
    ("submitted means complete (no answers)", lambda d: _response(d).update(answers=[]), "response_incomplete"),
    (
        "submitted means complete (one missing)",
        lambda d: _response(d).update(answers=_response(d)["answers"][1:]),
        "response_incomplete",
    ),
    (
        "submitted means complete (one unanswered)",
        lambda d: _response(d)["answers"][0].update(score=None, not_applicable=False),
        "response_incomplete",
    ),
    ("goals form no cycle", lambda d: _set_goal_parents(d, [(0, 2), (1, 1)]), "goal_parent"),
    ("a goal is not its own parent", lambda d: _set_goal_parents(d, [(1, 2)]), "goal_parent"),
    ("a goal sits under a higher level", lambda d: _set_goal_parents(d, [(2, 1), (1, 3)]), "goal_parent"),
    ("same level is no parent", lambda d: d["goals"][2].update(level="mid"), "goal_parent"),
    ("goal dimensions of the framework", lambda d: d["goals"][0].update(dimensions="nowhere"), "invalid_choice"),
    ("goal indicator of the framework", lambda d: d["goals"][1].update(indicator_id="x.9"), "unknown_indicator"),
    ("action dimension of the framework", lambda d: d["actions"][0].update(dimension_id="nowhere", indicator_id=""), "invalid_choice"),
    ("action indicator of the framework", lambda d: d["actions"][0].update(indicator_id="x.9"), "unknown_indicator"),
    ("KPI names unique whatever the case", lambda d: d["kpis"][1].update(name="CHURN"), "duplicate_kpi"),
    ("KPI dimension of the framework", lambda d: d["kpis"][0].update(dimension_id="nowhere"), "invalid_choice"),
    ("a taken decision has its date", lambda d: d["decisions"][0].update(decided_on=None), "required"),
]  # fmt: skip


@pytest.mark.parametrize(("rule", "change", "code"), BREAKS, ids=[b[0] for b in BREAKS])
def test_a_history_file_that_breaks_a_rule_is_refused_whole(history, tmp_path, rule, change, code):
    target = Database.open(tmp_path / "target")
    try:
        before = dump(target)
        doc = json.loads(json.dumps(history))
        change(doc)
        with pytest.raises(HealthDeskError) as err:
            exchange.import_data(target, write_doc(tmp_path / "bad.json", doc))
        assert err.value.code == "breaks_rule", err.value.message_en()
        assert err.value.params["rule"] == code
        message = err.value.message_en()
        assert "Nothing was imported" in message and err.value.params["where"] in message
        assert dump(target) == before
        # The unchanged file imports: the refusal was the rule, nothing else.
        assert exchange.import_data(target, write_doc(tmp_path / "good.json", history)).rounds == 2
    finally:
        target.close()


def test_the_services_and_the_importers_share_the_rule_functions():
    """No copies: the follow-up service's checks are the validation module's functions."""
    assert followup._check_dimension is v.check_dimension
    assert followup._check_indicator is v.check_indicator
    assert followup.LEVEL_RANK is v.GOAL_LEVEL_RANK


def test_the_services_refuse_what_the_importer_refuses(db):
    """The same rules seen from the app: a lowered threshold without a reason, a goal under a goal of its level,
    an incomplete submission."""
    p = make_partnership(db)
    with pytest.raises(HealthDeskError) as err:
        rounds.create_round(db, p.id, "R", date(2025, 1, 1), threshold=2)
    assert err.value.code == "required"
    mid = followup.create_goal(db, p.id, followup.GoalInput("mid", "m"))
    with pytest.raises(HealthDeskError) as err:
        followup.create_goal(db, p.id, followup.GoalInput("mid", "m2", parent_id=mid.id))
    assert err.value.code == "goal_parent"
    r = rounds.create_round(db, p.id, "R", date(2025, 1, 1))
    who = rounds.add_respondent(db, r.id, "Ana", "A")
    responses.record_answer(db, who.id, IND[0], 4)
    with pytest.raises(HealthDeskError) as err:
        responses.submit_response(db, who.id)
    assert err.value.code == "response_incomplete"


def test_an_older_history_file_imports_with_sharing_only_once_closed(history, tmp_path):
    """Format version 1 had no round setting: its rounds import with "share results only once the round is
    closed" on (the safe side)."""
    old = json.loads(json.dumps(history))
    old["format_version"] = 1
    for rnd in old["rounds"]:
        rnd.pop("share_when_closed")
        rnd.pop("key_messages")  # version 3
    target = Database.open(tmp_path / "target")
    try:
        pid = exchange.import_data(target, write_doc(tmp_path / "old.json", old)).partnership_id
        with target.reading() as session:
            rows = session.query(Round).filter_by(partnership_id=pid).all()
            assert rows and all(r.share_when_closed for r in rows)
    finally:
        target.close()


def test_the_round_setting_travels_in_the_history_file(history, tmp_path):
    assert history["format_version"] == 3
    doc = json.loads(json.dumps(history))
    assert all(r["share_when_closed"] is True for r in doc["rounds"])
    doc["rounds"][1]["share_when_closed"] = False
    target = Database.open(tmp_path / "target")
    try:
        pid = exchange.import_data(target, write_doc(tmp_path / "h.json", doc)).partnership_id
        with target.reading() as session:
            setting = {
                r.label: r.share_when_closed for r in session.query(Round).filter_by(partnership_id=pid)
            }
        assert setting == {"2025 H1": True, "2025 H2": False}
        doc["rounds"][1].pop("share_when_closed")  # a version 2 file must say it
        second = Database.open(tmp_path / "t2")
        try:
            with pytest.raises(HealthDeskError) as err:
                exchange.import_data(second, write_doc(tmp_path / "h2.json", doc))
            assert err.value.code == "bad_field"
        finally:
            second.close()
    finally:
        target.close()
