"""What a printed review needs, as plain data, and how to collect it through the services (never SQL)."""

from __future__ import annotations

import contextlib
import getpass
from collections import defaultdict
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date

from ..analysis.choice import default_round
from ..analysis.types import RoundScores, RoundSummary
from ..errors import NotFoundError
from ..framework import Framework, get_framework
from ..models.db import Database
from ..services.dto import PartnershipInfo, RoundInfo
from ..services.followup_items import (  # noqa: F401  re-exported: the outputs' data object
    ActionItem,
    DecisionItem,
    FollowUp,
    GoalItem,
    KpiItem,
)
from ..services.rounds import DEFAULT_THRESHOLD, list_respondents
from ..services.summary import partnership_history, summarise_round


@dataclass(frozen=True)
class RoleCount:
    """Respondents of one side and role in the chosen round."""

    side: str
    role: str
    invited: int
    submitted: int
    in_progress: int


@dataclass(frozen=True)
class ReviewData:
    """Everything the review prints; plain data only (no database, no session)."""

    partnership: PartnershipInfo
    round: RoundInfo
    summary: RoundSummary
    history: tuple[RoundScores, ...]  # the partnership's rounds up to and including this one, oldest first
    framework: Framework
    respondents: tuple[RoleCount, ...]
    prepared_by: str
    produced: date
    follow_up: FollowUp | None = None
    default_threshold: int = DEFAULT_THRESHOLD
    frameworks: dict[str, Framework] = field(default_factory=dict)  # by key, for earlier versions' labels
    # The facilitator's key messages of the round, by language ("en", "zh"; each optional, up to five bullets):
    # user text, printed above the generated diagnosis (services.key_messages)
    key_messages: Mapping[str, tuple[str, ...]] = field(default_factory=dict)

    @property
    def scores(self) -> RoundScores:
        return self.summary.scores

    @property
    def labels(self) -> dict[str, str]:
        return {"A": self.partnership.partner_a_label, "B": self.partnership.partner_b_label}


def _pick_round(partnership: PartnershipInfo, label: str | None, as_of: date | None) -> RoundInfo:
    if not partnership.rounds:
        raise NotFoundError("not_found", kind="round", key=f"any round of {partnership.name}")
    if label:
        for r in partnership.rounds:
            if r.label == label:
                return r
        raise NotFoundError("not_found", kind="round", key=label)
    chosen = default_round(partnership.rounds, as_of or date.max, started_only=True)
    if chosen is None:
        raise NotFoundError(
            "not_found", kind="round", key=f"a round of {partnership.name} started by {as_of}"
        )
    return chosen


def default_review_round(partnership: PartnershipInfo, as_of: date | None = None) -> RoundInfo:
    """The round a review is of by default: the latest that has started by ``as_of`` (today)."""
    return _pick_round(partnership, None, as_of or date.today())


def _default_preparer(partnership: PartnershipInfo) -> str:
    names = [m.name for m in partnership.members if m.role == "facilitator"]
    if names:
        return ", ".join(names)
    try:
        return getpass.getuser()
    except Exception:  # no user name on this system: leave it blank for a pen
        return ""


def collect_review_data(
    db: Database,
    partnership_key: str | int,
    round_label: str | None = None,
    as_of: date | None = None,
    *,
    prepared_by: str | None = None,
    follow_up: FollowUp | None = None,
    produced: date | None = None,
) -> ReviewData:
    """The data of one round's review. Without ``round_label`` the latest round that started by ``as_of`` (today)
    is taken; the trend history stops at that round. ``follow_up`` defaults to the partnership's goals, actions
    and decisions (``services.followup``). A blind round whose results are still hidden raises
    ``ValidationError("results_blind")``."""
    from ..services.followup import as_review_follow_up, check_results_visible, followup_for_report
    from ..services.key_messages import get_key_messages
    from ..services.partnerships import get_partnership

    as_of = as_of or date.today()
    partnership = get_partnership(db, partnership_key)
    chosen = _pick_round(partnership, round_label, as_of if round_label is None else None)
    check_results_visible(chosen)  # the blind rule: no results until both sides have enough responses
    partnership, summary = summarise_round(db, partnership.id, chosen.label, as_of)
    _, history = partnership_history(db, partnership.id)
    order = [(s.start_date, s.round_id) for s in history]
    cut = order.index((summary.scores.start_date, summary.scores.round_id))
    kept = tuple(history[: cut + 1])

    counts: dict[tuple[str, str], list[int]] = defaultdict(lambda: [0, 0, 0])
    for person in list_respondents(db, chosen.id):
        row = counts[(person.side, person.role or "")]
        row[0] += 1
        if person.status == "submitted":
            row[1] += 1
        elif person.status == "in_progress":
            row[2] += 1
    respondents = tuple(
        RoleCount(side, role, *values)
        for (side, role), values in sorted(counts.items(), key=lambda kv: kv[0])
    )
    frameworks: dict[str, Framework] = {}
    for s in kept:
        with contextlib.suppress(NotFoundError):
            frameworks[s.framework_key] = get_framework(s.framework_key)
    chosen = next(r for r in partnership.rounds if r.id == chosen.id)
    if follow_up is None:
        labels = {"A": partnership.partner_a_label, "B": partnership.partner_b_label}
        found = as_review_follow_up(followup_for_report(db, partnership.id, as_of), labels)
        follow_up = None if found.empty else found
    return ReviewData(
        partnership=partnership,
        round=chosen,
        summary=summary,
        history=kept,
        framework=get_framework(chosen.framework_key),
        respondents=respondents,
        prepared_by=_default_preparer(partnership) if prepared_by is None else prepared_by,
        produced=produced or date.today(),
        follow_up=follow_up,
        frameworks=frameworks,
        key_messages=get_key_messages(db, chosen.id),
    )
