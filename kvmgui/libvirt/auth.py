"""Answers libvirt credential requests through the GUI without blocking it.

``openAuth`` runs in a worker; its callback asks the broker, which emits
``requested`` to the GUI thread and waits (in the worker) for ``answer``.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import libvirt
from PySide6.QtCore import QMetaMethod, QObject, Qt, Signal

CRED_TYPES = [
    libvirt.VIR_CRED_AUTHNAME,
    libvirt.VIR_CRED_USERNAME,
    libvirt.VIR_CRED_PASSPHRASE,
    libvirt.VIR_CRED_ECHOPROMPT,
    libvirt.VIR_CRED_NOECHOPROMPT,
    libvirt.VIR_CRED_REALM,
    libvirt.VIR_CRED_EXTERNAL,
]
SECRET_TYPES = {libvirt.VIR_CRED_PASSPHRASE, libvirt.VIR_CRED_NOECHOPROMPT}
NAME_TYPES = {libvirt.VIR_CRED_AUTHNAME, libvirt.VIR_CRED_USERNAME}


@dataclass(eq=False)
class CredentialRequest:
    """What libvirt asks for; the GUI fills ``answers`` and calls ``finish``."""

    uri: str
    prompts: list[tuple[int, str, str]]  # (type, prompt, default)
    answers: list[str] = field(default_factory=list, repr=False)  # secrets: never in a log
    accepted: bool = False
    _done: threading.Event = field(default_factory=threading.Event, repr=False)

    def finish(self, accepted: bool, answers: list[str] | None = None) -> None:
        """The first answer counts: after a cancel or a timeout, the dialog's own close
        (which finishes with what was typed) changes nothing."""
        if self._done.is_set():
            return
        self.accepted = accepted
        self.answers = answers or []
        self._done.set()

    def wait(self, timeout: float) -> bool:
        return self._done.wait(timeout)

    def is_secret(self, index: int) -> bool:
        return self.prompts[index][0] in SECRET_TYPES


class CredentialBroker(QObject):
    """Signals:
    requested(CredentialRequest): shown to the user on the GUI thread.
    withdrawn(CredentialRequest): nobody waits for that answer any more (the connection
        was closed, or the question timed out): close its dialog.
    """

    requested = Signal(object)
    withdrawn = Signal(object)
    _asked = Signal(object)  # worker -> GUI thread hop, so `requested` fires on the GUI thread
    _gone = Signal(object)  # likewise, for withdrawn
    TIMEOUT = 300.0

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._asked.connect(self._forward, Qt.ConnectionType.QueuedConnection)  # askpass.py: why a slot
        self._gone.connect(self._forward_gone, Qt.ConnectionType.QueuedConnection)
        self._pending: set[CredentialRequest] = set()  # added and removed by workers
        self._lock = threading.Lock()

    def _forward(self, request: CredentialRequest) -> None:
        if not request.wait(0):  # not withdrawn on its way here
            self.requested.emit(request)

    def _forward_gone(self, request: CredentialRequest) -> None:
        self.withdrawn.emit(request)

    def cancel(self, uri: str) -> None:
        """Answer "no" to the open requests of ``uri`` (its connection was closed): the
        open that asked ends now, not after TIMEOUT, and its dialogs close."""
        with self._lock:
            asked = [r for r in self._pending if r.uri == uri]
        for request in asked:
            request.finish(False)
            self.withdrawn.emit(request)

    def cancel_all(self) -> None:
        """Answer every open request with "no" (at exit), so no worker waits on it."""
        with self._lock:
            asked = list(self._pending)
        for request in asked:
            request.finish(False)

    def ask(self, uri: str, creds: list[list[Any]],
            wanted: Callable[[], bool] | None = None) -> int:
        """libvirt's auth callback body; runs in the worker that opens. ``wanted``: whether
        that open is still wanted (checked under the lock ``cancel`` takes, so a close
        either sees this question or makes it refused)."""
        # libvirt-python gives None for a NULL prompt or default.
        request = CredentialRequest(uri, [(c[0], c[1] or "", c[3] or "") for c in creds])
        if not self.isSignalConnected(QMetaMethod.fromSignal(self.requested)):
            return -1
        with self._lock:
            if wanted is not None and not wanted():
                return -1
            self._pending.add(request)
        self._asked.emit(request)
        try:
            if not request.wait(self.TIMEOUT):
                request.finish(False)  # the open fails now: its dialog goes
                self._gone.emit(request)
                return -1
            if not request.accepted:
                return -1
        finally:
            with self._lock:
                self._pending.discard(request)
        for cred, answer in zip(creds, request.answers, strict=False):
            cred[4] = answer
        return 0
