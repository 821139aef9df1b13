"""A round's key messages: up to five short bullets per language (English and Chinese, each optional) that the
facilitator writes for the JMC review. They are printed above the generated diagnosis on the review's summary
page. Stored with the round (``Round.key_messages``, JSON); writing them does not change the round's results
(``models.versions.NOT_RESULTS``), so they can be written on a closed round.

The rules (``validation.check_key_messages``) are the same for the screens, the command line and history files.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Mapping

from ..errors import ValidationError
from ..models.db import Database
from ..models.entities import Round
from . import validation as v
from .rounds import _round_row

log = logging.getLogger(__name__)

KeyMessages = dict[str, tuple[str, ...]]


def encode_key_messages(messages: Mapping[str, tuple[str, ...] | list[str]]) -> str:
    """The stored JSON of checked key messages (languages without bullets left out)."""
    return json.dumps({k: list(b) for k, b in messages.items() if b}, ensure_ascii=False, sort_keys=True)


def decode_key_messages(raw: str | None) -> KeyMessages:
    """The key messages stored in a round; a value that does not decode or break the rules reads as none (and
    is logged), so a round can always be shown."""
    if not raw:
        return {}
    try:
        return v.check_key_messages(json.loads(raw))
    except (ValueError, ValidationError) as exc:
        log.warning("ignoring unreadable key messages %r: %s", raw[:80], exc)
        return {}


def row_key_messages(row: Round) -> KeyMessages:
    return decode_key_messages(row.key_messages)


def get_key_messages(db: Database, round_id: int) -> KeyMessages:
    with db.reading() as session:
        return row_key_messages(_round_row(session, round_id))


def set_key_messages(db: Database, round_id: int, messages: Mapping[str, object]) -> KeyMessages:
    """Replace the round's key messages (a language left out, or given no bullets, is cleared). Raises
    ValidationError and changes nothing when a rule is broken."""
    checked = v.check_key_messages(messages)
    with db.transaction() as session:
        row = _round_row(session, round_id)
        row.key_messages = encode_key_messages(checked)
    return checked


def parse_key_messages_text(text: str) -> dict[str, list[str]]:
    """Key messages written as plain text: one bullet per line; a line ``[en]`` or ``[zh]`` starts that
    language's bullets (before any such line: English); blank lines are skipped and a leading "- ", "* " or
    "• " is taken off. The result still has to pass ``validation.check_key_messages``."""
    out: dict[str, list[str]] = {}
    lang = "en"
    for line in text.splitlines():
        stripped = line.strip()
        if stripped.lower() in ("[en]", "[zh]"):
            lang = stripped.lower()[1:3]
            out.setdefault(lang, [])
            continue
        for mark in ("- ", "* ", "• "):
            if stripped.startswith(mark):
                stripped = stripped[len(mark) :].strip()
                break
        if stripped:
            out.setdefault(lang, []).append(stripped)
    return out


def parse_key_messages_file(data: bytes) -> dict[str, object]:
    """A key-messages file: a JSON object ``{"en": [...], "zh": [...]}``, or plain text
    (:func:`parse_key_messages_text`). UTF-8 (a byte-order mark is allowed)."""
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise ValidationError("key_messages_format", reason="the file is not UTF-8 text") from None
    if text.lstrip().startswith("{"):
        try:
            raw = json.loads(text)
        except ValueError as exc:
            raise ValidationError("key_messages_format", reason=f"not valid JSON ({exc})") from None
        if not isinstance(raw, dict):
            raise ValidationError("key_messages_format", reason="not an object")
        return raw
    return dict(parse_key_messages_text(text))
