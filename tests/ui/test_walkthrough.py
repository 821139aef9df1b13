"""The assessment walk-through, driven as a respondent would: keys, clicks, typing, closing, reopening."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication, QMenuBar

from healthdesk.errors import StorageError
from healthdesk.framework import default_framework
from healthdesk.models.db import Database
from healthdesk.services import responses, rounds
from healthdesk.services.validation import TEXT_CAP
from healthdesk.ui.walkthrough.page import _open_windows
from healthdesk.ui.walkthrough.respondent import RespondentModeWindow
from healthdesk.ui.walkthrough.window import (
    TEXT_SAVE_DELAY_MS,
    WalkthroughWidget,
    WalkthroughWindow,
    open_walkthrough,
)

pytestmark = pytest.mark.gui

FW = default_framework()
IDS = [ind.id for ind in FW.indicators]


@pytest.fixture
def respondent(ctx, make_partnership, make_round):
    """An open round with one respondent of side A (and one of side B, never shown)."""
    p = make_partnership(ctx)
    r = make_round(ctx, p.id)
    rounds.add_respondent(ctx.db, r.id, "Other Person", "B", "CFO")
    return rounds.add_respondent(ctx.db, r.id, "Li Wei", "A", "CEO")


def _show_active(qtbot, window) -> None:
    """Shown and active, so keyboard focus works as on a desktop."""
    with qtbot.waitExposed(window):
        window.show()
    with qtbot.waitActive(window):
        window.activateWindow()


def _ime_commit(edit, text: str) -> None:
    """Chinese arrives through the input method, as one committed string."""
    event = QInputMethodEvent()
    event.setCommitString(text)
    QApplication.sendEvent(edit, event)


def _widget(ctx, qtbot, respondent_id) -> WalkthroughWidget:
    widget = WalkthroughWidget(ctx, respondent_id)
    qtbot.addWidget(widget)
    widget.resize(1366, 768)
    _show_active(qtbot, widget)
    return widget


def _stored(ctx, respondent_id):
    return responses.get_response(ctx.db, respondent_id)


def test_keys_1_to_5_and_n_store_each_answer_at_once(ctx, qtbot, dialogs, respondent):
    widget = _widget(ctx, qtbot, respondent.id)
    assert widget.current_page() == 0
    qtbot.mouseClick(widget.start_button, Qt.MouseButton.LeftButton)
    assert widget.current_page() == 1
    keys = [Qt.Key.Key_1, Qt.Key.Key_2, Qt.Key.Key_3, Qt.Key.Key_4, Qt.Key.Key_5, Qt.Key.Key_N]
    expected = {}
    for n, ind_id in enumerate(IDS):
        card = widget.cards[ind_id]
        # The page with the card is shown and the card has the keyboard focus (the first open one does).
        assert widget.current_page() == widget._card_page[ind_id]
        assert card.hasFocus(), ind_id
        key = keys[n % len(keys)]
        qtbot.keyClick(card, key)
        expected[ind_id] = "na" if key == Qt.Key.Key_N else keys.index(key) + 1
        # Stored at once, before anything else happens.
        answer = _stored(ctx, respondent.id).answers[ind_id]
        assert (answer.not_applicable and expected[ind_id] == "na") or answer.score == expected[ind_id]
        assert card.score == expected[ind_id]
        assert widget.save_label.text().startswith("✓ Saved")
        # The key moved on by itself: to the next indicator, the next page after the last of a dimension.
        assert not card.hasFocus()
    assert widget.current_page() == widget.review_index()
    assert widget.submit_button.isEnabled() and widget.submit_button.hasFocus()
    assert widget.progress_label.text() == "10 of 10 answered"
    assert widget.progress_bar.value() == 10
    info = _stored(ctx, respondent.id)
    assert responses.missing_indicators(info) == []
    assert info.answers[IDS[5]].not_applicable and info.answers[IDS[5]].score is None
    assert not dialogs.errors
    # Enter submits, after the confirmation.
    with qtbot.waitSignal(widget.submitted):
        qtbot.keyClick(widget.submit_button, Qt.Key.Key_Return)
    assert len(dialogs.confirms) == 1 and _stored(ctx, respondent.id).status == "submitted"


def test_clicking_a_level_card_and_arrow_keys(ctx, qtbot, dialogs, respondent):
    widget = _widget(ctx, qtbot, respondent.id)
    widget.go_to_page(1)
    first, second = widget.cards[IDS[0]], widget.cards[IDS[1]]
    qtbot.mouseClick(first.level_cards[4], Qt.MouseButton.LeftButton)
    assert _stored(ctx, respondent.id).answers[IDS[0]].score == 4
    assert first.level_cards[4].is_checked() and not first.level_cards[3].is_checked()
    assert first.hasFocus()
    qtbot.keyClick(first, Qt.Key.Key_Right)  # one step healthier
    assert _stored(ctx, respondent.id).answers[IDS[0]].score == 5
    qtbot.mouseClick(first.na_card, Qt.MouseButton.LeftButton)
    assert _stored(ctx, respondent.id).answers[IDS[0]].not_applicable
    qtbot.keyClick(first, Qt.Key.Key_Down)
    assert second.hasFocus()
    qtbot.keyClick(second, Qt.Key.Key_Up)
    assert first.hasFocus()
    # Tab goes on to the problem description box, where digits are text, not scores.
    qtbot.keyClick(first, Qt.Key.Key_Tab)
    assert first.problem_box.edit.hasFocus()
    qtbot.keyClicks(first.problem_box.edit, "2 weeks late")
    assert first.problem_text() == "2 weeks late"
    assert _stored(ctx, respondent.id).answers[IDS[0]].not_applicable


def test_progress_and_steps_follow_the_answers(ctx, qtbot, dialogs, respondent):
    widget = _widget(ctx, qtbot, respondent.id)
    assert widget.progress_label.text() == "0 of 10 answered"
    widget.go_to_page(1)
    for ind_id in IDS[:2]:
        qtbot.keyClick(widget.cards[ind_id], Qt.Key.Key_3)
    assert widget.progress_label.text() == "2 of 10 answered"
    step = widget.steps.item(1).text()
    assert step.startswith("✓ 1. Strategic alignment") and "2 of 2 answered" in step
    assert "0 of 2 answered" in widget.steps.item(2).text()
    # The step list navigates.
    widget.steps.setCurrentRow(3)
    assert widget.current_page() == 3


def test_typed_problem_text_is_saved_after_a_pause_and_on_focus_out(ctx, qtbot, dialogs, respondent):
    widget = _widget(ctx, qtbot, respondent.id)
    widget.go_to_page(1)
    card = widget.cards[IDS[0]]
    card.problem_box.edit.setFocus()
    qtbot.keyClicks(card.problem_box.edit, "Goals drift after the reorganisation")
    assert widget.save_label.text() == "Saving…"
    qtbot.waitUntil(lambda: not widget.has_unsaved_text(), timeout=TEXT_SAVE_DELAY_MS + 30000)
    assert _stored(ctx, respondent.id).answers[IDS[0]].problem == "Goals drift after the reorganisation"
    assert widget.save_label.text().startswith("✓ Saved")
    # Focus leaving the box saves at once, without waiting.
    qtbot.keyClicks(card.problem_box.edit, ".")
    widget.cards[IDS[1]].setFocus()
    assert _stored(ctx, respondent.id).answers[IDS[0]].problem == "Goals drift after the reorganisation."


def test_resume_after_closing_mid_way(ctx, qtbot, dialogs, respondent):
    window = WalkthroughWindow(ctx, respondent.id)
    qtbot.addWidget(window)
    _show_active(qtbot, window)
    wt = window.walkthrough
    wt.go_to_page(1)
    qtbot.keyClick(wt.cards[IDS[0]], Qt.Key.Key_2)
    qtbot.keyClick(wt.cards[IDS[1]], Qt.Key.Key_N)  # the last of the page: on to the next page
    assert wt.current_page() == 2
    qtbot.keyClick(wt.cards[IDS[2]], Qt.Key.Key_4)
    card = wt.cards[IDS[3]]
    card.problem_box.edit.setFocus()
    qtbot.keyClicks(card.problem_box.edit, "Too many meetings ")
    _ime_commit(card.problem_box.edit, "会议太多")
    assert wt.has_unsaved_text()  # closed well inside the 600 ms pause
    assert window.close()
    assert not dialogs.confirms

    again = WalkthroughWindow(ctx, respondent.id)
    qtbot.addWidget(again)
    _show_active(qtbot, again)
    wt2 = again.walkthrough
    assert wt2.current_page() == 2
    assert wt2.cards[IDS[0]].score == 2
    assert wt2.cards[IDS[1]].score == "na"
    assert wt2.cards[IDS[2]].score == 4
    assert wt2.cards[IDS[3]].problem_text() == "Too many meetings 会议太多"
    assert wt2.progress_label.text() == "3 of 10 answered"
    info = _stored(ctx, respondent.id)
    assert info.last_page == 2
    assert info.answers[IDS[3]].problem == "Too many meetings 会议太多"
    assert info.answers[IDS[3]].score is None


def test_resume_in_a_new_process_after_reopening_the_folder(data_dir, ctx, qtbot, dialogs, respondent):
    """Closing the database (the app quit) and opening it again gives the same page and answers."""
    window = WalkthroughWindow(ctx, respondent.id)
    qtbot.addWidget(window)
    _show_active(qtbot, window)
    window.walkthrough.go_to_page(4)
    qtbot.keyClick(window.walkthrough.cards["new_offerings"], Qt.Key.Key_5)
    window.close()
    ctx.db.close()
    db = Database.open(data_dir)
    try:
        ctx.db = db
        again = WalkthroughWidget(ctx, respondent.id)
        qtbot.addWidget(again)
        assert again.current_page() == 4
        assert again.cards["new_offerings"].score == 5
    finally:
        db.close()
        ctx.db = Database.open(data_dir)  # the fixture closes it


def test_killed_process_keeps_every_answer_shown_as_saved(data_dir, db, make_partnership, ctx):
    p = make_partnership(ctx)
    r = rounds.create_round(db, p.id, "2025 H2", "2025-07-01")
    who = rounds.add_respondent(db, r.id, "Zhang San", "B", "COO")
    db.close()  # the helper process is the writer now
    killer = Path(__file__).with_name("walkthrough_killer.py")
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONUNBUFFERED="1")
    proc = subprocess.Popen(
        [sys.executable, str(killer), str(data_dir), str(who.id)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )
    saved: dict[str, str] = {}
    texts: dict[str, str] = {}
    try:
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            line = proc.stdout.readline()
            if not line:
                break
            parts = line.strip().split(" ", 2)
            if parts[0] == "SAVED":
                saved[parts[1]] = parts[2]
            elif parts[0] == "TEXT":
                texts[parts[1]] = parts[2]
            if parts[0] == "HALF" or (len(saved) >= 5 and texts):
                break
    finally:
        proc.send_signal(signal.SIGKILL)
        _out, err = proc.communicate(timeout=30)
    assert proc.returncode == -signal.SIGKILL
    assert len(saved) >= 5 and texts, f"helper stopped early: {err[-2000:]}"

    reopened = Database.open(data_dir)  # takes over the dead process's lock
    try:
        info = responses.get_response(reopened, who.id)
        for ind_id, value in saved.items():
            answer = info.answers[ind_id]
            if value == "na":
                assert answer.not_applicable
            else:
                assert answer.score == int(value)
        for ind_id, text in texts.items():
            assert info.answers[ind_id].problem == text
        assert info.status == "in_progress"
        # Killed mid-way: not everything was answered.
        assert len(responses.missing_indicators(info)) > 0
        assert reopened.integrity_check() == ["ok"]
    finally:
        reopened.close()


def test_language_switch_keeps_typed_text_and_translates_in_place(ctx, qtbot, dialogs, respondent):
    widget = _widget(ctx, qtbot, respondent.id)
    widget.go_to_page(1)
    card = widget.cards[IDS[0]]
    qtbot.keyClick(card, Qt.Key.Key_3)
    card.problem_box.edit.setFocus()
    qtbot.keyClicks(card.problem_box.edit, "unsaved words")
    assert widget.has_unsaved_text()
    assert "Consistency of both partners' strategic goals" in card.name_label.text()

    ctx.set_language("zh")
    ind = FW.indicator_map[IDS[0]]
    assert ind.name.zh in card.name_label.text()
    assert card.level_cards[3].text.text() == ind.levels[3].zh
    assert widget.progress_label.text() == "已回答 1 / 10"
    assert widget.next_button.text() != "Next →"
    assert card.problem_text() == "unsaved words"
    assert card.problem_box.edit.hasFocus()
    widget.flush()
    assert _stored(ctx, respondent.id).answers[IDS[0]].problem == "unsaved words"

    ctx.set_language("en")
    assert "Consistency of both partners' strategic goals" in card.name_label.text()
    assert widget.progress_label.text() == "1 of 10 answered"


def test_missing_answers_block_submit_and_are_named(ctx, qtbot, dialogs, respondent):
    widget = _widget(ctx, qtbot, respondent.id)
    widget.go_to_page(1)
    for ind_id in IDS[:8]:
        qtbot.keyClick(widget.cards[ind_id], Qt.Key.Key_4)
    widget.go_to_page(widget.review_index())
    assert "Still missing (2)" in widget.missing_box.text()
    assert "Frequency of decision conflicts" in widget.missing_box.text()
    # Submit is in view but not enabled, and says why.
    assert widget.submit_button.isVisible() and not widget.submit_button.isEnabled()
    assert "2 still missing" in widget.submit_button.toolTip()
    qtbot.mouseClick(widget.submit_button, Qt.MouseButton.LeftButton)
    assert not dialogs.confirms and not widget.submit_message.isVisible()
    assert not widget.submit()  # asked some other way (a shortcut): refused with the missing ones named
    assert not dialogs.confirms  # not even asked
    assert widget.submit_message.isVisible()
    message = widget.submit_message.text()
    assert "2 indicators still need an answer" in message
    assert "5.1 Frequency of decision conflicts" in message and "5.2 Trust level (subjective)" in message
    assert _stored(ctx, respondent.id).status == "in_progress"
    # The missing items are links that jump to the indicator.
    widget.missing_box.linkActivated.emit("trust")
    assert widget.current_page() == 5
    assert widget.cards["trust"].hasFocus()


def test_submit_asks_and_then_everything_is_read_only(ctx, qtbot, dialogs, respondent):
    for ind_id in IDS:
        responses.record_answer(ctx.db, respondent.id, ind_id, 3)
    widget = _widget(ctx, qtbot, respondent.id)
    widget.go_to_page(widget.review_index())
    widget.comment_box.edit.setFocus()
    qtbot.keyClicks(widget.comment_box.edit, "Thanks for the workshop")
    dialogs.answer = False
    qtbot.mouseClick(widget.submit_button, Qt.MouseButton.LeftButton)
    assert len(dialogs.confirms) == 1
    assert _stored(ctx, respondent.id).status == "in_progress"
    assert _stored(ctx, respondent.id).comment == "Thanks for the workshop"  # saved before asking

    dialogs.answer = True
    with qtbot.waitSignal(widget.submitted, timeout=20000):
        qtbot.mouseClick(widget.submit_button, Qt.MouseButton.LeftButton)
    info = _stored(ctx, respondent.id)
    assert info.status == "submitted"
    assert widget.read_only
    # A thank-you, not a warning: the review page thanks with the moment as 2026-12-04 14:05.
    assert widget.current_page() == widget.review_index()
    assert widget.review_title.text() == "Thank you: your answers are submitted"
    iso = info.submitted_at.strftime("%Y-%m-%d %H:%M")
    assert widget.thanks_box.isVisible() and f"Submitted {iso}." in widget.thanks_box.text()
    assert not widget.missing_box.isVisible() and not widget.read_only_banner.isVisible()
    assert widget.steps.item(widget.review_index()).text() == "✓ Submitted"
    assert not widget.submit_button.isVisible()
    widget.go_to_page(2)  # elsewhere a calm note says it, with the same date
    assert widget.read_only_banner.isVisible() and widget.read_only_banner.property("role") == "info"
    assert widget.read_only_banner.text().startswith(f"Submitted {iso}.")
    # Opened again later: straight to the thank-you.
    again = _widget(ctx, qtbot, respondent.id)
    assert again.current_page() == again.review_index() and again.thanks_box.isVisible()
    assert f"Submitted {iso}." in again.thanks_box.text()
    again.close()
    assert widget.comment_box.edit.isReadOnly()
    widget.go_to_page(1)
    card = widget.cards[IDS[0]]
    assert card.problem_box.edit.isReadOnly()
    qtbot.keyClick(card, Qt.Key.Key_5)
    qtbot.mouseClick(card.level_cards[1], Qt.MouseButton.LeftButton)
    assert _stored(ctx, respondent.id).answers[IDS[0]].score == 3
    assert card.score == 3
    assert not dialogs.errors

    # The facilitator reopens it: the open walk-through becomes editable again.
    responses.reopen_response(ctx.db, respondent.id)
    ctx.data_changed.emit()
    qtbot.waitUntil(lambda: not widget.read_only, timeout=20000)
    assert not widget.read_only_banner.isVisible()
    qtbot.keyClick(card, Qt.Key.Key_5)
    assert _stored(ctx, respondent.id).answers[IDS[0]].score == 5


def test_a_round_closed_meanwhile_is_shown_and_typed_text_stays(ctx, qtbot, dialogs, respondent):
    widget = _widget(ctx, qtbot, respondent.id)
    widget.go_to_page(1)
    card = widget.cards[IDS[0]]
    qtbot.keyClick(card, Qt.Key.Key_2)
    card.problem_box.edit.setFocus()
    qtbot.keyClicks(card.problem_box.edit, "important words")
    rounds.set_round_status(ctx.db, respondent.round_id, "closed")  # elsewhere, no signal
    card.setFocus()  # focus out: the save is tried and refused
    assert card.problem_text() == "important words"
    assert widget.error_banner.isVisible() and "closed" in widget.error_banner.text()
    assert widget.save_label.text().startswith("Not saved")
    qtbot.keyClick(card, Qt.Key.Key_4)  # refused too, with a message box
    qtbot.waitUntil(lambda: widget.read_only, timeout=20000)
    assert any("closed" in e for e in dialogs.errors)
    assert card.score == 2 and _stored(ctx, respondent.id).answers[IDS[0]].score == 2
    assert "closed" in widget.read_only_banner.text()
    assert card.problem_text() == "important words"


def test_a_full_disk_is_shown_and_nothing_pretends_to_be_saved(ctx, qtbot, dialogs, respondent):
    widget = _widget(ctx, qtbot, respondent.id)
    widget.go_to_page(1)
    card = widget.cards[IDS[0]]
    qtbot.keyClick(card, Qt.Key.Key_3)

    def disk_full(*_args, **_kwargs):
        raise StorageError("disk_full", path=str(ctx.db.path))

    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(responses, "record_answer", disk_full)
        mp.setattr(responses, "record_problem", disk_full)
        qtbot.keyClick(card, Qt.Key.Key_5)
        assert dialogs.errors and "disk is full" in dialogs.errors[-1]
        assert card.score == 3  # still shows what is stored
        card.problem_box.edit.setFocus()
        qtbot.keyClicks(card.problem_box.edit, "keep this")
        assert not widget.flush()
        assert card.problem_text() == "keep this"
        assert widget.error_banner.isVisible() and "disk is full" in widget.error_banner.text()
        assert widget.save_label.text().startswith("Not saved")
        assert not widget.read_only  # the round is still open: the user can try again
    # Space was freed: the next save goes through and the message goes away.
    assert widget.flush()
    assert not widget.error_banner.isVisible()
    assert _stored(ctx, respondent.id).answers[IDS[0]].problem == "keep this"
    assert _stored(ctx, respondent.id).answers[IDS[0]].score == 3


def test_closing_with_text_that_cannot_be_saved_asks_first(ctx, qtbot, dialogs, respondent):
    window = WalkthroughWindow(ctx, respondent.id)
    qtbot.addWidget(window)
    _show_active(qtbot, window)
    wt = window.walkthrough
    wt.go_to_page(1)
    card = wt.cards[IDS[0]]
    card.problem_box.edit.setFocus()
    qtbot.keyClicks(card.problem_box.edit, "do not lose me")
    rounds.set_round_status(ctx.db, respondent.round_id, "closed")
    dialogs.answer = False
    assert not window.close()
    assert window.isVisible() and card.problem_text() == "do not lose me"
    assert "could not be saved" in dialogs.confirms[-1]
    dialogs.answer = True
    assert window.close()


def test_problem_text_cap_counter_typing_and_paste(ctx, qtbot, dialogs, respondent):
    widget = _widget(ctx, qtbot, respondent.id)
    widget.go_to_page(1)
    box = widget.cards[IDS[0]].problem_box
    box.edit.setFocus()
    qtbot.keyClicks(box.edit, "abc")
    assert box.counter.text() == f"3 / {TEXT_CAP}"
    # Paste more than fits: what fits is kept, the rest is named in a clear note.
    mime = QMimeData()
    mime.setText("x" * TEXT_CAP + "TAIL")
    box.edit.insertFromMimeData(mime)
    assert len(box.text()) == TEXT_CAP
    assert box.text().startswith("abc") and "TAIL" not in box.text()
    assert box.counter.text() == f"{TEXT_CAP} / {TEXT_CAP}"
    assert box.note.isVisible() and "7 characters" in box.note.text()
    # Typing at the cap adds nothing.
    qtbot.keyClicks(box.edit, "zz")
    assert len(box.text()) == TEXT_CAP and "z" not in box.text()
    assert "full" in box.note.text()
    assert widget.flush()
    assert len(_stored(ctx, respondent.id).answers[IDS[0]].problem) == TEXT_CAP
    # Emoji and CJK count as one character each, as the store counts them.
    box.set_text("")
    clip = QMimeData()
    clip.setText("😀" * (TEXT_CAP + 3))
    box.edit.insertFromMimeData(clip)
    assert box.text() == "😀" * TEXT_CAP
    assert "3 characters" in box.note.text()
    qtbot.keyClick(box.edit, Qt.Key.Key_Backspace)
    assert len(box.text()) == TEXT_CAP - 1 and not box.note.isVisible()


def test_open_walkthrough_reuses_the_window_of_a_respondent(ctx, qtbot, dialogs, respondent):
    first = open_walkthrough(ctx, respondent.id)
    qtbot.addWidget(first)
    assert isinstance(first, WalkthroughWindow) and first.isVisible()
    assert open_walkthrough(ctx, respondent.id) is first
    first.close()
    assert open_walkthrough(ctx, 99999) is None
    assert dialogs.errors and "not found" in dialogs.errors[-1]


# -- respondent mode ---------------------------------------------------------------------------------------


def _respondent_mode(ctx, qtbot, respondent_id, parent=None) -> RespondentModeWindow:
    window = open_walkthrough(ctx, respondent_id, parent=parent, respondent_mode=True)
    assert isinstance(window, RespondentModeWindow)
    qtbot.addWidget(window)
    qtbot.waitExposed(window)
    with qtbot.waitActive(window):
        window.activateWindow()
    return window


def test_respondent_mode_shows_only_this_walkthrough(ctx, qtbot, dialogs, respondent, main_window):
    window = _respondent_mode(ctx, qtbot, respondent.id, parent=main_window)
    assert window.isFullScreen()
    assert not main_window.isVisible()  # nothing else to reach
    assert not window.findChildren(QMenuBar)
    visible_windows = [w for w in QApplication.topLevelWidgets() if w.isVisible()]
    assert visible_windows == [window]
    wt = window.walkthrough
    assert wt.respondent_id == respondent.id
    texts = " ".join(label.text() for label in window.findChildren(type(wt.title_label)))
    assert "Other Person" not in texts
    # The facilitator leaves: the main window comes back.
    ctx.db  # noqa: B018 - the round has no PIN
    dialogs.answer = True
    assert window.request_leave()
    assert main_window.isVisible()


def test_respondent_mode_cannot_be_closed_without_the_pin(ctx, qtbot, dialogs, respondent):
    rounds.set_round_pin(ctx.db, respondent.round_id, "4321")
    window = _respondent_mode(ctx, qtbot, respondent.id)
    # Close button / Alt+F4 (a close event) and Escape do nothing without the facilitator.
    dialogs.text_answer = None  # the PIN box is cancelled
    assert not window.close()
    assert window.isVisible()
    qtbot.keyClick(window, Qt.Key.Key_Escape)
    qtbot.keyClick(window.walkthrough, Qt.Key.Key_Escape)
    assert window.isVisible()
    # A wrong PIN is refused.
    dialogs.text_answer = "0000"
    assert not window.request_leave()
    assert window.isVisible()
    assert dialogs.errors[-1] == "Wrong PIN. Respondent mode stays on."
    # The right PIN leaves.
    dialogs.text_answer = "4321"
    with qtbot.waitSignal(window.left, timeout=20000):
        assert window.request_leave()
    assert not window.isVisible()
    assert not dialogs.confirms  # with a PIN, no plain confirmation is enough


def test_respondent_mode_without_pin_needs_the_facilitators_confirmation(ctx, qtbot, dialogs, respondent):
    window = _respondent_mode(ctx, qtbot, respondent.id)
    dialogs.answer = False
    assert not window.close()
    qtbot.waitUntil(lambda: len(dialogs.confirms) == 1, timeout=20000)
    assert "facilitator" in dialogs.confirms[0]
    assert window.isVisible()
    dialogs.answer = True
    with qtbot.waitSignal(window.left, timeout=20000):
        window.close()  # asks again, and this time the facilitator confirms
    assert len(dialogs.confirms) == 2
    assert not window.isVisible()


def test_respondent_mode_thanks_after_submit_and_hides_the_answers(ctx, qtbot, dialogs, respondent):
    window = _respondent_mode(ctx, qtbot, respondent.id)
    wt = window.walkthrough
    wt.go_to_page(1)
    for ind_id in IDS:
        wt.go_to_indicator(ind_id)
        qtbot.keyClick(wt.cards[ind_id], Qt.Key.Key_4)
    wt.go_to_page(wt.review_index())
    qtbot.mouseClick(wt.submit_button, Qt.MouseButton.LeftButton)
    assert _stored(ctx, respondent.id).status == "submitted"
    assert window.showing_thank_you()
    assert not wt.isVisible()
    assert "Li Wei" in window.thank_you.title.text()
    assert window.isVisible()  # waits for the facilitator
    # Opening respondent mode again for a submitted response goes straight to the thank-you page.
    dialogs.answer = True
    window.request_leave()
    again = _respondent_mode(ctx, qtbot, respondent.id)
    assert again.showing_thank_you()
    again.request_leave()


# -- issue 18: the executive's ten minutes -----------------------------------------------------------------


def _answer_all(ctx, respondent_id, score=3) -> None:
    for ind_id in IDS:
        responses.record_answer(ctx.db, respondent_id, ind_id, score)


def _in_view(widget, window) -> bool:
    """Shown, and its whole rectangle inside the window's visible area."""
    top_left = widget.mapTo(window, widget.rect().topLeft())
    bottom_right = widget.mapTo(window, widget.rect().bottomRight())
    return widget.isVisible() and window.rect().contains(top_left) and window.rect().contains(bottom_right)


