"""Checks on a :class:`NetworkSpec` before libvirt sees it.

``validate_spec`` enforces libvirt's own network rules (``network_conf.c``,
``bridge_driver.c``), those of the kernel and dnsmasq that would only fail
when the network starts, and clashes with the other networks and routes of
the host, so libvirt never has to be the first to say no.

Each :class:`Problem` names the spec field it is about with a stable key:

==============================  ================================================
``name``                        network name
``forward_dev``                 forward / macvtap / PF device
``nat_ports``                   NAT port range
``bridge.name``, ``bridge.delay``
``mtu``, ``mac``
``ipv4``, ``ipv6``              the family as a whole (not allowed / missing)
``ipv4.address``, ``ipv4.prefix``, ``ipv6.address``, ``ipv6.prefix``
``ipv4.dhcp``                   DHCP on but nothing to hand out
``ipv4.dhcp[i]``                i-th DHCP range
``ipv4.hosts[i].mac|name|ip``   i-th static host
``ipv6.dhcp``                   the DHCPv6 range
``dns.domain``
``dns.hosts[i].ip|hostnames``   i-th DNS host record
==============================  ================================================

Parts of the spec the chosen mode does not use (say IPv4 DHCP ranges while
DHCP is off) are not checked: the builder leaves them out.

Past 400 lines on purpose: it is one table of libvirt's, the kernel's and dnsmasq's
rules for a network, each check beside the rule it enforces; split, a rule's checks would
be read in two places.
"""

from __future__ import annotations

import ipaddress
import re
from collections.abc import Generator, Hashable, Iterator
from dataclasses import dataclass, field
from typing import TypeVar

from kvmgui.xml.network import MANAGED_MODES, NetworkDoc
from kvmgui.xml.network_spec import DhcpRange, ForwardMode, NetworkSpec, Subnet
from kvmgui.xml.words import QT_TRANSLATE_NOOP, Marked, Words

IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address
IPInterface = ipaddress.IPv4Interface | ipaddress.IPv6Interface
_Key = TypeVar("_Key", bound=Hashable)

# Network names: letters, digits, '_', '.', '-', not starting with '.' or '-',
# at most 64 characters. libvirt itself only refuses '/' and newlines, but the
# name becomes file names (<name>.xml, dnsmasq's <name>.conf) and a shell
# argument for virsh, where spaces and the like only bring grief.
NAME_RE = re.compile(r"[A-Za-z0-9_][A-Za-z0-9_.-]*")
NAME_MAX = 64
# Linux interface names: IFNAMSIZ is 16 with the NUL, and dev_valid_name()
# refuses '/', ':' and whitespace; the schema allows only these characters.
IFNAME_RE = re.compile(r"[A-Za-z0-9_.-]{1,15}")
MAC_RE = re.compile(r"[0-9A-Fa-f]{2}(:[0-9A-Fa-f]{2}){5}")
# DNS names as the schema's dnsName; dnsmasq host names start alphanumeric
# (libvirt's "Cannot use host name" check).
DNS_NAME_RE = re.compile(r"[A-Za-z0-9]([A-Za-z0-9-]{0,62})(\.[A-Za-z0-9]([A-Za-z0-9-]{0,62}))*")
HOST_NAME_RE = re.compile(r"[A-Za-z0-9][A-Za-z0-9_.-]*")
MTU_MIN, MTU_MAX = 68, 65535  # IPv4 minimum; the schema's unsignedShort
MTU_MIN_IPV6 = 1280  # the kernel turns IPv6 off below this
DELAY_MAX = 30  # seconds; the kernel's STP maximum forward delay
DHCP6_MIN_PREFIX = 64  # dnsmasq: "prefix length must be at least 64"
RANGE_MAX = 0x10000  # libvirt: a DHCP range's ends differ in their last 16 bits only


@dataclass(frozen=True)
class Problem:
    """A problem with the spec field ``field``; ``message`` is ``Words`` (a ``str`` only in
    the GUI's own checks, already in the user's language). Say it with ``models.words.say``."""

    field: str
    message: Words | str


