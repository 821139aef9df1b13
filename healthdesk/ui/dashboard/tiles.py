"""The dashboard's key numbers: a ``Tile`` (title, big value, light with symbol and word, trend, both partners'
values) and the ``TileGrid`` that lays them out in as many rows as the width needs; ``fill_index_tile`` and
``fill_dimension_tile`` word the view-model's tiles (``model.IndexTile``, ``model.DimensionTile``) onto them."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QFont, QKeyEvent, QMouseEvent, QTextDocumentFragment
from PySide6.QtWidgets import QFrame, QGridLayout, QHBoxLayout, QLabel, QSizePolicy, QVBoxLayout, QWidget

from ...analysis.types import SIDES
from ...present.symbols import DASH
from ..common import theme
from ..common.result_texts import ResultTexts, _esc
from .model import DimensionTile, IndexTile

TR_CONTEXT = "DashboardPage"  # the words the tiles had on the page, with their Chinese


def tr(text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """Translate under the dashboard page's context."""
    return QCoreApplication.translate(TR_CONTEXT, text, disambiguation, n)


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
        for tile in self.tiles:  # now, not on Qt's queued show: the page's layout settles in one pass
            if tile.isHidden():
                tile.show()

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


# --------------------------------------------------------------------------------------------------- wording


def fill_index_tile(tile: Tile, it: IndexTile, texts: ResultTexts, fw, history) -> None:  # noqa: ANN001
    """The health index: value, light, its trend (the last step and the period shown), joint score and tier."""
    t = texts
    if it.hidden or it.summary is None:
        tile.set_values(tr("Health index"), DASH, None, tr("hidden"), "")
        return
    tier = t.tier_name(fw, it.tier) if it.tier else ""
    if it.exit_review:
        tier = tr("{tier} · exit review due").format(tier=tier)
    index_trend, _heading = t.index_trend(it.summary, history)
    extra = _esc(tier)
    if it.overall is not None:
        joint = _esc(tr("Joint score {value} / 5").format(value=it.overall))
        extra = f"{joint} · {extra}" if extra else joint
    tile.set_values(
        tr("Health index"),
        it.value or DASH,
        it.light,
        t.light_text(it.light) if it.light else t.withheld(),
        index_trend,
        it.direction,
        extra,
    )


def fill_dimension_tile(tile: Tile, dt: DimensionTile, texts: ResultTexts, labels: dict[str, str]) -> None:
    """A dimension: joint score (a withheld value is a dash and the word, never 0), light, change, both sides."""
    t = texts
    if dt.hidden:
        tile.set_values(t.text(dt.name), DASH, None, tr("hidden"), "")
        return
    tooltip = tr("Click for both sides, spread and history")
    if dt.gap is not None:
        tooltip = t.gap_text(dt.gap, labels) + "\n" + tooltip
    tile.set_values(
        t.text(dt.name),
        dt.value or DASH,
        dt.light,
        t.light_text(dt.light) if dt.light else t.withheld(),
        t.change_text(dt.change, dt.trend) if dt.trend is not None else "",
        dt.direction,
        side_labels_html(labels, {side: t.value(dt.sides.get(side)) for side in SIDES}),
        tooltip,
    )


def dimension_tiles(
    grid: TileGrid,
    index_tile: Tile,
    old: dict[str, Tile],
    dimension_ids: list[str],
    opened: Callable[[str], object],
) -> dict[str, Tile]:
    """The index tile and one clickable tile per dimension (kept when the dimension stays), laid out in ``grid``."""
    tiles = [index_tile]
    old = dict(old)
    made: dict[str, Tile] = {}
    for dim_id in dimension_ids:
        tile = old.pop(dim_id, None)
        if tile is None:
            tile = Tile(clickable=True)
            tile.clicked.connect(lambda dim_id=dim_id: opened(dim_id))
        made[dim_id] = tile
        tiles.append(tile)
    grid.set_tiles(tiles)
    return made
