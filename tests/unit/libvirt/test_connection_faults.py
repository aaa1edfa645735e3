"""The connection under faults, with fake virConnects that invoke kvmgui's callbacks as
libvirt would: no daemon, every fault on demand (issue 12's connection hazards)."""

import threading

import libvirt
import pytest

from kvmgui.libvirt.connection import Connection, ConnState
from kvmgui.libvirt.eventcodes import DOMAIN_EVENT_IDS
from kvmgui.libvirt.records import DomainState
from tests.helpers import FakeError
from tests.unit.libvirt.fakes import NO_SUPPORT, FakeClock, FakeConnect, FakeNetwork, FakeTimers

URI = "test:///fake"  # never opened for real: libvirt.openAuth is replaced


@pytest.fixture
def dial(monkeypatch):
    """Replace libvirt.openAuth: each open takes the next fake (or raises the next error)."""
    queue = []

    def open_auth(uri, auth, flags):
        item = queue.pop(0) if len(queue) > 1 else queue[0]
        if callable(item) and not isinstance(item, FakeConnect):
            item = item()
        if isinstance(item, BaseException):
            raise item
        return item

    monkeypatch.setattr(libvirt, "openAuth", open_auth)
    return queue


@pytest.fixture
def make(qtbot):
    made = []

    def make(**kwargs):
        conn = Connection(URI, **kwargs)
        made.append(conn)
        return conn

    yield make
    for conn in made:
        conn.shutdown()
        conn.deleteLater()


def open_and_wait(qtbot, conn, state=ConnState.CONNECTED):
    with qtbot.waitSignal(conn.stateChanged, timeout=5000,
                          check_params_cb=lambda s, _r: s == state):
        conn.open()


def names(conn):
    return sorted(r.name for r in conn.domains.records())


# -- Hazards: each of these failed on the Connection before the split -----------------------


def test_open_failing_after_subscribe_deregisters_every_callback(dial, make, qtbot):
    fake = FakeConnect(fail={"getAllDomainStats": FakeError("Cannot recv data", libvirt.VIR_ERR_RPC)})
    dial.append(fake)
    conn = make()
    open_and_wait(qtbot, conn, ConnState.FAILED)
    qtbot.waitUntil(lambda: fake.closed, timeout=5000)
    assert fake.registered() == [], "every event callback was deregistered"
    assert fake.close_cb is None, "the close callback was unregistered"
    assert not fake.gui_thread_calls


def test_close_during_open_tears_the_late_handle_down(dial, make, qtbot):
    fake = FakeConnect()
    dialing, gate = threading.Event(), threading.Event()

    def slow_open():
        dialing.set()
        gate.wait(5)
        return fake

    dial.append(slow_open)
    conn = make()
    conn.open()
    assert dialing.wait(5)
    conn.close()
    gate.set()
    qtbot.waitUntil(lambda: fake.closed, timeout=5000)
    assert fake.registered() == [] and fake.close_cb is None
    assert conn.state == ConnState.DISCONNECTED
    # No handle stays in use: a call finds the connection closed, not the late handle.
    called, errors = [], []
    conn.run(called.append, failed=errors.append)
    qtbot.waitUntil(lambda: bool(called or errors), timeout=5000)
    assert called == [] and "not connected" in str(errors[0])
    assert not fake.gui_thread_calls


def test_a_credential_question_asked_after_the_close_is_not_shown(make, qtbot, monkeypatch):
    """SASL over qemu+tcp asks once the socket is up, which may be after the user pressed
    Disconnect: no dialog for a connection that is closed, and the old open ends now."""
    from kvmgui.libvirt.auth import CredentialBroker

    dialing, gate, told = threading.Event(), threading.Event(), []

    def open_auth(uri, auth, flags):
        dialing.set()
        gate.wait(5)
        creds = [[libvirt.VIR_CRED_PASSPHRASE, "Password:", "", "", None]]
        told.append(auth[1](creds, auth[2]))
        raise FakeError("authentication failed", libvirt.VIR_ERR_AUTH_FAILED)

    monkeypatch.setattr(libvirt, "openAuth", open_auth)
    broker = CredentialBroker()
    asked = []
    broker.requested.connect(asked.append)
    conn = make(credentials=broker)
    conn.open()
    assert dialing.wait(5)
    conn.close()
    gate.set()
    try:
        qtbot.waitUntil(lambda: bool(told or asked), timeout=5000)
        assert asked == [], "a dialog asked for a closed connection"
        assert told == [-1]
    finally:
        for request in asked:
            request.finish(False)
    assert conn.state == ConnState.DISCONNECTED


