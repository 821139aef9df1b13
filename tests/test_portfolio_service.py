"""The portfolio and dashboard services: the same numbers as the scoring engine (and as ``summary --json``), kept
between opens, and never stale after a change (answers, submissions, reopened rounds, the passing days)."""

from __future__ import annotations

import shutil
from datetime import date, timedelta

import pytest
from sqlalchemy import delete, func, select, update

from healthdesk.analysis.scoring import partnership_overview
from healthdesk.analysis.serialize import summary_to_json
from healthdesk.framework import get_framework
from healthdesk.models.db import Database
from healthdesk.models.entities import AppSetting, Round
from healthdesk.paths import DataPaths
from healthdesk.services import partnerships as partnership_svc
from healthdesk.services import portfolio as portfolio_svc
from healthdesk.services import responses as response_svc
from healthdesk.services import rounds as round_svc
from healthdesk.services import summary as summary_svc
from healthdesk.services.dto import PartnershipInput
from tests.builders import add_submitted, make_partnership

AS_OF = date(2026, 11, 22)


@pytest.fixture(autouse=True)
def _fresh_memory():
    summary_svc.clear_memory()
    yield
    summary_svc.clear_memory()


def fresh_overviews(db, as_of=AS_OF):
    """Every partnership's overview straight from the engine, over scores computed from the answers."""
    result = {}
    for pid, scores in summary_svc.all_partnership_scores(db).items():
        result[pid] = partnership_overview(scores, as_of, get_framework)
    return result


def kept_rows(db) -> int:
    with db.reading() as session:
        return session.scalar(
            select(func.count()).select_from(AppSetting).where(AppSetting.key.like("cache.%"))
        )


def test_portfolio_rows_are_the_engines_overviews(demo_db):
    portfolio = portfolio_svc.list_portfolio(demo_db, AS_OF)
    expected = fresh_overviews(demo_db)
    assert len(portfolio.rows) == 4 and not portfolio.pending
    for row in portfolio.rows:
        assert row.overview == expected[row.partnership_id]
        assert row.round_count >= 4
        assert row.latest is not None and row.latest.index == row.overview.index
    # CloudSoft x Huayue: yellow card with falling dimensions and a growing perception gap
    cloudsoft = next(r for r in portfolio.rows if "云启" in r.name)
    assert cloudsoft.overview.tier == "yellow" and cloudsoft.overview.warnings >= 2


def test_a_second_open_reads_kept_rows_without_scoring(demo_db, monkeypatch):
    first = portfolio_svc.list_portfolio(demo_db, AS_OF)
    assert kept_rows(demo_db) >= 8  # a portfolio row and a history per partnership
    summary_svc.clear_memory()  # as in a new process

    def no_scoring(*_args, **_kwargs):
        raise AssertionError("recomputed although nothing changed")

    monkeypatch.setattr(portfolio_svc, "partnership_overview", no_scoring)
    monkeypatch.setattr(summary_svc, "score_round", no_scoring)
    assert portfolio_svc.list_portfolio(demo_db, AS_OF).rows == first.rows


def _open_round_respondent(db):
    for p in partnership_svc.list_partnerships(db):
        for r in p.rounds:
            if r.status == "open":
                for who in round_svc.list_respondents(db, r.id):
                    if who.status != "submitted":
                        return p, r, who
    raise AssertionError("the demo has an open round with a respondent still answering")


def test_an_answer_in_an_open_round_makes_its_row_stale(demo_db):
    before = portfolio_svc.list_portfolio(demo_db, AS_OF)
    partnership, _rnd, who = _open_round_respondent(demo_db)
    for ind in get_framework("healthdesk-default@1").indicators:
        response_svc.record_answer(demo_db, who.id, ind.id, 5)
    response_svc.submit_response(demo_db, who.id)
    after = portfolio_svc.list_portfolio(demo_db, AS_OF)
    expected = fresh_overviews(demo_db)
    for row in after.rows:
        assert row.overview == expected[row.partnership_id]
    changed = {
        a.partnership_id for a, b in zip(after.rows, before.rows, strict=True) if a.overview != b.overview
    }
    assert changed == {partnership.id}


