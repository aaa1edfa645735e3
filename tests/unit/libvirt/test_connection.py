import threading

import libvirt
import pytest

from kvmgui.libvirt.connection import Connection, ConnState
from kvmgui.libvirt.records import DomainState
from tests.helpers import run_in_worker


def test_connect_lists_everything(connected):
    names = sorted(r.name for r in connected.domains.records())
    assert names == ["build", "db01", "desktop", "router", "web01"]
    states = {r.name: r.state for r in connected.domains.records()}
    assert states["web01"] == DomainState.RUNNING
    assert states["db01"] == DomainState.PAUSED
    assert states["build"] == DomainState.SHUTOFF
    assert sorted(n.name for n in connected.networks.records()) == ["default", "net10"]
    assert [p.name for p in connected.pools.records()] == ["home"]


def test_state_change_arrives_on_gui_thread(connected, qtbot):
    seen = []
    connected.domains.changed.connect(
        lambda recs: seen.extend((r.name, r.state, threading.current_thread()) for r in recs))
    with qtbot.waitSignal(connected.domains.changed, timeout=5000):
        run_in_worker(qtbot, connected, lambda c: c.lookupByName("web01").suspend())
    qtbot.waitUntil(lambda: connected.domains.get(_uuid(connected, "web01")).state
                    == DomainState.PAUSED, timeout=5000)
    assert seen and all(t is threading.main_thread() for *_x, t in seen)
    assert ("web01", DomainState.PAUSED) in [(n, s) for n, s, _t in seen]


def test_define_and_undefine_follow_events(connected, qtbot):
    xml = """<domain type='test'><name>fresh</name><memory>65536</memory>
             <os><type>hvm</type></os></domain>"""
    with qtbot.waitSignal(connected.domains.added, timeout=5000) as added:
        run_in_worker(qtbot, connected, lambda c: c.defineXML(xml))
    assert [r.name for r in added.args[0]] == ["fresh"]
    uuid = added.args[0][0].uuid
    with qtbot.waitSignal(connected.domains.removed, timeout=5000) as removed:
        run_in_worker(qtbot, connected, lambda c: c.lookupByName("fresh").undefine())
    assert removed.args[0] == [uuid]
    assert uuid not in connected.domains


def test_transient_domain_leaves_when_stopped(connected, qtbot):
    xml = """<domain type='test'><name>temp</name><memory>65536</memory>
             <os><type>hvm</type></os></domain>"""
    with qtbot.waitSignal(connected.domains.added, timeout=5000):
        run_in_worker(qtbot, connected, lambda c: c.createXML(xml))
    uuid = _uuid(connected, "temp")
    assert connected.domains.get(uuid).persistent is False
    with qtbot.waitSignal(connected.domains.removed, timeout=5000):
        run_in_worker(qtbot, connected, lambda c: c.lookupByName("temp").destroy())
    assert uuid not in connected.domains


def test_network_and_pool_events(connected, qtbot):
    def stop(c):
        c.networkLookupByName("net10").destroy()

    with qtbot.waitSignal(connected.networks.changed, timeout=5000) as changed:
        run_in_worker(qtbot, connected, stop)
    assert changed.args[0][0].name == "net10" and changed.args[0][0].active is False
    with qtbot.waitSignal(connected.pools.changed, timeout=5000) as pool_changed:
        run_in_worker(qtbot, connected, lambda c: c.storagePoolLookupByName("home").destroy())
    assert pool_changed.args[0][0].active is False


def test_timeline_events_in_words(connected, qtbot):
    with qtbot.waitSignal(connected.event, timeout=5000,
                          check_params_cb=lambda e: e.name == "build") as ev:
        run_in_worker(qtbot, connected, lambda c: c.lookupByName("build").create())
    assert (ev.args[0].event, ev.args[0].detail) == ("Started", "Booted")


def test_bad_uri_fails_with_libvirts_message(registry, qtbot):
    conn = registry.add("test:///nonexistent/host.xml", save=False)
    with qtbot.waitSignal(conn.stateChanged, timeout=10000,
                          check_params_cb=lambda s, _m: s == ConnState.FAILED) as sig:
        conn.open()
    assert "nonexistent" in sig.args[1] or "No such file" in sig.args[1]
    assert len(conn.domains) == 0


def test_close_deregisters_and_ignores_late_events(connected, qtbot):
    live = connected._live
    assert connected._callback_ids, "events were registered"
    assert live.domainEventCallbackID and live.networkEventCallbackID
    uuid = _uuid(connected, "web01")
    connected.close()
    assert connected.state == ConnState.DISCONNECTED
    # The teardown job deregisters every callback, then closes.
    qtbot.waitUntil(lambda: not live.domainEventCallbackID and not live.networkEventCallbackID
                    and not live.storagePoolEventCallbackID, timeout=5000)
    before = connected.domains.get(uuid)
    connected._domainEvent.emit(connected._generation - 1, uuid, (None, "web01", ()),
                                libvirt.VIR_DOMAIN_EVENT_ID_LIFECYCLE,
                                libvirt.VIR_DOMAIN_EVENT_STOPPED, 0)
    qtbot.wait(50)
    assert connected.domains.get(uuid) == before, "an event of the old session changed a row"


def test_run_when_disconnected_fails_cleanly(registry, test_host, qtbot):
    conn = registry.add(test_host, save=False)
    errors = []
    conn.run(lambda c: c.listAllDomains(), failed=errors.append)
    qtbot.waitUntil(lambda: bool(errors), timeout=5000)
    assert "not connected" in str(errors[0])


def test_action_on_vanished_domain_reports_libvirt_error(connected, qtbot):
    errors = []
    connected.run(lambda c: c.lookupByUUIDString("00000000-0000-0000-0000-000000000099").create(),
                  failed=errors.append)
    qtbot.waitUntil(lambda: bool(errors), timeout=5000)
    assert isinstance(errors[0], libvirt.libvirtError)


def test_event_storm_coalesces_and_ends_consistent(connected, qtbot):
    def storm(c):
        dom = c.lookupByName("web01")
        for _ in range(100):
            dom.suspend()
            dom.resume()
        dom.suspend()

    run_in_worker(qtbot, connected, storm)
    uuid = _uuid(connected, "web01")
    qtbot.waitUntil(lambda: connected.domains.get(uuid).state == DomainState.PAUSED, timeout=5000)


@pytest.mark.parametrize("uri", ["qemu+ssh://user@example.invalid/system", "qemu:///system"])
def test_remote_uri_detection(uri):
    from kvmgui.libvirt.connection import is_remote_uri

    assert is_remote_uri(uri) == ("+" in uri)


def _uuid(conn: Connection, name: str) -> str:
    return next(r.uuid for r in conn.domains.records() if r.name == name)


def test_close_waits_for_calls_still_using_the_connection(connected, qtbot):
    """Closing a virConnect another thread calls through crashes; teardown waits instead."""
    import threading

    started, release = threading.Event(), threading.Event()

    def job(c):
        started.set()
        release.wait(10)
        return len(c.listAllDomains())

    future = connected.run(job)
    qtbot.waitUntil(started.is_set, timeout=5000)
    live = connected._live
    connected.close()
    after_teardown = connected._lane.submit(lambda: None)
    assert not after_teardown.done(), "teardown ran while a call used the connection"
    assert live.domainEventCallbackID, "callbacks deregistered too early"
    release.set()
    qtbot.waitUntil(future.done, timeout=5000)
    assert future.result() == 5
    qtbot.waitUntil(after_teardown.done, timeout=5000)
    assert not live.domainEventCallbackID
