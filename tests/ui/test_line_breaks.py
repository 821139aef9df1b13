"""Words stay whole across lines: the level texts of the answer cards break between clauses (never "也快 / 于双方"
or "持续增 / 长"), key hints of the workshop never break inside a hint, a PIN wait stays on one line."""

from __future__ import annotations

import pytest

from healthdesk.ui.common import linebreak


def test_linebreak_rule_keeps_clause_pieces_and_marked_units():
    def measure(text: str) -> float:
        return sum(2 if linebreak._wide(ch) or ch in "，。、" else ch != "\u2060" for ch in text)

    # Any width at which the text needs two or more lines: never a piece of one or two characters of a clause.
    for text in ("增长快于计划，也快于双方各自业务。", "节约显著且持续增长，并公平分享。"):
        for width in range(14, 34):
            lengths = linebreak.break_lines(text, width, measure)
            lines = [text[sum(lengths[:i]) : sum(lengths[: i + 1])] for i in range(len(lengths))]
            assert "".join(lines) == text
            assert not any(line.startswith(("于", "长")) for line in lines), (width, lines)
            assert all(len(line.strip()) >= 3 for line in lines), (width, lines)
    # A run marked as a unit stays whole: key hints break between hints only, at any width.
    hints = ["N 备注", "L 中文/English", "? 或 F1 按键", "N notes"]
    text = linebreak.join_hints(hints)
    for width in range(16, 60):  # from the widest hint's width on
        start, lines = 0, []
        for n in linebreak.break_lines(text, width, measure):
            lines.append(text[start : start + n].replace("\u2060", "").replace("\u00a0", " "))
            start += n
        for hint in hints:
            assert any(hint in line for line in lines), (width, lines)


@pytest.mark.parametrize(
    "text",
    ["增长快于计划，也快于双方各自业务。", "节约显著且持续增长，并公平分享。"],
)
def test_level_card_breaks_between_clauses(qapp, text):
    from healthdesk.ui.walkthrough.widgets import BalancedWrapLabel

    label = BalancedWrapLabel(text)
    widths = [w for w in range(40, 400, 3) if len(label.lines(w)) == 2]
    assert widths
    first_clause = text[: text.index("，") + 1]
    for width in widths:
        assert label.lines(width) == [first_clause, text[len(first_clause) :]], width


# -- as Qt lays the labels out ------------------------------------------------------------------------------------


def _qt_lines(label, width: int) -> list[str]:
    """The lines of ``label``'s text as a word-wrapped QLabel lays them out ``width`` pixels wide."""
    from PySide6.QtCore import QPointF
    from PySide6.QtGui import QTextLayout, QTextOption

    text = label.text()
    layout = QTextLayout(text, label.font())
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WordWrap)
    layout.setTextOption(option)
    layout.beginLayout()
    y = 0.0
    while (line := layout.createLine()).isValid():
        line.setLineWidth(width)
        line.setPosition(QPointF(0, y))
        y += line.height()
    layout.endLayout()
    return [
        linebreak.plain(
            text[layout.lineAt(i).textStart() : layout.lineAt(i).textStart() + layout.lineAt(i).textLength()]
        )
        for i in range(layout.lineCount())
    ]


def _assert_whole(label, units: list[str]) -> None:
    """Each unit on one line, at the label's width and at every narrower width that still holds the widest."""
    label.ensurePolished()
    metrics = label.fontMetrics()
    widest = max(metrics.horizontalAdvance(unit) for unit in units) + 2
    full = label.contentsRect().width() - max(0, label.indent())
    assert full >= widest, (full, widest)
    for width in [full, *range(widest, full, 7)]:
        lines = _qt_lines(label, width)
        for unit in units:
            assert any(unit in line for line in lines), (width, unit, lines)


SIZES = [(1280, 720), (1920, 1080)]


