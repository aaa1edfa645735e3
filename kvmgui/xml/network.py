"""libvirt ``<network>`` XML.

:class:`NetworkDoc` reads and edits an existing document in place (unknown
elements such as ``<portgroup>`` or ``<metadata>`` survive);
:func:`build_network` / :func:`network_xml` turn a wizard
:class:`~kvmgui.xml.network_spec.NetworkSpec` into a new one.
"""

from __future__ import annotations

import ipaddress
from dataclasses import dataclass

from lxml import etree

from kvmgui.xml.base import (
    XMLDocument,
    XMLNode,
    bool_property,
    int_property,
    text_property,
    to_xml,
)
from kvmgui.xml.network_spec import ForwardMode, MacvtapMode, NetworkSpec, Subnet, macvtap_forward
from kvmgui.xml.words import QT_TRANSLATE_NOOP, Words

# Forward modes in which libvirt runs the bridge itself (no <forward> = isolated): it
# makes the bridge with the network and takes it away when it stops, and only these have
# libvirt's IP addresses, DHCP and DNS (dnsmasq).
MANAGED_MODES = frozenset(mode.value for mode in ForwardMode if mode.managed)


class DhcpRangeDoc(XMLNode):
    start = text_property("./@start")
    end = text_property("./@end")


class DhcpHostDoc(XMLNode):
    mac = text_property("./@mac")
    id = text_property("./@id")  # DHCPv6 client id (DUID)
    name = text_property("./@name")
    ip = text_property("./@ip")


class IPDoc(XMLNode):
    """One ``<ip>`` element: an address on the bridge, maybe with DHCP."""

    address = text_property("./@address")
    prefix = int_property("./@prefix")
    netmask = text_property("./@netmask")
    family_attr = text_property("./@family")

    @property
    def family(self) -> str:
        """``"ipv4"`` or ``"ipv6"``; libvirt assumes IPv4 without a family."""
        if self.family_attr == "ipv6" or ":" in (self.address or ""):
            return "ipv6"
        return "ipv4"

    @property
    def interface(self) -> ipaddress.IPv4Interface | ipaddress.IPv6Interface | None:
        """Address with its prefix, worked out the way libvirt does: the prefix
        attribute, else the netmask, else the classful (IPv4) or /64 (IPv6)
        default. ``None`` when the address is missing or malformed."""
        try:
            address = ipaddress.ip_address(self.address or "")
        except ValueError:
            return None
        prefix = self.prefix
        try:
            if not prefix and self.netmask:
                return ipaddress.ip_interface(f"{address}/{self.netmask}")
        except ValueError:
            return None
        if not prefix:
            prefix = 64 if address.version == 6 else _classful_prefix(int(address) >> 24)
        try:
            return ipaddress.ip_interface(f"{address}/{prefix}")
        except ValueError:
            return None

    @property
    def network(self) -> Subnet | None:
        interface = self.interface
        return interface.network if interface else None

    @property
    def dhcp_ranges(self) -> list[DhcpRangeDoc]:
        return self.children("./dhcp/range", DhcpRangeDoc)

    @property
    def dhcp_hosts(self) -> list[DhcpHostDoc]:
        return self.children("./dhcp/host", DhcpHostDoc)


def _classful_prefix(first_octet: int) -> int:
    return 8 if first_octet < 128 else 16 if first_octet < 192 else 24


class DnsHostDoc(XMLNode):
    """A ``<dns><host>`` record."""

    ip = text_property("./@ip")

    @property
    def hostnames(self) -> list[str]:
        return [el.text or "" for el in self.node.findall("./hostname")]


