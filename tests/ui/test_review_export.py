"""Export JMC review… from the app: the dialog writes the PDF on a worker with progress while the window stays
responsive, proposes the file name in the folder used last, offers to open the file, and keeps every choice when
something goes wrong. Reached from the File menu, the dashboard and the action plan page."""

from __future__ import annotations

import threading
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QTimer, QUrl

from healthdesk.reports.sample import build_sample
from healthdesk.services import partnerships as partnership_svc
from healthdesk.services import rounds as round_svc
from healthdesk.ui.common import tasks
from healthdesk.ui.review import export as review_export
from healthdesk.ui.review.export import ReviewExportDialog

AS_OF = date(2024, 12, 1)


@pytest.fixture
def sample(ctx):
    partnership = build_sample(ctx.db, 2, per_side=3)
    for rnd in partnership_svc.get_partnership(ctx.db, partnership.id).rounds:  # preliminary review shared
        round_svc.set_round_sharing(ctx.db, rnd.id, False)
    return partnership


def make_dialog(qtbot, ctx, partnership_id) -> ReviewExportDialog:
    dialog = ReviewExportDialog(ctx, partnership_id, as_of=AS_OF)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_writes_the_review_on_a_worker_with_progress_and_offers_to_open_it(
    qtbot, ctx, sample, tmp_path, monkeypatch
):
    dialog = make_dialog(qtbot, ctx, sample.id)
    assert dialog.round_combo.currentText().startswith("2021-H2")  # the latest round started by the date
    assert Path(dialog.file_edit.text()).name == "CSHK 2021-H2 JMC review (en).pdf"
    target = tmp_path / "out" / "review.pdf"
    target.parent.mkdir()
    dialog.file_edit.setText(str(target))
    dialog.hold = threading.Event()  # the worker waits after its first progress report until released
    dialog.export_button.click()
    task = dialog.task
    assert task is not None
    qtbot.waitUntil(lambda: dialog.progress.isVisible() and dialog.progress.maximum() > 1)
    # The GUI thread runs while the job draws on the background queue: a timer fires, the controls are locked.
    assert tasks.busy() and not task.done
    with qtbot.waitSignal(ctx.status_message, timeout=5000):
        QTimer.singleShot(0, lambda: ctx.show_status("still responsive"))
    assert not dialog.export_button.isEnabled() and not dialog.lang_combo.isEnabled()
    dialog.reject()  # closing is refused while the file is written
    assert dialog.isVisible()
    with qtbot.waitSignal(dialog.exported, timeout=120_000) as done:
        dialog.hold.set()
    assert done.args == [str(target)]
    qtbot.waitUntil(lambda: dialog.task is None)
    assert target.read_bytes().startswith(b"%PDF")
    pages = [p.extract_text() or "" for p in PdfReader(str(target)).pages]
    assert "Partnership health review" in pages[0] and "Executive summary" in pages[1]
    assert dialog.progress.value() == dialog.progress.maximum()
    assert dialog.done_banner.isVisible() and str(target) in dialog.done_banner.text()
    assert dialog.export_button.isEnabled()
    opened: list[QUrl] = []
    monkeypatch.setattr(review_export.QDesktopServices, "openUrl", lambda url: opened.append(url) or True)
    assert dialog.open_button.isVisible()
    dialog.open_button.click()
    assert [u.toLocalFile() for u in opened] == [str(target)]
    # The next dialog proposes the folder used last.
    again = make_dialog(qtbot, ctx, sample.id)
    assert Path(again.file_edit.text()).parent == target.parent


def test_language_paper_and_sections_are_used(qtbot, ctx, sample, tmp_path):
    dialog = make_dialog(qtbot, ctx, sample.id)
    dialog.lang_combo.setCurrentIndex(review_export.LANGS.index("zh"))
    assert Path(dialog.file_edit.text()).name == "CSHK 2021-H2 合作健康度评审报告.pdf"
    dialog.paper_combo.setCurrentIndex(review_export.PAPERS.index("letter"))
    for name in ("summary", "results", "voices", "method", "signoff"):
        dialog.section_boxes[name].setChecked(False)
    target = tmp_path / "fu.pdf"
    dialog.file_edit.setText(str(target))
    with qtbot.waitSignal(dialog.exported, timeout=120_000):
        dialog.export_button.click()
    reader = PdfReader(str(target))
    box = reader.pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (612, 792)  # US Letter
    text = "\n".join(p.extract_text() or "" for p in reader.pages)
    assert "合作健康度评审报告" in text and "后续跟进" in text  # cover and follow-up, in Chinese
    assert "执行摘要" not in text and "评估方法" not in text
    for n in range(1, len(reader.pages) + 1):
        assert f"第 {n} 页，共 {len(reader.pages)} 页" in text


