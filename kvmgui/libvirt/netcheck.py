""""Why has this VM no address?": the steps, their outcomes in codes, and the pure judgements.

The troubleshooter (``troubleshoot.Troubleshooter``) runs the :class:`Step` s in order, each
in a worker (``netprobe``) that gathers :class:`Facts` and asks a judge here what they mean.
A :class:`Result` is codes only (:class:`Outcome`, :class:`Reason`, plain ``args``);
``kvmgui.models.checkwords`` makes the sentence. It may offer a :class:`Fix` (``netfix``).
"""

from __future__ import annotations

import ipaddress
import re
from dataclasses import dataclass, field
from enum import StrEnum

from kvmgui.libvirt.netops import Lease
from kvmgui.xml.network import MANAGED_MODES, IPDoc, NetworkDoc
from kvmgui.xml.network_hosts import DhcpHost, dhcp_hosts
from kvmgui.xml.network_validate import RANGE_MAX, HostRoute, upper_half


class Step(StrEnum):
    """The checks, in the order they run."""

    VM_RUNNING = "vm-running"
    LINK_UP = "link-up"
    NETWORK = "network"  # the NIC's network exists and is active
    DHCP = "dhcp"  # the network hands out addresses on its subnet (or DHCP comes from outside)
    DNSMASQ = "dnsmasq"  # the network's DHCP server answers: its leases can be read
    STATIC_HOSTS = "static-hosts"
    LEASE = "lease"
    IP_FORWARD = "ip-forward"
    NAT_RULES = "nat-rules"
    ROUTES = "routes"
    AGENT = "agent"
    GUEST_NIC = "guest-nic"
    GUEST_ADDR = "guest-addr"  # ip a
    GUEST_ROUTE = "guest-route"  # ip route
    PING_GATEWAY = "ping-gateway"
    PING_HOST = "ping-host"
    PING_NAME = "ping-name"


HOST_STEPS = (Step.VM_RUNNING, Step.LINK_UP, Step.NETWORK, Step.DHCP, Step.DNSMASQ,
              Step.STATIC_HOSTS, Step.LEASE, Step.IP_FORWARD, Step.NAT_RULES, Step.ROUTES)
GUEST_STEPS = (Step.AGENT, Step.GUEST_NIC)
EXEC_STEPS = (Step.GUEST_ADDR, Step.GUEST_ROUTE, Step.PING_GATEWAY, Step.PING_HOST,
              Step.PING_NAME)  # guest-exec: only with the user's consent
ALL_STEPS = (*HOST_STEPS, *GUEST_STEPS, *EXEC_STEPS)


class Outcome(StrEnum):
    PASSED = "passed"
    FAILED = "failed"
    NOT_APPLICABLE = "not-applicable"  # does not concern this NIC (or an earlier step failed)
    SKIPPED = "skipped"  # could not be checked (no agent, not local, no permission, timeout)
    PENDING = "pending"  # not run yet


