"""The partnership dashboard: both partners' view of one round, its trend, its gaps and its warnings.

Everything shown comes from ``services.summary.summarise_for_dashboard``, i.e. from the scoring engine's
``summarise`` exactly as ``healthdesk summary --json``; this module only words and draws it:

- a round selector; tiles for the health index (value, light with symbol and word, trend arrow with the signed
  change, or "baseline" / "version break") and each dimension (joint score, light, arrow, both partners' values);
- the charts (radar, trend, gaps, heat map), drawn when their tab is first seen;
- the diagnosis and early warnings written out as sentences with recommended next steps, the gaps between the
  partners, the response counts per side and what was withheld and why (partner labels, never zero for withheld);
- every indicator in a table, and the problem descriptions grouped by dimension, never attributed (partner label
  only). Clicking a dimension tile or an indicator row opens its detail (``ui.detail``).

``ResultTexts`` holds the translated wording of results, shared with the portfolio and the detail view.
"""

from __future__ import annotations

from datetime import date
from typing import Any

import shiboken6
from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QColor, QFont, QKeyEvent, QMouseEvent, QShowEvent, QTextDocumentFragment
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QScrollArea,
    QSizePolicy,
    QSplitter,
    QTabWidget,
    QTextBrowser,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...analysis.numbers import fmt1, fmt2, fmt_signed2
from ...analysis.types import SIDES, Change, RoundScores
from ...framework import Framework
from ...present.symbols import DASH, GAP_FLAG, SPREAD_FLAG
from ...services import summary as summary_svc
from ...services.summary import DashboardData
from ..common import labels, theme, widgets
from ..common.charts_widget import ChartView, pause_collection, resume_collection
from ..common.context import AppContext
from ..common.result_texts import ResultTexts, _esc

TREND_WINDOW = 12  # rounds on the trend chart (up to the chosen one)
HEATMAP_WINDOW = 12  # rounds on the heat map (older ones: "latest 12 of N rounds")
CHARTS = ("radar", "trend", "gap", "heatmap")
SIZED_CHARTS = ("radar", "trend")  # laid out for the space they get; the others are zoomed to it
TEXT_MIN_WIDTH = 240  # pixels of the findings pane below which the page scrolls sideways
CHART_MIN_HEIGHT = 260  # pixels of chart below which the page scrolls rather than the chart shrinking


# --------------------------------------------------------------------------------------------------- wording


def side_labels_html(labels: dict[str, str], values: dict[str, str]) -> str:
    """Both partners' values, each in its partner's colour, one per line."""
    lines = []
    for side in SIDES:
        colour = theme.side_colour(side)
        lines.append(
            f'<span style="color:{colour}; font-weight:600">{_esc(labels[side])}</span> {_esc(values[side])}'
        )
    return "<br>".join(lines)


# --------------------------------------------------------------------------------------------------- tiles


