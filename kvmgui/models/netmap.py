"""Who is on which network: hosts → their virtual networks → the VM cards on them, as a tree.

The network map draws this model (``kvmgui.widgets.netmap``) and a tree view shows it to
screen readers. Each host is fed by a :class:`~kvmgui.models.netmapfeed.HostFeed` (networks,
cards, leases); a change of its facts re-syncs that host's rows in place.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)

from kvmgui.libvirt.connection import Connection
from kvmgui.models.base import valid_index
from kvmgui.models.netmapfeed import HostFeed
from kvmgui.models.netmaptree import MapNode, NodeKind, host_tree, sibling_order
from kvmgui.models.roles import Role
from kvmgui.utils.text import literal_tooltip
from kvmgui.utils.tr import fill

__all__ = ["MapNode", "NetworkMapModel", "NodeKind", "host_tree", "sibling_order"]

Index = QModelIndex | QPersistentModelIndex


class NetworkMapModel(QAbstractItemModel):
    """The tree: hosts at the top, networks below, VM cards below those.

    Rows keep their place as facts change (``dataChanged`` in place): views keep their
    selection, the map redraws from the same nodes. Siblings stay in name order (the
    model sorts, not a proxy: a sorting proxy asks ``data`` some 130,000 times for 5,000
    VM cards, and each ask is a call into Python); new rows go in at their place, a row
    whose name changed is removed and put in again at its new place.

    A host's facts that change are synced once per turn of the event loop, whatever the
    number of its feed's ``changed`` in that turn (a burst of network events sent three or
    four, each a sync of the whole host), and only its networks whose cards or leases
    changed have their cards built again.

    Signals:
        treeChanged(): rows changed (the map redraws once per burst).
    """

    treeChanged = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.root = MapNode(NodeKind.HOST, "", "")
        self.feeds: dict[int, HostFeed] = {}
        self._shown = True  # until a view says otherwise (set_shown)
        self._due: dict[int, HostFeed] = {}  # hosts to sync at the next turn
        self._sync_timer = QTimer(self, singleShot=True, interval=0)
        self._sync_timer.timeout.connect(self._sync_due)
        self._touched = False  # the sync under way changed rows

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
        self._due.pop(id(feed), None)
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
            self._due[id(feed)] = feed
            if not self._sync_timer.isActive():
                self._sync_timer.start()

    def _sync_due(self) -> None:
        due, self._due = list(self._due.values()), {}
        for feed in due:
            self._sync_host(feed)

    def _sync_host(self, feed: HostFeed) -> None:
        if self.feeds.get(id(feed.conn)) is not feed:
            return
        mine = next((n for n in self.root.children if n.conn is feed.conn), None)
        known = {n.key: n.made_from for n in mine.children} if mine is not None else {}
        self._touched = False
        self._sync_children(self.root, [host_tree(feed, known)], only=feed.conn)
        if self._touched:
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
                self._touched = True
                self.beginRemoveRows(parent, row, row)
                del node.children[row]
                self.endRemoveRows()
                if want is not None and want.kept:  # moves: its cards (not built) go with it
                    want.children, child.children, want.kept = child.children, [], False
                    for card in want.children:
                        card.parent = want
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
                self._touched = True
                self.dataChanged.emit(self.createIndex(row, 0, old), self.createIndex(row, 1, old), [])
            old.payload, old.conn = want.payload, want.conn
            if not want.kept:  # its cards' facts changed: built again, synced
                old.made_from = want.made_from
                self._sync_children(old, want.children)
        if new:
            self._touched = True
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
