"""Importing response files: first a plan that writes nothing, then applying it, one file per transaction.

Outcomes of a file (``FilePlan.outcome``):

- ``new``: the respondent has no answers here yet; the file's response is added.
- ``identical``: nothing to do: the same answers are here already (``note`` ``same``), the file itself was
  imported before (``imported``), it is older than what is here (``older``), or a newer file for the same
  respondent is in the same batch (``newer_in_batch``).
- ``updated``: a newer version of a response that is not submitted here; it replaces what is here.
- ``conflict``: the response here is submitted and the file, newer, says something else. What is here stays
  unless the facilitator chooses the file's version (``choices[path] = "use_imported"``), recorded as
  ``replaced``.
- ``refused``: the file is not read; ``error`` says why. Nothing is written.

Files without conflicts leave the same database whatever order they come in: for each respondent the newest
version (by the respondent's last change) wins, and an older one is "nothing to do". Only imports that write
are recorded (``import_record``), so a dry run, a refused file or a re-import changes nothing at all.
"""

from __future__ import annotations

import os
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import datetime
from pathlib import Path

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from ..errors import HealthDeskError, ValidationError
from ..models.backup import take_backup
from ..models.db import Database
from ..models.entities import Answer, ImportRecord, Respondent, Response, utcnow
from . import crypto
from . import formats as f
from . import frameworks as fws
from .response_files import ResponseFile, Snapshot, read_response_file, snapshot_of

NEW, IDENTICAL, UPDATED, CONFLICT, REFUSED, REPLACED = (
    "new",
    "identical",
    "updated",
    "conflict",
    "refused",
    "replaced",
)
WRITING = (NEW, UPDATED)
KEEP, USE_IMPORTED = "keep", "use_imported"
# Recorded outcomes that mean "this exact file is in the database".
_APPLIED = ("new", "updated", "replaced", "identical")


@dataclass
class FilePlan:
    path: Path
    outcome: str
    note: str = ""
    error: HealthDeskError | None = None
    file: ResponseFile | None = None
    current: Snapshot | None = None  # what the database holds now (for updates and conflicts)
    touch: bool = False  # same answers, newer file: only its date and id are stored
    wrote: bool = False  # set by apply_import: this file changed the database

    @property
    def name(self) -> str:
        return self.path.name

    @property
    def content_hash(self) -> str:
        return self.file.content_hash if self.file else ""

    @property
    def writes(self) -> bool:
        return self.outcome in WRITING or self.touch

    def reason_en(self) -> str:
        return self.error.message_en() if self.error is not None else ""


@dataclass
class ImportReport:
    files: list[FilePlan] = field(default_factory=list)
    backup: Path | None = None
    stopped: bool = False  # apply_import was asked to stop between two files: the rest were not written

    @property
    def ok(self) -> bool:
        """Every file imported or already present (what ``import-responses`` exits 0 for)."""
        return all(p.outcome in (NEW, IDENTICAL, UPDATED, REPLACED) for p in self.files)

    def count(self, outcome: str) -> int:
        return sum(1 for p in self.files if p.outcome == outcome)


def classify(current: Snapshot | None, incoming: Snapshot) -> tuple[str, str, bool]:
    """(outcome, note, touch) of a checked file against what the database holds for its respondent."""
    if incoming.empty:
        return IDENTICAL, "empty", False
    if current is None or current.empty:
        return NEW, "", False
    newer = current.updated_at is None or (
        incoming.updated_at is not None and incoming.updated_at > current.updated_at
    )
    if current.content_id == incoming.content_id:
        return IDENTICAL, "same", newer
    if not newer:
        return IDENTICAL, "older", False
    if current.status == "submitted":
        return CONFLICT, "", False
    return UPDATED, "", False


def _already_imported(session: Session, content_hash: str) -> bool:
    return (
        session.scalar(
            select(ImportRecord.id)
            .where(ImportRecord.content_hash == content_hash, ImportRecord.outcome.in_(_APPLIED))
            .limit(1)
        )
        is not None
    )


