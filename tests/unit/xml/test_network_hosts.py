"""Static DHCP hosts and DNS records of a network: reading them, the elements networkUpdate
takes, and why an address cannot be pinned."""

import pytest
from lxml import etree

from kvmgui.xml.base import validate_rng
from kvmgui.xml.network import NetworkDoc
from kvmgui.xml.network_hosts import (
    DhcpHost,
    DnsRecord,
    PinProblem,
    check_pin,
    dhcp_hosts,
    dns_records,
    host_name_for,
    ip_index,
    pinned_ip,
)

NET = NetworkDoc.from_string("""
<network>
  <name>lab</name>
  <forward mode='nat'/>
  <dns><host ip='192.168.50.5'><hostname>web</hostname><hostname>www</hostname></host></dns>
  <ip family='ipv6' address='fd00::1' prefix='64'/>
  <ip address='192.168.50.1' netmask='255.255.255.0'>
    <dhcp>
      <range start='192.168.50.100' end='192.168.50.200'/>
      <host mac='52:54:00:AA:BB:01' name='db' ip='192.168.50.10'/>
    </dhcp>
  </ip>
</network>""")
MAC = "52:54:00:12:34:56"


def codes(findings):
    return [(f.code, f.args) for f in findings]


def test_reads_hosts_and_records():
    assert dhcp_hosts(NET) == [DhcpHost("52:54:00:AA:BB:01", "db", "192.168.50.10")]
    assert dns_records(NET) == [DnsRecord("192.168.50.5", ("web", "www"))]
    assert pinned_ip(NET, "52:54:00:aa:bb:01") == "192.168.50.10"  # MACs compare in any case
    assert pinned_ip(NET, MAC) == ""


def test_elements_are_what_the_schema_takes():
    host = DhcpHost(MAC, "web01", "192.168.50.20").xml()
    assert host == f'<host mac="{MAC}" name="web01" ip="192.168.50.20"/>'
    assert DhcpHost(MAC, "", "192.168.50.20").xml() == f'<host mac="{MAC}" ip="192.168.50.20"/>'
    record = DnsRecord("192.168.50.6", ("a", "b")).xml()
    assert record == '<host ip="192.168.50.6"><hostname>a</hostname><hostname>b</hostname></host>'
    doc = etree.fromstring(NET.to_string())
    doc.find("ip[@address='192.168.50.1']/dhcp").append(etree.fromstring(host))
    doc.find("dns").append(etree.fromstring(record))
    assert validate_rng(doc, "network") == []


def test_parent_index_is_the_ip_element_holding_the_address():
    assert ip_index(NET, "192.168.50.20") == 1  # the IPv6 <ip> comes first
    assert ip_index(NET, "fd00::20") == 0
    assert ip_index(NET, "10.0.0.1") == 1  # outside every subnet: the first IPv4 one
    assert ip_index(NetworkDoc.from_string("<network><name>x</name></network>"), "10.0.0.1") == -1


@pytest.mark.parametrize(("ip", "expected"), [
    ("192.168.50.20", []),
    ("192.168.50.150", []),  # inside the range is fine: dnsmasq reserves it
    ("192.168.60.20", [(PinProblem.OUTSIDE, ("192.168.50.0/24",))]),
    ("fd00::20", [(PinProblem.OUTSIDE, ("192.168.50.0/24",))]),
    ("192.168.50.1", [(PinProblem.GATEWAY, ("192.168.50.1",))]),
    ("192.168.50.0", [(PinProblem.NETWORK_ADDRESS, ("192.168.50.0",))]),
    ("192.168.50.255", [(PinProblem.BROADCAST, ("192.168.50.255",))]),
    ("192.168.50.10", [(PinProblem.RESERVED, ("52:54:00:aa:bb:01", "db"))]),
    ("banana", [(PinProblem.NOT_AN_ADDRESS, ("banana",))]),
])
def test_check_pin(ip, expected):
    assert codes(check_pin(NET, MAC, ip)) == expected


def test_a_lease_of_the_mac_the_card_runs_with_is_the_cards_own():
    """A card whose MAC changes at the next start (``MAC``) leases under the one it runs with."""
    running, other = "52:54:00:12:34:01", "52:54:00:12:34:02"
    leases = [(running.upper(), "192.168.50.150"), (other, "192.168.50.151")]
    assert codes(check_pin(NET, MAC, "192.168.50.150", leases, running)) == \
        [(PinProblem.OWN_LEASED, (running, MAC))]
    assert codes(check_pin(NET, MAC, "192.168.50.151", leases, running)) == \
        [(PinProblem.LEASED, (other,))]
    assert codes(check_pin(NET, MAC, "192.168.50.150", leases)) == [(PinProblem.LEASED, (running,))]
    assert not any(f.blocking for f in check_pin(NET, MAC, "192.168.50.150", leases, running))


