"""Typed errors in the user's language: ``error_text(exc)`` translates the code's template and its parameters.

The English templates live in ``healthdesk.errors.MESSAGES_EN``; here each is repeated inside
``QCoreApplication.translate`` so lupdate finds it, and a test checks the two lists agree.
"""

from __future__ import annotations

import copy

from PySide6.QtCore import QCoreApplication

from ...errors import MESSAGES_EN, HealthDeskError
from ..actionplan.messages import followup_templates, followup_words
from ..exchange.messages import exchange_templates, kind_words

CONTEXT = "Messages"


def templates() -> dict[str, str]:
    """Every error template, translated into the current language."""
    return {
        "not_found": QCoreApplication.translate("Messages", "{kind} not found: {key}"),
        "ambiguous": QCoreApplication.translate(
            "Messages", "{kind} '{key}' matches more than one record; use the id"
        ),
        "required": QCoreApplication.translate("Messages", "{field} is required"),
        "too_many": QCoreApplication.translate("Messages", "{field}: at most {limit} (got {count})"),
        "too_long": QCoreApplication.translate(
            "Messages", "{field} is too long ({length} characters; at most {limit})"
        ),
        "duplicate_partnership": QCoreApplication.translate(
            "Messages", "a partnership named '{name}' already exists"
        ),
        "duplicate_code": QCoreApplication.translate(
            "Messages", "a partnership with code '{code}' already exists"
        ),
        "duplicate_round": QCoreApplication.translate(
            "Messages", "round '{label}' already exists in this partnership"
        ),
        "duplicate_respondent": QCoreApplication.translate(
            "Messages", "{name} is already a respondent of this round"
        ),
        "invalid_choice": QCoreApplication.translate(
            "Messages", "{field} must be one of: {choices} (got '{value}')"
        ),
        "invalid_date": QCoreApplication.translate(
            "Messages", "{field} is not a valid date (YYYY-MM-DD): '{value}'"
        ),
        "date_order": QCoreApplication.translate(
            "Messages", "the end date {end} is before the start date {start}"
        ),
        "score_range": QCoreApplication.translate(
            "Messages", "score for {indicator} must be 1 to 5 or 'not applicable' (got {value})"
        ),
        "unknown_indicator": QCoreApplication.translate(
            "Messages", "indicator '{indicator}' is not in framework {framework}"
        ),
        "unknown_framework": QCoreApplication.translate(
            "Messages", "framework version '{version}' is not installed"
        ),
        "invalid_framework": QCoreApplication.translate(
            "Messages", "framework file {path} is invalid: {reason}"
        ),
        "threshold_range": QCoreApplication.translate(
            "Messages", "the anonymity threshold must be between 1 and 50 (got {value})"
        ),
        "round_not_open": QCoreApplication.translate(
            "Messages", "round '{label}' is {status}; answers can only be given while it is open"
        ),
        "round_status": QCoreApplication.translate(
            "Messages", "round '{label}' is {status}; cannot {action}"
        ),
        "response_submitted": QCoreApplication.translate(
            "Messages", "this response was submitted and is read-only until the facilitator reopens it"
        ),
        "response_incomplete": QCoreApplication.translate(
            "Messages", "indicators without an answer yet ({missing}): {indicators}"
        ),
        "has_rounds": QCoreApplication.translate(
            "Messages",
            "partnership '{name}' has assessment rounds ({count}) and cannot be deleted; archive it instead",
        ),
        "has_followup": QCoreApplication.translate(
            "Messages",
            "partnership '{name}' has an action plan (items: {count}) and cannot be deleted; archive it instead",
        ),
        "invalid_pin": QCoreApplication.translate("Messages", "the PIN must be 4 to 12 digits"),
        "has_responses": QCoreApplication.translate(
            "Messages", "{name} has already answered and cannot be removed; reopen or keep the response"
        ),
        "locked": QCoreApplication.translate(
            "Messages",
            "the data folder {path} is in use by another HealthDesk (process {pid} on {host}); "
            "open it read-only or close the other one",
        ),
        "respondent_mode": QCoreApplication.translate(
            "Messages",
            "respondent mode is active on this folder ({path}): nothing is shown until the "
            "facilitator ends it on the laptop that runs it",
        ),
        "damaged": QCoreApplication.translate("Messages", "the database {path} is damaged: {reason}"),
        "newer_schema": QCoreApplication.translate(
            "Messages",
            "the database {path} was made by a newer HealthDesk (schema {found}); this version knows up to {known}",
        ),
        "foreign_file": QCoreApplication.translate(
            "Messages", "{path} is not a HealthDesk database, or its first page is damaged beyond recognition"
        ),
        "disk_full": QCoreApplication.translate(
            "Messages",
            "the disk is full; nothing more could be saved to {path}. What was saved before is intact. "
            "Free some space and try again",
        ),
        "read_only": QCoreApplication.translate(
            "Messages",
            "the data folder {path} is read-only; nothing can be saved there. What was saved is intact",
        ),
        "io_error": QCoreApplication.translate(
            "Messages",
            "the disk reported an error writing {path}: {reason}. What was saved before is intact",
        ),
        "exists": QCoreApplication.translate(
            "Messages",
            "{path} already holds a HealthDesk database; use --force to replace it (a backup is taken first)",
        ),
        "no_database": QCoreApplication.translate(
            "Messages",
            "there is no HealthDesk database in {path} yet; start the app or run 'healthdesk demo' first",
        ),
        "needs_upgrade": QCoreApplication.translate(
            "Messages",
            "the database {path} was made by an older HealthDesk and must be upgraded first; start the app once",
        ),
        "migration_failed": QCoreApplication.translate(
            "Messages",
            "upgrading the database failed: {reason}. The database was left as it was; a backup is in {backup}",
        ),
        "database_missing": QCoreApplication.translate(
            "Messages",
            "the database {path} is missing, but the backups hold data; nothing was created. "
            "The newest good backup is {backup} (taken {when}); bring it back with: healthdesk restore {backup}",
        ),
        "database_empty": QCoreApplication.translate(
            "Messages",
            "the database {path} is empty, but the backups hold data; nothing was written to it. "
            "The newest good backup is {backup} (taken {when}); bring it back with: healthdesk restore {backup}",
        ),
        "no_backup": QCoreApplication.translate("Messages", "no backup found: {path}"),
        "backup_invalid": QCoreApplication.translate(
            "Messages", "the backup {path} failed its integrity check: {reason}"
        ),
        "read_only_mode": QCoreApplication.translate(
            "Messages", "HealthDesk is in read-only mode; changes cannot be saved"
        ),
        "not_a_number": QCoreApplication.translate("Messages", "{field} must be a number (got '{value}')"),
        "duplicate_kpi": QCoreApplication.translate(
            "Messages", "a KPI named '{name}' already exists in this partnership"
        ),
        "goal_parent": QCoreApplication.translate(
            "Messages", "a {level} goal cannot sit under a {parent_level} goal"
        ),
        "goal_children": QCoreApplication.translate(
            "Messages", "this goal has {level} goals under it; it cannot become a {new_level} goal"
        ),
        "wrong_partnership": QCoreApplication.translate(
            "Messages", "{kind} {key} belongs to another partnership"
        ),
        "results_blind": QCoreApplication.translate(
            "Messages",
            "round '{label}' is blind: nobody's results show until both sides have {threshold} "
            "submitted responses (still missing: {waiting})",
        ),
    }