@dataclass(frozen=True)
class HostNetwork:
    """Another network on the same host, as far as clashes go."""

    name: str
    bridge: str | None = None
    subnets: tuple[Subnet, ...] = ()
    managed: bool = True  # libvirt owns the bridge (nat/route/open/isolated)

    @classmethod
    def from_doc(cls, doc: NetworkDoc) -> HostNetwork:
        return cls(
            name=doc.name or "",
            bridge=doc.bridge_name,
            subnets=tuple(doc.subnets),
            managed=doc.forward_mode in MANAGED_MODES,
        )


@dataclass(frozen=True)
class HostRoute:
    """A route of the local machine; ``dev`` is its interface, if known."""

    network: Subnet
    dev: str | None = None


@dataclass
class ValidationContext:
    """What the host already has.

    ``networks``: every network defined on the host, active or not.
    ``routes``: the local machine's routes (see :func:`parse_ip_route`), or
    ``None`` for a remote connection where they are unknown.
    ``editing``: name of the network being edited; its own entry in
    ``networks`` then clashes with nothing.
    ``interfaces``: names of the host's interfaces, or ``None`` when unknown.
    """

    networks: list[HostNetwork] = field(default_factory=list)
    routes: list[HostRoute] | None = None
    editing: str | None = None
    interfaces: list[str] | None = None

    def others(self) -> list[HostNetwork]:
        return [net for net in self.networks if net.name != self.editing]

    def foreign_routes(self) -> list[HostRoute]:
        """Routes not on a bridge libvirt runs (those count as its network's subnets);
        a host bridge that "bridge" networks use is the host's LAN, so its routes stay."""
        bridges = {net.bridge for net in self.networks if net.bridge and net.managed}
        return [route for route in self.routes or [] if route.dev not in bridges]

    def taken_subnets(self) -> list[Subnet]:
        """Subnets of other networks and foreign routes, for ``suggest_ipv4``."""
        subnets = [net for other in self.others() for net in other.subnets]
        return subnets + [route.network for route in self.foreign_routes()]


def parse_address(text: str) -> IPAddress:
    """``text`` (white space around it aside) as an address libvirt takes; raises ``ValueError``.
    Python also reads an IPv6 zone ("fd00::1%eth0"), which libvirt refuses ("Invalid address")."""
    ip = ipaddress.ip_address(text.strip())
    if isinstance(ip, ipaddress.IPv6Address) and ip.scope_id is not None:
        raise ValueError(f"{text!r} has a zone")
    return ip


def validate_spec(spec: NetworkSpec, context: ValidationContext | None = None) -> list[Problem]:
    """Everything wrong with ``spec``; empty when libvirt will take it."""
    ctx = context or ValidationContext()
    checks = [_name, _forward, _bridge, _link, _ipv4, _ipv6, _dns]
    return [problem for check in checks for problem in check(spec, ctx)]


# --- the checks, one area each -------------------------------------------------------


def _name(spec: NetworkSpec, ctx: ValidationContext) -> Iterator[Problem]:
    name = spec.name
    if not name:
        yield Problem("name", QT_TRANSLATE_NOOP("NetworkCheck", "Enter a name for the network.").words())
    elif len(name) > NAME_MAX:
        yield Problem("name", QT_TRANSLATE_NOOP(
            "NetworkCheck", "The name is too long: at most %1 characters.").words(NAME_MAX))
    elif not NAME_RE.fullmatch(name):
        yield Problem("name", QT_TRANSLATE_NOOP(
            "NetworkCheck",
            "Use only letters, digits, '_', '.' and '-', and do not start with '.' or '-'.").words())
    elif any(net.name == name for net in ctx.others()):
        yield Problem("name", QT_TRANSLATE_NOOP(
            "NetworkCheck", "This host already has a network named '%1'.").words(name))


