"""The app shell: first run, partnership records, the list, rounds, language, read-only, errors, settings."""

from __future__ import annotations

import subprocess
import sys
import textwrap

import pytest
from PySide6.QtCore import QRect, Qt

from healthdesk.framework import default_framework
from healthdesk.services import partnerships as partnership_svc
from healthdesk.services import responses as response_svc
from healthdesk.services import rounds as round_svc


def _fill_form(
    page, name="Cloud × Hardware", code="CLHW", a=("Cloudsoft Ltd", "Soft"), b=("Hardworks", "Hard")
):
    page.name_edit.setText(name)
    page.code_edit.setText(code)
    page.partner_name["A"].setText(a[0])
    page.partner_label["A"].setText(a[1])
    page.partner_name["B"].setText(b[0])
    page.partner_label["B"].setText(b[1])


def _submit_all(db, respondent_id):
    for ind in default_framework().indicators:
        response_svc.record_answer(db, respondent_id, ind.id, 4)
    response_svc.submit_response(db, respondent_id)


# -- first run -----------------------------------------------------------------------------------------------


def _window(settings, ctx, qtbot):
    from healthdesk.ui.shell.main_window import MainWindow

    window = MainWindow(settings)
    qtbot.addWidget(window)
    window.attach(ctx)
    window.show()
    return window


def test_first_run_offers_demo_data_and_loads_it(ctx, settings, qtbot, dialogs):
    window = _window(settings, ctx, qtbot)
    qtbot.waitUntil(lambda: window.first_run_dialog is not None and window.first_run_dialog.isVisible())
    qtbot.mouseClick(window.first_run_dialog.demo_button, Qt.MouseButton.LeftButton)
    page = window.pages["partnerships"]
    qtbot.waitUntil(
        lambda: len(page.visible_names()) >= 2, timeout=180_000
    )  # the demo builds in the background
    from healthdesk.demo import has_demo_data

    assert has_demo_data(ctx.db)
    assert settings.first_run_done

    # …and the demo data goes again in one step, after a confirmation.
    window.act_demo_remove.trigger()
    assert dialogs.confirms, "removing demo data must ask first"
    qtbot.waitUntil(lambda: page.visible_names() == [])
    assert not has_demo_data(ctx.db)


def test_first_run_start_empty_is_not_asked_again(ctx, settings, qtbot, dialogs, monkeypatch):
    from healthdesk.ui.shell import first_run

    offers = []
    real_offer = first_run.maybe_offer
    monkeypatch.setattr(first_run, "maybe_offer", lambda window: offers.append(real_offer(window)))
    window = _window(settings, ctx, qtbot)
    qtbot.waitUntil(lambda: window.first_run_dialog is not None and window.first_run_dialog.isVisible())
    qtbot.mouseClick(window.first_run_dialog.empty_button, Qt.MouseButton.LeftButton)
    page = window.pages["partnerships"]
    assert page.visible_names() == []
    assert page.empty_label.isVisibleTo(page), "an empty start says how to begin, not a blank screen"
    window.close()
    again = _window(settings, ctx, qtbot)
    # Wait until the second window has decided (it asks after it is shown), then look: nothing was offered.
    qtbot.waitUntil(lambda: len(offers) == 2)
    assert offers[1] is None
    assert again.first_run_dialog is None


# -- partnership records -------------------------------------------------------------------------------------


