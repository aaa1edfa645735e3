"""Remembered ssh passwords, only in the desktop's Secret Service (through ``keyring``).

Opt-in: nothing is stored unless the user ticks "remember" for that answer. Only the
Secret Service backend is used (never keyring's other backends, some of which write
plain files). Every call may wait on D-Bus: call them from a worker thread, never the
GUI thread. ``state()`` says, as a code, why remembering is not possible.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from enum import Enum
from typing import Any, Protocol

log = logging.getLogger(__name__)

SERVICE = "kvmgui-ssh"


class StoreState(Enum):
    UNKNOWN = "unknown"  # not looked yet
    AVAILABLE = "available"
    NO_PACKAGE = "no-package"  # the keyring package (or its SecretStorage) missing or too old
    NO_SERVICE = "no-service"  # no Secret Service answers on the session bus
    BROKEN = "broken"  # keyring is installed but failed to load


class Store(Protocol):
    """What the askpass server needs of a secret store (tests pass a dict-backed one)."""

    def state(self) -> StoreState: ...
    def get(self, account: str) -> str | None: ...
    def set(self, account: str, secret: str) -> bool: ...  # whether it was stored
    def delete(self, account: str) -> bool: ...  # whether nothing is stored under it now


class SecretServiceStore:
    """``keyring``'s Secret Service backend, looked up once found (blocking: calls in a
    worker); while none answers, looked up again at most every ``RECHECK_S``."""

    RECHECK_S = 30.0

    def __init__(self, *, clock: Callable[[], float] = time.monotonic) -> None:
        self._backend: Any = None
        self._state = StoreState.UNKNOWN
        self._clock = clock
        self._probed = 0.0

    def state(self) -> StoreState:
        # A keyring started (or unlocked) after kvmgui is noticed, not "none" for good.
        stale = (self._state is StoreState.NO_SERVICE
                 and self._clock() - self._probed >= self.RECHECK_S)
        if self._state is StoreState.UNKNOWN or stale:
            self._probed = self._clock()
            self._state = self._probe()
        return self._state

    def _probe(self) -> StoreState:
        try:
            # keyring alone imports without it and then fails as if no service ran.
            import secretstorage  # noqa: PLC0415 - optional, slow
            from keyring.backends import SecretService  # noqa: PLC0415 - optional, slow
        except ImportError:
            return StoreState.NO_PACKAGE
        except Exception as exc:  # e.g. an incompatible SecretStorage: not to end the question
            log.warning("the keyring package failed to load: %s: %s", type(exc).__name__, exc)
            return StoreState.BROKEN
        # keyring refuses an older one as it refuses a missing service: a package to update.
        if getattr(secretstorage, "__version_tuple__", (0,)) < (3, 2):
            return StoreState.NO_PACKAGE
        try:
            backend = SecretService.Keyring()  # type: ignore[no-untyped-call]  # keyring is untyped here
            if backend.priority <= 0:  # raises when no service answers
                return StoreState.NO_SERVICE
        except Exception as exc:  # any failure means "not there"
            log.debug("no Secret Service: %s", exc)
            return StoreState.NO_SERVICE
        self._backend = backend
        return StoreState.AVAILABLE

    def get(self, account: str) -> str | None:
        if self.state() is not StoreState.AVAILABLE:
            return None
        try:
            value = self._backend.get_password(SERVICE, account)
        except Exception as exc:  # a locked or broken store: ask instead
            log.warning("reading the secret store failed: %s", type(exc).__name__)
            self._recheck()
            return None
        return value if isinstance(value, str) else None

    def set(self, account: str, secret: str) -> bool:
        """Whether ``secret`` was stored."""
        if self.state() is not StoreState.AVAILABLE:
            return False
        try:
            self._backend.set_password(SERVICE, account, secret)
        except Exception as exc:  # not remembered; the login goes on
            log.warning("saving to the secret store failed: %s", type(exc).__name__)
            self._recheck()
            return False
        return True

    def _recheck(self) -> None:
        # Its daemon may have ended since it was found: looked up again at the next use,
        # so the next dialog does not offer "Remember" in vain.
        self._state = StoreState.UNKNOWN

    def delete(self, account: str) -> bool:
        """Whether nothing is stored under ``account`` now."""
        if self.state() is not StoreState.AVAILABLE:
            return False
        from keyring.errors import PasswordDeleteError  # noqa: PLC0415 - loaded with the backend

        try:
            self._backend.delete_password(SERVICE, account)
        except PasswordDeleteError:  # nothing was stored
            return True
        except Exception as exc:  # a locked or broken store: still there
            log.warning("deleting from the secret store failed: %s", type(exc).__name__)
            self._recheck()
            return False
        return True
