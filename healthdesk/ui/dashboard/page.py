"""The partnership dashboard: both partners' view of one round, its trend, its gaps and its warnings.

Everything shown comes from ``services.summary.summarise_for_dashboard``, i.e. from the scoring engine's
``summarise`` exactly as ``healthdesk summary --json``, made into the view-model of ``model.py`` (what is shown and
what is decided: lights, arrows, flags, empty states) by ``model.load_dashboard`` on the background queue
(``ctx.fetch``; the previous content stays until the new one arrives). This module lays it out, words it and draws
it:

- a round selector; tiles for the health index (value, light with symbol and word, trend arrow with the signed
  change, or "baseline" / "version break") and each dimension (joint score, light, arrow, both partners' values)
  (``tiles.py``);
- the charts (radar, trend, gaps, heat map), drawn when their tab is first seen;
- the diagnosis and early warnings written out as sentences with recommended next steps, the gaps between the
  partners, the response counts per side and what was withheld and why (partner labels, never zero for withheld);
- every indicator in a table, and the problem descriptions grouped by dimension, never attributed (partner label
  only) (``texts.py``). Clicking a dimension tile or an indicator row opens its detail (``detail.py``);
- the follow-up panel (goals, overdue actions, KPI breaches, decisions), read on the queue too.

``ResultTexts`` holds the translated wording of results, shared with the portfolio and the detail view.
"""

from __future__ import annotations

from datetime import date
from typing import Any

import shiboken6
from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QSplitter,
    QTabWidget,
    QTextBrowser,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...errors import HealthDeskError
from ...services.summary import DashboardData
from ..common import labels, theme, widgets
from ..common.charts_widget import ChartView, pause_collection, resume_collection
from ..common.context import AppContext
from ..common.result_texts import ResultTexts, _esc
from ..common.wrapping import WrappedCells, follow_column_widths
from . import texts as panes
from .model import (
    CHARTS,
    DashboardView,
    Empty,
    FollowUpRead,
    build_view,
    followup_attention,
    load_dashboard,
    load_followup,
)
from .texts import ITEM_ROLE
from .tiles import (  # noqa: F401  (Tile, TileGrid and side_labels_html: as before, importable from here)
    TILE_STYLE,
    Tile,
    TileGrid,
    dimension_tiles,
    fill_dimension_tile,
    fill_index_tile,
    side_labels_html,
)

__all__ = ["CHARTS", "DashboardPage", "ResultTexts", "Tile", "TileGrid"]

TREND_WINDOW = 12  # rounds on the trend chart (up to the chosen one)
HEATMAP_WINDOW = 12  # rounds on the heat map (older ones: "latest 12 of N rounds")
SIZED_CHARTS = ("radar", "trend")  # laid out for the space they get; the others are zoomed to it
TEXT_MIN_WIDTH = 240  # pixels of the findings pane below which the page scrolls sideways
CHART_MIN_HEIGHT = 260  # pixels of chart below which the page scrolls rather than the chart shrinking

ROUND_ROLE = Qt.ItemDataRole.UserRole + 1


