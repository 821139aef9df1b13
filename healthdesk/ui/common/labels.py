"""Translated names for the stored choices (partnership types, stages, statuses, roles, terms, round states).

Other pages may use these too, so the same word appears everywhere.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ...services.partnerships import (
    AGREEMENT_TERMS,
    MEMBER_ROLES,
    PARTNERSHIP_STAGES,
    PARTNERSHIP_STATUSES,
    PARTNERSHIP_TYPES,
)


def partnership_types() -> dict[str, str]:
    return {
        "joint_venture": QCoreApplication.translate("Labels", "Joint venture"),
        "strategic_alliance": QCoreApplication.translate("Labels", "Strategic alliance"),
        "channel_partnership": QCoreApplication.translate("Labels", "Channel partnership"),
        "capability_complement": QCoreApplication.translate("Labels", "Capability complement"),
        "resource_sharing": QCoreApplication.translate("Labels", "Resource sharing"),
        "traffic_exchange": QCoreApplication.translate("Labels", "Traffic exchange"),
        "innovation_cocreation": QCoreApplication.translate("Labels", "Innovation co-creation"),
    }


def stages() -> dict[str, str]:
    return {
        "formation": QCoreApplication.translate("Labels", "Formation"),
        "launch": QCoreApplication.translate("Labels", "Launch"),
        "growth": QCoreApplication.translate("Labels", "Growth"),
        "mature": QCoreApplication.translate("Labels", "Mature"),
        "renewal": QCoreApplication.translate("Labels", "Renewal"),
        "exit": QCoreApplication.translate("Labels", "Exit"),
    }


def statuses() -> dict[str, str]:
    return {
        "active": QCoreApplication.translate("Labels", "Active"),
        "paused": QCoreApplication.translate("Labels", "Paused"),
        "exited": QCoreApplication.translate("Labels", "Exited"),
    }


def member_roles() -> dict[str, str]:
    return {
        "jmc_member": QCoreApplication.translate("Labels", "JMC member"),
        "jpt_lead": QCoreApplication.translate("Labels", "JPT lead"),
        "executive": QCoreApplication.translate("Labels", "Executive"),
        "facilitator": QCoreApplication.translate("Labels", "Facilitator"),
    }


def agreement_terms() -> dict[str, str]:
    return {
        "revenue_split": QCoreApplication.translate("Labels", "Revenue split"),
        "ip_ownership": QCoreApplication.translate("Labels", "IP ownership"),
        "exit_terms": QCoreApplication.translate("Labels", "Exit terms"),
        "confidentiality": QCoreApplication.translate("Labels", "Confidentiality"),
        "exclusivity": QCoreApplication.translate("Labels", "Exclusivity"),
        "data_sharing": QCoreApplication.translate("Labels", "Data-sharing level"),
    }


def round_statuses() -> dict[str, str]:
    return {
        "draft": QCoreApplication.translate("Labels", "Draft"),
        "open": QCoreApplication.translate("Labels", "Open"),
        "closed": QCoreApplication.translate("Labels", "Closed"),
    }


def response_statuses() -> dict[str, str]:
    return {
        "not_started": QCoreApplication.translate("Labels", "Not started"),
        "in_progress": QCoreApplication.translate("Labels", "In progress"),
        "submitted": QCoreApplication.translate("Labels", "Submitted"),
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