def test_create_and_edit_a_partnership(main_window, ctx, qtbot, settle):
    main_window.act_new.trigger()
    form = main_window.pages["record"]
    assert main_window.stack.currentWidget() is form
    _fill_form(form)
    form.description_edit.setPlainText("Joint MES solution")
    form.add_member_row()
    form.members.item(0, 0).setText("Li Wei")
    form.term_edits["revenue_split"].setPlainText("60/40 on joint deals")
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    settle()  # the list reads the new partnership on the background queue
    rows = partnership_svc.list_partnerships(ctx.db)
    assert [p.name for p in rows] == ["Cloud × Hardware"]
    assert rows[0].members[0].name == "Li Wei"
    assert rows[0].terms == {"revenue_split": "60/40 on joint deals"}
    assert main_window.pages["partnerships"].visible_names() == ["Cloud × Hardware"]
    assert main_window.current_partnership_id == rows[0].id

    form.name_edit.setText("Cloud × Hardware solution")
    form.partner_label["B"].setText("HW")
    qtbot.keyClick(form.name_edit, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    info = partnership_svc.get_partnership(ctx.db, rows[0].id)
    assert info.name == "Cloud × Hardware solution"
    assert info.partner_b_label == "HW"
    qtbot.waitUntil(
        lambda: main_window.pages["partnerships"].visible_names() == ["Cloud × Hardware solution"]
    )
    assert "Cloud × Hardware solution" in main_window.windowTitle()


def test_invalid_record_shows_why_and_keeps_the_typing(main_window, ctx, qtbot):
    main_window.act_new.trigger()
    form = main_window.pages["record"]
    _fill_form(form, name="")
    form.description_edit.setPlainText("typed text must survive")
    form.save()
    assert form.error_banner.isVisibleTo(form)
    assert "Name is required" in form.error_banner.text()
    assert form.description_edit.toPlainText() == "typed text must survive"
    assert partnership_svc.list_partnerships(ctx.db) == []

    form.name_edit.setText("Fixed name")
    form.save()
    assert not form.error_banner.isVisibleTo(form)
    assert [p.name for p in partnership_svc.list_partnerships(ctx.db)] == ["Fixed name"]


def test_delete_is_refused_while_rounds_exist(
    main_window, ctx, make_partnership, make_round, dialogs, settle
):
    p = make_partnership(ctx)
    make_round(ctx, p.id)
    page = main_window.pages["partnerships"]
    page.reload()
    settle()  # the list is read on the background queue
    page.select_partnership(p.id)
    main_window.act_delete.trigger()
    assert dialogs.errors and "cannot be deleted" in dialogs.errors[0]
    assert page.visible_names() == [p.name]
    assert partnership_svc.get_partnership(ctx.db, p.id).name == p.name


def test_delete_asks_first_and_can_be_undone(main_window, ctx, make_partnership, dialogs, qtbot, settle):
    p = make_partnership(ctx, description="keep me")
    page = main_window.pages["partnerships"]
    page.reload()
    settle()  # the list is read on the background queue
    page.select_partnership(p.id)

    dialogs.answer = False
    main_window.act_delete.trigger()
    assert len(dialogs.confirms) == 1
    assert page.visible_names() == [p.name], "saying no keeps the partnership"

    dialogs.answer = True
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_Delete)
    assert len(dialogs.confirms) == 2
    settle()  # the list is read on the background queue
    assert page.visible_names() == []
    assert main_window.act_undo.isEnabled()
    assert main_window.undo_button.isVisibleTo(main_window)
    assert "undo" in main_window.statusBar().currentMessage().lower()

    main_window.act_undo.trigger()
    qtbot.waitUntil(lambda: page.visible_names() == [p.name])
    restored = partnership_svc.list_partnerships(ctx.db)[0]
    assert (restored.code, restored.description, restored.members) == (p.code, "keep me", p.members)
    assert not main_window.act_undo.isEnabled()


def test_search_and_filters(main_window, ctx, make_partnership, settle):
    make_partnership(ctx, n=1, name="Alpha logistics", code="ALP", type="resource_sharing")
    make_partnership(
        ctx,
        n=2,
        name="Beta learning",
        code="BET",
        type="innovation_cocreation",
        status="paused",
        partner_b_label="墨言",
    )
    gone = make_partnership(ctx, n=3, name="Gamma cars", code="GAM", type="capability_complement")
    partnership_svc.set_archived(ctx.db, gone.id, True)
    page = main_window.pages["partnerships"]
    page.reload()
    settle()  # the list is read on the background queue
    assert page.visible_names() == ["Alpha logistics", "Beta learning"], "archived are hidden by default"
    assert "1 archived hidden" in page.count_label.text()

    main_window.act_find.trigger()
    assert page.search.hasFocus() or page.search is page.focusWidget()
    page.search.setText("墨言")
    assert page.visible_names() == ["Beta learning"], "search finds partner labels, in Chinese too"
    page.search.setText("alp")
    assert page.visible_names() == ["Alpha logistics"]
    page.search.clear()

    page.status_filter.setCurrentIndex(page.status_filter.findData("paused"))
    assert page.visible_names() == ["Beta learning"]
    page.status_filter.setCurrentIndex(0)
    page.type_filter.setCurrentIndex(page.type_filter.findData("capability_complement"))
    assert page.visible_names() == []
    page.archived_check.setChecked(True)
    assert page.visible_names() == ["Gamma cars"]
    assert "archived" in page.proxy.index(0, page.model.COL_STATUS).data()

    page.table.sortByColumn(page.model.COL_NAME, Qt.SortOrder.DescendingOrder)
    page.type_filter.setCurrentIndex(0)
    assert page.visible_names() == ["Gamma cars", "Beta learning", "Alpha logistics"]


