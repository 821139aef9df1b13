"""One writer per data folder: an OS-level lock on a lock file.

The OS releases the lock when the holding process dies, so a lock left by a crash is recognised as stale and
taken over safely: there is no "is that process still alive?" guess, the kernel knows. The file also records who
holds it, for the message shown to a second writer; a clean release empties it, so a non-empty file found on
acquiring means the previous holder ended without closing.

Not SQLite's exclusive locking mode, which would also block readers: read-only commands never touch this lock.

Respondent mode is marked in the same file (``"respondent_mode": true`` beside the holder): while a respondent
has the laptop, a second HealthDesk and every command that shows data refuse to start. The marker counts only
while its holder still holds the lock, which the kernel knows: a marker left by a crash blocks nothing.
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
import socket
import time
from pathlib import Path

from ..errors import LockedError

log = logging.getLogger(__name__)

if os.name == "nt":  # pragma: no cover - exercised on Windows only
    import msvcrt

    # Lock one byte far beyond the holder text, so other processes can still read who holds the folder.
    _LOCK_OFFSET = 0x7FFFFFF0

    def _try_lock(fd: int) -> bool:
        try:
            os.lseek(fd, _LOCK_OFFSET, os.SEEK_SET)
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
            return True
        except OSError:
            return False

    def _unlock(fd: int) -> None:
        os.lseek(fd, _LOCK_OFFSET, os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)

else:
    import fcntl

    def _try_lock(fd: int) -> bool:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            return True
        except OSError:
            return False

    def _unlock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_UN)


def read_holder(path: Path) -> dict:
    """Who holds (or last held without releasing) the lock: {"pid", "host", "since"}, or {}."""
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8") or "{}")
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


def _holder_alive(path: Path) -> bool:
    """Whether some process (this one included, through another open file) holds the lock on ``path`` now.

    Asked by trying the lock: if we get it, nobody held it, and it is let go at once. A writer starting in that
    very instant may then find the folder busy and say so; it never finds it free when it is not."""
    try:
        fd = os.open(path, os.O_RDWR)
    except OSError:
        return False
    try:
        if _try_lock(fd):
            _unlock(fd)
            return False
        return True
    finally:
        os.close(fd)


def respondent_mode_holder(path: Path) -> dict | None:
    """The holder record when respondent mode is active on the folder of lock file ``path``, else None. A
    marker whose holder has died (the app crashed) does not count."""
    holder = read_holder(path)
    if not holder.get("respondent_mode"):
        return None
    if not _holder_alive(Path(path)):
        log.warning("respondent-mode marker of process %s was left behind; ignored", holder.get("pid"))
        return None
    return holder


class WriterLock:
    """Held by the app and by every writing command for as long as they may write."""

    def __init__(self, path: Path):
        self.path = Path(path)
        self._fd: int | None = None
        self.took_over_stale = False
        self.previous: dict = {}
        self._info: dict = {}

    def acquire(self) -> WriterLock:
        """Take the lock or raise LockedError. OSError (read-only folder, full disk) propagates for the caller
        to classify."""
        if self._fd is not None:
            return self
        fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o600)
        try:
            locked = _try_lock(fd)
        except BaseException:
            os.close(fd)
            raise
        if not locked:
            os.close(fd)
            holder = read_holder(self.path)
            raise LockedError(
                "locked",
                path=str(self.path.parent),
                pid=holder.get("pid", "?"),
                host=holder.get("host", "?"),
            )
        self._fd = fd
        self.previous = read_holder(self.path)
        self.took_over_stale = bool(self.previous.get("pid"))
        if self.took_over_stale:
            log.warning(
                "lock of process %s on %s was left behind; taken over",
                self.previous.get("pid"),
                self.previous.get("host"),
            )
        self._info = {
            "pid": os.getpid(),
            "host": socket.gethostname(),
            "since": time.strftime("%Y-%m-%d %H:%M:%S"),
        }
        try:
            # Who holds the lock is information only: on a full disk the lock still holds without it.
            self._write_info()
        except OSError as exc:
            log.warning("could not record the lock holder in %s: %s", self.path, exc)
        return self

    def _write_info(self) -> None:
        fd = self._fd
        if fd is None:
            return
        os.ftruncate(fd, 0)
        os.lseek(fd, 0, os.SEEK_SET)
        os.write(fd, json.dumps(self._info).encode())
        os.fsync(fd)

    def set_respondent_mode(self, active: bool) -> None:
        """Mark (or unmark) the folder as being in respondent mode. Raises OSError when the mark cannot be
        written: respondent mode must then not start, since other processes would not know."""
        if self._fd is None:
            raise OSError("the data folder's lock is not held")
        if active:
            self._info["respondent_mode"] = True
            self._info["respondent_since"] = time.strftime("%Y-%m-%d %H:%M:%S")
        else:
            self._info.pop("respondent_mode", None)
            self._info.pop("respondent_since", None)
        self._write_info()

    @property
    def respondent_mode(self) -> bool:
        return bool(self._info.get("respondent_mode"))

    @property
    def held(self) -> bool:
        return self._fd is not None

    def release(self) -> None:
        if self._fd is None:
            return
        fd, self._fd = self._fd, None
        try:
            with contextlib.suppress(OSError):
                os.ftruncate(fd, 0)
            _unlock(fd)
        finally:
            os.close(fd)

    def __enter__(self) -> WriterLock:
        return self.acquire()

    def __exit__(self, *exc: object) -> None:
        self.release()
