"""Guidance for a first-time user: every empty state says what to do next and has the button that does it; after
a new partnership, new respondents and a closed round the next step stays on the screen; the round dialog proposes
the next half-year; the highlighted partnership is the current one; clipped cells show "…" and a tooltip."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QEvent, QPoint, Qt
from PySide6.QtGui import QHelpEvent
from PySide6.QtWidgets import QApplication, QToolTip

from healthdesk.services import rounds as round_svc
from healthdesk.ui.common import widgets
from tests.builders import add_submitted


def click(qtbot, button) -> None:  # noqa: ANN001
    assert button.isVisible() and button.isEnabled(), button.text()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


class DialogSeen:
    """Stands in for ``exec`` of a dialog class: records which dialogs were opened, and cancels them."""

    def __init__(self, monkeypatch, *classes) -> None:  # noqa: ANN001
        self.opened: list = []
        for cls in classes:
            monkeypatch.setattr(cls, "exec", lambda dialog: self.opened.append(dialog) or 0)


# -- no partnership --------------------------------------------------------------------------------------------


def test_start_empty_shows_a_designed_screen_with_create_a_partnership(ctx, settings, qtbot, dialogs):
    from healthdesk.ui.shell.main_window import MainWindow

    window = MainWindow(settings)  # first run: the welcome dialog is offered
    qtbot.addWidget(window)
    window.attach(ctx)
    window.show()
    qtbot.waitUntil(lambda: window.first_run_dialog is not None and window.first_run_dialog.isVisible())
    click(qtbot, window.first_run_dialog.empty_button)
    page = window.pages["partnerships"]
    empty = page.empty_state
    assert empty.isVisible() and not page.table.isVisible() and not page.search.isVisible()
    assert empty.heading.text() == "No partnerships yet"
    assert "assessment rounds" in empty.body.text()
    # The page's title stays at the top, above the card (it was pushed into the middle before).
    assert page.heading.mapTo(window, QPoint(0, 0)).y() < 120
    assert page.heading.mapTo(window, QPoint(0, 0)).y() < empty.card.mapTo(window, QPoint(0, 0)).y()
    assert empty.button.text() == "Create a partnership"
    click(qtbot, empty.button)
    record = window.pages["record"]
    assert window.stack.currentWidget() is record
    assert record.heading.text() == "New partnership" and record.partnership_id is None


def test_the_empty_list_also_offers_the_demo_data(main_window, monkeypatch, qtbot):
    from healthdesk.ui.shell import first_run

    asked = []
    monkeypatch.setattr(first_run, "load_demo", lambda ctx, window, ask=True: asked.append(ask))
    empty = main_window.pages["partnerships"].empty_state
    assert empty.second_button.text() == "Explore with demo data"
    click(qtbot, empty.second_button)
    assert asked == [True]


def test_the_empty_list_in_chinese(main_window, ctx):
    ctx.set_language("zh")
    QApplication.processEvents()
    empty = main_window.pages["partnerships"].empty_state
    assert empty.isVisible()
    assert empty.heading.text() != "No partnerships yet" and empty.button.text() != "Create a partnership"
    ctx.set_language("en")


def test_a_search_that_matches_nothing_offers_the_way_back(main_window, ctx, make_partnership, qtbot, settle):
    make_partnership(ctx)
    page = main_window.pages["partnerships"]
    page.reload()
    settle()  # the list is read on the background queue
    qtbot.keyClicks(page.search, "no such thing")
    assert not page.table.isVisible()
    assert page.filter_empty.isVisible() and page.filter_empty.heading.text() == "No partnership matches"
    assert page.search.isVisible(), "the search stays, to be changed"
    click(qtbot, page.filter_empty.button)
    assert page.search.text() == "" and page.table.isVisible() and not page.filter_empty.isVisible()
    assert page.visible_names() == ["Software × Hardware 1"]


# -- after a new partnership: open its first round -------------------------------------------------------------


def test_after_saving_a_new_partnership_the_first_round_is_offered_on_the_screen(
    main_window, ctx, qtbot, monkeypatch
):
    from healthdesk.ui.rounds.page import RoundDialog

    seen = DialogSeen(monkeypatch, RoundDialog)
    main_window.act_new.trigger()
    form = main_window.pages["record"]
    qtbot.keyClicks(form.name_edit, "Cloud × Hard")
    qtbot.keyClicks(form.code_edit, "CH")
    for side, name, label in (("A", "Cloudsoft Ltd", "Soft"), ("B", "Hardworks Co", "Hard")):
        qtbot.keyClicks(form.partner_name[side], name)
        qtbot.keyClicks(form.partner_label[side], label)
    click(qtbot, form.save_button)
    assert form.next_step.isVisible(), "the next step stays on the screen, not only in the status bar"
    assert "“Cloud × Hard” is saved" in form.next_step.label.text()
    assert form.next_step.button.text() == "Open a round…"
    # It is still there after another screen was shown and this one came back.
    main_window.show_page("partnerships")
    main_window.show_page("record")
    assert form.next_step.isVisible()
    click(qtbot, form.next_step.button)
    assert main_window.current_page_name() == "rounds"
    qtbot.waitUntil(lambda: len(seen.opened) > 0)  # the dialog opens once the rounds page has its partnership
    assert len(seen.opened) == 1 and seen.opened[0].round_info is None
    today = round_svc.propose_round([], date.today())
    assert seen.opened[0].label_edit.text() == today.label
    assert not form.next_step.isVisible()


def test_the_next_step_can_be_dismissed(main_window, ctx, qtbot):
    main_window.act_new.trigger()
    form = main_window.pages["record"]
    form.name_edit.setText("Cloud × Hard")
    form.code_edit.setText("CH")
    for side, name, label in (("A", "Cloudsoft Ltd", "Soft"), ("B", "Hardworks Co", "Hard")):
        form.partner_name[side].setText(name)
        form.partner_label[side].setText(label)
    assert form.save() is not None
    click(qtbot, form.next_step.close_button)
    assert not form.next_step.isVisible()


# -- rounds ----------------------------------------------------------------------------------------------------


def _rounds_page(main_window, ctx, partnership_id, settle):  # noqa: ANN001, ANN202
    main_window.pages["partnerships"].reload()
    main_window.set_partnership(partnership_id)
    main_window.show_page("rounds")
    settle()  # the page fills itself on the background queue
    return main_window.pages["rounds"]


def test_a_partnership_without_rounds_offers_open_a_round(
    main_window, ctx, make_partnership, qtbot, monkeypatch, settle
):
    from healthdesk.ui.rounds.page import RoundDialog

    seen = DialogSeen(monkeypatch, RoundDialog)
    p = make_partnership(ctx)
    page = _rounds_page(main_window, ctx, p.id, settle)
    assert page.empty_state.isVisible() and not page.rounds_table.isVisible()
    assert page.empty_state.heading.text() == "No assessment round yet"
    assert page.empty_state.button.text() == "Open a round…"
    click(qtbot, page.empty_state.button)
    assert len(seen.opened) == 1 and seen.opened[0].partnership.id == p.id


def test_round_dialog_proposes_the_next_half_year_and_its_dates(
    main_window, ctx, make_partnership, make_round, settle
):
    p = make_partnership(ctx)
    make_round(ctx, p.id, label="2026 H2", start_date=date(2026, 7, 1))
    page = _rounds_page(main_window, ctx, p.id, settle)
    dialog = page.new_round_dialog()
    assert dialog.label_edit.text() == "2027 H1"
    assert dialog.start_edit.date().toString("yyyy-MM-dd") == "2027-01-01"
    assert dialog.end_known.isChecked() and dialog.end_edit.date().toString("yyyy-MM-dd") == "2027-06-30"
    created = dialog.submit()
    assert created is not None
    assert (created.label, created.start_date, created.end_date) == (
        "2027 H1",
        date(2027, 1, 1),
        date(2027, 6, 30),
    )


def test_a_first_round_is_proposed_for_the_current_half_year(main_window, ctx, make_partnership, settle):
    p = make_partnership(ctx)
    page = _rounds_page(main_window, ctx, p.id, settle)
    dialog = page.new_round_dialog()
    proposal = dialog.propose(today=date(2026, 12, 4))
    assert dialog.label_edit.text() == proposal.label == "2026 H2"
    assert dialog.start_edit.date().toString("yyyy-MM-dd") == "2026-07-01"
    assert dialog.end_edit.date().toString("yyyy-MM-dd") == "2026-12-31"


def test_round_guide_add_respondents_then_send_invitations_or_hand_over(
    main_window, ctx, make_partnership, make_round, qtbot, dialogs, monkeypatch, settle
):
    p = make_partnership(ctx)
    rnd = make_round(ctx, p.id)
    page = _rounds_page(main_window, ctx, p.id, settle)
    guide = page.guide
    assert guide.isVisible() and guide.heading.text() == "Nobody is invited to “2025 H1” yet"
    assert guide.button.text() == "Add respondents"
    click(qtbot, guide.button)
    name_edit = page.side_panels["A"].name_edit
    assert main_window.focusWidget() is name_edit

    qtbot.keyClicks(name_edit, "Li Wei")
    click(qtbot, page.side_panels["A"].add_button)
    qtbot.waitUntil(lambda: guide.heading.text() == "Nobody has answered yet")
    assert guide.isVisible(), "after adding respondents the next step is on the screen"
    assert guide.button.text() == "Send invitations…"
    assert guide.second_button.text() == "Hand the laptop over…"

    click(qtbot, guide.button)
    invitations = page._invitations
    qtbot.waitUntil(invitations.isVisible)
    assert invitations.objectName() == "exportInvitationsDialog"
    assert invitations.round_combo.currentData() == rnd.id
    invitations.close()

    opened = []
    monkeypatch.setattr(
        page, "_open_walkthrough", lambda r, respondent_mode: opened.append((r.name, respondent_mode))
    )
    dialogs.text_answer = "2468"  # the respondent-mode PIN asked for first
    click(qtbot, guide.second_button)
    assert opened == [("Li Wei", True)]


def test_a_draft_round_offers_to_open_it(main_window, ctx, make_partnership, make_round, qtbot, settle):
    p = make_partnership(ctx)
    rnd = make_round(ctx, p.id, status="draft")
    round_svc.add_respondent(ctx.db, rnd.id, "Li Wei", "A", "CEO")
    page = _rounds_page(main_window, ctx, p.id, settle)
    assert page.guide.heading.text() == "“2025 H1” is a draft"
    click(qtbot, page.guide.button)
    qtbot.waitUntil(lambda: page.current_round().status == "open")
    assert page.guide.heading.text() == "Nobody has answered yet"


def test_everyone_answered_offers_close_then_the_closed_round_offers_results_and_actions(
    main_window, ctx, make_partnership, make_round, qtbot, dialogs, settle
):
    p = make_partnership(ctx)
    rnd = make_round(ctx, p.id, threshold=1, threshold_note="a small pilot")
    add_submitted(ctx.db, rnd.id, "A", [3])
    add_submitted(ctx.db, rnd.id, "B", [4])
    page = _rounds_page(main_window, ctx, p.id, settle)
    assert page.guide.heading.text() == "Everyone has answered"
    click(qtbot, page.guide.button)  # Close round… (confirmed by the dialogs stand-in)
    assert dialogs.confirms, "closing asks first"
    qtbot.waitUntil(lambda: page.current_round().status == "closed")
    assert page.guide.isVisible() and page.guide.heading.text() == "“2025 H1” is closed"
    assert page.guide.button.text() == "See the results"
    with qtbot.waitSignal(page.page_requested) as shown:
        click(qtbot, page.guide.second_button)
    assert shown.args == ["followup"]
    assert main_window.current_page_name() == "followup"
    with qtbot.waitSignal(page.page_requested) as shown:
        page.guide.button.clicked.emit()
    assert shown.args == ["dashboard"]


def test_the_round_guide_in_chinese(main_window, ctx, make_partnership, make_round, settle):
    p = make_partnership(ctx)
    make_round(ctx, p.id)
    page = _rounds_page(main_window, ctx, p.id, settle)
    ctx.set_language("zh")
    QApplication.processEvents()
    assert page.guide.isVisible() and "Nobody" not in page.guide.heading.text()
    assert page.guide.button.text() != "Add respondents"
    ctx.set_language("en")


# -- the action plan -------------------------------------------------------------------------------------------


def test_empty_action_plan_kpis_and_decisions_offer_the_first_one(
    main_window, ctx, make_partnership, qtbot, monkeypatch, settle
):
    from healthdesk.ui.actionplan.forms import DecisionDialog, GoalDialog, KpiDialog

    seen = DialogSeen(monkeypatch, GoalDialog, KpiDialog, DecisionDialog)
    p = make_partnership(ctx)
    main_window.pages["partnerships"].reload()
    main_window.set_partnership(p.id)
    main_window.show_page("followup")
    settle()  # the plan is read on the background queue
    page = main_window.pages["followup"]
    for tab, empty, title, button, dialog_class in (
        (0, page.plan_empty, "No action plan yet", "Add the first goal…", GoalDialog),
        (1, page.kpi_empty, "No joint KPIs yet", "Add the first KPI…", KpiDialog),
        (2, page.decision_empty, "No JMC decisions recorded", "Record the first decision…", DecisionDialog),
    ):
        page.tabs.setCurrentIndex(tab)
        assert empty.isVisible() and empty.heading.text() == title
        assert empty.button.text() == button
        click(qtbot, empty.button)
        assert type(seen.opened[-1]) is dialog_class
    assert len(seen.opened) == 3


def test_a_plan_with_a_goal_shows_the_tree_not_the_empty_state(main_window, ctx, make_partnership, settle):
    from healthdesk.services import followup as followup_svc

    p = make_partnership(ctx)
    followup_svc.create_goal(ctx.db, p.id, followup_svc.GoalInput("top", "Grow joint revenue"))
    main_window.pages["partnerships"].reload()
    main_window.set_partnership(p.id)
    main_window.show_page("followup")
    settle()  # the plan is read on the background queue
    page = main_window.pages["followup"]
    assert page.tree.isVisible() and not page.plan_empty.isVisible()
    assert page.new_goal_button.isVisible()


# -- selection and sidebar agree; icons ------------------------------------------------------------------------


def test_the_highlighted_partnership_is_the_current_one(
    main_window, ctx, make_partnership, qtbot, dialogs, settle
):
    first = make_partnership(ctx, n=1)
    second = make_partnership(ctx, n=2)
    main_window.show_page("partnerships")
    page = main_window.pages["partnerships"]
    page.reload()
    settle()  # the list is read on the background queue
    row = page.visible_names().index(second.name)
    index = page.proxy.index(row, 0)
    qtbot.mouseClick(
        page.table.viewport(), Qt.MouseButton.LeftButton, pos=page.table.visualRect(index).center()
    )
    assert page.selected_id() == second.id
    assert main_window.current_partnership_id == second.id
    assert main_window.nav_header.text() == second.name
    # Chosen elsewhere (the portfolio, the last session): the list highlights it.
    main_window.set_partnership(first.id)
    assert page.selected_id() == first.id and main_window.nav_header.text() == first.name
    # None chosen: nothing highlighted.
    main_window.set_partnership(None)
    assert page.selected_id() is None and main_window.nav_header.text() == "No partnership chosen"
    # Deleting the highlighted one leaves neither a highlight nor its name.
    page.select_partnership(second.id)
    page.delete_selected()
    assert page.selected_id() is None and main_window.current_partnership_id is None
    assert main_window.nav_header.text() == "No partnership chosen"


def test_record_and_action_plan_have_distinct_icons(main_window):
    record = main_window.nav_items["record"].icon().pixmap(16, 16).toImage()
    plan = main_window.nav_items["followup"].icon().pixmap(16, 16).toImage()
    assert not record.isNull() and not plan.isNull()
    assert record != plan


# -- clipped cells ---------------------------------------------------------------------------------------------


def _tooltip_at(view, index) -> str:  # noqa: ANN001
    QToolTip.hideText()
    pos = view.visualRect(index).center()
    event = QHelpEvent(QEvent.Type.ToolTip, pos, view.viewport().mapToGlobal(pos))
    QApplication.sendEvent(view.viewport(), event)
    return QToolTip.text() if QToolTip.isVisible() else ""


def test_clipped_cells_show_an_ellipsis_and_the_whole_text_as_a_tooltip(
    main_window, ctx, make_partnership, make_round, qtbot, settle
):
    p = make_partnership(ctx)
    rnd = make_round(ctx, p.id)
    long_name = "Alexandra Konstantinopoulou-Wellington of the Joint Steering Office " * 2
    round_svc.add_respondent(ctx.db, rnd.id, long_name.strip(), "A", "CEO")
    main_window.resize(900, 600)
    page = _rounds_page(main_window, ctx, p.id, settle)
    table = page.side_panels["A"].table
    qtbot.waitUntil(lambda: table.rowCount() == 1)
    assert table.textElideMode() == Qt.TextElideMode.ElideRight and not table.wordWrap()
    name_cell = table.model().index(0, 0)
    role_cell = table.model().index(0, 1)
    assert widgets.cell_is_clipped(table, name_cell)
    assert widgets.cell_tooltip(table, name_cell) == long_name.strip()
    assert not widgets.cell_is_clipped(table, role_cell) and widgets.cell_tooltip(table, role_cell) == ""
    assert _tooltip_at(table, name_cell) == long_name.strip()


def test_the_partnership_list_elides_long_names(main_window, ctx, make_partnership, settle):
    long = "Cloud software and hardware joint solution for the greater bay area manufacturing cluster " * 2
    make_partnership(ctx, name=long.strip()[:200])
    main_window.resize(900, 600)
    page = main_window.pages["partnerships"]
    page.reload()
    settle()  # the list is read on the background queue
    main_window.show_page("partnerships")
    index = page.proxy.index(0, 0)
    assert page.table.textElideMode() == Qt.TextElideMode.ElideRight and not page.table.wordWrap()
    assert widgets.cell_is_clipped(page.table, index)
    assert widgets.cell_tooltip(page.table, index) == long.strip()[:200]


def test_the_guide_warns_while_a_side_has_fewer_respondents_than_the_threshold(
    main_window, ctx, make_partnership, make_round, qtbot, settle
):
    """Two respondents on one side with a threshold of three: their results would be withheld even if both
    answer, so the guide says it while people can still be added."""
    p = make_partnership(ctx)
    rnd = make_round(ctx, p.id, threshold=3)
    for name in ("Li Wei", "Chen Siyuan"):
        round_svc.add_respondent(ctx.db, rnd.id, name, "A")
    for name in ("Anna Berg", "Tom Hall", "Eva Lind"):
        round_svc.add_respondent(ctx.db, rnd.id, name, "B")
    page = _rounds_page(main_window, ctx, p.id, settle)
    assert page.guide.heading.text() == "Nobody has answered yet"
    assert "Too few respondents for results per side: Soft 2 invited" in page.guide.body.text()
    assert "Hard" not in page.guide.body.text().split("Too few")[1]
    ctx.set_language("zh")
    assert "答卷人不足，无法显示各方结果：已邀请 Soft 2 人" in page.guide.body.text()
    ctx.set_language("en")
    round_svc.add_respondent(ctx.db, rnd.id, "Zhou Min", "A")
    ctx.data_changed.emit()
    qtbot.waitUntil(lambda: "Too few" not in page.guide.body.text())