def test_pins_go_to_the_subnet_with_dhcp_when_there_are_two():
    # libvirt runs DHCP on one IPv4 <ip> only, not necessarily the first; a host added to
    # another one is refused ("dhcp is supported only for a single IPv4 address").
    doc = NetworkDoc.from_string("""
<network>
  <name>two</name>
  <ip address='10.10.0.1' prefix='24'/>
  <ip address='192.168.50.1' prefix='24'>
    <dhcp><range start='192.168.50.100' end='192.168.50.200'/></dhcp>
  </ip>
</network>""")
    assert check_pin(doc, MAC, "192.168.50.20") == []
    assert codes(check_pin(doc, MAC, "10.10.0.20")) == [(PinProblem.OUTSIDE, ("192.168.50.0/24",))]
    assert codes(check_pin(doc, MAC, "192.168.50.1")) == [(PinProblem.GATEWAY, ("192.168.50.1",))]


def test_pinning_its_own_reservation_again_is_fine_and_a_lease_only_warns():
    assert check_pin(NET, "52:54:00:aa:bb:01", "192.168.50.10") == []
    [finding] = check_pin(NET, MAC, "192.168.50.120", [("52:54:00:00:00:09", "192.168.50.120")])
    assert finding.code is PinProblem.LEASED and not finding.blocking
    assert check_pin(NET, MAC, "192.168.50.120", [(MAC, "192.168.50.120")]) == []


def test_an_address_of_a_host_without_a_mac_is_reserved_too():
    doc = NetworkDoc.from_string(NET.to_string().replace(
        "<range", "<host name='printer' ip='192.168.50.11'/><range"))
    assert codes(check_pin(doc, MAC, "192.168.50.11")) == [(PinProblem.RESERVED, ("", "printer"))]
    assert codes(check_pin(doc, "", "192.168.50.11")) == [(PinProblem.RESERVED, ("", "printer"))]


def test_no_pin_without_an_ipv4_subnet_or_with_a_bad_mac():
    bridge = NetworkDoc.from_string("<network><name>br</name><forward mode='bridge'/>"
                                    "<bridge name='br0'/></network>")
    assert codes(check_pin(bridge, MAC, "10.0.0.5")) == [(PinProblem.NO_IPV4, ())]
    assert codes(check_pin(NET, "52:54:zz", "192.168.50.20")) == [(PinProblem.BAD_MAC, ("52:54:zz",))]
    # No MAC at all: a static host known by its name only, which libvirt allows for IPv4.
    assert check_pin(NET, "", "192.168.50.20") == []


def test_host_names_dnsmasq_takes():
    assert host_name_for("web01") == "web01"
    assert host_name_for("my vm") == ""
    # libvirt refuses a second static host of the same name: another card's name is left out.
    assert host_name_for("db", NET, MAC) == ""
    assert host_name_for("db", NET, "52:54:00:aa:bb:01") == "db"  # its own entry
    assert host_name_for("web01", NET, MAC) == "web01"
    # The entry the new one replaces (the card's, under the MAC it runs with) takes no name away.
    assert host_name_for("db", NET, MAC, replacing="52:54:00:AA:BB:01") == "db"


def test_a_static_host_of_the_mac_the_card_runs_with_is_the_cards_own():
    running = "52:54:00:aa:bb:01"  # db's card, whose MAC becomes MAC at the next start
    assert codes(check_pin(NET, MAC, "192.168.50.10", running_mac=running)) == \
        [(PinProblem.OWN_RESERVED, (running, MAC))]
    assert not any(f.blocking for f in check_pin(NET, MAC, "192.168.50.10", running_mac=running))
    assert codes(check_pin(NET, MAC, "192.168.50.10", running_mac="52:54:00:aa:bb:02")) == \
        [(PinProblem.RESERVED, (running, "db"))]


def test_an_entrys_lease_time_goes_with_it_into_a_changed_entry():
    root = etree.fromstring(NET.to_string())
    etree.SubElement(root.find(".//dhcp/host"), "lease", expiry="30", unit="minutes")
    doc = NetworkDoc(root)
    (read,) = dhcp_hosts(doc)
    assert read == DhcpHost("52:54:00:AA:BB:01", "db", "192.168.50.10")  # compared by the three
    changed = DhcpHost(MAC, "web", "192.168.50.11").keeping(read)
    assert changed.xml() == (f'<host mac="{MAC}" name="web" ip="192.168.50.11">'
                             '<lease expiry="30" unit="minutes"/></host>')
    assert DhcpHost(MAC, "web", "192.168.50.11").xml() == (
        f'<host mac="{MAC}" name="web" ip="192.168.50.11"/>')  # a new entry: nothing else
    root = etree.fromstring(NET.to_string())
    root.find("ip[@address='192.168.50.1']/dhcp").append(etree.fromstring(changed.xml()))
    assert validate_rng(root, "network") == []
