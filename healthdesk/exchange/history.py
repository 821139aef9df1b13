"""A partnership's whole history as one JSON file (``docs/formats/history.md``): to move it to another machine,
or keep it outside the app. It holds every respondent's raw answers, so it is confidential.

``export_history`` writes it atomically (read only); ``import_history`` checks the whole file first, then adds
everything in one transaction after a backup. The partnership, its rounds and respondents keep their ids, so
response files of invitations issued before the move can still be matched (by the data folder that holds the
facilitator key: see docs/exchange.md).
"""

from __future__ import annotations

import logging
import os
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy import func, select

from ..errors import HealthDeskError, ValidationError
from ..framework import DEFAULT_FRAMEWORK_KEY, get_framework
from ..maintenance import atomic_write
from ..models.backup import take_backup
from ..models.db import Database
from ..models.entities import (
    AGREEMENT_TERMS,
    DECIDERS,
    DECISION_STATUSES,
    GOAL_LEVELS,
    KPI_DIRECTIONS,
    MEMBER_ROLES,
    PARTNERSHIP_STAGES,
    PARTNERSHIP_STATUSES,
    PARTNERSHIP_TYPES,
    RESPONSE_STATUSES,
    ROUND_STATUSES,
    SIDES,
    WORK_STATUSES,
    Action,
    AgreementTerm,
    Answer,
    Decision,
    Goal,
    GovernanceMember,
    Kpi,
    KpiValue,
    Partnership,
    Respondent,
    Response,
    Round,
)
from ..services import validation as v
from ..services.key_messages import encode_key_messages, row_key_messages
from ..services.partnerships import find_partnership_row
from . import formats as f
from . import frameworks as fws
from .errors import ExchangeError, bad

log = logging.getLogger(__name__)

NOTICE = (
    "CONFIDENTIAL. HealthDesk partnership history with every respondent's individual answers. Keep it like the "
    "database itself; do not send it to the partner companies. Format: docs/formats/history.md"
)
MAX_ROUNDS = 500
MAX_RESPONDENTS = 2000
MAX_ITEMS = 5000


@dataclass(frozen=True)
class HistoryImport:
    partnership_id: int
    name: str
    rounds: int
    respondents: int
    responses: int
    backup: Path | None


# -- export ---------------------------------------------------------------------------------------------------


def _answers(response: Response) -> list[dict[str, Any]]:
    return [
        {
            "indicator": a.indicator_id,
            "score": a.score,
            "not_applicable": bool(a.not_applicable),
            "problem": a.problem or "",
            "updated_at": f.moment_text(a.updated_at),
        }
        for a in response.answers
    ]


