"""The workshop as facilitators run it (issue 20): the capture bar stores what the room meant, captures are fixed
in the room, one-screen presenting, resume after a crash, a clock that does not count sleep."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from healthdesk.services import followup as fu
from healthdesk.services import partnerships
from healthdesk.services.dto import Member
from healthdesk.ui.common.linebreak import plain
from healthdesk.ui.workshop import window as ws
from tests.ui.test_workshop import _story, _texts

AS_OF = date(2026, 6, 1)


class FakeClock:
    """Seconds that move only when the test says so."""

    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def _with_members(db, p):
    data = p.as_input()
    data.members = [
        Member("Li Wei", "A", "executive"),
        Member("郑国华", "B", "jmc_member"),
        Member("Emily Zhao", "B", "jpt_lead"),
    ]
    return partnerships.update_partnership(db, p.id, data)


def _open(ctx, qtbot, pid, clock=None, size=(1920, 1080)):
    window = ws.WorkshopWindow(ctx, pid, as_of=AS_OF, clock=clock or FakeClock())
    qtbot.addWidget(window)
    qtbot.addWidget(window.notes)
    window.resize(*size)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    return window


def _go(window, kind: str, nth: int = 0) -> None:
    window.show_step([n for n, s in enumerate(window.steps) if s.kind == kind][nth])


def _plan(db, pid, round_id):
    f = fu.get_followup(db, pid)
    goals = [(g.level, g.title, g.owner_a, g.owner_b) for g in f.goals if g.round_id == round_id]
    actions = [(a.title, a.owner, a.owner_side) for a in f.actions if a.round_id == round_id]
    return goals, actions


def test_three_goals_at_three_levels_and_both_sides_store_what_was_chosen(ctx, qtbot, dialogs):
    p, _r1, r2 = _story(ctx.db)
    _with_members(ctx.db, p)
    window = _open(ctx, qtbot, p.id)
    _go(window, "dimension")
    bar = window.capture
    for level_key, title, owner, _level in (
        (Qt.Key.Key_1, "One joint target list", "Li Wei", "top"),
        (Qt.Key.Key_2, "Joint pipeline reviewed monthly", "郑国华", "mid"),
        (Qt.Key.Key_3, "Three solution templates", "Emily Zhao", "short"),
    ):
        qtbot.keyClick(window, Qt.Key.Key_G)
        assert bar.level() == "short" and bar.side() == ""  # the stated defaults, nothing carried over
        hint = plain(bar.hint.text())
        assert "Level: Short-term goal" in hint and "Owner's side: not set" in hint
        qtbot.keyClick(bar.title_edit, Qt.Key.Key_Backtab)  # level ← title: the bar's own cycle
        assert bar.level_combo.hasFocus()
        qtbot.keyClick(bar.level_combo, level_key)
        qtbot.keyClick(bar.level_combo, Qt.Key.Key_Tab)
        assert bar.title_edit.hasFocus()
        qtbot.keyClicks(bar.title_edit, title)
        qtbot.keyClick(bar.title_edit, Qt.Key.Key_Tab)
        assert bar.owner_edit.hasFocus()
        if owner.isascii():
            qtbot.keyClicks(bar.owner_edit, owner)
        else:  # typed through an input method in real use
            bar.owner_edit.setText(owner)
            bar.owner_edit.textEdited.emit(owner)
        qtbot.keyClick(bar.owner_edit, Qt.Key.Key_Tab)
        assert bar.side_combo.hasFocus()
        qtbot.keyClick(bar.side_combo, Qt.Key.Key_Tab)
        assert bar.level_combo.hasFocus()  # back to the level, never to the slides
        qtbot.keyClick(bar.level_combo, Qt.Key.Key_Return)
        assert not bar.isVisible()
    # An action for Li Wei after two side B owners lands on Li Wei's side; one with an owner not in the list
    # takes the side picked with a key.
    qtbot.keyClick(window, Qt.Key.Key_A)
    qtbot.keyClicks(bar.title_edit, "Share the customer list")
    qtbot.keyClick(bar.title_edit, Qt.Key.Key_Tab)
    qtbot.keyClicks(bar.owner_edit, "Li Wei")
    assert bar.side() == "A" and "Owner's side: CloudSoft" in plain(bar.hint.text())
    qtbot.keyClick(bar.owner_edit, Qt.Key.Key_Return)
    qtbot.keyClick(window, Qt.Key.Key_A)
    qtbot.keyClicks(bar.title_edit, "Price list")
    qtbot.keyClick(bar.title_edit, Qt.Key.Key_Tab)
    qtbot.keyClicks(bar.owner_edit, "Wang Fang")
    qtbot.keyClick(bar.owner_edit, Qt.Key.Key_Return)
    assert bar.isVisible() and "Choose the owner's side" in window.toast.text()  # nothing stored unseen
    qtbot.keyClick(bar.owner_edit, Qt.Key.Key_Tab)
    qtbot.keyClick(bar.side_combo, Qt.Key.Key_2)
    qtbot.keyClick(bar.side_combo, Qt.Key.Key_Return)
    goals, actions = _plan(ctx.db, p.id, r2.id)
    assert sorted(goals) == sorted(
        [
            ("top", "One joint target list", "Li Wei", ""),
            ("mid", "Joint pipeline reviewed monthly", "", "郑国华"),
            ("short", "Three solution templates", "", "Emily Zhao"),
        ]
    )
    assert sorted(actions) == [("Price list", "Wang Fang", "B"), ("Share the customer list", "Li Wei", "A")]


def test_arrow_page_and_clicker_keys_in_every_field_change_neither_the_screen_nor_the_plan(
    ctx, qtbot, dialogs
):
    p, _r1, r2 = _story(ctx.db)
    window = _open(ctx, qtbot, p.id)
    _go(window, "dimension")
    index = window.index
    before = _plan(ctx.db, p.id, r2.id)
    bar = window.capture
    qtbot.keyClick(window, Qt.Key.Key_G)
    qtbot.keyClicks(bar.title_edit, "Half typed")
    bar.owner_edit.setText("Li")
    keys = (
        Qt.Key.Key_Down,
        Qt.Key.Key_Up,
        Qt.Key.Key_PageDown,
        Qt.Key.Key_PageUp,
        Qt.Key.Key_Right,
        Qt.Key.Key_Left,
        Qt.Key.Key_Home,
        Qt.Key.Key_End,
        Qt.Key.Key_Period,
        Qt.Key.Key_F5,
        Qt.Key.Key_Backspace,
    )
    for field in (bar.level_combo, bar.title_edit, bar.owner_edit, bar.side_combo):
        field.setFocus()
        for key in keys:
            qtbot.keyClick(field, key)
            assert window.index == index, (field.objectName(), key)
            assert bar.isVisible() and not window.blank
    assert _plan(ctx.db, p.id, r2.id) == before
    assert window.index == index


def test_fix_the_last_captures_in_the_room(ctx, qtbot, dialogs):
    p, _r1, r2 = _story(ctx.db)
    window = _open(ctx, qtbot, p.id)
    _go(window, "dimension")
    bar = window.capture
    for title in ("Weekly pipeline call", "Joint price list"):
        qtbot.keyClick(window, Qt.Key.Key_A)
        qtbot.keyClicks(bar.title_edit, title)
        qtbot.keyClick(bar.title_edit, Qt.Key.Key_Return)
    _go(window, "captured")
    assert window.findChild(QLabel, "capturedSelected").text() == "2.  ▸ Joint price list"

    # Correct the first one: pick row 1, E, retype, Enter.
    qtbot.keyClick(window, Qt.Key.Key_1)
    assert window.findChild(QLabel, "capturedSelected").text() == "1.  ▸ Weekly pipeline call"
    qtbot.keyClick(window, Qt.Key.Key_E)
    assert (
        bar.isVisible()
        and bar.draft() == "Weekly pipeline call"
        and bar.prompt.text() == "Correct the action:"
    )
    qtbot.keyClicks(
        bar.title_edit, "Fortnightly pipeline call"
    )  # the old title is selected: typing replaces it
    qtbot.keyClick(bar.title_edit, Qt.Key.Key_Return)
    assert sorted(_plan(ctx.db, p.id, r2.id)[1]) == [
        ("Fortnightly pipeline call", "", ""),
        ("Joint price list", "", ""),
    ]
    assert window.current_step().kind == "captured"
    assert "Fortnightly pipeline call" in _texts(window)

    # Delete the last one, then undo twice: the delete, then the correction.
    qtbot.keyClick(window, Qt.Key.Key_2)
    qtbot.keyClick(window, Qt.Key.Key_Delete)
    assert [a[0] for a in _plan(ctx.db, p.id, r2.id)[1]] == ["Fortnightly pipeline call"]
    assert "Joint price list" not in _texts(window)
    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert sorted(a[0] for a in _plan(ctx.db, p.id, r2.id)[1]) == [
        "Fortnightly pipeline call",
        "Joint price list",
    ]
    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert sorted(a[0] for a in _plan(ctx.db, p.id, r2.id)[1]) == ["Joint price list", "Weekly pipeline call"]

    # From the bar: Ctrl+Z in an empty bar takes back the last capture; the projector view never left.
    qtbot.keyClick(window, Qt.Key.Key_A)
    qtbot.keyClicks(bar.title_edit, "Wrong one")
    qtbot.keyClick(bar.title_edit, Qt.Key.Key_Return)
    qtbot.keyClick(window, Qt.Key.Key_A)
    qtbot.keyClick(bar.title_edit, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert "Wrong one" not in [a[0] for a in _plan(ctx.db, p.id, r2.id)[1]]
    assert window.isVisible() and window.current_step().kind == "captured" and not dialogs.confirms


def test_one_screen_shows_notes_and_keys_as_an_overlay_and_l_switches_language(ctx, qtbot, dialogs):
    p, _r1, _r2 = _story(ctx.db)
    window = _open(ctx, qtbot, p.id)
    window.shared_screen = True
    qtbot.keyClick(window, Qt.Key.Key_N)
    assert window.overlay.isVisible() and not window.notes.isVisible()
    assert window.overlay.warning.text().startswith("Only you should see this — the projector shows it too.")
    assert "Welcome both sides" in window.overlay.notes_label.text()
    assert "Ctrl+Z undo" in plain(window.overlay.keys_label.text())
    qtbot.keyClick(window, Qt.Key.Key_N)
    assert not window.overlay.isVisible()
    qtbot.keyClick(window, Qt.Key.Key_N)
    assert window.overlay.isVisible()
    qtbot.keyClick(window, Qt.Key.Key_L)
    assert ctx.lang == "zh" and window.findChild(QLabel, "slideTitle").text() == "议程"
    assert "投影" in window.overlay.warning.text()
    qtbot.keyClick(window, Qt.Key.Key_L)
    assert ctx.lang == "en"


def test_the_clock_counts_the_room_not_the_sleep_and_shows_the_session(ctx, qtbot, dialogs):
    p, _r1, _r2 = _story(ctx.db)
    clock = FakeClock()
    window = _open(ctx, qtbot, p.id, clock=clock)
    for _ in range(90):
        clock.now += 1
        window.tick()
    clock.now += 3600  # the laptop slept an hour
    window.tick()
    assert window.step_seconds() == 90
    assert "01:30 / 03:00" in window.footer_right.text() and "session 0:01:30" in window.footer_right.text()
    qtbot.keyClick(window, Qt.Key.Key_Right)
    for _ in range(30):
        clock.now += 1
        window.tick()
    assert window.step_seconds() == 30 and window.session_seconds() == 120


def test_resume_after_a_crash_restores_draft_screen_reveals_and_timers(ctx, qtbot, dialogs):
    p, _r1, r2 = _story(ctx.db)
    clock = FakeClock()
    window = _open(ctx, qtbot, p.id, clock=clock)
    _go(window, "overview")
    qtbot.keyClick(window, Qt.Key.Key_R)
    qtbot.keyClick(window, Qt.Key.Key_Right)
    qtbot.keyClick(window, Qt.Key.Key_R)
    for _ in range(40):
        clock.now += 1
        window.tick()
    qtbot.keyClick(window, Qt.Key.Key_G)
    qtbot.keyClick(window.capture.title_edit, Qt.Key.Key_Backtab)
    qtbot.keyClick(window.capture.level_combo, Qt.Key.Key_2)
    qtbot.keyClick(window.capture.level_combo, Qt.Key.Key_Tab)
    qtbot.keyClicks(window.capture.title_edit, "Agree one joint target")
    step_key = window.current_step().key
    # The crash: the window goes without its normal shutdown (no finish, no closeEvent saving anything).
    window._closed = True
    window.ticker.stop()
    window.hide()
    assert _plan(ctx.db, p.id, r2.id) == ([], [])  # a draft is not a capture

    again = _open(ctx, qtbot, p.id, clock=FakeClock())
    assert again.offer_resume()
    assert dialogs.confirms and "Resume where it stopped?" in dialogs.confirms[-1]
    assert again.current_step().key == step_key and again.is_revealed()
    assert "overview" in again.revealed
    assert again.step_seconds() >= 40
    assert again.capture.isVisible() and again.capture.draft() == "Agree one joint target"
    assert again.capture.kind == "goal" and again.capture.level() == "mid"
    qtbot.keyClick(again.capture.title_edit, Qt.Key.Key_Return)
    assert _plan(ctx.db, p.id, r2.id)[0] == [("mid", "Agree one joint target", "", "")]
    goal = fu.get_followup(ctx.db, p.id).goals[0]
    assert goal.dimensions == ("strategy",)  # linked to the dimension where it was typed


def test_the_draft_is_kept_without_marking_the_data_changed(ctx, qtbot, dialogs):
    p, _r1, r2 = _story(ctx.db)
    window = _open(ctx, qtbot, p.id)
    ctx.db.changed_since_backup = False
    qtbot.keyClick(window, Qt.Key.Key_A)
    qtbot.keyClicks(window.capture.title_edit, "Typed")
    assert fu.workshop_state(ctx.db, r2.id)["draft"]["title"] == "Typed"
    assert ctx.db.changed_since_backup is False


def test_a_capture_undone_in_the_room_is_no_longer_offered_by_the_main_window(main_window, qtbot, dialogs):
    """The room and the main window share one undo: what one of them undid, the other neither offers nor repeats."""
    ctx = main_window.ctx
    p, _r1, r2 = _story(ctx.db)
    window = _open(ctx, qtbot, p.id)
    window.parent_window = main_window
    _go(window, "dimension")
    qtbot.keyClick(window, Qt.Key.Key_A)
    qtbot.keyClicks(window.capture.title_edit, "Share the customer list")
    qtbot.keyClick(window.capture.title_edit, Qt.Key.Key_Tab)
    qtbot.keyClick(window.capture.owner_edit, Qt.Key.Key_Tab)
    qtbot.keyClick(window.capture.side_combo, Qt.Key.Key_1)
    qtbot.keyClick(window.capture.side_combo, Qt.Key.Key_Return)
    assert [a[0] for a in _plan(ctx.db, p.id, r2.id)[1]] == ["Share the customer list"]
    assert main_window.act_undo.isEnabled() and "Share the customer list" in main_window.act_undo.text()
    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert _plan(ctx.db, p.id, r2.id)[1] == []
    assert "Share the customer list" not in main_window.act_undo.text()


def test_a_killed_workshop_resumes_with_the_draft_screen_and_reveals(ctx, data_dir, qtbot, dialogs):
    """kill -9 of a real workshop process mid-typing: the next opening offers to resume at the same screen, with
    what was revealed and the half-typed capture in the bar."""
    import os
    import signal
    import subprocess
    import sys
    from pathlib import Path

    from healthdesk.models.db import Database
    from tests.ui.workshop_killer import TITLE

    p, _r1, r2 = _story(ctx.db)
    ctx.db.close()  # the helper process is the writer now
    killer = Path(__file__).with_name("workshop_killer.py")
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONUNBUFFERED="1")
    proc = subprocess.Popen(
        [sys.executable, str(killer), str(data_dir), str(p.id), str(r2.id)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )
    try:
        line = proc.stdout.readline()  # blocks until the helper says the draft is stored (or it dies)
    finally:
        proc.send_signal(signal.SIGKILL)
        _out, err = proc.communicate(timeout=60)
    assert line.startswith("DRAFT "), f"helper stopped early: {err[-2000:]}"
    step_key = line.split()[1]
    ctx.db = Database.open(data_dir)  # takes over the dead process's lock; the fixture closes it
    assert _plan(ctx.db, p.id, r2.id) == ([], [])  # a draft is not a capture
    again = _open(ctx, qtbot, p.id)
    assert again.offer_resume()
    assert again.current_step().key == step_key and again.is_revealed()
    assert "overview" in again.revealed
    assert again.capture.isVisible() and again.capture.draft() == TITLE
    qtbot.keyClick(again.capture.title_edit, Qt.Key.Key_Return)
    assert [g[1] for g in _plan(ctx.db, p.id, r2.id)[0]] == [TITLE]