@dataclass(frozen=True)
class NetworkSummary:
    """Plain display values for a list row."""

    name: str
    mode: Words  # e.g. "NAT via eth0", "Host bridge br0"
    bridge: str | None
    ipv4: str | None  # subnet of shown_ip("ipv4") as CIDR, e.g. "192.168.122.0/24"
    ipv6: str | None
    dhcp: tuple[str, ...]  # its DHCP ranges, each "a – b" (listed in the user's language)
    dhcp6: tuple[str, ...]
    forward_mode: str = ""  # libvirt's word, "nat"
    forward_dev: str = ""  # an SR-IOV pool's is its <pf>
    gateway4: str = ""  # the address of shown_ip("ipv4")
    gateway6: str = ""
    domain: str = ""
    hands_out: bool = True  # some <ip> has a DHCP range or host: its dnsmasq gives addresses
    # With DHCP <host> entries but no range, the MACs given an address (lower case): dnsmasq
    # answers no other card. None when a range hands out to any, nothing is handed out,
    # or a host is listed without a MAC (by name: any card may be it).
    listed_only: frozenset[str] | None = None


class NetworkDoc(XMLDocument):
    """A parsed ``<network>`` that keeps its lxml tree and edits it in place."""

    ROOT_TAG = "network"

    name = text_property("./name")
    uuid = text_property("./uuid")
    bridge_name = text_property("./bridge/@name")
    stp = bool_property("./bridge/@stp", "on", "off", default=True)
    delay = int_property("./bridge/@delay", default=0)
    mtu = int_property("./mtu/@size")
    mac = text_property("./mac/@address")
    forward_managed = bool_property("./forward/@managed")  # hostdev: detach VFs from the host
    nat_port_start = int_property("./forward/nat/port/@start")
    nat_port_end = int_property("./forward/nat/port/@end")
    nat_ipv6 = bool_property("./forward/nat/@ipv6", default=False)
    pf_dev = text_property("./forward/pf/@dev")
    domain_name = text_property("./domain/@name")
    domain_local_only = bool_property("./domain/@localOnly", default=False)
    _mode_attr = text_property("./forward/@mode")
    _dev_attr = text_property("./forward/@dev")

    @property
    def forward_mode(self) -> str:
        """libvirt's forward mode, or ``"isolated"`` when there is no ``<forward>``."""
        if self.node.find("./forward") is None:
            return "isolated"
        return self._mode_attr or "nat"  # libvirt's default for a bare <forward>

    @forward_mode.setter
    def forward_mode(self, mode: str) -> None:
        if mode == "isolated":
            forward = self.node.find("./forward")
            if forward is not None:
                self.node.remove(forward)
        else:
            self._mode_attr = mode
            nat = self.node.find("./forward/nat")
            if nat is not None and mode != "nat":
                forward = nat.getparent()
                assert forward is not None  # found as ./forward/nat
                forward.remove(nat)  # libvirt allows <nat> in nat mode only

    @property
    def forward_dev(self) -> str | None:
        """The forward device: ``dev`` or, as libvirt reads it, the first ``<interface>``."""
        return self._dev_attr or next(iter(self.forward_interfaces), None)

    @forward_dev.setter
    def forward_dev(self, dev: str | None) -> None:
        self._dev_attr = dev
        first = self.node.find("./forward/interface")
        if first is not None and dev is not None:
            first.set("dev", dev)  # libvirt insists the two agree

    @property
    def forward_interfaces(self) -> list[str]:
        return [el.get("dev", "") for el in self.node.findall("./forward/interface")]

    @property
    def ips(self) -> list[IPDoc]:
        return self.children("./ip", IPDoc)

    @property
    def ipv4(self) -> IPDoc | None:
        return next((ip for ip in self.ips if ip.family == "ipv4"), None)

    @property
    def ipv6(self) -> IPDoc | None:
        return next((ip for ip in self.ips if ip.family == "ipv6"), None)

    def shown_ip(self, family: str) -> IPDoc | None:
        """The ``family`` ``<ip>`` a listing shows (subnet, gateway and DHCP together): the
        one with DHCP, where the guests get their addresses (libvirt allows DHCP on one
        ``<ip>`` of each family, not necessarily the first), else the first."""
        ips = [ip for ip in self.ips if ip.family == family]
        return next((ip for ip in ips if ip.dhcp_ranges or ip.dhcp_hosts), next(iter(ips), None))

    @property
    def subnets(self) -> list[Subnet]:
        return [net for ip in self.ips if (net := ip.network) is not None]

    @property
    def dns_hosts(self) -> list[DnsHostDoc]:
        return self.children("./dns/host", DnsHostDoc)

    @property
    def summary(self) -> NetworkSummary:
        v4, v6 = self.shown_ip("ipv4"), self.shown_ip("ipv6")
        return NetworkSummary(
            name=self.name or "",
            mode=describe_mode(self),
            bridge=self.bridge_name,
            ipv4=str(v4.network) if v4 and v4.network else None,
            ipv6=str(v6.network) if v6 and v6.network else None,
            dhcp=_ranges(v4),
            dhcp6=_ranges(v6),
            forward_mode=self.forward_mode,
            forward_dev=self.forward_dev or self.pf_dev or "",
            gateway4=(v4.address or "") if v4 else "",
            gateway6=(v6.address or "") if v6 else "",
            domain=self.domain_name or "",
            hands_out=any(ip.dhcp_ranges or ip.dhcp_hosts for ip in self.ips),
            listed_only=_listed_only(self.ips),
        )


