"""Texts a JMC reader needs whole are never cut with "…" at 1366×768 or 1280×720, in English and Chinese: the
action plan's targets and notes, the dashboard's indicator names and the files the invitations were written to. Each is
measured: the text wrapped at its cell's (or label's) width, with its font's metrics, fits the row (the label)."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtWidgets import QStyle

from healthdesk.services import partnerships as partnership_svc
from healthdesk.services import rounds
from healthdesk.ui.common import tasks

pytestmark = pytest.mark.gui

SIZES = [(1366, 768), (1280, 720)]
NAV = 200  # the main window's navigation beside a page


def _partnership(ctx, code):
    return next(p for p in partnership_svc.list_partnerships(ctx.db) if p.code == code)


def _text_width(view, column_width):
    """The width Qt draws a cell's text in: the column's less the delegate's text margin on both sides."""
    margin = view.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, view) + 1
    return column_width - 2 * margin


def _wrapped_height(metrics, text, width):
    return metrics.boundingRect(QRect(0, 0, width, 100000), Qt.TextFlag.TextWordWrap, text).height()


def _cut_cells(tree, column):
    """The (text, row height, height it needs) of every row of ``tree`` whose text in ``column`` does not fit."""
    cut, stack = [], [tree.topLevelItem(i) for i in range(tree.topLevelItemCount())]
    while stack:
        item = stack.pop(0)
        stack += [item.child(i) for i in range(item.childCount())]
        text = item.text(column)
        if not text:
            continue
        width = _text_width(tree, tree.header().sectionSize(column))
        if column == 0:
            depth, parent = (1 if tree.rootIsDecorated() else 0), item.parent()
            while parent is not None:
                depth, parent = depth + 1, parent.parent()
            width -= tree.indentation() * depth
        metrics = tree.fontMetrics() if item.font(column) is None else _metrics(item.font(column))
        need = _wrapped_height(metrics, text, width)
        height = tree.visualItemRect(item).height()
        if height < need:
            cut.append((text, height, need))
    return cut


def _metrics(font):
    from PySide6.QtGui import QFontMetrics

    return QFontMetrics(font)


@pytest.mark.parametrize("lang", ["en", "zh"])
@pytest.mark.parametrize("size", SIZES)
def test_plan_targets_and_notes_show_whole(demo_ctx, qtbot, dialogs, lang, size):
    from healthdesk.ui.actionplan.page import FollowUpPage

    demo_ctx.set_language(lang)
    page = FollowUpPage(demo_ctx)
    qtbot.addWidget(page)
    page.resize(*size)
    page.show_partnership(_partnership(demo_ctx, "CQ-HY").id)
    page.show()
    qtbot.waitExposed(page)
    qtbot.waitUntil(lambda: tasks.idle() and page.tree.topLevelItemCount() > 0, timeout=20_000)
    tree = page.tree
    notes = [t for t, *_ in _cut_cells(tree, 5)]
    qtbot.waitUntil(lambda: not _cut_cells(tree, 5) and not _cut_cells(tree, 0), timeout=5000)
    # The demo's long targets are there, and at least one took more than a line (the test measures something).
    line = tree.fontMetrics().height()
    rows = [
        tree.visualItemRect(i).height()
        for i in tree.findItems("*", Qt.MatchFlag.MatchWildcard | Qt.MatchFlag.MatchRecursive)
    ]
    assert max(rows) >= 2 * line, notes
    assert tree.horizontalScrollBar().maximum() == 0  # never sideways


