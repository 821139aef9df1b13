"""Typed errors in the user's language: ``error_text(exc)`` translates the code's template and its parameters.

The English templates live in ``healthdesk.errors.MESSAGES_EN``; here each is repeated inside
``QCoreApplication.translate`` so lupdate finds it, and a test checks the two lists agree.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ..errors import MESSAGES_EN, HealthDeskError

CONTEXT = "Messages"


def templates() -> dict[str, str]:
    """Every error template, translated into the current language."""
    tr = QCoreApplication.translate
    return {
        "not_found": tr("Messages", "{kind} not found: {key}"),
        "ambiguous": tr("Messages", "{kind} '{key}' matches more than one record; use the id"),
        "required": tr("Messages", "{field} is required"),
        "too_long": tr("Messages", "{field} is too long ({length} characters; at most {limit})"),
        "duplicate_partnership": tr("Messages", "a partnership named '{name}' already exists"),
        "duplicate_code": tr("Messages", "a partnership with code '{code}' already exists"),
        "duplicate_round": tr("Messages", "round '{label}' already exists in this partnership"),
        "duplicate_respondent": tr("Messages", "{name} is already a respondent of this round"),
        "invalid_choice": tr("Messages", "{field} must be one of: {choices} (got '{value}')"),
        "invalid_date": tr("Messages", "{field} is not a valid date (YYYY-MM-DD): '{value}'"),
        "date_order": tr("Messages", "the end date {end} is before the start date {start}"),
        "score_range": tr(
            "Messages", "score for {indicator} must be 1 to 5 or 'not applicable' (got {value})"
        ),
        "unknown_indicator": tr("Messages", "indicator '{indicator}' is not in framework {framework}"),
        "unknown_framework": tr("Messages", "framework version '{version}' is not installed"),
        "invalid_framework": tr("Messages", "framework file {path} is invalid: {reason}"),
        "threshold_range": tr("Messages", "the anonymity threshold must be between 1 and 50 (got {value})"),
        "round_not_open": tr(
            "Messages", "round '{label}' is {status}; answers can only be given while it is open"
        ),
        "round_status": tr("Messages", "round '{label}' is {status}; cannot {action}"),
        "response_submitted": tr(
            "Messages", "this response was submitted and is read-only until the facilitator reopens it"
        ),
        "response_incomplete": tr("Messages", "{missing} indicator(s) have no answer yet: {indicators}"),
        "has_rounds": tr(
            "Messages", "partnership '{name}' has {count} round(s) and cannot be deleted; archive it instead"
        ),
        "has_responses": tr(
            "Messages", "{name} has already answered and cannot be removed; reopen or keep the response"
        ),
        "locked": tr(
            "Messages",
            "the data folder {path} is in use by another HealthDesk (process {pid} on {host}); "
            "open it read-only or close the other one",
        ),
        "damaged": tr("Messages", "the database {path} is damaged: {reason}"),
        "newer_schema": tr(
            "Messages",
            "the database {path} was made by a newer HealthDesk (schema {found}); this version knows up to {known}",
        ),
        "foreign_file": tr("Messages", "{path} is not a HealthDesk database"),
        "disk_full": tr(
            "Messages",
            "the disk is full; nothing more could be saved to {path}. What was saved before is intact. "
            "Free some space and try again",
        ),
        "read_only": tr(
            "Messages",
            "the data folder {path} is read-only; nothing can be saved there. What was saved is intact",
        ),
        "io_error": tr(
            "Messages",
            "the disk reported an error writing {path}: {reason}. What was saved before is intact",
        ),
        "exists": tr(
            "Messages",
            "{path} already holds a HealthDesk database; use --force to replace it (a backup is taken first)",
        ),
        "no_database": tr(
            "Messages",
            "there is no HealthDesk database in {path} yet; start the app or run 'healthdesk demo' first",
        ),
        "needs_upgrade": tr(
            "Messages",
            "the database {path} was made by an older HealthDesk and must be upgraded first; start the app once",
        ),
        "migration_failed": tr(
            "Messages",
            "upgrading the database failed: {reason}. The database was left as it was; a backup is in {backup}",
        ),
        "no_backup": tr("Messages", "no backup found: {path}"),
        "backup_invalid": tr("Messages", "the backup {path} failed its integrity check: {reason}"),
        "read_only_mode": tr("Messages", "HealthDesk is in read-only mode; changes cannot be saved"),
    }


def parameter_words() -> dict[str, str]:
    """Words the services put into parameters (field names, kinds, statuses, actions), translated."""
    tr = QCoreApplication.translate
    return {
        # kinds
        "partnership": tr("Messages", "partnership"),
        "round": tr("Messages", "round"),
        "respondent": tr("Messages", "respondent"),
        # fields
        "name": tr("Messages", "Name"),
        "code": tr("Messages", "Code"),
        "partner A name": tr("Messages", "Partner A name"),
        "partner B name": tr("Messages", "Partner B name"),
        "partner A short label": tr("Messages", "Partner A short label"),
        "partner B short label": tr("Messages", "Partner B short label"),
        "member name": tr("Messages", "Member name"),
        "member side": tr("Messages", "Member side"),
        "member role": tr("Messages", "Member role"),
        "agreement term": tr("Messages", "Agreement term"),
        "type": tr("Messages", "Type"),
        "start date": tr("Messages", "Start date"),
        "end date": tr("Messages", "End date"),
        "stage": tr("Messages", "Stage"),
        "status": tr("Messages", "Status"),
        "description": tr("Messages", "Description"),
        "round label": tr("Messages", "Round label"),
        "threshold note": tr("Messages", "Reason for the threshold"),
        "reason for lowering the anonymity threshold": tr(
            "Messages", "The reason for lowering the anonymity threshold"
        ),
        "round status": tr("Messages", "Round status"),
        "respondent name": tr("Messages", "Respondent name"),
        "role": tr("Messages", "Role"),
        "side": tr("Messages", "Side"),
        "problem description": tr("Messages", "Problem description"),
        "comment": tr("Messages", "Comment"),
        # statuses and actions
        "draft": tr("Messages", "a draft"),
        "open": tr("Messages", "open"),
        "closed": tr("Messages", "closed"),
        "answered": tr("Messages", "already answered"),
        "add respondents": tr("Messages", "add respondents"),
        "delete": tr("Messages", "delete it"),
    }


def error_text(exc: HealthDeskError) -> str:
    """The message of ``exc`` in the current language, with its first letter capitalised."""
    template = templates().get(exc.code) or MESSAGES_EN.get(exc.code, exc.code)
    words = parameter_words()
    params = {}
    for key, value in exc.params.items():
        if isinstance(value, str) and value in words:
            params[key] = words[value]
        elif isinstance(value, str) and value.startswith("agreement term "):
            params[key] = words["agreement term"]
        else:
            params[key] = value
    try:
        text = template.format(**params)
    except (KeyError, IndexError, ValueError):
        text = exc.message_en()
    return text[:1].upper() + text[1:] if text else text
