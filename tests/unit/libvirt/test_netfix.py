"""kvmgui.libvirt.netfix.reconnect_nics: the running VMs' cards plugged back into a
network's bridge after it started again (run in workers, as the app does)."""

import libvirt
import pytest
from lxml import etree

from kvmgui.libvirt import fanout, netfix
from kvmgui.libvirt.netcheck import Fix
from kvmgui.models.words import failure_words
from tests.helpers import FakeError, run_in_worker, together, uuid_of

BRIDGED = """<domain type='test'><name>bridged</name><memory>65536</memory>
<os><type>hvm</type></os><devices>
<interface type='bridge'><mac address='52:54:00:aa:00:01'/><source bridge='virbr0'/></interface>
<interface type='bridge'><mac address='52:54:00:aa:00:02'/><source bridge='br0'/></interface>
</devices></domain>"""


@pytest.fixture
def updates(monkeypatch):
    """The live NIC changes asked for (the test driver has none; libvirt's re-add the tap)."""
    done = []
    monkeypatch.setattr(libvirt.virDomain, "updateDeviceFlags",
                        lambda dom, xml, flags: done.append((dom.name(), etree.fromstring(xml))) or 0)
    return done


def source(nic):
    return nic.get("type"), dict(nic.find("source").attrib)


def test_a_bridge_card_on_the_networks_own_bridge_is_reconnected(connected, qtbot, updates):
    run_in_worker(qtbot, connected, lambda c: c.createXML(BRIDGED, 0) and None)
    done = run_in_worker(qtbot, connected, netfix.reconnect_nics,
                         uuid_of(connected.networks, "default")).done
    assert sorted(done) == ["bridged", "router", "web01"]
    bridged = [nic for name, nic in updates if name == "bridged"]
    # Through the network and back: libvirt moves the tap only when the bridge or type changes.
    assert [source(nic) for nic in bridged] == [("network", {"network": "default"}),
                                                ("bridge", {"bridge": "virbr0"})]
    assert {nic.find("mac").get("address") for nic in bridged} == {"52:54:00:aa:00:01"}  # not br0's


def test_a_vm_with_two_cards_on_the_network_is_named_once(connected, qtbot, updates):
    two = BRIDGED.replace("bridged", "two").replace(
        "type='bridge'", "type='network'").replace("bridge='virbr0'", "network='default'").replace(
        "bridge='br0'", "network='default'")
    run_in_worker(qtbot, connected, lambda c: c.createXML(two, 0) and None)
    done = run_in_worker(qtbot, connected, netfix.reconnect_nics,
                         uuid_of(connected.networks, "default")).done
    assert sorted(done) == ["router", "two", "web01"]
    assert len([name for name, _nic in updates if name == "two"]) == 4


def test_a_card_on_a_host_bridge_a_network_forwards_to_is_left_alone(connected, qtbot, updates):
    host_bridge = ("<network><name>lan</name><forward mode='bridge'/><bridge name='br0'/>"
                   "</network>")
    uuid = run_in_worker(qtbot, connected, lambda c: c.networkCreateXML(host_bridge).UUIDString())
    run_in_worker(qtbot, connected, lambda c: c.createXML(BRIDGED, 0) and None)
    # libvirt did not make br0 and did not take it away: its taps are still in it.
    assert run_in_worker(qtbot, connected, netfix.reconnect_nics, uuid).done == []
    assert updates == []


def test_a_network_card_on_a_network_forwarding_to_a_host_bridge_is_left_alone(connected, qtbot,
                                                                               updates):
    """Its type='network' cards were changed to the host bridge and back: libvirt (qemu)
    refuses a live change between two cards that both end on a host bridge ("unable to
    change config"), and there is nothing to plug back in (the host bridge stayed)."""
    lan = "<network><name>lan</name><forward mode='bridge'/><bridge name='br0'/></network>"
    uuid = run_in_worker(qtbot, connected, lambda c: c.networkCreateXML(lan).UUIDString())
    onlan = BRIDGED.replace("bridged", "onlan").replace(
        "type='bridge'><mac address='52:54:00:aa:00:02'/><source bridge='br0'/>",
        "type='network'><mac address='52:54:00:aa:00:02'/><source network='lan'/>")
    run_in_worker(qtbot, connected, lambda c: c.createXML(onlan, 0) and None)
    assert run_in_worker(qtbot, connected, netfix.reconnect_nics, uuid).done == []
    assert updates == []


