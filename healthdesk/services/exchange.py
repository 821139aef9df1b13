"""The exchange use cases the screens and the command line call (``healthdesk.exchange`` does the work).

Reading functions carry ``healthdesk_writes = False`` so ``AppContext.call`` does not announce a change.
"""

from __future__ import annotations

import os
from pathlib import Path

from ..exchange import crypto
from ..exchange import formats as _formats
from ..exchange.frameworks import register_stored_frameworks
from ..exchange.history import HistoryImport, export_history, import_history
from ..exchange.importing import (
    CONFLICT,
    IDENTICAL,
    KEEP,
    NEW,
    REFUSED,
    REPLACED,
    UPDATED,
    USE_IMPORTED,
    FilePlan,
    ImportReport,
    apply_import,
    import_responses,
    plan_import,
)
from ..exchange.invitations import (
    Invitation,
    InvitationFile,
    InvitationMark,
    OpenedInvitation,
    export_invitations,
    invitation_message,
    invitation_summary,
    invited_respondent_uids,
    open_invitation,
    read_invitation,
    read_mark,
)
from ..exchange.response_files import ExportedResponse, default_file_name, export_response
from ..exchange.tables import export_tables
from ..models.db import Database

DATA_FORMATS = ("xlsx", "csv", "json")

__all__ = [
    "CONFLICT",
    "DATA_FORMATS",
    "IDENTICAL",
    "KEEP",
    "NEW",
    "REFUSED",
    "REPLACED",
    "UPDATED",
    "USE_IMPORTED",
    "ExportedResponse",
    "FilePlan",
    "HistoryImport",
    "ImportReport",
    "Invitation",
    "InvitationFile",
    "OpenedInvitation",
    "apply_import",
    "check_invitation",
    "default_file_name",
    "export_data",
    "export_history",
    "export_invitations",
    "export_response",
    "facilitator_key",
    "file_kind",
    "import_data",
    "import_responses",
    "invitation_message",
    "invitation_mark",
    "invitation_summary",
    "invited_respondents",
    "open_invitation",
    "plan_import",
    "register_stored_frameworks",
    "save_response_beside",
]


def export_data(
    db: Database,
    partnership_key: str | int,
    round_label: str | None,
    fmt: str,
    path: str | os.PathLike[str],
    lang: str = "en",
) -> Path:
    """Write a round's (or every round's) results as xlsx or csv, or the partnership's whole history as json."""
    if fmt == "json":
        return export_history(db, partnership_key, path)
    if fmt not in DATA_FORMATS:
        from ..errors import ValidationError

        raise ValidationError("invalid_choice", field="format", choices=", ".join(DATA_FORMATS), value=fmt)
    return export_tables(db, partnership_key, round_label, fmt, path, lang)


def import_data(db: Database, path: str | os.PathLike[str]) -> HistoryImport:
    return import_history(db, path)


def check_invitation(db: Database, path: str | os.PathLike[str]) -> Invitation:
    """Read and check an invitation without opening it (for the confirmation screen)."""
    return read_invitation(_formats.read_capped(path, _formats.MAX_INVITATION_BYTES))


def facilitator_key(db: Database, create: bool = False) -> crypto.FacilitatorKey | None:
    """This data folder's facilitator key (made when ``create`` and there is none)."""
    return crypto.ensure_key(db.paths.root) if create else crypto.load_key(db.paths.root)


def invited_respondents(db: Database) -> list[tuple[int, str, str, str, str]]:
    """Respondents here that came from an invitation: (id, name, partnership name, round label, status)."""
    from .partnerships import list_partnerships
    from .rounds import list_respondents

    uids = invited_respondent_uids(db)
    found = []
    for p in list_partnerships(db):
        for rnd in p.rounds:
            for who in list_respondents(db, rnd.id):
                if who.uid in uids:
                    found.append((who.id, who.name, p.name, rnd.label, who.status))
    return found


def invitation_mark(db: Database, respondent_id: int) -> InvitationMark | None:
    """What this data folder keeps about the invitation a respondent came from (None: not from one)."""
    from ..exchange.response_files import find_respondent

    with db.reading() as session:
        respondent = find_respondent(session, respondent_id)
        return read_mark(session, respondent.uid)


def response_folders(invitation_path: str | os.PathLike[str] | None, fallbacks: list[Path]) -> list[Path]:
    """Where a finished response file is saved, in order: beside the invitation, then ``fallbacks`` (the
    Desktop, the home folder)."""
    folders = [Path(invitation_path).expanduser().parent] if invitation_path else []
    for folder in fallbacks:
        if folder not in folders:
            folders.append(folder)
    return folders


def save_response_beside(
    db: Database,
    respondent_id: int,
    invitation_path: str | os.PathLike[str] | None,
    fallbacks: list[Path] | None = None,
) -> ExportedResponse:
    """Write the respondent's sealed response file (0600) beside the invitation it came from, or in the first
    of ``fallbacks`` (default: ~/Desktop, ~) that can be written. Raises the last error when none can."""
    from ..errors import HealthDeskError

    if fallbacks is None:
        fallbacks = [Path.home() / "Desktop", Path.home()]
    name = default_file_name(db, respondent_id)
    last: Exception | None = None
    for folder in response_folders(invitation_path, fallbacks):
        if not folder.is_dir() or not os.access(folder, os.W_OK | os.X_OK):
            continue
        try:
            return export_response(db, respondent_id, folder / name)
        except HealthDeskError as exc:
            if getattr(exc, "code", "") in ("no_invitation", "wrong_round", "not_found"):
                raise
            last = exc
    if last is not None:
        raise last
    from ..errors import StorageError

    raise StorageError("read_only", path=str(invitation_path or Path.home()))


def file_kind(path: str | os.PathLike[str]) -> str | None:
    """ "invitation", "response", "history" or None: where a dropped or opened file should go."""
    kind = _formats.sniff_kind(path)
    return {
        _formats.INVITATION_FORMAT: "invitation",
        _formats.RESPONSE_FORMAT: "response",
        _formats.HISTORY_FORMAT: "history",
    }.get(kind or "")


for _fn in (
    plan_import,
    check_invitation,
    invited_respondents,
    invitation_mark,
    file_kind,
    export_data,
    export_response,
    export_invitations,
    save_response_beside,
):
    _fn.healthdesk_writes = False  # type: ignore[attr-defined]
for _fn in (apply_import, open_invitation, import_data, import_responses):
    _fn.healthdesk_writes = True  # type: ignore[attr-defined]
