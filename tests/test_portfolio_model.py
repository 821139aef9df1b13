"""The portfolio's view-model (``healthdesk/ui/portfolio/model.py``, no Qt) on the demo data: each row says what the
services say for the same round (``summarise_round``, the data of ``summary --json``), the decline rule and the gap
decision come from ``present/``, the follow-up counts from the follow-up service; the filters keep exactly the rows
they should; the heat map shows the table's first rows."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from healthdesk.analysis.numbers import fmt1, fmt2, fmt_signed1
from healthdesk.analysis.serialize import summary_to_json
from healthdesk.framework import DEFAULT_FRAMEWORK_KEY, get_framework
from healthdesk.models.db import Database
from healthdesk.present.findings import gap_message, index_direction
from healthdesk.services import followup as followup_svc
from healthdesk.services import partnerships as partnership_svc
from healthdesk.services import portfolio as portfolio_svc
from healthdesk.services import summary as summary_svc
from healthdesk.ui.portfolio import model as vm
from healthdesk.ui.portfolio.model import Column, Filters, IndexState
from tests.builders import make_partnership

AS_OF = date(2026, 11, 22)


@pytest.fixture
def empty_db(tmp_path):
    database = Database.open(tmp_path / "empty")
    yield database
    database.close(backup="never")


def summaries(db, view):
    """Each row's round summarised by the services, as ``healthdesk summary --as-of`` summarises it."""
    out = {}
    for row in view.rows:
        label = row.overview.round_label
        _p, summary = summary_svc.summarise_round(db, row.partnership_id, label, AS_OF)
        out[row.partnership_id] = summary
    return out


def test_the_model_loads_without_qt():
    """The view-model (and what it imports) runs without Qt: a process that loads it has no PySide6."""
    import subprocess
    import sys

    code = "import sys, healthdesk.ui.portfolio.model; print('PySide6' in sys.modules)"
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=120, check=True
    )
    assert out.stdout.strip() == "False"


def test_every_row_says_what_the_summary_says(demo_db):
    view = vm.load_portfolio(demo_db, AS_OF)
    assert view.as_of == AS_OF and len(view.rows) == 4 and not view.pending and not view.empty
    assert [r.name for r in view.rows] == sorted(r.name for r in view.rows)  # by name, as the service lists
    by_id = summaries(demo_db, view)
    for row in view.rows:
        summary = by_id[row.partnership_id]
        fw = get_framework(summary.scores.framework_key)
        doc = summary_to_json(summary, fw)
        assert row.index == IndexState.VALUE
        assert row.index_text == fmt1(summary.scores.index)
        assert abs(float(row.index_text) - doc["overall"]["index"]) <= 0.05
        assert row.light == doc["overall"]["light"]
        assert row.tier == doc["overall"]["tier"] and row.exit_review == doc["overall"]["exit_review"]
        assert row.warnings == len(doc["warnings"])
        assert row.framework is not None and row.framework.key == doc["framework"]["key"]
        # the lights per dimension: the heat map's cells, as the summary has them
        assert [d.dimension for d in row.dimensions] == list(doc["dimensions"])
        for cell in row.dimensions:
            jv = summary.scores.dimensions[cell.dimension]
            assert cell.joint == fmt2(jv.joint) and cell.light == doc["dimensions"][cell.dimension]["light"]
        # the trend: the index change since the round before, the heading by the decline rule (present)
        assert row.trend.kind == doc["trend"]["kind"] == "compared"
        assert row.trend.delta == fmt_signed1(summary.trend.index_delta)
        assert row.trend.heading == index_direction(summary)
        assert row.trend.falling == any(w["code"] == "index_falling" for w in doc["warnings"])
        # the largest gap and who sees it higher (present's decision)
        gaps = {dim: d["gap"] for dim, d in doc["dimensions"].items() if d["gap"] is not None}
        largest = max(gaps, key=lambda dim: abs(gaps[dim]))
        assert row.gap.dimension == largest
        gap = summary.scores.dimensions[largest].gap
        assert row.gap.size == fmt2(abs(gap)) and row.gap.said == gap_message(gap)
        assert row.gap.flagged == doc["dimensions"][largest]["gap_flagged"]
        # the dates: the latest round started, the next full assessment due
        p = partnership_svc.get_partnership(demo_db, row.partnership_id)
        assert row.last_start == max(r.start_date for r in p.rounds if r.start_date <= AS_OF)
        assert row.next_due is not None and row.overdue == (row.next_due < AS_OF)
    # the demo's case: one partnership's index is falling (the decline rule), the others' is not
    falling = [r.name for r in view.rows if r.trend.falling]
    assert len(falling) == 1 and "云启" in falling[0]
    assert next(r for r in view.rows if r.trend.falling).trend.heading == "down"


