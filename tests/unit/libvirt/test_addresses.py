"""Guest addresses from every source, merged and labelled; refreshed while watched."""

import libvirt

from kvmgui.libvirt import fanout
from kvmgui.libvirt.addresses import (
    AddressMonitor,
    AddressSource,
    GuestAddress,
    fetch_addresses,
    merge,
)
from tests.helpers import FakeError, run_in_worker, together
from tests.unit.lverror import refusal

WEB01 = "4dea22b3-1d52-d8f3-2516-782e98a23f01"  # running
BUILD = "4dea22b3-1d52-d8f3-2516-782e98a23f03"  # shut off
V4, V6 = libvirt.VIR_IP_ADDR_TYPE_IPV4, libvirt.VIR_IP_ADDR_TYPE_IPV6


def iface(mac, *addrs):
    return {"hwaddr": mac, "addrs": [{"addr": a, "prefix": p, "type": t} for a, p, t in addrs]}


def test_merge_labels_each_address_with_every_source():
    lease = {"vnet0": iface("52:54:00:AA:00:01", ("192.168.10.5", 24, V4))}
    agent = {"eth0": iface("52:54:00:aa:00:01", ("fe80::1", 64, V6), ("192.168.10.5", 24, V4),
                           ("2001:db8::5", 64, V6))}
    arp = {"vnet0": iface("52:54:00:aa:00:02", ("192.168.10.6", 0, V4))}
    merged = merge([("lease", lease), ("agent", agent), ("arp", arp)])
    assert [(a.cidr, a.sources) for a in merged] == [
        ("192.168.10.5/24", ("lease", "agent")),
        ("192.168.10.6/0", ("arp",)),
        ("2001:db8::5/64", ("agent",)),
        ("fe80::1/64", ("agent",)),
    ]
    assert merged[0].mac == "52:54:00:aa:00:01" and merged[0].name == "vnet0"


def test_merge_skips_what_is_no_address():
    # The guest agent passes on what the guest says: one odd word must not lose the rest.
    lease = {"vnet0": iface("52:54:00:aa:00:01", ("192.168.10.5", 24, V4))}
    agent = {"eth0": iface("52:54:00:aa:00:01", ("", 0, V6), ("not an address", 24, V4),
                           ("fe80::1%eth0", 64, V6))}
    merged = merge([("lease", lease), ("agent", agent)])
    assert [(a.address, a.sources) for a in merged] == [
        ("192.168.10.5", ("lease",)), ("fe80::1%eth0", ("agent",))]


def test_merge_leaves_out_the_guests_loopback():
    # The guest agent lists every interface of the guest, its loopback too: no address
    # to reach the VM at (the overview listed "127.0.0.1/8 (guest agent)").
    agent = {"lo": iface("00:00:00:00:00:00", ("127.0.0.1", 8, V4), ("::1", 128, V6)),
             "eth0": iface("52:54:00:aa:00:01", ("192.168.10.5", 24, V4))}
    assert [a.address for a in merge([("agent", agent)])] == ["192.168.10.5"]


def test_merge_of_nothing():
    assert merge([("lease", {}), ("arp", None)]) == ()


def test_fetch_from_the_test_driver(connected, qtbot):
    report = run_in_worker(qtbot, connected, fetch_addresses, WEB01)
    assert report.running and report.errors == {}
    assert report.answered == {AddressSource.LEASE, AddressSource.AGENT, AddressSource.ARP}
    assert report.for_mac("52:54:00:6B:3C:01") == [GuestAddress(
        "52:54:00:6b:3c:01", "192.168.122.3", 24, False, ("lease", "agent", "arp"),
        "testnet0")]
    assert report.for_mac("52:54:00:00:00:00") == []


def test_stopped_vm_has_no_addresses(connected, qtbot):
    report = run_in_worker(qtbot, connected, fetch_addresses, BUILD)
    assert not report.running and report.addresses == ()


def test_monitor_fetches_on_start_and_after_events(connected, qtbot):
    monitor = AddressMonitor(connected, WEB01)
    monitor._timer.setInterval(60000)  # only the first fetch and the event's within this test
    with qtbot.waitSignal(monitor.updated, timeout=5000) as blocker:
        monitor.start()
    assert blocker.args[0].running
    qtbot.waitUntil(lambda: not monitor._busy, timeout=5000)  # the agent's answer too
    with qtbot.waitSignal(monitor.updated, timeout=5000) as blocker:
        run_in_worker(qtbot, connected, lambda c: c.lookupByUUIDString(WEB01).destroy())
    assert not blocker.args[0].running  # the STOPPED event triggered a fetch at once
    monitor.stop()
    assert not monitor.active


