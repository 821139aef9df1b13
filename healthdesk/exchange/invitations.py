"""Invitations: one file per respondent of a round, opened on the respondent's own laptop.

``export_invitations`` (facilitator) writes them; ``read_invitation`` checks one strictly; ``open_invitation``
(respondent) creates the partnership, round and respondent with the same ids in the local database, marked as
coming from an invitation, so the walk-through runs offline exactly as it does at the facilitator's. The format is
``docs/formats/invitation.md``.
"""

from __future__ import annotations

import json
import logging
import os
import re
import uuid
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ..errors import ValidationError
from ..framework import Framework
from ..maintenance import atomic_write
from ..models.backup import take_backup
from ..models.db import Database
from ..models.entities import PARTNERSHIP_TYPES, SIDES, AppSetting, Partnership, Respondent, Round
from ..services import validation as v
from ..services.partnerships import find_partnership_row
from ..services.rounds import find_round_row
from . import crypto
from . import formats as f
from . import frameworks as fws
from .errors import ExchangeError, bad

log = logging.getLogger(__name__)

MARK_PREFIX = "exchange.invitation:"
NOTE = {
    "en": "HealthDesk invitation. Open it with HealthDesk on your own laptop (File > Open invitation, or drag it "
    "onto the window). It is meant for you alone: do not forward it.",
    "zh": "HealthDesk 评估邀请。请在您自己的电脑上用 HealthDesk 打开（文件 > 打开邀请，或拖到窗口上）。"
    "此文件仅供您本人使用，请勿转发。",
}
TOP_FIELDS = {
    "format",
    "format_version",
    "note",
    "issued_at",
    "partnership",
    "round",
    "framework",
    "respondent",
    "facilitator",
    "respondent_secret",
    "checksum",
}


@dataclass(frozen=True)
class InvitationFile:
    path: Path
    respondent_uid: str
    name: str
    side: str
    message: str = ""  # the ready-to-send text (also in ``message_file``)
    message_file: Path | None = None


@dataclass(frozen=True)
class Invitation:
    """A checked invitation."""

    issued_at: datetime
    partnership: dict[str, Any]
    round: dict[str, Any]
    framework: Framework
    framework_raw: dict[str, Any]
    framework_hash: str
    respondent: dict[str, Any]
    facilitator_public: bytes
    facilitator_fingerprint: str
    secret: bytes
    language: str = ""  # "en" / "zh": the round's language (format version 2); "" in older invitations
    facilitator_email: str = ""  # where to send the response file back, when the facilitator gave it


@dataclass(frozen=True)
class OpenedInvitation:
    respondent_id: int
    round_id: int
    partnership_id: int
    respondent_name: str
    partnership_name: str
    round_label: str
    created: bool  # the records were added now (False: they were here already)
    own: bool  # issued from this very data folder (the facilitator opened their own invitation)
    facilitator_fingerprint: str
    language: str = ""
    facilitator_email: str = ""


@dataclass(frozen=True)
class InvitationMark:
    """What the respondent's database keeps about the invitation a respondent came from."""

    respondent_uid: str
    partnership_uid: str
    round_uid: str
    facilitator_public: bytes
    facilitator_fingerprint: str
    secret: bytes
    framework_key: str
    framework_hash: str
    opened_at: str
    language: str = ""
    facilitator_email: str = ""
    invitation_path: str = (
        ""  # where the invitation file was when it was last opened (the response goes beside)
    )


# -- writing ---------------------------------------------------------------------------------------------------


def _safe_name(text: str) -> str:
    cleaned = re.sub(r"[^\w\-]+", "_", text, flags=re.UNICODE).strip("_")
    return cleaned[:40] or "x"


def _partnership_doc(row: Partnership) -> dict[str, Any]:
    return {
        "uid": row.uid,
        "name": row.name,
        "code": row.code,
        "type": row.type,
        "partner_a_name": row.partner_a_name,
        "partner_a_name_alt": row.partner_a_name_alt,
        "partner_a_label": row.partner_a_label,
        "partner_b_name": row.partner_b_name,
        "partner_b_name_alt": row.partner_b_name_alt,
        "partner_b_label": row.partner_b_label,
    }


