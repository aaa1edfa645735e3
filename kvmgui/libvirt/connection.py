"""One libvirt connection: open/close in workers, events in, records out.

Order on (re)connect: open, subscribe (close callback, keepalive, events), then
list and reconcile. Events that arrive meanwhile mark objects dirty; their
refresh runs on the same serial lane after the listing, so nothing is lost.
"""

from __future__ import annotations

import contextlib
import logging
import threading
import time
from collections import deque
from dataclasses import replace
from enum import Enum
from typing import Any
from urllib.parse import urlsplit

import libvirt
from PySide6.QtCore import QObject, Qt, QTimer, Signal, Slot

from kvmgui.libvirt import eventnames, fetch, workers
from kvmgui.libvirt.auth import CRED_TYPES, CredentialBroker
from kvmgui.libvirt.records import DomainState, LibvirtEvent
from kvmgui.libvirt.table import ObjectTable

log = logging.getLogger(__name__)

DOMAIN_EVENT_IDS = [libvirt.VIR_DOMAIN_EVENT_ID_LIFECYCLE, *eventnames.DOMAIN_OTHER]
KEEPALIVE_INTERVAL, KEEPALIVE_COUNT = 5, 3
TEARDOWN_WAIT_S = 30.0  # how long a close waits for calls still using the connection
# Refreshes after events: at once for a lone event; in a burst, once it has been quiet
# this long, but never later than FLUSH_MAX_WAIT_S after the first event of the burst.
FLUSH_QUIET_MS, FLUSH_MAX_WAIT_S = 30, 0.3


class ConnState(Enum):
    DISCONNECTED = "Disconnected"
    CONNECTING = "Connecting"
    CONNECTED = "Connected"
    FAILED = "Failed"


def error_text(exc: BaseException) -> str:
    if isinstance(exc, libvirt.libvirtError):
        return exc.get_error_message() or str(exc)
    return str(exc) or type(exc).__name__


def is_remote_uri(uri: str) -> bool:
    parts = urlsplit(uri)
    return "+" in parts.scheme or bool(parts.hostname)