def test_no_section_chosen_cannot_export(qtbot, ctx, sample):
    dialog = make_dialog(qtbot, ctx, sample.id)
    for box in dialog.section_boxes.values():
        box.setChecked(False)
    assert not dialog.export_button.isEnabled()
    dialog.section_boxes["followup"].setChecked(True)
    assert dialog.export_button.isEnabled()


def test_errors_say_what_happened_and_keep_the_choices(qtbot, ctx, sample, tmp_path):
    dialog = make_dialog(qtbot, ctx, sample.id)
    dialog.lang_combo.setCurrentIndex(review_export.LANGS.index("bilingual"))
    dialog.paper_combo.setCurrentIndex(review_export.PAPERS.index("letter"))
    dialog.section_boxes["voices"].setChecked(False)
    missing = tmp_path / "no such folder" / "review.pdf"
    dialog.file_edit.setText(str(missing))
    dialog.export_button.click()
    assert dialog.error_banner.isVisible() and "no such folder" in dialog.error_banner.text()
    # A failure on the worker: the target is a folder, so the finished file cannot take its place.
    blocked = tmp_path / "taken.pdf"
    blocked.mkdir()
    dialog.file_edit.setText(str(blocked))
    with qtbot.waitSignal(dialog.export_failed, timeout=120_000) as failed:
        dialog.export_button.click()
    assert "could not be written" in failed.args[0] and str(blocked) in failed.args[0]
    qtbot.waitUntil(lambda: dialog.task is None)
    assert dialog.error_banner.isVisible() and not dialog.progress.isVisible()
    assert dialog.chosen_lang() == "bilingual" and dialog.chosen_paper() == "letter"
    assert not dialog.section_boxes["voices"].isChecked() and dialog.section_boxes["method"].isChecked()
    assert dialog.file_edit.text() == str(blocked)
    assert list(tmp_path.glob("*.tmp")) == [] and list(blocked.iterdir()) == []
    # Fixed, it works.
    dialog.file_edit.setText(str(tmp_path / "ok.pdf"))
    with qtbot.waitSignal(dialog.exported, timeout=120_000):
        dialog.export_button.click()
    assert not dialog.error_banner.isVisible()


def test_a_planned_round_is_not_the_default(qtbot, ctx, sample):
    round_svc.create_round(ctx.db, sample.id, "2025-H1", date(2025, 3, 1))
    dialog = make_dialog(qtbot, ctx, sample.id)
    assert dialog.round_combo.count() == 3
    assert dialog.chosen_round().label == "2021-H2"
    assert "planned" in dialog.round_combo.itemText(0)


def test_reached_from_the_file_menu_the_dashboard_and_the_action_plan(qtbot, main_window, ctx, sample):
    action = main_window.act_export_review
    assert action in main_window.menu_file.actions() and action.text() == "Export JMC &review…"
    main_window.set_partnership(None)
    assert not action.isEnabled()
    main_window.set_partnership(sample.id)
    assert action.isEnabled()
    action.trigger()
    dialog = main_window.review_export_dialog
    assert dialog.isVisible() and dialog.partnership.id == sample.id
    dialog.close()
    for page in ("dashboard", "followup"):
        main_window.show_page(page)
        button = main_window.page(page).findChild(review_export.ExportReviewButton)
        assert button is not None and button.text() == "Export JMC review…"
        button.click()
        dialog = main_window.review_export_dialog
        qtbot.waitUntil(dialog.isVisible)
        assert dialog.partnership.id == sample.id
        dialog.close()


def test_chinese_texts(qtbot, ctx_zh, sample):
    dialog = make_dialog(qtbot, ctx_zh, sample.id)
    assert dialog.windowTitle() == "导出联合管理委员会评审报告"
    assert dialog.lang_combo.currentText() == "中文"
    assert dialog.export_button.text() == "导出"
    assert "（" in dialog.section_boxes["results"].text()


def test_the_file_is_finished_even_if_the_dialog_goes_away_while_it_is_drawn(qtbot, ctx, sample, tmp_path):
    dialog = make_dialog(qtbot, ctx, sample.id)
    target = tmp_path / "late.pdf"
    dialog.file_edit.setText(str(target))
    hold = dialog.hold = threading.Event()
    dialog.export_button.click()
    task = dialog.task
    qtbot.waitUntil(lambda: dialog.progress.maximum() > 1)
    dialog.deleteLater()  # the window that owned it closed
    qtbot.waitUntil(lambda: not qtbot_alive(dialog))
    hold.set()
    assert task.wait(120)  # the job went on without the dialog
    assert target.read_bytes().startswith(b"%PDF")


def qtbot_alive(widget) -> bool:  # noqa: ANN001
    from shiboken6 import isValid

    return isValid(widget)