def _round_doc(row: Round) -> dict[str, Any]:
    return {
        "uid": row.uid,
        "label": row.label,
        "start_date": f.day_text(row.start_date),
        "end_date": f.day_text(row.end_date),
        "framework_key": row.framework_key,
        "threshold": row.threshold,
        "blind": row.blind,
    }


def _ensure_uids(db: Database, partnership_key: str | int, round_label: str | None) -> None:
    """Rows made before ids existed get one (the schema upgrade gives every row one; this is a safety net)."""
    with db.reading() as session:
        partnership = find_partnership_row(session, partnership_key)
        rnd = find_round_row(session, partnership, round_label)
        missing = partnership.uid is None or rnd.uid is None
    if missing and not db.read_only:
        with db.transaction() as session:
            partnership = find_partnership_row(session, partnership_key)
            rnd = find_round_row(session, partnership, round_label)
            partnership.uid = partnership.uid or uuid.uuid4().hex
            rnd.uid = rnd.uid or uuid.uuid4().hex


LANGUAGES = ("en", "zh")
EMAIL_CAP = 254


def check_email(text: str) -> str:
    """A facilitator e-mail address as given (trimmed), or ExchangeError("bad_email"); "" stays "" (optional)."""
    text = (text or "").strip()
    if text and (len(text) > EMAIL_CAP or not re.fullmatch(r"[^@\s<>,;]+@[^@\s<>,;]+\.[^@\s<>,;]+", text)):
        raise ExchangeError("bad_email", value=text)
    return text


def build_invitation(
    key: crypto.FacilitatorKey,
    partnership: Partnership,
    rnd: Round,
    respondent: Respondent,
    language: str = "en",
    facilitator_email: str = "",
) -> dict[str, Any]:
    raw = fws.raw_for_key(rnd.framework_key)
    round_doc = _round_doc(rnd)
    round_doc["language"] = language if language in LANGUAGES else "en"
    facilitator = {"public_key": f.b64(key.public), "fingerprint": key.fingerprint}
    if facilitator_email:
        facilitator["email"] = facilitator_email
    doc = {
        "format": f.INVITATION_FORMAT,
        "format_version": f.VERSIONS[f.INVITATION_FORMAT],
        "note": NOTE,
        "issued_at": datetime.now().replace(microsecond=0).isoformat(),
        "partnership": _partnership_doc(partnership),
        "round": round_doc,
        "framework": {"key": rnd.framework_key, "sha256": fws.content_hash(raw), "content": raw},
        "respondent": {
            "uid": respondent.uid,
            "name": respondent.name,
            "side": respondent.side,
            "role": respondent.role,
        },
        "facilitator": facilitator,
        "respondent_secret": f.b64(
            crypto.respondent_secret(key, partnership.uid or "", rnd.uid or "", respondent.uid)
        ),
    }
    doc["checksum"] = f.sha256_hex(f.canonical(doc))
    return doc


MESSAGE_SUFFIX = ".txt"


def message_path(invitation_path: Path) -> Path:
    """Where the ready-to-send message of an invitation is written: beside it, same name, ``.txt``."""
    return invitation_path.with_suffix(MESSAGE_SUFFIX)


