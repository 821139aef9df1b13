"""QA of the exchange and walk-through screens as a demanding user sees them (issues 18 and 19): the invitations
dialog fits a 1280×720 screen after the export, Chinese joins names with a full-width colon, and the finished
walk-through of an invited respondent reads as one page."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt

from healthdesk.framework import default_framework
from healthdesk.models.db import Database
from healthdesk.services import exchange, responses, rounds
from healthdesk.ui.common import tasks
from healthdesk.ui.common.context import AppContext
from healthdesk.ui.exchange.export import ExportInvitationsDialog
from healthdesk.ui.exchange.import_preview import ImportPreviewDialog
from tests.test_exchange_support import answer

pytestmark = pytest.mark.gui

SCREEN_720 = 720 - 80  # a 1280×720 screen less a title bar and a panel


@pytest.fixture(autouse=True)
def _queue_stopped_after_each_test():
    yield
    tasks.shutdown()


def _exported(ctx, make_partnership, qtbot, tmp_path, people=9):
    p = make_partnership(ctx)
    r = rounds.create_round(ctx.db, p.id, "2025 H1", date(2025, 1, 15))
    for n in range(people):
        rounds.add_respondent(ctx.db, r.id, f"Respondent with a long name {n}", "AB"[n % 2])
    dialog = ExportInvitationsDialog(ctx, p.id)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.folder_edit.setText(str(tmp_path / "a folder with a rather long name for the invitations"))
    dialog.email_edit.setText("facilitator@example.com")
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.busy(), timeout=60_000)
    return dialog


def test_invitations_dialog_fits_a_720_screen_after_the_export(ctx, make_partnership, qtbot, tmp_path):
    dialog = _exported(ctx, make_partnership, qtbot, tmp_path)
    assert len(dialog.written) == 9 and dialog.message_box.isVisible()
    # It could be made as small as a 1280×720 screen allows, and is no taller than its own screen.
    assert dialog.minimumSizeHint().height() <= SCREEN_720
    assert dialog.minimumHeight() <= SCREEN_720
    assert dialog.layout().totalHeightForWidth(900) <= SCREEN_720  # what it asks for, at a screenshot's width
    assert dialog.height() <= dialog.screen().availableGeometry().height() - 80
    dialog.resize(dialog.width(), SCREEN_720)
    assert dialog.height() == SCREEN_720
    # Enter now closes the dialog; it does not write every invitation again.
    assert dialog.close_button.isDefault() and not dialog.export_button.isDefault()
    # The message stays readable and the buttons reachable at that size.
    assert dialog.message_view.height() >= 80 and dialog.close_button.isVisible()
    # The banner says how many and where; the short list under it names all nine files, whole (so does its tooltip).
    banner = dialog.done_banner.text()
    assert "9 invitations written" in banner and "…" not in banner
    assert dialog.files_list.count() == 9 and dialog.files_list.isVisible()
    assert dialog.done_banner.toolTip().count(".hdinvite") == 9


def test_invitation_person_list_uses_a_full_width_colon_in_chinese(ctx_zh, make_partnership, qtbot, tmp_path):
    dialog = _exported(ctx_zh, make_partnership, qtbot, tmp_path, people=4)
    first = dialog.message_person.itemText(0)
    assert "：" in first and ": " not in first
    assert dialog.done_banner.text().endswith("：")  # the files follow in the list under it


def test_import_summary_uses_a_full_width_colon_in_chinese(ctx_zh, make_partnership, qtbot, tmp_path):
    p = make_partnership(ctx_zh)
    r = rounds.create_round(ctx_zh.db, p.id, "2025 H1", date(2025, 1, 15))
    rounds.add_respondent(ctx_zh.db, r.id, "Li Wei", "A")
    inv = exchange.export_invitations(ctx_zh.db, p.id, "2025 H1", tmp_path / "inv")[0]
    laptop = Database.open(tmp_path / "laptop")
    try:
        opened = exchange.open_invitation(laptop, inv.path)
        answer(laptop, opened.respondent_id, 4)
        responses.submit_response(laptop, opened.respondent_id)
        path = exchange.export_response(laptop, opened.respondent_id, tmp_path / "li.hdresponse").path
    finally:
        laptop.close()
    junk = tmp_path / "转发的邮件.hdresponse"
    junk.write_text("{")
    dialog = ImportPreviewDialog(ctx_zh, [str(path), str(junk)])
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: not dialog.busy(), timeout=60_000)
    text = dialog.summary.text()
    assert "：1" in text and ": " not in text
    assert dialog.table.item(0, 1).text() == "Li Wei（A）"
    # The JSON parser's English stays out of the Chinese refusal; the tooltip keeps it as technical detail.
    refused = dialog.table.item(1, 4)
    assert refused.text().startswith("该文件不是 HealthDesk") and "Expecting" not in refused.text()
    assert "技术细节：" in refused.toolTip() and "Expecting" in refused.toolTip()


def test_finished_invitation_reads_as_one_page(ctx, make_partnership, qtbot, tmp_path):
    from healthdesk.ui.exchange import actions as ui_exchange

    p = make_partnership(ctx)
    r = rounds.create_round(ctx.db, p.id, "2025 H1", date(2025, 1, 15))
    rounds.add_respondent(ctx.db, r.id, "Li Wei", "A")
    inv = exchange.export_invitations(
        ctx.db, p.id, "2025 H1", tmp_path / "inv", facilitator_email="f@example.com"
    )[0]
    laptop_db = Database.open(tmp_path / "laptop")
    laptop = AppContext(laptop_db, data_dir=tmp_path / "laptop", lang="en")
    try:
        opened = exchange.open_invitation(laptop_db, inv.path)
        answer(laptop_db, opened.respondent_id, {i.id: 3 for i in default_framework().indicators})
        responses.submit_response(laptop_db, opened.respondent_id)
        window = ui_exchange.show_walkthrough(laptop, opened.respondent_id, None, True, inv.path)
        qtbot.addWidget(window)
        panel = window.top_panel
        wt = window.walkthrough
        # The saved-file panel sits under the page's own thank-you, not as a second "submitted" heading above it.
        assert wt.review_page.isAncestorOf(panel)
        assert wt.thanks_box.isVisible() and panel.isVisible()
        assert (
            wt.thanks_box.mapTo(window, wt.thanks_box.rect().topLeft()).y()
            < panel.mapTo(window, panel.rect().topLeft()).y()
        )
        assert "submitted" not in panel.heading.text() and "saved" in panel.heading.text()
        # The keyboard starts on "Show in folder", not on the step list (no focus frame there).
        assert window.focusWidget() is panel.show_folder
        window.close()
    finally:
        laptop_db.close()


def test_review_lists_missing_indicators_with_chinese_separators(ctx_zh, make_partnership, qtbot, tmp_path):
    from healthdesk.ui.walkthrough.window import WalkthroughWidget

    p = make_partnership(ctx_zh)
    r = rounds.create_round(ctx_zh.db, p.id, "2025 H1", date(2025, 1, 15))
    who = rounds.add_respondent(ctx_zh.db, r.id, "Li Wei", "A")
    widget = WalkthroughWidget(ctx_zh, who.id)
    qtbot.addWidget(widget)
    widget.go_to_page(widget.review_index())
    links = widget.missing_box.text().split("<br>")[-1]
    assert links.count("、") == len(default_framework().indicators) - 1 and "</a>, <a" not in links
    widget.submit(confirm=False)  # refused: the banner names what is missing, joined with "；"
    assert "；" in widget.submit_message.text() and "; " not in widget.submit_message.text()


def test_submitted_walkthrough_does_not_ask_for_a_comment(ctx, make_partnership, qtbot):
    from healthdesk.ui.walkthrough.window import WalkthroughWidget

    p = make_partnership(ctx)
    r = rounds.create_round(ctx.db, p.id, "2025 H1", date(2025, 1, 15))
    who = rounds.add_respondent(ctx.db, r.id, "Li Wei", "A")
    answer(ctx.db, who.id, 3)
    widget = WalkthroughWidget(ctx, who.id)
    qtbot.addWidget(widget)
    assert "Anything else" in widget.comment_box.edit.placeholderText()
    assert widget.submit(confirm=False)
    assert widget.comment_box.edit.placeholderText() == "No overall comment."


def test_respondent_mode_refusal_shows_the_data_folder_on_one_line(qtbot, tmp_path):
    from PySide6.QtWidgets import QLabel

    from healthdesk.errors import LockedError
    from healthdesk.ui.walkthrough.room import respondent_mode_box

    path = "/tmp/healthdesk-shots-9st5di4l/11/data"
    box = respondent_mode_box(None, LockedError("respondent_mode", path=path))
    qtbot.addWidget(box)
    box.show()
    label = box.findChild(QLabel, "qt_msgbox_informativelabel")
    line = f"Data folder: {path}"
    assert label.fontMetrics().horizontalAdvance(line) <= label.contentsRect().width()