class DashboardPage(QWidget):
    """One partnership's results; ``show_partnership(id, round_id)`` is what the main window calls."""

    chart_painted = Signal(str)  # the name of a chart that was just painted ("radar", "trend", ...)
    loaded = Signal()  # a load arrived: tiles and texts filled for the current partnership and round

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.texts = ResultTexts(ctx.lang, self)
        self.partnership_id: int | None = None
        self.round_id: int | None = None
        # What is shown; replaced when a load arrives (the old one stays on screen till then).
        self.view = DashboardView()
        self.as_of: date | None = None  # None: today (tests set a date)
        self._dirty = False
        self._generation = 0
        self._text_dirty: set[str] = set()
        self.detail_dialog: QWidget | None = None

        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        outer.addWidget(self.scroll)
        body = QWidget()
        body.setObjectName("dashboardBody")
        self.scroll.setWidget(body)
        layout = QVBoxLayout(body)
        layout.setContentsMargins(theme.MARGIN, theme.MARGIN, theme.MARGIN, theme.MARGIN)
        layout.setSpacing(theme.GRID)

        header = QHBoxLayout()
        header.setSpacing(theme.GRID)
        titles = QVBoxLayout()
        titles.setSpacing(2)
        self.heading = widgets.title_label()
        self.subheading = widgets.subtitle_label()
        self.subheading.setTextFormat(Qt.TextFormat.RichText)
        titles.addWidget(self.heading)
        titles.addWidget(self.subheading)
        header.addLayout(titles, 1)
        self.round_caption = QLabel()
        header.addWidget(self.round_caption, 0, Qt.AlignmentFlag.AlignTop)
        self.round_combo = QComboBox()
        self.round_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.round_combo.setMinimumWidth(180)
        self.round_combo.currentIndexChanged.connect(self._round_chosen)
        header.addWidget(self.round_combo, 0, Qt.AlignmentFlag.AlignTop)
        from ..review.export import export_button  # Export JMC review…

        header.addWidget(export_button(ctx, lambda: self.partnership_id), 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(header)

        self.status_label = QLabel()
        self.status_label.setProperty("role", "info")
        self.status_label.setWordWrap(True)
        self.status_label.setTextFormat(Qt.TextFormat.RichText)
        layout.addWidget(self.status_label)
        self.banner = widgets.banner("banner")
        layout.addWidget(self.banner)
        self.empty_label = QLabel()
        self.empty_label.setProperty("role", "info")
        self.empty_label.setWordWrap(True)
        layout.addWidget(self.empty_label)

        self.tile_grid = TileGrid()
        self.index_tile = Tile(clickable=False)
        self.dimension_tiles: dict[str, Tile] = {}
        self._tile_framework_key: str | None = None
        layout.addWidget(self.tile_grid)

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.chart_tabs = QTabWidget()
        self.chart_tabs.setDocumentMode(True)
        self.chart_views: dict[str, ChartView] = {}
        for name in CHARTS:
            view = ChartView(fit="both")
            view.setMinimumWidth(300)
            view.setMinimumHeight(CHART_MIN_HEIGHT)
            view.painted.connect(lambda _key, name=name: self._chart_painted(name))
            self.chart_views[name] = view
            self.chart_tabs.addTab(view, "")
        self.chart_tabs.currentChanged.connect(lambda _i: self._show_current_chart())
        self.splitter.addWidget(self.chart_tabs)

        self.text_tabs = QTabWidget()
        self.text_tabs.setDocumentMode(True)
        self.findings_view = QTextBrowser()
        self.findings_view.setOpenLinks(False)
        self.indicator_tree = QTreeWidget()
        self.indicator_tree.setRootIsDecorated(False)
        # Whole indicator names in the narrow pane: a row whose name needs it wraps onto more lines (its height
        # follows the name column's width).
        self.indicator_tree.setUniformRowHeights(False)
        self.indicator_tree.setWordWrap(True)
        self.indicator_tree.setItemDelegateForColumn(0, WrappedCells(self.indicator_tree))
        self._indicator_relayout = follow_column_widths(self.indicator_tree)
        self.indicator_tree.setAlternatingRowColors(True)
        self.indicator_tree.itemClicked.connect(self._tree_clicked)
        self.indicator_tree.itemActivated.connect(self._tree_clicked)
        self.problems_view = QTextBrowser()
        self.problems_view.setOpenLinks(False)
        self.text_tabs.addTab(self.findings_view, "")
        self.text_tabs.addTab(self.indicator_tree, "")
        self.text_tabs.addTab(self.problems_view, "")
        from ..actionplan.page import FollowUpPanel

        # Goals, overdue actions, KPI breaches and decisions waiting (the workshop's follow-up).
        self.followup_panel = FollowUpPanel(ctx)
        self.followup_panel.setContentsMargins(theme.SPACING, theme.SPACING, theme.SPACING, theme.SPACING)
        self.followup_panel.open_requested.connect(self._open_action_plan)
        self.followup_panel.workshop_requested.connect(self._start_workshop)
        self.followup_panel.loaded.connect(self._title_followup_tab)
        self.text_tabs.addTab(self.followup_panel, "")
        # Narrower than its four tab names when a wide chart needs the room (1280 pixels): the tabs scroll, the
        # page never does sideways.
        self.text_tabs.tabBar().setUsesScrollButtons(True)
        self.text_tabs.setMinimumWidth(TEXT_MIN_WIDTH)
        self.text_tabs.currentChanged.connect(lambda _i: self._fill_current_text())
        self.splitter.addWidget(self.text_tabs)
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([690, 440])
        self._splitter_moved = False
        self.splitter.splitterMoved.connect(lambda *_args: setattr(self, "_splitter_moved", True))
        layout.addWidget(self.splitter, 1)

        self.setStyleSheet(TILE_STYLE)
        self.retranslate_ui()
        ctx.language_changed.connect(self._language_changed)
        ctx.data_changed.connect(self._data_changed)
        ctx.database_replaced.connect(self._data_changed)

    # -- texts ---------------------------------------------------------------------------------------------
    def _language_changed(self, lang: str) -> None:
        self.texts.lang = lang
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.texts.lang = self.ctx.lang
        self.round_caption.setText(self.tr("Round"))
        titles = {
            "radar": self.tr("Radar"),
            "trend": self.tr("Trend"),
            "gap": self.tr("Gaps"),
            "heatmap": self.tr("Heat map"),
        }
        for n, name in enumerate(CHARTS):
            self.chart_tabs.setTabText(n, titles[name])
        self.text_tabs.setTabText(0, self.tr("Findings"))
        self.text_tabs.setTabText(1, self.tr("Indicators"))
        self.text_tabs.setTabText(2, self.tr("Problems"))
        self._title_followup_tab()
        self._fill()

    # -- follow-up -----------------------------------------------------------------------------------------
    def _title_followup_tab(self) -> None:
        attention = followup_attention(self.followup_panel.info)
        title = self.tr("Follow-up")
        self.text_tabs.setTabText(3, f"{title} ✕ {attention}" if attention else title)
        self.text_tabs.setTabToolTip(3, "\n".join(self.followup_panel.warning_lines()))

    def _fill_followup(self) -> None:
        """Read the follow-up panel's content on the queue (after the tiles and the first chart)."""
        self.ctx.fetch(
            self.followup_panel, load_followup, self.partnership_id, self.as_of, done=self._followup_loaded
        )

    def _followup_loaded(self, read: FollowUpRead | None, _error: HealthDeskError | None) -> None:
        panel = self.followup_panel
        if read is None:
            return
        panel.partnership_id, panel.as_of = read.partnership_id, read.as_of
        panel.show_info(read.info)

    def _open_action_plan(self, _tab: str = "plan") -> None:
        window = self.window()
        if hasattr(window, "show_page"):
            window.show_page("followup")

    def _start_workshop(self) -> None:
        window = self.window()
        if hasattr(window, "start_workshop") and self.partnership_id is not None:
            window.start_workshop(self.partnership_id)

    # -- data ----------------------------------------------------------------------------------------------
    @property
    def data(self) -> DashboardData | None:
        """The service's data object behind what is shown (None: no partnership)."""
        return self.view.data

    def show_partnership(self, partnership_id: int | None, round_id: int | None = None) -> None:
        if partnership_id != self.partnership_id:
            self.round_id = None
        self.partnership_id = partnership_id
        if round_id is not None:
            self.round_id = round_id
        self.reload()

    def show_round(self, round_id: int) -> None:
        self.round_id = round_id
        self.reload()

    def reload(self) -> None:
        """Read the chosen round on the background queue; what is shown stays until it arrives (``loaded``)."""
        self._dirty = False
        self.ctx.fetch(
            self, load_dashboard, self.partnership_id, self.round_id, self.as_of, done=self._arrived
        )

    def _arrived(self, view: DashboardView | None, error: HealthDeskError | None) -> None:
        if error is not None or view is None:
            view = build_view(None)
            if error is not None and error.code == "not_found":
                self.partnership_id = None
            elif error is not None:
                widgets.show_error(self, self.ctx.error_text(error))
        else:
            self.round_id = view.round_id
        pause_collection()  # resumed once the chart has painted (or right after, without a chart)
        QTimer.singleShot(0, self, self._resume_collection_if_no_chart)
        self.view = view
        self._fill()
        QTimer.singleShot(0, self, self._fill_followup)  # after the tiles and the first chart
        self.loaded.emit()

    def _chart_painted(self, name: str) -> None:
        QTimer.singleShot(0, resume_collection)
        self.chart_painted.emit(name)

    def _resume_collection_if_no_chart(self) -> None:
        view = self.chart_views[self.current_chart()]
        if not self.isVisible() or view.canvas() is None or view.key is None:
            resume_collection()

    def _data_changed(self) -> None:
        self._generation += 1
        if not self._dirty:
            self._dirty = True
            QTimer.singleShot(0, self, self._reload_if_dirty)

    def _reload_if_dirty(self) -> None:
        if self._dirty and self.isVisible():
            self.reload()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802
        if self._dirty:
            self.reload()
        super().showEvent(event)

    def resizeEvent(self, event) -> None:  # noqa: ANN001, N802
        super().resizeEvent(event)
        if not self._splitter_moved:
            # The charts get the larger share on a wide screen (drawn larger there), the texts the rest.
            total = max(self.width() - 2 * theme.MARGIN, 600)
            charts = max(690, int(total * 0.58))
            self.splitter.setSizes([charts, max(total - charts, 300)])

    def _round_chosen(self, index: int) -> None:
        round_id = self.round_combo.itemData(index, ROUND_ROLE)
        if round_id is not None and round_id != self.round_id:
            self.show_round(round_id)

    # -- filling -------------------------------------------------------------------------------------------
    @property
    def labels(self) -> dict[str, str]:
        return self.view.labels

    def _fill(self) -> None:
        v = self.view
        self._fill_header()
        shown = v.empty is None
        self.tile_grid.setVisible(shown)
        self.splitter.setVisible(shown)
        self.empty_label.setVisible(not shown)
        if v.empty is not None:
            if v.empty == Empty.NO_PARTNERSHIP:
                self.empty_label.setText(self.tr("Choose a partnership first."))
            else:
                self.empty_label.setText(
                    self.tr(
                        "No assessment round yet. Open one on the Rounds page; the results appear here as soon as "
                        "both sides have answered."
                    )
                )
            widgets.set_banner(self.banner, "")
            self.status_label.hide()
            return
        self.status_label.show()
        self._fill_status()
        self._fill_tiles()
        self._text_dirty = {"findings", "indicators", "problems"}
        self._show_current_chart()
        # The texts follow right after: the tiles and the chart paint first.
        QTimer.singleShot(0, self, self._fill_current_text)

    def _fill_header(self) -> None:
        h = self.view.header
        self.round_combo.blockSignals(True)
        self.round_combo.clear()
        if h is None:
            self.heading.setText(self.tr("Dashboard"))
            self.subheading.setText("")
            self.round_combo.setEnabled(False)
            self.round_combo.blockSignals(False)
            return
        self.heading.setText(self.tr("Dashboard — {name}").format(name=h.name))
        parts = [
            f'<span style="color:{theme.side_colour(s.side)}; font-weight:600">{_esc(s.label)}</span>'
            f" · {_esc(s.name)}"
            for s in h.sides
        ]
        self.subheading.setText("&nbsp;&nbsp;×&nbsp;&nbsp;".join(parts))
        statuses = labels.round_statuses()
        for r in h.rounds:
            self.round_combo.addItem(f"{r.label} · {statuses.get(r.status, r.status)}", r.id)
            self.round_combo.setItemData(self.round_combo.count() - 1, r.id, ROUND_ROLE)
            if r.id == self.round_id:
                self.round_combo.setCurrentIndex(self.round_combo.count() - 1)
        self.round_combo.setEnabled(h.can_choose_round)
        self.round_combo.blockSignals(False)

    def _fill_status(self) -> None:
        s = self.view.status
        assert s is not None
        t = self.texts
        labels_ = self.labels
        parts = [
            f'<span style="color:{theme.side_colour(c.side)}">'
            f"{_esc(t.side_counts(c.label, c.submitted, c.invited, c.in_progress))}</span>"
            for c in s.counts
        ]
        statuses = labels.round_statuses()
        period = s.start.isoformat() + (f" – {s.end.isoformat()}" if s.end else "")
        line = self.tr("{round} ({status}, {period}) · as of {as_of}").format(
            round=_esc(s.round_label),
            status=_esc(statuses.get(s.round_status, s.round_status)),
            period=period,
            as_of=s.as_of.isoformat(),
        )
        self.status_label.setText(line + "<br>" + " &nbsp;·&nbsp; ".join(parts))
        fw = self.data.framework if self.data is not None else None
        notes = panes.banner_lines(s.notes, t, labels_, fw)
        widgets.set_banner(self.banner, "\n".join(notes))

    def _fill_tiles(self) -> None:
        v = self.view
        d = v.data
        assert d is not None and d.framework is not None and v.index_tile is not None
        fw = d.framework
        if self._tile_framework_key != fw.key:
            self._tile_framework_key = fw.key
            self.dimension_tiles = dimension_tiles(
                self.tile_grid,
                self.index_tile,
                self.dimension_tiles,
                [dim.id for dim in fw.dimensions],
                lambda dim_id: self.open_detail("dimension", dim_id),
            )
        fill_index_tile(self.index_tile, v.index_tile, self.texts, fw, d.history)
        for dt in v.dimension_tiles:
            fill_dimension_tile(self.dimension_tiles[dt.dimension_id], dt, self.texts, self.labels)

    # -- text tabs -----------------------------------------------------------------------------------------
    def _fill_current_text(self) -> None:
        if self.view.empty is not None:
            return
        names = ("findings", "indicators", "problems")
        index = self.text_tabs.currentIndex()
        if not 0 <= index < len(names):
            return  # the follow-up panel fills itself
        name = names[index]
        if name not in self._text_dirty:
            return
        self._text_dirty.discard(name)
        if name == "findings":
            self.findings_view.setHtml(self.findings_html())
            self.findings_view.verticalScrollBar().setValue(0)
        elif name == "indicators":
            panes.fill_indicator_tree(self.indicator_tree, self.view.indicators, self.texts, self.labels)
        else:
            self.problems_view.setHtml(self.problems_html())
            self.problems_view.verticalScrollBar().setValue(0)

    def findings_html(self) -> str:
        """The diagnosis, early warnings, gaps, tier, responses and withheld items as sentences."""
        assert self.view.findings is not None
        return panes.findings_html(self.view.findings, self.texts, self.labels, self.ctx.lang)

    def problems_html(self) -> str:
        """Problem descriptions grouped by dimension and indicator, by partner label (never by person)."""
        assert self.view.problems is not None
        return panes.problems_html(self.view.problems, self.texts, self.labels)

    def _tree_clicked(self, item: QTreeWidgetItem, _column: int = 0) -> None:
        target = item.data(0, ITEM_ROLE)
        if target:
            self.open_detail(*target)

    # -- charts --------------------------------------------------------------------------------------------
    def current_chart(self) -> str:
        return CHARTS[self.chart_tabs.currentIndex()]

    def _show_current_chart(self) -> None:
        v = self.view
        d = v.data
        if v.empty is not None or d is None or d.round is None:
            return
        name = self.current_chart()
        view = self.chart_views[name]
        if not v.chart_available(name):
            view.set_message(
                self.tr(
                    "The results of this round are hidden until both sides have submitted enough responses."
                )
            )
            return
        key = (d.partnership.id, d.round.id, name, self.ctx.lang, self._generation, d.as_of)
        view.set_chart(key, lambda **size: self._build_chart(name, **size), sized=name in SIZED_CHARTS)

    def _build_chart(self, name: str, size: tuple[float, float] | None = None):  # noqa: ANN202
        from ...reports import charts

        v = self.view
        d = v.data
        assert d is not None and d.framework is not None
        lang = self.ctx.lang
        if name == "radar":
            assert d.summary is not None
            return charts.radar_chart(d.summary.scores, d.framework, d.labels, lang, size=size)
        if name == "gap":
            assert d.summary is not None
            return charts.gap_chart(d.summary.scores, d.framework, d.labels, lang, screen=True)
        if name == "trend":
            # The latest rounds up to the chosen one; the chart knows from the rounds before them whether the
            # first one shown is the baseline, and says "latest 12 of 40 rounds".
            return charts.trend_chart(
                list(v.upto), d.framework, lang, d.labels, max_rounds=TREND_WINDOW, size=size
            )
        return charts.heatmap_chart(list(v.upto), d.framework, lang, max_rounds=HEATMAP_WINDOW, screen=True)

    def draw_all_charts(self) -> None:
        """Draw every chart now (for screenshots and tests; normally a chart is drawn when its tab is seen)."""
        current = self.chart_tabs.currentIndex()
        for n in range(len(CHARTS)):
            self.chart_tabs.setCurrentIndex(n)
        self.chart_tabs.setCurrentIndex(current)

    # -- detail --------------------------------------------------------------------------------------------
    def open_detail(self, kind: str, item_id: str) -> QWidget | None:
        """Open the detail of a dimension or an indicator (both sides, spread, history across rounds)."""
        if not self.view.can_open_detail or self.data is None:
            return None
        from .detail import DetailDialog

        if self.detail_dialog is not None and shiboken6.isValid(self.detail_dialog):
            self.detail_dialog.close()  # one detail at a time; a closed one deletes itself
        dialog = DetailDialog(self.ctx, self.data, kind, item_id, self)
        self.detail_dialog = dialog
        dialog.show()
        return dialog

    # -- for tests -----------------------------------------------------------------------------------------
    def tile_numbers(self) -> dict[str, Any]:
        """The values the tiles show, as text: {"index": ..., "light": ..., "dimensions": {id: value}}."""
        return {
            "index": self.index_tile.value.text(),
            "light": self.index_tile.light.text(),
            "trend": self.index_tile.trend.text(),
            "dimensions": {k: tile.value.text() for k, tile in self.dimension_tiles.items()},
            "dimension_lights": {k: tile.light.text() for k, tile in self.dimension_tiles.items()},
            "sides": {k: tile.extra_text for k, tile in self.dimension_tiles.items()},
        }
