"""The record's governance members table is as tall as its rows: the page scrolls, the table does not, so a
partnership with eight members shows all eight instead of two rows behind a second scroll bar."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication


def test_members_table_shows_every_row_without_its_own_scrolling(main_window, ctx, qtbot):
    main_window.resize(1366, 768)
    main_window.act_new.trigger()
    form = main_window.pages["record"]
    for n in range(8):
        form.add_member_row()
        form.members.item(n, 0).setText(f"Member {n + 1}")
    for _ in range(3):
        QApplication.sendPostedEvents()
    table = form.members
    shown = table.viewport().height()
    needed = sum(table.rowHeight(r) for r in range(table.rowCount()))
    assert shown >= needed
    assert table.verticalScrollBar().maximum() == 0
    tall = table.height()
    table.removeRow(7)
    assert table.height() < tall  # and shrinks again when a member is removed
