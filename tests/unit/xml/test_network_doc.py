"""NetworkDoc: reading libvirt's XML, editing it in place, summaries."""

from __future__ import annotations

import pytest

from kvmgui.xml.base import SCHEMA_DIR, XMLParseError, validate_rng
from kvmgui.xml.network import NetworkDoc
from tests.unit.xml.golden import DATA, check_golden

# The "default" network as libvirt ships it: netmask instead of prefix.
DEFAULT = """
<network>
  <name>default</name>
  <uuid>dd8fe884-6c02-601e-7551-cca97df1c5df</uuid>
  <forward mode='nat'/>
  <bridge name='virbr0' stp='on' delay='0'/>
  <ip address='192.168.122.1' netmask='255.255.255.0'>
    <dhcp>
      <range start='192.168.122.2' end='192.168.122.254'/>
    </dhcp>
  </ip>
</network>
"""


def test_reads_default_network():
    doc = NetworkDoc.from_string(DEFAULT)
    assert (doc.name, doc.uuid) == ("default", "dd8fe884-6c02-601e-7551-cca97df1c5df")
    assert (doc.forward_mode, doc.bridge_name, doc.stp, doc.delay) == ("nat", "virbr0", True, 0)
    assert doc.ipv6 is None
    assert doc.ipv4 is not None
    assert str(doc.ipv4.interface) == "192.168.122.1/24"
    assert [str(n) for n in doc.subnets] == ["192.168.122.0/24"]


def test_summary_in_words():
    summary = NetworkDoc.from_string(DEFAULT).summary
    assert summary.mode.english() == "NAT"
    assert summary.ipv4 == "192.168.122.0/24"
    assert summary.dhcp == ("192.168.122.2 – 192.168.122.254",)
    assert summary.ipv6 is None and summary.dhcp6 == ()


@pytest.mark.parametrize(("dhcp", "hands_out"), [
    ("<dhcp><range start='192.168.10.2' end='192.168.10.9'/></dhcp>", True),
    ("<dhcp><host mac='52:54:00:00:00:01' ip='192.168.10.5'/></dhcp>", True),  # hosts only
    ("", False),  # the guide's network without a range: dnsmasq gives nothing
])
def test_summary_says_whether_the_network_hands_out_addresses(dhcp, hands_out):
    # The card page reads it from the record (read in the worker), not the network's XML.
    doc = NetworkDoc.from_string("<network><name>lab10</name><bridge name='virbr1'/>"
                                 f"<ip address='192.168.10.1' prefix='24'>{dhcp}</ip></network>")
    assert doc.summary.hands_out is hands_out


def test_summary_shows_the_dhcp_of_the_ip_that_has_it():
    # libvirt allows DHCP on one IPv4 <ip> (and one IPv6 <ip>), not necessarily the first.
    doc = NetworkDoc.from_string(
        "<network><name>n</name><forward mode='nat'/>"
        "<ip address='10.0.0.1' prefix='24'/>"
        "<ip address='192.168.50.1' prefix='24'><dhcp>"
        "<range start='192.168.50.10' end='192.168.50.99'/></dhcp></ip>"
        "<ip family='ipv6' address='fd00:1::1' prefix='64'/>"
        "<ip family='ipv6' address='fd00:2::1' prefix='64'><dhcp>"
        "<range start='fd00:2::10' end='fd00:2::99'/></dhcp></ip></network>"
    )
    summary = doc.summary
    # The subnet shown is the one the range belongs to, not the first.
    assert (summary.ipv4, summary.ipv6) == ("192.168.50.0/24", "fd00:2::/64")
    assert summary.dhcp == ("192.168.50.10 – 192.168.50.99",)
    assert summary.dhcp6 == ("fd00:2::10 – fd00:2::99",)


@pytest.mark.parametrize(
    ("forward", "words"),
    [
        ("", "Isolated"),
        ("<forward/>", "NAT"),
        ("<forward mode='route' dev='eth0'/>", "Routed via eth0"),
        ("<forward mode='open'/>", "Open (routed, no firewall rules)"),
        ("<forward mode='bridge'/><bridge name='br0'/>", "Host bridge br0"),
        ("<forward mode='bridge'><interface dev='eth1'/></forward>", "Macvtap bridge on eth1"),
        ("<forward mode='vepa' dev='eth1'/>", "Macvtap VEPA on eth1"),
        ("<forward mode='hostdev'><pf dev='enp3s0f0'/></forward>", "SR-IOV pool of enp3s0f0"),
    ],
)
def test_mode_in_words(forward, words):
    doc = NetworkDoc.from_string(f"<network><name>n</name>{forward}</network>")
    assert doc.summary.mode.english() == words


def test_prefix_defaults_like_libvirt():
    doc = NetworkDoc.from_string(
        "<network><name>n</name><ip address='10.1.2.3'/>"
        "<ip family='ipv6' address='fd00::1'/></network>"
    )
    assert [str(ip.network) for ip in doc.ips] == ["10.0.0.0/8", "fd00::/64"]


def test_malformed_address_has_no_network():
    doc = NetworkDoc.from_string("<network><name>n</name><ip address='300.1.1.1'/></network>")
    assert doc.ips[0].network is None
    assert doc.subnets == [] and doc.summary.ipv4 is None


def test_refuses_other_documents():
    with pytest.raises(XMLParseError, match="expected <network>"):
        NetworkDoc.from_string("<pool><name>x</name></pool>")


