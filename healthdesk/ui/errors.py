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
from logging.handlers import RotatingFileHandler
from pathlib import Path
from types import TracebackType
from typing import Any, TypeVar

from PySide6.QtCore import QCoreApplication, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ..paths import LOG_DIRNAME
from . import theme, widgets

log = logging.getLogger("healthdesk.ui")

F = TypeVar("F", bound=Callable[..., Any])

LOG_FILENAME = "healthdesk.log"

_state: dict[str, Any] = {"log_dir": None, "dialog": None, "suppressed": 0}


def tr(text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """Translate (lupdate files module-level ``tr`` calls under the empty context)."""
    return QCoreApplication.translate("", text, disambiguation, n)


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


def install(data_dir: Path) -> None:
    setup_file_logging(data_dir)
    sys.excepthook = excepthook


def excepthook(exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
    if issubclass(exc_type, KeyboardInterrupt):
        sys.__excepthook__(exc_type, exc, tb)
        return
    report(exc, tb)


def report(exc: BaseException, tb: TracebackType | None = None, parent: QWidget | None = None) -> None:
    """Log ``exc`` and show the unexpected-error dialog (one at a time; later ones are only logged)."""
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
    dialog = UnexpectedErrorDialog(exc, details, parent)
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


class UnexpectedErrorDialog(QDialog):
    """Says what happened in plain words, that saved data is safe, and what to do next."""

    def __init__(self, exc: BaseException, details: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("unexpectedErrorDialog")
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self._details_text = details
        self._exc = exc
        layout = QVBoxLayout(self)
        layout.setContentsMargins(theme.MARGIN, theme.MARGIN, theme.MARGIN, theme.MARGIN)
        layout.setSpacing(theme.SPACING)
        head = QHBoxLayout()
        icon = QLabel()
        icon.setPixmap(widgets.icon("error").pixmap(48, 48))
        icon.setAlignment(Qt.AlignmentFlag.AlignTop)
        head.addWidget(icon)
        self.heading = widgets.title_label()
        head.addWidget(self.heading, 1)
        layout.addLayout(head)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.message)
        self.details = QPlainTextEdit(details)
        self.details.setReadOnly(True)
        self.details.setVisible(False)
        self.details.setMinimumHeight(160)
        layout.addWidget(self.details)
        self.buttons = QDialogButtonBox()
        self.details_button = QPushButton()
        self.details_button.setCheckable(True)
        self.details_button.toggled.connect(self._toggle_details)
        self.copy_button = QPushButton()
        self.copy_button.clicked.connect(self._copy)
        self.logs_button = QPushButton()
        self.logs_button.clicked.connect(self._open_logs)
        self.continue_button = QPushButton()
        self.continue_button.setDefault(True)
        self.continue_button.clicked.connect(self.accept)
        self.buttons.addButton(self.details_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.addButton(self.logs_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.addButton(self.continue_button, QDialogButtonBox.ButtonRole.AcceptRole)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(560)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.setWindowTitle(tr("Something went wrong"))
        self.heading.setText(tr("Something unexpected went wrong"))
        where = log_file()
        text = tr(
            "HealthDesk ran into a problem it did not expect ({error}).\n\n"
            "Everything saved before is safe: every answer is stored the moment it is given. "
            "You can keep working; if the same thing happens again, save your work, restart HealthDesk "
            "and send the log file to your support contact."
        ).format(error=type(self._exc).__name__)
        if where is not None:
            text += "\n\n" + tr("Log file: {path}").format(path=str(where))
        self.message.setText(text)
        self.details_button.setText(tr("Show details"))
        self.copy_button.setText(tr("Copy details"))
        self.logs_button.setText(tr("Open log folder"))
        self.logs_button.setEnabled(where is not None)
        self.continue_button.setText(tr("Continue working"))

    def _toggle_details(self, shown: bool) -> None:
        self.details.setVisible(shown)
        self.adjustSize()

    def _copy(self) -> None:
        QGuiApplication.clipboard().setText(self._details_text)

    def _open_logs(self) -> None:
        folder = _state["log_dir"]
        if folder:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))
