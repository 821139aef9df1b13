"""``healthdesk demo``, ``list`` and ``summary``."""

from __future__ import annotations

import argparse
import json
import sys
import unicodedata
from pathlib import Path

from ..analysis.numbers import fmt1, fmt2, fmt_signed2
from ..analysis.serialize import jsonable, summary_to_json, warning_text, withheld_reason
from ..analysis.types import RoundSummary
from ..errors import StorageError, ValidationError
from ..framework import Framework, get_framework
from ..present.findings import Message, trend_message, trigger_message
from ..present.symbols import ARROWS, DASH, LIGHT_NAMES, LIGHT_SYMBOLS
from ..services.dto import PartnershipInfo
from . import date_arg, open_db


def width(text: str) -> int:
    """Columns a text takes in a terminal: CJK characters take two."""
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def fit(text: str, columns: int, right: bool = False) -> str:
    """Cut to ``columns`` (with … when cut) and pad, by display width."""
    if width(text) > columns:
        while width(text) > columns - 1:
            text = text[:-1]
        text += "…"
    pad = " " * (columns - width(text))
    return pad + text if right else text + pad


LIGHT_WORDS = {light: f"{LIGHT_NAMES[light]} {LIGHT_SYMBOLS[light]}" for light in LIGHT_SYMBOLS}


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    demo = sub.add_parser(
        "demo", parents=[common], help="write a demo database with four partnerships from the domain brief"
    )
    demo.add_argument(
        "--force", action="store_true", help="replace an existing database (a backup is taken first)"
    )
    demo.set_defaults(func=cmd_demo)

    lst = sub.add_parser("list", parents=[common], help="partnerships with their rounds")
    lst.add_argument("--json", action="store_true", help="machine-readable output")
    lst.set_defaults(func=cmd_list)

    summary = sub.add_parser("summary", parents=[common], help="everything the engine says about a round")
    summary.add_argument("partnership", metavar="PARTNERSHIP", help="id, short code or exact name")
    summary.add_argument(
        "--round", metavar="LABEL", help="round label (default: the latest started by --as-of)"
    )
    summary.add_argument(
        "--as-of", metavar="YYYY-MM-DD", type=date_arg, help="date for warnings (default today)"
    )
    summary.add_argument("--json", action="store_true", help="machine-readable output (docs/summary-json.md)")
    summary.set_defaults(func=cmd_summary)


def cmd_demo(args: argparse.Namespace, data_dir: Path) -> int:
    from ..demo import build_demo
    from ..models.backup import take_backup
    from ..models.db import Database, sniff_file
    from ..paths import DataPaths

    paths = DataPaths(data_dir)
    existing = sniff_file(paths.database)
    if existing not in ("missing", "empty") and not args.force:
        raise ValidationError("exists", path=str(paths.database))
    # A missing or empty database while the backups hold data is refused (exit 4, naming the newest backup):
    # demo data must never cover the loss.
    db = Database.open(data_dir)
    try:
        if existing not in ("missing", "empty"):
            backup = take_backup(db, reason="before-demo")
            print(f"backed up the old database to {backup}", file=sys.stderr)
            db.close()
            _remove_database(paths)
            db = Database.open(data_dir, start_empty=True)  # the old database is in the backup just taken
        ids = build_demo(db)
        print(f"demo database written to {paths.database} ({len(ids)} partnerships)")
    finally:
        db.close()
    return 0


def _remove_database(paths) -> None:  # noqa: ANN001
    try:
        for suffix in ("", "-wal", "-shm"):
            Path(str(paths.database) + suffix).unlink(missing_ok=True)
    except OSError as exc:
        raise StorageError("io_error", path=str(paths.database), reason=str(exc)) from exc


def _partnership_json(p: PartnershipInfo) -> dict:
    return {
        "id": p.id,
        "code": p.code,
        "name": p.name,
        "type": p.type,
        "status": p.status,
        "archived": p.archived,
        "partners": {
            "A": {"name": p.partner_a_name, "name_alt": p.partner_a_name_alt, "label": p.partner_a_label},
            "B": {"name": p.partner_b_name, "name_alt": p.partner_b_name_alt, "label": p.partner_b_label},
        },
    }