def test_reopening_and_closing_a_round_again_is_noticed(demo_db):
    portfolio_svc.list_portfolio(demo_db, AS_OF)
    summary_svc.summarise_for_dashboard(demo_db, 1, as_of=AS_OF)
    p = partnership_svc.get_partnership(demo_db, 1)
    closed = [r for r in p.rounds if r.status == "closed"][-1]
    round_svc.set_round_status(demo_db, closed.id, "open")
    who = round_svc.add_respondent(demo_db, closed.id, "Late Respondent", "B", "CFO")
    for ind in get_framework(closed.framework_key).indicators:
        response_svc.record_answer(demo_db, who.id, ind.id, 1)
    response_svc.submit_response(demo_db, who.id)
    round_svc.set_round_status(demo_db, closed.id, "closed")
    row = next(r for r in portfolio_svc.list_portfolio(demo_db, AS_OF).rows if r.partnership_id == 1)
    assert row.overview == fresh_overviews(demo_db)[1]
    data = summary_svc.summarise_for_dashboard(demo_db, 1, closed.id, as_of=AS_OF)
    _info, reference = summary_svc.summarise_round(demo_db, 1, closed.label, as_of=AS_OF)
    fw = get_framework(closed.framework_key)
    assert summary_to_json(data.summary, fw) == summary_to_json(reference, fw)
    assert data.summary.scores.sides["B"].submitted == reference.scores.sides["B"].submitted


def test_kept_rows_hold_day_by_day(demo_db):
    """A row kept on one day is used on later days only while it equals a fresh one (rounds starting, an
    assessment falling due)."""
    scores = summary_svc.all_partnership_scores(demo_db)
    day = date(2026, 6, 1)
    portfolio_svc.list_portfolio(demo_db, day)
    recomputed_days = 0
    while day <= date(2027, 8, 1):
        summary_svc.clear_memory()
        with demo_db.reading() as session:
            before = summary_svc.load_settings(session, portfolio_svc.PORTFOLIO_KEY)
        rows = portfolio_svc.list_portfolio(demo_db, day).rows
        with demo_db.reading() as session:
            after = summary_svc.load_settings(session, portfolio_svc.PORTFOLIO_KEY)
        recomputed_days += before != after
        for row in rows:
            assert row.overview == partnership_overview(scores[row.partnership_id], day, get_framework), day
        day += timedelta(days=3)
    assert 0 < recomputed_days < 40  # kept rows were used on most days, and renewed when they had to be


def test_read_only_database_lists_the_portfolio_without_writing(demo_db, tmp_path):
    folder = tmp_path / "ro"
    folder.mkdir()
    demo_db.raw_connection().execute("PRAGMA wal_checkpoint(TRUNCATE)")
    shutil.copy(demo_db.path, DataPaths(folder).database)
    reader = Database.open(folder, read_only=True)
    try:
        count = kept_rows(reader)
        rows = portfolio_svc.list_portfolio(reader, AS_OF).rows
        assert kept_rows(reader) == count
        expected = fresh_overviews(reader)
        assert all(row.overview == expected[row.partnership_id] for row in rows)
        data = summary_svc.summarise_for_dashboard(reader, rows[0].partnership_id, as_of=AS_OF)
        assert data.summary is not None
    finally:
        reader.close()


def test_unreadable_kept_rows_are_recomputed(demo_db):
    first = portfolio_svc.list_portfolio(demo_db, AS_OF)
    with demo_db.transaction() as session:
        session.execute(
            update(AppSetting).where(AppSetting.key.like("cache.%")).values(value='{"v": 1, "fp"')
        )
        session.execute(update(Round).values(scores_cache='{"cache_version": 1}'))
    summary_svc.clear_memory()
    assert portfolio_svc.list_portfolio(demo_db, AS_OF).rows == first.rows
    data = summary_svc.summarise_for_dashboard(demo_db, 1, as_of=AS_OF)
    _info, reference = summary_svc.summarise_round(demo_db, 1, as_of=AS_OF)
    assert summary_to_json(data.summary, data.framework) == summary_to_json(reference, data.framework)


