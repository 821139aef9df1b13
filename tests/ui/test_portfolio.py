"""The portfolio screen on the demo data: every partnership with the engine's numbers, sorted (missing values
last), filtered by text, tier and status, the heat map after the table, and the dashboard opened from a row. The rows
are computed on the background queue (``ctx.fetch``); the table keeps its rows until the new ones arrive."""

from __future__ import annotations

from datetime import date

import pytest

from healthdesk.analysis.numbers import fmt1
from healthdesk.analysis.scoring import partnership_overview
from healthdesk.framework import get_framework
from healthdesk.services import partnerships as partnership_svc
from healthdesk.services import summary as summary_svc
from tests.builders import make_partnership

pytestmark = pytest.mark.gui

AS_OF = date(2026, 11, 22)


def make_page(ctx, qtbot, size=(1366, 768)):
    """The portfolio page shown, once its rows (every one computed, on the background queue) are in the table."""
    from healthdesk.ui.portfolio.page import PortfolioPage

    page = PortfolioPage(ctx)
    page.as_of = AS_OF
    qtbot.addWidget(page)
    page.resize(*size)
    with qtbot.waitSignal(page.table_filled, timeout=60000):
        page.show()
    assert not page.model.pending
    return page


def column(page, col):
    proxy = page.proxy
    return [proxy.data(proxy.index(r, col)) for r in range(proxy.rowCount())]


def test_every_partnership_with_the_engines_numbers(demo_ctx, qtbot):
    from healthdesk.ui.portfolio.page import PortfolioModel as M

    page = make_page(demo_ctx, qtbot)
    scores = summary_svc.all_partnership_scores(demo_ctx.db)
    assert page.proxy.rowCount() == 4
    for r in range(page.proxy.rowCount()):
        pid = page.proxy.data(page.proxy.index(r, 0), 0x0100 + 1)
        overview = partnership_overview(scores[pid], AS_OF, get_framework)
        texts = [page.proxy.data(page.proxy.index(r, c)) for c in range(M.COLUMN_COUNT)]
        assert texts[M.COL_INDEX] == fmt1(overview.index)
        assert texts[M.COL_WARNINGS] == (str(overview.warnings) if overview.warnings else "—")
        assert texts[M.COL_LAST] == overview.last_start.isoformat()
        assert texts[M.COL_NEXT].startswith(overview.next_due.isoformat())
        symbol = {"red": "✕", "amber": "●", "green": "✓"}[overview.light]
        assert texts[M.COL_LIGHT].startswith(symbol)
    # the worst first: sorted by index, ascending
    indexes = [float(x) for x in column(page, M.COL_INDEX)]
    assert indexes == sorted(indexes)
    gaps = column(page, M.COL_GAP)
    assert any("higher" in g for g in gaps)
    tiers = column(page, M.COL_TIER)
    assert "Yellow card" in tiers and "Gold" in tiers


def test_sorting_keeps_partnerships_without_results_last(demo_ctx, qtbot):
    from PySide6.QtCore import Qt

    from healthdesk.ui.portfolio.page import PortfolioModel as M

    make_partnership(demo_ctx.db, name="No Rounds Yet", code="NRY")
    page = make_page(demo_ctx, qtbot)
    for order in (Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder):
        page.table.sortByColumn(M.COL_INDEX, order)
        names = column(page, M.COL_NAME)
        assert names[-1] == "No Rounds Yet"
        values = [float(x) for x in column(page, M.COL_INDEX)[:-1]]
        assert values == sorted(values, reverse=order == Qt.SortOrder.DescendingOrder)
    assert column(page, M.COL_INDEX)[-1] == "no results"
    page.table.sortByColumn(M.COL_NAME, Qt.SortOrder.AscendingOrder)
    names = column(page, M.COL_NAME)
    assert names == sorted(names, key=str.casefold)