def invitation_message(
    file_name: str,
    name: str,
    partnership: str,
    round_label: str,
    key_short: str,
    facilitator_email: str = "",
    language: str = "en",
) -> str:
    """The e-mail text to send with one invitation, in Chinese and English (the round's language first): the
    file, what to do with it, how long it takes, where the answer goes and the key to compare by phone."""
    back_en = f"by e-mail to {facilitator_email}" if facilitator_email else "to me (reply to this e-mail)"
    back_zh = f"发送到 {facilitator_email}" if facilitator_email else "回复此邮件发给我"
    en = (
        f"Dear {name},\n\n"
        f"Attached is your personal invitation to the partnership health assessment of “{partnership}”, "
        f"round {round_label}: {file_name}\n\n"
        "1. Save the attachment, then double-click it: HealthDesk opens it (install HealthDesk first if you "
        "have not).\n"
        "2. Answer the questions: it takes about ten minutes, offline, and everything is saved as you go.\n"
        "3. After Submit, HealthDesk saves your response file next to the invitation and shows where. Send "
        f"that response file back {back_en}.\n\n"
        f"HealthDesk shows my facilitator key, {key_short}. If you want to be sure the invitation comes from me, "
        "call me and compare it.\n\n"
        "The invitation is meant for you alone: please do not forward it."
    )
    zh = (
        f"{name}，您好：\n\n"
        f"附件是您参加“{partnership}”合作关系健康评估（{round_label}）的个人邀请：{file_name}\n\n"
        "1. 保存附件后双击打开，HealthDesk 会打开它（如尚未安装，请先安装 HealthDesk）。\n"
        "2. 回答问题：大约需要十分钟，无需联网，每个回答都会自动保存。\n"
        f"3. 点击“提交”后，HealthDesk 会把答卷文件保存在邀请文件旁边并显示位置。请把答卷文件{back_zh}。\n\n"
        f"HealthDesk 会显示我的主持人密钥：{key_short}。如果您想确认邀请确实来自我，请打电话与我核对。\n\n"
        "此邀请仅供您本人使用，请勿转发。"
    )
    first, second = (zh, en) if language == "zh" else (en, zh)
    return f"{first}\n\n----------------------------------------\n\n{second}\n"


def export_invitations(
    db: Database,
    partnership_key: str | int,
    round_label: str | None,
    out_dir: str | Path,
    respondent_uids: list[str] | None = None,
    include_submitted: bool = False,
    language: str = "en",
    facilitator_email: str = "",
    progress: Callable[[int, int], None] | None = None,
    stop: Callable[[], bool] | None = None,
) -> list[InvitationFile]:
    """Write one invitation per respondent of the round (or those in ``respondent_uids``) into ``out_dir``.
    Respondents who already submitted are left out unless named or ``include_submitted`` (a second answer
    from them would arrive as a conflict).
    Makes the data folder's facilitator key the first time. Each file is written atomically, readable by the
    user only (it holds the respondent's secret). ``language`` ("en"/"zh") is the round's language the
    respondent's app starts in; ``facilitator_email`` (optional) is where the response file goes back.
    Beside each invitation a ``.txt`` holds the ready-to-send message (``invitation_message``).
    ``progress(done, total)`` is told after each file; when ``stop()`` says so the writing ends between two
    files and the ones written so far are returned."""
    folder = Path(out_dir).expanduser()
    if language not in LANGUAGES:
        raise ValidationError(
            "invalid_choice", field="language", choices=", ".join(LANGUAGES), value=language
        )
    facilitator_email = check_email(facilitator_email)
    if folder.exists() and not folder.is_dir():
        raise ExchangeError("not_a_folder", path=str(folder))
    _ensure_uids(db, partnership_key, round_label)
    key = crypto.ensure_key(db.paths.root)
    docs: list[tuple[str, dict[str, Any], InvitationFile]] = []
    with db.reading() as session:
        partnership = find_partnership_row(session, partnership_key)
        rnd = find_round_row(session, partnership, round_label)
        if rnd.status == "closed":
            raise ValidationError("round_status", label=rnd.label, status=rnd.status, action="invite")
        people = [r for r in rnd.respondents if respondent_uids is None or r.uid in respondent_uids]
        if respondent_uids is None and not include_submitted:
            people = [r for r in people if r.response is None or r.response.status != "submitted"]
        if respondent_uids is not None:
            unknown = sorted(set(respondent_uids) - {r.uid for r in people})
            if unknown:
                raise ExchangeError("unknown_respondent", uid=unknown[0])
        if not people:
            raise ExchangeError("nothing_to_invite", label=rnd.label)
        base = f"{_safe_name(partnership.code)}-{_safe_name(rnd.label)}"
        used: set[str] = set()
        for person in sorted(people, key=lambda r: (r.side, r.name.casefold(), r.id)):
            name = f"{base}-{person.side}-{_safe_name(person.name)}"
            if name.casefold() in used:
                name = f"{name}-{person.uid[:6]}"
            used.add(name.casefold())
            path = folder / (name + f.INVITATION_SUFFIX)
            info = InvitationFile(path, person.uid, person.name, person.side)
            doc = build_invitation(key, partnership, rnd, person, language, facilitator_email)
            docs.append((name, doc, info))
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        from ..models.db import classify_os_error

        raise classify_os_error(exc, folder) from exc
    written: list[InvitationFile] = []
    for _name, doc, info in docs:
        if progress is not None:
            progress(len(written), len(docs))
        if stop is not None and stop():
            break
        atomic_write(info.path, f.pretty(doc), private=True)
        message = invitation_message(
            info.path.name,
            info.name,
            doc["partnership"]["name"],
            doc["round"]["label"],
            key.short,
            facilitator_email,
            language,
        )
        text_path = message_path(info.path)
        atomic_write(text_path, message.replace("\n", os.linesep), private=True)
        written.append(replace(info, message=message, message_file=text_path))
    if progress is not None and len(written) == len(docs):
        progress(len(written), len(docs))
    log.info("wrote %d invitation(s) to %s", len(written), folder)
    return written