def cmd_list(args: argparse.Namespace, data_dir: Path) -> int:
    from ..services.partnerships import list_partnerships

    with open_db(data_dir, read_only=True) as db:
        partnerships = list_partnerships(db)
    if args.json:
        doc = {
            "schema_version": 1,
            "partnerships": [
                {
                    **_partnership_json(p),
                    "rounds": [
                        {
                            "id": r.id,
                            "label": r.label,
                            "start_date": r.start_date,
                            "end_date": r.end_date,
                            "status": r.status,
                            "framework": r.framework_key,
                            "threshold": r.threshold,
                            "invited": r.invited,
                            "submitted": r.submitted,
                        }
                        for r in p.rounds
                    ],
                }
                for p in partnerships
            ],
        }
        print(json.dumps(jsonable(doc), ensure_ascii=False, indent=2))
        return 0
    if not partnerships:
        print("no partnerships yet")
        return 0
    for p in partnerships:
        flag = " [archived]" if p.archived else ""
        print(f"{p.id:>3}  {p.code:<10} {p.name}{flag}")
        print(f"     {p.partner_a_label} × {p.partner_b_label} · {p.type} · {p.status}")
        for r in p.rounds:
            print(
                f"       {r.label:<12} {r.start_date}  {r.status:<6}  "
                f"{p.partner_a_label} {r.submitted['A']} of {r.invited['A']} submitted, "
                f"{p.partner_b_label} {r.submitted['B']} of {r.invited['B']} submitted"
            )
    return 0


def cmd_summary(args: argparse.Namespace, data_dir: Path) -> int:
    from ..services.followup import check_results_visible
    from ..services.summary import summarise_round

    with open_db(data_dir, read_only=True) as db:
        partnership, summary = summarise_round(db, args.partnership, args.round, args.as_of)
    round_info = next(r for r in partnership.rounds if r.id == summary.scores.round_id)
    check_results_visible(round_info)  # a blind round shows nobody's results until both sides have submitted
    framework = get_framework(summary.scores.framework_key)
    if args.json:
        doc = summary_to_json(summary, framework, partnership=_partnership_json(partnership))
        # The facilitator's own view shows live results; an open round's are marked preliminary.
        doc["round"].update(status=round_info.status, preliminary=round_info.preliminary)
        print(json.dumps(doc, ensure_ascii=False, indent=2))
    else:
        if round_info.preliminary:
            print(
                f"PRELIMINARY: round {round_info.label} is {round_info.status}; results may change until it is closed"
            )
        print(render_summary_text(partnership, summary, framework))
    return 0


def _v(x) -> str:  # noqa: ANN001
    return fmt2(x) if x is not None else DASH


def render_summary_text(p: PartnershipInfo, summary: RoundSummary, fw: Framework) -> str:
    s = summary.scores
    labels = {"A": p.partner_a_label, "B": p.partner_b_label}
    lines = [
        f"{p.name} ({p.code}): {p.partner_a_name} [{labels['A']}] × {p.partner_b_name} [{labels['B']}]",
        f"Round {s.label}, from {s.start_date}{' to ' + str(s.end_date) if s.end_date else ''}; "
        f"framework {s.framework_key}; as of {summary.as_of}",
    ]
    counts = ", ".join(
        f"{labels[side]} {s.sides[side].submitted} of {s.sides[side].invited} submitted"
        for side in ("A", "B")
    )
    lines.append(f"Responses: {counts}; anonymity threshold {s.threshold}")
    if s.threshold_lowered:
        lines.append(f"Note: the anonymity threshold was lowered to {s.threshold} for this round.")
    lines.append("")
    if s.index is None:
        lines.append("Health index: withheld (see below)")
    else:
        said = trend_message(summary.trend)  # the trend as every output says it (healthdesk.present)
        if said is not None and said.code == "trend.compared" and said.params["arrow"]:
            arrow = f"{said.params['arrow']} {said.params['delta']} since {said.params['previous']}"
        elif said is not None and said.code == "trend.version_break":
            arrow = f"version break since {said.params['previous']} (no trend)"
        else:
            arrow = "baseline"
        lines.append(f"Health index: {fmt1(s.index)} / 100  {LIGHT_WORDS[s.light]}  {arrow}")
        lines.append(f"Joint overall: {fmt2(s.overall)}")
        if summary.tier:
            tier = next(t for t in fw.tiers if t.id == summary.tier)
            lines.append(f"Tier: {tier.name.en}" + ("  — exit review due" if summary.exit_review else ""))
    lines.append("")
    header = (
        f"{'':<46}{labels['A'][:10]:>10} {labels['B'][:10]:>10} {'joint':>7} {'gap':>7}  {'light':<9} trend"
    )
    lines.append(header)
    for dim in fw.dimensions:
        jv = s.dimensions[dim.id]
        change = summary.trend.dimensions.get(dim.id)
        lines.append(
            _row(
                dim.name.en,
                s.sides["A"].dimensions.get(dim.id),
                s.sides["B"].dimensions.get(dim.id),
                jv,
                change,
            )
        )
        for ind in dim.indicators:
            a = s.sides["A"].indicators[ind.id]
            b = s.sides["B"].indicators[ind.id]
            spread = [
                f"{labels[side]} spread {x.spread:.2f}"
                for side, x in (("A", a), ("B", b))
                if x.spread_flagged and x.spread is not None
            ]
            row = _row(
                "  " + ind.name.en,
                a.value,
                b.value,
                s.indicators[ind.id],
                summary.trend.indicators.get(ind.id),
            )
            lines.append(row + (f"  ({'; '.join(spread)})" if spread else ""))
    lines.append("")
    if s.index is None:
        lines.append("Diagnosis: withheld until both sides have enough submitted responses")
    else:
        lines.append("Diagnosis:" if summary.diagnosis else "Diagnosis: no bottleneck rule fired")
    rules = {r.id: r for r in fw.diagnosis}
    for finding in summary.diagnosis:
        rule = rules[finding.rule_id]
        because = "; ".join(_trigger_text(t, fw, labels) for t in finding.triggers)
        lines.append(f"  - {rule.name.en}: {rule.explanation.en}")
        lines.append(f"    because {because}")
        for step in rule.next_steps:
            lines.append(f"    next: {step.en}")
    lines.append("Early warnings:" if summary.warnings else "Early warnings: none")
    for w in summary.warnings:
        lines.append(f"  - {warning_text(w, fw)}")
    if s.withheld:
        lines.append("Withheld for anonymity:")
        for item in s.withheld:
            lines.append(f"  - {withheld_text(item, labels, fw)}")
    problems = [(ind, s.problems.get(ind.id, {})) for ind in fw.indicators]
    if any(texts for _, per_side in problems for texts in per_side.values()) or any(s.comments.values()):
        lines.append("")
        lines.append("Problem descriptions (not attributed):")
        for ind, per_side in problems:
            for side in ("A", "B"):
                for text in per_side.get(side, ()):
                    lines.append(f"  [{ind.name.en} · {labels[side]}] {text}")
        for side in ("A", "B"):
            for text in s.comments.get(side, ()):
                lines.append(f"  [overall · {labels[side]}] {text}")
    return "\n".join(lines)