@pytest.mark.parametrize("size", [(1280, 720), (1366, 768)])
def test_submit_is_in_view_on_every_page_with_all_answered(ctx, qtbot, dialogs, respondent, size):
    _answer_all(ctx, respondent.id)
    window = WalkthroughWindow(ctx, respondent.id)
    qtbot.addWidget(window)
    window.resize(*size)
    _show_active(qtbot, window)
    qtbot.waitUntil(lambda: window.size().width() == size[0])
    wt = window.walkthrough
    for page in range(wt.page_count()):
        wt.go_to_page(page)
        QApplication.processEvents()
        assert _in_view(wt.submit_button, window), (page, wt.submit_button.geometry())
        assert wt.submit_button.isEnabled() and wt.submit_button.text() == "Submit answers"
        assert _in_view(window.close_button, window) and _in_view(wt.back_button, window)
    # Clicking it submits (after the usual confirmation).
    with qtbot.waitSignal(wt.submitted):
        qtbot.mouseClick(wt.submit_button, Qt.MouseButton.LeftButton)
    assert _stored(ctx, respondent.id).status == "submitted"


def test_submit_is_in_view_in_respondent_mode(ctx, qtbot, dialogs, respondent):
    _answer_all(ctx, respondent.id)
    window = RespondentModeWindow(ctx, respondent.id)
    qtbot.addWidget(window)
    window.resize(1280, 720)
    _show_active(qtbot, window)
    wt = window.walkthrough
    for page in (1, wt.review_index()):
        wt.go_to_page(page)
        QApplication.processEvents()
        assert _in_view(wt.submit_button, window) and wt.submit_button.isEnabled()
    window._unlocked = True  # the test's end, not the facilitator's