def test_filters_by_text_tier_and_status(demo_ctx, qtbot):
    from healthdesk.ui.portfolio.page import PortfolioModel as M

    page = make_page(demo_ctx, qtbot)
    page.search.setText("迅达")
    assert page.proxy.rowCount() == 1 and "迅达" in column(page, M.COL_NAME)[0]
    assert "1 of 4" in page.count_label.text()
    page.search.setText("")
    page.tier_filter.setCurrentIndex(page.tier_filter.findData("yellow"))
    assert column(page, M.COL_TIER) == ["Yellow card"]
    page.tier_filter.setCurrentIndex(page.tier_filter.findData(""))
    page.status_filter.setCurrentIndex(page.status_filter.findData("paused"))
    assert page.proxy.rowCount() == 0
    page.status_filter.setCurrentIndex(page.status_filter.findData("active"))
    assert page.proxy.rowCount() == 4


def test_double_click_and_enter_ask_for_the_dashboard(demo_ctx, qtbot):
    from PySide6.QtCore import Qt

    page = make_page(demo_ctx, qtbot)
    seen = []
    page.partnership_activated.connect(seen.append)
    index = page.proxy.index(0, 0)
    rect = page.table.visualRect(index)
    qtbot.mouseClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    page.table.setCurrentIndex(page.proxy.index(1, 0))
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    ids = [page.proxy.data(page.proxy.index(r, 0), 0x0100 + 1) for r in (0, 1)]
    assert seen == ids


def test_heat_map_is_drawn_after_the_table(demo_ctx, qtbot):
    page = make_page(demo_ctx, qtbot)
    with qtbot.waitSignal(page.heatmap_drawn, timeout=20000):
        pass
    figure = page.heatmap.figure()
    texts = [t.get_text() for ax in figure.axes for t in ax.texts]
    for name in column(page, 0):
        assert any(name[:6] in t for t in texts)
    # filtering redraws it for the rows shown
    with qtbot.waitSignal(page.heatmap_drawn, timeout=20000):
        page.search.setText("迅达")
    texts = [t.get_text() for ax in page.heatmap.figure().axes for t in ax.texts]
    assert sum("优购" in t for t in texts) == 1 and not any("云启" in t for t in texts)


def test_language_switch_retranslates_headers_and_cells(demo_ctx, qtbot):
    from PySide6.QtCore import Qt

    from healthdesk.ui.portfolio.page import PortfolioModel as M

    page = make_page(demo_ctx, qtbot)
    demo_ctx.set_language("zh")
    assert page.model.headerData(M.COL_INDEX, Qt.Orientation.Horizontal) == "指数"
    assert page.heading.text() == "组合总览"
    assert "黄牌" in column(page, M.COL_TIER)
    assert any(text.endswith("绿灯") for text in column(page, M.COL_LIGHT))


def test_no_partnerships_says_what_to_do(ctx, qtbot):
    page = make_page(ctx, qtbot)
    assert page.empty_label.isVisible() and "No partnerships yet" in page.empty_label.text()


def test_opening_from_the_main_window_shows_the_dashboard(demo_folder, main_window, qtbot, settle):
    main_window.show_page("portfolio")
    page = main_window.pages["portfolio"]
    page.as_of = AS_OF
    page.reload()
    settle()
    pid = page.proxy.data(page.proxy.index(0, 0), 0x0100 + 1)
    page.open_partnership(pid)
    assert main_window.current_page_name() == "dashboard"
    assert main_window.current_partnership_id == pid
    dashboard = main_window.pages["dashboard"]
    qtbot.waitUntil(lambda: dashboard.data is not None)  # the dashboard reads on the background queue
    assert dashboard.data is not None and dashboard.data.partnership.id == pid
    name = partnership_svc.get_partnership(main_window.ctx.db, pid).name
    assert name in dashboard.heading.text()