def test_the_follow_up_counts_are_the_services(demo_db):
    view = vm.load_portfolio(demo_db, AS_OF)
    counts = followup_svc.followup_counts(demo_db, AS_OF)
    assert {r.partnership_id: r.followup for r in view.rows} == {
        r.partnership_id: counts[r.partnership_id] for r in view.rows
    }
    assert any(r.followup.attention for r in view.rows)
    for row in view.rows:
        c = counts[row.partnership_id]
        expected = float(c.overdue_actions * 100 + c.kpi_breaches * 10 + c.decisions_requested)
        assert row.sort_keys[Column.FOLLOWUP] == expected


def test_sort_keys_order_the_worst_first_and_leave_missing_values_out(demo_db):
    fresh = make_partnership(demo_db, name="No Rounds Yet", code="NRY")
    view = vm.load_portfolio(demo_db, AS_OF)
    empty = next(r for r in view.rows if r.partnership_id == fresh.id)
    assert empty.index == IndexState.NO_RESULTS and empty.tier_key == "none"
    assert empty.sort_keys[Column.INDEX] is None and empty.sort_keys[Column.TREND] is None
    with_index = [r for r in view.rows if r.sort_keys[Column.INDEX] is not None]
    assert len(with_index) == 4
    ordered = sorted(with_index, key=lambda r: r.sort_keys[Column.INDEX])
    assert [r.index_text for r in ordered] == sorted((r.index_text for r in with_index), key=float)
    assert all(r.sort_keys[Column.NAME] == r.name.casefold() for r in view.rows)
    # tiers: the better tier ranks higher; an exit review half a step lower
    fw = with_index[0].framework
    ranks = {r.tier: r.sort_keys[Column.TIER] for r in with_index}
    ids = [t.id for t in fw.tiers]
    for tier, rank in ranks.items():
        row = next(r for r in with_index if r.tier == tier)
        assert rank == len(ids) - ids.index(tier) - (0.5 if row.exit_review else 0.0)