@pytest.mark.parametrize("size", SIZES)
@pytest.mark.parametrize("lang", ["en", "zh"])
def test_workshop_key_hints_wrap_between_hints_never_inside_one(ctx, qtbot, dialogs, size, lang):
    import re

    from tests.ui.test_workshop import _story, _window

    p, _r1, _r2 = _story(ctx.db)
    window = _window(ctx, qtbot, p.id, size=size)
    ctx.set_language(lang)
    window.show_step(next(n for n, s in enumerate(window.steps) if s.kind == "dimension"))
    # the notes overlay (one screen) and the notes window (two screens)
    window.shared_screen = True
    window.toggle_notes()
    qtbot.waitUntil(window.overlay.isVisible)
    keys = window.overlay.keys_label
    hints = linebreak.plain(keys.text()).split(" · ")
    assert "N notes" in hints or "N 备注" in hints
    _assert_whole(keys, hints)
    # the notes' prose: a key named with what it does ("按 A 记录行动") stays on one line
    pressed = re.findall(
        r"按 [A-Z?](?: 或 \w+)? [\u4e00-\u9fff]+", linebreak.plain(window.overlay.notes_label.text())
    )
    assert bool(pressed) == (lang == "zh")
    if pressed:
        _assert_whole(window.overlay.notes_label, pressed)
    window.toggle_notes()
    window.notes.update_from(window)
    window.notes.show()
    qtbot.waitExposed(window.notes)
    _assert_whole(window.notes.keys_label, hints)
    if pressed:
        _assert_whole(window.notes.notes_label, pressed)
    window.notes.hide()
    # the capture bar's hint: its parts, its keys, what follows saving ("短期目标" whole)
    window.open_capture("goal")
    hint = window.capture.hint
    qtbot.waitUntil(hint.isVisible)
    units = [u for u in re.split(r"\s+[·—]\s+", linebreak.plain(hint.text())) if u]
    assert len(units) >= 8 and any("Short-term goal" in u or "短期目标" in u for u in units)
    _assert_whole(hint, units)


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_the_notes_heading_lines_up_with_the_lines_around_it(ctx, qtbot, dialogs, lang):
    from tests.ui.test_workshop import _story, _window

    p, _r1, _r2 = _story(ctx.db)
    window = _window(ctx, qtbot, p.id, size=(1366, 768))
    ctx.set_language(lang)
    window.show_step(next(n for n, s in enumerate(window.steps) if s.kind == "dimension"))
    window.notes.update_from(window)
    window.notes.show()
    qtbot.waitExposed(window.notes)
    notes = window.notes

    def left_ink(label) -> int:
        image = label.grab().toImage()
        for x in range(image.width()):
            if any(image.pixelColor(x, y).lightness() < 140 for y in range(image.height())):
                return label.mapTo(notes, label.rect().topLeft()).x() + x
        raise AssertionError(label.text())

    heading = left_ink(notes.captured_title)
    for other in (notes.captured_label, notes.notes_label, notes.step_label):
        assert abs(heading - left_ink(other)) <= 1, (heading, left_ink(other), other.text())


@pytest.mark.parametrize("size", [(1280, 720), (1366, 768), (1920, 1080)])
def test_the_control_strip_is_legible_for_the_facilitator_and_quiet_for_the_room(ctx, qtbot, dialogs, size):
    from PySide6.QtGui import QColor

    from healthdesk.ui.workshop import style as ws_style
    from tests.ui.test_workshop import _story, _window
    from tests.ui.test_workshop_one_screen import _contrast

    p, _r1, _r2 = _story(ctx.db)
    window = _window(ctx, qtbot, p.id, size=size)
    strip = window.strip
    strip.ensurePolished()
    assert strip.isVisible() and "N notes" in linebreak.plain(strip.text())
    px = strip.font().pixelSize()
    assert (
        ws_style.HINT_MIN_PX <= px < ws_style.sizes(window.height())["body"]
    )  # the laptop's, not the room's
    ink = strip.palette().color(strip.foregroundRole())
    assert _contrast(ink, QColor(ws_style.PAPER)) >= 7, ink.name()
    assert ink.name() != QColor(ws_style.INK).name()  # grey, quieter than the slide
    # While the capture bar is open its own key line counts, and the strip gives the slide its room.
    window.show_step(next(n for n, s in enumerate(window.steps) if s.kind == "dimension"))
    window.open_capture("action")
    qtbot.waitUntil(window.capture.isVisible)
    assert not strip.isVisible()
    window.close_capture()
    qtbot.waitUntil(strip.isVisible)


def test_the_pin_wait_stays_whole_on_one_line(ctx_zh, qtbot):
    from healthdesk.services.pin_guard import PinState
    from healthdesk.ui.walkthrough.respondent import PinDialog

    dialog = PinDialog(None, lambda: PinState(failures=9, wait_seconds=14 * 60 + 37, locked=True))
    qtbot.addWidget(dialog)
    dialog.timer.stop()
    dialog.show()
    qtbot.waitExposed(dialog)
    assert "14 分 37 秒" in linebreak.plain(dialog.wait_label.text())
    _assert_whole(dialog.wait_label, ["14 分 37 秒"])
