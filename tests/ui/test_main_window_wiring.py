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
    import healthdesk.ui.workshop.window as workshop

    monkeypatch.setattr(workshop, "start_workshop", lambda ctx, pid, parent=None: started.append(pid))
    main_window.act_workshop.trigger()
    assert started == [p.id]


def test_exchange_entries_are_in_the_file_menu(main_window, qtbot):
    qtbot.waitUntil(lambda: getattr(main_window, "exchange_actions", None) is not None, timeout=30000)
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


def test_portfolio_is_home_with_several_partnerships_and_opens_a_dashboard(ctx, settings, qtbot, dialogs):
    from healthdesk.ui.shell.main_window import MainWindow
    from tests.builders import make_partnership as build

    build(ctx.db, name="First", code="F1")
    second = build(ctx.db, name="Second", code="S2")
    settings.first_run_done = True
    window = MainWindow(settings)
    qtbot.addWidget(window)
    window.attach(ctx)
    window.show()
    assert window.current_page_name() == "portfolio"
    window.page("portfolio").partnership_activated.emit(second.id)
    assert window.current_page_name() == "dashboard"
    assert window.current_partnership_id == second.id


def test_one_partnership_keeps_the_list_as_home(main_window, ctx):
    assert main_window.current_page_name() == "partnerships"