def history_document(db: Database, partnership_key: str | int) -> dict[str, Any]:
    fws.register_stored_frameworks(db)
    with db.reading() as session:
        p = find_partnership_row(session, partnership_key)
        rounds = sorted(p.rounds, key=lambda r: (r.start_date, r.id))
        keys = sorted({r.framework_key for r in rounds})
        frameworks = []
        for key in keys:
            raw = fws.raw_for_key(key)
            frameworks.append({"key": key, "sha256": fws.content_hash(raw), "content": raw})
        round_uid = {r.id: r.uid for r in rounds}
        goals = session.scalars(select(Goal).where(Goal.partnership_id == p.id).order_by(Goal.id)).all()
        goal_ref = {g.id: n for n, g in enumerate(goals, start=1)}
        doc: dict[str, Any] = {
            "format": f.HISTORY_FORMAT,
            "format_version": f.VERSIONS[f.HISTORY_FORMAT],
            "confidential": True,
            "notice": NOTICE,
            "exported_at": f.moment_text(datetime.now().replace(microsecond=0)),
            "frameworks": frameworks,
            "partnership": {
                "uid": p.uid,
                "name": p.name,
                "code": p.code,
                "type": p.type,
                "partner_a_name": p.partner_a_name,
                "partner_a_name_alt": p.partner_a_name_alt,
                "partner_a_label": p.partner_a_label,
                "partner_b_name": p.partner_b_name,
                "partner_b_name_alt": p.partner_b_name_alt,
                "partner_b_label": p.partner_b_label,
                "start_date": f.day_text(p.start_date),
                "stage": p.stage,
                "status": p.status,
                "archived": bool(p.archived),
                "description": p.description or "",
                "created_at": f.moment_text(p.created_at),
                "members": [{"name": m.name, "side": m.side, "role": m.role} for m in p.members],
                "terms": {t.kind: t.text for t in p.terms},
            },
            "rounds": [
                {
                    "uid": r.uid,
                    "label": r.label,
                    "start_date": f.day_text(r.start_date),
                    "end_date": f.day_text(r.end_date),
                    "framework_key": r.framework_key,
                    "status": r.status,
                    "threshold": r.threshold,
                    "threshold_note": r.threshold_note or "",
                    "blind": bool(r.blind),
                    "share_when_closed": bool(r.share_when_closed),
                    "key_messages": {k: list(b) for k, b in row_key_messages(r).items()},
                    "created_at": f.moment_text(r.created_at),
                    "closed_at": f.moment_text(r.closed_at),
                    "respondents": [
                        {
                            "uid": who.uid,
                            "name": who.name,
                            "side": who.side,
                            "role": who.role or "",
                            "response": None
                            if who.response is None
                            else {
                                "status": who.response.status,
                                "comment": who.response.comment or "",
                                "last_page": who.response.last_page,
                                "started_at": f.moment_text(who.response.started_at),
                                "updated_at": f.moment_text(who.response.updated_at),
                                "submitted_at": f.moment_text(who.response.submitted_at),
                                "submission_id": who.response.submission_id,
                                "answers": _answers(who.response),
                            },
                        }
                        for who in r.respondents
                    ],
                }
                for r in rounds
            ],
            "goals": [
                {
                    "ref": goal_ref[g.id],
                    "parent": goal_ref.get(g.parent_id) if g.parent_id else None,
                    "round": round_uid.get(g.round_id) if g.round_id else None,
                    "level": g.level,
                    "title": g.title,
                    "owner_a": g.owner_a,
                    "owner_b": g.owner_b,
                    "due_date": f.day_text(g.due_date),
                    "status": g.status,
                    "dimensions": g.dimensions,
                    "indicator_id": g.indicator_id,
                    "target": g.target,
                    "created_at": f.moment_text(g.created_at),
                    "updated_at": f.moment_text(g.updated_at),
                }
                for g in goals
            ],
            "actions": [
                {
                    "goal": goal_ref.get(a.goal_id) if a.goal_id else None,
                    "round": round_uid.get(a.round_id) if a.round_id else None,
                    "title": a.title,
                    "owner": a.owner,
                    "owner_side": a.owner_side,
                    "due_date": f.day_text(a.due_date),
                    "status": a.status,
                    "notes": a.notes,
                    "dimension_id": a.dimension_id,
                    "indicator_id": a.indicator_id,
                    "created_at": f.moment_text(a.created_at),
                    "updated_at": f.moment_text(a.updated_at),
                    "done_at": f.moment_text(a.done_at),
                }
                for a in session.scalars(
                    select(Action).where(Action.partnership_id == p.id).order_by(Action.id)
                )
            ],
            "kpis": [
                {
                    "name": k.name,
                    "unit": k.unit,
                    "target": k.target,
                    "alert_threshold": k.alert_threshold,
                    "direction": k.direction,
                    "dimension_id": k.dimension_id,
                    "created_at": f.moment_text(k.created_at),
                    "values": [
                        {
                            "period": kv.period,
                            "period_end": f.day_text(kv.period_end),
                            "value": kv.value,
                            "note": kv.note,
                        }
                        for kv in k.values
                    ],
                }
                for k in session.scalars(select(Kpi).where(Kpi.partnership_id == p.id).order_by(Kpi.id))
            ],
            "decisions": [
                {
                    "round": round_uid.get(d.round_id) if d.round_id else None,
                    "decided_on": f.day_text(d.decided_on),
                    "text": d.text,
                    "decided_by": d.decided_by,
                    "status": d.status,
                    "follow_up": d.follow_up,
                    "created_at": f.moment_text(d.created_at),
                }
                for d in session.scalars(
                    select(Decision).where(Decision.partnership_id == p.id).order_by(Decision.id)
                )
            ],
        }
    return doc


def export_history(db: Database, partnership_key: str | int, out_path: str | os.PathLike[str]) -> Path:
    """Write the partnership's history JSON atomically, readable by the user only (it is confidential)."""
    doc = history_document(db, partnership_key)
    return atomic_write(Path(out_path).expanduser(), f.pretty(doc), private=True)