def _plan_one(session: Session, key: crypto.FacilitatorKey | None, path: Path) -> FilePlan:
    try:
        data = f.read_capped(path, f.MAX_RESPONSE_BYTES)
        checked = read_response_file(session, key, data)
    except HealthDeskError as exc:
        return FilePlan(path, REFUSED, error=exc)
    respondent = session.get(Respondent, checked.respondent_id)
    current = snapshot_of(respondent.response if respondent is not None else None)
    if _already_imported(session, checked.content_hash):
        return FilePlan(path, IDENTICAL, "imported", file=checked, current=current)
    outcome, note, touch = classify(current, checked.incoming)
    if (outcome in (NEW, UPDATED, CONFLICT) or touch) and checked.round_status != "open":
        if outcome == IDENTICAL:
            return FilePlan(path, IDENTICAL, note, file=checked, current=current)
        error = ValidationError("round_not_open", label=checked.round_label, status=checked.round_status)
        return FilePlan(path, REFUSED, error=error, file=checked, current=current)
    return FilePlan(path, outcome, note, file=checked, current=current, touch=touch)


def plan_import(
    db: Database,
    paths: list[str | os.PathLike[str]],
    progress: Callable[[int, int], None] | None = None,
) -> list[FilePlan]:
    """What each file would do, in the order given. Reads only, one file per read (so other work on the
    connection can take turns between files). ``progress(done, total)`` is told before and after each file (it
    may raise to stop the reading)."""
    fws.register_stored_frameworks(db)
    key = None
    key_error: HealthDeskError | None = None
    try:
        key = crypto.load_key(db.paths.root)
    except HealthDeskError as exc:
        key_error = exc
    plans: list[FilePlan] = []
    for raw_path in paths:
        if progress is not None:
            progress(len(plans), len(paths))
        path = Path(raw_path)
        if key_error is not None:
            plans.append(FilePlan(path, REFUSED, error=key_error))
            continue
        with db.reading() as session:
            plans.append(_plan_one(session, key, path))
    if progress is not None:
        progress(len(plans), len(paths))
    _settle_batch(plans)
    return plans


def _order_key(plan: FilePlan) -> tuple:
    snap = plan.file.incoming if plan.file else None
    return (snap.updated_at or datetime.min, snap.content_id if snap else "", plan.content_hash)


def _settle_batch(plans: list[FilePlan]) -> None:
    """Several files for one respondent in one batch: only the newest one can write."""
    by_respondent: dict[str, list[FilePlan]] = defaultdict(list)
    for plan in plans:
        if plan.file is not None and plan.outcome != REFUSED:
            by_respondent[plan.file.respondent_uid].append(plan)
    for group in by_respondent.values():
        if len(group) < 2:
            continue
        group.sort(key=_order_key)
        newest = group[-1]
        for plan in group[:-1]:
            if plan.outcome != IDENTICAL or plan.touch:
                same = plan.file.incoming.content_id == newest.file.incoming.content_id
                plan.outcome, plan.note, plan.touch = IDENTICAL, "same" if same else "newer_in_batch", False


def _write(session: Session, checked: ResponseFile, respondent: Respondent) -> None:
    snap = checked.incoming
    response = respondent.response
    if response is None:
        response = Response(respondent=respondent, status="in_progress", comment="", last_page=0)
        session.add(response)
        session.flush()
    session.execute(delete(Answer).where(Answer.response_id == response.id))
    session.flush()
    now = utcnow()
    for ind in checked.framework.indicators:  # framework order, like the walk-through stores them
        a = snap.answers.get(ind.id)
        if a is None:
            continue
        session.add(
            Answer(
                response_id=response.id,
                indicator_id=ind.id,
                score=a.score,
                not_applicable=a.not_applicable,
                problem=a.problem,
                updated_at=snap.updated_at or now,
            )
        )
    response.status = snap.status
    response.comment = snap.comment
    response.started_at = snap.started_at or response.started_at or now
    response.updated_at = snap.updated_at or now
    response.submitted_at = (snap.submitted_at or now) if snap.status == "submitted" else None
    response.submission_id = checked.submission_id
    session.expire(response, ["answers"])