def test_key_3_moves_on_to_the_next_indicator_and_the_next_page(ctx, qtbot, dialogs, respondent):
    window = WalkthroughWindow(ctx, respondent.id)
    qtbot.addWidget(window)
    window.resize(1280, 720)
    _show_active(qtbot, window)
    wt = window.walkthrough
    qtbot.keyClick(wt.start_button, Qt.Key.Key_Space)
    first, second, third = (wt.cards[i] for i in IDS[:3])
    assert first.hasFocus()
    qtbot.keyClick(first, Qt.Key.Key_3)
    assert _stored(ctx, respondent.id).answers[IDS[0]].score == 3
    assert second.hasFocus() and wt.current_page() == 1
    qtbot.keyClick(second, Qt.Key.Key_3)  # the last of dimension 1: on to dimension 2
    assert _stored(ctx, respondent.id).answers[IDS[1]].score == 3
    assert wt.current_page() == 2 and third.hasFocus()
    assert third.visibleRegion().boundingRect().height() > 100  # scrolled into view
    # The problem box stays a Tab away; digits typed there are text, not answers.
    qtbot.keyClick(third, Qt.Key.Key_Tab)
    assert third.problem_box.edit.hasFocus()
    qtbot.keyClicks(third.problem_box.edit, "3 weeks")
    assert third.problem_text() == "3 weeks" and third.score is None and wt.current_page() == 2
    # ↑/↓ still only move; ←/→ change the level without moving on.
    qtbot.keyClick(third, Qt.Key.Key_Up)
    assert second.hasFocus() and wt.current_page() == 1
    qtbot.keyClick(second, Qt.Key.Key_Right)
    assert second.hasFocus() and _stored(ctx, respondent.id).answers[IDS[1]].score == 4
    qtbot.keyClick(second, Qt.Key.Key_Down)
    assert third.hasFocus()


