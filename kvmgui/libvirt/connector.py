"""A connection's state machine: open and close in workers, reconnect with backoff.

Each open starts a new generation and a ``Session`` that records what the open job
made (the handle, the subscription). Whatever ends a generation (a close, a failed
open, the host closing) queues exactly one teardown of its session on the serial
lane, so the teardown runs after the open job however far that got: callbacks are
deregistered and the handle closed on every path, and a handle opened after the user
closed is refused (``LiveHandle.publish``) rather than left in use.
"""

from __future__ import annotations

import contextlib
import logging
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Protocol

import libvirt
from PySide6.QtCore import QObject, Signal

from kvmgui.libvirt import openstreams
from kvmgui.libvirt.connstate import (
    Backoff,
    ConnState,
    LoginFilesError,
    Reason,
    StateReason,
    error_text,
)
from kvmgui.libvirt.inbox import Inbox
from kvmgui.libvirt.livehandle import LiveHandle
from kvmgui.libvirt.sshprompts import OpenProblem, open_problem
from kvmgui.libvirt.timing import TimerFactory, qt_timers
from kvmgui.libvirt.workers import Submit
from kvmgui.utils.logs import hide_password, remember_password

log = logging.getLogger(__name__)

TEARDOWN_WAIT_S = 30.0  # how long a teardown waits for calls still using the handle
# A login the user declined or the host refused: a retry would only ask the user again.
# No ssh program here, or no way to libvirt's socket there: nothing changes until the
# user acts (and each retry past the login would ask for the password again).
_REFUSED = frozenset({OpenProblem.LOGIN_REFUSED, OpenProblem.HOST_KEY_NOT_TRUSTED,
                      OpenProblem.HOST_KEY_CHANGED, OpenProblem.NO_SSH_PROGRAM,
                      OpenProblem.NO_FAR_HELPER})
_AUTH_ERRORS = frozenset({libvirt.VIR_ERR_AUTH_FAILED, libvirt.VIR_ERR_AUTH_CANCELLED})


def _login_refused(exc: BaseException, problem: OpenProblem) -> bool:
    if problem in _REFUSED:
        return True
    try:
        return isinstance(exc, libvirt.libvirtError) and exc.get_error_code() in _AUTH_ERRORS
    except (TypeError, AttributeError):  # made without libvirt's error record (tests)
        return False


class Cancellable(Protocol):
    def cancel(self) -> None: ...


@dataclass(eq=False)
class Session:
    """What one open made; filled by the open job, undone by the teardown job (both on
    the serial lane, so never at the same time)."""

    gen: int
    conn: libvirt.virConnect | None = None
    subscription: Cancellable | None = None
    unwatch: Callable[[], None] | None = None  # stops linkwatch looking at its socket


class SupersededError(Exception):
    """The connection was closed while this open ran."""


# Worker side hooks: ``dial(gen)`` opens a handle for generation ``gen``; ``start(conn,
# session)`` subscribes (recording the subscription in the session) and lists, returning
# the listing.
Dial = Callable[[int], libvirt.virConnect]
Start = Callable[[libvirt.virConnect, Session], Any]


