"""The portfolio: one row per partnership (latest health index, light, trend, largest gap, warnings, due dates, tier).

Each row's numbers come from :func:`healthdesk.analysis.scoring.partnership_overview` over the partnership's
rounds. Opening the portfolio must not recompute every answer of every round, so each row is kept in the
``app_setting`` row ``cache.portfolio:<partnership id>`` with:

- a fingerprint of all the partnership's rounds (their rows and results versions): any change to a round, a
  respondent, a response or an answer bumps a version (:mod:`healthdesk.models.versions`) and makes it stale, in
  this process and in any other that reads the same database;
- the range of as-of dates it holds for. A row depends on the date only through which rounds had started and
  whether an assessment is overdue, so it stays valid until the day before the next round starts and, while not
  overdue, until the day the next assessment falls due (a test compares kept and fresh rows day by day).

Stale rows are recomputed from the closed rounds' kept joint values (:mod:`.summary`) and the rounds not closed;
``budget_s`` lets a screen show the table at once and compute the rest in later calls
(:func:`list_portfolio_rows`).
"""

from __future__ import annotations

import json
import logging
import time
from collections import OrderedDict
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date, timedelta
from fractions import Fraction
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..analysis.scoring import PartnershipOverview, partnership_overview
from ..analysis.serialize import scores_from_dict, scores_to_dict
from ..analysis.types import RoundScores
from ..errors import HealthDeskError
from ..framework import DEFAULT_FRAMEWORK_KEY, Framework, get_framework
from ..models.db import Database
from ..models.entities import Partnership
from . import summary as s

log = logging.getLogger(__name__)

PORTFOLIO_KEY = "cache.portfolio:"

_memo: OrderedDict[tuple[str, int], dict[str, Any]] = OrderedDict()
_MEMO_SIZE = 4096


def clear_memory() -> None:
    _memo.clear()


s.also_clear(clear_memory)


@dataclass(frozen=True)
class PortfolioRow:
    partnership_id: int
    name: str
    code: str
    partner_a_name: str
    partner_a_label: str
    partner_b_name: str
    partner_b_label: str
    type: str
    status: str
    archived: bool
    round_count: int
    overview: PartnershipOverview | None  # None while not computed yet (see Portfolio.pending) or on failure
    latest: RoundScores | None = None  # joint values of the overview's round, for the heat map
    failed: bool = False  # the row could not be computed (e.g. a round's framework is not installed)

    def label(self, side: str) -> str:
        return self.partner_a_label if side == "A" else self.partner_b_label

    @property
    def labels(self) -> dict[str, str]:
        return {"A": self.partner_a_label, "B": self.partner_b_label}

    @property
    def framework(self) -> Framework | None:
        key = self.overview.framework_key if self.overview is not None else None
        if key is None:
            return None
        try:
            return get_framework(key)
        except HealthDeskError:
            return None


@dataclass(frozen=True)
class Portfolio:
    rows: tuple[PortfolioRow, ...]
    pending: tuple[int, ...]  # partnerships whose row is still to be computed (list_portfolio_rows)
    as_of: date


# --------------------------------------------------------------------------------------------------- kept rows


def _fr(x: Fraction | None) -> list[int] | None:
    return None if x is None else [x.numerator, x.denominator]


def _unfr(raw: Any) -> Fraction | None:
    if raw is None:
        return None
    n, d = raw
    if type(n) is not int or type(d) is not int or d <= 0:
        raise ValueError("not a fraction")
    return Fraction(n, d)


def _day(raw: Any) -> date | None:
    return None if raw is None else date.fromisoformat(raw)


def overview_to_json(ov: PartnershipOverview) -> dict[str, Any]:
    return {
        "round_id": ov.round_id,
        "round_label": ov.round_label,
        "framework_key": ov.framework_key,
        "index": _fr(ov.index),
        "light": ov.light,
        "trend_kind": ov.trend_kind,
        "trend": ov.trend,
        "index_delta": _fr(ov.index_delta),
        "gap_dimension": ov.gap_dimension,
        "gap": _fr(ov.gap),
        "gap_flagged": ov.gap_flagged,
        "warnings": ov.warnings,
        "last_start": ov.last_start.isoformat() if ov.last_start else None,
        "next_due": ov.next_due.isoformat() if ov.next_due else None,
        "tier": ov.tier,
        "exit_review": ov.exit_review,
        "index_falling": ov.index_falling,
    }


