"""The action plan's view-model (ui/actionplan/model.py), without Qt: the plan, KPIs, decisions, warnings, buttons."""

from __future__ import annotations

from datetime import date

from healthdesk.framework import default_framework
from healthdesk.services import followup as svc
from healthdesk.services import partnerships, rounds
from healthdesk.ui.actionplan import model as vm
from tests.builders import make_partnership

AS_OF = date(2026, 6, 1)


def plan_of(db, partnership_id, read_only=False, as_of=AS_OF):
    p = partnerships.get_partnership(db, partnership_id)
    return vm.PlanView(p, svc.get_followup(db, partnership_id, as_of), read_only)


def test_an_empty_plan_offers_the_first_goal_and_the_workshop_once_there_is_a_round(db):
    p = make_partnership(db)
    view = plan_of(db, p.id)
    assert view.no_plan and view.no_kpis and view.no_decisions
    assert not view.offers_workshop and view.actions().workshop.why == vm.Why.NO_ROUND
    assert view.actions().new.enabled
    rounds.create_round(db, p.id, "2026 H1", date(2026, 1, 1))
    view = plan_of(db, p.id)
    assert view.offers_workshop and view.actions().workshop.enabled
    assert plan_of(db, p.id, read_only=True).actions().new.why == vm.Why.READ_ONLY
    assert vm.PlanView(None, None, False).actions().new.why == vm.Why.NO_PARTNERSHIP


def test_the_plan_tree_holds_goals_their_actions_and_the_actions_without_a_goal(db):
    p = make_partnership(db)
    top = svc.create_goal(db, p.id, svc.GoalInput(level="top", title="Grow", owner_a="Ann"))
    mid = svc.create_goal(db, p.id, svc.GoalInput(level="mid", title="Sell", parent_id=top.id, owner_b="Bo"))
    under = svc.create_action(db, p.id, svc.ActionInput(title="Call", goal_id=mid.id, owner_side="AB"))
    loose = svc.create_action(db, p.id, svc.ActionInput(title="Loose end"))
    rows = plan_of(db, p.id).rows
    assert [(r.kind, r.id) for r in rows] == [
        (vm.Kind.GOAL, top.id),
        (vm.Kind.GOAL, mid.id),
        (vm.Kind.ACTION, under.id),
        (vm.Kind.GROUP, None),
        (vm.Kind.ACTION, loose.id),
    ]
    by_id = {r.key: r for r in rows}
    assert by_id[(vm.Kind.GOAL, mid.id)].parent == (vm.Kind.GOAL, top.id)
    assert by_id[(vm.Kind.ACTION, under.id)].parent == (vm.Kind.GOAL, mid.id)
    assert by_id[(vm.Kind.ACTION, loose.id)].parent == (vm.Kind.GROUP, None)
    assert by_id[(vm.Kind.GOAL, top.id)].owners == (("CloudSoft", "Ann"),)
    assert by_id[(vm.Kind.GOAL, mid.id)].owners == (("HardCo", "Bo"),)


def test_an_overdue_action_stands_out_with_its_days_and_in_the_warnings(db):
    p = make_partnership(db)
    late = svc.create_action(db, p.id, svc.ActionInput(title="Late", due_date=date(2026, 5, 22)))
    svc.create_action(db, p.id, svc.ActionInput(title="Done", due_date=date(2026, 5, 1), status="done"))
    view = plan_of(db, p.id)
    rows = {r.title: r for r in view.rows if r.kind == vm.Kind.ACTION}
    assert rows["Late"].overdue and rows["Late"].days_overdue == 10
    assert not rows["Done"].overdue and rows["Done"].closed
    assert view.overdue == 1
    lines = vm.warning_lines(view.info)
    assert [(w.kind, w.action.id) for w in lines] == [(vm.Alert.OVERDUE, late.id)]


def test_kpi_states_breach_on_target_within_and_no_value(db):
    p = make_partnership(db)
    churn = svc.create_kpi(
        db, p.id, svc.KpiInput(name="Churn", alert_threshold=10, direction="above", target=5)
    )
    svc.record_kpi_value(db, churn.id, "2026 Q1", date(2026, 3, 31), 12)
    wins = svc.create_kpi(db, p.id, svc.KpiInput(name="Wins", alert_threshold=2, direction="below", target=5))
    svc.record_kpi_value(db, wins.id, "2026 Q1", date(2026, 3, 31), 6)
    leads = svc.create_kpi(
        db, p.id, svc.KpiInput(name="Leads", alert_threshold=2, direction="below", target=9)
    )
    svc.record_kpi_value(db, leads.id, "2026 Q1", date(2026, 3, 31), 4)
    svc.create_kpi(db, p.id, svc.KpiInput(name="Empty", alert_threshold=1))
    view = plan_of(db, p.id)
    states = {row.kpi.name: row.state for row in view.kpis}
    assert states == {
        "Churn": vm.KpiState.BREACH,
        "Wins": vm.KpiState.ON_TARGET,
        "Leads": vm.KpiState.WITHIN,
        "Empty": vm.KpiState.NO_VALUE,
    }
    assert [k.name for k in view.breaches] == ["Churn"]
    panel = vm.panel_view(view.info, p.id)
    assert panel.counts.kpi_breaches == 1 and panel.lines[0].kind == vm.Alert.BREACH and panel.more == 0
    svc.record_kpi_value(db, churn.id, "2026 Q2", date(2026, 5, 31), 4)
    values = vm.value_rows(plan_of(db, p.id).kpi(churn.id))
    assert [v.period for v in values] == ["2026 Q2", "2026 Q1"]  # latest first


