"""What the exchange dialogs show, without Qt: who an invitation export lists and which are ticked and why, the
data export's choices and file name, the import preview's classification of each response file (new, nothing to
do, update, conflict, refused, and why), the comparison of a conflict's two versions, and what the respondent's
last step offers.

Built from the services' and the exchange layer's records (``PartnershipInfo``, ``RespondentInfo``,
``FilePlan``, ``Snapshot``, ``ImportReport``) and no words: outcomes, notes and refusals are codes the Qt views
(``export.py``, ``import_preview.py``, ``finish.py``) translate. The rules are the exchange layer's: an export
leaves out who already submitted unless named (``export_invitations``), an import writes what ``FilePlan.writes``
says or a conflict the facilitator chose to replace (``apply_import``), nothing is imported in a read-only folder.

Reading the response files (decrypting, checking, comparing with the database) stays on the background queue
(``services.exchange.plan_import``, with progress and Cancel); ``classify`` only arranges its result.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ...exchange.response_files import Snapshot
from ...framework import Framework
from ...services import rounds as round_svc
from ...services.dto import PartnershipInfo, RespondentInfo
from ...services.exchange import CONFLICT, IDENTICAL, NEW, REFUSED, REPLACED, UPDATED, USE_IMPORTED

# -- exporting invitations ------------------------------------------------------------------------------------

EMAIL_PATTERN = re.compile(r"[^@\s<>,;]+@[^@\s<>,;]+\.[^@\s<>,;]+")

# Why the invitation list is empty (the export button waits), or why an export is refused at once.
NO_PARTNERSHIP = "no_partnership"
NO_RESPONDENTS = "no_respondents"  # no round that is not closed, or the round has nobody yet
NOBODY_TICKED = "nobody_ticked"
NOT_AN_EMAIL = "not_an_email"
# Why someone is not ticked at first: they submitted (a second answer would replace theirs; the exchange layer
# leaves them out unless named).
ALREADY_SUBMITTED = "already_submitted"


@dataclass(frozen=True)
class RoundChoice:
    id: int
    label: str


@dataclass(frozen=True)
class Invitee:
    uid: str
    name: str
    side: str  # "A" | "B"
    side_label: str  # the partnership's short name of that side
    status: str  # "not_started" | "in_progress" | "submitted"
    ticked: bool  # ticked at first
    why_not: str | None = None  # why not ticked at first (ALREADY_SUBMITTED)


@dataclass(frozen=True)
class InvitationList:
    invitees: list[Invitee] = field(default_factory=list)
    empty: str | None = None  # NO_PARTNERSHIP | NO_RESPONDENTS | None (somebody to invite)

    @property
    def can_export(self) -> bool:
        return self.empty is None


def invitable_rounds(partnership: PartnershipInfo | None) -> list[RoundChoice]:
    """The rounds invitations can be written for (not closed), newest first."""
    if partnership is None:
        return []
    return [RoundChoice(r.id, r.label) for r in reversed(partnership.rounds) if r.status != "closed"]


def invitee(partnership: PartnershipInfo, who: RespondentInfo) -> Invitee:
    submitted = who.status == "submitted"
    return Invitee(
        uid=who.uid,
        name=who.name,
        side=who.side,
        side_label=partnership.label(who.side),
        status=who.status,
        ticked=not submitted,
        why_not=ALREADY_SUBMITTED if submitted else None,
    )


def invitation_list(
    partnership: PartnershipInfo | None, round_id: int | None, respondents: Sequence[RespondentInfo]
) -> InvitationList:
    if partnership is None:
        return InvitationList(empty=NO_PARTNERSHIP)
    if round_id is None:
        return InvitationList(empty=NO_RESPONDENTS)
    people = [invitee(partnership, who) for who in respondents]
    return InvitationList(invitees=people, empty=None if people else NO_RESPONDENTS)


def load_invitation_list(
    db: Any, partnership: PartnershipInfo | None, round_id: int | None
) -> InvitationList:
    """The respondents of one round (one short read)."""
    people = (
        round_svc.list_respondents(db, round_id) if partnership is not None and round_id is not None else []
    )
    return invitation_list(partnership, round_id, people)


def export_refusal(partnership: PartnershipInfo | None, uids: Sequence[str], email: str) -> str | None:
    """Why "Export" cannot write the invitations as asked (None: it can)."""
    if partnership is None or not uids:
        return NOBODY_TICKED
    if email and not EMAIL_PATTERN.fullmatch(email):
        return NOT_AN_EMAIL
    return None


# -- exporting data ---------------------------------------------------------------------------------------------


def safe_name(text: str) -> str:
    return "".join(ch if ch.isalnum() or ch in "-_" else "_" for ch in text).strip("_") or "export"


def data_rounds(partnership: PartnershipInfo | None) -> list[RoundChoice]:
    """Every round of the partnership, newest first (results of one round)."""
    if partnership is None:
        return []
    return [RoundChoice(r.id, r.label) for r in reversed(partnership.rounds)]


def data_formats(history: bool) -> tuple[str, ...]:
    """The formats offered: the whole history is JSON; results are Excel or CSV."""
    return ("json",) if history else ("xlsx", "csv")


def suggested_file_name(code: str, fmt: str, round_label: str | None) -> str:
    """``SWHW1-2025_H1.xlsx``, ``SWHW1-results.csv`` (every round) or ``SWHW1-history.json``."""
    if fmt == "json":
        return f"{safe_name(code)}-history.json"
    if round_label:
        return f"{safe_name(code)}-{safe_name(round_label)}.{fmt}"
    return f"{safe_name(code)}-results.{fmt}"


# -- the import preview -----------------------------------------------------------------------------------------

OUTCOMES = (NEW, IDENTICAL, UPDATED, CONFLICT, REFUSED, REPLACED)
SUMMARY_ORDER = (NEW, UPDATED, REPLACED, IDENTICAL, CONFLICT, REFUSED)
USE_FILE = "conflict_use_file"  # a conflict the facilitator chose to settle with the file's version
# A row's tone: refused files stand out as errors, conflicts as warnings.
TONES = {REFUSED: "error", CONFLICT: "warning"}
# Why "Import" waits.
DONE = "done"  # the files were imported: a new batch starts with Add files
READ_ONLY = "read_only"
NOTHING_TO_WRITE = "nothing_to_write"


@dataclass(frozen=True)
class PreviewRow:
    path: str
    name: str  # the file's name
    outcome: str  # one of OUTCOMES
    shown: str  # what the row says: the outcome, or USE_FILE for a conflict settled with the file
    note: str = ""  # "same", "imported", "older", "newer_in_batch", "empty" (from the exchange layer)
    error: Any = None  # the typed error of a refused file
    technical: str = ""  # the parser's own (English) words of a refusal, for the tooltip
    respondent: str | None = None  # who answered (None: the file could not be read)
    side: str = ""
    partnership: str = ""
    round: str = ""
    answered: int = 0
    total: int = 0
    status: str = ""  # "in_progress" | "submitted"
    tone: str | None = None  # "error" | "warning" | None
    compare: bool = False  # both versions can be shown side by side (a conflict, or one replaced)
    can_choose: bool = False  # the facilitator may choose which version to keep
    use_imported: bool = False  # the facilitator chose the file's version (of a conflict, or replaced by it)


@dataclass(frozen=True)
class ImportPreview:
    rows: list[PreviewRow] = field(default_factory=list)
    done: bool = False  # the rows say what each file did (after Import)
    counts: list[tuple[str, int]] = field(default_factory=list)  # (outcome, files) in the summary's order
    import_refusal: str | None = None  # None: Import writes something

    @property
    def can_import(self) -> bool:
        return self.import_refusal is None

    @property
    def first_conflict(self) -> int | None:
        return next((i for i, row in enumerate(self.rows) if row.outcome == CONFLICT), None)


def chose_file(plan: Any, choices: dict[str, str]) -> bool:
    return plan.outcome == CONFLICT and choices.get(str(plan.path)) == USE_IMPORTED


def pending(plans: Iterable[Any], choices: dict[str, str]) -> bool:
    """Something to write: a file ``apply_import`` writes, or a conflict settled with the file."""
    return any(p.writes or chose_file(p, choices) for p in plans)


def preview_row(plan: Any, choices: dict[str, str], done: bool) -> PreviewRow:
    f = plan.file
    use_imported = choices.get(str(plan.path)) == USE_IMPORTED
    reason = str(getattr(plan.error, "params", {}).get("reason", "")) if plan.error is not None else ""
    return PreviewRow(
        path=str(plan.path),
        name=plan.name,
        outcome=plan.outcome,
        shown=USE_FILE if chose_file(plan, choices) and not done else plan.outcome,
        note=plan.note or "",
        error=plan.error,
        technical=reason,
        respondent=f.respondent_name if f is not None else None,
        side=f.side if f is not None else "",
        partnership=f.partnership_name if f is not None else "",
        round=f.round_label if f is not None else "",
        answered=f.incoming.answered if f is not None else 0,
        total=len(f.framework.indicators) if f is not None else 0,
        status=f.incoming.status if f is not None else "",
        tone=TONES.get(plan.outcome),
        compare=f is not None and plan.current is not None and plan.outcome in (CONFLICT, REPLACED),
        can_choose=not done and plan.outcome == CONFLICT,
        use_imported=use_imported,
    )


def classify(
    plans: Sequence[Any], choices: dict[str, str], done: bool = False, read_only: bool = False
) -> ImportPreview:
    """The preview of ``plans`` (``plan_import``'s, or an import's report after it ran: ``done``)."""
    counts: dict[str, int] = {}
    for plan in plans:
        counts[plan.outcome] = counts.get(plan.outcome, 0) + 1
    if done:
        refusal: str | None = DONE
    elif not pending(plans, choices):
        refusal = NOTHING_TO_WRITE
    elif read_only:
        refusal = READ_ONLY
    else:
        refusal = None
    return ImportPreview(
        rows=[preview_row(plan, choices, done) for plan in plans],
        done=done,
        counts=[(o, counts[o]) for o in SUMMARY_ORDER if counts.get(o)],
        import_refusal=refusal,
    )


# -- a conflict's two versions ----------------------------------------------------------------------------------

STATUS_ROW, INDICATOR_ROW, COMMENT_ROW = "status", "indicator", "comment"
# What a cell of one version says about one indicator.
ABSENT = "absent"  # no version here (nothing in the database)
NO_ANSWER = "no_answer"
NOT_APPLICABLE = "not_applicable"
SCORE = "score"  # ``score`` (None: "—"), with ``problem`` under it when given


@dataclass(frozen=True)
class Cell:
    kind: (
        str  # ABSENT | NO_ANSWER | NOT_APPLICABLE | SCORE, or "status"/"text" for the status and comment rows
    )
    score: int | None = None
    problem: str = ""
    text: str = ""  # the status code, or the comment


@dataclass(frozen=True)
class CompareRow:
    kind: str  # STATUS_ROW | INDICATOR_ROW | COMMENT_ROW
    question: str  # the indicator's name in the screen's language ("" for the status and comment rows)
    here: Cell  # in the database (kept unless the file's version is chosen)
    there: Cell  # in the file

    @property
    def differs(self) -> bool:
        return self.here != self.there


def answer_cell(snap: Snapshot | None, indicator_id: str) -> Cell:
    if snap is None:
        return Cell(ABSENT)
    a = snap.answers.get(indicator_id)
    if a is None or (a.score is None and not a.not_applicable and not a.problem):
        return Cell(NO_ANSWER)
    if a.not_applicable:
        return Cell(NOT_APPLICABLE, problem=a.problem or "")
    return Cell(SCORE, score=a.score, problem=a.problem or "")


def compare(
    framework: Framework, current: Snapshot | None, incoming: Snapshot, lang: str
) -> list[CompareRow]:
    """Both versions of one person's response, question by question: status, each indicator, the comment."""
    rows = [
        CompareRow(
            STATUS_ROW,
            "",
            Cell("status", text=current.status) if current else Cell(ABSENT),
            Cell("status", text=incoming.status),
        )
    ]
    for ind in framework.indicators:
        rows.append(
            CompareRow(
                INDICATOR_ROW, ind.name.get(lang), answer_cell(current, ind.id), answer_cell(incoming, ind.id)
            )
        )
    here = (current.comment if current else "") or ""
    rows.append(
        CompareRow(
            COMMENT_ROW,
            "",
            Cell("text", text=here) if here else Cell(ABSENT),
            Cell("text", text=incoming.comment) if incoming.comment else Cell(ABSENT),
        )
    )
    return rows


