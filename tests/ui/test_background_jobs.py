"""Long exchange and demo jobs run on the background queue: the dialog shows progress, its buttons wait, Cancel
stops between two files (what was written stays, and the message says how many), and importing 30 response files
never keeps the GUI thread busy for 250 ms in one stretch."""

from __future__ import annotations

import threading
from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget

from healthdesk.demo import has_demo_data
from healthdesk.exchange import importing, invitations
from healthdesk.framework import default_framework
from healthdesk.models.db import Database
from healthdesk.services import exchange, responses, rounds
from healthdesk.ui.common import tasks
from healthdesk.ui.common.task_strip import WorkingDialog
from healthdesk.ui.exchange.export import ExportInvitationsDialog
from healthdesk.ui.exchange.import_preview import ImportPreviewDialog
from healthdesk.ui.shell import first_run
from tests.ui.test_tasks import MainThreadBusyMeter

pytestmark = pytest.mark.gui

N = 30
FIRST = default_framework().indicators[0].id


@pytest.fixture(autouse=True)
def _queue_stopped_after_each_test():
    yield
    tasks.shutdown()


@pytest.fixture
def thirty_files(ctx, make_partnership, tmp_path):
    """A round with 30 respondents, each with a response file (one answer) made on one respondent laptop."""
    p = make_partnership(ctx)
    r = rounds.create_round(ctx.db, p.id, "2025 H1", date(2025, 1, 15))
    for i in range(N):
        rounds.add_respondent(ctx.db, r.id, f"Person {i:02d}", "AB"[i % 2])
    laptop = Database.open(tmp_path / "laptop")
    try:
        paths = []
        for n, inv in enumerate(exchange.export_invitations(ctx.db, p.id, "2025 H1", tmp_path / "inv")):
            opened = exchange.open_invitation(laptop, inv.path)
            responses.record_answer(laptop, opened.respondent_id, FIRST, 1 + n % 5)
            paths.append(
                str(exchange.export_response(laptop, opened.respondent_id, tmp_path / f"{n}.hdr").path)
            )
    finally:
        laptop.close()
    return r, paths


def _idle(qtbot, dialog):
    qtbot.waitUntil(lambda: not dialog.busy(), timeout=120_000)


def _outcomes(dialog):
    return [dialog.table.item(row, 3).text() for row in range(dialog.table.rowCount())]


def _answered(ctx, round_id):
    return sum(1 for who in rounds.list_respondents(ctx.db, round_id) if who.status != "not_started")


def test_importing_30_files_shows_progress_and_never_keeps_the_gui_thread_busy(
    ctx, qtbot, dialogs, thirty_files
):
    rnd, paths = thirty_files
    meter = MainThreadBusyMeter()
    meter.start()
    dialog = ImportPreviewDialog(ctx, paths)
    qtbot.addWidget(dialog)
    dialog.show()
    reading = []
    assert dialog.busy() and dialog.strip.isVisible() and not dialog.add_button.isEnabled()
    dialog.strip.task.progressed.connect(lambda done, total: reading.append((done, total)))
    _idle(qtbot, dialog)
    assert reading[-1] == (N, N) and _outcomes(dialog) == ["● New response"] * N
    importing_progress = []
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert dialog.busy() and not dialog.import_button.isEnabled() and not dialog.close_button.isEnabled()
    assert dialog.apply() is None  # no second start while the first runs
    dialog.strip.task.progressed.connect(lambda done, total: importing_progress.append((done, total)))
    _idle(qtbot, dialog)
    meter.stop()
    assert importing_progress[-1] == (N, N) and not dialog.strip.isVisible()
    assert f"{N} files written" in dialog.result_banner.text()
    assert _answered(ctx, rnd.id) == N
    assert meter.ticks >= 3
    assert meter.longest < 0.25, f"the GUI thread was busy for {meter.longest:.3f} s in one stretch"


def test_cancel_between_files_keeps_the_imported_ones_and_says_how_many(
    ctx, qtbot, dialogs, thirty_files, monkeypatch
):
    rnd, paths = thirty_files
    dialog = ImportPreviewDialog(ctx, paths)
    qtbot.addWidget(dialog)
    dialog.show()
    _idle(qtbot, dialog)
    # The worker pauses inside the third file's transaction until the user has pressed Cancel.
    third, release, writes = threading.Event(), threading.Event(), []
    real_write = importing._write

    def write(session, checked, respondent):
        real_write(session, checked, respondent)
        writes.append(respondent.id)
        if len(writes) == 3:
            third.set()
            release.wait(60)

    monkeypatch.setattr(importing, "_write", write)
    try:
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(third.is_set)
        qtbot.waitUntil(lambda: dialog.strip.bar.maximum() == N and dialog.strip.bar.value() == 2)
        qtbot.mouseClick(dialog.strip.cancel_button, Qt.MouseButton.LeftButton)
        assert dialog.strip.cancel_button.text() == "Stopping…" and not dialog.strip.cancel_button.isEnabled()
    finally:
        release.set()
    _idle(qtbot, dialog)
    assert len(writes) == 3 and _answered(ctx, rnd.id) == 3  # the third file's transaction was finished
    banner = dialog.result_banner.text()
    assert "Import cancelled: 3 files written" in banner and "the others were not imported" in banner
    # The table is planned again: the three are in, the rest wait for the next press of Import.
    assert sorted(_outcomes(dialog)).count("= Nothing to do") == 3
    assert _outcomes(dialog).count("● New response") == N - 3 and dialog.import_button.isEnabled()
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    _idle(qtbot, dialog)
    assert f"{N - 3} files written" in dialog.result_banner.text() and _answered(ctx, rnd.id) == N