class Tile(QFrame):
    """A key number: small title, big value, light (symbol and word), trend, and a line for both partners."""

    clicked = Signal()

    def __init__(self, clickable: bool = False, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("tile")
        self.setProperty("clickable", clickable)
        self.clickable = clickable
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)
        self.setMinimumWidth(150)
        if clickable:
            self.setCursor(Qt.CursorShape.PointingHandCursor)
            self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(theme.GRID + 4, theme.GRID, theme.GRID + 4, theme.GRID)
        layout.setSpacing(2)
        self.title = QLabel()
        self.title.setObjectName("tileTitle")
        self.title.setWordWrap(True)
        layout.addWidget(self.title)
        row = QHBoxLayout()
        row.setSpacing(theme.GRID)
        self.value = QLabel()
        self.value.setObjectName("tileValue")
        font = QFont(self.value.font())
        font.setPointSizeF(max(font.pointSizeF(), 9.0) * 1.9)
        font.setBold(True)
        self.value.setFont(font)
        row.addWidget(self.value)
        self.light = QLabel()
        self.light.setObjectName("tileLight")
        row.addWidget(self.light, 0, Qt.AlignmentFlag.AlignVCenter)
        row.addStretch(1)
        layout.addLayout(row)
        self.trend = QLabel()
        self.trend.setObjectName("tileTrend")
        self.trend.setWordWrap(True)
        layout.addWidget(self.trend)
        self.extra_text = ""
        self.extra = QLabel()
        self.extra.setObjectName("tileExtra")
        self.extra.setTextFormat(Qt.TextFormat.RichText)
        self.extra.setWordWrap(True)
        layout.addWidget(self.extra)
        layout.addStretch(1)

    def set_values(
        self,
        title: str,
        value: str,
        light: str | None,
        light_text: str,
        trend: str,
        direction: str | None = None,
        extra_html: str = "",
        tooltip: str = "",
    ) -> None:
        self.title.setText(title)
        self.value.setText(value)
        self.light.setText(light_text)
        colour = theme.LIGHT_COLOURS.get(light or "", theme.TEXT_MUTED)
        self.light.setStyleSheet(f"color: {colour}; font-weight: 600;")
        self.trend.setText(trend)
        trend_colour = {"up": theme.GREEN, "down": theme.RED}.get(direction or "", theme.TEXT_MUTED)
        self.trend.setStyleSheet(f"color: {trend_colour};")
        self.extra.setText(extra_html)
        self.extra.setVisible(bool(extra_html))
        self.extra_text = QTextDocumentFragment.fromHtml(extra_html).toPlainText() if extra_html else ""
        self.setToolTip(tooltip)
        self.setAccessibleName(f"{title}: {value} {light_text} {trend}")

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        if (
            self.clickable
            and event.button() == Qt.MouseButton.LeftButton
            and self.rect().contains(event.position().toPoint())
        ):
            self.clicked.emit()
        super().mouseReleaseEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        if self.clickable and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            self.clicked.emit()
            return
        super().keyPressEvent(event)


