"""Static DHCP hosts, DNS host records and DHCP ranges of a network, changed in place.

Every change goes through ``networkUpdate`` (``virsh net-update``): to the running network
(``--live``) and to its definition (``--config``) as far as the network has them, with no
restart of the network or of any VM. The live network and the definition are looked at
separately, so an entry present in one of them only is added or removed where needed.
A change made of two steps (delete, then add) undoes the first when the second fails.
Run these with ``Connection.run``.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from dataclasses import dataclass
from functools import partial

import libvirt
from lxml import etree

from kvmgui.libvirt import fanout, virsh
from kvmgui.xml.network import NetworkDoc
from kvmgui.xml.network_hosts import DhcpHost, DnsRecord, dhcp_hosts, dns_records, ip_index

LIVE = libvirt.VIR_NETWORK_UPDATE_AFFECT_LIVE
CONFIG = libvirt.VIR_NETWORK_UPDATE_AFFECT_CONFIG
ADD = libvirt.VIR_NETWORK_UPDATE_COMMAND_ADD_LAST
DELETE = libvirt.VIR_NETWORK_UPDATE_COMMAND_DELETE
MODIFY = libvirt.VIR_NETWORK_UPDATE_COMMAND_MODIFY
DHCP_HOST = libvirt.VIR_NETWORK_SECTION_IP_DHCP_HOST
DHCP_RANGE = libvirt.VIR_NETWORK_SECTION_IP_DHCP_RANGE
DNS_HOST = libvirt.VIR_NETWORK_SECTION_DNS_HOST


@dataclass(frozen=True)
class NetworkXml:
    """A network's running XML (None when stopped) and definition (None when transient)."""

    live: NetworkDoc | None
    config: NetworkDoc | None

    def flags(self, wanted: Callable[[NetworkDoc], bool]) -> int:
        """LIVE and/or CONFIG: the parts for which ``wanted(doc)`` holds."""
        flags = 0
        if self.live is not None and wanted(self.live):
            flags |= LIVE
        if self.config is not None and wanted(self.config):
            flags |= CONFIG
        return flags

    @property
    def any(self) -> NetworkDoc:
        doc = self.live or self.config
        assert doc is not None  # a network is running or defined
        return doc


def _net(conn: libvirt.virConnect, uuid: str) -> libvirt.virNetwork:
    return conn.networkLookupByUUIDString(uuid)


def read(net: libvirt.virNetwork) -> NetworkXml:
    """Its running XML and definition. The four calls go at once, side by side for a far
    host (``fanout.width_for``): one round trip where one after another took four. An XML
    asked of a network that turns out stopped or transient is not used."""
    active, persistent, xml, inactive = fanout.outcomes(
        [net.isActive, net.isPersistent, partial(net.XMLDesc, 0),
         partial(net.XMLDesc, libvirt.VIR_NETWORK_XML_INACTIVE)], fanout.width_for(net.connect()))
    for got in (active, persistent, xml):
        if isinstance(got, fanout.Failure):
            raise got.error
    live = NetworkDoc.from_string(xml) if active else None
    config = None
    if persistent:
        if (exc := fanout.refusal(inactive)) is not None:
            # Drivers without the flag (test) have one XML: it is the definition too.
            if exc.get_error_code() not in (libvirt.VIR_ERR_INVALID_ARG, libvirt.VIR_ERR_NO_SUPPORT):
                raise exc
            config = live or NetworkDoc.from_string(xml)
        else:
            config = NetworkDoc.from_string(inactive)
    return NetworkXml(live, config)


def _update(net: libvirt.virNetwork, command: int, section: int, index: int, xml: str,
            flags: int) -> None:
    if flags:
        virsh.net_update(net, command, section, index, xml, flags)


# -- static DHCP hosts ---------------------------------------------------------------------------


def _has(host: DhcpHost) -> Callable[[NetworkDoc], bool]:
    return lambda doc: any(h.same_mac(host.mac) if host.mac else h == host for h in dhcp_hosts(doc))


def _entry(doc: NetworkDoc, mac: str) -> DhcpHost | None:
    return next((h for h in dhcp_hosts(doc) if h.same_mac(mac)), None)


def set_dhcp_host(conn: libvirt.virConnect, uuid: str, host: DhcpHost,
                  old: DhcpHost | None = None) -> None:
    """Make ``host`` a static host of the network (replacing ``old``, or the entry of the
    same MAC): modified in place where one exists, added where not. What the replaced
    entry has beyond MAC, name and address (a ``<lease expiry=…/>``) stays with it."""
    net = _net(conn, uuid)
    docs = read(net)
    index = ip_index(docs.any, host.ip)
    if old is not None and old != host and not old.same_mac(host.mac):
        # Another MAC, or an old entry without one: libvirt modifies by MAC (adding would
        # clash with the old entry's name or address), so remove the old and add the new.
        # ``old`` may be given by its MAC alone: deleted and put back as the network has it.
        gone = docs.flags(_has(old))
        old = _exact(docs, old)
        host = host.keeping(old)
        _update(net, DELETE, DHCP_HOST, ip_index(docs.any, old.ip), old.xml(), gone)
        try:
            _update(net, ADD, DHCP_HOST, index, host.xml(), docs.flags(lambda _d: True))
        except libvirt.libvirtError:
            with contextlib.suppress(libvirt.libvirtError):
                _update(net, ADD, DHCP_HOST, ip_index(docs.any, old.ip), old.xml(), gone)
            raise
        return
    host = host.keeping(_exact(docs, old if old is not None else host))
    present = docs.flags(_has(host))
    absent = docs.flags(lambda d: not _has(host)(d))
    _update(net, MODIFY, DHCP_HOST, index, host.xml(), present)
    _update(net, ADD, DHCP_HOST, index, host.xml(), absent)


