"""The follow-up's own error codes and field words, translated (the empty context, as before). Below
``messages`` (which puts every typed error into words) and ``followup`` (which re-exports them)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

TR_CONTEXT = "FollowUpMessages"


def tr(text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """Translate under this module's own context (scripts/translations.py files lupdate's "" here)."""
    return QCoreApplication.translate(TR_CONTEXT, text, disambiguation, n)


def followup_templates() -> dict[str, str]:
    return {
        "not_a_number": tr("{field} must be a number (got '{value}')"),
        "duplicate_kpi": tr("a KPI named '{name}' already exists in this partnership"),
        "goal_parent": tr("a {level} goal cannot sit under a {parent_level} goal"),
        "goal_children": tr("this goal has {level} goals under it; it cannot become a {new_level} goal"),
        "wrong_partnership": tr("{kind} {key} belongs to another partnership"),
        "results_blind": tr(
            "round '{label}' is blind: nobody's results show until both sides have {threshold} submitted "
            "responses (still missing: {waiting})"
        ),
    }


def followup_words() -> dict[str, str]:
    """Field names and kinds the follow-up services put into error parameters."""
    return {
        "goal title": tr("Goal"),
        "goal level": tr("Level"),
        "owner on side A": tr("Owner on side A"),
        "owner on side B": tr("Owner on side B"),
        "due date": tr("Due date"),
        "measurable target": tr("Measurable target"),
        "dimension": tr("Dimension"),
        "action": tr("Action"),
        "owner": tr("Owner"),
        "owner side": tr("Owner's side"),
        "notes": tr("Notes"),
        "KPI name": tr("KPI name"),
        "unit": tr("Unit"),
        "target": tr("Target"),
        "alert threshold": tr("Alert threshold"),
        "direction": tr("Direction"),
        "period": tr("Period"),
        "period end": tr("Period end"),
        "value": tr("Value"),
        "note": tr("Note"),
        "decision": tr("Decision"),
        "decision date": tr("Decision date"),
        "decided by": tr("Decided by"),
        "follow-up": tr("Follow-up"),
        "goal": tr("goal"),
        "KPI": tr("KPI"),
        "KPI value": tr("KPI value"),
        "top": tr("top-level"),
        "mid": tr("mid-term"),
        "short": tr("short-term"),
    }
