"""The network map's rows of one host, built from its feed's facts (no Qt model here).

``host_tree`` builds the subtree a host should have; ``NetworkMapModel`` syncs its rows to
it in place. A network (or group of cards outside libvirt networks) whose cards and leases
are those its rows were made from is not built again (``MapNode.kept``): in a storm of VM
events most networks do not change, and building 500 cards with their leases' words was
most of a re-sync.
"""

from __future__ import annotations

from collections.abc import Hashable, Mapping
from dataclasses import dataclass, field
from enum import Enum
from typing import Any, NamedTuple

from PySide6.QtCore import QCoreApplication, QDateTime

from kvmgui.libvirt.connection import Connection, ConnState
from kvmgui.libvirt.netops import Lease
from kvmgui.libvirt.nicmap import VmNic
from kvmgui.models.netmapfeed import HostFeed
from kvmgui.models.networks import NetworkInfo
from kvmgui.models.words import conn_state
from kvmgui.utils.tr import fill, short_when


class NodeKind(Enum):
    HOST = "host"
    NETWORK = "network"  # a libvirt network
    OUTSIDE = "outside"  # cards on a host bridge or interface that is no libvirt network
    NIC = "nic"


@dataclass(eq=False)
class MapNode:
    """One row of the tree. ``lines`` are the details, in words, one fact each.

    ``made_from``: the facts a network's (or outside group's) cards were built from;
    ``kept``: a wanted node whose cards were not built, for those facts are unchanged."""

    kind: NodeKind
    key: str
    name: str
    lines: tuple[str, ...] = ()
    active: bool = True
    conn: Connection | None = None
    payload: Any = None  # Connection, NetworkInfo, VmNic
    address: str = ""  # NIC: the leased IPv4 address
    parent: MapNode | None = None
    children: list[MapNode] = field(default_factory=list)
    made_from: Hashable = None
    kept: bool = False

    @property
    def details(self) -> str:
        return " · ".join(self.lines)

    def same(self, other: MapNode) -> bool:
        return (self.name, self.lines, self.active, self.address) == \
            (other.name, other.lines, other.active, other.address)


def sibling_order(node: MapNode) -> tuple[bool, str]:
    """Where a row goes among its siblings: by name, cards outside libvirt networks last."""
    return node.kind is NodeKind.OUTSIDE, node.name.lower()


def _expiry(expiry: int) -> str:
    if expiry <= 0:
        return QCoreApplication.translate("NetworkMap", "lease never expires")
    when = short_when(QDateTime.fromSecsSinceEpoch(expiry))
    return fill(QCoreApplication.translate("NetworkMap", "lease until %1"), when)


def _network_node(info: NetworkInfo, conn: Connection, connected: bool) -> MapNode:
    rec = info.record  # of a host not connected: as last known, claiming no state
    lines = [info.mode]
    if info.ipv4:
        lines.append(info.ipv4)
    if info.gateway4:
        lines.append(fill(QCoreApplication.translate("NetworkMap", "gateway %1"), info.gateway4))
    if info.bridge:
        lines.append(fill(QCoreApplication.translate("NetworkMap", "bridge %1"), info.bridge))
    if connected:
        lines.append(QCoreApplication.translate("NetworkMap", "active") if rec.active
                     else QCoreApplication.translate("NetworkMap", "inactive"))
    return MapNode(NodeKind.NETWORK, rec.uuid, rec.name, tuple(lines), rec.active and connected, conn, info)


class _NicWords(NamedTuple):
    """The fixed words of VM cards, translated once per tree rather than once a card."""

    not_running: str
    unknown: str
    no_lease: str
    link_down: str

    @classmethod
    def now(cls) -> _NicWords:
        # Spelled out: lupdate finds QCoreApplication.translate, not an alias of it.
        return cls(QCoreApplication.translate("NetworkMap", "not running"),
                   # the network's leases cannot be read
                   QCoreApplication.translate("NetworkMap", "address unknown"),
                   QCoreApplication.translate("NetworkMap", "no lease"),
                   QCoreApplication.translate("NetworkMap", "link down"))


