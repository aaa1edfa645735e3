"""A network's static DHCP hosts and DNS host records: read, build, and check a pinned address.

The elements built here are what ``networkUpdate`` (``virsh net-update``) takes:
``<host mac=… name=… ip=…/>`` for the ``ip-dhcp-host`` section and
``<host ip=…><hostname>…</hostname></host>`` for ``dns-host``. :func:`check_pin` says,
in codes (:class:`PinProblem`), why an address cannot be pinned for a MAC; the displaying
layer words them.
"""

from __future__ import annotations

import ipaddress
from collections.abc import Iterable
from dataclasses import dataclass, field
from enum import StrEnum

from lxml import etree

from kvmgui.xml.network import DhcpHostDoc, IPDoc, NetworkDoc
from kvmgui.xml.network_validate import HOST_NAME_RE, MAC_RE

_MODELLED = ("mac", "name", "ip")


@dataclass(frozen=True, slots=True)
class DhcpHost:
    """A static DHCP host: the guest with ``mac`` always gets ``ip``."""

    mac: str = ""  # as the network's XML writes it (compare lower-cased)
    name: str = ""
    ip: str = ""
    # The network's element as read, when it has more than these three (a ``<lease
    # expiry=…/>``, an attribute of a newer libvirt): :meth:`xml` keeps the rest of it.
    rest: str = field(default="", compare=False, repr=False)

    def same_mac(self, mac: str) -> bool:
        return bool(self.mac) and self.mac.lower() == mac.lower()

    def keeping(self, other: DhcpHost) -> DhcpHost:
        """This entry with what ``other`` (the entry it replaces) has beyond mac, name, ip."""
        return self if self.rest or not other.rest else DhcpHost(self.mac, self.name, self.ip, other.rest)

    def xml(self) -> str:
        """One line, attributes in libvirt's order (mac, name, ip), then the rest's."""
        attrs = {"mac": self.mac, "name": self.name, "ip": self.ip}
        el = etree.Element("host", {k: v for k, v in attrs.items() if v})
        if self.rest:
            kept = etree.fromstring(self.rest)
            for key, value in kept.attrib.items():
                if key not in _MODELLED:
                    el.set(key, value)
            el.extend(child for child in kept if isinstance(child.tag, str))
        return etree.tostring(el, encoding="unicode")


def _dhcp_host(h: DhcpHostDoc) -> DhcpHost:
    more = len(h.node) or any(key not in _MODELLED for key in h.node.attrib)
    rest = etree.tostring(h.node, encoding="unicode", with_tail=False) if more else ""
    return DhcpHost(h.mac or "", h.name or "", h.ip or "", rest)


@dataclass(frozen=True, slots=True)
class DnsRecord:
    """A DNS host record of the network: ``hostnames`` resolve to ``ip``."""

    ip: str
    hostnames: tuple[str, ...]

    def xml(self) -> str:
        el = etree.Element("host", ip=self.ip)
        for name in self.hostnames:
            etree.SubElement(el, "hostname").text = name
        return etree.tostring(el, encoding="unicode")


def dhcp_hosts(doc: NetworkDoc) -> list[DhcpHost]:
    """The static hosts of the network's IPv4 ``<ip>`` elements."""
    return [_dhcp_host(h) for ip in doc.ips if ip.family == "ipv4" for h in ip.dhcp_hosts]


def dns_records(doc: NetworkDoc) -> list[DnsRecord]:
    return [DnsRecord(h.ip or "", tuple(h.hostnames)) for h in doc.dns_hosts]


def ip_index(doc: NetworkDoc, address: str) -> int:
    """The position among the ``<ip>`` elements of the one whose subnet holds ``address``
    (virsh's ``--parent-index``), or of the first IPv4 one; -1 when there is none."""
    try:
        ip = ipaddress.ip_address(address)
    except ValueError:
        ip = None
    first_v4 = -1
    for i, element in enumerate(doc.ips):
        net = element.network
        if ip is not None and net is not None and ip in net:
            return i
        if first_v4 < 0 and element.family == "ipv4":
            first_v4 = i
    return first_v4


def host_name_for(vm_name: str, doc: NetworkDoc | None = None, mac: str = "",
                  replacing: str = "") -> str:
    """``vm_name`` if dnsmasq takes it as a host name and no static host of another card
    on ``doc`` has it (libvirt refuses a second entry of that name), else "" (the entry
    then has none). The host of ``replacing`` (a MAC) goes with the change: not another's."""
    if not HOST_NAME_RE.fullmatch(vm_name):
        return ""
    taken = doc is not None and any(h.name == vm_name and not h.same_mac(mac)
                                    and not (replacing and h.same_mac(replacing)) for h in dhcp_hosts(doc))
    return "" if taken else vm_name