def test_monitor_stops_asking_a_source_that_cannot_answer(connected, qtbot, monkeypatch):
    asked = []
    real = libvirt.virDomain.interfaceAddresses

    def agentless(dom, source, flags=0):
        asked.append(source)
        if source == libvirt.VIR_DOMAIN_INTERFACE_ADDRESSES_SRC_AGENT:
            raise refusal("QEMU guest agent is not configured")
        return real(dom, source, flags)

    monkeypatch.setattr(libvirt.virDomain, "interfaceAddresses", agentless)
    monkeypatch.setattr(libvirt.libvirtError, "get_error_code",
                        lambda self: libvirt.VIR_ERR_ARGUMENT_UNSUPPORTED)
    monitor = AddressMonitor(connected, WEB01)
    monitor._timer.setInterval(60000)
    monitor.start()
    qtbot.waitUntil(lambda: not monitor._busy, timeout=5000)  # the agent's answer apart
    report = monitor.report
    assert report.unsupported == {"agent"}
    assert report.errors == {"agent": "QEMU guest agent is not configured"}
    assert report.codes == {"agent": libvirt.VIR_ERR_ARGUMENT_UNSUPPORTED}
    assert report.answered == {"lease", "arp"}
    assert [a.sources for a in report.addresses] == [("lease", "arp")]
    asked.clear()
    future = connected.run(lambda c: None)  # let the first job's callbacks settle
    qtbot.waitUntil(future.done)
    monitor.refresh()
    qtbot.waitUntil(lambda: len(asked) == 2)
    assert libvirt.VIR_DOMAIN_INTERFACE_ADDRESSES_SRC_AGENT not in asked
    monitor.stop()


def test_a_global_ipv6_address_comes_before_an_ipv4_link_local_one():
    # No DHCP on the network: the guest gave itself 169.254.x (zeroconf, Windows' APIPA),
    # which the host has no route to, and got a global IPv6 address by SLAAC. The address
    # box offers the first: it was 169.254.7.9, which ssh cannot reach.
    agent = {"eth0": iface("52:54:00:aa:00:01", ("169.254.7.9", 16, V4), ("fe80::5", 64, V6),
                           ("2001:db8::5", 64, V6))}
    lease = {"vnet1": iface("52:54:00:aa:00:02", ("192.168.10.7", 24, V4))}
    assert [a.address for a in merge([("lease", lease), ("agent", agent)])] == [
        "192.168.10.7", "2001:db8::5", "169.254.7.9", "fe80::5"]


def test_an_agent_that_is_not_connected_is_asked_again_only_now_and_then(connected, qtbot,
                                                                          monkeypatch):
    # The wizard and virt-install add the agent's channel; a guest without the agent makes
    # libvirt answer "QEMU guest agent is not connected" and log it as an error: asked every
    # 3 s while the NIC page showed, the host's journal filled with it.
    from kvmgui.libvirt import addresses
    from kvmgui.libvirt.records import LibvirtEvent
    from tests.helpers import FakeError

    agent = libvirt.VIR_DOMAIN_INTERFACE_ADDRESSES_SRC_AGENT
    asked, clock = [], [1000.0]
    real = libvirt.virDomain.interfaceAddresses

    def unconnected(dom, source, flags=0):
        asked.append(source)
        if source == agent:
            raise FakeError("Guest agent is not responding: QEMU guest agent is not connected",
                            libvirt.VIR_ERR_AGENT_UNRESPONSIVE)
        return real(dom, source, flags)

    monkeypatch.setattr(libvirt.virDomain, "interfaceAddresses", unconnected)
    monkeypatch.setattr(addresses, "monotonic", lambda: clock[0])
    monitor = AddressMonitor(connected, WEB01)
    monitor._timer.setInterval(60000)

    def fetch(seconds_later):
        clock[0] += seconds_later
        asked.clear()
        monitor.refresh()
        qtbot.waitUntil(lambda: not monitor._busy, timeout=5000)
        return agent in asked

    monitor.start()
    qtbot.waitUntil(lambda: not monitor._busy, timeout=5000)
    assert agent in asked
    assert not fetch(3) and not fetch(3)  # the timer's next readings leave it out…
    assert monitor.report.codes == {"agent": libvirt.VIR_ERR_AGENT_UNRESPONSIVE}  # …its word kept
    # now and then (an agent may have come without a word): 30 s after its own answer
    assert fetch(24)
    assert not fetch(3)
    monitor._on_events([LibvirtEvent(0.0, "domain", WEB01, "web01",
                                     libvirt.VIR_DOMAIN_EVENT_ID_AGENT_LIFECYCLE)])
    qtbot.waitUntil(lambda: not monitor._busy, timeout=5000)
    assert agent in asked  # the agent connected: asked at once
    monitor.stop()


