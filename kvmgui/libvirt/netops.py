"""Blocking virtual-network operations; run them with ``Connection.run`` (never on the GUI thread).

Each takes the ``virConnect`` first so it can be handed to ``conn.run`` as is.
"""

from __future__ import annotations

import contextlib
import logging
import subprocess
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from enum import Enum
from pathlib import Path
from typing import Any

import libvirt

from kvmgui.libvirt import fanout, virsh
from kvmgui.libvirt.gone import no_domain
from kvmgui.xml.base import parse_xml
from kvmgui.xml.disk_sources import is_running
from kvmgui.xml.network import MANAGED_MODES
from kvmgui.xml.network_validate import HostRoute, parse_ip_route

log = logging.getLogger(__name__)



class NetworkStep(Enum):
    """Where :func:`create_network` is (codes; ``models.words.network_step_text`` words them)."""

    DEFINE = "define"
    START = "start"
    AUTOSTART = "autostart"
    UNDO = "undo"
    DONE = "done"


Progress = Callable[[NetworkStep], None]
SYS_NET = Path("/sys/class/net")


@dataclass(frozen=True, slots=True)
class Lease:
    """One DHCP lease as libvirt reports it."""

    mac: str  # lower case
    ip: str
    prefix: int
    hostname: str
    expiry: int  # seconds since the epoch; 0 when libvirt gives none
    family: str  # "ipv4" / "ipv6"
    client_id: str = ""

    @property
    def key(self) -> tuple[str, str]:
        return self.mac, self.ip


@dataclass(frozen=True, slots=True)
class HostInterface:
    name: str
    kind: str  # "bridge", "ethernet", "vlan", "bond", "other"
    sriov: bool = False  # a physical function that can hand out virtual functions


@dataclass(frozen=True, slots=True)
class NetworkUser:
    """A VM with a NIC on a network."""

    uuid: str
    name: str
    active: bool


def _net(conn: libvirt.virConnect, uuid: str) -> libvirt.virNetwork:
    return conn.networkLookupByUUIDString(uuid)


def create_network(conn: libvirt.virConnect, xml: str, start: bool, autostart: bool,
                   progress: Progress | None = None) -> str:
    """Define ``xml``, then optionally start it and turn autostart on; returns the UUID.

    All or nothing: if a later step fails, what the earlier ones did is undone and
    the first error is raised (libvirt's message intact).
    """
    say = progress or (lambda _step: None)
    say(NetworkStep.DEFINE)
    net = virsh.net_define(conn, xml, parse_xml(xml).findtext("name") or "")
    if net is None:  # a preview: what follows would act on the new network
        return ""
    started = False
    try:
        if start:
            say(NetworkStep.START)
            virsh.net_start(net)
            started = True
        if autostart:
            say(NetworkStep.AUTOSTART)
            virsh.net_autostart(net, True)
    except libvirt.libvirtError:
        say(NetworkStep.UNDO)
        undo = [("net-destroy", virsh.net_destroy)] if started else []
        for what, step in [*undo, ("net-undefine", virsh.net_undefine)]:
            try:
                step(net)
            except libvirt.libvirtError as failed:  # the first error is the user's answer
                log.warning("network %s: could not undo (%s): %s", net.name(), what,
                            failed.get_error_message() or failed)
        raise
    say(NetworkStep.DONE)
    return str(net.UUIDString())


def start_network(conn: libvirt.virConnect, uuid: str) -> None:
    virsh.net_start(_net(conn, uuid))


def stop_network(conn: libvirt.virConnect, uuid: str) -> None:
    destroy(_net(conn, uuid))


def destroy(net: libvirt.virNetwork) -> None:
    """Stop the network; one stopped meanwhile (elsewhere) is stopped as asked, though
    libvirt refuses the call ("network is not active")."""
    try:
        virsh.net_destroy(net)
    except libvirt.libvirtError:
        if net.isActive():
            raise


