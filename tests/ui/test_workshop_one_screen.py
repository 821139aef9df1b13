"""The workshop on one screen (issue 18): the keys on the presentation itself (? or F1, Esc closes), a quiet
control strip for the facilitator, a neutral hidden state on the slide, three cards on one line, a dimension slide
that uses the screen, and Chinese quotation marks as everywhere else."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QApplication, QLabel

from healthdesk.ui.common.linebreak import plain
from healthdesk.ui.workshop import overlays
from healthdesk.ui.workshop import style as ws_style
from healthdesk.ui.workshop import window as ws
from tests.ui.test_workshop import _story, _texts, _window

SIZES = [(1280, 720), (1366, 768), (1920, 1080)]


def _go(window, kind: str, nth: int = 0) -> None:
    window.show_step([n for n, s in enumerate(window.steps) if s.kind == kind][nth])


def _settle() -> None:
    for _ in range(3):  # nested layouts post their requests one level at a time
        QApplication.sendPostedEvents()


def _y(window, name: str) -> int:
    label = window.findChild(QLabel, name)
    assert label is not None and label.isVisible(), name
    return label.mapTo(window, QPoint(0, 0)).y()


def test_f1_and_question_mark_show_every_key_and_esc_hides_it(ctx, qtbot, dialogs):
    p, _r1, _r2 = _story(ctx.db)
    window = _window(ctx, qtbot, p.id)
    window.shared_screen = True  # one screen: no notes window anywhere
    qtbot.keyClick(window, Qt.Key.Key_F1)
    assert window.help.isVisible() and window.help.geometry() == window.rect()
    texts = window.help.texts()
    for keys, does in overlays.key_help():
        assert keys in texts and does in texts
    for key in ("R", "B · .", "N", "L", "A", "G", "Ctrl+Z", "Esc", "Home · End", "1–9", "Delete"):
        assert key in [label.text() for label in window.help.key_labels], key
    qtbot.keyClick(window, Qt.Key.Key_Escape)
    assert not window.help.isVisible()
    assert window.isVisible() and not dialogs.confirms  # Esc closed the help, it did not leave

    qtbot.keyClick(window, Qt.Key.Key_Question)
    assert window.help.isVisible()
    qtbot.keyClick(window, Qt.Key.Key_Question)
    assert not window.help.isVisible()

    # From the capture bar too: F1 shows the keys, Esc closes the help and keeps the bar and its text.
    _go(window, "dimension")
    qtbot.keyClick(window, Qt.Key.Key_A)
    qtbot.keyClicks(window.capture.title_edit, "Joint price list")
    qtbot.keyClick(window.capture.title_edit, Qt.Key.Key_F1)
    assert window.help.isVisible()
    qtbot.keyClick(window.capture.title_edit, Qt.Key.Key_Escape)
    assert not window.help.isVisible() and window.capture.isVisible()
    assert window.capture.draft() == "Joint price list"


def test_the_help_follows_the_language(ctx, qtbot, dialogs):
    p, _r1, _r2 = _story(ctx.db)
    window = _window(ctx, qtbot, p.id)
    qtbot.keyClick(window, Qt.Key.Key_F1)
    qtbot.keyClick(window, Qt.Key.Key_L)  # closes the help and switches
    assert ctx.lang == "zh" and not window.help.isVisible()
    qtbot.keyClick(window, Qt.Key.Key_F1)
    assert window.help.title.text() == "按键" and "揭晓本页得分" in window.help.texts()


def test_a_hidden_dimension_shows_a_neutral_state_and_the_reveal_key_only_to_the_facilitator(
    ctx, qtbot, dialogs
):
    p, _r1, _r2 = _story(ctx.db)
    window = _window(ctx, qtbot, p.id)
    _go(window, "dimension")
    assert not window.is_revealed()
    texts = _texts(window)
    assert not re.search(r"\bR\b", texts) and "reveal" not in texts.lower().replace("not revealed yet", "")
    assert window.findChild(QLabel, "cardNoteA").text() == "not revealed yet"
    assert {window.findChild(QLabel, n).text() for n in ("sideValueA", "sideValueB", "jointValue")} == {"?"}
    # The facilitator's places name the key: the control strip's reveal hint, the notes, the help.
    assert window.reveal_hint.isVisible() and "R reveals" in window.reveal_hint.text()
    assert (
        window.strip.font().pixelSize() < ws.sizes(window.height())["body"] / 1.5
    )  # small, not for the room
    assert "press R to reveal" in window.notes.notes_label.text()
    window.toggle_reveal()
    assert not window.reveal_hint.isVisible() and "? or F1 keys" in plain(window.strip.text())

    ctx.set_language("zh")
    window.toggle_reveal()
    assert not window.is_revealed()
    zh = plain(_texts(window))
    assert "按 R" not in zh and not re.search(r"\bR\b", zh) and "尚未揭晓" in zh


def _luminance(colour: QColor) -> float:
    def channel(c: float) -> float:
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4

    return (
        0.2126 * channel(colour.redF()) + 0.7152 * channel(colour.greenF()) + 0.0722 * channel(colour.blueF())
    )


def _contrast(a: QColor, b: QColor) -> float:
    light, dark = sorted((_luminance(a), _luminance(b)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


@pytest.mark.parametrize("lang", ["en", "zh"])
@pytest.mark.parametrize("size", SIZES)
def test_on_a_hidden_screen_the_facilitator_can_read_the_reveal_key_and_the_slide_does_not_say_it(
    ctx, qtbot, dialogs, size, lang
):
    """The strip is faint by design; on a hidden screen its reveal hint is the one place on the presentation
    naming R, so it is legible (at least HINT_MIN_PX and larger than the strip, 4.5:1 contrast at least) and it
    sits below the slide, not on it."""
    p, _r1, _r2 = _story(ctx.db)
    window = _window(ctx, qtbot, p.id, size=size)
    ctx.set_language(lang)
    _go(window, "dimension")
    _settle()
    assert not window.is_revealed()
    hint = window.reveal_hint
    assert hint.isVisible() and re.search(r"\bR\b", hint.text()), hint.text()
    assert not window.pages.isAncestorOf(hint)
    assert not re.search(r"\bR\b", _texts(window))
    hint.ensurePolished()
    window.strip.ensurePolished()
    px = hint.font().pixelSize()
    assert px >= ws_style.HINT_MIN_PX and px >= window.strip.font().pixelSize()
    assert hint.font().weight() > window.strip.font().weight()  # bold beside the plain strip
    assert px < ws.sizes(window.height())["body"]  # still the facilitator's, not the room's
    ink = hint.palette().color(hint.foregroundRole())
    assert _contrast(ink, QColor(ws_style.PAPER)) >= 4.5, ink.name()
    # the text is whole on screen, below the slide
    assert hint.width() >= hint.fontMetrics().horizontalAdvance(hint.text())
    assert (
        hint.mapTo(window, QPoint(0, 0)).y()
        >= window.pages.mapTo(window, QPoint(0, window.pages.height())).y()
    )

    window.toggle_reveal()
    assert not hint.isVisible()


@pytest.mark.parametrize("size", SIZES)
@pytest.mark.parametrize("revealed", [False, True])
def test_the_three_cards_share_one_line_for_names_and_values(ctx, qtbot, dialogs, size, revealed):
    p, _r1, _r2 = _story(ctx.db)
    window = _window(ctx, qtbot, p.id, size=size)
    _go(window, "dimension")
    if revealed:
        window.toggle_reveal()
    _settle()
    names = {_y(window, n) for n in ("cardNameA", "cardNameB", "cardNameJoint")}
    values = {_y(window, n) for n in ("sideValueA", "sideValueB", "jointValue")}
    assert len(names) == 1 and len(values) == 1
    heights = {window.findChild(QLabel, n).height() for n in ("cardNameA", "cardNameB", "cardNameJoint")}
    assert len(heights) == 1


@pytest.mark.parametrize("lang", ["en", "zh"])
@pytest.mark.parametrize("size", SIZES)
def test_the_dimension_slide_uses_the_screen_and_fits_with_the_capture_bar(ctx, qtbot, dialogs, lang, size):
    """The revealed scores take most of the slide's height (they sat in its top third); opening the capture bar
    makes the slide smaller, never clipped and never taller than the screen."""
    p, _r1, _r2 = _story(ctx.db)
    if lang == "zh":
        ctx.set_language("zh")
    window = _window(ctx, qtbot, p.id, size=size)
    for nth in range(5):
        _go(window, "dimension", nth)
        window.toggle_reveal()
        _settle()
        slide = window.pages.currentWidget()
        value = window.findChild(QLabel, "sideValueA")
        assert value.font().pixelSize() >= size[1] * 0.15  # 160 px at 1080 lines and more
        table_bottom = max(
            label.mapTo(slide, QPoint(0, label.height())).y() for label in slide.findChildren(QLabel)
        )
        assert table_bottom >= slide.height() * 0.7, window.current_step().key  # no empty two-thirds
        assert slide.sizeHint().height() <= slide.height() + 2
        window.open_capture("action")
        _settle()
        slide = window.pages.currentWidget()
        assert window.height() == size[1]
        assert slide.sizeHint().height() <= slide.height() + 2, window.current_step().key
        window.close_capture()


def test_zh_slides_use_the_same_quotation_marks_as_everywhere_else(ctx, qtbot, dialogs):
    p, _r1, _r2 = _story(ctx.db)
    ctx.set_language("zh")
    window = _window(ctx, qtbot, p.id)
    seen = []
    for n, step in enumerate(window.steps):
        window.show_step(n)
        if step.revealable:
            window.toggle_reveal()
        seen.append(_texts(window) + step.notes)
        window.notes.update_from(window)
        seen.append(window.notes.notes_label.text())
    everything = "\n".join(seen)
    assert "「" not in everything and "」" not in everything
    assert "“" in everything  # the notes name the dimension in “”
