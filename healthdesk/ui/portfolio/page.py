"""The portfolio: every partnership's latest health index, light, trend, largest gap, warnings, due dates and tier.

A thin Qt view over the Qt-free view-model of ``model.py`` (rows as records and codes, sort keys, the filters,
the heat map's content): the page fetches it with ``ctx.fetch(self, load_portfolio, ...)``, so every row is
computed on the background queue; the table keeps its previous rows until the new ones arrive. A
``QAbstractTableModel`` words the records (``tr``, ``ResultTexts``) behind a ``QSortFilterProxyModel`` that sorts by
the records' sort keys (withheld and missing values last either way) and keeps the rows the model's ``Filters``
keep. Double-click or Enter opens the partnership's dashboard. The portfolio heat map is drawn after the table has
painted, for the partnerships in the table's current order and filter (the first ``HEATMAP_ROWS``). The largest gap
and the follow-up are fitted to their texts (``columns.py``: whole, on a second line where one is not enough) once
the table painted at its width, and again when the page is resized.
"""

from __future__ import annotations

import logging
from dataclasses import replace
from datetime import date
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QEvent,
    QMetaMethod,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ...errors import HealthDeskError
from ...framework import DEFAULT_FRAMEWORK_KEY, get_framework
from ...present.symbols import DASH, GAP_FLAG
from ..common import labels, theme, widgets
from ..common.charts_widget import ChartView
from ..common.context import AppContext
from ..common.result_texts import ResultTexts
from . import columns
from . import model as vm
from .model import HEATMAP_ROWS, Column, Filters, IndexState, PortfolioView, Row

log = logging.getLogger(__name__)

__all__ = ["HEATMAP_ROWS", "PortfolioModel", "PortfolioPage", "PortfolioProxy"]

ID_ROLE = Qt.ItemDataRole.UserRole + 1
SORT_ROLE = Qt.ItemDataRole.UserRole + 2