def test_closing_answered_but_unsubmitted_asks_first(ctx, qtbot, dialogs, respondent):
    _answer_all(ctx, respondent.id)
    window = open_walkthrough(ctx, respondent.id)
    qtbot.addWidget(window)
    _show_active(qtbot, window)
    wt = window.walkthrough

    # Cancel: the window stays, nothing changes.
    assert not window.close()
    box = wt.close_question
    assert box is not None and box.isVisible()
    assert "not submitted them yet" in box.text()
    assert {b.text() for b in box.buttons()} == {"Submit answers", "Close without submitting", "Cancel"}
    assert box.defaultButton() is box.submit_button
    qtbot.mouseClick(box.cancel_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: wt.close_question is None)
    assert window.isVisible() and _stored(ctx, respondent.id).status == "in_progress"

    # Close without submitting: closes, the answers stay saved, unsubmitted.
    assert not window.close()
    qtbot.mouseClick(wt.close_question.close_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: respondent.id not in _open_windows)  # closed and gone
    assert _stored(ctx, respondent.id).status == "in_progress"
    assert len(_stored(ctx, respondent.id).answers) == len(IDS)

    # Submit: submitted without a second question; the window stays on the thank-you.
    again = open_walkthrough(ctx, respondent.id)
    qtbot.addWidget(again)
    _show_active(qtbot, again)
    wt = again.walkthrough
    assert not again.close()
    with qtbot.waitSignal(wt.submitted):
        qtbot.mouseClick(wt.close_question.submit_button, Qt.MouseButton.LeftButton)
    assert _stored(ctx, respondent.id).status == "submitted"
    assert not dialogs.confirms
    assert again.isVisible() and wt.thanks_box.isVisible()
    # Now closing asks nothing.
    assert again.close()


