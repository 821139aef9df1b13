"""Follow-up rules and use cases with hand-checked cases: KPI breaches above and below, overdue as of a date, the
blind rule, last round's actions with the aimed-at scores before and after, counts, undo of deletions."""

from __future__ import annotations

from datetime import date
from fractions import Fraction

import pytest

from healthdesk.analysis import followup as rules
from healthdesk.errors import NotFoundError, ValidationError
from healthdesk.services import followup as fu
from healthdesk.services import rounds
from healthdesk.services.validation import TEXT_CAP
from tests.builders import add_submitted, make_partnership

# -- the pure rules ------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "value, threshold, direction, breached",
    [
        (10.5, 10.0, "above", True),  # churn 10.5 % above a 10 % alert: discuss
        (10.0, 10.0, "above", False),  # exactly at the threshold is not above it
        (9.9, 10.0, "above", False),
        (58.0, 60.0, "below", True),  # completion 58 % below a 60 % alert
        (60.0, 60.0, "below", False),
        (61.0, 60.0, "below", False),
        (None, 60.0, "below", False),
    ],
)
def test_kpi_breach_is_strictly_beyond_the_threshold_in_its_direction(value, threshold, direction, breached):
    assert rules.kpi_breached(value, threshold, direction) is breached


@pytest.mark.parametrize(
    "due, status, as_of, overdue, days",
    [
        (date(2026, 3, 31), "planned", date(2026, 3, 31), False, 0),  # due today: not yet
        (date(2026, 3, 31), "planned", date(2026, 4, 1), True, 1),
        (date(2026, 3, 31), "in_progress", date(2026, 4, 30), True, 30),
        (date(2026, 3, 31), "done", date(2026, 4, 30), False, 0),
        (date(2026, 3, 31), "dropped", date(2026, 4, 30), False, 0),
        (None, "planned", date(2030, 1, 1), False, 0),
    ],
)
def test_overdue_as_of_a_date(due, status, as_of, overdue, days):
    assert rules.is_overdue(due, status, as_of) is overdue
    assert rules.days_overdue(due, status, as_of) == days


def test_blind_rule_needs_both_sides_at_the_threshold():
    assert rules.results_visible(False, 3, {"A": 0, "B": 0})
    assert not rules.results_visible(True, 3, {"A": 3, "B": 2})
    assert rules.sides_waiting(True, 3, {"A": 3, "B": 2}) == {"B": 1}
    assert rules.results_visible(True, 3, {"A": 3, "B": 3})


# -- use cases -----------------------------------------------------------------------------------------------


@pytest.fixture
def pid(db):
    return make_partnership(db).id


def test_kpi_latest_value_by_as_of_decides_the_breach(db, pid):
    churn = fu.create_kpi(db, pid, fu.KpiInput("Customer churn", "10", "above", unit="%", target=6))
    fu.record_kpi_value(db, churn.id, "2026 Q2", "2026-06-30", 12.5)
    info = fu.record_kpi_value(db, churn.id, "2026 Q3", date(2026, 9, 30), "8,5 %", note="after the fix")

    assert [x.value for x in info.values] == [12.5, 8.5]
    july = fu.get_followup(db, pid, as_of=date(2026, 7, 15)).kpis[0]
    assert july.latest.period == "2026 Q2" and july.breached and july.on_target is False
    october = fu.get_followup(db, pid, as_of=date(2026, 10, 1)).kpis[0]
    assert october.latest.period == "2026 Q3" and not october.breached
    assert [b.name for b in fu.kpi_breaches(db, date(2026, 7, 15))] == ["Customer churn"]
    assert fu.kpi_breaches(db, date(2026, 10, 1)) == []
    # before any period ended there is no latest value and no breach
    assert fu.get_followup(db, pid, as_of=date(2026, 6, 29)).kpis[0].latest is None

    # recording a period again replaces it
    again = fu.record_kpi_value(db, churn.id, "2026 Q3", "2026-09-30", 11)
    assert [x.value for x in again.values] == [12.5, 11.0]
    completion = fu.create_kpi(db, pid, fu.KpiInput("Course completion", 60, "below", unit="%"))
    fu.record_kpi_value(db, completion.id, "2026 Q3", "2026-09-30", 58)
    breaches = fu.kpi_breaches(db, date(2026, 10, 1), partnership_id=pid)
    assert {(b.name, b.value) for b in breaches} == {("Customer churn", 11.0), ("Course completion", 58.0)}