def withheld_text(item, labels: dict[str, str], fw: Framework) -> str:  # noqa: ANN001
    """The reason something was withheld, with partner labels and indicator names."""
    p = item.params
    if item.code == "indicator_below_threshold" and p.get("indicator") in fw.indicator_map:
        name = fw.indicator_map[p["indicator"]].name.en
        return f"{labels[p['side']]}, {name}: {p['scored']} of {p['required']} required scores"
    text = withheld_reason(item)
    return text.replace("side A", labels["A"]).replace("side B", labels["B"])


def _row(name: str, a, b, jv, change) -> str:  # noqa: ANN001
    gap = fmt_signed2(jv.gap) if jv.gap is not None else DASH
    if jv.gap_flagged:
        gap += "!"
    light = LIGHT_WORDS.get(jv.light, DASH) if jv.light else DASH
    if change is not None and change.direction:
        trend = f"{ARROWS[change.direction]} {fmt_signed2(change.delta)}"
    else:
        trend = ""
    return f"{fit(name, 45)} {_v(a):>10} {_v(b):>10} {_v(jv.joint):>7} {gap:>7}  {light:<9} {trend}"


def gap_words(said: Message | None, labels: dict[str, str]) -> str:
    """The command line's words for a gap message (healthdesk.present.findings.gap_message)."""
    if said is None:
        return DASH
    if said.code == "gap.none":
        return "no gap"
    return f"{labels[said.params['side']]} sees {said.params['size']} higher"


def _trigger_text(trigger: dict, fw: Framework, labels: dict[str, str]) -> str:
    value = trigger.get("value")
    if "dimension" in trigger:
        name = fw.dimension_map[trigger["dimension"]].name.en
    elif "indicator" in trigger:
        name = fw.indicator_map[trigger["indicator"]].name.en
    else:
        name = None
    if "below" in trigger:
        return f"{name} {fmt2(value) if value is not None else '?'} < {trigger['below']}"
    if "falling_rounds" in trigger:
        return f"{name} fell in {trigger['falling_rounds']} consecutive rounds"
    said = trigger_message(trigger)
    if said.code == "trigger.gaps":  # every flagged dimension, as in every output (healthdesk.present)
        return "the partners see these dimensions far apart: " + ", ".join(
            f"{fw.dimension_map[dim].name.en if dim in fw.dimension_map else dim} ({gap_words(gap, labels)})"
            for dim, gap in said.params["gaps"]
        )
    return json.dumps(jsonable(trigger), ensure_ascii=False)
