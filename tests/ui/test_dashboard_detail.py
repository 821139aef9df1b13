"""The detail view's history chart (both partners and the joint score of one dimension or indicator across rounds,
beside the table it keeps) and the dashboard trend of the latest rounds of a longer history."""

from __future__ import annotations

import math
from datetime import date

import pytest
from matplotlib.text import Text

from healthdesk.reports import style
from healthdesk.services import rounds as round_svc
from tests.builders import add_submitted, make_partnership

pytestmark = pytest.mark.gui

AS_OF = date(2026, 11, 22)


def add_round(ctx, p, n: int, b_scores: list, blind: bool = False, close: bool = True):  # noqa: ANN001, ANN201
    rnd = round_svc.create_round(ctx.db, p.id, f"R{n}", date(2024, 1 + n, 1), blind=blind)
    add_submitted(ctx.db, rnd.id, "A", [4, 4, 3 + n % 2], prefix=f"{n}-")
    add_submitted(ctx.db, rnd.id, "B", b_scores, prefix=f"{n}-")
    if close:
        round_svc.set_round_status(ctx.db, rnd.id, "closed")
    return rnd


def open_page(ctx, qtbot, p):  # noqa: ANN001, ANN201
    from healthdesk.ui.dashboard.page import DashboardPage

    page = DashboardPage(ctx)
    page.as_of = AS_OF
    qtbot.addWidget(page)
    page.resize(1366, 768)
    page.show()
    qtbot.waitExposed(page)
    with qtbot.waitSignal(page.chart_painted, timeout=20000):
        page.show_partnership(p.id)
    return page


def open_detail(page, qtbot, kind: str, item: str):  # noqa: ANN001, ANN201
    dialog = page.open_detail(kind, item)
    qtbot.waitUntil(lambda: dialog.history_view.figure() is not None, timeout=20000)
    return dialog


def legend(fig) -> list[str]:  # noqa: ANN001
    return [t.get_text() for lg in fig.legends for t in lg.get_texts()]


def points(fig, key: str) -> dict[float, float]:  # noqa: ANN001
    colour = style.LINE_STYLES[key]["color"].lower()
    out: dict[float, float] = {}
    for line in fig.axes[0].get_lines():
        if str(line.get_color()).lower() == colour:
            out.update(zip(map(float, line.get_xdata()), map(float, line.get_ydata()), strict=True))
    return out


def title(fig) -> str:  # noqa: ANN001
    return next(t.get_text() for t in fig.findobj(Text) if t.get_gid() == "title")


def test_the_detail_draws_the_history_beside_its_table_with_gaps_for_withheld_and_hidden(ctx, qtbot):
    p = make_partnership(ctx.db)
    add_round(ctx, p, 1, [3, 3, 3])
    add_round(ctx, p, 2, [2, 2])  # HardCo below the threshold: its values and the joint are withheld
    add_round(ctx, p, 3, [2, 2], blind=True)  # blind and short: nothing of it may show
    add_round(ctx, p, 4, [3, 2, 3], close=False)
    page = open_page(ctx, qtbot, p)
    dialog = open_detail(page, qtbot, "dimension", "relationship")
    fig = dialog.history_view.figure()
    assert title(fig) == "Relationship health: how both partners see it, round by round"
    assert legend(fig) == ["CloudSoft", "HardCo", "Joint", "withheld / hidden"]
    a, b, joint = points(fig, "A"), points(fig, "B"), points(fig, "joint")
    assert 0.0 not in [*a.values(), *b.values(), *joint.values()]
    assert not math.isnan(a[1]) and math.isnan(b[1]) and math.isnan(joint[1])  # round 2
    assert math.isnan(a[2]) and math.isnan(b[2]) and math.isnan(joint[2])  # round 3, hidden
    assert [t.get_text() for t in fig.findobj(Text) if t.get_gid() == "gap-reason"] == ["hidden"]
    assert all(1 <= y <= 5 for y in (a[0], b[0], joint[0], a[3], b[3], joint[3]))
    # The table stays, one row per round; the chart is shown whole (no inner vertical scrolling).
    assert dialog.history_table.rowCount() == 4
    assert dialog.history_table.item(2, 1).text() == "hidden"
    view = dialog.history_view

    def fitted() -> bool:
        canvas = view.canvas()
        return canvas is not None and view.height() == canvas.height() and canvas.y() == 0

    # The view is as tall as its chart, inside the dialog's one scroll area (no scroll area of its own).
    qtbot.waitUntil(fitted, timeout=20000)
    assert view.scroll is None
    assert len(scroll_areas_around(view.canvas())) == 1


