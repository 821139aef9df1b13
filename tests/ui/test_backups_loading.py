"""The backups list while its read waits behind a long job (an import, a review export): it says it is reading
the backups folder instead of staying empty without a word, nothing can be restored meanwhile, and the list comes
once the job ended."""

from __future__ import annotations

import threading

import pytest

from healthdesk import maintenance
from healthdesk.ui.backups import safety
from healthdesk.ui.common import tasks

pytestmark = pytest.mark.gui


@pytest.fixture(autouse=True)
def _fresh_queue():
    yield
    tasks.shutdown()


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_the_list_says_it_is_reading_while_another_job_holds_the_queue(
    ctx, make_partnership, qtbot, dialogs, settle, lang
):
    make_partnership(ctx)
    maintenance.backup_now(ctx.db)
    ctx.set_language(lang)
    release = threading.Event()
    started = threading.Event()

    def long_job(_control):  # noqa: ANN001, ANN202 - an import or a review export
        started.set()
        release.wait(30)

    job = tasks.run_in_background(long_job, "a long export")
    try:
        assert started.wait(10)
        dialog = safety.BackupsDialog(ctx)
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        assert dialog.table.rowCount() == 0
        assert dialog.loading_label.isVisible()
        words = {"en": "Reading the backups folder…", "zh": "正在读取备份文件夹…"}[lang]
        assert dialog.loading_label.text() == words
        assert dialog.table.viewport().rect().contains(dialog.loading_label.geometry())
        assert not dialog.restore_button.isEnabled()
        assert dialog.restore_selected() is False
    finally:
        release.set()
    qtbot.waitUntil(lambda: job.done)
    settle()
    assert dialog.table.rowCount() == 1
    assert not dialog.loading_label.isVisible()
    assert dialog.restore_button.isEnabled()


def test_a_quick_read_shows_the_list_without_a_loading_flash(ctx, make_partnership, qtbot, dialogs, settle):
    make_partnership(ctx)
    maintenance.backup_now(ctx.db)
    dialog = safety.BackupsDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.loading_label.isVisible()  # the queue was idle: the words wait for a slow read
    settle()
    assert dialog.table.rowCount() == 1 and not dialog.loading_label.isVisible()