def _nic_node(nic: VmNic, mine: list[Lease] | None, words: _NicWords,
              conn: Connection) -> MapNode:
    """A card; ``mine``: its leases, IPv4 first (None when they could not be read)."""
    lines = [nic.mac]
    address = ""
    if not nic.active:
        lines.append(words.not_running)
    elif mine:
        address = mine[0].ip
        lines += [f"{x.ip}/{x.prefix}" for x in mine]
        lines.append(_expiry(mine[0].expiry))
    elif mine is None:
        lines.append(words.unknown)
    else:
        lines.append(words.no_lease)
    if not nic.link_up:
        lines.append(words.link_down)
    return MapNode(NodeKind.NIC, nic.key, nic.vm_name, tuple(lines), nic.active, conn, nic, address)


def _by_mac(leases: tuple[Lease, ...]) -> dict[str, list[Lease]]:
    """A network's leases per MAC, IPv4 first: looked up per card, not searched."""
    out: dict[str, list[Lease]] = {}
    for lease in sorted(leases, key=lambda x: x.family != "ipv4"):
        out.setdefault(lease.mac, []).append(lease)
    return out


def _outside_name(nic: VmNic) -> str:
    if nic.type == "bridge":
        return fill(QCoreApplication.translate("NetworkMap", "Host bridge %1"), nic.source)
    if nic.type == "direct":
        return fill(QCoreApplication.translate("NetworkMap", "Macvtap on %1"), nic.source)
    if nic.type == "network":
        return fill(QCoreApplication.translate("NetworkMap", "Missing network %1"), nic.source)
    return fill(QCoreApplication.translate("NetworkMap", "%1 networking"), nic.type or "?")


def host_tree(feed: HostFeed, known: Mapping[str, Hashable] | None = None) -> MapNode:
    """The wanted subtree of one host (nodes not yet in the model). ``known``: the
    ``made_from`` of the host's networks in the model, by key; a network whose cards and
    leases are still those is ``kept`` (its cards not built)."""
    conn, connected = feed.conn, feed.conn.state == ConnState.CONNECTED
    known = known or {}
    infos = sorted(feed.network_infos(), key=lambda i: i.record.name.lower())
    by_name = {i.record.name: i for i in infos}
    by_bridge = {i.bridge: i for i in infos if i.bridge}
    nets = {i.record.uuid: _network_node(i, conn, connected) for i in infos}
    outside: dict[str, MapNode] = {}
    cards: dict[str, list[VmNic]] = {}  # by the key of the row they go under
    for nic in feed.nics:
        info = by_name.get(nic.source) if nic.type == "network" else \
            by_bridge.get(nic.source) if nic.type == "bridge" else None
        if info is not None:
            cards.setdefault(info.record.uuid, []).append(nic)
            continue
        key = f"{nic.type}:{nic.source}"
        cards.setdefault(key, []).append(nic)
        if key not in outside:
            outside[key] = MapNode(
                NodeKind.OUTSIDE, key, _outside_name(nic),
                (QCoreApplication.translate("NetworkMap", "addresses come from outside libvirt"),),
                True, conn, None)
    words = _NicWords.now()
    for key, parent in [*nets.items(), *outside.items()]:
        mine = tuple(cards.get(key, ()))
        # None: unknown (not read yet, or they could not be read), not none
        read = None if parent.kind is NodeKind.OUTSIDE or key in feed.lease_errors \
            else feed.leases.get(key)
        parent.made_from = (mine, read)
        if key in known and known[key] == parent.made_from:
            parent.kept = True
            continue
        by_mac = None if read is None else _by_mac(read)
        for nic in mine:
            child = _nic_node(nic, None if by_mac is None else by_mac.get(nic.mac, []), words, conn)
            child.parent = parent
            parent.children.append(child)
    networks = fill(QCoreApplication.translate("NetworkMap", "networks: %1"), len(infos))
    count = fill(QCoreApplication.translate("NetworkMap", "VM network cards: %1"), len(feed.nics))
    lines = (networks, count) if connected else (conn_state(conn.state), networks)  # no cards known
    host = MapNode(NodeKind.HOST, conn.uri, conn.display_name, lines, connected, conn, conn)
    for node in sorted([*nets.values(), *outside.values()], key=sibling_order):
        node.parent = host
        node.children.sort(key=sibling_order)
        host.children.append(node)
    return host
