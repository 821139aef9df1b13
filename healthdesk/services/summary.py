"""Summaries of rounds and partnerships: the database read once, the scoring engine called, results kept.

Every number comes from :mod:`healthdesk.analysis.scoring`; this module only decides what to read and what to keep
so that a portfolio of hundreds of partnerships with dozens of rounds each stays quick.

**The results store.** Every kept result is keyed by the ``results_version`` of the rounds it was computed from.
The storage layer bumps a round's version in the same transaction as every write to its answers, responses,
respondents or settings (:mod:`healthdesk.models.versions`), so no caller clears anything, and a result kept by
one process is valid or visibly stale for every process reading the same database. What is kept:

1. ``Round.scores_cache``: a closed round's full :class:`RoundScores` with the version it was computed at
   (:func:`kept_to_text`). Used only while the round's version is still that one.
2. ``app_setting`` row ``cache.history:<partnership id>``: the *joint* values of the partnership's closed rounds
   (what the trend, the heat map and the diagnosis and warnings of another round read; no side values, problems
   or comments), with a fingerprint of the closed rounds' rows **and versions**.
3. ``app_setting`` row ``cache.portfolio:<partnership id>`` (written by :mod:`.portfolio`): the partnership's
   portfolio row, with a fingerprint of all its rounds' rows and versions.
4. In this process, the last histories and portfolio rows read from one open database; each is used only while
   its fingerprint (and so every version) still matches the database.

One serializer writes every kept round (:func:`healthdesk.analysis.serialize.scores_to_dict`). Writing kept
results is not a change of the data: it goes through :meth:`Database.keeping`, which neither marks the database
changed nor causes a backup. A cache that is stale, unreadable or from another format version is ignored and
rewritten; keeping results is an optimisation, so a failure to write them is logged and never hides a result. A
read-only database keeps them in memory only.

:func:`summarise_for_dashboard` gives the dashboard the chosen round in full and the other closed rounds as joint
values (layer 2); :func:`summarise` gives exactly the same trend, diagnosis, warnings and tier either way, since it
reads only joint values of the other rounds (a test compares it with :func:`summarise_round`, the command line's
path, on every demo round).
"""

from __future__ import annotations

import hashlib
import json
import logging
import uuid
from collections import OrderedDict, defaultdict
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from datetime import date
from typing import Any, NamedTuple

from sqlalchemy import String, bindparam, delete, func, insert, select, type_coerce
from sqlalchemy.orm import Session

from ..analysis.choice import default_round
from ..analysis.scoring import score_round, summarise
from ..analysis.serialize import scores_from_dict, scores_to_dict
from ..analysis.types import ResponseInput, RoundInput, RoundScores, RoundSummary
from ..errors import NotFoundError
from ..framework import Framework, get_framework
from ..models.db import Database
from ..models.entities import Answer, AppSetting, Partnership, Respondent, Response, Round
from .dto import PartnershipInfo, RoundInfo
from .partnerships import get_partnership
from .rounds import DEFAULT_THRESHOLD

log = logging.getLogger(__name__)

HISTORY_KEY = "cache.history:"
CACHE_FORMAT = 4  # 2: rounds written by serialize.scores_to_dict, fingerprints with results versions;
# 3: portfolio rows count the index decline warning (index_falling)
# 4: portfolio rows say whether that warning holds (index_falling), for the trend's colour
_CHUNK = 900  # ids per IN (...) list: below SQLite's oldest limit of 999 variables
_MEMO_SIZE = 16


def _chunks(ids: Sequence[int], size: int = _CHUNK) -> Iterator[Sequence[int]]:
    for start in range(0, len(ids), size):
        yield ids[start : start + size]


# --------------------------------------------------------------------------------------------------- round rows


def _token(
    rid: int,
    status: str,
    closed_at: str | None,
    start: str,
    end: str | None,
    fw: str,
    threshold: int,
    blind: Any,
    version: Any,
    uid: Any,
    label: str,
) -> str:
    return f"{rid}|{uid}|{version or 0}|{status}|{closed_at}|{start}|{end}|{fw}|{threshold}|{int(bool(blind))}|{label}"


class RoundRow(NamedTuple):
    """What the summaries need of a round's row (no answers, no kept results)."""

    id: int
    partnership_id: int
    label: str
    start_date: date
    end_date: date | None
    framework_key: str
    status: str
    threshold: int
    blind: bool
    closed_at: str | None
    cached: bool  # a closed round with kept results in Round.scores_cache (valid only at its version)
    version: int = 0  # Round.results_version
    uid: str | None = None

    def token(self) -> str:
        end = self.end_date.isoformat() if self.end_date else None
        return _token(
            self.id,
            self.status,
            self.closed_at,
            self.start_date.isoformat(),
            end,
            self.framework_key,
            self.threshold,
            self.blind,
            self.version,
            self.uid,
            self.label,
        )