def test_overdue_actions_and_counts_per_partnership(db, pid):
    other = make_partnership(db, name="Other", code="OTH").id
    top = fu.create_goal(
        db, pid, fu.GoalInput("top", "Jointly lead smart factories", dimensions=["strategy"])
    )
    fu.create_goal(db, pid, fu.GoalInput("mid", "Co-develop 3 products", parent_id=top.id, status="done"))
    late = fu.create_action(db, pid, fu.ActionInput("Sign the data-sharing annex", due_date="2026-03-31"))
    fu.create_action(db, pid, fu.ActionInput("Pilot at Plant 2", due_date="2026-05-31", status="in_progress"))
    fu.create_action(db, pid, fu.ActionInput("Done early", due_date="2026-01-31", status="done"))
    fu.create_decision(db, pid, fu.DecisionInput("Approve the 2027 joint budget"))
    fu.create_decision(
        db,
        pid,
        fu.DecisionInput("Name the JPT lead", decided_by="jpt", status="taken", decided_on="2026-02-01"),
    )

    counts = fu.followup_counts(db, as_of=date(2026, 4, 15))
    assert counts[pid] == fu.Counts(open_goals=1, overdue_actions=1, kpi_breaches=0, decisions_requested=1)
    assert counts[other] == fu.Counts()
    assert fu.followup_counts(db, as_of=date(2026, 6, 1))[pid].overdue_actions == 2
    assert fu.followup_counts(db, as_of=date(2026, 3, 31))[pid].overdue_actions == 0

    view = fu.get_followup(db, pid, as_of=date(2026, 4, 15))
    assert [a.title for a in view.overdue_actions] == [late.title]
    assert view.overdue_actions[0].days_overdue == 15
    assert view.counts == counts[pid]
    fu.set_action_status(db, late.id, "done")
    assert fu.followup_counts(db, as_of=date(2026, 4, 15))[pid].overdue_actions == 0


def test_goal_tree_levels_and_links(db, pid):
    top = fu.create_goal(db, pid, fu.GoalInput("top", "Lead the segment", owner_a="陈思远", owner_b="郑国华"))
    mid = fu.create_goal(db, pid, fu.GoalInput("mid", "Three joint products", parent_id=top.id))
    short = fu.create_goal(
        db, pid, fu.GoalInput("short", "First pilot in Q3", parent_id=mid.id, indicator_id="trust")
    )
    assert short.dimensions == ("relationship",)  # the indicator's dimension is added
    with pytest.raises(ValidationError) as err:
        fu.create_goal(db, pid, fu.GoalInput("top", "A top goal under a mid goal", parent_id=mid.id))
    assert err.value.code == "goal_parent"
    with pytest.raises(ValidationError) as err:
        fu.update_goal(db, mid.id, fu.GoalInput("short", "Three joint products", parent_id=top.id))
    assert err.value.code == "goal_children"  # a short goal cannot hold a short goal
    tree = fu.get_followup(db, pid).goals
    assert [g.title for g in tree] == ["Lead the segment", "Three joint products", "First pilot in Q3"]


