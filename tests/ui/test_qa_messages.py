"""QA: messages a user meets in the partnership list and the rounds page read whole in Chinese."""

from __future__ import annotations

from healthdesk.services import followup as fu


def test_wrong_pin_is_explained_in_chinese(
    main_window, ctx_zh, dialogs, make_partnership, make_round, settle
):
    p = make_partnership(ctx_zh)
    make_round(ctx_zh, p.id, status="open")
    main_window.set_partnership(p.id)
    main_window.show_page("rounds")
    page = main_window.page("rounds")
    page.reload()
    settle()  # the page fills itself on the background queue
    dialogs.text_answer = "12"
    assert page.set_pin() is None
    assert dialogs.errors == ["PIN 须为 4 到 12 位数字"]


def test_delete_of_a_partnership_with_an_action_plan_says_archive(
    main_window, ctx_zh, dialogs, make_partnership, settle
):
    p = make_partnership(ctx_zh)
    fu.create_action(ctx_zh.db, p.id, fu.ActionInput("每周例会"))
    page = main_window.page("partnerships")
    page.reload()
    settle()  # the list is read on the background queue
    assert page.select_partnership(p.id)
    page.delete_selected()
    assert page.visible_names() == [p.name]
    assert dialogs.errors and "已有行动计划（1 项），无法删除；请改为归档" in dialogs.errors[-1]
