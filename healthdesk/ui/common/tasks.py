"""Background jobs: one worker queue for the app's long database and file work (as Anki's task manager).

``run_in_background(job, ...)`` puts ``job(control)`` on the queue and returns a :class:`Task` at once. Jobs run one
after another on a single worker thread, so two jobs never share the database's one connection; the GUI thread's
own short reads wait for the worker's current transaction (``Database.exclusive``), never interleave with it.

A job reports progress with ``control.progress(done, total)`` and stops early where it can stop safely by calling
``control.check()`` (raises :class:`Cancelled` once ``Task.cancel()`` was asked). The task's signals arrive on the
GUI thread: ``progressed(done, total)``, ``succeeded(result)``, ``failed(exception)``, ``cancelled()``; exactly one
of the last three ends every task.
"""

from __future__ import annotations

import atexit
import logging
import queue
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QThread, Signal, Slot

from . import collector

log = logging.getLogger(__name__)


class Cancelled(Exception):
    """Raised by ``Control.check()`` in a job whose task was cancelled."""


class Control:
    """What a running job gets: progress reports and the cancel flag."""

    def __init__(self, task: Task) -> None:
        self._task = task

    @property
    def cancel_requested(self) -> bool:
        return self._task._cancel.is_set()

    def check(self) -> None:
        if self._task._cancel.is_set():
            raise Cancelled

    def progress(self, done: int, total: int) -> None:
        self._task._w_progress.emit(int(done), int(total))
        self.check()

    def report(self, done: int, total: int) -> None:
        """Progress without the cancel check: for code that must not be interrupted here (it asks
        ``cancel_requested`` itself at the points where it can stop safely)."""
        self._task._w_progress.emit(int(done), int(total))


class Task(QObject):
    """One queued job. Lives on the GUI thread and emits its public signals there: the worker emits the private
    ``_w_*`` signals, which reach this object's slots queued (a plain Python callable connected to a signal
    emitted on the worker would run on the worker)."""

    progressed = Signal(int, int)
    succeeded = Signal(object)
    failed = Signal(object)
    cancelled = Signal()
    _w_progress = Signal(int, int)
    _w_ended = Signal(str, object)

    def __init__(self, job: Callable[[Control], Any], name: str) -> None:
        super().__init__()
        self.job = job
        self.name = name
        self.done = False
        self._released = False  # the worker let go of it (set on the GUI thread)
        self.result: Any = None
        self.error: BaseException | None = None
        self._cancel = threading.Event()
        self._finished = threading.Event()
        self._w_progress.connect(self._relay_progress)
        self._w_ended.connect(self._relay_end)

    @Slot(int, int)
    def _relay_progress(self, done: int, total: int) -> None:
        if not self.done:
            self.progressed.emit(done, total)

    @Slot(str, object)
    def _relay_end(self, how: str, value: object) -> None:
        if self.done:
            return
        self.done = True
        try:
            if how == "succeeded":
                self.succeeded.emit(value)
            elif how == "failed":
                self.failed.emit(value)
            else:
                self.cancelled.emit()
        finally:
            _forget_if_finished(self)

    def cancel(self) -> None:
        """Ask the job to stop at its next ``check()``; a job that has not started yet never runs."""
        self._cancel.set()

    def wait(self, timeout: float | None = None) -> bool:
        """Block until the worker has finished this task (for shutdown and command-line use, not for screens)."""
        return self._finished.wait(timeout)


class _Worker(QThread):
    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("healthdesk-tasks")
        self.jobs: queue.Queue[Task | None] = queue.Queue()
        self.current: Task | None = None

    def run(self) -> None:
        while True:
            task = self.jobs.get()
            if task is None:
                return
            self.current = task
            try:
                self._run(task)
            finally:
                self.current = None
                task._finished.set()
                key = id(task)
                # The worker lets go of the task before the GUI thread may: the last reference to a task (and to
                # the screen its callbacks hold) must drop on the GUI thread, never here.
                del task
                assert _release is not None
                _release.released.emit(key)

    @staticmethod
    def _run(task: Task) -> None:
        if task._cancel.is_set():
            task._w_ended.emit("cancelled", None)
            return
        try:
            result = task.job(Control(task))
        except Cancelled:
            task._w_ended.emit("cancelled", None)
        except Exception as exc:  # noqa: BLE001 - every failure goes to the task's owner, who says what happened
            log.exception("background job %s failed", task.name)
            task.error = exc
            task._w_ended.emit("failed", exc)
        else:
            task.result = result
            task._w_ended.emit("succeeded", result)


class _Release(QObject):
    """Lives on the GUI thread: a task leaves ``_pending`` there once the worker is done with it and its last
    signal was delivered (whichever comes second)."""

    released = Signal(object)

    def __init__(self) -> None:
        super().__init__()
        self.released.connect(self._released)

    @Slot(object)
    def _released(self, key: int) -> None:
        task = _pending.get(key)
        if task is not None:
            task._released = True
            _forget_if_finished(task)


def _forget_if_finished(task: Task) -> None:
    if task.done and task._released:
        _pending.pop(id(task), None)


_worker: _Worker | None = None
_pending: dict[int, Task] = {}
_release: _Release | None = None
_atexit_registered = False


def _ensure_worker() -> _Worker:
    global _worker, _atexit_registered, _release
    # No "QThread destroyed while running" at exit when no aboutToQuit comes (tests, scripts).
    if not _atexit_registered:
        atexit.register(shutdown)
        _atexit_registered = True
    if _worker is None or not _worker.isRunning():
        collector.collect_on_gui_thread_only()
        if _release is None:
            _release = _Release()
        _worker = _Worker()
        _worker.start()
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(shutdown)
    return _worker


def run_in_background(job: Callable[[Control], Any], name: str = "job") -> Task:
    """Queue ``job(control)`` on the worker thread; returns its :class:`Task` (connect to its signals)."""
    task = Task(job, name)
    worker = _ensure_worker()
    _pending[id(task)] = task  # alive until its last signal is delivered and the worker let go of it
    worker.jobs.put(task)
    return task


def idle() -> bool:
    """No job is running or waiting, and every ended job's last signal has been delivered (tests wait for this)."""
    return not _pending and not busy()


def busy() -> bool:
    """A job is running or waiting."""
    return _worker is not None and (_worker.current is not None or not _worker.jobs.empty())


def shutdown(cancel: bool = True) -> None:
    """Stop the worker after its current job (cancelled first when ``cancel``); waiting jobs are cancelled."""
    global _worker
    worker = _worker
    if worker is None:
        return
    _worker = None
    while True:
        try:
            task = worker.jobs.get_nowait()
        except queue.Empty:
            break
        if task is not None:
            task.cancel()
            task._released = True
            task._w_ended.emit("cancelled", None)
            task._finished.set()
    if cancel and worker.current is not None:
        worker.current.cancel()
    worker.jobs.put(None)
    worker.wait()