class PortfolioModel(QAbstractTableModel):
    """The rows of the view-model (``model.Row``) as table cells: words, colours, fonts, tooltips, sort keys."""

    COL_NAME = Column.NAME
    COL_INDEX = Column.INDEX
    COL_LIGHT = Column.LIGHT
    COL_TREND = Column.TREND
    COL_GAP = Column.GAP
    COL_WARNINGS = Column.WARNINGS
    COL_LAST = Column.LAST
    COL_NEXT = Column.NEXT
    COL_TIER = Column.TIER
    COL_STATUS = Column.STATUS
    COL_FOLLOWUP = Column.FOLLOWUP
    COLUMN_COUNT = vm.COLUMN_COUNT

    def __init__(self, texts: ResultTexts, parent: Any = None):
        super().__init__(parent)
        self.texts = texts
        self.rows: list[Row] = []
        self.as_of: date = date.today()
        self.descending = False  # set by the proxy before it sorts: missing values go last either way
        self._pending: tuple[int, ...] = ()
        self._texts_cache: dict[int, list[str]] = {}
        self._bold = QFont()
        self._bold.setBold(True)
        self._italic = QFont()
        self._italic.setItalic(True)
        self._brushes: dict[str, QBrush] = {}

    def set_view(self, view: PortfolioView) -> None:
        self.beginResetModel()
        self._texts_cache.clear()
        self.rows = list(view.rows)
        self._pending = view.pending
        self.as_of = view.as_of
        self.endResetModel()

    @property
    def pending(self) -> tuple[int, ...]:
        """Partnerships whose row is still to be computed: none (``load_portfolio`` computes every row)."""
        return self._pending

    @property
    def followup(self) -> dict[int, Any]:
        """Follow-up counts per partnership id (overdue actions, KPI breaches, decisions waiting)."""
        return {r.partnership_id: r.followup for r in self.rows if r.followup is not None}

    def row_of(self, partnership_id: int) -> int | None:
        for n, row in enumerate(self.rows):
            if row.partnership_id == partnership_id:
                return n
        return None

    def retranslate(self) -> None:
        self._texts_cache.clear()
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.COLUMN_COUNT - 1)
        if self.rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.rows) - 1, self.COLUMN_COUNT - 1))

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else self.COLUMN_COUNT

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return {
                self.COL_NAME: self.tr("Partnership"),
                self.COL_INDEX: self.tr("Index"),
                self.COL_LIGHT: self.tr("Light"),
                self.COL_TREND: self.tr("Trend"),
                self.COL_GAP: self.tr("Largest gap"),
                self.COL_WARNINGS: self.tr("Warnings"),
                self.COL_LAST: self.tr("Last assessment"),
                self.COL_NEXT: self.tr("Next due"),
                self.COL_TIER: self.tr("Tier"),
                self.COL_STATUS: self.tr("Status"),
                self.COL_FOLLOWUP: self.tr("Follow-up"),
            }.get(section)
        if role == Qt.ItemDataRole.ToolTipRole:
            return {
                self.COL_INDEX: self.tr("Health index 0–100 of the latest round with results of both sides"),
                self.COL_TREND: self.tr("Change of the health index since the round before"),
                self.COL_GAP: self.tr("The dimension on which the partners' joint scores differ most"),
                self.COL_WARNINGS: self.tr(
                    "Early warnings (falling scores, growing gaps, overdue assessment)"
                ),
                self.COL_NEXT: self.tr("When the next full assessment is due (every six months)"),
                self.COL_FOLLOWUP: self.tr(
                    "Overdue actions, joint KPIs past their alert threshold, decisions waiting"
                ),
            }.get(section)
        return None

    # -- cells ---------------------------------------------------------------------------------------------
    def display(self, row: Row, col: int) -> str:
        t = self.texts
        if col == self.COL_NAME:
            return row.name
        if col == self.COL_STATUS:
            text = labels.label(labels.statuses(), row.status)
            return text + " " + self.tr("(archived)") if row.archived else text
        if col == self.COL_FOLLOWUP:
            return self.followup_text(row)
        if not row.computed:
            if col == self.COL_INDEX:
                return self.tr("could not be computed") if row.index == IndexState.FAILED else DASH
            return ""
        if col == self.COL_INDEX:
            if row.index == IndexState.VALUE:
                return row.index_text or DASH
            return self.tr("no results") if row.index == IndexState.NO_RESULTS else self.tr("withheld")
        if col == self.COL_LIGHT:
            return t.light_text(row.light) if row.light else DASH
        if col == self.COL_TREND:
            trend = row.trend
            assert trend is not None
            if trend.kind == "compared" and trend.delta is not None:
                # arrow and words by the index's heading, as the dashboard tile says it (present)
                if trend.heading == "down" and trend.falling:
                    return self.tr("{arrow} falling: {delta}").format(
                        arrow=t.arrow(trend.heading), delta=trend.delta
                    )
                return f"{t.arrow(trend.heading)} {trend.delta}"
            return t.trend_kind(trend.kind) if trend.kind else DASH
        if col == self.COL_GAP:
            gap = row.gap
            if gap is None:
                return DASH
            name = t.dimension_name(row.framework, gap.dimension)
            text = self.tr("{dimension} {gap}: {who}").format(
                dimension=name, gap=gap.size, who=self._gap_who(row)
            )
            return f"{GAP_FLAG} {text}" if gap.flagged else text
        if col == self.COL_WARNINGS:
            return str(row.warnings) if row.warnings else DASH
        if col == self.COL_LAST:
            return self.tr("never") if row.last_start is None else row.last_start.isoformat()
        if col == self.COL_NEXT:
            if row.next_due is None:
                return self.tr("now")
            text = row.next_due.isoformat()
            return self.tr("{date} (overdue)").format(date=text) if row.overdue else text
        if col == self.COL_TIER:
            if row.tier is None:
                return DASH
            name = t.tier_name(row.framework, row.tier)
            return self.tr("{tier} · exit review").format(tier=name) if row.exit_review else name
        return ""

    def followup_text(self, row: Row) -> str:
        counts = row.followup
        if counts is None or not counts.attention:
            return DASH
        parts = []
        if counts.overdue_actions:
            parts.append(self.tr("{n} overdue").format(n=counts.overdue_actions))
        if counts.kpi_breaches:
            parts.append(self.tr("%n KPI breach(es)", "", counts.kpi_breaches))
        if counts.decisions_requested:
            parts.append(self.tr("%n decision(s) waiting", "", counts.decisions_requested))
        return " · ".join(parts)

    def _gap_who(self, row: Any) -> str:
        said = vm.gap_said(row)  # decided once (present)
        if said is None or said.code == "gap.none":
            return self.tr("no gap")
        return self.tr("{label} higher").format(label=row.label(said.params["side"]))

    def sort_key(self, row: Row, col: int) -> Any:
        """A number (or, for the name, a text) Qt compares natively; a missing value sorts last in either order."""
        key = row.sort_keys[col]
        if key is None:
            return float("-inf") if self.descending else float("inf")
        return key

    def _brush(self, colour: str) -> QBrush:
        brush = self._brushes.get(colour)
        if brush is None:
            brush = self._brushes[colour] = QBrush(QColor(colour))
        return brush

    def texts_of(self, r: int) -> list[str]:
        """The row's cell texts (computed once per row and language)."""
        texts = self._texts_cache.get(r)
        if texts is None:
            row = self.rows[r]
            texts = self._texts_cache[r] = [self.display(row, c) for c in range(self.COLUMN_COUNT)]
        return texts

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        r = index.row()
        if not 0 <= r < len(self.rows):
            return None
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self.texts_of(r)[col]
        row = self.rows[r]
        if role == SORT_ROLE:
            return self.sort_key(row, col)
        if role == Qt.ItemDataRole.ForegroundRole:
            if row.computed:
                if col == self.COL_LIGHT and row.light:
                    return self._brush(theme.LIGHT_COLOURS[row.light])
                # the trend: the index's heading, as the dashboard tile says it (present)
                heading = row.trend.heading if row.trend is not None else None
                if col == self.COL_TREND and heading in ("up", "down"):
                    return self._brush(theme.GREEN if heading == "up" else theme.RED)
                if (col == self.COL_NEXT and row.overdue) or (col == self.COL_TIER and row.exit_review):
                    return self._brush(theme.ERROR)
            return self._brush(theme.TEXT_MUTED) if row.archived else None
        if role == Qt.ItemDataRole.FontRole:
            if col == self.COL_INDEX and row.index == IndexState.VALUE:
                return self._bold
            return self._italic if row.archived else None
        if role == Qt.ItemDataRole.TextAlignmentRole:
            if col in (self.COL_INDEX, self.COL_WARNINGS):
                return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            return None
        if role == ID_ROLE:
            return row.partnership_id
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(row, col)
        return None

    def _tooltip(self, row: Row, col: int) -> str:
        if col == self.COL_NAME:
            p = row.source
            return (
                f"{p.name} ({p.code})\n{p.partner_a_label} · {p.partner_a_name}\n"
                f"{p.partner_b_label} · {p.partner_b_name}"
            )
        if not row.computed:
            return self.display(row, col)
        round_label = row.overview.round_label if row.overview is not None else None
        if col == self.COL_INDEX and round_label:
            return self.tr("Round {label}").format(label=round_label)
        trend = row.trend
        if (
            col == self.COL_TREND
            and trend is not None
            and trend.kind == "compared"
            and trend.delta is not None
        ):
            text = self.tr("{change} index points since the round before").format(change=trend.delta)
            if trend.falling:
                text += "\n" + self.tr("The health index is falling (early warning): open the dashboard.")
            return text
        if col == self.COL_GAP and row.gap is not None:
            return self.tr("Gap {gap} (A − B) on {dimension}: {who}").format(
                gap=row.gap.signed,
                dimension=self.texts.dimension_name(row.framework, row.gap.dimension),
                who=self._gap_who(row),
            )
        if col == self.COL_WARNINGS and row.warnings:
            return self.tr("Open the dashboard to read the warnings and their next steps.")
        return self.display(row, col)


