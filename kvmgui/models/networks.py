"""The virtual networks of one host, one row each, following the connection's network table."""

from __future__ import annotations

from dataclasses import dataclass
from enum import IntEnum
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from kvmgui.libvirt.connection import Connection
from kvmgui.libvirt.records import NetworkRecord
from kvmgui.models.base import runs, valid_index
from kvmgui.models.roles import Role
from kvmgui.models.words import say
from kvmgui.utils import icons
from kvmgui.xml.base import XMLParseError
from kvmgui.xml.network import NetworkDoc
from kvmgui.xml.network_validate import HostNetwork
from kvmgui.xml.words import QT_TRANSLATE_NOOP

Index = QModelIndex | QPersistentModelIndex


class Column(IntEnum):
    NAME = 0
    STATE = 1
    AUTOSTART = 2
    MODE = 3
    BRIDGE = 4
    IPV4 = 5
    IPV6 = 6
    DHCP = 7


HEADERS = {
    Column.NAME: QT_TRANSLATE_NOOP("NetworkModel", "Name"),
    Column.STATE: QT_TRANSLATE_NOOP("NetworkModel", "State"),
    Column.AUTOSTART: QT_TRANSLATE_NOOP("NetworkModel", "Autostart"),
    Column.MODE: QT_TRANSLATE_NOOP("NetworkModel", "Mode"),
    Column.BRIDGE: QT_TRANSLATE_NOOP("NetworkModel", "Bridge"),
    Column.IPV4: QT_TRANSLATE_NOOP("NetworkModel", "IPv4 network"),
    Column.IPV6: QT_TRANSLATE_NOOP("NetworkModel", "IPv6 network"),
    Column.DHCP: QT_TRANSLATE_NOOP("NetworkModel", "DHCP range"),
}
_ACTIVE = QT_TRANSLATE_NOOP("NetworkModel", "Active")
_INACTIVE = QT_TRANSLATE_NOOP("NetworkModel", "Inactive")
_YES = QT_TRANSLATE_NOOP("NetworkModel", "Yes")
_NO = QT_TRANSLATE_NOOP("NetworkModel", "No")
_NO_TRANSIENT = QT_TRANSLATE_NOOP("NetworkModel", "No (transient)")


@dataclass(frozen=True, slots=True)
class NetworkInfo:
    """Display values of one network, worked out once per change (``data()`` stays cheap),
    in the user's language; logic reads the record and the libvirt words below."""

    record: NetworkRecord
    state: str
    autostart: str
    persistent: str
    mode: str  # "NAT via eth0"
    forward_mode: str  # libvirt's word, "nat"
    forward_dev: str
    bridge: str
    ipv4: str  # subnet, "192.168.122.0/24"
    gateway4: str
    ipv6: str
    gateway6: str
    dhcp: str
    dhcp6: str
    domain: str
    host_network: HostNetwork  # for the wizard's clash checks

    @classmethod
    def of(cls, rec: NetworkRecord) -> NetworkInfo:
        try:
            doc = NetworkDoc.from_string(rec.xml)
        except XMLParseError:
            doc = NetworkDoc.new()
            doc.name = rec.name
        s = doc.summary
        v4, v6 = doc.ipv4, doc.ipv6
        return cls(
            record=rec,
            state=say(_ACTIVE if rec.active else _INACTIVE),
            autostart=say(_YES if rec.autostart else _NO),
            persistent=say(_YES if rec.persistent else _NO_TRANSIENT),
            mode=say(s.mode),
            forward_mode=doc.forward_mode,
            forward_dev=doc.forward_dev or "",
            bridge=rec.bridge or s.bridge or "",
            ipv4=s.ipv4 or "",
            gateway4=(v4.address or "") if v4 else "",
            ipv6=s.ipv6 or "",
            gateway6=(v6.address or "") if v6 else "",
            dhcp=s.dhcp or "",
            dhcp6=s.dhcp6 or "",
            domain=doc.domain_name or "",
            host_network=HostNetwork.from_doc(doc),
        )

    def text(self, col: int) -> str:
        return {
            Column.NAME: self.record.name,
            Column.STATE: self.state,
            Column.AUTOSTART: self.autostart,
            Column.MODE: self.mode,
            Column.BRIDGE: self.bridge,
            Column.IPV4: self.ipv4,
            Column.IPV6: self.ipv6,
            Column.DHCP: self.dhcp,
        }.get(col, "")


class NetworkModel(QAbstractTableModel):
    """Flat table of one connection's virtual networks (active or not)."""

    def __init__(self, conn: Connection, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.conn = conn
        self._rows: list[NetworkInfo] = []
        self._index: dict[str, int] = {}  # uuid -> row
        conn.networks.added.connect(self._add)
        conn.networks.changed.connect(self._change)
        conn.networks.removed.connect(self._remove)
        self._add(conn.networks.records())

    # -- Qt model API -----------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(Column)

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return (Qt.ItemFlag.ItemNeverHasChildren | Qt.ItemFlag.ItemIsSelectable
                | Qt.ItemFlag.ItemIsEnabled)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole \
                and 0 <= section < len(Column):
            return say(HEADERS[Column(section)])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not valid_index(self, index):
            return None
        info = self._rows[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return info.text(col)
        if role == Role.OBJECT:
            return info.record
        if role == Role.CONNECTION:
            return self.conn
        if role == Role.KEY:
            return (self.conn.uri, info.record.uuid)
        if role == Role.STATE:
            return info.record.active
        if role == Role.SORT:
            return info.text(col).lower()
        if role == Qt.ItemDataRole.DecorationRole and col == Column.NAME:
            return icons.icon("media-playback-start" if info.record.active else "media-playback-stop")
        return None

    # -- lookups ------------------------------------------------------------------

    def info_at(self, row: int) -> NetworkInfo | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def info_of(self, uuid: str) -> NetworkInfo | None:
        row = self._index.get(uuid)
        return None if row is None else self._rows[row]

    def row_of(self, uuid: str) -> int:
        return self._index.get(uuid, -1)

    def infos(self) -> list[NetworkInfo]:
        return list(self._rows)

    # -- feeding from the connection -----------------------------------------------

    def _add(self, records: list[NetworkRecord]) -> None:
        self._change([r for r in records if r.uuid in self._index])  # a stale 'added'
        fresh = [r for r in records if r.uuid not in self._index]
        if not fresh:
            return
        first = len(self._rows)
        self.beginInsertRows(QModelIndex(), first, first + len(fresh) - 1)
        for i, rec in enumerate(fresh):
            self._rows.append(NetworkInfo.of(rec))
            self._index[rec.uuid] = first + i
        self.endInsertRows()

    def _change(self, records: list[NetworkRecord]) -> None:
        rows = []
        for rec in records:
            i = self._index.get(rec.uuid)
            if i is not None:
                self._rows[i] = NetworkInfo.of(rec)
                rows.append(i)
        last = len(Column) - 1
        for start, end in runs(sorted(rows)):
            self.dataChanged.emit(self.index(start, 0), self.index(end, last), [])

    def _remove(self, uuids: list[str]) -> None:
        rows = sorted(i for u in uuids if (i := self._index.get(u)) is not None)
        for start, end in reversed(runs(rows)):
            self.beginRemoveRows(QModelIndex(), start, end)
            del self._rows[start:end + 1]
            self.endRemoveRows()
        if rows:
            self._index = {info.record.uuid: i for i, info in enumerate(self._rows)}
