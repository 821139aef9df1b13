"""Response files: the respondent's answers sealed for the facilitator who issued the invitation.

``export_response`` (respondent's laptop) writes one; ``read_response_file`` (facilitator) opens and checks one
against the database. The format is ``docs/formats/response.md``.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..errors import NotFoundError, ValidationError
from ..framework import Framework, get_framework
from ..maintenance import atomic_write
from ..models.db import Database
from ..models.entities import RESPONSE_STATUSES, Respondent, Response
from ..services import validation as v
from ..services.validation import TEXT_CAP
from . import crypto
from . import formats as f
from . import frameworks as fws
from .errors import ExchangeError, bad
from .invitations import read_mark

ENVELOPE_FIELDS = {
    "format",
    "format_version",
    "partnership_uid",
    "round_uid",
    "respondent_uid",
    "facilitator_key",
    "ephemeral_key",
    "nonce",
    "ciphertext",
}
PAYLOAD_FIELDS = {
    "format",
    "format_version",
    "partnership_uid",
    "round_uid",
    "respondent_uid",
    "framework_key",
    "framework_sha256",
    "status",
    "started_at",
    "updated_at",
    "submitted_at",
    "exported_at",
    "comment",
    "answers",
    "submission_id",
}
ANSWER_FIELDS = {"score", "not_applicable", "problem"}


@dataclass(frozen=True)
class Answer:
    score: int | None
    not_applicable: bool
    problem: str


@dataclass(frozen=True)
class Snapshot:
    """One version of one respondent's response: what the file holds, or what the database holds."""

    status: str  # "in_progress" | "submitted"
    answers: dict[str, Answer]
    comment: str
    updated_at: datetime | None
    started_at: datetime | None = None
    submitted_at: datetime | None = None

    @property
    def content_id(self) -> str:
        """The submission id: a hash of what was answered (status, answers, comment), not of when."""
        return submission_id(self.status, self.answers, self.comment)

    @property
    def empty(self) -> bool:
        return (
            self.status != "submitted"
            and not self.comment
            and not any(a.score is not None or a.not_applicable or a.problem for a in self.answers.values())
        )

    @property
    def answered(self) -> int:
        return sum(1 for a in self.answers.values() if a.score is not None or a.not_applicable)


def _answers_doc(answers: dict[str, Answer]) -> dict[str, Any]:
    return {
        ind: {"score": a.score, "not_applicable": a.not_applicable, "problem": a.problem}
        for ind, a in sorted(answers.items())
    }


def submission_id(status: str, answers: dict[str, Answer], comment: str) -> str:
    # Answers with nothing in them are the same as no answer (the walk-through may store an empty row).
    kept = {k: a for k, a in answers.items() if a.score is not None or a.not_applicable or a.problem}
    return f.sha256_hex(f.canonical({"status": status, "answers": _answers_doc(kept), "comment": comment}))


def snapshot_of(response: Response | None) -> Snapshot | None:
    if response is None:
        return None
    return Snapshot(
        status=response.status,
        answers={
            a.indicator_id: Answer(a.score, bool(a.not_applicable), a.problem or "") for a in response.answers
        },
        comment=response.comment or "",
        updated_at=response.updated_at,
        started_at=response.started_at,
        submitted_at=response.submitted_at,
    )


# -- the respondent's side ---------------------------------------------------------------------------------------


@dataclass(frozen=True)
class ExportedResponse:
    path: Path
    respondent_uid: str
    status: str
    answered: int
    total: int
    submission_id: str


def find_respondent(session: Session, key: str | int) -> Respondent:
    text = str(key).strip()
    row = session.scalar(select(Respondent).where(Respondent.uid == text))
    if row is None and text.isdigit():
        row = session.get(Respondent, int(text))
    if row is None:
        raise NotFoundError("not_found", kind="respondent", key=text)
    return row


