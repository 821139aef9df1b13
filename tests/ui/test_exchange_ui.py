"""The exchange screens: File menu entries, the import preview with its conflict view, the export dialogs, and an
invitation opened and answered through the walk-through on a second laptop."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QMimeData, QPoint, Qt, QUrl
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QApplication

from healthdesk.analysis.serialize import scores_to_dict
from healthdesk.framework import default_framework
from healthdesk.models.db import Database
from healthdesk.services import exchange, responses, rounds, summary
from healthdesk.ui.common import tasks
from healthdesk.ui.common.context import AppContext
from healthdesk.ui.exchange import actions as ui_exchange
from healthdesk.ui.exchange.export import ExportDataDialog, ExportInvitationsDialog
from healthdesk.ui.exchange.import_preview import ImportPreviewDialog
from tests.test_exchange_support import answer, dump

pytestmark = pytest.mark.gui

IND = [ind.id for ind in default_framework().indicators]


@pytest.fixture(autouse=True)
def _queue_stopped_after_each_test():
    yield
    tasks.shutdown()


@pytest.fixture
def facilitated(ctx, make_partnership, tmp_path):
    """The app's database is the facilitator's: a round with four respondents and their invitations."""
    p = make_partnership(ctx)
    r = rounds.create_round(ctx.db, p.id, "2025 H1", date(2025, 1, 15))
    people = {
        name: rounds.add_respondent(ctx.db, r.id, name, side)
        for name, side in (("Li Wei", "A"), ("王芳", "B"), ("Chen Jie", "B"), ("Ma Lin", "A"))
    }
    files = exchange.export_invitations(ctx.db, p.id, "2025 H1", tmp_path / "inv")
    by_uid = {f.respondent_uid: f.path for f in files}
    laptops = []

    def laptop(name):
        db = Database.open(tmp_path / f"laptop-{len(laptops)}")
        laptops.append(db)
        opened = exchange.open_invitation(db, by_uid[people[name].uid])
        return db, opened.respondent_id

    yield p, r, people, {n: by_uid[i.uid] for n, i in people.items()}, laptop
    for db in laptops:
        db.close()


def _files(ctx, facilitated, tmp_path):
    """new (Li), update (王芳), nothing to do (Ma), conflict (Chen), refused (junk)."""
    _p, _r, _people, _inv, laptop = facilitated
    li_db, li = laptop("Li Wei")
    answer(li_db, li, 4, "交付慢")
    responses.submit_response(li_db, li)
    new = exchange.export_response(li_db, li, tmp_path / "li.hdresponse").path
    w_db, w = laptop("王芳")
    answer(w_db, w, 2)
    exchange.import_responses(ctx.db, [exchange.export_response(w_db, w, tmp_path / "w1.hdresponse").path])
    responses.record_answer(w_db, w, IND[0], 5)
    update = exchange.export_response(w_db, w, tmp_path / "w2.hdresponse").path
    m_db, m = laptop("Ma Lin")
    answer(m_db, m, 3)
    same = exchange.export_response(m_db, m, tmp_path / "ma.hdresponse").path
    exchange.import_responses(ctx.db, [same])
    c_db, c = laptop("Chen Jie")
    answer(c_db, c, 3, "ok")
    responses.submit_response(c_db, c)
    exchange.import_responses(ctx.db, [exchange.export_response(c_db, c, tmp_path / "c1.hdresponse").path])
    responses.reopen_response(c_db, c)
    responses.record_answer(c_db, c, IND[1], 1, "信任下降")
    responses.submit_response(c_db, c)
    conflict = exchange.export_response(c_db, c, tmp_path / "c2.hdresponse").path
    junk = tmp_path / "junk.hdresponse"
    junk.write_text("{}")
    return [new, update, same, conflict, junk]


def _column(table, col):
    return [table.item(r, col).text() for r in range(table.rowCount())]


def _idle(qtbot, dialog):
    """Wait until the dialog's background job (reading the files, importing, exporting) has ended."""
    qtbot.waitUntil(lambda: not dialog.busy(), timeout=60_000)
    return dialog