def test_inputs_are_validated_with_typed_errors(db, pid):
    cases = [
        (lambda: fu.create_goal(db, pid, fu.GoalInput("top", "  ")), "required"),
        (lambda: fu.create_goal(db, pid, fu.GoalInput("huge", "x")), "invalid_choice"),
        (lambda: fu.create_goal(db, pid, fu.GoalInput("top", "x", dimensions=["nope"])), "invalid_choice"),
        (lambda: fu.create_goal(db, pid, fu.GoalInput("top", "x", target="y" * (TEXT_CAP + 1))), "too_long"),
        (lambda: fu.create_action(db, pid, fu.ActionInput("x", due_date="31/03/2026")), "invalid_date"),
        (lambda: fu.create_action(db, pid, fu.ActionInput("x", owner_side="C")), "invalid_choice"),
        (lambda: fu.create_action(db, pid, fu.ActionInput("x", notes="n" * (TEXT_CAP + 1))), "too_long"),
        (lambda: fu.create_action(db, pid, fu.ActionInput("x", indicator_id="mood")), "unknown_indicator"),
        (lambda: fu.create_kpi(db, pid, fu.KpiInput("Churn", "ten")), "not_a_number"),
        (lambda: fu.create_kpi(db, pid, fu.KpiInput("Churn", float("nan"))), "not_a_number"),
        (lambda: fu.create_kpi(db, pid, fu.KpiInput("Churn", 10, "sideways")), "invalid_choice"),
        (lambda: fu.create_decision(db, pid, fu.DecisionInput("x", status="taken")), "required"),
        (lambda: fu.create_decision(db, pid, fu.DecisionInput("x", decided_by="ceo")), "invalid_choice"),
    ]
    for call, code in cases:
        with pytest.raises(ValidationError) as err:
            call()
        assert err.value.code == code, (code, err.value)
    fu.create_kpi(db, pid, fu.KpiInput("Churn", 10))
    with pytest.raises(ValidationError) as err:
        fu.create_kpi(db, pid, fu.KpiInput("churn", 12))
    assert err.value.code == "duplicate_kpi"
    assert "already exists" in err.value.message_en()
    other = make_partnership(db, name="Other", code="OTH").id
    goal = fu.create_goal(db, other, fu.GoalInput("top", "Theirs"))
    with pytest.raises(ValidationError) as err:
        fu.create_action(db, pid, fu.ActionInput("Mine", goal_id=goal.id))
    assert err.value.code == "wrong_partnership"
    with pytest.raises(NotFoundError):
        fu.delete_action(db, 999)
    assert fu.get_followup(db, pid).actions == ()


def test_deleting_can_be_undone_with_links_and_only_once(db, pid):
    top = fu.create_goal(db, pid, fu.GoalInput("top", "Lead"))
    mid = fu.create_goal(db, pid, fu.GoalInput("mid", "Products", parent_id=top.id))
    act = fu.create_action(db, pid, fu.ActionInput("Pilot", goal_id=top.id, due_date="2026-05-01"))
    deleted = fu.delete_goal(db, top.id)
    view = fu.get_followup(db, pid)
    assert [g.id for g in view.goals] == [mid.id] and view.goals[0].parent_id is None
    assert view.actions[0].goal_id is None  # the action stays in the plan

    fu.restore_goal(db, deleted)
    fu.restore_goal(db, deleted)  # a second undo changes nothing
    view = fu.get_followup(db, pid)
    assert [g.id for g in view.goals] == [top.id, mid.id]
    assert view.goals[1].parent_id == top.id and view.actions[0].goal_id == top.id

    kpi = fu.create_kpi(db, pid, fu.KpiInput("Churn", 10))
    fu.record_kpi_value(db, kpi.id, "2026 Q1", "2026-03-31", 11)
    gone = fu.delete_kpi(db, kpi.id)
    assert fu.get_followup(db, pid).kpis == ()
    back = fu.restore_kpi(db, gone, as_of=date(2026, 4, 1))
    assert back.breached and [x.value for x in back.values] == [11.0]

    act_gone = fu.delete_action(db, act.id)
    assert fu.restore_action(db, act_gone).title == "Pilot"
    dec = fu.create_decision(db, pid, fu.DecisionInput("Budget"))
    fu.restore_decision(db, fu.delete_decision(db, dec.id))
    assert [d.text for d in fu.get_followup(db, pid).decisions] == ["Budget"]


def _two_rounds(db, pid):
    """Round 1: both sides score the relationship indicators 2 (everything else 3). Round 2: side A scores them 4,
    side B 3. So relationship joint 2 -> 3.5 (+1.5, up); trust 2 -> 3.5; finance 3 -> 3 (flat)."""
    low = {"decision_conflicts": 2, "trust": 2}
    r1 = rounds.create_round(db, pid, "2025 H2", "2025-11-01")
    add_submitted(db, r1.id, "A", [low] * 3)
    add_submitted(db, r1.id, "B", [low] * 3)
    rounds.set_round_status(db, r1.id, "closed")
    r2 = rounds.create_round(db, pid, "2026 H1", "2026-05-01")
    add_submitted(db, r2.id, "A", [{"decision_conflicts": 4, "trust": 4}] * 3)
    add_submitted(db, r2.id, "B", [{"decision_conflicts": 3, "trust": 3}] * 3)
    return r1, r2


