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
