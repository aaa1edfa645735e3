"""One libvirt connection: the façade the rest of kvmgui uses.

It wires four parts, each with one job:

- ``Connector`` (connector.py): states, open/close in workers, reconnect with backoff,
  generations, and the handle workers call through (``LiveHandle``).
- ``Subscription`` (subscriptions.py): the callbacks registered on a handle; they copy
  plain values into ``RawEvent``s.
- ``Inbox`` (inbox.py): hands those to the GUI thread, one wake-up per burst. The rows
  change there; what nobody waits for (re-reads, the ``events``/``event`` signals) goes
  through a second inbox to a turn of its own, never inside libvirt's dispatch.
- ``Refresher`` (refresher.py): shows announced states at once and re-reads what
  events touched, in coalesced jobs on the serial lane.

Order on (re)connect: open, subscribe (close callback, keepalive, events; linkwatch.py
then watches the socket for silence), then list and reconcile. Events that arrive
meanwhile mark objects dirty; their refresh runs on the same serial lane after the
listing, so nothing is lost.
"""

from __future__ import annotations

import logging
import math
import threading
import time
from collections.abc import Callable
from concurrent.futures import Future
from typing import TypeVarTuple

import libvirt
from PySide6.QtCore import QObject, Qt, Signal

from kvmgui.libvirt import commands, fetch, linkwatch, workers
from kvmgui.libvirt.askpass import AskpassServer
from kvmgui.libvirt.auth import CRED_TYPES, CredentialBroker
from kvmgui.libvirt.connector import Connector, Session
from kvmgui.libvirt.connstate import ConnState, LoginFilesError, Reason, StateReason, error_text
from kvmgui.libvirt.eventcodes import LIFECYCLE_ID, REREAD_DOMAIN
from kvmgui.libvirt.inbox import Inbox
from kvmgui.libvirt.records import LibvirtEvent
from kvmgui.libvirt.refresher import Refresher
from kvmgui.libvirt.subscriptions import RawEvent, Subscription
from kvmgui.libvirt.table import ObjectTable
from kvmgui.libvirt.timing import Clock, TimerFactory, monotonic
from kvmgui.libvirt.workers import Failed, R
from kvmgui.utils.logs import redact
from kvmgui.utils.uris import is_remote_uri, uri_host

__all__ = ["ConnState", "Connection", "Reason", "StateReason", "error_text", "is_remote_uri",
           "link_failed"]

log = logging.getLogger(__name__)
Ts = TypeVarTuple("Ts")

KEEPALIVE_INTERVAL, KEEPALIVE_COUNT = 5, 3
_DOMAIN_LIFECYCLE = LIFECYCLE_ID["domain"]
# A host's calls run on threads of its own (``Connection.run``), so many: one hung host
# then holds its own threads only, never those of the other hosts or of kvmgui's other jobs.
CALL_THREADS = 4


def link_failed(exc: libvirt.libvirtError) -> bool:
    """Whether libvirt's RPC layer failed (the link), not the host refusing."""
    try:
        return bool(exc.get_error_domain() == libvirt.VIR_FROM_RPC)
    except (TypeError, AttributeError):  # made without libvirt's error record (tests)
        return False


def _lib_version(conn: libvirt.virConnect) -> int:
    return int(conn.getLibVersion())  # one round trip; the daemon answers without locking


