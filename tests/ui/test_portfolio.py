"""The portfolio screen on the demo data: every partnership with the engine's numbers, sorted (missing values
last), filtered by text, tier and status, the heat map after the table, and the dashboard opened from a row."""

from __future__ import annotations

import shutil
from datetime import date

import pytest

from healthdesk.analysis.numbers import fmt1
from healthdesk.analysis.scoring import partnership_overview
from healthdesk.demo import build_demo
from healthdesk.framework import get_framework
from healthdesk.models.db import Database
from healthdesk.paths import DataPaths
from healthdesk.services import partnerships as partnership_svc
from healthdesk.services import summary as summary_svc
from tests.builders import make_partnership

pytestmark = pytest.mark.gui

AS_OF = date(2026, 11, 22)


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory):
    folder = tmp_path_factory.mktemp("demo") / "data"
    db = Database.open(folder)
    try:
        build_demo(db)
    finally:
        db.close(backup="never")
    return DataPaths(folder).database


@pytest.fixture
def demo_folder(demo_file, data_dir):
    shutil.copy(demo_file, DataPaths(data_dir).database)
    summary_svc.clear_memory()
    return data_dir


@pytest.fixture
def demo_ctx(demo_folder, ctx):
    return ctx  # the conftest ctx opens data_dir, which now holds the demo


def make_page(ctx, qtbot, size=(1366, 768), computed=True):
    """The portfolio page shown; with ``computed``, once every row is calculated (on a busy machine the table
    shows first and rows past the page's time budget follow a few at a time)."""
    from healthdesk.ui.portfolio.page import PortfolioPage

    page = PortfolioPage(ctx)
    page.as_of = AS_OF
    qtbot.addWidget(page)
    page.resize(*size)
    with qtbot.waitSignal(page.table_filled, timeout=20000):
        page.show()
    if computed:
        qtbot.waitUntil(lambda: not page.model.pending, timeout=60000)
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


def test_opening_from_the_main_window_shows_the_dashboard(demo_folder, main_window, qtbot):
    main_window.show_page("portfolio")
    page = main_window.pages["portfolio"]
    page.as_of = AS_OF
    page.reload()
    pid = page.proxy.data(page.proxy.index(0, 0), 0x0100 + 1)
    page.open_partnership(pid)
    assert main_window.current_page_name() == "dashboard"
    assert main_window.current_partnership_id == pid
    dashboard = main_window.pages["dashboard"]
    qtbot.waitUntil(lambda: dashboard.data is not None)  # the dashboard reads on the background queue
    assert dashboard.data is not None and dashboard.data.partnership.id == pid
    name = partnership_svc.get_partnership(main_window.ctx.db, pid).name
    assert name in dashboard.heading.text()


def test_rows_not_kept_yet_are_filled_in_a_few_at_a_time(demo_folder, ctx, qtbot, monkeypatch):
    """A large database opened for the first time: the table shows at once, rows still being computed say so."""
    from sqlalchemy import delete, update

    from healthdesk.models.entities import AppSetting, Round
    from healthdesk.ui.portfolio import page as portfolio_page
    from healthdesk.ui.portfolio.page import PortfolioModel as M

    with ctx.db.transaction() as session:
        session.execute(delete(AppSetting).where(AppSetting.key.like("cache.%")))
        session.execute(update(Round).values(scores_cache=None))
    monkeypatch.setattr(portfolio_page, "BUDGET_S", 0.0)
    page = make_page(ctx, qtbot, computed=False)
    assert "calculating…" in column(page, M.COL_INDEX)
    assert "still being calculated" in page.count_label.text()
    qtbot.waitUntil(lambda: not page.model.pending, timeout=20000)
    scores = summary_svc.all_partnership_scores(ctx.db)
    expected = sorted(fmt1(partnership_overview(s, AS_OF, get_framework).index) for s in scores.values())
    assert sorted(column(page, M.COL_INDEX)) == expected
    assert "still being calculated" not in page.count_label.text()


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
    qtbot.waitUntil(lambda: bool(page.model.followup), timeout=20000)
    assert header.sectionSize(M.COL_GAP) >= page.table.sizeHintForColumn(M.COL_GAP)
    last = header.sectionViewportPosition(M.COL_FOLLOWUP) + header.sectionSize(M.COL_FOLLOWUP)
    assert last <= page.table.viewport().width()  # and the table still fits without scrolling sideways
