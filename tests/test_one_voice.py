"""One voice: every output chooses the same round by default, says a result the same way and keeps results in one
versioned store (issue 14). Each test here is a divergence that was measured on main."""

from __future__ import annotations

import json
from datetime import date, timedelta

import pytest

from healthdesk.cli import main
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
