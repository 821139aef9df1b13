"""Workshop mode driven by keys, as a facilitator would: agenda, last round's actions, reveal, capture, leave;
the blind rule; type that scales with the projector and is never clipped."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel

from healthdesk.services import followup as fu
from healthdesk.services import responses, rounds
from healthdesk.ui.workshop import window as ws
from tests.builders import add_submitted, answer_all, make_partnership

AS_OF = date(2026, 6, 1)


def _story(db):
    """Round 1: every indicator 3 except relationship (2) on both sides; round 2: side A scores relationship 4,
    side B 3, so relationship goes 2.00 -> 3.50. One respondent of each side writes a problem description."""
    p = make_partnership(db)
    low = {"decision_conflicts": 2, "trust": 2}
    r1 = rounds.create_round(db, p.id, "2025 H2", "2025-11-01")
    add_submitted(db, r1.id, "A", [low] * 3)
    add_submitted(db, r1.id, "B", [low] * 3)
    rounds.set_round_status(db, r1.id, "closed")
    r2 = rounds.create_round(db, p.id, "2026 H1", "2026-05-01")
    add_submitted(db, r2.id, "A", [{"decision_conflicts": 4, "trust": 4}] * 2)
    add_submitted(db, r2.id, "B", [{"decision_conflicts": 3, "trust": 3}] * 2)
    for side, text in (
        ("A", "Both sides wrote their own target customer list"),
        ("B", "目标客户名单各写一版"),
    ):
        who = rounds.add_respondent(db, r2.id, f"writer {side}", side, "CEO")
        answer_all(
            db, who.id, {"decision_conflicts": 4 if side == "A" else 3, "trust": 4 if side == "A" else 3}
        )
        responses.record_problem(db, who.id, "goal_alignment", text)
        responses.submit_response(db, who.id)
    fu.create_action(
        db,
        p.id,
        fu.ActionInput("Monthly trust check", dimension_id="relationship", round_id=r1.id, status="done"),
    )
    return p, r1, r2


def _window(ctx, qtbot, pid, round_id=None, size=(1920, 1080)):
    window = ws.WorkshopWindow(ctx, pid, round_id, as_of=AS_OF)
    qtbot.addWidget(window)
    qtbot.addWidget(window.notes)
    window.resize(*size)
    window.show()
    qtbot.waitExposed(window)
    return window


def _texts(window) -> str:
    return "\n".join(label.text() for label in window.pages.currentWidget().findChildren(QLabel))


def _press(qtbot, window, *keys):
    for key in keys:
        qtbot.keyClick(window, key)


def test_a_workshop_from_the_agenda_to_captured_actions(ctx, qtbot, dialogs):
    p, r1, r2 = _story(ctx.db)
    window = _window(ctx, qtbot, p.id)
    assert window.current_step().kind == "agenda"
    assert "Last round's actions" in _texts(window)

    _press(qtbot, window, Qt.Key.Key_Right)
    assert window.current_step().kind == "review"
    _press(qtbot, window, Qt.Key.Key_Space)
    assert window.current_step().kind == "overview"
    assert window.findChild(QLabel, "overviewIndex").text() == "?"  # nothing shows before the reveal
    _press(qtbot, window, Qt.Key.Key_R)
    assert window.findChild(QLabel, "overviewIndex").text() not in ("?", "—")

    _press(qtbot, window, Qt.Key.Key_PageDown)
    step = window.current_step()
    assert (step.kind, step.dimension_id) == ("dimension", "strategy")
    assert window.findChild(QLabel, "sideValueA").text() == "?"
    _press(qtbot, window, Qt.Key.Key_R)
    assert window.findChild(QLabel, "sideValueA").text() == "3.00"

    # An action typed during the discussion is saved at once, linked to the dimension on screen.
    _press(qtbot, window, Qt.Key.Key_A)
    assert window.capture.isVisible()
    qtbot.keyClicks(window.capture.title_edit, "Weekly joint pipeline call")
    qtbot.keyClicks(window.capture.owner_edit, "Emily Zhao")
    qtbot.keyClick(window.capture.owner_edit, Qt.Key.Key_Return)
    assert window.capture.isVisible()  # an owner without a side is not saved: the bar asks for the side
    qtbot.keyClick(window.capture.owner_edit, Qt.Key.Key_Tab)
    qtbot.keyClick(window.capture.side_combo, Qt.Key.Key_Right)
    qtbot.keyClick(window.capture.side_combo, Qt.Key.Key_Return)
    assert not window.capture.isVisible()
    saved = [a for a in fu.get_followup(ctx.db, p.id).actions if a.round_id == r2.id]
    assert [(a.title, a.owner, a.dimension_id) for a in saved] == [
        ("Weekly joint pipeline call", "Emily Zhao", "strategy")
    ]

    # A goal typed but put away with Esc is not lost: it stays as the draft, and only Enter saves it.
    _press(qtbot, window, Qt.Key.Key_G)
    qtbot.keyClicks(window.capture.title_edit, "Agree one joint target list by Q3")
    qtbot.keyClick(window.capture.title_edit, Qt.Key.Key_Escape)
    assert window.isVisible() and not dialogs.confirms  # Esc in the capture bar does not leave
    _press(qtbot, window, Qt.Key.Key_Right)
    assert fu.get_followup(ctx.db, p.id).goals == ()
    _press(qtbot, window, Qt.Key.Key_G)
    assert window.capture.draft() == "Agree one joint target list by Q3"
    qtbot.keyClick(window.capture.title_edit, Qt.Key.Key_Return)
    goals = fu.get_followup(ctx.db, p.id).goals
    assert [(g.title, g.level, g.dimensions, g.round_id) for g in goals] == [
        ("Agree one joint target list by Q3", "short", ("strategy",), r2.id)
    ]

    # The problem descriptions of the dimension follow its scores, never attributed to a person.
    assert window.current_step().kind == "voices"
    texts = _texts(window)
    assert "Both sides wrote their own target customer list" in texts and "writer" not in texts

    _press(qtbot, window, Qt.Key.Key_End, Qt.Key.Key_Left)
    assert window.current_step().kind == "captured"
    texts = _texts(window)
    assert "1.  ◆ Short-term goal: Agree one joint target list by Q3" in texts
    assert "Weekly joint pipeline call (Emily Zhao)" in texts and "Agree one joint target list by Q3" in texts

    _press(qtbot, window, Qt.Key.Key_Escape)
    assert dialogs.confirms and not window.isVisible()


def test_last_rounds_actions_open_the_workshop_with_scores_before_and_after(ctx, qtbot, dialogs):
    p, r1, r2 = _story(ctx.db)
    fu.create_action(
        ctx.db,
        p.id,
        fu.ActionInput("Joint price list", dimension_id="finance", round_id=r1.id, due_date="2026-03-31"),
    )
    window = _window(ctx, qtbot, p.id)
    _press(qtbot, window, Qt.Key.Key_Right)
    assert window.current_step().kind == "review"
    texts = _texts(window)
    assert "Set at the 2025 H2 workshop; scores before (2025 H2) and now (2026 H1)." in texts
    trust = window.findChild(QLabel, "moveaction1")
    assert trust.text() == "2.00 → 3.50  ▲ +1.50"
    price = window.findChild(QLabel, "moveaction2")
    assert price.text() == "3.00 → 3.00  ▶ 0.00"
    assert "✓ Done" in texts and "overdue" in texts  # the price list slipped


def test_blind_round_shows_no_results_until_both_sides_submitted(ctx, qtbot, dialogs):
    p, r1, r2 = _story(ctx.db)
    r3 = rounds.create_round(ctx.db, p.id, "2026 H2", "2026-05-20", blind=True)
    add_submitted(ctx.db, r3.id, "A", [5, 5, 5], prefix="n")
    add_submitted(ctx.db, r3.id, "B", [1, 1], prefix="n")
    window = _window(ctx, qtbot, p.id)
    kinds = [s.kind for s in window.steps]
    assert "blind" in kinds and "overview" not in kinds and "dimension" not in kinds and "voices" not in kinds
    window.show_step(kinds.index("blind"))
    texts = _texts(window)
    assert "HardCo: 2 submitted, 1 more needed" in texts and "CloudSoft: 3 submitted ✓" in texts
    for step in range(len(window.steps)):  # no score of the blind round on any screen
        window.show_step(step)
        window.toggle_reveal()
        assert "5.00" not in _texts(window) and "1.00" not in _texts(window)

    add_submitted(ctx.db, r3.id, "B", [1], prefix="late")
    window.reload()
    assert "dimension" in [s.kind for s in window.steps]


def test_blank_notes_and_timer(ctx, qtbot, dialogs):
    p, _r1, _r2 = _story(ctx.db)
    window = _window(ctx, qtbot, p.id)
    _press(qtbot, window, Qt.Key.Key_B)
    assert window.main.currentWidget() is window.blank_widget
    _press(qtbot, window, Qt.Key.Key_B)
    assert window.main.currentWidget() is not window.blank_widget
    window.shared_screen = False  # two screens: the notes go to the facilitator's screen
    assert not window.notes.isVisible()
    _press(qtbot, window, Qt.Key.Key_N)
    assert window.notes.isVisible()
    assert "Welcome both sides" in window.notes.notes_label.text()
    assert window.notes.next_label.text() == "Next: Last round's actions"
    _press(qtbot, window, Qt.Key.Key_N)
    assert not window.notes.isVisible()
    window.elapsed[window.current_step().key] = 200.0
    window.room.timers.clock = lambda: 1000.0  # a stopped clock: 200 s, however long the test takes
    window.room.timers.restart()
    window.tick()
    assert "03:20 / 03:00" in window.footer_right.text()
    assert window.footer_right.property("ws") == "warn"  # over the planned time


@pytest.mark.parametrize("height, body", [(1080, 28), (720, 19)])
def test_type_scales_with_the_projector(height, body):
    s = ws.sizes(height)
    assert s["body"] == body and s["small"] >= body and s["title"] > s["heading"] > s["body"]


@pytest.mark.parametrize("lang", ["en", "zh"])
@pytest.mark.parametrize("size", [(1920, 1080), (1280, 720)])
def test_nothing_is_clipped_on_any_screen(ctx, qtbot, dialogs, lang, size):
    p, _r1, _r2 = _story(ctx.db)
    if lang == "zh":
        ctx.set_language("zh")
    window = _window(ctx, qtbot, p.id, size=size)
    for n in range(len(window.steps)):
        window.show_step(n)
        if window.current_step().revealable:
            window.toggle_reveal()
        for _ in range(3):  # lay the slide out now (nested layouts post their requests one level at a time)
            QApplication.sendPostedEvents()
        slide = window.pages.currentWidget()
        assert slide.sizeHint().height() <= slide.height() + 2, window.current_step().key
        for label in slide.findChildren(QLabel):
            if label.text() and not label.wordWrap():
                assert label.sizeHint().width() <= label.width() + 1, (
                    window.current_step().key,
                    label.text(),
                )
            if label.property("ws") is None and label.text():
                assert label.font().pixelSize() >= ws.sizes(size[1])["body"] or label.font().pixelSize() == -1


def test_language_switches_while_presenting(ctx, qtbot, dialogs):
    p, _r1, _r2 = _story(ctx.db)
    window = _window(ctx, qtbot, p.id)
    _press(qtbot, window, Qt.Key.Key_Right, Qt.Key.Key_Right, Qt.Key.Key_R)
    assert window.current_step().kind == "overview" and window.is_revealed()
    ctx.set_language("zh")
    assert window.current_step().kind == "overview" and window.is_revealed()  # same place, still revealed
    assert window.findChild(QLabel, "slideTitle").text() == "整体健康度"
    assert "健康指数（0–100）" in _texts(window)
    window.show_step(0)
    assert "上一轮的行动：完成了什么，哪些分数有变化" in _texts(window)


def test_captured_owner_lands_on_the_side_chosen(ctx, qtbot, dialogs):
    """The capture bar names the partners; a side B owner is stored on side B for goals and actions."""
    p, _r1, _r2 = _story(ctx.db)
    window = _window(ctx, qtbot, p.id)
    _press(qtbot, window, Qt.Key.Key_Right, Qt.Key.Key_Right, Qt.Key.Key_Right)
    _press(qtbot, window, Qt.Key.Key_G)
    bar = window.capture
    assert [bar.side_combo.itemText(i) for i in range(3)] == [
        "Side: not set",
        window.side_label("A"),
        window.side_label("B"),
    ]
    bar.side_combo.setCurrentIndex(2)
    qtbot.keyClicks(bar.title_edit, "Co-develop three solution templates")
    bar.owner_edit.setText("郑国华")  # typed through an input method in real use
    qtbot.keyClick(bar.owner_edit, Qt.Key.Key_Return)
    goal = next(
        g for g in fu.get_followup(ctx.db, p.id).goals if g.title == "Co-develop three solution templates"
    )
    assert (goal.owner_a, goal.owner_b) == ("", "郑国华")
    _press(qtbot, window, Qt.Key.Key_A)
    bar.side_combo.setCurrentIndex(2)
    qtbot.keyClicks(bar.title_edit, "Monthly joint pipeline review")
    qtbot.keyClicks(bar.owner_edit, "Emily Zhao")
    qtbot.keyClick(bar.owner_edit, Qt.Key.Key_Return)
    action = next(
        a for a in fu.get_followup(ctx.db, p.id).actions if a.title == "Monthly joint pipeline review"
    )
    assert (action.owner, action.owner_side) == ("Emily Zhao", "B")