# -- reading ---------------------------------------------------------------------------------------------------


def read_invitation(data: bytes) -> Invitation:
    """Check an invitation strictly: format and version, checksum, every field, the framework by content."""
    doc = f.load_document(data, f.INVITATION_FORMAT, f.MAX_INVITATION_BYTES)
    top = f.Fields(doc, "", TOP_FIELDS)
    declared = top.hex64("checksum")
    body = {k: v for k, v in doc.items() if k != "checksum"}
    if f.sha256_hex(f.canonical(body)) != declared:
        raise ExchangeError("checksum")
    issued = top.moment("issued_at")
    p = top.sub(
        "partnership",
        {
            "uid",
            "name",
            "code",
            "type",
            "partner_a_name",
            "partner_a_name_alt",
            "partner_a_label",
            "partner_b_name",
            "partner_b_name_alt",
            "partner_b_label",
        },
    )
    partnership = {
        "uid": p.uid("uid"),
        "name": p.text("name", v.NAME_CAP, allow_empty=False).strip(),
        "code": p.text("code", v.CODE_CAP, allow_empty=False).strip(),
        "type": p.choice("type", PARTNERSHIP_TYPES),
        "partner_a_name": p.text("partner_a_name", v.NAME_CAP, allow_empty=False).strip(),
        "partner_a_name_alt": p.opt_text("partner_a_name_alt", v.NAME_CAP).strip(),
        "partner_a_label": p.text("partner_a_label", v.LABEL_CAP, allow_empty=False).strip(),
        "partner_b_name": p.text("partner_b_name", v.NAME_CAP, allow_empty=False).strip(),
        "partner_b_name_alt": p.opt_text("partner_b_name_alt", v.NAME_CAP).strip(),
        "partner_b_label": p.text("partner_b_label", v.LABEL_CAP, allow_empty=False).strip(),
    }
    r = top.sub(
        "round", {"uid", "label", "start_date", "end_date", "framework_key", "threshold", "blind", "language"}
    )
    rnd = {
        "uid": r.uid("uid"),
        "label": r.text("label", v.ROUND_LABEL_CAP, allow_empty=False).strip(),
        "start_date": r.day("start_date"),
        "end_date": r.day("end_date", required=False),
        "framework_key": r.text("framework_key", 120, allow_empty=False),
        "threshold": r.integer("threshold", 1, 50),
        "blind": r.boolean("blind"),
    }
    if rnd["end_date"] is not None and rnd["end_date"] < rnd["start_date"]:
        raise bad("round.end_date", "is before the start date")
    fw_fields = top.sub("framework", {"key", "sha256", "content"})
    fw_hash = fw_fields.hex64("sha256")
    fw_raw = fw_fields.raw("content")
    framework = fws.check_framework(fw_raw, fw_hash, "framework.content")
    if framework.key != fw_fields.text("key", 120) or framework.key != rnd["framework_key"]:
        raise ExchangeError("wrong_framework", found=framework.key, expected=rnd["framework_key"])
    who = top.sub("respondent", {"uid", "name", "side", "role"})
    respondent = {
        "uid": who.uid("uid"),
        "name": who.text("name", v.NAME_CAP, allow_empty=False).strip(),
        "side": who.choice("side", SIDES),
        "role": who.opt_text("role", v.NAME_CAP).strip(),
    }
    language = r.choice("language", LANGUAGES) if r.raw("language", required=False) is not None else ""
    fac = top.sub("facilitator", {"public_key", "fingerprint", "email"})
    email = fac.opt_text("email", EMAIL_CAP).strip()
    try:
        email = check_email(email)
    except ExchangeError:
        raise bad("facilitator.email", "is not an e-mail address") from None
    public = fac.binary("public_key", crypto.KEY_BYTES)
    if crypto.fingerprint(public) != fac.hex64("fingerprint"):
        raise bad("facilitator.fingerprint", "does not match the public key")
    secret = top.binary("respondent_secret", crypto.SECRET_BYTES)
    if not isinstance(doc.get("note", {}), dict | str):
        raise bad("note", "must be text")
    return Invitation(
        issued_at=issued,
        partnership=partnership,
        round=rnd,
        framework=framework,
        framework_raw=fw_raw,
        framework_hash=fw_hash,
        respondent=respondent,
        facilitator_public=public,
        facilitator_fingerprint=crypto.fingerprint(public),
        secret=secret,
        language=language,
        facilitator_email=email,
    )