def test_import_preview_shows_every_outcome_and_writes_nothing(ctx, qtbot, dialogs, facilitated, tmp_path):
    paths = [str(p) for p in _files(ctx, facilitated, tmp_path)]
    before = dump(ctx.db)
    dialog = ImportPreviewDialog(ctx, paths)
    qtbot.addWidget(dialog)
    dialog.show()
    _idle(qtbot, dialog)
    outcomes = _column(dialog.table, 3)
    assert outcomes == ["● New response", "↑ Update", "= Nothing to do", "! Conflict", "✕ Refused"]
    details = _column(dialog.table, 4)
    assert "This file was imported before." in details[2]
    assert "not a HealthDesk response file" in details[4]
    assert _column(dialog.table, 1)[0] == "Li Wei (A)"
    assert dump(ctx.db) == before
    # The conflict is selected first and shown side by side.
    assert dialog.selected_row() == 3 and dialog.conflict_view.isVisible()
    view = dialog.conflict_view.table
    rows = {
        view.item(r, 0).text(): (view.item(r, 1).text(), view.item(r, 2).text())
        for r in range(view.rowCount())
    }
    trust = default_framework().indicators[1].name.en
    assert rows[f"≠ {trust}"] == ("3\nok", "1\n信任下降")
    assert dialog.conflict_view.keep.isChecked()
    assert "Summary" not in dialog.summary.text() and "Conflict: 1" in dialog.summary.text()


def test_import_keeps_the_current_version_by_default(ctx, qtbot, dialogs, facilitated, tmp_path):
    _p, _r, people, _inv, _laptop = facilitated
    paths = [str(p) for p in _files(ctx, facilitated, tmp_path)]
    dialog = ImportPreviewDialog(ctx, paths)
    qtbot.addWidget(dialog)
    seen = []
    ctx.data_changed.connect(lambda: seen.append(1))
    _idle(qtbot, dialog)
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    _idle(qtbot, dialog)
    assert _column(dialog.table, 3) == [
        "● Imported",
        "↑ Updated",
        "= Nothing to do",
        "! Conflict: current kept",
        "✕ Refused",
    ]
    assert "2 files written" in dialog.result_banner.text() and "backup" in dialog.result_banner.text()
    assert not dialog.import_button.isEnabled() and seen
    chen = responses.get_response(ctx.db, people["Chen Jie"].id)
    assert chen.answers[IND[1]].score == 3
    assert responses.get_response(ctx.db, people["王芳"].id).answers[IND[0]].score == 5


def test_use_imported_replaces_the_submitted_response(ctx, qtbot, dialogs, facilitated, tmp_path):
    _p, _r, people, _inv, _laptop = facilitated
    paths = [str(p) for p in _files(ctx, facilitated, tmp_path)]
    dialog = ImportPreviewDialog(ctx, paths)
    qtbot.addWidget(dialog)
    dialog.show()
    _idle(qtbot, dialog)
    qtbot.mouseClick(dialog.conflict_view.use, Qt.MouseButton.LeftButton)
    assert dialog.choices[paths[3]] == "use_imported"
    assert _column(dialog.table, 3)[3] == "! Conflict: use the file"
    dialog.apply()
    _idle(qtbot, dialog)
    assert _column(dialog.table, 3)[3] == "✓ Replaced by the file"
    chen = responses.get_response(ctx.db, people["Chen Jie"].id)
    assert chen.answers[IND[1]].score == 1 and chen.answers[IND[1]].problem == "信任下降"