def _forward(spec: NetworkSpec, ctx: ValidationContext) -> Iterator[Problem]:
    mode, dev = spec.mode, spec.forward_dev
    if mode in (ForwardMode.MACVTAP, ForwardMode.HOSTDEV) and not dev:
        if mode is ForwardMode.MACVTAP:
            yield Problem("forward_dev", QT_TRANSLATE_NOOP(
                "NetworkCheck", "Choose the host interface to use.").words())
        else:
            yield Problem("forward_dev", QT_TRANSLATE_NOOP(
                "NetworkCheck", "Choose the SR-IOV physical function to use.").words())
    elif (
        dev
        and mode in (ForwardMode.NAT, ForwardMode.ROUTE, ForwardMode.MACVTAP, ForwardMode.HOSTDEV)
        and not IFNAME_RE.fullmatch(dev)
    ):
        yield Problem("forward_dev", QT_TRANSLATE_NOOP(
            "NetworkCheck", "'%1' is not a valid interface name.").words(dev))
    if mode is not ForwardMode.NAT:
        return
    start, end = spec.nat_port_start, spec.nat_port_end
    if (start is None) != (end is None):
        yield Problem("nat_ports", QT_TRANSLATE_NOOP(
            "NetworkCheck", "Give both ends of the NAT port range, or neither.").words())
    elif start is not None and end is not None:
        if not (1 <= start <= 65535 and 1 <= end <= 65535):
            yield Problem("nat_ports", QT_TRANSLATE_NOOP(
                "NetworkCheck", "NAT ports must be between 1 and 65535.").words())
        elif start > end:
            yield Problem("nat_ports", QT_TRANSLATE_NOOP(
                "NetworkCheck", "The NAT port range ends before it starts.").words())


def _bridge(spec: NetworkSpec, ctx: ValidationContext) -> Iterator[Problem]:
    mode, name = spec.mode, spec.bridge.name or ""
    if mode is ForwardMode.BRIDGE and not name:
        yield Problem("bridge.name", QT_TRANSLATE_NOOP(
            "NetworkCheck", "Enter the name of an existing host bridge, such as br0.").words())
        return
    if mode.managed and not 0 <= spec.bridge.delay <= DELAY_MAX:
        yield Problem("bridge.delay", QT_TRANSLATE_NOOP(
            "NetworkCheck", "The forward delay must be 0 to %1 seconds.").words(DELAY_MAX))
    if not name or not (mode.managed or mode is ForwardMode.BRIDGE):
        return
    if not IFNAME_RE.fullmatch(name) or name in (".", ".."):
        yield Problem("bridge.name", QT_TRANSLATE_NOOP(
            "NetworkCheck", "A bridge name has at most 15 letters, digits, '_', '.' or '-'.").words())
        return
    for other in ctx.others():
        # Several "bridge" networks may share a host bridge; a libvirt-run
        # bridge belongs to its one network (libvirt: "already in use").
        if other.bridge == name and (mode.managed or other.managed):
            yield Problem("bridge.name", QT_TRANSLATE_NOOP(
                "NetworkCheck", "Bridge %1 belongs to network '%2'.").words(name, other.name))
            return
    # libvirt creates a network's own bridge when it starts, which fails for a name the host
    # has ("File exists"); a running network's bridge is one of the host's interfaces too.
    if mode.managed and name in (ctx.interfaces or ()) \
            and name not in {net.bridge for net in ctx.networks}:
        yield Problem("bridge.name", QT_TRANSLATE_NOOP(
            "NetworkCheck", "This host already has an interface named %1.").words(name))


def _link(spec: NetworkSpec, ctx: ValidationContext) -> Iterator[Problem]:
    """MTU and MAC: only for bridges libvirt creates."""
    if not spec.mode.managed:
        return
    if spec.mtu is not None:
        low = MTU_MIN_IPV6 if spec.ipv6.enabled else MTU_MIN
        if not low <= spec.mtu <= MTU_MAX:
            if spec.ipv6.enabled:
                text = QT_TRANSLATE_NOOP(
                    "NetworkCheck", "The MTU must be between %1 and %2 (IPv6 needs at least %3).")
            else:
                text = QT_TRANSLATE_NOOP("NetworkCheck", "The MTU must be between %1 and %2.")
            yield Problem("mtu", text.words(low, MTU_MAX, MTU_MIN_IPV6))
    if spec.mac:
        yield from _check_mac(spec.mac, "mac")


