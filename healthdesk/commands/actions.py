"""``healthdesk actions PARTNERSHIP [--json] [--as-of DATE]``: goals (as a tree), actions, joint KPIs and JMC
decisions of one partnership, read-only (works while the app holds the data folder)."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from ..framework import DEFAULT_FRAMEWORK_KEY, get_framework
from . import counted, date_arg, open_db

STATUS_WORDS = {"planned": "planned", "in_progress": "in progress", "done": "done", "dropped": "dropped"}
LEVEL_WORDS = {"top": "top-level", "mid": "mid-term", "short": "short-term"}


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    cmd = sub.add_parser(
        "actions",
        parents=[common],
        help="goals, actions, joint KPIs and JMC decisions of a partnership",
        description="List the follow-up of one partnership: layered goals as a tree, actions (overdue ones "
        "marked), joint KPIs with their latest value and breaches, and JMC decisions. Read-only.",
    )
    cmd.add_argument("partnership", metavar="PARTNERSHIP", help="id, short code or exact name")
    cmd.add_argument("--json", action="store_true", help="machine-readable output")
    cmd.add_argument(
        "--as-of",
        metavar="YYYY-MM-DD",
        type=date_arg,
        help="date for overdue work and KPI values (default today)",
    )
    cmd.set_defaults(func=cmd_actions)


def _num(x: float | None) -> str:
    if x is None:
        return "—"
    return f"{x:g}"


def _json(p, fu, dim_name) -> dict:  # noqa: ANN001
    """Every goal, action, KPI and decision carries ``round_id`` and ``round`` (the round's label; both null
    when the item belongs to no round) and ``dimension_id`` (the dimension it aims at, null when none; a goal's
    first dimension, all of them in ``dimensions``). Documented in docs/workshop.md."""
    labels = {r.id: r.label for r in p.rounds}

    def round_of(round_id: int | None) -> dict:
        return {"round_id": round_id, "round": labels.get(round_id) if round_id is not None else None}

    def goal(g) -> dict:  # noqa: ANN001
        return {
            "id": g.id,
            "level": g.level,
            "title": g.title,
            "owner_a": g.owner_a,
            "owner_b": g.owner_b,
            "due_date": g.due_date.isoformat() if g.due_date else None,
            "status": g.status,
            "overdue": g.overdue,
            "dimensions": list(g.dimensions),
            "dimension_id": g.dimensions[0] if g.dimensions else None,
            "indicator": g.indicator_id or None,
            "target": g.target,
            **round_of(g.round_id),
            "children": [goal(c) for c in fu.children_of(g.id)],
            "actions": [a.id for a in fu.actions_of(g.id)],
        }

    ids = {g.id for g in fu.goals}
    roots = [g for g in fu.goals if g.parent_id not in ids]
    counts = fu.counts
    return {
        "partnership": {"id": p.id, "code": p.code, "name": p.name},
        "as_of": fu.as_of.isoformat(),
        "counts": {
            "open_goals": counts.open_goals,
            "overdue_actions": counts.overdue_actions,
            "kpi_breaches": counts.kpi_breaches,
            "decisions_requested": counts.decisions_requested,
        },
        "goals": [goal(g) for g in roots],
        "actions": [
            {
                "id": a.id,
                "title": a.title,
                "goal_id": a.goal_id,
                "owner": a.owner,
                "owner_side": a.owner_side or None,
                "due_date": a.due_date.isoformat() if a.due_date else None,
                "status": a.status,
                "overdue": a.overdue,
                "days_overdue": a.days_overdue,
                "dimension": a.dimension_id or None,
                "dimension_id": a.dimension_id or None,
                "indicator": a.indicator_id or None,
                "notes": a.notes,
                **round_of(a.round_id),
            }
            for a in fu.actions
        ],
        "kpis": [
            {
                "id": k.id,
                "name": k.name,
                "unit": k.unit,
                "target": k.target,
                "alert_threshold": k.alert_threshold,
                "direction": k.direction,
                "dimension": k.dimension_id or None,
                "dimension_id": k.dimension_id or None,
                **round_of(None),
                "latest": None
                if k.latest is None
                else {
                    "period": k.latest.period,
                    "period_end": k.latest.period_end.isoformat(),
                    "value": k.latest.value,
                },
                "breached": k.breached,
                "values": [
                    {
                        "period": x.period,
                        "period_end": x.period_end.isoformat(),
                        "value": x.value,
                        "note": x.note,
                    }
                    for x in k.values
                ],
            }
            for k in fu.kpis
        ],
        "decisions": [
            {
                "id": d.id,
                "text": d.text,
                "decided_by": d.decided_by,
                "status": d.status,
                "decided_on": d.decided_on.isoformat() if d.decided_on else None,
                "follow_up": d.follow_up,
                "dimension_id": None,
                **round_of(d.round_id),
            }
            for d in fu.decisions
        ],
    }


def _text(p, fu, dim_name) -> list[str]:  # noqa: ANN001
    out = [f"{p.name} ({p.code}): follow-up as of {fu.as_of.isoformat()}", ""]

    def side(code: str) -> str:
        if code == "AB":
            return f"{p.partner_a_label} + {p.partner_b_label}"
        return p.label(code) if code in ("A", "B") else ""

    out.append("Goals")
    if not fu.goals:
        out.append("  (none)")
    ids = {g.id for g in fu.goals}

    def goal_lines(g, depth: int) -> None:  # noqa: ANN001
        owners = " / ".join(
            f"{label}: {name}"
            for label, name in ((p.partner_a_label, g.owner_a), (p.partner_b_label, g.owner_b))
            if name
        )
        parts = [
            owners,
            f"due {g.due_date.isoformat()}" if g.due_date else "",
            STATUS_WORDS.get(g.status, g.status),
            ", ".join(dim_name(d) for d in g.dimensions),
            f"target: {g.target}" if g.target else "",
        ]
        flag = "! OVERDUE " if g.overdue else ""
        out.append(f"{'  ' * (depth + 1)}- [{LEVEL_WORDS[g.level]}] {flag}{g.title}")
        out.append(f"{'  ' * (depth + 2)}{' · '.join(x for x in parts if x)}")
        for a in fu.actions_of(g.id):
            out.append(f"{'  ' * (depth + 2)}→ action #{a.id}: {a.title}")
        for child in fu.children_of(g.id):
            goal_lines(child, depth + 1)

    for g in fu.goals:
        if g.parent_id not in ids:
            goal_lines(g, 0)

    out += ["", "Actions"]
    if not fu.actions:
        out.append("  (none)")
    for a in fu.actions:
        owner = a.owner + (f" ({side(a.owner_side)})" if a.owner_side else "")
        parts = [
            owner.strip(),
            f"due {a.due_date.isoformat()}" if a.due_date else "no due date",
            STATUS_WORDS.get(a.status, a.status),
            dim_name(a.dimension_id) if a.dimension_id else "",
        ]
        flag = f"! OVERDUE {a.days_overdue} d  " if a.overdue else ""
        out.append(f"  #{a.id} {flag}{a.title}")
        out.append(f"      {' · '.join(x for x in parts if x)}")
        if a.notes:
            out.append(f"      notes: {a.notes}")

    out += ["", "Joint KPIs"]
    if not fu.kpis:
        out.append("  (none)")
    for k in fu.kpis:
        unit = f" {k.unit}" if k.unit else ""
        latest = f"{_num(k.latest.value)}{unit} ({k.latest.period})" if k.latest else "no value yet"
        state = "BREACH ✕" if k.breached else ("ok ✓" if k.latest else "")
        target = f", target {_num(k.target)}{unit}" if k.target is not None else ""
        out.append(
            f"  {k.name}: {latest}; alert when {k.direction} {_num(k.alert_threshold)}{unit}{target}  {state}".rstrip()
        )

    out += ["", "JMC decisions"]
    if not fu.decisions:
        out.append("  (none)")
    for d in fu.decisions:
        when = f" on {d.decided_on.isoformat()}" if d.decided_on else ""
        out.append(f"  [{d.status}] {d.decided_by.upper()}{when}: {d.text}")
        if d.follow_up:
            out.append(f"      follow-up: {d.follow_up}")
    c = fu.counts
    out += [
        "",
        f"{counted(c.open_goals, 'open goal')}, {counted(c.overdue_actions, 'overdue action')}, "
        f"{counted(c.kpi_breaches, 'KPI breach', 'KPI breaches')}, "
        f"{counted(c.decisions_requested, 'decision')} requested from the JMC",
    ]
    return out


def cmd_actions(args: argparse.Namespace, data_dir: Path) -> int:
    from ..services.followup import get_followup
    from ..services.partnerships import get_partnership

    with open_db(data_dir, read_only=True) as db:
        p = get_partnership(db, args.partnership)
        fu = get_followup(db, p.id, args.as_of)
    try:
        from ..analysis.choice import default_round

        shown = default_round(p.rounds, fu.as_of)
        fw = get_framework(shown.framework_key if shown is not None else DEFAULT_FRAMEWORK_KEY)
    except Exception:  # noqa: BLE001 - an uninstalled framework: dimension ids are shown as they are
        fw = get_framework(DEFAULT_FRAMEWORK_KEY)
    dims = fw.dimension_map

    def dim_name(dim_id: str) -> str:
        return dims[dim_id].name.en if dim_id in dims else dim_id

    if args.json:
        json.dump(_json(p, fu, dim_name), sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
    else:
        sys.stdout.write("\n".join(_text(p, fu, dim_name)) + "\n")
    return 0
