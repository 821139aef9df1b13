"""Regenerate a PNG of every main screen, from the demo data, in English and Chinese.

    python3 scripts/dev.py screenshots OUT_DIR [--size 1366x768] [--lang en,zh] [--only NAME,NAME]

(or ``.venv/bin/python scripts/screenshots.py ...``). Runs offscreen on a screen of the given size unless
--display says to use the current display. Files are named ``<screen>-<lang>-<W>x<H>.png``. Every screen starts
from a fresh copy of the demo data and waits for what it shows (its charts drawn, a filter applied); the exit code
is 1 when any screen failed (each failure printed with its traceback).

Adding a screen: write one function taking a ``Shot`` and returning the widget to grab (the main window or a
dialog), and register it with ``@screen("name")``. ``shot.window`` is the main window on the demo data,
``shot.ctx`` the AppContext, ``shot.partnership(name_part)`` finds a demo partnership,
``shot.open_partnership(...)`` makes it current, ``shot.settle()`` lets Qt lay out and paint,
``shot.wait_until(condition, what)`` waits for something the screen must show first (the charts in the grabbed
widget are waited for in any case).
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

SCREENS: dict[str, Callable[[Shot], Any]] = {}


def screen(name: str) -> Callable[[Callable[[Shot], Any]], Callable[[Shot], Any]]:
    def register(fn: Callable[[Shot], Any]) -> Callable[[Shot], Any]:
        SCREENS[name] = fn
        return fn

    return register


class Shot:
    """What a screen function gets: the app on the demo data, in one language and window size."""

    def __init__(self, app: Any, window: Any, ctx: Any, lang: str, size: tuple[int, int]):
        self.app = app
        self.window = window
        self.ctx = ctx
        self.lang = lang
        self.size = size
        self.cleanup: list[Callable[[], None]] = []
        self.queue_held = False  # a "running" screen holds the queue: settle does not wait for it then

    def settle(self, rounds: int = 5) -> None:
        """Process events, then until the background queue is idle (screens fill themselves on it)."""
        import time

        from PySide6.QtCore import QCoreApplication, QEventLoop

        from healthdesk.ui.common import tasks

        for _ in range(rounds):
            QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
        deadline = time.monotonic() + 60
        while not self.queue_held and not tasks.idle() and time.monotonic() < deadline:
            QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
            time.sleep(0.005)

    def wait_until(self, condition: Callable[[], Any], what: str, timeout: float = 60.0) -> None:
        """Process Qt events until ``condition()`` holds (a bound, not a delay: returns as soon as it does)."""
        import time

        deadline = time.monotonic() + timeout
        while not condition():
            if time.monotonic() > deadline:
                raise RuntimeError(f"the screen did not show {what} within {timeout:.0f} s")
            self.settle(1)
            time.sleep(0.01)

    def wait_for_charts(self, root: Any) -> None:
        """Until every chart shown in ``root`` is drawn at its final size and painted."""
        self.wait_until(lambda: not charts_pending(root), "its charts")

    def partnership(self, name_part: str = "") -> Any:
        from healthdesk.services import partnerships as svc

        rows = svc.list_partnerships(self.ctx.db)
        for p in rows:
            if name_part.casefold() in (p.name + " " + p.code).casefold():
                return p
        return rows[0] if rows else None

    def open_partnership(self, name_part: str = "", page: str = "rounds") -> Any:
        p = self.partnership(name_part)
        if p is not None:
            self.window.pages["partnerships"].select_partnership(p.id)
            self.window.set_partnership(p.id)
            self.window.show_page(page)
        self.settle()
        return p

    def dialog(self, dialog: Any) -> Any:
        """Show a dialog over the main window without blocking; closed after the picture."""
        self.cleanup.append(dialog.close)
        dialog.show()
        self.settle()
        layout = dialog.layout()
        if layout is not None and layout.hasHeightForWidth():
            needed = layout.totalHeightForWidth(dialog.width())
            if dialog.height() < needed:  # Qt sized it for a screen smaller than the shot's
                print(
                    f"note: {type(dialog).__name__} was {dialog.height()} px high, its text needs {needed} px",
                    file=sys.stderr,
                )
                dialog.resize(dialog.width(), needed)
                self.settle()
        return dialog


def charts_pending(root: Any) -> list[str]:
    """The charts (``healthdesk.ui.common.charts_widget.ChartView``) visible in ``root`` that are not drawn and painted at
    their final size yet."""
    from healthdesk.ui.common.charts_widget import ChartView

    views = ([root] if isinstance(root, ChartView) else []) + list(root.findChildren(ChartView))
    pending = []
    for view in views:
        if not view.isVisible() or view.key is None:
            continue  # hidden, or a sentence instead of a chart
        canvas = view.canvas()
        zoom_timer = getattr(view, "_zoom_timer", None)
        if (
            canvas is None
            or getattr(view, "_shown_key", view.key) != view.key
            or getattr(view, "_pending", False)
            or (zoom_timer is not None and zoom_timer.isActive())
            or id(canvas) not in getattr(view, "_announced", {id(canvas)})
        ):
            pending.append(repr(view.key))
    return pending


def wait_for_portfolio(shot: Shot) -> Any:
    """The portfolio page with every row computed and the heat map drawn for the rows the table shows."""
    page = shot.window.pages["portfolio"]

    def heat_map_follows_table() -> bool:
        if getattr(page.model, "pending", None) or getattr(page, "_heat_timer", None) is None:
            return False
        if page._heat_timer.isActive():
            return False
        key = page.heatmap.key
        ids = tuple(row.partnership_id for row in page.heatmap_rows())
        return bool(ids) and isinstance(key, tuple) and bool(key) and key[0] == ids

    shot.wait_until(heat_map_follows_table, "the heat map of the rows in the table")
    shot.wait_for_charts(page)
    return page


# -- the screens -------------------------------------------------------------------------------------------


@screen("partnerships")
def partnerships(shot: Shot) -> Any:
    shot.window.show_page("partnerships")
    page = shot.window.pages["partnerships"]
    p = shot.partnership()
    if p is not None:
        page.select_partnership(p.id)
    return shot.window


@screen("record")
def record(shot: Shot) -> Any:
    shot.open_partnership("", page="record")
    return shot.window


@screen("new-partnership")
def new_partnership(shot: Shot) -> Any:
    shot.window.new_partnership()
    page = shot.window.pages["record"]
    page.save()  # shows the inline validation message
    shot.cleanup.append(lambda: page.cancel())
    return shot.window


@screen("rounds")
def rounds(shot: Shot) -> Any:
    shot.open_partnership("", page="rounds")
    page = shot.window.pages["rounds"]
    panel = page.side_panels["A"]
    if panel.respondents:
        panel.select_respondent(panel.respondents[0].id)
    return shot.window


@screen("round-dialog")
def round_dialog(shot: Shot) -> Any:
    shot.open_partnership("", page="rounds")
    dialog = shot.window.pages["rounds"].new_round_dialog()  # the label and dates it proposes
    dialog.threshold_spin.setValue(2)  # a lowered threshold needs its reason
    dialog.reason_edit.setText("Only two executives per side in this joint venture")
    return shot.dialog(dialog)


@screen("dashboard")
def dashboard(shot: Shot) -> Any:
    shot.open_partnership("", page="dashboard")
    return shot.window


@screen("portfolio")
def portfolio(shot: Shot) -> Any:
    shot.window.show_page("portfolio")
    wait_for_portfolio(shot)
    return shot.window


def _dashboard(shot: Shot, name_part: str = "", chart: int = 0, text: int = 0, round_label: str = "") -> Any:
    """The dashboard of a demo partnership with the given chart and text tabs (healthdesk/ui/dashboard/page.py)."""
    p = shot.open_partnership(name_part, page="dashboard")
    page = shot.window.pages["dashboard"]
    if round_label and p is not None:
        for r in p.rounds:
            if r.label == round_label:
                page.show_round(r.id)
    page.chart_tabs.setCurrentIndex(chart)
    page.text_tabs.setCurrentIndex(text)
    shot.settle()
    return page


@screen("dashboard-trend")
def dashboard_trend(shot: Shot) -> Any:
    _dashboard(shot, "云启", chart=1, text=1)
    return shot.window


@screen("dashboard-gaps")
def dashboard_gaps(shot: Shot) -> Any:
    _dashboard(shot, "云启", chart=2, text=2)
    return shot.window


@screen("dashboard-heatmap")
def dashboard_heatmap(shot: Shot) -> Any:
    _dashboard(shot, "知行", chart=3, text=0)
    return shot.window


@screen("dashboard-withheld")
def dashboard_withheld(shot: Shot) -> Any:
    """A round where one side is below the anonymity threshold: withheld, with the reason and partner label."""
    _dashboard(shot, "云启", round_label="2025 H2")
    return shot.window


@screen("dashboard-detail")
def dashboard_detail(shot: Shot) -> Any:
    page = _dashboard(shot, "云启")
    dialog = page.open_detail("dimension", "relationship")
    dialog.resize(min(900, shot.size[0] - 100), min(700, shot.size[1] - 60))
    return shot.dialog(dialog)


@screen("dashboard-indicator")
def dashboard_indicator(shot: Shot) -> Any:
    page = _dashboard(shot, "云启")
    dialog = page.open_detail("indicator", "trust")
    dialog.resize(min(900, shot.size[0] - 100), min(700, shot.size[1] - 60))
    return shot.dialog(dialog)


@screen("portfolio-filtered")
def portfolio_filtered(shot: Shot) -> Any:
    shot.window.show_page("portfolio")
    page = wait_for_portfolio(shot)
    every = page.proxy.rowCount()
    page.tier_filter.setCurrentIndex(max(0, page.tier_filter.findData("gold")))
    shot.wait_until(lambda: 0 < page.proxy.rowCount() < every, "the table filtered to the gold tier")
    wait_for_portfolio(shot)  # the heat map follows the filter
    return shot.window


@screen("backups")
def backups(shot: Shot) -> Any:
    from healthdesk.models import backup
    from healthdesk.ui.backups import safety

    if not backup.list_backups(shot.ctx.paths.backups):
        backup.take_backup(shot.ctx.db, reason="manual")
        backup.take_backup(shot.ctx.db, reason="auto")
    return shot.dialog(safety.BackupsDialog(shot.ctx, shot.window))


@screen("first-run")
def first_run(shot: Shot) -> Any:
    from healthdesk.ui.shell.first_run import FirstRunDialog

    return shot.dialog(FirstRunDialog(shot.window))


@screen("locked")
def locked(shot: Shot) -> Any:
    from healthdesk.errors import LockedError
    from healthdesk.ui.backups import safety

    exc = LockedError("locked", path=str(shot.ctx.data_dir), pid=4242, host="meeting-room-laptop")
    box, _button = safety.locked_box(shot.window, exc)
    return shot.dialog(box)


@screen("damaged")
def damaged(shot: Shot) -> Any:
    from healthdesk.errors import DamagedError
    from healthdesk.models import backup
    from healthdesk.ui.backups import safety

    exc = DamagedError("damaged", path=str(shot.ctx.db.path), reason="database disk image is malformed")
    good = backup.list_backups(shot.ctx.paths.backups)
    box, _restore, _empty = safety.damaged_box(shot.window, exc, good[0] if good else None)
    return shot.dialog(box)


@screen("lost-database")
def lost_database(shot: Shot) -> Any:
    from types import SimpleNamespace

    from healthdesk import maintenance
    from healthdesk.errors import DamagedError
    from healthdesk.models import backup
    from healthdesk.ui.backups import safety

    maintenance.backup_now(shot.ctx.db)
    good = backup.list_backups(shot.ctx.paths.backups)
    exc = DamagedError("database_missing", path=str(shot.ctx.db.path))
    dialog = safety.LostDatabaseDialog(exc, SimpleNamespace(good=good, newest_good=good[0]), shot.window)
    return shot.dialog(dialog)


@screen("error-dialog")
def error_dialog(shot: Shot) -> Any:
    from healthdesk.ui.shell.error_dialog import UnexpectedErrorDialog

    try:
        raise RuntimeError("example failure for the screenshot")
    except RuntimeError as exc:
        dialog = UnexpectedErrorDialog(exc, "Traceback (most recent call last): …", shot.window)
    return shot.dialog(dialog)


@screen("read-only")
def read_only(shot: Shot) -> Any:
    """The window as a read-only start shows it: the badge, and every change disabled (New partnership among them)."""
    db = shot.ctx.db
    db.read_only = True  # this screen's own copy of the demo; put back before it closes
    shot.cleanup.append(lambda: setattr(db, "read_only", False))
    shot.window.read_only_badge.show()
    shot.cleanup.append(shot.window.read_only_badge.hide)
    page = shot.window.show_page("partnerships") or shot.window.pages["partnerships"]
    page.set_read_only(True)
    shot.window._update_actions()
    return shot.window


# -- the assessment walk-through (healthdesk/ui/walkthrough*.py) ------------------------------------------


def _walkthrough_respondent(shot: Shot, status: str) -> Any:
    """A respondent of an open demo round with the given status (else any one not submitted yet)."""
    from healthdesk.services import partnerships as p_svc
    from healthdesk.services import rounds as r_svc

    fallback = None
    for p in p_svc.list_partnerships(shot.ctx.db):
        for rnd in p.rounds:
            if rnd.status != "open":
                continue
            for who in r_svc.list_respondents(shot.ctx.db, rnd.id):
                if who.status == status:
                    return who
                if who.status != "submitted" and fallback is None:
                    fallback = who
    return fallback


def _walkthrough_window(shot: Shot, status: str, page: int | str) -> Any:
    from healthdesk.ui.walkthrough.window import WalkthroughWindow

    who = _walkthrough_respondent(shot, status)
    window = WalkthroughWindow(shot.ctx, who.id)
    window.resize(*shot.size)
    window.show()
    wt = window.walkthrough
    wt.go_to_page(wt.review_index() if page == "review" else int(page), record=False)
    shot.settle()
    shot.cleanup.append(window.close)
    return window


@screen("walkthrough-intro")
def walkthrough_intro(shot: Shot) -> Any:
    return _walkthrough_window(shot, "not_started", 0)


@screen("walkthrough-dimension")
def walkthrough_dimension(shot: Shot) -> Any:
    """A dimension page half answered: one indicator chosen with a problem description, one still open."""
    window = _walkthrough_window(shot, "in_progress", 1)
    wt = window.walkthrough
    page = 1
    for number, dim in enumerate(wt.framework.dimensions, start=1):
        done = [ind for ind in dim.indicators if wt.cards[ind.id].score is not None]
        if len(done) == 1 or not done:
            page = number
            if not done:  # the demo folder is a temporary copy
                from healthdesk.services import responses

                responses.record_answer(shot.ctx.db, wt.respondent_id, dim.indicators[0].id, 2)
                wt.reload()
            break
    answered = next(ind for ind in wt.framework.dimensions[page - 1].indicators if wt.cards[ind.id].score)
    card = wt.cards[answered.id]
    if not card.problem_text():
        card.problem_box.set_text(
            "目标在重组后出现偏离。"
            if shot.lang == "zh"
            else "Our goals drifted apart after the reorganisation."
        )
    wt.go_to_page(page, record=False)
    shot.settle()
    wt.dimension_pages[page - 1].verticalScrollBar().setValue(0)  # the whole page from its title
    shot.settle()
    return window


@screen("walkthrough-review")
def walkthrough_review(shot: Shot) -> Any:
    return _walkthrough_window(shot, "in_progress", "review")


@screen("respondent-mode")
def respondent_mode(shot: Shot) -> Any:
    from healthdesk.ui.walkthrough.respondent import RespondentModeWindow

    who = _walkthrough_respondent(shot, "in_progress")
    window = RespondentModeWindow(shot.ctx, who.id)
    window.resize(*shot.size)
    window.show()
    window.walkthrough.go_to_page(2, record=False)
    shot.settle()

    def leave() -> None:
        window._unlocked = True
        window.close()

    shot.cleanup.append(leave)
    return window


@screen("respondent-thanks")
def respondent_thanks(shot: Shot) -> Any:
    window = respondent_mode(shot)
    window.show_thank_you()
    shot.settle()
    return window


@screen("respondent-mode-refused")
def respondent_mode_refused(shot: Shot) -> Any:
    """What a second HealthDesk (or `healthdesk open FILE`) shows while respondent mode runs: no data, only Quit."""
    from healthdesk.errors import LockedError
    from healthdesk.ui.walkthrough import room as respondent_room

    exc = LockedError("respondent_mode", path=str(shot.ctx.data_dir))
    return shot.dialog(respondent_room.respondent_mode_box(None, exc))


@screen("respondent-pin-wait")
def respondent_pin_wait(shot: Shot) -> Any:
    """The facilitator's PIN box after too many wrong PINs: the wait, and no input until then."""
    from healthdesk.services.pin_guard import PinState
    from healthdesk.ui.walkthrough.respondent import PinDialog

    dialog = PinDialog(shot.window, lambda: PinState(failures=9, wait_seconds=14 * 60 + 37, locked=True))
    dialog.timer.stop()
    return shot.dialog(dialog)