def test_closing_with_answers_missing_or_submitted_does_not_ask(ctx, qtbot, dialogs, respondent):
    responses.record_answer(ctx.db, respondent.id, IDS[0], 2)
    window = WalkthroughWindow(ctx, respondent.id)
    qtbot.addWidget(window)
    _show_active(qtbot, window)
    assert window.close()
    assert window.walkthrough.close_question is None


def test_respondent_mode_offers_submit_before_the_facilitators_pin(ctx, qtbot, dialogs, respondent):
    _answer_all(ctx, respondent.id, 4)
    rounds.set_round_pin(ctx.db, respondent.round_id, "4321")
    window = open_walkthrough(ctx, respondent.id, respondent_mode=True)
    qtbot.addWidget(window)
    qtbot.waitExposed(window)
    wt = window.walkthrough
    dialogs.text_answer = None
    assert not window.request_leave()
    box = wt.close_question
    assert box is not None and box.isVisible()
    with qtbot.waitSignal(wt.submitted):
        qtbot.mouseClick(box.submit_button, Qt.MouseButton.LeftButton)
    assert window.showing_thank_you() and window.isVisible()
    info = _stored(ctx, respondent.id)
    assert info.status == "submitted"
    assert info.submitted_at.strftime("%Y-%m-%d %H:%M") in window.thank_you.text.text()
    dialogs.text_answer = "4321"
    with qtbot.waitSignal(window.left):
        assert window.request_leave()


