"""Unexpected exceptions: logged in the data folder's ``logs/`` and shown in a dialog that says what to do.

``install(data_dir)`` sets ``sys.excepthook`` (Qt hands exceptions raised in slots and event handlers to it), and
``guard`` wraps a slot so an exception there is reported the same way. The window never closes silently.
"""

from __future__ import annotations

import functools
import logging
import sys
import traceback
from collections.abc import Callable
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING, Any, TypeVar

from ...paths import LOG_DIRNAME

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from .error_dialog import UnexpectedErrorDialog

log = logging.getLogger("healthdesk.ui")

F = TypeVar("F", bound=Callable[..., Any])

LOG_FILENAME = "healthdesk.log"

_state: dict[str, Any] = {"log_dir": None, "dialog": None, "suppressed": 0}


def log_file() -> Path | None:
    folder = _state["log_dir"]
    return Path(folder) / LOG_FILENAME if folder else None


def setup_file_logging(data_dir: Path) -> Path | None:
    """Make sure unexpected errors reach ``<data>/logs/healthdesk.log`` (the command line may have set it up)."""
    folder = Path(data_dir) / LOG_DIRNAME
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError:
        return None
    _state["log_dir"] = folder
    target = (folder / LOG_FILENAME).resolve()
    root = logging.getLogger()
    for handler in root.handlers:
        if isinstance(handler, logging.FileHandler) and Path(handler.baseFilename).resolve() == target:
            return target
    from logging.handlers import RotatingFileHandler

    try:
        handler = RotatingFileHandler(target, maxBytes=1_000_000, backupCount=3, encoding="utf-8")
    except OSError:
        return None
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    handler.setLevel(logging.INFO)
    root.addHandler(handler)
    if root.level == logging.NOTSET or root.level > logging.INFO:
        root.setLevel(logging.INFO)
    return target


def install(data_dir: Path, logging_now: bool = True) -> None:
    """Route unexpected exceptions to the log and the dialog. ``logging_now`` False leaves the log file for
    ``setup_file_logging`` later (the app does it right after the first paint)."""
    _state["log_dir"] = Path(data_dir) / LOG_DIRNAME
    if logging_now:
        setup_file_logging(data_dir)
    sys.excepthook = excepthook


def excepthook(exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
    if issubclass(exc_type, KeyboardInterrupt):
        sys.__excepthook__(exc_type, exc, tb)
        return
    report(exc, tb)


def report(exc: BaseException, tb: TracebackType | None = None, parent: QWidget | None = None) -> None:
    """Log ``exc`` and show the unexpected-error dialog (one at a time; later ones are only logged)."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    from .error_dialog import UnexpectedErrorDialog

    details = "".join(traceback.format_exception(type(exc), exc, tb or exc.__traceback__))
    log.error("unexpected error:\n%s", details)
    if QApplication.instance() is None:
        sys.stderr.write(details)
        return
    if _state["dialog"] is not None:
        _state["suppressed"] += 1
        return
    if parent is None:
        parent = QApplication.activeWindow()
        if parent is None:
            tops = [w for w in QApplication.topLevelWidgets() if w.isVisible() and w.isWindow()]
            parent = tops[0] if tops else None
    dialog = UnexpectedErrorDialog(exc, details, parent, log_file=log_file())
    _state["dialog"] = dialog
    dialog.finished.connect(lambda _code: _state.update(dialog=None))
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()


def current_dialog() -> UnexpectedErrorDialog | None:
    return _state["dialog"]


def guard(fn: F) -> F:
    """Wrap a slot: an unexpected exception is reported, never propagated into Qt's event loop."""

    @functools.wraps(fn)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return fn(*args, **kwargs)
        except Exception as exc:  # noqa: BLE001 - this is the last line of defence
            report(exc, exc.__traceback__)
            return None

    return wrapper  # type: ignore[return-value]
