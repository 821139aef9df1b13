"""Charts and layout at every size (issue 18): on the demo data in the real main window at 1280×720, 1366×768 and
1920×1080, the dashboard's radar fits its pane without nested scrolling and fills it on a large screen, the trend
names its five lines, chart text is readable (11 px or more), the portfolio heat map shows every row, and the
health index tile says a decline the way the index decline rule does."""

from __future__ import annotations

from fractions import Fraction

import pytest
from matplotlib.text import Text
from PySide6.QtCore import QPoint, QRect
from PySide6.QtWidgets import QAbstractScrollArea

from healthdesk.framework import default_framework
from healthdesk.present.findings import index_direction
from healthdesk.services import partnerships as partnership_svc
from tests.test_index_decline import _summary

pytestmark = pytest.mark.gui

FW = default_framework()


def scroll_areas_around(widget) -> list[QAbstractScrollArea]:  # noqa: ANN001
    out = []
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QAbstractScrollArea):
            out.append(parent)
        parent = parent.parentWidget()
    return out


def drawn(view) -> bool:  # noqa: ANN001
    """The chart is drawn for the view's current size and painted (no redraw pending)."""
    canvas = view.canvas()
    return (
        canvas is not None
        and view.key is not None
        and view._shown_key == view.key
        and not view._pending
        and not view._zoom_timer.isActive()
        and not view._needs_redraw()
        and id(canvas) in view._announced
    )


def open_dashboard(window, qtbot, size, name_part="云启", chart=0):  # noqa: ANN001
    window.resize(*size)
    pid = next(p.id for p in partnership_svc.list_partnerships(window.ctx.db) if name_part in p.name)
    window.set_partnership(pid)
    window.show_page("dashboard")
    page = window.pages["dashboard"]
    page.chart_tabs.setCurrentIndex(chart)
    view = page.chart_views[("radar", "trend", "gap", "heatmap")[chart]]
    qtbot.waitUntil(lambda: page.data is not None and drawn(view), timeout=60000)
    return page, view


def visible_in(area: QAbstractScrollArea, widget) -> bool:  # noqa: ANN001
    """The whole widget lies inside the scroll area's viewport, as scrolled now."""
    top_left = widget.mapTo(area.viewport(), QPoint(0, 0))
    return area.viewport().rect().contains(QRect(top_left, widget.size()))


def text_pixels(figure) -> list[tuple[str, float]]:  # noqa: ANN001
    """Every visible text of a drawn figure with its size on screen in pixels."""
    out = []
    for text in figure.findobj(Text):
        if text.get_visible() and text.get_text().strip():
            out.append((text.get_text(), text.get_fontsize() * figure.dpi / 72))
    return out


def test_at_1280x720_the_radar_fits_its_pane_with_no_scroll_area_inside_another(
    demo_folder, main_window, qtbot
):
    page, view = open_dashboard(main_window, qtbot, (1280, 720))
    canvas = view.canvas()
    areas = scroll_areas_around(canvas)
    assert len(areas) <= 1, [type(a).__name__ for a in areas]
    assert view.rect().contains(canvas.geometry())  # not cut by its own view
    for area in areas:
        assert visible_in(area, canvas), (canvas.mapTo(area.viewport(), QPoint(0, 0)), canvas.size())
    # Readable: no text of the radar smaller than 11 px on screen (the joint values, the scale note).
    small = [(t, round(px, 1)) for t, px in text_pixels(view.figure()) if px < 11]
    assert not small
    assert any("1 = weakest" in t for t, _px in text_pixels(view.figure()))


def test_at_1920x1080_the_radar_fills_its_pane(demo_folder, main_window, qtbot):
    page, view = open_dashboard(main_window, qtbot, (1920, 1080))
    canvas = view.canvas()
    assert canvas.width() >= 0.95 * view.width() and canvas.height() >= 0.95 * view.height()
    figure = view.figure()
    polar = next(ax for ax in figure.axes if ax.name == "polar")
    box = polar.get_window_extent()
    # The circle itself takes most of the pane's height (it stayed a small disc in a corner before).
    assert box.height >= 0.6 * view.height(), (box.height, view.height())
    assert page.scroll.verticalScrollBar().maximum() == 0  # nothing to scroll on a large screen


@pytest.mark.parametrize("size", [(1280, 720), (1366, 768), (1920, 1080)])
def test_the_trend_tab_names_its_five_lines_inside_the_chart(demo_folder, main_window, qtbot, size):
    page, view = open_dashboard(main_window, qtbot, size, chart=1)
    figure = view.figure()
    names = [t for t in figure.findobj(Text) if t.get_gid() == "end-label"]
    assert sorted(" ".join(t.get_text().split()) for t in names) == sorted(
        dim.name.en for dim in FW.dimensions
    )
    bounds = figure.bbox
    renderer = view.canvas().get_renderer()
    for text in names:
        box = text.get_window_extent(renderer)
        assert bounds.x0 <= box.x0 and box.x1 <= bounds.x1 and bounds.y0 <= box.y0 and box.y1 <= bounds.y1
    small = [(t, round(px, 1)) for t, px in text_pixels(figure) if px < 11]
    assert not small
    # Only the page scrolls (when the window is too small for the chart): never a chart inside a scroll area
    # inside another.
    assert len(scroll_areas_around(view.canvas())) <= 1