def raw_round_rows(session: Session, partnership_ids: Sequence[int] | None = None) -> dict[int, list[Any]]:
    """partnership id -> its rounds as raw rows (id, partnership id, label, start, end, framework key, status,
    threshold, blind, closed at, results kept, results version, uid), oldest first. Cheap enough to read for every round at once; see
    :func:`row_from_raw` and :func:`fingerprint_raw`."""
    query = select(
        Round.id,
        Round.partnership_id,
        Round.label,
        type_coerce(Round.start_date, String),
        type_coerce(Round.end_date, String),
        Round.framework_key,
        Round.status,
        Round.threshold,
        Round.blind,
        type_coerce(Round.closed_at, String),
        Round.scores_cache.is_not(None),
        Round.results_version,
        Round.uid,
    ).order_by(Round.partnership_id, Round.start_date, Round.id)
    if partnership_ids is not None:
        if not partnership_ids:
            return {}
        query = query.where(Round.partnership_id.in_(list(partnership_ids)))
    result: dict[int, list[Any]] = defaultdict(list)
    for row in session.execute(query):
        result[row[1]].append(row)
    return dict(result)


def row_from_raw(raw: Any) -> RoundRow:
    rid, pid, label, start, end, fw, status, threshold, blind, closed_at, cached, version, uid = raw
    return RoundRow(
        rid,
        pid,
        label,
        date.fromisoformat(start[:10]),
        date.fromisoformat(end[:10]) if end else None,
        fw,
        status,
        threshold,
        bool(blind),
        closed_at,
        bool(cached) and status == "closed",
        version or 0,
        uid,
    )


def raw_token(raw: Any) -> str:
    """The same text as ``row_from_raw(raw).token()``, without building the row."""
    rid, _pid, label, start, end, fw, status, threshold, blind, closed_at, _cached, version, uid = raw
    return _token(
        rid,
        status,
        closed_at,
        start[:10],
        end[:10] if end else None,
        fw,
        threshold,
        blind,
        version,
        uid,
        label,
    )


def round_rows(session: Session, partnership_ids: Sequence[int] | None = None) -> dict[int, list[RoundRow]]:
    """partnership id -> its rounds, oldest first (by start date, then id). All partnerships when ids is None."""
    return {
        pid: [row_from_raw(raw) for raw in rows]
        for pid, rows in raw_round_rows(session, partnership_ids).items()
    }


def fingerprint(rows: Iterable[RoundRow]) -> str:
    """A digest of the rounds' rows and results versions: it changes with any write to the rounds' answers,
    responses, respondents or settings (:mod:`healthdesk.models.versions`)."""
    return _digest(r.token() for r in rows)


def fingerprint_raw(rows: Iterable[Any]) -> str:
    """:func:`fingerprint` of raw rows (see :func:`raw_round_rows`)."""
    return _digest(raw_token(r) for r in rows)


def _digest(tokens: Iterable[str]) -> str:
    return hashlib.blake2b("\n".join(tokens).encode("utf-8"), digest_size=16).hexdigest()


# --------------------------------------------------------------------------------------------------- scoring input