def test_zh_level_texts_have_no_line_of_one_or_two_characters(ctx_zh, qtbot, dialogs, respondent):
    from healthdesk.ui.walkthrough.widgets import BalancedWrapLabel

    window = WalkthroughWindow(ctx_zh, respondent.id)
    qtbot.addWidget(window)
    _show_active(qtbot, window)
    wt = window.walkthrough
    for size in ((1366, 768), (1280, 720)):
        window.resize(*size)
        qtbot.waitUntil(lambda size=size: window.width() == size[0])
        for page in range(1, wt.page_count() - 1):
            wt.go_to_page(page)
            QApplication.processEvents()
            for ind in wt.framework.dimensions[page - 1].indicators:
                for score, level in wt.cards[ind.id].level_cards.items():
                    label = level.text
                    assert isinstance(label, BalancedWrapLabel)
                    assert label.text() == ind.levels[score].get("zh")
                    assert label.width() > 100
                    lines = label.lines()
                    assert "".join(lines) == label.text()
                    assert all(len(line.strip()) > 2 for line in lines), (size, lines)
                    assert label.height() >= label.heightForWidth(label.width())  # nothing clipped


def test_balanced_label_evens_out_what_plain_wrapping_leaves_alone(qapp):
    from PySide6.QtGui import QTextLayout

    from healthdesk.ui.walkthrough.widgets import BalancedWrapLabel

    text = "增长快于计划，也快于双方各自业务。"
    label = BalancedWrapLabel(text)

    def plain_lines(width: int) -> list[str]:
        layout = label._layout(width)
        assert isinstance(layout, QTextLayout)
        return [
            text[layout.lineAt(i).textStart() : layout.lineAt(i).textStart() + layout.lineAt(i).textLength()]
            for i in range(layout.lineCount())
        ]

    # A width where plain wrapping strands "务。" (or less) on a line of its own...
    width = next(w for w in range(60, 400) if len(plain_lines(w)) == 2 and len(plain_lines(w)[-1]) <= 2)
    # ...is laid out in two even lines, at the same height.
    lines = label.lines(width)
    assert len(lines) == 2 and min(len(line) for line in lines) >= len(text) // 2 - 1
    assert label.heightForWidth(width) == int(label._layout(width).boundingRect().height() + 0.999)