def test_a_round_whose_results_are_hidden_says_why_and_writes_nothing(qtbot, ctx, sample, tmp_path):
    blind = round_svc.create_round(ctx.db, sample.id, "Blind", date(2024, 9, 1), blind=True)
    round_svc.add_respondent(ctx.db, blind.id, "Someone", "A")
    dialog = make_dialog(qtbot, ctx, sample.id)
    dialog.round_combo.setCurrentIndex(dialog.round_combo.findData(blind.id))
    target = tmp_path / "blind.pdf"
    dialog.file_edit.setText(str(target))
    with qtbot.waitSignal(dialog.export_failed) as failed:
        dialog.export_button.click()
    assert failed.args[0].startswith("The review cannot be made:") and len(failed.args[0]) > 30
    assert dialog.task is None and not target.exists()
    assert dialog.chosen_round().id == blind.id  # the choice stays


def test_an_open_round_shared_only_once_closed_is_refused_as_on_the_command_line(
    qtbot, ctx, sample, tmp_path
):
    """Two reviews of an open round, before and after one more submission, would give a person's scores away:
    the dialog refuses with the same words as ``healthdesk report`` and names the last closed round."""
    open_round = round_svc.create_round(ctx.db, sample.id, "Open", date(2024, 10, 1))
    round_svc.set_round_status(ctx.db, open_round.id, "open")
    round_svc.set_round_sharing(ctx.db, open_round.id, True)
    dialog = make_dialog(qtbot, ctx, sample.id)
    dialog.round_combo.setCurrentIndex(dialog.round_combo.findData(open_round.id))
    target = tmp_path / "open.pdf"
    dialog.file_edit.setText(str(target))
    with qtbot.waitSignal(dialog.export_failed) as failed:
        dialog.export_button.click()
    assert "shares its results only once it is closed" in failed.args[0] and "'2021-H1'" in failed.args[0]
    assert dialog.task is None and not target.exists()
    round_svc.set_round_sharing(ctx.db, open_round.id, False)  # preliminary results shared on purpose
    with qtbot.waitSignal(dialog.exported, timeout=120_000):
        dialog.export_button.click()
    assert target.exists()
    qtbot.waitUntil(lambda: dialog.task is None)


# -- key messages (issue 16, section 3) ---------------------------------------------------------------------


def test_key_messages_are_edited_saved_with_the_round_and_printed(qtbot, ctx, sample, tmp_path):
    from healthdesk.services.key_messages import get_key_messages

    dialog = make_dialog(qtbot, ctx, sample.id)
    rnd = dialog.chosen_round()
    assert dialog.message_edits["en"].toPlainText() == "" and not dialog.save_messages_button.isEnabled()
    dialog.message_edits["en"].setPlainText("Renewal due in March\n\n<b>Budget</b> frozen\n")
    dialog.message_edits["zh"].setPlainText("续签在即")
    assert dialog.save_messages_button.isEnabled()
    assert dialog.save_messages()
    assert get_key_messages(ctx.db, rnd.id) == {
        "en": ("Renewal due in March", "<b>Budget</b> frozen"),
        "zh": ("续签在即",),
    }
    assert not dialog.save_messages_button.isEnabled()
    # changed again and exported: saved first, then printed above the diagnosis
    dialog.message_edits["en"].setPlainText("Renewal due in April")
    target = tmp_path / "km.pdf"
    dialog.file_edit.setText(str(target))
    for name in ("results", "voices", "followup", "method", "signoff"):
        dialog.section_boxes[name].setChecked(False)
    with qtbot.waitSignal(dialog.exported, timeout=120_000):
        dialog.export_button.click()
    assert get_key_messages(ctx.db, rnd.id)["en"] == ("Renewal due in April",)
    text = "\n".join(p.extract_text() or "" for p in PdfReader(str(target)).pages)
    assert "Renewal due in April" in text and text.index("Key messages") < text.index("Diagnosis")
    # another dialog shows them as stored
    again = make_dialog(qtbot, ctx, sample.id)
    assert again.message_edits["en"].toPlainText() == "Renewal due in April"
    assert again.message_edits["zh"].toPlainText() == "续签在即"


def test_too_many_key_messages_are_refused_the_text_kept_and_nothing_written(qtbot, ctx, sample, tmp_path):
    from healthdesk.services.key_messages import get_key_messages

    dialog = make_dialog(qtbot, ctx, sample.id)
    six = "\n".join(f"point {n}" for n in range(6))
    dialog.message_edits["en"].setPlainText(six)
    target = tmp_path / "no.pdf"
    dialog.file_edit.setText(str(target))
    assert dialog.export() is False
    assert dialog.error_banner.isVisible() and "5" in dialog.error_banner.text()
    assert dialog.message_edits["en"].toPlainText() == six and not target.exists()
    assert get_key_messages(ctx.db, dialog.chosen_round().id) == {}


def test_key_messages_texts_in_chinese(qtbot, ctx_zh, sample):
    dialog = make_dialog(qtbot, ctx_zh, sample.id)
    assert dialog.save_messages_button.text().startswith("保存")
    assert "每行" in dialog.messages_hint.text()
