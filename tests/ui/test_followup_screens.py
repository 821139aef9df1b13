"""The action plan, joint KPIs and decisions screens, and the dashboard's follow-up panel: warnings for KPI
breaches and overdue work, editing through dialogs with typed errors, deleting that asks first and can be undone."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate

from healthdesk.services import followup as fu
from healthdesk.ui.actionplan.page import FollowUpPage, FollowUpPanel
from healthdesk.ui.common import tasks
from tests.builders import make_partnership

AS_OF = QDate(2026, 4, 15)


def _plan(db):
    p = make_partnership(db)
    top = fu.create_goal(
        db, p.id, fu.GoalInput("top", "Lead smart factories", owner_a="Chen", owner_b="Zheng")
    )
    fu.create_goal(
        db, p.id, fu.GoalInput("mid", "Three joint products", parent_id=top.id, dimensions=["innovation"])
    )
    fu.create_action(
        db, p.id, fu.ActionInput("Sign the data annex", owner="Zhou", due_date="2026-03-31", goal_id=top.id)
    )
    fu.create_action(db, p.id, fu.ActionInput("Loose action", due_date="2026-12-31"))
    churn = fu.create_kpi(db, p.id, fu.KpiInput("Customer churn", 10, "above", unit="%", target=6))
    fu.record_kpi_value(db, churn.id, "2026 Q1", "2026-03-31", 12.5)
    fu.create_kpi(db, p.id, fu.KpiInput("Delivery time", 120, "above", unit="days"))
    fu.create_decision(db, p.id, fu.DecisionInput("Approve the 2027 budget"))
    return p


def _page(ctx, qtbot, pid):
    page = FollowUpPage(ctx)
    qtbot.addWidget(page)
    page.as_of_edit.setDate(AS_OF)
    page.show_partnership(pid)
    page.resize(1366, 768)
    page.show()
    qtbot.waitUntil(tasks.idle)  # the plan is read on the background queue
    return page


def _tree_rows(page):
    out = {}
    it = [page.tree.topLevelItem(i) for i in range(page.tree.topLevelItemCount())]
    while it:
        item = it.pop(0)
        out[item.text(0)] = item
        it += [item.child(i) for i in range(item.childCount())]
    return out


def test_kpi_breach_and_overdue_actions_stand_out(ctx, qtbot, dialogs):
    p = _plan(ctx.db)
    page = _page(ctx, qtbot, p.id)
    banner = page.banner.text()
    assert "Customer churn: 12.5 % in 2026 Q1 is above 10 %, the alert threshold: discuss it." in banner
    assert "1 action overdue as of 2026-04-15." in banner

    rows = _tree_rows(page)
    overdue = rows["▸ Sign the data annex"]
    assert overdue.parent() is rows["◆ Top-level: Lead smart factories"]  # actions under their goal
    assert "overdue 15 d" in overdue.text(3)
    assert overdue.background(0).color().name() == "#fdecea"
    assert "overdue" not in rows["▸ Loose action"].text(3)
    assert rows["◆ Mid-term: Three joint products"].parent() is rows["◆ Top-level: Lead smart factories"]

    states = {page.kpi_table.item(r, 0).text(): page.kpi_table.item(r, 4).text() for r in range(2)}
    assert states == {"Customer churn": "✕ Breach: discuss", "Delivery time": ""}
    # as of an earlier date, the churn value had not been reported yet: no warning
    page.as_of_edit.setDate(QDate(2026, 3, 30))
    assert "Customer churn" not in page.banner.text()


def test_goals_actions_kpis_and_decisions_are_edited_through_dialogs(ctx, qtbot, dialogs):
    p = _plan(ctx.db)
    page = _page(ctx, qtbot, p.id)

    dialog = page.goal_dialog()
    assert not dialog.submit()  # no title
    assert dialog.error_banner.text() == "Goal is required"
    dialog.title_edit.setText("First pilot in Q3")
    dialog.level_combo.setCurrentIndex(dialog.level_combo.findData("short"))
    dialog.parent_combo.setCurrentIndex(dialog.parent_combo.findText("Three joint products"))
    dialog.due.set_value(date(2026, 9, 30))
    dialog.set_dimensions(("operations",))
    assert dialog.submit()
    page.reload()
    pilot = next(g for g in page.info.goals if g.title == "First pilot in Q3")
    assert pilot.dimensions == ("operations",) and pilot.due_date == date(2026, 9, 30)

    page.select("goal", pilot.id)
    dialog = page.action_dialog(goal_id=pilot.id)
    dialog.title_edit.setText("Book the plant")
    dialog.side_combo.setCurrentIndex(dialog.side_combo.findData("B"))
    assert dialog.submit()
    page.reload()
    action = next(a for a in page.info.actions if a.title == "Book the plant")
    assert action.goal_id == pilot.id and action.owner_side == "B" and action.dimension_id == "operations"

    from healthdesk.ui.actionplan.forms import KpiDialog, KpiValueDialog

    kpi_dialog = KpiDialog(ctx, page.partnership, page.framework, parent=page)
    kpi_dialog.name_edit.setText("Completion")
    kpi_dialog.threshold_edit.setText("sixty")
    assert not kpi_dialog.submit()
    assert kpi_dialog.error_banner.text() == "Alert threshold must be a number (got 'sixty')"
    kpi_dialog.threshold_edit.setText("60")
    kpi_dialog.direction_combo.setCurrentIndex(kpi_dialog.direction_combo.findData("below"))
    assert kpi_dialog.submit()
    page.reload()
    completion = next(k for k in page.info.kpis if k.name == "Completion")
    value_dialog = KpiValueDialog(ctx, page.partnership, page.framework, completion, parent=page)
    value_dialog.period_edit.clear()
    qtbot.keyClicks(value_dialog.period_edit, "2026 Q1")  # the period's end follows the quarter typed
    assert value_dialog.end_edit.date() == QDate(2026, 3, 31)
    value_dialog.value_edit.setText("55")
    assert value_dialog.submit()
    page.reload()
    assert "Completion: 55 in 2026 Q1 is below 60" in page.banner.text()

    page.tabs.setCurrentIndex(2)
    page.decision_table.selectRow(0)
    assert page.take_button.isEnabled()
    decision = page.selected_decision()
    from healthdesk.ui.actionplan.forms import DecisionDialog

    dd = DecisionDialog(ctx, page.partnership, page.framework, decision, parent=page)
    dd.status_combo.setCurrentIndex(dd.status_combo.findData("taken"))
    assert dd.date_edit.value() == date.today()  # a taken decision gets a date
    assert dd.submit()
    page.reload()
    assert page.info.decisions[0].status == "taken"


def test_deleting_asks_first_and_can_be_undone(ctx, qtbot, dialogs):
    p = _plan(ctx.db)
    page = _page(ctx, qtbot, p.id)
    top = next(g for g in page.info.goals if g.level == "top")
    page.select("goal", top.id)

    dialogs.answer = False
    page.delete_selected()
    assert "stay in the plan" in dialogs.confirms[-1]
    assert len(fu.get_followup(ctx.db, p.id).goals) == 2  # refused: nothing deleted

    dialogs.answer = True
    page.delete_selected()
    assert [g.title for g in fu.get_followup(ctx.db, p.id).goals] == ["Three joint products"]
    assert page.undo_button.isVisible() and "Deleted “Lead smart factories”" in page.status.text()
    page.undo()
    view = fu.get_followup(ctx.db, p.id)
    assert [g.title for g in view.goals] == ["Lead smart factories", "Three joint products"]
    assert view.goals[1].parent_id == top.id
    assert next(a for a in view.actions if a.title == "Sign the data annex").goal_id == top.id

    page.tabs.setCurrentIndex(1)
    page.select_kpi(next(k.id for k in page.info.kpis if k.name == "Customer churn"))
    page.delete_kpi()
    assert "with its 1 recorded value?" in dialogs.confirms[-1]
    assert [k.name for k in fu.get_followup(ctx.db, p.id).kpis] == ["Delivery time"]
    page.undo()
    churn = next(k for k in fu.get_followup(ctx.db, p.id).kpis if k.name == "Customer churn")
    assert [v.value for v in churn.values] == [12.5]


def test_undo_through_the_main_window(ctx, qtbot, main_window, dialogs):
    p = _plan(ctx.db)
    page = FollowUpPage(ctx)
    main_window.stack.addWidget(page)
    main_window.stack.setCurrentWidget(page)
    page.as_of_edit.setDate(AS_OF)
    page.show_partnership(p.id)
    qtbot.waitUntil(tasks.idle)  # the plan is read on the background queue
    page.tabs.setCurrentIndex(2)
    page.decision_table.selectRow(0)
    page.delete_decision()
    assert fu.get_followup(ctx.db, p.id).decisions == ()
    main_window.undo()
    assert [d.text for d in fu.get_followup(ctx.db, p.id).decisions] == ["Approve the 2027 budget"]
    page.undo()  # the same undo from the page changes nothing more
    assert len(fu.get_followup(ctx.db, p.id).decisions) == 1


def test_panel_counts_and_warnings_for_the_dashboard(ctx, qtbot, dialogs, settle):
    p = _plan(ctx.db)
    panel = FollowUpPanel(ctx)
    qtbot.addWidget(panel)
    panel.show_partnership(p.id, as_of=date(2026, 4, 15))
    settle()  # read on the background queue
    values = {k: t.value.text() for k, t in panel.tiles.items()}
    assert values == {"goals": "2", "overdue": "✕ 1", "breaches": "✕ 1", "decisions": "1"}
    lines = panel.warning_lines()
    assert (
        lines[0].startswith("Customer churn: 12.5 %")
        and lines[1] == "Overdue by 15 days: Sign the data annex (Zhou)"
    )
    opened = []
    panel.open_requested.connect(opened.append)
    panel.open_button.click()
    assert opened == ["plan"]
    # a change anywhere in the app updates the panel
    fu.create_decision(ctx.db, p.id, fu.DecisionInput("Exclusivity"))
    ctx.data_changed.emit()
    qtbot.waitUntil(lambda: panel.tiles["decisions"].value.text() == "2")


def test_chinese_texts_and_errors(ctx_zh, qtbot, dialogs, settle):
    p = _plan(ctx_zh.db)
    page = _page(ctx_zh, qtbot, p.id)
    assert page.tabs.tabText(1) == "联合 KPI"
    panel = FollowUpPanel(ctx_zh)
    qtbot.addWidget(panel)
    panel.show_partnership(p.id, as_of=date(2026, 4, 15))
    settle()
    assert any(line.endswith("Sign the data annex（Zhou）") for line in panel.warning_lines())  # full-width
    assert "客户流失" not in page.banner.text()  # user data stays as typed
    assert "预警阈值" in page.banner.text()
    dialog = page.goal_dialog()
    dialog.submit()
    assert dialog.error_banner.text() == "目标为必填项"


def test_one_line_kpis_and_decisions_keep_one_line_rows(ctx, qtbot, dialogs):
    """Rows are sized for the width the table has on screen, not for the narrow width it had while hidden."""
    p = _plan(ctx.db)
    text = "Extend exclusivity to new-energy vehicle parts, or keep it to the two current segments"
    fu.create_decision(ctx.db, p.id, fu.DecisionInput(text, follow_up="Needed at the December JMC meeting"))
    page = _page(ctx, qtbot, p.id)
    for tab, table in ((1, page.kpi_table), (2, page.decision_table)):
        page.tabs.setCurrentIndex(tab)
        qtbot.waitExposed(table)
        line = table.fontMetrics().height()
        qtbot.waitUntil(
            lambda t=table, h=line: all(t.rowHeight(r) < 3 * h for r in range(t.rowCount())), timeout=5000
        )
