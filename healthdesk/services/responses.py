"""The walk-through's use cases: every answer is committed when it is given."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..errors import NotFoundError, ValidationError
from ..framework import get_framework
from ..models.db import Database
from ..models.entities import Answer, Respondent, Response, utcnow
from . import validation as v
from .dto import AnswerInfo, ResponseInfo
from .partnerships import round_counts, round_info
from .rounds import _respondent_info

NOT_APPLICABLE = "na"


def _respondent(session: Session, respondent_id: int) -> Respondent:
    row = session.get(Respondent, respondent_id)
    if row is None:
        raise NotFoundError("not_found", kind="respondent", key=respondent_id)
    return row


def _writable_response(session: Session, respondent: Respondent) -> Response:
    rnd = respondent.round
    if rnd.status != "open":
        raise ValidationError("round_not_open", label=rnd.label, status=rnd.status)
    response = respondent.response
    if response is None:
        response = Response(respondent=respondent, status="in_progress")
        session.add(response)
        session.flush()
    elif response.status == "submitted":
        raise ValidationError("response_submitted")
    return response


def _info(session: Session, respondent: Respondent) -> ResponseInfo:
    response = respondent.response
    rnd = respondent.round
    answers = {}
    if response is not None:
        for a in response.answers:
            answers[a.indicator_id] = AnswerInfo(a.indicator_id, a.score, a.not_applicable, a.problem)
    return ResponseInfo(
        respondent=_respondent_info(respondent),
        round=round_info(rnd, round_counts(session, [rnd.id])[rnd.id]),
        status=response.status if response else "not_started",
        answers=answers,
        comment=response.comment if response else "",
        last_page=response.last_page if response else 0,
        submitted_at=response.submitted_at if response else None,
    )


def get_response(db: Database, respondent_id: int) -> ResponseInfo:
    with db.reading() as session:
        return _info(session, _respondent(session, respondent_id))


def record_answer(
    db: Database,
    respondent_id: int,
    indicator_id: str,
    score: int | str | None,
    problem: str | None = None,
) -> AnswerInfo:
    """Store one indicator's answer at once. ``score`` is 1..5, "na" for not applicable, or None to clear it.
    ``problem`` None leaves the problem description as it was."""
    if problem is not None:
        problem = v.clean_text(problem, "problem description")
    not_applicable = score == NOT_APPLICABLE
    if not not_applicable:
        v.check_score(indicator_id, score)
    with db.transaction() as session:
        respondent = _respondent(session, respondent_id)
        framework = get_framework(respondent.round.framework_key)
        if indicator_id not in framework.indicator_map:
            raise ValidationError("unknown_indicator", indicator=indicator_id, framework=framework.key)
        response = _writable_response(session, respondent)
        answer = session.scalar(
            select(Answer).where(Answer.response_id == response.id, Answer.indicator_id == indicator_id)
        )
        if answer is None:
            answer = Answer(response_id=response.id, indicator_id=indicator_id, problem="")
            session.add(answer)
        answer.score = None if not_applicable else score
        answer.not_applicable = not_applicable
        if problem is not None:
            answer.problem = problem
        answer.updated_at = response.updated_at = utcnow()
        session.flush()
        return AnswerInfo(answer.indicator_id, answer.score, answer.not_applicable, answer.problem)


def record_problem(db: Database, respondent_id: int, indicator_id: str, problem: str) -> AnswerInfo:
    """Store a problem description without touching the score."""
    problem = v.clean_text(problem, "problem description")
    with db.transaction() as session:
        respondent = _respondent(session, respondent_id)
        framework = get_framework(respondent.round.framework_key)
        if indicator_id not in framework.indicator_map:
            raise ValidationError("unknown_indicator", indicator=indicator_id, framework=framework.key)
        response = _writable_response(session, respondent)
        answer = session.scalar(
            select(Answer).where(Answer.response_id == response.id, Answer.indicator_id == indicator_id)
        )
        if answer is None:
            answer = Answer(
                response_id=response.id, indicator_id=indicator_id, score=None, not_applicable=False
            )
            session.add(answer)
        answer.problem = problem
        answer.updated_at = response.updated_at = utcnow()
        session.flush()
        return AnswerInfo(answer.indicator_id, answer.score, answer.not_applicable, answer.problem)


def record_comment(db: Database, respondent_id: int, comment: str) -> None:
    comment = v.clean_text(comment, "overall comment")
    with db.transaction() as session:
        response = _writable_response(session, _respondent(session, respondent_id))
        response.comment = comment
        response.updated_at = utcnow()


def record_page(db: Database, respondent_id: int, page: int) -> None:
    """Remember where the walk-through is, so the respondent resumes there."""
    with db.transaction() as session:
        respondent = _respondent(session, respondent_id)
        if respondent.round.status != "open" or (
            respondent.response is not None and respondent.response.status == "submitted"
        ):
            return
        response = _writable_response(session, respondent)
        response.last_page = max(0, int(page))


def missing_indicators(info: ResponseInfo) -> list[str]:
    framework = get_framework(info.round.framework_key)
    given = {k: (a.score, a.not_applicable) for k, a in info.answers.items()}
    return v.unanswered([ind.id for ind in framework.indicators], given)


def submit_refusal(info: ResponseInfo) -> ValidationError | None:
    """Why ``info`` cannot be submitted (None: it can). The one rule, used by ``submit_response`` (which raises
    it) and by screens (``can_submit``, for the Submit button): only in an open round, only once (until the
    facilitator reopens it), and only when every indicator has a score or "not applicable"."""
    rnd = info.round
    if rnd.status != "open":
        return ValidationError("round_not_open", label=rnd.label, status=rnd.status)
    if info.status == "submitted":
        return ValidationError("response_submitted")
    given = {k: (a.score, a.not_applicable) for k, a in info.answers.items()}
    try:
        v.check_complete([ind.id for ind in get_framework(info.round.framework_key).indicators], given)
    except ValidationError as refusal:
        return refusal.with_traceback(None)  # a record, not a raised error: it holds no frames
    return None


def can_submit(info: ResponseInfo) -> bool:
    """Whether ``submit_response`` would submit ``info`` as it stands."""
    return submit_refusal(info) is None


def submit_response(db: Database, respondent_id: int) -> ResponseInfo:
    """Submit when every indicator has a score or "not applicable" (``submit_refusal``); all in one
    transaction."""
    with db.transaction() as session:
        respondent = _respondent(session, respondent_id)
        refusal = submit_refusal(_info(session, respondent))
        if refusal is not None:
            raise refusal
        response = _writable_response(session, respondent)
        response.status = "submitted"
        response.submitted_at = response.updated_at = utcnow()
        session.flush()
        return _info(session, respondent)


def reopen_response(db: Database, respondent_id: int) -> ResponseInfo:
    """The facilitator reopens a submitted response for changes."""
    with db.transaction() as session:
        respondent = _respondent(session, respondent_id)
        rnd = respondent.round
        if rnd.status != "open":
            raise ValidationError("round_not_open", label=rnd.label, status=rnd.status)
        response = respondent.response
        if response is not None and response.status == "submitted":
            response.status = "in_progress"
            response.submitted_at = None
            response.updated_at = utcnow()
        session.flush()
        return _info(session, respondent)