class Reason(StrEnum):
    """What a result says; its ``args`` fill the sentence (see ``checkwords``)."""

    VM_RUNS = "vm-runs"
    VM_STOPPED = "vm-stopped"
    NIC_GONE = "nic-gone"  # args: mac
    LINK_UP = "link-up"
    LINK_DOWN = "link-down"
    NETWORK_ACTIVE = "network-active"  # args: network
    NETWORK_MISSING = "network-missing"  # args: network
    NETWORK_INACTIVE = "network-inactive"  # args: network
    NIC_UNPLUGGED = "nic-unplugged"  # args: network, tap, bridge (the network was restarted)
    NIC_OUTSIDE_HOST_BRIDGE = "nic-outside-host-bridge"  # args: network, tap, host bridge
    NOT_A_NETWORK_NIC = "not-a-network-nic"  # args: NIC type
    DHCP_ON = "dhcp-on"  # args: network, ranges, subnet
    DHCP_OFF = "dhcp-off"  # args: network, subnet
    NO_IPV4 = "no-ipv4"  # args: network
    OUTSIDE_BRIDGE = "outside-bridge"  # args: bridge
    OUTSIDE_MACVTAP = "outside-macvtap"  # args: host interface
    OUTSIDE_NETWORK = "outside-network"  # args: network, its forward mode
    LEASES_READ = "leases-read"  # args: number of leases
    LEASES_FAILED = "leases-failed"  # args: libvirt's message
    NO_CONFLICT = "no-conflict"
    PINNED_TO = "pinned-to"  # (passed) args: ip
    RESERVED_FOR_OTHER = "reserved-for-other"  # args: ip, other MAC, its name
    PINNED_OUTSIDE = "pinned-outside"  # args: ip, subnet
    PINNED_ELSEWHERE = "pinned-elsewhere"  # args: pinned ip, the address it has
    POOL_EXHAUSTED = "pool-exhausted"  # args: range(s)
    LEASE_FOUND = "lease-found"  # args: ip, expiry (epoch seconds or "0")
    NO_LEASE = "no-lease"  # args: mac
    FORWARD_ON = "forward-on"
    FORWARD_OFF = "forward-off"
    NAT_RULES_FOUND = "nat-rules-found"  # args: tool, subnet
    NAT_RULES_MISSING = "nat-rules-missing"  # args: subnet, tools
    ROUTES_CLEAR = "routes-clear"  # args: subnet
    ROUTE_OVERLAP = "route-overlap"  # args: subnet, route, device
    NOT_NAT = "not-nat"  # args: forward mode
    NOT_LOCAL = "not-local"  # the host is another machine
    OTHER_NAMESPACE = "other-namespace"  # args: bridge (not visible from here)
    NEEDS_ROOT = "needs-root"  # args: what
    NO_FIREWALL_TOOL = "no-firewall-tool"
    AGENT_ANSWERS = "agent-answers"
    NO_AGENT = "no-agent"  # args: libvirt's message
    GUEST_HAS_ADDRESS = "guest-has-address"  # args: interface, addresses
    GUEST_NIC_NO_ADDRESS = "guest-nic-no-address"  # args: interface
    GUEST_NO_NIC = "guest-no-nic"  # args: mac
    NO_CONSENT = "no-consent"
    COMMAND_OK = "command-ok"
    COMMAND_FAILED = "command-failed"  # args: exit code
    NO_DEFAULT_ROUTE = "no-default-route"
    ROUTE_VIA_OTHER = "route-via-other"  # args: its gateway, the network's gateway
    ROUTE_VIA_GATEWAY = "route-via-gateway"  # args: gateway
    NAME_NOT_RESOLVED = "name-not-resolved"  # args: name
    NO_REPLY = "no-reply"  # args: address or name
    REPLY = "reply"  # args: address or name
    NO_TARGET = "no-target"  # nothing to ping (no gateway / host address known)
    NOT_A_NAME = "not-a-name"  # args: what the user typed (no host name nor address)
    EXEC_FAILED = "exec-failed"  # args: libvirt's message
    TIMED_OUT = "timed-out"  # args: seconds
    STILL_RUNNING = "still-running"  # args: seconds waited (its earlier job has not answered)
    EARLIER_FAILED = "earlier-failed"  # args: the step that failed
    ERROR = "error"  # args: libvirt's message


class Fix(StrEnum):
    START_VM = "start-vm"
    SET_LINK_UP = "set-link-up"
    START_NETWORK = "start-network"  # args: network uuid (running VMs on it are reconnected)
    RECONNECT_NIC = "reconnect-nic"  # args: network uuid, VM uuid
    ENABLE_DHCP = "enable-dhcp"  # args: network uuid, start, end
    REMOVE_RESERVATION = "remove-reservation"  # args: network uuid, mac, name, ip


@dataclass(frozen=True, slots=True)
class Result:
    step: Step
    outcome: Outcome
    reason: Reason
    args: tuple[str, ...] = ()
    fix: Fix | None = None
    fix_args: tuple[str, ...] = ()
    output: str = ""  # what a guest command printed

    @property
    def failed(self) -> bool:
        return self.outcome is Outcome.FAILED


