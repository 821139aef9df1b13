"""The partnership list, the record and the rounds page read the database on the background queue, not on the
GUI thread, and still show what they read; what waits for a page's data (a new round's dialog) waits for it."""

from __future__ import annotations

import threading

from healthdesk.services import rounds as round_svc
from healthdesk.ui.partnerships import model as partnerships_vm
from healthdesk.ui.rounds import model as rounds_vm


def _record_threads(monkeypatch, module, name: str, seen: dict) -> None:  # noqa: ANN001
    original = getattr(module, name)

    def load(*args, **kwargs):  # noqa: ANN002, ANN003, ANN202
        seen.setdefault(name, []).append(threading.current_thread())
        return original(*args, **kwargs)

    load.__name__ = name  # ctx.fetch takes only reads: the name says it is one
    monkeypatch.setattr(module, name, load)


def test_list_record_and_rounds_are_read_on_the_worker_thread(
    main_window, ctx, make_partnership, make_round, monkeypatch, qtbot, settle
):
    seen: dict[str, list[threading.Thread]] = {}
    _record_threads(monkeypatch, partnerships_vm, "load_list", seen)
    _record_threads(monkeypatch, partnerships_vm, "load_record", seen)
    _record_threads(monkeypatch, rounds_vm, "load_rounds", seen)
    p = make_partnership(ctx, name="Cloud × Hardware")
    rnd = make_round(ctx, p.id)
    round_svc.add_respondent(ctx.db, rnd.id, "Li Wei", "A")

    page = main_window.pages["partnerships"]
    page.reload()
    qtbot.waitUntil(lambda: page.visible_names() == ["Cloud × Hardware"])
    main_window.set_partnership(p.id)
    main_window.show_page("record")
    form = main_window.pages["record"]
    qtbot.waitUntil(lambda: form.name_edit.text() == "Cloud × Hardware")
    main_window.show_page("rounds")
    rounds = main_window.pages["rounds"]
    qtbot.waitUntil(lambda: rounds.side_panels["A"].table.rowCount() == 1)
    settle()

    assert set(seen) == {"load_list", "load_record", "load_rounds"}
    for name, threads in seen.items():
        assert all(t is not threading.main_thread() for t in threads), f"{name} ran on the GUI thread"


def test_a_new_round_asked_for_at_once_opens_once_the_partnership_is_read(
    main_window, ctx, make_partnership, monkeypatch, qtbot, settle
):
    from healthdesk.ui.rounds.page import RoundDialog

    opened: list = []
    monkeypatch.setattr(RoundDialog, "exec", lambda dialog: opened.append(dialog) or 0)
    settle()
    p = make_partnership(ctx)
    main_window.open_new_round(p.id)  # the rounds page has not read the partnership yet
    rounds = main_window.pages["rounds"]
    assert main_window.current_page_name() == "rounds"
    qtbot.waitUntil(lambda: len(opened) == 1)
    assert opened[0].partnership.id == p.id and opened[0].round_info is None
    settle()
    assert len(opened) == 1, "asked for once, opened once"
    assert rounds.partnership is not None and rounds.partnership.id == p.id