class Connection(QObject):
    """A libvirt connection whose objects follow libvirt events.

    Signals:
        stateChanged(ConnState, StateReason): the new state and why (codes; words in
            kvmgui.models.words).
        events(list): the events from this host as ``LibvirtEvent``s, one list per burst
            (a storm of 1,000 is one call, not 1,000), in a turn of the event loop after
            the rows show them.
        commandsIssued(list): the changes one job made, as ``commands.Issued`` records
            (each with its ``virsh`` line), on the GUI thread after the job's calls.

    ``timers`` and ``clock`` default to QTimers and ``time.monotonic``; tests pass fakes
    to drive the reconnect backoff and the refresh timing by hand.
    """

    stateChanged = Signal(object, object)
    # No signal may be called ``event``: it shadows QObject.event(), and PySide then keeps
    # one reference to the object per Qt event delivered, so it is never freed
    # (tests/unit/test_signal_names.py).
    events = Signal(list)
    commandsIssued = Signal(list)
    _issued = Signal(list)  # emitted by workers; queued to the GUI thread

    def __init__(
        self,
        uri: str,
        *,
        label: str = "",
        autoconnect: bool = False,
        credentials: CredentialBroker | None = None,
        askpass: AskpassServer | None = None,
        reconnect: bool = True,
        timers: TimerFactory | None = None,
        clock: Clock = monotonic,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.uri = uri
        self.label = label
        self.autoconnect = autoconnect
        self.domains = ObjectTable(self)
        self.networks = ObjectTable(self)
        self.pools = ObjectTable(self)
        self.hostname = ""
        self._credentials = credentials
        self._askpass = askpass
        # Behind the GUI thread when they compete (utils/background.py); neither starts a
        # program the user looks at (libvirt's ssh carries the host's calls).
        self._lane = workers.Lane("conn", background=True)
        self._calls = workers.Lane("calls", threads=CALL_THREADS, background=True)
        self._dialed: linkwatch.Link | None = None  # the last open's socket (serial lane only)
        self._pulse: linkwatch.Pulse | None = None  # answers seen, for a unix socket's silence
        self._connector = Connector(uri, self._lane.submit, self._dial, self._start,
                                    reconnect=reconnect, timers=timers, parent=self)
        self._inbox: Inbox[RawEvent] = Inbox(self._on_burst, self)
        # Never handed over early: a burst of the first inbox may be handled inside
        # libvirt's dispatch, and this work would lengthen that block of the GUI thread.
        self._told: Inbox[tuple[int, float, list[RawEvent]]] = Inbox(
            self._tell, self, hand_over_s=math.inf)
        self._refresher = Refresher(self.domains, self.networks, self.pools, self._lane.submit,
                                    self._connector.live.peek, timers=timers, clock=clock,
                                    name=uri, parent=self)
        self._connector.opened.connect(self._opened)
        self._connector.ended.connect(self._refresher.reset)
        self._connector.stateChanged.connect(self._state_changed)
        self._issued.connect(self._forward_issued, Qt.ConnectionType.QueuedConnection)  # askpass.py: a slot

    # -- public -------------------------------------------------------------------------

    @property
    def display_name(self) -> str:
        return self.label or redact(self.uri)  # a password given with -c: not shown

    @property
    def is_local(self) -> bool:
        return not uri_host(self.uri)

    @property
    def dial_uri(self) -> str:
        """The URI as opened: for qemu+ssh, with kvmgui's ssh wrapper as ``command``
        (other ssh children, such as a console's tunnel, share its login)."""
        return self._askpass.dial_uri(self.uri) if self._askpass is not None else self.uri

    @property
    def state(self) -> ConnState:
        return self._connector.state

    @property
    def reason(self) -> StateReason:
        return self._connector.reason

    @property
    def reconnect(self) -> bool:
        return self._connector.reconnect

    @reconnect.setter
    def reconnect(self, value: bool) -> None:
        self._connector.reconnect = value

    def open(self) -> None:
        self._connector.open()

    def close(self) -> None:
        """Disconnect on purpose: no reconnect (a question of ssh's or libvirt's still
        open is cancelled)."""
        if self._askpass is not None:
            self._askpass.cancel(self.uri)
        self._connector.close()
        # After the close, which ends the generation: an open still running asks no more
        # (``_auth``), and what it asked already is cancelled here.
        if self._credentials is not None:
            self._credentials.cancel(self.uri)

    def run(self, fn: Callable[[libvirt.virConnect, *Ts], R], *args: *Ts,
            done: Callable[[R], None] | None = None, failed: Failed | None = None,
            context: QObject | None = None, lane: workers.Lane | None = None) -> Future[R]:
        """Run ``fn(virConnect, *args)`` in a worker (of this host's, or of ``lane``: jobs
        that may hang for long keep their own threads); callbacks come back on the GUI
        thread."""
        return (lane or self._calls).submit(self._call, fn, args, done=done, failed=failed,
                                            context=context or self)

    def preview(self, fn: Callable[[libvirt.virConnect, *Ts], object], *args: *Ts,
                done: Callable[[list[commands.Command]], None] | None = None,
                failed: Failed | None = None, context: QObject | None = None,
                lane: workers.Lane | None = None) -> Future[list[commands.Command]]:
        """Run ``fn`` as a dry run in a worker (of this host's, or of ``lane``): its
        reads happen, its changes are only noted; ``done`` gets the ``virsh`` commands it
        would issue."""
        return (lane or self._calls).submit(self._plan, fn, args, done=done,
                                            failed=failed, context=context or self)

    def refresh(self, kind: str, uuid: str) -> None:
        """Ask for one object to be re-read (after an action whose event may not come)."""
        self._refresher.mark_dirty(kind, uuid)

    def shutdown(self) -> None:
        """Close and stop the worker lane, for application exit. The calls' threads stay:
        a window that closes during the exit may still run a call (a console stream's
        abort)."""
        self.close()
        self._lane.shutdown(wait=False)

    # -- worker side ----------------------------------------------------------------------

    def _call(self, fn: Callable[[libvirt.virConnect, *Ts], R], args: tuple[*Ts]) -> R:
        with self._connector.live.use(self.display_name) as conn, \
                commands.recording(self.uri) as journal:
            try:
                result = fn(conn, *args)
            except libvirt.libvirtError as exc:
                if not link_failed(exc):
                    self._answered()  # the host said no: it answers
                raise
            finally:
                if journal.issued:
                    self._issued.emit(list(journal.issued))
            self._answered()
            return result

    def _answered(self) -> None:
        pulse = self._pulse
        if pulse is not None:
            pulse.answered()

    def _plan(self, fn: Callable[[libvirt.virConnect, *Ts], object],
              args: tuple[*Ts]) -> list[commands.Command]:
        with self._connector.live.use(self.display_name) as conn, \
                commands.recording(self.uri, dry=True) as journal:
            fn(conn, *args)
            return journal.commands

    def _auth(self, creds: list[list[object]], gen: int) -> int:
        if self._credentials is None:
            return -1
        # libvirt may ask after a close (SASL, once the socket is up): not for an old open.
        return self._credentials.ask(self.uri, creds,
                                     wanted=lambda: self._connector.generation == gen)

    def _dial(self, gen: int) -> libvirt.virConnect:
        # qemu+ssh: through kvmgui's ssh wrapper (its questions in kvmgui's dialogs, one
        # shared ssh connection per host); askpass.py says how.
        self._dialed = None
        before = linkwatch.socket_fds()
        try:
            dialed = self.dial_uri
        except OSError as exc:  # not libvirt's: said in kvmgui's words, not as Python's
            raise LoginFilesError(exc.errno, exc.strerror, exc.filename) from exc
        conn = libvirt.openAuth(dialed, [CRED_TYPES, self._auth, gen], 0)
        if self._askpass is not None:  # ssh's answers were right: those to remember are kept
            self._askpass.logged_in(self.uri, dialed)
        if is_remote_uri(self.uri) or self.uri.startswith("qemu"):
            try:
                keepalive = conn.setKeepAlive(KEEPALIVE_INTERVAL, KEEPALIVE_COUNT)
            except libvirt.libvirtError:
                log.debug("keepalive not supported by %s", self.uri)
            else:
                if keepalive == 0:  # the host answers pings: silence means it is gone
                    self._dialed = linkwatch.find(self.uri, before)
        return conn

    def _start(self, conn: libvirt.virConnect, session: Session) -> fetch.HostListing:
        subscription = Subscription(conn, session.gen, self._inbox.put,
                                    self._connector.close_sink)
        session.subscription = subscription
        link, self._dialed = self._dialed, None
        self._pulse = None
        if link is not None:
            if not link.tcp:
                pulse = self._pulse = linkwatch.Pulse(lambda: self._ask_pulse(conn, pulse))
            session.unwatch = linkwatch.WATCH.add(link, lambda: self._silent(session.gen),
                                                  self._pulse)
        subscription.register()
        return fetch.list_host(conn, self.uri)

    def _ask_pulse(self, conn: libvirt.virConnect, pulse: linkwatch.Pulse) -> None:
        # From linkwatch's thread; a thread of its own, so that a pool full of calls
        # stuck on this host cannot hold the question back (one at a time: Pulse).
        threading.Thread(target=self._heartbeat, args=(conn, pulse), name="pulse",
                         daemon=True).start()

    def _heartbeat(self, conn: libvirt.virConnect, pulse: linkwatch.Pulse) -> None:
        # Through this session's handle, also after a close while its teardown still
        # waits for calls: a long call on a live host is not cut, a silent host's are.
        with self._connector.live.use_this(conn) as usable:
            if not usable:
                return  # being closed: the watch stops before the handle is
            try:
                _lib_version(conn)
            except libvirt.libvirtError as exc:
                if link_failed(exc):
                    return
            pulse.answered()

    def _silent(self, gen: int) -> None:
        # linkwatch's thread, just before it cuts the socket: lost, said as keepalive
        # would have said it (the close callback's end of file that follows is then
        # an old generation's).
        self._connector.close_sink((gen, libvirt.VIR_CONNECT_CLOSE_REASON_KEEPALIVE))

    # -- GUI thread -------------------------------------------------------------------------

    def _opened(self, listing: fetch.HostListing) -> None:
        self._refresher.remember(listing.handles)
        self.hostname = listing.hostname
        self.domains.reconcile(listing.domains)
        self.networks.reconcile(listing.networks)
        self.pools.reconcile(listing.pools)

    def _forward_issued(self, issued: list[object]) -> None:
        self.commandsIssued.emit(issued)

    def _state_changed(self, state: ConnState, reason: StateReason) -> None:
        self.stateChanged.emit(state, reason)

    def _on_burst(self, burst: list[RawEvent]) -> None:
        gen = self._connector.generation
        fresh = [e for e in burst if e.gen == gen]  # an old session's events are dropped
        if not fresh:
            return
        refresher = self._refresher
        # Rows first: the states the burst announces, in one batch. This may run inside
        # libvirt's dispatch (inbox.py), so only what must happen now happens here.
        for e in fresh:
            if e.event_id == _DOMAIN_LIFECYCLE and e.kind == "domain":
                refresher.flip(e.uuid, e.event)
        refresher.show_flips()
        for e in fresh:
            if e.kind == "domain":
                # Now, not later: a re-read that lands before ``_tell`` must be seen stale.
                refresher.saw_event(e.uuid, e.handle)
        self._told.put((gen, time.time(), fresh))  # copied into LibvirtEvents there, not here

    def _tell(self, bursts: list[tuple[int, float, list[RawEvent]]]) -> None:
        """The rest of the bursts, in a turn of the event loop of its own: re-reads
        (unless the session ended meanwhile), then the signals."""
        refresher, gen = self._refresher, self._connector.generation
        told: list[LibvirtEvent] = []
        for burst_gen, when, events in bursts:
            if burst_gen == gen:
                refresher.mark_all_dirty((e.kind, e.uuid) for e in events
                                         if e.kind != "domain" or e.event_id in REREAD_DOMAIN)
            told += [LibvirtEvent(when, e.kind, e.uuid, e.name, e.event_id, e.event, e.detail,
                                  e.args) for e in events]
        self.events.emit(told)
