"""Fake libvirt objects for the connection's unit tests: no daemon, every fault on demand.

``FakeConnect`` keeps the callbacks kvmgui registers and invokes them as libvirt's
event loop would (``fire_*``, ``drop``); ``FakeTimers`` and ``FakeClock`` stand in for
QTimer and time.monotonic. Methods kvmgui calls note the thread they ran on, so a test
can check that only local getters ran on the GUI thread.
"""

from __future__ import annotations

import threading
import uuid as uuidlib

import libvirt

from tests.helpers import FakeError

NO_SUPPORT = libvirt.VIR_ERR_NO_SUPPORT


class FakeDomain:
    def __init__(self, conn: FakeConnect, name: str, state: int = libvirt.VIR_DOMAIN_SHUTOFF,
                 uuid: str | None = None) -> None:
        self.conn = conn
        self._name = name
        self._uuid = uuid or str(uuidlib.uuid5(uuidlib.NAMESPACE_DNS, name))
        self.state_value = state

    # Local getters (libvirt answers them from the handle, no round trip).
    def UUIDString(self) -> str:
        return self._uuid

    def name(self) -> str:
        return self._name

    def ID(self) -> int:
        return 1 if self.state_value == libvirt.VIR_DOMAIN_RUNNING else -1

    # Calls that would talk to the host.
    def _gone(self) -> None:
        if self._uuid not in self.conn.domains:
            raise FakeError("Domain not found", libvirt.VIR_ERR_NO_DOMAIN)

    def state(self) -> list[int]:
        self.conn.note("virDomain.state")
        self._gone()
        return [self.state_value, 1]

    def info(self) -> list[int]:
        self.conn.note("virDomain.info")
        self._gone()
        return [self.state_value, 65536, 65536, 1, 0]

    def isPersistent(self) -> int:
        self.conn.note("virDomain.isPersistent")
        return 1

    def autostart(self) -> int:
        self.conn.note("virDomain.autostart")
        return 0


class FakeNetwork:
    def __init__(self, name: str) -> None:
        self._name = name
        self._uuid = str(uuidlib.uuid5(uuidlib.NAMESPACE_URL, name))

    def UUIDString(self) -> str:
        return self._uuid

    def name(self) -> str:
        return self._name


