"""The restart-pending check: a check that fails is logged, never silently dropped."""

import logging
import threading

import libvirt

from kvmgui.libvirt import domainops, pending
from kvmgui.libvirt.connection import ConnState
from kvmgui.libvirt.pending import tracker_for
from kvmgui.libvirt.records import DomainState
from kvmgui.xml.diff import PendingChange, PendingKind
from kvmgui.xml.words import QT_TRANSLATE_NOOP
from tests.helpers import DEMO_VMS, WEB01, FakeError
from tests.unit.libvirt import test_connection_faults as faults
from tests.unit.libvirt.fakes import FakeClock, FakeConnect, FakeTimers

dial, make = faults.dial, faults.make  # fixtures: a connection to fake hosts


def failing_xml(monkeypatch, name, code=libvirt.VIR_ERR_INTERNAL_ERROR):
    real = libvirt.virDomain.XMLDesc

    def xml_desc(dom, flags=0):
        if dom.name() == name:
            raise FakeError(f"cannot read {name}", code)
        return real(dom, flags)

    monkeypatch.setattr(libvirt.virDomain, "XMLDesc", xml_desc)


def test_failed_check_is_logged(connected, qtbot, monkeypatch, caplog):
    tracker = tracker_for(connected)
    failing_xml(monkeypatch, "web01")
    with caplog.at_level(logging.WARNING, logger="kvmgui"):
        tracker.check(WEB01)
        qtbot.waitUntil(lambda: "cannot read web01" in caplog.text, timeout=5000)
    assert WEB01 in caplog.text


def test_unreadable_vm_at_connect_is_logged_and_others_checked(connected, qtbot, monkeypatch,
                                                               caplog):
    tracker = tracker_for(connected)
    failing_xml(monkeypatch, "db01")
    with caplog.at_level(logging.WARNING, logger="kvmgui"):
        tracker._check_all()
        qtbot.waitUntil(lambda: "cannot read db01" in caplog.text, timeout=5000)


def test_vanished_vm_is_not_a_warning(connected, qtbot, monkeypatch, caplog):
    tracker = tracker_for(connected)
    failing_xml(monkeypatch, "db01", libvirt.VIR_ERR_NO_DOMAIN)
    seen = []
    monkeypatch.setattr(tracker, "_answer", lambda u, s, lines: seen.append(u))
    with caplog.at_level(logging.WARNING, logger="kvmgui"):
        tracker._check_all()
        qtbot.waitUntil(lambda: len(seen) >= 2, timeout=5000)  # web01 and router answered
    assert "db01" not in caplog.text


def test_vm_found_stopped_after_a_reconnect_loses_its_mark(dial, make, qtbot, monkeypatch):
    # Stopped while the host was away: no STOPPED event ever comes, only the new listing.
    line = PendingChange(PendingKind.VALUE, "vcpus", QT_TRANSLATE_NOOP("Test", "vCPUs: 1 → 2"))
    monkeypatch.setattr(pending, "_pending_of_all", lambda _c, uuids: {u: [line] for u in uuids})
    monkeypatch.setattr(domainops, "pending", lambda _c, _uuid: [line])
    first = FakeConnect(("alpha",))
    first.by_name("alpha").state_value = libvirt.VIR_DOMAIN_RUNNING
    dial.append(first)
    conn = make(timers=FakeTimers(), clock=FakeClock())
    tracker = tracker_for(conn)
    uuid = first.by_name("alpha").UUIDString()
    with qtbot.waitSignal(tracker.changed, timeout=5000):
        faults.open_and_wait(qtbot, conn)
    assert tracker.get(uuid) == [line]
    with qtbot.waitSignal(conn.stateChanged, timeout=5000):
        first.drop(libvirt.VIR_CONNECT_CLOSE_REASON_KEEPALIVE)
    dial[:] = [FakeConnect(("alpha",))]  # shut off meanwhile
    with qtbot.waitSignal(conn.stateChanged, timeout=5000,
                          check_params_cb=lambda s, _r: s == ConnState.CONNECTED):
        conn._connector.open()
    assert conn.domains.get(uuid).state == DomainState.SHUTOFF
    assert tracker.get(uuid) == ()


def _lifecycle(uuid, event, detail):
    from kvmgui.libvirt.records import LibvirtEvent

    return LibvirtEvent(0.0, "domain", uuid, "web01", libvirt.VIR_DOMAIN_EVENT_ID_LIFECYCLE,
                        event, detail)