def test_last_round_actions_show_what_moved_before_and_after(db, pid):
    r1, r2 = _two_rounds(db, pid)
    fu.create_action(
        db,
        pid,
        fu.ActionInput("Monthly JMC trust check", dimension_id="relationship", round_id=r1.id, status="done"),
    )
    fu.create_action(
        db,
        pid,
        fu.ActionInput("Joint price list", dimension_id="finance", round_id=r1.id, due_date="2026-03-31"),
    )
    fu.create_goal(db, pid, fu.GoalInput("short", "Trust back to 3.5", indicator_id="trust", round_id=r1.id))
    fu.create_action(db, pid, fu.ActionInput("Set in this round", round_id=r2.id))

    review = fu.last_round_review(db, pid, as_of=date(2026, 6, 1))
    assert review.previous.id == r1.id and review.current.id == r2.id and review.visible
    by_title = {i.work.title: i for i in review.items}
    assert set(by_title) == {"Monthly JMC trust check", "Joint price list", "Trust back to 3.5"}
    rel = by_title["Monthly JMC trust check"]
    assert rel.done and not rel.overdue
    (m,) = rel.movements
    assert (m.dimension_id, m.before, m.after, m.delta, m.direction) == (
        "relationship",
        Fraction(2),
        Fraction(7, 2),
        Fraction(3, 2),
        "up",
    )
    assert m.before_sides == {"A": 2, "B": 2} and m.after_sides == {"A": 4, "B": 3}
    price = by_title["Joint price list"]
    assert price.overdue and not price.done
    assert price.movements[0].direction == "flat" and price.movements[0].delta == 0
    trust = by_title["Trust back to 3.5"].movements[0]
    assert (trust.indicator_id, trust.before, trust.after) == ("trust", 2, Fraction(7, 2))
    assert review.done == 1
    # the first round has no earlier round to look back on
    assert fu.last_round_review(db, pid, round_id=r1.id) is None


def test_blind_round_hides_results_everywhere_the_workshop_looks(db, pid):
    r1, r2 = _two_rounds(db, pid)
    fu.create_action(db, pid, fu.ActionInput("Trust check", dimension_id="relationship", round_id=r1.id))
    r3 = rounds.create_round(db, pid, "2026 H2", "2026-11-01", blind=True)
    add_submitted(db, r3.id, "A", [4, 4, 4], prefix="n")
    add_submitted(db, r3.id, "B", [4, 4], prefix="n")
    # round 3 looks back at round 1's work only if round 2 set none; give round 2 some
    fu.create_action(db, pid, fu.ActionInput("Joint pipeline", dimension_id="finance", round_id=r2.id))

    data = fu.workshop_data(db, pid, as_of=date(2026, 11, 20))
    assert data.round.id == r3.id and not data.visible and data.summary is None
    assert data.waiting == {"B": 1}
    assert not fu.results_visible(data.round)
    with pytest.raises(ValidationError) as err:
        fu.check_results_visible(data.round)
    assert err.value.code == "results_blind" and "B: 1" in err.value.message_en()
    item = data.review.items[0]
    assert data.review.previous.id == r2.id and not data.review.visible
    assert item.movements[0].before is not None and item.movements[0].after is None

    add_submitted(db, r3.id, "B", [4], prefix="late")
    data = fu.workshop_data(db, pid, as_of=date(2026, 11, 20))
    assert data.visible and data.summary is not None and data.review.visible
    assert data.review.items[0].movements[0].after is not None