# -- import ---------------------------------------------------------------------------------------------------

P_FIELDS = {
    "uid", "name", "code", "type", "partner_a_name", "partner_a_name_alt", "partner_a_label", "partner_b_name",
    "partner_b_name_alt", "partner_b_label", "start_date", "stage", "status", "archived", "description",
    "created_at", "members", "terms",
}  # fmt: skip
R_FIELDS = {
    "uid", "label", "start_date", "end_date", "framework_key", "status", "threshold", "threshold_note", "blind",
    "share_when_closed", "key_messages", "created_at", "closed_at", "respondents",
}  # fmt: skip
RESP_FIELDS = {
    "status", "comment", "last_page", "started_at", "updated_at", "submitted_at", "submission_id", "answers",
}  # fmt: skip
G_FIELDS = {
    "ref", "parent", "round", "level", "title", "owner_a", "owner_b", "due_date", "status", "dimensions",
    "indicator_id", "target", "created_at", "updated_at",
}  # fmt: skip
A_FIELDS = {
    "goal", "round", "title", "owner", "owner_side", "due_date", "status", "notes", "dimension_id",
    "indicator_id", "created_at", "updated_at", "done_at",
}  # fmt: skip
K_FIELDS = {"name", "unit", "target", "alert_threshold", "direction", "dimension_id", "created_at", "values"}
D_FIELDS = {"round", "decided_on", "text", "decided_by", "status", "follow_up", "created_at"}
TOP_FIELDS = {
    "format", "format_version", "confidential", "notice", "exported_at", "frameworks", "partnership", "rounds",
    "goals", "actions", "kpis", "decisions",
}  # fmt: skip


def _now_or(value: datetime | None) -> datetime:
    return value or datetime.now()


@contextmanager
def _rule(where: str) -> Iterator[None]:
    """Run a rule of ``services.validation`` (the same function the services call) on a part of the file; a
    break refuses the whole file, saying where and which rule."""
    try:
        yield
    except ExchangeError:
        raise
    except ValidationError as exc:
        raise ExchangeError("breaks_rule", where=where, reason=exc.message_en(), rule=exc.code) from None


def _check_in_frameworks(check, frameworks: list, value: str, where: str) -> None:  # noqa: ANN001
    """A goal's, action's or KPI's dimension or indicator: the services check it against the partnership's
    framework; a history spans rounds that may use several, so it must belong to one of them."""
    if not value:
        return
    errors = []
    for fw in frameworks:
        try:
            check(fw, value)
            return
        except ValidationError as exc:
            errors.append(exc)
    with _rule(where):
        raise errors[-1]


