"""A running VM's card given another MAC keeps its fixed address once the VM stops.

The card runs with its old MAC until the restart, so its static DHCP host stays under
that MAC while the VM runs (its lease renewals carry it). When the VM stops for good
(shut down, forced off, crashed: not saved, migrated or reverted to a snapshot, which
run the old card again), ``PendingTracker`` hands the cards it knew to be given another
MAC to ``follow_pins`` in a worker: on the card's network, the old MAC's static host
becomes the new MAC's (``dhcphosts.move_pin``'s rules: only where the new MAC has none).
Left, the address would be held for a MAC no card has, the card would get another one
at its start, and pinning it again would be refused as another card's. A static host
whose MAC another card on that network still has (a clone that kept the MAC, the clash
this change mends) is that card's: it stays (``PinMove.kept_for``).

A VM forced off by its Delete stops too: its pins may move here while the Delete's removal
of its fixed addresses (``fixedaddr.remove_fixed``) runs. The two hold one lock per
connection (``pins_held``), so the removal finds a moved pin under the card's new MAC,
never one half moved (the old MAC's entry deleted, the new one's not added yet).
"""

from __future__ import annotations

import logging
import threading
import weakref
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass

import libvirt

from kvmgui.libvirt import dhcphosts, nicmap
from kvmgui.libvirt.connection import error_text
from kvmgui.xml.devices import Interface
from kvmgui.xml.diff import PendingChange, PendingKind
from kvmgui.xml.domain import DomainDoc
from kvmgui.xml.network_hosts import DhcpHost

log = logging.getLogger(__name__)

NIC = "interface:"

# One lock per open connection (a virConnect of a session): a hung host holds only its own.
_locks: weakref.WeakKeyDictionary[libvirt.virConnect, threading.Lock] = weakref.WeakKeyDictionary()
_locks_guard = threading.Lock()


@contextmanager
def pins_held(conn: libvirt.virConnect) -> Iterator[None]:
    """Blocking: while held, no other job of ``conn`` moves or removes a VM's pins."""
    with _locks_guard:
        lock = _locks.setdefault(conn, threading.Lock())
    with lock:
        yield


@dataclass(frozen=True, slots=True)
class PinMove:
    """A fixed address moved with its card's new MAC (``error`` "") or not (libvirt's
    words), or stayed with the old MAC, which a card of the VM ``kept_for`` has too."""

    vm: str
    network: str
    network_uuid: str
    ip: str
    old: str
    new: str
    error: str = ""
    kept_for: str = ""


def nic_mac_changes(changes: Sequence[PendingChange]) -> list[tuple[str, str]]:
    """(old MAC, new MAC) of each card a VM's pending changes give another MAC."""
    moves = []
    for change in changes:
        if change.kind is PendingKind.MOVED and change.subject.startswith(NIC) \
                and change.was.startswith(NIC) and "#" not in change.subject + change.was:
            moves.append((change.was[len(NIC):], change.subject[len(NIC):]))
    return moves


def follow_pins(conn: libvirt.virConnect, uuid: str, changes: list[tuple[str, str]]) -> list[PinMove]:
    """Blocking: move each changed card's static host from its old MAC to its new one, on
    the network the card is on in the VM's definition (a card moved to another network
    finds no entry of its old MAC there: nothing moves). A VM deleted meanwhile (its Delete
    forced it off) raises VIR_ERR_NO_DOMAIN: its pins go with it (``fixedaddr``)."""
    with pins_held(conn):
        return _follow(conn, uuid, changes)


def _follow(conn: libvirt.virConnect, uuid: str, changes: list[tuple[str, str]]) -> list[PinMove]:
    dom = conn.lookupByUUIDString(uuid)
    doc = DomainDoc.from_string(dom.XMLDesc(libvirt.VIR_DOMAIN_XML_INACTIVE))
    moved = []
    nics: list[nicmap.VmNic] | None = None  # every VM's cards, read once if a pin may move
    for old, new in changes:
        nic = doc.find_device(NIC + new)
        if not isinstance(nic, Interface) or nic.source_type != "network" or not nic.source:
            continue
        try:
            net = conn.networkLookupByName(nic.source)
            entry = dhcphosts.movable_pin(dhcphosts.read(net), old, new)
        except libvirt.libvirtError as exc:  # a network gone meanwhile has nothing to move
            log.info("%s: pin of %s on %s not looked at: %s", doc.name, old, nic.source,
                     error_text(exc))
            continue
        if entry is None:
            continue
        net_uuid = net.UUIDString()
        vm = doc.name or dom.name()
        if nics is None:
            nics = nicmap.vm_nics(conn)
        holder = next((n.vm_name for n in nics if n.mac == old.lower() and n.type == "network"
                       and n.source == nic.source), "")
        if holder:
            moved.append(PinMove(vm, nic.source, net_uuid, entry.ip, old, new, kept_for=holder))
            continue
        error = ""
        try:
            dhcphosts.set_dhcp_host(conn, net_uuid, DhcpHost(new, entry.name, entry.ip), entry)
        except libvirt.libvirtError as exc:
            error = error_text(exc)
        moved.append(PinMove(vm, nic.source, net_uuid, entry.ip, old, new, error))
    return moved