def test_an_address_the_guest_has_now_comes_before_a_lease_it_left():
    # dnsmasq keeps a lease an hour: a guest that asked again with another client id (a
    # cloud image provisioned anew, a static address set inside) has two, and the old one
    # came first, so the address box offered ssh to an address the guest no longer has.
    lease = {"vnet0": iface("52:54:00:aa:00:01", ("192.168.122.50", 24, V4),
                            ("192.168.122.77", 24, V4))}
    agent = {"eth0": iface("52:54:00:aa:00:01", ("192.168.122.77", 24, V4))}
    arp = {"vnet0": iface("52:54:00:aa:00:01", ("192.168.122.77", 0, V4))}
    assert [a.address for a in merge([("lease", lease), ("agent", agent)])] == [
        "192.168.122.77", "192.168.122.50"]
    assert [a.address for a in merge([("lease", lease), ("arp", arp)])] == [
        "192.168.122.77", "192.168.122.50"]
    assert [a.address for a in merge([("lease", lease)])] == [  # nothing to tell them apart
        "192.168.122.50", "192.168.122.77"]


def test_an_agent_this_login_may_not_ask_is_not_asked_again_on_the_timer(connected, qtbot,
                                                                          monkeypatch):
    # libvirt's ACLs let a login that may only read a VM list its leases, not ask its agent
    # (that needs domain:write): refused every 3 s, each refusal in libvirtd's log.
    from tests.helpers import FakeError

    agent = libvirt.VIR_DOMAIN_INTERFACE_ADDRESSES_SRC_AGENT
    asked = []
    real = libvirt.virDomain.interfaceAddresses

    def denied(dom, source, flags=0):
        asked.append(source)
        if source == agent:
            raise FakeError("access denied: 'domain' denied access", libvirt.VIR_ERR_ACCESS_DENIED)
        return real(dom, source, flags)

    monkeypatch.setattr(libvirt.virDomain, "interfaceAddresses", denied)
    monitor = AddressMonitor(connected, WEB01)
    monitor._timer.setInterval(60000)
    monitor.start()
    qtbot.waitUntil(lambda: not monitor._busy, timeout=5000)
    assert monitor.report.unsupported == {"agent"}
    asked.clear()
    monitor.refresh()
    qtbot.waitUntil(lambda: not monitor._busy, timeout=5000)
    assert agent not in asked and len(asked) == 2
    monitor.stop()


def test_a_hung_agent_does_not_hold_back_the_lease(connected, qtbot, monkeypatch):
    # A guest agent that does not answer makes libvirt wait ~5 s: asked after the leases
    # and before ARP in one job, the lease the window could show at once waited for it.
    import threading

    agent = libvirt.VIR_DOMAIN_INTERFACE_ADDRESSES_SRC_AGENT
    answer = threading.Event()
    real = libvirt.virDomain.interfaceAddresses

    def hung(dom, source, flags=0):
        if source == agent:
            answer.wait(10)
        return real(dom, source, flags)

    monkeypatch.setattr(libvirt.virDomain, "interfaceAddresses", hung)
    monitor = AddressMonitor(connected, WEB01)
    monitor._timer.setInterval(60000)
    try:
        with qtbot.waitSignal(monitor.updated, timeout=3000) as blocker:
            monitor.start()
        assert blocker.args[0].answered == {"lease", "arp"}
        assert blocker.args[0].for_mac("52:54:00:6b:3c:01")[0].sources == ("lease", "arp")
        with qtbot.waitSignal(monitor.updated, timeout=5000) as blocker:
            answer.set()  # the agent answers at last: its word joins the others'
        assert blocker.args[0].answered == {"lease", "agent", "arp"}
        assert blocker.args[0].for_mac("52:54:00:6b:3c:01")[0].sources == (
            "lease", "agent", "arp")
        assert blocker.args[0].for_mac("52:54:00:6b:3c:01")[0].name == "testnet0"
    finally:
        answer.set()
        qtbot.waitUntil(lambda: not monitor._busy, timeout=5000)
        monitor.stop()