def _touch(checked: ResponseFile, respondent: Respondent) -> None:
    response = respondent.response
    if response is not None and checked.incoming.updated_at is not None:
        response.updated_at = checked.incoming.updated_at
        response.submission_id = checked.submission_id


def _record(session: Session, plan: FilePlan, outcome: str, detail: str = "") -> None:
    assert plan.file is not None
    session.add(
        ImportRecord(
            content_hash=plan.file.content_hash,
            file_name=plan.path.name[:300],
            respondent_uid=plan.file.respondent_uid,
            submission_id=plan.file.submission_id,
            outcome=outcome,
            detail=detail,
        )
    )


def apply_import(
    db: Database,
    plans: list[FilePlan],
    choices: dict[Path | str, str] | None = None,
    progress: Callable[[int, int], None] | None = None,
    stop: Callable[[], bool] | None = None,
) -> ImportReport:
    """Apply a plan: new and updated files are written, conflicts only where ``choices`` says
    ``"use_imported"``. One backup first when anything will be written, then one transaction per file; each file
    is checked again against the database inside its transaction (something may have changed since the plan).
    Returns the final outcome of every file, in the order of ``plans``.
    ``progress(done, total)`` counts the files to write; when ``stop()`` says so the import ends between two
    files' transactions (``report.stopped``): what was written stays, the rest keep their planned outcome with
    ``wrote`` False."""
    choices = {str(k): v for k, v in (choices or {}).items()}
    report = ImportReport()

    def chosen(plan: FilePlan) -> bool:
        return plan.outcome == CONFLICT and choices.get(str(plan.path)) == USE_IMPORTED

    final: dict[int, FilePlan] = {id(p): p for p in plans}
    to_write = [p for p in plans if p.writes or chosen(p)]
    if to_write:
        report.backup = take_backup(db, reason="before-import")
    ordered = sorted(to_write, key=_order_key)
    for done, plan in enumerate(ordered):
        if progress is not None:
            progress(done, len(ordered))
        if stop is not None and stop():
            report.stopped = True
            break
        assert plan.file is not None
        use_imported = chosen(plan)
        with db.transaction() as session:
            respondent = session.get(Respondent, plan.file.respondent_id)
            if respondent is None or respondent.round.status != "open":
                final[id(plan)] = replace(
                    plan,
                    outcome=REFUSED,
                    error=ValidationError(
                        "round_not_open",
                        label=plan.file.round_label,
                        status=respondent.round.status if respondent else "deleted",
                    ),
                )
                continue
            current = snapshot_of(respondent.response)
            outcome, note, touch = classify(current, plan.file.incoming)
            if use_imported and outcome == CONFLICT:
                if (
                    plan.current is not None
                    and current is not None
                    and current.content_id != plan.current.content_id
                ):
                    final[id(plan)] = replace(plan, current=current)  # changed meanwhile: shown again
                    continue
                _write(session, plan.file, respondent)
                _record(session, plan, REPLACED, "the facilitator chose the imported version")
                final[id(plan)] = replace(plan, outcome=REPLACED, current=current, wrote=True)
            elif outcome in WRITING:
                _write(session, plan.file, respondent)
                _record(session, plan, outcome)
                final[id(plan)] = replace(
                    plan, outcome=outcome, note=note, current=current, touch=False, wrote=True
                )
            elif touch:
                _touch(plan.file, respondent)
                _record(session, plan, IDENTICAL, "same answers; newer file")
                final[id(plan)] = replace(
                    plan, outcome=IDENTICAL, note="same", current=current, touch=False, wrote=True
                )
            else:
                final[id(plan)] = replace(plan, outcome=outcome, note=note, current=current, touch=False)
    if progress is not None and not report.stopped:
        progress(len(ordered), len(ordered))
    report.files = [final[id(p)] for p in plans]
    return report


def import_responses(
    db: Database, paths: list[str | os.PathLike[str]], dry_run: bool = False
) -> ImportReport:
    """Plan and (unless ``dry_run``) apply, never choosing a conflict's imported version: what the command line
    does."""
    plans = plan_import(db, paths)
    if dry_run:
        return ImportReport(files=plans)
    return apply_import(db, plans)
