"""The main window and its partnership list on a fresh data folder."""

from __future__ import annotations


def test_main_window_lists_partnerships_from_the_database(ctx, make_partnership, main_window, qtbot):
    make_partnership(ctx, name="Alpha alliance", code="ALPHA")
    ctx.data_changed.emit()
    page = main_window.pages["partnerships"]
    qtbot.waitUntil(lambda: page.visible_names() == ["Alpha alliance"])
    assert main_window.windowTitle().endswith("HealthDesk")
