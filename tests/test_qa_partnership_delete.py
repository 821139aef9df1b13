"""QA: deleting a partnership never drops its action plan silently, and undo brings back what was deleted."""

from __future__ import annotations

import pytest

from healthdesk.errors import ValidationError
from healthdesk.services import followup as fu
from healthdesk.services import partnerships, rounds
from tests.builders import make_partnership


@pytest.mark.parametrize(
    "add",
    [
        lambda db, pid: fu.create_goal(db, pid, fu.GoalInput("top", "Lead the segment")),
        lambda db, pid: fu.create_action(db, pid, fu.ActionInput("Weekly stand-up")),
        lambda db, pid: fu.create_kpi(db, pid, fu.KpiInput("Joint revenue", 60)),
        lambda db, pid: fu.create_decision(db, pid, fu.DecisionInput("Extend to EV parts")),
    ],
    ids=["goal", "action", "kpi", "decision"],
)
def test_delete_is_refused_while_an_action_plan_exists(db, add):
    p = make_partnership(db)
    add(db, p.id)
    with pytest.raises(ValidationError) as info:
        partnerships.delete_partnership(db, p.id)
    assert info.value.code == "has_followup"
    assert "archive it instead" in str(info.value)
    assert [x.id for x in partnerships.list_partnerships(db)] == [p.id]


def test_undo_of_delete_keeps_the_partnership_archived(db):
    p = make_partnership(db)
    partnerships.set_archived(db, p.id, True)
    undo = partnerships.delete_partnership(db, p.id)
    restored = partnerships.create_partnership(db, undo)
    assert restored.archived is True


def test_pin_error_says_what_a_pin_is(db):
    p = make_partnership(db)
    r = rounds.create_round(db, p.id, "2026 H1", "2026-01-01")
    with pytest.raises(ValidationError) as info:
        rounds.set_round_pin(db, r.id, "12")
    assert info.value.code == "invalid_pin"
    assert str(info.value) == "the PIN must be 4 to 12 digits"