def test_rows_not_kept_yet_are_computed_off_the_gui_thread(demo_folder, ctx, qtbot, monkeypatch):
    """A large database opened for the first time: every row is computed on the background queue, never on the
    GUI thread, and the table shows them all, with the engine's numbers."""
    import threading

    from sqlalchemy import delete, update

    from healthdesk.models.entities import AppSetting, Round
    from healthdesk.ui.portfolio import model as portfolio_model
    from healthdesk.ui.portfolio.page import PortfolioModel as M

    with ctx.db.transaction() as session:
        session.execute(delete(AppSetting).where(AppSetting.key.like("cache.%")))
        session.execute(update(Round).values(scores_cache=None))
    threads = []
    load = portfolio_model.load_portfolio

    def load_portfolio(*args, **kwargs):  # noqa: ANN002, ANN003, ANN202
        threads.append(threading.current_thread())
        return load(*args, **kwargs)

    monkeypatch.setattr(portfolio_model, "load_portfolio", load_portfolio)
    page = make_page(ctx, qtbot)
    assert threads and threading.main_thread() not in threads
    scores = summary_svc.all_partnership_scores(ctx.db)
    expected = sorted(fmt1(partnership_overview(s, AS_OF, get_framework).index) for s in scores.values())
    assert sorted(column(page, M.COL_INDEX)) == expected
    assert "Partnerships: 4" in page.count_label.text()


def test_the_table_keeps_its_rows_until_the_new_ones_arrive(demo_ctx, qtbot, settle):
    from healthdesk.ui.portfolio.page import PortfolioModel as M

    page = make_page(demo_ctx, qtbot)
    before = column(page, M.COL_NAME)
    make_partnership(demo_ctx.db, name="No Rounds Yet", code="NRY")
    page.reload()
    assert column(page, M.COL_NAME) == before and "Partnerships: 4" in page.count_label.text()
    settle()
    assert "No Rounds Yet" in column(page, M.COL_NAME) and "Partnerships: 5" in page.count_label.text()


def test_the_first_load_says_loading_until_the_rows_arrive(demo_ctx, qtbot, settle):
    from healthdesk.ui.portfolio.page import PortfolioPage

    page = PortfolioPage(demo_ctx)
    qtbot.addWidget(page)
    page.show()
    assert page.count_label.text() == "Loading…" and not page.empty_label.isVisible()
    settle()
    assert page.proxy.rowCount() == 4 and "Partnerships: 4" in page.count_label.text()


def test_a_falling_index_says_falling_with_a_down_arrow(demo_ctx, qtbot):
    """The index decline rule decides the arrow and the word, as on the dashboard tile (not "▶ -5.7")."""
    from healthdesk.ui.portfolio.page import PortfolioModel as M

    page = make_page(demo_ctx, qtbot)
    names = column(page, M.COL_NAME)
    trends = dict(zip(names, column(page, M.COL_TREND), strict=True))
    falling = next(text for name, text in trends.items() if "云启" in name)
    assert falling.startswith("▼ falling:") and falling.endswith("5.7")
    assert all("falling" not in text for name, text in trends.items() if "云启" not in name)
    demo_ctx.set_language("zh")
    falling = next(t for n, t in zip(names, column(page, M.COL_TREND), strict=True) if "云启" in n)
    assert falling.startswith("▼ 下降：")


def test_a_wide_window_shows_the_largest_gap_in_full(demo_ctx, qtbot):
    from healthdesk.ui.portfolio.page import PortfolioModel as M

    page = make_page(demo_ctx, qtbot, size=(1900, 1000))
    header = page.table.horizontalHeader()
    assert page.model.followup  # the follow-up texts came with the rows
    # the columns are fitted again once the table painted at its width
    qtbot.waitUntil(lambda: header.sectionSize(M.COL_GAP) >= page.table.sizeHintForColumn(M.COL_GAP))
    last = header.sectionViewportPosition(M.COL_FOLLOWUP) + header.sectionSize(M.COL_FOLLOWUP)
    assert last <= page.table.viewport().width()  # and the table still fits without scrolling sideways
