"""ctx.fetch: a screen's read runs on the background queue and its result comes back on the GUI thread."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtWidgets import QWidget

from healthdesk.services import partnerships as partnership_svc


def test_result_arrives_on_the_gui_thread_from_the_worker(qtbot, settle, ctx, make_partnership) -> None:
    made = make_partnership(ctx)
    owner = QWidget()
    qtbot.addWidget(owner)
    ran_on: list[threading.Thread] = []
    got: list[tuple] = []

    def read_partnerships(db):  # noqa: ANN001, ANN202
        ran_on.append(threading.current_thread())
        return partnership_svc.list_partnerships(db)

    ctx.fetch(
        owner,
        read_partnerships,
        done=lambda result, error: got.append((threading.current_thread(), result, error)),
    )
    settle()
    assert ran_on and ran_on[0] is not threading.main_thread()
    thread, result, error = got[0]
    assert thread is threading.main_thread()
    assert error is None and [p.id for p in result] == [made.id]


def test_the_newest_fetch_of_a_screen_wins(qtbot, settle, ctx) -> None:
    owner = QWidget()
    qtbot.addWidget(owner)
    release = threading.Event()
    got: list[str] = []

    def read_slowly(db):  # noqa: ANN001, ANN202
        release.wait(30)
        return "old"

    ctx.fetch(owner, read_slowly, done=lambda result, error: got.append(result))

    def read_quickly(db):  # noqa: ANN001, ANN202
        return "new"

    ctx.fetch(owner, read_quickly, done=lambda result, error: got.append(result))
    release.set()
    settle()
    assert got == ["new"]


def test_a_typed_error_is_handed_back_not_raised(qtbot, settle, ctx) -> None:
    owner = QWidget()
    qtbot.addWidget(owner)
    got: list = []

    ctx.fetch(owner, partnership_svc.get_partnership, 999_999, done=lambda r, e: got.append((r, e)))
    settle()
    result, error = got[0]
    assert result is None and error is not None and error.code == "not_found"


def test_nothing_is_delivered_to_a_closed_screen(qtbot, settle, ctx) -> None:
    owner = QWidget()
    release = threading.Event()
    got: list = []

    def read_slowly(db):  # noqa: ANN001, ANN202
        release.wait(30)
        return 1

    ctx.fetch(owner, read_slowly, done=lambda r, e: got.append(r))
    owner.deleteLater()
    qtbot.waitUntil(lambda: not _alive(owner))
    release.set()
    settle()
    assert got == []


def test_a_writing_service_is_refused(ctx) -> None:
    owner = QWidget()
    with pytest.raises(ValueError):
        ctx.fetch(owner, partnership_svc.create_partnership, done=lambda r, e: None)


def _alive(widget: QWidget) -> bool:
    from shiboken6 import isValid

    return isValid(widget)


def test_a_delivered_fetch_keeps_its_screen_alive_no_longer(qtbot, settle, ctx) -> None:
    import gc
    import weakref

    owner = QWidget()
    got: list[str] = []

    def read_quickly(db):  # noqa: ANN001, ANN202
        return "read"

    ctx.fetch(owner, read_quickly, done=lambda result, error: got.append(result))
    settle()
    assert got == ["read"]
    gone = weakref.ref(owner)
    del owner
    gc.collect()
    assert gone() is None  # a closed dialog is freed, not held by its last read