def _round_inputs(session: Session, rounds: Sequence[Any]) -> dict[int, RoundInput]:
    """Build the engine's input for several rounds (objects with id, label, dates, framework_key, threshold)."""
    ids = [r.id for r in rounds]
    respondents = []
    for chunk in _chunks(ids):
        respondents.extend(
            session.execute(
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
                .where(Respondent.round_id.in_(list(chunk)))
                .order_by(Respondent.id)
            ).all()
        )
    response_ids = [row[4] for row in respondents if row[4] is not None]
    answers: dict[int, list[tuple[str, int | None, bool, str]]] = defaultdict(list)
    for chunk in _chunks(response_ids):
        for resp_id, ind, score, na, problem in session.execute(
            select(
                Answer.response_id, Answer.indicator_id, Answer.score, Answer.not_applicable, Answer.problem
            ).where(Answer.response_id.in_(list(chunk)))
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


KEPT_KEY = "results_version"  # the version a kept round's results were computed at


def kept_to_text(scores: RoundScores, version: int) -> str:
    """A round's kept results with the results version they were computed at (the one serializer)."""
    return json.dumps(
        {**scores_to_dict(scores), KEPT_KEY: version}, ensure_ascii=False, separators=(",", ":")
    )


def kept_from_text(text: str | None, version: int) -> RoundScores | None:
    """The kept results, or None when there are none, they are unreadable or they are of another version."""
    if not text:
        return None
    try:
        raw = json.loads(text)
        if not isinstance(raw, dict) or raw.get(KEPT_KEY) != version:
            return None
        return scores_from_dict(raw)
    except (ValueError, KeyError, TypeError):
        log.warning("kept results unreadable; recomputing")
        return None


def full_scores(
    session: Session, rows: Sequence[RoundRow], to_keep: dict[int, tuple[int, RoundScores]] | None = None
) -> dict[int, RoundScores]:
    """Full scores of the given rounds: closed ones from their kept results where kept at the round's current
    results version, the others computed.

    Closed rounds computed afresh are added to ``to_keep`` (round id -> (version, scores)) so the caller can store
    them after its read ends."""
    result: dict[int, RoundScores] = {}
    kept_ids = [r.id for r in rows if r.status == "closed" and r.cached]
    texts: dict[int, str] = {}
    for chunk in _chunks(kept_ids):
        texts.update(
            session.execute(
                select(Round.id, Round.scores_cache).where(
                    Round.id.in_(list(chunk)), Round.status == "closed"
                )
            ).all()
        )
    to_compute = []
    for r in rows:
        kept = kept_from_text(texts.get(r.id), r.version)
        if kept is not None:
            result[r.id] = kept
        else:
            to_compute.append(r)
    if to_compute:
        inputs = _round_inputs(session, to_compute)
        for r in to_compute:
            result[r.id] = score_round(inputs[r.id])
            if r.status == "closed" and to_keep is not None:
                to_keep[r.id] = (r.version, result[r.id])
    return result


def partnership_round_scores(
    session: Session, partnership_id: int, to_keep: dict[int, tuple[int, RoundScores]] | None = None
) -> list[RoundScores]:
    """Scores of every round of a partnership, oldest first; closed rounds come from what was kept.

    Closed rounds computed afresh are added to ``to_keep`` so the caller can store them after its read ends."""
    rows = round_rows(session, [partnership_id]).get(partnership_id, [])
    scores = full_scores(session, rows, to_keep)
    return [scores[r.id] for r in rows]


# --------------------------------------------------------------------------------------------------- keeping


def keep(
    db: Database,
    scores: dict[int, tuple[int, RoundScores]] | None = None,
    settings: dict[str, str] | None = None,
    drop_settings: Iterable[str] = (),
) -> bool:
    """Store closed rounds' results (round id -> (results version read, scores)) and cache rows in one
    transaction, after the read. A round written since the read keeps its newer version, so the stored results
    read as stale. Storing kept results is not a change of the data: it never marks the database changed and
    never causes a backup (:meth:`Database.keeping`). Returns False when nothing could be stored (read-only
    database, or a write that failed; logged, never raised)."""
    scores = scores or {}
    settings = settings or {}
    drop = [k for k in drop_settings if k not in settings]
    if not (scores or settings or drop):
        return True
    if db.read_only:
        return False
    table = Round.__table__
    try:
        with db.keeping() as session:
            if scores:
                session.execute(
                    table.update()
                    .where(
                        table.c.id == bindparam("b_id"),
                        table.c.status == "closed",
                        func.coalesce(table.c.results_version, 0) == bindparam("b_version"),
                    )
                    .values(scores_cache=bindparam("b_cache")),
                    [
                        {"b_id": rid, "b_version": version, "b_cache": kept_to_text(sc, version)}
                        for rid, (version, sc) in scores.items()
                    ],
                )
            keys = [*settings, *drop]
            for chunk in _chunks(keys):
                session.execute(delete(AppSetting).where(AppSetting.key.in_(list(chunk))))
            if settings:
                session.execute(insert(AppSetting), [{"key": k, "value": v} for k, v in settings.items()])
    except Exception:  # keeping results is an optimisation; a failure must not hide the summary
        log.exception("could not keep results")
        return False
    return True


def load_setting_keys(session: Session, prefix: str) -> list[str]:
    upper = prefix[:-1] + chr(ord(prefix[-1]) + 1)
    return list(
        session.scalars(select(AppSetting.key).where(AppSetting.key >= prefix, AppSetting.key < upper))
    )


def load_settings(session: Session, prefix: str) -> dict[str, str]:
    """Every app_setting row whose key starts with ``prefix`` (a range scan on the key)."""
    upper = prefix[:-1] + chr(ord(prefix[-1]) + 1)
    return dict(
        session.execute(
            select(AppSetting.key, AppSetting.value).where(AppSetting.key >= prefix, AppSetting.key < upper)
        ).all()
    )


# --------------------------------------------------------------------------------------------------- compact rounds


def compact_scores(scores: RoundScores) -> RoundScores:
    """The joint values of a round only (no side values, withheld list, problems or comments)."""
    return replace(scores, sides={}, withheld=(), problems={}, comments={})


_history_memo: OrderedDict[tuple[str, int], tuple[str, dict[int, RoundScores]]] = OrderedDict()


def _db_key(db: Database) -> str:
    """What this process keeps in memory belongs to one open database: a file restored from a backup (opened
    again) may hold the same rounds at the same versions with other answers, so its copies are never reused."""
    token = db.__dict__.get("_kept_results_token")
    if token is None:
        token = db.__dict__.setdefault("_kept_results_token", uuid.uuid4().hex)
    return f"{db.path}#{token}"


def clear_memory() -> None:
    """Forget what this process keeps in memory (benchmarks and tests; the database's caches stay)."""
    _history_memo.clear()
    for forget in _other_memories:
        forget()


# What modules above this one keep in memory (``services.portfolio`` registers its own) and clear_memory forgets.
_other_memories: list[Callable[[], None]] = []


def also_clear(forget: Callable[[], None]) -> None:
    """Register a module's own ``clear_memory`` so that ``clear_memory`` here forgets it too."""
    if forget not in _other_memories:
        _other_memories.append(forget)


def _memo_put(memo: OrderedDict, key: Any, value: Any) -> None:
    memo[key] = value
    memo.move_to_end(key)
    while len(memo) > _MEMO_SIZE:
        memo.popitem(last=False)


def _history_from_text(text: str | None, fp: str) -> dict[int, RoundScores] | None:
    if not text:
        return None
    try:
        raw = json.loads(text)
        if raw.get("v") != CACHE_FORMAT or raw.get("fp") != fp:
            return None
        rounds = [scores_from_dict(r) for r in raw["rounds"]]
    except (ValueError, KeyError, TypeError, AttributeError, ZeroDivisionError):
        log.warning("kept history unreadable; rebuilding it")
        return None
    return {sc.round_id: sc for sc in rounds}


def history_to_text(fp: str, compact: dict[int, RoundScores]) -> str:
    return json.dumps(
        {"v": CACHE_FORMAT, "fp": fp, "rounds": [scores_to_dict(sc) for sc in compact.values()]},
        ensure_ascii=False,
        separators=(",", ":"),
    )


def closed_history(
    db: Database,
    session: Session,
    partnership_id: int,
    rows: Sequence[RoundRow],
    to_keep: dict[int, tuple[int, RoundScores]],
    settings_out: dict[str, str],
    full_out: dict[int, RoundScores],
) -> dict[int, RoundScores]:
    """Joint values of the partnership's closed rounds (round id -> compact RoundScores), from memory, from the
    kept history row, or built from the full scores (then put into ``full_out``, with the history row to store in
    ``settings_out`` and new closed-round results in ``to_keep``). Each copy is used only while the fingerprint of
    the closed rounds' rows and results versions is the same."""
    closed = [r for r in rows if r.status == "closed"]
    if not closed:
        return {}
    fp = fingerprint(closed)
    key = (_db_key(db), partnership_id)
    memo = _history_memo.get(key)
    if memo is not None and memo[0] == fp:
        _history_memo.move_to_end(key)
        return memo[1]
    setting_key = f"{HISTORY_KEY}{partnership_id}"
    text = session.scalar(select(AppSetting.value).where(AppSetting.key == setting_key))
    compact = _history_from_text(text, fp)
    if compact is None:
        scores = full_scores(session, closed, to_keep)
        full_out.update(scores)
        compact = {r.id: compact_scores(scores[r.id]) for r in closed}
        settings_out[setting_key] = history_to_text(fp, compact)
    _memo_put(_history_memo, key, (fp, compact))
    return compact


# --------------------------------------------------------------------------------------------------- summaries


def _framework_for_key(key: str) -> Framework:
    return get_framework(key)


def summary_of(scores: Sequence[RoundScores], round_id: int, framework_key: str, as_of: date) -> RoundSummary:
    """The one way every screen and command summarises a round among its partnership's rounds."""
    return summarise(
        scores, round_id, as_of, get_framework(framework_key), framework_for_key=_framework_for_key
    )


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
        target = default_round(partnership.rounds, as_of)
    to_keep: dict[int, tuple[int, RoundScores]] = {}
    with db.reading() as session:
        all_scores = partnership_round_scores(session, partnership.id, to_keep)
    keep(db, to_keep)
    return partnership, summary_of(all_scores, target.id, target.framework_key, as_of)


def partnership_history(
    db: Database, partnership_key: str | int
) -> tuple[PartnershipInfo, list[RoundScores]]:
    partnership = get_partnership(db, partnership_key)
    to_keep: dict[int, tuple[int, RoundScores]] = {}
    with db.reading() as session:
        scores = partnership_round_scores(session, partnership.id, to_keep)
    keep(db, to_keep)
    return partnership, scores


def all_partnership_scores(db: Database) -> dict[int, list[RoundScores]]:
    to_keep: dict[int, tuple[int, RoundScores]] = {}
    with db.reading() as session:
        ids = session.scalars(select(Partnership.id)).all()
        rows = round_rows(session, None)
        result = {}
        for pid in ids:
            scores = full_scores(session, rows.get(pid, []), to_keep)
            result[pid] = [scores[r.id] for r in rows.get(pid, [])]
    keep(db, to_keep)
    return result


# --------------------------------------------------------------------------------------------------- dashboard


def results_visible(round_info: RoundInfo) -> bool:
    """The blind rule (healthdesk.analysis.followup): a blind round shows nobody's results until both sides
    reached its threshold of submitted responses."""
    from ..analysis.followup import results_visible as rule

    return rule(round_info.blind, round_info.threshold, round_info.submitted)


def sides_waiting(round_info: RoundInfo) -> dict[str, int]:
    """For a blind round not visible yet: side -> submitted responses still needed."""
    from ..analysis.followup import sides_waiting as rule

    return rule(round_info.blind, round_info.threshold, round_info.submitted)


@dataclass(frozen=True)
class DashboardData:
    """What the dashboard shows for one round of a partnership.

    ``history`` holds every round oldest first: the chosen round and the rounds not closed in full, the other
    closed rounds with their joint values only (enough for trends, heat maps, diagnosis and warnings; the detail
    view reads the full history with :func:`partnership_history`). ``summary`` is None without rounds, and also
    while the blind rule hides the chosen round (``visible`` False, ``waiting`` says what is missing)."""

    partnership: PartnershipInfo
    as_of: date
    round: RoundInfo | None = None
    framework: Framework | None = None
    history: tuple[RoundScores, ...] = ()
    summary: RoundSummary | None = None
    visible: bool = True
    waiting: dict[str, int] = field(default_factory=dict)
    hidden_rounds: frozenset[int] = frozenset()  # blind rounds whose side values must not be shown

    @property
    def labels(self) -> dict[str, str]:
        return {"A": self.partnership.partner_a_label, "B": self.partnership.partner_b_label}

    @property
    def scores(self) -> RoundScores | None:
        return None if self.summary is None else self.summary.scores


def summarise_for_dashboard(
    db: Database, partnership_id: int | str, round_id: int | None = None, as_of: date | None = None
) -> DashboardData:
    """The chosen round of a partnership, summarised among all its rounds. By default the latest round that has
    started by ``as_of`` (:func:`healthdesk.analysis.choice.default_round`)."""
    as_of = as_of or date.today()
    partnership = get_partnership(db, partnership_id)
    if not partnership.rounds:
        return DashboardData(partnership=partnership, as_of=as_of)
    by_id = {r.id: r for r in partnership.rounds}
    target = by_id.get(round_id) if round_id is not None else None
    if target is None:
        target = default_round(partnership.rounds, as_of)
    hidden = frozenset(r.id for r in partnership.rounds if not results_visible(r))
    to_keep: dict[int, tuple[int, RoundScores]] = {}
    settings: dict[str, str] = {}
    full: dict[int, RoundScores] = {}
    with db.reading() as session:
        rows = round_rows(session, [partnership.id]).get(partnership.id, [])
        compact = closed_history(db, session, partnership.id, rows, to_keep, settings, full)
        needed = [r for r in rows if r.id not in full and (r.status != "closed" or r.id == target.id)]
        full.update(full_scores(session, needed, to_keep))
    keep(db, to_keep, settings)
    history = tuple(full[r.id] if r.id in full else compact[r.id] for r in rows)
    framework = get_framework(target.framework_key)
    if target.id in hidden:
        return DashboardData(
            partnership=partnership,
            as_of=as_of,
            round=target,
            framework=framework,
            history=history,
            visible=False,
            waiting=sides_waiting(target),
            hidden_rounds=hidden,
        )
    summary = summary_of(history, target.id, target.framework_key, as_of)
    return DashboardData(
        partnership=partnership,
        as_of=as_of,
        round=target,
        framework=framework,
        history=history,
        summary=summary,
        hidden_rounds=hidden,
    )
