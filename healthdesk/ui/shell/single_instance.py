"""One HealthDesk per data folder: a second launch with a file hands it to the running window and exits.

The running app listens on a local socket (``QLocalServer``) named from the data folder (and the user), so two
HealthDesks on two data folders never meet. A second launch (``healthdesk open FILE``, ``healthdesk FILE``, a
double-click on an invitation or a response file) first tries to connect: when a HealthDesk answers, it sends the
file's absolute path, waits for "ok" and exits 0; no read-only dialog. When nobody answers it becomes the server
itself. A socket left behind by a crashed HealthDesk does not block a start: ``listen`` fails, a connection
attempt finds nobody, the stale name is removed and listening is tried once more.

Protocol: one JSON line ``{"open": ["/abs/path", …]}`` (``[]``: only raise the window); the server answers
``ok`` and a newline once the paths are queued. The window opens them as if they were dropped on it.

A plain start listens right after the window frame painted, before the database is opened (so still before any
folder-lock dialog); a start with a file tries ``hand_over`` before it shows anything.
"""

from __future__ import annotations

import getpass
import hashlib
import json
import logging
import os
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Signal

if TYPE_CHECKING:  # QtNetwork loads when a launch hands over or listens, not with this module
    from PySide6.QtNetwork import QLocalSocket

log = logging.getLogger(__name__)

CONNECT_TIMEOUT_MS = 1500
REPLY_TIMEOUT_MS = 10000
MAX_MESSAGE_BYTES = 64 * 1024


def server_name(data_dir: Path | str) -> str:
    """The socket name for one data folder (the same for every spelling of its path) and one user."""
    try:
        folder = str(Path(data_dir).expanduser().resolve())
    except OSError:
        folder = os.path.abspath(str(data_dir))
    try:
        user = getpass.getuser()
    except Exception:  # noqa: BLE001 - no user name (odd environments): the folder alone still separates
        user = ""
    digest = hashlib.sha256(f"{user}\0{folder}".encode()).hexdigest()[:20]
    return f"healthdesk-{digest}"


def hand_over(data_dir: Path | str, paths: Sequence[str | Path]) -> bool:
    """Give ``paths`` to the HealthDesk already running on ``data_dir``. True when it took them (then this
    process should exit); False when none runs there (or it did not answer)."""
    from PySide6.QtNetwork import QLocalSocket

    socket = QLocalSocket()
    socket.connectToServer(server_name(data_dir))
    if not socket.waitForConnected(CONNECT_TIMEOUT_MS):
        return False
    message = json.dumps({"open": [str(Path(p).expanduser().absolute()) for p in paths]}) + "\n"
    socket.write(message.encode("utf-8"))
    socket.flush()
    reply = b""
    while b"\n" not in reply:
        if not socket.waitForReadyRead(REPLY_TIMEOUT_MS):
            log.warning("the running HealthDesk did not answer; starting another one")
            socket.abort()
            return False
        reply += bytes(socket.readAll().data())
    socket.disconnectFromServer()
    return reply.strip() == b"ok"


class InstanceServer(QObject):
    """Listens for later launches on the same data folder; ``files_received`` carries their paths."""

    files_received = Signal(list)

    def __init__(self, data_dir: Path | str, parent: QObject | None = None):
        from PySide6.QtNetwork import QLocalServer

        super().__init__(parent)
        self.name = server_name(data_dir)
        self.server = QLocalServer(self)
        self.server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        self.server.newConnection.connect(self._accept)
        self._buffers: dict[QLocalSocket, bytes] = {}

    def listen(self) -> bool:
        """Start listening; clears a name left by a crashed HealthDesk. False when another one answers there."""
        from PySide6.QtNetwork import QLocalServer, QLocalSocket

        if self.server.listen(self.name):
            return True
        probe = QLocalSocket()
        probe.connectToServer(self.name)
        if probe.waitForConnected(CONNECT_TIMEOUT_MS):
            probe.abort()
            return False
        QLocalServer.removeServer(self.name)  # stale: nobody is listening behind it
        if self.server.listen(self.name):
            return True
        log.warning("cannot listen on %s: %s", self.name, self.server.errorString())
        return False

    def close(self) -> None:
        self.server.close()

    def _accept(self) -> None:
        while self.server.hasPendingConnections():
            socket = self.server.nextPendingConnection()
            self._buffers[socket] = b""
            socket.readyRead.connect(lambda s=socket: self._read(s))
            socket.disconnected.connect(lambda s=socket: self._drop(s))
            if socket.bytesAvailable():
                self._read(socket)

    def _drop(self, socket: QLocalSocket) -> None:
        self._buffers.pop(socket, None)
        socket.deleteLater()

    def _read(self, socket: QLocalSocket) -> None:
        data = self._buffers.get(socket, b"") + bytes(socket.readAll().data())
        if len(data) > MAX_MESSAGE_BYTES:
            socket.abort()
            return
        if b"\n" not in data:
            self._buffers[socket] = data
            return
        line = data.split(b"\n", 1)[0]
        self._buffers[socket] = b""
        try:
            doc = json.loads(line.decode("utf-8"))
            paths = [str(p) for p in doc.get("open", []) if isinstance(p, str)]
        except (ValueError, AttributeError):
            log.warning("ignored a malformed message from another HealthDesk launch")
            socket.write(b"error\n")
            socket.flush()
            return
        socket.write(b"ok\n")
        socket.flush()
        log.info("another launch handed over %d file(s)", len(paths))
        self.files_received.emit(paths)


class FileOpenEvents(QObject):
    """macOS hands a double-clicked document to the running app as a ``QFileOpenEvent`` (not on the command line):
    an event filter on the application passes its file on to ``arrivals`` like a file handed over by a launch."""

    def __init__(self, arrivals: Arrivals, parent: QObject | None = None):
        super().__init__(parent)
        self.arrivals = arrivals

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.FileOpen:
            path = event.file()  # type: ignore[attr-defined]
            if path:
                self.arrivals.receive([path])
                return True
        return super().eventFilter(watched, event)


class Arrivals(QObject):
    """Files handed over before the window can open them wait here; ``deliver`` is set once it can."""

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self.waiting: list[str] = []
        self.raise_requested = False
        self.deliver = None  # type: ignore[var-annotated]

    def receive(self, paths: list[str]) -> None:
        if self.deliver is None:
            self.waiting.extend(paths)
            self.raise_requested = True
            return
        self.deliver(list(paths))

    def ready(self, deliver) -> None:  # noqa: ANN001
        self.deliver = deliver
        if self.waiting or self.raise_requested:
            waiting, self.waiting = self.waiting, []
            self.raise_requested = False
            deliver(waiting)