def test_an_agent_that_is_not_in_sync_rests_too(connected, qtbot, monkeypatch):
    # "guest agent is not synced": the agent's channel is open but its sync timed out (a
    # guest still booting, an agent stuck). libvirt waits for it and logs it: it was asked
    # on every reading, each one after its wait.
    from kvmgui.libvirt import addresses
    from tests.helpers import FakeError

    agent = libvirt.VIR_DOMAIN_INTERFACE_ADDRESSES_SRC_AGENT
    asked, clock = [], [1000.0]
    real = libvirt.virDomain.interfaceAddresses

    def unsynced(dom, source, flags=0):
        asked.append(source)
        if source == agent:
            raise FakeError("Guest agent is not responding: guest agent not synced",
                            libvirt.VIR_ERR_AGENT_UNSYNCED)
        return real(dom, source, flags)

    monkeypatch.setattr(libvirt.virDomain, "interfaceAddresses", unsynced)
    monkeypatch.setattr(addresses, "monotonic", lambda: clock[0])
    monitor = AddressMonitor(connected, WEB01)
    monitor._timer.setInterval(60000)
    monitor.start()
    qtbot.waitUntil(lambda: not monitor._busy, timeout=5000)
    assert agent in asked
    asked.clear()
    clock[0] += 3
    monitor.refresh()
    qtbot.waitUntil(lambda: not monitor._busy, timeout=5000)
    assert asked and agent not in asked
    assert monitor.report.codes == {"agent": libvirt.VIR_ERR_AGENT_UNSYNCED}
    monitor.stop()


def test_a_paused_vms_agent_is_not_asked_again_on_the_timer(connected, qtbot, monkeypatch):
    # libvirt's qemu driver asks a paused VM's agent nothing: it refuses with "domain is not
    # running" (VIR_ERR_OPERATION_INVALID) until the VM resumes, which is an event.
    from tests.helpers import FakeError

    agent = libvirt.VIR_DOMAIN_INTERFACE_ADDRESSES_SRC_AGENT
    asked = []
    real = libvirt.virDomain.interfaceAddresses

    def paused(dom, source, flags=0):
        asked.append(source)
        if source == agent:
            raise FakeError("Requested operation is not valid: domain is not running",
                            libvirt.VIR_ERR_OPERATION_INVALID)
        return real(dom, source, flags)

    monkeypatch.setattr(libvirt.virDomain, "interfaceAddresses", paused)
    monitor = AddressMonitor(connected, WEB01)
    monitor._timer.setInterval(60000)
    monitor.start()
    qtbot.waitUntil(lambda: not monitor._busy, timeout=5000)
    assert monitor.report.unsupported == {"agent"}
    asked.clear()
    monitor.refresh()
    qtbot.waitUntil(lambda: not monitor._busy, timeout=5000)
    assert agent not in asked and len(asked) == 2
    monitor.stop()


def test_a_far_hosts_sources_are_asked_side_by_side_and_answer_the_same(connected, qtbot,
                                                                         monkeypatch):
    """The leases and ARP (the address box's "others" fetch) in one round trip, not two;
    a source's refusal stays its own."""
    real = libvirt.virDomain.interfaceAddresses

    def no_arp(self, source, flags=0):
        if source == libvirt.VIR_DOMAIN_INTERFACE_ADDRESSES_SRC_ARP:
            raise FakeError("ARP not supported", libvirt.VIR_ERR_NO_SUPPORT)
        return real(self, source, flags)
    monkeypatch.setattr(libvirt.virDomain, "interfaceAddresses", no_arp)
    others = frozenset({AddressSource.AGENT})
    near = run_in_worker(qtbot, connected, fetch_addresses, WEB01, others)
    assert near.answered == {AddressSource.LEASE} and set(near.errors) == {AddressSource.ARP}
    monkeypatch.setattr(fanout, "is_remote_uri", lambda _uri: True)
    together(monkeypatch, libvirt.virDomain, "interfaceAddresses", parties=2)
    assert run_in_worker(qtbot, connected, fetch_addresses, WEB01, others) == near