# -- opening on the respondent's laptop ------------------------------------------------------------------------


def _unique_partnership_fields(session: Session, name: str, code: str) -> tuple[str, str]:
    """The invitation's name and code, or free variants when a different partnership here already uses them."""

    def taken(n: str, c: str) -> bool:
        return (
            session.scalar(select(Partnership.id).where(Partnership.name_key == n.casefold())) is not None
            or session.scalar(select(Partnership.id).where(func.lower(Partnership.code) == c.lower()))
            is not None
        )

    if not taken(name, code):
        return name, code
    for n in range(2, 1000):
        suffix = f" ({n})"
        new_name = name[: v.NAME_CAP - len(suffix)] + suffix
        new_code = f"{code[: v.CODE_CAP - len(str(n)) - 1]}-{n}"
        if not taken(new_name, new_code):
            return new_name, new_code
    raise ExchangeError("partnership_clash", name=name, code=code)


def _mark(inv: Invitation, path: str | Path | None = None) -> str:
    return json.dumps(
        {
            "partnership_uid": inv.partnership["uid"],
            "round_uid": inv.round["uid"],
            "respondent_uid": inv.respondent["uid"],
            "facilitator_public_key": f.b64(inv.facilitator_public),
            "facilitator_fingerprint": inv.facilitator_fingerprint,
            "respondent_secret": f.b64(inv.secret),
            "framework_key": inv.framework.key,
            "framework_sha256": inv.framework_hash,
            "opened_at": datetime.now().replace(microsecond=0).isoformat(),
            "language": inv.language,
            "facilitator_email": inv.facilitator_email,
            "invitation_path": str(Path(path).absolute()) if path else "",
        },
        ensure_ascii=False,
    )