def test_the_filters_keep_exactly_the_matching_rows(demo_db):
    fresh = make_partnership(demo_db, name="No Rounds Yet", code="NRY")
    partnership_svc.set_archived(demo_db, fresh.id, True)
    view = vm.load_portfolio(demo_db, AS_OF)
    rows = view.rows
    names = {r.partnership_id: r.name for r in rows}
    by_id = summaries(
        demo_db, replace(view, rows=tuple(r for r in rows if r.computed and r.overview.round_label))
    )

    def kept(**filters):
        return {r.partnership_id for r in vm.shown(rows, Filters(**filters))}

    assert kept() == set(names)
    # words: every word must appear in the name, code, partners' names or labels (case does not matter)
    infos = {p.id: p for p in partnership_svc.list_partnerships(demo_db)}

    def has(p, word):
        fields = [p.name, p.code, p.partner_a_name, p.partner_a_label, p.partner_b_name, p.partner_b_label]
        return any(word.casefold() in f.casefold() for f in fields)

    for text in ("迅达", "nry", "× 华岳", "no such thing"):
        words = text.split()
        assert kept(text=text) == {pid for pid, p in infos.items() if all(has(p, w) for w in words)}
    assert len(kept(text="迅达")) == 1
    # tiers: the summary's tier; exit review; no results (computed, no tier)
    for tier in {s.tier for s in by_id.values()}:
        assert kept(tier=tier) == {pid for pid, s in by_id.items() if s.tier == tier}
    assert kept(tier="yellow") and kept(tier="gold")
    assert kept(tier=vm.TIER_EXIT_REVIEW) == {pid for pid, s in by_id.items() if s.exit_review}
    assert kept(tier=vm.TIER_NONE) == {fresh.id}
    # statuses: archived ones only under "archived" (or any); "current" is active and paused
    assert kept(status=vm.STATUS_ARCHIVED) == {fresh.id}
    active = {pid for pid, p in infos.items() if p.status == "active" and not p.archived}
    assert kept(status="active") == active == set(by_id)
    assert kept(status=vm.STATUS_CURRENT) == active
    assert kept(status="paused") == set()
    # together: each filter must keep the row
    assert kept(text="迅达", status="paused") == set()
    assert kept(tier=vm.TIER_NONE, status=vm.STATUS_ARCHIVED, text="rounds yet") == {fresh.id}
    # the filter choices: any, each tier of the default framework, exit review, no results
    keys = vm.tier_filter_keys()
    assert keys[0] == "" and keys[-2:] == (vm.TIER_EXIT_REVIEW, vm.TIER_NONE)
    assert list(keys[1:-2]) == [t.id for t in get_framework(DEFAULT_FRAMEWORK_KEY).tiers]
    assert set(keys[1:-2]) >= {s.tier for s in by_id.values()}
    assert vm.status_filter_keys()[:2] == ("", vm.STATUS_CURRENT) and "paused" in vm.status_filter_keys()


def test_the_heat_map_shows_the_tables_first_rows(demo_db, monkeypatch):
    view = vm.load_portfolio(demo_db, AS_OF)
    ordered = sorted(view.rows, key=lambda r: r.sort_keys[Column.INDEX])
    content = vm.heatmap(ordered)
    assert content.ids == tuple(r.partnership_id for r in ordered) and not content.partial
    assert content.total == 4
    assert [name for name, _ in content.items] == [r.name for r in ordered]
    for (_name, latest), row in zip(content.items, ordered, strict=True):
        assert fmt1(latest.index) == row.index_text
    assert content.framework.key == portfolio_svc.heatmap_framework([r.source for r in ordered]).key
    assert content.framework.key == ordered[0].framework.key
    # more rows than it shows: the first ones, and it says so
    monkeypatch.setattr(vm, "HEATMAP_ROWS", 2)
    content = vm.heatmap(ordered)
    assert (
        content.ids == tuple(r.partnership_id for r in ordered[:2]) and content.partial and content.total == 4
    )
    # a filter that keeps nothing: no heat map
    assert vm.heatmap(vm.shown(ordered, Filters(text="no such thing"))) is None


def test_no_partnerships_is_an_empty_view(empty_db):
    view = vm.load_portfolio(empty_db, AS_OF)
    assert view.empty and view.rows == () and view.as_of == AS_OF


def test_a_row_that_could_not_be_computed_says_so(demo_db):
    portfolio = portfolio_svc.list_portfolio(demo_db, AS_OF)
    broken = replace(portfolio.rows[0], overview=None, latest=None, failed=True)
    view = vm.portfolio_view(replace(portfolio, rows=(broken,)), {})
    (row,) = view.rows
    assert row.index == IndexState.FAILED and not row.computed and row.trend is None and row.gap is None
    assert row.dimensions == () and row.tier_key == "" and row.followup is None
    assert row.sort_keys[Column.INDEX] is None and row.sort_keys[Column.NAME] == broken.name.casefold()
    assert vm.Filters(tier=vm.TIER_NONE).keeps(row) is False and vm.Filters().keeps(row)
