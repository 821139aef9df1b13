"""PIN attempts in the real respondent-mode window: wrong PINs make the next try wait, the wait survives a
reopened dialog, and the dialog shows it and takes no input until then. The tests move the window's clock;
nothing sleeps (issue 13)."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest

from healthdesk.services import rounds
from healthdesk.ui.common.linebreak import plain
from healthdesk.ui.walkthrough import respondent as wr
from healthdesk.ui.walkthrough.window import open_walkthrough

pytestmark = pytest.mark.gui

T0 = datetime(2026, 3, 1, 9, 0, 0)


def pin_state(db, round_id, now):  # noqa: ANN001, ANN201 - imported late, so the tests run (and fail) without it
    from healthdesk.services import pin_guard

    return pin_guard.pin_state(db, round_id, now)


class Clock:
    def __init__(self) -> None:
        self.now = T0

    def __call__(self) -> datetime:
        return self.now


@pytest.fixture
def window(ctx, qtbot, dialogs, make_partnership, make_round, main_window):
    p = make_partnership(ctx)
    r = make_round(ctx, p.id)
    rounds.set_round_pin(ctx.db, r.id, "4321")
    who = rounds.add_respondent(ctx.db, r.id, "Li Wei", "A", "CEO")
    win = open_walkthrough(ctx, who.id, parent=main_window, respondent_mode=True)
    assert isinstance(win, wr.RespondentModeWindow)
    win.clock = Clock()
    yield win
    try:
        on = win.isVisible()
    except RuntimeError:
        on = False
    if on:
        win.clock.now += timedelta(days=1)
        dialogs.text_answer = "4321"
        win.request_leave()


def test_wrong_pins_make_the_next_try_wait_and_reopening_does_not_reset_it(window, dialogs, monkeypatch):
    asked: list[int] = []

    def fake_ask_pin(parent, state):  # noqa: ANN001 - what the wait dialog would show, and a typed PIN
        asked.append(state().wait_seconds)
        return "4321"

    monkeypatch.setattr(wr, "ask_pin", fake_ask_pin, raising=False)
    dialogs.text_answer = "0000"
    for _ in range(3):
        assert not window.request_leave()
    assert (
        plain(dialogs.errors[-1]) == "Wrong PIN. Respondent mode stays on. The next try is possible in 5 s."
    )
    # Reopening the dialog (a script would) brings the wait dialog, and even the right PIN is refused until then.
    window.clock.now += timedelta(seconds=2)
    assert not window.request_leave()
    assert asked == [3]
    assert plain(dialogs.errors[-1]) == "Too many wrong PINs. The next try is possible in 3 s."
    assert window.isVisible()
    # Once the wait is over, the facilitator's PIN ends respondent mode.
    window.clock.now += timedelta(seconds=3)
    dialogs.text_answer = "4321"
    assert window.request_leave()
    assert pin_state(window.ctx.db, window.round_id, window.clock()).failures == 0


def test_the_wait_dialog_shows_the_wait_and_takes_no_input_until_then(window, qtbot, dialogs):
    dialogs.text_answer = "0000"
    for _ in range(8):  # as fast as allowed: into the lock-out
        window.clock.now += timedelta(
            seconds=pin_state(window.ctx.db, window.round_id, window.clock()).wait_seconds
        )
        window.request_leave()
    db, rid = window.ctx.db, window.round_id
    dialog = wr.PinDialog(window, lambda: pin_state(db, rid, window.clock()))
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.waiting() and not dialog.edit.isEnabled() and not dialog.ok_button.isEnabled()
    assert "locked" in plain(dialog.wait_label.text()) and "15 min" in plain(dialog.wait_label.text())
    dialog.accept()
    assert dialog.isVisible()  # no way through while it waits
    window.clock.now += timedelta(minutes=14)
    dialog.refresh()
    assert "1 min" in plain(dialog.wait_label.text()) and dialog.waiting()
    window.clock.now += timedelta(minutes=1)
    dialog.refresh()
    assert not dialog.waiting() and dialog.edit.isEnabled()
    qtbot.keyClicks(dialog.edit, "4321")
    assert dialog.ok_button.isEnabled()
    dialog.accept()
    assert dialog.result() == dialog.DialogCode.Accepted and dialog.pin() == "4321"
