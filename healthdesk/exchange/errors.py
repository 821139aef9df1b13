"""Why an exchange file is refused: typed errors with a stable code, like ``healthdesk.errors``.

The codes that already exist in ``healthdesk.errors.MESSAGES_EN`` (``unknown_indicator``, ``score_range``,
``too_long``, ``round_not_open``, ``unknown_framework``, ``not_found``) are raised as the core
``ValidationError``/``NotFoundError`` so every screen already translates them. The codes below are the exchange's
own; ``ExchangeError.message_en()`` reads them from ``MESSAGES_EN`` here, and ``healthdesk.ui.exchange.actions`` translates
them on screen.
"""

from __future__ import annotations

from ..errors import MESSAGES_EN as CORE_MESSAGES_EN
from ..errors import ValidationError

MESSAGES_EN: dict[str, str] = {
    "file_unreadable": "{path} cannot be read: {reason}",
    "not_a_file": "{path} is {kind}, not a file; nothing was read or imported",
    "file_too_large": "the file is too large ({size} bytes; at most {limit})",
    "not_healthdesk": "the file is not a HealthDesk {expected} ({reason})",
    "wrong_kind": "the file is a HealthDesk {found}, where a HealthDesk {expected} was expected",
    "future_format": (
        "the file was made by a newer HealthDesk ({kind} format version {found}; this version reads up to "
        "{known}); update HealthDesk to read it"
    ),
    "bad_field": "the file is damaged or not valid: {field} {problem}",
    "checksum": "the file is damaged: its checksum does not match its content",
    "no_facilitator_key": (
        "this data folder has no facilitator key, so it cannot read response files; they can only be read in "
        "the data folder that exported the invitations"
    ),
    "key_damaged": "the facilitator key file {path} is damaged: {reason}",
    "wrong_facilitator": (
        "the file was sealed for another facilitator key ({found}); this data folder's key is {expected}. "
        "Import it in the data folder that exported the invitation"
    ),
    "unknown_respondent": "the respondent of this file ({uid}) is not in this database",
    "wrong_round": "the file is for another round than the one its respondent belongs to",
    "wrong_partnership": "the file is for another partnership than the one its respondent belongs to",
    "tampered": (
        "the file failed its authenticity check: it was changed after export, damaged in transit, or not made "
        "with this respondent's invitation"
    ),
    "wrong_framework": "the file answers framework {found}, but the round uses {expected}",
    "framework_mismatch": (
        "framework {key} in the file differs from the framework with the same version installed here; the "
        "framework must be given a new version when it changes"
    ),
    "incomplete_submission": "the file says the response was submitted, but indicators have no answer ({missing})",
    "no_invitation": (
        "{name} was not added from an invitation in this data folder, so there is no facilitator to seal a "
        "response file for"
    ),
    "nothing_to_invite": "round '{label}' has nobody left to invite: every respondent has submitted, or none was added yet",
    "not_a_folder": "{path} is not a folder",
    "partnership_exists": "partnership '{name}' is already in this database (same record); nothing was imported",
    "partnership_clash": (
        "another partnership named '{name}' or with code '{code}' already exists here; rename or archive it first"
    ),
    "breaks_rule": "the file breaks a rule at {where}: {reason}. Nothing was imported",
    "results_not_shared": (
        "no {what} of round '{label}' yet: the round is open and shares its results only once it is closed (two "
        "exports before and after one more submission would give away that person's scores). Close the round "
        'first, or turn off "Share results only once the round is closed" in the round\'s settings (Rounds, '
        "Edit round) to share preliminary results. The last closed round is '{last}': {command}"
    ),
    "results_not_shared_none": (
        "no {what} of round '{label}' yet: the round is open and shares its results only once it is closed (two "
        "exports before and after one more submission would give away that person's scores). Close the round "
        'first, or turn off "Share results only once the round is closed" in the round\'s settings (Rounds, '
        "Edit round) to share preliminary results. This partnership has no closed round yet"
    ),
    "uid_clash": "the {kind} {uid} in the file already belongs to other data in this database",
    "own_invitation": "this invitation was issued from this data folder; {name} is already here",
    "bad_email": "'{value}' is not an e-mail address (name@example.com)",
}


class ExchangeError(ValidationError):
    """A refused exchange file or request; ``code`` is a key of ``MESSAGES_EN`` here or in the core."""

    def message_en(self) -> str:
        template = MESSAGES_EN.get(self.code) or CORE_MESSAGES_EN.get(self.code, self.code)
        try:
            return template.format(**self.params)
        except (KeyError, IndexError):
            return f"{template} {self.params}"


def bad(field: str, problem: str) -> ExchangeError:
    return ExchangeError("bad_field", field=field, problem=problem)