def test_archive_and_unarchive(main_window, ctx, make_partnership, settle):
    p = make_partnership(ctx)
    page = main_window.pages["partnerships"]
    page.reload()
    settle()  # the list is read on the background queue
    page.select_partnership(p.id)
    main_window.act_archive.trigger()
    assert partnership_svc.get_partnership(ctx.db, p.id).archived
    settle()  # the list is read on the background queue
    page.archived_check.setChecked(True)
    page.select_partnership(p.id)
    assert page.archive_button.text() == "Unarchive"
    page.toggle_archive_selected()
    assert not partnership_svc.get_partnership(ctx.db, p.id).archived


# -- rounds --------------------------------------------------------------------------------------------------


def test_round_open_respondents_progress_close_reopen(
    main_window, ctx, make_partnership, dialogs, qtbot, settle
):
    p = make_partnership(ctx)
    main_window.pages["partnerships"].reload()
    main_window.set_partnership(p.id)
    main_window.show_page("rounds")
    page = main_window.pages["rounds"]
    settle()  # the page fills itself on the background queue
    assert page.empty_label.isVisibleTo(page)

    dialog = page.new_round_dialog()
    dialog.label_edit.setText("2025 H1")
    dialog.threshold_spin.setValue(2)
    assert dialog.submit() is None, "a lowered threshold needs a reason"
    assert "reason" in dialog.error_banner.text().lower()
    dialog.reason_edit.setText("only two executives on each side")
    rnd = dialog.submit()
    assert rnd is not None and rnd.status == "open"
    qtbot.waitUntil(lambda: page.current_round() is not None and page.current_round().id == rnd.id)

    panel_a, panel_b = page.side_panels["A"], page.side_panels["B"]
    assert panel_a.heading.text().startswith("Soft")
    assert panel_b.heading.text().startswith("Hard")
    for name in ("Li Wei", "Wang Fang"):
        panel_a.name_edit.setText(name)
        qtbot.keyClick(panel_a.name_edit, Qt.Key.Key_Return)
    panel_b.name_edit.setText("Zhao Min")
    qtbot.mouseClick(panel_b.add_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.progress_label.text() == "Soft: 0 of 2 submitted, Hard: 0 of 1 submitted")

    first = round_svc.list_respondents(ctx.db, rnd.id)[0]
    _submit_all(ctx.db, first.id)
    ctx.data_changed.emit()
    qtbot.waitUntil(lambda: page.progress_label.text() == "Soft: 1 of 2 submitted, Hard: 0 of 1 submitted")
    assert panel_a.table.item(0, 2).text().endswith("Submitted")

    # Reopen a submitted response (facilitator).
    panel_a.select_respondent(first.id)
    assert page.reopen_response_button.isEnabled()
    page.reopen_response()
    assert response_svc.get_response(ctx.db, first.id).status == "in_progress"
    qtbot.waitUntil(lambda: page.progress_label.text().startswith("Soft: 0 of 2"))

    # Close, then reopen the round.
    page.toggle_round_status()
    assert round_svc.get_round(ctx.db, rnd.id).status == "closed"
    settle()
    assert "Closed" in page.round_heading.text()
    assert not panel_a.add_button.isEnabled(), "nobody is added to a closed round"
    assert page.status_button.text().startswith("Reopen")
    page.toggle_round_status()
    assert round_svc.get_round(ctx.db, rnd.id).status == "open"
    settle()
    assert panel_a.add_button.isEnabled()


