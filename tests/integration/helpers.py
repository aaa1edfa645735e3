"""Helpers for integration tests against an :class:`IsolatedHost`."""

from __future__ import annotations

import ipaddress
import os
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TypeVar

from lxml import etree

from tests.guest.build import READY_MARKER, GuestAssets, tiny_guest_xml
from tests.integration.isolated_host import IsolatedHost

T = TypeVar("T")

DNSMASQ_NS = "http://libvirt.org/schemas/network/dnsmasq/1.0"


def wait_for(
    predicate: Callable[[], T],
    timeout: float = 30.0,
    interval: float = 0.1,
    message: str | Callable[[], str] = "condition",
) -> T:
    """Poll ``predicate`` until it returns something truthy; return that value.

    Raises TimeoutError after ``timeout`` seconds (``message`` may be a callable, evaluated
    only on failure, e.g. to attach a serial log).
    """
    deadline = time.monotonic() + timeout
    while True:
        value = predicate()
        if value:
            return value
        if time.monotonic() >= deadline:
            text = message() if callable(message) else message
            raise TimeoutError(f"timed out after {timeout:.0f}s waiting for {text}")
        time.sleep(interval)


def nat_network_xml(
    name: str,
    bridge: str,
    subnet: str = "192.168.10.0/24",
    *,
    dhcp: bool = True,
    forward_mode: str | None = "nat",
    stp: bool = False,
    fast_dhcp: bool = True,
) -> str:
    """Network XML (lxml): gateway = first host address, DHCP on the upper half.

    Tuned for fast leases (each saves seconds per guest NIC):

    * STP off (``stp=False``): with STP on, Linux keeps a new tap port in listening /
      learning for 2 x 2 s (the kernel's minimum forward delay) before it forwards;
    * ``fast_dhcp``: passes ``no-ping`` to dnsmasq (``<dnsmasq:options>``), which otherwise
      pings every address for ~3 s before offering it.
    """
    net = ipaddress.ip_network(subnet)
    hosts = list(net.hosts())
    gateway = hosts[0]
    root = etree.Element("network", nsmap={"dnsmasq": DNSMASQ_NS} if fast_dhcp else None)
    etree.SubElement(root, "name").text = name
    if forward_mode:
        etree.SubElement(root, "forward", mode=forward_mode)
    etree.SubElement(root, "bridge", name=bridge, stp="on" if stp else "off", delay="0")
    ip = etree.SubElement(root, "ip", address=str(gateway), netmask=str(net.netmask))
    if dhcp:
        dhcp_el = etree.SubElement(ip, "dhcp")
        start = hosts[len(hosts) // 2]
        etree.SubElement(dhcp_el, "range", start=str(start), end=str(hosts[-1]))
    if fast_dhcp:
        options = etree.SubElement(root, f"{{{DNSMASQ_NS}}}options")
        etree.SubElement(options, f"{{{DNSMASQ_NS}}}option", value="no-ping")
    return etree.tostring(root, pretty_print=True, encoding="unicode")


def _define_from_xml(host: IsolatedHost, command: str, xml: str) -> None:
    with tempfile.NamedTemporaryFile("w", suffix=".xml", delete=False) as f:
        f.write(xml)
    try:
        host.virsh(command, f.name)
    finally:
        os.unlink(f.name)


def create_nat_network(
    host: IsolatedHost,
    name: str,
    bridge: str,
    subnet: str = "192.168.10.0/24",
    *,
    dhcp: bool = True,
    start: bool = True,
    autostart: bool = False,
    stp: bool = False,
    fast_dhcp: bool = True,
) -> str:
    """Define (and start) a NAT network in ``host``; returns its XML (see nat_network_xml)."""
    xml = nat_network_xml(name, bridge, subnet, dhcp=dhcp, stp=stp, fast_dhcp=fast_dhcp)
    _define_from_xml(host, "net-define", xml)
    if autostart:
        host.virsh("net-autostart", name)
    if start:
        host.virsh("net-start", name)
    return xml


def define_domain(host: IsolatedHost, xml: str) -> None:
    _define_from_xml(host, "define", xml)


@dataclass
class TinyGuest:
    name: str
    serial_log: Path

    def serial(self) -> str:
        try:
            return self.serial_log.read_text(errors="replace")
        except OSError:
            return ""

    def ready(self) -> bool:
        return READY_MARKER in self.serial()


def define_tiny_guest(
    host: IsolatedHost,
    name: str,
    assets: GuestAssets,
    log_dir: Path,
    *,
    network: str | None = None,
    start: bool = True,
    memory_mib: int = 128,
    mac: str | None = None,
) -> TinyGuest:
    """Define (and start) the tiny guest; serial console goes to ``log_dir/<name>.serial``."""
    guest = TinyGuest(name, Path(log_dir) / f"{name}.serial")
    xml = tiny_guest_xml(
        name, assets, network=network, serial_log=guest.serial_log, memory_mib=memory_mib, mac=mac
    )
    define_domain(host, xml)
    if start:
        host.virsh("start", name)
    return guest


@dataclass(frozen=True)
class Lease:
    mac: str
    ip: str  # without prefix
    prefix: int
    hostname: str


def dhcp_leases(host: IsolatedHost, network: str) -> list[Lease]:
    """Parse ``virsh net-dhcp-leases NETWORK``."""
    leases = []
    for line in host.virsh("net-dhcp-leases", network).splitlines():
        parts = line.split()
        # expiry-date expiry-time mac protocol ip/prefix hostname client-id
        if len(parts) < 6 or parts[3] != "ipv4":
            continue
        ip, _, prefix = parts[4].partition("/")
        leases.append(Lease(parts[2].lower(), ip, int(prefix or 32), parts[5]))
    return leases


def domain_macs(host: IsolatedHost, domain: str) -> list[str]:
    root = etree.fromstring(host.virsh("dumpxml", domain).encode())
    return [m.get("address").lower() for m in root.iterfind("./devices/interface/mac")]


def wait_for_lease(
    host: IsolatedHost,
    network: str,
    mac: str,
    timeout: float = 60.0,
    guest: TinyGuest | None = None,
) -> Lease:
    """Wait until ``network`` has a DHCP lease for ``mac``."""

    def lease() -> Lease | None:
        return next((x for x in dhcp_leases(host, network) if x.mac == mac.lower()), None)

    def why() -> str:
        text = f"a DHCP lease for {mac} on {network}"
        if guest is not None:
            text += f"\n--- serial console of {guest.name}:\n{guest.serial()[-3000:]}"
        return text

    return wait_for(lease, timeout, interval=0.25, message=why)


def domain_state(host: IsolatedHost, domain: str) -> str:
    return host.virsh("domstate", domain).strip()
