"""Helpers for the exchange tests: a facilitator folder with a round, respondents' folders, sealed files.

(Named test_exchange_* so it belongs with the exchange tests; it holds no tests itself.)
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from healthdesk.exchange import crypto
from healthdesk.exchange import formats as f
from healthdesk.framework import default_framework
from healthdesk.models.db import Database
from healthdesk.services import exchange, responses, rounds
from tests.builders import make_partnership


def dump(db: Database) -> str:
    """Everything in the database, as SQL text: equal dumps mean nothing changed."""
    return "\n".join(db.raw_connection().iterdump())


def response_dump(db: Database) -> list[tuple]:
    """What the responses hold (not when they were imported): for order-independence checks."""
    raw = db.raw_connection()
    return raw.execute(
        "SELECT r.name, s.status, s.comment, s.submission_id, a.indicator_id, a.score, a.not_applicable, "
        "a.problem FROM respondent r JOIN response s ON s.respondent_id = r.id "
        "LEFT JOIN answer a ON a.response_id = s.id ORDER BY r.name, a.indicator_id"
    ).fetchall()


@dataclass
class Setup:
    """A facilitator's folder with one open round and its invitations written."""

    root: Path
    fac: Database
    partnership_id: int
    round_id: int
    respondents: dict[str, Any]  # name -> RespondentInfo
    invitations: dict[str, Path]  # name -> invitation file
    opened: list[Database] = field(default_factory=list)

    def respondent_db(self, name: str) -> tuple[Database, int]:
        """A new data folder for ``name`` with their invitation opened; returns (db, respondent id there)."""
        db = Database.open(self.root / f"laptop-{len(self.opened)}")
        self.opened.append(db)
        opened = exchange.open_invitation(db, self.invitations[name])
        return db, opened.respondent_id

    def close(self) -> None:
        for db in self.opened:
            db.close()
        self.fac.close()


def make_setup(
    root: Path,
    names: tuple[tuple[str, str], ...] = (("Li Wei", "A"), ("王芳", "B")),
    threshold: int = 3,
    framework_key: str | None = None,
) -> Setup:
    fac = Database.open(root / "facilitator")
    p = make_partnership(fac)
    kwargs: dict[str, Any] = {"threshold": threshold}
    if threshold < 3:
        kwargs["threshold_note"] = "small test round"
    if framework_key:
        kwargs["framework_key"] = framework_key
    rnd = rounds.create_round(fac, p.id, "2025 H1", date(2025, 1, 15), **kwargs)
    people = {name: rounds.add_respondent(fac, rnd.id, name, side, "Executive") for name, side in names}
    files = exchange.export_invitations(fac, p.id, "2025 H1", root / "invitations")
    by_uid = {item.respondent_uid: item.path for item in files}
    invitations = {name: by_uid[info.uid] for name, info in people.items()}
    return Setup(root, fac, p.id, rnd.id, people, invitations)


def answer(
    db: Database, respondent_id: int, scores: dict[str, Any] | int, problem: str | None = None
) -> None:
    for ind in default_framework().indicators:
        value = scores.get(ind.id, 3) if isinstance(scores, dict) else scores
        responses.record_answer(db, respondent_id, ind.id, value, problem)


def read_doc(path: Path) -> dict[str, Any]:
    return json.loads(path.read_text(encoding="utf-8"))


def write_doc(path: Path, doc: dict[str, Any]) -> Path:
    path.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    return path


def reseal(setup: Setup, respondent_uid: str, payload: dict[str, Any] | bytes, out: Path) -> Path:
    """A response file for ``respondent_uid`` with any content, sealed correctly (as a respondent holding the
    invitation could make it): tests what the importer does with well-sealed but wrong content."""
    key = crypto.load_key(setup.fac.paths.root)
    with setup.fac.reading() as session:
        from sqlalchemy import select

        from healthdesk.models.entities import Respondent

        who = session.scalar(select(Respondent).where(Respondent.uid == respondent_uid))
        p_uid, r_uid = who.round.partnership.uid, who.round.uid
    secret = crypto.respondent_secret(key, p_uid, r_uid, respondent_uid)
    header = {
        "format": f.RESPONSE_FORMAT,
        "format_version": 1,
        "partnership_uid": p_uid,
        "round_uid": r_uid,
        "respondent_uid": respondent_uid,
        "facilitator_key": key.fingerprint,
    }
    plaintext = payload if isinstance(payload, bytes) else json.dumps(payload).encode("ascii")
    header, ciphertext = crypto.seal(key.public, secret, header, plaintext)
    out.write_bytes(f.pretty(dict(header, ciphertext=f.b64(ciphertext))))
    return out


def open_payload(setup: Setup, path: Path) -> dict[str, Any]:
    """The decrypted content of a response file (with the facilitator's key)."""
    doc = read_doc(path)
    key = crypto.load_key(setup.fac.paths.root)
    header = {k: v for k, v in doc.items() if k != "ciphertext"}
    secret = crypto.respondent_secret(key, doc["partnership_uid"], doc["round_uid"], doc["respondent_uid"])
    import base64

    return json.loads(crypto.unseal(key, secret, header, base64.b64decode(doc["ciphertext"])))
