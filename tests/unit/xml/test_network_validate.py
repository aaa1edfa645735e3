"""validate_spec: one case per rule, each naming the field it reports."""

from __future__ import annotations

import re
from ipaddress import ip_network

import libvirt
import pytest

from kvmgui.xml.network import network_xml
from kvmgui.xml.network_spec import (
    BridgeSpec,
    DhcpRange,
    DnsHost,
    DnsSpec,
    ForwardMode,
    IPv4Spec,
    IPv6Spec,
    NetworkSpec,
    StaticHost,
)
from kvmgui.xml.network_validate import (
    HostNetwork,
    HostRoute,
    ValidationContext,
    parse_ip_route,
    validate_spec,
)


def full() -> NetworkSpec:
    """A NAT network using every feature; valid."""
    return NetworkSpec(
        name="lab_net-1.0",
        forward_dev="eth0",
        nat_port_start=1024,
        nat_port_end=65535,
        bridge=BridgeSpec("virbr9", stp=True, delay=0),
        mtu=1500,
        mac="52:54:00:aa:bb:cc",
        ipv4=IPv4Spec(
            address="192.168.100.1",
            prefix=24,
            dhcp_ranges=[DhcpRange("192.168.100.128", "192.168.100.254")],
            hosts=[
                StaticHost("52:54:00:00:00:01", "web", "192.168.100.10"),
                StaticHost("52:54:00:00:00:02", "db", "192.168.100.11"),
            ],
        ),
        ipv6=IPv6Spec(
            enabled=True,
            address="fd00:dead:beef:1::1",
            prefix=64,
            dhcp_enabled=True,
            dhcp_range=DhcpRange("fd00:dead:beef:1::100", "fd00:dead:beef:1::1ff"),
        ),
        dns=DnsSpec("lab.example", True, [DnsHost("192.168.100.10", ["web", "www"])]),
    )


def with_changes(changes: dict[str, object]) -> NetworkSpec:
    """full() with dotted paths set, e.g. {"ipv4.hosts[1].mac": "x"}."""
    spec = full()
    for path, value in changes.items():
        *parents, last = re.findall(r"\w+|\[\d+\]", path)
        target: object = spec
        for step in parents:
            target = target[int(step[1:-1])] if step[0] == "[" else getattr(target, step)
        setattr(target, last, value)
    return spec


def fields(spec: NetworkSpec, context: ValidationContext | None = None) -> list[str]:
    return [problem.field for problem in validate_spec(spec, context)]


NO_IP = {"ipv4.enabled": False, "ipv6.enabled": False}
V6_OFF = {"ipv6.enabled": False}

