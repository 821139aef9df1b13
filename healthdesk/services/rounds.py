"""Assessment rounds and their respondents: open, edit, close, reopen; add and remove respondents."""

from __future__ import annotations

import hashlib
import hmac
import os
import re
import uuid
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ..errors import NotFoundError, ValidationError
from ..framework import DEFAULT_FRAMEWORK_KEY, get_framework
from ..models.db import Database
from ..models.entities import SIDES, Partnership, Respondent, Response, Round, utcnow
from . import validation as v
from .dto import RespondentInfo, RoundInfo
from .partnerships import find_partnership_row, round_counts, round_info

DEFAULT_THRESHOLD = v.DEFAULT_THRESHOLD


# -- the next round's label and dates (no database, no Qt) ---------------------------------------------------

_HALF_YEAR = re.compile(r"^\s*(\d{4})\s*[-/ ]?\s*H([12])\s*$", re.IGNORECASE)


@dataclass(frozen=True)
class RoundProposal:
    """What the round dialog proposes for a new round: a half-year label and that half-year's first and last day."""

    label: str
    start_date: date
    end_date: date


def half_year_of(day: date) -> tuple[int, int]:
    return day.year, 1 if day.month <= 6 else 2


def parse_half_year(label: str) -> tuple[int, int] | None:
    """(2026, 2) for "2026 H2" (also "2026H2", "2026-h2"); None for any other label."""
    match = _HALF_YEAR.match(label or "")
    return (int(match.group(1)), int(match.group(2))) if match else None


def half_year_proposal(year: int, half: int) -> RoundProposal:
    if half == 1:
        return RoundProposal(f"{year} H1", date(year, 1, 1), date(year, 6, 30))
    return RoundProposal(f"{year} H2", date(year, 7, 1), date(year, 12, 31))


def _next_half(year: int, half: int) -> tuple[int, int]:
    return (year, 2) if half == 1 else (year + 1, 1)


def propose_round(rounds: Iterable[tuple[str, date]], today: date) -> RoundProposal:
    """The next round of a partnership whose rounds are ``(label, start date)``: the half-year after the latest
    round ("2027 H1" after "2026 H2"; when the latest label is not a half-year, the half-year after the one its
    start date falls in), or the current half-year for a first round. Never a label that is taken already."""
    rounds = list(rounds)
    taken = {label.strip().casefold() for label, _start in rounds}
    taken |= {half_year_proposal(*h).label.casefold() for h in map(parse_half_year, taken) if h}
    if rounds:
        latest_label, latest_start = max(rounds, key=lambda r: r[1])
        year, half = _next_half(*(parse_half_year(latest_label) or half_year_of(latest_start)))
    else:
        year, half = half_year_of(today)
    proposal = half_year_proposal(year, half)
    while proposal.label.casefold() in taken:
        year, half = _next_half(year, half)
        proposal = half_year_proposal(year, half)
    return proposal


def _round_row(session: Session, round_id: int) -> Round:
    row = session.get(Round, round_id)
    if row is None:
        raise NotFoundError("not_found", kind="round", key=round_id)
    return row


def find_round_row(session: Session, partnership: Partnership, label: str | None) -> Round:
    """The round with ``label``, or the latest by start date when no label is given."""
    query = select(Round).where(Round.partnership_id == partnership.id)
    if label:
        row = session.scalar(query.where(Round.label == label))
        if row is None:
            raise NotFoundError("not_found", kind="round", key=label)
        return row
    row = session.scalar(query.order_by(Round.start_date.desc(), Round.id.desc()).limit(1))
    if row is None:
        raise NotFoundError("not_found", kind="round", key=f"any round of {partnership.name}")
    return row


def _info(session: Session, row: Round) -> RoundInfo:
    return round_info(row, round_counts(session, [row.id])[row.id])


def hash_pin(pin: str) -> str:
    salt = os.urandom(16)
    digest = hashlib.pbkdf2_hmac("sha256", pin.encode(), salt, 200_000)
    return f"pbkdf2${salt.hex()}${digest.hex()}"


def pin_matches(stored: str, pin: str) -> bool:
    try:
        _, salt_hex, digest_hex = stored.split("$")
    except ValueError:
        return False
    digest = hashlib.pbkdf2_hmac("sha256", pin.encode(), bytes.fromhex(salt_hex), 200_000)
    return hmac.compare_digest(digest.hex(), digest_hex)