def _check_mac(mac: str, key: str) -> Iterator[Problem]:
    if not MAC_RE.fullmatch(mac):
        yield Problem(key, QT_TRANSLATE_NOOP(
            "NetworkCheck", "'%1' is not a MAC address like 52:54:00:12:34:56.").words(mac))
    elif int(mac[:2], 16) & 1:
        yield Problem(key, QT_TRANSLATE_NOOP(
            "NetworkCheck", "%1 is a multicast address; use a unicast one.").words(mac))
    elif int(mac.replace(":", ""), 16) == 0:
        yield Problem(key, QT_TRANSLATE_NOOP(
            "NetworkCheck", "The all-zero MAC address cannot be used.").words())


def _outside_addresses(spec: NetworkSpec, family: str) -> Words:
    """"A macvtap network cannot have IPv4 settings: …" for the modes without addresses."""
    text = {
        ForwardMode.BRIDGE: QT_TRANSLATE_NOOP(
            "NetworkCheck", "A host bridge network cannot have %1 settings: "
            "guests get their addresses from the network outside."),
        ForwardMode.MACVTAP: QT_TRANSLATE_NOOP(
            "NetworkCheck", "A macvtap network cannot have %1 settings: "
            "guests get their addresses from the network outside."),
        ForwardMode.HOSTDEV: QT_TRANSLATE_NOOP(
            "NetworkCheck", "An SR-IOV network cannot have %1 settings: "
            "guests get their addresses from the network outside."),
    }.get(spec.mode)
    if text is None:  # no other mode lacks addresses today; said plainly should one come
        text = QT_TRANSLATE_NOOP(
            "NetworkCheck", "A network of this mode cannot have %1 settings: "
            "guests get their addresses from the network outside.")
    return text.words(family)


def _ipv4(spec: NetworkSpec, ctx: ValidationContext) -> Iterator[Problem]:
    v4 = spec.ipv4
    if not spec.mode.managed:
        if v4.enabled:
            yield Problem("ipv4", _outside_addresses(spec, "IPv4"))
        return
    if spec.mode in (ForwardMode.NAT, ForwardMode.ROUTE, ForwardMode.OPEN) and not (
        v4.enabled or spec.ipv6.enabled
    ):
        # libvirt: "nat forwarding requested, but no IP address provided"
        yield Problem("ipv4", QT_TRANSLATE_NOOP(
            "NetworkCheck", "A %1 network needs an IPv4 or IPv6 address.").words(spec.mode.value))
    if not v4.enabled:
        return
    host = yield from _check_address(v4.address, v4.prefix, "ipv4", ctx)
    if host is None or not v4.dhcp_enabled:
        return
    if not v4.dhcp_ranges and not v4.hosts:
        yield Problem("ipv4.dhcp", QT_TRANSLATE_NOOP(
            "NetworkCheck", "Add a DHCP range (or static hosts), or turn DHCP off.").words())
    spans: list[tuple[int, int, int]] = []
    for i, dhcp_range in enumerate(v4.dhcp_ranges):
        span = yield from _check_range(dhcp_range, host, f"ipv4.dhcp[{i}]")
        if span is None:
            continue
        clash = next((j for j, start, end in spans if span[0] <= end and start <= span[1]), None)
        if clash is not None:
            yield Problem(f"ipv4.dhcp[{i}]", QT_TRANSLATE_NOOP(
                "NetworkCheck", "This range overlaps DHCP range %1.").words(clash + 1))
        spans.append((i, *span))
    yield from _static_hosts(spec, host)


