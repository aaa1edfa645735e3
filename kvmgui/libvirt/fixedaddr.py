"""The fixed addresses (static DHCP hosts) of VMs being deleted, found and removed.

A static ``<host mac=…>`` of a network outlives the VM whose card had that MAC: the
address stays held for no card, and a later VM given the same MAC (a clone, a MAC typed
in) inherits it. The delete dialog lists them (``fixed_addresses``) and, as the user
chooses, they go once the VM is gone (``remove_fixed``), each through ``networkUpdate``
(``dhcphosts.remove_dhcp_host``). A static host whose MAC a card of another VM on that
network has too is that card's: it is not listed, and stays if such a card came meanwhile.

A running VM's card given another MAC has a static host under either; forced off by the
Delete, the VM may have its pin moved to the new MAC (``pinfollow``) before the removal
runs: the removal then takes the listed address from the VM's other MACs on that network
too (``FixedAddress.others``), under the same lock as the move.
Run these with ``Connection.run``.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import partial

import libvirt

from kvmgui.libvirt import dhcphosts, fanout, nicmap
from kvmgui.libvirt.connection import error_text
from kvmgui.libvirt.gone import no_domain
from kvmgui.libvirt.pinfollow import pins_held
from kvmgui.xml.devices import Interface
from kvmgui.xml.domain import DomainDoc
from kvmgui.xml.network_hosts import DhcpHost, dhcp_hosts


@dataclass(frozen=True, slots=True)
class FixedAddress:
    """A static host of ``network`` for the card of MAC ``mac`` of the VM ``vm_uuid``."""

    vm_uuid: str
    network: str
    network_uuid: str
    mac: str  # lower case
    ip: str
    # The VM's other MACs on that network (lower case): a card given another MAC has its
    # static host moved to the new one when the VM stops (``pinfollow``), the Delete's too.
    others: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Removal:
    """A fixed address removed (``error`` "", ``kept_for`` ""), not removed (libvirt's
    words), or kept: a card of the VM ``kept_for`` has its MAC on that network now."""

    address: FixedAddress
    error: str = ""
    kept_for: str = ""


def _cards(xml: str) -> set[tuple[str, str]]:
    """(network, MAC) of the cards on virtual networks in one XML of a VM."""
    return {(nic.source, nic.mac.lower()) for nic in DomainDoc.from_string(xml).devices()
            if isinstance(nic, Interface) and nic.source_type == "network" and nic.source and nic.mac}


def _vm_cards(conn: libvirt.virConnect, uuids: Sequence[str]) -> dict[str, set[tuple[str, str]]]:
    """{uuid: the cards of its running XML and its definition} (a MAC changed until the
    restart has a static host under either); a VM gone meanwhile has no entry. Both XMLs of
    every VM are asked, whatever its state: a stopped VM's two are its definition, a
    transient VM's definition is its live one, so the cards are those of its live XML and
    its definition as before, without an isActive and an isPersistent first. Side by side
    for a far host (``fanout.each``), lookups then XMLs: two round trips for all the VMs,
    where one after another three VMs took 15 (docs/performance.md, "Delete")."""
    doms: dict[str, libvirt.virDomain] = {}
    for uuid, dom in fanout.each(conn, uuids, conn.lookupByUUIDString):
        if isinstance(dom, fanout.Failure):
            if not no_domain(dom.error):
                raise dom.error
            continue
        doms[uuid] = dom
    cards: dict[str, set[tuple[str, str]]] = {uuid: set() for uuid in doms}
    reads = [(uuid, flag) for uuid in doms for flag in (0, libvirt.VIR_DOMAIN_XML_INACTIVE)]
    for (uuid, _flag), xml in fanout.each(conn, reads, lambda read: doms[read[0]].XMLDesc(read[1])):
        if uuid not in cards:
            continue  # gone: its other XML said so
        if isinstance(xml, fanout.Failure):
            if not no_domain(xml.error):
                raise xml.error
            del cards[uuid]
            continue
        cards[uuid] |= _cards(xml)
    return cards


def _holder(nics: Sequence[nicmap.VmNic], skip: Sequence[str], network: str, mac: str) -> str:
    """The name of a VM outside ``skip`` with a card of ``mac`` on ``network``, else ''."""
    return next((n.vm_name for n in nics if n.vm_uuid not in skip and n.type == "network"
                 and n.source == network and n.mac == mac), "")


def _static_hosts(conn: libvirt.virConnect, network: str) -> tuple[str, list[DhcpHost]]:
    """The network's uuid and static hosts, running and defined (none: it is gone)."""
    try:
        net = conn.networkLookupByName(network)
        docs = dhcphosts.read(net)
        return net.UUIDString(), [h for doc in (docs.live, docs.config) if doc is not None
                                  for h in dhcp_hosts(doc)]
    except libvirt.libvirtError as exc:
        if exc.get_error_code() != libvirt.VIR_ERR_NO_NETWORK:
            raise
        return "", []