class PortfolioProxy(widgets.FilterProxy):
    """Sorts by SORT_ROLE (numbers Qt compares itself; missing values last in either order); keeps the rows the
    view-model's ``Filters`` keep (words, tier, status)."""

    def __init__(self, parent: Any = None):
        super().__init__(parent)
        self.filters = Filters()
        self.setSortRole(SORT_ROLE)

    def set_text(self, text: str) -> None:
        self._refilter("filters", replace(self.filters, text=text))

    def set_tier(self, tier: str) -> None:
        self._refilter("filters", replace(self.filters, tier=tier or ""))

    def set_status(self, status: str) -> None:
        self._refilter("filters", replace(self.filters, status=status or ""))

    def filterAcceptsRow(self, source_row: int, source_parent: QModelIndex | QPersistentModelIndex) -> bool:  # noqa: N802
        rows = self.sourceModel().rows
        return 0 <= source_row < len(rows) and self.filters.keeps(rows[source_row])

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        model = self.sourceModel()
        if model is not None:
            model.descending = order == Qt.SortOrder.DescendingOrder
        super().sort(column, order)


class _FirstPaint(QObject):
    """Calls back after the next paint of a widget."""

    def __init__(self, target: QWidget, callback: Any):
        super().__init__(target)
        self.target = target
        self.callback = callback
        self.armed = False

    def arm(self) -> None:
        if not self.armed:
            self.armed = True
            self.target.installEventFilter(self)

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.Paint and self.armed:
            self.armed = False
            obj.removeEventFilter(self)
            QTimer.singleShot(0, self, self.callback)
        return False