def _ipv6(spec: NetworkSpec, ctx: ValidationContext) -> Iterator[Problem]:
    v6 = spec.ipv6
    if not v6.enabled:
        return
    if not spec.mode.managed:
        yield Problem("ipv6", _outside_addresses(spec, "IPv6"))
        return
    host = yield from _check_address(v6.address, v6.prefix, "ipv6", ctx)
    if host is None or not v6.dhcp_enabled:
        return
    if v6.prefix < DHCP6_MIN_PREFIX:
        # libvirt accepts it, but dnsmasq then refuses to start the network.
        yield Problem("ipv6.prefix", QT_TRANSLATE_NOOP(
            "NetworkCheck", "DHCPv6 needs a prefix of /%1 or longer.").words(DHCP6_MIN_PREFIX))
    if not (v6.dhcp_range.start or v6.dhcp_range.end):
        yield Problem("ipv6.dhcp", QT_TRANSLATE_NOOP(
            "NetworkCheck", "Enter the DHCPv6 range, or turn DHCPv6 off.").words())
        return
    yield from _check_range(v6.dhcp_range, host, "ipv6.dhcp")


def _check_address(
    address: str, prefix: int, family: str, ctx: ValidationContext
) -> Generator[Problem, None, IPInterface | None]:
    """The host's address and prefix on the network; returns them when good."""
    key, version = f"{family}.address", 6 if family == "ipv6" else 4
    try:
        ip = parse_address(address)
    except ValueError:
        ip = None
    if ip is None or ip.version != version:
        example = "192.168.100.1" if version == 4 else "fd00:1234:5678::1"
        yield Problem(key, QT_TRANSLATE_NOOP(
            "NetworkCheck", "Enter an IPv%1 address such as %2.").words(str(version), example))
        return None
    if (
        ip.is_multicast
        or ip.is_loopback
        or ip.is_unspecified
        or ip.is_link_local
        or (version == 4 and ip.is_reserved)
    ):
        yield Problem(key, QT_TRANSLATE_NOOP(
            "NetworkCheck", "%1 cannot be used here: it is a multicast, loopback, link-local or "
            "reserved address.").words(str(ip)))
        return None
    # No room for guests: an IPv4 /31's two addresses are network and broadcast to libvirt,
    # a /32 (or IPv6 /128) the host's own. An IPv6 /127 keeps one (RFC 6164).
    longest = 30 if version == 4 else 127
    if not 1 <= prefix <= longest:
        yield Problem(f"{family}.prefix", QT_TRANSLATE_NOOP(
            "NetworkCheck", "The prefix must be between 1 and %1.").words(longest))
        return None
    host = ipaddress.ip_interface(f"{ip}/{prefix}")
    net = host.network
    if version == 4 and ip in (net.network_address, net.broadcast_address):
        text = (QT_TRANSLATE_NOOP("NetworkCheck", "%1 is the network address of %2; use a host address "
                                  "such as %3.") if ip == net.network_address else
                QT_TRANSLATE_NOOP("NetworkCheck", "%1 is the broadcast address of %2; use a host address "
                                  "such as %3."))
        yield Problem(key, text.words(str(ip), str(net), str(net[1])))
        return None
    clash = _overlap(net, ctx)
    if clash:
        yield Problem(key, clash)
    return host


def upper_half(net: Subnet) -> tuple[IPAddress, IPAddress]:
    """The DHCP range proposed in ``net`` (.128–.254 of a /24): its upper half, without the
    broadcast address; past a /16, the upper half of its last /16, as libvirt takes no more."""
    half = min(net.num_addresses, RANGE_MAX) // 2
    return net[-half], net[-2]


