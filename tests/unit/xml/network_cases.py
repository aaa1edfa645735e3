"""One NetworkSpec per golden case (tests/data/xml/network-<case>-out.xml)."""

from __future__ import annotations

from collections.abc import Callable

from kvmgui.xml.network_spec import (
    BridgeSpec,
    DhcpRange,
    DnsHost,
    DnsSpec,
    ForwardMode,
    IPv4Spec,
    IPv6Spec,
    MacvtapMode,
    NetworkSpec,
    StaticHost,
)


def no_ip() -> IPv4Spec:
    return IPv4Spec(enabled=False)


def nat_dhcp_dns() -> NetworkSpec:
    return NetworkSpec(
        name="nat-dhcp-dns",
        bridge=BridgeSpec("virbr10", stp=True, delay=0),
        mtu=9000,
        mac="52:54:00:ab:cd:ef",
        ipv4=IPv4Spec(
            address="192.168.100.1",
            prefix=24,
            dhcp_ranges=[DhcpRange("192.168.100.128", "192.168.100.254")],
            hosts=[
                StaticHost("52:54:00:00:00:01", "web", "192.168.100.10"),
                StaticHost("52:54:00:00:00:02", "db", "192.168.100.11"),
            ],
        ),
        dns=DnsSpec(
            domain="lab.example",
            local_only=True,
            hosts=[DnsHost("192.168.100.10", ["web", "www"]), DnsHost("192.168.100.20", ["nas"])],
        ),
    )


def nat_dev_ports() -> NetworkSpec:
    return NetworkSpec(
        name="nat-dev-ports",
        forward_dev="eth0",
        nat_port_start=1024,
        nat_port_end=65535,
        bridge=BridgeSpec(None, stp=False, delay=2),
        ipv4=IPv4Spec(address="192.168.101.1", dhcp_enabled=False),
    )


def route() -> NetworkSpec:
    return NetworkSpec(
        name="routed",
        mode=ForwardMode.ROUTE,
        forward_dev="eth0",
        ipv4=IPv4Spec(
            address="10.10.0.1",
            prefix=16,
            dhcp_ranges=[DhcpRange("10.10.128.1", "10.10.255.254")],
        ),
    )


def open_() -> NetworkSpec:
    return NetworkSpec(
        name="open",
        mode=ForwardMode.OPEN,
        ipv4=IPv4Spec(address="172.16.5.1", dhcp_ranges=[DhcpRange("172.16.5.100", "172.16.5.199")]),
    )


def isolated() -> NetworkSpec:
    return NetworkSpec(
        name="isolated",
        mode=ForwardMode.ISOLATED,
        bridge=BridgeSpec("virbr-iso"),
        ipv4=IPv4Spec(
            address="192.168.50.1",
            dhcp_ranges=[
                DhcpRange("192.168.50.100", "192.168.50.149"),
                DhcpRange("192.168.50.200", "192.168.50.249"),
            ],
        ),
    )


def bridge() -> NetworkSpec:
    return NetworkSpec(
        name="host-bridge", mode=ForwardMode.BRIDGE, bridge=BridgeSpec("br0"), ipv4=no_ip()
    )


def macvtap(submode: MacvtapMode) -> Callable[[], NetworkSpec]:
    def spec() -> NetworkSpec:
        return NetworkSpec(
            name=f"macvtap-{submode.value}",
            mode=ForwardMode.MACVTAP,
            macvtap_mode=submode,
            forward_dev="eth1",
            ipv4=no_ip(),
        )

    return spec


def hostdev() -> NetworkSpec:
    return NetworkSpec(
        name="sriov-pool", mode=ForwardMode.HOSTDEV, forward_dev="enp3s0f0", ipv4=no_ip()
    )


def ipv6_dhcp6() -> NetworkSpec:
    return NetworkSpec(
        name="dual-stack",
        ipv4=IPv4Spec(
            address="192.168.102.1", dhcp_ranges=[DhcpRange("192.168.102.128", "192.168.102.254")]
        ),
        ipv6=IPv6Spec(
            enabled=True,
            address="fd00:dead:beef:1::1",
            prefix=64,
            dhcp_enabled=True,
            dhcp_range=DhcpRange("fd00:dead:beef:1::100", "fd00:dead:beef:1::1ff"),
            nat=True,
        ),
    )


CASES: dict[str, Callable[[], NetworkSpec]] = {
    "nat-dhcp-dns": nat_dhcp_dns,
    "nat-dev-ports": nat_dev_ports,
    "route": route,
    "open": open_,
    "isolated": isolated,
    "bridge": bridge,
    **{f"macvtap-{mode.value}": macvtap(mode) for mode in MacvtapMode},
    "hostdev": hostdev,
    "ipv6-dhcp6": ipv6_dhcp6,
}
