"""The network map's feed reads again only the VMs that events named."""

import threading

import libvirt
import pytest

from kvmgui.libvirt import nicmap
from kvmgui.libvirt.connection import ConnState
from kvmgui.libvirt.nicmap import LeaseReading
from kvmgui.libvirt.records import LibvirtEvent
from kvmgui.models.netmapfeed import HostFeed
from tests.helpers import run_in_worker, uuid_of
from tests.unit.lverror import refusal

EXTRA = 30  # VMs defined beside the test host's own


def vm_xml(name, mac, network="default", uuid=""):
    return (f"<domain type='test'><name>{name}</name><memory>65536</memory>"
            + (f"<uuid>{uuid}</uuid>" if uuid else "") +
            "<os><type>hvm</type></os><devices><interface type='network'>"
            f"<mac address='{mac}'/><source network='{network}'/></interface></devices></domain>")


@pytest.fixture
def xml_reads(monkeypatch):
    """The names of the VMs whose XML was asked for, in order."""
    reads = []
    real = libvirt.virDomain.XMLDesc

    def counted(dom, flags=0):
        reads.append(dom.name())
        return real(dom, flags)

    monkeypatch.setattr(libvirt.virDomain, "XMLDesc", counted)
    return reads


def settled(feed):
    return (not feed._nics_busy and not feed._nics_timer.isActive()
            and not feed._nics_most.isActive())


@pytest.fixture
def feed(connected, qtbot, monkeypatch):
    monkeypatch.setattr(nicmap, "all_leases", lambda _c, uuids: LeaseReading({}, {}))
    run_in_worker(qtbot, connected, lambda c: [
        c.defineXML(vm_xml(f"many{i:02d}", f"52:54:00:00:01:{i:02x}")) for i in range(EXTRA)])
    qtbot.waitUntil(lambda: len(connected.domains) >= EXTRA, timeout=5000)
    feed = HostFeed(connected)
    qtbot.waitUntil(lambda: settled(feed) and sum(n.vm_name.startswith("many")
                                                  for n in feed.nics) == EXTRA, timeout=10000)
    return feed


def cards_of(feed, name):
    return [(n.mac, n.source, n.active) for n in feed.nics if n.vm_name == name]


def test_a_burst_of_vm_events_reads_only_the_vms_it_named(feed, connected, qtbot, xml_reads):
    """After each burst of VM events the map read every VM's XML again (a round trip per
    VM over a remote link): 2 VMs started of 34 were 34 XMLDesc."""
    def start_two(c):
        c.lookupByName("many03").create()
        c.lookupByName("many17").create()

    run_in_worker(qtbot, connected, start_two)
    qtbot.waitUntil(lambda: cards_of(feed, "many03")[0][2] is True
                    and cards_of(feed, "many17")[0][2] is True and settled(feed), timeout=5000)
    assert sorted(xml_reads) == ["many03", "many17"]
    assert cards_of(feed, "many03") == [("52:54:00:00:01:03", "default", True)]
    assert len([n for n in feed.nics if n.vm_name.startswith("many")]) == EXTRA


def test_renamed_undefined_and_redefined_vms(feed, connected, qtbot, xml_reads):
    def change(c):
        c.lookupByName("many01").rename("renamed01", 0)
        c.lookupByName("many02").undefine()
        c.defineXML(vm_xml("many04", "52:54:00:00:01:04", "net10",
                           c.lookupByName("many04").UUIDString()))  # moved to net10

    run_in_worker(qtbot, connected, change)
    qtbot.waitUntil(lambda: bool(cards_of(feed, "renamed01")) and not cards_of(feed, "many02")
                    and cards_of(feed, "many04")[0][1] == "net10" and settled(feed), timeout=5000)
    assert not cards_of(feed, "many01")
    assert cards_of(feed, "renamed01") == [("52:54:00:00:01:01", "default", False)]
    assert len(xml_reads) <= 3  # the renamed, the redefined (the undefined is gone)