def read_mark(session: Session, respondent_uid: str) -> InvitationMark | None:
    row = session.get(AppSetting, MARK_PREFIX + respondent_uid)
    if row is None:
        return None
    try:
        doc = json.loads(row.value)
        fields = f.Fields(doc, "invitation mark")
        return InvitationMark(
            respondent_uid=respondent_uid,
            partnership_uid=fields.uid("partnership_uid") or "",
            round_uid=fields.uid("round_uid") or "",
            facilitator_public=fields.binary("facilitator_public_key", crypto.KEY_BYTES),
            facilitator_fingerprint=fields.hex64("facilitator_fingerprint"),
            secret=fields.binary("respondent_secret", crypto.SECRET_BYTES),
            framework_key=fields.text("framework_key", 120),
            framework_hash=fields.hex64("framework_sha256"),
            opened_at=fields.text("opened_at", 40),
            language=fields.opt_text("language", 8),
            facilitator_email=fields.opt_text("facilitator_email", EMAIL_CAP),
            invitation_path=fields.opt_text("invitation_path", 4096),
        )
    except (ValueError, ExchangeError) as exc:
        log.warning("invitation mark of %s unreadable: %s", respondent_uid, exc)
        return None


def invited_respondent_uids(db: Database) -> set[str]:
    """Respondents in this database that came from an invitation."""
    with db.reading() as session:
        keys = session.scalars(select(AppSetting.key).where(AppSetting.key.like(MARK_PREFIX + "%"))).all()
    return {k[len(MARK_PREFIX) :] for k in keys}


def open_invitation(db: Database, path: str | Path) -> OpenedInvitation:
    """Open an invitation file in this data folder: check it, then (one transaction, after a backup when the
    database already holds data) add the partnership, round and respondent with the invitation's ids, or find
    them when they are here already. Opening the same invitation again changes nothing and returns the same
    respondent."""
    inv = read_invitation(f.read_capped(path, f.MAX_INVITATION_BYTES))
    return open_checked_invitation(db, inv, path)