def test_the_portfolio_heat_map_shows_all_four_partnerships_at_1366x768(demo_folder, main_window, qtbot):
    main_window.resize(1366, 768)
    main_window.show_page("portfolio")
    page = main_window.pages["portfolio"]
    qtbot.waitUntil(lambda: not page.model.pending and page.heatmap.key is not None, timeout=60000)
    qtbot.waitUntil(lambda: drawn(page.heatmap), timeout=60000)
    assert page.proxy.rowCount() == 4
    canvas = page.heatmap.canvas()
    viewport = page.heatmap.scroll.viewport()
    assert canvas.height() <= viewport.height() and canvas.width() <= viewport.width()
    figure = page.heatmap.figure()
    rows = [t.get_text() for ax in figure.axes for t in ax.texts if "×" in t.get_text()]
    assert len(rows) == 4
    # A Chinese name is wrapped at its spaces, never inside a word.
    assert all(
        "\n" not in name or all(part in name.replace("\n", " ") for part in name.split()) for name in rows
    )
    assert "云启 × 华岳 智能制造联合方案" in [" ".join(r.split("\n")) for r in rows]


def test_the_health_index_tile_says_a_decline_as_the_decline_rule_does(demo_folder, main_window, qtbot):
    from healthdesk.ui.common import theme

    page, _view = open_dashboard(main_window, qtbot, (1366, 768))
    tile = page.index_tile
    # The demo's case: the index fell 67.9 → 37.9, the last step only −5.7 (under the trend step: "▶").
    assert page.data.summary.trend.overall.direction == "flat"
    text = tile.trend.text()
    assert "-5.7" in text and "2026 H1" in text
    # the decline rule decides the arrow of the fall too, as the colour and the portfolio say it (not "▶ -5.7")
    assert text.splitlines()[0] == "▼ -5.7 vs 2026 H1"
    assert "▼ falling: -30.0 since 2024 H2" in text
    assert theme.RED.lower() in tile.trend.styleSheet().lower()


def test_the_portfolio_trend_of_a_falling_index_is_red_like_the_tile(demo_folder, main_window, qtbot):
    from PySide6.QtCore import Qt

    from healthdesk.ui.common import theme
    from healthdesk.ui.portfolio.page import PortfolioModel

    main_window.show_page("portfolio")
    page = main_window.pages["portfolio"]
    qtbot.waitUntil(lambda: not page.model.pending and page.proxy.rowCount() == 4, timeout=60000)
    model = page.model
    by_name = {row.name: n for n, row in enumerate(model.rows)}
    falling = model.index(by_name["云启 × 华岳 智能制造联合方案"], PortfolioModel.COL_TREND)
    assert model.data(falling, Qt.ItemDataRole.DisplayRole).endswith("-5.7")  # the last step, as everywhere
    assert model.data(falling, Qt.ItemDataRole.ForegroundRole).color().name() == theme.RED.lower()
    assert "falling" in model.data(falling, Qt.ItemDataRole.ToolTipRole)
    steady = model.index(
        by_name["极光汽车售后 × 畅行代步车服务"], PortfolioModel.COL_TREND
    )  # −0.5, no warning
    assert model.data(steady, Qt.ItemDataRole.ForegroundRole) is None


def test_the_index_direction_is_the_decline_rule_then_the_last_step():
    falling = _summary([Fraction("67.9"), Fraction(55), Fraction("43.6"), Fraction("37.9")])
    assert falling.trend.overall.direction == "flat" and index_direction(falling) == "down"
    one_step = _summary(
        [Fraction(50), Fraction("44.3")]
    )  # one fall of 5.7 points, no decline warning: steady
    assert not [w for w in one_step.warnings if w.code == "index_falling"]
    assert index_direction(one_step) == "flat"
    assert index_direction(_summary([Fraction(40), Fraction(60)])) == "up"
    assert index_direction(_summary([Fraction(40)])) is None  # the baseline


def test_the_index_tile_in_chinese_says_the_same(demo_folder, main_window, qtbot):
    page, _view = open_dashboard(main_window, qtbot, (1366, 768))
    main_window.ctx.set_language("zh")
    qtbot.waitUntil(lambda: "下降：自 2024 H2 以来 -30.0" in page.index_tile.trend.text(), timeout=30000)