def read_history(data: bytes) -> dict[str, Any]:
    """Check a history file completely; returns plain values ready to insert (no database access)."""
    doc = f.load_document(data, f.HISTORY_FORMAT, f.MAX_HISTORY_BYTES)
    version = doc["format_version"]
    top = f.Fields(doc, "", TOP_FIELDS)
    frameworks = {}
    for n, item in enumerate(top.obj_list("frameworks", 50)):
        fw_fields = f.Fields(item, f"frameworks[{n}]", {"key", "sha256", "content"})
        fw = fws.check_framework(
            fw_fields.raw("content"), fw_fields.hex64("sha256"), f"frameworks[{n}].content"
        )
        if fw.key != fw_fields.text("key", 120):
            raise bad(f"frameworks[{n}].key", "does not match the framework")
        frameworks[fw.key] = (fw, fw_fields.raw("content"))

    def framework_of(key: str, where: str):  # noqa: ANN202
        if key in frameworks:
            return frameworks[key][0]
        try:
            return get_framework(key)
        except HealthDeskError:
            raise ExchangeError(
                "wrong_framework", found=key, expected="a framework included in the file"
            ) from None

    p = top.sub("partnership", P_FIELDS)
    members = []
    for n, m in enumerate(p.obj_list("members", 200)):
        mf = f.Fields(m, f"partnership.members[{n}]", {"name", "side", "role"})
        members.append(
            {
                "name": mf.text("name", v.NAME_CAP, allow_empty=False).strip(),
                "side": mf.choice("side", SIDES),
                "role": mf.choice("role", MEMBER_ROLES),
            }
        )
    terms_raw = p.raw("terms")
    if not isinstance(terms_raw, dict):
        raise bad("partnership.terms", "must be an object")
    terms = {}
    for kind, text in terms_raw.items():
        if kind not in AGREEMENT_TERMS:
            raise bad("partnership.terms", f"has an unknown term kind '{str(kind)[:40]}'")
        terms[kind] = f.check_text(text, f"partnership.terms.{kind}", v.TEXT_CAP)
    partnership = {
        "uid": p.uid("uid"),
        "name": p.text("name", v.NAME_CAP, allow_empty=False).strip(),
        "code": p.text("code", v.CODE_CAP, allow_empty=False).strip(),
        "type": p.choice("type", PARTNERSHIP_TYPES),
        "partner_a_name": p.text("partner_a_name", v.NAME_CAP, allow_empty=False).strip(),
        "partner_a_name_alt": p.opt_text("partner_a_name_alt", v.NAME_CAP).strip(),
        "partner_a_label": p.text("partner_a_label", v.LABEL_CAP, allow_empty=False).strip(),
        "partner_b_name": p.text("partner_b_name", v.NAME_CAP, allow_empty=False).strip(),
        "partner_b_name_alt": p.opt_text("partner_b_name_alt", v.NAME_CAP).strip(),
        "partner_b_label": p.text("partner_b_label", v.LABEL_CAP, allow_empty=False).strip(),
        "start_date": p.day("start_date", required=False),
        "stage": p.choice("stage", PARTNERSHIP_STAGES),
        "status": p.choice("status", PARTNERSHIP_STATUSES),
        "archived": p.boolean("archived"),
        "description": p.opt_text("description", v.TEXT_CAP),
        "created_at": p.moment("created_at", required=False),
        "members": members,
        "terms": terms,
    }
    rounds = []
    seen_uids: set[str] = set()
    labels: set[str] = set()
    respondents_total = 0
    for n, raw_round in enumerate(top.obj_list("rounds", MAX_ROUNDS)):
        where = f"rounds[{n}]"
        rf = f.Fields(raw_round, where, R_FIELDS)
        uid = rf.uid("uid")
        label = rf.text("label", v.ROUND_LABEL_CAP, allow_empty=False).strip()
        if uid in seen_uids or label in labels:
            raise bad(where, "repeats the id or label of another round")
        seen_uids.add(uid)
        labels.add(label)
        key = rf.text("framework_key", 120, allow_empty=False)
        fw = framework_of(key, where)
        start, end = rf.day("start_date"), rf.day("end_date", required=False)
        with _rule(f"{where}.end_date"):
            v.check_date_order(start, end)
        status = rf.choice("status", ROUND_STATUSES)
        threshold_note = rf.opt_text("threshold_note", v.TEXT_CAP)
        with _rule(f"{where}.threshold"):
            threshold = v.check_threshold(rf.raw("threshold"), threshold_note)
        # Version 1 files (before the setting) import with it on: nothing of an open round goes out until the
        # facilitator chooses otherwise.
        share_when_closed = rf.boolean("share_when_closed") if version >= 2 else True
        # Version 3 added the facilitator's key messages; older files have none (and may not name them).
        key_messages: dict[str, tuple[str, ...]] = {}
        raw_messages = rf.raw("key_messages", required=False) if version >= 3 else None
        if version < 3 and isinstance(raw_round, dict) and "key_messages" in raw_round:
            raise bad(f"{where}.key_messages", f"is not part of format version {version}")
        if raw_messages is not None:
            with _rule(f"{where}.key_messages"):
                key_messages = v.check_key_messages(raw_messages)
        respondents = []
        names: set[tuple[str, str]] = set()
        for m, raw_who in enumerate(rf.obj_list("respondents", MAX_RESPONDENTS)):
            wwhere = f"{where}.respondents[{m}]"
            wf = f.Fields(raw_who, wwhere, {"uid", "name", "side", "role", "response"})
            who_uid = wf.uid("uid")
            if who_uid in seen_uids:
                raise bad(wwhere, "repeats the id of another record")
            seen_uids.add(who_uid)
            who = {
                "uid": who_uid,
                "name": wf.text("name", v.NAME_CAP, allow_empty=False).strip(),
                "side": wf.choice("side", SIDES),
                "role": wf.opt_text("role", v.NAME_CAP).strip(),
                "response": None,
            }
            if (who["name"], who["side"]) in names:
                raise bad(wwhere, "repeats the name of another respondent of the round")
            names.add((who["name"], who["side"]))
            if wf.raw("response", required=False) is not None:
                who["response"] = _read_response(wf.sub("response", RESP_FIELDS), fw)
            respondents.append(who)
        respondents_total += len(respondents)
        if respondents_total > MAX_RESPONDENTS * 5:
            raise bad("rounds", "hold too many respondents")
        rounds.append(
            {
                "uid": uid,
                "label": label,
                "start_date": start,
                "end_date": end,
                "framework_key": key,
                "status": status,
                "threshold": threshold,
                "threshold_note": threshold_note,
                "blind": rf.boolean("blind"),
                "share_when_closed": share_when_closed,
                "key_messages": key_messages,
                "created_at": rf.moment("created_at", required=False),
                "closed_at": rf.moment("closed_at", required=False) if status == "closed" else None,
                "respondents": respondents,
                "framework": fw,
            }
        )
    # Follow-up items name dimensions and indicators of the partnership's framework, as the services check them:
    # the latest round's, the default one before any round. A history spans every round, and an item may date from
    # before a later round changed framework, so any of them (or the default) is accepted.
    used = [r["framework"] for r in sorted(rounds, key=lambda r: r["start_date"], reverse=True)]
    used.append(get_framework(DEFAULT_FRAMEWORK_KEY))
    goals = []
    refs: set[int] = set()
    for n, raw in enumerate(top.obj_list("goals", MAX_ITEMS, required=False)):
        gf = f.Fields(raw, f"goals[{n}]", G_FIELDS)
        ref = gf.integer("ref", 1, 10**9)
        if ref in refs:
            raise bad(f"goals[{n}].ref", "is used twice")
        refs.add(ref)
        goals.append(
            {
                "ref": ref,
                "parent": _opt_int(gf, "parent"),
                "round": _opt_round(gf, "round", seen_uids),
                "level": gf.choice("level", GOAL_LEVELS),
                "title": gf.text("title", 300, allow_empty=False),
                "owner_a": gf.opt_text("owner_a", v.NAME_CAP),
                "owner_b": gf.opt_text("owner_b", v.NAME_CAP),
                "due_date": gf.day("due_date", required=False),
                "status": gf.choice("status", WORK_STATUSES),
                "dimensions": gf.opt_text("dimensions", 300),
                "indicator_id": gf.opt_text("indicator_id", 80),
                "target": gf.opt_text("target", v.TEXT_CAP),
                "created_at": gf.moment("created_at", required=False),
                "updated_at": gf.moment("updated_at", required=False),
            }
        )
    level_of = {g["ref"]: g["level"] for g in goals}
    for n, g in enumerate(goals):
        for dim in (d for d in g["dimensions"].split(",") if d.strip()):
            _check_in_frameworks(v.check_dimension, used, dim, f"goals[{n}].dimensions")
        _check_in_frameworks(v.check_indicator, used, g["indicator_id"], f"goals[{n}].indicator_id")
        if g["parent"] is None:
            continue
        if g["parent"] not in refs:
            raise bad(f"goals[{n}].parent", "refers to no goal in the file")
        # Each goal sits under a goal of a higher level, never itself: so the goals form a tree, no cycle.
        with _rule(f"goals[{n}].parent"):
            v.check_goal_parent(g["level"], level_of[g["parent"]], same_goal=g["parent"] == g["ref"])
    actions = []
    for n, raw in enumerate(top.obj_list("actions", MAX_ITEMS, required=False)):
        af = f.Fields(raw, f"actions[{n}]", A_FIELDS)
        goal = _opt_int(af, "goal")
        if goal is not None and goal not in refs:
            raise bad(f"actions[{n}].goal", "refers to no goal in the file")
        owner_side = af.opt_text("owner_side", 2)
        if owner_side not in ("", "A", "B", "AB"):
            raise bad(f"actions[{n}].owner_side", "must be A, B, AB or empty")
        _check_in_frameworks(
            v.check_dimension, used, af.opt_text("dimension_id", 80), f"actions[{n}].dimension_id"
        )
        _check_in_frameworks(
            v.check_indicator, used, af.opt_text("indicator_id", 80), f"actions[{n}].indicator_id"
        )
        actions.append(
            {
                "goal": goal,
                "round": _opt_round(af, "round", seen_uids),
                "title": af.text("title", 300, allow_empty=False),
                "owner": af.opt_text("owner", v.NAME_CAP),
                "owner_side": owner_side,
                "due_date": af.day("due_date", required=False),
                "status": af.choice("status", WORK_STATUSES),
                "notes": af.opt_text("notes", v.TEXT_CAP),
                "dimension_id": af.opt_text("dimension_id", 80),
                "indicator_id": af.opt_text("indicator_id", 80),
                "created_at": af.moment("created_at", required=False),
                "updated_at": af.moment("updated_at", required=False),
                "done_at": af.moment("done_at", required=False),
            }
        )
    kpis = []
    kpi_names: set[str] = set()
    for n, raw in enumerate(top.obj_list("kpis", MAX_ITEMS, required=False)):
        kf = f.Fields(raw, f"kpis[{n}]", K_FIELDS)
        name = kf.text("name", v.NAME_CAP, allow_empty=False)
        if v.kpi_name_key(name) in kpi_names:
            with _rule(f"kpis[{n}].name"):
                raise ValidationError("duplicate_kpi", name=name)
        kpi_names.add(v.kpi_name_key(name))
        _check_in_frameworks(
            v.check_dimension, used, kf.opt_text("dimension_id", 80), f"kpis[{n}].dimension_id"
        )
        values = []
        periods: set[str] = set()
        for m, rv in enumerate(kf.obj_list("values", MAX_ITEMS)):
            vf = f.Fields(rv, f"kpis[{n}].values[{m}]", {"period", "period_end", "value", "note"})
            period = vf.text("period", 40, allow_empty=False)
            if period in periods:
                raise bad(f"kpis[{n}].values[{m}].period", "is used twice")
            periods.add(period)
            values.append(
                {
                    "period": period,
                    "period_end": vf.day("period_end"),
                    "value": vf.number("value"),
                    "note": vf.opt_text("note", v.TEXT_CAP),
                }
            )
        kpis.append(
            {
                "name": name,
                "unit": kf.opt_text("unit", 40),
                "target": kf.number("target", required=False),
                "alert_threshold": kf.number("alert_threshold"),
                "direction": kf.choice("direction", KPI_DIRECTIONS),
                "dimension_id": kf.opt_text("dimension_id", 80),
                "created_at": kf.moment("created_at", required=False),
                "values": values,
            }
        )
    decisions = []
    for n, raw in enumerate(top.obj_list("decisions", MAX_ITEMS, required=False)):
        df = f.Fields(raw, f"decisions[{n}]", D_FIELDS)
        with _rule(f"decisions[{n}].decided_on"):
            v.check_decision_date(
                df.choice("status", DECISION_STATUSES), df.day("decided_on", required=False)
            )
        decisions.append(
            {
                "round": _opt_round(df, "round", seen_uids),
                "decided_on": df.day("decided_on", required=False),
                "text": df.text("text", v.TEXT_CAP, allow_empty=False),
                "decided_by": df.choice("decided_by", DECIDERS),
                "status": df.choice("status", DECISION_STATUSES),
                "follow_up": df.opt_text("follow_up", v.TEXT_CAP),
                "created_at": df.moment("created_at", required=False),
            }
        )
    return {
        "frameworks": frameworks,
        "partnership": partnership,
        "rounds": rounds,
        "goals": goals,
        "actions": actions,
        "kpis": kpis,
        "decisions": decisions,
    }