def test_the_panel_lists_five_warnings_and_counts_the_rest(db):
    p = make_partnership(db)
    for n in range(7):
        svc.create_action(db, p.id, svc.ActionInput(title=f"Late {n}", due_date=date(2026, 1, 1)))
    panel = vm.panel_view(svc.get_followup(db, p.id, AS_OF), p.id)
    assert len(panel.lines) == vm.PanelView.MAX_LINES == 5 and panel.more == 2
    assert panel.counts.overdue_actions == 7 and panel.can_start_workshop
    assert not vm.panel_view(None, None).can_start_workshop


def test_buttons_follow_the_choice(db):
    p = make_partnership(db)
    top = svc.create_goal(db, p.id, svc.GoalInput(level="top", title="Grow"))
    short = svc.create_goal(db, p.id, svc.GoalInput(level="short", title="Now"))
    action = svc.create_action(db, p.id, svc.ActionInput(title="Call", goal_id=top.id))
    asked = svc.create_decision(db, p.id, svc.DecisionInput(text="Budget?"))
    taken = svc.create_decision(
        db, p.id, svc.DecisionInput(text="Go", status="taken", decided_on=date(2026, 5, 1))
    )
    view = plan_of(db, p.id)
    nothing = view.actions()
    assert nothing.edit.why == vm.Why.NOTHING_CHOSEN and nothing.new_subgoal.why == vm.Why.NOTHING_CHOSEN
    assert view.actions(("goal", top.id)).new_subgoal.enabled
    assert view.actions(("goal", short.id)).new_subgoal.why == vm.Why.SHORT_TERM
    assert view.actions(("action", action.id)).edit.enabled
    assert view.actions(decision_id=asked.id).take_decision.enabled
    assert view.actions(decision_id=taken.id).take_decision.why == vm.Why.TAKEN
    assert view.actions(decision_id=taken.id).decision.enabled
    requested = {row.decision.text: row.requested for row in view.decisions}
    assert requested == {"Budget?": True, "Go": False}
    # A new action goes under the chosen goal, or the chosen action's goal.
    assert view.goal_for_new_action(top.id, None) == top.id
    assert view.goal_for_new_action(None, action.id) == top.id
    assert view.goal_for_new_action(None, None) is None
    # Deleting a goal keeps what hangs under it; the question says how much.
    deletion = view.delete_goal(top.id)
    assert (deletion.children, deletion.actions) == (0, 1)


def test_dialog_helpers(db):
    assert vm.subgoal_level("top") == "mid" and vm.subgoal_level("mid") == "short"
    assert vm.quarter_of(date(2026, 11, 5)) == ("2026 Q3", date(2026, 9, 30))
    assert vm.quarter_of(date(2026, 2, 5)) == ("2025 Q4", date(2025, 12, 31))
    assert vm.quarter_end("2026 q1") == date(2026, 3, 31) and vm.quarter_end("spring") is None
    fw = default_framework()
    ind = fw.indicators[0]
    other = next(d for d in fw.dimensions if d.id != ind.dimension_id)
    assert vm.indicator_kept(fw, ind.id, ind.dimension_id) == ind.id
    assert vm.indicator_kept(fw, ind.id, other.id) == ""


def test_new_work_belongs_to_the_latest_round(db):
    p = make_partnership(db)
    assert vm.latest_round_id(p) is None
    rounds.create_round(db, p.id, "2025 H2", date(2025, 7, 1))
    latest = rounds.create_round(db, p.id, "2026 H1", date(2026, 1, 1))
    p = partnerships.get_partnership(db, p.id)
    assert vm.latest_round_id(p) == latest.id
    assert vm.framework_for(p, date(2026, 2, 1)).key == latest.framework_key


def test_the_page_reads_the_partnership_and_its_plan_at_once(db):
    p = make_partnership(db)
    goal = svc.create_goal(db, p.id, svc.GoalInput(level="top", title="Grow"))
    svc.create_action(db, p.id, svc.ActionInput(title="Late", due_date=date(2026, 3, 1)))
    data = vm.load_plan(db, p.id, AS_OF)
    assert data.partnership is not None and data.partnership.id == p.id
    assert [g.id for g in data.info.goals] == [goal.id]
    assert [a.title for a in data.info.overdue_actions] == ["Late"]  # the statuses as of the date
    assert vm.load_plan(db, p.id, date(2026, 2, 1)).info.overdue_actions == ()
    assert vm.load_plan(db, None, AS_OF) == vm.PlanData(None, None)
    assert vm.load_plan(db, 999_999, AS_OF) == vm.PlanData(None, None)  # gone: nothing to show
