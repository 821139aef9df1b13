"""SIGKILL a writer at random moments: no answer reported as saved is ever lost, no response is ever
half-submitted, and the file passes integrity_check after every kill."""

from __future__ import annotations

import random
import sqlite3
import time
from pathlib import Path

import pytest

from .support import indicators, integrity, kill, populate, read_lines, start_writer, wait_for_line
from .writer import plan

pytestmark = pytest.mark.faults

TRIALS = 50
PER_TRIAL = 3  # respondents a writer answers and submits per trial


def _line(step: tuple) -> str:
    return f"saved {step[1]} {step[2]} {step[3]}" if step[0] == "answer" else f"submitted {step[1]}"


def _state_after(steps: list[tuple]) -> dict:
    """What the database must hold after ``steps``: respondent id -> {"status", "answers"}."""
    state: dict[int, dict] = {}
    for step in steps:
        entry = state.setdefault(step[1], {"status": "in_progress", "answers": {}})
        if step[0] == "answer":
            entry["answers"][step[2]] = step[3]
        else:
            entry["status"] = "submitted"
    return state


def _db_state(db_path: Path, respondent_ids: list[int]) -> dict:
    conn = sqlite3.connect(f"file:{db_path.as_posix()}?mode=ro", uri=True)
    try:
        marks = ",".join("?" * len(respondent_ids))
        state: dict[int, dict] = {}
        for rid, status in conn.execute(
            f"SELECT respondent_id, status FROM response WHERE respondent_id IN ({marks})", respondent_ids
        ):
            state[rid] = {"status": status, "answers": {}}
        for rid, ind, score, na in conn.execute(
            "SELECT s.respondent_id, a.indicator_id, a.score, a.not_applicable FROM answer a "
            f"JOIN response s ON a.response_id = s.id WHERE s.respondent_id IN ({marks})",
            respondent_ids,
        ):
            state[rid]["answers"][ind] = "na" if na else score
        return state
    finally:
        conn.close()


def _half_submitted(db_path: Path, n_indicators: int) -> list[int]:
    """Submitted responses that do not have every indicator answered (score or not applicable)."""
    conn = sqlite3.connect(f"file:{db_path.as_posix()}?mode=ro", uri=True)
    try:
        rows = conn.execute(
            "SELECT s.respondent_id, count(a.id) FROM response s LEFT JOIN answer a ON a.response_id = s.id "
            "AND (a.score IS NOT NULL OR a.not_applicable) WHERE s.status = 'submitted' GROUP BY s.id"
        ).fetchall()
    finally:
        conn.close()
    return [rid for rid, answered in rows if answered != n_indicators]


def test_sigkill_at_random_moments_loses_no_saved_answer(tmp_path: Path, figures) -> None:
    data = tmp_path / "data"
    ids = populate(data, TRIALS * PER_TRIAL)["respondents"]
    db_path = data / "healthdesk.sqlite3"
    inds = indicators()
    rng = random.Random(20261122)
    before: dict[int, dict] = {}  # what earlier trials left; must never change
    reported_saved = reported_submitted = unreported_commits = mid_run_kills = early_kills = 0
    started = time.monotonic()
    for trial in range(TRIALS):
        rids = ids[trial * PER_TRIAL : (trial + 1) * PER_TRIAL]
        seed = rng.randrange(1 << 30)
        steps = plan(seed, rids, inds)
        proc = start_writer("answers", data, seed, *rids)
        if trial % 10 == 9:  # now and then: anywhere from start-up and opening to the first writes
            time.sleep(rng.uniform(0.05, 0.6))
            lines = kill(proc)
            early_kills += 1
        else:
            # After a random number of reported steps (so the kills spread over the whole run whatever the
            # machine's speed), plus a random fraction of a step: inside record_answer, its commit, or the print.
            lines = wait_for_line(proc, "ready")
            lines += read_lines(proc, rng.randrange(len(steps)))
            time.sleep(rng.uniform(0.0, 0.02))
            lines += kill(proc)
        reported = [line for line in lines if line.startswith(("saved ", "submitted "))]
        assert reported == [_line(s) for s in steps[: len(reported)]], (
            f"trial {trial}: output is not the plan"
        )
        n = len(reported)
        reported_saved += sum(1 for line in reported if line.startswith("saved "))
        reported_submitted += sum(1 for line in reported if line.startswith("submitted "))
        mid_run_kills += n < len(steps)

        assert integrity(db_path) == ["ok"], f"trial {trial}: integrity_check failed after the kill"
        actual = _db_state(db_path, rids)
        exactly_reported, one_more = _state_after(steps[:n]), _state_after(steps[: n + 1])
        assert actual in (exactly_reported, one_more), (
            f"trial {trial}: the database does not hold what was reported saved ({n} steps reported)"
        )
        unreported_commits += actual != exactly_reported
        assert _db_state(db_path, list(before)) == before, (
            f"trial {trial}: an earlier trial's answers changed"
        )
        assert _half_submitted(db_path, len(inds)) == [], f"trial {trial}: a response is half-submitted"
        before.update(actual)
    elapsed = time.monotonic() - started
    figures(
        f"{TRIALS} SIGKILL trials in {elapsed:.1f}s ({mid_run_kills} before the writer's last step, "
        f"{early_kills} of them during start-up): "
        f"{reported_saved} answers and {reported_submitted} submissions reported saved, 0 lost; "
        f"{unreported_commits} kills fell between a commit and its report; integrity_check ok after every kill; "
        f"0 half-submitted responses"
    )