@screen("respondent-hand-over-refused")
def respondent_hand_over_refused(shot: Shot) -> Any:
    """Hand over for a respondent whose answers are open in a Fill-in window: refused with the reason."""
    from PySide6.QtWidgets import QMessageBox

    from healthdesk.ui.walkthrough import respondent as walkthrough_respondent

    who = _walkthrough_respondent(shot, "in_progress")
    text = walkthrough_respondent.tr(
        "The answers of {name} are open in another window. Close that window first, then hand the laptop "
        "over: respondent mode always starts in a window of its own."
    ).format(name=who.name)
    box = QMessageBox(
        QMessageBox.Icon.Warning, "HealthDesk", text, QMessageBox.StandardButton.Ok, shot.window
    )
    return shot.dialog(box)


# -- the workshop and the follow-up (healthdesk/ui/workshop/window.py, followup*.py) -----------------------------


def _workshop(
    shot: Shot, code: str, round_label: str | None, kind: str, reveal: bool = False, nth: int = 0
) -> Any:
    """The workshop window at the shot's size, on the ``nth`` step of ``kind``."""
    from healthdesk.ui.workshop.window import WorkshopWindow

    p = shot.partnership(code)
    round_id = next((r.id for r in p.rounds if r.label == round_label), None) if round_label else None
    window = WorkshopWindow(shot.ctx, p.id, round_id)
    window.resize(*shot.size)
    window.show()
    shot.settle()
    matches = [i for i, step in enumerate(window.steps) if step.kind == kind]
    if matches:
        window.show_step(matches[min(nth, len(matches) - 1)], record=False)
    if reveal:
        window.toggle_reveal()
    shot.settle()

    def leave() -> None:
        window._closed = True
        window.notes.close()
        window.close()

    shot.cleanup.append(leave)
    return window