@pytest.mark.parametrize("method", ["networkEventRegisterAny", "storagePoolEventRegisterAny"])
def test_a_driver_without_network_or_pool_events_still_connects(dial, make, qtbot, method):
    fake = FakeConnect(fail={method: FakeError("this function is not supported", NO_SUPPORT)})
    dial.append(fake)
    conn = make()
    open_and_wait(qtbot, conn)
    assert names(conn) == ["alpha", "beta"]
    conn.close()
    qtbot.waitUntil(lambda: fake.closed, timeout=5000)
    assert fake.registered() == []
    assert not fake.gui_thread_calls


# -- Reconnect, with a fake retry timer ------------------------------------------------------


def test_unexpected_close_reconnects_with_backoff_and_reconciles(dial, make, qtbot):
    timers, clock = FakeTimers(), FakeClock()
    first = FakeConnect(("alpha", "beta"))
    dial.append(first)
    conn = make(timers=timers, clock=clock)
    open_and_wait(qtbot, conn)
    assert names(conn) == ["alpha", "beta"]
    retry = timers.for_(conn._connector.open)

    with qtbot.waitSignal(conn.stateChanged, timeout=5000) as lost:
        first.drop(libvirt.VIR_CONNECT_CLOSE_REASON_KEEPALIVE)  # libvirt calls the close callback
    state, reason = lost.args
    assert state == ConnState.DISCONNECTED and reason.unexpected
    assert reason.close_reason == libvirt.VIR_CONNECT_CLOSE_REASON_KEEPALIVE
    assert names(conn) == ["alpha", "beta"], "rows stay (greyed) while away"
    qtbot.waitUntil(lambda: first.closed, timeout=5000)
    assert first.registered() == [] and first.close_cb is None

    dial[:] = [FakeError("Connection refused", libvirt.VIR_ERR_SYSTEM_ERROR)] * 6
    second = FakeConnect(("alpha", "gamma"))  # beta went away, gamma came, meanwhile
    second.by_name("alpha").state_value = libvirt.VIR_DOMAIN_PAUSED
    dial.append(second)
    retries = []
    for _ in range(6):
        with qtbot.waitSignal(conn.stateChanged, timeout=5000,
                              check_params_cb=lambda s, _r: s == ConnState.DISCONNECTED) as failed:
            retry.fire()
        retries.append(failed.args[1].retry_s)
    assert retries == [2, 4, 8, 16, 30, 30]
    assert retry.starts == [1000, 2000, 4000, 8000, 16000, 30000, 30000]

    with qtbot.waitSignal(conn.stateChanged, timeout=5000,
                          check_params_cb=lambda s, _r: s == ConnState.CONNECTED):
        retry.fire()
    assert names(conn) == ["alpha", "gamma"], "reconciled with what the host has now"
    alpha = second.by_name("alpha")
    assert conn.domains.get(alpha.UUIDString()).state == DomainState.PAUSED

    # Events flow again, through the new session's callbacks.
    alpha.state_value = libvirt.VIR_DOMAIN_RUNNING
    with qtbot.waitSignal(conn.domains.changed, timeout=5000):
        assert second.fire_lifecycle(alpha, libvirt.VIR_DOMAIN_EVENT_RESUMED) == 1
    assert conn.domains.get(alpha.UUIDString()).state == DomainState.RUNNING
    assert first.fire_lifecycle(first.by_name("alpha"), libvirt.VIR_DOMAIN_EVENT_STOPPED) == 0
    assert not first.gui_thread_calls and not second.gui_thread_calls


