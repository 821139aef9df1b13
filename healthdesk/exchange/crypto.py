"""The facilitator key and the sealing of response files (see ``docs/exchange.md`` for what it protects).

- One X25519 key pair per data folder, made the first time invitations are exported, kept in
  ``<data folder>/facilitator-key.json`` (readable by the user only, 0600). Invitations carry its public half.
- Each respondent gets a secret derived from the private key and the partnership, round and respondent ids
  (HMAC-SHA256), carried in that respondent's invitation only. The facilitator derives it again when a file
  comes back, so nothing per respondent needs storing.
- A response file is sealed with an ephemeral X25519 key agreed with the facilitator's public key; HKDF-SHA256
  mixes in the respondent secret (salt) and both public keys; ChaCha20-Poly1305 encrypts the content with the
  file's header (format, ids, key fingerprint, ephemeral key, nonce) as associated data. Without the facilitator's
  private key nobody can read it; without the respondent's secret nobody can make one that opens; a file moved to
  another respondent, round or partnership, or changed in any byte, does not open.
"""

from __future__ import annotations

import contextlib
import hashlib
import hmac
import logging
import os
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from ..maintenance import atomic_write
from . import formats as f
from .errors import ExchangeError

log = logging.getLogger(__name__)

KEY_FILENAME = "facilitator-key.json"
KEY_BYTES = 32
NONCE_BYTES = 12
SECRET_BYTES = 32
_SECRET_INFO = b"healthdesk respondent secrets v1"
_SEAL_INFO = b"healthdesk response file v1"
KEY_FIELDS = {"format", "format_version", "private_key", "public_key", "fingerprint", "created_at", "warning"}


@dataclass(frozen=True)
class FacilitatorKey:
    private: X25519PrivateKey
    public: bytes
    fingerprint: str
    created_at: str
    path: Path

    @property
    def short(self) -> str:
        return short_fingerprint(self.fingerprint)


def fingerprint(public: bytes) -> str:
    return hashlib.sha256(b"healthdesk facilitator key\x00" + public).hexdigest()


def short_fingerprint(value: str) -> str:
    """The first 16 hex digits in groups of four, for reading aloud over the phone: ``3f2a-91c0-…``."""
    head = value[:16]
    return "-".join(head[i : i + 4] for i in range(0, 16, 4))


