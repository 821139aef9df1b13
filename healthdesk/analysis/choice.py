"""The one rule for the round an output shows by default (no Qt, no database).

Every output that is not told which round to show — the dashboard, the portfolio, the workshop, the printed
review, ``healthdesk summary`` (text and JSON) and the exports — shows **the latest round that has started by the
as-of date** (latest by start date, then by id). A round planned for a later date is not shown by default: it has
no answers yet, and showing it would hide the last real result. When no round has started yet, the round that
starts first is the default (there is nothing else to show). See docs/summary-json.md.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date
from typing import Any, TypeVar

__all__ = ["default_round", "round_key", "started_by"]

R = TypeVar("R")


def _id(r: Any) -> int:
    rid = getattr(r, "id", None)
    return rid if rid is not None else r.round_id


def round_key(r: Any) -> tuple[date, int]:
    """The order of rounds everywhere: start date, then id (objects with ``start_date`` and ``id`` or
    ``round_id``: RoundInfo, RoundRow, RoundScores, ORM rows)."""
    return (r.start_date, _id(r))


def started_by(rounds: Iterable[R], as_of: date) -> list[R]:
    """The rounds that have started by ``as_of`` (start date on or before it), oldest first."""
    return sorted((r for r in rounds if r.start_date <= as_of), key=round_key)  # type: ignore[attr-defined]


def default_round(rounds: Sequence[R], as_of: date, *, started_only: bool = False) -> R | None:
    """The round shown when none is asked for: the latest that has started by ``as_of``. Without such a round,
    the first round to start (or None with ``started_only``, and None without rounds)."""
    started = started_by(rounds, as_of)
    if started:
        return started[-1]
    if started_only or not rounds:
        return None
    return min(rounds, key=round_key)


def is_preliminary(round_status: str | None) -> bool:
    """Results of a round that is not closed may still change: every output marks them preliminary."""
    return round_status is not None and round_status != "closed"
