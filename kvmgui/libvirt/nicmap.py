"""What the network map draws, read in workers: every VM's network cards and every running
network's DHCP leases. Plain frozen values; run with ``Connection.run``."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from functools import partial

import libvirt
from lxml import etree

from kvmgui.libvirt import fanout, netops
from kvmgui.libvirt.connection import link_failed
from kvmgui.libvirt.gone import no_domain
from kvmgui.libvirt.netops import Lease
from kvmgui.xml.base import parse_xml


@dataclass(frozen=True, slots=True)
class VmNic:
    """One network card of one VM (from its live XML while it runs, else its definition)."""

    vm_uuid: str
    vm_name: str
    active: bool
    mac: str  # lower case
    type: str  # network, bridge, direct, user, …
    source: str  # network name, bridge, or host interface
    link_up: bool = True

    @property
    def key(self) -> str:
        return f"{self.vm_uuid}/{self.mac}"


_SOURCE_ATTR = {"network": "network", "bridge": "bridge", "direct": "dev"}


def vm_nics(conn: libvirt.virConnect) -> list[VmNic]:
    """The cards of every VM of the host, by VM name.

    One listing of all VMs and one of the running ones (side by side for a far host),
    then every VM's XML side by side (``fanout``): over a link of 300 ms each way, 40 VMs
    read one after another (state and XML each: 80 round trips) come to about 48 s; side
    by side, a few round trips.
    """
    domains, active = fanout.gather([partial(conn.listAllDomains, 0), partial(
        conn.listAllDomains, libvirt.VIR_CONNECT_LIST_DOMAINS_ACTIVE)], fanout.width_for(conn))
    running = {d.UUIDString() for d in active}
    found: list[VmNic] = []
    xmls = fanout.outcomes([partial(dom.XMLDesc, 0) for dom in domains])
    for dom, xml in zip(domains, xmls, strict=True):
        if isinstance(xml, fanout.Failure):
            if no_domain(xml.error):
                continue  # vanished meanwhile
            raise xml.error  # not read (a link lost mid-way): the map keeps what it showed
        uuid = dom.UUIDString()
        found.extend(_cards(parse_xml(xml), uuid, dom.name(), uuid in running))
    return by_name(found)


def some_vm_nics(conn: libvirt.virConnect, uuids: Iterable[str]) -> dict[str, tuple[VmNic, ...] | None]:
    """The cards of the VMs ``uuids`` only (those events named), side by side; None for a
    VM that is gone (undefined, or a transient one stopped). Whether it runs is read from
    its XML (a running VM's has an id): no round trip more."""
    wanted = list(uuids)
    xmls = fanout.outcomes([partial(_read_one, conn, uuid) for uuid in wanted])
    found: dict[str, tuple[VmNic, ...] | None] = {}
    for uuid, got in zip(wanted, xmls, strict=True):
        if isinstance(got, fanout.Failure):
            if no_domain(got.error):
                found[uuid] = None
                continue
            raise got.error  # not read: the map keeps what it showed, the VM stays to read
        name, xml = got
        root = parse_xml(xml)
        found[uuid] = _cards(root, uuid, name, root.get("id", "-1") != "-1")
    return found


def _read_one(conn: libvirt.virConnect, uuid: str) -> tuple[str, str]:
    dom = conn.lookupByUUIDString(uuid)
    return dom.name(), dom.XMLDesc(0)


def _cards(root: etree._Element, uuid: str, name: str, active: bool) -> tuple[VmNic, ...]:
    found = []
    for el in root.findall("./devices/interface"):
        mac = el.find("./mac")
        source = el.find("./source")
        link = el.find("./link")
        kind = el.get("type", "")
        attr = _SOURCE_ATTR.get(kind, "")
        found.append(VmNic(uuid, name, active,
                           (mac.get("address", "") if mac is not None else "").lower(), kind,
                           source.get(attr, "") if source is not None and attr else "",
                           link is None or link.get("state") != "down"))
    return tuple(found)


def by_name(cards: Iterable[VmNic]) -> list[VmNic]:
    """Cards in the map's order: by VM name, then MAC."""
    return sorted(cards, key=lambda n: (n.vm_name.lower(), n.mac))


@dataclass(frozen=True, slots=True)
class LeaseReading:
    """The leases of each running network (by uuid), and those that could not be read."""

    leases: dict[str, tuple[Lease, ...]]
    errors: dict[str, str]


# The connection failed, not the network: the whole reading fails (the map keeps what it
# showed), rather than each network saying "Cannot recv data".
_CONNECTION_ERRORS = (libvirt.VIR_ERR_RPC, libvirt.VIR_ERR_NO_CONNECT, libvirt.VIR_ERR_INVALID_CONN)


def all_leases(conn: libvirt.virConnect, network_uuids: list[str]) -> LeaseReading:
    """The leases of each network; a network's refusal (gone, inactive, not supported,
    denied) is its own, a lost link fails the reading. A far host's networks are read side
    by side (``fanout.each``): a lookup and the leases, two round trips for all of them
    where one after another each network cost two (1.2 s behind a 300 ms link)."""
    leases: dict[str, tuple[Lease, ...]] = {}
    errors: dict[str, str] = {}
    for uuid, got in fanout.each(conn, network_uuids, partial(netops.dhcp_leases, conn)):
        exc = fanout.refusal(got)
        if exc is None:
            leases[uuid] = tuple(got)
            continue
        if link_failed(exc) or exc.get_error_code() in _CONNECTION_ERRORS:
            raise exc
        errors[uuid] = exc.get_error_message() or str(exc)
    return LeaseReading(leases, errors)