def _opt_int(fields: f.Fields, key: str) -> int | None:
    if fields.raw(key, required=False) is None:
        return None
    return fields.integer(key, 1, 10**9)


def _opt_round(fields: f.Fields, key: str, uids: set[str]) -> str | None:
    uid = fields.uid(key, required=False)
    if uid is not None and uid not in uids:
        raise bad(fields.name(key), "refers to no round in the file")
    return uid


def _read_response(rf: f.Fields, fw) -> dict[str, Any]:  # noqa: ANN001
    status = rf.choice("status", RESPONSE_STATUSES)
    answers = []
    seen: set[str] = set()
    for n, raw in enumerate(rf.obj_list("answers", len(fw.indicators))):
        af = f.Fields(
            raw, f"{rf.where}.answers[{n}]", {"indicator", "score", "not_applicable", "problem", "updated_at"}
        )
        ind = af.text("indicator", 80)
        if ind not in fw.indicator_map:
            raise ValidationError("unknown_indicator", indicator=ind, framework=fw.key)
        if ind in seen:
            raise bad(af.name("indicator"), "is answered twice")
        seen.add(ind)
        score = af.raw("score")
        na = af.boolean("not_applicable")
        with _rule(af.name("score")):
            v.check_score(ind, score, not_applicable=na)
        answers.append(
            {
                "indicator": ind,
                "score": score,
                "not_applicable": na,
                "problem": af.text("problem", v.TEXT_CAP),
                "updated_at": af.moment("updated_at", required=False),
            }
        )
    if status == "submitted":  # submitted only with every indicator answered, as the walk-through requires
        with _rule(f"{rf.where}.answers"):
            v.check_complete(
                [i.id for i in fw.indicators],
                {a["indicator"]: (a["score"], a["not_applicable"]) for a in answers},
            )
    submitted_at = rf.moment("submitted_at", required=False)
    if status == "submitted" and submitted_at is None:
        raise bad(f"{rf.where}.submitted_at", "is missing for a submitted response")
    sid = rf.raw("submission_id", required=False)
    if sid is not None:
        sid = rf.hex64("submission_id")
    return {
        "status": status,
        "comment": rf.text("comment", v.TEXT_CAP),
        "last_page": rf.integer("last_page", 0, 1000),
        "started_at": rf.moment("started_at", required=False),
        "updated_at": rf.moment("updated_at", required=False),
        "submitted_at": submitted_at if status == "submitted" else None,
        "submission_id": sid,
        "answers": answers,
    }


