"""Who is on which network: hosts → their virtual networks → the VM cards on them, as a tree.

The network map draws this model (``kvmgui.widgets.netmap``) and a tree view shows it to
screen readers. Each host is fed by a :class:`~kvmgui.models.netmapfeed.HostFeed` (networks,
cards, leases); a change of its facts re-syncs that host's rows in place.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import Enum
from typing import Any, NamedTuple

from PySide6.QtCore import (
    QAbstractItemModel,
    QCoreApplication,
    QDateTime,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from kvmgui.libvirt.connection import Connection, ConnState
from kvmgui.libvirt.netops import Lease
from kvmgui.libvirt.nicmap import VmNic
from kvmgui.models.base import valid_index
from kvmgui.models.netmapfeed import HostFeed
from kvmgui.models.networks import NetworkInfo
from kvmgui.models.roles import Role
from kvmgui.models.words import conn_state
from kvmgui.utils.text import literal_tooltip
from kvmgui.utils.tr import fill, short_when

Index = QModelIndex | QPersistentModelIndex


class NodeKind(Enum):
    HOST = "host"
    NETWORK = "network"  # a libvirt network
    OUTSIDE = "outside"  # cards on a host bridge or interface that is no libvirt network
    NIC = "nic"


@dataclass(eq=False)
class MapNode:
    """One row of the tree. ``lines`` are the details, in words, one fact each."""

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

    @property
    def details(self) -> str:
        return " · ".join(self.lines)

    def same(self, other: MapNode) -> bool:
        return (self.name, self.lines, self.active, self.address) == \
            (other.name, other.lines, other.active, other.address)


def sibling_order(node: MapNode) -> tuple[bool, str]:
    """Where a row goes among its siblings: by name, cards outside libvirt networks last."""
    return node.kind is NodeKind.OUTSIDE, node.name.lower()


# -- building the tree of one host ---------------------------------------------------------------


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


def host_tree(feed: HostFeed) -> MapNode:
    """The wanted subtree of one host (nodes not yet in the model)."""
    conn, connected = feed.conn, feed.conn.state == ConnState.CONNECTED
    infos = sorted((NetworkInfo.of(r) for r in feed.networks()), key=lambda i: i.record.name.lower())
    by_name = {i.record.name: i for i in infos}
    by_bridge = {i.bridge: i for i in infos if i.bridge}
    nets = {i.record.uuid: _network_node(i, conn, connected) for i in infos}
    outside: dict[str, MapNode] = {}
    words = _NicWords.now()
    lease_maps: dict[str, dict[str, list[Lease]] | None] = {}
    mine: list[Lease] | None
    for nic in feed.nics:
        info = by_name.get(nic.source) if nic.type == "network" else \
            by_bridge.get(nic.source) if nic.type == "bridge" else None
        if info is not None:
            uuid = info.record.uuid
            parent = nets[uuid]
            if uuid not in lease_maps:
                # None: unknown (not read yet, or they could not be read), not none
                read = feed.leases.get(uuid)
                lease_maps[uuid] = None if read is None or uuid in feed.lease_errors \
                    else _by_mac(read)
            by_mac = lease_maps[uuid]
            mine = None if by_mac is None else by_mac.get(nic.mac, [])
        else:
            key = f"{nic.type}:{nic.source}"
            parent = outside.get(key) or outside.setdefault(key, MapNode(
                NodeKind.OUTSIDE, key, _outside_name(nic),
                (QCoreApplication.translate("NetworkMap", "addresses come from outside libvirt"),),
                True, conn, None))
            mine = None
        child = _nic_node(nic, mine, words, conn)
        child.parent = parent
        parent.children.append(child)
    networks = fill(QCoreApplication.translate("NetworkMap", "networks: %1"), len(infos))
    cards = fill(QCoreApplication.translate("NetworkMap", "VM network cards: %1"), len(feed.nics))
    lines = (networks, cards) if connected else (conn_state(conn.state), networks)  # no cards known
    host = MapNode(NodeKind.HOST, conn.uri, conn.display_name, lines, connected, conn, conn)
    for node in sorted([*nets.values(), *outside.values()], key=sibling_order):
        node.parent = host
        node.children.sort(key=sibling_order)
        host.children.append(node)
    return host


class NetworkMapModel(QAbstractItemModel):
    """The tree: hosts at the top, networks below, VM cards below those.

    Rows keep their place as facts change (``dataChanged`` in place): views keep their
    selection, the map redraws from the same nodes. Siblings stay in name order (the
    model sorts, not a proxy: a sorting proxy asks ``data`` some 130,000 times for 5,000
    VM cards, and each ask is a call into Python); new rows go in at their place, a row
    whose name changed is removed and put in again at its new place.

    Signals:
        treeChanged(): any change (the map redraws once per burst).
    """

    treeChanged = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.root = MapNode(NodeKind.HOST, "", "")
        self.feeds: dict[int, HostFeed] = {}
        self._shown = True  # until a view says otherwise (set_shown)

    # -- hosts ------------------------------------------------------------------------------

    def add_connection(self, conn: Connection) -> None:
        if id(conn) in self.feeds:
            return
        feed = HostFeed(conn, self, shown=self._shown)
        self.feeds[id(conn)] = feed
        # A method, not a lambda holding the model: the feed's connection must not keep the
        # model alive (deleting the feed would then delete its own parent).
        feed.changed.connect(self._feed_changed)
        self._sync_host(feed)

    def remove_connection(self, conn: Connection) -> None:
        feed = self.feeds.pop(id(conn), None)
        if feed is None:
            return
        row = next((i for i, n in enumerate(self.root.children) if n.conn is conn), -1)
        if row >= 0:
            self.beginRemoveRows(QModelIndex(), row, row)
            del self.root.children[row]
            self.endRemoveRows()
        feed.deleteLater()
        self.treeChanged.emit()

    def set_shown(self, on: bool) -> None:
        """A view shows the map, or no longer does: while not, no lease timer and no VM
        card reads (those wait until it is shown again). Hosts added later follow."""
        self._shown = on
        for feed in self.feeds.values():
            feed.set_shown(on)

    def _feed_changed(self) -> None:
        feed = self.sender()
        if isinstance(feed, HostFeed):
            self._sync_host(feed)

    def _sync_host(self, feed: HostFeed) -> None:
        if id(feed.conn) not in self.feeds:
            return
        self._sync_children(self.root, [host_tree(feed)], only=feed.conn)
        self.treeChanged.emit()

    # -- keeping rows in place ------------------------------------------------------------

    def _index_of(self, node: MapNode) -> QModelIndex:
        if node is self.root or node.parent is None:
            return QModelIndex()
        return self.createIndex(node.parent.children.index(node), 0, node)

    def _sync_children(self, node: MapNode, wanted: list[MapNode],
                       only: Connection | None = None) -> None:
        parent = self._index_of(node)
        by_key = {w.key: w for w in wanted}
        for row in range(len(node.children) - 1, -1, -1):
            child = node.children[row]
            if only is not None and child.conn is not only:
                continue
            want = by_key.get(child.key)
            if want is None or sibling_order(want) != sibling_order(child):
                self.beginRemoveRows(parent, row, row)
                del node.children[row]
                self.endRemoveRows()
        rows = {c.key: (row, c) for row, c in enumerate(node.children)
                if only is None or c.conn is only}
        new = []
        for want in wanted:
            row, old = rows.get(want.key, (-1, None))
            if old is None:
                new.append(want)
                continue
            if not old.same(want):
                old.name, old.lines, old.active, old.address = want.name, want.lines, want.active, \
                    want.address
                self.dataChanged.emit(self.createIndex(row, 0, old), self.createIndex(row, 1, old), [])
            old.payload, old.conn = want.payload, want.conn
            self._sync_children(old, want.children)
        if new:
            self._insert_in_order(node, parent, new)

    def _insert_in_order(self, node: MapNode, parent: QModelIndex, new: list[MapNode]) -> None:
        """Put ``new`` among ``node``'s children (already in order) where each belongs: one
        insert per run of adjacent new rows."""
        fresh = {id(n) for n in new}
        merged = sorted([*node.children, *new], key=sibling_order)  # stable: old before new
        row = 0
        while row < len(merged):
            if id(merged[row]) not in fresh:
                row += 1
                continue
            end = row
            while end < len(merged) and id(merged[end]) in fresh:
                merged[end].parent = node
                end += 1
            self.beginInsertRows(parent, row, end - 1)
            node.children[row:row] = merged[row:end]  # node.children[:row] == merged[:row]
            self.endInsertRows()
            row = end

    # -- Qt model API ---------------------------------------------------------------------

    def node(self, index: Index) -> MapNode:
        if not index.isValid():
            return self.root
        node = index.internalPointer()
        assert isinstance(node, MapNode)
        return node

    def index(self, row: int, column: int, parent: Index = QModelIndex()) -> QModelIndex:  # noqa: B008
        if not self.hasIndex(row, column, parent):
            return QModelIndex()
        return self.createIndex(row, column, self.node(parent).children[row])

    def parent(self, index: Index = QModelIndex()) -> QModelIndex:  # type: ignore[override]  # noqa: B008
        if not index.isValid():
            return QModelIndex()
        up = self.node(index).parent
        if up is None or up is self.root or up.parent is None:
            return QModelIndex()
        return self.createIndex(up.parent.children.index(up), 0, up)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        if parent.isValid() and parent.column() != 0:
            return 0
        return len(self.node(parent).children)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 2

    def _valid(self, index: Index) -> bool:
        """``valid_index`` without Qt's ``checkIndex`` for this model's own indexes: that
        calls back into ``parent`` and ``rowCount`` in Python, and a view laying out
        thousands of rows asks thousands of times. Another model's index still goes
        through ``checkIndex`` (Qt warns)."""
        if not index.isValid():
            return False
        if index.model() is not self:
            return valid_index(self, index)
        node = index.internalPointer()
        up = node.parent if isinstance(node, MapNode) else None
        return up is not None and 0 <= index.column() < 2 and index.row() < len(up.children) \
            and up.children[index.row()] is node

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not self._valid(index):
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if self.node(index).kind is NodeKind.NIC:
            flags |= Qt.ItemFlag.ItemNeverHasChildren
        return flags

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return (self.tr("Name"), self.tr("Details"))[section] if section in (0, 1) else None
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not self._valid(index):
            return None
        node = self.node(index)
        if role == Qt.ItemDataRole.DisplayRole:
            return node.name if index.column() == 0 else node.details
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return fill(self.tr("%1: %2", "a map entry and its details"), node.name, node.details) \
                if node.details else node.name
        if role == Qt.ItemDataRole.ToolTipRole:
            return literal_tooltip("\n".join((node.name, *node.lines)))
        if role == Role.OBJECT:
            return node.payload
        if role == Role.CONNECTION:
            return node.conn
        if role == Role.KEY:
            return (node.conn.uri if node.conn else "", node.key)
        if role == Role.STATE:
            return node.active
        if role == Role.SORT:
            return node.name.lower() if index.column() == 0 else node.details
        return None