def delete_network(conn: libvirt.virConnect, uuid: str) -> None:
    """Stop (if running) and undefine (if persistent)."""
    net = _net(conn, uuid)
    persistent = net.isPersistent()
    if net.isActive():
        destroy(net)
    if persistent:
        virsh.net_undefine(net)


def set_autostart(conn: libvirt.virConnect, uuid: str, on: bool) -> None:
    virsh.net_autostart(_net(conn, uuid), on)


def dhcp_leases(conn: libvirt.virConnect, uuid: str) -> list[Lease]:
    return leases_of(_net(conn, uuid))


def leases_of(net: libvirt.virNetwork) -> list[Lease]:
    leases = []
    for item in net.DHCPLeases():
        is_v6 = item.get("type") == libvirt.VIR_IP_ADDR_TYPE_IPV6
        leases.append(Lease(
            mac=(item.get("mac") or "").lower(),
            ip=item.get("ipaddr") or "",
            prefix=int(item.get("prefix") or 0),
            hostname=item.get("hostname") or "",
            expiry=int(item.get("expirytime") or 0),
            family="ipv6" if is_v6 else "ipv4",
            client_id=item.get("clientid") or "",
        ))
    return leases


def _domain_nics(conn: libvirt.virConnect, *, strict: bool = True,
                 ) -> list[tuple[libvirt.virDomain, bool, list[Any]]]:
    """Each domain with its active flag and its ``<interface>`` elements (live XML).

    A VM that vanished meanwhile is skipped; any other error raises when ``strict`` (a
    check that answers "no VM uses it" must have read every VM), else it is logged.
    """
    return _nics_of(conn, conn.listAllDomains(0), strict=strict)


def _nics_of(conn: libvirt.virConnect, doms: list[libvirt.virDomain], *, strict: bool,
             ) -> list[tuple[libvirt.virDomain, bool, list[Any]]]:
    # A far host's side by side: each read is a round trip (bench/far_reads.py --check
    # network). The XML says whether the VM runs (an ``id`` only then): no isActive besides.
    found = []
    for dom, read in fanout.each(conn, doms, _live_root):
        try:
            if isinstance(read, fanout.Failure):
                raise read.error
            root = read
            active = is_running(root)
        except libvirt.libvirtError as exc:
            if exc.get_error_code() == libvirt.VIR_ERR_NO_DOMAIN:
                continue
            if strict:
                raise
            log.warning("cannot read the NICs of %s: %s", dom.name(), exc.get_error_message() or exc)
            continue
        found.append((dom, active, root.findall("./devices/interface")))
    return found


def _live_root(dom: libvirt.virDomain) -> Any:
    """The VM's XML as libvirt gives it without flags (live while it runs), parsed; on a
    thread of ``fanout``'s (a parser per call, ``parse_xml``)."""
    return parse_xml(dom.XMLDesc(0))


def mac_owners(conn: libvirt.virConnect) -> dict[str, str]:
    """MAC address (lower case) -> name of the VM whose NIC has it."""
    return {mac: found[0] for found in vm_macs(conn).values() if found for mac in found[1]}


VmMacs = tuple[str, tuple[str, ...]]  # a VM's name and its NICs' MAC addresses (lower case)


def vm_macs(conn: libvirt.virConnect, uuids: Iterable[str] | None = None) -> dict[str, VmMacs | None]:
    """uuid -> (name, MACs) from the live XML of every VM, or of those ``uuids`` only
    (None for one gone, or whose XML could not be read: logged)."""
    if uuids is None:
        out: dict[str, VmMacs | None] = {}
        found = _domain_nics(conn, strict=False)
    else:
        wanted = list(uuids)
        out = dict.fromkeys(wanted)
        doms = []
        for _uuid, dom in fanout.each(conn, wanted, conn.lookupByUUIDString):  # a round trip each
            if not isinstance(dom, fanout.Failure):
                doms.append(dom)
            elif not no_domain(dom.error):
                raise dom.error
        found = _nics_of(conn, doms, strict=False)
    for dom, _active, nics in found:
        macs = (nic.find("./mac") for nic in nics)
        out[dom.UUIDString()] = (dom.name(), tuple(mac.get("address", "").lower() for mac in macs
                                                   if mac is not None and mac.get("address")))
    return out


