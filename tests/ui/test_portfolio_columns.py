"""The portfolio's long columns at the sizes people use: at 1366x768 the largest gap and the follow-up are whole in
every row (English and Chinese), on a second line where one is not enough, and the table still fits the page
without scrolling sideways; at 1280x720 the follow-up at least is whole. Whole means the cell's text, as the
table lays it out (one line, or wrapped at its width), fits the cell: its font metrics against the column."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QFontMetricsF
from PySide6.QtWidgets import QStyle

from healthdesk.ui.common import tasks
from healthdesk.ui.portfolio.page import PortfolioModel as M

pytestmark = pytest.mark.gui


@pytest.fixture(autouse=True)
def _fresh_queue():
    yield
    tasks.shutdown()


def cut_texts(page, col: int) -> list[str]:
    """The texts of ``col`` that do not fit their cell (so that the table elides them): their exact width (one
    line), or their height wrapped at the cell's width, against the cell less its grid line and text margins."""
    table = page.table
    metrics = QFontMetricsF(table.font())
    margin = table.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, table) + 1
    width = table.horizontalHeader().sectionSize(col) - 1 - 2 * margin
    cut = []
    for r in range(page.proxy.rowCount()):
        text = page.proxy.data(page.proxy.index(r, col))
        if table.wordWrap():
            flags = int(Qt.TextFlag.TextWordWrap.value)
            height = metrics.boundingRect(QRectF(0, 0, width, 10_000), flags, text).height()
            if height > table.rowHeight(r) or metrics.horizontalAdvance(text.split(" ")[0]) > width:
                cut.append(text)
        elif metrics.horizontalAdvance(text) > width:
            cut.append(text)
    return cut


def _portfolio(main_window, qtbot, settle, size, lang):
    main_window.resize(*size)
    main_window.ctx.set_language(lang)
    main_window.show_page("portfolio")
    page = main_window.pages["portfolio"]
    settle()
    qtbot.waitUntil(lambda: page.proxy.rowCount() > 0)
    # the long columns are fitted once the table painted at its width
    qtbot.waitUntil(lambda: not page._followup_after_paint.armed)
    return page


@pytest.mark.usefixtures("demo_folder")
@pytest.mark.parametrize("lang", ["en", "zh"])
def test_at_1366x768_the_largest_gap_and_the_follow_up_are_whole(main_window, qtbot, settle, lang):
    page = _portfolio(main_window, qtbot, settle, (1366, 768), lang)
    followups = [page.proxy.data(page.proxy.index(r, M.COL_FOLLOWUP)) for r in range(page.proxy.rowCount())]
    assert any(text.count("·") >= 2 for text in followups), followups  # the long follow-up is there
    qtbot.waitUntil(
        lambda: not cut_texts(page, M.COL_GAP) and not cut_texts(page, M.COL_FOLLOWUP), timeout=5000
    )
    header = page.table.horizontalHeader()
    assert all(not header.isSectionHidden(c) and header.sectionSize(c) > 0 for c in range(header.count()))
    last = header.sectionViewportPosition(M.COL_FOLLOWUP) + header.sectionSize(M.COL_FOLLOWUP)
    assert last <= page.table.viewport().width()  # nothing needs scrolling sideways
    # the taller rows leave the heat map its room: once drawn, it needs no scroll bar
    scroll = page.heatmap.scroll
    qtbot.waitUntil(
        lambda: page.heatmap.key is not None and not (scroll and scroll.verticalScrollBar().isVisible())
    )


@pytest.mark.usefixtures("demo_folder")
@pytest.mark.parametrize("lang", ["en", "zh"])
def test_at_1280x720_the_follow_up_is_whole(main_window, qtbot, settle, lang):
    page = _portfolio(main_window, qtbot, settle, (1280, 720), lang)
    qtbot.waitUntil(lambda: not cut_texts(page, M.COL_FOLLOWUP), timeout=5000)
    for r in range(page.proxy.rowCount()):  # what the gap column cannot show whole, its tooltip holds
        if page.proxy.data(page.proxy.index(r, M.COL_GAP)) in cut_texts(page, M.COL_GAP):
            assert page.proxy.data(page.proxy.index(r, M.COL_GAP), Qt.ItemDataRole.ToolTipRole)


@pytest.mark.usefixtures("demo_folder")
def test_the_long_columns_follow_the_window_when_it_is_resized(main_window, qtbot, settle):
    page = _portfolio(main_window, qtbot, settle, (1900, 1000), "en")
    qtbot.waitUntil(lambda: not page.table.wordWrap())  # room enough: one line
    main_window.resize(1366, 768)
    qtbot.waitUntil(lambda: page.table.wordWrap() and not cut_texts(page, M.COL_FOLLOWUP), timeout=5000)
    assert not cut_texts(page, M.COL_GAP)
