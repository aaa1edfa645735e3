"""Subnets as the user types them, and the addresses a wizard proposes inside one."""

from __future__ import annotations

import ipaddress
import secrets

from PySide6.QtCore import QCoreApplication

from kvmgui.utils.tr import fill
from kvmgui.xml.network_validate import upper_half

Subnet = ipaddress.IPv4Network | ipaddress.IPv6Network
EXAMPLES = {4: "192.168.100.0/24", 6: "fd00:1234:5678::/64"}


def parse_subnet(text: str, version: int = 4) -> tuple[Subnet | None, str]:
    """The subnet typed as CIDR, or None and what is wrong with it, in the user's words."""
    text = text.strip()
    example = EXAMPLES[version]
    if not text:
        return None, fill(QCoreApplication.translate("NetworkAddress", "Enter the network, such as %1."),
                          example)
    if "/" not in text:
        return None, fill(QCoreApplication.translate(
            "NetworkAddress", "Add the prefix length, such as %1."), f"{text}/{example.rsplit('/', 1)[1]}")
    try:
        net = ipaddress.ip_network(text)
    except ValueError:
        try:
            loose = ipaddress.ip_network(text, strict=False)
        except ValueError:
            return None, fill(QCoreApplication.translate(
                "NetworkAddress", "'%1' is not a network such as %2."), text, example)
        return None, fill(QCoreApplication.translate(
            "NetworkAddress", "%1 has host bits set: did you mean %2?"), text, str(loose))
    if net.version == 6 and version == 4:
        return None, QCoreApplication.translate(
            "NetworkAddress", "This is an IPv6 network; enter it on the IPv6 page.")
    if net.version == 4 and version == 6:
        return None, QCoreApplication.translate(
            "NetworkAddress", "This is an IPv4 network; enter it on the IPv4 page.")
    return net, ""


def default_addresses(net: Subnet) -> tuple[str, str, str]:
    """Gateway at the first address, DHCP over the upper half (.128–.254 of a /24);
    for IPv6, ::100–::1ff. Past a /16, the upper half of its last /16: libvirt refuses a
    range of more than 65536 addresses."""
    if net.num_addresses < 4:
        return str(net[0]), "", ""
    if net.version == 6 and net.num_addresses > 0x200:
        return str(net[1]), str(net[0x100]), str(net[0x1FF])
    start, end = upper_half(net)
    return str(net[1]), str(start), str(end)


def random_ula() -> ipaddress.IPv6Network:
    """A unique local /64 (RFC 4193): fd00::/8 with a random 40-bit global id."""
    global_id = secrets.randbits(40)
    return ipaddress.IPv6Network(((0xFD << 120) | (global_id << 80), 64))


def gateway_fits(net_text: str, gateway_text: str, version: int) -> bool:
    """Whether the gateway is a plain host address of the subnet typed."""
    net, _why = parse_subnet(net_text, version)
    try:
        gateway = ipaddress.ip_address(gateway_text.strip())
    except ValueError:
        return False
    return net is not None and gateway in net and gateway not in (
        net.network_address, net.broadcast_address if version == 4 else net.network_address)