def create_round(
    db: Database,
    partnership_key: str | int,
    label: str,
    start_date: date | str,
    end_date: date | str | None = None,
    framework_key: str = DEFAULT_FRAMEWORK_KEY,
    threshold: int = DEFAULT_THRESHOLD,
    threshold_note: str = "",
    status: str = "open",
    blind: bool = False,
    share_when_closed: bool = True,
) -> RoundInfo:
    label = v.clean_name(label, "round label", cap=v.ROUND_LABEL_CAP)
    start = v.parse_date(start_date, "start date", required=True)
    end = v.parse_date(end_date, "end date")
    v.check_date_order(start, end)
    get_framework(framework_key)
    v.check_threshold(threshold, threshold_note)
    v.check_choice(status, "round status", ("draft", "open"))
    with db.transaction() as session:
        partnership = find_partnership_row(session, partnership_key)
        exists = session.scalar(
            select(Round.id).where(Round.partnership_id == partnership.id, Round.label == label)
        )
        if exists is not None:
            raise ValidationError("duplicate_round", label=label)
        row = Round(
            partnership_id=partnership.id,
            label=label,
            start_date=start,
            end_date=end,
            framework_key=framework_key,
            uid=uuid.uuid4().hex,
            status=status,
            threshold=threshold,
            threshold_note=v.clean_text(threshold_note, "threshold note"),
            blind=blind,
            share_when_closed=bool(share_when_closed),
        )
        session.add(row)
        session.flush()
        return _info(session, row)


def update_round(
    db: Database,
    round_id: int,
    label: str,
    start_date: date | str,
    end_date: date | str | None,
    threshold: int,
    threshold_note: str = "",
    blind: bool = False,
    share_when_closed: bool | None = None,
) -> RoundInfo:
    """``share_when_closed`` None keeps the round's setting."""
    label = v.clean_name(label, "round label", cap=v.ROUND_LABEL_CAP)
    start = v.parse_date(start_date, "start date", required=True)
    end = v.parse_date(end_date, "end date")
    v.check_date_order(start, end)
    v.check_threshold(threshold, threshold_note)
    with db.transaction() as session:
        row = _round_row(session, round_id)
        clash = session.scalar(
            select(Round.id).where(
                Round.partnership_id == row.partnership_id, Round.label == label, Round.id != row.id
            )
        )
        if clash is not None:
            raise ValidationError("duplicate_round", label=label)
        row.label, row.start_date, row.end_date = label, start, end
        row.threshold, row.threshold_note, row.blind = (
            threshold,
            v.clean_text(threshold_note, "threshold note"),
            blind,
        )
        if share_when_closed is not None:
            row.share_when_closed = bool(share_when_closed)
        session.flush()
        return _info(session, row)


def set_round_status(db: Database, round_id: int, status: str) -> RoundInfo:
    """draft → open → closed; a closed round may be reopened (its results version changes: kept results go stale)."""
    v.check_choice(status, "round status", ("draft", "open", "closed"))
    with db.transaction() as session:
        row = _round_row(session, round_id)
        allowed = {"draft": {"open"}, "open": {"closed", "draft"}, "closed": {"open"}}
        if status != row.status and status not in allowed[row.status]:
            raise ValidationError("round_status", label=row.label, status=row.status, action=status)
        row.status = status
        row.closed_at = utcnow() if status == "closed" else None
        session.flush()
        return _info(session, row)


def set_round_sharing(db: Database, round_id: int, share_when_closed: bool) -> RoundInfo:
    """Turn "share results only once the round is closed" on or off. While it is on, no PDF, xlsx or CSV of the
    round is written before it closes: two exports of an open round, before and after one more submission,
    would give away that person's scores."""
    with db.transaction() as session:
        row = _round_row(session, round_id)
        row.share_when_closed = bool(share_when_closed)
        session.flush()
        return _info(session, row)


def last_closed_round(db: Database, partnership_key: str | int) -> RoundInfo | None:
    """The partnership's latest closed round (by start date), or None."""
    with db.reading() as session:
        partnership = find_partnership_row(session, partnership_key)
        row = session.scalar(
            select(Round)
            .where(Round.partnership_id == partnership.id, Round.status == "closed")
            .order_by(Round.start_date.desc(), Round.id.desc())
            .limit(1)
        )
        return None if row is None else _info(session, row)


def set_round_pin(db: Database, round_id: int, pin: str | None) -> RoundInfo:
    with db.transaction() as session:
        row = _round_row(session, round_id)
        pin = (pin or "").strip()
        if pin and (len(pin) < 4 or len(pin) > 12 or not pin.isdigit()):
            raise ValidationError("invalid_pin")
        row.pin_hash = hash_pin(pin) if pin else ""
        return _info(session, row)


def check_round_pin(db: Database, round_id: int, pin: str) -> bool:
    with db.reading() as session:
        row = _round_row(session, round_id)
        return bool(row.pin_hash) and pin_matches(row.pin_hash, pin)


def get_round(db: Database, round_id: int) -> RoundInfo:
    with db.reading() as session:
        return _info(session, _round_row(session, round_id))


def find_round(db: Database, partnership_key: str | int, label: str | None = None) -> RoundInfo:
    with db.reading() as session:
        partnership = find_partnership_row(session, partnership_key)
        return _info(session, find_round_row(session, partnership, label))


