"""Whole texts in item views: what a cell adds to its text's width, and rows as tall as their wrapped texts need.

A long text in a table or tree cell (a goal's target, an indicator's name) is wrapped onto as many lines as the
column's width needs rather than cut with "…": ``WrappedCells`` is a delegate that asks for that height, measured
with the cell's font metrics at the column's width, so only the rows that need it grow. Item views keep the row
heights they measured; ``follow_column_widths`` measures them again once a column's width has changed. The portfolio
(``ui/portfolio/columns.py``) uses ``cell_padding`` for its long columns' widths.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QRect, QSize, Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QTreeView,
)

MIN_TEXT_WIDTH = 60  # a column narrower than this is measured as this wide (a text wraps at least this wide)


def cell_padding(table: QAbstractItemView) -> int:
    """What a cell adds to its text's width: the delegate's text margin on both sides, the grid line, and a pixel
    for the text's fractional width (the metrics round it; Qt elides what does not fit by a fraction)."""
    margin = table.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, table) + 1
    grid = 1 if isinstance(table, QTableView) and table.showGrid() else 0
    return 2 * margin + grid + 1


def wrapped_height(metrics, text: str, width: int) -> int:  # noqa: ANN001 - QFontMetrics
    """The height of ``text`` wrapped at word boundaries (anywhere between Chinese characters) in ``width``."""
    rect = metrics.boundingRect(
        QRect(0, 0, max(MIN_TEXT_WIDTH, width), 100000), Qt.TextFlag.TextWordWrap, text
    )
    return rect.height()


class WrappedCells(QStyledItemDelegate):
    """Cells whose rows are as tall as their texts need wrapped at the column's width, so the texts show whole.

    ``margin``: what the cell takes from the column's width besides the text (by default ``cell_padding``, what
    Qt's own drawing takes; more is safer where a row may take one line more than it needs). In a tree's first
    column the indentation of the item's level is taken off too.
    """

    def __init__(self, view: QTreeView | QTableView, margin: int | None = None):
        super().__init__(view)
        self.view = view
        self.margin = cell_padding(view) if margin is None else margin

    def text_width(self, index: QModelIndex) -> int:
        view = self.view
        if isinstance(view, QTreeView):
            width = view.header().sectionSize(index.column()) - self.margin
            if index.column() == view.header().logicalIndex(0):
                depth, parent = (1 if view.rootIsDecorated() else 0), index.parent()
                while parent.isValid():
                    depth, parent = depth + 1, parent.parent()
                width -= view.indentation() * depth
            return width
        return view.horizontalHeader().sectionSize(index.column()) - self.margin

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex) -> QSize:  # noqa: N802 - Qt API
        size = super().sizeHint(option, index)
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)  # the cell's own font (bold, italic)
        text = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
        if not text:
            return size
        height = wrapped_height(opt.fontMetrics, text, self.text_width(index)) + 4
        return QSize(size.width(), max(size.height(), height))


def follow_column_widths(view: QTreeView) -> QTimer:
    """Measure a tree's row heights again once its columns' widths have settled (a tree keeps the heights it
    measured; a table is told with ``resizeRowsToContents``). Returns the timer (a child of the view)."""
    timer = QTimer(view)
    timer.setSingleShot(True)
    timer.setInterval(0)
    timer.timeout.connect(view.doItemsLayout)
    view.header().sectionResized.connect(lambda *_: timer.start())
    return timer