def fixed_addresses(conn: libvirt.virConnect, uuids: Sequence[str]) -> list[FixedAddress]:
    """Blocking: the static hosts of the cards of the VMs ``uuids`` (deleted together), but
    not those another VM's card has the MAC of. A VM or network gone meanwhile has none.
    The VMs, then their networks, are read side by side for a far host."""
    found: list[FixedAddress] = []
    vm_cards = _vm_cards(conn, uuids)
    names = sorted({network for cards in vm_cards.values() for network, _mac in cards})
    networks: dict[str, tuple[str, list[DhcpHost]]] = {}  # each read once: uuid, hosts
    for network, read in fanout.each(conn, names, partial(_static_hosts, conn)):
        if isinstance(read, fanout.Failure):
            raise read.error
        networks[network] = read
    for uuid, cards in vm_cards.items():
        for network, mac in sorted(cards):
            net_uuid, hosts = networks[network]
            if (host := next((h for h in hosts if h.same_mac(mac)), None)) is not None:
                others = tuple(sorted(m for n, m in cards if n == network and m != mac))
                found.append(FixedAddress(uuid, network, net_uuid, mac, host.ip, others))
    if not found:
        return found
    nics = nicmap.vm_nics(conn)
    return [a for a in found if not _holder(nics, uuids, a.network, a.mac)]


def remove_fixed(conn: libvirt.virConnect, addresses: Sequence[FixedAddress],
                 deleted: Sequence[str]) -> list[Removal]:
    """Blocking: remove each fixed address of the deleted VMs (UUIDs ``deleted``) from its
    network, live and defined; one another VM's card has the MAC of now stays. Each
    outcome, failures with libvirt's words (the VMs stay deleted). The address moved to
    another MAC of the VM meanwhile (``FixedAddress.others``) goes from there."""
    if not addresses:
        return []
    with pins_held(conn):  # not while a pin of the VM is being moved (pinfollow)
        nics = nicmap.vm_nics(conn)
        out = []
        for address in addresses:
            if holder := _holder(nics, deleted, address.network, address.mac):
                out.append(Removal(address, kept_for=holder))
                continue
            try:
                for mac in (address.mac, *_moved_to(conn, address, nics, deleted)):
                    dhcphosts.remove_dhcp_host(conn, address.network_uuid, DhcpHost(mac))
            except libvirt.libvirtError as exc:
                out.append(Removal(address, error=error_text(exc)))
            else:
                out.append(Removal(address))
        return out


def _moved_to(conn: libvirt.virConnect, address: FixedAddress, nics: Sequence[nicmap.VmNic],
              deleted: Sequence[str]) -> list[str]:
    """The VM's other MACs on the network whose static host has the address now (moved
    there as the VM stopped), but not one a card of a VM that stays has."""
    if not address.others:
        return []
    docs = dhcphosts.read(conn.networkLookupByUUIDString(address.network_uuid))
    hosts = [h for doc in (docs.live, docs.config) if doc is not None for h in dhcp_hosts(doc)]
    return [m for m in address.others if not _holder(nics, deleted, address.network, m)
            and any(h.same_mac(m) and h.ip == address.ip for h in hosts)]