RULES = [
    # name
    ("name-empty", {"name": ""}, "name"),
    ("name-slash", {"name": "a/b"}, "name"),
    ("name-space", {"name": "my net"}, "name"),
    ("name-leading-dot", {"name": ".hidden"}, "name"),
    ("name-leading-dash", {"name": "-net"}, "name"),
    ("name-too-long", {"name": "n" * 65}, "name"),
    # forward device and NAT ports
    ("macvtap-needs-device", {"mode": ForwardMode.MACVTAP, "forward_dev": "", **NO_IP}, "forward_dev"),
    ("hostdev-needs-pf", {"mode": ForwardMode.HOSTDEV, "forward_dev": "", **NO_IP}, "forward_dev"),
    ("forward-dev-malformed", {"forward_dev": "eth 0"}, "forward_dev"),
    ("nat-ports-one-end", {"nat_port_end": None}, "nat_ports"),
    ("nat-ports-out-of-range", {"nat_port_start": 0}, "nat_ports"),
    ("nat-ports-reversed", {"nat_port_start": 2000, "nat_port_end": 1000}, "nat_ports"),
    # bridge
    ("bridge-mode-needs-name", {"mode": ForwardMode.BRIDGE, "bridge.name": None, **NO_IP}, "bridge.name"),
    ("bridge-name-too-long", {"bridge.name": "virbr-0123456789"}, "bridge.name"),
    ("bridge-name-slash", {"bridge.name": "br/0"}, "bridge.name"),
    ("bridge-name-space", {"bridge.name": "br 0"}, "bridge.name"),
    ("bridge-delay", {"bridge.delay": 31}, "bridge.delay"),
    # MTU and MAC
    ("mtu-too-small", {"mtu": 67, **V6_OFF}, "mtu"),
    ("mtu-too-small-for-ipv6", {"mtu": 1279}, "mtu"),
    ("mtu-too-large", {"mtu": 65536}, "mtu"),
    ("mac-malformed", {"mac": "52:54:00:12:34"}, "mac"),
    ("mac-multicast", {"mac": "01:00:5e:00:00:01"}, "mac"),
    ("mac-zero", {"mac": "00:00:00:00:00:00"}, "mac"),
    # modes without IP configuration, modes that need it
    ("bridge-mode-no-ipv4", {"mode": ForwardMode.BRIDGE, "bridge.name": "br0", **V6_OFF}, "ipv4"),
    ("macvtap-no-ipv6", {"mode": ForwardMode.MACVTAP, "ipv4.enabled": False}, "ipv6"),
    ("hostdev-no-ipv4", {"mode": ForwardMode.HOSTDEV, **V6_OFF}, "ipv4"),
    ("nat-needs-an-address", NO_IP, "ipv4"),
    # IPv4 address
    ("ipv4-malformed", {"ipv4.address": "192.168.100.300"}, "ipv4.address"),
    ("ipv4-not-ipv4", {"ipv4.address": "fd00::1"}, "ipv4.address"),
    ("ipv4-multicast", {"ipv4.address": "224.0.0.1"}, "ipv4.address"),
    ("ipv4-prefix-too-long", {"ipv4.prefix": 31}, "ipv4.prefix"),
    ("ipv4-prefix-zero", {"ipv4.prefix": 0}, "ipv4.prefix"),
    ("ipv4-network-address", {"ipv4.address": "192.168.100.0"}, "ipv4.address"),
    ("ipv4-broadcast-address", {"ipv4.address": "192.168.100.255"}, "ipv4.address"),
    # IPv4 DHCP
    ("dhcp-nothing", {"ipv4.dhcp_ranges": [], "ipv4.hosts": []}, "ipv4.dhcp"),
    ("dhcp-malformed", {"ipv4.dhcp_ranges": [DhcpRange("x", "192.168.100.9")]}, "ipv4.dhcp[0]"),
    ("dhcp-outside", {"ipv4.dhcp_ranges": [DhcpRange("192.168.100.128", "192.168.101.10")]},
     "ipv4.dhcp[0]"),
    ("dhcp-network-address", {"ipv4.dhcp_ranges": [DhcpRange("192.168.100.0", "192.168.100.9")]},
     "ipv4.dhcp[0]"),
    ("dhcp-reversed", {"ipv4.dhcp_ranges": [DhcpRange("192.168.100.200", "192.168.100.150")]},
     "ipv4.dhcp[0]"),
    ("dhcp-covers-gateway", {"ipv4.dhcp_ranges": [DhcpRange("192.168.100.1", "192.168.100.99")]},
     "ipv4.dhcp[0]"),
    ("dhcp-too-large", {"ipv4.address": "10.0.0.1", "ipv4.prefix": 15, "ipv4.hosts": [],
                        "ipv4.dhcp_ranges": [DhcpRange("10.0.255.1", "10.1.0.10")]}, "ipv4.dhcp[0]"),
    ("dhcp-ranges-overlap", {"ipv4.dhcp_ranges": [DhcpRange("192.168.100.128", "192.168.100.254"),
                                                  DhcpRange("192.168.100.200", "192.168.100.210")]},
     "ipv4.dhcp[1]"),
    # static hosts
    ("host-ip-malformed", {"ipv4.hosts[1].ip": "192.168.100"}, "ipv4.hosts[1].ip"),
    ("host-ip-outside", {"ipv4.hosts[1].ip": "192.168.101.11"}, "ipv4.hosts[1].ip"),
    ("host-ip-broadcast", {"ipv4.hosts[1].ip": "192.168.100.255"}, "ipv4.hosts[1].ip"),
    ("host-ip-gateway", {"ipv4.hosts[1].ip": "192.168.100.1"}, "ipv4.hosts[1].ip"),
    ("host-ip-duplicate", {"ipv4.hosts[1].ip": "192.168.100.10"}, "ipv4.hosts[1].ip"),
    ("host-mac-malformed", {"ipv4.hosts[1].mac": "52-54-00-00-00-02"}, "ipv4.hosts[1].mac"),
    ("host-mac-multicast", {"ipv4.hosts[1].mac": "53:54:00:00:00:02"}, "ipv4.hosts[1].mac"),
    ("host-mac-duplicate", {"ipv4.hosts[1].mac": "52:54:00:00:00:01"}, "ipv4.hosts[1].mac"),
    ("host-mac-and-name-missing", {"ipv4.hosts[1].mac": "", "ipv4.hosts[1].name": ""},
     "ipv4.hosts[1].mac"),
    ("host-name-duplicate", {"ipv4.hosts[1].name": "WEB"}, "ipv4.hosts[1].name"),
    ("host-name-malformed", {"ipv4.hosts[1].name": "-db"}, "ipv4.hosts[1].name"),
    # IPv6
    ("ipv6-malformed", {"ipv6.address": "fd00::zz"}, "ipv6.address"),
    ("ipv6-not-ipv6", {"ipv6.address": "192.168.7.1"}, "ipv6.address"),
    ("ipv6-link-local", {"ipv6.address": "fe80::1"}, "ipv6.address"),
    # Python reads a zone ("%eth0") after an IPv6 address; libvirt refuses it ("Invalid address").
    ("ipv6-zone", {"ipv6.address": "fd00:dead:beef:1::1%eth0"}, "ipv6.address"),
    ("ipv6-prefix-too-long", {"ipv6.prefix": 129}, "ipv6.prefix"),
    # A /128 holds the host's address only, as an IPv4 /32: no room for a guest.
    ("ipv6-prefix-128", {"ipv6.prefix": 128, "ipv6.dhcp_enabled": False}, "ipv6.prefix"),
    ("ipv6-prefix-zero", {"ipv6.prefix": 0}, "ipv6.prefix"),
    ("dhcp6-needs-64", {"ipv6.prefix": 56}, "ipv6.prefix"),
    ("dhcp6-empty", {"ipv6.dhcp_range": DhcpRange()}, "ipv6.dhcp"),
    ("dhcp6-outside", {"ipv6.dhcp_range": DhcpRange("fd00:dead:beef:2::1", "fd00:dead:beef:2::9")},
     "ipv6.dhcp"),
    ("dhcp6-reversed", {"ipv6.dhcp_range": DhcpRange("fd00:dead:beef:1::9", "fd00:dead:beef:1::2")},
     "ipv6.dhcp"),
    ("dhcp6-zone", {"ipv6.dhcp_range": DhcpRange("fd00:dead:beef:1::100%eth0",
                                                 "fd00:dead:beef:1::1ff")}, "ipv6.dhcp"),
    ("dhcp6-too-large", {"ipv6.dhcp_range": DhcpRange("fd00:dead:beef:1::1:0",
                                                      "fd00:dead:beef:1::2:0")}, "ipv6.dhcp"),
    # DNS
    ("dns-domain-malformed", {"dns.domain": "bad_domain"}, "dns.domain"),
    ("dns-host-ip-malformed", {"dns.hosts[0].ip": "192.168.100.x"}, "dns.hosts[0].ip"),
    ("dns-host-ip-zone", {"dns.hosts[0].ip": "fd00:dead:beef:1::10%virbr9"}, "dns.hosts[0].ip"),
    ("dns-host-no-names", {"dns.hosts[0].hostnames": []}, "dns.hosts[0].hostnames"),
    ("dns-host-bad-name", {"dns.hosts[0].hostnames": ["web", "w w"]}, "dns.hosts[0].hostnames"),
]


