"""Summaries of rounds and partnerships: the database read once, the scoring engine called, closed rounds kept."""

from __future__ import annotations

import json
import logging
from collections import defaultdict
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..analysis.scoring import score_round, summarise
from ..analysis.serialize import scores_from_dict, scores_to_dict
from ..analysis.types import ResponseInput, RoundInput, RoundScores, RoundSummary
from ..errors import NotFoundError
from ..framework import get_framework
from ..models.db import Database
from ..models.entities import Answer, Partnership, Respondent, Response, Round
from .dto import PartnershipInfo
from .partnerships import get_partnership
from .rounds import DEFAULT_THRESHOLD

log = logging.getLogger(__name__)


def _round_inputs(session: Session, rounds: list[Round]) -> dict[int, RoundInput]:
    """Build the engine's input for several rounds with two queries."""
    ids = [r.id for r in rounds]
    respondents = session.execute(
        select(
            Respondent.id,
            Respondent.round_id,
            Respondent.side,
            Respondent.role,
            Response.id,
            Response.status,
            Response.comment,
        )
        .outerjoin(Response, Response.respondent_id == Respondent.id)
        .where(Respondent.round_id.in_(ids))
    ).all()
    response_ids = [row[4] for row in respondents if row[4] is not None]
    answers: dict[int, list[tuple[str, int | None, bool, str]]] = defaultdict(list)
    for chunk_start in range(0, len(response_ids), 900):
        chunk = response_ids[chunk_start : chunk_start + 900]
        for resp_id, ind, score, na, problem in session.execute(
            select(
                Answer.response_id, Answer.indicator_id, Answer.score, Answer.not_applicable, Answer.problem
            ).where(Answer.response_id.in_(chunk))
        ):
            answers[resp_id].append((ind, score, na, problem))
    per_round: dict[int, list[ResponseInput]] = defaultdict(list)
    invited: dict[int, dict[str, int]] = defaultdict(lambda: {"A": 0, "B": 0})
    for _resp_id, round_id, side, role, response_id, status, comment in respondents:
        invited[round_id][side] += 1
        if response_id is None:
            continue
        scores: dict[str, int | None] = {}
        problems: dict[str, str] = {}
        for ind, score, na, problem in answers.get(response_id, []):
            if na:
                scores[ind] = None
            elif score is not None:
                scores[ind] = score
            if problem:
                problems[ind] = problem
        per_round[round_id].append(
            ResponseInput(
                side=side,
                submitted=status == "submitted",
                scores=scores,
                problems=problems,
                comment=comment or "",
                role=role or "",
            )
        )
    return {
        r.id: RoundInput(
            round_id=r.id,
            label=r.label,
            start_date=r.start_date,
            end_date=r.end_date,
            framework=get_framework(r.framework_key),
            threshold=r.threshold,
            responses=tuple(per_round.get(r.id, [])),
            invited=dict(invited[r.id]),
            default_threshold=DEFAULT_THRESHOLD,
        )
        for r in rounds
    }


def partnership_round_scores(
    session: Session, partnership_id: int, to_keep: dict[int, RoundScores] | None = None
) -> list[RoundScores]:
    """Scores of every round of a partnership, oldest first; closed rounds come from what was kept.

    Closed rounds computed afresh are added to ``to_keep`` so the caller can store them after its read ends."""
    rounds = session.scalars(
        select(Round).where(Round.partnership_id == partnership_id).order_by(Round.start_date, Round.id)
    ).all()
    result: dict[int, RoundScores] = {}
    to_compute = []
    for r in rounds:
        if r.status == "closed" and r.scores_cache:
            try:
                result[r.id] = scores_from_dict(json.loads(r.scores_cache))
                continue
            except (ValueError, KeyError, TypeError):
                log.warning("kept results of round %s unreadable; recomputing", r.id)
        to_compute.append(r)
    if to_compute:
        inputs = _round_inputs(session, to_compute)
        for r in to_compute:
            result[r.id] = score_round(inputs[r.id])
            if r.status == "closed" and to_keep is not None:
                to_keep[r.id] = result[r.id]
    return [result[r.id] for r in rounds]


def _keep_scores(db: Database, scores: dict[int, RoundScores]) -> None:
    if not scores or db.read_only:
        return
    try:
        with db.transaction() as session:
            for round_id, sc in scores.items():
                row = session.get(Round, round_id)
                if row is not None and row.status == "closed":
                    row.scores_cache = json.dumps(scores_to_dict(sc), ensure_ascii=False)
    except Exception:  # keeping results is an optimisation; a failure must not hide the summary
        log.exception("could not keep results of closed rounds")


def summarise_round(
    db: Database, partnership_key: str | int, label: str | None = None, as_of: date | None = None
) -> tuple[PartnershipInfo, RoundSummary]:
    as_of = as_of or date.today()
    partnership = get_partnership(db, partnership_key)
    if not partnership.rounds:
        raise NotFoundError("not_found", kind="round", key=f"any round of {partnership.name}")
    if label:
        matches = [r for r in partnership.rounds if r.label == label]
        if not matches:
            raise NotFoundError("not_found", kind="round", key=label)
        target = matches[0]
    else:
        target = partnership.rounds[-1]
    to_keep: dict[int, RoundScores] = {}
    with db.reading() as session:
        all_scores = partnership_round_scores(session, partnership.id, to_keep)
    _keep_scores(db, to_keep)
    framework = get_framework(target.framework_key)
    return partnership, summarise(all_scores, target.id, as_of, framework)


def partnership_history(
    db: Database, partnership_key: str | int
) -> tuple[PartnershipInfo, list[RoundScores]]:
    partnership = get_partnership(db, partnership_key)
    to_keep: dict[int, RoundScores] = {}
    with db.reading() as session:
        scores = partnership_round_scores(session, partnership.id, to_keep)
    _keep_scores(db, to_keep)
    return partnership, scores


def all_partnership_scores(db: Database) -> dict[int, list[RoundScores]]:
    to_keep: dict[int, RoundScores] = {}
    with db.reading() as session:
        ids = session.scalars(select(Partnership.id)).all()
        result = {pid: partnership_round_scores(session, pid, to_keep) for pid in ids}
    _keep_scores(db, to_keep)
    return result
