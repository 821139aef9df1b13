"""One voice: every output chooses the same round by default, says a result the same way and keeps results in one
versioned store (issue 14). Each test here is a divergence that was measured on main."""

from __future__ import annotations

import json
from datetime import date, timedelta

import pytest

from healthdesk.cli import main
from healthdesk.errors import ValidationError
from healthdesk.models.db import Database
from healthdesk.reports.data import collect_review_data
from healthdesk.services import followup, portfolio, rounds, summary
from tests.builders import add_submitted, make_partnership

TODAY = date.today()
LAST_YEAR = TODAY - timedelta(days=120)
NEXT_YEAR = date(TODAY.year + 1, 3, 1)


@pytest.fixture
def planned(data_dir):
    """A partnership with one real round (3 + 3 submitted) and a round planned next year (nobody answered)."""
    db = Database.open(data_dir)
    p = make_partnership(db)
    real = rounds.create_round(db, p.id, "Real", LAST_YEAR)
    add_submitted(db, real.id, "A", [4, 4, 3])
    add_submitted(db, real.id, "B", [3, 3, 2])
    rounds.create_round(db, p.id, "Planned", NEXT_YEAR)
    yield db, p, real
    db.close()


def test_every_output_shows_the_latest_started_round_not_a_planned_one(planned, data_dir, capsys):
    db, p, real = planned
    _, s = summary.summarise_round(db, p.id, as_of=TODAY)
    assert s.scores.label == "Real" and s.scores.index is not None
    dash = summary.summarise_for_dashboard(db, p.id, as_of=TODAY)
    assert dash.round.label == "Real" and dash.summary.scores.index == s.scores.index
    review = collect_review_data(db, p.id, as_of=TODAY)
    assert review.round.label == "Real"
    ws = followup.workshop_data(db, p.id, as_of=TODAY)
    assert ws.round.label == "Real" and ws.summary.scores.index == s.scores.index
    (row,) = portfolio.list_portfolio(db, TODAY).rows
    assert row.overview.round_label == "Real"
    db.close()

    assert main(["--data-dir", str(data_dir), "summary", "CSHC", "--json", "--as-of", TODAY.isoformat()]) == 0
    doc = json.loads(capsys.readouterr().out)
    assert doc["round"]["label"] == "Real"
    assert main(["--data-dir", str(data_dir), "summary", "CSHC", "--as-of", TODAY.isoformat()]) == 0
    assert "Round Real," in capsys.readouterr().out


def test_the_planned_round_is_shown_once_it_has_started(planned):
    db, p, _ = planned
    later = NEXT_YEAR + timedelta(days=1)
    assert summary.summarise_round(db, p.id, as_of=later)[1].scores.label == "Planned"
    assert summary.summarise_for_dashboard(db, p.id, as_of=later).round.label == "Planned"
    assert followup.workshop_data(db, p.id, as_of=later).round.label == "Planned"


# ------------------------------------------------------------------------------------------------ results store


@pytest.fixture
def closed_round(data_dir):
    """A closed round: 3 + 3 submitted, and a fourth HardCo respondent who never answered."""
    db = Database.open(data_dir)
    p = make_partnership(db)
    rnd = rounds.create_round(db, p.id, "Closed", LAST_YEAR)
    add_submitted(db, rnd.id, "A", [4, 4, 3])
    add_submitted(db, rnd.id, "B", [3, 3, 2])
    silent = rounds.add_respondent(db, rnd.id, "Silent", "B", "Engineer")
    rounds.set_round_status(db, rnd.id, "closed")
    yield db, p, rnd, silent
    db.close()


def _version(db, round_id):
    from healthdesk.models.entities import Round

    with db.reading() as session:
        return session.get(Round, round_id).results_version