def scroll_areas_around(widget) -> list:  # noqa: ANN001
    from PySide6.QtWidgets import QAbstractScrollArea

    out = []
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QAbstractScrollArea):
            out.append(parent)
        parent = parent.parentWidget()
    return out


def test_the_detail_chart_follows_the_language(ctx, qtbot):
    p = make_partnership(ctx.db)
    add_round(ctx, p, 1, [3, 3, 3])
    add_round(ctx, p, 2, [2, 3, 3], close=False)
    page = open_page(ctx, qtbot, p)
    dialog = open_detail(page, qtbot, "indicator", "trust")
    assert title(dialog.history_view.figure()).startswith("Trust level (subjective)")
    ctx.set_language("zh")
    qtbot.waitUntil(lambda: "双方历次评分" in title(dialog.history_view.figure()), timeout=20000)
    assert legend(dialog.history_view.figure()) == ["CloudSoft", "HardCo", "综合"]
    assert dialog.history_view.accessibleName() == "历史图表"


def test_a_single_round_has_no_history_chart_but_keeps_its_table(ctx, qtbot, settle):
    p = make_partnership(ctx.db)
    add_round(ctx, p, 1, [3, 3, 3], close=False)
    page = open_page(ctx, qtbot, p)
    dialog = page.open_detail("dimension", "finance")
    qtbot.waitExposed(dialog)
    settle()  # the history is read on the background queue
    assert dialog.history_loaded
    assert dialog.history_view.isHidden() and dialog.history_view.figure() is None
    assert dialog.history_table.rowCount() == 1


def test_the_dashboard_trend_of_the_latest_rounds_says_so_and_calls_none_of_them_baseline(
    ctx, qtbot, monkeypatch
):
    from healthdesk.ui.dashboard import page as dashboard

    monkeypatch.setattr(dashboard, "TREND_WINDOW", 2)
    p = make_partnership(ctx.db)
    for n in (1, 2, 3):
        add_round(ctx, p, n, [3, 3, 3], close=n < 3)
    page = open_page(ctx, qtbot, p)
    with qtbot.waitSignal(page.chart_painted, timeout=20000):
        page.chart_tabs.setCurrentIndex(1)
    fig = page.chart_views["trend"].figure()
    texts = [t.get_text() for t in fig.findobj(Text)]
    assert "latest 2 of 3 rounds" in texts
    assert "baseline" not in texts
    assert [t.get_text() for t in fig.axes[1].get_xticklabels() if t.get_text()] == ["R2", "R3"]


def test_the_history_table_leaves_room_around_its_values(ctx, qtbot):
    """A cramped table ("withheld" touching the grid lines) is hard to read: each column is wider than its
    widest value, and the whole table is shown without a scroll bar of its own."""
    p = make_partnership(ctx.db)
    add_round(ctx, p, 1, [3, 3, 3])
    add_round(ctx, p, 2, [2, 2])  # HardCo withheld
    page = open_page(ctx, qtbot, p)
    dialog = open_detail(page, qtbot, "dimension", "relationship")
    table = dialog.history_table
    metrics = table.fontMetrics()
    for c in range(table.columnCount()):
        widest = max(metrics.horizontalAdvance(table.item(r, c).text()) for r in range(table.rowCount()))
        assert table.columnWidth(c) >= widest + 16, c
    assert table.horizontalScrollBar().maximum() == 0
