"""Matplotlib figures on screen: one scrollable canvas per chart, built when it is first seen, kept for switching back.

matplotlib (and ``healthdesk.reports.charts``, which imports it) is imported the first time a chart is drawn, never
at start-up. A chart is drawn at its natural size (the size the PDF uses) and scrolls when the space is smaller, so
its fixed layout never squeezes text into other text.
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

if TYPE_CHECKING:
    from matplotlib.figure import Figure

log = logging.getLogger(__name__)

_canvas_class: Any = None
BASE_DPI = 100  # the charts' own resolution (healthdesk.reports.charts): 1 point = 100/72 pixels at zoom 1


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
    if _collection_paused or not gc.isenabled():
        return
    _collection_paused = True
    gc.disable()
    QTimer.singleShot(int(max_seconds * 1000), resume_collection)


def resume_collection() -> None:
    global _collection_paused
    if _collection_paused:
        _collection_paused = False
        gc.enable()


def prewarm() -> None:
    """Import matplotlib and the chart module now (e.g. on an idle moment after the first screen painted)."""
    canvas_class()
    from ..reports import charts  # noqa: F401


class ChartView(QWidget):
    """Shows one chart at a time. ``set_chart(key, builder)`` builds the figure when the view is visible (or as
    soon as it becomes visible); a figure already drawn for the same key is shown again without rebuilding."""

    painted = Signal(object)  # the key of the chart that was just painted
    failed = Signal(object)

    def __init__(self, parent: QWidget | None = None, cache_size: int = 3, max_zoom: float = 1.5):
        super().__init__(parent)
        self.max_zoom = max_zoom
        self._zoom = 1.0
        self._zoom_timer = QTimer(self)
        self._zoom_timer.setSingleShot(True)
        self._zoom_timer.setInterval(200)
        self._zoom_timer.timeout.connect(self._rezoom)
        self._cache: OrderedDict[Hashable, Any] = OrderedDict()
        self._cache_size = cache_size
        self._key: Hashable | None = None
        self._builder: Callable[[], Figure] | None = None
        self._pending = False
        self._shown_key: Hashable | None = None
        self._announced: set[int] = set()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.scroll = QScrollArea()
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setWidgetResizable(False)
        self.scroll.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        self.scroll.setStyleSheet("QScrollArea { background: white; }")
        layout.addWidget(self.scroll)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message.setProperty("role", "subtitle")
        self.message.setMargin(16)
        self.message.setMinimumWidth(200)
        self.scroll.setWidget(self.message)
        self.scroll.setWidgetResizable(True)

    # -- what to show -------------------------------------------------------------------------------------
    @property
    def key(self) -> Hashable | None:
        return self._key

    def canvas(self) -> Any:
        """The canvas on screen (None while a message is shown)."""
        widget = self.scroll.widget()
        return None if widget is self.message else widget

    def figure(self) -> Figure | None:
        canvas = self.canvas()
        return None if canvas is None else canvas.figure

    def set_message(self, text: str) -> None:
        """Show a sentence instead of a chart (no data, hidden results)."""
        self._key, self._builder, self._pending = None, None, False
        self.message.setText(text)
        self._show_widget(self.message)
        self._shown_key = None

    def set_chart(self, key: Hashable, builder: Callable[[], Figure]) -> None:
        self._key, self._builder = key, builder
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

    # -- drawing ------------------------------------------------------------------------------------------
    def zoom_for(self, width_in: float) -> float:
        """How much larger than its natural size (the printed size) a chart of this width is drawn: as wide as the
        view allows, in steps of 0.1, between 1 and ``max_zoom`` (a chart never shrinks: it scrolls instead)."""
        available = self.scroll.viewport().width() - 4
        if not self.scroll.verticalScrollBar().isVisible():  # a tall chart brings one: leave room for it
            available -= self.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent)
        natural = width_in * BASE_DPI
        if natural <= 0 or available <= natural:
            return 1.0
        return max(1.0, min(self.max_zoom, math.floor(available / natural * 10) / 10))

    def _realise(self) -> None:
        self._pending = False
        key, builder = self._key, self._builder
        if key is None or builder is None:
            return
        canvas = self._cache.get((key, self._zoom))
        if canvas is None:
            try:
                figure = builder()
                self._zoom = self.zoom_for(figure.get_figwidth())
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
            self._cache[(key, self._zoom)] = canvas
            while len(self._cache) > self._cache_size:
                old_key, old = self._cache.popitem(last=False)
                if old is not self.canvas():
                    old.deleteLater()
        self._cache.move_to_end((key, self._zoom))
        self._announced.discard(id(canvas))
        self._show_widget(canvas)
        self._shown_key = key

    def _show_widget(self, widget: QWidget) -> None:
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

    def resizeEvent(self, event) -> None:  # noqa: ANN001, N802
        super().resizeEvent(event)
        figure = self.figure()
        if figure is not None and self.zoom_for(figure.get_figwidth()) != self._zoom:
            self._zoom_timer.start()

    def _rezoom(self) -> None:
        figure = self.figure()
        if figure is None or self._key is None or not self.isVisible():
            return
        zoom = self.zoom_for(figure.get_figwidth())
        if zoom != self._zoom:
            self._zoom = zoom
            self._shown_key = None
            self._realise()
