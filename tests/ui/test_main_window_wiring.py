"""The main window reaches every screen: action plan, workshop, exchange menus, dashboard."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication


def test_action_plan_and_workshop_follow_the_current_partnership(
    main_window, ctx, make_partnership, monkeypatch
):
    p = make_partnership(ctx)
    assert not main_window.act_workshop.isEnabled()  # nothing chosen yet
    main_window.set_partnership(p.id)
    main_window.show_page("followup")
    page = main_window.stack.currentWidget()
    assert type(page).__name__ == "FollowUpPage"
    assert main_window.act_workshop.isEnabled()
    started = []
    import healthdesk.ui.workshop as workshop

    monkeypatch.setattr(workshop, "start_workshop", lambda ctx, pid, parent=None: started.append(pid))
    main_window.act_workshop.trigger()
    assert started == [p.id]


def test_exchange_entries_are_in_the_file_menu(main_window, qtbot):
    qtbot.waitUntil(lambda: getattr(main_window, "exchange_actions", None) is not None, timeout=5000)
    texts = [a.text().replace("&", "") for a in main_window.menu_file.actions()]
    texts += [
        a.text().replace("&", "")
        for m in main_window.menu_file.findChildren(type(main_window.menu_file))
        for a in m.actions()
    ]
    assert any("Import" in t for t in texts), texts
    assert main_window.acceptDrops()


def test_action_plan_title_in_chinese(main_window, ctx, make_partnership):
    ctx.set_language("zh")
    QApplication.processEvents()
    assert main_window.nav_items["followup"].text() == "行动计划"
    ctx.set_language("en")