def test_partnership_without_rounds_has_an_empty_row_and_its_kept_row_goes_with_it(db):
    p = make_partnership(db)
    row = portfolio_svc.list_portfolio(db, AS_OF).rows[0]
    assert row.round_count == 0 and row.overview is not None
    assert row.overview.index is None and row.overview.last_start is None and row.overview.warnings == 0
    assert kept_rows(db) == 1
    partnership_svc.delete_partnership(db, p.id)
    other = partnership_svc.create_partnership(
        db,
        PartnershipInput(
            name="Other",
            code="OTH",
            partner_a_name="A Co",
            partner_a_label="A",
            partner_b_name="B Co",
            partner_b_label="B",
        ),
    )
    rows = portfolio_svc.list_portfolio(db, AS_OF).rows
    assert [r.partnership_id for r in rows] == [other.id]
    with db.reading() as session:
        keys = set(summary_svc.load_settings(session, portfolio_svc.PORTFOLIO_KEY))
    assert keys == {f"{portfolio_svc.PORTFOLIO_KEY}{other.id}"}


def test_a_time_budget_leaves_rows_pending_and_they_are_computed_later(demo_db):
    with demo_db.transaction() as session:
        session.execute(delete(AppSetting).where(AppSetting.key.like("cache.%")))
        session.execute(update(Round).values(scores_cache=None))
    portfolio = portfolio_svc.list_portfolio(demo_db, AS_OF, budget_s=0)
    assert len(portfolio.pending) == 3  # one row is always computed
    pending_rows = [r for r in portfolio.rows if r.partnership_id in portfolio.pending]
    assert all(r.overview is None for r in pending_rows)
    rows = portfolio_svc.list_portfolio_rows(demo_db, list(portfolio.pending), AS_OF)
    expected = fresh_overviews(demo_db)
    assert {r.partnership_id for r in rows} == set(portfolio.pending)
    assert all(r.overview == expected[r.partnership_id] for r in rows)


def test_dashboard_summary_is_the_command_lines_for_every_demo_round(demo_db):
    for p in partnership_svc.list_partnerships(demo_db):
        for r in p.rounds:
            data = summary_svc.summarise_for_dashboard(demo_db, p.id, r.id, as_of=AS_OF)
            _info, reference = summary_svc.summarise_round(demo_db, p.id, r.label, as_of=AS_OF)
            fw = get_framework(r.framework_key)
            assert data.round.id == r.id and data.visible
            assert summary_to_json(data.summary, fw) == summary_to_json(reference, fw), (p.name, r.label)
            assert [sc.round_id for sc in data.history] == [x.id for x in p.rounds]
        summary_svc.clear_memory()


def test_dashboard_hides_a_blind_round_until_both_sides_reached_the_threshold(db):
    p = make_partnership(db)
    rnd = round_svc.create_round(db, p.id, "2026 H1", date(2026, 3, 1), blind=True)
    add_submitted(db, rnd.id, "A", [4, 4, 3])
    add_submitted(db, rnd.id, "B", [2])
    data = summary_svc.summarise_for_dashboard(db, p.id, as_of=AS_OF)
    assert not data.visible and data.summary is None and data.waiting == {"B": 2}
    add_submitted(db, rnd.id, "B", [2, 3], prefix="more")
    data = summary_svc.summarise_for_dashboard(db, p.id, as_of=AS_OF)
    assert data.visible and data.summary is not None and data.summary.scores.index is not None


def test_fingerprint_of_raw_rows_matches_the_rows(demo_db):
    with demo_db.reading() as session:
        raw = summary_svc.raw_round_rows(session)
        rows = summary_svc.round_rows(session)
    assert raw.keys() == rows.keys()
    for pid in raw:
        assert summary_svc.fingerprint_raw(raw[pid]) == summary_svc.fingerprint(rows[pid])
        assert [r.start_date for r in rows[pid]] == sorted(r.start_date for r in rows[pid])


def test_compact_rounds_round_trip(demo_db):
    """The kept history is written by the one serializer of kept rounds and reads back exactly."""
    _info, scores = summary_svc.partnership_history(demo_db, 1)
    compact = {sc.round_id: summary_svc.compact_scores(sc) for sc in scores}
    text = summary_svc.history_to_text("fp", compact)
    assert summary_svc._history_from_text(text, "fp") == compact
    assert summary_svc._history_from_text(text, "another") is None