def parameter_words() -> dict[str, str]:
    """Words the services put into parameters (field names, kinds, statuses, actions), translated."""
    return {
        # kinds
        "partnership": QCoreApplication.translate("Messages", "partnership"),
        "round": QCoreApplication.translate("Messages", "round"),
        "respondent": QCoreApplication.translate("Messages", "respondent"),
        # fields
        "name": QCoreApplication.translate("Messages", "Name"),
        "code": QCoreApplication.translate("Messages", "Code"),
        "partner A name": QCoreApplication.translate("Messages", "Partner A name"),
        "partner B name": QCoreApplication.translate("Messages", "Partner B name"),
        "partner A short label": QCoreApplication.translate("Messages", "Partner A short label"),
        "partner B short label": QCoreApplication.translate("Messages", "Partner B short label"),
        "member name": QCoreApplication.translate("Messages", "Member name"),
        "member side": QCoreApplication.translate("Messages", "Member side"),
        "member role": QCoreApplication.translate("Messages", "Member role"),
        "agreement term": QCoreApplication.translate("Messages", "Agreement term"),
        "type": QCoreApplication.translate("Messages", "Type"),
        "start date": QCoreApplication.translate("Messages", "Start date"),
        "end date": QCoreApplication.translate("Messages", "End date"),
        "stage": QCoreApplication.translate("Messages", "Stage"),
        "status": QCoreApplication.translate("Messages", "Status"),
        "description": QCoreApplication.translate("Messages", "Description"),
        "round label": QCoreApplication.translate("Messages", "Round label"),
        "threshold note": QCoreApplication.translate("Messages", "Reason for the threshold"),
        "reason for lowering the anonymity threshold": QCoreApplication.translate(
            "Messages", "The reason for lowering the anonymity threshold"
        ),
        "round status": QCoreApplication.translate("Messages", "Round status"),
        "respondent name": QCoreApplication.translate("Messages", "Respondent name"),
        "role": QCoreApplication.translate("Messages", "Role"),
        "side": QCoreApplication.translate("Messages", "Side"),
        "problem description": QCoreApplication.translate("Messages", "Problem description"),
        "comment": QCoreApplication.translate("Messages", "Comment"),
        "key message (English)": QCoreApplication.translate("Messages", "A key message in English"),
        "key message (Chinese)": QCoreApplication.translate("Messages", "A key message in Chinese"),
        "key messages (English)": QCoreApplication.translate("Messages", "Key messages in English"),
        "key messages (Chinese)": QCoreApplication.translate("Messages", "Key messages in Chinese"),
        # statuses and actions
        "draft": QCoreApplication.translate("Messages", "a draft"),
        "open": QCoreApplication.translate("Messages", "open"),
        "closed": QCoreApplication.translate("Messages", "closed"),
        "answered": QCoreApplication.translate("Messages", "already answered"),
        "add respondents": QCoreApplication.translate("Messages", "add respondents"),
        "remove respondents": QCoreApplication.translate("Messages", "remove respondents"),
        "delete": QCoreApplication.translate("Messages", "delete it"),
    }