def test_report_follow_up_fits_the_review(db, pid):
    fu.create_goal(db, pid, fu.GoalInput("top", "Lead", dimensions=["strategy", "innovation"]))
    fu.create_action(db, pid, fu.ActionInput("Late one", owner="Li", owner_side="B", due_date="2026-01-31"))
    kpi = fu.create_kpi(db, pid, fu.KpiInput("Churn", 10))
    fu.record_kpi_value(db, kpi.id, "2026 Q1", "2026-03-31", 12)
    fu.create_decision(db, pid, fu.DecisionInput("Budget"))
    fu.create_decision(db, pid, fu.DecisionInput("Lead", status="taken", decided_on="2026-02-02"))

    report = fu.followup_for_report(db, pid, as_of=date(2026, 4, 1))
    assert report.actions[0].overdue and report.kpis[0].breached and report.kpis[0].latest.value == 12
    assert [d.text for d in report.decisions_requested] == ["Budget"]
    assert [d.text for d in report.decisions_taken] == ["Lead"]
    assert report.counts.kpi_breaches == 1 and not report.empty

    shaped = fu.as_review_follow_up(report)
    assert shaped.goals[0].dimension == "strategy" and shaped.goals[0].status == "open"
    assert shaped.actions[0].side == "B" and shaped.actions[0].days_overdue == 60
    assert [d.status for d in shaped.decisions] == ["requested", "decided"]
    assert shaped.decisions[0].decided_on is None
    assert [(k.latest_value, k.breached) for k in shaped.kpis] == [(12, True)]


# -- command line --------------------------------------------------------------------------------------------


def test_actions_command_lists_the_tree_and_marks_overdue_and_breaches(data_dir, capsys):
    import json

    from healthdesk.cli import main
    from healthdesk.models.db import Database

    db = Database.open(data_dir)
    pid = make_partnership(db).id
    top = fu.create_goal(db, pid, fu.GoalInput("top", "Lead smart factories", owner_a="Chen"))
    fu.create_goal(db, pid, fu.GoalInput("mid", "Three joint products", parent_id=top.id))
    fu.create_action(db, pid, fu.ActionInput("Sign annex", due_date="2026-03-31", goal_id=top.id))
    kpi = fu.create_kpi(db, pid, fu.KpiInput("Customer churn", 10, unit="%"))
    fu.record_kpi_value(db, kpi.id, "2026 Q1", "2026-03-31", 12.5)
    fu.create_decision(db, pid, fu.DecisionInput("Approve budget"))
    db.close()

    assert main(["--data-dir", str(data_dir), "actions", "CSHC", "--as-of", "2026-04-10"]) == 0
    out = capsys.readouterr().out
    assert "- [top-level] Lead smart factories" in out
    assert "    - [mid-term] Three joint products" in out  # indented under its parent
    assert "! OVERDUE 10 d  Sign annex" in out
    assert "Customer churn: 12.5 % (2026 Q1); alert when above 10 %  BREACH ✕" in out
    assert "[requested] JMC: Approve budget" in out
    assert "1 overdue action, 1 KPI breach, 1 decision requested" in out

    assert main(["--data-dir", str(data_dir), "actions", "CSHC", "--json", "--as-of", "2026-03-31"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["goals"][0]["children"][0]["title"] == "Three joint products"
    assert data["actions"][0]["overdue"] is False  # due that very day
    assert data["kpis"][0]["latest"]["value"] == 12.5 and data["kpis"][0]["breached"]
    assert data["counts"] == {
        "open_goals": 2,
        "overdue_actions": 0,
        "kpi_breaches": 1,
        "decisions_requested": 1,
    }

    assert main(["--data-dir", str(data_dir), "actions", "NOPE"]) == 1
    assert "partnership not found: NOPE" in capsys.readouterr().err


def test_workshop_opens_on_the_latest_round_started_by_the_date(db):
    p = make_partnership(db)
    first = rounds.create_round(db, p.id, "2026 H1", "2026-01-15")
    add_submitted(db, first.id, "A", [4, 4, 4])
    add_submitted(db, first.id, "B", [3, 3, 3])
    rounds.create_round(db, p.id, "2026 H2", "2026-07-15")  # planned, not started on 2026-05-01
    assert fu.workshop_data(db, p.id, as_of=date(2026, 5, 1)).round.label == "2026 H1"
    assert fu.workshop_data(db, p.id, as_of=date(2026, 8, 1)).round.label == "2026 H2"
