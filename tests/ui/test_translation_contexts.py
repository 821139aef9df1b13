"""Words the user sees in each language: no module borrows another's Chinese, and counts read right (Qt numerus)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication

from healthdesk.ui.actionplan import forms as followup_forms
from healthdesk.ui.backups import safety
from healthdesk.ui.common import i18n
from healthdesk.ui.partnerships import page as partnerships


@pytest.fixture
def language(ui_app):
    def use(lang: str) -> None:
        i18n.apply_language(lang)

    yield use
    i18n.apply_language("en")


def test_equal_english_words_keep_their_own_chinese_per_screen(language):
    language("zh")
    # The decisions log's status, not the backup list's column ("备份时间").
    assert followup_forms.decision_status_names()["taken"] == "已决定"
    assert safety.tr("Taken") == "备份时间"
    # A KPI's name is 名称; a person's name 姓名.
    assert followup_forms.tr("Name") == "名称"
    assert partnerships.tr("Name") == "姓名"
    # The round progress separator is a full-width comma; the backup summary lists with 、.
    assert partnerships.tr(", ") == "，"
    assert safety.tr(", ") == "、"


@pytest.mark.parametrize(
    ("lang", "n", "expected"),
    [
        ("en", 1, "1 decision waiting"),
        ("en", 2, "2 decisions waiting"),
        ("zh", 1, "1 项待决"),
        ("zh", 2, "2 项待决"),
    ],
)
def test_counts_use_the_plural_forms_of_the_language(language, lang, n, expected):
    language(lang)
    assert QCoreApplication.translate("PortfolioModel", "%n decision(s) waiting", None, n) == expected


def test_english_plurals_in_a_sentence(language):
    language("en")
    one = QCoreApplication.translate("FollowUp", "%n action(s) overdue as of {date}.", None, 1)
    two = QCoreApplication.translate("FollowUp", "%n action(s) overdue as of {date}.", None, 2)
    assert one.format(date="2026-12-04") == "1 action overdue as of 2026-12-04."
    assert two.format(date="2026-12-04") == "2 actions overdue as of 2026-12-04."


def test_damaged_database_speaks_chinese_with_sqlite_words_behind_details(language, data_dir):
    from healthdesk.errors import DamagedError

    language("zh")
    path = str(data_dir / "healthdesk.sqlite3")
    exc = DamagedError("damaged", path=path, reason="database disk image is malformed")
    box, _restore, _empty = safety.damaged_box(None, exc, None)
    shown = (box.text() + box.informativeText() + box.windowTitle()).replace(path, "")
    assert "malformed" not in shown and "database" not in shown
    assert "已损坏" in shown and "显示详情" in shown  # says where the detail is, in the words of Qt's button
    assert "database disk image is malformed" in box.detailedText()
    buttons = [b.text() for b in box.buttons()]
    assert any("显示详情" in text for text in buttons)  # Qt's own toggle, translated by qtbase_zh_CN


def test_safety_errors_keep_the_system_words_behind_details(language, data_dir, monkeypatch):
    from healthdesk.errors import StorageError

    language("zh")
    shown = []
    monkeypatch.setattr(safety.QMessageBox, "exec", lambda box: shown.append(box) or 0)
    exc = StorageError("io_error", path=str(data_dir), reason="[Errno 5] Input/output error")
    safety.show_error(None, exc, safety.tr("Cannot open the data folder"))
    box = shown[0]
    assert "Errno" not in box.text() and "写入" in box.text()
    assert "[Errno 5] Input/output error" in box.detailedText()