class TileGrid(QWidget):
    """Tiles in one row when they fit, else in as many rows as needed (reflowed on resize)."""

    def __init__(self, parent: QWidget | None = None, min_width: int = 155):
        super().__init__(parent)
        self.tiles: list[Tile] = []
        self.min_width = min_width
        self.columns = 0
        self.grid = QGridLayout(self)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.grid.setSpacing(theme.GRID)

    def set_tiles(self, tiles: list[Tile]) -> None:
        for tile in self.tiles:
            if tile not in tiles:
                self.grid.removeWidget(tile)
                tile.deleteLater()
        self.tiles = list(tiles)
        self.columns = 0
        self._reflow()

    def _reflow(self) -> None:
        n = len(self.tiles)
        if not n:
            return
        width = max(self.width(), 1)
        columns = max(1, min(n, (width + theme.GRID) // (self.min_width + theme.GRID)))
        if columns < n:  # balance the rows: 6 tiles in 3 + 3 rather than 4 + 2
            rows = -(-n // columns)
            columns = -(-n // rows)
        if columns == self.columns:
            return
        self.columns = columns
        for tile in self.tiles:
            self.grid.removeWidget(tile)
        for k, tile in enumerate(self.tiles):
            self.grid.addWidget(tile, k // columns, k % columns)
        for c in range(n):
            # The first tile (the health index: its trend says two things) a little wider when all fit in a row.
            self.grid.setColumnStretch(
                c, (3 if c == 0 and columns == n and n > 2 else 2) if c < columns else 0
            )

    def resizeEvent(self, event) -> None:  # noqa: ANN001, N802
        super().resizeEvent(event)
        self._reflow()


# --------------------------------------------------------------------------------------------------- the page

TILE_STYLE = f"""
QFrame#tile {{
    background: {theme.SURFACE};
    border: 1px solid {theme.BORDER};
    border-radius: 6px;
}}
QFrame#tile[clickable="true"]:hover {{
    border: 1px solid {theme.ACCENT};
}}
QFrame#tile:focus {{
    border: 2px solid {theme.ACCENT};
}}
QLabel#tileTitle {{
    color: {theme.TEXT_MUTED};
}}
"""

ROUND_ROLE = Qt.ItemDataRole.UserRole + 1
ITEM_ROLE = Qt.ItemDataRole.UserRole + 2


class DashboardPage(QWidget):
    """One partnership's results; ``show_partnership(id, round_id)`` is what the main window calls."""

    chart_painted = Signal(str)  # the name of a chart that was just painted ("radar", "trend", ...)
    loaded = Signal()  # tiles and texts filled for the current partnership and round

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.texts = ResultTexts(ctx.lang, self)
        self.partnership_id: int | None = None
        self.round_id: int | None = None
        self.data: DashboardData | None = None
        self.as_of: date | None = None  # None: today (tests set a date)
        self._dirty = False
        self._generation = 0
        self._followup_stale = True
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
        self.indicator_tree.setUniformRowHeights(True)
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
        info = self.followup_panel.info
        attention = info.counts.overdue_actions + info.counts.kpi_breaches if info is not None else 0
        title = self.tr("Follow-up")
        self.text_tabs.setTabText(3, f"{title} ✕ {attention}" if attention else title)
        self.text_tabs.setTabToolTip(3, "\n".join(self.followup_panel.warning_lines()))

    def _fill_followup(self) -> None:
        if self.followup_panel.partnership_id != self.partnership_id or self._followup_stale:
            self._followup_stale = False
            self.followup_panel.show_partnership(self.partnership_id, self.as_of)
        self._title_followup_tab()

    def _open_action_plan(self, _tab: str = "plan") -> None:
        window = self.window()
        if hasattr(window, "show_page"):
            window.show_page("followup")

    def _start_workshop(self) -> None:
        window = self.window()
        if hasattr(window, "start_workshop") and self.partnership_id is not None:
            window.start_workshop(self.partnership_id)

    # -- data ----------------------------------------------------------------------------------------------
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
        self._dirty = False
        pause_collection()  # resumed once the chart has painted (or right after, without a chart)
        QTimer.singleShot(0, self._resume_collection_if_no_chart)
        if self.partnership_id is None:
            self.data = None
        else:
            data, error = self.ctx.try_call(
                summary_svc.summarise_for_dashboard, self.partnership_id, self.round_id, self.as_of
            )
            if error is not None:
                self.data = None
                if error.code == "not_found":
                    self.partnership_id = None
                else:
                    widgets.show_error(self, self.ctx.error_text(error))
            else:
                self.data = data
                self.round_id = data.round.id if data.round is not None else None
        self._fill()
        self._followup_stale = True
        QTimer.singleShot(0, self._fill_followup)  # after the tiles and the first chart
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
            QTimer.singleShot(0, self._reload_if_dirty)

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
        return self.data.labels if self.data is not None else {"A": "A", "B": "B"}

    def _fill(self) -> None:
        d = self.data
        self._fill_header()
        self.tile_grid.setVisible(d is not None and d.round is not None)
        self.splitter.setVisible(d is not None and d.round is not None)
        self.empty_label.setVisible(d is None or d.round is None)
        if d is None:
            self.empty_label.setText(self.tr("Choose a partnership first."))
            widgets.set_banner(self.banner, "")
            self.status_label.hide()
            return
        if d.round is None:
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
        QTimer.singleShot(0, self._fill_current_text)

    def _fill_header(self) -> None:
        d = self.data
        self.round_combo.blockSignals(True)
        self.round_combo.clear()
        if d is None:
            self.heading.setText(self.tr("Dashboard"))
            self.subheading.setText("")
            self.round_combo.setEnabled(False)
            self.round_combo.blockSignals(False)
            return
        p = d.partnership
        self.heading.setText(self.tr("Dashboard — {name}").format(name=p.name))
        parts = []
        for side in SIDES:
            label = p.label(side)
            name = p.partner_a_name if side == "A" else p.partner_b_name
            parts.append(
                f'<span style="color:{theme.side_colour(side)}; font-weight:600">{_esc(label)}</span>'
                f" · {_esc(name)}"
            )
        self.subheading.setText("&nbsp;&nbsp;×&nbsp;&nbsp;".join(parts))
        statuses = labels.round_statuses()
        for r in reversed(p.rounds):
            self.round_combo.addItem(f"{r.label} · {statuses.get(r.status, r.status)}", r.id)
            self.round_combo.setItemData(self.round_combo.count() - 1, r.id, ROUND_ROLE)
            if r.id == self.round_id:
                self.round_combo.setCurrentIndex(self.round_combo.count() - 1)
        self.round_combo.setEnabled(bool(p.rounds))
        self.round_combo.blockSignals(False)

    def _fill_status(self) -> None:
        d = self.data
        assert d is not None and d.round is not None
        t = self.texts
        r = d.round
        parts = []
        scores = d.scores
        for side in SIDES:
            if scores is not None:
                sc = scores.sides[side]
                counts = t.side_counts(d.labels[side], sc.submitted, sc.invited, sc.in_progress)
            else:
                counts = t.side_counts(
                    d.labels[side],
                    r.submitted.get(side, 0),
                    r.invited.get(side, 0),
                    r.in_progress.get(side, 0),
                )
            parts.append(f'<span style="color:{theme.side_colour(side)}">{_esc(counts)}</span>')
        statuses = labels.round_statuses()
        period = r.start_date.isoformat() + (f" – {r.end_date.isoformat()}" if r.end_date else "")
        line = self.tr("{round} ({status}, {period}) · as of {as_of}").format(
            round=_esc(r.label),
            status=_esc(statuses.get(r.status, r.status)),
            period=period,
            as_of=d.as_of.isoformat(),
        )
        self.status_label.setText(line + "<br>" + " &nbsp;·&nbsp; ".join(parts))
        notes = []
        if not d.visible:
            notes.append(
                self.tr(
                    "The results of this round are hidden until both sides have at least {n} submitted "
                    "responses (blind round). Still needed: {waiting}."
                ).format(n=r.threshold, waiting=t.waiting_text(d.waiting, d.labels))
            )
        elif scores is not None:
            reasons = [
                t.withheld_reason(w, d.labels, d.framework)
                for w in scores.withheld
                if w.code == "side_below_threshold"
            ]
            if reasons:
                notes.append(self.tr("Withheld: {reasons}.").format(reasons="; ".join(reasons)))
            if any(w.code == "needs_both_sides" for w in scores.withheld):
                notes.append(
                    self.tr("The joint scores, gaps, health index, trend and diagnosis need both sides.")
                )
            if scores.threshold_lowered:
                notes.append(
                    self.tr("The anonymity threshold of this round was lowered to {n}.").format(
                        n=scores.threshold
                    )
                )
        if r.preliminary and d.visible and scores is not None:  # live results of a round not closed yet
            notes.insert(
                0, self.tr("Preliminary: the round is still open; its results may change until it is closed.")
            )
        widgets.set_banner(self.banner, "\n".join(notes))

    def _ensure_tiles(self, fw: Framework) -> None:
        if self._tile_framework_key == fw.key:
            return
        self._tile_framework_key = fw.key
        tiles = [self.index_tile]
        old = self.dimension_tiles
        self.dimension_tiles = {}
        for dim in fw.dimensions:
            tile = old.pop(dim.id, None)
            if tile is None:
                tile = Tile(clickable=True)
                tile.clicked.connect(lambda dim_id=dim.id: self.open_detail("dimension", dim_id))
            self.dimension_tiles[dim.id] = tile
            tiles.append(tile)
        self.tile_grid.set_tiles(tiles)

    def _fill_tiles(self) -> None:
        d = self.data
        assert d is not None and d.framework is not None
        fw = d.framework
        t = self.texts
        self._ensure_tiles(fw)
        summary = d.summary
        if summary is None:
            hidden = self.tr("hidden")
            self.index_tile.set_values(self.tr("Health index"), DASH, None, hidden, "")
            for dim in fw.dimensions:
                self.dimension_tiles[dim.id].set_values(t.text(dim.name), DASH, None, hidden, "")
            return
        sc = summary.scores
        trend = summary.trend
        tier = t.tier_name(fw, summary.tier) if summary.tier else ""
        if summary.exit_review:
            tier = self.tr("{tier} · exit review due").format(tier=tier)
        index_trend, index_heading = t.index_trend(summary, d.history)
        extra = _esc(tier)
        if sc.overall is not None:
            joint = _esc(self.tr("Joint score {value} / 5").format(value=fmt2(sc.overall)))
            extra = f"{joint} · {extra}" if extra else joint
        self.index_tile.set_values(
            self.tr("Health index"),
            fmt1(sc.index) or DASH,
            sc.light,
            t.light_text(sc.light) if sc.light else t.withheld(),
            index_trend,
            index_heading,
            extra,
        )
        for dim in fw.dimensions:
            jv = sc.dimensions.get(dim.id)
            change = trend.dimensions.get(dim.id)
            values = {}
            for side in SIDES:
                values[side] = t.value(sc.sides[side].dimensions.get(dim.id))
            tooltip = self.tr("Click for both sides, spread and history")
            if jv is not None and jv.gap is not None:
                tooltip = t.gap_text(jv.gap, d.labels) + "\n" + tooltip
            light = jv.light if jv else None
            self.dimension_tiles[dim.id].set_values(
                t.text(dim.name),
                fmt2(jv.joint if jv else None) or DASH,  # a withheld value is a dash and the word, never 0
                light,
                t.light_text(light) if light else t.withheld(),
                t.change_text(change, trend) if trend.kind != "withheld" else "",
                change.direction if change is not None else None,
                side_labels_html(d.labels, values),
                tooltip,
            )

    # -- text tabs -----------------------------------------------------------------------------------------
    def _fill_current_text(self) -> None:
        if self.data is None or self.data.round is None:
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
            self._fill_indicators()
        else:
            self.problems_view.setHtml(self.problems_html())
            self.problems_view.verticalScrollBar().setValue(0)

    @staticmethod
    def _para(text: str, style: str = "") -> str:
        attr = f" style='{style}'" if style else ""
        return f"<p{attr}>{_esc(text)}</p>"

    def _gap_line(self, name: str, gap: str) -> str:
        """One line of the gap list: "Financial health: Hard sees 1.25 higher" (full-width colon in Chinese)."""
        return self.tr("{name}: {gap}", "gap list line").format(name=name, gap=gap)

    def _said_by(self, side: str, label: str, text: str) -> str:
        """A list item of what a side wrote, after its label in the side's colour (full-width colon in Chinese)."""
        name = f"<span style='color:{theme.side_colour(side)}; font-weight:600'>{_esc(label)}</span>"
        line = self.tr("{side}: {text}", "problem description line")
        return f"<li>{line.format(side=name, text=_esc(text))}</li>"

    def _section(self, title: str) -> str:
        return f'<h3 style="margin-top:12px; margin-bottom:4px">{_esc(title)}</h3>'

    def findings_html(self) -> str:
        """The diagnosis, early warnings, gaps, tier, responses and withheld items as sentences."""
        d = self.data
        assert d is not None and d.round is not None
        t = self.texts
        fw = d.framework
        out: list[str] = []
        summary = d.summary
        if summary is None:
            out.append(self._section(self.tr("Diagnosis")))
            out.append(self._para(self.tr("The results of this round are hidden (blind round).")))
        else:
            sc = summary.scores
            out.append(self._section(self.tr("Diagnosis")))
            if sc.overall is None:
                out.append(self._para(self.tr("The diagnosis needs the results of both sides.")))
            elif not summary.diagnosis:
                out.append(self._para(self.tr("No bottleneck rule fired for this round.")))
            rules = {rule.id: rule for rule in fw.diagnosis} if fw else {}
            for finding in summary.diagnosis:
                rule = rules.get(finding.rule_id)
                name = t.text(rule.name) if rule else finding.rule_id
                out.append(f"<p><b>{_esc(name)}</b>")
                if rule:
                    out.append(f"<br>{_esc(t.text(rule.explanation))}")
                because = [t.trigger_sentence(trig, fw, d.labels) for trig in finding.triggers]
                because = [b for b in because if b]
                sentences = "" if self.ctx.lang == "zh" else " "  # Chinese sentences follow without a space
                if because:
                    out.append(
                        "<br><i>"
                        + _esc(self.tr("Why: {reasons}").format(reasons=sentences.join(because)))
                        + "</i>"
                    )
                out.append("</p>")
                if rule and rule.next_steps:
                    out.append(self._para(self.tr("Recommended next steps:"), "margin-bottom:0"))
                    out.append(
                        "<ul style='margin-top:0'>"
                        + "".join(f"<li>{_esc(t.text(step))}</li>" for step in rule.next_steps)
                        + "</ul>"
                    )
            out.append(self._section(self.tr("Early warnings")))
            if not summary.warnings:
                out.append(self._para(self.tr("No early warning.")))
            else:
                out.append("<ul>")
                for w in summary.warnings:
                    step = t.warning_step(w, fw)
                    out.append(f"<li><b>{_esc(t.warning_sentence(w, fw, d.labels))}</b>")
                    if step:
                        out.append("<br>" + _esc(self.tr("Recommended next step: {step}").format(step=step)))
                    out.append("</li>")
                out.append("</ul>")
            out.append(self._section(self.tr("Where the partners disagree")))
            gaps = []
            if fw is not None:
                for dim in fw.dimensions:
                    jv = sc.dimensions.get(dim.id)
                    if jv is not None and jv.gap is not None and jv.gap_flagged:
                        gaps.append(self._gap_line(t.text(dim.name), t.gap_text(jv.gap, d.labels)))
                for ind in fw.indicators:
                    jv = sc.indicators.get(ind.id)
                    if jv is not None and jv.gap is not None and jv.gap_flagged:
                        gaps.append(self._gap_line(t.text(ind.name), t.gap_text(jv.gap, d.labels)))
            if sc.overall is None:
                out.append(self._para(self.tr("Gaps need the results of both sides.")))
            elif not gaps:
                out.append(
                    "<p>"
                    + _esc(
                        self.tr("No gap of {limit} or more between the partners.").format(
                            limit=fmt2(fw.gap_threshold) if fw else ""
                        )
                    )
                    + "</p>"
                )
            else:
                out.append(
                    "<p>"
                    + _esc(
                        self.tr("Gaps of {limit} or more (often the first sign of a trust problem):").format(
                            limit=fmt2(fw.gap_threshold) if fw else ""
                        )
                    )
                    + "</p><ul>"
                    + "".join(f"<li>{GAP_FLAG} {_esc(g)}</li>" for g in gaps)
                    + "</ul>"
                )
            out.append(self._section(self.tr("Tier")))
            if summary.tier is None:
                out.append(self._para(self.tr("No tier without a health index.")))
            else:
                text = t.tier_name(fw, summary.tier)
                if summary.exit_review:
                    text = self.tr(
                        "{tier}: exit review due ({n} rounds in a row in the lowest tier)."
                    ).format(tier=text, n=fw.exit_review_after if fw else "")
                out.append(f"<p>{_esc(text)}</p>")
        out.append(self._section(self.tr("Responses")))
        r = d.round
        scores = d.scores
        lines = []
        for side in SIDES:
            if scores is not None:
                sd = scores.sides[side]
                lines.append(t.side_counts(d.labels[side], sd.submitted, sd.invited, sd.in_progress))
            else:
                lines.append(
                    t.side_counts(
                        d.labels[side],
                        r.submitted.get(side, 0),
                        r.invited.get(side, 0),
                        r.in_progress.get(side, 0),
                    )
                )
        out.append("<p>" + "<br>".join(_esc(x) for x in lines) + "</p>")
        out.append(
            "<p>"
            + _esc(
                self.tr("Each side needs at least {n} submitted responses for its results to show.").format(
                    n=r.threshold
                )
            )
            + "</p>"
        )
        out.append(self._section(self.tr("What was withheld, and why")))
        if scores is None:
            out.append(
                "<p>"
                + _esc(
                    self.tr("Everything, until both sides have at least {n} submitted responses.").format(
                        n=r.threshold
                    )
                )
                + "</p>"
            )
        elif not scores.withheld:
            out.append(self._para(self.tr("Nothing was withheld.")))
        else:
            out.append(
                "<ul>"
                + "".join(f"<li>{_esc(t.withheld_reason(w, d.labels, fw))}</li>" for w in scores.withheld)
                + "</ul>"
            )
        return "".join(out)

    def problems_html(self) -> str:
        """Problem descriptions grouped by dimension and indicator, by partner label (never by person)."""
        d = self.data
        assert d is not None
        t = self.texts
        fw = d.framework
        sc = d.scores
        out = [
            "<p><i>"
            + _esc(
                self.tr(
                    "What respondents wrote, grouped by dimension. Texts are never attributed to a person; "
                    "only the partner is shown."
                )
            )
            + "</i></p>"
        ]
        if sc is None or fw is None:
            out.append(self._para(self.tr("The results of this round are hidden (blind round).")))
            return "".join(out)
        any_text = False
        for dim in fw.dimensions:
            block = []
            for ind in dim.indicators:
                by_side = sc.problems.get(ind.id, {})
                items = [(side, text) for side in SIDES for text in by_side.get(side, ())]
                if not items:
                    continue
                block.append(
                    f"<p style='margin-bottom:2px'><b>{_esc(t.text(ind.name))}</b></p><ul style='margin-top:0'>"
                )
                for side, text in items:
                    block.append(self._said_by(side, d.labels[side], text))
                block.append("</ul>")
            if block:
                any_text = True
                out.append(self._section(t.text(dim.name)))
                out.extend(block)
        if sc.comments:
            any_text = True
            out.append(self._section(self.tr("General comments")))
            out.append("<ul>")
            for side in SIDES:
                for text in sc.comments.get(side, ()):
                    out.append(self._said_by(side, d.labels[side], text))
            out.append("</ul>")
        for side in SIDES:
            if sc.sides[side].withheld:
                out.append(
                    "<p>"
                    + _esc(
                        self.tr("{label}'s problem descriptions are withheld ({reason}).").format(
                            label=d.labels[side],
                            reason=self.texts.withheld_reason(
                                next(
                                    w
                                    for w in sc.withheld
                                    if w.code == "side_below_threshold" and w.params.get("side") == side
                                ),
                                d.labels,
                                fw,
                            ),
                        )
                    )
                    + "</p>"
                )
        if not any_text:
            out.append(self._para(self.tr("No problem descriptions in this round.")))
        return "".join(out)

    def _fill_indicators(self) -> None:
        d = self.data
        tree = self.indicator_tree
        tree.clear()
        t = self.texts
        labels_ = self.labels
        tree.setColumnCount(5)
        tree.setHeaderLabels(
            [self.tr("Indicator"), self.tr("Joint"), labels_["A"], labels_["B"], self.tr("Gap (A − B)")]
        )
        header = tree.header()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for c in range(1, 5):
            header.setSectionResizeMode(c, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(False)
        if d is None or d.framework is None or d.summary is None:
            return
        sc = d.summary.scores
        trend = d.summary.trend
        fw = d.framework
        bold = QFont(tree.font())
        bold.setBold(True)

        def cells(item: QTreeWidgetItem, jv, values: dict[str, Any], change: Change | None) -> None:  # noqa: ANN001
            joint = t.value(jv.joint if jv else None)
            light = jv.light if jv else None
            if light:
                joint = f"{joint} {theme.LIGHT_SYMBOLS[light]}"
            arrow = t.arrow(change.direction) if change is not None else ""
            if arrow:
                joint = f"{joint} {arrow}"
            item.setText(1, joint)
            for k, side in enumerate(SIDES, start=2):
                item.setText(k, values[side])
                item.setForeground(k, QColor(theme.side_colour(side)))
            gap = fmt_signed2(jv.gap) if jv is not None and jv.gap is not None else DASH
            if jv is not None and jv.gap_flagged:
                gap = f"{gap} {GAP_FLAG}"
            item.setText(4, gap)
            tips = [t.light_text(light)]
            if change is not None:
                tips.append(t.change_text(change, trend))
            if jv is not None and jv.gap is not None:
                tips.append(t.gap_text(jv.gap, d.labels))
            tips.append(self.tr("Click for both sides, spread and history"))
            for c in range(5):
                lines = [item.text(0).strip(), *tips] if c == 0 else tips
                item.setToolTip(c, "\n".join(x for x in lines if x))
                if c:
                    item.setTextAlignment(c, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)

        for dim in fw.dimensions:
            parent = QTreeWidgetItem([t.text(dim.name)])
            parent.setData(0, ITEM_ROLE, ("dimension", dim.id))
            for c in range(5):
                parent.setFont(c, bold)
            cells(
                parent,
                sc.dimensions.get(dim.id),
                {side: t.value(sc.sides[side].dimensions.get(dim.id)) for side in SIDES},
                trend.dimensions.get(dim.id),
            )
            tree.addTopLevelItem(parent)
            for ind in dim.indicators:
                child = QTreeWidgetItem(["    " + t.text(ind.name)])
                child.setData(0, ITEM_ROLE, ("indicator", ind.id))
                values = {}
                for side in SIDES:
                    si = sc.sides[side].indicators.get(ind.id)
                    text = t.value(si.value if si else None)
                    if si is not None and si.spread_flagged and si.value is not None:
                        text = f"{SPREAD_FLAG} {text}"
                    values[side] = text
                cells(child, sc.indicators.get(ind.id), values, trend.indicators.get(ind.id))
                tree.addTopLevelItem(child)

    def _tree_clicked(self, item: QTreeWidgetItem, _column: int = 0) -> None:
        target = item.data(0, ITEM_ROLE)
        if target:
            self.open_detail(*target)

    # -- charts --------------------------------------------------------------------------------------------
    def current_chart(self) -> str:
        return CHARTS[self.chart_tabs.currentIndex()]

    def _upto(self) -> list[RoundScores]:
        """The rounds up to and including the chosen one."""
        d = self.data
        assert d is not None and d.round is not None
        upto = []
        for sc in d.history:
            upto.append(sc)
            if sc.round_id == d.round.id:
                break
        return upto

    def _show_current_chart(self) -> None:
        d = self.data
        if d is None or d.round is None or d.framework is None:
            return
        name = self.current_chart()
        view = self.chart_views[name]
        if name in ("radar", "gap") and d.summary is None:
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

        d = self.data
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
                self._upto(), d.framework, lang, d.labels, max_rounds=TREND_WINDOW, size=size
            )
        return charts.heatmap_chart(self._upto(), d.framework, lang, max_rounds=HEATMAP_WINDOW, screen=True)

    def draw_all_charts(self) -> None:
        """Draw every chart now (for screenshots and tests; normally a chart is drawn when its tab is seen)."""
        current = self.chart_tabs.currentIndex()
        for n in range(len(CHARTS)):
            self.chart_tabs.setCurrentIndex(n)
        self.chart_tabs.setCurrentIndex(current)

    # -- detail --------------------------------------------------------------------------------------------
    def open_detail(self, kind: str, item_id: str) -> QWidget | None:
        """Open the detail of a dimension or an indicator (both sides, spread, history across rounds)."""
        if self.data is None or self.data.framework is None:
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
