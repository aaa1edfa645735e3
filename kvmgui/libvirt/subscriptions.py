"""The callbacks one connection registers on a virConnect, and undoing them.

Callbacks copy plain values into a ``RawEvent`` and hand it on (to an ``Inbox``);
they never call libvirt in a way that talks to the host (``UUIDString()`` and
``name()`` are local). Registering and cancelling run in a worker; registering does
every callback at once (``fanout``): over a slow link that is one round trip instead of
sixteen. Cancelling goes one by one (see ``cancel``).
"""

from __future__ import annotations

import contextlib
import logging
from collections.abc import Callable
from functools import partial
from typing import Any, NamedTuple

import libvirt

from kvmgui.libvirt import fanout
from kvmgui.libvirt.eventcodes import DOMAIN_EVENT_IDS, LIFECYCLE_ID, POOL_REFRESH_ID

log = logging.getLogger(__name__)

# Errors by which a driver says it lacks an event kind (e.g. no network driver, or an
# event id newer than the daemon): that kind is skipped; any other error fails the open.
UNSUPPORTED = frozenset({
    libvirt.VIR_ERR_NO_SUPPORT,
    libvirt.VIR_ERR_OPERATION_UNSUPPORTED,
    libvirt.VIR_ERR_ARGUMENT_UNSUPPORTED,
    libvirt.VIR_ERR_INVALID_ARG,
})


class RawEvent(NamedTuple):
    """One event as its callback copied it."""

    gen: int  # the connection generation that registered the callback
    kind: str  # "domain", "network", "pool"
    uuid: str
    name: str
    event_id: int
    event: int  # lifecycle: event and detail numbers; else -1
    detail: int
    args: tuple[str | int, ...]  # other events: their plain arguments
    handle: Any  # the virDomain (reused by the refresh), else None


EventSink = Callable[[RawEvent], None]
CloseSink = Callable[[tuple[int, int]], None]  # (generation, VIR_CONNECT_CLOSE_REASON_*)


def _drop(_item: object) -> None:
    """Where a cancelled subscription's late callbacks go."""


def _unsupported(exc: libvirt.libvirtError) -> bool:
    return exc.get_error_code() in UNSUPPORTED


# libvirt-python makes these dicts on the first registration of each kind ("if not
# hasattr: create"); two threads registering at once could each make one and lose the
# other's entry, which its deregistration then misses. Made here first, before any thread.
_CALLBACK_TABLES = ("domainEventCallbackID", "networkEventCallbackID",
                    "storagePoolEventCallbackID")


def _prepare(conn: libvirt.virConnect) -> None:
    for table in _CALLBACK_TABLES:
        if not hasattr(conn, table):
            setattr(conn, table, {})


