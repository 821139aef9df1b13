"""A running background job shown inside its dialog: what it does, a progress bar, and Cancel where the job can
stop safely. Used by the exchange dialogs (import, export) for jobs queued with ``tasks.run_in_background``.

``failure_text`` puts a job's error into the user's words: a typed HealthDesk error as every screen words it; any
other exception still reaches the app's crash handling (``sys.excepthook``), as it did when the work ran on the
GUI thread.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QPushButton, QWidget

from ..errors import HealthDeskError
from . import theme
from .messages import error_text
from .tasks import Task

CONTEXT = "TaskStrip"
translate = QCoreApplication.translate


def failure_text(exc: object) -> str | None:
    """The message for a failed job's exception, or None after handing an unexpected one to the crash handler."""
    if isinstance(exc, HealthDeskError):
        return error_text(exc)
    if isinstance(exc, BaseException):
        sys.excepthook(type(exc), exc, exc.__traceback__)
    return None


class TaskStrip(QWidget):
    """Label, progress bar and Cancel for one task at a time; hidden while nothing runs."""

    cancel_requested = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("taskStrip")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(theme.SPACING)
        self.label = QLabel()
        self.label.setObjectName("taskLabel")
        self.bar = QProgressBar()
        self.bar.setObjectName("taskProgress")
        self.bar.setMinimumWidth(200)
        self.cancel_button = QPushButton()
        self.cancel_button.setObjectName("taskCancel")
        self.cancel_button.clicked.connect(self.cancel)
        layout.addWidget(self.label)
        layout.addWidget(self.bar, 1)
        layout.addWidget(self.cancel_button)
        self.task: Task | None = None
        self.cancellable = False
        self._text = ""
        self.hide()
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.cancel_button.setText(
            translate("TaskStrip", "Stopping…")
            if self.task is not None and self.task._cancel.is_set()
            else translate("TaskStrip", "Cancel")
        )

    @property
    def running(self) -> bool:
        return self.task is not None

    def follow(self, task: Task, text: str, cancellable: bool = True, unit_total: bool = True) -> None:
        """Show ``task`` until it ends. ``text`` says what runs; ``unit_total`` shows "3 / 30" on the bar."""
        self.task = task
        self._text = text
        self.label.setText(text)
        self.bar.setRange(0, 0)  # busy until the job's first progress report
        self.bar.setFormat("%v / %m" if unit_total else "%p%")
        self.cancellable = cancellable
        self.cancel_button.setVisible(cancellable)
        self.cancel_button.setEnabled(True)
        self.retranslate_ui()
        task.progressed.connect(self._progressed)
        for signal in (task.succeeded, task.failed, task.cancelled):
            signal.connect(self._ended)
        self.show()

    def _progressed(self, done: int, total: int) -> None:
        if total > 0:
            self.bar.setRange(0, total)
            self.bar.setValue(min(done, total))

    def _ended(self, *_args: object) -> None:
        self.task = None
        self.hide()
        self.retranslate_ui()

    def cancel(self) -> None:
        """Ask the job to stop at its next safe point (between files)."""
        if self.task is None or not self.cancellable:
            return
        self.task.cancel()
        self.cancel_button.setEnabled(False)
        self.retranslate_ui()
        self.cancel_requested.emit()
