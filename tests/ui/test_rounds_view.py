"""The rounds screen follows its view-model: a refused removal is greyed out and says why, in the user's words."""

from __future__ import annotations

from healthdesk.services import rounds as round_svc


def test_a_closed_rounds_respondent_cannot_be_removed_and_the_button_says_why(
    main_window, ctx, make_partnership, make_round, dialogs, qtbot, settle
):
    p = make_partnership(ctx)
    rnd = make_round(ctx, p.id)
    person = round_svc.add_respondent(ctx.db, rnd.id, "Li Wei", "A")
    main_window.pages["partnerships"].reload()
    main_window.set_partnership(p.id)
    main_window.show_page("rounds")
    page = main_window.pages["rounds"]
    settle()  # the page fills itself on the background queue
    page.side_panels["A"].select_respondent(person.id)
    assert page.remove_respondent_button.isEnabled() and page.remove_respondent_button.toolTip() == ""

    round_svc.set_round_status(ctx.db, rnd.id, "closed")
    ctx.data_changed.emit()
    qtbot.waitUntil(lambda: page.current_round().status == "closed")
    page.side_panels["A"].select_respondent(person.id)
    assert page.selected_respondent().id == person.id
    assert not page.remove_respondent_button.isEnabled()
    assert "closed" in page.remove_respondent_button.toolTip()
    assert page.remove_respondent_button.toolTip() == ctx.error_text(page.actions().remove_respondent.refusal)
    assert not page.side_panels["A"].add_button.isEnabled()


def test_a_round_without_an_end_date_says_so(main_window, ctx, make_partnership, make_round, settle):
    p = make_partnership(ctx)
    rnd = make_round(ctx, p.id)
    main_window.pages["partnerships"].reload()
    main_window.set_partnership(p.id)
    main_window.show_page("rounds")
    page = main_window.pages["rounds"]
    settle()  # the page fills itself on the background queue
    start = rnd.start_date.isoformat()
    assert f"Dates: from {start}, no end date set" in page.round_details.text()
    ctx.set_language("zh")
    assert f"日期：自 {start} 起，未设结束日期" in page.round_details.text()


def test_the_threshold_hint_sits_under_the_threshold_in_the_round_dialog(
    main_window, ctx, make_partnership, qtbot, settle
):
    p = make_partnership(ctx)
    main_window.pages["partnerships"].reload()
    main_window.set_partnership(p.id)
    main_window.show_page("rounds")
    settle()  # the page fills itself on the background queue
    dialog = main_window.pages["rounds"].new_round_dialog()
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    spin, hint, reason = dialog.threshold_spin, dialog.hint, dialog.reason_edit
    assert "at least this many people" in hint.text()
    assert (
        spin.geometry().bottom() <= hint.geometry().top()
        and hint.geometry().bottom() <= reason.geometry().top()
    )
