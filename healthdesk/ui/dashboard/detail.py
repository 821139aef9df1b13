"""The detail of one dimension or indicator: both partners' values and spread in the chosen round, and its history
across rounds (what the dashboard opens when a dimension tile or an indicator row is clicked).

The history is read in full through ``services.summary.partnership_history`` (side values of every round; on the
background queue, ``model.load_history``: the history section fills in when it arrives) and shown twice: as a small chart (both partners and the joint score across rounds, ``reports.charts.history_chart``, drawn
through the dashboard's ``ChartView``) and as a table. A blind round whose results are still hidden shows "hidden",
a withheld value shows "withheld" (a gap in the chart's lines), never zero.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFrame,
    QHeaderView,
    QLabel,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...analysis.types import SIDES, RoundScores
from ...errors import HealthDeskError
from ...present.symbols import GAP_FLAG, SPREAD_FLAG
from ...services.summary import DashboardData
from ..common import theme
from ..common.charts_widget import ChartView
from ..common.context import AppContext
from ..common.result_texts import ResultTexts, _esc
from .model import HistoryRow, HistoryState, detail_now, history_rows, load_history

CHART_HEIGHT = 360  # pixels kept for the history chart until it is drawn (then it takes the height it needs)
CELL_PADDING = 14  # pixels added to each history column beyond its widest value


class DetailDialog(QDialog):
    """Both sides, spread and history of a dimension (``kind`` "dimension") or an indicator ("indicator")."""

    def __init__(
        self, ctx: AppContext, data: DashboardData, kind: str, item_id: str, parent: QWidget | None = None
    ):
        super().__init__(parent)
        self.ctx = ctx
        self.data = data
        self.kind = kind
        self.item_id = item_id
        self.texts = ResultTexts(ctx.lang, self)
        self.setModal(False)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        self.resize(820, 640)
        self.history: list[RoundScores] = []
        self.history_loaded = False  # the full history arrived (read on the background queue)
        self.error: HealthDeskError | None = None

        outer = QVBoxLayout(self)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        outer.addWidget(scroll, 1)
        self.body = QWidget()
        scroll.setWidget(self.body)
        self.layout_ = QVBoxLayout(self.body)
        self.layout_.setSpacing(theme.GRID)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.rejected.connect(self.close)
        outer.addWidget(self.buttons)
        self.current_table = QTableWidget()
        self.history_table = QTableWidget()
        # As wide as the dialog and as tall as the chart: the dialog's scroll area is the only one.
        self.history_view = ChartView(max_zoom=1.3, fit="width")
        self.history_view.setMinimumHeight(CHART_HEIGHT)
        for table in (self.current_table, self.history_table):
            table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
            table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
            table.verticalHeader().hide()
            table.setAlternatingRowColors(True)
            table.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.retranslate_ui()
        ctx.language_changed.connect(self._language_changed)
        ctx.fetch(self, load_history, data.partnership.id, done=self._history_arrived)

    def _history_arrived(
        self, history: tuple[RoundScores, ...] | None, error: HealthDeskError | None
    ) -> None:
        """The full history (or, refused, the dashboard's: joint values of the closed rounds, and the reason)."""
        self.history = list(history) if history is not None else list(self.data.history)
        self.error = error
        self.history_loaded = True
        self.retranslate_ui()

    # -- texts ---------------------------------------------------------------------------------------------
    def _language_changed(self, lang: str) -> None:
        self.texts.lang = lang
        self.retranslate_ui()

    @property
    def framework(self):  # noqa: ANN201
        return self.data.framework

    def name(self) -> str:
        t = self.texts
        if self.kind == "dimension":
            return t.dimension_name(self.framework, self.item_id)
        return t.indicator_name(self.framework, self.item_id)

    def retranslate_ui(self) -> None:
        self.texts.lang = self.ctx.lang
        self.setWindowTitle(self.tr("{name} — detail").format(name=self.name()))
        while self.layout_.count():
            item = self.layout_.takeAt(0)
            widget = item.widget()
            if widget is not None and widget not in (
                self.current_table,
                self.history_table,
                self.history_view,
            ):
                widget.deleteLater()
        self._build()

    def _label(self, text: str, role: str | None = None, rich: bool = False) -> QLabel:
        label = QLabel(text)
        label.setWordWrap(True)
        label.setTextFormat(Qt.TextFormat.RichText if rich else Qt.TextFormat.PlainText)
        if role:
            label.setProperty("role", role)
        self.layout_.addWidget(label)
        return label

    def _build(self) -> None:
        t = self.texts
        fw = self.framework
        d = self.data
        self._label(self.name(), "title")
        if self.kind == "indicator" and fw is not None and self.item_id in fw.indicator_map:
            ind = fw.indicator_map[self.item_id]
            self._label(
                self.tr("Dimension: {name}").format(name=t.dimension_name(fw, ind.dimension_id)), "subtitle"
            )
            if t.text(ind.help):
                self._label(t.text(ind.help))
            if ind.high_is_bad:
                self._label(self.tr("Scored so that 5 is always the healthiest."), "subtitle")
        elif (
            fw is not None
            and self.item_id in fw.dimension_map
            and t.text(fw.dimension_map[self.item_id].help)
        ):
            self._label(t.text(fw.dimension_map[self.item_id].help))
        if self.error is not None:
            self._label(self.ctx.error_text(self.error), "error")

        label = d.round.label if d.round is not None else ""
        self._label(self.tr("This round ({label})").format(label=label), "section")
        if d.summary is None:
            self._label(self.tr("The results of this round are hidden (blind round)."), "info")
        else:
            self._fill_current()
            self.layout_.addWidget(self.current_table)
            self.current_table.show()
            for line in self._current_notes():
                self._label(line)

        self._label(self.tr("History across rounds"), "section")
        if self.history_loaded and len(self.history) >= 2:
            self.layout_.addWidget(self.history_view)
            self.history_view.show()
            self._show_history_chart()
        else:
            self.history_view.hide()
        if self.history_loaded:
            self._fill_history()
            self.layout_.addWidget(self.history_table)
            self.history_table.show()
        else:
            self.history_table.hide()

        if self.kind == "indicator" and fw is not None and self.item_id in fw.indicator_map:
            ind = fw.indicator_map[self.item_id]
            self._label(self.tr("What the levels mean"), "section")
            rows = "".join(
                f"<tr><td style='padding-right:8px'><b>{level}</b></td><td>{_esc(t.text(text))}</td></tr>"
                for level, text in sorted(ind.levels.items())
            )
            self._label(f"<table>{rows}</table>", rich=True)
            if d.summary is not None:
                self._label(self.tr("Problem descriptions in this round"), "section")
                by_side = d.summary.scores.problems.get(self.item_id, {})
                items = [
                    f"<li><span style='color:{theme.side_colour(side)}; font-weight:600'>"
                    f"{_esc(d.labels[side])}</span>: {_esc(text)}</li>"
                    for side in SIDES
                    for text in by_side.get(side, ())
                ]
                if items:
                    self._label("<ul>" + "".join(items) + "</ul>", rich=True)
                else:
                    self._label(self.tr("None."), "subtitle")
        self.layout_.addStretch(1)

    # -- this round ----------------------------------------------------------------------------------------
    def _fill_current(self) -> None:
        t = self.texts
        d = self.data
        fw = self.framework
        now = detail_now(d, self.kind, self.item_id)
        assert now is not None
        table = self.current_table
        headers = [
            self.tr("Indicator") if self.kind == "dimension" else "",
            d.labels["A"],
            self.tr("{label} spread").format(label=d.labels["A"]),
            d.labels["B"],
            self.tr("{label} spread").format(label=d.labels["B"]),
            self.tr("Joint"),
            self.tr("Gap"),
        ]
        table.clear()
        table.setColumnCount(len(headers))
        table.setRowCount(len(now.rows))
        table.setHorizontalHeaderLabels(headers)
        bold = QFont(table.font())
        bold.setBold(True)
        for r, row in enumerate(now.rows):
            if row.kind == "dimension":
                name = t.dimension_name(fw, row.item_id)
            else:
                name = t.indicator_name(fw, row.item_id)
            joint = t.value(row.joint)
            if row.light:
                joint = f"{joint} {t.light_text(row.light)}"
            cells = [
                name,
                t.value(row.values["A"]),
                row.spreads["A"],
                t.value(row.values["B"]),
                row.spreads["B"],
                joint,
                row.gap_cell,
            ]
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if c:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                if c in (1, 2):
                    item.setForeground(QColor(theme.SIDE_A))
                if c in (3, 4):
                    item.setForeground(QColor(theme.SIDE_B))
                if row.total:
                    item.setFont(bold)
                table.setItem(r, c, item)
        self._fit(table)

    def _current_notes(self) -> list[str]:
        t = self.texts
        d = self.data
        fw = self.framework
        now = detail_now(d, self.kind, self.item_id)
        assert now is not None
        notes = []
        if now.gap is not None:
            line = t.gap_text(now.gap, d.labels)
            if now.gap_flag_limit is not None:
                line += " " + self.tr("({flag} at or above the gap threshold {limit})").format(
                    flag=GAP_FLAG, limit=now.gap_flag_limit
                )
            notes.append(line)
        for side in now.sides:
            if side.withheld is not None:
                notes.append(t.withheld_reason(side.withheld, d.labels, fw))
            else:
                notes.append(
                    self.tr("{label}: {scored} scored, {na} not applicable or don't know").format(
                        label=d.labels[side.side], scored=side.scored, na=side.not_applicable
                    )
                )
        if now.spread_limit is not None:
            notes.append(
                self.tr(
                    "Spread: how far one side's respondents are apart (standard deviation); {flag} at or above "
                    "{limit}."
                ).format(flag=SPREAD_FLAG, limit=now.spread_limit)
            )
        return notes

    # -- history -------------------------------------------------------------------------------------------
    def _show_history_chart(self) -> None:
        d = self.data
        fw = self.framework
        view = self.history_view
        view.setAccessibleName(self.tr("History chart"))
        if fw is None:
            view.hide()
            return
        lang = self.ctx.lang
        key = (
            "history",
            d.partnership.id,
            self.kind,
            self.item_id,
            lang,
            tuple(sc.round_id for sc in self.history),
            d.hidden_rounds,
        )

        def build():  # noqa: ANN202
            from ...reports import charts

            return charts.history_chart(
                self.history, fw, self.kind, self.item_id, d.labels, lang, hidden_rounds=d.hidden_rounds
            )

        view.set_chart(key, build)

    def _fill_history(self) -> None:
        d = self.data
        table = self.history_table
        headers = [
            self.tr("Round"),
            d.labels["A"],
            d.labels["B"],
            self.tr("Joint"),
            self.tr("Light"),
            self.tr("Gap"),
        ]
        table.clear()
        table.setColumnCount(len(headers))
        table.setHorizontalHeaderLabels(headers)
        rows = history_rows(d, self.history, self.kind, self.item_id)
        table.setRowCount(len(rows))
        bold = QFont(table.font())
        bold.setBold(True)
        for r, row in enumerate(rows):
            cells = self._history_cells(row)
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if c:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                if c == 1:
                    item.setForeground(QColor(theme.SIDE_A))
                if c == 2:
                    item.setForeground(QColor(theme.SIDE_B))
                if row.current:
                    item.setFont(bold)
                table.setItem(r, c, item)
        self._fit(table, stretch_first=False)
        table.resizeColumnsToContents()
        header = table.horizontalHeader()
        for c in range(
            table.columnCount()
        ):  # room around each value: "withheld" never touches the grid lines
            header.setSectionResizeMode(c, QHeaderView.ResizeMode.Interactive)
            table.setColumnWidth(c, table.columnWidth(c) + CELL_PADDING)
        width = sum(table.columnWidth(c) for c in range(table.columnCount())) + 2 * table.frameWidth() + 2
        table.setMaximumWidth(width)

    def _history_cells(self, row: HistoryRow) -> list[str]:
        t = self.texts
        if row.state == HistoryState.NOT_IN_FRAMEWORK:
            missing = self.tr("not in this framework version")
            return [row.label, missing, "", "", "", ""]
        if row.state == HistoryState.HIDDEN:
            hidden = self.tr("hidden")
            return [row.label, hidden, hidden, hidden, "", ""]
        return [
            row.label,
            t.value(row.values["A"]),
            t.value(row.values["B"]),
            t.value(row.joint),
            t.light_text(row.light),
            row.gap_cell,
        ]

    @staticmethod
    def _fit(table: QTableWidget, stretch_first: bool = True) -> None:
        header = table.horizontalHeader()
        header.setStretchLastSection(False)
        for c in range(table.columnCount()):
            stretch = c == 0 and stretch_first
            mode = QHeaderView.ResizeMode.Stretch if stretch else QHeaderView.ResizeMode.ResizeToContents
            header.setSectionResizeMode(c, mode)
        table.resizeRowsToContents()
        height = table.horizontalHeader().height() + 2 * table.frameWidth()
        for r in range(table.rowCount()):
            height += table.rowHeight(r)
        table.setFixedHeight(height + 2)


def open_detail(
    ctx: AppContext, data: DashboardData, kind: str, item_id: str, parent: QWidget
) -> DetailDialog:
    dialog = DetailDialog(ctx, data, kind, item_id, parent)
    dialog.show()
    return dialog
