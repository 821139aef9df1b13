"""The results version of a round, kept in one place: the storage layer.

``Round.results_version`` is bumped inside the same transaction by every write to the round's answers, responses,
respondents or settings (its label, dates, framework, threshold, blind rule, status…): a ``before_flush`` listener
on every SQLAlchemy session looks at the new, changed and deleted ``Answer``, ``Response``, ``Respondent`` and
``Round`` rows, finds their rounds and adds one to each round's version. No caller clears or bumps anything.

Kept results (``services.summary``, ``services.portfolio``) are keyed by the versions of the rounds they were
computed from, so a result kept by one process is valid or visibly stale for every process that reads the same
database. Writing a kept result (``Round.scores_cache``, ``app_setting`` rows) touches none of the rows above
and so never bumps a version.

Bulk statements (``session.execute(delete(Answer)...)``) bypass the ORM's flush; the services use them only
together with an ORM change of the same response or round (``exchange.importing``), which bumps the version.
"""

from __future__ import annotations

from itertools import chain
from typing import Any

from sqlalchemy import event, func, inspect, select, update
from sqlalchemy.orm import Session
from sqlalchemy.orm.util import identity_key

from .entities import Answer, Respondent, Response, Round

# Round columns whose change is not a change of its results (the kept results themselves, the PIN lock-out, the
# facilitator's key messages for the review).
NOT_RESULTS = frozenset(
    {"results_version", "scores_cache", "pin_failures", "pin_locked_until", "pin_hash", "key_messages"}
)


def _changed(obj: Any, ignore: frozenset[str] = frozenset()) -> bool:
    state = inspect(obj)
    for attr in state.mapper.column_attrs:
        if attr.key in ignore:
            continue
        if state.attrs[attr.key].history.has_changes():
            return True
    return False


def _history_values(obj: Any, key: str) -> list[Any]:
    """The attribute's current and previous values (a row moved to another parent counts for both)."""
    hist = inspect(obj).attrs[key].history
    values = [*hist.added, *hist.unchanged, *hist.deleted]
    if not values:
        values = [getattr(obj, key, None)]
    return [v for v in values if v is not None]


def _rounds_touched(session: Session) -> set[int]:
    round_ids: set[int] = set()
    respondent_ids: set[int] = set()
    response_ids: set[int] = set()
    new, deleted = session.new, session.deleted
    for obj in chain(new, session.dirty, deleted):
        if obj not in new and obj not in deleted:
            ignore = NOT_RESULTS if isinstance(obj, Round) else frozenset()
            if not _changed(obj, ignore):
                continue
        if isinstance(obj, Round):
            if obj not in new and obj not in deleted and obj.id is not None:
                round_ids.add(obj.id)
        elif isinstance(obj, Respondent):
            ids = _history_values(obj, "round_id")
            if not ids and obj.round is not None and obj.round.id is not None:
                ids = [obj.round.id]
            round_ids.update(ids)
        elif isinstance(obj, Response):
            ids = _history_values(obj, "respondent_id")
            if ids:
                respondent_ids.update(ids)
            elif obj.respondent is not None:
                rid = obj.respondent.round_id or (obj.respondent.round.id if obj.respondent.round else None)
                if rid is not None:
                    round_ids.add(rid)
        elif isinstance(obj, Answer):
            ids = _history_values(obj, "response_id")
            if ids:
                response_ids.update(ids)
            elif obj.response is not None:
                if obj.response.id is not None:
                    response_ids.add(obj.response.id)
                elif obj.response.respondent is not None:
                    respondent = obj.response.respondent
                    if respondent.id is not None:
                        respondent_ids.add(respondent.id)
                    elif respondent.round_id is not None:
                        round_ids.add(respondent.round_id)
    if response_ids:
        respondent_ids.update(
            _parents(session, Response, Response.respondent_id, "respondent_id", response_ids)
        )
    if respondent_ids:
        round_ids.update(_parents(session, Respondent, Respondent.round_id, "round_id", respondent_ids))
    return round_ids


def _parents(session: Session, entity: type, column: Any, key: str, ids: set[int]) -> set[int]:
    """The parent ids of rows: from the rows this session holds (no SQL), the others read in one query."""
    found: set[int] = set()
    missing = []
    for row_id in ids:
        obj = session.identity_map.get(identity_key(entity, row_id))
        value = obj.__dict__.get(key) if obj is not None else None
        if value is not None:
            found.add(value)
        else:
            missing.append(row_id)
    if missing:
        found.update(session.scalars(select(column).where(entity.id.in_(missing))))  # type: ignore[attr-defined]
    return found


@event.listens_for(Session, "before_flush")
def bump_results_versions(session: Session, _flush_context: Any, _instances: Any) -> None:
    """Add one to the results version of every round whose results this flush changes."""
    round_ids = _rounds_touched(session)
    if not round_ids:
        return
    in_sql = []
    for rid in sorted(round_ids):
        obj = session.identity_map.get(identity_key(Round, rid))
        if obj is not None and obj not in session.deleted:
            obj.results_version = (obj.results_version or 0) + 1
        else:
            in_sql.append(rid)
    if in_sql:
        table = Round.__table__
        session.execute(
            update(table)
            .where(table.c.id.in_(in_sql))
            .values(results_version=func.coalesce(table.c.results_version, 0) + 1)
        )
