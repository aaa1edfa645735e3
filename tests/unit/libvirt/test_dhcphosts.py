"""Static hosts, DNS records and DHCP ranges changed through networkUpdate on the test driver:
in place, no restart; two-step changes undo their first step when the second fails."""

import shlex

import libvirt
import pytest

from kvmgui.libvirt import dhcphosts, virsh
from kvmgui.xml.network import NetworkDoc
from kvmgui.xml.network_hosts import DhcpHost, DnsRecord, dhcp_hosts, dns_records
from tests.helpers import FakeError, run_in_worker, uuid_of

MAC = "52:54:00:6b:3c:01"


@pytest.fixture
def net(connected):
    return uuid_of(connected.networks, "default")


def doc(qtbot, conn, uuid):
    return NetworkDoc.from_string(run_in_worker(
        qtbot, conn, lambda c: c.networkLookupByUUIDString(uuid).XMLDesc(0)))


def issued(qtbot, conn, fn, *args):
    with qtbot.waitSignal(conn.commandsIssued, timeout=5000) as got:
        run_in_worker(qtbot, conn, fn, *args)
    return [shlex.split(i.command.line())[3:] for i in got.args[0]]


def test_pin_adds_then_modifies_then_unpin_removes(connected, qtbot, net):
    added = issued(qtbot, connected, dhcphosts.pin, net, MAC, "web01", "192.168.122.50")
    assert added == [["net-update", "default", "add-last", "ip-dhcp-host",
                      f'<host mac="{MAC}" name="web01" ip="192.168.122.50"/>',
                      "--parent-index", "0", "--live", "--config"]]
    assert dhcp_hosts(doc(qtbot, connected, net)) == [DhcpHost(MAC, "web01", "192.168.122.50")]
    moved = issued(qtbot, connected, dhcphosts.pin, net, MAC, "web01", "192.168.122.51")
    assert moved[0][2] == "modify"
    assert dhcp_hosts(doc(qtbot, connected, net)) == [DhcpHost(MAC, "web01", "192.168.122.51")]
    issued(qtbot, connected, dhcphosts.unpin, net, MAC)
    assert dhcp_hosts(doc(qtbot, connected, net)) == []
    assert connected.networks.get(net).active  # never restarted


def test_changing_the_mac_replaces_the_entry_and_undoes_on_failure(connected, qtbot, net,
                                                                   monkeypatch):
    old = DhcpHost(MAC, "web01", "192.168.122.50")
    run_in_worker(qtbot, connected, dhcphosts.set_dhcp_host, net, old)
    new = DhcpHost("52:54:00:6b:3c:09", "web01", "192.168.122.50")
    run_in_worker(qtbot, connected, dhcphosts.set_dhcp_host, net, new, old)
    assert dhcp_hosts(doc(qtbot, connected, net)) == [new]

    real = virsh.net_update

    def refuse_adds(net_obj, command, section, index, xml, flags):
        if command == libvirt.VIR_NETWORK_UPDATE_COMMAND_ADD_LAST and "3c:0a" in xml:
            raise FakeError("XML error: refused")
        real(net_obj, command, section, index, xml, flags)

    monkeypatch.setattr(virsh, "net_update", refuse_adds)
    newer = DhcpHost("52:54:00:6b:3c:0a", "web01", "192.168.122.50")
    with pytest.raises(FakeError):
        run_in_worker(qtbot, connected, dhcphosts.set_dhcp_host, net, newer, new)
    assert dhcp_hosts(doc(qtbot, connected, net)) == [new]  # put back as it was


def test_dns_records_replace_by_delete_and_add(connected, qtbot, net):
    first = DnsRecord("192.168.122.60", ("web", "www"))
    run_in_worker(qtbot, connected, dhcphosts.set_dns_record, net, first)
    second = DnsRecord("192.168.122.61", ("web",))
    steps = issued(qtbot, connected, dhcphosts.set_dns_record, net, second, first)
    assert [s[2] for s in steps] == ["delete", "add-last"]
    assert dns_records(doc(qtbot, connected, net)) == [second]
    run_in_worker(qtbot, connected, dhcphosts.remove_dns_record, net, second)
    assert dns_records(doc(qtbot, connected, net)) == []