def _listed_only(ips: list[IPDoc]) -> frozenset[str] | None:
    hosts = [host for ip in ips for host in ip.dhcp_hosts]
    # A host listed by name or DHCPv6 id (no MAC) is matched by what the client sends,
    # which any card may send: the MACs alone cannot say which cards are answered.
    if any(ip.dhcp_ranges for ip in ips) or not hosts or not all(h.mac for h in hosts):
        return None
    return frozenset((h.mac or "").lower() for h in hosts)


def _ranges(ip: IPDoc | None) -> tuple[str, ...]:
    return tuple(f"{r.start} – {r.end}" for r in ip.dhcp_ranges) if ip else ()


_MACVTAP_WORDS = {
    MacvtapMode.BRIDGE: QT_TRANSLATE_NOOP("NetworkMode", "Macvtap bridge on %1"),
    MacvtapMode.VEPA: QT_TRANSLATE_NOOP("NetworkMode", "Macvtap VEPA on %1"),
    MacvtapMode.PRIVATE: QT_TRANSLATE_NOOP("NetworkMode", "Macvtap private on %1"),
    MacvtapMode.PASSTHROUGH: QT_TRANSLATE_NOOP("NetworkMode", "Macvtap passthrough on %1"),
}


def describe_mode(doc: NetworkDoc) -> Words:
    """The forward mode in words for a listing."""
    mode, dev = doc.forward_mode, doc.forward_dev
    match mode:
        case "nat":
            return (QT_TRANSLATE_NOOP("NetworkMode", "NAT via %1").words(dev) if dev
                    else QT_TRANSLATE_NOOP("NetworkMode", "NAT").words())
        case "route":
            return (QT_TRANSLATE_NOOP("NetworkMode", "Routed via %1").words(dev) if dev
                    else QT_TRANSLATE_NOOP("NetworkMode", "Routed").words())
        case "open":
            return QT_TRANSLATE_NOOP("NetworkMode", "Open (routed, no firewall rules)").words()
        case "isolated":
            return QT_TRANSLATE_NOOP("NetworkMode", "Isolated").words()
        case "bridge" if doc.bridge_name:
            return QT_TRANSLATE_NOOP("NetworkMode", "Host bridge %1").words(doc.bridge_name)
        case _ if macvtap_forward(mode, doc.bridge_name):
            return _MACVTAP_WORDS[MacvtapMode(mode)].words(dev or "?")
        case "hostdev":
            return QT_TRANSLATE_NOOP("NetworkMode", "SR-IOV pool of %1").words(doc.pf_dev or dev or "?")
    # A mode this version does not know: libvirt's own word for it.
    return Words("NetworkMode", "%1", (mode or "",))


