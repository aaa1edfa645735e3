"""A running VM's card given another MAC: its fixed address follows once the VM stops."""

import libvirt
from lxml import etree

from kvmgui.libvirt import dhcphosts, pending
from kvmgui.libvirt.pending import tracker_for
from kvmgui.libvirt.pinfollow import PinMove, follow_pins
from kvmgui.xml.diff import PendingKind
from kvmgui.xml.network import NetworkDoc
from kvmgui.xml.network_hosts import dhcp_hosts
from tests.helpers import BUILD, WEB01, FakeError, run_in_worker, uuid_of

OLD, NEW, IP = "52:54:00:6b:3c:01", "52:54:00:6b:3c:99", "192.168.122.50"


def hosts(conn, net):
    def read(c):
        return [(h.mac, h.ip) for h in dhcp_hosts(NetworkDoc.from_string(
            c.networkLookupByUUIDString(net).XMLDesc(0)))]
    return read


def pinned_then_given_a_new_mac(connected, qtbot, network=None):
    """web01 running, its card pinned to IP under OLD, then defined with NEW (and on
    ``network``); waits until the tracker knows the change. The network's uuid."""
    net = uuid_of(connected.networks, "default")
    run_in_worker(qtbot, connected, dhcphosts.pin, net, OLD, "web01", IP)
    tracker = tracker_for(connected)

    def redefine(c):
        root = etree.fromstring(c.lookupByUUIDString(WEB01).XMLDesc(libvirt.VIR_DOMAIN_XML_INACTIVE))
        nic = root.find("devices/interface")
        nic.find("mac").set("address", NEW)
        if network is not None:
            nic.find("source").set("network", network)
        c.defineXML(etree.tostring(root, encoding="unicode"))

    run_in_worker(qtbot, connected, redefine)
    qtbot.waitUntil(lambda: bool(tracker.get(WEB01)), timeout=5000)
    return net


def test_a_stopped_vms_pin_moves_to_its_cards_new_mac(connected, qtbot):
    """The MAC of a running VM's card changed (pending until the restart), then the VM
    stopped: the static host stayed under the old MAC, the card got another address at its
    next start, and pinning it again was refused as another card's."""
    net = pinned_then_given_a_new_mac(connected, qtbot)
    tracker = tracker_for(connected)
    assert [c.kind for c in tracker.get(WEB01)] == [PendingKind.MOVED]
    with qtbot.waitSignal(tracker.pinMoved, timeout=5000) as moved:
        run_in_worker(qtbot, connected, lambda c: c.lookupByUUIDString(WEB01).destroy())
    assert moved.args[0] == PinMove("web01", "default", net, IP, OLD, NEW)
    assert run_in_worker(qtbot, connected, hosts(connected, net)) == [(NEW, IP)]
    # The network is read again (no event tells of networkUpdate): its record has it.
    qtbot.waitUntil(lambda: NEW in connected.networks.get(net).xml, timeout=5000)


def test_a_saved_vm_keeps_its_pin_under_the_mac_it_runs_with(connected, qtbot, monkeypatch):
    """Restored from a save, the VM runs its old card again, under its old MAC."""
    asked = []
    monkeypatch.setattr(pending, "follow_pins", lambda *a: asked.append(a) or [])
    pinned_then_given_a_new_mac(connected, qtbot)
    tracker = tracker_for(connected)
    stops = []
    tracker.changed.connect(lambda uuid, lines: stops.append("cleared"))  # the row's state

    def told(events):  # then the event, in a turn of its own
        stops.extend((e.event, e.detail) for e in events if e.uuid == WEB01)

    connected.events.connect(told)
    run_in_worker(qtbot, connected, lambda c: c.lookupByUUIDString(WEB01).managedSave())
    qtbot.waitUntil(lambda: len(stops) == 2, timeout=5000)
    assert stops == ["cleared", (libvirt.VIR_DOMAIN_EVENT_STOPPED,
                                 libvirt.VIR_DOMAIN_EVENT_STOPPED_SAVED)]
    assert asked == []


def test_a_card_moved_to_another_network_too_moves_no_pin(connected, qtbot, monkeypatch):
    """The old MAC's static host is the old network's: nothing of it goes to the card's
    new network, nor is it taken from the old one."""
    net = pinned_then_given_a_new_mac(connected, qtbot, network="net10")
    # Not one card with another MAC but a card removed and another added: nothing to follow.
    assert {c.kind for c in tracker_for(connected).get(WEB01)} == {PendingKind.ADDED,
                                                                    PendingKind.REMOVED}
    run_in_worker(qtbot, connected, lambda c: c.lookupByUUIDString(WEB01).destroy())
    # Asked all the same (a change known late): the card's network has no entry to move.
    assert run_in_worker(qtbot, connected, follow_pins, WEB01, [(OLD, NEW)]) == []
    assert run_in_worker(qtbot, connected, hosts(connected, net)) == [(OLD, IP)]


def test_a_pin_that_cannot_follow_is_said_with_libvirts_words(connected, qtbot, monkeypatch):
    net = pinned_then_given_a_new_mac(connected, qtbot)
    real = dhcphosts.virsh.net_update

    def refuse_the_add(net_, command, section, index, xml, flags):
        if command == dhcphosts.ADD and NEW in xml:
            raise FakeError("operation failed: there is an existing dhcp host entry")
        return real(net_, command, section, index, xml, flags)

    monkeypatch.setattr(dhcphosts.virsh, "net_update", refuse_the_add)
    tracker = tracker_for(connected)
    with qtbot.waitSignal(tracker.pinMoved, timeout=5000) as moved:
        run_in_worker(qtbot, connected, lambda c: c.lookupByUUIDString(WEB01).destroy())
    assert moved.args[0].error == "operation failed: there is an existing dhcp host entry"
    assert moved.args[0].ip == IP
    assert run_in_worker(qtbot, connected, hosts(connected, net)) == [(OLD, IP)]  # put back


def test_a_pin_another_vms_card_has_stays_with_that_card(connected, qtbot):
    """Two VMs with one MAC (a clone that kept it): the running one is given another MAC,
    which is how such a clash is mended. It stopped, and the static host of the MAC the
    other VM still has moved to the new one: the other VM lost its fixed address and the
    VM that gave the MAC up took it. The static host stays; the notice says why."""
    def clone_build_with_webs_mac(c):
        root = etree.fromstring(c.lookupByUUIDString(BUILD).XMLDesc(libvirt.VIR_DOMAIN_XML_INACTIVE))
        root.find("devices").append(etree.fromstring(
            f"<interface type='network'><mac address='{OLD}'/>"
            "<source network='default'/></interface>"))
        c.defineXML(etree.tostring(root, encoding="unicode"))

    run_in_worker(qtbot, connected, clone_build_with_webs_mac)
    net = pinned_then_given_a_new_mac(connected, qtbot)
    tracker = tracker_for(connected)
    with qtbot.waitSignal(tracker.pinMoved, timeout=5000) as moved:
        run_in_worker(qtbot, connected, lambda c: c.lookupByUUIDString(WEB01).destroy())
    assert run_in_worker(qtbot, connected, hosts(connected, net)) == [(OLD, IP)]
    assert moved.args[0] == PinMove("web01", "default", net, IP, OLD, NEW, kept_for="build")
