"""The dashboard's view-model (``healthdesk.ui.dashboard.model``) without Qt: on the demo data its tiles, lights,
flagged gaps and counts are what ``healthdesk summary --json`` says; the empty states, a blind round, a withheld
side and a preliminary round are decided as codes; the follow-up panel's content is read for the partnership."""

from __future__ import annotations

import json
import subprocess
import sys
from datetime import date

import pytest

from healthdesk import cli
from healthdesk.analysis.numbers import fmt1, fmt2
from healthdesk.errors import HealthDeskError
from healthdesk.services import followup as fu
from healthdesk.services import partnerships as partnership_svc
from healthdesk.services import rounds as round_svc
from healthdesk.ui.dashboard.model import (
    Empty,
    HistoryState,
    Note,
    Said,
    detail_now,
    history_rows,
    load_dashboard,
    load_followup,
    load_history,
)
from tests.builders import add_submitted, make_partnership

AS_OF = date(2026, 11, 22)


def cli_summary(db, capsys, code, label=None):
    argv = ["summary", "--data-dir", str(db.paths.root), code, "--json", "--as-of", AS_OF.isoformat()]
    if label:
        argv += ["--round", label]
    capsys.readouterr()
    assert cli.main(argv) == 0
    return json.loads(capsys.readouterr().out)


def assert_tiles_match(view, doc):
    """Every tile says the JSON's number and light; a withheld value is None (a dash and "withheld"), never 0."""
    tile = view.index_tile
    assert not tile.hidden
    overall = doc["overall"]
    assert tile.value == fmt1(overall["index"])
    assert tile.light == overall["light"]
    assert tile.overall == fmt2(overall["joint"])
    assert tile.tier == overall["tier"] and tile.exit_review == overall["exit_review"]
    assert [t.dimension_id for t in view.dimension_tiles] == list(doc["dimensions"])
    for t in view.dimension_tiles:
        dim = doc["dimensions"][t.dimension_id]
        assert t.value == fmt2(dim["joint"]), t.dimension_id
        assert t.light == dim["light"], t.dimension_id
        for side in ("A", "B"):
            assert fmt2(t.sides[side]) == fmt2(dim["sides"][side]), (t.dimension_id, side)
            if dim["sides"][side] is None:
                assert t.sides[side] is None  # withheld: the word, never 0
        assert (t.trend is None) == (doc["trend"]["kind"] == "withheld")


def test_tiles_are_what_summary_json_says_for_every_demo_partnership(demo_db, capsys):
    for p in partnership_svc.list_partnerships(demo_db):
        view = load_dashboard(demo_db, p.id, None, AS_OF)
        doc = cli_summary(demo_db, capsys, p.code)
        assert view.empty is None and view.has_results and view.can_open_detail
        assert view.data.round.label == doc["round"]["label"]
        assert view.round_id == doc["round"]["id"]
        assert_tiles_match(view, doc)
        # the gaps the findings list are exactly the flagged ones, dimensions first, then indicators
        flagged = [("dimension", k) for k, d in doc["dimensions"].items() if d["gap_flagged"]]
        flagged += [("indicator", k) for k, i in doc["indicators"].items() if i["gap_flagged"]]
        assert [(g.kind, g.item_id) for g in view.findings.gaps] == flagged
        assert view.findings.gaps_said == (Said.LIST if flagged else Said.NOTHING)
        assert [f.rule_id for f in view.findings.diagnosis] == [f["rule_id"] for f in doc["diagnosis"]]
        # every dimension and indicator in the table, with the gap cell flagged as the JSON flags it
        rows = {(r.kind, r.item_id): r for r in view.indicators}
        assert len(rows) == len(doc["dimensions"]) + len(doc["indicators"])
        for ind_id, ind in doc["indicators"].items():
            row = rows[("indicator", ind_id)]
            assert row.light == ind["light"] and fmt2(row.joint) == fmt2(ind["joint"])
            assert row.gap_cell.endswith("■") == bool(ind["gap_flagged"])
            for side in ("A", "B"):
                assert row.sides[side].spread_flagged == bool(ind["sides"][side]["spread_flagged"])
        # the response counts of the status line and the findings
        counts = {c.side: (c.submitted, c.invited, c.in_progress) for c in view.status.counts}
        assert counts == {
            s: (v["submitted"], v["invited"], v["in_progress"]) for s, v in doc["sides"].items()
        }
        assert view.findings.counts == view.status.counts