def test_a_dhcp_range_turns_dhcp_on(connected, qtbot):
    run_in_worker(qtbot, connected, lambda c: c.networkDefineXML(
        "<network><name>nodhcp</name><bridge name='virbr9'/>"
        "<ip address='10.9.0.1' prefix='24'/></network>").create())
    qtbot.waitUntil(lambda: any(r.name == "nodhcp" for r in connected.networks.records()),
                    timeout=5000)
    uuid = uuid_of(connected.networks, "nodhcp")
    run_in_worker(qtbot, connected, dhcphosts.add_dhcp_range, uuid, "10.9.0.128", "10.9.0.254")
    ranges = doc(qtbot, connected, uuid).ipv4.dhcp_ranges
    assert [(r.start, r.end) for r in ranges] == [("10.9.0.128", "10.9.0.254")]


def test_flags_follow_the_networks_state():
    live = NetworkDoc.from_string("<network><name>a</name></network>")
    both = dhcphosts.NetworkXml(live, live)
    assert both.flags(lambda _d: True) == dhcphosts.LIVE | dhcphosts.CONFIG
    assert dhcphosts.NetworkXml(None, live).flags(lambda _d: True) == dhcphosts.CONFIG  # stopped
    assert dhcphosts.NetworkXml(live, None).flags(lambda _d: True) == dhcphosts.LIVE  # transient
    assert both.flags(lambda d: d is not live) == 0


@pytest.mark.parametrize("new", [DhcpHost("", "printer", "192.168.122.61"),  # a new address
                                 DhcpHost("", "printer2", "192.168.122.60"),  # a new name
                                 DhcpHost(MAC, "printer", "192.168.122.60")])  # a MAC given
def test_a_host_without_a_mac_is_replaced_not_added_again(connected, qtbot, net, new):
    old = DhcpHost("", "printer", "192.168.122.60")  # name and address only: libvirt allows it
    run_in_worker(qtbot, connected, dhcphosts.set_dhcp_host, net, old)
    assert dhcp_hosts(doc(qtbot, connected, net)) == [old]
    run_in_worker(qtbot, connected, dhcphosts.set_dhcp_host, net, new, old)
    assert dhcp_hosts(doc(qtbot, connected, net)) == [new]


def test_a_pin_replacing_the_mac_the_card_runs_with_moves_its_entry(connected, qtbot, net, monkeypatch):
    """A card whose MAC changes at the next start: its static host under the MAC it runs
    with gives way (given by that MAC alone), and is put back as it was when the add fails."""
    running, new = DhcpHost(MAC, "web01", "192.168.122.50"), "52:54:00:6b:3c:09"
    run_in_worker(qtbot, connected, dhcphosts.set_dhcp_host, net, running)
    steps = issued(qtbot, connected, dhcphosts.pin, net, new, "web01", "192.168.122.50", MAC)
    assert [s[2:5] for s in steps] == [
        ["delete", "ip-dhcp-host", f'<host mac="{MAC}" name="web01" ip="192.168.122.50"/>'],
        ["add-last", "ip-dhcp-host", f'<host mac="{new}" name="web01" ip="192.168.122.50"/>']]
    assert dhcp_hosts(doc(qtbot, connected, net)) == [DhcpHost(new, "web01", "192.168.122.50")]
    issued(qtbot, connected, dhcphosts.unpin, net, new, MAC)  # none under MAC: only new's goes
    assert dhcp_hosts(doc(qtbot, connected, net)) == []

    run_in_worker(qtbot, connected, dhcphosts.set_dhcp_host, net, running)
    real = virsh.net_update

    def refuse_adds(net_obj, command, section, index, xml, flags):
        if command == libvirt.VIR_NETWORK_UPDATE_COMMAND_ADD_LAST and new in xml:
            raise FakeError("XML error: refused")
        real(net_obj, command, section, index, xml, flags)

    monkeypatch.setattr(virsh, "net_update", refuse_adds)
    with pytest.raises(FakeError):
        run_in_worker(qtbot, connected, dhcphosts.pin, net, new, "web01", "192.168.122.51", MAC)
    assert dhcp_hosts(doc(qtbot, connected, net)) == [running]  # put back with its name and address


