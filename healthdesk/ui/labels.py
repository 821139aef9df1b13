"""Translated names for the stored choices (partnership types, stages, statuses, roles, terms, round states).

Other pages may use these too, so the same word appears everywhere.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ..models.entities import (
    AGREEMENT_TERMS,
    MEMBER_ROLES,
    PARTNERSHIP_STAGES,
    PARTNERSHIP_STATUSES,
    PARTNERSHIP_TYPES,
)


def partnership_types() -> dict[str, str]:
    tr = QCoreApplication.translate
    return {
        "joint_venture": tr("Labels", "Joint venture"),
        "strategic_alliance": tr("Labels", "Strategic alliance"),
        "channel_partnership": tr("Labels", "Channel partnership"),
        "capability_complement": tr("Labels", "Capability complement"),
        "resource_sharing": tr("Labels", "Resource sharing"),
        "traffic_exchange": tr("Labels", "Traffic exchange"),
        "innovation_cocreation": tr("Labels", "Innovation co-creation"),
    }


def stages() -> dict[str, str]:
    tr = QCoreApplication.translate
    return {
        "formation": tr("Labels", "Formation"),
        "launch": tr("Labels", "Launch"),
        "growth": tr("Labels", "Growth"),
        "mature": tr("Labels", "Mature"),
        "renewal": tr("Labels", "Renewal"),
        "exit": tr("Labels", "Exit"),
    }


def statuses() -> dict[str, str]:
    tr = QCoreApplication.translate
    return {
        "active": tr("Labels", "Active"),
        "paused": tr("Labels", "Paused"),
        "exited": tr("Labels", "Exited"),
    }


def member_roles() -> dict[str, str]:
    tr = QCoreApplication.translate
    return {
        "jmc_member": tr("Labels", "JMC member"),
        "jpt_lead": tr("Labels", "JPT lead"),
        "executive": tr("Labels", "Executive"),
        "facilitator": tr("Labels", "Facilitator"),
    }


def agreement_terms() -> dict[str, str]:
    tr = QCoreApplication.translate
    return {
        "revenue_split": tr("Labels", "Revenue split"),
        "ip_ownership": tr("Labels", "IP ownership"),
        "exit_terms": tr("Labels", "Exit terms"),
        "confidentiality": tr("Labels", "Confidentiality"),
        "exclusivity": tr("Labels", "Exclusivity"),
        "data_sharing": tr("Labels", "Data-sharing level"),
    }


def round_statuses() -> dict[str, str]:
    tr = QCoreApplication.translate
    return {
        "draft": tr("Labels", "Draft"),
        "open": tr("Labels", "Open"),
        "closed": tr("Labels", "Closed"),
    }


def response_statuses() -> dict[str, str]:
    tr = QCoreApplication.translate
    return {
        "not_started": tr("Labels", "Not started"),
        "in_progress": tr("Labels", "In progress"),
        "submitted": tr("Labels", "Submitted"),
    }


def label(table: dict[str, str], key: str) -> str:
    return table.get(key, key)


# The stored keys, for a test that checks every key has a label.
ALL_KEYS = {
    "partnership_types": PARTNERSHIP_TYPES,
    "stages": PARTNERSHIP_STAGES,
    "statuses": PARTNERSHIP_STATUSES,
    "member_roles": MEMBER_ROLES,
    "agreement_terms": AGREEMENT_TERMS,
}
