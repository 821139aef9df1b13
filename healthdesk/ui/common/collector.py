"""Python's cyclic garbage collection, on the GUI thread only (as Anki does).

Python collects in whichever thread happens to allocate. Once the background worker (``tasks.py``) runs, that can
be the worker: a cycle holding a widget or a timer is then destroyed there, and Qt aborts or crashes ("Timers
cannot be stopped from another thread"). So from the worker's start automatic collection is off for good and a
timer on the GUI thread collects, generation by generation, as Python would have. ``hold()``/``release()`` keep it
from running while a screen is built (start-up, a chart) without turning automatic collection back on.
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QTimer

TICK_MS = 200

_holds = 0
_gui_only = False
_timer: QTimer | None = None


def hold() -> None:
    """No collection until the matching :func:`release`."""
    global _holds
    _holds += 1
    gc.disable()


def release() -> None:
    global _holds
    _holds = max(0, _holds - 1)
    if _holds == 0 and not _gui_only:
        gc.enable()


def held() -> bool:
    return _holds > 0


def gui_thread_only() -> bool:
    return _gui_only


def collect_on_gui_thread_only() -> None:
    """From now on only the GUI thread collects (call it there, before a second thread runs Python)."""
    global _gui_only, _timer
    if _gui_only:
        return
    _gui_only = True
    gc.disable()
    _timer = QTimer()
    _timer.setInterval(TICK_MS)
    _timer.timeout.connect(collect_due)
    _timer.start()


def collect_due() -> int | None:
    """Collect the generation Python would collect now (None: nothing due, or held); returns that generation."""
    if _holds:
        return None
    counts, thresholds = gc.get_count(), gc.get_threshold()
    if counts[0] <= thresholds[0]:
        return None
    generation = 0
    while generation < 2 and counts[generation + 1] > thresholds[generation + 1]:
        generation += 1
    gc.collect(generation)
    return generation