class Subscription:
    """Every callback registered on ``conn`` for generation ``gen``.

    ``register`` either registers all that the driver supports or, failing, undoes
    what it did and raises; ``cancel`` undoes everything (both idempotent enough to be
    called from any cleanup path).
    """

    def __init__(self, conn: libvirt.virConnect, gen: int, events: EventSink,
                 closes: CloseSink) -> None:
        self._conn = conn
        self._gen = gen
        self._events = events
        self._closes = closes
        self._ids: list[tuple[str, int]] = []
        self._close_registered = False

    def register(self) -> None:
        try:
            self._register()
        except BaseException:
            self.cancel()
            raise

    def _register(self) -> None:
        conn, gen = self._conn, self._gen
        _prepare(conn)
        # Side by side: one round trip for all of them, not one each (fanout.py). (The
        # close callback is a round trip too.)
        calls: list[Callable[[], None]] = [self._add_close_callback]
        calls += [
            partial(self._add, "domain", conn.domainEventRegisterAny, None, eid,
                    self._domain_cb(eid), gen)
            for eid in DOMAIN_EVENT_IDS]
        calls += [
            partial(self._add, "network", conn.networkEventRegisterAny, None,
                    LIFECYCLE_ID["network"], self._lifecycle_cb("network"), gen),
            partial(self._add, "pool", conn.storagePoolEventRegisterAny, None,
                    LIFECYCLE_ID["pool"], self._lifecycle_cb("pool"), gen),
            partial(self._add, "pool", conn.storagePoolEventRegisterAny, None, POOL_REFRESH_ID,
                    self._pool_refresh_cb, gen),
        ]
        fanout.gather(calls)

    def _add_close_callback(self) -> None:
        try:
            self._conn.registerCloseCallback(self._close_cb, self._gen)
            self._close_registered = True
        except libvirt.libvirtError:
            log.debug("no close callback for %s", self._conn)

    def _add(self, kind: str, register: Callable[..., int], *args: Any) -> None:
        try:
            self._ids.append((kind, register(*args)))
        except libvirt.libvirtError as exc:
            if not _unsupported(exc):
                raise
            log.debug("%s event %s not supported: %s", kind, args[1], exc)

    def cancel(self) -> None:
        """Deregister everything. The connection may be dead already: then there is
        nothing to undo, and its errors are ignored."""
        conn = self._conn
        deregister = {
            "domain": conn.domainEventDeregisterAny,
            "network": conn.networkEventDeregisterAny,
            "pool": conn.storagePoolEventDeregisterAny,
        }
        ids, self._ids = self._ids, []

        calls: list[Callable[[], object]] = [partial(deregister[kind], cid) for kind, cid in ids]
        if self._close_registered:
            self._close_registered = False
            calls.append(conn.unregisterCloseCallback)
        # One after the other, unlike registering: a teardown often runs while the host
        # goes away, and deregistrations side by side on a connection that a daemon's
        # exit was closing crashed the process inside libvirt (a segfault in
        # virConnectDomainEventDeregisterAny, CI, 2026-11-29). On a dead connection each
        # call fails at once; on a live one over a slow link the teardown takes a round
        # trip per callback, in a worker.
        for call in calls:
            with contextlib.suppress(libvirt.libvirtError):
                call()
        # What libvirt keeps of a callback may outlive it: on a dead connection the
        # deregistrations above fail and libvirt-python's tables keep the callbacks, and
        # on a driver without close callbacks (the test driver) unregistering never frees
        # the one registered. Each holds this object; it must no longer hold the
        # connection's inboxes, or a removed host is never freed.
        self._events, self._closes = _drop, _drop

    # -- callbacks (GUI thread under GLib, else libvirt's event thread) -------------

    def _domain_cb(self, eid: int) -> Callable[..., None]:
        lifecycle = eid == LIFECYCLE_ID["domain"]

        def callback(_conn: libvirt.virConnect, dom: libvirt.virDomain, *args: Any) -> None:
            gen, values = args[-1], args[:-1]
            events = self._events  # looked up each time: ``cancel`` cuts it
            if lifecycle:
                events(RawEvent(gen, "domain", dom.UUIDString(), dom.name(), eid,
                                values[0], values[1], (), dom))
            else:
                plain = tuple(v for v in values if isinstance(v, str | int))
                events(RawEvent(gen, "domain", dom.UUIDString(), dom.name(), eid, -1, -1,
                                plain, dom))
        return callback

    def _lifecycle_cb(self, kind: str) -> Callable[..., None]:
        eid = LIFECYCLE_ID[kind]

        def callback(_conn: libvirt.virConnect, obj: Any, event: int, detail: int,
                     gen: int) -> None:
            self._events(RawEvent(gen, kind, obj.UUIDString(), obj.name(), eid, event, detail,
                                  (), None))
        return callback

    def _pool_refresh_cb(self, _conn: libvirt.virConnect, pool: libvirt.virStoragePool,
                         gen: int) -> None:
        self._events(RawEvent(gen, "pool", pool.UUIDString(), pool.name(), POOL_REFRESH_ID,
                              -1, -1, (), None))

    def _close_cb(self, _conn: libvirt.virConnect, reason: int, gen: int) -> None:
        self._closes((gen, reason))