def export_response(db: Database, respondent_key: str | int, out_path: str | Path) -> ExportedResponse:
    """Seal this respondent's response (submitted or not yet) for the facilitator of their invitation and write
    it atomically to ``out_path``. Only reads the database."""
    fws.register_stored_frameworks(db)
    with db.reading() as session:
        respondent = find_respondent(session, respondent_key)
        mark = read_mark(session, respondent.uid)
        if mark is None:
            raise ExchangeError("no_invitation", name=respondent.name)
        rnd = respondent.round
        snap = snapshot_of(respondent.response) or Snapshot("in_progress", {}, "", None)
        started = respondent.response.started_at if respondent.response else None
        framework = get_framework(rnd.framework_key)
        uids = {
            "partnership_uid": rnd.partnership.uid,
            "round_uid": rnd.uid,
            "respondent_uid": respondent.uid,
        }
    if (uids["partnership_uid"], uids["round_uid"]) != (mark.partnership_uid, mark.round_uid):
        raise ExchangeError("wrong_round")
    answers = {k: a for k, a in snap.answers.items() if a.score is not None or a.not_applicable or a.problem}
    payload = {
        "format": f.PAYLOAD_FORMAT,
        "format_version": f.VERSIONS[f.PAYLOAD_FORMAT],
        **uids,
        "framework_key": framework.key,
        "framework_sha256": mark.framework_hash,
        "status": snap.status,
        "started_at": f.moment_text(started),
        "updated_at": f.moment_text(snap.updated_at or datetime.now()),
        "submitted_at": f.moment_text(snap.submitted_at),
        "exported_at": f.moment_text(datetime.now()),
        "comment": snap.comment,
        "answers": _answers_doc(answers),
        "submission_id": snap.content_id,
    }
    header = {
        "format": f.RESPONSE_FORMAT,
        "format_version": f.VERSIONS[f.RESPONSE_FORMAT],
        **uids,
        "facilitator_key": mark.facilitator_fingerprint,
    }
    header, ciphertext = crypto.seal(mark.facilitator_public, mark.secret, header, f.canonical(payload))
    doc = dict(header, ciphertext=f.b64(ciphertext))
    path = Path(out_path).expanduser()
    atomic_write(path, f.pretty(doc), private=True)  # 0600: the file says who answered, to whom
    return ExportedResponse(
        path=path,
        respondent_uid=uids["respondent_uid"],
        status=snap.status,
        answered=snap.answered,
        total=len(framework.indicators),
        submission_id=snap.content_id,
    )


def default_file_name(db: Database, respondent_key: str | int) -> str:
    with db.reading() as session:
        respondent = find_respondent(session, respondent_key)
        rnd = respondent.round
        parts = [rnd.partnership.code, rnd.label, respondent.side, respondent.name]
    from .invitations import _safe_name

    return "-".join(_safe_name(p) for p in parts) + f.RESPONSE_SUFFIX


# -- the facilitator's side --------------------------------------------------------------------------------------


@dataclass(frozen=True)
class ResponseFile:
    """A response file that opened and passed every check."""

    content_hash: str
    respondent_id: int
    respondent_uid: str
    respondent_name: str
    side: str
    round_id: int
    round_label: str
    round_status: str
    partnership_id: int
    partnership_name: str
    framework: Framework
    incoming: Snapshot
    submission_id: str
    exported_at: datetime | None


def parse_envelope(data: bytes) -> tuple[dict[str, Any], bytes]:
    doc = f.load_document(data, f.RESPONSE_FORMAT, f.MAX_RESPONSE_BYTES)
    fields = f.Fields(doc, "", ENVELOPE_FIELDS)
    for key in ("partnership_uid", "round_uid", "respondent_uid"):
        fields.uid(key)
    fields.hex64("facilitator_key")
    ciphertext = fields.binary("ciphertext", max_length=f.MAX_PAYLOAD_BYTES)
    header = {k: v for k, v in doc.items() if k != "ciphertext"}
    return header, ciphertext