def test_full_spec_is_valid():
    assert validate_spec(full()) == []
    assert validate_spec(full(), host()) == []


@pytest.mark.parametrize(("changes", "field"), [r[1:] for r in RULES], ids=[r[0] for r in RULES])
def test_rule(changes, field):
    problems = validate_spec(with_changes(changes))
    assert [p.field for p in problems] == [field]
    assert problems[0].message.english().endswith(".")


def test_an_ipv6_127_holds_one_guest():
    # RFC 6164: both addresses of a /127 are usable (Linux adds no subnet-router anycast
    # there); libvirt takes the other one as a DHCPv6 range.
    spec = with_changes({"ipv6.address": "fd00:dead:beef:1::1", "ipv6.prefix": 127,
                         "ipv6.dhcp_range": DhcpRange("fd00:dead:beef:1::", "fd00:dead:beef:1::")})
    assert validate_spec(spec) == []
    xml = network_xml(spec)
    conn = libvirt.open("test:///default")
    try:
        conn.networkDefineXMLFlags(xml, libvirt.VIR_NETWORK_DEFINE_VALIDATE).undefine()
    finally:
        conn.close()


def test_parts_the_mode_does_not_use_are_ignored():
    spec = with_changes({"mode": ForwardMode.BRIDGE, "bridge.name": "br0", "mtu": 1,
                         "mac": "zz", "dns.domain": "bad_domain", "bridge.delay": -1,
                         "nat_port_start": 0, **NO_IP})
    assert validate_spec(spec) == []
    spec = with_changes({"ipv4.dhcp_enabled": False, "ipv4.dhcp_ranges": [DhcpRange("x", "y")],
                         "ipv6.dhcp_enabled": False, "ipv6.prefix": 48})
    assert validate_spec(spec) == []


