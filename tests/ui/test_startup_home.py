"""The home screen at start-up (issue 15, start-up): with several partnerships the portfolio shows first and the
partnership list (every partnership with its members and rounds) is built only after the portfolio painted;
the partnership used last is still the current one, named in the sidebar and the title from the start."""

from __future__ import annotations


def test_portfolio_home_names_the_last_partnership_and_builds_the_list_after_ready(
    ctx, settings, make_partnership, qtbot, dialogs
):
    from healthdesk.ui.shell.main_window import MainWindow

    settings.first_run_done = True
    make_partnership(ctx, n=1)
    second = make_partnership(ctx, n=2, name="Cloud × Hardware")
    settings.last_partnership = second.id

    window = MainWindow(settings)
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.ready, timeout=30000):
        window.attach(ctx)
        assert window.current_page_name() == "portfolio"
        assert "partnerships" not in window.pages  # not loaded before the home page is on screen
        assert window.current_partnership_id == second.id
        assert window.nav_header.text() == "Cloud × Hardware"
        assert window.windowTitle().startswith("Cloud × Hardware — ")
        window.show()
    # Ready means the partnerships are on screen: the portfolio's rows came from the background queue first.
    assert window.pages["portfolio"].model.rowCount() == 2

    # Right after ready the list is there, with the current partnership highlighted.
    qtbot.waitUntil(lambda: "partnerships" in window.pages)
    # (it reads its rows on the background queue)
    qtbot.waitUntil(lambda: window.pages["partnerships"].selected_id() == second.id)
    assert window.current_page_name() == "portfolio"


def test_a_page_asked_for_before_it_is_built_is_built_then(ctx, settings, make_partnership, qtbot, dialogs):
    from healthdesk.ui.shell.main_window import MainWindow

    settings.first_run_done = True
    first = make_partnership(ctx, n=1)
    make_partnership(ctx, n=2)
    settings.last_partnership = first.id
    window = MainWindow(settings)
    qtbot.addWidget(window)
    window.attach(ctx)
    assert "partnerships" not in window.pages
    # e.g. Edit → Find before the list was built: it is built on the spot, highlighting the current partnership.
    page = window.pages["partnerships"]
    assert "partnerships" in window.pages
    qtbot.waitUntil(lambda: page.selected_id() == first.id)  # once it has read its rows on the queue


def test_list_home_is_ready_once_its_rows_are_on_screen(ctx, settings, make_partnership, qtbot, dialogs):
    """With one partnership the list is the home page; it reads its rows on the background queue, and ready
    comes once they are on screen, the partnership used last highlighted and named from the start."""
    from healthdesk.ui.shell.main_window import MainWindow

    settings.first_run_done = True
    p = make_partnership(ctx, n=1, name="Cloud × Hardware")
    settings.last_partnership = p.id
    window = MainWindow(settings)
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.ready, timeout=30000):
        window.attach(ctx)
        assert window.current_page_name() == "partnerships"
        assert window.current_partnership_id == p.id
        assert window.nav_header.text() == "Cloud × Hardware"
        window.show()
    page = window.pages["partnerships"]
    assert page.visible_names() == ["Cloud × Hardware"]
    assert page.selected_id() == p.id