class PinProblem(StrEnum):
    """Why an address cannot be pinned (blocking), or what to know first (``LEASED``)."""

    NO_IPV4 = "no-ipv4"  # the network has no IPv4 subnet (bridge, macvtap, IPv6 only)
    NOT_AN_ADDRESS = "not-an-address"
    OUTSIDE = "outside"  # not in the network's subnet; args: subnet
    NETWORK_ADDRESS = "network-address"
    BROADCAST = "broadcast"
    GATEWAY = "gateway"  # the host's own address on the network
    RESERVED = "reserved"  # pinned to another MAC (or to a name only); args: that MAC, its name
    # (a warning) pinned to this very card under the MAC it runs with, which changes at the
    # next start: pinning moves it; args: that MAC, the one pinned (the card's next)
    OWN_RESERVED = "own-reserved"
    BAD_MAC = "bad-mac"
    LEASED = "leased"  # (a warning) leased right now to another MAC; args: that MAC
    # (a warning) leased right now to this very card under the MAC it runs with, which
    # changes at the next start; args: that MAC, the one pinned (the card's next)
    OWN_LEASED = "own-leased"


_NOTES = frozenset({PinProblem.LEASED, PinProblem.OWN_LEASED, PinProblem.OWN_RESERVED})


@dataclass(frozen=True, slots=True)
class PinFinding:
    code: PinProblem
    args: tuple[str, ...] = ()

    @property
    def blocking(self) -> bool:
        return self.code not in _NOTES


def _ipv4(doc: NetworkDoc) -> IPDoc | None:
    """The IPv4 ``<ip>`` whose DHCP takes static hosts: libvirt allows DHCP on one IPv4
    ``<ip>`` only, which need not be the first; without DHCP, the first."""
    ips = [ip for ip in doc.ips if ip.family == "ipv4" and ip.interface]
    return next((ip for ip in ips if ip.dhcp_ranges or ip.dhcp_hosts), next(iter(ips), None))


def check_pin(doc: NetworkDoc, mac: str, address: str,
              leases: Iterable[tuple[str, str]] = (), running_mac: str = "") -> list[PinFinding]:
    """What stands against giving ``mac`` the address ``address`` on this network for good.

    ``leases`` are (mac, ip) of the network's current DHCP leases: an address leased to
    another MAC right now is a warning (that guest keeps it until it renews). An empty
    ``mac`` is a static host known by its name only (libvirt allows that for IPv4).
    ``running_mac``: the MAC the card runs with now where ``mac`` is its next (a change
    pending until the restart); its lease and static host are the card's own
    (``OWN_LEASED``, ``OWN_RESERVED``: a pin for ``mac`` replaces that host).
    """
    mac = mac.lower()
    running = running_mac.lower() if running_mac.lower() != mac else ""
    if mac and not MAC_RE.fullmatch(mac):
        return [PinFinding(PinProblem.BAD_MAC, (mac,))]
    own = _ipv4(doc)
    if own is None or own.interface is None:
        return [PinFinding(PinProblem.NO_IPV4)]
    iface = own.interface
    try:
        ip = ipaddress.ip_address(address.strip())
    except ValueError:
        return [PinFinding(PinProblem.NOT_AN_ADDRESS, (address,))]
    net = iface.network
    if ip.version != 4 or ip not in net:
        return [PinFinding(PinProblem.OUTSIDE, (str(net),))]
    if ip == net.network_address and net.prefixlen < 31:
        return [PinFinding(PinProblem.NETWORK_ADDRESS, (str(ip),))]
    if ip == net.broadcast_address and net.prefixlen < 31:
        return [PinFinding(PinProblem.BROADCAST, (str(ip),))]
    if ip == iface.ip:
        return [PinFinding(PinProblem.GATEWAY, (str(ip),))]
    found = []
    for host in dhcp_hosts(doc):
        if host.ip == str(ip) and running and host.same_mac(running):
            found.append(PinFinding(PinProblem.OWN_RESERVED, (running, mac)))
        elif host.ip == str(ip) and not host.same_mac(mac):  # with a MAC or not: libvirt refuses
            found.append(PinFinding(PinProblem.RESERVED, (host.mac.lower(), host.name)))
    for lease_mac, lease_ip in leases:
        if lease_ip == str(ip) and lease_mac.lower() != mac:
            if running and lease_mac.lower() == running:
                found.append(PinFinding(PinProblem.OWN_LEASED, (running, mac)))
            else:
                found.append(PinFinding(PinProblem.LEASED, (lease_mac.lower(),)))
    return found


def pinned_ip(doc: NetworkDoc, mac: str) -> str:
    """The address the network pins for ``mac`` ("" when none)."""
    return next((h.ip for h in dhcp_hosts(doc) if h.same_mac(mac) and h.ip), "")