def test_a_card_hot_plugged_is_read_from_its_event(feed, connected, qtbot, monkeypatch):
    """The test driver cannot hot-plug: its XML is made to say so, and the device-added
    event that libvirt sends then is what the map follows."""
    real = libvirt.virDomain.XMLDesc
    plugged = ("<interface type='bridge'><mac address='52:54:00:00:02:05'/>"
               "<source bridge='br0'/></interface>")

    def with_card(dom, flags=0):
        xml = real(dom, flags)
        return xml.replace("</devices>", plugged + "</devices>") if dom.name() == "many05" else xml

    monkeypatch.setattr(libvirt.virDomain, "XMLDesc", with_card)
    uuid = uuid_of(connected.domains, "many05")
    connected.events.emit([LibvirtEvent(0.0, "domain", uuid, "many05",
                                        libvirt.VIR_DOMAIN_EVENT_ID_DEVICE_ADDED,
                                        args=("net1",))])
    qtbot.waitUntil(lambda: len(cards_of(feed, "many05")) == 2, timeout=5000)
    assert ("52:54:00:00:02:05", "br0", False) in cards_of(feed, "many05")


def test_an_answer_that_crossed_a_change_is_asked_again(feed, connected, qtbot, monkeypatch):
    real = nicmap.some_vm_nics
    entered, release = threading.Event(), threading.Event()

    def slow(conn, uuids):
        found = real(conn, uuids)  # read before the change below
        entered.set()
        release.wait(10)
        return found

    monkeypatch.setattr(nicmap, "some_vm_nics", slow)
    run_in_worker(qtbot, connected, lambda c: c.lookupByName("many06").create())
    qtbot.waitUntil(entered.is_set, timeout=5000)
    monkeypatch.setattr(nicmap, "some_vm_nics", real)
    run_in_worker(qtbot, connected, lambda c: c.defineXML(vm_xml(
        "many06", "52:54:00:00:01:06", "net10", c.lookupByName("many06").UUIDString())))
    run_in_worker(qtbot, connected, lambda c: c.lookupByName("many06").destroy())
    release.set()
    qtbot.waitUntil(lambda: settled(feed) and cards_of(feed, "many06")
                    == [("52:54:00:00:01:06", "net10", False)], timeout=5000)


def test_every_vm_is_read_again_after_a_reconnect(feed, connected, qtbot, xml_reads):
    """Events sent while the host was away are lost: all cards are read again (the test
    driver's host comes back as its file says: without the VMs defined above)."""
    connected.close()
    qtbot.waitUntil(lambda: feed.nics == [], timeout=5000)
    connected.open()
    qtbot.waitUntil(lambda: connected.state == ConnState.CONNECTED, timeout=10000)
    qtbot.waitUntil(lambda: settled(feed) and len(feed.nics) == 4, timeout=10000)
    assert set(xml_reads) == {r.name for r in connected.domains.records()}
    assert not [n for n in feed.nics if n.vm_name.startswith("many")]


def test_a_failed_read_of_some_vms_reads_them_with_the_next(feed, connected, qtbot, monkeypatch):
    real = nicmap.some_vm_nics
    calls = []

    def refuse_first(conn, uuids):
        calls.append(set(uuids))
        if len(calls) == 1:
            raise refusal("Cannot recv data")
        return real(conn, uuids)

    monkeypatch.setattr(nicmap, "some_vm_nics", refuse_first)
    run_in_worker(qtbot, connected, lambda c: c.lookupByName("many07").create())
    qtbot.waitUntil(lambda: len(calls) == 1 and settled(feed), timeout=5000)
    assert not cards_of(feed, "many07")[0][2]  # kept as shown
    run_in_worker(qtbot, connected, lambda c: c.lookupByName("many08").create())
    qtbot.waitUntil(lambda: cards_of(feed, "many07")[0][2] is True
                    and cards_of(feed, "many08")[0][2] is True, timeout=5000)
    assert calls[1] == {uuid_of(connected.domains, "many07"), uuid_of(connected.domains, "many08")}