def overview_from_json(raw: dict[str, Any]) -> PartnershipOverview:
    ov = PartnershipOverview(
        round_id=raw["round_id"],
        round_label=raw["round_label"],
        framework_key=raw["framework_key"],
        index=_unfr(raw["index"]),
        light=raw["light"],
        trend_kind=raw["trend_kind"],
        trend=raw["trend"],
        index_delta=_unfr(raw["index_delta"]),
        gap_dimension=raw["gap_dimension"],
        gap=_unfr(raw["gap"]),
        gap_flagged=bool(raw["gap_flagged"]),
        warnings=int(raw["warnings"]),
        last_start=_day(raw["last_start"]),
        next_due=_day(raw["next_due"]),
        tier=raw["tier"],
        exit_review=bool(raw["exit_review"]),
        index_falling=bool(raw["index_falling"]),
    )
    for name in ("round_label", "framework_key", "light", "trend_kind", "trend", "gap_dimension", "tier"):
        if getattr(ov, name) is not None and not isinstance(getattr(ov, name), str):
            raise ValueError(f"{name} is not text")
    if ov.round_id is not None and not isinstance(ov.round_id, int):
        raise ValueError("round_id is not a number")
    return ov


def _entry_from_text(text: str) -> dict[str, Any] | None:
    try:
        raw = json.loads(text)
        if raw.get("v") != s.CACHE_FORMAT:
            return None
        return {
            "fp": str(raw["fp"]),
            "as_of": date.fromisoformat(raw["as_of"]),
            "until": _day(raw["until"]),
            "overview": overview_from_json(raw["ov"]),
            "latest": scores_from_dict(raw["latest"]) if raw["latest"] is not None else None,
        }
    except (ValueError, KeyError, TypeError, AttributeError, ZeroDivisionError):
        log.warning("kept portfolio row unreadable; recomputing it")
        return None


def _entry_to_text(entry: dict[str, Any]) -> str:
    return json.dumps(
        {
            "v": s.CACHE_FORMAT,
            "fp": entry["fp"],
            "as_of": entry["as_of"].isoformat(),
            "until": entry["until"].isoformat() if entry["until"] else None,
            "ov": overview_to_json(entry["overview"]),
            "latest": scores_to_dict(entry["latest"]) if entry["latest"] is not None else None,
        },
        ensure_ascii=False,
        separators=(",", ":"),
    )


def _holds(entry: dict[str, Any] | None, fp: str, as_of: date) -> bool:
    if entry is None or entry["fp"] != fp or as_of < entry["as_of"]:
        return False
    return entry["until"] is None or as_of <= entry["until"]


def valid_until(rows: Sequence[s.RoundRow], as_of: date) -> date | None:
    """The last as-of date for which the partnership's portfolio row computed at ``as_of`` stays the same (None:
    no end), given its rounds do not change: the day before the next round starts, and while no assessment is
    overdue, the last day before one is. The overdue limit is taken from every framework version the rounds use
    (the lowest and highest), so the range is never too long."""
    until: date | None = None
    future = [r.start_date for r in rows if r.start_date > as_of]
    if future:
        until = min(future) - timedelta(days=1)
    started = [r.start_date for r in rows if r.start_date <= as_of]
    if started:
        last = max(started)
        days = (as_of - last).days
        limits = []
        for key in {r.framework_key for r in rows}:
            try:
                limits.append(get_framework(key).overdue_days)
            except HealthDeskError:
                return as_of
        low, high = min(limits), max(limits)
        if days <= low:
            flip = last + timedelta(days=low)
            until = flip if until is None else min(until, flip)
        elif days <= high:
            return as_of  # overdue under one version's rule and not under another's: recompute every day
    return until


# --------------------------------------------------------------------------------------------------- computing


def _compute(
    db: Database,
    session: Session,
    pid: int,
    rows: list[s.RoundRow],
    as_of: date,
    to_keep: dict[int, tuple[int, RoundScores]],
    settings: dict[str, str],
) -> dict[str, Any]:
    full: dict[int, RoundScores] = {}
    compact = s.closed_history(db, session, pid, rows, to_keep, settings, full)
    fresh = s.full_scores(session, [r for r in rows if r.status != "closed"], to_keep)
    scores = [fresh[r.id] if r.id in fresh else compact[r.id] for r in rows]
    overview = partnership_overview(scores, as_of, get_framework)
    latest = None
    if overview.round_id is not None:
        base = next(sc for sc in scores if sc.round_id == overview.round_id)
        latest = replace(s.compact_scores(base), indicators={})  # the heat map shows dimensions and the index
    entry = {
        "fp": s.fingerprint(rows),
        "as_of": as_of,
        "until": valid_until(rows, as_of),
        "overview": overview,
        "latest": latest,
    }
    settings[f"{PORTFOLIO_KEY}{pid}"] = _entry_to_text(entry)
    return entry