def deletion_refusal(round_label: str, answered: int) -> ValidationError | None:
    """Why a round cannot be deleted (None: it can): someone has answered in it (``answered`` responses, in
    progress or submitted). Used by ``delete_round`` (which raises it) and by screens (``can_delete_round``)."""
    if answered:
        return ValidationError("round_status", label=round_label, status="answered", action="delete")
    return None


def can_delete_round(round_info: RoundInfo | None, respondents: Iterable[RespondentInfo]) -> bool:
    """Whether ``delete_round`` would delete ``round_info``, whose respondents are ``respondents``."""
    if round_info is None:
        return False
    answered = sum(1 for r in respondents if r.status != "not_started")
    return deletion_refusal(round_info.label, answered) is None


def delete_round(db: Database, round_id: int) -> None:
    """Only a round nobody has answered yet can be deleted."""
    with db.transaction() as session:
        row = _round_row(session, round_id)
        answered = session.scalar(
            select(func.count(Response.id)).join(Respondent).where(Respondent.round_id == row.id)
        )
        refusal = deletion_refusal(row.label, answered or 0)
        if refusal is not None:
            raise refusal
        session.delete(row)


def _respondent_info(row: Respondent) -> RespondentInfo:
    response = row.response
    if response is None:
        status, answered, updated = "not_started", 0, None
    else:
        status = response.status
        answered = sum(1 for a in response.answers if a.score is not None or a.not_applicable)
        updated = response.updated_at
    return RespondentInfo(
        id=row.id,
        round_id=row.round_id,
        name=row.name,
        side=row.side,
        role=row.role,
        uid=row.uid,
        status=status,
        answered=answered,
        updated_at=updated,
    )


def addition_refusal(round_label: str, round_status: str) -> ValidationError | None:
    """Why nobody can be added to a round (None: they can): a closed round's results are final. Used by
    ``add_respondent`` (which raises it) and by screens (``can_add_respondents``)."""
    if round_status == "closed":
        return ValidationError(
            "round_status", label=round_label, status=round_status, action="add respondents"
        )
    return None


def can_add_respondents(round_info: RoundInfo | None) -> bool:
    """Whether ``add_respondent`` would add someone to ``round_info`` (False without a round)."""
    return round_info is not None and addition_refusal(round_info.label, round_info.status) is None


def add_respondent(db: Database, round_id: int, name: str, side: str, role: str = "") -> RespondentInfo:
    name = v.clean_name(name, "respondent name")
    v.check_choice(side, "side", SIDES)
    role = v.clean_name(role, "role", required=False)
    with db.transaction() as session:
        row = _round_row(session, round_id)
        refusal = addition_refusal(row.label, row.status)
        if refusal is not None:
            raise refusal
        clash = session.scalar(
            select(Respondent.id).where(
                Respondent.round_id == round_id, Respondent.name == name, Respondent.side == side
            )
        )
        if clash is not None:
            raise ValidationError("duplicate_respondent", name=name)
        respondent = Respondent(round_id=round_id, name=name, side=side, role=role, uid=uuid.uuid4().hex)
        session.add(respondent)
        session.flush()
        return _respondent_info(respondent)


def removal_refusal(
    round_label: str, round_status: str, respondent_name: str, respondent_status: str
) -> ValidationError | None:
    """Why a respondent cannot be removed from a round (None: it can). The one rule, used by
    ``remove_respondent`` (which raises it) and by screens (``can_remove_respondent``, for enabled states):
    nobody leaves a closed round (its results are final), and nobody who has started answering (a response in
    progress or submitted)."""
    if round_status == "closed":
        return ValidationError(
            "round_status", label=round_label, status=round_status, action="remove respondents"
        )
    if respondent_status != "not_started":
        return ValidationError("has_responses", name=respondent_name)
    return None


def can_remove_respondent(round_info: RoundInfo | None, respondent: RespondentInfo | None) -> bool:
    """Whether ``remove_respondent`` would remove ``respondent`` from ``round_info`` (False when either is None)."""
    if round_info is None or respondent is None:
        return False
    return removal_refusal(round_info.label, round_info.status, respondent.name, respondent.status) is None


def remove_respondent(db: Database, respondent_id: int) -> None:
    with db.transaction() as session:
        row = session.get(Respondent, respondent_id)
        if row is None:
            raise NotFoundError("not_found", kind="respondent", key=respondent_id)
        refusal = removal_refusal(row.round.label, row.round.status, row.name, _respondent_info(row).status)
        if refusal is not None:
            raise refusal
        session.delete(row)


def list_respondents(db: Database, round_id: int) -> list[RespondentInfo]:
    with db.reading() as session:
        _round_row(session, round_id)
        rows = session.scalars(
            select(Respondent).where(Respondent.round_id == round_id).order_by(Respondent.side, Respondent.id)
        ).all()
        return [_respondent_info(r) for r in rows]


def framework_for_round(db: Database, round_id: int):  # noqa: ANN201
    return get_framework(get_round(db, round_id).framework_key)
