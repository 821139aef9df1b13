"""Matplotlib figures on screen: one canvas per chart, built when it is first seen, kept for switching back.

matplotlib (and ``healthdesk.reports.charts``, which imports it) is imported the first time a chart is drawn, never
at start-up. A chart is drawn at least :data:`MIN_ZOOM` times its printed size, so its smallest text (7.5 pt notes)
is 11 px or more on a screen at 100 % scaling, and larger where there is room (up to ``max_zoom``).

How a view uses its space (``fit``):

- ``"none"``: the chart at its size, in a scroll area of its own when the space is smaller (the portfolio's heat
  map, whose page does not scroll);
- ``"width"``: as wide as the view, as tall as the chart needs: the view takes the chart's height and the page or
  dialog around it scrolls (the detail dialog);
- ``"both"``: the chart fills the view, width and height, and is redrawn for a new size (the dashboard). The view
  never scrolls: when the chart cannot be drawn readably in the space, the view asks for more (its minimum size)
  and the page around it scrolls, so there is never a scroll area inside a scroll area.

A builder given with ``sized=True`` is called with ``size=(width, height)`` in inches (the space at the chosen
zoom) and lays the chart out for it; other builders draw at their natural size, zoomed to the space.
"""

from __future__ import annotations

import gc
import logging
import math
from collections import OrderedDict
from collections.abc import Callable, Hashable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QFrame, QLabel, QScrollArea, QStyle, QVBoxLayout, QWidget

from . import collector

if TYPE_CHECKING:
    from matplotlib.figure import Figure

log = logging.getLogger(__name__)

_canvas_class: Any = None
BASE_DPI = 100  # the charts' own resolution (healthdesk.reports.charts): 1 point = 100/72 pixels at zoom 1
MIN_ZOOM = 1.1  # 7.5 pt notes are 11.5 px on screen
REFERENCE_SIZE = (6.5, 4.0)  # inches: the size a sized chart is zoomed from (the PDF's chart width)


def canvas_class() -> Any:
    """FigureCanvasQTAgg that draws once at its natural size and reports its paints (imported on first use)."""
    global _canvas_class
    if _canvas_class is not None:
        return _canvas_class
    from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg

    class Canvas(FigureCanvasQTAgg):
        def __init__(self, figure: Figure, on_paint: Callable[[], None] | None = None):
            super().__init__(figure)
            self._on_paint = on_paint
            self.setFixedSize(*self.get_width_height())
            self.setFocusPolicy(Qt.FocusPolicy.NoFocus)

        def resizeEvent(self, event) -> None:  # noqa: ANN001, N802
            # Being shown at the size it already has would ask for a second, identical draw.
            renderer = getattr(self, "renderer", None)
            if renderer is not None:
                size = (event.size().width(), event.size().height())
                if size == self.get_width_height() and (renderer.width, renderer.height) == (
                    self.get_width_height(physical=True)
                ):
                    return
            super().resizeEvent(event)

        def paintEvent(self, event) -> None:  # noqa: ANN001, N802
            super().paintEvent(event)
            if self._on_paint is not None and getattr(self, "renderer", None) is not None:
                self._on_paint()

    _canvas_class = Canvas
    return Canvas


_heap_frozen = False


def _freeze_heap_once() -> None:
    """After the first chart: move every object alive now (Qt, matplotlib and its fonts, the app's modules: a few
    hundred thousand long-lived objects) out of the garbage collector's sight, so the full collections that later
    chart building triggers stay short instead of pausing a dashboard switch for 100 ms. Done once per process."""
    global _heap_frozen
    if _heap_frozen:
        return
    _heap_frozen = True
    gc.collect()
    gc.freeze()


_collection_paused = False


def pause_collection(max_seconds: float = 1.0) -> None:
    """Hold back the garbage collector while a screen is being built (a chart allocates some hundred thousand
    short-lived objects, and the collector would otherwise walk the heap several times in the middle of it);
    :func:`resume_collection` lets it run once the screen has painted, at the latest after ``max_seconds``."""
    global _collection_paused
    if _collection_paused:
        return
    _collection_paused = True
    collector.hold()
    QTimer.singleShot(int(max_seconds * 1000), resume_collection)


