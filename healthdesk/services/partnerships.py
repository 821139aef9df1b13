"""Partnership records: create, edit, archive, delete (refused while rounds exist), find, list."""

from __future__ import annotations

import uuid

from sqlalchemy import func, select
from sqlalchemy.orm import Session, selectinload

from ..errors import NotFoundError, ValidationError
from ..models.db import Database
from ..models.entities import (
    AGREEMENT_TERMS,
    MEMBER_ROLES,
    PARTNERSHIP_STAGES,
    PARTNERSHIP_STATUSES,
    PARTNERSHIP_TYPES,
    SIDES,
    Action,
    AgreementTerm,
    Decision,
    Goal,
    GovernanceMember,
    Kpi,
    Partnership,
    Respondent,
    Response,
    Round,
)
from . import validation as v
from .dto import Member, PartnershipInfo, PartnershipInput, RoundInfo


def _validated(data: PartnershipInput) -> PartnershipInput:
    members = []
    for m in data.members:
        members.append(
            Member(
                name=v.clean_name(m.name, "member name"),
                side=v.check_choice(m.side, "member side", SIDES),
                role=v.check_choice(m.role, "member role", MEMBER_ROLES),
            )
        )
    terms = {}
    for kind, text in data.terms.items():
        v.check_choice(kind, "agreement term", AGREEMENT_TERMS)
        cleaned = v.clean_text(text, f"agreement term {kind}")
        if cleaned.strip():
            terms[kind] = cleaned
    name = v.clean_name(data.name, "name")
    return PartnershipInput(
        name=name,
        code=v.clean_name(data.code, "code", cap=v.CODE_CAP),
        partner_a_name=v.clean_name(data.partner_a_name, "partner A name"),
        partner_a_name_alt=v.clean_name(data.partner_a_name_alt, "partner A name", required=False),
        partner_a_label=v.clean_name(data.partner_a_label, "partner A short label", cap=v.LABEL_CAP),
        partner_b_name=v.clean_name(data.partner_b_name, "partner B name"),
        partner_b_name_alt=v.clean_name(data.partner_b_name_alt, "partner B name", required=False),
        partner_b_label=v.clean_name(data.partner_b_label, "partner B short label", cap=v.LABEL_CAP),
        type=v.check_choice(data.type, "type", PARTNERSHIP_TYPES),
        start_date=v.parse_date(data.start_date, "start date"),
        stage=v.check_choice(data.stage, "stage", PARTNERSHIP_STAGES),
        status=v.check_choice(data.status, "status", PARTNERSHIP_STATUSES),
        description=v.clean_text(data.description, "description"),
        members=members,
        terms=terms,
        archived=bool(data.archived),
    )


def _check_unique(session: Session, data: PartnershipInput, exclude_id: int | None = None) -> None:
    query = select(Partnership.id).where(Partnership.name_key == data.name.casefold())
    if exclude_id is not None:
        query = query.where(Partnership.id != exclude_id)
    if session.scalar(query) is not None:
        raise ValidationError("duplicate_partnership", name=data.name)
    query = select(Partnership.id).where(func.lower(Partnership.code) == data.code.lower())
    if exclude_id is not None:
        query = query.where(Partnership.id != exclude_id)
    if session.scalar(query) is not None:
        raise ValidationError("duplicate_code", code=data.code)


def _apply(row: Partnership, data: PartnershipInput) -> None:
    row.name = data.name
    row.name_key = data.name.casefold()
    row.code = data.code
    row.partner_a_name = data.partner_a_name
    row.partner_a_name_alt = data.partner_a_name_alt
    row.partner_a_label = data.partner_a_label
    row.partner_b_name = data.partner_b_name
    row.partner_b_name_alt = data.partner_b_name_alt
    row.partner_b_label = data.partner_b_label
    row.type = data.type
    row.start_date = data.start_date
    row.stage = data.stage
    row.status = data.status
    row.description = data.description
    row.members = [GovernanceMember(name=m.name, side=m.side, role=m.role) for m in data.members]
    existing = {t.kind: t for t in row.terms}
    row.terms = [
        existing.get(kind) or AgreementTerm(kind=kind, text=text) for kind, text in data.terms.items()
    ]
    for term in row.terms:
        term.text = data.terms[term.kind]


def round_counts(session: Session, round_ids: list[int]) -> dict[int, dict[str, dict[str, int]]]:
    """round id -> {"invited"|"submitted"|"in_progress": {side: n}} in one query."""
    counts: dict[int, dict[str, dict[str, int]]] = {
        rid: {"invited": {"A": 0, "B": 0}, "submitted": {"A": 0, "B": 0}, "in_progress": {"A": 0, "B": 0}}
        for rid in round_ids
    }
    if not round_ids:
        return counts
    rows = session.execute(
        select(Respondent.round_id, Respondent.side, Response.status, func.count(Respondent.id))
        .outerjoin(Response, Response.respondent_id == Respondent.id)
        .where(Respondent.round_id.in_(round_ids))
        .group_by(Respondent.round_id, Respondent.side, Response.status)
    ).all()
    for round_id, side, status, n in rows:
        counts[round_id]["invited"][side] += n
        if status in ("submitted", "in_progress"):
            counts[round_id][status][side] += n
    return counts


