"""Framework versions travelling with invitations and histories.

An invitation carries the round's whole framework file, so the respondent's laptop needs no matching install. It
is checked by content: its SHA-256 (over the canonical JSON) must match the one declared, it must parse as a
framework, its key (``id@version``) must be the round's, and when a framework with the same key is installed
here its content must be the same (a changed framework must get a new version, or trends would compare
different questions).

A framework that came with a file is kept in the database (``app_setting`` rows ``exchange.framework:<hash>``)
and registered with the framework loader, so the walk-through and the scoring find it by key
(``register_stored_frameworks`` runs when the exchange is used and when ``install_actions`` attaches the UI).
"""

from __future__ import annotations

import json
import logging
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from .. import framework as framework_module
from .. import strictjson
from ..errors import HealthDeskError
from ..framework import Framework, parse_framework
from ..models.db import Database
from ..models.entities import AppSetting
from . import formats as f
from .errors import ExchangeError, bad

log = logging.getLogger(__name__)

SETTING_PREFIX = "exchange.framework:"


def content_hash(raw: dict[str, Any]) -> str:
    return f.sha256_hex(f.canonical(raw))


def installed_raw(key: str) -> dict[str, Any] | None:
    """The raw JSON of the installed framework ``key`` (None when not installed or not from a file)."""
    fw = framework_module.find_framework(key)
    if fw is None:
        return None
    if fw.path is None:
        return getattr(fw, "_exchange_raw", None)
    try:
        return strictjson.loads(fw.path.read_bytes(), max_bytes=framework_module.MAX_FRAMEWORK_BYTES)
    except (OSError, strictjson.StrictJSONError):
        return None


def raw_for_key(key: str) -> dict[str, Any]:
    """The raw framework JSON for an invitation or history (the installed one, or one that came with a file)."""
    raw = installed_raw(key)
    if raw is None:
        raise HealthDeskError("unknown_framework", version=key)
    return raw


def check_framework(raw: Any, declared_hash: str | None, where: str = "framework") -> Framework:
    """Validate a framework that came in a file; returns it (not yet registered)."""
    if not isinstance(raw, dict):
        raise bad(where, "must be an object")
    actual = content_hash(raw)
    if declared_hash is not None and actual != declared_hash:
        raise ExchangeError("checksum")
    try:
        fw = parse_framework(raw)
    except HealthDeskError as exc:
        raise bad(where, f"is not a valid framework ({exc.params.get('reason', exc.code)})") from None
    installed = installed_raw(fw.key)
    if installed is not None and content_hash(installed) != actual:
        raise ExchangeError("framework_mismatch", key=fw.key)
    return fw


def register(fw: Framework, raw: dict[str, Any]) -> None:
    if framework_module.find_framework(fw.key) is None:
        object.__setattr__(fw, "_exchange_raw", raw)  # frozen dataclass: keep the raw JSON beside it
        framework_module.register_framework(fw)
        log.info("framework %s registered from an exchange file", fw.key)


def store(session: Session, fw: Framework, raw: dict[str, Any]) -> None:
    """Keep a framework that came with a file in the database (once per content)."""
    current = framework_module.find_framework(fw.key)
    if current is not None and current.path is not None:
        return  # installed with HealthDesk: nothing to keep
    key = SETTING_PREFIX + content_hash(raw)[:40]
    if session.get(AppSetting, key) is None:
        session.add(
            AppSetting(key=key, value=json.dumps({"key": fw.key, "content": raw}, ensure_ascii=False))
        )


def register_stored_frameworks(db: Database) -> list[str]:
    """Register the frameworks kept in this database; returns their keys. Never fails: a kept framework that
    cannot be read is logged and skipped."""
    keys = []
    try:
        with db.reading() as session:
            rows = session.scalars(select(AppSetting).where(AppSetting.key.like(SETTING_PREFIX + "%"))).all()
            values = [row.value for row in rows]
    except HealthDeskError:
        return keys
    for value in values:
        try:
            doc = strictjson.loads(value, max_bytes=framework_module.MAX_FRAMEWORK_BYTES)
            fw = check_framework(doc["content"], None)
        except (HealthDeskError, strictjson.StrictJSONError, KeyError, TypeError) as exc:
            log.warning("kept framework could not be registered: %s", exc)
            continue
        register(fw, doc["content"])
        keys.append(fw.key)
    return keys


def hash_for_key(key: str) -> str | None:
    raw = installed_raw(key)
    return None if raw is None else content_hash(raw)