@dataclass(frozen=True, slots=True)
class Target:
    """The NIC to look at, and what the user allowed."""

    uuid: str
    mac: str  # lower case
    local: bool  # the connection's host is this machine
    guest_commands: bool = False  # the user agreed to guest-exec
    name_to_ping: str = "libvirt.org"
    host_uri: str = ""  # the connection's own URI (as the user gave it, without a password)


@dataclass(frozen=True, slots=True)
class Nic:
    type: str  # network, bridge, direct, user, …
    source: str  # network name, bridge or host interface
    link_up: bool
    target_dev: str = ""


@dataclass(frozen=True, slots=True)
class NetworkFacts:
    uuid: str
    name: str
    active: bool
    xml: str  # the running XML when active, else the definition

    @property
    def doc(self) -> NetworkDoc:
        return NetworkDoc.from_string(self.xml)


@dataclass(frozen=True)
class Facts:
    """What the steps learnt so far (each step returns a new one)."""

    vm_name: str = ""
    running: bool = False
    nic: Nic | None = None
    network: NetworkFacts | None = None
    leases: tuple[Lease, ...] | None = None  # None: not read
    lease: Lease | None = None
    agent: bool = False
    guest_addresses: tuple[str, ...] = ()  # what the agent says the NIC has
    host_address: str = ""  # the host outside the virtual network, for the guest to ping
    failed: dict[Step, Reason] = field(default_factory=dict)


# -- judgements (pure) ---------------------------------------------------------------------------


def dhcp_ipv4(doc: NetworkDoc) -> IPDoc | None:
    """The IPv4 <ip> cards get their addresses on: the one with DHCP (libvirt allows it on
    one, which need not be the first), else the first."""
    ips = [i for i in doc.ips if i.family == "ipv4" and i.interface]
    return next((i for i in ips if i.dhcp_ranges or i.dhcp_hosts), ips[0] if ips else None)


def judge_dhcp(net: NetworkFacts) -> Result:
    """The network's IPv4 <ip> has DHCP (a range or static hosts); else offer a range."""
    doc = net.doc
    mode = doc.forward_mode
    if mode not in MANAGED_MODES:
        return Result(Step.DHCP, Outcome.NOT_APPLICABLE, Reason.OUTSIDE_NETWORK, (net.name, mode))
    ip = dhcp_ipv4(doc)
    if ip is None or ip.interface is None:
        return Result(Step.DHCP, Outcome.FAILED, Reason.NO_IPV4, (net.name,))
    subnet = str(ip.interface.network)
    ranges = ", ".join(f"{r.start}–{r.end}" for r in ip.dhcp_ranges)
    if ip.dhcp_ranges or ip.dhcp_hosts:
        return Result(Step.DHCP, Outcome.PASSED, Reason.DHCP_ON, (net.name, ranges, subnet))
    suggested = suggest_range(ip.interface)
    if suggested is None:
        return Result(Step.DHCP, Outcome.FAILED, Reason.DHCP_OFF, (net.name, subnet))
    return Result(Step.DHCP, Outcome.FAILED, Reason.DHCP_OFF, (net.name, subnet),
                  Fix.ENABLE_DHCP, (net.uuid, *suggested))


def suggest_range(iface: ipaddress.IPv4Interface | ipaddress.IPv6Interface) -> tuple[str, str] | None:
    """The upper half of the subnet (past a /16, of its last /16), without the host's own
    address (as the wizard does); None for a /31 or /32, with no address to hand out."""
    net = iface.network
    if net.num_addresses < 4:
        return None
    high, last = (int(a) for a in upper_half(net))
    if int(iface.ip) >= high:  # the gateway sits high: take the lower half instead
        # The same 16 bits fixed as the upper half's: libvirt refuses a longer range.
        first = max(int(net.network_address) + 1, int(net.broadcast_address) + 1 - RANGE_MAX)
        return str(ipaddress.ip_address(first + (int(iface.ip) == first))), \
            str(ipaddress.ip_address(high - 1))
    return str(ipaddress.ip_address(high)), str(ipaddress.ip_address(last))