def round_info(row: Round, counts: dict[str, dict[str, int]]) -> RoundInfo:
    return RoundInfo(
        id=row.id,
        partnership_id=row.partnership_id,
        label=row.label,
        start_date=row.start_date,
        end_date=row.end_date,
        framework_key=row.framework_key,
        status=row.status,
        threshold=row.threshold,
        threshold_note=row.threshold_note,
        blind=row.blind,
        has_pin=bool(row.pin_hash),
        invited=dict(counts["invited"]),
        submitted=dict(counts["submitted"]),
        in_progress=dict(counts["in_progress"]),
        share_when_closed=bool(row.share_when_closed),
    )


def _info(session: Session, row: Partnership) -> PartnershipInfo:
    rounds = sorted(row.rounds, key=lambda r: (r.start_date, r.id))
    counts = round_counts(session, [r.id for r in rounds])
    return PartnershipInfo(**_info_fields(row), rounds=tuple(round_info(r, counts[r.id]) for r in rounds))


def find_partnership_row(session: Session, key: str | int) -> Partnership:
    """By id, short code or exact name (case-insensitive)."""
    text = str(key).strip()
    row = None
    if text.isdigit():
        row = session.get(Partnership, int(text))
    if row is None:
        row = session.scalar(select(Partnership).where(func.lower(Partnership.code) == text.lower()))
    if row is None:
        row = session.scalar(select(Partnership).where(Partnership.name_key == text.casefold()))
    if row is None:
        raise NotFoundError("not_found", kind="partnership", key=text)
    return row


def create_partnership(db: Database, data: PartnershipInput) -> PartnershipInfo:
    data = _validated(data)
    with db.transaction() as session:
        _check_unique(session, data)
        row = Partnership(uid=uuid.uuid4().hex)
        _apply(row, data)
        row.archived = data.archived
        session.add(row)
        session.flush()
        return _info(session, row)


def update_partnership(db: Database, partnership_id: int, data: PartnershipInput) -> PartnershipInfo:
    data = _validated(data)
    with db.transaction() as session:
        row = find_partnership_row(session, partnership_id)
        _check_unique(session, data, exclude_id=row.id)
        _apply(row, data)
        session.flush()
        return _info(session, row)


def set_archived(db: Database, partnership_id: int, archived: bool) -> PartnershipInfo:
    with db.transaction() as session:
        row = find_partnership_row(session, partnership_id)
        row.archived = archived
        session.flush()
        return _info(session, row)


def _refuse_deletion(session: Session, row: Partnership) -> None:
    """Only the record itself can be undone: a partnership with rounds or an action plan is archived instead."""
    count = session.scalar(select(func.count(Round.id)).where(Round.partnership_id == row.id)) or 0
    if count:
        raise ValidationError("has_rounds", name=row.name, count=count)
    plan = sum(
        session.scalar(select(func.count(model.id)).where(model.partnership_id == row.id)) or 0
        for model in (Goal, Action, Kpi, Decision)
    )
    if plan:
        raise ValidationError("has_followup", name=row.name, count=plan)


def check_deletable(db: Database, partnership_id: int) -> None:
    """Raise what ``delete_partnership`` would refuse with, without deleting (screens ask before deleting)."""
    with db.reading() as session:
        _refuse_deletion(session, find_partnership_row(session, partnership_id))


check_deletable.healthdesk_writes = False  # type: ignore[attr-defined]


def delete_partnership(db: Database, partnership_id: int) -> PartnershipInput:
    """Delete a partnership that has no rounds and no action plan. Returns its data so the caller can undo by
    re-creating it (the returned data holds only the record, so anything else would be lost)."""
    with db.transaction() as session:
        row = find_partnership_row(session, partnership_id)
        _refuse_deletion(session, row)
        info = _info(session, row)
        session.delete(row)
        return info.as_input()


def get_partnership(db: Database, key: str | int) -> PartnershipInfo:
    with db.reading() as session:
        return _info(session, find_partnership_row(session, key))


def list_partnership_names(db: Database) -> dict[int, str]:
    """Every partnership's name by id (archived ones too), in name order: one light query, for choosing the
    home screen and titling the window at start-up before the full list is loaded."""
    with db.reading() as session:
        rows = session.execute(select(Partnership.id, Partnership.name).order_by(Partnership.name)).all()
        return {int(pid): str(name) for pid, name in rows}


def list_partnerships(db: Database, include_archived: bool = True) -> list[PartnershipInfo]:
    with db.reading() as session:
        query = select(Partnership).options(
            selectinload(Partnership.members),
            selectinload(Partnership.terms),
            selectinload(Partnership.rounds),
        )
        if not include_archived:
            query = query.where(Partnership.archived.is_(False))
        rows = session.scalars(query.order_by(Partnership.name)).all()
        counts = round_counts(session, [r.id for p in rows for r in p.rounds])
        result = []
        for row in rows:
            rounds = sorted(row.rounds, key=lambda r: (r.start_date, r.id))
            result.append(
                PartnershipInfo(
                    **_info_fields(row), rounds=tuple(round_info(r, counts[r.id]) for r in rounds)
                )
            )
        return result


def _info_fields(row: Partnership) -> dict:
    return {
        "id": row.id,
        "name": row.name,
        "code": row.code,
        "partner_a_name": row.partner_a_name,
        "partner_a_name_alt": row.partner_a_name_alt,
        "partner_a_label": row.partner_a_label,
        "partner_b_name": row.partner_b_name,
        "partner_b_name_alt": row.partner_b_name_alt,
        "partner_b_label": row.partner_b_label,
        "type": row.type,
        "start_date": row.start_date,
        "stage": row.stage,
        "status": row.status,
        "archived": row.archived,
        "description": row.description,
        "members": tuple(Member(m.name, m.side, m.role) for m in row.members),
        "terms": {t.kind: t.text for t in row.terms},
    }