def distinct_fingerprints(first: str, second: str) -> tuple[str, str]:
    """Both fingerprints shortened like ``short_fingerprint`` but long enough to differ when they do: at least
    16 hex digits, and up to the group of four after the first digit where they part (at most the whole)."""
    length = 16
    if first != second:
        part = next((i for i, (a, b) in enumerate(zip(first, second, strict=False)) if a != b), None)
        if part is None:
            part = min(len(first), len(second))
        length = max(length, (part // 4 + 1) * 4)

    def shown(value: str) -> str:
        head = value[:length]
        return "-".join(head[i : i + 4] for i in range(0, len(head), 4))

    return shown(first), shown(second)


def key_path(data_dir: Path) -> Path:
    return Path(data_dir) / KEY_FILENAME


def _raw_private(key: X25519PrivateKey) -> bytes:
    return key.private_bytes(
        serialization.Encoding.Raw, serialization.PrivateFormat.Raw, serialization.NoEncryption()
    )


def _raw_public(key: X25519PublicKey) -> bytes:
    return key.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)


def load_key(data_dir: Path) -> FacilitatorKey | None:
    """The data folder's facilitator key, or None when it has none yet. A damaged key file is an error (it is
    never replaced silently: response files of outstanding invitations need exactly that key)."""
    path = key_path(data_dir)
    if not path.exists():
        return None
    try:
        data = f.read_capped(path, f.MAX_KEY_BYTES)
        doc = f.load_document(data, f.KEY_FORMAT, f.MAX_KEY_BYTES)
        fields = f.Fields(doc, "", KEY_FIELDS)
        private_raw = fields.binary("private_key", KEY_BYTES)
        public_raw = fields.binary("public_key", KEY_BYTES)
        created = fields.text("created_at", 40)
        private = X25519PrivateKey.from_private_bytes(private_raw)
    except (ExchangeError, ValueError) as exc:
        raise ExchangeError("key_damaged", path=str(path), reason=str(exc)) from exc
    if _raw_public(private.public_key()) != public_raw:
        raise ExchangeError(
            "key_damaged", path=str(path), reason="the public key does not match the private key"
        )
    if os.name == "posix":
        with contextlib.suppress(OSError):
            if path.stat().st_mode & 0o077:
                log.warning("facilitator key %s was readable by others; made private (0600)", path)
                os.chmod(path, 0o600)
    return FacilitatorKey(private, public_raw, fingerprint(public_raw), created, path)


def ensure_key(data_dir: Path) -> FacilitatorKey:
    """The data folder's key, made (once) when there is none: written atomically, private to the user."""
    existing = load_key(data_dir)
    if existing is not None:
        return existing
    private = X25519PrivateKey.generate()
    public_raw = _raw_public(private.public_key())
    doc = {
        "format": f.KEY_FORMAT,
        "format_version": f.VERSIONS[f.KEY_FORMAT],
        "created_at": datetime.now().replace(microsecond=0).isoformat(),
        "public_key": f.b64(public_raw),
        "fingerprint": fingerprint(public_raw),
        "private_key": f.b64(_raw_private(private)),
        "warning": "Private key of this HealthDesk data folder: it opens every response file sent to it. "
        "Never send this file to anyone. See docs/exchange.md.",
    }
    Path(data_dir).mkdir(parents=True, exist_ok=True)
    atomic_write(key_path(data_dir), f.pretty(doc), private=True)
    log.info("made the facilitator key %s", key_path(data_dir))
    loaded = load_key(data_dir)
    assert loaded is not None
    return loaded


def respondent_secret(
    key: FacilitatorKey, partnership_uid: str, round_uid: str, respondent_uid: str
) -> bytes:
    """The per-respondent secret carried by that respondent's invitation, derived again on import."""
    base = HKDF(algorithm=hashes.SHA256(), length=32, salt=None, info=_SECRET_INFO).derive(
        _raw_private(key.private)
    )
    message = "\x00".join(("respondent", partnership_uid, round_uid, respondent_uid)).encode("utf-8")
    return hmac.new(base, message, hashlib.sha256).digest()


def _aead_key(shared: bytes, secret: bytes, ephemeral: bytes, facilitator: bytes) -> bytes:
    return HKDF(
        algorithm=hashes.SHA256(), length=32, salt=secret, info=_SEAL_INFO + ephemeral + facilitator
    ).derive(shared)


def seal(facilitator_public: bytes, secret: bytes, header: dict, plaintext: bytes) -> tuple[dict, bytes]:
    """Encrypt ``plaintext`` for the facilitator. ``header`` gets the ephemeral key and nonce added; the whole
    header is authenticated. Returns (header, ciphertext)."""
    ephemeral = X25519PrivateKey.generate()
    ephemeral_public = _raw_public(ephemeral.public_key())
    shared = ephemeral.exchange(X25519PublicKey.from_public_bytes(facilitator_public))
    nonce = os.urandom(NONCE_BYTES)
    header = dict(header, ephemeral_key=f.b64(ephemeral_public), nonce=f.b64(nonce))
    key = _aead_key(shared, secret, ephemeral_public, facilitator_public)
    return header, ChaCha20Poly1305(key).encrypt(nonce, plaintext, f.canonical(header))


def unseal(key: FacilitatorKey, secret: bytes, header: dict, ciphertext: bytes) -> bytes:
    """Decrypt and authenticate; any mismatch (other key, other secret, a changed byte) is ``tampered``."""
    fields = f.Fields(header, "")
    ephemeral_public = fields.binary("ephemeral_key", KEY_BYTES)
    nonce = fields.binary("nonce", NONCE_BYTES)
    try:
        shared = key.private.exchange(X25519PublicKey.from_public_bytes(ephemeral_public))
        aead_key = _aead_key(shared, secret, ephemeral_public, key.public)
        return ChaCha20Poly1305(aead_key).decrypt(nonce, ciphertext, f.canonical(header))
    except (InvalidTag, ValueError):
        raise ExchangeError("tampered") from None