@screen("workshop-agenda")
def workshop_agenda(shot: Shot) -> Any:
    return _workshop(shot, "CQ-HY", None, "agenda")


@screen("workshop-review")
def workshop_review(shot: Shot) -> Any:
    """Zhixing x Moyan at 2026 H1: what the December 2025 workshop set, and what moved."""
    return _workshop(shot, "ZX-MY", "2026 H1", "review")


@screen("workshop-overview")
def workshop_overview(shot: Shot) -> Any:
    return _workshop(shot, "CQ-HY", None, "overview", reveal=True)


@screen("workshop-dimension-hidden")
def workshop_dimension_hidden(shot: Shot) -> Any:
    return _workshop(shot, "CQ-HY", None, "dimension", nth=4)


@screen("workshop-dimension")
def workshop_dimension(shot: Shot) -> Any:
    """The relationship dimension of CloudSoft x Huayue, revealed: a perception gap."""
    return _workshop(shot, "CQ-HY", None, "dimension", reveal=True, nth=4)


@screen("workshop-voices")
def workshop_voices(shot: Shot) -> Any:
    return _workshop(shot, "CQ-HY", None, "voices", nth=0)


@screen("workshop-capture")
def workshop_capture(shot: Shot) -> Any:
    window = _workshop(shot, "CQ-HY", None, "dimension", reveal=True, nth=2)
    window.open_capture("action")
    window.capture.title_edit.setText(
        "每周一次联合商机复盘" if shot.lang == "zh" else "Weekly joint pipeline review with both sales teams"
    )
    window.capture.owner_edit.setText("Emily Zhao")
    shot.settle()
    return window