def test_a_vm_that_fails_does_not_stop_the_others(connected, qtbot, monkeypatch):
    tried = []

    def update(dom, xml, flags):
        tried.append(dom.name())
        if dom.name() == "router":
            raise FakeError("unable to add bridge virbr0 port vnet3: No such device")
        return 0

    monkeypatch.setattr(libvirt.virDomain, "updateDeviceFlags", update)
    run_in_worker(qtbot, connected, lambda c: c.createXML(BRIDGED, 0) and None)
    result = run_in_worker(qtbot, connected, netfix.reconnect_nics,
                           uuid_of(connected.networks, "default"))
    assert sorted(result.done) == ["bridged", "web01"]  # whatever the listing's order
    assert [(name, exc.get_error_message()) for name, exc in result.failed] == [
        ("router", "unable to add bridge virbr0 port vnet3: No such device")]


def test_a_vm_that_stopped_meanwhile_is_no_failure(connected, qtbot, monkeypatch):
    def update(dom, xml, flags):
        if dom.name() == "router":
            dom.destroy()  # shut down after the listing
            raise FakeError("Requested operation is not valid: domain is not running",
                            libvirt.VIR_ERR_OPERATION_INVALID)
        return 0

    monkeypatch.setattr(libvirt.virDomain, "updateDeviceFlags", update)
    result = run_in_worker(qtbot, connected, netfix.reconnect_nics,
                           uuid_of(connected.networks, "default"))
    assert (result.done, result.failed) == (["web01"], [])


def test_the_troubleshooters_fix_fails_with_the_vms_message_after_trying_all(connected, qtbot,
                                                                              monkeypatch):
    tried = []

    def update(dom, xml, flags):
        tried.append(dom.name())
        raise FakeError(f"no tap for {dom.name()}")

    monkeypatch.setattr(libvirt.virDomain, "updateDeviceFlags", update)
    with pytest.raises(libvirt.libvirtError, match="no tap for"):
        run_in_worker(qtbot, connected, netfix.apply_fix, Fix.START_NETWORK,
                      (uuid_of(connected.networks, "default"),))
    assert sorted(set(tried)) == ["router", "web01"]


def refuse_the_way_back(monkeypatch, times):
    """web01's card goes to the bridge, then libvirt refuses the change back ``times`` times."""
    tried = []

    def update(dom, xml, flags):
        nic = etree.fromstring(xml)
        tried.append((dom.name(), nic.get("type")))
        if dom.name() == "web01" and nic.get("type") == "network" and times:
            times.pop()
            raise FakeError("Timed out during operation: cannot acquire state change lock",
                            libvirt.VIR_ERR_OPERATION_TIMEOUT)
        return 0

    monkeypatch.setattr(libvirt.virDomain, "updateDeviceFlags", update)
    return tried


def test_a_card_the_way_back_failed_for_is_put_back(connected, qtbot, monkeypatch):
    tried = refuse_the_way_back(monkeypatch, [1])  # refused once: the card is on the bridge
    result = run_in_worker(qtbot, connected, netfix.reconnect_nics,
                           uuid_of(connected.networks, "default"))
    assert [t for name, t in tried if name == "web01"] == ["bridge", "network", "network"]
    assert (sorted(result.done), result.failed) == (["router", "web01"], [])


def test_a_card_left_half_way_is_said(connected, qtbot, monkeypatch):
    refuse_the_way_back(monkeypatch, [1, 2])
    result = run_in_worker(qtbot, connected, netfix.reconnect_nics,
                           uuid_of(connected.networks, "default"))
    assert result.done == ["router"]
    [(name, exc)] = result.failed
    assert name == "web01"
    assert failure_words(exc) == (
        "its card 52:54:00:6b:3c:01 was left on bridge virbr0 directly, not through network "
        "'default', until the VM shuts down: Timed out during operation: cannot acquire state "
        "change lock")


