"""The action plan shows whole goal titles at 1280×720: the row wraps to the title column's width (and the tooltip
holds the title), never "Sho···"."""

from __future__ import annotations

from PySide6.QtCore import QRect, Qt
from PySide6.QtWidgets import QApplication

from healthdesk.services import followup as fu
from healthdesk.ui.actionplan.page import FollowUpPage
from tests.builders import make_partnership

LONG = (
    "Short-term: co-develop three solution templates for automotive parts and 3C electronics factories with both "
    "sales teams and one joint price list"
)


def test_long_goal_titles_wrap_whole_at_1280x720(ctx, qtbot, dialogs):
    p = make_partnership(ctx.db)
    fu.create_goal(ctx.db, p.id, fu.GoalInput("short", LONG))
    page = FollowUpPage(ctx)
    qtbot.addWidget(page)
    page.resize(1280, 720)
    page.show_partnership(p.id)
    page.show()
    qtbot.waitExposed(page)
    qtbot.waitUntil(lambda: page.tree.topLevelItemCount() > 0)  # the plan is read on the background queue
    tree = page.tree
    item = tree.topLevelItem(0)
    assert LONG in item.text(0) and LONG in item.toolTip(0)
    index = tree.indexFromItem(item, 0)
    width = tree.header().sectionSize(0)

    def fits() -> bool:
        QApplication.sendPostedEvents()
        needed = tree.fontMetrics().boundingRect(
            QRect(0, 0, width - 40, 0), Qt.TextFlag.TextWordWrap, item.text(0)
        )
        return tree.visualRect(index).height() >= needed.height()

    assert width < tree.fontMetrics().horizontalAdvance(item.text(0))  # it does need more than one line
    qtbot.waitUntil(fits)