@screen("workshop-captured")
def workshop_captured(shot: Shot) -> Any:
    from healthdesk.services import followup

    p = shot.partnership("CQ-HY")
    latest = max(p.rounds, key=lambda r: r.start_date)
    followup.create_action(
        shot.ctx.db,
        p.id,
        followup.ActionInput(
            "每周一次联合商机复盘", owner="Emily Zhao", dimension_id="finance", round_id=latest.id
        ),
    )
    return _workshop(shot, "CQ-HY", None, "captured")


@screen("workshop-blind")
def workshop_blind(shot: Shot) -> Any:
    """A blind round whose second side has not reached the threshold: nothing is revealed."""
    from healthdesk.services import rounds

    p = shot.partnership("CQ-HY")
    r = next(r for r in p.rounds if r.label == "2025 H2")
    rounds.update_round(
        shot.ctx.db, r.id, r.label, r.start_date, r.end_date, r.threshold, r.threshold_note, True
    )
    return _workshop(shot, "CQ-HY", "2025 H2", "blind")


@screen("workshop-notes")
def workshop_notes(shot: Shot) -> Any:
    window = _workshop(shot, "CQ-HY", None, "dimension", nth=4)
    window.shared_screen = False  # the notes window of a two-screen set-up (one screen: workshop-overlay)
    window.toggle_notes()
    shot.settle()
    return window.notes


@screen("workshop-bar")
def workshop_bar(shot: Shot) -> Any:
    """The capture bar on a goal: level and owner's side in words, the owner completed from the members."""
    window = _workshop(shot, "CQ-HY", None, "dimension", reveal=True, nth=2)
    window.open_capture("goal")
    bar = window.capture
    bar.set_level("mid")
    bar.title_edit.setText(
        "联合客户名单统一为一份" if shot.lang == "zh" else "One joint target customer list"
    )
    member = next(iter(bar.members), "")
    bar.owner_edit.setText(member)
    bar._owner_edited(member)
    shot.settle()
    return window


@screen("workshop-edit")
def workshop_edit(shot: Shot) -> Any:
    """Fixing a capture in the room: a row picked on "goals and actions agreed", the bar correcting it."""
    from healthdesk.services import followup

    p = shot.partnership("CQ-HY")
    latest = max(p.rounds, key=lambda r: r.start_date)
    zh = shot.lang == "zh"
    followup.create_goal(
        shot.ctx.db,
        p.id,
        followup.GoalInput(
            "top",
            "三年内共同领跑智能工厂" if zh else "Lead smart factories together by 2029",
            round_id=latest.id,
        ),
    )
    for title in (
        ("每周一次联合商机复盘", "Weekly joint pipeline review"),
        ("统一报价单", "One joint price list"),
    ):
        followup.create_action(
            shot.ctx.db,
            p.id,
            followup.ActionInput(title[0] if zh else title[1], dimension_id="finance", round_id=latest.id),
        )
    window = _workshop(shot, "CQ-HY", None, "captured")
    window.select_row(1)
    window.edit_selected()
    shot.settle()
    return window


@screen("workshop-overlay")
def workshop_overlay(shot: Shot) -> Any:
    """One screen (or mirrored): the notes and keys as an overlay the facilitator toggles, saying so."""
    window = _workshop(shot, "CQ-HY", None, "dimension", reveal=True, nth=2)
    window.shared_screen = True
    window.toggle_notes()
    shot.settle()
    return window


def _followup_page(shot: Shot, tab: int) -> Any:
    from healthdesk.ui.actionplan.page import FollowUpPage

    page = FollowUpPage(shot.ctx)
    page.resize(*shot.size)
    page.show_partnership(shot.partnership("CQ-HY").id)
    page.tabs.setCurrentIndex(tab)
    page.show()
    shot.settle()
    shot.cleanup.append(page.close)
    return page


@screen("followup-plan")
def followup_plan(shot: Shot) -> Any:
    return _followup_page(shot, 0)


@screen("followup-kpis")
def followup_kpis(shot: Shot) -> Any:
    return _followup_page(shot, 1)


@screen("followup-decisions")
def followup_decisions(shot: Shot) -> Any:
    return _followup_page(shot, 2)


@screen("followup-goal-dialog")
def followup_goal_dialog(shot: Shot) -> Any:
    page = _followup_page(shot, 0)
    goal = page.info.goals[1]
    page.select("goal", goal.id)
    return shot.dialog(page.goal_dialog(goal))