class Connection(QObject):
    """A libvirt connection whose objects follow libvirt events.

    Signals:
        stateChanged(ConnState, str): new state and a message in words.
        event(LibvirtEvent): every event from this host, for timelines.
        events(list): the same events, one list per burst (after the rows show them);
            cheaper for listeners that look at many events.
    """

    stateChanged = Signal(object, str)
    event = Signal(object)
    events = Signal(list)
    # Internal hops: callbacks may run on the libvirt event thread (non-GLib Qt).
    _domainEvent = Signal(int, str, object, int, int, int)  # one event (also from tests)
    _inboxReady = Signal()  # domain events are waiting in _inbox
    _objectEvent = Signal(int, str, str, str, int, int)
    _closed = Signal(int, int)

    def __init__(
        self,
        uri: str,
        *,
        label: str = "",
        autoconnect: bool = False,
        credentials: CredentialBroker | None = None,
        reconnect: bool = True,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.uri = uri
        self.label = label
        self.autoconnect = autoconnect
        self.reconnect = reconnect
        self.domains = ObjectTable(self)
        self.networks = ObjectTable(self)
        self.pools = ObjectTable(self)
        self.state = ConnState.DISCONNECTED
        self.message = ""
        self.hostname = ""
        self._credentials = credentials
        self._lane = workers.Lane("conn")
        self._live: libvirt.virConnect | None = None  # read by workers; set by the open job
        # Jobs using a virConnect, by id: teardown closes it only once none does, since
        # closing a handle another thread is calling through crashes (seen: a segfault).
        self._in_use = threading.Condition()
        self._users: dict[int, int] = {}
        self._generation = 0
        self._callback_ids: list[tuple[str, int]] = []
        self._handles: dict[str, libvirt.virDomain] = {}
        self._dirty: dict[str, set[str]] = {"domain": set(), "network": set(), "pool": set()}
        self._flush_pending = False
        self._flips: dict[str, DomainState] = {}  # state changes an event announced, not yet shown
        self._flips_pending = False
        self._dirty_since = 0.0
        self._flush_timer = QTimer(self, singleShot=True)
        self._flush_timer.timeout.connect(self._flush)
        self._event_seq: dict[str, int] = {}  # events seen per domain: stale refreshes are dropped
        # Domain events as callbacks copied them; one queued wake-up per burst, not per event.
        self._inbox: deque[tuple] = deque()
        self._inbox_signalled = False
        self._backoff = 1.0
        self._reconnecting = False  # after an unexpected close, until connected again
        self._retry = QTimer(self, singleShot=True)
        self._retry.timeout.connect(self.open)
        queued = Qt.ConnectionType.QueuedConnection
        self._domainEvent.connect(self._on_domain_event, queued)
        self._inboxReady.connect(self._drain_inbox, queued)
        self._objectEvent.connect(self._on_object_event, queued)
        self._closed.connect(self._on_closed, queued)

    # -- public -------------------------------------------------------------

    @property
    def display_name(self) -> str:
        return self.label or self.uri

    @property
    def is_local(self) -> bool:
        return not urlsplit(self.uri).hostname

    def open(self) -> None:
        if self.state in (ConnState.CONNECTING, ConnState.CONNECTED):
            return
        self._retry.stop()
        self._generation += 1
        gen = self._generation
        self._set_state(ConnState.CONNECTING, f"Connecting to {self.uri}")
        self._lane.submit(
            self._open_job, gen, done=self._opened, failed=lambda e: self._open_failed(gen, e),
            context=self,
        )

    def close(self) -> None:
        """Disconnect on purpose: no reconnect."""
        self._retry.stop()
        self._reconnecting = False
        self._generation += 1
        self._teardown()
        self._set_state(ConnState.DISCONNECTED, "Disconnected")

    def run(self, fn: Any, *args: Any, done: Any = None, failed: Any = None,
            context: QObject | None = None) -> Any:
        """Run ``fn(virConnect, *args)`` in a worker; callbacks come back on the GUI thread."""
        return workers.shared().submit(
            self._call, fn, args, done=done, failed=failed, context=context or self
        )

    def run_ordered(self, fn: Any, *args: Any, done: Any = None, failed: Any = None,
                    context: QObject | None = None) -> Any:
        """Like ``run`` but on this connection's serial lane (after pending refreshes)."""
        return self._lane.submit(self._call, fn, args, done=done, failed=failed,
                                 context=context or self)

    def refresh(self, kind: str, uuid: str) -> None:
        """Ask for one object to be re-read (after an action whose event may not come)."""
        self._mark_dirty(kind, uuid)

    def shutdown(self) -> None:
        """Close and stop the worker lane, for application exit."""
        self.close()
        self._lane.shutdown(wait=False)

    # -- worker side ----------------------------------------------------------

    def _call(self, fn: Any, args: tuple) -> Any:
        with self._in_use:
            conn = self._live
            if conn is None:
                raise RuntimeError(f"{self.display_name} is not connected")
            self._users[id(conn)] = self._users.get(id(conn), 0) + 1
        try:
            return fn(conn, *args)
        finally:
            with self._in_use:
                self._users[id(conn)] -= 1
                if not self._users[id(conn)]:
                    del self._users[id(conn)]
                    self._in_use.notify_all()

    def _auth(self, creds: list[list], _opaque: object) -> int:
        return self._credentials.ask(self.uri, creds) if self._credentials else -1

    def _open_job(self, gen: int) -> tuple:
        conn = libvirt.openAuth(self.uri, [CRED_TYPES, self._auth, None], 0)
        if is_remote_uri(self.uri) or self.uri.startswith("qemu"):
            try:
                conn.setKeepAlive(KEEPALIVE_INTERVAL, KEEPALIVE_COUNT)
            except libvirt.libvirtError:
                log.debug("keepalive not supported by %s", self.uri)
        with self._in_use:
            self._live = conn
        ids = self._subscribe(conn, gen)
        domains, handles = fetch.all_domains(conn)
        networks = fetch.all_networks(conn)
        pools = fetch.all_pools(conn)
        try:
            hostname = conn.getHostname()
        except libvirt.libvirtError:
            hostname = urlsplit(self.uri).hostname or ""
        return gen, conn, ids, domains, handles, networks, pools, hostname

    def _subscribe(self, conn: libvirt.virConnect, gen: int) -> list[tuple[str, int]]:
        try:
            conn.registerCloseCallback(self._close_cb, gen)
        except libvirt.libvirtError:
            log.debug("no close callback for %s", self.uri)
        ids: list[tuple[str, int]] = []
        for eid in DOMAIN_EVENT_IDS:
            try:
                ids.append(("domain", conn.domainEventRegisterAny(None, eid, self._domain_cb(eid), gen)))
            except libvirt.libvirtError:
                log.debug("domain event %s not supported by %s", eid, self.uri)
        net_cb = self._lifecycle_cb("network")
        ids.append(("network", conn.networkEventRegisterAny(
            None, libvirt.VIR_NETWORK_EVENT_ID_LIFECYCLE, net_cb, gen)))
        ids.append(("pool", conn.storagePoolEventRegisterAny(
            None, libvirt.VIR_STORAGE_POOL_EVENT_ID_LIFECYCLE, self._lifecycle_cb("pool"), gen)))
        ids.append(("pool", conn.storagePoolEventRegisterAny(
            None, libvirt.VIR_STORAGE_POOL_EVENT_ID_REFRESH, self._pool_refresh_cb, gen)))
        return ids

    def _teardown_job(self, conn: libvirt.virConnect, ids: list[tuple[str, int]]) -> None:
        with self._in_use:
            idle = self._in_use.wait_for(lambda: id(conn) not in self._users, TEARDOWN_WAIT_S)
        deregister = {
            "domain": conn.domainEventDeregisterAny,
            "network": conn.networkEventDeregisterAny,
            "pool": conn.storagePoolEventDeregisterAny,
        }
        # The connection may already be dead; then there is nothing to undo.
        for kind, cid in ids:
            with contextlib.suppress(libvirt.libvirtError):
                deregister[kind](cid)
        with contextlib.suppress(libvirt.libvirtError):
            conn.unregisterCloseCallback()
        if not idle:
            # A call still hangs on this host: leaking the handle beats freeing it under it.
            log.warning("%s: not closing a connection that a call still uses", self.uri)
            return
        with contextlib.suppress(libvirt.libvirtError):
            conn.close()

    def _refresh_job(self, gen: int, dirty: dict[str, set[str]]) -> tuple:
        conn = self._live
        if conn is None:
            return gen, [], [], {}
        domains, gone = [], []
        for uuid in dirty["domain"]:
            try:
                handle = self._handles.get(uuid) or conn.lookupByUUIDString(uuid)
                rec = fetch.domain_record(handle)
            except libvirt.libvirtError as exc:
                if not fetch.is_gone(exc):
                    raise
                rec = None
            if rec is None:
                gone.append(uuid)
            else:
                domains.append(rec)
        others: dict[str, tuple[list, list]] = {}
        lookups = {"network": (conn.networkLookupByUUIDString, fetch.network_record),
                   "pool": (conn.storagePoolLookupByUUIDString, fetch.pool_record)}
        for kind, (lookup, read) in lookups.items():
            fresh, missing = [], []
            for uuid in dirty[kind]:
                try:
                    rec = read(lookup(uuid))
                except libvirt.libvirtError as exc:
                    if not fetch.is_gone(exc):
                        raise
                    rec = None
                if rec is None:
                    missing.append(uuid)
                else:
                    fresh.append(rec)
            others[kind] = (fresh, missing)
        return gen, domains, gone, others

    # -- libvirt callbacks (GUI thread under GLib, else the event thread) ------
    # They copy plain values and return; never a libvirt call that talks to the host.

    def _domain_cb(self, eid: int) -> Any:
        def callback(_conn: libvirt.virConnect, dom: libvirt.virDomain, *args: Any) -> None:
            gen = args[-1]
            a = args[:-1]
            first = a[0] if a and isinstance(a[0], int) else -1
            second = a[1] if len(a) > 1 and isinstance(a[1], int) else -1
            self._inbox.append((gen, dom.UUIDString(), (dom, dom.name(), a), eid, first, second))
            if not self._inbox_signalled:
                self._inbox_signalled = True
                self._inboxReady.emit()
        return callback

    def _lifecycle_cb(self, kind: str) -> Any:
        def callback(_conn: Any, obj: Any, event: int, detail: int, gen: int) -> None:
            self._objectEvent.emit(gen, kind, obj.UUIDString(), obj.name(), event, detail)
        return callback

    def _pool_refresh_cb(self, _conn: Any, pool: Any, gen: int) -> None:
        self._objectEvent.emit(gen, "pool", pool.UUIDString(), pool.name(), -1, -1)

    def _close_cb(self, _conn: Any, reason: int, gen: int) -> None:
        self._closed.emit(gen, reason)

    # -- GUI thread -------------------------------------------------------------

    def _set_state(self, state: ConnState, message: str) -> None:
        self.state, self.message = state, message
        self.stateChanged.emit(state, message)

    def _opened(self, result: tuple) -> None:
        gen, conn, ids, domains, handles, networks, pools, hostname = result
        if gen != self._generation:
            self._lane.submit(self._teardown_job, conn, ids)  # closed while opening
            return
        self._callback_ids = ids
        self._handles.update(handles)
        self.hostname = hostname
        self.domains.reconcile(domains)
        self.networks.reconcile(networks)
        self.pools.reconcile(pools)
        self._backoff = 1.0
        self._reconnecting = False
        self._set_state(ConnState.CONNECTED, f"Connected to {hostname or self.uri}")

    def _open_failed(self, gen: int, exc: BaseException) -> None:
        if gen != self._generation:
            return
        self._teardown()
        message = error_text(exc)
        if self._reconnecting:
            self._set_state(ConnState.DISCONNECTED,
                            f"{message} — retrying in {self._backoff:.0f} s")
            self._schedule_retry()
        else:
            self._set_state(ConnState.FAILED, message)

    @Slot(int, int)
    def _on_closed(self, gen: int, reason: int) -> None:
        if gen != self._generation or self.state != ConnState.CONNECTED:
            return
        self._generation += 1
        self._teardown()
        words = eventnames.CLOSE_REASONS.get(reason, f"closed ({reason})")
        self._set_state(ConnState.DISCONNECTED, f"Disconnected: {words}")
        if self.reconnect:
            self._reconnecting = True
            self._schedule_retry()

    def _schedule_retry(self) -> None:
        self._retry.start(int(self._backoff * 1000))
        self._backoff = min(self._backoff * 2, 30.0)

    def _teardown(self) -> None:
        with self._in_use:  # from here on no job can pick this handle up
            conn, self._live = self._live, None
        ids, self._callback_ids = self._callback_ids, []
        self._handles.clear()
        self._flips.clear()
        for dirty in self._dirty.values():
            dirty.clear()
        if conn is not None:
            self._lane.submit(self._teardown_job, conn, ids)

    @Slot()
    def _drain_inbox(self) -> None:
        # Cleared first: an event appended while we drain posts a new wake-up.
        self._inbox_signalled = False
        # popleft, not list() + clear(): on the event thread (non-GLib Qt) an event may be
        # appended between the two and would be lost.
        burst = []
        while self._inbox:
            burst.append(self._inbox.popleft())
        # Rows first: the states the burst announces, in one batch; then the rest
        # (timeline, refreshes), which nobody waits for.
        lifecycle, gen = libvirt.VIR_DOMAIN_EVENT_ID_LIFECYCLE, self._generation
        for item in burst:
            if item[0] == gen and item[3] == lifecycle:
                self._note_flip(item[1], item[4])
        self._apply_flips()
        told = [ev for item in burst if (ev := self._on_domain_event(*item, flip=False, emit=False))]
        if told:
            self.events.emit(told)
            for ev in told:
                self.event.emit(ev)

    def _note_flip(self, uuid: str, event: int) -> None:
        new_state = eventnames.STATE_AFTER_EVENT.get(event)
        if new_state is not None and uuid in self.domains:
            self._flips[uuid] = new_state
            self._flips_pending = True

    @Slot(int, str, object, int, int, int)
    def _on_domain_event(self, gen: int, uuid: str, payload: tuple, eid: int,
                         first: int, second: int, flip: bool = True,
                         emit: bool = True) -> LibvirtEvent | None:
        if gen != self._generation:
            return None
        dom, name, args = payload
        self._handles.setdefault(uuid, dom)
        self._event_seq[uuid] = self._event_seq.get(uuid, 0) + 1
        if eid == libvirt.VIR_DOMAIN_EVENT_ID_LIFECYCLE:
            event, detail = eventnames.lifecycle_words(first, second)
            if flip:
                # Show it now; the refresh below confirms it with libvirt's word.
                self._note_flip(uuid, first)
                self._apply_flips()
        else:
            event = eventnames.DOMAIN_OTHER.get(eid, f"Event {eid}")
            detail = ", ".join(str(a) for a in args if isinstance(a, str | int))
            if eid == libvirt.VIR_DOMAIN_EVENT_ID_AGENT_LIFECYCLE:
                detail = eventnames.AGENT_STATE.get(first, detail)
        lifecycle = eid == libvirt.VIR_DOMAIN_EVENT_ID_LIFECYCLE
        told = LibvirtEvent(time.time(), "domain", uuid, name, event, detail,
                            first if lifecycle else -1, second if lifecycle else -1)
        if eid in (libvirt.VIR_DOMAIN_EVENT_ID_LIFECYCLE, libvirt.VIR_DOMAIN_EVENT_ID_DEVICE_ADDED,
                   libvirt.VIR_DOMAIN_EVENT_ID_DEVICE_REMOVED,
                   libvirt.VIR_DOMAIN_EVENT_ID_BALLOON_CHANGE,
                   libvirt.VIR_DOMAIN_EVENT_ID_METADATA_CHANGE):
            self._mark_dirty("domain", uuid)
        if emit:
            self.events.emit([told])
            self.event.emit(told)
        return told

    @Slot(int, str, str, str, int, int)
    def _on_object_event(self, gen: int, kind: str, uuid: str, name: str, event: int,
                         detail: int) -> None:
        if gen != self._generation:
            return
        names = eventnames.NETWORK_LIFECYCLE if kind == "network" else eventnames.POOL_LIFECYCLE
        words = "Refreshed" if event < 0 else names.get(event, f"Event {event}")
        told = LibvirtEvent(time.time(), kind, uuid, name, words, "", event, detail)
        self.events.emit([told])
        self.event.emit(told)
        self._mark_dirty(kind, uuid)

    def _apply_flips(self) -> None:
        if not self._flips_pending:
            return  # already applied with its burst
        self._flips_pending = False
        flips, self._flips = self._flips, {}
        self.domains.upsert([_with_state(rec, state) for uuid, state in flips.items()
                             if (rec := self.domains.get(uuid)) is not None and rec.state != state])

    def _mark_dirty(self, kind: str, uuid: str) -> None:
        self._dirty[kind].add(uuid)
        if self._live is None:
            return
        now = time.monotonic()
        if not self._flush_pending:
            self._flush_pending = True
            self._dirty_since = now
            self._flush_timer.start(0)
        elif now - self._dirty_since < FLUSH_MAX_WAIT_S:
            # A burst: wait until it calms down, so the re-reading (Python in a worker, which
            # competes for the GIL) runs after the events rather than slowing them down.
            self._flush_timer.start(FLUSH_QUIET_MS)

    def _flush(self) -> None:
        self._flush_pending = False
        if self._live is None or not any(self._dirty.values()):
            return
        dirty = {k: set(v) for k, v in self._dirty.items()}
        for v in self._dirty.values():
            v.clear()
        stamps = {uuid: self._event_seq.get(uuid, 0) for uuid in dirty["domain"]}
        self._lane.submit(self._refresh_job, self._generation, dirty,
                          done=lambda result: self._refreshed(result, stamps),
                          failed=self._refresh_failed, context=self)

    def _refreshed(self, result: tuple, stamps: dict[str, int] | None = None) -> None:
        gen, domains, gone, others = result
        if gen != self._generation:
            return
        if stamps is not None:
            # A reading older than the VM's latest event would show a state it has left
            # (a flicker back); the refresh that event asked for brings the fresh one.
            seq = self._event_seq
            domains = [r for r in domains if seq.get(r.uuid, 0) == stamps.get(r.uuid, 0)]
            gone = [u for u in gone if seq.get(u, 0) == stamps.get(u, 0)]
            for uuid in gone:
                seq.pop(uuid, None)
        self.domains.upsert(domains)
        self.domains.remove(gone)
        for uuid in gone:
            self._handles.pop(uuid, None)
        for kind, (fresh, missing) in others.items():
            table = self.networks if kind == "network" else self.pools
            table.upsert(fresh)
            table.remove(missing)

    def _refresh_failed(self, exc: BaseException) -> None:
        log.warning("refresh on %s failed: %s", self.uri, error_text(exc))


def _with_state(rec: Any, state: DomainState) -> Any:
    return replace(rec, state=state)
