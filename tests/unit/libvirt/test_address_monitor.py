"""AddressMonitor's two fetches (leases and ARP; the guest agent) apart: each on its own."""

import threading

import libvirt

from kvmgui.libvirt.addresses import AddressMonitor
from tests.helpers import FakeError

WEB01 = "4dea22b3-1d52-d8f3-2516-782e98a23f01"  # running
AGENT = libvirt.VIR_DOMAIN_INTERFACE_ADDRESSES_SRC_AGENT
LEASE = libvirt.VIR_DOMAIN_INTERFACE_ADDRESSES_SRC_LEASE


def test_a_hung_agent_does_not_hold_back_the_next_lease_reading(connected, qtbot, monkeypatch):
    # One busy count for both fetches: while a hung agent held its fetch (~5 s), the
    # timer's next reading waited for it, so the leases were read every ~5 s, not 3.
    answer, asked = threading.Event(), []
    real = libvirt.virDomain.interfaceAddresses

    def hung(dom, source, flags=0):
        asked.append(source)
        if source == AGENT:
            answer.wait(10)
        return real(dom, source, flags)

    monkeypatch.setattr(libvirt.virDomain, "interfaceAddresses", hung)
    monitor = AddressMonitor(connected, WEB01)
    monitor._timer.setInterval(60000)
    try:
        with qtbot.waitSignal(monitor.updated, timeout=3000):
            monitor.start()
        monitor.refresh()  # the timer's next reading, the agent still silent
        qtbot.waitUntil(lambda: asked.count(LEASE) == 2, timeout=3000)
        assert asked.count(AGENT) == 1  # not asked twice at once
    finally:
        answer.set()
        qtbot.waitUntil(lambda: not monitor._busy, timeout=5000)
        monitor.stop()


def test_an_agent_that_timed_out_is_not_asked_again_at_once(connected, qtbot, monkeypatch):
    # A reading asked for while the agent's fetch waited ran as soon as it ended, before
    # its "not responding" put the agent to rest: asked again at once, another wait and
    # another error in the host's log.
    answer, asked = threading.Event(), []
    real = libvirt.virDomain.interfaceAddresses

    def unresponsive(dom, source, flags=0):
        asked.append(source)
        if source == AGENT:
            answer.wait(10)
            raise FakeError("Guest agent is not responding: QEMU guest agent is not connected",
                            libvirt.VIR_ERR_AGENT_UNRESPONSIVE)
        return real(dom, source, flags)

    monkeypatch.setattr(libvirt.virDomain, "interfaceAddresses", unresponsive)
    monitor = AddressMonitor(connected, WEB01)
    monitor._timer.setInterval(60000)
    try:
        monitor.start()
        qtbot.waitUntil(lambda: monitor.report is not None, timeout=3000)  # the leases'
        monitor.refresh()  # asked for while the agent's fetch waits
        answer.set()
        qtbot.waitUntil(lambda: monitor.report is not None and "agent" in monitor.report.codes,
                        timeout=5000)
        qtbot.waitUntil(lambda: not monitor._busy, timeout=5000)
        assert asked.count(AGENT) == 1
    finally:
        answer.set()
        monitor.stop()


def test_both_fetches_failing_is_said_once(connected, qtbot):
    # A VM gone (or a host lost) fails both fetches: each said so, and every page showed
    # "Could not read the addresses" twice over.
    monitor = AddressMonitor(connected, "4dea22b3-1d52-d8f3-2516-782e98a23fff")  # no such VM
    monitor._timer.setInterval(60000)
    said = []
    monitor.failed.connect(said.append)
    monitor.start()
    qtbot.waitUntil(lambda: bool(said) and not monitor._busy, timeout=5000)
    monitor.stop()
    assert len(said) == 1 and monitor.report is None


def test_the_agents_fetch_failing_leaves_the_leases_reading(connected, qtbot, monkeypatch):
    # The agent's fetch failed as a whole after the leases' had answered: the report was
    # forgotten and every page said it could not read the addresses, the lease shown a
    # moment before gone until the next reading (they blinked away and back).
    from kvmgui.libvirt import addresses
    from tests.unit.lverror import refusal

    gate, real = threading.Event(), addresses.fetch_addresses

    def fetch(conn, uuid, skip):
        if "agent" not in skip:
            gate.wait(10)
            raise refusal("Cannot recv data: Connection reset by peer")
        return real(conn, uuid, skip)

    monkeypatch.setattr(addresses, "fetch_addresses", fetch)
    monitor = AddressMonitor(connected, WEB01)
    monitor._timer.setInterval(60000)
    said, shown = [], []
    monitor.failed.connect(said.append)
    monitor.updated.connect(shown.append)
    try:
        with qtbot.waitSignal(monitor.updated, timeout=3000):
            monitor.start()
        gate.set()
        qtbot.waitUntil(lambda: not monitor._busy, timeout=5000)
    finally:
        gate.set()
        monitor.stop()
    assert said == []
    report = monitor.report
    assert report is not None and report.running
    assert report.for_mac("52:54:00:6b:3c:01")[0].sources == ("lease", "arp")
    assert report.errors == {"agent": "Cannot recv data: Connection reset by peer"}
    assert report.answered == {"lease", "arp"} and len(shown) == 2


