"""The background worker queue: jobs run off the GUI thread one after another, report progress, stop when cancelled,
never share the database connection mid-transaction with the GUI, and keep the event loop free while a 40-round
review is built."""

from __future__ import annotations

import threading
import time
from datetime import date

import pytest
from PySide6.QtCore import QThread, QTimer
from PySide6.QtWidgets import QApplication

from healthdesk.reports.data import collect_review_data
from healthdesk.reports.review import build_review
from healthdesk.reports.sample import build_sample
from healthdesk.ui.common import tasks

pytestmark = pytest.mark.gui


@pytest.fixture(autouse=True)
def _fresh_queue():
    yield
    tasks.shutdown()


def test_jobs_run_in_order_on_one_worker_and_report_on_the_gui_thread(qtbot):
    ran: list[tuple[str, object]] = []
    delivered: list[tuple[str, bool]] = []
    gui = QApplication.instance().thread()

    def job(name):
        def run(control):
            ran.append((name, threading.get_ident()))
            control.progress(1, 1)
            return name.upper()

        return run

    first, second = tasks.run_in_background(job("a"), "a"), tasks.run_in_background(job("b"), "b")
    for task in (first, second):
        task.succeeded.connect(lambda result: delivered.append((result, QThread.currentThread() is gui)))
    with qtbot.waitSignals([first.succeeded, second.succeeded]):
        pass
    assert [name for name, _ in ran] == ["a", "b"]
    assert ran[0][1] == ran[1][1] != threading.get_ident()  # one worker thread, not the GUI's
    assert delivered == [("A", True), ("B", True)]  # a plain lambda still runs on the GUI thread


def test_a_failing_job_reports_its_error_and_the_queue_goes_on(qtbot):
    broken = tasks.run_in_background(lambda control: 1 / 0, "broken")
    after = tasks.run_in_background(lambda control: "fine", "after")
    with qtbot.waitSignal(broken.failed) as failed, qtbot.waitSignal(after.succeeded) as ok:
        pass
    assert isinstance(failed.args[0], ZeroDivisionError)
    assert ok.args == ["fine"]


def test_cancel_stops_a_running_job_at_its_next_check_and_a_waiting_one_never_runs(qtbot):
    started, steps = threading.Event(), []

    def long_job(control):  # never ends by itself: only the cancel stops it
        started.set()
        n = 0
        while True:
            n += 1
            steps.append(n)
            control.progress(n, n + 1)
            time.sleep(0.001)  # a step of work, not a wait for anything

    running = tasks.run_in_background(long_job, "long")
    waiting = tasks.run_in_background(lambda control: steps.append("never"), "waiting")
    assert started.wait(30)
    finished = []
    running.succeeded.connect(finished.append)
    waiting.cancel()
    running.cancel()
    with qtbot.waitSignals([running.cancelled, waiting.cancelled]):
        pass
    assert not finished and "never" not in steps and steps


def test_the_gui_cannot_take_the_connection_while_a_job_is_mid_transaction(qtbot, db):
    inside, release = threading.Event(), threading.Event()

    def job(control):
        with db.transaction():
            inside.set()
            release.wait(30)
        return "done"

    task = tasks.run_in_background(job, "hold a transaction")
    assert inside.wait(30)
    # db.reading()/transaction() on the GUI thread would wait here for the job's transaction to end
    assert db._turn.acquire(blocking=False) is False
    release.set()
    with qtbot.waitSignal(task.succeeded):
        pass
    assert db._turn.acquire(blocking=False) is True
    db._turn.release()


class MainThreadBusyMeter:
    """The longest stretch of CPU the GUI thread spent between two ticks of a 10 ms timer: what a user feels as
    a frozen window. Thread CPU time (not wall time), so a busy machine that merely delays the ticks cannot fail
    the test; only work done on the GUI thread counts."""

    def __init__(self) -> None:
        self.longest = 0.0
        self.ticks = 0
        self._last = time.thread_time()
        self.timer = QTimer()
        self.timer.setInterval(10)
        self.timer.timeout.connect(self._tick)

    def _tick(self) -> None:
        now = time.thread_time()
        self.longest = max(self.longest, now - self._last)
        self._last = now
        self.ticks += 1

    def start(self) -> None:
        self._last = time.thread_time()
        self.timer.start()

    def stop(self) -> None:
        self.timer.stop()


def test_the_meter_sees_a_gui_thread_that_does_the_work_itself(qtbot):
    meter = MainThreadBusyMeter()
    meter.start()

    def hog():
        end = time.thread_time() + 0.4
        while time.thread_time() < end:
            pass

    QTimer.singleShot(0, hog)
    qtbot.waitUntil(lambda: meter.ticks >= 3)
    meter.stop()
    assert meter.longest > 0.25


def test_building_a_40_round_review_in_the_background_never_stalls_the_event_loop(qtbot, db, tmp_path):
    build_sample(db, 40, per_side=2)
    out = tmp_path / "review.pdf"
    progress: list[tuple[int, int]] = []

    def job(control):
        data = collect_review_data(db, "CSHK", as_of=date(2045, 1, 1))
        control.check()
        return build_review(out, data, "en", progress=control.progress)

    meter = MainThreadBusyMeter()
    meter.start()
    task = tasks.run_in_background(job, "review")
    task.progressed.connect(lambda done, total: progress.append((done, total)))
    with qtbot.waitSignal(task.succeeded, timeout=600_000):
        pass
    meter.stop()
    assert out.stat().st_size > 10_000 and out.read_bytes().startswith(b"%PDF")
    assert progress and progress[-1][0] == progress[-1][1]
    assert meter.ticks >= 3
    assert meter.longest < 0.25, f"the GUI thread was busy for {meter.longest:.3f} s in one stretch"
