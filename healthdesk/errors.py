"""Typed errors: a stable code and its parameters.

Screens translate the code into the user's language; the command line prints the English text. The English
templates live here so every output says the same thing.
"""

from __future__ import annotations

from typing import Any

# Exit codes of the command line.
EXIT_OK = 0
EXIT_BAD_INPUT = 1
EXIT_USAGE = 2
EXIT_LOCKED = 3
EXIT_DAMAGED = 4

MESSAGES_EN: dict[str, str] = {
    "not_found": "{kind} not found: {key}",
    "ambiguous": "{kind} '{key}' matches more than one record; use the id",
    "required": "{field} is required",
    "too_long": "{field} is too long ({length} characters; at most {limit})",
    "too_many": "{field}: at most {limit} (got {count})",
    "key_messages_format": 'key messages must be {{"en": [text, ...], "zh": [text, ...]}}: {reason}',
    "duplicate_partnership": "a partnership named '{name}' already exists",
    "duplicate_code": "a partnership with code '{code}' already exists",
    "duplicate_round": "round '{label}' already exists in this partnership",
    "duplicate_respondent": "{name} is already a respondent of this round",
    "invalid_choice": "{field} must be one of: {choices} (got '{value}')",
    "invalid_date": "{field} is not a valid date (YYYY-MM-DD): '{value}'",
    "date_order": "the end date {end} is before the start date {start}",
    "score_range": "score for {indicator} must be 1 to 5 or 'not applicable' (got {value})",
    "unknown_indicator": "indicator '{indicator}' is not in framework {framework}",
    "unknown_framework": "framework version '{version}' is not installed",
    "invalid_framework": "framework file {path} is invalid: {reason}",
    "threshold_range": "the anonymity threshold must be between 1 and 50 (got {value})",
    "round_not_open": "round '{label}' is {status}; answers can only be given while it is open",
    "round_status": "round '{label}' is {status}; cannot {action}",
    "response_submitted": "this response was submitted and is read-only until the facilitator reopens it",
    "response_incomplete": "indicators without an answer yet ({missing}): {indicators}",
    "has_rounds": "partnership '{name}' has assessment rounds ({count}) and cannot be deleted; archive it instead",
    "has_followup": "partnership '{name}' has an action plan (items: {count}) and cannot be deleted; archive it instead",
    "invalid_pin": "the PIN must be 4 to 12 digits",
    "has_responses": "{name} has already answered and cannot be removed; reopen or keep the response",
    "locked": "the data folder {path} is in use by another HealthDesk (process {pid} on {host}); open it read-only or close the other one",
    "respondent_mode": "respondent mode is active on this folder ({path}): nothing is shown until the "
    "facilitator ends it on the laptop that runs it",
    "damaged": "the database {path} is damaged: {reason}",
    "newer_schema": "the database {path} was made by a newer HealthDesk (schema {found}); this version knows up to {known}",
    "foreign_file": "{path} is not a HealthDesk database, or its first page is damaged beyond recognition",
    "disk_full": "the disk is full; nothing more could be saved to {path}. What was saved before is intact. Free some space and try again",
    "read_only": "the data folder {path} is read-only; nothing can be saved there. What was saved is intact",
    "io_error": "the disk reported an error writing {path}: {reason}. What was saved before is intact",
    "exists": "{path} already holds a HealthDesk database; use --force to replace it (a backup is taken first)",
    "no_database": "there is no HealthDesk database in {path} yet; start the app or run 'healthdesk demo' first",
    "needs_upgrade": "the database {path} was made by an older HealthDesk and must be upgraded first; start the app once",
    "migration_failed": "upgrading the database failed: {reason}. The database was left as it was; a backup is in {backup}",
    "database_missing": "the database {path} is missing, but the backups hold data; nothing was created. "
    "The newest good backup is {backup} (taken {when}); bring it back with: healthdesk restore {backup}",
    "database_empty": "the database {path} is empty, but the backups hold data; nothing was written to it. "
    "The newest good backup is {backup} (taken {when}); bring it back with: healthdesk restore {backup}",
    "no_backup": "no backup found: {path}",
    "backup_invalid": "the backup {path} failed its integrity check: {reason}",
    "read_only_mode": "HealthDesk is in read-only mode; changes cannot be saved",
    # follow-up: goals, actions, KPIs, decisions
    "not_a_number": "{field} must be a number (got '{value}')",
    "duplicate_kpi": "a KPI named '{name}' already exists in this partnership",
    "goal_parent": "a {level} goal cannot sit under a {parent_level} goal",
    "goal_children": "this goal has {level} goals under it; it cannot become a {new_level} goal",
    "wrong_partnership": "{kind} {key} belongs to another partnership",
    "results_blind": "round '{label}' is blind: nobody's results show until both sides have {threshold} "
    "submitted responses (still missing: {waiting})",
}


class HealthDeskError(Exception):
    """An expected failure with a code the screens can translate."""

    exit_code = EXIT_BAD_INPUT

    def __init__(self, code: str, /, **params: Any):
        self.code = code
        self.params = params
        super().__init__(self.message_en())

    def message_en(self) -> str:
        template = MESSAGES_EN.get(self.code, self.code)
        try:
            return template.format(**self.params)
        except (KeyError, IndexError):
            return f"{template} {self.params}"


class ValidationError(HealthDeskError):
    pass


class NotFoundError(HealthDeskError):
    pass


class StorageError(HealthDeskError):
    """The data folder or database cannot be used as asked."""


class LockedError(StorageError):
    exit_code = EXIT_LOCKED


class DamagedError(StorageError):
    exit_code = EXIT_DAMAGED