def test_an_event_that_changes_no_address_leaves_a_silent_agent_at_rest(connected, qtbot,
                                                                         monkeypatch):
    # Every event of the VM ended the agent's rest and read again: a disk reporting I/O
    # errors (QEMU sends one a second), a balloon change, kvmgui's own metadata edit each
    # asked the silent agent again (another wait, another error in the host's log).
    from kvmgui.libvirt import addresses
    from kvmgui.libvirt.records import LibvirtEvent

    asked, clock = [], [1000.0]
    real = libvirt.virDomain.interfaceAddresses

    def unresponsive(dom, source, flags=0):
        asked.append(source)
        if source == AGENT:
            raise FakeError("Guest agent is not responding: QEMU guest agent is not connected",
                            libvirt.VIR_ERR_AGENT_UNRESPONSIVE)
        return real(dom, source, flags)

    monkeypatch.setattr(libvirt.virDomain, "interfaceAddresses", unresponsive)
    monkeypatch.setattr(addresses, "monotonic", lambda: clock[0])
    monitor = AddressMonitor(connected, WEB01)
    monitor._timer.setInterval(60000)
    monitor.start()
    qtbot.waitUntil(lambda: not monitor._busy and AGENT in asked, timeout=5000)
    for event_id, args in ((libvirt.VIR_DOMAIN_EVENT_ID_IO_ERROR, ("/var/lib/a.qcow2", "vda", 0)),
                           (libvirt.VIR_DOMAIN_EVENT_ID_BALLOON_CHANGE, (1048576,)),
                           (libvirt.VIR_DOMAIN_EVENT_ID_METADATA_CHANGE, (0, ""))):
        asked.clear()
        clock[0] += 1
        monitor._on_events([LibvirtEvent(0.0, "domain", WEB01, "web01", event_id, args=args)])
        qtbot.waitUntil(lambda: not monitor._busy, timeout=5000)
        assert AGENT not in asked, event_id
    monitor.stop()


def test_a_reading_asked_for_before_the_monitor_stopped_is_not_made_after(connected, qtbot,
                                                                           monkeypatch):
    # A reading asked for while the agent's fetch waited ran when it ended, though the
    # monitor had stopped meanwhile (the page showing the addresses left): the silent
    # agent was asked once more with no one looking.
    answer, asked = threading.Event(), []
    real = libvirt.virDomain.interfaceAddresses

    def hung(dom, source, flags=0):
        asked.append(source)
        if source == AGENT:
            answer.wait(10)
        return real(dom, source, flags)

    monkeypatch.setattr(libvirt.virDomain, "interfaceAddresses", hung)
    monitor = AddressMonitor(connected, WEB01)
    monitor._timer.setInterval(60000)
    try:
        with qtbot.waitSignal(monitor.updated, timeout=3000):
            monitor.start()
        monitor.refresh()  # the timer's next reading: the leases' now, the agent's after
        qtbot.waitUntil(lambda: asked.count(LEASE) == 2 and "others" not in monitor._busy,
                        timeout=3000)
        monitor.stop()
    finally:
        answer.set()
    qtbot.waitUntil(lambda: not monitor._busy, timeout=5000)
    assert asked.count(AGENT) == 1


def test_the_agents_fetch_failing_does_not_make_a_stopped_vm_run(connected, qtbot, monkeypatch):
    # The leases' fetch found the VM stopped, then the agent's failed (a transient VM gone
    # with its stop): the agent's failure was joined as a word of a running VM, and the
    # pages said it ran, with no address.
    from kvmgui.libvirt import addresses
    from tests.unit.lverror import refusal

    gate, real = threading.Event(), addresses.fetch_addresses

    def fetch(conn, uuid, skip):
        if "agent" not in skip:
            gate.wait(10)
            raise refusal("Domain not found: no domain with matching uuid")
        return real(conn, uuid, skip)

    monkeypatch.setattr(addresses, "fetch_addresses", fetch)
    monitor = AddressMonitor(connected, "4dea22b3-1d52-d8f3-2516-782e98a23f03")  # shut off
    monitor._timer.setInterval(60000)
    try:
        with qtbot.waitSignal(monitor.updated, timeout=3000) as blocker:
            monitor.start()
        assert not blocker.args[0].running
        gate.set()
        qtbot.waitUntil(lambda: not monitor._busy, timeout=5000)
    finally:
        gate.set()
        monitor.stop()
    assert monitor.report is not None and not monitor.report.running


def test_an_agent_answer_from_before_the_vm_stopped_does_not_make_it_run_again(
        connected, qtbot, monkeypatch):
    # The agent's fetch, started while the VM ran, answered after the leases' fetch had
    # found it stopped: its word (running, with addresses) was taken as the newest, and the
    # pages said the stopped VM ran, with its old address, till the next reading.
    from tests.helpers import run_in_worker

    answer = threading.Event()
    real = libvirt.virDomain.interfaceAddresses

    def hung(dom, source, flags=0):
        if source == AGENT:
            answer.wait(10)
        return real(dom, source, flags)

    monkeypatch.setattr(libvirt.virDomain, "interfaceAddresses", hung)
    monitor = AddressMonitor(connected, WEB01)
    monitor._timer.setInterval(60000)
    shown = []
    try:
        with qtbot.waitSignal(monitor.updated, timeout=3000):
            monitor.start()
        qtbot.waitUntil(lambda: "agent" in monitor._busy, timeout=3000)
        monitor.updated.connect(shown.append)
        run_in_worker(qtbot, connected, lambda c: c.lookupByUUIDString(WEB01).destroy())
        qtbot.waitUntil(lambda: bool(shown) and not shown[-1].running, timeout=5000)
    finally:
        answer.set()
    qtbot.waitUntil(lambda: not monitor._busy, timeout=5000)
    monitor.stop()
    assert [r.running for r in shown] == [False]
    assert not monitor.report.running