def _range_addresses(doc: NetworkDoc) -> list[ipaddress.IPv4Address | ipaddress.IPv6Address]:
    out: list[ipaddress.IPv4Address | ipaddress.IPv6Address] = []
    for ip in doc.ips:
        if ip.family != "ipv4":
            continue
        for r in ip.dhcp_ranges:
            try:
                start, end = int(ipaddress.ip_address(r.start or "")), int(ipaddress.ip_address(r.end or ""))
            except ValueError:
                continue
            if end - start > 4096:
                return []  # a big pool: never exhausted by reservations in practice
            out.extend(ipaddress.ip_address(n) for n in range(start, end + 1))
    return out


def judge_static_hosts(net: NetworkFacts, mac: str, known: list[str],
                       leases: tuple[Lease, ...] | None) -> Result:
    """No static host pins another MAC to the address the NIC has (or had), nor this MAC
    to an address outside the subnet; and the DHCP ranges are not all taken by others."""
    doc = net.doc
    hosts = dhcp_hosts(doc)
    own = [h for h in hosts if h.same_mac(mac)]
    v4 = dhcp_ipv4(doc)
    subnet = v4.interface.network if v4 is not None and v4.interface is not None else None
    for host in own:
        try:
            inside = subnet is not None and ipaddress.ip_address(host.ip) in subnet
        except ValueError:
            inside = False
        if host.ip and not inside:
            return Result(Step.STATIC_HOSTS, Outcome.FAILED, Reason.PINNED_OUTSIDE,
                          (host.ip, str(subnet or "")),
                          Fix.REMOVE_RESERVATION, (net.uuid, host.mac, host.name, host.ip))
        other = [a for a in known if host.ip and a != host.ip]
        if other:  # pinned to one address, holding another: dnsmasq refuses its renewals
            return Result(Step.STATIC_HOSTS, Outcome.FAILED, Reason.PINNED_ELSEWHERE,
                          (host.ip, other[0]),
                          Fix.REMOVE_RESERVATION, (net.uuid, host.mac, host.name, host.ip))
    # The names this card's guest gave dnsmasq: a host entry of that name is its own.
    names = {x.hostname.lower() for x in leases or () if x.mac == mac.lower() and x.hostname}
    for address in known:
        for host in hosts:
            if host.ip != address or host.same_mac(mac):
                continue
            if host.mac or (host.name and host.name.lower() not in names):
                return _reserved(net, host)
    if own:
        return Result(Step.STATIC_HOSTS, Outcome.PASSED, Reason.PINNED_TO, (own[0].ip,))
    pool = _range_addresses(doc)
    if pool:
        # A host named by a name or client id holds its address too (dnsmasq gives it no
        # other card); only one with a MAC or name can be named and removed.
        taken_by = {h.ip: h for h in hosts if h.ip and not h.same_mac(mac)}
        leased = {x.ip for x in leases or () if x.mac != mac.lower()}
        if all(str(a) in taken_by or str(a) in leased for a in pool):
            blocking = [h for a in pool if (h := taken_by.get(str(a))) is not None and (h.mac or h.name)]
            if blocking:
                return _reserved(net, blocking[0])
            ranges = ", ".join(f"{r.start}–{r.end}" for i in doc.ips for r in i.dhcp_ranges)
            return Result(Step.STATIC_HOSTS, Outcome.FAILED, Reason.POOL_EXHAUSTED, (ranges,))
    return Result(Step.STATIC_HOSTS, Outcome.PASSED, Reason.NO_CONFLICT)


def _reserved(net: NetworkFacts, host: DhcpHost) -> Result:
    return Result(Step.STATIC_HOSTS, Outcome.FAILED, Reason.RESERVED_FOR_OTHER,
                  (host.ip, host.mac.lower(), host.name),
                  Fix.REMOVE_RESERVATION, (net.uuid, host.mac, host.name, host.ip))


def judge_lease(mac: str, leases: tuple[Lease, ...]) -> tuple[Result, Lease | None]:
    mine = [x for x in leases if x.mac == mac.lower() and x.family == "ipv4"]
    if not mine:
        return Result(Step.LEASE, Outcome.FAILED, Reason.NO_LEASE, (mac,)), None
    lease = mine[0]
    return Result(Step.LEASE, Outcome.PASSED, Reason.LEASE_FOUND, (lease.ip, str(lease.expiry))), lease