def own_bridge(forward_mode: str, bridge: str) -> str:
    """``bridge`` when the network makes it (its cards there use the network), else ''."""
    return bridge if forward_mode in MANAGED_MODES else ""


def network_users(conn: libvirt.virConnect, name: str, bridge: str = "") -> list[NetworkUser]:
    """VMs with a NIC on network ``name`` (or directly on ``bridge``: its ``own_bridge``)."""
    users = []
    for dom, active, nics in _domain_nics(conn):
        for nic in nics:
            source = nic.find("./source")
            if source is None:
                continue
            on_net = nic.get("type") == "network" and source.get("network") == name
            on_bridge = bool(bridge) and nic.get("type") == "bridge" and source.get("bridge") == bridge
            if on_net or on_bridge:
                users.append(NetworkUser(dom.UUIDString(), dom.name(), active))
                break
    return sorted(users, key=lambda u: u.name)


def host_interfaces(conn: libvirt.virConnect, local: bool) -> list[HostInterface]:
    """Interfaces a network can forward to or sit on.

    libvirt's interface driver (netcf/udev) where it has one; for a local
    connection also what the kernel shows in /sys/class/net.
    """
    found: dict[str, HostInterface] = {}
    try:
        listed = conn.listAllInterfaces(0)
    except libvirt.libvirtError as exc:
        log.debug("no interface list from libvirt: %s", exc)
        listed = []
    # A far host's side by side: one by one, each interface's XML cost a round trip.
    for iface, xml in fanout.each(conn, listed, lambda iface: iface.XMLDesc(0)):
        if fanout.refusal(xml) is not None:
            continue  # gone meanwhile
        found[iface.name()] = HostInterface(iface.name(), parse_xml(xml).get("type", "other"))
    if local:
        for iface in sysfs_interfaces():
            found.setdefault(iface.name, iface)
    found.pop("lo", None)
    return sorted(found.values(), key=lambda i: i.name)


def sysfs_interfaces(root: Path | None = None) -> list[HostInterface]:
    result = []
    try:
        entries = sorted((root or SYS_NET).iterdir())
    except OSError:
        return []
    for path in entries:
        if (path / "bridge").is_dir():
            kind = "bridge"
        elif (path / "bonding").is_dir():
            kind = "bond"
        elif _device_type(path) == "vlan":  # the tree's own word, not this machine's /proc
            kind = "vlan"
        elif (path / "device").exists():
            kind = "ethernet"
        else:
            kind = "other"  # virtual: veth, tap, dummy…
        result.append(HostInterface(path.name, kind, (path / "device" / "sriov_totalvfs").exists()))
    return result


def _device_type(path: Path) -> str:
    """The DEVTYPE a sysfs network entry's uevent names ("vlan", "wlan"…), else ""."""
    try:
        lines = (path / "uevent").read_text(errors="replace").splitlines()
    except OSError:
        return ""
    return next((line.partition("=")[2] for line in lines if line.startswith("DEVTYPE=")), "")


def local_routes() -> list[HostRoute]:
    """This machine's routes (IPv4 and IPv6), for overlap checks. No libvirt involved."""
    texts = []
    for family in ("-4", "-6"):
        try:
            done = subprocess.run(["ip", family, "route", "show"], capture_output=True, text=True,
                                  timeout=5, check=True)
            texts.append(done.stdout)
        except (OSError, subprocess.SubprocessError):
            if family == "-4":
                with contextlib.suppress(OSError):
                    texts.append(Path("/proc/net/route").read_text())
    return [route for text in texts for route in parse_ip_route(text)]