# -- the respondent's last step ---------------------------------------------------------------------------------

SHOW_FOLDER, WRITE_EMAIL, SAVE_COPY = "show_folder", "write_email", "save_copy"


@dataclass(frozen=True)
class FinishOffer:
    """Where the response file was saved and the ways on from there (``ResponseSavedPanel``)."""

    path: Path
    email: str  # the facilitator's address from the invitation ("" when it gave none)
    names: dict[str, str]  # partnership, round, name: for the e-mail subject and signature

    @property
    def folder(self) -> Path:
        return self.path.parent

    @property
    def offers(self) -> tuple[str, ...]:
        """The buttons: "Write e-mail" only when the invitation gave an address."""
        return (SHOW_FOLDER, WRITE_EMAIL, SAVE_COPY) if self.email else (SHOW_FOLDER, SAVE_COPY)


def respondent_names(
    invited: Iterable[tuple[int, str, str, str, str]] | None, respondent_id: int
) -> dict[str, str]:
    """Name, partnership and round of one invited respondent (``invited_respondents``' rows); "" when unknown."""
    row = next((r for r in invited or [] if r[0] == respondent_id), None)
    found = {"name": row[1], "partnership": row[2], "round": row[3]} if row else {}
    return {"name": "", "partnership": "", "round": "", **found}


def finish_offer(
    path: Path, email: str, invited: Iterable[tuple[int, str, str, str, str]] | None, respondent_id: int
) -> FinishOffer:
    return FinishOffer(Path(path), email or "", respondent_names(invited, respondent_id))