def test_a_bridge_card_left_on_the_network_is_said(connected, qtbot, monkeypatch):
    def update(dom, xml, flags):
        if dom.name() == "bridged" and etree.fromstring(xml).get("type") == "bridge":
            raise FakeError("Cannot get interface MTU on 'virbr0': No such device")
        return 0

    monkeypatch.setattr(libvirt.virDomain, "updateDeviceFlags", update)
    run_in_worker(qtbot, connected, lambda c: c.createXML(BRIDGED, 0) and None)
    result = run_in_worker(qtbot, connected, netfix.reconnect_nics,
                           uuid_of(connected.networks, "default"))
    assert [(name, failure_words(exc)) for name, exc in result.failed] == [(
        "bridged", "its card 52:54:00:aa:00:01 was left on network 'default', not on bridge "
        "virbr0 directly, until the VM shuts down: Cannot get interface MTU on 'virbr0': "
        "No such device")]


def test_a_host_that_cannot_change_cards_live_is_said(connected, qtbot, monkeypatch):
    # The test driver has no live device updates, nor taps to plug back: real hosts have taps.
    monkeypatch.setattr(libvirt.virConnect, "getType", lambda _c: "QEMU")
    monkeypatch.setattr(libvirt.virDomain, "updateDeviceFlags", lambda *_a: (_ for _ in ()).throw(
        FakeError("this function is not supported by the connection driver: "
                  "virDomainUpdateDeviceFlags", libvirt.VIR_ERR_NO_SUPPORT)))
    result = run_in_worker(qtbot, connected, netfix.reconnect_nics,
                           uuid_of(connected.networks, "default"))
    assert result.done == []
    assert sorted((name, failure_words(exc)) for name, exc in result.failed) == [
        (name, "this host cannot change the card of a running VM: shut it down and start it "
               "again to reconnect it (this function is not supported by the connection driver: "
               "virDomainUpdateDeviceFlags)") for name in ("router", "web01")]


def test_the_test_driver_has_no_taps_to_plug_back(connected, qtbot):
    result = run_in_worker(qtbot, connected, netfix.reconnect_nics,
                           uuid_of(connected.networks, "default"))
    assert (result.done, result.failed) == ([], [])


def test_a_vm_started_on_the_host_bridge_meanwhile_does_not_keep_the_network_running(connected,
                                                                                    qtbot):
    """The undo of a network started for a NIC stops it unless a VM started using it
    meanwhile: one on br0 directly, the host bridge 'lan' forwards to, kept 'lan' running
    ("in use") though stopping 'lan' leaves br0 and its taps as they are."""
    lan = "<network><name>lan</name><forward mode='bridge'/><bridge name='br0'/></network>"
    run_in_worker(qtbot, connected, lambda c: c.networkDefineXML(lan) and None)
    start = run_in_worker(qtbot, connected, netfix.start_for_nic, "lan")
    assert start.started
    run_in_worker(qtbot, connected, lambda c: c.createXML(BRIDGED.replace(
        "bridged", "onbr0"), 0) and None)  # a card on br0 directly
    run_in_worker(qtbot, connected, netfix.stop_network, start, "no more PCI slots")
    assert not run_in_worker(qtbot, connected, lambda c: c.networkLookupByName("lan").isActive())


def test_a_far_hosts_running_vms_are_read_side_by_side(connected, qtbot, updates, monkeypatch):
    """Their XML, a round trip each one after another, goes at once; the live changes
    stay one after another on the job's thread. The same cards plugged as near."""
    net = uuid_of(connected.networks, "default")
    near = run_in_worker(qtbot, connected, netfix.reconnect_nics, net)
    changed = [(name, etree.tostring(nic)) for name, nic in updates]
    updates.clear()
    monkeypatch.setattr(fanout, "is_remote_uri", lambda _uri: True)
    together(monkeypatch, libvirt.virDomain, "XMLDesc")  # web01, db01 and router run
    assert run_in_worker(qtbot, connected, netfix.reconnect_nics, net) == near
    assert [(name, etree.tostring(nic)) for name, nic in updates] == changed
