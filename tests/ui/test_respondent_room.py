"""Respondent mode closes the whole room: no other HealthDesk window stays reachable while a respondent has the
laptop, and everything comes back as it was when the facilitator ends it (issue 13)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QWidget

from healthdesk.services import responses, rounds
from healthdesk.ui.walkthrough.respondent import RespondentModeWindow
from healthdesk.ui.walkthrough.window import WalkthroughWindow, open_walkthrough

pytestmark = pytest.mark.gui


@pytest.fixture
def two(ctx, make_partnership, make_round):
    """An open round with two respondents of side A and one of side B; the round has a PIN."""
    p = make_partnership(ctx)
    r = make_round(ctx, p.id)
    rounds.set_round_pin(ctx.db, r.id, "4321")
    first = rounds.add_respondent(ctx.db, r.id, "Li Wei", "A", "CEO")
    other = rounds.add_respondent(ctx.db, r.id, "Other Person", "B", "CFO")
    return p, first, other


def _visible_windows() -> list[QWidget]:
    return [
        w
        for w in QApplication.topLevelWidgets()
        if w.isVisible()
        and w.isWindow()
        and w.windowType() not in (Qt.WindowType.ToolTip, Qt.WindowType.Popup)
    ]


def _hand_over(ctx, qtbot, respondent_id, parent) -> RespondentModeWindow:
    window = open_walkthrough(ctx, respondent_id, parent=parent, respondent_mode=True)
    assert isinstance(window, RespondentModeWindow)  # not given to qtbot: it deletes itself when left
    qtbot.waitExposed(window)
    return window


def _leave(qtbot, dialogs, window) -> None:
    dialogs.text_answer = "4321"
    with qtbot.waitSignal(window.left, timeout=2000):
        assert window.request_leave()


def test_another_respondents_fill_in_window_is_put_away_and_comes_back(ctx, qtbot, dialogs, two, main_window):
    _p, first, other = two
    fill_in = open_walkthrough(ctx, other.id, parent=main_window)
    assert isinstance(fill_in, WalkthroughWindow)
    qtbot.addWidget(fill_in)
    qtbot.waitExposed(fill_in)
    fill_in.walkthrough.go_to_page(1)
    page_before = fill_in.walkthrough.current_page()

    window = _hand_over(ctx, qtbot, first.id, main_window)
    assert _visible_windows() == [window]
    assert not fill_in.isVisible() and not main_window.isVisible()
    # A key press cannot reach the other person's answers: nothing of that window is shown or active.
    assert QApplication.activeWindow() in (None, window)

    _leave(qtbot, dialogs, window)
    assert fill_in.isVisible() and main_window.isVisible()
    assert fill_in.walkthrough.current_page() == page_before  # exactly as it was
    assert responses.get_response(ctx.db, other.id) is None or not any(
        a.score is not None for a in responses.get_response(ctx.db, other.id).answers.values()
    )


def test_a_workshop_window_is_put_away_and_comes_back(ctx, qtbot, dialogs, two, main_window):
    p, first, _other = two
    main_window.start_workshop(p.id)
    workshop = main_window._workshop
    qtbot.addWidget(workshop)
    qtbot.addWidget(workshop.notes)
    qtbot.waitExposed(workshop)
    step = workshop.index

    window = _hand_over(ctx, qtbot, first.id, main_window)
    assert not workshop.isVisible()
    assert _visible_windows() == [window]

    _leave(qtbot, dialogs, window)
    assert workshop.isVisible()
    assert workshop.index == step


def test_hand_over_of_a_respondent_open_elsewhere_is_refused(ctx, qtbot, dialogs, two, main_window):
    _p, first, _other = two
    fill_in = open_walkthrough(ctx, first.id, parent=main_window)
    qtbot.addWidget(fill_in)
    qtbot.waitExposed(fill_in)

    result = open_walkthrough(ctx, first.id, parent=main_window, respondent_mode=True)
    assert result is None  # never the ordinary window in place of respondent mode
    assert (
        dialogs.errors and "Li Wei" in dialogs.errors[-1] and "open in another window" in dialogs.errors[-1]
    )
    assert not any(
        isinstance(w, RespondentModeWindow) and w.isVisible() for w in QApplication.topLevelWidgets()
    )
    assert main_window.isVisible() and fill_in.isVisible()


def test_hand_over_always_builds_a_fresh_window(ctx, qtbot, dialogs, two, main_window):
    _p, first, _other = two
    window = _hand_over(ctx, qtbot, first.id, main_window)
    box = window.walkthrough.comment_box
    box.set_text("secret of the first time")
    _leave(qtbot, dialogs, window)
    again = _hand_over(ctx, qtbot, first.id, main_window)
    assert again is not window
    assert again.walkthrough.comment_box.edit.document().isUndoAvailable() is False
    _leave(qtbot, dialogs, again)


def test_a_window_that_appears_meanwhile_is_put_away(ctx, qtbot, dialogs, two, main_window):
    _p, first, _other = two
    window = _hand_over(ctx, qtbot, first.id, main_window)
    late = QWidget(None, Qt.WindowType.Window)
    late.setWindowTitle("a late window")
    qtbot.addWidget(late)
    late.show()
    qtbot.waitUntil(lambda: not late.isVisible(), timeout=2000)
    assert _visible_windows() == [window]
    _leave(qtbot, dialogs, window)
    assert late.isVisible()  # it comes back with the rest


def test_minimised_respondent_window_comes_back_full_screen(ctx, qtbot, dialogs, two, main_window):
    _p, first, _other = two
    window = _hand_over(ctx, qtbot, first.id, main_window)
    assert window.isFullScreen()
    assert window.windowFlags() & Qt.WindowType.WindowStaysOnTopHint
    window.showMinimized()
    qtbot.waitUntil(lambda: window.isFullScreen() and not window.isMinimized(), timeout=2000)
    assert window.isVisible() and not main_window.isVisible()
    _leave(qtbot, dialogs, window)


def test_clipboard_is_forgotten_between_respondents(ctx, qtbot, dialogs, two, main_window):
    _p, first, other = two
    window = _hand_over(ctx, qtbot, first.id, main_window)
    QGuiApplication.clipboard().setText("what the first respondent copied")
    _leave(qtbot, dialogs, window)
    assert QGuiApplication.clipboard().text() == ""
    nxt = _hand_over(ctx, qtbot, other.id, main_window)
    QGuiApplication.clipboard().setText("copied during the second")
    nxt.show_thank_you()  # submitted: the next person must not paste it
    assert QGuiApplication.clipboard().text() == ""
    hints = nxt.walkthrough.comment_box.edit.inputMethodHints()
    assert hints & Qt.InputMethodHint.ImhNoPredictiveText
    _leave(qtbot, dialogs, nxt)


def test_open_detail_views_are_put_away_and_a_question_must_be_answered_first(
    ctx, qtbot, dialogs, two, main_window
):
    from PySide6.QtWidgets import QDialog

    _p, first, _other = two
    detail = QDialog(main_window)  # a detail view: a non-modal dialog over the main window
    detail.setWindowTitle("Indicator detail")
    qtbot.addWidget(detail)
    detail.show()
    question = QDialog(main_window)
    question.setWindowTitle("Edit goal")
    question.setWindowModality(Qt.WindowModality.WindowModal)
    qtbot.addWidget(question)
    question.show()
    # An unanswered question: the facilitator is asked to finish it first; nothing is handed over.
    assert open_walkthrough(ctx, first.id, parent=main_window, respondent_mode=True) is None
    assert "Edit goal" in dialogs.errors[-1]
    assert main_window.isVisible() and detail.isVisible() and question.isVisible()
    question.reject()
    window = _hand_over(ctx, qtbot, first.id, main_window)
    assert not detail.isVisible()
    assert _visible_windows() == [window]
    _leave(qtbot, dialogs, window)
    assert detail.isVisible()


def test_the_respondent_window_takes_the_focus_back(ctx, qtbot, dialogs, two, main_window):
    from PySide6.QtGui import QWindow

    _p, first, _other = two
    window = _hand_over(ctx, qtbot, first.id, main_window)
    with qtbot.waitActive(window):
        window.activateWindow()
    focused: list[object] = []
    QGuiApplication.instance().focusWindowChanged.connect(focused.append)
    elsewhere = QWindow()  # another window takes the focus (as another program would)
    elsewhere.resize(200, 100)
    elsewhere.show()
    elsewhere.requestActivate()
    try:
        qtbot.waitUntil(lambda: elsewhere in focused, timeout=2000)  # the focus did go away
        qtbot.waitUntil(lambda: QApplication.activeWindow() is window and window.isFullScreen(), timeout=2000)
    finally:
        QGuiApplication.instance().focusWindowChanged.disconnect(focused.append)
        elsewhere.destroy()
    _leave(qtbot, dialogs, window)
