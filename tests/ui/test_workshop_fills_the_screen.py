"""The agenda, overview, blind-round and voices slides use the projector: at 1920×1080 their content reaches the
lower part of the slide in type the back of the room can read (they sat in its top half), short quotes are larger
than body text, and everything still fits, never clipped, at 1280×720."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint
from PySide6.QtWidgets import QLabel

from healthdesk.services import rounds
from healthdesk.ui.workshop import window as ws
from tests.builders import add_submitted
from tests.ui.test_workshop import _story, _window
from tests.ui.test_workshop_one_screen import _go, _settle


def _bottom(slide) -> int:
    return max(
        label.mapTo(slide, QPoint(0, label.height())).y()
        for label in slide.findChildren(QLabel)
        if label.text() and label.isVisible()
    )


@pytest.mark.parametrize("lang", ["en", "zh"])
@pytest.mark.parametrize("size", [(1920, 1080), (1280, 720)])
def test_agenda_overview_and_voices_fill_the_slide(ctx, qtbot, dialogs, lang, size):
    p, _r1, _r2 = _story(ctx.db)
    if lang == "zh":
        ctx.set_language("zh")
    window = _window(ctx, qtbot, p.id, size=size)
    heading = ws.sizes(size[1])["heading"]
    for kind in ("agenda", "overview"):
        _go(window, kind)
        if window.current_step().revealable:
            window.toggle_reveal()
        _settle()
        slide = window.pages.currentWidget()
        assert _bottom(slide) >= slide.height() * 0.6, kind  # not crowded into the top half
        assert slide.sizeHint().height() <= slide.height() + 2, kind  # and never clipped
    _go(window, "agenda")
    _settle()
    assert all(label.font().pixelSize() > heading for label in window.findChildren(QLabel, "agendaItem"))
    _go(window, "overview")
    window.toggle_reveal()
    _settle()
    names = window.findChildren(QLabel, "overviewDimension")
    assert len(names) == 5 and all(label.font().pixelSize() >= heading for label in names)
    _go(window, "voices")
    _settle()
    slide = window.pages.currentWidget()
    quotes = [label for label in slide.findChildren(QLabel) if label.property("ws") == "quote"]
    assert quotes and all(label.font().pixelSize() > ws.sizes(size[1])["body"] for label in quotes)
    assert slide.sizeHint().height() <= slide.height() + 2


def test_long_quotes_fall_back_to_body_type_and_still_fit(ctx, qtbot, dialogs):
    p, _r1, _r2 = _story(ctx.db)
    window = _window(ctx, qtbot, p.id, size=(1280, 720))
    long = "The joint team still has no agreed scope and every quarter the two sides argue again " * 3
    assert window.slides.quote_px([long] * 4) == ws.sizes(720)["body"]
    assert window.slides.quote_px(["Short one"] * 4) > ws.sizes(720)["body"]


def test_blind_round_counts_fill_the_slide(ctx, qtbot, dialogs):
    p, _r1, _r2 = _story(ctx.db)
    r3 = rounds.create_round(ctx.db, p.id, "2026 H2", "2026-05-20", blind=True)
    add_submitted(ctx.db, r3.id, "A", [5, 5, 5], prefix="n")
    add_submitted(ctx.db, r3.id, "B", [1, 1], prefix="n")
    window = _window(ctx, qtbot, p.id)
    _go(window, "blind")
    _settle()
    slide = window.pages.currentWidget()
    counts = [label.text() for label in window.findChildren(QLabel, "blindCount")]
    assert counts == ["3", "2"]  # submitted per side, in the largest type
    assert _bottom(slide) >= slide.height() * 0.5


def test_chinese_gap_sentence_has_no_space_before_de(ctx, qtbot, dialogs):
    """“云启软件的评分高出 1.21”, not “云启软件 的评分…”: no ASCII space between a Chinese name and 的."""
    p, _r1, _r2 = _story(ctx.db)
    ctx.set_language("zh")
    window = _window(ctx, qtbot, p.id)
    texts = []
    for nth in range(5):
        _go(window, "dimension", nth)
        window.toggle_reveal()
        texts += [label.text() for label in window.pages.currentWidget().findChildren(QLabel)]
    said = [t for t in texts if "的评分高出" in t]
    assert said and not any(" 的" in t for t in said)


def test_captured_owner_in_full_width_brackets_in_chinese(ctx, qtbot, dialogs):
    p, _r1, _r2 = _story(ctx.db)
    window = _window(ctx, qtbot, p.id)
    _go(window, "dimension")
    window.open_capture("action")
    window.capture.title_edit.insert("每周一次联合商机复盘")
    qtbot.keyClicks(window.capture.owner_edit, "Emily Zhao")
    window.capture.set_side("B")
    assert window.save_capture()
    assert "▸ 每周一次联合商机复盘 (Emily Zhao)" in window.captured_lines()
    ctx.set_language("zh")
    assert "▸ 每周一次联合商机复盘（Emily Zhao）" in window.captured_lines()


@pytest.mark.parametrize("size", [(1920, 1080), (1280, 720)])
def test_a_few_captured_rows_are_larger_than_body_text_and_fit(ctx, qtbot, dialogs, size):
    p, _r1, _r2 = _story(ctx.db)
    window = _window(ctx, qtbot, p.id, size=size)
    _go(window, "dimension")
    for title in ("Weekly joint pipeline call", "One price list for bundles"):
        window.open_capture("action")
        window.capture.title_edit.insert(title)
        assert window.save_capture()
    _go(window, "captured")
    _settle()
    slide = window.pages.currentWidget()
    rows = [label for label in slide.findChildren(QLabel) if label.objectName().startswith("captured")]
    assert len(rows) == 2 and all(label.font().pixelSize() > ws.sizes(size[1])["body"] for label in rows)
    assert slide.sizeHint().height() <= slide.height() + 2