def test_import_preview_accepts_dropped_files(ctx, qtbot, dialogs, facilitated, tmp_path):
    paths = _files(ctx, facilitated, tmp_path)
    dialog = ImportPreviewDialog(ctx, [str(paths[0])])
    qtbot.addWidget(dialog)
    _idle(qtbot, dialog)
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(paths[4]))])
    event = QDropEvent(
        QPoint(5, 5),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    dialog.dropEvent(event)
    _idle(qtbot, dialog)
    assert dialog.table.rowCount() == 2


def test_import_preview_in_read_only_mode_cannot_import(
    ctx, qtbot, dialogs, facilitated, tmp_path, monkeypatch
):
    paths = [str(p) for p in _files(ctx, facilitated, tmp_path)]
    monkeypatch.setattr(type(ctx), "read_only", property(lambda self: True))
    dialog = ImportPreviewDialog(ctx, paths)
    qtbot.addWidget(dialog)
    _idle(qtbot, dialog)
    assert dialog.table.rowCount() == 5 and not dialog.import_button.isEnabled()


def test_export_invitations_dialog(ctx, qtbot, dialogs, make_partnership, tmp_path):
    p = make_partnership(ctx)
    r = rounds.create_round(ctx.db, p.id, "2025 H1", date(2025, 1, 15))
    for name, side in (("Li Wei", "A"), ("王芳", "B")):
        rounds.add_respondent(ctx.db, r.id, name, side)
    dialog = ExportInvitationsDialog(ctx, p.id)
    qtbot.addWidget(dialog)
    assert "first export" in dialog.key_label.text()
    assert dialog.people.count() == 2 and dialog.chosen_uids()
    dialog.people.item(1).setCheckState(Qt.CheckState.Unchecked)
    dialog.folder_edit.setText(str(tmp_path / "invitations"))
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    _idle(qtbot, dialog)
    files = sorted((tmp_path / "invitations").iterdir())
    assert [f.suffix for f in files] == [".hdinvite", ".txt"]
    assert "1 invitation written" in dialog.done_banner.text()
    # The ready-to-send message: shown, copied, and the same text beside the invitation.
    assert dialog.message_box.isVisibleTo(dialog)
    shown = dialog.message_view.toPlainText()
    assert files[0].name in shown and "Li Wei" in shown and "十分钟" in shown
    assert dialog.copy_message() == shown
    assert files[1].read_text(encoding="utf-8").replace("\r\n", "\n") == shown
    key = exchange.facilitator_key(ctx.db)
    assert key.short in dialog.key_label.text()


def test_export_invitations_dialog_without_respondents(ctx, qtbot, dialogs, make_partnership):
    p = make_partnership(ctx)
    rounds.create_round(ctx.db, p.id, "2025 H1", date(2025, 1, 15))
    dialog = ExportInvitationsDialog(ctx, p.id)
    qtbot.addWidget(dialog)
    assert not dialog.export_button.isEnabled() and dialog.error_banner.isVisibleTo(dialog)


def test_export_data_dialog(ctx, qtbot, dialogs, facilitated, tmp_path):
    p = facilitated[0]
    dialog = ExportDataDialog(ctx, p.id)
    qtbot.addWidget(dialog)
    assert dialog.fmt() == "xlsx" and dialog.file_edit.text().endswith("-2025_H1.xlsx")
    dialog.file_edit.setText(str(tmp_path / "out.xlsx"))
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    _idle(qtbot, dialog)
    # The round is open and shares its results only once it is closed: refused, saying why and what to change.
    assert not (tmp_path / "out.xlsx").exists()
    assert (
        "only once it is closed" in dialog.error_banner.text() and "Edit round" in dialog.error_banner.text()
    )
    rounds.set_round_sharing(ctx.db, rounds.find_round(ctx.db, p.id).id, False)
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    _idle(qtbot, dialog)
    assert (tmp_path / "out.xlsx").exists() and "out.xlsx" in dialog.done_banner.text()
    dialog.format_combo.setCurrentIndex(dialog.format_combo.findData("csv"))
    dialog.file_edit.setText(str(tmp_path / "out"))
    dialog.export()
    _idle(qtbot, dialog)
    assert (tmp_path / "out.csv").read_bytes().startswith(b"\xef\xbb\xbf")
    dialog.history.setChecked(True)
    assert dialog.fmt() == "json" and "Confidential" in dialog.note.text()
    assert not dialog.lang_combo.isEnabled() and dialog.file_edit.text().endswith("-history.json")
    dialog.file_edit.setText(str(tmp_path / "h.json"))
    dialog.export()
    _idle(qtbot, dialog)
    assert (tmp_path / "h.json").exists()
    dialog.file_edit.setText(str(tmp_path / "missing-folder" / "x.json"))
    dialog.export()
    _idle(qtbot, dialog)
    assert dialog.error_banner.isVisibleTo(dialog) and not (tmp_path / "missing-folder").exists()


def test_file_menu_entries_and_language_switch(main_window, ctx):
    actions = ui_exchange.install_actions(main_window, ctx)
    assert ui_exchange.install_actions(main_window, ctx) is actions
    texts = [a.text() for a in main_window.menu_file.actions()]
    for entry in ("&Open invitation…", "&Import responses…", "Export &invitations…", "Export &data…"):
        assert entry in texts
    assert texts.index("&Open invitation…") < texts.index("&Back up now")
    ctx.set_language("zh")
    assert actions.act_open_invitation.text() == "打开邀请(&O)…"
    assert actions.act_import_responses.text() == "导入答卷(&I)…"


def test_dropping_response_files_on_the_window_opens_the_preview(
    main_window, ctx, qtbot, dialogs, facilitated, tmp_path
):
    actions = ui_exchange.install_actions(main_window, ctx)
    paths = _files(ctx, facilitated, tmp_path)
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths[:2]])
    event = QDropEvent(
        QPoint(5, 5),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    assert actions.eventFilter(main_window, event)
    dialogs_open = [
        w for w in QApplication.topLevelWidgets() if isinstance(w, ImportPreviewDialog) and w.isVisible()
    ]
    assert dialogs_open
    qtbot.waitUntil(lambda: not dialogs_open[-1].busy(), timeout=60_000)
    assert dialogs_open[-1].table.rowCount() == 2
    for d in dialogs_open:
        d.close()


def test_invitation_answered_in_the_walkthrough_on_a_second_laptop(
    ctx, qtbot, dialogs, facilitated, tmp_path, monkeypatch
):
    """Invitation -> walk-through (pytest-qt, as a respondent clicks) -> response file -> import: the facilitator's
    summary equals that of the same answers entered directly."""
    from healthdesk.ui.walkthrough.window import WalkthroughWidget

    _p, r, people, invitations, _laptop = facilitated
    laptop_db = Database.open(tmp_path / "li-laptop")
    laptop = AppContext(laptop_db, data_dir=tmp_path / "li-laptop", lang="en")
    try:
        opened = ui_exchange.open_invitation_file(laptop, invitations["Li Wei"], walkthrough=False)
        assert opened is not None and opened.created and dialogs.confirms
        widget = WalkthroughWidget(laptop, opened.respondent_id)
        qtbot.addWidget(widget)
        widget.resize(1366, 768)
        widget.show()
        scores = {}
        for n, ind in enumerate(default_framework().indicators):
            score = (n % 5) + 1
            widget.go_to_page(widget._card_page[ind.id])
            qtbot.mouseClick(widget.cards[ind.id].level_cards[score], Qt.MouseButton.LeftButton)
            scores[ind.id] = score
        box = widget.cards[IND[0]].problem_box.edit
        qtbot.keyClicks(box, "slow decisions")
        assert widget.flush()
        monkeypatch.setattr(ui_exchange, "ask_save_file", lambda *a: str(tmp_path / "li"))
        assert widget.submit()
        path = ui_exchange.offer_response_export(laptop, opened.respondent_id, widget)
        assert path == tmp_path / "li.hdresponse" and path.exists()
        assert path.stat().st_mode & 0o777 == 0o600
        assert "Send this file to the facilitator" in dialogs.infos[-1]
    finally:
        laptop_db.close()
    report = exchange.import_responses(ctx.db, [path])
    assert report.files[0].outcome == "new"
    # The same answers typed in directly, in a twin round of another partnership.
    twin = rounds.create_round(ctx.db, _p.id, "twin", date(2025, 1, 16))
    for name, info in people.items():
        rounds.add_respondent(ctx.db, twin.id, name, info.side)
    twin_li = next(w for w in rounds.list_respondents(ctx.db, twin.id) if w.name == "Li Wei")
    answer(ctx.db, twin_li.id, scores)
    responses.record_problem(ctx.db, twin_li.id, IND[0], "slow decisions")
    responses.submit_response(ctx.db, twin_li.id)
    from healthdesk.models.entities import Round
    from healthdesk.services.summary import _round_inputs

    with ctx.db.reading() as session:
        inputs = _round_inputs(session, [session.get(Round, r.id), session.get(Round, twin.id)])
    assert inputs[r.id].responses == inputs[twin.id].responses
    _, s1 = summary.summarise_round(ctx.db, _p.id, "2025 H1")
    one, two = (
        scores_to_dict(s1.scores),
        scores_to_dict(summary.summarise_round(ctx.db, _p.id, "twin")[1].scores),
    )
    for d in (one, two):
        for key in ("round_id", "label", "start_date"):
            d.pop(key)
    assert one == two


def test_refused_invitation_shows_the_reason(ctx, qtbot, dialogs, tmp_path):
    bad = tmp_path / "bad.hdinvite"
    bad.write_text('{"format": "healthdesk-invitation", "format_version": 3}')
    assert ui_exchange.open_invitation_file(ctx, bad, walkthrough=False) is None
    assert "newer HealthDesk" in dialogs.errors[-1]