def _check_range(
    dhcp_range: DhcpRange, host: IPInterface, key: str
) -> Generator[Problem, None, tuple[int, int] | None]:
    """One DHCP range inside the host's subnet; returns (start, end) as numbers when good."""
    net = host.network
    start: IPAddress | None
    end: IPAddress | None
    try:
        start = parse_address(dhcp_range.start)
        end = parse_address(dhcp_range.end)
    except ValueError:
        start = end = None
    if start is None or end is None or start.version != net.version or end.version != net.version:
        yield Problem(key, QT_TRANSLATE_NOOP(
            "NetworkCheck", "Enter the first and last address of the range, both in %1.").words(str(net)))
        return None
    # libvirt refuses the network and broadcast addresses as range ends.
    low, high = (net[1], net[-2]) if net.version == 4 else (net[0], net[-1])
    # All of one IP version from here on, so they compare as numbers (typing refuses v4 vs v6).
    first, last, lowest, highest = int(start), int(end), int(low), int(high)
    if not (lowest <= first <= highest and lowest <= last <= highest):
        yield Problem(key, QT_TRANSLATE_NOOP(
            "NetworkCheck", "The range must lie within %1 – %2.").words(str(low), str(high)))
    elif first > last:
        yield Problem(key, QT_TRANSLATE_NOOP("NetworkCheck", "The range ends before it starts.").words())
    elif (first ^ last) // RANGE_MAX:
        # libvirt's "too large (> 65535)": all but the last 16 bits must agree.
        yield Problem(key, QT_TRANSLATE_NOOP(
            "NetworkCheck", "The range is too large: libvirt allows at most %1 addresses.").words(RANGE_MAX))
    elif first <= int(host.ip) <= last:
        yield Problem(key, QT_TRANSLATE_NOOP(
            "NetworkCheck", "The range includes the host's own address %1.").words(str(host.ip)))
    else:
        return first, last
    return None


def _static_hosts(spec: NetworkSpec, own: IPInterface) -> Iterator[Problem]:
    net = own.network
    seen_macs: dict[str, int] = {}
    seen_names: dict[str, int] = {}
    seen_ips: dict[IPAddress, int] = {}
    for i, host in enumerate(spec.ipv4.hosts):
        key = f"ipv4.hosts[{i}]"
        if not host.mac and not host.name:
            yield Problem(f"{key}.mac", QT_TRANSLATE_NOOP(
                "NetworkCheck", "Enter the guest's MAC address (or at least a name).").words())
        if host.mac:
            problems = list(_check_mac(host.mac, f"{key}.mac"))
            yield from problems
            if not problems:
                yield from _duplicate(seen_macs, host.mac.lower(), i, f"{key}.mac", QT_TRANSLATE_NOOP(
                    "NetworkCheck", "Static host %1 already has this MAC address."))
        if host.name:
            if not HOST_NAME_RE.fullmatch(host.name):
                yield Problem(f"{key}.name", QT_TRANSLATE_NOOP(
                    "NetworkCheck", "A host name starts with a letter or digit and has "
                    "only letters, digits, '_', '.' and '-'.").words())
            else:
                yield from _duplicate(seen_names, host.name.lower(), i, f"{key}.name", QT_TRANSLATE_NOOP(
                    "NetworkCheck", "Static host %1 already has this name."))
        try:
            ip = parse_address(host.ip)
        except ValueError:
            yield Problem(f"{key}.ip", QT_TRANSLATE_NOOP(
                "NetworkCheck", "Enter the IPv4 address for this host, within %1.").words(str(net)))
            continue
        if ip not in net or ip in (net.network_address, net.broadcast_address):
            yield Problem(f"{key}.ip", QT_TRANSLATE_NOOP(
                "NetworkCheck", "%1 is not a host address within %2.").words(str(ip), str(net)))
        elif ip == own.ip:
            yield Problem(f"{key}.ip", QT_TRANSLATE_NOOP(
                "NetworkCheck", "%1 is the host's own address on this network.").words(str(ip)))
        else:
            yield from _duplicate(seen_ips, ip, i, f"{key}.ip", QT_TRANSLATE_NOOP(
                "NetworkCheck", "Static host %1 already has this IP address."))


def _duplicate(seen: dict[_Key, int], value: _Key, index: int, key: str, text: Marked) -> Iterator[Problem]:
    if value in seen:
        yield Problem(key, text.words(seen[value] + 1))
    else:
        seen[value] = index


