"""The workshop's view-model without Qt (healthdesk/ui/workshop/model.py): the sequence of screens with the blind
rule, what a screen shows, where the room stands (reveals, timers that skip sleep, the resume state) and the capture
rules (defaults, what one capture stores)."""

from __future__ import annotations

import subprocess
import sys
from dataclasses import replace
from datetime import date
from types import SimpleNamespace

from healthdesk.services import followup as fu
from healthdesk.services import responses, rounds
from healthdesk.ui.workshop import model
from healthdesk.ui.workshop.model import Capture, Room
from tests.builders import add_submitted, answer_all, make_partnership

AS_OF = date(2026, 6, 1)


def _story(db):
    """Round 1: everything 3 but relationship (2); round 2: side A scores relationship 4, side B 3; one problem
    description per side; an action of round 1 done."""
    p = make_partnership(db)
    low = {"decision_conflicts": 2, "trust": 2}
    r1 = rounds.create_round(db, p.id, "2025 H2", "2025-11-01")
    add_submitted(db, r1.id, "A", [low] * 3)
    add_submitted(db, r1.id, "B", [low] * 3)
    rounds.set_round_status(db, r1.id, "closed")
    r2 = rounds.create_round(db, p.id, "2026 H1", "2026-05-01")
    add_submitted(db, r2.id, "A", [{"decision_conflicts": 4, "trust": 4}] * 2)
    add_submitted(db, r2.id, "B", [{"decision_conflicts": 3, "trust": 3}] * 2)
    for side, text in (("A", "Two target lists"), ("B", "目标客户名单各写一版")):
        who = rounds.add_respondent(db, r2.id, f"writer {side}", side, "CEO")
        answer_all(
            db, who.id, {"decision_conflicts": 4 if side == "A" else 3, "trust": 4 if side == "A" else 3}
        )
        responses.record_problem(db, who.id, "goal_alignment", text)
        responses.submit_response(db, who.id)
    fu.create_action(
        db,
        p.id,
        fu.ActionInput("Monthly trust check", dimension_id="relationship", round_id=r1.id, status="done"),
    )
    return p, r1, r2


def _data(db, pid, round_id=None):
    return fu.workshop_data(db, pid, round_id, AS_OF)


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def test_the_model_runs_without_qt():
    code = (
        "import sys, healthdesk.ui.workshop.model; "
        "sys.exit(any(name.startswith('PySide6') for name in sys.modules))"
    )
    assert subprocess.run([sys.executable, "-c", code], check=False).returncode == 0


def test_the_sequence_follows_the_round(db):
    p, _r1, _r2 = _story(db)
    slides = model.agenda(_data(db, p.id))
    kinds = [s.kind for s in slides]
    assert kinds[:3] == ["agenda", "review", "overview"] and kinds[-2:] == ["captured", "close"]
    dims = [s.dimension_id for s in slides if s.kind == "dimension"]
    assert dims == ["strategy", "operations", "finance", "innovation", "relationship"]
    assert all(s.revealable for s in slides if s.kind in ("overview", "dimension"))
    assert not any(s.revealable for s in slides if s.kind not in ("overview", "dimension"))
    voices = [s for s in slides if s.kind == "voices"]
    assert [(s.key, s.dimension_id) for s in voices] == [("voices:strategy:0", "strategy")]
    assert sorted((q.side, q.text) for q in voices[0].items) == [
        ("A", "Two target lists"),
        ("B", "目标客户名单各写一版"),
    ]
    assert len({s.key for s in slides}) == len(slides)  # keys are unique: the room finds its place by them
    assert model.agenda_items(_data(db, p.id)) == ["review", "overview", "dimensions", "captured", "close"]


def test_a_blind_round_has_no_results_screen_and_counts_what_is_missing(db):
    p, _r1, _r2 = _story(db)
    r3 = rounds.create_round(db, p.id, "2026 H2", "2026-05-20", blind=True)
    add_submitted(db, r3.id, "A", [5, 5, 5], prefix="n")
    add_submitted(db, r3.id, "B", [1, 1], prefix="n")
    data = _data(db, p.id)
    kinds = [s.kind for s in model.agenda(data)]
    assert "blind" in kinds and not {"overview", "dimension", "voices"} & set(kinds)
    assert model.agenda_items(data)[-3:] == ["blind", "captured", "close"]
    assert model.blind_tiles(data) == [model.BlindTile("A", 3, 0), model.BlindTile("B", 2, 1)]


