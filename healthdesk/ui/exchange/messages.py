"""The exchange's own error codes and kind words, translated (context ``Exchange``). Below ``messages`` (which
puts every typed error into words) and ``exchange`` (which re-exports them), so neither imports the other."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

translate = QCoreApplication.translate


def exchange_templates() -> dict[str, str]:
    """The exchange's own refusal reasons, translated (the core ones are in ``messages``)."""
    return {
        "file_unreadable": translate("Exchange", "{path} cannot be read: {reason}"),
        "file_too_large": translate("Exchange", "the file is too large ({size} bytes; at most {limit})"),
        "not_healthdesk": translate("Exchange", "the file is not a HealthDesk {expected} ({reason})"),
        "wrong_kind": translate(
            "Exchange", "the file is a HealthDesk {found}, where a HealthDesk {expected} was expected"
        ),
        "future_format": translate(
            "Exchange",
            "the file was made by a newer HealthDesk ({kind} format version {found}; this version reads up to "
            "{known}); update HealthDesk to read it",
        ),
        "bad_field": translate("Exchange", "the file is damaged or not valid: {field} {problem}"),
        "checksum": translate("Exchange", "the file is damaged: its checksum does not match its content"),
        "no_facilitator_key": translate(
            "Exchange",
            "this data folder has no facilitator key, so it cannot read response files; they can only be read in "
            "the data folder that exported the invitations",
        ),
        "key_damaged": translate("Exchange", "the facilitator key file {path} is damaged: {reason}"),
        "wrong_facilitator": translate(
            "Exchange",
            "the file was sealed for another facilitator key ({found}); this data folder's key is {expected}. "
            "Import it in the data folder that exported the invitation",
        ),
        "unknown_respondent": translate(
            "Exchange", "the respondent of this file ({uid}) is not in this database"
        ),
        "wrong_round": translate(
            "Exchange", "the file is for another round than the one its respondent belongs to"
        ),
        "wrong_partnership": translate(
            "Exchange", "the file is for another partnership than the one its respondent belongs to"
        ),
        "tampered": translate(
            "Exchange",
            "the file failed its authenticity check: it was changed after export, damaged in transit, or not "
            "made with this respondent's invitation",
        ),
        "wrong_framework": translate(
            "Exchange", "the file answers framework {found}, but the round uses {expected}"
        ),
        "framework_mismatch": translate(
            "Exchange",
            "framework {key} in the file differs from the framework with the same version installed here; the "
            "framework must be given a new version when it changes",
        ),
        "incomplete_submission": translate(
            "Exchange", "the file says the response was submitted, but indicators have no answer ({missing})"
        ),
        "no_invitation": translate(
            "Exchange",
            "{name} was not added from an invitation in this data folder, so there is no facilitator to seal a "
            "response file for",
        ),
        "nothing_to_invite": translate(
            "Exchange",
            "round '{label}' has nobody left to invite: every respondent has submitted, or none was added yet",
        ),
        "not_a_folder": translate("Exchange", "{path} is not a folder"),
        "partnership_exists": translate(
            "Exchange", "partnership '{name}' is already in this database (same record); nothing was imported"
        ),
        "partnership_clash": translate(
            "Exchange",
            "another partnership named '{name}' or with code '{code}' already exists here; rename or archive it "
            "first",
        ),
        "uid_clash": translate(
            "Exchange", "the {kind} {uid} in the file already belongs to other data in this database"
        ),
        "own_invitation": translate(
            "Exchange", "this invitation was issued from this data folder; {name} is already here"
        ),
        "not_a_file": translate("Exchange", "{path} is {kind}, not a file; nothing was read or imported"),
        "breaks_rule": translate(
            "Exchange", "the file breaks a rule at {where}: {reason}. Nothing was imported"
        ),
        "results_not_shared": translate(
            "Exchange",
            "no {what} of round '{label}' yet: the round is open and shares its results only once it is closed (two "
            "exports before and after one more submission would give away that person's scores). Close the round "
            'first, or turn off "Share results only once the round is closed" in the round\'s settings (Rounds, '
            "Edit round) to share preliminary results. The last closed round is '{last}': {command}",
        ),
        "results_not_shared_none": translate(
            "Exchange",
            "no {what} of round '{label}' yet: the round is open and shares its results only once it is closed (two "
            "exports before and after one more submission would give away that person's scores). Close the round "
            'first, or turn off "Share results only once the round is closed" in the round\'s settings (Rounds, '
            "Edit round) to share preliminary results. This partnership has no closed round yet",
        ),
    }


def kind_words() -> dict[str, str]:
    return {
        "invitation": translate("Exchange", "invitation"),
        "response file": translate("Exchange", "response file"),
        "response content": translate("Exchange", "response content"),
        "partnership history": translate("Exchange", "partnership history"),
        "facilitator key": translate("Exchange", "facilitator key"),
        "framework": translate("Exchange", "framework"),
        "round": translate("Exchange", "round"),
        "respondent": translate("Exchange", "respondent"),
    }