def _dns(spec: NetworkSpec, ctx: ValidationContext) -> Iterator[Problem]:
    if not spec.mode.managed:
        return
    domain = spec.dns.domain
    if domain and (len(domain) > 253 or not DNS_NAME_RE.fullmatch(domain)):
        yield Problem("dns.domain", QT_TRANSLATE_NOOP(
            "NetworkCheck", "'%1' is not a valid DNS domain such as example.lan.").words(domain))
    for i, record in enumerate(spec.dns.hosts):
        try:
            parse_address(record.ip)
        except ValueError:
            yield Problem(f"dns.hosts[{i}].ip", QT_TRANSLATE_NOOP(
                "NetworkCheck", "'%1' is not an IP address.").words(record.ip))
        if not record.hostnames:
            yield Problem(f"dns.hosts[{i}].hostnames", QT_TRANSLATE_NOOP(
                "NetworkCheck", "Enter at least one host name.").words())
        bad = [name for name in record.hostnames if not DNS_NAME_RE.fullmatch(name)]
        if bad:
            yield Problem(f"dns.hosts[{i}].hostnames", QT_TRANSLATE_NOOP(
                "NetworkCheck", "'%1' is not a valid host name.").words(bad[0]))


def _overlap(net: Subnet, ctx: ValidationContext) -> Words | None:
    for other in ctx.others():
        for subnet in other.subnets:
            if subnet.version == net.version and subnet.overlaps(net):
                return QT_TRANSLATE_NOOP("NetworkCheck", "%1 overlaps network '%2' (%3).").words(
                    str(net), other.name, str(subnet))
    for route in ctx.foreign_routes():
        subnet = route.network
        if subnet.version == net.version and subnet.prefixlen and subnet.overlaps(net):
            if route.dev:
                return QT_TRANSLATE_NOOP(
                    "NetworkCheck", "%1 overlaps %2 on %3, which this machine already routes.").words(
                    str(net), str(subnet), route.dev)
            return QT_TRANSLATE_NOOP(
                "NetworkCheck", "%1 overlaps %2, which this machine already routes.").words(
                str(net), str(subnet))
    return None


# --- the local machine's routes ----------------------------------------------------

# Route types of `ip route` that do not claim a subnet for a link.
_SKIPPED_TYPES = {"local", "broadcast", "multicast", "anycast", "nat"}
_ROUTE_TYPES = _SKIPPED_TYPES | {"unicast", "blackhole", "unreachable", "prohibit", "throw"}


def parse_ip_route(text: str) -> list[HostRoute]:
    """Routes from ``ip route show`` output (``-4`` or ``-6``, any table) or
    from the text of ``/proc/net/route`` (recognised by its ``Iface`` header).

    Default routes are left out: they cover every address and say nothing
    about which subnets are in use. So are IPv6 link-local and multicast
    routes, present on every interface, and lines that are not routes.
    """
    lines = text.strip().splitlines()
    if lines and lines[0].split()[:1] == ["Iface"]:
        return _parse_proc_route(lines[1:])
    routes = []
    for line in lines:
        words = line.split()
        kind = words.pop(0) if words and words[0] in _ROUTE_TYPES else "unicast"
        if kind in _SKIPPED_TYPES or not words or words[0] == "default":
            continue
        try:
            net = ipaddress.ip_network(words[0], strict=False)
        except ValueError:
            continue  # e.g. "nexthop via ..." of a multipath route
        if net.prefixlen == 0 or net.is_link_local or net.is_multicast:
            continue
        dev = words[words.index("dev") + 1] if "dev" in words[:-1] else None
        routes.append(HostRoute(net, dev))
    return routes


def _parse_proc_route(lines: list[str]) -> list[HostRoute]:
    # Columns: Iface Destination Gateway Flags RefCnt Use Metric Mask ...;
    # addresses are hex in host (little-endian) byte order.
    routes = []
    for line in lines:
        cols = line.split()
        if len(cols) < 8:
            continue
        try:
            dest, mask = (ipaddress.IPv4Address(bytes.fromhex(c)[::-1]) for c in (cols[1], cols[7]))
            net = ipaddress.IPv4Network(f"{dest}/{mask}", strict=False)
        except ValueError:
            continue
        if net.prefixlen:
            routes.append(HostRoute(net, cols[0]))
    return routes
