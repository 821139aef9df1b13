"""Objects die on the GUI thread: a Qt object destroyed on the background worker crashes the app ("Timers cannot be
stopped from another thread"). Two ways it could: the worker dropping the last reference to a task (and to what
its job and callbacks hold), and Python's cyclic collector running on the worker."""

from __future__ import annotations

import gc
import threading

from healthdesk.ui.common import collector, tasks


class _Mortal:
    def __init__(self, died_on: list[threading.Thread], partner: object = None) -> None:
        self.died_on = died_on
        self.partner = partner

    def __del__(self) -> None:
        self.died_on.append(threading.current_thread())


def test_what_a_task_holds_is_let_go_on_the_gui_thread(qtbot, settle) -> None:
    died_on: list[threading.Thread] = []
    delivered: list[int] = []
    for n in range(40):
        held = _Mortal(died_on)

        def job(control, held=held, n=n):  # noqa: ANN001, ANN202
            return n

        task = tasks.run_in_background(job, "holding")
        task.succeeded.connect(lambda result, held=held: delivered.append(result))
        del task, held, job
    settle()
    qtbot.waitUntil(lambda: len(died_on) == 40)
    assert sorted(delivered) == list(range(40))
    assert all(thread is threading.main_thread() for thread in died_on)


def test_cycles_made_on_the_worker_are_collected_on_the_gui_thread(qtbot, settle) -> None:
    died_on: list[threading.Thread] = []

    def make_cycles(control):  # noqa: ANN001, ANN202
        for _ in range(200):
            a = _Mortal(died_on)
            a.partner = _Mortal(died_on, a)  # a cycle: only the collector frees it
        # allocations enough to pass every generation's threshold many times over, here on the worker, and kept
        # (in the task's result), so a collection is still due when the job has ended
        return [[] for _ in range(gc.get_threshold()[0] * 20)]

    task = tasks.run_in_background(make_cycles, "cycles")  # kept: its result holds the allocations
    settle()
    assert task.error is None
    assert collector.gui_thread_only() and not gc.isenabled()
    qtbot.waitUntil(
        lambda: len(died_on) == 400
    )  # the GUI thread's timer collects them  # the GUI thread's timer collects them
    assert all(thread is threading.main_thread() for thread in died_on)