def test_forward_mode_setter():
    doc = NetworkDoc.from_string(DEFAULT)
    doc.forward_mode = "isolated"
    assert doc.node.find("forward") is None and doc.forward_mode == "isolated"
    doc.forward_mode = "route"
    assert doc.forward_mode == "route"
    doc.forward_mode = "nat"
    doc.nat_port_start, doc.nat_port_end = 1024, 2048
    doc.forward_mode = "open"
    assert doc.node.find("forward/nat") is None


def test_forward_dev_keeps_first_interface_in_step():
    doc = NetworkDoc.from_string(
        "<network><name>n</name><forward mode='nat' dev='eth0'>"
        "<interface dev='eth0'/></forward><ip address='10.0.0.1' prefix='24'/></network>"
    )
    doc.forward_dev = "eth9"
    assert doc.forward_dev == "eth9" and doc.forward_interfaces == ["eth9"]


def edited_roundtrip() -> NetworkDoc:
    doc = NetworkDoc.from_string((DATA / "network-roundtrip-in.xml").read_text())
    doc.name = "lab2"
    doc.mtu = 9000  # creates <mtu>
    doc.mac = None  # removes <mac>
    doc.domain_name = "lab.example"
    doc.nat_port_start, doc.nat_port_end = 1024, 65535  # inside the existing <nat>
    assert doc.ipv4 is not None
    doc.ipv4.dhcp_ranges[0].end = "192.168.77.150"
    return doc


def test_roundtrip_keeps_what_it_does_not_model():
    doc = edited_roundtrip()
    check_golden("network-roundtrip-out.xml", doc.to_string())
    node = doc.node
    ns = {"app": "http://example.org/kvmgui-test/1",
          "dnsmasq": "http://libvirt.org/schemas/network/dnsmasq/1.0"}
    assert node.get("trustGuestRxFilters") == "no"
    assert node.xpath("metadata/app:notes/app:owner[@team='infra']/text()", namespaces=ns) == ["ops"]
    assert node.xpath("dnsmasq:options/dnsmasq:option/@value", namespaces=ns)
    assert node.find("portgroup[@name='engineering']/bandwidth/inbound").get("average") == "500"
    assert node.find("bandwidth/outbound").get("peak") == "256"
    assert node.find("bridge").get("macTableManager") == "libvirt"
    assert node.find("forward/nat/address").get("start") == "203.0.113.10"
    assert node.find("ip").get("localPtr") == "yes"
    assert node.find("ip/dhcp/range/lease").get("unit") == "hours"
    assert node.find("ip/dhcp/bootp").get("file") == "pxelinux.0"
    assert node.find("route").get("gateway") == "192.168.77.2"
    assert node.find("dns/txt").get("value") == "example value"
    assert "kept: a comment" in doc.to_string()
    assert node.find("mac") is None and doc.mtu == 9000


@pytest.mark.skipif(not SCHEMA_DIR.is_dir(), reason="libvirt schemas not installed")
def test_edited_roundtrip_is_still_valid():
    assert validate_rng(edited_roundtrip().to_string(), "network") == []


@pytest.mark.parametrize(("forward", "macvtap", "words"), [
    ("<forward mode='bridge'/><bridge name='br0'/>", False, "Host bridge br0"),
    ("<forward mode='bridge'><interface dev='eth0'/></forward>", True, "Macvtap bridge on eth0"),
    ("<forward mode='vepa'><interface dev='eth0'/></forward>", True, "Macvtap VEPA on eth0"),
    ("<forward mode='private' dev='eth0'/>", True, "Macvtap private on eth0"),
    ("<forward mode='passthrough' dev='eth0'/>", True, "Macvtap passthrough on eth0"),
    ("<forward mode='nat'/><bridge name='virbr1'/>", False, "NAT"),
])
def test_a_bridge_network_is_macvtap_only_without_a_bridge_name(forward, macvtap, words):
    # The macvtap modes were spelt in five places (the NIC page's without 'bridge', its
    # bridge-name test beside it); one list and one test in network_spec now answer all.
    from kvmgui.xml.network import describe_mode
    from kvmgui.xml.network_spec import macvtap_forward

    doc = NetworkDoc.from_string(f"<network><name>n</name>{forward}</network>")
    assert macvtap_forward(doc.forward_mode, doc.bridge_name) is macvtap
    assert describe_mode(doc).english() == words


@pytest.mark.parametrize(("hosts", "listed"), [
    # Hosts listed by MAC only: dnsmasq answers those cards and no other.
    ("<host mac='52:54:00:AA:00:01' ip='192.168.10.5'/>", frozenset({"52:54:00:aa:00:01"})),
    # A host listed by name (no MAC): dnsmasq matches the name the client sends, which
    # any card may send, so the MACs alone cannot say which cards are answered.
    ("<host mac='52:54:00:aa:00:01' ip='192.168.10.5'/><host name='web' ip='192.168.10.6'/>",
     None),
    ("<host name='web' ip='192.168.10.6'/>", None),
])
def test_summary_lists_the_cards_only_when_every_host_names_its_mac(hosts, listed):
    doc = NetworkDoc.from_string("<network><name>lab10</name><bridge name='virbr1'/>"
                                 "<ip address='192.168.10.1' prefix='24'>"
                                 f"<dhcp>{hosts}</dhcp></ip></network>")
    assert doc.summary.listed_only == listed