class Connector(QObject):
    """Opens, closes and reopens one URI; ``live`` is the handle calls go through.

    ``timers`` makes the retry timer (tests pass fake ones that fire on demand).

    Signals:
        stateChanged(ConnState, StateReason): after every change of state.
        opened(object): the listing of a successful open, just before CONNECTED.
        ended(): a session ended (closed, lost or failed): forget what it left pending.
    """

    stateChanged = Signal(object, object)
    opened = Signal(object)
    ended = Signal()

    def __init__(self, uri: str, submit: Submit, dial: Dial, start: Start, *,
                 reconnect: bool = True, timers: TimerFactory | None = None,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.uri = uri
        remember_password(uri)  # its log lines name it: never with its password
        self.reconnect = reconnect
        self.state = ConnState.DISCONNECTED
        self.reason = StateReason()
        self.live = LiveHandle()
        self.generation = 0
        self._submit = submit
        self._dial = dial
        self._start = start
        self._session: Session | None = None
        self._backoff = Backoff()
        self._reconnecting = False  # after an unexpected close, until connected again
        self._closed_early: int | None = None  # the host closed while the open still ran
        self._retry = (timers or qt_timers(self))(self.open)
        self._closes: Inbox[tuple[int, int]] = Inbox(self._on_closes, self)

    def close_sink(self, item: tuple[int, int]) -> None:
        """For the close callback (any thread): (generation, VIR_CONNECT_CLOSE_REASON_*)."""
        self._closes.put(item)

    # -- GUI thread -------------------------------------------------------------------

    def open(self) -> None:
        if self.state in (ConnState.CONNECTING, ConnState.CONNECTED):
            return
        self._retry.stop()
        self._teardown()
        self.generation += 1
        self._closed_early = None
        session = self._session = Session(self.generation)
        self.live.expect(session.gen)
        self._set_state(ConnState.CONNECTING, StateReason(Reason.CONNECTING))
        self._submit(self._open_job, session, done=self._opened,
                     failed=lambda exc: self._open_failed(session.gen, exc), context=self)

    def close(self) -> None:
        """Disconnect on purpose: no reconnect."""
        self._retry.stop()
        self._reconnecting = False
        self.generation += 1
        self._teardown()
        self._set_state(ConnState.DISCONNECTED, StateReason())

    def _set_state(self, state: ConnState, reason: StateReason) -> None:
        # The log's account of a connection (warnings reach the log file always).
        log.log(logging.WARNING if reason.unexpected else logging.DEBUG,
                "%s: %s (%s)%s%s", self.uri, state.name.lower(), reason.code.name.lower(),
                f": {reason.error}" if reason.error else "",
                f"; retry in {reason.retry_s:g} s" if reason.retry_s else "")
        self.state, self.reason = state, reason
        self.stateChanged.emit(state, reason)

    def _opened(self, result: tuple[int, Any]) -> None:
        gen, listing = result
        if gen != self.generation:
            return  # whoever ended this generation queued its teardown
        self._backoff.reset()
        self._reconnecting = False
        self.opened.emit(listing)
        self._set_state(ConnState.CONNECTED, StateReason(Reason.CONNECTED))
        if self._closed_early is not None:
            # Its close callback came before the listing did: lost right away.
            self._on_closed(gen, self._closed_early)

    def _open_failed(self, gen: int, exc: BaseException) -> None:
        if gen != self.generation:
            return
        self._teardown()
        error = error_text(exc)
        problem = open_problem(self.uri, error)
        error = hide_password(error, self.uri)  # ssh says the user:password libvirt gave it
        files = exc.errno if isinstance(exc, LoginFilesError) else None
        if self._reconnecting and _login_refused(exc, problem):
            self._reconnecting = False  # failed as a first open: Connect logs in again
        if self._reconnecting:
            delay = self._backoff.next()
            self._set_state(ConnState.DISCONNECTED,
                            StateReason(Reason.RETRY_FAILED, error, retry_s=delay, problem=problem,
                                        files_errno=files))
            self._retry.start(int(delay * 1000))
        else:
            self._set_state(ConnState.FAILED,
                            StateReason(Reason.OPEN_FAILED, error, problem=problem, files_errno=files))

    def _on_closes(self, closes: list[tuple[int, int]]) -> None:
        for gen, reason in closes:
            self._on_closed(gen, reason)

    def _on_closed(self, gen: int, close_reason: int) -> None:
        if gen != self.generation:
            return
        if self.state == ConnState.CONNECTING:
            self._closed_early = close_reason  # acted on once the open job reports
            return
        if self.state != ConnState.CONNECTED:
            return
        self.generation += 1
        self._teardown()
        delay = self._backoff.next() if self.reconnect else 0.0
        self._set_state(ConnState.DISCONNECTED,
                        StateReason(Reason.LOST, close_reason=close_reason, retry_s=delay))
        if self.reconnect:
            self._reconnecting = True
            self._retry.start(int(delay * 1000))

    def _teardown(self) -> None:
        self.live.retract()  # from here on no job picks the handle up
        session, self._session = self._session, None
        self.ended.emit()
        if session is not None:
            self._submit(self._teardown_job, session)

    # -- worker side (the serial lane) --------------------------------------------------

    def _open_job(self, session: Session) -> tuple[int, Any]:
        conn = session.conn = self._dial(session.gen)
        if not self.live.publish(conn, session.gen):
            raise SupersededError(self.uri)
        return session.gen, self._start(conn, session)

    def _teardown_job(self, session: Session) -> None:
        conn = session.conn
        if conn is None:
            return  # the open failed before it had a handle
        # A transfer uses the handle for as long as it lasts: its stream is aborted, so
        # that it ends (and undoes what it made) before the wait is over.
        openstreams.cut(conn)
        idle = self.live.wait_idle(conn, TEARDOWN_WAIT_S)
        # Watched until here: a call stuck on a silent host is freed by linkwatch's cut.
        if session.unwatch is not None:
            session.unwatch()
        if session.subscription is not None:
            session.subscription.cancel()
        if not idle:
            # A call still hangs on this host: leaking the handle beats freeing it under it.
            log.warning("%s: not closing a connection that a call still uses", self.uri)
            return
        with contextlib.suppress(libvirt.libvirtError):
            conn.close()
