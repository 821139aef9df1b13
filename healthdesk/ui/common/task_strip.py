"""A running background job shown inside its dialog: what it does, a progress bar, and Cancel where the job can
stop safely. Used by the exchange dialogs (import, export) for jobs queued with ``tasks.run_in_background``.
``run_with_progress`` runs a job that cannot stop half-way (the demo, a history import) behind a modal
``WorkingDialog`` instead.

``failure_text`` puts a job's error into the user's words: a typed HealthDesk error as every screen words it; any
other exception still reaches the app's crash handling (``sys.excepthook``), as it did when the work ran on the
GUI thread.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QProgressDialog, QPushButton, QWidget
from shiboken6 import isValid

from ...errors import HealthDeskError
from . import theme, widgets
from .messages import error_text
from .tasks import Task, run_in_background

if TYPE_CHECKING:
    from .context import AppContext

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
        self.bar.setTextVisible(False)  # the count beside it stays readable over any part of the bar
        self.count = QLabel()
        self.count.setObjectName("taskCount")
        self.cancel_button = QPushButton()
        self.cancel_button.setObjectName("taskCancel")
        self.cancel_button.clicked.connect(self.cancel)
        layout.addWidget(self.label)
        layout.addWidget(self.bar, 1)
        layout.addWidget(self.count)
        layout.addWidget(self.cancel_button)
        self.task: Task | None = None
        self.cancellable = False
        self._unit_total = True
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
        """Show ``task`` until it ends. ``text`` says what runs; ``unit_total`` shows "3 / 30" beside the bar
        (else the percentage)."""
        self.task = task
        self._text = text
        self.label.setText(text)
        self.bar.setRange(0, 0)  # busy until the job's first progress report
        self._unit_total = unit_total
        self.count.setText("")
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
            done = min(done, total)
            self.bar.setRange(0, total)
            self.bar.setValue(done)
            self.count.setText(f"{done} / {total}" if self._unit_total else f"{100 * done // total}%")

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


class WorkingDialog(QProgressDialog):
    """A modal progress dialog for a job that cannot be cancelled: Escape and the close box do nothing."""

    def __init__(self, text: str, parent: QWidget | None):
        super().__init__(text, "", 0, 0, parent)
        self.setObjectName("workingDialog")
        self.setWindowTitle("HealthDesk")
        self.setCancelButton(None)
        self.setAutoClose(False)
        self.setAutoReset(False)
        self.setMinimumDuration(0)
        self.setMinimumWidth(420)
        self.setWindowModality(
            Qt.WindowModality.WindowModal if parent else Qt.WindowModality.ApplicationModal
        )
        self.finished_job = False

    def progressed(self, done: int, total: int) -> None:
        if total > 0:
            self.setRange(0, total)
            self.setValue(min(done, total))

    def end(self) -> None:
        if not isValid(self):  # its window was closed meanwhile
            return
        self.finished_job = True
        self.close()
        self.deleteLater()

    def reject(self) -> None:
        if self.finished_job:
            super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt API
        if self.finished_job:
            super().closeEvent(event)
        else:
            event.ignore()


def run_with_progress(
    ctx: AppContext,
    window: QWidget | None,
    job: Callable[[Any], Any],
    text: str,
    done: Callable[[Any], None],
    failed_text: Callable[[str], str] = lambda message: message,
) -> Task:
    """Run a writing ``job`` on the background queue behind a :class:`WorkingDialog`; then announce the change,
    and call ``done(result)`` or show the error in the user's language (as ``failed_text`` words it)."""
    dialog = WorkingDialog(text, window)
    if window is not None:
        window.working_dialog = dialog  # type: ignore[attr-defined]  # for tests and screenshots
    task = run_in_background(job, text)
    task.progressed.connect(dialog.progressed)

    def succeeded(result: Any) -> None:
        dialog.end()
        ctx.data_changed.emit()
        done(result)

    def failed(exc: object) -> None:
        dialog.end()
        ctx.data_changed.emit()  # a failed demo removes what it wrote; the pages read again either way
        message = failure_text(exc)
        if message is not None:
            widgets.show_error(
                window if window is not None and isValid(window) else None, failed_text(message)
            )

    task.succeeded.connect(succeeded)
    task.failed.connect(failed)
    task.cancelled.connect(dialog.end)
    dialog.show()
    return task