def read_response_file(session: Session, key: crypto.FacilitatorKey | None, data: bytes) -> ResponseFile:
    """Open and check a response file against the database (read only). Raises a HealthDeskError with the reason
    it is refused: format, size, key, respondent, round, authenticity, then content."""
    content_hash = f.sha256_hex(data)
    header, ciphertext = parse_envelope(data)
    if key is None:
        raise ExchangeError("no_facilitator_key")
    if header["facilitator_key"] != key.fingerprint:
        found, expected = crypto.distinct_fingerprints(header["facilitator_key"], key.fingerprint)
        raise ExchangeError("wrong_facilitator", found=found, expected=expected)
    respondent = session.scalar(select(Respondent).where(Respondent.uid == header["respondent_uid"]))
    if respondent is None:
        raise ExchangeError("unknown_respondent", uid=header["respondent_uid"])
    rnd = respondent.round
    if rnd.partnership.uid != header["partnership_uid"]:
        raise ExchangeError("wrong_partnership")
    if rnd.uid != header["round_uid"]:
        raise ExchangeError("wrong_round")
    secret = crypto.respondent_secret(key, rnd.partnership.uid or "", rnd.uid or "", respondent.uid)
    plaintext = crypto.unseal(key, secret, header, ciphertext)
    payload = f.load_document(plaintext, f.PAYLOAD_FORMAT, f.MAX_PAYLOAD_BYTES)
    framework = get_framework(rnd.framework_key)
    incoming, declared_id, exported = _check_payload(payload, header, framework)
    return ResponseFile(
        content_hash=content_hash,
        respondent_id=respondent.id,
        respondent_uid=respondent.uid,
        respondent_name=respondent.name,
        side=respondent.side,
        round_id=rnd.id,
        round_label=rnd.label,
        round_status=rnd.status,
        partnership_id=rnd.partnership_id,
        partnership_name=rnd.partnership.name,
        framework=framework,
        incoming=incoming,
        submission_id=declared_id,
        exported_at=exported,
    )


def _check_payload(
    payload: dict[str, Any], header: dict[str, Any], framework: Framework
) -> tuple[Snapshot, str, datetime | None]:
    p = f.Fields(payload, "content", PAYLOAD_FIELDS)
    for key in ("partnership_uid", "round_uid", "respondent_uid"):
        if p.uid(key) != header[key]:
            raise ExchangeError("tampered")
    fw_key = p.text("framework_key", 120)
    if fw_key != framework.key:
        raise ExchangeError("wrong_framework", found=fw_key, expected=framework.key)
    fw_hash = p.hex64("framework_sha256")
    local_hash = fws.hash_for_key(framework.key)
    if local_hash is not None and fw_hash != local_hash:
        raise ExchangeError("framework_mismatch", key=framework.key)
    status = p.choice("status", RESPONSE_STATUSES)
    started = p.moment("started_at", required=False)
    updated = p.moment("updated_at")
    submitted = p.moment("submitted_at", required=False)
    exported = p.moment("exported_at", required=False)
    comment = p.text("comment", TEXT_CAP)
    raw_answers = p.raw("answers")
    if not isinstance(raw_answers, dict):
        raise bad("content.answers", "must be an object with one entry per indicator")
    answers: dict[str, Answer] = {}
    for ind_id, raw in raw_answers.items():
        if ind_id not in framework.indicator_map:
            f.check_text(ind_id, "content.answers", 200)
            raise ValidationError("unknown_indicator", indicator=ind_id[:80], framework=framework.key)
        a = f.Fields(raw, f"content.answers.{ind_id}", ANSWER_FIELDS)
        score = a.raw("score")
        not_applicable = a.boolean("not_applicable")
        if not_applicable and score is not None:
            raise bad(f"content.answers.{ind_id}", "has a score and 'not applicable' at once")
        v.check_score(ind_id, score)  # the walk-through's rule (services.validation)
        problem = a.text("problem", TEXT_CAP)
        answers[ind_id] = Answer(score, not_applicable, problem)
    if status == "submitted":
        missing = v.unanswered(
            [ind.id for ind in framework.indicators],
            {k: (a.score, a.not_applicable) for k, a in answers.items()},
        )
        if missing:
            raise ExchangeError("incomplete_submission", missing=len(missing))
        if submitted is None:
            raise bad("content.submitted_at", "is missing for a submitted response")
    else:
        submitted = None
    snap = Snapshot(status, answers, comment, updated, started, submitted)
    declared = p.hex64("submission_id")
    if declared != snap.content_id:
        raise bad("content.submission_id", "does not match the answers")
    return snap, declared, exported
