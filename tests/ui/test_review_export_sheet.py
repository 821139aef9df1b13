"""The Export JMC review dialog's Layout choice: the one-page summary sheet is written on the worker like the full
review, its proposed file name says "summary sheet", and the sections (which do not apply) step aside."""

from __future__ import annotations

from pathlib import Path

from pypdf import PdfReader

from healthdesk.ui.review import export as review_export
from tests.ui.test_review_export import make_dialog, sample  # noqa: F401 (the fixture)


def test_the_sheet_layout_writes_one_page(qtbot, ctx, sample, tmp_path):  # noqa: F811
    dialog = make_dialog(qtbot, ctx, sample.id)
    assert dialog.layout_combo.currentData() == "full"  # the full review by default
    dialog.layout_combo.setCurrentIndex(review_export.LAYOUTS.index("sheet"))
    assert Path(dialog.file_edit.text()).name == "CSHK 2021-H2 JMC summary sheet (en).pdf"
    assert not any(box.isVisible() for box in dialog.section_boxes.values())
    for box in dialog.section_boxes.values():
        box.setChecked(False)  # sections do not apply to the sheet: it can still be exported
    dialog.paper_combo.setCurrentIndex(review_export.PAPERS.index("letter"))
    target = tmp_path / "sheet.pdf"
    dialog.file_edit.setText(str(target))
    assert dialog.export_button.isEnabled()
    with qtbot.waitSignal(dialog.exported, timeout=120_000):
        dialog.export_button.click()
    reader = PdfReader(str(target))
    assert len(reader.pages) == 1
    assert "JMC summary sheet" in (reader.pages[0].extract_text() or "")
    dialog.layout_combo.setCurrentIndex(review_export.LAYOUTS.index("full"))
    assert all(box.isVisible() for box in dialog.section_boxes.values())


def test_layout_in_chinese(qtbot, ctx_zh, sample):  # noqa: F811
    dialog = make_dialog(qtbot, ctx_zh, sample.id)
    assert [dialog.layout_combo.itemText(i) for i in range(2)] == ["完整报告", "单页摘要"]