# --- clashes with the host ----------------------------------------------------------------


def host(routes: list[HostRoute] | None = None, editing: str | None = None) -> ValidationContext:
    return ValidationContext(
        networks=[
            HostNetwork("default", "virbr0", (ip_network("192.168.122.0/24"),)),
            HostNetwork("v6lab", "virbr1", (ip_network("fd00:aaaa::/64"),)),
            HostNetwork("lan", "br0", managed=False),
        ],
        routes=routes,
        editing=editing,
    )


def test_name_already_used():
    assert fields(with_changes({"name": "default"}), host()) == ["name"]
    assert fields(with_changes({"name": "default"}), host(editing="default")) == []


def test_subnet_overlaps_other_network():
    spec = with_changes({"ipv4.address": "192.168.122.129", "ipv4.prefix": 25, "ipv4.hosts": [],
                         "ipv4.dhcp_ranges": [DhcpRange("192.168.122.130", "192.168.122.140")]})
    assert fields(spec, host()) == ["ipv4.address"]
    spec = with_changes({"ipv6.address": "fd00:aaaa::1", "ipv6.dhcp_enabled": False})
    assert fields(spec, host()) == ["ipv6.address"]


def test_subnet_overlaps_local_route():
    routes = [HostRoute(ip_network("192.168.96.0/19"), "tun0")]
    problems = validate_spec(full(), host(routes))
    assert [p.field for p in problems] == ["ipv4.address"]
    assert "tun0" in problems[0].message.english()