def test_review_screens_take_six_items_each_with_before_and_after(db):
    p, r1, _r2 = _story(db)
    for n in range(6):
        fu.create_action(db, p.id, fu.ActionInput(f"Extra {n}", dimension_id="finance", round_id=r1.id))
    data = _data(db, p.id)
    review = [s for s in model.agenda(data) if s.kind == "review"]
    assert [(s.key, s.page, s.pages, len(s.items)) for s in review] == [
        ("review:0", 0, 2, 6),
        ("review:1", 1, 2, 1),
    ]
    rows = model.review_rows(data.review, review[0].items + review[1].items)
    trust = next(r for r in rows if r.title == "Monthly trust check")
    assert trust.done and trust.status == "done" and trust.direction == "up"
    assert trust.moves == ("2.00 → 3.50  ▲ +1.50",) and trust.aims == (("", "relationship"),)


def test_what_a_dimension_shows_before_and_after_the_reveal(db):
    p, _r1, _r2 = _story(db)
    data = _data(db, p.id)
    assert model.side_value(data, "A", "relationship", revealed=False) == model.SideValue("?", "hidden")
    assert model.side_value(data, "A", "relationship", revealed=True) == model.SideValue(
        "4.00", "submitted", 3
    )
    assert model.joint_value(data, "relationship", revealed=False) == ("?", None)
    joint, light = model.joint_value(data, "relationship", revealed=True)
    assert joint == "3.50" and light in ("red", "amber", "green")
    gap = model.dimension_gap(data, "relationship")
    assert gap.message.code == "gap.sees" and gap.message.params == {"side": "A", "size": "1.00"}
    said = model.dimension_trend(data, "relationship")
    assert said.code == "trend.compared" and said.params == {
        "arrow": "▲",
        "delta": "+1.50",
        "previous": "2025 H2",
    }
    dim = data.framework.dimension_map["relationship"]
    assert [values for _ind, values in model.indicator_values(data, dim, revealed=False)] == [
        {"A": "?", "B": "?"}
    ] * len(dim.indicators)
    index, light = model.overview_index(data, revealed=False)
    assert (index, light) == ("?", None)
    rows = {r.dimension_id: r for r in model.overview_rows(data)}
    assert rows["relationship"].change == "▲ +1.50" and rows["strategy"].change == "▶ 0.00"
    assert model.overall_trend(data).code == "trend.compared"


def test_a_side_below_the_threshold_is_withheld_with_the_reason(db):
    p = make_partnership(db)
    r1 = rounds.create_round(db, p.id, "2026 H1", "2026-05-01")
    add_submitted(db, r1.id, "A", [4] * 3)
    add_submitted(db, r1.id, "B", [4] * 2)
    data = _data(db, p.id)
    assert model.side_value(data, "B", "strategy", revealed=True) == model.SideValue("—", "withheld", 3)
    assert model.overall_trend(data).code == "trend.withheld"


def test_the_room_keeps_its_place_and_reveals_across_a_new_sequence(db):
    p, _r1, _r2 = _story(db)
    room = Room(Clock())
    room.set_slides(model.agenda(_data(db, p.id)))
    overview = room.keys().index("overview")
    room.go(overview)
    assert room.hidden() and room.toggle_reveal() and room.is_revealed() and not room.hidden()
    room.go(0)
    assert not room.toggle_reveal()  # the agenda has nothing to reveal
    room.go(overview)
    room.set_slides(list(room.slides))  # the language changed: same screen, still revealed
    assert room.current().key == "overview" and room.is_revealed()
    room.selected = 2
    room.go(overview + 1)
    assert room.selected == -1  # a row picked belongs to its screen
    assert room.go(999) == len(room.slides) - 1


def test_timers_count_the_room_not_the_sleep():
    clock = Clock()
    room = Room(clock)
    room.set_slides([model.Slide("agenda", "agenda"), model.Slide("close", "close")])
    for _ in range(90):
        clock.now += 1
        room.record_time()
    clock.now += 3600  # the laptop slept an hour
    room.record_time()
    assert room.step_seconds() == 90 and room.step_clock() == "01:30 / 03:00" and not room.over_time()
    clock.now += 100  # frozen longer than MAX_GAP: none of it counts
    assert room.step_seconds() == 90
    room.go(1)
    for _ in range(200):
        clock.now += 1
        room.record_time()
    assert room.step_seconds() == 200 and room.over_time()  # "close" is planned for 3 minutes
    assert room.session_seconds() == 290 and model.session_clock(room.session_seconds()) == "0:04:50"


