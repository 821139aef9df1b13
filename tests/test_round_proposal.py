"""The next round's label and dates, proposed without Qt or a database (services/rounds.propose_round)."""

from __future__ import annotations

from datetime import date

import pytest

from healthdesk.services.rounds import parse_half_year, propose_round


def test_a_first_round_is_the_current_half_year_with_its_dates():
    second_half = propose_round([], today=date(2026, 12, 4))
    assert (second_half.label, second_half.start_date, second_half.end_date) == (
        "2026 H2",
        date(2026, 7, 1),
        date(2026, 12, 31),
    )
    first_half = propose_round([], today=date(2027, 6, 30))
    assert (first_half.label, first_half.start_date, first_half.end_date) == (
        "2027 H1",
        date(2027, 1, 1),
        date(2027, 6, 30),
    )


def test_after_the_second_half_comes_the_first_half_of_the_next_year():
    proposal = propose_round(
        [("2026 H1", date(2026, 1, 10)), ("2026 H2", date(2026, 7, 3))], date(2026, 12, 4)
    )
    assert (proposal.label, proposal.start_date, proposal.end_date) == (
        "2027 H1",
        date(2027, 1, 1),
        date(2027, 6, 30),
    )


def test_the_latest_round_by_start_date_counts_not_the_order_given():
    rounds = [("2026 H1", date(2026, 1, 10)), ("2025 H2", date(2025, 7, 1))]
    assert propose_round(rounds, date(2030, 1, 1)).label == "2026 H2"


def test_a_label_that_is_no_half_year_follows_its_start_date():
    assert propose_round([("Pilot", date(2026, 2, 1))], date(2026, 12, 4)).label == "2026 H2"
    assert propose_round([("Kick-off review", date(2026, 9, 1))], date(2026, 12, 4)).label == "2027 H1"


def test_a_label_that_is_taken_is_never_proposed():
    # The latest round started in H1 but "2026H2" (written differently) exists already.
    rounds = [("2026h2", date(2025, 12, 1)), ("2026 H1", date(2026, 1, 5))]
    assert propose_round(rounds, date(2026, 3, 1)).label == "2027 H1"


@pytest.mark.parametrize(
    ("label", "expected"),
    [
        ("2026 H2", (2026, 2)),
        ("2026H1", (2026, 1)),
        (" 2027-h2 ", (2027, 2)),
        ("Pilot", None),
        ("2026 H3", None),
    ],
)
def test_half_year_labels_are_read_in_their_usual_spellings(label, expected):
    assert parse_half_year(label) == expected