def test_routes_of_libvirt_bridges_are_not_counted_twice():
    # The route of the network being edited, on its own bridge, is no clash either.
    routes = [HostRoute(ip_network("192.168.100.0/24"), "virbr5")]
    context = host(routes, editing="lab")
    context.networks.append(HostNetwork("lab", "virbr5", (ip_network("192.168.100.0/24"),)))
    assert fields(with_changes({"name": "lab", "bridge.name": "virbr5"}), context) == []


def test_routes_of_a_shared_host_bridge_still_count():
    routes = [HostRoute(ip_network("192.168.100.0/24"), "br0")]  # br0 is network "lan"'s
    assert fields(full(), host(routes)) == ["ipv4.address"]


def test_bridge_name_already_used():
    assert fields(with_changes({"bridge.name": "virbr0"}), host()) == ["bridge.name"]
    assert fields(with_changes({"bridge.name": "br0"}), host()) == ["bridge.name"]


def test_host_bridge_may_be_shared_by_bridge_networks_only():
    spec = with_changes({"mode": ForwardMode.BRIDGE, "bridge.name": "br0", **NO_IP})
    assert fields(spec, host()) == []
    spec.bridge.name = "virbr0"  # libvirt runs that one for network "default"
    assert fields(spec, host()) == ["bridge.name"]


def test_taken_subnets_for_suggestions():
    routes = [HostRoute(ip_network("10.0.0.0/8"), "eth0"), HostRoute(ip_network("192.168.122.0/24"),
                                                                     "virbr0")]
    taken = host(routes).taken_subnets()
    assert [str(net) for net in taken] == ["192.168.122.0/24", "fd00:aaaa::/64", "10.0.0.0/8"]


# --- parse_ip_route -------------------------------------------------------------------------

IP_ROUTE = """\
default via 192.0.2.1 dev eth0 proto dhcp metric 100
10.8.0.1 dev tun0 scope link
192.0.2.0/24 dev eth0 proto kernel scope link src 192.0.2.2 metric 100
192.168.122.0/24 dev virbr0 proto kernel scope link src 192.168.122.1 linkdown
blackhole 198.51.100.0/24
local 192.0.2.2 dev eth0 table local proto kernel scope host src 192.0.2.2
broadcast 192.0.2.255 dev eth0 table local proto kernel scope link src 192.0.2.2
203.0.113.0/24 proto static
\tnexthop via 192.0.2.7 dev eth0 weight 1
fd00:1::/64 dev eth0 proto kernel metric 256 pref medium
fe80::/64 dev eth0 proto kernel metric 256 pref medium
multicast ff00::/8 dev eth0 table local proto kernel metric 256 pref medium
default via fe80::1 dev eth0 proto ra metric 1024
"""

PROC_NET_ROUTE = """\
Iface\tDestination\tGateway \tFlags\tRefCnt\tUse\tMetric\tMask\t\tMTU\tWindow\tIRTT
eth0\t00000000\t010200C0\t0003\t0\t0\t0\t00000000\t0\t0\t0
eth0\t000200C0\t00000000\t0001\t0\t0\t0\t00FFFFFF\t0\t0\t0
virbr0\t007AA8C0\t00000000\t0001\t0\t0\t0\t00FFFFFF\t0\t0\t0
"""


def test_parse_ip_route_output():
    routes = [(str(r.network), r.dev) for r in parse_ip_route(IP_ROUTE)]
    assert routes == [
        ("10.8.0.1/32", "tun0"),
        ("192.0.2.0/24", "eth0"),
        ("192.168.122.0/24", "virbr0"),
        ("198.51.100.0/24", None),
        ("203.0.113.0/24", None),
        ("fd00:1::/64", "eth0"),
    ]


def test_parse_proc_net_route():
    routes = [(str(r.network), r.dev) for r in parse_ip_route(PROC_NET_ROUTE)]
    assert routes == [("192.0.2.0/24", "eth0"), ("192.168.122.0/24", "virbr0")]


def test_parse_nothing():
    assert parse_ip_route("") == []