def test_an_older_round_of_the_demo(demo_db, capsys):
    p = partnership_svc.list_partnerships(demo_db)[0]
    older = p.rounds[1]
    view = load_dashboard(demo_db, p.id, older.id, AS_OF)
    assert view.round_id == older.id
    assert_tiles_match(view, cli_summary(demo_db, capsys, p.code, older.label))
    # the selector lists the rounds newest first; the trend and heat map end with the chosen round
    assert [r.id for r in view.header.rounds] == [r.id for r in reversed(p.rounds)]
    assert view.upto[-1].round_id == older.id


def test_a_withheld_side_of_the_demo_is_said_with_its_reason(demo_db, capsys):
    p = next(x for x in partnership_svc.list_partnerships(demo_db) if "云启" in x.name)
    rnd = next(r for r in p.rounds if r.label == "2025 H2")
    view = load_dashboard(demo_db, p.id, rnd.id, AS_OF)
    doc = cli_summary(demo_db, capsys, p.code, "2025 H2")
    assert view.index_tile.value is None and view.index_tile.light is None
    assert all(t.value is None and t.light is None for t in view.dimension_tiles)
    notes = {n.code: n.params for n in view.status.notes}
    reasons = [(w.code, dict(w.params)) for w in notes[Note.WITHHELD]["reasons"]]
    assert reasons == [
        (w["code"], w["params"]) for w in doc["withheld"] if w["code"] == "side_below_threshold"
    ]
    side = reasons[0][1]["side"]
    assert [s for s, _w in view.problems.withheld_sides] == [side]
    assert view.findings.diagnosis_said == Said.NEEDS_BOTH_SIDES == view.findings.gaps_said


def test_no_partnership_and_no_round_are_empty_states(db):
    assert load_dashboard(db, None).empty == Empty.NO_PARTNERSHIP
    p = make_partnership(db)
    view = load_dashboard(db, p.id)
    assert view.empty == Empty.NO_ROUND
    assert view.header.name == p.name and not view.header.can_choose_round
    assert view.index_tile is None and not view.dimension_tiles and not view.can_open_detail


def test_an_unknown_partnership_is_refused_as_not_found(db):
    with pytest.raises(HealthDeskError) as refused:
        load_dashboard(db, 4242)
    assert refused.value.code == "not_found"


def test_a_blind_round_is_hidden_until_both_sides_are_in(db):
    p = make_partnership(db)
    rnd = round_svc.create_round(db, p.id, "2026 H1", date(2026, 5, 1), blind=True)
    add_submitted(db, rnd.id, "A", [4, 3, 5])
    add_submitted(db, rnd.id, "B", [2])
    view = load_dashboard(db, p.id, None, AS_OF)
    assert view.empty is None and not view.has_results
    assert not view.chart_available("radar") and not view.chart_available("gap")
    assert view.chart_available("trend") and view.chart_available("heatmap")
    assert view.index_tile.hidden and all(t.hidden for t in view.dimension_tiles)
    assert [n.code for n in view.status.notes] == [Note.BLIND_HIDDEN]
    assert view.status.notes[0].params == {"threshold": 3, "waiting": {"B": 2}}
    assert view.findings.hidden and view.findings.withheld is None  # everything, until both are in
    assert view.problems.hidden and view.indicators == ()


def test_an_open_round_is_preliminary_first_and_a_closed_one_not(db):
    p = make_partnership(db)
    rnd = round_svc.create_round(db, p.id, "2026 H1", date(2026, 5, 1))
    add_submitted(db, rnd.id, "A", [4, 3, 5])
    add_submitted(db, rnd.id, "B", [2, 3, 3])
    view = load_dashboard(db, p.id, None, AS_OF)
    assert view.status.notes[0].code == Note.PRELIMINARY
    assert view.index_tile.value is not None
    assert view.index_tile.summary.trend.kind == "baseline"
    assert all(t.trend.kind == "baseline" and t.direction is None for t in view.dimension_tiles)
    round_svc.set_round_status(db, rnd.id, "closed")
    view = load_dashboard(db, p.id, None, AS_OF)
    assert Note.PRELIMINARY not in [n.code for n in view.status.notes]