def test_respondent_remove_and_pin(main_window, ctx, make_partnership, make_round, dialogs, qtbot, settle):
    p = make_partnership(ctx)
    rnd = make_round(ctx, p.id)
    r = round_svc.add_respondent(ctx.db, rnd.id, "Li Wei", "A")
    main_window.pages["partnerships"].reload()
    main_window.set_partnership(p.id)
    main_window.show_page("rounds")
    page = main_window.pages["rounds"]
    settle()  # the page fills itself on the background queue
    page.side_panels["A"].select_respondent(r.id)
    assert page.remove_respondent() is True
    assert round_svc.list_respondents(ctx.db, rnd.id) == []

    dialogs.text_answer = "12"
    assert page.set_pin() is None
    assert dialogs.errors, "a too-short PIN is refused with a message"
    dialogs.text_answer = "2468"
    assert page.set_pin().has_pin
    assert round_svc.check_round_pin(ctx.db, rnd.id, "2468")
    settle()
    assert "PIN: set" in page.round_details.text()


def test_fill_in_opens_the_walkthrough(
    main_window, ctx, make_partnership, make_round, dialogs, monkeypatch, settle
):
    import types

    calls = []
    fake = types.ModuleType("healthdesk.ui.walkthrough.window")
    fake.open_walkthrough = lambda c, rid, parent, respondent_mode=False: calls.append((rid, respondent_mode))
    monkeypatch.setitem(sys.modules, "healthdesk.ui.walkthrough.window", fake)
    p = make_partnership(ctx)
    rnd = make_round(ctx, p.id)
    r = round_svc.add_respondent(ctx.db, rnd.id, "Zhao Min", "B")
    main_window.pages["partnerships"].reload()
    main_window.set_partnership(p.id)
    main_window.show_page("rounds")
    page = main_window.pages["rounds"]
    settle()  # the page fills itself on the background queue
    page.side_panels["B"].select_respondent(r.id)
    page.fill_in()
    dialogs.text_answer = "1357"
    page.hand_over()
    assert calls == [(r.id, False), (r.id, True)]
    assert round_svc.get_round(ctx.db, rnd.id).has_pin, "handing over needs a PIN first"


# -- language ------------------------------------------------------------------------------------------------


def test_language_switches_while_the_app_runs(main_window, ctx, settings):
    page = main_window.pages["partnerships"]
    assert page.heading.text() == "Partnerships"
    assert main_window.menu_file.title() == "&File"
    main_window.act_lang["zh"].trigger()
    assert ctx.lang == "zh"
    assert page.heading.text() == "合作关系"
    assert "文件" in main_window.menu_file.title()
    assert main_window.nav_items["rounds"].text() == "评估轮次"
    assert settings.language == "zh"
    main_window.act_lang["en"].trigger()
    assert page.heading.text() == "Partnerships"
    assert main_window.nav_items["rounds"].text() == "Rounds"


def test_remove_is_off_in_a_closed_round_as_the_service_refuses(
    main_window, ctx, make_partnership, make_round, settle
):
    p = make_partnership(ctx)
    rnd = make_round(ctx, p.id)
    r = round_svc.add_respondent(ctx.db, rnd.id, "Li Wei", "A")
    main_window.pages["partnerships"].reload()
    main_window.set_partnership(p.id)
    main_window.show_page("rounds")
    page = main_window.pages["rounds"]
    settle()  # the page fills itself on the background queue
    page.side_panels["A"].select_respondent(r.id)
    assert page.remove_respondent_button.isEnabled()
    round_svc.set_round_status(ctx.db, rnd.id, "closed")
    page.reload()
    settle()
    page.side_panels["A"].select_respondent(r.id)
    assert not page.remove_respondent_button.isEnabled()
    assert [x.id for x in round_svc.list_respondents(ctx.db, rnd.id)] == [r.id]


def test_refused_removal_is_worded_in_chinese(ctx_zh):
    from healthdesk.errors import ValidationError

    refusal = ValidationError("round_status", label="2026", status="closed", action="remove respondents")
    assert "移除答卷人" in ctx_zh.error_text(refusal)


def test_error_messages_are_translated(ctx_zh):
    from healthdesk.errors import ValidationError

    text = ctx_zh.error_text(ValidationError("required", field="name"))
    assert text == "名称为必填项"


# -- read-only -----------------------------------------------------------------------------------------------