def _exact(docs: NetworkXml, host: DhcpHost) -> DhcpHost:
    """The entry as the network writes it (libvirt deletes what matches exactly)."""
    for doc in (docs.live, docs.config):
        if doc is not None and (found := _entry(doc, host.mac)) is not None:
            return found
    return host


def remove_dhcp_host(conn: libvirt.virConnect, uuid: str, host: DhcpHost) -> None:
    """Remove the static host (matched by MAC, else by all its values) wherever it is."""
    net = _net(conn, uuid)
    docs = read(net)
    found: dict[DhcpHost, int] = {}  # the entry as each part writes it -> where
    for doc, flag in ((docs.live, LIVE), (docs.config, CONFIG)):
        if doc is None:
            continue
        entry = _entry(doc, host.mac) if host.mac else (host if host in dhcp_hosts(doc) else None)
        if entry is not None:
            found[entry] = found.get(entry, 0) | flag
    for entry, flags in found.items():  # one call when both parts have the same entry
        _update(net, DELETE, DHCP_HOST, ip_index(docs.any, entry.ip), entry.xml(), flags)


def pin(conn: libvirt.virConnect, uuid: str, mac: str, name: str, ip: str,
        replacing: str = "") -> None:
    """Always give ``mac`` the address ``ip`` ("Always give this VM this address").

    ``replacing``: the MAC the card runs with until its MAC changes at the next start;
    its static host, if any, gives way to this one (removed first, put back on failure).
    """
    set_dhcp_host(conn, uuid, DhcpHost(mac, name, ip), DhcpHost(replacing) if replacing else None)


def movable_pin(docs: NetworkXml, old: str, new: str) -> DhcpHost | None:
    """The static host of MAC ``old``, where ``new`` has none (else None: nothing to move)."""
    entry = next((e for doc in (docs.live, docs.config) if doc is not None
                  if (e := _entry(doc, old)) is not None), None)
    return None if entry is None or docs.flags(_has(DhcpHost(new))) else entry


def move_pin(conn: libvirt.virConnect, uuid: str, old: str, new: str) -> DhcpHost | None:
    """The static host of MAC ``old`` becomes ``new``'s (its address and name kept), where
    ``new`` has none: a stopped VM's card given another MAC keeps its fixed address, and
    the address is not held for a MAC no card has. Removed first, put back on failure.
    The entry moved, or None when there was nothing to move."""
    entry = movable_pin(read(_net(conn, uuid)), old, new)
    if entry is not None:
        set_dhcp_host(conn, uuid, DhcpHost(new, entry.name, entry.ip), entry)
    return entry


def unpin(conn: libvirt.virConnect, uuid: str, mac: str, also: str = "") -> None:
    """No fixed address for ``mac``, nor for ``also`` (the MAC the card runs with until
    its MAC changes at the next start); ``also``'s is put back if ``mac``'s stays."""
    if not also:
        remove_dhcp_host(conn, uuid, DhcpHost(mac))
        return
    net = _net(conn, uuid)
    docs = read(net)
    kept = _exact(docs, DhcpHost(also))
    where = docs.flags(_has(kept))
    remove_dhcp_host(conn, uuid, kept)
    try:
        remove_dhcp_host(conn, uuid, DhcpHost(mac))
    except libvirt.libvirtError:
        with contextlib.suppress(libvirt.libvirtError):
            _update(net, ADD, DHCP_HOST, ip_index(docs.any, kept.ip), kept.xml(), where)
        raise


# -- DHCP ranges ---------------------------------------------------------------------------------


def add_dhcp_range(conn: libvirt.virConnect, uuid: str, start: str, end: str) -> None:
    """Hand out ``start``–``end`` by DHCP (turns DHCP on where it was off)."""
    net = _net(conn, uuid)
    docs = read(net)
    xml = etree.tostring(etree.Element("range", start=start, end=end), encoding="unicode")
    _update(net, ADD, DHCP_RANGE, ip_index(docs.any, start), xml, docs.flags(lambda _d: True))


# -- DNS host records ----------------------------------------------------------------------------



def set_dns_record(conn: libvirt.virConnect, uuid: str, record: DnsRecord,
                   old: DnsRecord | None = None) -> None:
    """Add ``record`` (replacing ``old``: libvirt cannot modify a DNS host in place, so the
    old one is removed first and put back if the new one is refused)."""
    net = _net(conn, uuid)
    docs = read(net)
    gone = 0
    if old is not None:
        gone = docs.flags(lambda d: old in dns_records(d))
        _update(net, DELETE, DNS_HOST, -1, old.xml(), gone)
    try:
        _update(net, ADD, DNS_HOST, -1, record.xml(), docs.flags(lambda _d: True))
    except libvirt.libvirtError:
        if old is not None:
            with contextlib.suppress(libvirt.libvirtError):
                _update(net, ADD, DNS_HOST, -1, old.xml(), gone)
        raise


def remove_dns_record(conn: libvirt.virConnect, uuid: str, record: DnsRecord) -> None:
    net = _net(conn, uuid)
    docs = read(net)
    _update(net, DELETE, DNS_HOST, -1, record.xml(), docs.flags(lambda d: record in dns_records(d)))