def test_problem_descriptions_are_grouped_by_dimension_and_never_attributed(demo_db):
    p = partnership_svc.list_partnerships(demo_db)[0]
    view = load_dashboard(demo_db, p.id, None, AS_OF)
    fw = view.data.framework
    order = [d.id for d in fw.dimensions]
    groups = [g.dimension_id for g in view.problems.groups]
    assert groups and groups == sorted(groups, key=order.index)
    said = [text for g in view.problems.groups for i in g.indicators for _side, text in i.said]
    names = {who.name for r in p.rounds for who in round_svc.list_respondents(demo_db, r.id)}
    assert said and not any(name in text for name in names for text in said)
    assert not view.problems.empty


def test_the_follow_up_panel_reads_the_partnerships_follow_up(db):
    p = make_partnership(db)
    kpi = fu.create_kpi(db, p.id, fu.KpiInput(name="Churn", alert_threshold=10, direction="above", unit="%"))
    fu.record_kpi_value(db, kpi.id, "2026 Q1", "2026-03-31", 14)
    fu.create_action(db, p.id, fu.ActionInput(title="Fix onboarding", owner="Li", due_date="2026-04-30"))
    read = load_followup(db, p.id, date(2026, 6, 1))
    assert read.partnership_id == p.id and read.info is not None
    assert (read.info.counts.overdue_actions, read.info.counts.kpi_breaches) == (1, 1)
    assert load_followup(db, None).info is None


def test_the_detail_says_both_sides_and_every_round_as_summary_json_does(demo_db, capsys):
    p = partnership_svc.list_partnerships(demo_db)[0]
    view = load_dashboard(demo_db, p.id, None, AS_OF)
    doc = cli_summary(demo_db, capsys, p.code)
    fw = view.data.framework
    now = detail_now(view.data, "dimension", "relationship")
    ids = [ind.id for ind in fw.dimension_map["relationship"].indicators]
    assert [(r.kind, r.item_id, r.total) for r in now.rows] == [
        *(("indicator", i, False) for i in ids),
        ("dimension", "relationship", True),
    ]
    for row in now.rows[:-1]:
        ind = doc["indicators"][row.item_id]
        for side in ("A", "B"):
            assert fmt2(row.values[side]) == fmt2(ind["sides"][side]["value"])
            assert row.spreads[side].startswith("◆") == bool(ind["sides"][side]["spread_flagged"])
    history = load_history(demo_db, p.id)
    rows = history_rows(view.data, history, "dimension", "relationship")
    assert [r.label for r in rows] == [r.label for r in p.rounds]
    assert [r.current for r in rows].count(True) == 1
    mine = next(r for r in rows if r.current)
    assert mine.state == HistoryState.SHOWN and mine.round_id == doc["round"]["id"]
    dim = doc["dimensions"]["relationship"]
    assert fmt2(mine.joint) == fmt2(dim["joint"]) and mine.light == dim["light"]
    assert {s: fmt2(v) for s, v in mine.values.items()} == {s: fmt2(v) for s, v in dim["sides"].items()}


def test_a_blind_round_still_hidden_is_hidden_in_the_detail_history(db):
    p = make_partnership(db)
    first = round_svc.create_round(db, p.id, "2025 H2", date(2025, 11, 1))
    add_submitted(db, first.id, "A", [4, 4, 4])
    add_submitted(db, first.id, "B", [3, 3, 3])
    round_svc.set_round_status(db, first.id, "closed")
    blind = round_svc.create_round(db, p.id, "2026 H1", date(2026, 5, 1), blind=True)
    add_submitted(db, blind.id, "A", [4, 3, 5])
    view = load_dashboard(db, p.id, first.id, AS_OF)
    rows = history_rows(view.data, load_history(db, p.id), "indicator", "trust")
    assert [(r.label, r.state, r.current) for r in rows] == [
        ("2025 H2", HistoryState.SHOWN, True),
        ("2026 H1", HistoryState.HIDDEN, False),
    ]
    assert detail_now(load_dashboard(db, p.id, blind.id, AS_OF).data, "indicator", "trust") is None


def test_the_view_model_imports_no_qt():
    code = "import sys, healthdesk.ui.dashboard.model; sys.exit('PySide6' in sys.modules)"
    assert subprocess.run([sys.executable, "-c", code], check=False).returncode == 0