@pytest.mark.parametrize("lang", ["en", "zh"])
@pytest.mark.parametrize("size", SIZES)
def test_dashboard_indicator_names_show_whole(demo_ctx, qtbot, dialogs, lang, size):
    from healthdesk.ui.dashboard.page import DashboardPage

    demo_ctx.set_language(lang)
    page = DashboardPage(demo_ctx)
    page.as_of = date(2026, 11, 22)
    qtbot.addWidget(page)
    page.resize(size[0] - NAV, size[1] - 30)
    page.show()
    qtbot.waitExposed(page)
    page.show_partnership(_partnership(demo_ctx, "CQ-HY").id)
    page.chart_tabs.setCurrentIndex(1)
    page.text_tabs.setCurrentIndex(1)
    tree = page.indicator_tree
    qtbot.waitUntil(lambda: tasks.idle() and tree.topLevelItemCount() > 10, timeout=20_000)
    qtbot.waitUntil(lambda: not _cut_cells(tree, 0), timeout=5000)
    assert tree.horizontalScrollBar().maximum() == 0


@pytest.mark.parametrize("lang", ["en", "zh"])
@pytest.mark.parametrize("size", SIZES)
def test_invitations_banner_names_every_file(ctx, qtbot, dialogs, make_partnership, tmp_path, lang, size):
    from healthdesk.ui.exchange.export import ExportInvitationsDialog

    ctx.set_language(lang)
    p = make_partnership(ctx)
    r = rounds.create_round(ctx.db, p.id, "2026 H2", date(2026, 11, 9))
    for n in range(9):
        rounds.add_respondent(ctx.db, r.id, f"Respondent Number {n}", "AB"[n % 2])
    dialog = ExportInvitationsDialog(ctx, p.id)
    qtbot.addWidget(dialog)
    dialog.resize(min(760, size[0] - 40), min(640, size[1] - 40))
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.folder_edit.setText(str(tmp_path / "invitations"))
    dialog.export()
    qtbot.waitUntil(lambda: not dialog.busy() and bool(dialog.written), timeout=60_000)
    banner, files = dialog.done_banner, dialog.files_list
    names = [w.path.name for w in dialog.written]
    assert len(names) == 9 and "…" not in banner.text()
    assert "9" in banner.text() and str(tmp_path / "invitations") in banner.text()
    # Every file under the banner, one a line, whole (the list scrolls up and down, never sideways).
    assert [files.item(i).text() for i in range(files.count())] == names
    assert files.isVisible() and files.horizontalScrollBar().maximum() == 0
    width = _text_width(files, files.viewport().width())
    for i in range(files.count()):
        item = files.item(i)
        need = _wrapped_height(files.fontMetrics(), item.text(), width)
        assert files.visualItemRect(item).height() >= need, item.text()
    qtbot.waitUntil(lambda: banner.height() >= banner.heightForWidth(banner.width()), timeout=5000)


@pytest.mark.parametrize(("lang", "width"), [("zh", 280), ("zh", 340), ("en", 340)])
def test_followup_panel_warnings_show_whole_in_a_short_pane(demo_ctx, qtbot, settle, lang, width):
    """The dashboard's follow-up pane at 1280×720 is about 300 pixels wide, and may be short: a warning that wraps
    onto more lines is never cut at the panel's edge (the panel scrolls up and down instead, never sideways). (In
    English the panel's buttons need about 310 pixels side by side: narrower, it is cut at the right.)"""
    from healthdesk.ui.actionplan.page import FollowUpPanel
    from healthdesk.ui.common import theme

    demo_ctx.set_language(lang)
    panel = FollowUpPanel(demo_ctx)
    qtbot.addWidget(panel)
    panel.setContentsMargins(
        theme.SPACING, theme.SPACING, theme.SPACING, theme.SPACING
    )  # as on the dashboard
    panel.resize(width, 260)
    panel.show_partnership(_partnership(demo_ctx, "CQ-HY").id)
    panel.show()
    qtbot.waitExposed(panel)
    settle()
    label = panel.warnings
    assert label.isVisible() and len(label.text().splitlines()) >= 3

    def whole() -> bool:
        room = label.contentsRect()
        need = sum(
            _wrapped_height(label.fontMetrics(), line, room.width()) for line in label.text().splitlines()
        )
        inside = label.mapTo(panel, label.rect().bottomRight()).x() < panel.width()
        return room.height() >= need and inside

    qtbot.waitUntil(whole, timeout=5000)
