"""QA pass of the workshop as a facilitator drives it: coming back from a blanked projector, and the trend line of
a dimension when one side is below the anonymity threshold."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from healthdesk.services import rounds
from healthdesk.ui.workshop import window as ws
from tests.builders import add_submitted, make_partnership


def _window(ctx, qtbot, pid, round_id=None):
    window = ws.WorkshopWindow(ctx, pid, round_id, as_of=date(2026, 6, 1))
    qtbot.addWidget(window)
    qtbot.addWidget(window.notes)
    window.resize(1280, 720)
    window.show()
    qtbot.waitExposed(window)
    return window


def _texts(window) -> str:
    return "\n".join(label.text() for label in window.pages.currentWidget().findChildren(QLabel))


def _two_rounds(db, b_second: int):
    p = make_partnership(db)
    r1 = rounds.create_round(db, p.id, "2025 H2", "2025-11-01")
    add_submitted(db, r1.id, "A", [3] * 3)
    add_submitted(db, r1.id, "B", [3] * 3)
    rounds.set_round_status(db, r1.id, "closed")
    r2 = rounds.create_round(db, p.id, "2026 H1", "2026-05-01")
    add_submitted(db, r2.id, "A", [4] * 3)
    add_submitted(db, r2.id, "B", [4] * b_second)
    return p, r2


def test_next_from_a_blank_projector_comes_back_to_the_same_screen(ctx, qtbot, dialogs):
    # A clicker has no B key in reach: its "next" must bring back the screen the room did not see yet.
    p, _r2 = _two_rounds(ctx.db, 3)
    window = _window(ctx, qtbot, p.id)
    window.show_step(2)
    qtbot.keyClick(window, Qt.Key.Key_B)
    assert window.main.currentWidget() is window.blank_widget
    qtbot.keyClick(window, Qt.Key.Key_PageDown)
    assert window.main.currentWidget() is not window.blank_widget and window.index == 2
    qtbot.keyClick(window, Qt.Key.Key_Period)
    qtbot.keyClick(window, Qt.Key.Key_PageUp)
    assert window.main.currentWidget() is not window.blank_widget and window.index == 2
    qtbot.keyClick(window, Qt.Key.Key_PageDown)
    assert window.index == 3  # not blank: next moves on as usual


def test_a_side_below_the_threshold_says_why_there_is_no_trend(ctx, qtbot, dialogs):
    p, r2 = _two_rounds(ctx.db, 2)  # side B has 2 of the 3 needed: its scores and the joint are withheld
    window = _window(ctx, qtbot, p.id, r2.id)
    window.show_step(next(i for i, s in enumerate(window.steps) if s.kind == "dimension"))
    window.toggle_reveal()
    texts = _texts(window)
    assert "fewer than 3 responses" in texts
    assert "not comparable" not in texts  # same framework: the rounds are comparable, the scores are withheld
    assert "Trend: not available while results are withheld" in texts
