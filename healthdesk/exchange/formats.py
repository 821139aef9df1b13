"""File formats of the offline exchange (documented in ``docs/formats/``) and the strict reading they share.

Every file HealthDesk did not write in this very process is untrusted: it is read up to a size cap (never
extracted anywhere), parsed with ``healthdesk.strictjson`` (no duplicate keys, no NaN, bounded depth), and every
field is checked for type, length and domain before anything uses it. A reader meets these errors only as
``ExchangeError`` with a reason, never as a crash.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import json
import os
import re
import stat
from datetime import date, datetime
from pathlib import Path
from typing import Any

from .. import strictjson
from .errors import ExchangeError, bad

# Formats and the newest version of each this HealthDesk reads and writes.
INVITATION_FORMAT = "healthdesk-invitation"
RESPONSE_FORMAT = "healthdesk-response"
PAYLOAD_FORMAT = "healthdesk-response-content"
HISTORY_FORMAT = "healthdesk-history"
KEY_FORMAT = "healthdesk-facilitator-key"
VERSIONS = {INVITATION_FORMAT: 2, RESPONSE_FORMAT: 1, PAYLOAD_FORMAT: 1, HISTORY_FORMAT: 3, KEY_FORMAT: 1}
# History version 2 (HealthDesk with round sharing) adds ``rounds[].share_when_closed``; version 1 files still import.
KIND_NAMES = {
    INVITATION_FORMAT: "invitation",
    RESPONSE_FORMAT: "response file",
    PAYLOAD_FORMAT: "response content",
    HISTORY_FORMAT: "partnership history",
    KEY_FORMAT: "facilitator key",
    "healthdesk-framework": "framework",
}

# File name endings (the content is JSON; the endings let a desktop open them with HealthDesk).
INVITATION_SUFFIX = ".hdinvite"
RESPONSE_SUFFIX = ".hdresponse"
HISTORY_SUFFIX = ".json"

# Size caps: ten indicators with 5,000-character texts make a response file of about 250 KB.
MAX_INVITATION_BYTES = 4_000_000
MAX_RESPONSE_BYTES = 2_000_000
MAX_PAYLOAD_BYTES = 1_500_000
MAX_HISTORY_BYTES = 64_000_000
MAX_KEY_BYTES = 10_000

UID_RE = re.compile(r"^[A-Za-z0-9_-]{8,40}$")
HEX64_RE = re.compile(r"^[0-9a-f]{64}$")


def canonical(value: Any) -> bytes:
    """The one byte form used for hashes and authenticated data: sorted keys, no spaces, UTF-8."""
    return json.dumps(
        value, sort_keys=True, separators=(",", ":"), ensure_ascii=False, allow_nan=False
    ).encode("utf-8")


def pretty(value: Any) -> bytes:
    """A readable file body (what is written to disk)."""
    return (json.dumps(value, indent=1, ensure_ascii=False, allow_nan=False) + "\n").encode("utf-8")


def sha256_hex(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _kind_of(mode: int) -> str:
    if stat.S_ISDIR(mode):
        return "a folder"
    if stat.S_ISFIFO(mode):
        return "a pipe (FIFO)"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device"
    if stat.S_ISSOCK(mode):
        return "a socket"
    return "not a regular file"


def check_regular_file(path: str | os.PathLike[str]) -> Path:
    """``path`` if it is a regular file (a link to one is fine), else an ExchangeError that says what it is.
    Importers call this before they take the writer lock: reading a pipe or a device never ends."""
    target = Path(path)
    try:
        mode = os.stat(target).st_mode
    except OSError as exc:
        raise ExchangeError("file_unreadable", path=str(target), reason=exc.strerror or str(exc)) from exc
    if not stat.S_ISREG(mode):
        raise ExchangeError("not_a_file", path=str(target), kind=_kind_of(mode))
    return target


def read_capped(path: str | os.PathLike[str], limit: int) -> bytes:
    """The bytes of ``path`` (at most ``limit``), or an ExchangeError: a size cap before anything is parsed.
    Only a regular file is read: a pipe, a device or a folder is refused without reading (never hangs)."""
    target = check_regular_file(path)
    try:
        # Non-blocking open: should the path have become a pipe since the check, opening it does not wait.
        fd = os.open(target, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0))
    except OSError as exc:
        raise ExchangeError("file_unreadable", path=str(target), reason=exc.strerror or str(exc)) from exc
    try:
        mode = os.fstat(fd).st_mode
        if not stat.S_ISREG(mode):
            raise ExchangeError("not_a_file", path=str(target), kind=_kind_of(mode))
        with os.fdopen(fd, "rb", closefd=True) as handle:
            fd = -1
            data = handle.read(limit + 1)
    except OSError as exc:
        raise ExchangeError("file_unreadable", path=str(target), reason=exc.strerror or str(exc)) from exc
    finally:
        if fd >= 0:
            os.close(fd)
    if len(data) > limit:
        try:
            size = target.stat().st_size
        except OSError:
            size = len(data)
        raise ExchangeError("file_too_large", size=size, limit=limit)
    return data


def load_document(data: bytes, expected: str, limit: int) -> dict[str, Any]:
    """Parse strictly and check ``format`` / ``format_version``; returns the top-level object."""
    kind = KIND_NAMES[expected]
    if len(data) > limit:
        raise ExchangeError("file_too_large", size=len(data), limit=limit)
    try:
        doc = strictjson.loads(data, max_bytes=limit)
    except strictjson.StrictJSONError as exc:
        raise ExchangeError("not_healthdesk", expected=kind, reason=str(exc)[:200]) from None
    if not isinstance(doc, dict):
        raise ExchangeError("not_healthdesk", expected=kind, reason="the top level is not an object")
    found = doc.get("format")
    if found != expected:
        if isinstance(found, str) and found in KIND_NAMES:
            raise ExchangeError("wrong_kind", found=KIND_NAMES[found], expected=kind)
        raise ExchangeError("not_healthdesk", expected=kind, reason="no HealthDesk format name")
    version = doc.get("format_version")
    if isinstance(version, bool) or not isinstance(version, int) or version < 1:
        raise bad("format_version", "must be a whole number of at least 1")
    if version > VERSIONS[expected]:
        raise ExchangeError("future_format", kind=kind, found=version, known=VERSIONS[expected])
    return doc


def sniff_kind(path: str | os.PathLike[str]) -> str | None:
    """Which HealthDesk format a file holds (its ``format`` value), reading only its first bytes; None when it is
    not a HealthDesk file. For routing a dropped file to the right importer; the importer checks it fully."""
    try:
        check_regular_file(path)  # a pipe or a device would never end
        with open(path, "rb") as handle:
            head = handle.read(4096).decode("utf-8-sig", errors="replace")
    except (OSError, ExchangeError):
        return None
    match = re.search(r'"format"\s*:\s*"([a-z-]{1,40})"', head)
    if match and match.group(1) in KIND_NAMES:
        return match.group(1)
    return None


# -- typed fields ----------------------------------------------------------------------------------------------


class Fields:
    """Read the fields of one JSON object with clear refusals: ``Fields(obj, "round").text("label", 60)``."""

    def __init__(self, value: Any, where: str, allowed: set[str] | None = None):
        if not isinstance(value, dict):
            raise bad(where, "must be an object")
        self.obj = value
        self.where = where
        if allowed is not None:
            unknown = sorted(set(value) - allowed)
            if unknown:
                raise bad(f"{where}.{unknown[0]}", "is not a known field")

    def name(self, key: str) -> str:
        return f"{self.where}.{key}" if self.where else key

    def raw(self, key: str, required: bool = True) -> Any:
        if key not in self.obj:
            if required:
                raise bad(self.name(key), "is missing")
            return None
        return self.obj[key]

    def text(self, key: str, cap: int, required: bool = True, allow_empty: bool = True) -> str:
        value = self.raw(key, required)
        if value is None and not required:
            return ""
        return check_text(value, self.name(key), cap, allow_empty)

    def opt_text(self, key: str, cap: int) -> str:
        if key not in self.obj or self.obj[key] is None:
            return ""
        return check_text(self.obj[key], self.name(key), cap, True)

    def integer(self, key: str, low: int, high: int) -> int:
        value = self.raw(key)
        if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
            raise bad(self.name(key), f"must be a whole number from {low} to {high}")
        return value

    def number(self, key: str, required: bool = True) -> float | None:
        value = self.raw(key, required)
        if value is None and not required:
            return None
        if isinstance(value, bool) or not isinstance(value, int | float):
            raise bad(self.name(key), "must be a number")
        if abs(value) > 1e15:
            raise bad(self.name(key), "is out of range")
        return float(value)

    def boolean(self, key: str) -> bool:
        value = self.raw(key)
        if not isinstance(value, bool):
            raise bad(self.name(key), "must be true or false")
        return value

    def choice(self, key: str, choices: tuple[str, ...]) -> str:
        value = self.raw(key)
        if not isinstance(value, str) or value not in choices:
            raise bad(self.name(key), f"must be one of {', '.join(choices)}")
        return value

    def uid(self, key: str, required: bool = True) -> str | None:
        value = self.raw(key, required)
        if value is None and not required:
            return None
        if not isinstance(value, str) or not UID_RE.match(value):
            raise bad(self.name(key), "is not a valid id")
        return value

    def day(self, key: str, required: bool = True) -> date | None:
        value = self.raw(key, required)
        if value is None:
            if required:
                raise bad(self.name(key), "is missing")
            return None
        if not isinstance(value, str) or len(value) != 10:
            raise bad(self.name(key), "must be a date YYYY-MM-DD")
        try:
            return date.fromisoformat(value)
        except ValueError:
            raise bad(self.name(key), "must be a date YYYY-MM-DD") from None

    def moment(self, key: str, required: bool = True) -> datetime | None:
        value = self.raw(key, required)
        if value is None:
            if required:
                raise bad(self.name(key), "is missing")
            return None
        return parse_moment(value, self.name(key))

    def binary(self, key: str, length: int | None = None, max_length: int = 64) -> bytes:
        value = self.raw(key)
        if not isinstance(value, str) or len(value) > 4 * max_length:
            raise bad(self.name(key), "must be base64 text")
        try:
            data = base64.b64decode(value.encode("ascii"), validate=True)
        except (binascii.Error, ValueError, UnicodeEncodeError):
            raise bad(self.name(key), "must be base64 text") from None
        if (length is not None and len(data) != length) or len(data) > max_length:
            raise bad(self.name(key), "has the wrong length")
        return data

    def hex64(self, key: str) -> str:
        value = self.raw(key)
        if not isinstance(value, str) or not HEX64_RE.match(value):
            raise bad(self.name(key), "must be 64 hexadecimal digits")
        return value

    def obj_list(self, key: str, max_items: int, required: bool = True) -> list[Any]:
        value = self.raw(key, required)
        if value is None and not required:
            return []
        if not isinstance(value, list) or len(value) > max_items:
            raise bad(self.name(key), f"must be a list of at most {max_items} items")
        return value

    def sub(self, key: str, allowed: set[str] | None = None) -> Fields:
        return Fields(self.raw(key), self.name(key), allowed)


def check_text(value: Any, field: str, cap: int, allow_empty: bool = True) -> str:
    if not isinstance(value, str):
        raise bad(field, "must be text")
    if len(value) > cap:
        raise ExchangeError("too_long", field=field, length=len(value), limit=cap)
    if "\x00" in value:
        raise bad(field, "contains a NUL character")
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        raise bad(field, "is not valid Unicode text") from None
    if not allow_empty and not value.strip():
        raise bad(field, "is empty")
    return value


def parse_moment(value: Any, field: str) -> datetime:
    """A timestamp as HealthDesk stores it: local time without a zone ("YYYY-MM-DDTHH:MM:SS[.ffffff]")."""
    if not isinstance(value, str) or not 10 <= len(value) <= 40:
        raise bad(field, "must be a date and time")
    try:
        moment = datetime.fromisoformat(value)
    except ValueError:
        raise bad(field, "must be a date and time") from None
    if moment.tzinfo is not None:
        try:
            moment = moment.astimezone().replace(tzinfo=None)
        except (OverflowError, ValueError, OSError):
            raise bad(field, "is out of range") from None
    return moment


def moment_text(value: datetime | None) -> str | None:
    return None if value is None else value.replace(tzinfo=None).isoformat()


def day_text(value: date | None) -> str | None:
    return None if value is None else value.isoformat()