def test_escape_while_reading_cancels_and_leaves_the_new_files_out(
    ctx, qtbot, dialogs, thirty_files, monkeypatch
):
    _rnd, paths = thirty_files
    dialog = ImportPreviewDialog(ctx, paths[:2])
    qtbot.addWidget(dialog)
    dialog.show()
    _idle(qtbot, dialog)
    started, release = threading.Event(), threading.Event()
    real_plan = importing._plan_one

    def plan_one(session, key, path):
        if path.name == "5.hdr":
            started.set()
            release.wait(60)
        return real_plan(session, key, path)

    monkeypatch.setattr(importing, "_plan_one", plan_one)
    try:
        dialog.add_paths(paths[2:])
        qtbot.waitUntil(started.is_set)
        dialog.reject()  # Escape: asks the reading to stop; the dialog stays open
    finally:
        release.set()
    _idle(qtbot, dialog)
    assert dialog.isVisible() and dialog.table.rowCount() == 2 and dialog.paths == paths[:2]
    assert "cancelled" in dialog.error_banner.text()


def test_exporting_invitations_shows_progress_and_cancel_keeps_the_written_ones(
    ctx, qtbot, dialogs, make_partnership, tmp_path, monkeypatch
):
    p = make_partnership(ctx)
    r = rounds.create_round(ctx.db, p.id, "2025 H1", date(2025, 1, 15))
    for i in range(6):
        rounds.add_respondent(ctx.db, r.id, f"Person {i}", "AB"[i % 2])
    dialog = ExportInvitationsDialog(ctx, p.id)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.folder_edit.setText(str(tmp_path / "out"))
    second, release, written = threading.Event(), threading.Event(), []
    real_write = invitations.atomic_write

    def atomic_write(path, *args, **kwargs):
        real_write(path, *args, **kwargs)
        if path.suffix == ".hdinvite":
            written.append(path)
            if len(written) == 2:
                second.set()
                release.wait(60)

    monkeypatch.setattr(invitations, "atomic_write", atomic_write)
    try:
        qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
        assert dialog.busy() and not dialog.export_button.isEnabled() and not dialog.people.isEnabled()
        qtbot.waitUntil(second.is_set)
        qtbot.waitUntil(lambda: dialog.strip.bar.maximum() == 6 and dialog.strip.bar.value() == 1)
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)  # Escape cancels the export; the dialog stays
    finally:
        release.set()
    _idle(qtbot, dialog)
    assert dialog.isVisible() and len(dialog.written) == 2
    assert sorted(f.name for f in (tmp_path / "out").glob("*.hdinvite")) == sorted(w.name for w in written)
    assert "Export cancelled: 2 invitations written" in dialog.done_banner.text()
    assert dialog.export_button.isEnabled() and dialog.people.isEnabled()


def test_loading_the_demo_shows_progress_and_keeps_the_window_painting(ctx, qtbot, dialogs):
    host = QWidget()
    qtbot.addWidget(host)
    host.show()
    seen = []
    meter = MainThreadBusyMeter()
    meter.start()
    assert first_run.load_demo(ctx, host, ask=False)
    working = host.working_dialog
    assert working.isVisible() and working.isModal()
    working.reject()  # Escape does not hide it: the demo cannot be stopped half-way
    assert working.isVisible()
    ctx.data_changed.connect(lambda: seen.append(working.maximum()))
    qtbot.waitUntil(lambda: bool(seen), timeout=120_000)
    meter.stop()
    assert seen[0] > 4 and has_demo_data(ctx.db)
    assert not any(isinstance(w, WorkingDialog) and w.isVisible() for w in QApplication.topLevelWidgets())
    assert meter.ticks >= 3
    assert meter.longest < 0.25, f"the GUI thread was busy for {meter.longest:.3f} s in one stretch"


def test_importing_a_partnership_history_runs_behind_a_progress_dialog(
    ctx, qtbot, dialogs, make_partnership, tmp_path
):
    from healthdesk.services import partnerships
    from healthdesk.ui.common.context import AppContext
    from healthdesk.ui.exchange import actions as ui_exchange

    p = make_partnership(ctx)
    rounds.create_round(ctx.db, p.id, "2025 H1", date(2025, 1, 15))
    history = exchange.export_data(ctx.db, p.id, None, "json", tmp_path / "h.json")
    other = Database.open(tmp_path / "other")
    try:
        there = AppContext(other, data_dir=tmp_path / "other", lang="en")
        host = QWidget()
        qtbot.addWidget(host)
        changed = []
        there.data_changed.connect(lambda: changed.append(1))
        task = ui_exchange.import_history_file(there, history, host)
        assert host.working_dialog.isVisible()
        with qtbot.waitSignal(task.succeeded, timeout=120_000):
            pass
        assert dialogs.infos and "1 round," in dialogs.infos[-1] and changed
        assert [x.name for x in partnerships.list_partnerships(other)] == [p.name]
        junk = tmp_path / "junk.json"
        junk.write_text("{}", encoding="utf-8")
        task = ui_exchange.import_history_file(there, junk, host)
        with qtbot.waitSignal(task.failed, timeout=120_000):
            pass
        assert dialogs.errors and dialogs.errors[-1].startswith("Nothing was imported.")
    finally:
        tasks.shutdown()
        other.close()
