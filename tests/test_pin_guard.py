"""The respondent-mode PIN rule (services.pin_guard): growing delay, lock-out, stored with the round, always
passable with the right PIN once the wait is over. Time is a parameter: nothing here sleeps."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest

from healthdesk.models.db import Database
from healthdesk.services import partnerships, pin_guard, rounds
from healthdesk.services.dto import Member, PartnershipInput

T0 = datetime(2026, 3, 1, 9, 0, 0)


@pytest.fixture
def round_id(tmp_path):
    db = Database.open(tmp_path)
    p = partnerships.create_partnership(
        db,
        PartnershipInput(
            name="A × B",
            code="AB",
            partner_a_name="A Ltd",
            partner_a_label="A",
            partner_b_name="B Co",
            partner_b_label="B",
            start_date=date(2024, 1, 1),
            members=[Member("Li Wei", "A", "jmc_member")],
        ),
    )
    r = rounds.create_round(db, p.id, "2025 H1", date(2025, 1, 15))
    rounds.set_round_pin(db, r.id, "4321")
    yield db, r.id
    db.close()


def test_schedule_grows_and_never_locks_for_good():
    delays = [pin_guard.delay_after(n) for n in range(0, 14)]
    assert delays[:3] == [0, 0, 0]  # a mistyped PIN or two costs nothing
    assert delays[3:8] == [5, 10, 20, 40, 80]
    assert all(d == pin_guard.LOCK_SECONDS for d in delays[8:])
    assert delays == sorted(delays)


def test_wrong_pins_slow_down_then_lock(round_id):
    db, rid = round_id
    now = T0
    for _ in range(3):
        attempt = pin_guard.try_pin(db, rid, "0000", now)
        assert attempt.checked and not attempt.ok
    assert attempt.state.wait_seconds == 5
    # Before the wait is over even the right PIN is not compared, and the try is not counted.
    early = pin_guard.try_pin(db, rid, "4321", now + timedelta(seconds=4))
    assert not early.ok and not early.checked and early.state.wait_seconds == 1
    assert pin_guard.pin_state(db, rid, now).failures == 3
    # Keep guessing, each time as soon as allowed: the waits double, then the lock-out.
    waits = []
    for _ in range(6):
        now += timedelta(seconds=pin_guard.pin_state(db, rid, now).wait_seconds)
        waits.append(pin_guard.try_pin(db, rid, "1111", now).state.wait_seconds)
    assert waits == [10, 20, 40, 80, 900, 900]
    state = pin_guard.pin_state(db, rid, now)
    assert state.locked and state.failures == 9


def test_the_right_pin_works_once_the_wait_is_over_and_clears_the_count(round_id):
    db, rid = round_id
    for n in range(9):
        now = T0 + timedelta(hours=n)  # each try after the wait of the one before
        pin_guard.try_pin(db, rid, "9999", now)
    later = now + timedelta(seconds=pin_guard.LOCK_SECONDS)
    attempt = pin_guard.try_pin(db, rid, "4321", later)
    assert attempt.ok
    assert pin_guard.pin_state(db, rid, later) == pin_guard.PinState(0, 0, False)


def test_the_count_is_stored_with_the_round(round_id, tmp_path):
    db, rid = round_id
    for _ in range(4):
        pin_guard.try_pin(db, rid, "0000", T0)
    db.close()
    again = Database.open(tmp_path)  # a restart (or a reopened dialog) resets nothing
    try:
        state = pin_guard.pin_state(again, rid, T0)
        assert state.failures == 3 and state.wait_seconds == 5  # the 4th came during the wait: not counted
    finally:
        again.close()


def test_a_clock_set_back_cannot_stretch_the_wait(round_id):
    db, rid = round_id
    for _ in range(3):
        pin_guard.try_pin(db, rid, "0000", T0)
    assert pin_guard.pin_state(db, rid, T0 - timedelta(days=30)).wait_seconds == 5