class FakeConnect:
    """A virConnect with its domains in memory; ``fail`` maps a method name to the error
    it raises (e.g. ``{"networkEventRegisterAny": FakeError(..., NO_SUPPORT)}``)."""

    def __init__(self, names: tuple[str, ...] = ("alpha", "beta"), *,
                 fail: dict[str, BaseException] | None = None) -> None:
        self.domains = {d.UUIDString(): d for d in (FakeDomain(self, n) for n in names)}
        self.fail = dict(fail or {})
        self.closed = False
        self.close_cb: tuple | None = None  # (callback, opaque)
        self.callbacks: dict[int, tuple[str, int, object, object]] = {}  # id: (kind, eid, cb, opaque)
        self.gui_thread_calls: list[str] = []
        self._next_id = 1
        self._lock = threading.Lock()

    def note(self, call: str) -> None:
        if threading.current_thread() is threading.main_thread():
            self.gui_thread_calls.append(call)
        error = self.fail.get(call.rsplit(".", maxsplit=1)[-1])
        if error is not None:
            raise error
        if self.closed:
            raise FakeError(f"{call} on a closed connection", libvirt.VIR_ERR_INVALID_CONN)

    def getURI(self) -> str:
        return "test:///fake"  # answered by the client library: not a call, not noted

    def add(self, name: str, state: int = libvirt.VIR_DOMAIN_SHUTOFF) -> FakeDomain:
        dom = FakeDomain(self, name, state)
        self.domains[dom.UUIDString()] = dom
        return dom

    def by_name(self, name: str) -> FakeDomain:
        return next(d for d in self.domains.values() if d.name() == name)

    # -- listing --------------------------------------------------------------------------

    def getAllDomainStats(self, stats: int, flags: int) -> list:
        self.note("virConnect.getAllDomainStats")
        raise FakeError("no bulk stats here", NO_SUPPORT)

    def domainListGetStats(self, doms: list, stats: int, flags: int) -> list:
        self.note("virConnect.domainListGetStats")
        raise FakeError("no bulk stats here", NO_SUPPORT)

    def listAllDomains(self, flags: int = 0) -> list[FakeDomain]:
        self.note("virConnect.listAllDomains")
        return list(self.domains.values())

    def listAllNetworks(self, flags: int = 0) -> list:
        self.note("virConnect.listAllNetworks")
        return []

    def listAllStoragePools(self, flags: int = 0) -> list:
        self.note("virConnect.listAllStoragePools")
        return []

    def getHostname(self) -> str:
        self.note("virConnect.getHostname")
        return "fakehost"

    def lookupByUUIDString(self, uuid: str) -> FakeDomain:
        self.note("virConnect.lookupByUUIDString")
        try:
            return self.domains[uuid]
        except KeyError:
            raise FakeError("no such domain", libvirt.VIR_ERR_NO_DOMAIN) from None

    def networkLookupByUUIDString(self, uuid: str) -> FakeNetwork:
        self.note("virConnect.networkLookupByUUIDString")
        raise FakeError("no such network", libvirt.VIR_ERR_NO_NETWORK)

    def storagePoolLookupByUUIDString(self, uuid: str) -> object:
        self.note("virConnect.storagePoolLookupByUUIDString")
        raise FakeError("no such pool", libvirt.VIR_ERR_NO_STORAGE_POOL)

    def close(self) -> int:
        self.note("virConnect.close")
        self.closed = True
        return 0

    # -- callbacks ------------------------------------------------------------------------

    def _register(self, kind: str, method: str, eid: int, cb: object, opaque: object) -> int:
        self.note(f"virConnect.{method}")
        with self._lock:
            cid = self._next_id
            self._next_id += 1
            self.callbacks[cid] = (kind, eid, cb, opaque)
        return cid

    def _deregister(self, kind: str, method: str, cid: int) -> int:
        self.note(f"virConnect.{method}")
        with self._lock:
            if self.callbacks.get(cid, ("",))[0] != kind:
                raise FakeError(f"no {kind} callback {cid}", libvirt.VIR_ERR_INVALID_ARG)
            del self.callbacks[cid]
        return 0

    def domainEventRegisterAny(self, dom, eid, cb, opaque) -> int:
        return self._register("domain", "domainEventRegisterAny", eid, cb, opaque)

    def domainEventDeregisterAny(self, cid) -> int:
        return self._deregister("domain", "domainEventDeregisterAny", cid)

    def networkEventRegisterAny(self, net, eid, cb, opaque) -> int:
        return self._register("network", "networkEventRegisterAny", eid, cb, opaque)

    def networkEventDeregisterAny(self, cid) -> int:
        return self._deregister("network", "networkEventDeregisterAny", cid)

    def storagePoolEventRegisterAny(self, pool, eid, cb, opaque) -> int:
        return self._register("pool", "storagePoolEventRegisterAny", eid, cb, opaque)

    def storagePoolEventDeregisterAny(self, cid) -> int:
        return self._deregister("pool", "storagePoolEventDeregisterAny", cid)

    def registerCloseCallback(self, cb, opaque) -> int:
        self.note("virConnect.registerCloseCallback")
        self.close_cb = (cb, opaque)
        return 0

    def unregisterCloseCallback(self) -> int:
        self.note("virConnect.unregisterCloseCallback")
        self.close_cb = None
        return 0

    def registered(self, kind: str | None = None) -> list[tuple[str, int]]:
        """(kind, event id) of each callback registered now."""
        return [(k, eid) for k, eid, _cb, _o in self.callbacks.values() if kind in (None, k)]

    # -- events, delivered as libvirt's event loop would ---------------------------------

    def fire_domain(self, eid: int, dom: FakeDomain, *args: object) -> int:
        """Call every domain callback registered for ``eid``; how many there were."""
        found = [(cb, opaque) for k, e, cb, opaque in list(self.callbacks.values())
                 if k == "domain" and e == eid]
        for cb, opaque in found:
            cb(self, dom, *args, opaque)
        return len(found)

    def fire_lifecycle(self, dom: FakeDomain, event: int, detail: int = 0) -> int:
        return self.fire_domain(libvirt.VIR_DOMAIN_EVENT_ID_LIFECYCLE, dom, event, detail)

    def fire_network(self, net: FakeNetwork, event: int, detail: int = 0) -> int:
        found = [(cb, opaque) for k, _e, cb, opaque in list(self.callbacks.values())
                 if k == "network"]
        for cb, opaque in found:
            cb(self, net, event, detail, opaque)
        return len(found)

    def drop(self, reason: int = libvirt.VIR_CONNECT_CLOSE_REASON_EOF) -> None:
        """The host went away: libvirt calls the close callback."""
        assert self.close_cb is not None, "no close callback registered"
        cb, opaque = self.close_cb
        cb(self, reason, opaque)


class FakeTimer:
    """A single-shot timer that fires only when the test says so."""

    def __init__(self, fn) -> None:
        self.fn = fn
        self.interval: int | None = None
        self.starts: list[int] = []

    def start(self, msec: int) -> None:
        self.interval = msec
        self.starts.append(msec)

    def stop(self) -> None:
        self.interval = None

    def isActive(self) -> bool:
        return self.interval is not None

    def fire(self) -> None:
        assert self.isActive(), "fired a timer that was not started"
        self.interval = None
        self.fn()


class FakeTimers:
    """A timer factory (``timing.TimerFactory``) that keeps what it made."""

    def __init__(self) -> None:
        self.made: list[FakeTimer] = []

    def __call__(self, fn) -> FakeTimer:
        timer = FakeTimer(fn)
        self.made.append(timer)
        return timer

    def for_(self, fn) -> FakeTimer:
        return next(t for t in self.made if t.fn == fn)


class FakeClock:
    def __init__(self, now: float = 1000.0) -> None:
        self.now = now

    def __call__(self) -> float:
        return self.now