def import_history(db: Database, path: str | os.PathLike[str]) -> HistoryImport:
    """Add a partnership's history from a file made by ``export_history``. Refused (nothing written) when the
    same partnership, or any of its rounds or respondents, is already here, or another partnership uses its
    name or code."""
    data = f.read_capped(path, f.MAX_HISTORY_BYTES)
    h = read_history(data)
    p = h["partnership"]
    round_uids = [r["uid"] for r in h["rounds"]]
    respondent_uids = [w["uid"] for r in h["rounds"] for w in r["respondents"]]
    with db.reading() as session:
        if session.scalar(select(Partnership.id).where(Partnership.uid == p["uid"])) is not None:
            raise ExchangeError("partnership_exists", name=p["name"])
        clash = session.scalar(
            select(Partnership.id).where(
                (Partnership.name_key == p["name"].casefold())
                | (func.lower(Partnership.code) == p["code"].lower())
            )
        )
        if clash is not None:
            raise ExchangeError("partnership_clash", name=p["name"], code=p["code"])
        for chunk in range(0, len(round_uids), 500):
            found = session.scalar(select(Round.uid).where(Round.uid.in_(round_uids[chunk : chunk + 500])))
            if found:
                raise ExchangeError("uid_clash", kind="round", uid=found)
        for chunk in range(0, len(respondent_uids), 500):
            found = session.scalar(
                select(Respondent.uid).where(Respondent.uid.in_(respondent_uids[chunk : chunk + 500]))
            )
            if found:
                raise ExchangeError("uid_clash", kind="respondent", uid=found)
        has_data = bool(session.scalar(select(func.count(Partnership.id))))
    backup = take_backup(db, reason="before-import") if has_data else None
    counts = {"rounds": 0, "respondents": 0, "responses": 0}
    with db.transaction() as session:
        for fw, raw in h["frameworks"].values():
            fws.store(session, fw, raw)
        row = Partnership(
            uid=p["uid"],
            name=p["name"],
            name_key=p["name"].casefold(),
            code=p["code"],
            type=p["type"],
            partner_a_name=p["partner_a_name"],
            partner_a_name_alt=p["partner_a_name_alt"],
            partner_a_label=p["partner_a_label"],
            partner_b_name=p["partner_b_name"],
            partner_b_name_alt=p["partner_b_name_alt"],
            partner_b_label=p["partner_b_label"],
            start_date=p["start_date"],
            stage=p["stage"],
            status=p["status"],
            archived=p["archived"],
            description=p["description"],
            created_at=_now_or(p["created_at"]),
        )
        row.members = [GovernanceMember(**m) for m in p["members"]]
        row.terms = [AgreementTerm(kind=k, text=t) for k, t in p["terms"].items()]
        session.add(row)
        session.flush()
        round_ids: dict[str, int] = {}
        for r in h["rounds"]:
            rnd = Round(
                partnership_id=row.id,
                uid=r["uid"],
                label=r["label"],
                start_date=r["start_date"],
                end_date=r["end_date"],
                framework_key=r["framework_key"],
                status=r["status"],
                threshold=r["threshold"],
                threshold_note=r["threshold_note"],
                blind=r["blind"],
                share_when_closed=r["share_when_closed"],
                key_messages=encode_key_messages(r["key_messages"]),
                created_at=_now_or(r["created_at"]),
                closed_at=(r["closed_at"] or datetime.now()) if r["status"] == "closed" else None,
            )
            session.add(rnd)
            session.flush()
            round_ids[r["uid"]] = rnd.id
            counts["rounds"] += 1
            for w in r["respondents"]:
                who = Respondent(
                    round_id=rnd.id, uid=w["uid"], name=w["name"], side=w["side"], role=w["role"]
                )
                session.add(who)
                session.flush()
                counts["respondents"] += 1
                resp = w["response"]
                if resp is None:
                    continue
                response = Response(
                    respondent_id=who.id,
                    status=resp["status"],
                    comment=resp["comment"],
                    last_page=resp["last_page"],
                    started_at=_now_or(resp["started_at"]),
                    updated_at=_now_or(resp["updated_at"]),
                    submitted_at=resp["submitted_at"],
                    submission_id=resp["submission_id"],
                )
                session.add(response)
                session.flush()
                for a in resp["answers"]:
                    session.add(
                        Answer(
                            response_id=response.id,
                            indicator_id=a["indicator"],
                            score=a["score"],
                            not_applicable=a["not_applicable"],
                            problem=a["problem"],
                            updated_at=_now_or(a["updated_at"]),
                        )
                    )
                counts["responses"] += 1
        goal_ids: dict[int, int] = {}
        for g in h["goals"]:
            goal = Goal(
                partnership_id=row.id,
                round_id=round_ids.get(g["round"]) if g["round"] else None,
                level=g["level"],
                title=g["title"],
                owner_a=g["owner_a"],
                owner_b=g["owner_b"],
                due_date=g["due_date"],
                status=g["status"],
                dimensions=g["dimensions"],
                indicator_id=g["indicator_id"],
                target=g["target"],
                created_at=_now_or(g["created_at"]),
                updated_at=_now_or(g["updated_at"]),
            )
            session.add(goal)
            session.flush()
            goal_ids[g["ref"]] = goal.id
        for g in h["goals"]:
            if g["parent"] is not None:
                session.get(Goal, goal_ids[g["ref"]]).parent_id = goal_ids[g["parent"]]
        for a in h["actions"]:
            session.add(
                Action(
                    partnership_id=row.id,
                    goal_id=goal_ids.get(a["goal"]) if a["goal"] else None,
                    round_id=round_ids.get(a["round"]) if a["round"] else None,
                    title=a["title"],
                    owner=a["owner"],
                    owner_side=a["owner_side"],
                    due_date=a["due_date"],
                    status=a["status"],
                    notes=a["notes"],
                    dimension_id=a["dimension_id"],
                    indicator_id=a["indicator_id"],
                    created_at=_now_or(a["created_at"]),
                    updated_at=_now_or(a["updated_at"]),
                    done_at=a["done_at"],
                )
            )
        for k in h["kpis"]:
            kpi = Kpi(
                partnership_id=row.id,
                name=k["name"],
                unit=k["unit"],
                target=k["target"],
                alert_threshold=k["alert_threshold"],
                direction=k["direction"],
                dimension_id=k["dimension_id"],
                created_at=_now_or(k["created_at"]),
            )
            kpi.values = [KpiValue(**kv) for kv in k["values"]]
            session.add(kpi)
        for d in h["decisions"]:
            session.add(
                Decision(
                    partnership_id=row.id,
                    round_id=round_ids.get(d["round"]) if d["round"] else None,
                    decided_on=d["decided_on"],
                    text=d["text"],
                    decided_by=d["decided_by"],
                    status=d["status"],
                    follow_up=d["follow_up"],
                    created_at=_now_or(d["created_at"]),
                )
            )
        session.flush()
        result = HistoryImport(
            row.id, row.name, counts["rounds"], counts["respondents"], counts["responses"], backup
        )
    for fw, raw in h["frameworks"].values():
        fws.register(fw, raw)
    log.info("imported the history of %s", p["name"])
    return result