class PortfolioPage(widgets.ReloadWhenShown, QWidget):
    """Every partnership at a glance; the home screen when there is more than one."""

    partnership_activated = Signal(int)  # open its dashboard (double-click / Enter)
    table_filled = Signal()
    heatmap_drawn = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("portfolioPage")
        self.ctx = ctx
        self.texts = ResultTexts(ctx.lang, self)
        self.as_of: date | None = None  # None: today (tests set a date)
        self._dirty = True
        self._generation = 0
        self._columns_fitted = False
        self.portfolio: PortfolioView | None = None  # the rows shown (kept until the next load arrives)
        self._loading = False

        layout = QVBoxLayout(self)
        layout.setContentsMargins(theme.MARGIN, theme.MARGIN, theme.MARGIN, theme.MARGIN)
        layout.setSpacing(theme.SPACING)
        self.heading = widgets.title_label()
        self.count_label = widgets.subtitle_label()
        layout.addWidget(self.heading)
        layout.addWidget(self.count_label)

        filters = QHBoxLayout()
        filters.setSpacing(theme.SPACING)
        self.search = QLineEdit()
        self.search.setObjectName("portfolioSearch")
        self.search.setClearButtonEnabled(True)
        self.search.setMinimumWidth(220)
        self.search.textChanged.connect(self._text_changed)
        filters.addWidget(self.search, 2)
        self.tier_filter = QComboBox()
        self.tier_filter.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.tier_filter.currentIndexChanged.connect(self._filters_changed)
        filters.addWidget(self.tier_filter)
        self.status_filter = QComboBox()
        self.status_filter.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.status_filter.currentIndexChanged.connect(self._filters_changed)
        filters.addWidget(self.status_filter)
        filters.addStretch(1)
        layout.addLayout(filters)

        self.model = PortfolioModel(self.texts, self)
        self.proxy = PortfolioProxy(self)
        self.proxy.setSourceModel(self.model)
        self.table = QTableView()
        self.table.setObjectName("portfolioTable")
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(PortfolioModel.COL_INDEX, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.table.verticalHeader().hide()
        # one line (two where a row needs them: _fit_row_heights)
        self._row_height = self.table.verticalHeader().defaultSectionSize()
        self._long_columns: columns.LongColumns | None = (
            None  # how the long columns fit (_fit_followup_column)
        )
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        header.setResizeContentsPrecision(20)  # fit columns to the first rows, not to every one of hundreds
        header.setHighlightSections(False)
        self.table.activated.connect(self._activated)  # double-click, or Enter on the current row
        self.proxy.layoutChanged.connect(self._order_changed)
        self.proxy.rowsInserted.connect(self._order_changed)
        self.proxy.rowsRemoved.connect(self._order_changed)

        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(self.table)
        heat = QWidget()
        heat_layout = QVBoxLayout(heat)
        heat_layout.setContentsMargins(0, theme.GRID, 0, 0)
        heat_layout.setSpacing(4)
        self.heatmap_note = widgets.subtitle_label()
        heat_layout.addWidget(self.heatmap_note)
        self.heatmap = ChartView(cache_size=2)
        self.heatmap.setMinimumHeight(160)
        self.heatmap.painted.connect(lambda _key: self.heatmap_drawn.emit())
        heat_layout.addWidget(self.heatmap, 1)
        self.splitter.addWidget(heat)
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 1)
        layout.addWidget(self.splitter, 1)
        self.empty_label = QLabel()
        self.empty_label.setProperty("role", "info")
        self.empty_label.setWordWrap(True)
        self.empty_label.hide()
        layout.addWidget(self.empty_label)

        self._after_paint = _FirstPaint(self.table.viewport(), self._draw_heatmap)
        # the follow-up column is fitted again once the table has its final width (after it painted)
        self._followup_after_paint = _FirstPaint(self.table.viewport(), self._fit_followup_column)
        self._heat_timer = QTimer(self)
        self._heat_timer.setSingleShot(True)
        self._heat_timer.setInterval(250)
        self._heat_timer.timeout.connect(self._draw_heatmap)

        self.retranslate_ui()
        ctx.language_changed.connect(self._language_changed)
        ctx.data_changed.connect(self._data_changed)
        ctx.database_replaced.connect(self._data_changed)

    # -- texts ---------------------------------------------------------------------------------------------
    def _language_changed(self, lang: str) -> None:
        self.texts.lang = lang
        self.retranslate_ui()
        self.heatmap.clear_cache()
        self._schedule_heatmap()

    def retranslate_ui(self) -> None:
        self.texts.lang = self.ctx.lang
        self.heading.setText(self.tr("Portfolio"))
        self.search.setPlaceholderText(self.tr("Filter by name, code or partner…"))
        fw = get_framework(DEFAULT_FRAMEWORK_KEY)
        tier_words = {
            "": self.tr("All tiers"),
            **{tier.id: self.texts.text(tier.name) for tier in fw.tiers},
            vm.TIER_EXIT_REVIEW: self.tr("Exit review due"),
            vm.TIER_NONE: self.tr("No results"),
        }
        self._fill_combo(self.tier_filter, [(key, tier_words[key]) for key in vm.tier_filter_keys()])
        status_words = {
            **labels.statuses(),
            "": self.tr("All statuses"),
            vm.STATUS_CURRENT: self.tr("Active and paused"),
            vm.STATUS_ARCHIVED: self.tr("Archived"),
        }
        self._fill_combo(
            self.status_filter, [(key, status_words.get(key, key)) for key in vm.status_filter_keys()]
        )
        self.empty_label.setText(
            self.tr(
                "No partnerships yet. Create one on the Partnerships page, or load the demo data from the File "
                "menu to look around."
            )
        )
        self.model.retranslate()
        self._update_counts()
        self._columns_fitted = False
        if self.model.rows:
            self._fit_columns()

    def _fill_combo(self, combo: QComboBox, items: list[tuple[str, str]]) -> None:
        current = combo.currentData() or ""
        combo.blockSignals(True)
        combo.clear()
        for key, text in items:
            combo.addItem(text, key)
        combo.setCurrentIndex(max(0, combo.findData(current)))
        combo.blockSignals(False)

    def _update_counts(self) -> None:
        total = self.model.rowCount()
        shown = self.proxy.rowCount()
        as_of = self.model.as_of.isoformat()
        if self.portfolio is None:
            text = self.tr("Loading…") if self._loading else ""  # the first load: nothing to show before it
        elif shown == total:
            text = self.tr("Partnerships: {total} · as of {date}").format(total=total, date=as_of)
        else:
            text = self.tr("{shown} of {total} partnerships shown, as of {date}").format(
                shown=shown, total=total, date=as_of
            )
        self.count_label.setText(text)
        has_rows = total > 0
        self.splitter.setVisible(has_rows)
        self.empty_label.setVisible(not has_rows and self.portfolio is not None)

    def _fit_table_height(self) -> None:
        """Give the table the height its rows need (up to about half the page); the heat map gets the rest."""
        rows = self.proxy.rowCount()
        heights = sum(self.table.rowHeight(r) for r in range(rows)) if rows else self._row_height
        wanted = self.table.horizontalHeader().height() + heights + 2 * self.table.frameWidth() + 24
        total = self.splitter.height()
        if total < 100:
            total = max(self.height() - 140, 300)
        top = min(wanted, max(total // 2, 160))
        self.splitter.setSizes([top, max(total - top, 160)])

    def resizeEvent(self, event) -> None:  # noqa: ANN001, N802
        super().resizeEvent(event)
        if self.portfolio is not None:
            # once the splitter has its new size: the long columns fitted to the new width, then the heights
            QTimer.singleShot(
                0, self, self._fit_followup_column if self.model.rows else self._fit_table_height
            )

    def _fit_columns(self) -> None:
        self._columns_fitted = True
        header = self.table.horizontalHeader()
        self.table.resizeColumnsToContents()
        name_width = min(max(header.sectionSize(PortfolioModel.COL_NAME), 160), 320)
        header.resizeSection(PortfolioModel.COL_NAME, name_width)
        gap_width = min(header.sectionSize(PortfolioModel.COL_GAP), 260)
        header.resizeSection(PortfolioModel.COL_GAP, gap_width)
        self._fit_followup_column()

    # -- data ----------------------------------------------------------------------------------------------
    def reload(self) -> None:
        """Fetch every row on the background queue; the table keeps showing its rows until the new ones arrive."""
        self._dirty = False
        self._loading = True
        if self.portfolio is None:
            self._update_counts()
        self.ctx.fetch(self, vm.load_portfolio, self.as_of, done=self._loaded)

    def _loaded(self, view: PortfolioView | None, error: HealthDeskError | None) -> None:
        self._loading = False
        if error is not None:
            self._update_counts()
            self.table_filled.emit()  # with the rows it had: the window is ready all the same
            widgets.show_error(self, self.ctx.error_text(error))
            return
        assert view is not None
        if self.portfolio is None or view.sources != self.portfolio.sources:
            self._generation += 1  # the heat map is drawn again only when a row changed
        self.portfolio = view
        selected = self.selected_id()
        self.model.set_view(view)
        if self.isVisible():
            self._followup_after_paint.arm()
        else:
            QTimer.singleShot(0, self, self._fit_followup_column)
        if not self._columns_fitted and view.rows:
            self._fit_columns()  # once, and again after a language change; a width the user set is kept
        self._update_counts()
        self._fit_table_height()
        if selected is not None:
            self.select_partnership(selected)
        self.table_filled.emit()
        self._after_paint.arm()
        self.table.viewport().update()

    def _fit_followup_column(self) -> None:
        """The follow-up column was fitted before its texts came: give it and the largest gap the widths their
        texts need (``columns.fit``), whole on one line where the table has the room, else on two lines (the rows
        take a second line), so that the table, its last header included, still fits the page without
        scrolling sideways where it can; where it cannot, the follow-up stays whole and the gap gives way."""
        header = self.table.horizontalHeader()
        gap, col = PortfolioModel.COL_GAP, PortfolioModel.COL_FOLLOWUP
        others = sum(
            header.sectionSize(c)
            for c in range(header.count())
            if c not in (gap, col) and not header.isSectionHidden(c)
        )
        texts = [self.model.texts_of(r) for r in range(self.model.rowCount())]
        fitted = columns.fit(
            self.table.fontMetrics(),
            columns.cell_padding(self.table),
            self.table.viewport().width() - others,
            [t[gap] for t in texts],
            [t[col] for t in texts],
            header.sectionSizeHint(gap),
            header.sectionSizeHint(col),
        )
        header.resizeSection(gap, fitted.gap)
        header.resizeSection(col, fitted.followup)
        self._long_columns = fitted
        self.table.setWordWrap(fitted.lines > 1)
        self._fit_row_heights()
        self._fit_table_height()

    def _fit_row_heights(self) -> None:
        """One line a row; two where its follow-up (or its largest gap, when that can be whole) needs them (a
        second line is a line more and half the padding of one: the heat map below needs the room)."""
        fitted = self._long_columns
        if fitted is None:
            return
        metrics = self.table.fontMetrics()
        padding = columns.cell_padding(self.table)
        spacing = metrics.lineSpacing()
        two = 2 * spacing + (self._row_height - spacing) // 2
        gap, col = PortfolioModel.COL_GAP, PortfolioModel.COL_FOLLOWUP
        for r in range(self.proxy.rowCount()):
            texts = self.model.texts_of(self.proxy.mapToSource(self.proxy.index(r, 0)).row())
            height = two if fitted.two_lines(metrics, padding, texts[gap], texts[col]) else self._row_height
            if self.table.rowHeight(r) != height:
                self.table.setRowHeight(r, height)

    def _text_changed(self, text: str) -> None:
        self.proxy.set_text(text)
        self._update_counts()
        self._fit_table_height()

    def _filters_changed(self) -> None:
        self.proxy.set_tier(self.tier_filter.currentData() or "")
        self.proxy.set_status(self.status_filter.currentData() or "")
        self._update_counts()
        self._fit_table_height()

    def _order_changed(self, *_args: Any) -> None:
        if self.portfolio is not None:
            self._fit_row_heights()  # a row's height goes with its texts
            self._schedule_heatmap()

    # -- selection and opening -----------------------------------------------------------------------------
    def selected_id(self) -> int | None:
        indexes = self.table.selectionModel().selectedRows()
        if not indexes:
            return None
        return self.proxy.data(indexes[0], ID_ROLE)

    def select_partnership(self, partnership_id: int) -> bool:
        row = self.model.row_of(partnership_id)
        if row is None:
            return False
        index = self.proxy.mapFromSource(self.model.index(row, 0))
        if not index.isValid():
            return False
        self.table.selectRow(index.row())
        self.table.scrollTo(index)
        return True

    def visible_ids(self) -> list[int]:
        """Partnership ids in the table's current order and filter."""
        return [self.proxy.data(self.proxy.index(r, 0), ID_ROLE) for r in range(self.proxy.rowCount())]

    def _activated(self, index: QModelIndex) -> None:
        if not index.isValid():
            return
        partnership_id = self.proxy.data(index, ID_ROLE)
        if partnership_id is not None:
            self.open_partnership(partnership_id)

    def open_partnership(self, partnership_id: int) -> None:
        """Ask for the partnership's dashboard. Until the main window listens to ``partnership_activated``, the
        page asks the window itself (its ``set_partnership`` and ``show_page``)."""
        self.partnership_activated.emit(partnership_id)
        signal = QMetaMethod.fromSignal(self.partnership_activated)
        if self.isSignalConnected(signal):
            return
        window = self.window()
        if hasattr(window, "set_partnership") and hasattr(window, "show_page"):
            pages = getattr(window, "pages", {})
            home = pages.get("partnerships") if isinstance(pages, dict) else None
            if home is not None and hasattr(home, "select_partnership"):
                home.select_partnership(partnership_id)
            window.set_partnership(partnership_id)
            window.show_page("dashboard")

    # -- heat map ------------------------------------------------------------------------------------------
    def _schedule_heatmap(self) -> None:
        self._heat_timer.start()

    def heatmap_rows(self) -> list[Row]:
        """The rows the heat map shows: the first ``HEATMAP_ROWS`` in the table's order and filter."""
        return list(self._heatmap().rows) if self._heatmap() is not None else []

    def _heatmap(self) -> vm.Heatmap | None:
        by_id = {row.partnership_id: row for row in self.model.rows}
        return vm.heatmap([by_id[pid] for pid in self.visible_ids() if pid in by_id])

    def _draw_heatmap(self) -> None:
        self._heat_timer.stop()
        content = self._heatmap()
        if content is None:
            self.heatmap_note.setText("")
            self.heatmap.set_message(self.tr("No partnership to show."))
            return
        if content.partial:
            self.heatmap_note.setText(
                self.tr(
                    "Heat map of the first {n} of {total} partnerships in the table's order; sort or filter the "
                    "table to see others."
                ).format(n=len(content.rows), total=content.total)
            )
        else:
            self.heatmap_note.setText(
                self.tr("Heat map of the partnerships in the table's order (latest round with results).")
            )
        fw = content.framework
        lang = self.ctx.lang
        key = (content.ids, lang, self._generation, fw.key)
        items = content.items

        def build(size: tuple[float, float] | None):  # noqa: ANN202
            from ...reports import charts

            return charts.portfolio_heatmap(items, fw, lang, size=size)

        self.heatmap.set_chart(key, lambda size=None: build(size), sized=True)