HOLD_LOCK = textwrap.dedent(
    """
    import sys
    from pathlib import Path
    from healthdesk.models.lock import WriterLock
    lock = WriterLock(Path(sys.argv[1]) / "healthdesk.lock").acquire()
    print("held", flush=True)
    sys.stdin.readline()
    """
)


@pytest.fixture
def other_holder(data_dir):
    """Another HealthDesk process holding the data folder's writer lock."""
    from healthdesk.models.db import Database

    Database.open(data_dir).close()
    proc = subprocess.Popen(
        [sys.executable, "-c", HOLD_LOCK, str(data_dir)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert proc.stdout.readline().strip() == "held"
    yield proc
    proc.stdin.close()
    proc.wait(timeout=10)


def test_locked_folder_opens_read_only_with_editing_disabled(
    data_dir, other_holder, ui_app, qtbot, monkeypatch, dialogs
):
    from healthdesk.ui.backups import safety
    from healthdesk.ui.common.context import AppContext
    from healthdesk.ui.shell.main_window import MainWindow
    from healthdesk.ui.shell.settings import AppSettings

    asked = []
    monkeypatch.setattr(safety, "ask_locked", lambda parent, exc: asked.append(exc.code) or "read_only")
    db = safety.open_database(data_dir)
    assert asked == ["locked"]
    assert db is not None and db.read_only
    try:
        ctx = AppContext(db, data_dir=data_dir, settings=AppSettings(data_dir))
        window = MainWindow(ctx.settings)
        qtbot.addWidget(window)
        window.attach(ctx)
        window.show()
        page = window.pages["partnerships"]
        assert window.read_only_badge.isVisibleTo(window)
        assert window.read_only_badge.text() == "Read-only"
        assert "read-only" in window.windowTitle()
        for action in (
            window.act_new,
            window.act_delete,
            window.act_archive,
            window.act_demo_load,
            window.act_backup_now,
        ):
            assert not action.isEnabled()
        assert not page.new_button.isEnabled()
        assert window.first_run_dialog is None
    finally:
        db.close()


def test_locked_folder_quit_returns_nothing(data_dir, other_holder, ui_app, monkeypatch):
    from healthdesk.ui.backups import safety

    monkeypatch.setattr(safety, "ask_locked", lambda parent, exc: "quit")
    assert safety.open_database(data_dir) is None


# -- unexpected errors ---------------------------------------------------------------------------------------


@pytest.mark.qt_no_exception_capture
def test_unexpected_error_is_logged_and_shown_not_a_silent_close(
    main_window, ctx, data_dir, qtbot, monkeypatch
):
    from healthdesk.ui.shell import errors

    errors.install(data_dir)
    try:

        def broken(*_args, **_kwargs):
            raise RuntimeError("boom in a slot")

        page = main_window.pages["partnerships"]
        monkeypatch.setattr(page, "reload", broken)
        main_window.act_refresh.trigger()  # F5: the exception escapes a slot into Qt
        qtbot.waitUntil(lambda: errors.current_dialog() is not None)
        dialog = errors.current_dialog()
        assert dialog.isVisible()
        assert "RuntimeError" in dialog.message.text()
        assert "Log file" in dialog.message.text()
        assert main_window.isVisible(), "the window stays open"
        log_text = (data_dir / "logs" / "healthdesk.log").read_text(encoding="utf-8")
        assert "boom in a slot" in log_text
        dialog.continue_button.click()
        qtbot.waitUntil(lambda: errors.current_dialog() is None)
    finally:
        sys.excepthook = sys.__excepthook__


# -- settings ------------------------------------------------------------------------------------------------


def test_window_settings_survive_a_restart(ctx, settings, data_dir, make_partnership, qtbot, dialogs, settle):
    from healthdesk.ui.shell.main_window import MainWindow
    from healthdesk.ui.shell.settings import AppSettings

    settings.first_run_done = True
    p1 = make_partnership(ctx, n=1)
    p2 = make_partnership(ctx, n=2)
    window = _window(settings, ctx, qtbot)
    window.setGeometry(QRect(0, 40, 800, 700))
    window.pages["partnerships"]
    settle()  # the list is read on the background queue
    window.pages["partnerships"].select_partnership(p2.id)
    window.pages["partnerships"]._open_selected()
    window.act_lang["zh"].trigger()
    window.close()
    assert p1.id != p2.id

    reborn_settings = AppSettings(data_dir)
    assert reborn_settings.language == "zh"
    again = MainWindow(reborn_settings)
    qtbot.addWidget(again)
    again.attach(ctx)
    assert again.current_partnership_id == p2.id
    again.pages["partnerships"]
    settle()  # the list is read on the background queue
    assert again.pages["partnerships"].selected_id() == p2.id
    assert (again.width(), again.height()) == (800, 700)
    ctx.set_language("en")


def test_delete_with_an_action_plan_is_refused_before_asking(
    main_window, ctx, make_partnership, dialogs, settle
):
    from healthdesk.services import followup as fu

    p = make_partnership(ctx)
    fu.create_goal(ctx.db, p.id, fu.GoalInput("top", "Lead the segment"))
    page = main_window.pages["partnerships"]
    page.reload()
    settle()  # the list is read on the background queue
    page.select_partnership(p.id)
    main_window.act_delete.trigger()
    assert not dialogs.confirms  # nothing asked: it cannot be deleted anyway
    assert dialogs.errors and "action plan" in dialogs.errors[0]
    assert partnership_svc.get_partnership(ctx.db, p.id).name == p.name


# -- start-up ------------------------------------------------------------------------------------------------


def test_the_quicker_pyside_import_check_answers_as_pyside_does():
    """The start asks PySide6's "does this module use PySide6?" of the file's bytes; the answers stay PySide6's."""
    import importlib

    from healthdesk.ui.shell import app

    feature = sys.modules.get("shibokensupport.feature")
    if feature is None or not hasattr(feature, "_mod_uses_pyside"):
        pytest.skip("this PySide6 has no import check to quicken")
    app.quicken_pyside_import_check()
    app.quicken_pyside_import_check()  # once is enough: not wrapped twice
    quick = feature._mod_uses_pyside
    assert quick.healthdesk_quick and not getattr(quick.original, "healthdesk_quick", False)
    names = (
        "healthdesk.ui.shell.main_window",
        "healthdesk.models.db",
        "json",
        "sys",
        "_sqlite3",
        "sqlalchemy",
    )
    modules = [importlib.import_module(name) for name in names]
    answers = {m.__name__: quick(m) for m in modules}
    assert answers == {m.__name__: quick.original(m) for m in modules}
    assert answers["healthdesk.ui.shell.main_window"] and not answers["healthdesk.models.db"]


def test_ready_waits_for_a_home_page_that_fills_itself_after_its_first_paint(qtbot, monkeypatch):
    """``ready`` (the bench's "the partnerships are on screen") comes at the paint that shows the home page's data,
    not at the paint of an empty page still waiting for its read."""
    from PySide6.QtCore import Signal
    from PySide6.QtWidgets import QApplication, QWidget

    from healthdesk.ui.shell import pages

    monkeypatch.setattr(pages, "READY_AT_THE_LATEST_MS", 600_000)

    class Home(QWidget):
        table_filled = Signal()

    home = Home()
    qtbot.addWidget(home)
    painted: list[str] = []
    pages.PaintWatcher(home, lambda: painted.append("paint"))
    ready: list[bool] = []
    pages.HomeReady(home, lambda: ready.append(True))
    home.show()
    qtbot.waitUntil(lambda: painted == ["paint"])
    QApplication.processEvents()
    assert ready == []  # painted, but not filled yet
    home.table_filled.emit()
    qtbot.waitUntil(lambda: ready == [True])
    home.table_filled.emit()
    home.update()
    QApplication.processEvents()
    assert ready == [True]  # once


def test_ready_comes_at_the_first_paint_of_a_home_page_filled_before_it(qtbot):
    from PySide6.QtCore import Signal
    from PySide6.QtWidgets import QWidget

    from healthdesk.ui.shell import pages

    class Home(QWidget):
        table_filled = Signal()

    home = Home()
    qtbot.addWidget(home)
    ready: list[bool] = []
    pages.HomeReady(home, lambda: ready.append(True))
    home.table_filled.emit()  # filled on show, before any paint (a page that reads as it is shown)
    home.show()
    qtbot.waitUntil(lambda: ready == [True])
