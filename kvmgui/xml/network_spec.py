"""What the "new virtual network" wizard collects: plain dataclasses, no XML.

``network.build_network`` turns a :class:`NetworkSpec` into libvirt XML and
``network_validate.validate_spec`` says what is wrong with one. Text fields
hold what the user typed (addresses stay strings) so a half-filled spec can
still be validated field by field.
"""

from __future__ import annotations

import ipaddress
from collections.abc import Iterable
from dataclasses import dataclass, field
from enum import StrEnum


class ForwardMode(StrEnum):
    """How the network reaches the outside world."""

    NAT = "nat"
    ROUTE = "route"
    OPEN = "open"  # routed, but libvirt adds no firewall rules
    ISOLATED = "isolated"  # no <forward> at all
    BRIDGE = "bridge"  # an existing host bridge, managed outside libvirt
    MACVTAP = "macvtap"  # "direct" connection on a host interface, see MacvtapMode
    HOSTDEV = "hostdev"  # a pool of SR-IOV virtual functions of one PF

    @property
    def managed(self) -> bool:
        """True when libvirt creates the bridge and runs DHCP/DNS on it; only
        these modes take a bridge name of our choosing, MTU, MAC, IP and DNS."""
        return self in (ForwardMode.NAT, ForwardMode.ROUTE, ForwardMode.OPEN, ForwardMode.ISOLATED)


class MacvtapMode(StrEnum):
    """macvtap sub-mode; the value is libvirt's forward mode."""

    BRIDGE = "bridge"
    VEPA = "vepa"
    PRIVATE = "private"
    PASSTHROUGH = "passthrough"


# libvirt's forward modes of a macvtap network, and the modes of a macvtap ("direct")
# card's source, in the order they are offered.
MACVTAP_MODES: tuple[str, ...] = tuple(mode.value for mode in MacvtapMode)


def macvtap_forward(mode: str, bridge: str | None) -> bool:
    """Whether a network of forward ``mode`` puts its cards on host devices by macvtap.

    A "bridge" network with a bridge name (``bridge``) forwards to that host bridge; without
    one it is a pool of host devices whose cards are macvtap ones in bridge mode."""
    return mode in MACVTAP_MODES and not (mode == MacvtapMode.BRIDGE and bridge)


@dataclass
class DhcpRange:
    start: str = ""
    end: str = ""


@dataclass
class StaticHost:
    """A fixed DHCP lease: the guest with ``mac`` always gets ``ip``."""

    mac: str = ""
    name: str = ""
    ip: str = ""


@dataclass
class DnsHost:
    """A DNS record served by the network: ``hostnames`` resolve to ``ip``."""

    ip: str = ""
    hostnames: list[str] = field(default_factory=list)


@dataclass
class BridgeSpec:
    name: str | None = None  # None or "": libvirt picks a free virbrN
    stp: bool = True
    delay: int = 0  # forward delay in seconds


@dataclass
class IPv4Spec:
    enabled: bool = True
    address: str = "192.168.100.1"  # the host's address on the network: the guests' gateway
    prefix: int = 24
    dhcp_enabled: bool = True
    dhcp_ranges: list[DhcpRange] = field(
        default_factory=lambda: [DhcpRange("192.168.100.128", "192.168.100.254")]
    )
    hosts: list[StaticHost] = field(default_factory=list)


@dataclass
class IPv6Spec:
    enabled: bool = False
    address: str = ""
    prefix: int = 64
    dhcp_enabled: bool = False
    dhcp_range: DhcpRange = field(default_factory=DhcpRange)
    nat: bool = False  # also NAT IPv6 (forward mode nat only); otherwise it is routed


@dataclass
class DnsSpec:
    domain: str = ""  # empty: no DNS domain
    local_only: bool = False  # never forward queries for the domain upstream
    hosts: list[DnsHost] = field(default_factory=list)


@dataclass
class NetworkSpec:
    """Everything needed to define (and then start) one virtual network.

    Parts a mode cannot use are ignored by the builder and the validator, so
    switching modes back and forth in the wizard loses nothing.
    """

    name: str = ""
    mode: ForwardMode = ForwardMode.NAT
    macvtap_mode: MacvtapMode = MacvtapMode.BRIDGE
    # nat/route: optional host interface to restrict forwarding to;
    # macvtap: the host interface; hostdev: the SR-IOV physical function.
    forward_dev: str = ""
    nat_port_start: int | None = None  # both None: libvirt's default range
    nat_port_end: int | None = None
    bridge: BridgeSpec = field(default_factory=BridgeSpec)
    mtu: int | None = None  # None: the device default (usually 1500)
    mac: str | None = None  # bridge MAC; None: libvirt generates one
    ipv4: IPv4Spec = field(default_factory=IPv4Spec)
    ipv6: IPv6Spec = field(default_factory=IPv6Spec)
    dns: DnsSpec = field(default_factory=DnsSpec)
    # Not XML: what to do after defining.
    autostart: bool = True
    start: bool = True


Subnet = ipaddress.IPv4Network | ipaddress.IPv6Network


def suggest_ipv4(used_subnets: Iterable[Subnet]) -> tuple[str, int, str, str] | None:
    """The first 192.168.N.0/24 (N from 0 up, as virt-manager) that overlaps
    none of ``used_subnets``: ``(gateway, prefix, dhcp_start, dhcp_end)`` with
    the gateway at .1 and DHCP over the upper half (.128-.254). ``None`` when
    all 256 are taken. IPv6 subnets and default routes (/0) are ignored.
    """
    taken = [net for net in used_subnets if net.version == 4 and net.prefixlen > 0]
    for third in range(256):
        net = ipaddress.IPv4Network(f"192.168.{third}.0/24")
        if not any(net.overlaps(other) for other in taken):
            return str(net[1]), 24, str(net[128]), str(net[254])
    return None