# --- builder -------------------------------------------------------------------


def build_network(spec: NetworkSpec) -> etree._Element:
    """A new ``<network>`` element for ``spec``; parts the mode cannot use are
    left out. Expects a spec that ``validate_spec`` accepts."""
    doc = NetworkDoc.new()
    doc.name = spec.name
    mode = spec.mode
    if mode is ForwardMode.MACVTAP:
        doc.forward_mode = spec.macvtap_mode.value
        doc.forward_dev = spec.forward_dev
    elif mode is ForwardMode.HOSTDEV:
        doc.forward_mode = "hostdev"
        doc.forward_managed = True  # libvirt detaches each VF from its host driver
        doc.pf_dev = spec.forward_dev
    elif mode is not ForwardMode.ISOLATED:
        doc.forward_mode = mode.value
        if mode in (ForwardMode.NAT, ForwardMode.ROUTE) and spec.forward_dev:
            doc.forward_dev = spec.forward_dev
        if mode is ForwardMode.NAT:
            _build_nat(doc, spec)

    if mode is ForwardMode.BRIDGE:
        doc.bridge_name = spec.bridge.name
    elif mode.managed:
        doc.bridge_name = spec.bridge.name or None
        doc.stp = spec.bridge.stp
        doc.delay = spec.bridge.delay
        doc.mtu = spec.mtu
        doc.mac = spec.mac or None
        _build_dns(doc, spec)
        _build_ips(doc, spec)
    return doc.node


def network_xml(spec: NetworkSpec) -> str:
    """:func:`build_network` as pretty-printed text, ready for ``networkDefineXML``."""
    return to_xml(build_network(spec))


def _build_nat(doc: NetworkDoc, spec: NetworkSpec) -> None:
    if spec.nat_port_start is not None and spec.nat_port_end is not None:
        doc.nat_port_start = spec.nat_port_start
        doc.nat_port_end = spec.nat_port_end
    if spec.ipv6.enabled and spec.ipv6.nat:
        doc.nat_ipv6 = True


def _build_dns(doc: NetworkDoc, spec: NetworkSpec) -> None:
    if spec.dns.domain:
        doc.domain_name = spec.dns.domain
        doc.domain_local_only = True if spec.dns.local_only else None
    if spec.dns.hosts:
        dns = etree.SubElement(doc.node, "dns")
        for record in spec.dns.hosts:
            host = etree.SubElement(dns, "host", ip=record.ip.strip())
            for hostname in record.hostnames:
                etree.SubElement(host, "hostname").text = hostname


def _build_ips(doc: NetworkDoc, spec: NetworkSpec) -> None:
    v4, v6 = spec.ipv4, spec.ipv6
    if v4.enabled:
        # Addresses as validate_spec read them: without the white space around them.
        ip = etree.SubElement(doc.node, "ip", address=v4.address.strip(), prefix=str(v4.prefix))
        if v4.dhcp_enabled and (v4.dhcp_ranges or v4.hosts):
            dhcp = etree.SubElement(ip, "dhcp")
            for dhcp_range in v4.dhcp_ranges:
                etree.SubElement(dhcp, "range", start=dhcp_range.start.strip(),
                                 end=dhcp_range.end.strip())
            for host in v4.hosts:
                # Attribute order as libvirt writes them: mac, name, ip.
                attrs = {"mac": host.mac, "name": host.name, "ip": host.ip.strip()}
                etree.SubElement(dhcp, "host", {k: v for k, v in attrs.items() if v})
    if v6.enabled:
        ip = etree.SubElement(doc.node, "ip", family="ipv6", address=v6.address.strip(),
                              prefix=str(v6.prefix))
        if v6.dhcp_enabled:
            dhcp = etree.SubElement(ip, "dhcp")
            etree.SubElement(dhcp, "range", start=v6.dhcp_range.start.strip(),
                             end=v6.dhcp_range.end.strip())