def test_unpin_of_a_card_whose_mac_changes_removes_both_or_neither(connected, qtbot, net, monkeypatch):
    running = DhcpHost(MAC, "", "192.168.122.50")
    new = DhcpHost("52:54:00:6b:3c:09", "web01", "192.168.122.51")
    for host in (running, new):
        run_in_worker(qtbot, connected, dhcphosts.set_dhcp_host, net, host)
    real = virsh.net_update

    def refuse_the_second(net_obj, command, section, index, xml, flags):
        if command == libvirt.VIR_NETWORK_UPDATE_COMMAND_DELETE and new.mac in xml:
            raise FakeError("Requested operation is not valid: refused")
        real(net_obj, command, section, index, xml, flags)

    monkeypatch.setattr(virsh, "net_update", refuse_the_second)
    with pytest.raises(FakeError):
        run_in_worker(qtbot, connected, dhcphosts.unpin, net, new.mac, MAC)
    assert set(dhcp_hosts(doc(qtbot, connected, net))) == {running, new}
    monkeypatch.setattr(virsh, "net_update", real)
    run_in_worker(qtbot, connected, dhcphosts.unpin, net, new.mac, MAC)
    assert dhcp_hosts(doc(qtbot, connected, net)) == []


def test_moving_a_pin_to_a_new_mac_keeps_its_address_and_name_and_leaves_anothers(connected, qtbot,
                                                                                  net):
    new = "52:54:00:6b:3c:99"
    run_in_worker(qtbot, connected, dhcphosts.move_pin, net, MAC, new)  # nothing pinned: nothing done
    assert dhcp_hosts(doc(qtbot, connected, net)) == []
    run_in_worker(qtbot, connected, dhcphosts.pin, net, MAC, "web01", "192.168.122.50")
    run_in_worker(qtbot, connected, dhcphosts.move_pin, net, MAC, new)
    assert dhcp_hosts(doc(qtbot, connected, net)) == [DhcpHost(new, "web01", "192.168.122.50")]
    # The new MAC pinned already (by the user): both stay, as they were.
    run_in_worker(qtbot, connected, dhcphosts.pin, net, MAC, "", "192.168.122.60")
    run_in_worker(qtbot, connected, dhcphosts.move_pin, net, MAC, new)
    assert sorted(h.ip for h in dhcp_hosts(doc(qtbot, connected, net))) == [
        "192.168.122.50", "192.168.122.60"]



LEASED = (f"<host mac='{MAC}' name='web01' ip='192.168.122.50'>"
          "<lease expiry='2' unit='hours'/></host>")


def entries(qtbot, conn, uuid):
    """(mac, ip, the attributes of its <lease>) of each of the network's static hosts."""
    return [(h.node.get("mac"), h.node.get("ip"), [dict(e.attrib) for e in h.node.iter("lease")])
            for h in doc(qtbot, conn, uuid).ipv4.dhcp_hosts]


NEW = "52:54:00:6b:3c:09"


@pytest.mark.parametrize(("change", "after"), [
    ((dhcphosts.pin, MAC, "web01", "192.168.122.51"), (MAC, "192.168.122.51")),
    ((dhcphosts.move_pin, MAC, NEW), (NEW, "192.168.122.50")),
    ((dhcphosts.pin, NEW, "web01", "192.168.122.50", MAC), (NEW, "192.168.122.50")),  # MAC pending
    ((dhcphosts.set_dhcp_host, DhcpHost(MAC, "www", "192.168.122.52")), (MAC, "192.168.122.52")),
    ((dhcphosts.set_dhcp_host, DhcpHost(NEW, "web01", "192.168.122.50")), (NEW, "192.168.122.50")),
], ids=["pin-address", "move-pin", "pin-replacing", "panel-address", "panel-mac"])
def test_a_static_hosts_lease_time_stays_through_a_change(connected, qtbot, net, change, after):
    """A static host with its own lease time (``<lease expiry=…/>``): given another address
    or another MAC, in the pin box or the host's panel, it keeps that lease time."""
    run_in_worker(qtbot, connected, lambda c: virsh.net_update(
        c.networkLookupByUUIDString(net), dhcphosts.ADD, dhcphosts.DHCP_HOST, -1, LEASED,
        dhcphosts.LIVE | dhcphosts.CONFIG))
    (old,) = dhcp_hosts(doc(qtbot, connected, net))
    fn, *args = change
    if fn is dhcphosts.set_dhcp_host:  # the panel's edit dialog: the entry chosen is the old
        args.append(old)
    run_in_worker(qtbot, connected, fn, net, *args)
    assert entries(qtbot, connected, net) == [(*after, [{"expiry": "2", "unit": "hours"}])]
