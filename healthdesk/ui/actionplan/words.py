"""The follow-up's shared words (context "FollowUp", as on the page): numbers, a KPI's alert rule and breach, an
overdue action, a side. Used by the page, its tabs and the dashboard's panel."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ...services import followup as svc
from ...services.dto import PartnershipInfo

TR_CONTEXT = "FollowUp"


def tr(text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """Translate under this module's own context (scripts/translations.py files lupdate's "" here)."""
    return QCoreApplication.translate(TR_CONTEXT, text, disambiguation, n)


def number(x: float | None) -> str:
    return "—" if x is None else f"{x:g}"


def kpi_rule_text(kpi: svc.KpiInfo) -> str:
    unit = f" {kpi.unit}" if kpi.unit else ""
    if kpi.direction == "above":
        return tr("above {value}").format(value=f"{number(kpi.alert_threshold)}{unit}")
    return tr("below {value}").format(value=f"{number(kpi.alert_threshold)}{unit}")


def breach_text(kpi: svc.KpiInfo) -> str:
    unit = f" {kpi.unit}" if kpi.unit else ""
    return tr("{name}: {value} in {period} is {rule}, the alert threshold: discuss it.").format(
        name=kpi.name,
        value=f"{number(kpi.latest.value)}{unit}" if kpi.latest else "—",
        period=kpi.latest.period if kpi.latest else "—",
        rule=kpi_rule_text(kpi),
    )


def overdue_text(action: svc.ActionInfo) -> str:
    owner = tr(" ({owner})").format(owner=action.owner) if action.owner else ""
    return tr("Overdue by {days} days: {title}{owner}").format(
        days=action.days_overdue, title=action.title, owner=owner
    )


def side_text(partnership: PartnershipInfo, code: str) -> str:
    if code == "AB":
        return tr("both")
    if code in ("A", "B"):
        return partnership.label(code)
    return ""
