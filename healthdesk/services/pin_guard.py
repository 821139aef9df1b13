"""How often the facilitator's respondent-mode PIN may be tried: the rule, stored with the round.

A 4-digit PIN has 10,000 values; typed by a script into the dialog with no delay every PIN is tried in minutes.
So wrong PINs slow down: the first few cost nothing (a facilitator mistypes), then each one makes the next try
wait longer, and after more a lock-out of a quarter of an hour follows each wrong try. The count and the moment
the next try is allowed live in ``assessment_round`` (``pin_failures``, ``pin_locked_until``), so closing and
reopening the dialog, or restarting the app, resets nothing. The right PIN, once the wait is over, always works
and clears both.

Qt-free and clock-free: every function takes ``now`` so tests (and the dialog's countdown) control time.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from ..errors import NotFoundError
from ..models.db import Database
from ..models.entities import Round
from .rounds import pin_matches

FREE_TRIES = 3  # wrong PINs in a row that cost no wait
LOCK_AFTER = 8  # from this many wrong PINs in a row on, each one locks for LOCK_SECONDS
FIRST_DELAY_SECONDS = 5  # the wait after the first wrong PIN beyond the free ones; doubles with each
LOCK_SECONDS = 15 * 60


def delay_after(failures: int) -> int:
    """Seconds the next try must wait after ``failures`` wrong PINs in a row: 0, 0, 0, 5, 10, 20, 40, 80, then
    15 minutes each time. The schedule only grows, and it never locks for good."""
    if failures < FREE_TRIES:
        return 0
    if failures >= LOCK_AFTER:
        return LOCK_SECONDS
    return FIRST_DELAY_SECONDS * 2 ** (failures - FREE_TRIES)


@dataclass(frozen=True)
class PinState:
    failures: int
    wait_seconds: int  # 0: a PIN may be tried now
    locked: bool  # the long lock-out (not only a growing delay)


@dataclass(frozen=True)
class PinAttempt:
    """What one try did. ``checked`` is False when the try came before the wait was over: the PIN was not even
    compared, and the try is not counted."""

    ok: bool
    checked: bool
    state: PinState


def _row(session, round_id: int) -> Round:  # noqa: ANN001
    row = session.get(Round, round_id)
    if row is None:
        raise NotFoundError("not_found", kind="round", key=round_id)
    return row


def _state(row: Round, now: datetime) -> PinState:
    failures = int(row.pin_failures or 0)
    wait = 0
    if row.pin_locked_until is not None and row.pin_locked_until > now:
        # A clock set back must not stretch the wait beyond what the schedule allows.
        wait = min((row.pin_locked_until - now).total_seconds(), delay_after(failures))
        wait = int(-(-wait // 1))  # whole seconds, rounded up
    return PinState(failures=failures, wait_seconds=max(0, wait), locked=failures >= LOCK_AFTER and wait > 0)


def pin_state(db: Database, round_id: int, now: datetime) -> PinState:
    """Wrong PINs so far and how long the next try must wait."""
    with db.reading() as session:
        return _state(_row(session, round_id), now)


def try_pin(db: Database, round_id: int, pin: str, now: datetime) -> PinAttempt:
    """Check ``pin`` against the round's PIN, if a try is allowed at ``now``. A wrong PIN is counted and sets the
    wait before the next try; the right one clears the count."""
    with db.transaction() as session:
        row = _row(session, round_id)
        state = _state(row, now)
        if state.wait_seconds > 0:
            return PinAttempt(ok=False, checked=False, state=state)
        if row.pin_hash and pin_matches(row.pin_hash, pin):
            if row.pin_failures or row.pin_locked_until is not None:
                row.pin_failures = 0
                row.pin_locked_until = None
            return PinAttempt(ok=True, checked=True, state=PinState(0, 0, False))
        failures = state.failures + 1
        delay = delay_after(failures)
        row.pin_failures = failures
        row.pin_locked_until = now + timedelta(seconds=delay) if delay else None
        return PinAttempt(ok=False, checked=True, state=_state(row, now))