def test_events_of_an_old_session_are_dropped(dial, make, qtbot):
    fake = FakeConnect(("alpha",))
    dial.append(fake)
    conn = make()
    open_and_wait(qtbot, conn)
    alpha = fake.by_name("alpha")
    before = conn.domains.get(alpha.UUIDString())
    # Callbacks libvirt dispatches just as the user closes: the event is already taken in.
    callbacks = [(cb, opaque) for kind, eid, cb, opaque in fake.callbacks.values()
                 if kind == "domain" and eid == libvirt.VIR_DOMAIN_EVENT_ID_LIFECYCLE]
    conn.close()
    told = []
    conn.events.connect(told.extend)
    for cb, opaque in callbacks:
        cb(fake, alpha, libvirt.VIR_DOMAIN_EVENT_STARTED, 0, opaque)
    qtbot.waitUntil(lambda: len(conn._inbox._queue) == 0, timeout=5000)
    assert told == [] and conn.domains.get(alpha.UUIDString()) == before


def test_a_lifecycle_event_shows_at_once_then_the_refresh_confirms(dial, make, qtbot):
    timers = FakeTimers()
    fake = FakeConnect(("alpha",))
    dial.append(fake)
    conn = make(timers=timers, clock=FakeClock())
    open_and_wait(qtbot, conn)
    alpha = fake.by_name("alpha")
    uuid = alpha.UUIDString()
    flush = timers.for_(conn._refresher.flush)
    alpha.state_value = libvirt.VIR_DOMAIN_RUNNING
    with qtbot.waitSignal(conn.events, timeout=5000) as told:
        fake.fire_lifecycle(alpha, libvirt.VIR_DOMAIN_EVENT_STARTED)
    event = told.args[0][0]
    assert (event.kind, event.uuid, event.name, event.event) == (
        "domain", uuid, "alpha", libvirt.VIR_DOMAIN_EVENT_STARTED)
    assert conn.domains.get(uuid).state == DomainState.RUNNING, "shown before any re-read"
    assert flush.isActive() and fake.gui_thread_calls == []
    fake.domains.clear()  # undefined meanwhile: the re-read finds it gone
    with qtbot.waitSignal(conn.domains.removed, timeout=5000):
        flush.fire()
    assert uuid not in conn.domains


def test_late_events_after_the_connection_was_deleted_are_harmless(dial, qtbot):
    """A Connection deleted before its teardown job deregistered the callbacks: libvirt
    may still dispatch an event or the close callback into it."""
    import shiboken6

    fake = FakeConnect(("alpha",))
    dial.append(fake)
    conn = Connection(URI)
    open_and_wait(qtbot, conn)
    callbacks = [(kind, eid, cb, opaque) for kind, eid, cb, opaque in fake.callbacks.values()]
    close_cb, close_opaque = fake.close_cb
    conn.shutdown()
    shiboken6.delete(conn)  # gone before its teardown job ran (or while it runs)
    alpha = fake.by_name("alpha")
    for kind, eid, cb, opaque in callbacks:
        if kind == "domain" and eid == libvirt.VIR_DOMAIN_EVENT_ID_LIFECYCLE:
            cb(fake, alpha, libvirt.VIR_DOMAIN_EVENT_STARTED, 0, opaque)
        elif kind == "network":
            cb(fake, FakeNetwork("default"), 0, 0, opaque)
    close_cb(fake, libvirt.VIR_CONNECT_CLOSE_REASON_EOF, close_opaque)
    qtbot.wait(50)  # nothing queued may reach a deleted object either
    qtbot.waitUntil(lambda: fake.closed, timeout=5000)


def test_the_listing_starts_once_every_callback_is_registered(dial, make, qtbot):
    """Subscribe, then list: an event between the two is never lost (the registrations
    now go side by side, the listing's calls too)."""

    class Checking(FakeConnect):
        at_listing: list = []

        def note(self, call):
            if call.endswith(("getAllDomainStats", "listAllDomains", "listAllNetworks")):
                self.at_listing.append((len(self.registered()), self.close_cb is not None))
            super().note(call)

    fake = Checking(("alpha",))
    dial.append(fake)
    conn = make()
    open_and_wait(qtbot, conn)
    assert fake.at_listing and set(fake.at_listing) == {(len(DOMAIN_EVENT_IDS) + 3, True)}