def test_a_vm_restored_from_its_saved_memory_is_checked_again(connected, qtbot, monkeypatch):
    # Restored (a managed save, a snapshot) or woken up, the VM runs what it ran before, not
    # its definition: what was pending still is. Only a boot starts from the definition.
    memory = PendingChange(PendingKind.VALUE, "memory", QT_TRANSLATE_NOOP("Test", "Memory: 1 → 2"))
    vcpus = PendingChange(PendingKind.VALUE, "vcpus", QT_TRANSLATE_NOOP("Test", "vCPUs: 1 → 2"))
    now = {WEB01: [memory]}
    monkeypatch.setattr(domainops, "pending", lambda _c, uuid: now.get(uuid, []))
    tracker = tracker_for(connected)
    with qtbot.waitSignal(tracker.changed, timeout=5000,
                          check_params_cb=lambda u, lines: u == WEB01 and lines == [memory]):
        tracker.check(WEB01)
    now[WEB01] = [memory, vcpus]
    with qtbot.waitSignal(tracker.changed, timeout=5000,
                          check_params_cb=lambda u, lines: u == WEB01 and lines == [memory, vcpus]):
        connected.events.emit([_lifecycle(WEB01, libvirt.VIR_DOMAIN_EVENT_STARTED,
                                          libvirt.VIR_DOMAIN_EVENT_STARTED_RESTORED)])
    assert tracker.get(WEB01) == [memory, vcpus]
    connected.events.emit([_lifecycle(WEB01, libvirt.VIR_DOMAIN_EVENT_STARTED,
                                      libvirt.VIR_DOMAIN_EVENT_STARTED_BOOTED)])
    assert tracker.get(WEB01) == ()  # booted from its definition: nothing waits


def test_a_vm_that_crashes_keeps_its_pending_mark(connected, qtbot, monkeypatch):
    # Kept after a guest panic (on_crash preserve), the VM still runs its old settings: what
    # was pending still is, until it is forced off and started.
    memory = PendingChange(PendingKind.VALUE, "memory", QT_TRANSLATE_NOOP("Test", "Memory: 1 → 2"))
    monkeypatch.setattr(domainops, "pending", lambda _c, uuid: [memory] if uuid == WEB01 else [])
    tracker = tracker_for(connected)
    with qtbot.waitSignal(tracker.changed, timeout=5000,
                          check_params_cb=lambda u, lines: u == WEB01 and lines == [memory]):
        tracker.check(WEB01)
    connected.domains.upsert([connected.domains.get(WEB01).with_state(DomainState.CRASHED)])
    assert tracker.get(WEB01) == [memory]


def test_a_device_the_guest_let_go_of_late_clears_the_mark(connected, qtbot, monkeypatch):
    """A disk removed from a running VM whose guest let go of it only after the detach had
    returned (QEMU answers after 5 s, the guest later): the check then saw it pending, and
    the DEVICE_REMOVED event that followed asked nothing, so the row kept 'pending' until
    the next start."""
    from kvmgui.libvirt.records import LibvirtEvent

    gone = PendingChange(PendingKind.REMOVED, "disk:vdb",
                         QT_TRANSLATE_NOOP("Test", "Removed disk vdb"))
    now = {WEB01: [gone]}
    monkeypatch.setattr(domainops, "pending", lambda _c, uuid: now.get(uuid, []))
    tracker = tracker_for(connected)
    with qtbot.waitSignal(tracker.changed, timeout=5000,
                          check_params_cb=lambda u, lines: u == WEB01 and lines == [gone]):
        tracker.check(WEB01)
    now[WEB01] = []  # the guest let go
    with qtbot.waitSignal(tracker.changed, timeout=5000,
                          check_params_cb=lambda u, lines: u == WEB01 and lines == []):
        connected.events.emit([LibvirtEvent(0.0, "domain", WEB01, "web01",
                                            libvirt.VIR_DOMAIN_EVENT_ID_DEVICE_REMOVED,
                                            args=("virtio-disk1",))])
    assert tracker.get(WEB01) == ()


def test_a_far_hosts_running_vms_are_checked_side_by_side(connected, qtbot, monkeypatch):
    """At connect, each running VM's check cost six round trips one after another: 36.5 s
    for 10 VMs behind a 300 ms link. A far host's VMs are read side by side (web01, db01
    and router run on the Demo host: the first read of each meets the others')."""
    from kvmgui.libvirt import fanout

    monkeypatch.setattr(fanout, "is_remote_uri", lambda _uri: True)
    real = libvirt.virDomain.XMLDesc
    met, lock = threading.Barrier(3, timeout=5), threading.Lock()
    first_of = set()

    def xml_desc(dom, flags=0):
        with lock:  # the first read of each VM waits for those of the two others
            first = dom.UUIDString() not in first_of
            first_of.add(dom.UUIDString())
        if first:
            met.wait()
        return real(dom, flags)
    monkeypatch.setattr(libvirt.virDomain, "XMLDesc", xml_desc)
    tracker = tracker_for(connected)
    seen = []
    monkeypatch.setattr(tracker, "_answer", lambda u, s, lines: seen.append((u, lines)))
    tracker._check_all()
    qtbot.waitUntil(lambda: len(seen) >= 3, timeout=10000)  # (and those of a first check)
    assert {u for u, _lines in seen} == {DEMO_VMS[n] for n in ("web01", "db01", "router")}