def _template_and_words(exc: HealthDeskError) -> tuple[str, dict[str, str]]:
    """The translated template of the error's code and the words for its parameters: the exchange's own codes
    (``ui.exchange_messages``), the follow-up's (``ui.followup_messages``), then the shared ones here."""
    from ...exchange.errors import MESSAGES_EN as EXCHANGE_MESSAGES_EN

    if exc.code in EXCHANGE_MESSAGES_EN:
        template = exchange_templates().get(exc.code)
        if template is not None:
            return template, kind_words()
    words = {**parameter_words(), **followup_words()}  # no word is in both lists
    template = followup_templates().get(exc.code) or templates().get(exc.code)
    return template or MESSAGES_EN.get(exc.code, exc.code), words


def error_text(exc: HealthDeskError) -> str:
    """The message of ``exc`` in the current language, with its first letter capitalised. The one way every
    screen puts a typed error into words (the shared, the follow-up's and the exchange's codes)."""
    template, words = _template_and_words(exc)
    params = {}
    for key, value in exc.params.items():
        if isinstance(value, str) and value in words:
            params[key] = words[value]
        elif isinstance(value, str) and value.startswith("agreement term ") and "agreement term" in words:
            params[key] = words["agreement term"]
        else:
            params[key] = value
    try:
        text = template.format(**params)
    except (KeyError, IndexError, ValueError):
        text = exc.message_en()
    return text[:1].upper() + text[1:] if text else text


TECHNICAL_PARAMS = ("reason",)


def error_parts(exc: HealthDeskError, *, shown_in_log: bool = False) -> tuple[str, str]:
    """The message of ``exc`` wholly in the user's language, and the technical detail left out of it ("" if none).

    A ``{reason}`` comes from SQLite or the operating system, in English ("database disk image is malformed"): the
    message says where to find it, and the detail (the whole English message, for a search or the support desk)
    goes behind Qt's "Show Details…" toggle (``QMessageBox.setDetailedText``), or only into the log where no box
    is shown (``shown_in_log``: the status bar)."""
    technical = [key for key in TECHNICAL_PARAMS if exc.params.get(key)]
    if not technical:
        return error_text(exc), ""
    hint = (
        QCoreApplication.translate("Messages", "the technical details are in the log")
        if shown_in_log
        else QCoreApplication.translate("Messages", "technical details under “Show Details…”")
    )
    brief = copy.copy(exc)
    brief.params = {**exc.params, **dict.fromkeys(technical, hint)}
    return error_text(brief), exc.message_en()