def test_kept_results_follow_a_respondent_removed_from_a_closed_round(closed_round):
    db, p, rnd, silent = closed_round
    for read in range(2):  # computed, then from what was kept (in the database and in memory)
        dash = summary.summarise_for_dashboard(db, p.id, as_of=TODAY)
        assert dash.summary.scores.sides["B"].invited == 4, read
    summary.clear_memory()
    assert summary.summarise_round(db, p.id, as_of=TODAY)[1].scores.sides["B"].invited == 4
    with pytest.raises(ValidationError) as refused:  # nobody leaves a closed round: reopen it first
        rounds.remove_respondent(db, silent.id)
    assert refused.value.code == "round_status"
    rounds.set_round_status(db, rnd.id, "open")
    before = _version(db, rnd.id)
    rounds.remove_respondent(db, silent.id)
    assert _version(db, rnd.id) > before  # bumped by the storage layer, in the same transaction
    rounds.set_round_status(db, rnd.id, "closed")
    assert summary.summarise_for_dashboard(db, p.id, as_of=TODAY).summary.scores.sides["B"].invited == 3
    assert summary.summarise_round(db, p.id, as_of=TODAY)[1].scores.sides["B"].invited == 3
    assert summary.partnership_history(db, p.id)[1][0].sides["B"].invited == 3
    assert collect_review_data(db, p.id, as_of=TODAY).summary.scores.sides["B"].invited == 3
    assert followup.workshop_data(db, p.id, as_of=TODAY).summary.scores.sides["B"].invited == 3


def test_every_write_to_a_round_bumps_its_version_and_keeping_results_does_not(closed_round):
    from healthdesk.services import responses

    db, p, rnd, silent = closed_round
    seen = [_version(db, rnd.id)]

    def bumped() -> bool:
        seen.append(_version(db, rnd.id))
        return seen[-1] > seen[-2]

    summary.summarise_for_dashboard(db, p.id, as_of=TODAY)  # keeps the closed round's results
    assert not bumped()
    rounds.set_round_status(db, rnd.id, "open")
    assert bumped()
    responses.record_answer(db, silent.id, "trust", 2)
    assert bumped()
    rounds.update_round(db, rnd.id, "Closed", LAST_YEAR, None, threshold=2, threshold_note="small team")
    assert bumped()
    portfolio.list_portfolio(db, TODAY)
    assert not bumped()


def test_a_read_does_not_mark_the_database_changed(closed_round, data_dir):
    db, p, rnd, _ = closed_round
    db.close()  # a backup of everything written so far
    db = Database.open(data_dir)
    assert not db.changed_since_backup
    summary.clear_memory()
    summary.summarise_for_dashboard(db, p.id, as_of=TODAY)  # computes and keeps results
    summary.summarise_round(db, p.id, as_of=TODAY)
    portfolio.list_portfolio(db, TODAY)
    followup.workshop_data(db, p.id, as_of=TODAY)
    assert not db.changed_since_backup
    with db.reading() as session:
        from healthdesk.models.entities import Round

        assert session.get(Round, rnd.id).scores_cache  # the results were kept all the same
    db.close()


def test_results_kept_by_one_client_go_stale_for_another(closed_round, data_dir):
    """Two clients of one database (a writer and a reader here): what one kept is checked against the versions
    in the database, never trusted from memory."""
    db, p, rnd, silent = closed_round
    assert summary.summarise_for_dashboard(db, p.id, as_of=TODAY).summary.scores.sides["B"].invited == 4
    reader = Database.open(data_dir, read_only=True)
    try:
        assert summary.summarise_round(reader, p.id, as_of=TODAY)[1].scores.sides["B"].invited == 4
        rounds.set_round_status(db, rnd.id, "open")
        rounds.remove_respondent(db, silent.id)
        rounds.set_round_status(db, rnd.id, "closed")
        assert summary.summarise_round(reader, p.id, as_of=TODAY)[1].scores.sides["B"].invited == 3
        assert (
            summary.summarise_for_dashboard(reader, p.id, as_of=TODAY).summary.scores.sides["B"].invited == 3
        )
    finally:
        reader.close()