def resume_collection() -> None:
    global _collection_paused
    if _collection_paused:
        _collection_paused = False
        collector.release()


def prewarm() -> None:
    """Import matplotlib and the chart module now (e.g. on an idle moment after the first screen painted)."""
    canvas_class()
    from ...reports import charts  # noqa: F401


class ChartView(QWidget):
    """Shows one chart at a time. ``set_chart(key, builder)`` builds the figure when the view is visible (or as
    soon as it becomes visible); a figure already drawn for the same key and size is shown again without
    rebuilding. ``fit`` says how the chart uses the view's space (see the module's text)."""

    painted = Signal(object)  # the key of the chart that was just painted
    failed = Signal(object)

    def __init__(
        self,
        parent: QWidget | None = None,
        cache_size: int = 3,
        max_zoom: float = 1.5,
        fit: str = "none",
    ):
        super().__init__(parent)
        assert fit in ("none", "width", "both")
        self.fit = fit
        self.max_zoom = max_zoom
        self._zoom = 1.0
        self._size: tuple[int, int] | None = None  # the pixels a sized chart on screen was laid out for
        self._sized = False
        self._floor: dict[Hashable, tuple[int, int]] = {}  # the least size a chart needed (fit "both")
        self._own_minimum = (0, 0)
        self._zoom_timer = QTimer(self)
        self._zoom_timer.setSingleShot(True)
        self._zoom_timer.setInterval(200)
        self._zoom_timer.timeout.connect(self._rezoom)
        self._cache: OrderedDict[Hashable, Any] = OrderedDict()
        self._cache_size = cache_size
        self._key: Hashable | None = None
        self._builder: Callable[..., Figure] | None = None
        self._pending = False
        self._shown_key: Hashable | None = None
        self._announced: set[int] = set()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message.setProperty("role", "subtitle")
        self.message.setMargin(16)
        self.message.setMinimumWidth(200)
        self.scroll: QScrollArea | None = None
        self._current: QWidget = self.message
        if fit == "none":
            self.scroll = QScrollArea()
            self.scroll.setFrameShape(QFrame.Shape.NoFrame)
            self.scroll.setWidgetResizable(False)
            self.scroll.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
            self.scroll.setStyleSheet("QScrollArea { background: white; }")
            layout.addWidget(self.scroll)
            self.scroll.setWidget(self.message)
            self.scroll.setWidgetResizable(True)
        else:
            # The canvas is placed by hand (_place), so its fixed size never dictates the view's size.
            self.setAutoFillBackground(True)
            palette = self.palette()
            palette.setColor(self.backgroundRole(), Qt.GlobalColor.white)
            self.setPalette(palette)
            layout.addWidget(self.message)

    # -- what to show -------------------------------------------------------------------------------------
    @property
    def key(self) -> Hashable | None:
        return self._key

    def canvas(self) -> Any:
        """The canvas on screen (None while a message is shown)."""
        widget = self.scroll.widget() if self.scroll is not None else self._current
        return None if widget is self.message else widget

    def figure(self) -> Figure | None:
        canvas = self.canvas()
        return None if canvas is None else canvas.figure

    def available(self) -> tuple[int, int]:
        """The pixels a chart may take: the view's; in fit "none" the scroll area's, less a scroll bar's width."""
        if self.scroll is not None:
            w = self.scroll.viewport().width() - 4
            h = self.scroll.viewport().height() - 4
            if not self.scroll.verticalScrollBar().isVisible():  # a tall chart brings one: leave room for it
                w -= self.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent)
            return max(w, 1), max(h, 1)
        return max(self.width(), 1), max(self.height(), 1)

    def set_message(self, text: str) -> None:
        """Show a sentence instead of a chart (no data, hidden results)."""
        self._key, self._builder, self._pending = None, None, False
        self.message.setText(text)
        self._show_widget(self.message)
        self._shown_key = None

    def set_chart(self, key: Hashable, builder: Callable[..., Figure], sized: bool = False) -> None:
        """Show the chart ``builder`` draws (``sized``: it takes ``size=(width, height)`` in inches)."""
        self._key, self._builder, self._sized = key, builder, sized
        if key == self._shown_key and self.canvas() is not None:
            self._pending = False
            return
        if self.isVisible():
            self._realise()
        else:
            self._pending = True

    def clear_cache(self) -> None:
        """Forget the drawn charts (language or data changed); the one on screen is rebuilt when needed."""
        shown = self.canvas()
        for canvas in self._cache.values():
            if canvas is not shown:
                canvas.deleteLater()
        self._cache.clear()
        self._shown_key = None
        if self._key is not None:
            if self.isVisible():
                self._realise()
            else:
                self._pending = True

    # -- sizes --------------------------------------------------------------------------------------------
    def zoom_for(self, width_in: float, height_in: float | None = None) -> float:
        """How much larger than its natural size (the printed size) a chart of this size is drawn: as large as the
        view allows (its width; in fit "both" its height too), in steps of 0.1, between :data:`MIN_ZOOM` and
        ``max_zoom`` (never smaller than readable: the space scrolls instead)."""
        w, h = self.available()
        if width_in <= 0:
            return MIN_ZOOM
        zoom = w / (width_in * BASE_DPI)
        if self.fit == "both" and height_in:
            zoom = min(zoom, h / (height_in * BASE_DPI))
        return max(MIN_ZOOM, min(self.max_zoom, math.floor(zoom * 10) / 10))

    def _target(self) -> tuple[float, tuple[int, int]]:
        """The zoom and the pixels a sized chart is laid out for: zoomed as far as the space allows at the
        reference size (in fit "width" its width alone), laid out for all of the space."""
        w, h = self.available()
        ref_w, ref_h = REFERENCE_SIZE
        zoom = w / (ref_w * BASE_DPI)
        if self.fit != "width":
            zoom = min(zoom, h / (ref_h * BASE_DPI))
        zoom = max(MIN_ZOOM, min(self.max_zoom, math.floor(zoom * 10) / 10))
        if self.fit == "width":
            h = int(ref_h * BASE_DPI * zoom)
        return zoom, (w, h)

    def setMinimumHeight(self, height: int) -> None:  # noqa: N802
        """The owner's minimum (a chart that needs more raises the view's while it is shown)."""
        self._own_minimum = (self._own_minimum[0], height)
        super().setMinimumHeight(height)

    def setMinimumWidth(self, width: int) -> None:  # noqa: N802
        self._own_minimum = (width, self._own_minimum[1])
        super().setMinimumWidth(width)

    def _apply_floor(self, floor: tuple[int, int]) -> None:
        super().setMinimumWidth(max(self._own_minimum[0], floor[0]))
        super().setMinimumHeight(max(self._own_minimum[1], floor[1]))

    # -- drawing ------------------------------------------------------------------------------------------
    def _realise(self) -> None:
        self._pending = False
        key, builder = self._key, self._builder
        if key is None or builder is None:
            return
        if self._sized:
            self._zoom, self._size = self._target()
        else:
            self._size = None
        canvas = self._cache.get((key, self._zoom, self._size))
        if canvas is None:
            try:
                if self._sized:
                    w, h = self._size  # type: ignore[misc]
                    scale = BASE_DPI * self._zoom
                    figure = builder(size=(w / scale, h / scale))
                else:
                    figure = builder()
                    self._zoom = self.zoom_for(figure.get_figwidth(), figure.get_figheight())
                figure.set_dpi(BASE_DPI * self._zoom)
                canvas = canvas_class()(figure, on_paint=lambda k=key: self._canvas_painted(k))
                canvas.draw()
                if not _heap_frozen:
                    QTimer.singleShot(0, _freeze_heap_once)
            except Exception:  # a chart that cannot be drawn must not take the screen with it
                log.exception("chart %r could not be drawn", key)
                self.message.setText(
                    QCoreApplication.translate("ChartView", "This chart could not be drawn. See the log.")
                )
                self._show_widget(self.message)
                self._shown_key = None
                self.failed.emit(key)
                return
            self._cache[(key, self._zoom, self._size)] = canvas
            while len(self._cache) > self._cache_size:
                _old_key, old = self._cache.popitem(last=False)
                if old is not self.canvas() and old is not canvas:
                    old.deleteLater()
        self._cache.move_to_end((key, self._zoom, self._size))
        self._announced.discard(id(canvas))
        self._show_widget(canvas)
        self._shown_key = key
        self._follow_canvas(key, canvas)

    def _follow_canvas(self, key: Hashable, canvas: QWidget) -> None:
        """Fit "width": the view as tall as its chart. Fit "both": a chart that needs more than the space (its
        readable minimum) makes the view ask for that much, so the page around it scrolls."""
        if self.fit == "width":
            super().setMinimumHeight(canvas.height())
            self.setMaximumHeight(canvas.height())
        elif self.fit == "both":
            w, h = self.available()
            floor = self._floor.get(key, (0, 0))
            floor = (
                max(floor[0], canvas.width() if canvas.width() > w + 1 else 0),
                max(floor[1], canvas.height() if canvas.height() > h + 1 else 0),
            )
            self._floor[key] = floor
            self._apply_floor(floor)
        self._place()

    def _place(self) -> None:
        if self.scroll is not None or self._current is self.message:
            return
        canvas = self._current
        canvas.move(max(0, (self.width() - canvas.width()) // 2), 0)

    def _show_widget(self, widget: QWidget) -> None:
        if self.scroll is None:
            self._show_placed(widget)
            return
        current = self.scroll.widget()
        if current is widget:
            return
        taken = self.scroll.takeWidget()
        if taken is not None:
            # A widget taken out of the scroll area has no parent: hidden and kept here, it never becomes a
            # window of its own.
            taken.hide()
            taken.setParent(self)
            if taken is not self.message and taken not in self._cache.values():
                taken.deleteLater()
        self.scroll.setWidgetResizable(widget is self.message)
        self.scroll.setWidget(widget)
        widget.show()

    def _show_placed(self, widget: QWidget) -> None:
        current = self._current
        if current is widget:
            return
        if current is not self.message:
            current.hide()
            if current not in self._cache.values():
                current.deleteLater()
        self._current = widget
        if widget is self.message:
            self._apply_floor((0, 0))
            if self.fit == "width":
                self.setMaximumHeight(16777215)
            self.message.show()
            return
        self.message.hide()
        widget.setParent(self)
        widget.show()

    def _canvas_painted(self, key: Hashable) -> None:
        canvas = self.canvas()
        if canvas is None or key != self._shown_key or id(canvas) in self._announced:
            return
        self._announced.add(id(canvas))
        self.painted.emit(key)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802
        super().showEvent(event)
        if self._pending:
            self._realise()
        elif self._needs_redraw():
            self._zoom_timer.start()

    def resizeEvent(self, event) -> None:  # noqa: ANN001, N802
        super().resizeEvent(event)
        self._place()
        if self._needs_redraw():
            self._zoom_timer.start()

    def _needs_redraw(self) -> bool:
        figure = self.figure()
        if figure is None or self._key is None:
            return False
        if self._sized:
            zoom, size = self._target()
            if zoom != self._zoom or self._size is None:
                return True
            return abs(size[0] - self._size[0]) > 6 or abs(size[1] - self._size[1]) > 6
        return self.zoom_for(figure.get_figwidth(), figure.get_figheight()) != self._zoom

    def _rezoom(self) -> None:
        if self._key is None or not self.isVisible() or not self._needs_redraw():
            return
        figure = self.figure()
        if not self._sized and figure is not None:
            self._zoom = self.zoom_for(figure.get_figwidth(), figure.get_figheight())
        self._shown_key = None
        self._realise()