def test_the_resume_state_brings_back_screen_reveals_timers_and_draft(db):
    p, _r1, _r2 = _story(db)
    slides = model.agenda(_data(db, p.id))
    clock = Clock()
    room = Room(clock)
    room.set_slides(slides)
    room.go(room.keys().index("overview"))
    room.toggle_reveal()
    clock.now += 20
    room.go(room.index + 1)
    room.toggle_reveal()
    clock.now += 25
    draft = Capture(kind="goal", title="Agree one joint target", level="mid", dimension_id="strategy")
    state = room.state(draft)
    assert state["step"] == "dimension:strategy" and state["revealed"] == ["dimension:strategy", "overview"]
    assert {k: v for k, v in state["elapsed"].items() if v} == {"overview": 20.0, "dimension:strategy": 25.0}
    assert state["draft"]["title"] == "Agree one joint target"
    assert Room(clock).state(Capture(title="  "))["draft"] is None  # blanks are nothing to keep

    again = Room(Clock())
    again.set_slides(slides)
    offer = again.resume_offer(state)
    assert offer == model.ResumeOffer(room.index, len(slides), 0)
    assert again.resume(state) == room.index
    again.go(room.index, record=False)
    assert again.is_revealed() and again.step_seconds() == 25
    kept = model.kept_draft(state)
    assert (kept.kind, kept.title, kept.level, kept.dimension_id) == (
        "goal",
        "Agree one joint target",
        "mid",
        "strategy",
    )
    # Nothing worth offering: the agenda with nothing revealed, or a screen that is gone.
    assert again.resume_offer({"step": "agenda", "revealed": []}) is None
    assert again.resume_offer({"step": "dimension:gone"}) is None
    assert model.kept_draft({"draft": {"title": "", "owner": ""}}) is None
    assert Capture.from_state({"kind": "nonsense"}).kind == "action"


def test_capture_rules_defaults_side_and_what_one_capture_stores():
    bar = Capture()
    assert (bar.level, bar.side) == (model.DEFAULT_LEVEL, model.DEFAULT_SIDE) == ("short", "")
    assert model.member_sides([("Li Wei", "A"), ("", "B"), ("Nobody", ""), ("郑国华", "B")]) == {
        "Li Wei": "A",
        "郑国华": "B",
    }
    assert [model.other_side(s) for s in ("", "A", "B")] == ["A", "B", "A"]
    goal = Capture(
        kind="goal", title="  One list  ", owner=" Emily Zhao ", level="mid", dimension_id="strategy"
    )
    assert goal.problem() == "side_missing"  # an owner without a side is never stored
    goal.side = "B"
    assert goal.problem() == ""
    stored = goal.goal_input(None, round_id=7)
    assert (stored.title, stored.level, stored.owner_a, stored.owner_b) == (
        "One list",
        "mid",
        "",
        "Emily Zhao",
    )
    assert (stored.dimensions, stored.round_id) == (("strategy",), 7)
    action = Capture(title="Weekly call", side="A", dimension_id="finance")  # a side without an owner: none
    stored = action.action_input(None, round_id=7)
    assert (stored.title, stored.owner, stored.owner_side, stored.dimension_id) == (
        "Weekly call",
        "",
        "",
        "finance",
    )


def test_a_correction_keeps_what_the_bar_does_not_show():
    before = fu.ActionInput(
        "Old", owner="Li Wei", owner_side="A", dimension_id="finance", round_id=3, status="done"
    )
    item = SimpleNamespace(id=5, title="Old", owner="Li Wei", owner_side="A", dimension_id="finance")
    item.as_input = lambda: replace(before)
    fields = Capture.of_item("action", item)
    assert (fields.title, fields.owner, fields.side, fields.editing) == ("Old", "Li Wei", "A", ("action", 5))
    fields.title = "New"
    stored = fields.action_input(item, round_id=9)
    assert (stored.title, stored.status, stored.round_id, stored.dimension_id) == (
        "New",
        "done",
        3,
        "finance",
    )
    goal = SimpleNamespace(
        id=2, title="G", owner_a="", owner_b="郑国华", level="top", dimensions=("relationship",)
    )
    fields = Capture.of_item("goal", goal)
    assert (fields.owner, fields.side, fields.level, fields.dimension_id) == (
        "郑国华",
        "B",
        "top",
        "relationship",
    )


def test_captured_rows_the_picked_one_always_shown():
    followup = SimpleNamespace(
        goals=[SimpleNamespace(id=1, round_id=2), SimpleNamespace(id=2, round_id=1)],
        actions=[SimpleNamespace(id=9, round_id=2), SimpleNamespace(id=4, round_id=2)],
    )
    items = model.captured_items(followup, 2)
    assert [(k, i.id) for k, i in items] == [("goal", 1), ("action", 4), ("action", 9)]
    assert model.captured_window(3, -1) == (2, 0)
    assert model.captured_window(12, -1) == (11, 4)  # the last eight, the last picked
    assert model.captured_window(12, 1) == (1, 0)
    assert model.captured_window(0, -1) == (-1, 0)
    assert model.shorten("a  b " + "x" * 20, 8) == "a b xxx…"
