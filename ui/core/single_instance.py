"""One app window per vault: a second start on the same vault brings the first window forward.

Two windows on one vault would each keep their own idea of the case being edited and of the
key slot file. A `QLockFile` (which notices a crashed holder by its process id) says who owns
the vault; a `QLocalServer` of the owner hears the second start and raises its window.
"""

from __future__ import annotations

import hashlib
import os
from pathlib import Path
from typing import TYPE_CHECKING

from ui.qt import QLockFile, QObject, QStandardPaths, Signal

if TYPE_CHECKING:
    from ui.qt import QLocalServer

_HELLO = b"activate\n"


def _key(vault: Path) -> str:
    real = os.path.realpath(vault)
    return "vertrouwen-" + hashlib.sha256(real.encode("utf-8")).hexdigest()[:24]


def _lock_folder() -> Path:
    found = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.RuntimeLocation)
    folder = Path(
        found or QStandardPaths.writableLocation(QStandardPaths.StandardLocation.TempLocation)
    )
    folder.mkdir(parents=True, exist_ok=True)
    return folder


class InstanceGuard(QObject):
    """`acquire()` is True for the first app on a vault; later starts get False and wake it."""

    activated = Signal()  # another start asked this one to come forward

    def __init__(self, vault: Path, folder: Path | None = None) -> None:
        super().__init__()
        key = _key(vault)
        self._name = key
        self._lock = QLockFile(str((folder or _lock_folder()) / f"{key}.lock"))
        self._lock.setStaleLockTime(0)  # only a dead holder's lock is stale, never an old one
        self._server: QLocalServer | None = None

    def acquire(self, listen: bool = True) -> bool:
        """True when this start owns the vault (then it listens for later starts now, or with
        `listen=False` when `listen()` is called: the app does so after its first window, as
        Qt's network module is not needed for that). False: the owner was asked to come
        forward."""
        if not self._lock.tryLock(200):
            self._wake_owner()
            return False
        if listen:
            self.listen()
        return True

    def listen(self) -> None:
        """Hear later starts on this vault (`activated`)."""
        from ui.qt import QLocalServer

        if self._server is not None:
            return
        QLocalServer.removeServer(self._name)  # a socket a crashed owner left behind
        server = QLocalServer(self)
        server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        server.newConnection.connect(self._on_connection)
        server.listen(self._name)
        self._server = server

    def release(self) -> None:
        if self._server is not None:
            self._server.close()
            self._server = None
        self._lock.unlock()

    def _on_connection(self) -> None:
        assert self._server is not None
        while self._server.hasPendingConnections():
            socket = self._server.nextPendingConnection()
            # the hello is a few bytes: wait for it here rather than keep the socket around
            if socket.waitForReadyRead(1000) and bytes(socket.readAll().data()).startswith(_HELLO):
                self.activated.emit()
            socket.abort()

    def _wake_owner(self) -> None:
        from ui.qt import QLocalSocket

        socket = QLocalSocket()
        socket.connectToServer(self._name)
        if socket.waitForConnected(1000):
            socket.write(_HELLO)
            socket.waitForBytesWritten(1000)
            socket.disconnectFromServer()