def _portfolio(
    db: Database, as_of: date | None, budget_s: float | None, only: Sequence[int] | None
) -> Portfolio:
    start = time.perf_counter()
    as_of = as_of or date.today()
    dbkey = s._db_key(db)
    to_keep: dict[int, tuple[int, RoundScores]] = {}
    settings: dict[str, str] = {}
    entries: dict[int, dict[str, Any] | None] = {}
    failed: set[int] = set()
    pending: list[int] = []
    with db.reading() as session:
        query = select(
            Partnership.id,
            Partnership.name,
            Partnership.code,
            Partnership.partner_a_name,
            Partnership.partner_a_label,
            Partnership.partner_b_name,
            Partnership.partner_b_label,
            Partnership.type,
            Partnership.status,
            Partnership.archived,
        ).order_by(Partnership.name, Partnership.id)
        if only is not None:
            query = query.where(Partnership.id.in_(list(only)))
        partnerships = session.execute(query).all()
        ids = [p[0] for p in partnerships]
        raw_by_p = s.raw_round_rows(session, None if only is None else ids)
        fps = {pid: s.fingerprint_raw(raw_by_p.get(pid, ())) for pid in ids}
        stale = []
        unread = [pid for pid in ids if not _holds(_memo.get((dbkey, pid)), fps[pid], as_of)]
        kept_texts = s.load_settings(session, PORTFOLIO_KEY) if unread else {}
        for pid in ids:
            entry = _memo.get((dbkey, pid))
            if not _holds(entry, fps[pid], as_of):
                text = kept_texts.get(f"{PORTFOLIO_KEY}{pid}")
                entry = _entry_from_text(text) if text else None
                if not _holds(entry, fps[pid], as_of):
                    entry = None
            if entry is None:
                stale.append(pid)
            entries[pid] = entry
        for n, pid in enumerate(stale):
            if budget_s is not None and n and time.perf_counter() - start > budget_s:
                pending.extend(stale[n:])
                break
            try:
                rows = [s.row_from_raw(raw) for raw in raw_by_p.get(pid, ())]
                entries[pid] = _compute(db, session, pid, rows, as_of, to_keep, settings)
            except (HealthDeskError, ValueError, KeyError) as exc:
                log.warning("portfolio row of partnership %s could not be computed: %s", pid, exc)
                failed.add(pid)
        orphans = []
        if only is None and (kept_texts or stale):  # rows of partnerships deleted since
            known = {f"{prefix}{pid}" for pid in ids for prefix in (PORTFOLIO_KEY, s.HISTORY_KEY)}
            kept_keys = [*kept_texts, *s.load_setting_keys(session, s.HISTORY_KEY)]
            orphans = [k for k in kept_keys if k not in known]
    # Kept or not (read-only), an entry is valid exactly while the rounds' versions are the ones read.
    s.keep(db, to_keep, settings, drop_settings=orphans)
    for pid, entry in entries.items():
        if entry is not None:
            s._memo_put(_memo, (dbkey, pid), entry)
    result = []
    for pid, name, code, a_name, a_label, b_name, b_label, kind, status, archived in partnerships:
        entry = entries.get(pid)
        result.append(
            PortfolioRow(
                partnership_id=pid,
                name=name,
                code=code,
                partner_a_name=a_name,
                partner_a_label=a_label,
                partner_b_name=b_name,
                partner_b_label=b_label,
                type=kind,
                status=status,
                archived=bool(archived),
                round_count=len(raw_by_p.get(pid, ())),
                overview=entry["overview"] if entry else None,
                latest=entry["latest"] if entry else None,
                failed=pid in failed,
            )
        )
    return Portfolio(rows=tuple(result), pending=tuple(pending), as_of=as_of)


def list_portfolio(db: Database, as_of: date | None = None, budget_s: float | None = None) -> Portfolio:
    """Every partnership's portfolio row, by name. With ``budget_s``, rows still to compute once that time is
    spent come back with ``overview`` None and their ids in ``pending``."""
    return _portfolio(db, as_of, budget_s, None)


def list_portfolio_rows(
    db: Database, partnership_ids: Sequence[int], as_of: date | None = None
) -> list[PortfolioRow]:
    """The rows of the given partnerships (e.g. the pending ones), computed as needed."""
    if not partnership_ids:
        return []
    return list(_portfolio(db, as_of, None, list(partnership_ids)).rows)


def heatmap_framework(rows: Sequence[PortfolioRow]) -> Framework:
    """The framework whose dimensions the portfolio heat map shows: the one most rows' latest round uses."""
    counts: dict[str, int] = {}
    for row in rows:
        if row.overview is not None and row.overview.framework_key:
            counts[row.overview.framework_key] = counts.get(row.overview.framework_key, 0) + 1
    for key in sorted(counts, key=lambda k: (-counts[k], k)):
        try:
            return get_framework(key)
        except HealthDeskError:
            continue
    return get_framework(DEFAULT_FRAMEWORK_KEY)