def nat_rule_present(text: str, subnet: str) -> bool:
    """libvirt's masquerade rule for ``subnet`` in ``iptables -t nat -S`` or ``nft list
    ruleset`` output."""
    return any(subnet in line and "masquerade" in line.lower() for line in text.splitlines())


def judge_routes(subnet: ipaddress.IPv4Network | ipaddress.IPv6Network, bridge: str,
                 routes: list[HostRoute]) -> Result:
    for route in routes:
        if route.network.prefixlen == 0 or route.network.version != subnet.version:
            continue
        if route.dev != bridge and route.network.overlaps(subnet):
            return Result(Step.ROUTES, Outcome.FAILED, Reason.ROUTE_OVERLAP,
                          (str(subnet), str(route.network), route.dev or ""))
    return Result(Step.ROUTES, Outcome.PASSED, Reason.ROUTES_CLEAR, (str(subnet),))


# -- reading guest command output ----------------------------------------------------------------

_INET = re.compile(r"\binet (\d+\.\d+\.\d+\.\d+)(?:/\d+)?")
_ETHER = re.compile(r"link/ether ([0-9a-fA-F:]{17})")
_DEFAULT = re.compile(r"^default via (\S+)", re.MULTILINE)
_UNRESOLVED = ("bad address", "unknown host", "name or service not known",
               "temporary failure in name resolution", "could not resolve")


def addresses_for_mac(ip_a: str, mac: str) -> list[str]:
    """The IPv4 addresses ``ip a`` shows on the interface with ``mac``."""
    found: list[str] = []
    block_mac = ""
    for line in ip_a.splitlines():
        if line[:1].isdigit():  # "2: eth0: <…>": a new interface
            block_mac = ""
        if m := _ETHER.search(line):
            block_mac = m.group(1).lower()
        elif (m := _INET.search(line)) and block_mac == mac.lower():
            found.append(m.group(1))
    return found


def judge_default_route(ip_route: str, gateway: str) -> Result:
    m = _DEFAULT.search(ip_route)
    if m is None:
        return Result(Step.GUEST_ROUTE, Outcome.FAILED, Reason.NO_DEFAULT_ROUTE, output=ip_route)
    if gateway and m.group(1) != gateway:
        return Result(Step.GUEST_ROUTE, Outcome.FAILED, Reason.ROUTE_VIA_OTHER,
                      (m.group(1), gateway), output=ip_route)
    return Result(Step.GUEST_ROUTE, Outcome.PASSED, Reason.ROUTE_VIA_GATEWAY, (m.group(1),),
                  output=ip_route)


# A label of a host name: letters (IDN too) and digits, '-' or '_' inside (DNS has '_').
_NAME_LABEL = re.compile(r"[^\W_](?:[\w-]*[^\W_])?")


def ping_name_ok(name: str) -> bool:
    """A host name or an IP address the guest's ``ping`` takes as its destination, nothing
    it would read as an option ('-f') or split (white space): what the user types for the
    "ping a name" step."""
    if not name or len(name) > 253 or name.startswith("-") or any(c.isspace() for c in name):
        return False
    try:
        ipaddress.ip_address(name)  # IPv6 with a zone too ('fe80::1%eth0')
        return True
    except ValueError:
        pass
    labels = name.removesuffix(".").split(".")
    return all(len(label) <= 63 and _NAME_LABEL.fullmatch(label) for label in labels)


def judge_ping(step: Step, what: str, exit_code: int, output: str) -> Result:
    if exit_code == 0:
        return Result(step, Outcome.PASSED, Reason.REPLY, (what,), output=output)
    if any(words in output.lower() for words in _UNRESOLVED):
        return Result(step, Outcome.FAILED, Reason.NAME_NOT_RESOLVED, (what,), output=output)
    return Result(step, Outcome.FAILED, Reason.NO_REPLY, (what,), output=output)


def first_failure(results: list[Result]) -> Result | None:
    """The first failed step: what the summary names."""
    return next((r for r in results if r.failed), None)
