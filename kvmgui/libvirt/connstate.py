"""A connection's state and why it is in it, as codes; and the reconnect backoff.

``kvmgui/models/words.py`` says them in words.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum, auto

import libvirt

from kvmgui.libvirt.sshprompts import OpenProblem

BACKOFF_FIRST_S, BACKOFF_MAX_S = 1.0, 30.0


class ConnState(Enum):
    DISCONNECTED = auto()
    CONNECTING = auto()
    CONNECTED = auto()
    FAILED = auto()


class Reason(Enum):
    """Why a connection is in its state."""

    NONE = auto()  # never opened, or closed on purpose
    CONNECTING = auto()
    CONNECTED = auto()
    OPEN_FAILED = auto()  # ``error``: libvirt's message
    LOST = auto()  # the host closed it: ``close_reason``; ``retry_s`` if it will try again
    RETRY_FAILED = auto()  # reconnecting did not work: ``error``; next try in ``retry_s``


@dataclass(frozen=True, slots=True)
class StateReason:
    code: Reason = Reason.NONE
    error: str = ""  # libvirt's own message, as it gave it
    close_reason: int = -1  # VIR_CONNECT_CLOSE_REASON_*
    retry_s: float = 0.0  # seconds until the next try; 0: none planned
    problem: OpenProblem = OpenProblem.NONE  # what ``error`` means for an ssh login
    files_errno: int | None = None  # kvmgui's files of an ssh login not written (LoginFilesError)

    @property
    def unexpected(self) -> bool:
        """The user did not ask for this: the connection failed or was lost."""
        return self.code in (Reason.OPEN_FAILED, Reason.LOST, Reason.RETRY_FAILED)


class LoginFilesError(OSError):
    """kvmgui's files of an ssh login (its wrapper, its askpass program) could not be
    written, before libvirt was asked: the error number says why."""


class Backoff:
    """Delays between reconnect tries: 1, 2, 4, … seconds, never more than 30."""

    def __init__(self, first: float = BACKOFF_FIRST_S, most: float = BACKOFF_MAX_S) -> None:
        self._first, self._most = first, most
        self._next = first

    def next(self) -> float:
        """The delay before the next try; the one after it doubles."""
        delay = self._next
        self._next = min(self._next * 2, self._most)
        return delay

    def reset(self) -> None:
        self._next = self._first


def error_text(exc: BaseException) -> str:
    """libvirt's own message for a failure (its words, as it gave them)."""
    if isinstance(exc, libvirt.libvirtError):
        return str(exc.get_error_message() or exc)
    return str(exc) or type(exc).__name__