@screen("followup-panel")
def followup_panel(shot: Shot) -> Any:
    from healthdesk.ui.actionplan.page import FollowUpPanel

    panel = FollowUpPanel(shot.ctx)
    panel.resize(shot.size[0] // 2, 360)
    panel.show_partnership(shot.partnership("CQ-HY").id)
    panel.show()
    shot.settle()
    shot.cleanup.append(panel.close)
    return panel


# -- the offline exchange (healthdesk/ui/exchange*.py) -----------------------------------------------------


def _exchange_round(shot: Shot) -> tuple[Any, Any]:
    """A demo partnership with an open round that has respondents: (partnership, round)."""
    from healthdesk.services import partnerships as p_svc

    for p in p_svc.list_partnerships(shot.ctx.db):
        for rnd in reversed(p.rounds):
            if rnd.status == "open" and sum(rnd.invited.values()):
                return p, rnd
    raise RuntimeError("the demo data has no open round with respondents")


def _exchange_files(shot: Shot) -> list[str]:
    """Response files from respondents' laptops (temporary folders), one for every outcome of the preview."""
    from healthdesk.framework import get_framework
    from healthdesk.models.db import Database
    from healthdesk.services import exchange, responses
    from healthdesk.services import rounds as r_svc

    p, rnd = _exchange_round(shot)
    tmp = Path(tempfile.mkdtemp(prefix="healthdesk-shots-exchange-"))
    shot.cleanup.append(lambda: shutil.rmtree(tmp, ignore_errors=True))
    r_svc.add_respondent(shot.ctx.db, rnd.id, "张敏" if shot.lang == "zh" else "Zhang Min", "B", "COO")
    people = r_svc.list_respondents(shot.ctx.db, rnd.id)
    invitations = {  # those who submitted too: their second answer is the conflict below
        f.respondent_uid: f.path
        for f in exchange.export_invitations(
            shot.ctx.db, p.id, rnd.label, tmp / "inv", include_submitted=True
        )
    }
    indicators = get_framework(rnd.framework_key).indicators
    zh = shot.lang == "zh"

    def laptop(who: Any, n: int) -> tuple[Any, int]:
        db = Database.open(tmp / f"laptop-{n}")
        shot.cleanup.append(db.close)
        return db, exchange.open_invitation(db, invitations[who.uid]).respondent_id

    def fill(db: Any, rid: int, base: int, problem: str = "") -> None:
        for k, ind in enumerate(indicators):
            responses.record_answer(
                db, rid, ind.id, max(1, min(5, base + (k % 3) - 1)), problem if k == 1 else None
            )

    by_status: dict[str, list[Any]] = {}
    for who in people:
        by_status.setdefault(who.status, []).append(who)
    waiting = sorted(by_status.get("not_started", []), key=lambda w: -w.id) + by_status.get("in_progress", [])
    files = []
    # A new response, submitted.
    db, rid = laptop(waiting[0], 0)
    fill(db, rid, 4, "决策流程太慢，等待审批平均两周。" if zh else "Decisions wait two weeks for approval.")
    responses.submit_response(db, rid)
    files.append(exchange.export_response(db, rid, tmp / "new.hdresponse").path)
    # A draft sent again with more answers: an update; the first draft again: nothing to do.
    if len(waiting) > 1:
        db, rid = laptop(waiting[1], 1)
        fill(db, rid, 3)
        draft = exchange.export_response(db, rid, tmp / "draft-1.hdresponse").path
        exchange.import_responses(shot.ctx.db, [draft])
        responses.record_answer(
            db, rid, indicators[0].id, 5, "新的联合方案进展顺利。" if zh else "The joint offer is on track."
        )
        files.append(exchange.export_response(db, rid, tmp / "draft-2.hdresponse").path)
        files.append(draft)
    # A submitted response that arrives again, different: a conflict.
    submitted = by_status.get("submitted", [])
    if submitted:
        who = submitted[0]
        db, rid = laptop(who, 2)
        fill(db, rid, 2, "双方对优先级的理解不一致。" if zh else "We disagree on priorities.")
        responses.submit_response(db, rid)
        files.append(exchange.export_response(db, rid, tmp / "changed.hdresponse").path)
    junk = tmp / ("转发的邮件.hdresponse" if zh else "forwarded-mail.hdresponse")
    junk.write_text("<html>not a response file</html>", encoding="utf-8")
    files.append(junk)
    return [str(f) for f in files]


@screen("exchange-import")
def exchange_import(shot: Shot) -> Any:
    from healthdesk.ui.exchange.import_preview import ImportPreviewDialog

    dialog = ImportPreviewDialog(shot.ctx, _exchange_files(shot), shot.window)
    dialog.resize(min(1200, shot.size[0] - 40), min(720, shot.size[1] - 40))
    shot.wait_until(lambda: not dialog.busy(), "the files read")  # read on the background queue
    return shot.dialog(dialog)


@screen("exchange-invitations")
def exchange_invitations(shot: Shot) -> Any:
    from healthdesk.ui.exchange.export import ExportInvitationsDialog

    p, _rnd = _exchange_round(shot)
    dialog = ExportInvitationsDialog(shot.ctx, p.id, shot.window)
    dialog.folder_edit.setText(
        "D:/Workshops/HealthDesk invitations" if os.name == "nt" else "~/HealthDesk invitations"
    )
    return shot.dialog(dialog)


@screen("exchange-data")
def exchange_data(shot: Shot) -> Any:
    from healthdesk.ui.exchange.export import ExportDataDialog

    p, _rnd = _exchange_round(shot)
    dialog = ExportDataDialog(shot.ctx, p.id, shot.window)
    dialog.file_edit.setText("~/Documents/x")
    dialog._suggest_file()
    return shot.dialog(dialog)


@screen("exchange-data-history")
def exchange_data_history(shot: Shot) -> Any:
    dialog = exchange_data(shot)
    dialog.history.setChecked(True)
    shot.settle()
    return dialog


@screen("review-export")
def review_export(shot: Shot) -> Any:
    from healthdesk.ui.review.export import ReviewExportDialog, suggested_name

    p = shot.open_partnership("CQ-HY", page="dashboard")
    dialog = ReviewExportDialog(shot.ctx, p.id, shot.window)
    rnd = dialog.chosen_round()
    dialog.file_edit.setText("~/Documents/" + suggested_name(p.code, rnd.label, dialog.chosen_lang()))
    return shot.dialog(dialog)


# --- x18guide ---
# Guidance for a first-time user: every empty state, and the next step offered on the screen.


def _new_partnership(shot: Shot, rounds: int = 0, respondents: bool = False) -> Any:
    """A partnership of the user's own (not demo), with ``rounds`` rounds and optionally respondents on the last."""
    from datetime import date

    from healthdesk.services import partnerships as p_svc
    from healthdesk.services import rounds as r_svc
    from healthdesk.services.dto import PartnershipInput

    names = {
        "en": ("Cloud software × hardware joint solution", "Cloudsoft Ltd", "Hardworks Co"),
        "zh": ("云端软件 × 硬件联合方案", "云启软件有限公司", "硬核制造有限公司"),
    }[shot.lang]
    data = PartnershipInput(
        name=names[0],
        code="NEW1",
        partner_a_name=names[1],
        partner_a_label="Soft",
        partner_b_name=names[2],
        partner_b_label="Hard",
        start_date=date(2026, 9, 1),
    )
    info = shot.ctx.call(p_svc.create_partnership, data)
    for n in range(rounds):
        label = ("2026 H1", "2026 H2")[n % 2]
        rnd = shot.ctx.call(r_svc.create_round, info.id, label, date(2026, 1 + 6 * (n % 2), 1))
        if respondents and n == rounds - 1:
            for name, side in (("Li Wei", "A"), ("Chen Siyuan", "A"), ("Anna Berg", "B")):
                shot.ctx.call(r_svc.add_respondent, rnd.id, name, side, "JMC member")
    shot.window.pages["partnerships"].reload()
    return info


@screen("empty-start")
def empty_start(shot: Shot) -> Any:
    """After "Start empty" on the first run: no partnership at all."""
    from healthdesk import demo

    shot.ctx.call(demo.remove_demo_data)
    shot.window.set_partnership(None)
    shot.window.pages["partnerships"].reload()
    shot.window.show_page("partnerships")
    return shot.window


@screen("empty-no-match")
def empty_no_match(shot: Shot) -> Any:
    shot.window.show_page("partnerships")
    shot.window.pages["partnerships"].search.setText("no such partnership")
    return shot.window


@screen("record-next-step")
def record_next_step(shot: Shot) -> Any:
    """A new partnership just saved: the next step (open its first round) stays on the screen."""
    from healthdesk import demo

    shot.ctx.call(demo.remove_demo_data)
    shot.window.set_partnership(None)
    shot.window.pages["partnerships"].reload()
    shot.window.new_partnership()
    page = shot.window.pages["record"]
    page.name_edit.setText("Cloud software × hardware joint solution")
    page.code_edit.setText("SWHW")
    for side, name, label in (("A", "Cloudsoft Ltd", "Soft"), ("B", "Hardworks Co", "Hard")):
        page.partner_name[side].setText(name)
        page.partner_label[side].setText(label)
    page.save()
    return shot.window


@screen("rounds-empty")
def rounds_empty(shot: Shot) -> Any:
    """A partnership with no round yet."""
    p = _new_partnership(shot)
    shot.window.set_partnership(p.id)
    shot.window.show_page("rounds")
    return shot.window


@screen("round-dialog-proposed")
def round_dialog_proposed(shot: Shot) -> Any:
    p = _new_partnership(shot, rounds=2)
    shot.window.set_partnership(p.id)
    shot.window.show_page("rounds")
    shot.settle()  # the rounds page reads the partnership on the background queue
    return shot.dialog(shot.window.pages["rounds"].new_round_dialog())


@screen("round-no-respondents")
def round_no_respondents(shot: Shot) -> Any:
    p = _new_partnership(shot, rounds=1)
    shot.window.set_partnership(p.id)
    shot.window.show_page("rounds")
    return shot.window


@screen("round-not-answered")
def round_not_answered(shot: Shot) -> Any:
    p = _new_partnership(shot, rounds=1, respondents=True)
    shot.window.set_partnership(p.id)
    shot.window.show_page("rounds")
    return shot.window


@screen("followup-empty")
def followup_empty(shot: Shot) -> Any:
    p = _new_partnership(shot, rounds=1)
    shot.window.set_partnership(p.id)
    shot.window.show_page("followup")
    return shot.window


# --- x19app ---
# One file by e-mail (issue 19): the facilitator's export with ready-to-send messages, the executive's confirmation
# when the invitation is opened, and the finished state with the response file saved beside the invitation.


def _x19_invitations(shot: Shot, email: str = "facilitator@example.com") -> tuple[Any, Any, list[Any]]:
    from healthdesk.services import exchange

    p, rnd = _exchange_round(shot)
    tmp = Path(tempfile.mkdtemp(prefix="healthdesk-shots-x19-"))
    shot.cleanup.append(lambda: shutil.rmtree(tmp, ignore_errors=True))
    folder = tmp / ("邮件附件" if shot.lang == "zh" else "Mail attachments")
    files = exchange.export_invitations(
        shot.ctx.db,
        p.id,
        rnd.label,
        folder,
        include_submitted=True,
        language=shot.lang,
        facilitator_email=email,
    )
    return p, rnd, files


@screen("exchange-invitations-sent")
def exchange_invitations_sent(shot: Shot) -> Any:
    from healthdesk.ui.exchange.export import ExportInvitationsDialog

    p, _rnd = _exchange_round(shot)
    tmp = Path(tempfile.mkdtemp(prefix="healthdesk-shots-x19-"))
    shot.cleanup.append(lambda: shutil.rmtree(tmp, ignore_errors=True))
    dialog = ExportInvitationsDialog(shot.ctx, p.id, shot.window)
    dialog.folder_edit.setText(str(tmp / ("邀请" if shot.lang == "zh" else "invitations")))
    dialog.email_edit.setText("facilitator@example.com")
    dialog._check_all(True)
    dialog.export()
    shot.wait_until(lambda: not dialog.busy(), "the invitations written")  # written on the background queue
    dialog.resize(min(900, shot.size[0] - 40), min(900, shot.size[1] - 40))
    return shot.dialog(dialog)


def _x19_laptop(shot: Shot) -> tuple[Any, Any, Any]:
    """The executive's laptop: a fresh data folder and its context, with one invitation of the demo round."""
    from healthdesk.models.db import Database
    from healthdesk.ui.common.context import AppContext

    _p, _rnd, files = _x19_invitations(shot)
    folder = files[0].path.parent.parent / "laptop"
    db = Database.open(folder)
    shot.cleanup.append(db.close)
    return AppContext(db, data_dir=folder, lang=shot.lang), files[0], db


@screen("invitation-confirm")
def invitation_confirm(shot: Shot) -> Any:
    from healthdesk.services import exchange
    from healthdesk.ui.exchange import actions as ui_exchange

    laptop, invitation, db = _x19_laptop(shot)
    summary = exchange.invitation_summary(exchange.check_invitation(db, invitation.path))
    box, _ok = ui_exchange.confirmation_box(shot.window, ui_exchange.invitation_text(summary))
    return shot.dialog(box)


@screen("invitation-finished")
def invitation_finished(shot: Shot) -> Any:
    from healthdesk.framework import get_framework
    from healthdesk.services import exchange, responses
    from healthdesk.ui.exchange import actions as ui_exchange

    laptop, invitation, db = _x19_laptop(shot)
    opened = exchange.open_invitation(db, invitation.path)
    framework = get_framework(get_framework_key(db, opened.round_id))
    for k, ind in enumerate(framework.indicators):
        responses.record_answer(db, opened.respondent_id, ind.id, 2 + k % 4)
    responses.submit_response(db, opened.respondent_id)
    window = ui_exchange.show_walkthrough(laptop, opened.respondent_id, None, True, invitation.path)
    shot.cleanup.append(window.close)
    window.resize(*shot.size)
    shot.settle()
    return window


def get_framework_key(db: Any, round_id: int) -> str:
    from healthdesk.services import rounds as r_svc

    return r_svc.get_round(db, round_id).framework_key


# --- x18workshop ---
@screen("workshop-help")
def workshop_help(shot: Shot) -> Any:
    """? or F1 on one screen: every key of the workshop, on the presentation itself (Esc closes it)."""
    window = _workshop(shot, "CQ-HY", None, "dimension", nth=4)
    window.shared_screen = True
    window.toggle_help()
    shot.settle()
    return window


@screen("workshop-dimension-hidden-bar")
def workshop_dimension_hidden_bar(shot: Shot) -> Any:
    """A hidden dimension with the capture bar open: the slide takes the room left, nothing is revealed."""
    window = _workshop(shot, "CQ-HY", None, "dimension", nth=1)
    window.open_capture("action")
    shot.settle()
    return window


# --- x18walk ---


def _walkthrough_all_answered(shot: Shot, page: int | str) -> Any:
    """A walk-through window with every indicator answered and nothing submitted yet."""
    from healthdesk.services import responses

    window = _walkthrough_window(shot, "in_progress", page)
    wt = window.walkthrough
    for ind in wt.framework.indicators:
        if wt.cards[ind.id].score is None:
            responses.record_answer(shot.ctx.db, wt.respondent_id, ind.id, 3)
    wt.reload()
    wt.go_to_page(wt.review_index() if page == "review" else int(page), record=False)
    wt.ask_before_close = False  # the picture's cleanup closes it without the question
    shot.settle()
    return window


@screen("walkthrough-complete")
def walkthrough_complete(shot: Shot) -> Any:
    """All answered, on a dimension page: "Submit answers" in the footer, enabled, whatever the window's height."""
    return _walkthrough_all_answered(shot, 5)


@screen("walkthrough-review-complete")
def walkthrough_review_complete(shot: Shot) -> Any:
    return _walkthrough_all_answered(shot, "review")


@screen("walkthrough-close-question")
def walkthrough_close_question(shot: Shot) -> Any:
    """Closing with everything answered but nothing submitted: Submit / Close without submitting / Cancel."""
    window = _walkthrough_all_answered(shot, "review")
    wt = window.walkthrough
    wt.ask_before_close = True
    window.close()
    shot.settle()
    box = wt.close_question
    wt.ask_before_close = False
    shot.cleanup.append(box.reject)
    return box


@screen("walkthrough-submitted")
def walkthrough_submitted(shot: Shot) -> Any:
    """Just submitted: the thank-you with the moment (2026-12-04 14:05), no warning banner."""
    window = _walkthrough_all_answered(shot, "review")
    window.walkthrough.submit(confirm=False)
    shot.settle()
    return window


# --- x15jobs ---
# Long exchange work on the background queue: the dialog while its job runs (progress bar, Cancel, buttons
# waiting). A job holding the queue keeps the dialog's own job waiting, so the picture is of a running state.


def _x15_hold_queue(shot: Shot) -> Any:
    import threading

    from healthdesk.ui.common import tasks

    gate = threading.Event()
    blocker = tasks.run_in_background(lambda control: gate.wait(60), "screenshot: hold the queue")
    shot.queue_held = True

    def release() -> None:
        shot.queue_held = False
        gate.set()
        blocker.wait(60)

    return release


def _x15_running(shot: Shot, dialog: Any, done: int, total: int, release: Any) -> Any:
    task = dialog.strip.task
    shown = shot.dialog(dialog)

    def finish() -> None:  # the dialog's job never runs: cancelled while it waits behind the holder
        task.cancel()
        release()
        task.wait(60)
        shot.settle()

    shot.cleanup.append(finish)
    task.progressed.emit(done, total)
    shot.settle()
    return shown


@screen("exchange-import-running")
def exchange_import_running(shot: Shot) -> Any:
    from healthdesk.ui.exchange.import_preview import ImportPreviewDialog

    dialog = ImportPreviewDialog(shot.ctx, _exchange_files(shot), shot.window)
    dialog.resize(min(1200, shot.size[0] - 40), min(720, shot.size[1] - 40))
    shot.wait_until(lambda: not dialog.busy(), "the files read")
    release = _x15_hold_queue(shot)
    dialog.apply()
    return _x15_running(shot, dialog, 1, sum(1 for p in dialog.plans if p.writes), release)


@screen("exchange-invitations-running")
def exchange_invitations_running(shot: Shot) -> Any:
    from healthdesk.ui.exchange.export import ExportInvitationsDialog

    p, _rnd = _exchange_round(shot)
    tmp = Path(tempfile.mkdtemp(prefix="healthdesk-shots-x15-"))
    shot.cleanup.append(lambda: shutil.rmtree(tmp, ignore_errors=True))
    dialog = ExportInvitationsDialog(shot.ctx, p.id, shot.window)
    dialog.folder_edit.setText(str(tmp / ("邀请" if shot.lang == "zh" else "invitations")))
    dialog._check_all(True)
    release = _x15_hold_queue(shot)
    dialog.export()
    return _x15_running(shot, dialog, 2, len(dialog.chosen_uids()), release)


@screen("demo-loading")
def demo_loading(shot: Shot) -> Any:
    from healthdesk.ui.common.task_strip import run_with_progress
    from healthdesk.ui.shell import first_run

    release = _x15_hold_queue(shot)
    task = run_with_progress(
        shot.ctx, shot.window, lambda control: None, first_run.tr("Loading the demo data…"), lambda _r: None
    )
    dialog = shot.window.working_dialog

    def finish() -> None:
        task.cancel()
        release()
        task.wait(60)
        shot.settle()

    shot.cleanup.append(finish)
    task.progressed.emit(9, 21)
    shot.settle()
    return dialog


# --- x18charts ---
@screen("dashboard-detail-end")
def dashboard_detail_end(shot: Shot) -> Any:
    """The detail scrolled to its end: the history chart whole, its withheld footnote not cut off."""
    from PySide6.QtWidgets import QScrollArea

    page = _dashboard(shot, "云启")
    dialog = page.open_detail("dimension", "relationship")
    dialog.resize(min(900, shot.size[0] - 100), min(700, shot.size[1] - 60))
    shot.dialog(dialog)
    shot.wait_for_charts(dialog)
    scroll = dialog.findChild(QScrollArea)
    bar = scroll.verticalScrollBar()
    bar.setValue(bar.maximum())
    shot.settle()
    return dialog


# -- running -----------------------------------------------------------------------------------------------


# --- x15backup ---
# "Back up now" from the backups screen while the backup runs: the list with its buttons waiting and the progress
# dialog (bytes copied) over it, composed into one picture as the user sees them. A job holding the queue keeps the
# backup waiting, so the picture is of a running state; the backup is cancelled before it starts.


@screen("backups-running")
def backups_running(shot: Shot) -> Any:
    from PySide6.QtGui import QPainter
    from PySide6.QtWidgets import QLabel

    from healthdesk.models import backup
    from healthdesk.ui.backups import safety

    if not backup.list_backups(shot.ctx.paths.backups):
        backup.take_backup(shot.ctx.db, reason="manual")
        backup.take_backup(shot.ctx.db, reason="auto")
    dialog = safety.BackupsDialog(shot.ctx, shot.window)
    shot.settle()  # the list fills itself on the background queue, before the queue is held
    release = _x15_hold_queue(shot)
    shot.dialog(dialog)
    dialog._backup_now()
    task = dialog.task

    def finish() -> None:
        task.cancel()
        release()
        task.wait(60)
        shot.settle()

    shot.cleanup.append(finish)
    task.progressed.emit(3 * 1024 + 300, 8 * 1024 + 700)  # KB copied of the whole
    shot.settle()
    picture = dialog.grab()
    working = dialog.working_dialog.grab()
    painter = QPainter(picture)
    painter.drawPixmap(
        (picture.width() - working.width()) // 2, (picture.height() - working.height()) // 2, working
    )
    painter.end()
    composed = QLabel()
    composed.setPixmap(picture)
    composed.resize(picture.size())
    shot.cleanup.append(composed.deleteLater)
    return composed


def build_demo_folder(folder: Path) -> None:
    from healthdesk.models.db import Database

    db = Database.open(folder)
    try:
        from healthdesk.demo import build_demo

        build_demo(db)
    finally:
        db.close()


def copy_data_folder(template: Path, folder: Path) -> None:
    """A fresh copy of the demo database: every screen starts from the same data, whatever ran before it."""
    from healthdesk.paths import DB_FILENAME

    folder.mkdir(parents=True, exist_ok=True)
    for name in (DB_FILENAME, DB_FILENAME + "-wal"):
        if (template / name).exists():
            shutil.copy2(template / name, folder / name)


def offscreen_platform(size: tuple[int, int], folder: Path) -> str:
    """The offscreen platform with one screen of the shot's size (its default screen is 800×800, on which Qt
    sizes dialogs for a smaller screen than the picture shows: a dialog sized for 800 pixels looks clipped)."""
    config = folder / "offscreen-screen.json"
    screen = {"name": "screenshots", "x": 0, "y": 0, "width": size[0], "height": size[1]}
    config.write_text(json.dumps({"screens": [screen]}), encoding="utf-8")
    return f"offscreen:configfile={config.as_posix()}"


def quiet_offscreen_warnings() -> None:
    """Drop the offscreen platform's "does not support propagateSizeHints()" (once per window); keep the rest."""
    from PySide6.QtCore import qInstallMessageHandler

    previous = None

    def handler(mode: Any, context: Any, message: str) -> None:
        if "propagateSizeHints" in message:
            return
        if previous is not None:
            previous(mode, context, message)
        else:
            print(message, file=sys.stderr)

    previous = qInstallMessageHandler(handler)


def render_screen(
    qapp: Any, template: Path, folder: Path, name: str, lang: str, size: tuple[int, int]
) -> Any:
    """Shows one screen on a fresh copy of the demo data and returns its picture (a QPixmap)."""
    from healthdesk.models.db import Database
    from healthdesk.ui.common.context import AppContext
    from healthdesk.ui.shell.main_window import MainWindow
    from healthdesk.ui.shell.settings import AppSettings

    copy_data_folder(template, folder)
    db = Database.open(folder)
    settings = AppSettings(folder)
    settings.first_run_done = True
    ctx = AppContext(db, data_dir=folder, lang=lang, settings=settings)
    window = MainWindow(settings)
    shot = Shot(qapp, window, ctx, lang, size)
    try:
        window.attach(ctx)
        window.resize(*size)
        window.show()
        shot.settle()
        target = SCREENS[name](shot)
        shot.settle()
        if target is None:
            return None
        shot.wait_for_charts(target)
        shot.settle()
        return target.grab()
    finally:
        for fn in reversed(shot.cleanup):
            try:
                fn()
            except Exception as exc:  # noqa: BLE001 - a screen that cannot close must not hide the picture
                print(f"{name}-{lang}: cleanup failed: {exc!r}", file=sys.stderr)
        record = window.pages.get("record")
        if record is not None:
            record._dirty = False
        window.close()
        window.deleteLater()
        shot.settle()
        ctx.deleteLater()
        db.close()
        shot.settle()


def render(
    out_dir: Path, names: list[str], langs: list[str], size: tuple[int, int]
) -> tuple[list[Path], list[str]]:
    """Writes ``<screen>-<lang>-<W>x<H>.png`` for every screen and language into ``out_dir``; returns the files
    written and the screens that failed (each failure printed with its traceback). Uses the running
    QApplication if there is one (the test suite's), else makes one."""
    import traceback

    from PySide6.QtWidgets import QApplication

    from healthdesk.ui.shell import app as app_module

    out_dir.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix="healthdesk-shots-"))
    written: list[Path] = []
    failed: list[str] = []
    try:
        template = tmp / "demo"
        build_demo_folder(template)
        qapp = QApplication.instance() or app_module.create_application(["healthdesk-screenshots"])
        n = 0
        for lang in langs:
            app_module.prepare_application(qapp, lang)
            for name in names:
                n += 1
                label = f"{name}-{lang}"
                try:
                    picture = render_screen(qapp, template, tmp / f"{n}" / "data", name, lang, size)
                except Exception:  # noqa: BLE001 - report every screen that fails, then fail
                    print(f"{label}: FAILED", file=sys.stderr)
                    traceback.print_exc()
                    failed.append(label)
                    continue
                if picture is None:
                    continue
                path = out_dir / f"{name}-{lang}-{size[0]}x{size[1]}.png"
                if not picture.save(str(path)):
                    print(f"{label}: could not write {path}", file=sys.stderr)
                    failed.append(label)
                    continue
                written.append(path)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    return written, failed


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out_dir", type=Path)
    parser.add_argument("--size", default="1366x768", help="window size in logical pixels, WxH")
    parser.add_argument("--lang", default="en,zh")
    parser.add_argument("--only", default="", help="comma-separated screen names")
    parser.add_argument("--display", action="store_true", help="use the current display instead of offscreen")
    args = parser.parse_args(argv)
    try:
        width, height = (int(x) for x in args.size.lower().split("x"))
    except ValueError:
        parser.error(f"--size must look like 1366x768, not {args.size!r}")
    names = [n for n in args.only.split(",") if n] or list(SCREENS)
    unknown = [n for n in names if n not in SCREENS]
    if unknown:
        parser.error(f"unknown screen(s): {', '.join(unknown)}; known: {', '.join(SCREENS)}")
    langs = [lang for lang in args.lang.split(",") if lang]
    platform_dir = Path(tempfile.mkdtemp(prefix="healthdesk-shots-screen-"))
    try:
        if not args.display:
            os.environ["QT_QPA_PLATFORM"] = offscreen_platform((width, height), platform_dir)
            quiet_offscreen_warnings()
        written, failed = render(args.out_dir, names, langs, (width, height))
    finally:
        shutil.rmtree(platform_dir, ignore_errors=True)
    for path in written:
        print(path)
    if failed:
        print(f"{len(failed)} screen(s) failed: {', '.join(failed)}", file=sys.stderr)
        return 1
    print(f"{len(written)} screenshot(s) written to {args.out_dir}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