def open_checked_invitation(
    db: Database, inv: Invitation, path: str | Path | None = None
) -> OpenedInvitation:
    own_key = crypto.load_key(db.paths.root)
    own = own_key is not None and own_key.fingerprint == inv.facilitator_fingerprint
    p_doc, r_doc, who = inv.partnership, inv.round, inv.respondent
    opened: OpenedInvitation | None = None
    moved = False
    with db.reading() as session:
        existing = session.scalar(select(Respondent).where(Respondent.uid == who["uid"]))
        if existing is not None:
            _check_same_round(existing, inv)
            mark = read_mark(session, who["uid"])
            up_to_date = own or (
                mark is not None
                and mark.secret == inv.secret
                and mark.facilitator_public == inv.facilitator_public
            )
            if up_to_date:
                opened = _opened(existing, created=False, own=own, inv=inv)
                moved = (
                    path is not None
                    and mark is not None
                    and mark.invitation_path != str(Path(path).absolute())
                )
        elif own:
            raise ExchangeError("unknown_respondent", uid=who["uid"])
        has_data = session.scalar(select(func.count(Partnership.id))) or 0
    if opened is not None:
        fws.register(inv.framework, inv.framework_raw)
        if moved and not db.read_only:  # remember where the invitation is now: the response goes beside it
            with db.transaction() as session:
                row = session.get(AppSetting, MARK_PREFIX + who["uid"])
                if row is not None:
                    row.value = _mark(inv, path)
        return opened
    if has_data:
        take_backup(db, reason="before-invitation")
    with db.transaction() as session:
        fws.store(session, inv.framework, inv.framework_raw)
        partnership = session.scalar(select(Partnership).where(Partnership.uid == p_doc["uid"]))
        created = False
        if partnership is None:
            name, code = _unique_partnership_fields(session, p_doc["name"], p_doc["code"])
            partnership = Partnership(
                uid=p_doc["uid"],
                name=name,
                name_key=name.casefold(),
                code=code,
                type=p_doc["type"],
                partner_a_name=p_doc["partner_a_name"],
                partner_a_name_alt=p_doc["partner_a_name_alt"],
                partner_a_label=p_doc["partner_a_label"],
                partner_b_name=p_doc["partner_b_name"],
                partner_b_name_alt=p_doc["partner_b_name_alt"],
                partner_b_label=p_doc["partner_b_label"],
                description="",
            )
            session.add(partnership)
            session.flush()
            created = True
        rnd = session.scalar(select(Round).where(Round.uid == r_doc["uid"]))
        if rnd is None:
            label = r_doc["label"]
            n = 2
            while session.scalar(
                select(Round.id).where(Round.partnership_id == partnership.id, Round.label == label)
            ):
                suffix = f" ({n})"
                label = r_doc["label"][: v.ROUND_LABEL_CAP - len(suffix)] + suffix
                n += 1
            rnd = Round(
                partnership_id=partnership.id,
                uid=r_doc["uid"],
                label=label,
                start_date=r_doc["start_date"],
                end_date=r_doc["end_date"],
                framework_key=inv.framework.key,
                status="open",
                threshold=r_doc["threshold"],
                threshold_note="" if r_doc["threshold"] >= 3 else "set by the facilitator",
                blind=r_doc["blind"],
            )
            session.add(rnd)
            session.flush()
            created = True
        elif rnd.partnership_id != partnership.id:
            raise ExchangeError("uid_clash", kind="round", uid=r_doc["uid"])
        respondent = session.scalar(select(Respondent).where(Respondent.uid == who["uid"]))
        if respondent is None:
            name = who["name"]
            n = 2
            while session.scalar(
                select(Respondent.id).where(
                    Respondent.round_id == rnd.id, Respondent.name == name, Respondent.side == who["side"]
                )
            ):
                name = f"{who['name'][: v.NAME_CAP - 6]} ({n})"
                n += 1
            respondent = Respondent(
                round_id=rnd.id, uid=who["uid"], name=name, side=who["side"], role=who["role"]
            )
            session.add(respondent)
            session.flush()
            created = True
        else:
            _check_same_round(respondent, inv)
        if not own:
            key = MARK_PREFIX + who["uid"]
            row = session.get(AppSetting, key)
            if row is None:
                session.add(AppSetting(key=key, value=_mark(inv, path)))
            else:
                row.value = _mark(inv, path)
        session.flush()
        result = _opened(respondent, created=created, own=own, inv=inv)
    fws.register(inv.framework, inv.framework_raw)
    log.info("opened the invitation of respondent %s (created: %s)", who["uid"], created)
    return result


def _check_same_round(respondent: Respondent, inv: Invitation) -> None:
    rnd = respondent.round
    if rnd.uid != inv.round["uid"]:
        raise ExchangeError("uid_clash", kind="respondent", uid=inv.respondent["uid"])
    if rnd.partnership.uid != inv.partnership["uid"]:
        raise ExchangeError("uid_clash", kind="round", uid=inv.round["uid"])


def _opened(respondent: Respondent, created: bool, own: bool, inv: Invitation) -> OpenedInvitation:
    rnd = respondent.round
    return OpenedInvitation(
        respondent_id=respondent.id,
        round_id=rnd.id,
        partnership_id=rnd.partnership_id,
        respondent_name=respondent.name,
        partnership_name=rnd.partnership.name,
        round_label=rnd.label,
        created=created,
        own=own,
        facilitator_fingerprint=inv.facilitator_fingerprint,
        language=inv.language,
        facilitator_email=inv.facilitator_email,
    )


def invitation_summary(inv: Invitation) -> dict[str, Any]:
    """What a screen shows before opening: who, which partnership and round, which facilitator key."""
    return {
        "respondent": inv.respondent["name"],
        "side": inv.respondent["side"],
        "partnership": inv.partnership["name"],
        "round": inv.round["label"],
        "start_date": inv.round["start_date"],
        "framework": inv.framework.key,
        "facilitator": crypto.short_fingerprint(inv.facilitator_fingerprint),
    }
